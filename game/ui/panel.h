/* The decision panel on the right of the play screen, and what the play
 * screen and its two leaves share. play.c owns the screen's state and draws
 * the panel's frame with this module (which decision of how many, the prompt,
 * whose post, the deadline, the skip button); inside it one leaf shows the
 * decision: the ready-made options (options.h) or the composer (composer.h).
 * A leaf sees the decision through a const ui_DecisionView, keeps its own
 * small state, and answers each input event with a ui_PanelOutcome that says
 * what the player did; play.c applies that to the run. Leaves never call each
 * other nor look at the play screen's state. */
#ifndef SVARA_UI_PANEL_H
#define SVARA_UI_PANEL_H

#include <stdbool.h>
#include <stdint.h>

#include "svara/limits.h"
#include "svara/model.h"
#include "svara/session.h"
#include "ui.h"

/* The decision a leaf shows, read-only. */
typedef struct ui_DecisionView {
    const sv_Scenario *sc;
    const sv_Session *s;  /* what is available now, the clock */
    int32_t index;        /* in sc->decisions; -1 none */
    const sv_Decision *d; /* NULL when none */
    bool watching;        /* a replay plays: nothing is sent, no send buttons */
    int64_t next_in_ms;   /* with no decision: when the next thing happens, from now; -1 none */
} ui_DecisionView;

/* Where the panel's parts are, in logical units; w 0 when not shown. */
typedef struct ui_PanelLayout {
    SDL_FRect panel;              /* the whole panel */
    SDL_FRect list;               /* its scrolled list: the options, or the reply being built */
    SDL_FRect parts;              /* the composer's parts list, in the feed's place */
    SDL_FRect send_btn;           /* options: send the selected one */
    SDL_FRect mode_btn;           /* options <-> composer, when the decision has both */
    SDL_FRect prev_btn, next_btn; /* switching between open decisions */
    SDL_FRect skip_btn;           /* no decision open: let time run on */
    SDL_FRect about_btn;          /* "Answering ... on ...": shows that post in the feed */
    SDL_FRect deadline;           /* the time left in words and its bar */
} ui_PanelLayout;

/* What the player did in a leaf. */
typedef enum {
    UI_PANEL_NONE = 0,   /* the event was not for the leaf */
    UI_PANEL_HANDLED,    /* it changed the leaf's own state only */
    UI_PANEL_CHOOSE,     /* send ready-made option `row` of the decision */
    UI_PANEL_SEND,       /* send parts[0..part_count) in `visibility` */
    UI_PANEL_SWITCH,     /* show another open decision: `delta` -1 or +1 */
    UI_PANEL_COMPOSE,    /* options -> composer; `forward`: hand the composer this event too */
    UI_PANEL_OPTIONS,    /* composer -> ready-made options */
    UI_PANEL_SHOW_PARTS, /* the composer's parts list should be on screen */
    UI_PANEL_REFUSED,    /* tell the player why not: `refused` */
} ui_PanelAct;

typedef struct ui_PanelOutcome {
    ui_PanelAct act;
    int row;                       /* CHOOSE */
    int delta;                     /* SWITCH */
    bool forward;                  /* COMPOSE */
    sv_Visibility visibility;      /* SEND */
    uint8_t part_count;            /* SEND */
    int32_t parts[SV_MAX_COMPOSE]; /* SEND: scenario part indices, in the player's order */
    sv_InputResult refused;        /* REFUSED */
} ui_PanelOutcome;

static inline ui_PanelOutcome ui_panel_outcome(ui_PanelAct act)
{
    ui_PanelOutcome o = {.act = act};
    return o;
}

/* Lays out the panel in `panel` for the decision in v (or none): its head
 * with the prev/next buttons when open_count > 1, the list, the footer's
 * buttons for `composing` or the options; `parts` is where the composer's
 * parts list goes. */
void ui_panel_layout(ui_Context *ui, const ui_DecisionView *v, int open_count, bool composing,
                     SDL_FRect panel, SDL_FRect parts, ui_PanelLayout *l);

/* The head: "Decision at+1 of open_count", the prompt, whose post it is about
 * and the deadline; with no decision, what to do meanwhile and the skip
 * button (nothing once the run has ended). */
void ui_panel_draw_head(ui_Context *ui, const ui_DecisionView *v, int at, int open_count,
                        bool ended, const ui_PanelLayout *l);

/* Why a public answer to `post` is not offered: its thread has had every
 * public answer its channel takes (the channel's `replies`), in the player's
 * words: "Reviews allows one public answer per thread, and you have given it."
 * Empty when the thread still takes one. */
const char *ui_panel_full_reason(const ui_Context *ui, const ui_DecisionView *v, int32_t post,
                                 char *buf, size_t size);

#endif
