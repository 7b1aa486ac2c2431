/* A fault raised in a question, owned (brief audit32; tests/fresh32,
 * finding V1).
 *
 * ORDER, APOLOGY-EXPLAIN-COMPENSATE: 000's reply confirms the claim, says
 * sorry, explains and makes good; 003's sorry is owed whenever the brand
 * agrees a mistake was made. The rules that pay them read complaints
 * (negative posts) and, for a fault named in praise, positive posts; a
 * neutral post that states the brand's fault (a reporter's question, "three
 * webshops say you lost their stock: how many?") earned nothing for being
 * told "it's true, we're sorry, and this is why", so three short parts
 * ranked above the whole answer. `fault-in-question-owned` pays a reply to a
 * neutral post with a true claim that is the brand's fault, which says it is
 * so (an `acknowledge` part confirming the post's claim), says sorry and
 * tells the cause; not a sympathy line about a claim that is no fault. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* The reporter's question about the mislaid pallet: the whole answer (it's
 * true, sorry, why, shipped today, scanned twice, Kristoffer) ranks above
 * three short parts that leave the fault unowned; without the cause, or
 * without the sorry, the fault is not owned. */
static void test_fault_in_question_owned(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh32", "bz-orders-lost");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged whole, brief, nowhy, nosorry, rec, facts;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-true p-sorry p-why p-ship p-scan p-kristoffer",
                   &whole);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-scan p-ship p-kristoffer", &brief);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-true p-sorry p-scan p-ship p-kristoffer",
                   &nowhy);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-true p-why p-ship p-scan p-kristoffer",
                   &nosorry);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-facts", &facts);
    EXPECT_HIT(&whole, "fault-in-question-owned", &brief);
    EXPECT_NO_HIT(&brief, "fault-in-question-owned", &whole);
    EXPECT_NO_HIT(&nowhy, "fault-in-question-owned", &whole);
    EXPECT_NO_HIT(&nosorry, "fault-in-question-owned", &whole);
    EXPECT_HIT(&rec, "fault-in-question-owned", NULL);
    EXPECT_NO_HIT(&facts, "fault-in-question-owned", &rec);
    EXPECT_BEATS(&whole, &brief);
    EXPECT_BEATS(&whole, &nowhy);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A question whose true claim is no fault of anyone's (a parent's son has
 * epilepsy, asked in private): a sympathy line with the facts earns nothing
 * here, and the thanks with the facts still ranks first. */
static void test_no_fault_in_the_question(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh18", "cq-planetarium-dm");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged sorry, thanks;
    rd_judge_parts(&r, "answer", SV_VIS_PRIVATE, "p-seats p-sorry p-show", &sorry);
    rd_judge_parts(&r, "answer", SV_VIS_PRIVATE, "p-seats p-thank p-show", &thanks);
    EXPECT_NO_HIT(&sorry, "fault-in-question-owned", NULL);
    EXPECT_BEATS(&thanks, &sorry);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fault_in_question_owned),
        cmocka_unit_test(test_no_fault_in_the_question),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
