/* The scoring model on its own: reading rules files (every error located),
 * the curve's exact integer arithmetic, each condition test on a crafted
 * context, the order of parts, firing with weights, and a pack's overrides.
 * test_score_session.c runs the model inside sessions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "score_internal.h" /* judging: white-box */
#include "score_support.h"
#include "svara/score.h"

/* ---- reading rules files --------------------------------------------------------- */

static void test_parse_test_rules(void **state)
{
    (void)state;
    sv_ScoreModel *m = t_score_file("tests/scoring/test_rules.json");
    assert_string_equal(m->id, "test-model");
    assert_int_equal(m->promise_window_ms, 60000);
    assert_int_equal(m->rule_count, 12);
    int32_t e = sv_score_find_rule(m, "empathy");
    assert_int_equal(e, 0);
    const sv_ScoreRule *r = &m->rules[e];
    assert_int_equal(r->on, SV_TRIGGER_REPLY);
    assert_int_equal(r->principles,
                     (1u << SV_PRINCIPLE_EMPATHY) | (1u << SV_PRINCIPLE_ACCOMMODATE));
    assert_int_equal(r->effects[SV_METER_REPUTATION], 20); /* percentage points x10 */
    assert_int_equal(r->effects[SV_METER_SENTIMENT], 30);
    assert_int_equal(r->effects[SV_METER_MOOD], 40);
    assert_int_equal(r->effects[SV_METER_REACH], 0);
    assert_int_equal(r->weight, 100);
    assert_string_equal(sv_text_get(&r->explain, SV_LANG_SV), "Du visade förståelse.");
    const sv_ScoreRule *t = &m->rules[sv_score_find_rule(m, "standing")];
    assert_int_equal(t->on, SV_TRIGGER_TICK);
    assert_int_equal(t->effects[SV_METER_REACH], 600);
    assert_int_equal(m->rules[sv_score_find_rule(m, "timeout")].when, -1);
    assert_int_equal(sv_score_find_rule(m, "nope"), -1);
    sv_score_free(m);
}

/* The project's default model must load, and name every principle. */
static void test_default_model_loads(void **state)
{
    (void)state;
    sv_ScoreModel *m = t_score_file("assets/scoring/default.json");
    assert_string_equal(m->id, "default");
    sv_PrincipleSet all = 0;
    for (uint32_t i = 0; i < m->rule_count; i++) {
        assert_true(m->rules[i].principles != 0);
        all |= m->rules[i].principles;
    }
    assert_int_equal(all, (1u << SV_PRINCIPLE_COUNT) - 1u);
    sv_score_free(m);
}

/* SCORING.md is the reference: every rule of the default model stands in its
 * principles table, and every trigger and condition test the engine knows is
 * documented, so the document cannot fall behind the model. */
static void test_scoring_md_covers_the_model(void **state)
{
    (void)state;
    FILE *f = fopen("scenarios/SCORING.md", "rb");
    assert_non_null(f);
    static char doc[1 << 18];
    size_t n = fread(doc, 1, sizeof doc - 1, f);
    fclose(f);
    assert_true(n > 0 && n < sizeof doc - 1);
    doc[n] = 0;
    const char *table = strstr(doc, "## Principles, rules and tests");
    assert_non_null(table);
    sv_ScoreModel *m = t_score_file("assets/scoring/default.json");
    char want[160];
    bool ok = true;
    for (uint32_t i = 0; i < m->rule_count; i++) {
        snprintf(want, sizeof want, "`%s`", m->rules[i].id);
        if (!strstr(table, want)) {
            print_error("SCORING.md's table does not name the rule %s\n", want);
            ok = false;
        }
    }
    for (int p = 0; p < SV_PRINCIPLE_COUNT; p++) {
        snprintf(want, sizeof want, "\n| %s |", sv_principle_name((sv_Principle)p));
        if (!strstr(table, want)) {
            print_error("SCORING.md's table has no row for %s\n", want + 3);
            ok = false;
        }
    }
    for (int t = 0; t < SV_TRIGGER_COUNT; t++) {
        snprintf(want, sizeof want, "| `%s` |", sv_trigger_name((sv_Trigger)t));
        if (!strstr(doc, want)) {
            print_error("SCORING.md does not document the trigger %s\n", want);
            ok = false;
        }
    }
    for (int t = 0; t < SV_TEST_COUNT; t++) {
        const char *name = sv_score_test_name((sv_ScoreTest)t);
        bool group =
            strcmp(name, "all") == 0 || strcmp(name, "any") == 0 || strcmp(name, "not") == 0;
        snprintf(want, sizeof want, group ? "`%s`" : "{\"%s\":", name);
        if (!strstr(doc, want)) {
            print_error("SCORING.md does not document the test %s\n", want);
            ok = false;
        }
    }
    sv_score_free(m);
    assert_true(ok);
}

