/* The scoring model reads three things the fresh7 audit left open (tests/fresh7,
 * G3, G4, G5): a calm word on a fan's rudeness, said while the complaint is
 * answered, and a reply to the fan over the head of a complainer who is right
 * (PRO, ALWAYS, FACTUAL); a promise due after the run ends, which earns nothing
 * up front as if its explanation were sure to come (APOLOGY-EXPLAIN-COMPENSATE, FAST); and what
 * changed, said after the customer was made good, which is no excuse (ORDER). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"
#include "score_internal.h"

/* Lina is right; Per, a regular, tells her to stop whining. The answer with
 * a calm word to Per (moderates) tied the same answer without it; now it
 * earns calm-word-on-the-thread and ranks first. Thanking Per while Lina has
 * no answer sides with him: bystander-answered-over-the-complaint. */
static void test_calm_word_to_a_rude_fan(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh7", "x-bike-fan");
    rd_Run r;
    rd_play_one(&r, &sit, "tone", 10, "answer", "o-answer-tone");
    rd_Judged tone, plain, fan, ignore;
    rd_judge_option(&r, "answer", "o-answer-tone", &tone);
    rd_judge_option(&r, "answer", "o-answer", &plain);
    rd_judge_option(&r, "answer", "o-thank-fan", &fan);
    rd_judge_option(&r, "answer", "o-ignore", &ignore);
    EXPECT_HIT(&tone, "calm-word-on-the-thread", &plain);
    EXPECT_NO_HIT(&plain, "calm-word-on-the-thread", &tone);
    EXPECT_NO_HIT(&fan, "calm-word-on-the-thread", &tone);
    EXPECT_HIT(&fan, "bystander-answered-over-the-complaint", &plain);
    EXPECT_NO_HIT(&tone, "bystander-answered-over-the-complaint", &fan);
    EXPECT_NO_HIT(&plain, "bystander-answered-over-the-complaint", &fan);
    EXPECT_BEATS(&tone, &plain);
    EXPECT_BEATS(&plain, &fan);
    EXPECT_BEATS(&fan, &ignore);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Posted at midnight, found at seven. The quick apology promises an answer
 * within the hour in a scenario of thirty minutes. The guides let the
 * explanation come later when the reply promises it (APOLOGY-EXPLAIN-
 * COMPENSATE), and a promise that never comes is charged when it falls due:
 * so the credit up front is the same whether the run is long enough to see
 * it due or not. What a reply earns is what it says and does, never where
 * the scenario happens to end. (In the pack the warehouse log takes ten
 * minutes, within the decision's deadline, so the promise earns no
 * explanation-promised at all: check_at_hand, test_scoring_reads_m.c. Here
 * the log takes two hours, past the deadline, and the promise earns it.) */
static void test_promise_credit_is_not_the_run_length(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh7", "x-pharmacy-night");
    int32_t complete = rd_option(&sit, "o-complete");
    assert_true(complete >= 0);
    sit.sc.options[complete].delay_ms = 2u * 3600u * 1000u; /* the log takes two hours */
    rd_Run r;
    rd_play_one(&r, &sit, "short", 10, "answer", "o-sorry-promise");
    rd_Judged short_run, holding;
    rd_judge_option(&r, "answer", "o-sorry-promise", &short_run);
    rd_judge_option(&r, "answer", "o-holding", &holding);
    EXPECT_HIT(&short_run, "explanation-promised", &holding);
    EXPECT_HIT(&short_run, "follow-up-promised", &holding);
    EXPECT_BEATS(&short_run, &holding);
    rd_stop(&r);

    sit.sc.duration_ms = 4u * 3600u * 1000u; /* four hours: the promise falls due in the run */
    rd_play_one(&r, &sit, "long", 10, "answer", "o-sorry-promise");
    rd_Judged long_run;
    rd_judge_option(&r, "answer", "o-sorry-promise", &long_run);
    EXPECT_HIT(&long_run, "explanation-promised", NULL);
    assert_int_equal(short_run.value, long_run.value);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Johan's forum post waited all weekend. The answer that apologises for the
 * silence too, explains, makes good and ends with what changed ("the forum is
 * now checked every day") paid order-broken for that last sentence; a second
 * explanation after the remedy, the first in its place, is no step back. An
 * explanation that comes only after the remedy still is. */
static void test_what_changed_after_the_remedy(void **state)
{
    (void)state;
    const uint8_t tail[] = {SV_PART_APOLOGISE, SV_PART_APOLOGISE, SV_PART_EXPLAIN,
                            SV_PART_COMPENSATE, SV_PART_EXPLAIN};
    const uint8_t late[] = {SV_PART_APOLOGISE, SV_PART_COMPENSATE, SV_PART_EXPLAIN};
    const uint8_t two[] = {SV_PART_ACKNOWLEDGE, SV_PART_EXPLAIN,    SV_PART_COMPENSATE,
                           SV_PART_ACKNOWLEDGE, SV_PART_COMPENSATE, SV_PART_EXPLAIN};
    assert_false(sv_score_order_wrong(tail, 5, false));
    assert_true(sv_score_order_ok(tail, 5));
    assert_true(sv_score_order_wrong(late, 3, false));
    /* a second round (a new confirmation) needs its own explanation in place */
    assert_true(sv_score_order_wrong(two, 6, false));

    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh7", "x-forum-weekend");
    rd_Run r;
    rd_play_one(&r, &sit, "own", 10, "answer", "o-late-own");
    rd_Judged own, dm;
    rd_judge_option(&r, "answer", "o-late-own", &own);
    rd_judge_option(&r, "answer", "o-dm", &dm);
    EXPECT_NO_HIT(&own, "order-broken", &dm);
    EXPECT_BEATS(&own, &dm);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_calm_word_to_a_rude_fan),
        cmocka_unit_test(test_promise_credit_is_not_the_run_length),
        cmocka_unit_test(test_what_changed_after_the_remedy),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
