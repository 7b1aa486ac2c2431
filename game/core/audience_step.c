/* The crowd's clock: every SV_AUDIENCE_STEP_MS the brand's verdicts ramp into
 * everyone's stance, each thread heats up while it stands unanswered and cools
 * once it is handled, pending exposures (from posts, shares and the rules' reach)
 * reach new accounts, a few exposed accounts come back to talk, and sentiment,
 * reach and reputation are read back from the crowd. Work per step is bounded
 * (MAX_DRAWS, MAX_CHATTER, MAX_RETURNS), never a pass over every account. */
#include <string.h>

#include "audience_internal.h"
#include "core_util.h"
#include "svara/score.h"

/* The crowd steps every SV_AUDIENCE_STEP_MS (4 s): the draws (new
 * exposures, accounts looking in again or coming back) are made once a step,
 * in bounds per second of the step; the ramps of the shift and the pull and
 * the returns run in SUBSTEPS of 100 ms each, so they move as finely as when
 * the crowd stepped every 100 ms, the release takes the step's forty
 * substeps in one go ((39/40)^40 of what waits) and the heat's cooling in
 * two halves of twenty (the loss at each half's start, twenty times). The
 * rates below marked "a substep" are per 100 ms. (A step every 2 s cost a
 * random play-through of the parcel a tenth more than this, a step every
 * second an eighth more again; the feed still shows a step's comments
 * spread over it, at the step's thirds, audience_react.c.) */
#define SUBSTEP_MS 100u
#define SUBSTEPS (SV_AUDIENCE_STEP_MS / SUBSTEP_MS)
_Static_assert(SV_AUDIENCE_STEP_MS % SUBSTEP_MS == 0, "a step is whole substeps");
_Static_assert(SV_MAX_AUDIENCE <= (UINT32_MAX >> 10), "an account and a 1024th fit one draw");
_Static_assert((uint64_t)SV_MAX_AUDIENCE * 16u < (1ull << 32),
               "a draw table's total weight times 2^32 fits 64 bits");
#define STEP_S (SV_AUDIENCE_STEP_MS / 1000u)
#define MAX_DRAWS (5120u * STEP_S)   /* new exposures tried per step; the rest waits its turn */
#define MAX_CHATTER (1280u * STEP_S) /* exposed accounts that look in again, per step */
#define MAX_RETURNS (5120u * STEP_S) /* accounts that come back to see a reply, per step */
#define RELEASE_DIV 40    /* a 40th of what is pending goes out a substep, at least one (tau 4 s) */
#define SEED_PERMILLE 250 /* of a post author's followers see the post in the crowd */
#define SEED_PER_SHARE 8  /* exposures for each share a post starts with */
#define HEAT_START 300    /* a complaint's heat when it appears */
#define HEAT_RISE 2       /* a substep while it stands unanswered: +20 a second */
#define HEAT_CALM 150     /* praise and questions: shared a little, never a pile-on */
#define HEAT_FLOOR 150    /* an answered thread never goes quite silent */
#define HEAT_FLOOR_LEFT 100 /* unless the talk moved to private: it settles lower */
#define COOL_GOOD 8         /* per mille a substep once well answered (tau 12.5 s) */
#define COOL_BAD 2          /* after a reply that made it worse (tau 50 s) */
#define SHIFT_RAMP 30       /* a 30th of a verdict still to come arrives a substep (tau 3 s) */
#define SHIFT_MAX 4000
#define SHIFT_PER_POINT 8    /* stance units (of 1000) a point of sentiment moves the crowd */
#define BUMP_HEAT 150        /* a new complaint in a thread stirs it up again */
#define CALM_HEAT 200        /* a happy post in a heated thread calms it */
#define CHATTER_PERMILLE 200 /* of exposed accounts look in again each minute (at full heat) */
#define WAVE_STEPS 200u      /* a reply's returns spread over 20 s (substeps) */
#define RETURN_PERMILLE 400  /* of a thread's accounts come back to see the brand's reply */
#define REP_PER_MIN 20 /* tenths of reputation a minute: whole crowd exposed, all on one side */
#define COMMENT_EVERY_MS 2500u /* the feed shows a crowd comment at most this often (burst 3) */
/* The complainer's followers follow the complainer: FOLLOW_PER_MOOD stance units
 * (of 1000) for each point of mood the complainer gained or lost since the start,
 * and a post of theirs in the thread pulls them: a thank-you up, an outburst
 * down (less: the mood carries most of an escalation). Ramps in (tau 2 s: a 20th a substep). */
#define FOLLOW_PER_MOOD 6
#define FOLLOW_THANKS 200
#define FOLLOW_OUTBURST 100
#define FOLLOW_RAMP 20
/* Answering beats silence (van Noort & Willemsen 2012): the first public answer
 * to a complaint that is neither defensive nor judged bad lifts everyone
 * watching by this many stance units (before mobility), on top of its verdict.
 * A defensive answer (it argues, or blames the customer) instead turns a
 * constructive complainer's followers against the brand, further than silence
 * would (Weitzl 2019): the complainer's pull drops by DEFENSIVE_PULL. */
#define ANSWER_LIFT 60
#define DEFENSIVE_PULL 250
/* Herhausen et al. 2019: compensation offered in public spreads a complaint
 * further (others want the same: the thread heats up and its watchers bring
 * COMP_REACH_PERMILLE more people in); empathy or an apology, and moving to
 * private after a public answer, slow the spread (the thread loses a third
 * more of its heat; half when the conversation leaves it). */
