/* The run: everything between pressing Start and leaving the debrief. The
 * session is scored in the pack's first language, as svara-tool does, so a
 * run's state hash does not depend on the language the player reads and a
 * replay recorded here plays back in the tool (and the other way round). */
#include "run.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

void ui_log_diags(const sv_DiagList *d)
{
    for (size_t i = 0; i < d->count; i++) {
        char line[1024];
        sv_diag_format(&d->items[i], line, sizeof line);
        if (d->items[i].severity == SV_SEV_ERROR)
            SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%s", line);
        else
            SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "%s", line);
    }
}

sv_Status ui_run_start(ui_Run *r, const sv_Pack *pack, int32_t pack_index, int32_t scenario,
                       const sv_ScoreModel *base, uint64_t seed, sv_Lang lang,
                       const sv_Replay *replay, const char *replay_path)
{
    memset(r, 0, sizeof *r);
    if (!pack || scenario < 0 || (uint32_t)scenario >= pack->scenario_count) return SV_ERR_INVALID;
    r->pack_index = pack_index;
    r->scenario_index = scenario;
    sv_RunSetup setup = {.pack = pack,
                         .sc = &pack->scenarios[scenario],
                         .base = base,
                         .seed = seed,
                         .lang = sv_lang_in(pack->languages, lang) ? lang : pack->first_language,
                         .replay = replay,
                         .replay_path = replay_path};
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Status st = base ? sv_run_start(&r->core, &setup, &diags) : SV_ERR_INVALID;
    ui_log_diags(&diags);
    sv_diag_free(&diags);
    if (st != SV_OK) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "cannot start %s/%s: %s", pack->id, setup.sc->id,
                     sv_status_text(st));
        ui_run_stop(r);
        return st;
    }
    r->active = true;
    return SV_OK;
}

void ui_run_stop(ui_Run *r)
{
    if (r->has_debrief) sv_debrief_free(&r->debrief);
    sv_run_stop(&r->core);
    memset(r, 0, sizeof *r);
}

/* A recorded input is named by its place in a file nobody sees: say which
 * answer it was, to which decision and when. */
static void name_inputs(const sv_Replay *rec, sv_DiagList *diags, size_t first)
{
    for (size_t i = first; i < diags->count; i++) {
        sv_Diag *d = &diags->items[i];
        size_t k = 0;
        if (strcmp(d->file, UI_RUN_INPUTS_SO_FAR) != 0 ||
            sscanf(d->pointer, "/inputs/%zu", &k) != 1 || k >= rec->input_count)
            continue;
        const sv_ReplayInput *in = &rec->inputs[k];
        size_t n = strlen(d->message);
        if (in->inject[0])
            snprintf(d->message + n, sizeof d->message - n,
                     " (input %zu, the inject '%s' fired at %u s)", k + 1, in->inject,
                     in->t_ms / 1000u);
        else
            snprintf(d->message + n, sizeof d->message - n,
                     " (your answer %zu, to decision '%s' at %u s)", k + 1, in->decision,
                     in->t_ms / 1000u);
    }
}

bool ui_run_restart(ui_Run *r, const ui_Run *from, const sv_Pack *pack, int32_t scenario,
                    const sv_ScoreModel *base, const sv_Replay *watched, const char *watched_path,
                    sv_DiagList *diags)
{
    memset(r, 0, sizeof *r);
    if (!from->active || !pack || scenario < 0 || (uint32_t)scenario >= pack->scenario_count)
        return false;
    if (!watched && from->core.rec_dropped) {
        sv_diag_add(diags, SV_SEV_ERROR, UI_RUN_INPUTS_SO_FAR, "", 0, 0,
                    "the recording was full (%u inputs lost), so this run cannot be played again; "
                    "start the scenario over",
                    from->core.rec_dropped);
        return false;
    }
    /* a shallow copy of from's recording: from outlives the playing below */
    sv_Replay rec = sv_run_recording(&from->core);
    rec.has_hash = false; /* a changed pack may well end in another state */
    sv_RunSetup setup = {.pack = pack,
                         .sc = &pack->scenarios[scenario],
                         .base = base,
                         .seed = from->core.seed,
                         .lang = from->core.lang,
                         .replay = watched ? watched : &rec,
                         .replay_path = watched ? watched_path : UI_RUN_INPUTS_SO_FAR};
    if (sv_run_start(&r->core, &setup, diags) != SV_OK) return false;
    r->active = true;
    r->pack_index = from->pack_index;
    r->scenario_index = scenario;
    size_t first = diags->count;
    sv_run_play_to(&r->core, from->core.s.now_ms, diags);
    /* a run that ended after its last input ended at that input's time, on the
     * advance after it; play_to stops short of that one */
    if (from->core.s.ended) sv_session_advance(&r->core.s, r->core.s.now_ms);
    bool ok = !r->core.replay_failed;
    /* every recorded input is due by now: one left over came after the end */
    if (ok && !watched) ok = sv_run_check_replay(&r->core, diags);
    if (!ok) {
        if (!watched) name_inputs(&rec, diags, first);
        ui_run_stop(r);
        return false;
    }
    if (!watched) { /* the player plays on; rec dies with this call */
        r->core.replay = NULL;
        r->core.replay_path = NULL;
        r->core.replay_next = 0;
    }
    r->carry = from->carry;
    return true;
}

