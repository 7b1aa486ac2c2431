/* Native files outside packs: settings, replays, journals, exports. Packs go
 * through PhysicsFS (svara/pack.h); everything else the game and the tools read
 * or write on the user's disk goes through here, so every such file is read
 * with a size cap, never blocks on a named pipe or a device, and is written
 * atomically (a temporary file, fsync, rename), so a crash leaves either the
 * old or the new version, never half of one. */
#ifndef SVARA_NATIVE_H
#define SVARA_NATIVE_H

#include <stdbool.h>
#include <stddef.h>

#include "svara/diag.h"
#include "svara/status.h"

typedef enum {
    SV_NATIVE_MISSING = 0, /* nothing there (or a parent folder is missing) */
    SV_NATIVE_FILE,        /* a regular file (symbolic links are followed) */
    SV_NATIVE_DIR,         /* a folder */
    SV_NATIVE_OTHER,       /* a named pipe, socket or device: never opened */
    SV_NATIVE_ERROR        /* it is there but cannot be looked at (permissions...) */
} sv_NativeKind;

/* What is at `path`. `what`, when not NULL, gets words for it such as "a named
 * pipe (FIFO)", "a folder" or "a regular file" (a static string). */
sv_NativeKind sv_native_kind(const char *path, const char **what);

/* Reads the whole regular file at `path` into a heap buffer with a NUL after
 * the last byte (the caller frees it); *len gets its length. Refuses at once,
 * without blocking, anything that is not a regular file, and stops reading at
 * `max_bytes`: a longer file is an error that gives the limit. On failure
 * returns NULL with one diagnostic naming the file and saying why; *missing
 * (when not NULL) is set when the file simply is not there. */
char *sv_native_read(const char *path, size_t max_bytes, size_t *len, bool *missing,
                     sv_DiagList *diags);

/* Replaces the file at `path` with `len` bytes atomically: they are written to
 * "path.tmp-PID" in the same folder, flushed to disk, and renamed over `path`
 * (then the folder is flushed too). A file that is not regular at `path` is
 * never replaced. False, with a diagnostic, when anything fails; the old file
 * is then untouched and the temporary file removed. */
bool sv_native_write_atomic(const char *path, const void *bytes, size_t len, sv_DiagList *diags);
/* Writes `text` (len bytes, from a writer that returns NULL when memory runs
 * out) atomically and frees it: SV_ERR_NOMEM with "out of memory writing the
 * WHAT" when text is NULL, SV_ERR_IO when the write fails, else SV_OK. */
sv_Status sv_native_save_text(const char *path, char *text, size_t len, const char *what,
                              sv_DiagList *diags);

/* Moves the file at `path` aside to "path.bad-STAMP" (STAMP from the caller,
 * e.g. "20261204-0915"; "-2", "-3"... are added when that name is taken), so
 * a broken file is kept for the user instead of being overwritten. The new
 * name goes to `moved_to` (size bytes). False, with a diagnostic, on failure. */
bool sv_native_keep_aside(const char *path, const char *stamp, char *moved_to, size_t size,
                          sv_DiagList *diags);

#endif