#define COMP_HEAT 250
#define COMP_REACH_PERMILLE 250
#define CALM_DIV 3
#define LEAVE_DIV 2
/* A joke costs trust (Shin & Larson 2020): everyone watching loses this many
 * stance units (before mobility) whatever its verdict; mocking humour costs
 * more (Béal & Grégoire 2022). Its engagement is in audience_react.c. */
#define JOKE_TRUST 50
#define MOCK_TRUST 120
/* A personal, human voice beats a corporate template with onlookers (Javornik
 * et al. 2020; Schamari & Schaefers 2015; Crijns et al. 2017); a long reply
 * hurts only when it is also impersonal (Javornik et al. 2020). Stance units
 * before mobility, whatever the verdict. */
#define PERSONAL_LIFT 40
#define TEMPLATE_COST 40
#define LONG_COST 60

/* ---- threads ------------------------------------------------------------------------ */

/* How low an answered thread's heat may settle (Herhausen et al. 2019: taking
 * the conversation to another channel limits the spread). */
static int32_t heat_floor(const sv_Topic *t) { return t->left ? HEAT_FLOOR_LEFT : HEAT_FLOOR; }

static int32_t topic_of(const sv_Audience *a, int32_t root)
{
    for (uint32_t t = 0; t < a->topic_count; t++)
        if (a->topics[t].post == root) return (int32_t)t;
    return -1;
}

static int32_t open_topic(sv_Audience *a, const sv_Session *s, int32_t root)
{
    int32_t t = topic_of(a, root);
    if (t >= 0 || a->topic_count >= SV_MAX_TOPICS) return t;
    sv_Topic *tp = &a->topics[a->topic_count];
    memset(tp, 0, sizeof *tp);
    memset(&a->pending[(size_t)a->topic_count * SV_AUDIENCE_SLOTS], 0,
           SV_AUDIENCE_SLOTS * sizeof *a->pending);
    tp->post = root;
    tp->valence = (uint8_t)s->sc->posts[root].valence;
    tp->reply = -1;
    tp->heat = tp->valence == SV_VALENCE_NEGATIVE ? HEAT_START : HEAT_CALM;
    a->view[a->topic_count].settled = false; /* its view is made at its first look */
    memset(a->cells[a->topic_count], 0, a->segment_count * sizeof(sv_Cell));
    sv_onlookers_opened(a, s, tp);
    return (int32_t)a->topic_count++;
}

static void add_pending(sv_Audience *a, int32_t topic, uint32_t slot, int64_t sixteenths)
{
    int64_t p = a->pending[(size_t)topic * SV_AUDIENCE_SLOTS + slot];
    int64_t cap = (int64_t)a->size * 16; /* more than the whole crowd is the whole crowd */
    sv_audience_set_pending(a, (uint32_t)topic, slot, p + sixteenths > cap ? cap : p + sixteenths);
}

void sv_audience_on_post(sv_Audience *a, const sv_Session *s, int32_t post)
{
    const sv_Scenario *sc = s->sc;
    if (!a || !sv_in_range(post, sc->post_count)) return;
    const sv_Post *p = &sc->posts[post];
    if (!sv_in_range(p->channel, sc->channel_count) || !sv_in_range(p->author, sc->persona_count) ||
        sc->channels[p->channel].type == SV_CHANNEL_PRIVATE)
        return;
    int32_t root = sv_score_thread(sc, post);
    int32_t t = sv_in_range(root, sc->post_count) ? open_topic(a, s, root) : -1;
    if (t < 0) return;
    a->post_topic[post] = (int16_t)t;
    sv_Topic *tp = &a->topics[t];
    tp->news_ms = s->now_ms; /* a post in it brings the thread back to mind */
    if (tp->post != post && tp->valence == SV_VALENCE_NEGATIVE) {
        int32_t h = tp->heat + (p->valence == SV_VALENCE_NEGATIVE   ? BUMP_HEAT
                                : p->valence == SV_VALENCE_POSITIVE ? -CALM_HEAT
                                                                    : 0);
        tp->heat = h < HEAT_FLOOR ? HEAT_FLOOR : h > 1000 ? 1000 : h;
        tp->left = false; /* the talk is back in the thread */
    }
    sv_onlookers_post(a, s, tp, post);
    const sv_Persona *who = &sc->personas[p->author];
    if (who->role == SV_ROLE_COMPLAINER && tp->post != post) {
        int32_t pull = p->valence == SV_VALENCE_POSITIVE   ? FOLLOW_THANKS
                       : p->valence == SV_VALENCE_NEGATIVE ? -FOLLOW_OUTBURST
                                                           : 0;
        int32_t f = a->follow_posts + pull;
        a->follow_posts = f < -1000 ? -1000 : f > 1000 ? 1000 : f;
    }
    uint64_t followers = who->followers < a->size ? who->followers : a->size;
    uint64_t seed = followers * SEED_PERMILLE / 1000u + (uint64_t)p->shares * SEED_PER_SHARE;
    uint32_t role = (unsigned)who->role < SV_ROLE_COUNT ? (uint32_t)who->role : SV_ROLE_ONLOOKER;
    add_pending(a, t, SV_ROLE_COUNT + role, (int64_t)seed * 16);
}

/* ---- verdicts and impulses -------------------------------------------------------------- */

