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

#endif
