/* The situations, runs and checks shared by test_principles_a.c and
 * test_principles_b.c (see principles_support.h): hand-built scenes played
 * through real sessions with the default scoring model, and assertions that
 * print every firing when they fail. */
#include "principles_support.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "build_scenario.h"
#include "score_internal.h" /* judging: white-box */
#include "score_support.h"
#include "svara/score.h"

static sv_ScoreModel *M; /* the default model */

int pr_setup(void **state)
{
    (void)state;
    M = t_score_file("assets/scoring/default.json");
    return 0;
}

int pr_teardown(void **state)
{
    (void)state;
    sv_score_free(M);
    return 0;
}

/* ---- building situations --------------------------------------------------------------------- */

/* A ready-made reply (or action) of decision d. */
int32_t pr_opt(int32_t d, const char *id, const char *words, sv_TagSet tags)
{
    int32_t o = b_option(d, id, -1, NOFX);
    B.options[o].text = b_text(words);
    B.options[o].tags = tags;
    return o;
}

int32_t pr_action(int32_t d, const char *id, sv_Action a, sv_Visibility vis, int32_t target)
{
    int32_t o = pr_opt(d, id, id, 0);
    B.options[o].action = a;
    B.options[o].visibility = vis;
    B.options[o].target = target;
    return o;
}

void pr_shape(int32_t o, size_t n, const sv_PartKind *kinds)
{
    B.options[o].structure_count = (uint8_t)n;
    for (size_t i = 0; i < n; i++) B.options[o].structure[i] = (uint8_t)kinds[i];
}

int32_t pr_part(int32_t d, const char *id, sv_PartKind kind, const char *words, sv_TagSet tags)
{
    int32_t p = b_part(d, id, -1, NOFX);
    B.parts[p].kind = kind;
    B.parts[p].text = b_text(words);
    B.parts[p].tags = tags;
    return p;
}

int32_t pr_post(const char *id, int32_t at_ms, int32_t channel, int32_t author, sv_Valence valence,
                const char *words)
{
    int32_t p = b_post(id, at_ms, 0, -1);
    B.posts[p].channel = channel;
    B.posts[p].author = author;
    B.posts[p].valence = valence;
    B.posts[p].text = b_text(words);
    return p;
}

int32_t pr_decision(const char *id, int32_t at_ms, uint32_t deadline_ms, int32_t about)
{
    int32_t d = b_decision(id, at_ms, deadline_ms, -1);
    B.decisions[d].about = about;
    return d;
}

/* The usual situation: Maja's true complaint on the watched public feed at 0 s,
 * a decision about it open for five minutes, a run of at most ten. Options
 * and parts of `d` are added by each test. */
Scene pr_scene(void)
{
    Scene t;
    b_reset(600000);
    b_ending("end", -1);
    t.feed = b_channel("feed", SV_CHANNEL_FEED, true);
    t.maja = b_persona("maja", SV_ROLE_COMPLAINER);
    t.complaint =
        pr_post("complaint", 0, t.feed, t.maja, SV_VALENCE_NEGATIVE,
                "My parcel was marked delivered yesterday, but it never came. Great job.");
    t.d = pr_decision("d", 0, 300000, t.complaint);
    return t;
}

/* ---- playing --------------------------------------------------------------------------------- */

static void start_with(Run *r, const char *name, const sv_ScoreModel *m)
{
    r->name = name;
    b_start(&r->s, 1);
    assert_int_equal(sv_session_set_model(&r->s, m, SV_LANG_EN), SV_OK);
}

void pr_start(Run *r, const char *name) { start_with(r, name, M); }

static void check_input(const Run *r, sv_InputResult res, const char *what, uint32_t t_ms)
{
    if (res != SV_INPUT_OK)
        print_message("%s: %s at %u ms: %s\n", r->name, what, t_ms, sv_input_result_text(res));
    assert_int_equal(res, SV_INPUT_OK);
}

void pr_choose_at(Run *r, uint32_t t_ms, int32_t d, int32_t o)
{
    sv_session_advance(&r->s, t_ms);
    check_input(r, b_choose(&r->s, d, o), B.options[o].id, t_ms);
}

void pr_compose_at(Run *r, uint32_t t_ms, int32_t d, sv_Visibility vis, size_t n,
                   const int32_t *parts)
{
    sv_session_advance(&r->s, t_ms);
    check_input(r, b_compose(&r->s, d, vis, n, parts), "composing", t_ms);
}

