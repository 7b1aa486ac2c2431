/* The session engine on hand-built scenarios: no loader, no files. Each test
 * builds the smallest scenario that shows one rule, runs it with explicit
 * times and checks state, log and hash. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "build_scenario.h"
#include "svara/session.h"

/* Index of the n-th log entry of this kind and subject, or -1. */
static int find_log(const sv_Session *s, sv_LogKind kind, int32_t a, int nth)
{
    for (size_t i = 0; i < s->log_count; i++)
        if (s->log[i].kind == kind && s->log[i].a == a && nth-- == 0) return (int)i;
    return -1;
}

static int count_log(const sv_Session *s, sv_LogKind kind, int32_t a)
{
    int n = 0;
    for (size_t i = 0; i < s->log_count; i++) n += s->log[i].kind == kind && s->log[i].a == a;
    return n;
}

/* Checks {condition, expected} pairs, naming the condition that differs. */
static void expect_eval(const sv_Session *s, size_t n, const int32_t (*cases)[2])
{
    for (size_t i = 0; i < n; i++) {
        int got = sv_session_eval(s, cases[i][0]);
        if (got != cases[i][1]) print_message("condition %d:\n", (int)cases[i][0]);
        assert_int_equal(got, cases[i][1]);
    }
}

/* ---- tests ------------------------------------------------------------------------ */

static void test_posts_in_order(void **state)
{
    (void)state;
    b_reset(60000);
    int32_t late = b_post("late", 5000, 0, -1);
    int32_t early = b_post("early", 1000, 0, -1);
    int32_t tie_a = b_post("tie-a", 3000, 0, -1);
    int32_t tie_b = b_post("tie-b", 3000, 0, -1);
    b_ending("end", -1);
    sv_Session s;
    b_start(&s, 1);
    assert_int_equal(s.log_count, 0); /* nothing happens before the first advance */
    sv_session_advance(&s, 2000);
    assert_int_equal(s.now_ms, 2000);
    assert_int_equal(s.post_seen[early], 1);
    assert_int_equal(s.post_ms[early], 1000);
    assert_int_equal(s.post_seen[late], 0);
    uint32_t due = 0;
    assert_true(sv_session_next_due(&s, &due));
    assert_int_equal(due, 3000);
    sv_session_advance(&s, 10000);
    int32_t order[] = {early, tie_a, tie_b, late};
    uint32_t times[] = {1000, 3000, 3000, 5000};
    for (int i = 0; i < 4; i++) {
        assert_int_equal(s.log[i].kind, SV_LOG_POST);
        assert_int_equal(s.log[i].a, order[i]);
        assert_int_equal(s.log[i].t_ms, times[i]);
        assert_int_equal(s.post_ms[order[i]], times[i]);
    }
    /* nothing left after the last post: it ends then, not at 10 s or the duration */
    assert_true(s.ended);
    assert_int_equal(s.now_ms, 5000);
    sv_session_free(&s);
}

static uint32_t jittered_time(uint64_t seed)
{
    sv_Session s;
    b_start(&s, seed);
    sv_session_advance(&s, 10000);
    uint32_t t = s.post_ms[1];
    assert_int_equal(s.post_seen[1], 1);
    sv_session_free(&s);
    return t;
}

static void test_jitter(void **state)
{
    (void)state;
    b_reset(60000);
    b_post("fixed", 500, 0, -1);
    b_post("moving", 1000, 500, -1);
    b_ending("end", -1);
    uint32_t lo = UINT32_MAX, hi = 0;
    for (uint64_t seed = 0; seed < 64; seed++) {
        uint32_t t = jittered_time(seed);
        assert_in_range(t, 1000, 1500);
        assert_int_equal(jittered_time(seed), t);
        lo = t < lo ? t : lo;
        hi = t > hi ? t : hi;
    }
    assert_true(hi - lo > 100); /* the seed does move it */
}

