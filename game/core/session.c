/* The session engine: a clock, a queue of scheduled items (posts, decisions,
 * deadlines, events, endings) and the player's inputs. Everything that happens
 * is a pure function of (scenario, seed, inputs); the caller passes time in.
 * Conditions, the state hash and result texts live in session_eval.c; the
 * scoring model (score_session.c) and the crowd (audience*.c) run on clocks of
 * their own, interleaved here with the scheduled items. */
#include "svara/session.h"
#include "core_util.h"

#include <stdlib.h>
#include <string.h>

#include "audience_internal.h"
#include "score_internal.h"
#include "session_internal.h"

/* Fixed so that a seed means the same run on every build; "Svara" in ASCII. */
#define SESSION_RNG_STREAM 0x5376617261ull

/* Room kept in the log so that the entries of one item and the ending always fit. */
#define LOG_RESERVE 8u

/* ITEM_SEND: a chosen reply that goes out after the option's delay (ref = reply);
 * ITEM_EARLIER: a brand reply from before the start (ref = sv_Scenario.earlier) */
enum {
    ITEM_POST = 0,
    ITEM_DECISION,
    ITEM_DEADLINE,
    ITEM_EVENT,
    ITEM_END,
    ITEM_REVEAL,
    ITEM_SEND,
    ITEM_EARLIER,
    ITEM_INJECT /* a scheduled inject (ref = sv_Scenario.injects) */
};

/* ---- allocation ------------------------------------------------------------ */

/* The arrays whose size the scenario fixes share one block, zeroed but for
 * the replies (a run
 * starts and ends thousands of times a second in explore), each at an
 * aligned offset and never empty, so a NULL always means out of memory and
 * the arrays can be indexed without special cases. `flags` comes first and
 * owns the block; the queue and the log grow, and have blocks of their own. */
static size_t at_least_one(size_t n) { return n ? n : 1u; }

static void carve_all(sv_Session *s, const sv_Scenario *sc, sv_Carve *c, size_t *cleared)
{
    s->flags = sv_carve(c, at_least_one(sc->flag_count), sizeof *s->flags);
    s->vars = sv_carve(c, at_least_one(sc->var_count), sizeof *s->vars);
    s->decision_state = sv_carve(c, at_least_one(sc->decision_count), sizeof *s->decision_state);
    s->decision_open_ms =
        sv_carve(c, at_least_one(sc->decision_count), sizeof *s->decision_open_ms);
    s->decision_close_ms =
        sv_carve(c, at_least_one(sc->decision_count), sizeof *s->decision_close_ms);
    s->decision_deadline_ms =
        sv_carve(c, at_least_one(sc->decision_count), sizeof *s->decision_deadline_ms);
    s->decision_reply = sv_carve(c, at_least_one(sc->decision_count), sizeof *s->decision_reply);
    s->post_seen = sv_carve(c, at_least_one(sc->post_count), sizeof *s->post_seen);
    s->post_ms = sv_carve(c, at_least_one(sc->post_count), sizeof *s->post_ms);
    s->option_chosen = sv_carve(c, at_least_one(sc->option_count), sizeof *s->option_chosen);
    s->fact_known = sv_carve(c, at_least_one(sc->fact_count), sizeof *s->fact_known);
    s->inject_fired = sv_carve(c, at_least_one(sc->inject_count), sizeof *s->inject_fired);
    s->inject_ms = sv_carve(c, at_least_one(sc->inject_count), sizeof *s->inject_ms);
    *cleared = c->size;
    s->replies = sv_carve(c, at_least_one(s->reply_cap), sizeof *s->replies);
}

/* Not zeroed: the queue and the log are read only up to their counts. */
static void *alloc_array(size_t count, size_t size) { return malloc((count ? count : 1) * size); }

static bool alloc_state(sv_Session *s, const sv_Scenario *sc)
{
    /* every decision is answered once, with at most SV_MAX_STEPS actions, and
     * the scenario's earlier replies come on top: replies never grow */
    s->reply_cap = (size_t)sc->decision_count * SV_MAX_STEPS + sc->earlier_count;
    sv_Carve c = {0, NULL};
    size_t cleared;
    carve_all(s, sc, &c, &cleared); /* measures */
    c.base = malloc(c.size);
    /* zeroed but for the replies, which reply_new clears one by one */
    if (c.base) memset(c.base, 0, cleared);
    c.size = 0;
    carve_all(s, sc, &c, &cleared); /* places: NULL everywhere without the block */
    s->queue_cap = 16u + (size_t)sc->post_count + 3u * (size_t)sc->decision_count +
                   (size_t)sc->event_count + (size_t)sc->earlier_count;
    if (s->queue_cap > SV_MAX_QUEUE) s->queue_cap = SV_MAX_QUEUE;
    s->queue = s->queue_block = alloc_array(2 * s->queue_cap, sizeof *s->queue);
    s->log_cap =
        64u + 4u * ((size_t)sc->post_count + (size_t)sc->decision_count + (size_t)sc->event_count);
    if (s->log_cap > SV_MAX_LOG) s->log_cap = SV_MAX_LOG;
    s->log = alloc_array(s->log_cap, sizeof *s->log);
    return c.base && s->queue_block && s->log;
}

/* The start's schedule, the same for every seed but for the posts' jitter:
 * the items no draw moves, sorted on (t_ms, seq), and the posts whose time a
 * draw moves, in the order schedule_start draws them, each with the seq its
 * push takes. A restart copies the first and puts the others in place. */
typedef struct StartJitter {
    uint64_t at;
    uint32_t bound, seq;
    int32_t post;
} StartJitter;

typedef struct sv_StartPlan {
    const sv_Scenario *sc; /* the plan's scenario; NULL while it is made or when it cannot be */
    bool recording;        /* schedule_post notes the posts it draws for */
    size_t fixed_count, jitter_count, jitter_cap;
    uint32_t next_seq;
    sv_Scheduled *fixed;
    StartJitter *jitter;
} sv_StartPlan;

static void start_plan_free(sv_StartPlan *p)
{
    if (!p) return;
    free(p->fixed);
    free(p->jitter);
    free(p);
}

void sv_session_free(sv_Session *s)
{
    if (!s) return;
    sv_score_state_free(s);
    sv_audience_free(s);
    free(s->flags); /* the block of every fixed-size array (alloc_state) */
    free(s->queue_block);
    start_plan_free(s->start_plan);
    free(s->log);
    memset(s, 0, sizeof *s);
    s->ending = -1;
}

/* ---- the queue: sorted on (t_ms, seq), the next item first ------------------- */

/* A run's queue holds a few dozen items, and what is scheduled mostly comes
 * after what waits: a push walks in from the back, a pop moves the queue's
 * start on in its block (sv_Session.queue_block), both cheaper than a heap's
 * sifting. */
static inline bool item_before(const sv_Scheduled *a, const sv_Scheduled *b)
{
    return a->t_ms < b->t_ms || (a->t_ms == b->t_ms && a->seq < b->seq);
}

/* Removes the item at index i, keeping the order: the first by moving the
 * queue on in its block, another by moving the rest up. */
static void queue_remove(sv_Session *s, size_t i)
{
    SV_ASSERT(i < s->queue_count);
    s->queue_count--;
    if (i == 0) {
        s->queue = s->queue_count ? s->queue + 1 : s->queue_block;
        return;
    }
    memmove(&s->queue[i], &s->queue[i + 1], (s->queue_count - i) * sizeof *s->queue);
}

/* A full queue drops the item: a runaway scenario must not take the machine
 * with it, and dropping is as deterministic as anything else here. */
/* Keeps the first limit hit, with the item behind it, for the tools and the game to name. */
static void note_limit(sv_Session *s, sv_LimitKind limit, uint8_t kind, int32_t ref)
{
    if (s->limit.limit != SV_LIMIT_NONE) return;
    s->limit.limit = (uint8_t)limit;
    s->limit.kind = kind == ITEM_POST                                ? SV_NODE_POST
                    : kind == ITEM_DECISION || kind == ITEM_DEADLINE ? SV_NODE_DECISION
                    : kind == ITEM_EVENT                             ? SV_NODE_EVENT
                    : kind == ITEM_END                               ? SV_NODE_ENDING
                                                                     : SV_NODE_OTHER;
    s->limit.node = ref;
    s->limit.t_ms = s->now_ms;
}

static sv_Scheduled item_at(uint64_t t, uint32_t seq, uint8_t kind, int32_t ref)
{
    return (sv_Scheduled){
        .t_ms = t > UINT32_MAX ? UINT32_MAX : (uint32_t)t, .seq = seq, .kind = kind, .ref = ref};
}

/* Puts it in its place, walking in from the back (the queue has room). */
static void queue_insert(sv_Session *s, sv_Scheduled it)
{
    size_t i = s->queue_count++;
    for (; i > 0 && item_before(&it, &s->queue[i - 1]); i--) s->queue[i] = s->queue[i - 1];
    s->queue[i] = it;
}

static void queue_push(sv_Session *s, uint64_t t, uint8_t kind, int32_t ref)
{
    bool full = s->queue_count == s->queue_cap;
    bool grows = full && s->queue_cap < SV_MAX_QUEUE;
    if (s->queue != s->queue_block &&
        (grows || (size_t)(s->queue - s->queue_block) + s->queue_count == 2 * s->queue_cap)) {
        /* no room after it, or a bigger block: back to the block's start */
        memmove(s->queue_block, s->queue, s->queue_count * sizeof *s->queue);
        s->queue = s->queue_block;
    }
    if (full) {
        size_t cap = s->queue_cap * 2 > SV_MAX_QUEUE ? SV_MAX_QUEUE : s->queue_cap * 2;
        sv_Scheduled *q = grows ? realloc(s->queue_block, 2 * cap * sizeof *q) : NULL;
        if (!q) {
            s->dropped.queue++;
            note_limit(s, SV_LIMIT_QUEUE, kind, ref);
            return;
        }
        s->queue = s->queue_block = q;
        s->queue_cap = cap;
    }
    queue_insert(s, item_at(t, s->next_seq++, kind, ref));
}

