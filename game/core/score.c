/* Judging one moment: the context a rule reads (built from the scenario, the
 * replies made before and a candidate reply), the condition tests over it, and
 * firing rules through the meters' curve. All of it is a pure function of its
 * arguments, so the live session and the debrief's "what if" agree exactly.
 * Also the loaded model's life: freeing, copying, a pack's overrides. */
#include <stdlib.h>
#include <string.h>

#include "jsonscan.h"
#include "svara/arena.h"
#include "svara/score.h"

#define TENTH_FINE ((int64_t)SV_SCORE_UNIT * SV_METER_MAX) /* curve units per tenth */
#define PERSON_UNITS ((int64_t)SV_SCORE_UNIT * 10)         /* reach units per person */

static bool in_range(int32_t i, uint32_t count) { return i >= 0 && (uint32_t)i < count; }

/* ---- the thread and the replies ------------------------------------------------- */

int32_t sv_score_thread(const sv_Scenario *sc, int32_t post)
{
    /* bounded, so a corrupt reply_to loop cannot hang the core */
    for (uint32_t steps = 0; in_range(post, sc->post_count) && steps < sc->post_count; steps++) {
        int32_t up = sc->posts[post].reply_to;
        if (!in_range(up, sc->post_count)) return post;
        post = up;
    }
    return in_range(post, sc->post_count) ? post : -1;
}

int32_t sv_score_reply_post(const sv_Scenario *sc, const sv_Reply *r)
{
    return sv_reply_post(sc, r);
}

/* Replies that put words in front of the customer (an action's label is not posted). */
static bool speaks(const sv_Reply *r) { return sv_reply_speaks(r); }

/* ... and in the thread for everyone to read. */
static bool posts_publicly(const sv_Reply *r)
{
    return speaks(r) && r->visibility == SV_VIS_PUBLIC;
}

static bool seen_at(const sv_Session *s, int32_t post, uint32_t t_ms)
{
    return in_range(post, s->sc->post_count) && s->post_seen[post] && s->post_ms[post] <= t_ms;
}

/* The option (or earlier reply) whose words and tags this reply carries: only
 * its main action has them; NULL for a composed reply and for the other
 * actions of a combined option. */
static const sv_Option *worded(const sv_Scenario *sc, const sv_Reply *r)
{
    return sv_reply_is_main(sc, r) ? sv_reply_option(sc, r) : NULL;
}

static bool composed(const sv_Reply *r) { return r->option < 0 && !r->prior; }

static sv_TagSet reply_tags(const sv_Scenario *sc, const sv_Reply *r)
{
    const sv_Option *o = worded(sc, r);
    if (o || !composed(r)) return o ? o->tags : 0;
    sv_TagSet t = 0;
    for (uint32_t i = 0; i < r->part_count && i < SV_MAX_COMPOSE; i++)
        if (in_range(r->parts[i], sc->part_count)) t |= sc->parts[r->parts[i]].tags;
    return t;
}

static uint8_t reply_kinds(const sv_Scenario *sc, const sv_Reply *r, uint8_t *kinds)
{
    uint8_t n = 0;
    const sv_Option *o = worded(sc, r);
    if (o || !composed(r)) {
        for (; o && n < o->structure_count && n < SV_MAX_COMPOSE; n++) kinds[n] = o->structure[n];
        return n;
    }
    for (uint32_t i = 0; i < r->part_count && i < SV_MAX_COMPOSE; i++)
        if (in_range(r->parts[i], sc->part_count))
            kinds[n++] = (uint8_t)sc->parts[r->parts[i]].kind;
    return n;
}

static uint32_t utf8_chars(const char *s)
{
    uint32_t n = 0;
    for (; s && *s; s++) n += ((unsigned char)*s & 0xC0u) != 0x80u;
    return n;
}

/* Characters as posted: the parts' texts are joined with one space each. */
static uint32_t reply_length(const sv_Scenario *sc, const sv_Reply *r, sv_Lang lang)
{
    const sv_Option *o = worded(sc, r);
    if (o || !composed(r)) return o ? utf8_chars(sv_text_get(&o->text, lang)) : 0;
    uint32_t n = 0;
    for (uint32_t i = 0; i < r->part_count && i < SV_MAX_COMPOSE; i++)
        if (in_range(r->parts[i], sc->part_count))
            n += utf8_chars(sv_text_get(&sc->parts[r->parts[i]].text, lang)) + (i ? 1u : 0u);
    return n;
}

