/* The scoring model reads the situation, from a second audit on fresh
 * situations (tests/fresh2: stories written from the guides alone, where the
 * model ranked against them): a reply that puts something too personal on
 * stage keeps none of the credits for showing good service in public (PRO);
 * moving a follow-up to private after a public solution invites the customer
 * on, whatever the follow-up's tone (SWITCH); an answer with content to a
 * question or praise counts for being where everyone asked (PUBLIC); a
 * canned reply is no fast answer (EMPATHY, FAST); a remedy for something that
 * did not happen is no solution shown on stage (HONEST). Each situation is
 * played in a real session with the default model, its candidates judged with
 * sv_score_whatif once the decision has closed, as in test_scoring_reads_a.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static void load(rd_Situation *sit, const char *name) { rd_load_in(sit, "tests/fresh2", name); }

/* A shoe shop's cashier was rude. Fixing the return and announcing in public
 * that the named cashier is off the tills is an internal personnel matter put
 * on stage: it pays for the apology and the remedy, not for a personal voice,
 * a first public answer, an explanation or a solution shown on stage, and it
 * ranks below a plain apology with an offer to sort it out in private. */
static void test_too_personal_is_no_showcase(void **state)
{
    (void)state;
    rd_Situation sit;
    load(&sit, "n-shoe-staff");
    rd_Run r;
    rd_play_one(&r, &sit, "own it", 10, "answer", "o-own");
    rd_Judged named, sorry, own, defend;
    rd_judge_option(&r, "answer", "o-named", &named);
    rd_judge_option(&r, "answer", "o-sorry-dm", &sorry);
    rd_judge_option(&r, "answer", "o-own", &own);
    rd_judge_option(&r, "answer", "o-defend", &defend);
    EXPECT_HIT(&named, "too-personal", &own);
    EXPECT_NO_HIT(&named, "personal-reply", &own);
    EXPECT_NO_HIT(&named, "public-first-answer", &sorry);
    EXPECT_NO_HIT(&named, "explanation-given", &own);
    EXPECT_NO_HIT(&named, "solution-shown-onstage", &own);
    EXPECT_HIT(&own, "public-first-answer", &named);
    EXPECT_BEATS(&sorry, &named);
    EXPECT_BEATS(&own, &sorry);
    /* the apology and the remedy keep their credit: still above an argument */
    EXPECT_BEATS(&named, &defend);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A fibre customer's neutral follow-up, after a public answer with a
 * solution, needs his address and customer number: a DM that invites him on
 * ranks above a phone number left in public. */
static void test_switch_on_a_neutral_follow_up(void **state)
{
    (void)state;
    rd_Situation sit;
    load(&sit, "n-fibre-switch");
    rd_Run r;
    rd_play_one(&r, &sit, "dm", 10, "answer", "o-dm");
    rd_Judged dm, phone;
    rd_judge_option(&r, "answer", "o-dm", &dm);
    rd_judge_option(&r, "answer", "o-phone", &phone);
    EXPECT_HIT(&dm, "invited-to-continue", &phone);
    EXPECT_HIT(&dm, "switch-after-public-solution", &phone);
    EXPECT_BEATS(&dm, &phone);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A theatre-goer asks in public whether the gift card works for the
 * Christmas show and online. The answer in the thread, where everyone who
 * wondered can read it, counts for that; the same answer by DM does not. */
static void test_answered_where_asked(void **state)
{
    (void)state;
    rd_Situation sit;
    load(&sit, "n-theatre-question");
    rd_Run r;
    rd_play_one(&r, &sit, "answer", 10, "answer", "o-answer");
    rd_Judged pub, dm, dm_us;
    rd_judge_option(&r, "answer", "o-answer", &pub);
    rd_judge_option(&r, "answer", "o-dm", &dm);
    rd_judge_option(&r, "answer", "o-dm-us", &dm_us);
    EXPECT_HIT(&pub, "answered-where-asked", &dm);
    EXPECT_NO_HIT(&dm, "answered-where-asked", &pub);
    EXPECT_NO_HIT(&dm_us, "answered-where-asked", &pub);
    EXPECT_BEATS(&pub, &dm);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A pet-food shop answers a split kibble bag with the saved reply it has
 * already pasted under another customer's post. However soon it comes, a
 * canned reply earns no credit for a fast answer; the personal answer does. */
static void test_canned_is_no_fast_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    load(&sit, "n-kibble-canned");
    rd_Run r;
    rd_play_one(&r, &sit, "personal", 10, "answer", "o-personal");
    rd_Judged paste, personal;
    rd_judge_option(&r, "answer", "o-paste", &paste);
    rd_judge_option(&r, "answer", "o-personal", &personal);
    EXPECT_NO_HIT(&paste, "fast-first-reply", &personal);
    EXPECT_HIT(&personal, "fast-first-reply", &paste);
    EXPECT_BEATS(&personal, &paste);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A fire blamed on a solar installer was another firm's work. Apologising
 * and launching free inspections for it is no solution shown on stage, and
 * ranks below the honest correction. */
static void test_no_stage_for_a_false_claim(void **state)
{
    (void)state;
    rd_Situation sit;
    load(&sit, "n-solar-fire");
    rd_Run r;
    rd_play_one(&r, &sit, "correct", 10, "answer", "o-correct");
    rd_Judged inspect, worry, correct;
    rd_judge_option(&r, "answer", "o-inspect-all", &inspect);
    rd_judge_option(&r, "answer", "o-sorry-worry", &worry);
    rd_judge_option(&r, "answer", "o-correct", &correct);
    EXPECT_NO_HIT(&inspect, "solution-shown-onstage", NULL);
    EXPECT_BEATS(&worry, &inspect);
    EXPECT_BEATS(&correct, &worry);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_too_personal_is_no_showcase),
        cmocka_unit_test(test_switch_on_a_neutral_follow_up),
        cmocka_unit_test(test_answered_where_asked),
        cmocka_unit_test(test_canned_is_no_fast_answer),
        cmocka_unit_test(test_no_stage_for_a_false_claim),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
