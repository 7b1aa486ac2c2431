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
    SV_FONT_HUGE = 0, /* the game's name on the title screen */
    SV_FONT_TITLE,    /* screen titles */
    SV_FONT_HEAD,     /* section heads */
    SV_FONT_BODY,
    SV_FONT_BOLD, /* body size, bold */
    SV_FONT_SMALL,
    SV_FONT_SMALL_BOLD,
    SV_FONT_COUNT
} sv_FontId;

typedef enum { SV_ALIGN_LEFT = 0, SV_ALIGN_CENTRE, SV_ALIGN_RIGHT } sv_Align;

typedef struct sv_TextLine sv_TextLine; /* text.c */
typedef struct sv_TextWrap sv_TextWrap; /* text.c */

typedef struct sv_TextCache {
    SDL_Renderer *renderer;
    TTF_Font *fonts[SV_FONT_COUNT];
    float scale; /* output pixels per logical unit: the fonts' size */
    /* the renderer's own scale, and where logical (0, 0) is in output pixels */
    float out_sx, out_sy, out_x, out_y;
    int size_pct; /* the player's text size: 100 normal, 125 large, 150 extra large */
    float line_h[SV_FONT_COUNT]; /* logical height of one line */
    sv_TextLine *lines;
    uint32_t line_cap, line_used, line_tombs, sweep;
    size_t line_bytes; /* texture memory held, roughly */
    sv_TextWrap *wraps;
    uint32_t wrap_cap, wrap_used;
    uint64_t frame;
    uint32_t generation; /* bumps whenever fonts change: cached layouts are stale */
    uint32_t rendered;   /* lines rendered this frame (the benchmark reports it) */
    bool warming;        /* fill the cache, draw nothing (sv_text_warm_begin) */
} sv_TextCache;

/* Opens the fonts from the folder the build copies them to (or the system's
 * DejaVu folder) at `scale` and `size_pct`. False (logged) when they cannot be
 * opened. Free with sv_text_shutdown. */
bool sv_text_init(sv_TextCache *tc, SDL_Renderer *r, float scale, int size_pct);
void sv_text_shutdown(sv_TextCache *tc);
/* Resizes the fonts when the window's scale or the player's text size changed;
 * drops every cached line and layout then. */
void sv_text_set_scale(sv_TextCache *tc, float scale, int size_pct);
/* Once a frame, before drawing: ages and evicts cached lines. */
void sv_text_frame(sv_TextCache *tc);

/* Reads the renderer's scale and viewport; sv_text_frame does it each frame. */
void sv_text_track_output(sv_TextCache *tc);
/* The output pixel a logical x or y falls on, and the logical rectangle that
 * covers exactly the output pixels (x, y, w, h) with any renderer. Text, fills
 * and discs go through these, so nothing is ever stretched by a fraction. */
int sv_text_px_x(const sv_TextCache *tc, float x);
int sv_text_px_y(const sv_TextCache *tc, float y);
SDL_FRect sv_text_px_rect(const sv_TextCache *tc, int x, int y, int w, int h);

/* Warming: between begin and end, drawing renders and caches lines without
 * drawing them. A screen's loading step uses it so its first frame finds its
 * texts ready. */
void sv_text_warm_begin(sv_TextCache *tc);
uint32_t sv_text_warm_end(sv_TextCache *tc); /* returns the lines rendered */

float sv_text_line_height(const sv_TextCache *tc, sv_FontId font);
/* Logical width of one line of text (not rendered). */
float sv_text_width(sv_TextCache *tc, sv_FontId font, const char *utf8);
/* Lines `utf8` takes wrapped at `width`, and their total height. */
int sv_text_wrap_lines(sv_TextCache *tc, sv_FontId font, const char *utf8, float width);
float sv_text_wrap_height(sv_TextCache *tc, sv_FontId font, const char *utf8, float width);

/* One line at (x, y) (its top; x per align). Returns its logical width. */
float sv_text_draw(sv_TextCache *tc, sv_FontId font, SDL_Color fg, SDL_Color bg, const char *utf8,
                   float x, float y, sv_Align align);
/* One line cut to max_w with an ellipsis when it is longer. Returns its width. */
float sv_text_draw_fit(sv_TextCache *tc, sv_FontId font, SDL_Color fg, SDL_Color bg,
                       const char *utf8, float x, float y, float max_w, sv_Align align);
/* A paragraph wrapped at width, left-aligned. Only lines inside the current
 * clip rectangle are drawn (so long scrolled lists cost what they show).
 * Returns its height. max_lines > 0 cuts it there with an ellipsis. */
float sv_text_draw_wrap(sv_TextCache *tc, sv_FontId font, SDL_Color fg, SDL_Color bg,
                        const char *utf8, float x, float y, float width, int max_lines);

#endif
