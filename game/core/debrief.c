/* The debrief: for every decision that opened, what the player did, which
 * rules it set off, and the best the model saw at that moment, found by
 * judging every enabled option and a search over the composer's parts from
 * the state noted when the decision closed. Also the model's agreement with
 * the authors' expert verdicts, for svara-tool. */
#include <stdlib.h>
#include <string.h>

#include "compose_search.h"
#include "core_util.h"
#include "score_internal.h"
#include "session_internal.h"
#include "svara/debrief.h"
#include "svara/score.h"

typedef struct Build {
    const sv_Session *s;
    const sv_ScoreModel *m;
    sv_Debrief *out;
    size_t hit_cap;
    bool nomem;
    sv_ScoreHit *scratch; /* [scratch_cap]: one answer's hits, what it leaves undone too */
    size_t scratch_cap;
} Build;

/* ---- hits ------------------------------------------------------------------------ */

static sv_DebriefHit *add_hit(Build *b, int32_t rule)
{
    sv_Debrief *d = b->out;
    if (d->hit_count == b->hit_cap) {
        size_t cap = b->hit_cap ? b->hit_cap * 2 : 64;
        sv_DebriefHit *h = realloc(d->hits, cap * sizeof *h);
        if (!h) {
            b->nomem = true;
            return NULL;
        }
        d->hits = h;
        b->hit_cap = cap;
    }
    sv_DebriefHit *h = &d->hits[d->hit_count++];
    memset(h, 0, sizeof *h);
    h->rule = rule;
    h->decision = h->post = -1;
    if (sv_in_range(rule, b->m->rule_count)) {
        const sv_ScoreRule *r = &b->m->rules[rule];
        h->rule_id = r->id;
        h->principles = r->principles;
        h->explain = sv_text_get(&r->explain, d->lang);
    } else {
        h->rule_id = h->explain = "";
    }
    return h;
}

static void add_firing(Build *b, const sv_Firing *f)
{
    sv_DebriefHit *h = add_hit(b, f->rule);
    if (!h) return;
    h->trigger = f->trigger;
    h->t_ms = f->t_ms;
    h->last_ms = f->last_ms;
    h->count = f->count;
    h->decision = f->decision;
    h->post = f->post;
    for (int k = 0; k < SV_METER_COUNT; k++) {
        h->raw[k] = sv_score_tenths(f->raw[k]);
        h->applied[k] = f->applied[k];
    }
}

/* ---- judging an answer from a decision's note ------------------------------------------ */

/* The candidate's hits (what if), their value and their raw deltas. */
static int64_t judge(Build *b, int32_t d, const sv_Candidate *c, size_t *hit_count,
                     int32_t deltas[SV_METER_COUNT])
{
    size_t n = sv_score_whatif(b->s, b->m, d, c, b->scratch, b->scratch_cap);
    int64_t raw[SV_METER_COUNT] = {0};
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < SV_METER_COUNT; k++) raw[k] += b->scratch[i].raw[k];
    for (int k = 0; k < SV_METER_COUNT; k++) deltas[k] = sv_score_tenths(raw[k]);
    *hit_count = n;
    return sv_score_value(b->scratch, n);
}

/* Judges the candidate and keeps its hits in the debrief. */
static void describe(Build *b, int32_t d, const sv_Candidate *c, sv_DebriefReply *out)
{
    size_t nh = 0;
    int64_t value = judge(b, d, c, &nh, out->deltas);
    const sv_DecisionNote *n = &b->s->score->notes[d];
    out->figure = sv_score_value_hundredths(value);
    out->option = c->option;
    out->visibility = c->visibility;
    out->part_count = c->part_count;
    memcpy(out->parts, c->parts, sizeof out->parts);
    out->hits_start = (uint32_t)b->out->hit_count;
    for (size_t i = 0; i < nh; i++) {
        const sv_ScoreHit *sh = &b->scratch[i];
        sv_DebriefHit *h = add_hit(b, sh->rule);
        if (!h) return;
        h->trigger = sh->trigger;
        h->t_ms = h->last_ms = n->t_ms;
        h->count = 1;
        h->decision = d;
        h->post = b->s->sc->decisions[d].about;
        for (int k = 0; k < SV_METER_COUNT; k++) {
            h->raw[k] = sv_score_tenths(sh->raw[k]);
            h->applied[k] = h->raw[k];
        }
    }
    out->hits_count = (uint32_t)(b->out->hit_count - out->hits_start);
}

