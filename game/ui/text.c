/* Fonts, the wrap cache and the line cache. Both caches are open-addressing
 * tables keyed by a hash of (font, colours or width, text), holding their own
 * copy of the text; when one fills up, the entries a frame has not touched
 * longest are dropped and the table is rebuilt. */
#include "text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "paths.h"
#include "svara/hash.h"
#include "ui.h"

#define FONT_REGULAR "DejaVuSans.ttf"
#define FONT_BOLD "DejaVuSans-Bold.ttf"

#define LINE_CAP 4096u /* slots; a table is rebuilt at 70% */
#define WRAP_CAP 2048u
#define LINE_BYTES_MAX (96u << 20) /* texture memory before old lines go */
#define TOMB 1u                    /* the hash of a slot whose line was evicted */
#define SWEEP_SLOTS 64u            /* line slots looked at each frame for stale lines */
#define IDLE_FRAMES 300u           /* a line not drawn for this long (5 s) is let go */
#define MAX_WRAP_LINES 400u

/* Sizes in logical pixels at 1920x1080; scalable ones follow the text size. */
static const struct {
    int pt;
    bool bold;
    bool scalable;
} font_spec[UI_FONT_COUNT] = {
    [UI_FONT_HUGE] = {150, true, false},     [UI_FONT_TITLE] = {52, true, false},
    [UI_FONT_HEAD] = {33, true, true},       [UI_FONT_BODY] = {27, false, true},
    [UI_FONT_BOLD] = {27, true, true},       [UI_FONT_SMALL] = {22, false, true},
    [UI_FONT_SMALL_BOLD] = {22, true, true},
};

struct ui_TextLine {
    uint64_t hash; /* 0: empty slot */
    char *text;
    uint8_t font;
    SDL_Color fg, bg;
    SDL_Texture *texture; /* NULL for text with no visible glyphs */
    int w, h;             /* pixels */
    uint64_t used;
};

struct ui_TextWrap {
    uint64_t hash;
    char *text;  /* the text as given, for comparison */
    char *clean; /* without glyphs the font lacks; lines point into it */
    uint8_t font;
    int width; /* pixels; 0 = a single line fitted with an ellipsis at fit_w */
    uint32_t count;
    uint32_t *start, *len;
    int px; /* single lines: the whole line's width before any cut */
    uint64_t used;
};

/* ---- fonts ---------------------------------------------------------------------- */

static int font_px(int i, float scale, int size_pct)
{
    float pt = (float)font_spec[i].pt * scale;
    if (font_spec[i].scalable) pt = pt * (float)size_pct / 100.0f;
    return pt < 6.0f ? 6 : (int)(pt + 0.5f);
}

static void update_metrics(ui_TextCache *tc)
{
    for (int i = 0; i < UI_FONT_COUNT; i++)
        tc->line_h[i] = tc->fonts[i] ? (float)TTF_FontLineSkip(tc->fonts[i]) / tc->scale : 0.0f;
}

bool ui_text_init(ui_TextCache *tc, SDL_Renderer *r, float scale, int size_pct)
{
    memset(tc, 0, sizeof *tc);
    tc->renderer = r;
    tc->scale = scale > 0.05f ? scale : 1.0f;
    tc->size_pct = size_pct;
    ui_Paths paths;
    if (!ui_paths_find(&paths) && !paths.fonts[0]) return false;
    for (int i = 0; i < UI_FONT_COUNT; i++) {
        char path[UI_PATH_MAX];
        ui_path_join(path, sizeof path, paths.fonts, font_spec[i].bold ? FONT_BOLD : FONT_REGULAR);
        tc->fonts[i] = TTF_OpenFont(path, font_px(i, tc->scale, size_pct));
        if (!tc->fonts[i]) {
            char doing[UI_PATH_MAX + 64];
            snprintf(doing, sizeof doing, "open the font %s, so the game cannot show text", path);
            ui_log_ttf(doing);
            ui_text_shutdown(tc);
            return false;
        }
        TTF_SetFontHinting(tc->fonts[i], TTF_HINTING_LIGHT);
    }
    tc->lines = calloc(LINE_CAP, sizeof *tc->lines);
    tc->wraps = calloc(WRAP_CAP, sizeof *tc->wraps);
    if (!tc->lines || !tc->wraps) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "out of memory for the text cache");
        ui_text_shutdown(tc);
        return false;
    }
    tc->line_cap = LINE_CAP;
    tc->wrap_cap = WRAP_CAP;
    update_metrics(tc);
    ui_text_track_output(tc);
    return true;
}

