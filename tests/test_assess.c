/* The pre- and post-test (svara/assess.h) on tests/packs/assess, a pack with
 * a path of two scenarios and a pool of 20 one-decision situations: the
 * seeded draw of unseen situations, an answer's points from the debrief's
 * ranking of the options, a test kept in the profile and refused twice, the
 * gain, which test is due, profile.json with and without assessments, and the
 * certificate's HTML (escaped, self-contained, with grades, skills and gain). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "score_support.h"
#include "svara/assess.h"
#include "svara/certificate.h"
#include "svara/debrief.h"
#include "svara/pack.h"
#include "svara/principles.h"
#include "svara/run.h"

static sv_ScoreModel *M;
static sv_Pack *P;

static int setup(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_true(sv_fs_init(NULL, &d));
    const char *paths[] = {"tests/packs/assess"};
    sv_Status st = sv_pack_load(paths, 1, NULL, &P, &d);
    t_print_diags(&d);
    assert_int_equal(st, SV_OK);
    sv_diag_free(&d);
    M = t_score_file("assets/scoring/default.json");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    sv_score_free(M);
    sv_pack_unload(P);
    sv_fs_free();
    return 0;
}

/* The global index of a situation's option by id. */
static int32_t option_of(int32_t item, const char *id)
{
    const sv_Scenario *sc = &P->assessment[item];
    const sv_Decision *d = &sc->decisions[0];
    for (uint32_t i = 0; i < d->options.count; i++)
        if (strcmp(sc->options[d->options.start + i].id, id) == 0)
            return (int32_t)(d->options.start + i);
    fail_msg("%s has no option %s", sc->id, id);
    return -1;
}

static void parse_profile(const char *json, sv_Profile *p)
{
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Status st = sv_profile_parse("profile.json", json, strlen(json), p, &d);
    t_print_diags(&d);
    assert_int_equal(st, SV_OK);
    sv_diag_free(&d);
}

static void test_pool_loads(void **state)
{
    (void)state;
    assert_int_equal(P->assessment_count, 20);
    assert_int_equal(P->assessment_file_count, 20);
    assert_int_equal(sv_pack_find_assessment(P, "a07"), 6);
    assert_int_equal(sv_pack_find_assessment(P, "first"), -1); /* a scenario, not a situation */
    assert_int_equal(sv_pack_find_scenario(P, "a07"), -1);
}

static bool same_items(const int32_t *a, const int32_t *b, size_t n)
{
    return memcmp(a, b, n * sizeof *a) == 0;
}

static void test_draw(void **state)
{
    (void)state;
    sv_Profile p, q;
    sv_profile_init(&p, "Kim", 1796371200);
    sv_profile_init(&q, "Kim", 1796371201);
    int32_t a[SV_ASSESS_ITEMS], b[SV_ASSESS_ITEMS], c[SV_ASSESS_ITEMS];
    assert_int_equal(sv_assess_draw(P, &p, SV_ASSESS_PRE, SV_ASSESS_ITEMS, a), SV_ASSESS_ITEMS);
    assert_int_equal(sv_assess_draw(P, &p, SV_ASSESS_PRE, SV_ASSESS_ITEMS, b), SV_ASSESS_ITEMS);
    assert_true(same_items(a, b, SV_ASSESS_ITEMS)); /* asked again: the same test */
    (void)sv_assess_draw(P, &q, SV_ASSESS_PRE, SV_ASSESS_ITEMS, c);
    assert_false(same_items(a, c, SV_ASSESS_ITEMS)); /* another learner: another test */
    (void)sv_assess_draw(P, &p, SV_ASSESS_POST, SV_ASSESS_ITEMS, c);
    assert_false(same_items(a, c, SV_ASSESS_ITEMS));
    for (size_t i = 0; i < SV_ASSESS_ITEMS; i++)
        for (size_t k = 0; k < i; k++) assert_int_not_equal(a[i], a[k]);

    /* the pre-test taken: the post-test gives none of its situations */
    int32_t opts[SV_ASSESS_ITEMS];
    for (size_t i = 0; i < SV_ASSESS_ITEMS; i++) opts[i] = option_of(a[i], "o-dm");
    assert_int_equal(sv_assess_take(&p, P, M, SV_ASSESS_PRE, 1796371300, a, opts, 10, NULL), SV_OK);
    assert_int_equal(sv_assess_draw(P, &p, SV_ASSESS_POST, SV_ASSESS_ITEMS, c), SV_ASSESS_ITEMS);
    for (size_t i = 0; i < SV_ASSESS_ITEMS; i++) {
        assert_false(sv_assess_seen(&p, "assess", P->assessment[c[i]].id));
        for (size_t k = 0; k < SV_ASSESS_ITEMS; k++) assert_int_not_equal(c[i], a[k]);
    }
    for (size_t i = 0; i < SV_ASSESS_ITEMS; i++) opts[i] = option_of(c[i], "o-own-it");
    assert_int_equal(sv_assess_take(&p, P, M, SV_ASSESS_POST, 1796371400, c, opts, 10, NULL),
                     SV_OK);
    /* all 20 given: nothing is left to draw */
    assert_int_equal(sv_assess_draw(P, &p, SV_ASSESS_PRE, SV_ASSESS_ITEMS, b), 0);
    sv_profile_free(&p);
    sv_profile_free(&q);
}

