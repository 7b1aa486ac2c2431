/* The scoring model reads what the model17 review found open in the fresh8
 * and fresh7 audits. H5: a quick sincere apology is for a mistake the brand
 * agrees happened (APOLOGY-EXPLAIN-COMPENSATE). To a complaint nobody has
 * checked yet, a "sorry" that neither confirms anything nor asks what
 * happened agrees to nothing; a "sorry" with a question is the first step of
 * finding out (ASK) and keeps its credit. G4: the explanation may come later
 * when it is promised, but not when one of the decision's own options finds
 * it out before the answer is due (LISTEN, TEAM): then the promise is no
 * credit of its own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Lotta's photo of a driver on the phone has not been checked. "Sorry,
 * that's not OK, we'll look into it" (acceptable) earned sincere-apology and
 * ranked above the recommended answer that thanks her, says what is being
 * checked and promises the answer by a time (+49 against +43). It apologises
 * for a mistake nobody has agreed to yet, so it no longer earns the credit
 * of one, and the promised check ranks first. Where the mistake is known
 * (the lift's five weeks), the apology keeps it; where the complaint is
 * unverified and the sorry comes with a question (the meal kit: which items
 * were missing?), it keeps it too, while the blind refund with a sorry loses
 * it. */
static void test_sorry_before_anything_is_known(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh8", "y-van-phone-photo");
    rd_Run r;
    rd_play_one(&r, &sit, "check", 10, "answer", "o-check");
    rd_Judged check, sorry;
    rd_judge_option(&r, "answer", "o-check", &check);
    rd_judge_option(&r, "answer", "o-sorry", &sorry);
    EXPECT_NO_HIT(&sorry, "sincere-apology", &check);
    EXPECT_HIT(&sorry, "accommodating-reply", &check);
    EXPECT_BEATS(&check, &sorry);
    rd_stop(&r);
    rd_unload(&sit);

    rd_load_in(&sit, "tests/fresh8", "y-lift-sting");
    rd_play_one(&r, &sit, "own", 10, "answer", "o-own");
    rd_Judged own, excuse;
    rd_judge_option(&r, "answer", "o-own", &own);
    rd_judge_option(&r, "answer", "o-excuse", &excuse);
    EXPECT_HIT(&own, "sincere-apology", &excuse);
    rd_stop(&r);
    rd_unload(&sit);

    rd_load_in(&sit, "tests/fresh2", "n-mealkit-ask");
    rd_play_one(&r, &sit, "ask", 10, "answer", "o-ask");
    rd_Judged ask, refund;
    rd_judge_option(&r, "answer", "o-ask", &ask);
    rd_judge_option(&r, "answer", "o-refund-all", &refund);
    EXPECT_HIT(&ask, "sincere-apology", &refund);
    EXPECT_NO_HIT(&refund, "sincere-apology", &ask);
    EXPECT_BEATS(&ask, &refund);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Sara's order held the wrong medicine; the warehouse log that shows what
 * was picked takes ten minutes, within the decision's deadline. "So sorry,
 * I'm checking and will answer within the hour" (acceptable) earned
 * explanation-promised and ranked above the complete, checked answer ten
 * minutes later (+69 against +65). The explanation was in reach before the
 * answer was due, so promising it is no credit now; the van's promised check,
 * whose facts no option of its decision can find, keeps the credit. */
static void test_promise_when_the_check_is_at_hand(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh7", "x-pharmacy-night");
    rd_Run r;
    rd_play_one(&r, &sit, "complete", 10, "answer", "o-complete");
    rd_Judged complete, promise;
    rd_judge_option(&r, "answer", "o-complete", &complete);
    rd_judge_option(&r, "answer", "o-sorry-promise", &promise);
    EXPECT_NO_HIT(&promise, "explanation-promised", &complete);
    EXPECT_HIT(&promise, "follow-up-promised", &complete);
    EXPECT_BEATS(&complete, &promise);
    rd_stop(&r);
    rd_unload(&sit);

    rd_load_in(&sit, "tests/fresh8", "y-van-phone-photo");
    rd_play_one(&r, &sit, "check", 10, "answer", "o-check");
    rd_Judged check, hide;
    rd_judge_option(&r, "answer", "o-check", &check);
    rd_judge_option(&r, "answer", "o-hide", &hide);
    EXPECT_HIT(&check, "explanation-promised", &hide);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sorry_before_anything_is_known),
        cmocka_unit_test(test_promise_when_the_check_is_at_hand),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
