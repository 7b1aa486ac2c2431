/* The scoring model reads two things the fresh7 audit found (tests/fresh7,
 * G1 and G2): a rude post that is partly right holds honest criticism, which
 * is answered and never hidden (TROLL, ALWAYS), and an apology for its true
 * part is no apology for a rumour; and asking a colleague before an answer
 * the player already had only keeps the complaint waiting (FAST, TEAM). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* An abusive account is right that the 7:40 was late and wrong that the
 * drivers are drunk. Hiding the post (warned) removes the true complaint
 * with the abuse: it earned +24 from troll-reported and ranked first; now
 * troll-true-part-hidden takes that back. The calm answer confirms and
 * apologises for the late bus only, which is no longer read as accommodating
 * a false claim, so it ranks first and the short apology above the hiding. */
static void test_true_part_of_a_rude_post(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh7", "x-bus-abuse");
    rd_Run r;
    rd_play_one(&r, &sit, "calm", 10, "answer", "o-calm");
    rd_Judged calm, sorry, hide, snap;
    rd_judge_option(&r, "answer", "o-calm", &calm);
    rd_judge_option(&r, "answer", "o-sorry-all", &sorry);
    rd_judge_option(&r, "answer", "o-hide", &hide);
    rd_judge_option(&r, "answer", "o-snap", &snap);
    EXPECT_HIT(&hide, "troll-true-part-hidden", &calm);
    EXPECT_NO_HIT(&calm, "troll-true-part-hidden", &hide);
    EXPECT_NO_HIT(&calm, "accommodating-a-false-claim", &hide);
    EXPECT_NO_HIT(&sorry, "accommodating-a-false-claim", &hide);
    EXPECT_BEATS(&calm, &sorry);
    EXPECT_BEATS(&sorry, &hide);
    EXPECT_BEATS(&hide, &snap);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Abuse of a barista with nothing true in it: reporting it is what the
 * guides ask, with no charge, and an apology to it still accommodates a
 * false claim. */
static void test_pure_abuse_still_reported(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh7", "x-cafe-staff-abuse");
    rd_Run r;
    rd_play_one(&r, &sit, "report", 10, "answer", "o-report");
    rd_Judged report, sorry, calm;
    rd_judge_option(&r, "answer", "o-report", &report);
    rd_judge_option(&r, "answer", "o-sorry", &sorry);
    rd_judge_option(&r, "answer", "o-calm", &calm);
    EXPECT_HIT(&report, "troll-reported", &calm);
    EXPECT_NO_HIT(&report, "troll-true-part-hidden", &calm);
    EXPECT_HIT(&sorry, "accommodating-a-false-claim", &report);
    EXPECT_BEATS(&report, &calm);
    EXPECT_BEATS(&calm, &sorry);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The manager's note already says why the shop closed early. Asking her
 * first and then posting the same answer (acceptable) earned +5 from
 * asked-a-colleague and beat the same answer posted at once (recommended);
 * now it also pays colleague-asked-what-was-known (-8) and ranks second. Where the
 * colleague knows what the player does not (the heat pump's limit), asking
 * first still earns asked-a-colleague and nothing is charged. */
static void test_colleague_asked_for_what_was_known(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh7", "x-shop-early");
    rd_Run r;
    rd_play_one(&r, &sit, "now", 10, "answer", "o-now");
    rd_Judged now, ask, tmpl;
    rd_judge_option(&r, "answer", "o-now", &now);
    rd_judge_option(&r, "answer", "o-ask-first", &ask);
    rd_judge_option(&r, "answer", "o-template", &tmpl);
    EXPECT_HIT(&ask, "colleague-asked-what-was-known", &now);
    EXPECT_BEATS(&now, &ask);
    EXPECT_BEATS(&ask, &tmpl);
    rd_stop(&r);
    rd_unload(&sit);

    rd_load_in(&sit, "tests/fresh7", "x-heatpump-cold");
    rd_play_one(&r, &sit, "checked", 10, "answer", "o-checked");
    rd_Judged checked, later;
    rd_judge_option(&r, "answer", "o-checked", &checked);
    rd_judge_option(&r, "answer", "o-later", &later);
    EXPECT_HIT(&checked, "asked-a-colleague", &later);
    EXPECT_NO_HIT(&checked, "colleague-asked-what-was-known", &later);
    EXPECT_BEATS(&checked, &later);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_true_part_of_a_rude_post),
        cmocka_unit_test(test_pure_abuse_still_reported),
        cmocka_unit_test(test_colleague_asked_for_what_was_known),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
