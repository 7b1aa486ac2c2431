/* Internal to the core: a pack's .zip read before PhysicsFS mounts it. Only
 * the end record (zip64 too), the central directory and the local headers
 * are read, never decompressed, so the cost is linear in the entries; what
 * PhysicsFS would take in silence or with one word is refused in plain words,
 * and every file's CRC-32 and size are kept for checking the bytes read. */
#ifndef SVARA_ZIPSCAN_H
#define SVARA_ZIPSCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/diag.h"

typedef struct sv_ZipEntry {
    const char *name; /* as PhysicsFS finds it: no trailing '/', DOS '\' made '/' */
    uint64_t offset;  /* of its local header */
    uint64_t csize, usize;
    uint32_t crc;
    uint32_t index; /* its place in the central directory, from 0 */
    bool dir, symlink;
} sv_ZipEntry;

typedef struct sv_ZipScan {
    sv_ZipEntry *entries; /* heap, sorted by name */
    size_t count;
    char *names; /* heap: every entry's name */
} sv_ZipScan;

/* Reads the directory of the zip at native `path`; diagnostics name it `file`.
 * True when the zip is fit to mount (there may be warnings): *out then holds
 * its entries, freed with sv_zip_free. False, with every problem found in
 * diags and *out empty, otherwise. The path must be a regular file. */
bool sv_zip_scan(const char *path, const char *file, sv_ZipScan *out, sv_DiagList *diags);
void sv_zip_free(sv_ZipScan *z);

/* The entry PhysicsFS reads for `name` ("scenarios/a.json"), NULL if none. */
const sv_ZipEntry *sv_zip_find(const sv_ZipScan *z, const char *name);

/* CRC-32 (the zip's: reflected 0xEDB88320) of `len` bytes. */
uint32_t sv_zip_crc32(const void *bytes, size_t len);

#endif
