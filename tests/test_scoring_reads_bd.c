/* A calm word in answer to someone else's comment under a fair complaint
 * (tests/fresh26, finding V2; tests/fresh24, finding V3).
 *
 * PRO, FACTUAL: only calm, factual words settle a heated thread, and a
 * quarrel in public is where a PR disaster starts. `calm-word-on-the-thread`
 * credits the calm word only beside an accommodating answer to a complaint;
 * when the thread turns on the customer or on staff, the post answered is a
 * bystander's (a neighbour mocking the customer, a stranger naming the
 * cashier), and the calm word is the answer the thread needs.
 * `calm-word-under-the-complaint` credits it there: public, marked
 * `moderates`, under a complaint that is right, not canned, not hostile, no
 * joke; never together with `calm-word-on-the-thread`. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static void judge_rec(const rd_Situation *sit, const char *name, rd_Judged *out)
{
    rd_Run r;
    rd_play_one(&r, sit, name, 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2--rec");
    rd_judge_option(&r, "second", "o2--rec", out);
    rd_stop(&r);
}

/* Gunnar names the cashier under Elsa's fair complaint. The recommended
 * answer (the anger understood, "please don't name or tag our staff here",
 * it is being dealt with) earns the calm word; unmarked, it does not; tagged
 * argue, or a joke, it does not either. */
static void test_calm_word_to_the_pile_on(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh24", "cw-station-video");
    sv_Option *rec = &sit.sc.options[rd_option(&sit, "o2--rec")];
    sv_TagSet tags = rec->tags;
    rd_Judged calm, plain, argues, joke;
    judge_rec(&sit, "calm", &calm);
    rec->moderates = false;
    judge_rec(&sit, "unmarked", &plain);
    rec->moderates = true;
    EXPECT_HIT(&calm, "calm-word-under-the-complaint", &plain);
    EXPECT_NO_HIT(&plain, "calm-word-under-the-complaint", &calm);
    EXPECT_NO_HIT(&calm, "calm-word-on-the-thread", NULL);
    EXPECT_BEATS(&calm, &plain);
    rec->tags = tags | 1u << SV_TAG_ARGUE;
    judge_rec(&sit, "argues", &argues);
    EXPECT_NO_HIT(&argues, "calm-word-under-the-complaint", &calm);
    rec->tags = tags | 1u << SV_TAG_JOKE;
    judge_rec(&sit, "joke", &joke);
    EXPECT_NO_HIT(&joke, "calm-word-under-the-complaint", &calm);
    rd_unload(&sit);
}

/* Gunnar's post is itself negative: an accommodating answer to it is
 * credited by calm-word-on-the-thread, and the calm word is not counted
 * twice. */
static void test_never_twice(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh24", "cw-station-video");
    sv_Option *rec = &sit.sc.options[rd_option(&sit, "o2--rec")];
    rec->tags |= 1u << SV_TAG_ACCOMMODATING;
    rd_Judged meets;
    judge_rec(&sit, "accommodating", &meets);
    EXPECT_HIT(&meets, "calm-word-on-the-thread", NULL);
    EXPECT_NO_HIT(&meets, "calm-word-under-the-complaint", NULL);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_calm_word_to_the_pile_on),
        cmocka_unit_test(test_never_twice),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
