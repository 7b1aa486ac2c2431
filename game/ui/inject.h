/* The facilitator's tools on the play screen (issue 14): Ctrl+I opens the
 * list of the scenario's injects, to fire a manual one into the run; Ctrl+G
 * shows or hides the facilitator view, with each inject's guidance and the
 * open decision's annotations and verdicts. Both are off until the
 * facilitator asks for them, so the projector shows the game as the players
 * see it. Firing is an input like an answer (sv_session_inject through
 * ui_run_apply): recorded in the replay and journaled. play.c owns the state
 * and hands this its events first (ui_inject_event) and draws it last. */
#ifndef SVARA_UI_INJECT_H
#define SVARA_UI_INJECT_H

#include <stdbool.h>
#include <stdint.h>

#include "game.h"
#include "ui.h"

typedef struct ui_InjectState {
    bool list;    /* the list of injects is open (it takes every event while it is) */
    bool view;    /* the facilitator view is shown */
    int cursor;   /* the list's row */
    float scroll; /* how far the view is scrolled (PgUp, PgDn, Home while it is shown) */
} ui_InjectState;

void ui_inject_reset(ui_InjectState *s);

/* One event of the play screen, before the screen sees it. True when it was
 * the facilitator's (the screen must not act on it); *say is then a message
 * for the screen's toast, or stays NULL. `area` is where the list and the
 * view are drawn (the feed), for clicks and scrolling; `decision` the one in
 * the decision panel (-1 none). */
bool ui_inject_event(ui_InjectState *s, ui_Context *ui, ui_Game *g, const ui_Event *e,
                     SDL_FRect area, int32_t decision, const char **say);

/* The view and the list over `area`, when open; `decision` is the one in the
 * decision panel (-1 none), whose annotations the view shows. */
void ui_inject_draw(const ui_InjectState *s, ui_Context *ui, const ui_Game *g, int32_t decision,
                    SDL_FRect area);

#endif
