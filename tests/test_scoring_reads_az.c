/* The complainer's follow-up is weighed against the loss the thread opened
 * with, and an offer that stands is not paid twice (tests/fresh26, finding
 * V3).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, ACCOMMODATE: 000's last step is the customer
 * satisfied, and 003's compensation is full where it can be. A complainer
 * who comes back in their own thread ("half is not enough, I want it all
 * back") is still talking about the failure the thread opened with; when the
 * follow-up says no loss of its own, what the failure cost is what the first
 * post said, so an offer that covers it earns loss-made-good there too. And a
 * composed part that offers no more than the thread was offered before only
 * says that offer stands: beside a new offer it adds nothing ("the half-price
 * offer stands" and "you get all of it back" are all of it, not one and a
 * half, and not the extra mile). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Marit drove from Bergen for the midsummer bonfire, banned by the fire
 * chief; the festival never texted its ticket holders. Its first answer
 * owned that and offered everyone half the 400 kr family ticket back. She
 * answers: half is not enough, they came for the fire. The composer kept
 * the half-price offer in place of the whole sum (p2-fair p2-half
 * p2-account, +73, a tie with the recommended p2-fair p2-all p2-account):
 * the follow-up said no loss, so the 400 kr made nothing whole. Now the
 * whole sum covers the thread's loss and the half does not; and the half
 * said beside the whole is not 600 kr of extra mile. */
static void test_follow_up_weighed_against_the_thread_loss(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh26", "nb-sankthans-baal");
    rd_Run r;
    rd_play_one(&r, &sit, "bonfire", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged first, rec, all, half, both;
    rd_judge_option(&r, "answer", "o-rec", &first);
    rd_judge_option(&r, "second", "o2-rec", &rec);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-fair p2-all p2-account", &all);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-fair p2-half p2-account", &half);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-fair p2-half p2-all", &both);
    /* half of 400 kr in the first answer makes nothing whole */
    EXPECT_NO_HIT(&first, "loss-made-good", NULL);
    EXPECT_HIT(&rec, "loss-made-good", NULL);
    EXPECT_HIT(&all, "loss-made-good", &half);
    EXPECT_BEATS(&all, &half);
    /* the standing half beside the whole is the whole: covered, not the extra mile */
    EXPECT_HIT(&both, "loss-made-good", NULL);
    EXPECT_NO_HIT(&both, "extra-mile-in-public", NULL);
    EXPECT_NO_HIT(&all, "extra-mile-in-public", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Her first post, read with no loss: the follow-up has none to inherit, and
 * nothing covers what was never said. */
static void test_no_loss_in_the_thread(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh26", "nb-sankthans-baal");
    sit.sc.posts[rd_post(&sit, "post")].loss = -1;
    rd_Run r;
    rd_play_one(&r, &sit, "no-loss", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged all;
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-fair p2-all p2-account", &all);
    EXPECT_NO_HIT(&all, "loss-made-good", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_follow_up_weighed_against_the_thread_loss),
        cmocka_unit_test(test_no_loss_in_the_thread),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