static sv_Scheduled queue_pop(sv_Session *s)
{
    SV_ASSERT(s->queue_count > 0);
    sv_Scheduled top = s->queue[0];
    queue_remove(s, 0);
    return top;
}

static void queue_drop_deadline(sv_Session *s, int32_t decision)
{
    for (size_t i = 0; i < s->queue_count; i++) {
        if (s->queue[i].kind == ITEM_DEADLINE && s->queue[i].ref == decision) {
            queue_remove(s, i);
            return;
        }
    }
}

/* ---- the log --------------------------------------------------------------- */

static void log_add(sv_Session *s, sv_LogKind kind, int32_t a, int32_t b)
{
    if (s->log_count == s->log_cap) {
        size_t cap = s->log_cap * 2 > SV_MAX_LOG ? SV_MAX_LOG : s->log_cap * 2;
        sv_LogEntry *l = s->log_cap < SV_MAX_LOG ? realloc(s->log, cap * sizeof *l) : NULL;
        if (!l) {
            s->dropped.log++;
            return;
        }
        s->log = l;
        s->log_cap = cap;
    }
    sv_LogEntry *e = &s->log[s->log_count++];
    memset(e, 0, sizeof *e);
    e->t_ms = s->now_ms;
    e->kind = (uint8_t)kind;
    e->a = a;
    e->b = b;
}

/* ---- scheduling and effects ------------------------------------------------- */

static void schedule_post(sv_Session *s, int32_t post, uint64_t t)
{
    if (!sv_in_range(post, s->sc->post_count) || s->post_seen[post]) return;
    uint32_t jitter = s->sc->posts[post].jitter_ms;
    /* jitter+1 would wrap to 0 for the largest value; one ms less is harmless there */
    uint32_t bound = jitter < UINT32_MAX ? jitter + 1u : UINT32_MAX;
    sv_StartPlan *p = s->start_plan;
    if (jitter && p && p->recording) {
        if (p->jitter_count == p->jitter_cap) {
            size_t cap = p->jitter_cap ? 2 * p->jitter_cap : 16;
            StartJitter *j = realloc(p->jitter, cap * sizeof *j);
            if (!j) {
                p->recording = false; /* no plan: the start is scheduled as ever */
            } else {
                p->jitter = j;
                p->jitter_cap = cap;
            }
        }
        if (p->recording)
            p->jitter[p->jitter_count++] =
                (StartJitter){.at = t, .bound = bound, .seq = s->next_seq, .post = post};
    }
    t += jitter ? sv_rng_below(&s->rng, bound) : 0u;
    queue_push(s, t, ITEM_POST, post);
}

static void schedule_decision(sv_Session *s, int32_t d, uint64_t t)
{
    if (!sv_in_range(d, s->sc->decision_count) || s->decision_state[d] != SV_DEC_PENDING) return;
    queue_push(s, t, ITEM_DECISION, d);
}

/* A fact comes to light (f in range). Every change of s->fact_known after
 * the start goes through here: the model's ticks are told (their kept
 * contexts read the facts known). */
static void know(sv_Session *s, uint32_t f)
{
    if (s->fact_known[f]) return;
    s->fact_known[f] = 1;
    if (s->score) sv_score_facts_changed(s->score);
}

/* a corrupt range must not make the result leave int32: sv_clamp_i64 keeps to hi */
static int32_t clamp32(int64_t v, int64_t lo, int64_t hi)
{
    return (int32_t)sv_clamp_i64(v, lo, hi);
}

static void apply_effect(sv_Session *s, const sv_Effect *e)
{
    const sv_Scenario *sc = s->sc;
    uint64_t t = (uint64_t)s->now_ms + e->after_ms;
    switch (e->kind) {
    case SV_EFFECT_SET_FLAG:
    case SV_EFFECT_CLEAR_FLAG:
        if (sv_in_range(e->ref, sc->flag_count)) s->flags[e->ref] = e->kind == SV_EFFECT_SET_FLAG;
        break;
    case SV_EFFECT_VAR_ADD:
    case SV_EFFECT_VAR_SET:
        if (sv_in_range(e->ref, sc->var_count)) {
            const sv_Var *v = &sc->vars[e->ref];
            int64_t x = e->kind == SV_EFFECT_VAR_SET ? (int64_t)e->value
                                                     : (int64_t)s->vars[e->ref] + e->value;
            s->vars[e->ref] = clamp32(x, v->min, v->max);
        }
        break;
    case SV_EFFECT_METER_ADD:
        /* with a crowd, sentiment and reach are read from it: the effect moves the crowd */
        if (sv_audience_owns(s->audience, e->ref)) {
            sv_audience_impulse(s->audience, s, (sv_Meter)e->ref, (int64_t)e->value * SV_SCORE_UNIT,
                                -1);
        } else if (sv_in_range(e->ref, SV_METER_COUNT)) {
            int64_t hi = e->ref == SV_METER_REACH ? INT32_MAX : SV_METER_MAX;
            s->meters[e->ref] = clamp32((int64_t)s->meters[e->ref] + e->value, 0, hi);
        }
        break;
    case SV_EFFECT_POST: schedule_post(s, e->ref, t); break;
    case SV_EFFECT_DECISION: schedule_decision(s, e->ref, t); break;
    case SV_EFFECT_EVENT:
        if (sv_in_range(e->ref, sc->event_count)) queue_push(s, t, ITEM_EVENT, e->ref);
        break;
    case SV_EFFECT_END: queue_push(s, t, ITEM_END, e->ref); break;
    case SV_EFFECT_REVEAL:
        if (!sv_in_range(e->ref, sc->fact_count)) break;
        if (e->after_ms)
            queue_push(s, t, ITEM_REVEAL, e->ref);
        else
            know(s, (uint32_t)e->ref);
        break;
    default: break;
    }
}

static void apply_effects(sv_Session *s, sv_Span span)
{
    for (uint32_t i = 0; i < span.count; i++) {
        uint64_t k = (uint64_t)span.start + i;
        if (k >= s->sc->effect_count) return;
        apply_effect(s, &s->sc->effects[k]);
    }
}

static void reveal_all(sv_Session *s, sv_Span refs)
{
    const sv_Scenario *sc = s->sc;
    for (uint32_t i = 0; i < refs.count; i++) {
        uint64_t k = (uint64_t)refs.start + i;
        if (k < sc->fact_ref_count && sc->fact_refs[k] < sc->fact_count) know(s, sc->fact_refs[k]);
    }
}

/* ---- init -------------------------------------------------------------------- */

/* History (posts and brand replies from before the start, negative times)
 * happens at time 0, first of all and oldest first, without jitter; at one
 * time posts come before replies, each in file order. A selection by
 * (time, kind, index) needs no memory; history is short. */
static void schedule_history(sv_Session *s)
{
    const sv_Scenario *sc = s->sc;
    /* keys: time, then 0 for a post and 1 for a reply, then the index */
    int64_t prev[3] = {INT64_MIN, 0, 0};
    for (;;) {
        int64_t best[3] = {0, 0, -1};
        for (uint32_t k = 0; k < sc->post_count + sc->earlier_count; k++) {
            bool post = k < sc->post_count;
            int64_t at = post ? sc->posts[k].at_ms : sc->earlier[k - sc->post_count].at_ms;
            int64_t key[3] = {at, post ? 0 : 1, post ? k : k - sc->post_count};
            if (at >= 0 || at == SV_NEVER) continue;
            bool after_prev =
                key[0] > prev[0] || (key[0] == prev[0] &&
                                     (key[1] > prev[1] || (key[1] == prev[1] && key[2] > prev[2])));
            bool before_best = best[2] < 0 || key[0] < best[0] ||
                               (key[0] == best[0] &&
                                (key[1] < best[1] || (key[1] == best[1] && key[2] < best[2])));
            if (after_prev && before_best) memcpy(best, key, sizeof best);
        }
        if (best[2] < 0) return;
        queue_push(s, 0, best[1] ? ITEM_EARLIER : ITEM_POST, (int32_t)best[2]);
        memcpy(prev, best, sizeof prev);
    }
}

static uint64_t start_time(int32_t at_ms) { return at_ms < 0 ? 0u : (uint64_t)at_ms; }

static void schedule_start(sv_Session *s)
{
    const sv_Scenario *sc = s->sc;
    schedule_history(s);
    /* then posts, so their jitter is drawn in post order, before anything else */
    for (uint32_t i = 0; i < sc->post_count; i++)
        if (sc->posts[i].at_ms >= 0) schedule_post(s, (int32_t)i, (uint64_t)sc->posts[i].at_ms);
    for (uint32_t i = 0; i < sc->decision_count; i++)
        if (sc->decisions[i].at_ms != SV_NEVER)
            schedule_decision(s, (int32_t)i, start_time(sc->decisions[i].at_ms));
    for (uint32_t i = 0; i < sc->event_count; i++)
        if (sc->events[i].at_ms != SV_NEVER)
            queue_push(s, start_time(sc->events[i].at_ms), ITEM_EVENT, (int32_t)i);
    for (uint32_t i = 0; i < sc->inject_count; i++)
        if (sc->injects[i].at_ms != SV_NEVER)
            queue_push(s, start_time(sc->injects[i].at_ms), ITEM_INJECT, (int32_t)i);
}

