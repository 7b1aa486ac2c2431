/* A move to private after a public answer that has settled the case earns
 * no credit for switching (tests/fresh34, finding V1).
 *
 * SWITCH, APOLOGY-EXPLAIN-COMPENSATE: private is for personal details and
 * complex cases. A first public answer that makes the customer's loss good
 * in full (covers_loss) and tells what has changed (tells_measure) leaves
 * nothing of hers to settle in private, unless the story holds details that
 * must stay out of the feed (private_at_stake). A door to private under it
 * earns no switch-after-public-solution; the open door still earns
 * invited-to-continue (CONTACT). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Elin, billed 600 kr for a roof box's lock that the firm's own pick-up note
 * says was broken before she took it. The composer put "send us your booking
 * number in a DM" in place of why it happened (p-right p-sorry p-form
 * p-refund p-dm, +134 over the recommended +131): the door earned +6 for a
 * switch with nothing left to switch, the 600 kr back with 200 more and the
 * one form already told. Now it earns no switch credit, and the why ranks
 * above it. Without the measure the case is still open, and the door keeps its
 * credit. */
static void test_door_after_a_settled_case(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh34", "dq-roofbox-lock");
    rd_Run r;
    rd_play_one(&r, &sit, "settled", 10, "answer", "o-rec");
    rd_Judged door, rec, open;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-form p-refund p-dm", &door);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-form p-refund", &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-refund p-dm", &open);
    EXPECT_NO_HIT(&door, "switch-after-public-solution", &open);
    EXPECT_HIT(&door, "invited-to-continue", NULL);
    EXPECT_BEATS(&rec, &door);
    /* nothing said about what has changed: the case is not settled */
    EXPECT_HIT(&open, "switch-after-public-solution", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Henrik's windscreen: a free new screen by DM, with no word on what has
 * changed and the 450 kr repair not refunded (o-sorry: the loss not covered
 * in full), still moves a case with something left to book. */
static void test_door_to_an_open_case(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh34", "dq-windscreen-crack");
    rd_Run r;
    rd_play_one(&r, &sit, "open", 10, "answer", "o-sorry");
    rd_Judged sorry;
    rd_judge_option(&r, "answer", "o-sorry", &sorry);
    EXPECT_HIT(&sorry, "switch-after-public-solution", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_door_after_a_settled_case),
        cmocka_unit_test(test_door_to_an_open_case),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
