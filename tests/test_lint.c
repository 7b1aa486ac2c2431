/* The authoring checks (svara/lint.h) on scenarios parsed from bytes: each
 * finding with its rule, JSON pointer, line and column; what the analysis
 * must not call "never" (a counter that reaches its value through a repeating
 * event, a flag set by an event's effect, a literal false); and the length
 * the default scoring model calls long. tests/lint holds the planted packs
 * `svara-tool check` is run on. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "svara/arena.h"
#include "svara/lint.h"
#include "svara/pack.h"
#include "svara/score.h"

#define JSON(...) #__VA_ARGS__

/* clang-format off */
#define HEAD \
    "{\"format\": 1, \"id\": \"t\", \"title\": \"T\", \"summary\": \"S\", \"briefing\": \"B\",\n" \
    "\"brand\": {\"name\": \"P\", \"handle\": \"@p\", \"colour\": \"#000000\"},\n" \
    "\"duration\": 600,\n" \
    "\"channels\": [{\"id\": \"feed\", \"type\": \"public-feed\", \"name\": \"Feed\"}],\n" \
    "\"personas\": [{\"id\": \"maja\", \"name\": \"Maja\", \"handle\": \"@maja\", \"role\": \"complainer\"}],\n" \
    "\"posts\": [{\"id\": \"p1\", \"at\": 0, \"channel\": \"feed\", \"author\": \"maja\", \"valence\": \"negative\", \"text\": \"Where?\"}],\n" \
    "\"endings\": [{\"id\": \"end\", \"title\": \"E\", \"text\": \"E.\"}],\n"
#define DECISION(effects) \
    "\"decisions\": [{\"id\": \"d1\", \"at\": 5, \"about\": \"p1\", \"prompt\": \"A\", \"deadline\": 60,\n" \
    "  \"options\": [{\"id\": \"o1\", \"text\": \"Sorry.\", \"annotation\": \"A.\", \"expert\": \"recommended\",\n" \
    "    \"effects\": " effects "}]}],\n"
/* clang-format on */

typedef struct Found {
    sv_DiagList diags;
    sv_Arena *arena;
} Found;

static void lint(Found *f, const char *text, uint32_t long_chars)
{
    sv_diag_init(&f->diags);
    f->arena = sv_arena_create(64 * 1024);
    assert_non_null(f->arena);
    sv_Scenario sc;
    sv_Status st =
        sv_scenario_parse("t.json", text, strlen(text), 1u << SV_LANG_EN, f->arena, &sc, &f->diags);
    for (size_t i = 0; i < f->diags.count; i++) {
        char line[1200];
        sv_diag_format(&f->diags.items[i], line, sizeof line);
        print_message("load: %s\n", line);
    }
    assert_int_equal(st, SV_OK);
    sv_LintOptions opt = {1u << SV_LANG_EN, SV_LANG_EN, long_chars};
    sv_lint_scenario(&sc, "t.json", text, strlen(text), &opt, &f->diags);
}

static void done(Found *f)
{
    sv_diag_free(&f->diags);
    sv_arena_free(f->arena);
}

/* The finding of `rule`, which must be there exactly once. */
static const sv_Diag *only(const Found *f, int rule)
{
    const sv_Diag *hit = NULL;
    size_t n = 0;
    for (size_t i = 0; i < f->diags.count; i++)
        if (f->diags.items[i].rule == rule) {
            hit = &f->diags.items[i];
            n++;
        }
    if (n != 1) {
        for (size_t i = 0; i < f->diags.count; i++)
            print_message("found: [%d] %s %s\n", f->diags.items[i].rule, f->diags.items[i].pointer,
                          f->diags.items[i].message);
        fail_msg("rule %d: expected one finding, got %zu", rule, n);
    }
    return hit;
}

static size_t count(const Found *f) { return f->diags.count; }

static void clean_scenario_has_no_findings(void **state)
{
    (void)state;
    Found f;
    lint(&f, HEAD DECISION("[]") "\"_x\": 0}", 0);
    if (count(&f)) only(&f, -1); /* prints them */
    assert_int_equal(f.diags.warnings + f.diags.errors, 0);
    done(&f);
}

