/* A gift offered dishonestly is no extra mile (tests/fresh33, finding W4).
 *
 * EXTRA-MILE, HONEST, POLICY: going far for one unhappy customer pays
 * because the audience sees a customer treated well. A reply the pack tags
 * `dishonest` (a gift for a blogger's followers if she edits her complaint)
 * treats nobody well in the guides' sense, however large its offer: it
 * earns no extra-mile-in-public. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Johanna's yearbook: five names wrong in class 5B and her 240 kr of prints
 * of the wrong class. "We'd love to send you a free photo book to give away
 * to your followers. Would you consider updating your post?" (600 kr,
 * dishonest) ranked above a plain sorry with a move to private (+41 over
 * +33), on extra-mile-in-public (+18). Now it earns none, and ranks below. */
static void test_gift_for_editing_is_no_extra_mile(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh33", "kl-yearbook-names");
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged gift, dm, rec;
    rd_judge_option(&r, "answer", "o-gift", &gift);
    rd_judge_option(&r, "answer", "o-dm", &dm);
    rd_judge_option(&r, "answer", "o-rec", &rec);
    EXPECT_NO_HIT(&gift, "extra-mile-in-public", NULL);
    EXPECT_HIT(&gift, "dishonest-reply", NULL);
    EXPECT_BEATS(&dm, &gift);
    EXPECT_BEATS(&rec, &dm);
    rd_stop(&r);
    rd_unload(&sit);
}

/* The same gift without the tag (a photo book given, nothing asked back) is
 * generous in public and keeps the extra mile: it is the tag that takes it
 * away, not the size of the offer. */
static void test_the_same_gift_honestly_given(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh33", "kl-yearbook-names");
    rd_untag(&sit, "o-gift", SV_TAG_DISHONEST);
    rd_Run r;
    rd_play_one(&r, &sit, "rec", 10, "answer", "o-rec");
    rd_Judged gift;
    rd_judge_option(&r, "answer", "o-gift", &gift);
    EXPECT_HIT(&gift, "extra-mile-in-public", NULL);
    rd_stop(&r);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gift_for_editing_is_no_extra_mile),
        cmocka_unit_test(test_the_same_gift_honestly_given),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
