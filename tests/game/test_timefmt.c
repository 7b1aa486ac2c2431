/* Simulated time as the player reads it (game/ui/timefmt.c), in English,
 * Swedish and Norwegian Bokmål, with the game's own strings from assets/lang. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "strings_fixture.h"
#include "timefmt.h"

#define S 1000
#define MIN (60 * S)
#define HOUR (60 * MIN)
#define DAY (24 * (int64_t)HOUR)

/* One row: the three languages' expected texts for one call. */
typedef struct Row {
    int64_t a, b;
    const char *want[SV_LANG_COUNT];
} Row;

typedef const char *(*OneTime)(const ui_Strings *, sv_Lang, int64_t, char *, size_t);

static void check_rows(OneTime f, const Row *rows, size_t n)
{
    char buf[128];
    for (size_t i = 0; i < n; i++)
        for (int l = 0; l < SV_LANG_COUNT; l++)
            assert_string_equal(f(&strings, (sv_Lang)l, rows[i].a, buf, sizeof buf),
                                rows[i].want[l]);
}

static void spans_in_short_units(void **state)
{
    (void)state;
    static const Row rows[] = {
        {0, 0, {"0 s", "0 s", "0 s"}},
        {45 * S + 999, 0, {"45 s", "45 s", "45 s"}},
        {3 * MIN + 20 * S, 0, {"3 min 20 s", "3 min 20 s", "3 min 20 s"}},
        {5 * MIN, 0, {"5 min", "5 min", "5 min"}},
        {12 * MIN + 30 * S, 0, {"12 min", "12 min", "12 min"}},
        {2 * HOUR + 5 * MIN, 0, {"2 h 5 min", "2 tim 5 min", "2 t 5 min"}},
        {3 * HOUR, 0, {"3 h", "3 tim", "3 t"}},
        {DAY + 3 * HOUR + 59 * MIN, 0, {"1 d 3 h", "1 d 3 tim", "1 d 3 t"}},
        {21 * DAY, 0, {"21 d", "21 d", "21 d"}},
        {-(2 * HOUR), 0, {"2 h", "2 tim", "2 t"}},
    };
    check_rows(ui_time_span, rows, sizeof rows / sizeof rows[0]);
}

static void spans_in_words(void **state)
{
    (void)state;
    static const Row rows[] = {
        {1 * S, 0, {"1 second", "1 sekund", "1 sekund"}},
        {40 * S, 0, {"40 seconds", "40 sekunder", "40 sekunder"}},
        {MIN + 30 * S, 0, {"1 minute", "1 minut", "1 minutt"}},
        {14 * MIN + 59 * S, 0, {"14 minutes", "14 minuter", "14 minutter"}},
        {HOUR, 0, {"1 hour", "1 timme", "1 time"}},
        {3 * HOUR, 0, {"3 hours", "3 timmar", "3 timer"}},
        {23 * HOUR + MIN,
         0,
         {"23 hours and 1 minute", "23 timmar och 1 minut", "23 timer og 1 minutt"}},
        {DAY, 0, {"1 day", "1 dag", "1 dag"}},
        {DAY + 3 * HOUR, 0, {"1 day and 3 hours", "1 dag och 3 timmar", "1 dag og 3 timer"}},
        {3 * DAY, 0, {"3 days", "3 dagar", "3 dager"}},
    };
    check_rows(ui_time_words, rows, sizeof rows / sizeof rows[0]);
}

static void ages_in_the_feed(void **state)
{
    (void)state;
    static const Row rows[] = {
        {10 * S, 10 * S, {"now", "nu", "nå"}},
        {10 * S, 20 * S, {"now", "nu", "nå"}}, /* from the future: a clock never shows that */
        {50 * S, 10 * S, {"40 s ago", "för 40 s sedan", "for 40 s siden"}},
        {6 * MIN, MIN, {"5 min ago", "för 5 min sedan", "for 5 min siden"}},
        {0, -3 * HOUR, {"3 h ago", "för 3 tim sedan", "for 3 t siden"}},
        {2 * HOUR, -(DAY + HOUR), {"yesterday", "i går", "i går"}},
        {DAY, -(DAY + 1 * S), {"2 days ago", "för 2 dagar sedan", "for 2 dager siden"}},
        {5 * DAY, -(2 * DAY), {"7 days ago", "för 7 dagar sedan", "for 7 dager siden"}},
    };
    char buf[128];
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        for (int l = 0; l < SV_LANG_COUNT; l++)
            assert_string_equal(
                ui_time_ago(&strings, (sv_Lang)l, rows[i].a, rows[i].b, buf, sizeof buf),
                rows[i].want[l]);
}

