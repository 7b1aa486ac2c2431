/* The scoring model reads two things the fresh9 audit found (tests/fresh9,
 * J1 and J2): an answer to a question that also says where to go next is
 * more use than the bare answer (CONTACT, ALWAYS), and an answer that denies
 * what the brand's answer to the same complaint elsewhere confirmed is no one
 * policy, whatever its parts (POLICY). */
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_contact_with_the_answer),
        cmocka_unit_test(test_policy_contradiction),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
