/* A public answer to a question that also offers private help for the
 * personal details is still an answer where it was asked (tests/fresh66,
 * finding N1).
 *
 * PUBLIC, ALWAYS, SWITCH: 001 moves personal details to a private channel
 * after a public answer. A reply that answers the question in public (it
 * confirms every fact the post's `answer` names) and then invites the rest
 * to a DM, while something about the customer may never be said in
 * public (a post's claim or a fact marked private), earns
 * answered-where-asked; a "send us a DM" in place of the answer still does
 * not, nor does a move with nothing private at stake. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Jon Are asks how to apply for a safety alarm for his father and what it
 * costs. The recommended answer gives both in public and offers help with
 * the application in a message, so his father's falls and pension stay off
 * the wall; before the fix its move-private part cost it the credit, and it
 * led the half answer (how to apply only) by 2 points. */
static void test_answer_then_details_in_private(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh66", "eo-alarm-soknad");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged rec, half, details;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-halv", &half);
    rd_judge_option(&r, "answer", "o-detaljer", &details);
    EXPECT_HIT(&rec, "question-answered", &half);
    EXPECT_HIT(&rec, "answered-where-asked", NULL);
    EXPECT_HIT(&half, "answered-where-asked", NULL);
    EXPECT_NO_HIT(&details, "answered-where-asked", &rec);
    EXPECT_BEATS(&rec, &half);
    EXPECT_BEATS(&half, &details);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A "send us a DM" in place of the answer is no answer where it was asked,
 * as before (tests/fresh2, n-theatre-question). */
static void test_dm_instead_of_an_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh2", "n-theatre-question");
    rd_Run r;
    rd_play_one(&r, &sit, "answer", 10, "answer", "o-answer");
    rd_Judged pub, dm_us;
    rd_judge_option(&r, "answer", "o-answer", &pub);
    rd_judge_option(&r, "answer", "o-dm-us", &dm_us);
    EXPECT_HIT(&pub, "answered-where-asked", NULL);
    EXPECT_NO_HIT(&dm_us, "answered-where-asked", &pub);
    rd_stop(&r);
    rd_unload(&sit);
}

/* With nothing about the customer that must stay off the wall, a public
 * answer that hands the rest to a phone call is read as before: Hege's
 * venue answers "yes to both" and sends the rest to the manager, and the
 * move earns the switch, not the answer where asked (tests/fresh42,
 * lv-lokale-femti; the warm recommended answer stays ahead). */
static void test_nothing_private_keeps_the_old_reading(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh42", "lv-lokale-femti");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged kort, rec;
    rd_judge_option(&r, "second", "o2-kort", &kort);
    rd_judge_option(&r, "second", "o2-rec", &rec);
    EXPECT_NO_HIT(&kort, "answered-where-asked", &rec);
    EXPECT_BEATS(&rec, &kort);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_answer_then_details_in_private),
        cmocka_unit_test(test_dm_instead_of_an_answer),
        cmocka_unit_test(test_nothing_private_keeps_the_old_reading),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
