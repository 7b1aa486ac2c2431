/* Cases the curriculum writers found while writing the core pack
 * (scenarios/core/model-requests-*.md): places where the model agreed with the
 * guides only for thin reasons or ranked a warned answer far too high. Each is
 * a small situation from tests/scoring/situations, played with the default
 * model and shown both ways; none is keyed to a scenario's wording. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* ORDER, HONEST, ACCOMMODATE: a partly true complaint answered only where it
 * is wrong is the defensive half-answer, and the reasons given for the
 * denial are not a way forward for the customer's real problem. */
static void test_half_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "half_answer");
    rd_Run r;
    rd_play_one(&r, &sit, "both", 10, "d", "o-both");
    rd_Judged both, only, fix;
    rd_judge_option(&r, "d", "o-both", &both);
    rd_judge_option(&r, "d", "o-correct-only", &only);
    rd_judge_option(&r, "d", "o-correct-and-fix", &fix);
    EXPECT_HIT(&only, "defensive-half-answer", &both);
    EXPECT_NO_HIT(&both, "defensive-half-answer", &only);
    /* making the true part right is not the half-answer, even without owning it */
    EXPECT_NO_HIT(&fix, "defensive-half-answer", &only);
    /* the explanation only backs the denial: no remedy credit, no apology either */
    EXPECT_NO_HIT(&only, "explanation-given", &both);
    EXPECT_HIT(&only, "no-apology-no-remedy", &both);
    EXPECT_BEATS(&both, &only);
    EXPECT_BEATS(&fix, &only);
    rd_stop(&r);
    rd_unload(&sit);
}

/* PUBLIC: going private at once on a public complaint leaves everyone who
 * read it without an answer; speed and warmth do not make up for it, and a
 * private message is no fast first answer to the public post. */
static void test_private_first_is_net_negative(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "private_first");
    rd_Run r;
    rd_play_one(&r, &sit, "public", 10, "d", "o-public");
    rd_Judged pub, dm;
    rd_judge_option(&r, "d", "o-public", &pub);
    rd_judge_option(&r, "d", "o-dm-now", &dm);
    EXPECT_HIT(&dm, "private-first-on-public-complaint", &pub);
    EXPECT_NO_HIT(&dm, "fast-first-reply", &pub);
    EXPECT_HIT(&pub, "fast-first-reply", &dm);
    if (dm.value >= 0) rd_print(&dm);
    assert_true(dm.value < 0);
    EXPECT_BEATS(&pub, &dm);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A promise made in public is kept only by words in public: the people who
 * read it never see a private message. The same answer in a DM breaks it. */
static void test_public_promise_kept_in_public(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "public_promise");
    rd_Run r;
    rd_play_one(&r, &sit, "in a message", 10, "d", "o-in-dm");
    rd_Judged here, dm;
    rd_judge_option(&r, "d", "o-here", &here);
    rd_judge_option(&r, "d", "o-in-dm", &dm);
    EXPECT_HIT(&here, "promise-kept", &dm);
    EXPECT_NO_HIT(&dm, "promise-kept", &here);
    EXPECT_HIT(&dm, "promise-broken", &here);
    EXPECT_BEATS(&here, &dm);
    rd_run_out(&r);
    EXPECT_NOT_FIRED(&r, "promise-kept", SV_TRIGGER_KEPT, NULL);
    EXPECT_FIRED(&r, "promise-broken", SV_TRIGGER_PROMISE, NULL);
    rd_stop(&r);

    rd_play_one(&r, &sit, "here", 10, "d", "o-here");
    rd_run_out(&r);
    EXPECT_FIRED(&r, "promise-kept", SV_TRIGGER_KEPT, NULL);
    EXPECT_NOT_FIRED(&r, "promise-broken", SV_TRIGGER_PROMISE, NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* HONEST: a promise is judged when it falls due, and a run ends at the last
 * thing that happened. A promise due after that is never judged in the run,
 * so the what-if that ranks the options must not count it broken either. */
static void test_promise_due_after_the_run(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "late_promise");
    rd_Run r;
    rd_play_one(&r, &sit, "in a message", 10, "d", "o-in-dm");
    rd_Judged here, dm;
    rd_judge_option(&r, "d", "o-here", &here);
    rd_judge_option(&r, "d", "o-in-dm", &dm);
    EXPECT_HIT(&here, "promise-kept", &dm);
    EXPECT_NO_HIT(&dm, "promise-broken", &here);
    EXPECT_BEATS(&here, &dm);
    rd_run_out(&r);
    EXPECT_NOT_FIRED(&r, "promise-broken", SV_TRIGGER_PROMISE, NULL);
    EXPECT_NOT_FIRED(&r, "promise-kept", SV_TRIGGER_KEPT, NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* APOLOGY-EXPLAIN-COMPENSATE lets the explanation come later when the reply
 * promises to come back: while the cause is unknown, "we're on it, I'll be
 * back" is the honest first answer, not a remedy offered blind (LISTEN). A
 * fix offered before anyone knows the cause still is. */
static void test_promise_is_not_a_blind_remedy(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "holding_reply");
    rd_Run r;
    rd_play_one(&r, &sit, "holding", 10, "d", "o-holding");
    rd_Judged holding, fee;
    rd_judge_option(&r, "d", "o-holding", &holding);
    rd_judge_option(&r, "d", "o-blind-fee", &fee);
    EXPECT_NO_HIT(&holding, "remedy-offered-blind", &fee);
    EXPECT_HIT(&fee, "remedy-offered-blind", &holding);
    EXPECT_HIT(&holding, "explanation-promised", &fee);
    rd_stop(&r);
    rd_unload(&sit);
}

/* HONEST, TROLL: apologising and paying for a claim the player knows is
 * false tells everyone it was true; with an over-promise on top it is not
 * net positive, however accommodating it sounds. */
static void test_confirming_known_false_is_not_positive(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "false_notice");
    rd_Run r;
    rd_play_one(&r, &sit, "own", 10, "d", "o-own");
    rd_Judged own, refund;
    rd_judge_option(&r, "d", "o-own", &own);
    rd_judge_option(&r, "d", "o-refund-everyone", &refund);
    EXPECT_HIT(&refund, "confirms-false-claim", &own);
    EXPECT_HIT(&refund, "accommodating-a-false-claim", &own);
    EXPECT_NO_HIT(&refund, "accommodating-reply", &own);
    EXPECT_NO_HIT(&refund, "compensation-offered", &own);
    EXPECT_HIT(&own, "accommodating-reply", &refund);
    if (refund.value >= 0) rd_print(&refund);
    assert_true(refund.value < 0);
    EXPECT_BEATS(&own, &refund);
    rd_stop(&r);
    rd_unload(&sit);
}

