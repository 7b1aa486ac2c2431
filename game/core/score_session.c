/* The scoring model inside a running session. It only reads the session: it
 * says which judgements are due (replies, timeouts, promises running out or
 * kept, a tick for every unanswered post, the end) and what each one fires;
 * the session moves its meters and the crowd by them and hands the result
 * back, to be kept with the meter history and the decisions' notes for the
 * debrief and the state hash. */
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "score_internal.h"
#include "session_internal.h"
#include "svara/hash.h"

#define MAX_RECORDS 65536u /* firings, history samples and promises kept per run */
#define TICK_MS SV_SCORE_TICK_MS
#define SAMPLE_MS SV_SCORE_SAMPLE_MS

/* Grows *arr to hold one more; false (and the record is dropped) when full. */
static bool grow(void **arr, size_t *cap, size_t count, size_t size)
{
    if (count < *cap) return true;
    if (*cap >= MAX_RECORDS) return false;
    size_t n = *cap ? *cap * 2 : 64;
    if (n > MAX_RECORDS) n = MAX_RECORDS;
    void *p = realloc(*arr, n * size);
    if (!p) return false;
    *arr = p;
    *cap = n;
    return true;
}

/* ---- set-up and release ---------------------------------------------------------- */

static void mark(sv_ScoreState *st, const sv_Scenario *sc, int32_t post)
{
    if (sv_in_range(post, sc->post_count)) st->answerable[post] = 1;
}

/* Posts the player can answer: some decision is about one, or an option aims at it. */
static void mark_answerable(sv_ScoreState *st, const sv_Scenario *sc)
{
    for (uint32_t d = 0; d < sc->decision_count; d++) mark(st, sc, sc->decisions[d].about);
    for (uint32_t o = 0; o < sc->option_count; o++) {
        const sv_Option *op = &sc->options[o];
        mark(st, sc, op->target);
        for (uint8_t k = 0; k < op->step_count && k < SV_MAX_STEPS; k++)
            mark(st, sc, op->steps[k].target);
        for (uint8_t i = 0; i < op->answer_count && i < SV_MAX_ANSWERS; i++)
            mark(st, sc, op->answers[i]);
    }
}

/* open_mask from answerable, nothing answered yet (the start). */
static void open_posts(sv_ScoreState *st, const sv_Scenario *sc)
{
    st->masked = sc->post_count <= 64u;
    st->open_mask = 0;
    for (uint32_t p = 0; st->masked && p < sc->post_count; p++)
        if (st->answerable[p]) st->open_mask |= (uint64_t)1 << p;
}

static bool has_rules(const sv_ScoreModel *m, sv_Trigger t)
{
    for (uint32_t i = m->by_trigger[t]; i < m->by_trigger[t + 1]; i++)
        if (!m->rules[m->rule_order[i]].disabled) return true;
    return false;
}

void sv_score_state_free(sv_Session *s)
{
    sv_ScoreState *st = s->score;
    if (!st) return;
    free(st->firings);
    free(st->history);
    free(st->promises);
    sv_score_ticks_free(st);
    free(st); /* and the arrays carved from its block */
    s->score = NULL;
}

/* The state and its fixed-size arrays in one block (c), or, without c,
 * nothing. What is read before it is written comes first, up to *cleared,
 * and is zeroed; the scratch hits and the jobs are always written first. */
static sv_ScoreState *carve_state(const sv_Session *s, const sv_ScoreModel *m, sv_Carve *c,
                                  size_t *cleared)
{
    if (!c) return NULL;
    const sv_Scenario *sc = s->sc;
    sv_ScoreState *st = sv_carve(c, 1, sizeof *st);
    uint8_t *answered = sv_carve(c, sc->post_count + 1u, 1);
    sv_DecisionNote *notes = sv_carve(c, sc->decision_count + 1u, sizeof *notes);
    sv_ReplyInfo *reply_info = sv_carve(c, s->reply_cap + 1u, sizeof *reply_info);
    *cleared = c->size;
    /* the scenario's alone: cleared and marked at the start, kept by a restart */
    uint8_t *answerable = sv_carve(c, sc->post_count + 1u, 1);
    sv_ScoreHit *scratch = sv_carve(c, m->rule_count + 1u, sizeof *scratch);
    /* each decision's facts known when it closed, written when it closes */
    uint8_t *note_known = sv_carve(c, (size_t)sc->decision_count * sc->fact_count + 1u, 1);
    /* at most one job per post, plus the promises, which never outnumber the replies */
    size_t job_cap = (size_t)sc->post_count + s->reply_cap + 1u;
    sv_ScoreJob *jobs = sv_carve(c, job_cap, sizeof *jobs);
    if (!st) return NULL;
    st->answerable = answerable;
    st->answered = answered;
    st->notes = notes;
    st->scratch = scratch;
    st->note_known = note_known;
    st->reply_info = reply_info;
    st->job_cap = job_cap;
    st->jobs = jobs;
    return st;
}

