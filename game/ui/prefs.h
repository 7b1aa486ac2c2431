/* The player's settings and their file, settings.json in the per-user data
 * folder. Nothing the player wrote is lost: a broken file is kept aside under
 * a new name before anything is written in its place, a folder or a named
 * pipe there is never touched, and saving is atomic (a temporary file renamed
 * over the old one), so a crash never leaves half a file. SDL-free. */
#ifndef SVARA_UI_PREFS_H
#define SVARA_UI_PREFS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/diag.h"
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
    SV_PREFS_REPAIRED,   /* some values were bad: those are defaults now */
    SV_PREFS_CORRUPT,    /* a file not readable as settings (not JSON, not an object, invalid
                            UTF-8, over SV_MAX_FILE_BYTES, unreadable): all defaults */
    SV_PREFS_NOT_FILE,   /* a folder, named pipe or device in its place: all defaults */
} sv_PrefsResult;

/* Reads the settings at start into *s (defaults where the file has nothing
 * usable); every problem goes to diags with its position or key. A broken
 * file (REPAIRED, CORRUPT) is then kept aside as "path.bad-STAMP" and what is
 * used is written in its place, unless `read_only`; nothing is written when
 * it could not be kept aside, and a NOT_FILE is never moved nor replaced.
 * `outcome` gets one line saying what was done ("" when the file was fine).
 * Never blocks: a named pipe is refused without being opened for reading. */
sv_PrefsResult sv_prefs_open(sv_Settings *s, const char *path, const char *stamp, bool read_only,
                             sv_DiagList *diags, char *outcome, size_t outcome_size);

/* Writes *s to path atomically (sv_native_write_atomic). False, with the
 * reason in report, when it cannot; the old file is then untouched. */
bool sv_prefs_save(const sv_Settings *s, const char *path, char *report, size_t report_size);

/* Sets one setting from "key" and a value as written in the file, without the
 * JSON quotes for strings ("text_size", "large"; "time_speed", "0.5"). False
 * for an unknown key or a bad value. */
bool sv_prefs_set(sv_Settings *s, const char *key, const char *value);

/* "language=en text_size=normal ..." for --print-settings and the tests. */
void sv_prefs_describe(const sv_Settings *s, char *buf, size_t size);

#endif
