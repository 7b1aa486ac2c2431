/* What one account does when it sees a thread: first when a post or a share
 * reaches it, again when it looks in later (chatter) or comes back to see the
 * brand's reply. It likes what it agrees with, shares it (more eagerly the
 * hotter the thread), and comments; its stance at that moment picks the words
 * from the scenario's pools. The feed shows at most one comment a second. */
#include <stdlib.h>
#include <string.h>

#include "audience_internal.h"
#include "core_util.h"

#define TYPING_MS 8000u /* no comment sooner than this after what it answers */

static void note(sv_Audience *a, uint32_t account, uint32_t what)
{
    a->trail = sv_audience_mix(sv_audience_mix(a->trail, account), what);
}

/* ---- comments ---------------------------------------------------------------------- */

static int32_t find_pool(const sv_Scenario *sc, int kind, int stance, int about)
{
    int32_t any = -1;
    for (uint32_t i = 0; i < sc->comment_pool_count; i++) {
        const sv_CommentPool *p = &sc->comment_pools[i];
        if (p->uncivil || p->stance != stance || p->about != about || p->texts.count == 0) continue;
        if (p->kind == kind) return (int32_t)i;
        if (p->kind < 0 && any < 0) any = (int32_t)i;
    }
    return any;
}

/* Some comments are uncivil, rude to others in the thread (Bacile et al.
 * 2018): the scenario's share of them, trolls' three times as often. */
static bool uncivil(sv_Audience *a, const sv_Scenario *sc, const sv_Account *acc)
{
    if (sc->uncivil_permille == 0 || !sv_in_range(sc->uncivil_pool, sc->comment_pool_count))
        return false;
    uint32_t p = sc->uncivil_permille * (a->seg_kind[acc->seg] == SV_ROLE_TROLL ? 3u : 1u);
    return sv_audience_below(&a->rng, 1000u) < p;
}

/* Every comment is counted; SV_AUDIENCE_SHOWN a step may be shown, picked fairly among them. */
static void offer_comment(sv_Audience *a, const sv_Session *s, uint32_t i, sv_Topic *tp, bool live,
                          int32_t st)
{
    const sv_Account *acc = &a->accounts[i];
    sv_StanceBucket b = sv_audience_bucket(st);
    int about = live ? SV_ABOUT_REPLY : SV_ABOUT_COMPLAINT;
    a->said[about][b]++;
    if (live)
        a->reply_reactions[tp->reply].comments++;
    else
        a->post_reactions[tp->post].comments++;
    note(a, i, 3u);
    bool rude = uncivil(a, s->sc, acc);
    if (rude) tp->uncivil++;
    int32_t pool = s->sc->uncivil_pool;
    if (!rude) { /* each kind, bucket and subject's pool looked up once */
        int16_t *memo = &a->pool_memo[a->seg_kind[acc->seg] % SV_ROLE_COUNT][b][about];
        if (*memo == 0)
            *memo = (int16_t)(find_pool(s->sc, a->seg_kind[acc->seg], (int)b, about) + 2);
        pool = *memo - 2;
    }
    if (pool < 0) return;
    /* the j-th of the step's comments takes a place with chance SHOWN / j */
    uint32_t j = ++a->cand_seen, r = sv_audience_below(&a->rng, j);
    if (j > SV_AUDIENCE_SHOWN && r >= SV_AUDIENCE_SHOWN) return;
    sv_Comment *c = &a->cand[j <= SV_AUDIENCE_SHOWN ? j - 1u : r];
    memset(c, 0, sizeof *c);
    c->t_ms = s->now_ms;
    c->account = i;
    c->post = tp->post;
    c->reply = live ? tp->reply : -1;
    c->pool = (uint16_t)pool;
    c->stance = (uint8_t)b;
    c->kind = a->seg_kind[acc->seg];
    c->stance_value = (int16_t)st;
}

