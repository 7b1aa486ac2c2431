/* libFuzzer target for the engine behind the parser: any scenario that loads
 * must play to an ending under the default scoring model, with choices (and
 * a facilitator's injects) taken from the input's own bytes; never a crash, a
 * hang or undefined behaviour. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svara/arena.h"
#include "svara/debrief.h"
#include "svara/diag.h"
#include "svara/pack.h"
#include "svara/score.h"
#include "svara/session.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifndef SV_SOURCE_DIR
#define SV_SOURCE_DIR "."
#endif

/* The default model, read once: the harness may do I/O, the core may not. */
static const sv_ScoreModel *default_model(void)
{
    static sv_ScoreModel *model;
    static int tried;
    if (tried) return model;
    tried = 1;
    FILE *f = fopen(SV_SOURCE_DIR "/assets/scoring/default.json", "rb");
    if (!f) return NULL;
    static char bytes[1u << 20];
    size_t len = fread(bytes, 1, sizeof bytes, f);
    fclose(f);
    sv_DiagList diags;
    sv_diag_init(&diags);
    if (sv_score_parse("default.json", bytes, len, &model, &diags) != SV_OK) model = NULL;
    sv_diag_free(&diags);
    return model;
}

/* Answers every decision that opens, with an option or parts the bytes pick. */
static void answer(sv_Session *s, int32_t d, const uint8_t *data, size_t size, size_t *cursor)
{
    const sv_Decision *de = &s->sc->decisions[d];
    uint8_t pick = size ? data[(*cursor)++ % size] : 0;
    sv_Input in;
    memset(&in, 0, sizeof in);
    in.decision = d;
    if (de->options.count && (pick & 1u)) {
        in.kind = SV_INPUT_CHOOSE;
        in.option = (int32_t)(de->options.start + (uint32_t)(pick >> 1) % de->options.count);
    } else if (de->parts.count) {
        in.kind = SV_INPUT_COMPOSE;
        in.visibility = (pick & 2u) ? SV_VIS_PRIVATE : SV_VIS_PUBLIC;
        in.part_count = (uint8_t)(1u + (uint32_t)(pick >> 2) % SV_MAX_COMPOSE);
        for (uint8_t i = 0; i < in.part_count; i++)
            in.parts[i] = (int32_t)(de->parts.start + (uint32_t)(pick + i * 7u) % de->parts.count);
    } else {
        return; /* let the deadline pass */
    }
    (void)sv_session_apply(s, &in); /* refusals are fine: the state must not change */
}

/* Now and then fires an inject the bytes pick, as a facilitator would (a
 * scheduled or fired one is refused, which must change nothing). */
static void facilitate(sv_Session *s, const uint8_t *data, size_t size, size_t *cursor)
{
    uint8_t pick = size ? data[(*cursor)++ % size] : 0;
    if (s->sc->inject_count && (pick & 3u) == 0)
        (void)sv_session_inject(s, (int32_t)((uint32_t)(pick >> 2) % (s->sc->inject_count + 1u)));
}

static void play(const sv_Scenario *sc, const uint8_t *data, size_t size)
{
    sv_Session s;
    uint64_t seed = size >= 8 ? (uint64_t)data[0] | (uint64_t)data[size - 1] << 8 : 7u;
    if (sv_session_init(&s, sc, seed) != SV_OK) return;
    const sv_ScoreModel *m = default_model();
    if (m && sv_session_set_model(&s, m, SV_LANG_EN) != SV_OK) abort();
    size_t seen = 0, cursor = 0;
    for (int steps = 0; !s.ended && steps < 20000; steps++) {
        for (; seen < s.log_count; seen++)
            if (s.log[seen].kind == SV_LOG_DECISION_OPEN &&
                s.decision_state[s.log[seen].a] == SV_DEC_OPEN)
                answer(&s, s.log[seen].a, data, size, &cursor);
        facilitate(&s, data, size, &cursor);
        uint32_t due;
        if (!sv_session_next_due(&s, &due)) {
            sv_session_run_out(&s);
            break;
        }
        sv_session_advance(&s, due);
    }
    if (!s.ended) sv_session_run_out(&s);
    if (!s.ended) abort(); /* every run ends */
    (void)sv_session_hash(&s);
    if (m) {
        sv_Debrief d;
        if (sv_debrief_build(&s, m, SV_LANG_SV, &d) == SV_OK) sv_debrief_free(&d);
    }
    sv_session_free(&s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint32_t langs = (1u << SV_LANG_EN) | (1u << SV_LANG_SV) | (1u << SV_LANG_NB);
    sv_Arena *arena = sv_arena_create(64u * 1024u);
    if (!arena) return 0;
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Scenario scenario;
    memset(&scenario, 0, sizeof scenario);
    if (sv_scenario_parse("fuzz.json", (const char *)data, size, langs, arena, &scenario, &diags) ==
        SV_OK)
        play(&scenario, data, size);
    sv_diag_free(&diags);
    sv_arena_free(arena);
    return 0;
}
