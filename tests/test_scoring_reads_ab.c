/* The scoring model reads (brief model23) a public pointer to a private
 * message already sent.
 *
 * tests/fresh16, finding S5: after two public answers (TWICE), a calm line
 * in the thread that only points to the private message the brand has sent
 * ("Ida, we've sent you a private message") is 001's move to private made
 * visible, as a closing note ends a thread: the test points_private, which
 * third_round and third-public-reply read. An argument or the explanation
 * said again in a third round still pays in full; and a pointer to a message
 * that was never sent is a promise of one, and pays as a third round.
 *
 * tests/fresh17, finding P4: 003's explanation says why it went wrong and
 * what was changed so it does not happen again. A fact may say that it is
 * the measure taken ("measure"); a reply that confirms it, true and known,
 * in the complainer's own thread, tells what changed (the test
 * tells_measure, the rule measure-told), where the cause alone earned as
 * much before: in the follow-up the first answer promised, or at once in
 * the first answer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Ida's table is late; Sanna has answered her twice in public. The private
 * message with the delivery time goes out first; then the pointer in the
 * thread costs nothing of a third round, and an argument or a repeated
 * explanation there costs what it did. */
static void test_pointer_after_the_message(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "pointer_after_dm");
    rd_Run r;
    rd_play_one(&r, &sit, "message sent", 10, "d-dm", "o-dm");
    rd_choose(&r, 70, "d-thread", "o-leave");
    rd_Judged pointer, argue, again, leave;
    rd_judge_option(&r, "d-thread", "o-pointer", &pointer);
    rd_judge_option(&r, "d-thread", "o-argue", &argue);
    rd_judge_option(&r, "d-thread", "o-again", &again);
    rd_judge_option(&r, "d-thread", "o-leave", &leave);
    EXPECT_NO_HIT(&pointer, "third-public-reply", &argue);
    EXPECT_HIT(&argue, "third-public-reply", &pointer);
    EXPECT_HIT(&again, "third-public-reply", &pointer);
    EXPECT_NO_HIT(&again, "explanation-given", NULL);
    EXPECT_BEATS(&pointer, &argue);
    EXPECT_BEATS(&pointer, &again);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same line when nothing was sent: "we've sent you a message" promises
 * one, and is the third public round it was. */
static void test_pointer_to_nothing_sent(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "pointer_after_dm");
    rd_Run r;
    rd_play_one(&r, &sit, "nothing sent", 10, "d-dm", "o-wait");
    rd_choose(&r, 70, "d-thread", "o-leave");
    rd_Judged pointer, leave;
    rd_judge_option(&r, "d-thread", "o-pointer", &pointer);
    rd_judge_option(&r, "d-thread", "o-leave", &leave);
    EXPECT_HIT(&pointer, "third-public-reply", &leave);
    EXPECT_BEATS(&leave, &pointer);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Nora's tin came cracked; the bakery promised to find out how. Her "so
 * what happened?" answered with the cause and what changed ranks over the
 * cause alone. */
static void test_what_changed_told(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "measure_told");
    assert_true(sit.sc.facts[rd_fact(&sit, "boxes")].measure); /* the loader reads "measure" */
    rd_Run r;
    rd_play_one(&r, &sit, "promised", 10, "d", "o-promise");
    rd_choose(&r, 70, "d2", "o2-both");
    rd_Judged both, cause;
    rd_judge_option(&r, "d2", "o2-both", &both);
    rd_judge_option(&r, "d2", "o2-cause", &cause);
    EXPECT_HIT(&both, "measure-told", &cause);
    EXPECT_NO_HIT(&cause, "measure-told", &both);
    EXPECT_BEATS(&both, &cause);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Told in the first answer: 003's explanation may come at once, both its
 * halves; the cause with what changed ranks over the cause alone there too. */
static void test_what_changed_told_at_once(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "measure_told");
    rd_Run r;
    rd_play_one(&r, &sit, "at once", 10, "d", "o-both");
    rd_Judged both, cause;
    rd_judge_option(&r, "d", "o-both", &both);
    rd_judge_option(&r, "d", "o-cause", &cause);
    EXPECT_HIT(&both, "measure-told", &cause);
    EXPECT_NO_HIT(&cause, "measure-told", &both);
    EXPECT_BEATS(&both, &cause);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same words when nothing was changed (the fact untrue): no measure
 * told; nor is one told on a fact that is not marked as the measure. */
static void test_no_measure_when_not_so(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "measure_told");
    sit.sc.facts[rd_fact(&sit, "boxes")].truth = false;
    rd_Run r;
    rd_play_one(&r, &sit, "promised", 10, "d", "o-promise");
    rd_choose(&r, 70, "d2", "o2-both");
    rd_Judged both;
    rd_judge_option(&r, "d2", "o2-both", &both);
    EXPECT_NO_HIT(&both, "measure-told", NULL);
    rd_stop(&r);
    rd_unload(&sit);

    rd_load(&sit, "measure_told");
    sit.sc.facts[rd_fact(&sit, "boxes")].measure = false;
    rd_play_one(&r, &sit, "promised", 10, "d", "o-promise");
    rd_choose(&r, 70, "d2", "o2-both");
    rd_judge_option(&r, "d2", "o2-both", &both);
    EXPECT_NO_HIT(&both, "measure-told", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pointer_after_the_message),
        cmocka_unit_test(test_pointer_to_nothing_sent),
        cmocka_unit_test(test_what_changed_told),
        cmocka_unit_test(test_what_changed_told_at_once),
        cmocka_unit_test(test_no_measure_when_not_so),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
