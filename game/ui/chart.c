/* The debrief's chart: reputation, sentiment and the customer's mood (0-100)
 * and reach (on its own scale) over the scenario's time, with every decision
 * numbered where it opened and marked where it closed. Lines differ in pattern as well as colour,
 * and the legend names each one with its final value, so no one needs the colours. Its axes and
 * lines are also the workshop board's (chart.h). */
#include <math.h>
#include <stdio.h>

#include "chart.h"
#include "chartlay.h"
#include "draw.h"
#include "screens.h"

typedef enum { LINE_SOLID = 0, LINE_DASHED, LINE_DOTTED, LINE_THIN } LineStyle;

static const LineStyle styles[SV_METER_COUNT] = {LINE_SOLID, LINE_DASHED, LINE_DOTTED, LINE_THIN};

/* A polyline with a pattern; the pattern runs on along the whole line. */
typedef struct Pen {
    ui_Context *ui;
    LineStyle style;
    SDL_Color colour;
    float run; /* length drawn so far */
    bool have;
    float x, y;
} Pen;

static void pen_to(Pen *p, float x, float y)
{
    if (!p->have) {
        p->have = true;
        p->x = x;
        p->y = y;
        return;
    }
    float dx = x - p->x, dy = y - p->y, len = sqrtf(dx * dx + dy * dy);
    float width = p->style == LINE_SOLID ? 5.0f : p->style == LINE_THIN ? 2.5f : 4.0f;
    float on = p->style == LINE_DASHED ? 16.0f : 5.0f,
          period = p->style == LINE_DASHED ? 26.0f : 12.0f;
    if (p->style == LINE_SOLID || p->style == LINE_THIN || len < 0.01f) {
        ui_line(p->ui, p->x, p->y, x, y, width, p->colour);
    } else {
        /* walk the segment in pieces that fall on the pattern's "on" parts */
        float t = 0.0f;
        while (t < len) {
            float phase = fmodf(p->run + t, period);
            float step = phase < on ? on - phase : period - phase;
            if (t + step > len) step = len - t;
            if (phase < on)
                ui_line(p->ui, p->x + dx * t / len, p->y + dy * t / len,
                        p->x + dx * (t + step) / len, p->y + dy * (t + step) / len, width,
                        p->colour);
            t += step;
        }
    }
    p->run += len;
    p->x = x;
    p->y = y;
}

/* A label's width for ui_chart_time_step. */
static float measure_small(void *ctx, const char *text)
{
    return ui_text_width((ui_TextCache *)ctx, UI_FONT_SMALL, text);
}

void ui_chart_axes(ui_Context *ui, SDL_FRect plot, uint32_t end_ms, int32_t left_max,
                   int32_t right_max, SDL_Color bg)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    float sh = ui_text_line_height(tc, UI_FONT_SMALL);
    for (int v = 0; v <= 100; v += 25) {
        float y = plot.y + plot.h - plot.h * (float)v / 100.0f;
        ui_fill(ui, ui_rect(plot.x, y, plot.w, v == 0 ? 2.0f : 1.0f),
                v == 0 ? t->muted : t->border);
        char n[32];
        if (left_max == 100)
            snprintf(n, sizeof n, "%d", v);
        else
            ui_format_count((uint32_t)((int64_t)left_max * v / 100), n, sizeof n);
        ui_text_draw(tc, UI_FONT_SMALL, t->muted, bg, n, plot.x - 10.0f, y - sh / 2.0f,
                     UI_ALIGN_RIGHT);
    }
    char n[32];
    ui_format_count((uint32_t)(right_max > 0 ? right_max : 0), n, sizeof n);
    if (right_max >= 0)
        ui_text_draw(tc, UI_FONT_SMALL, t->muted, bg, n, plot.x + plot.w + 10.0f,
                     plot.y - sh / 2.0f, UI_ALIGN_LEFT);
    /* as many labels as fit side by side, measured in this language and text size */
    uint32_t step =
        ui_chart_time_step(ui->strings, ui->lang, end_ms, plot.w, 24.0f, measure_small, tc);
    for (uint64_t ms = 0; ms <= end_ms; ms += step) {
        float x = plot.x + plot.w * (float)ms / (float)end_ms;
        ui_fill(ui, ui_rect(x, plot.y + plot.h, 1.5f, 8.0f), t->muted);
        char label[64];
        ui_chart_time_label(ui->strings, ui->lang, (uint32_t)ms, end_ms, label, sizeof label);
        ui_text_draw(tc, UI_FONT_SMALL, t->muted, bg, label, x, plot.y + plot.h + 10.0f,
                     UI_ALIGN_CENTRE);
    }
}

