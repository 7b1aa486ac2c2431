/* A remedy everyone in the same case gets is no prize for demanding
 * (tests/fresh27, finding V1).
 *
 * POLICY, ACCOMMODATE: a customer is treated the same whatever the channel,
 * and being accommodating moves the complainer and the onlookers most (000).
 * A post that demands back a fee charged under a rule kept for everyone
 * (`loss` 0) has any demand beyond its loss, and `grants_demand` reads an
 * offer that meets it as a prize for demanding (`demand-paid-in-public`).
 * When the offer is the remedy the brand gives everyone in the same case,
 * asked or not (a fact marked `for_all`, confirmed, true and known), those
 * who only asked get the same: it is no prize, and it earns what a remedy
 * earns. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

#define CREDIT "p-daughter p-rule p-why p-credit p-call"
#define THANKS "p-daughter p-rule p-thanks p-why p-call"

static void judge(const rd_Situation *sit, const char *name, rd_Judged *credit, rd_Judged *thanks,
                  rd_Judged *cash)
{
    rd_Run r;
    rd_play_one(&r, sit, name, 10, "answer", "o-rec");
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, CREDIT, credit);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, THANKS, thanks);
    rd_judge_option(&r, "answer", "o-refund", cash);
    rd_stop(&r);
}

/* Sara's 695 kr, charged under the 24-hour rule, demanded back. The credit
 * every patient whose child fell ill gets grants no demand: it earns the
 * remedy's credits and beats the no with its reason and a thank-you. The
 * whole fee paid back in cash, which no rule gives everyone, is still a
 * demand paid. Unmarked, the credit is read as the prize it was before. */
static void test_credit_for_everyone(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh27", "sv-naprapat-avgift");
    rd_Judged credit, thanks, cash;
    judge(&sit, "for all", &credit, &thanks, &cash);
    EXPECT_NO_HIT(&credit, "demand-paid-in-public", &thanks);
    EXPECT_HIT(&credit, "accommodating-reply", &thanks);
    EXPECT_HIT(&credit, "compensation-offered", &thanks);
    EXPECT_BEATS(&credit, &thanks);
    EXPECT_HIT(&cash, "demand-paid-in-public", NULL);
    sit.sc.facts[rd_fact(&sit, "credit")].for_all = false;
    rd_Judged prize, thanks2, cash2;
    judge(&sit, "an exception", &prize, &thanks2, &cash2);
    EXPECT_HIT(&prize, "demand-paid-in-public", &credit);
    EXPECT_NO_HIT(&prize, "accommodating-reply", &credit);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_credit_for_everyone),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
