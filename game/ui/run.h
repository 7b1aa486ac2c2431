/* One run of a scenario as the game plays it: the core's run (svara/run.h:
 * the session with the scoring model, the player's inputs recorded as a
 * replay, or a replay's inputs played back), the clock driven by real time at
 * the player's time speed, and the debrief at the end. */
#ifndef SVARA_UI_RUN_H
#define SVARA_UI_RUN_H

#include <stdbool.h>
#include <stdint.h>

#include "svara/debrief.h"
#include "svara/pack.h"
#include "svara/replay.h"
#include "svara/run.h"
#include "svara/score.h"
#include "svara/session.h"

typedef struct ui_Run {
    bool active;
    sv_Run core; /* the core's scored, recorded run (svara/run.h): session, model, recording,
                    replay playback; the same run svara-tool plays */
    int32_t pack_index, scenario_index;
    bool replay_differs; /* the run ended in another state hash than the replay's */
    uint32_t carry;      /* scaled time below a millisecond, in hundredths */
    bool has_debrief;
    sv_Debrief debrief;
} ui_Run;

/* Every diagnostic of a list to the SDL log, errors as errors, warnings as warnings. */
void ui_log_diags(const sv_DiagList *d);

/* Starts scenario `scenario` of `pack` (index `pack_index` in the library)
 * with `base` plus the pack's scoring changes. `replay` (may be NULL) must
 * outlive the run. Returns SV_OK or why not (logged). */
sv_Status ui_run_start(ui_Run *r, const sv_Pack *pack, int32_t pack_index, int32_t scenario,
                       const sv_ScoreModel *base, uint64_t seed, sv_Lang lang,
                       const sv_Replay *replay, const char *replay_path);
void ui_run_stop(ui_Run *r);

/* The label reloads give the inputs they replay, in their diagnostics. */
#define UI_RUN_INPUTS_SO_FAR "your inputs so far"

/* Starts `from`'s scenario again on `pack` (a reloaded version of its pack;
 * `scenario` indexes it) with `from`'s seed and language, and plays it to
 * `from`'s simulated time with the inputs `from` has applied, each at its own
 * time, or with `watched` (a replay being watched, which stays attached and
 * plays on). The inputs are then detached: the player goes on from there,
 * and the recording holds them all. False, with the run left stopped, when it
 * cannot start or an input no longer fits (an unknown id, a refusal, a
 * scenario that ends before it): the reasons go to diags. */
bool ui_run_restart(ui_Run *r, const ui_Run *from, const sv_Pack *pack, int32_t scenario,
                    const sv_ScoreModel *base, const sv_Replay *watched, const char *watched_path,
                    sv_DiagList *diags);

/* Moves simulated time on by dt_ms of real time at speed_pct (100 = real
 * time), never past limit_ms. A replay's inputs due on the way are applied at
 * their exact times, through ui_run_apply like the player's. */
void ui_run_tick(ui_Run *r, uint32_t dt_ms, uint32_t speed_pct, uint32_t limit_ms);
/* When the next thing happens by itself: a scheduled item (a post, a
 * decision, an event, a delayed reply going out, the end), an open promise
 * falling due, or the replay's next input. False when nothing is left: the
 * run would end. */
bool ui_run_next_stop(const ui_Run *r, uint32_t *t_ms);
/* Lets time run to `lead_ms` before the next stop (to the stop itself when it
 * is nearer), never past limit_ms or the scenario's end. A skip only moves
 * the clock, as waiting would: it is no input, and the replay does not see
 * it. Returns how far the clock moved. */
uint32_t ui_run_skip(ui_Run *r, uint32_t limit_ms, uint32_t lead_ms);

/* Applies and records one input at the current time. */
sv_InputResult ui_run_apply(ui_Run *r, const sv_Input *in);

/* The open decisions, newest first, into out (up to cap); returns how many. */
int ui_run_open_decisions(const ui_Run *r, int32_t *out, int cap);

/* Builds the debrief once the session has ended (sets has_debrief). */
bool ui_run_finish(ui_Run *r);

/* Writes the recorded replay as JSON to path; false (logged) on failure. */
bool ui_run_save_replay(const ui_Run *r, const char *path);

#endif
