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

/* o-whole judged in a run scored in `lang`, its pack declaring `langs`. */
static void judged(uint32_t langs, sv_Lang lang, rd_Judged *out)
{
    rd_Situation sit;
    rd_load_langs(&sit, SITUATION, "length-languages", langs);
    rd_Run r;
    rd_start_lang(&r, &sit, sv_lang_code(lang), lang);
    rd_choose(&r, 10, "d", "o-whole");
    rd_judge_option(&r, "d", "o-whole", out);
    rd_stop(&r);
    rd_unload(&sit);
}

/* o-whole is 500 characters in English, 540 in Swedish and 640 in
 * Norwegian: a mean of 560, which is no wall. */
static void test_length_is_the_mean_of_the_languages(void **state)
{
    (void)state;
    rd_Judged by_lang[SV_LANG_COUNT];
    for (int l = 0; l < SV_LANG_COUNT; l++) {
        judged(SV_LANG_ALL, (sv_Lang)l, &by_lang[l]);
        EXPECT_NO_HIT(&by_lang[l], "long-reply", NULL);
    }
    /* whichever language the run is scored in (the game passes the pack's first) */
    assert_int_equal(by_lang[SV_LANG_SV].value, by_lang[SV_LANG_EN].value);
    assert_int_equal(by_lang[SV_LANG_NB].value, by_lang[SV_LANG_EN].value);

    /* a pack that declares Norwegian alone has only its 640 characters: a wall */
    rd_Judged wall;
    judged(1u << SV_LANG_NB, SV_LANG_NB, &wall);
    EXPECT_HIT(&wall, "long-reply", NULL);

    /* English and Swedish: a mean of 520, neither a wall nor short */
    rd_Judged mid;
    judged(1u << SV_LANG_EN | 1u << SV_LANG_SV, SV_LANG_SV, &mid);
    EXPECT_NO_HIT(&mid, "long-reply", NULL);
    EXPECT_NO_HIT(&mid, "short-reply", NULL);
    assert_int_equal(mid.value, by_lang[SV_LANG_EN].value);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_length_is_the_mean_of_the_languages),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
