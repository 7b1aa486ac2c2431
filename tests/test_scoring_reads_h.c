/* The scoring model reads empathy: a part of kind `empathise` ("that sounds
 * frightening") shows understanding of the person's feeling without
 * confirming or denying the claim (tests/fresh5's disagreement E2). The rule
 * empathy-shown credits it on a non-troll's negative post, and only with
 * substance, where it comes first, and never canned or hostile; the order of
 * parts places it with the confirmation or denial. */
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

/* Hanna blames your rider for a red light; her photo shows another firm's
 * jacket. The kind correction ("that sounds frightening – it wasn't one of
 * ours: ...") ranks above the curt one with the same facts (EMPATHY: show
 * understanding whether or not the person is right); both above apologising
 * for something your firm did not do and above reporting her post. */
static void test_warm_correction_beats_curt(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh5", "v-courier-competitor");
    rd_Run r;
    rd_play_one(&r, &sit, "kind", 10, "answer", "o-kind");
    rd_Judged kind, curt, sorry, report;
    rd_judge_option(&r, "answer", "o-kind", &kind);
    rd_judge_option(&r, "answer", "o-curt", &curt);
    rd_judge_option(&r, "answer", "o-sorry", &sorry);
    rd_judge_option(&r, "answer", "o-report", &report);
    EXPECT_HIT(&kind, "empathy-shown", &curt);
    EXPECT_NO_HIT(&curt, "empathy-shown", &kind);
    EXPECT_BEATS(&kind, &curt);
    EXPECT_BEATS(&curt, &sorry);
    EXPECT_BEATS(&curt, &report);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Maja's parcel never came (true). The same facts with and without "what a
 * rotten day to be waiting in": the empathy earns the credit, the rest of the
 * reply being equal. */
static void test_empathy_both_ways(void **state)
{
    (void)state;
    Scene t = pr_scene();
    int32_t warm = pr_opt(t.d, "warm",
                          "What a rotten day to spend waiting, Maja. You're right, it never came, "
                          "and we're sorry: it's on its way today.",
                          TAG(PERSONAL));
    STRUCTURE(warm, SV_PART_EMPATHISE, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t plain = pr_opt(t.d, "plain",
                           "You're right, Maja, it never came, and we're sorry: it's on its "
                           "way today.",
                           TAG(PERSONAL));
    STRUCTURE(plain, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    Run good, bad;
    pr_play_one(&good, "empathy, then the facts", 20000, t.d, warm);
    pr_play_one(&bad, "the facts alone", 20000, t.d, plain);
    pr_expect_rule(&good, "empathy-shown", +1);
    pr_expect_rule(&bad, "empathy-shown", 0);
    pr_expect_better(&good, &bad);
    assert_true(pr_principle_total(&good, SV_PRINCIPLE_EMPATHY, t.d) >
                pr_principle_total(&bad, SV_PRINCIPLE_EMPATHY, t.d));
    pr_done(&good);
    pr_done(&bad);
}

/* What must not earn it: sympathy in place of an answer, a canned line of
 * sympathy, sympathy wrapped round sarcasm, sympathy after the explanation
 * (ORDER: the feeling first, then the facts), sympathy that apologises for a
 * claim it should deny, and sympathy offered to a troll. */
static void test_empathy_not_earned(void **state)
{
    (void)state;
    Scene t = pr_scene();
    int32_t only = pr_opt(t.d, "only", "Oh no, Maja, that sounds so frustrating!", 0);
    STRUCTURE(only, SV_PART_EMPATHISE);
    int32_t canned =
        pr_opt(t.d, "canned", "We understand your frustration. We apologise for any inconvenience.",
               TAG(TEMPLATE));
    STRUCTURE(canned, SV_PART_EMPATHISE, SV_PART_APOLOGISE);
    int32_t snide =
        pr_opt(t.d, "snide", "Must be so hard, waiting a whole day. It's on its way, relax.",
               TAG(SARCASM));
    STRUCTURE(snide, SV_PART_EMPATHISE, SV_PART_COMPENSATE);
    int32_t late =
        pr_opt(t.d, "late", "The driver scanned it at the wrong door. That must be annoying.", 0);
    STRUCTURE(late, SV_PART_EXPLAIN, SV_PART_EMPATHISE);
    const int32_t cases[] = {only, canned, snide, late};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Run r;
        pr_play_one(&r, B.options[cases[i]].id, 20000, t.d, cases[i]);
        pr_expect_rule(&r, "empathy-shown", 0);
        pr_done(&r);
    }

    /* a troll's false claim: sympathy for him earns nothing */
    b_reset(600000);
    b_ending("end", -1);
    int32_t feed = b_channel("feed", SV_CHANNEL_FEED, true);
    int32_t bo = b_persona("bo", SV_ROLE_TROLL);
    int32_t lie = pr_post("lie", 0, feed, bo, SV_VALENCE_NEGATIVE, "Their drivers steal parcels.");
    B.posts[lie].claim_true = false;
    int32_t d = pr_decision("d", 0, 300000, lie);
    int32_t soft = pr_opt(d, "soft",
                          "That sounds upsetting, Bo. Our drivers don't steal: every parcel is "
                          "tracked to the door.",
                          TAG(CALM));
    STRUCTURE(soft, SV_PART_EMPATHISE, SV_PART_DENY, SV_PART_EXPLAIN);
    Run troll;
    pr_play_one(&troll, "sympathy for a troll", 20000, d, soft);
    pr_expect_rule(&troll, "empathy-shown", 0);
    pr_done(&troll);
}

/* The order of parts: empathy stands with the confirmation or denial, before
 * the apology and the explanation; right after an apology it is the apology's
 * sentence ("I'm so sorry – that sounds awful"). It is no step of the guide's
 * order on its own: with one ranked part besides it the order is not "ok". */
static void test_empathy_in_the_order(void **state)
{
    (void)state;
    const uint8_t first[] = {SV_PART_GREETING, SV_PART_EMPATHISE, SV_PART_DENY, SV_PART_EXPLAIN};
    const uint8_t with_sorry[] = {SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_EMPATHISE,
                                  SV_PART_EXPLAIN, SV_PART_COMPENSATE};
    const uint8_t after[] = {SV_PART_DENY, SV_PART_EXPLAIN, SV_PART_EMPATHISE};
    const uint8_t alone[] = {SV_PART_EMPATHISE, SV_PART_APOLOGISE};
    const uint8_t excuse[] = {SV_PART_EMPATHISE, SV_PART_EXPLAIN};
    const uint8_t two_rounds[] = {SV_PART_EMPATHISE, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE,
                                  SV_PART_EXPLAIN,   SV_PART_DENY,        SV_PART_EXPLAIN};
    assert_true(sv_score_order_ok(first, 4));
    assert_false(sv_score_order_wrong(first, 4, false));
    assert_true(sv_score_order_ok(with_sorry, 5));
    assert_false(sv_score_order_wrong(with_sorry, 5, false));
    assert_true(sv_score_order_wrong(after, 3, false));
    assert_false(sv_score_order_ok(alone, 2));
    assert_false(sv_score_order_wrong(alone, 2, false));
    assert_true(sv_score_order_wrong(excuse, 2, false)); /* empathy owns nothing */
    assert_true(sv_score_order_ok(two_rounds, 6));
    assert_false(sv_score_order_wrong(two_rounds, 6, false));
}

/* Sofia's cold showers are answered; then Pelle, another member, writes in
 * her thread about cancelled spin classes. Her answer went out before he
 * posted and says nothing about his complaint (ALWAYS: every piece of
 * feedback gets an answer), so his post stands unanswered until the brand
 * answers in the thread again: leaving it costs what leaving any complaint
 * costs, and his own answer is the first answer to it (PUBLIC, FAST). */
static void test_second_complaint_in_thread_needs_its_own_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh5", "v-gym-pileon");
    rd_Run r;
    rd_play_one(&r, &sit, "own", 10, "answer", "o-own");
    rd_run_out(&r);
    EXPECT_FIRED_ABOUT(&r, "unanswered-complaint-at-end", SV_TRIGGER_END, "pelle-post");
    EXPECT_NOT_FIRED_ABOUT(&r, "unanswered-complaint-at-end", SV_TRIGGER_END, "post");
    rd_stop(&r);

    rd_play_one(&r, &sit, "both", 10, "answer", "o-own");
    rd_choose(&r, 130, "second", "o2-own");
    rd_Judged own, above, ignore;
    rd_judge_option(&r, "second", "o2-own", &own);
    rd_judge_option(&r, "second", "o2-above", &above);
    rd_judge_option(&r, "second", "o2-ignore", &ignore);
    EXPECT_HIT(&own, "public-first-answer", &above);
    EXPECT_HIT(&ignore, "unanswered-complaint-at-end", &own);
    EXPECT_NO_HIT(&own, "unanswered-complaint-at-end", &ignore);
    EXPECT_BEATS(&own, &above);
    EXPECT_BEATS(&above, &ignore);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The fresh5 situation reads through reads_support, the hand-built ones
 * through principles_support: each loads the default model for itself. */
static int setup(void **state) { return rd_setup(state) || pr_setup(state); }

static int teardown(void **state) { return rd_teardown(state) | pr_teardown(state); }

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_warm_correction_beats_curt),
        cmocka_unit_test(test_empathy_both_ways),
        cmocka_unit_test(test_empathy_not_earned),
        cmocka_unit_test(test_empathy_in_the_order),
        cmocka_unit_test(test_second_complaint_in_thread_needs_its_own_answer),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