void pr_finish(Run *r)
{
    sv_session_run_out(&r->s);
    assert_true(r->s.ended);
}

void pr_done(Run *r) { sv_session_free(&r->s); }

/* ---- figures --------------------------------------------------------------------------------- */

#define HUNDREDTH (SV_SCORE_UNIT / 10) /* raw units in a hundredth of a point */

/* A raw contribution as the debrief's figure, in hundredths of a point. */
static int64_t raw_figure(const int64_t raw[SV_METER_COUNT])
{
    int64_t units = 2 * raw[SV_METER_REPUTATION] + raw[SV_METER_SENTIMENT] + raw[SV_METER_MOOD] -
                    raw[SV_METER_REACH] / 100;
    return units / HUNDREDTH;
}

/* The whole run's figure: from the scenario's starting meters to the end. */
static int64_t run_figure(const Run *r)
{
    const int64_t zero[SV_METER_COUNT] = {0};
    return sv_score_figure_hundredths(
        sv_score_figure(B.sc.meters_initial, zero, r->s.meters, r->s.meter_frac));
}

const char *pr_points(int64_t hundredths, char *buf, size_t size)
{
    int64_t a = hundredths < 0 ? -hundredths : hundredths;
    snprintf(buf, size, "%s%lld.%02lld", hundredths < 0 ? "-" : "+", (long long)(a / 100),
             (long long)(a % 100));
    return buf;
}

static const sv_ScoreRule *rule_of(const Run *r, const sv_Firing *f)
{
    return &r->s.score->model->rules[f->rule];
}

static void list_firings(const Run *r, sv_PrincipleSet only)
{
    for (size_t i = 0; i < r->s.score->firing_count; i++) {
        const sv_Firing *f = &r->s.score->firings[i];
        const sv_ScoreRule *rule = rule_of(r, f);
        if (only && !(rule->principles & only)) continue;
        char buf[32];
        print_message("    %s: %6u ms %-8s %-40s %s\n", r->name, f->t_ms,
                      sv_trigger_name((sv_Trigger)f->trigger), rule->id,
                      pr_points(raw_figure(f->raw), buf, sizeof buf));
    }
}

/* A rule tagged with principle p fired in the run with a figure of the given sign. */
void pr_expect_principle(const Run *r, sv_Principle p, int sign)
{
    bool found = false;
    for (size_t i = 0; i < r->s.score->firing_count; i++) {
        const sv_Firing *f = &r->s.score->firings[i];
        int64_t fig = raw_figure(f->raw);
        if ((rule_of(r, f)->principles & (1u << p)) && (sign > 0 ? fig > 0 : fig < 0)) found = true;
    }
    if (!found) {
        print_message("%s: expected a rule tagged %s with a %s figure; the %s rules that fired:\n",
                      r->name, sv_principle_name(p), sign > 0 ? "positive" : "negative",
                      sv_principle_name(p));
        list_firings(r, 1u << p);
    }
    assert_true(found);
}

/* The summed figure of a rule's firings (hundredths); *count how often it fired. */
int64_t pr_rule_total(const Run *r, const char *rule, int32_t decision, int *count)
{
    int32_t id = sv_score_find_rule(r->s.score->model, rule);
    if (id < 0) print_message("the model has no rule '%s'\n", rule);
    assert_true(id >= 0);
    int64_t sum = 0;
    *count = 0;
    for (size_t i = 0; i < r->s.score->firing_count; i++) {
        const sv_Firing *f = &r->s.score->firings[i];
        if (f->rule != id || (decision >= 0 && f->decision != decision)) continue;
        sum += raw_figure(f->raw);
        (*count)++;
    }
    return sum;
}

/* The rule fired, moving the figure the given way (sign 0: it never fired). */
void pr_expect_rule(const Run *r, const char *rule, int sign)
{
    int count;
    int64_t sum = pr_rule_total(r, rule, -1, &count);
    bool ok = sign == 0 ? count == 0 : count > 0 && (sign > 0 ? sum > 0 : sum < 0);
    if (!ok) {
        char buf[32];
        print_message("%s: expected rule %s %s; it fired %d times, figure %s. Every firing:\n",
                      r->name, rule,
                      sign == 0  ? "not to fire"
                      : sign > 0 ? "to fire with a positive figure"
                                 : "to fire with a negative figure",
                      count, pr_points(sum, buf, sizeof buf));
        list_firings(r, 0);
    }
    assert_true(ok);
}

