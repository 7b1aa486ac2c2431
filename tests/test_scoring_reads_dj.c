/* A question that gets the facts a neutral note leaves out is worth asking
 * (tests/fresh46, finding V3).
 *
 * ASK, LISTEN: 001 says to ask questions of feedback, not only of
 * complaints: a question gathers the facts and makes the feedback
 * constructive, and a neutral post's information is there to be used. Before
 * the fix ask-when-facts-missing read only a complaint, so a reply to calm,
 * useful feedback earned nothing for asking the one thing the brand did not
 * know, and a vague "we'll pass it on" (follow-up-promised) beat it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Amira on the forum: the locker code is only in the app, and the app logs
 * her out; which phones it hits is not known. The recommended parts thank
 * her, say the code comes by text from next week, and ask which phone she
 * uses; the acceptable p-team promises to pass it on. The question now
 * earns ask-when-facts-missing, and the composition with it beats the one
 * with the promise (+39 against +44 before the fix). */
static void test_ask_on_neutral_feedback(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh46", "el-locker-code");
    rd_Run r;
    rd_play_one(&r, &sit, "locker", 10, "answer", "o-rec");
    rd_Judged ask, team, rec, thanks;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-sms p-ask", &ask);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-sms p-team", &team);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-thanks", &thanks);
    EXPECT_HIT(&ask, "ask-when-facts-missing", NULL);
    EXPECT_NO_HIT(&team, "ask-when-facts-missing", &ask);
    EXPECT_BEATS(&ask, &team);
    EXPECT_HIT(&rec, "ask-when-facts-missing", NULL);
    EXPECT_NO_HIT(&thanks, "ask-when-facts-missing", &rec);
    EXPECT_BEATS(&rec, &thanks);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ask_on_neutral_feedback),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
