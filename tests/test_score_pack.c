/* A pack's scoring overrides, end to end: tests/packs/weights is loaded like
 * any pack, its manifest's "scoring" is applied to a copy of the default
 * model, and the same inputs are played with both models. The pack makes
 * templates three times as costly and disables short-reply.
 * tests/packs/weights-unknown loads too, but names a rule the model lacks:
 * applying it fails, located in its pack.json, and changes nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "score_internal.h" /* judging: white-box */
#include "score_support.h"
#include "svara/debrief.h"
#include "svara/pack.h"
#include "svara/score.h"

static sv_ScoreModel *M; /* the default model */

static int setup(void **state)
{
    (void)state;
    t_fs_init();
    M = t_score_file("assets/scoring/default.json");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    sv_score_free(M);
    sv_fs_free();
    return 0;
}

/* Plays the pack's scenario: option `option` of first-reply at 20 s, then to the end. */
static void play(const sv_Scenario *sc, const sv_ScoreModel *m, const char *option, sv_Session *s)
{
    int32_t d = sv_scenario_find_decision(sc, "first-reply");
    int32_t o = sv_scenario_find_option(sc, option);
    assert_true(d >= 0 && o >= 0);
    assert_int_equal(sv_session_init(s, sc, 1), SV_OK);
    assert_int_equal(sv_session_set_model(s, m, SV_LANG_EN), SV_OK);
    sv_session_advance(s, 20000);
    sv_Input in = {.kind = SV_INPUT_CHOOSE, .decision = d, .option = o};
    assert_int_equal(sv_session_apply(s, &in), SV_INPUT_OK);
    sv_session_run_out(s);
    assert_true(s->ended);
}

/* The firing of `rule` (by id) in a run, or NULL; *count how often it fired. */
static const sv_Firing *find_firing(const sv_Session *s, const char *rule, int *count)
{
    int32_t r = sv_score_find_rule(s->score->model, rule);
    assert_true(r >= 0);
    const sv_Firing *first = NULL;
    *count = 0;
    for (size_t i = 0; i < s->score->firing_count; i++) {
        if (s->score->firings[i].rule != r) continue;
        if (!first) first = &s->score->firings[i];
        (*count)++;
    }
    return first;
}

static int64_t run_figure(const sv_Session *s)
{
    const int64_t zero[SV_METER_COUNT] = {0};
    return sv_score_figure_hundredths(
        sv_score_figure(s->sc->meters_initial, zero, s->meters, s->meter_frac));
}

