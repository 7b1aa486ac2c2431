/* The scoring model reads the situation, from a fifth audit on fresh
 * situations (tests/fresh4's open disagreement D3, then tests/fresh5: stories
 * written from the guides alone, where the model ranked against them). Each
 * situation is played in a real session with the default model, its
 * candidates judged with sv_score_whatif once the decision has closed, as in
 * test_scoring_reads_a.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Praise with a question in it ("the new rye is unreal, is it vegan?", a post
 * marked asks): the thank-you with the answer ranks above a warm thank-you
 * that leaves the question out, which earns none of the credits for
 * answering (ALWAYS, THANK); both rank above a template and silence. */
static void test_praise_that_asks_gets_the_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh4", "u-bread-praise");
    rd_Run r;
    rd_play_one(&r, &sit, "answer", 10, "answer", "o-answer");
    rd_Judged answer, thanks, canned, ignore;
    rd_judge_option(&r, "answer", "o-answer", &answer);
    rd_judge_option(&r, "answer", "o-thanks", &thanks);
    rd_judge_option(&r, "answer", "o-template", &canned);
    rd_judge_option(&r, "answer", "o-ignore", &ignore);
    EXPECT_HIT(&answer, "answered-neutral-informatively", &thanks);
    EXPECT_NO_HIT(&thanks, "answered-neutral-informatively", &answer);
    EXPECT_HIT(&answer, "answered-where-asked", &thanks);
    EXPECT_NO_HIT(&thanks, "answered-where-asked", &answer);
    EXPECT_HIT(&thanks, "thank-for-praise", &answer);
    EXPECT_BEATS(&answer, &thanks);
    EXPECT_BEATS(&thanks, &canned);
    EXPECT_BEATS(&thanks, &ignore);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A colleague told a customer in public yesterday that the shop is open on
 * Sunday; it is closed. Correcting the mistake in the same thread, where
 * everyone read it, ranks above the same correction in a DM, which leaves the
 * wrong answer standing for everyone else (HONEST, FACTUAL); the DM still
 * ranks above a vague pointer to the website and above leaving it. */
static void test_own_mistake_corrected_in_public(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh5", "v-ski-wrong-hours");
    rd_Run r;
    rd_play_one(&r, &sit, "correct", 10, "answer", "o-correct");
    rd_Judged correct, dm, vague, leave;
    rd_judge_option(&r, "answer", "o-correct", &correct);
    rd_judge_option(&r, "answer", "o-dm", &dm);
    rd_judge_option(&r, "answer", "o-vague", &vague);
    rd_judge_option(&r, "answer", "o-leave", &leave);
    EXPECT_HIT(&correct, "own-error-corrected-in-public", &dm);
    EXPECT_NO_HIT(&dm, "own-error-corrected-in-public", &correct);
    EXPECT_NO_HIT(&vague, "own-error-corrected-in-public", &correct);
    EXPECT_BEATS(&correct, &dm);
    EXPECT_BEATS(&dm, &vague);
    EXPECT_BEATS(&dm, &leave);
    rd_stop(&r);
    rd_unload(&sit);
}

/* At 22:40 the brand promised Elin, in public, to check her order and post by
 * 8. At 07:30 she asks. Coming back in the thread with what was found keeps
 * the promise (HONEST, APOLOGY-EXPLAIN-COMPENSATE: the explanation may come
 * later if you promise to come back); "we're looking into it and will get back
 * to you" is a second promise in place of the answer and keeps nothing; the
 * facts in a DM do not keep a promise made in public. The kept promise ranks
 * above the DM, the DM above the vague second promise. */
static void test_vague_second_answer_keeps_no_promise(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh5", "v-shop-after-hours");
    rd_Run r;
    rd_play_one(&r, &sit, "kept", 10, "answer", "o-hold");
    rd_choose(&r, 30610, "second", "o2-update");
    rd_Judged update, dm, vague, leave;
    rd_judge_option(&r, "second", "o2-update", &update);
    rd_judge_option(&r, "second", "o2-dm", &dm);
    rd_judge_option(&r, "second", "o2-vague", &vague);
    rd_judge_option(&r, "second", "o2-ignore", &leave);
    EXPECT_HIT(&update, "promise-kept", &vague);
    EXPECT_NO_HIT(&vague, "promise-kept", &update);
    EXPECT_NO_HIT(&dm, "promise-kept", &update);
    EXPECT_BEATS(&update, &dm);
    EXPECT_BEATS(&dm, &vague);
    EXPECT_BEATS(&vague, &leave);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Weeks after the cinema promised Göran, under his review, to tell him what
 * came of it, another visitor asks there whether anything changed. "Send us
 * a DM and we'll tell you more" says nothing and puts the answer off: it keeps
 * no promise (HONEST), where a link to the access page is at least an answer
 * in the thread and the result shown under the review keeps it best. The link
 * (acceptable) ranks above the DM (warned). */
static void test_dm_us_keeps_no_promise(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh5", "v-cinema-ramp");
    rd_Run r;
    rd_play_one(&r, &sit, "show", 10, "answer", "o-act");
    rd_choose(&r, 130, "second", "o2-show");
    rd_Judged show, link, dm;
    rd_judge_option(&r, "second", "o2-show", &show);
    rd_judge_option(&r, "second", "o2-link", &link);
    rd_judge_option(&r, "second", "o2-dm", &dm);
    EXPECT_HIT(&show, "promise-kept", &dm);
    EXPECT_HIT(&link, "promise-kept", &dm);
    EXPECT_NO_HIT(&dm, "promise-kept", &link);
    EXPECT_BEATS(&show, &link);
    EXPECT_BEATS(&link, &dm);
    rd_stop(&r);
    rd_unload(&sit);
}

/* A follow-up in a thread with a public solution belongs to the complaint
 * only when the complainer writes it. Another visitor's plain question under
 * Göran's answered review earns no credit for going private (SWITCH: private
 * for personal details and complex cases); Elin's own question the morning
 * after her complaint still does. */
static void test_switch_only_for_the_complainer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh5", "v-cinema-ramp");
    rd_Run r;
    rd_play_one(&r, &sit, "show", 10, "answer", "o-act");
    rd_choose(&r, 130, "second", "o2-show");
    rd_Judged link, dm;
    rd_judge_option(&r, "second", "o2-link", &link);
    rd_judge_option(&r, "second", "o2-dm", &dm);
    EXPECT_NO_HIT(&dm, "switch-after-public-solution", &link);
    EXPECT_NO_HIT(&dm, "invited-to-continue", &link);
    EXPECT_BEATS(&link, &dm);
    rd_stop(&r);
    rd_unload(&sit);

    rd_Situation shop;
    rd_load_in(&shop, "tests/fresh5", "v-shop-after-hours");
    rd_play_one(&r, &shop, "kept", 10, "answer", "o-hold");
    rd_choose(&r, 30610, "second", "o2-update");
    rd_Judged update, facts;
    rd_judge_option(&r, "second", "o2-update", &update);
    rd_judge_option(&r, "second", "o2-dm", &facts);
    EXPECT_HIT(&facts, "switch-after-public-solution", &update);
    EXPECT_BEATS(&update, &facts);
    rd_stop(&r);
    rd_unload(&shop);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_praise_that_asks_gets_the_answer),
        cmocka_unit_test(test_own_mistake_corrected_in_public),
        cmocka_unit_test(test_vague_second_answer_keeps_no_promise),
        cmocka_unit_test(test_dm_us_keeps_no_promise),
        cmocka_unit_test(test_switch_only_for_the_complainer),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