static void test_deadline_default(void **state)
{
    (void)state;
    b_reset(60000);
    int32_t took = b_flag("took-default");
    int32_t late = b_flag("late");
    int32_t never = b_cond(SV_COND_FLAG, SV_OP_EQ, late, 0); /* false at the deadline */
    int32_t d = b_decision("d", 1000, 10000, -1);
    b_option(d, "answer", -1, NOFX);
    int32_t wait = b_option(d, "wait", never, FX(fx(SV_EFFECT_SET_FLAG, took, 0, 0)));
    B.decisions[d].default_option = wait;
    B.decisions[d].on_timeout = FX(fx(SV_EFFECT_SET_FLAG, late, 0, 0));
    int32_t answered = b_cond(SV_COND_ANSWERED, SV_OP_EQ, d, 0);
    int32_t chose = b_cond(SV_COND_CHOSE, SV_OP_EQ, wait, 0);
    b_ending("end", -1);
    sv_Session s;
    b_start(&s, 7);
    sv_session_advance(&s, 10999);
    assert_int_equal(s.decision_state[d], SV_DEC_OPEN);
    assert_int_equal(s.decision_open_ms[d], 1000);
    sv_session_advance(&s, 11000);
    assert_int_equal(s.decision_state[d], SV_DEC_TIMED_OUT);
    assert_int_equal(s.decision_close_ms[d], 11000);
    assert_int_equal(s.reply_count, 1);
    assert_int_equal(s.decision_reply[d], 0);
    assert_int_equal(s.replies[0].option, wait);
    assert_true(s.replies[0].by_default);
    assert_int_equal(s.replies[0].t_ms, 11000);
    assert_int_equal(s.flags[took], 1);
    assert_int_equal(s.flags[late], 1);
    assert_true(sv_session_eval(&s, chose));
    assert_false(sv_session_eval(&s, answered));
    int r = find_log(&s, SV_LOG_REPLY, d, 0), t = find_log(&s, SV_LOG_TIMEOUT, d, 0);
    assert_true(r >= 0 && t > r);
    assert_int_equal(s.log[r].b, 0);
    assert_int_equal(s.log[t].b, wait);
    assert_int_equal(s.log[t].t_ms, 11000);
    sv_session_free(&s);
}

static void test_deadline_without_default(void **state)
{
    (void)state;
    b_reset(60000);
    int32_t v = b_var("patience", 5, 0, 10);
    int32_t d = b_decision("d", 0, 3000, -1);
    b_option(d, "a", -1, NOFX);
    B.decisions[d].on_timeout = FX(fx(SV_EFFECT_VAR_ADD, v, -2, 0));
    b_ending("end", -1);
    sv_Session s;
    b_start(&s, 7);
    sv_session_advance(&s, 5000);
    assert_int_equal(s.decision_state[d], SV_DEC_TIMED_OUT);
    assert_int_equal(s.reply_count, 0);
    assert_int_equal(s.decision_reply[d], -1);
    assert_int_equal(s.vars[v], 3);
    int t = find_log(&s, SV_LOG_TIMEOUT, d, 0);
    assert_true(t >= 0);
    assert_int_equal(s.log[t].b, -1);
    assert_true(s.ended);
    assert_int_equal(s.now_ms, 3000);
    assert_int_equal(b_choose(&s, d, 0), SV_INPUT_ENDED);
    sv_session_free(&s);
}

static void test_conditions(void **state)
{
    (void)state;
    b_reset(600000);
    int32_t f = b_flag("f");
    int32_t v = b_var("v", 2, -10, 10);
    int32_t p = b_post("p", 1000, 0, -1);
    int32_t d = b_decision("d", 0, 100000, -1);
    int32_t o = b_option(d, "o", -1, FX(fx(SV_EFFECT_SET_FLAG, f, 0, 0)));
    b_ending("end", -1);
    int32_t c_flag = b_cond(SV_COND_FLAG, SV_OP_EQ, f, 0);
    int32_t c_var_ge2 = b_cond(SV_COND_VAR, SV_OP_GE, v, 2);
    int32_t c_var_gt2 = b_cond(SV_COND_VAR, SV_OP_GT, v, 2);
    int32_t c_var_ne2 = b_cond(SV_COND_VAR, SV_OP_NE, v, 2);
    int32_t c_mood_lt = b_cond(SV_COND_METER, SV_OP_LT, SV_METER_MOOD, 300);
    int32_t c_rep_eq = b_cond(SV_COND_METER, SV_OP_EQ, SV_METER_REPUTATION, 600);
    int32_t c_rep_le = b_cond(SV_COND_METER, SV_OP_LE, SV_METER_REPUTATION, 599);
    int32_t c_chose = b_cond(SV_COND_CHOSE, SV_OP_EQ, o, 0);
    int32_t c_seen = b_cond(SV_COND_SEEN, SV_OP_EQ, p, 0);
    int32_t c_answered = b_cond(SV_COND_ANSWERED, SV_OP_EQ, d, 0);
    int32_t c_elapsed = b_cond(SV_COND_TIME, SV_OP_GE, 0, 1500);
    int32_t c_not = GROUP(SV_COND_NOT, c_flag);
    int32_t c_all = GROUP(SV_COND_ALL, c_var_ge2, c_mood_lt, c_flag);
    int32_t c_any = GROUP(SV_COND_ANY, c_var_gt2, c_flag, c_rep_eq);
    int32_t c_all_empty = b_group(SV_COND_ALL, 0, NULL);
    int32_t c_any_empty = b_group(SV_COND_ANY, 0, NULL);
    int32_t c_bad_ref = b_cond(SV_COND_FLAG, SV_OP_EQ, 99, 0);
    int32_t c_loop = b_group(SV_COND_ALL, 0, NULL);
    B.conds[c_loop].kids_start = B.sc.cond_kid_count;
    B.conds[c_loop].kids_count = 1;
    B.kids[B.sc.cond_kid_count++] = (uint32_t)c_loop; /* corrupt: contains itself */
    int32_t c_bad_kids = b_group(SV_COND_ANY, 0, NULL);
    B.conds[c_bad_kids].kids_start = 1000;
    B.conds[c_bad_kids].kids_count = 2;

    sv_Session s;
    b_start(&s, 3);
    sv_session_advance(&s, 500);
    const int32_t before[][2] = {
        {-1, 1},          {c_flag, 0},      {c_not, 1},     {c_var_ge2, 1}, {c_var_gt2, 0},
        {c_var_ne2, 0},   {c_mood_lt, 1},   {c_rep_eq, 1},  {c_rep_le, 0},  {c_chose, 0},
        {c_seen, 0},      {c_answered, 0},  {c_elapsed, 0}, {c_all, 0},     {c_any, 1},
        {c_all_empty, 1}, {c_any_empty, 0}, {c_bad_ref, 0}, {c_loop, 0},    {c_bad_kids, 0},
        {12345, 0},       {-7, 0},
    };
    expect_eval(&s, sizeof before / sizeof before[0], before);
    sv_session_advance(&s, 1500);
    assert_int_equal(b_choose(&s, d, o), SV_INPUT_OK);
    const int32_t after[][2] = {
        {c_seen, 1},  {c_elapsed, 1},  {c_flag, 1}, {c_not, 0},
        {c_chose, 1}, {c_answered, 1}, {c_all, 1},
    };
    expect_eval(&s, sizeof after / sizeof after[0], after);
    sv_session_free(&s);
}