/* EXTRA-MILE is generosity the brand can stand behind: an offer tagged as
 * an over-promise (a year free for the loudest of a thousand) is not it. */
static void test_no_extra_mile_for_an_overpromise(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "cave_in");
    rd_Run r;
    rd_play_one(&r, &sit, "week", 10, "d", "o-week");
    rd_Judged week, year;
    rd_judge_option(&r, "d", "o-week", &week);
    rd_judge_option(&r, "d", "o-year", &year);
    EXPECT_HIT(&week, "extra-mile-in-public", &year);
    EXPECT_NO_HIT(&year, "extra-mile-in-public", &week);
    EXPECT_HIT(&year, "overpromise", &week);
    EXPECT_BEATS(&week, &year);
    rd_stop(&r);
    rd_unload(&sit);
}

/* ALWAYS: the posts a decision's options answer are part of the decision.
 * An answer that leaves one of them standing is ranked with the end-of-run
 * cost of the question nobody answered, as leaving the decision's own post
 * would be. */
static void test_second_question_left_standing(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "two_questions");
    rd_Run r;
    rd_play_one(&r, &sit, "both", 20, "d", "o-both");
    rd_Judged both, olle, nils;
    rd_judge_option(&r, "d", "o-both", &both);
    rd_judge_option(&r, "d", "o-olle", &olle);
    rd_judge_option(&r, "d", "o-nils", &nils);
    EXPECT_NO_HIT(&both, "unanswered-question-at-end", &olle);
    EXPECT_HIT(&olle, "unanswered-question-at-end", &both);
    EXPECT_HIT(&nils, "unanswered-question-at-end", &both);
    EXPECT_BEATS(&both, &olle);
    EXPECT_BEATS(&both, &nils);
    assert_int_equal(olle.value, nils.value);
    rd_stop(&r);

    /* the run agrees: answering only Olle leaves Nils's question at the end */
    rd_play_one(&r, &sit, "olle only", 20, "d", "o-olle");
    rd_run_out(&r);
    EXPECT_FIRED_ABOUT(&r, "unanswered-question-at-end", SV_TRIGGER_END, "nils-q");
    rd_stop(&r);
    rd_unload(&sit);
}

/* ALWAYS: an answer to a neutral post needs something in it: an
 * explanation, facts, or a claim confirmed or denied. A thank-you is not
 * one, whether or not the option declares its structure. */
