/* Internal to the core: the hooks through which the session drives its crowd
 * (audience*.c), and what the audience files share. The session calls them only
 * when it has a crowd, so a scenario without an audience runs and hashes as before. */
#ifndef SVARA_AUDIENCE_INTERNAL_H
#define SVARA_AUDIENCE_INTERNAL_H

#include "svara/audience.h"
#include "svara/session.h"

/* Creates the crowd of s->sc (audience_size > 0) from the session's seed. */
sv_Status sv_audience_attach(sv_Session *s);
void sv_audience_detach(sv_Session *s);

/* The next step's time; false without a crowd. */
bool sv_audience_due(const sv_Session *s, uint32_t *t_ms);
/* Runs the step due at t_ms (now_ms is already t_ms). */
void sv_audience_run(sv_Session *s, uint32_t t_ms);

/* A post just appeared. */
void sv_audience_on_post(sv_Session *s, int32_t post);
/* The reply at index `reply` is being made: impulses until _end are its verdict. */
void sv_audience_reply_begin(sv_Session *s, int32_t reply);
void sv_audience_reply_end(sv_Session *s, int32_t reply);
/* A move of sentiment or reach that the crowd carries instead of the meter:
 * `units` are SV_SCORE_UNIT per tenth of a point (reach: per tenth of a person);
 * `post` is the post it is about, -1 when none. */
void sv_audience_impulse(sv_Session *s, sv_Meter m, int64_t units, int32_t post);
/* Does the crowd own this meter (sentiment and reach)? */
bool sv_audience_owns(const sv_Session *s, int m);

uint64_t sv_audience_hash(uint64_t h, const sv_Session *s);

/* session.c: a log entry at now_ms. */
void sv_session_log_add(sv_Session *s, sv_LogKind kind, int32_t a, int32_t b);

/* ---- shared by audience*.c ---------------------------------------------------------- */

/* the crowd's running hash: one multiply per word */
static inline uint64_t sv_audience_mix(uint64_t h, uint32_t v)
{
    return (h ^ v) * 0x100000001b3ull;
}

/* reactions and comments (audience_react.c) */
typedef enum { SV_REACT_EXPOSED = 0, SV_REACT_CHATTER, SV_REACT_RETURN } sv_ReactMode;
void sv_audience_react(sv_Session *s, uint32_t account, sv_ReactMode mode);
void sv_audience_expose(sv_Session *s, uint32_t account, uint32_t topic);
/* Shows this step's chosen comment if the feed has room for one. */
void sv_audience_commit_comment(sv_Session *s);

#endif