static void test_disabled_option_refused(void **state)
{
    (void)state;
    b_reset(60000);
    int32_t f = b_flag("unlocked");
    int32_t v = b_var("v", 0, -10, 10);
    int32_t d = b_decision("d", 0, 30000, -1);
    int32_t locked = b_option(d, "locked", b_cond(SV_COND_FLAG, SV_OP_EQ, f, 0),
                              FX(fx(SV_EFFECT_VAR_ADD, v, 1, 0)));
    int32_t other_d = b_decision("other", SV_NEVER, 30000, -1);
    int32_t foreign = b_option(other_d, "foreign", -1, NOFX);
    b_ending("end", -1);
    sv_Session s;
    b_start(&s, 11);
    sv_session_advance(&s, 1000);
    uint64_t before = sv_session_hash(&s);
    size_t log_before = s.log_count;
    assert_false(sv_session_option_enabled(&s, locked));
    assert_int_equal(b_choose(&s, d, locked), SV_INPUT_DISABLED);
    assert_int_equal(b_choose(&s, d, foreign), SV_INPUT_BAD_OPTION);
    assert_int_equal(b_choose(&s, d, -1), SV_INPUT_BAD_OPTION);
    assert_int_equal(b_choose(&s, other_d, foreign), SV_INPUT_NOT_OPEN);
    assert_int_equal(b_choose(&s, 9, 0), SV_INPUT_NO_DECISION);
    assert_int_equal(b_choose(&s, -1, 0), SV_INPUT_NO_DECISION);
    assert_int_equal(s.decision_state[d], SV_DEC_OPEN);
    assert_int_equal(s.vars[v], 0);
    assert_int_equal(s.reply_count, 0);
    assert_int_equal(s.log_count, log_before);
    assert_int_equal(sv_session_hash(&s), before);
    sv_session_free(&s);
}