sv_Status sv_score_state_init(sv_Session *s, const sv_ScoreModel *m, sv_Lang lang)
{
    const sv_Scenario *sc = s->sc;
    sv_Carve c = {0, NULL};
    size_t cleared;
    (void)carve_state(s, m, &c, &cleared); /* measures */
    c.base = malloc(c.size);
    if (!c.base) return SV_ERR_NOMEM;
    memset(c.base, 0, cleared);
    c.size = 0;
    sv_ScoreState *st = carve_state(s, m, &c, &cleared); /* places: the state first */
    s->score = st;
    st->model = m;
    st->lang = (unsigned)lang < SV_LANG_COUNT ? lang : SV_LANG_EN;
    st->next_tick_ms = TICK_MS;
    if (sv_score_ticks_init(st, s) != SV_OK) {
        sv_score_state_free(s);
        return SV_ERR_NOMEM;
    }
    memset(st->answerable, 0, sc->post_count + 1u);
    mark_answerable(st, sc);
    open_posts(st, sc);
    st->has_ticks = has_rules(m, SV_TRIGGER_TICK);
    st->standing_hint = -1;
    sv_score_track(st, s); /* the meters at the start */
    return SV_OK;
}

sv_Status sv_score_state_restart(sv_Session *s)
{
    sv_ScoreState *st = s->score;
    if (!st || !st->ticks) return SV_ERR_INVALID;
    const sv_ScoreState keep = *st;
    sv_Carve c = {0, (char *)st};
    size_t cleared;
    (void)carve_state(s, keep.model, &c, &cleared); /* places, in the block st heads */
    memset(st, 0, cleared);
    (void)carve_state(s, keep.model, &(sv_Carve){0, (char *)st}, &cleared);
    st->model = keep.model;
    st->lang = keep.lang;
    st->next_tick_ms = TICK_MS;
    /* the tables that grow, kept empty */
    st->firings = keep.firings;
    st->firing_cap = keep.firing_cap;
    st->history = keep.history;
    st->history_cap = keep.history_cap;
    st->promises = keep.promises;
    st->promise_cap = keep.promise_cap;
    st->ticks = keep.ticks;
    sv_score_ticks_restart(st, s);
    st->has_ticks = keep.has_ticks; /* answerable as the start marked it */
    open_posts(st, s->sc);
    st->standing_hint = -1;
    sv_score_track(st, s); /* the meters at the start */
    return SV_OK;
}

/* ---- the meter history ---------------------------------------------------------------- */

/* Four meters against four, in registers (asked at every step of the clock). */
static inline bool same_meters(const int32_t *a, const int32_t *b)
{
    _Static_assert(SV_METER_COUNT == 4, "same_meters compares four meters");
    return ((a[0] ^ b[0]) | (a[1] ^ b[1]) | (a[2] ^ b[2]) | (a[3] ^ b[3])) == 0;
}

static void push_sample_at(sv_ScoreState *st, const sv_Session *s, uint32_t t)
{
    if (!grow((void **)&st->history, &st->history_cap, st->history_count, sizeof *st->history)) {
        st->dropped_samples++;
        return;
    }
    sv_MeterSample *h = &st->history[st->history_count++];
    h->t_ms = t;
    memcpy(h->meters, s->meters, sizeof h->meters);
}

static void push_sample(sv_ScoreState *st, const sv_Session *s)
{
    push_sample_at(st, s, s->now_ms);
}

static bool standing(const sv_ScoreState *st, const sv_Session *s, uint32_t p, uint32_t before_ms);

/* Keeps standing_hint: a post that stands stays standing until it is answered
 * (answered and seen only ever turn on), so the scan runs only when it was
 * answered or none stood. */
static void find_standing(sv_ScoreState *st, const sv_Session *s)
{
    if (st->standing_hint >= 0 && standing(st, s, (uint32_t)st->standing_hint, UINT32_MAX)) return;
    /* none stood when the posts seen were as many as now: none stands still */
    if (st->standing_hint < 0 && st->none_seen == s->seen_count) return;
    st->standing_hint = -1;
    if (st->masked) { /* the same scan over the posts that may stand */
        for (uint64_t left = st->open_mask & s->seen_mask; left; left &= left - 1) {
            uint32_t p = (uint32_t)__builtin_ctzll(left);
            if (s->post_ms[p] < UINT32_MAX) {
                st->standing_hint = (int32_t)p;
                return;
            }
        }
        st->none_seen = s->seen_count;
        return;
    }
    for (uint32_t p = 0; p < s->sc->post_count; p++)
        if (standing(st, s, p, UINT32_MAX)) {
            st->standing_hint = (int32_t)p;
            return;
        }
    st->none_seen = s->seen_count;
}