#define EXPLAIN "\"explain\": {\"en\": \"e\", \"sv\": \"s\", \"nb\": \"n\"}"
#define HEAD "{\"format\": 1, \"id\": \"m\", \"rules\": ["
/* One rule with the given middle (on, when...) */
#define RULE(id, middle)                                                                           \
    "{\"id\": \"" id "\", \"principles\": [\"ORDER\"], " middle ", \"effects\": {}, " EXPLAIN "}"

typedef struct ErrorCase {
    const char *json;
    const char *pointer;
    const char *message; /* a part of it */
} ErrorCase;

static const ErrorCase error_cases[] = {
    {HEAD RULE("a", "\"on\": \"answer\"") "]}", "/rules/0/on", "unknown trigger 'answer'"},
    {HEAD "{\"id\": \"a\", \"principles\": [\"ORDER\", \"FASTER\"], \"on\": \"reply\", "
          "\"effects\": {}, " EXPLAIN "}]}",
     "/rules/0/principles/1", "did you mean 'FAST'"},
    {HEAD
     "{\"id\": \"a\", \"principles\": [\"BE-NICE\"], \"on\": \"reply\", \"effects\": {}, " EXPLAIN
     "}]}",
     "/rules/0/principles/0", "unknown principle 'BE-NICE'"},
    {HEAD "{\"id\": \"a\", \"principles\": [], \"on\": \"reply\", \"effects\": {}, " EXPLAIN "}]}",
     "/rules/0/principles", "non-empty array"},
    {HEAD RULE("a", "\"on\": \"reply\", \"when\": {\"all\": [{\"tag\": \"sarcasm\"}, {\"mood\": "
                    "\"bad\"}]}") "]}",
     "/rules/0/when/all/1/mood", "unknown test 'mood'"},
    {HEAD RULE("a", "\"on\": \"reply\", \"when\": {\"tag\": \"sarcasn\"}") "]}",
     "/rules/0/when/tag", "did you mean 'sarcasm'"},
    /* three edits away: the scenario loader's rule lists the words instead */
    {HEAD RULE("a", "\"on\": \"reply\", \"when\": {\"tag\": \"sarcastic\"}") "]}",
     "/rules/0/when/tag", "unknown tag 'sarcastic'; it is one of template, personal"},
    /* the same word in the other case is suggested, in rules as in packs */
    {HEAD
     "{\"id\": \"a\", \"principles\": [\"order\"], \"on\": \"reply\", \"effects\": {}, " EXPLAIN
     "}]}",
     "/rules/0/principles/0", "unknown principle 'order' (did you mean 'ORDER'?)"},
    {HEAD RULE("a", "\"on\": \"reply\", \"when\": {\"parts\": \">=\"}") "]}", "/rules/0/when",
     "missing required key 'value'"},
    {HEAD RULE("a", "\"on\": \"reply\", \"when\": {\"parts\": \"at least\", \"value\": 2}") "]}",
     "/rules/0/when/parts", "comparison operator"},
    {HEAD RULE("a", "\"on\": \"reply\", \"when\": {\"tag\": \"joke\", \"part\": \"deny\"}") "]}",
     "/rules/0/when/part", "tests one thing"},
    {HEAD RULE("a", "\"on\": \"reply\", \"when\": {\"claim\": \"yes\"}") "]}",
     "/rules/0/when/claim", "true or false"},
    {HEAD RULE("a", "\"on\": \"reply\", \"when\": {\"tag\": \"joke\", \"value\": 1}") "]}",
     "/rules/0/when/value", "takes no \"value\""},
    {HEAD RULE("a", "\"on\": \"reply\", \"when\": 7") "]}", "/rules/0/when", "a condition is"},
    {HEAD "{\"id\": \"a\", \"principles\": [\"ORDER\"], \"on\": \"reply\", \"effects\": {}, "
          "\"explain\": {\"en\": \"e\", \"sv\": \"s\"}}]}",
     "/rules/0/explain", "missing required key 'nb'"},
    {HEAD "{\"id\": \"a\", \"principles\": [\"ORDER\"], \"on\": \"reply\", \"effects\": {}, "
          "\"explain\": {\"en\": \"e\", \"sv\": \"s\", \"nb\": \"\"}}]}",
     "/rules/0/explain/nb", "text is empty"},
    {HEAD RULE("same", "\"on\": \"reply\"") ", " RULE("same", "\"on\": \"end\"") "]}",
     "/rules/1/id", "rule id 'same' is used twice"},
    {HEAD RULE("Bad Id", "\"on\": \"reply\"") "]}", "/rules/0/id",
     "rule id 'Bad Id' is not allowed"},
    {HEAD "{\"id\": \"a\", \"principles\": [\"ORDER\"], \"on\": \"reply\", \"effects\": "
          "{\"reputation\": 120}, " EXPLAIN "}]}",
     "/rules/0/effects/reputation", "must be between -100 and 100, not 120"},
    {HEAD "{\"id\": \"a\", \"principles\": [\"ORDER\"], \"on\": \"reply\", \"effects\": "
          "{\"happiness\": 1}, " EXPLAIN "}]}",
     "/rules/0/effects/happiness", "unknown key 'happiness'"},
    {HEAD RULE("a", "\"on\": \"reply\", \"weight\": 2") "]}", "/rules/0/weight",
     "unknown key 'weight'"},
    {"{\"format\": 2, \"id\": \"m\", \"rules\": [" RULE("a", "\"on\": \"reply\"") "]}", "/format",
     "format 2 is not supported"},
    {"{\"format\": 1, \"id\": \"m\", \"rules\": []}", "/rules", "non-empty array"},
    {"{\"format\": 1, \"id\": \"m\", \"promise_window\": 0, \"rules\": [" RULE("a",
                                                                               "\"on\": "
                                                                               "\"reply\"") "]}",
     "/promise_window", "must be at least 1 second"},
    {HEAD RULE("a", "\"on\": \"reply\", \"when\": {\"delay\": \">\", \"value\": -1}") "]}",
     "/rules/0/when/value", "time must be from 0 to"},
    {HEAD RULE("a", "\"on\": \"reply\", \"when\": {\"repeat\": \">\", \"value\": 1.5}") "]}",
     "/rules/0/when/value", "whole number"},
};

