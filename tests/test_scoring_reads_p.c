/* The scoring model reads two things the fresh10 audit found (tests/fresh10,
 * K1 and K2): a kind post that also names something that went wrong is two
 * posts in one, and owning the fault and doing something about it earns its
 * own credit beside the thanks (THANK, APOLOGY-EXPLAIN-COMPENSATE); and an
 * answer to a question that says something untrue is no useful answer to it
 * (ALWAYS, HONEST). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Eirik thanks the workshop for a one-day repair and mentions that his bell
 * was left behind. The thank-you that owns the bell, says sorry and sends
 * it earned only honest-reply beyond the plain thanks (+31 against +22): its
 * sorry and its remedy counted for nothing, since the post is praise. Now it
 * earns fault-in-praise-owned; the plain thanks, the form line and the
 * defence of the fault in fresh2's soup review do not. */
static void test_fault_in_praise_owned(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh10", "k-thanks-but-bell");
    rd_Run r;
    rd_play_one(&r, &sit, "both", 10, "answer", "o-both");
    rd_Judged both, thanks, canned;
    rd_judge_option(&r, "answer", "o-both", &both);
    rd_judge_option(&r, "answer", "o-thanks", &thanks);
    rd_judge_option(&r, "answer", "o-template", &canned);
    EXPECT_HIT(&both, "fault-in-praise-owned", &thanks);
    EXPECT_NO_HIT(&thanks, "fault-in-praise-owned", &both);
    EXPECT_NO_HIT(&canned, "fault-in-praise-owned", &both);
    EXPECT_BEATS(&both, &thanks);
    rd_stop(&r);
    rd_unload(&sit);

    rd_load_in(&sit, "tests/fresh2", "n-soup-mixed");
    rd_play_one(&r, &sit, "fix", 10, "answer", "o-thank-fix");
    rd_Judged fix, defend;
    rd_judge_option(&r, "answer", "o-thank-fix", &fix);
    rd_judge_option(&r, "answer", "o-defend", &defend);
    EXPECT_HIT(&fix, "fault-in-praise-owned", &defend);
    EXPECT_NO_HIT(&defend, "fault-in-praise-owned", &fix);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Per asks how many comments the new colleague hid. "None that matter"
 * denies what is true (three were), and it still earned
 * answered-neutral-informatively (+6) for having a deny part. Now an answer
 * that denies a true fact, confirms a false one or is tagged dishonest
 * answers nothing usefully; the true number and the true "all are back" do. */
static void test_untrue_answer_is_no_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh10", "k-deleted-comment");
    rd_Run r;
    rd_play_one(&r, &sit, "none", 10, "answer", "o-own");
    rd_choose(&r, 130, "second", "o2-none");
    rd_Judged three, all, none;
    rd_judge_option(&r, "second", "o2-three", &three);
    rd_judge_option(&r, "second", "o2-all", &all);
    rd_judge_option(&r, "second", "o2-none", &none);
    EXPECT_HIT(&three, "answered-neutral-informatively", &none);
    EXPECT_HIT(&all, "answered-neutral-informatively", &none);
    EXPECT_NO_HIT(&none, "answered-neutral-informatively", &three);
    EXPECT_BEATS(&three, &none);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fault_in_praise_owned),
        cmocka_unit_test(test_untrue_answer_is_no_answer),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
