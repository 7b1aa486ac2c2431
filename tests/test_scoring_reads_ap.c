/* A joke with a fan under a right complaint is a joke at the complaint
 * (tests/fresh23, finding V2).
 *
 * NO-IRONY, PRO, EMPATHY: a public reply anywhere in a thread is read by
 * everyone in it, the complainer first. A joke to someone else's post that
 * stands under a complaint that is right (under_complaint) lands on the
 * complainer, as a joke at the complaint itself does: it is hostile (no
 * credit for a good answer) and costs witty-reply-to-complaint. Banter with
 * a fan under a complaint that is wholly wrong, or with no complaint above
 * it, is not read so. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Rasmus mourns a liquorice the maker has stopped (true, no fault) and says
 * it went without a word (false); the brand answers him. Kalle, a fan,
 * praises the new sours and laughs at him for "crying over sweets". The
 * brand's "😂 Glad you love the sours, Kalle!" (o2-laugh, warned) was read
 * as praise answered (+22) and ranked above leaving the thread alone
 * (o2-ignore, acceptable, -17). Now it costs witty-reply-to-complaint and
 * earns none of the credits of a good answer, and ranks below it; the
 * recommended answer (thanks, a kind word for Rasmus, a calm word for the
 * thread) pays nothing of it. */
static void test_laughing_along_under_a_right_complaint(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh23", "cv-salmiak-bricks");
    rd_Run r;
    rd_play_one(&r, &sit, "right", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged laugh, leave, rec;
    rd_judge_option(&r, "second", "o2-laugh", &laugh);
    rd_judge_option(&r, "second", "o2-ignore", &leave);
    rd_judge_option(&r, "second", "o2-rec", &rec);
    EXPECT_HIT(&laugh, "witty-reply-to-complaint", &rec);
    EXPECT_NO_HIT(&laugh, "personal-reply", &rec);
    EXPECT_NO_HIT(&rec, "witty-reply-to-complaint", &laugh);
    EXPECT_HIT(&rec, "personal-reply", NULL);
    EXPECT_BEATS(&leave, &laugh);
    EXPECT_BEATS(&rec, &laugh);
    rd_stop(&r);
    /* had Rasmus been wrong on both counts (the sweet still made), no
     * complaint that is right stands above Kalle's post: the same joke is
     * banter with a fan, and is not read as one at the complaint */
    sit.sc.facts[rd_fact(&sit, "dropped")].truth = false;
    rd_play_one(&r, &sit, "wrong", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged banter;
    rd_judge_option(&r, "second", "o2-laugh", &banter);
    EXPECT_NO_HIT(&banter, "witty-reply-to-complaint", NULL);
    EXPECT_HIT(&banter, "personal-reply", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_laughing_along_under_a_right_complaint),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