void sv_audience_impulse(sv_Audience *a, const sv_Session *s, sv_Meter m, int64_t units,
                         int32_t post)
{
    if (!a) return;
    if (m == SV_METER_SENTIMENT) {
        /* a point of sentiment moves the crowd SHIFT_PER_POINT stance units (of 1000) */
        if (a->cur_reply >= 0) a->cur_units += units;
        int64_t total = a->sent_carry + units * 16 * SHIFT_PER_POINT / 10;
        int64_t whole = total / SV_SCORE_UNIT;
        a->sent_carry = total - whole * SV_SCORE_UNIT;
        a->shift_pending += whole;
        a->moved_verdicts += whole;
        if (a->cur_reply >= 0) a->cur_sent += whole;
    } else if (m == SV_METER_REACH) {
        /* a person of reach is one more account drawn to see the thread; reach never shrinks */
        if (units <= 0) return;
        int64_t total = a->reach_carry + units * 16;
        int64_t whole = total / SV_SCORE_UNITS_PER_PERSON;
        a->reach_carry = total - whole * SV_SCORE_UNITS_PER_PERSON;
        /* a post that appeared knows its thread's topic (on_post) */
        bool known = sv_in_range(post, s->sc->post_count) && a->post_topic[post] >= 0;
        int32_t root =
            known || !sv_in_range(post, s->sc->post_count) ? -1 : sv_score_thread(s->sc, post);
        int32_t t = known ? a->post_topic[post] : root >= 0 ? topic_of(a, root) : -1;
        if (t >= 0)
            add_pending(a, t, SV_ROLE_COUNT + SV_ROLE_ONLOOKER, whole);
        else
            a->pending_free += whole;
    }
}

void sv_audience_reply_begin(sv_Audience *a, int32_t reply)
{
    if (!a) return;
    a->cur_reply = reply;
    a->cur_units = 0;
    a->cur_sent = 0;
}

/* The tags of a reply's words: its option's, or its parts' when composed. */
sv_TagSet sv_audience_reply_tags(const sv_Scenario *sc, const sv_Reply *r)
{
    const sv_Option *o = sv_reply_option(sc, r);
    if (o) return o->tags;
    sv_TagSet t = 0;
    if (r->option < 0 && !r->prior)
        for (uint32_t i = 0; i < r->part_count && i < SV_MAX_COMPOSE; i++)
            if (sv_in_range(r->parts[i], sc->part_count)) t |= sc->parts[r->parts[i]].tags;
    return t;
}

static bool defensive(sv_TagSet t)
{
    return (t & (1u << SV_TAG_ARGUE)) || (t & (1u << SV_TAG_BLAME_CUSTOMER));
}

/* What answering a complaint does besides its verdict: the first answer that is
 * not defensive reassures the onlookers; a defensive one to the complainer sets
 * their followers against the brand (a vindictive complainer is past moving). */
static void answer_complaint(sv_Audience *a, const sv_Session *s, const sv_Topic *tp,
                             const sv_Reply *r, int64_t q)
{
    if (tp->valence != SV_VALENCE_NEGATIVE) return;
    sv_TagSet tags = sv_audience_reply_tags(s->sc, r);
    /* only a defensive answer to the complainer is theirs to take personally */
    int32_t to = sv_score_reply_post(s->sc, r);
    bool to_complainer = sv_in_range(to, s->sc->post_count) &&
                         sv_in_range(s->sc->posts[to].author, s->sc->persona_count) &&
                         s->sc->personas[s->sc->posts[to].author].role == SV_ROLE_COMPLAINER;
    if (defensive(tags)) {
        if (!to_complainer) return;
        int32_t pull = a->mood_gain * DEFENSIVE_PULL / 16;
        a->follow_posts = a->follow_posts - pull < -1000 ? -1000 : a->follow_posts - pull;
    } else if (!tp->answered && q >= 0) {
        /* less the later it comes than onlookers expect (audience_onlookers.c) */
        int64_t lift = sv_onlookers_answer_lift(a, tp, s->now_ms, ANSWER_LIFT);
        a->shift_pending += lift;
        a->moved_answered += lift;
    }
}

bool sv_audience_has_part(const sv_Scenario *sc, const sv_Reply *r, sv_PartKind kind)
{
    if (r->option >= 0 || r->prior) return false;
    for (uint32_t i = 0; i < r->part_count && i < SV_MAX_COMPOSE; i++)
        if (sv_in_range(r->parts[i], sc->part_count) && sc->parts[r->parts[i]].kind == kind)
            return true;
    return false;
}

/* How a public answer changes the spread of its thread, besides its verdict. */
static void answer_spread(sv_Audience *a, const sv_Session *s, int32_t t, const sv_Reply *r,
                          bool was_answered)
{
    sv_Topic *tp = &a->topics[t];
    if (tp->valence != SV_VALENCE_NEGATIVE) return;
    const sv_Scenario *sc = s->sc;
    sv_TagSet tags = sv_audience_reply_tags(sc, r);
    if ((tags & (1u << SV_TAG_GENEROUS)) || sv_audience_has_part(sc, r, SV_PART_COMPENSATE)) {
        tp->heat = tp->heat + COMP_HEAT > 1000 ? 1000 : tp->heat + COMP_HEAT;
        add_pending(a, t, SV_ROLE_COUNT + SV_ROLE_ONLOOKER,
                    (int64_t)tp->exposed * COMP_REACH_PERMILLE / 1000 * 16);
    }
    bool soothes = (tags & (1u << SV_TAG_EMPATHY)) ||
                   sv_audience_has_part(sc, r, SV_PART_APOLOGISE) ||
                   sv_audience_has_part(sc, r, SV_PART_EMPATHISE);
    bool leaves = was_answered && r->action == SV_ACTION_MOVE_PRIVATE;
    if (soothes) tp->heat -= tp->heat / CALM_DIV;
    if (leaves) tp->heat -= tp->heat / LEAVE_DIV;
    tp->left = leaves; /* a public word that stays in the thread keeps the talk there */
    tp->heat = tp->heat < heat_floor(tp) ? heat_floor(tp) : tp->heat;
}

