/* A mistake owned in public with neither a sorry nor a thank-you
 * (tests/fresh27, finding V2).
 *
 * ORDER, APOLOGY-EXPLAIN-COMPENSATE, ALWAYS: a reply to a negative post
 * confirms or denies, then apologises, then explains, then makes good (000);
 * the sorry comes quickly when the brand agrees a mistake was made (003); a
 * negative post is answered with a sorry (001). 002 lets a thank-you for the
 * criticism do the same work. `fault-owned-without-sorry` charges a first
 * public answer to a complaint that acknowledges a true claim that is the
 * brand's fault (not `no_fault`) and says neither an unhedged sorry nor a
 * thank-you. A template, a hostile reply, a guess or a third round are
 * charged by their own rules. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

#define NO_SORRY "p-right p-mailed p-why p-choice p-call"
#define SORRY "p-right p-mailed p-sorry p-why p-choice"
#define THANKS "p-right p-mailed p-thanks p-why p-choice"

/* Johanna's invoice: a fee by mistake (true, the company's fault), a price
 * rise (true, no fault), "no warning" (false). The fee owned, the warning
 * put right, why, the credit and a choice, and Sami's number, with no sorry:
 * charged, and the recommended five with the sorry in place of the number
 * are the model's best again. A thank-you in the sorry's place is 002's way
 * of welcoming the criticism, and is not charged. */
static void test_fee_owned_without_sorry(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh27", "sv-forrad-faktura");
    rd_Run r;
    rd_play_one(&r, &sit, "owned", 10, "answer", "o-rec");
    rd_Judged no_sorry, sorry, thanks, rec;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, NO_SORRY, &no_sorry);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, SORRY, &sorry);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, THANKS, &thanks);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&no_sorry, "fault-owned-without-sorry", &sorry);
    EXPECT_NO_HIT(&sorry, "fault-owned-without-sorry", &no_sorry);
    EXPECT_BEATS(&sorry, &no_sorry);
    EXPECT_NO_HIT(&thanks, "fault-owned-without-sorry", NULL);
    EXPECT_NO_HIT(&rec, "fault-owned-without-sorry", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Had the fee been charged under a rule kept for everyone (its claim marked
 * no fault), owning it would own no mistake, and no sorry is owed for it. */
static void test_no_fault_needs_no_sorry(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh27", "sv-forrad-faktura");
    sit.sc.facts[rd_fact(&sit, "admin-fee")].no_fault = true;
    rd_Run r;
    rd_play_one(&r, &sit, "rule", 10, "answer", "o-rec");
    rd_Judged no_sorry;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, NO_SORRY, &no_sorry);
    EXPECT_NO_HIT(&no_sorry, "fault-owned-without-sorry", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fee_owned_without_sorry),
        cmocka_unit_test(test_no_fault_needs_no_sorry),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
