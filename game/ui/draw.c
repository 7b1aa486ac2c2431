/* Shapes. Rounded corners and circles are quarter or whole discs from small
 * textures made once per pixel radius and colour: copied 1:1, never stretched
 * and never re-tinted (on the software renderer a new tint rebuilds the blit
 * for every copy), which keeps the corners cheap and their edges anti-aliased.
 * Rectangles snap to output pixels before they go to SDL. */
#include "draw.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define MAX_DISC UI_MAX_DISC

static void drop_discs(ui_Context *ui)
{
    for (int i = 0; i < UI_DISCS; i++)
        if (ui->discs[i].texture) SDL_DestroyTexture(ui->discs[i].texture);
    memset(ui->discs, 0, sizeof ui->discs);
    ui->disc_count = 0;
}

bool ui_draw_init(ui_Context *ui)
{
    memset(ui->discs, 0, sizeof ui->discs);
    ui->disc_count = 0;
    return true;
}

void ui_draw_shutdown(ui_Context *ui) { drop_discs(ui); }

static SDL_Texture *make_disc(ui_Context *ui, int r, SDL_Color c)
{
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, 2 * r, 2 * r, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) {
        ui_log_sdl("create the image of a rounded corner or circle");
        return NULL;
    }
    Uint32 rgb = (Uint32)c.r << 16 | (Uint32)c.g << 8 | c.b;
    for (int y = 0; y < 2 * r; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + y * s->pitch);
        for (int x = 0; x < 2 * r; x++) {
            float dx = (float)x + 0.5f - (float)r, dy = (float)y + 0.5f - (float)r;
            float cover = (float)r - sqrtf(dx * dx + dy * dy) + 0.5f;
            cover = cover < 0.0f ? 0.0f : cover > 1.0f ? 1.0f : cover;
            row[x] = (Uint32)(cover * (float)c.a + 0.5f) << 24 | rgb;
        }
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(ui->renderer, s);
    SDL_FreeSurface(s);
    if (!t)
        ui_log_sdl("create the texture of a rounded corner or circle");
    else if (SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND) != 0)
        ui_log_sdl("set how a rounded corner or circle blends");
    return t;
}

/* The disc of pixel radius r in colour c, made on first use. */
static SDL_Texture *disc_texture(ui_Context *ui, int r, SDL_Color c)
{
    if (r < 1) r = 1;
    if (r > MAX_DISC) r = MAX_DISC;
    uint64_t key =
        (uint64_t)r << 32 | (uint64_t)c.r << 24 | (uint64_t)c.g << 16 | (uint64_t)c.b << 8 | c.a;
    uint32_t i = (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 40) & (UI_DISCS - 1);
    for (; ui->discs[i].key; i = (i + 1) & (UI_DISCS - 1))
        if (ui->discs[i].key == key) return ui->discs[i].texture;
    if (ui->disc_count * 4u > UI_DISCS * 3u) { /* many colours came and went: start over */
        drop_discs(ui);
        return disc_texture(ui, r, c);
    }
    ui->discs[i].key = key;
    ui->discs[i].texture = make_disc(ui, r, c);
    ui->disc_count++;
    return ui->discs[i].texture;
}

/* ---- pixel snapping ----------------------------------------------------------------- */

typedef struct Px {
    int x, y, w, h;
} Px;

static float scale_of(const ui_Context *ui)
{
    return ui->text.scale > 0.0f ? ui->text.scale : 1.0f;
}

/* Output pixels, counted from the window's corner (letterbox included). */
static Px snap(const ui_Context *ui, SDL_FRect r)
{
    int x0 = ui_text_px_x(&ui->text, r.x), y0 = ui_text_px_y(&ui->text, r.y);
    int x1 = ui_text_px_x(&ui->text, r.x + r.w), y1 = ui_text_px_y(&ui->text, r.y + r.h);
    return (Px){x0, y0, x1 - x0, y1 - y0};
}

/* Back to logical units that cover exactly these pixels with any renderer. */
static SDL_FRect unsnap(const ui_Context *ui, Px p)
{
    return ui_text_px_rect(&ui->text, p.x, p.y, p.w, p.h);
}

