/* A recurring complaint answered with what was changed is not left unfixed
 * (tests/fresh23, the note under the findings).
 *
 * FIX, APOLOGY-EXPLAIN-COMPENSATE: a complaint many keep making costs the
 * brand while its cause stays unfixed (recurring-complaint-unfixed). A reply
 * that tells the measure the brand has taken so that it does not happen
 * again (tells_measure: it confirms a true, known fact marked `measure`) says
 * the cause is fixed; it is not charged for leaving it unfixed. A reply that
 * only owns it and puts this case right, or tells no measure, still is. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Many post about a hot-sauce ad that jokes about mental illness; Sofia is
 * right, and the ad skipped its review. The recommended answer owns it, says
 * sorry, tells why and that from now on two people outside marketing read
 * every campaign (the measure), and takes the ads down: it was charged
 * "the cause has still not been fixed" all the same. */
static void test_measure_told_is_not_unfixed(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh23", "cv-sauce-ad");
    rd_Run r;
    rd_play_one(&r, &sit, "told", 10, "answer", "o-rec");
    rd_Judged rec, shortened, parts;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-short", &shortened);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-down p-thanks", &parts);
    EXPECT_HIT(&rec, "measure-told", NULL);
    EXPECT_NO_HIT(&rec, "recurring-complaint-unfixed", &shortened);
    EXPECT_NO_HIT(&parts, "recurring-complaint-unfixed", NULL);
    /* owned and the ads taken down, but no word of what changes */
    EXPECT_HIT(&shortened, "recurring-complaint-unfixed", &rec);
    rd_stop(&r);
    /* had the story not marked the review by two readers as the measure, the
     * same words tell no change the model can read */
    sit.sc.facts[rd_fact(&sit, "two-readers")].measure = false;
    rd_play_one(&r, &sit, "unmarked", 10, "answer", "o-rec");
    rd_Judged plain;
    rd_judge_option(&r, "answer", "o-rec", &plain);
    EXPECT_HIT(&plain, "recurring-complaint-unfixed", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_measure_told_is_not_unfixed),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
