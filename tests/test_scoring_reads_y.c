/* The scoring model reads what may not be said in public (tests/fresh15,
 * brief model21, finding W2): a fact may be marked private (a customer's
 * health, a colleague's employment, an account's details), and a public reply
 * that confirms or denies it discloses it (the test discloses), whatever its
 * tags say. PRO: never too personal; SWITCH: personal details go to a private
 * channel; PUBLIC: the public answer is what everyone may hear. Each case
 * takes the option's tag too-personal away first, so only the story's facts
 * can tell: without the fact's "private" the answers below rank over the
 * acceptable "send us a private message". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* The option without its tag too-personal: the verdict must rest on the facts. */
static void untag(rd_Situation *sit, const char *option)
{
    rd_untag(sit, option, SV_TAG_TOO_PERSONAL);
}

/* Hanna asks on the wall why the blood centre sent her home. "Your
 * haemoglobin was 118, just under our limit" states her health in public:
 * it is marked too personal, earns no credit for confirming or for honesty,
 * and ranks under the bare invitation to a private message. */
static void test_health_on_the_wall(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh15", "r-blood-deferral");
    untag(&sit, "o-reason");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged reason, dm, rec;
    rd_judge_option(&r, "answer", "o-reason", &reason);
    rd_judge_option(&r, "answer", "o-dm", &dm);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&reason, "too-personal", &dm);
    EXPECT_NO_HIT(&reason, "honest-reply", &rec);
    EXPECT_NO_HIT(&reason, "order-confirm-then-act", &rec);
    EXPECT_BEATS(&dm, &reason);
    EXPECT_BEATS(&rec, &reason);
    /* the recommended answer confirms what everyone may hear (she should have
     * been told) and keeps its credit */
    EXPECT_NO_HIT(&rec, "too-personal", &reason);
    EXPECT_HIT(&rec, "honest-reply", &reason);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same words in a private message are where the guides want them
 * (SWITCH): only a public reply discloses. */
static void test_health_in_private(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh15", "r-blood-deferral");
    untag(&sit, "o-reason");
    sv_Option *o = &sit.sc.options[rd_option(&sit, "o-reason")];
    o->visibility = o->steps[o->main].visibility = SV_VIS_PRIVATE; /* a direct message */
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged reason;
    rd_judge_option(&r, "answer", "o-reason", &reason);
    EXPECT_NO_HIT(&reason, "too-personal", NULL);
    EXPECT_HIT(&reason, "honest-reply", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Per says his physiotherapist told him his pain was all in his head; his
 * care may not be discussed in public, so the claim is private. "Sara clearly
 * got it wrong" confirms it (and judges the colleague) on the wall. */
static void test_care_confirmed_on_the_wall(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh15", "r-physio-in-my-head");
    untag(&sit, "o-bus");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged bus, dm;
    rd_judge_option(&r, "answer", "o-bus", &bus);
    rd_judge_option(&r, "answer", "o-dm", &dm);
    EXPECT_HIT(&bus, "too-personal", &dm);
    EXPECT_BEATS(&dm, &bus);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Asked what happened to the funeral director, the firm posts his written
 * warning: a colleague's employment on the wall ranks under the calm answer
 * that only gives a number to call. */
static void test_employment_on_the_wall(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh15", "r-funeral-phone");
    untag(&sit, "o2-warning");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged warning, contact;
    rd_judge_option(&r, "second", "o2-warning", &warning);
    rd_judge_option(&r, "second", "o2-contact", &contact);
    EXPECT_HIT(&warning, "too-personal", &contact);
    EXPECT_BEATS(&contact, &warning);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Finding W3, a situation fix: a promise the trade's rules cannot keep. The
 * tattoo studio knows a dark cover-up cannot heal in time for the wedding
 * (the fact in-time, false); "we'll find a way to finish it before your big
 * day" confirms it, so without its tag overpromise it still pays for
 * confirming something false (HONEST) and ranks under the plain "we couldn't
 * fit it in". */
static void test_promise_the_skin_cannot_keep(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh15", "r-tattoo-wedding");
    rd_untag(&sit, "o-yes", SV_TAG_OVERPROMISE);
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged yes, no;
    rd_judge_option(&r, "answer", "o-yes", &yes);
    rd_judge_option(&r, "answer", "o-no", &no);
    EXPECT_HIT(&yes, "confirms-false-claim", &no);
    EXPECT_BEATS(&no, &yes);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Finding W4, a situation fix: proof offered in private. The estate agency
 * answers a false claim against its agent with what the bid log shows and
 * "send us a private message and we'll send it to you today": a promise with
 * a time (promise-follow-up), so the move to a private channel carries a way
 * forward. Without its tag solution it still counts as the public answer
 * that offers a solution before going private (PUBLIC, SWITCH), and ranks
 * over the curt "the highest bid won". */
static void test_proof_offered_in_private(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh15", "r-agent-bidding");
    rd_untag(&sit, "o-rec", SV_TAG_SOLUTION);
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged rec, deny;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-deny", &deny);
    EXPECT_HIT(&rec, "public-first-answer", &deny);
    EXPECT_NO_HIT(&rec, "private-suggested-without-solution", &deny);
    EXPECT_BEATS(&rec, &deny);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_health_on_the_wall),
        cmocka_unit_test(test_health_in_private),
        cmocka_unit_test(test_care_confirmed_on_the_wall),
        cmocka_unit_test(test_employment_on_the_wall),
        cmocka_unit_test(test_promise_the_skin_cannot_keep),
        cmocka_unit_test(test_proof_offered_in_private),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
