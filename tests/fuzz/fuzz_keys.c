/* libFuzzer target for the game's key scripts (--script-keys; the parser in
 * game/ui/script_parse.c). Besides not crashing: a script parses exactly when
 * no line is reported, and every report names its line. */
#include <stdint.h>
#include <stdlib.h>

#include "script.h"
#include "svara/diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    ui_Script *s = ui_script_parse("keys.txt", (const char *)data, size, &diags);
    if ((s != NULL) != (diags.errors == 0)) abort();
    for (size_t i = 0; i < diags.count; i++)
        if (diags.items[i].line < 1 && size > 0) abort();
    ui_script_free(s);
    sv_diag_free(&diags);
    return 0;
}
