/* The scoring model reads four things the fresh8 audit found (tests/fresh8,
 * H1 to H4): a third public reply that takes back the brand's own two wrong
 * answers is a correction, not a third round (HONEST, TWICE); a friendly
 * tone in the reply that corrects a false claim is not paying for it
 * (ORDER, ACCOMMODATE); a closing note that says what is better now shows
 * the better result (THANK, FIX); promising to find out what is already
 * known only keeps everyone waiting (FAST, LISTEN); and saying what is being
 * checked about a complaint nobody has verified yet, with a promise to come
 * back, is no excuse (ORDER, LISTEN; H5, which stays open beyond this). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* The shop denied Tomas's warranty twice in public; his receipt proves he
 * had it. The public correction (recommended) paid third-public-reply and
 * lost every credit a third round loses, and ranked below ignoring the
 * thread (-4 against 0) and far below the private fix (+72). Now a reply
 * that takes back the brand's own untrue answer in the thread is no third
 * round, so it ranks first; a third denial still pays it. */
static void test_wrong_answers_taken_back(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh8", "y-tv-receipt-third");
    rd_Run r;
    rd_play_one(&r, &sit, "correct", 10, "answer", "o-correct");
    rd_Judged correct, dm, ignore, argue;
    rd_judge_option(&r, "answer", "o-correct", &correct);
    rd_judge_option(&r, "answer", "o-dm", &dm);
    rd_judge_option(&r, "answer", "o-ignore", &ignore);
    rd_judge_option(&r, "answer", "o-argue", &argue);
    EXPECT_NO_HIT(&correct, "third-public-reply", &argue);
    EXPECT_HIT(&argue, "third-public-reply", &correct);
    EXPECT_HIT(&correct, "sincere-apology", &argue);
    EXPECT_HIT(&correct, "order-confirm-then-act", &argue);
    EXPECT_HIT(&correct, "own-error-corrected-in-public", &dm);
    EXPECT_BEATS(&correct, &dm);
    EXPECT_BEATS(&dm, &ignore);
    EXPECT_BEATS(&ignore, &argue);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Ingrid politely asks whether her bill is wrong; it is not. The friendly
 * correction (recommended, tagged accommodating: it offers a call and a
 * clearer website) paid accommodating-a-false-claim as if it paid for the
 * claim, and ranked below the cool correction. A reply that denies the
 * false claim is not accommodating it; the refund that confirms the
 * mistake still pays it. */
static void test_friendly_correction_is_not_paying(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh8", "y-dentist-bill");
    rd_Run r;
    rd_play_one(&r, &sit, "kind", 10, "answer", "o-kind");
    rd_Judged kind, plain, refund, scold;
    rd_judge_option(&r, "answer", "o-kind", &kind);
    rd_judge_option(&r, "answer", "o-plain", &plain);
    rd_judge_option(&r, "answer", "o-refund", &refund);
    rd_judge_option(&r, "answer", "o-read", &scold);
    EXPECT_NO_HIT(&kind, "accommodating-a-false-claim", &refund);
    EXPECT_HIT(&refund, "accommodating-a-false-claim", &kind);
    EXPECT_HIT(&refund, "confirms-false-claim", &kind);
    EXPECT_BEATS(&kind, &plain);
    EXPECT_BEATS(&plain, &refund);
    EXPECT_BEATS(&plain, &scold);
    /* Both warned. Agreeing in public to the overcharge that never was
     * costs what a false denial costs (false-claim-agreed-in-public, brief
     * model32): every reader now believes the clinic overcharges, so the
     * refund ranks below the scolding, which is right on the facts. */
    EXPECT_BEATS(&scold, &refund);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Kari thanks the waste company after the extra truck has been. A warm
 * thank-you (acceptable) and the closing note that also says the route is
 * fixed from Monday (recommended) tied at +22. The closing note with an
 * explanation now earns better-result-shown; posting a customer's details
 * as a closing note (x-sofa-closing) does not. */
static void test_better_result_shown(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh8", "y-waste-underway");
    rd_Run r;
    rd_play_one(&r, &sit, "close", 10, "answer", "o-underway");
    rd_choose(&r, 130, "second", "o2-close");
    rd_Judged close, glad, tmpl, ignore;
    rd_judge_option(&r, "second", "o2-close", &close);
    rd_judge_option(&r, "second", "o2-glad", &glad);
    rd_judge_option(&r, "second", "o2-template", &tmpl);
    rd_judge_option(&r, "second", "o2-ignore", &ignore);
    EXPECT_HIT(&close, "better-result-shown", &glad);
    EXPECT_BEATS(&close, &glad);
    EXPECT_BEATS(&glad, &tmpl);
    rd_stop(&r);
    rd_unload(&sit);

    rd_load_in(&sit, "tests/fresh7", "x-sofa-closing");
    rd_play_one(&r, &sit, "close", 10, "answer", "o-close");
    rd_Judged sofa_close, details;
    rd_judge_option(&r, "answer", "o-close", &sofa_close);
    rd_judge_option(&r, "answer", "o-details", &details);
    EXPECT_HIT(&sofa_close, "better-result-shown", &details);
    EXPECT_NO_HIT(&details, "better-result-shown", &sofa_close);
    EXPECT_BEATS(&sofa_close, &details);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Sunniva asks in the thread whether the pre-sale code covers her; the
 * answer is known. "We'll check and get back to you" (acceptable) earned
 * the promise's credit and beat the answer itself (+13 against +12). Now it
 * pays answer-put-off-when-known and ranks below the answer, above a DM.
 * Where the answer is not known yet (the heat pump's limit), a promise to
 * find out is not charged. */
static void test_answer_put_off_when_known(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh8", "y-concert-capitals");
    rd_Run r;
    rd_play_one(&r, &sit, "yes", 10, "answer", "o-own");
    rd_choose(&r, 130, "second", "o2-yes");
    rd_Judged yes, check, dm;
    rd_judge_option(&r, "second", "o2-yes", &yes);
    rd_judge_option(&r, "second", "o2-check", &check);
    rd_judge_option(&r, "second", "o2-dm", &dm);
    EXPECT_HIT(&check, "answer-put-off-when-known", &yes);
    EXPECT_NO_HIT(&yes, "answer-put-off-when-known", &check);
    EXPECT_BEATS(&yes, &check);
    EXPECT_BEATS(&check, &dm);
    rd_stop(&r);
    rd_unload(&sit);

    rd_load_in(&sit, "tests/fresh7", "x-heatpump-cold");
    rd_play_one(&r, &sit, "later", 10, "answer", "o-later");
    rd_Judged later, brush;
    rd_judge_option(&r, "answer", "o-later", &later);
    rd_judge_option(&r, "answer", "o-brush", &brush);
    EXPECT_NO_HIT(&later, "answer-put-off-when-known", &brush);
    EXPECT_HIT(&later, "follow-up-promised", &brush);
    EXPECT_BEATS(&later, &brush);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Lotta's photo of a driver on the phone has not been checked yet. The
 * recommended answer thanks her, says the transport manager is checking the
 * route log today and promises the answer by noon tomorrow; with nothing it
 * could confirm or deny yet, its explanation was read as an excuse
 * (order-broken, -9). Now a reply to an unverified complaint that promises
 * to come back is not charged for it; an explanation alone to a complaint
 * that is known to be right (the lift's five weeks) still is. */
static void test_check_under_way_is_no_excuse(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh8", "y-van-phone-photo");
    rd_Run r;
    rd_play_one(&r, &sit, "check", 10, "answer", "o-check");
    rd_Judged check, hide;
    rd_judge_option(&r, "answer", "o-check", &check);
    rd_judge_option(&r, "answer", "o-hide", &hide);
    EXPECT_NO_HIT(&check, "order-broken", &hide);
    EXPECT_HIT(&check, "explanation-promised", &hide);
    EXPECT_HIT(&check, "follow-up-promised", &hide);
    EXPECT_BEATS(&check, &hide);
    rd_stop(&r);
    rd_unload(&sit);

    rd_load_in(&sit, "tests/fresh8", "y-lift-sting");
    rd_play_one(&r, &sit, "own", 10, "answer", "o-own");
    rd_Judged own, excuse;
    rd_judge_option(&r, "answer", "o-own", &own);
    rd_judge_option(&r, "answer", "o-excuse", &excuse);
    EXPECT_HIT(&excuse, "order-broken", &own);
    EXPECT_BEATS(&own, &excuse);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_wrong_answers_taken_back),
        cmocka_unit_test(test_friendly_correction_is_not_paying),
        cmocka_unit_test(test_better_result_shown),
        cmocka_unit_test(test_answer_put_off_when_known),
        cmocka_unit_test(test_check_under_way_is_no_excuse),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
