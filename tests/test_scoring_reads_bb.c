/* A sorry said again for what the thread has had a sorry for earns no second
 * apology's credit (tests/fresh24, finding V3).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, TWICE: 003's sorry is for the mistake the
 * brand agrees it made, quick and sincere, and one said in public is heard
 * by everyone in the thread. A composed reply whose apologise parts name
 * only claims that an earlier brand reply in the thread already said sorry
 * for (the test apologises_again) says nothing new: it earns no
 * sincere-apology a second time, whoever it answers. A hedged sorry, or a
 * template, said before is no sorry had; and the first sorry still earns. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* The first answer with its sorry taken out: the apologise part of its
 * structure read as an acknowledgement. */
static void unsay_sorry(rd_Situation *sit, const char *option)
{
    sv_Option *o = &sit->sc.options[rd_option(sit, option)];
    for (uint32_t k = 0; k < o->structure_count; k++)
        if (o->structure[k] == SV_PART_APOLOGISE) o->structure[k] = SV_PART_ACKNOWLEDGE;
}

static void judge_again(const rd_Situation *sit, const char *name, rd_Judged *again,
                        rd_Judged *calm)
{
    rd_Run r;
    rd_play_one(&r, sit, name, 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2--rec");
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-angry p2-again p2-handled", again);
    if (calm) rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-angry p2-names p2-handled", calm);
    rd_stop(&r);
}

/* The service station's first answer owned the cashier's rudeness and said
 * sorry (o-rec: "That is not how anyone should be spoken to at our till,
 * and we're sorry"). Gunnar, a stranger, names her and demands she is
 * fired. "Once again, we're sorry about what happened" (p2-again, which
 * names Elsa's claim) earned sincere-apology (+7): the composer put it in
 * place of the calm word for the thread (p2-names). Now it earns none. Had
 * the first answer said no sorry, the same part is the thread's first
 * sorry, and earns it. */
static void test_sorry_again_to_the_pile_on(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh24", "cw-station-video");
    rd_Judged again, calm;
    judge_again(&sit, "owned", &again, &calm);
    EXPECT_NO_HIT(&again, "sincere-apology", &calm);

    unsay_sorry(&sit, "o-rec");
    rd_Judged first;
    judge_again(&sit, "unowned", &first, NULL);
    EXPECT_HIT(&first, "sincere-apology", NULL);
    EXPECT_BEATS(&first, &again);
    rd_unload(&sit);
}

/* A sorry taken back, or a form letter's, is none had: with the first
 * answer's sorry hedged, or the answer a template, the one in the second
 * answer is the thread's first. */
static void test_hedged_or_canned_sorry_before_is_none(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh24", "cw-station-video");
    sv_Option *rec = &sit.sc.options[rd_option(&sit, "o-rec")];
    sv_TagSet tags = rec->tags;
    rec->tags = tags | 1u << SV_TAG_HEDGED;
    rd_Judged hedged;
    judge_again(&sit, "hedged", &hedged, NULL);
    EXPECT_HIT(&hedged, "sincere-apology", NULL);
    rec->tags = tags | 1u << SV_TAG_TEMPLATE;
    rd_Judged canned;
    judge_again(&sit, "canned", &canned, NULL);
    EXPECT_HIT(&canned, "sincere-apology", NULL);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sorry_again_to_the_pile_on),
        cmocka_unit_test(test_hedged_or_canned_sorry_before_is_none),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
