/* The scoring model reads the situation, from a fifth audit on fresh
 * situations (tests/fresh4's open disagreement D3, then tests/fresh5: stories
 * written from the guides alone, where the model ranked against them). Each
 * situation is played in a real session with the default model, its
 * candidates judged with sv_score_whatif once the decision has closed, as in
 * test_scoring_reads_a.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Praise with a question in it ("the new rye is unreal, is it vegan?", a post
 * marked asks): the thank-you with the answer ranks above a warm thank-you
 * that leaves the question out, which earns none of the credits for
 * answering (ALWAYS, THANK); both rank above a template and silence. */
static void test_praise_that_asks_gets_the_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh4", "u-bread-praise");
    rd_Run r;
    rd_play_one(&r, &sit, "answer", 10, "answer", "o-answer");
    rd_Judged answer, thanks, canned, ignore;
    rd_judge_option(&r, "answer", "o-answer", &answer);
    rd_judge_option(&r, "answer", "o-thanks", &thanks);
    rd_judge_option(&r, "answer", "o-template", &canned);
    rd_judge_option(&r, "answer", "o-ignore", &ignore);
    EXPECT_HIT(&answer, "answered-neutral-informatively", &thanks);
    EXPECT_NO_HIT(&thanks, "answered-neutral-informatively", &answer);
    EXPECT_HIT(&answer, "answered-where-asked", &thanks);
    EXPECT_NO_HIT(&thanks, "answered-where-asked", &answer);
    EXPECT_HIT(&thanks, "thank-for-praise", &answer);
    EXPECT_BEATS(&answer, &thanks);
    EXPECT_BEATS(&thanks, &canned);
    EXPECT_BEATS(&thanks, &ignore);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_praise_that_asks_gets_the_answer),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