static int64_t value_of(Build *b, int32_t d, const sv_Candidate *c)
{
    size_t nh;
    int32_t deltas[SV_METER_COUNT];
    return judge(b, d, c, &nh, deltas);
}

/* ---- the best option ------------------------------------------------------------------ */

/* Every enabled option of the decision, judged: vals[i] for its option i;
 * returns the enabled ones as bits. The debrief's best option and the
 * assessment's points (sv_debrief_option_values) both come from here. */
static uint32_t option_values(Build *b, const sv_DecisionNote *n, int32_t d, int64_t *vals)
{
    const sv_Decision *dec = &b->s->sc->decisions[d];
    uint32_t enabled = 0;
    for (uint32_t i = 0; i < dec->options.count && i < SV_MAX_OPTIONS; i++) {
        if (!(n->options_enabled & (1u << i))) continue;
        sv_Candidate c = {.option = (int32_t)(dec->options.start + i)};
        c.visibility = b->s->sc->options[c.option].visibility;
        vals[i] = value_of(b, d, &c);
        enabled |= 1u << i;
    }
    return enabled;
}

static bool best_option(Build *b, const sv_DecisionNote *n, int32_t d, sv_Candidate *best,
                        int64_t *best_fig)
{
    const sv_Decision *dec = &b->s->sc->decisions[d];
    int64_t vals[SV_MAX_OPTIONS];
    uint32_t enabled = option_values(b, n, d, vals);
    bool found = false;
    for (uint32_t i = 0; i < dec->options.count && i < SV_MAX_OPTIONS; i++) {
        if (!(enabled & (1u << i))) continue;
        if (!found || vals[i] > *best_fig) { /* ties keep the earlier option */
            *best = (sv_Candidate){.option = (int32_t)(dec->options.start + i)};
            best->visibility = b->s->sc->options[best->option].visibility;
            *best_fig = vals[i];
            found = true;
        }
    }
    return found;
}

uint32_t sv_debrief_option_values(const sv_Session *s, const sv_ScoreModel *m, int32_t d,
                                  int64_t values[SV_MAX_OPTIONS])
{
    if (!s || !s->sc || !s->score || !m || !sv_in_range(d, s->sc->decision_count)) return 0;
    Build b = {.s = s, .m = m};
    b.scratch_cap = (size_t)m->rule_count * (SV_MAX_STEPS + 4u) + 16u;
    b.scratch = calloc(b.scratch_cap, sizeof *b.scratch);
    uint32_t enabled = b.scratch ? option_values(&b, &s->score->notes[d], d, values) : 0;
    free(b.scratch);
    return enabled;
}

/* ---- the best composition ---------------------------------------------------------------- */

/* Where a part goes in the canonical ORDER sequence: confirm or deny,
 * apologise, explain, satisfy; greeting first and sign-off last. */
static int canon(sv_PartKind k)
{
    static const int rank[SV_PART_COUNT] = {
        [SV_PART_GREETING] = 0,  [SV_PART_EMPATHISE] = 1, [SV_PART_ACKNOWLEDGE] = 2,
        [SV_PART_DENY] = 2,      [SV_PART_THANK] = 3,     [SV_PART_APOLOGISE] = 4,
        [SV_PART_EXPLAIN] = 5,   [SV_PART_ASK] = 6,       [SV_PART_COMPENSATE] = 7,
        [SV_PART_FOLLOW_UP] = 8, [SV_PART_CONTACT] = 9,   [SV_PART_MOVE_PRIVATE] = 10,
        [SV_PART_OTHER] = 11,    [SV_PART_SIGN_OFF] = 12, [SV_PART_PERSONAL_NOTE] = 1,
    };
    return (unsigned)k < SV_PART_COUNT ? rank[k] : 11;
}

