/* jsonscan: JSON pointers back to line and column, and every check cJSON does
 * not make (UTF-8, duplicate keys, depth, trailing text, located syntax
 * errors), each with the line and column an author would look at. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <cmocka.h>

#include "../game/core/jsonscan.h"
#include "svara/limits.h"

/* Column numbers below count bytes; the \u00e9 escapes keep the source ASCII. */
static const char doc[] = "{\n"
                          "  \"a\": {\"b\": [10, {\"c/d\": 5, \"e~f\": [1, 2]}]},\n"
                          "  \"x\": \"y\",\n"
                          "  \"\\u00e9t\\u00e9\": true\n"
                          "}\n";

static void expect_at(const char *text, const char *pointer, int line, int col)
{
    int l = -1, c = -1;
    bool ok = sv_json_locate(text, strlen(text), pointer, &l, &c);
    if (!ok || l != line || c != col)
        fail_msg("locate(\"%s\"): expected %d:%d, got %d:%d (ok=%d)", pointer, line, col, l, c, ok);
}

static void test_locate(void **state)
{
    (void)state;
    expect_at(doc, "", 1, 1);
    expect_at(doc, "/a", 2, 8);
    expect_at(doc, "/a/b", 2, 14);
    expect_at(doc, "/a/b/0", 2, 15);
    expect_at(doc, "/a/b/1", 2, 19);
    expect_at(doc, "/a/b/1/c~1d", 2, 27);
    expect_at(doc, "/a/b/1/e~0f", 2, 37);
    expect_at(doc, "/a/b/1/e~0f/1", 2, 41);
    expect_at(doc, "/x", 3, 8);
    expect_at(doc, "/\xC3\xA9t\xC3\xA9", 4, 20); /* the key decoded from its escapes */
}

static void test_locate_missing(void **state)
{
    (void)state;
    /* the deepest existing ancestor */
    expect_at(doc, "/a/zz", 2, 8);
    expect_at(doc, "/a/b/7", 2, 14);
    expect_at(doc, "/a/b/01", 2, 14); /* no leading zeros in indices */
    expect_at(doc, "/a/b/-", 2, 14);
    expect_at(doc, "/x/y", 3, 8);
    expect_at(doc, "/nothing/at/all", 1, 1);
    expect_at("  [1]", "", 1, 3);
    expect_at("\xEF\xBB\xBF{\"a\": 1}", "/a", 1, 7); /* a byte order mark takes no column */

    int l, c;
    assert_false(sv_json_locate("{\"a\": [1, 2", 11, "/b", &l, &c));
    assert_false(sv_json_locate("", 0, "", &l, &c));
    assert_false(sv_json_locate("   ", 3, "/a", &l, &c));
}

/* Parses text and checks it fails with exactly `count` errors, the first
 * formatted as `first` (a prefix when it ends in "..."). */
static void expect_errors(const char *text, size_t len, size_t count, const char *first)
{
    sv_DiagList d;
    sv_diag_init(&d);
    cJSON *root = sv_json_parse("t.json", text, len, &d);
    char line[1024] = "";
    if (d.count) sv_diag_format(&d.items[0], line, sizeof line);
    size_t n = strlen(first);
    bool prefix = n > 3 && strcmp(first + n - 3, "...") == 0;
    bool same = prefix ? strncmp(line, first, n - 3) == 0 : strcmp(line, first) == 0;
    if (root || d.errors != count || !same) {
        print_message("expected %zu errors, the first \"%s\"; got:\n", count, first);
        for (size_t i = 0; i < d.count; i++) {
            char other[1024];
            sv_diag_format(&d.items[i], other, sizeof other);
            print_message("  %s\n", other);
        }
        fail();
    }
    sv_diag_free(&d);
}

#define EXPECT(text, count, first) expect_errors(text, sizeof(text) - 1, count, first)

