/* A fault in praise is owned when the reply says it, not when it only tells
 * what was changed (tests/fresh53, finding V2).
 *
 * THANK, APOLOGY-EXPLAIN-COMPENSATE, ORDER: fault-in-praise-owned pays a reply
 * to praise with a fault in it that owns the fault and does something about
 * it. It read `confirms: true`, which any true fact of the story makes so,
 * the measure told included, so the line that says "you're right about it"
 * earned nothing beside the measure. It now reads `answers_claim` (one of the
 * post's own claims confirmed or denied, as its sibling
 * fault-in-praise-made-good does) or `tells_cause` (why it went wrong, which
 * says whose fault it was: the explanation alone still owns it, as
 * tests/test_scoring_reads_al.c holds). The measure alone shows the better
 * result (measure-told) and owns nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Lars's five stars for a fisherman's cabin, with one minus: the internet was
 * too slow to work (true, the brand's fault, and many said so). The reply that
 * says he is right about it and tells the fibre put in last week owns the
 * fault; the same reply without "you're right about the internet" tells the
 * measure and owns nothing. Before the fix both earned the rule, the two tied
 * at +70 and the shorter won. */
static void test_minus_said_beside_the_measure(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh53", "ov-rorbu-nett");
    rd_Run r;
    rd_play_one(&r, &sit, "owned", 10, "answer", "o-rec");
    rd_Judged owned, measure;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-takk p-kjersti p-nett p-fiber", &owned);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-takk p-kjersti p-fiber", &measure);
    EXPECT_HIT(&owned, "fault-in-praise-owned", &measure);
    EXPECT_HIT(&owned, "measure-told", NULL);
    EXPECT_HIT(&measure, "measure-told", NULL);
    EXPECT_NO_HIT(&measure, "fault-in-praise-owned", &owned);
    EXPECT_BEATS(&owned, &measure);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_minus_said_beside_the_measure),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
