/* libFuzzer target for the crowd's name lists (the files in assets/names). Besides
 * not crashing: a list parses exactly when no error is reported, and a list
 * that parses gives a name for any account. */
#include <stdint.h>
#include <stdlib.h>

#include "svara/audience.h"
#include "svara/diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_NameList names;
    sv_Status st = sv_names_parse("fuzz.json", (const char *)data, size, &names, &diags);
    if ((st == SV_OK) != (diags.errors == 0) && st != SV_ERR_NOMEM) abort();
    char line[1024];
    for (size_t i = 0; i < diags.count; i++) sv_diag_format(&diags.items[i], line, sizeof line);
    if (st == SV_OK) {
        char name[160];
        for (uint32_t account = 0; account < 64; account += 7) {
            sv_audience_name(&names, 0x5eed, account, name, sizeof name);
            if (!name[0]) abort();
        }
        sv_names_free(&names);
    }
    sv_diag_free(&diags);
    return 0;
}