sv_InputResult ui_run_apply(ui_Run *r, const sv_Input *in)
{
    if (!r->active) return SV_INPUT_ENDED;
    uint32_t dropped = r->core.rec_dropped;
    sv_InputResult res = sv_run_apply(&r->core, in);
    if (r->core.rec_dropped && !dropped)
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "the recording is full; later inputs are lost");
    return res;
}

/* Moves the clock to `to`, applying the replay's inputs due on the way at
 * their own times (the core's player: sv_run_play_to). */
static void play_to(ui_Run *r, uint32_t to)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_run_play_to(&r->core, to, &diags);
    ui_log_diags(&diags);
    sv_diag_free(&diags);
}

void ui_run_tick(ui_Run *r, uint32_t dt_ms, uint32_t speed_pct, uint32_t limit_ms)
{
    if (!r->active || r->core.s.ended) return;
    uint64_t scaled = (uint64_t)dt_ms * speed_pct + r->carry;
    r->carry = (uint32_t)(scaled % 100u);
    uint64_t to = (uint64_t)r->core.s.now_ms + scaled / 100u;
    if (to > limit_ms) {
        to = limit_ms;
        r->carry = 0;
    }
    if (to > r->core.sc->duration_ms) to = r->core.sc->duration_ms;
    if (to < r->core.s.now_ms) return;
    play_to(r, (uint32_t)to);
}

bool ui_run_next_stop(const ui_Run *r, uint32_t *t_ms)
{
    if (!r->active || r->core.s.ended) return false;
    bool any = sv_session_next_due(&r->core.s, t_ms);
    /* promises are the scoring model's: read, never changed */
    const sv_ScoreState *st = r->core.s.score;
    for (size_t i = 0; st && i < st->promise_count; i++) {
        const sv_Promise *p = &st->promises[i];
        if (p->state != SV_PROMISE_OPEN || (any && p->due_ms >= *t_ms)) continue;
        *t_ms = p->due_ms;
        any = true;
    }
    /* a replay's next choice is a stop too: watching skips up to it, never past */
    uint32_t in;
    if (sv_run_next_input(&r->core, &in)) {
        if (!any || in < *t_ms) *t_ms = in;
        any = true;
    }
    return any;
}

uint32_t ui_run_skip(ui_Run *r, uint32_t limit_ms, uint32_t lead_ms)
{
    uint32_t to, from = r->core.s.now_ms;
    if (!r->active || r->core.s.ended) return 0;
    if (!ui_run_next_stop(r, &to)) to = r->core.sc->duration_ms;
    if (to > from && to - from > lead_ms) to -= lead_ms;
    if (to > limit_ms) to = limit_ms;
    if (to > r->core.sc->duration_ms) to = r->core.sc->duration_ms;
    if (to < from) to = from;
    play_to(r, to);
    r->carry = 0;
    return r->core.s.now_ms - from;
}

int ui_run_open_decisions(const ui_Run *r, int32_t *out, int cap)
{
    int n = 0;
    if (!r->active) return 0;
    for (uint32_t d = 0; d < r->core.sc->decision_count; d++) {
        if (r->core.s.decision_state[d] != SV_DEC_OPEN) continue;
        /* insertion by open time, newest first; ties keep the scenario's order */
        int i = n < cap ? n++ : cap - 1;
        if (i < 0) break;
        while (i > 0 && r->core.s.decision_open_ms[out[i - 1]] < r->core.s.decision_open_ms[d]) {
            out[i] = out[i - 1];
            i--;
        }
        out[i] = (int32_t)d;
    }
    return n;
}

bool ui_run_finish(ui_Run *r)
{
    if (!r->active || !r->core.s.ended || r->has_debrief) return r->has_debrief;
    sv_Status st = sv_debrief_build(&r->core.s, r->core.model, r->core.lang, &r->debrief);
    if (st != SV_OK) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "the debrief could not be built: %s",
                     sv_status_text(st));
        return false;
    }
    r->debrief.dropped.inputs += r->core.rec_dropped;
    r->has_debrief = true;
    const sv_Replay *rep = r->core.replay;
    if (!rep) return true;
    uint64_t hash = sv_session_hash(&r->core.s);
    if (rep->has_hash)
        SDL_Log("replay hash %016" PRIx64 ": %s (ours %016" PRIx64 ")", rep->hash,
                rep->hash == hash ? "matches" : "DIFFERS", hash);
    /* an input the session ended before is refused, as svara-tool does */
    sv_DiagList diags;
    sv_diag_init(&diags);
    (void)sv_run_check_replay(&r->core, &diags);
    r->replay_differs = rep->has_hash && rep->hash != hash;
    ui_log_diags(&diags);
    sv_diag_free(&diags);
    return true;
}

bool ui_run_save_replay(const ui_Run *r, const char *path)
{
    if (!r->active) return false;
    char *json = sv_run_write_replay(&r->core);
    bool ok = false;
    if (json) {
        SDL_RWops *f = SDL_RWFromFile(path, "wb");
        size_t n = strlen(json);
        ok = f && SDL_RWwrite(f, json, 1, n) == n;
        if (f && SDL_RWclose(f) != 0) ok = false;
    }
    if (!ok)
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "cannot write the replay to %s: %s", path,
                     json ? SDL_GetError() : "out of memory");
    free(json);
    return ok;
}
