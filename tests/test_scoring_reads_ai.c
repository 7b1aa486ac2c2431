/* The scoring model reads what a sorry is for, and the reason for a no
 * (tests/fresh19, findings R2 and R4).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, HONEST: 003's quick sincere apology is for a
 * mistake the brand agrees it made. A true claim that is no fault of the
 * brand's (a rule kept, a decision taken on purpose, the weather) says so
 * with "fault": false, and a reply whose only true claims owned are such
 * (the test no_fault) earns no sincere-apology for its sorry.
 *
 * FACTUAL, POLICY: a no to a demand, with the post's own claim answered and
 * the reason given (the tests answers_claim and demands, the rule
 * reasoned-no), is what the readers of a pile-on ask for; "we hear you" with
 * the offer alone answers none of it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Annika's refund is refused under terms that apply to everyone: "we're sorry
 * we let you down" owns a fault nobody made. The composition with it ranked
 * +88, on top, warned; now the sorry earns nothing. The same sorry, had the
 * refusal been the studio's fault, keeps its credit and, but for the refund
 * it then leaves out, ranks higher. */
static void test_sorry_for_no_fault(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh19", "cr-pottery-refund");
    sv_Fact *refused = &sit.sc.facts[rd_fact(&sit, "refused")];
    assert_true(refused->truth);
    assert_true(refused->no_fault); /* the pack: a rule kept, no fault */
    rd_Run r;
    rd_play_one(&r, &sit, "nofault", 10, "answer", "o-rec");
    rd_Judged sorry;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-shame p-right p-sorry p-thursday", &sorry);
    EXPECT_NO_HIT(&sorry, "sincere-apology", NULL);
    rd_stop(&r);
    refused->no_fault = false;
    rd_play_one(&r, &sit, "fault", 10, "answer", "o-rec");
    rd_Judged owned;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-shame p-right p-sorry p-thursday", &owned);
    EXPECT_HIT(&owned, "sincere-apology", NULL);
    /* a fault of the studio's, owned while the composer holds the refund
     * (p-refund) and left without it, also costs fault-not-made-good
     * (tests/test_scoring_reads_cp.c); the sorry's own credit still ranks it
     * above the sorry for no fault */
    EXPECT_HIT(&owned, "fault-not-made-good", NULL);
    assert_true(owned.value - rd_rule_value(&owned, "fault-not-made-good") > sorry.value);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Sanna's flight: cancelled three times for the wind (no fault) and told too
 * late (the crew's fault). A reply that owns both owns a fault, and its sorry
 * keeps the credit when it says it owns the late text ("that part is on us").
 * A sorry that names the cancellations ("sorry the weather let you down
 * again") owns what is no fault, beside the same confirmation: it tied the
 * recommended sorry at +98 and was written first; now it earns no credit as
 * an apology and ranks under it. */
static void test_sorry_beside_a_fault_kept(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh19", "cr-balloon-wind");
    assert_true(sit.sc.facts[rd_fact(&sit, "three")].no_fault);
    assert_false(sit.sc.facts[rd_fact(&sit, "late-notice")].no_fault);
    rd_Run r;
    rd_play_one(&r, &sit, "both", 10, "answer", "o-rec");
    rd_Judged rec, weather;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-why p-make-good", &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-weather-sorry p-why p-make-good",
                   &weather);
    EXPECT_HIT(&rec, "sincere-apology", &weather);
    EXPECT_BEATS(&rec, &weather);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Tove piles on for her friend: "bend one rule". The no with why the rule
 * holds for everyone (o2-rec) ranked +59 under "we hear you; the 40% stands"
 * (o2-hear, +61); it answers her claim and gives the reason, and now ranks
 * above. The exception (o2-bend) and the argument (o2-argue) earn nothing
 * for it; nor does the same no when the post demands nothing. */
static void test_the_reason_for_a_no(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh19", "cr-trail-deferral");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged rec, hear, bend, argue;
    rd_judge_option(&r, "second", "o2-rec", &rec);
    rd_judge_option(&r, "second", "o2-hear", &hear);
    rd_judge_option(&r, "second", "o2-bend", &bend);
    rd_judge_option(&r, "second", "o2-argue", &argue);
    EXPECT_HIT(&rec, "reasoned-no", &hear);
    EXPECT_NO_HIT(&bend, "reasoned-no", NULL);
    EXPECT_NO_HIT(&argue, "reasoned-no", NULL);
    EXPECT_BEATS(&rec, &hear);
    rd_stop(&r);
    sit.sc.posts[rd_post(&sit, "tove-pile")].demands = -1;
    rd_play_one(&r, &sit, "asked", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-rec");
    rd_Judged asked;
    rd_judge_option(&r, "second", "o2-rec", &asked);
    EXPECT_NO_HIT(&asked, "reasoned-no", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sorry_for_no_fault),
        cmocka_unit_test(test_sorry_beside_a_fault_kept),
        cmocka_unit_test(test_the_reason_for_a_no),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