typedef struct Search {
    Build *b;
    int32_t d;
    int32_t pool[SV_MAX_PARTS]; /* enabled parts, in canonical order */
    uint32_t pool_count;
    bool vis[2];
} Search;

/* The reply the parts picked by `mask` make (in pool order). */
static sv_Candidate reply_of(const Search *S, uint32_t mask, sv_Visibility vis)
{
    sv_Candidate r = {.option = -1, .visibility = vis};
    for (uint32_t i = 0; i < S->pool_count; i++)
        if (mask & (1u << i)) r.parts[r.part_count++] = S->pool[i];
    return r;
}

/* The search's value of a reply: the better of its allowed visibilities (public on a tie). */
static int64_t reply_value(void *ctx, uint32_t mask, uint8_t *how)
{
    Search *S = ctx;
    int64_t best = 0;
    bool found = false;
    for (int v = 0; v < 2; v++) {
        if (!S->vis[v]) continue;
        sv_Candidate r = reply_of(S, mask, (sv_Visibility)v);
        int64_t fig = value_of(S->b, S->d, &r);
        if (!found || fig > best) best = fig, *how = (uint8_t)v, found = true;
    }
    return best;
}

static bool best_composed(Build *b, const sv_DecisionNote *n, int32_t d, sv_Candidate *best,
                          int64_t *best_fig)
{
    const sv_Scenario *sc = b->s->sc;
    const sv_Decision *dec = &sc->decisions[d];
    Search S = {.b = b, .d = d};
    S.vis[SV_VIS_PUBLIC] = dec->compose_public;
    S.vis[SV_VIS_PRIVATE] = dec->compose_private;
    for (uint32_t i = 0; i < dec->parts.count && i < SV_MAX_PARTS && i < 32; i++) {
        if (!(n->parts_enabled & (1u << i))) continue;
        int32_t p = (int32_t)(dec->parts.start + i);
        uint32_t at = S.pool_count++;
        /* insertion keeps declaration order among parts of one rank */
        while (at > 0 && canon(sc->parts[S.pool[at - 1]].kind) > canon(sc->parts[p].kind)) {
            S.pool[at] = S.pool[at - 1];
            at--;
        }
        S.pool[at] = p;
    }
    if (S.pool_count == 0 || (!S.vis[0] && !S.vis[1])) return false;
    sv_ComposeSearch q = {.pool = S.pool_count,
                          .min = dec->compose_min,
                          .max =
                              dec->compose_max < SV_MAX_COMPOSE ? dec->compose_max : SV_MAX_COMPOSE,
                          .every = SV_SCORE_SEARCH_PARTS,
                          .replies = SV_SCORE_SEARCH_REPLIES,
                          .value = reply_value,
                          .ctx = &S};
    sv_ComposeBest found = sv_compose_search(&q);
    if (!found.found) return false;
    *best = reply_of(&S, found.mask, (sv_Visibility)found.how);
    *best_fig = found.fig;
    return true;
}

/* ---- decisions ----------------------------------------------------------------------------- */

/* Decisions still open when the run ended lapse without a timeout. */
static bool timed_out(const sv_Session *s, int32_t d)
{
    for (size_t i = 0; i < s->log_count; i++)
        if (s->log[i].kind == SV_LOG_TIMEOUT && s->log[i].a == d) return true;
    return false;
}

/* The decision whose answer kept the promise behind a kept-promise firing: the
 * player's reply in the promise's thread when it was settled. The credit is
 * shown there, where the player came back (a promise made before the start,
 * by a colleague, has no decision of its own). -1: none found. */
static int32_t kept_at(const sv_Session *s, const sv_Firing *f)
{
    const sv_ScoreState *st = s->score;
    for (size_t i = 0; i < st->promise_count; i++) {
        const sv_Promise *p = &st->promises[i];
        if (p->reply != f->reply || p->state != SV_PROMISE_KEPT) continue;
        for (int32_t j = 0; (size_t)j < s->reply_count; j++) {
            const sv_Reply *r = &s->replies[j];
            if (j == p->reply || r->prior || r->decision < 0 || r->t_ms != p->settled_ms) continue;
            if (sv_score_thread(s->sc, sv_reply_post(s->sc, r)) == p->thread) return r->decision;
        }
    }
    return -1;
}

