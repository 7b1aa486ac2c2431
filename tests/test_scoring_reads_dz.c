/* A sorry that owns the fault a question raises (brief weigh7; tests/fresh72,
 * finding V1).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, ORDER: 003 wants a quick, sincere sorry when the
 * brand made a mistake, and 000 wants the fault said to be so first. A sorry
 * whose own words name the post's true claim ("Sorry for the wait" for a
 * kayak promised for June and not come by August) says both: it is so, and
 * it is on us. `fault-in-question-owned` paid that only beside an
 * `acknowledge` part; it now also pays a sorry that names, in its own
 * confirms, a true claim of the answered post that is the brand's fault and
 * not marked private (the test sorry_owns_fault). Sympathy for something
 * private that is nobody's fault (a son's epilepsy) still earns nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Anna's question about her late pre-order: thanks, sorry, why and the week,
 * and the cancelling owns the fault and ranks above the same answer without
 * the sorry; without the cause the fault is not owned. */
static void test_sorry_owns_the_late_preorder(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh72", "cf-kayak-preorder");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged rec, nosorry, nowhy;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-sorry p-week p-cancel", &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-week p-cancel", &nosorry);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-sorry p-cancel", &nowhy);
    EXPECT_HIT(&rec, "fault-in-question-owned", &nosorry);
    EXPECT_NO_HIT(&nosorry, "fault-in-question-owned", &rec);
    EXPECT_NO_HIT(&nowhy, "fault-in-question-owned", &rec);
    EXPECT_BEATS(&rec, &nosorry);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The parent's private question: her son's epilepsy is a true claim marked
 * private, so a sorry that names it owns no fault. */
static void test_sympathy_for_a_private_claim(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh18", "cq-planetarium-dm");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged sorry, thanks;
    rd_judge_parts(&r, "answer", SV_VIS_PRIVATE, "p-seats p-sorry p-show", &sorry);
    rd_judge_parts(&r, "answer", SV_VIS_PRIVATE, "p-seats p-thank p-show", &thanks);
    EXPECT_NO_HIT(&sorry, "fault-in-question-owned", NULL);
    EXPECT_BEATS(&thanks, &sorry);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sorry_owns_the_late_preorder),
        cmocka_unit_test(test_sympathy_for_a_private_claim),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
