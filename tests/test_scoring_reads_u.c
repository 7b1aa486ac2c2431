/* The scoring model reads what two audits could not see (brief model20).
 * A place that takes one answer (tests/fresh12, M1): a review site that
 * lets a business answer once and never edit (the channel's "replies": 1)
 * leaves no later answer to keep a promise to come back in, so such a
 * promise in the one answer is one that cannot be kept (HONEST, ORDER), read
 * from the channel and the reply's parts, whatever the tags. An answer that
 * passes on only part of what was found out (tests/fresh11, l-outboard-e10):
 * another option of the decision states one more of the facts the run
 * brought to light (FACTUAL, TEAM). Each case both ways. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static sv_Channel *channel_of(rd_Situation *sit, const char *post)
{
    return &sit->sc.channels[sit->sc.posts[rd_post(sit, post)].channel];
}

/* Amir's review is on a site that takes one answer from the driving school.
 * "Sorry, we'll come back here with more soon" (warned) was ranked under the
 * plain sorry with a phone number (acceptable) only through its overpromise
 * tag: without it, its promise earned follow-up-promised, the remedy rules
 * and +77 against +62. With the tag gone the channel says the same now: the
 * promise is an overpromise, earns none of a promise's credit, and the
 * acceptable answer ranks above it. */
static void test_one_answer_takes_no_promise(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh12", "m-driving-school-once");
    rd_untag(&sit, "o-later", SV_TAG_OVERPROMISE);
    assert_int_equal(channel_of(&sit, "post")->replies, 1);
    rd_Run r;
    rd_play_one(&r, &sit, "once", 10, "answer", "o-rec");
    rd_Judged later, call, rec;
    rd_judge_option(&r, "answer", "o-later", &later);
    rd_judge_option(&r, "answer", "o-call", &call);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&later, "overpromise", &call);
    EXPECT_NO_HIT(&later, "follow-up-promised", &call);
    EXPECT_NO_HIT(&later, "serious-reply-with-solution", &rec);
    EXPECT_NO_HIT(&call, "overpromise", &later);
    EXPECT_NO_HIT(&rec, "overpromise", &later);
    EXPECT_BEATS(&call, &later);
    EXPECT_BEATS(&rec, &call);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same promise where the site takes more answers: with no limit, or with
 * two and none given yet, a later answer can keep it, so it is an ordinary
 * promise to come back and earns its credit (the tag still off). */
static void test_promise_where_answers_follow(void **state)
{
    (void)state;
    for (uint8_t cap = 0; cap <= 2; cap += 2) {
        rd_Situation sit;
        rd_load_in(&sit, "tests/fresh12", "m-driving-school-once");
        rd_untag(&sit, "o-later", SV_TAG_OVERPROMISE);
        channel_of(&sit, "post")->replies = cap;
        rd_Run r;
        rd_play_one(&r, &sit, "more", 10, "answer", "o-rec");
        rd_Judged later, call;
        rd_judge_option(&r, "answer", "o-later", &later);
        rd_judge_option(&r, "answer", "o-call", &call);
        EXPECT_NO_HIT(&later, "overpromise", &call);
        EXPECT_HIT(&later, "follow-up-promised", &call);
        EXPECT_BEATS(&later, &call);
        rd_stop(&r);
        rd_unload(&sit);
    }
}

/* A promise made in private, in answer to the same one-answer review, is
 * kept in private: the site's limit is the site's, and a private promise
 * is no overpromise for it (the option is sent private by hand). */
static void test_private_promise_is_not_the_sites(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh12", "m-driving-school-once");
    rd_untag(&sit, "o-later", SV_TAG_OVERPROMISE);
    sv_Option *o = &sit.sc.options[rd_option(&sit, "o-later")];
    o->visibility = SV_VIS_PRIVATE;
    for (uint8_t k = 0; k < o->step_count; k++) o->steps[k].visibility = SV_VIS_PRIVATE;
    rd_Run r;
    rd_play_one(&r, &sit, "private", 10, "answer", "o-rec");
    rd_Judged later, call;
    rd_judge_option(&r, "answer", "o-later", &later);
    rd_judge_option(&r, "answer", "o-call", &call);
    EXPECT_NO_HIT(&later, "overpromise", &call);
    EXPECT_HIT(&later, "follow-up-promised", &call);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Trude the engineer has answered: the 2015 engine runs on E10, if the fuel
 * is used within a month and stabilised for winter. "Yes, Trude says E10 is
 * fine" (acceptable) tied the full answer (recommended) at +43: both kept the
 * promise and confirmed what she found. Now the bare yes passes on one of
 * the two facts her answer brought to light while the full answer passes on
 * both, so it pays found-facts-left-out and ranks under it; the full answer,
 * and the private message that states nothing, do not pay it. */
static void test_half_of_the_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh11", "l-outboard-e10");
    rd_Run r;
    rd_play_one(&r, &sit, "e10", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged rec, yes, dm;
    rd_judge_option(&r, "second", "o2-rec", &rec);
    rd_judge_option(&r, "second", "o2-yes", &yes);
    rd_judge_option(&r, "second", "o2-dm", &dm);
    EXPECT_HIT(&yes, "found-facts-left-out", &rec);
    EXPECT_NO_HIT(&rec, "found-facts-left-out", &yes);
    EXPECT_NO_HIT(&dm, "found-facts-left-out", &yes);
    EXPECT_BEATS(&rec, &yes);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same bare yes when the two conditions were known from the start (in
 * the briefing, not found by asking Trude): what it leaves out is no part of
 * what the run found, so the reading is not for it (the model's other rules
 * judge a short answer). */
static void test_known_before_is_not_found(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh11", "l-outboard-e10");
    sit.sc.facts[(uint32_t)rd_fact(&sit, "e10-care")].known = true;
    rd_Run r;
    rd_play_one(&r, &sit, "known", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged rec, yes;
    rd_judge_option(&r, "second", "o2-rec", &rec);
    rd_judge_option(&r, "second", "o2-yes", &yes);
    EXPECT_NO_HIT(&yes, "found-facts-left-out", &rec);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_one_answer_takes_no_promise),
        cmocka_unit_test(test_promise_where_answers_follow),
        cmocka_unit_test(test_private_promise_is_not_the_sites),
        cmocka_unit_test(test_half_of_the_answer),
        cmocka_unit_test(test_known_before_is_not_found),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