/* A session's fields as a new run starts them (its arrays not yet there). */
static void session_begin(sv_Session *s, const sv_Scenario *sc, uint64_t seed)
{
    memset(s, 0, sizeof *s);
    s->ending = -1;
    s->sc = sc;
    s->seed = seed;
    s->deadline_pct = 100u;
    sv_rng_seed(&s->rng, seed, SESSION_RNG_STREAM);
    for (uint32_t c = 0; sc && c < sc->channel_count; c++)
        s->reply_limits = s->reply_limits || sc->channels[c].replies;
}

static void schedule_start_again(sv_Session *s);

/* The scenario's starting values in the (cleared) arrays, and the start's
 * schedule (`again`: a restart's, from the start plan). */
static void session_fill(sv_Session *s, bool again)
{
    const sv_Scenario *sc = s->sc;
    for (uint32_t i = 0; i < sc->var_count; i++) s->vars[i] = sc->vars[i].initial;
    for (uint32_t i = 0; i < sc->decision_count; i++) s->decision_reply[i] = -1;
    for (uint32_t i = 0; i < sc->fact_count; i++) s->fact_known[i] = sc->facts[i].known;
    memcpy(s->meters, sc->meters_initial, sizeof s->meters);
    if (again)
        schedule_start_again(s);
    else
        schedule_start(s);
}

/* The start's schedule from the plan: its fixed items, then each drawn post
 * put in place as queue_push would (the queue is empty and has room for all). */
static void schedule_planned(sv_Session *s, const sv_StartPlan *p)
{
    memcpy(s->queue_block, p->fixed, p->fixed_count * sizeof *p->fixed);
    s->queue = s->queue_block;
    s->queue_count = p->fixed_count;
    for (size_t k = 0; k < p->jitter_count; k++) {
        const StartJitter *j = &p->jitter[k];
        queue_insert(s,
                     item_at(j->at + sv_rng_below(&s->rng, j->bound), j->seq, ITEM_POST, j->post));
    }
    s->next_seq = p->next_seq;
}

/* The start's schedule on a restart: from the plan when there is one for
 * the scenario, else as ever, and a plan made from it when nothing was
 * dropped (a full queue). */
static void schedule_start_again(sv_Session *s)
{
    sv_StartPlan *p = s->start_plan;
    if (p && p->sc == s->sc && p->fixed_count + p->jitter_count <= s->queue_cap) {
        schedule_planned(s, p);
        return;
    }
    if (!p) p = s->start_plan = calloc(1, sizeof *p);
    if (!p) {
        schedule_start(s);
        return;
    }
    p->sc = NULL;
    p->jitter_count = 0;
    p->recording = true;
    schedule_start(s);
    bool ok = p->recording && s->dropped.queue == 0;
    p->recording = false;
    sv_Scheduled *fixed =
        ok ? realloc(p->fixed, at_least_one(s->queue_count) * sizeof *fixed) : NULL;
    if (!fixed) return;
    p->fixed = fixed;
    size_t n = 0;
    for (size_t i = 0; i < s->queue_count; i++) {
        bool drawn = false;
        for (size_t k = 0; k < p->jitter_count && !drawn; k++)
            drawn = p->jitter[k].seq == s->queue[i].seq;
        if (!drawn) p->fixed[n++] = s->queue[i];
    }
    if (n + p->jitter_count != s->queue_count) return;
    p->fixed_count = n;
    p->next_seq = s->next_seq;
    p->sc = s->sc;
}

sv_Status sv_session_init(sv_Session *s, const sv_Scenario *sc, uint64_t seed)
{
    session_begin(s, sc, seed);
    if (!sc) return SV_ERR_INVALID;
    if (!alloc_state(s, sc) || sv_audience_init(s) != SV_OK) {
        sv_session_free(s);
        return SV_ERR_NOMEM;
    }
    session_fill(s, false);
    return SV_OK;
}

sv_Status sv_session_restart(sv_Session *s, uint64_t seed)
{
    const sv_Scenario *sc = s->sc;
    if (!sc || !s->flags || !s->queue_block || !s->log) return SV_ERR_INVALID;
    sv_Session keep = *s;
    sv_audience_free(s);
    session_begin(s, sc, seed);
    s->start_plan = keep.start_plan;
    /* the arrays' block as alloc_state carved it, the queue and the log kept */
    s->reply_cap = keep.reply_cap;
    sv_Carve c = {0, (char *)keep.flags};
    size_t cleared;
    carve_all(s, sc, &c, &cleared);
    memset(keep.flags, 0, cleared);
    s->queue = s->queue_block = keep.queue_block;
    s->queue_cap = keep.queue_cap;
    s->log = keep.log;
    s->log_cap = keep.log_cap;
    if (sv_audience_init(s) != SV_OK) {
        s->score = keep.score;
        sv_session_free(s);
        return SV_ERR_NOMEM;
    }
    session_fill(s, true);
    s->score = keep.score; /* the model's state, set up again as after the start */
    if (s->score && sv_score_state_restart(s) != SV_OK) {
        sv_session_free(s);
        return SV_ERR_NOMEM;
    }
    return SV_OK;
}

sv_Status sv_session_set_model(sv_Session *s, const sv_ScoreModel *model, sv_Lang lang)
{
    if (!s->sc || !model || s->score || s->now_ms != 0 || s->log_count != 0) return SV_ERR_INVALID;
    return sv_score_state_init(s, model, lang);
}

sv_Status sv_session_set_deadline_pct(sv_Session *s, uint32_t pct)
{
    if (!s->sc || pct < SV_DEADLINE_PCT_MIN || pct > SV_DEADLINE_PCT_MAX || s->now_ms != 0 ||
        s->log_count != 0)
        return SV_ERR_INVALID;
    s->deadline_pct = pct;
    return SV_OK;
}

sv_Status sv_session_change_deadline_pct(sv_Session *s, uint32_t pct)
{
    if (!s->sc || s->ended || pct < SV_DEADLINE_PCT_MIN || pct > SV_DEADLINE_PCT_MAX)
        return SV_ERR_INVALID;
    s->deadline_pct = pct;
    return SV_OK;
}

uint32_t sv_session_deadline_ms(const sv_Session *s, int32_t decision)
{
    if (!sv_in_range(decision, s->sc->decision_count)) return 0;
    /* an open (or closed) decision keeps the deadline it opened with */
    if (s->decision_state[decision] != SV_DEC_PENDING &&
        s->decision_state[decision] != SV_DEC_SKIPPED)
        return s->decision_deadline_ms[decision];
    uint64_t ms = s->sc->decisions[decision].deadline_ms;
    if (s->deadline_pct == 100u || s->deadline_pct == 0u) return (uint32_t)ms;
    ms = ms * s->deadline_pct / 100u;
    return ms > SV_MAX_SCENARIO_MS ? SV_MAX_SCENARIO_MS : (uint32_t)ms;
}

static void run_job(sv_Session *s, const sv_ScoreJob *job);

/* ---- endings ----------------------------------------------------------------- */

/* The first ending whose condition holds; the last ending if a corrupt model
 * has none that holds, so a run always ends somewhere. */
static int32_t choose_ending(const sv_Session *s)
{
    const sv_Scenario *sc = s->sc;
    for (uint32_t i = 0; i < sc->ending_count; i++)
        if (sv_session_eval(s, sc->endings[i].when)) return (int32_t)i;
    return sc->ending_count ? (int32_t)sc->ending_count - 1 : -1;
}

static void end_session(sv_Session *s, int32_t ending)
{
    const sv_Scenario *sc = s->sc;
    /* the model's verdict on what was left unanswered counts towards the ending */
    if (s->score) {
        const sv_ScoreJob *jobs;
        size_t n = sv_score_end_jobs(s->score, s, &jobs);
        for (size_t i = 0; i < n; i++) run_job(s, &jobs[i]);
        sv_score_track(s->score, s);
    }
    if (!sv_in_range(ending, sc->ending_count)) ending = choose_ending(s);
    /* decisions still open at the end were never answered: they lapse silently */
    for (uint32_t d = 0; d < sc->decision_count; d++) {
        if (s->decision_state[d] == SV_DEC_OPEN) {
            s->decision_state[d] = SV_DEC_TIMED_OUT;
            s->decision_close_ms[d] = s->now_ms;
        }
    }
    s->ended = true;
    s->ending = ending;
    log_add(s, SV_LOG_ENDING, ending, 0);
}

static bool any_open(const sv_Session *s)
{
    for (uint32_t d = 0; d < s->sc->decision_count; d++)
        if (s->decision_state[d] == SV_DEC_OPEN) return true;
    return false;
}

/* ---- the judges: the scoring model and the crowd -------------------------------- */

/* Runs one judgement of the model: its hits move the meters through the
 * scoring curve; for the meters the crowd owns (sentiment, reach) the crowd
 * gets their raw sum instead, and each hit keeps what it is worth there for
 * the debrief. Then the model keeps the judgement. */
/* One hit of a judgement through the curve, meter by meter (each with its
 * own constants): the meters the crowd owns (sentiment and reach, with a
 * crowd) move a copy, `worth`, and add their raw effect to what goes to the
 * crowd; the others move the session's meters. */
