/* Helpers for the tests that show the scoring model reading the situation
 * (test_scoring_reads_a.c, test_scoring_reads_b.c): small scenario files from
 * tests/scoring/situations loaded as packs load them, real sessions played with
 * the default model, candidates judged with sv_score_whatif from the note a
 * decision takes when it closes, and checks that print every rule of both
 * candidates (or every firing of the run) when they fail.
 *
 * The model is assets/scoring/default.json, or the file SV_READS_MODEL names:
 * point it at a copy with one rule changed to see a test fail. */
#ifndef SV_TEST_READS_SUPPORT_H
#define SV_TEST_READS_SUPPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/arena.h"
#include "svara/model.h"
#include "svara/score.h"
#include "svara/session.h"

/* cmocka group setup and teardown: load and free the model. */
int rd_setup(void **state);
int rd_teardown(void **state);
const sv_ScoreModel *rd_model(void);
/* The index of a rule of the model, failing the test when it has none. */
int32_t rd_rule(const char *id);

/* ---- situations ----------------------------------------------------------------------------- */

typedef struct rd_Situation {
    const char *name;
    sv_Arena *arena;
    sv_Scenario sc;
} rd_Situation;

/* Loads tests/scoring/situations/<name>.json (English only), failing the
 * test with every diagnostic when it does not load cleanly. */
void rd_load(rd_Situation *sit, const char *name);
/* The same for any scenario file, by its path from the source tree's root. */
void rd_load_file(rd_Situation *sit, const char *rel, const char *name);
/* A situation of an audit's pack: folder/name.json (folder: "tests/fresh3"). */
void rd_load_in(rd_Situation *sit, const char *folder, const char *name);
/* Any scenario file with the pack's declared languages `langs` (bit (1u << sv_Lang)); the
 * loader's warnings on translations the set leaves out are allowed, its errors are not. */
void rd_load_langs(rd_Situation *sit, const char *rel, const char *name, uint32_t langs);
/* A scenario of a pack that writes all three languages (scenarios/core, sample). */
void rd_load_pack_file(rd_Situation *sit, const char *folder, const char *name);
void rd_unload(rd_Situation *sit);

/* Indices by id; each fails the test when the id is not there. */
int32_t rd_decision(const rd_Situation *sit, const char *id);
int32_t rd_option(const rd_Situation *sit, const char *id);
int32_t rd_part(const rd_Situation *sit, const char *id);
int32_t rd_post(const rd_Situation *sit, const char *id);
int32_t rd_fact(const rd_Situation *sit, const char *id);

/* The option without one of its tags, which the pack must give it (as its
 * words say): the verdict must then rest on the story, not on the tag. */
void rd_untag(rd_Situation *sit, const char *option, sv_Tag tag);

/* ---- runs ----------------------------------------------------------------------------------- */

typedef struct rd_Run {
    const char *name;
    const rd_Situation *sit;
    sv_Session s;
} rd_Run;

/* Starts a session with the model (seed 1, scored in English). */
void rd_start(rd_Run *r, const rd_Situation *sit, const char *name);
/* The same, scored in `lang` (the language the game passes: the pack's first). */
void rd_start_lang(rd_Run *r, const rd_Situation *sit, const char *name, sv_Lang lang);
/* Advances to t_s seconds, then chooses the option, asserting it is taken. */
void rd_choose(rd_Run *r, uint32_t t_s, const char *decision, const char *option);
/* Advances to t_s seconds, then sends the parts (ids separated by spaces). */
void rd_compose(rd_Run *r, uint32_t t_s, const char *decision, sv_Visibility vis,
                const char *parts);
/* Plays to the end with sv_session_run_out, asserting the run ended. */
void rd_run_out(rd_Run *r);
void rd_stop(rd_Run *r);
/* rd_start, then rd_choose: a run with one choice, still going. */
void rd_play_one(rd_Run *r, const rd_Situation *sit, const char *name, uint32_t t_s,
                 const char *decision, const char *option);

/* ---- what if ----------------------------------------------------------------------------------
 */

#define RD_MAX_HITS 256