static bool grow_comments(sv_Audience *a)
{
    if (a->comment_count < a->comment_cap) return true;
    if (a->comment_cap >= SV_MAX_COMMENTS) return false;
    uint32_t cap = a->comment_cap ? a->comment_cap * 2 : 64;
    cap = cap > SV_MAX_COMMENTS ? SV_MAX_COMMENTS : cap;
    sv_Comment *c = realloc(a->comments, cap * sizeof *c);
    if (!c) return false;
    a->comments = c;
    a->comment_cap = cap;
    return true;
}

/* An entry of pool `pool` (n entries) that it has not given lately: the
 * newest half of the pool's last entries, at most RECENT_KEPT, are held back,
 * so two accounts a few comments apart never post the very same words. */
#define RECENT_KEPT 4u
static uint32_t fresh_entry(sv_Audience *a, uint32_t pool, uint32_t n)
{
    uint64_t recent = a->pool_recent[pool];
    uint32_t keep = n / 2 < RECENT_KEPT ? n / 2 : RECENT_KEPT, avoid[RECENT_KEPT], k = 0;
    for (uint32_t j = 0; j < keep; j++) {
        uint32_t v = (uint32_t)(recent >> (16u * j)) & 0xFFFFu;
        bool dup = false;
        for (uint32_t i = 0; i < k; i++) dup |= avoid[i] == v - 1u;
        if (v && v <= n && !dup) avoid[k++] = v - 1u;
    }
    uint32_t r = sv_audience_below(&a->rng, n - k); /* the r-th entry not held back */
    for (uint32_t e = 0; e < n; e++) {
        bool held = false;
        for (uint32_t i = 0; i < k; i++) held |= avoid[i] == e;
        if (held || r-- > 0) continue;
        a->pool_recent[pool] = recent << 16 | (uint64_t)(e + 1u);
        return e;
    }
    return 0; /* a pool with no entries is never chosen */
}

/* Shows comment *from: its words picked now, logged by the session. */
static void show_comment(sv_Audience *a, const sv_Session *s, const sv_Comment *from,
                         sv_CrowdOut *out)
{
    if (!grow_comments(a)) {
        a->dropped_comments++;
        return;
    }
    sv_Comment *c = &a->comments[a->comment_count];
    *c = *from;
    const sv_CommentPool *p = &s->sc->comment_pools[c->pool];
    c->entry = (uint16_t)fresh_entry(a, c->pool, p->texts.count);
    a->comment_tokens -= 1000u;
    /* the first uncivil comment on screen opens the scenario's decision about it */
    if (p->uncivil && !a->uncivil_shown) {
        a->uncivil_shown = true;
        if (s->sc->uncivil_opens) out->open_decision = s->sc->uncivil_decision;
    }
    out->comment = (int32_t)a->comment_count;
    out->account = (int32_t)c->account;
    a->comment_count++;
}

void sv_audience_commit_comment(sv_Audience *a, const sv_Session *s, sv_CrowdOut *out)
{
    uint32_t seen = a->cand_seen;
    a->cand_seen = 0;
    if (!seen || a->comment_tokens < 1000u) return;
    show_comment(a, s, &a->cand[0], out);
    /* the others at the step's thirds, as many as the feed has room for
     * (nothing refills it before the next step) */
    uint32_t more = (seen < SV_AUDIENCE_SHOWN ? seen : SV_AUDIENCE_SHOWN) - 1u;
    uint32_t room = a->comment_tokens / 1000u;
    more = more < room ? more : room;
    if (!more) return;
    a->held = (uint8_t)more;
    a->held_at = 1;
    a->full_ms = a->next_ms;
    a->next_ms = sv_audience_shown_ms(a->full_ms - SV_AUDIENCE_STEP_MS, 1);
}

void sv_audience_show_held(sv_Audience *a, const sv_Session *s, sv_CrowdOut *out)
{
    if (a->comment_tokens >= 1000u) show_comment(a, s, &a->cand[a->held_at], out);
    a->held--;
    a->held_at++;
    a->next_ms =
        a->held ? sv_audience_shown_ms(a->full_ms - SV_AUDIENCE_STEP_MS, a->held_at) : a->full_ms;
}