static void fill_px(ui_Context *ui, Px p, SDL_Color c)
{
    if (p.w <= 0 || p.h <= 0) return;
    SDL_FRect r = unsnap(ui, p);
    if (SDL_SetRenderDrawBlendMode(ui->renderer,
                                   c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND) != 0 ||
        SDL_SetRenderDrawColor(ui->renderer, c.r, c.g, c.b, c.a) != 0 ||
        SDL_RenderFillRectF(ui->renderer, &r) != 0)
        ui_log_sdl("fill a rectangle");
}

/* Copies the part src of a disc texture onto pixels p. */
static void disc_px(ui_Context *ui, SDL_Texture *t, const SDL_Rect *src, Px p)
{
    if (!t || p.w <= 0 || p.h <= 0) return;
    SDL_FRect dst = unsnap(ui, p);
    if (SDL_RenderCopyF(ui->renderer, t, src, &dst) != 0)
        ui_log_sdl("draw a rounded corner or circle");
}

void ui_fill(ui_Context *ui, SDL_FRect r, SDL_Color c) { fill_px(ui, snap(ui, r), c); }

void ui_clear(ui_Context *ui, SDL_Color c)
{
    if (SDL_SetRenderDrawColor(ui->renderer, c.r, c.g, c.b, c.a) != 0 ||
        SDL_RenderClear(ui->renderer) != 0)
        ui_log_sdl("clear the window");
}

/* The four quarter discs of a rounded box of radius rad, in colour c. */
static void corners_px(ui_Context *ui, Px p, int rad, SDL_Color c)
{
    SDL_Texture *t = disc_texture(ui, rad, c);
    SDL_Rect q[4] = {
        {0, 0, rad, rad}, {rad, 0, rad, rad}, {0, rad, rad, rad}, {rad, rad, rad, rad}};
    disc_px(ui, t, &q[0], (Px){p.x, p.y, rad, rad});
    disc_px(ui, t, &q[1], (Px){p.x + p.w - rad, p.y, rad, rad});
    disc_px(ui, t, &q[2], (Px){p.x, p.y + p.h - rad, rad, rad});
    disc_px(ui, t, &q[3], (Px){p.x + p.w - rad, p.y + p.h - rad, rad, rad});
}

static void round_px(ui_Context *ui, Px p, int rad, SDL_Color c)
{
    if (rad * 2 > p.w) rad = p.w / 2;
    if (rad * 2 > p.h) rad = p.h / 2;
    if (rad < 1) {
        fill_px(ui, p, c);
        return;
    }
    fill_px(ui, (Px){p.x + rad, p.y, p.w - 2 * rad, p.h}, c);
    fill_px(ui, (Px){p.x, p.y + rad, rad, p.h - 2 * rad}, c);
    fill_px(ui, (Px){p.x + p.w - rad, p.y + rad, rad, p.h - 2 * rad}, c);
    corners_px(ui, p, rad, c);
}

void ui_fill_round(ui_Context *ui, SDL_FRect r, float radius, SDL_Color c)
{
    round_px(ui, snap(ui, r), (int)lroundf(radius * scale_of(ui)), c);
}

/* The border is drawn as strips and corners, not as a full rectangle under
 * the fill: on the software renderer every filled pixel costs, and panels are
 * the largest things on screen. */
void ui_panel(ui_Context *ui, SDL_FRect r, float radius, SDL_Color fill, SDL_Color border)
{
    Px p = snap(ui, r);
    int rad = (int)lroundf(radius * scale_of(ui));
    int b = scale_of(ui) >= 1.5f ? 2 : 1;
    if (rad * 2 > p.w) rad = p.w / 2;
    if (rad * 2 > p.h) rad = p.h / 2;
    if (rad <= b) {
        fill_px(ui, p, border);
        fill_px(ui, (Px){p.x + b, p.y + b, p.w - 2 * b, p.h - 2 * b}, fill);
        return;
    }
    fill_px(ui, (Px){p.x + rad, p.y, p.w - 2 * rad, b}, border);
    fill_px(ui, (Px){p.x + rad, p.y + p.h - b, p.w - 2 * rad, b}, border);
    fill_px(ui, (Px){p.x, p.y + rad, b, p.h - 2 * rad}, border);
    fill_px(ui, (Px){p.x + p.w - b, p.y + rad, b, p.h - 2 * rad}, border);
    corners_px(ui, p, rad, border);
    round_px(ui, (Px){p.x + b, p.y + b, p.w - 2 * b, p.h - 2 * b}, rad - b, fill);
}

