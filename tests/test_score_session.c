/* The scoring model inside sessions, on hand-built scenarios and the small
 * model in tests/scoring/test_rules.json: ticks that do not depend on how the
 * clock is advanced, timeouts, ends and broken promises, what the context
 * reads from the run, the hash, the debrief's best alternative and the
 * agreement with the authors' verdicts; and the sample pack with the default model
 * (the three-day tent scenario: its delay, combined actions and promises). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "build_scenario.h"
#include "score_internal.h" /* judging: white-box */
#include "score_support.h"
#include "svara/debrief.h"
#include "svara/score.h"

static sv_ScoreModel *M; /* tests/scoring/test_rules.json */

static int setup(void **state)
{
    (void)state;
    M = t_score_file("tests/scoring/test_rules.json");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    sv_score_free(M);
    return 0;
}

/* ---- a standard scenario ---------------------------------------------------------- */

/* A complaint at 2 s and a decision about it: three options and a composer. */
typedef struct Std {
    int32_t post, d;
    int32_t snark, good, meh;                    /* options */
    int32_t ack, sorry, explain, follow, snarkp; /* parts */
} Std;

static void set_structure(int32_t opt, size_t n, const sv_PartKind *kinds)
{
    B.options[opt].structure_count = (uint8_t)n;
    for (size_t i = 0; i < n; i++) B.options[opt].structure[i] = (uint8_t)kinds[i];
}

static int32_t part(int32_t d, const char *id, sv_PartKind kind, sv_TagSet tags)
{
    int32_t p = b_part(d, id, -1, NOFX);
    B.parts[p].kind = kind;
    B.parts[p].tags = tags;
    B.parts[p].text = b_text(id);
    return p;
}

static Std build_std(void)
{
    Std t;
    b_reset(600000);
    b_channel("feed", SV_CHANNEL_FEED, true);
    b_persona("maja", SV_ROLE_COMPLAINER);
    t.post = b_post("complaint", 2000, 0, -1);
    t.d = b_decision("d", 2000, 300000, -1);
    B.decisions[t.d].about = t.post;
    B.decisions[t.d].compose_max = 4;
    t.snark = b_option(t.d, "snark", -1, NOFX);
    B.options[t.snark].tags = 1u << SV_TAG_SARCASM;
    B.options[t.snark].text = b_text("Have you tried waiting?");
    t.good = b_option(t.d, "good", -1, NOFX);
    B.options[t.good].tags = 1u << SV_TAG_EMPATHY;
    B.options[t.good].text = b_text("You're right, and we are sorry.");
    const sv_PartKind good_kinds[] = {SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE};
    set_structure(t.good, 2, good_kinds);
    t.meh = b_option(t.d, "meh", -1, NOFX);
    B.options[t.meh].text = b_text("Noted.");
    t.snarkp = part(t.d, "p-snark", SV_PART_OTHER, 1u << SV_TAG_SARCASM);
    t.follow = part(t.d, "p-follow", SV_PART_FOLLOW_UP, 0);
    t.explain = part(t.d, "p-explain", SV_PART_EXPLAIN, 0);
    t.sorry = part(t.d, "p-sorry", SV_PART_APOLOGISE, 1u << SV_TAG_EMPATHY);
    t.ack = part(t.d, "p-ack", SV_PART_ACKNOWLEDGE, 0);
    b_event("keep-alive", 500000, -1, NOFX);
    b_ending("end", -1);
    return t;
}

static void start_scored(sv_Session *s, uint64_t seed)
{
    b_start(s, seed);
    assert_int_equal(sv_session_set_model(s, M, SV_LANG_EN), SV_OK);
}

static int count_firings(const sv_Session *s, const char *rule)
{
    int32_t r = sv_score_find_rule(M, rule);
    int n = 0;
    for (size_t i = 0; i < s->score->firing_count; i++) n += s->score->firings[i].rule == r;
    return n;
}

static const sv_Firing *firing(const sv_Session *s, const char *rule)
{
    int32_t r = sv_score_find_rule(M, rule);
    for (size_t i = 0; i < s->score->firing_count; i++)
        if (s->score->firings[i].rule == r) return &s->score->firings[i];
    return NULL;
}

/* ---- the clock ----------------------------------------------------------------------- */

/* Answers with an acknowledgement and a promise at 30 s; advances to 120 s in
 * steps of `step` ms (0: in one call). */
static uint64_t run_in_steps(const Std *t, uint32_t step, int32_t meters[SV_METER_COUNT])
{
    sv_Session s;
    start_scored(&s, 9);
    for (uint32_t now = step ? step : 30000; now < 30000; now += step) sv_session_advance(&s, now);
    sv_session_advance(&s, 30000);
    assert_int_equal(COMPOSE(&s, t->d, SV_VIS_PUBLIC, t->ack, t->follow), SV_INPUT_OK);
    for (uint32_t now = 30000 + step; step && now < 120000; now += step)
        sv_session_advance(&s, now);
    sv_session_advance(&s, 120000);
    memcpy(meters, s.meters, sizeof s.meters);
    uint64_t h = sv_session_hash(&s);
    sv_session_free(&s);
    return h;
}

