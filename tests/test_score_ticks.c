/* The scoring model's ticks through quiet time: a run advanced in one call
 * (quiet time run tick after tick, spent ticks passed at once) ends exactly
 * as one advanced a millisecond or an odd step at a time; rules with a time
 * limit stop, the meter history keeps its sample every ten seconds while a
 * post stands, and a tick rule that tests the delay is judged every tick.
 * Ticks come every ten seconds (SV_SCORE_TICK_MS), each ten seconds' worth. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "build_scenario.h"
#include "score_support.h"
#include "svara/score.h"

#define EXPLAIN "\"explain\": {\"en\": \"x\", \"sv\": \"x\", \"nb\": \"x\"}"

/* Two tick rules with limits (10 s and 25 s) and a reply rule. */
static const char *const LIMITED =
    "{\"format\": 1, \"id\": \"limited\", \"rules\": ["
    "{\"id\": \"spread\", \"principles\": [\"FAST\"], \"on\": \"tick\", \"for\": 10, "
    "\"when\": {\"valence\": \"negative\"}, \"effects\": {\"reputation\": -6, \"reach\": "
    "60}, " EXPLAIN
    "}, {\"id\": \"drag\", \"principles\": [\"FAST\"], \"on\": \"tick\", \"for\": 25, "
    "\"when\": {\"valence\": \"negative\"}, \"effects\": {\"mood\": -3}, " EXPLAIN
    "}, {\"id\": \"any\", \"principles\": [\"FAST\"], \"on\": \"reply\", "
    "\"when\": {\"speaks\": true}, \"effects\": {\"mood\": 5}, " EXPLAIN "}]}";

/* A tick rule that only fires once the post has stood 30 s. */
static const char *const LATE =
    "{\"format\": 1, \"id\": \"late\", \"rules\": ["
    "{\"id\": \"late\", \"principles\": [\"FAST\"], \"on\": \"tick\", "
    "\"when\": {\"all\": [{\"valence\": \"negative\"}, {\"delay\": \">=\", \"value\": 30}]}, "
    "\"effects\": {\"reputation\": -6}, " EXPLAIN "}]}";

/* Two tick rules with no time limit: quiet time runs them every tick. */
static const char *const STEADY =
    "{\"format\": 1, \"id\": \"steady\", \"rules\": ["
    "{\"id\": \"sink\", \"principles\": [\"FAST\"], \"on\": \"tick\", "
    "\"when\": {\"valence\": \"negative\"}, \"effects\": {\"reputation\": -6, \"reach\": "
    "45}, " EXPLAIN "}, {\"id\": \"sour\", \"principles\": [\"FAST\"], \"on\": \"tick\", "
    "\"when\": {\"valence\": \"negative\"}, \"effects\": {\"mood\": -4, \"reputation\": "
    "1}, " EXPLAIN "}]}";

/* A complaint at 2 s, a decision about it, an event that keeps the run going. */
static int32_t D, OPT;

static void build(void)
{
    b_reset(600000);
    b_channel("feed", SV_CHANNEL_FEED, true);
    b_persona("maja", SV_ROLE_COMPLAINER);
    int32_t post = b_post("complaint", 2000, 0, -1);
    D = b_decision("d", 2000, 300000, -1);
    B.decisions[D].about = post;
    OPT = b_option(D, "sorry", -1, NOFX);
    B.options[OPT].text = b_text("We are sorry.");
    b_event("keep-alive", 500000, -1, NOFX);
    b_ending("end", -1);
}

typedef struct Outcome {
    uint64_t hash;
    int32_t meters[SV_METER_COUNT];
    size_t samples, firings;
} Outcome;

/* Plays to `to_ms` in steps of `step` ms (0: one call), answering at
 * `answer_ms` (0: never), and keeps the session for the caller to look at. */
static Outcome play(sv_Session *s, const sv_ScoreModel *m, uint32_t step, uint32_t answer_ms,
                    uint32_t to_ms)
{
    build();
    b_start(s, 3);
    assert_int_equal(sv_session_set_model(s, m, SV_LANG_EN), SV_OK);
    bool answered = answer_ms == 0;
    for (uint32_t now = step; step && now < to_ms; now += step) {
        if (!answered && now >= answer_ms) {
            sv_session_advance(s, answer_ms);
            assert_int_equal(b_choose(s, D, OPT), SV_INPUT_OK);
            answered = true;
        }
        sv_session_advance(s, now);
    }
    if (!answered) {
        sv_session_advance(s, answer_ms);
        assert_int_equal(b_choose(s, D, OPT), SV_INPUT_OK);
    }
    sv_session_advance(s, to_ms);
    Outcome o = {.hash = sv_session_hash(s),
                 .samples = s->score->history_count,
                 .firings = s->score->firing_count};
    memcpy(o.meters, s->meters, sizeof o.meters);
    return o;
}

static void same(const Outcome *a, const Outcome *b)
{
    assert_int_equal(a->hash, b->hash);
    assert_memory_equal(a->meters, b->meters, sizeof a->meters);
    assert_int_equal(a->samples, b->samples);
    assert_int_equal(a->firings, b->firings);
}

static const sv_Firing *firing(const sv_Session *s, const sv_ScoreModel *m, const char *rule)
{
    int32_t r = sv_score_find_rule(m, rule);
    for (size_t i = 0; i < s->score->firing_count; i++)
        if (s->score->firings[i].rule == r) return &s->score->firings[i];
    return NULL;
}