static inline void move_hit(sv_Session *s, sv_ScoreHit *h, int32_t *worth, int64_t *worth_frac,
                            int64_t *to_crowd)
{
    _Static_assert(SV_METER_COUNT == 4, "move_hit names each meter");
    const bool crowd = s->audience != NULL; /* sv_audience_owns: sentiment and reach */
    int32_t *m = s->meters;
    int64_t *f = s->meter_frac;
    const int S = SV_METER_SENTIMENT, R = SV_METER_REACH;
    h->applied[SV_METER_REPUTATION] =
        sv_score_curve(SV_METER_REPUTATION, h->raw[SV_METER_REPUTATION], &m[SV_METER_REPUTATION],
                       &f[SV_METER_REPUTATION]);
    h->applied[S] = sv_score_curve(SV_METER_SENTIMENT, h->raw[S], crowd ? &worth[S] : &m[S],
                                   crowd ? &worth_frac[S] : &f[S]);
    h->applied[SV_METER_MOOD] =
        sv_score_curve(SV_METER_MOOD, h->raw[SV_METER_MOOD], &m[SV_METER_MOOD], &f[SV_METER_MOOD]);
    h->applied[R] = sv_score_curve(SV_METER_REACH, h->raw[R], crowd ? &worth[R] : &m[R],
                                   crowd ? &worth_frac[R] : &f[R]);
    if (crowd) {
        to_crowd[S] += h->raw[S];
        to_crowd[R] += h->raw[R];
    }
}

static void run_job(sv_Session *s, const sv_ScoreJob *job)
{
    sv_ScoreState *st = s->score;
    sv_ScoreHit *hits = st->scratch;
    sv_ScoreContext ctx;
    size_t n = sv_score_judge(st, s, job, &ctx, hits);
    int32_t worth[SV_METER_COUNT];
    int64_t worth_frac[SV_METER_COUNT], to_crowd[SV_METER_COUNT] = {0};
    memcpy(worth, s->meters, sizeof worth);
    memcpy(worth_frac, s->meter_frac, sizeof worth_frac);
    for (size_t i = 0; i < n; i++) move_hit(s, &hits[i], worth, worth_frac, to_crowd);
    for (int k = 0; k < SV_METER_COUNT; k++)
        if (to_crowd[k]) sv_audience_impulse(s->audience, s, (sv_Meter)k, to_crowd[k], ctx.post);
    sv_score_keep(st, s, &ctx, hits, n, job->reply);
}

/* A reply is judged (unless it is from before the start: nobody's choice),
 * then the model notes what it answers and judges the promises it keeps. */
static void judge_reply(sv_Session *s, int32_t ri)
{
    const sv_Reply *r = &s->replies[ri];
    if (!r->prior) {
        sv_ScoreJob job = {SV_TRIGGER_REPLY, r->decision, sv_reply_post(s->sc, r), ri};
        run_job(s, &job);
    }
    sv_ScoreJob kept[16];
    size_t n = sv_score_replied(s->score, s, ri, kept, 16);
    for (size_t i = 0; i < n; i++) run_job(s, &kept[i]);
}

/* One step of the crowd: its comment goes to the log, its readings to the meters. */
static void run_crowd(sv_Session *s, uint32_t t)
{
    sv_CrowdOut out;
    sv_audience_run(s->audience, s, t, &out);
    if (out.comment >= 0) log_add(s, SV_LOG_COMMENT, out.comment, out.account);
    if (out.open_decision >= 0) schedule_decision(s, out.open_decision, t);
    s->meters[SV_METER_SENTIMENT] = out.sentiment;
    s->meters[SV_METER_REACH] = out.reach;
    s->meters[SV_METER_REPUTATION] = out.reputation;
}

#define TICKS_NOW 64 /* live ticks run_ticks takes; more go through sv_score_jobs */

/* A tick at t from the live list (sv_score_tick_now), each standing post's
 * hits as run_job runs that post's tick job: through the curve (the crowd's
 * meters on a copy, their raw sum to the crowd), then kept in their records. */
static void run_ticks(sv_Session *s, const sv_Quiet *q, uint32_t t)
{
    sv_ScoreState *st = s->score;
    sv_ScoreHit *hits = st->scratch;
    const sv_TickLive *from[TICKS_NOW];
    for (size_t i = 0, j; i < q->count; i = j) {
        int32_t post = q->live[i].post;
        for (j = i + 1; j < q->count && q->live[j].post == post; j++) {
        }
        if (s->post_ms[post] >= t) continue; /* it appeared at the tick itself: no job */
        int32_t worth[SV_METER_COUNT];
        int64_t worth_frac[SV_METER_COUNT], to_crowd[SV_METER_COUNT] = {0};
        memcpy(worth, s->meters, sizeof worth);
        memcpy(worth_frac, s->meter_frac, sizeof worth_frac);
        size_t n = 0;
        for (size_t k = i; k < j; k++) {
            const sv_TickLive *e = &q->live[k];
            if (!sv_score_tick_fires(st, e)) continue;
            sv_ScoreHit *h = &hits[n];
            *h = *e->hit;
            from[n++] = e;
            move_hit(s, h, worth, worth_frac, to_crowd);
        }
        for (int m = 0; m < SV_METER_COUNT; m++)
            if (to_crowd[m]) sv_audience_impulse(s->audience, s, (sv_Meter)m, to_crowd[m], post);
        for (size_t k = 0; k < n; k++) sv_score_tick_keep(st, s, from[k], &hits[k]);
    }
}

static void run_score(sv_Session *s, uint32_t t)
{
    sv_Quiet q;
    if (sv_score_tick_now(s->score, s, t, &q) && q.count <= TICKS_NOW) {
        run_ticks(s, &q, t);
    } else {
        const sv_ScoreJob *jobs;
        size_t n = sv_score_jobs(s->score, s, t, &jobs);
        for (size_t i = 0; i < n; i++) run_job(s, &jobs[i]);
    }
    sv_score_ticked(s->score, s, t);
}

/* ---- replies ----------------------------------------------------------------- */

/* A new reply record; NULL only on a corrupt session (the cap covers every
 * decision's actions and the history). */
static sv_Reply *reply_new(sv_Session *s, int32_t d, int32_t opt, uint8_t step)
{
    if (s->reply_count >= s->reply_cap) {
        s->dropped.replies++;
        return NULL;
    }
    sv_Reply *r = &s->replies[s->reply_count];
    memset(r, 0, sizeof *r);
    r->t_ms = s->now_ms;
    r->decision = d;
    r->option = opt;
    r->step = step;
    if (sv_in_range(d, s->sc->decision_count) && s->decision_reply[d] < 0)
        s->decision_reply[d] = (int32_t)s->reply_count;
    s->reply_count++;
    return r;
}

static int32_t index_of(const sv_Session *s, const sv_Reply *r)
{
    return (int32_t)(r - s->replies);
}

/* A reply goes out now: it is logged, the crowd hears it, the model judges it
 * from the state before its effects, and then its effects happen. */
static void send_reply(sv_Session *s, int32_t ri)
{
    sv_Reply *r = &s->replies[ri];
    const sv_Scenario *sc = s->sc;
    r->t_ms = s->now_ms;
    r->sent = ++s->sent_count;
    log_add(s, SV_LOG_REPLY, r->decision, ri);
    /* the crowd takes the verdict and the reply's own moves as the reply's */
    if (s->audience) sv_audience_reply_begin(s->audience, ri);
    if (s->score) judge_reply(s, ri);
    if (r->option >= 0 && sv_reply_is_main(sc, r)) {
        apply_effects(s, sc->options[r->option].effects);
    } else if (r->option < 0 && !r->prior && sv_in_range(r->decision, sc->decision_count)) {
        apply_effects(s, sc->decisions[r->decision].compose_effects);
        for (uint32_t i = 0; i < r->part_count; i++)
            apply_effects(s, sc->parts[r->parts[i]].effects);
        /* what the customer answers to a question in the reply is known afterwards */
        for (uint32_t i = 0; i < r->part_count; i++)
            reveal_all(s, sc->parts[r->parts[i]].claims.reveals);
    }
    if (s->audience) sv_audience_reply_end(s->audience, s, ri);
}

static bool asks(sv_Action a) { return a == SV_ACTION_ASK || a == SV_ACTION_ASK_COLLEAGUE; }

/* What a checking option found out: its reveals, and whatever its reply
 * states, since the reply is written after the check. */
static void learn(sv_Session *s, const sv_Option *o)
{
    reveal_all(s, o->claims.reveals);
    reveal_all(s, o->claims.confirms);
    reveal_all(s, o->claims.denies);
}

/* The option's actions in order, each a reply of its own. An option that
 * checks first (a delay, or a colleague asked before it answers) knows what
 * it found before its reply goes out; a question to the customer makes its
 * `reveals` known after it is asked. */
static void take_option(sv_Session *s, int32_t d, int32_t opt, bool by_default)
{
    const sv_Option *o = &s->sc->options[opt];
    s->option_chosen[opt] = 1;
    s->decision_close_ms[d] = s->now_ms;
    bool revealed = false;
    /* an option built without steps (step_count 0) is its own single action */
    uint8_t steps = o->step_count ? o->step_count : 1;
    for (uint8_t k = 0; k < steps && k < SV_MAX_STEPS; k++) {
        if (k == o->main && sv_option_checks_first(o) && o->delay_ms == 0) learn(s, o);
        sv_Reply *r = reply_new(s, d, opt, k);
        if (!r) return;
        sv_Step one = {o->action, o->visibility, o->target};
        const sv_Step *st = o->step_count ? &o->steps[k] : &one;
        r->action = st->action;
        r->visibility = st->visibility;
        r->by_default = by_default;
        int32_t ri = index_of(s, r);
        if (k == o->main && o->delay_ms > 0) {
            r->delay_ms = o->delay_ms;
            r->t_ms = s->now_ms + o->delay_ms;
            queue_push(s, r->t_ms, ITEM_SEND, ri);
            log_add(s, SV_LOG_REPLY_PENDING, d, ri);
            continue;
        }
        send_reply(s, ri);
        if (!revealed && asks(st->action) && !sv_option_checks_first(o)) {
            reveal_all(s, o->claims.reveals);
            revealed = true;
        }
    }
}