/* A sample when the meters moved since the last one. */
static void track_meters(sv_ScoreState *st, const sv_Session *s)
{
    if (st->history_count == 0 ||
        !same_meters(st->history[st->history_count - 1].meters, s->meters))
        push_sample(st, s);
}

void sv_score_track(sv_ScoreState *st, const sv_Session *s)
{
    find_standing(st, s);
    track_meters(st, s);
}

/* ---- judging ---------------------------------------------------------------------------- */

static void snapshot(const sv_ScoreState *st, const sv_Session *s, uint32_t history,
                     sv_ScoreSnapshot *snap)
{
    memset(snap, 0, sizeof *snap);
    snap->t_ms = s->now_ms;
    snap->history = history;
    snap->lang = st->lang;
    memcpy(snap->meters, s->meters, sizeof snap->meters);
    memcpy(snap->frac, s->meter_frac, sizeof snap->frac);
}

/* The replies that went out before reply r (r itself while still to go out: all). */
static uint32_t before(const sv_Session *s, const sv_Reply *r)
{
    return r && r->sent ? r->sent - 1u : s->sent_count;
}

/* Seconds a tick rule has fired for the post so far (its one record). */
static uint32_t tick_seconds(const sv_ScoreState *st, const sv_Session *s, int32_t rule,
                             int32_t post)
{
    int32_t i = sv_score_tick_record(st, s, rule, post);
    return i >= 0 ? st->firings[i].count : 0;
}

/* A tick rule with a limit stops firing for a post once it has fired that long. */
static size_t keep_in_time(const sv_ScoreState *st, const sv_Session *s, int32_t post,
                           sv_ScoreHit *hits, size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t limit = st->model->rules[hits[i].rule].for_ms;
        if (!limit || tick_seconds(st, s, hits[i].rule, post) * SV_MS_PER_SECOND < limit)
            hits[kept++] = hits[i];
    }
    return kept;
}

size_t sv_score_judge(sv_ScoreState *st, const sv_Session *s, const sv_ScoreJob *job,
                      sv_ScoreContext *ctx, sv_ScoreHit *hits)
{
    const sv_Reply *r =
        sv_in_range(job->reply, (uint32_t)s->reply_count) ? &s->replies[job->reply] : NULL;
    sv_Trigger t = (sv_Trigger)job->trigger;
    if (t == SV_TRIGGER_TICK && !r && job->decision < 0 && job->post >= 0) {
        size_t n = sv_score_tick_hits(st, s, job->post, ctx, hits);
        return keep_in_time(st, s, job->post, hits, n);
    }
    sv_ScoreSnapshot snap;
    snapshot(st, s, before(s, r), &snap);
    /* a promise is judged as the reply that made it, at the time it made it */
    if (r && (t == SV_TRIGGER_PROMISE || t == SV_TRIGGER_KEPT)) snap.t_ms = r->t_ms;
    sv_score_context(s, &snap, t, job->decision, job->post, r, ctx);
    size_t n = sv_score_fire_hits(st->model, ctx, hits, st->model->rule_count);
    if (t != SV_TRIGGER_TICK) return n;
    return keep_in_time(st, s, job->post, hits, n);
}

static void record(sv_ScoreState *st, const sv_Session *s, sv_Trigger trigger, int32_t decision,
                   int32_t post, const sv_ScoreHit *h, int32_t reply)
{
    if (!grow((void **)&st->firings, &st->firing_cap, st->firing_count, sizeof *st->firings)) {
        st->dropped_firings++;
        return;
    }
    sv_Firing *f = &st->firings[st->firing_count++];
    memset(f, 0, sizeof *f);
    f->t_ms = f->last_ms = s->now_ms;
    f->count = trigger == SV_TRIGGER_TICK ? SV_SCORE_TICK_S : 1;
    f->trigger = (uint8_t)trigger;
    f->rule = h->rule;
    f->decision = decision;
    f->post = post;
    f->reply = reply;
    memcpy(f->raw, h->raw, sizeof f->raw);
    memcpy(f->applied, h->applied, sizeof f->applied);
}