/* The points follow the model's ranking: the debrief's best option scores 100
 * and is the top pick, silence 0, the direct message in between. */
static void test_points(void **state)
{
    (void)state;
    for (int32_t item = 0; item < (int32_t)P->assessment_count; item++) {
        sv_AssessScore good, dm, quiet;
        assert_int_equal(sv_assess_score(P, item, M, option_of(item, "o-own-it"), &good), SV_OK);
        assert_int_equal(sv_assess_score(P, item, M, option_of(item, "o-dm"), &dm), SV_OK);
        assert_int_equal(sv_assess_score(P, item, M, option_of(item, "o-ignore"), &quiet), SV_OK);
        assert_int_equal(good.points, 100);
        assert_true(good.top);
        assert_int_equal(quiet.points, 0);
        assert_false(quiet.top);
        assert_true(dm.points > 0 && dm.points < 100);
        assert_false(dm.top);
        assert_true(good.best > good.worst);
        assert_true(dm.value > dm.worst && dm.value < dm.best);
        assert_int_equal(good.best_option, option_of(item, "o-own-it"));
        /* the same ranking as the debrief of the same run */
        sv_Run run;
        sv_DiagList d;
        sv_diag_init(&d);
        sv_RunSetup setup = {.pack = P,
                             .sc = &P->assessment[item],
                             .base = M,
                             .seed = SV_ASSESS_SEED,
                             .lang = SV_LANG_EN};
        assert_int_equal(sv_run_start(&run, &setup, &d), SV_OK);
        while (run.s.decision_state[0] != SV_DEC_OPEN) {
            uint32_t due;
            assert_true(sv_session_next_due(&run.s, &due));
            sv_session_advance(&run.s, due);
        }
        sv_Input in = {.kind = SV_INPUT_CHOOSE, .option = option_of(item, "o-dm")};
        assert_int_equal(sv_run_apply(&run, &in), SV_INPUT_OK);
        sv_session_run_out(&run.s);
        sv_Debrief db;
        assert_int_equal(sv_debrief_build(&run.s, run.model, SV_LANG_EN, &db), SV_OK);
        assert_int_equal(db.decisions[0].best_option.option, good.best_option);
        assert_int_equal(db.decisions[0].played.figure, sv_score_value_hundredths(dm.value));
        sv_debrief_free(&db);
        sv_run_stop(&run);
        sv_diag_free(&d);
    }
    sv_AssessScore s;
    int32_t beyond = (int32_t)P->assessment[0].option_count; /* no option of a01's decision */
    assert_int_equal(sv_assess_score(P, 0, M, beyond, &s), SV_ERR_INVALID);
    assert_int_equal(sv_assess_score(P, 99, M, 0, &s), SV_ERR_INVALID);
}