static uint8_t humour_of(sv_TagSet t)
{
    /* sarcasm or irony without a joke is not humour the crowd laughs at */
    if (!(t & (1u << SV_TAG_JOKE))) return SV_HUMOUR_NONE;
    bool mocks = t & ((1u << SV_TAG_IRONY) | (1u << SV_TAG_SARCASM));
    return mocks ? SV_HUMOUR_AT : SV_HUMOUR_WITH;
}

/* The voice of a public answer to a complaint: personal or a template, and long. */
static void answer_voice(sv_Audience *a, const sv_Session *s, const sv_Topic *tp, const sv_Reply *r)
{
    if (tp->valence != SV_VALENCE_NEGATIVE) return;
    sv_TagSet t = sv_audience_reply_tags(s->sc, r);
    bool personal = t & (1u << SV_TAG_PERSONAL);
    int64_t d = personal ? PERSONAL_LIFT : 0;
    if (t & (1u << SV_TAG_TEMPLATE)) d -= TEMPLATE_COST;
    if ((t & (1u << SV_TAG_LONG)) && !personal) d -= LONG_COST;
    a->shift_pending += d * 16;
    a->moved_voice += d * 16;
}

/* A joke in public: liked and shared more (audience_react.c), trusted less. */
static void answer_humour(sv_Audience *a, const sv_Session *s, sv_Topic *tp, const sv_Reply *r)
{
    tp->humour = humour_of(sv_audience_reply_tags(s->sc, r));
    int64_t cost = tp->humour == SV_HUMOUR_WITH ? JOKE_TRUST
                   : tp->humour == SV_HUMOUR_AT ? MOCK_TRUST
                                                : 0;
    a->shift_pending -= cost * 16;
    a->moved_humour -= cost * 16;
}

static bool speaks(sv_Action act)
{
    return act == SV_ACTION_REPLY || act == SV_ACTION_MOVE_PRIVATE || act == SV_ACTION_ASK;
}

/* A public reply with words becomes part of its thread: the thread cools (or,
 * after a bad one, flares up) and its watchers come back to see it. */
void sv_audience_reply_end(sv_Audience *a, const sv_Session *s, int32_t reply)
{
    if (!a || !sv_in_range(reply, (uint32_t)s->reply_count)) return;
    int64_t q = a->cur_units / SV_SCORE_UNIT;
    q = q < -10000 ? -10000 : q > 10000 ? 10000 : q;
    a->reply_quality[reply] = (int32_t)q;
    a->cur_reply = -1;
    a->cur_units = 0;
    const sv_Reply *r = &s->replies[reply];
    if (r->visibility == SV_VIS_PRIVATE && speaks(r->action)) sv_onlookers_private(a, s, r);
    if (r->visibility != SV_VIS_PUBLIC || !speaks(r->action)) return;
    int32_t post = sv_score_reply_post(s->sc, r);
    int32_t root = post >= 0 ? sv_score_thread(s->sc, post) : -1;
    int32_t t = root >= 0 ? topic_of(a, root) : -1;
    if (t < 0) return;
    sv_Topic *tp = &a->topics[t];
    answer_complaint(a, s, tp, r, q);
    sv_onlookers_public(a, s, tp, r, q);
    bool was_answered = tp->answered;
    tp->answered = true;
    tp->reply = reply;
    tp->reply_ms = tp->news_ms = s->now_ms;
    tp->quality = (int32_t)q;
    if (q >= 0) {
        tp->heat -= (int32_t)((int64_t)tp->heat * (q < 300 ? q : 300) / 600);
        tp->heat = tp->heat < HEAT_FLOOR ? HEAT_FLOOR : tp->heat;
        tp->cool = COOL_GOOD;
    } else {
        tp->heat += (int32_t)(-q < 500 ? -q : 500);
        tp->heat = tp->heat > 1000 ? 1000 : tp->heat;
        tp->cool = COOL_BAD;
    }
    answer_spread(a, s, t, r, was_answered);
    answer_humour(a, s, tp, r);
    answer_voice(a, s, tp, r);
    tp->wave_pool = a->exposed;
    for (uint32_t g = 0; g < a->segment_count; g++) a->cells[t][g].wave = a->cells[t][g].exposed;
    tp->wave_mass = tp->act_mass;
    tp->wave_left = (uint32_t)((uint64_t)tp->exposed * RETURN_PERMILLE / 1000u);
    tp->wave_steps = WAVE_STEPS;
    a->trail = sv_audience_mix(sv_audience_mix(a->trail, (uint32_t)reply), (uint32_t)q);
}

/* ---- one step ------------------------------------------------------------------------- */

/* The shift's ramp over a step's SUBSTEPS: a SHIFT_RAMP-th of what is still
 * to come each, or all of it once that is below a unit a substep, stopping
 * when it has all come. Every move has the sign of what is to come, so the
 * shift's limit is applied once, after them. */