void ui_focus_ring(ui_Context *ui, SDL_FRect r, float radius)
{
    SDL_FRect o = {r.x - 4.0f, r.y - 4.0f, r.w + 8.0f, r.h + 8.0f};
    ui_fill_round(ui, o, radius + 4.0f, ui->theme.accent);
}

void ui_disc(ui_Context *ui, float cx, float cy, float radius, SDL_Color c)
{
    Px p = snap(ui, ui_rect(cx - radius, cy - radius, 2.0f * radius, 2.0f * radius));
    disc_px(ui, disc_texture(ui, p.w / 2, c), NULL, p);
}

/* The first letter of the first and last words, upper-cased when ASCII. */
static void initials(const char *name, char out[16])
{
    size_t o = 0;
    const char *words[2] = {name, NULL};
    for (const char *p = name; p && *p; p++)
        if (*p == ' ' && p[1] && p[1] != ' ') words[1] = p + 1;
    for (int w = 0; w < 2 && words[w] && *words[w]; w++) {
        const unsigned char *s = (const unsigned char *)words[w];
        if (*s == '@') s++;
        size_t n = *s < 0x80 ? 1 : (*s >> 5) == 6 ? 2 : (*s >> 4) == 14 ? 3 : 4;
        for (size_t i = 0; i < n && s[i] && o < 15; i++) {
            unsigned char ch = s[i];
            out[o++] = (char)(n == 1 && ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
        }
    }
    out[o] = '\0';
}

void ui_avatar(ui_Context *ui, float cx, float cy, float radius, const char *name, SDL_Color bg)
{
    char text[16];
    initials(name ? name : "?", text);
    ui_disc(ui, cx, cy, radius, bg);
    /* the largest font whose initials fit the circle, whatever the text size */
    static const ui_FontId fonts[3] = {UI_FONT_HEAD, UI_FONT_BOLD, UI_FONT_SMALL_BOLD};
    ui_FontId f = UI_FONT_SMALL_BOLD;
    if (ui_text_width(&ui->text, f, text) >
        radius * 1.5f) /* no font small enough: the first initial */
        text[(unsigned char)text[0] < 0x80   ? 1
             : (unsigned char)text[0] < 0xE0 ? 2
             : (unsigned char)text[0] < 0xF0 ? 3
                                             : 4] = '\0';
    for (int i = 0; i < 3; i++) {
        if (ui_text_width(&ui->text, fonts[i], text) <= radius * 1.3f &&
            ui_text_line_height(&ui->text, fonts[i]) <= radius * 1.5f) {
            f = fonts[i];
            break;
        }
    }
    float lh = ui_text_line_height(&ui->text, f);
    ui_text_draw(&ui->text, f, ui_theme_ink_on(bg), bg, text, cx, cy - lh / 2.0f, UI_ALIGN_CENTRE);
}

void ui_bar(ui_Context *ui, SDL_FRect r, float frac, SDL_Color fg, SDL_Color track)
{
    frac = frac < 0.0f ? 0.0f : frac > 1.0f ? 1.0f : frac;
    float rad = r.h / 2.0f;
    ui_fill_round(ui, r, rad, track);
    if (frac > 0.0f) {
        float w = r.w * frac;
        ui_fill_round(ui, ui_rect(r.x, r.y, w < r.h ? r.h : w, r.h), rad, fg);
    }
}

void ui_line(ui_Context *ui, float x0, float y0, float x1, float y1, float width, SDL_Color c)
{
    float dx = x1 - x0, dy = y1 - y0, len = sqrtf(dx * dx + dy * dy);
    if (len < 0.001f) return;
    float nx = -dy / len * width / 2.0f, ny = dx / len * width / 2.0f;
    SDL_Vertex v[4];
    const float px[4] = {x0 + nx, x0 - nx, x1 + nx, x1 - nx};
    const float py[4] = {y0 + ny, y0 - ny, y1 + ny, y1 - ny};
    for (int i = 0; i < 4; i++) {
        v[i].position.x = px[i];
        v[i].position.y = py[i];
        v[i].color = c;
        v[i].tex_coord.x = v[i].tex_coord.y = 0.0f;
    }
    static const int idx[6] = {0, 1, 2, 1, 3, 2};
    if (SDL_RenderGeometry(ui->renderer, NULL, v, 4, idx, 6) != 0) ui_log_sdl("draw a line");
}

void ui_button(ui_Context *ui, SDL_FRect r, const char *label, ui_ButtonKind kind, bool focused,
               bool enabled)
{
    const ui_Theme *t = &ui->theme;
    bool hover = enabled && ui_hover(ui, r);
    float rad = r.h > 40.0f ? 12.0f : 8.0f;
    SDL_Color fill, ink = t->text;
    if (focused) ui_focus_ring(ui, r, rad);
    if (!enabled) {
        fill = t->sunken;
        ink = t->muted;
        ui_panel(ui, r, rad, fill, t->border);
    } else if (kind == UI_BUTTON_PRIMARY) {
        fill = hover ? ui_theme_mix(t->accent, t->text, 0.25f) : t->accent;
        ink = t->on_accent;
        ui_fill_round(ui, r, rad, fill);
    } else if (kind == UI_BUTTON_QUIET) {
        fill = hover ? t->hover : t->sunken;
        ui_fill_round(ui, r, rad, fill);
    } else {
        fill = hover ? t->hover : t->surface;
        ui_panel(ui, r, rad, fill, focused ? fill : t->border);
    }
    ui_FontId f = r.h >= 56.0f ? UI_FONT_BOLD : UI_FONT_SMALL_BOLD;
    float lh = ui_text_line_height(&ui->text, f);
    ui_text_draw_fit(&ui->text, f, ink, fill, label, r.x + r.w / 2.0f, r.y + (r.h - lh) / 2.0f,
                     r.w - 16.0f, UI_ALIGN_CENTRE);
}

void ui_clip(ui_Context *ui, const SDL_FRect *r)
{
    if (!r) {
        if (SDL_RenderSetClipRect(ui->renderer, NULL) != 0) ui_log_sdl("stop clipping drawing");
        return;
    }
    SDL_Rect c = {(int)floorf(r->x), (int)floorf(r->y), (int)ceilf(r->w), (int)ceilf(r->h)};
    if (SDL_RenderSetClipRect(ui->renderer, &c) != 0) ui_log_sdl("clip drawing to a list");
}

void ui_hint_bar(ui_Context *ui, const char *text)
{
    const ui_Theme *t = &ui->theme;
    float h = ui_text_line_height(&ui->text, UI_FONT_SMALL) + 14.0f;
    SDL_FRect bar = {0.0f, (float)UI_HEIGHT - h, (float)UI_WIDTH, h};
    ui_fill(ui, bar, t->header);
    ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->on_header, t->header, text, 24.0f, bar.y + 7.0f,
                     (float)UI_WIDTH - 48.0f, UI_ALIGN_LEFT);
}