/* A canned text is the same when it is the same option or part, or carries
 * the same English words under another id. */
static bool same_canned(const sv_Text *a, int32_t ia, const sv_Text *b, int32_t ib)
{
    return ia == ib || strcmp(sv_text_get(a, SV_LANG_EN), sv_text_get(b, SV_LANG_EN)) == 0;
}

/* Does the earlier reply e reuse canned (template) text of r? */
static bool reuses_template(const sv_Scenario *sc, const sv_Reply *e, const sv_Reply *r)
{
    const uint32_t tmpl = 1u << SV_TAG_TEMPLATE;
    const sv_Option *a = worded(sc, r), *b = worded(sc, e);
    if (a) {
        if (!b) return false;
        int32_t ia = r->prior ? -1 - (int32_t)r->prior : r->option;
        int32_t ib = e->prior ? -1 - (int32_t)e->prior : e->option;
        return (a->tags & tmpl) && (b->tags & tmpl) && same_canned(&a->text, ia, &b->text, ib);
    }
    if (!composed(r) || !composed(e)) return false;
    for (uint32_t i = 0; i < r->part_count && i < SV_MAX_COMPOSE; i++) {
        if (!in_range(r->parts[i], sc->part_count)) continue;
        const sv_Part *pa = &sc->parts[r->parts[i]];
        if (!(pa->tags & tmpl)) continue;
        for (uint32_t j = 0; j < e->part_count && j < SV_MAX_COMPOSE; j++) {
            if (!in_range(e->parts[j], sc->part_count)) continue;
            const sv_Part *pb = &sc->parts[e->parts[j]];
            if ((pb->tags & tmpl) && same_canned(&pa->text, r->parts[i], &pb->text, e->parts[j]))
                return true;
        }
    }
    return false;
}

/* Did reply e go out before the judgement whose snapshot counts `history` sent replies? */
static bool went_before(const sv_Reply *e, uint32_t history)
{
    return e->sent != 0 && e->sent <= history;
}

/* The complaint a thread is about: its first post's same_as when it names
 * one, else that first post. Two threads with one key are one complaint. */
static int32_t complaint_key(const sv_Scenario *sc, int32_t post)
{
    if (in_range(post, sc->post_count) && in_range(sc->posts[post].same_as, sc->post_count))
        return sv_score_thread(sc, sc->posts[post].same_as);
    int32_t root = sv_score_thread(sc, post);
    if (root >= 0 && in_range(sc->posts[root].same_as, sc->post_count))
        return sv_score_thread(sc, sc->posts[root].same_as);
    return root;
}

static uint32_t policy_bits(const sv_Scenario *sc, const sv_Reply *r)
{
    uint8_t kinds[SV_MAX_COMPOSE];
    uint8_t n = reply_kinds(sc, r, kinds);
    uint32_t bits = 0;
    for (uint8_t i = 0; i < n; i++)
        if (kinds[i] == SV_PART_APOLOGISE || kinds[i] == SV_PART_COMPENSATE) bits |= 1u << kinds[i];
    return bits;
}

/* POLICY: compares r with the latest earlier answer to the same complaint in
 * another thread: -1 none, 0 same, 1 differs (apology, compensation or action). */
static int8_t policy_of(const sv_Session *s, uint32_t history, const sv_Reply *r, int32_t post)
{
    const sv_Scenario *sc = s->sc;
    int32_t key = complaint_key(sc, post), thread = sv_score_thread(sc, post);
    if (key < 0) return -1;
    const sv_Reply *latest = NULL;
    for (size_t i = 0; i < s->reply_count; i++) {
        const sv_Reply *e = &s->replies[i];
        if (!went_before(e, history) || (latest && latest->sent > e->sent)) continue;
        int32_t ep = sv_score_reply_post(sc, e);
        if (ep < 0 || sv_score_thread(sc, ep) == thread || complaint_key(sc, ep) != key) continue;
        latest = e;
    }
    if (!latest) return -1;
    return (int8_t)(policy_bits(sc, latest) != policy_bits(sc, r) || latest->action != r->action);
}

/* ---- the context ------------------------------------------------------------------ */