static void free_line(ui_TextLine *l)
{
    if (l->texture) SDL_DestroyTexture(l->texture);
    free(l->text);
    memset(l, 0, sizeof *l);
}

static void free_wrap(ui_TextWrap *w)
{
    free(w->text);
    free(w->clean);
    free(w->start);
    memset(w, 0, sizeof *w);
}

static void flush(ui_TextCache *tc)
{
    for (uint32_t i = 0; tc->lines && i < tc->line_cap; i++)
        if (tc->lines[i].hash) free_line(&tc->lines[i]);
    tc->line_tombs = 0;
    for (uint32_t i = 0; tc->wraps && i < tc->wrap_cap; i++)
        if (tc->wraps[i].hash) free_wrap(&tc->wraps[i]);
    tc->line_used = tc->wrap_used = 0;
    tc->line_bytes = 0;
    tc->generation++;
}

void ui_text_shutdown(ui_TextCache *tc)
{
    flush(tc);
    free(tc->lines);
    free(tc->wraps);
    free(tc->drawn);
    for (int i = 0; i < UI_FONT_COUNT; i++)
        if (tc->fonts[i]) TTF_CloseFont(tc->fonts[i]);
    memset(tc, 0, sizeof *tc);
}

void ui_text_drop(ui_TextCache *tc)
{
    flush(tc);
    ui_text_track_output(tc);
}

void ui_text_set_scale(ui_TextCache *tc, float scale, int size_pct)
{
    if (scale < 0.05f) scale = 1.0f;
    if (scale == tc->scale && size_pct == tc->size_pct) return;
    tc->scale = scale;
    tc->size_pct = size_pct;
    for (int i = 0; i < UI_FONT_COUNT; i++)
        if (tc->fonts[i] && TTF_SetFontSize(tc->fonts[i], font_px(i, scale, size_pct)) != 0)
            ui_log_ttf("resize the text for the window and the text size setting");
    flush(tc);
    update_metrics(tc);
    ui_text_track_output(tc);
}

void ui_text_warm_begin(ui_TextCache *tc)
{
    ui_text_track_output(tc);
    tc->warming = true;
    tc->rendered = 0;
}

uint32_t ui_text_warm_end(ui_TextCache *tc)
{
    uint32_t n = tc->rendered;
    tc->warming = false;
    tc->rendered = 0;
    return n;
}

float ui_text_line_height(const ui_TextCache *tc, ui_FontId font)
{
    UI_ASSERT((unsigned)font < UI_FONT_COUNT);
    return tc->line_h[font];
}

/* ---- output pixels ------------------------------------------------------------------ */

void ui_text_track_output(ui_TextCache *tc)
{
    float sx = 0.0f, sy = 0.0f;
    SDL_Rect vp = {0, 0, 0, 0};
    SDL_RenderGetScale(tc->renderer, &sx, &sy);
    SDL_RenderGetViewport(tc->renderer, &vp);
    tc->out_sx = sx > 0.0f ? sx : 1.0f;
    tc->out_sy = sy > 0.0f ? sy : 1.0f;
    tc->out_x = (float)vp.x * tc->out_sx;
    tc->out_y = (float)vp.y * tc->out_sy;
}

int ui_text_px_x(const ui_TextCache *tc, float x)
{
    return (int)SDL_floorf(tc->out_x + x * tc->out_sx + 0.5f);
}

int ui_text_px_y(const ui_TextCache *tc, float y)
{
    return (int)SDL_floorf(tc->out_y + y * tc->out_sy + 0.5f);
}

