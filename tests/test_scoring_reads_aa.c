/* The scoring model reads a promise that rests on something false (tests/fresh15,
 * brief model22, finding W3's leftover). HONEST: never promise what cannot be
 * kept. A reply with a promise to come back (a promise-follow-up part) that
 * confirms a fact known to be false promises on what is not so: the test
 * overpromises holds for it whatever its tags say, so it earns none of a
 * promise's credits and pays for the promise. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* The option without one of its tags: the verdict must rest on the story. */
static void untag_as(rd_Situation *sit, const char *option, sv_Tag tag)
{
    sv_Option *o = &sit->sc.options[rd_option(sit, option)];
    assert_true(o->tags >> tag & 1u); /* the pack tags it, as its words say */
    o->tags &= ~((sv_TagSet)1 << tag);
}

static int32_t fact(const rd_Situation *sit, const char *id)
{
    for (uint32_t f = 0; f < sit->sc.fact_count; f++)
        if (sit->sc.facts[f].id && strcmp(sit->sc.facts[f].id, id) == 0) return (int32_t)f;
    fail_msg("no fact '%s'", id);
    return -1;
}

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
    untag_as(&sit, "o-yes", SV_TAG_OVERPROMISE);
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
    untag_as(&sit, "o-yes", SV_TAG_OVERPROMISE);
    sit.sc.facts[fact(&sit, "in-time")].truth = true;
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged yes;
    rd_judge_option(&r, "answer", "o-yes", &yes);
    EXPECT_NO_HIT(&yes, "overpromise", NULL);
    EXPECT_HIT(&yes, "follow-up-promised", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_promise_on_a_false_fact),
        cmocka_unit_test(test_promise_on_a_true_fact),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
