/* The live audience: a crowd of simulated accounts that watch the scenario's
 * public threads, take sides, like, share and comment, and are moved by the
 * brand's replies. A session whose scenario has an audience section owns one
 * (sv_Session.audience); it runs on its own clock of SV_AUDIENCE_STEP_MS steps
 * inside sv_session_advance(), from its own random stream, in integer
 * arithmetic only. scenarios/AUDIENCE.md is the reference for the model. */
#ifndef SVARA_AUDIENCE_H
#define SVARA_AUDIENCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/diag.h"
#include "svara/limits.h"
#include "svara/model.h"
#include "svara/pack.h"
#include "svara/rng.h"

struct sv_Session;

#define SV_AUDIENCE_STEP_MS 100u /* the crowd's clock: one step every 100 ms of simulated time */
/* The scenario's starting sentiment weighs as size / SV_AUDIENCE_PRIOR_DIVISOR
 * accounts (at least 20), so the meter leaves it gradually as the first
 * witnesses, usually the complainer's friends, arrive instead of jumping. */
#define SV_AUDIENCE_PRIOR_DIVISOR 10u
#define SV_AUDIENCE_MOB_MAX 15 /* an account's mobility: 0..15 fifteenths of the crowd's shift */
#define SV_AUDIENCE_BASE_LEVELS 64 /* base stance buckets of 32: -1008 .. 1008 */
/* an account's stance below -SV_AUDIENCE_BAND is hostile, above it supportive */
#define SV_AUDIENCE_BAND 150

/* One account, kept together because every visit reads most of it: a crowd of
 * a million fits in cache lines one account at a time, not one per field. */
typedef struct sv_Account {
    int8_t base;   /* stance bucket b: stance = 32 b + 16 before the crowd's shift */
    uint8_t mob;   /* 0..SV_AUDIENCE_MOB_MAX: how much of the crowd's shift it takes (trolls 0) */
    uint8_t seg;   /* segment index; the scenario's segment_count means "the rest" */
    uint8_t infl;  /* influence: about 2^infl followers (heavy-tailed) */
    uint8_t act;   /* activity 1..255: how readily it reacts */
    uint8_t flags; /* SV_ACCOUNT_* */
    uint8_t topic; /* the thread it came through (sv_Audience.topics) */
    uint8_t seen;  /* the last brand reply it reacted to, (reply % 255) + 1; 0 none */
    uint32_t exposed_ms; /* when it first saw a thread */
} sv_Account;

enum {
    SV_ACCOUNT_EXPOSED = 1u << 0,
    SV_ACCOUNT_LIKED = 1u << 1,       /* liked its thread's post */
    SV_ACCOUNT_SHARED = 1u << 2,      /* shared its thread */
    SV_ACCOUNT_COMMENTED = 1u << 3,   /* commented at least once */
    SV_ACCOUNT_LIKED_REPLY = 1u << 4, /* liked the brand reply in `seen` */
};

#define SV_AUDIENCE_SLOTS (2 * SV_ROLE_COUNT)

/* Bytes the crowd keeps per account: the record and its place in the exposure order. */
#define SV_AUDIENCE_BYTES_PER_ACCOUNT (sizeof(sv_Account) + sizeof(uint32_t))

/* Likes, shares and comments the crowd added to a post or a brand reply. */
typedef struct sv_Reactions {
    uint32_t likes, shares, comments;
} sv_Reactions;

/* A public thread the crowd follows: it appears with its first public post. */
typedef struct sv_Topic {
    int32_t post;    /* the thread's first post */
    uint8_t valence; /* sv_Valence of that post */
    bool answered;   /* a public brand reply with words is in it */
    int32_t reply;   /* the latest such reply (sv_Session.replies), -1 */
    uint32_t reply_ms;
    int32_t quality;  /* that reply's verdict: the sentiment it moved, tenths of a point */
    int32_t heat;     /* 0..1000: how eagerly the thread is shared and talked about */
    int32_t cool;     /* heat lost per step, per mille, once answered */
    uint32_t exposed; /* accounts that came through it */
    uint32_t wave_left, wave_steps, wave_pool; /* returns still due after the latest reply */
} sv_Topic;

/* A comment an account wrote, kept with its words (a pool entry). */
typedef struct sv_Comment {
    uint32_t t_ms;
    uint32_t account;
    int32_t post;         /* the first post of the thread it was written in */
    int32_t reply;        /* the brand reply it is about (sv_Session.replies), -1: about the post */
    uint16_t pool;        /* sv_Scenario.comment_pools */
    uint16_t entry;       /* text within the pool */
    uint8_t stance;       /* sv_StanceBucket when it wrote */
    uint8_t kind;         /* sv_Role of its segment */
    int16_t stance_value; /* -1000..1000 */
} sv_Comment;

/* What the crowd of one segment is like now (from the aggregates). */
typedef struct sv_SegmentStats {
    sv_Role kind;
    uint32_t accounts, exposed;
    uint32_t bucket[SV_STANCE_COUNT]; /* exposed accounts per stance bucket */
} sv_SegmentStats;

