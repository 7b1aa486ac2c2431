/* A sorry that takes itself back is no apology (the tag hedged).
 *
 * APOLOGY-EXPLAIN-COMPENSATE: the guides' apology is quick and sincere, and
 * said when the brand agrees that it made a mistake. "We're sorry if anyone
 * was offended" says sorry only for the reader's feelings, and "sorry, but
 * our instructions are tested by hundreds" takes it back in the same
 * breath: neither agrees that anything went wrong. A reply tagged hedged
 * earns no sincere-apology (the test apologises), and a first answer with
 * no other way forward is charged as one without an apology
 * (no-apology-no-remedy). The same words untagged keep today's reading. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static void hedge(rd_Situation *sit, const char *option)
{
    sit->sc.options[rd_option(sit, option)].tags |= 1u << SV_TAG_HEDGED;
}

static void unhedge(rd_Situation *sit, const char *option)
{
    sit->sc.options[rd_option(sit, option)].tags &= ~(1u << SV_TAG_HEDGED);
}

/* The insurer's advert mocks old drivers, and Maj's father drives better
 * than she does: "We're sorry if anyone was offended by our advertisement"
 * (o-sorry-if, warned) earned the credit of the plain apology in o-own
 * (recommended: "You're right, Maj, and sorry – the joke was at the expense
 * of people like your dad, and it missed"). The pack now carries the tag
 * (its README); the first run takes it off to see the old reading. */
static void test_sorry_if_anyone_was_offended(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh6", "w-insurance-ad");
    unhedge(&sit, "o-sorry-if");
    rd_Run r;
    rd_play_one(&r, &sit, "plain", 10, "answer", "o-own");
    rd_Judged plain;
    rd_judge_option(&r, "answer", "o-sorry-if", &plain);
    EXPECT_HIT(&plain, "sincere-apology", NULL);
    rd_stop(&r);

    hedge(&sit, "o-sorry-if");
    rd_play_one(&r, &sit, "hedged", 10, "answer", "o-own");
    rd_Judged hedged, own;
    rd_judge_option(&r, "answer", "o-sorry-if", &hedged);
    rd_judge_option(&r, "answer", "o-own", &own);
    EXPECT_NO_HIT(&hedged, "sincere-apology", &own);
    EXPECT_HIT(&hedged, "no-apology-no-remedy", NULL);
    EXPECT_NO_HIT(&own, "no-apology-no-remedy", NULL);
    EXPECT_BEATS(&plain, &hedged);
    rd_stop(&r);
    rd_unload(&sit);
}

/* "We're sorry you had trouble, but our instructions are tested by hundreds
 * of customers": the sorry, then the fault put on her. With an explanation
 * it is no answer without a remedy, but it is no apology either. */
static void test_sorry_but(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh2", "n-wardrobe-sorry-but");
    hedge(&sit, "o-sorry-but");
    rd_Run r;
    rd_play_one(&r, &sit, "but", 10, "answer", "o-fix");
    rd_Judged but, fix;
    rd_judge_option(&r, "answer", "o-sorry-but", &but);
    rd_judge_option(&r, "answer", "o-fix", &fix);
    EXPECT_NO_HIT(&but, "sincere-apology", &fix);
    EXPECT_HIT(&fix, "sincere-apology", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sorry_if_anyone_was_offended),
        cmocka_unit_test(test_sorry_but),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
