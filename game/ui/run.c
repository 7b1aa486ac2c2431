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
    r->pack = pack;
    r->sc = &pack->scenarios[scenario];
    r->pack_index = pack_index;
    r->scenario_index = scenario;
    r->seed = seed;
    r->lang = sv_lang_in(pack->languages, lang) ? lang : pack->first_language;
    r->replay = replay;
    r->replay_path = replay_path ? replay_path : "replay";
    sv_replay_init(&r->rec);
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Status st = SV_ERR_NOMEM;
    if (base && (r->model = sv_score_clone(base)) != NULL) {
        st = sv_score_apply_pack(r->model, pack, &diags);
        ui_log_diags(&diags);
    }
    sv_diag_free(&diags);
    if (st == SV_OK) st = sv_session_init(&r->s, r->sc, seed);
    if (st == SV_OK) st = sv_session_set_model(&r->s, r->model, pack->first_language);
    if (st != SV_OK) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "cannot start %s/%s: %s", pack->id, r->sc->id,
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
    if (r->sc) sv_session_free(&r->s);
    sv_score_free(r->model);
    sv_replay_free(&r->rec);
    memset(r, 0, sizeof *r);
}

sv_InputResult ui_run_apply(ui_Run *r, const sv_Input *in)
{
    if (!r->active) return SV_INPUT_ENDED;
    sv_InputResult res = sv_session_apply(&r->s, in);
    if (res == SV_INPUT_OK && !sv_replay_record(&r->rec, r->sc, r->s.now_ms, in)) {
        if (!r->rec_dropped++)
            SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION,
                        "the recording is full; later inputs are lost");
    }
    return res;
}

/* Marks the replay failed at input `i`, refused with `res`, and says where
 * in the file that input is; later inputs are not applied. */
static void replay_refused(ui_Run *r, size_t i, sv_InputResult res)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_replay_refused(r->replay, i, res, r->replay_path, &diags);
    ui_log_diags(&diags);
    sv_diag_free(&diags);
    r->replay_failed = true;
}

/* Applies the replay's inputs due at or before `to`, each at its own time. */
static void play_back(ui_Run *r, uint32_t to)
{
    while (r->replay && !r->replay_failed && !r->s.ended &&
           r->replay_next < r->replay->input_count &&
           r->replay->inputs[r->replay_next].t_ms <= to) {
        sv_session_advance(&r->s, r->replay->inputs[r->replay_next].t_ms);
        if (r->s.ended) break; /* ui_run_finish reports the input as too late */
        sv_DiagList diags;
        sv_diag_init(&diags);
        sv_Input in;
        bool ok = sv_replay_resolve(r->replay, r->replay_next, r->sc, &in, r->replay_path, &diags);
        ui_log_diags(&diags);
        sv_diag_free(&diags);
        sv_InputResult res = ok ? ui_run_apply(r, &in) : SV_INPUT_NO_DECISION;
        if (!ok)
            r->replay_failed = true;
        else if (res != SV_INPUT_OK)
            replay_refused(r, r->replay_next, res);
        r->replay_next++;
    }
}

void ui_run_tick(ui_Run *r, uint32_t dt_ms, uint32_t speed_pct, uint32_t limit_ms)
{
    if (!r->active || r->s.ended) return;
    uint64_t scaled = (uint64_t)dt_ms * speed_pct + r->carry;
    r->carry = (uint32_t)(scaled % 100u);
    uint64_t to = (uint64_t)r->s.now_ms + scaled / 100u;
    if (to > limit_ms) {
        to = limit_ms;
        r->carry = 0;
    }
    if (to > r->sc->duration_ms) to = r->sc->duration_ms;
    if (to < r->s.now_ms) return;
    play_back(r, (uint32_t)to);
    sv_session_advance(&r->s, (uint32_t)to);
}

