/* The composer (a leaf of the play screen, see panel.h): the decision's parts
 * in the left column (a letter key, Enter or a click adds or removes one), the
 * reply being built on the right in the player's order (Shift+Up/Down, X/Y or
 * the arrow buttons move a part; Delete, A on it or ✕ removes it), a preview
 * of the whole reply (it scrolls to the part in focus, and with Up/Down on the
 * send buttons or the wheel), and the buttons to send it in public or in
 * private. */
#ifndef SVARA_UI_COMPOSER_H
#define SVARA_UI_COMPOSER_H

#include <stdbool.h>
#include <stdint.h>

#include "panel.h"
#include "svara/limits.h"
#include "ui.h"

typedef enum {
    UI_COMPOSER_PARTS = 0, /* the parts list (left) */
    UI_COMPOSER_DRAFT,     /* the reply being put together (right) */
    UI_COMPOSER_SEND,      /* the send buttons */
} ui_ComposerColumn;

typedef struct ui_ComposerState {
    int32_t decision; /* the draft belongs to this decision; -1 none */
    uint8_t count;
    int32_t parts[SV_MAX_COMPOSE]; /* scenario part indices, in the player's order */
    int col;                       /* ui_ComposerColumn with the keyboard focus */
    int cursor;                    /* row in the parts list */
    int draft_cursor;              /* row in the draft */
    int send_cursor;               /* 0 public, 1 private, 2 clear */
    float scroll, target;          /* the parts list's shown and wanted scroll offset */
    float preview_top;             /* how far the preview's words are scrolled */
} ui_ComposerState;

/* An empty draft for `decision` (-1: none), the focus on its first row and
 * first button. The parts list's cursor and scroll stay (ui_composer_open). */
void ui_composer_reset(ui_ComposerState *c, int32_t decision);
/* Keeps the draft when it is decision's, else starts an empty one for it. */
void ui_composer_attach(ui_ComposerState *c, int32_t decision);
/* True when there is a draft with something in it for decision. */
bool ui_composer_has_draft(const ui_ComposerState *c, int32_t decision);
/* The composer comes on screen: the focus on the first part, the list at its top. */
void ui_composer_open(ui_ComposerState *c);
/* The parts list was brought on screen: the focus moves there from the draft. */
void ui_composer_show_parts(ui_ComposerState *c);

/* One input event for the decision in v (which has one; the player is not
 * watching a replay). parts_shown: the parts list is on screen (l->parts). */
ui_PanelOutcome ui_composer_update(ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                                   const ui_PanelLayout *l, bool parts_shown, const ui_Event *e);
/* Scrolls the parts list by dy. */
void ui_composer_scroll(ui_ComposerState *c, float dy);
/* Scrolls the preview of the whole reply by dy (the mouse wheel over the panel). */
void ui_composer_scroll_preview(ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                                const ui_PanelLayout *l, float dy);
/* Once a frame: keeps the focused part in view when the list is shown in
 * `area`, and moves the scroll towards its target. */
void ui_composer_tick(ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v, SDL_FRect area,
                      bool parts_shown, uint32_t dt_ms);

/* The parts list, in area (the feed's place). */
void ui_composer_draw_parts(const ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                            SDL_FRect area);
/* The reply in the panel: its rows, the preview, the send and clear buttons. */
void ui_composer_draw_draft(const ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                            const ui_PanelLayout *l);

#endif
