/* The scoring model's ticks, made cheap. A tick judges every post that stands
 * unanswered, every ten simulated seconds, and most ticks nothing it reads has
 * changed: its context is the post's, the replies sent so far and the facts
 * known, plus the time. So each post's context and the tick rules it fires
 * are kept until a reply goes out or a fact comes to light, and each tick
 * rule's one record per post is found by index instead of by a search through
 * every firing. A model whose tick rules test the time (delay) is judged
 * afresh every tick, as before. The state hash never sees any of this. */
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "score_internal.h"

/* A post's tick context reads the post, the facts known, whether any reply
 * told the product team and the replies sent in its thread; the last two only
 * grow, so a count of each tells whether they changed. */
typedef struct TickPost {
    bool made;              /* its context was made */
    bool fixed;             /* ... when some reply had told the product team */
    uint32_t facts_version; /* ... with the facts known then */
    uint32_t thread_sent;   /* ... and this many replies sent in its thread */
    int32_t thread;         /* its thread's first post */
    uint32_t hit_count;     /* tick rules it fires, before their time limits */
    sv_ScoreContext ctx;    /* t_ms and delay_ms are set for each tick */
} TickPost;

struct sv_ScoreTicks {
    bool cached;            /* no tick rule tests the time: contexts are kept */
    uint32_t rule_count;    /* the model's tick rules (enabled or not) */
    int32_t *slot;          /* [model rule_count] a tick rule's place among them, -1 */
    uint32_t epoch;         /* counts changes of what a tick reads */
    uint32_t sent;          /* replies sent when the epoch began */
    uint8_t *known;         /* [fact_count] the facts known then */
    bool facts_changed;     /* fact_known changed since they were compared (the session says) */
    uint32_t facts_version; /* counts changes of the facts known */
    bool fixed;             /* a reply sent since the start told the product team */
    uint32_t *thread_sent;  /* [post_count] replies sent since the start, by thread */
    TickPost *posts;        /* [post_count] */
    sv_ScoreHit *hits;      /* [post_count * rule_count] each post's hits */
    int32_t *record;        /* [post_count * rule_count] its tick record in firings, -1 */
    sv_TickLive *live;      /* [post_count * rule_count] what fires in quiet time */
    uint32_t live_epoch;    /* in this epoch ticks stay live until at least live_ms */
    uint64_t live_ms;
    /* `live` as sv_score_tick_live listed it, for as long as neither the epoch
     * (replies, which answer posts, and facts) nor the posts seen change */
    bool listed;
    uint32_t listed_epoch, listed_seen;
    size_t listed_count;
    /* the facts fit a word: a post's context may come from the tick memo
     * (sv_ScoreTickMemo) */
    bool shareable;
    bool none_sent;     /* no reply had gone out at the start: `fixed` and thread_sent count all */
    sv_SeenTally tally; /* what the replies sent so far show of each thread (score_context.c) */
};

/* ---- tick contexts kept from run to run ------------------------------------------------ */

#define TICK_MEMO_SLOTS 1024u /* a power of two */
#define TICK_MEMO_HITS 8192u  /* hits kept in all */

typedef struct TickMemoEntry {
    bool used;
    int32_t post;
    uint64_t seen;  /* what it read of the replies sent (seen_word) */
    uint64_t known; /* bit f: fact f known */
    uint32_t hit_at, hit_count;
    sv_ScoreContext ctx;
} TickMemoEntry;

struct sv_ScoreTickMemo {
    const sv_ScoreModel *model; /* the entries' model; another empties them */
    uint64_t own;               /* the scenario's own facts (post < 0), which every tick reads */
    size_t count, hits_used;
    TickMemoEntry slot[TICK_MEMO_SLOTS];
    sv_ScoreHit hits[TICK_MEMO_HITS];
};

sv_ScoreTickMemo *sv_score_tick_memo_new(void) { return calloc(1, sizeof(sv_ScoreTickMemo)); }

void sv_score_tick_memo_free(sv_ScoreTickMemo *tm) { free(tm); }

/* The facts a post's tick context reads that are known now, as bits: the
 * post's claims (claims_unknown, known_false) and the scenario's own facts
 * (facts_missing, with no decision). */
