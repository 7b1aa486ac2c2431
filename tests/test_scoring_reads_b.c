/* The scoring model reads the situation, items 10-17: asking when facts are
 * missing and the remedy group's cap, one wrong part in a composed reply,
 * penalties at low meters, the cost of doing nothing in the debrief, ORDER,
 * honesty from facts rather than tags, canned words, SWITCH and
 * ONSTAGE-OFFSTAGE. As in test_scoring_reads_a.c: scenario files from
 * tests/scoring/situations played in real sessions with the default model,
 * candidates judged with sv_score_whatif once their decision has closed, and
 * each item shown both ways. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"
#include "svara/debrief.h"
#include "svara/profile.h"

/* ---- 10: asking when facts are missing; remedies do not stack
 * ------------------------------------- */

/* Whether the blender arrived broken is not known: asking is worth at least
 * as much as the best remedy offered blind, reply for reply (each of these
 * options apologises and does one thing). */
static void test_ask_when_facts_missing(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "ask_missing");
    rd_Run r;
    rd_play_one(&r, &sit, "ask", 10, "d", "o-ask");
    rd_Judged ask, remedies[3];
    const char *blind[3] = {"o-replace", "o-explain", "o-promise"};
    rd_judge_option(&r, "d", "o-ask", &ask);
    size_t best = 0;
    for (size_t i = 0; i < 3; i++) {
        rd_judge_option(&r, "d", blind[i], &remedies[i]);
        EXPECT_HIT(&remedies[i], "remedy-offered-blind", &ask);
        if (remedies[i].value > remedies[best].value) best = i;
    }
    EXPECT_HIT(&ask, "ask-for-facts", &remedies[best]);
    EXPECT_HIT(&ask, "ask-when-facts-missing", &remedies[best]);
    EXPECT_NO_HIT(&ask, "remedy-offered-blind", &remedies[best]);
    if (ask.value < remedies[best].value) {
        char a[32], b[32];
        print_error("asking (%s) should be worth at least the best blind remedy (%s)\n",
                    rd_points(ask.value, a), rd_points(remedies[best].value, b));
        rd_print(&ask);
        rd_print(&remedies[best]);
    }
    assert_true(ask.value >= remedies[best].value);

    /* played: the question was asked, and its answer is known afterwards */
    EXPECT_FIRED(&r, "ask-when-facts-missing", SV_TRIGGER_REPLY, "d");
    assert_true(r.s.fact_known[sv_scenario_find_fact(&sit.sc, "broken")]);
    rd_stop(&r);
    rd_play_one(&r, &sit, "replace blind", 10, "d", "o-replace");
    EXPECT_FIRED(&r, "remedy-offered-blind", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same, against the best blind remedy the decision offers at all: the
 * composition the debrief's search finds best. */
static void test_ask_beats_any_blind_remedy(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "ask_missing");
    rd_Run r;
    rd_play_one(&r, &sit, "ask", 10, "d", "o-ask");
    rd_run_out(&r);
    sv_Debrief db;
    assert_int_equal(sv_debrief_build(&r.s, rd_model(), SV_LANG_EN, &db), SV_OK);
    assert_true(db.decision_count == 1 && db.decisions[0].has_best_composed);
    const sv_DebriefReply *top = &db.decisions[0].best_composed;
    char parts[512] = "";
    size_t len = 0;
    for (uint8_t i = 0; i < top->part_count && len < sizeof parts; i++)
        len += (size_t)snprintf(parts + len, sizeof parts - len, "%s%s", i ? " " : "",
                                sit.sc.parts[top->parts[i]].id);
    sv_debrief_free(&db);
    rd_Judged ask, composed;
    rd_judge_option(&r, "d", "o-ask", &ask);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, parts, &composed);
    rd_stop(&r);
    rd_unload(&sit);
    EXPECT_HIT(&composed, "remedy-offered-blind", &ask);
    /* a fix or an explanation for a complaint nobody has verified earns
     * nothing yet, so piling them on does not outrank the question */
    EXPECT_BEATS(&ask, &composed);
}

static int32_t group_of(const char *id)
{
    const sv_ScoreModel *m = rd_model();
    for (uint32_t g = 0; g < m->group_count; g++)
        if (strcmp(m->groups[g].id, id) == 0) return (int32_t)g;
    print_error("the model has no group '%s'\n", id);
    fail();
    return -1;
}

/* Every remedy part in one reply, offered knowing the complaint is true, gains
 * no more from the group's rules than its cap. */