static void post_features(const sv_Session *s, const sv_ScoreSnapshot *snap, uint32_t history,
                          int32_t post, sv_ScoreContext *c)
{
    const sv_Scenario *sc = s->sc;
    if (!in_range(post, sc->post_count)) return;
    const sv_Post *p = &sc->posts[post];
    c->has_post = true;
    c->valence = p->valence;
    c->claim_true = p->claim_true;
    c->recurring = p->recurs;
    c->author =
        in_range(p->author, sc->persona_count) ? sc->personas[p->author].role : SV_ROLE_COMPLAINER;
    if (in_range(p->channel, sc->channel_count)) {
        c->channel = sc->channels[p->channel].type;
        c->watched = sc->channels[p->channel].watched;
    }
    int32_t thread = sv_score_thread(sc, post);
    for (size_t i = 0; i < s->reply_count; i++) {
        const sv_Reply *e = &s->replies[i];
        if (!went_before(e, history) || !posts_publicly(e) ||
            sv_score_thread(sc, sv_score_reply_post(sc, e)) != thread)
            continue;
        c->thread_replies++;
        if (reply_tags(sc, e) & (1u << SV_TAG_SOLUTION)) c->solution_offered = true;
    }
    if (seen_at(s, post, snap->t_ms)) c->delay_ms = snap->t_ms - s->post_ms[post];
}

static void reply_features(const sv_Session *s, const sv_ScoreSnapshot *snap, uint32_t history,
                           const sv_Reply *r, sv_ScoreContext *c)
{
    const sv_Scenario *sc = s->sc;
    c->has_reply = true;
    c->by_default = r->by_default;
    c->option = r->option;
    c->action = r->action;
    c->visibility = r->visibility;
    c->tags = reply_tags(sc, r);
    c->kind_count = reply_kinds(sc, r, c->kinds);
    c->length = speaks(r) ? reply_length(sc, r, snap->lang) : 0;
    for (size_t i = 0; i < s->reply_count; i++)
        if (went_before(&s->replies[i], history) && reuses_template(sc, &s->replies[i], r))
            c->repeat++;
    c->policy = policy_of(s, history, r, c->post);
}

void sv_score_context(const sv_Session *s, const sv_ScoreSnapshot *snap, sv_Trigger trigger,
                      int32_t decision, int32_t post, const sv_Reply *reply, sv_ScoreContext *out)
{
    const sv_Scenario *sc = s->sc;
    uint32_t history = snap->history;
    memset(out, 0, sizeof *out);
    out->trigger = trigger;
    out->t_ms = snap->t_ms;
    out->option = -1;
    out->policy = -1;
    if (reply && decision < 0) decision = reply->decision;
    out->decision = in_range(decision, sc->decision_count) ? decision : -1;
    if (reply && post < 0) post = sv_score_reply_post(sc, reply);
    if (post < 0 && out->decision >= 0) post = sc->decisions[out->decision].about;
    out->post = in_range(post, sc->post_count) ? post : -1;
    for (size_t i = 0; i < s->reply_count; i++)
        if (went_before(&s->replies[i], history) && s->replies[i].action == SV_ACTION_TELL_PRODUCT)
            out->fixed = true;
    post_features(s, snap, history, out->post, out);
    /* without the post on screen the clock runs from when the decision opened */
    if (!seen_at(s, out->post, snap->t_ms) && out->decision >= 0 &&
        s->decision_open_ms[out->decision] <= snap->t_ms)
        out->delay_ms = snap->t_ms - s->decision_open_ms[out->decision];
    if (reply) reply_features(s, snap, history, reply, out);
}

/* ---- the order of parts ------------------------------------------------------------ */

/* confirm-or-deny, apologise, explain, satisfy; -1: may stand anywhere */
static int order_rank(uint8_t kind)
{
    switch (kind) {
    case SV_PART_GREETING: return 0;
    case SV_PART_ACKNOWLEDGE:
    case SV_PART_DENY: return 1;
    case SV_PART_APOLOGISE: return 2;
    case SV_PART_EXPLAIN: return 3;
    case SV_PART_COMPENSATE:
    case SV_PART_FOLLOW_UP:
    case SV_PART_CONTACT:
    case SV_PART_MOVE_PRIVATE: return 4;
    case SV_PART_SIGN_OFF: return 5;
    default: return -1;
    }
}

static void order_scan(const uint8_t *kinds, uint8_t n, int *ranked, bool *back)
{
    int last = -1;
    *ranked = 0;
    *back = false;
    for (uint8_t i = 0; i < n; i++) {
        int r = order_rank(kinds[i]);
        if (r < 0) continue;
        (*ranked)++;
        if (r < last) *back = true;
        if (r > last) last = r;
    }
}

