/* What a reload says on screen, over whatever screen is showing: a short
 * toast when it worked ("Reloaded sample at 03:25"), and when it did not, a
 * panel listing every diagnostic (where: file:line:col, the JSON pointer, the
 * message), scrollable when there are many. The panel stays until the next
 * good reload or Esc; the game under it plays on. */
#ifndef SVARA_UI_OVERLAY_H
#define SVARA_UI_OVERLAY_H

#include <stdbool.h>
#include <stdint.h>

#include "svara/diag.h"
#include "ui.h"

typedef struct ui_Overlay {
    sv_DiagList diags; /* the failed reload's (a copy); the panel shows while open */
    bool open;
    char title[256]; /* the pack's name, as the panel's heading says it */
    float scroll, target;
    char toast[256];
    uint64_t toast_until; /* app time */
} ui_Overlay;

void ui_overlay_init(ui_Overlay *o);
void ui_overlay_free(ui_Overlay *o);

/* Opens the panel with a copy of diags for the pack called `pack_title`. */
void ui_overlay_show(ui_Overlay *o, const char *pack_title, const sv_DiagList *diags);
void ui_overlay_close(ui_Overlay *o);
/* A toast for a few seconds of app time. */
void ui_overlay_toast(ui_Overlay *o, const ui_Context *ui, const char *text);

/* While the panel is open it takes the frame's input (Esc closes it, arrows,
 * pages and the wheel scroll it) and `in` is left with no events, so the
 * screen under it only runs on. False when it is closed (in untouched). */
bool ui_overlay_update(ui_Overlay *o, ui_Context *ui, ui_Input *in);
void ui_overlay_draw(const ui_Overlay *o, ui_Context *ui);

#endif
