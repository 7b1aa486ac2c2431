/* Judging one moment: the condition tests over a context (score_context.c
 * builds it), firing rules (with group caps) and the meters' curve. All of it
 * is a pure function of its arguments, so the live session and the debrief's
 * "what if" agree exactly. Also the loaded model's life: freeing, copying, a
 * pack's overrides. */
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "jsonscan.h"
#include "score_internal.h"
#include "svara/arena.h"
#include "svara/score.h"

#define TENTH_FINE SV_CURVE_PER_TENTH    /* curve units per tenth */
#define PERSON_UNITS SV_CURVE_PER_PERSON /* reach units per person */

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

bool sv_score_test_of_reply(sv_ScoreTest t)
{
    switch (t) {
    case SV_TEST_TAG:
    case SV_TEST_PART:
    case SV_TEST_ORDER:
    case SV_TEST_PARTS:
    case SV_TEST_LENGTH:
    case SV_TEST_VISIBILITY:
    case SV_TEST_ACTION:
    case SV_TEST_REPEAT:
    case SV_TEST_POLICY:
    case SV_TEST_DEFAULT:
    case SV_TEST_CONFIRMS:
    case SV_TEST_DENIES:
    case SV_TEST_GUESS:
    case SV_TEST_REMEDY:
    case SV_TEST_ACCOMMODATES:
    case SV_TEST_MOVES_PRIVATE:
    case SV_TEST_CANNED:
    case SV_TEST_CHECKED:
    case SV_TEST_GENEROUS:
    case SV_TEST_COMPENSATES:
    case SV_TEST_SOLUTION:
    case SV_TEST_CLOSES:
    case SV_TEST_MODERATES:
    case SV_TEST_TAKES_BACK:
    case SV_TEST_THIRD_ROUND:
    case SV_TEST_HOSTILE:
    case SV_TEST_ASKS_BACK:
    case SV_TEST_GRANTS_DEMAND:
    case SV_TEST_OVERPROMISES:
    case SV_TEST_WALL:
    case SV_TEST_LEAVES_OUT:
    case SV_TEST_DISCLOSES:
    case SV_TEST_MEETS_NEED:
    case SV_TEST_POINTS_PRIVATE:
    case SV_TEST_TELLS_MEASURE:
    case SV_TEST_COVERS_LOSS:
    case SV_TEST_WAY_ON:
    case SV_TEST_NO_FAULT:
    case SV_TEST_SORRY_OWNS_FAULT:
    case SV_TEST_ANSWERS_CLAIM:
    case SV_TEST_REFUSES_DEMAND:
    case SV_TEST_LEAVES_OPEN:
    case SV_TEST_REPEATS_OFFER:
    case SV_TEST_TELLS_INQUIRY:
    case SV_TEST_ASKS_KNOWN:
    case SV_TEST_EXPLAINS_AGAIN:
    case SV_TEST_TELLS_CAUSE:
    case SV_TEST_TELLS_OUTCOME:
    case SV_TEST_APOLOGISES:
    case SV_TEST_APOLOGISES_AGAIN:
    case SV_TEST_COMPENSATES_AGAIN:
    case SV_TEST_PROMISES_MEASURE:
    case SV_TEST_REMEDY_AT_HAND:
    case SV_TEST_CLAIMS_UNSAID:
    case SV_TEST_GUESS_ONLY:
    case SV_TEST_TELLS_RECOURSE:
    case SV_TEST_TELLS_FOR_ALL:
    case SV_TEST_COMPENSATION_KNOWN:
    case SV_TEST_EXPLAINS_WHY:
    case SV_TEST_ECHOES_FALSE:
    case SV_TEST_ANSWERS_EVERY_POINT:
    case SV_TEST_ANSWERS_QUESTION:
    case SV_TEST_SPEAKS:
    case SV_TEST_OWN_DELAY_PCT:
    case SV_TEST_ALSO: return true;
    default: return false;
    }
}