/* A firing that belongs to decision d's answer as played: its own rules, or a
 * promise it kept. */
static bool belongs_to(const sv_Session *s, const sv_Firing *f, int32_t d)
{
    if (f->trigger == SV_TRIGGER_REPLY || f->trigger == SV_TRIGGER_TIMEOUT) return f->decision == d;
    return f->trigger == SV_TRIGGER_KEPT && kept_at(s, f) == d;
}

static void played(Build *b, sv_DebriefDecision *dd)
{
    const sv_Session *s = b->s;
    int32_t d = dd->decision, ri = s->decision_reply[d];
    const sv_Reply *r = sv_in_range(ri, (uint32_t)s->reply_count) ? &s->replies[ri] : NULL;
    sv_DebriefReply *p = &dd->played;
    p->option = -1;
    if (r) {
        p->option = r->option;
        p->visibility = r->visibility;
        p->part_count = r->part_count;
        memcpy(p->parts, r->parts, sizeof p->parts);
        dd->by_default = r->by_default;
    }
    bool timeout = dd->state == SV_DEC_TIMED_OUT && timed_out(s, d);
    dd->lapsed = dd->state == SV_DEC_TIMED_OUT && !timeout;
    /* what was played, judged like every alternative (a lapse: like a timeout) */
    sv_Candidate c = {.option = p->option, .visibility = p->visibility, .timeout = timeout};
    c.part_count = p->part_count;
    memcpy(c.parts, p->parts, sizeof c.parts);
    p->figure = sv_score_value_hundredths(value_of(b, d, &c));
    /* the hits and deltas are what the session actually recorded */
    p->hits_start = (uint32_t)b->out->hit_count;
    const sv_ScoreState *st = s->score;
    for (size_t i = 0; i < st->firing_count; i++) {
        const sv_Firing *f = &st->firings[i];
        if (!belongs_to(s, f, d)) continue;
        add_firing(b, f);
        for (int k = 0; k < SV_METER_COUNT; k++) p->deltas[k] += f->applied[k];
    }
    p->hits_count = (uint32_t)(b->out->hit_count - p->hits_start);
}

static void debrief_decision(Build *b, int32_t d, sv_DebriefDecision *dd)
{
    const sv_Session *s = b->s;
    const sv_DecisionNote *n = &s->score->notes[d];
    memset(dd, 0, sizeof *dd);
    dd->decision = d;
    dd->state = s->decision_state[d];
    dd->open_ms = s->decision_open_ms[d];
    dd->close_ms = n->t_ms;
    dd->taken_ms = n->t_ms >= dd->open_ms ? n->t_ms - dd->open_ms : 0;
    dd->options_enabled = n->options_enabled;
    dd->parts_enabled = n->parts_enabled;
    played(b, dd);
    sv_Candidate best;
    int64_t fig = 0, top = INT64_MIN;
    if (best_option(b, n, d, &best, &fig)) {
        dd->has_best_option = true;
        describe(b, d, &best, &dd->best_option);
        top = dd->best_option.figure;
    }
    if (best_composed(b, n, d, &best, &fig)) {
        dd->has_best_composed = true;
        describe(b, d, &best, &dd->best_composed);
        if (dd->best_composed.figure > top) top = dd->best_composed.figure;
    }
    dd->played_is_best = dd->played.figure >= top;
}

/* A decision the scoring closed (answered, timed out or lapsed). */
static bool closed(const sv_Session *s, uint32_t d) { return s->score->notes[d].closed; }