/* One tick record per rule and post, extended every tick it fires (by SV_SCORE_TICK_S seconds). */
void sv_score_keep_tick(sv_ScoreState *st, const sv_Session *s, int32_t post, const sv_ScoreHit *h)
{
    sv_score_keep_tick_at(st, s, sv_score_tick_record(st, s, h->rule, post), post, h);
}

void sv_score_keep_tick_at(sv_ScoreState *st, const sv_Session *s, int32_t i, int32_t post,
                           const sv_ScoreHit *h)
{
    if (i < 0) {
        size_t before_count = st->firing_count;
        record(st, s, SV_TRIGGER_TICK, -1, post, h, -1);
        if (st->firing_count > before_count)
            sv_score_tick_recorded(st, s, h->rule, post, (int32_t)before_count);
        return;
    }
    sv_Firing *f = &st->firings[i];
    f->last_ms = s->now_ms;
    f->count += SV_SCORE_TICK_S;
    for (int k = 0; k < SV_METER_COUNT; k++) {
        f->raw[k] += h->raw[k];
        f->applied[k] += h->applied[k];
    }
}

void sv_score_keep(sv_ScoreState *st, const sv_Session *s, const sv_ScoreContext *ctx,
                   const sv_ScoreHit *hits, size_t n, int32_t reply)
{
    for (size_t i = 0; i < n; i++) {
        if (ctx->trigger == SV_TRIGGER_TICK)
            sv_score_keep_tick(st, s, ctx->post, &hits[i]);
        else
            record(st, s, ctx->trigger, ctx->decision, ctx->post, &hits[i], reply);
    }
}

/* ---- decisions and replies -------------------------------------------------------------- */

void sv_score_note(sv_ScoreState *st, const sv_Session *s, int32_t d)
{
    const sv_Scenario *sc = s->sc;
    if (!sv_in_range(d, sc->decision_count)) return;
    sv_DecisionNote *n = &st->notes[d];
    const sv_Decision *dec = &sc->decisions[d];
    uint8_t *known = n->known;
    memset(n, 0, sizeof *n);
    /* what the player knew then: the debrief judges what else they could have said */
    if (!known && sc->fact_count) known = st->note_known + (size_t)d * sc->fact_count;
    if (known) memcpy(known, s->fact_known, sc->fact_count);
    n->known = known;
    n->closed = true;
    n->t_ms = s->now_ms;
    n->history = s->sent_count;
    for (uint32_t i = 0; i < dec->options.count && i < 32; i++)
        if (sv_session_option_enabled(s, (int32_t)(dec->options.start + i)))
            n->options_enabled |= 1u << i;
    for (uint32_t i = 0; i < dec->parts.count && i < 32; i++)
        if (sv_session_part_enabled(s, (int32_t)(dec->parts.start + i)))
            n->parts_enabled |= 1u << i;
    memcpy(n->meters, s->meters, sizeof n->meters);
    memcpy(n->frac, s->meter_frac, sizeof n->frac);
}

/* The option (or earlier reply) whose words this reply carries, NULL for a
 * composed reply or a combined option's other actions. */
static const sv_Option *worded(const sv_Scenario *sc, const sv_Reply *r)
{
    return sv_reply_is_main(sc, r) ? sv_reply_option(sc, r) : NULL;
}

bool sv_score_reply_answers(const sv_Scenario *sc, const sv_Reply *r, int32_t post)
{
    if (r->action == SV_ACTION_IGNORE || !sv_in_range(post, sc->post_count)) return false;
    if (sv_reply_post(sc, r) == post) return true;
    const sv_Option *o = worded(sc, r);
    for (uint8_t i = 0; o && i < o->answer_count && i < SV_MAX_ANSWERS; i++)
        if (o->answers[i] == post) return true;
    return false;
}

bool sv_score_promise_public(const sv_Session *s, const sv_Promise *p)
{
    return sv_in_range(p->reply, (uint32_t)s->reply_count) &&
           s->replies[p->reply].visibility == SV_VIS_PUBLIC;
}

/* A promise of a follow-up in the reply: 0 none, else when it is due after the
 * reply (the model's window unless the option or part says). */
static uint32_t promise_due(const sv_Scenario *sc, const sv_Reply *r, uint32_t window)
{
    const sv_Option *o = worded(sc, r);
    if (o) {
        for (uint8_t i = 0; i < o->structure_count && i < SV_MAX_COMPOSE; i++)
            if (o->structure[i] == SV_PART_FOLLOW_UP) return o->due_ms ? o->due_ms : window;
        return 0;
    }
    if (r->option >= 0 || r->prior) return 0;
    for (uint8_t i = 0; i < r->part_count && i < SV_MAX_COMPOSE; i++) {
        const sv_Part *p =
            sv_in_range(r->parts[i], sc->part_count) ? &sc->parts[r->parts[i]] : NULL;
        if (p && p->kind == SV_PART_FOLLOW_UP) return p->due_ms ? p->due_ms : window;
    }
    return 0;
}

