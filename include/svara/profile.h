/* A learner's profile: their name, every run they finished (which scenario,
 * when, the ending, the grade, and which principles the run followed and
 * broke), and the skills by principle those runs add up to, newer runs
 * counting more. Kept as JSON (profile.json in the profile's folder), parsed
 * with located messages like every other file. SDL-free: the game and
 * `svara-tool profile` share it. The caller gives the time (seconds since
 * 1970): the core never reads the clock. */
#ifndef SVARA_PROFILE_H
#define SVARA_PROFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/diag.h"
#include "svara/limits.h"
#include "svara/score.h"
#include "svara/status.h"

struct sv_Session;
struct sv_Pack;

#define SV_PROFILE_NAME_BYTES 48u /* a learner's name, UTF-8 */
#define SV_PROFILE_VERSION_BYTES 32u
#define SV_PROFILE_MAX_RUNS                                                                        \
    1000u /* the oldest run is dropped past this (the file stays under 1 MB) */
#define SV_PROFILE_RECENCY_PCT 85u /* each older run counts this much of the next newer one */

typedef struct sv_ProfileRun {
    char pack[SV_MAX_ID_BYTES + 1];
    char version[SV_PROFILE_VERSION_BYTES + 1]; /* the pack's version */
    char scenario[SV_MAX_ID_BYTES + 1];
    char ending[SV_MAX_ID_BYTES + 1]; /* "" when the run ended without one */
    uint64_t seed;
    int64_t ended;                         /* seconds since 1970 */
    int32_t score;                         /* the grade's 0-100 (sv_grade_score) */
    char grade;                            /* 'A'..'E' */
    uint16_t followed[SV_PRINCIPLE_COUNT]; /* rules that rewarded the principle */
    uint16_t broken[SV_PRINCIPLE_COUNT];   /* rules that penalised it */
} sv_ProfileRun;

/* One answer of an assessment: the situation, the option chosen, its points
 * (0-100: where the option's value falls between the situation's worst and
 * best option, as the model ranks them) and whether it was the model's top pick. */
typedef struct sv_ProfileAnswer {
    char scenario[SV_MAX_ID_BYTES + 1];
    char option[SV_MAX_ID_BYTES + 1];
    int32_t points;
    bool top;
} sv_ProfileAnswer;

typedef enum { SV_ASSESS_PRE = 0, SV_ASSESS_POST, SV_ASSESS_KIND_COUNT } sv_AssessKind;

#define SV_PROFILE_MAX_ANSWERS 32u      /* answers one assessment keeps */
#define SV_PROFILE_MAX_ASSESSMENTS 256u /* a pre- and a post-test for 128 packs */

/* A pre- or post-test taken (svara/assess.h): every situation it gave, so no
 * later test gives one again, and its score, the mean of the points. */
typedef struct sv_ProfileAssessment {
    char pack[SV_MAX_ID_BYTES + 1];
    char version[SV_PROFILE_VERSION_BYTES + 1];
    sv_AssessKind kind;
    int64_t at; /* seconds since 1970 */
    int32_t score;
    sv_ProfileAnswer items[SV_PROFILE_MAX_ANSWERS];
    uint32_t item_count;
} sv_ProfileAssessment;

/* A scenario the learner started and has not finished since (the title
 * shows it as in progress, across restarts). */
typedef struct sv_ProfileStarted {
    char pack[SV_MAX_ID_BYTES + 1];
    char scenario[SV_MAX_ID_BYTES + 1];
} sv_ProfileStarted;

#define SV_PROFILE_MAX_STARTED 64u /* the oldest is forgotten past this */

typedef struct sv_Profile {
    char name[SV_PROFILE_NAME_BYTES + 1];
    int64_t created;
    bool tutorial_done;
    sv_ProfileStarted started[SV_PROFILE_MAX_STARTED]; /* oldest first */
    size_t started_count;
    sv_ProfileRun *runs; /* heap, oldest first */
    size_t run_count, run_cap;
    sv_ProfileAssessment *assessments; /* heap, oldest first */
    size_t assessment_count, assessment_cap;
} sv_Profile;

/* What the runs add up to for one principle. The weights are thousandths:
 * the newest run counts 1000, each older one SV_PROFILE_RECENCY_PCT percent
 * of the next. `level` is the weighted share of rules followed, 0-100, or -1
 * when no run has touched the principle. */