/* Decision d could answer the post: it is about it, or one of its options aims at it. */
static bool answers_post(const sv_Scenario *sc, const sv_Decision *dec, int32_t post)
{
    if (dec->about == post) return true;
    for (uint32_t i = 0; i < dec->options.count; i++) {
        const sv_Option *op = &sc->options[dec->options.start + i];
        if (op->target == post) return true;
        for (uint8_t k = 0; k < op->step_count && k < SV_MAX_STEPS; k++)
            if (op->steps[k].target == post) return true;
        for (uint8_t k = 0; k < op->answer_count && k < SV_MAX_ANSWERS; k++)
            if (op->answers[k] == post) return true;
    }
    return false;
}

/* When the player could first answer the post: the earliest opening of a
 * decision that could answer it; UINT32_MAX when none ever opened. */
static uint32_t first_chance_ms(const sv_Session *s, int32_t post)
{
    uint32_t first = UINT32_MAX;
    for (uint32_t d = 0; d < s->sc->decision_count; d++) {
        uint8_t state = s->decision_state[d];
        if (state == SV_DEC_PENDING || state == SV_DEC_SKIPPED) continue; /* never opened */
        if (s->decision_open_ms[d] < first && answers_post(s->sc, &s->sc->decisions[d], post))
            first = s->decision_open_ms[d];
    }
    return first;
}

uint32_t sv_debrief_before_open(const sv_Session *s, const sv_Firing *f)
{
    if (f->trigger != SV_TRIGGER_TICK || !sv_in_range(f->post, s->sc->post_count)) return 0;
    uint32_t open = first_chance_ms(s, f->post);
    if (open < f->t_ms) return 0;
    /* a tick at t stands for the SV_SCORE_TICK_S seconds up to t: one at the
     * opening itself still came before the player could answer */
    uint64_t n = (((uint64_t)open - f->t_ms) / SV_SCORE_TICK_MS + 1u) * SV_SCORE_TICK_S;
    return n < f->count ? (uint32_t)n : f->count;
}

static void standing(Build *b)
{
    const sv_ScoreState *st = b->s->score;
    b->out->standing_start = (uint32_t)b->out->hit_count;
    for (size_t i = 0; i < st->firing_count; i++) {
        const sv_Firing *f = &st->firings[i];
        uint8_t t = f->trigger;
        /* a kept promise no answer can claim still shows, here */
        if (t == SV_TRIGGER_TICK || t == SV_TRIGGER_END || t == SV_TRIGGER_PROMISE ||
            (t == SV_TRIGGER_KEPT && kept_at(b->s, f) < 0)) {
            add_firing(b, f);
            if (!b->nomem)
                b->out->hits[b->out->hit_count - 1].before_open = sv_debrief_before_open(b->s, f);
        }
    }
    b->out->standing_count = (uint32_t)(b->out->hit_count - b->out->standing_start);
}

/* ---- the lessons ------------------------------------------------------------------------- */

int64_t sv_debrief_worth(const int32_t meters[SV_METER_COUNT])
{
    return 2 * (int64_t)meters[SV_METER_REPUTATION] + meters[SV_METER_SENTIMENT] +
           meters[SV_METER_MOOD];
}

/* Adds each hit's worth to the principles it stands on. A penalty counts
 * `penalty` times: what the player did wrong teaches more than what they
 * left out. */
static void by_principle(const sv_Debrief *d, uint32_t start, uint32_t count, int64_t penalty,
                         int64_t sum[SV_PRINCIPLE_COUNT])
{
    for (uint32_t i = start; i < start + count && i < d->hit_count; i++) {
        int64_t v = sv_debrief_worth(d->hits[i].raw);
        if (v < 0) v *= penalty;
        for (int k = 0; k < SV_PRINCIPLE_COUNT; k++)
            if (d->hits[i].principles & (1u << k)) sum[k] += v;
    }
}