static void clocks_by_the_scenario_length(void **state)
{
    (void)state;
    char buf[128];
    assert_int_equal(ui_time_style(11 * MIN), UI_CLOCK_MINUTES);
    assert_int_equal(ui_time_style(HOUR), UI_CLOCK_MINUTES);
    assert_int_equal(ui_time_style(4 * HOUR), UI_CLOCK_HOURS);
    assert_int_equal(ui_time_style((uint32_t)(3 * DAY)), UI_CLOCK_DAYS);
    assert_string_equal(
        ui_time_clock(&strings, SV_LANG_EN, 5 * MIN + 12 * S, 11 * MIN, buf, sizeof buf), "05:12");
    assert_string_equal(
        ui_time_clock(&strings, SV_LANG_SV, 3 * HOUR + 5 * MIN + 12 * S, 4 * HOUR, buf, sizeof buf),
        "3:05:12");
    static const char *const days[SV_LANG_COUNT] = {"Day 2, 03:05", "Dag 2, 03:05", "Dag 2, 03:05"};
    static const char *const before[SV_LANG_COUNT] = {"Day 0, 22:30", "Dag 0, 22:30",
                                                      "Dag 0, 22:30"};
    for (int l = 0; l < SV_LANG_COUNT; l++) {
        assert_string_equal(ui_time_clock(&strings, (sv_Lang)l, DAY + 3 * HOUR + 5 * MIN + 59 * S,
                                          (uint32_t)(3 * DAY), buf, sizeof buf),
                            days[l]);
        assert_string_equal(ui_time_clock(&strings, (sv_Lang)l, -(HOUR + 30 * MIN),
                                          (uint32_t)(3 * DAY), buf, sizeof buf),
                            before[l]);
    }
}

static void the_header_and_countdowns(void **state)
{
    (void)state;
    char buf[128];
    assert_string_equal(ui_time_header(&strings, SV_LANG_EN, 95 * S, 11 * MIN, buf, sizeof buf),
                        "01:35 / 11:00");
    assert_string_equal(ui_time_header(&strings, SV_LANG_NB, 2 * HOUR, 6 * HOUR, buf, sizeof buf),
                        "2:00:00 / 6:00:00");
    assert_string_equal(ui_time_header(&strings, SV_LANG_EN, DAY + 14 * HOUR + 5 * MIN,
                                       (uint32_t)(3 * DAY), buf, sizeof buf),
                        "Day 2, 14:05 / 3 days");
    assert_string_equal(
        ui_time_header(&strings, SV_LANG_SV, 0, (uint32_t)(7 * DAY), buf, sizeof buf),
        "Dag 1, 00:00 / 7 dagar");
    assert_string_equal(ui_time_left(&strings, SV_LANG_EN, 4 * MIN + 1 * S, buf, sizeof buf),
                        "04:01");
    assert_string_equal(ui_time_left(&strings, SV_LANG_NB, 23 * HOUR + 59 * MIN, buf, sizeof buf),
                        "23 t 59 min");
    assert_string_equal(ui_time_left(&strings, SV_LANG_EN, -5 * S, buf, sizeof buf), "00:00");
    assert_int_equal(ui_time_whole_minutes(660 * S), 11 * MIN);
    assert_int_equal(ui_time_whole_minutes(250 * S), 5 * MIN);
}

/* The scenario list: a span, rounded up to whole minutes; days in words. */
static void lengths_in_the_scenario_list(void **state)
{
    (void)state;
    char buf[128];
    assert_string_equal(ui_time_length(&strings, SV_LANG_EN, 250 * S, buf, sizeof buf), "5 min");
    assert_string_equal(ui_time_length(&strings, SV_LANG_SV, 150 * MIN, buf, sizeof buf),
                        "2 tim 30 min");
    assert_string_equal(ui_time_length(&strings, SV_LANG_EN, (uint32_t)(3 * DAY), buf, sizeof buf),
                        "3 days");
    assert_string_equal(ui_time_length(&strings, SV_LANG_NB, (uint32_t)(3 * DAY), buf, sizeof buf),
                        "3 dager");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(spans_in_short_units),
        cmocka_unit_test(spans_in_words),
        cmocka_unit_test(ages_in_the_feed),
        cmocka_unit_test(clocks_by_the_scenario_length),
        cmocka_unit_test(the_header_and_countdowns),
        cmocka_unit_test(lengths_in_the_scenario_list),
    };
    return cmocka_run_group_tests(tests, strings_load, strings_unload);
}
