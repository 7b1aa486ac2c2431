/* The crowd of a session: creating its accounts from the seed (stance, mobility,
 * heavy-tailed influence, activity per segment), the aggregates that let it be
 * read without a scan, what the game and the tools ask of it, and its part of
 * the state hash. Its dynamics are in audience_step.c and audience_react.c. */
#include <stdlib.h>
#include <string.h>

#include "audience_internal.h"
#include "session_internal.h"
#include "svara/hash.h"

_Static_assert(SV_AUDIENCE_BYTES_PER_ACCOUNT == sizeof(sv_Account) + sizeof(uint32_t),
               "the public figure counts the account record and its place in the order");

/* Fixed so that a seed means the same crowd on every build; "Crowd" in ASCII.
 * A stream of its own: the crowd never moves the story's draws. */
#define AUDIENCE_RNG_STREAM 0x43726f7764ull

/* Per segment kind (sv_Role order: complainer, customer, fan, onlooker, troll,
 * press, colleague). How much of the crowd's shift it takes, in sixteenths on
 * top of the segment's mobility: onlookers most, the complainer's friends
 * less, trolls never, the press in between. */
static const uint8_t kind_factor[SV_ROLE_COUNT] = {10, 14, 12, 16, 0, 12, 10};
static const uint8_t kind_act[SV_ROLE_COUNT] = {130, 90, 110, 60, 220, 160, 70};
static const uint8_t kind_infl[SV_ROLE_COUNT] = {6, 5, 6, 5, 3, 11, 6}; /* about 2^k followers */
/* A vindictive complainer (Weitzl 2019) is barely moved by any reply, and nor
 * are their followers: sixteenths of the crowd's shift and of the complainer's
 * change of mood they take (16 for a constructive one). */
#define VINDICTIVE_SHIFT_GAIN 3
#define VINDICTIVE_MOOD_GAIN 2

/* ---- creating the crowd ---------------------------------------------------------- */

sv_Account sv_audience_new_account(const sv_Audience *a, uint32_t i, uint32_t seg)
{
    sv_Account acc;
    sv_audience_make(a, &acc, i, seg);
    acc.infl = sv_audience_infl(a, i, seg);
    return acc;
}

sv_Account sv_audience_account(const sv_Audience *a, uint32_t i)
{
    uint32_t g = 0;
    while (g + 1 < a->segment_count && i >= a->seg_start[g] + a->seg_count[g]) g++;
    if (i - a->seg_start[g] >= a->seg_exposed[g]) return sv_audience_new_account(a, i, g);
    sv_Account acc = a->accounts[i];
    acc.infl = sv_audience_infl(a, i, g);
    return acc;
}

static uint64_t seed_weight(sv_Role author, sv_Role kind)
{
    if (author == kind) return author == SV_ROLE_COMPLAINER ? 16u : 8u; /* their own followers */
    if (kind == SV_ROLE_ONLOOKER) return author == SV_ROLE_PRESS ? 8u : 2u;
    return 1u;
}

static uint64_t share_weight(sv_Role from, sv_Role kind)
{
    if (from == kind) return from == SV_ROLE_TROLL ? 8u : 6u;
    return kind == SV_ROLE_ONLOOKER ? 3u : 1u;
}

static void make_tables(sv_Audience *a)
{
    for (int k = 0; k < SV_ROLE_COUNT; k++) {
        uint64_t seed = 0, share = 0;
        for (uint32_t g = 0; g < a->segment_count; g++) {
            sv_Role kind = (sv_Role)a->seg_kind[g];
            a->seed_w[k][g] = (uint8_t)seed_weight((sv_Role)k, kind);
            a->share_w[k][g] = (uint8_t)share_weight((sv_Role)k, kind);
            seed += a->seg_count[g] * (uint64_t)a->seed_w[k][g];
            share += a->seg_count[g] * (uint64_t)a->share_w[k][g];
        }
        a->seed_total[k] = seed;
        a->share_total[k] = share;
        a->seed_inv[k] = seed ? (1ull << 56) / seed : 0;
        a->share_inv[k] = share ? (1ull << 56) / share : 0;
    }
}

/* The crowd's complainer is the first persona with the complainer's role. */
static bool vindictive(const sv_Scenario *sc)
{
    for (uint32_t i = 0; i < sc->persona_count; i++)
        if (sc->personas[i].role == SV_ROLE_COMPLAINER) return sc->personas[i].vindictive;
    return false;
}