/* A later reply with words in the thread keeps every promise still open there
 * (each kept one is a job to judge), but a promise made in public is kept
 * only in public: the people who read it never see a private message; a
 * promise of the answer still to come is kept only by a reply that carries
 * some of it (sv_score_promise_for_answer); a follow-up promise in this reply
 * starts its own. */
static size_t update_promises(sv_ScoreState *st, const sv_Session *s, int32_t reply, int32_t thread,
                              sv_ScoreJob *kept, size_t cap)
{
    const sv_Reply *r = &s->replies[reply];
    size_t n = 0;
    if (!sv_reply_speaks(r)) return 0;
    /* words that bring nothing promised (a second promise) keep nothing */
    bool delivers = sv_score_reply_delivers(s->sc, r);
    bool carries = delivers && sv_score_reply_carries(s->sc, r);
    for (size_t i = 0; delivers && i < st->promise_count; i++) {
        sv_Promise *p = &st->promises[i];
        if (p->state != SV_PROMISE_OPEN || p->thread != thread) continue;
        if (sv_score_promise_public(s, p) && r->visibility != SV_VIS_PUBLIC) continue;
        /* a promise of the answer is kept only by a reply that carries some of it */
        if (!carries && sv_in_range(p->reply, (uint32_t)s->reply_count) &&
            sv_score_promise_for_answer(s->sc, &s->replies[p->reply]))
            continue;
        p->state = SV_PROMISE_KEPT;
        p->settled_ms = s->now_ms;
        if (n < cap && sv_in_range(p->reply, (uint32_t)s->reply_count))
            kept[n++] = (sv_ScoreJob){SV_TRIGGER_KEPT, s->replies[p->reply].decision, -1, p->reply};
    }
    uint32_t after = promise_due(s->sc, r, st->model->promise_window_ms);
    /* a promise made before the start runs from when it was made */
    int64_t from = r->prior ? s->sc->earlier[r->prior - 1].at_ms : (int64_t)s->now_ms;
    if (!after || from + after <= (int64_t)s->now_ms) return n;
    if (!grow((void **)&st->promises, &st->promise_cap, st->promise_count, sizeof *st->promises)) {
        st->dropped_promises++;
        return n;
    }
    uint64_t due = (uint64_t)(from + after);
    st->promises[st->promise_count++] = (sv_Promise){
        .reply = reply, .thread = thread, .due_ms = due > UINT32_MAX ? UINT32_MAX : (uint32_t)due};
    return n;
}

/* The post is answered (it stands no more). */
static void answer(sv_ScoreState *st, int32_t post)
{
    st->answered[post] = 1;
    if (st->masked) st->open_mask &= ~((uint64_t)1 << post);
}

size_t sv_score_replied(sv_ScoreState *st, const sv_Session *s, int32_t reply, sv_ScoreJob *kept,
                        size_t cap)
{
    if (!sv_in_range(reply, (uint32_t)s->reply_count)) return 0;
    const sv_Reply *r = &s->replies[reply];
    int32_t post = sv_reply_post(s->sc, r);
    /* the posts sv_score_reply_answers says it answers: its own and its option's answers */
    if (r->action != SV_ACTION_IGNORE) {
        if (sv_in_range(post, s->sc->post_count)) answer(st, post);
        const sv_Option *o = worded(s->sc, r);
        for (uint8_t i = 0; o && i < o->answer_count && i < SV_MAX_ANSWERS; i++)
            if (sv_in_range(o->answers[i], s->sc->post_count)) answer(st, o->answers[i]);
    }
    find_standing(st, s);
    return update_promises(st, s, reply, sv_score_thread(s->sc, post), kept, cap);
}

/* ---- the clock: promises and ticks ------------------------------------------------------ */

/* Posts that still stand unanswered in front of everyone. */
static bool standing(const sv_ScoreState *st, const sv_Session *s, uint32_t p, uint32_t before_ms)
{
    return st->answerable[p] && !st->answered[p] && s->post_seen[p] && s->post_ms[p] < before_ms;
}

bool sv_score_standing(const sv_ScoreState *st, const sv_Session *s, uint32_t post)
{
    return post < s->sc->post_count && standing(st, s, post, UINT32_MAX);
}

static bool any_standing(const sv_ScoreState *st, const sv_Session *s)
{
    (void)s;
    return st->standing_hint >= 0;
}

