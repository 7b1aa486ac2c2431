/* The decision panel: which decision (when several are open), its prompt,
 * whose post it is about, the deadline bar, and the ready-made options. A
 * number key or the arrows pick an option, Enter or the Send button sends it;
 * a click picks, a double click sends. Actions (ask a colleague, report,
 * hide, tell the product team) are options like the others, labelled as such. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "screens.h"

#define PAD 24.0f
#define ROW_GAP 10.0f
#define BADGE_W 64.0f

/* The prompt in the head font, or in bold body text when the player's text is
 * large, so the options keep some room. */
static ui_FontId prompt_font(const ui_Context *ui)
{
    return ui->text.size_pct > 100 ? UI_FONT_BOLD : UI_FONT_HEAD;
}

static const sv_Decision *current(const ui_PlayScreen *p, const ui_Game *g)
{
    return p->decision >= 0 ? &g->run.sc->decisions[p->decision] : NULL;
}

/* ---- layout --------------------------------------------------------------------------- */

static float head_height(ui_Context *ui, const ui_PlayScreen *p, const ui_Game *g, float w)
{
    const sv_Decision *d = current(p, g);
    ui_TextCache *tc = &ui->text;
    float h = 20.0f;
    if (p->open_count > 1) h += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 30.0f;
    h += fminf(ui_text_wrap_height(tc, prompt_font(ui), sv_text_get(&d->prompt, ui->lang), w),
               3.0f * ui_text_line_height(tc, prompt_font(ui))) +
         8.0f;
    h += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 6.0f + 14.0f + 22.0f;
    return h;
}

void ui_decision_layout(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, ui_PlayLayout *l)
{
    SDL_FRect pn = l->panel;
    float x = pn.x + PAD, w = pn.w - 2.0f * PAD;
    float bh = ui_text_line_height(&ui->text, UI_FONT_BOLD) + 26.0f;
    if (p->decision < 0) {
        l->skip_btn = ui_rect(x + w / 2.0f - 220.0f, pn.y + pn.h / 2.0f + 20.0f, 440.0f, bh);
        return;
    }
    const sv_Decision *d = current(p, g);
    if (p->open_count > 1) {
        float cb = ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 20.0f;
        l->next_btn = ui_rect(x + w - cb * 1.4f, pn.y + 16.0f, cb * 1.4f, cb);
        l->prev_btn = ui_rect(l->next_btn.x - cb * 1.4f - 8.0f, pn.y + 16.0f, cb * 1.4f, cb);
    }
    float top = pn.y + head_height(ui, p, g, w);
    if (d->about >= 0) {
        float lh = ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD);
        l->about_btn = ui_rect(x, top - (lh + 6.0f + 14.0f + 22.0f), w * 0.6f, lh + 4.0f);
    }
    float footer = pn.y + pn.h - PAD - bh;
    bool mixed = d->parts.count > 0 && d->options.count > 0;
    if (p->composing) {
        l->list = ui_rect(x, top, w, footer - 12.0f - top);
    } else {
        l->send_btn = ui_rect(x + w - 240.0f, footer, 240.0f, bh);
        l->list = ui_rect(pn.x + 8.0f, top, pn.w - 16.0f, footer - 12.0f - top);
    }
    if (mixed) {
        float mw = p->composing ? 300.0f : w - 240.0f - 16.0f;
        l->mode_btn = ui_rect(p->composing ? x + w - mw : x,
                              p->composing ? pn.y + pn.h - PAD - bh - bh - 12.0f : footer, mw, bh);
        if (p->composing) l->list.h -= bh + 12.0f;
    }
}

/* Row heights of the options (up to cap) and their total. */
static float options_rows(ui_Context *ui, const ui_Game *g, const sv_Decision *d, float w,
                          float *rows, int cap)
{
    ui_TextCache *tc = &ui->text;
    float total = 0.0f;
    for (uint32_t i = 0; i < d->options.count; i++) {
        const sv_Option *o = &g->run.sc->options[d->options.start + i];
        float h = 28.0f + ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 2.0f +
                  ui_text_wrap_height(tc, UI_FONT_BODY, sv_text_get(&o->text, ui->lang),
                                      w - BADGE_W - 20.0f);
        if ((int)i < cap) rows[i] = h;
        total += h + ROW_GAP;
    }
    return total;
}