static void ramp_shift(sv_Audience *a)
{
    int64_t p = a->shift_pending, p0 = p;
    for (uint32_t j = 0; j < SUBSTEPS && p; j++)
        p -= p >= 16 * SHIFT_RAMP || p <= -16 * SHIFT_RAMP ? p / SHIFT_RAMP : p;
    a->shift_pending = p;
    int64_t lim = (int64_t)SHIFT_MAX * 16, f = a->shift_fine + (p0 - p);
    a->shift_fine = f < -lim ? -lim : f > lim ? lim : f;
    a->shift = (int32_t)(a->shift_fine / 16);
}

/* The complainer's followers move towards where the complainer now stands:
 * SUBSTEPS moves of the ramp towards one target (nothing the ramp reads changes
 * within a step, so the target is worked out once). */
static void update_follow(sv_Audience *a, const sv_Session *s)
{
    int32_t mood = s->meters[SV_METER_MOOD] - a->mood_initial;
    a->follow_mood = mood * FOLLOW_PER_MOOD * a->mood_gain / (16 * SV_TENTHS_PER_POINT);
    int32_t target = a->follow_mood + a->follow_posts;
    target = target < -1000 ? -1000 : target > 1000 ? 1000 : target;
    for (uint32_t j = 0; j < SUBSTEPS && a->follow != target; j++) {
        int32_t d = target - a->follow;
        if (d > FOLLOW_RAMP || d < -FOLLOW_RAMP) d /= FOLLOW_RAMP;
        a->follow += d;
    }
}

/* What is left, in 65536ths, of something that loses `p` per mille of itself
 * each of a step's SUBSTEPS (40), rounded down at each: a constant. */
#define KEEP1(k, p) ((k) * (1000u - (p)) / 1000u)
#define KEEP4(k, p) KEEP1(KEEP1(KEEP1(KEEP1(k, p), p), p), p)
#define KEEP20(k, p) KEEP4(KEEP4(KEEP4(KEEP4(KEEP4(k, p), p), p), p), p)
#define KEEP40(p) KEEP20(KEEP20(65536ull, p), p)
_Static_assert(SUBSTEPS == 40, "KEEP40 takes a step's substeps");
/* of pending exposures, the share a step releases (65536ths) */
#define RELEASE_STEP (65536u - (uint32_t)KEEP40(1000u / RELEASE_DIV))
/* the heat's cooling is worked out for HEAT_CHUNK substeps at a time */
#define HEAT_CHUNK 20u
_Static_assert(SUBSTEPS % HEAT_CHUNK == 0, "a step is whole chunks of cooling");

/* A thread's heat over the SUBSTEPS of a step: it rises in a straight line
 * while unanswered, and once answered it cools by `cool` per mille of itself
 * a substep (at least a unit), that loss worked out once for each HEAT_CHUNK
 * substeps (as when the crowd stepped every 2 s). */
static void update_heat(sv_Topic *t)
{
    if (t->valence != SV_VALENCE_NEGATIVE) {
        t->heat = HEAT_CALM;
    } else if (!t->answered) {
        int32_t h = t->heat + HEAT_RISE * (int32_t)SUBSTEPS; /* HEAT_RISE a substep */
        t->heat = h > 1000 ? 1000 : h;
    } else {
        int32_t low = heat_floor(t);
        for (uint32_t c = 0; c < SUBSTEPS / HEAT_CHUNK && t->heat > low; c++) {
            int32_t d = t->heat * t->cool / 1000;
            int32_t h = t->heat - (d > 0 ? d : 1) * (int32_t)HEAT_CHUNK;
            t->heat = h < low ? low : h;
        }
    }
}

/* The draw table of one slot: a post by, or a share from, one kind. */
typedef struct DrawTable {
    const uint8_t *w; /* weight per account, by segment */
    uint64_t total;   /* the whole crowd's weight */
    uint64_t inv;     /* 2^56 / total */
} DrawTable;

static DrawTable draw_table(const sv_Audience *a, uint32_t slot)
{
    DrawTable d;
    bool shares = slot < SV_ROLE_COUNT;
    d.w = shares ? a->share_w[slot] : a->seed_w[slot - SV_ROLE_COUNT];
    d.total = shares ? a->share_total[slot] : a->seed_total[slot - SV_ROLE_COUNT];
    d.inv = shares ? a->share_inv[slot] : a->seed_inv[slot - SV_ROLE_COUNT];
    return d;
}

/* x^n in 2^-32 (x below 2^32): by squaring, rounding down at each product. */
static uint64_t pow32(uint64_t x, uint32_t n)
{
    uint64_t r = 1ull << 32;
    for (; n; n >>= 1) {
        if (n & 1u) r = (r * x) >> 32;
        x = (x * x) >> 32;
    }
    return r;
}

/* The next k accounts of segment g (in index order: a segment's accounts are
 * alike) see thread `topic`: each is written exposed (its segment, thread and
 * flags; the rest is made when something reads it) and takes its place in
 * the exposure order, and has its first look (sv_audience_look, from its own
 * bits: nothing is written but its record). A look acts only below its
 * activity x the view's most_first, so a draw at or above the segment's
 * highest activity's bound stops there (three in four). */
