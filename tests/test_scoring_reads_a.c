/* The scoring model reads the situation, items 1-9: claims partly true,
 * combined actions, an option's own delay, days-long timelines, promises with
 * due dates, history before the start, known versus true, false claims and
 * POLICY by substance. Each situation is a scenario file in
 * tests/scoring/situations, played in a real session with the default model;
 * candidates are judged with sv_score_whatif from the note the decision took
 * when it closed, and what fired is read from the session. Each item is shown
 * both ways: the recommended move beats the warned one, a rewarding rule fires
 * for the first and a penalising one for the second. Items the model does not
 * meet yet are written as they should be and skipped where they fail, with
 * what the model does instead. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"
#include "svara/debrief.h"

/* ---- 1: partly true claims ----------------------------------------------------------------------
 */

/* Late (true) and the wrong colour (false): confirm the one, deny the other. */
static void test_partly_true(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "partly_true");
    rd_Run r;
    rd_play_one(&r, &sit, "sort it out", 10, "d", "o-sort-out");
    rd_Judged good, deny_all, accept_all;
    rd_judge_option(&r, "d", "o-sort-out", &good);
    rd_judge_option(&r, "d", "o-deny-all", &deny_all);
    rd_judge_option(&r, "d", "o-accept-all", &accept_all);
    EXPECT_BETTER(&good, "order-deny-false-claim", &deny_all, "false-denial");
    EXPECT_BETTER(&good, "order-confirm-then-act", &accept_all, "confirms-false-claim");
    EXPECT_NO_HIT(&good, "confirms-false-claim", &accept_all);
    /* what the session itself fired for the played answer */
    EXPECT_FIRED(&r, "order-confirm-then-act", SV_TRIGGER_REPLY, "d");
    EXPECT_FIRED(&r, "order-deny-false-claim", SV_TRIGGER_REPLY, "d");
    EXPECT_NOT_FIRED(&r, "false-denial", -1, NULL);
    EXPECT_NOT_FIRED(&r, "confirms-false-claim", -1, NULL);
    rd_stop(&r);

    rd_play_one(&r, &sit, "deny both", 10, "d", "o-deny-all");
    EXPECT_FIRED(&r, "false-denial", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_play_one(&r, &sit, "accept both", 10, "d", "o-accept-all");
    EXPECT_FIRED(&r, "confirms-false-claim", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_unload(&sit);
}

/* ---- 2: combined actions ------------------------------------------------------------------------
 */

/* The reply of r's firing, which must be one of the session's replies. */
static const sv_Reply *reply_of(const rd_Run *r, const sv_Firing *f)
{
    assert_non_null(f);
    assert_true(f->reply >= 0 && (size_t)f->reply < r->s.reply_count);
    return &r->s.replies[f->reply];
}

/* A public correction and a report of the troll's post in one option: each
 * action is judged as it would be alone, and together as one answer. */
static void test_combined_actions(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "troll_combined");
    rd_Run r;
    rd_play_one(&r, &sit, "correct and report", 10, "d", "o-correct-report");
    rd_Judged both, correct, report, leave;
    rd_judge_option(&r, "d", "o-correct-report", &both);
    rd_judge_option(&r, "d", "o-correct", &correct);
    rd_judge_option(&r, "d", "o-report", &report);
    rd_judge_option(&r, "d", "o-leave", &leave);
    EXPECT_HIT(&both, "troll-reported", &report);
    EXPECT_HIT(&both, "order-deny-false-claim", &correct);
    EXPECT_BETTER(&both, "troll-corrected-and-reported", &correct, NULL);
    EXPECT_BETTER(&both, "troll-corrected-and-reported", &report, NULL);
    EXPECT_NO_HIT(&correct, "troll-reported", &both);
    EXPECT_NO_HIT(&report, "order-deny-false-claim", &both);
    /* leaving the rumour up lets it spread: the warned move */
    EXPECT_BETTER(&correct, "troll-corrected-calmly", &leave, "troll-claim-spreads");

    /* in the session, each step fired its own rules */
    const sv_Firing *f;
    assert_int_equal(rd_fired(&r, "troll-reported", SV_TRIGGER_REPLY, "d", &f), 1);
    assert_int_equal(reply_of(&r, f)->action, SV_ACTION_REPORT);
    assert_int_equal(rd_fired(&r, "order-deny-false-claim", SV_TRIGGER_REPLY, "d", &f), 1);
    assert_int_equal(reply_of(&r, f)->action, SV_ACTION_REPLY);
    assert_int_equal(rd_fired(&r, "troll-corrected-and-reported", SV_TRIGGER_REPLY, "d", &f), 1);
    assert_int_equal(reply_of(&r, f)->action, SV_ACTION_REPLY);
    /* the rumour spread only until the answer, ten seconds in */
    rd_run_out(&r);
    assert_int_equal(rd_fired_post(&r, "troll-claim-spreads", SV_TRIGGER_TICK, "troll-post", &f),
                     1);
    assert_true(f->last_ms <= 10000u);
    rd_stop(&r);

    rd_play_one(&r, &sit, "leave it", 10, "d", "o-leave");
    rd_run_out(&r);
    EXPECT_FIRED_ABOUT(&r, "troll-claim-spreads", SV_TRIGGER_TICK, "troll-post");
    rd_stop(&r);
    rd_unload(&sit);
}

