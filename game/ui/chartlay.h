/* Where the chart's text and markers go (chart.c draws them): the time axis'
 * labels and their step, chosen from the labels' measured widths so they
 * never run into each other in any language, and the decisions' numbers, in
 * the debrief's order (the order they opened) from left to right. Pure
 * functions of their arguments, SDL-free, so a unit test links them alone;
 * text is measured through a callback. */
#ifndef SVARA_UI_CHARTLAY_H
#define SVARA_UI_CHARTLAY_H

#include <stddef.h>
#include <stdint.h>

#include "svara/debrief.h"
#include "timefmt.h"

/* The width of one line of text, in the plot's units. */
typedef float (*ui_ChartMeasure)(void *ctx, const char *text);

/* The time axis' label at ms in a chart end_ms long: "0" at the start, the
 * clock ("05:00") in a chart of minutes, else a span ("1 tim 30 min", "2 d"). */
const char *ui_chart_time_label(const ui_Strings *s, sv_Lang l, uint32_t ms, uint32_t end_ms,
                                char *buf, size_t size);

/* The smallest round step (a minute up to a week) at which the axis of a
 * chart end_ms long and `width` wide has at most ten labels (eight in a
 * chart of hours or days) and every two neighbours, centred on their ticks,
 * keep at least `gap` apart as `measure` measures them. The largest step
 * when none does. */
uint32_t ui_chart_time_step(const ui_Strings *s, sv_Lang l, uint32_t end_ms, float width, float gap,
                            ui_ChartMeasure measure, void *ctx);

/* Where decision i's number goes along a plot from x0, w wide, over end_ms:
 * above the moment it opened, moved right (or, at the plot's end, left) just
 * enough that each is at least `gap` after the one before. Numbers follow
 * the list (sv_Debrief.decisions, in the order the decisions opened), so
 * they read 1, 2, 3 from left to right even when a later decision closed
 * first. */
void ui_chart_marker_xs(const sv_DebriefDecision *d, size_t n, uint32_t end_ms, float x0, float w,
                        float gap, float *xs);

#endif