static void test_composer_validation(void **state)
{
    (void)state;
    b_reset(60000);
    int32_t f = b_flag("never");
    int32_t v = b_var("v", 0, -100, 100);
    int32_t d = b_decision("d", 0, 30000, -1);
    b_option(d, "plain", -1, NOFX);
    int32_t set5 = b_part(d, "set5", -1, FX(fx(SV_EFFECT_VAR_SET, v, 5, 0)));
    int32_t add1 = b_part(d, "add1", -1, FX(fx(SV_EFFECT_VAR_ADD, v, 1, 0)));
    int32_t dbl = b_part(d, "add10", -1, FX(fx(SV_EFFECT_VAR_ADD, v, 10, 0)));
    int32_t off = b_part(d, "off", b_cond(SV_COND_FLAG, SV_OP_EQ, f, 0), NOFX);
    B.decisions[d].compose_min = 2;
    B.decisions[d].compose_max = 3;
    B.decisions[d].compose_effects =
        FX(fx(SV_EFFECT_VAR_SET, v, 100, 0), fx(SV_EFFECT_METER_ADD, SV_METER_MOOD, 15, 0));
    int32_t e = b_decision("e", 0, 30000, -1);
    int32_t e_opt = b_option(e, "e-opt", -1, NOFX);
    int32_t e2 = b_decision("e2", 0, 30000, -1);
    int32_t foreign = b_part(e2, "foreign", -1, NOFX);
    b_ending("end", -1);

    sv_Session s;
    b_start(&s, 5);
    sv_session_advance(&s, 2000);
    uint64_t before = sv_session_hash(&s);
    assert_int_equal(COMPOSE(&s, d, SV_VIS_PUBLIC, set5), SV_INPUT_PART_COUNT);
    assert_int_equal(COMPOSE(&s, d, SV_VIS_PUBLIC, set5, add1, dbl, off), SV_INPUT_PART_COUNT);
    assert_int_equal(b_compose(&s, d, SV_VIS_PUBLIC, 0, NULL), SV_INPUT_PART_COUNT);
    assert_int_equal(COMPOSE(&s, d, SV_VIS_PUBLIC, set5, set5), SV_INPUT_DUPLICATE_PART);
    assert_int_equal(COMPOSE(&s, d, SV_VIS_PUBLIC, set5, foreign), SV_INPUT_BAD_OPTION);
    assert_int_equal(COMPOSE(&s, d, SV_VIS_PUBLIC, set5, 99), SV_INPUT_BAD_OPTION);
    assert_int_equal(COMPOSE(&s, d, SV_VIS_PUBLIC, set5, off), SV_INPUT_DISABLED);
    assert_int_equal(COMPOSE(&s, d, SV_VIS_PRIVATE, set5, add1), SV_INPUT_VISIBILITY);
    assert_int_equal(COMPOSE(&s, d, (sv_Visibility)7, set5, add1), SV_INPUT_VISIBILITY);
    assert_int_equal(COMPOSE(&s, e, SV_VIS_PUBLIC, e_opt), SV_INPUT_NO_COMPOSER);
    assert_int_equal(sv_session_hash(&s), before);
    assert_int_equal(s.vars[v], 0);

    /* the composer's effects first, then each part's in the player's order */
    assert_int_equal(COMPOSE(&s, d, SV_VIS_PUBLIC, dbl, set5, add1), SV_INPUT_OK);
    assert_int_equal(s.vars[v], 6);
    assert_int_equal(s.meters[SV_METER_MOOD], 215);
    assert_int_equal(s.decision_state[d], SV_DEC_ANSWERED);
    const sv_Reply *r = &s.replies[s.decision_reply[d]];
    assert_int_equal(r->option, -1);
    assert_int_equal(r->action, SV_ACTION_REPLY);
    assert_int_equal(r->visibility, SV_VIS_PUBLIC);
    assert_false(r->by_default);
    assert_int_equal(r->part_count, 3);
    assert_int_equal(r->parts[0], dbl);
    assert_int_equal(r->parts[1], set5);
    assert_int_equal(r->parts[2], add1);
    assert_int_equal(r->t_ms, 2000);
    assert_int_equal(COMPOSE(&s, d, SV_VIS_PUBLIC, set5, add1), SV_INPUT_NOT_OPEN);

    B.decisions[e2].compose_private = true;
    B.decisions[e2].compose_public = false;
    B.decisions[e2].compose_min = 1;
    assert_int_equal(COMPOSE(&s, e2, SV_VIS_PUBLIC, foreign), SV_INPUT_VISIBILITY);
    assert_int_equal(COMPOSE(&s, e2, SV_VIS_PRIVATE, foreign), SV_INPUT_OK);
    assert_int_equal(s.replies[s.decision_reply[e2]].visibility, SV_VIS_PRIVATE);
    sv_session_free(&s);
}

/* An event that schedules itself twice fills the queue within seconds: the
 * run goes on, and what it could not schedule is counted, not lost silently. */
static void test_full_queue_counted(void **state)
{
    (void)state;
    b_reset(60000);
    sv_Effect twice[] = {fx(SV_EFFECT_EVENT, 0, 0, 1000), fx(SV_EFFECT_EVENT, 0, 0, 1000)};
    b_event("boom", 1000, -1, b_fx(2, twice));
    b_ending("end", -1);
    sv_Session s;
    b_start(&s, 1);
    sv_session_advance(&s, 5000);
    sv_Dropped d = sv_session_dropped(&s);
    assert_int_equal(sv_dropped_total(&d), 0); /* 16 pending: nothing lost yet */
    sv_session_advance(&s, 20000);
    d = sv_session_dropped(&s);
    assert_true(d.queue > 0);
    assert_int_equal(d.replies, 0);
    assert_int_equal(sv_dropped_total(&d), d.queue + d.log);
    sv_session_free(&s);
}

