/* The part kind `empathise` loads wherever part kinds are read: an option's
 * `structure`, a composer part's `kind` and a history reply's `structure`;
 * its name and parse round-trip; a misspelling is a located diagnostic that
 * suggests it (tests/broken/108-empathize covers the same through `check`). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "svara/arena.h"
#include "svara/pack.h"

#define JSON(...) #__VA_ARGS__

/* clang-format off */
static const char story[] = JSON({
    "format": 1, "id": "warm", "title": "Warm", "summary": "Empathy parts.",
    "briefing": "You answer for Cykelbud.",
    "brand": {"name": "Cykelbud", "handle": "@cykelbud", "colour": "#1a7f5a"},
    "duration": 600,
    "channels": [ {"id": "feed", "type": "public-feed", "name": "Feed"} ],
    "personas": [ {"id": "hanna", "name": "Hanna", "handle": "@hanna", "role": "complainer"} ],
    "history": [
        {"id": "h-first", "at": -60, "post": "p1", "text": "That sounds awful. We're sorry.",
         "structure": [ "empathise", "apologise" ]}
    ],
    "posts": [
        {"id": "p1", "at": -120, "channel": "feed", "author": "hanna", "valence": "negative",
         "claims": [ {"id": "ours", "text": "It was your rider.", "true": false, "known": true} ],
         "text": "Your rider ran a red light!"}
    ],
    "decisions": [
        {"id": "d1", "at": 0, "about": "p1", "prompt": "Answer Hanna.", "deadline": 60,
         "options": [
             {"id": "o-kind", "text": "That sounds frightening. It wasn't one of ours: ours wear green.",
              "structure": [ "empathise", "deny", "explain" ], "denies": ["ours"]}
         ],
         "composer": {"parts": [
             {"id": "p-feel", "kind": "empathise", "text": "That sounds frightening."},
             {"id": "p-deny", "kind": "deny", "text": "It wasn't one of ours.", "denies": ["ours"]}
         ]}}
    ],
    "endings": [ {"id": "end", "title": "Over", "text": "It is over."} ]
});
/* clang-format on */

static sv_Status parse(const char *text, sv_Arena *arena, sv_Scenario *sc, sv_DiagList *d)
{
    return sv_scenario_parse("warm.json", text, strlen(text), 1u << SV_LANG_EN, arena, sc, d);
}

static void test_empathise_loads(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Arena *arena = sv_arena_create(0);
    sv_Scenario sc;
    sv_Status st = parse(story, arena, &sc, &d);
    for (size_t i = 0; i < d.count; i++) {
        char line[1024];
        sv_diag_format(&d.items[i], line, sizeof line);
        print_message("  %s\n", line);
    }
    assert_int_equal(st, SV_OK);
    const sv_Option *o = &sc.options[sv_scenario_find_option(&sc, "o-kind")];
    assert_int_equal(o->structure_count, 3);
    assert_int_equal(o->structure[0], SV_PART_EMPATHISE);
    assert_int_equal(o->structure[1], SV_PART_DENY);
    const sv_Part *p = &sc.parts[sv_scenario_find_part(&sc, "p-feel")];
    assert_int_equal(p->kind, SV_PART_EMPATHISE);
    assert_int_equal(sc.earlier_count, 1);
    assert_int_equal(sc.earlier[0].reply.structure_count, 2);
    assert_int_equal(sc.earlier[0].reply.structure[0], SV_PART_EMPATHISE);
    sv_PartKind k;
    assert_true(sv_part_kind_parse("empathise", &k));
    assert_int_equal(k, SV_PART_EMPATHISE);
    assert_string_equal(sv_part_kind_name(SV_PART_EMPATHISE), "empathise");
    sv_diag_free(&d);
    sv_arena_free(arena);
}

/* Text with one substring replaced, for the broken variants. */
static void replaced(char *out, size_t size, const char *from, const char *to)
{
    const char *at = strstr(story, from);
    assert_non_null(at);
    snprintf(out, size, "%.*s%s%s", (int)(at - story), story, to, at + strlen(from));
}

/* The one diagnostic a broken variant gives, formatted into line. */
static void one_error(const char *text, char *line, size_t size)
{
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Arena *arena = sv_arena_create(0);
    sv_Scenario sc;
    assert_int_not_equal(parse(text, arena, &sc, &d), SV_OK);
    for (size_t i = 0; i < d.count; i++) {
        sv_diag_format(&d.items[i], line, size);
        print_message("  %s\n", line);
    }
    assert_int_equal(d.count, 1);
    sv_diag_format(&d.items[0], line, size);
    sv_diag_free(&d);
    sv_arena_free(arena);
}

/* An empathise part that claims something is refused: the claim needs its own part. */
static void test_empathise_part_claims_nothing(void **state)
{
    (void)state;
    char text[sizeof story + 32];
    replaced(text, sizeof text, "\"text\": \"That sounds frightening.\"}",
             "\"text\": \"That sounds frightening.\", \"denies\": [\"ours\"]}");
    char line[1024];
    one_error(text, line, sizeof line);
    assert_non_null(strstr(line, "/decisions/0/composer/parts/0/denies"));
    assert_non_null(strstr(line, "confirms and denies nothing"));
}

/* The American spelling is not the kind: the diagnostic names the one that is. */
static void test_misspelt_kind_is_located(void **state)
{
    (void)state;
    char text[sizeof story + 8];
    replaced(text, sizeof text, "\"kind\": \"empathise\"", "\"kind\": \"empathize\"");
    char line[1024];
    one_error(text, line, sizeof line);
    assert_non_null(strstr(line, "/decisions/0/composer/parts/0/kind"));
    assert_non_null(strstr(line, "unknown part kind 'empathize'"));
    assert_non_null(strstr(line, "did you mean 'empathise'"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empathise_loads),
        cmocka_unit_test(test_empathise_part_claims_nothing),
        cmocka_unit_test(test_misspelt_kind_is_located),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
