/* A thank-you beside the answer to what a no-fault complaint asks earns no
 * thank-for-feedback (tests/fresh68, finding V1).
 *
 * THANK (002): thanks for pointing at something the brand can do better.
 * Emma's extraction still bleeds on a Friday evening and the practice's phone
 * plays its recorded message (true, no fault: it is shut, as its hours say);
 * she asks what to do. A reply that answers her, owning what she wrote as no
 * fault, has been asked for help, not shown something to improve, as a reply
 * that denies a false point beside a no-fault one has (tests/fresh33, W2).
 * Before the fix "thanks for reaching out" in place of the move to a private
 * call for her health tied with the recommended reply (+84 each), which
 * counts against the model. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static void test_no_thanks_for_a_question_answered(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh68", "do-extraction-bleed");
    rd_Run r;
    rd_play_one(&r, &sit, "bleed", 10, "answer", "o-rec");
    rd_Judged rec, thanks;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-feel p-gauze p-oncall p-dm", &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-feel p-thanks p-gauze p-oncall", &thanks);
    EXPECT_HIT(&thanks, "question-answered", NULL);
    EXPECT_NO_HIT(&thanks, "thank-for-feedback", NULL);
    EXPECT_HIT(&rec, "switch-after-public-solution", NULL);
    /* her health to a private call, not a thank-you, beside the answer */
    EXPECT_BEATS(&rec, &thanks);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A complaint at fault is still thanked for: Sofia's filling cancelled by
 * text at 7:10, owned, explained and made good, with a thank-you. */
static void test_thanks_for_a_fault_still_paid(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh68", "do-filling-cancelled");
    rd_Run r;
    rd_play_one(&r, &sit, "filling", 10, "answer", "o-rec");
    rd_Judged thanks;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-thanks p-eva", &thanks);
    EXPECT_HIT(&thanks, "thank-for-feedback", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_thanks_for_a_question_answered),
        cmocka_unit_test(test_thanks_for_a_fault_still_paid),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