const char *ui_format_tenths(const ui_Context *ui, int32_t tenths, char *buf, size_t size)
{
    const char *dec = ui_tr(ui, UI_S_NUM_DECIMAL);
    int32_t a = tenths < 0 ? -tenths : tenths;
    snprintf(buf, size, "%s%d%s%d", tenths < 0 ? "−" : "", a / 10, dec, a % 10);
    return buf;
}

const char *ui_format_count(uint32_t n, char *buf, size_t size)
{
    if (n < 10000u) {
        snprintf(buf, size, "%u", n);
    } else if (n < 1000000u) {
        snprintf(buf, size, "%u\u2009%03u", n / 1000u, n % 1000u);
    } else {
        snprintf(buf, size, "%u\u2009%03u\u2009%03u", n / 1000000u, n / 1000u % 1000u, n % 1000u);
    }
    return buf;
}

const char *ui_format_action(const ui_Context *ui, sv_Action a, sv_Visibility v, char *buf,
                             size_t size)
{
    ui_StrId id =
        (unsigned)a < SV_ACTION_COUNT ? (ui_StrId)(UI_S_ACTION_REPLY + (int)a) : UI_S_ACTION_REPLY;
    bool words = a == SV_ACTION_REPLY || a == SV_ACTION_MOVE_PRIVATE || a == SV_ACTION_ASK;
    if (!words) {
        snprintf(buf, size, "%s", ui_tr(ui, id));
        return buf;
    }
    snprintf(buf, size, "%s · %s", ui_tr(ui, id),
             ui_tr(ui, v == SV_VIS_PRIVATE ? UI_S_VIS_PRIVATE : UI_S_VIS_PUBLIC));
    return buf;
}

