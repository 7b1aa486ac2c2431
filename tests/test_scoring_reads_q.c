/* The scoring model reads a suggestion many customers have made (`recurs` on
 * a post that is not a complaint; tests/fresh9, z-cafe-many-ask): telling
 * them in public what came of it and thanking them for asking is what the
 * guides praise (LISTEN: change what many ask to change, and show that you
 * listened; THANK), not a polite "noted" and not the same words in a DM.
 * And it reads a reply that answers what this person wrote (a part of kind
 * personal-note; tests/fresh6, F1): beside the thanks it beats the thanks
 * alone (EMPATHY: personal, no templates; THANK). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Emil asks, as ten customers before him did, for oat milk; it is on the
 * menu from 1 June. The answer that says so and thanks everyone who asked
 * earned +12, ten above "Thanks, Emil – noted" (+2): nothing read that many
 * had asked. Now it earns many-told-what-came-of-it; the "noted" and the
 * template do not. */
static void test_oat_milk_for_the_many(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh9", "z-cafe-many-ask");
    rd_Run r;
    rd_play_one(&r, &sit, "yes", 10, "answer", "o-yes");
    rd_Judged yes, noted, canned;
    rd_judge_option(&r, "answer", "o-yes", &yes);
    rd_judge_option(&r, "answer", "o-noted", &noted);
    rd_judge_option(&r, "answer", "o-template", &canned);
    EXPECT_HIT(&yes, "many-told-what-came-of-it", &noted);
    EXPECT_NO_HIT(&noted, "many-told-what-came-of-it", &yes);
    EXPECT_NO_HIT(&canned, "many-told-what-came-of-it", &yes);
    EXPECT_BEATS(&yes, &noted);
    EXPECT_BEATS(&noted, &canned);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Both ways on a hand-built library: the news and the thanks in public earn
 * it; the same words in a DM (the many who asked never see it), the thanks
 * without the news, the news without the thanks, and the same answer to a
 * suggestion nobody else has made do not. */
static void test_many_told_both_ways(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "many_asked");
    rd_Run r;
    rd_start(&r, &sit, "library");
    rd_compose(&r, 10, "d", SV_VIS_PUBLIC, "p-yes p-thanks");
    rd_compose(&r, 20, "d2", SV_VIS_PUBLIC, "p2-yes p2-thanks");
    rd_Judged told, dm, thanks, news, oneoff;
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-yes p-thanks", &told);
    rd_judge_parts(&r, "d", SV_VIS_PRIVATE, "p-yes p-thanks", &dm);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-thanks p-noted", &thanks);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-yes", &news);
    rd_judge_parts(&r, "d2", SV_VIS_PUBLIC, "p2-yes p2-thanks", &oneoff);
    EXPECT_HIT(&told, "many-told-what-came-of-it", &dm);
    EXPECT_NO_HIT(&dm, "many-told-what-came-of-it", &told);
    EXPECT_NO_HIT(&thanks, "many-told-what-came-of-it", &told);
    EXPECT_NO_HIT(&news, "many-told-what-came-of-it", &told);
    EXPECT_NO_HIT(&oneoff, "many-told-what-came-of-it", &told);
    EXPECT_BEATS(&told, &dm);
    EXPECT_BEATS(&told, &thanks);
    EXPECT_BEATS(&told, &news);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Petra jokes that the 07:15 is too punctual. "Sorry, not sorry, Petra :)
 * Thank you - we'll tell the crew" tied "Thank you for your kind words.
 * Punctuality is important to us." at +22: the same rules, the difference
 * only in tags. Its answer to her joke is now declared as what it is, a
 * personal-note part, which earns answered-what-they-wrote. */
static void test_light_thanks_answers_her_joke(void **state)
{
    (void)state;
    sv_PartKind k;
    assert_true(sv_part_kind_parse("personal-note", &k));
    assert_int_equal(k, SV_PART_PERSONAL_NOTE);
    assert_string_equal(sv_part_kind_name(SV_PART_PERSONAL_NOTE), "personal-note");
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh6", "w-ferry-punctual");
    rd_Run r;
    rd_play_one(&r, &sit, "light", 10, "answer", "o-light");
    rd_Judged light, formal, canned;
    rd_judge_option(&r, "answer", "o-light", &light);
    rd_judge_option(&r, "answer", "o-formal", &formal);
    rd_judge_option(&r, "answer", "o-template", &canned);
    EXPECT_HIT(&light, "answered-what-they-wrote", &formal);
    EXPECT_NO_HIT(&formal, "answered-what-they-wrote", &light);
    EXPECT_BEATS(&light, &formal);
    EXPECT_BEATS(&formal, &canned);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Both ways on a hand-built bakery: the note with the thanks earns it and
 * beats the thanks alone; the note alone (no thanks, no answer), a note that
 * is too personal, a canned thank-you with the note, and a note in a reply
 * to a complaint (empathise and the apology speak there) do not. */
static void test_personal_note_both_ways(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "personal_note");
    rd_Run r;
    rd_start(&r, &sit, "bakery");
    rd_compose(&r, 10, "d", SV_VIS_PUBLIC, "p-note p-thanks");
    rd_compose(&r, 20, "d2", SV_VIS_PUBLIC, "p2-sorry p2-why");
    rd_Judged both, thanks, alone, nosy, stock, complaint;
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-note p-thanks", &both);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-thanks", &thanks);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-note", &alone);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-nosy p-thanks", &nosy);
    rd_judge_parts(&r, "d", SV_VIS_PUBLIC, "p-note p-stock", &stock);
    rd_judge_parts(&r, "d2", SV_VIS_PUBLIC, "p2-sorry p2-note p2-why", &complaint);
    EXPECT_HIT(&both, "answered-what-they-wrote", &thanks);
    EXPECT_NO_HIT(&thanks, "answered-what-they-wrote", &both);
    EXPECT_NO_HIT(&alone, "answered-what-they-wrote", &both);
    EXPECT_NO_HIT(&nosy, "answered-what-they-wrote", &both);
    EXPECT_NO_HIT(&stock, "answered-what-they-wrote", &both);
    EXPECT_NO_HIT(&complaint, "answered-what-they-wrote", &both);
    EXPECT_BEATS(&both, &thanks);
    EXPECT_BEATS(&both, &nosy);
    EXPECT_BEATS(&both, &stock);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_oat_milk_for_the_many),
        cmocka_unit_test(test_many_told_both_ways),
        cmocka_unit_test(test_light_thanks_answers_her_joke),
        cmocka_unit_test(test_personal_note_both_ways),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
