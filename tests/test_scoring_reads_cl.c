/* A named person's line in a warm correction that owes no sorry (tests/fresh49,
 * finding V1's note).
 *
 * CONTACT, EMPATHY: 003 asks every answer for clear contact details and an
 * invitation to keep talking, and 001 says a real person on the other side is
 * worth a great deal; neither depends on a fault. A public answer to an
 * unfounded complaint cannot acknowledge or apologise, so one that meets the
 * customer with an `empathise` part now earns contact-in-first-answer and
 * contact-a-named-person as one that `accommodates` does; a cold correction
 * with the same contact still does not. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Gunnel's prepaid card rests under terms for all and her 312 kr are kept.
 * The recommended answer (her worry, the money is there, why, Eva's own
 * line) earned what a shared desk earns, contact-offered alone, and tied the
 * same words without the tag `named-contact`. */
static void test_eva_over_a_desk_on_a_correction(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh49", "mb-kontantkort-vilar");
    rd_Run r;
    rd_play_one(&r, &sit, "named", 10, "answer", "o-rec");
    rd_Judged rec, parts, cold, hostile;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-hi p-worry p-kept p-rests p-eva", &parts);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-hi p-kept p-rests p-eva", &cold);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-worry p-terms p-eva", &hostile);
    EXPECT_HIT(&rec, "contact-a-named-person", NULL);
    EXPECT_HIT(&rec, "contact-in-first-answer", NULL);
    EXPECT_HIT(&parts, "contact-a-named-person", NULL);
    EXPECT_HIT(&parts, "contact-in-first-answer", NULL);
    /* without the empathy line nothing meets her: the gate holds */
    EXPECT_NO_HIT(&cold, "contact-a-named-person", &parts);
    EXPECT_NO_HIT(&cold, "contact-in-first-answer", &parts);
    /* an empathy line beside the section number is still hostile */
    EXPECT_NO_HIT(&hostile, "contact-a-named-person", NULL);
    rd_stop(&r);
    /* the same words without the tag: a shared desk */
    rd_untag(&sit, "o-rec", SV_TAG_NAMED_CONTACT);
    rd_play_one(&r, &sit, "desk", 10, "answer", "o-rec");
    rd_Judged desk;
    rd_judge_option(&r, "answer", "o-rec", &desk);
    EXPECT_NO_HIT(&desk, "contact-a-named-person", &rec);
    EXPECT_BEATS(&rec, &desk);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_eva_over_a_desk_on_a_correction),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
