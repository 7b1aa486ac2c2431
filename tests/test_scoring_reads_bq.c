/* A false claim confirmed is no settling of the facts (brief audit30;
 * tests/fresh30, observation O1).
 *
 * ORDER: 000's reply first confirms or denies the claim, then apologises,
 * explains and makes the customer satisfied; denying is right when the claim
 * is false. `order-confirm-then-act` pays a reply that puts the facts in
 * place first, saying what the customer got right. Before, it needed a true
 * claim confirmed and did not look at whether the same reply also confirmed
 * a false one, so "both were there, you're right" earned it beside
 * `confirms-false-claim`. Now a reply that confirms anything false earns no
 * ORDER credit; confirming the true half and denying the false half still
 * does. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Kjell's lease charge: the dent was on the car when he collected it (true),
 * the scratch was not (false). Owning both earns no ORDER credit; owning the
 * dent alone, or the dent with the scratch put right, does. */
static void test_false_claim_confirmed_is_no_order(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh30", "mo-lease-damage");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged all, dent, rec;
    rd_judge_option(&r, "answer", "o-all", &all);
    rd_judge_option(&r, "answer", "o-dent", &dent);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&all, "confirms-false-claim", NULL);
    EXPECT_NO_HIT(&all, "order-confirm-then-act", &dent);
    EXPECT_HIT(&dent, "order-confirm-then-act", &all);
    EXPECT_HIT(&rec, "order-confirm-then-act", NULL);
    EXPECT_BEATS(&dent, &all);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same in the composer: "both were there, you're right" in place of
 * "you're right about the dent", with the same sorry and the charge removed. */
static void test_false_claim_confirmed_in_parts(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh30", "mo-lease-damage");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged both, dent;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-both p-sorry p-removed", &both);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-dent p-sorry p-removed", &dent);
    EXPECT_NO_HIT(&both, "order-confirm-then-act", &dent);
    EXPECT_HIT(&dent, "order-confirm-then-act", &both);
    EXPECT_BEATS(&dent, &both);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_false_claim_confirmed_is_no_order),
        cmocka_unit_test(test_false_claim_confirmed_in_parts),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