static void test_pack_weights_end_to_end(void **state)
{
    (void)state;
    sv_Pack *pack = t_load_pack("tests/packs/weights", "weights");
    assert_int_equal(pack->score_weight_count, 1);
    assert_int_equal(pack->score_disable_count, 1);
    sv_ScoreModel *m = sv_score_clone(M);
    assert_non_null(m);
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Status st = sv_score_apply_pack(m, pack, &d);
    t_print_diags(&d);
    assert_int_equal(st, SV_OK);
    assert_int_equal(d.count, 0);
    sv_diag_free(&d);
    int32_t tmpl = sv_score_find_rule(m, "template-reply");
    int32_t brief = sv_score_find_rule(m, "short-reply");
    assert_int_equal(m->rules[tmpl].weight, 300);
    assert_true(m->rules[brief].disabled);
    /* the shared default model is untouched */
    assert_int_equal(M->rules[tmpl].weight, 100);
    assert_false(M->rules[brief].disabled);

    const sv_Scenario *sc = &pack->scenarios[sv_pack_find_scenario(pack, "canned")];
    sv_Session plain, weighed;
    play(sc, M, "o-template", &plain);
    play(sc, m, "o-template", &weighed);
    int n_plain, n_weighed;
    const sv_Firing *a = find_firing(&plain, "template-reply", &n_plain);
    const sv_Firing *b = find_firing(&weighed, "template-reply", &n_weighed);
    assert_int_equal(n_plain, 1);
    assert_int_equal(n_weighed, 1);
    /* three times the raw penalty, exactly, on every meter it touches */
    bool any = false;
    for (int k = 0; k < SV_METER_COUNT; k++) {
        print_message("  template-reply %-10s default %lld, pack %lld (raw units)\n",
                      sv_meter_name((sv_Meter)k), (long long)a->raw[k], (long long)b->raw[k]);
        assert_int_equal(b->raw[k], 3 * a->raw[k]);
        any = any || a->raw[k] != 0;
    }
    assert_true(any);
    /* the rule's own effect, once with the default model and three times with the pack's */
    int32_t effect = M->rules[tmpl].effects[SV_METER_REPUTATION];
    assert_true(effect < 0);
    assert_int_equal(sv_score_tenths(a->raw[SV_METER_REPUTATION]), effect);
    assert_int_equal(sv_score_tenths(b->raw[SV_METER_REPUTATION]), 3 * effect);
    assert_true(b->applied[SV_METER_REPUTATION] < a->applied[SV_METER_REPUTATION]);
    /* short-reply fires with the default model, never with the pack's */
    find_firing(&plain, "short-reply", &n_plain);
    find_firing(&weighed, "short-reply", &n_weighed);
    assert_int_equal(n_plain, 1);
    assert_int_equal(n_weighed, 0);
    int64_t fp = run_figure(&plain), fw = run_figure(&weighed);
    print_message("  o-template: %lld hundredths with the default model, %lld with the pack's\n",
                  (long long)fp, (long long)fw);
    assert_true(fw < fp);
    /* the debrief shows the pack's weights too */
    sv_Debrief db;
    assert_int_equal(sv_debrief_build(&weighed, m, SV_LANG_EN, &db), SV_OK);
    bool seen = false;
    for (size_t i = 0; i < db.hit_count; i++) {
        if (db.hits[i].rule == tmpl) {
            assert_int_equal(db.hits[i].raw[SV_METER_REPUTATION], 3 * effect);
            seen = true;
        }
        assert_int_not_equal(db.hits[i].rule, brief);
    }
    assert_true(seen);
    sv_debrief_free(&db);
    sv_session_free(&plain);
    sv_session_free(&weighed);

    /* a short personal reply: rewarded by short-reply only with the default model */
    play(sc, M, "o-personal", &plain);
    play(sc, m, "o-personal", &weighed);
    find_firing(&plain, "short-reply", &n_plain);
    find_firing(&weighed, "short-reply", &n_weighed);
    assert_int_equal(n_plain, 1);
    assert_int_equal(n_weighed, 0);
    find_firing(&weighed, "template-reply", &n_weighed);
    assert_int_equal(n_weighed, 0);
    assert_true(run_figure(&weighed) < run_figure(&plain));
    sv_session_free(&plain);
    sv_session_free(&weighed);
    sv_score_free(m);
    sv_pack_unload(pack);
}

static void test_pack_weights_unknown_rule(void **state)
{
    (void)state;
    /* the pack itself is fine: only the model can tell the rule does not exist */
    sv_Pack *pack = t_load_pack("tests/packs/weights-unknown", "weights-unknown");
    sv_ScoreModel *m = sv_score_clone(M);
    assert_non_null(m);
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_score_apply_pack(m, pack, &d), SV_ERR_INVALID);
    t_print_diags(&d);
    assert_int_equal(d.errors, 1);
    const sv_Diag *g = &d.items[0];
    assert_string_equal(g->file, "weights-unknown/pack.json");
    assert_string_equal(g->pointer, "/scoring/weights/templates-reply");
    /* line 12 of pack.json; column 57 is the misspelt entry's value */
    assert_int_equal(g->line, 12);
    assert_int_equal(g->column, 57);
    assert_non_null(strstr(g->message, "no rule 'templates-reply'"));
    /* all or nothing: the good entries were not applied either */
    assert_int_equal(m->rules[sv_score_find_rule(m, "template-reply")].weight, 100);
    assert_false(m->rules[sv_score_find_rule(m, "short-reply")].disabled);
    sv_diag_free(&d);
    sv_score_free(m);
    sv_pack_unload(pack);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pack_weights_end_to_end),
        cmocka_unit_test(test_pack_weights_unknown_rule),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
