/* Learner profiles (svara/profile.h): names and folder names, a run taken
 * from a finished session, skills by principle with newer runs counting
 * more, the best run of a scenario, the scenarios started and not finished,
 * profile.json written and read back, and
 * a broken profile.json reported with line and column and never half-read. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "svara/debrief.h"
#include "svara/pack.h"
#include "svara/profile.h"

static void test_names(void **state)
{
    (void)state;
    const char *why;
    assert_true(sv_profile_name_ok("Åsa Öberg", &why));
    assert_true(sv_profile_name_ok("Kim", NULL));
    assert_false(sv_profile_name_ok("", &why));
    assert_string_equal(why, "the name is empty");
    assert_false(sv_profile_name_ok("   ", &why));
    assert_string_equal(why, "the name is only spaces");
    assert_false(sv_profile_name_ok("a\tb", &why));
    assert_string_equal(why, "the name holds a control character");
    assert_false(sv_profile_name_ok("\xC3\x28", &why));
    assert_string_equal(why, "the name is not valid UTF-8");
    char longer[64];
    memset(longer, 'x', sizeof longer - 1);
    longer[sizeof longer - 1] = '\0';
    assert_false(sv_profile_name_ok(longer, &why));

    char slug[SV_MAX_ID_BYTES + 1];
    sv_profile_slug("Åsa Öberg", slug, sizeof slug);
    assert_string_equal(slug, "asa-oberg");
    sv_profile_slug("  Team 3 -- Ærø! ", slug, sizeof slug);
    assert_string_equal(slug, "team-3-aero");
    sv_profile_slug("日本", slug, sizeof slug);
    assert_string_equal(slug, "profile");
    char tiny[5];
    sv_profile_slug("ab cd ef", tiny, sizeof tiny);
    assert_string_equal(tiny, "ab-c");
}

static void test_grades(void **state)
{
    (void)state;
    int32_t m[SV_METER_COUNT] = {0};
    m[SV_METER_REPUTATION] = 1000; /* tenths: 100 points */
    m[SV_METER_SENTIMENT] = 1000;
    m[SV_METER_MOOD] = 1000;
    assert_int_equal(sv_grade_score(m), 100);
    assert_int_equal(sv_grade_letter(100), 'A');
    m[SV_METER_REPUTATION] = 600; /* (1200 + 600 + 600) / 40 = 60 */
    m[SV_METER_SENTIMENT] = 600;
    m[SV_METER_MOOD] = 600;
    assert_int_equal(sv_grade_score(m), 60);
    assert_int_equal(sv_grade_letter(60), 'B');
    assert_int_equal(sv_grade_letter(59), 'C');
    assert_int_equal(sv_grade_letter(40), 'D');
    assert_int_equal(sv_grade_letter(39), 'E');
    m[SV_METER_REPUTATION] = -5000;
    assert_int_equal(sv_grade_score(m), 0);
}

static sv_ProfileRun *add(sv_Profile *p, const char *scenario, int32_t score, int64_t at)
{
    /* what sv_profile_add_run fills, without a session */
    if (p->run_count == p->run_cap) {
        p->run_cap = p->run_cap ? p->run_cap * 2 : 4;
        p->runs = realloc(p->runs, p->run_cap * sizeof *p->runs);
        assert_non_null(p->runs);
    }
    sv_ProfileRun *r = &p->runs[p->run_count++];
    memset(r, 0, sizeof *r);
    snprintf(r->pack, sizeof r->pack, "core");
    snprintf(r->scenario, sizeof r->scenario, "%s", scenario);
    r->score = score;
    r->grade = sv_grade_letter(score);
    r->ended = at;
    return r;
}

/* Newer runs count more: a principle broken long ago and followed lately is
 * mostly learnt, and the other way round mostly not. */
