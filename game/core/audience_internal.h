/* Internal to the core: how the session drives its crowd (audience*.c), and
 * what the audience files share. The crowd only reads the session: the
 * session tells it what happened (a post, a reply and its verdict, an
 * impulse), and each step answers with what the session should do (a comment
 * to log, the meters as the crowd reads them). The session calls it only when
 * it has a crowd, so a scenario without an audience runs and hashes as before. */
#ifndef SVARA_AUDIENCE_INTERNAL_H
#define SVARA_AUDIENCE_INTERNAL_H

#include "svara/audience.h"
#include "svara/rng.h"
#include "svara/session.h"

/* ---- the crowd's working fields (audience*.c; the tests read them too) ------------ */

/* The scenario's starting sentiment weighs as size / SV_AUDIENCE_PRIOR_DIVISOR
 * accounts (at least 20), so the meter leaves it gradually as the first
 * witnesses, usually the complainer's friends, arrive instead of jumping. */
#define SV_AUDIENCE_PRIOR_DIVISOR 10u
#define SV_AUDIENCE_MOB_MAX 15 /* an account's mobility: 0..15 fifteenths of the crowd's shift */
#define SV_AUDIENCE_BASE_LEVELS 64 /* base stance buckets of 32: -1008 .. 1008 */
/* an account's stance below -SV_AUDIENCE_BAND is hostile, above it supportive */
#define SV_AUDIENCE_BAND 150

/* One account, kept together because every visit reads most of it: a crowd of
 * a million fits in cache lines one account at a time, not one per field.
 * Exposing an account writes its segment, thread and flags only; the rest
 * (base, mob, act) is made from its own bits when something first reads it
 * (SV_ACCOUNT_MADE: the game and the tools through sv_audience_account; the
 * crowd's own looks read no account), and comes out the same whenever that is. */
typedef struct sv_Account {
    int8_t base;   /* stance bucket b: stance = 32 b + 16 before the crowd's shift */
    uint8_t mob;   /* 0..SV_AUDIENCE_MOB_MAX: how much of the crowd's shift it takes (trolls 0) */
    uint8_t seg;   /* segment index; the scenario's segment_count means "the rest" */
    uint8_t infl;  /* influence: about 2^infl followers (heavy-tailed); the crowd's own
                      records leave it 0 and work it out at a share (sv_audience_infl) */
    uint8_t act;   /* activity 1..255: how readily it reacts */
    uint8_t flags; /* SV_ACCOUNT_* */
    uint8_t topic; /* the thread it came through (sv_Audience.topics) */
    uint8_t spare; /* unused (0): keeps an account one 8-byte word */
} sv_Account;

enum {
    /* what an account did is counted in its thread's cells (sv_Cell), not
     * here: only a comment is remembered by the account that wrote it */
    SV_ACCOUNT_EXPOSED = 1u << 0,
    SV_ACCOUNT_COMMENTED = 1u << 3, /* commented at least once */
    SV_ACCOUNT_MADE = 1u << 5,      /* base, mob and act are written */
};

/* The feed shows at most this many of a step's comments: the first at the
 * step, the k-th at sv_audience_shown_ms (the step's thirds). */
#define SV_AUDIENCE_SHOWN 3u
_Static_assert(SV_AUDIENCE_STEP_MS / SV_AUDIENCE_SHOWN >= 1000u,
               "the feed shows at most a comment a second");
static inline uint32_t sv_audience_shown_ms(uint32_t step_ms, uint32_t k)
{
    return step_ms + k * SV_AUDIENCE_STEP_MS / SV_AUDIENCE_SHOWN;
}

#define SV_AUDIENCE_SLOTS (2 * SV_ROLE_COUNT)
_Static_assert(SV_AUDIENCE_SLOTS <= 16 && SV_MAX_TOPICS <= 64,
               "the pending masks hold every slot and thread");

/* A brand reply's humour (Béal & Grégoire 2022): none, laughing with the
 * customer (tagged joke), or laughing at them (joke with sarcasm or irony). */
enum { SV_HUMOUR_NONE = 0, SV_HUMOUR_WITH, SV_HUMOUR_AT };

/* A public thread the crowd follows: it appears with its first public post. */
typedef struct sv_Topic {
    int32_t post;    /* the thread's first post */
    uint8_t valence; /* sv_Valence of that post */
    bool answered;   /* a public brand reply with words is in it */
    uint8_t humour;  /* the latest such reply jokes: SV_HUMOUR_* */
    int32_t reply;   /* the latest such reply (sv_Session.replies), -1 */
    uint32_t reply_ms;
    int32_t quality;  /* that reply's verdict: the sentiment it moved, tenths of a point */
    int32_t heat;     /* 0..1000: how eagerly the thread is shared and talked about */
    int32_t cool;     /* heat lost per step, per mille, once answered */
    uint32_t exposed; /* accounts that came through it */
    uint32_t wave_left, wave_steps, wave_pool; /* returns still due after the latest reply */
    uint32_t start_ms;  /* when it appeared: how long it has waited, how fresh it is */
    uint32_t news_ms;   /* its latest news: it appeared, a post in it, the brand's public reply */
    uint8_t channel;    /* sv_ChannelType of its first post: when an answer is expected */
    uint8_t failure;    /* sv_Failure + 1 of its first post; 0: not declared */
    bool moderated;     /* the brand asked for a civil tone in it */
    bool success;       /* its latest reply shows a recovery: judged good, or a closing note */
    bool disputed;      /* a credible onlooker disputed that recovery */
    bool left;          /* the brand took the talk to private after answering here */
    int64_t overdue;    /* sixteenths of trust it cost by waiting past the expected answer */
    int64_t held;       /* sixteenths of private replies' verdicts onlookers have not seen */
    uint32_t uncivil;   /* uncivil comments written in it */
    int64_t civ_sent;   /* sixteenths of trust its uncivil comments cost (0 or less) */
    int64_t proof;      /* sixteenths its latest reply's likes added (social proof) */
    int64_t reply_sent; /* sixteenths its latest reply's verdict sent to the shift */
    uint8_t liked_tag;  /* the reply its cells' liked_reply counts are about (sv_TopicView.tag) */
    /* its cells' accounts times their segment's mean activity, now and when
     * its latest reply went out (what the looks in again and returns weigh) */
    uint64_t act_mass, wave_mass;
} sv_Topic;

