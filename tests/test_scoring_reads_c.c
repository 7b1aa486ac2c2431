/* The scoring model reads the situation, from an audit on fresh situations
 * (scenarios written from the guides alone, where the model ranked against
 * them): a promise nobody can keep or a template's promise earns nothing of
 * a real one (HONEST, EMPATHY); a third public reply in a heated thread earns
 * nothing for what it repeats, apology and goodwill included, unless it is a
 * closing note (TWICE); a follow-up that needs personal
 * details goes private after a public solution, whatever its valence
 * (SWITCH); the first public and the fast answer are credited only for an
 * answer with something in it for the complainer (PUBLIC, FAST); and a post
 * from before the start has stood since it was posted (FAST); a quote from
 * the terms in answer to a true complaint is no explanation (ORDER). As in
 * test_scoring_reads_a.c: scenario files from tests/scoring/situations played
 * in real sessions with the default model, candidates judged with
 * sv_score_whatif once their decision has closed, each shown both ways. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* "Monday, guaranteed" with no date from the supplier is a promise nobody can
 * keep; "we will get back within 5 working days" is a form letter. Neither
 * earns the promise and solution credit the honest "I'll ring you at 3" does,
 * and the promise nobody can keep ranks below a bare apology. */
static void test_promises_that_count(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "honest_promises");
    rd_Run r;
    rd_play_one(&r, &sit, "honest promise", 10, "d", "o-honest");
    rd_Judged honest, sorry, monday, tmpl;
    rd_judge_option(&r, "d", "o-honest", &honest);
    rd_judge_option(&r, "d", "o-sorry", &sorry);
    rd_judge_option(&r, "d", "o-monday", &monday);
    rd_judge_option(&r, "d", "o-template", &tmpl);
    EXPECT_HIT(&honest, "follow-up-promised", &monday);
    EXPECT_HIT(&honest, "serious-reply-with-solution", &monday);
    EXPECT_NO_HIT(&monday, "follow-up-promised", &honest);
    EXPECT_NO_HIT(&monday, "explanation-promised", &honest);
    EXPECT_NO_HIT(&monday, "serious-reply-with-solution", &honest);
    EXPECT_NO_HIT(&monday, "solution-shown-onstage", &honest);
    EXPECT_NO_HIT(&tmpl, "follow-up-promised", &honest);
    EXPECT_NO_HIT(&tmpl, "explanation-promised", &honest);
    EXPECT_NO_HIT(&tmpl, "serious-reply-with-solution", &honest);
    EXPECT_BEATS(&honest, &sorry);
    EXPECT_BETTER(&sorry, "sincere-apology", &monday, "overpromise");
    EXPECT_BEATS(&sorry, &tmpl);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Omar has had two public answers with the offer in them. A third public
 * reply that repeats the offer and a phone number earns nothing for them and
 * ranks below leaving the thread; a private message ranks above both. */
static void test_third_public_reply_repeats(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "third_round");
    rd_Run r;
    rd_play_one(&r, &sit, "private", 10, "d", "o-dm");
    rd_Judged third, leave, dm;
    rd_judge_option(&r, "d", "o-third", &third);
    rd_judge_option(&r, "d", "o-leave", &leave);
    rd_judge_option(&r, "d", "o-dm", &dm);
    EXPECT_HIT(&third, "third-public-reply", &leave);
    EXPECT_NO_HIT(&third, "explanation-given", &dm);
    EXPECT_NO_HIT(&third, "contact-offered", &dm);
    EXPECT_NO_HIT(&third, "solution-shown-onstage", &dm);
    EXPECT_BEATS(&leave, &third);
    EXPECT_BEATS(&dm, &leave);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Kalle's question is neutral, but it follows a public refund in his
 * complaint's thread and needs his member number: the private message earns
 * SWITCH and ranks above asking for his numbers in public. */
static void test_switch_on_a_follow_up(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "followup_switch");
    rd_Run r;
    rd_play_one(&r, &sit, "private", 20, "d", "o-dm");
    rd_Judged dm, in_public;
    rd_judge_option(&r, "d", "o-dm", &dm);
    rd_judge_option(&r, "d", "o-public", &in_public);
    EXPECT_HIT(&dm, "switch-after-public-solution", &in_public);
    EXPECT_NO_HIT(&in_public, "switch-after-public-solution", &dm);
    EXPECT_BEATS(&dm, &in_public);
    EXPECT_FIRED(&r, "switch-after-public-solution", SV_TRIGGER_REPLY, "d");
    rd_stop(&r);
    rd_unload(&sit);
}