/* Ticks come every SV_SCORE_TICK_MS while a post stands unanswered and none while
 * nothing does, so a quiet day of a long scenario costs nothing; they resume
 * at the first tick time (a whole ten seconds) from the moment something
 * stands again. */
static bool next_tick(const sv_ScoreState *st, const sv_Session *s, uint32_t *t)
{
    if (!st->has_ticks || !any_standing(st, s)) return false;
    if (st->next_tick_ms >= s->now_ms) {
        *t = st->next_tick_ms;
    } else {
        uint64_t next = ((uint64_t)s->now_ms + TICK_MS - 1u) / TICK_MS * TICK_MS;
        *t = next > UINT32_MAX ? UINT32_MAX : (uint32_t)next;
    }
    return true;
}

/* The meters moved since the last sample (the crowd moves them between ticks);
 * never once the history is full, or a sample that cannot be kept would be due for ever. */
static bool moved(const sv_ScoreState *st, const sv_Session *s)
{
    if (st->history_count >= MAX_RECORDS) return false;
    return st->history_count == 0 ||
           !same_meters(st->history[st->history_count - 1].meters, s->meters);
}

bool sv_score_due(const sv_ScoreState *st, const sv_Session *s, uint32_t *t_ms)
{
    uint32_t t = UINT32_MAX;
    bool any = next_tick(st, s, &t);
    /* a sample every ten seconds while the meters move, none while they rest */
    uint64_t sample = ((uint64_t)s->now_ms + SAMPLE_MS - 1u) / SAMPLE_MS * SAMPLE_MS;
    if (sample < t && moved(st, s)) {
        t = (uint32_t)sample;
        any = true;
    }
    for (size_t i = 0; i < st->promise_count; i++)
        if (st->promises[i].state == SV_PROMISE_OPEN && st->promises[i].due_ms <= t) {
            t = st->promises[i].due_ms;
            any = true;
        }
    *t_ms = t;
    return any;
}

size_t sv_score_jobs(sv_ScoreState *st, const sv_Session *s, uint32_t t, const sv_ScoreJob **jobs)
{
    size_t n = 0;
    for (size_t i = 0; i < st->promise_count && n < st->job_cap; i++) {
        sv_Promise *p = &st->promises[i];
        if (p->state != SV_PROMISE_OPEN || p->due_ms > t) continue;
        p->state = SV_PROMISE_BROKEN;
        p->settled_ms = t;
        if (sv_in_range(p->reply, (uint32_t)s->reply_count))
            st->jobs[n++] =
                (sv_ScoreJob){SV_TRIGGER_PROMISE, s->replies[p->reply].decision, -1, p->reply};
    }
    uint32_t tick;
    if (next_tick(st, s, &tick) && tick <= t)
        for (uint32_t p = 0; p < s->sc->post_count && n < st->job_cap; p++)
            if (standing(st, s, p, tick))
                st->jobs[n++] = (sv_ScoreJob){SV_TRIGGER_TICK, -1, (int32_t)p, -1};
    *jobs = st->jobs;
    return n;
}

bool sv_score_tick_now(sv_ScoreState *st, const sv_Session *s, uint32_t t, sv_Quiet *q)
{
    uint32_t tick;
    if (!next_tick(st, s, &tick) || tick != t) return false;
    for (size_t i = 0; i < st->promise_count; i++)
        if (st->promises[i].state == SV_PROMISE_OPEN && st->promises[i].due_ms <= t) return false;
    if (!sv_score_tick_live(st, s, q)) return false;
    q->first = q->last = t;
    return true;
}

void sv_score_ticked(sv_ScoreState *st, const sv_Session *s, uint32_t t)
{
    uint32_t tick;
    if (next_tick(st, s, &tick) && tick <= t) st->next_tick_ms = tick + TICK_MS;
    /* a tick answers no post and shows none: what stands is as it was */
    if (t % SAMPLE_MS == 0)
        push_sample(st, s);
    else
        track_meters(st, s);
}

size_t sv_score_history_room(sv_ScoreState *st, size_t want)
{
    size_t need = st->history_count + want;
    if (need > MAX_RECORDS) need = MAX_RECORDS;
    if (need > st->history_cap) {
        size_t cap = st->history_cap ? st->history_cap : 64;
        while (cap < need) cap *= 2;
        if (cap > MAX_RECORDS) cap = MAX_RECORDS;
        void *p = realloc(st->history, cap * sizeof *st->history);
        if (p) {
            st->history = p;
            st->history_cap = cap;
        }
    }
    size_t room = st->history_cap - st->history_count;
    return room < want ? room : want;
}

