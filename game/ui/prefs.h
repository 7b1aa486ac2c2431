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
#include "svara/limits.h"
#include "svara/model.h"

#define UI_PREFS_FILE "settings.json"

typedef enum { UI_SIZE_NORMAL = 0, UI_SIZE_LARGE, UI_SIZE_HUGE, UI_SIZE_COUNT } ui_TextSize;

#define UI_SPEED_COUNT 5
extern const uint32_t ui_prefs_speeds[UI_SPEED_COUNT]; /* percent: 50 75 100 150 200 */

typedef struct ui_Settings {
    sv_Lang lang;
    ui_TextSize text_size;
    bool fullscreen;
    bool reduced_motion;
    bool okabe_ito;     /* the colour-blind-safe palette */
    uint32_t speed_pct; /* simulated time per real time; one of ui_prefs_speeds */
    bool tutorial_done; /* the tutorial was played or skipped, with nobody playing (tutorial.h;
                           a learner's is in their profile) */
    char profile[SV_MAX_ID_BYTES + 1]; /* the folder of the profile played last, "" none */
} ui_Settings;

void ui_prefs_defaults(ui_Settings *s);
int ui_prefs_text_pct(ui_TextSize size); /* 100, 125, 150 */

typedef enum {
    UI_PREFS_LOADED = 0, /* read as it was */
    UI_PREFS_MISSING,    /* no file yet: defaults */
    UI_PREFS_REPAIRED,   /* some values were bad: those are defaults now */
    UI_PREFS_CORRUPT,    /* a file not readable as settings (not JSON, not an object, invalid
                            UTF-8, over SV_MAX_FILE_BYTES, unreadable): all defaults */
    UI_PREFS_NOT_FILE,   /* a folder, named pipe or device in its place: all defaults */
} ui_PrefsResult;

/* Reads the settings at start into *s (defaults where the file has nothing
 * usable); every problem goes to diags with its position or key. A broken
 * file (REPAIRED, CORRUPT) is then kept aside as "path.bad-STAMP" and what is
 * used is written in its place, unless `read_only`; nothing is written when
 * it could not be kept aside, and a NOT_FILE is never moved nor replaced.
 * `outcome` gets one line saying what was done ("" when the file was fine).
 * Never blocks: a named pipe is refused without being opened for reading. */
ui_PrefsResult ui_prefs_open(ui_Settings *s, const char *path, const char *stamp, bool read_only,
                             sv_DiagList *diags, char *outcome, size_t outcome_size);

/* Parses a settings file's bytes into *s, defaults where it has nothing
 * usable: CORRUPT (all defaults) when the bytes fail the checks every pack
 * file gets (UTF-8, JSON syntax, a key given twice, nesting, size) or are not
 * an object; REPAIRED when some values were bad (each reported at its line and
 * column); LOADED. `why` gets a short reason for a CORRUPT or REPAIRED file.
 * Bytes in, settings out: no file is touched (the fuzz target's entry). */
ui_PrefsResult ui_prefs_parse(ui_Settings *s, const char *path, const char *bytes, size_t len,
                              sv_DiagList *diags, char *why, size_t why_size);

/* Writes *s to path atomically (sv_native_write_atomic). False, with the
 * reason in report, when it cannot; the old file is then untouched. */
bool ui_prefs_save(const ui_Settings *s, const char *path, char *report, size_t report_size);

/* Sets one setting from "key" and a value as written in the file, without the
 * JSON quotes for strings ("text_size", "large"; "time_speed", "0.5"). False
 * for an unknown key or a bad value. */
bool ui_prefs_set(ui_Settings *s, const char *key, const char *value);

/* "language=en text_size=normal ..." for --print-settings and the tests. */
void ui_prefs_describe(const ui_Settings *s, char *buf, size_t size);

#endif
