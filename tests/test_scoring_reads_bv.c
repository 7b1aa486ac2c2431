/* The customer's way to appeal is no cause told (brief audit63;
 * tests/fresh63, finding V1).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, FIX: 003's explanation is why it went wrong
 * and what was changed so that it does not happen again. A story may mark
 * facts that are said beside the cause: the measure, the inquiry, the
 * customer's recourse (an appeal the brand does not decide), a remedy for
 * everyone in the same case, what came of what many asked. Where the story
 * marks no fact `cause`, `tells_cause` read any other true, known fact in an
 * explain part as the cause, so telling a son that his father can take the
 * case to the appeals board earned `cause-and-change-told` beside the
 * measure, as if it said why the bank's standard letter went out. None of
 * these marked facts is the cause told now. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Eirik's father was defrauded and refused by a standard letter. The
 * composition with the appeals board (recourse) and the measure (no refusal
 * before a conversation) earns recourse-told, and no longer
 * cause-and-change-told; the same fact unmarked is read as before, as a
 * cause. Marked as a remedy for all, or as what came of many asking, it is
 * no cause either. */
static void test_appeal_is_no_cause(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh63", "bf-svindel-pappa");
    sv_Fact *nemnd = &sit.sc.facts[rd_fact(&sit, "nemnd")];
    const char *parts = "p-vondt p-brev p-nemnd p-rutine p-camilla";
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged appeal, unmarked, for_all, outcome;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, parts, &appeal);
    nemnd->recourse = false;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, parts, &unmarked);
    nemnd->for_all = true;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, parts, &for_all);
    nemnd->for_all = false;
    nemnd->outcome = true;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, parts, &outcome);
    nemnd->outcome = false;
    nemnd->recourse = true;
    EXPECT_HIT(&appeal, "recourse-told", NULL);
    EXPECT_HIT(&appeal, "measure-told", NULL);
    EXPECT_NO_HIT(&appeal, "cause-and-change-told", &unmarked);
    EXPECT_HIT(&unmarked, "cause-and-change-told", &appeal);
    EXPECT_NO_HIT(&for_all, "cause-and-change-told", &unmarked);
    EXPECT_NO_HIT(&outcome, "cause-and-change-told", &unmarked);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_appeal_is_no_cause),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
