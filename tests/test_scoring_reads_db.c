/* A falsehood put right, with the facts, to someone who asks whether it is
 * true (tests/fresh44, finding V1).
 *
 * FACTUAL, HONEST (000: answer matter-of-factly and informatively; 004: not
 * everything written is true): a customer who read a false post and asks
 * "is this true?" is owed the no first and the facts behind it. A reply to
 * a neutral post that asks, which denies something false and explains, now
 * earns informative-correction, as a correction to a complaint does; before,
 * the denial only made the reply longer and the model left it out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* A troll has posted that the travel agency is a scam and going bankrupt;
 * Eva, with a trip booked, asks whether she should be worried. "It isn't
 * true: your trip is on and your money is safe" beside the travel
 * guarantee was left out of the model's best reply (+38 without it, +36
 * with it: only short-reply lost). A bare no, with no facts behind it,
 * earns nothing for correcting. */
static void test_rumour_put_right_to_the_asker(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh44", "ai-agency-troll");
    rd_Run r;
    rd_play_one(&r, &sit, "rumour", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged with, without, bare, rec;
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-thanks p2-no p2-guarantee p2-lotta", &with);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-thanks p2-guarantee p2-lotta", &without);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-thanks p2-no p2-lotta", &bare);
    rd_judge_option(&r, "second", "o2-rec", &rec);
    EXPECT_HIT(&with, "informative-correction", &without);
    EXPECT_BEATS(&with, &without);
    EXPECT_NO_HIT(&bare, "informative-correction", NULL);
    EXPECT_HIT(&rec, "informative-correction", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rumour_put_right_to_the_asker),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