static void make_segments(sv_Audience *a, const sv_Scenario *sc)
{
    uint32_t at = 0;
    bool grudge = vindictive(sc);
    a->mood_gain = grudge ? VINDICTIVE_MOOD_GAIN : 16;
    for (uint32_t g = 0; g < sc->segment_count && g < SV_MAX_SEGMENTS; g++) {
        const sv_Segment *sg = &sc->segments[g];
        uint32_t n = sg->count <= a->size - at ? sg->count : a->size - at;
        a->seg_start[g] = at;
        a->seg_count[g] = n;
        a->seg_kind[g] =
            (uint8_t)((unsigned)sg->kind < SV_ROLE_COUNT ? sg->kind : SV_ROLE_ONLOOKER);
        bool follower = a->seg_kind[g] == SV_ROLE_COMPLAINER;
        a->seg_gain[g] = follower && grudge ? VINDICTIVE_SHIFT_GAIN : 16;
        a->seg_follow[g] = follower ? 16 : 0;
        a->seg_stance[g] = sg->stance;
        a->seg_mobility[g] = sg->mobility;
        at += n;
        a->segment_count = g + 1;
    }
    if (at < a->size) { /* the accounts no segment names: neutral onlookers */
        uint32_t g = a->segment_count++;
        a->seg_start[g] = at;
        a->seg_count[g] = a->size - at;
        a->seg_kind[g] = SV_ROLE_ONLOOKER;
        a->seg_gain[g] = 16;
        a->seg_follow[g] = 0;
        a->seg_stance[g] = 0;
        a->seg_mobility[g] = 500;
    }
}

/* Segments that take the crowd's shift and the complainer's pull alike share
 * one class: their stance thresholds are the same. */
static void make_classes(sv_Audience *a)
{
    a->class_count = 0;
    memset(a->class_seg_count, 0, sizeof a->class_seg_count);
    for (uint32_t g = 0; g < a->segment_count; g++) {
        uint32_t c = 0;
        while (c < a->class_count &&
               (a->class_gain[c] != a->seg_gain[g] || a->class_follow[c] != a->seg_follow[g]))
            c++;
        if (c == a->class_count) {
            a->class_gain[c] = a->seg_gain[g];
            a->class_follow[c] = a->seg_follow[g];
            a->class_count++;
        }
        a->seg_class[g] = (uint8_t)c;
        a->class_segs[c][a->class_seg_count[c]++] = (uint8_t)g;
    }
}

/* `replies`: the session's reply capacity (history, and up to SV_MAX_STEPS
 * replies a decision), which the per-reply counts are indexed by. */
static bool alloc_crowd(sv_Audience *a, const sv_Scenario *sc, size_t replies)
{
    /* not zeroed: an account is written when it is first drawn, and a
     * segment's first seg_exposed accounts are the ones drawn */
    a->accounts = malloc((size_t)a->size * sizeof *a->accounts);
    a->order = malloc((size_t)a->size * sizeof *a->order);
    a->pending = calloc((size_t)SV_MAX_TOPICS * SV_AUDIENCE_SLOTS, sizeof *a->pending);
    a->post_topic = malloc((sc->post_count + 1u) * sizeof *a->post_topic);
    a->post_reactions = calloc(sc->post_count + 1u, sizeof *a->post_reactions);
    a->reply_reactions = calloc(replies + 1u, sizeof *a->reply_reactions);
    a->reply_quality = calloc(replies + 1u, sizeof *a->reply_quality);
    a->pool_recent = calloc(sc->comment_pool_count + 1u, sizeof *a->pool_recent);
    if (!a->accounts || !a->order || !a->pending || !a->post_topic || !a->post_reactions ||
        !a->reply_reactions || !a->reply_quality || !a->pool_recent)
        return false;
    a->fixed_bytes = sizeof *a + (size_t)SV_MAX_TOPICS * SV_AUDIENCE_SLOTS * sizeof *a->pending +
                     (sc->post_count + 1u) * (sizeof *a->post_topic + sizeof *a->post_reactions) +
                     (replies + 1u) * (sizeof *a->reply_reactions + sizeof *a->reply_quality) +
                     (sc->comment_pool_count + 1u) * sizeof *a->pool_recent;
    for (uint32_t p = 0; p < sc->post_count; p++) a->post_topic[p] = -1;
    return true;
}