/* ---- 3: an option's own delay
 * --------------------------------------------------------------------- */

/* A review site with a day to answer: checking for 15 minutes beats guessing
 * the cause now, and the wait is counted in the check's value. */
static void test_delay_worth_it(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "delay_review");
    rd_Run r;
    rd_play_one(&r, &sit, "check first", 60, "d", "o-check");
    rd_Judged check, guess;
    rd_judge_option(&r, "d", "o-check", &check);
    rd_judge_option(&r, "d", "o-guess", &guess);
    EXPECT_BETTER(&check, "checked-before-answering", &guess, "states-a-guess");
    EXPECT_HIT(&check, "unanswered-review-stands", &guess); /* the 15 minutes are not free */
    EXPECT_NO_HIT(&check, "states-a-guess", &guess);

    /* the reply goes out 15 minutes after the choice, knowing the cause */
    assert_false(r.s.fact_known[sv_scenario_find_fact(&sit.sc, "cause")]);
    rd_run_out(&r);
    const sv_Firing *f;
    assert_int_equal(rd_fired(&r, "checked-before-answering", SV_TRIGGER_REPLY, "d", &f), 1);
    assert_int_equal(f->t_ms, (60u + 900u) * 1000u);
    assert_true(r.s.fact_known[sv_scenario_find_fact(&sit.sc, "cause")]);
    EXPECT_NOT_FIRED(&r, "states-a-guess", -1, NULL);
    rd_stop(&r);

    rd_play_one(&r, &sit, "guess now", 60, "d", "o-guess");
    EXPECT_FIRED(&r, "states-a-guess", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_unload(&sit);
}

/* A public feed with two minutes to answer and a 30-minute check: the
 * complaint stands unanswered meanwhile, and a holding reply now wins. */
static void test_delay_too_slow(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "delay_feed");
    rd_Run r;
    rd_play_one(&r, &sit, "hold now", 30, "d", "o-hold");
    rd_Judged hold, slow;
    rd_judge_option(&r, "d", "o-hold", &hold);
    rd_judge_option(&r, "d", "o-slow-check", &slow);
    EXPECT_BETTER(&hold, "fast-first-reply", &slow, "unanswered-complaint-spreads");
    /* the check is still rewarded as a check: it loses on the wait alone */
    EXPECT_HIT(&slow, "checked-before-answering", &hold);
    EXPECT_NO_HIT(&slow, "fast-first-reply", &hold);
    for (size_t i = 0; i < slow.n; i++)
        if (slow.hits[i].rule == rd_rule("unanswered-complaint-spreads"))
            assert_int_equal(slow.hits[i].trigger, SV_TRIGGER_TICK);
    EXPECT_FIRED(&r, "fast-first-reply", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);

    /* played: the complaint stands from its post until the checked reply */
    rd_play_one(&r, &sit, "slow check", 30, "d", "o-slow-check");
    rd_run_out(&r);
    const sv_Firing *f;
    assert_int_equal(
        rd_fired_post(&r, "unanswered-complaint-spreads", SV_TRIGGER_TICK, "complaint", &f), 1);
    /* until the reply goes out: the last tick (every ten seconds) came before it */
    assert_int_equal(f->last_ms + 10000u, (30u + 1800u) * 1000u);
    EXPECT_FIRED(&r, "checked-before-answering", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_unload(&sit);
}