static uint64_t known_word(const sv_ScoreTickMemo *tm, const sv_Session *s, int32_t post)
{
    const sv_Scenario *sc = s->sc;
    sv_Span c = sc->posts[post].claims;
    uint64_t k = 0;
    for (uint32_t i = 0; i < c.count && c.start + i < sc->fact_count; i++)
        k |= (uint64_t)1 << (c.start + i);
    k |= tm->own;
    for (uint64_t left = k; left; left &= left - 1) {
        int f = __builtin_ctzll(left);
        if (!s->fact_known[f]) k &= ~((uint64_t)1 << f);
    }
    return k;
}

/* The memo for the model (another empties it first). */
static void tick_memo_for(sv_ScoreTickMemo *tm, const sv_ScoreModel *m, const sv_Scenario *sc)
{
    if (tm->model == m) return;
    memset(tm->slot, 0, sizeof tm->slot);
    tm->count = tm->hits_used = 0;
    tm->model = m;
    tm->own = 0;
    for (uint32_t f = 0; f < sc->fact_count; f++)
        if (sc->facts[f].post < 0) tm->own |= (uint64_t)1 << f;
}

/* sv_ThreadSeen in a word. */
static uint64_t seen_word(const sv_ThreadSeen *ts)
{
    return (uint64_t)ts->thread_replies | (uint64_t)ts->fixed << 32 |
           (uint64_t)ts->owned_before << 33 | (uint64_t)ts->answered_private << 34 |
           (uint64_t)ts->corrected << 35 | (uint64_t)ts->solution_offered << 36 |
           (uint64_t)ts->misled << 37 | (uint64_t)ts->answered_here << 38;
}

/* The entry of (post, seen, known), or the empty slot it would take; NULL
 * when the memo is full. */
static TickMemoEntry *tick_memo_slot(sv_ScoreTickMemo *tm, int32_t post, uint64_t seen,
                                     uint64_t known)
{
    uint64_t h = (known ^ (uint64_t)(uint32_t)post << 40 ^ seen) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 31;
    for (uint32_t i = 0, at = (uint32_t)h; i < TICK_MEMO_SLOTS; i++, at++) {
        TickMemoEntry *e = &tm->slot[at & (TICK_MEMO_SLOTS - 1u)];
        if (!e->used) return tm->count < TICK_MEMO_SLOTS / 2u ? e : NULL;
        if (e->post == post && e->seen == seen && e->known == known) return e;
    }
    return NULL;
}

/* Does a tick's test read only what the cache is kept by: the post (and its
 * thread), the replies sent so far and the facts known? Reply tests fail on
 * a tick, which has no reply, and so does the deadline test, which has no
 * decision. The delay moves every tick; a test not listed here is taken to
 * read something else, so a new test is judged afresh until it is listed. */
static bool reads_epoch_only(sv_ScoreTest t)
{
    if (sv_score_test_of_reply(t)) return true; /* false without a reply */
    switch (t) {
    case SV_TEST_ALL:
    case SV_TEST_ANY:
    case SV_TEST_NOT:
    case SV_TEST_DEADLINE_PCT: /* -1 without a decision */
    /* the post, its thread's sent replies, the facts known */
    case SV_TEST_THREAD_REPLIES:
    case SV_TEST_VALENCE:
    case SV_TEST_AUTHOR:
    case SV_TEST_CLAIM:
    case SV_TEST_ANSWERED_PUBLIC:
    case SV_TEST_SOLUTION_OFFERED:
    case SV_TEST_CHANNEL:
    case SV_TEST_FIXED:
    case SV_TEST_RECURRING:
    case SV_TEST_ASKS:
    case SV_TEST_MISLED:
    case SV_TEST_OWN_THREAD:
    case SV_TEST_UNDER_COMPLAINT:
    case SV_TEST_NEW_VOICE:
    case SV_TEST_QUESTION:
    case SV_TEST_COMPLAINT:
    case SV_TEST_WATCHED:
    case SV_TEST_CLAIMS:
    case SV_TEST_FACTS_MISSING:
    case SV_TEST_CHECK_AT_HAND:
    case SV_TEST_ANSWERED_PRIVATE:
    case SV_TEST_KNOWN_FALSE:
    case SV_TEST_CORRECTED:
    case SV_TEST_PRIVATE_AT_STAKE:
    case SV_TEST_PRIVATE_TO_GATHER:
    case SV_TEST_CLAIMS_UNKNOWN:
    case SV_TEST_DEMANDS: return true;
    default: return false;
    }
}