static void zero_delay_loop_is_located_at_its_effect(void **state)
{
    (void)state;
    Found f;
    lint(&f,
         HEAD DECISION(
             "[{\"event\": \"e1\"}]") "\"events\": [\n"
                                      "  {\"id\": \"e1\", \"effects\": [{\"event\": \"e2\"}]},\n"
                                      "  {\"id\": \"e2\", \"effects\": [{\"event\": \"e1\", "
                                      "\"after\": 0}]}]}",
         0);
    const sv_Diag *d = only(&f, SV_RULE_LOOP);
    assert_int_equal(d->severity, SV_SEV_ERROR);
    assert_string_equal(d->pointer, "/events/0/effects/0");
    assert_int_equal(d->line, 12);
    assert_int_equal(d->column, 28);
    assert_non_null(strstr(d->message, "events 'e1' -> 'e2' -> 'e1' schedule each other at +0 s"));
    done(&f);
}

static void a_delay_breaks_the_loop(void **state)
{
    (void)state;
    Found f;
    lint(&f,
         HEAD DECISION("[{\"event\": \"e1\"}]") "\"events\": [\n"
                                                "  {\"id\": \"e1\", \"effects\": [{\"event\": "
                                                "\"e1\", \"after\": 30}]}]}",
         0);
    assert_int_equal(count(&f), 0);
    done(&f);
}

/* A repeating event can add up to any value: only a variable that no run can
 * bring to the value is "never". */
static void variable_ranges_follow_repeats(void **state)
{
    (void)state;
    Found f;
    lint(&f,
         HEAD DECISION(
             "[{\"var\": \"once\", \"add\": 1}, {\"event\": \"tick\"}]") "\"variables\": [{\"id\": "
                                                                         "\"once\", \"initial\": "
                                                                         "0}, {\"id\": \"many\", "
                                                                         "\"initial\": 0}],\n"
                                                                         "\"events\": [{\"id\": "
                                                                         "\"tick\", \"effects\": "
                                                                         "[{\"var\": \"many\", "
                                                                         "\"add\": 1}, {\"event\": "
                                                                         "\"tick\", \"after\": "
                                                                         "60}]},\n"
                                                                         "  {\"id\": \"e-many\", "
                                                                         "\"at\": 500, \"when\": "
                                                                         "{\"var\": \"many\", "
                                                                         "\"op\": \">=\", "
                                                                         "\"value\": 5}},\n"
                                                                         "  {\"id\": \"e-once\", "
                                                                         "\"at\": 500, \"when\": "
                                                                         "{\"var\": \"once\", "
                                                                         "\"op\": \">=\", "
                                                                         "\"value\": 2}}]}",
         0);
    const sv_Diag *d = only(&f, SV_RULE_NEVER_HOLDS);
    assert_string_equal(d->pointer, "/events/2/when/var");
    assert_non_null(strstr(d->message, "event 'e-once' never fires: its `when` can never hold: "
                                       "variable 'once' can only be 0 to 1, so once >= 2 never "
                                       "holds"));
    done(&f);
}

/* A flag set by an event that itself needs an option: the chain is followed. */
static void chains_are_followed_and_false_is_deliberate(void **state)
{
    (void)state;
    Found f;
    lint(&f,
         HEAD DECISION(
             "[{\"event\": \"e-set\", \"after\": 10}]") "\"flags\": [\"ready\"],\n"
                                                        "\"events\": [{\"id\": \"e-set\", "
                                                        "\"effects\": [{\"set\": \"ready\"}]},\n"
                                                        "  {\"id\": \"e-ready\", \"at\": 300, "
                                                        "\"when\": {\"all\": [{\"flag\": "
                                                        "\"ready\"}, {\"chose\": \"o1\"}]},\n"
                                                        "   \"effects\": [{\"meter\": \"reach\", "
                                                        "\"add\": 10}]},\n"
                                                        "  {\"id\": \"e-off\", \"at\": 300, "
                                                        "\"when\": false}],\n"
                                                        "\"_posts\": 0}",
         0);
    if (count(&f)) only(&f, -1); /* prints them */
    assert_int_equal(count(&f), 0);
    done(&f);
}