static void test_effect_clamping(void **state)
{
    (void)state;
    b_reset(60000);
    int32_t v = b_var("v", 0, -3, 3);
    int32_t w = b_var("w", 0, INT32_MIN, INT32_MAX);
    int32_t on = b_flag("on"), off = b_flag("off");
    b_event(
        "up", 1000, -1,
        FX(fx(SV_EFFECT_VAR_ADD, v, 10, 0), fx(SV_EFFECT_VAR_ADD, w, INT32_MAX, 0),
           fx(SV_EFFECT_VAR_ADD, w, INT32_MAX, 0), fx(SV_EFFECT_METER_ADD, SV_METER_MOOD, 2000, 0),
           fx(SV_EFFECT_METER_ADD, SV_METER_REACH, INT32_MAX, 0),
           fx(SV_EFFECT_METER_ADD, SV_METER_REACH, INT32_MAX, 0), fx(SV_EFFECT_METER_ADD, 17, 5, 0),
           fx(SV_EFFECT_VAR_ADD, 42, 5, 0), fx(SV_EFFECT_SET_FLAG, 3, 0, 0),
           fx(SV_EFFECT_SET_FLAG, on, 0, 0), fx(SV_EFFECT_SET_FLAG, off, 0, 0)));
    b_event("down", 2000, -1,
            FX(fx(SV_EFFECT_VAR_SET, v, -100, 0), fx(SV_EFFECT_VAR_SET, w, INT32_MIN, 0),
               fx(SV_EFFECT_VAR_ADD, w, INT32_MIN, 0),
               fx(SV_EFFECT_METER_ADD, SV_METER_REPUTATION, -5000, 0),
               fx(SV_EFFECT_METER_ADD, SV_METER_SENTIMENT, 300, 0),
               fx(SV_EFFECT_CLEAR_FLAG, off, 0, 0)));
    b_ending("end", -1);
    sv_Session s;
    b_start(&s, 1);
    sv_session_advance(&s, 1000);
    assert_int_equal(s.vars[v], 3);
    assert_int_equal(s.vars[w], INT32_MAX);
    assert_int_equal(s.meters[SV_METER_MOOD], SV_METER_MAX);
    assert_int_equal(s.meters[SV_METER_REACH], INT32_MAX);
    assert_int_equal(s.flags[on], 1);
    assert_int_equal(s.flags[off], 1);
    sv_session_advance(&s, 2000);
    assert_int_equal(s.flags[on], 1);
    assert_int_equal(s.flags[off], 0);
    assert_int_equal(s.vars[v], -3);
    assert_int_equal(s.vars[w], INT32_MIN);
    assert_int_equal(s.meters[SV_METER_REPUTATION], 0);
    assert_int_equal(s.meters[SV_METER_SENTIMENT], 800);
    sv_session_free(&s);
}

static void test_delayed_consequence(void **state)
{
    (void)state;
    b_reset(120000);
    int32_t f = b_flag("exposed");
    int32_t ev = b_event("exposure", SV_NEVER, -1, FX(fx(SV_EFFECT_SET_FLAG, f, 0, 0)));
    int32_t d = b_decision("d", 0, 60000, -1);
    int32_t lie = b_option(d, "lie", -1, FX(fx(SV_EFFECT_EVENT, ev, 0, 30000)));
    b_ending("end", -1);
    sv_Session s;
    b_start(&s, 1);
    sv_session_advance(&s, 5000);
    assert_int_equal(b_choose(&s, d, lie), SV_INPUT_OK);
    uint32_t due = 0;
    assert_true(sv_session_next_due(&s, &due));
    assert_int_equal(due, 35000); /* the answered decision's deadline is gone */
    sv_session_advance(&s, 34999);
    assert_int_equal(s.flags[f], 0);
    sv_session_advance(&s, 35000);
    assert_int_equal(s.flags[f], 1);
    int i = find_log(&s, SV_LOG_EVENT, ev, 0);
    assert_true(i >= 0);
    assert_int_equal(s.log[i].t_ms, 35000);
    sv_session_free(&s);
}