/* The software renderer truncates a rectangle's corner and size to whole
 * pixels, the GPU ones cover the pixels whose centres fall inside it: 0.02 px
 * past the corner and 0.25 px more than the size give exactly these pixels
 * with both, and a texture copied there maps texel to pixel one to one. */
SDL_FRect ui_text_px_rect(const ui_TextCache *tc, int x, int y, int w, int h)
{
    return (SDL_FRect){((float)x + 0.02f - tc->out_x) / tc->out_sx,
                       ((float)y + 0.02f - tc->out_y) / tc->out_sy, ((float)w + 0.25f) / tc->out_sx,
                       ((float)h + 0.25f) / tc->out_sy};
}

/* ---- the tables ------------------------------------------------------------------ */

static uint64_t key_hash(const char *text, uint32_t a, uint32_t b, uint32_t c)
{
    uint64_t h = sv_hash_str(SV_HASH_INIT, text);
    h = sv_hash_u32(sv_hash_u32(sv_hash_u32(h, a), b), c);
    return h > TOMB ? h : TOMB + 1; /* 0 marks an empty slot, TOMB an evicted one */
}

static uint32_t colour_word(SDL_Color c)
{
    return (uint32_t)c.r << 24 | (uint32_t)c.g << 16 | (uint32_t)c.b << 8 | c.a;
}

static int by_use(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? 1 : x > y ? -1 : 0; /* newest first */
}

/* The `used` stamp below which entries go so that at most `keep` remain. */
static uint64_t cutoff(const uint64_t *stamps, uint32_t n, uint32_t keep, uint64_t *scratch)
{
    if (n <= keep) return 0;
    memcpy(scratch, stamps, n * sizeof *stamps);
    qsort(scratch, n, sizeof *scratch, by_use);
    return scratch[keep - 1];
}

/* Rehashes the live lines into a fresh table, dropping the evicted slots; when
 * more than `keep` are live, the least recently used go (never what this frame
 * used). Only a very busy screen gets here: the sweep keeps the table lean. */
static void rebuild_lines(ui_TextCache *tc, uint32_t keep)
{
    uint32_t n = 0;
    uint64_t *stamps = malloc(tc->line_cap * 2 * sizeof *stamps);
    ui_TextLine *old = tc->lines, *fresh = calloc(tc->line_cap, sizeof *fresh);
    if (!stamps || !fresh) {
        free(stamps);
        free(fresh);
        flush(tc);
        return;
    }
    for (uint32_t i = 0; i < tc->line_cap; i++)
        if (old[i].hash > TOMB) stamps[n++] = old[i].used;
    uint64_t cut = cutoff(stamps, n, keep, stamps + tc->line_cap);
    tc->line_used = tc->line_tombs = 0;
    tc->line_bytes = 0;
    for (uint32_t i = 0; i < tc->line_cap; i++) {
        if (old[i].hash <= TOMB) continue;
        if (old[i].used < tc->frame && (old[i].used < cut || tc->line_used >= keep)) {
            free_line(&old[i]);
            continue;
        }
        uint32_t j = (uint32_t)old[i].hash & (tc->line_cap - 1);
        while (fresh[j].hash) j = (j + 1) & (tc->line_cap - 1);
        fresh[j] = old[i];
        tc->line_used++;
        tc->line_bytes += (size_t)old[i].w * (size_t)old[i].h * 4u;
    }
    free(old);
    free(stamps);
    tc->lines = fresh;
}

/* Lets go of lines not drawn for a while, a few slots a frame, so no frame
 * pays for freeing thousands of textures at once. */
static void sweep_lines(ui_TextCache *tc)
{
    for (uint32_t k = 0; k < SWEEP_SLOTS; k++) {
        ui_TextLine *l = &tc->lines[tc->sweep++ & (tc->line_cap - 1)];
        if (l->hash <= TOMB || l->used + IDLE_FRAMES >= tc->frame) continue;
        tc->line_bytes -= (size_t)l->w * (size_t)l->h * 4u;
        free_line(l);
        l->hash = TOMB;
        tc->line_used--;
        tc->line_tombs++;
    }
}

