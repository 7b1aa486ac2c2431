/* libFuzzer target for the game's settings file (game/ui/prefs.c, SDL-free).
 * Besides not crashing: a file is CORRUPT exactly when an error is reported,
 * REPAIRED exactly when only warnings are, and whatever comes out is a valid
 * setting of each kind, so a bad file can never put the game in a state it
 * has no screen for. */
#include <stdint.h>
#include <stdlib.h>

#include "prefs.h"
#include "svara/diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    ui_Settings s;
    char why[400];
    ui_PrefsResult r =
        ui_prefs_parse(&s, "settings.json", (const char *)data, size, &diags, why, sizeof why);
    if ((r == UI_PREFS_CORRUPT) != (diags.errors > 0)) abort();
    if ((r == UI_PREFS_REPAIRED) != (diags.errors == 0 && diags.warnings > 0)) abort();
    if (r != UI_PREFS_CORRUPT && r != UI_PREFS_REPAIRED && r != UI_PREFS_LOADED) abort();
    if ((unsigned)s.lang >= SV_LANG_COUNT || (unsigned)s.text_size >= UI_SIZE_COUNT) abort();
    bool speed_ok = false;
    for (int i = 0; i < UI_SPEED_COUNT; i++)
        speed_ok = speed_ok || s.speed_pct == ui_prefs_speeds[i];
    if (!speed_ok) abort();
    char line[1024];
    for (size_t i = 0; i < diags.count; i++) sv_diag_format(&diags.items[i], line, sizeof line);
    sv_diag_free(&diags);
    return 0;
}