static bool find_diag(const sv_DiagList *d, const char *pointer, const char *message)
{
    for (size_t i = 0; i < d->count; i++) {
        const sv_Diag *g = &d->items[i];
        if (strcmp(g->pointer, pointer) == 0 && strstr(g->message, message) && g->line > 0 &&
            g->column > 0 && strcmp(g->file, "rules.json") == 0)
            return true;
    }
    return false;
}

static void test_parse_errors(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++) {
        const ErrorCase *c = &error_cases[i];
        sv_DiagList d;
        sv_diag_init(&d);
        sv_ScoreModel *m = (sv_ScoreModel *)&d; /* must be reset to NULL */
        sv_Status st = t_score_parse(c->json, &m, &d);
        bool found = find_diag(&d, c->pointer, c->message);
        if (st != SV_ERR_INVALID || !found) {
            print_message("case %zu: expected %s: ...%s...\n", i, c->pointer, c->message);
            t_print_diags(&d);
        }
        assert_int_equal(st, SV_ERR_INVALID);
        assert_null(m);
        assert_true(found);
        sv_diag_free(&d);
    }
}

static void test_parse_collects_every_error(void **state)
{
    (void)state;
    const char *json =
        HEAD RULE("a", "\"on\": \"later\"") ", "
                                            "{\"id\": \"b\", \"principles\": [\"NOPE\"], \"on\": "
                                            "\"reply\", \"effects\": {}, "
                                            "\"explain\": {\"en\": \"e\"}}, " RULE(
                                                "a", "\"on\": \"tick\", \"when\": {\"x\": 1}") "]}";
    sv_DiagList d;
    sv_diag_init(&d);
    sv_ScoreModel *m = NULL;
    assert_int_equal(t_score_parse(json, &m, &d), SV_ERR_INVALID);
    const char *pointers[] = {"/rules/0/on", "/rules/1/principles/0", "/rules/1/explain",
                              "/rules/2/id", "/rules/2/when/x"};
    for (size_t i = 0; i < 5; i++) {
        bool any = false;
        for (size_t k = 0; k < d.count; k++)
            any = any || strcmp(d.items[k].pointer, pointers[i]) == 0;
        if (!any) print_message("no diagnostic at %s\n", pointers[i]);
        assert_true(any);
    }
    assert_true(d.errors >= 6); /* "sv" and "nb" are both missing */
    sv_diag_free(&d);

    /* broken JSON is reported by the scanner, located */
    sv_diag_init(&d);
    assert_int_equal(t_score_parse("{\"format\": 1,,}", &m, &d), SV_ERR_INVALID);
    assert_true(d.errors > 0);
    assert_int_equal(d.items[0].line, 1);
    sv_diag_free(&d);
}

