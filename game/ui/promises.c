/* The promises panel: whom the brand promised to get back to, by when and
 * how long is left, and which promises were kept or broken. The scoring model
 * keeps the promises (they enter the state hash); this only reads them. */
#include "promises.h"

#include <stdio.h>

#include "draw.h"

#define PAD 22.0f
#define ROW_GAP 10.0f

/* Open promises first, soonest due first; then settled ones, latest first. */
static bool shown_before(const sv_Promise *a, const sv_Promise *b)
{
    bool ao = a->state == SV_PROMISE_OPEN, bo = b->state == SV_PROMISE_OPEN;
    if (ao != bo) return ao;
    return ao ? a->due_ms < b->due_ms : a->settled_ms > b->settled_ms;
}

/* The first `cap` promises in the order shown, as indices; returns how many in all. */
static size_t pick(const sv_ScoreState *st, size_t *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < st->promise_count; i++) {
        size_t at = n < cap ? n++ : cap;
        while (at > 0 && shown_before(&st->promises[i], &st->promises[out[at - 1]])) {
            if (at < cap) out[at] = out[at - 1];
            at--;
        }
        if (at < cap) out[at] = i;
    }
    return st->promise_count;
}

static const sv_ScoreState *promises_of(const ui_Run *r)
{
    return r->active && r->s.score && r->s.score->promise_count ? r->s.score : NULL;
}

static float row_h(ui_Context *ui)
{
    return ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) +
           ui_text_line_height(&ui->text, UI_FONT_SMALL) + ROW_GAP;
}

static size_t cap_rows(size_t rows)
{
    return rows < 1 ? 1 : rows > UI_PROMISES_SHOWN ? UI_PROMISES_SHOWN : rows;
}

float ui_promises_height(ui_Context *ui, const ui_Run *r, size_t rows)
{
    const sv_ScoreState *st = promises_of(r);
    if (!st) return 0.0f;
    rows = cap_rows(rows);
    size_t n = st->promise_count < rows ? st->promise_count : rows;
    float h = 2.0f * 14.0f + ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 6.0f +
              (float)n * row_h(ui);
    if (st->promise_count > rows) h += ui_text_line_height(&ui->text, UI_FONT_SMALL);
    return h;
}

/* The person the promise was made to: the author of the post its reply answered. */
static const char *promised_to(const ui_Run *r, const sv_Promise *p)
{
    const sv_Scenario *sc = r->sc;
    int32_t post = p->thread;
    if (p->reply >= 0 && (size_t)p->reply < r->s.reply_count) {
        int32_t answered = sv_reply_post(sc, &r->s.replies[p->reply]);
        if (answered >= 0) post = answered;
    }
    if (post < 0 || (uint32_t)post >= sc->post_count) return "";
    int32_t who = sc->posts[post].author;
    return who >= 0 && (uint32_t)who < sc->persona_count ? sc->personas[who].name : "";
}

static void draw_row(ui_Context *ui, const ui_Run *r, const sv_Promise *p, float x, float y,
                     float w)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    char line[256], by[64], left[64];
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_PLAY_PROMISE), promised_to(r, p), NULL,
                      NULL);
    ui_text_draw_fit(tc, UI_FONT_SMALL_BOLD, t->text, t->surface, line, x, y, w, UI_ALIGN_LEFT);
    y += ui_text_line_height(tc, UI_FONT_SMALL_BOLD);
    SDL_Color c = t->muted;
    if (p->state == SV_PROMISE_KEPT) {
        snprintf(line, sizeof line, "%s", ui_tr(ui, UI_S_PLAY_PROMISE_KEPT));
        c = t->good;
    } else if (p->state == SV_PROMISE_BROKEN) {
        snprintf(line, sizeof line, "%s", ui_tr(ui, UI_S_PLAY_PROMISE_BROKEN));
        c = t->bad;
    } else {
        ui_time_clock(ui->strings, ui->lang, p->due_ms, r->sc->duration_ms, by, sizeof by);
        int64_t ms = (int64_t)p->due_ms - (int64_t)r->s.now_ms + 999;
        ui_time_left(ui->strings, ui->lang, ms, left, sizeof left);
        ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_PLAY_PROMISE_DUE), by, left, NULL);
    }
    ui_text_draw_fit(tc, p->state == SV_PROMISE_OPEN ? UI_FONT_SMALL : UI_FONT_SMALL_BOLD, c,
                     t->surface, line, x, y, w, UI_ALIGN_LEFT);
}

void ui_promises_draw(ui_Context *ui, const ui_Run *r, SDL_FRect area, size_t max_rows)
{
    const sv_ScoreState *st = promises_of(r);
    if (!st || area.h <= 0.0f) return;
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    ui_panel(ui, area, 16.0f, t->surface, t->border);
    float x = area.x + PAD, w = area.w - 2.0f * PAD, y = area.y + 14.0f;
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->accent, t->surface, ui_tr(ui, UI_S_PLAY_PROMISES), x, y,
                 UI_ALIGN_LEFT);
    y += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 6.0f;
    size_t rows[UI_PROMISES_SHOWN], cap = cap_rows(max_rows);
    size_t all = pick(st, rows, cap);
    size_t n = all < cap ? all : cap;
    for (size_t i = 0; i < n; i++, y += row_h(ui)) draw_row(ui, r, &st->promises[rows[i]], x, y, w);
    if (all > n) {
        char more[32], line[64];
        snprintf(more, sizeof more, "%zu", all - n);
        ui_text_draw(tc, UI_FONT_SMALL, t->muted, t->surface,
                     ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_PLAY_PROMISES_MORE), more,
                                       NULL, NULL),
                     x, y, UI_ALIGN_LEFT);
    }
}
