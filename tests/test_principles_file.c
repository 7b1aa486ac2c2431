/* assets/principles.json, the advice as learners read it: every principle of
 * the model described once, in a theme, with a name, what it asks and its
 * lesson in English, Swedish and Norwegian; and a broken file reported with
 * line and column. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "score_support.h"
#include "svara/principles.h"

static void test_the_file(void **state)
{
    (void)state;
    size_t len = 0;
    char *bytes = t_read_file(SV_SOURCE_DIR "/assets/principles.json", &len);
    assert_non_null(bytes);
    sv_Principles p;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Status st = sv_principles_parse("principles.json", bytes, len, &p, &d);
    for (size_t i = 0; i < d.count; i++)
        print_error("%d:%d %s: %s\n", d.items[i].line, d.items[i].column, d.items[i].pointer,
                    d.items[i].message);
    assert_int_equal(st, SV_OK);
    assert_int_equal(d.count, 0);
    assert_int_equal(p.theme_count, 5);
    unsigned per_theme[SV_MAX_THEMES] = {0};
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) {
        assert_in_range(p.of[k].theme, 0, (int32_t)p.theme_count - 1);
        per_theme[p.of[k].theme]++;
        for (int l = 0; l < SV_LANG_COUNT; l++) {
            assert_true(strlen(sv_text_get(&p.of[k].name, (sv_Lang)l)) > 3);
            assert_true(strlen(sv_text_get(&p.of[k].about, (sv_Lang)l)) > 20);
            assert_true(strlen(sv_text_get(&p.of[k].lesson, (sv_Lang)l)) > 20);
        }
    }
    for (uint32_t t = 0; t < p.theme_count; t++) assert_true(per_theme[t] >= 3);
    assert_string_equal(sv_text_get(&p.of[SV_PRINCIPLE_PUBLIC].name, SV_LANG_SV),
                        "Svara offentligt först");
    /* the file's order, which the skills screen follows: LISTEN opens it */
    assert_int_equal(p.of[SV_PRINCIPLE_LISTEN].rank, 0);
    assert_true(p.of[SV_PRINCIPLE_ASK].rank < p.of[SV_PRINCIPLE_HONEST].rank);
    sv_principles_free(&p);
    sv_diag_free(&d);
    free(bytes);
}

static void test_broken(void **state)
{
    (void)state;
    static const struct {
        const char *json, *message;
        int line, column;
    } cases[] = {
        {"{\"format\": 1, \"themes\": [{\"id\": \"t\", \"name\": {\"en\": \"T\", \"sv\": \"T\", "
         "\"nb\": \"T\"}}],\n \"principles\": []}",
         "principle 'ORDER' is missing", 2, 16},
        {"{\"format\": 1, \"themes\": [{\"id\": \"t\", \"name\": \"T\"}], \"principles\": []}",
         "give the text in every language: {\"en\": ..., \"sv\": ..., \"nb\": ...}", 1, 46},
        {"{\"format\": 1, \"themes\": [], \"principles\": [{\"id\": \"SPEED\"}]}",
         "not a principle id of principles.md (ORDER, FAST, ...)", 1, 51},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sv_Principles p;
        sv_DiagList d;
        sv_diag_init(&d);
        assert_int_not_equal(
            sv_principles_parse("p.json", cases[i].json, strlen(cases[i].json), &p, &d), SV_OK);
        bool found = false;
        for (size_t k = 0; k < d.count; k++)
            if (strcmp(d.items[k].message, cases[i].message) == 0) {
                found = true;
                assert_int_equal(d.items[k].line, cases[i].line);
                assert_int_equal(d.items[k].column, cases[i].column);
            }
        if (!found)
            for (size_t k = 0; k < d.count; k++)
                print_error("case %zu: %d:%d %s\n", i, d.items[k].line, d.items[k].column,
                            d.items[k].message);
        assert_true(found);
        assert_null(p.arena);
        sv_diag_free(&d);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_file),
        cmocka_unit_test(test_broken),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
