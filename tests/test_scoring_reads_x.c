/* The scoring model reads who was reported (tests/fresh16, brief audit16):
 * reporting or hiding a post that is not a troll's is what the guides warn
 * against (TROLL: ordinary feedback is answered and left standing), but the
 * reason differs. A fair complaint removed is criticism silenced
 * (legitimate-criticism-hidden); a post that is wholly wrong, by a customer
 * who got it wrong or a neighbour passing on a rumour, is an ordinary person
 * to be corrected once, calmly, in public (FACTUAL), not a troll to be
 * removed (mistaken-voice-reported). Both cost the same; the debrief now
 * says the right one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Karin's chimney sweep never came; under her post a neighbour says the firm
 * was fined for faking inspections, which is false. Reporting the neighbour
 * is not hiding fair criticism: it is silencing an ordinary person who should
 * have been corrected. The answer that corrects him calmly beats it. */
static void test_neighbours_rumour_reported(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh16", "s-chimney-rumour");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged rec, report;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-report", &report);
    EXPECT_HIT(&report, "mistaken-voice-reported", &rec);
    EXPECT_NO_HIT(&report, "legitimate-criticism-hidden", &rec);
    EXPECT_NO_HIT(&rec, "mistaken-voice-reported", &report);
    EXPECT_BEATS(&rec, &report);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Ahmed was not told the locksmith's night price, and he is right: hiding
 * his post is still fair criticism silenced, whatever a troll wrote under it. */
static void test_fair_complaint_hidden(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh16", "s-locksmith-night");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged rec, hide;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-hide", &hide);
    EXPECT_HIT(&hide, "legitimate-criticism-hidden", &rec);
    EXPECT_NO_HIT(&hide, "mistaken-voice-reported", &rec);
    EXPECT_HIT(&rec, "troll-reported", &hide);
    EXPECT_BEATS(&rec, &hide);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A frightened parent blames the courier firm for another firm's rider
 * (fresh5): she is wrong, and no troll; reporting her is the mistaken voice
 * reported, not a fair complaint hidden. */
static void test_mistaken_customer_reported(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh5", "v-courier-competitor");
    rd_Run r;
    rd_play_one(&r, &sit, "kind", 10, "answer", "o-kind");
    rd_Judged kind, report;
    rd_judge_option(&r, "answer", "o-kind", &kind);
    rd_judge_option(&r, "answer", "o-report", &report);
    EXPECT_HIT(&report, "mistaken-voice-reported", &kind);
    EXPECT_NO_HIT(&report, "legitimate-criticism-hidden", &kind);
    EXPECT_BEATS(&kind, &report);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_neighbours_rumour_reported),
        cmocka_unit_test(test_fair_complaint_hidden),
        cmocka_unit_test(test_mistaken_customer_reported),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
