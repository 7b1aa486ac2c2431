/* The reload's overlay: a toast for a good reload, and for a failed one a
 * card over a dimmed screen with one entry per diagnostic (a severity badge
 * in words and colour, where it is as file:line:col, the JSON pointer, the
 * message), a scroll bar when they do not fit, and the keys along its foot. */
#include "overlay.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"

#define TOAST_MS 3000u
#define CARD_X 240.0f
#define CARD_W 1440.0f
#define CARD_TOP 90.0f
#define PAD 36.0f       /* inside the card */
#define ENTRY_PAD 18.0f /* inside an entry */
#define ENTRY_GAP 12.0f
#define BAR_W 8.0f   /* an entry's severity stripe */
#define GUTTER 26.0f /* room for the scroll bar right of the list */

void ui_overlay_init(ui_Overlay *o)
{
    memset(o, 0, sizeof *o);
    sv_diag_init(&o->diags);
}

void ui_overlay_free(ui_Overlay *o)
{
    sv_diag_free(&o->diags);
    memset(o, 0, sizeof *o);
}

void ui_overlay_show(ui_Overlay *o, const char *pack_title, const sv_DiagList *diags)
{
    sv_diag_clear(&o->diags);
    for (size_t i = 0; i < diags->count; i++) {
        const sv_Diag *d = &diags->items[i];
        sv_diag_add(&o->diags, d->severity, d->file, d->pointer, d->line, d->column, "%s",
                    d->message);
    }
    /* what the loader counted but did not keep is still counted here */
    for (size_t i = o->diags.errors; i < diags->errors; i++) sv_diag_tally(&o->diags, SV_SEV_ERROR);
    for (size_t i = o->diags.warnings; i < diags->warnings; i++)
        sv_diag_tally(&o->diags, SV_SEV_WARNING);
    snprintf(o->title, sizeof o->title, "%s", pack_title);
    o->open = true;
    o->scroll = o->target = 0.0f;
    o->toast_until = 0;
}

void ui_overlay_close(ui_Overlay *o) { o->open = false; }

void ui_overlay_toast(ui_Overlay *o, const ui_Context *ui, const char *text)
{
    snprintf(o->toast, sizeof o->toast, "%s", text);
    o->toast_until = ui->now_ms + TOAST_MS;
}

/* ---- layout -------------------------------------------------------------------------------- */

typedef struct Layout {
    SDL_FRect card, head, list, foot;
    float body_h;    /* the explanation under the title */
    float content_h; /* every entry, and the "more" line */
} Layout;

static float entry_text_w(const Layout *l) { return l->list.w - BAR_W - 2.0f * ENTRY_PAD; }

static void location(const sv_Diag *d, char *buf, size_t size)
{
    if (d->line > 0 && d->column > 0)
        snprintf(buf, size, "%s:%d:%d", d->file, d->line, d->column);
    else if (d->line > 0)
        snprintf(buf, size, "%s:%d", d->file, d->line);
    else
        snprintf(buf, size, "%s", d->file);
}

static size_t more_count(const ui_Overlay *o)
{
    size_t all = o->diags.errors + o->diags.warnings;
    return all > o->diags.count ? all - o->diags.count : 0;
}

static float entry_h(ui_Context *ui, const Layout *l, const sv_Diag *d)
{
    ui_TextCache *tc = &ui->text;
    float h = 2.0f * ENTRY_PAD + ui_text_line_height(tc, UI_FONT_BOLD) + 8.0f;
    if (d->pointer[0]) h += ui_text_line_height(tc, UI_FONT_SMALL) + 14.0f;
    return h + ui_text_wrap_height(tc, UI_FONT_BODY, d->message, entry_text_w(l));
}