static void test_remedies_do_not_stack(void **state)
{
    (void)state;
    const sv_ScoreModel *m = rd_model();
    int32_t g = group_of("remedy");
    rd_Situation sit;
    rd_load(&sit, "remedies_known");
    rd_Run r;
    const char *all = "p-sorry p-explain p-replace p-promise p-contact";
    rd_start(&r, &sit, "every remedy");
    rd_compose(&r, 10, "d", SV_VIS_PUBLIC, all);
    rd_Judged every;
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, all, &every);
    int64_t gained[SV_METER_COUNT] = {0}, uncapped[SV_METER_COUNT] = {0};
    int rules = 0;
    for (size_t i = 0; i < every.n; i++) {
        const sv_ScoreRule *rule = &m->rules[every.hits[i].rule];
        if (rule->group != g) continue;
        rules++;
        for (int k = 0; k < SV_METER_COUNT; k++) {
            if (every.hits[i].raw[k] > 0) gained[k] += every.hits[i].raw[k];
            if (rule->effects[k] > 0)
                uncapped[k] += (int64_t)rule->effects[k] * rule->weight * 60; /* a whole firing */
        }
    }
    bool binds = false, ok = rules >= 3;
    for (int k = 0; k < SV_METER_COUNT; k++) {
        int64_t cap = (int64_t)m->groups[g].cap[k] * SV_SCORE_UNIT;
        if (cap <= 0) continue;
        if (gained[k] > cap) ok = false;
        if (uncapped[k] > cap) binds = true;
        print_message("  %s: the group gains %.2f of %.2f, uncapped %.2f\n",
                      sv_meter_name((sv_Meter)k), (double)gained[k] / SV_SCORE_UNIT / 10.0,
                      (double)cap / SV_SCORE_UNIT / 10.0,
                      (double)uncapped[k] / SV_SCORE_UNIT / 10.0);
    }
    if (!ok || !binds) rd_print(&every);
    assert_true(ok);    /* the cap holds */
    assert_true(binds); /* and there was more to cap: the reply does pile remedies on */
    /* the session applies the same cap */
    int64_t fired = 0;
    for (size_t i = 0; i < r.s.score->firing_count; i++) {
        const sv_Firing *f = &r.s.score->firings[i];
        if (m->rules[f->rule].group == g && f->raw[SV_METER_MOOD] > 0)
            fired += f->raw[SV_METER_MOOD];
    }
    assert_true(fired <= (int64_t)m->groups[g].cap[SV_METER_MOOD] * SV_SCORE_UNIT);
    rd_stop(&r);
    rd_unload(&sit);
}

/* ---- 11: one wrong part
 * --------------------------------------------------------------------------- */

/* Four good parts and a sarcastic one: the good parts keep their rules, and
 * the reply lands between the four alone and the jibe alone. */
static void test_one_wrong_part(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "one_wrong_part");
    rd_Run r;
    rd_start(&r, &sit, "with the jibe");
    rd_compose(&r, 10, "d", SV_VIS_PUBLIC, "p-ack p-sorry p-explain p-fix p-jibe");
    rd_Judged four, five, jibe;
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-ack p-sorry p-explain p-fix", &four);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-ack p-sorry p-explain p-fix p-jibe", &five);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-jibe", &jibe);
    EXPECT_BETTER(&four, "personal-reply", &five, "sarcastic-reply");
    EXPECT_BEATS(&five, &jibe);
    EXPECT_HIT(&five, "sincere-apology", &four);
    EXPECT_HIT(&five, "explanation-given", &four);
    EXPECT_HIT(&jibe, "sarcastic-reply", &five);
    EXPECT_FIRED(&r, "sincere-apology", SV_TRIGGER_REPLY, "d");
    EXPECT_FIRED(&r, "explanation-given", SV_TRIGGER_REPLY, "d");
    EXPECT_FIRED(&r, "sarcastic-reply", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_unload(&sit);
}

/* ---- 12: penalties at low meters
 * ---------------------------------------------------------------------- */

