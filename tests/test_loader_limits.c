/* The loader at its limits: the limits FORMAT.md names are reachable (a
 * condition 16 deep inside an option loads), floods of bad values cost one
 * index of the file and no more than the cap of reports, an escaped NUL is
 * refused wherever it appears, and messages quote numbers as written. */
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
#include "svara/arena.h"
#include "svara/limits.h"
#include "svara/pack.h"

#define LANGS (1u << SV_LANG_EN)

/* A small valid scenario; %s is spliced in as the option's extra members and
 * %s again as extra top-level members. */
static const char frame[] =
    "{\"format\": 1, \"id\": \"mini\", \"title\": \"T\", \"summary\": \"S\", \"briefing\": \"B\",\n"
    " \"brand\": {\"name\": \"X\", \"handle\": \"@x\", \"colour\": \"#000000\"}, \"duration\": "
    "60,\n"
    " \"channels\": [{\"id\": \"c\", \"type\": \"public-feed\", \"name\": \"C\"}],\n"
    " \"personas\": [{\"id\": \"m\", \"name\": \"M\", \"handle\": \"@m\", \"role\": "
    "\"complainer\"}],\n"
    " \"flags\": [\"f\"],\n"
    " \"posts\": [{\"id\": \"p\", \"at\": 0, \"channel\": \"c\", \"author\": \"m\", \"valence\": "
    "\"negative\", \"text\": \"Hi\"}],\n"
    " \"decisions\": [{\"id\": \"d\", \"at\": 1, \"about\": \"p\", \"prompt\": \"P\", "
    "\"deadline\": 30,\n"
    "   \"options\": [{\"id\": \"o\", \"text\": \"O\"%s}]}],\n"
    " \"endings\": [{\"id\": \"e\", \"title\": \"E\", \"text\": \"E\"}]%s}";

static char *scenario(const char *option_extra, const char *top_extra)
{
    size_t n = sizeof frame + strlen(option_extra) + strlen(top_extra);
    char *s = malloc(n);
    assert_non_null(s);
    snprintf(s, n, frame, option_extra, top_extra);
    return s;
}

static sv_Status parse(const char *text, sv_DiagList *d)
{
    sv_Arena *a = sv_arena_create(0);
    sv_Scenario sc;
    sv_Status st = sv_scenario_parse("s.json", text, strlen(text), LANGS, a, &sc, d);
    sv_arena_free(a);
    return st;
}

static void print_diags(const sv_DiagList *d)
{
    for (size_t i = 0; i < d->count && i < 20; i++) {
        char line[1024];
        sv_diag_format(&d->items[i], line, sizeof line);
        print_message("  %s\n", line);
    }
}

static bool has(const sv_DiagList *d, const char *want)
{
    for (size_t i = 0; i < d->count; i++) {
        char line[1024];
        sv_diag_format(&d->items[i], line, sizeof line);
        if (strstr(line, want)) return true;
    }
    print_message("missing: %s\nthe loader said:\n", want);
    print_diags(d);
    return false;
}

/* ", \"when\": {\"all\": [{\"all\": [... {\"flag\": \"f\"} ...]}]}" with `levels` conditions. */
static char *nested_when(unsigned levels)
{
    size_t n = 32 + levels * 24;
    char *s = malloc(n);
    assert_non_null(s);
    strcpy(s, ", \"when\": ");
    for (unsigned i = 1; i < levels; i++) strcat(s, "{\"all\": [");
    strcat(s, "{\"flag\": \"f\"}");
    for (unsigned i = 1; i < levels; i++) strcat(s, "]}");
    return s;
}

static void test_condition_at_its_limit_inside_an_option(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    char *when = nested_when(SV_MAX_COND_DEPTH);
    char *text = scenario(when, "");
    if (parse(text, &d) != SV_OK || d.count) {
        print_diags(&d);
        fail_msg("a condition %u deep inside an option must load", SV_MAX_COND_DEPTH);
    }
    free(when);
    free(text);

    when = nested_when(SV_MAX_COND_DEPTH + 1);
    text = scenario(when, "");
    assert_int_equal(parse(text, &d), SV_ERR_INVALID);
    char ptr[512] = "/decisions/0/options/0/when";
    for (unsigned i = 1; i <= SV_MAX_COND_DEPTH; i++) strcat(ptr, "/all/0");
    char want[700];
    snprintf(want, sizeof want, "%s: the condition nests deeper than 16 levels", ptr);
    assert_true(has(&d, want));
    assert_int_equal(d.errors, 1); /* the JSON itself is not too deep */
    free(when);
    free(text);
    sv_diag_free(&d);
}

