/* Simulated time in words and numbers. Units come from the UI strings, so a
 * translator decides "3 h", "3 tim" or "3 t"; the rules (which units, when
 * "yesterday", when the clock counts days) are the same in every language. */
#include "timefmt.h"

#include <inttypes.h>
#include <stdio.h>

#define S_MINUTE 60
#define S_HOUR 3600
#define S_DAY 86400

/* A unit's string, singular or plural for words (English, Swedish and
 * Norwegian all take the singular for exactly one). */
typedef struct Unit {
    int64_t secs;
    ui_StrId compact, one, many;
} Unit;

static const Unit units[4] = {
    {S_DAY, UI_S_TIME_DAYS, UI_S_TIME_WORD_DAY, UI_S_TIME_WORD_DAYS},
    {S_HOUR, UI_S_TIME_HOURS, UI_S_TIME_WORD_HOUR, UI_S_TIME_WORD_HOURS},
    {S_MINUTE, UI_S_TIME_MINUTES, UI_S_TIME_WORD_MINUTE, UI_S_TIME_WORD_MINUTES},
    {1, UI_S_TIME_SECONDS, UI_S_TIME_WORD_SECOND, UI_S_TIME_WORD_SECONDS},
};

/* "3 h" or "3 hours": n of unit u. */
static const char *amount(const ui_Strings *s, sv_Lang l, int u, int64_t n, int words, char *buf,
                          size_t size)
{
    char num[24];
    snprintf(num, sizeof num, "%" PRId64, n);
    ui_StrId id = words ? (n == 1 ? units[u].one : units[u].many) : units[u].compact;
    return ui_strings_format(buf, size, ui_strings_get(s, l, id), num, NULL, NULL);
}

static int64_t whole_seconds(int64_t ms) { return (ms < 0 ? -ms : ms) / 1000; }

/* The largest unit that is not zero, and the next one when it adds something
 * (minutes under ten minutes keep their seconds; minutes alone drop them). */
static const char *span(const ui_Strings *s, sv_Lang l, int64_t ms, int words, char *buf,
                        size_t size)
{
    int64_t secs = whole_seconds(ms);
    int u = 0;
    while (u < 3 && secs < units[u].secs) u++;
    int64_t big = secs / units[u].secs, rest = secs % units[u].secs;
    int64_t small = u < 3 ? rest / units[u + 1].secs : 0;
    if (u == 2 && secs >= 10 * S_MINUTE) small = 0;
    if (u == 2 && words) small = 0;
    char a[64], b[64];
    amount(s, l, u, big, words, a, sizeof a);
    if (!small) {
        snprintf(buf, size, "%s", a);
        return buf;
    }
    amount(s, l, u + 1, small, words, b, sizeof b);
    if (words) return ui_strings_format(buf, size, ui_strings_get(s, l, UI_S_TIME_AND), a, b, NULL);
    snprintf(buf, size, "%s %s", a, b);
    return buf;
}

ui_ClockStyle ui_time_style(uint32_t duration_ms)
{
    if (duration_ms <= (uint32_t)UI_MS_HOUR) return UI_CLOCK_MINUTES;
    return duration_ms <= (uint32_t)UI_MS_DAY ? UI_CLOCK_HOURS : UI_CLOCK_DAYS;
}

const char *ui_time_span(const ui_Strings *s, sv_Lang l, int64_t ms, char *buf, size_t size)
{
    return span(s, l, ms, 0, buf, size);
}

const char *ui_time_words(const ui_Strings *s, sv_Lang l, int64_t ms, char *buf, size_t size)
{
    return span(s, l, ms, 1, buf, size);
}

