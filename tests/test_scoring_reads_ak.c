/* The scoring model reads what is being done to find out (tests/fresh19,
 * finding R5), a question for what is already written (tests/fresh13,
 * finding N4), and a wall of text from its parts and its length (tests/fresh14,
 * finding Q3).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, FACTUAL, FAST: when the answer is not known
 * yet, 003 lets the explanation come later if the brand promises to come
 * back; saying what it is doing to find out, and that it will come back with
 * it, is the honest first answer. A fact marked inquiry says what the brand is
 * doing to find out; a reply that confirms it, true and known, tells it (the
 * test tells_inquiry). With a promise to come back it earns inquiry-told in a
 * first answer to a complaint whose claims are unknown, and it is no remedy
 * offered blind (LISTEN: that is listening first), unless it offers
 * compensation before anything is known.
 *
 * LISTEN, ASK: a question gathers the facts the brand lacks. What it asks for
 * is what it reveals; a question whose every fact is known already (in the
 * post, the briefing or found before: the test asks_known) shows the post
 * was not read, earns no ask-for-facts and pays asked-what-was-written.
 *
 * SHORT: a public reply of eight parts or more, longer than half again the
 * short reply's 280 characters, is a wall (the test wall) without its long
 * tag; a compact reply of as many parts is not. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"
#include "score_internal.h"

#define FIVE "p-sorry p-looking p-closed p-tell p-dm"
#define FOUR "p-sorry p-closed p-tell p-dm"
#define LOOKING "p-sorry p-looking p-tell p-dm"

/* Leo broke his wrist in the play barn; whether staff were there and whether
 * the barn is safe are unknown. "We're going through what happened on Sunday
 * with the staff who were there" (p-looking) earned nothing and counted as a
 * remedy offered blind: the model's best reply left it out (+71, four of the
 * five recommended parts). Now it is told, the five parts rank over the four,
 * and the recommended option earns it too. */
static void test_what_is_being_done_told(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh19", "cr-barn-fall");
    assert_true(sit.sc.facts[rd_fact(&sit, "review")].inquiry); /* the loader reads "inquiry" */
    assert_false(sit.sc.facts[rd_fact(&sit, "top-closed")].inquiry);
    rd_Run r;
    rd_play_one(&r, &sit, "told", 10, "answer", "o-rec");
    rd_Judged five, four, looking, rec, dm;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, FIVE, &five);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, FOUR, &four);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, LOOKING, &looking);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-dm", &dm);
    EXPECT_HIT(&five, "inquiry-told", &four);
    EXPECT_NO_HIT(&four, "inquiry-told", NULL);
    EXPECT_HIT(&rec, "inquiry-told", NULL);
    EXPECT_NO_HIT(&dm, "inquiry-told", NULL);
    EXPECT_NO_HIT(&looking, "remedy-offered-blind", NULL);
    EXPECT_NO_HIT(&rec, "remedy-offered-blind", NULL);
    EXPECT_BEATS(&five, &four);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same words, had the story not marked them as what the farm is doing to
 * find out, earn nothing and are a remedy offered blind, as before; so is
 * "we're going through it" beside "we'll pay every cost", an offer made
 * before anything is known, which earns no inquiry-told either (a promise
 * nobody can keep). */
