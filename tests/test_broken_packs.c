/* The broken-pack corpus: every folder in tests/broken/ is a pack that must
 * fail to check, and each line of its expect.txt must appear in one of the
 * formatted diagnostics ("file:line:col: error: /pointer: message"); so must
 * every NAME.zip there, with NAME.expect.txt beside it. A pack that loads
 * fails here when its scoring changes name rules the default model lacks,
 * as `svara-tool check` says. On a miss the test prints every diagnostic the
 * loader gave. Packs that cannot be committed are written at run time: a file
 * over the size limit, named pipes (FIFOs) where files belong, a manifest
 * past the scenario limit; a hang there is caught by the test's TIMEOUT. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <physfs.h>
#include <sys/stat.h>
#include <unistd.h>

#include "svara/limits.h"
#include "svara/pack.h"
#include "svara/score.h"

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

static char *read_text(const char *path);

/* The default model with a loaded pack's scoring changes applied, as
 * `svara-tool check` does; SV_OK when they name only rules it has. */
static sv_Status apply_scoring(const sv_Pack *pack, sv_DiagList *d)
{
    const char *file = "assets/scoring/default.json";
    char *bytes = read_text(file);
    sv_ScoreModel *m = NULL;
    if (!bytes || sv_score_parse(file, bytes, strlen(bytes), &m, d) != SV_OK)
        fail_msg("%s cannot be read", file);
    sv_Status st = sv_score_apply_pack(m, pack, d);
    sv_score_free(m);
    free(bytes);
    return st;
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
    if (st == SV_OK && pack && apply_scoring(pack, &d) != SV_OK) {
        sv_pack_unload(pack);
        pack = NULL;
        st = SV_ERR_INVALID;
    }
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
    char *buf = malloc(256 * 1024);
    size_t n = buf ? fread(buf, 1, 256 * 1024 - 1, f) : 0;
    fclose(f);
    if (buf) buf[n] = '\0';
    return buf;
}

static bool is_zip(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".zip") == 0;
}