/* ---- reacting ------------------------------------------------------------------------ */

static int64_t fanout(const sv_Audience *a, uint32_t i, uint32_t g)
{
    /* a share reaches about a sixteenth of the sharer's followers inside the crowd:
     * 2^infl followers is 2^infl sixteenths of an exposure */
    uint32_t infl = sv_audience_infl(a, i, g);
    int64_t f = (int64_t)1 << (infl < 40 ? infl : 40);
    int64_t cap = (int64_t)a->size * 4; /* a quarter of the crowd */
    return f < cap ? f : cap;
}

/* One of segment g's accounts that came through thread t, to name what a
 * look in again or a return did (a few tries, then any of the segment's). */
static uint32_t named(sv_Audience *a, uint32_t t, uint32_t g)
{
    uint32_t i = a->seg_start[g];
    for (uint32_t k = 0; k < 8u; k++) {
        i = a->seg_start[g] + sv_audience_below(&a->rng, a->seg_exposed[g]);
        if (a->accounts[i].topic == t) break;
    }
    return i;
}

/* Its share goes out: a sixteenth of its followers come to the thread. */
static void do_share(sv_Audience *a, const sv_Session *s, uint32_t i, uint32_t t, uint32_t g,
                     uint32_t c, bool reply)
{
    const sv_Topic *tp = &a->topics[t];
    a->cells[t][g].shared[c]++;
    if (reply)
        a->reply_reactions[tp->reply].shares++;
    else
        a->post_reactions[tp->post].shares++;
    uint32_t k = a->seg_kind[g];
    int64_t p = a->pending[(size_t)t * SV_AUDIENCE_SLOTS + k];
    int64_t cap = (int64_t)a->size * 16;
    /* a thread is news for an hour of the story; after that a share brings in fewer */
    int64_t fan = fanout(a, i, g) * sv_onlookers_fresh(a, tp, s->now_ms) / 1024;
    sv_audience_set_pending(a, t, k, p + fan > cap ? cap : p + fan);
    note(a, i, 2u);
}

static void do_like(sv_Audience *a, uint32_t t, uint32_t g, uint32_t c, bool reply)
{
    const sv_Topic *tp = &a->topics[t];
    sv_Cell *cell = &a->cells[t][g];
    uint32_t at = t << 12 | g << 4 | c;
    if (reply) {
        cell->liked_reply[c]++;
        a->reply_reactions[tp->reply].likes++;
        note(a, at, 1u);
    } else {
        cell->liked[c]++;
        a->post_reactions[tp->post].likes++;
        note(a, at, 0u);
    }
}

static void do_comment(sv_Audience *a, const sv_Session *s, uint32_t i, uint32_t t, bool live,
                       int32_t st)
{
    a->accounts[i].flags |= SV_ACCOUNT_COMMENTED;
    offer_comment(a, s, i, &a->topics[t], live, st);
}