/* The crowd's accounts look in aggregate: a look draws its stance as an
 * account is made, and reads and writes no account; what one thread's
 * accounts of one segment (a cell) did is counted in SV_AUDIENCE_STRATA
 * strata of equal size by their base stance (sixteenths of the noise). */
#define SV_AUDIENCE_STRATA 16u
#define SV_AUDIENCE_STRATA_BITS 4u
typedef struct sv_Cell {
    uint32_t exposed; /* the segment's accounts that came through the thread */
    uint32_t wave;    /* of them, those there when its latest reply went out */
    /* per stratum: those that liked its post, liked its latest reply, shared it */
    uint32_t liked[SV_AUDIENCE_STRATA], liked_reply[SV_AUDIENCE_STRATA];
    uint32_t shared[SV_AUDIENCE_STRATA];
} sv_Cell;

/* What a look at a thread can lead to in this step, worked out once a step
 * (when its first account looks) from what does not change within a step. */
typedef struct sv_TopicView {
    int8_t side;         /* whom its post speaks for: -1 the hostile (a complaint), 1 the
                            supportive (praise), 0 everyone mildly (a question) */
    bool live;           /* the brand answered in public: it is about the latest reply */
    bool talk;           /* a comment is possible now (a complaint, typed after what it answers) */
    bool good;           /* that reply's verdict is 0 or more */
    uint8_t tag;         /* that reply, (reply % 255) + 1; 0 none */
    uint8_t humour;      /* SV_HUMOUR_* of that reply */
    uint32_t share_heat; /* ppm of a thread share per unit of agreement: SHARE_PPM x heat */
    uint32_t comment_heat; /* ppm per 1000 of keenness of a comment on first sight */
    /* the same for one looking in again and for one coming back (0 until
     * the typing time has passed; a first look's grows over the step that
     * holds it) */
    uint32_t comment_again, comment_return;
    uint32_t most_first; /* ppm: the most a first look's three chances can come to */
    /* the draw below which a look in again or a return may act (act 255 x the
     * most its three chances can come to); UINT32_MAX when that is certainty */
    uint32_t most_again;
    /* what it was worked out from: while they stay and the typing time is
     * past (`settled`), the next step's view is the same */
    int32_t key_heat, key_reply;
    uint8_t key_humour;
    bool settled;
} sv_TopicView;

