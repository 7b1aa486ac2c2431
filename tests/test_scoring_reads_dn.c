/* A sorry that takes itself back does not make a reply accommodating
 * (tests/fresh55, finding V2).
 *
 * ACCOMMODATE (000, "svara tillmötesgående"): accommodating-reply reads the
 * reply as meeting the customer when it confirms, says sorry or makes good.
 * An apology the pack tags `hedged` (a regret for how it was taken, with
 * nothing owned) is no sincere sorry (`apologises` leaves it out), and it no
 * longer counts as meeting the customer either. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Hedda, after the fair asked what happened: she missed check-in for a
 * tournament she had qualified for. The warned o2-lang thanks her, "regrets"
 * in general, talks of a record day and promises a summary after the fair
 * (tagged long, hedged, no-solution): +18 before the fix, +10 of it from
 * accommodating-reply. The acceptable sorry with a seeded place and the
 * recommended answer keep the credit. Without its `hedged` tag the same
 * words earn it again: the tag, not the parts, decides. */
static void test_hedged_sorry_is_not_accommodating(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh55", "ga-spelmassa-kon");
    rd_Run r;
    rd_play_one(&r, &sit, "hedged", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged lang, plats, rec;
    rd_judge_option(&r, "second", "o2-lang", &lang);
    rd_judge_option(&r, "second", "o2-plats", &plats);
    rd_judge_option(&r, "second", "o2-rec", &rec);
    EXPECT_NO_HIT(&lang, "accommodating-reply", &plats);
    EXPECT_HIT(&rec, "accommodating-reply", NULL);
    EXPECT_BEATS(&plats, &lang);
    EXPECT_BEATS(&rec, &plats);
    rd_stop(&r);
    /* the same words without the tag are read as a sorry that meets her */
    rd_untag(&sit, "o2-lang", SV_TAG_HEDGED);
    rd_play_one(&r, &sit, "untagged", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged plain;
    rd_judge_option(&r, "second", "o2-lang", &plain);
    EXPECT_HIT(&plain, "accommodating-reply", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hedged_sorry_is_not_accommodating),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