/* Thread t as a look at it sees it this step. */
const sv_TopicView *sv_audience_make_view(sv_Audience *a, const sv_Session *s, uint32_t t)
{
    sv_TopicView *v = &a->view[t];
    a->view_fresh |= 1ull << t;
    const sv_Topic *tp = &a->topics[t];
    /* most steps of a settled thread see it as the step before did */
    if (v->settled && v->key_heat == tp->heat && v->key_reply == tp->reply &&
        v->key_humour == tp->humour && v->good == (tp->quality >= 0))
        return v;
    v->key_heat = tp->heat;
    v->key_reply = tp->reply;
    v->key_humour = tp->humour;
    v->side = tp->valence == SV_VALENCE_NEGATIVE ? -1 : tp->valence == SV_VALENCE_POSITIVE ? 1 : 0;
    v->live = tp->reply >= 0;
    v->tag = v->live ? (uint8_t)(tp->reply % 255 + 1) : 0;
    v->good = tp->quality >= 0;
    v->humour = v->live ? (uint8_t)(tp->humour % 3u) : 0;
    if (v->live && tp->liked_tag != v->tag) { /* a new reply: nobody has liked it yet */
        a->topics[t].liked_tag = v->tag;
        for (uint32_t g = 0; g < a->segment_count; g++)
            memset(a->cells[t][g].liked_reply, 0, sizeof a->cells[t][g].liked_reply);
    }
    /* nobody types that fast: the first words come TYPING_MS after what they
     * answer. Those looking in again or coming back look at the step; the
     * accounts a step reaches were reached over the step, so of their first
     * looks the step whose span holds that moment has the share of it past
     * the moment talk (the span taken around the step: at a step exactly
     * TYPING_MS after, half of them; from half a step after, all) */
    uint64_t since = s->now_ms - (v->live ? tp->reply_ms : s->post_ms[tp->post]);
    uint64_t past = since + SV_AUDIENCE_STEP_MS / 2u, from = TYPING_MS;
    uint32_t part = past <= from ? 0u
                    : past - from >= SV_AUDIENCE_STEP_MS
                        ? 1024u
                        : (uint32_t)((past - from) * 1024u / SV_AUDIENCE_STEP_MS);
    bool typed = since >= TYPING_MS;
    v->talk = tp->valence == SV_VALENCE_NEGATIVE && part > 0; /* part > 0 when typed */
    v->share_heat = SV_LOOK_SHARE_PPM / 1000u * (uint32_t)tp->heat / 1000u;
    v->comment_heat = SV_LOOK_COMMENT_PPM / 1000u * (uint32_t)tp->heat * part / (1000u * 1024u);
    v->comment_again = typed ? SV_LOOK_COMMENT_CHATTER_PPM / 1000u : 0u;
    v->comment_return = typed ? SV_LOOK_COMMENT_REPLY_PPM / 1000u : 0u;
    /* the most a first look's like, share and comment can come to (stance 1000 either way) */
    uint32_t like =
        v->live ? SV_LOOK_LIKE_REPLY_PPM + sv_look_humour_like_ppm[v->humour] : SV_LOOK_LIKE_PPM;
    uint32_t share = v->share_heat * 1000u;
    if (v->live && share < SV_LOOK_SHARE_REPLY_PPM + sv_look_humour_share_ppm[v->humour])
        share = SV_LOOK_SHARE_REPLY_PPM + sv_look_humour_share_ppm[v->humour];
    v->most_first = like + share + (v->talk ? v->comment_heat * 1000u : 0u);
    /* a look in again or a return: act 255, and a comment's chance at most
     * SV_LOOK_COMMENT_CHATTER_PPM (a return's is lower); below certainty, a draw
     * above it does nothing (about a seventh of them in the parcel) */
    uint32_t again = like + share + (v->talk ? v->comment_again * 1000u : 0u);
    _Static_assert(SV_LOOK_COMMENT_CHATTER_PPM >= SV_LOOK_COMMENT_REPLY_PPM,
                   "one bound serves both");
    v->most_again = again < 1000000u ? 255u * again : UINT32_MAX;
    /* past the typing time (or no talk at all) nothing but the keys moves it */
    v->settled = tp->valence != SV_VALENCE_NEGATIVE || (typed && part == 1024u);
    return v;
}

/* What of a stratum's accounts has not done something yet, in 65536ths, as
 * one looking in again or coming back finds it: `done` of its exposed /
 * STRATA accounts did, and they are picked by their activity, as those who
 * did were (a first look acts by its activity too), so those who did weigh
 * E[act^2] / E[act]^2 (`bias`, in 4096ths) of the others. */
static uint32_t undone(uint32_t exposed, uint32_t done, uint32_t bias)
{
    uint64_t all = exposed, did = (uint64_t)done * SV_AUDIENCE_STRATA * bias >> 12;
    return did >= all ? 0u : (uint32_t)(((all - did) << 16) / all);
}