/* What each principle cost the run, and where it cost most. */
static void lessons(sv_Debrief *d)
{
    int64_t cost[SV_PRINCIPLE_COUNT] = {0}, worst[SV_PRINCIPLE_COUNT] = {0};
    int32_t where[SV_PRINCIPLE_COUNT];
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) where[k] = -1;
    for (size_t i = 0; i < d->decision_count; i++) {
        const sv_DebriefDecision *dd = &d->decisions[i];
        const sv_DebriefReply *better = sv_debrief_better(dd);
        if (!better) continue;
        int64_t got[SV_PRINCIPLE_COUNT] = {0}, could[SV_PRINCIPLE_COUNT] = {0};
        by_principle(d, dd->played.hits_start, dd->played.hits_count, 2, got);
        by_principle(d, better->hits_start, better->hits_count, 2, could);
        for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) {
            int64_t lost = could[k] - got[k];
            if (lost <= 0) continue;
            cost[k] += lost;
            if (lost > worst[k]) worst[k] = lost, where[k] = (int32_t)i;
        }
    }
    /* posts left standing, promises broken: lost wherever the player was,
     * for the time the player could have answered */
    for (uint32_t i = d->standing_start; i < d->standing_start + d->standing_count; i++) {
        const sv_DebriefHit *h = &d->hits[i];
        int64_t v = sv_debrief_worth(h->raw);
        if (h->before_open && h->count) v = v * (int64_t)(h->count - h->before_open) / h->count;
        for (int k = 0; v < 0 && k < SV_PRINCIPLE_COUNT; k++)
            if (d->hits[i].principles & (1u << k)) cost[k] -= v;
    }
    d->lesson_count = 0;
    while (d->lesson_count < SV_DEBRIEF_LESSONS) {
        int best = -1;
        for (int k = 0; k < SV_PRINCIPLE_COUNT; k++)
            if (cost[k] >= SV_DEBRIEF_LESSON_MIN && (best < 0 || cost[k] > cost[best])) best = k;
        if (best < 0) break;
        d->lessons[d->lesson_count++] =
            (sv_DebriefLesson){(sv_Principle)best, where[best], cost[best]};
        cost[best] = 0;
    }
}

sv_Status sv_debrief_build(const sv_Session *s, const sv_ScoreModel *m, sv_Lang lang,
                           sv_Debrief *out)
{
    memset(out, 0, sizeof *out);
    out->lang = (unsigned)lang < SV_LANG_COUNT ? lang : SV_LANG_EN;
    if (!s || !s->sc || !s->score || !m || s->score->model != m) return SV_ERR_INVALID;
    Build b = {.s = s, .m = m, .out = out};
    /* an answer's own rules, its actions', and what it leaves undone */
    b.scratch_cap = (size_t)m->rule_count * (SV_MAX_STEPS + 4u) + 16u;
    b.scratch = calloc(b.scratch_cap, sizeof *b.scratch);
    size_t n = 0;
    int32_t *order = b.scratch ? sv_session_decisions_by_opening(s, closed, &n) : NULL;
    out->decisions = calloc(n + 1u, sizeof *out->decisions);
    out->history = malloc((s->score->history_count + 1u) * sizeof *out->history);
    if (!order || !out->decisions || !out->history) b.nomem = true;
    for (size_t i = 0; !b.nomem && i < n; i++) debrief_decision(&b, order[i], &out->decisions[i]);
    out->decision_count = b.nomem ? 0 : n;
    if (!b.nomem) standing(&b);
    if (!b.nomem) lessons(out);
    if (!b.nomem) {
        memcpy(out->history, s->score->history, s->score->history_count * sizeof *out->history);
        out->history_count = s->score->history_count;
    }
    memcpy(out->meters_final, s->meters, sizeof out->meters_final);
    out->dropped = sv_session_dropped(s);
    free(order);
    free(b.scratch);
    if (b.nomem) {
        sv_debrief_free(out);
        return SV_ERR_NOMEM;
    }
    return SV_OK;
}

void sv_debrief_free(sv_Debrief *d)
{
    if (!d) return;
    free(d->decisions);
    free(d->hits);
    free(d->history);
    sv_Lang lang = d->lang;
    memset(d, 0, sizeof *d);
    d->lang = lang;
}

const sv_DebriefReply *sv_debrief_better(const sv_DebriefDecision *dd)
{
    const sv_DebriefReply *b = NULL;
    if (dd->has_best_option) b = &dd->best_option;
    if (dd->has_best_composed && (!b || dd->best_composed.figure > b->figure))
        b = &dd->best_composed;
    return b && b->figure > dd->played.figure ? b : NULL;
}