void sv_score_quiet_ticked(sv_ScoreState *st, uint32_t t) { st->next_tick_ms = t + TICK_MS; }

bool sv_score_quiet_sample(sv_ScoreState *st, uint32_t t, int32_t rep, int32_t sent, int32_t mood,
                           int32_t reach, bool moved)
{
    /* a tick was due at t (quiet time ticks every tick time), so sv_score_ticked
     * would find it and move the next one a tick on */
    st->next_tick_ms = t + TICK_MS;
    if (t % SAMPLE_MS != 0 && st->history_count > 0 && !moved) return false;
    if (!grow((void **)&st->history, &st->history_cap, st->history_count, sizeof *st->history)) {
        st->dropped_samples++;
        return false;
    }
    sv_MeterSample *h = &st->history[st->history_count++];
    h->t_ms = t;
    h->meters[SV_METER_REPUTATION] = rep;
    h->meters[SV_METER_SENTIMENT] = sent;
    h->meters[SV_METER_MOOD] = mood;
    h->meters[SV_METER_REACH] = reach;
    return true;
}

/* The span of quiet time from the next tick to `until` (cut short by a
 * promise falling due): its first tick, 0 when there is none or the meters
 * moved since the last sample (a sample is due first). */
static uint32_t quiet_start(const sv_ScoreState *st, const sv_Session *s, uint64_t *until)
{
    uint32_t t;
    if (!next_tick(st, s, &t) || t >= *until || t == 0 || t % TICK_MS != 0 ||
        st->history_count == 0 ||
        !same_meters(st->history[st->history_count - 1].meters, s->meters))
        return 0;
    for (size_t i = 0; i < st->promise_count; i++)
        if (st->promises[i].state == SV_PROMISE_OPEN && st->promises[i].due_ms < *until)
            *until = st->promises[i].due_ms;
    return t < *until ? t : 0;
}

/* The ticks from t to `end` fire nothing and move nothing: a sample is kept
 * every ten seconds, and the next tick comes after end. */
static void pass_to(sv_ScoreState *st, const sv_Session *s, uint32_t t, uint64_t end)
{
    for (uint64_t x = (t + SAMPLE_MS - 1u) / SAMPLE_MS * SAMPLE_MS; x <= end; x += SAMPLE_MS)
        push_sample_at(st, s, (uint32_t)x);
    st->next_tick_ms = end + TICK_MS > UINT32_MAX ? UINT32_MAX : (uint32_t)(end + TICK_MS);
}

/* How many more ticks the live ticks fire (the longest of them): 0 when all
 * are spent, UINT32_MAX when one has no limit. */
static uint32_t live_left(const sv_ScoreState *st, const sv_Quiet *q)
{
    uint32_t left = 0;
    for (size_t i = 0; i < q->count; i++) {
        const sv_TickLive *e = &q->live[i];
        if (!e->limit_ms) return UINT32_MAX;
        uint64_t fired =
            *e->record >= 0 ? (uint64_t)st->firings[*e->record].count * SV_MS_PER_SECOND : 0;
        /* it fires while fired < limit, a tick (SV_SCORE_TICK_S seconds) at a time */
        uint64_t l = fired < e->limit_ms
                         ? (e->limit_ms - fired + SV_SCORE_TICK_MS - 1u) / SV_SCORE_TICK_MS
                         : 0;
        if (l > left) left = l > UINT32_MAX ? UINT32_MAX : (uint32_t)l;
    }
    return left;
}

sv_QuietSpan sv_score_quiet_span(sv_ScoreState *st, const sv_Session *s, uint64_t until,
                                 sv_Quiet *q, uint32_t *last)
{
    uint32_t t = quiet_start(st, s, &until);
    bool may_pass;
    if (!t || !sv_score_tick_span(st, s, t, q, &may_pass)) return SV_QUIET_NONE;
    uint64_t end = t + (until - 1u - t) / TICK_MS * TICK_MS;
    if (may_pass) {
        uint32_t left = live_left(st, q);
        if (!left) { /* every standing post's tick rules are spent */
            pass_to(st, s, t, end);
            *last = (uint32_t)end;
            return SV_QUIET_PASSED;
        }
        sv_score_ticks_live_until(st, s,
                                  left == UINT32_MAX ? UINT64_MAX : t + (uint64_t)left * TICK_MS);
    }
    q->first = t;
    q->last = end;
    return SV_QUIET_TICKS;
}

