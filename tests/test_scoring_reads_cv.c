/* A reply that goes out with a report to the product team, in the same
 * option, is not charged for a cause left unfixed (tests/fresh52, finding V1).
 *
 * FIX: `recurring-complaint-unfixed` ("the cause has still not been fixed")
 * read only a `tell-product` sent before the reply's decision. An option that
 * tells the product team and answers in one move (`actions`: tell-product,
 * then reply) paid it, though the report came first; the same report in an
 * earlier decision spared it. A reply that tells nobody still pays it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Lars, logged out mid-video for the third time this week, with half the
 * course forum saying the same (`recurs`). The recommended answer tells the
 * developers, then owns it, says why and promises to post when it is fixed
 * (+92 before the fix, charged -9 for the unfixed cause); the acceptable
 * answer says sorry and gives the way round, and tells nobody. */
static void test_reported_in_the_same_move(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh52", "al-logged-out");
    rd_Run r;
    rd_play_one(&r, &sit, "same-move", 10, "answer", "o-rec");
    rd_Judged rec, around;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-workaround", &around);
    EXPECT_HIT(&rec, "change-what-many-ask", NULL);
    EXPECT_NO_HIT(&rec, "recurring-complaint-unfixed", &around);
    EXPECT_HIT(&around, "recurring-complaint-unfixed", &rec);
    EXPECT_BEATS(&rec, &around);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reported_in_the_same_move),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
