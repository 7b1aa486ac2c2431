/* An explanation the customer already had earns nothing the second time
 * (tests/fresh22, finding U3).
 *
 * SHORT, LISTEN, FACTUAL: a reply that only tells again what an earlier
 * answer in the thread told (the test explains_again: what its explanation
 * states, one fact at least, was stated the same way before, where this
 * reply goes) informs nobody: the customer and the readers have had it. It
 * earns no factual-answer, informative-correction or explanation-given a
 * second time. An explanation with something new in it still does. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Nils, after the club's answer (who sold the tickets, "your bank can
 * usually get a card payment back", guest places): "so I'm the idiot".
 * The composer put the bank advice again in place of the guest places kept
 * (p2-notfool p2-bank p2-anna, +62 over the recommended +58): the bank part,
 * told already, earned factual-answer and informative-correction a second
 * time. Now it earns neither, and the offer kept ranks above it. The
 * recommended option, whose explanation is new (about forty people caught
 * by the same site), still earns its factual credit. */
static void test_bank_advice_told_again(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh22", "cu-jazz-tickets");
    rd_Run r;
    rd_play_one(&r, &sit, "again", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged first, bank, kept, rec;
    rd_judge_option(&r, "answer", "o-rec", &first);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-notfool p2-bank p2-anna", &bank);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-notfool p2-guest p2-anna", &kept);
    rd_judge_option(&r, "second", "o2-rec", &rec);
    /* the first time it was told, it informed */
    EXPECT_HIT(&first, "factual-answer", NULL);
    EXPECT_HIT(&first, "informative-correction", NULL);
    EXPECT_NO_HIT(&bank, "factual-answer", &kept);
    EXPECT_NO_HIT(&bank, "informative-correction", &kept);
    EXPECT_BEATS(&kept, &bank);
    EXPECT_HIT(&rec, "factual-answer", NULL);
    EXPECT_HIT(&rec, "informative-correction", NULL);
    /* the bank part said privately after the public answer is still what he had */
    rd_Judged dm;
    rd_judge_parts(&r, "second", SV_VIS_PRIVATE, "p2-notfool p2-bank p2-anna", &dm);
    EXPECT_NO_HIT(&dm, "factual-answer", NULL);
    rd_stop(&r);
    /* had the first answer not told him about the bank (its card named as
     * who sold the tickets instead), the advice is new and informs */
    const sv_Option *o = &sit.sc.options[rd_option(&sit, "o-rec")];
    uint32_t card = (uint32_t)rd_fact(&sit, "card"), resale = (uint32_t)rd_fact(&sit, "resale");
    for (uint32_t i = 0; i < o->claims.confirms.count; i++)
        if (sit.sc.fact_refs[o->claims.confirms.start + i] == card)
            sit.sc.fact_refs[o->claims.confirms.start + i] = resale;
    rd_play_one(&r, &sit, "new", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged fresh;
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-notfool p2-bank p2-anna", &fresh);
    EXPECT_HIT(&fresh, "factual-answer", NULL);
    EXPECT_HIT(&fresh, "informative-correction", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bank_advice_told_again),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
