/* A false claim agreed to in public (brief model32; tests/fresh25, finding
 * V1).
 *
 * HONEST, FACTUAL, PRO: a brand that agrees in public to what it knows is
 * false spreads it to everyone reading, and what is written cannot be taken
 * back. Before, "thanks, Per, we agree the cut has made things hard for our
 * kitchens" paid confirms-false-claim (-19) and earned every credit for
 * answering at all (a public first answer, fast, thanks, personal,
 * professional, calm, short: +44), so it ranked far above the acceptable
 * silence, while denying what is true costs false-denial (-40). Now a reply
 * whose only statement about what is so confirms something false (no true
 * claim or fact confirmed, nothing false denied, not a guess) earns none of
 * those credits, as a canned reply earns none, and in public, where the
 * post claims something the brand knows is false, it costs what a false
 * denial costs (false-claim-agreed-in-public). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static const char *const CREDITS[] = {
    "public-first-answer", "fast-first-reply", "thank-for-feedback",     "personal-reply",
    "stays-professional",  "short-reply",      "calm-under-provocation",
};

/* Per, an opposition councillor, says the council's 3 % cut caused
 * Tuesday's shortfall (false: the kitchen ordered from an old pupil list).
 * The page agreeing with him earns no credit for answering and ranks below
 * leaving his post alone; the recommended correction keeps its credits and
 * is not charged. */
static void test_false_cause_agreed_to(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh25", "pm-school-lunch");
    rd_Run agree, leave;
    rd_play_one(&agree, &sit, "agree", 10, "answer", "o-rec");
    rd_choose(&agree, 130, "second", "o2-agree");
    rd_Judged agreed, rec;
    rd_judge_option(&agree, "second", "o2-agree", &agreed);
    rd_judge_option(&agree, "second", "o2-rec", &rec);
    EXPECT_HIT(&agreed, "confirms-false-claim", NULL);
    EXPECT_HIT(&agreed, "false-claim-agreed-in-public", &rec);
    EXPECT_NO_HIT(&rec, "false-claim-agreed-in-public", &agreed);
    for (size_t i = 0; i < sizeof CREDITS / sizeof CREDITS[0]; i++)
        EXPECT_NO_HIT(&agreed, CREDITS[i], &rec);
    EXPECT_HIT(&rec, "public-first-answer", &agreed);
    EXPECT_HIT(&rec, "stays-professional", &agreed);
    EXPECT_BEATS(&rec, &agreed);
    /* the whole run: agreeing costs more than the acceptable silence, whose
     * post goes on spreading unanswered to the end */
    rd_run_out(&agree);
    rd_play_one(&leave, &sit, "leave", 10, "answer", "o-rec");
    rd_choose(&leave, 130, "second", "o2-leave");
    rd_run_out(&leave);
    char a[32], b[32];
    print_message("  agree %s, leave %s\n", rd_points(rd_run_value(&agree, NULL), a),
                  rd_points(rd_run_value(&leave, NULL), b));
    assert_true(rd_run_value(&agree, NULL) < rd_run_value(&leave, NULL));
    rd_stop(&agree);
    rd_stop(&leave);
    rd_unload(&sit);
}

/* Had the cut caused it (the claim true), agreeing is owning a true claim:
 * no charge, and the credits stand. */
static void test_true_cause_agreed_to(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh25", "pm-school-lunch");
    sit.sc.facts[rd_fact(&sit, "cut-caused")].truth = true;
    rd_Run r;
    rd_play_one(&r, &sit, "true", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-agree");
    rd_Judged agreed;
    rd_judge_option(&r, "second", "o2-agree", &agreed);
    EXPECT_NO_HIT(&agreed, "false-claim-agreed-in-public", NULL);
    EXPECT_HIT(&agreed, "public-first-answer", NULL);
    EXPECT_HIT(&agreed, "stays-professional", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_false_cause_agreed_to),
        cmocka_unit_test(test_true_cause_agreed_to),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
