/* Internal to the core: how the session drives its scoring model. The model
 * only reads the session: it says which judgements are due and what each one
 * fires (score_session.c); the session applies them to its meters and its
 * crowd and hands them back to be kept. Without a model the session runs and
 * hashes exactly as it would with none. */
#ifndef SVARA_SCORE_INTERNAL_H
#define SVARA_SCORE_INTERNAL_H

#include "svara/score.h"

sv_Status sv_score_state_init(sv_Session *s, const sv_ScoreModel *m, sv_Lang lang);
void sv_score_state_free(sv_Session *s);

/* Decision d closes now (answered or at its deadline), before its reply goes out. */
void sv_score_note(sv_ScoreState *st, const sv_Session *s, int32_t d);

/* What a judgement fires, from the session as it is now (or, for a promise,
 * as it was when the promising reply went out). Hits go to `hits` (room for
 * the model's rule count), with raw effects only; the context to `ctx`. */
size_t sv_score_judge(const sv_ScoreState *st, const sv_Session *s, const sv_ScoreJob *job,
                      sv_ScoreContext *ctx, sv_ScoreHit *hits);
/* Keeps a judgement's hits once the session has applied them (`applied` filled). */
void sv_score_keep(sv_ScoreState *st, const sv_Session *s, const sv_ScoreContext *ctx,
                   const sv_ScoreHit *hits, size_t n, int32_t reply);

/* A reply went out and was judged: the posts it answers, the promises it keeps
 * (a job for each, written to `kept`, at most cap) and the one it makes. */
size_t sv_score_replied(sv_ScoreState *st, const sv_Session *s, int32_t reply, sv_ScoreJob *kept,
                        size_t cap);

/* The next time the model has something to do by itself (a tick, a promise). */
bool sv_score_due(const sv_ScoreState *st, const sv_Session *s, uint32_t *t_ms);
/* The judgements due at t (promises running out, then a tick for every post
 * that stands unanswered), in order; the caller runs them, then calls
 * sv_score_ticked(). */
size_t sv_score_jobs(sv_ScoreState *st, const sv_Session *s, uint32_t t, const sv_ScoreJob **jobs);
void sv_score_ticked(sv_ScoreState *st, const sv_Session *s, uint32_t t);
/* The run ends: notes the decisions still open and lists an end judgement for
 * every post that was never answered. */
size_t sv_score_end_jobs(sv_ScoreState *st, const sv_Session *s, const sv_ScoreJob **jobs);

/* Does this reply answer the post (speak in its place, or name it in the
 * option's answers)? A reply that ignores answers nothing. */
bool sv_score_reply_answers(const sv_Scenario *sc, const sv_Reply *r, int32_t post);

/* Adds a meter history sample when the meters moved since the last one. */
void sv_score_track(sv_ScoreState *st, const sv_Session *s);
uint64_t sv_score_hash(uint64_t h, const sv_Session *s);

#endif