static void test_skills_by_recency(void **state)
{
    (void)state;
    sv_Profile p;
    sv_profile_init(&p, "Kim", 100);
    sv_Skill sk[SV_PRINCIPLE_COUNT];
    sv_profile_skills(&p, SIZE_MAX, sk);
    assert_int_equal(sk[SV_PRINCIPLE_FAST].level, -1);

    add(&p, "a", 30, 200)->broken[SV_PRINCIPLE_FAST] = 2;
    add(&p, "b", 80, 300)->followed[SV_PRINCIPLE_FAST] = 2;
    add(&p, "c", 50, 400)->followed[SV_PRINCIPLE_PRO] = 1;
    p.runs[0].followed[SV_PRINCIPLE_PRO] = 1;
    p.runs[1].broken[SV_PRINCIPLE_PRO] = 1;
    sv_profile_skills(&p, SIZE_MAX, sk);
    /* FAST: broken 2 at weight 0.7225, followed 2 at 0.85: 0.85 / 1.5725 */
    assert_int_equal(sk[SV_PRINCIPLE_FAST].followed, 2);
    assert_int_equal(sk[SV_PRINCIPLE_FAST].broken, 2);
    assert_int_equal(sk[SV_PRINCIPLE_FAST].runs, 2);
    assert_int_equal(sk[SV_PRINCIPLE_FAST].level, 54);
    /* the other way round gives less than half */
    sv_Profile q;
    sv_profile_init(&q, "Lo", 100);
    add(&q, "a", 30, 200)->followed[SV_PRINCIPLE_FAST] = 2;
    add(&q, "b", 30, 300)->broken[SV_PRINCIPLE_FAST] = 2;
    sv_Skill qk[SV_PRINCIPLE_COUNT];
    sv_profile_skills(&q, SIZE_MAX, qk);
    assert_true(qk[SV_PRINCIPLE_FAST].level < 50 && sk[SV_PRINCIPLE_FAST].level > 50);
    /* what the last run changed: the skills before it */
    sv_Skill before[SV_PRINCIPLE_COUNT];
    sv_profile_skills(&p, 2, before);
    assert_int_equal(before[SV_PRINCIPLE_PRO].level, 46); /* 850 / (850 + 1000) */
    assert_true(sk[SV_PRINCIPLE_PRO].level > before[SV_PRINCIPLE_PRO].level);
    assert_int_equal(sk[SV_PRINCIPLE_TROLL].level, -1);

    /* the best run of a scenario: highest score, the later on a tie */
    add(&p, "a", 30, 500);
    add(&p, "a", 10, 600);
    const sv_ProfileRun *best = sv_profile_best(&p, "core", "a");
    assert_non_null(best);
    assert_int_equal(best->ended, 500);
    assert_null(sv_profile_best(&p, "core", "zzz"));
    assert_null(sv_profile_best(&p, "other", "a"));
    sv_profile_free(&p);
    sv_profile_free(&q);
}

/* The path's next step: the first one without a finished run, whatever the
 * grade; none when the pack has no path or every step is done. */
static void test_next_step(void **state)
{
    (void)state;
    sv_PackStep steps[3] = {{.scenario_id = "a"}, {.scenario_id = "b"}, {.scenario_id = "c"}};
    sv_Pack pack = {.id = "core", .path = steps, .path_count = 3};
    sv_Profile p;
    sv_profile_init(&p, "Kim", 100);
    assert_int_equal(sv_profile_next_step(NULL, &pack), 0);
    assert_int_equal(sv_profile_next_step(&p, &pack), 0);
    add(&p, "a", 20, 200); /* an E still finishes the step */
    assert_int_equal(sv_profile_next_step(&p, &pack), 1);
    add(&p, "c", 80, 300); /* played out of order: b is still next */
    assert_int_equal(sv_profile_next_step(&p, &pack), 1);
    snprintf(add(&p, "b", 70, 400)->pack, sizeof p.runs[0].pack, "other"); /* another pack's b */
    assert_int_equal(sv_profile_next_step(&p, &pack), 1);
    add(&p, "b", 70, 500);
    assert_int_equal(sv_profile_next_step(&p, &pack), -1);
    pack.path_count = 0;
    assert_int_equal(sv_profile_next_step(&p, &pack), -1);
    sv_profile_free(&p);
}