/* ---- 4: longer timelines
 * ---------------------------------------------------------------------------- */

/* Three days on a review site, a follow-up two days in: played to the end,
 * and cheap, since ticks stop while nothing stands unanswered. */
static void test_long_timeline(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "long_review");
    const uint32_t day = 86400u;
    rd_Run r;
    rd_play_one(&r, &sit, "answer both", 600, "d-review", "o-answer");
    rd_Judged answer, ignore;
    rd_judge_option(&r, "d-review", "o-answer", &answer);
    rd_judge_option(&r, "d-review", "o-ignore", &ignore);
    EXPECT_BETTER(&answer, "found-beyond-the-feed", &ignore, "unanswered-review-stands");
    EXPECT_HIT(&ignore, "missed-off-feed-criticism", &answer);

    int32_t update = rd_post(&sit, "update");
    sv_session_advance(&r.s, 2u * day * 1000u - 1u);
    assert_false(r.s.post_seen[update]);
    rd_choose(&r, 2u * day + 600u, "d-update", "o-update-answer");
    rd_run_out(&r);
    assert_true(r.s.post_seen[update]);
    assert_int_equal(r.s.post_ms[update], 2u * day * 1000u);
    assert_int_equal(r.s.now_ms, sit.sc.duration_ms);
    EXPECT_FIRED(&r, "found-beyond-the-feed", SV_TRIGGER_REPLY, "d-update");

    /* ticks ran for the first ten minutes only: nothing stood after that */
    uint32_t ticked = rd_tick_seconds(&r);
    for (size_t i = 0; i < r.s.score->firing_count; i++) {
        const sv_Firing *t = &r.s.score->firings[i];
        if (t->trigger != SV_TRIGGER_TICK) continue;
        if (t->last_ms > 600000u) rd_print_firings(&r);
        assert_true(t->last_ms <= 600000u);
    }
    if (ticked == 0 || ticked > 600u) rd_print_firings(&r);
    assert_in_range(ticked, 1, 600);
    /* and the meters, at rest after the answers, are not sampled every ten seconds */
    print_message("long timeline: %u tick seconds, %zu meter samples over %u s\n", ticked,
                  r.s.score->history_count, sit.sc.duration_ms / 1000u);
    assert_true(r.s.score->history_count < 1000u); /* every ten seconds would be 25920 */
    rd_stop(&r);

    /* ignored, the review's tick runs until its rule's limit, then stops */
    rd_play_one(&r, &sit, "ignore the review", 600, "d-review", "o-ignore");
    rd_choose(&r, 2u * day + 600u, "d-update", "o-update-answer");
    rd_run_out(&r);
    const sv_Firing *f;
    int32_t rule = rd_rule("unanswered-review-stands");
    assert_int_equal(rd_fired_post(&r, "unanswered-review-stands", SV_TRIGGER_TICK, "review", &f),
                     1);
    assert_int_equal(f->count, rd_model()->rules[rule].for_ms / 1000u);
    EXPECT_FIRED(&r, "ignored-on-purpose", SV_TRIGGER_REPLY, "d-review");
    rd_stop(&r);
    rd_unload(&sit);
}

/* ---- 5: promises with due dates
 * ------------------------------------------------------------------- */

static void expect_promise(const rd_Run *r, const char *decision, const char *verdict,
                           sv_Trigger trigger, uint32_t at_s)
{
    const sv_Firing *f;
    int n = rd_fired(r, verdict, (int)trigger, decision, &f);
    if (n != 1 || f->t_ms != at_s * 1000u) {
        print_error("%s: expected '%s' once for %s at %u s, got %d\n", r->name, verdict, decision,
                    at_s, n);
        rd_print_firings(r);
    }
    assert_int_equal(n, 1);
    assert_int_equal(f->t_ms, at_s * 1000u);
}

/* How many of rule's hits the debrief shows under decision id (NULL: among
 * the standing firings). */
static int debrief_hits(const rd_Run *r, const char *decision, const char *rule)
{
    sv_Debrief db;
    assert_int_equal(sv_debrief_build(&r->s, rd_model(), SV_LANG_EN, &db), SV_OK);
    uint32_t start = db.standing_start, count = db.standing_count;
    for (size_t i = 0; decision && i < db.decision_count; i++)
        if (db.decisions[i].decision == rd_decision(r->sit, decision)) {
            start = db.decisions[i].played.hits_start;
            count = db.decisions[i].played.hits_count;
        }
    int n = 0;
    for (uint32_t i = start; i < start + count; i++)
        if (strcmp(db.hits[i].rule_id, rule) == 0) n++;
    sv_debrief_free(&db);
    return n;
}

