/* The pieces of the debrief's chart (chart.c) that other charts share: the
 * axes (0-100, or a count, over the scenario's time), a line of meter
 * samples in one of four patterns, and a legend's sample of a pattern. The
 * workshop board draws every team's line of one meter with them. */
#ifndef SVARA_UI_CHART_H
#define SVARA_UI_CHART_H

#include <stddef.h>
#include <stdint.h>

#include "svara/score.h"
#include "ui.h"

/* One line: a meter's samples, held at `final` to the end (or to `until_ms`
 * when it is not 0: a run still going stops where it is now); style 0 solid,
 * 1 dashed, 2 dotted, 3 thin, so lines differ without their colours. */
typedef struct ui_ChartSeries {
    const sv_MeterSample *samples;
    size_t count;
    int32_t final;
    SDL_Color colour;
    int style;
    uint32_t until_ms;
} ui_ChartSeries;

/* Grid lines and labels: the left axis 0..left_max (100: the meters'
 * points, else a count), right_max over the top right (-1: none), and the
 * time axis to end_ms. */
void ui_chart_axes(ui_Context *ui, SDL_FRect plot, uint32_t end_ms, int32_t left_max,
                   int32_t right_max, SDL_Color bg);
/* The line of meter `meter` from 0 to max over the plot. */
void ui_chart_series(ui_Context *ui, SDL_FRect plot, uint32_t end_ms, int meter, int32_t max,
                     const ui_ChartSeries *line);
/* Where value v of 0..max sits on the plot. */
float ui_chart_y(SDL_FRect plot, int32_t v, int32_t max);
/* A legend's sample of a line's pattern, w long at (x, y). */
void ui_chart_swatch(ui_Context *ui, float x, float y, float w, int style, SDL_Color c);

#endif
