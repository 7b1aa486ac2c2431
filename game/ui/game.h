/* What the screens share besides drawing: the settings and their file, the UI
 * strings, the pack library, the scoring model, the player's choice of pack
 * and scenario, and the run being played. The app owns one ui_Game. */
#ifndef SVARA_UI_GAME_H
#define SVARA_UI_GAME_H

#include <stdbool.h>
#include <stdint.h>

#include "app.h"
#include "paths.h"
#include "prefs.h"
#include "profiles.h"
#include "run.h"
#include "svara/audience.h"
#include "svara/pack.h"
#include "svara/principles.h"
#include "svara/profile.h"
#include "svara/replay.h"
#include "svara/score.h"
#include "tutorial.h"
#include "uistrings.h"

typedef struct ui_Game {
    const ui_AppOptions *opts;
    ui_Paths paths;
    ui_Settings settings;
    char settings_path[UI_PATH_MAX]; /* "" when there is no per-user folder */
    bool settings_changed;           /* a screen changed them: the app applies and saves */
    bool settings_locked;            /* --set, --print-settings: nothing saved or moved */
    char settings_note[512];         /* the file's or the last save's problem, "" when fine */
    ui_Strings strings;
    sv_Library lib;
    size_t broken_packs;
    sv_ScoreModel *model;             /* assets/scoring/default.json (heap) */
    sv_NameList names[SV_LANG_COUNT]; /* the crowd's names, assets/names/<code>.json */
    int32_t pack, scenario;           /* chosen on the title screen, -1 none */
    uint64_t seed;
    uint64_t seed_draws; /* seeds handed out, so "new seed" differs every time */
    ui_Run run;
    ui_Tutorial tutorial;      /* the first-run tutorial's hints for this run */
    const sv_Pack *bench_pack; /* --bench: a made-up pack played instead of the library's */
    sv_Replay replay;          /* --replay */
    bool has_replay;
    bool restart;            /* the next switch to play starts the run again */
    bool keep_run;           /* the next switch to play takes g->run as it is (a resumed run) */
    bool journaling;         /* the run being played is a player's: journaled (journal.h) */
    bool journal_mine;       /* the journal on disk is this run's, to remove when it ends */
    int lang_override;       /* a replay's language for this run, -1: the setting's */
    uint32_t speed_override; /* --speed (or the benchmark's), percent; 0 = the setting */
    int settings_return;     /* ui_ScreenId that settings goes back to */
    /* The play screen never moves simulated time past this, so --screenshot-at
     * captures exactly that moment; UINT32_MAX otherwise. */
    uint32_t sim_limit_ms;
    /* the learner playing (profiles.h; profile.active false: nobody, runs are
     * not kept) and the advice as they read it (assets/principles.json; its
     * arena is NULL when the file could not be read) */
    ui_Profile profile;
    char profiles_root[UI_PATH_MAX]; /* "<pref>profiles/", "" with no per-user folder */
    sv_Principles principles;
    /* the test the assessment screen gives the profile playing when it opens
     * (ui_assess_open) */
    int32_t assess_pack;
    int assess_kind;  /* sv_AssessKind */
    bool assess_back; /* the title puts its cursor on that test's row when it opens next */
    /* a workshop being run (workshop.h), NULL otherwise: its runs are nobody's
     * profile's, in its language, with its seed */
    struct ui_Workshop *workshop;
    /* the workshop board (board.h): the files it shows, NULL when none is
     * open, and the screen (ui_ScreenId) it goes back to */
    struct ui_Board *board;
    int board_return;
} ui_Game;

/* Finds folders, reads settings (reporting a bad file and, unless locked,
 * keeping it aside before writing a good one), strings,
 * the scoring model and the library. False only when the game cannot run. */
bool ui_game_load(ui_Game *g, const ui_AppOptions *opts, const char *argv0);
void ui_game_unload(ui_Game *g);

/* Saves the settings now; the problem, if any, goes to settings_note. */
void ui_game_save_settings(ui_Game *g);

/* Starts the chosen scenario with g->seed (and the replay when there is one). */
bool ui_game_start_run(ui_Game *g);
/* A fresh seed: from the clock in a window, counted up when headless so
 * tests stay reproducible. */
uint64_t ui_game_new_seed(ui_Game *g);
/* The language shown: a replay's while it plays, else the setting. */
sv_Lang ui_game_lang(const ui_Game *g);
/* Time speed in percent: --speed when given, else the setting. */
uint32_t ui_game_speed(const ui_Game *g);
/* --replay: reads the file with the size cap (a device or a named pipe is
 * refused at once, never read for minutes), parses it into g->replay, picks
 * its scenario and warns when the loaded pack has another version than the
 * one it was recorded with. False (logged) when it cannot be played. */
bool ui_game_load_replay(ui_Game *g, const char *path);

/* "20261204-091500", local time: the name a broken file is kept aside under
 * says which start found it. */
void ui_game_stamp(char *buf, size_t size);

/* The pack and scenario a replay names, chosen; false (logged) when absent. */
bool ui_game_pick(ui_Game *g, const char *pack, const char *scenario);

/* Plays as the profile in folder `slug` from now on, remembered in the
 * settings. False when it cannot be read (logged, located). */
bool ui_game_use_profile(ui_Game *g, const char *slug);
/* Makes a profile called `name` and plays as it; false (g->profile.note) when
 * it cannot be written. */
bool ui_game_new_profile(ui_Game *g, const char *name);
/* The run just started (a player's, of the library) is the profile's
 * scenario in progress until it finishes (ui_profile_mark_started). */
void ui_game_mark_started(ui_Game *g);
/* Keeps the finished run in the profile (saved at once, atomically); nothing
 * for a replay being watched or the benchmark. */
void ui_game_record_run(ui_Game *g);
/* "20261204-091500", local time: the name a broken file is kept aside under. */
void ui_game_stamp(char *buf, size_t size);

#endif
