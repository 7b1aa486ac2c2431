/* A sorry and a remedy that rest only on a guess earn none of an apology's
 * or a remedy's credits (tests/fresh44, finding O1; tests/fresh42, O1).
 *
 * HONEST, LISTEN, APOLOGY-EXPLAIN-COMPENSATE: 003's sorry is for a mistake
 * the brand agrees happened, and 000 listens before it answers. A reply
 * whose every statement is a guess (it confirms or denies something, and
 * nothing it states is known yet: the test guess_only) says sorry for, and
 * pays for, a harm the brand has made up. It still pays states-a-guess, and
 * no longer earns sincere-apology, compensation-offered, accommodating-reply,
 * serious-reply-with-solution or solution-shown-onstage on top. A reply
 * that states something known beside its guess is read as before. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"
#include "score_internal.h"

/* Kim's one-star review says a week was wasted and nothing about why. The
 * warned o-guess says sorry that the hotel was noisy (nobody knows yet: the
 * bar under the room is what a question would reveal) and refunds 2000 kr:
 * +42 before the fix, above the acceptable pointer to DM at +13. Now it
 * earns nothing for the sorry and the money, and ranks under it. */
static void test_guessed_sorry_and_money(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh44", "ai-review-vague");
    rd_Run r;
    rd_play_one(&r, &sit, "guess", 10, "answer", "o-rec");
    rd_Judged guess, dm, rec, asked;
    rd_judge_option(&r, "answer", "o-guess", &guess);
    rd_judge_option(&r, "answer", "o-dm", &dm);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-care p-ask p-sofia", &asked);
    EXPECT_HIT(&guess, "states-a-guess", NULL);
    EXPECT_NO_HIT(&guess, "sincere-apology", NULL);
    EXPECT_NO_HIT(&guess, "compensation-offered", NULL);
    EXPECT_NO_HIT(&guess, "accommodating-reply", NULL);
    EXPECT_NO_HIT(&guess, "serious-reply-with-solution", NULL);
    EXPECT_NO_HIT(&guess, "solution-shown-onstage", NULL);
    EXPECT_BEATS(&dm, &guess);
    EXPECT_BEATS(&rec, &dm);
    EXPECT_BEATS(&asked, &guess);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Silje's post about the christening food says something went wrong; the
 * warned o-gjett says sorry for a shrimp salad she never mentioned and pays
 * her back (+18 before the fix, above the acceptable o-dm at +7). */
static void test_guessed_cause_in_another_pack(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh42", "lv-daap-mat");
    rd_Run r;
    rd_play_one(&r, &sit, "gjett", 10, "answer", "o-rec");
    rd_Judged guess, dm;
    rd_judge_option(&r, "answer", "o-gjett", &guess);
    rd_judge_option(&r, "answer", "o-dm", &dm);
    EXPECT_HIT(&guess, "states-a-guess", NULL);
    EXPECT_NO_HIT(&guess, "sincere-apology", NULL);
    EXPECT_NO_HIT(&guess, "accommodating-reply", NULL);
    EXPECT_BEATS(&dm, &guess);
    rd_stop(&r);
    rd_unload(&sit);
}

/* What the test reads: guesses against everything stated. A guess beside a
 * known confirmation is not guess_only, and a reply that states nothing is
 * not either. */
static void test_guess_only_reads_what_is_stated(void **state)
{
    (void)state;
    sv_ScoreContext c;
    memset(&c, 0, sizeof c);
    assert_false(sv_score_guess_only(&c));
    c.confirms_true = 1;
    c.guesses = 1;
    assert_true(sv_score_guess_only(&c));
    c.confirms_true = 2; /* a known claim confirmed beside the guess */
    assert_false(sv_score_guess_only(&c));
    c.confirms_true = 1;
    c.denies_false = 1; /* a known falsehood denied beside it */
    assert_false(sv_score_guess_only(&c));
    c.guesses = 2;
    assert_true(sv_score_guess_only(&c));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_guessed_sorry_and_money),
        cmocka_unit_test(test_guessed_cause_in_another_pack),
        cmocka_unit_test(test_guess_only_reads_what_is_stated),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