static void send_pending(sv_Session *s, int32_t ri)
{
    if (!sv_in_range(ri, (uint32_t)s->reply_count) || s->replies[ri].sent) return;
    const sv_Reply *r = &s->replies[ri];
    const sv_Option *o =
        sv_in_range(r->option, s->sc->option_count) ? &s->sc->options[r->option] : NULL;
    if (o) learn(s, o); /* the check is done */
    send_reply(s, ri);
}

/* A brand reply from before the start: in its thread from the first moment,
 * counted like any other by the model and the crowd, but nobody's choice now. */
static void take_earlier(sv_Session *s, int32_t e)
{
    if (!sv_in_range(e, s->sc->earlier_count)) return;
    const sv_Option *o = &s->sc->earlier[e].reply;
    sv_Reply *r = reply_new(s, -1, -1, 0);
    if (!r) return;
    r->prior = (uint32_t)e + 1u;
    r->action = o->action;
    r->visibility = o->visibility;
    send_reply(s, index_of(s, r));
}

/* ---- processing scheduled items ------------------------------------------------ */

static void process_post(sv_Session *s, int32_t p)
{
    if (!sv_in_range(p, s->sc->post_count) || s->post_seen[p]) return;
    if (sv_session_eval(s, s->sc->posts[p].when)) {
        s->post_seen[p] = 1;
        s->seen_count++;
        if (p < 64) s->seen_mask |= (uint64_t)1 << p;
        s->post_ms[p] = s->now_ms;
        log_add(s, SV_LOG_POST, p, 0);
        if (s->audience) sv_audience_on_post(s->audience, s, p);
    } else {
        log_add(s, SV_LOG_POST_SKIPPED, p, 0);
    }
}

static void process_decision(sv_Session *s, int32_t d)
{
    if (!sv_in_range(d, s->sc->decision_count) || s->decision_state[d] != SV_DEC_PENDING) return;
    const sv_Decision *dec = &s->sc->decisions[d];
    if (sv_session_eval(s, dec->when)) {
        s->decision_deadline_ms[d] = sv_session_deadline_ms(s, d); /* at the dial's setting now */
        s->decision_state[d] = SV_DEC_OPEN;
        s->decision_open_ms[d] = s->now_ms;
        queue_push(s, (uint64_t)s->now_ms + s->decision_deadline_ms[d], ITEM_DEADLINE, d);
        log_add(s, SV_LOG_DECISION_OPEN, d, 0);
    } else {
        s->decision_state[d] = SV_DEC_SKIPPED;
        log_add(s, SV_LOG_DECISION_SKIPPED, d, 0);
    }
}

static bool option_of(const sv_Scenario *sc, const sv_Decision *dec, int32_t opt)
{
    return sv_in_range(opt, sc->option_count) && (uint32_t)opt >= dec->options.start &&
           (uint32_t)opt - dec->options.start < dec->options.count;
}

static void process_deadline(sv_Session *s, int32_t d)
{
    if (!sv_in_range(d, s->sc->decision_count) || s->decision_state[d] != SV_DEC_OPEN) return;
    const sv_Decision *dec = &s->sc->decisions[d];
    /* a default that would answer in a thread its channel has closed is not taken either */
    int32_t def = option_of(s->sc, dec, dec->default_option) &&
                          !sv_session_option_full(s, dec->default_option)
                      ? dec->default_option
                      : -1;
    if (s->score) sv_score_note(s->score, s, d);
    s->decision_state[d] = SV_DEC_TIMED_OUT;
    s->decision_close_ms[d] = s->now_ms;
    /* the default is taken even when its condition is false: it is what
     * happens when nobody acts, not a choice the player could make */
    if (def >= 0) take_option(s, d, def, true);
    apply_effects(s, dec->on_timeout);
    log_add(s, SV_LOG_TIMEOUT, d, def);
    if (s->score) {
        sv_ScoreJob job = {SV_TRIGGER_TIMEOUT, d, -1, s->decision_reply[d]};
        run_job(s, &job);
    }
}

static void process_event(sv_Session *s, int32_t ev)
{
    if (!sv_in_range(ev, s->sc->event_count)) return;
    const sv_EventDef *e = &s->sc->events[ev];
    if (sv_session_eval(s, e->when)) {
        log_add(s, SV_LOG_EVENT, ev, 0);
        apply_effects(s, e->effects);
    } else {
        log_add(s, SV_LOG_EVENT_SKIPPED, ev, 0);
    }
}

/* An inject brings on what it adds now, as effects with no delay would: its
 * event first (it may set what the others' `when` read), then its post, then
 * its decision (which may be about that post). Each inject fires once. */
static void fire_inject(sv_Session *s, int32_t i)
{
    if (!sv_in_range(i, s->sc->inject_count) || s->inject_fired[i]) return;
    const sv_Inject *in = &s->sc->injects[i];
    s->inject_fired[i] = 1;
    s->inject_ms[i] = s->now_ms;
    log_add(s, SV_LOG_INJECT, i, 0);
    if (sv_in_range(in->event, s->sc->event_count)) queue_push(s, s->now_ms, ITEM_EVENT, in->event);
    if (in->post >= 0) schedule_post(s, in->post, s->now_ms);
    if (in->decision >= 0) schedule_decision(s, in->decision, s->now_ms);
}

static void process_item(sv_Session *s, const sv_Scheduled *it)
{
    switch (it->kind) {
    case ITEM_POST: process_post(s, it->ref); break;
    case ITEM_DECISION: process_decision(s, it->ref); break;
    case ITEM_DEADLINE: process_deadline(s, it->ref); break;
    case ITEM_EVENT: process_event(s, it->ref); break;
    case ITEM_END: end_session(s, it->ref); break;
    case ITEM_REVEAL:
        if (sv_in_range(it->ref, s->sc->fact_count)) know(s, (uint32_t)it->ref);
        break;
    case ITEM_SEND: send_pending(s, it->ref); break;
    case ITEM_EARLIER: take_earlier(s, it->ref); break;
    case ITEM_INJECT: fire_inject(s, it->ref); break;
    default: break;
    }
}

/* ---- the clock ------------------------------------------------------------------ */

/* What runs next: a scheduled item, the scoring model's clock or the crowd's.
 * At one moment the item goes first, then the model, then the crowd, so how
 * advance is called never matters. */
typedef enum { NEXT_NONE = 0, NEXT_ITEM, NEXT_SCORE, NEXT_CROWD } Next;

static Next next_thing(const sv_Session *s, uint32_t limit, uint32_t *t)
{
    bool item = s->queue_count > 0 && s->queue[0].t_ms <= limit;
    uint32_t it = item ? s->queue[0].t_ms : 0, sd = 0, cd = 0;
    bool scored = s->score && sv_score_due(s->score, s, &sd) && sd <= limit;
    bool crowd = sv_audience_due(s->audience, &cd) && cd <= limit;
    if (scored && (!item || sd < it) && (!crowd || sd <= cd)) {
        *t = sd;
        return NEXT_SCORE;
    }
    if (crowd && (!item || cd < it)) {
        *t = cd;
        return NEXT_CROWD;
    }
    *t = it;
    return item ? NEXT_ITEM : NEXT_NONE;
}

/* Until when nothing but the model's ticks happens: the next scheduled item
 * (it goes first at its time), the crowd's next step (it goes after a tick
 * at its time) or the end of this advance. */
static uint64_t quiet_until(const sv_Session *s, uint32_t limit)
{
    uint64_t until = (uint64_t)limit + 1u;
    uint32_t cd;
    if (s->queue_count > 0 && s->queue[0].t_ms < until) until = s->queue[0].t_ms;
    if (sv_audience_due(s->audience, &cd) && (uint64_t)cd + 1u < until) until = (uint64_t)cd + 1u;
    return until;
}

/* One tick of quiet time (SV_SCORE_TICK_MS) as run_score would run it: each live tick whose
 * time is not up fires for a post standing by then, through the curve, and
 * is kept in its record. */
static bool quiet_second(sv_Session *s, const sv_Quiet *q, uint64_t t)
{
    sv_ScoreState *st = s->score;
    bool live = false;
    s->now_ms = (uint32_t)t;
    for (size_t i = 0; i < q->count; i++) {
        const sv_TickLive *e = &q->live[i];
        if (!sv_score_tick_fires(st, e)) continue;
        live = true;
        if (s->post_ms[e->post] >= t) continue; /* it appeared at the tick itself */
        sv_ScoreHit h = *e->hit;
        for (int k = 0; k < SV_METER_COUNT; k++)
            h.applied[k] = sv_score_curve((sv_Meter)k, h.raw[k], &s->meters[k], &s->meter_frac[k]);
        sv_score_tick_keep(st, s, e, &h);
    }
    sv_score_ticked(st, s, (uint32_t)t);
    return live;
}

#define QUIET_BATCH 32 /* live ticks quiet time keeps its own tallies for */

/* A live tick as quiet_batch runs it: its moves, the ticks it may still
 * fire, and what it fired and moved, written to its record at the end. */
typedef struct QuietTick {
    int64_t raw[SV_METER_COUNT];
    bool one_step;    /* every 0-100 meter's move is one step of the curve */
    uint64_t left;    /* ticks its rule's time allows it still; UINT64_MAX no limit */
    uint64_t post_ms; /* it skips a tick at the very time its post appeared */
    uint32_t added, last_ms;
    int64_t applied[SV_METER_COUNT];
} QuietTick;

