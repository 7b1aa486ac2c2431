/* The scoring model reads a demand paid when nothing was lost (tests/fresh19,
 * finding R1).
 *
 * POLICY, EXTRA-MILE: a refund outside the terms, or an exception to a rule
 * kept for everyone, paid because the post demanded it in public, is a prize
 * for demanding, not compensation. A post that gives its `loss` as 0 says
 * nothing the brand did cost its author anything, so any demand is beyond
 * it: the test grants_demand holds for an offer that meets it (before, it
 * needed a loss above 0, and such a refund went unread). Paying it earns
 * demand-paid-in-public and none of the credits for compensating
 * (compensation-offered), for meeting the customer (accommodating-reply) or
 * for a serious reply with a solution (serious-reply-with-solution). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Annika missed four pottery classes for work trips and demands the 1,200 kr
 * back; the terms keep her wheel for her and refund nobody (loss 0). The
 * refund (warned) ranked +58, over the kind no without the make-up evenings
 * (acceptable, +32); now it earns demand-paid-in-public and none of the
 * remedy credits, and ranks under both the kind no and the recommended no
 * with the make-up evenings. */
static void test_refund_outside_the_terms(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh19", "cr-pottery-refund");
    const sv_Post *post = &sit.sc.posts[rd_post(&sit, "post")];
    assert_int_equal(post->loss, 0); /* the pack says nothing was lost */
    assert_int_equal(post->demands, 1200);
    rd_Run r;
    rd_play_one(&r, &sit, "refund", 10, "answer", "o-rec");
    rd_Judged cave, kind, rec;
    rd_judge_option(&r, "answer", "o-cave", &cave);
    rd_judge_option(&r, "answer", "o-short", &kind);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&cave, "demand-paid-in-public", &rec);
    EXPECT_NO_HIT(&cave, "compensation-offered", NULL);
    EXPECT_NO_HIT(&cave, "accommodating-reply", NULL);
    EXPECT_NO_HIT(&cave, "serious-reply-with-solution", NULL);
    EXPECT_NO_HIT(&rec, "demand-paid-in-public", &cave);
    EXPECT_BEATS(&kind, &cave);
    EXPECT_BEATS(&rec, &cave);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same refund when the classes were the studio's to lose (it cancelled
 * them: loss 1,200 kr) is no prize: it makes her whole and keeps the credits
 * for compensating. With no loss given at all, the model cannot weigh the
 * demand and reads no prize either. */
static void test_a_refund_of_what_was_lost_is_none(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh19", "cr-pottery-refund");
    sv_Post *post = &sit.sc.posts[rd_post(&sit, "post")];
    post->loss = 1200;
    rd_Run r;
    rd_play_one(&r, &sit, "lost", 10, "answer", "o-rec");
    rd_Judged owed;
    rd_judge_option(&r, "answer", "o-cave", &owed);
    rd_stop(&r);
    post->loss = -1;
    rd_play_one(&r, &sit, "unsaid", 10, "answer", "o-rec");
    rd_Judged unsaid;
    rd_judge_option(&r, "answer", "o-cave", &unsaid);
    rd_stop(&r);
    EXPECT_NO_HIT(&owed, "demand-paid-in-public", NULL);
    EXPECT_HIT(&owed, "compensation-offered", NULL);
    EXPECT_HIT(&owed, "accommodating-reply", NULL);
    EXPECT_NO_HIT(&unsaid, "demand-paid-in-public", NULL);
    EXPECT_HIT(&unsaid, "compensation-offered", NULL);
    rd_unload(&sit);
}

/* Emelie asked to move her race entry after the deadline; her friend Tove
 * comes back: "bend one rule". Moving it after all (warned) ranked +64, over
 * the recommended no with its reason (+59); now it pays demand-paid-in-public
 * and ranks under it. */
static void test_an_exception_to_a_friend(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh19", "cr-trail-deferral");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged bend, rec;
    rd_judge_option(&r, "second", "o2-bend", &bend);
    rd_judge_option(&r, "second", "o2-rec", &rec);
    EXPECT_HIT(&bend, "demand-paid-in-public", &rec);
    EXPECT_NO_HIT(&bend, "compensation-offered", NULL);
    EXPECT_NO_HIT(&bend, "accommodating-reply", NULL);
    EXPECT_BEATS(&rec, &bend);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_refund_outside_the_terms),
        cmocka_unit_test(test_a_refund_of_what_was_lost_is_none),
        cmocka_unit_test(test_an_exception_to_a_friend),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
