/* The scoring model reads a second customer hit by the same fault (brief
 * model24, tests/fresh14 Q2).
 *
 * POLICY: customers are treated alike. Two groups locked in by one dead lock
 * on one evening are owed one remedy; a post names the other customer's with
 * "same_fault", and the test policy reads the two threads as one complaint,
 * as it reads "same_as", in the same channel too. An answer to the second
 * that differs from the first's, makes nothing good and leaves no way on
 * (the test way_on false: no contact, no move to private, no promise to come
 * back, no question) tells him that less is all there is, right under her
 * answer: less-with-no-way-on costs it. A sorry with a phone number that
 * differs too keeps the way to the same remedy open. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Maria's group got the cause, the fix and a rematch. Erik's, at 19:00 the
 * same evening: the same rematch in his own words, a sorry with a number,
 * or the cause and "fixed since" with nothing for his group. */
static void test_same_fault_given_less(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh14", "q-escape-lock");
    const sv_Post *erik = &sit.sc.posts[rd_post(&sit, "second-group")];
    assert_int_equal(erik->same_fault, rd_post(&sit, "post")); /* the loader reads it */
    assert_int_equal(erik->same_as, -1);
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged rec, call, less;
    rd_judge_option(&r, "second", "o2-rec", &rec);
    rd_judge_option(&r, "second", "o2-call", &call);
    rd_judge_option(&r, "second", "o2-less", &less);
    EXPECT_HIT(&rec, "consistent-across-channels", &less);
    EXPECT_HIT(&less, "inconsistent-across-channels", &rec);
    EXPECT_HIT(&call, "inconsistent-across-channels", &rec);
    EXPECT_HIT(&less, "less-with-no-way-on", &call);
    EXPECT_NO_HIT(&rec, "less-with-no-way-on", &less);
    EXPECT_BEATS(&call, &less);
    EXPECT_BEATS(&rec, &call);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same answers when Erik's post names no fault in common: two customers
 * the model cannot tell were hit by one failure are two complaints, and
 * neither the policy nor the answer given less is read. */
static void test_no_fault_named_no_policy(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh14", "q-escape-lock");
    sit.sc.posts[rd_post(&sit, "second-group")].same_fault = -1;
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged rec, less;
    rd_judge_option(&r, "second", "o2-rec", &rec);
    rd_judge_option(&r, "second", "o2-less", &less);
    EXPECT_NO_HIT(&rec, "consistent-across-channels", NULL);
    EXPECT_NO_HIT(&less, "inconsistent-across-channels", NULL);
    EXPECT_NO_HIT(&less, "less-with-no-way-on", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_fault_given_less),
        cmocka_unit_test(test_no_fault_named_no_policy),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