static float clampf(float v, float lo, float hi) { return v < lo ? lo : v > hi ? hi : v; }

void ui_decision_tick(ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, const ui_PlayLayout *l,
                      uint32_t dt_ms)
{
    const sv_Decision *d = current(p, g);
    if (d && p->composing) {
        if (p->tab == UI_PLAY_TAB_COMPOSE) ui_composer_follow(p, ui, g, l->feed);
    } else if (d) {
        float rows[SV_MAX_OPTIONS];
        float total = options_rows(ui, g, d, l->list.w - 16.0f, rows, SV_MAX_OPTIONS);
        float y = 0.0f;
        for (int i = 0; i < p->cursor && i < (int)d->options.count; i++) y += rows[i] + ROW_GAP;
        if (p->col == UI_COL_OPTIONS && p->cursor < (int)d->options.count) {
            if (y < p->list_target) p->list_target = y;
            if (y + rows[p->cursor] > p->list_target + l->list.h)
                p->list_target = rows[p->cursor] > l->list.h ? y : y + rows[p->cursor] - l->list.h;
        }
        p->list_target = clampf(p->list_target, 0.0f, fmaxf(0.0f, total - l->list.h));
    }
    float k = ui->reduced_motion ? 1.0f : 1.0f - expf(-(float)dt_ms / 70.0f);
    p->list_scroll += (p->list_target - p->list_scroll) * k;
    if (fabsf(p->list_target - p->list_scroll) < 0.5f) p->list_scroll = p->list_target;
}

void ui_decision_switch(ui_PlayScreen *p, const ui_Game *g, int delta)
{
    if (p->open_count < 2) return;
    int at = 0;
    for (int i = 0; i < p->open_count; i++)
        if (p->open[i] == p->decision) at = i;
    at = ((at + delta) % p->open_count + p->open_count) % p->open_count;
    p->decision = p->open[at];
    p->cursor = 0;
    p->list_scroll = p->list_target = 0.0f;
    const sv_Decision *d = current(p, g);
    p->composing =
        d->options.count == 0 || (p->draft.decision == p->decision && p->draft.count > 0);
    p->col = p->composing ? UI_COL_PARTS : UI_COL_OPTIONS;
    if (p->draft.decision != p->decision) ui_composer_reset(p, p->decision);
    if (p->composing)
        p->tab = UI_PLAY_TAB_COMPOSE;
    else if (p->tab == UI_PLAY_TAB_COMPOSE)
        p->tab = p->feed.public_channel;
}

/* ---- options: update ---------------------------------------------------------------------- */

static void send_option(ui_PlayScreen *p, ui_Context *ui, ui_Game *g, int row)
{
    const sv_Decision *d = current(p, g);
    if (row < 0 || (uint32_t)row >= d->options.count) return;
    sv_Input in = {.kind = SV_INPUT_CHOOSE,
                   .decision = p->decision,
                   .option = (int32_t)d->options.start + row};
    sv_InputResult r = ui_run_apply(&g->run, &in);
    if (r != SV_INPUT_OK) ui_play_refused(p, ui, g, r);
}

static int row_at(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, const ui_PlayLayout *l,
                  float x, float y)
{
    const sv_Decision *d = current(p, g);
    if (!ui_hit(l->list, x, y)) return -1;
    float rows[SV_MAX_OPTIONS];
    options_rows(ui, g, d, l->list.w - 16.0f, rows, SV_MAX_OPTIONS);
    float top = l->list.y - p->list_scroll;
    for (uint32_t i = 0; i < d->options.count && i < SV_MAX_OPTIONS; i++) {
        if (y >= top && y < top + rows[i]) return (int)i;
        top += rows[i] + ROW_GAP;
    }
    return -1;
}

static void enter_composer(ui_PlayScreen *p)
{
    p->composing = true;
    p->col = UI_COL_PARTS;
    p->cursor = 0;
    p->list_scroll = p->list_target = 0.0f;
    p->tab = UI_PLAY_TAB_COMPOSE;
}