static void layout(const ui_Overlay *o, ui_Context *ui, Layout *l)
{
    ui_TextCache *tc = &ui->text;
    memset(l, 0, sizeof *l);
    float inner = CARD_W - 2.0f * PAD;
    float icon = 64.0f, text_w = inner - icon - 24.0f;
    l->body_h = ui_text_wrap_height(tc, UI_FONT_SMALL, ui_tr(ui, UI_S_RELOAD_FAILED_BODY), text_w);
    float head_h = fmaxf(icon, ui_text_line_height(tc, UI_FONT_HEAD) + 8.0f + l->body_h + 10.0f +
                                   ui_text_line_height(tc, UI_FONT_SMALL_BOLD));
    float foot_h = ui_text_line_height(tc, UI_FONT_SMALL) + 20.0f;
    l->list.w = inner - GUTTER;
    for (size_t i = 0; i < o->diags.count; i++)
        l->content_h += entry_h(ui, l, &o->diags.items[i]) + ENTRY_GAP;
    if (more_count(o)) l->content_h += ui_text_line_height(tc, UI_FONT_BODY) + ENTRY_GAP;
    float max_h = (float)UI_HEIGHT - 2.0f * CARD_TOP;
    float fixed = PAD + head_h + 24.0f + 16.0f + foot_h + PAD / 2.0f;
    float list_h = fminf(l->content_h, max_h - fixed);
    float card_h = fixed + list_h;
    l->card = ui_rect(CARD_X, ((float)UI_HEIGHT - card_h) / 2.0f, CARD_W, card_h);
    l->head = ui_rect(CARD_X + PAD, l->card.y + PAD, inner, head_h);
    l->list = ui_rect(CARD_X + PAD, l->head.y + head_h + 24.0f, inner - GUTTER, list_h);
    l->foot = ui_rect(CARD_X + PAD, l->list.y + list_h + 16.0f, inner, foot_h);
}

/* ---- update -------------------------------------------------------------------------------- */

bool ui_overlay_update(ui_Overlay *o, ui_Context *ui, ui_Input *in)
{
    if (!o->open) return false;
    Layout l;
    layout(o, ui, &l);
    float line = ui_text_line_height(&ui->text, UI_FONT_BODY) * 2.0f, page = l.list.h * 0.85f;
    for (int i = 0; i < in->count; i++) {
        switch (in->ev[i].act) {
        case UI_ACT_BACK: o->open = false; break;
        case UI_ACT_UP: o->target -= line; break;
        case UI_ACT_DOWN: o->target += line; break;
        case UI_ACT_PAGE_UP: o->target -= page; break;
        case UI_ACT_PAGE_DOWN: o->target += page; break;
        case UI_ACT_HOME: o->target = 0.0f; break;
        case UI_ACT_END: o->target = l.content_h; break;
        default: break;
        }
    }
    o->target -= in->wheel * 90.0f - in->scroll * (float)in->dt_ms * 1.5f;
    float max = fmaxf(0.0f, l.content_h - l.list.h);
    o->target = ui_clampf(o->target, 0.0f, max);
    o->scroll = ui->reduced_motion ? o->target : o->scroll + (o->target - o->scroll) * 0.3f;
    if (fabsf(o->scroll - o->target) < 0.5f) o->scroll = o->target;
    in->count = 0; /* the screen under the panel gets none of it */
    in->wheel = in->scroll = 0.0f;
    return true;
}

/* ---- draw ---------------------------------------------------------------------------------- */

