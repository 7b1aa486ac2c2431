/* The play screen's state and the interface between its three files:
 * play.c (the screen: header, tabs, feed, meters, toasts, the end), decision.c
 * (the panel with the open decision and its ready-made options) and
 * composer.c (picking, ordering, previewing and sending parts). Layout is one
 * pure function of the state, used by update for hit tests and by draw. */
#ifndef SVARA_UI_PLAY_H
#define SVARA_UI_PLAY_H

#include <stdbool.h>
#include <stdint.h>

#include "feed.h"
#include "game.h"
#include "ui.h"

#define UI_PLAY_MAX_OPEN 8
#define UI_PLAY_TAB_COMPOSE (-1)

typedef enum {
    UI_COL_OPTIONS = 0, /* the ready-made options */
    UI_COL_PARTS,       /* the composer's parts (left) */
    UI_COL_DRAFT,       /* the reply being put together (right) */
    UI_COL_SEND,        /* the send buttons */
} ui_PlayColumn;

typedef struct ui_Draft {
    int32_t decision; /* the draft belongs to this decision; -1 none */
    uint8_t count;
    int32_t parts[SV_MAX_COMPOSE]; /* scenario part indices, in the player's order */
} ui_Draft;

typedef struct ui_PlayScreen {
    ui_Feed feed;
    int32_t tab;                    /* channel shown, or UI_PLAY_TAB_COMPOSE */
    int32_t open[UI_PLAY_MAX_OPEN]; /* open decisions, newest first */
    int open_count;
    int32_t decision; /* the one in the panel, -1 none */
    bool composing;   /* the panel shows the composer */
    int col;          /* ui_PlayColumn with the keyboard focus */
    int cursor;       /* row in the options or parts list */
    int draft_cursor;
    int send_cursor; /* 0 public, 1 private, 2 clear */
    ui_Draft draft;
    float list_scroll, list_target;    /* options list / parts list */
    float meter_shown[SV_METER_COUNT]; /* animated towards the session's meters */
    int32_t meter_delta[SV_METER_COUNT];
    uint64_t meter_changed_ms[SV_METER_COUNT];
    int32_t meter_seen[SV_METER_COUNT];
    int32_t meter_base[SV_METER_COUNT];      /* the value the shown change is counted from */
    uint64_t meter_since_ms[SV_METER_COUNT]; /* when that counting began */
    char toast[512];
    uint64_t toast_until;
    bool toast_warn;
    size_t log_cursor; /* toasts read the log from here */
    uint64_t ended_ms; /* app time the scenario ended; 0 while it runs */
    bool watching;     /* a replay plays: the player only watches */
} ui_PlayScreen;

/* Where everything is, in logical units. */
typedef struct ui_PlayLayout {
    SDL_FRect header, pause_btn, tabs, feed, meters, panel, hint;
    SDL_FRect tab[SV_MAX_CHANNELS + 1]; /* [0] compose when shown, then channels */
    int32_t tab_id[SV_MAX_CHANNELS + 1];
    bool tab_note;      /* room for "not watched" on unwatched tabs */
    ui_FontId tab_font; /* bold, or small bold when the names do not fit */
    int tab_count;
    SDL_FRect newest_btn;         /* "show newest" over the feed, w 0 when hidden */
    SDL_FRect prev_btn, next_btn; /* switching between open decisions */
    SDL_FRect skip_btn, mode_btn, over_btn, send_btn;
    SDL_FRect about_btn; /* "Answering ... on ...": shows that post in the feed */
    SDL_FRect list;      /* the panel's scrolled list (options, or the draft) */
} ui_PlayLayout;

void ui_play_layout(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, ui_PlayLayout *l);

/* Shows a message over the feed for a few seconds. */
void ui_play_toast(ui_PlayScreen *p, const ui_Context *ui, const char *text, bool warn);
/* Says why the session refused an input. */
void ui_play_refused(ui_PlayScreen *p, const ui_Context *ui, const ui_Game *g, sv_InputResult r);
/* Text for an action and visibility ("Ask a colleague · Private"). */
const char *ui_play_action_label(const ui_Context *ui, sv_Action a, sv_Visibility v, char *buf,
                                 size_t size);
const char *ui_play_part_kind(const ui_Context *ui, sv_PartKind k);

/* decision.c: the panel's layout and head (prompt, whose post, deadline),
 * its list's scrolling, and the ready-made options. */
void ui_decision_layout(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, ui_PlayLayout *l);
void ui_decision_tick(ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, const ui_PlayLayout *l,
                      uint32_t dt_ms);
/* Shows another open decision (delta -1 / +1). */
void ui_decision_switch(ui_PlayScreen *p, const ui_Game *g, int delta);
void ui_decision_draw_head(ui_Context *ui, const ui_Game *g, const ui_PlayScreen *p,
                           const ui_PlayLayout *l);
bool ui_options_update(ui_PlayScreen *p, ui_Context *ui, ui_Game *g, const ui_PlayLayout *l,
                       const ui_Event *e);
void ui_options_draw(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g,
                     const ui_PlayLayout *l);

/* composer.c */
void ui_composer_reset(ui_PlayScreen *p, int32_t decision);
bool ui_composer_update(ui_PlayScreen *p, ui_Context *ui, ui_Game *g, const ui_PlayLayout *l,
                        const ui_Event *e);
void ui_composer_draw_parts(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g,
                            SDL_FRect area);
void ui_composer_draw_draft(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g,
                            const ui_PlayLayout *l);
/* Keeps the cursor's part in view in the parts list drawn in area. */
void ui_composer_follow(ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, SDL_FRect area);
/* The composer's footer buttons: send in public, send in private, clear. */
void ui_composer_buttons(ui_Context *ui, const ui_Game *g, int32_t d, const ui_PlayLayout *l,
                         SDL_FRect out[3]);

#endif
