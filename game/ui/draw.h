/* Drawing helpers every screen uses: filled and rounded rectangles, discs and
 * avatars, bars, buttons and focus rings, all in logical units. Shapes snap
 * to whole output pixels, so edges are crisp and neighbours never leave a gap.
 * Nothing here changes any state but the renderer's. */
#ifndef SVARA_UI_DRAW_H
#define SVARA_UI_DRAW_H

#include <stdbool.h>

#include "ui.h"

/* Creates and frees the disc textures behind circles and rounded corners. */
bool sv_draw_init(sv_Ui *ui);
void sv_draw_shutdown(sv_Ui *ui);

static inline SDL_FRect sv_rect(float x, float y, float w, float h)
{
    SDL_FRect r = {x, y, w, h};
    return r;
}
static inline bool sv_hit(SDL_FRect r, float x, float y)
{
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}
/* True while the mouse is in use and over r. */
static inline bool sv_hover(const sv_Ui *ui, SDL_FRect r)
{
    return ui->mouse_active && sv_hit(r, ui->mouse_x, ui->mouse_y);
}

void sv_fill(sv_Ui *ui, SDL_FRect r, SDL_Color c);
void sv_fill_round(sv_Ui *ui, SDL_FRect r, float radius, SDL_Color c);
/* A rounded panel with a one-pixel border. */
void sv_panel(sv_Ui *ui, SDL_FRect r, float radius, SDL_Color fill, SDL_Color border);
/* The keyboard and gamepad focus: an accent ring just outside r. Draw it
 * before the thing it surrounds. */
void sv_focus_ring(sv_Ui *ui, SDL_FRect r, float radius);
void sv_disc(sv_Ui *ui, float cx, float cy, float radius, SDL_Color c);
/* A person's initials in a coloured circle. */
void sv_avatar(sv_Ui *ui, float cx, float cy, float radius, const char *name, SDL_Color bg);
/* A horizontal bar filled to frac (0..1) over a track. */
void sv_bar(sv_Ui *ui, SDL_FRect r, float frac, SDL_Color fg, SDL_Color track);
/* A thick line (chart curves). */
void sv_line(sv_Ui *ui, float x0, float y0, float x1, float y1, float width, SDL_Color c);

typedef enum {
    SV_BUTTON_PLAIN = 0,
    SV_BUTTON_PRIMARY, /* the main thing to do on a screen */
    SV_BUTTON_QUIET,   /* borderless, for small controls inside rows */
} sv_ButtonKind;

/* A button with a centred label; focused draws the ring, disabled greys it. */
void sv_button(sv_Ui *ui, SDL_FRect r, const char *label, sv_ButtonKind kind, bool focused,
               bool enabled);

/* Limits drawing to r (NULL: everywhere). */
void sv_clip(sv_Ui *ui, const SDL_FRect *r);

/* The line of key hints along the bottom of a screen. */
void sv_hint_bar(sv_Ui *ui, const char *text);

/* "62.5" or "62,5" (tenths), by the language's decimal sign. */
const char *sv_format_tenths(const sv_Ui *ui, int32_t tenths, char *buf, size_t size);
/* "12 345" with a thin space between thousands. */
const char *sv_format_count(uint32_t n, char *buf, size_t size);
/* "mm:ss" of milliseconds. */
const char *sv_format_clock(uint32_t ms, char *buf, size_t size);

#endif
