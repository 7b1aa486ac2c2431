/* A sorry that owns no fault is not, on its own, an accommodating answer
 * (tests/fresh52, finding V2, its second half).
 *
 * ACCOMMODATE, APOLOGY-EXPLAIN-COMPENSATE: 003's sorry is for a mistake the
 * brand agrees it made, and 000's accommodating answer meets the customer
 * with something. A reply read as accommodating only through an `apologise`
 * part, while every true claim it owns is no fault of the brand's
 * (`no_fault`: a rule kept, a decision taken on purpose) and the pack marks
 * it as offering no solution (`no-solution`), owns nothing and gives
 * nothing, so `accommodating-reply` leaves it out. Sympathy beside a reason
 * or a way on still earns it, and so do an acknowledgement, a compensation
 * or the pack's `accommodating` tag. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Petra, who failed a licence exam by two points, asks why the re-sit fee
 * more than doubled (a board decision, `"fault": false`). The warned o-sorry
 * ("so sorry, this should never have happened; we'll look into it",
 * tagged `no-solution`) earned accommodating-reply (+10) for its sorry
 * alone (+25 before the fix, +15 after). The pack also tags o-sorry
 * `hedged`, which on its own keeps a sorry from meeting anyone (reads_dn), so
 * this reads it as a plain sorry throughout: were the rise the school's own
 * mistake, that sorry would meet her and earns it again; so does the sorry the
 * pack does not mark as offering no solution. */
static void test_sorry_owning_no_fault_is_not_accommodating(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh52", "al-resit-fee");
    rd_untag(&sit, "o-sorry", SV_TAG_HEDGED); /* read as a plain sorry (above) */
    rd_Run r;
    rd_play_one(&r, &sit, "no-fault", 10, "answer", "o-rec");
    rd_Judged sorry, why, rec;
    rd_judge_option(&r, "answer", "o-sorry", &sorry);
    rd_judge_option(&r, "answer", "o-why", &why);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_NO_HIT(&sorry, "accommodating-reply", &rec);
    EXPECT_HIT(&rec, "accommodating-reply", NULL);
    EXPECT_BEATS(&why, &sorry);
    EXPECT_BEATS(&rec, &why);
    rd_stop(&r);
    /* the same sorry for a rise that was the school's own mistake */
    sit.sc.facts[rd_fact(&sit, "rise")].no_fault = false;
    rd_play_one(&r, &sit, "fault", 10, "answer", "o-rec");
    rd_Judged owned;
    rd_judge_option(&r, "answer", "o-sorry", &owned);
    EXPECT_HIT(&owned, "accommodating-reply", NULL);
    rd_stop(&r);
    /* no fault, but without the tag: the sorry is read as meeting her */
    sit.sc.facts[rd_fact(&sit, "rise")].no_fault = true;
    rd_untag(&sit, "o-sorry", SV_TAG_NO_SOLUTION);
    rd_play_one(&r, &sit, "untagged", 10, "answer", "o-rec");
    rd_Judged plain;
    rd_judge_option(&r, "answer", "o-sorry", &plain);
    EXPECT_HIT(&plain, "accommodating-reply", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sorry_owning_no_fault_is_not_accommodating),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