static void shrink_wraps(ui_TextCache *tc)
{
    ui_TextWrap *old = tc->wraps, *fresh = calloc(tc->wrap_cap, sizeof *fresh);
    if (!fresh) {
        for (uint32_t i = 0; i < tc->wrap_cap; i++)
            if (old[i].hash) free_wrap(&old[i]);
        tc->wrap_used = 0;
        return;
    }
    tc->wrap_used = 0;
    for (uint32_t i = 0; i < tc->wrap_cap; i++) {
        if (!old[i].hash) continue;
        /* layouts are cheap to redo: keep only what the last second used */
        if (old[i].used + 60u < tc->frame) {
            free_wrap(&old[i]);
            continue;
        }
        uint32_t j = (uint32_t)old[i].hash & (tc->wrap_cap - 1);
        while (fresh[j].hash) j = (j + 1) & (tc->wrap_cap - 1);
        fresh[j] = old[i];
        tc->wrap_used++;
    }
    free(old);
    tc->wraps = fresh;
    if (tc->wrap_used * 10u > tc->wrap_cap * 7u) { /* a frame used them all: start over */
        for (uint32_t i = 0; i < tc->wrap_cap; i++)
            if (tc->wraps[i].hash) free_wrap(&tc->wraps[i]);
        tc->wrap_used = 0;
    }
}

void ui_text_frame(ui_TextCache *tc)
{
    tc->frame++;
    tc->rendered = 0;
    tc->drawn_count = 0;
    ui_text_track_output(tc);
    sweep_lines(tc);
    if (tc->line_used * 10u > tc->line_cap * 6u || tc->line_bytes > LINE_BYTES_MAX)
        rebuild_lines(tc, tc->line_cap / 3);
    else if ((tc->line_used + tc->line_tombs) * 10u > tc->line_cap * 7u)
        rebuild_lines(tc, tc->line_cap); /* only the evicted slots go */
    if (tc->wrap_used * 10u > tc->wrap_cap * 7u) shrink_wraps(tc);
}

/* ---- cleaning and measuring ------------------------------------------------------ */

static char *dup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

static uint32_t utf8_next(const char *s, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s + *i;
    uint32_t c = u[0];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    for (size_t k = 1; k < n; k++)
        if ((u[k] & 0xC0) != 0x80) n = 1;
    if (n == 2) c = (c & 0x1Fu) << 6 | (u[1] & 0x3Fu);
    if (n == 3) c = (c & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu);
    if (n == 4) c = (c & 0x07u) << 18 | (u[1] & 0x3Fu) << 12 | (u[2] & 0x3Fu) << 6 | (u[3] & 0x3Fu);
    *i += n;
    return c;
}

/* A heap copy without the code points the font has no glyph for (SDL_ttf 2.20
 * has no fallback font, so emoji would show as boxes), nor the joiners and
 * variation selectors that belong to them. */
static char *clean_copy(TTF_Font *font, const char *s)
{
    size_t n = strlen(s), o = 0;
    char *out = malloc(n + 4); /* room for an ellipsis after the shortest cut */
    if (!out) return NULL;
    bool dropped = false;
    for (size_t i = 0; i < n;) {
        size_t at = i;
        uint32_t c = utf8_next(s, &i);
        bool keep = c == '\n' || (c >= 0x20 && c != 0x200D && (c < 0xFE00 || c > 0xFE0F) &&
                                  TTF_GlyphIsProvided32(font, c));
        if (!keep) dropped = true;
        if (keep && c == ' ' && dropped && o > 0 && out[o - 1] == ' ') keep = false; /* "a 🙌 b" */
        if (keep && c != ' ') dropped = false;
        if (keep) {
            memcpy(out + o, s + at, i - at);
            o += i - at;
        }
    }
    /* a dropped emoji can leave a double or trailing space behind */
    while (o > 0 && out[o - 1] == ' ') o--;
    out[o] = '\0';
    return out;
}

