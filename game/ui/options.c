/* The ready-made options: rows with a number badge, the action's label and
 * the text, scrolled to keep the selection in view, and the Send button. What
 * the player picks goes back to the play screen as a ui_PanelOutcome; this
 * file never touches the run. */
#include "options.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"

#define ROW_GAP 10.0f
#define BADGE_W 64.0f

void ui_options_reset(ui_OptionsState *o) { memset(o, 0, sizeof *o); }

/* Why option oi is not offered when its thread is full (the channel's
 * `replies`), on a line of its own under its text; false for any other option. */
static bool full_why(const ui_Context *ui, const ui_DecisionView *v, int32_t oi, char *buf,
                     size_t size)
{
    buf[0] = '\0';
    if (!sv_session_option_full(v->s, oi)) return false;
    const sv_Option *o = &v->sc->options[oi];
    ui_panel_full_reason(ui, v, o->target >= 0 ? o->target : v->d->about, buf, size);
    return buf[0] != '\0';
}

/* Row heights of the options (up to cap) and their total. */
static float options_rows(ui_Context *ui, const ui_DecisionView *v, float w, float *rows, int cap)
{
    ui_TextCache *tc = &ui->text;
    const sv_Decision *d = v->d;
    float total = 0.0f;
    char why[192];
    for (uint32_t i = 0; i < d->options.count; i++) {
        const sv_Option *o = &v->sc->options[d->options.start + i];
        float h = 28.0f + ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 2.0f +
                  ui_text_wrap_height(tc, UI_FONT_BODY, sv_text_get(&o->text, ui->lang),
                                      w - BADGE_W - 20.0f);
        if (full_why(ui, v, (int32_t)(d->options.start + i), why, sizeof why))
            h += 4.0f + ui_text_wrap_height(tc, UI_FONT_SMALL, why, w - BADGE_W - 20.0f);
        if ((int)i < cap) rows[i] = h;
        total += h + ROW_GAP;
    }
    return total;
}

void ui_options_scroll(ui_OptionsState *o, float dy) { o->target += dy; }

void ui_options_tick(ui_OptionsState *o, ui_Context *ui, const ui_DecisionView *v,
                     const ui_PanelLayout *l, uint32_t dt_ms)
{
    const sv_Decision *d = v->d;
    if (d) {
        float rows[SV_MAX_OPTIONS];
        float total = options_rows(ui, v, l->list.w - 16.0f, rows, SV_MAX_OPTIONS);
        float y = 0.0f;
        for (int i = 0; i < o->cursor && i < (int)d->options.count; i++) y += rows[i] + ROW_GAP;
        if (o->cursor < (int)d->options.count) {
            UI_ASSERT(o->cursor >= 0 && o->cursor < (int)SV_MAX_OPTIONS);
            if (y < o->target) o->target = y;
            if (y + rows[o->cursor] > o->target + l->list.h)
                o->target = rows[o->cursor] > l->list.h ? y : y + rows[o->cursor] - l->list.h;
        }
        o->target = ui_clampf(o->target, 0.0f, fmaxf(0.0f, total - l->list.h));
    }
    float k = ui->reduced_motion ? 1.0f : 1.0f - expf(-(float)dt_ms / 70.0f);
    o->scroll += (o->target - o->scroll) * k;
    if (fabsf(o->target - o->scroll) < 0.5f) o->scroll = o->target;
}

/* ---- update ---------------------------------------------------------------------------------- */

/* Sending row: the play screen applies it (and says why when the run refuses). */
static ui_PanelOutcome choose(const ui_DecisionView *v, int row)
{
    if (row < 0 || (uint32_t)row >= v->d->options.count) return ui_panel_outcome(UI_PANEL_HANDLED);
    ui_PanelOutcome out = ui_panel_outcome(UI_PANEL_CHOOSE);
    out.row = row;
    return out;
}

static int row_at(const ui_OptionsState *o, ui_Context *ui, const ui_DecisionView *v,
                  const ui_PanelLayout *l, float x, float y)
{
    const sv_Decision *d = v->d;
    if (!ui_hit(l->list, x, y)) return -1;
    float rows[SV_MAX_OPTIONS];
    options_rows(ui, v, l->list.w - 16.0f, rows, SV_MAX_OPTIONS);
    float top = l->list.y - o->scroll;
    for (uint32_t i = 0; i < d->options.count && i < SV_MAX_OPTIONS; i++) {
        if (y >= top && y < top + rows[i]) return (int)i;
        top += rows[i] + ROW_GAP;
    }
    return -1;
}

static ui_PanelOutcome click(ui_OptionsState *o, ui_Context *ui, const ui_DecisionView *v,
                             const ui_PanelLayout *l, const ui_Event *e)
{
    if (ui_hit(l->send_btn, e->x, e->y)) return choose(v, o->cursor);
    if (l->mode_btn.w > 0.0f && ui_hit(l->mode_btn, e->x, e->y))
        return ui_panel_outcome(UI_PANEL_COMPOSE);
    int row = row_at(o, ui, v, l, e->x, e->y);
    if (row < 0) return ui_panel_outcome(UI_PANEL_NONE);
    o->cursor = row;
    return e->arg >= 2 ? choose(v, row) : ui_panel_outcome(UI_PANEL_HANDLED);
}