static void test_same_time_chain(void **state)
{
    (void)state;
    b_reset(60000);
    int32_t second = b_event("second", SV_NEVER, -1, NOFX);
    int32_t first = b_event("first", 1000, -1, FX(fx(SV_EFFECT_EVENT, second, 0, 0)));
    int32_t p = b_post("p", 1000, 0, -1);
    b_ending("end", -1);
    sv_Session s;
    b_start(&s, 1);
    sv_session_advance(&s, 1000);
    /* the post was scheduled at init, before "second" existed: it goes first */
    assert_int_equal(find_log(&s, SV_LOG_POST, p, 0), 0);
    assert_int_equal(find_log(&s, SV_LOG_EVENT, first, 0), 1);
    assert_int_equal(find_log(&s, SV_LOG_EVENT, second, 0), 2);
    assert_int_equal(s.log[2].t_ms, 1000);
    sv_session_free(&s);
}

static void test_end_effect(void **state)
{
    (void)state;
    b_reset(60000);
    int32_t f = b_flag("f");
    int32_t good = b_ending("good", -1);
    int32_t bad = b_ending("bad", b_cond(SV_COND_FLAG, SV_OP_EQ, f, 0));
    b_event("boom", 2000, -1, FX(fx(SV_EFFECT_END, bad, 0, 500)));
    int32_t later = b_post("later", 4000, 0, -1);
    int32_t d = b_decision("d", 0, 30000, -1);
    int32_t o = b_option(d, "o", -1, NOFX);
    (void)good;
    sv_Session s;
    b_start(&s, 1);
    sv_session_advance(&s, 10000);
    assert_true(s.ended);
    assert_int_equal(s.ending, bad);
    assert_int_equal(s.now_ms, 2500);
    assert_int_equal(s.post_seen[later], 0);
    assert_int_equal(s.decision_state[d], SV_DEC_TIMED_OUT);
    assert_int_equal(s.decision_close_ms[d], 2500);
    int i = find_log(&s, SV_LOG_ENDING, bad, 0);
    assert_int_equal(i, (int)s.log_count - 1);
    assert_int_equal(s.log[i].t_ms, 2500);
    uint64_t h = sv_session_hash(&s);
    assert_int_equal(b_choose(&s, d, o), SV_INPUT_ENDED);
    sv_session_advance(&s, 20000);
    sv_session_run_out(&s);
    assert_int_equal(s.now_ms, 2500);
    assert_int_equal(sv_session_hash(&s), h);
    assert_false(sv_session_next_due(&s, NULL));
    sv_session_free(&s);
}

static void run_to_duration(bool set_flag, int32_t expect_ending)
{
    sv_Session s;
    b_start(&s, 1);
    sv_session_advance(&s, 1000);
    if (set_flag) assert_int_equal(b_choose(&s, 0, 0), SV_INPUT_OK);
    sv_session_advance(&s, 100000);
    assert_true(s.ended);
    assert_int_equal(s.ending, expect_ending);
    assert_int_equal(s.now_ms, 30000);
    assert_int_equal(s.post_seen[0], 1); /* due exactly at the duration: processed */
    assert_int_equal(s.post_seen[1], 0); /* after it: never */
    assert_int_equal(s.decision_state[1], SV_DEC_TIMED_OUT);
    assert_int_equal(s.decision_close_ms[1], 30000);
    assert_int_equal(count_log(&s, SV_LOG_TIMEOUT, 1), 0); /* lapsed without effects */
    sv_session_free(&s);
}

static void test_ending_at_duration(void **state)
{
    (void)state;
    b_reset(30000);
    int32_t f = b_flag("won");
    b_post("at-end", 30000, 0, -1);
    b_post("too-late", 30001, 0, -1);
    int32_t d = b_decision("d", 0, 10000, -1);
    b_option(d, "o", -1, FX(fx(SV_EFFECT_SET_FLAG, f, 0, 0)));
    int32_t open = b_decision("open", 20000, 60000, -1);
    b_option(open, "x", -1, NOFX);
    int32_t won = b_ending("won", b_cond(SV_COND_FLAG, SV_OP_EQ, f, 0));
    int32_t lost = b_ending("lost", -1);
    run_to_duration(true, won);
    run_to_duration(false, lost);
}