typedef struct sv_Audience {
    uint32_t size;
    size_t fixed_bytes;     /* heap the crowd holds besides its accounts and comments */
    uint32_t segment_count; /* the scenario's, plus one for the rest when they leave some */
    uint32_t seg_start[SV_MAX_SEGMENTS + 1], seg_count[SV_MAX_SEGMENTS + 1];
    uint32_t seg_exposed[SV_MAX_SEGMENTS + 1];
    uint8_t seg_kind[SV_MAX_SEGMENTS + 1];
    sv_Account *accounts; /* [size], grouped by segment */
    uint32_t *order;      /* [size]: order[0..exposed) are the exposed accounts, in order */
    uint32_t exposed;
    /* exposed accounts per segment, mobility and base bucket: sentiment without a scan */
    uint32_t *hist;     /* [segment_count][MOB_MAX + 1][BASE_LEVELS] */
    uint32_t *hist_all; /* [MOB_MAX + 1][BASE_LEVELS] */
    /* draw tables: cumulative segment weights for a post by, or a share from, each kind */
    uint64_t seed_cum[SV_ROLE_COUNT][SV_MAX_SEGMENTS + 1];
    uint64_t share_cum[SV_ROLE_COUNT][SV_MAX_SEGMENTS + 1];

    sv_Rng rng;
    uint32_t next_ms;
    /* The crowd's shift of stance: what the brand's replies and the waiting did to
     * everyone watching. An account takes mob / 15 of it. Sixteenths of a stance
     * unit in shift_fine, whole units (-4000..4000) in shift. */
    int32_t shift;
    int64_t shift_fine;
    int64_t shift_pending;           /* sixteenths still to arrive (they ramp in over seconds) */
    int64_t sent_carry, reach_carry; /* impulses below a whole sixteenth */
    int64_t pending_free;            /* exposures (sixteenths) not yet tied to a thread */
    /* exposures due per thread, in sixteenths: [SV_MAX_TOPICS][SV_AUDIENCE_SLOTS], slot
     * k < SV_ROLE_COUNT for shares by accounts of kind k, SV_ROLE_COUNT + k for posts
     * by personas of role k */
    int64_t *pending;
    int64_t chatter_carry; /* sixteenths of a draw */
    sv_Topic topics[SV_MAX_TOPICS];
    uint32_t topic_count;
    int16_t *post_topic;           /* [post_count]: -1 */
    sv_Reactions *post_reactions;  /* [post_count] */
    sv_Reactions *reply_reactions; /* [decision_count], by reply index */
    int32_t *reply_quality;        /* [decision_count]: sentiment tenths, by reply index */
    int32_t cur_reply;             /* the reply being judged now, -1 */
    int64_t cur_units;             /* its sentiment so far (SV_SCORE_UNIT per tenth) */

    int32_t sent_initial, reach_initial;
    int64_t rep_acc;   /* reputation coupling below a whole tenth */
    int32_t rep_moved; /* tenths the crowd moved reputation */

    sv_Comment *comments;
    uint32_t comment_count, comment_cap;
    uint32_t comment_tokens; /* thousandths of a comment the feed may still show */
    uint32_t said[SV_ABOUT_COUNT][SV_STANCE_COUNT]; /* every comment written, shown or not */
    uint16_t *pool_last;                            /* [comment_pool_count]: last entry used + 1 */
    sv_Comment cand; /* this step's comment to show (reservoir of one) */
    uint32_t cand_seen;
    uint64_t trail; /* running hash of every account change */
} sv_Audience;

/* An account's stance now, -1000 (hostile) .. 1000 (supportive). */
int32_t sv_audience_stance(const sv_Audience *a, uint32_t account);
sv_StanceBucket sv_audience_bucket(int32_t stance);

/* Segment `seg` (segment_count - 1 may be the rest); false when out of range. */
bool sv_audience_segment_stats(const sv_Audience *a, uint32_t seg, sv_SegmentStats *out);
/* Exposed accounts with stance > 0, from the aggregates (no scan). */
uint32_t sv_audience_positive(const sv_Audience *a);
/* Their share of the exposed accounts, in tenths of a percent; -1 when none. */
int32_t sv_audience_supportive(const sv_Audience *a);
/* Heap bytes the crowd holds (accounts, order, aggregates, comments). */
size_t sv_audience_bytes(const sv_Audience *a);

/* What the crowd added to a post or a reply (zeros without a crowd or out of range). */
sv_Reactions sv_audience_post_reactions(const struct sv_Session *s, int32_t post);
sv_Reactions sv_audience_reply_reactions(const struct sv_Session *s, int32_t reply);
/* A comment's words in `lang` ("" when out of range). */
const char *sv_comment_text(const struct sv_Session *s, const sv_Comment *c, sv_Lang lang);

/* ---- names -------------------------------------------------------------------- */

/* First and last names of one country (assets/names/LANG.json). Bytes in, so the
 * core reads no files: the game and the tools read them and pass them here. */
typedef struct sv_NameList {
    sv_Lang lang;
    char **first, **last; /* heap */
    uint32_t first_count, last_count;
} sv_NameList;

/* Parses {"format": 1, "lang": "sv", "first": [...], "last": [...]}. Heap:
 * free with sv_names_free(). SV_ERR_INVALID with located diagnostics. */
sv_Status sv_names_parse(const char *file, const char *bytes, size_t len, sv_NameList *out,
                         sv_DiagList *diags);
void sv_names_free(sv_NameList *n);
/* The display name of an account ("Karin Lund"), the same for a seed and an
 * account in every build; "" when the list is empty. Returns buf. */
const char *sv_audience_name(const sv_NameList *n, uint64_t seed, uint32_t account, char *buf,
                             size_t size);

#endif
