/* A composer part can be the calm word for the thread (tests/fresh24,
 * finding V3; tests/fresh26, finding V2).
 *
 * PRO, FACTUAL: calm, matter-of-fact words are what settle a heated thread,
 * and in public the customer (and the staff a pile-on names) is kept out of
 * the quarrel. An option could be marked `moderates`, a part could not: the
 * composer's "please don't name or tag our staff here" or "everyone is
 * welcome here" read as nothing, so the model put another sorry or a bare
 * correction in its place. Now a part takes the key, and a composed reply
 * sent in public with such a part is one (`{"moderates": true}`), as the
 * option that says the same words is. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static void judge_second(const rd_Situation *sit, const char *name, const char *rec,
                         const char *parts, rd_Judged *out)
{
    rd_Run r;
    rd_play_one(&r, sit, name, 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", rec);
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, parts, out);
    rd_stop(&r);
}

/* The farm's answer to Bjørn, who calls Elin a lazy townie under her fair
 * complaint: the correction and "everyone is welcome here, from the village
 * or from town" earn the calm word; with the part unmarked, the same words
 * earn nothing for it. */
static void test_welcome_part_is_a_calm_word(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh26", "nb-gard-jordbaer");
    rd_Judged calm, plain;
    judge_second(&sit, "marked", "o2-rec", "p2-nothing p2-welcome", &calm);
    sit.sc.parts[rd_part(&sit, "p2-welcome")].moderates = false;
    judge_second(&sit, "unmarked", "o2-rec", "p2-nothing p2-welcome", &plain);
    EXPECT_HIT(&calm, "calm-word-under-the-complaint", &plain);
    EXPECT_NO_HIT(&plain, "calm-word-under-the-complaint", &calm);
    EXPECT_BEATS(&calm, &plain);
    rd_unload(&sit);
}

/* The service station's answer to Gunnar, who names and tags the cashier:
 * "please don't name or tag our staff here" is read as the recommended
 * option's same words are. */
static void test_staff_part_reads_as_the_option(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh24", "cw-station-video");
    rd_Judged calm, option;
    judge_second(&sit, "composed", "o2--rec", "p2-angry p2-names p2-handled", &calm);
    EXPECT_HIT(&calm, "calm-word-under-the-complaint", NULL);
    rd_Run r;
    rd_play_one(&r, &sit, "option", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2--rec");
    rd_judge_option(&r, "second", "o2--rec", &option);
    rd_stop(&r);
    EXPECT_HIT(&option, "calm-word-under-the-complaint", NULL);
    assert_int_equal(rd_rule_value(&calm, "calm-word-under-the-complaint"),
                     rd_rule_value(&option, "calm-word-under-the-complaint"));
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_welcome_part_is_a_calm_word),
        cmocka_unit_test(test_staff_part_reads_as_the_option),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
