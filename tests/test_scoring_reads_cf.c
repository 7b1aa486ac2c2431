/* A remedy the customer already has, offered again, makes nothing good a
 * second time (tests/fresh35, finding V2).
 *
 * APOLOGY-EXPLAIN-COMPENSATE, TWICE: 003's compensation shows the brand
 * takes the problem seriously, and 001's second answer offers a sensible
 * solution before the rest goes private. A composed reply whose compensate
 * parts state only what an earlier brand reply in the thread offered the
 * same customer (the test compensates_again) is no new gesture: it earns no
 * compensation-offered and no loss-made-good. A new remedy in the same
 * reply, or the same words to a customer never offered them, still earn. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "reads_support.h"

/* Camilla's answer to the studio's first answer (o-rec: all 3900 kr back and
 * a free new shoot): "a new shoot is not the day". */
static void judge_second(const rd_Situation *sit, const char *name, rd_Judged *money,
                         rd_Judged *album)
{
    rd_Run r;
    rd_play_one(&r, sit, name, 10, "answer", "o-rec");
    rd_choose(&r, 150, "second", "o2-rec");
    rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-right p2-money p2-call", money);
    if (album) rd_judge_parts(&r, "second", SV_VIS_PUBLIC, "p2-right p2-album p2-call", album);
    rd_stop(&r);
}

/* "The money is already on its way back" (p2-money, the first answer's
 * refund, offer 3900, the loss) earned compensation-offered (+8) and
 * loss-made-good (+5), and the composer put it in place of the album of the
 * 40 photos saved (p2-album, new). Now it earns neither, and the album wins. */
static void test_refund_said_again_is_no_new_remedy(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh35", "by-konfirmasjon-foto");
    rd_Judged money, album;
    judge_second(&sit, "again", &money, &album);
    EXPECT_NO_HIT(&money, "compensation-offered", &album);
    EXPECT_NO_HIT(&money, "loss-made-good", &album);
    EXPECT_HIT(&album, "compensation-offered", &money);
    EXPECT_BEATS(&album, &money);
    rd_unload(&sit);
}

/* Had the first answer not stated the refund (its confirms naming the
 * memory card in its place), the same part offers something new, and earns. */
static void test_refund_not_offered_before_still_earns(void **state)
{
    (void)state;
    rd_Situation sit;
    rd_load_in(&sit, "tests/fresh35", "by-konfirmasjon-foto");
    sv_Option *rec = &sit.sc.options[rd_option(&sit, "o-rec")];
    uint32_t refund = (uint32_t)rd_fact(&sit, "refund");
    bool swapped = false;
    for (uint32_t k = 0; k < rec->claims.confirms.count; k++) {
        uint32_t *ref = &sit.sc.fact_refs[rec->claims.confirms.start + k];
        if (*ref == refund) {
            *ref = (uint32_t)rd_fact(&sit, "card");
            swapped = true;
        }
    }
    assert_true(swapped);
    rd_Judged money;
    judge_second(&sit, "new", &money, NULL);
    EXPECT_HIT(&money, "compensation-offered", NULL);
    EXPECT_HIT(&money, "loss-made-good", NULL);
    rd_unload(&sit);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_refund_said_again_is_no_new_remedy),
        cmocka_unit_test(test_refund_not_offered_before_still_earns),
    };
    return cmocka_run_group_tests(tests, rd_setup, rd_teardown);
}
