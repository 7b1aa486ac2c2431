/* The scoring model reads two things the fresh9 audit found (tests/fresh9,
 * J1 and J2): an answer to a question that also says where to go next is
 * more use than the bare answer (CONTACT, ALWAYS); an answer that denies
 * what the brand's answer to the same complaint elsewhere confirmed is no one
 * policy, whatever its parts (POLICY); and asking for card details in public
 * is not accommodating, whatever its apology (PRO, SWITCH). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Randi asks under the price-rise thread whether customers may leave
 * without a fee. The full answer (the right, the notice, where to do it)
 * tied the bare "yes, you can, but we hope you'll stay" at +21, and the
 * tie went to the acceptable one. Now the answer with its contact details
 * earns contact-with-the-answer and ranks first, the bare yes above a DM. */
static void test_contact_with_the_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh9", "z-price-rise-comments");
    rd_Run r;
    rd_play_one(&r, &sit, "yes", 10, "answer", "o-honest");
    rd_choose(&r, 130, "second", "o2-yes");
    rd_Judged yes, stay, dm;
    rd_judge_option(&r, "second", "o2-yes", &yes);
    rd_judge_option(&r, "second", "o2-stay", &stay);
    rd_judge_option(&r, "second", "o2-dm", &dm);
    EXPECT_HIT(&yes, "contact-with-the-answer", &stay);
    EXPECT_NO_HIT(&stay, "contact-with-the-answer", &yes);
    EXPECT_NO_HIT(&dm, "contact-with-the-answer", &yes);
    EXPECT_BEATS(&yes, &stay);
    EXPECT_BEATS(&stay, &dm);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Kaja was told on the wall yesterday that a freeze is free with a doctor's
 * note; she asks again on a forum. An answer there that says it costs a fee
 * (warned) denies what the wall answer confirmed: it earned
 * consistent-across-channels, since both answers only explain. Now it pays
 * inconsistent-across-channels, and the same answer earns the credit. */
static void test_policy_contradiction(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh9", "z-gym-freeze-forum");
    rd_Run r;
    rd_play_one(&r, &sit, "same", 10, "answer", "o-same");
    rd_Judged same, seewall, fee;
    rd_judge_option(&r, "answer", "o-same", &same);
    rd_judge_option(&r, "answer", "o-seewall", &seewall);
    rd_judge_option(&r, "answer", "o-fee", &fee);
    EXPECT_HIT(&fee, "inconsistent-across-channels", &same);
    EXPECT_NO_HIT(&fee, "consistent-across-channels", &same);
    EXPECT_HIT(&same, "consistent-across-channels", &fee);
    EXPECT_NO_HIT(&same, "inconsistent-across-channels", &fee);
    EXPECT_BEATS(&same, &seewall);
    EXPECT_BEATS(&seewall, &fee);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Odd typed his card into the phishing site. Asking him to post his
 * customer number and card digits in the thread (warned) earned
 * accommodating-reply (+10) for its apology and came within 3 of a bare
 * "we've sent you a DM" (acceptable). A too-personal reply no longer
 * earns it; the help in public with the account in private still does not
 * need it to rank first. */
static void test_too_personal_is_not_accommodating(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh9", "z-phishing-text");
    rd_Run r;
    rd_play_one(&r, &sit, "help", 10, "answer", "o-known");
    rd_choose(&r, 130, "second", "o2-help");
    rd_Judged help, dm, details;
    rd_judge_option(&r, "second", "o2-help", &help);
    rd_judge_option(&r, "second", "o2-dm", &dm);
    rd_judge_option(&r, "second", "o2-details", &details);
    EXPECT_NO_HIT(&details, "accommodating-reply", &help);
    EXPECT_HIT(&details, "personal-question-in-public", &dm);
    EXPECT_BEATS(&help, &dm);
    EXPECT_BEATS(&dm, &details);
    rd_stop(&r);
    rd_unload(&sit);

    /* the same apology without the personal question keeps the credit */
    rd_load_in(&sit, "tests/fresh9", "z-daughter-father");
    rd_play_one(&r, &sit, "dm", 10, "answer", "o-dm");
    rd_Judged sorry_dm, ask_details;
    rd_judge_option(&r, "answer", "o-dm", &sorry_dm);
    rd_judge_option(&r, "answer", "o-details", &ask_details);
    EXPECT_HIT(&sorry_dm, "accommodating-reply", &ask_details);
    EXPECT_BEATS(&sorry_dm, &ask_details);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contact_with_the_answer),
        cmocka_unit_test(test_policy_contradiction),
        cmocka_unit_test(test_too_personal_is_not_accommodating),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