typedef struct sv_Audience {
    uint32_t size;
    size_t fixed_bytes;     /* heap the crowd holds besides its accounts and comments */
    uint32_t segment_count; /* the scenario's, plus one for the rest when they leave some */
    uint32_t seg_start[SV_MAX_SEGMENTS + 1], seg_count[SV_MAX_SEGMENTS + 1];
    uint32_t seg_exposed[SV_MAX_SEGMENTS + 1];
    uint8_t seg_kind[SV_MAX_SEGMENTS + 1];
    int32_t seg_stance[SV_MAX_SEGMENTS + 1], seg_mobility[SV_MAX_SEGMENTS + 1]; /* the scenario's */
    uint64_t account_seed; /* what each account's own random bits are mixed from */
    /* what making an account of a segment reads besides its bits: its kind's
     * usual activity and influence, and its mobility times its kind's factor
     * and SV_AUDIENCE_MOB_MAX over 1000 x 16 x 1024, in 2^-32 */
    uint8_t seg_act[SV_MAX_SEGMENTS + 1], seg_infl[SV_MAX_SEGMENTS + 1];
    uint64_t seg_mobk[SV_MAX_SEGMENTS + 1];
    /* sixteenths of the crowd's shift a segment's accounts take on top of their
     * mobility (16; the followers of a vindictive complainer fewer), and of the
     * complainer's pull (`follow`: the complainer's followers only) */
    uint8_t seg_gain[SV_MAX_SEGMENTS + 1], seg_follow[SV_MAX_SEGMENTS + 1];
    /* [size], grouped by segment; written when first exposed (and made when
     * first read). A segment's accounts are reached in the order of their
     * index (they are alike: each is made from its own random bits), so its
     * first seg_exposed are the ones exposed. */
    sv_Account *accounts;
    uint32_t *order; /* [size]: order[0..exposed) are the exposed accounts, in order */
    uint32_t exposed;
    /* Sentiment is the expected number of exposed accounts above 0: each
     * segment's chance of an account above 0 (seg_pos, in 2^-33: its
     * mobility levels' shares in 512ths times the chance, in 2^-24, that its
     * base bucket is at or above the level's first positive one), worked out
     * from the exact distributions an account is made from, again only when
     * the crowd's shift or the complainer's pull moves a threshold. */
    uint64_t seg_pos[SV_MAX_SEGMENTS + 1];
    /* each segment's mobility levels (mob_lo..mob_hi) and how many of the 512
     * jitters of sv_audience_make give each */
    uint8_t seg_mob_lo[SV_MAX_SEGMENTS + 1], seg_mob_hi[SV_MAX_SEGMENTS + 1];
    uint16_t seg_mob_n[SV_MAX_SEGMENTS + 1][SV_AUDIENCE_MOB_MAX + 1];
    /* the mean activity of a segment's accounts (rounded): a look's activity */
    uint8_t seg_act_mean[SV_MAX_SEGMENTS + 1];
    /* the highest activity an account of the segment can have: a first look
     * is checked against it before its account's bits are worked out (most
     * stop there: the same draw decides, so nothing changes) */
    uint8_t seg_act_hi[SV_MAX_SEGMENTS + 1];
    /* E[act^2] / E[act]^2 of a segment's accounts, in 4096ths (sv_audience_look) */
    uint16_t seg_act_bias[SV_MAX_SEGMENTS + 1];
    /* a sync moved a seg_pos since read_meters last worked sentiment out */
    bool pos_moved;
    /* the shift and pull class_first was last worked out for (the thresholds
     * depend on nothing else once the segments are made) */
    int32_t pos_shift, pos_follow;
    bool pos_synced;
    /* sv_audience_offset for each class and mobility as of the last sync
     * (the step's stance offsets: a reacting account reads its own) */
    int16_t class_off[SV_MAX_SEGMENTS + 1][SV_AUDIENCE_MOB_MAX + 1];
    /* Segments with the same gain and follow (most of them: only the
     * complainer's followers differ) share their thresholds, worked out once
     * for each such class: its gain and follow, and its thresholds now. */
    uint32_t class_count;
    uint8_t seg_class[SV_MAX_SEGMENTS + 1];
    uint8_t class_gain[SV_MAX_SEGMENTS + 1], class_follow[SV_MAX_SEGMENTS + 1];
    int8_t class_first[SV_MAX_SEGMENTS + 1][SV_AUDIENCE_MOB_MAX + 1];
    /* the mobility levels an account of each class can have: only they are
     * kept in sync (class_off, class_first) */
    uint16_t class_levels[SV_MAX_SEGMENTS + 1];
    /* each class's segments, in order */
    uint8_t class_segs[SV_MAX_SEGMENTS + 1][SV_MAX_SEGMENTS + 1];
    uint8_t class_seg_count[SV_MAX_SEGMENTS + 1];
    /* draw tables: each segment's weight per account for a post by, or a share
     * from, each kind, and the weight of the whole crowd (the segments' weights
     * times their accounts) */
    uint8_t seed_w[SV_ROLE_COUNT][SV_MAX_SEGMENTS + 1];
    uint8_t share_w[SV_ROLE_COUNT][SV_MAX_SEGMENTS + 1];
    uint64_t seed_total[SV_ROLE_COUNT], share_total[SV_ROLE_COUNT];
    /* 2^56 / each total (0 for an empty table): a draw's chance of a waste
     * without a division at each release */
    uint64_t seed_inv[SV_ROLE_COUNT], share_inv[SV_ROLE_COUNT];

    sv_Rng rng;
    uint32_t next_ms;
    /* The crowd's shift of stance: what the brand's replies and the waiting did to
     * everyone watching. An account takes mob / 15 of it. Sixteenths of a stance
     * unit in shift_fine, whole units (-4000..4000) in shift. */
    int32_t shift;
    int64_t shift_fine;
    int64_t shift_pending; /* sixteenths still to arrive (they ramp in over seconds) */
    /* The complainer's pull on their own followers (whole stance units): they
     * follow the complainer's mood from where it started and what the complainer
     * posts in the thread (a thank-you, a new outburst) or is told (a defensive
     * answer), not only the brand; follow_posts is the part that is not mood. */
    int32_t follow, follow_posts, mood_initial;
    /* sixteenths of the complainer's change of mood their followers follow: 16,
     * and VINDICTIVE_MOOD_GAIN for a vindictive complainer, whom no reply moves */
    int32_t mood_gain;
    /* for explaining, never read back: sixteenths sent to the shift by cause
     * (sv_CrowdMoves), and the mood part of the pull's target */
    int64_t moved_verdicts, moved_answered, moved_humour, moved_voice;
    int64_t moved_context, moved_speed, moved_private, moved_praise, moved_civility, moved_proof;
    uint32_t hour_ms;   /* an hour of the story (sv_Scenario.audience_hour_ms, 3600 s) */
    int64_t cur_sent;   /* sixteenths the reply being judged sent to the shift */
    bool uncivil_shown; /* the feed has shown an uncivil comment */
    int32_t follow_mood;
    int64_t sent_carry, reach_carry; /* impulses below a whole sixteenth */
    int64_t pending_free;            /* exposures (sixteenths) not yet tied to a thread */
    /* exposures due per thread, in sixteenths: [SV_MAX_TOPICS][SV_AUDIENCE_SLOTS], slot
     * k < SV_ROLE_COUNT for shares by accounts of kind k, SV_ROLE_COUNT + k for posts
     * by personas of role k; a thread's are zeroed when it opens, and only the
     * open threads' are read */
    int64_t *pending;
    /* which of them hold a whole exposure or more (16 sixteenths): bit k of
     * pend_slots[t] for slot k of thread t, bit t of pend_topics when any of
     * thread t's does, so a step visits only what has something to release */
    uint16_t pend_slots[SV_MAX_TOPICS];
    uint64_t pend_topics;
    int64_t chatter_carry; /* sixteenths of a draw */
    uint32_t topic_count;
    uint64_t view_fresh;           /* bit t: view[t] is this step's (cleared at each step) */
    int16_t *post_topic;           /* [post_count]: -1 */
    sv_Reactions *post_reactions;  /* [post_count] */
    sv_Reactions *reply_reactions; /* [decision_count], by reply index */
    int32_t *reply_quality;        /* [decision_count]: sentiment tenths, by reply index */
    int32_t cur_reply;             /* the reply being judged now, -1 */
    int64_t cur_units;             /* its sentiment so far (SV_SCORE_UNIT per tenth) */

    int32_t sent_initial, reach_initial;
    /* the sentiment read_meters last worked out, and from what (the scenario's
     * start and the prior never change); sent_exposed starts at UINT32_MAX,
     * which no crowd reaches, so the first step works it out */
    int32_t sent_now;
    uint32_t sent_exposed;
    int64_t rep_acc;   /* reputation coupling below a whole tenth */
    int32_t rep_moved; /* tenths the crowd moved reputation */

    sv_Comment *comments;
    uint32_t comment_count, comment_cap;
    uint32_t comment_tokens; /* thousandths of a comment the feed may still show */
    uint32_t said[SV_ABOUT_COUNT][SV_STANCE_COUNT]; /* every comment written, shown or not */
    /* [comment_pool_count]: the entries each pool gave last, newest in the low
     * 16 bits, each as entry + 1 (0: none); a fresh comment avoids them */
    uint64_t *pool_recent;
    /* the pool a comment of each kind, stance bucket and subject comes from,
     * as find_pool gives it, plus 2 (0: not looked up yet) */
    int16_t pool_memo[SV_ROLE_COUNT][SV_STANCE_COUNT][SV_ABOUT_COUNT];
    /* this step's comments to show: SV_AUDIENCE_SHOWN picked fairly among
     * those written (a reservoir); the first is shown at the step, the others
     * at the step's thirds (steps that do nothing else), so the feed shows at
     * most one every 1.33 s */
    sv_Comment cand[SV_AUDIENCE_SHOWN];
    uint32_t cand_seen;
    uint8_t held;              /* comments of cand still to show, the next at next_ms */
    uint8_t held_at;           /* the next one's place in cand */
    uint32_t full_ms;          /* then the next whole step */
    uint64_t trail;            /* running hash of every account change */
    uint32_t dropped_comments; /* comments not kept once the table was full (sv_Dropped) */
    /* Last, and not zeroed when the crowd is made (sv_audience_init zeroes
     * what comes before): a thread is written when it opens (topic_count of
     * them), a step's view of it when a look first needs it (view_fresh). */
    sv_Topic topics[SV_MAX_TOPICS];
    sv_TopicView view[SV_MAX_TOPICS];
    /* each open thread's cells, zeroed when it opens (segment_count of them) */
    sv_Cell cells[SV_MAX_TOPICS][SV_MAX_SEGMENTS + 1];
} sv_Audience;