static int measure_px(TTF_Font *font, const char *s)
{
    int w = 0, h = 0;
    if (!s[0]) return 0;
    if (TTF_SizeUTF8(font, s, &w, &h) != 0) {
        ui_log_ttf("measure a line of text");
        return 0;
    }
    return w;
}

/* Bytes of the longest prefix of s[0..n) that fits in width_px, by code points. */
static size_t fit_prefix(TTF_Font *font, const char *s, size_t n, int width_px)
{
    char buf[UI_PATH_MAX * 4];
    if (n >= sizeof buf) n = sizeof buf - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    int extent = 0, count = 0;
    if (TTF_MeasureUTF8(font, buf, width_px, &extent, &count) != 0) {
        ui_log_ttf("measure where to wrap a line of text");
        return n;
    }
    size_t i = 0;
    for (int k = 0; k < count && i < n; k++) utf8_next(buf, &i);
    return i;
}

/* Greedy wrapping at spaces and newlines; a word longer than the line is cut. */
static bool wrap_layout(ui_TextWrap *w, TTF_Font *font)
{
    size_t n = strlen(w->clean), pos = 0;
    uint32_t cap = 8;
    w->start = malloc(cap * 2 * sizeof *w->start);
    if (!w->start) return false;
    w->len = w->start + cap;
    while (pos < n && w->count < MAX_WRAP_LINES) {
        size_t end = pos;
        while (end < n && w->clean[end] != '\n') end++;
        size_t take = fit_prefix(font, w->clean + pos, end - pos, w->width);
        if (pos + take < end) {
            size_t brk = take;
            while (brk > 0 && w->clean[pos + brk] != ' ') brk--;
            if (brk > 0) take = brk;
        }
        if (take == 0 && pos < end) { /* not even one character fits: take it anyway */
            size_t i = pos;
            utf8_next(w->clean, &i);
            take = i - pos;
        }
        if (w->count == cap) {
            uint32_t *grown = malloc(cap * 4 * sizeof *grown);
            if (!grown) return false;
            memcpy(grown, w->start, cap * sizeof *grown);
            memcpy(grown + cap * 2, w->len, cap * sizeof *grown);
            free(w->start);
            w->start = grown;
            w->len = grown + cap * 2;
            cap *= 2;
        }
        w->start[w->count] = (uint32_t)pos;
        w->len[w->count++] = (uint32_t)take;
        pos += take;
        while (pos < n && w->clean[pos] == ' ') pos++;
        if (pos < n && w->clean[pos] == '\n' && pos == end) pos++;
    }
    return true;
}

/* The cached layout of utf8 in font at width_px (width_px 0 with fit_px: one
 * line cut to fit_px with an ellipsis). NULL when out of memory. */
static const ui_TextWrap *wrap_get(ui_TextCache *tc, ui_FontId font, const char *utf8, int width_px,
                                   int fit_px)
{
    UI_ASSERT((unsigned)font < UI_FONT_COUNT && tc->fonts[font]);
    uint64_t h = key_hash(utf8, font, (uint32_t)width_px, (uint32_t)fit_px);
    uint32_t j = (uint32_t)h & (tc->wrap_cap - 1);
    for (; tc->wraps[j].hash; j = (j + 1) & (tc->wrap_cap - 1)) {
        ui_TextWrap *w = &tc->wraps[j];
        if (w->hash == h && w->font == font && w->width == (width_px ? width_px : -fit_px) &&
            strcmp(w->text, utf8) == 0) {
            w->used = tc->frame;
            return w;
        }
    }
    if (tc->wrap_used * 10u > tc->wrap_cap * 8u) return NULL; /* full until the next frame */
    ui_TextWrap *w = &tc->wraps[j];
    w->text = dup(utf8);
    w->clean = clean_copy(tc->fonts[font], utf8);
    w->font = (uint8_t)font;
    w->width = width_px ? width_px : -fit_px;
    bool ok = w->text && w->clean;
    if (ok && width_px > 0) ok = wrap_layout(w, tc->fonts[font]);
    if (ok && width_px <= 0) {
        w->start = malloc(2 * sizeof *w->start);
        ok = w->start != NULL;
        if (ok) {
            w->len = w->start + 1;
            w->count = 1;
            w->start[0] = 0;
            w->len[0] = (uint32_t)strlen(w->clean);
            w->px = measure_px(tc->fonts[font], w->clean);
            if (w->px > fit_px) {
                int ell = measure_px(tc->fonts[font], "…");
                size_t keep = fit_prefix(tc->fonts[font], w->clean, w->len[0], fit_px - ell);
                while (keep > 0 && w->clean[keep - 1] == ' ') keep--;
                memcpy(w->clean + keep, "…", 4); /* "…" is 3 bytes: fits where 1+ were cut */
                w->len[0] = (uint32_t)keep + 3;
            }
        }
    }
    if (!ok) {
        free_wrap(w);
        return NULL;
    }
    w->hash = h;
    w->used = tc->frame;
    tc->wrap_used++;
    return w;
}