void sv_audience_free(sv_Session *s)
{
    sv_Audience *a = s->audience;
    if (!a) return;
    free(a->accounts);
    free(a->order);
    free(a->class_hist);
    free(a->pending);
    free(a->post_topic);
    free(a->post_reactions);
    free(a->reply_reactions);
    free(a->reply_quality);
    free(a->pool_recent);
    free(a->comments);
    free(a);
    s->audience = NULL;
}

sv_Status sv_audience_init(sv_Session *s)
{
    const sv_Scenario *sc = s->sc;
    if (!sc || sc->audience_size == 0) return SV_OK;
    sv_Audience *a = calloc(1, sizeof *a);
    if (!a) return SV_ERR_NOMEM;
    s->audience = a;
    a->size = sc->audience_size < SV_MAX_AUDIENCE ? sc->audience_size : SV_MAX_AUDIENCE;
    if (!alloc_crowd(a, sc, s->reply_cap)) {
        sv_audience_free(s);
        return SV_ERR_NOMEM;
    }
    sv_rng_seed(&a->rng, s->seed, AUDIENCE_RNG_STREAM);
    a->account_seed = (uint64_t)sv_rng_next(&a->rng) << 32 | sv_rng_next(&a->rng);
    make_segments(a, sc);
    for (uint32_t g = 0; g < a->segment_count; g++) {
        sv_Role kind = (sv_Role)a->seg_kind[g];
        a->seg_act[g] = kind_act[kind];
        a->seg_infl[g] = kind_infl[kind];
        /* mobility x kind factor x MOB_MAX / (1000 x 16 x 1024), in 2^-32 (mobility
         * 0..1000: below 2^18 before the shift) */
        uint64_t mobk =
            (uint64_t)(uint32_t)a->seg_mobility[g] * kind_factor[kind] * SV_AUDIENCE_MOB_MAX;
        a->seg_mobk[g] = (mobk << 32) / 16384000u;
    }
    make_classes(a);
    size_t levels = (SV_AUDIENCE_MOB_MAX + 1u) * SV_AUDIENCE_BASE_LEVELS;
    a->class_hist = calloc(a->class_count * levels, sizeof *a->class_hist);
    if (!a->class_hist) {
        sv_audience_free(s);
        return SV_ERR_NOMEM;
    }
    a->fixed_bytes += a->class_count * levels * sizeof *a->class_hist;
    make_tables(a);
    sv_audience_sync_positive(a); /* the thresholds, with nobody exposed yet */
    a->next_ms = SV_AUDIENCE_STEP_MS;
    a->cur_reply = -1;
    a->sent_initial = sc->meters_initial[SV_METER_SENTIMENT];
    a->sent_exposed = UINT32_MAX; /* nothing worked out yet (read_meters) */
    a->reach_initial = sc->meters_initial[SV_METER_REACH];
    a->mood_initial = sc->meters_initial[SV_METER_MOOD];
    a->hour_ms = sc->audience_hour_ms ? sc->audience_hour_ms : 3600u * 1000u;
    a->comment_tokens = 3000u; /* the feed may show a few comments at once at the start */
    a->trail = SV_HASH_INIT;
    return SV_OK;
}

/* ---- reading the crowd ------------------------------------------------------------ */

int32_t sv_audience_stance(const sv_Audience *a, uint32_t account)
{
    if (!a || account >= a->size) return 0;
    sv_Account acc = sv_audience_account(a, account);
    int32_t v = 32 * acc.base + 16 + sv_audience_offset(a, acc.seg, acc.mob);
    return v < -1000 ? -1000 : v > 1000 ? 1000 : v;
}

sv_StanceBucket sv_audience_bucket(int32_t stance)
{
    if (stance < -SV_AUDIENCE_BAND) return SV_STANCE_HOSTILE;
    if (stance > SV_AUDIENCE_BAND) return SV_STANCE_SUPPORTIVE;
    return SV_STANCE_NEUTRAL;
}

bool sv_audience_segment_stats(const sv_Audience *a, uint32_t seg, sv_SegmentStats *out)
{
    memset(out, 0, sizeof *out);
    if (!a || seg >= a->segment_count) return false;
    out->kind = (sv_Role)a->seg_kind[seg];
    out->accounts = a->seg_count[seg];
    out->exposed = a->seg_exposed[seg];
    /* a segment's exposed accounts are its first, in index order (for the
     * trace: a scan of them, nothing the crowd's step does) */
    for (uint32_t i = a->seg_start[seg]; i < a->seg_start[seg] + a->seg_exposed[seg]; i++)
        out->bucket[sv_audience_bucket(sv_audience_stance(a, i))]++;
    return true;
}

