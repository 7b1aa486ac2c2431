/* libFuzzer target for packs as .zip files: the bytes are written to a file
 * and loaded as `svara-tool check` would (the zip's directory scanned, the
 * pack mounted through PhysicsFS, every file read and checked against its
 * CRC-32). Besides not crashing: a load that says OK has no errors, and one
 * that fails says why. */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "svara/diag.h"
#include "svara/pack.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static bool started;
    static char path[256];
    sv_DiagList diags;
    sv_diag_init(&diags);
    if (!started) {
        const char *tmp = getenv("TMPDIR");
        snprintf(path, sizeof path, "%s/svara-fuzz-zip-%ld.zip", tmp && *tmp ? tmp : "/tmp",
                 (long)getpid());
        if (!sv_fs_init(NULL, &diags)) abort();
        started = true;
    }
    FILE *f = fopen(path, "wb");
    if (!f) abort();
    if (size && fwrite(data, 1, size, f) != size) abort();
    fclose(f);

    sv_Pack *pack = NULL;
    const char *paths[1] = {path};
    sv_Status st = sv_pack_load(paths, 1, "fuzz", &pack, &diags);
    if (st == SV_OK && (diags.errors != 0 || !pack)) abort();
    if (st != SV_OK && st != SV_ERR_NOMEM && (diags.errors == 0 || pack)) abort();
    char line[1024];
    for (size_t i = 0; i < diags.count; i++) sv_diag_format(&diags.items[i], line, sizeof line);
    sv_pack_unload(pack);
    sv_diag_free(&diags);
    remove(path);
    return 0;
}