static void test_limited_ticks_in_quiet_time(void **state)
{
    (void)state;
    sv_ScoreModel *m = t_score_model(LIMITED);
    sv_Session s;
    Outcome one = play(&s, m, 0, 0, 120000);
    /* the post appeared at 2 s: the first tick at 10 s stands for the ten seconds
     * up to it; spread (10 s) fired once, drag (25 s) three times, the last of
     * them running to 30 s (a limit is kept in whole ticks) */
    const sv_Firing *spread = firing(&s, m, "spread"), *drag = firing(&s, m, "drag");
    assert_non_null(spread);
    assert_non_null(drag);
    assert_int_equal(spread->count, 10);
    assert_int_equal(spread->t_ms, 10000);
    assert_int_equal(spread->last_ms, 10000);
    assert_int_equal(drag->count, 30);
    assert_int_equal(drag->t_ms, 10000);
    assert_int_equal(drag->last_ms, 30000);
    assert_int_equal(s.meters[SV_METER_REACH], 10);
    /* the post still stands: a sample every ten seconds to the end, meters at rest */
    const sv_MeterSample *last = &s.score->history[s.score->history_count - 1];
    assert_int_equal(last->t_ms, 120000);
    assert_int_equal(s.score->history[s.score->history_count - 2].t_ms, 110000);
    assert_memory_equal(last->meters, s.meters, sizeof s.meters);
    assert_int_equal(s.score->next_tick_ms, 130000);
    sv_session_free(&s);
    const uint32_t steps[] = {1, 999, 1000, 1001, 7777};
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        Outcome o = play(&s, m, steps[i], 0, 120000);
        sv_session_free(&s);
        same(&one, &o);
    }
    sv_score_free(m);
}

/* Answering in the middle of a spent stretch: the post stops standing, the
 * reply rule fires, and the ticks stop, however the clock is advanced. */
static void test_answer_after_ticks_are_spent(void **state)
{
    (void)state;
    sv_ScoreModel *m = t_score_model(LIMITED);
    sv_Session s;
    Outcome one = play(&s, m, 0, 61500, 200000);
    assert_non_null(firing(&s, m, "any"));
    assert_int_equal(s.score->next_tick_ms, 70000); /* none after the answer */
    sv_session_free(&s);
    const uint32_t steps[] = {1, 1000, 4321};
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        Outcome o = play(&s, m, steps[i], 61500, 200000);
        sv_session_free(&s);
        same(&one, &o);
    }
    sv_score_free(m);
}

static void test_delay_rule_judged_every_tick(void **state)
{
    (void)state;
    sv_ScoreModel *m = t_score_model(LATE);
    sv_Session s;
    Outcome one = play(&s, m, 0, 0, 60000);
    const sv_Firing *late = firing(&s, m, "late");
    assert_non_null(late);
    assert_int_equal(late->t_ms, 40000); /* the first tick the post has stood 30 s by */
    assert_int_equal(late->count, 30);   /* 40, 50 and 60 s */
    assert_int_equal(late->last_ms, 60000);
    sv_session_free(&s);
    const uint32_t steps[] = {1, 1000, 3333};
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        Outcome o = play(&s, m, steps[i], 0, 60000);
        sv_session_free(&s);
        same(&one, &o);
    }
    sv_score_free(m);
}

/* Rules that never run out: quiet time moves the meters every tick for as
 * long as the post stands, exactly as tick by tick, and keeps each
 * rule's one record (seconds, last tick, what it moved). */
static void test_steady_ticks_in_quiet_time(void **state)
{
    (void)state;
    sv_ScoreModel *m = t_score_model(STEADY);
    sv_Session s;
    Outcome one = play(&s, m, 0, 0, 400000);
    const sv_Firing *sink = firing(&s, m, "sink"), *sour = firing(&s, m, "sour");
    assert_non_null(sink);
    assert_non_null(sour);
    assert_int_equal(sink->count, 400); /* ticks at 10 .. 400 s, ten seconds each */
    assert_int_equal(sink->last_ms, 400000);
    assert_int_equal(sour->count, 400);
    assert_true(sink->applied[SV_METER_REPUTATION] < 0);
    assert_true(sour->applied[SV_METER_MOOD] < 0);
    assert_int_equal(s.score->standing_hint, 0); /* the complaint still stands */
    sv_session_free(&s);
    const uint32_t steps[] = {1, 1000, 7777};
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        Outcome o = play(&s, m, steps[i], 0, 400000);
        sv_session_free(&s);
        same(&one, &o);
    }
    /* answered in the middle of a stretch of quiet time */
    Outcome mid = play(&s, m, 0, 250500, 400000);
    assert_int_equal(firing(&s, m, "sink")->count, 250); /* ticks at 10 .. 250 s */
    assert_int_equal(s.score->standing_hint, -1);
    sv_session_free(&s);
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        Outcome o = play(&s, m, steps[i], 250500, 400000);
        sv_session_free(&s);
        same(&mid, &o);
    }
    sv_score_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_limited_ticks_in_quiet_time),
        cmocka_unit_test(test_answer_after_ticks_are_spent),
        cmocka_unit_test(test_delay_rule_judged_every_tick),
        cmocka_unit_test(test_steady_ticks_in_quiet_time),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