/* The first base bucket whose stance is above 0 at mobility m for an account
 * whose stance is moved by `offset`: 32 (b - 32) + 16 + offset > 0  <=>  b >= first. */
static int32_t first_above(int32_t offset)
{
    /* |offset| is at most the shift's and the pull's limits together: shifted
     * by 6400 (200 buckets) the division is of a number above 0 */
    int32_t first = (int32_t)((uint32_t)(6400 - 16 - offset) / 32u) - 200 + 33;
    return first < 0 ? 0 : first > SV_AUDIENCE_BASE_LEVELS ? SV_AUDIENCE_BASE_LEVELS : first;
}

uint32_t sv_audience_positive_scan(const sv_Audience *a)
{
    uint32_t pos = 0;
    for (uint32_t k = 0; k < a->exposed; k++) pos += sv_audience_stance(a, a->order[k]) > 0;
    return pos;
}

uint32_t sv_audience_positive(const sv_Audience *a) { return a ? a->positive : 0; }

/* The stance offset of class c's accounts of mobility m, as sv_audience_offset has it. */
static int32_t class_offset(const sv_Audience *a, uint32_t c, int32_t m, int32_t shift,
                            int32_t follow)
{
    int32_t part = shift * m / SV_AUDIENCE_MOB_MAX;
    int32_t gain = a->class_gain[c];
    return (gain == 16 ? part : part * gain / 16) + follow * a->class_follow[c] / 16;
}

void sv_audience_level_sync(sv_Audience *a, uint32_t c, uint32_t m)
{
    int32_t off = class_offset(a, c, (int32_t)m, a->pos_shift, a->pos_follow);
    a->class_off[c][m] = (int16_t)off;
    a->class_first[c][m] = (int8_t)first_above(off);
    a->class_levels[c] |= (uint16_t)(1u << m);
}

void sv_audience_sync_positive(sv_Audience *a)
{
    /* most steps move neither: then no threshold moves; a class the
     * complainer does not pull moves only with the shift */
    bool moved = !a->pos_synced || a->pos_shift != a->shift;
    if (!moved && a->pos_follow == a->follow) return;
    a->pos_synced = true;
    a->pos_shift = a->shift;
    a->pos_follow = a->follow;
    size_t levels = (SV_AUDIENCE_MOB_MAX + 1u) * SV_AUDIENCE_BASE_LEVELS;
    for (uint32_t c = 0; c < a->class_count; c++) {
        if (!moved && a->class_follow[c] == 0) continue;
        /* only the levels that have accounts: the others are worked out when
         * their first account arrives */
        for (uint32_t bits = a->class_levels[c]; bits; bits &= bits - 1u) {
            int32_t m = __builtin_ctz(bits);
            int32_t was = a->class_first[c][m];
            int32_t off = class_offset(a, c, m, a->shift, a->follow);
            a->class_off[c][m] = (int16_t)off;
            int32_t now = first_above(off);
            if (now == was) continue;
            a->class_first[c][m] = (int8_t)now;
            const uint32_t *h = &a->class_hist[c * levels + (size_t)m * SV_AUDIENCE_BASE_LEVELS];
            /* the buckets between the old and the new threshold cross over */
            if (now < was)
                for (int32_t b = now; b < was; b++) a->positive += h[b];
            else
                for (int32_t b = was; b < now; b++) a->positive -= h[b];
        }
    }
}

int32_t sv_audience_supportive(const sv_Audience *a)
{
    if (!a || a->exposed == 0) return -1;
    return (int32_t)((uint64_t)sv_audience_positive(a) * SV_PER_MILLE / a->exposed);
}

size_t sv_audience_bytes(const sv_Audience *a)
{
    if (!a) return 0;
    return a->fixed_bytes + (size_t)a->size * SV_AUDIENCE_BYTES_PER_ACCOUNT +
           (size_t)a->comment_cap * sizeof(sv_Comment);
}

