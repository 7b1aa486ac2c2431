/* A check under way, told with a promise to come back, keeps the sympathy
 * beside it (tests/fresh42, finding V1).
 *
 * EMPATHY, APOLOGY-EXPLAIN-COMPENSATE: while a complaint's claims are unknown,
 * a reply that tells what is being done to find out and promises to come back
 * with it has made no excuse (003: the explanation may come later when it is
 * promised). order-broken already read it so; empathy-shown, which needs the
 * order not wrong, read the same words as an excuse and paid the sympathy only
 * when the check was left out. Empathy and an explanation with no promise are
 * still an excuse. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Silje, after the caterer asked what went wrong: half the christening party
 * fell ill after the shrimp salad (whether the salad did it is not known yet).
 * The recommended answer: "so sorry to hear it; the leftovers are at the lab
 * and the food authority is told; we'll be back here on Friday; your family's
 * health we'd rather take in private". Before the fix it earned no
 * empathy-shown, while the same reply without the lab earned it. */
static void test_check_under_way_keeps_the_sympathy(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh42", "lv-daap-mat");
    rd_Run r;
    rd_play_one(&r, &sit, "check", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged rec, composed, without, excuse;
    rd_judge_option(&r, "second", "o2-rec", &rec);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-leit p2-analyse p2-fredag p2-privat",
                   &composed);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-leit p2-fredag p2-privat", &without);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-leit p2-analyse", &excuse);
    EXPECT_HIT(&rec, "empathy-shown", NULL);
    EXPECT_NO_HIT(&rec, "order-broken", NULL);
    EXPECT_HIT(&composed, "empathy-shown", &without);
    EXPECT_HIT(&without, "empathy-shown", NULL);
    EXPECT_BEATS(&composed, &without);
    /* no promise: the check alone beside the sympathy is still an excuse */
    EXPECT_NO_HIT(&excuse, "empathy-shown", &composed);
    EXPECT_HIT(&excuse, "order-broken", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_check_under_way_keeps_the_sympathy),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
