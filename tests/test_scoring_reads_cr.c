/* A question to a claim nobody can check yet is no excuse (tests/fresh51,
 * finding V2, the order half).
 *
 * ORDER, ASK, LISTEN: the guides' order (confirm or deny, sorry, why, make
 * good) starts from a claim the brand can confirm or deny. While every claim
 * of the post is unknown, a reply that asks what went wrong and owns nothing
 * cannot confirm anything without guessing; what it tells beside the
 * question (the warranty that covers whatever it is) is no excuse for a
 * fault, so it pays no order-broken, and its sympathy earns empathy-shown,
 * as a reply that promises to come back already did. The same explanation
 * with neither a question nor a promise is still read as an excuse, and so is
 * one beside a question that guesses. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Leo calls his refurbished laptop junk and says nothing of what is wrong.
 * The recommended answer meets his frustration, asks what is going wrong and
 * says the 12-month warranty covers it; before the fix it paid order-broken
 * (-9) and its sympathy earned nothing, on the option and on the composed
 * parts alike. */
static void test_question_beside_the_warranty(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh51", "mk-laptop-junk");
    rd_Run r;
    rd_play_one(&r, &sit, "ask", 10, "answer", "o-rec");
    rd_Judged rec, parts, told, dm;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-feel p-warranty p-ask", &parts);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-feel p-warranty", &told);
    rd_judge_option(&r, "answer", "o-dm", &dm);
    EXPECT_NO_HIT(&rec, "order-broken", NULL);
    EXPECT_HIT(&rec, "empathy-shown", NULL);
    EXPECT_NO_HIT(&parts, "order-broken", NULL);
    EXPECT_HIT(&parts, "empathy-shown", NULL);
    /* without the question the warranty line owns nothing and is an excuse */
    EXPECT_HIT(&told, "order-broken", NULL);
    EXPECT_NO_HIT(&told, "empathy-shown", NULL);
    EXPECT_BEATS(&parts, &told);
    EXPECT_BEATS(&rec, &dm);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Tor's paint dried grey; nobody has checked the batch yet. "Colours often
 * look different in different light, Tor. Did you stir it properly?" asks,
 * but it denies the unchecked claim first: a guess, and the explanation
 * beside it is the excuse the order is about. It is not spared. */
static void test_guess_beside_a_question_is_an_excuse(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh11", "l-paint-batch");
    rd_Run r;
    rd_play_one(&r, &sit, "light", 10, "answer", "o-rec");
    rd_Judged light;
    rd_judge_option(&r, "answer", "o-light", &light);
    EXPECT_HIT(&light, "order-broken", NULL);
    EXPECT_HIT(&light, "states-a-guess", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_question_beside_the_warranty),
        cmocka_unit_test(test_guess_beside_a_question_is_an_excuse),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
