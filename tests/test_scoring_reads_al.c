/* The scoring model reads a complaint tucked into praise as a complaint
 * (tests/fresh22, finding U1).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, THANK, ALWAYS: praise that also names
 * something the brand got wrong ("lovely course; only, 45 kr for tap water?")
 * is two posts in one. The praise is thanked; the complaint in it is owed
 * what any complaint is: the customer told he is right about it, sorry, and
 * the fault made good (the rule fault-in-praise-made-good). Owning it with
 * an explanation alone keeps fault-in-praise-owned, as before. */
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_complaint_in_praise_made_good),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
