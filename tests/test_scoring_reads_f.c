/* The scoring model reads the situation, from a fourth audit on fresh
 * situations (tests/fresh4: stories written from the guides alone, some with
 * two decisions, where the model ranked against them): a troll's post is
 * reported, not debated in public (TROLL); and once the thread holds the
 * correction, a goodwill gesture for a customer who still insists is not
 * paying for a false claim (PRO, TWICE, ACCOMMODATE). Each situation is
 * played in a real session with the default model, its candidates judged
 * with sv_score_whatif once the decision has closed, as in
 * test_scoring_reads_a.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static void load(rd_Situation *sit, const char *name) { rd_load_in(sit, "tests/fresh4", name); }

/* A fake review from a brand-new account (food poisoning on a Monday, when
 * the restaurant is closed): reporting it ranks above a calm public
 * correction, which costs for leaving the troll's post up and giving it an
 * audience; the correction still ranks above an apology to the troll and
 * above a quarrel. */
static void test_troll_reported_not_debated(void **state)
{
    (void)state;
    rd_Situation sit;
    load(&sit, "u-fake-review");
    rd_Run r;
    rd_play_one(&r, &sit, "report", 10, "answer", "o-report");
    rd_Judged report, correct, sorry, fight;
    rd_judge_option(&r, "answer", "o-report", &report);
    rd_judge_option(&r, "answer", "o-correct", &correct);
    rd_judge_option(&r, "answer", "o-sorry", &sorry);
    rd_judge_option(&r, "answer", "o-fight", &fight);
    EXPECT_HIT(&correct, "troll-answered-not-reported", &report);
    EXPECT_NO_HIT(&report, "troll-answered-not-reported", &correct);
    EXPECT_HIT(&report, "troll-reported", &correct);
    EXPECT_BEATS(&report, &correct);
    EXPECT_BEATS(&correct, &sorry);
    EXPECT_BEATS(&correct, &fight);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A library corrected Maria's "nobody warned me" calmly; she insists. Waiving
 * the fee as a gesture and moving to a DM is not paying for the false claim
 * after the correction, and ranks above a bare DM and above repeating the
 * correction. */
static void test_goodwill_after_the_correction(void **state)
{
    (void)state;
    rd_Situation sit;
    load(&sit, "u-fee-insist");
    rd_Run r;
    rd_play_one(&r, &sit, "waive", 10, "answer", "o-correct");
    rd_choose(&r, 130, "second", "o2-waive");
    rd_Judged waive, dm, again;
    rd_judge_option(&r, "second", "o2-waive", &waive);
    rd_judge_option(&r, "second", "o2-dm", &dm);
    rd_judge_option(&r, "second", "o2-again", &again);
    EXPECT_NO_HIT(&waive, "accommodating-a-false-claim", &dm);
    EXPECT_BEATS(&waive, &dm);
    EXPECT_BEATS(&waive, &again);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_troll_reported_not_debated),
        cmocka_unit_test(test_goodwill_after_the_correction),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
