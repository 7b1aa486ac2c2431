/* Personal details at stake, taken private (brief audit32; tests/fresh32,
 * finding V2).
 *
 * SWITCH, PRO: 001 moves personal details and complex cases to a private
 * channel, after a public answer that offers a solution. The test
 * private_at_stake reads that the story holds something about the customer
 * never to be said in public (a fact of the scenario, or a claim of the
 * answered post, marked private, true and known). A public answer to a
 * complaint that offers a way forward and moves the rest private in such a
 * case earns `private-case-taken-private`; before it, a thanks in place of
 * the move to private tied the recommended answer (a CV sent to the
 * candidate's own employer), and the tie went to the thanks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Elin's CV on her boss's desk: owned, sorry, why, the CEO's letter, her line,
 * and "I've sent you a message" ranks above the same with a thanks in place of
 * the message; the pointer to private alone, with no way forward, earns
 * nothing here. */
static void test_private_case_taken_private(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh32", "bz-cv-employer");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged dm, thanks, bare, rec;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ours p-sorry p-why p-letter p-dm p-annika", &dm);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ours p-thanks p-sorry p-why p-letter p-annika",
                   &thanks);
    rd_judge_option(&r, "answer", "o-dm", &bare);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&dm, "private-case-taken-private", &thanks);
    EXPECT_NO_HIT(&thanks, "private-case-taken-private", &dm);
    EXPECT_NO_HIT(&bare, "private-case-taken-private", &rec);
    EXPECT_HIT(&rec, "private-case-taken-private", NULL);
    EXPECT_BEATS(&dm, &thanks);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Without the private fact (her employer's name unmarked), the case holds
 * nothing private, and the move to private earns nothing here. */
static void test_nothing_private_at_stake(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh32", "bz-cv-employer");
    sit.sc.facts[rd_fact(&sit, "employer")].confidential = false;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged dm;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ours p-sorry p-why p-letter p-dm p-annika", &dm);
    EXPECT_NO_HIT(&dm, "private-case-taken-private", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_private_case_taken_private),
        cmocka_unit_test(test_nothing_private_at_stake),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
