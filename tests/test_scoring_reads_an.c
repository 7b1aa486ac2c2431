/* What the debrief tells the player must be true of what they wrote: a
 * rule's text is read as a statement about the reply, so its condition must
 * hold it (a review of every rule's text against its condition, on the
 * built-in curriculum and the audits' packs).
 *
 * HONEST, FACTUAL: a reply that denies what is true, or is dishonest, is
 * never praised for its facts, its correction, its explanation or the
 * improvement it shows; ORDER: a reply that blames the customer or argues
 * earns no credit for settling the facts first. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* The water-damage claim answered with "claims currently take 6-8 weeks"
 * (tagged dishonest: it is not so). It was told it answered with facts,
 * explained why and showed the solution, beside "your reply was not
 * honest"; now only the honest answer is. */
static void test_no_praise_for_facts_in_a_dishonest_reply(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_pack_file(&sit, "scenarios/core/assessment", "a-water-damage");
    rd_Run r;
    rd_play_one(&r, &sit, "answer", 10, "answer", "o-public-dm");
    rd_Judged demand, honest;
    rd_judge_option(&r, "answer", "o-demand", &demand);
    rd_judge_option(&r, "answer", "o-public-dm", &honest);
    EXPECT_HIT(&demand, "dishonest-reply", NULL);
    EXPECT_NO_HIT(&demand, "factual-answer", &honest);
    EXPECT_NO_HIT(&demand, "explanation-given", &honest);
    EXPECT_NO_HIT(&demand, "solution-shown-onstage", &honest);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The rumour that the chicken now comes from abroad is partly true (the
 * supplier did change). "This is completely false" denies the true half:
 * it was told it corrected the troll calmly and with facts, beside
 * false-denial; the answer that owns the change and corrects the rest is. */
static void test_no_correction_credit_for_denying_the_truth(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_pack_file(&sit, "scenarios/core/scenarios", "rumour");
    rd_Run r;
    rd_start(&r, &sit, "rumour");
    rd_choose(&r, 30, "d-rumour", "o-deny-all");
    rd_Judged all;
    rd_judge_option(&r, "d-rumour", "o-deny-all", &all);
    EXPECT_HIT(&all, "false-denial", NULL);
    EXPECT_NO_HIT(&all, "troll-corrected-calmly", NULL);
    EXPECT_NO_HIT(&all, "informative-correction", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Lars on the forum, after the brand has told the product team about the
 * fault: "we have no faults on card payments today; check your statement
 * again" blames him and denies what is true, and was told it showed the
 * criticism was put to use. The answer that checks his case still is. */
static void test_no_improvement_shown_by_a_false_denial(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_pack_file(&sit, "scenarios/core/scenarios", "outage");
    rd_Run r;
    rd_start(&r, &sit, "forum");
    rd_choose(&r, 20, "first-reply", "o-holding");
    rd_choose(&r, 100, "pattern", "o-incident");
    rd_choose(&r, 160, "forum-reply", "o-forum-check");
    rd_Judged deny, check;
    rd_judge_option(&r, "forum-reply", "o-forum-deny", &deny);
    rd_judge_option(&r, "forum-reply", "o-forum-check", &check);
    EXPECT_HIT(&deny, "false-denial", NULL);
    EXPECT_NO_HIT(&deny, "show-the-improvement", &check);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Henrik's pan rusted in the dishwasher. "The care card says hand wash
 * only; dishwasher damage isn't covered" confirms the rust and blames him:
 * it was told it settled the facts before apologising and putting it right
 * (it did neither). The recommended answer still earns it. */
static void test_no_order_credit_for_blame(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh19", "cr-pan-rust");
    rd_Run r;
    rd_play_one(&r, &sit, "pan", 10, "answer", "o-card");
    rd_Judged card;
    rd_judge_option(&r, "answer", "o-card", &card);
    EXPECT_HIT(&card, "blames-customer", NULL);
    EXPECT_NO_HIT(&card, "order-confirm-then-act", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_praise_for_facts_in_a_dishonest_reply),
        cmocka_unit_test(test_no_correction_credit_for_denying_the_truth),
        cmocka_unit_test(test_no_improvement_shown_by_a_false_denial),
        cmocka_unit_test(test_no_order_credit_for_blame),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
