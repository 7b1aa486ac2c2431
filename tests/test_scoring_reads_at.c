/* What came of what many asked, said or not (tests/fresh22, finding U4).
 *
 * LISTEN, THANK: a public reply that thanks the many who made a point and
 * tells them what came of it earns many-told-what-came-of-it. A story may
 * mark the fact that is what came of it (a fact's outcome); then only a
 * reply that confirms it tells it (the test tells_outcome), and a thank-you
 * beside another fact does not. A story that marks none keeps the reading
 * before the key: any explain part. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Linnea's meme: the new grey carton makes the milk look off, and many have
 * said so. The composer's "thanks for the laugh" with the date on the cap
 * (p-first p-laugh p-fresh) earned many-told-what-came-of-it, though nothing
 * in it says what came of the point; the part that does (p-review: the
 * design team is taking another look) earned nothing more. */
static void test_what_came_of_the_grey(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh22", "cu-carton-meme");
    rd_Run r;
    rd_play_one(&r, &sit, "marked", 10, "answer", "o-rec");
    rd_Judged date, review, rec;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-first p-laugh p-fresh", &date);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-first p-laugh p-review", &review);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_NO_HIT(&date, "many-told-what-came-of-it", &review);
    EXPECT_HIT(&review, "many-told-what-came-of-it", NULL);
    EXPECT_HIT(&rec, "many-told-what-came-of-it", NULL);
    EXPECT_BEATS(&review, &date);
    /* the outcome without the thanks is still not the rule's */
    rd_Judged unthanked;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-first p-fresh p-review", &unthanked);
    EXPECT_NO_HIT(&unthanked, "many-told-what-came-of-it", NULL);
    rd_stop(&r);

    /* the same story with no fact marked outcome reads any explanation */
    sit.sc.facts[rd_fact(&sit, "review")].outcome = false;
    rd_play_one(&r, &sit, "unmarked", 10, "answer", "o-rec");
    rd_Judged plain;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-first p-laugh p-fresh", &plain);
    EXPECT_HIT(&plain, "many-told-what-came-of-it", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_what_came_of_the_grey),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
