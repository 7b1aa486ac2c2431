/* A named person's own line (brief model31; tests/fresh26, finding V1;
 * tests/fresh24, finding V2).
 *
 * CONTACT, EMPATHY: 003 has a reply to a complaint give clear contact details
 * and invite the customer to keep talking with the one who answers; 001 says
 * an answer from a real person is worth a great deal, and that answering
 * shows everyone watching that there is a person on the other side. A
 * contact that names the person who owns the case and gives that person's
 * own line ("call me on 922 45 118, Kari, the manager") is that door, and
 * the tag named-contact says so. Before, it earned what any contact earns,
 * less than a generic pointer to private messages ("send us a message with
 * the booking number") beside a remedy already settled in public, and no
 * more than a thank-you. `contact-a-named-person` credits it in a public
 * answer to a complaint that meets the customer. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

#define NAMED (1u << SV_TAG_NAMED_CONTACT)

/* Hanne's tent stood in water; the answer owns it, says sorry, why and what
 * changed, and pays back both nights and a cabin night. Kari's own number
 * ranks above "send us a message with the booking number" in the last slot.
 * Unmarked, it did not, while the pointer earned switch-after-public-solution
 * beside a case settled in public; since tests/fresh34's V1 the pointer earns
 * no switch credit there (nothing left to settle: the loss made good and the
 * measure told), and a plain number ranks above it too. */
static void test_kari_over_a_pointer_to_private(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh26", "nb-camping-flom");
    sv_Part *kari = &sit.sc.parts[rd_part(&sit, "p-kari")];
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged named, pointer, plain;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-refund p-kari", &named);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-refund p-dm", &pointer);
    kari->tags &= ~NAMED;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-refund p-kari", &plain);
    kari->tags |= NAMED;
    EXPECT_HIT(&named, "contact-a-named-person", &plain);
    EXPECT_NO_HIT(&plain, "contact-a-named-person", &named);
    EXPECT_NO_HIT(&pointer, "contact-a-named-person", &named);
    EXPECT_BEATS(&named, &pointer);
    EXPECT_NO_HIT(&pointer, "switch-after-public-solution", NULL);
    EXPECT_BEATS(&named, &plain);
    EXPECT_BEATS(&plain, &pointer);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Samuel was asked to open his bag. With room for five parts, Petra's direct
 * line (the manager finding out, before Wednesday) ranks above a thank-you
 * in its place. */
static void test_petra_over_a_thank_you(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh24", "cw-jeweller-bag");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged line, thanks;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-looking p-wednesday p-line",
                   &line);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-thanks p-sorry p-looking p-wednesday",
                   &thanks);
    EXPECT_HIT(&line, "contact-a-named-person", &thanks);
    EXPECT_HIT(&thanks, "thank-for-feedback", &line);
    EXPECT_BEATS(&line, &thanks);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Not in a private message (the conversation there already is the door), not
 * beside a reply that meets the customer in nothing (a thank-you and the
 * number), and not beside one that argues (the river blamed). */
static void test_only_a_public_answer_that_meets_her(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    rd_load_in(&sit, "tests/fresh26", "nb-camping-flom");
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged priv, bare, argues;
    rd_judge_parts(&r, "answer", SV_VIS_PRIVATE, "p-right p-sorry p-why p-refund p-kari", &priv);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-thanks p-kari", &bare);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-sorry p-river p-kari", &argues);
    EXPECT_NO_HIT(&priv, "contact-a-named-person", NULL);
    EXPECT_HIT(&priv, "contact-offered", NULL);
    EXPECT_NO_HIT(&bare, "contact-a-named-person", NULL);
    EXPECT_NO_HIT(&argues, "contact-a-named-person", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kari_over_a_pointer_to_private),
        cmocka_unit_test(test_petra_over_a_thank_you),
        cmocka_unit_test(test_only_a_public_answer_that_meets_her),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
