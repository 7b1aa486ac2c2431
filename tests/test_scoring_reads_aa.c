/* The scoring model reads (brief model22) what a customer needs by when, and a
 * promise that rests on something false.
 *
 * tests/fresh16, finding S1: a post may say what its author needs ("needs": a
 * fact that it can be met, true when it can); a reply that confirms it, when
 * it is so and known, meets the need (the test meets_need, the rule
 * need-met-in-time; LISTEN: take in what is written; 000's fourth step, the
 * customer satisfied; ACCOMMODATE).
 *
 * tests/fresh15, W3's leftover: HONEST, never promise what cannot be kept. A
 * reply with a promise to come back (a promise-follow-up part) that confirms
 * something false promises on what is not so: the test overpromises holds
 * for it whatever its tags say, so it earns none of a promise's credits and
 * pays for the promise. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* The tattoo studio knows Elin's cover-up cannot be finished before her
 * wedding (the fact in-time, false). "We'll find a way to finish it before
 * your big day" confirms it and promises to call back: without its tag
 * overpromise it is still a promise that cannot be kept, pays for it, and
 * earns no credit for promising to come back. */
static void test_promise_on_a_false_fact(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh15", "r-tattoo-wedding");
    rd_untag(&sit, "o-yes", SV_TAG_OVERPROMISE);
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged yes, no;
    rd_judge_option(&r, "answer", "o-yes", &yes);
    rd_judge_option(&r, "answer", "o-no", &no);
    EXPECT_HIT(&yes, "overpromise", &no);
    EXPECT_NO_HIT(&yes, "follow-up-promised", NULL);
    EXPECT_NO_HIT(&yes, "explanation-promised", NULL);
    EXPECT_NO_HIT(&yes, "solution-shown-onstage", NULL);
    EXPECT_BEATS(&no, &yes);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same words when the studio could finish it in time (the fact made
 * true): the promise rests on what is so and keeps a promise's credits. */
static void test_promise_on_a_true_fact(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh15", "r-tattoo-wedding");
    rd_untag(&sit, "o-yes", SV_TAG_OVERPROMISE);
    sit.sc.facts[rd_fact(&sit, "in-time")].truth = true;
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged yes;
    rd_judge_option(&r, "answer", "o-yes", &yes);
    EXPECT_NO_HIT(&yes, "overpromise", NULL);
    EXPECT_HIT(&yes, "follow-up-promised", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Fatima's wedding menus were in the spoiled batch, and the wedding is on
 * Saturday. The answer that has them couriered to her "well before Saturday"
 * meets what she needs and ranks over the plain free reprint with a phone
 * number, which says nothing of when. */
static void test_remedy_in_time_for_her_day(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh16", "s-printshop-same-batch");
    const sv_Post *menus = &sit.sc.posts[rd_post(&sit, "menus")];
    assert_true(menus->has_need); /* the loader reads "needs" */
    assert_int_equal(menus->need, (uint32_t)rd_fact(&sit, "in-time"));
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged rec, plain;
    rd_judge_option(&r, "second", "o2-rec", &rec);
    rd_judge_option(&r, "second", "o2-plain", &plain);
    EXPECT_HIT(&rec, "need-met-in-time", &plain);
    EXPECT_NO_HIT(&plain, "need-met-in-time", &rec);
    EXPECT_BEATS(&rec, &plain);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same words when the courier cannot make it (the fact false): saying it
 * will be with her in time is no need met; and a post that names no need is
 * met by nothing. */
static void test_need_not_met_when_not_so(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh16", "s-printshop-same-batch");
    sit.sc.facts[rd_fact(&sit, "in-time")].truth = false;
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged rec;
    rd_judge_option(&r, "second", "o2-rec", &rec);
    EXPECT_NO_HIT(&rec, "need-met-in-time", NULL);
    rd_stop(&r);
    rd_unload(&sit);

    rd_load_in(&sit, "tests/fresh16", "s-printshop-same-batch");
    sit.sc.posts[rd_post(&sit, "menus")].has_need = false;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_judge_option(&r, "second", "o2-rec", &rec);
    EXPECT_NO_HIT(&rec, "need-met-in-time", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_promise_on_a_false_fact),
        cmocka_unit_test(test_promise_on_a_true_fact),
        cmocka_unit_test(test_remedy_in_time_for_her_day),
        cmocka_unit_test(test_need_not_met_when_not_so),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
