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

#define SV_AUDIENCE_STEP_MS 4000u /* the crowd's clock: a step every 4 s of simulated time */

/* Bytes the crowd keeps per account: the record and its place in the exposure
 * order (checked against the record in audience.c). */
#define SV_AUDIENCE_BYTES_PER_ACCOUNT 12u

/* Likes, shares and comments the crowd added to a post or a brand reply. */
typedef struct sv_Reactions {
    uint32_t likes, shares, comments;
} sv_Reactions;

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

/* The crowd itself: its working fields are the core's own (audience_internal.h);
 * the front ends read it through the functions below. */
typedef struct sv_Audience sv_Audience;

/* What the front ends read of the crowd (0, -1 or NULL without one). */
uint32_t sv_audience_size(const sv_Audience *a);    /* simulated accounts */
uint32_t sv_audience_exposed(const sv_Audience *a); /* accounts that saw a thread */
uint32_t sv_audience_segment_count(const sv_Audience *a);
/* Comments written, shown or not. */
uint32_t sv_audience_said(const sv_Audience *a);
/* Comments kept with their words; sv_audience_comment(a, i) for i below it. */
uint32_t sv_audience_comment_count(const sv_Audience *a);
const sv_Comment *sv_audience_comment(const sv_Audience *a, int32_t i);
/* Tenths of a point the crowd moved reputation by. */
int32_t sv_audience_reputation_moved(const sv_Audience *a);
/* The threads the crowd follows: the first post of thread t (t below the
 * count), -1 out of range; and the brand's newest public reply in a thread
 * (sv_Session.replies), -1 when none. */
uint32_t sv_audience_thread_count(const sv_Audience *a);
int32_t sv_audience_thread_post(const sv_Audience *a, uint32_t t);
int32_t sv_audience_thread_reply(const sv_Audience *a, int32_t root);

/* What has moved the crowd so far, in stance units (of 1000) before mobility:
 * the crowd's shift and its parts, and the complainer's pull on their
 * followers (scenarios/AUDIENCE.md). For explaining the crowd (play
 * --crowd-trace); nothing in the crowd reads these back. */
typedef struct sv_CrowdMoves {
    int32_t shift;    /* the crowd's shift now (what has arrived of the parts below) */
    int32_t verdicts; /* the scoring model's sentiment verdicts and effects, and the waiting */
    int32_t answered; /* the lift of a first, non-defensive answer */
    int32_t humour;   /* what jokes cost in trust */
    int32_t voice;    /* a personal voice's lift, a template's or a long impersonal reply's cost */
    int32_t context;  /* accommodating against defensive answers, by the failure's kind */
    int32_t speed;    /* the cost of waiting past the answer onlookers expect */
    int32_t
        hidden; /* private replies' verdicts onlookers did not see (a closing note shows them) */
    int32_t praise;   /* what a personal answer to praise cost */
    int32_t civility; /* what uncivil comments left standing cost */
    int32_t proof;    /* what the likes of good replies added, less what disputes took back */
    int32_t pull;     /* the complainer's pull now, and its target's two parts: */
    int32_t pull_mood,
        pull_posts; /* their mood since the start; their posts and defensive answers */
} sv_CrowdMoves;
bool sv_audience_moves(const sv_Audience *a, sv_CrowdMoves *out);

/* Segment `seg` (segment_count - 1 may be the rest); false when out of range. */
bool sv_audience_segment_stats(const sv_Audience *a, uint32_t seg, sv_SegmentStats *out);
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