static void test_utf8(void **state)
{
    (void)state;
    EXPECT("{\n  \"a\": \"x\xC3\x28\"\n}", 1,
           "t.json:2:10: error: invalid UTF-8: byte 0xC3 starts a multi-byte sequence cut "
           "short; save the file as UTF-8");
    EXPECT("{\"a\": \"\xC0\xAF\"}", 1,
           "t.json:1:8: error: invalid UTF-8: byte 0xC0 starts an "
           "overlong encoding...");
    EXPECT("{\"a\": \"\xE0\x80\xAF\"}", 1,
           "t.json:1:8: error: invalid UTF-8: byte 0xE0 starts "
           "an overlong encoding...");
    EXPECT("{\"a\": \"\xED\xA0\x80\"}", 1,
           "t.json:1:8: error: invalid UTF-8: byte 0xED starts "
           "a UTF-16 surrogate...");
    EXPECT("{\"a\": \"\xF4\x90\x80\x80\"}", 1,
           "t.json:1:8: error: invalid UTF-8: byte 0xF4 "
           "starts a code point above U+10FFFF...");
    EXPECT("{\"a\": \"\xF5\x80\x80\x80\"}", 1, "t.json:1:8: error: invalid UTF-8: byte 0xF5...");
    EXPECT("{\"a\": \"\x80\"}", 1,
           "t.json:1:8: error: invalid UTF-8: byte 0x80 starts a "
           "continuation byte with no lead byte...");
    /* only the first bad byte is reported, the structure is still checked */
    EXPECT("{\"a\": \"\x80\x80\", \"a\": 1}", 2, "t.json:1:8: error: invalid UTF-8...");
}

static void test_syntax(void **state)
{
    (void)state;
    EXPECT("{\"a\": 1 \"b\": 2}", 1, "t.json:1:9: error: expected ',' or '}' here, found '\"'");
    EXPECT("{\"a\": [1, 2,]}", 1,
           "t.json:1:13: error: a comma before ']' with no value after "
           "it; remove the comma");
    EXPECT("{\"a\": 1,\n}", 1,
           "t.json:2:1: error: a comma before '}' with no member after it; "
           "remove the comma");
    EXPECT("{'a': 1}", 1, "t.json:1:2: error: expected a key in double quotes, found '''");
    EXPECT("{\"a\": 'x'}", 1, "t.json:1:7: error: strings take double quotes...");
    EXPECT("{\"a\": tru}", 1, "t.json:1:7: error: unexpected 't'; expected a value...");
    EXPECT("{\"a\": 01}", 1, "t.json:1:7: error: invalid number...");
    EXPECT("{\"a\": 1.}", 1, "t.json:1:7: error: invalid number...");
    EXPECT("{\"a\": \"x\ny\"}", 1,
           "t.json:1:9: error: /a: control character 0x0A inside a string...");
    EXPECT("{\"a\": \"\\q\"}", 1, "t.json:1:8: error: /a: invalid escape in a string...");
    EXPECT("{\"a\": \"\\ud800\"}", 1, "t.json:1:8: error: /a: invalid escape in a string...");
    EXPECT("{\"a\": \"abc", 1, "t.json:1:7: error: /a: this string never ends...");
    EXPECT("{\"a\": [1, 2", 1, "t.json:1:7: error: this array is never closed: ']' is missing");
    EXPECT("{\"a\" 1}", 1, "t.json:1:6: error: expected ':' after the key \"a\"");
    EXPECT("", 1, "t.json:1:1: error: the file is empty; expected a JSON object");
    EXPECT("  \n ", 1, "t.json:2:2: error: the file is empty; expected a JSON object");
}

static void test_trailing(void **state)
{
    (void)state;
    EXPECT("{\"a\": 1}\n x", 1,
           "t.json:2:2: error: unexpected text after the end of the JSON "
           "value; a file holds one value");
    EXPECT("{\"a\": 1}}", 1, "t.json:1:9: error: unexpected text after the end...");
}

static void test_duplicates(void **state)
{
    (void)state;
    const char text[] = "{\"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2, \"c\": 3},\n \"a\": 3,\n"
                        " \"x~/\": 1, \"x~/\": 2, \"\\u0061\": 4}";
    sv_DiagList d;
    sv_diag_init(&d);
    assert_null(sv_json_parse("t.json", text, sizeof text - 1, &d));
    assert_int_equal(d.errors, 5);
    char lines[5][512];
    for (size_t i = 0; i < 5; i++) sv_diag_format(&d.items[i], lines[i], sizeof lines[i]);
    /* the inner object closes first */
    assert_string_equal(lines[0], "t.json:2:16: error: /b/c: duplicate key \"c\" (first at line 2, "
                                  "column 8); a key may appear once per object");
    assert_string_equal(lines[1], "t.json:2:24: error: /b/c: duplicate key \"c\" (first at line 2, "
                                  "column 8); a key may appear once per object");
    assert_string_equal(lines[2], "t.json:3:2: error: /a: duplicate key \"a\" (first at line 1, "
                                  "column 2); a key may appear once per object");
    /* an escaped key is the same key */
    assert_string_equal(lines[3], "t.json:4:22: error: /a: duplicate key \"a\" (first at line 1, "
                                  "column 2); a key may appear once per object");
    assert_string_equal(lines[4], "t.json:4:12: error: /x~0~1: duplicate key \"x~/\" (first at "
                                  "line 4, column 2); a key may appear once per object");
    sv_diag_free(&d);
}

