/* No thank-you credit for a false remark against a right complaint
 * (tests/fresh26, finding V2).
 *
 * THANK, PRO: 002's thank-you is for someone who pointed at something the
 * business can do better, and in public the customer is right. A visitor who
 * writes, under a complaint that is right, only what is false about the
 * complainer ("typical city folk, get up earlier") points at nothing to do
 * better; thanking them for it is no THANK, and in that thread it sides with
 * them. thank-for-remark no longer pays for it; a remark with something true
 * in it still earns its thanks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Elin found the strawberries sold out an hour after the farm shop opened;
 * the farm answered her. Bjørn, a neighbour, calls her lazy city folk. The
 * composer put a thank-you to him beside the correction (p2-nothing
 * p2-thanks, +26) over the correction, what changed and a friendly word for
 * the thread (+21): thank-for-remark paid for thanking him. */
static void test_false_remark_not_thanked(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh26", "nb-gard-jordbaer");
    rd_Run r;
    rd_play_one(&r, &sit, "mocked", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged thanks, rec;
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-nothing p2-thanks", &thanks);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-nothing p2-ours p2-welcome", &rec);
    EXPECT_NO_HIT(&thanks, "thank-for-remark", NULL);
    /* the thank-you no longer outranks what the thread needs (a tie: the calm word
     * for the thread is what no part can say yet) */
    assert_true(rec.value >= thanks.value);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Had his remark been true (she did come late), it points at something, and
 * the thank-you is one. */
static void test_true_remark_thanked(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh26", "nb-gard-jordbaer");
    sit.sc.facts[rd_fact(&sit, "slept-in")].truth = true;
    rd_Run r;
    rd_play_one(&r, &sit, "true", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged thanks;
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-thanks", &thanks);
    EXPECT_HIT(&thanks, "thank-for-remark", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_false_remark_not_thanked),
        cmocka_unit_test(test_true_remark_thanked),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
