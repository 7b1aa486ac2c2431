/* libFuzzer target for a pack's manifest (pack.json), bytes in, without
 * PhysicsFS. Besides not crashing: a manifest parses exactly when no error is
 * reported; every scenario file it keeps is a path inside the pack (no "..",
 * no leading "/", no "\"), and never more than the limit. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "svara/diag.h"
#include "svara/limits.h"
#include "svara/pack.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int inside(const char *p)
{
    if (!p[0] || p[0] == '/' || strchr(p, '\\') || strlen(p) > SV_MAX_PACK_PATH) return 0;
    for (const char *s = p; s; s = strchr(s, '/'), s = s ? s + 1 : NULL)
        if (strncmp(s, "..", 2) == 0 && (s[2] == '/' || s[2] == '\0')) return 0;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Pack *pack = NULL;
    sv_Status st =
        sv_pack_parse_manifest("fuzz/pack.json", (const char *)data, size, &pack, &diags);
    if (st != SV_ERR_NOMEM && (st == SV_OK) != (diags.errors == 0)) abort();
    if (st == SV_OK && !pack) abort();
    if (pack) {
        if (pack->scenario_file_count > SV_MAX_PACK_FILES) abort();
        for (uint32_t i = 0; i < pack->scenario_file_count; i++)
            if (pack->scenario_files[i] && !inside(pack->scenario_files[i])) abort();
        if (st == SV_OK && (!pack->id[0] || pack->scenario_file_count == 0)) abort();
        sv_pack_unload(pack);
    }
    char line[1024];
    for (size_t i = 0; i < diags.count; i++) sv_diag_format(&diags.items[i], line, sizeof line);
    sv_diag_free(&diags);
    return 0;
}
