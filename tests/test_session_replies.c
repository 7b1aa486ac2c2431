/* A channel's `replies` (FORMAT.md, Channels): the session counts the public
 * answers the brand has posted in a thread and, once the channel has taken
 * them all, offers no option and no composed reply that would post another
 * one there. Private answers, actions without words and other threads do not
 * count; a refusal changes nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "build_scenario.h"
#include "svara/session.h"

typedef struct Pack {
    int32_t review, follow, wall;         /* posts */
    int32_t d1, d2, d3;                   /* decisions */
    int32_t pub, priv, again, dm, report; /* options */
    int32_t both, feed_opt, part;
} Pack;

/* A review site that takes `cap` answers per thread: a review, a follow-up
 * below it (the same thread) and a post on an unlimited feed. d1 answers the
 * review, d2 the follow-up (its default answers in public), d3 the feed. */
static Pack build(uint8_t cap)
{
    Pack k;
    b_reset(600000);
    int32_t reviews = b_channel("reviews", SV_CHANNEL_REVIEWS, true);
    int32_t feed = b_channel("feed", SV_CHANNEL_FEED, true);
    B.channels[reviews].replies = cap;
    b_persona("amir", SV_ROLE_COMPLAINER);
    k.review = b_post("review", 0, 0, -1);
    B.posts[k.review].channel = reviews;
    k.follow = b_post("follow", 0, 0, -1);
    B.posts[k.follow].channel = reviews;
    B.posts[k.follow].reply_to = k.review;
    k.wall = b_post("wall", 0, 0, -1);
    B.posts[k.wall].channel = feed;

    k.d1 = b_decision("d1", 1000, 60000, -1);
    B.decisions[k.d1].about = k.review;
    k.pub = b_option(k.d1, "pub", -1, NOFX);
    k.priv = b_option(k.d1, "priv", -1, NOFX);
    B.options[k.priv].visibility = SV_VIS_PRIVATE;

    k.d2 = b_decision("d2", 1000, 60000, -1);
    B.decisions[k.d2].about = k.follow;
    B.decisions[k.d2].compose_private = true;
    k.again = b_option(k.d2, "again", -1, NOFX);
    k.dm = b_option(k.d2, "dm", -1, NOFX);
    B.options[k.dm].visibility = SV_VIS_PRIVATE;
    k.report = b_option(k.d2, "report", -1, NOFX);
    B.options[k.report].action = SV_ACTION_REPORT;
    /* two public answers in one option: a reply, then a question below it */
    k.both = b_option(k.d2, "both", -1, NOFX);
    sv_Option *o = &B.options[k.both];
    o->step_count = 2;
    o->steps[0] = (sv_Step){SV_ACTION_REPLY, SV_VIS_PUBLIC, -1};
    o->steps[1] = (sv_Step){SV_ACTION_ASK, SV_VIS_PUBLIC, -1};
    k.part = b_part(k.d2, "sorry", -1, NOFX);
    B.decisions[k.d2].default_option = k.again;

    k.d3 = b_decision("d3", 1000, 60000, -1);
    B.decisions[k.d3].about = k.wall;
    k.feed_opt = b_option(k.d3, "feed-opt", -1, NOFX);
    b_ending("end", -1);
    return k;
}

static void test_room_counts_public_answers_in_the_thread(void **state)
{
    (void)state;
    Pack k = build(1);
    sv_Session s;
    b_start(&s, 3);
    sv_session_advance(&s, 2000);
    assert_int_equal(sv_session_thread_room(&s, k.review), 1);
    assert_int_equal(sv_session_thread_room(&s, k.follow), 1);
    assert_int_equal(sv_session_thread_room(&s, k.wall), UINT32_MAX);
    assert_true(sv_session_option_enabled(&s, k.again));
    /* two public answers do not fit in a thread that takes one */
    assert_true(sv_session_option_full(&s, k.both));
    assert_false(sv_session_option_enabled(&s, k.both));

    assert_int_equal(b_choose(&s, k.d1, k.pub), SV_INPUT_OK);
    assert_int_equal(sv_session_thread_room(&s, k.review), 0);
    assert_int_equal(sv_session_thread_room(&s, k.follow), 0);
    assert_true(sv_session_option_full(&s, k.again));
    assert_false(sv_session_option_enabled(&s, k.again));
    /* private answers and actions without words still go */
    assert_true(sv_session_option_enabled(&s, k.dm));
    assert_true(sv_session_option_enabled(&s, k.report));
    assert_false(sv_session_compose_allowed(&s, k.d2, SV_VIS_PUBLIC));
    assert_true(sv_session_compose_allowed(&s, k.d2, SV_VIS_PRIVATE));
    /* another channel's thread is not touched */
    assert_true(sv_session_option_enabled(&s, k.feed_opt));

    uint64_t before = sv_session_hash(&s);
    size_t replies = s.reply_count, log = s.log_count;
    assert_int_equal(b_choose(&s, k.d2, k.again), SV_INPUT_CHANNEL_FULL);
    assert_int_equal(COMPOSE(&s, k.d2, SV_VIS_PUBLIC, k.part), SV_INPUT_CHANNEL_FULL);
    assert_int_equal(sv_session_hash(&s), before);
    assert_int_equal(s.reply_count, replies);
    assert_int_equal(s.log_count, log);
    assert_int_equal(s.decision_state[k.d2], SV_DEC_OPEN);
    assert_int_equal(COMPOSE(&s, k.d2, SV_VIS_PRIVATE, k.part), SV_INPUT_OK);
    assert_int_equal(s.replies[s.decision_reply[k.d2]].visibility, SV_VIS_PRIVATE);
    assert_int_equal(b_choose(&s, k.d3, k.feed_opt), SV_INPUT_OK);
    sv_session_free(&s);
}

