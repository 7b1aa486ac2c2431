/* The player's settings and their file, settings.json in the per-user data
 * folder. Saved atomically (a temporary file renamed over the old one), so a
 * crash never leaves half a file; a broken file is reported with its position
 * and replaced by defaults, never a crash. SDL-free. */
#ifndef SVARA_UI_PREFS_H
#define SVARA_UI_PREFS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/model.h"

#define SV_PREFS_FILE "settings.json"

typedef enum { SV_SIZE_NORMAL = 0, SV_SIZE_LARGE, SV_SIZE_HUGE, SV_SIZE_COUNT } sv_TextSize;

#define SV_SPEED_COUNT 5
extern const uint32_t sv_prefs_speeds[SV_SPEED_COUNT]; /* percent: 50 75 100 150 200 */

typedef struct sv_Settings {
    sv_Lang lang;
    sv_TextSize text_size;
    bool fullscreen;
    bool reduced_motion;
    bool okabe_ito;     /* the colour-blind-safe palette */
    uint32_t speed_pct; /* simulated time per real time; one of sv_prefs_speeds */
} sv_Settings;

void sv_prefs_defaults(sv_Settings *s);
int sv_prefs_text_pct(sv_TextSize size); /* 100, 125, 150 */

typedef enum {
    SV_PREFS_LOADED = 0, /* read as it was */
    SV_PREFS_MISSING,    /* no file yet: defaults */
    SV_PREFS_REPAIRED,   /* some values were bad: those are defaults now (reported) */
    SV_PREFS_CORRUPT,    /* not readable as settings: all defaults (reported) */
} sv_PrefsResult;

/* Reads `path` into *s. Problems go to report (one per line, "FILE:LINE:COL:
 * what", or "FILE: /key: what"). Call sv_prefs_save after REPAIRED or CORRUPT
 * to replace the file. */
sv_PrefsResult sv_prefs_load(sv_Settings *s, const char *path, char *report, size_t report_size);

/* Writes *s to path through path + ".tmp". False (with the reason in report)
 * when it cannot. */
bool sv_prefs_save(const sv_Settings *s, const char *path, char *report, size_t report_size);

/* Sets one setting from "key" and a value as written in the file, without the
 * JSON quotes for strings ("text_size", "large"; "time_speed", "0.5"). False
 * for an unknown key or a bad value. */
bool sv_prefs_set(sv_Settings *s, const char *key, const char *value);

/* "language=en text_size=normal ..." for --print-settings and the tests. */
void sv_prefs_describe(const sv_Settings *s, char *buf, size_t size);

#endif
