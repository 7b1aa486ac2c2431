/* A promise to call, with the rest taken private because it is personal, is
 * not an answer put off (tests/fresh57, finding V2).
 *
 * SWITCH, PRO: 001 takes personal details to a private channel after a
 * public answer. When the story holds something about the customer that may
 * never be said in public (private_at_stake) and the reply moves the rest
 * private, promising to call her is where the guides want the answer to go
 * on; nothing is kept from the readers that the brand could say to them, so
 * answer-put-off-when-known (FAST, LISTEN) does not charge it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Elin, after the chain's public answer, posts her order number and mobile
 * number in the thread. The recommended short public reply ("we'll call you
 * this afternoon; the rest we'll take in the DM") tied with a private message
 * only (+19 each, the earlier option kept) because it paid
 * answer-put-off-when-known. Now it is not charged, and it ranks first. */
static void test_call_promised_in_private_is_not_put_off(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh57", "gc-phone-tradein");
    rd_Run r;
    rd_play_one(&r, &sit, "call", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged priv, rec, repeat;
    rd_judge_option(&r, "second", "o2-private", &priv);
    rd_judge_option(&r, "second", "o2-rec", &rec);
    rd_judge_option(&r, "second", "o2-repeat", &repeat);
    EXPECT_NO_HIT(&rec, "answer-put-off-when-known", NULL);
    EXPECT_HIT(&rec, "follow-up-promised", NULL);
    EXPECT_BEATS(&rec, &priv);
    EXPECT_BEATS(&priv, &repeat);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_call_promised_in_private_is_not_put_off),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