bool sv_score_order_ok(const uint8_t *kinds, uint8_t n)
{
    int ranked;
    bool back;
    order_scan(kinds, n, &ranked, &back);
    return ranked >= 2 && !back;
}

bool sv_score_order_wrong(const uint8_t *kinds, uint8_t n)
{
    int ranked;
    bool back;
    order_scan(kinds, n, &ranked, &back);
    return back;
}

/* ---- conditions ------------------------------------------------------------------- */

static bool holds_at(const sv_ScoreModel *m, int32_t cond, const sv_ScoreContext *c,
                     unsigned depth);

static bool holds_group(const sv_ScoreModel *m, const sv_ScoreCond *n, const sv_ScoreContext *c,
                        unsigned depth)
{
    if ((uint64_t)n->kids_start + n->kids_count > m->kid_count) return false;
    const uint32_t *k = m->kids + n->kids_start;
    switch (n->test) {
    case SV_TEST_NOT: return n->kids_count > 0 && !holds_at(m, (int32_t)k[0], c, depth + 1);
    case SV_TEST_ALL:
        for (uint32_t i = 0; i < n->kids_count; i++)
            if (!holds_at(m, (int32_t)k[i], c, depth + 1)) return false;
        return true;
    default:
        for (uint32_t i = 0; i < n->kids_count; i++)
            if (holds_at(m, (int32_t)k[i], c, depth + 1)) return true;
        return false;
    }
}

static bool has_kind(const sv_ScoreContext *c, int32_t kind)
{
    for (uint8_t i = 0; i < c->kind_count; i++)
        if (c->kinds[i] == kind) return true;
    return false;
}

/* Tests of the reply: they fail when there is no reply. */
static bool holds_reply(const sv_ScoreCond *n, const sv_ScoreContext *c)
{
    if (!c->has_reply) return false;
    switch (n->test) {
    case SV_TEST_TAG: return n->value >= 0 && n->value < 32 && (c->tags >> n->value) & 1u;
    case SV_TEST_PART: return has_kind(c, n->value);
    case SV_TEST_ORDER:
        return n->value ? sv_score_order_ok(c->kinds, c->kind_count)
                        : sv_score_order_wrong(c->kinds, c->kind_count);
    case SV_TEST_PARTS: return sv_compare(c->kind_count, n->op, n->value);
    case SV_TEST_LENGTH: return sv_compare(c->length, n->op, n->value);
    case SV_TEST_VISIBILITY: return (int32_t)c->visibility == n->value;
    case SV_TEST_ACTION: return (int32_t)c->action == n->value;
    case SV_TEST_REPEAT: return sv_compare(c->repeat, n->op, n->value);
    case SV_TEST_POLICY: return c->policy >= 0 && c->policy == n->value;
    case SV_TEST_DEFAULT: return c->by_default == (n->value != 0);
    default: return false;
    }
}

/* Tests of the post and its thread: they fail when there is no post. */
static bool holds_post(const sv_ScoreCond *n, const sv_ScoreContext *c)
{
    if (!c->has_post) return false;
    bool want = n->value != 0;
    switch (n->test) {
    case SV_TEST_THREAD_REPLIES: return sv_compare(c->thread_replies, n->op, n->value);
    case SV_TEST_VALENCE: return (int32_t)c->valence == n->value;
    case SV_TEST_AUTHOR: return (int32_t)c->author == n->value;
    case SV_TEST_CLAIM: return c->claim_true == want;
    case SV_TEST_ANSWERED_PUBLIC: return (c->thread_replies > 0) == want;
    case SV_TEST_SOLUTION_OFFERED: return c->solution_offered == want;
    case SV_TEST_CHANNEL: return (int32_t)c->channel == n->value;
    case SV_TEST_RECURRING: return c->recurring == want;
    case SV_TEST_WATCHED: return c->watched == want;
    default: return false;
    }
}

