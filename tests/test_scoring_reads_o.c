/* The scoring model reads what keeps a promise (tests/fresh9, near misses;
 * brief model18): a promise to come back with the answer is kept only by a
 * reply that carries some of it (an explanation or update, a fact confirmed
 * or denied, a remedy, or the answer in other words), not by any words in
 * the thread (HONEST, APOLOGY-EXPLAIN-COMPENSATE). A promise made by a reply
 * that already explained and made good is only a promise to check back, and
 * a thank-you keeps it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Nordlys promised to post what IT knows by 16:00. Asking Odd, who typed in
 * his card, for his customer number and card digits (warned) earned
 * promise-kept (+9), as any public words in the thread did; it says nothing
 * of what was promised. Now only the help with the urgent step (explained in
 * public) keeps it, and the run where the question is sent records no
 * promise kept. */
static void test_question_keeps_no_promise(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh9", "z-phishing-text");
    rd_Run r;
    rd_play_one(&r, &sit, "details", 10, "answer", "o-known");
    rd_choose(&r, 130, "second", "o2-details");
    rd_Judged help, dm, details;
    rd_judge_option(&r, "second", "o2-help", &help);
    rd_judge_option(&r, "second", "o2-dm", &dm);
    rd_judge_option(&r, "second", "o2-details", &details);
    EXPECT_NO_HIT(&details, "promise-kept", &help);
    EXPECT_NO_HIT(&dm, "promise-kept", &help);
    EXPECT_HIT(&help, "promise-kept", &details);
    EXPECT_BEATS(&help, &dm);
    EXPECT_BEATS(&dm, &details);
    EXPECT_NOT_FIRED(&r, "promise-kept", SV_TRIGGER_KEPT, "answer");
    rd_stop(&r);

    rd_play_one(&r, &sit, "help", 10, "answer", "o-known");
    rd_choose(&r, 130, "second", "o2-help");
    EXPECT_FIRED(&r, "promise-kept", SV_TRIGGER_KEPT, "answer");
    rd_stop(&r);
    rd_unload(&sit);
}

/* Vandra promised Elin on Friday that customer service would be back on
 * Monday. A canned sorry with an e-mail address (warned) kept that promise;
 * it carries no explanation and no remedy, so now the promise stays open
 * and breaks, while the full answer keeps it. */
static void test_template_keeps_no_promise(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_pack_file(&sit, "scenarios/sample/scenarios", "tent");
    rd_Run r;
    rd_play_one(&r, &sit, "check", 10, "review", "o-review-check");
    rd_Judged check, canned;
    rd_judge_option(&r, "review", "o-review-check", &check);
    rd_judge_option(&r, "review", "o-review-template", &canned);
    EXPECT_HIT(&check, "promise-kept", &canned);
    EXPECT_NO_HIT(&canned, "promise-kept", &check);
    EXPECT_HIT(&canned, "promise-broken", &check);
    EXPECT_BEATS(&check, &canned);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Hedda heard why her food was late, got a new courier and her money back,
 * and a promise to check back when it arrived. When she says it came hot, a
 * thank-you is that check-back: the promise asked for nothing more, so it
 * still keeps it. */
static void test_thanks_keeps_a_check_back(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_pack_file(&sit, "scenarios/core/scenarios", "delivery");
    rd_Run r;
    rd_play_one(&r, &sit, "thanks", 20, "first-reply", "o-check-first");
    rd_choose(&r, 175, "hedda-reply", "o-hedda-status");
    rd_choose(&r, 270, "restaurant", "o-rest-confirm");
    rd_choose(&r, 320, "hedda-thanks", "o-hk-thanks");
    rd_Judged thanks, like;
    rd_judge_option(&r, "hedda-thanks", "o-hk-thanks", &thanks);
    rd_judge_option(&r, "hedda-thanks", "o-hk-like", &like);
    EXPECT_HIT(&thanks, "promise-kept", &like);
    EXPECT_NO_HIT(&like, "promise-kept", &thanks);
    EXPECT_BEATS(&thanks, &like);
    EXPECT_FIRED(&r, "promise-kept", SV_TRIGGER_KEPT, "hedda-reply");
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_question_keeps_no_promise),
        cmocka_unit_test(test_template_keeps_no_promise),
        cmocka_unit_test(test_thanks_keeps_a_check_back),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