static void endings_after_a_catch_all(void **state)
{
    (void)state;
    Found f;
    lint(&f,
         "{\"format\": 1, \"id\": \"t\", \"title\": \"T\", \"summary\": \"S\", \"briefing\": "
         "\"B\",\n"
         "\"brand\": {\"name\": \"P\", \"handle\": \"@p\", \"colour\": \"#000000\"}, \"duration\": "
         "600,\n"
         "\"channels\": [{\"id\": \"feed\", \"type\": \"public-feed\", \"name\": \"Feed\"}],\n"
         "\"personas\": [{\"id\": \"maja\", \"name\": \"Maja\", \"handle\": \"@maja\", \"role\": "
         "\"complainer\"}],\n"
         "\"posts\": [{\"id\": \"p1\", \"at\": 0, \"channel\": \"feed\", \"author\": \"maja\", "
         "\"valence\": \"negative\", \"text\": \"Where?\"}],\n" DECISION(
             "[]") "\"endings\": [{\"id\": \"end\", \"title\": \"E\", \"text\": \"E.\"},\n"
                   "  {\"id\": \"late\", \"when\": {\"elapsed\": 10}, \"title\": \"L\", \"text\": "
                   "\"L.\"}]}",
         0);
    const sv_Diag *d = only(&f, SV_RULE_ENDING);
    assert_string_equal(d->pointer, "/endings/1");
    assert_int_equal(d->line, 10);
    assert_int_equal(d->column, 3);
    assert_non_null(strstr(d->message, "ending 'end' before it always holds"));
    done(&f);
}

static void long_replies_use_the_models_length(void **state)
{
    (void)state;
    char *rules = NULL;
    FILE *fp = fopen("assets/scoring/default.json", "rb");
    assert_non_null(fp);
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    rules = malloc((size_t)n + 1);
    assert_non_null(rules);
    assert_int_equal(fread(rules, 1, (size_t)n, fp), (size_t)n);
    fclose(fp);
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_ScoreModel *m = NULL;
    assert_int_equal(sv_score_parse("default.json", rules, (size_t)n, &m, &diags), SV_OK);
    assert_int_equal(sv_lint_long_chars(m), 560);
    sv_score_free(m);
    sv_diag_free(&diags);
    free(rules);

    Found f;
    lint(&f, HEAD DECISION("[]") "\"_x\": 0}", 5);
    const sv_Diag *d = only(&f, SV_RULE_LONG_REPLY);
    assert_string_equal(d->pointer, "/decisions/0/options/0/text");
    assert_non_null(strstr(d->message, "option 'o1' posts 6 characters in public (in 'en')"));
    done(&f);
}

static void rules_have_stable_codes(void **state)
{
    (void)state;
    size_t n;
    const sv_LintRule *all = sv_lint_rules(&n);
    assert_true(n >= 17);
    assert_string_equal(sv_lint_rule(SV_RULE_UNREACHABLE)->code, "SV101");
    assert_string_equal(sv_lint_rule(SV_RULE_LOOP)->name, "zero-delay-loop");
    assert_int_equal(sv_lint_rule(SV_RULE_LOOP)->severity, SV_SEV_ERROR);
    for (size_t i = 1; i < n; i++) assert_true(all[i - 1].id < all[i].id);
}

/* FORMAT.md's table "What check looks for" names every rule with its name. */
static void format_md_names_every_rule(void **state)
{
    (void)state;
    FILE *fp = fopen("scenarios/FORMAT.md", "rb");
    assert_non_null(fp);
    static char doc[256 * 1024];
    size_t n = fread(doc, 1, sizeof doc - 1, fp);
    fclose(fp);
    doc[n] = '\0';
    size_t count;
    const sv_LintRule *all = sv_lint_rules(&count);
    for (size_t i = 0; i < count; i++) {
        char row[128];
        snprintf(row, sizeof row, "| %s | `%s` | %s |", all[i].code, all[i].name,
                 all[i].severity == SV_SEV_ERROR ? "error" : "warning");
        if (!strstr(doc, row)) fail_msg("FORMAT.md has no row starting %s", row);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(clean_scenario_has_no_findings),
        cmocka_unit_test(zero_delay_loop_is_located_at_its_effect),
        cmocka_unit_test(a_delay_breaks_the_loop),
        cmocka_unit_test(variable_ranges_follow_repeats),
        cmocka_unit_test(chains_are_followed_and_false_is_deliberate),
        cmocka_unit_test(endings_after_a_catch_all),
        cmocka_unit_test(long_replies_use_the_models_length),
        cmocka_unit_test(rules_have_stable_codes),
        cmocka_unit_test(format_md_names_every_rule),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
