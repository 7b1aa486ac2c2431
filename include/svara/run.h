/* One scored, recorded run of a scenario: the scoring model (a copy of the
 * base model with the pack's changes), the session, the player's inputs
 * recorded as a replay, or a replay's inputs played back, each at its own
 * time, and the replay's header and hash check at the end. The game, every
 * svara-tool command that plays a scenario and the tests all start runs here,
 * so a run assembled in one place plays the same in the others. SDL-free. */
#ifndef SVARA_RUN_H
#define SVARA_RUN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/diag.h"
#include "svara/pack.h"
#include "svara/replay.h"
#include "svara/score.h"
#include "svara/session.h"

/* What a run starts from. `pack` may be NULL for a scenario outside any pack
 * (a benchmark's, a test's); then the base model is used unchanged. */
typedef struct sv_RunSetup {
    const sv_Pack *pack;
    const sv_Scenario *sc;     /* the scenario to play (need not be one of pack's) */
    const sv_ScoreModel *base; /* the default model, copied; NULL for an unscored run */
    /* instead of base: a model the pack's changes are already applied to
     * (sv_score_apply_pack), scored with as it is, not copied, so many runs
     * can share one; it must outlive the run. NULL: copy base. */
    const sv_ScoreModel *model;
    uint64_t seed;
    sv_Lang lang;            /* the player's language, kept in a recorded replay */
    const sv_Replay *replay; /* inputs to play back instead of a player's; NULL */
    const char *replay_path; /* for messages about the replay; "replay" when NULL */
    /* the pressure dial (sv_session_set_deadline_pct): 0 or 100 as written.
     * A replay's own deadline_percent takes its place, so it plays as recorded. */
    uint32_t deadline_pct;
} sv_RunSetup;

typedef struct sv_Run {
    const sv_Pack *pack; /* NULL outside a pack */
    const sv_Scenario *sc;
    sv_Session s;
    const sv_ScoreModel *model; /* the base model with the pack's changes */
    sv_ScoreModel *owned;       /* the copy of base it is, when the run made one */
    uint64_t seed;
    sv_Lang lang;
    sv_Replay rec;        /* what was applied, as a replay */
    uint32_t rec_dropped; /* inputs applied after the recording filled */
    const sv_Replay *replay;
    const char *replay_path;
    size_t replay_next;     /* the replay's next input to apply */
    size_t dial_next;       /* the replay's next move of the pressure dial */
    bool replay_failed;     /* an input was unknown or refused; later ones are not applied */
    sv_InputResult refusal; /* why the session refused it (SV_INPUT_OK when it did not) */
    bool started;
} sv_Run;

/* Copies the base model, applies the pack's scoring changes (their messages
 * go to diags; with setup->model, that model as it is), starts the session and scores replies in
 * the pack's first language (the setup's language without a pack), so a run's hash does not depend
 * on the language the player reads. With a replay, the replay must be of this scenario and seed
 * (SV_ERR_INVALID, with the reason in diags). A run that fails to start is left stopped. */
sv_Status sv_run_start(sv_Run *r, const sv_RunSetup *setup, sv_DiagList *diags);
void sv_run_stop(sv_Run *r);
/* The run as sv_run_start with the same setup but `seed` would leave it, in
 * the memory it has (sv_session_restart): for a caller that plays the same
 * scenario many times. Only for a run started without a replay;
 * SV_ERR_INVALID otherwise. A run that fails to restart is left stopped. */
sv_Status sv_run_restart(sv_Run *r, uint64_t seed);

/* What the run has dropped: its session's (sv_session_dropped) and the inputs
 * its recording could not keep. */
sv_Dropped sv_run_dropped(const sv_Run *r);

/* The facilitator's pressure dial (percent, SV_DEADLINE_PCT_MIN..MAX): before
 * the run's first moment it is the run's start value (the replay's
 * deadline_percent); later, decisions that open from now on get it, and the
 * move is recorded at its time (deadline_changes) so a replay plays it back.
 * False when out of range, the run has ended or the recording is full. */
bool sv_run_set_deadline(sv_Run *r, uint32_t pct);

/* Applies one input at the current time and records it when accepted. */
sv_InputResult sv_run_apply(sv_Run *r, const sv_Input *in);

/* Moves the clock to `to_ms` (never past the scenario's end), applying the
 * replay's inputs due on the way at their exact times through sv_run_apply.
 * An input that names unknown ids or that the session refuses is reported
 * at its place in the file and stops the playback (replay_failed). */
void sv_run_play_to(sv_Run *r, uint32_t to_ms, sv_DiagList *diags);

/* When the replay's next input (or move of the dial) is due; false when none
 * is left to apply. */
bool sv_run_next_input(const sv_Run *r, uint32_t *t_ms);

/* Plays the whole replay and lets the run end: sv_run_play_to each input,
 * then the rest of the scenario. True when every input applied. */
bool sv_run_play_replay(sv_Run *r, sv_DiagList *diags);

/* Once the session has ended: an input left in the replay is refused as too
 * late, and the final hash is checked against the replay's. True when the
 * replay played without a refusal and ended in its recorded hash (or has
 * none). True without a replay. */
bool sv_run_check_replay(sv_Run *r, sv_DiagList *diags);

/* The recorded inputs as a replay with its header (pack, version, scenario,
 * seed, language, and the final hash once the session has ended). A shallow
 * copy: valid while the run is. */
sv_Replay sv_run_recording(const sv_Run *r);
/* The recording as JSON (heap, free()); NULL when out of memory. */
char *sv_run_write_replay(const sv_Run *r);

/* A journal: the recording so far with a checkpoint (now and the state hash),
 * for the caller to write after every input (atomically: sv_native_write_atomic)
 * so a crash loses nothing. JSON, heap; NULL when out of memory. */
char *sv_run_write_journal(const sv_Run *r);
/* Resumes a run started (sv_run_start) with a journal as its replay: plays
 * the journal's inputs up to its checkpoint and checks that the run is where
 * the journal says. False, with an error, when it is not a journal, when it
 * was written for another version of the pack, when an input is refused or
 * when the state differs; the run should then be stopped and the journal
 * discarded. On success the run goes on from the checkpoint, recording as
 * before, with the journal's inputs in its recording. */
bool sv_run_resume(sv_Run *r, sv_DiagList *diags);

#endif
