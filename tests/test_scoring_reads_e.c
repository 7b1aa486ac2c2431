/* The scoring model reads the situation, from a third audit on fresh
 * situations (tests/fresh3: stories written from the guides alone, where the
 * model ranked against them): a public reply that asks for the facts still
 * missing and invites the customer to a DM to give them is the way forward,
 * not a door closed (SWITCH, ASK); and a second answer that gives the same
 * remedy and also explains what went wrong treats the customer the same
 * (POLICY). Each situation is played in a real session with the default
 * model, its candidates judged with sv_score_whatif once the decision has
 * closed, as in test_scoring_reads_a.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static void load(rd_Situation *sit, const char *name) { rd_load_in(sit, "tests/fresh3", name); }

/* A fitness app may have charged Karin twice; nobody has checked. Saying
 * sorry and asking, in the thread, for the session's time and the card's
 * last four digits by DM keeps the first public answer's credit, is no
 * "private without a solution" and no question that belongs in private, and
 * ranks above "we're looking into it" and above a refund offered blind. */
static void test_ask_for_missing_facts_by_dm(void **state)
{
    (void)state;
    rd_Situation sit;
    load(&sit, "t-app-double");
    rd_Run r;
    rd_play_one(&r, &sit, "ask", 10, "answer", "o-ask");
    rd_Judged ask, look, blind, deny;
    rd_judge_option(&r, "answer", "o-ask", &ask);
    rd_judge_option(&r, "answer", "o-look", &look);
    rd_judge_option(&r, "answer", "o-refund-blind", &blind);
    rd_judge_option(&r, "answer", "o-deny", &deny);
    EXPECT_HIT(&ask, "public-first-answer", &look);
    EXPECT_NO_HIT(&ask, "private-suggested-without-solution", NULL);
    EXPECT_NO_HIT(&ask, "question-belongs-in-private", NULL);
    EXPECT_BEATS(&ask, &look);
    EXPECT_BEATS(&ask, &blind);
    EXPECT_BEATS(&look, &deny);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A hotel guest's review was answered with an apology and a refunded night;
 * her DM asks what happened. The same refund with the reason and the change
 * is consistent with the public answer, and ranks above the public answer
 * copied word for word; a different remedy is not consistent. */
static void test_same_policy_better_explained(void **state)
{
    (void)state;
    rd_Situation sit;
    load(&sit, "t-hotel-two-channels");
    rd_Run r;
    rd_play_one(&r, &sit, "why", 10, "answer", "o-why");
    rd_Judged why, copy, breakfast;
    rd_judge_option(&r, "answer", "o-why", &why);
    rd_judge_option(&r, "answer", "o-copy", &copy);
    rd_judge_option(&r, "answer", "o-breakfast", &breakfast);
    EXPECT_HIT(&why, "consistent-across-channels", &breakfast);
    EXPECT_NO_HIT(&why, "inconsistent-across-channels", &breakfast);
    EXPECT_HIT(&copy, "consistent-across-channels", &breakfast);
    EXPECT_BEATS(&why, &copy);
    EXPECT_BEATS(&copy, &breakfast);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ask_for_missing_facts_by_dm),
        cmocka_unit_test(test_same_policy_better_explained),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
