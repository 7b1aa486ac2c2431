/* The decision panel's frame: its layout (head, list, footer buttons) and its
 * head (which decision of how many, the prompt, whose post it is about, the
 * deadline bar), or the skip button when nothing is open. The options and the
 * composer draw inside it (options.c, composer.c). */
#include "panel.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"

#define PAD 24.0f

/* The prompt in the head font, or in bold body text when the player's text is
 * large, so the options keep some room. */
static ui_FontId prompt_font(const ui_Context *ui)
{
    return ui->text.size_pct > 100 ? UI_FONT_BOLD : UI_FONT_HEAD;
}

static float head_height(ui_Context *ui, const ui_DecisionView *v, int open_count, float w)
{
    ui_TextCache *tc = &ui->text;
    float h = 20.0f;
    if (open_count > 1) h += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 30.0f;
    h += fminf(ui_text_wrap_height(tc, prompt_font(ui), sv_text_get(&v->d->prompt, ui->lang), w),
               3.0f * ui_text_line_height(tc, prompt_font(ui))) +
         8.0f;
    h += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 6.0f + 14.0f + 22.0f;
    return h;
}

/* With no decision open: where the text about it starts, and its height. */
static float idle_top(const ui_PanelLayout *l) { return l->panel.y + l->panel.h / 2.0f - 90.0f; }

static float idle_text_h(ui_Context *ui, const ui_DecisionView *v, float w)
{
    ui_TextCache *tc = &ui->text;
    float h = fminf(ui_text_wrap_height(tc, UI_FONT_BODY, ui_tr(ui, UI_S_PLAY_NO_DECISION), w),
                    3.0f * ui_text_line_height(tc, UI_FONT_BODY));
    if (v->next_in_ms >= 0) h += 8.0f + ui_text_line_height(tc, UI_FONT_SMALL_BOLD);
    return h;
}

void ui_panel_layout(ui_Context *ui, const ui_DecisionView *v, int open_count, bool composing,
                     SDL_FRect panel, SDL_FRect parts, ui_PanelLayout *l)
{
    memset(l, 0, sizeof *l);
    l->panel = panel;
    l->parts = parts;
    SDL_FRect pn = panel;
    float x = pn.x + PAD, w = pn.w - 2.0f * PAD;
    float bh = ui_text_line_height(&ui->text, UI_FONT_BOLD) + 26.0f;
    if (!v->d) {
        /* under what to do meanwhile and when the next thing happens */
        float text = idle_top(l) + idle_text_h(ui, v, w) + 20.0f;
        float y = fmaxf(pn.y + pn.h / 2.0f + 20.0f, text);
        /* as wide as its label needs at the larger text sizes */
        char label[128];
        snprintf(label, sizeof label, "▶▶  %s", ui_tr(ui, UI_S_PLAY_SKIP));
        float bw = fminf(w, fmaxf(440.0f, ui_text_width(&ui->text, UI_FONT_BOLD, label) + 72.0f));
        l->skip_btn = ui_rect(x + (w - bw) / 2.0f, y, bw, bh);
        return;
    }
    const sv_Decision *d = v->d;
    if (open_count > 1) {
        float cb = ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 20.0f;
        l->next_btn = ui_rect(x + w - cb * 1.4f, pn.y + 16.0f, cb * 1.4f, cb);
        l->prev_btn = ui_rect(l->next_btn.x - cb * 1.4f - 8.0f, pn.y + 16.0f, cb * 1.4f, cb);
    }
    float top = pn.y + head_height(ui, v, open_count, w);
    float lh = ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD);
    l->deadline = ui_rect(x, top - (lh + 6.0f + 14.0f + 22.0f), w, lh + 6.0f + 14.0f);
    if (d->about >= 0) {
        l->about_btn = ui_rect(x, top - (lh + 6.0f + 14.0f + 22.0f), w * 0.6f, lh + 4.0f);
    }
    float footer = pn.y + pn.h - PAD - bh;
    bool mixed = d->parts.count > 0 && d->options.count > 0;
    if (composing) {
        l->list = ui_rect(x, top, w, footer - 12.0f - top);
    } else {
        l->send_btn = ui_rect(x + w - 240.0f, footer, 240.0f, bh);
        l->list = ui_rect(pn.x + 8.0f, top, pn.w - 16.0f, footer - 12.0f - top);
    }
    if (mixed) {
        float mw = composing ? 300.0f : w - 240.0f - 16.0f;
        l->mode_btn = ui_rect(composing ? x + w - mw : x,
                              composing ? pn.y + pn.h - PAD - bh - bh - 12.0f : footer, mw, bh);
        if (composing) l->list.h -= bh + 12.0f;
    }
}

