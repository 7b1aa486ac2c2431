/* Something the asker can use now, beside the answer, meets her halfway as
 * an offer does (tests/fresh58, finding V1).
 *
 * ACCOMMODATE, ALWAYS: question-met-with-an-offer pays a reply to a question
 * that is not a complaint which answers it and offers something with it. It
 * read only `compensates` (a compensate part or an offer), so a true, known
 * way to get what she asked for today (the tag `solution`) earned nothing,
 * and a pointer to the customer-service desk beside the same answer
 * (contact-with-the-answer) ranked above it. It now reads the tag `solution`
 * too; the desk keeps its own credit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Nora asks whether the gym app's videos will get captions; many have asked.
 * The recommended reply thanks her, says all videos get captions from 1 April
 * because many asked, and that the 20 most used have them already (press T).
 * Before the fix the same thanks and outcome with "write to customer service
 * if you wonder about anything else" won, +47 against +43. */
static void test_workaround_beside_the_outcome(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh58", "al-teksting-video");
    rd_Run r;
    rd_play_one(&r, &sit, "now", 10, "answer", "o-rec");
    rd_Judged now, desk, rec;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-takk p-april p-tjue", &now);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-takk p-april p-kundeservice", &desk);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&now, "question-met-with-an-offer", &desk);
    EXPECT_NO_HIT(&desk, "question-met-with-an-offer", &now);
    EXPECT_HIT(&desk, "contact-with-the-answer", NULL);
    EXPECT_HIT(&rec, "question-met-with-an-offer", NULL);
    EXPECT_BEATS(&now, &desk);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The recommended option without its `solution` tag (the same words, nothing
 * marked as usable now) earns nothing for it: the tag, given as the words
 * say, decides. */
static void test_workaround_untagged(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh58", "al-teksting-video");
    rd_untag(&sit, "o-rec", SV_TAG_SOLUTION);
    rd_Run r;
    rd_play_one(&r, &sit, "untagged", 10, "answer", "o-rec");
    rd_Judged rec;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_NO_HIT(&rec, "question-met-with-an-offer", NULL);
    EXPECT_HIT(&rec, "question-answered", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_workaround_beside_the_outcome),
        cmocka_unit_test(test_workaround_untagged),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
