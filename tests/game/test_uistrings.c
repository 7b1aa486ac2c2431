/* The UI strings go through the checks every pack file gets: a bad file is
 * reported with its line and column (invalid UTF-8, a key given twice,
 * syntax), unknown keys and values that are not non-empty strings are
 * located at their member, missing keys are named, and the texts that are
 * fine are kept, so the game falls back only where it must. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "uistrings.h"

/* The English file as shipped, as a base to break. */
static char *english(size_t *len)
{
    FILE *f = fopen(SV_SOURCE_DIR "/assets/lang/en.json", "rb");
    assert_non_null(f);
    char *buf = malloc(1u << 20);
    assert_non_null(buf);
    *len = fread(buf, 1, (1u << 20) - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

static size_t parse(const char *text, ui_Strings *s, sv_DiagList *d)
{
    memset(s, 0, sizeof *s);
    sv_diag_init(d);
    return ui_strings_parse(s, SV_LANG_SV, "sv.json", text, strlen(text), d);
}

static bool has(const sv_DiagList *d, int line, int col, const char *ptr, const char *words)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].line == line && d->items[i].column == col &&
            strcmp(d->items[i].pointer, ptr) == 0 && strstr(d->items[i].message, words))
            return true;
    return false;
}

static void test_shipped_file_is_clean(void **state)
{
    (void)state;
    size_t len;
    char *en = english(&len);
    ui_Strings s;
    sv_DiagList d;
    assert_int_equal(parse(en, &s, &d), 0);
    for (int i = 0; i < UI_STR_COUNT; i++) assert_non_null(s.text[SV_LANG_SV][i]);
    sv_diag_free(&d);
    ui_strings_free(&s);
    free(en);
}

/* Unknown keys and empty values are located; the other texts are kept; the
 * missing keys are each named. */
static void test_members_located(void **state)
{
    (void)state;
    ui_Strings s;
    sv_DiagList d;
    const char *text = "{\n  \"title.choose\": \"Välj\",\n  \"title.strat\": \"x\",\n"
                       "  \"title.quit\": \"\"\n}\n";
    size_t n = parse(text, &s, &d);
    assert_true(has(&d, 3, 18, "/title.strat", "unknown key \"title.strat\""));
    assert_true(has(&d, 4, 17, "/title.quit", "must be a non-empty string"));
    assert_true(has(&d, 1, 1, "", "missing key \"title.quit\""));
    assert_int_equal(n, d.errors + d.warnings);
    int start = -1;
    for (int i = 0; i < UI_STR_COUNT; i++)
        if (strcmp(ui_strings_key((ui_StrId)i), "title.choose") == 0) start = i;
    if (start >= 0) assert_string_equal(s.text[SV_LANG_SV][start], "Välj");
    sv_diag_free(&d);
    ui_strings_free(&s);
}

/* What a pack file would be refused for refuses the whole file. */
static void test_pack_checks(void **state)
{
    (void)state;
    ui_Strings s;
    sv_DiagList d;
    assert_true(parse("{\"a\": \"x\",\n \"a\": \"y\"}", &s, &d) > 0);
    assert_true(has(&d, 2, 2, "/a", "duplicate key \"a\""));
    sv_diag_free(&d);
    assert_true(parse("{\"a\": \"\xff\"}", &s, &d) > 0);
    assert_true(has(&d, 1, 8, "", "invalid UTF-8"));
    sv_diag_free(&d);
    assert_true(parse("[\"a\"]", &s, &d) > 0);
    assert_true(has(&d, 1, 1, "", "one JSON object"));
    sv_diag_free(&d);
    for (int i = 0; i < UI_STR_COUNT; i++) assert_null(s.text[SV_LANG_SV][i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shipped_file_is_clean),
        cmocka_unit_test(test_members_located),
        cmocka_unit_test(test_pack_checks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
