/* Pieces the menu-like screens (title, briefing, pause, settings, debrief)
 * share: the backdrop, headings, and list rows that show a value the player
 * changes with Left/Right, the arrows or a click. */
#ifndef SVARA_UI_MENU_H
#define SVARA_UI_MENU_H

#include <stdbool.h>

#include "ui.h"

/* The window's background. */
void ui_menu_backdrop(ui_Context *ui);
/* A screen title with an accent rule under it, left-aligned at x. */
void ui_menu_heading(ui_Context *ui, const char *title, float x, float y);

/* A row: label on the left, and a value between two arrows on the right when
 * value is not NULL. */
void ui_menu_row(ui_Context *ui, SDL_FRect r, const char *label, const char *value, bool focused);
/* Where a row's arrows are, for clicks: -1 left arrow, +1 right arrow, 0 elsewhere. */
int ui_menu_row_arrow(SDL_FRect r, float x, float y);
/* The height of a row for the current text size. */
float ui_menu_row_height(const ui_Context *ui);

/* Moves *cursor by an up/down action through `count` rows (wrapping). */
void ui_menu_move(int *cursor, int count, int delta);
/* The keys a long scrolling list of cards shares (the debrief, the skills):
 * up and down by one, home and end, a page up or down of `page` pixels. The
 * cursor runs 0..last. True when `e` was one of them; `moved` is set when the
 * cursor moved by a step (the list then scrolls it into view). */
/* A scrolling list after its input: the target held to 0..max (the content's
 * height past the view), and the scroll eased towards it (at once with
 * reduced motion, snapped when under half a pixel away). */
void ui_list_ease(float *scroll, float *target, float max, bool reduced_motion);
bool ui_list_keys(const ui_Event *e, int *cursor, int last, float *target, float page, bool *moved);

#endif
