/* Every point of a complaint answered (tests/fresh28, finding V2).
 *
 * LISTEN, ORDER, FACTUAL: a complaint that makes two points wants an answer
 * to each: take in what is written, confirm or deny, explain. A point nobody
 * has checked is neither confirmed nor denied (HONEST), so a reply that meets
 * it with what is known and what is being done stated nothing about it, and
 * earned nothing for it: "thanks for the feedback" and a shorter reply took
 * its place. A part may now name the claims it takes up without saying they
 * are so or not (`addresses`); the test answers_every_point holds when every
 * claim of a post with two or more is confirmed, denied, or, while not
 * known, taken up that way, and the rule every-point-answered pays it to a
 * complaint answered with an explanation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

#define REC "p-right p-sorry p-why p-fakes p-dm"
#define NO_FAKES "p-right p-thanks p-sorry p-why p-dm"
#define NO_WHY "p-right p-thanks p-sorry p-fakes p-dm"

/* Noor: locked out after five selfies (true), fake profiles every day (not
 * known). The composition that thanked her in place of the answer to her
 * second point ranked +80 over the recommended +74; the one that thanked in
 * place of the why would now rank above both were the why not asked for. */
static void test_both_points_over_the_thanks(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh28", "cy-match-verify");
    const sv_Part *fakes = &sit.sc.parts[rd_part(&sit, "p-fakes")];
    assert_int_equal(fakes->addresses.count, 1);
    assert_int_equal(sit.sc.fact_refs[fakes->addresses.start], rd_fact(&sit, "fakes"));
    rd_Run r;
    rd_play_one(&r, &sit, "both", 10, "answer", "o-rec");
    rd_Judged rec, no_fakes, no_why;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, REC, &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, NO_FAKES, &no_fakes);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, NO_WHY, &no_why);
    EXPECT_HIT(&rec, "every-point-answered", &no_fakes);
    EXPECT_NO_HIT(&no_fakes, "every-point-answered", &rec);
    /* every point taken up, but the fault owned without why it happened */
    EXPECT_NO_HIT(&no_why, "every-point-answered", &rec);
    EXPECT_BEATS(&rec, &no_fakes);
    EXPECT_BEATS(&rec, &no_why);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Without the key, the part that meets her second point takes up nothing. */
static void test_without_the_key(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh28", "cy-match-verify");
    sit.sc.parts[rd_part(&sit, "p-fakes")].addresses.count = 0;
    rd_Run r;
    rd_play_one(&r, &sit, "nokey", 10, "answer", "o-rec");
    rd_Judged rec;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, REC, &rec);
    EXPECT_NO_HIT(&rec, "every-point-answered", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A claim known is answered by saying it is so or not: taking it up is no
 * longer enough. */
static void test_a_known_claim_needs_its_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh28", "cy-match-verify");
    sit.sc.facts[rd_fact(&sit, "fakes")].known = true;
    rd_Run r;
    rd_play_one(&r, &sit, "known", 10, "answer", "o-rec");
    rd_Judged rec;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, REC, &rec);
    EXPECT_NO_HIT(&rec, "every-point-answered", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* An option read as a whole: the update's fault confirmed and the motive
 * denied, with the cause told, answers both points of the e-reader post. */
static void test_confirmed_and_denied(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh28", "cy-reader-update");
    rd_Run r;
    rd_play_one(&r, &sit, "option", 10, "answer", "o-rec");
    rd_Judged rec;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&rec, "every-point-answered", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_both_points_over_the_thanks),
        cmocka_unit_test(test_without_the_key),
        cmocka_unit_test(test_a_known_claim_needs_its_answer),
        cmocka_unit_test(test_confirmed_and_denied),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
