/* The scoring model reads a thing the fresh10 audit found (tests/fresh10,
 * K2): an answer to a question that says something untrue is no useful
 * answer to it (ALWAYS, HONEST). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

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
        cmocka_unit_test(test_untrue_answer_is_no_answer),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
