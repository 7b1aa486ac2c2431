/* svara-tool pack: zips a pack folder with libzip for sharing. Only what the
 * loader reads goes in (pack.json and the scenario files it lists), in name
 * order, deflated, with one fixed time, so a folder always gives the same
 * bytes. The folder must pass `check` first; the zip is written whole to a
 * temporary file and renamed, then loaded and checked again as `check` does. */
#define _XOPEN_SOURCE 700 /* realpath */

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zip.h>

#include "svara/limits.h"
#include "svara/native.h"
#include "svara/pack.h"
#include "tool.h"

/* 1980-01-01 00:00:00 UTC: the earliest time a zip entry can hold */
#define FIXED_MTIME ((time_t)315532800)

typedef struct Names {
    char **items;
    size_t n;
} Names;

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void names_free(Names *names)
{
    for (size_t i = 0; i < names->n; i++) free(names->items[i]);
    free(names->items);
}

/* pack.json and every scenario file of the loaded pack, sorted. */
static bool pack_files(const sv_Pack *pack, Names *out)
{
    size_t cap = (size_t)pack->scenario_count + 1;
    out->items = calloc(cap, sizeof *out->items);
    out->n = 0;
    if (!out->items) return false;
    for (size_t i = 0; i < cap; i++) {
        const char *name = i == 0 ? "pack.json" : pack->scenarios[i - 1].file;
        out->items[i] = malloc(strlen(name) + 1);
        if (!out->items[i]) return false;
        strcpy(out->items[i], name);
        out->n++;
    }
    qsort(out->items, out->n, sizeof *out->items, by_name);
    return true;
}

static bool zip_failed(const char *out, const char *what, zip_error_t *err)
{
    fprintf(stderr, "%s: cannot make the zip: %s: %s\n", out, what, zip_error_strerror(err));
    return false;
}

/* Adds one file of the folder to the zip; the zip owns the bytes from here. */
static bool add_file(zip_t *za, const char *folder, const char *name, const char *out)
{
    char path[PATH_MAX];
    size_t len;
    if (snprintf(path, sizeof path, "%s/%s", folder, name) >= (int)sizeof path) {
        fprintf(stderr, "%s/%s: the path is too long\n", folder, name);
        return false;
    }
    char *bytes = tool_read_file(path, &len);
    if (!bytes) return false;
    zip_source_t *src = zip_source_buffer(za, bytes, len, 1);
    if (!src) {
        free(bytes);
        return zip_failed(out, name, zip_get_error(za));
    }
    zip_int64_t idx = zip_file_add(za, name, src, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
        zip_source_free(src);
        return zip_failed(out, name, zip_get_error(za));
    }
    zip_uint64_t i = (zip_uint64_t)idx;
    if (zip_set_file_compression(za, i, ZIP_CM_DEFLATE, 9) != 0 ||
        zip_file_set_mtime(za, i, FIXED_MTIME, 0) != 0 ||
        zip_file_set_external_attributes(za, i, 0, ZIP_OPSYS_UNIX, 0100644u << 16) != 0)
        return zip_failed(out, name, zip_get_error(za));
    return true;
}

/* Reads what a closed in-memory zip holds into a heap buffer. */
static unsigned char *source_bytes(zip_source_t *src, size_t *len, const char *out)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(src, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        zip_source_open(src) != 0) {
        zip_failed(out, "reading it back", zip_source_error(src));
        return NULL;
    }
    unsigned char *buf = malloc(st.size ? (size_t)st.size : 1);
    zip_int64_t got = buf ? zip_source_read(src, buf, st.size) : -1;
    zip_source_close(src);
    if (got < 0 || (zip_uint64_t)got != st.size) {
        fprintf(stderr, "%s: cannot make the zip: reading it back failed\n", out);
        free(buf);
        return NULL;
    }
    *len = (size_t)st.size;
    return buf;
}

/* The zip of `files` from `folder`, made in memory (heap; NULL on failure). */
static unsigned char *make_zip(const char *folder, const Names *files, size_t *len, const char *out)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &err);
    zip_t *za = src ? zip_open_from_source(src, ZIP_TRUNCATE, &err) : NULL;
    if (!za) {
        zip_failed(out, "starting it", &err);
        zip_error_fini(&err);
        if (src) zip_source_free(src);
        return NULL;
    }
    zip_error_fini(&err);
    zip_source_keep(src); /* zip_close would free it; its bytes are the zip */
    bool ok = true;
    for (size_t i = 0; ok && i < files->n; i++) ok = add_file(za, folder, files->items[i], out);
    /* libzip turns the time into a DOS date in local time: the same bytes in every zone */
    setenv("TZ", "UTC0", 1);
    tzset();
    if (ok && zip_close(za) != 0) ok = zip_failed(out, "writing it", zip_get_error(za));
    if (!ok) zip_discard(za);
    unsigned char *bytes = ok ? source_bytes(src, len, out) : NULL;
    zip_source_free(src);
    return bytes;
}

/* The folder `path` is in ("." for a bare name), resolved into `real`; false,
 * with the reason on stderr, when it is not an existing folder. */
static bool output_folder(const char *path, char *real)
{
    char dir[PATH_MAX];
    const char *slash = strrchr(path, '/'), *what;
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else if (slash == path)
        snprintf(dir, sizeof dir, "/");
    else
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    sv_NativeKind kind = sv_native_kind(dir, &what);
    if (kind == SV_NATIVE_DIR && realpath(dir, real)) return true;
    if (kind == SV_NATIVE_MISSING)
        fprintf(stderr, "%s: cannot write here: there is no folder %s; nothing was written\n", path,
                dir);
    else
        fprintf(stderr, "%s: cannot write here: %s is %s, not a folder; nothing was written\n",
                path, dir, what);
    return false;
}