static void draw_toast(const ui_Overlay *o, ui_Context *ui)
{
    if (o->open || !o->toast[0] || ui->now_ms >= o->toast_until) return;
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    /* a light pill in the middle of the header bar every screen has on top,
     * where it covers no feed, meter or option */
    float lh = ui_text_line_height(tc, UI_FONT_BOLD), h = lh + 22.0f, icon = h - 16.0f;
    float w = fminf(ui_text_width(tc, UI_FONT_BOLD, o->toast) + icon + 64.0f, 1200.0f);
    SDL_FRect r = ui_rect(((float)UI_WIDTH - w) / 2.0f, 12.0f, w, h);
    ui_fill_round(ui, ui_rect(r.x - 3.0f, r.y - 3.0f, r.w + 6.0f, r.h + 6.0f), h / 2.0f + 3.0f,
                  t->good);
    ui_fill_round(ui, r, h / 2.0f, t->surface);
    float cx = r.x + 8.0f + icon / 2.0f, cy = r.y + h / 2.0f;
    ui_disc(ui, cx, cy, icon / 2.0f, t->good);
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->on_accent, t->good, "✓", cx,
                 cy - ui_text_line_height(tc, UI_FONT_SMALL_BOLD) / 2.0f, UI_ALIGN_CENTRE);
    ui_text_draw_fit(tc, UI_FONT_BOLD, t->text, t->surface, o->toast, r.x + icon + 24.0f,
                     r.y + (h - lh) / 2.0f, r.w - icon - 48.0f, UI_ALIGN_LEFT);
}

static void draw_head(const ui_Overlay *o, ui_Context *ui, const Layout *l)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    float icon = 64.0f, x = l->head.x + icon + 24.0f, w = l->head.w - icon - 24.0f;
    ui_disc(ui, l->head.x + icon / 2.0f, l->head.y + icon / 2.0f, icon / 2.0f, t->bad);
    ui_text_draw(tc, UI_FONT_TITLE, t->on_accent, t->bad, "!", l->head.x + icon / 2.0f,
                 l->head.y + (icon - ui_text_line_height(tc, UI_FONT_TITLE)) / 2.0f,
                 UI_ALIGN_CENTRE);
    char title[512], e[24], wn[24], counts[128];
    ui_strings_format(title, sizeof title, ui_tr(ui, UI_S_RELOAD_FAILED_TITLE), o->title, NULL,
                      NULL);
    float y = l->head.y;
    ui_text_draw_fit(tc, UI_FONT_HEAD, t->text, t->surface, title, x, y, w, UI_ALIGN_LEFT);
    y += ui_text_line_height(tc, UI_FONT_HEAD) + 8.0f;
    y += ui_text_draw_wrap(tc, UI_FONT_SMALL, t->muted, t->surface,
                           ui_tr(ui, UI_S_RELOAD_FAILED_BODY), x, y, w, 0) +
         10.0f;
    snprintf(e, sizeof e, "%zu", o->diags.errors);
    snprintf(wn, sizeof wn, "%zu", o->diags.warnings);
    ui_strings_format(counts, sizeof counts, ui_tr(ui, UI_S_RELOAD_COUNTS), e, wn, NULL);
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->bad, t->surface, counts, x, y, UI_ALIGN_LEFT);
}

/* One diagnostic at y: the stripe and badge in its severity's colour and word,
 * where it is, its pointer in a chip, its message. */
static void draw_entry(ui_Context *ui, const Layout *l, const sv_Diag *d, float y, float h)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    bool error = d->severity == SV_SEV_ERROR;
    SDL_Color sev = error ? t->bad : t->warn;
    SDL_FRect r = ui_rect(l->list.x, y, l->list.w, h);
    ui_fill_round(ui, r, 12.0f, t->sunken);
    ui_fill_round(ui, ui_rect(r.x, r.y, BAR_W + 12.0f, r.h), 12.0f, sev);
    ui_fill(ui, ui_rect(r.x + BAR_W, r.y, 12.0f, r.h), t->sunken);
    float x = r.x + BAR_W + ENTRY_PAD, ty = r.y + ENTRY_PAD, w = entry_text_w(l);
    float lb = ui_text_line_height(tc, UI_FONT_BOLD), ls = ui_text_line_height(tc, UI_FONT_SMALL);
    const char *word = ui_tr(ui, error ? UI_S_RELOAD_ERROR : UI_S_RELOAD_WARNING);
    float bw = ui_text_width(tc, UI_FONT_SMALL_BOLD, word) + 24.0f;
    float bh = ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 6.0f;
    ui_fill_round(ui, ui_rect(x, ty + (lb - bh) / 2.0f, bw, bh), bh / 2.0f, sev);
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->on_accent, sev, word, x + bw / 2.0f,
                 ty + (lb - bh) / 2.0f + 3.0f, UI_ALIGN_CENTRE);
    char where[600];
    location(d, where, sizeof where);
    ui_text_draw_fit(tc, UI_FONT_BOLD, t->text, t->sunken, where, x + bw + 14.0f, ty,
                     w - bw - 14.0f, UI_ALIGN_LEFT);
    ty += lb + 8.0f;
    if (d->pointer[0]) {
        float pw = fminf(ui_text_width(tc, UI_FONT_SMALL, d->pointer) + 20.0f, w);
        ui_panel(ui, ui_rect(x, ty, pw, ls + 8.0f), 6.0f, t->surface, t->border);
        ui_text_draw_fit(tc, UI_FONT_SMALL, t->muted, t->surface, d->pointer, x + 10.0f, ty + 4.0f,
                         pw - 20.0f, UI_ALIGN_LEFT);
        ty += ls + 14.0f;
    }
    ui_text_draw_wrap(tc, UI_FONT_BODY, t->text, t->sunken, d->message, x, ty, w, 0);
}