static void test_tick_determinism(void **state)
{
    (void)state;
    Std t = build_std();
    int32_t m1[SV_METER_COUNT], m2[SV_METER_COUNT], m3[SV_METER_COUNT], m4[SV_METER_COUNT];
    uint64_t one = run_in_steps(&t, 0, m1);
    assert_int_equal(run_in_steps(&t, 1000, m2), one);
    assert_int_equal(run_in_steps(&t, 777, m3), one);
    assert_int_equal(run_in_steps(&t, 1, m4), one);
    assert_memory_equal(m1, m2, sizeof m1);
    assert_memory_equal(m1, m3, sizeof m1);
    assert_memory_equal(m1, m4, sizeof m1);
}

static void test_tick_while_standing(void **state)
{
    (void)state;
    Std t = build_std();
    sv_Session s;
    start_scored(&s, 1);
    sv_session_advance(&s, 60000);
    /* the post appeared at 2 s: the ticks at 10 s .. 60 s each stand for ten seconds */
    const sv_Firing *f = firing(&s, "standing");
    assert_non_null(f);
    assert_int_equal(count_firings(&s, "standing"), 1); /* one record for the run of ticks */
    assert_int_equal(f->trigger, SV_TRIGGER_TICK);
    assert_int_equal(f->post, t.post);
    assert_int_equal(f->t_ms, 10000);
    assert_int_equal(f->last_ms, 60000);
    assert_int_equal(f->count, 60);
    /* -6 points and +60 people a minute, for 60 seconds */
    assert_int_equal(sv_score_tenths(f->raw[SV_METER_REPUTATION]), -60);
    assert_int_equal(f->applied[SV_METER_REACH], 60);
    assert_int_equal(s.meters[SV_METER_REACH], 60);
    assert_int_equal(s.meters[SV_METER_REPUTATION], 600 + f->applied[SV_METER_REPUTATION]);
    assert_in_range(f->applied[SV_METER_REPUTATION], -36, -33); /* scaled by about 60 % */
    /* answering stops it */
    assert_int_equal(b_choose(&s, t.d, t.good), SV_INPUT_OK);
    sv_session_advance(&s, 90000);
    assert_int_equal(f->last_ms, 60000);
    assert_int_equal(f->count, 60);
    sv_session_free(&s);
}

static void test_timeout_and_end(void **state)
{
    (void)state;
    Std t = build_std();
    B.decisions[t.d].deadline_ms = 10000;
    int32_t other = b_post("praise", 1000, 0, -1);
    B.posts[other].valence = SV_VALENCE_POSITIVE;
    int32_t d2 = b_decision("thanks", 1000, 60000, -1);
    B.decisions[d2].about = other;
    int32_t thank = b_option(d2, "thank", -1, NOFX);
    sv_Session s;
    start_scored(&s, 1);
    sv_session_advance(&s, 2000);
    assert_int_equal(b_choose(&s, d2, thank), SV_INPUT_OK);
    sv_session_advance(&s, 11999);
    assert_int_equal(count_firings(&s, "timeout"), 0);
    sv_session_advance(&s, 12000);
    const sv_Firing *f = firing(&s, "timeout");
    assert_non_null(f);
    assert_int_equal(f->decision, t.d);
    assert_int_equal(f->post, t.post);
    assert_int_equal(f->t_ms, 12000);
    assert_int_equal(f->reply, -1);
    assert_true(f->applied[SV_METER_REPUTATION] < 0);
    assert_int_equal(count_firings(&s, "never-answered"), 0);
    sv_session_run_out(&s);
    assert_true(s.ended);
    /* once, for the complaint nobody answered; the answered praise is spared */
    assert_int_equal(count_firings(&s, "never-answered"), 1);
    const sv_Firing *e = firing(&s, "never-answered");
    assert_int_equal(e->post, t.post);
    assert_int_equal(e->trigger, SV_TRIGGER_END);
    assert_int_equal(e->t_ms, s.now_ms);
    sv_session_free(&s);
}

static void test_promise(void **state)
{
    (void)state;
    Std t = build_std();
    sv_Session s;
    start_scored(&s, 1);
    sv_session_advance(&s, 5000);
    assert_int_equal(COMPOSE(&s, t.d, SV_VIS_PUBLIC, t.ack, t.sorry, t.follow), SV_INPUT_OK);
    assert_int_equal(s.score->promise_count, 1);
    assert_int_equal(s.score->promises[0].due_ms, 65000); /* a 60 s window */
    assert_int_equal(s.score->promises[0].thread, t.post);
    sv_session_advance(&s, 64999);
    assert_int_equal(count_firings(&s, "promise-broken"), 0);
    sv_session_advance(&s, 65000);
    assert_int_equal(count_firings(&s, "promise-broken"), 1);
    const sv_Firing *f = firing(&s, "promise-broken");
    assert_int_equal(f->trigger, SV_TRIGGER_PROMISE);
    assert_int_equal(f->t_ms, 65000);
    assert_int_equal(f->reply, 0);
    assert_int_equal(f->decision, t.d);
    assert_true(f->applied[SV_METER_MOOD] < 0);
    assert_int_equal(s.score->promises[0].state, SV_PROMISE_BROKEN);
    sv_session_advance(&s, 200000);
    assert_int_equal(count_firings(&s, "promise-broken"), 1); /* once */
    sv_session_free(&s);
}