static void test_one_pack(void **state)
{
    const char *name = *state;
    char path[512], expect_path[600];
    snprintf(path, sizeof path, "%s/%s", BROKEN, name);
    if (is_zip(name))
        snprintf(expect_path, sizeof expect_path, "%s/%.*s.expect.txt", BROKEN,
                 (int)strlen(name) - 4, name);
    else
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

/* ---- packs made at run time ------------------------------------------------------ */

#define RUN SV_BINARY_DIR "/test_broken"
#define GOOD_SCENARIO "tests/broken/41-scenario-file-missing/s.json"

static void make_dir(const char *path)
{
    if (mkdir(path, 0700) != 0 && errno != EEXIST) fail_msg("cannot make %s", path);
}

static void make_fifo(const char *path)
{
    (void)unlink(path);
    if (mkfifo(path, 0600) != 0) fail_msg("cannot make the named pipe %s", path);
}

static void write_text(const char *path, const char *text) { write_file(path, text, strlen(text)); }

static const char good_manifest[] =
    "{\"format\": 1, \"id\": \"good\", \"title\": \"Good\", \"version\": \"1\", \"languages\": "
    "[\"en\"], \"authors\": [\"t\"], \"licence\": \"CC0-1.0\", \"scenarios\": [\"s.json\"]}";

/* A folder pack at RUN/name: the good manifest, and s.json either good or a FIFO. */
static void make_pack(const char *name, bool fifo_manifest, bool fifo_scenario)
{
    char dir[512], path[600];
    snprintf(dir, sizeof dir, "%s/%s", RUN, name);
    make_dir(dir);
    snprintf(path, sizeof path, "%s/pack.json", dir);
    if (fifo_manifest)
        make_fifo(path);
    else
        write_text(path, good_manifest);
    snprintf(path, sizeof path, "%s/s.json", dir);
    if (fifo_scenario) {
        make_fifo(path);
        return;
    }
    char *scenario = read_text(GOOD_SCENARIO);
    assert_non_null(scenario);
    write_text(path, scenario);
    free(scenario);
}

/* A named pipe as the pack, its manifest or a scenario: refused at once (the
 * open would wait for a writer for ever), naming it and what it is. */
static void test_fifo_in_pack(void **state)
{
    (void)state;
    make_fifo(RUN "/pipe.zip");
    check_pack(RUN "/pipe.zip", "pipe.zip: error: this is a named pipe (FIFO), not a file or a "
                                "folder; it was not opened\n");
    make_pack("manifest-pipe", true, false);
    check_pack(RUN "/manifest-pipe", "manifest-pipe/pack.json: error: this is a named pipe "
                                     "(FIFO), not a file; it was not opened\n");
    make_pack("scenario-pipe", false, true);
    check_pack(RUN "/scenario-pipe", "scenario-pipe/s.json: error: this is a named pipe (FIFO), "
                                     "not a file; it was not opened\n");
}

/* The game's start: a library folder holding a pipe named x.zip and a pack
 * whose pack.json is a pipe still loads its good pack; a library "folder"
 * that is a pipe is reported, not opened. */
static void test_fifo_in_library(void **state)
{
    (void)state;
    make_dir(RUN "/lib");
    make_fifo(RUN "/lib/x.zip");
    make_fifo(RUN "/lib-pipe");
    make_pack("lib/good", false, false);
    make_pack("lib/manifest-pipe", true, false);
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Library lib;
    const char *folders[] = {RUN "/lib-pipe", RUN "/lib"};
    assert_int_equal(sv_library_load(folders, 2, &lib, &d), SV_OK);
    static const char *const want[] = {
        "lib-pipe: error: this is a named pipe (FIFO), not a folder of packs; it was not opened",
        "x.zip: error: this is a named pipe (FIFO), not a file or a folder; it was not "
        "opened",
        "manifest-pipe/pack.json: error: this is a named pipe (FIFO), not a file; it was not "
        "opened"};
    bool failed = lib.count != 1 || strcmp(lib.packs[0]->id, "good") != 0;
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        if (!any_diag_has(&d, want[i])) print_message("missing: %s\n", want[i]), failed = true;
    if (failed) print_diags(&d);
    sv_library_unload(&lib);
    sv_diag_free(&d);
    if (failed) fail();
}

/* 200 entries where 128 are allowed: one error for the limit, one for the
 * repeats, and nothing past the limit is read (entry 128 is a named pipe:
 * reading it would hang) or reported (the rest are bad paths). */
static void test_manifest_past_limit(void **state)
{
    (void)state;
    make_pack("many", false, false);
    make_fifo(RUN "/many/pipe.json");
    size_t cap = 16384, n = 0;
    char *json = malloc(cap);
    assert_non_null(json);
    n += (size_t)snprintf(json, cap, "%.*s",
                          (int)(strstr(good_manifest, "[\"s.json\"]") - good_manifest),
                          good_manifest);
    for (int i = 0; i < 200; i++)
        n += (size_t)snprintf(json + n, cap - n, "%s\"%s\"", i ? ", " : "[",
                              i < 128    ? "s.json"
                              : i == 128 ? "pipe.json"
                                         : "../bad.json");
    snprintf(json + n, cap - n, "]}");
    write_text(RUN "/many/pack.json", json);
    free(json);
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Pack *pack = NULL;
    const char *paths[] = {RUN "/many"};
    assert_int_equal(sv_pack_load(paths, 1, NULL, &pack, &d), SV_ERR_INVALID);
    bool failed =
        d.count != 2 ||
        !any_diag_has(&d, "many/pack.json:1:136: error: /scenarios: 200 scenarios; the "
                          "limit is 128 (the rest were not read)") ||
        !any_diag_has(
            &d, "many/pack.json:1:147: error: /scenarios/1: scenario file 's.json' is already "
                "listed at /scenarios/0; list each file once");
    if (failed) print_diags(&d);
    sv_diag_free(&d);
    if (failed) fail();
}

/* A manifest that lists itself and a file twice: one error at each bad
 * entry's own pointer, and no cascade from reading pack.json as a scenario. */
static void test_scenario_list_errors(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Pack *p = NULL;
    const char *paths[] = {BROKEN "/78-scenario-list"};
    assert_int_equal(sv_pack_load(paths, 1, NULL, &p, &d), SV_ERR_INVALID);
    if (d.count != 3) print_diags(&d);
    assert_int_equal(d.count, 3);
    assert_string_equal(d.items[0].pointer, "/scenarios/1");
    assert_string_equal(d.items[1].pointer, "/scenarios/2");
    assert_string_equal(d.items[2].pointer, "/scenarios/4");
    sv_diag_free(&d);
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
        if (!PHYSFS_stat(dir, &st)) continue;
        if (st.filetype != PHYSFS_FILETYPE_DIRECTORY && !is_zip(names[i])) continue;
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
    struct CMUnitTest *tests = calloc(n + 5, sizeof *tests);
    if (!tests) return 1;
    for (size_t i = 0; i < n; i++) {
        tests[i].name = names[i];
        tests[i].test_func = test_one_pack;
        tests[i].initial_state = names[i];
    }
    tests[n] = (struct CMUnitTest){"too-large-file", test_too_large_file, NULL, NULL, NULL};
    tests[n + 1] = (struct CMUnitTest){"fifo-in-pack", test_fifo_in_pack, NULL, NULL, NULL};
    tests[n + 2] = (struct CMUnitTest){"fifo-in-library", test_fifo_in_library, NULL, NULL, NULL};
    tests[n + 3] =
        (struct CMUnitTest){"manifest-past-limit", test_manifest_past_limit, NULL, NULL, NULL};
    tests[n + 4] =
        (struct CMUnitTest){"scenario-list-errors", test_scenario_list_errors, NULL, NULL, NULL};
    int failed = _cmocka_run_group_tests("broken_packs", tests, n + 5, NULL, NULL);
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    free(tests);
    sv_fs_free();
    return failed;
}
