/* Simulated time as the player reads it, in the player's language: spans
 * ("12 min", "1 d 3 h"; in words "1 day and 3 hours"), ages in the feed
 * ("5 min ago", "yesterday"), and the clock, which reads "05:12" in a short
 * scenario, "3:05:12" in one of hours and "Day 2, 03:05" in one of days.
 * Pure functions of (strings, language, times): SDL-free, so a unit test
 * links them alone. Times are signed milliseconds since the player took over
 * (history is negative); every function writes into buf and returns it. */
#ifndef SVARA_UI_TIMEFMT_H
#define SVARA_UI_TIMEFMT_H

#include <stddef.h>
#include <stdint.h>

#include "svara/model.h"
#include "uistrings.h"

#define UI_MS_MINUTE 60000
#define UI_MS_HOUR 3600000
#define UI_MS_DAY 86400000

/* Which way a scenario's clock reads, from its duration. */
typedef enum {
    UI_CLOCK_MINUTES = 0, /* up to an hour: "mm:ss" */
    UI_CLOCK_HOURS,       /* up to a day: "h:mm:ss" */
    UI_CLOCK_DAYS,        /* longer: "Day 2, 03:05" */
} ui_ClockStyle;

ui_ClockStyle ui_time_style(uint32_t duration_ms);

/* A span in short units, the two largest that matter: "45 s", "3 min 20 s"
 * (under ten minutes), "12 min", "2 h 5 min", "1 d 3 h". */
const char *ui_time_span(const ui_Strings *s, sv_Lang l, int64_t ms, char *buf, size_t size);
/* The same in words, for sentences: "45 seconds", "1 hour", "1 day and 3 hours". */
const char *ui_time_words(const ui_Strings *s, sv_Lang l, int64_t ms, char *buf, size_t size);
/* How long ago t was at now, as the feed shows it: "now", "40 s ago",
 * "5 min ago", "3 h ago", "yesterday" (24 to 48 hours), "2 days ago". */
const char *ui_time_ago(const ui_Strings *s, sv_Lang l, int64_t now_ms, int64_t t_ms, char *buf,
                        size_t size);
/* The moment t on the clock of a scenario `duration_ms` long. */
const char *ui_time_clock(const ui_Strings *s, sv_Lang l, int64_t t_ms, uint32_t duration_ms,
                          char *buf, size_t size);
/* The play screen's clock: now and the whole length, "05:12 / 11:00" or
 * "Day 2, 03:05 / 3 days". */
const char *ui_time_header(const ui_Strings *s, sv_Lang l, int64_t now_ms, uint32_t duration_ms,
                           char *buf, size_t size);
/* ms rounded up to whole minutes: how long a scenario lasts, said in a list. */
int64_t ui_time_whole_minutes(int64_t ms);
/* How long a scenario `duration_ms` long lasts, in whole minutes, as the
 * scenario list and the clock's total say it: a span ("11 min", "2 h 30 min")
 * and in words once it runs for days ("3 days"). */
const char *ui_time_length(const ui_Strings *s, sv_Lang l, uint32_t duration_ms, char *buf,
                           size_t size);
/* Time still left on a countdown: "mm:ss" under an hour, else a span. */
const char *ui_time_left(const ui_Strings *s, sv_Lang l, int64_t ms, char *buf, size_t size);

#endif
