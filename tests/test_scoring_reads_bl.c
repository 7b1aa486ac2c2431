/* A known-false claim left standing in front of someone's audience (brief
 * model32; tests/fresh28, finding V1).
 *
 * FACTUAL, HONEST: only factual, informative answers calm a heated
 * discussion, and not everything written is true. A customer's complaint
 * is answered on its merits (in public the customer is right, PRO), but an
 * onlooker or a journalist writes to their own readers: a public answer to
 * such a post that neither denies nor corrects a claim in it the brand
 * knows is false leaves the readers with it. Before, "we're reviewing the
 * recent bans and will post an update soon", under a streamer's "ignoring
 * every appeal" in front of 230,000 followers, paid nothing for it and
 * ranked above the recommended answer that says the appeals are answered in
 * private. Now it costs false-claim-left-standing, unless the thread has
 * had its correction (corrected), the reply denies something false, or it
 * agrees to the false claim, which confirms-false-claim and
 * false-claim-agreed-in-public charge. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static sv_Persona *persona(rd_Situation *sit, const char *id)
{
    for (uint32_t i = 0; i < sit->sc.persona_count; i++)
        if (strcmp(sit->sc.personas[i].id, id) == 0) return &sit->sc.personas[i];
    fail_msg("no persona %s", id);
    return NULL;
}

/* Vexa, a streamer, says Hollowpine bans kids for an FPS counter (not known
 * yet) and ignores every appeal (false: appeals are answered in private).
 * The short "we're reviewing" leaves the second standing; the recommended
 * answer puts it right and now ranks first. */
static void test_ignored_appeals_left_standing(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh28", "cy-game-ban");
    rd_Run r;
    rd_play_one(&r, &sit, "short", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-short");
    rd_Judged brief, rec;
    rd_judge_option(&r, "second", "o2-short", &brief);
    rd_judge_option(&r, "second", "o2-rec", &rec);
    EXPECT_HIT(&brief, "false-claim-left-standing", &rec);
    EXPECT_NO_HIT(&rec, "false-claim-left-standing", &brief);
    EXPECT_BEATS(&rec, &brief);
    rd_stop(&r);
    rd_unload(&sit);
}

/* Not when the same words answer the customer himself, and not when the
 * brand does not know the claim is false. */
static void test_only_a_known_falsehood_before_an_audience(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh28", "cy-game-ban");
    rd_Judged customer, unknown;
    rd_Run r;
    sv_Persona *vexa = persona(&sit, "vexa");
    vexa->role = SV_ROLE_COMPLAINER;
    rd_play_one(&r, &sit, "customer", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-short");
    rd_judge_option(&r, "second", "o2-short", &customer);
    rd_stop(&r);
    vexa->role = SV_ROLE_ONLOOKER;
    sit.sc.facts[rd_fact(&sit, "ignored")].known = false;
    rd_play_one(&r, &sit, "unknown", 10, "answer", "o-rec");
    rd_choose(&r, 130, "second", "o2-short");
    rd_judge_option(&r, "second", "o2-short", &unknown);
    rd_stop(&r);
    EXPECT_NO_HIT(&customer, "false-claim-left-standing", NULL);
    EXPECT_NO_HIT(&unknown, "false-claim-left-standing", NULL);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ignored_appeals_left_standing),
        cmocka_unit_test(test_only_a_known_falsehood_before_an_audience),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
