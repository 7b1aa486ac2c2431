/* A reply's length is the mean of its lengths in the pack's languages.
 *
 * SHORT: the model calls a public reply short under 280 characters and a wall
 * past 560. It counted them in the pack's first language, so the same pack
 * with its languages listed in another order was judged differently: core's
 * hotel, listed Norwegian first, lost its recommended six-part answer to a
 * wall (584 characters in Norwegian, 519 in English, 542 in Swedish), and
 * seventeen short-reply credits moved when Swedish came first. Translations
 * differ by some tenths either way, text by text (a median of about 1.02
 * over core's and the sample's replies), so one language's count is partly
 * the translator's. The model now reads the mean over the declared
 * languages: the order of the manifest's languages changes nothing, and the
 * language a run is scored in neither. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

#define SITUATION "tests/scoring/situations/length_languages.json"

/* o-whole is 500 characters in English, 540 in Swedish and 640 in
 * Norwegian: a mean of 560, which is no wall. */
static void test_length_is_the_mean_of_the_languages(void **state)
{
    (void)state;
    rd_Situation all;
    rd_load_langs(&all, SITUATION, "length-languages", SV_LANG_ALL);
    rd_Judged by_lang[SV_LANG_COUNT];
    for (int l = 0; l < SV_LANG_COUNT; l++) {
        rd_Run r;
        rd_start_lang(&r, &all, "all", (sv_Lang)l);
        rd_choose(&r, 10, "d", "o-whole");
        rd_judge_option(&r, "d", "o-whole", &by_lang[l]);
        rd_stop(&r);
        EXPECT_NO_HIT(&by_lang[l], "long-reply", NULL);
    }
    /* whichever language the run is scored in (the game passes the pack's first) */
    assert_int_equal(by_lang[SV_LANG_SV].value, by_lang[SV_LANG_EN].value);
    assert_int_equal(by_lang[SV_LANG_NB].value, by_lang[SV_LANG_EN].value);
    rd_unload(&all);

    /* a pack that declares Norwegian alone has only its 640 characters: a wall */
    rd_Situation nb;
    rd_load_langs(&nb, SITUATION, "length-nb", 1u << SV_LANG_NB);
    rd_Run r;
    rd_start_lang(&r, &nb, "nb", SV_LANG_NB);
    rd_choose(&r, 10, "d", "o-whole");
    rd_Judged wall;
    rd_judge_option(&r, "d", "o-whole", &wall);
    rd_stop(&r);
    EXPECT_HIT(&wall, "long-reply", NULL);
    rd_unload(&nb);

    /* English and Swedish: a mean of 520, neither a wall nor short */
    rd_Situation two;
    rd_load_langs(&two, SITUATION, "length-en-sv", 1u << SV_LANG_EN | 1u << SV_LANG_SV);
    rd_start_lang(&r, &two, "en-sv", SV_LANG_SV);
    rd_choose(&r, 10, "d", "o-whole");
    rd_Judged mid;
    rd_judge_option(&r, "d", "o-whole", &mid);
    rd_stop(&r);
    EXPECT_NO_HIT(&mid, "long-reply", NULL);
    EXPECT_NO_HIT(&mid, "short-reply", NULL);
    assert_int_equal(mid.value, by_lang[SV_LANG_EN].value);
    rd_unload(&two);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_length_is_the_mean_of_the_languages),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