static bool holds_at(const sv_ScoreModel *m, int32_t cond, const sv_ScoreContext *c, unsigned depth)
{
    if (cond == -1) return true;
    if (!m || depth > SV_MAX_COND_DEPTH || !in_range(cond, m->cond_count)) return false;
    const sv_ScoreCond *n = &m->conds[cond];
    switch (n->test) {
    case SV_TEST_ALL:
    case SV_TEST_ANY:
    case SV_TEST_NOT: return holds_group(m, n, c, depth);
    case SV_TEST_DELAY: return sv_compare(c->delay_ms, n->op, n->value);
    case SV_TEST_FIXED: return c->fixed == (n->value != 0);
    case SV_TEST_TAG:
    case SV_TEST_PART:
    case SV_TEST_ORDER:
    case SV_TEST_PARTS:
    case SV_TEST_LENGTH:
    case SV_TEST_VISIBILITY:
    case SV_TEST_ACTION:
    case SV_TEST_REPEAT:
    case SV_TEST_POLICY:
    case SV_TEST_DEFAULT: return holds_reply(n, c);
    default: return holds_post(n, c);
    }
}

bool sv_score_holds(const sv_ScoreModel *m, int32_t cond, const sv_ScoreContext *ctx)
{
    return holds_at(m, cond, ctx, 0);
}

/* ---- the curve ---------------------------------------------------------------------- */

static int64_t clamp64(int64_t v, int64_t lo, int64_t hi) { return v < lo ? lo : v > hi ? hi : v; }

/* value + frac / one as one exact number, and back. */
static int64_t join_exact(int32_t value, int64_t frac, int64_t one)
{
    return (int64_t)value * one + frac;
}

static void split_exact(int64_t x, int64_t one, int64_t hi, int32_t *value, int64_t *frac)
{
    if (x < 0) x = 0;
    if (x > hi * one) x = hi * one; /* at an end nothing is left over */
    *value = (int32_t)(x / one);
    *frac = x % one;
}

int32_t sv_score_curve(sv_Meter m, int64_t raw, int32_t *value, int64_t *frac)
{
    int32_t start = *value;
    if (m == SV_METER_REACH) {
        int64_t x = join_exact(*value, *frac, PERSON_UNITS);
        /* reach may be near INT32_MAX people: add in a range that cannot overflow */
        int64_t room = (int64_t)INT32_MAX * PERSON_UNITS - x;
        x = raw > room ? x + room : x + raw;
        split_exact(x, PERSON_UNITS, INT32_MAX, value, frac);
        return *value - start;
    }
    if ((unsigned)m >= SV_METER_COUNT) return 0;
    const int64_t full = (int64_t)SV_METER_MAX * TENTH_FINE;
    const int64_t step_max = (int64_t)SV_SCORE_STEP * SV_SCORE_UNIT;
    int64_t x = join_exact(*value, *frac, TENTH_FINE);
    if (x > full) x = full;
    /* the room is measured on the exact value, and each step's share of it is
     * truncated towards zero, so a gain at x mirrors a loss at full - x exactly
     * and a step (at most a tenth of the scale) never takes all the room */
    while (raw != 0 && x >= 0) {
        int64_t step = clamp64(raw, -step_max, step_max);
        raw -= step;
        if (step > 0)
            x += step * (full - x) / TENTH_FINE;
        else
            x -= -step * x / TENTH_FINE;
    }
    split_exact(x, TENTH_FINE, SV_METER_MAX, value, frac);
    return *value - start;
}

int32_t sv_score_tenths(int64_t units)
{
    int64_t half = SV_SCORE_UNIT / 2;
    int64_t t = units >= 0 ? (units + half) / SV_SCORE_UNIT : -((-units + half) / SV_SCORE_UNIT);
    return (int32_t)clamp64(t, INT32_MIN, INT32_MAX);
}

static int64_t exact(sv_Meter m, int32_t v, int64_t f)
{
    return (int64_t)v * (m == SV_METER_REACH ? PERSON_UNITS : TENTH_FINE) + f;
}

int64_t sv_score_figure(const int32_t m0[SV_METER_COUNT], const int64_t f0[SV_METER_COUNT],
                        const int32_t m1[SV_METER_COUNT], const int64_t f1[SV_METER_COUNT])
{
    int64_t d[SV_METER_COUNT];
    for (int i = 0; i < SV_METER_COUNT; i++)
        d[i] = exact((sv_Meter)i, m1[i], f1[i]) - exact((sv_Meter)i, m0[i], f0[i]);
    /* 100 people = one point = 10 tenths: PERSON_UNITS * 100 against TENTH_FINE * 10 */
    int64_t reach = d[SV_METER_REACH] * (TENTH_FINE * 10) / (PERSON_UNITS * 100);
    return 2 * d[SV_METER_REPUTATION] + d[SV_METER_SENTIMENT] + d[SV_METER_MOOD] - reach;
}

