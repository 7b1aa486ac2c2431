/* A first answer that owns a fault makes it good for the one who complained
 * when the composer holds the remedy, and a promise that is only the change
 * already made is not a follow-up (tests/fresh38, finding V2; tests/fresh17,
 * finding P3b).
 *
 * ORDER, APOLOGY-EXPLAIN-COMPENSATE, ACCOMMODATE: 000's answer ends with
 * making the customer satisfied, 003's good answer promises some
 * compensation, and 000 finds being accommodating moves the complainer most.
 * A composed first public answer in the complainer's own thread, to a true
 * claim that is the brand's fault, which compensates nothing while its
 * composer offered a part that does (the test remedy_at_hand) pays
 * fault-not-made-good. A promise-follow-up part that confirms only the
 * measure (the test promises_measure) is the change told, which measure-told
 * pays: it earns no follow-up-promised and is no way on. A real promise to
 * come back keeps both, and an option, a whole answer, is not read. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Amir finished his first marathon after the medals ran out. "Next year we
 * order a medal for every entrant" (p-next, a promise-follow-up confirming
 * the measure) earned follow-up-promised, measure-told and
 * cause-and-change-told and took the place of the engraved medal for him
 * (p-medal, compensate): +121 over the recommended +108. Now the promise is
 * read as the measure it is (paid once, by measure-told) and the reply that
 * gives Amir nothing while the medal was in hand pays for it: the medal
 * wins. */
static void test_the_runner_before_next_year(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh38", "sp-marathon-medals");
    rd_Run r;
    rd_play_one(&r, &sit, "medal", 10, "answer", "o-rec");
    rd_Judged next, medal, deny, post;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-you p-sorry p-why p-next", &next);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-you p-sorry p-why p-medal", &medal);
    rd_judge_option(&r, "answer", "o-deny", &deny);
    rd_judge_option(&r, "answer", "o-post", &post);
    EXPECT_HIT(&next, "measure-told", NULL);
    EXPECT_NO_HIT(&next, "follow-up-promised", NULL);
    EXPECT_HIT(&next, "no-way-to-continue", NULL);
    EXPECT_HIT(&next, "fault-not-made-good", &medal);
    EXPECT_NO_HIT(&medal, "fault-not-made-good", NULL);
    EXPECT_BEATS(&medal, &next);
    /* options are whole answers, judged on what they say */
    EXPECT_NO_HIT(&deny, "fault-not-made-good", NULL);
    EXPECT_NO_HIT(&post, "fault-not-made-good", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Maja's grandfather's print came back with scratched glass. "We're
 * checking and will tell you here within the hour" (p-promise) is a promise
 * to come back: it keeps follow-up-promised. With it, "send us your order
 * number in a message" (p-order) beat the new glass and 450 kr off (p-glass)
 * on the move to private's credits (+89 against +87): a first answer that
 * owns the fault and moves her to private while the glass was in hand now
 * pays fault-not-made-good, and the glass wins. */
static void test_glass_before_the_door(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh17", "cp-framer-scratch");
    rd_Run r;
    rd_play_one(&r, &sit, "glass", 10, "answer", "o-rec");
    rd_Judged door, glass;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ack p-sorry p-promise p-order", &door);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ack p-sorry p-glass p-promise", &glass);
    EXPECT_HIT(&door, "follow-up-promised", NULL);
    EXPECT_HIT(&glass, "follow-up-promised", NULL);
    EXPECT_HIT(&door, "fault-not-made-good", &glass);
    EXPECT_BEATS(&glass, &door);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_runner_before_next_year),
        cmocka_unit_test(test_glass_before_the_door),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