static void draw_list(const ui_Overlay *o, ui_Context *ui, const Layout *l)
{
    const ui_Theme *t = &ui->theme;
    ui_clip(ui, &l->list);
    float y = l->list.y - o->scroll;
    for (size_t i = 0; i < o->diags.count; i++) {
        float h = entry_h(ui, l, &o->diags.items[i]);
        if (y + h >= l->list.y && y <= l->list.y + l->list.h)
            draw_entry(ui, l, &o->diags.items[i], y, h);
        y += h + ENTRY_GAP;
    }
    if (more_count(o)) {
        char n[24], line[256];
        snprintf(n, sizeof n, "%zu", more_count(o));
        ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_RELOAD_MORE), n, NULL, NULL);
        ui_text_draw(&ui->text, UI_FONT_BODY, t->muted, t->surface, line, l->list.x, y,
                     UI_ALIGN_LEFT);
    }
    ui_clip(ui, NULL);
    if (l->content_h <= l->list.h + 0.5f) return;
    /* the scroll bar: where the list is and how much of it shows */
    SDL_FRect track = ui_rect(l->list.x + l->list.w + GUTTER / 2.0f - 3.0f, l->list.y, 6.0f,
                              l->list.h - ENTRY_GAP);
    float frac = l->list.h / l->content_h, thumb = fmaxf(40.0f, track.h * frac);
    float at = o->scroll / (l->content_h - l->list.h) * (track.h - thumb);
    ui_fill_round(ui, track, 3.0f, t->sunken);
    ui_fill_round(ui, ui_rect(track.x, track.y + at, track.w, thumb), 3.0f, t->muted);
}

void ui_overlay_draw(const ui_Overlay *o, ui_Context *ui)
{
    draw_toast(o, ui);
    if (!o->open) return;
    const ui_Theme *t = &ui->theme;
    SDL_Color dim = t->header;
    dim.a = 170;
    ui_fill(ui, ui_rect(0.0f, 0.0f, (float)UI_WIDTH, (float)UI_HEIGHT), dim);
    Layout l;
    layout(o, ui, &l);
    /* the card with a band of the error colour along its top */
    ui_fill_round(ui, l.card, 22.0f, t->bad);
    ui_fill_round(ui, ui_rect(l.card.x, l.card.y + 8.0f, l.card.w, l.card.h - 8.0f), 22.0f,
                  t->surface);
    draw_head(o, ui, &l);
    draw_list(o, ui, &l);
    ui_fill(ui, ui_rect(l.foot.x, l.foot.y - 8.0f, l.foot.w, 1.0f), t->border);
    ui_text_draw(&ui->text, UI_FONT_SMALL, t->muted, t->surface, ui_tr(ui, UI_S_RELOAD_HINT),
                 l.foot.x, l.foot.y + 6.0f, UI_ALIGN_LEFT);
}
