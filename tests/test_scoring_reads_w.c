/* The scoring model reads a guessed confirmation (tests/fresh15, brief
 * audit15): confirming the customer's claim before anything else earns the
 * credit for the guides' order (ORDER: confirm or deny, apologise, explain,
 * make good) only when the brand knows what it confirms. A claim confirmed
 * before it was checked is a guess (HONEST, LISTEN); it already paid
 * states-a-guess, but it also earned order-confirm-then-act, so the shape of
 * the guides' answer was paid for a guess. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Per says physiotherapist Sara told him his pain was all in his head; the
 * clinic does not know what was said. "That's unacceptable, Sara clearly got
 * it wrong" (warned) confirms the claim unchecked: it pays for the guess and
 * earns no credit for confirming first. */
static void test_unchecked_claim_earns_no_order(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh15", "r-physio-in-my-head");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged rec, bus;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-bus", &bus);
    EXPECT_HIT(&bus, "states-a-guess", &rec);
    EXPECT_NO_HIT(&bus, "order-confirm-then-act", &rec);
    EXPECT_BEATS(&rec, &bus);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Hanna was sent home from the blood centre without being told why, and the
 * centre knows it: confirming that first still earns the order's credit. */
static void test_known_claim_keeps_its_order(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh15", "r-blood-deferral");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged rec, dm;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-dm", &dm);
    EXPECT_HIT(&rec, "order-confirm-then-act", &dm);
    EXPECT_NO_HIT(&rec, "states-a-guess", &dm);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The hotel's booking hold (fresh4): the answer that confirms what nobody
 * has checked yet earns no order credit, while the answer that says "you're
 * right" about what the brand knows keeps it. */
static void test_guess_against_a_known_confirmation(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh4", "u-hotel-hold");
    rd_Run r;
    rd_play_one(&r, &sit, "hold", 10, "answer", "o-hold");
    rd_Judged guess, silent, hold;
    rd_judge_option(&r, "answer", "o-guess", &guess);
    rd_judge_option(&r, "answer", "o-silent", &silent);
    rd_judge_option(&r, "answer", "o-hold", &hold);
    EXPECT_HIT(&guess, "states-a-guess", &silent);
    EXPECT_NO_HIT(&guess, "order-confirm-then-act", &hold);
    EXPECT_HIT(&hold, "order-confirm-then-act", &guess);
    /* "Sorry Leo - a pump failed": the known fault is confirmed only inside
     * the explanation, after the apology; confirming first needs the step
     * itself, "you're right" (tests/fresh17, P1). */
    EXPECT_NO_HIT(&silent, "order-confirm-then-act", &hold);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unchecked_claim_earns_no_order),
        cmocka_unit_test(test_known_claim_keeps_its_order),
        cmocka_unit_test(test_guess_against_a_known_confirmation),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
