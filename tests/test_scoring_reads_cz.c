/* A public answer that puts right the same fault for everyone it reached and
 * makes the complainer's own loss good is credited for both (tests/fresh33,
 * finding W3).
 *
 * POLICY, ACCOMMODATE: one way of treating every customer hit by the same
 * fault. A public reply to a complaint that confirms a remedy the story marks
 * `for_all` (true and known: the test tells_for_all) and that also covers the
 * complainer's own loss (covers_loss) earns everyone-put-right-with-her. The
 * remedy for all without her own loss made good, or her loss made good
 * without the remedy for all, does not: the credit is for the two together,
 * the loud customer treated as the quiet ones are, and the quiet ones not
 * forgotten. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Johanna's yearbook has five 5B names wrong and her 20 extra prints are of
 * the wrong class. With room for six parts, "Thanks for showing us"
 * (thank-for-feedback, +6) took the place of the corrected name page for
 * every 5B family, which added nothing once her own prints were paid (+131
 * over +125). Now the page beside her prints earns the credit, and the
 * recommended six are composed. */
static void test_class_page_beside_her_prints(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh33", "kl-yearbook-names");
    rd_Run r;
    rd_play_one(&r, &sit, "yearbook", 10, "answer", "o-rec");
    rd_Judged rec, thanks, page_only, prints_only;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-page p-prints p-emil",
                   &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-thanks p-sorry p-why p-prints p-emil",
                   &thanks);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-thanks p-sorry p-why p-page p-emil",
                   &page_only);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-prints p-emil",
                   &prints_only);
    EXPECT_HIT(&rec, "everyone-put-right-with-her", NULL);
    EXPECT_NO_HIT(&thanks, "everyone-put-right-with-her", &rec);
    EXPECT_NO_HIT(&page_only, "everyone-put-right-with-her", &rec);
    EXPECT_NO_HIT(&prints_only, "everyone-put-right-with-her", &rec);
    EXPECT_BEATS(&rec, &thanks);
    EXPECT_BEATS(&rec, &page_only);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_class_page_beside_her_prints),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