static void test_round_trip(void **state)
{
    (void)state;
    sv_Profile p;
    sv_profile_init(&p, "Åsa Öberg", 1764840000);
    p.tutorial_done = true;
    sv_ProfileRun *r = add(&p, "train", 64, 1764843600);
    snprintf(r->version, sizeof r->version, "1.2.0");
    snprintf(r->ending, sizeof r->ending, "calm-evening");
    r->seed = 4294967295u;
    r->followed[SV_PRINCIPLE_NO_IRONY] = 3;
    r->broken[SV_PRINCIPLE_FAST] = 65535;
    size_t len = 0;
    char *text = sv_profile_write(&p, &len);
    assert_non_null(text);
    assert_int_equal(strlen(text), len);
    sv_Profile back;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_profile_parse("profile.json", text, len, &back, &d), SV_OK);
    assert_int_equal(d.count, 0);
    assert_string_equal(back.name, "Åsa Öberg");
    assert_int_equal(back.created, 1764840000);
    assert_true(back.tutorial_done);
    assert_int_equal(back.run_count, 1);
    assert_memory_equal(&back.runs[0], &p.runs[0], sizeof back.runs[0]);
    char *again = sv_profile_write(&back, NULL);
    assert_string_equal(text, again);
    free(text);
    free(again);
    sv_profile_free(&back);
    sv_profile_free(&p);
    sv_diag_free(&d);
}

/* Scenarios started and not finished: listed once each, the oldest
 * forgotten past the limit, written only when there are some (a profile
 * without any is written as before), read back in order. */
static void test_started(void **state)
{
    (void)state;
    sv_Profile p;
    sv_profile_init(&p, "Kim", 1764840000);
    char *before = sv_profile_write(&p, NULL);
    assert_non_null(before);
    assert_null(strstr(before, "started"));
    free(before);
    assert_false(sv_profile_started(&p, "core", "praise"));
    assert_true(sv_profile_mark_started(&p, "core", "praise"));
    assert_false(sv_profile_mark_started(&p, "core", "praise")); /* listed already */
    assert_true(sv_profile_started(&p, "core", "praise"));
    assert_false(sv_profile_started(&p, "core", "train"));
    assert_false(sv_profile_mark_started(&p, "core", ""));
    char id[SV_MAX_ID_BYTES + 2];
    memset(id, 'a', sizeof id - 1);
    id[sizeof id - 1] = '\0';
    assert_false(sv_profile_mark_started(&p, "core", id)); /* one byte too long */
    for (unsigned i = 0; i < SV_PROFILE_MAX_STARTED; i++) {
        char sc[16];
        snprintf(sc, sizeof sc, "s%u", i);
        assert_true(sv_profile_mark_started(&p, "other", sc));
    }
    assert_int_equal(p.started_count, SV_PROFILE_MAX_STARTED);
    assert_false(sv_profile_started(&p, "core", "praise")); /* the oldest went */
    assert_true(sv_profile_started(&p, "other", "s0"));
    size_t len = 0;
    char *text = sv_profile_write(&p, &len);
    assert_non_null(text);
    sv_Profile back;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_profile_parse("profile.json", text, len, &back, &d), SV_OK);
    assert_int_equal(d.count, 0);
    assert_int_equal(back.started_count, SV_PROFILE_MAX_STARTED);
    assert_string_equal(back.started[0].scenario, "s0");
    assert_string_equal(back.started[SV_PROFILE_MAX_STARTED - 1].scenario, "s63");
    char *again = sv_profile_write(&back, NULL);
    assert_string_equal(text, again);
    free(again);
    free(text);
    sv_profile_free(&back);
    sv_profile_free(&p);
    sv_diag_free(&d);
}

/* Each broken profile gives one located error naming what is wrong, and
 * leaves nothing half-read. */
