/* A door to private in the first answer to what many are saying, with
 * nothing of the author's own to settle, earns no SWITCH credit
 * (tests/fresh23, findings V4 and V5).
 *
 * SWITCH, PUBLIC: the guides move a conversation private for personal
 * details and complex cases, after a public answer. A complaint many keep
 * making (recurring) that says it cost its author nothing (no loss: the
 * test lost) is the same for everyone who makes it, and its answer belongs
 * where they all read it: a first public answer that also moves private
 * earns no switch-after-public-solution. CONTACT's open door
 * (invited-to-continue) is still credited. A complaint that cost its author
 * something, or one nobody else is making, keeps the credit; so does a move
 * private after an earlier public answer with a solution. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Many object to a crispbread ad with a mother breastfeeding at breakfast;
 * Gunnar, a customer of forty years, wants it down. It stays. The composer
 * put "send us a message if you'd like to talk about it" in place of his
 * view heard (p-ours p-forty p-what p-dm, +75 over the recommended +70):
 * the door to private earned switch-after-public-solution (+6) with nothing
 * to settle in private. */
static void test_nothing_private_to_settle(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh23", "cv-crispbread-ad");
    rd_Run r;
    rd_play_one(&r, &sit, "many", 10, "answer", "o-rec");
    rd_Judged heard, door;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-hear p-ours p-forty p-what", &heard);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ours p-forty p-what p-dm", &door);
    EXPECT_NO_HIT(&door, "switch-after-public-solution", &heard);
    EXPECT_HIT(&door, "invited-to-continue", NULL);
    EXPECT_BEATS(&heard, &door);
    rd_stop(&r);
    /* had the ad cost Gunnar something of his own (a loss to make good), the
     * door to private has something to settle, and SWITCH credits it */
    sv_Post *post = &sit.sc.posts[rd_post(&sit, "post")];
    post->loss = 40;
    rd_play_one(&r, &sit, "his-loss", 10, "answer", "o-rec");
    rd_Judged lost;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ours p-forty p-what p-dm", &lost);
    EXPECT_HIT(&lost, "switch-after-public-solution", NULL);
    rd_stop(&r);
    /* nor is one customer's complaint, which nobody else makes, the same
     * for everyone: the door keeps its credit */
    post->loss = 0;
    post->recurs = false;
    rd_play_one(&r, &sit, "alone", 10, "answer", "o-rec");
    rd_Judged alone;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ours p-forty p-what p-dm", &alone);
    EXPECT_HIT(&alone, "switch-after-public-solution", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The hot-sauce ad that jokes about mental illness: the answer owns it,
 * says sorry, tells why and what changes, and takes the ads down; a door
 * to private took the place of the thanks (+104 over +100). */
static void test_door_in_place_of_the_thanks(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh23", "cv-sauce-ad");
    rd_Run r;
    rd_play_one(&r, &sit, "many", 10, "answer", "o-rec");
    rd_Judged thanks, door;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-down p-thanks", &thanks);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-down p-dm", &door);
    EXPECT_NO_HIT(&door, "switch-after-public-solution", &thanks);
    EXPECT_BEATS(&thanks, &door);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nothing_private_to_settle),
        cmocka_unit_test(test_door_in_place_of_the_thanks),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
