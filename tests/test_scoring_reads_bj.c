/* A recourse that is not the brand's to grant (brief model31; tests/fresh25,
 * finding V3).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, HONEST: 003 asks for some form of
 * compensation, and says that even when it cannot be made good at once or in
 * full, the brand can show it takes the problem seriously; 000's fourth step
 * is to get the customer satisfied, and 000 asks for honesty. When the law
 * binds a state agency, the way forward is a review of the decision that a
 * caseworker weighs, with no promise of the outcome. A fact marked
 * `recourse` says so (what the customer can do that the brand cannot decide
 * for her), and a reply that confirms it, true and known, tells it
 * (`tells_recourse`). Before, "ask for a review of the decision" earned
 * nothing beyond the explanation beside it, and the composer left it out for
 * a shorter reply. `recourse-told` credits it, unless the reply pays
 * something itself (compensation is credited as such) or overpromises. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Amira's late application was refused after the chatbot gave her an old
 * deadline. The recommended five with the review rank above the same four
 * without it; with the fact unmarked, they do not. */
static void test_review_told_honestly(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh25", "pm-agency-bot");
    sv_Fact *review = &sit.sc.facts[rd_fact(&sit, "review")];
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged told, left_out, unmarked;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-wrong p-sorry p-why p-review p-hanna", &told);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-wrong p-sorry p-why p-hanna", &left_out);
    review->recourse = false;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-wrong p-sorry p-why p-review p-hanna",
                   &unmarked);
    review->recourse = true;
    EXPECT_HIT(&told, "recourse-told", &unmarked);
    EXPECT_NO_HIT(&unmarked, "recourse-told", &told);
    EXPECT_NO_HIT(&left_out, "recourse-told", &told);
    EXPECT_BEATS(&told, &left_out);
    EXPECT_BEATS(&left_out, &unmarked);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Not beside a payment the reply makes itself (here one the law does not
 * allow, an overpromise), not beside "the chatbot is guidance only" (it
 * argues and blames her), and not as a form line. The acceptable option
 * that tells the review plainly earns it. */
static void test_only_an_honest_way_forward(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh25", "pm-agency-bot");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged pays, argues, form, option;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-wrong p-sorry p-review p-pay", &pays);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-guidance p-review", &argues);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-inconv p-review", &form);
    rd_judge_option(&r, "answer", "o-review", &option);
    EXPECT_NO_HIT(&pays, "recourse-told", NULL);
    EXPECT_NO_HIT(&argues, "recourse-told", NULL);
    EXPECT_NO_HIT(&form, "recourse-told", NULL);
    EXPECT_HIT(&option, "recourse-told", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_review_told_honestly),
        cmocka_unit_test(test_only_an_honest_way_forward),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
