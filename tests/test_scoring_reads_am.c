/* The scoring model reads a no as an offer below what was demanded (the
 * built-in curriculum, core's provocateur and outage).
 *
 * FACTUAL, POLICY: reasoned-no pays a no to a demand that answers the post's
 * claim and gives its reason. A reply that pays what was demanded in full
 * is no no, whatever it explains, and its debrief must not tell the player
 * they said no (the test refuses_demand: the offer is below the demand; a
 * demand met beyond the loss is grants_demand's). A part refused (the taxi
 * covered, the rest of a larger demand not) is a no.
 *
 * POLICY, EXTRA-MILE: Tom-Erik's "a year free, or my 5,200 followers hear
 * about it" is a demand beyond his loss (two days' pay); paying it in public
 * is a prize for demanding, not the extra mile, and the no with its reason in
 * private is the reasoned no. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Emma asks who pays the 300 kr taxi the broken app cost her. The answer
 * that covers it pays her demand in full: no reasoned-no, though it
 * explains and confirms (the rule paid it before, since her demand was not
 * beyond her loss). Had she demanded 1,000 kr, the same 300 kr would be a no
 * to the rest, with its reason, and is paid as one. */
static void test_paying_the_demand_is_no_no(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_pack_file(&sit, "scenarios/core/scenarios", "outage");
    sv_Post *costs = &sit.sc.posts[rd_post(&sit, "emma-costs")];
    assert_int_equal(costs->demands, 300); /* "Who pays for that?" */
    assert_int_equal(costs->loss, 300);
    const char *cover = "p-ack p-sorry p-card p-cover p-dm";
    rd_Run r;
    rd_start(&r, &sit, "paid");
    rd_compose(&r, 330, "follow", SV_VIS_PUBLIC, cover);
    rd_Judged paid;
    rd_judge_parts(&r, "follow", SV_VIS_PUBLIC, cover, &paid);
    EXPECT_NO_HIT(&paid, "reasoned-no", NULL);
    EXPECT_NO_HIT(&paid, "demand-paid-in-public", NULL);
    EXPECT_HIT(&paid, "compensation-offered", NULL);
    rd_stop(&r);
    costs->demands = 1000;
    rd_start(&r, &sit, "part");
    rd_compose(&r, 330, "follow", SV_VIS_PUBLIC, cover);
    rd_Judged part;
    rd_judge_parts(&r, "follow", SV_VIS_PUBLIC, cover, &part);
    EXPECT_HIT(&part, "reasoned-no", &paid);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Tom-Erik's third post demands a year free (6,000 kr) for two days' pay
 * (4,000 kr). Giving it in public (o-third-cave) pays a demand beyond the
 * loss: demand-paid-in-public, and neither compensation-offered nor
 * accommodating-reply; it ranked +42, it now ranks under the no with its
 * reason in private (o-third-dm, recommended), which earns reasoned-no. */
static void test_a_year_free_for_shouting(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_pack_file(&sit, "scenarios/core/scenarios", "provocateur");
    const sv_Post *escalate = &sit.sc.posts[rd_post(&sit, "tom-escalate")];
    assert_int_equal(escalate->demands, 6000);
    assert_int_equal(escalate->loss, 4000);
    rd_Run r;
    rd_start(&r, &sit, "third");
    rd_choose(&r, 160, "d-third", "o-third-dm");
    rd_Judged cave, dm;
    rd_judge_option(&r, "d-third", "o-third-cave", &cave);
    rd_judge_option(&r, "d-third", "o-third-dm", &dm);
    EXPECT_HIT(&cave, "demand-paid-in-public", &dm);
    EXPECT_NO_HIT(&cave, "compensation-offered", NULL);
    EXPECT_NO_HIT(&cave, "accommodating-reply", NULL);
    EXPECT_NO_HIT(&cave, "reasoned-no", NULL);
    EXPECT_HIT(&dm, "reasoned-no", &cave);
    EXPECT_BEATS(&dm, &cave);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_paying_the_demand_is_no_no),
        cmocka_unit_test(test_a_year_free_for_shouting),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