const char *ui_time_ago(const ui_Strings *s, sv_Lang l, int64_t now_ms, int64_t t_ms, char *buf,
                        size_t size)
{
    int64_t age = now_ms > t_ms ? (now_ms - t_ms) / 1000 : 0;
    char n[64];
    if (age < 5) {
        snprintf(buf, size, "%s", ui_strings_get(s, l, UI_S_TIME_NOW));
        return buf;
    }
    if (age >= 2 * S_DAY) {
        snprintf(n, sizeof n, "%" PRId64, age / S_DAY);
        return ui_strings_format(buf, size, ui_strings_get(s, l, UI_S_TIME_DAYS_AGO), n, NULL,
                                 NULL);
    }
    if (age >= S_DAY) {
        snprintf(buf, size, "%s", ui_strings_get(s, l, UI_S_TIME_YESTERDAY));
        return buf;
    }
    int u = age >= S_HOUR ? 1 : age >= S_MINUTE ? 2 : 3;
    amount(s, l, u, age / units[u].secs, 0, n, sizeof n);
    return ui_strings_format(buf, size, ui_strings_get(s, l, UI_S_TIME_AGO), n, NULL, NULL);
}

const char *ui_time_clock(const ui_Strings *s, sv_Lang l, int64_t t_ms, uint32_t duration_ms,
                          char *buf, size_t size)
{
    const char *sign = t_ms < 0 ? "−" : "";
    int64_t secs = whole_seconds(t_ms);
    switch (ui_time_style(duration_ms)) {
    case UI_CLOCK_MINUTES:
        snprintf(buf, size, "%s%02" PRId64 ":%02" PRId64, sign, secs / S_MINUTE, secs % S_MINUTE);
        return buf;
    case UI_CLOCK_HOURS:
        snprintf(buf, size, "%s%" PRId64 ":%02" PRId64 ":%02" PRId64, sign, secs / S_HOUR,
                 secs % S_HOUR / S_MINUTE, secs % S_MINUTE);
        return buf;
    case UI_CLOCK_DAYS: break;
    }
    /* days count from 1 when the player takes over; history falls on day 0 and before */
    int64_t t = t_ms / 1000 - (t_ms < 0 && t_ms % 1000 ? 1 : 0);
    int64_t day = t >= 0 ? t / S_DAY : -((-t + S_DAY - 1) / S_DAY);
    int64_t in_day = t - day * S_DAY;
    char d[24], hm[48];
    snprintf(d, sizeof d, "%" PRId64, day + 1);
    snprintf(hm, sizeof hm, "%02" PRId64 ":%02" PRId64, in_day / S_HOUR,
             in_day % S_HOUR / S_MINUTE);
    return ui_strings_format(buf, size, ui_strings_get(s, l, UI_S_TIME_DAY_CLOCK), d, hm, NULL);
}

const char *ui_time_header(const ui_Strings *s, sv_Lang l, int64_t now_ms, uint32_t duration_ms,
                           char *buf, size_t size)
{
    char now[64], total[96];
    ui_time_clock(s, l, now_ms, duration_ms, now, sizeof now);
    if (ui_time_style(duration_ms) == UI_CLOCK_DAYS)
        ui_time_length(s, l, duration_ms, total, sizeof total);
    else
        ui_time_clock(s, l, duration_ms, duration_ms, total, sizeof total);
    snprintf(buf, size, "%s / %s", now, total);
    return buf;
}

int64_t ui_time_whole_minutes(int64_t ms)
{
    return (ms + UI_MS_MINUTE - 1) / UI_MS_MINUTE * UI_MS_MINUTE;
}

const char *ui_time_length(const ui_Strings *s, sv_Lang l, uint32_t duration_ms, char *buf,
                           size_t size)
{
    int64_t ms = ui_time_whole_minutes(duration_ms);
    if (ui_time_style(duration_ms) == UI_CLOCK_DAYS) return ui_time_words(s, l, ms, buf, size);
    return ui_time_span(s, l, ms, buf, size);
}

const char *ui_time_left(const ui_Strings *s, sv_Lang l, int64_t ms, char *buf, size_t size)
{
    if (ms < UI_MS_HOUR)
        return ui_time_clock(s, l, ms < 0 ? 0 : ms, (uint32_t)UI_MS_HOUR, buf, size);
    return ui_time_span(s, l, ms, buf, size);
}