static void test_promise_kept(void **state)
{
    (void)state;
    Std t = build_std();
    int32_t later = b_decision("later", 40000, 60000, -1);
    B.decisions[later].about = t.post;
    int32_t update = b_option(later, "update", -1, NOFX);
    sv_Session s;
    start_scored(&s, 1);
    sv_session_advance(&s, 5000);
    assert_int_equal(COMPOSE(&s, t.d, SV_VIS_PUBLIC, t.ack, t.follow), SV_INPUT_OK);
    sv_session_advance(&s, 50000);
    assert_int_equal(b_choose(&s, later, update), SV_INPUT_OK);
    assert_int_equal(s.score->promises[0].state, SV_PROMISE_KEPT);
    sv_session_advance(&s, 200000);
    assert_int_equal(count_firings(&s, "promise-broken"), 0);
    sv_session_free(&s);
}

static void test_history(void **state)
{
    (void)state;
    Std t = build_std();
    sv_Session s;
    start_scored(&s, 1);
    assert_int_equal(s.score->history_count, 1);
    assert_int_equal(s.score->history[0].t_ms, 0);
    assert_int_equal(s.score->history[0].meters[SV_METER_REPUTATION], 600);
    sv_session_advance(&s, 25000);
    assert_int_equal(b_choose(&s, t.d, t.snark), SV_INPUT_OK);
    sv_session_advance(&s, 100000);
    const sv_ScoreState *st = s.score;
    bool at10 = false, at_reply = false, after = false;
    for (size_t i = 0; i < st->history_count; i++) {
        const sv_MeterSample *h = &st->history[i];
        if (i) assert_true(h->t_ms >= st->history[i - 1].t_ms);
        at10 = at10 || h->t_ms == 10000;
        at_reply = at_reply || (h->t_ms == 25000 && h->meters[SV_METER_REPUTATION] < 550);
        after = after || h->t_ms > 30000;
    }
    /* every ten seconds while the complaint stood and the meters moved, at the
     * reply; nothing once the meters rest */
    assert_true(at10 && at_reply);
    assert_false(after);
    const sv_MeterSample *last = &st->history[st->history_count - 1];
    assert_memory_equal(last->meters, s.meters, sizeof s.meters);
    sv_session_free(&s);
}

/* ---- the hash and set-up -------------------------------------------------------------- */

static uint64_t plain_run(bool scored, int32_t opt, const Std *t)
{
    sv_Session s;
    if (scored)
        start_scored(&s, 3);
    else
        b_start(&s, 3);
    sv_session_advance(&s, 20000);
    assert_int_equal(b_choose(&s, t->d, opt), SV_INPUT_OK);
    sv_session_run_out(&s);
    uint64_t h = sv_session_hash(&s);
    sv_session_free(&s);
    return h;
}

static void test_hash_and_set_up(void **state)
{
    (void)state;
    Std t = build_std();
    uint64_t plain = plain_run(false, t.good, &t);
    uint64_t scored = plain_run(true, t.good, &t);
    assert_int_equal(plain_run(false, t.good, &t), plain);
    assert_int_equal(plain_run(true, t.good, &t), scored);
    assert_int_not_equal(plain, scored);
    /* same effects in the scenario, other verdicts from the model */
    assert_int_not_equal(plain_run(true, t.meh, &t), scored);

    sv_Session s;
    b_start(&s, 1);
    assert_int_equal(sv_session_set_model(&s, NULL, SV_LANG_EN), SV_ERR_INVALID);
    assert_int_equal(sv_session_set_model(&s, M, SV_LANG_SV), SV_OK);
    assert_int_equal(sv_session_set_model(&s, M, SV_LANG_SV), SV_ERR_INVALID);
    sv_session_free(&s);
    b_start(&s, 1);
    sv_session_advance(&s, 1000);
    assert_int_equal(sv_session_set_model(&s, M, SV_LANG_EN), SV_ERR_INVALID);
    assert_null(s.score);
    sv_session_free(&s);
}

/* ---- what the context reads from the run ------------------------------------------------- */

static sv_ScoreContext context_now(const sv_Session *s, int32_t d, int32_t opt)
{
    sv_ScoreSnapshot snap = {
        .t_ms = s->now_ms, .history = (uint32_t)s->reply_count, .lang = SV_LANG_SV};
    sv_Reply r = {.t_ms = s->now_ms,
                  .decision = d,
                  .option = opt,
                  .action = B.options[opt].action,
                  .visibility = B.options[opt].visibility};
    sv_ScoreContext c;
    sv_score_context(s, &snap, SV_TRIGGER_REPLY, -1, -1, &r, &c);
    return c;
}