static void test_vocabulary_names(void **state)
{
    (void)state;
    for (int p = 0; p < SV_PRINCIPLE_COUNT; p++) {
        sv_Principle back;
        assert_true(sv_principle_parse(sv_principle_name((sv_Principle)p), &back));
        assert_int_equal(back, p);
    }
    assert_string_equal(sv_principle_name(SV_PRINCIPLE_ONSTAGE_OFFSTAGE), "ONSTAGE-OFFSTAGE");
    assert_string_equal(sv_principle_name(SV_PRINCIPLE_APOLOGY_EXPLAIN_COMPENSATE),
                        "APOLOGY-EXPLAIN-COMPENSATE");
    for (int t = 0; t < SV_TRIGGER_COUNT; t++) {
        sv_Trigger back;
        assert_true(sv_trigger_parse(sv_trigger_name((sv_Trigger)t), &back));
        assert_int_equal(back, t);
    }
    assert_string_equal(sv_score_test_name(SV_TEST_THREAD_REPLIES), "thread_replies");
    assert_string_equal(sv_principle_name((sv_Principle)99), "?");
}

/* ---- the curve -------------------------------------------------------------------- */

#define U SV_SCORE_UNIT /* one tenth of a point, in raw units */
#define FINE ((int64_t)SV_SCORE_UNIT * SV_METER_MAX)

static int32_t curve_from(int32_t v, int64_t raw, int64_t *frac_out)
{
    int64_t frac = 0;
    sv_score_curve(SV_METER_REPUTATION, raw, &v, &frac);
    if (frac_out) *frac_out = frac;
    return v;
}

static void test_curve_exact(void **state)
{
    (void)state;
    int64_t f;
    /* +2 points at 50: scaled by the room above (50 %): +1 point */
    assert_int_equal(curve_from(500, 20 * U, &f), 510);
    assert_int_equal(f, 0);
    assert_int_equal(curve_from(500, -20 * U, &f), 490);
    /* at 90 the same reply moves a fifth as much as at 50 */
    assert_int_equal(curve_from(900, 20 * U, &f), 902);
    assert_int_equal(curve_from(100, -20 * U, &f), 98);
    /* below a tenth nothing is lost: it waits in frac */
    assert_int_equal(curve_from(600, 1 * U, &f), 600);
    assert_int_equal(f, 400 * (int64_t)U);
    int32_t v = 600;
    int64_t frac = 0;
    for (int i = 0; i < 5; i++) sv_score_curve(SV_METER_MOOD, 1 * U, &v, &frac);
    assert_int_equal(v, 601); /* 0.4 tenths at a time, less once the room shrinks */
    assert_true(frac >= 0 && frac < FINE);
    /* sixty per-second shares come to the whole minute, less what the room
     * shrank by on the way (a few millionths of a tenth) */
    int32_t a = 500, b = 500;
    int64_t fa = 0, fb = 0;
    for (int i = 0; i < 60; i++) sv_score_curve(SV_METER_SENTIMENT, 100, &a, &fa);
    sv_score_curve(SV_METER_SENTIMENT, 6000, &b, &fb);
    assert_int_equal(a, b);
    assert_true(fa <= fb && fb - fa < FINE / 1000);
    assert_int_equal(sv_score_curve(SV_METER_REPUTATION, 0, &v, &frac), 0);
}

static void test_curve_never_fills(void **state)
{
    (void)state;
    /* +100 points from 50: in steps of 10 points, each scaled by the room left */
    int32_t v = curve_from(500, 1000 * U, NULL);
    assert_int_equal(v, 825); /* 1000 - 500 * 0.9^10 = 825.66 */
    assert_true(v < SV_METER_MAX);
    /* even ten times that (a weight of 10) from the very bottom */
    v = curve_from(0, 10000 * U, NULL);
    assert_true(v > 990 && v < SV_METER_MAX);
    int64_t f;
    v = curve_from(1000, -10000 * U, &f);
    assert_true(v < 10 && v * FINE + f > 0);
    /* a loss at an empty meter and a gain at a full one do nothing */
    assert_int_equal(curve_from(0, -50 * U, NULL), 0);
    assert_int_equal(curve_from(1000, 50 * U, NULL), 1000);
}

static void test_curve_symmetric(void **state)
{
    (void)state;
    /* a gain of d at v mirrors a loss of d at 1000 - v, in exact units */
    const int32_t starts[] = {0, 37, 250, 500, 613, 999};
    const int64_t deltas[] = {1, 77, 6000, 20 * U, 99 * U, 250 * U};
    for (size_t i = 0; i < 6; i++) {
        for (size_t k = 0; k < 6; k++) {
            int32_t up = starts[i], down = SV_METER_MAX - starts[i];
            int64_t fu = 0, fd = 0;
            sv_score_curve(SV_METER_MOOD, deltas[k], &up, &fu);
            sv_score_curve(SV_METER_MOOD, -deltas[k], &down, &fd);
            int64_t exact_up = up * FINE + fu, exact_down = down * FINE + fd;
            assert_int_equal(exact_up + exact_down, SV_METER_MAX * FINE);
        }
    }
}

