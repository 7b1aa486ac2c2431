/* A question in two halves is answered only when both are (tests/fresh50,
 * finding V1).
 *
 * ALWAYS, LISTEN: a post's "answer" may name one fact for each thing it asks
 * (FORMAT.md); the test answers_question holds only when the reply confirms
 * every one of them, true and known, as every-point-answered reads a post's
 * claims. Before, "answer" named one fact, and a reply that answered half of
 * a two-part question earned question-answered as if it had answered it all. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Anne and Tor's five-star review asks how long the membrane's guarantee is
 * and whether the silicone joints need anything; the review site takes one
 * answer, and the composer four parts. The office number in place of the
 * joints (p-kontakt) answered half the question and, before the fix, earned
 * question-answered and contact-with-the-answer: +61 against the recommended
 * four at +57. Now only the reply that answers both halves is credited. */
static void test_both_halves_of_the_question(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh50", "hg-bad-omtale");
    rd_Run r;
    rd_play_one(&r, &sit, "review", 10, "answer", "o-rec");
    rd_Judged half, both, rec, thanks;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ahmed p-takk p-membran p-kontakt", &half);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-takk p-ahmed p-membran p-fuger", &both);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-takk", &thanks);
    EXPECT_NO_HIT(&half, "question-answered", &both);
    EXPECT_HIT(&both, "question-answered", NULL);
    EXPECT_HIT(&rec, "question-answered", NULL);
    EXPECT_NO_HIT(&thanks, "question-answered", &rec);
    EXPECT_BEATS(&both, &half);
    EXPECT_BEATS(&rec, &thanks);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_both_halves_of_the_question),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
