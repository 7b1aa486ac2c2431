/* The answer to what the post asks (brief audit31; tests/fresh31, findings V1
 * and V2).
 *
 * ALWAYS, LISTEN: a post with a question in it is answered by what it asks;
 * 000 listens first and answers what was written. A post may name the fact
 * that answers its question (`answer`, only with `asks`); a reply that
 * confirms it, true and known, `answers_question` and earns
 * `question-answered`. Before, the part that answered ("we knew in May that
 * rates were going up, but not by how much, so we waited for the bank's
 * offer") earned only what the other explanations already paid, and a
 * "thanks for coming back to us" took its place in the composer. A post that
 * names no answer is read as before. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Marita asks whether the board could have seen the rise coming. The
 * recommended four, with the answer, earn question-answered and rank above
 * the same reply with the thanks in its place; the thanks alone earn none. */
static void test_what_she_asked_over_the_thanks(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh31", "hh-coop-fee");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2--rec");
    rd_Judged answer, thanks;
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-fair p2-waited p2-plan p2-dm", &answer);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-fair p2-thanks p2-plan p2-dm", &thanks);
    EXPECT_HIT(&answer, "question-answered", &thanks);
    EXPECT_BEATS(&answer, &thanks);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The question's answer said wrongly is no answer: "nobody could have known"
 * denies what the board knew, and earns nothing for answering. */
static void test_denial_is_no_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh31", "hh-coop-fee");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2--rec");
    rd_Judged nobody;
    rd_judge_option(&r, "second", "o2--nobody", &nobody);
    EXPECT_NO_HIT(&nobody, "question-answered", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_what_she_asked_over_the_thanks),
        cmocka_unit_test(test_denial_is_no_answer),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