/* Ronja is rude and right. A note on her tone with a pointer to the contact
 * form is public and quick, yet it holds nothing for her: it earns neither
 * the first public answer nor the fast one, which owning the mistake does.
 * Leif's review has stood since two hours before the start: an answer now is
 * public and welcome, but not fast. */
static void test_answers_with_substance(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "substance_first");
    rd_Run r;
    rd_start(&r, &sit, "own it, answer the review");
    rd_choose(&r, 10, "d-rant", "o-own");
    rd_choose(&r, 20, "d-review", "o-review");
    rd_Judged own, lecture, review;
    rd_judge_option(&r, "d-rant", "o-own", &own);
    rd_judge_option(&r, "d-rant", "o-lecture", &lecture);
    rd_judge_option(&r, "d-review", "o-review", &review);
    EXPECT_HIT(&own, "public-first-answer", &lecture);
    EXPECT_HIT(&own, "fast-first-reply", &lecture);
    EXPECT_NO_HIT(&lecture, "public-first-answer", &own);
    EXPECT_NO_HIT(&lecture, "fast-first-reply", &own);
    EXPECT_BEATS(&own, &lecture);
    EXPECT_HIT(&review, "public-first-answer", &own);
    EXPECT_NO_HIT(&review, "fast-first-reply", &own);
    EXPECT_FIRED(&r, "fast-first-reply", SV_TRIGGER_REPLY, "d-rant");
    EXPECT_NOT_FIRED(&r, "fast-first-reply", SV_TRIGGER_REPLY, "d-review");
    rd_stop(&r);
    rd_unload(&sit);
}

/* Nils's complaint is true. Quoting the terms "explains" nothing the guides
 * mean by an explanation (why it happened and what changed, after owning it)
 * and shows no way forward; the apology with the reason earns the
 * explanation, and both it and the full answer rank above the terms. */
static void test_terms_are_no_explanation(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "terms_excuse");
    rd_Run r;
    rd_play_one(&r, &sit, "own it", 10, "d", "o-own");
    rd_Judged terms, why, own;
    rd_judge_option(&r, "d", "o-terms", &terms);
    rd_judge_option(&r, "d", "o-why", &why);
    rd_judge_option(&r, "d", "o-own", &own);
    EXPECT_NO_HIT(&terms, "explanation-given", &why);
    EXPECT_NO_HIT(&terms, "factual-answer", &why);
    EXPECT_NO_HIT(&terms, "solution-shown-onstage", &own);
    EXPECT_HIT(&why, "explanation-given", &terms);
    EXPECT_HIT(&own, "explanation-given", &terms);
    EXPECT_HIT(&own, "solution-shown-onstage", &terms);
    EXPECT_BEATS(&why, &terms);
    EXPECT_BEATS(&own, &why);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Petra has her bike back after two public answers and is still grumpy. A
 * third public round of apology and a voucher earns nothing for them; a
 * closing note for everyone following keeps what it says, and ranks above
 * the third round. */
static void test_closing_note_is_no_third_round(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "closing_note");
    rd_Run r;
    rd_play_one(&r, &sit, "closing note", 10, "d", "o-note");
    rd_Judged again, note, leave;
    rd_judge_option(&r, "d", "o-again", &again);
    rd_judge_option(&r, "d", "o-note", &note);
    rd_judge_option(&r, "d", "o-leave", &leave);
    EXPECT_HIT(&again, "third-public-reply", &leave);
    EXPECT_NO_HIT(&again, "sincere-apology", NULL);
    EXPECT_NO_HIT(&again, "accommodating-reply", NULL);
    EXPECT_NO_HIT(&again, "compensation-offered", NULL);
    EXPECT_HIT(&note, "factual-answer", &again);
    EXPECT_HIT(&note, "honest-reply", &again);
    EXPECT_BEATS(&note, &again);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_promises_that_count),
        cmocka_unit_test(test_third_public_reply_repeats),
        cmocka_unit_test(test_switch_on_a_follow_up),
        cmocka_unit_test(test_answers_with_substance),
        cmocka_unit_test(test_terms_are_no_explanation),
        cmocka_unit_test(test_closing_note_is_no_third_round),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
