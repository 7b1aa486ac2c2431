/* The ready-made options of the decision in the panel (a leaf of the play
 * screen, see panel.h): a number key or the arrows pick one, Enter or the
 * Send button sends it; a click picks, a double click sends. Actions (ask a
 * colleague, report, hide, tell the product team) are options like the
 * others, labelled as such. */
#ifndef SVARA_UI_OPTIONS_H
#define SVARA_UI_OPTIONS_H

#include <stdint.h>

#include "panel.h"
#include "ui.h"

typedef struct ui_OptionsState {
    int cursor;           /* the selected row */
    float scroll, target; /* the list's shown and wanted scroll offset */
} ui_OptionsState;

/* The first row selected, the list at its top. */
void ui_options_reset(ui_OptionsState *o);

/* One input event for the decision in v (which has one, and the player is not
 * watching a replay): moves the selection, or says what the player did. */
ui_PanelOutcome ui_options_update(ui_OptionsState *o, ui_Context *ui, const ui_DecisionView *v,
                                  const ui_PanelLayout *l, const ui_Event *e);
/* Scrolls the list by dy (the mouse wheel over the panel). */
void ui_options_scroll(ui_OptionsState *o, float dy);
/* Once a frame: keeps the selected row in view and moves the scroll towards
 * its target. v may have no decision: then the scroll only moves. */
void ui_options_tick(ui_OptionsState *o, ui_Context *ui, const ui_DecisionView *v,
                     const ui_PanelLayout *l, uint32_t dt_ms);
/* The list, the Send button and the button to write one's own reply. */
void ui_options_draw(const ui_OptionsState *o, ui_Context *ui, const ui_DecisionView *v,
                     const ui_PanelLayout *l);

#endif