/* ppm x part in 65536ths */
static uint32_t part_of(uint32_t ppm, uint32_t part)
{
    return (uint32_t)((uint64_t)ppm * part >> 16);
}

/* The rest of a look (sv_audience_look) whose draw x may act: its chances
 * `ch`, as its stance made them. A first look is by an account that has done
 * nothing yet; one looking in again or coming back is any of the stratum's,
 * so its like and share are taken by the share of the stratum that has not
 * liked or shared yet. One draw decides which, if any, it does (they exclude
 * each other, so each keeps its chance); only when together they come to
 * more than certainty does each take a draw of its own. */
void sv_audience_look_act(sv_Audience *a, const sv_Session *s, uint32_t t, uint32_t g, int64_t who,
                          const sv_TopicView *v, sv_ReactMode mode, uint32_t x, uint32_t act,
                          const sv_LookChances *ch)
{
    uint32_t c = sv_audience_stratum(ch->noise);
    int32_t st = ch->st;
    bool live = v->live, like_reply = ch->like_reply, share_reply = ch->share_reply;
    uint32_t post_ppm = ch->post_ppm, reply_ppm = ch->reply_ppm, share_ppm = ch->share_ppm;
    uint32_t like_ppm = reply_ppm > post_ppm ? reply_ppm : post_ppm;
    uint32_t wl = sv_audience_weight(act, like_ppm), ws = sv_audience_weight(act, share_ppm);
    uint32_t wc = sv_audience_weight(act, ch->comment_ppm);
    uint64_t sum = (uint64_t)wl + ws + wc;
    uint32_t wr = like_reply ? sv_audience_weight(act, reply_ppm) : 0u; /* of wl, the reply's */
    if (mode != SV_REACT_EXPOSED) {
        /* one looking in again or coming back is any of the stratum's
         * accounts: of its like and share, the part of those who have not */
        const sv_Cell *cell = &a->cells[t][g];
        uint32_t bias = a->seg_act_bias[g];
        uint32_t not_liked = undone(cell->exposed, cell->liked[c], bias);
        uint32_t not_shared = undone(cell->exposed, cell->shared[c], bias);
        if (like_reply) {
            uint32_t nlr = undone(cell->exposed, cell->liked_reply[c], bias);
            reply_ppm = part_of(reply_ppm, nlr);
            like_ppm = reply_ppm + part_of(part_of(post_ppm, 65536u - nlr), not_liked);
        } else {
            like_ppm = part_of(post_ppm, not_liked);
        }
        share_ppm = part_of(share_ppm, not_shared);
        wl = sv_audience_weight(act, like_ppm);
        wr = sv_audience_weight(act, reply_ppm);
        ws = sv_audience_weight(act, share_ppm);
        sum = (uint64_t)wl + ws + wc;
    } else if (like_reply) {
        wl = wr; /* a first look at a reply it agrees with likes the reply */
        sum = (uint64_t)wl + ws + wc;
    }
    bool like = false, share = false, comment = false;
    if (sum <= SV_AUDIENCE_CHANCE) {
        if (x >= sum) return;
        like = x < wl;
        share = !like && x - wl < ws;
        comment = !like && !share;
    } else { /* together more than certain (a joke, a hot thread, an eager stratum) */
        like = wl && sv_audience_below(&a->rng, SV_AUDIENCE_CHANCE) < wl;
        share = ws && sv_audience_below(&a->rng, SV_AUDIENCE_CHANCE) < ws;
        comment = wc && sv_audience_below(&a->rng, SV_AUDIENCE_CHANCE) < wc;
        x = like ? sv_audience_below(&a->rng, wl) : 0u; /* which like */
    }
    if (like) do_like(a, t, g, c, x < wr);
    if (!share && !comment) return;
    uint32_t i = who >= 0 ? (uint32_t)who : named(a, t, g);
    if (share) do_share(a, s, i, t, g, c, share_reply);
    if (comment) do_comment(a, s, i, t, live, st);
}