/* sv_score_curve_exact on a settled 0-100 meter's exact value x for a move of
 * at most one step (SV_SCORE_STEP): its loop runs once and nothing needs
 * clamping, since a step's share of the room never takes all of it. */
static inline int64_t curve_step(int64_t raw, int64_t x)
{
    const int64_t full = (int64_t)SV_METER_MAX * SV_CURVE_PER_TENTH;
    const uint64_t one = (uint64_t)SV_CURVE_PER_TENTH;
    if (raw > 0) return x + (int64_t)((uint64_t)raw * (uint64_t)(full - x) / one);
    return x - (int64_t)((uint64_t)-raw * (uint64_t)x / one);
}

static void quiet_ticks(sv_Session *s, const sv_Quiet *q, QuietTick *qt)
{
    const int64_t step_max = (int64_t)SV_SCORE_STEP * SV_SCORE_UNIT;
    for (size_t i = 0; i < q->count; i++) {
        const sv_TickLive *e = &q->live[i];
        QuietTick *y = &qt[i];
        const int64_t *raw = e->hit->raw;
        for (int k = 0; k < SV_METER_COUNT; k++) {
            y->raw[k] = raw[k];
            y->applied[k] = 0;
        }
        y->added = y->last_ms = 0;
        /* every 0-100 meter's move within one step: -step_max <= raw <= step_max */
        _Static_assert(SV_METER_REACH == 3, "the 0-100 meters are the first three");
        const uint64_t span = 2u * (uint64_t)step_max;
        y->one_step = (uint64_t)raw[0] + (uint64_t)step_max <= span &&
                      (uint64_t)raw[1] + (uint64_t)step_max <= span &&
                      (uint64_t)raw[2] + (uint64_t)step_max <= span;
        /* it fires while (seconds fired) x 1 s < its limit, a tick's seconds at a time */
        uint64_t fired = (uint64_t)s->score->firings[*e->record].count * SV_MS_PER_SECOND;
        y->left = !e->limit_ms ? UINT64_MAX
                  : fired < e->limit_ms
                      ? (e->limit_ms - fired + SV_SCORE_TICK_MS - 1u) / SV_SCORE_TICK_MS
                      : 0;
        y->post_ms = s->post_ms[e->post];
    }
}

/* The meters through quiet time: exact values x, whole values m and the
 * exact value where each whole value starts (lo = m * one: x stays in that
 * whole value while 0 <= x - lo < one, so m is divided out only when it
 * moves), the whole values last sampled l and whether m may differ from them
 * (moved), room for samples in the history and the time of the next sample
 * due whatever the meters do. A local of quiet_batch that only inlined
 * helpers see, so it lives in registers. */
typedef struct QuietRun {
    int64_t x0, x1, x2, x3;
    int64_t lo0, lo1, lo2, lo3;
    int32_t m0, m1, m2, m3;
    uint64_t l01, l23; /* as pairs (pair()): compared in registers, never through memory */
    bool moved;
    size_t room;
    uint64_t next_sample;
} QuietRun;

/* Two whole values in one word. */
static inline uint64_t pair(int32_t a, int32_t b)
{
    return (uint64_t)(uint32_t)a | (uint64_t)(uint32_t)b << 32;
}

/* One move of meter k in quiet time on its exact value *x, whole value *m
 * and that whole value's start *lo; *moved when the whole value moved. */
static inline void quiet_move(sv_Meter k, int64_t raw, bool one_step, int64_t *x, int64_t *lo,
                              int32_t *m, int64_t *applied, bool *moved)
{
    if (raw == 0) return; /* the curve leaves a settled meter */
    const int64_t one = k == SV_METER_REACH ? SV_CURVE_PER_PERSON : SV_CURVE_PER_TENTH;
    if (k == SV_METER_REACH)
        *x = sv_score_curve_exact(SV_METER_REACH, raw, *x);
    else
        *x = one_step ? curve_step(raw, *x) : sv_score_curve_exact(k, raw, *x);
    if ((uint64_t)(*x - *lo) < (uint64_t)one) return; /* still in its whole value (x >= 0) */
    int32_t was = *m;
    *m = (int32_t)((uint64_t)*x / (uint64_t)one);
    *lo = (int64_t)*m * one;
    *applied += *m - was;
    *moved = true;
}

_Static_assert(SV_METER_COUNT == 4 && SV_METER_REPUTATION == 0 && SV_METER_SENTIMENT == 1 &&
                   SV_METER_MOOD == 2 && SV_METER_REACH == 3,
               "quiet_batch keeps the four meters in locals of their own");

/* A live tick at t as quiet_second runs it; false when its time is up. */
static inline bool quiet_fire(QuietTick *y, uint64_t t, QuietRun *r)
{
    if (!y->left) return false;
    if (y->post_ms >= t) return true; /* it appeared at the tick itself */
    quiet_move(SV_METER_REPUTATION, y->raw[0], y->one_step, &r->x0, &r->lo0, &r->m0, &y->applied[0],
               &r->moved);
    quiet_move(SV_METER_SENTIMENT, y->raw[1], y->one_step, &r->x1, &r->lo1, &r->m1, &y->applied[1],
               &r->moved);
    quiet_move(SV_METER_MOOD, y->raw[2], y->one_step, &r->x2, &r->lo2, &r->m2, &y->applied[2],
               &r->moved);
    quiet_move(SV_METER_REACH, y->raw[3], y->one_step, &r->x3, &r->lo3, &r->m3, &y->applied[3],
               &r->moved);
    y->left--;
    y->added++;
    y->last_ms = (uint32_t)t;
    return true;
}

/* The end of the tick at t as sv_score_ticked would see it: a sample every ten
 * seconds and whenever the meters moved since the last one kept, written
 * straight to the history while it has room. */
static inline void quiet_sample(sv_ScoreState *st, uint64_t t, QuietRun *r)
{
    bool due = t == r->next_sample;
    if (due) r->next_sample += SV_SCORE_SAMPLE_MS;
    if (!due && !r->moved) return;
    uint64_t m01 = pair(r->m0, r->m1), m23 = pair(r->m2, r->m3);
    if (m01 == r->l01 && m23 == r->l23) {
        r->moved = false; /* back where they were last sampled */
        if (!due) return;
    }
    bool kept;
    if (r->room) {
        sv_MeterSample *h = &st->history[st->history_count++];
        h->t_ms = (uint32_t)t;
        h->meters[0] = r->m0;
        h->meters[1] = r->m1;
        h->meters[2] = r->m2;
        h->meters[3] = r->m3;
        r->room--;
        kept = true;
    } else {
        kept = sv_score_quiet_sample(st, (uint32_t)t, r->m0, r->m1, r->m2, r->m3, !due);
    }
    if (kept) {
        r->l01 = m01;
        r->l23 = m23;
        r->moved = false;
    }
}

/* One 0-100 meter's exact value x moved by a one-step raw a (curve_step,
 * with the sign known to the caller's loop). */
static inline int64_t one_gain(int64_t a, int64_t x)
{
    const int64_t full = (int64_t)SV_METER_MAX * SV_CURVE_PER_TENTH;
    return x + (int64_t)((uint64_t)a * (uint64_t)(full - x) / (uint64_t)SV_CURVE_PER_TENTH);
}
static inline int64_t one_loss(int64_t a, int64_t x)
{
    return x - (int64_t)((uint64_t)a * (uint64_t)x / (uint64_t)SV_CURVE_PER_TENTH);
}

/* A crossing out of a whole value: m and lo follow x, and the tick's applied. */
static inline void quiet_cross(int64_t x, int64_t one, int64_t *lo, int32_t *m, int64_t *applied,
                               bool *moved)
{
    int32_t was = *m;
    *m = (int32_t)((uint64_t)x / (uint64_t)one);
    *lo = (int64_t)*m * one;
    *applied += *m - was;
    *moved = true;
}

/* The ticks of quiet time from *t on at which the one live tick y fires
 * (its post stood before and its time is not up), each as quiet_fire and
 * quiet_sample run it, with every 0-100 meter's move one step of the curve:
 * the exact values stay in registers, a whole value is divided out only when
 * it is left, and a tick is sampled only when due or when a whole value
 * moved. Stops at the first tick it does not fire, or after `last`. */