static void expose_batch(sv_Audience *a, const sv_Session *s, uint32_t topic, const sv_TopicView *v,
                         uint32_t g, uint32_t k)
{
    uint32_t i0 = a->seg_start[g] + a->seg_exposed[g];
    a->seg_exposed[g] += k;
    a->cells[topic][g].exposed += k;
    a->topics[topic].act_mass += (uint64_t)k * a->seg_act_mean[g];
    sv_Account rec = {.seg = (uint8_t)g, .flags = SV_ACCOUNT_EXPOSED, .topic = (uint8_t)topic};
    uint64_t blank; /* the record as one word: one store an account */
    _Static_assert(sizeof rec == sizeof blank, "an account is a word");
    memcpy(&blank, &rec, sizeof blank);
    /* u < ub exactly when its look's draw (u x CHANCE) >> 32 is below the bound */
    uint64_t bound = (uint64_t)a->seg_act_hi[g] * v->most_first;
    uint64_t ub = ((bound << 32) + SV_AUDIENCE_CHANCE - 1u) / SV_AUDIENCE_CHANCE;
    uint32_t *order = &a->order[a->exposed];
    a->exposed += k;
    for (uint32_t j = 0; j < k; j++) {
        uint32_t i = i0 + j;
        memcpy(&a->accounts[i], &blank, sizeof blank);
        order[j] = i;
        uint32_t u = sv_rng_next(&a->rng);
        if (u < ub) { /* its own bits, as sv_audience_make reads them */
            uint64_t bits = sv_audience_bits(a, i);
            uint32_t r1 = (uint32_t)bits, r2 = (uint32_t)(bits >> 32);
            uint32_t act = sv_audience_act(a, g, r1 >> 24), x = sv_audience_look_of(u);
            if (x < act * v->most_first)
                sv_audience_look(a, s, topic, g, i, v, SV_REACT_EXPOSED, x, r1, r2 & 511u, act);
        }
    }
    a->trail = sv_audience_mix(sv_audience_mix(a->trail, i0 ^ (s->now_ms << 12)), k << 8 | topic);
}

/* n draws for a thread from the segments a slot's kind reaches, each account
 * as likely as its segment's weight: a draw that lands on an account that has
 * seen a thread already is wasted, which is what slows a pile-on down as the
 * crowd runs out of people who have not seen it. Not drawn one by one: each
 * of segment g's F fresh accounts is missed by all n draws with chance (1 -
 * w / total)^n, so F (1 - (1 - w / total)^n) of them are expected to see it;
 * one uniform draw rounds those expectations across the segments (systematic
 * rounding: each segment's count is its expectation rounded up or down, with
 * the right chance of each), and the segment's next accounts in order see it. */
static void draw_n(sv_Audience *a, const sv_Session *s, uint32_t topic, const DrawTable *d,
                   uint32_t n)
{
    uint64_t e[SV_MAX_SEGMENTS + 1], any = 0;
    for (uint32_t g = 0; g < a->segment_count; g++) {
        uint64_t fresh = a->seg_count[g] - a->seg_exposed[g];
        /* an account's chance of one draw, in 2^-32 (inv is 2^56 / total) */
        uint64_t p = ((uint64_t)d->w[g] * d->inv) >> 24, np = p * n, hit;
        /* np - (np)^2 / 2 while np is below 1/16 (most releases; off by less
         * than (np)^3 / 6 and np^2 / 2 of it), else (1 - p)^n worked out */
        if (np < (1ull << 28))
            hit = np - ((np * np) >> 33);
        else
            hit = (1ull << 32) - pow32((1ull << 32) - p, n);
        e[g] = fresh * hit;
        any |= e[g];
    }
    if (!n || !any) return;
    /* the thread as this step's looks see it (nothing a look does changes it) */
    const sv_TopicView *v = sv_audience_view(a, s, topic);
    uint64_t at = sv_rng_next(&a->rng), made = 0;
    for (uint32_t g = 0; g < a->segment_count; g++) {
        uint64_t next = at + e[g];
        uint32_t k = (uint32_t)((next >> 32) - (at >> 32));
        at = next;
        if (k) expose_batch(a, s, topic, v, g, k);
        made += k;
    }
    a->topics[topic].exposed += (uint32_t)made; /* the thread's count, once a release */
}

static uint32_t hottest(const sv_Audience *a)
{
    uint32_t best = 0;
    for (uint32_t t = 1; t < a->topic_count; t++)
        if (a->topics[t].heat > a->topics[best].heat) best = t;
    return best;
}

/* The lowest set bit of m at `from` or above; 64 when there is none. */
static uint32_t next_bit64(uint64_t m, uint32_t from)
{
    if (from >= 64) return 64;
    m >>= from;
    return m ? from + (uint32_t)__builtin_ctzll(m) : 64u;
}

static void release_exposures(sv_Audience *a, const sv_Session *s)
{
    if (a->topic_count == 0) return;
    if (a->pending_free > 0) {
        add_pending(a, (int32_t)hottest(a), SV_ROLE_COUNT + SV_ROLE_ONLOOKER, a->pending_free);
        a->pending_free = 0;
    }
    /* thread by thread and slot by slot, in order, visiting only the slots
     * with a whole exposure pending (the masks are read afresh after each
     * slot: a share on the way may give a later slot something) */
    uint32_t budget = MAX_DRAWS;
    for (uint32_t t = next_bit64(a->pend_topics, 0); t < a->topic_count && budget;
         t = next_bit64(a->pend_topics, t + 1)) {
        for (uint32_t k = next_bit64(a->pend_slots[t], 0); k < SV_AUDIENCE_SLOTS && budget;
             k = next_bit64(a->pend_slots[t], k + 1)) {
            int64_t p = a->pending[(size_t)t * SV_AUDIENCE_SLOTS + k];
            /* what SUBSTEPS of 100 ms release: a RELEASE_DIV-th of what is
             * left each (in one multiplication for the step), at least one
             * exposure a substep while there are any */
            uint64_t e = ((uint64_t)p * RELEASE_STEP >> 16) / 16u;
            uint64_t whole = (uint64_t)p / 16u, least = whole < SUBSTEPS ? whole : SUBSTEPS;
            e = e < least ? least : e;
            uint32_t n = (uint32_t)(e < budget ? e : budget);
            sv_audience_set_pending(a, t, k, p - (int64_t)n * 16);
            budget -= n;
            DrawTable d = draw_table(a, k);
            if (d.total == 0) continue; /* nobody the slot's kind reaches */
            draw_n(a, s, t, &d, n);
        }
    }
}