/* Does the condition (or a kid of it) read what can change between two
 * ticks with nothing else happening? */
static bool reads_time(const sv_ScoreModel *m, int32_t cond, unsigned depth)
{
    if (cond < 0) return false;
    if (depth > SV_MAX_COND_DEPTH || !sv_in_range(cond, m->cond_count)) return true;
    const sv_ScoreCond *n = &m->conds[cond];
    if (!reads_epoch_only((sv_ScoreTest)n->test)) return true;
    if (n->test != SV_TEST_ALL && n->test != SV_TEST_ANY && n->test != SV_TEST_NOT) return false;
    if ((uint64_t)n->kids_start + n->kids_count > m->kid_count) return true;
    for (uint32_t i = 0; i < n->kids_count; i++)
        if (reads_time(m, (int32_t)m->kids[n->kids_start + i], depth + 1)) return true;
    return false;
}

static bool any_reads_time(const sv_ScoreModel *m)
{
    uint32_t lo = m->by_trigger[SV_TRIGGER_TICK], hi = m->by_trigger[SV_TRIGGER_TICK + 1];
    for (uint32_t j = lo; j < hi; j++)
        if (reads_time(m, m->rules[m->rule_order[j]].when, 0)) return true;
    return false;
}

bool sv_score_ticks_read_time(const sv_ScoreModel *m)
{
    /* worked out once at load (sv_score_compile); a model that was not is asked now */
    return m->ticks_read_time ? m->ticks_read_time == 2 : any_reads_time(m);
}

void sv_score_note_tick_time(sv_ScoreModel *m) { m->ticks_read_time = any_reads_time(m) ? 2 : 1; }

void sv_score_ticks_free(sv_ScoreState *st)
{
    sv_ScoreTicks *tk = st->ticks;
    if (!tk) return;
    free(tk); /* and the arrays carved from its block */
    st->ticks = NULL;
}

static sv_Status ticks_setup(sv_ScoreState *st, const sv_Session *s, char *reuse);

sv_Status sv_score_ticks_init(sv_ScoreState *st, const sv_Session *s)
{
    return ticks_setup(st, s, NULL);
}

void sv_score_ticks_restart(sv_ScoreState *st, const sv_Session *s)
{
    (void)ticks_setup(st, s, (char *)st->ticks);
}

/* The ticks' block (`reuse`, or a new one) carved and set up as at the start. */
static sv_Status ticks_setup(sv_ScoreState *st, const sv_Session *s, char *reuse)
{
    const sv_ScoreModel *m = st->model;
    const sv_Scenario *sc = s->sc;
    uint32_t lo = m->by_trigger[SV_TRIGGER_TICK], hi = m->by_trigger[SV_TRIGGER_TICK + 1];
    size_t cells = (size_t)sc->post_count * (hi - lo) + 1u;
    /* one block: what is cleared first, then hits and live, which are written
     * before they are read (a post's hits when its context is made, live when
     * quiet time lists it), and the slots and records, filled below */
    sv_Carve c = {0, NULL};
    sv_ScoreTicks *tk = NULL;
    for (int pass = 0; pass < 2; pass++) {
        tk = sv_carve(&c, 1, sizeof *tk);
        uint8_t *known = sv_carve(&c, sc->fact_count + 1u, 1);
        uint32_t *thread_sent = sv_carve(&c, sc->post_count + 1u, sizeof *thread_sent);
        sv_ThreadSeen *tally = sv_carve(&c, sc->post_count + 1u, sizeof *tally);
        size_t cleared = c.size;
        TickPost *posts = sv_carve(&c, sc->post_count + 1u, sizeof *posts); /* `made` cleared */
        sv_ScoreHit *hits = sv_carve(&c, cells, sizeof *hits);
        sv_TickLive *live = sv_carve(&c, cells, sizeof *live);
        int32_t *slot = sv_carve(&c, m->rule_count + 1u, sizeof *slot);
        int32_t *record = sv_carve(&c, cells, sizeof *record);
        if (pass == 0) {
            c.base = reuse ? reuse : malloc(c.size);
            if (!c.base) return SV_ERR_NOMEM;
            memset(c.base, 0, cleared);
            c.size = 0;
            continue;
        }
        tk->known = known;
        tk->thread_sent = thread_sent;
        tk->tally.thread = tally;
        tk->posts = posts;
        tk->hits = hits;
        tk->live = live;
        tk->slot = slot;
        tk->record = record;
    }
    st->ticks = tk;
    for (uint32_t p = 0; p <= sc->post_count; p++) tk->posts[p].made = false;
    tk->rule_count = hi - lo;
    memset(tk->slot, 0xff, m->rule_count * sizeof *tk->slot); /* -1 each */
    for (uint32_t j = lo; j < hi; j++) tk->slot[m->rule_order[j]] = (int32_t)(j - lo);
    tk->cached = !sv_score_ticks_read_time(m);
    memset(tk->record, 0xff, cells * sizeof *tk->record); /* -1 each */
    tk->epoch = 1;
    tk->sent = s->sent_count;
    tk->shareable = sc->fact_count <= 64u;
    tk->none_sent = s->sent_count == 0;
    memcpy(tk->known, s->fact_known, sc->fact_count);
    return SV_OK;
}

