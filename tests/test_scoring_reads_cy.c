/* An answer to what a complaint asks, when what it holds true is no fault
 * of the brand's, is not an excuse (tests/fresh68, finding V1).
 *
 * ORDER, ALWAYS, FACTUAL: order-broken reads an explanation with nothing
 * confirmed, denied or said sorry for as an excuse. Emma's extraction still
 * bleeds on a Friday evening and the practice's phone plays its recorded
 * message (true, no fault: it is closed, as its hours say); she asks what to
 * do. The advice that answers her is no excuse: there is nothing to own
 * first. Before the fix the model left the advice out to escape order-broken
 * (and with it empathy-shown), so half an answer beat the whole one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static void test_answer_is_no_excuse(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh68", "do-extraction-bleed");
    rd_Run r;
    rd_play_one(&r, &sit, "bleed", 10, "answer", "o-rec");
    rd_Judged rec, full, half;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-feel p-gauze p-oncall p-dm", &full);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-feel p-thanks p-oncall p-dm", &half);
    EXPECT_NO_HIT(&rec, "order-broken", NULL);
    EXPECT_HIT(&rec, "empathy-shown", NULL);
    EXPECT_NO_HIT(&full, "order-broken", NULL);
    EXPECT_HIT(&full, "empathy-shown", NULL);
    EXPECT_HIT(&full, "question-answered", NULL);
    EXPECT_NO_HIT(&half, "question-answered", &full);
    /* the whole answer, not half of it with a thank-you in the other half's place */
    EXPECT_BEATS(&full, &half);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Where the post holds a fault of the brand's and asks nothing, an explanation
 * with nothing owned is still an excuse: Sofia's filling cancelled by text at
 * 7:10, answered with the booking terms. */
static void test_excuse_still_an_excuse(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh68", "do-filling-cancelled");
    rd_Run r;
    rd_play_one(&r, &sit, "terms", 10, "answer", "o-rec");
    rd_Judged terms;
    rd_judge_option(&r, "answer", "o-terms", &terms);
    EXPECT_HIT(&terms, "order-broken", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_answer_is_no_excuse),
        cmocka_unit_test(test_excuse_still_an_excuse),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
