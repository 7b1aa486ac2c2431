/* A reply that only moves the talk to private is not a second policy
 * (tests/fresh21, finding T3).
 *
 * POLICY, SWITCH, TWICE: the same complaint answered elsewhere sets what
 * this customer is owed; a reply that differs from it treats her differently
 * (inconsistent-across-channels). A reply whose only answer is an invitation
 * to private (no explanation, compensation, promise or offer, nothing denied)
 * has not treated her any way yet: what it leaves out is charged once, by
 * private-suggested-without-solution. Its apology is still compared: a
 * customer told no sorry where the other was is treated differently. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

static void set_structure(rd_Situation *sit, const char *option, const sv_PartKind *kinds,
                          uint8_t n)
{
    sv_Option *o = &sit->sc.options[rd_option(sit, option)];
    o->structure_count = n;
    for (uint8_t i = 0; i < n; i++) o->structure[i] = (uint8_t)kinds[i];
}

/* Hanna, hit by the press that made 600 photo books late, asks whether hers
 * comes in time; Oskar was told an hour ago: sorry, the press, every book by
 * 21 December, 25 % back. "Sorry, Hanna! Send us your order number in a
 * message" (o-dm, acceptable) was charged both for the solution it did not
 * offer before going private and for a policy that differs, and ranked
 * under the status pasted again (o-paste, warned). */
static void test_door_to_private_charged_once(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh21", "ct-photobook-press");
    rd_Run r;
    rd_play_one(&r, &sit, "dm", 10, "answer", "o-rec");
    rd_Judged dm, paste, rec;
    rd_judge_option(&r, "answer", "o-dm", &dm);
    rd_judge_option(&r, "answer", "o-paste", &paste);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_HIT(&dm, "private-suggested-without-solution", NULL);
    EXPECT_NO_HIT(&dm, "inconsistent-across-channels", NULL);
    EXPECT_NO_HIT(&dm, "consistent-across-channels", NULL);
    EXPECT_BEATS(&dm, &paste);
    /* the answers that say the same as Oskar was told keep their credit */
    EXPECT_HIT(&paste, "consistent-across-channels", NULL);
    EXPECT_HIT(&rec, "consistent-across-channels", NULL);
    rd_stop(&r);

    /* the same door to private without the sorry Oskar got: treated differently */
    const sv_PartKind bare[] = {SV_PART_MOVE_PRIVATE};
    set_structure(&sit, "o-dm", bare, 1);
    rd_play_one(&r, &sit, "bare", 10, "answer", "o-rec");
    rd_Judged no_sorry;
    rd_judge_option(&r, "answer", "o-dm", &no_sorry);
    EXPECT_HIT(&no_sorry, "inconsistent-across-channels", NULL);
    rd_stop(&r);

    /* with its own explanation and no 25 %, the reply has answered, and
     * differently from Oskar's */
    const sv_PartKind told[] = {SV_PART_APOLOGISE, SV_PART_EXPLAIN, SV_PART_MOVE_PRIVATE};
    set_structure(&sit, "o-dm", told, 3);
    rd_play_one(&r, &sit, "told", 10, "answer", "o-rec");
    rd_Judged explained;
    rd_judge_option(&r, "answer", "o-dm", &explained);
    EXPECT_HIT(&explained, "inconsistent-across-channels", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_door_to_private_charged_once),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