/* ---- agreement with the authors ------------------------------------------------------------ */

static int8_t option_verdict(const sv_Scenario *sc, const sv_DebriefDecision *dd)
{
    const sv_Decision *dec = &sc->decisions[dd->decision];
    bool any = false;
    for (uint32_t i = 0; i < dec->options.count && i < 32; i++)
        if ((dd->options_enabled & (1u << i)) && sc->options[dec->options.start + i].expert == 1)
            any = true;
    if (!any) return -1;
    return (int8_t)(sc->options[dd->best_option.option].expert == 1);
}

/* A composition agrees when it uses no warned part and as many recommended
 * parts as fit: an author may offer more good parts than one reply can hold. */
static int8_t composer_verdict(const sv_Scenario *sc, const sv_DebriefDecision *dd)
{
    const sv_Decision *dec = &sc->decisions[dd->decision];
    const sv_DebriefReply *best = &dd->best_composed;
    bool any = false, warned_used = false;
    uint32_t recommended = 0, recommended_used = 0;
    for (uint32_t i = 0; i < dec->parts.count && i < 32; i++) {
        if (!(dd->parts_enabled & (1u << i))) continue;
        int32_t p = (int32_t)(dec->parts.start + i);
        int8_t ex = sc->parts[p].expert;
        if (ex == 0) continue;
        any = true;
        bool used = false;
        for (uint8_t k = 0; k < best->part_count; k++) used = used || best->parts[k] == p;
        if (ex == -1 && used) warned_used = true;
        if (ex == 1) {
            recommended++;
            recommended_used += used ? 1u : 0u;
        }
    }
    if (!any) return -1;
    uint32_t room = recommended < dec->compose_max ? recommended : dec->compose_max;
    return (int8_t)(!warned_used && recommended_used == room);
}

static bool warned_pick(const sv_Scenario *sc, const sv_DebriefDecision *dd, bool composer)
{
    if (!composer) return sc->options[dd->best_option.option].expert == -1;
    for (uint8_t k = 0; k < dd->best_composed.part_count; k++)
        if (sc->parts[dd->best_composed.parts[k]].expert == -1) return true;
    return false;
}

sv_Status sv_score_agreement(const sv_Debrief *d, const sv_Scenario *sc, sv_Agreement *out)
{
    memset(out, 0, sizeof *out);
    out->items = calloc(2 * d->decision_count + 1u, sizeof *out->items);
    if (!out->items) return SV_ERR_NOMEM;
    for (size_t i = 0; i < d->decision_count; i++) {
        const sv_DebriefDecision *dd = &d->decisions[i];
        if (!sv_in_range(dd->decision, sc->decision_count)) continue;
        for (int composer = 0; composer < 2; composer++) {
            if (!(composer ? dd->has_best_composed : dd->has_best_option)) continue;
            sv_AgreementItem *it = &out->items[out->count++];
            it->decision = dd->decision;
            it->composer = composer != 0;
            it->best_option = composer ? -1 : dd->best_option.option;
            it->verdict = composer ? composer_verdict(sc, dd) : option_verdict(sc, dd);
            it->warned_top = warned_pick(sc, dd, composer != 0);
            if (it->verdict >= 0) out->total++;
            if (it->verdict == 1) out->agreed++;
        }
    }
    return SV_OK;
}

void sv_agreement_free(sv_Agreement *a)
{
    if (!a) return;
    free(a->items);
    memset(a, 0, sizeof *a);
}

int32_t sv_grade_score(const int32_t meters[SV_METER_COUNT])
{
    int64_t v = (2 * (int64_t)meters[SV_METER_REPUTATION] + meters[SV_METER_SENTIMENT] +
                 meters[SV_METER_MOOD]) /
                40;
    return v < 0 ? 0 : v > 100 ? 100 : (int32_t)v;
}

char sv_grade_letter(int32_t score)
{
    return score >= 70 ? 'A' : score >= 60 ? 'B' : score >= 50 ? 'C' : score >= 40 ? 'D' : 'E';
}
