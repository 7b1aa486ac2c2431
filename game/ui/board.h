/* The workshop board, for the projector (issue 14): a workshop file and the
 * teams' result files merged (svara/workshop.h) and shown on four pages: the
 * scoreboard (teams side by side, every team's meter on one chart, where
 * they differed most), the P/S/M/U ratings per principle and team, the
 * hotwash (what went well, what did not, what to improve) and the
 * improvement plan, which the facilitator edits and which is saved as
 * improvement-plan.json next to the results. Shown in the middle of a run
 * (a workshop's scoreboard after a decision), it has the playing team's run
 * so far too, marked in progress and never written to its result file. One key exports the report
 * (CSV, JSON, xAPI, HTML) there too. board.c loads, edits and saves;
 * board_draw.c draws. */
#ifndef SVARA_UI_BOARD_H
#define SVARA_UI_BOARD_H

#include <stdbool.h>
#include <stddef.h>

#include "paths.h"
#include "screens.h"
#include "svara/workshop.h"
#include "ui.h"

#define UI_BOARD_PROBLEMS 4096 /* located problems with the files, one a line */
#define UI_BOARD_NOTE (UI_PATH_MAX + 512)
#define UI_BOARD_HOT 5 /* items per hotwash column */

typedef enum {
    UI_BOARD_SCORES = 0,
    UI_BOARD_PRINCIPLES,
    UI_BOARD_HOTWASH,
    UI_BOARD_PLAN,
    UI_BOARD_PAGES
} ui_BoardPage;

/* What the board shows: loaded once by ui_board_open, kept in g->board. */
typedef struct ui_Board {
    char workshop_file[UI_PATH_MAX], results_dir[UI_PATH_MAX];
    char plan_path[UI_PATH_MAX + 32]; /* results_dir/improvement-plan.json */
    bool has_workshop;
    sv_Workshop workshop;
    /* the results merged, in the workshop's order of teams */
    sv_Result results[SV_WORKSHOP_MAX_TEAMS];
    const sv_Result *list[SV_WORKSHOP_MAX_TEAMS];
    const char *files[SV_WORKSHOP_MAX_TEAMS];
    char paths[SV_WORKSHOP_MAX_TEAMS][UI_PATH_MAX];
    size_t team_count;
    bool merged;
    /* A scoreboard shown mid-run: the playing team's run so far, an
     * in-progress play (sv_result_add_live) of results[live] that is in
     * memory only; -1 none. The exports leave it out. */
    int live;
    sv_Report report;
    sv_ReportSpread *spreads; /* heap, the most different first */
    size_t spread_count;
    sv_Plan *plan;        /* heap: the facilitator's, or the suggested one until edited */
    sv_Plan *suggested;   /* heap: made from the ratings (the hotwash's words) */
    bool plan_unreadable; /* the plan file is there but could not be used: kept aside first */
    char problems[UI_BOARD_PROBLEMS];
    size_t problem_count;
    /* the hotwash, worked out once: principles by how many teams did well or badly */
    int8_t well[SV_PRINCIPLE_COUNT], not_well[SV_PRINCIPLE_COUNT];
    int well_count, not_count;
} ui_Board;

typedef struct ui_BoardScreen {
    int page;     /* ui_BoardPage */
    int scenario; /* of the workshop's, on the scoreboard */
    int meter;    /* the chart's */
    float scroll, target;
    int row, col; /* the plan's cell */
    bool editing, typing;
    char undo[SV_PLAN_TEXT_BYTES + 1];
    int undo_principle;
    int remove_armed; /* the row a second remove takes away, -1 none */
    bool follow;      /* the plan's chosen cell moved: scroll it into view */
    char note[UI_BOARD_NOTE];
    bool note_bad;
} ui_BoardScreen;

/* Reads the workshop and every team's result file (*.result.json) in
 * results_dir (NULL: the workshop file's folder), merges them, reads the
 * improvement plan there if any, and returns the board's screen. Problems
 * (a damaged file, a result of another workshop) are logged and shown with
 * where they are; nothing is ever written over on reading. The board goes
 * back to g->board_return, which this sets to the title: a caller that wants
 * another screen sets it after. */
ui_ScreenId ui_board_open(ui_Game *g, const char *workshop_file, const char *results_dir);
void ui_board_free(ui_Game *g);

bool ui_board_init(ui_BoardScreen *s, ui_Context *ui, ui_Game *g);
ui_ScreenId ui_board_update(ui_BoardScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in);
void ui_board_draw(const ui_BoardScreen *s, ui_Context *ui, const ui_Game *g);
void ui_board_unload(ui_BoardScreen *s);

/* ---- shared by board.c and board_draw.c ---------------------------------------------------- */

#define UI_BOARD_COLS 5 /* the plan's: principle, issue, action, responsible, due */
#define UI_BOARD_GAP 16.0f
#define UI_BOARD_PAD 20.0f

typedef struct ui_BoardLayout {
    SDL_FRect header, tabs[UI_BOARD_PAGES], export_btn, back_btn;
    SDL_FRect problems; /* h 0 when there are none */
    SDL_FRect content;
    SDL_FRect scenario, cards, chart, differ; /* the scoreboard's parts */
    SDL_FRect prev_btn, next_btn;             /* the scoreboard's scenario */
    SDL_FRect meters[SV_METER_COUNT];         /* the chart's meter chips */
    SDL_FRect add_btn, remove_btn;            /* the plan's */
    float col_x[UI_BOARD_COLS + 1];           /* the plan's columns */
    float plan_top, plan_head_h;              /* where its rows start (unscrolled) */
    SDL_FRect note;
} ui_BoardLayout;

void ui_board_layout(ui_Context *ui, const ui_Board *b, int page, ui_BoardLayout *l);
/* The plan's row i: its top (unscrolled, from plan_top) and height. */
float ui_board_plan_row_h(ui_Context *ui, const ui_Game *g, const ui_BoardLayout *l, uint32_t i);
/* The text of plan cell (row, col) as shown ("" for none). */
const char *ui_board_cell(const ui_Context *ui, const ui_Game *g, const sv_PlanRow *row, int col,
                          char *buf, size_t size);
/* How far the page's content reaches below its top, for scrolling. */
float ui_board_content_height(ui_Context *ui, const ui_Game *g, int page, const ui_BoardLayout *l);
/* A principle's name in the player's language, or its id. */
const char *ui_board_principle(const ui_Context *ui, const ui_Game *g, int k);
/* The pages of board_pages.c, drawn into l->content and measured for scrolling. */
void ui_board_draw_ratings(const ui_BoardScreen *s, ui_Context *ui, const ui_Game *g,
                           const ui_BoardLayout *l);
void ui_board_draw_hotwash(const ui_BoardScreen *s, ui_Context *ui, const ui_Game *g,
                           const ui_BoardLayout *l);
void ui_board_draw_plan(const ui_BoardScreen *s, ui_Context *ui, const ui_Game *g,
                        const ui_BoardLayout *l);
float ui_board_ratings_height(ui_Context *ui, const ui_Game *g, const ui_BoardLayout *l);
float ui_board_hotwash_height(ui_Context *ui, const ui_Game *g, const ui_BoardLayout *l);
float ui_board_plan_height(ui_Context *ui, const ui_Game *g, const ui_BoardLayout *l);

#endif