/* With nothing open: what the player can do meanwhile, and the skip button. */
static void draw_idle(ui_Context *ui, const ui_DecisionView *v, const ui_PanelLayout *l)
{
    const ui_Theme *t = &ui->theme;
    SDL_FRect pn = l->panel;
    float x = pn.x + PAD, w = pn.w - 2.0f * PAD;
    float y = idle_top(l);
    y += ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->muted, t->surface,
                           ui_tr(ui, UI_S_PLAY_NO_DECISION), x, y, w, 3);
    if (v->next_in_ms >= 0) { /* what the skip button saves the player from waiting */
        char span[64], line[160];
        ui_time_span(ui->strings, ui->lang, v->next_in_ms + 999, span, sizeof span);
        ui_text_draw_fit(
            &ui->text, UI_FONT_SMALL_BOLD, t->text, t->surface,
            ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_PLAY_NEXT_IN), span, NULL, NULL), x,
            y + 8.0f, w, UI_ALIGN_LEFT);
    }
    char label[128];
    snprintf(label, sizeof label, "▶▶  %s", ui_tr(ui, UI_S_PLAY_SKIP));
    if (!v->watching) ui_button(ui, l->skip_btn, label, UI_BUTTON_PRIMARY, true, true);
}

void ui_panel_draw_head(ui_Context *ui, const ui_DecisionView *v, int at, int open_count,
                        bool ended, const ui_PanelLayout *l)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    SDL_FRect pn = l->panel;
    float x = pn.x + PAD, w = pn.w - 2.0f * PAD, y = pn.y + 20.0f;
    if (!v->d) {
        if (!ended) draw_idle(ui, v, l);
        return;
    }
    const sv_Decision *d = v->d;
    const sv_Session *s = v->s;
    UI_ASSERT(v->index >= 0 && (uint32_t)v->index < v->sc->decision_count);
    char buf[256], a[16], b[16];
    if (open_count > 1) {
        snprintf(a, sizeof a, "%d", at + 1);
        snprintf(b, sizeof b, "%d", open_count);
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
    uint32_t allowed = sv_session_deadline_ms(s, v->index); /* the pressure dial's */
    uint32_t end = s->decision_open_ms[v->index] + allowed;
    uint32_t left = end > s->now_ms ? end - s->now_ms : 0;
    float frac = allowed ? (float)left / (float)allowed : 0.0f;
    SDL_Color c = frac < 0.15f ? t->bad : frac < 0.35f ? t->warn : t->accent;
    char clock[64];
    ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_PLAY_TIME_LEFT),
                      ui_time_left(ui->strings, ui->lang, (int64_t)left + 999, clock, sizeof clock),
                      NULL, NULL);
    float tw = ui_text_draw(tc, UI_FONT_SMALL_BOLD, frac < 0.15f ? t->bad : t->text, t->surface,
                            buf, x + w, y, UI_ALIGN_RIGHT);
    if (d->about >= 0) { /* whose post, on the same line */
        const sv_Post *post = &v->sc->posts[d->about];
        char about[256];
        ui_strings_format(about, sizeof about, ui_tr(ui, UI_S_PLAY_ANSWERING),
                          v->sc->personas[post->author].name,
                          sv_text_get(&v->sc->channels[post->channel].name, ui->lang), NULL);
        ui_text_draw_fit(tc, UI_FONT_SMALL, t->muted, t->surface, about, x, y + 2.0f,
                         w - tw - 24.0f, UI_ALIGN_LEFT);
    }
    y += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 6.0f;
    ui_bar(ui, ui_rect(x, y, w, 14.0f), frac, c, t->sunken);
}

const char *ui_panel_full_reason(const ui_Context *ui, const ui_DecisionView *v, int32_t post,
                                 char *buf, size_t size)
{
    buf[0] = '\0';
    const sv_Scenario *sc = v->sc;
    uint32_t cap = sv_scenario_post_replies(sc, post);
    if (!cap || sv_session_thread_room(v->s, post) > 0) return buf;
    char n[12];
    snprintf(n, sizeof n, "%u", (unsigned)cap);
    ui_StrId id = cap == 1 ? UI_S_PLAY_FULL_ONE : UI_S_PLAY_FULL_MANY;
    return ui_strings_format(buf, size, ui_tr(ui, id),
                             sv_text_get(&sc->channels[sc->posts[post].channel].name, ui->lang), n,
                             NULL);
}
