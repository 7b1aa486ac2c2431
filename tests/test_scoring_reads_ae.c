/* The scoring model reads the true half of a partly true complaint confirmed
 * in words (tests/fresh18, finding Q5).
 *
 * ORDER: a reply to a complaint first confirms or denies the claim. When a
 * post makes two claims, one true and one false (`claims: mixed`), the first
 * answer confirms the true one in so many words and corrects the false one:
 * "you're right about the wait" beside "your old strap isn't lost". The
 * rule true-half-confirmed pays it: an acknowledge part (or structure) that
 * confirms what is true, a deny that corrects what is false, nothing false
 * confirmed and nothing true denied, and no public answer in the thread
 * before it (once the first answer owned the fault, the line can go: core
 * rumour's sf-ack, SHORT). A thank-you in its place does not earn it, nor
 * "you're right on both counts", which confirms the false half too.
 *
 * tests/fresh11, l-cake-name 2nd (order): a canned "Thank you for your
 * feedback!" to a fan ranked over leaving the praise unanswered. 001 and
 * 002: a form reply shows at once, and with canned answers one may as well
 * not answer; ALWAYS asks for a thank-you to praise, and a stock phrase is
 * none. The rule canned-thanks-for-praise charges a template (or a reply
 * pasted from earlier) to a positive post what praise left unanswered costs,
 * on top of the template's own cost.
 *
 * Core praise's allergy question (order): praise with a question in it is
 * two things (FORMAT.md, `asks`), and a thank-you that leaves the question
 * out answered neither; it ranked over the acceptable move to private by
 * being short. The rule question-left-out (ALWAYS, LISTEN) charges a reply
 * to a post that asks when nothing in it answers or takes the question on:
 * no explanation, correction, question back, contact, promise, remedy, move
 * to private, and no fact confirmed or denied. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Hedda's watch: three weeks for a one-week service (true), her strap lost
 * (false: it is in the box's lid). */
static void test_true_half_confirmed(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh18", "cq-watch-strap");
    rd_Run r;
    rd_start(&r, &sit, "watch strap");
    rd_compose(&r, 20, "answer", SV_VIS_PUBLIC, "p-wait p-strap p-sorry p-why p-off");
    rd_Judged wait, thanks, both;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-wait p-strap p-sorry p-why p-off", &wait);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-strap p-thanks p-sorry p-why p-off", &thanks);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-both p-strap p-sorry p-why p-off", &both);
    EXPECT_HIT(&wait, "true-half-confirmed", &thanks);
    EXPECT_NO_HIT(&thanks, "true-half-confirmed", &wait);
    EXPECT_NO_HIT(&both, "true-half-confirmed", &wait);
    EXPECT_BEATS(&wait, &thanks);
    EXPECT_BEATS(&wait, &both);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Sara's box (core rumour): the chicken missing (true), the chicken Thai
 * (false). Her full answer confirms the missing chicken when nothing was
 * said to her in public before; after a first public answer that owned it,
 * the same line earns nothing more. */
static void test_only_in_the_first_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_pack_file(&sit, "scenarios/core/scenarios", "rumour");
    const char *full = "sf-ack sf-deny sf-sorry sf-free sf-dm"; /* the cause not asked for */
    rd_Run r;
    rd_start(&r, &sit, "no first answer");
    rd_compose(&r, 210, "d-sara-follow", SV_VIS_PUBLIC, full);
    rd_Judged first;
    rd_judge_parts(&r, "d-sara-follow", SV_VIS_PUBLIC, full, &first);
    rd_stop(&r);
    rd_start(&r, &sit, "after the first answer");
    rd_choose(&r, 60, "d-sara", "o-sara-first");
    rd_compose(&r, 210, "d-sara-follow", SV_VIS_PUBLIC, full);
    rd_Judged again;
    rd_judge_parts(&r, "d-sara-follow", SV_VIS_PUBLIC, full, &again);
    rd_stop(&r);
    EXPECT_HIT(&first, "true-half-confirmed", &again);
    EXPECT_NO_HIT(&again, "true-half-confirmed", &first);
    rd_unload(&sit);
}

/* Ida's gran's cake: the stock thank-you costs what leaving her praise
 * would, and ranks under saying nothing; a thank-you in her own words, or
 * with a note on what she wrote, does not pay it. */
static void test_canned_thanks_for_praise(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "personal_note");
    rd_Run r;
    rd_start(&r, &sit, "praise");
    rd_compose(&r, 10, "d", SV_VIS_PUBLIC, "p-note p-thanks");
    rd_Judged stock, thanks, note, none;
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-stock", &stock);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-thanks", &thanks);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-note p-thanks", &note);
    rd_judge_timeout(&r, "d", &none);
    EXPECT_HIT(&stock, "canned-thanks-for-praise", &thanks);
    EXPECT_NO_HIT(&thanks, "canned-thanks-for-praise", &stock);
    EXPECT_NO_HIT(&note, "canned-thanks-for-praise", &stock);
    EXPECT_BEATS(&none, &stock);
    EXPECT_BEATS(&thanks, &none);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Lena's crackers: the thank-you alone leaves her question out and ranks
 * under the answer and under the private message that takes it on. */
static void test_question_left_out(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "question_left_out");
    rd_Run r;
    rd_play_one(&r, &sit, "crackers", 10, "d", "o-answer");
    rd_Judged thanks, dm, answer;
    rd_judge_option(&r, "d", "o-thanks", &thanks);
    rd_judge_option(&r, "d", "o-dm", &dm);
    rd_judge_option(&r, "d", "o-answer", &answer);
    EXPECT_HIT(&thanks, "question-left-out", &answer);
    EXPECT_NO_HIT(&dm, "question-left-out", &thanks);
    EXPECT_NO_HIT(&answer, "question-left-out", &thanks);
    EXPECT_BEATS(&answer, &thanks);
    EXPECT_BEATS(&dm, &thanks);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_true_half_confirmed),
        cmocka_unit_test(test_only_in_the_first_answer),
        cmocka_unit_test(test_canned_thanks_for_praise),
        cmocka_unit_test(test_question_left_out),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
