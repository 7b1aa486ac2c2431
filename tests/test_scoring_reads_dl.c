/* A sorry taken back owns nothing, for the order either (tests/fresh54,
 * finding V2).
 *
 * ORDER, APOLOGY-EXPLAIN-COMPENSATE: 000's order confirms or corrects the
 * claim before it explains, and 003's apology agrees that a mistake was
 * made. A reply tagged `hedged` ("we're sorry if you're unhappy with the
 * result") agrees to nothing: the model already gives it none of an
 * apology's credit (`apologises` is false). Its `apologise` part no longer
 * counts as owning anything when order-broken asks whether an explanation
 * stands with nothing owned, so a hedged sorry in front of an explanation is
 * the same excuse as the explanation alone, and it no longer buys its way
 * out of the cost that empathy in the same place pays. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Ronja slept in a dark self-tan and woke up orange on graduation day (no
 * fault of the brand's). Before the fix the warned "we're sorry if you're
 * unhappy with the result" in front of the tip, the refund and Wilma's line
 * was the best composition (+89), the only one that escaped order-broken;
 * now it pays it as the tip alone does, and "oh no, on graduation day of all
 * days" with the refund and Wilma beats it. */
static void test_hedged_sorry_owns_nothing(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh54", "cp-selftan-orange");
    rd_Run r;
    rd_play_one(&r, &sit, "hedged", 10, "answer", "o-rec");
    rd_Judged hedged, bare, kind;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-sorry-if p-tip p-money p-wilma", &hedged);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-tip p-money p-wilma", &bare);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ohno p-money p-wilma", &kind);
    EXPECT_HIT(&bare, "order-broken", NULL);
    EXPECT_HIT(&hedged, "order-broken", &kind);
    EXPECT_NO_HIT(&hedged, "sincere-apology", NULL);
    EXPECT_BEATS(&kind, &hedged);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hedged_sorry_owns_nothing),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