static void test_private_answer_leaves_room(void **state)
{
    (void)state;
    Pack k = build(1);
    sv_Session s;
    b_start(&s, 3);
    sv_session_advance(&s, 2000);
    assert_int_equal(b_choose(&s, k.d1, k.priv), SV_INPUT_OK);
    assert_int_equal(sv_session_thread_room(&s, k.follow), 1);
    assert_int_equal(b_choose(&s, k.d2, k.again), SV_INPUT_OK);
    assert_int_equal(sv_session_thread_room(&s, k.review), 0);
    sv_session_free(&s);
}

static void test_higher_limit(void **state)
{
    (void)state;
    Pack k = build(3);
    sv_Session s;
    b_start(&s, 3);
    sv_session_advance(&s, 2000);
    assert_int_equal(b_choose(&s, k.d1, k.pub), SV_INPUT_OK);
    assert_int_equal(sv_session_thread_room(&s, k.follow), 2);
    assert_true(sv_session_option_enabled(&s, k.both));
    assert_int_equal(b_choose(&s, k.d2, k.both), SV_INPUT_OK);
    assert_int_equal(sv_session_thread_room(&s, k.review), 0);
    sv_session_free(&s);
}

/* Nobody answers d2 and its default would answer in the full thread: the
 * site takes it no more than a choice, so the deadline passes without it. */
static void test_default_not_taken_when_full(void **state)
{
    (void)state;
    Pack k = build(1);
    sv_Session s;
    b_start(&s, 3);
    sv_session_advance(&s, 2000);
    assert_int_equal(b_choose(&s, k.d1, k.pub), SV_INPUT_OK);
    size_t replies = s.reply_count;
    sv_session_advance(&s, 62000);
    assert_int_equal(s.decision_state[k.d2], SV_DEC_TIMED_OUT);
    assert_int_equal(s.reply_count, replies);
    assert_int_equal(s.decision_reply[k.d2], -1);
    sv_session_free(&s);

    /* with room, the same default goes out */
    k = build(2);
    b_start(&s, 3);
    sv_session_advance(&s, 2000);
    assert_int_equal(b_choose(&s, k.d1, k.pub), SV_INPUT_OK);
    sv_session_advance(&s, 62000);
    assert_int_equal(s.decision_state[k.d2], SV_DEC_TIMED_OUT);
    assert_true(s.decision_reply[k.d2] >= 0);
    assert_int_equal(s.replies[s.decision_reply[k.d2]].option, k.again);
    sv_session_free(&s);
}

/* Without a limit nothing changes: a third public answer in the thread goes. */
static void test_no_limit(void **state)
{
    (void)state;
    Pack k = build(0);
    sv_Session s;
    b_start(&s, 3);
    sv_session_advance(&s, 2000);
    assert_int_equal(b_choose(&s, k.d1, k.pub), SV_INPUT_OK);
    assert_int_equal(sv_session_thread_room(&s, k.follow), UINT32_MAX);
    assert_false(sv_session_option_full(&s, k.both));
    assert_int_equal(b_choose(&s, k.d2, k.both), SV_INPUT_OK);
    sv_session_free(&s);
}

static void test_result_text(void **state)
{
    (void)state;
    const char *t = sv_input_result_text(SV_INPUT_CHANNEL_FULL);
    assert_non_null(strstr(t, "private"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_room_counts_public_answers_in_the_thread),
        cmocka_unit_test(test_private_answer_leaves_room),
        cmocka_unit_test(test_higher_limit),
        cmocka_unit_test(test_default_not_taken_when_full),
        cmocka_unit_test(test_no_limit),
        cmocka_unit_test(test_result_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