static void test_broken(void **state)
{
    (void)state;
    static const struct {
        const char *json;
        int line, column;
        const char *message;
    } cases[] = {
        {"{\"format\": 1, \"name\": \"Kim\", \"runs\": [\n {\"pack\": \"core\", \"scenario\": "
         "\"a\", \"ended\": 5, \"score\": 101}]}",
         2, 57, "must be between 0 and 100, not 101"},
        {"{\"format\": 1, \"name\": \"Kim\", \"colour\": 3}", 1, 40,
         "unknown key 'colour'; the keys here are format, name, created, tutorial_done, runs, "
         "assessments, started (a key starting with '_' is a note and is ignored)"},
        {"{\"format\": 2, \"name\": \"Kim\"}", 1, 12,
         "format 2 is not supported; this version of Svara reads format 1"},
        {"{\"format\": 1}", 1, 1, "missing required key 'name'"},
        {"{\"format\": 1, \"name\": \"Kim\", \"runs\": [{\"pack\": \"core\", \"scenario\": \"a\", "
         "\"ended\": 5, \"score\": 50, \"followed\": {\"SPEED\": 1}}]}",
         1, 120,
         "unknown principle 'SPEED'; it is one of ORDER, APOLOGY-EXPLAIN-COMPENSATE, CONTACT, "
         "FAST, "
         "ALWAYS, EMPATHY, PUBLIC, TWICE, SWITCH, PRO, FACTUAL, NO-IRONY, ACCOMMODATE, SHORT, "
         "THANK, HONEST, LISTEN, ASK, FIX, EXTRA-MILE, POLICY, MONITOR, TEAM, TROLL, "
         "ONSTAGE-OFFSTAGE"},
        {"{\"format\": 1, \"name\": \"\\t\"}", 1, 23, "the name holds a control character"},
        {"[1, 2]", 1, 1, "a profile must be an object {...}, not an array"},
        {"{\"format\": 1, \"name\": \"Kim\", \"tutorial_done\": \"yes\"}", 1, 47,
         "must be true or false, not a string"},
        {"{\"format\": 1, \"name\": \"Kim\", \"started\": {}}", 1, 41,
         "'started' must be an array [...], not an object"},
        {"{\"format\": 1, \"name\": \"Kim\", \"started\": [\n {\"pack\": \"core\"}]}", 2, 2,
         "missing required key 'scenario'"},
        {"{\"format\": 1, \"name\": \"Kim\", \"started\": [\"core/praise\"]}", 1, 42,
         "a started scenario ({\"pack\", \"scenario\"}) must be an object {...}, not a string"},
        {"{\"format\": 1, \"name\": \"Kim\", \"started\": [{\"pack\": \"core\", \"scenario\": "
         "\"a\"},\n {\"pack\": \"core\", \"scenario\": \"a\"}]}",
         2, 2, "core/a is listed twice (first at /started/0)"},
    };
    bool failed = false;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sv_Profile p;
        sv_DiagList d;
        sv_diag_init(&d);
        sv_Status st = sv_profile_parse("p.json", cases[i].json, strlen(cases[i].json), &p, &d);
        if (st == SV_OK || d.count != 1 || strcmp(d.items[0].message, cases[i].message) != 0 ||
            d.items[0].line != cases[i].line || d.items[0].column != cases[i].column) {
            print_error("case %zu: status %d, %zu diagnostic(s)\n", i, (int)st, d.count);
            for (size_t k = 0; k < d.count; k++)
                print_error("  %d:%d %s: %s\n", d.items[k].line, d.items[k].column,
                            d.items[k].pointer, d.items[k].message);
            failed = true;
        }
        assert_int_equal(p.run_count, 0);
        assert_null(p.runs);
        sv_diag_free(&d);
    }
    assert_false(failed);
    /* not JSON at all: the JSON checks' own message, located */
    sv_Profile p;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_not_equal(sv_profile_parse("p.json", "{\"name\": ", 9, &p, &d), SV_OK);
    assert_true(d.count >= 1 && d.items[0].line == 1);
    sv_diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_grades),
        cmocka_unit_test(test_skills_by_recency),
        cmocka_unit_test(test_next_step),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_started),
        cmocka_unit_test(test_broken),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
