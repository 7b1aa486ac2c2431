/* Internal to the core: how the session drives its crowd (audience*.c), and
 * what the audience files share. The crowd only reads the session: the
 * session tells it what happened (a post, a reply and its verdict, an
 * impulse), and each step answers with what the session should do (a comment
 * to log, the meters as the crowd reads them). The session calls it only when
 * it has a crowd, so a scenario without an audience runs and hashes as before. */
#ifndef SVARA_AUDIENCE_INTERNAL_H
#define SVARA_AUDIENCE_INTERNAL_H

#include "svara/audience.h"
#include "svara/session.h"

/* What one step of the crowd asks of the session. */
typedef struct sv_CrowdOut {
    int32_t comment, account; /* a new comment (index in sv_Audience.comments) to log; -1 none */
    int32_t sentiment, reach; /* the meters as the crowd reads them */
    int32_t reputation;       /* reputation after the crowd's pull on it */
} sv_CrowdOut;

/* Creates the crowd of s->sc (audience_size > 0) from the session's seed. */
sv_Status sv_audience_attach(sv_Session *s);
void sv_audience_detach(sv_Session *s);

/* The next step's time; false without a crowd. */
bool sv_audience_due(const sv_Audience *a, uint32_t *t_ms);
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
bool sv_audience_owns(const sv_Audience *a, int m);

uint64_t sv_audience_hash(uint64_t h, const sv_Session *s);

/* ---- shared by audience*.c ---------------------------------------------------------- */

/* the crowd's running hash: one multiply per word */
static inline uint64_t sv_audience_mix(uint64_t h, uint32_t v)
{
    return (h ^ v) * 0x100000001b3ull;
}

/* reactions and comments (audience_react.c) */
typedef enum { SV_REACT_EXPOSED = 0, SV_REACT_CHATTER, SV_REACT_RETURN } sv_ReactMode;
void sv_audience_react(sv_Audience *a, const sv_Session *s, uint32_t account, sv_ReactMode mode);
void sv_audience_expose(sv_Audience *a, const sv_Session *s, uint32_t account, uint32_t topic);
/* Offers this step's chosen comment to the feed, if it has room for one. */
void sv_audience_commit_comment(sv_Audience *a, const sv_Session *s, sv_CrowdOut *out);

#endif