/* What one step of the crowd asks of the session. */
typedef struct sv_CrowdOut {
    int32_t comment, account; /* a new comment (index in sv_Audience.comments) to log; -1 none */
    int32_t sentiment, reach; /* the meters as the crowd reads them */
    int32_t reputation;       /* reputation after the crowd's pull on it */
    int32_t open_decision;    /* a decision to open now (the incivility decision); -1 none */
} sv_CrowdOut;

/* Creates the crowd of s->sc (audience_size > 0) from the session's seed. */
sv_Status sv_audience_init(sv_Session *s);
void sv_audience_free(sv_Session *s);

/* The next step's time; false without a crowd. (Inline, as the two below:
 * the session asks at every step and every impulse.) */
static inline bool sv_audience_due(const sv_Audience *a, uint32_t *t_ms)
{
    if (!a) return false;
    *t_ms = a->next_ms;
    return true;
}
/* Runs the step due at t_ms (the session's now_ms is already t_ms). */
void sv_audience_run(sv_Audience *a, const sv_Session *s, uint32_t t_ms, sv_CrowdOut *out);

/* A post just appeared. */
void sv_audience_on_post(sv_Audience *a, const sv_Session *s, int32_t post);
/* The reply at index `reply` goes out: impulses until _end are its verdict. */
void sv_audience_reply_begin(sv_Audience *a, int32_t reply);
void sv_audience_reply_end(sv_Audience *a, const sv_Session *s, int32_t reply);
/* A move of sentiment or reach that the crowd carries instead of the meter:
 * `units` are SV_SCORE_UNIT per tenth of a point (reach: per tenth of a person);
 * `post` is the post it is about, -1 when none. */
void sv_audience_impulse(sv_Audience *a, const sv_Session *s, sv_Meter m, int64_t units,
                         int32_t post);
/* Does the crowd own this meter (sentiment and reach)? */
static inline bool sv_audience_owns(const sv_Audience *a, int m)
{
    return a && (m == SV_METER_SENTIMENT || m == SV_METER_REACH);
}

uint64_t sv_audience_hash(uint64_t h, const sv_Session *s);

/* ---- the crowd as the core reads it ---------------------------------------------- */

/* What the crowd's shift and the complainer's pull add to the stance of an
 * account of segment `seg` with mobility `mob` (before clamping). */
static inline int32_t sv_audience_offset(const sv_Audience *a, uint32_t seg, int32_t mob)
{
    return a->shift * mob / SV_AUDIENCE_MOB_MAX * a->seg_gain[seg] / 16 +
           a->follow * a->seg_follow[seg] / 16;
}