/* Where the zip may go: a new or regular file named .zip, in an existing
 * folder outside the pack (a zip there is never a file the pack reads, but
 * it would be packed into a copy of the folder made by hand). */
static bool output_ok(const char *folder, const char *out)
{
    size_t n = strlen(out);
    if (n < 5 || strcmp(out + n - 4, ".zip") != 0) {
        fprintf(stderr,
                "%s: the output's name must end in .zip: the game finds zipped packs by that "
                "name\n",
                out);
        return false;
    }
    const char *what;
    sv_NativeKind kind = sv_native_kind(out, &what);
    if (kind != SV_NATIVE_MISSING && kind != SV_NATIVE_FILE) {
        fprintf(stderr, "%s: this is %s, not a file; nothing was written\n", out, what);
        return false;
    }
    char src[PATH_MAX], dst[PATH_MAX];
    if (!output_folder(out, dst)) return false;
    if (!realpath(folder, src)) {
        fprintf(stderr, "%s: cannot find the pack folder\n", folder);
        return false;
    }
    size_t s = strlen(src);
    if (strncmp(dst, src, s) == 0 && (dst[s] == '\0' || dst[s] == '/' || s == 1)) {
        fprintf(stderr,
                "%s: this is inside the pack folder %s; write the zip outside it (e.g. next to "
                "the folder); nothing was written\n",
                out, folder);
        return false;
    }
    return true;
}

/* "path/to/my-pack/" -> "path/to/my-pack.zip"; false for "." and "..". */
static bool default_output(const char *folder, char *out, size_t size)
{
    size_t n = strlen(folder);
    while (n > 1 && folder[n - 1] == '/') n--;
    const char *last = folder + n;
    while (last > folder && last[-1] != '/') last--;
    size_t len = (size_t)(folder + n - last);
    if (len == 0 || (len == 1 && last[0] == '.') || (len == 2 && strncmp(last, "..", 2) == 0) ||
        (last == folder + n - 1 && last[0] == '/'))
        return false;
    return snprintf(out, size, "%.*s.zip", (int)n, folder) < (int)size;
}

static int usage(void)
{
    fputs("usage: svara-tool pack FOLDER [-o PACK.zip]\n", stderr);
    return 2;
}

int tool_pack(int argc, char **argv)
{
    const char *folder = NULL, *out = NULL;
    for (int i = 0; i < argc; i++) {
        if ((strcmp(argv[i], "-o") == 0 || strcmp(argv[i], "--output") == 0) && i + 1 < argc)
            out = argv[++i];
        else if (argv[i][0] == '-' || folder)
            return usage();
        else
            folder = argv[i];
    }
    if (!folder) return usage();
    char manifest[PATH_MAX], def[PATH_MAX];
    if (sv_native_kind(folder, NULL) != SV_NATIVE_DIR ||
        snprintf(manifest, sizeof manifest, "%s/pack.json", folder) >= (int)sizeof manifest ||
        sv_native_kind(manifest, NULL) == SV_NATIVE_MISSING) {
        bool file = sv_native_kind(folder, NULL) == SV_NATIVE_FILE;
        fprintf(stderr, "%s: not a pack folder (a folder with pack.json at its top)%s\n", folder,
                file ? "; to check a zip, use svara-tool check" : "");
        return 1;
    }
    if (!out && !default_output(folder, def, sizeof def)) {
        fprintf(stderr, "%s: give the zip's name with -o PACK.zip\n", folder);
        return 2;
    }
    if (!out) out = def;
    if (!output_ok(folder, out)) return 1;

    /* the folder must pass check: its diagnostics, then a refusal */
    char *check_args[1] = {(char *)folder};
    if (tool_check(1, check_args) != 0) {
        fprintf(stderr, "%s: not packed: fix the errors above first\n", folder);
        return 1;
    }
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Pack *pack = NULL;
    const char *paths[1] = {folder};
    sv_Status st = sv_pack_load(paths, 1, NULL, &pack, &diags);
    sv_diag_free(&diags);
    Names files = {0};
    bool listed = st == SV_OK && pack && pack_files(pack, &files);
    sv_pack_unload(pack);
    size_t len = 0;
    unsigned char *bytes = listed ? make_zip(folder, &files, &len, out) : NULL;
    if (!listed) fprintf(stderr, "%s: cannot list the pack's files\n", folder);
    if (!bytes) {
        names_free(&files);
        return 1;
    }
    sv_diag_init(&diags);
    bool written = sv_native_write_atomic(out, bytes, len, &diags);
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    free(bytes);
    if (!written) {
        fprintf(stderr, "%s: the zip could not be written there; nothing was written\n", out);
        names_free(&files);
        return 1;
    }
    /* what was written is what a player gets: load it and check it again */
    char *zip_args[1] = {(char *)out};
    int rc = tool_check(1, zip_args);
    if (rc != 0) {
        remove(out);
        fprintf(stderr,
                "%s: removed: the zip did not pass check although the folder did (a bug "
                "in svara-tool pack; please report it)\n",
                out);
    } else {
        printf("%s: ok, %zu entr%s, %zu bytes, from %s\n", out, files.n, files.n == 1 ? "y" : "ies",
               len, folder);
    }
    names_free(&files);
    return rc;
}
