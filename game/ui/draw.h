/* Drawing helpers every screen uses: filled and rounded rectangles, discs and
 * avatars, bars, buttons and focus rings, all in logical units. Shapes snap
 * to whole output pixels, so edges are crisp and neighbours never leave a gap.
 * Nothing here changes any state but the renderer's. */
#ifndef SVARA_UI_DRAW_H
#define SVARA_UI_DRAW_H

#include <stdbool.h>

#include "svara/session.h"
#include "ui.h"

/* Creates and frees the disc textures behind circles and rounded corners. */
bool ui_draw_init(ui_Context *ui);
void ui_draw_shutdown(ui_Context *ui);

static inline SDL_FRect ui_rect(float x, float y, float w, float h)
{
    SDL_FRect r = {x, y, w, h};
    return r;
}
/* v held to [lo, hi] (a scroll offset, a blend factor). */
static inline float ui_clampf(float v, float lo, float hi) { return v < lo ? lo : v > hi ? hi : v; }

static inline bool ui_hit(SDL_FRect r, float x, float y)
{
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}
/* True while the mouse is in use and over r. */
static inline bool ui_hover(const ui_Context *ui, SDL_FRect r)
{
    return ui->mouse_active && ui_hit(r, ui->mouse_x, ui->mouse_y);
}

/* The whole output (letterbox bars included) in colour c. */
void ui_clear(ui_Context *ui, SDL_Color c);
void ui_fill(ui_Context *ui, SDL_FRect r, SDL_Color c);
void ui_fill_round(ui_Context *ui, SDL_FRect r, float radius, SDL_Color c);
/* A rounded panel with a one-pixel border. */
void ui_panel(ui_Context *ui, SDL_FRect r, float radius, SDL_Color fill, SDL_Color border);
/* The keyboard and gamepad focus: an accent ring just outside r. Draw it
 * before the thing it surrounds. */
void ui_focus_ring(ui_Context *ui, SDL_FRect r, float radius);
void ui_disc(ui_Context *ui, float cx, float cy, float radius, SDL_Color c);
/* A person's initials in a coloured circle. */
void ui_avatar(ui_Context *ui, float cx, float cy, float radius, const char *name, SDL_Color bg);
/* A horizontal bar filled to frac (0..1) over a track. */
void ui_bar(ui_Context *ui, SDL_FRect r, float frac, SDL_Color fg, SDL_Color track);
/* A thick line (chart curves). */
void ui_line(ui_Context *ui, float x0, float y0, float x1, float y1, float width, SDL_Color c);

typedef enum {
    UI_BUTTON_PLAIN = 0,
    UI_BUTTON_PRIMARY, /* the main thing to do on a screen */
    UI_BUTTON_QUIET,   /* borderless, for small controls inside rows */
} ui_ButtonKind;

/* A button with a centred label; focused draws the ring, disabled greys it. */
void ui_button(ui_Context *ui, SDL_FRect r, const char *label, ui_ButtonKind kind, bool focused,
               bool enabled);

/* Limits drawing to r (NULL: everywhere). */
void ui_clip(ui_Context *ui, const SDL_FRect *r);

/* The line of key hints along the bottom of a screen. */
void ui_hint_bar(ui_Context *ui, const char *text);

/* "62.5" or "62,5" (tenths), by the language's decimal sign. */
const char *ui_format_tenths(const ui_Context *ui, int32_t tenths, char *buf, size_t size);
/* "12 345" with a thin space between thousands. */
const char *ui_format_count(uint32_t n, char *buf, size_t size);
/* An action and its visibility ("Ask a colleague · Private"; the visibility
 * only where the action has words). */
const char *ui_format_action(const ui_Context *ui, sv_Action a, sv_Visibility v, char *buf,
                             size_t size);
/* An option as the options list and the debrief name it: every action it
 * combines, in order, and its own delay ("Reply · public + Report the post ·
 * sent after 15 min"). */
const char *ui_format_option(const ui_Context *ui, const sv_Option *o, char *buf, size_t size);
/* What stopped a session that ran into a limit (its log or its queue full,
 * sv_Session.limit) and the node that caused it: "The scenario stopped itself
 * at 00:05: its log was full (65536 entries). The cause: event 'e-loop'."
 * NULL when it ran into none. */
const char *ui_format_limit(const ui_Context *ui, const sv_Session *s, char *buf, size_t size);
/* A part's kind ("Greeting"). */
const char *ui_format_part_kind(const ui_Context *ui, sv_PartKind k);

#endif