ui_PanelOutcome ui_options_update(ui_OptionsState *o, ui_Context *ui, const ui_DecisionView *v,
                                  const ui_PanelLayout *l, const ui_Event *e)
{
    UI_ASSERT(v->d != NULL);
    int n = (int)v->d->options.count;
    ui_PanelOutcome out = ui_panel_outcome(UI_PANEL_HANDLED);
    switch (e->act) {
    case UI_ACT_UP: o->cursor = o->cursor > 0 ? o->cursor - 1 : 0; return out;
    case UI_ACT_DOWN: o->cursor = o->cursor + 1 < n ? o->cursor + 1 : n - 1; return out;
    case UI_ACT_LEFT:
    case UI_ACT_RIGHT:
        out.act = UI_PANEL_SWITCH;
        out.delta = e->act == UI_ACT_LEFT ? -1 : 1;
        return out;
    case UI_ACT_DIGIT:
        if (e->arg >= 1 && e->arg <= n) o->cursor = e->arg - 1;
        return out;
    case UI_ACT_CONFIRM: return choose(v, o->cursor);
    case UI_ACT_CLICK: return click(o, ui, v, l, e);
    case UI_ACT_LETTER: /* a part's letter: the composer takes it from here */
        if (v->d->parts.count) {
            out.act = UI_PANEL_COMPOSE;
            out.forward = true;
        }
        return out;
    default: return ui_panel_outcome(UI_PANEL_NONE);
    }
}

/* ---- drawing --------------------------------------------------------------------------------- */

static void draw_option(const ui_OptionsState *st, ui_Context *ui, const ui_DecisionView *v, int i,
                        SDL_FRect r)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    int32_t oi = (int32_t)v->d->options.start + i;
    const sv_Option *o = &v->sc->options[oi];
    bool on = sv_session_option_enabled(v->s, oi);
    bool sel = i == st->cursor;
    SDL_Color fill = sel ? t->selected : ui_hover(ui, r) ? t->hover : t->sunken;
    if (sel && !ui->mouse_active && !v->watching) ui_focus_ring(ui, r, 12.0f);
    ui_fill_round(ui, r, 12.0f, fill);
    char num[16], label[256];
    snprintf(num, sizeof num, "%d", i + 1);
    float cy = r.y + 14.0f + 20.0f;
    SDL_Color badge = on ? (sel ? t->accent : t->text) : t->border;
    ui_disc(ui, r.x + 34.0f, cy, 20.0f, badge);
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, ui_theme_ink_on(badge), badge, num, r.x + 34.0f,
                 cy - ui_text_line_height(tc, UI_FONT_SMALL_BOLD) / 2.0f, UI_ALIGN_CENTRE);
    float tx = r.x + BADGE_W, tw = r.w - BADGE_W - 20.0f, y = r.y + 14.0f;
    ui_format_option(ui, o, label, sizeof label);
    /* a thread its channel has closed says why under the text; anything else is "not yet" */
    char why[192];
    bool full = !on && full_why(ui, v, oi, why, sizeof why);
    if (!on && !full) {
        size_t n = strlen(label);
        snprintf(label + n, sizeof label - n, " · %s", ui_tr(ui, UI_S_PLAY_NOT_AVAILABLE));
    }
    ui_text_draw_fit(tc, UI_FONT_SMALL_BOLD, on ? t->accent : t->muted, fill, label, tx, y, tw,
                     UI_ALIGN_LEFT);
    y += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 2.0f;
    const char *body = sv_text_get(&o->text, ui->lang);
    ui_text_draw_wrap(tc, UI_FONT_BODY, on ? t->text : t->muted, fill, body, tx, y, tw, 0);
    if (full)
        ui_text_draw_wrap(tc, UI_FONT_SMALL, t->text, fill, why, tx,
                          y + ui_text_wrap_height(tc, UI_FONT_BODY, body, tw) + 4.0f, tw, 0);
}

void ui_options_draw(const ui_OptionsState *o, ui_Context *ui, const ui_DecisionView *v,
                     const ui_PanelLayout *l)
{
    const sv_Decision *d = v->d;
    if (!d) return;
    float rows[SV_MAX_OPTIONS];
    options_rows(ui, v, l->list.w - 16.0f, rows, SV_MAX_OPTIONS);
    ui_clip(ui, &l->list);
    float y = l->list.y - o->scroll;
    for (uint32_t i = 0; i < d->options.count && i < SV_MAX_OPTIONS; i++) {
        SDL_FRect r = {l->list.x + 8.0f, y, l->list.w - 16.0f, rows[i]};
        if (y + rows[i] >= l->list.y - 8.0f && y <= l->list.y + l->list.h + 8.0f)
            draw_option(o, ui, v, (int)i, r);
        y += rows[i] + ROW_GAP;
    }
    ui_clip(ui, NULL);
    if (v->watching) return;
    int32_t oi = (int32_t)d->options.start + o->cursor;
    bool can = o->cursor < (int)d->options.count && sv_session_option_enabled(v->s, oi);
    char label[96];
    snprintf(label, sizeof label, "%s  ⏎", ui_tr(ui, UI_S_PLAY_SEND));
    ui_button(ui, l->send_btn, label, UI_BUTTON_PRIMARY, false, can);
    if (l->mode_btn.w > 0.0f)
        ui_button(ui, l->mode_btn, ui_tr(ui, UI_S_PLAY_WRITE_OWN), UI_BUTTON_PLAIN, false, true);
}
