/* The scoring model reads a wall as one reply (tests/fresh14, answers built to
 * look good; brief audit14): a public reply that is a wall of text (tagged
 * long, or over 560 characters) earns no credit for each courtesy part piled
 * on its substance (sympathy, thanks, contact, a promise of more), so it no
 * longer outranks the short plain answer (SHORT, EMPATHY). The same parts in
 * a private message keep their credits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static const char *const COURTESY[] = {"empathy-shown", "thank-for-feedback", "contact-offered",
                                       "follow-up-promised"};
enum { COURTESY_N = sizeof COURTESY / sizeof COURTESY[0] };

/* Elin's car was not in its bay. The wall of eight parts (thanks, sympathy,
 * confirmation, sorry, why, the refund, a promise of more, every channel)
 * earned each courtesy part's credit and ranked +132 over the plain four
 * parts' +116. Now the four credits stay off, long-reply costs it, and the
 * plain answer wins. */
static void test_wall_earns_no_part_by_part(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh14", "q-carshare-empty-bay");
    rd_Run r;
    rd_play_one(&r, &sit, "plain", 10, "answer", "o-rec");
    rd_Judged plain, wall;
    rd_judge_option(&r, "answer", "o-rec", &plain);
    rd_judge_option(&r, "answer", "o-sink", &wall);
    for (int i = 0; i < COURTESY_N; i++) EXPECT_NO_HIT(&wall, COURTESY[i], &plain);
    EXPECT_HIT(&wall, "long-reply", &plain);
    EXPECT_BEATS(&plain, &wall);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same eight parts written to her in a private message are no wall on a
 * public thread: the courtesy parts keep their credits there. */
static void test_private_letter_is_no_wall(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh14", "q-carshare-empty-bay");
    sv_Option *sink = &sit.sc.options[rd_option(&sit, "o-sink")];
    sink->visibility = sink->steps[sink->main].visibility = SV_VIS_PRIVATE;
    rd_Run r;
    rd_play_one(&r, &sit, "letter", 10, "answer", "o-rec");
    rd_Judged letter;
    rd_judge_option(&r, "answer", "o-sink", &letter);
    for (int i = 0; i < COURTESY_N; i++) EXPECT_HIT(&letter, COURTESY[i], NULL);
    EXPECT_NO_HIT(&letter, "long-reply", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Bo asked whether batteries are free under the warranty. The answer buried
 * in eight parts, with a promise to come back on what it already answered,
 * earned follow-up-promised (+5); now it earns nothing for the promise, and
 * the plain answer stays above it. */
static void test_answer_in_a_wall(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh14", "q-hearing-batteries");
    rd_Run r;
    rd_play_one(&r, &sit, "plain", 10, "answer", "o-rec");
    rd_Judged plain, wall;
    rd_judge_option(&r, "answer", "o-rec", &plain);
    rd_judge_option(&r, "answer", "o-sink", &wall);
    EXPECT_NO_HIT(&wall, "follow-up-promised", &plain);
    EXPECT_HIT(&wall, "long-reply", &plain);
    EXPECT_BEATS(&plain, &wall);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wall_earns_no_part_by_part),
        cmocka_unit_test(test_private_letter_is_no_wall),
        cmocka_unit_test(test_answer_in_a_wall),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