#define SPREAD_MAX 64 /* decisions whose numbers are moved apart; more keep their places */

/* Each decision's number over the moment it opened, in the list's order from
 * left to right (moved apart where they would touch), a bar from it to where
 * the decision closed, and a line down the plot there, where its reply moved
 * the meters: "open from here to there". */
static void markers(ui_Context *ui, const sv_Debrief *d, SDL_FRect plot, uint32_t end_ms,
                    int highlight)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    float xs[SPREAD_MAX];
    bool spread_out = d->decision_count <= SPREAD_MAX;
    if (spread_out)
        ui_chart_marker_xs(d->decisions, d->decision_count, end_ms, plot.x, plot.w,
                           2.0f * 19.0f + 2.0f, xs);
    /* the highlighted one last, over the bars of others that were open with it */
    for (size_t k = 0; k <= d->decision_count; k++) {
        size_t i = k < d->decision_count ? k : (size_t)highlight;
        if (k < d->decision_count ? (int)k == highlight
                                  : highlight < 0 || (size_t)highlight >= d->decision_count)
            continue;
        const sv_DebriefDecision *dd = &d->decisions[i];
        float x = plot.x +
                  plot.w * (float)(dd->close_ms < end_ms ? dd->close_ms : end_ms) / (float)end_ms;
        float dx = spread_out
                       ? xs[i]
                       : plot.x + plot.w * (float)(dd->open_ms < end_ms ? dd->open_ms : end_ms) /
                                      (float)end_ms;
        bool hi = (int)i == highlight;
        SDL_Color c = hi ? t->accent : t->muted;
        float r = hi ? 19.0f : 16.0f, cy = plot.y - r - 4.0f, w = hi ? 3.0f : 1.5f;
        /* a bar at the number's height from it to where it closed, and a line
         * down the plot from there (1.5 units: 1 can vanish in a small window) */
        bool apart = fabsf(dx - x) >= 1.0f;
        float top = apart ? cy - w / 2.0f : plot.y;
        if (apart) ui_fill(ui, ui_rect(fminf(x, dx), top, fabsf(dx - x), w), c);
        ui_fill(ui, ui_rect(x - w / 2.0f, top, w, plot.y + plot.h - top), c);
        ui_disc(ui, dx, cy, r, c);
        char n[24];
        snprintf(n, sizeof n, "%zu", i + 1);
        ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->on_accent, c, n, dx,
                     cy - ui_text_line_height(tc, UI_FONT_SMALL_BOLD) / 2.0f, UI_ALIGN_CENTRE);
    }
}

/* One legend entry: "Reputation 79.0". */
static void legend_label(ui_Context *ui, const sv_Debrief *d, int m, char *buf, size_t size)
{
    char v[32];
    if (m == SV_METER_REACH)
        ui_format_count((uint32_t)d->meters_final[m], v, sizeof v);
    else
        ui_format_tenths(ui, d->meters_final[m], v, sizeof v);
    snprintf(buf, size, "%s %s", ui_tr(ui, (ui_StrId)(UI_S_METER_REPUTATION + m)), v);
}

/* The legend: each meter's line pattern, name and final value, in as many
 * rows as it needs (large text) along the bottom of area. Draws when draw;
 * returns its height either way. */
static float legend(ui_Context *ui, const sv_Debrief *d, SDL_FRect area, bool draw)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    float lh = ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 8.0f, left = area.x + 20.0f;
    float xs[SV_METER_COUNT], rows[SV_METER_COUNT], x = left, row = 0.0f;
    char label[SV_METER_COUNT][96];
    for (int m = 0; m < SV_METER_COUNT; m++) {
        legend_label(ui, d, m, label[m], sizeof label[m]);
        float w = 54.0f + ui_text_width(tc, UI_FONT_SMALL_BOLD, label[m]) + 36.0f;
        if (x + w > area.x + area.w - 10.0f && x > left) {
            x = left;
            row += lh;
        }
        xs[m] = x;
        rows[m] = row;
        x += w;
    }
    float height = row + lh;
    if (!draw) return height;
    float top = area.y + area.h - 12.0f - height;
    for (int m = 0; m < SV_METER_COUNT; m++) {
        float y = top + rows[m], cy = y + (lh - 8.0f) / 2.0f;
        ui_chart_swatch(ui, xs[m], cy, 44.0f, styles[m], t->meter[m]);
        ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->text, t->surface, label[m], xs[m] + 54.0f, y,
                     UI_ALIGN_LEFT);
    }
    return height;
}