static void test_reach_is_additive(void **state)
{
    (void)state;
    int32_t v = 100;
    int64_t f = 0;
    /* reach effects are tenths of a person: 60 people = 600 tenths */
    assert_int_equal(sv_score_curve(SV_METER_REACH, 600 * (int64_t)U, &v, &f), 60);
    assert_int_equal(v, 160);
    /* one person a minute: a whole person after 60 ticks, none lost */
    for (int i = 0; i < 59; i++) sv_score_curve(SV_METER_REACH, 10 * 100, &v, &f);
    assert_int_equal(v, 160);
    sv_score_curve(SV_METER_REACH, 10 * 100, &v, &f);
    assert_int_equal(v, 161);
    v = INT32_MAX - 1;
    sv_score_curve(SV_METER_REACH, 600 * (int64_t)U, &v, &f);
    assert_int_equal(v, INT32_MAX);
    v = 5;
    sv_score_curve(SV_METER_REACH, -600 * (int64_t)U, &v, &f);
    assert_int_equal(v, 0);
}

static void test_tenths_and_figure(void **state)
{
    (void)state;
    assert_int_equal(sv_score_tenths(20 * U), 20);
    assert_int_equal(sv_score_tenths(U / 2), 1);
    assert_int_equal(sv_score_tenths(-U / 2), -1);
    assert_int_equal(sv_score_tenths(U / 2 - 1), 0);
    int32_t m0[SV_METER_COUNT] = {500, 500, 500, 1000}, m1[SV_METER_COUNT] = {510, 505, 520, 1200};
    int64_t f0[SV_METER_COUNT] = {0}, f1[SV_METER_COUNT] = {0};
    /* 2 x 1 + 0.5 + 2 - 200/100 = 2.5 points */
    assert_int_equal(sv_score_figure_hundredths(sv_score_figure(m0, f0, m1, f1)), 250);
    assert_int_equal(sv_score_figure_hundredths(sv_score_figure(m1, f1, m0, f0)), -250);
}

/* ---- conditions --------------------------------------------------------------------- */

/* One rule per test, each {"id": ..., "on": "reply", "when": COND}. */
static const char *const cond_cases[][2] = {
    {"tag", "{\"tag\": \"sarcasm\"}"},
    {"part", "{\"part\": \"apologise\"}"},
    {"order-ok", "{\"order\": \"ok\"}"},
    {"order-wrong", "{\"order\": \"wrong\"}"},
    {"parts", "{\"parts\": \">=\", \"value\": 3}"},
    {"length", "{\"length\": \">\", \"value\": 280}"},
    {"delay", "{\"delay\": \">\", \"value\": 120}"},
    {"delay-frac", "{\"delay\": \"<=\", \"value\": 1.5}"},
    {"public", "{\"visibility\": \"public\"}"},
    {"report", "{\"action\": \"report\"}"},
    {"thread", "{\"thread_replies\": \">=\", \"value\": 2}"},
    {"negative", "{\"valence\": \"negative\"}"},
    {"troll", "{\"author\": \"troll\"}"},
    {"claim", "{\"claim\": true}"},
    {"answered", "{\"answered_public\": true}"},
    {"solution", "{\"solution_offered\": true}"},
    {"repeat", "{\"repeat\": \">=\", \"value\": 1}"},
    {"differs", "{\"policy\": \"differs\"}"},
    {"same", "{\"policy\": \"same\"}"},
    {"private", "{\"channel\": \"private\"}"},
    {"fixed", "{\"fixed\": true}"},
    {"recurring", "{\"recurring\": true}"},
    {"watched", "{\"watched\": false}"},
    {"default", "{\"default\": true}"},
    {"all", "{\"all\": [{\"tag\": \"sarcasm\"}, {\"not\": {\"fixed\": true}}]}"},
    {"any", "{\"any\": [{\"tag\": \"joke\"}, {\"claim\": false}]}"},
    {"always", "true"},
    {"never", "false"},
    {"empty-all", "{\"all\": []}"},
};

