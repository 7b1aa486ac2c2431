/* The debrief: what a scored session's rules made of every decision, the best
 * the model saw at each moment, and whether the model agrees with the authors'
 * verdicts. Built after the run from the session and its scoring model
 * (game/core/debrief.c); the game, the tool and the tests read it. */
#ifndef SVARA_DEBRIEF_H
#define SVARA_DEBRIEF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/model.h"
#include "svara/score.h"
#include "svara/session.h"
#include "svara/status.h"

typedef struct sv_DebriefHit {
    int32_t rule;
    const char *rule_id;
    sv_PrincipleSet principles;
    const char *explain; /* in the debrief's language */
    uint8_t trigger;     /* sv_Trigger */
    uint32_t t_ms, last_ms, count;
    /* of a post's standing seconds (a tick's count), those before any
     * decision about it had opened: the player could not answer yet, so the
     * lessons leave them out (the meters still moved: the complaint spread) */
    uint32_t before_open;
    int32_t decision, post;
    int32_t raw[SV_METER_COUNT];     /* tenths, rounded */
    int32_t applied[SV_METER_COUNT]; /* tenths (reach: people) */
} sv_DebriefHit;

/* A reply and what the model makes of it. */
typedef struct sv_DebriefReply {
    int32_t option; /* -1: composed, or nothing sent */
    uint8_t part_count;
    int32_t parts[SV_MAX_COMPOSE];
    sv_Visibility visibility;
    int32_t deltas[SV_METER_COUNT];  /* applied by its rules */
    int64_t figure;                  /* hundredths of a point */
    uint32_t hits_start, hits_count; /* into sv_Debrief.hits */
} sv_DebriefReply;

typedef struct sv_DebriefDecision {
    int32_t decision;
    uint8_t state; /* sv_DecisionState: answered or timed out */
    uint32_t open_ms, close_ms;
    uint32_t taken_ms; /* open to answer, or to the deadline */
    bool by_default;   /* nothing chosen: the default option went out */
    bool lapsed;       /* still open when the run ended: no deadline, no timeout rules */
    uint32_t options_enabled, parts_enabled; /* bit i: the decision's option / part i */
    /* what happened: the session's own firings (reply and timeout rules) */
    sv_DebriefReply played;
    /* the best the model sees at that moment among the enabled options and
     * composer parts; `played.figure` is computed the same way */
    bool has_best_option, has_best_composed;
    sv_DebriefReply best_option, best_composed;
    bool played_is_best; /* nothing available scores higher */
} sv_DebriefDecision;

/* A lesson of the run: a principle whose breaking (or missing) cost the most,
 * and the decision where it cost most. */
typedef struct sv_DebriefLesson {
    sv_Principle principle;
    int32_t decision; /* index into sv_Debrief.decisions; -1: posts left standing */
    int64_t cost;     /* reputation twice, sentiment and mood, in tenths, as the grade counts */
} sv_DebriefLesson;

#define SV_DEBRIEF_LESSONS 3u
#define SV_DEBRIEF_LESSON_MIN 20 /* a lesson costs at least two points, as the grade counts */

typedef struct sv_Debrief {
    sv_Lang lang;
    sv_DebriefDecision *decisions; /* heap; every decision that opened, by open time */
    size_t decision_count;
    sv_DebriefHit *hits; /* heap */
    size_t hit_count;
    uint32_t standing_start, standing_count; /* tick, end and promise firings, into hits */
    sv_MeterSample *history;                 /* heap copy of the meters over time */
    size_t history_count;
    int32_t meters_final[SV_METER_COUNT];
    /* what the run lost to full tables: the debrief may be missing that much */
    sv_Dropped dropped;
    /* the two or three lessons of the run, costliest first: for each decision
     * not played at its best, what each principle earned in the better reply
     * and not in the one played; and what posts left standing cost */
    sv_DebriefLesson lessons[SV_DEBRIEF_LESSONS];
    size_t lesson_count;
} sv_Debrief;

/* Builds the debrief of a scored session (sv_session_set_model) with texts in
 * `lang`. Heap: free with sv_debrief_free(). SV_ERR_INVALID when the session
 * has no scoring model or `m` is not it; SV_ERR_NOMEM. */
sv_Status sv_debrief_build(const sv_Session *s, const sv_ScoreModel *m, sv_Lang lang,
                           sv_Debrief *out);
void sv_debrief_free(sv_Debrief *d);
/* A tick firing's seconds (one a second from its first) that came before
 * any decision that could answer its post had opened: time the player could
 * not act in, which FAST does not blame them for (the lessons and the skills
 * leave it out; the meters still moved). 0 for every other firing. */
uint32_t sv_debrief_before_open(const sv_Session *s, const sv_Firing *f);

/* What meter moves are worth as the grade counts them: reputation twice,
 * sentiment and mood once (reach is not a gain). */
int64_t sv_debrief_worth(const int32_t meters[SV_METER_COUNT]);
/* The better of a decision's best option and best composition, when it beats
 * what was played; NULL when the player's choice was the best available. */
const sv_DebriefReply *sv_debrief_better(const sv_DebriefDecision *dd);

/* Every enabled option of closed decision d judged from where it closed, as
 * the debrief judges its best option (sv_score_whatif, sv_score_value: raw
 * units, before any curve): values[i] for the decision's option i. Returns
 * the enabled options as bits (bit i: option i); 0 when none was, when d is
 * not a decision of a scored session, or when memory ran out. */
uint32_t sv_debrief_option_values(const sv_Session *s, const sv_ScoreModel *m, int32_t d,
                                  int64_t values[SV_MAX_OPTIONS]);

/* Does the model agree with the authors' expert verdicts? For each debriefed
 * decision with options, whether the model's best option is marked
 * recommended; with a composer, whether the best composition uses no warned
 * part and every enabled recommended one. Items without any verdict to test
 * against are listed but not counted. */
typedef struct sv_AgreementItem {
    int32_t decision;
    bool composer;       /* false: the options */
    int8_t verdict;      /* 1 agrees, 0 disagrees, -1 nothing to compare with */
    int32_t best_option; /* options: the model's pick */
    bool warned_top;     /* the model's pick (or a part of its composition) is marked warned */
} sv_AgreementItem;

typedef struct sv_Agreement {
    sv_AgreementItem *items; /* heap */
    size_t count;
    uint32_t agreed, total;
} sv_Agreement;

sv_Status sv_score_agreement(const sv_Debrief *d, const sv_Scenario *sc, sv_Agreement *out);
void sv_agreement_free(sv_Agreement *a);

/* The grade of a run's final meters: reputation counted twice (it is what
 * the brand keeps), sentiment and the customer's mood, 0-100; and its letter,
 * A (70 or more), B (60), C (50), D (40) or E. The game, explore and the
 * learner's profile all grade this way. */
int32_t sv_grade_score(const int32_t meters[SV_METER_COUNT]);
char sv_grade_letter(int32_t score);

#endif