void ui_chart_swatch(ui_Context *ui, float x, float y, float w, int style, SDL_Color c)
{
    Pen pen = {ui, (LineStyle)(style & 3), c, 0.0f, false, 0.0f, 0.0f};
    pen_to(&pen, x, y);
    pen_to(&pen, x + w, y);
}

float ui_chart_y(SDL_FRect plot, int32_t v, int32_t max)
{
    float f = (float)v / (float)(max > 0 ? max : 1);
    return plot.y + plot.h - plot.h * (f < 0.0f ? 0.0f : f > 1.0f ? 1.0f : f);
}

void ui_chart_series(ui_Context *ui, SDL_FRect plot, uint32_t end, int meter, int32_t max,
                     const ui_ChartSeries *line)
{
    Pen pen = {ui, (LineStyle)(line->style & 3), line->colour, 0.0f, false, 0.0f, 0.0f};
    float last_x = -1.0f;
    end = end ? end : 1u;
    for (size_t i = 0; i < line->count; i++) {
        const sv_MeterSample *s = &line->samples[i];
        float x = plot.x + plot.w * (float)(s->t_ms < end ? s->t_ms : end) / (float)end;
        float y = ui_chart_y(plot, s->meters[meter], max);
        /* one point per pixel column is enough; keep the last of each */
        if (i + 1 < line->count && floorf(x) == floorf(last_x)) continue;
        pen_to(&pen, x, y);
        last_x = x;
    }
    uint32_t until = line->until_ms && line->until_ms < end ? line->until_ms : end;
    pen_to(&pen, plot.x + plot.w * (float)until / (float)end, ui_chart_y(plot, line->final, max));
}

void ui_chart_draw(ui_Context *ui, const ui_Game *g, SDL_FRect area, int highlight)
{
    const ui_Theme *t = &ui->theme;
    const ui_Run *r = &g->run;
    ui_panel(ui, area, 16.0f, t->surface, t->border);
    ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, t->accent, t->surface,
                 ui_tr(ui, UI_S_DEBRIEF_CHART), area.x + 20.0f, area.y + 14.0f, UI_ALIGN_LEFT);
    if (!r->has_debrief) return;
    const sv_Debrief *d = &r->debrief;
    float sh = ui_text_line_height(&ui->text, UI_FONT_SMALL);
    float top = 14.0f + ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) +
                50.0f; /* title, then markers */
    float legend_h = legend(ui, d, area, false);
    /* room on the left for "100" and on the right for reach's largest value */
    char most[32];
    ui_format_count(99999u, most, sizeof most);
    float left = ui_text_width(&ui->text, UI_FONT_SMALL, "100") + 34.0f;
    float right = ui_text_width(&ui->text, UI_FONT_SMALL, most) + 30.0f;
    SDL_FRect plot = {area.x + left, area.y + top, area.w - left - right,
                      area.h - top - sh - 36.0f - legend_h};
    uint32_t end = r->core.s.now_ms > 1000u ? r->core.s.now_ms : 1000u;
    int32_t reach_max = 100;
    for (size_t i = 0; i < d->history_count; i++)
        if (d->history[i].meters[SV_METER_REACH] > reach_max)
            reach_max = d->history[i].meters[SV_METER_REACH];
    ui_chart_axes(ui, plot, end, 100, reach_max, t->surface);
    for (int m = SV_METER_COUNT - 1; m >= 0; m--) {
        ui_ChartSeries line = {.samples = d->history,
                               .count = d->history_count,
                               .final = d->meters_final[m],
                               .colour = t->meter[m],
                               .style = styles[m]};
        ui_chart_series(ui, plot, end, m, m == SV_METER_REACH ? reach_max : SV_METER_MAX, &line);
    }
    markers(ui, d, plot, end, highlight);
    legend(ui, d, area, true);
}
