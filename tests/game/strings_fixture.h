/* The game's own strings (assets/lang) loaded once for a cmocka group:
 * cmocka_run_group_tests(tests, strings_load, strings_unload). */
#ifndef SV_TEST_STRINGS_FIXTURE_H
#define SV_TEST_STRINGS_FIXTURE_H

#include "uistrings.h"

static ui_Strings strings;

static int strings_load(void **state)
{
    (void)state;
    char report[4096];
    return ui_strings_load(&strings, SV_SOURCE_DIR "/assets/lang/", report, sizeof report) ? -1 : 0;
}

static int strings_unload(void **state)
{
    (void)state;
    ui_strings_free(&strings);
    return 0;
}

#endif
