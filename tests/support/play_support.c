#include "play_support.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

bool t_play_answer(const sv_Session *s, int32_t d, sv_Rng *rng, const t_PlayStyle *style,
                   sv_Input *in)
{
    const sv_Decision *de = &s->sc->decisions[d];
    int32_t opts[SV_MAX_OPTIONS], parts[SV_MAX_PARTS];
    uint32_t no = 0, np = 0;
    for (uint32_t i = 0; i < de->options.count && no < SV_MAX_OPTIONS; i++)
        if (sv_session_option_enabled(s, (int32_t)(de->options.start + i)))
            opts[no++] = (int32_t)(de->options.start + i);
    for (uint32_t i = 0; i < de->parts.count && np < SV_MAX_PARTS; i++)
        if (sv_session_part_enabled(s, (int32_t)(de->parts.start + i)))
            parts[np++] = (int32_t)(de->parts.start + i);
    uint32_t lo = de->compose_min ? de->compose_min : 1u;
    bool compose = np >= lo && (de->compose_public || de->compose_private);
    if (no + (compose ? 1u : 0u) == 0) return false;
    uint32_t k = sv_rng_below(rng, no + (compose ? 1u : 0u));
    memset(in, 0, sizeof *in);
    in->decision = d;
    if (k < no) {
        in->kind = SV_INPUT_CHOOSE;
        in->option = opts[k];
        return true;
    }
    in->kind = SV_INPUT_COMPOSE;
    if (!de->compose_public)
        in->visibility = SV_VIS_PRIVATE;
    else if (style->private_too && de->compose_private && sv_rng_below(rng, 2))
        in->visibility = SV_VIS_PRIVATE;
    else
        in->visibility = SV_VIS_PUBLIC;
    uint32_t hi = de->compose_max < np ? de->compose_max : np;
    uint32_t count = lo + sv_rng_below(rng, hi - lo + 1u);
    for (uint32_t i = 0; i < count; i++) {
        uint32_t j = i + sv_rng_below(rng, np - i);
        int32_t t = parts[i];
        parts[i] = parts[j];
        parts[j] = t;
        in->parts[in->part_count++] = parts[i];
    }
    return true;
}

void t_play_random(sv_Session *sp, uint64_t seed, const t_PlayStyle *style)
{
    const sv_Scenario *sc = sp->sc;
    sv_Rng rng;
    sv_rng_seed(&rng, seed, style->stream);
    uint32_t plan[64];
    bool planned[64] = {false};
    assert_true(sc->decision_count <= 64);
    while (!sp->ended) {
        int32_t next = -1;
        uint32_t at = 0;
        for (uint32_t d = 0; d < sc->decision_count; d++) {
            if (sp->decision_state[d] != SV_DEC_OPEN) continue;
            if (!planned[d]) {
                planned[d] = true;
                uint32_t dl = sc->decisions[d].deadline_ms;
                plan[d] = dl && sv_rng_below(&rng, style->time_out_in)
                              ? sp->now_ms + sv_rng_below(&rng, dl)
                              : UINT32_MAX;
            }
            if (plan[d] != UINT32_MAX && (next < 0 || plan[d] < at)) {
                next = (int32_t)d;
                at = plan[d];
            }
        }
        if (next >= 0 && at <= sp->now_ms) {
            sv_Input in;
            plan[next] = UINT32_MAX;
            if (t_play_answer(sp, next, &rng, style, &in)) (void)sv_session_apply(sp, &in);
            continue;
        }
        uint32_t due;
        bool pending = sv_session_next_due(sp, &due);
        if (!pending && next < 0) {
            sv_session_run_out(sp);
            break;
        }
        sv_session_advance(sp, pending && (next < 0 || due < at) ? due : at);
    }
}