typedef struct sv_Skill {
    int64_t followed_w, broken_w;
    uint32_t followed, broken; /* plain counts over all runs */
    uint32_t runs;             /* runs that touched it */
    int32_t level;
} sv_Skill;

void sv_profile_init(sv_Profile *p, const char *name, int64_t created);
void sv_profile_free(sv_Profile *p);

/* A name is 1 to SV_PROFILE_NAME_BYTES bytes of valid UTF-8 with no control
 * characters, not only spaces. `why` says what is wrong. */
bool sv_profile_name_ok(const char *name, const char **why);
/* The profile's folder name: lower-case ASCII letters, digits and '-', from
 * the name ("Åsa Öberg" -> "asa-oberg"); "profile" when nothing is left. */
void sv_profile_slug(const char *name, char *out, size_t size);

/* Reads profile.json. Every problem is added to diags, located; on an error
 * the profile is left empty (and freed). */
sv_Status sv_profile_parse(const char *file, const char *bytes, size_t len, sv_Profile *out,
                           sv_DiagList *diags);
/* The profile as JSON (heap; the caller frees it). NULL when out of memory. */
char *sv_profile_write(const sv_Profile *p, size_t *len);

/* profile.json on disk. Loading: SV_OK, or SV_ERR_IO when the file is not
 * there (`*missing` set) or cannot be read, or SV_ERR_INVALID when it is
 * broken; every problem is in diags, located. A broken file is never
 * overwritten: sv_native_keep_aside (svara/native.h) moves it to
 * "profile.json.bad-STAMP" so the learner can start fresh. Saving is atomic
 * (temporary file, fsync, rename): a crash leaves the old or the new file. */
sv_Status sv_profile_load_file(const char *path, sv_Profile *out, bool *missing,
                               sv_DiagList *diags);
sv_Status sv_profile_save_file(const char *path, const sv_Profile *p, sv_DiagList *diags);

/* Adds a finished (scored, ended) session as a run, and takes its scenario
 * off the started list. SV_ERR_INVALID when the session has not ended or has
 * no score. */
sv_Status sv_profile_add_run(sv_Profile *p, const struct sv_Session *s, const char *pack,
                             const char *version, int64_t ended);

/* A run of pack/scenario began: it is listed as started until a run of it
 * finishes (past SV_PROFILE_MAX_STARTED the oldest goes). True when the list
 * changed, so the caller saves the profile; false when it was listed already
 * or an id is empty or too long. "started" in profile.json; a profile from
 * before it existed has none, and one without any is written as before. */
bool sv_profile_mark_started(sv_Profile *p, const char *pack, const char *scenario);
/* Whether pack/scenario is started and not finished since. */
bool sv_profile_started(const sv_Profile *p, const char *pack, const char *scenario);

/* The skills after the first `runs` runs (SIZE_MAX: all): call it with
 * run_count - 1 and run_count to see what the last run changed. */
void sv_profile_skills(const sv_Profile *p, size_t runs, sv_Skill out[SV_PRINCIPLE_COUNT]);

/* The best run of a scenario (highest score; the later one on a tie), NULL
 * when it was never finished. */
const sv_ProfileRun *sv_profile_best(const sv_Profile *p, const char *pack, const char *scenario);

/* The step of a pack's path to play next: the first step whose scenario has
 * no finished run in the profile (p may be NULL: no runs). -1 when the pack
 * has no path or every step is done. */
int32_t sv_profile_next_step(const sv_Profile *p, const struct sv_Pack *pack);
/* "pre", "post"; and back (false for anything else). */
const char *sv_assess_kind_name(sv_AssessKind k);
bool sv_assess_kind_parse(const char *s, sv_AssessKind *out);

/* Adds a taken assessment (copied). SV_ERR_INVALID when the profile already
 * has one of that kind for the pack, or past SV_PROFILE_MAX_ASSESSMENTS. */
sv_Status sv_profile_add_assessment(sv_Profile *p, const sv_ProfileAssessment *a);
/* The pack's pre- or post-test, NULL when not taken. */
const sv_ProfileAssessment *sv_profile_assessment(const sv_Profile *p, const char *pack,
                                                  sv_AssessKind kind);
/* The pack's gain, post-test score minus pre-test score; false (and *gain
 * 0) until both were taken. */
bool sv_profile_gain(const sv_Profile *p, const char *pack, int32_t *gain);

#endif
