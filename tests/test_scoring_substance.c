/* The scoring model weighs substance, not wording: generosity offered before
 * anyone knows what went wrong is not the extra mile (asking is better); a
 * gift tagged generous that does not cover the loss is not generous; and a
 * greeting or a thank-you alone does not answer a question. Situations from
 * tests/scoring/situations, played with the default model, each shown both
 * ways (found on fresh situations written from the guides: a bike service,
 * a wrong bill, a recycling question). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* LISTEN and ASK come before EXTRA-MILE: with the cause unknown, a big offer
 * is a guess at the problem, and the question wins. */
static void test_no_extra_mile_blind(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "blind_generosity");
    rd_Run r;
    rd_play_one(&r, &sit, "ask", 10, "d", "o-ask");
    rd_Judged ask, big;
    rd_judge_option(&r, "d", "o-ask", &ask);
    rd_judge_option(&r, "d", "o-big", &big);
    EXPECT_NO_HIT(&big, "extra-mile-in-public", &ask);
    EXPECT_HIT(&big, "remedy-offered-blind", &ask);
    EXPECT_HIT(&ask, "ask-when-facts-missing", &big);
    EXPECT_BEATS(&ask, &big);
    rd_stop(&r);

    /* once the cause is known (the question was answered), the same offer is
     * the extra mile again */
    rd_start(&r, &sit, "asked, then generous");
    rd_choose(&r, 10, "d", "o-ask");
    rd_run_out(&r);
    assert_true(r.s.fact_known[sv_scenario_find_fact(&sit.sc, "cause")]);
    rd_stop(&r);
    rd_unload(&sit);
}

/* EXTRA-MILE is measured against the loss when both figures are given. */
static void test_generous_is_against_the_loss(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "gift_below_loss");
    rd_Run r;
    rd_start(&r, &sit, "credit and gift");
    rd_compose(&r, 10, "d", SV_VIS_PUBLIC, "p-ack p-sorry p-credit p-gift");
    rd_Judged gift, both;
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-ack p-sorry p-gift", &gift);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-ack p-sorry p-credit p-gift", &both);
    EXPECT_NO_HIT(&gift, "extra-mile-in-public", &both);
    EXPECT_HIT(&both, "extra-mile-in-public", &gift);
    EXPECT_BEATS(&both, &gift);
    rd_stop(&r);
    rd_unload(&sit);
}

/* ALWAYS rewards the answer, not the politeness around it. */
static void test_question_needs_an_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "substance_question");
    rd_Run r;
    rd_start(&r, &sit, "answer");
    rd_compose(&r, 10, "d", SV_VIS_PUBLIC, "p-hi p-answer");
    rd_Judged hi, thanks, answer;
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-hi", &hi);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-hi p-thanks", &thanks);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-hi p-answer", &answer);
    EXPECT_NO_HIT(&hi, "answered-neutral-informatively", &answer);
    EXPECT_NO_HIT(&thanks, "answered-neutral-informatively", &answer);
    EXPECT_HIT(&answer, "answered-neutral-informatively", &hi);
    EXPECT_BEATS(&answer, &hi);
    EXPECT_BEATS(&answer, &thanks);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_extra_mile_blind),
        cmocka_unit_test(test_generous_is_against_the_loss),
        cmocka_unit_test(test_question_needs_an_answer),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