bool sv_audience_moves(const sv_Audience *a, sv_CrowdMoves *out)
{
    memset(out, 0, sizeof *out);
    if (!a) return false;
    out->shift = a->shift;
    out->verdicts = (int32_t)(a->moved_verdicts / 16);
    out->answered = (int32_t)(a->moved_answered / 16);
    out->humour = (int32_t)(a->moved_humour / 16);
    out->voice = (int32_t)(a->moved_voice / 16);
    out->context = (int32_t)(a->moved_context / 16);
    out->speed = (int32_t)(a->moved_speed / 16);
    out->hidden = (int32_t)(a->moved_private / 16);
    out->praise = (int32_t)(a->moved_praise / 16);
    out->civility = (int32_t)(a->moved_civility / 16);
    out->proof = (int32_t)(a->moved_proof / 16);
    out->pull = a->follow;
    out->pull_mood = a->follow_mood;
    out->pull_posts = a->follow_posts;
    return true;
}

uint32_t sv_audience_size(const sv_Audience *a) { return a ? a->size : 0; }
uint32_t sv_audience_exposed(const sv_Audience *a) { return a ? a->exposed : 0; }
uint32_t sv_audience_segment_count(const sv_Audience *a) { return a ? a->segment_count : 0; }
uint32_t sv_audience_comment_count(const sv_Audience *a) { return a ? a->comment_count : 0; }
int32_t sv_audience_reputation_moved(const sv_Audience *a) { return a ? a->rep_moved : 0; }
uint32_t sv_audience_thread_count(const sv_Audience *a) { return a ? a->topic_count : 0; }

uint32_t sv_audience_said(const sv_Audience *a)
{
    uint32_t n = 0;
    for (int k = 0; a && k < SV_ABOUT_COUNT; k++)
        for (int b = 0; b < SV_STANCE_COUNT; b++) n += a->said[k][b];
    return n;
}

const sv_Comment *sv_audience_comment(const sv_Audience *a, int32_t i)
{
    return a && i >= 0 && (uint32_t)i < a->comment_count ? &a->comments[i] : NULL;
}

int32_t sv_audience_thread_post(const sv_Audience *a, uint32_t t)
{
    return a && t < a->topic_count ? a->topics[t].post : -1;
}

int32_t sv_audience_thread_reply(const sv_Audience *a, int32_t root)
{
    for (uint32_t t = 0; a && t < a->topic_count; t++)
        if (a->topics[t].post == root) return a->topics[t].reply;
    return -1;
}

sv_Reactions sv_audience_post_reactions(const sv_Session *s, int32_t post)
{
    sv_Reactions r = {0, 0, 0};
    if (s->audience && s->sc && post >= 0 && (uint32_t)post < s->sc->post_count)
        r = s->audience->post_reactions[post];
    return r;
}

sv_Reactions sv_audience_reply_reactions(const sv_Session *s, int32_t reply)
{
    sv_Reactions r = {0, 0, 0};
    if (s->audience && reply >= 0 && (size_t)reply < s->reply_count)
        r = s->audience->reply_reactions[reply];
    return r;
}

const char *sv_comment_text(const sv_Session *s, const sv_Comment *c, sv_Lang lang)
{
    const sv_Scenario *sc = s->sc;
    if (!sc || !c || c->pool >= sc->comment_pool_count) return "";
    const sv_CommentPool *p = &sc->comment_pools[c->pool];
    if (c->entry >= p->texts.count || p->texts.start + c->entry >= sc->comment_text_count)
        return "";
    return sv_text_get(&sc->comment_texts[p->texts.start + c->entry], lang);
}

/* ---- the hash ---------------------------------------------------------------------- */

static uint64_t h_i32(uint64_t h, int32_t v) { return sv_hash_u32(h, (uint32_t)v); }
static uint64_t h_i64(uint64_t h, int64_t v) { return sv_hash_u64(h, (uint64_t)v); }