static void quiet_one(sv_ScoreState *st, QuietTick *y, QuietRun *r, uint64_t *tp, uint64_t last,
                      uint64_t *now)
{
    const int64_t tenth = SV_CURVE_PER_TENTH, person = SV_CURVE_PER_PERSON;
    const int64_t top = (int64_t)INT32_MAX * SV_CURVE_PER_PERSON;
    const int64_t a0 = y->raw[0], a1 = y->raw[1], a2 = y->raw[2], a3 = y->raw[3];
    int64_t x0 = r->x0, x1 = r->x1, x2 = r->x2, x3 = r->x3;
    uint64_t t = *tp, left = y->left, fired = 0;
    for (; t <= last && left && y->post_ms < t; t += SV_SCORE_TICK_MS) {
        if (a0 > 0) x0 = one_gain(a0, x0);
        if (a0 < 0) x0 = one_loss(-a0, x0);
        if (a1 > 0) x1 = one_gain(a1, x1);
        if (a1 < 0) x1 = one_loss(-a1, x1);
        if (a2 > 0) x2 = one_gain(a2, x2);
        if (a2 < 0) x2 = one_loss(-a2, x2);
        if (a3) { /* sv_score_curve_exact for reach, kept in range */
            x3 = a3 > top - x3 ? top : x3 + a3;
            if (x3 < 0) x3 = 0;
        }
        left--;
        fired++;
        bool cross = ((uint64_t)(x0 - r->lo0) >= (uint64_t)tenth) |
                     ((uint64_t)(x1 - r->lo1) >= (uint64_t)tenth) |
                     ((uint64_t)(x2 - r->lo2) >= (uint64_t)tenth) |
                     ((uint64_t)(x3 - r->lo3) >= (uint64_t)person);
        if (cross) {
            if ((uint64_t)(x0 - r->lo0) >= (uint64_t)tenth)
                quiet_cross(x0, tenth, &r->lo0, &r->m0, &y->applied[0], &r->moved);
            if ((uint64_t)(x1 - r->lo1) >= (uint64_t)tenth)
                quiet_cross(x1, tenth, &r->lo1, &r->m1, &y->applied[1], &r->moved);
            if ((uint64_t)(x2 - r->lo2) >= (uint64_t)tenth)
                quiet_cross(x2, tenth, &r->lo2, &r->m2, &y->applied[2], &r->moved);
            if ((uint64_t)(x3 - r->lo3) >= (uint64_t)person)
                quiet_cross(x3, person, &r->lo3, &r->m3, &y->applied[3], &r->moved);
        }
        if (t == r->next_sample || r->moved) quiet_sample(st, t, r);
    }
    if (fired) {
        y->left = left;
        y->added += (uint32_t)fired;
        y->last_ms = (uint32_t)(t - SV_SCORE_TICK_MS);
        *now = t - SV_SCORE_TICK_MS;
    }
    r->x0 = x0;
    r->x1 = x1;
    r->x2 = x2;
    r->x3 = x3;
    *tp = t;
}

/* The ticks from t on, each as quiet_second would run it, once every live
 * tick has its record: the meters' exact values (value * one + frac) are
 * kept from one tick to the next in registers, each tick's sample
 * written from them, and the meters, fractions and records are written once
 * at the end. */
static void quiet_batch(sv_Session *s, const sv_Quiet *q, uint64_t t)
{
    sv_ScoreState *st = s->score;
    QuietTick qt[QUIET_BATCH];
    int64_t x[SV_METER_COUNT];
    for (int k = 0; k < SV_METER_COUNT; k++)
        x[k] = (int64_t)s->meters[k] * sv_score_meter_one((sv_Meter)k) + s->meter_frac[k];
    /* the last sample kept (quiet time starts with one) */
    const int32_t *ls = st->history[st->history_count - 1].meters;
    QuietRun r = {.x0 = x[0], .x1 = x[1], .x2 = x[2], .x3 = x[3]};
    r.m0 = s->meters[0];
    r.m1 = s->meters[1];
    r.m2 = s->meters[2];
    r.m3 = s->meters[3];
    r.lo0 = (int64_t)r.m0 * SV_CURVE_PER_TENTH;
    r.lo1 = (int64_t)r.m1 * SV_CURVE_PER_TENTH;
    r.lo2 = (int64_t)r.m2 * SV_CURVE_PER_TENTH;
    r.lo3 = (int64_t)r.m3 * SV_CURVE_PER_PERSON;
    r.l01 = pair(ls[0], ls[1]);
    r.l23 = pair(ls[2], ls[3]);
    r.moved = r.l01 != pair(r.m0, r.m1) || r.l23 != pair(r.m2, r.m3);
    r.next_sample = (t + SV_SCORE_SAMPLE_MS - 1u) / SV_SCORE_SAMPLE_MS * SV_SCORE_SAMPLE_MS;
    r.room = sv_score_history_room(st, (size_t)((q->last - t) / SV_SCORE_TICK_MS + 1u));
    quiet_ticks(s, q, qt);
    uint64_t now = s->now_ms;
    if (q->count == 1) { /* the usual case */
        QuietTick *y = &qt[0];
        for (; t <= q->last; t += SV_SCORE_TICK_MS) {
            if (y->one_step) { /* the ticks it fires, then the one it does not as before */
                quiet_one(st, y, &r, &t, q->last, &now);
                if (t > q->last) break;
            }
            bool live = quiet_fire(y, t, &r);
            now = t;
            quiet_sample(st, t, &r);
            if (!live) break;
        }
    } else {
        for (; t <= q->last; t += SV_SCORE_TICK_MS) {
            bool live = false;
            for (size_t i = 0; i < q->count; i++) live |= quiet_fire(&qt[i], t, &r);
            now = t;
            quiet_sample(st, t, &r);
            if (!live) break;
        }
    }
    sv_score_quiet_ticked(st, (uint32_t)now); /* the batch ran at least its first tick */
    s->now_ms = (uint32_t)now;
    /* each whole value m = x / one starts at lo = m * one, so x % one = x - lo */
    s->meters[0] = r.m0;
    s->meters[1] = r.m1;
    s->meters[2] = r.m2;
    s->meters[3] = r.m3;
    s->meter_frac[0] = r.x0 - r.lo0;
    s->meter_frac[1] = r.x1 - r.lo1;
    s->meter_frac[2] = r.x2 - r.lo2;
    s->meter_frac[3] = r.x3 - r.lo3;
    for (size_t i = 0; i < q->count; i++) {
        const QuietTick *y = &qt[i];
        if (!y->added) continue;
        sv_Firing *f = &st->firings[*q->live[i].record];
        f->count += y->added * SV_SCORE_TICK_S;
        f->last_ms = y->last_ms;
        for (int k = 0; k < SV_METER_COUNT; k++) {
            f->raw[k] += (int64_t)y->added * y->raw[k];
            f->applied[k] = (int32_t)(f->applied[k] + y->applied[k]);
        }
    }
}

#define QUIET_SHORT 4 /* ticks in a span that quiet_short takes instead of quiet_batch */

/* The ticks of a short span from t to last as quiet_batch runs them, the
 * meters settled and every live tick with its record: at each tick, each live
 * tick whose time is not up and whose post stood before moves the meters'
 * exact values through the curve and extends its record in place; a sample is
 * kept when one is due or the meters moved since the last one kept; it stops
 * after a tick at which no live tick fired. Without quiet_batch's set-up and
 * tallies, which a span of a few ticks (most of them) does not repay. */
static void quiet_short(sv_Session *s, const sv_Quiet *q, uint64_t t, uint64_t last)
{
    sv_ScoreState *st = s->score;
    const int64_t step_max = (int64_t)SV_SCORE_STEP * SV_SCORE_UNIT;
    const int64_t top = (int64_t)INT32_MAX * SV_CURVE_PER_PERSON;
    int32_t m[SV_METER_COUNT];
    int64_t x[SV_METER_COUNT], lo[SV_METER_COUNT];
    for (int k = 0; k < SV_METER_COUNT; k++) {
        m[k] = s->meters[k];
        lo[k] = (int64_t)m[k] * sv_score_meter_one((sv_Meter)k);
        x[k] = lo[k] + s->meter_frac[k];
    }
    uint64_t now = t;
    for (; t <= last; t += SV_SCORE_TICK_MS) {
        bool live = false;
        for (size_t i = 0; i < q->count; i++) {
            const sv_TickLive *e = &q->live[i];
            sv_Firing *f = &st->firings[*e->record];
            /* its time is up (sv_score_tick_fires), or its post appeared at the tick itself */
            if (e->limit_ms && (uint64_t)f->count * SV_MS_PER_SECOND >= e->limit_ms) continue;
            live = true;
            if (s->post_ms[e->post] >= t) continue;
            const int64_t *raw = e->hit->raw;
            for (int k = 0; k < SV_METER_COUNT; k++) {
                const int64_t a = raw[k];
                f->raw[k] += a;
                if (a == 0) continue; /* the curve leaves a settled meter */
                const int64_t one = sv_score_meter_one((sv_Meter)k);
                if (k == SV_METER_REACH) { /* sv_score_curve_exact for reach, kept in range */
                    x[k] = a > top - x[k] ? top : x[k] + a;
                    if (x[k] < 0) x[k] = 0;
                } else {
                    x[k] = (uint64_t)a + (uint64_t)step_max <= 2u * (uint64_t)step_max
                               ? curve_step(a, x[k])
                               : sv_score_curve_exact((sv_Meter)k, a, x[k]);
                }
                if ((uint64_t)(x[k] - lo[k]) < (uint64_t)one) continue; /* same whole value */
                int32_t was = m[k];
                m[k] = (int32_t)((uint64_t)x[k] / (uint64_t)one);
                lo[k] = (int64_t)m[k] * one;
                f->applied[k] += m[k] - was;
            }
            f->count += SV_SCORE_TICK_S;
            f->last_ms = (uint32_t)t;
        }
        now = t;
        /* quiet time starts with a sample */
        const int32_t *h = st->history[st->history_count - 1].meters;
        bool due = t % SV_SCORE_SAMPLE_MS == 0;
        if (due || pair(h[0], h[1]) != pair(m[0], m[1]) || pair(h[2], h[3]) != pair(m[2], m[3]))
            (void)sv_score_quiet_sample(st, (uint32_t)t, m[0], m[1], m[2], m[3], !due);
        if (!live) break;
    }
    s->now_ms = (uint32_t)now;
    for (int k = 0; k < SV_METER_COUNT; k++) {
        s->meters[k] = m[k];
        s->meter_frac[k] = x[k] - lo[k];
    }
    sv_score_quiet_ticked(st, (uint32_t)now);
}

/* Can quiet_batch take over: every meter settled (as the curve leaves it)
 * and every live tick with its record already (the first tick makes it)? */
