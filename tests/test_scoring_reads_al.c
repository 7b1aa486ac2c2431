/* The scoring model reads a complaint tucked into praise as a complaint
 * (tests/fresh22, finding U1).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, THANK, ALWAYS: praise that also names
 * something the brand got wrong ("lovely course; only, 45 kr for tap water?")
 * is two posts in one. The praise is thanked; the complaint in it is owed
 * what any complaint is: the customer told he is right about it, sorry, and
 * the fault made good (the rule fault-in-praise-made-good). Owning it with
 * an explanation alone keeps fault-in-praise-owned, as before.
 *
 * HONEST, POLICY (finding U2): a complainer who comes back with only a false
 * claim ("so I'm the idiot"), after an answer in the thread that already
 * offered something, is told he is no fool and that the offer stands. The
 * offer is the earlier one kept (the test repeats_offer), not a payment for
 * what the reply denies: no paid-what-it-denied, and the kept offer is a
 * serious reply with a solution. A larger offer than before still pays. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Patrik: the pirate course praised, 45 kr charged for tap water that is
 * free. The composer's recommended five (thanks, he is right, sorry, why and
 * the jug, his money and ice creams) ranked +47 under the thanks with the
 * why alone (+49, shorter); now they earn the credit for making it good and
 * rank above. Without "you're right about the water" the reply never says
 * where the brand stands on what he wrote, and earns none of it. */
static void test_complaint_in_praise_made_good(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh22", "cu-minigolf-water");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged rec, why, unowned;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-right p-sorry p-why p-back", &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-why", &why);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-sorry p-why p-back", &unowned);
    EXPECT_HIT(&rec, "fault-in-praise-made-good", &why);
    EXPECT_NO_HIT(&why, "fault-in-praise-made-good", NULL);
    EXPECT_NO_HIT(&unowned, "fault-in-praise-made-good", NULL);
    EXPECT_HIT(&why, "fault-in-praise-owned", NULL);
    EXPECT_BEATS(&rec, &why);
    EXPECT_BEATS(&rec, &unowned);
    rd_stop(&r);
    /* had the charge been no fault of the course's, the sorry owns nothing */
    sit.sc.facts[rd_fact(&sit, "charged")].no_fault = true;
    rd_play_one(&r, &sit, "nofault", 10, "answer", "o-rec");
    rd_Judged kept;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-right p-sorry p-why p-back", &kept);
    EXPECT_NO_HIT(&kept, "fault-in-praise-made-good", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Nils, after the club's answer (who sold the tickets, the bank, guest
 * places for two, 550 kr): "so I'm the idiot who got scammed". o2-rec denies
 * it and keeps the guest places; it paid paid-what-it-denied (-11) and
 * earned no serious-reply-with-solution, and ranked +51. Now the offer kept
 * pays nothing and earns the credit. Had the first answer offered nothing,
 * or had the second offered more than the first, the offer is a new payment
 * for a claim it denies, and pays as before. */
static void test_offer_kept_is_no_payment(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh22", "cu-jazz-tickets");
    rd_Run r;
    rd_play_one(&r, &sit, "kept", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged kept, parts, dm;
    rd_judge_option(&r, "second", "o2-rec", &kept);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-notfool p2-guest p2-anna", &parts);
    rd_judge_option(&r, "second", "o2-dm", &dm);
    EXPECT_NO_HIT(&kept, "paid-what-it-denied", NULL);
    EXPECT_HIT(&kept, "serious-reply-with-solution", NULL);
    EXPECT_NO_HIT(&parts, "paid-what-it-denied", NULL);
    EXPECT_HIT(&parts, "serious-reply-with-solution", NULL);
    EXPECT_BEATS(&kept, &dm);
    rd_stop(&r);
    /* the first answer offered nothing: the second's offer is new */
    int32_t first = rd_option(&sit, "o-rec");
    sit.sc.options[first].offer = 0;
    rd_play_one(&r, &sit, "new", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged fresh;
    rd_judge_option(&r, "second", "o2-rec", &fresh);
    EXPECT_HIT(&fresh, "paid-what-it-denied", &kept);
    EXPECT_NO_HIT(&fresh, "serious-reply-with-solution", NULL);
    EXPECT_BEATS(&kept, &fresh);
    rd_stop(&r);
    /* more than the first answer offered: a new payment too */
    sit.sc.options[first].offer = 550;
    sit.sc.options[rd_option(&sit, "o2-rec")].offer = 1100;
    rd_play_one(&r, &sit, "more", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged more;
    rd_judge_option(&r, "second", "o2-rec", &more);
    EXPECT_HIT(&more, "paid-what-it-denied", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_complaint_in_praise_made_good),
        cmocka_unit_test(test_offer_kept_is_no_payment),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