static void test_ending_when_nothing_left(void **state)
{
    (void)state;
    b_reset(600000);
    int32_t f = b_flag("kind");
    b_post("p", 1000, 0, -1);
    int32_t d = b_decision("d", 2000, 60000, -1);
    int32_t o = b_option(d, "o", -1, FX(fx(SV_EFFECT_SET_FLAG, f, 0, 0)));
    int32_t cold = b_ending("cold", GROUP(SV_COND_NOT, b_cond(SV_COND_FLAG, SV_OP_EQ, f, 0)));
    int32_t warm = b_ending("warm", -1);
    (void)cold;
    sv_Session s;
    b_start(&s, 1);
    sv_session_advance(&s, 3000);
    assert_false(s.ended); /* a decision is open */
    assert_int_equal(b_choose(&s, d, o), SV_INPUT_OK);
    assert_false(s.ended); /* apply never ends the run by itself */
    assert_false(sv_session_next_due(&s, NULL));
    sv_session_advance(&s, 9000);
    assert_true(s.ended);
    assert_int_equal(s.ending, warm);
    assert_int_equal(s.now_ms, 3000);
    assert_int_equal(b_choose(&s, d, o), SV_INPUT_ENDED);
    sv_session_free(&s);
}

static void test_empty_scenario(void **state)
{
    (void)state;
    b_reset(10000);
    int32_t only = b_ending("only", -1);
    sv_Session s;
    b_start(&s, 0);
    assert_false(sv_session_next_due(&s, NULL));
    sv_session_run_out(&s);
    assert_true(s.ended);
    assert_int_equal(s.ending, only);
    assert_int_equal(s.now_ms, 0);
    assert_int_equal(s.log_count, 1);
    sv_session_free(&s);
    sv_session_free(&s); /* shutting down twice is harmless */
}

/* One fixed run: a decision answered at `at` with option `opt`. */
static uint64_t run_hash(uint64_t seed, int32_t opt, uint32_t at)
{
    sv_Session s;
    b_start(&s, seed);
    sv_session_advance(&s, at);
    if (opt >= 0) assert_int_equal(b_choose(&s, 0, opt), SV_INPUT_OK);
    sv_session_run_out(&s);
    uint64_t h = sv_session_hash(&s);
    sv_session_free(&s);
    return h;
}

static void test_hash(void **state)
{
    (void)state;
    b_reset(120000);
    int32_t v = b_var("v", 0, -10, 10);
    b_post("p", 1000, 4000, -1);
    int32_t d = b_decision("d", 2000, 20000, -1);
    b_option(d, "a", -1, FX(fx(SV_EFFECT_VAR_ADD, v, 1, 0)));
    b_option(d, "b", -1, FX(fx(SV_EFFECT_VAR_ADD, v, 1, 0)));
    b_event("e", 40000, -1, NOFX);
    b_ending("end", -1);
    uint64_t base = run_hash(42, 0, 5000);
    assert_int_equal(run_hash(42, 0, 5000), base);
    assert_int_not_equal(run_hash(42, 1, 5000), base); /* same effects, other option */
    assert_int_not_equal(run_hash(42, 0, 5001), base); /* same choice, other time */
    assert_int_not_equal(run_hash(42, -1, 5000), base);
    assert_int_not_equal(run_hash(43, 0, 5000), base);

    /* the hash sees a state change, and only a change */
    sv_Session s;
    b_start(&s, 42);
    uint64_t h0 = sv_session_hash(&s);
    assert_int_equal(sv_session_hash(&s), h0);
    sv_session_advance(&s, 500);
    assert_int_not_equal(sv_session_hash(&s), h0);
    sv_session_free(&s);
}

static void test_decision_opened_by_effect(void **state)
{
    (void)state;
    b_reset(120000);
    int32_t f = b_flag("f");
    int32_t follow = b_decision("follow", SV_NEVER, 20000, -1);
    b_option(follow, "x", -1, NOFX);
    int32_t gated = b_decision("gated", SV_NEVER, 20000, b_cond(SV_COND_FLAG, SV_OP_EQ, f, 0));
    b_option(gated, "y", -1, NOFX);
    int32_t d = b_decision("d", 1000, 20000, -1);
    int32_t o = b_option(d, "o", -1,
                         FX(fx(SV_EFFECT_DECISION, follow, 0, 10000),
                            fx(SV_EFFECT_DECISION, gated, 0, 10000),
                            fx(SV_EFFECT_DECISION, follow, 0, 12000)));
    b_ending("end", -1);
    sv_Session s;
    b_start(&s, 1);
    sv_session_advance(&s, 2000);
    assert_int_equal(s.decision_state[follow], SV_DEC_PENDING);
    assert_int_equal(b_choose(&s, d, o), SV_INPUT_OK);
    sv_session_advance(&s, 11999);
    assert_int_equal(s.decision_state[follow], SV_DEC_PENDING);
    sv_session_advance(&s, 12000);
    assert_int_equal(s.decision_state[follow], SV_DEC_OPEN);
    assert_int_equal(s.decision_open_ms[follow], 12000);
    assert_int_equal(s.decision_state[gated], SV_DEC_SKIPPED);
    assert_true(find_log(&s, SV_LOG_DECISION_SKIPPED, gated, 0) >= 0);
    sv_session_advance(&s, 14000);
    /* the second opening of an open decision changes nothing */
    assert_int_equal(s.decision_open_ms[follow], 12000);
    assert_int_equal(count_log(&s, SV_LOG_DECISION_OPEN, follow), 1);
    sv_session_advance(&s, 32000);
    assert_int_equal(s.decision_state[follow], SV_DEC_TIMED_OUT);
    assert_int_equal(s.decision_close_ms[follow], 32000);
    sv_session_free(&s);
}

