/* The run in progress, kept on disk so a crash, a flat battery or a closed
 * window loses nothing: after every input (and when the player pauses or
 * quits mid-run) the run is written as a journal (svara/run.h: the replay
 * format with a checkpoint of time and state hash), atomically, so the file is
 * always the old or the new version, never half of one. On the next start the
 * journal is played again through the core (sv_run_resume) and must land on
 * the state it recorded; the resume screen (resume.c) offers it. A journal
 * that cannot be resumed is kept aside, never deleted unseen. */
#ifndef SVARA_UI_JOURNAL_H
#define SVARA_UI_JOURNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "game.h"

#define UI_JOURNAL_FILE "journal.json"

/* Where the journal lives: in the folder of the profile playing
 * (profiles/<slug>/journal.json), so two learners on one computer each resume
 * their own run; with nobody playing (--play before any profile exists), in
 * the per-user data folder, where versions before profiles kept it. The one
 * place that says so. False when there is no per-user folder: nothing is
 * journaled then. */
bool ui_journal_path(const ui_Game *g, char *out, size_t size);

/* Whether a journal waits for the profile playing, to offer on the resume
 * screen. First tidies (ui_journal_tidy), and when the profile has no journal
 * of its own but the per-user folder has one (left by an earlier version, or
 * by a run played with nobody chosen), moves that one into the profile's
 * folder: it is offered, never lost. Called at start and when a profile is
 * chosen. */
bool ui_journal_waiting(ui_Game *g);

/* Writes the run being played as the journal, with its checkpoint now. Only a
 * player's run is journaled (never a replay being watched or the benchmark);
 * a failure is logged and the game plays on. */
void ui_journal_save(ui_Game *g);

/* Removes the journal of the run being played (it ended, or the player left
 * it): a journal this run did not write or resume is left alone. */
void ui_journal_discard(ui_Game *g);

/* At start: a save killed between its temporary file and the rename leaves
 * "journal.json.tmp-PID" behind (the journal itself is whole); they go, from
 * the per-user folder and the profile's. */
void ui_journal_tidy(const ui_Game *g);

typedef enum {
    UI_JOURNAL_NONE = 0, /* no journal: straight to the title */
    UI_JOURNAL_READY,    /* g->run is the journaled run, played to its checkpoint */
    UI_JOURNAL_REFUSED,  /* it cannot be resumed: why, and where it was kept */
} ui_JournalState;

/* At start: reads the journal, finds its pack and scenario, and replays it to
 * its checkpoint into g->run (not shown yet), which must reach the state hash
 * it recorded. READY: the run is there, waiting for the player to resume it
 * (ui_journal_take) or discard it (ui_journal_drop). REFUSED: `why` says, in
 * the player's words, what is wrong (another pack version, a pack or scenario
 * no longer there, a damaged file, a state that differs), with the located
 * details logged; the file has been moved aside to "journal.json.bad-STAMP". */
ui_JournalState ui_journal_open(ui_Game *g, char *why, size_t why_size);

/* The player resumes: the run becomes the one played, journaled as before. */
void ui_journal_take(ui_Game *g);
/* The player discards it: the run is stopped and the file removed. */
void ui_journal_drop(ui_Game *g);

#endif