static void test_told_only_what_the_story_says(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh19", "cr-barn-fall");
    rd_Run r;
    rd_play_one(&r, &sit, "paid", 10, "answer", "o-rec");
    rd_Judged pay;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-sorry p-looking p-pay p-tell p-dm", &pay);
    EXPECT_HIT(&pay, "remedy-offered-blind", NULL);
    EXPECT_NO_HIT(&pay, "inquiry-told", NULL);
    rd_stop(&r);
    sit.sc.facts[rd_fact(&sit, "review")].inquiry = false;
    rd_play_one(&r, &sit, "unmarked", 10, "answer", "o-rec");
    rd_Judged five, looking;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, FIVE, &five);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, LOOKING, &looking);
    EXPECT_NO_HIT(&five, "inquiry-told", NULL);
    EXPECT_HIT(&looking, "remedy-offered-blind", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Malin's post says she booked lane 3 at 07:00 and got no text and no
 * e-mail; o-which asks her which day and time she booked and whether she got
 * a message (warned). It earned ask-for-facts (+5) as if it gathered facts;
 * now it pays for asking what she wrote. The same question, had the booking
 * and the message not been known, or naming nothing it asks for, is read as
 * before: a question that gathers facts. */
static void test_asked_what_was_written(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh13", "n-pool-closed-note");
    sv_Option *which = &sit.sc.options[rd_option(&sit, "o-which")];
    assert_int_equal(which->claims.reveals.count, 2);
    rd_Run r;
    rd_play_one(&r, &sit, "written", 10, "answer", "o-rec");
    rd_Judged asked, rec;
    rd_judge_option(&r, "answer", "o-which", &asked);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&asked, "asked-what-was-written", NULL);
    EXPECT_NO_HIT(&asked, "ask-for-facts", NULL);
    EXPECT_NO_HIT(&rec, "asked-what-was-written", NULL);
    rd_stop(&r);
    sit.sc.facts[rd_fact(&sit, "booked")].known = false;
    rd_play_one(&r, &sit, "unknown", 10, "answer", "o-rec");
    rd_Judged unknown;
    rd_judge_option(&r, "answer", "o-which", &unknown);
    EXPECT_NO_HIT(&unknown, "asked-what-was-written", NULL);
    EXPECT_HIT(&unknown, "ask-for-facts", NULL);
    rd_stop(&r);
    sit.sc.facts[rd_fact(&sit, "booked")].known = true;
    which->claims.reveals.count = 0;
    rd_play_one(&r, &sit, "unnamed", 10, "answer", "o-rec");
    rd_Judged unnamed;
    rd_judge_option(&r, "answer", "o-which", &unnamed);
    EXPECT_NO_HIT(&unnamed, "asked-what-was-written", NULL);
    EXPECT_HIT(&unnamed, "ask-for-facts", NULL);
    EXPECT_BEATS(&unnamed, &asked);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Ines's bay was taken; o-sink answers her in eight parts and 548
 * characters, tagged long. Without its tag it ranked +139 over the
 * recommended +116: the wall rested on the tag alone. Now its parts and its
 * length make it one, it pays long-reply and ranks under o-rec, which does
 * not. */
static void test_wall_without_its_tag(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh14", "q-carshare-empty-bay");
    rd_untag(&sit, "o-sink", SV_TAG_LONG);
    rd_Run r;
    rd_play_one(&r, &sit, "untagged", 10, "answer", "o-rec");
    rd_Judged sink, rec;
    rd_judge_option(&r, "answer", "o-sink", &sink);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&sink, "long-reply", &rec);
    EXPECT_NO_HIT(&rec, "long-reply", NULL);
    EXPECT_BEATS(&rec, &sink);
    rd_stop(&r);
    rd_unload(&sit);
    /* the bounds: eight parts past 420 characters; seven parts, or eight
     * compact ones (core's praise: eight parts in 292), are no wall */
    sv_ScoreContext c = {.has_reply = true, .visibility = SV_VIS_PUBLIC, .kind_count = 8};
    c.length = 421;
    assert_true(sv_score_wall(&c));
    c.length = 420;
    assert_false(sv_score_wall(&c));
    c.length = 560;
    c.kind_count = 7;
    assert_false(sv_score_wall(&c));
    c.visibility = SV_VIS_PRIVATE;
    c.kind_count = 8;
    assert_false(sv_score_wall(&c));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_what_is_being_done_told),
        cmocka_unit_test(test_told_only_what_the_story_says),
        cmocka_unit_test(test_asked_what_was_written),
        cmocka_unit_test(test_wall_without_its_tag),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