static void test_post_appears_once(void **state)
{
    (void)state;
    b_reset(120000);
    int32_t p = b_post("echo", SV_NEVER, 0, -1);
    int32_t hidden = b_post("hidden", 1000, 0, b_cond(SV_COND_TIME, SV_OP_GE, 0, 5000));
    b_event("twice", 1000, -1,
            FX(fx(SV_EFFECT_POST, p, 0, 2000), fx(SV_EFFECT_POST, p, 0, 3000),
               fx(SV_EFFECT_POST, hidden, 0, 9000)));
    b_event("again", 10000, -1, FX(fx(SV_EFFECT_POST, p, 0, 0)));
    b_ending("end", -1);
    sv_Session s;
    b_start(&s, 1);
    sv_session_run_out(&s);
    assert_int_equal(count_log(&s, SV_LOG_POST, p), 1);
    assert_int_equal(s.post_ms[p], 3000);
    /* a skipped post may still appear when scheduled again later */
    assert_int_equal(count_log(&s, SV_LOG_POST_SKIPPED, hidden), 1);
    assert_int_equal(count_log(&s, SV_LOG_POST, hidden), 1);
    assert_int_equal(s.post_ms[hidden], 10000);
    assert_true(s.ended);
    assert_int_equal(s.now_ms, 10000);
    sv_session_free(&s);
}

static void test_runaway_ends(void **state)
{
    (void)state;
    b_reset(60000);
    int32_t loop = b_event("loop", 0, -1, NOFX);
    B.events[loop].effects = FX(fx(SV_EFFECT_EVENT, loop, 0, 0), fx(SV_EFFECT_EVENT, loop, 0, 0));
    int32_t fallback = b_ending("fallback", -1);
    sv_Session s;
    b_start(&s, 1);
    sv_session_run_out(&s);
    assert_true(s.ended);
    assert_int_equal(s.ending, fallback);
    assert_true(s.log_count <= SV_MAX_LOG);
    assert_true(s.queue_count <= SV_MAX_QUEUE);
    assert_int_equal(s.log[s.log_count - 1].kind, SV_LOG_ENDING);
    sv_session_free(&s);
}

static void test_advance_never_backwards(void **state)
{
    (void)state;
    b_reset(60000);
    b_post("p", 5000, 0, -1);
    b_post("q", 20000, 0, -1);
    b_ending("end", -1);
    sv_Session s;
    b_start(&s, 1);
    sv_session_advance(&s, 8000);
    sv_session_advance(&s, 3000);
    assert_int_equal(s.now_ms, 8000);
    assert_int_equal(s.log_count, 1);
    sv_session_free(&s);
}

static void test_result_texts(void **state)
{
    (void)state;
    for (int r = SV_INPUT_OK; r <= SV_INPUT_VISIBILITY; r++) {
        const char *t = sv_input_result_text((sv_InputResult)r);
        assert_non_null(t);
        assert_true(strlen(t) > 10);
        assert_int_equal(t[strlen(t) - 1], '.');
    }
    assert_non_null(sv_input_result_text((sv_InputResult)99));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_posts_in_order),
        cmocka_unit_test(test_jitter),
        cmocka_unit_test(test_deadline_default),
        cmocka_unit_test(test_deadline_without_default),
        cmocka_unit_test(test_conditions),
        cmocka_unit_test(test_disabled_option_refused),
        cmocka_unit_test(test_composer_validation),
        cmocka_unit_test(test_effect_clamping),
        cmocka_unit_test(test_full_queue_counted),
        cmocka_unit_test(test_delayed_consequence),
        cmocka_unit_test(test_same_time_chain),
        cmocka_unit_test(test_end_effect),
        cmocka_unit_test(test_ending_at_duration),
        cmocka_unit_test(test_ending_when_nothing_left),
        cmocka_unit_test(test_empty_scenario),
        cmocka_unit_test(test_hash),
        cmocka_unit_test(test_decision_opened_by_effect),
        cmocka_unit_test(test_post_appears_once),
        cmocka_unit_test(test_runaway_ends),
        cmocka_unit_test(test_advance_never_backwards),
        cmocka_unit_test(test_result_texts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