bool ui_run_next_stop(const ui_Run *r, uint32_t *t_ms)
{
    if (!r->active || r->s.ended) return false;
    bool any = sv_session_next_due(&r->s, t_ms);
    /* promises are the scoring model's: read, never changed */
    const sv_ScoreState *st = r->s.score;
    for (size_t i = 0; st && i < st->promise_count; i++) {
        const sv_Promise *p = &st->promises[i];
        if (p->state != SV_PROMISE_OPEN || (any && p->due_ms >= *t_ms)) continue;
        *t_ms = p->due_ms;
        any = true;
    }
    /* a replay's next choice is a stop too: watching skips up to it, never past */
    if (r->replay && !r->replay_failed && r->replay_next < r->replay->input_count) {
        uint32_t in = r->replay->inputs[r->replay_next].t_ms;
        if (!any || in < *t_ms) *t_ms = in;
        any = true;
    }
    return any;
}

uint32_t ui_run_skip(ui_Run *r, uint32_t limit_ms, uint32_t lead_ms)
{
    uint32_t to, from = r->s.now_ms;
    if (!r->active || r->s.ended) return 0;
    if (!ui_run_next_stop(r, &to)) to = r->sc->duration_ms;
    if (to > from && to - from > lead_ms) to -= lead_ms;
    if (to > limit_ms) to = limit_ms;
    if (to > r->sc->duration_ms) to = r->sc->duration_ms;
    if (to < from) to = from;
    play_back(r, to);
    sv_session_advance(&r->s, to);
    r->carry = 0;
    return r->s.now_ms - from;
}

int ui_run_open_decisions(const ui_Run *r, int32_t *out, int cap)
{
    int n = 0;
    if (!r->active) return 0;
    for (uint32_t d = 0; d < r->sc->decision_count; d++) {
        if (r->s.decision_state[d] != SV_DEC_OPEN) continue;
        /* insertion by open time, newest first; ties keep the scenario's order */
        int i = n < cap ? n++ : cap - 1;
        if (i < 0) break;
        while (i > 0 && r->s.decision_open_ms[out[i - 1]] < r->s.decision_open_ms[d]) {
            out[i] = out[i - 1];
            i--;
        }
        out[i] = (int32_t)d;
    }
    return n;
}

bool ui_run_finish(ui_Run *r)
{
    if (!r->active || !r->s.ended || r->has_debrief) return r->has_debrief;
    sv_Status st = sv_debrief_build(&r->s, r->model, r->lang, &r->debrief);
    if (st != SV_OK) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "the debrief could not be built: %s",
                     sv_status_text(st));
        return false;
    }
    r->debrief.dropped.inputs += r->rec_dropped;
    r->has_debrief = true;
    if (!r->replay) return true;
    /* an input the session ended before is refused, as svara-tool and sv_replay_run do */
    if (!r->replay_failed && r->replay_next < r->replay->input_count)
        replay_refused(r, r->replay_next, SV_INPUT_ENDED);
    uint64_t hash = sv_session_hash(&r->s);
    if (r->replay->has_hash)
        SDL_Log("replay hash %016" PRIx64 ": %s (ours %016" PRIx64 ")", r->replay->hash,
                r->replay->hash == hash ? "matches" : "DIFFERS", hash);
    sv_DiagList diags;
    sv_diag_init(&diags);
    r->replay_differs = !sv_replay_check_hash(r->replay, hash, r->replay_path, &diags);
    ui_log_diags(&diags);
    sv_diag_free(&diags);
    return true;
}

bool ui_run_save_replay(const ui_Run *r, const char *path)
{
    if (!r->active) return false;
    sv_Replay rep = r->rec; /* a shallow copy: only the header differs */
    snprintf(rep.pack, sizeof rep.pack, "%s", r->pack->id);
    snprintf(rep.pack_version, sizeof rep.pack_version, "%s", r->pack->version);
    snprintf(rep.scenario, sizeof rep.scenario, "%s", r->sc->id);
    rep.seed = r->seed;
    rep.lang = r->lang;
    rep.has_hash = r->s.ended;
    rep.hash = sv_session_hash(&r->s);
    char *json = sv_replay_write(&rep);
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
