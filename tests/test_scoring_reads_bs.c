/* A check under way, told beside a promise to come back, is no explanation
 * out of order after the refund (tests/fresh62, finding N1).
 *
 * ORDER, APOLOGY-EXPLAIN-COMPENSATE: 000's order is confirm, sorry, explain,
 * make good; 003 lets the explanation come later when the brand promises to
 * come back with it. Where the story marks why it went wrong and the reply
 * tells neither the cause nor what was changed, an explain part that tells
 * what is being done to find out (an `inquiry` fact), beside a
 * promise-follow-up part, is that promise's content: it stands with the parts
 * that make it right, and after the refund it is no step back. An explanation
 * that guesses at the cause, or the check told with no promise to come back,
 * is still read as an explanation, and after the remedy it is still one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Camilla's 18 lunches, 55 minutes late and lukewarm; why is not known yet.
 * The recommended option confirms, says sorry, pays the whole order back, then
 * says the ops team is going through the route log and that the brand will
 * be back: it paid order-broken (-9) and lost order-confirm-then-act (+10),
 * +69 to the acceptable sorry-and-refund's +67. Now +88. */
static void test_check_under_way_after_the_refund(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh62", "lev-kontorslunch-kall");
    rd_Run r;
    rd_play_one(&r, &sit, "after", 10, "answer", "o-rec");
    rd_Judged rec, refund, parts, unpromised, guess;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-pengar", &refund);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ratt p-forlat p-pengar p-logg p-aterkommer",
                   &parts);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ratt p-forlat p-pengar p-logg", &unpromised);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ratt p-forlat p-pengar p-gissning p-aterkommer",
                   &guess);
    EXPECT_NO_HIT(&rec, "order-broken", NULL);
    EXPECT_HIT(&rec, "order-confirm-then-act", NULL);
    EXPECT_BEATS(&rec, &refund);
    EXPECT_NO_HIT(&parts, "order-broken", &unpromised);
    EXPECT_HIT(&parts, "order-confirm-then-act", NULL);
    /* no promise to come back: the check is read as the explanation, out of order */
    EXPECT_HIT(&unpromised, "order-broken", NULL);
    /* a guess at the cause after the refund is an explanation out of order */
    EXPECT_HIT(&guess, "order-broken", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_check_under_way_after_the_refund),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
