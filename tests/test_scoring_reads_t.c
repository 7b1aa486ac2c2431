/* The scoring model reads what the thirteenth audit (tests/fresh13) found it
 * missing: a post that demands far more than it lost ("three months free or
 * one star everywhere", the post's `demands`), answered by paying it in
 * public, is not the extra mile but a prize for demanding (EXTRA-MILE,
 * POLICY), while going beyond a demand within the loss, or beyond the loss
 * without a demand, still is. Each case both ways. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Robin demands three months free (1,347 kr) for a sauna closed two weeks
 * (150 kr, what every member gets back). Giving it him (warned) ranked +85,
 * over the recommended answer with the same 150 kr as everyone (+84), on
 * extra-mile-in-public (+18). Now it earns demand-paid-in-public instead,
 * and ranks under the plain sorry with the reopening date (acceptable). */
static void test_demand_paid_in_public(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh13", "n-gym-sauna-threat");
    rd_Run r;
    rd_play_one(&r, &sit, "threat", 10, "answer", "o-rec");
    rd_Judged rec, date, cave;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-date", &date);
    rd_judge_option(&r, "answer", "o-cave", &cave);
    EXPECT_HIT(&cave, "demand-paid-in-public", &rec);
    EXPECT_NO_HIT(&cave, "extra-mile-in-public", &rec);
    EXPECT_NO_HIT(&rec, "demand-paid-in-public", &cave);
    EXPECT_BEATS(&rec, &cave);
    EXPECT_BEATS(&date, &cave);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Tilda asks for her 300 kr back; Rasmus demands 3,000 kr. Her refund and a
 * free trip go beyond what she asked and are the extra mile; his 3,000 kr
 * pays the demand and is not, while the same refund and free trip for him
 * (below what he demanded) still are, and beat paying him. */
static void test_demand_within_the_loss_is_no_prize(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "demanded");
    rd_Run r;
    rd_play_one(&r, &sit, "both", 10, "d-fair", "o-fair-more");
    rd_choose(&r, 20, "d-steep", "o-steep-more");
    rd_Judged fair_more, fair_refund, steep_pay, steep_more;
    rd_judge_option(&r, "d-fair", "o-fair-more", &fair_more);
    rd_judge_option(&r, "d-fair", "o-fair-refund", &fair_refund);
    rd_judge_option(&r, "d-steep", "o-steep-pay", &steep_pay);
    rd_judge_option(&r, "d-steep", "o-steep-more", &steep_more);
    EXPECT_HIT(&fair_more, "extra-mile-in-public", &fair_refund);
    EXPECT_NO_HIT(&fair_more, "demand-paid-in-public", &fair_refund);
    EXPECT_NO_HIT(&fair_refund, "demand-paid-in-public", &fair_more);
    EXPECT_HIT(&steep_pay, "demand-paid-in-public", &steep_more);
    EXPECT_NO_HIT(&steep_pay, "extra-mile-in-public", &steep_more);
    EXPECT_HIT(&steep_more, "extra-mile-in-public", &steep_pay);
    EXPECT_NO_HIT(&steep_more, "demand-paid-in-public", &steep_pay);
    EXPECT_BEATS(&steep_more, &steep_pay);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The six whose birthday a false alarm ended demanded nothing: the money
 * back and a free evening (recommended) is the extra mile, and so, for the
 * model, is a year free for all (acceptable); neither pays a demand. */
static void test_no_demand_keeps_the_extra_mile(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh13", "n-escape-room-alarm");
    rd_Run r;
    rd_play_one(&r, &sit, "alarm", 10, "answer", "o-rec");
    rd_Judged rec, year, refund;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-year", &year);
    rd_judge_option(&r, "answer", "o-refund", &refund);
    EXPECT_HIT(&rec, "extra-mile-in-public", &refund);
    EXPECT_HIT(&year, "extra-mile-in-public", &refund);
    EXPECT_NO_HIT(&rec, "demand-paid-in-public", &year);
    EXPECT_NO_HIT(&year, "demand-paid-in-public", &rec);
    EXPECT_BEATS(&rec, &refund);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_demand_paid_in_public),
        cmocka_unit_test(test_demand_within_the_loss_is_no_prize),
        cmocka_unit_test(test_no_demand_keeps_the_extra_mile),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