const char *ui_format_option(const ui_Context *ui, const sv_Option *o, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    for (uint8_t k = 0; k < (o->step_count ? o->step_count : 1u) && n + 1 < size; k++) {
        char one[96];
        sv_Action a = o->step_count ? o->steps[k].action : o->action;
        sv_Visibility vis = o->step_count ? o->steps[k].visibility : o->visibility;
        int w = snprintf(buf + n, size - n, "%s%s", k ? " + " : "",
                         ui_format_action(ui, a, vis, one, sizeof one));
        if (w < 0) break;
        n += (size_t)w < size - n ? (size_t)w : size - n - 1;
    }
    if (o->delay_ms && n + 1 < size) { /* the reply waits: checking first takes this long */
        char span[64], after[96];
        ui_time_span(ui->strings, ui->lang, o->delay_ms, span, sizeof span);
        snprintf(buf + n, size - n, " · %s",
                 ui_strings_format(after, sizeof after, ui_tr(ui, UI_S_PLAY_OPTION_DELAY), span,
                                   NULL, NULL));
    }
    return buf;
}

const char *ui_format_part_kind(const ui_Context *ui, sv_PartKind k)
{
    return ui_tr(ui, (unsigned)k < SV_PART_COUNT ? (ui_StrId)(UI_S_PART_GREETING + (int)k)
                                                 : UI_S_PART_OTHER);
}

const char *ui_format_limit(const ui_Context *ui, const sv_Session *s, char *buf, size_t size)
{
    const sv_LimitHit *h = &s->limit;
    const sv_Scenario *sc = s->sc;
    if (h->limit == SV_LIMIT_NONE || !sc) return NULL;
    char when[64], count[24], what[256], node[200] = "", cause[256] = "";
    ui_time_clock(ui->strings, ui->lang, h->t_ms, sc->duration_ms, when, sizeof when);
    bool log = h->limit == SV_LIMIT_LOG;
    ui_format_count(log ? (uint32_t)SV_MAX_LOG : (uint32_t)SV_MAX_QUEUE, count, sizeof count);
    ui_strings_format(what, sizeof what, ui_tr(ui, log ? UI_S_LIMIT_LOG : UI_S_LIMIT_QUEUE), when,
                      count, NULL);
    static const ui_StrId kinds[] = {[SV_NODE_POST] = UI_S_LIMIT_POST,
                                     [SV_NODE_DECISION] = UI_S_LIMIT_DECISION,
                                     [SV_NODE_EVENT] = UI_S_LIMIT_EVENT,
                                     [SV_NODE_ENDING] = UI_S_LIMIT_ENDING};
    const char *id = sv_node_id(sc, (sv_NodeKind)h->kind, h->node);
    ui_StrId kind = id ? kinds[h->kind] : UI_S_LIMIT_OTHER;
    if (h->kind == SV_NODE_OTHER) id = "";
    if (id) {
        ui_strings_format(node, sizeof node, ui_tr(ui, kind), id, NULL, NULL);
        ui_strings_format(cause, sizeof cause, ui_tr(ui, UI_S_LIMIT_NODE), node, NULL, NULL);
    }
    snprintf(buf, size, "%s%s%s", what, cause[0] ? " " : "", cause);
    return buf;
}