static uint64_t hash_topic(uint64_t h, const sv_Topic *t)
{
    h = h_i32(h, t->post);
    h = sv_hash_u32(h, t->valence);
    h = sv_hash_u32(h, t->answered ? 1u : 0u);
    h = sv_hash_u32(h, t->humour);
    h = h_i32(h, t->reply);
    h = sv_hash_u32(h, t->reply_ms);
    h = h_i32(h, t->quality);
    h = h_i32(h, t->heat);
    h = h_i32(h, t->cool);
    h = sv_hash_u32(h, t->exposed);
    h = sv_hash_u32(h, t->wave_left);
    h = sv_hash_u32(h, t->wave_steps);
    h = sv_hash_u32(h, t->wave_pool);
    h = sv_hash_u32(h, t->start_ms);
    h = sv_hash_u32(h, (uint32_t)t->moderated | (uint32_t)t->disputed << 1 |
                           (uint32_t)t->success << 2);
    h = h_i64(h, t->overdue);
    h = h_i64(h, t->held);
    h = sv_hash_u32(h, t->uncivil);
    h = h_i64(h, t->civ_sent);
    h = h_i64(h, t->proof);
    return h_i64(h, t->reply_sent);
}

static uint64_t hash_reactions(uint64_t h, const sv_Reactions *r)
{
    h = sv_hash_u32(h, r->likes);
    h = sv_hash_u32(h, r->shares);
    return sv_hash_u32(h, r->comments);
}

static uint64_t hash_comment(uint64_t h, const sv_Comment *c)
{
    h = sv_hash_u32(h, c->t_ms);
    h = sv_hash_u32(h, c->account);
    h = h_i32(h, c->post);
    h = h_i32(h, c->reply);
    h = sv_hash_u32(h, c->pool);
    h = sv_hash_u32(h, c->entry);
    h = sv_hash_u32(h, c->stance);
    h = sv_hash_u32(h, c->kind);
    return h_i32(h, c->stance_value);
}

static uint64_t hash_flow(uint64_t h, const sv_Audience *a)
{
    h = sv_hash_u32(h, a->next_ms);
    h = h_i32(h, a->shift);
    h = h_i32(h, a->follow);
    h = h_i32(h, a->follow_posts);
    h = h_i64(h, a->shift_fine);
    h = h_i64(h, a->shift_pending);
    h = h_i64(h, a->sent_carry);
    h = h_i64(h, a->reach_carry);
    h = h_i64(h, a->pending_free);
    h = h_i64(h, a->chatter_carry);
    h = h_i64(h, a->rep_acc);
    h = h_i32(h, a->rep_moved);
    h = h_i32(h, a->cur_reply);
    h = h_i64(h, a->cur_units);
    h = sv_hash_u32(h, a->comment_tokens);
    h = sv_hash_u32(h, a->uncivil_shown ? 1u : 0u);
    if (a->held) h = hash_comment(sv_hash_u32(h, a->full_ms), &a->cand2);
    h = sv_hash_u64(h, a->rng.state);
    return sv_hash_u64(h, a->rng.inc);
}

uint64_t sv_audience_hash(uint64_t h, const sv_Session *s)
{
    const sv_Audience *a = s->audience;
    if (!a) return h;
    const sv_Scenario *sc = s->sc;
    h = sv_hash_u32(h, a->size);
    h = sv_hash_u32(h, a->segment_count);
    for (uint32_t g = 0; g < a->segment_count; g++) h = sv_hash_u32(h, a->seg_exposed[g]);
    h = sv_hash_u32(h, a->exposed);
    h = sv_hash_u64(h, a->trail);
    h = hash_flow(h, a);
    h = sv_hash_u32(h, a->topic_count);
    for (uint32_t t = 0; t < a->topic_count; t++) {
        h = hash_topic(h, &a->topics[t]);
        for (uint32_t k = 0; k < SV_AUDIENCE_SLOTS; k++)
            h = h_i64(h, a->pending[t * SV_AUDIENCE_SLOTS + k]);
    }
    /* what injects add only once touched (session_internal.h) */
    uint32_t posts = sv_session_hashed_posts(s);
    for (uint32_t p = 0; p < posts; p++) h = hash_reactions(h, &a->post_reactions[p]);
    for (size_t r = 0; r < s->reply_count; r++) {
        h = hash_reactions(h, &a->reply_reactions[r]);
        h = h_i32(h, a->reply_quality[r]);
    }
    for (int k = 0; k < SV_ABOUT_COUNT; k++)
        for (int b = 0; b < SV_STANCE_COUNT; b++) h = sv_hash_u32(h, a->said[k][b]);
    for (uint32_t p = 0; p < sc->comment_pool_count; p++) h = sv_hash_u64(h, a->pool_recent[p]);
    h = sv_hash_u32(h, a->comment_count);
    for (uint32_t i = 0; i < a->comment_count; i++) h = hash_comment(h, &a->comments[i]);
    return h;
}