/* floor(num / den + u), u uniform from one draw: a count whose mean is
 * num / den exactly (den > 0). */
static uint64_t rounded(sv_Audience *a, uint64_t num, uint64_t den)
{
    uint64_t whole = num / den, rest = num % den;
    uint32_t u = sv_rng_next(&a->rng);
    /* u / 2^32 < rest / den, both cut to 32 bits of den */
    uint32_t k = den >> 32 ? 32u - (uint32_t)__builtin_clzll(den) : 0u;
    return whole + ((uint64_t)u * (den >> k) < (rest >> k) << 32);
}

/* A 64-bit uniform below n (n > 0; n is far below 2^64, so the modulo's bias is nil). */
static uint64_t below64(sv_Audience *a, uint64_t n)
{
    uint64_t r = (uint64_t)sv_rng_next(&a->rng) << 32 | sv_rng_next(&a->rng);
    return r % n;
}

/* The segment of thread t whose cell's weight (its accounts, or those there
 * when its latest reply went out (wave), x their activity x scale) holds
 * *at, counted from the first segment; false past them all, with *at less
 * their weights. */
static bool cell_at(const sv_Audience *a, uint32_t t, bool wave, uint64_t scale, uint64_t *at,
                    uint32_t *g)
{
    for (*g = 0; *g < a->segment_count; (*g)++) {
        const sv_Cell *c = &a->cells[t][*g];
        uint64_t w = (uint64_t)(wave ? c->wave : c->exposed) * a->seg_act_mean[*g] * scale;
        if (*at < w) return true;
        *at -= w;
    }
    return false;
}

/* The cell whose weight (its accounts x activity x its thread's heat) holds
 * `at`, counted from the first thread's first segment: false past them all. */
static bool chatter_cell(const sv_Audience *a, const uint64_t *heat, uint64_t at, uint32_t *t,
                         uint32_t *g)
{
    for (*t = 0; *t < a->topic_count; (*t)++)
        if (heat[*t] && cell_at(a, *t, false, heat[*t], &at, g)) return true;
    return false;
}

/* Exposed accounts look in again: the more heated their thread, the likelier
 * they act, and only while it still has their attention (an hour after its
 * latest news, then fading): nobody chats under a days-old review at night.
 * `attn` is each thread's attention this step, `most` the most any has. One
 * looking in acts with a chance of heat x act / 255000 (and then as its
 * stratum's look would): the looks that may act are counted at once from
 * the cells' weights (their accounts x heat x activity), and each picks its
 * cell by weight. */
static void chatter(sv_Audience *a, const sv_Session *s, const uint32_t *attn, uint32_t most)
{
    if (a->exposed == 0 || most == 0) return; /* every thread is old news: nobody looks in */
    /* as many look in as the freshest thread draws; in a staler one fewer act */
    const int64_t per = SV_MS_PER_MINUTE / SV_AUDIENCE_STEP_MS * SV_PER_MILLE; /* steps a minute */
    a->chatter_carry += (int64_t)a->exposed * CHATTER_PERMILLE * most / 1024;
    int64_t n = a->chatter_carry / per;
    a->chatter_carry -= n * per;
    if (n > MAX_CHATTER) n = MAX_CHATTER; /* the rest do not look in this time */
    if (n == 0) return;
    /* each thread's heat as it draws them now, and each cell's weight */
    uint64_t heat[SV_MAX_TOPICS], total = 0;
    for (uint32_t t = 0; t < a->topic_count; t++) {
        heat[t] = attn[t] == most ? (uint64_t)a->topics[t].heat
                                  : (uint64_t)a->topics[t].heat * attn[t] / most;
        total += a->topics[t].act_mass * heat[t];
    }
    if (total == 0) return;
    uint64_t m = rounded(a, (uint64_t)n * total, (uint64_t)a->exposed * 255000u);
    m = m > (uint64_t)n ? (uint64_t)n : m;
    while (m--) {
        uint32_t t, g;
        if (!chatter_cell(a, heat, below64(a, total), &t, &g)) return;
        /* two draws whatever comes of them: the look's, and its stance's */
        uint32_t x = sv_audience_look_draw(a), r = sv_rng_next(&a->rng);
        const sv_TopicView *v = sv_audience_view(a, s, t);
        if (x < v->most_again)
            sv_audience_look(a, s, t, g, -1, v, SV_REACT_CHATTER, x, r, (r >> 24) << 1 | 1u, 255u);
    }
}

/* After a reply, a share of each thread's watchers come back to see it: of
 * those there when it went out, each with a chance of its activity / 256,
 * counted at once. */
