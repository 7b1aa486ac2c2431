/* A reply that turns a question away is not credited with answering it
 * (tests/fresh36, finding V3).
 *
 * ALWAYS, LISTEN: a reply the pack marks `no-solution` to a question pays
 * question-turned-away; it does not also earn answered-neutral-informatively
 * ("you answered with something useful") or answered-where-asked, whatever
 * its parts explain. The model no longer says both that it deflected the
 * question and that it answered it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Margit, after the theatre's answer: "no bank app, how do I get the
 * money?". The warned o2-again says sorry and the actor's illness again and
 * leaves her question out (+13 before the fix, above the acceptable bare DM
 * at +10). The recommended answer (cash at the ticket office) keeps both
 * credits. Without its `no-solution` tag the same words earn them again:
 * the tag, not the parts, decides. */
static void test_turned_away_is_not_answered(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh36", "sv-sommarteater-flyttad");
    rd_Run r;
    rd_play_one(&r, &sit, "away", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2--rec");
    rd_Judged again, dm, rec;
    rd_judge_option(&r, "second", "o2--again", &again);
    rd_judge_option(&r, "second", "o2--dm", &dm);
    rd_judge_option(&r, "second", "o2--rec", &rec);
    EXPECT_HIT(&again, "question-turned-away", NULL);
    EXPECT_NO_HIT(&again, "answered-neutral-informatively", &rec);
    EXPECT_NO_HIT(&again, "answered-where-asked", &rec);
    EXPECT_BEATS(&dm, &again);
    EXPECT_HIT(&rec, "answered-neutral-informatively", NULL);
    EXPECT_HIT(&rec, "answered-where-asked", NULL);
    EXPECT_BEATS(&rec, &dm);
    rd_stop(&r);
    /* the same words without the tag are read as an answer */
    rd_untag(&sit, "o2--again", SV_TAG_NO_SOLUTION);
    rd_play_one(&r, &sit, "untagged", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2--rec");
    rd_Judged plain;
    rd_judge_option(&r, "second", "o2--again", &plain);
    EXPECT_NO_HIT(&plain, "question-turned-away", NULL);
    EXPECT_HIT(&plain, "answered-neutral-informatively", NULL);
    EXPECT_HIT(&plain, "answered-where-asked", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_turned_away_is_not_answered),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
