/* The scoring model reads (brief audit18) composed answers in second rounds
 * and in private: a correction that pays anyway, a correction that then goes
 * private, and a thank-you to a message that asks.
 *
 * tests/fresh18, cq-costume-fee 2nd: a second customer says she paid a
 * cleaning fee "for nothing"; her return note lists two stains. A reply that
 * denies the claim and refunds the fee anyway pays what it says is not owed
 * (paid-what-it-denied; HONEST, POLICY), and a calm correction for every
 * reader, with her own note taken to private, is the public answer to a false
 * claim (public-first-answer; PUBLIC), not a move to private with nothing
 * said.
 *
 * tests/fresh18, cq-marina-berth 2nd: the owner sends his number and asks when
 * someone can look at the hull. A thank-you beside the answer earns
 * thank-for-remark; a thank-you that leaves the question unanswered does not
 * (THANK, ALWAYS).
 *
 * tests/fresh18, cq-dance-troll: a class cancelled at an hour's notice cost
 * the student the class and a babysitter. The answer that pays both makes her
 * whole (the test covers_loss, the rule loss-made-good; 000's last step, the
 * customer satisfied; ACCOMMODATE) and ranks over the same words that give
 * back the class alone; 003 allows compensation that cannot be full.
 *
 * tests/fresh18, cq-planetarium-dm: a parent asks in private whether the show
 * has flashing light. The projector's technical sheet, tagged long, says
 * what the plain line says; in private it is no wall (the courtesy credits
 * stay), but a message is still a quick conversation (002, SHORT):
 * long-private-reply costs it a little. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static void play_costume(rd_Run *r, rd_Situation *sit)
{
    rd_load_in(sit, "tests/fresh18", "cq-costume-fee");
    rd_play_one(r, sit, "rec", 10, "answer", "o-rec");
    rd_choose(r, 130, "second", "o2-rec");
}

/* "We only charge for stains photographed at return" and then "we'll refund
 * the 400 kr": the money is the answer readers take, and it pays what the
 * same reply says is not owed. It ranks under the correction with her note
 * in private. */
static void test_refund_beside_the_correction(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    play_costume(&r, &sit);
    rd_Judged paid, rec;
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-rule p2-refund p2-dm", &paid);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-annoying p2-rule p2-dm", &rec);
    EXPECT_HIT(&paid, "paid-what-it-denied", &rec);
    EXPECT_NO_HIT(&rec, "paid-what-it-denied", &paid);
    EXPECT_BEATS(&rec, &paid);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same correction without the move to private earns the public answer's
 * credit; with it, it keeps it: the correction is what the thread reads, and
 * her own note is what goes private. A bare "send us a message" still earns
 * nothing for answering in public. */
static void test_correction_then_private(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    play_costume(&r, &sit);
    rd_Judged rec, dm;
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-annoying p2-rule p2-dm", &rec);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-dm", &dm);
    EXPECT_HIT(&rec, "public-first-answer", &dm);
    EXPECT_NO_HIT(&dm, "public-first-answer", &rec);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Tomas's private message asks when someone can look at the hull. Thanks
 * with the answer earn thank-for-remark and rank over the answer without
 * them; thanks with only a phone number, the question left, earn nothing
 * for thanking. */
static void test_thanks_beside_the_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh18", "cq-marina-berth");
    assert_true(sit.sc.posts[rd_post(&sit, "tomas-dm")].asks); /* the pack marks the question */
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged with, without, unanswered;
    rd_judge_parts(&r, "second", SV_VIS_PRIVATE, "p2-thank p2-saturday p2-ove", &with);
    rd_judge_parts(&r, "second", SV_VIS_PRIVATE, "p2-saturday p2-ove", &without);
    rd_judge_parts(&r, "second", SV_VIS_PRIVATE, "p2-thank p2-ove", &unanswered);
    EXPECT_HIT(&with, "thank-for-remark", &without);
    EXPECT_BEATS(&with, &without);
    EXPECT_NO_HIT(&unanswered, "thank-for-remark", &with);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Lina's class (190 kr) and her babysitter (250 kr): o-rec pays both, o-short
 * the class. Only the answer that makes her whole earns loss-made-good; with
 * no loss on the post, nothing is covered. */
static void test_the_whole_loss_made_good(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh18", "cq-dance-troll");
    assert_int_equal(sit.sc.posts[rd_post(&sit, "post")].loss, 440); /* the class and the sitter */
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged whole, part;
    rd_judge_option(&r, "answer", "o-rec", &whole);
    rd_judge_option(&r, "answer", "o-short", &part);
    EXPECT_HIT(&whole, "loss-made-good", &part);
    EXPECT_NO_HIT(&part, "loss-made-good", &whole);
    EXPECT_BEATS(&whole, &part);
    rd_stop(&r);
    rd_unload(&sit);

    rd_load_in(&sit, "tests/fresh18", "cq-dance-troll");
    sit.sc.posts[rd_post(&sit, "post")].loss = 0;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_judge_option(&r, "answer", "o-rec", &whole);
    EXPECT_NO_HIT(&whole, "loss-made-good", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Anna's question answered from parts in private: the thanks, the plain
 * facts and the seats by the door rank over the same with the technical
 * sheet in place of the plain facts, which pays long-private-reply and keeps
 * no long-reply (a private letter is no wall). */
static void test_sheet_in_a_private_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh18", "cq-planetarium-dm");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged plain, sheet;
    rd_judge_parts(&r, "answer", SV_VIS_PRIVATE, "p-thank p-show p-seats", &plain);
    rd_judge_parts(&r, "answer", SV_VIS_PRIVATE, "p-thank p-specs p-seats", &sheet);
    EXPECT_HIT(&sheet, "long-private-reply", &plain);
    EXPECT_NO_HIT(&sheet, "long-reply", &plain);
    EXPECT_NO_HIT(&plain, "long-private-reply", &sheet);
    EXPECT_BEATS(&plain, &sheet);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_refund_beside_the_correction),
        cmocka_unit_test(test_correction_then_private),
        cmocka_unit_test(test_thanks_beside_the_answer),
        cmocka_unit_test(test_the_whole_loss_made_good),
        cmocka_unit_test(test_sheet_in_a_private_answer),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
