/* A new voice in a thread that has had its two answers (brief audit31;
 * tests/fresh31, finding V3).
 *
 * TWICE, FACTUAL, PRO: 001 answers a negative post at most twice, so that a
 * customer who wants a fight does not get one; the count is of the answers
 * to that person's post. A neighbour who joins the thread with a false rumour
 * about the board's chair has had no answer at all, though the thread has had
 * two (to the resident who started it). Before, the calm correction paid
 * `third-public-reply` (-33) and lost every answer credit (`third_round`), and
 * ranked under leaving the rumour standing. Now the first public answer to
 * someone new in a thread someone else started (`new_voice`, not a troll) is
 * no third round; the complainer's own third post still is. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Brf Tallbacken has answered Marita twice in the neighbourhood group; Sture
 * adds that the chair's brother-in-law got the roof job. Put right once and
 * calmly, it is no third round, and it ranks above leaving it. */
static void test_rumour_from_a_neighbour_after_two_answers(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh31", "hh-coop-fee");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2--rec");
    rd_choose(&r, 250, "third", "o3--rec");
    rd_Judged rec, leave, slander;
    rd_judge_option(&r, "third", "o3--rec", &rec);
    rd_judge_option(&r, "third", "o3--leave", &leave);
    rd_judge_option(&r, "third", "o3--slander", &slander);
    EXPECT_NO_HIT(&rec, "third-public-reply", NULL);
    EXPECT_HIT(&rec, "honest-reply", NULL);
    EXPECT_BEATS(&rec, &leave);
    /* a threat is still charged as what it is */
    EXPECT_HIT(&slander, "argue-with-customer", NULL);
    EXPECT_BEATS(&leave, &slander);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The complainer's own third post is the third round it was: Oskar, after two
 * public answers, calls the shop crooks; a third public round with him pays
 * third-public-reply, and the private message from the manager beats it. */
static void test_complainer_third_post_is_still_a_third_round(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh22", "cu-guitar-law");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_choose(&r, 250, "third", "o3-rec");
    rd_Judged third, rec;
    rd_judge_option(&r, "third", "o3-third", &third);
    rd_judge_option(&r, "third", "o3-rec", &rec);
    EXPECT_HIT(&third, "third-public-reply", NULL);
    EXPECT_BEATS(&rec, &third);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rumour_from_a_neighbour_after_two_answers),
        cmocka_unit_test(test_complainer_third_post_is_still_a_third_round),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
