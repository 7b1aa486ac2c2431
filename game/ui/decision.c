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
static sv_FontId prompt_font(const sv_Ui *ui)
{
    return ui->text.size_pct > 100 ? SV_FONT_BOLD : SV_FONT_HEAD;
}

static const sv_Decision *current(const sv_PlayScreen *p, const sv_Game *g)
{
    return p->decision >= 0 ? &g->run.sc->decisions[p->decision] : NULL;
}

/* ---- layout --------------------------------------------------------------------------- */

static float head_height(sv_Ui *ui, const sv_PlayScreen *p, const sv_Game *g, float w)
{
    const sv_Decision *d = current(p, g);
    sv_TextCache *tc = &ui->text;
    float h = 20.0f;
    if (p->open_count > 1) h += sv_text_line_height(tc, SV_FONT_SMALL_BOLD) + 30.0f;
    h += fminf(sv_text_wrap_height(tc, prompt_font(ui), sv_text_get(&d->prompt, ui->lang), w),
               3.0f * sv_text_line_height(tc, prompt_font(ui))) +
         8.0f;
    h += sv_text_line_height(tc, SV_FONT_SMALL_BOLD) + 6.0f + 14.0f + 22.0f;
    return h;
}

void sv_decision_layout(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, sv_PlayLayout *l)
{
    SDL_FRect pn = l->panel;
    float x = pn.x + PAD, w = pn.w - 2.0f * PAD;
    float bh = sv_text_line_height(&ui->text, SV_FONT_BOLD) + 26.0f;
    if (p->decision < 0) {
        l->skip_btn = sv_rect(x + w / 2.0f - 220.0f, pn.y + pn.h / 2.0f + 20.0f, 440.0f, bh);
        return;
    }
    const sv_Decision *d = current(p, g);
    if (p->open_count > 1) {
        float cb = sv_text_line_height(&ui->text, SV_FONT_SMALL_BOLD) + 20.0f;
        l->next_btn = sv_rect(x + w - cb * 1.4f, pn.y + 16.0f, cb * 1.4f, cb);
        l->prev_btn = sv_rect(l->next_btn.x - cb * 1.4f - 8.0f, pn.y + 16.0f, cb * 1.4f, cb);
    }
    float top = pn.y + head_height(ui, p, g, w);
    if (d->about >= 0) {
        float lh = sv_text_line_height(&ui->text, SV_FONT_SMALL_BOLD);
        l->about_btn = sv_rect(x, top - (lh + 6.0f + 14.0f + 22.0f), w * 0.6f, lh + 4.0f);
    }
    float footer = pn.y + pn.h - PAD - bh;
    bool mixed = d->parts.count > 0 && d->options.count > 0;
    if (p->composing) {
        l->list = sv_rect(x, top, w, footer - 12.0f - top);
    } else {
        l->send_btn = sv_rect(x + w - 240.0f, footer, 240.0f, bh);
        l->list = sv_rect(pn.x + 8.0f, top, pn.w - 16.0f, footer - 12.0f - top);
    }
    if (mixed) {
        float mw = p->composing ? 300.0f : w - 240.0f - 16.0f;
        l->mode_btn = sv_rect(p->composing ? x + w - mw : x,
                              p->composing ? pn.y + pn.h - PAD - bh - bh - 12.0f : footer, mw, bh);
        if (p->composing) l->list.h -= bh + 12.0f;
    }
}

/* Row heights of the options (up to cap) and their total. */
static float options_rows(sv_Ui *ui, const sv_Game *g, const sv_Decision *d, float w, float *rows,
                          int cap)
{
    sv_TextCache *tc = &ui->text;
    float total = 0.0f;
    for (uint32_t i = 0; i < d->options.count; i++) {
        const sv_Option *o = &g->run.sc->options[d->options.start + i];
        float h = 28.0f + sv_text_line_height(tc, SV_FONT_SMALL_BOLD) + 2.0f +
                  sv_text_wrap_height(tc, SV_FONT_BODY, sv_text_get(&o->text, ui->lang),
                                      w - BADGE_W - 20.0f);
        if ((int)i < cap) rows[i] = h;
        total += h + ROW_GAP;
    }
    return total;
}

