/* The broken-pack corpus: every folder in tests/broken/ is a pack that must
 * fail to load, and each line of its expect.txt must appear in one of the
 * formatted diagnostics ("file:line:col: error: /pointer: message"). On a
 * miss the test prints every diagnostic the loader gave. One more pack, a
 * file over the size limit, is written at run time instead of committed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <physfs.h>

#include "svara/limits.h"
#include "svara/pack.h"

#define BROKEN "tests/broken"
#define MIN_PACKS 35

static void print_diags(const sv_DiagList *d)
{
    print_message("the loader said:\n");
    for (size_t i = 0; i < d->count; i++) {
        char line[1024];
        sv_diag_format(&d->items[i], line, sizeof line);
        print_message("  %s\n", line);
    }
}

static bool any_diag_has(const sv_DiagList *d, const char *want)
{
    for (size_t i = 0; i < d->count; i++) {
        char line[1024];
        sv_diag_format(&d->items[i], line, sizeof line);
        if (strstr(line, want)) return true;
    }
    return false;
}

/* Loads the pack at `path` (label = its folder name) and checks it fails with
 * every expectation met; `expect` holds one expectation a line. */
static void check_pack(const char *path, const char *expect)
{
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Pack *pack = NULL;
    const char *paths[] = {path};
    sv_Status st = sv_pack_load(paths, 1, NULL, &pack, &d);
    bool failed = false;
    if (st == SV_OK || pack || d.errors == 0) {
        print_message("the pack loaded (status %d, %zu errors) but should not\n", (int)st,
                      d.errors);
        failed = true;
    }
    char want[1024];
    for (const char *line = expect; *line;) {
        size_t n = strcspn(line, "\r\n");
        snprintf(want, sizeof want, "%.*s", (int)(n < sizeof want ? n : sizeof want - 1), line);
        line += n;
        line += strspn(line, "\r\n");
        if (!want[0] || want[0] == '#') continue;
        if (!any_diag_has(&d, want)) {
            print_message("missing: %s\n", want);
            failed = true;
        }
    }
    if (failed) print_diags(&d);
    sv_pack_unload(pack);
    sv_diag_free(&d);
    if (failed) fail();
}

static char *read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = malloc(64 * 1024);
    size_t n = buf ? fread(buf, 1, 64 * 1024 - 1, f) : 0;
    fclose(f);
    if (buf) buf[n] = '\0';
    return buf;
}

static void test_one_pack(void **state)
{
    const char *name = *state;
    char path[512], expect_path[600];
    snprintf(path, sizeof path, "%s/%s", BROKEN, name);
    snprintf(expect_path, sizeof expect_path, "%s/expect.txt", path);
    char *expect = read_text(expect_path);
    if (!expect) fail_msg("%s has no expect.txt", path);
    if (!strpbrk(expect, "abcdefghijklmnopqrstuvwxyz")) fail_msg("%s expects nothing", path);
    check_pack(path, expect);
    free(expect);
}

static void write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb"); /* the folder is made by tests/loader.cmake */
    if (!f) fail_msg("cannot write %s", path);
    assert_int_equal(fwrite(data, 1, len, f), len);
    fclose(f);
}

/* A scenario file just over 1 MiB: refused before it is read, with its size. */
static void test_too_large_file(void **state)
{
    (void)state;
    const char *dir = SV_BINARY_DIR "/test_broken/too-large";
    static const char manifest[] =
        "{\"format\": 1, \"id\": \"big\", \"title\": \"Big\", \"version\": \"1\", \"languages\": "
        "[\"en\"], \"authors\": [\"t\"], \"licence\": \"CC0-1.0\", \"scenarios\": [\"s.json\"]}";
    char path[600];
    snprintf(path, sizeof path, "%s/pack.json", dir);
    write_file(path, manifest, sizeof manifest - 1);
    size_t n = SV_MAX_FILE_BYTES + 100;
    char *big = malloc(n);
    assert_non_null(big);
    memset(big, ' ', n);
    big[0] = '{';
    big[n - 1] = '}';
    snprintf(path, sizeof path, "%s/s.json", dir);
    write_file(path, big, n);
    free(big);
    check_pack(dir, "too-large/s.json: error: the file is 1048676 bytes; the limit is 1048576 "
                    "bytes (1 MiB)\n");
}

static char **list_packs(size_t *count)
{
    *count = 0;
    if (!PHYSFS_mount(BROKEN, "/broken-corpus", 1)) return NULL;
    char **names = PHYSFS_enumerateFiles("/broken-corpus");
    size_t n = 0;
    while (names && names[n]) n++;
    char **out = calloc(n + 1, sizeof *out);
    for (size_t i = 0; out && i < n; i++) {
        char dir[512];
        PHYSFS_Stat st;
        snprintf(dir, sizeof dir, "/broken-corpus/%s", names[i]);
        if (!PHYSFS_stat(dir, &st) || st.filetype != PHYSFS_FILETYPE_DIRECTORY) continue;
        out[*count] = malloc(strlen(names[i]) + 1);
        if (out[*count]) strcpy(out[(*count)++], names[i]);
    }
    PHYSFS_freeList(names);
    PHYSFS_unmount(BROKEN);
    return out;
}

int main(void)
{
    sv_DiagList d;
    sv_diag_init(&d);
    if (!sv_fs_init(NULL, &d)) {
        print_diags(&d);
        return 1;
    }
    sv_diag_free(&d);
    size_t n;
    char **names = list_packs(&n);
    if (n < MIN_PACKS) {
        fprintf(stderr, "%s holds %zu packs; expected at least %d\n", BROKEN, n, MIN_PACKS);
        return 1;
    }
    struct CMUnitTest *tests = calloc(n + 1, sizeof *tests);
    if (!tests) return 1;
    for (size_t i = 0; i < n; i++) {
        tests[i].name = names[i];
        tests[i].test_func = test_one_pack;
        tests[i].initial_state = names[i];
    }
    tests[n].name = "too-large-file";
    tests[n].test_func = test_too_large_file;
    int failed = _cmocka_run_group_tests("broken_packs", tests, n + 1, NULL, NULL);
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    free(tests);
    sv_fs_deinit();
    return failed;
}
