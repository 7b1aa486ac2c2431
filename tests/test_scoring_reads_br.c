/* A move to private beside a public promise to come back, after the whole
 * loss is paid back, earns no credit for switching (tests/fresh62, finding
 * V1).
 *
 * SWITCH, APOLOGY-EXPLAIN-COMPENSATE: private is for personal details and
 * complex cases. A first public answer that makes the customer's loss good in
 * full (covers_loss) has found her order and settled what was hers; when it
 * also tells what has changed (tells_measure), or promises to come back in
 * the thread with the why (a promise-follow-up part in a public reply, kept
 * by public words there), what is left of the case is said where everyone
 * reads it. A door to private under it switches nothing, unless the story
 * holds details that must stay out of the feed (private_at_stake): it earns
 * no switch-after-public-solution, and the open door still earns
 * invited-to-continue (CONTACT). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Camilla's 18 lunches, 55 minutes late and lukewarm; why is not known yet.
 * The composer put "write to us in the chat with the order number" in place
 * of the check under way (p-ratt p-forlat p-pengar p-aterkommer p-chatt, +92
 * over the recommended +88): the door earned +6 for a switch, with the whole
 * 2 340 kr already paid back and the why promised in the thread. Now it earns
 * no switch credit, and the check under way ranks above it. Without the
 * promise the why is owed nowhere in particular, and the door keeps its
 * credit. */
static void test_door_beside_a_public_promise(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh62", "lev-kontorslunch-kall");
    rd_Run r;
    rd_play_one(&r, &sit, "promised", 10, "answer", "o-rec");
    rd_Judged door, rec, open;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ratt p-forlat p-pengar p-aterkommer p-chatt",
                   &door);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ratt p-forlat p-logg p-pengar p-aterkommer",
                   &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ratt p-forlat p-pengar p-chatt", &open);
    EXPECT_NO_HIT(&door, "switch-after-public-solution", &open);
    EXPECT_HIT(&door, "invited-to-continue", NULL);
    EXPECT_HIT(&rec, "inquiry-told", NULL);
    EXPECT_BEATS(&rec, &door);
    /* no promise to come back: the case is not settled in public */
    EXPECT_HIT(&open, "switch-after-public-solution", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_door_beside_a_public_promise),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