/* Tests of the reply: they fail when there is no reply. */
static bool holds_reply(const sv_ScoreCond *n, const sv_ScoreContext *c)
{
    if (!c->has_reply) return false;
    switch (n->test) {
    case SV_TEST_TAG: return n->value >= 0 && n->value < 32 && (c->tags >> n->value) & 1u;
    case SV_TEST_PART: return has_kind(c, n->value);
    case SV_TEST_ORDER: {
        bool ok, wrong;
        sv_score_order_of(c, &ok, &wrong);
        return n->value ? ok : wrong;
    }
    case SV_TEST_PARTS: return sv_compare(c->kind_count, n->op, n->value);
    case SV_TEST_LENGTH: return sv_compare(c->length, n->op, n->value);
    case SV_TEST_VISIBILITY: return (int32_t)c->visibility == n->value;
    case SV_TEST_ACTION: return (int32_t)c->action == n->value;
    case SV_TEST_REPEAT: return sv_compare(c->repeat, n->op, n->value);
    case SV_TEST_POLICY: return c->policy >= 0 && c->policy == n->value;
    case SV_TEST_DEFAULT: return c->by_default == (n->value != 0);
    case SV_TEST_CONFIRMS: return (n->value ? c->confirms_true : c->confirms_false) > 0;
    case SV_TEST_DENIES: return (n->value ? c->denies_true : c->denies_false) > 0;
    case SV_TEST_GUESS: return (c->guesses > 0) == (n->value != 0);
    case SV_TEST_REMEDY: return c->remedy == (n->value != 0);
    case SV_TEST_ACCOMMODATES: return c->accommodates == (n->value != 0);
    case SV_TEST_MOVES_PRIVATE: return c->moves_private == (n->value != 0);
    case SV_TEST_CANNED: return c->canned == (n->value != 0);
    case SV_TEST_CHECKED: return c->checked == (n->value != 0);
    case SV_TEST_GENEROUS: return c->generous == (n->value != 0);
    case SV_TEST_COMPENSATES: return c->compensates == (n->value != 0);
    case SV_TEST_SOLUTION: return c->solution == (n->value != 0);
    case SV_TEST_CLOSES: return c->closes == (n->value != 0);
    case SV_TEST_MODERATES: return c->moderates == (n->value != 0);
    case SV_TEST_TAKES_BACK: return sv_score_takes_back(c) == (n->value != 0);
    case SV_TEST_THIRD_ROUND: return sv_score_third_round(c) == (n->value != 0);
    case SV_TEST_HOSTILE: return sv_score_hostile(c) == (n->value != 0);
    case SV_TEST_ASKS_BACK: return sv_score_asks_back(c) == (n->value != 0);
    case SV_TEST_GRANTS_DEMAND: return sv_score_grants_demand(c) == (n->value != 0);
    case SV_TEST_OVERPROMISES: return sv_score_overpromises(c) == (n->value != 0);
    case SV_TEST_WALL: return sv_score_wall(c) == (n->value != 0);
    case SV_TEST_WAY_ON: return sv_score_way_on(c) == (n->value != 0);
    case SV_TEST_NO_FAULT: return c->no_fault == (n->value != 0);
    case SV_TEST_SORRY_OWNS_FAULT: return c->sorry_owns_fault == (n->value != 0);
    case SV_TEST_ANSWERS_CLAIM: return c->answers_claim == (n->value != 0);
    case SV_TEST_REFUSES_DEMAND: return sv_score_refuses_demand(c) == (n->value != 0);
    case SV_TEST_LEAVES_OPEN: return c->leaves_open == (n->value != 0);
    case SV_TEST_REPEATS_OFFER: return sv_score_repeats_offer(c) == (n->value != 0);
    case SV_TEST_LEAVES_OUT: return c->leaves_out == (n->value != 0);
    case SV_TEST_DISCLOSES: return sv_score_discloses(c) == (n->value != 0);
    case SV_TEST_MEETS_NEED: return c->meets_need == (n->value != 0);
    case SV_TEST_POINTS_PRIVATE: return sv_score_points_private(c) == (n->value != 0);
    case SV_TEST_TELLS_MEASURE: return c->tells_measure == (n->value != 0);
    case SV_TEST_TELLS_INQUIRY: return c->tells_inquiry == (n->value != 0);
    case SV_TEST_ASKS_KNOWN: return c->asks_known == (n->value != 0);
    case SV_TEST_EXPLAINS_AGAIN: return c->explains_again == (n->value != 0);
    case SV_TEST_TELLS_CAUSE: return c->tells_cause == (n->value != 0);
    case SV_TEST_TELLS_OUTCOME: return c->tells_outcome == (n->value != 0);
    case SV_TEST_APOLOGISES:
        return sv_score_sincere_sorry(c->kinds, c->kind_count, c->tags) == (n->value != 0);
    case SV_TEST_APOLOGISES_AGAIN: return c->apologises_again == (n->value != 0);
    case SV_TEST_COMPENSATES_AGAIN: return c->compensates_again == (n->value != 0);
    case SV_TEST_PROMISES_MEASURE: return c->promises_measure == (n->value != 0);
    case SV_TEST_REMEDY_AT_HAND: return c->remedy_at_hand == (n->value != 0);
    case SV_TEST_CLAIMS_UNSAID: return c->claims_unsaid == (n->value != 0);
    case SV_TEST_GUESS_ONLY: return sv_score_guess_only(c) == (n->value != 0);
    case SV_TEST_TELLS_RECOURSE: return c->tells_recourse == (n->value != 0);
    case SV_TEST_TELLS_FOR_ALL: return c->tells_for_all == (n->value != 0);
    case SV_TEST_COMPENSATION_KNOWN: return c->compensation_known == (n->value != 0);
    case SV_TEST_EXPLAINS_WHY: return c->explains_why == (n->value != 0);
    case SV_TEST_ECHOES_FALSE: {
        bool customer = c->author == SV_ROLE_COMPLAINER || c->author == SV_ROLE_CUSTOMER;
        bool echoes = c->confirms_false > 0 && c->guesses == 0 && c->confirms_true == 0 &&
                      c->denies_false == 0 && !customer;
        return echoes == (n->value != 0);
    }
    case SV_TEST_ANSWERS_EVERY_POINT: return c->answers_every_point == (n->value != 0);
    case SV_TEST_ANSWERS_QUESTION: return c->answers_question == (n->value != 0);
    case SV_TEST_COVERS_LOSS: return sv_score_covers_loss(c) == (n->value != 0);
    case SV_TEST_SPEAKS: return c->speaks == (n->value != 0);
    case SV_TEST_OWN_DELAY_PCT:
        return c->own_delay_pct >= 0 && sv_compare(c->own_delay_pct, n->op, n->value);
    case SV_TEST_ALSO: return n->value >= 0 && n->value < 32 && (c->also >> n->value) & 1u;
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
    case SV_TEST_ANSWERED_PUBLIC: return c->answered_here == want;
    case SV_TEST_SOLUTION_OFFERED: return c->solution_offered == want;
    case SV_TEST_CHANNEL: return (int32_t)c->channel == n->value;
    case SV_TEST_RECURRING: return c->recurring == want;
    case SV_TEST_ASKS: return c->asks == want;
    case SV_TEST_MISLED: return c->misled == want;
    case SV_TEST_OWN_THREAD: return c->own_thread == want;
    case SV_TEST_UNDER_COMPLAINT: return c->under_complaint == want;
    case SV_TEST_NEW_VOICE: return c->new_voice == want;
    case SV_TEST_QUESTION: return sv_score_question(c) == want;
    case SV_TEST_COMPLAINT: return sv_score_complaint(c) == want;
    case SV_TEST_WATCHED: return c->watched == want;
    case SV_TEST_CLAIMS:
        /* 1 every claim true, 0 every claim false, 2 some of each */
        return n->value == 2   ? c->claims_true && c->claims_false
               : n->value == 1 ? c->claims_true && !c->claims_false
                               : c->claims_false && !c->claims_true;
    case SV_TEST_ANSWERED_PRIVATE: return c->answered_private == want;
    case SV_TEST_KNOWN_FALSE: return c->known_false == want;
    case SV_TEST_CORRECTED: return c->corrected == want;
    case SV_TEST_PRIVATE_AT_STAKE: return c->private_at_stake == want;
    case SV_TEST_PRIVATE_TO_GATHER: return c->private_to_gather == want;
    case SV_TEST_CLAIMS_UNKNOWN: return c->claims_unknown == want;
    case SV_TEST_DEMANDS: return (c->demand > 0) == want;
    case SV_TEST_LOST: return (c->loss > 0) == want;
    default: return false;
    }
}

