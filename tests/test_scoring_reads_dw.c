/* A compensation offered beside a question, while the claim is unknown,
 * earns the remedy credits only when it rests on something known
 * (tests/fresh51, finding V2, its voucher half).
 *
 * LISTEN, ASK, APOLOGY-EXPLAIN-COMPENSATE: 000 listens first and answers
 * after, 001 asks to get the facts, and 003's compensation follows agreeing
 * that a mistake was made. A question keeps a reply to an unchecked claim
 * from being read as blind, but a voucher that names nothing, offered in
 * the same breath, pays for a fault nobody knows yet: the answer to the
 * question comes after. `compensation-offered`, `serious-reply-with-solution`
 * and `accommodating-reply` now pass such a reply only when its
 * compensation names a fact true and known (`compensation_known`): a visit
 * the installer can make, a refund the story knows everyone hit gets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Leo calls the refurbished laptop he bought junk and says nothing of what
 * is wrong. `p-warranty p-ask p-voucher` (the 12-month warranty, the
 * question, a 500 kr voucher) scored +89 over the recommended `p-feel
 * p-warranty p-ask` (+65); it now scores +65 too, and a tie ranks it
 * below. */
static void test_voucher_beside_question_is_blind(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh51", "mk-laptop-junk");
    rd_Run r;
    rd_play_one(&r, &sit, "voucher", 10, "answer", "o-rec");
    rd_Judged voucher, rec;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-warranty p-ask p-voucher", &voucher);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-feel p-warranty p-ask", &rec);
    EXPECT_NO_HIT(&voucher, "compensation-offered", NULL);
    EXPECT_NO_HIT(&voucher, "serious-reply-with-solution", NULL);
    EXPECT_NO_HIT(&voucher, "accommodating-reply", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Patrik's power keeps going off since the charger went in; nobody knows
 * why. The recommended answer asks when it goes and offers the installer's
 * free visit, a fact the story knows (`visit`): it keeps its credits. */
static void test_known_visit_beside_question_is_not_blind(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh45", "hm-el-laddbox");
    rd_Run r;
    rd_play_one(&r, &sit, "visit", 10, "answer", "o-rec");
    rd_Judged visit;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-hard p-when p-visit p-johan", &visit);
    EXPECT_HIT(&visit, "compensation-offered", NULL);
    EXPECT_HIT(&visit, "accommodating-reply", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_voucher_beside_question_is_blind),
        cmocka_unit_test(test_known_visit_beside_question_is_not_blind),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