static float clampf(float v, float lo, float hi) { return v < lo ? lo : v > hi ? hi : v; }

void sv_decision_tick(sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, const sv_PlayLayout *l,
                      uint32_t dt_ms)
{
    const sv_Decision *d = current(p, g);
    if (d && p->composing) {
        if (p->tab == SV_PLAY_TAB_COMPOSE) sv_composer_follow(p, ui, g, l->feed);
    } else if (d) {
        float rows[SV_MAX_OPTIONS];
        float total = options_rows(ui, g, d, l->list.w - 16.0f, rows, SV_MAX_OPTIONS);
        float y = 0.0f;
        for (int i = 0; i < p->cursor && i < (int)d->options.count; i++) y += rows[i] + ROW_GAP;
        if (p->col == SV_COL_OPTIONS && p->cursor < (int)d->options.count) {
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

void sv_decision_switch(sv_PlayScreen *p, const sv_Game *g, int delta)
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
    p->col = p->composing ? SV_COL_PARTS : SV_COL_OPTIONS;
    if (p->draft.decision != p->decision) sv_composer_reset(p, p->decision);
    if (p->composing)
        p->tab = SV_PLAY_TAB_COMPOSE;
    else if (p->tab == SV_PLAY_TAB_COMPOSE)
        p->tab = p->feed.public_channel;
}

/* ---- options: update ---------------------------------------------------------------------- */

static void send_option(sv_PlayScreen *p, sv_Ui *ui, sv_Game *g, int row)
{
    const sv_Decision *d = current(p, g);
    if (row < 0 || (uint32_t)row >= d->options.count) return;
    sv_Input in = {.kind = SV_INPUT_CHOOSE,
                   .decision = p->decision,
                   .option = (int32_t)d->options.start + row};
    sv_InputResult r = sv_run_apply(&g->run, &in);
    if (r != SV_INPUT_OK) sv_play_refused(p, ui, g, r);
}

static int row_at(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, const sv_PlayLayout *l,
                  float x, float y)
{
    const sv_Decision *d = current(p, g);
    if (!sv_hit(l->list, x, y)) return -1;
    float rows[SV_MAX_OPTIONS];
    options_rows(ui, g, d, l->list.w - 16.0f, rows, SV_MAX_OPTIONS);
    float top = l->list.y - p->list_scroll;
    for (uint32_t i = 0; i < d->options.count && i < SV_MAX_OPTIONS; i++) {
        if (y >= top && y < top + rows[i]) return (int)i;
        top += rows[i] + ROW_GAP;
    }
    return -1;
}

static void enter_composer(sv_PlayScreen *p)
{
    p->composing = true;
    p->col = SV_COL_PARTS;
    p->cursor = 0;
    p->list_scroll = p->list_target = 0.0f;
    p->tab = SV_PLAY_TAB_COMPOSE;
}

bool sv_options_update(sv_PlayScreen *p, sv_Ui *ui, sv_Game *g, const sv_PlayLayout *l,
                       const sv_UiEvent *e)
{
    const sv_Decision *d = current(p, g);
    int n = (int)d->options.count;
    switch (e->act) {
    case SV_ACT_UP: p->cursor = p->cursor > 0 ? p->cursor - 1 : 0; return true;
    case SV_ACT_DOWN: p->cursor = p->cursor + 1 < n ? p->cursor + 1 : n - 1; return true;
    case SV_ACT_LEFT: sv_decision_switch(p, g, -1); return true;
    case SV_ACT_RIGHT: sv_decision_switch(p, g, 1); return true;
    case SV_ACT_DIGIT:
        if (e->arg >= 1 && e->arg <= n) p->cursor = e->arg - 1;
        return true;
    case SV_ACT_CONFIRM: send_option(p, ui, g, p->cursor); return true;
    case SV_ACT_CLICK: {
        if (l->prev_btn.w > 0.0f && sv_hit(l->prev_btn, e->x, e->y))
            sv_decision_switch(p, g, -1);
        else if (l->next_btn.w > 0.0f && sv_hit(l->next_btn, e->x, e->y))
            sv_decision_switch(p, g, 1);
        else if (sv_hit(l->send_btn, e->x, e->y))
            send_option(p, ui, g, p->cursor);
        else if (l->mode_btn.w > 0.0f && sv_hit(l->mode_btn, e->x, e->y))
            enter_composer(p);
        else {
            int row = row_at(p, ui, g, l, e->x, e->y);
            if (row < 0) return false;
            p->cursor = row;
            p->col = SV_COL_OPTIONS;
            if (e->arg >= 2) send_option(p, ui, g, row);
        }
        return true;
    }
    case SV_ACT_LETTER:
        if (d->parts.count) {
            enter_composer(p);
            sv_composer_update(p, ui, g, l, e);
        }
        return true;
    default: return false;
    }
}

/* ---- drawing -------------------------------------------------------------------------------- */

void sv_decision_draw_head(sv_Ui *ui, const sv_Game *g, const sv_PlayScreen *p,
                           const sv_PlayLayout *l)
{
    const sv_Theme *t = &ui->theme;
    sv_TextCache *tc = &ui->text;
    SDL_FRect pn = l->panel;
    float x = pn.x + PAD, w = pn.w - 2.0f * PAD, y = pn.y + 20.0f;
    if (p->decision < 0) {
        if (g->run.s.ended) return;
        sv_text_draw_wrap(tc, SV_FONT_BODY, t->muted, t->surface, sv_tr(ui, SV_S_PLAY_NO_DECISION),
                          x, pn.y + pn.h / 2.0f - 90.0f, w, 3);
        char label[128];
        snprintf(label, sizeof label, "▶▶  %s", sv_tr(ui, SV_S_PLAY_SKIP));
        if (!p->watching) sv_button(ui, l->skip_btn, label, SV_BUTTON_PRIMARY, true, true);
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
        sv_text_draw(
            tc, SV_FONT_SMALL_BOLD, t->accent, t->surface,
            sv_strings_format(buf, sizeof buf, sv_tr(ui, SV_S_PLAY_DECISION_OF), a, b, NULL), x,
            y + 8.0f, SV_ALIGN_LEFT);
        sv_button(ui, l->prev_btn, "◀", SV_BUTTON_QUIET, false, true);
        sv_button(ui, l->next_btn, "▶", SV_BUTTON_QUIET, false, true);
        y += sv_text_line_height(tc, SV_FONT_SMALL_BOLD) + 30.0f;
    }
    y += sv_text_draw_wrap(tc, prompt_font(ui), t->text, t->surface,
                           sv_text_get(&d->prompt, ui->lang), x, y, w, 3) +
         8.0f;
    /* the deadline: the bar and the time in words, its colour only a second cue */
    uint32_t end = s->decision_open_ms[p->decision] + d->deadline_ms;
    uint32_t left = end > s->now_ms ? end - s->now_ms : 0;
    float frac = d->deadline_ms ? (float)left / (float)d->deadline_ms : 0.0f;
    SDL_Color c = frac < 0.15f ? t->bad : frac < 0.35f ? t->warn : t->accent;
    char clock[16];
    sv_strings_format(buf, sizeof buf, sv_tr(ui, SV_S_PLAY_TIME_LEFT),
                      sv_format_clock(left + 999u, clock, sizeof clock), NULL, NULL);
    float tw = sv_text_draw(tc, SV_FONT_SMALL_BOLD, frac < 0.15f ? t->bad : t->text, t->surface,
                            buf, x + w, y, SV_ALIGN_RIGHT);
    if (d->about >= 0) { /* whose post, on the same line */
        const sv_Post *post = &g->run.sc->posts[d->about];
        char about[256];
        sv_strings_format(about, sizeof about, sv_tr(ui, SV_S_PLAY_ANSWERING),
                          g->run.sc->personas[post->author].name,
                          sv_text_get(&g->run.sc->channels[post->channel].name, ui->lang), NULL);
        sv_text_draw_fit(tc, SV_FONT_SMALL, t->muted, t->surface, about, x, y + 2.0f,
                         w - tw - 24.0f, SV_ALIGN_LEFT);
    }
    y += sv_text_line_height(tc, SV_FONT_SMALL_BOLD) + 6.0f;
    sv_bar(ui, sv_rect(x, y, w, 14.0f), frac, c, t->sunken);
}

static void draw_option(sv_Ui *ui, const sv_Game *g, const sv_PlayScreen *p, int i, SDL_FRect r)
{
    const sv_Theme *t = &ui->theme;
    sv_TextCache *tc = &ui->text;
    const sv_Decision *d = current(p, g);
    int32_t oi = (int32_t)d->options.start + i;
    const sv_Option *o = &g->run.sc->options[oi];
    bool on = sv_session_option_enabled(&g->run.s, oi);
    bool sel = i == p->cursor;
    SDL_Color fill = sel ? t->selected : sv_hover(ui, r) ? t->hover : t->sunken;
    if (sel && !ui->mouse_active && !p->watching) sv_focus_ring(ui, r, 12.0f);
    sv_fill_round(ui, r, 12.0f, fill);
    char num[16], label[160];
    snprintf(num, sizeof num, "%d", i + 1);
    float cy = r.y + 14.0f + 20.0f;
    SDL_Color badge = on ? (sel ? t->accent : t->text) : t->border;
    sv_disc(ui, r.x + 34.0f, cy, 20.0f, badge);
    sv_text_draw(tc, SV_FONT_SMALL_BOLD, sv_theme_ink_on(badge), badge, num, r.x + 34.0f,
                 cy - sv_text_line_height(tc, SV_FONT_SMALL_BOLD) / 2.0f, SV_ALIGN_CENTRE);
    float tx = r.x + BADGE_W, tw = r.w - BADGE_W - 20.0f, y = r.y + 14.0f;
    sv_play_action_label(ui, o->action, o->visibility, label, sizeof label);
    if (!on) {
        size_t n = strlen(label);
        snprintf(label + n, sizeof label - n, " · %s", sv_tr(ui, SV_S_PLAY_NOT_AVAILABLE));
    }
    sv_text_draw_fit(tc, SV_FONT_SMALL_BOLD, on ? t->accent : t->muted, fill, label, tx, y, tw,
                     SV_ALIGN_LEFT);
    y += sv_text_line_height(tc, SV_FONT_SMALL_BOLD) + 2.0f;
    sv_text_draw_wrap(tc, SV_FONT_BODY, on ? t->text : t->muted, fill,
                      sv_text_get(&o->text, ui->lang), tx, y, tw, 0);
}

void sv_options_draw(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, const sv_PlayLayout *l)
{
    const sv_Decision *d = current(p, g);
    if (!d) return;
    float rows[SV_MAX_OPTIONS];
    options_rows(ui, g, d, l->list.w - 16.0f, rows, SV_MAX_OPTIONS);
    sv_clip(ui, &l->list);
    float y = l->list.y - p->list_scroll;
    for (uint32_t i = 0; i < d->options.count && i < SV_MAX_OPTIONS; i++) {
        SDL_FRect r = {l->list.x + 8.0f, y, l->list.w - 16.0f, rows[i]};
        if (y + rows[i] >= l->list.y - 8.0f && y <= l->list.y + l->list.h + 8.0f)
            draw_option(ui, g, p, (int)i, r);
        y += rows[i] + ROW_GAP;
    }
    sv_clip(ui, NULL);
    if (p->watching) return;
    int32_t oi = (int32_t)d->options.start + p->cursor;
    bool can = p->cursor < (int)d->options.count && sv_session_option_enabled(&g->run.s, oi);
    char label[96];
    snprintf(label, sizeof label, "%s  ⏎", sv_tr(ui, SV_S_PLAY_SEND));
    sv_button(ui, l->send_btn, label, SV_BUTTON_PRIMARY, false, can);
    if (l->mode_btn.w > 0.0f)
        sv_button(ui, l->mode_btn, sv_tr(ui, SV_S_PLAY_WRITE_OWN), SV_BUTTON_PLAIN, false, true);
}
