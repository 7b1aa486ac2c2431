/* The change told to whoever raised the fault (tests/fresh28, finding V5).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, FIX: 003's explanation is why it went wrong and
 * what was done so it does not happen again, for a mistake the brand agrees
 * it made. `measure-told` paid only in the complainer's own thread; a fault
 * raised by someone else (a forum's moderator under a customer's question)
 * and owned in the reply earned nothing for the change. It now pays, too,
 * for a reply that confirms or denies what the post it answers claims, when
 * the post is right and what the reply owns is the brand's fault. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static void play_to_second(rd_Run *r, const rd_Situation *sit, const char *name)
{
    rd_play_one(r, sit, name, 10, "answer", "o-rec");
}

/* Rasmus, the moderator, adds under Sami's question that the app kept crash
 * logs with IP addresses until 2024 (true). "You're right", with "we stopped
 * that in version 4.0", tied "you're right" with the thanks alone at +32, and
 * the tie kept the shorter; now the change told earns measure-told and the
 * recommended three rank first. */
static void test_change_told_to_the_moderator(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh28", "cy-vpn-logs");
    rd_Run r;
    play_to_second(&r, &sit, "moderator");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged rec, shorter, option, unowned;
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-thanks p2-right p2-changed", &rec);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-right p2-thanks", &shorter);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-thanks p2-changed", &unowned);
    rd_judge_option(&r, "second", "o2-rec", &option);
    EXPECT_HIT(&rec, "measure-told", &shorter);
    EXPECT_BEATS(&rec, &shorter);
    EXPECT_HIT(&option, "measure-told", NULL);
    /* the change without the fault owned: the post's claim is not answered */
    EXPECT_NO_HIT(&unowned, "measure-told", &rec);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same words, had the crash logs been no fault of the brand's: nothing
 * owned is a fault, and the change is not paid outside the complainer's own
 * thread. */
static void test_no_fault_raised(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh28", "cy-vpn-logs");
    sv_Fact *logs = &sit.sc.facts[rd_fact(&sit, "crash-logs")];
    assert_true(logs->truth);
    assert_false(logs->no_fault);
    logs->no_fault = true;
    rd_Run r;
    play_to_second(&r, &sit, "nofault");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged rec;
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-thanks p2-right p2-changed", &rec);
    EXPECT_NO_HIT(&rec, "measure-told", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_change_told_to_the_moderator),
        cmocka_unit_test(test_no_fault_raised),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