/* Thousands of bad references: every one counted, at most the cap shown. */
static void test_flood_of_unknown_references(void **state)
{
    (void)state;
    enum { N = 3000 };
    size_t cap = (size_t)N * 120 + 64;
    char *posts = malloc(cap);
    assert_non_null(posts);
    size_t used = (size_t)snprintf(posts, cap, ", \"events\": [");
    for (int i = 0; i < N; i++)
        used += (size_t)snprintf(posts + used, cap - used,
                                 "%s{\"id\": \"ev-%d\", \"at\": 1, \"effects\": [{\"set\": "
                                 "\"no-such-flag-%d\"}]}",
                                 i ? "," : "", i, i);
    snprintf(posts + used, cap - used, "]");
    char *text = scenario("", posts);
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(parse(text, &d), SV_ERR_INVALID);
    assert_int_equal(d.errors, N);
    assert_true(d.count <= 201);
    assert_true(has(&d, "s.json: warning: too many problems in this file; stopped reporting "
                        "after 200"));
    assert_int_equal(d.warnings, 1);
    free(posts);
    free(text);
    sv_diag_free(&d);
}

/* The located reporter indexes a file once, however many problems it shows. */
static void test_reporter_indexes_once(void **state)
{
    (void)state;
    enum { N = 20000 };
    char *doc = malloc((size_t)N * 12 + 16);
    assert_non_null(doc);
    size_t n = (size_t)sprintf(doc, "[");
    for (int i = 0; i < N; i++) n += (size_t)sprintf(doc + n, "%s\n%d", i ? "," : "", i);
    n += (size_t)sprintf(doc + n, "]");
    sv_DiagList d;
    sv_diag_init(&d);
    sv_JsonFile f;
    sv_json_file_init(&f, "big.json", doc, n, 50, &d);
    for (int i = N - 1; i >= 0; i--) {
        char ptr[32];
        snprintf(ptr, sizeof ptr, "/%d", i);
        sv_json_file_report(&f, SV_SEV_ERROR, ptr, "bad %d", i);
    }
    assert_int_equal(f.index_builds, 1);
    assert_int_equal(f.errors, N);
    assert_int_equal(d.errors, N);
    assert_int_equal(d.count, 51); /* 50 shown and the warning */
    char line[256];
    sv_diag_format(&d.items[0], line, sizeof line);
    assert_string_equal(line, "big.json:20001:1: error: /19999: bad 19999");
    sv_json_file_free(&f);
    sv_diag_free(&d);
    free(doc);
}

static void test_escaped_nul_is_refused(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"{\"a\\u0000b\": 1}", "t.json:1:4: error: \\u0000 (the NUL character) is not allowed"},
        {"{\"id\": \"parcel\\u0000evil\"}", "t.json:1:15: error: /id: \\u0000 (the NUL character)"},
        {"[\"text \\u0000\"]", "t.json:1:8: error: /0: \\u0000 (the NUL character)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sv_DiagList d;
        sv_diag_init(&d);
        struct cJSON *root = sv_json_parse("t.json", cases[i][0], strlen(cases[i][0]), &d);
        assert_null(root);
        assert_true(has(&d, cases[i][1]));
        sv_diag_free(&d);
    }
    /* \u0001 and an encoded U+0000-free text are fine for the JSON layer */
    sv_DiagList d;
    sv_diag_init(&d);
    struct cJSON *root = sv_json_parse("t.json", "[\"\\u0001\"]", 10, &d);
    assert_non_null(root);
    cJSON_Delete(root);
    sv_diag_free(&d);
}

static void test_numbers_as_written(void **state)
{
    (void)state;
    char *text = scenario("", ", \"audience\": {\"size\": 1000000001, \"segments\": []}");
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(parse(text, &d), SV_ERR_INVALID);
    assert_true(has(&d, "/audience/size: must be between 0 and 1000000, not 1000000001"));
    free(text);
    text = scenario("", ", \"audience\": {\"size\": 12.50, \"segments\": []}");
    assert_int_equal(parse(text, &d), SV_ERR_INVALID);
    assert_true(has(&d, "/audience/size: must be a whole number, not 12.50"));
    free(text);
    sv_diag_free(&d);
}

/* Messages are stored escaped: nothing read from a pack reaches a terminal raw. */
static void test_diagnostics_are_escaped(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_diag_add(&d, SV_SEV_ERROR, "a\nb.json", "/k\x1b[2J", 1, 2, "key '%s' and \xC2\x9B and %s",
                "x\ny\r\t\x7f", "\xFF\xE2\x80\xAE");
    char line[512];
    sv_diag_format(&d.items[0], line, sizeof line);
    assert_string_equal(line, "a\\nb.json:1:2: error: /k\\u001b[2J: key 'x\\ny\\r\\t\\u007f' and "
                              "\\u009b and \\xFF\\u202e");
    assert_int_equal(d.errors, 1);
    sv_diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_condition_at_its_limit_inside_an_option),
        cmocka_unit_test(test_flood_of_unknown_references),
        cmocka_unit_test(test_reporter_indexes_once),
        cmocka_unit_test(test_escaped_nul_is_refused),
        cmocka_unit_test(test_numbers_as_written),
        cmocka_unit_test(test_diagnostics_are_escaped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