int64_t sv_score_figure_hundredths(int64_t figure)
{
    const int64_t per = TENTH_FINE / 10; /* one hundredth of a point */
    return figure >= 0 ? (figure + per / 2) / per : -((-figure + per / 2) / per);
}

/* ---- firing ---------------------------------------------------------------------------- */

/* Holds the gains of a group's rules to the group's cap, meter by meter: each
 * gain is scaled by cap / total, so every rule keeps its share of the credit. */
static void cap_groups(const sv_ScoreModel *m, sv_ScoreHit *hits, size_t n, int64_t per)
{
    for (uint32_t g = 0; g < m->group_count; g++) {
        for (int k = 0; k < SV_METER_COUNT; k++) {
            int64_t limit = (int64_t)m->groups[g].cap[k] * 100 * per, total = 0;
            if (limit <= 0) continue;
            for (size_t i = 0; i < n; i++)
                if (m->rules[hits[i].rule].group == (int32_t)g && hits[i].raw[k] > 0)
                    total += hits[i].raw[k];
            if (total <= limit) continue;
            for (size_t i = 0; i < n; i++)
                if (m->rules[hits[i].rule].group == (int32_t)g && hits[i].raw[k] > 0)
                    hits[i].raw[k] = hits[i].raw[k] * limit / total;
        }
    }
}

size_t sv_score_fire_hits(const sv_ScoreModel *m, const sv_ScoreContext *ctx, sv_ScoreHit *hits,
                          size_t cap)
{
    size_t fired = 0;
    if (!m || (unsigned)ctx->trigger >= SV_TRIGGER_COUNT) return 0;
    /* a whole firing is a minute of ticks */
    int64_t per = ctx->trigger == SV_TRIGGER_TICK ? 1 : 60;
    for (uint32_t j = m->by_trigger[ctx->trigger]; j < m->by_trigger[ctx->trigger + 1]; j++) {
        uint32_t i = m->rule_order[j];
        const sv_ScoreRule *r = &m->rules[i];
        if (r->disabled || !sv_score_holds(m, r->when, ctx)) continue;
        if (fired == cap) return cap;
        sv_ScoreHit *h = &hits[fired++];
        memset(h, 0, sizeof *h);
        h->rule = (int32_t)i;
        for (int k = 0; k < SV_METER_COUNT; k++)
            h->raw[k] = (int64_t)r->effects[k] * r->weight * per;
    }
    cap_groups(m, hits, fired, per);
    return fired;
}

size_t sv_score_fire(const sv_ScoreModel *m, const sv_ScoreContext *ctx,
                     int32_t meters[SV_METER_COUNT], int64_t frac[SV_METER_COUNT],
                     sv_ScoreHit *hits, size_t cap)
{
    size_t n = sv_score_fire_hits(m, ctx, hits, cap);
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k < SV_METER_COUNT; k++)
            hits[i].applied[k] = sv_score_curve((sv_Meter)k, hits[i].raw[k], &meters[k], &frac[k]);
    return n;
}

/* ---- the model once loaded ----------------------------------------------------------- */

void sv_score_free(sv_ScoreModel *m)
{
    if (m) sv_arena_destroy(m->arena); /* m lives in its own arena */
}

int32_t sv_score_find_rule(const sv_ScoreModel *m, const char *id)
{
    for (uint32_t i = 0; m && id && i < m->rule_count; i++)
        if (strcmp(m->rules[i].id, id) == 0) return (int32_t)i;
    return -1;
}

/* An arena copy of s, or NULL (noted in *nomem). */
static const char *copy_str(sv_Arena *a, const char *s, bool *nomem)
{
    const char *c = sv_arena_strdup(a, s ? s : "");
    if (!c) *nomem = true;
    return c;
}