static void test_take_and_gain(void **state)
{
    (void)state;
    sv_Profile p;
    sv_profile_init(&p, "Kim", 1796371200);
    int32_t items[3] = {0, 1, 2}, opts[3];
    opts[0] = option_of(0, "o-own-it"); /* 100 */
    opts[1] = option_of(1, "o-ignore"); /* 0 */
    opts[2] = option_of(2, "o-own-it"); /* 100 */
    sv_ProfileAssessment rec;
    int32_t gain = 99;
    assert_false(sv_profile_gain(&p, "assess", &gain));
    assert_int_equal(gain, 0);
    assert_int_equal(sv_assess_take(&p, P, M, SV_ASSESS_PRE, 1796371300, items, opts, 3, &rec),
                     SV_OK);
    assert_int_equal(rec.score, 67); /* (100 + 0 + 100) / 3, rounded */
    assert_int_equal(rec.item_count, 3);
    assert_string_equal(rec.items[1].scenario, "a02");
    assert_string_equal(rec.items[1].option, "o-ignore");
    assert_int_equal(rec.items[1].points, 0);
    assert_true(rec.items[0].top);
    assert_false(rec.items[1].top);
    /* taken already; a situation given before; one twice in a test; none at all */
    assert_int_equal(sv_assess_take(&p, P, M, SV_ASSESS_PRE, 1, items, opts, 3, NULL),
                     SV_ERR_INVALID);
    assert_int_equal(sv_assess_take(&p, P, M, SV_ASSESS_POST, 1, items, opts, 1, NULL),
                     SV_ERR_INVALID);
    int32_t twice[2] = {5, 5}, two[2] = {option_of(5, "o-dm"), option_of(5, "o-dm")};
    assert_int_equal(sv_assess_take(&p, P, M, SV_ASSESS_POST, 1, twice, two, 2, NULL),
                     SV_ERR_INVALID);
    assert_int_equal(sv_assess_take(&p, P, M, SV_ASSESS_POST, 1, twice, two, 0, NULL),
                     SV_ERR_INVALID);
    assert_int_equal(p.assessment_count, 1);
    int32_t later[2] = {7, 8}, good[2] = {option_of(7, "o-own-it"), option_of(8, "o-own-it")};
    assert_int_equal(sv_assess_take(&p, P, M, SV_ASSESS_POST, 1796999999, later, good, 2, NULL),
                     SV_OK);
    assert_true(sv_profile_gain(&p, "assess", &gain));
    assert_int_equal(gain, 100 - 67);
    assert_false(sv_profile_gain(&p, "other", &gain));

    /* written and read back whole */
    size_t len;
    char *text = sv_profile_write(&p, &len);
    assert_non_null(text);
    sv_Profile back;
    parse_profile(text, &back);
    assert_int_equal(back.assessment_count, 2);
    assert_memory_equal(back.assessments, p.assessments, 2 * sizeof *p.assessments);
    free(text);
    sv_profile_free(&back);
    sv_profile_free(&p);
}

