/* Both halves of the explanation: why it went wrong, and what was changed
 * (tests/fresh24, finding V1).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, FIX: 003's explanation says why it went wrong
 * and what was done so it does not happen again. The measure alone earned
 * explanation-given and measure-told, so the part that gave the cause added
 * nothing once the measure was there, and a thank-you (+6) took its place. A
 * reply whose explanation confirms a cause (the test tells_cause: a fact of
 * the story no post claims, true and known, neither the measure, nor the
 * inquiry, nor private) and tells the measure earns cause-and-change-told. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Hanna's son was refused the access pass ("he looks fine to me", a
 * doctor's note asked for). With room for six parts the model sent the
 * thanks in place of why it happened (the pass needs no note; the worker was
 * a new temp): p-right p-thanks p-sorry p-desk p-tickets p-amir, +113 over
 * the recommended six at +107. Now the cause with the change earns the rule,
 * and the recommended six rank first. */
static void test_cause_beside_the_change(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh24", "cw-park-pass");
    rd_Run r;
    rd_play_one(&r, &sit, "pass", 10, "answer", "o-rec");
    rd_Judged rec, thanks, cause_only, change_only, option;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-desk p-tickets p-amir",
                   &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-thanks p-sorry p-desk p-tickets p-amir",
                   &thanks);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-tickets p-amir",
                   &cause_only);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-desk p-tickets p-amir",
                   &change_only);
    rd_judge_option(&r, "answer", "o-rec", &option);
    EXPECT_HIT(&rec, "cause-and-change-told", &thanks);
    EXPECT_BEATS(&rec, &thanks);
    /* one half alone is not both */
    EXPECT_NO_HIT(&cause_only, "cause-and-change-told", &rec);
    EXPECT_NO_HIT(&change_only, "cause-and-change-told", &rec);
    EXPECT_HIT(&change_only, "measure-told", NULL);
    /* an option is read as a whole: its explanation confirms the cause */
    EXPECT_HIT(&option, "cause-and-change-told", NULL);
    /* the boy's diagnosis is no cause to tell: private, and disclosed */
    rd_Judged autism;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-autism p-desk p-tickets p-amir",
                   &autism);
    EXPECT_NO_HIT(&autism, "cause-and-change-told", &rec);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Karin's father's name cut wrong: with no thank-you to take its place, the
 * model left the cause out (the engraver worked from an earlier draft) and
 * the shorter reply tied the recommended six at +107. The cause with the
 * second check now earns the rule. A cause that is no fact of the story (a
 * post's claim confirmed again in an explain part) is not read as one. */
static void test_cause_left_out_of_a_tie(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh24", "cw-headstone-name");
    rd_Run r;
    rd_play_one(&r, &sit, "stone", 10, "answer", "o-rec");
    rd_Judged rec, shorter;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-own p-sorry p-draft p-check p-recut p-lars",
                   &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-own p-sorry p-check p-recut p-lars", &shorter);
    EXPECT_HIT(&rec, "cause-and-change-told", &shorter);
    EXPECT_BEATS(&rec, &shorter);
    rd_stop(&r);
    /* the draft part made to confirm the post's claim instead of the fact */
    const sv_Part *p = &sit.sc.parts[rd_part(&sit, "p-draft")];
    assert_int_equal(p->claims.confirms.count, 1);
    sit.sc.fact_refs[p->claims.confirms.start] = (uint32_t)rd_fact(&sit, "misspelt");
    rd_play_one(&r, &sit, "claim", 10, "answer", "o-rec");
    rd_Judged claim;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-own p-sorry p-draft p-check p-recut p-lars",
                   &claim);
    EXPECT_NO_HIT(&claim, "cause-and-change-told", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cause_beside_the_change),
        cmocka_unit_test(test_cause_left_out_of_a_tie),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
