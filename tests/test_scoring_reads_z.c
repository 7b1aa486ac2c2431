/* The scoring model reads a thank-you to a remark (tests/fresh17, answers
 * built from parts; brief audit17): a neutral post that asks nothing, an idea
 * or a customer's reply with what was asked of her, shows the brand something
 * it can use, and a thank-you for it is what the guides ask (THANK, ALWAYS).
 * Before, only a complaint's thanks (thank-for-feedback) or praise's
 * (thank-for-praise) earned anything, so the model's best composed reply left
 * the thanks out: the parts were worth the same without it. And a remedy
 * offered with a promise to come back with the cause, for a complaint known
 * to be true, is not offered blind. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Ingrid suggests Saturday visits on a forum. Thanks and a question (both
 * recommended parts) now beat the question alone, which used to tie it. */
static void test_thanks_for_an_idea(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh17", "cp-piano-saturdays");
    rd_Run r;
    rd_play_one(&r, &sit, "idea", 10, "answer", "o-rec");
    rd_Judged both, ask;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thank p-ask", &both);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ask", &ask);
    EXPECT_HIT(&both, "thank-for-remark", &ask);
    EXPECT_NO_HIT(&ask, "thank-for-remark", &both);
    EXPECT_BEATS(&both, &ask);
    rd_stop(&r);
    rd_unload(&sit);
}

/* When she answers "mornings!", the thanks with what was decided beats the
 * news alone; a form line's thanks ("your input has been noted") earns none. */
static void test_form_thanks_earn_nothing(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh17", "cp-piano-saturdays");
    rd_Run r;
    rd_play_one(&r, &sit, "answer", 10, "answer", "o-rec");
    rd_choose(&r, 310, "second", "o2-rec");
    rd_Judged rec, noted, news, both;
    rd_judge_option(&r, "second", "o2-rec", &rec);
    rd_judge_option(&r, "second", "o2-noted", &noted);
    EXPECT_HIT(&rec, "thank-for-remark", &noted);
    EXPECT_NO_HIT(&noted, "thank-for-remark", &rec);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-thank p2-march", &both);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-march", &news);
    EXPECT_BEATS(&both, &news);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Amira sends the time and her card's last digits in a private message, as
 * asked. Thanks, the refund done and the free wash beat the same without the
 * thanks, which used to tie it. */
static void test_thanks_for_the_details(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh17", "cp-laundrette-double");
    rd_Run r;
    rd_play_one(&r, &sit, "details", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged all, bare;
    rd_judge_parts(&r, "second", SV_VIS_PRIVATE, "p2-thank p2-done p2-token", &all);
    rd_judge_parts(&r, "second", SV_VIS_PRIVATE, "p2-done p2-token", &bare);
    EXPECT_HIT(&all, "thank-for-remark", &bare);
    EXPECT_BEATS(&all, &bare);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Maja's framed print came back scratched; that is known, how it happened
 * is not yet. New glass, 450 kr off and a promise to come back with the cause
 * (o-rec) paid remedy-offered-blind (-5) as a fix offered before anyone knew
 * what went wrong; only a promise with nothing else was spared. The harm is
 * known and the why is promised (APOLOGY-EXPLAIN-COMPENSATE), so it is not
 * blind; the same remedy with no promise (o-glass) still is. */
static void test_remedy_with_the_cause_promised(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh17", "cp-framer-scratch");
    rd_Run r;
    rd_play_one(&r, &sit, "promise", 10, "answer", "o-rec");
    rd_Judged rec, glass, parts;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-glass", &glass);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-ack p-sorry p-glass p-promise", &parts);
    EXPECT_NO_HIT(&rec, "remedy-offered-blind", &glass);
    EXPECT_NO_HIT(&parts, "remedy-offered-blind", &glass);
    EXPECT_HIT(&glass, "remedy-offered-blind", &rec);
    EXPECT_BEATS(&rec, &glass);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_thanks_for_an_idea),
        cmocka_unit_test(test_form_thanks_earn_nothing),
        cmocka_unit_test(test_thanks_for_the_details),
        cmocka_unit_test(test_remedy_with_the_cause_promised),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