static bool holds_at(const sv_ScoreModel *m, int32_t cond, const sv_ScoreContext *c, unsigned depth)
{
    if (cond == -1) return true;
    if (!m || depth > SV_MAX_COND_DEPTH || !sv_in_range(cond, m->cond_count)) return false;
    const sv_ScoreCond *n = &m->conds[cond];
    if (sv_score_test_of_reply((sv_ScoreTest)n->test)) return holds_reply(n, c);
    switch (n->test) {
    case SV_TEST_ALL:
    case SV_TEST_ANY:
    case SV_TEST_NOT: return holds_group(m, n, c, depth);
    case SV_TEST_DELAY: return sv_compare(c->delay_ms, n->op, n->value);
    case SV_TEST_FIXED: return c->fixed == (n->value != 0);
    case SV_TEST_FACTS_MISSING: return c->facts_missing == (n->value != 0);
    case SV_TEST_CHECK_AT_HAND: return c->check_at_hand == (n->value != 0);
    case SV_TEST_DEADLINE_PCT:
        return c->deadline_pct >= 0 && sv_compare(c->deadline_pct, n->op, n->value);
    default: return holds_post(n, c);
    }
}

bool sv_score_holds(const sv_ScoreModel *m, int32_t cond, const sv_ScoreContext *ctx)
{
    return holds_at(m, cond, ctx, 0);
}