/* A good and a bad answer, judged from a run that started at reputation `rep` (percent). */
static void judge_at(int32_t rep, rd_Judged *good, rd_Judged *bad)
{
    rd_Situation sit;
    rd_load(&sit, "low_meters");
    sit.sc.meters_initial[SV_METER_REPUTATION] = rep * 10; /* the same story, another start */
    rd_Run r;
    rd_play_one(&r, &sit, rep < 10 ? "reputation 3" : "reputation 60", 10, "d", "o-good");
    /* the note the what-if starts from: the start, less ten seconds of the post standing */
    assert_in_range(r.s.score->notes[rd_decision(&sit, "d")].meters[SV_METER_REPUTATION],
                    rep * 10 - 20, rep * 10);
    rd_judge_option(&r, "d", "o-good", good);
    rd_judge_option(&r, "d", "o-bad", bad);
    rd_stop(&r);
    rd_unload(&sit);
}

static void test_low_meters(void **state)
{
    (void)state;
    rd_Judged good60, bad60, good3, bad3;
    judge_at(60, &good60, &bad60);
    judge_at(3, &good3, &bad3);
    EXPECT_BETTER(&good60, "order-confirm-then-act", &bad60, "false-denial");
    EXPECT_BETTER(&good3, "order-confirm-then-act", &bad3, "false-denial");
    int64_t gap60 = good60.value - bad60.value, gap3 = good3.value - bad3.value;
    if (gap60 != gap3) {
        char a[32], b[32];
        print_error("the gap is %s at reputation 60 but %s at 3\n", rd_points(gap60, a),
                    rd_points(gap3, b));
        rd_print(&good60), rd_print(&bad60), rd_print(&good3), rd_print(&bad3);
    }
    assert_true(gap60 == gap3);
    assert_true(rd_rule_value(&bad3, "false-denial") == rd_rule_value(&bad60, "false-denial"));
}

/* ---- 13: the cost of doing nothing
 * ---------------------------------------------------------------------- */

static const sv_DebriefDecision *debriefed(const sv_Debrief *d, int32_t decision)
{
    for (size_t i = 0; i < d->decision_count; i++)
        if (d->decisions[i].decision == decision) return &d->decisions[i];
    fail_msg("decision %d is not in the debrief", decision);
    return NULL;
}

static bool has_trigger(const rd_Judged *j, sv_Trigger t)
{
    for (size_t i = 0; i < j->n; i++)
        if (j->hits[i].trigger == t && sv_score_value(&j->hits[i], 1) < 0) return true;
    return false;
}

/* Letting the deadline pass is given a value that counts the post standing
 * and the end-of-run verdict, below a template apology's. */
static void test_cost_of_nothing(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "doing_nothing");
    rd_Run r;
    rd_start(&r, &sit, "silence");
    rd_run_out(&r);
    int32_t d = rd_decision(&sit, "d");
    assert_int_equal(r.s.decision_state[d], SV_DEC_TIMED_OUT);
    rd_Judged nothing, canned;
    rd_judge_timeout(&r, "d", &nothing);
    rd_judge_option(&r, "d", "o-template", &canned);
    /* both judged at the deadline, where the decision closed */
    EXPECT_BETTER(&canned, "stays-professional", &nothing, "unanswered-complaint-spreads");
    EXPECT_HIT(&canned, "template-reply", &nothing); /* mediocre indeed */
    EXPECT_HIT(&nothing, "deadline-passed-on-complaint", &canned);
    EXPECT_HIT(&nothing, "unanswered-complaint-at-end", &canned);
    assert_true(has_trigger(&nothing, SV_TRIGGER_TICK));
    assert_true(has_trigger(&nothing, SV_TRIGGER_END));

    sv_Debrief db;
    assert_int_equal(sv_debrief_build(&r.s, rd_model(), SV_LANG_EN, &db), SV_OK);
    const sv_DebriefDecision *dd = debriefed(&db, d);
    int64_t timeout_only = 0; /* what the played answer's own (timeout) rules are worth */
    for (uint32_t i = 0; i < dd->played.hits_count; i++) {
        const sv_DebriefHit *h = &db.hits[dd->played.hits_start + i];
        int64_t tenths = 2 * h->raw[SV_METER_REPUTATION] + h->raw[SV_METER_SENTIMENT] +
                         h->raw[SV_METER_MOOD] - h->raw[SV_METER_REACH] / 100;
        timeout_only += tenths * SV_SCORE_UNIT;
    }
    char p[32], t[32], c[32];
    print_message("  the debrief's played figure %s (its timeout rules alone %s), a template %s\n",
                  rd_points(nothing.value, p), rd_points(timeout_only, t),
                  rd_points(canned.value, c));
    assert_int_equal(dd->played.figure, sv_score_value_hundredths(nothing.value));
    assert_true(dd->played.hits_count > 0);
    assert_true(nothing.value < timeout_only); /* the ticks and the end are in it */
    assert_true(dd->played.figure < sv_score_value_hundredths(canned.value));
    assert_false(dd->played_is_best);
    sv_debrief_free(&db);

    EXPECT_FIRED_ABOUT(&r, "unanswered-complaint-spreads", SV_TRIGGER_TICK, "complaint");
    EXPECT_FIRED_ABOUT(&r, "unanswered-complaint-at-end", SV_TRIGGER_END, "complaint");
    EXPECT_FIRED(&r, "deadline-passed-on-complaint", SV_TRIGGER_TIMEOUT, "d");
    rd_stop(&r);
    rd_unload(&sit);
}

