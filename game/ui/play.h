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

#define SV_PLAY_MAX_OPEN 8
#define SV_PLAY_TAB_COMPOSE (-1)

typedef enum {
    SV_COL_OPTIONS = 0, /* the ready-made options */
    SV_COL_PARTS,       /* the composer's parts (left) */
    SV_COL_DRAFT,       /* the reply being put together (right) */
    SV_COL_SEND,        /* the send buttons */
} sv_PlayColumn;

typedef struct sv_Draft {
    int32_t decision; /* the draft belongs to this decision; -1 none */
    uint8_t count;
    int32_t parts[SV_MAX_COMPOSE]; /* scenario part indices, in the player's order */
} sv_Draft;

typedef struct sv_PlayScreen {
    sv_Feed feed;
    int32_t tab;                    /* channel shown, or SV_PLAY_TAB_COMPOSE */
    int32_t open[SV_PLAY_MAX_OPEN]; /* open decisions, newest first */
    int open_count;
    int32_t decision; /* the one in the panel, -1 none */
    bool composing;   /* the panel shows the composer */
    int col;          /* sv_PlayColumn with the keyboard focus */
    int cursor;       /* row in the options or parts list */
    int draft_cursor;
    int send_cursor; /* 0 public, 1 private, 2 clear */
    sv_Draft draft;
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
} sv_PlayScreen;

/* Where everything is, in logical units. */
typedef struct sv_PlayLayout {
    SDL_FRect header, pause_btn, tabs, feed, meters, panel, hint;
    SDL_FRect tab[SV_MAX_CHANNELS + 1]; /* [0] compose when shown, then channels */
    int32_t tab_id[SV_MAX_CHANNELS + 1];
    bool tab_note;      /* room for "not watched" on unwatched tabs */
    sv_FontId tab_font; /* bold, or small bold when the names do not fit */
    int tab_count;
    SDL_FRect newest_btn;         /* "show newest" over the feed, w 0 when hidden */
    SDL_FRect prev_btn, next_btn; /* switching between open decisions */
    SDL_FRect skip_btn, mode_btn, over_btn, send_btn;
    SDL_FRect about_btn; /* "Answering ... on ...": shows that post in the feed */
    SDL_FRect list;      /* the panel's scrolled list (options, or the draft) */
} sv_PlayLayout;

void sv_play_layout(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, sv_PlayLayout *l);

/* Shows a message over the feed for a few seconds. */
void sv_play_toast(sv_PlayScreen *p, const sv_Ui *ui, const char *text, bool warn);
/* Says why the session refused an input. */
void sv_play_refused(sv_PlayScreen *p, const sv_Ui *ui, const sv_Game *g, sv_InputResult r);
/* Text for an action and visibility ("Ask a colleague · Private"). */
const char *sv_play_action_label(const sv_Ui *ui, sv_Action a, sv_Visibility v, char *buf,
                                 size_t size);
const char *sv_play_part_kind(const sv_Ui *ui, sv_PartKind k);

/* decision.c: the panel's layout and head (prompt, whose post, deadline),
 * its list's scrolling, and the ready-made options. */
void sv_decision_layout(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, sv_PlayLayout *l);
void sv_decision_tick(sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, const sv_PlayLayout *l,
                      uint32_t dt_ms);
/* Shows another open decision (delta -1 / +1). */
void sv_decision_switch(sv_PlayScreen *p, const sv_Game *g, int delta);
void sv_decision_draw_head(sv_Ui *ui, const sv_Game *g, const sv_PlayScreen *p,
                           const sv_PlayLayout *l);
bool sv_options_update(sv_PlayScreen *p, sv_Ui *ui, sv_Game *g, const sv_PlayLayout *l,
                       const sv_UiEvent *e);
void sv_options_draw(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, const sv_PlayLayout *l);

/* composer.c */
void sv_composer_reset(sv_PlayScreen *p, int32_t decision);
bool sv_composer_update(sv_PlayScreen *p, sv_Ui *ui, sv_Game *g, const sv_PlayLayout *l,
                        const sv_UiEvent *e);
void sv_composer_draw_parts(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, SDL_FRect area);
void sv_composer_draw_draft(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g,
                            const sv_PlayLayout *l);
/* Keeps the cursor's part in view in the parts list drawn in area. */
void sv_composer_follow(sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, SDL_FRect area);
/* The composer's footer buttons: send in public, send in private, clear. */
void sv_composer_buttons(sv_Ui *ui, const sv_Game *g, int32_t d, const sv_PlayLayout *l,
                         SDL_FRect out[3]);

#endif
