/* The principles a scenario practises (sv_scenario_principles): the ids its
 * authors name in the annotations of its options and parts, in any language,
 * and nothing that only looks like one; and for the built-in core pack, the
 * principles each scenario is written around. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "score_support.h"
#include "svara/pack.h"
#include "svara/principles.h"

#define BIT(p) (1u << SV_PRINCIPLE_##p)

static void test_ids_in_annotations(void **state)
{
    (void)state;
    sv_Option options[2];
    sv_Part parts[1];
    memset(options, 0, sizeof options);
    memset(parts, 0, sizeof parts);
    options[0].annotation.s[SV_LANG_EN] =
        "PUBLIC, FAST: answer where it was asked (APOLOGY-EXPLAIN-COMPENSATE).";
    /* a word that holds an id, lower-case ids and an id glued to a word are none */
    options[1].annotation.s[SV_LANG_EN] = "PUBLICLY fast xTEAM TROLLs PRO-";
    options[1].annotation.s[SV_LANG_SV] = "NO-IRONY: inget skämt";
    parts[0].annotation.s[SV_LANG_NB] = "ORDER og EXTRA-MILE";
    sv_Scenario sc;
    memset(&sc, 0, sizeof sc);
    sc.options = options;
    sc.option_count = 2;
    sc.parts = parts;
    sc.part_count = 1;
    sv_PrincipleSet want = BIT(PUBLIC) | BIT(FAST) | BIT(APOLOGY_EXPLAIN_COMPENSATE) | BIT(PRO) |
                           BIT(NO_IRONY) | BIT(ORDER) | BIT(EXTRA_MILE);
    assert_int_equal(sv_scenario_principles(&sc), want);
    sc.part_count = 0;
    assert_int_equal(sv_scenario_principles(&sc), want & ~(BIT(ORDER) | BIT(EXTRA_MILE)));
    sc.option_count = 0;
    assert_int_equal(sv_scenario_principles(&sc), 0);
}

static const sv_Scenario *find(const sv_Pack *pack, const char *id)
{
    int32_t i = sv_pack_find_scenario(pack, id);
    assert_true(i >= 0);
    return &pack->scenarios[i];
}

static void test_core_pack(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_true(sv_fs_init(NULL, &d));
    const char *paths[] = {SV_SOURCE_DIR "/scenarios/core"};
    sv_Pack *pack = NULL;
    assert_int_equal(sv_pack_load(paths, 1, "core", &pack, &d), SV_OK);
    t_print_diags(&d);
    /* every scenario practises several principles, and together they cover most */
    sv_PrincipleSet all = 0;
    for (uint32_t i = 0; i < pack->scenario_count; i++) {
        sv_PrincipleSet set = sv_scenario_principles(&pack->scenarios[i]);
        assert_true(__builtin_popcount(set) >= 3);
        all |= set;
    }
    assert_true(__builtin_popcount(all) >= 20);
    /* what the scenarios are written around */
    sv_PrincipleSet tutorial = sv_scenario_principles(find(pack, "tutorial"));
    assert_true(tutorial & BIT(EMPATHY));
    assert_true(tutorial & BIT(FAST));
    assert_false(tutorial & BIT(TROLL));
    assert_true(sv_scenario_principles(find(pack, "rumour")) & BIT(TROLL));
    assert_true(sv_scenario_principles(find(pack, "praise")) & BIT(THANK));
    assert_true(sv_scenario_principles(find(pack, "train")) & BIT(NO_IRONY));
    sv_pack_unload(pack);
    sv_fs_free();
    sv_diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ids_in_annotations),
        cmocka_unit_test(test_core_pack),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