static void test_profile_json(void **state)
{
    (void)state;
    /* a profile from before assessments: loads, and is written as it was */
    const char *old = "{\n\t\"format\":\t1,\n\t\"name\":\t\"Kim\",\n\t\"created\":\t1,\n"
                      "\t\"tutorial_done\":\tfalse,\n\t\"runs\":\t[]\n}\n";
    sv_Profile p;
    parse_profile(old, &p);
    assert_int_equal(p.assessment_count, 0);
    char *text = sv_profile_write(&p, NULL);
    assert_string_equal(text, old);
    free(text);
    sv_profile_free(&p);

    static const struct {
        const char *json, *want;
    } bad[] = {
        {"{\"format\": 1, \"name\": \"Kim\", \"assessments\": [{\"pack\": \"a\", \"kind\": "
         "\"mid\", \"at\": 1, \"score\": 1, \"items\": []}]}",
         "1:68: error: /assessments/0/kind: unknown kind of test 'mid'; it is one of pre, post"},
        {"{\"format\": 1, \"name\": \"Kim\", \"assessments\": [{\"pack\": \"a\", \"kind\": "
         "\"pre\", \"at\": 1, \"score\": 1, \"items\": [{\"scenario\": \"x\", \"option\": \"o\", "
         "\"points\": 101, \"top\": true}]}]}",
         "/assessments/0/items/0/points: must be between 0 and 100, not 101"},
        {"{\"format\": 1, \"name\": \"Kim\", \"assessments\": [{\"pack\": \"a\", \"kind\": "
         "\"pre\", \"at\": 1, \"score\": 1, \"items\": []}, {\"pack\": \"a\", \"kind\": "
         "\"pre\", \"at\": 2, \"score\": 1, \"items\": []}]}",
         "/assessments/1: a second pre-test for pack 'a' (the first is /assessments/0)"},
        {"{\"format\": 1, \"name\": \"Kim\", \"assessments\": {}}",
         "/assessments: 'assessments' must be an array [...], not an object"},
        {"{\"format\": 1, \"name\": \"Kim\", \"assessments\": [{\"pack\": \"a\", \"kind\": "
         "\"pre\", \"at\": 1, \"score\": 1, \"items\": [], \"extra\": 1}]}",
         "/assessments/0/extra: unknown key 'extra'"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        sv_DiagList d;
        sv_diag_init(&d);
        assert_int_equal(sv_profile_parse("p.json", bad[i].json, strlen(bad[i].json), &p, &d),
                         SV_ERR_INVALID);
        bool found = false;
        for (size_t k = 0; k < d.count; k++) {
            char line[1024];
            sv_diag_format(&d.items[k], line, sizeof line);
            found = found || strstr(line, bad[i].want) != NULL;
        }
        if (!found) t_print_diags(&d);
        assert_true(found);
        assert_int_equal(p.assessment_count, 0); /* never half-read */
        sv_diag_free(&d);
    }
}

/* A profile with runs of the pack's scenarios, as profile.json has them. */
static const char *runs_json(bool both)
{
    static char buf[2048];
    snprintf(buf, sizeof buf,
             "{\"format\": 1, \"name\": \"Åsa <b>&amp; \\\"co\\\"</b>\", \"created\": 1796371200,"
             " \"runs\": [{\"pack\": \"assess\", \"scenario\": \"first\", \"ended\": 1796371500,"
             " \"score\": 64, \"followed\": {\"PUBLIC\": 3, \"EMPATHY\": 2}, \"broken\": "
             "{\"FAST\": 1}}%s]}",
             both ? ", {\"pack\": \"assess\", \"scenario\": \"second\", \"ended\": 1796457600,"
                    " \"score\": 81, \"followed\": {\"PUBLIC\": 2}},"
                    " {\"pack\": \"other\", \"scenario\": \"x\", \"ended\": 1796457601,"
                    " \"score\": 10, \"broken\": {\"ORDER\": 9}}"
                  : "");
    return buf;
}

static void test_due(void **state)
{
    (void)state;
    sv_Profile p;
    sv_profile_init(&p, "Kim", 1796371200);
    assert_int_equal(sv_assess_due(P, &p), SV_ASSESS_PRE); /* a new learner */
    sv_profile_free(&p);
    parse_profile(runs_json(false), &p);
    uint32_t done = 9, total = 9;
    assert_false(sv_assess_path_complete(P, &p, &done, &total));
    assert_int_equal(done, 1);
    assert_int_equal(total, 2);
    assert_int_equal(sv_assess_due(P, &p), -1); /* started the path: too late for a pre-test */
    sv_profile_free(&p);
    parse_profile(runs_json(true), &p);
    assert_true(sv_assess_path_complete(P, &p, NULL, NULL));
    assert_int_equal(sv_assess_due(P, &p), SV_ASSESS_POST);
    int32_t items[1] = {3}, opts[1] = {option_of(3, "o-own-it")};
    assert_int_equal(sv_assess_take(&p, P, M, SV_ASSESS_POST, 1796500000, items, opts, 1, NULL),
                     SV_OK);
    assert_int_equal(sv_assess_due(P, &p), -1);
    sv_profile_free(&p);
}

static void test_dates(void **state)
{
    (void)state;
    char buf[16];
    assert_string_equal(sv_date_text(0, buf, sizeof buf), "1970-01-01");
    assert_string_equal(sv_date_text(1796371200, buf, sizeof buf), "2026-12-04");
    assert_string_equal(sv_date_text(951782400, buf, sizeof buf), "2000-02-29");
    assert_string_equal(sv_date_text(4107542399, buf, sizeof buf), "2100-02-28");
    assert_string_equal(sv_date_text(-1, buf, sizeof buf), "1969-12-31");
}

static void load_principles(sv_Principles *pr)
{
    size_t len;
    char *bytes = t_read_file("assets/principles.json", &len);
    assert_non_null(bytes);
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_principles_parse("principles.json", bytes, len, pr, &d), SV_OK);
    sv_diag_free(&d);
    free(bytes);
}

