/* The scoring model reads a correction in the explanation as the deny half
 * of a partly true complaint answered (tests/fresh65, finding F1).
 *
 * ORDER, HONEST: to a complaint with a true claim and a false one, the
 * first answer confirms what is true and corrects what is false (000's
 * first step: confirm or deny). true-half-confirmed paid it only when a
 * part of kind `deny` was there, so a composed reply that confirmed the
 * true half in an `acknowledge` part and corrected the false half in its
 * why ("it wasn't on purpose: a fault in our Android app ..."), an
 * `explain` part that `denies` the claim as FORMAT.md lets a part do, was
 * credited with the correction (order-deny-false-claim,
 * informative-correction) but not with the true half confirmed beside it:
 * 9 points under the option with the same words whose structure names a
 * `deny`. 003's serious explanation and 000's factual, informative answer
 * are the best correction there is; the rule now asks for the denial, in
 * whatever part says it, and still for the acknowledge part, nothing false
 * confirmed and nothing true denied. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Sara's renewal: charged 899 kr after cancelling (true), "they trap you on
 * purpose" (false). The composed answer corrects the false half in its
 * explanation; it earns what the option with a `deny` in its structure
 * earns. Without the correction, or without the true half confirmed, it
 * does not. */
static void test_correction_in_the_why(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh65", "dt-renewal-cancelled");
    rd_Run r;
    rd_play_one(&r, &sit, "renewal", 10, "answer", "o-rec");
    rd_Judged why, option, plain, unconfirmed;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-refund", &why);
    rd_judge_option(&r, "answer", "o-rec", &option);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-refund p-jesper", &plain);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-sorry p-why p-refund p-jesper", &unconfirmed);
    EXPECT_HIT(&why, "true-half-confirmed", &plain);
    EXPECT_HIT(&option, "true-half-confirmed", &plain);
    EXPECT_NO_HIT(&plain, "true-half-confirmed", &why);
    EXPECT_NO_HIT(&unconfirmed, "true-half-confirmed", &why);
    EXPECT_BEATS(&why, &unconfirmed);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Viktor's Boost: zero views while the app was down (true), "scam"
 * (false). The best composition corrects the false half in its why. */
static void test_outage_not_on_purpose(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh65", "dt-boost-outage");
    rd_Run r;
    rd_play_one(&r, &sit, "boost", 10, "answer", "o-rec");
    rd_Judged why, refund;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-4am p-back", &why);
    rd_judge_option(&r, "answer", "o-refund", &refund);
    EXPECT_HIT(&why, "true-half-confirmed", &refund);
    EXPECT_NO_HIT(&refund, "true-half-confirmed", &why);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_correction_in_the_why),
        cmocka_unit_test(test_outage_not_on_purpose),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