sv_SeenTally *sv_score_seen_tally(const sv_ScoreState *st)
{
    return st->ticks ? &st->ticks->tally : NULL;
}

/* The cell of (post, rule), or -1 for a rule that is not a tick rule. */
static int64_t cell(const sv_ScoreTicks *tk, const sv_Session *s, int32_t rule, int32_t post)
{
    if (!tk || !sv_in_range(post, s->sc->post_count) || rule < 0) return -1;
    int32_t k = tk->slot[rule];
    return k < 0 ? -1 : (int64_t)post * tk->rule_count + k;
}

int32_t sv_score_tick_record(const sv_ScoreState *st, const sv_Session *s, int32_t rule,
                             int32_t post)
{
    int64_t c = cell(st->ticks, s, rule, post);
    return c < 0 ? -1 : st->ticks->record[c];
}

void sv_score_tick_recorded(sv_ScoreState *st, const sv_Session *s, int32_t rule, int32_t post,
                            int32_t index)
{
    int64_t c = cell(st->ticks, s, rule, post);
    if (c >= 0) st->ticks->record[c] = index;
}

/* A reply went out or a fact came to light since the epoch began: a new
 * epoch, with the counts of what changed (fresh tells from them which posts'
 * contexts are to be made again). */
static void check_epoch_now(sv_ScoreTicks *tk, const sv_Session *s);

static inline void check_epoch(sv_ScoreTicks *tk, const sv_Session *s)
{
    /* nothing sent and no change of the facts told since the last look: the same epoch */
    if (tk->sent != s->sent_count || tk->facts_changed) check_epoch_now(tk, s);
}

static void check_epoch_now(sv_ScoreTicks *tk, const sv_Session *s)
{
    const sv_Scenario *sc = s->sc;
    size_t facts = sc->fact_count;
    bool same_facts = !tk->facts_changed || memcmp(tk->known, s->fact_known, facts) == 0;
    tk->facts_changed = false;
    if (tk->sent == s->sent_count && same_facts) return;
    tk->epoch++;
    if (!same_facts) {
        tk->facts_version++;
        memcpy(tk->known, s->fact_known, facts);
    }
    for (size_t i = 0; tk->sent != s->sent_count && i < s->reply_count; i++) {
        const sv_Reply *r = &s->replies[i];
        if (r->sent <= tk->sent || r->sent > s->sent_count) continue; /* not one of the new ones */
        if (r->action == SV_ACTION_TELL_PRODUCT) tk->fixed = true;
        int32_t th = sv_score_thread(sc, sv_reply_post(sc, r));
        if (th >= 0) tk->thread_sent[th]++;
    }
    tk->sent = s->sent_count;
}

void sv_score_facts_changed(sv_ScoreState *st)
{
    if (st->ticks) st->ticks->facts_changed = true;
}

/* Is the post's context as it would be made now? */
static bool still_made(const sv_ScoreTicks *tk, const TickPost *tp)
{
    return tp->made && tp->facts_version == tk->facts_version && tp->fixed == tk->fixed &&
           tp->thread_sent == (tp->thread >= 0 ? tk->thread_sent[tp->thread] : 0u);
}

