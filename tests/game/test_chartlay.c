/* The debrief chart's layout (game/ui/chartlay.c): time labels that keep
 * apart in English, Swedish and Norwegian for runs of minutes, hours and
 * days, and decision numbers that read 1, 2, 3 from left to right in the
 * debrief's order even when a later decision closed first. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "chartlay.h"
#include "strings_fixture.h"

#define S 1000u
#define MIN (60u * S)
#define HOUR (60u * MIN)

/* About the game's small font at 1920 wide: 11 units a character. */
static float measure(void *ctx, const char *text)
{
    (void)ctx;
    float n = 0.0f;
    for (const char *p = text; *p; p++) n += ((unsigned char)*p & 0xC0u) != 0x80u;
    return 11.0f * n;
}

/* Every two neighbouring labels at the chosen step keep the gap; at least three labels. */
static void check_axis(sv_Lang l, uint32_t end_ms, float width, float gap)
{
    uint32_t step = ui_chart_time_step(&strings, l, end_ms, width, gap, measure, NULL);
    float last_x = 0.0f, last_half = 0.0f;
    int labels = 0;
    char last[64] = "";
    for (uint64_t ms = 0; ms <= end_ms; ms += step, labels++) {
        char label[64];
        ui_chart_time_label(&strings, l, (uint32_t)ms, end_ms, label, sizeof label);
        float x = width * (float)ms / (float)end_ms, half = measure(NULL, label) / 2.0f;
        if (ms && x - last_x < last_half + half + gap)
            fail_msg("language %d, %u ms long, step %u ms: \"%s\" at %.0f runs into \"%s\" at %.0f",
                     (int)l, end_ms, step, label, (double)x, last, (double)last_x);
        last_x = x;
        last_half = half;
        snprintf(last, sizeof last, "%s", label);
    }
    assert_in_range(labels, 3, 11);
}

static void labels_keep_apart(void **state)
{
    (void)state;
    /* billing (1 h 55 min), a run of hours, hotel (3 d 6 h), train (10 min), the tutorial */
    static const uint32_t ends[] = {6900u * S, 2u * HOUR + 30u * MIN, 280800u * S, 600u * S,
                                    200u * S};
    for (int l = 0; l < SV_LANG_COUNT; l++)
        for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
            check_axis((sv_Lang)l, ends[i], 1000.0f, 24.0f);
            check_axis((sv_Lang)l, ends[i], 700.0f, 24.0f); /* the board's narrower chart */
        }
}

static void labels_read_as_time(void **state)
{
    (void)state;
    char buf[64];
    assert_string_equal(ui_chart_time_label(&strings, SV_LANG_SV, 0, 6900u * S, buf, sizeof buf),
                        "0");
    assert_string_equal(
        ui_chart_time_label(&strings, SV_LANG_SV, 90u * MIN, 6900u * S, buf, sizeof buf),
        "1 tim 30 min");
    assert_string_equal(
        ui_chart_time_label(&strings, SV_LANG_NB, 2u * MIN, 600u * S, buf, sizeof buf), "02:00");
    /* a run of an hour and fifty-five minutes in Swedish: no more labels than fit */
    assert_true(ui_chart_time_step(&strings, SV_LANG_SV, 6900u * S, 1000.0f, 24.0f, measure,
                                   NULL) >= 30u * MIN);
}

static void check_markers(const sv_DebriefDecision *d, size_t n, uint32_t end_ms, float gap)
{
    float xs[8];
    const float x0 = 100.0f, w = 1000.0f;
    ui_chart_marker_xs(d, n, end_ms, x0, w, gap, xs);
    for (size_t i = 0; i < n; i++) {
        assert_true(xs[i] >= x0 && xs[i] <= x0 + w);
        if (i && xs[i] - xs[i - 1] < gap - 0.01f)
            fail_msg("decision %zu's number at %.1f, only %.1f after decision %zu's", i + 1,
                     (double)xs[i], (double)(xs[i] - xs[i - 1]), i);
    }
}

static void numbers_follow_the_list(void **state)
{
    (void)state;
    /* as the debrief lists them, by opening; the second and third close before the first */
    sv_DebriefDecision d[5];
    memset(d, 0, sizeof d);
    const uint32_t open[5] = {10u * S, 60u * S, 61u * S, 300u * S, 500u * S};
    const uint32_t close[5] = {400u * S, 120u * S, 90u * S, 310u * S, 590u * S};
    for (int i = 0; i < 5; i++) {
        d[i].open_ms = open[i];
        d[i].close_ms = close[i];
    }
    check_markers(d, 5, 600u * S, 40.0f);
    float xs[5];
    ui_chart_marker_xs(d, 5, 600u * S, 100.0f, 1000.0f, 40.0f, xs);
    assert_float_equal(xs[0], 100.0f + 1000.0f * 10.0f / 600.0f, 0.01f); /* where it opened */
    assert_float_equal(xs[3], 600.0f, 0.01f);
    /* three opening at the very end are moved left, still in order */
    for (int i = 0; i < 3; i++) d[i].open_ms = d[i].close_ms = 600u * S;
    check_markers(d, 3, 600u * S, 40.0f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(labels_keep_apart),
        cmocka_unit_test(labels_read_as_time),
        cmocka_unit_test(numbers_follow_the_list),
    };
    return cmocka_run_group_tests(tests, strings_load, strings_unload);
}
