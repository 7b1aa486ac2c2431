/* Internal to the core: the hooks through which the session drives its
 * scoring model (score_session.c). The session calls them only when a model is
 * set, so a session without one runs and hashes exactly as before. */
#ifndef SVARA_SCORE_INTERNAL_H
#define SVARA_SCORE_INTERNAL_H

#include "svara/score.h"

sv_Status sv_score_attach(sv_Session *s, const sv_ScoreModel *m, sv_Lang lang);
void sv_score_detach(sv_Session *s);

/* Decision d closes now (answered or at its deadline), before its reply is recorded. */
void sv_score_note(sv_Session *s, int32_t d);
/* The reply at index `reply` was just recorded, before its scenario effects. */
void sv_score_on_reply(sv_Session *s, int32_t reply);
/* Decision d's deadline passed, after its default and on_timeout effects. */
void sv_score_on_timeout(sv_Session *s, int32_t d);
/* The next time the model itself has something to do (a tick or a promise running out). */
bool sv_score_due(const sv_Session *s, uint32_t *t_ms);
/* Does what is due at t_ms (now_ms is already t_ms). */
void sv_score_run(sv_Session *s, uint32_t t_ms);
/* The run ends now: before the ending is chosen. */
void sv_score_on_end(sv_Session *s);
/* Adds a meter history sample when the meters moved since the last one. */
void sv_score_track(sv_Session *s);
uint64_t sv_score_hash(uint64_t h, const sv_Session *s);

#endif