static sv_ScoreModel *cond_model(void)
{
    static char json[16384];
    size_t n = (size_t)snprintf(json, sizeof json, "%s", HEAD);
    for (size_t i = 0; i < sizeof cond_cases / sizeof cond_cases[0]; i++)
        n += (size_t)snprintf(json + n, sizeof json - n,
                              "%s{\"id\": \"%s\", \"principles\": [\"ORDER\"], \"on\": "
                              "\"reply\", \"when\": %s, \"effects\": {}, %s}",
                              i ? ", " : "", cond_cases[i][0], cond_cases[i][1], EXPLAIN);
    snprintf(json + n, sizeof json - n, "]}");
    return t_score_model(json);
}

static bool holds(const sv_ScoreModel *m, const char *rule, const sv_ScoreContext *c)
{
    int32_t r = sv_score_find_rule(m, rule);
    if (r < 0) print_message("no rule %s\n", rule);
    assert_true(r >= 0);
    return sv_score_holds(m, m->rules[r].when, c);
}

static sv_ScoreContext base_context(void)
{
    sv_ScoreContext c;
    memset(&c, 0, sizeof c);
    c.trigger = SV_TRIGGER_REPLY;
    c.decision = 0;
    c.post = 0;
    c.has_reply = true;
    c.option = 3;
    c.action = SV_ACTION_REPLY;
    c.visibility = SV_VIS_PUBLIC;
    c.tags = 1u << SV_TAG_SARCASM;
    c.kind_count = 3;
    c.kinds[0] = SV_PART_ACKNOWLEDGE;
    c.kinds[1] = SV_PART_APOLOGISE;
    c.kinds[2] = SV_PART_EXPLAIN;
    c.length = 300;
    c.delay_ms = 130000;
    c.repeat = 1;
    c.has_post = true;
    c.valence = SV_VALENCE_NEGATIVE;
    c.author = SV_ROLE_TROLL;
    c.claim_true = true;
    c.channel = SV_CHANNEL_FEED;
    c.watched = true;
    c.recurring = true;
    c.thread_replies = 2;
    c.answered_here = true; /* what answered_public reads */
    c.solution_offered = true;
    c.policy = 1;
    return c;
}

static void expect(const sv_ScoreModel *m, const sv_ScoreContext *c, const char *rule, bool want)
{
    bool got = holds(m, rule, c);
    if (got != want) print_message("rule %s: expected %d\n", rule, want);
    assert_int_equal(got, want);
}

static void test_conditions_hold(void **state)
{
    (void)state;
    sv_ScoreModel *m = cond_model();
    sv_ScoreContext c = base_context();
    const char *yes[] = {"tag",       "part",     "order-ok", "parts",    "length",
                         "delay",     "public",   "thread",   "negative", "troll",
                         "claim",     "answered", "solution", "repeat",   "differs",
                         "recurring", "all",      "always",   "empty-all"};
    const char *no[] = {"order-wrong", "delay-frac", "report",  "same", "private",
                        "fixed",       "watched",    "default", "any",  "never"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) expect(m, &c, yes[i], true);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++) expect(m, &c, no[i], false);

    /* each one the other way */
    c.tags = 1u << SV_TAG_JOKE;
    c.kinds[1] = SV_PART_EXPLAIN;
    c.kinds[2] = SV_PART_APOLOGISE; /* explain before apologise: a step back */
    c.kind_count = 3;
    c.length = 280;
    c.delay_ms = 1500;
    c.visibility = SV_VIS_PRIVATE;
    c.action = SV_ACTION_REPORT;
    c.thread_replies = 0;
    c.answered_here = false;
    c.valence = SV_VALENCE_POSITIVE;
    c.author = SV_ROLE_CUSTOMER;
    c.claim_true = false;
    c.solution_offered = false;
    c.repeat = 0;
    c.policy = 0;
    c.channel = SV_CHANNEL_PRIVATE;
    c.fixed = true;
    c.recurring = false;
    c.watched = false;
    c.by_default = true;
    const char *yes2[] = {"part",    "order-wrong", "parts",   "delay-frac", "report", "same",
                          "private", "fixed",       "watched", "default",    "any"};
    const char *no2[] = {"tag",      "order-ok", "length",  "delay",     "public",
                         "thread",   "negative", "troll",   "claim",     "answered",
                         "solution", "repeat",   "differs", "recurring", "all"};
    for (size_t i = 0; i < sizeof yes2 / sizeof *yes2; i++) expect(m, &c, yes2[i], true);
    for (size_t i = 0; i < sizeof no2 / sizeof *no2; i++) expect(m, &c, no2[i], false);

    /* no earlier answer to the same complaint: neither "same" nor "differs" */
    c.policy = -1;
    expect(m, &c, "same", false);
    expect(m, &c, "differs", false);
    /* without a reply, reply tests fail; without a post, post tests fail */
    sv_ScoreContext bare = base_context();
    bare.has_reply = false;
    expect(m, &bare, "tag", false);
    expect(m, &bare, "public", false);
    expect(m, &bare, "negative", true);
    expect(m, &bare, "delay", true);
    bare.has_post = false;
    expect(m, &bare, "negative", false);
    expect(m, &bare, "claim", false);
    expect(m, &bare, "always", true);
    /* corrupt indices fail instead of crashing */
    assert_false(sv_score_holds(m, 99999, &c));
    assert_false(sv_score_holds(m, -5, &c));
    assert_true(sv_score_holds(m, -1, &c));
    sv_score_free(m);
}

