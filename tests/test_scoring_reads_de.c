/* A suggestion that points at a true shortcoming, answered with why it
 * happened and what is changed, earns the cause and the change told, as a
 * complaint's answer does (tests/fresh47, finding V1 and its perturb flips).
 *
 * LISTEN, FIX, APOLOGY-EXPLAIN-COMPENSATE: 000 asks the brand to take in what
 * is written and change what people ask to change; 002 calls fixing the
 * cause perhaps the most important thing; 003's explanation says why it went
 * wrong and what was done so it does not happen again. A neutral post (not a
 * troll's) whose claims are true, about a fault of the brand's (not
 * no_fault), answered with a reply that takes its claim up (answers_claim)
 * and tells both the cause and the measure, earns cause-and-change-told,
 * which before read only complaints. The change alone still earns only
 * measure-told. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Kjersti loved the flea market but queued two hours in the rain and asks
 * for queue tickets or both doors. "We opened one door, we were too few
 * volunteers" beside "next year: tickets from 8 and both doors" used to earn
 * nothing more than the change alone (+33 each), and the model sent the
 * thanks and the change; now the why earns the credit (+40). */
static void test_why_beside_the_change_for_a_suggestion(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh47", "fg-korps-loppemarked");
    rd_Run r;
    rd_play_one(&r, &sit, "queue", 10, "answer", "o-rec");
    rd_Judged both, change;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-why p-fix", &both);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-fix", &change);
    EXPECT_HIT(&both, "cause-and-change-told", NULL);
    EXPECT_NO_HIT(&change, "cause-and-change-told", &both);
    EXPECT_HIT(&change, "measure-told", NULL);
    EXPECT_BEATS(&both, &change);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A neutral question about a true fault (a warehouse that lost webshops'
 * stock) answered with the cause and the new scan is read the same way. */
static void test_question_about_a_fault(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh32", "bz-orders-lost");
    rd_Run r;
    rd_play_one(&r, &sit, "lost", 10, "answer", "o-rec");
    rd_Judged rec;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&rec, "cause-and-change-told", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_why_beside_the_change_for_a_suggestion),
        cmocka_unit_test(test_question_about_a_fault),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