static void returns(sv_Audience *a, const sv_Session *s)
{
    uint32_t budget = MAX_RETURNS;
    for (uint32_t t = 0; t < a->topic_count; t++) {
        sv_Topic *tp = &a->topics[t];
        if (!tp->wave_left || !tp->wave_steps || !tp->wave_pool) continue;
        /* what comes back in the step's SUBSTEPS of 100 ms */
        uint32_t n = sv_audience_wave_take(&tp->wave_left, &tp->wave_steps, SUBSTEPS, budget);
        budget -= n;
        if (!n) continue;
        const sv_TopicView *v = sv_audience_view(a, s, t);
        if (!v->live) continue; /* to see a reply */
        uint64_t total = tp->wave_mass;
        if (total == 0) continue;
        uint64_t m = rounded(a, (uint64_t)n * total, (uint64_t)tp->wave_pool * 256u);
        m = m > n ? n : m;
        while (m--) {
            uint64_t at = below64(a, total);
            uint32_t g;
            if (!cell_at(a, t, true, 1u, &at, &g)) g = a->segment_count - 1u; /* rounding */
            uint32_t x = sv_audience_look_draw(a), r = sv_rng_next(&a->rng);
            if (x < v->most_again)
                sv_audience_look(a, s, t, g, -1, v, SV_REACT_RETURN, x, r, (r >> 24) << 1 | 1u,
                                 255u);
        }
    }
}

/* Sentiment and reach from the crowd; reputation follows them once a step,
 * pushed by the `attending`: the accounts whose thread still has their
 * attention, each counted by how much. */
static void read_meters(sv_Audience *a, const sv_Session *s, uint64_t attending, sv_CrowdOut *out)
{
    uint32_t share = a->size / SV_AUDIENCE_PRIOR_DIVISOR;
    int64_t prior = share < 20u ? 20 : (int64_t)share;
    /* the scenario's starting sentiment counts as `prior` accounts, so the meter
     * moves from it smoothly as the first accounts arrive */
    if (a->pos_moved || a->exposed != a->sent_exposed) {
        /* most steps in a quiet hour change neither: the division is kept. The
         * expected accounts above 0, in 2^-20 (2^-33 is too fine to multiply) */
        a->pos_moved = false;
        int64_t pos = (int64_t)(sv_audience_positive_fine(a) >> 13) * 1000;
        int64_t sent = (pos + ((int64_t)a->sent_initial * prior << 20)) /
                       (((int64_t)a->exposed + prior) << 20);
        a->sent_now = (int32_t)(sent < 0 ? 0 : sent > 1000 ? 1000 : sent);
        a->sent_exposed = a->exposed;
    }
    out->sentiment = a->sent_now;
    int64_t reach = (int64_t)a->reach_initial + a->exposed;
    out->reach = (int32_t)(reach > INT32_MAX ? INT32_MAX : reach);
    out->reputation = s->meters[SV_METER_REPUTATION];
    if (a->exposed == 0) return;
    /* the push comes from those still paying attention: a thread moves
     * reputation while it is news, not for days after */
    int64_t den = 500 * (int64_t)a->size * 60;
    a->rep_acc += (int64_t)(out->sentiment - 500) * (int64_t)attending * REP_PER_MIN *
                  (int64_t)(SV_AUDIENCE_STEP_MS / 1000u); /* seconds a step */
    if (a->rep_acc < den && a->rep_acc > -den) return;    /* below a whole tenth yet */
    int64_t whole = a->rep_acc / den;                     /* a whole tenth or more, either way */
    a->rep_acc -= whole * den;
    int64_t rep = (int64_t)out->reputation + whole;
    rep = rep < 0 ? 0 : rep > SV_METER_MAX ? SV_METER_MAX : rep;
    a->rep_moved += (int32_t)(rep - out->reputation);
    out->reputation = (int32_t)rep;
}

void sv_audience_run(sv_Audience *a, const sv_Session *s, uint32_t t, sv_CrowdOut *out)
{
    out->comment = out->account = -1;
    out->sentiment = s->meters[SV_METER_SENTIMENT];
    out->reach = s->meters[SV_METER_REACH];
    out->reputation = s->meters[SV_METER_REPUTATION];
    out->open_decision = -1;
    if (!a) return;
    if (a->held) { /* a third of the step: the meters stay as they are */
        sv_audience_show_held(a, s, out);
        return;
    }
    a->next_ms = t + SV_AUDIENCE_STEP_MS;
    sv_onlookers_step(a, s);
    /* the shift, the pull and each thread's heat move independently of each
     * other within a step: each takes its SUBSTEPS in turn, and stops early
     * once settled (a settled ramp or heat stays as it is) */
    if (a->shift_pending) ramp_shift(a);
    update_follow(a, s);
    for (uint32_t i = 0; i < a->topic_count; i++) update_heat(&a->topics[i]);
    a->view_fresh = 0; /* the threads as this step's looks see them: worked out when needed */
    sv_audience_sync_positive(a); /* before anyone new is counted */
    release_exposures(a, s);
    /* each thread's attention this step (per 1024), the most any has, and
     * its accounts counted by it (nothing below exposes anyone) */
    uint32_t attn[SV_MAX_TOPICS], most = 0;
    uint64_t attending = 0;
    for (uint32_t i = 0; i < a->topic_count; i++) {
        attn[i] = sv_onlookers_attention(a, &a->topics[i], t);
        most = attn[i] > most ? attn[i] : most;
        attending += (uint64_t)a->topics[i].exposed * attn[i];
    }
    chatter(a, s, attn, most);
    returns(a, s);
    uint32_t tokens = a->comment_tokens + SV_AUDIENCE_STEP_MS * 1000u / COMMENT_EVERY_MS;
    a->comment_tokens = tokens > 3000u ? 3000u : tokens;
    sv_audience_commit_comment(a, s, out);
    read_meters(a, s, attending / 1024u, out);
}
