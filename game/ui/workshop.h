/* Facilitator mode (issue 14, scenarios/WORKSHOP.md): a workshop file names
 * teams that play the same scenarios with one seed, in turn at this screen
 * (hot-seat) or one team per machine. The game runs each team's scenarios
 * through the ordinary briefing, play and debrief screens, adds each finished
 * run to the team's result file (written atomically) and keeps the workshop's
 * progress (which team, which scenario, whether a run is going) beside it; the
 * run in progress is the ordinary journal (journal.h), kept in the workshop's
 * folder, so a crash loses at most the decision in progress and the next
 * start offers to resume it at the same state hash. The facilitator's keys
 * (F1 help, F2 pause, F3/F4 time speed, F6/F7 the pressure dial, F8 ends a
 * team talk) work on every screen of the workshop. */
#ifndef SVARA_UI_WORKSHOP_H
#define SVARA_UI_WORKSHOP_H

#include <stdbool.h>
#include <stdint.h>

#include "game.h"
#include "screens.h"
#include "svara/workshop.h"

#define UI_WORKSHOPS_DIR "workshops/"        /* <pref>workshops/: the facilitator's files */
#define UI_WORKSHOP_PROGRESS "progress.json" /* <pref>workshops/<id>/progress.json */
#define UI_WORKSHOP_MAX_FILES 64

typedef enum {
    UI_WS_PICK = 0, /* the files in <pref>workshops/ */
    UI_WS_BROKEN,   /* the file cannot be used: its located messages */
    UI_WS_OVERVIEW, /* the workshop: scenarios, teams (choose one) */
    UI_WS_TURN,     /* "Team X, your turn" */
    UI_WS_DONE,     /* every team has played */
} ui_WorkshopPhase;

typedef struct ui_WorkshopFile {
    char path[UI_PATH_MAX];
    char name[128]; /* the workshop's name, or the file's when it cannot be read */
    bool ok;
} ui_WorkshopFile;

typedef struct ui_Workshop {
    bool loaded; /* w holds a workshop that fits the library */
    sv_Workshop w;
    char file[UI_PATH_MAX];                      /* the workshop file */
    char dir[UI_PATH_MAX];                       /* <pref>workshops/<id>/ */
    char results[UI_PATH_MAX];                   /* <dir>results/ */
    int32_t pack;                                /* the library's index of the workshop's pack */
    int32_t scenario[SV_WORKSHOP_MAX_SCENARIOS]; /* the pack's index of each scenario */
    uint32_t done[SV_WORKSHOP_MAX_TEAMS];        /* scenarios each team has finished */
    bool foreign[SV_WORKSHOP_MAX_TEAMS];         /* its result file is not its own */
    int32_t team;                                /* the team playing or chosen, -1 */
    uint32_t at;                                 /* the scenario it plays (index into w) */
    int32_t last_team;                           /* the run that just ended, for "play it again" */
    uint32_t last_at;
    bool playing;                   /* a run of it is in progress */
    int64_t started;                /* wall clock when that run started */
    sv_Result result;               /* the team's result (result.arena NULL: none) */
    int32_t result_team;            /* whose result that is, -1 */
    uint32_t deadline_pct;          /* the pressure dial for the next run */
    bool help;                      /* the facilitator's keys are shown */
    uint8_t released[SV_MAX_NODES]; /* team talk over for that decision */
    int32_t talk;                   /* the decision the room is talking about */
    uint32_t closed;                /* decisions closed in this run */
    uint32_t boards;                /* scoreboards shown in this run */
    bool board_due, board_over_run; /* a scoreboard is due / shown mid-run */
    /* the screen */
    ui_WorkshopPhase phase;
    int cursor;
    float scroll, target;
    ui_WorkshopFile *files; /* heap: the picker's list */
    int file_count;
    char broken[4096]; /* UI_WS_BROKEN: the located messages */
    char note[1024];   /* what happened to a result file, "" */
    bool note_bad;
} ui_Workshop;

/* --workshop FILE, or a file chosen from the picker: reads and checks it
 * (located messages to the log and, on UI_WS_BROKEN, the screen; nothing is
 * written then), makes its folder, reads the teams' result files and the
 * progress. Returns the screen to show: the resume screen when a run was left
 * in progress, else the workshop screen. False only when out of memory. */
ui_ScreenId ui_workshop_open(ui_Game *g, const char *file);
/* The title's entry: the picker of the *.json files in <pref>workshops. */
ui_ScreenId ui_workshop_pick(ui_Game *g);
/* Leaves the workshop (the game as before: the player's language and speed). */
void ui_workshop_close(ui_Game *g);
/* True while a workshop with a usable file is being run. */
bool ui_workshop_active(const ui_Game *g);

/* Where the journal of a workshop's run lives: <dir>journal.json. */
bool ui_workshop_journal_path(const ui_Game *g, char *out, size_t size);

/* Sets up the team's run of its scenario `at`: the game's pack, scenario and seed. */
void ui_workshop_choose_run(ui_Game *g);

/* The app's hooks. route: where a switch goes in a workshop (the title is the
 * workshop screen; the debrief's buttons continue it). keeps_run: a switch
 * that leaves the play screen loaded (a scoreboard shown mid-run). */
ui_ScreenId ui_workshop_route(ui_Game *g, ui_ScreenId from, ui_ScreenId next);
bool ui_workshop_keeps_run(const ui_Game *g, ui_ScreenId from, ui_ScreenId next);
/* A run of the workshop starts (or is resumed) / has ended (its play added to
 * the team's result, saved; the progress moved on). */
void ui_workshop_run_started(ui_Game *g, bool resumed);
void ui_workshop_run_ended(ui_Game *g);
/* The run was left from the pause menu: the team's turn again. */
void ui_workshop_run_left(ui_Game *g);

/* The facilitator's keys and the team talk's button, taken out of the frame's
 * input before the screen sees it; a message for a toast goes to `toast`
 * ("" none). Then, after the update, whether a scoreboard is due. */
void ui_workshop_keys(ui_Game *g, ui_Context *ui, ui_Input *in, bool playing, char *toast,
                      size_t size);
/* Team talk: true while the run's clock is held at a decision that opened
 * (the room talks; F8 or the button starts its deadline). */
bool ui_workshop_holds(ui_Game *g);
/* Moves the run's clock for a frame as ui_run_tick does; with team talk, a
 * scheduled thing at a time, so it stops exactly when a decision opens and
 * stays there while the room talks. */
void ui_workshop_tick(ui_Game *g, uint32_t dt_ms, uint32_t speed_pct, uint32_t limit_ms);
/* After a frame of play: counts decisions closed and, when the workshop's
 * scoreboard option says one is due now, opens the scoreboard over the run
 * (the screen to switch to); else UI_SCREEN_PLAY. */
ui_ScreenId ui_workshop_board_check(ui_Game *g);
/* Where the scoreboard goes when it closes: the run it was shown over, the
 * workshop screen, or the title outside a workshop. (For board.c.) */
ui_ScreenId ui_workshop_board_back(ui_Game *g);
/* Drawn by the app over every screen: the team talk's banner and the
 * facilitator's keys (F1). */
void ui_workshop_draw_overlay(ui_Context *ui, const ui_Game *g, bool playing);

#endif