/* The post's tick context at t and the tick rules that hold there. */
static size_t judge_afresh(const sv_ScoreState *st, const sv_Session *s, int32_t post, uint32_t t,
                           sv_ScoreContext *ctx, sv_ScoreHit *hits)
{
    sv_ScoreSnapshot snap;
    memset(&snap, 0, sizeof snap);
    snap.t_ms = t;
    snap.history = s->sent_count;
    snap.lang = st->lang;
    memcpy(snap.meters, s->meters, sizeof snap.meters);
    memcpy(snap.frac, s->meter_frac, sizeof snap.frac);
    sv_score_context(s, &snap, SV_TRIGGER_TICK, -1, post, NULL, ctx);
    return sv_score_fire_hits(st->model, ctx, hits, st->model->rule_count);
}

/* The post's tick context and hits now, as judge_afresh makes them, into
 * tp->ctx and its row of hits: from the tick memo when it has them, else made
 * (and kept there). */
static void make_post(sv_ScoreState *st, const sv_Session *s, int32_t post, TickPost *tp,
                      sv_ScoreHit *scratch)
{
    sv_ScoreTicks *tk = st->ticks;
    sv_ScoreHit *row = &tk->hits[(size_t)post * tk->rule_count];
    sv_ScoreTickMemo *tm = tk->shareable ? sv_score_static_tick_memo(s) : NULL;
    TickMemoEntry *e = NULL;
    uint64_t known = 0, seen = 0;
    if (tm) {
        tick_memo_for(tm, st->model, s->sc);
        known = known_word(tm, s, post);
        sv_ThreadSeen ts = {.fixed = tk->fixed}; /* what a thread without replies reads */
        if (!tk->none_sent || (tp->thread >= 0 && tk->thread_sent[tp->thread] != 0))
            sv_score_thread_seen(s, s->sent_count, post, &ts);
        seen = seen_word(&ts);
        e = tick_memo_slot(tm, post, seen, known);
    }
    if (e && e->used) {
        uint32_t t = s->now_ms;
        tp->ctx = e->ctx;
        tp->ctx.t_ms = t; /* what moves with the time alone, as sv_score_context sets it */
        tp->ctx.delay_ms =
            s->post_seen[post] && s->post_ms[post] <= t ? sv_score_since_posted(s, post, t) : 0;
        tp->hit_count = e->hit_count;
        memcpy(row, &tm->hits[e->hit_at], e->hit_count * sizeof *row);
        return;
    }
    tp->hit_count = (uint32_t)judge_afresh(st, s, post, s->now_ms, &tp->ctx, scratch);
    memcpy(row, scratch, tp->hit_count * sizeof *scratch);
    if (e && tm->hits_used + tp->hit_count <= TICK_MEMO_HITS) {
        e->used = true;
        e->post = post;
        e->seen = seen;
        e->known = known;
        e->ctx = tp->ctx;
        e->hit_at = (uint32_t)tm->hits_used;
        e->hit_count = tp->hit_count;
        memcpy(&tm->hits[e->hit_at], scratch, tp->hit_count * sizeof *scratch);
        tm->hits_used += tp->hit_count;
        tm->count++;
    }
}

/* The post's entry, made afresh when it is older than the epoch the caller
 * checked (the scratch takes the hits on the way). */
static inline TickPost *fresh_now(sv_ScoreState *st, const sv_Session *s, int32_t post,
                                  sv_ScoreHit *scratch)
{
    sv_ScoreTicks *tk = st->ticks;
    TickPost *tp = &tk->posts[post];
    if (!tp->made) tp->thread = sv_score_thread(s->sc, post);
    if (!still_made(tk, tp)) {
        make_post(st, s, post, tp, scratch);
        tp->made = true;
        tp->facts_version = tk->facts_version;
        tp->fixed = tk->fixed;
        tp->thread_sent = tp->thread >= 0 ? tk->thread_sent[tp->thread] : 0u;
    }
    return tp;
}

/* fresh_now, the epoch checked first. */
static TickPost *fresh(sv_ScoreState *st, const sv_Session *s, int32_t post, sv_ScoreHit *scratch)
{
    check_epoch(st->ticks, s);
    return fresh_now(st, s, post, scratch);
}

