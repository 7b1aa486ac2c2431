/* The scoring model does not pay a disclosure as a correction
 * (tests/fresh65, finding F3).
 *
 * PRO, SWITCH, ORDER, FACTUAL: a claim the story marks private (what was
 * done with another member's account) may be said on the wall by the
 * customer, but the brand may not confirm or deny it there (FORMAT.md).
 * "We can confirm the account you reported has been permanently banned",
 * to "he's still on there", discloses it and pays too-personal; it was
 * still paid order-deny-false-claim and informative-correction for
 * correcting the claim, as if telling what may not be told were 000's
 * confirm-or-deny. Like order-confirm-then-act and honest-reply before
 * them, the correction rules now skip a reply that discloses; the same
 * words in a private message keep both credits, and a public denial of a
 * claim that is not private keeps them too. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Nora's report: five days without an answer (true), the man still on the
 * app (false, private), "they don't care" (false). The pack tags the part
 * that tells of the ban too-personal, as its words say in public; with the
 * tag taken off, the private claim denied still discloses in public, and
 * the same words in a private message do not. */
static void test_disclosure_is_no_correction(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh65", "dt-safety-report");
    sv_Part *told = &sit.sc.parts[rd_part(&sit, "p-banned")];
    assert_true(told->tags >> SV_TAG_TOO_PERSONAL & 1u);
    told->tags &= ~((sv_TagSet)1 << SV_TAG_TOO_PERSONAL);
    rd_Run r;
    rd_play_one(&r, &sit, "report", 10, "answer", "o-rec");
    rd_Judged banned, in_public, in_private, rec;
    rd_judge_option(&r, "answer", "o-banned", &banned);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-banned", &in_public);
    rd_judge_parts(&r, "answer", SV_VIS_PRIVATE, "p-right p-sorry p-banned", &in_private);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&banned, "too-personal", NULL);
    EXPECT_NO_HIT(&banned, "order-deny-false-claim", &rec);
    EXPECT_NO_HIT(&banned, "informative-correction", &rec);
    EXPECT_HIT(&in_public, "too-personal", NULL);
    EXPECT_NO_HIT(&in_public, "order-deny-false-claim", &in_private);
    EXPECT_NO_HIT(&in_public, "informative-correction", &in_private);
    EXPECT_NO_HIT(&in_private, "too-personal", NULL);
    EXPECT_HIT(&in_private, "order-deny-false-claim", &in_public);
    EXPECT_HIT(&in_private, "informative-correction", &in_public);
    EXPECT_HIT(&rec, "order-deny-false-claim", &banned);
    EXPECT_HIT(&rec, "informative-correction", &banned);
    EXPECT_BEATS(&rec, &banned);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_disclosure_is_no_correction),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