sv_ScoreModel *sv_score_clone(const sv_ScoreModel *src)
{
    sv_Arena *a = sv_arena_create(16384);
    sv_ScoreModel *m = a ? sv_arena_alloc(a, sizeof *m) : NULL;
    if (!m) {
        sv_arena_destroy(a);
        return NULL;
    }
    bool nomem = false;
    *m = *src;
    m->arena = a;
    m->id = copy_str(a, src->id, &nomem);
    m->file = copy_str(a, src->file, &nomem);
    m->rules = sv_arena_alloc(a, (src->rule_count + 1u) * sizeof *m->rules);
    m->conds = sv_arena_alloc(a, (src->cond_count + 1u) * sizeof *m->conds);
    m->kids = sv_arena_alloc(a, (src->kid_count + 1u) * sizeof *m->kids);
    m->groups = sv_arena_alloc(a, (src->group_count + 1u) * sizeof *m->groups);
    m->rule_order = sv_arena_alloc(a, (src->rule_count + 1u) * sizeof *m->rule_order);
    if (!m->rules || !m->conds || !m->kids || !m->groups || !m->rule_order) nomem = true;
    for (uint32_t i = 0; !nomem && i < src->group_count; i++) {
        m->groups[i] = src->groups[i];
        m->groups[i].id = copy_str(a, src->groups[i].id, &nomem);
    }
    if (!nomem && src->rule_count && src->rule_order)
        memcpy(m->rule_order, src->rule_order, src->rule_count * sizeof *m->rule_order);
    for (uint32_t i = 0; !nomem && i < src->rule_count; i++) {
        m->rules[i] = src->rules[i];
        m->rules[i].id = copy_str(a, src->rules[i].id, &nomem);
        for (int l = 0; l < SV_LANG_COUNT; l++)
            m->rules[i].explain.s[l] = copy_str(a, src->rules[i].explain.s[l], &nomem);
    }
    if (nomem) {
        sv_arena_destroy(a);
        return NULL;
    }
    if (src->cond_count) memcpy(m->conds, src->conds, src->cond_count * sizeof *m->conds);
    if (src->kid_count) memcpy(m->kids, src->kids, src->kid_count * sizeof *m->kids);
    return m;
}

/* ---- a pack's overrides ------------------------------------------------------------- */

sv_Status sv_score_apply_overrides(sv_ScoreModel *m, const sv_ScoreOverrides *ov,
                                   sv_DiagList *diags)
{
    const char *file = ov->file ? ov->file : "";
    size_t errors = diags->errors;
    for (size_t i = 0; i < ov->weight_count; i++) {
        const sv_PackScoreEntry *w = &ov->weights[i];
        const char *at = w->pointer ? w->pointer : "";
        if (sv_score_find_rule(m, w->rule) < 0)
            sv_json_diag(diags, SV_SEV_ERROR, file, ov->bytes, ov->len, at,
                         "the scoring model '%s' has no rule '%s' to weigh", m->id,
                         w->rule ? w->rule : "");
        if (w->weight < 0 || w->weight > SV_SCORE_MAX_WEIGHT)
            sv_json_diag(diags, SV_SEV_ERROR, file, ov->bytes, ov->len, at,
                         "weight %d.%02d is out of range; it must lie between 0 and %d",
                         w->weight / 100, abs(w->weight % 100), SV_SCORE_MAX_WEIGHT / 100);
    }
    for (size_t i = 0; i < ov->disable_count; i++) {
        const sv_PackScoreEntry *e = &ov->disable[i];
        if (sv_score_find_rule(m, e->rule) < 0)
            sv_json_diag(diags, SV_SEV_ERROR, file, ov->bytes, ov->len,
                         e->pointer ? e->pointer : "",
                         "the scoring model '%s' has no rule '%s' to disable", m->id,
                         e->rule ? e->rule : "");
    }
    if (diags->errors > errors) return SV_ERR_INVALID;
    for (size_t i = 0; i < ov->weight_count; i++)
        m->rules[sv_score_find_rule(m, ov->weights[i].rule)].weight = ov->weights[i].weight;
    for (size_t i = 0; i < ov->disable_count; i++)
        m->rules[sv_score_find_rule(m, ov->disable[i].rule)].disabled = true;
    return SV_OK;
}

sv_Status sv_score_apply_pack(sv_ScoreModel *m, const sv_Pack *pack, sv_DiagList *diags)
{
    sv_ScoreOverrides ov = {.file = pack->manifest_file,
                            .bytes = pack->manifest_bytes,
                            .len = pack->manifest_len,
                            .weights = pack->score_weights,
                            .weight_count = pack->score_weight_count,
                            .disable = pack->score_disable,
                            .disable_count = pack->score_disable_count};
    return sv_score_apply_overrides(m, &ov, diags);
}
