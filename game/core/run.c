/* The scored, recorded run shared by the game, svara-tool and the tests
 * (see svara/run.h). */
#include "svara/run.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

sv_Status sv_run_start(sv_Run *r, const sv_RunSetup *setup, sv_DiagList *diags)
{
    memset(r, 0, sizeof *r);
    sv_replay_init(&r->rec);
    if (!setup || !setup->sc) return SV_ERR_INVALID;
    r->pack = setup->pack;
    r->sc = setup->sc;
    r->seed = setup->seed;
    r->lang = setup->lang;
    r->replay = setup->replay;
    r->replay_path = setup->replay_path ? setup->replay_path : "replay";
    if (r->replay && !sv_replay_check_start(r->replay, r->sc, r->seed, r->replay_path, diags))
        return SV_ERR_INVALID;
    sv_Status st = SV_OK;
    if (setup->model) {
        r->model = setup->model;
    } else if (setup->base) {
        if (!(r->owned = sv_score_clone(setup->base))) return SV_ERR_NOMEM;
        r->model = r->owned;
        if (r->pack) st = sv_score_apply_pack(r->owned, r->pack, diags);
    }
    sv_Lang scored = r->pack ? r->pack->first_language : r->lang;
    if (st == SV_OK) st = sv_session_init(&r->s, r->sc, r->seed);
    r->started = true; /* from here on sv_run_stop shuts the session down */
    uint32_t pct = r->replay ? r->replay->deadline_pct : setup->deadline_pct;
    if (st == SV_OK && pct && pct != 100u) st = sv_session_set_deadline_pct(&r->s, pct);
    r->rec.deadline_pct = st == SV_OK ? r->s.deadline_pct : 0u;
    if (st == SV_OK && r->model) st = sv_session_set_model(&r->s, r->model, scored);
    if (st != SV_OK) sv_run_stop(r);
    return st;
}

void sv_run_stop(sv_Run *r)
{
    if (r->started) sv_session_free(&r->s);
    sv_score_free(r->owned);
    sv_replay_free(&r->rec);
    memset(r, 0, sizeof *r);
}

sv_Status sv_run_restart(sv_Run *r, uint64_t seed)
{
    if (!r->started || r->replay) return SV_ERR_INVALID;
    uint32_t pct = r->rec.deadline_pct; /* the dial at the start */
    sv_replay_free(&r->rec);
    r->rec_dropped = 0;
    r->replay_next = r->dial_next = 0;
    r->replay_failed = false;
    r->refusal = SV_INPUT_OK;
    r->seed = seed;
    sv_Status st = sv_session_restart(&r->s, seed);
    if (st == SV_OK && pct && pct != 100u) st = sv_session_set_deadline_pct(&r->s, pct);
    r->rec.deadline_pct = st == SV_OK ? r->s.deadline_pct : 0u;
    if (st != SV_OK) sv_run_stop(r);
    return st;
}

sv_Dropped sv_run_dropped(const sv_Run *r)
{
    sv_Dropped d = sv_session_dropped(&r->s);
    d.inputs += r->rec_dropped;
    return d;
}

bool sv_run_set_deadline(sv_Run *r, uint32_t pct)
{
    if (!r->started) return false;
    sv_Session *s = &r->s;
    if (s->now_ms == 0 && s->log_count == 0 && r->rec.dial_count == 0) {
        if (sv_session_set_deadline_pct(s, pct) != SV_OK) return false;
        r->rec.deadline_pct = pct; /* the run's start value */
        return true;
    }
    if (r->rec.dial_count >= SV_MAX_DIAL_CHANGES) {
        r->rec_dropped++; /* a move the replay could not keep would not play back */
        return false;
    }
    if (sv_session_change_deadline_pct(s, pct) != SV_OK) return false;
    r->rec.dials[r->rec.dial_count].t_ms = s->now_ms;
    r->rec.dials[r->rec.dial_count++].pct = pct;
    return true;
}

sv_InputResult sv_run_apply(sv_Run *r, const sv_Input *in)
{
    if (!r->started) return SV_INPUT_ENDED;
    sv_InputResult res = sv_session_apply(&r->s, in);
    if (res == SV_INPUT_OK && !sv_replay_record(&r->rec, r->sc, r->s.now_ms, in)) r->rec_dropped++;
    return res;
}

bool sv_run_next_input(const sv_Run *r, uint32_t *t_ms)
{
    if (!r->replay || r->replay_failed) return false;
    bool any = r->replay_next < r->replay->input_count;
    if (any) *t_ms = r->replay->inputs[r->replay_next].t_ms;
    if (r->dial_next < r->replay->dial_count &&
        (!any || r->replay->dials[r->dial_next].t_ms <= *t_ms)) {
        *t_ms = r->replay->dials[r->dial_next].t_ms;
        any = true;
    }
    return any;
}

/* The replay's next move of the dial is due at or before `t`. */
static bool dial_due(const sv_Run *r, uint32_t t)
{
    return r->replay && r->dial_next < r->replay->dial_count &&
           r->replay->dials[r->dial_next].t_ms <= t;
}

/* Applies the replay's next input at the current time; false when it named
 * unknown ids or was refused (reported, and the playback stops). */