static void test_context_from_run(void **state)
{
    (void)state;
    b_reset(600000);
    int32_t feed = b_channel("feed", SV_CHANNEL_FEED, true);
    int32_t forum = b_channel("forum", SV_CHANNEL_FORUM, false);
    b_persona("maja", SV_ROLE_COMPLAINER);
    int32_t troll = b_persona("tr0ll", SV_ROLE_TROLL);
    int32_t root = b_post("root", 0, 0, -1);
    int32_t again = b_post("again", 0, 0, -1); /* in the thread of root */
    B.posts[again].reply_to = root;
    B.posts[again].author = troll;
    int32_t elsewhere = b_post("elsewhere", 0, 0, -1); /* the same complaint on the forum */
    B.posts[elsewhere].channel = forum;
    B.posts[elsewhere].same_as = root;
    B.posts[elsewhere].recurs = true;
    B.posts[root].channel = feed;
    int32_t d1 = b_decision("d1", 0, 600000, -1);
    B.decisions[d1].about = root;
    int32_t sol = b_option(d1, "sol", -1, NOFX);
    B.options[sol].tags = (1u << SV_TAG_SOLUTION) | (1u << SV_TAG_TEMPLATE);
    B.options[sol].text = b_text("Vi beklagar.");
    const sv_PartKind apology[] = {SV_PART_APOLOGISE, SV_PART_COMPENSATE};
    set_structure(sol, 2, apology);
    int32_t d2 = b_decision("d2", 0, 600000, -1);
    B.decisions[d2].about = again;
    int32_t tmpl = b_option(d2, "tmpl", -1, NOFX);
    B.options[tmpl].tags = 1u << SV_TAG_TEMPLATE;
    B.options[tmpl].text = b_text("Vi beklagar."); /* the same canned words, another id */
    int32_t tell = b_option(d2, "tell", -1, NOFX);
    B.options[tell].action = SV_ACTION_TELL_PRODUCT;
    int32_t d3 = b_decision("d3", 0, 600000, -1);
    B.decisions[d3].about = elsewhere;
    int32_t curt = b_option(d3, "curt", -1, NOFX);
    B.options[curt].text = b_text("Förlåt!");
    const sv_PartKind sorry_only[] = {SV_PART_APOLOGISE};
    set_structure(curt, 1, sorry_only);
    b_ending("end", -1);

    sv_Session s;
    start_scored(&s, 1);
    sv_session_advance(&s, 4000);
    sv_ScoreContext c = context_now(&s, d1, sol);
    assert_int_equal(c.post, root);
    assert_int_equal(c.delay_ms, 4000);
    assert_int_equal(c.thread_replies, 0);
    assert_int_equal(c.repeat, 0);
    assert_int_equal(c.policy, -1);
    assert_int_equal(c.kind_count, 2);
    assert_true(c.watched);
    assert_int_equal(b_choose(&s, d1, sol), SV_INPUT_OK);

    sv_session_advance(&s, 6000);
    c = context_now(&s, d2, tmpl);
    assert_int_equal(c.post, again);
    assert_int_equal(c.author, SV_ROLE_TROLL);
    assert_int_equal(c.thread_replies, 1); /* the public reply to root */
    assert_true(c.solution_offered);
    assert_int_equal(c.repeat, 1);  /* same words as "sol" */
    assert_int_equal(c.policy, -1); /* same thread: not another channel */
    assert_false(c.fixed);
    assert_int_equal(b_choose(&s, d2, tell), SV_INPUT_OK);

    c = context_now(&s, d3, curt);
    assert_int_equal(c.channel, SV_CHANNEL_FORUM);
    assert_false(c.watched);
    assert_true(c.recurring);
    assert_int_equal(c.thread_replies, 0); /* another thread */
    assert_true(c.fixed);                  /* told the product team */
    assert_int_equal(c.policy, 1);         /* no compensation this time */
    assert_int_equal(c.length, 7);         /* characters, not bytes */
    assert_int_equal(b_choose(&s, d3, curt), SV_INPUT_OK);
    assert_int_equal(count_firings(&s, "policy"), 1);
    assert_int_equal(firing(&s, "policy")->decision, d3);
    sv_session_free(&s);
}

/* ---- the debrief --------------------------------------------------------------------------- */

static bool has_hit(const sv_Debrief *db, const sv_DebriefReply *r, const char *rule)
{
    for (uint32_t i = 0; i < r->hits_count; i++)
        if (strcmp(db->hits[r->hits_start + i].rule_id, rule) == 0) return true;
    return false;
}

static void test_debrief_best_alternative(void **state)
{
    (void)state;
    Std t = build_std();
    sv_Session s;
    start_scored(&s, 1);
    sv_session_advance(&s, 15000); /* after the first tick, at 10 s */
    assert_int_equal(b_choose(&s, t.d, t.snark), SV_INPUT_OK);
    sv_session_run_out(&s);
    sv_Debrief db;
    assert_int_equal(sv_debrief_build(&s, M, SV_LANG_SV, &db), SV_OK);
    assert_int_equal(db.decision_count, 1);
    const sv_DebriefDecision *dd = &db.decisions[0];
    assert_int_equal(dd->decision, t.d);
    assert_int_equal(dd->state, SV_DEC_ANSWERED);
    assert_int_equal(dd->taken_ms, 13000);
    assert_false(dd->by_default);
    assert_int_equal(dd->played.option, t.snark);
    assert_true(has_hit(&db, &dd->played, "sarcasm"));
    assert_true(dd->played.deltas[SV_METER_REPUTATION] < 0);
    assert_true(dd->played.figure < 0);
    const sv_DebriefHit *h = &db.hits[dd->played.hits_start];
    assert_string_equal(h->explain, "Ironi offentligt slår tillbaka.");
    assert_int_equal(h->principles, (1u << SV_PRINCIPLE_NO_IRONY) | (1u << SV_PRINCIPLE_FACTUAL));
    assert_int_equal(h->raw[SV_METER_REPUTATION], -80);
    /* the options: "good" is obviously better */
    assert_true(dd->has_best_option);
    assert_int_equal(dd->best_option.option, t.good);
    assert_true(has_hit(&db, &dd->best_option, "empathy"));
    assert_true(has_hit(&db, &dd->best_option, "order-ok"));
    assert_true(dd->best_option.figure > 0);
    /* the composer: acknowledge then apologise (with empathy), no sarcasm; the
     * parts that add nothing are left out */
    assert_true(dd->has_best_composed);
    assert_int_equal(dd->best_composed.part_count, 2);
    assert_int_equal(dd->best_composed.parts[0], t.ack);
    assert_int_equal(dd->best_composed.parts[1], t.sorry);
    assert_int_equal(dd->best_composed.visibility, SV_VIS_PUBLIC);
    assert_int_equal(dd->best_composed.figure, dd->best_option.figure);
    assert_false(dd->played_is_best);
    /* the standing complaint's ticks before the answer */
    assert_true(db.standing_count >= 1);
    assert_int_equal(db.hits[db.standing_start].trigger, SV_TRIGGER_TICK);
    assert_true(db.history_count >= 2);
    assert_memory_equal(db.meters_final, s.meters, sizeof s.meters);
    sv_debrief_free(&db);
    assert_null(db.hits);

    sv_Session plain;
    b_start(&plain, 1);
    assert_int_equal(sv_debrief_build(&plain, M, SV_LANG_EN, &db), SV_ERR_INVALID);
    sv_session_free(&plain);
    sv_session_free(&s);
}

