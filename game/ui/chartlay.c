/* The chart's layout without SDL: the time axis' step from its labels'
 * measured widths, and the decision numbers' places (chartlay.h). */
#include "chartlay.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>

const char *ui_chart_time_label(const ui_Strings *s, sv_Lang l, uint32_t ms, uint32_t end_ms,
                                char *buf, size_t size)
{
    if (ui_time_style(end_ms) == UI_CLOCK_MINUTES)
        return ui_time_clock(s, l, (int64_t)ms, end_ms, buf, size);
    if (!ms) {
        snprintf(buf, size, "0");
        return buf;
    }
    return ui_time_span(s, l, (int64_t)ms, buf, size);
}

static const uint32_t steps[] = {60000u,    120000u,   300000u,    600000u,   900000u,
                                 1800000u,  3600000u,  7200000u,   10800000u, 21600000u,
                                 43200000u, 86400000u, 172800000u, 604800000u};
#define STEP_COUNT (sizeof steps / sizeof steps[0])

/* Whether every two neighbouring labels at `step` keep `gap` apart. */
static bool fits(const ui_Strings *s, sv_Lang l, uint32_t end_ms, uint32_t step, float width,
                 float gap, ui_ChartMeasure measure, void *ctx)
{
    float last_x = 0.0f, last_half = 0.0f;
    for (uint64_t ms = 0; ms <= end_ms; ms += step) {
        char label[64];
        ui_chart_time_label(s, l, (uint32_t)ms, end_ms, label, sizeof label);
        float x = width * (float)ms / (float)end_ms, half = measure(ctx, label) / 2.0f;
        if (ms && x - last_x < last_half + half + gap) return false;
        last_x = x;
        last_half = half;
    }
    return true;
}

uint32_t ui_chart_time_step(const ui_Strings *s, sv_Lang l, uint32_t end_ms, float width, float gap,
                            ui_ChartMeasure measure, void *ctx)
{
    end_ms = end_ms ? end_ms : 1u;
    uint32_t most = ui_time_style(end_ms) == UI_CLOCK_MINUTES ? 10u : 8u;
    for (size_t i = 0; i < STEP_COUNT; i++)
        if (end_ms / steps[i] <= most && fits(s, l, end_ms, steps[i], width, gap, measure, ctx))
            return steps[i];
    return steps[STEP_COUNT - 1];
}

void ui_chart_marker_xs(const sv_DebriefDecision *d, size_t n, uint32_t end_ms, float x0, float w,
                        float gap, float *xs)
{
    end_ms = end_ms ? end_ms : 1u;
    for (size_t i = 0; i < n; i++) {
        uint32_t at = d[i].open_ms < end_ms ? d[i].open_ms : end_ms;
        xs[i] = x0 + w * (float)at / (float)end_ms;
        if (i) xs[i] = fmaxf(xs[i], xs[i - 1] + gap);
    }
    /* back from the right end, as little as it takes */
    for (size_t k = n; k-- > 0;) {
        float most = k + 1 < n ? xs[k + 1] - gap : x0 + w;
        if (xs[k] > most) xs[k] = most;
    }
}