size_t sv_score_end_jobs(sv_ScoreState *st, const sv_Session *s, const sv_ScoreJob **jobs)
{
    const sv_Scenario *sc = s->sc;
    /* decisions still open lapse now: note how they stood for the debrief */
    for (uint32_t d = 0; d < sc->decision_count; d++)
        if (s->decision_state[d] == SV_DEC_OPEN) sv_score_note(st, s, (int32_t)d);
    size_t n = 0;
    for (uint32_t p = 0; p < sc->post_count && n < st->job_cap; p++)
        if (standing(st, s, p, UINT32_MAX))
            st->jobs[n++] = (sv_ScoreJob){SV_TRIGGER_END, -1, (int32_t)p, -1};
    *jobs = st->jobs;
    return n;
}

/* ---- the hash ------------------------------------------------------------------------------ */

static uint64_t h_i32(uint64_t h, int32_t v) { return sv_hash_u32(h, (uint32_t)v); }
static uint64_t h_i64(uint64_t h, int64_t v) { return sv_hash_u64(h, (uint64_t)v); }

static uint64_t hash_firing(uint64_t h, const sv_Firing *f)
{
    h = sv_hash_u32(h, f->t_ms);
    h = sv_hash_u32(h, f->last_ms);
    h = sv_hash_u32(h, f->count);
    h = sv_hash_u32(h, f->trigger);
    h = h_i32(h, f->rule);
    h = h_i32(h, f->decision);
    h = h_i32(h, f->post);
    h = h_i32(h, f->reply);
    for (int k = 0; k < SV_METER_COUNT; k++) h = h_i64(h, f->raw[k]);
    for (int k = 0; k < SV_METER_COUNT; k++) h = h_i32(h, f->applied[k]);
    return h;
}

static uint64_t hash_note(uint64_t h, const sv_DecisionNote *n, uint32_t facts)
{
    h = sv_hash_u32(h, n->closed ? 1u : 0u);
    h = sv_hash_u32(h, n->t_ms);
    h = sv_hash_u32(h, n->history);
    h = sv_hash_u32(h, n->options_enabled);
    h = sv_hash_u32(h, n->parts_enabled);
    for (int k = 0; k < SV_METER_COUNT; k++) h = h_i32(h, n->meters[k]);
    for (int k = 0; k < SV_METER_COUNT; k++) h = h_i64(h, n->frac[k]);
    for (uint32_t f = 0; n->known && f < facts; f++) h = sv_hash_u32(h, n->known[f]);
    return h;
}

static uint64_t hash_model(uint64_t h, const sv_ScoreModel *m)
{
    h = sv_hash_str(h, m->id ? m->id : "");
    h = sv_hash_u32(h, m->promise_window_ms);
    h = sv_hash_u32(h, m->rule_count);
    for (uint32_t i = 0; i < m->rule_count; i++) {
        h = h_i32(h, m->rules[i].weight);
        h = sv_hash_u32(h, m->rules[i].disabled ? 1u : 0u);
    }
    return h;
}

uint64_t sv_score_hash(uint64_t h, const sv_Session *s)
{
    const sv_ScoreState *st = s->score;
    if (!st) return h;
    h = hash_model(h, st->model);
    h = sv_hash_u32(h, (uint32_t)st->lang);
    for (int k = 0; k < SV_METER_COUNT; k++) h = h_i64(h, s->meter_frac[k]);
    h = sv_hash_u32(h, st->next_tick_ms);
    /* what injects add only once touched (session_internal.h) */
    uint32_t posts = sv_session_hashed_posts(s), decisions = sv_session_hashed_decisions(s);
    uint32_t facts = sv_session_hashed_facts(s);
    for (uint32_t p = 0; p < posts; p++) h = sv_hash_u32(h, st->answered[p]);
    for (uint32_t d = 0; d < decisions; d++) h = hash_note(h, &st->notes[d], facts);
    h = sv_hash_u64(h, st->firing_count);
    for (size_t i = 0; i < st->firing_count; i++) h = hash_firing(h, &st->firings[i]);
    h = sv_hash_u64(h, st->history_count);
    for (size_t i = 0; i < st->history_count; i++) {
        h = sv_hash_u32(h, st->history[i].t_ms);
        for (int k = 0; k < SV_METER_COUNT; k++) h = h_i32(h, st->history[i].meters[k]);
    }
    h = sv_hash_u64(h, st->promise_count);
    for (size_t i = 0; i < st->promise_count; i++) {
        const sv_Promise *p = &st->promises[i];
        h = h_i32(h, p->reply);
        h = h_i32(h, p->thread);
        h = sv_hash_u32(h, p->due_ms);
        h = sv_hash_u32(h, p->state);
        h = sv_hash_u32(h, p->settled_ms);
    }
    return h;
}
