/* What came of what many asked, told under a complaint that keeps coming
 * back, is no complaint left unfixed (tests/fresh25, finding V4).
 *
 * LISTEN, FIX: recurring-complaint-unfixed charges an answer to a complaint
 * many make when nothing in it says the cause was dealt with. A change made
 * because many asked (a fact marked outcome, confirmed: the test
 * tells_outcome) is what came of the complaint, as a measure is for a fault;
 * the reply that tells it is not charged. Under a complaint, only a marked
 * outcome confirmed tells it: an explanation in a story that marks none is
 * still charged, as before. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Lars-Åke: district heating 14% dearer, "you're a monopoly", "the town is
 * milking us", and many say the same (negative, recurs). The recommended
 * composition tells that, because many asked for a way to plan, a three-year
 * fixed price can be chosen from March (p-fixed, the fact `fixed`, marked
 * outcome); it was charged recurring-complaint-unfixed as if nothing had
 * come of it, and ranked under the same reply with an empathy line in place
 * of the fixed price. */
static void test_fixed_price_many_asked_for(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh25", "pm-heating-price");
    rd_Run r;
    rd_play_one(&r, &sit, "marked", 10, "answer", "o-rec");
    rd_Judged told, hits, rec, facts;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-budget p-chips p-fixed p-team", &told);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-hits p-right p-budget p-chips p-team", &hits);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-why", &facts);
    EXPECT_NO_HIT(&told, "recurring-complaint-unfixed", &hits);
    EXPECT_HIT(&hits, "recurring-complaint-unfixed", NULL);
    EXPECT_NO_HIT(&rec, "recurring-complaint-unfixed", &facts);
    EXPECT_HIT(&facts, "recurring-complaint-unfixed", NULL);
    EXPECT_BEATS(&told, &hits);
    rd_stop(&r);

    /* the same story with no fact marked outcome: the explanation under a
     * complaint does not tell what came of it, and is charged as before */
    sit.sc.facts[rd_fact(&sit, "fixed")].outcome = false;
    rd_play_one(&r, &sit, "unmarked", 10, "answer", "o-rec");
    rd_Judged plain;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-budget p-chips p-fixed p-team", &plain);
    EXPECT_HIT(&plain, "recurring-complaint-unfixed", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixed_price_many_asked_for),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
