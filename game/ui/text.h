/* Text: DejaVu Sans through SDL2_ttf. Paragraphs are wrapped by our own
 * measuring (cached), and every line is rendered once into a texture (cached)
 * and then only copied, so a frame renders no text it already showed.
 *
 * Fonts are opened at the window's real pixel scale, so text is sharp at any
 * window size and on HiDPI screens, while callers work in the 1920x1080
 * logical space. Lines are rendered opaque onto the colour they will sit on
 * (bg), which blits ten times faster than alpha-blended text; a bg with alpha
 * 0 asks for blended text for the rare places over mixed colours. */
#ifndef SVARA_UI_TEXT_H
#define SVARA_UI_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <SDL.h>
#include <SDL_ttf.h>

typedef enum {
    UI_FONT_HUGE = 0, /* the game's name on the title screen */
    UI_FONT_TITLE,    /* screen titles */
    UI_FONT_HEAD,     /* section heads */
    UI_FONT_BODY,
    UI_FONT_BOLD, /* body size, bold */
    UI_FONT_SMALL,
    UI_FONT_SMALL_BOLD,
    UI_FONT_COUNT
} ui_FontId;

typedef enum { UI_ALIGN_LEFT = 0, UI_ALIGN_CENTRE, UI_ALIGN_RIGHT } ui_Align;

typedef struct ui_TextLine ui_TextLine; /* text.c */
typedef struct ui_TextWrap ui_TextWrap; /* text.c */

/* A line drawn in the frame: which one (its cache hash) and where, in output
 * pixels. Scripts check that text stays clear of other text (expect-apart). */
typedef struct ui_TextDrawn {
    uint64_t hash;
    SDL_FRect at;
} ui_TextDrawn;

typedef struct ui_TextCache {
    SDL_Renderer *renderer;
    TTF_Font *fonts[UI_FONT_COUNT];
    float scale; /* output pixels per logical unit: the fonts' size */
    /* the renderer's own scale, and where logical (0, 0) is in output pixels */
    float out_sx, out_sy, out_x, out_y;
    int size_pct; /* the player's text size: 100 normal, 125 large, 150 extra large */
    float line_h[UI_FONT_COUNT]; /* logical height of one line */
    ui_TextLine *lines;
    uint32_t line_cap, line_used, line_tombs, sweep;
    size_t line_bytes; /* texture memory held, roughly */
    ui_TextWrap *wraps;
    uint32_t wrap_cap, wrap_used;
    uint64_t frame;
    uint32_t generation; /* bumps whenever fonts change: cached layouts are stale */
    uint32_t rendered;   /* lines rendered this frame (the benchmark reports it) */
    bool warming;        /* fill the cache, draw nothing (ui_text_warm_begin) */
    ui_TextDrawn *drawn; /* the lines drawn since the last ui_text_frame */
    uint32_t drawn_count, drawn_cap;
} ui_TextCache;

/* Opens the fonts from the folder the build copies them to (or the system's
 * DejaVu folder) at `scale` and `size_pct`. False (logged) when they cannot be
 * opened. Free with ui_text_shutdown. */
bool ui_text_init(ui_TextCache *tc, SDL_Renderer *r, float scale, int size_pct);
void ui_text_shutdown(ui_TextCache *tc);
/* Resizes the fonts when the window's scale or the player's text size changed;
 * drops every cached line and layout then. */
void ui_text_set_scale(ui_TextCache *tc, float scale, int size_pct);
/* Drops every cached line and layout (their textures are gone after a
 * graphics device reset). */
void ui_text_drop(ui_TextCache *tc);
/* Once a frame, before drawing: ages and evicts cached lines. */
void ui_text_frame(ui_TextCache *tc);

/* Reads the renderer's scale and viewport; ui_text_frame does it each frame. */
void ui_text_track_output(ui_TextCache *tc);
/* The output pixel a logical x or y falls on, and the logical rectangle that
 * covers exactly the output pixels (x, y, w, h) with any renderer. Text, fills
 * and discs go through these, so nothing is ever stretched by a fraction. */
int ui_text_px_x(const ui_TextCache *tc, float x);
int ui_text_px_y(const ui_TextCache *tc, float y);
SDL_FRect ui_text_px_rect(const ui_TextCache *tc, int x, int y, int w, int h);

/* Warming: between begin and end, drawing renders and caches lines without
 * drawing them. A screen's loading step uses it so its first frame finds its
 * texts ready. */
void ui_text_warm_begin(ui_TextCache *tc);
uint32_t ui_text_warm_end(ui_TextCache *tc); /* returns the lines rendered */

float ui_text_line_height(const ui_TextCache *tc, ui_FontId font);
/* Logical width of one line of text (not rendered). */
float ui_text_width(ui_TextCache *tc, ui_FontId font, const char *utf8);
/* Lines `utf8` takes wrapped at `width`, and their total height. */
int ui_text_wrap_lines(ui_TextCache *tc, ui_FontId font, const char *utf8, float width);
float ui_text_wrap_height(ui_TextCache *tc, ui_FontId font, const char *utf8, float width);

/* True when a line holding `needle` was drawn in the frame that was drawn
 * last (since the last ui_text_frame): scripts check what is on screen. */
bool ui_text_shown(const ui_TextCache *tc, const char *needle);
/* True when a line holding `needle` drawn in that frame overlaps another line
 * drawn in it (by more than a sliver: the ascent of one line may touch the
 * descent of the next); `why` then names both lines. Lines are compared where
 * they were drawn, clipping aside. */
bool ui_text_overlap(const ui_TextCache *tc, const char *needle, char *why, size_t size);

/* One line at (x, y) (its top; x per align). Returns its logical width. */
float ui_text_draw(ui_TextCache *tc, ui_FontId font, SDL_Color fg, SDL_Color bg, const char *utf8,
                   float x, float y, ui_Align align);
/* One line cut to max_w with an ellipsis when it is longer. Returns its width. */
float ui_text_draw_fit(ui_TextCache *tc, ui_FontId font, SDL_Color fg, SDL_Color bg,
                       const char *utf8, float x, float y, float max_w, ui_Align align);
/* A paragraph wrapped at width, left-aligned. Only lines inside the current
 * clip rectangle are drawn (so long scrolled lists cost what they show).
 * Returns its height. max_lines > 0 cuts it there with an ellipsis. */
float ui_text_draw_wrap(ui_TextCache *tc, ui_FontId font, SDL_Color fg, SDL_Color bg,
                        const char *utf8, float x, float y, float width, int max_lines);

#endif
