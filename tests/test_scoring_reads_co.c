/* A named person who phones, in a case with personal details at stake, takes
 * the case private too (tests/fresh67, finding V2).
 *
 * SWITCH, CONTACT: 001 moves personal details and complex cases to a private
 * channel after a public answer that offers a way forward; 003 asks for clear
 * contact details, and 001 for a real person behind them. A public answer
 * with a way forward that hands the private part to a named person with a
 * line of her own (a `contact` part tagged `named-contact`) in a case with a
 * `private` fact at stake earns private-case-named-person, unless it
 * discloses the fact. Before, "write to us in a DM" outscored the named
 * manager's call by the switch's credit alone. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Elin's dash cam shows a 150 km/h test drive; the mechanic's written
 * warning is a private fact. The recommended five parts end with Tomas, the
 * workshop manager, who calls her today and tells her what happens to the
 * employee; the model sent "skriv till oss i DM" in his place (+113 over
 * +111). The same parts with the warning said in public disclose it and earn
 * nothing for it. */
static void test_named_person_takes_the_private_case(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh67", "bv-provkorning");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged named, dm, told;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ratt p-forlat p-gps p-service p-tomas", &named);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ratt p-forlat p-gps p-service p-dm", &dm);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ratt p-forlat p-varning p-service p-tomas",
                   &told);
    EXPECT_HIT(&named, "private-case-named-person", NULL);
    EXPECT_NO_HIT(&dm, "private-case-named-person", NULL);
    EXPECT_HIT(&dm, "private-case-taken-private", NULL);
    EXPECT_BEATS(&named, &dm);
    EXPECT_NO_HIT(&told, "private-case-named-person", &named);
    EXPECT_BEATS(&named, &told);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Where nothing private is at stake the named contact earns what it earned:
 * Sanna's courtesy car, Erik's number. */
static void test_no_private_case_no_credit(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh67", "bv-lanebil");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged rec;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ratt p-forlat p-varfor p-gottgor p-erik", &rec);
    EXPECT_HIT(&rec, "contact-a-named-person", NULL);
    EXPECT_NO_HIT(&rec, "private-case-named-person", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_named_person_takes_the_private_case),
        cmocka_unit_test(test_no_private_case_no_credit),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