/* An account's own 64 random bits: a mix of the crowd's seed and its index
 * (SplitMix64's finaliser), so it can be made whenever it is first needed and
 * come out the same, and an account nobody draws costs nothing. */
static inline uint64_t sv_audience_bits(const sv_Audience *a, uint32_t i)
{
    uint64_t z = a->account_seed + ((uint64_t)i + 1u) * 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

#define SV_AUDIENCE_SPREAD 450   /* an account's base stance lies within this of its segment's */
#define SV_AUDIENCE_INFL_JMAX 18 /* influence buckets above a kind's usual (Pareto, alpha 1) */

/* The activity of an account of segment seg whose activity byte (the top 8
 * bits of its r1) is r: 0.5 .. 1.5 times its kind's, never 0. It grows with
 * r. */
static inline uint8_t sv_audience_act(const sv_Audience *a, uint32_t seg, uint32_t r)
{
    uint32_t act = a->seg_act[seg] * (256u + 2u * r) / 512u;
    return (uint8_t)(act < 1 ? 1 : act > 255 ? 255 : act);
}

/* The noise's two terms (12 bits each of r) summed, 0 .. 2 SPREAD: a
 * triangular noise, so most accounts stay near their segment. */
static inline int32_t sv_audience_noise(uint32_t r)
{
    return (int32_t)(((r & 0xFFFu) * (SV_AUDIENCE_SPREAD + 1)) >> 12) +
           (int32_t)((((r >> 12) & 0xFFFu) * (SV_AUDIENCE_SPREAD + 1)) >> 12);
}

/* The stance bucket of an account of segment seg with that noise:
 * floor((stance + noise - SPREAD) / 32), shifted by 2048 (64 buckets) to
 * divide a number above 0 (a segment's stance is within -1000..1000). */
static inline int32_t sv_audience_base(const sv_Audience *a, uint32_t seg, int32_t noise)
{
    int32_t b =
        (int32_t)((uint32_t)(a->seg_stance[seg] + noise - SV_AUDIENCE_SPREAD + 2048) >> 5) - 64;
    return b < -32 ? -32 : b > 31 ? 31 : b;
}

/* Its mobility with a jitter of 0..511 (0.75 .. 1.25 in 1024ths): mobility x
 * kind factor x jitter x MOB_MAX / (1000 x 16 x 1024), rounded (seg_mobk is
 * the rest of the fraction in 2^-32: no division). */
static inline uint32_t sv_audience_mob(const sv_Audience *a, uint32_t seg, uint32_t jitter)
{
    uint64_t m = (a->seg_mobk[seg] * (768u + jitter) + (1ull << 31)) >> 32;
    return m > SV_AUDIENCE_MOB_MAX ? SV_AUDIENCE_MOB_MAX : (uint32_t)m;
}

/* Writes what account i of segment seg is made of (base, mob, act) into *acc
 * from its own bits, and marks it made. */
static inline void sv_audience_make_fields(const sv_Audience *a, sv_Account *acc, uint32_t i,
                                           uint32_t seg)
{
    uint64_t bits = sv_audience_bits(a, i);
    /* r1 for the noise (2 x 12 bits) and the activity (8), r2 for the
     * mobility's jitter (9) and the influence (18) */
    uint32_t r1 = (uint32_t)bits, r2 = (uint32_t)(bits >> 32);
    acc->base = (int8_t)sv_audience_base(a, seg, sv_audience_noise(r1));
    acc->mob = (uint8_t)sv_audience_mob(a, seg, r2 & 511u);
    acc->act = sv_audience_act(a, seg, r1 >> 24);
    acc->flags |= SV_ACCOUNT_MADE;
}

/* Makes account i of segment seg into *acc from its own bits, unexposed. */
static inline void sv_audience_make(const sv_Audience *a, sv_Account *acc, uint32_t i, uint32_t seg)
{
    acc->infl = 0; /* worked out only where it is read, at a share (sv_audience_infl) */
    acc->seg = (uint8_t)seg;
    acc->flags = 0;
    acc->topic = 0;
    acc->spare = 0;
    sv_audience_make_fields(a, acc, i, seg);
}

/* Account i's influence (segment seg): about 2^infl followers. P(j or more
 * buckets above the kind's usual) = 2^-j: a few accounts reach far. From
 * the high word of its bits, which sv_audience_make's mobility shares. */
static inline uint8_t sv_audience_infl(const sv_Audience *a, uint32_t i, uint32_t seg)
{
    uint32_t r2 = (uint32_t)(sv_audience_bits(a, i) >> 32);
    return (uint8_t)(a->seg_infl[seg] +
                     (uint32_t)__builtin_ctz((r2 >> 9) | (1u << SV_AUDIENCE_INFL_JMAX)));
}

/* Account i of segment seg as it is made when first drawn (from the seed and i
 * only, so whenever that happens it comes out the same). */
sv_Account sv_audience_new_account(const sv_Audience *a, uint32_t i, uint32_t seg);
/* Account i: as it is now, or as it will be made when it is first drawn. */
sv_Account sv_audience_account(const sv_Audience *a, uint32_t i);
/* An account's stance now, -1000 (hostile) .. 1000 (supportive). */
int32_t sv_audience_stance(const sv_Audience *a, uint32_t account);
sv_StanceBucket sv_audience_bucket(int32_t stance);
/* The expected number of exposed accounts with stance > 0, in 2^-33 accounts
 * (no scan: each segment's exposed times its chance of one above 0). */
uint64_t sv_audience_positive_fine(const sv_Audience *a);
/* The same rounded to whole accounts. */
uint32_t sv_audience_positive(const sv_Audience *a);
/* The exposed accounts with stance > 0 counted one by one (for the tests:
 * over many seeds its mean is the expectation). */
uint32_t sv_audience_positive_scan(const sv_Audience *a);
/* Moves the thresholds (and the segments' chances above 0) to the crowd's
 * shift and pull as they are now. */
void sv_audience_sync_positive(sv_Audience *a);
/* Exact counts of the pairs of 12-bit uniforms whose noise (sv_audience_make:
 * the two terms before the -SPREAD) sums to t or more, t = 0..2 SPREAD + 1,
 * out of 2^24 (for the tests). */
uint32_t sv_audience_noise_tail(int32_t t);
/* Their share of the exposed accounts, in tenths of a percent; -1 when none. */
int32_t sv_audience_supportive(const sv_Audience *a);

/* ---- shared by audience*.c ---------------------------------------------------------- */

/* Uniform in [0, bound) from the crowd's stream, bound 0 gives 0, kept whole:
 * the number in the high word of a draw times bound, with the few draws that
 * would bias it rejected (Lemire 2019), so it divides only when the low word
 * falls below bound instead of at every draw as sv_rng_below does; the low
 * word, where the draw fell within the number, is nearly uniform and
 * independent of it (in steps of `bound`): a second draw for free, for a
 * look's draw (sv_audience_look_of). The crowd draws tens of thousands of
 * these a run. */
static inline uint64_t sv_audience_below2(sv_Rng *r, uint32_t bound)
{
    uint64_t m = (uint64_t)sv_rng_next(r) * bound;
    uint32_t low = (uint32_t)m;
    if (low < bound) {
        uint32_t t = (0u - bound) % bound;
        while (low < t) {
            m = (uint64_t)sv_rng_next(r) * bound;
            low = (uint32_t)m;
        }
    }
    return m;
}

/* The number alone. */
static inline uint32_t sv_audience_below(sv_Rng *r, uint32_t bound)
{
    return (uint32_t)(sv_audience_below2(r, bound) >> 32);
}

/* the crowd's running hash: one multiply per word */
static inline uint64_t sv_audience_mix(uint64_t h, uint32_t v)
{
    return (h ^ v) * 0x100000001b3ull;
}

/* Sets thread t's slot k's pending exposures to v (sixteenths), keeping the
 * masks of what has something to release. */
static inline void sv_audience_set_pending(sv_Audience *a, uint32_t t, uint32_t k, int64_t v)
{
    a->pending[(size_t)t * SV_AUDIENCE_SLOTS + k] = v;
    uint16_t bit = (uint16_t)(1u << k);
    if (v >= 16)
        a->pend_slots[t] |= bit;
    else
        a->pend_slots[t] &= (uint16_t)~bit;
    if (a->pend_slots[t])
        a->pend_topics |= 1ull << t;
    else
        a->pend_topics &= ~(1ull << t);
}

/* A reply's wave of returns over `substeps` substeps: each takes what is
 * left over the substeps left, rounded up, and the step takes at most
 * `budget` (the last substep cut short). Of left = q x steps + r, the first r
 * substeps bring q + 1 and the others q (with q 0 the wave ends after r), so
 * it is worked out in one go; moves *left and *steps on and gives how many
 * come back. */
static inline uint32_t sv_audience_wave_take(uint32_t *left, uint32_t *steps, uint32_t substeps,
                                             uint32_t budget)
{
    if (!*left || !*steps) return 0;
    uint32_t q = *left / *steps, r = *left % *steps;
    uint32_t j = *steps < substeps ? *steps : substeps;
    j = q == 0 && r < j ? r : j;
    uint32_t n = j * q + (r < j ? r : j);
    if (n > budget) {                            /* the substeps that bring the budget */
        uint64_t ahead = (uint64_t)r * (q + 1u); /* what the first r bring */
        n = budget;
        j = budget <= ahead ? (budget + q) / (q + 1u)
                            : r + (uint32_t)((budget - ahead + q - 1u) / q); /* q > 0 here */
    }
    *left -= n;
    *steps -= j;
    return n;
}

/* reactions and comments (audience_react.c) */
typedef enum { SV_REACT_EXPOSED = 0, SV_REACT_CHATTER, SV_REACT_RETURN } sv_ReactMode;
/* A look's draw: uniform in [0, SV_AUDIENCE_CHANCE) (a chance of act / 255 x
 * ppm / 10^6 is a draw below act x ppm). */
#define SV_AUDIENCE_CHANCE 255000000u
static inline uint32_t sv_audience_look_of(uint32_t u)
{
    return (uint32_t)(((uint64_t)u * SV_AUDIENCE_CHANCE) >> 32);
}
static inline uint32_t sv_audience_look_draw(sv_Audience *a)
{
    return sv_audience_look_of(sv_rng_next(&a->rng));
}
/* Thread t as this step's looks see it (worked out at its first). */
const sv_TopicView *sv_audience_make_view(sv_Audience *a, const sv_Session *s, uint32_t t);
static inline const sv_TopicView *sv_audience_view(sv_Audience *a, const sv_Session *s, uint32_t t)
{
    return a->view_fresh & (1ull << t) ? &a->view[t] : sv_audience_make_view(a, s, t);
}
/* The stratum of a look whose noise terms (sv_audience_make, before the
 * -SPREAD) sum to `sum`: sixteenths of their exact distribution, the k-th
 * bound the first sum at or below which k / 16 of it lies (of
 * sv_audience_noise_tail's counts; test_audience checks them). */
static const int16_t sv_audience_strat_bound[SV_AUDIENCE_STRATA - 1] = {
    158, 224, 275, 318, 355, 389, 421, 450, 479, 510, 544, 582, 625, 675, 741};
static inline uint32_t sv_audience_stratum(int32_t sum)
{
    uint32_t c = sum > sv_audience_strat_bound[7] ? 8u : 0u;
    c += sum > sv_audience_strat_bound[c + 3] ? 4u : 0u;
    c += sum > sv_audience_strat_bound[c + 1] ? 2u : 0u;
    c += sum > sv_audience_strat_bound[c] ? 1u : 0u;
    return c;
}
/* A look's chances in parts per million, before the account's activity (act / 255). */
#define SV_LOOK_LIKE_PPM 300000u       /* likes what it agrees with strongly */
#define SV_LOOK_LIKE_REPLY_PPM 450000u /* comes back and likes a reply it agrees with */
#define SV_LOOK_SHARE_PPM 600000u      /* shares a thread at full heat that it fully agrees with */
#define SV_LOOK_SHARE_REPLY_PPM 80000u /* shares a reply it likes: good answers travel, slowly */
#define SV_LOOK_COMMENT_PPM 90000u     /* comments on first sight, at full heat, strong opinion */
#define SV_LOOK_COMMENT_CHATTER_PPM 250000u
#define SV_LOOK_COMMENT_REPLY_PPM 220000u
/* A joke draws likes and shares from anyone not against the brand, more when it
 * laughs with the customer than at them (Béal & Grégoire 2022; Shin & Larson
 * 2020: humour raises excitement). Indexed by SV_HUMOUR_*. */
static const uint32_t sv_look_humour_like_ppm[3] = {0, 300000u, 150000u};
static const uint32_t sv_look_humour_share_ppm[3] = {0, 60000u, 30000u};

/* How keen an account is to comment, 0..1000. On the thread, strong views of
 * either side speak up; on a reply, those who agree with how it went do: after
 * a good reply the supportive, after a bad one the hostile. */
static inline uint32_t sv_audience_keenness(const sv_TopicView *v, int32_t st)
{
    if (!v->live) return 300u + (uint32_t)(st < 0 ? -st : st) * 7u / 10u;
    int32_t agree = v->good ? st : -st;
    return (uint32_t)(agree < -400 ? 100 : agree > 500 ? 1000 : 500 + agree);
}

/* a chance of act / 255 x ppm / 10^6, as a threshold out of 255,000,000. No
 * chance of a look comes to certainty on its own (the most: a reply's like,
 * LIKE_REPLY_PPM at stance 1000 plus a joke's, 750,000 ppm; a thread's share
 * at full heat, 600,000), so none is cut to it. */
_Static_assert(SV_LOOK_LIKE_REPLY_PPM / 1200u * 1200u + 300000u <= 1000000u &&
                   SV_LOOK_SHARE_PPM <= 1000000u && SV_LOOK_COMMENT_CHATTER_PPM <= 1000000u &&
                   SV_LOOK_LIKE_PPM <= 1000000u,
               "a look's chances stay below certainty");
static inline uint32_t sv_audience_weight(uint32_t act, uint32_t ppm) { return act * ppm; }

/* What a look's stance makes of its chances, for the rest of the look. */
typedef struct sv_LookChances {
    int32_t st;    /* its stance */
    int32_t noise; /* its noise's two terms summed (its stratum) */
    uint32_t post_ppm, reply_ppm, share_ppm, comment_ppm;
    bool like_reply, share_reply;
} sv_LookChances;

/* The rest of a look whose draw may act (audience_react.c). */
void sv_audience_look_act(sv_Audience *a, const sv_Session *s, uint32_t t, uint32_t g, int64_t who,
                          const sv_TopicView *v, sv_ReactMode mode, uint32_t x, uint32_t act,
                          const sv_LookChances *ch);

/* A look at thread t by one of segment g's accounts, as this step's view v
 * of it has it, with its look's draw x (below SV_AUDIENCE_CHANCE; a return
 * only when the thread is live). The account looking is not read or written:
 * its stance is made from r (the noise's 24 bits) and `jitter` (0..511) as
 * sv_audience_make makes an account's, it acts by `act`, and what it did is
 * counted in its stratum. A first look is by account `who` (from its own
 * bits: it is the one named if it shares or comments); one looking in again
 * or coming back (who -1) is any of the cell's, from the crowd's stream (act
 * 255: it was picked by its activity), and one of the cell's is named.
 * Inline up to the test most looks stop at (what its chances come to), so
 * that part costs no call and its mode is known where it is made; the rest
 * is sv_audience_look_act. */
static inline void sv_audience_look(sv_Audience *a, const sv_Session *s, uint32_t t, uint32_t g,
                                    int64_t who, const sv_TopicView *v, sv_ReactMode mode,
                                    uint32_t x, uint32_t r, uint32_t jitter, uint32_t act)
{
    /* its stance, as sv_audience_make makes an account's: the noise from r,
     * the mobility's jitter */
    int32_t noise = sv_audience_noise(r);
    int32_t b = sv_audience_base(a, g, noise);
    int32_t st = 32 * b + 16 + a->class_off[a->seg_class[g]][sv_audience_mob(a, g, jitter)];
    st = st < -1000 ? -1000 : st > 1000 ? 1000 : st;
    /* once the brand has answered in public, the thread is about its answer */
    bool live = v->live;
    /* how much it sides with the thread's post: a complaint with the hostile, praise
     * with the supportive; a question draws mild interest from everyone */
    int32_t pro_post = v->side ? v->side * st : 300;
    pro_post = pro_post < 0 ? 0 : pro_post;
    int32_t pro_brand = st > 0 ? st : 0;
    /* a joke draws likes and shares from anyone not hostile to the brand */
    bool amused = v->humour && st > -SV_AUDIENCE_BAND;
    /* like: the brand's latest reply it agrees with (or laughs at), else the
     * post (also for those who liked the reply already) */
    uint32_t post_ppm = pro_post > 0 ? SV_LOOK_LIKE_PPM / 1100u * (100u + (uint32_t)pro_post) : 0u;
    bool like_reply = live && (pro_brand > 0 || amused);
    uint32_t reply_ppm =
        like_reply
            ? (pro_brand > 0 ? SV_LOOK_LIKE_REPLY_PPM / 1200u * (200u + (uint32_t)pro_brand) : 0u) +
                  (amused ? sv_look_humour_like_ppm[v->humour] : 0u)
            : 0u;
    /* share, once: a reply it likes, else the thread, the more the hotter */
    bool share_reply = live && (pro_brand > SV_AUDIENCE_BAND || amused);
    uint32_t share_ppm = share_reply ? SV_LOOK_SHARE_REPLY_PPM * (uint32_t)pro_brand / 1000u +
                                           (amused ? sv_look_humour_share_ppm[v->humour] : 0u)
                                     : v->share_heat * (uint32_t)pro_post;
    /* comment: in a complaint's thread (praise and questions get likes, not talk) */
    uint32_t comment_ppm = 0;
    if (v->talk) {
        uint32_t per = mode == SV_REACT_RETURN    ? v->comment_return
                       : mode == SV_REACT_CHATTER ? v->comment_again
                                                  : v->comment_heat;
        comment_ppm = per * sv_audience_keenness(v, st);
    }
    uint32_t like_ppm = reply_ppm > post_ppm ? reply_ppm : post_ppm;
    uint64_t sum = (uint64_t)sv_audience_weight(act, like_ppm) +
                   sv_audience_weight(act, share_ppm) + sv_audience_weight(act, comment_ppm);
    /* the most it can come to: most looks stop here */
    if (sum <= SV_AUDIENCE_CHANCE && x >= sum) return;
    sv_LookChances ch = {st,        noise,       post_ppm,   reply_ppm,
                         share_ppm, comment_ppm, like_reply, share_reply};
    sv_audience_look_act(a, s, t, g, who, v, mode, x, act, &ch);
}
/* Offers this step's chosen comment to the feed, if it has room for one. */
void sv_audience_commit_comment(sv_Audience *a, const sv_Session *s, sv_CrowdOut *out);
/* A step's third: shows the next comment held from the step (a->held). */
void sv_audience_show_held(sv_Audience *a, const sv_Session *s, sv_CrowdOut *out);

/* the tags of a reply's words (its option's, or its parts' when composed) */
sv_TagSet sv_audience_reply_tags(const sv_Scenario *sc, const sv_Reply *r);
/* a composed reply has a part of this kind */
bool sv_audience_has_part(const sv_Scenario *sc, const sv_Reply *r, sv_PartKind kind);

/* what onlookers read besides the verdicts (audience_onlookers.c) */
void sv_onlookers_opened(sv_Audience *a, const sv_Session *s, sv_Topic *tp);
void sv_onlookers_step(sv_Audience *a, const sv_Session *s);
void sv_onlookers_post(sv_Audience *a, const sv_Session *s, sv_Topic *tp, int32_t post);
void sv_onlookers_private(sv_Audience *a, const sv_Session *s, const sv_Reply *r);
void sv_onlookers_public(sv_Audience *a, const sv_Session *s, sv_Topic *tp, const sv_Reply *r,
                         int64_t q);
/* sixteenths of a first answer's `lift` left after the wait onlookers saw */
int64_t sv_onlookers_answer_lift(const sv_Audience *a, const sv_Topic *tp, uint32_t now,
                                 int32_t lift);
/* How much of the crowd's attention something `age` ms old still has, per
 * 1024: all of it for an hour of the story, then halving every half hour (in
 * a straight line between), none after five and a half hours. (Inline, as the
 * two below: the crowd asks for every thread at every step.) */
static inline uint32_t sv_onlookers_fade(const sv_Audience *a, uint64_t age)
{
    uint64_t hour = a->hour_ms;
    if (age <= hour) return 1024u;
    uint64_t half = hour / 2 ? hour / 2 : 1, k = (age - hour) / half;
    if (k >= 10) return 0;
    uint32_t f = 1024u >> k;
    /* between two halvings, a straight line */
    return f - (uint32_t)((uint64_t)(f / 2) * ((age - hour) % half) / half);
}
/* how fresh a thread is, per 1024: 1024 for its first hour, then halving */
static inline uint32_t sv_onlookers_fresh(const sv_Audience *a, const sv_Topic *tp, uint32_t now)
{
    return sv_onlookers_fade(a, now - tp->start_ms);
}
/* the attention it still has, per 1024: the same curve from its latest news */
static inline uint32_t sv_onlookers_attention(const sv_Audience *a, const sv_Topic *tp,
                                              uint32_t now)
{
    return sv_onlookers_fade(a, now - tp->news_ms);
}

#endif