float ui_text_width(ui_TextCache *tc, ui_FontId font, const char *utf8)
{
    if (!utf8 || !utf8[0]) return 0.0f;
    const ui_TextWrap *w = wrap_get(tc, font, utf8, 0, 1 << 30); /* cached with the line */
    return w ? (float)w->px / tc->scale : 0.0f;
}

int ui_text_wrap_lines(ui_TextCache *tc, ui_FontId font, const char *utf8, float width)
{
    int px = (int)(width * tc->scale);
    const ui_TextWrap *w = wrap_get(tc, font, utf8 ? utf8 : "", px > 1 ? px : 1, 0);
    return w ? (int)w->count : 1;
}

float ui_text_wrap_height(ui_TextCache *tc, ui_FontId font, const char *utf8, float width)
{
    int n = ui_text_wrap_lines(tc, font, utf8, width);
    return (float)(n > 0 ? n : 1) * tc->line_h[font];
}

/* ---- rendering and drawing --------------------------------------------------------- */

static SDL_Texture *render_line(ui_TextCache *tc, ui_FontId font, SDL_Color fg, SDL_Color bg,
                                const char *clean, int *w, int *h)
{
    SDL_Surface *s = bg.a ? TTF_RenderUTF8_Shaded(tc->fonts[font], clean, fg, bg)
                          : TTF_RenderUTF8_Blended(tc->fonts[font], clean, fg);
    if (!s) {
        ui_log_ttf("render a line of text");
        return NULL;
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(tc->renderer, s);
    if (!t)
        ui_log_sdl("create the texture for a line of text");
    else if (SDL_SetTextureBlendMode(t, bg.a ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND) != 0)
        ui_log_sdl("set how a line of text blends");
    *w = s->w;
    *h = s->h;
    SDL_FreeSurface(s);
    tc->rendered++;
    return t;
}

/* The cached texture of one clean line (no newlines). */
static const ui_TextLine *line_get(ui_TextCache *tc, ui_FontId font, SDL_Color fg, SDL_Color bg,
                                   const char *clean)
{
    uint64_t h = key_hash(clean, font, colour_word(fg), colour_word(bg));
    uint32_t j = (uint32_t)h & (tc->line_cap - 1);
    ui_TextLine *reuse = NULL; /* the first evicted slot on the way: a new line goes there */
    for (; tc->lines[j].hash; j = (j + 1) & (tc->line_cap - 1)) {
        ui_TextLine *l = &tc->lines[j];
        if (l->hash == TOMB) {
            if (!reuse) reuse = l;
            continue;
        }
        if (l->hash == h && l->font == font && colour_word(l->fg) == colour_word(fg) &&
            colour_word(l->bg) == colour_word(bg) && strcmp(l->text, clean) == 0) {
            l->used = tc->frame;
            return l;
        }
    }
    if ((tc->line_used + tc->line_tombs) * 10u > tc->line_cap * 9u)
        return NULL; /* full: next frame */
    ui_TextLine *l = reuse ? reuse : &tc->lines[j];
    if (reuse) {
        reuse->hash = 0;
        tc->line_tombs--;
    }
    l->text = dup(clean);
    if (!l->text) {
        if (reuse) { /* an empty slot here would cut the probe chains through it */
            reuse->hash = TOMB;
            tc->line_tombs++;
        }
        return NULL;
    }
    l->hash = h;
    l->font = (uint8_t)font;
    l->fg = fg;
    l->bg = bg;
    l->used = tc->frame;
    if (clean[0]) l->texture = render_line(tc, font, fg, bg, clean, &l->w, &l->h);
    tc->line_used++;
    tc->line_bytes += (size_t)l->w * (size_t)l->h * 4u;
    return l;
}

bool ui_text_shown(const ui_TextCache *tc, const char *needle)
{
    for (uint32_t i = 0; i < tc->line_cap; i++) {
        const ui_TextLine *l = &tc->lines[i];
        if (l->hash > TOMB && l->used == tc->frame && l->text && strstr(l->text, needle))
            return true;
    }
    return false;
}

static const char *drawn_text(const ui_TextCache *tc, uint64_t hash)
{
    for (uint32_t i = 0; i < tc->line_cap; i++) {
        const ui_TextLine *l = &tc->lines[i];
        if (l->hash == hash && l->used == tc->frame && l->text) return l->text;
    }
    return NULL;
}

bool ui_text_overlap(const ui_TextCache *tc, const char *needle, char *why, size_t size)
{
    for (uint32_t i = 0; i < tc->drawn_count; i++) {
        const char *a = drawn_text(tc, tc->drawn[i].hash);
        if (!a || !strstr(a, needle)) continue;
        const SDL_FRect *p = &tc->drawn[i].at;
        for (uint32_t j = 0; j < tc->drawn_count; j++) {
            const SDL_FRect *q = &tc->drawn[j].at;
            if (j == i || (q->x == p->x && q->y == p->y && tc->drawn[j].hash == tc->drawn[i].hash))
                continue;
            float w = fminf(p->x + p->w, q->x + q->w) - fmaxf(p->x, q->x);
            float h = fminf(p->y + p->h, q->y + q->h) - fmaxf(p->y, q->y);
            if (w <= 1.0f || h <= 0.4f * fminf(p->h, q->h)) continue;
            const char *b = drawn_text(tc, tc->drawn[j].hash);
            snprintf(why, size, "\"%s\" at %.0f,%.0f overlaps \"%s\" at %.0f,%.0f", a, p->x, p->y,
                     b ? b : "?", q->x, q->y);
            return true;
        }
    }
    return false;
}

/* Remembers where a line went this frame (for ui_text_overlap). */
static void note_drawn(ui_TextCache *tc, const ui_TextLine *l, SDL_FRect at)
{
    if (tc->drawn_count == tc->drawn_cap) {
        uint32_t cap = tc->drawn_cap ? tc->drawn_cap * 2u : 256u;
        ui_TextDrawn *more = realloc(tc->drawn, cap * sizeof *more);
        if (!more) return;
        tc->drawn = more;
        tc->drawn_cap = cap;
    }
    tc->drawn[tc->drawn_count++] = (ui_TextDrawn){l->hash, at};
}

/* Copies a line texture 1:1 onto output pixels. The position is snapped to
 * whole output pixels (counted from the window's corner, letterbox included)
 * and the size is the texture's own: a copy scaled by even half a pixel makes
 * the GPU renderers stretch it, which doubles a column here and there and
 * leaves the letters unevenly spaced ("Sampl e"). */
static void blit(ui_TextCache *tc, const ui_TextLine *l, float x, float y)
{
    if (!l || !l->texture || tc->warming) return;
    SDL_FRect dst = ui_text_px_rect(tc, ui_text_px_x(tc, x), ui_text_px_y(tc, y), l->w, l->h);
    note_drawn(tc, l, dst);
    if (SDL_RenderCopyF(tc->renderer, l->texture, NULL, &dst) != 0)
        ui_log_sdl("draw a line of text");
}

static float aligned_x(float x, float w, ui_Align align)
{
    return align == UI_ALIGN_CENTRE ? x - w / 2.0f : align == UI_ALIGN_RIGHT ? x - w : x;
}

/* Draws line i of a layout; the line's bytes are copied out to end it with a NUL. */
static float draw_wrap_line(ui_TextCache *tc, const ui_TextWrap *w, uint32_t i, ui_FontId font,
                            SDL_Color fg, SDL_Color bg, float x, float y, ui_Align align)
{
    char stack[512];
    uint32_t n = w->len[i];
    char *buf = n < sizeof stack ? stack : malloc(n + 1);
    if (!buf) return 0.0f;
    memcpy(buf, w->clean + w->start[i], n);
    buf[n] = '\0';
    const ui_TextLine *l = line_get(tc, font, fg, bg, buf);
    if (buf != stack) free(buf);
    float lw = l ? (float)l->w / tc->scale : 0.0f;
    blit(tc, l, aligned_x(x, lw, align), y);
    return lw;
}

float ui_text_draw(ui_TextCache *tc, ui_FontId font, SDL_Color fg, SDL_Color bg, const char *utf8,
                   float x, float y, ui_Align align)
{
    if (!utf8 || !utf8[0]) return 0.0f;
    /* the layout cache holds the cleaned text, so a frame does not clean it again */
    const ui_TextWrap *w = wrap_get(tc, font, utf8, 0, 1 << 30);
    return w ? draw_wrap_line(tc, w, 0, font, fg, bg, x, y, align) : 0.0f;
}

float ui_text_draw_fit(ui_TextCache *tc, ui_FontId font, SDL_Color fg, SDL_Color bg,
                       const char *utf8, float x, float y, float max_w, ui_Align align)
{
    if (!utf8 || !utf8[0]) return 0.0f;
    int px = (int)(max_w * tc->scale);
    const ui_TextWrap *w = wrap_get(tc, font, utf8, 0, px > 1 ? px : 1);
    return w ? draw_wrap_line(tc, w, 0, font, fg, bg, x, y, align) : 0.0f;
}

float ui_text_draw_wrap(ui_TextCache *tc, ui_FontId font, SDL_Color fg, SDL_Color bg,
                        const char *utf8, float x, float y, float width, int max_lines)
{
    if (!utf8 || !utf8[0]) return tc->line_h[font];
    int px = (int)(width * tc->scale);
    const ui_TextWrap *w = wrap_get(tc, font, utf8, px > 1 ? px : 1, 0);
    if (!w) return tc->line_h[font];
    float lh = tc->line_h[font];
    uint32_t n = w->count;
    if (max_lines > 0 && n > (uint32_t)max_lines) n = (uint32_t)max_lines;
    SDL_Rect clip;
    SDL_RenderGetClipRect(tc->renderer, &clip);
    bool clipped = !SDL_RectEmpty(&clip);
    for (uint32_t i = 0; i < n; i++) {
        float ly = y + (float)i * lh;
        /* a line (all but) outside the clip is not drawn: its descenders would show at the edge */
        if (clipped && (ly + lh <= (float)clip.y + 1.0f || ly >= (float)(clip.y + clip.h) - 1.0f))
            continue;
        if (ly + lh < 0.0f || ly > 1080.0f) continue;
        if (i + 1 == n && n < w->count) {
            /* the cut: the last line shown ends with an ellipsis */
            char buf[1024];
            uint32_t len = w->len[i] < sizeof buf - 8 ? w->len[i] : (uint32_t)sizeof buf - 8;
            memcpy(buf, w->clean + w->start[i], len);
            memcpy(buf + len, "…", 4);
            ui_text_draw_fit(tc, font, fg, bg, buf, x, ly, width, UI_ALIGN_LEFT);
            continue;
        }
        draw_wrap_line(tc, w, i, font, fg, bg, x, ly, UI_ALIGN_LEFT);
    }
    return (float)(n ? n : 1) * lh;
}
