/* A false claim shown false with facts is an informative correction under a
 * question too, not only under a complaint (tests/fresh45, finding V1).
 *
 * FACTUAL, ORDER: informative-correction ("you did not just say the claim
 * was wrong: you showed why, with facts anyone can check") read only replies
 * to a negative post. A customer who asks whether a rumour is true (a neutral
 * post that asks) got nothing for the facts behind the brand's "no", and a
 * bare denial, shorter, won by short-reply. 000 asks for answers that are
 * matter-of-fact and informative, most of all to people looking for
 * information before they buy; the rule now reads a question (the context's
 * `question`) as it reads a complaint. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Eva has a move booked and asks on the forum whether there is anything in
 * a troll's "they steal jewellery" (reported in the first decision). The
 * recommended reply thanks her, says no (never a theft report), gives the
 * facts (employed, vetted staff; every move insured) and names Sofia. The
 * same reply without the facts is shorter and earned 2 points more before
 * the fix (+44 against +42). */
static void test_correction_under_a_question(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh45", "hm-flytt-troll");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged full, bare, option;
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-thanks p2-no p2-staff p2-sofia", &full);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-thanks p2-no p2-sofia", &bare);
    rd_judge_option(&r, "second", "o2-rec", &option);
    EXPECT_HIT(&full, "informative-correction", NULL);
    EXPECT_HIT(&option, "informative-correction", NULL);
    /* the bare "no" says the rumour is wrong but shows nothing */
    EXPECT_NO_HIT(&bare, "informative-correction", &full);
    EXPECT_HIT(&bare, "question-answered", NULL);
    EXPECT_HIT(&bare, "short-reply", NULL);
    EXPECT_BEATS(&full, &bare);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_correction_under_a_question),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
