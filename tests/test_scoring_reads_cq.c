/* A composed first answer that says sorry for a fault says what the customer
 * was right about (tests/fresh38, finding V1).
 *
 * ORDER: 000's answer to a negative post confirms (or denies) the claim
 * first, then apologises, explains and makes the customer satisfied. A
 * composed first public answer in the complainer's own thread, to a true
 * claim that is the brand's fault, that says sorry while none of its parts
 * confirms or denies any of the post's claims (the test claims_unsaid) pays
 * sorry-without-the-claim. The same sorry beside "you're right" does not,
 * and an option, whose words may say a claim its lists leave out, is not
 * read so. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Hanna drove to the hall and found court 2 booked twice. With room for
 * four parts, "Jonas in our chat or on 08-400 17 50 can help" (p-jonas,
 * +12 with the no-way-to-continue it lifts) took the place of "You're right,
 * Hanna, court 2 was booked twice" (p-right, order-confirm-then-act, +10):
 * +126 over the recommended +124, a reply whose sorry never says for what.
 * Now that sorry costs sorry-without-the-claim, and the recommended four are
 * composed. */
static void test_right_before_the_named_line(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh38", "sp-squash-double");
    rd_Run r;
    rd_play_one(&r, &sit, "court", 10, "answer", "o-rec");
    rd_Judged jonas, right;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-sorry p-why p-refund p-jonas", &jonas);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-refund", &right);
    EXPECT_HIT(&jonas, "sorry-without-the-claim", &right);
    EXPECT_NO_HIT(&right, "sorry-without-the-claim", NULL);
    EXPECT_BEATS(&right, &jonas);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same composition with "you're right" in the place of the cause keeps
 * the named line and says the claim: no cost. An option is a whole answer,
 * whose words may say what its lists leave out: "sorry, we've refunded you"
 * (o-sorry) with its confirms list emptied is not read as a sorry for
 * nothing. */
static void test_named_line_beside_the_claim(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh38", "sp-squash-double");
    sit.sc.options[rd_option(&sit, "o-sorry")].claims.confirms.count = 0;
    rd_Run r;
    rd_play_one(&r, &sit, "said", 10, "answer", "o-rec");
    rd_Judged said;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-refund p-jonas", &said);
    EXPECT_NO_HIT(&said, "sorry-without-the-claim", NULL);
    EXPECT_HIT(&said, "contact-a-named-person", NULL);
    rd_Judged sorry;
    rd_judge_option(&r, "answer", "o-sorry", &sorry);
    EXPECT_HIT(&sorry, "sincere-apology", NULL);
    EXPECT_NO_HIT(&sorry, "sorry-without-the-claim", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_right_before_the_named_line),
        cmocka_unit_test(test_named_line_beside_the_claim),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