/* The summed figure of the firings of principle p for one decision (-1: all). */
int64_t pr_principle_total(const Run *r, sv_Principle p, int32_t decision)
{
    int64_t sum = 0;
    for (size_t i = 0; i < r->s.score->firing_count; i++) {
        const sv_Firing *f = &r->s.score->firings[i];
        if ((rule_of(r, f)->principles & (1u << p)) && (decision < 0 || f->decision == decision))
            sum += raw_figure(f->raw);
    }
    return sum;
}

/* The recommended run ends with a better figure than the warned one. */
void pr_expect_better(const Run *good, const Run *bad)
{
    int64_t g = run_figure(good), b = run_figure(bad);
    char gb[32], bb[32];
    print_message("  %-34s %8s  >  %-34s %8s\n", good->name, pr_points(g, gb, sizeof gb), bad->name,
                  pr_points(b, bb, sizeof bb));
    if (g <= b) {
        print_message("  expected %s to end better than %s; their firings:\n", good->name,
                      bad->name);
        list_firings(good, 0);
        list_firings(bad, 0);
    }
    assert_true(g > b);
}

/* Both ways at once: good fires p for the better, bad for the worse, p's own
 * rules add up better for good, and good ends better. */
void pr_expect_both_ways(const Run *good, const Run *bad, sv_Principle p)
{
    pr_expect_principle(good, p, +1);
    pr_expect_principle(bad, p, -1);
    int64_t g = pr_principle_total(good, p, -1), b = pr_principle_total(bad, p, -1);
    if (g <= b) {
        char gb[32], bb[32];
        print_message("%s: the %s rules add up to %s for %s, not more than %s for %s:\n",
                      sv_principle_name(p), sv_principle_name(p), pr_points(g, gb, sizeof gb),
                      good->name, pr_points(b, bb, sizeof bb), bad->name);
        list_firings(good, 1u << p);
        list_firings(bad, 1u << p);
    }
    assert_true(g > b);
    pr_expect_better(good, bad);
}

/* ---- the praise scene (ALWAYS, THANK) -------------------------------------------------------- */

/* Ahmed praises a driver, Per asks when lockers close; two minutes to answer each. */
Praise pr_praise_scene(void)
{
    Praise t;
    b_reset(600000);
    b_ending("end", -1);
    int32_t feed = b_channel("feed", SV_CHANNEL_FEED, true);
    int32_t ahmed = b_persona("ahmed", SV_ROLE_FAN);
    int32_t per = b_persona("per", SV_ROLE_CUSTOMER);
    t.praise = pr_post("praise", 0, feed, ahmed, SV_VALENCE_POSITIVE,
                       "Shout-out to the driver who carried my sofa up four floors!");
    t.question = pr_post("question", 0, feed, per, SV_VALENCE_NEUTRAL,
                         "How late are the parcel lockers open on weekdays?");
    t.d_praise = pr_decision("d-praise", 0, 120000, t.praise);
    t.thanks = pr_opt(t.d_praise, "thanks", "Thank you, Ahmed! We'll tell Jonas, he'll be proud.",
                      TAG(PERSONAL));
    STRUCTURE(t.thanks, SV_PART_THANK);
    t.glad = pr_opt(t.d_praise, "glad", "Good to hear it arrived.", TAG(PERSONAL));
    STRUCTURE(t.glad, SV_PART_OTHER);
    t.skip_praise = pr_action(t.d_praise, "skip-praise", SV_ACTION_IGNORE, SV_VIS_PUBLIC, -1);
    t.d_question = pr_decision("d-question", 0, 120000, t.question);
    t.answer = pr_opt(t.d_question, "answer", "Until 22:00, Per, every weekday.",
                      TAG(INFORMATIVE) | TAG(FACTUAL));
    STRUCTURE(t.answer, SV_PART_EXPLAIN);
    t.skip_question = pr_action(t.d_question, "skip-question", SV_ACTION_IGNORE, SV_VIS_PUBLIC, -1);
    return t;
}

void pr_play_one(Run *r, const char *name, uint32_t t_ms, int32_t d, int32_t o)
{
    pr_start(r, name);
    pr_choose_at(r, t_ms, d, o);
    pr_finish(r);
}

void pr_expect_swap(const Run *good, const Run *bad, const char *reward, const char *penalty)
{
    pr_expect_rule(good, reward, +1);
    pr_expect_rule(good, penalty, 0);
    pr_expect_rule(bad, penalty, -1);
    pr_expect_rule(bad, reward, 0);
}
