/* An explanation already posted in a public thread is told again to the
 * next person in it (tests/fresh39, finding V1).
 *
 * SHORT, LISTEN, ALWAYS: what the brand explained in public in a thread
 * stands there for everyone who reads it, as its sorry does
 * (apologises_again). A composed public reply whose explanation only points
 * back to it ("as we said above") tells the thread nothing new and earns no
 * explanation-given or factual-answer, whoever it answers; the sorry the
 * second customer is owed then wins the reply's last slot. In private only
 * what the same customer has had counts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Mira joins Ella's thread: her April jeans are too small too. The first
 * answer (to Ella, in public) told why the sizes changed. With room for two
 * parts, the model composed the cause again and the remedy (+85) over the
 * sorry and the remedy (+80). */
static void test_cause_told_again_in_the_thread(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh39", "fw-size-shift");
    rd_Run r;
    rd_play_one(&r, &sit, "public", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2--rec");
    rd_Judged again, sorry;
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2--again p2--swap", &again);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2--sorry p2--swap", &sorry);
    EXPECT_NO_HIT(&again, "explanation-given", NULL);
    EXPECT_NO_HIT(&again, "factual-answer", NULL);
    EXPECT_HIT(&sorry, "sincere-apology", NULL);
    EXPECT_BEATS(&sorry, &again);
    rd_stop(&r);
    /* in private, Mira has not had it: the cause is news to her there */
    rd_play_one(&r, &sit, "private", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2--rec");
    rd_Judged dm;
    rd_judge_parts(&r, "second", SV_VIS_PRIVATE, "p2--again p2--swap", &dm);
    EXPECT_HIT(&dm, "explanation-given", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cause_told_again_in_the_thread),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
