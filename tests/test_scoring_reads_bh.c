/* Why it went wrong, not only what happens next (tests/fresh28, finding V4).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, ORDER: 003's explanation says why it went
 * wrong and what was changed; 000's third step explains what the reply
 * confirmed. `explanation-given` paid any `explain` part, so a way on told in
 * one (exam slots before Monday) stood in for the why, and a thank-you took
 * the why's place. A fact may now be marked `cause`; in a scenario that
 * marks one, `explanation-given` reads `explains_why`: the explanation tells
 * the cause or the measure. A scenario that marks none is read as before. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

#define REC "p-modules p-page p-exam p-slots p-jonas"
#define THANKS "p-modules p-page p-thanks p-slots p-jonas"

/* Elin's certificate says Participation: she skipped the final exam. The
 * composition with "thanks for raising this" in place of "the Completion
 * certificate needs the final exam too" ranked +119 over the recommended
 * +113, the exam slots counting as the explanation; now the slots alone
 * explain nothing of why, and the recommended five rank first. */
static void test_the_why_over_the_way_on(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh28", "cy-course-cert");
    assert_true(sit.sc.facts[rd_fact(&sit, "exam-rule")].cause);
    rd_Run r;
    rd_play_one(&r, &sit, "cause", 10, "answer", "o-rec");
    rd_Judged rec, thanks, option;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, REC, &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, THANKS, &thanks);
    rd_judge_option(&r, "answer", "o-rec", &option);
    EXPECT_HIT(&rec, "explanation-given", &thanks);
    EXPECT_NO_HIT(&thanks, "explanation-given", &rec);
    EXPECT_BEATS(&rec, &thanks);
    EXPECT_HIT(&option, "explanation-given", NULL); /* an option read as a whole */
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same story with no fact marked cause is read as before the key: the
 * slots are an explanation, and the thanks composition earns it too. (It
 * ranked above the recommended five on its thanks until the thanks for a
 * complaint that is no fault, whose false part the reply denies, stopped
 * earning thank-for-feedback, tests/test_scoring_reads_dg.c: now they tie.) */
static void test_unmarked_story_as_before(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh28", "cy-course-cert");
    for (uint32_t f = 0; f < sit.sc.fact_count; f++) sit.sc.facts[f].cause = false;
    rd_Run r;
    rd_play_one(&r, &sit, "unmarked", 10, "answer", "o-rec");
    rd_Judged rec, thanks;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, REC, &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, THANKS, &thanks);
    EXPECT_HIT(&rec, "explanation-given", NULL);
    EXPECT_HIT(&thanks, "explanation-given", NULL);
    EXPECT_NO_HIT(&thanks, "thank-for-feedback", NULL);
    assert_int_equal(thanks.value, rec.value);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Noor's locked account: how reported profiles are checked answers her
 * second point, but is no explanation of why the check locked her out; the
 * glare that fails the check is. */
static void test_a_point_beside_the_fault(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh28", "cy-match-verify");
    rd_Run r;
    rd_play_one(&r, &sit, "beside", 10, "answer", "o-rec");
    rd_Judged beside, why;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-fakes p-dm", &beside);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-dm", &why);
    EXPECT_NO_HIT(&beside, "explanation-given", &why);
    EXPECT_HIT(&why, "explanation-given", &beside);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_why_over_the_way_on),
        cmocka_unit_test(test_unmarked_story_as_before),
        cmocka_unit_test(test_a_point_beside_the_fault),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