static void test_order(void **state)
{
    (void)state;
    const uint8_t good[] = {SV_PART_GREETING,  SV_PART_ACKNOWLEDGE, SV_PART_THANK,
                            SV_PART_APOLOGISE, SV_PART_EXPLAIN,     SV_PART_COMPENSATE,
                            SV_PART_CONTACT,   SV_PART_SIGN_OFF};
    assert_true(sv_score_order_ok(good, 8));
    assert_false(sv_score_order_wrong(good, 8, false));
    const uint8_t late_sorry[] = {SV_PART_ACKNOWLEDGE, SV_PART_COMPENSATE, SV_PART_APOLOGISE};
    assert_false(sv_score_order_ok(late_sorry, 3));
    assert_true(sv_score_order_wrong(late_sorry, 3, false));
    const uint8_t deny_first[] = {SV_PART_DENY, SV_PART_EXPLAIN};
    assert_true(sv_score_order_ok(deny_first, 2));
    /* one ranked part (thank and ask stand anywhere): neither ok nor wrong */
    const uint8_t lone[] = {SV_PART_THANK, SV_PART_APOLOGISE, SV_PART_ASK};
    assert_false(sv_score_order_ok(lone, 3));
    assert_false(sv_score_order_wrong(lone, 3, false));
    assert_false(sv_score_order_ok(NULL, 0));
    /* an explanation that owns nothing is an excuse, unless an earlier reply
     * in the thread already confirmed or apologised: then it is a follow-up */
    const uint8_t excuse[] = {SV_PART_GREETING, SV_PART_EXPLAIN};
    assert_true(sv_score_order_wrong(excuse, 2, false));
    assert_false(sv_score_order_wrong(excuse, 2, true));
    /* a step back stays wrong whatever came before */
    assert_true(sv_score_order_wrong(late_sorry, 3, true));
}

/* ---- firing and overrides ------------------------------------------------------------- */

static size_t fire_reply(const sv_ScoreModel *m, sv_TagSet tags, int32_t meters[SV_METER_COUNT],
                         sv_ScoreHit *hits)
{
    sv_ScoreContext c;
    memset(&c, 0, sizeof c);
    c.trigger = SV_TRIGGER_REPLY;
    c.has_reply = true;
    c.tags = tags;
    c.policy = -1;
    int64_t frac[SV_METER_COUNT] = {0};
    return sv_score_fire(m, &c, meters, frac, hits, 16);
}

static void test_fire(void **state)
{
    (void)state;
    sv_ScoreModel *m = t_score_file("tests/scoring/test_rules.json");
    sv_ScoreHit hits[16];
    int32_t meters[SV_METER_COUNT] = {500, 500, 500, 0};
    size_t n = fire_reply(m, (1u << SV_TAG_EMPATHY) | (1u << SV_TAG_IRONY), meters, hits);
    assert_int_equal(n, 2); /* in file order: empathy, then sarcasm */
    assert_int_equal(hits[0].rule, sv_score_find_rule(m, "empathy"));
    assert_int_equal(hits[1].rule, sv_score_find_rule(m, "sarcasm"));
    assert_int_equal(hits[0].raw[SV_METER_REPUTATION], 20 * (int64_t)U);
    assert_int_equal(hits[0].applied[SV_METER_REPUTATION], 10);  /* 2 points at 50 */
    assert_int_equal(hits[1].applied[SV_METER_REPUTATION], -41); /* -8 points at 51 */
    assert_int_equal(meters[SV_METER_REPUTATION], 469);
    /* a trigger's rules only */
    sv_ScoreContext c;
    memset(&c, 0, sizeof c);
    c.trigger = SV_TRIGGER_TIMEOUT;
    int64_t frac[SV_METER_COUNT] = {0};
    assert_int_equal(sv_score_fire(m, &c, meters, frac, hits, 16), 1);
    assert_int_equal(hits[0].rule, sv_score_find_rule(m, "timeout"));
    sv_score_free(m);
}

