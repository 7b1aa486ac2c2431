/* libFuzzer target for the scenario parser: any bytes must give either a
 * scenario and no errors, or an error status with at least one diagnostic;
 * never a crash, a leak or undefined behaviour. A scenario that loads goes
 * through the authoring checks too (svara/lint.h), as `svara-tool check`
 * runs them. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "svara/arena.h"
#include "svara/diag.h"
#include "svara/lint.h"
#include "svara/model.h"
#include "svara/pack.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint32_t langs = (1u << SV_LANG_EN) | (1u << SV_LANG_SV) | (1u << SV_LANG_NB);
    sv_Arena *arena = sv_arena_create(64u * 1024u);
    if (!arena) return 0;
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Scenario scenario;
    memset(&scenario, 0, sizeof scenario);

    sv_Status st =
        sv_scenario_parse("fuzz.json", (const char *)data, size, langs, arena, &scenario, &diags);
    /* A failure the author is not told about, or success with errors, is a bug. */
    if ((st == SV_OK) != (diags.errors == 0) && st != SV_ERR_NOMEM) abort();
    if (st == SV_OK) {
        sv_LintOptions opt = {langs, SV_LANG_EN, 40};
        sv_lint_scenario(&scenario, "fuzz.json", (const char *)data, size, &opt, &diags);
    }

    char line[1024];
    for (size_t i = 0; i < diags.count; i++) sv_diag_format(&diags.items[i], line, sizeof line);

    sv_diag_free(&diags);
    sv_arena_free(arena);
    return 0;
}
