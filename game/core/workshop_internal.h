/* Internal to the workshop modules (workshop*.c): a growing text buffer the
 * exports write into, and the small conversions they share (meters as
 * files write them, times as seconds). */
#ifndef SVARA_WORKSHOP_INTERNAL_H
#define SVARA_WORKSHOP_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "load_common.h"
#include "svara/workshop.h"

/* Text that grows; after a failed allocation every call is a no-op and
 * sv_sb_take gives NULL, so writers need not check each step. */
typedef struct sv_Sb {
    char *s;
    size_t len, cap;
    bool failed;
} sv_Sb;

void sv_sb_put(sv_Sb *b, const char *s);
void sv_sb_putn(sv_Sb *b, const char *s, size_t n);
void sv_sb_printf(sv_Sb *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The text (heap, free()); NULL when an allocation failed. The buffer is left empty. */
char *sv_sb_take(sv_Sb *b, size_t *len);

/* A meter's value as files and reports write it: points with one decimal
 * ("55.3", "-2") for the 0-100 meters, people for reach. */
void sv_meter_text(sv_Meter m, int32_t v, char *out, size_t size);
/* Seconds of simulated time, "18", "90.5": sv_load_ms_text for unsigned times. */
void sv_seconds_text(uint32_t ms, char *out, size_t size);
/* {"reputation": 55.3, ...}: every meter as sv_meter_text writes it, added to
 * o as `key`; false when memory runs out. */
struct cJSON;
bool sv_result_add_meters(struct cJSON *o, const char *key, const int32_t m[SV_METER_COUNT]);

/* What a decision's rules moved, added up (held to +-SV_WORKSHOP_MAX_MOVED),
 * and its worth as the grade counts it. */
#define SV_WORKSHOP_MAX_MOVED 100000000
void sv_result_moved(const sv_ResultDecision *d, int32_t out[SV_METER_COUNT]);
int64_t sv_result_decision_worth(const sv_ResultDecision *d);
/* "o-ask" or "p-hi+p-ack" or "-" (nothing), into out. */
void sv_result_choice_key(const sv_ResultDecision *d, char *out, size_t size);
/* The play of `scenario` in r, NULL when it did not play it. */
const sv_ResultPlay *sv_result_find_play(const sv_Result *r, const char *scenario);

/* The report's language (its first play's), whether principle k belongs in
 * the improvement plan (some team rated S, M or U), and what went wrong
 * with it: up to `most` different explanations of rules that broke it. */
sv_Lang sv_report_lang(const sv_Report *rep);
bool sv_report_plan_row(const sv_Report *rep, sv_Principle k);
void sv_report_plan_issue(const sv_Report *rep, sv_Principle k, sv_Sb *b, size_t most);

/* A person ({"name", "email"?, "account"?}) and a team ({"id", "name",
 * "members"}), as workshop and result files write them (workshop.c). */
void sv_workshop_read_person(sv_Loader *L, const cJSON *obj, const char *ptr, const char *what,
                             sv_Person *p);
void sv_workshop_read_team(sv_Loader *L, const cJSON *obj, const char *ptr, sv_Team *t);

/* The HTML report's own words in each language (workshop_words.c): never
 * NULL, never "" for a language the game has. */
typedef enum {
    SV_RW_REPORT = 0,
    SV_RW_FACILITATOR,
    SV_RW_PACK,
    SV_RW_SEED,
    SV_RW_TEAMS,
    SV_RW_WORKSHOP_ID,
    SV_RW_TEAM,
    SV_RW_MEMBERS,
    SV_RW_SCENARIO,
    SV_RW_GRADE,
    SV_RW_ENDING,
    SV_RW_NO_ENDING,
    SV_RW_REPUTATION, /* the meters, in sv_Meter's order */
    SV_RW_SENTIMENT,
    SV_RW_MOOD,
    SV_RW_REACH,
    SV_RW_NO_PLAY,
    SV_RW_DECISIONS,
    SV_RW_DECISIONS_INTRO,
    SV_RW_DECISION,
    SV_RW_ANSWER,
    SV_RW_NOT_MET,
    SV_RW_LAPSED,
    SV_RW_TIMED_OUT,
    SV_RW_BY_DEFAULT,
    SV_RW_CHART_TEAMS, /* {1} the scenario */
    SV_RW_CHART_TEAM,  /* {1} the team, {2} the scenario */
    SV_RW_DIFFERED,
    SV_RW_DIFFERENT_ANSWERS,
    SV_RW_SPREAD,
    SV_RW_OF_TEAMS, /* {1} of {2} teams */
    SV_RW_ALIKE,
    SV_RW_RATINGS,
    SV_RW_RATINGS_INTRO,
    SV_RW_PRINCIPLE,
    SV_RW_PLAN,
    SV_RW_ISSUE,
    SV_RW_ACTION,
    SV_RW_RESPONSIBLE,
    SV_RW_DUE,
    SV_RW_NONE_BROKEN,
    SV_RW_OF_100, /* {1} of 100 */
    SV_RW_PASSED,
    SV_RW_NOT_PASSED,
    SV_RW_PASS_MARK, /* {1} the pass score */
    SV_RW_PLAYED,    /* {1} a date and time */
    SV_RW_RULES_FIRED,
    SV_RW_NO_RULE,
    SV_RW_FOOTER,
    SV_RW_DECIMAL, /* the decimal sign */
    SV_RW_COUNT
} sv_ReportWord;
const char *sv_report_word(sv_ReportWord w, sv_Lang lang);

#endif
