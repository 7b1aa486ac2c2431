/* The scoring model reads (brief audit20) a way to reach a person in the
 * brand's first public answer to a complaint.
 *
 * tests/fresh20, finding T1: Inga, a tenant of forty years, was told by the
 * housing company's own text that her contract ends; it was meant for parking
 * spaces. The answer that denies her fear, owns the text, says why and sorry,
 * and sends the caretaker to her door tied the same answer with a second line
 * about her feeling in place of the caretaker, and the tie kept the feeling.
 * 003 says a reply to a complaint includes, as a matter of course, clear
 * contact details and an invitation to keep talking; in the thread that is
 * the door every reader sees is open (PUBLIC). In a private message the
 * conversation already is that door, so the rule contact-in-first-answer
 * reads public first answers only. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static void play_tenant(rd_Run *r, rd_Situation *sit)
{
    rd_load_in(sit, "tests/fresh20", "cs-tenant-text");
    rd_play_one(r, sit, "rec", 10, "answer", "o-rec");
}

/* "Ahmed, your caretaker, will knock on your door today" against "That must
 * have been a frightening text to get", beside the same four parts: the
 * person at her door ranks first. */
static void test_caretaker_over_a_second_feeling_line(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    play_tenant(&r, &sit);
    rd_Judged door, feeling;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-safe p-ours p-sorry p-parking p-ahmed", &door);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-understand p-safe p-ours p-sorry p-parking",
                   &feeling);
    EXPECT_HIT(&door, "contact-in-first-answer", &feeling);
    EXPECT_NO_HIT(&feeling, "contact-in-first-answer", &door);
    EXPECT_HIT(&feeling, "empathy-shown", &door);
    EXPECT_BEATS(&door, &feeling);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same parts in a private message: the conversation is already the door,
 * and the contact earns what contact-offered gives, no more. A form line
 * with a phone number ("please call customer service") is canned and earns
 * nothing for it either. */
static void test_no_door_in_private_or_in_a_form_line(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_Run r;
    play_tenant(&r, &sit);
    rd_Judged priv, form;
    rd_judge_parts(&r, "answer", SV_VIS_PRIVATE, "p-safe p-ours p-sorry p-parking p-ahmed", &priv);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-safe p-ours p-sorry p-parking p-form", &form);
    EXPECT_NO_HIT(&priv, "contact-in-first-answer", NULL);
    EXPECT_HIT(&priv, "contact-offered", NULL);
    EXPECT_NO_HIT(&form, "contact-in-first-answer", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_caretaker_over_a_second_feeling_line),
        cmocka_unit_test(test_no_door_in_private_or_in_a_form_line),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