/* Promises due in an hour: kept by a follow-up 30 minutes later, broken at
 * the due time by one that comes after two hours; two threads, one by one. */
static void test_promises_due(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "promises");
    rd_Run r;
    rd_start(&r, &sit, "Maja on time, Per late");
    rd_choose(&r, 10, "d-maja", "o-maja-promise");
    rd_choose(&r, 10, "d-per", "o-per-promise");
    rd_choose(&r, 10 + 1800, "d-maja-follow", "o-maja-update");
    rd_Judged update, wait;
    rd_judge_option(&r, "d-maja-follow", "o-maja-update", &update);
    rd_judge_option(&r, "d-maja-follow", "o-maja-wait", &wait);
    EXPECT_BETTER(&update, "promise-kept", &wait, "promise-broken");
    rd_choose(&r, 10 + 7200, "d-per-follow", "o-per-update");
    rd_run_out(&r);
    expect_promise(&r, "d-maja", "promise-kept", SV_TRIGGER_KEPT, 10 + 1800);
    expect_promise(&r, "d-per", "promise-broken", SV_TRIGGER_PROMISE, 10 + 3600);
    EXPECT_NOT_FIRED(&r, "promise-broken", -1, "d-maja");
    EXPECT_NOT_FIRED(&r, "promise-kept", -1, "d-per");
    /* the debrief explains the kept promise where the player came back, and
     * the broken one among what stood */
    assert_int_equal(debrief_hits(&r, "d-maja-follow", "promise-kept"), 1);
    assert_int_equal(debrief_hits(&r, "d-maja", "promise-kept"), 0);
    assert_int_equal(debrief_hits(&r, NULL, "promise-kept"), 0);
    assert_int_equal(debrief_hits(&r, NULL, "promise-broken"), 1);
    rd_stop(&r);

    /* the other way round: each promise follows its own thread */
    rd_start(&r, &sit, "Maja late, Per on time");
    rd_choose(&r, 10, "d-maja", "o-maja-promise");
    rd_choose(&r, 10, "d-per", "o-per-promise");
    rd_choose(&r, 10 + 1800, "d-per-follow", "o-per-update");
    rd_choose(&r, 10 + 7200, "d-maja-follow", "o-maja-update");
    rd_run_out(&r);
    expect_promise(&r, "d-per", "promise-kept", SV_TRIGGER_KEPT, 10 + 1800);
    expect_promise(&r, "d-maja", "promise-broken", SV_TRIGGER_PROMISE, 10 + 3600);
    EXPECT_NOT_FIRED(&r, "promise-broken", -1, "d-per");
    EXPECT_NOT_FIRED(&r, "promise-kept", -1, "d-maja");
    rd_stop(&r);
    rd_unload(&sit);
}

/* A follow-up that only explains, in a thread the first reply already
 * acknowledged and apologised in, is news, not an excuse. */
static void test_follow_up_may_just_explain(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "promises");
    rd_Run r;
    rd_start(&r, &sit, "an explaining follow-up");
    rd_choose(&r, 10, "d-maja", "o-maja-promise");
    rd_choose(&r, 10 + 1800, "d-maja-follow", "o-maja-news");
    rd_Judged news;
    rd_judge_option(&r, "d-maja-follow", "o-maja-news", &news);
    rd_run_out(&r);
    EXPECT_NOT_FIRED(&r, "order-broken", -1, "d-maja-follow");
    expect_promise(&r, "d-maja", "promise-kept", SV_TRIGGER_KEPT, 10 + 1800);
    for (size_t i = 0; i < news.n; i++)
        assert_string_not_equal(rd_model()->rules[news.hits[i].rule].id, "order-broken");
    rd_stop(&r);
    rd_unload(&sit);
}

/* ---- 6: history
 * ----------------------------------------------------------------------------------- */

static int earlier_replies(const rd_Run *r)
{
    int n = 0;
    for (size_t i = 0; i < r->s.reply_count; i++) n += r->s.replies[i].prior != 0;
    return n;
}