/* ---- the curve (sv_score_curve and its helpers: inline in score_internal.h) ----------- */

int32_t sv_score_tenths(int64_t units)
{
    int64_t half = SV_SCORE_UNIT / 2;
    int64_t t = units >= 0 ? (units + half) / SV_SCORE_UNIT : -((-units + half) / SV_SCORE_UNIT);
    return (int32_t)sv_clamp_i64(t, INT32_MIN, INT32_MAX);
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
    int64_t reach = d[SV_METER_REACH] * (TENTH_FINE * SV_TENTHS_PER_POINT) /
                    (PERSON_UNITS * SV_PEOPLE_PER_POINT);
    return 2 * d[SV_METER_REPUTATION] + d[SV_METER_SENTIMENT] + d[SV_METER_MOOD] - reach;
}

int64_t sv_score_figure_hundredths(int64_t figure)
{
    const int64_t per = TENTH_FINE / 10; /* one hundredth of a point: a tenth of a tenth */
    return figure >= 0 ? (figure + per / 2) / per : -((-figure + per / 2) / per);
}

/* ---- firing ---------------------------------------------------------------------------- */

/* Holds the gains of a group's rules to the group's cap, meter by meter: each
 * gain is scaled by cap / total, so every rule keeps its share of the credit. */
static void cap_groups(const sv_ScoreModel *m, sv_ScoreHit *hits, size_t n, int64_t per)
{
    /* only the groups some hit is in can be over their caps */
    uint32_t present = m->group_count > 32u ? UINT32_MAX : 0u;
    for (size_t i = 0; i < n && present != UINT32_MAX; i++) {
        int32_t g = m->rules[hits[i].rule].group;
        if (g >= 0 && g < 32) present |= 1u << g;
    }
    if (!present) return;
    for (uint32_t g = 0; g < m->group_count; g++) {
        if (g < 32 && !(present >> g)) break; /* no hit in this group or later */
        if (g < 32 && !((present >> g) & 1u)) continue;
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

static size_t fire_hits(const sv_ScoreModel *m, const sv_ScoreContext *ctx, sv_ScoreHit *hits,
                        size_t cap);

size_t sv_score_fire_hits(const sv_ScoreModel *m, const sv_ScoreContext *ctx, sv_ScoreHit *hits,
                          size_t cap)
{
    if (!m || (unsigned)ctx->trigger >= SV_TRIGGER_COUNT) return 0;
    if (!ctx->memo) return fire_hits(m, ctx, hits, cap);
    /* a context judged alike before: its hits as they were made then */
    uint32_t slot;
    size_t n = sv_score_memo_judged(ctx->memo, m, ctx, hits, cap, &slot);
    if (n != SIZE_MAX) return n;
    n = fire_hits(m, ctx, hits, cap);
    if (slot != UINT32_MAX && n < cap) sv_score_memo_keep_judged(ctx->memo, slot, hits, n);
    return n;
}

static size_t fire_hits(const sv_ScoreModel *m, const sv_ScoreContext *ctx, sv_ScoreHit *hits,
                        size_t cap)
{
    size_t fired = 0;
    /* effects are per minute (a 60th in each unit); a tick is SV_SCORE_TICK_S seconds of them */
    int64_t per = ctx->trigger == SV_TRIGGER_TICK ? SV_SCORE_TICK_S : 60;
    uint64_t f[SV_SCORE_FEATURE_WORDS];
    sv_score_features(ctx, f);
    uint32_t held[64 * SV_SIEVE_WORDS];
    size_t count = ctx->memo ? sv_score_memo_rules(ctx->memo, m, f, ctx, held)
                             : sv_score_sieve_rules(m, f, ctx, held);
    if (count != SIZE_MAX) {
        for (size_t k = 0; k < count; k++) {
            const sv_ScoreRule *r = &m->rules[held[k]];
            if (fired == cap) return cap;
            sv_ScoreHit *h = &hits[fired++];
            memset(h, 0, sizeof *h);
            h->rule = (int32_t)held[k];
            h->trigger = (uint8_t)ctx->trigger;
            for (int q = 0; q < SV_METER_COUNT; q++)
                h->raw[q] = (int64_t)r->effects[q] * r->weight * per;
        }
        cap_groups(m, hits, fired, per);
        return fired;
    }
    for (uint32_t j = m->by_trigger[ctx->trigger]; j < m->by_trigger[ctx->trigger + 1]; j++) {
        uint32_t key = m->rule_key ? m->rule_key[j] : UINT16_MAX;
        if (key != UINT16_MAX && !((f[key / 64] >> (key % 64)) & 1u)) continue; /* a need missing */
        uint32_t i = m->rule_order[j];
        const sv_ScoreRule *r = &m->rules[i];
        if (r->disabled || !sv_score_may_hold(r, f) || !sv_score_rule_holds_sieved(m, r, f, ctx))
            continue;
        if (fired == cap) return cap;
        sv_ScoreHit *h = &hits[fired++];
        memset(h, 0, sizeof *h);
        h->rule = (int32_t)i;
        h->trigger = (uint8_t)ctx->trigger;
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
    if (m) sv_arena_free(m->arena); /* m lives in its own arena */
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
        sv_arena_free(a);
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
        sv_arena_free(a);
        return NULL;
    }
    m->rule_key = NULL;
    m->sieve = NULL;
    if (src->sieve) sv_score_sieve(m); /* from the copied rules' masks; NULL: one by one */
    if (src->rule_key) {
        m->rule_key = sv_arena_alloc(a, (src->rule_count + 1u) * sizeof *m->rule_key);
        if (!m->rule_key) {
            sv_arena_free(a);
            return NULL;
        }
        if (src->rule_count)
            memcpy(m->rule_key, src->rule_key, src->rule_count * sizeof *m->rule_key);
    }
    if (src->cond_count) memcpy(m->conds, src->conds, src->cond_count * sizeof *m->conds);
    if (src->kid_count) memcpy(m->kids, src->kids, src->kid_count * sizeof *m->kids);
    /* the compiled conditions, or none (then the copy interprets them too) */
    m->steps = NULL;
    m->masks = NULL;
    m->step_count = m->mask_count = 0;
    if (src->steps) {
        m->steps = sv_arena_alloc(a, (src->step_count + 1u) * sizeof *m->steps);
        m->masks = sv_arena_alloc(a, (src->mask_count + 1u) * sizeof *m->masks);
        if (!m->steps || !m->masks) {
            sv_arena_free(a);
            return NULL;
        }
        if (src->step_count) memcpy(m->steps, src->steps, src->step_count * sizeof *m->steps);
        if (src->mask_count) memcpy(m->masks, src->masks, src->mask_count * sizeof *m->masks);
        m->step_count = src->step_count;
        m->mask_count = src->mask_count;
    }
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
                         "weight must be between 0 and %d, not %d.%02d",
                         SV_SCORE_MAX_WEIGHT / SV_WEIGHT_ONE, w->weight / SV_WEIGHT_ONE,
                         abs(w->weight % SV_WEIGHT_ONE));
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