static void test_debrief_timeout_and_played_best(void **state)
{
    (void)state;
    Std t = build_std();
    B.decisions[t.d].deadline_ms = 20000;
    B.decisions[t.d].default_option = t.meh;
    sv_Session s;
    start_scored(&s, 1);
    sv_session_run_out(&s);
    sv_Debrief db;
    assert_int_equal(sv_debrief_build(&s, M, SV_LANG_EN, &db), SV_OK);
    const sv_DebriefDecision *dd = &db.decisions[0];
    assert_int_equal(dd->state, SV_DEC_TIMED_OUT);
    assert_true(dd->by_default);
    assert_false(dd->lapsed);
    assert_int_equal(dd->taken_ms, 20000);
    assert_int_equal(dd->played.option, t.meh);
    assert_true(has_hit(&db, &dd->played, "timeout"));
    assert_true(dd->played.figure < dd->best_option.figure);
    sv_debrief_free(&db);
    sv_session_free(&s);

    /* still open when the run ends: it lapses, without the timeout rules */
    B.decisions[t.d].deadline_ms = 900000;
    start_scored(&s, 1);
    sv_session_run_out(&s);
    assert_int_equal(s.now_ms, 600000);
    assert_int_equal(sv_debrief_build(&s, M, SV_LANG_EN, &db), SV_OK);
    dd = &db.decisions[0];
    assert_true(dd->lapsed);
    assert_false(dd->by_default);
    assert_int_equal(dd->played.option, -1);
    assert_int_equal(dd->taken_ms, 598000);
    assert_false(has_hit(&db, &dd->played, "timeout"));
    assert_int_equal(count_firings(&s, "never-answered"), 1);
    sv_debrief_free(&db);
    sv_session_free(&s);

    /* answering with the best option is the best */
    start_scored(&s, 1);
    sv_session_advance(&s, 3000);
    assert_int_equal(b_choose(&s, t.d, t.good), SV_INPUT_OK);
    sv_session_run_out(&s);
    assert_int_equal(sv_debrief_build(&s, M, SV_LANG_EN, &db), SV_OK);
    assert_true(db.decisions[0].played_is_best);
    assert_int_equal(db.decisions[0].played.figure, db.decisions[0].best_option.figure);
    sv_debrief_free(&db);
    sv_session_free(&s);
}

static void test_debrief_greedy_search(void **state)
{
    (void)state;
    Std t = build_std();
    /* more parts than the exhaustive search takes: ten that add nothing */
    char ids[10][16];
    for (int i = 0; i < 10; i++) {
        snprintf(ids[i], sizeof ids[i], "p-x%d", i);
        part(t.d, ids[i], SV_PART_OTHER, 0);
    }
    sv_Session s;
    start_scored(&s, 1);
    sv_session_advance(&s, 5000);
    assert_int_equal(b_choose(&s, t.d, t.meh), SV_INPUT_OK);
    sv_session_run_out(&s);
    sv_Debrief db;
    assert_int_equal(sv_debrief_build(&s, M, SV_LANG_EN, &db), SV_OK);
    const sv_DebriefReply *best = &db.decisions[0].best_composed;
    bool ack = false, sorry = false, snark = false;
    for (uint8_t i = 0; i < best->part_count; i++) {
        ack = ack || best->parts[i] == t.ack;
        sorry = sorry || best->parts[i] == t.sorry;
        snark = snark || best->parts[i] == t.snarkp;
    }
    assert_true(ack && sorry && !snark);
    assert_int_equal(best->figure, db.decisions[0].best_option.figure);
    sv_debrief_free(&db);
    sv_session_free(&s);
}

