/* A thank-you for a complaint that points at nothing to improve earns no
 * thanks for the feedback (tests/fresh33 W2, tests/fresh23 V1).
 *
 * THANK: 002's thanks is gratitude for criticism that points at something
 * the brand can do better. Where what the reply owns is no fault of the
 * brand's (a rule kept, a price raised on purpose: the test no_fault) and the
 * rest of the post is a suspicion the reply itself puts right as false
 * (denies a false claim), the post has pointed at nothing to improve, and
 * thank-for-feedback is not paid (as it is not to a reply that echoes a false
 * claim). A thanks under a complaint that is no fault but says nothing false
 * (a view on an ad kept on purpose, thanks for forty years of custom) is
 * still paid, and so is one for a fault the brand owns. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Elias has waited two years for the choir; two later sign-ups got in as
 * siblings, the rule, no fault, and "places go to those who know someone" is
 * false, which the rule part puts right. With room for five parts, "Thanks
 * for asking, Petra" (thank-for-feedback, +6) tied with the Saturday open
 * choir with free places now, the way on she can take today (+6), and the tie
 * went to the thanks. Now the thanks earns nothing here and the open choir is
 * composed. Without the denial the same thanks is paid. */
static void test_open_choir_over_the_thanks(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh33", "kl-choir-list");
    rd_Run r;
    rd_play_one(&r, &sit, "choir", 10, "answer", "o-rec");
    rd_Judged thanks, open;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-long p-later p-thanks p-rule p-dm", &thanks);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-long p-later p-rule p-open p-dm", &open);
    EXPECT_NO_HIT(&thanks, "thank-for-feedback", NULL);
    EXPECT_BEATS(&open, &thanks);
    rd_Judged plain;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-long p-later p-thanks p-open p-dm", &plain);
    EXPECT_HIT(&plain, "thank-for-feedback", &thanks);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Gunnar, forty years a customer, objects to an ad the brand keeps: no fault
 * either, but nothing false to put right. "Thank you for every one of those
 * forty years" keeps thank-for-feedback, and the recommended four still beat
 * the invitation to private in its place. */
static void test_forty_years_kept(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh23", "cv-crispbread-ad");
    rd_Run r;
    rd_play_one(&r, &sit, "forty", 10, "answer", "o-rec");
    rd_Judged forty, dm;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-hear p-ours p-what p-forty", &forty);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-hear p-ours p-what p-dm", &dm);
    EXPECT_HIT(&forty, "thank-for-feedback", NULL);
    EXPECT_BEATS(&forty, &dm);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A thanks for a fault the brand owns (a child's photo sent to another
 * family) points at something to improve and is still paid. */
static void test_thanks_for_a_fault(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh33", "kl-club-photo");
    rd_Run r;
    rd_play_one(&r, &sit, "photo", 10, "answer", "o-rec");
    rd_Judged thanks;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-thanks p-sorry p-why p-call", &thanks);
    EXPECT_HIT(&thanks, "thank-for-feedback", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_open_choir_over_the_thanks),
        cmocka_unit_test(test_forty_years_kept),
        cmocka_unit_test(test_thanks_for_a_fault),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
