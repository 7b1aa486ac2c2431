/* A reply that puts personal details in public is no answer to a question
 * (tests/fresh64, seen on the way; fix F1).
 *
 * PRO, SWITCH, ALWAYS: a public reply that asks for or states what is
 * personal (tagged `too-personal`, or confirming a fact marked `private`)
 * pays for the disclosure; it does not also earn
 * answered-neutral-informatively ("you answered with something useful"),
 * as answered-where-asked already skipped it. A question back in private,
 * where such details belong, keeps the credit. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Karin asks whether she should post her insurance number, new address and
 * door code in the thread. The warned o2-here ("Yes, please post them
 * below") earned +6 for answering before the fix; the private message that
 * asks when to come (acceptable) and the recommended answer (no insurance
 * needed, the rest in private) keep the credit. Without its `too-personal`
 * tag the same words are read as an ordinary question back again: the tag
 * says what the words ask for. */
static void test_door_code_in_public_is_no_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh64", "mv-glass-table");
    rd_Run r;
    rd_play_one(&r, &sit, "here", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged here, dm, rec;
    rd_judge_option(&r, "second", "o2-here", &here);
    rd_judge_option(&r, "second", "o2-dm", &dm);
    rd_judge_option(&r, "second", "o2-rec", &rec);
    EXPECT_HIT(&here, "personal-question-in-public", NULL);
    EXPECT_NO_HIT(&here, "answered-neutral-informatively", &dm);
    EXPECT_HIT(&dm, "answered-neutral-informatively", NULL);
    EXPECT_HIT(&rec, "answered-neutral-informatively", NULL);
    EXPECT_BEATS(&dm, &here);
    EXPECT_BEATS(&rec, &dm);
    rd_stop(&r);
    /* the same words without the tag ask nothing personal */
    rd_untag(&sit, "o2-here", SV_TAG_TOO_PERSONAL);
    rd_play_one(&r, &sit, "untagged", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged plain;
    rd_judge_option(&r, "second", "o2-here", &plain);
    EXPECT_NO_HIT(&plain, "personal-question-in-public", NULL);
    EXPECT_HIT(&plain, "answered-neutral-informatively", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Maria asks in Hassan's thread whether she has to do anything about the
 * auction letter. The warned o2-account answers with her own account in
 * public; it confirms the fact marked `private`, so even without its
 * `too-personal` tag it discloses, and is not credited with answering. */
static void test_her_account_in_public_is_no_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh64", "mv-storage-letter");
    rd_untag(&sit, "o2-account", SV_TAG_TOO_PERSONAL);
    rd_Run r;
    rd_play_one(&r, &sit, "account", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged account, rec;
    rd_judge_option(&r, "second", "o2-account", &account);
    rd_judge_option(&r, "second", "o2-rec", &rec);
    EXPECT_NO_HIT(&account, "answered-neutral-informatively", &rec);
    EXPECT_HIT(&rec, "answered-neutral-informatively", NULL);
    EXPECT_BEATS(&rec, &account);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_door_code_in_public_is_no_answer),
        cmocka_unit_test(test_her_account_in_public_is_no_answer),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
