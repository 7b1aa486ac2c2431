/* Native files: reads refuse named pipes and devices at once and stop at their
 * size cap; atomic writes replace a file whole and never replace a folder or a
 * pipe; broken files are moved aside under a new name, never overwritten. */
#define _POSIX_C_SOURCE 200809L
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "svara/native.h"

#define DIR_ SV_BINARY_DIR "/test_native"

static void put(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f) fail_msg("cannot write %s", path);
    fputs(text, f);
    fclose(f);
}

static void expect_diag(const sv_DiagList *d, const char *want)
{
    char line[1024] = "";
    if (d->count) sv_diag_format(&d->items[d->count - 1], line, sizeof line);
    if (!strstr(line, want)) fail_msg("expected a diagnostic with \"%s\", got \"%s\"", want, line);
}

static int setup(void **state)
{
    (void)state;
    mkdir(DIR_, 0755);
    return 0;
}

static void test_read_regular(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    put(DIR_ "/a.txt", "hello");
    size_t len = 99;
    bool missing = true;
    char *s = sv_native_read(DIR_ "/a.txt", 100, &len, &missing, &d);
    assert_non_null(s);
    assert_string_equal(s, "hello");
    assert_int_equal(len, 5);
    assert_false(missing);
    assert_int_equal(d.count, 0);
    free(s);
    sv_diag_free(&d);
}

static void test_read_cap(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    put(DIR_ "/b.txt", "0123456789");
    size_t len;
    char *s = sv_native_read(DIR_ "/b.txt", 10, &len, NULL, &d);
    assert_non_null(s); /* exactly at the cap is fine */
    free(s);
    s = sv_native_read(DIR_ "/b.txt", 9, &len, NULL, &d);
    assert_null(s);
    expect_diag(&d, "test_native/b.txt: error: the file is larger than 9 bytes");
    sv_diag_free(&d);
}

static void test_read_missing(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    bool missing = false;
    assert_null(sv_native_read(DIR_ "/none.txt", 10, NULL, &missing, &d));
    assert_true(missing);
    expect_diag(&d, "none.txt: error: cannot open the file: No such file or directory");
    sv_diag_free(&d);
}

/* Without O_NONBLOCK and the fstat check this test would hang for ever. */
static void test_read_refuses_fifo_and_devices(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    unlink(DIR_ "/pipe");
    assert_int_equal(mkfifo(DIR_ "/pipe", 0600), 0);
    assert_null(sv_native_read(DIR_ "/pipe", 10, NULL, NULL, &d));
    expect_diag(&d,
                "pipe: error: this is a named pipe (FIFO), not a regular file; it was not read");
    assert_int_equal(sv_native_kind(DIR_ "/pipe", NULL), SV_NATIVE_OTHER);
    assert_null(sv_native_read("/dev/zero", 1u << 30, NULL, NULL, &d));
    expect_diag(&d, "/dev/zero: error: this is a character device, not a regular file");
    assert_null(sv_native_read(DIR_, 10, NULL, NULL, &d));
    expect_diag(&d, "this is a folder, not a regular file");
    assert_int_equal(d.errors, 3);
    unlink(DIR_ "/pipe");
    sv_diag_free(&d);
}

static void test_write_atomic(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    put(DIR_ "/c.json", "old");
    assert_true(sv_native_write_atomic(DIR_ "/c.json", "new text", 8, &d));
    char *s = sv_native_read(DIR_ "/c.json", 100, NULL, NULL, &d);
    assert_string_equal(s, "new text");
    free(s);
    /* no temporary file is left behind */
    char tmp[256];
    snprintf(tmp, sizeof tmp, DIR_ "/c.json.tmp-%ld", (long)getpid());
    assert_int_equal(sv_native_kind(tmp, NULL), SV_NATIVE_MISSING);
    assert_int_equal(d.count, 0);

    /* a folder or a pipe in the way is never replaced */
    mkdir(DIR_ "/dir.json", 0755);
    assert_false(sv_native_write_atomic(DIR_ "/dir.json", "x", 1, &d));
    expect_diag(&d, "this is a folder, not a regular file; it was not replaced");
    assert_int_equal(sv_native_kind(DIR_ "/dir.json", NULL), SV_NATIVE_DIR);
    /* a folder that cannot hold the file: the error names the temporary file */
    assert_false(sv_native_write_atomic(DIR_ "/no/such/folder.json", "x", 1, &d));
    expect_diag(&d, "cannot create the temporary file");
    sv_diag_free(&d);
}

static void test_keep_aside(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    unlink(DIR_ "/k.json.bad-20261204");
    unlink(DIR_ "/k.json.bad-20261204-2");
    char moved[512];
    put(DIR_ "/k.json", "broken 1");
    assert_true(sv_native_keep_aside(DIR_ "/k.json", "20261204", moved, sizeof moved, &d));
    assert_string_equal(moved, DIR_ "/k.json.bad-20261204");
    assert_int_equal(sv_native_kind(DIR_ "/k.json", NULL), SV_NATIVE_MISSING);
    put(DIR_ "/k.json", "broken 2");
    assert_true(sv_native_keep_aside(DIR_ "/k.json", "20261204", moved, sizeof moved, &d));
    assert_string_equal(moved, DIR_ "/k.json.bad-20261204-2");
    char *first = sv_native_read(DIR_ "/k.json.bad-20261204", 100, NULL, NULL, &d);
    char *second = sv_native_read(DIR_ "/k.json.bad-20261204-2", 100, NULL, NULL, &d);
    assert_string_equal(first, "broken 1"); /* the first one kept, not overwritten */
    assert_string_equal(second, "broken 2");
    free(first);
    free(second);
    assert_int_equal(d.count, 0);
    sv_diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_read_regular), cmocka_unit_test(test_read_cap),
        cmocka_unit_test(test_read_missing), cmocka_unit_test(test_read_refuses_fifo_and_devices),
        cmocka_unit_test(test_write_atomic), cmocka_unit_test(test_keep_aside),
    };
    return cmocka_run_group_tests(tests, setup, NULL);
}