bool ui_options_update(ui_PlayScreen *p, ui_Context *ui, ui_Game *g, const ui_PlayLayout *l,
                       const ui_Event *e)
{
    const sv_Decision *d = current(p, g);
    int n = (int)d->options.count;
    switch (e->act) {
    case UI_ACT_UP: p->cursor = p->cursor > 0 ? p->cursor - 1 : 0; return true;
    case UI_ACT_DOWN: p->cursor = p->cursor + 1 < n ? p->cursor + 1 : n - 1; return true;
    case UI_ACT_LEFT: ui_decision_switch(p, g, -1); return true;
    case UI_ACT_RIGHT: ui_decision_switch(p, g, 1); return true;
    case UI_ACT_DIGIT:
        if (e->arg >= 1 && e->arg <= n) p->cursor = e->arg - 1;
        return true;
    case UI_ACT_CONFIRM: send_option(p, ui, g, p->cursor); return true;
    case UI_ACT_CLICK: {
        if (l->prev_btn.w > 0.0f && ui_hit(l->prev_btn, e->x, e->y))
            ui_decision_switch(p, g, -1);
        else if (l->next_btn.w > 0.0f && ui_hit(l->next_btn, e->x, e->y))
            ui_decision_switch(p, g, 1);
        else if (ui_hit(l->send_btn, e->x, e->y))
            send_option(p, ui, g, p->cursor);
        else if (l->mode_btn.w > 0.0f && ui_hit(l->mode_btn, e->x, e->y))
            enter_composer(p);
        else {
            int row = row_at(p, ui, g, l, e->x, e->y);
            if (row < 0) return false;
            p->cursor = row;
            p->col = UI_COL_OPTIONS;
            if (e->arg >= 2) send_option(p, ui, g, row);
        }
        return true;
    }
    case UI_ACT_LETTER:
        if (d->parts.count) {
            enter_composer(p);
            ui_composer_update(p, ui, g, l, e);
        }
        return true;
    default: return false;
    }
}

/* ---- drawing -------------------------------------------------------------------------------- */

void ui_decision_draw_head(ui_Context *ui, const ui_Game *g, const ui_PlayScreen *p,
                           const ui_PlayLayout *l)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    SDL_FRect pn = l->panel;
    float x = pn.x + PAD, w = pn.w - 2.0f * PAD, y = pn.y + 20.0f;
    if (p->decision < 0) {
        if (g->run.s.ended) return;
        ui_text_draw_wrap(tc, UI_FONT_BODY, t->muted, t->surface, ui_tr(ui, UI_S_PLAY_NO_DECISION),
                          x, pn.y + pn.h / 2.0f - 90.0f, w, 3);
        char label[128];
        snprintf(label, sizeof label, "▶▶  %s", ui_tr(ui, UI_S_PLAY_SKIP));
        if (!p->watching) ui_button(ui, l->skip_btn, label, UI_BUTTON_PRIMARY, true, true);
        return;
    }
    const sv_Decision *d = current(p, g);
    const sv_Session *s = &g->run.s;
    char buf[256], a[16], b[16];
    if (p->open_count > 1) {
        int at = 0;
        for (int i = 0; i < p->open_count; i++)
            if (p->open[i] == p->decision) at = i;
        snprintf(a, sizeof a, "%d", at + 1);
        snprintf(b, sizeof b, "%d", p->open_count);
        ui_text_draw(
            tc, UI_FONT_SMALL_BOLD, t->accent, t->surface,
            ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_PLAY_DECISION_OF), a, b, NULL), x,
            y + 8.0f, UI_ALIGN_LEFT);
        ui_button(ui, l->prev_btn, "◀", UI_BUTTON_QUIET, false, true);
        ui_button(ui, l->next_btn, "▶", UI_BUTTON_QUIET, false, true);
        y += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 30.0f;
    }
    y += ui_text_draw_wrap(tc, prompt_font(ui), t->text, t->surface,
                           sv_text_get(&d->prompt, ui->lang), x, y, w, 3) +
         8.0f;
    /* the deadline: the bar and the time in words, its colour only a second cue */
    uint32_t end = s->decision_open_ms[p->decision] + d->deadline_ms;
    uint32_t left = end > s->now_ms ? end - s->now_ms : 0;
    float frac = d->deadline_ms ? (float)left / (float)d->deadline_ms : 0.0f;
    SDL_Color c = frac < 0.15f ? t->bad : frac < 0.35f ? t->warn : t->accent;
    char clock[16];
    ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_PLAY_TIME_LEFT),
                      ui_format_clock(left + 999u, clock, sizeof clock), NULL, NULL);
    float tw = ui_text_draw(tc, UI_FONT_SMALL_BOLD, frac < 0.15f ? t->bad : t->text, t->surface,
                            buf, x + w, y, UI_ALIGN_RIGHT);
    if (d->about >= 0) { /* whose post, on the same line */
        const sv_Post *post = &g->run.sc->posts[d->about];
        char about[256];
        ui_strings_format(about, sizeof about, ui_tr(ui, UI_S_PLAY_ANSWERING),
                          g->run.sc->personas[post->author].name,
                          sv_text_get(&g->run.sc->channels[post->channel].name, ui->lang), NULL);
        ui_text_draw_fit(tc, UI_FONT_SMALL, t->muted, t->surface, about, x, y + 2.0f,
                         w - tw - 24.0f, UI_ALIGN_LEFT);
    }
    y += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 6.0f;
    ui_bar(ui, ui_rect(x, y, w, 14.0f), frac, c, t->sunken);
}