size_t sv_score_tick_hits(sv_ScoreState *st, const sv_Session *s, int32_t post,
                          sv_ScoreContext *ctx, sv_ScoreHit *hits)
{
    sv_ScoreTicks *tk = st->ticks;
    uint32_t t = s->now_ms;
    if (!tk || !tk->cached || !sv_in_range(post, s->sc->post_count))
        return judge_afresh(st, s, post, t, ctx, hits);
    const TickPost *tp = fresh(st, s, post, hits);
    memcpy(hits, &tk->hits[(size_t)post * tk->rule_count], tp->hit_count * sizeof *hits);
    *ctx = tp->ctx;
    /* what moves with the time alone, as sv_score_context sets it */
    ctx->t_ms = t;
    ctx->delay_ms =
        s->post_seen[post] && s->post_ms[post] <= t ? sv_score_since_posted(s, post, t) : 0;
    return tp->hit_count;
}

void sv_score_ticks_live_until(sv_ScoreState *st, const sv_Session *s, uint64_t t)
{
    sv_ScoreTicks *tk = st->ticks;
    if (!tk) return;
    check_epoch(tk, s);
    tk->live_epoch = tk->epoch;
    tk->live_ms = t;
}

/* The standing post p's live ticks, listed from live[n] on; the new count. */
static inline size_t list_post(sv_ScoreState *st, const sv_Session *s, uint32_t p, size_t n)
{
    sv_ScoreTicks *tk = st->ticks;
    const TickPost *tp = fresh_now(st, s, (int32_t)p, st->scratch);
    const sv_ScoreHit *h = &tk->hits[(size_t)p * tk->rule_count];
    for (uint32_t i = 0; i < tp->hit_count; i++) {
        sv_TickLive *e = &tk->live[n++];
        e->post = (int32_t)p;
        e->hit = &h[i];
        e->limit_ms = st->model->rules[h[i].rule].for_ms;
        e->record = &tk->record[(size_t)p * tk->rule_count + (uint32_t)tk->slot[h[i].rule]];
    }
    return n;
}

/* The list is kept while neither the epoch nor the posts seen change. */
bool sv_score_tick_live(sv_ScoreState *st, const sv_Session *s, sv_Quiet *q)
{
    sv_ScoreTicks *tk = st->ticks;
    if (!tk || !tk->cached) return false;
    check_epoch(tk, s);
    if (tk->listed && tk->listed_epoch == tk->epoch && tk->listed_seen == s->seen_count) {
        q->live = tk->live;
        q->count = tk->listed_count;
        return true;
    }
    size_t n = 0;
    if (st->masked) { /* the posts answerable, not answered and seen, in order */
        for (uint64_t left = st->open_mask & s->seen_mask; left; left &= left - 1) {
            uint32_t p = (uint32_t)__builtin_ctzll(left);
            if (s->post_ms[p] != UINT32_MAX) n = list_post(st, s, p, n);
        }
    } else {
        const uint8_t *answerable = st->answerable, *answered = st->answered, *seen = s->post_seen;
        for (uint32_t p = 0, np = s->sc->post_count; p < np; p++) /* sv_score_standing, in line */
            if (answerable[p] && !answered[p] && seen[p] && s->post_ms[p] != UINT32_MAX)
                n = list_post(st, s, p, n);
    }
    q->live = tk->live;
    q->count = n;
    tk->listed = true;
    tk->listed_epoch = tk->epoch;
    tk->listed_seen = s->seen_count;
    tk->listed_count = n;
    return true;
}

bool sv_score_tick_span(sv_ScoreState *st, const sv_Session *s, uint32_t t, sv_Quiet *q,
                        bool *may_pass)
{
    if (!sv_score_tick_live(st, s, q)) return false; /* the epoch checked there, once */
    const sv_ScoreTicks *tk = st->ticks;
    *may_pass = tk->live_epoch != tk->epoch || t >= tk->live_ms;
    return true;
}

bool sv_score_tick_fires(const sv_ScoreState *st, const sv_TickLive *e)
{
    if (!e->limit_ms) return true;
    uint64_t fired = *e->record >= 0 ? st->firings[*e->record].count : 0;
    return fired * SV_MS_PER_SECOND < e->limit_ms;
}

void sv_score_tick_keep(sv_ScoreState *st, const sv_Session *s, const sv_TickLive *e,
                        const sv_ScoreHit *h)
{
    sv_score_keep_tick_at(st, s, *e->record, e->post, h); /* its record, found once */
}