static bool quiet_batchable(const sv_Session *s, const sv_Quiet *q)
{
    if (q->count > QUIET_BATCH) return false;
    for (int k = 0; k < SV_METER_COUNT; k++)
        if (!sv_score_meter_settled((sv_Meter)k, s->meters[k], s->meter_frac[k])) return false;
    for (size_t i = 0; i < q->count; i++)
        if (*q->live[i].record < 0) return false;
    return true;
}

/* Quiet time without a crowd (svara/score_internal.h, sv_score_quiet_span):
 * the model's ticks run back to back, each as run_score runs it, until
 * `until` or until every rule's time is up (then the next span passes the
 * rest). Without a crowd a tick's hits move the meters themselves, as in
 * run_job. False when the time is not quiet. */
static bool run_quiet(sv_Session *s, uint64_t until)
{
    sv_ScoreState *st = s->score;
    sv_Quiet q;
    uint32_t last;
    switch (sv_score_quiet_span(st, s, until, &q, &last)) {
    case SV_QUIET_NONE: return false;
    case SV_QUIET_PASSED:
        if (last > s->now_ms) s->now_ms = last;
        return true;
    case SV_QUIET_TICKS: break;
    }
    for (uint64_t t = q.first; t <= q.last; t += SV_SCORE_TICK_MS) {
        if (quiet_batchable(s, &q)) {
            if ((q.last - t) / SV_SCORE_TICK_MS < QUIET_SHORT) { /* the usual span */
                quiet_short(s, &q, t, q.last);
                break;
            }
            quiet_batch(s, &q, t);
            break;
        }
        if (!quiet_second(s, &q, t)) break;
    }
    return true;
}

void sv_session_advance(sv_Session *s, uint32_t to_ms)
{
    if (!s->sc || s->ended) return;
    if (to_ms < s->now_ms) to_ms = s->now_ms;
    uint32_t limit = to_ms < s->sc->duration_ms ? to_ms : s->sc->duration_ms;
    while (!s->ended) {
        uint32_t due;
        Next next = next_thing(s, limit, &due);
        if (next == NEXT_SCORE || next == NEXT_CROWD) {
            if (s->queue_count == 0 && !any_open(s)) break; /* the run is over: end below */
            /* with a crowd, the model's ticks run one at a time between its
             * steps (run_score): quiet time is only for a run without one */
            if (next == NEXT_SCORE && !s->audience && run_quiet(s, quiet_until(s, limit))) continue;
            if (due > s->now_ms) s->now_ms = due;
            if (next == NEXT_SCORE)
                run_score(s, due);
            else
                run_crowd(s, due);
            continue;
        }
        if (next == NEXT_NONE) break;
        /* a scenario that keeps scheduling itself ends before the log overflows */
        if (s->log_count + LOG_RESERVE >= SV_MAX_LOG) {
            note_limit(s, SV_LIMIT_LOG, s->queue[0].kind, s->queue[0].ref);
            end_session(s, -1);
            return;
        }
        sv_Scheduled it = queue_pop(s);
        if (it.t_ms > s->now_ms) s->now_ms = it.t_ms;
        process_item(s, &it);
        if (s->score) sv_score_track(s->score, s);
    }
    if (s->ended) return;
    if (s->queue_count == 0 && !any_open(s)) {
        end_session(s, -1); /* at the last thing that happened, not at to_ms */
    } else if (to_ms >= s->sc->duration_ms) {
        s->now_ms = s->sc->duration_ms > s->now_ms ? s->sc->duration_ms : s->now_ms;
        end_session(s, -1);
    } else {
        s->now_ms = to_ms;
    }
}

bool sv_session_next_due(const sv_Session *s, uint32_t *t_ms)
{
    if (!s->sc || s->ended || s->queue_count == 0) return false;
    if (t_ms) *t_ms = s->queue[0].t_ms;
    return true;
}

void sv_session_run_out(sv_Session *s)
{
    if (!s->sc) return;
    /* each pass processes at least one item, and the log guard in advance
     * bounds the items; this count is a second fence for corrupt sessions */
    size_t guard = (size_t)SV_MAX_LOG + SV_MAX_QUEUE;
    while (!s->ended && guard-- > 0) {
        uint32_t t;
        if (sv_session_next_due(s, &t))
            sv_session_advance(s, t);
        else
            sv_session_advance(s, s->sc->duration_ms > s->now_ms ? s->sc->duration_ms : s->now_ms);
    }
    if (!s->ended) end_session(s, -1);
}

/* ---- player input ------------------------------------------------------------------ */

static bool part_of(const sv_Scenario *sc, const sv_Decision *dec, int32_t part)
{
    return sv_in_range(part, sc->part_count) && (uint32_t)part >= dec->parts.start &&
           (uint32_t)part - dec->parts.start < dec->parts.count;
}

static sv_InputResult check_compose(const sv_Session *s, const sv_Decision *dec, const sv_Input *in)
{
    if (dec->parts.count == 0) return SV_INPUT_NO_COMPOSER;
    if (in->part_count == 0 || in->part_count < dec->compose_min ||
        in->part_count > dec->compose_max || in->part_count > SV_MAX_COMPOSE)
        return SV_INPUT_PART_COUNT;
    for (uint32_t i = 0; i < in->part_count; i++)
        if (!part_of(s->sc, dec, in->parts[i])) return SV_INPUT_BAD_OPTION;
    for (uint32_t i = 0; i < in->part_count; i++)
        for (uint32_t j = 0; j < i; j++)
            if (in->parts[i] == in->parts[j]) return SV_INPUT_DUPLICATE_PART;
    for (uint32_t i = 0; i < in->part_count; i++)
        if (!sv_session_part_enabled(s, in->parts[i])) return SV_INPUT_DISABLED;
    bool ok = (in->visibility == SV_VIS_PUBLIC && dec->compose_public) ||
              (in->visibility == SV_VIS_PRIVATE && dec->compose_private);
    if (!ok) return SV_INPUT_VISIBILITY;
    /* a channel that takes a set number of answers per thread, all given */
    return sv_session_compose_allowed(s, in->decision, in->visibility) ? SV_INPUT_OK
                                                                       : SV_INPUT_CHANNEL_FULL;
}

static sv_InputResult check_input(const sv_Session *s, const sv_Input *in)
{
    if (!s->sc || s->ended) return SV_INPUT_ENDED;
    if (!sv_in_range(in->decision, s->sc->decision_count)) return SV_INPUT_NO_DECISION;
    if (s->decision_state[in->decision] != SV_DEC_OPEN) return SV_INPUT_NOT_OPEN;
    const sv_Decision *dec = &s->sc->decisions[in->decision];
    if (in->kind == SV_INPUT_COMPOSE) return check_compose(s, dec, in);
    if (in->kind != SV_INPUT_CHOOSE || !option_of(s->sc, dec, in->option))
        return SV_INPUT_BAD_OPTION;
    if (!sv_session_option_enabled(s, in->option))
        return sv_session_option_full(s, in->option) ? SV_INPUT_CHANNEL_FULL : SV_INPUT_DISABLED;
    return SV_INPUT_OK;
}

static void send_composed(sv_Session *s, const sv_Input *in)
{
    int32_t d = in->decision;
    s->decision_close_ms[d] = s->now_ms;
    sv_Reply *r = reply_new(s, d, -1, 0);
    if (!r) return;
    r->action = SV_ACTION_REPLY;
    r->visibility = in->visibility;
    r->part_count = in->part_count;
    for (uint32_t i = 0; i < in->part_count; i++) r->parts[i] = in->parts[i];
    send_reply(s, index_of(s, r));
}

sv_InputResult sv_session_inject(sv_Session *s, int32_t inject)
{
    if (!s->sc || s->ended) return SV_INPUT_ENDED;
    if (!sv_in_range(inject, s->sc->inject_count)) return SV_INPUT_NO_INJECT;
    if (s->sc->injects[inject].at_ms != SV_NEVER) return SV_INPUT_SCHEDULED;
    if (s->inject_fired[inject]) return SV_INPUT_FIRED;
    fire_inject(s, inject);
    return SV_INPUT_OK;
}

sv_InputResult sv_session_apply(sv_Session *s, const sv_Input *in)
{
    if (in->kind == SV_INPUT_INJECT) return sv_session_inject(s, in->inject);
    sv_InputResult res = check_input(s, in);
    if (res != SV_INPUT_OK) return res;
    int32_t d = in->decision;
    if (s->score) sv_score_note(s->score, s, d);
    s->decision_state[d] = SV_DEC_ANSWERED;
    /* an answered decision's deadline is no longer something left to happen */
    queue_drop_deadline(s, d);
    if (in->kind == SV_INPUT_CHOOSE)
        take_option(s, d, in->option, false);
    else
        send_composed(s, in);
    if (s->score) sv_score_track(s->score, s);
    return SV_INPUT_OK;
}

int32_t *sv_session_decisions_by_opening(const sv_Session *s,
                                         bool (*keep)(const sv_Session *s, uint32_t d),
                                         size_t *count)
{
    const sv_Scenario *sc = s->sc;
    int32_t *list = malloc((sc->decision_count + 1u) * sizeof *list);
    *count = 0;
    if (!list) return NULL;
    size_t n = 0;
    for (uint32_t d = 0; d < sc->decision_count; d++) {
        if (!keep(s, d)) continue;
        size_t at = n++;
        while (at > 0 && s->decision_open_ms[list[at - 1]] > s->decision_open_ms[d]) {
            list[at] = list[at - 1];
            at--;
        }
        list[at] = (int32_t)d;
    }
    *count = n;
    return list;
}
