/* A public answer that asks in private only for a personal detail still to
 * be collected keeps its public credit and earns the switch's (tests/fresh53,
 * finding V1).
 *
 * PUBLIC, SWITCH: 001 wants the answer in public, where everyone who saw the
 * post can read it, and a private channel when the brand has to gather
 * details personal to the customer, after a public answer that offers a way
 * forward. private_to_gather reads that the story holds something about the
 * customer marked private, true and not known yet (an address to post to).
 * Then answered-where-asked no longer reads the move to private as taking the
 * answer away, and switch-after-public-solution pays the move on any post, not
 * only a complaint, when the public reply answers the question or offers a
 * remedy. Without the private mark the same words are read as before. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Jonas thanks Aisha and asks whether the charger he left in room 12 was
 * found. The recommended reply thanks him, greets Aisha, says yes in public
 * and asks for his address in a message, so the hostel can post it. Before the
 * fix it lost both credits and the desk's phone number in its place won (+55
 * against +47). */
static void test_address_asked_in_private(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh53", "ov-vandrerhjem-lader");
    rd_Run r;
    rd_play_one(&r, &sit, "address", 10, "answer", "o-rec");
    rd_Judged msg, phone, rec;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-takk p-aisha p-funnet p-melding", &msg);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-takk p-aisha p-funnet p-telefon", &phone);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&msg, "answered-where-asked", &phone);
    EXPECT_HIT(&msg, "switch-after-public-solution", &phone);
    EXPECT_HIT(&rec, "answered-where-asked", NULL);
    EXPECT_HIT(&rec, "switch-after-public-solution", NULL);
    EXPECT_BEATS(&msg, &phone);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same story with the address not marked private: nothing personal is
 * left to gather, and the move to private reads as taking the answer away,
 * as it did before. */
static void test_nothing_to_gather(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh53", "ov-vandrerhjem-lader");
    sit.sc.facts[rd_fact(&sit, "adresse")].confidential = false;
    rd_Run r;
    rd_play_one(&r, &sit, "plain", 10, "answer", "o-rec");
    rd_Judged msg, phone;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-takk p-aisha p-funnet p-melding", &msg);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-takk p-aisha p-funnet p-telefon", &phone);
    EXPECT_NO_HIT(&msg, "answered-where-asked", &phone);
    EXPECT_NO_HIT(&msg, "switch-after-public-solution", NULL);
    EXPECT_HIT(&phone, "answered-where-asked", NULL);
    EXPECT_BEATS(&phone, &msg);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_address_asked_in_private),
        cmocka_unit_test(test_nothing_to_gather),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