static void test_neutral_answer_needs_content(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "neutral_content");
    rd_Run r;
    rd_play_one(&r, &sit, "confirm", 10, "d", "o-confirm");
    rd_Judged confirm, thanks, plain;
    rd_judge_option(&r, "d", "o-confirm", &confirm);
    rd_judge_option(&r, "d", "o-thanks", &thanks);
    rd_judge_option(&r, "d", "o-plain", &plain);
    EXPECT_HIT(&confirm, "answered-neutral-informatively", &thanks);
    EXPECT_NO_HIT(&thanks, "answered-neutral-informatively", &confirm);
    EXPECT_NO_HIT(&plain, "answered-neutral-informatively", &confirm);
    EXPECT_BEATS(&confirm, &thanks);
    EXPECT_BEATS(&confirm, &plain);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The what-if sees what the candidate's own public words do to a thread: a
 * post in it that the decision's options answer (Bea piling on) does not
 * stand unanswered once the thread has a public answer, in the run or in
 * the what-if. */
static void test_public_answer_covers_its_thread(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "thread_pile");
    rd_Run r;
    rd_play_one(&r, &sit, "ada", 5, "d", "o-ada");
    rd_Judged ada;
    rd_judge_option(&r, "d", "o-ada", &ada);
    EXPECT_NO_HIT(&ada, "unanswered-complaint-spreads", NULL);
    EXPECT_NO_HIT(&ada, "unanswered-complaint-at-end", NULL);
    rd_Judged idle;
    rd_judge_timeout(&r, "d", &idle);
    EXPECT_HIT(&idle, "unanswered-complaint-at-end", &ada);
    assert_int_equal(rd_count(&idle, "unanswered-complaint-at-end"), 2);
    rd_run_out(&r);
    EXPECT_NOT_FIRED_ABOUT(&r, "unanswered-complaint-at-end", SV_TRIGGER_END, "pile");
    rd_stop(&r);
    rd_unload(&sit);
}

/* TROLL, TWICE: the correction rules are paid once per thread. A troll who
 * comes back to a thread the brand already corrected gets no second reward
 * for the same calm facts, so reporting him outranks arguing them again. */
static void test_correction_paid_once(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "troll_again");
    rd_Run r;
    rd_play_one(&r, &sit, "corrected", 5, "first", "o-correct");
    rd_Judged first;
    rd_judge_option(&r, "first", "o-correct", &first);
    EXPECT_HIT(&first, "troll-corrected-calmly", NULL);
    EXPECT_HIT(&first, "order-deny-false-claim", NULL);
    rd_choose(&r, 45, "again", "o-report");
    rd_Judged again, report;
    rd_judge_option(&r, "again", "o-again", &again);
    rd_judge_option(&r, "again", "o-report", &report);
    EXPECT_NO_HIT(&again, "troll-corrected-calmly", &first);
    EXPECT_NO_HIT(&again, "order-deny-false-claim", &first);
    EXPECT_NO_HIT(&again, "informative-correction", &first);
    EXPECT_NO_HIT(&again, "factual-answer", &first);
    EXPECT_BEATS(&report, &again);
    rd_stop(&r);
    rd_unload(&sit);
}

/* POLICY compares what the customer was told: the latest earlier answer
 * with words in the other channel, not an action without words taken in
 * the same move; and an action without words is no policy to judge. */
static void test_policy_compares_words(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "policy_words");
    rd_Run r;
    rd_play_one(&r, &sit, "same", 5, "d-public", "o-public");
    rd_choose(&r, 40, "d-dm", "o-dm-same");
    rd_Judged same, more;
    rd_judge_option(&r, "d-dm", "o-dm-same", &same);
    rd_judge_option(&r, "d-dm", "o-dm-more", &more);
    EXPECT_HIT(&same, "consistent-across-channels", &more);
    EXPECT_NO_HIT(&same, "inconsistent-across-channels", &more);
    EXPECT_HIT(&more, "inconsistent-across-channels", &same);
    EXPECT_BEATS(&same, &more);
    rd_choose(&r, 130, "d-later", "o-leave");
    rd_Judged leave, colleague;
    rd_judge_option(&r, "d-later", "o-leave", &leave);
    rd_judge_option(&r, "d-later", "o-colleague", &colleague);
    EXPECT_NO_HIT(&leave, "inconsistent-across-channels", NULL);
    EXPECT_NO_HIT(&colleague, "inconsistent-across-channels", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_half_answer),
        cmocka_unit_test(test_private_first_is_net_negative),
        cmocka_unit_test(test_public_promise_kept_in_public),
        cmocka_unit_test(test_promise_is_not_a_blind_remedy),
        cmocka_unit_test(test_promise_due_after_the_run),
        cmocka_unit_test(test_confirming_known_false_is_not_positive),
        cmocka_unit_test(test_no_extra_mile_for_an_overpromise),
        cmocka_unit_test(test_second_question_left_standing),
        cmocka_unit_test(test_neutral_answer_needs_content),
        cmocka_unit_test(test_public_answer_covers_its_thread),
        cmocka_unit_test(test_correction_paid_once),
        cmocka_unit_test(test_policy_compares_words),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
