/* libFuzzer target for the replay parser. Besides not crashing: whatever
 * parses must write back out and parse again to the same replay. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "svara/diag.h"
#include "svara/replay.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int same_replay(const sv_Replay *a, const sv_Replay *b)
{
    if (strcmp(a->pack, b->pack) || strcmp(a->pack_version, b->pack_version) ||
        strcmp(a->scenario, b->scenario) || a->seed != b->seed || a->lang != b->lang ||
        a->input_count != b->input_count || a->has_hash != b->has_hash ||
        (a->has_hash && a->hash != b->hash))
        return 0;
    for (size_t i = 0; i < a->input_count; i++) {
        const sv_ReplayInput *x = &a->inputs[i], *y = &b->inputs[i];
        if (x->t_ms != y->t_ms || strcmp(x->decision, y->decision) ||
            strcmp(x->option, y->option) || x->part_count != y->part_count ||
            x->visibility != y->visibility)
            return 0;
        for (uint8_t p = 0; p < x->part_count && p < SV_MAX_COMPOSE; p++)
            if (strcmp(x->parts[p], y->parts[p])) return 0;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Replay replay;
    sv_replay_init(&replay);

    sv_Status st = sv_replay_parse("fuzz.json", (const char *)data, size, &replay, &diags);
    if ((st == SV_OK) != (diags.errors == 0) && st != SV_ERR_NOMEM) abort();
    char line[1024];
    for (size_t i = 0; i < diags.count; i++) sv_diag_format(&diags.items[i], line, sizeof line);

    if (st == SV_OK) {
        char *json = sv_replay_write(&replay);
        if (json) {
            sv_DiagList again_diags;
            sv_diag_init(&again_diags);
            sv_Replay again;
            sv_replay_init(&again);
            sv_Status st2 =
                sv_replay_parse("fuzz-again.json", json, strlen(json), &again, &again_diags);
            if (st2 != SV_OK || !same_replay(&replay, &again)) abort();
            sv_replay_free(&again);
            sv_diag_free(&again_diags);
            free(json);
        }
    }

    sv_replay_free(&replay);
    sv_diag_free(&diags);
    return 0;
}