/* ---- 14: ORDER
 * ----------------------------------------------------------------------------------------- */

/* A greeting first and "sorry - you're right" keep the order; explaining
 * before acknowledging, or explaining with nothing that owns the problem,
 * break it. */
static void test_order(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "order");
    rd_Run r;
    rd_start(&r, &sit, "sorry - you're right");
    rd_compose(&r, 10, "d", SV_VIS_PUBLIC, "p-sorry p-ack p-explain p-fix");
    rd_Judged greeting, sorry_right, explain_first, excuse;
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-hi p-ack p-sorry p-explain p-fix", &greeting);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-sorry p-ack p-explain p-fix", &sorry_right);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-explain p-ack p-sorry p-fix", &explain_first);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-hi p-explain p-fix", &excuse);
    EXPECT_BETTER(&greeting, "order-confirm-then-act", &explain_first, "order-broken");
    EXPECT_BETTER(&sorry_right, "order-confirm-then-act", &explain_first, "order-broken");
    EXPECT_BETTER(&sorry_right, "order-confirm-then-act", &excuse, "order-broken");
    EXPECT_NO_HIT(&greeting, "order-broken", &sorry_right);
    EXPECT_FIRED(&r, "order-confirm-then-act", SV_TRIGGER_REPLY, "d");
    EXPECT_NOT_FIRED(&r, "order-broken", -1, NULL);
    rd_stop(&r);

    rd_start(&r, &sit, "explain first");
    rd_compose(&r, 10, "d", SV_VIS_PUBLIC, "p-explain p-ack p-sorry p-fix");
    EXPECT_FIRED(&r, "order-broken", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_start(&r, &sit, "an excuse");
    rd_compose(&r, 10, "d", SV_VIS_PUBLIC, "p-hi p-explain p-fix");
    EXPECT_FIRED(&r, "order-broken", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_unload(&sit);
}

/* ---- 15: honesty from facts
 * ------------------------------------------------------------------------------ */

/* No option has a tag: denying the true claim, confirming the false fact and
 * stating the unknown one are judged from the facts alone. */
static void test_honesty_from_facts(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "honest_facts");
    for (uint32_t o = 0; o < sit.sc.option_count; o++) assert_int_equal(sit.sc.options[o].tags, 0);
    rd_Run r;
    rd_play_one(&r, &sit, "honest", 10, "d", "o-honest");
    rd_Judged honest, bad[3];
    const char *warned[3] = {"o-deny-true", "o-refund-today", "o-state-cause"};
    const char *penalty[3] = {"false-denial", "confirms-false-claim", "states-a-guess"};
    rd_judge_option(&r, "d", "o-honest", &honest);
    for (int i = 0; i < 3; i++) {
        rd_judge_option(&r, "d", warned[i], &bad[i]);
        EXPECT_BETTER(&honest, "honest-reply", &bad[i], penalty[i]);
        EXPECT_NO_HIT(&bad[i], "honest-reply", &honest);
        EXPECT_NO_HIT(&bad[i], "dishonest-reply", &honest);
        EXPECT_NO_HIT(&bad[i], "overpromise", &honest);
    }
    EXPECT_FIRED(&r, "honest-reply", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    for (int i = 0; i < 3; i++) {
        rd_play_one(&r, &sit, warned[i], 10, "d", warned[i]);
        EXPECT_FIRED(&r, penalty[i], SV_TRIGGER_REPLY, "d");
        rd_stop(&r);
    }
    rd_unload(&sit);
}

/* ---- 16: canned replies
 * ---------------------------------------------------------------------------------- */

/* The template tag costs; the same words to another customer with only the
 * name swapped cost without any tag; to the same customer elsewhere they do not. */
static void test_canned_replies(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "canned");
    assert_int_equal(sit.sc.options[rd_option(&sit, "o-per")].tags, 0);
    rd_Run r;
    rd_start(&r, &sit, "copy and paste");
    rd_choose(&r, 10, "d-anna", "o-anna");
    rd_choose(&r, 20, "d-anna-review", "o-anna-review");
    rd_choose(&r, 30, "d-per", "o-per");
    rd_Judged anna, tmpl, review, per_same, per_own;
    rd_judge_option(&r, "d-anna", "o-anna", &anna);
    rd_judge_option(&r, "d-anna", "o-template", &tmpl);
    rd_judge_option(&r, "d-anna-review", "o-anna-review", &review);
    rd_judge_option(&r, "d-per", "o-per", &per_same);
    rd_judge_option(&r, "d-per", "o-per-own", &per_own);
    EXPECT_BETTER(&anna, "personal-reply", &tmpl, "template-reply");
    EXPECT_BETTER(&per_own, "personal-reply", &per_same, "canned-text-repeated");
    EXPECT_NO_HIT(&per_same, "template-reply", &per_own);
    EXPECT_NO_HIT(&review, "canned-text-repeated", &per_same);
    EXPECT_HIT(&review, "personal-reply", &per_same);
    EXPECT_FIRED(&r, "canned-text-repeated", SV_TRIGGER_REPLY, "d-per");
    EXPECT_NOT_FIRED(&r, "canned-text-repeated", -1, "d-anna-review");
    EXPECT_NOT_FIRED(&r, "template-reply", -1, NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* ---- 17: SWITCH and ONSTAGE-OFFSTAGE
 * ------------------------------------------------------------------- */

/* Going private for the order details after a public answer with a solution
 * is rewarded with no tags; the same words before one are not; a private
 * message answered in public ranks below the private answer. */
static void test_switch_and_onstage(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "switch_onstage");
    assert_int_equal(sit.sc.options[rd_option(&sit, "o-dm")].tags, 0);
    rd_Run r;
    rd_start(&r, &sit, "public first, then private");
    rd_choose(&r, 10, "d-first", "o-solution");
    rd_choose(&r, 10, "d-lena", "o-lena-private");
    rd_choose(&r, 130, "d-details", "o-dm");
    rd_Judged solution, dm_now, dm_after, lena_private, lena_public;
    rd_judge_option(&r, "d-first", "o-solution", &solution);
    rd_judge_option(&r, "d-first", "o-dm-now", &dm_now);
    rd_judge_option(&r, "d-details", "o-dm", &dm_after);
    rd_judge_option(&r, "d-lena", "o-lena-private", &lena_private);
    rd_judge_option(&r, "d-lena", "o-lena-public", &lena_public);
    EXPECT_BETTER(&solution, "public-first-answer", &dm_now, "private-suggested-without-solution");
    EXPECT_BETTER(&dm_after, "switch-after-public-solution", &dm_now,
                  "private-suggested-without-solution");
    EXPECT_NO_HIT(&dm_now, "switch-after-public-solution", &dm_after);
    EXPECT_BETTER(&lena_private, "private-complainer-answered-privately", &lena_public,
                  "private-message-answered-in-public");
    EXPECT_FIRED(&r, "switch-after-public-solution", SV_TRIGGER_REPLY, "d-details");
    EXPECT_FIRED(&r, "private-complainer-answered-privately", SV_TRIGGER_REPLY, "d-lena");
    rd_stop(&r);

    rd_start(&r, &sit, "private first, Lena in public");
    rd_choose(&r, 10, "d-first", "o-dm-now");
    rd_choose(&r, 10, "d-lena", "o-lena-public");
    EXPECT_FIRED(&r, "private-suggested-without-solution", SV_TRIGGER_REPLY, "d-first");
    EXPECT_FIRED(&r, "private-message-answered-in-public", SV_TRIGGER_REPLY, "d-lena");
    rd_stop(&r);
    rd_unload(&sit);
}

/* The debrief's lessons: answering a private message in public teaches
 * ONSTAGE-OFFSTAGE, at the decision where it happened, costliest lesson
 * first; a decision played at its best teaches nothing. */
static void test_lessons(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "switch_onstage");
    rd_Run r;
    rd_start(&r, &sit, "a solution, then Lena's message answered in public");
    rd_choose(&r, 10, "d-first", "o-solution");
    rd_choose(&r, 10, "d-lena", "o-lena-public");
    rd_run_out(&r);
    sv_Debrief db;
    assert_int_equal(sv_debrief_build(&r.s, rd_model(), SV_LANG_EN, &db), SV_OK);
    bool onstage_lesson = false;
    for (size_t i = 0; i < db.lesson_count; i++) {
        const sv_DebriefLesson *l = &db.lessons[i];
        assert_true(l->cost >= SV_DEBRIEF_LESSON_MIN);
        if (i) assert_true(l->cost <= db.lessons[i - 1].cost);
        if (l->decision >= 0) /* d-first was played at its best */
            assert_int_not_equal(db.decisions[l->decision].decision, rd_decision(&sit, "d-first"));
        if (l->principle != SV_PRINCIPLE_ONSTAGE_OFFSTAGE) continue;
        onstage_lesson = true;
        assert_true(l->decision >= 0);
        assert_int_equal(db.decisions[l->decision].decision, rd_decision(&sit, "d-lena"));
    }
    if (!onstage_lesson)
        for (size_t i = 0; i < db.lesson_count; i++)
            print_error("lesson %zu: %s\n", i, sv_principle_name(db.lessons[i].principle));
    assert_true(onstage_lesson);
    sv_debrief_free(&db);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The FAST lesson in a run whose only decision opens at 90 s and is answered
 * at t_s; the standing hit of the complaint's spread in *hit. */
static int64_t fast_lesson(const rd_Situation *sit, uint32_t t_s, sv_DebriefHit *hit,
                           uint16_t *fast_broken)
{
    rd_Run r;
    rd_start(&r, sit, "answered at t_s");
    rd_choose(&r, t_s, "d-late", "o-sorry");
    rd_run_out(&r);
    sv_Profile p;
    sv_profile_init(&p, "Ada", 0);
    assert_int_equal(sv_profile_add_run(&p, &r.s, "test", "1", 0), SV_OK);
    *fast_broken = p.runs[0].broken[SV_PRINCIPLE_FAST];
    sv_profile_free(&p);
    sv_Debrief db;
    assert_int_equal(sv_debrief_build(&r.s, rd_model(), SV_LANG_EN, &db), SV_OK);
    int32_t spreads = rd_rule("unanswered-complaint-spreads");
    bool found = false;
    for (uint32_t i = db.standing_start; i < db.standing_start + db.standing_count; i++)
        if (db.hits[i].rule == spreads) *hit = db.hits[i], found = true;
    assert_true(found);
    int64_t cost = 0;
    for (size_t i = 0; i < db.lesson_count; i++)
        if (db.lessons[i].principle == SV_PRINCIPLE_FAST) cost = db.lessons[i].cost;
    sv_debrief_free(&db);
    rd_stop(&r);
    return cost;
}

/* A complaint stands 90 s before the decision about it opens: the meters
 * still move (it spread), but the lessons and the skills count only the time
 * the player let pass after that (FAST is about the answerer's delay). */
static void test_lessons_count_from_opening(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "before_open");
    sv_DebriefHit at_open, later;
    uint16_t broken_at_open, broken_later;
    int64_t none = fast_lesson(&sit, 90, &at_open, &broken_at_open);
    int64_t some = fast_lesson(&sit, 180, &later, &broken_later);
    /* answered the moment it could be: 90 s of spread, none of it a lesson */
    assert_int_equal(at_open.count, 90);
    assert_int_equal(at_open.before_open, 90);
    assert_true(sv_debrief_worth(at_open.applied) < 0);
    assert_int_equal(none, 0);
    assert_int_equal(broken_at_open, 0); /* nor does it count against FAST in the skills */
    /* answered 90 s after it opened: those 90 s teach FAST, the first 90 do not */
    assert_int_equal(later.count, 180);
    assert_int_equal(later.before_open, 90);
    assert_true(some >= SV_DEBRIEF_LESSON_MIN);
    assert_int_equal(some, -sv_debrief_worth(later.raw) * 90 / 180);
    assert_true(broken_later > 0);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ask_when_facts_missing),
        cmocka_unit_test(test_ask_beats_any_blind_remedy),
        cmocka_unit_test(test_remedies_do_not_stack),
        cmocka_unit_test(test_one_wrong_part),
        cmocka_unit_test(test_low_meters),
        cmocka_unit_test(test_cost_of_nothing),
        cmocka_unit_test(test_order),
        cmocka_unit_test(test_honesty_from_facts),
        cmocka_unit_test(test_canned_replies),
        cmocka_unit_test(test_switch_and_onstage),
        cmocka_unit_test(test_lessons),
        cmocka_unit_test(test_lessons_count_from_opening),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