static void draw_option(ui_Context *ui, const ui_Game *g, const ui_PlayScreen *p, int i,
                        SDL_FRect r)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    const sv_Decision *d = current(p, g);
    int32_t oi = (int32_t)d->options.start + i;
    const sv_Option *o = &g->run.sc->options[oi];
    bool on = sv_session_option_enabled(&g->run.s, oi);
    bool sel = i == p->cursor;
    SDL_Color fill = sel ? t->selected : ui_hover(ui, r) ? t->hover : t->sunken;
    if (sel && !ui->mouse_active && !p->watching) ui_focus_ring(ui, r, 12.0f);
    ui_fill_round(ui, r, 12.0f, fill);
    char num[16], label[160];
    snprintf(num, sizeof num, "%d", i + 1);
    float cy = r.y + 14.0f + 20.0f;
    SDL_Color badge = on ? (sel ? t->accent : t->text) : t->border;
    ui_disc(ui, r.x + 34.0f, cy, 20.0f, badge);
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, ui_theme_ink_on(badge), badge, num, r.x + 34.0f,
                 cy - ui_text_line_height(tc, UI_FONT_SMALL_BOLD) / 2.0f, UI_ALIGN_CENTRE);
    float tx = r.x + BADGE_W, tw = r.w - BADGE_W - 20.0f, y = r.y + 14.0f;
    ui_play_action_label(ui, o->action, o->visibility, label, sizeof label);
    if (!on) {
        size_t n = strlen(label);
        snprintf(label + n, sizeof label - n, " · %s", ui_tr(ui, UI_S_PLAY_NOT_AVAILABLE));
    }
    ui_text_draw_fit(tc, UI_FONT_SMALL_BOLD, on ? t->accent : t->muted, fill, label, tx, y, tw,
                     UI_ALIGN_LEFT);
    y += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 2.0f;
    ui_text_draw_wrap(tc, UI_FONT_BODY, on ? t->text : t->muted, fill,
                      sv_text_get(&o->text, ui->lang), tx, y, tw, 0);
}

void ui_options_draw(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g,
                     const ui_PlayLayout *l)
{
    const sv_Decision *d = current(p, g);
    if (!d) return;
    float rows[SV_MAX_OPTIONS];
    options_rows(ui, g, d, l->list.w - 16.0f, rows, SV_MAX_OPTIONS);
    ui_clip(ui, &l->list);
    float y = l->list.y - p->list_scroll;
    for (uint32_t i = 0; i < d->options.count && i < SV_MAX_OPTIONS; i++) {
        SDL_FRect r = {l->list.x + 8.0f, y, l->list.w - 16.0f, rows[i]};
        if (y + rows[i] >= l->list.y - 8.0f && y <= l->list.y + l->list.h + 8.0f)
            draw_option(ui, g, p, (int)i, r);
        y += rows[i] + ROW_GAP;
    }
    ui_clip(ui, NULL);
    if (p->watching) return;
    int32_t oi = (int32_t)d->options.start + p->cursor;
    bool can = p->cursor < (int)d->options.count && sv_session_option_enabled(&g->run.s, oi);
    char label[96];
    snprintf(label, sizeof label, "%s  ⏎", ui_tr(ui, UI_S_PLAY_SEND));
    ui_button(ui, l->send_btn, label, UI_BUTTON_PRIMARY, false, can);
    if (l->mode_btn.w > 0.0f)
        ui_button(ui, l->mode_btn, ui_tr(ui, UI_S_PLAY_WRITE_OWN), UI_BUTTON_PLAIN, false, true);
}
