/* libFuzzer target for the game's UI strings (the files in assets/lang; the parser
 * in game/ui/uistrings.c, SDL-free). Besides not crashing: every text kept is
 * a non-empty string, and a file with no problem fills every key. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "svara/diag.h"
#include "uistrings.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    ui_Strings s;
    memset(&s, 0, sizeof s);
    size_t problems = ui_strings_parse(&s, SV_LANG_NB, "nb.json", (const char *)data, size, &diags);
    if (problems != diags.errors + diags.warnings) abort();
    for (int i = 0; i < UI_STR_COUNT; i++) {
        const char *t = s.text[SV_LANG_NB][i];
        if (t ? !t[0] : problems == 0) abort();
    }
    ui_strings_free(&s);
    sv_diag_free(&diags);
    return 0;
}
