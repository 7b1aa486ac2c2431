/* libFuzzer target for the scoring rules parser: any bytes must give either a
 * model and no errors, or an error status with at least one diagnostic; a
 * model that loads must copy, and every rule's condition must evaluate, without
 * a crash, a leak or undefined behaviour. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "score_internal.h" /* judging: white-box */
#include "svara/diag.h"
#include "svara/score.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_ScoreModel *m = NULL;
    sv_Status st = sv_score_parse("fuzz.json", (const char *)data, size, &m, &diags);
    /* A failure the author is not told about, or success with errors, is a bug. */
    if ((st == SV_OK) != (diags.errors == 0) && st != SV_ERR_NOMEM) abort();
    if ((st == SV_OK) != (m != NULL)) abort();

    char line[1024];
    for (size_t i = 0; i < diags.count; i++) sv_diag_format(&diags.items[i], line, sizeof line);
    if (m) {
        sv_ScoreModel *copy = sv_score_clone(m);
        sv_ScoreContext ctx;
        memset(&ctx, 0, sizeof ctx);
        ctx.has_reply = ctx.has_post = true;
        ctx.kind_count = 2;
        ctx.kinds[1] = SV_PART_APOLOGISE;
        int32_t meters[SV_METER_COUNT] = {500, 500, 500, 0};
        int64_t frac[SV_METER_COUNT] = {0};
        for (int t = 0; t < SV_TRIGGER_COUNT; t++) {
            ctx.trigger = (sv_Trigger)t;
            (void)sv_score_fire(copy ? copy : m, &ctx, meters, frac, NULL, 0);
        }
        for (int k = 0; k < 3; k++)
            if (meters[k] < 0 || meters[k] > SV_METER_MAX) abort();
        sv_score_free(copy);
        sv_score_free(m);
    }
    sv_diag_free(&diags);
    return 0;
}