static void test_agreement(void **state)
{
    (void)state;
    Std t = build_std();
    B.options[t.good].expert = 1;
    B.options[t.snark].expert = -1;
    B.parts[t.ack].expert = 1;
    B.parts[t.sorry].expert = 1;
    B.parts[t.snarkp].expert = -1;
    sv_Session s;
    start_scored(&s, 1);
    sv_session_advance(&s, 5000);
    assert_int_equal(b_choose(&s, t.d, t.meh), SV_INPUT_OK);
    sv_session_run_out(&s);
    sv_Debrief db;
    assert_int_equal(sv_debrief_build(&s, M, SV_LANG_EN, &db), SV_OK);
    sv_Agreement a;
    assert_int_equal(sv_score_agreement(&db, &B.sc, &a), SV_OK);
    assert_int_equal(a.count, 2);
    assert_int_equal(a.total, 2);
    assert_int_equal(a.agreed, 2);
    assert_false(a.items[0].composer);
    assert_int_equal(a.items[0].best_option, t.good);
    assert_int_equal(a.items[0].verdict, 1);
    assert_true(a.items[1].composer);
    sv_agreement_free(&a);

    /* the authors recommend something the model does not prefer */
    B.options[t.good].expert = 0;
    B.options[t.meh].expert = 1;
    B.parts[t.explain].expert = 1; /* the model leaves it out */
    assert_int_equal(sv_score_agreement(&db, &B.sc, &a), SV_OK);
    assert_int_equal(a.total, 2);
    assert_int_equal(a.agreed, 0);
    assert_int_equal(a.items[0].verdict, 0);
    assert_int_equal(a.items[1].verdict, 0);
    sv_agreement_free(&a);

    /* no verdicts at all: listed, not counted */
    B.options[t.meh].expert = 0;
    B.options[t.snark].expert = 0;
    for (uint32_t p = 0; p < B.sc.part_count; p++) B.parts[p].expert = 0;
    assert_int_equal(sv_score_agreement(&db, &B.sc, &a), SV_OK);
    assert_int_equal(a.count, 2);
    assert_int_equal(a.total, 0);
    assert_int_equal(a.items[0].verdict, -1);
    sv_agreement_free(&a);
    sv_debrief_free(&db);
    sv_session_free(&s);
}

/* ---- the sample pack with the default model ----------------------------------------- */

/* Plays a scenario: every 5 s, answers each decision open for 5 s or more
 * (even ones with their last enabled option, odd ones wait for the deadline);
 * between those moments the clock moves in steps of `sub` ms (0: one call). */
static uint64_t play_sample(const sv_Scenario *sc, const sv_ScoreModel *m, uint32_t sub,
                            sv_Session *s)
{
    assert_int_equal(sv_session_init(s, sc, 7), SV_OK);
    assert_int_equal(sv_session_set_model(s, m, SV_LANG_SV), SV_OK);
    for (uint32_t t = 5000; !s->ended && t <= sc->duration_ms; t += 5000) {
        for (uint32_t u = t - 5000 + sub; sub && u < t; u += sub) sv_session_advance(s, u);
        sv_session_advance(s, t);
        for (uint32_t d = 0; d < sc->decision_count && !s->ended; d += 2) {
            if (s->decision_state[d] != SV_DEC_OPEN || t - s->decision_open_ms[d] < 5000) continue;
            const sv_Decision *dec = &sc->decisions[d];
            for (uint32_t i = dec->options.count; i-- > 0;) {
                int32_t o = (int32_t)(dec->options.start + i);
                if (sv_session_option_enabled(s, o)) {
                    assert_int_equal(b_choose(s, (int32_t)d, o), SV_INPUT_OK);
                    break;
                }
            }
        }
    }
    sv_session_run_out(s);
    return sv_session_hash(s);
}

static void test_sample_pack_scored(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_true(sv_fs_init(NULL, &d));
    const char *paths[] = {SV_SOURCE_DIR "/scenarios/sample"};
    sv_Pack *pack = NULL;
    sv_Status st = sv_pack_load(paths, 1, "sample", &pack, &d);
    t_print_diags(&d);
    assert_int_equal(st, SV_OK);
    sv_ScoreModel *def = t_score_file("assets/scoring/default.json");
    sv_ScoreModel *m = sv_score_clone(def);
    assert_int_equal(sv_score_apply_pack(m, pack, &d), SV_OK);
    for (uint32_t i = 0; i < pack->scenario_count; i++) {
        const sv_Scenario *sc = &pack->scenarios[i];
        sv_Session a, b;
        uint64_t ha = play_sample(sc, m, 0, &a);
        assert_int_equal(play_sample(sc, m, 250, &b), ha);
        assert_true(a.score->firing_count > 0);
        sv_Debrief db;
        assert_int_equal(sv_debrief_build(&a, m, SV_LANG_NB, &db), SV_OK);
        assert_true(db.decision_count > 0);
        sv_Agreement ag;
        assert_int_equal(sv_score_agreement(&db, sc, &ag), SV_OK);
        print_message("%s: %zu firings, %zu decisions, model agrees with the authors on %u of %u\n",
                      sc->id, a.score->firing_count, db.decision_count, ag.agreed, ag.total);
        sv_agreement_free(&ag);
        sv_debrief_free(&db);
        sv_session_free(&a);
        sv_session_free(&b);
    }
    sv_score_free(m);
    sv_score_free(def);
    sv_pack_unload(pack);
    sv_fs_free();
    sv_diag_free(&d);
}

/* ---- the sample's three-day scenario ---------------------------------------------- */

static int32_t find(int32_t i)
{
    assert_true(i >= 0);
    return i;
}

static int count_trigger(const sv_Session *s, sv_Trigger t)
{
    int n = 0;
    for (size_t i = 0; i < s->score->firing_count; i++) n += s->score->firings[i].trigger == t;
    return n;
}

