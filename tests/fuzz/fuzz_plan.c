/* libFuzzer target for the improvement plan's reader: never a crash, a
 * status that agrees with the errors reported, nothing read on an error, and
 * a plan read is written and read back the same. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "svara/diag.h"
#include "svara/workshop.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static sv_Plan plan, back; /* large: not on the stack */
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Status st = sv_plan_parse("fuzz.json", (const char *)data, size, NULL, &plan, &diags);
    if ((st == SV_OK) != (diags.errors == 0) && st != SV_ERR_NOMEM) abort();
    if (st != SV_OK && plan.row_count) abort();
    char line[1024];
    for (size_t i = 0; i < diags.count; i++) sv_diag_format(&diags.items[i], line, sizeof line);
    if (st == SV_OK) {
        size_t len = 0;
        char *text = sv_plan_write(&plan, &len);
        if (text) {
            if (sv_plan_parse("again.json", text, len, plan.workshop, &back, &diags) != SV_OK)
                abort();
            if (back.row_count != plan.row_count ||
                memcmp(back.rows, plan.rows, plan.row_count * sizeof plan.rows[0]) != 0)
                abort();
            free(text);
        }
    }
    sv_diag_free(&diags);
    return 0;
}
