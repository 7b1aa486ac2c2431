/* The scoring model reads a complaint that is only partly unverified
 * (tests/fresh21, finding T1).
 *
 * LISTEN, HONEST, APOLOGY-EXPLAIN-COMPENSATE: a review right about a wait
 * that also says the inspector smirked, which nobody has checked. A reply
 * that owns the wait, says why and makes it good, and leaves the smirk open
 * (neither confirmed nor denied: the test leaves_open) explains and makes
 * good what is known; it is no blind remedy. Saying the unknown half is so
 * is a guess, and then nothing rests on what is known. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Mikael's review on a map listing that takes one answer: the 40-minute wait
 * (true, known), the fail "for nothing" (false, known), Sara's smirk (not
 * known). The six recommended parts own the wait, put the fail right, say why,
 * pay back 200 kr and give the manager's number; they ranked +87 under a
 * thank-you in place of the cause and the money (+93), because the smirk,
 * unknown, made the cause and the money blind. Now they earn both and rank
 * on top. The same remedy beside "Sara will be spoken to" (the smirk
 * confirmed: a guess) is blind, and so is one that owns no claim of the
 * post at all. */
static void test_known_half_made_good(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh21", "ct-inspection-lane");
    assert_false(sit.sc.facts[rd_fact(&sit, "smirk")].known);
    assert_true(sit.sc.facts[rd_fact(&sit, "waited")].known);
    rd_Run r;
    rd_play_one(&r, &sit, "open", 10, "answer", "o-rec");
    rd_Judged rec, thanks, guessed, unowned, option;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-wait p-brakes p-sorry p-lane p-refund p-per",
                   &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-wait p-brakes p-thanks p-sorry p-per", &thanks);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-wait p-spoken p-sorry p-lane p-refund p-per",
                   &guessed);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-lane p-refund p-per", &unowned);
    rd_judge_option(&r, "answer", "o-rec", &option);
    EXPECT_HIT(&rec, "explanation-given", &thanks);
    EXPECT_HIT(&rec, "compensation-offered", &thanks);
    EXPECT_NO_HIT(&rec, "remedy-offered-blind", NULL);
    EXPECT_BEATS(&rec, &thanks);
    EXPECT_HIT(&option, "compensation-offered", NULL);
    EXPECT_NO_HIT(&option, "remedy-offered-blind", NULL);
    /* the smirk confirmed: the remedy rests on a guess */
    EXPECT_NO_HIT(&guessed, "compensation-offered", &rec);
    EXPECT_HIT(&guessed, "remedy-offered-blind", &rec);
    /* nothing of the post owned: nothing known to rest on */
    EXPECT_NO_HIT(&unowned, "compensation-offered", &rec);
    EXPECT_HIT(&unowned, "remedy-offered-blind", &rec);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Kerstin names Johan at the paint counter: the wrong tin is on her receipt
 * (known), the eye-roll is not checked. The recommended answer owns the tin,
 * swaps it with a topcoat and leaves the eye-roll to the manager: it makes
 * good what is known. The same answer once the eye-roll is known to be false
 * leaves nothing open, and is judged as before this change. */
static void test_named_staff_left_open(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh21", "ct-paint-counter");
    rd_Run r;
    rd_play_one(&r, &sit, "open", 10, "answer", "o-rec");
    rd_Judged open, defend;
    rd_judge_option(&r, "answer", "o-rec", &open);
    rd_judge_option(&r, "answer", "o-defend", &defend);
    EXPECT_HIT(&open, "compensation-offered", NULL);
    EXPECT_NO_HIT(&open, "remedy-offered-blind", NULL);
    EXPECT_HIT(&defend, "states-a-guess", NULL);
    rd_stop(&r);
    sit.sc.facts[rd_fact(&sit, "eye-roll")].known = true;
    rd_play_one(&r, &sit, "known", 10, "answer", "o-rec");
    rd_Judged known;
    rd_judge_option(&r, "answer", "o-rec", &known);
    EXPECT_HIT(&known, "compensation-offered", NULL);
    EXPECT_NO_HIT(&known, "remedy-offered-blind", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_known_half_made_good),
        cmocka_unit_test(test_named_staff_left_open),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