/* Two public answers before the start make a third one cost; going private does not. */
static void test_history_twice(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "history_heated");
    rd_Run r;
    rd_play_one(&r, &sit, "go private", 10, "d", "o-private");
    assert_int_equal(earlier_replies(&r), 2);
    rd_Judged priv, third;
    rd_judge_option(&r, "d", "o-private", &priv);
    rd_judge_option(&r, "d", "o-third", &third);
    EXPECT_BETTER(&priv, "switch-after-public-solution", &third, "third-public-reply");
    EXPECT_NOT_FIRED(&r, "third-public-reply", -1, NULL);
    EXPECT_FIRED(&r, "switch-after-public-solution", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_play_one(&r, &sit, "a third public reply", 10, "d", "o-third");
    EXPECT_FIRED(&r, "third-public-reply", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_unload(&sit);
}

/* An earlier answer on the forum to the same complaint sets the policy. */
static void test_history_policy(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "history_policy");
    rd_Run r;
    rd_play_one(&r, &sit, "the same substance", 10, "d", "o-same");
    rd_Judged same, different;
    rd_judge_option(&r, "d", "o-same", &same);
    rd_judge_option(&r, "d", "o-different", &different);
    EXPECT_BETTER(&same, "consistent-across-channels", &different, "inconsistent-across-channels");
    EXPECT_FIRED(&r, "consistent-across-channels", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_play_one(&r, &sit, "a different substance", 10, "d", "o-different");
    EXPECT_FIRED(&r, "inconsistent-across-channels", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_unload(&sit);
}

/* A question the history answered is not left unanswered at the end; one it
 * did not answer is. */
static void test_history_answered(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "history_answered");
    rd_Run r;
    rd_start(&r, &sit, "leave both");
    rd_choose(&r, 10, "d-sunday", "o-sunday-leave");
    rd_choose(&r, 10, "d-address", "o-address-leave");
    rd_run_out(&r);
    EXPECT_FIRED_ABOUT(&r, "unanswered-question-at-end", SV_TRIGGER_END, "q-address");
    EXPECT_NOT_FIRED_ABOUT(&r, "unanswered-question-at-end", -1, "q-sunday");

    rd_Judged answer, leave, leave_answered;
    rd_judge_option(&r, "d-address", "o-address-answer", &answer);
    rd_judge_option(&r, "d-address", "o-address-leave", &leave);
    EXPECT_BETTER(&answer, "answered-neutral-informatively", &leave, "unanswered-question-at-end");
    rd_judge_option(&r, "d-sunday", "o-sunday-leave", &leave_answered);
    rd_stop(&r);
    rd_unload(&sit);
    /* the what-if agrees with the session: leaving an answered post costs no end verdict */
    EXPECT_NO_HIT(&leave_answered, "unanswered-question-at-end", &leave);
}

/* ---- 7: known versus true
 * --------------------------------------------------------------------------- */

/* The cause is true but unknown: saying it now is a guess; asking the
 * colleague first is not. A refund today is known false: promising it confirms
 * a false fact. */
static void test_known_versus_true(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "known_vs_true");
    int32_t cause = sv_scenario_find_fact(&sit.sc, "cause");
    assert_true(sit.sc.facts[cause].truth); /* the guess happens to be right */
    rd_Run r;
    rd_play_one(&r, &sit, "ask first", 10, "d", "o-ask-first");
    rd_Judged ask, guess, refund;
    rd_judge_option(&r, "d", "o-ask-first", &ask);
    rd_judge_option(&r, "d", "o-guess-right", &guess);
    rd_judge_option(&r, "d", "o-refund-today", &refund);
    EXPECT_BETTER(&ask, "checked-before-answering", &guess, "states-a-guess");
    EXPECT_BETTER(&ask, "asked-a-colleague", &refund, "confirms-false-claim");
    EXPECT_NO_HIT(&guess, "checked-before-answering", &ask);
    EXPECT_FIRED(&r, "asked-a-colleague", SV_TRIGGER_REPLY, "d");
    EXPECT_FIRED(&r, "checked-before-answering", SV_TRIGGER_REPLY, "d");
    EXPECT_NOT_FIRED(&r, "states-a-guess", -1, NULL);
    assert_true(r.s.fact_known[cause]);
    rd_stop(&r);

    rd_play_one(&r, &sit, "guess right", 10, "d", "o-guess-right");
    EXPECT_FIRED(&r, "states-a-guess", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_play_one(&r, &sit, "refund today", 10, "d", "o-refund-today");
    EXPECT_FIRED(&r, "confirms-false-claim", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_unload(&sit);
}

/* ---- 8: false claims
 * ---------------------------------------------------------------------------------- */

/* Apologising to a troll, or paying for an accusation known to be false,
 * accommodates a false claim; a calm correction wins. */
static void test_false_claims(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "false_claims");
    rd_Run r;
    rd_start(&r, &sit, "correct both");
    rd_choose(&r, 10, "d-rumour", "o-rumour-correct");
    rd_choose(&r, 10, "d-accusation", "o-accusation-correct");
    rd_Judged rumour_ok, rumour_sorry, accusation_ok, accusation_sorry;
    rd_judge_option(&r, "d-rumour", "o-rumour-correct", &rumour_ok);
    rd_judge_option(&r, "d-rumour", "o-rumour-sorry", &rumour_sorry);
    rd_judge_option(&r, "d-accusation", "o-accusation-correct", &accusation_ok);
    rd_judge_option(&r, "d-accusation", "o-accusation-sorry", &accusation_sorry);
    EXPECT_BETTER(&rumour_ok, "troll-corrected-calmly", &rumour_sorry,
                  "accommodating-a-false-claim");
    EXPECT_BETTER(&accusation_ok, "order-deny-false-claim", &accusation_sorry,
                  "accommodating-a-false-claim");
    EXPECT_NOT_FIRED(&r, "accommodating-a-false-claim", -1, NULL);
    rd_stop(&r);

    rd_start(&r, &sit, "apologise to both");
    rd_choose(&r, 10, "d-rumour", "o-rumour-sorry");
    rd_choose(&r, 10, "d-accusation", "o-accusation-sorry");
    EXPECT_FIRED(&r, "accommodating-a-false-claim", SV_TRIGGER_REPLY, "d-rumour");
    EXPECT_FIRED(&r, "accommodating-a-false-claim", SV_TRIGGER_REPLY, "d-accusation");
    rd_stop(&r);
    rd_unload(&sit);
}

/* ---- 9: POLICY by substance
 * ------------------------------------------------------------------------- */

/* 200 kr in private before the start: the same 200 in public is consistent;
 * 500 is inconsistent, and earns no extra-mile credit there. */
static void test_policy_by_substance(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "policy_offer");
    rd_Run r;
    rd_start(&r, &sit, "the same offer");
    rd_choose(&r, 10, "d", "o-same-200");
    rd_choose(&r, 10, "d-per", "o-per-500");
    rd_Judged same, more, per_more;
    rd_judge_option(&r, "d", "o-same-200", &same);
    rd_judge_option(&r, "d", "o-more-500", &more);
    rd_judge_option(&r, "d-per", "o-per-500", &per_more);
    EXPECT_BETTER(&same, "consistent-across-channels", &more, "inconsistent-across-channels");
    EXPECT_NO_HIT(&more, "extra-mile-in-public", &per_more);
    /* the same 500 to a customer no other channel answered does earn it */
    EXPECT_HIT(&per_more, "extra-mile-in-public", &more);
    EXPECT_FIRED(&r, "consistent-across-channels", SV_TRIGGER_REPLY, "d");
    EXPECT_FIRED(&r, "extra-mile-in-public", SV_TRIGGER_REPLY, "d-per");
    rd_stop(&r);

    rd_play_one(&r, &sit, "a bigger offer", 10, "d", "o-more-500");
    EXPECT_FIRED(&r, "inconsistent-across-channels", SV_TRIGGER_REPLY, "d");
    EXPECT_NOT_FIRED(&r, "extra-mile-in-public", -1, "d");
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_partly_true),
        cmocka_unit_test(test_combined_actions),
        cmocka_unit_test(test_delay_worth_it),
        cmocka_unit_test(test_delay_too_slow),
        cmocka_unit_test(test_long_timeline),
        cmocka_unit_test(test_promises_due),
        cmocka_unit_test(test_follow_up_may_just_explain),
        cmocka_unit_test(test_history_twice),
        cmocka_unit_test(test_history_policy),
        cmocka_unit_test(test_history_answered),
        cmocka_unit_test(test_known_versus_true),
        cmocka_unit_test(test_false_claims),
        cmocka_unit_test(test_policy_by_substance),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