static bool apply_next(sv_Run *r, sv_DiagList *diags)
{
    sv_Input in;
    size_t i = r->replay_next++;
    if (!sv_replay_resolve(r->replay, i, r->sc, &in, r->replay_path, diags)) {
        r->replay_failed = true;
        return false;
    }
    sv_InputResult res = sv_run_apply(r, &in);
    if (res != SV_INPUT_OK) {
        r->refusal = res;
        sv_replay_refused(r->replay, i, res, r->replay_path, diags);
        r->replay_failed = true;
        return false;
    }
    return true;
}

void sv_run_play_to(sv_Run *r, uint32_t to_ms, sv_DiagList *diags)
{
    if (!r->started) return;
    if (to_ms > r->sc->duration_ms) to_ms = r->sc->duration_ms;
    uint32_t due;
    /* an input the session ended before stays for sv_run_check_replay to refuse */
    while (!r->s.ended && sv_run_next_input(r, &due) && due <= to_ms) {
        sv_session_advance(&r->s, due);
        if (r->s.ended) break;
        if (dial_due(r, due)) /* a move of the dial first, as it was made before */
            (void)sv_run_set_deadline(r, r->replay->dials[r->dial_next++].pct);
        else
            apply_next(r, diags);
    }
    if (to_ms > r->s.now_ms) sv_session_advance(&r->s, to_ms);
}

bool sv_run_play_replay(sv_Run *r, sv_DiagList *diags)
{
    uint32_t due;
    while (r->started && !r->s.ended && sv_run_next_input(r, &due)) sv_run_play_to(r, due, diags);
    if (r->started) sv_session_run_out(&r->s);
    return sv_run_check_replay(r, diags);
}

bool sv_run_check_replay(sv_Run *r, sv_DiagList *diags)
{
    if (!r->replay) return true;
    if (!r->replay_failed && r->replay_next < r->replay->input_count) {
        sv_replay_refused(r->replay, r->replay_next, SV_INPUT_ENDED, r->replay_path, diags);
        r->refusal = SV_INPUT_ENDED;
        r->replay_failed = true;
    }
    bool same = sv_replay_check_hash(r->replay, sv_session_hash(&r->s), r->replay_path, diags);
    return same && !r->replay_failed;
}

sv_Replay sv_run_recording(const sv_Run *r)
{
    sv_Replay rep = r->rec; /* shallow: only the header is filled in here */
    snprintf(rep.pack, sizeof rep.pack, "%s", r->pack ? r->pack->id : "");
    snprintf(rep.pack_version, sizeof rep.pack_version, "%s", r->pack ? r->pack->version : "");
    snprintf(rep.scenario, sizeof rep.scenario, "%s", r->sc ? r->sc->id : "");
    rep.seed = r->seed;
    rep.lang = r->lang;
    rep.has_hash = r->started && r->s.ended;
    rep.hash = r->started ? sv_session_hash(&r->s) : 0;
    rep.source = NULL;
    rep.source_len = 0;
    return rep;
}

char *sv_run_write_replay(const sv_Run *r)
{
    sv_Replay rep = sv_run_recording(r);
    return sv_replay_write(&rep);
}

char *sv_run_write_journal(const sv_Run *r)
{
    sv_Replay rep = sv_run_recording(r);
    rep.has_hash = false;
    rep.has_checkpoint = r->started;
    rep.checkpoint_ms = r->started ? r->s.now_ms : 0;
    rep.checkpoint_hash = r->started ? sv_session_hash(&r->s) : 0;
    return sv_replay_write(&rep);
}

bool sv_run_resume(sv_Run *r, sv_DiagList *diags)
{
    const sv_Replay *j = r->replay;
    const char *file = r->replay_path ? r->replay_path : "journal";
    if (!r->started || !j) return false;
    if (!j->has_checkpoint) {
        sv_diag_add(diags, SV_SEV_ERROR, file, "", 0, 0,
                    "this is a replay of a finished run, not a journal to resume");
        return false;
    }
    const char *version = r->pack ? r->pack->version : "";
    if (strcmp(j->pack_version, version) != 0) {
        sv_diag_add(diags, SV_SEV_ERROR, file, "/pack_version", 0, 0,
                    "this run was saved with version %s of pack \"%s\", and the pack is now "
                    "version %s: the run cannot be resumed, start it again",
                    j->pack_version, j->pack, version);
        return false;
    }
    sv_run_play_to(r, j->checkpoint_ms, diags);
    if (r->replay_failed) return false;
    if (r->replay_next < j->input_count) {
        sv_diag_add(diags, SV_SEV_ERROR, file, "/checkpoint/t", 0, 0,
                    "the journal has inputs after its checkpoint; it is damaged");
        return false;
    }
    uint64_t h = sv_session_hash(&r->s);
    if (r->s.now_ms != j->checkpoint_ms || h != j->checkpoint_hash) {
        sv_diag_add(diags, SV_SEV_ERROR, file, "/checkpoint/hash", 0, 0,
                    "the resumed run is not where the journal left it (state %016" PRIx64
                    ", the journal says %016" PRIx64 "): it cannot be resumed",
                    h, j->checkpoint_hash);
        return false;
    }
    return true;
}