static void test_depth(void **state)
{
    (void)state;
    char deep[2 * (SV_MAX_JSON_DEPTH + 1) + 1];
    for (unsigned depth = SV_MAX_JSON_DEPTH; depth <= SV_MAX_JSON_DEPTH + 1; depth++) {
        memset(deep, '[', depth);
        memset(deep + depth, ']', depth);
        deep[2 * depth] = '\0';
        sv_DiagList d;
        sv_diag_init(&d);
        cJSON *root = sv_json_parse("t.json", deep, 2 * depth, &d);
        if (depth == SV_MAX_JSON_DEPTH) {
            assert_non_null(root);
            assert_int_equal(d.count, 0);
        } else {
            assert_null(root);
            assert_int_equal(d.errors, 1);
            char line[512], want[512], ptr[256] = "";
            for (unsigned i = 0; i < SV_MAX_JSON_DEPTH; i++) strcat(ptr, "/0");
            snprintf(want, sizeof want,
                     "t.json:1:%u: error: %s: nesting is deeper than %u levels of objects and "
                     "arrays; flatten the data",
                     SV_MAX_JSON_DEPTH + 1, ptr, SV_MAX_JSON_DEPTH);
            sv_diag_format(&d.items[0], line, sizeof line);
            assert_string_equal(line, want); /* with the pointer of the array too deep */
        }
        cJSON_Delete(root);
        sv_diag_free(&d);
    }
    /* past the limit the rest of the file is still checked */
    EXPECT("{\"n\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
           "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],\n"
           " \"n\": 1}",
           2, "t.json:1:70: error: /n/0/0/0/0...");
}

static void test_too_large(void **state)
{
    (void)state;
    size_t n = SV_MAX_FILE_BYTES + 1;
    char *big = malloc(n);
    assert_non_null(big);
    memset(big, ' ', n);
    big[0] = '[';
    big[n - 1] = ']';
    expect_errors(big, n, 1,
                  "t.json: error: the file is 1048577 bytes; the limit is 1048576 "
                  "bytes (1 MiB)");
    free(big);
}

static void test_valid(void **state)
{
    (void)state;
    const char *ok[] = {
        doc,
        "\xEF\xBB\xBF{}",
        "[]",
        "{\"s\": \"\\ud83d\\ude00 \xF0\x9F\x98\x80 \xC3\xA5\"}",
        "{\"n\": -0.5e+10, \"m\": 0, \"t\": true, \"f\": false, \"z\": null}",
        " \r\n\t{} \n",
        "{\"a\": {\"a\": {\"a\": 1}}, \"b\": [{\"a\": 1}, {\"a\": 2}]}",
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        sv_DiagList d;
        sv_diag_init(&d);
        cJSON *root = sv_json_parse("t.json", ok[i], strlen(ok[i]), &d);
        if (!root || d.count) fail_msg("valid text %zu rejected", i);
        cJSON_Delete(root);
        sv_diag_free(&d);
    }
}

static void test_diag_helper(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_json_diag(&d, SV_SEV_WARNING, "t.json", doc, strlen(doc), "/a/b/1/c~1d", "odd value %d", 5);
    sv_json_diag(&d, SV_SEV_ERROR, "t.json", "{", 1, "/x", "broken");
    char line[256];
    sv_diag_format(&d.items[0], line, sizeof line);
    assert_string_equal(line, "t.json:2:27: warning: /a/b/1/c~1d: odd value 5");
    sv_diag_format(&d.items[1], line, sizeof line);
    assert_string_equal(line, "t.json: error: /x: broken"); /* no position in broken text */
    assert_int_equal(d.errors, 1);
    sv_diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_locate),   cmocka_unit_test(test_locate_missing),
        cmocka_unit_test(test_utf8),     cmocka_unit_test(test_syntax),
        cmocka_unit_test(test_trailing), cmocka_unit_test(test_duplicates),
        cmocka_unit_test(test_depth),    cmocka_unit_test(test_too_large),
        cmocka_unit_test(test_valid),    cmocka_unit_test(test_diag_helper),
    };
    return cmocka_run_group_tests_name("jsonscan", tests, NULL, NULL);
}
