/* The scoring model reads a question turned away: a reply that answers a
 * question (a neutral post, or one that asks) with a refusal or an empty
 * reassurance, which its tag `no-solution` says, costs what answering it
 * earns (tests/fresh6, F2: "No comment" to a reporter, "no reason to worry"
 * to a parent asking about a faulty batch). ALWAYS and FACTUAL: a question
 * asked in the open is read by everyone who wonders the same. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "build_scenario.h"
#include "principles_support.h"
#include "reads_support.h"
#include "score_internal.h"

/* Johan asks under Ida's post how to tell whether his helmets are from the
 * faulty batch. "There's no reason to worry, the risk is very small"
 * (warned) answers nothing and plays the fault down; a link to the recall
 * page (acceptable) at least shows where the answer is. Before the rule both
 * earned +2 (short-reply) and tied; now the reassurance ranks below the
 * link, and the answer itself above both. */
static void test_reassurance_is_no_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh6", "w-helmet-buckle");
    rd_Run r;
    rd_play_one(&r, &sit, "checked", 10, "answer", "o-checked");
    rd_choose(&r, 130, "second", "o2-answer");
    rd_Judged answer, link, calm, ignore;
    rd_judge_option(&r, "second", "o2-answer", &answer);
    rd_judge_option(&r, "second", "o2-link", &link);
    rd_judge_option(&r, "second", "o2-calm", &calm);
    rd_judge_option(&r, "second", "o2-ignore", &ignore);
    EXPECT_HIT(&calm, "question-turned-away", &link);
    EXPECT_NO_HIT(&link, "question-turned-away", &calm);
    EXPECT_NO_HIT(&answer, "question-turned-away", &calm);
    EXPECT_BEATS(&answer, &link);
    EXPECT_BEATS(&link, &calm);
    EXPECT_BEATS(&calm, &ignore);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A reporter asks in Lars's thread whether other customers wait for the same
 * fitter. "No comment." (warned) turns her away in front of everyone; a DM
 * with a promise that the press contact answers today (acceptable) does not,
 * and the checked facts in the thread (recommended) rank first. */
static void test_no_comment_to_the_press(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh6", "w-kitchen-lawyer");
    rd_Run r;
    rd_play_one(&r, &sit, "own", 10, "answer", "o-own");
    rd_choose(&r, 130, "second", "o2-checked");
    rd_Judged checked, dm, none;
    rd_judge_option(&r, "second", "o2-checked", &checked);
    rd_judge_option(&r, "second", "o2-dm", &dm);
    rd_judge_option(&r, "second", "o2-nocomment", &none);
    EXPECT_HIT(&none, "question-turned-away", &dm);
    EXPECT_NO_HIT(&dm, "question-turned-away", &none);
    EXPECT_BEATS(&checked, &dm);
    EXPECT_BEATS(&dm, &none);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Hand-built, both ways: a neutral question answered with the same part
 * kind, once as a refusal (`no-solution`) and once not; the refusal costs,
 * the other earns nothing from this rule. On a complaint the rule stays out
 * (no-solution-offered already speaks for ACCOMMODATE there), and a troll's
 * question is no customer's. */
static void test_question_turned_away_both_ways(void **state)
{
    (void)state;
    b_reset(600000);
    b_ending("end", -1);
    int32_t feed = b_channel("feed", SV_CHANNEL_FEED, true);
    int32_t ann = b_persona("ann", SV_ROLE_CUSTOMER);
    int32_t q = pr_post("q", 0, feed, ann, SV_VALENCE_NEUTRAL,
                        "Is the outdoor stage still on tonight if it rains?");
    int32_t d = pr_decision("d", 0, 300000, q);
    int32_t away = pr_opt(d, "away", "We can't say anything about that.", TAG(NO_SOLUTION));
    STRUCTURE(away, SV_PART_OTHER);
    int32_t page = pr_opt(d, "page", "Hi Ann, tonight's plan is on our events page.", 0);
    STRUCTURE(page, SV_PART_GREETING, SV_PART_OTHER);
    Run bad, good;
    pr_play_one(&bad, "turned away", 20000, d, away);
    pr_play_one(&good, "pointed on", 20000, d, page);
    pr_expect_rule(&bad, "question-turned-away", -1);
    pr_expect_rule(&good, "question-turned-away", 0);
    pr_expect_better(&good, &bad);
    assert_true(pr_principle_total(&good, SV_PRINCIPLE_ALWAYS, d) >
                pr_principle_total(&bad, SV_PRINCIPLE_ALWAYS, d));
    pr_done(&bad);
    pr_done(&good);

    /* a complaint: no-solution-offered, not this rule */
    Scene t = pr_scene();
    int32_t flat = pr_opt(t.d, "flat", "There is nothing we can do about that.", TAG(NO_SOLUTION));
    STRUCTURE(flat, SV_PART_OTHER);
    Run complaint;
    pr_play_one(&complaint, "complaint turned away", 20000, t.d, flat);
    pr_expect_rule(&complaint, "question-turned-away", 0);
    pr_expect_rule(&complaint, "no-solution-offered", -1);
    pr_done(&complaint);

    /* a troll's question */
    b_reset(600000);
    b_ending("end", -1);
    feed = b_channel("feed", SV_CHANNEL_FEED, true);
    int32_t bo = b_persona("bo", SV_ROLE_TROLL);
    q = pr_post("q", 0, feed, bo, SV_VALENCE_NEUTRAL, "So when are you admitting it's all a scam?");
    d = pr_decision("d", 0, 300000, q);
    away = pr_opt(d, "away", "We won't comment on that.", TAG(NO_SOLUTION));
    STRUCTURE(away, SV_PART_OTHER);
    Run troll;
    pr_play_one(&troll, "troll turned away", 20000, d, away);
    pr_expect_rule(&troll, "question-turned-away", 0);
    pr_done(&troll);
}

/* The fresh6 situations read through reads_support, the hand-built ones
 * through principles_support: each loads the default model for itself. */
static int setup(void **state) { return rd_setup(state) || pr_setup(state); }

static int teardown(void **state) { return rd_teardown(state) | pr_teardown(state); }

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reassurance_is_no_answer),
        cmocka_unit_test(test_no_comment_to_the_press),
        cmocka_unit_test(test_question_turned_away_both_ways),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
