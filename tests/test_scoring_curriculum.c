/* Cases the curriculum writers found while writing the core pack
 * (scenarios/core/model-requests-*.md): places where the model agreed with the
 * guides only for thin reasons or ranked a warned answer far too high. Each is
 * a small situation from tests/scoring/situations, played with the default
 * model and shown both ways; none is keyed to a scenario's wording. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* ORDER, HONEST, ACCOMMODATE: a partly true complaint answered only where it
 * is wrong is the defensive half-answer, and the reasons given for the
 * denial are not a way forward for the customer's real problem. */
static void test_half_answer(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load(&sit, "half_answer");
    rd_Run r;
    rd_play_one(&r, &sit, "both", 10, "d", "o-both");
    rd_Judged both, only, fix;
    rd_judge_option(&r, "d", "o-both", &both);
    rd_judge_option(&r, "d", "o-correct-only", &only);
    rd_judge_option(&r, "d", "o-correct-and-fix", &fix);
    EXPECT_HIT(&only, "defensive-half-answer", &both);
    EXPECT_NO_HIT(&both, "defensive-half-answer", &only);
    /* making the true part right is not the half-answer, even without owning it */
    EXPECT_NO_HIT(&fix, "defensive-half-answer", &only);
    /* the explanation only backs the denial: no remedy credit, no apology either */
    EXPECT_NO_HIT(&only, "explanation-given", &both);
    EXPECT_HIT(&only, "no-apology-no-remedy", &both);
    EXPECT_BEATS(&both, &only);
    EXPECT_BEATS(&fix, &only);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_half_answer),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