static void test_overrides(void **state)
{
    (void)state;
    sv_ScoreModel *base = t_score_file("tests/scoring/test_rules.json");
    sv_ScoreModel *m = sv_score_clone(base);
    assert_non_null(m);
    sv_PackScoreEntry w[] = {{"empathy", 0, "/scoring/weights/empathy"},
                             {"sarcasm", 200, "/scoring/weights/sarcasm"}};
    sv_PackScoreEntry off[] = {{"timeout", 0, NULL}};
    sv_ScoreOverrides ov = {
        .file = "pack.json", .weights = w, .weight_count = 2, .disable = off, .disable_count = 1};
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_score_apply_overrides(m, &ov, &d), SV_OK);
    assert_int_equal(d.count, 0);
    sv_ScoreHit hits[16];
    int32_t meters[SV_METER_COUNT] = {500, 500, 500, 0};
    size_t n = fire_reply(m, (1u << SV_TAG_EMPATHY) | (1u << SV_TAG_SARCASM), meters, hits);
    assert_int_equal(n, 2);
    /* weight 0: the rule still fires (and is explained) but moves nothing */
    for (int k = 0; k < SV_METER_COUNT; k++) {
        assert_int_equal(hits[0].raw[k], 0);
        assert_int_equal(hits[0].applied[k], 0);
    }
    /* weight 2: the raw contribution doubles */
    assert_int_equal(hits[1].raw[SV_METER_REPUTATION], -160 * (int64_t)U);
    assert_int_equal(hits[1].raw[SV_METER_MOOD], -240 * (int64_t)U);
    /* disabled: never fires */
    sv_ScoreContext c;
    memset(&c, 0, sizeof c);
    c.trigger = SV_TRIGGER_TIMEOUT;
    int64_t frac[SV_METER_COUNT] = {0};
    assert_int_equal(sv_score_fire(m, &c, meters, frac, hits, 16), 0);
    /* the shared model is untouched */
    assert_int_equal(base->rules[sv_score_find_rule(base, "sarcasm")].weight, 100);
    assert_false(base->rules[sv_score_find_rule(base, "timeout")].disabled);
    sv_score_free(m);

    /* errors: every one reported, located in the manifest, nothing applied */
    const char *manifest = "{\n  \"scoring\": {\n    \"weights\": {\"empathy\": 1.5, \"nope\": 2, "
                           "\"sarcasm\": 11},\n    \"disable\": [\"gone\"]\n  }\n}\n";
    sv_PackScoreEntry bad[] = {{"empathy", 150, "/scoring/weights/empathy"},
                               {"nope", 200, "/scoring/weights/nope"},
                               {"sarcasm", 1100, "/scoring/weights/sarcasm"}};
    sv_PackScoreEntry gone[] = {{"gone", 0, "/scoring/disable/0"}};
    /* as the pack loader keeps them */
    sv_Pack pack = {.manifest_file = "pack.json",
                    .manifest_bytes = manifest,
                    .manifest_len = strlen(manifest),
                    .score_weights = bad,
                    .score_weight_count = 3,
                    .score_disable = gone,
                    .score_disable_count = 1};
    assert_int_equal(sv_score_apply_pack(base, &pack, &d), SV_ERR_INVALID);
    t_print_diags(&d);
    assert_int_equal(d.errors, 3);
    assert_string_equal(d.items[0].pointer, "/scoring/weights/nope");
    assert_non_null(strstr(d.items[0].message, "no rule 'nope'"));
    assert_int_equal(d.items[0].line, 3);
    assert_string_equal(d.items[1].pointer, "/scoring/weights/sarcasm");
    assert_non_null(strstr(d.items[1].message, "weight must be between 0 and 10, not 11"));
    assert_string_equal(d.items[2].pointer, "/scoring/disable/0");
    assert_int_equal(d.items[2].line, 4);
    assert_int_equal(base->rules[sv_score_find_rule(base, "empathy")].weight, 100);
    sv_diag_free(&d);
    sv_score_free(base);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_test_rules),
        cmocka_unit_test(test_default_model_loads),
        cmocka_unit_test(test_scoring_md_covers_the_model),
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test(test_parse_collects_every_error),
        cmocka_unit_test(test_vocabulary_names),
        cmocka_unit_test(test_curve_exact),
        cmocka_unit_test(test_curve_never_fills),
        cmocka_unit_test(test_curve_symmetric),
        cmocka_unit_test(test_reach_is_additive),
        cmocka_unit_test(test_tenths_and_figure),
        cmocka_unit_test(test_conditions_hold),
        cmocka_unit_test(test_order),
        cmocka_unit_test(test_fire),
        cmocka_unit_test(test_overrides),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
