/* A thank-you to a neutral question is credited when the reply asks back
 * for what nobody knows yet (tests/fresh56, finding V2).
 *
 * THANK, ASK, ALWAYS: 002 thanks the customer who points at something the
 * brand can improve, and 001 answers a report it cannot settle yet with a
 * question that gets the facts. thank-for-remark kept its credit from a
 * thank-you to a neutral post that asks unless the reply explained or denied
 * something, so that a thank-you that leaves the question out earns nothing.
 * A reply that cannot answer yet, because the facts are missing, and asks
 * for them instead (asks_back, facts_missing: what ask-when-facts-missing
 * reads) does not leave the question out: it takes it up the only honest
 * way, and its thanks now count. A thank-you beside no answer and no
 * question back still earns nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Ola asks whether the part-time filter is broken; nobody knows yet in which
 * app. The recommended parts thank him, ask which app and which words, and
 * promise to come back. Before the fix the thanks earned nothing, so the
 * composed reply was worth as much without them (+36 both ways) and the
 * model's best one left them out. */
static void test_thanks_beside_a_question_back(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh56", "jr-filter-question");
    rd_Run r;
    rd_play_one(&r, &sit, "asked", 10, "answer", "o-rec");
    rd_Judged with, without, bare;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-which p-back", &with);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-which p-back", &without);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-hi", &bare);
    EXPECT_HIT(&with, "ask-when-facts-missing", NULL);
    EXPECT_HIT(&with, "thank-for-remark", &without);
    EXPECT_BEATS(&with, &without);
    /* thanks that leave the question out still earn nothing for thanking */
    EXPECT_NO_HIT(&bare, "thank-for-remark", NULL);
    EXPECT_HIT(&bare, "question-left-out", NULL);
    EXPECT_BEATS(&with, &bare);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_thanks_beside_a_question_back),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
