/* The pre- and post-test of a pack's course: short assessments of
 * one-decision situations (the manifest's "assessment" pool) the learner has
 * not seen, drawn for the profile, scored by the same model that scores the
 * scenarios and kept in the profile, so the gain from before the path to
 * after it can be shown. Bad News and other games that teach a skill are
 * judged this way. SDL-free and deterministic: the game, `svara-tool assess`
 * and the tests draw and score alike. */
#ifndef SVARA_ASSESS_H
#define SVARA_ASSESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/pack.h"
#include "svara/profile.h"
#include "svara/score.h"
#include "svara/status.h"

#define SV_ASSESS_SEED 1u /* every situation plays with this seed, for everyone */

/* Has the profile finished every scenario of the pack's path (of every
 * scenario without a path)? `done` and `total` count them; either may be NULL. */
bool sv_assess_path_complete(const sv_Pack *pack, const sv_Profile *p, uint32_t *done,
                             uint32_t *total);

/* The test the game offers now, or -1: the pre-test while the learner has
 * finished no scenario of the path and has not taken it, the post-test once
 * the path is complete and it was not taken. Never without a pool. */
int sv_assess_due(const sv_Pack *pack, const sv_Profile *p);

/* Draws up to `n` situations (indices into pack->assessment) the profile was
 * never given in any test of the pack, in an order of their own. The draw is
 * seeded with the profile's creation time, its name, the pack and the kind,
 * so asking again (after a test was left half-way) gives the same test.
 * Returns how many were drawn (fewer than n only when the pool runs short). */
size_t sv_assess_draw(const sv_Pack *pack, const sv_Profile *p, sv_AssessKind kind, size_t n,
                      int32_t *items);

/* One answer judged: the situation is played with SV_ASSESS_SEED, the option
 * chosen as its decision opens, and every option is then judged from there as
 * the debrief judges them (sv_debrief_option_values). `points` is where the
 * chosen option's value falls between the worst and the best option's, 0-100
 * (100 when all are worth the same); `top` when nothing is worth more. */
typedef struct sv_AssessScore {
    int32_t points;
    bool top;
    int32_t best_option;        /* index into the situation's sv_Scenario.options */
    int64_t value, best, worst; /* raw, as sv_score_value */
} sv_AssessScore;

/* `option` is an index into the situation's options (of its one decision).
 * `base` is the default model; the pack's changes are applied as a run does.
 * SV_ERR_INVALID when the option is not the decision's, or the situation does
 * not open its decision; SV_ERR_NOMEM. */
sv_Status sv_assess_score(const sv_Pack *pack, int32_t item, const sv_ScoreModel *base,
                          int32_t option, sv_AssessScore *out);

/* A whole test: `n` situations with the option chosen in each, scored and
 * added to the profile as taken at `at` (seconds since 1970). SV_ERR_INVALID
 * when n is 0 or more than SV_PROFILE_MAX_ANSWERS, a situation repeats or was
 * given before, or the profile has taken this test already; `out` (may be
 * NULL) gets the record as kept. */
sv_Status sv_assess_take(sv_Profile *p, const sv_Pack *pack, const sv_ScoreModel *base,
                         sv_AssessKind kind, int64_t at, const int32_t *items,
                         const int32_t *options, size_t n, sv_ProfileAssessment *out);

/* Was situation `id` of the pack given to the profile in any test? */
bool sv_assess_seen(const sv_Profile *p, const char *pack, const char *id);

#endif
