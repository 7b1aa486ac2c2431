/* Internal to the core: how the session drives its scoring model. The model
 * only reads the session: it says which judgements are due and what each one
 * fires (score_session.c); the session applies them to its meters and its
 * crowd and hands them back to be kept. Without a model the session runs and
 * hashes exactly as it would with none. */
#ifndef SVARA_SCORE_INTERNAL_H
#define SVARA_SCORE_INTERNAL_H

#include "session_internal.h"
#include "svara/score.h"

/* ---- judging (score.c, score_context.c) ------------------------------------------- */

/* The context of a reply (trigger reply or promise: `reply` required), a
 * timeout (`reply` = the default taken, or NULL) or a standing post (tick, end:
 * `post` required). `reply` need not be in the session: a candidate works. */
void sv_score_context(const sv_Session *s, const sv_ScoreSnapshot *snap, sv_Trigger trigger,
                      int32_t decision, int32_t post, const sv_Reply *reply, sv_ScoreContext *out);

/* The parts in a reply's order as the ORDER principle ranks them: "ok" needs
 * at least two ranked parts and no step back, "wrong" a step back or an
 * excuse (an explanation that owns nothing, when no earlier reply in the
 * thread owned it: `owned_before`). */
bool sv_score_order_ok(const uint8_t *kinds, uint8_t n);
bool sv_score_order_wrong(const uint8_t *kinds, uint8_t n, bool owned_before);

/* Does the condition hold (-1 always holds)? Corrupt indices fail. */
bool sv_score_holds(const sv_ScoreModel *m, int32_t cond, const sv_ScoreContext *ctx);

/* Every enabled rule of ctx->trigger whose condition holds, in file order,
 * with its raw effects (weight applied; tick rules a 60th of their per-minute
 * effect; a group's gains held to its cap). `applied` is left 0: nothing
 * moves. Writes up to cap hits; returns how many fired. */
size_t sv_score_fire_hits(const sv_ScoreModel *m, const sv_ScoreContext *ctx, sv_ScoreHit *hits,
                          size_t cap);
/* The same, then moving meters and frac through the curve hit by hit, which
 * fills each hit's `applied`. */
size_t sv_score_fire(const sv_ScoreModel *m, const sv_ScoreContext *ctx,
                     int32_t meters[SV_METER_COUNT], int64_t frac[SV_METER_COUNT],
                     sv_ScoreHit *hits, size_t cap);

/* The curve with diminishing returns. Moves meter `m` by `raw` units: for the
 * 0-100 meters a gain is scaled by (1000 - v) / 1000 and a loss by v / 1000, in
 * steps of at most SV_SCORE_STEP tenths, v being the exact value *value +
 * *frac / (SV_SCORE_UNIT * 1000); each step's change is truncated towards zero
 * in those fine units. Reach just adds (*frac: below a whole person, in
 * SV_SCORE_UNIT * 10 per person). 0 <= *frac always, so nothing below a tenth
 * is rounded away. Returns the change of *value. */
int32_t sv_score_curve(sv_Meter m, int64_t raw, int32_t *value, int64_t *frac);
/* Units to tenths (reach: tenths of a person), rounded half away from zero. */
int32_t sv_score_tenths(int64_t units);
/* The single figure candidates are ranked by: 2 x reputation + sentiment +
 * mood - reach / 100, in exact units of the change from (m0, f0) to (m1, f1);
 * sv_score_figure_hundredths() turns it into hundredths of a point. */
int64_t sv_score_figure(const int32_t m0[SV_METER_COUNT], const int64_t f0[SV_METER_COUNT],
                        const int32_t m1[SV_METER_COUNT], const int64_t f1[SV_METER_COUNT]);
int64_t sv_score_figure_hundredths(int64_t figure);

/* ---- the session's scoring (score_session.c) ------------------------------------- */

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
