/* The scoring model reads an answer pasted to a second customer and cut
 * down (tests/fresh16 S3, tests/fresh14 Q4).
 *
 * EMPATHY, PERSONAL: the same words to two customers with only the name
 * swapped are a template (canned-text-repeated, test_scoring_reads_b.c).
 * A paste with its last sentence left off, or the answer quoted whole in an
 * option that also says what is done first, is the same template: the
 * shorter text is the longer cut down, names aside, and holds most of it (two
 * thirds, 60 bytes at least). A phrase two answers share ("you're right and
 * we're sorry") or a sentence of the first among new words is not. Options
 * are compared through their word classes, composed replies word by word:
 * both are read. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Anna has her answer; Per gets it cut down, a shared phrase, or his own. */
static void test_paste_cut_down(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "paste_cut");
    assert_int_equal(sit.sc.options[rd_option(&sit, "o-cut")].tags, 0);
    rd_Run r;
    rd_start(&r, &sit, "paste and trim");
    rd_choose(&r, 10, "d-anna", "o-anna");
    rd_choose(&r, 30, "d-per", "o-own");
    rd_Judged cut, phrase, own, composed_cut, composed_own;
    rd_judge_option(&r, "d-per", "o-cut", &cut);
    rd_judge_option(&r, "d-per", "o-phrase", &phrase);
    rd_judge_option(&r, "d-per", "o-own", &own);
    rd_judge_parts(&r, "d-per", SV_VIS_PUBLIC, "p-start p-when", &composed_cut);
    rd_judge_parts(&r, "d-per", SV_VIS_PUBLIC, "p-start p-yours", &composed_own);
    EXPECT_HIT(&cut, "canned-text-repeated", &own);
    EXPECT_HIT(&composed_cut, "canned-text-repeated", &composed_own);
    EXPECT_NO_HIT(&phrase, "canned-text-repeated", &cut);
    EXPECT_NO_HIT(&composed_own, "canned-text-repeated", &composed_cut);
    EXPECT_BEATS(&own, &cut);
    EXPECT_BEATS(&composed_own, &composed_cut);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_paste_cut_down),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