/* Plays tent with the default model: the recommended path (every input at the
 * time tests/scripts/tent-good-en.txt gives it), or nothing at all. */
static void play_tent_with(const sv_Scenario *sc, const sv_ScoreModel *m, bool answer,
                           const sv_ScoreStatic *stat, sv_Session *s)
{
    assert_int_equal(sv_session_init(s, sc, 3), SV_OK);
    assert_int_equal(sv_session_set_model(s, m, SV_LANG_EN), SV_OK);
    s->score->stat = stat;
    if (!answer) {
        sv_session_run_out(s);
        return;
    }
    static const struct {
        uint32_t t;
        const char *d, *o;
    } path[] = {{60, "review", "o-review-check"},
                {1900, "rumour", "o-correct-report"},
                {45000, "elin-thanks", "o-elin-thanks"},
                {90400, "kari-reply", "o-kari-lina"}};
    for (size_t i = 0; i < sizeof path / sizeof path[0]; i++) {
        sv_session_advance(s, path[i].t * 1000u);
        assert_int_equal(b_choose(s, find(sv_scenario_find_decision(sc, path[i].d)),
                                  find(sv_scenario_find_option(sc, path[i].o))),
                         SV_INPUT_OK);
        if (i == 0) {
            /* the check takes its 15 minutes: the reply is not out yet, and
             * what it finds is known before it goes out */
            int32_t card = find(sv_scenario_find_fact(sc, "card-reservation"));
            sv_session_advance(s, 61000u);
            assert_int_equal(s->reply_count, 2); /* Sanna's, from the history, and Alex's */
            assert_int_equal(s->replies[1].t_ms, 960000u);
            assert_int_equal(s->replies[1].sent, 0);
            sv_session_advance(s, 961000u);
            assert_true(s->replies[1].sent > 0);
            assert_true(s->fact_known[card]);
        }
    }
    const char *parts[] = {"kf-one-batch", "kf-thank",    "kf-sorry",
                           "kf-batch",     "kf-everyone", "kf-contact"};
    int32_t idx[6];
    for (int i = 0; i < 6; i++) idx[i] = find(sv_scenario_find_part(sc, parts[i]));
    sv_session_advance(s, 183700000u);
    assert_int_equal(
        b_compose(s, find(sv_scenario_find_decision(sc, "kari-follow")), SV_VIS_PUBLIC, 6, idx),
        SV_INPUT_OK);
    sv_session_run_out(s);
}

static void play_tent(const sv_Scenario *sc, const sv_ScoreModel *m, bool answer, sv_Session *s)
{
    play_tent_with(sc, m, answer, NULL, s);
}

/* What judging reads of the scenario worked out once (sv_ScoreStatic) gives
 * the same contexts as worked out each time: every option's every action as
 * the session makes it, judged at the end of the run with all its history,
 * in every language; and the same run. */
static void same_with_static(const sv_Scenario *sc, const sv_ScoreModel *m, sv_Session *plain)
{
    sv_ScoreStatic *x = sv_score_static_new(sc);
    assert_non_null(x);
    sv_Session fast;
    play_tent_with(sc, m, true, x, &fast);
    assert_true(sv_session_hash(&fast) == sv_session_hash(plain));
    assert_int_equal(fast.score->firing_count, plain->score->firing_count);
    int compared = 0;
    for (uint32_t o = 0; o < sc->option_count; o++) {
        const sv_Option *op = &sc->options[o];
        for (uint8_t k = 0; k < (op->step_count ? op->step_count : 1); k++) {
            sv_Reply r;
            memset(&r, 0, sizeof r);
            r.decision = sv_scenario_option_decision(sc, (int32_t)o);
            r.option = (int32_t)o;
            r.step = k;
            r.action = op->step_count ? op->steps[k].action : op->action;
            r.visibility = op->step_count ? op->steps[k].visibility : op->visibility;
            for (int l = 0; l < SV_LANG_COUNT; l++) {
                sv_ScoreSnapshot snap = {
                    .t_ms = fast.now_ms, .history = (uint32_t)fast.reply_count, .lang = (sv_Lang)l};
                sv_ScoreContext a, b;
                fast.score->stat = NULL;
                sv_score_context(&fast, &snap, SV_TRIGGER_REPLY, -1, -1, &r, &a);
                fast.score->stat = x;
                sv_score_context(&fast, &snap, SV_TRIGGER_REPLY, -1, -1, &r, &b);
                assert_null(a.memo);
                assert_non_null(b.memo);
                b.memo = NULL; /* the kept answers, which no condition reads */
                assert_memory_equal(&a, &b, sizeof a);
                compared++;
            }
        }
    }
    assert_true(compared > 3 * 4);
    /* one made for another scenario is not read */
    sv_Scenario copy = *sc;
    sv_ScoreStatic *y = sv_score_static_new(&copy);
    assert_non_null(y);
    sv_Reply r;
    memset(&r, 0, sizeof r);
    r.decision = sv_scenario_option_decision(sc, 0);
    r.action = sc->options[0].step_count ? sc->options[0].steps[0].action : sc->options[0].action;
    r.visibility =
        sc->options[0].step_count ? sc->options[0].steps[0].visibility : sc->options[0].visibility;
    sv_ScoreSnapshot snap = {.t_ms = fast.now_ms, .history = (uint32_t)fast.reply_count};
    sv_ScoreContext a, b;
    fast.score->stat = NULL;
    sv_score_context(&fast, &snap, SV_TRIGGER_REPLY, -1, -1, &r, &a);
    fast.score->stat = y;
    sv_score_context(&fast, &snap, SV_TRIGGER_REPLY, -1, -1, &r, &b);
    assert_null(b.memo);
    assert_memory_equal(&a, &b, sizeof a);
    sv_score_static_free(y);
    sv_session_free(&fast);
    sv_score_static_free(x);
}