/* One candidate answer to a decision, as sv_score_whatif judges it. */
typedef struct rd_Judged {
    char label[128];
    int64_t value; /* sv_score_value: raw units */
    size_t n;
    sv_ScoreHit hits[RD_MAX_HITS];
} rd_Judged;

/* The decision must have closed in the run (answer it first). */
void rd_judge_option(const rd_Run *r, const char *decision, const char *option, rd_Judged *out);
void rd_judge_parts(const rd_Run *r, const char *decision, sv_Visibility vis, const char *parts,
                    rd_Judged *out);
/* Letting the deadline pass (with the decision's default, if it has one). */
void rd_judge_timeout(const rd_Run *r, const char *decision, rd_Judged *out);

/* How many of the candidate's hits are the rule's (any trigger); their value. */
int rd_count(const rd_Judged *j, const char *rule);
int64_t rd_rule_value(const rd_Judged *j, const char *rule);
/* Raw units as points: "+12.50" (buf holds 32 bytes). */
const char *rd_points(int64_t value, char *buf);
/* Every hit of the candidate, with its trigger, raw effects and value. */
void rd_print(const rd_Judged *j);

/* The checks print both candidates (every rule) on failure. */
#define EXPECT_BEATS(good, bad) rd_expect_beats(good, bad, __FILE__, __LINE__)
/* good beats bad, `reward` helps good and `penalty` hurts bad (NULL: not checked);
 * penalty does not fire for good. */
#define EXPECT_BETTER(good, reward, bad, penalty)                                                  \
    rd_expect_better(good, reward, bad, penalty, __FILE__, __LINE__)
/* The rule fires (fires == true) or does not for j; `other` is printed too (may be NULL). */
#define EXPECT_HIT(j, rule, other) rd_expect_hit(j, rule, true, other, __FILE__, __LINE__)
#define EXPECT_NO_HIT(j, rule, other) rd_expect_hit(j, rule, false, other, __FILE__, __LINE__)

void rd_expect_beats(const rd_Judged *good, const rd_Judged *bad, const char *file, int line);
void rd_expect_better(const rd_Judged *good, const char *reward, const rd_Judged *bad,
                      const char *penalty, const char *file, int line);
void rd_expect_hit(const rd_Judged *j, const char *rule, bool fires, const rd_Judged *other,
                   const char *file, int line);

/* ---- what the session recorded ----------------------------------------------------------------
 */

/* Firings of the rule in the run, of one trigger (-1: any) for one decision
 * (NULL: any); *first (may be NULL) gets the first of them. */
int rd_fired(const rd_Run *r, const char *rule, int trigger, const char *decision,
             const sv_Firing **first);
/* The same for firings about one post (ticks and ends have no decision). */
int rd_fired_post(const rd_Run *r, const char *rule, int trigger, const char *post,
                  const sv_Firing **first);
/* The value of the run's firings for one decision (NULL: all), in raw units. */
int64_t rd_run_value(const rd_Run *r, const char *decision);
/* Seconds ticked by every tick rule over the run (each record counts its seconds). */
uint32_t rd_tick_seconds(const rd_Run *r);
void rd_print_firings(const rd_Run *r);

#define EXPECT_FIRED(r, rule, trigger, decision)                                                   \
    rd_expect_fired(r, rule, trigger, decision, true, __FILE__, __LINE__)
#define EXPECT_NOT_FIRED(r, rule, trigger, decision)                                               \
    rd_expect_fired(r, rule, trigger, decision, false, __FILE__, __LINE__)

#define EXPECT_FIRED_ABOUT(r, rule, trigger, post)                                                 \
    rd_expect_fired_post(r, rule, trigger, post, true, __FILE__, __LINE__)
#define EXPECT_NOT_FIRED_ABOUT(r, rule, trigger, post)                                             \
    rd_expect_fired_post(r, rule, trigger, post, false, __FILE__, __LINE__)

void rd_expect_fired(const rd_Run *r, const char *rule, int trigger, const char *decision,
                     bool fires, const char *file, int line);
void rd_expect_fired_post(const rd_Run *r, const char *rule, int trigger, const char *post,
                          bool fires, const char *file, int line);

#endif