static void test_certificate(void **state)
{
    (void)state;
    sv_Profile p;
    parse_profile(runs_json(true), &p);
    int32_t pre[2] = {0, 1}, pre_o[2] = {option_of(0, "o-dm"), option_of(1, "o-ignore")};
    int32_t post[2] = {2, 3}, post_o[2] = {option_of(2, "o-own-it"), option_of(3, "o-dm")};
    assert_int_equal(sv_assess_take(&p, P, M, SV_ASSESS_PRE, 1796371201, pre, pre_o, 2, NULL),
                     SV_OK);
    assert_int_equal(sv_assess_take(&p, P, M, SV_ASSESS_POST, 1796500000, post, post_o, 2, NULL),
                     SV_OK);
    int32_t gain;
    assert_true(sv_profile_gain(&p, "assess", &gain));
    sv_Principles pr;
    load_principles(&pr);
    sv_CertificateSetup c = {
        .profile = &p, .pack = P, .principles = &pr, .lang = SV_LANG_SV, .issued = 1796600000};
    size_t len = 0;
    char *html = sv_certificate_html(&c, &len);
    assert_non_null(html);
    assert_int_equal(strlen(html), len);
    /* the name escaped, never markup */
    assert_non_null(strstr(html, "Åsa &lt;b&gt;&amp;amp; &quot;co&quot;&lt;/b&gt;"));
    assert_null(strstr(html, "<b>&amp; \"co\""));
    /* the learner's language, the scenarios with their grades and dates */
    assert_non_null(strstr(html, "<html lang=\"sv\">"));
    assert_non_null(strstr(html, "Kursintyg"));
    assert_non_null(strstr(html, "First day</td><td class=\"grade\">B (64)</td><td>2026-12-04"));
    assert_non_null(strstr(html, "Second day</td><td class=\"grade\">A (81)</td><td>2026-12-05"));
    /* skills by theme in Swedish; the other pack's run is not the course's */
    assert_non_null(strstr(html, "Lyssna först"));
    assert_non_null(strstr(html, "data-principle=\"PUBLIC\""));
    const char *order = strstr(html, "data-principle=\"ORDER\"");
    assert_non_null(order);
    assert_non_null(strstr(order, "&#8211;</span>")); /* not practised in this course */
    char want[64];
    snprintf(want, sizeof want, "%+d poäng", gain);
    assert_non_null(strstr(html, want));
    assert_non_null(strstr(html, "@page { size: A4"));
    /* nothing from elsewhere */
    const char *external[] = {
        "http:", "https:", "src=", "href=", "url(", "@import", "<script", "<link"};
    for (size_t i = 0; i < sizeof external / sizeof external[0]; i++)
        if (strstr(html, external[i])) fail_msg("the page has '%s'", external[i]);
    free(html);

    /* no tests taken: said so, and no gain */
    sv_profile_free(&p);
    parse_profile(runs_json(true), &p);
    c.lang = SV_LANG_NB;
    html = sv_certificate_html(&c, NULL);
    assert_non_null(strstr(html, "ikke tatt"));
    assert_null(strstr(html, "id=\"gain\""));
    free(html);
    sv_principles_free(&pr);
    sv_profile_free(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pool_loads),   cmocka_unit_test(test_draw),
        cmocka_unit_test(test_points),       cmocka_unit_test(test_take_and_gain),
        cmocka_unit_test(test_profile_json), cmocka_unit_test(test_due),
        cmocka_unit_test(test_dates),        cmocka_unit_test(test_certificate),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