static const char *ending_id(const sv_Session *s)
{
    return s->ending >= 0 ? s->sc->endings[s->ending].id : "(none)";
}

static void test_sample_tent(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_true(sv_fs_init(NULL, &d));
    const char *paths[] = {SV_SOURCE_DIR "/scenarios/sample"};
    sv_Pack *pack = NULL;
    assert_int_equal(sv_pack_load(paths, 1, "sample", &pack, &d), SV_OK);
    const sv_Scenario *sc = NULL;
    for (uint32_t i = 0; i < pack->scenario_count; i++)
        if (strcmp(pack->scenarios[i].id, "tent") == 0) sc = &pack->scenarios[i];
    assert_non_null(sc);
    sv_ScoreModel *m = t_score_file("assets/scoring/default.json");

    /* what the scenario is written with */
    assert_true(sc->duration_ms >= 3u * 86400000u);
    assert_int_equal(sc->earlier_count, 1);
    assert_true(sc->earlier[0].at_ms < 0);
    assert_true(sc->posts[find(sv_scenario_find_post(sc, "elin-review"))].at_ms < 0);
    const sv_Option *check = &sc->options[find(sv_scenario_find_option(sc, "o-review-check"))];
    assert_int_equal(check->delay_ms, 900000u);
    assert_true(check->claims.confirms.count > 0 && check->claims.denies.count > 0);
    assert_true(check->claims.reveals.count > 0);
    const sv_Option *both = &sc->options[find(sv_scenario_find_option(sc, "o-correct-report"))];
    assert_int_equal(both->step_count, 2);
    assert_int_equal(both->steps[1].action, SV_ACTION_REPORT);
    const sv_Option *lina = &sc->options[find(sv_scenario_find_option(sc, "o-kari-lina"))];
    assert_int_equal(lina->step_count, 2);
    assert_int_equal(lina->steps[0].action, SV_ACTION_ASK_COLLEAGUE);
    assert_true(lina->due_ms > 0);

    /* the recommended path keeps both promises (Sanna's from the history and
     * Alex's to Kari), breaks none, and the model agrees with every verdict */
    sv_Session good;
    play_tent(sc, m, true, &good);
    assert_string_equal(ending_id(&good), "all-sorted");
    same_with_static(sc, m, &good);
    assert_int_equal(count_trigger(&good, SV_TRIGGER_KEPT), 2);
    assert_int_equal(count_trigger(&good, SV_TRIGGER_PROMISE), 0);
    /* the review's reply used what its own check found, and the reply to Kari
     * what Lina said: both are judged as checked, neither as a guess */
    int32_t checked = sv_score_find_rule(m, "checked-before-answering");
    int32_t guess = sv_score_find_rule(m, "states-a-guess");
    int n_checked = 0, n_guess = 0;
    for (size_t i = 0; i < good.score->firing_count; i++) {
        n_checked += good.score->firings[i].rule == checked;
        n_guess += good.score->firings[i].rule == guess;
    }
    assert_true(checked >= 0 && guess >= 0);
    assert_true(n_checked >= 2);
    assert_int_equal(n_guess, 0);
    sv_Debrief db;
    assert_int_equal(sv_debrief_build(&good, m, SV_LANG_SV, &db), SV_OK);
    assert_int_equal(db.decision_count, 5);
    sv_Agreement ag;
    assert_int_equal(sv_score_agreement(&db, sc, &ag), SV_OK);
    assert_int_equal(ag.total, 5);
    assert_int_equal(ag.agreed, 5);
    sv_agreement_free(&ag);
    sv_debrief_free(&db);

    /* doing nothing breaks the promise Sanna made before the start */
    sv_Session idle;
    play_tent(sc, m, false, &idle);
    assert_string_equal(ending_id(&idle), "broken-promise");
    assert_int_equal(count_trigger(&idle, SV_TRIGGER_PROMISE), 1);
    assert_int_equal(count_trigger(&idle, SV_TRIGGER_KEPT), 0);

    sv_session_free(&good);
    sv_session_free(&idle);
    sv_score_free(m);
    sv_pack_unload(pack);
    sv_fs_free();
    sv_diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tick_determinism),
        cmocka_unit_test(test_tick_while_standing),
        cmocka_unit_test(test_timeout_and_end),
        cmocka_unit_test(test_promise),
        cmocka_unit_test(test_promise_kept),
        cmocka_unit_test(test_history),
        cmocka_unit_test(test_hash_and_set_up),
        cmocka_unit_test(test_context_from_run),
        cmocka_unit_test(test_debrief_best_alternative),
        cmocka_unit_test(test_debrief_timeout_and_played_best),
        cmocka_unit_test(test_debrief_greedy_search),
        cmocka_unit_test(test_agreement),
        cmocka_unit_test(test_sample_pack_scored),
        cmocka_unit_test(test_sample_tent),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
