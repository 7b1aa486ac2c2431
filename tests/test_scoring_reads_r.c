/* The scoring model reads what the eleventh audit (tests/fresh11) found it
 * missing in arcs of two and three decisions: a thank-you that takes up what
 * the customer said earns more than a bare "Thanks!" (THANK, EMPATHY), and an
 * answer to a question that offers something with it earns more than the
 * bare answer (ACCOMMODATE, ALWAYS); and a reply that denies what a check
 * found is neither checked nor factual (HONEST, LISTEN, FACTUAL). Each case
 * both ways. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Ingrid thanks the usher Ahmed by name. "Thank you, Ingrid!" (acceptable)
 * and the reply that says Ahmed has seen it and sends her father a word
 * (recommended) tied at +22: the model gave the same to any thanks. Now the
 * second earns praise-taken-up and the bare thanks does not. */
static void test_praise_taken_up(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh11", "l-concert-lift");
    rd_Run r;
    rd_play_one(&r, &sit, "usher", 10, "answer", "o-rec");
    rd_Judged rec, bare, canned;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-thanks", &bare);
    rd_judge_option(&r, "answer", "o-template", &canned);
    EXPECT_HIT(&rec, "praise-taken-up", &bare);
    EXPECT_NO_HIT(&bare, "praise-taken-up", &rec);
    EXPECT_NO_HIT(&canned, "praise-taken-up", &rec);
    EXPECT_BEATS(&rec, &bare);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Lena thanks the hostel after the troll's comment was reported. A thank-you
 * with a sneer at the troll (thank and more, tagged irony) takes nothing up:
 * hostile replies earn none of it. The tip about the quiet rooms does, and
 * beats the bare thanks. */
static void test_sneer_is_not_taking_up(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh11", "l-hostel-troll");
    rd_Run r;
    rd_play_one(&r, &sit, "thanks", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_choose(&r, 250, "third", "o3-rec");
    rd_Judged rec, bare, sneer;
    rd_judge_option(&r, "third", "o3-rec", &rec);
    rd_judge_option(&r, "third", "o3-thanks", &bare);
    rd_judge_option(&r, "third", "o3-troll", &sneer);
    EXPECT_HIT(&rec, "praise-taken-up", &bare);
    EXPECT_NO_HIT(&sneer, "praise-taken-up", &rec);
    EXPECT_NO_HIT(&bare, "praise-taken-up", &rec);
    EXPECT_BEATS(&rec, &bare);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Astrid asks whether the kind driver can bring all her parcels. The honest
 * "we can't choose drivers" (acceptable) tied the honest no that offers a
 * note on her address (recommended) at +21. Now the offer earns
 * question-met-with-an-offer; the bare no does not, nor does the promise
 * nobody can keep. */
static void test_question_met_with_an_offer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh11", "l-courier-knee");
    rd_Run r;
    rd_play_one(&r, &sit, "knee", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged rec, no, promise;
    rd_judge_option(&r, "second", "o2-rec", &rec);
    rd_judge_option(&r, "second", "o2-no", &no);
    rd_judge_option(&r, "second", "o2-yes", &promise);
    EXPECT_HIT(&rec, "question-met-with-an-offer", &no);
    EXPECT_NO_HIT(&no, "question-met-with-an-offer", &rec);
    EXPECT_NO_HIT(&promise, "question-met-with-an-offer", &rec);
    EXPECT_BEATS(&rec, &no);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Sofie planned Saturday on the science centre's wrong forum answer. "Yes,
 * it's 60 kr" (acceptable) tied the answer with a sorry and a free entry, the
 * same treatment Karl got an hour before (recommended), at +34. */
static void test_wrong_answer_made_good_for_the_asker(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh11", "l-science-centre-ages");
    rd_Run r;
    rd_play_one(&r, &sit, "sofie", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged rec, pay;
    rd_judge_option(&r, "second", "o2-rec", &rec);
    rd_judge_option(&r, "second", "o2-pay", &pay);
    EXPECT_HIT(&rec, "question-met-with-an-offer", &pay);
    EXPECT_NO_HIT(&pay, "question-met-with-an-offer", &rec);
    EXPECT_BEATS(&rec, &pay);
    rd_stop(&r);
    rd_unload(&sit);
}

/* At three o'clock the dry cleaner knows where Elin's suit went, and "we're
 * still looking" denies it. That lie earned checked-before-answering (the
 * check's fact was stated, though the wrong way round) and factual-answer
 * (which left out only confirming something false), and ranked above the
 * honest DM. A check's result counts as stated only when it is stated as it
 * is, and a reply that denies what is known is not factual. */
static void test_denying_the_check_is_not_checking(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh11", "l-drycleaner-suit");
    rd_Run r;
    rd_play_one(&r, &sit, "suit", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged rec, still, dm;
    rd_judge_option(&r, "second", "o2-rec", &rec);
    rd_judge_option(&r, "second", "o2-still", &still);
    rd_judge_option(&r, "second", "o2-dm", &dm);
    EXPECT_HIT(&rec, "checked-before-answering", &still);
    EXPECT_NO_HIT(&still, "checked-before-answering", &rec);
    EXPECT_HIT(&rec, "factual-answer", &still);
    EXPECT_NO_HIT(&still, "factual-answer", &rec);
    EXPECT_BEATS(&dm, &still);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_praise_taken_up),
        cmocka_unit_test(test_sneer_is_not_taking_up),
        cmocka_unit_test(test_question_met_with_an_offer),
        cmocka_unit_test(test_wrong_answer_made_good_for_the_asker),
        cmocka_unit_test(test_denying_the_check_is_not_checking),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
