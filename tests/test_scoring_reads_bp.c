/* A door to private under a first public answer that has made the loss good
 * and promised the rest in the thread earns no credit for switching
 * (tests/fresh61, finding V1, second half).
 *
 * SWITCH, PUBLIC: 001 moves personal details and complex cases to private
 * after a public answer. A first public answer that makes the customer's
 * loss good in full (covers_loss) and promises to come back in the thread
 * with what is still missing (a promise-follow-up part: a promise made in
 * public is kept in public) leaves nothing of hers to settle in private,
 * as one that tells what has changed (tells_measure) does, unless the story
 * holds details that must stay out of the feed (private_at_stake). The door
 * still earns invited-to-continue (CONTACT). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Maria's booking page showed no free times all Saturday morning; the
 * outage is owned, March free for every business hit covers her month, and
 * the why is promised in the thread. "Send us a DM and we'll keep you posted"
 * earned +6 for a switch with nothing to switch and took the place of what is
 * being done to find the cause (+108 over the recommended +105). */
static void test_door_beside_a_public_promise(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh61", "sb-booking-saturday");
    rd_Run r;
    rd_play_one(&r, &sit, "promised", 10, "answer", "o-rec");
    rd_Judged door, rec, unpaid, unpromised;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-march p-back p-dm", &door);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-logs p-back p-march", &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-logs p-back p-dm", &unpaid);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-logs p-march p-dm", &unpromised);
    EXPECT_NO_HIT(&door, "switch-after-public-solution", &unpaid);
    EXPECT_HIT(&door, "invited-to-continue", NULL);
    EXPECT_BEATS(&rec, &door);
    /* the loss not made good: something of hers is left to settle */
    EXPECT_HIT(&unpaid, "switch-after-public-solution", NULL);
    /* nothing promised in the thread and nothing changed told: still open */
    EXPECT_HIT(&unpromised, "switch-after-public-solution", NULL);
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
