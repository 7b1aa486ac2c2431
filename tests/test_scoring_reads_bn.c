/* Saying what is being done to find the cause is no explanation offered
 * blind (tests/fresh61, finding V1, first half).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, LISTEN: 003 lets the explanation come later
 * when the brand promises to come back with it, and a reply that does so on
 * a complaint known to be true is not a remedy offered blind, with or
 * without compensation for the harm. Telling what is being done to find out
 * (a fact marked `inquiry`, tells_inquiry) is no explanation and no guess at
 * the cause (FORMAT.md); it is the honest half of that first answer, and it
 * keeps the promise's exemption from remedy-offered-blind. A guess at the
 * cause beside it does not. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Maria's booking page showed no free times all Saturday morning; the
 * outage is known, its cause is not. "Our engineers are going through the
 * logs with our hosting provider now", beside the confirmation, the sorry, a
 * promise to post the why here and March free for every business hit, cost
 * remedy-offered-blind (-5) as if it were a guessed cause, and the composer
 * left it out for a shorter reply (+102 over the recommended +100). Now it
 * costs nothing and the five rank first. */
static void test_inquiry_beside_a_promise(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh61", "sb-booking-saturday");
    rd_Run r;
    rd_play_one(&r, &sit, "inquiry", 10, "answer", "o-rec");
    rd_Judged rec, shorter, guess;
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-logs p-back p-march", &rec);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-sorry p-march p-back", &shorter);
    rd_judge_parts(&r, "answer", SV_VIS_PUBLIC, "p-right p-logs p-provider p-back p-march", &guess);
    EXPECT_NO_HIT(&rec, "remedy-offered-blind", &shorter);
    EXPECT_BEATS(&rec, &shorter);
    /* a cause guessed beside the inquiry is still offered blind */
    EXPECT_HIT(&guess, "remedy-offered-blind", &rec);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The ready-made answer says the same: o-rec keeps its points for the
 * inquiry, while o-looking's bare "we're looking into it" (no inquiry named,
 * no promise) is still read as before. */
static void test_inquiry_option(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh61", "sb-booking-saturday");
    rd_Run r;
    rd_play_one(&r, &sit, "inquiry-option", 10, "answer", "o-rec");
    rd_Judged rec, looking;
    rd_judge_option(&r, "answer", "o-rec", &rec);
    rd_judge_option(&r, "answer", "o-looking", &looking);
    EXPECT_NO_HIT(&rec, "remedy-offered-blind", &looking);
    EXPECT_HIT(&looking, "remedy-offered-blind", &rec);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_inquiry_beside_a_promise),
        cmocka_unit_test(test_inquiry_option),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
