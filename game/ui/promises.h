/* The play screen's list of promises: every follow-up the brand promised in
 * this run (svara/score.h's sv_Promise, read from the session's scoring
 * state, never changed), open ones first with when they fall due and the
 * time left, then the ones kept or broken, newest first. */
#ifndef SVARA_UI_PROMISES_H
#define SVARA_UI_PROMISES_H

#include "run.h"
#include "ui.h"

#define UI_PROMISES_SHOWN 3 /* rows at most; the rest are counted under them */

/* The height the list needs with at most `rows` rows (up to
 * UI_PROMISES_SHOWN), 0 while nothing has been promised. The play screen
 * shows one row while a decision is open, to leave its options the room. */
float ui_promises_height(ui_Context *ui, const ui_Run *r, size_t rows);
void ui_promises_draw(ui_Context *ui, const ui_Run *r, SDL_FRect area, size_t rows);

#endif
