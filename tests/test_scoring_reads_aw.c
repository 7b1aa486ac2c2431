/* A question that says what its author needs asks for the need: a fact told
 * before, beside it, is told again (tests/fresh25, finding V2).
 *
 * LISTEN, EMPATHY: a post that asks something is answered by what it asks,
 * told again or not (the test explains_again leaves such a post out). A post
 * that also says what its author needs (`needs`) asks for that; a composed
 * explanation that states only facts its author had from an earlier answer
 * does not answer it, and earns no factual-answer or explanation-given a
 * second time. A question with no need said keeps the old reading. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Inga-Lill, after the water company's answer (the burst main, the alert
 * fixed, water back by 16:00, the tank at the school): "a tank at the
 * school? That's 2 km. I'm 84 and I don't drive. So what am I supposed to
 * do?" (asks, needs the door delivery). The composer put "the water will be
 * back by 16:00 today" in place of her point taken (p2-back p2-deliver p2-dm,
 * +93 over the recommended p2-walk p2-deliver p2-dm, +88): the time, told
 * already, earned explanation-given and factual-answer a second time. Now it
 * earns neither, and her point taken ranks above it. */
static void test_water_time_told_again(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh25", "pm-water-main");
    rd_Run r;
    rd_play_one(&r, &sit, "again", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged first, back, walk;
    rd_judge_option(&r, "answer", "o-rec", &first);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-back p2-deliver p2-dm", &back);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-walk p2-deliver p2-dm", &walk);
    /* the first time it was told, it explained */
    EXPECT_HIT(&first, "explanation-given", NULL);
    EXPECT_HIT(&first, "factual-answer", NULL);
    EXPECT_NO_HIT(&back, "explanation-given", &walk);
    EXPECT_NO_HIT(&back, "factual-answer", &walk);
    EXPECT_HIT(&back, "need-met-in-time", NULL);
    EXPECT_BEATS(&walk, &back);
    rd_stop(&r);
    /* had her post asked with no need said, what it asks is not known: the
     * time told again is an answer to it, as before */
    sit.sc.posts[rd_post(&sit, "ingalill-far")].has_need = false;
    rd_play_one(&r, &sit, "no-need", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged asked;
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-back p2-deliver p2-dm", &asked);
    EXPECT_HIT(&asked, "explanation-given", NULL);
    EXPECT_HIT(&asked, "factual-answer", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_water_time_told_again),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
