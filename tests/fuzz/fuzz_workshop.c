/* libFuzzer target for the workshop file parser: never a crash, a status
 * that agrees with the errors reported, nothing left behind on an error. */
#include <stdint.h>
#include <stdlib.h>

#include "svara/diag.h"
#include "svara/workshop.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Workshop w;
    sv_Status st = sv_workshop_parse("fuzz.json", (const char *)data, size, &w, &diags);
    if ((st == SV_OK) != (diags.errors == 0) && st != SV_ERR_NOMEM) abort();
    if (st != SV_OK && w.arena) abort();
    char line[1024];
    for (size_t i = 0; i < diags.count; i++) sv_diag_format(&diags.items[i], line, sizeof line);
    if (st == SV_OK) {
        for (uint32_t t = 0; t < w.team_count; t++)
            if (sv_workshop_find_team(&w, w.teams[t].id) != (int32_t)t) abort();
        sv_workshop_free(&w);
    }
    sv_diag_free(&diags);
    return 0;
}
