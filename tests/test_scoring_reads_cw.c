/* A reply the pack marks as offering no solution is not credited as a
 * serious reply with a solution (tests/fresh52, finding V2).
 *
 * NO-IRONY: `serious-reply-with-solution` is the guide's opposite of "irony,
 * no solution, no seriousness". It read `solution` from the parts (a
 * promise to come back counts), so a reply the pack tags `no-solution` (an
 * empty "we'll look into it") earned it and paid `no-solution-offered` at
 * once. As `answered-neutral-informatively` already does, the rule now
 * leaves out a reply tagged `no-solution`; the tag, not the parts, decides. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Petra, who failed a licence exam by two points, asks why the re-sit fee
 * more than doubled (a board decision, no mistake). The warned o-sorry says
 * "so sorry, this should never have happened, we'll look into it and get
 * back to you" (+31 before the fix). Without its tag the same words are read
 * as a promise that offers a way on, and earn the credit again. */
static void test_no_solution_is_not_a_solution(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh52", "al-resit-fee");
    rd_Run r;
    rd_play_one(&r, &sit, "tagged", 10, "answer", "o-rec");
    rd_Judged sorry, why, rec;
    rd_judge_option(&r, "answer", "o-sorry", &sorry);
    rd_judge_option(&r, "answer", "o-why", &why);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&sorry, "no-solution-offered", NULL);
    EXPECT_NO_HIT(&sorry, "serious-reply-with-solution", &rec);
    EXPECT_HIT(&rec, "serious-reply-with-solution", NULL);
    EXPECT_BEATS(&why, &sorry);
    EXPECT_BEATS(&rec, &why);
    rd_stop(&r);
    /* the same words without the tag are read as offering a way on */
    rd_untag(&sit, "o-sorry", SV_TAG_NO_SOLUTION);
    rd_play_one(&r, &sit, "untagged", 10, "answer", "o-rec");
    rd_Judged plain;
    rd_judge_option(&r, "answer", "o-sorry", &plain);
    EXPECT_NO_HIT(&plain, "no-solution-offered", NULL);
    EXPECT_HIT(&plain, "serious-reply-with-solution", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_solution_is_not_a_solution),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
