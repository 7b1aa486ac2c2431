/* The situations, runs, what-ifs and checks shared by test_scoring_reads_a.c
 * and test_scoring_reads_b.c (see reads_support.h). Every check that fails
 * prints what it compared: both candidates' rules with their values, or every
 * firing of the run. */
#include "reads_support.h"

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

static sv_ScoreModel *M;

/* ---- the model ----------------------------------------------------------------------------------
 */

static void source_path(char *out, size_t size, const char *relative)
{
#ifdef SV_SOURCE_DIR
    snprintf(out, size, "%s/%s", SV_SOURCE_DIR, relative);
#else
    snprintf(out, size, "%s", relative);
#endif
}

int rd_setup(void **state)
{
    (void)state;
    const char *alt = getenv("SV_READS_MODEL");
    char path[1024];
    if (alt && *alt)
        snprintf(path, sizeof path, "%s", alt);
    else
        source_path(path, sizeof path, "assets/scoring/default.json");
    size_t len = 0;
    char *bytes = t_read_file(path, &len);
    if (!bytes) return -1;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Status st = sv_score_parse(path, bytes, len, &M, &d);
    t_print_diags(&d);
    sv_diag_free(&d);
    free(bytes);
    if (alt && *alt) print_message("scoring model: %s\n", path);
    return st == SV_OK ? 0 : -1;
}

int rd_teardown(void **state)
{
    (void)state;
    sv_score_free(M);
    M = NULL;
    return 0;
}

const sv_ScoreModel *rd_model(void) { return M; }

int32_t rd_rule(const char *id)
{
    int32_t i = sv_score_find_rule(M, id);
    if (i < 0) print_error("the model has no rule '%s'\n", id);
    assert_true(i >= 0);
    return i;
}

/* ---- situations
 * ----------------------------------------------------------------------------------- */

void rd_load(rd_Situation *sit, const char *name)
{
    char rel[256];
    snprintf(rel, sizeof rel, "tests/scoring/situations/%s.json", name);
    rd_load_file(sit, rel, name);
}

static void load_langs(rd_Situation *sit, const char *rel, const char *name, uint32_t langs,
                       bool warnings_ok)
{
    char path[1024];
    source_path(path, sizeof path, rel);
    size_t len = 0;
    char *bytes = t_read_file(path, &len);
    assert_non_null(bytes);
    memset(sit, 0, sizeof *sit);
    sit->name = name;
    sit->arena = sv_arena_create(0);
    assert_non_null(sit->arena);
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Status st = sv_scenario_parse(rel, bytes, len, langs, sit->arena, &sit->sc, &d);
    t_print_diags(&d);
    size_t problems = warnings_ok ? d.errors : d.count;
    sv_diag_free(&d);
    free(bytes);
    assert_int_equal(st, SV_OK);
    assert_int_equal(problems, 0);
}

void rd_load_langs(rd_Situation *sit, const char *rel, const char *name, uint32_t langs)
{
    load_langs(sit, rel, name, langs, true);
}

void rd_load_file(rd_Situation *sit, const char *rel, const char *name)
{
    load_langs(sit, rel, name, 1u << SV_LANG_EN, false);
}

void rd_load_pack_file(rd_Situation *sit, const char *folder, const char *name)
{
    char rel[256];
    snprintf(rel, sizeof rel, "%s/%s.json", folder, name);
    load_langs(sit, rel, name, SV_LANG_ALL, false);
}

void rd_load_in(rd_Situation *sit, const char *folder, const char *name)
{
    char rel[256];
    snprintf(rel, sizeof rel, "%s/%s.json", folder, name);
    rd_load_file(sit, rel, name);
}

void rd_unload(rd_Situation *sit)
{
    sv_arena_free(sit->arena);
    sit->arena = NULL;
}

static int32_t found(const rd_Situation *sit, const char *kind, const char *id, int32_t i)
{
    if (i < 0) print_error("%s: no %s '%s'\n", sit->name, kind, id);
    assert_true(i >= 0);
    return i;
}

int32_t rd_decision(const rd_Situation *sit, const char *id)
{
    return found(sit, "decision", id, sv_scenario_find_decision(&sit->sc, id));
}

int32_t rd_option(const rd_Situation *sit, const char *id)
{
    return found(sit, "option", id, sv_scenario_find_option(&sit->sc, id));
}

int32_t rd_part(const rd_Situation *sit, const char *id)
{
    return found(sit, "part", id, sv_scenario_find_part(&sit->sc, id));
}

int32_t rd_post(const rd_Situation *sit, const char *id)
{
    return found(sit, "post", id, sv_scenario_find_post(&sit->sc, id));
}

int32_t rd_fact(const rd_Situation *sit, const char *id)
{
    for (uint32_t f = 0; f < sit->sc.fact_count; f++)
        if (sit->sc.facts[f].id && strcmp(sit->sc.facts[f].id, id) == 0) return (int32_t)f;
    fail_msg("%s: no fact '%s'", sit->name, id);
    return -1;
}

void rd_untag(rd_Situation *sit, const char *option, sv_Tag tag)
{
    sv_Option *o = &sit->sc.options[rd_option(sit, option)];
    assert_true(o->tags >> tag & 1u); /* the pack tags it, as its words say */
    o->tags &= ~((sv_TagSet)1 << tag);
}

/* Part ids separated by spaces, as indices; returns how many. */
static uint8_t parse_parts(const rd_Situation *sit, const char *list, int32_t *out)
{
    uint8_t n = 0;
    for (const char *p = list; *p;) {
        size_t len = strcspn(p, " ");
        if (len) {
            char id[128];
            assert_true(len < sizeof id && n < SV_MAX_COMPOSE);
            memcpy(id, p, len);
            id[len] = '\0';
            out[n++] = rd_part(sit, id);
        }
        p += len + (p[len] == ' ');
    }
    return n;
}

/* ---- runs
 * -------------------------------------------------------------------------------------------- */

void rd_start(rd_Run *r, const rd_Situation *sit, const char *name)
{
    rd_start_lang(r, sit, name, SV_LANG_EN);
}

void rd_start_lang(rd_Run *r, const rd_Situation *sit, const char *name, sv_Lang lang)
{
    r->name = name;
    r->sit = sit;
    assert_int_equal(sv_session_init(&r->s, &sit->sc, 1), SV_OK);
    assert_int_equal(sv_session_set_model(&r->s, M, lang), SV_OK);
}

static void taken(const rd_Run *r, sv_InputResult res, const char *what, uint32_t t_s)
{
    if (res != SV_INPUT_OK)
        print_error("%s: %s at %u s: %s\n", r->name, what, t_s, sv_input_result_text(res));
    assert_int_equal(res, SV_INPUT_OK);
}

void rd_choose(rd_Run *r, uint32_t t_s, const char *decision, const char *option)
{
    sv_session_advance(&r->s, t_s * 1000u);
    sv_Input in = {.kind = SV_INPUT_CHOOSE,
                   .decision = rd_decision(r->sit, decision),
                   .option = rd_option(r->sit, option)};
    taken(r, sv_session_apply(&r->s, &in), option, t_s);
}

void rd_compose(rd_Run *r, uint32_t t_s, const char *decision, sv_Visibility vis, const char *parts)
{
    sv_session_advance(&r->s, t_s * 1000u);
    sv_Input in = {
        .kind = SV_INPUT_COMPOSE, .decision = rd_decision(r->sit, decision), .visibility = vis};
    in.part_count = parse_parts(r->sit, parts, in.parts);
    taken(r, sv_session_apply(&r->s, &in), parts, t_s);
}

void rd_run_out(rd_Run *r)
{
    sv_session_run_out(&r->s);
    assert_true(r->s.ended);
}

void rd_stop(rd_Run *r) { sv_session_free(&r->s); }

void rd_play_one(rd_Run *r, const rd_Situation *sit, const char *name, uint32_t t_s,
                 const char *decision, const char *option)
{
    rd_start(r, sit, name);
    rd_choose(r, t_s, decision, option);
}

/* ---- what if
 * ------------------------------------------------------------------------------------------ */

static void judge(const rd_Run *r, const char *decision, const sv_Candidate *c, rd_Judged *out)
{
    int32_t d = rd_decision(r->sit, decision);
    if (!r->s.score->notes[d].closed)
        print_error("%s: decision '%s' has not closed: answer it first\n", r->name, decision);
    assert_true(r->s.score->notes[d].closed);
    out->n = sv_score_whatif(&r->s, M, d, c, out->hits, RD_MAX_HITS);
    assert_true(out->n < RD_MAX_HITS);
    out->value = sv_score_value(out->hits, out->n);
}

void rd_judge_option(const rd_Run *r, const char *decision, const char *option, rd_Judged *out)
{
    sv_Candidate c = {.option = rd_option(r->sit, option)};
    c.visibility = r->sit->sc.options[c.option].visibility;
    snprintf(out->label, sizeof out->label, "%s at %s", option, decision);
    judge(r, decision, &c, out);
}

void rd_judge_parts(const rd_Run *r, const char *decision, sv_Visibility vis, const char *parts,
                    rd_Judged *out)
{
    sv_Candidate c = {.option = -1, .visibility = vis};
    c.part_count = parse_parts(r->sit, parts, c.parts);
    snprintf(out->label, sizeof out->label, "[%s] %s at %s", parts,
             vis == SV_VIS_PUBLIC ? "public" : "private", decision);
    judge(r, decision, &c, out);
}

void rd_judge_timeout(const rd_Run *r, const char *decision, rd_Judged *out)
{
    int32_t d = rd_decision(r->sit, decision);
    sv_Candidate c = {.option = r->sit->sc.decisions[d].default_option, .timeout = true};
    snprintf(out->label, sizeof out->label, "the deadline of %s passing", decision);
    judge(r, decision, &c, out);
}

static bool is_rule(int32_t rule, const char *id)
{
    return rule >= 0 && (uint32_t)rule < M->rule_count && strcmp(M->rules[rule].id, id) == 0;
}

int rd_count(const rd_Judged *j, const char *rule)
{
    rd_rule(rule); /* a misspelt rule id is the test's mistake: say so */
    int n = 0;
    for (size_t i = 0; i < j->n; i++) n += is_rule(j->hits[i].rule, rule);
    return n;
}

int64_t rd_rule_value(const rd_Judged *j, const char *rule)
{
    int64_t v = 0;
    for (size_t i = 0; i < j->n; i++)
        if (is_rule(j->hits[i].rule, rule)) v += sv_score_value(&j->hits[i], 1);
    return v;
}

const char *rd_points(int64_t value, char *buf)
{
    int64_t h = sv_score_value_hundredths(value), a = h < 0 ? -h : h;
    snprintf(buf, 32, "%s%lld.%02lld", h < 0 ? "-" : "+", (long long)(a / 100),
             (long long)(a % 100));
    return buf;
}

/* Raw units of one meter as tenths of a point (reach: tenths of a person). */
static double tenths(int64_t raw) { return (double)raw / SV_SCORE_UNIT / 10.0; }

void rd_print(const rd_Judged *j)
{
    char v[32];
    print_message("  %s: %s in all, %zu rules\n", j->label, rd_points(j->value, v), j->n);
    for (size_t i = 0; i < j->n; i++) {
        const sv_ScoreHit *h = &j->hits[i];
        print_message("    %-8s %-36s rep %+7.2f sen %+7.2f mood %+7.2f reach %+8.1f = %s\n",
                      sv_trigger_name((sv_Trigger)h->trigger), M->rules[h->rule].id,
                      tenths(h->raw[SV_METER_REPUTATION]), tenths(h->raw[SV_METER_SENTIMENT]),
                      tenths(h->raw[SV_METER_MOOD]), tenths(h->raw[SV_METER_REACH]),
                      rd_points(sv_score_value(h, 1), v));
    }
}

static void both(const rd_Judged *a, const rd_Judged *b)
{
    if (a) rd_print(a);
    if (b) rd_print(b);
}

void rd_expect_beats(const rd_Judged *good, const rd_Judged *bad, const char *file, int line)
{
    if (good->value > bad->value) return;
    char g[32], b[32];
    print_error("%s (%s) should beat %s (%s)\n", good->label, rd_points(good->value, g), bad->label,
                rd_points(bad->value, b));
    both(good, bad);
    _fail(file, line);
}

void rd_expect_better(const rd_Judged *good, const char *reward, const rd_Judged *bad,
                      const char *penalty, const char *file, int line)
{
    bool ok = good->value > bad->value;
    char g[32], b[32];
    if (!ok)
        print_error("%s (%s) should beat %s (%s)\n", good->label, rd_points(good->value, g),
                    bad->label, rd_points(bad->value, b));
    if (reward && !(rd_count(good, reward) > 0 && rd_rule_value(good, reward) > 0)) {
        print_error("%s should earn '%s' (%d hits worth %s)\n", good->label, reward,
                    rd_count(good, reward), rd_points(rd_rule_value(good, reward), g));
        ok = false;
    }
    if (penalty && !(rd_count(bad, penalty) > 0 && rd_rule_value(bad, penalty) < 0)) {
        print_error("%s should cost '%s' (%d hits worth %s)\n", bad->label, penalty,
                    rd_count(bad, penalty), rd_points(rd_rule_value(bad, penalty), b));
        ok = false;
    }
    if (penalty && rd_count(good, penalty) > 0) {
        print_error("%s should not cost '%s'\n", good->label, penalty);
        ok = false;
    }
    if (ok) return;
    both(good, bad);
    _fail(file, line);
}

void rd_expect_hit(const rd_Judged *j, const char *rule, bool fires, const rd_Judged *other,
                   const char *file, int line)
{
    if ((rd_count(j, rule) > 0) == fires) return;
    print_error("'%s' should %sfire for %s\n", rule, fires ? "" : "not ", j->label);
    both(j, other);
    _fail(file, line);
}

/* ---- what the session recorded
 * --------------------------------------------------------------------- */

static int count_firings(const rd_Run *r, const char *rule, int trigger, int32_t d, int32_t post,
                         const sv_Firing **first)
{
    int32_t want = rd_rule(rule);
    int n = 0;
    if (first) *first = NULL;
    for (size_t i = 0; i < r->s.score->firing_count; i++) {
        const sv_Firing *f = &r->s.score->firings[i];
        if (f->rule != want || (trigger >= 0 && f->trigger != trigger) ||
            (d >= 0 && f->decision != d) || (post >= 0 && f->post != post))
            continue;
        if (first && !*first) *first = f;
        n++;
    }
    return n;
}

int rd_fired(const rd_Run *r, const char *rule, int trigger, const char *decision,
             const sv_Firing **first)
{
    int32_t d = decision ? rd_decision(r->sit, decision) : -1;
    return count_firings(r, rule, trigger, d, -1, first);
}

int rd_fired_post(const rd_Run *r, const char *rule, int trigger, const char *post,
                  const sv_Firing **first)
{
    return count_firings(r, rule, trigger, -1, rd_post(r->sit, post), first);
}

static int64_t firing_value(const sv_Firing *f)
{
    sv_ScoreHit h = {.rule = f->rule, .trigger = f->trigger};
    memcpy(h.raw, f->raw, sizeof h.raw);
    return sv_score_value(&h, 1);
}

int64_t rd_run_value(const rd_Run *r, const char *decision)
{
    int32_t d = decision ? rd_decision(r->sit, decision) : -1;
    int64_t v = 0;
    for (size_t i = 0; i < r->s.score->firing_count; i++)
        if (!decision || r->s.score->firings[i].decision == d)
            v += firing_value(&r->s.score->firings[i]);
    return v;
}

uint32_t rd_tick_seconds(const rd_Run *r)
{
    uint32_t n = 0;
    for (size_t i = 0; i < r->s.score->firing_count; i++)
        if (r->s.score->firings[i].trigger == SV_TRIGGER_TICK) n += r->s.score->firings[i].count;
    return n;
}

void rd_print_firings(const rd_Run *r)
{
    const sv_Scenario *sc = &r->sit->sc;
    char v[32];
    print_message("  %s: %zu firings, %s in all\n", r->name, r->s.score->firing_count,
                  rd_points(rd_run_value(r, NULL), v));
    for (size_t i = 0; i < r->s.score->firing_count; i++) {
        const sv_Firing *f = &r->s.score->firings[i];
        const char *dec = f->decision >= 0 ? sc->decisions[f->decision].id : "-";
        const char *post = f->post >= 0 ? sc->posts[f->post].id : "-";
        print_message("    %9.1f s %-8s %-36s %-14s %-14s x%-6u %s\n", f->t_ms / 1000.0,
                      sv_trigger_name((sv_Trigger)f->trigger), M->rules[f->rule].id, dec, post,
                      f->count, rd_points(firing_value(f), v));
    }
}

static void fired_or_not(const rd_Run *r, const char *rule, int trigger, const char *what,
                         const char *id, int n, bool fires, const char *file, int line)
{
    if ((n > 0) == fires) return;
    print_error("%s: '%s' should %sfire%s%s%s%s\n", r->name, rule, fires ? "" : "not ",
                trigger >= 0 ? " on " : "",
                trigger >= 0 ? sv_trigger_name((sv_Trigger)trigger) : "", id ? what : "",
                id ? id : "");
    rd_print_firings(r);
    _fail(file, line);
}

void rd_expect_fired(const rd_Run *r, const char *rule, int trigger, const char *decision,
                     bool fires, const char *file, int line)
{
    int n = rd_fired(r, rule, trigger, decision, NULL);
    fired_or_not(r, rule, trigger, " for ", decision, n, fires, file, line);
}

void rd_expect_fired_post(const rd_Run *r, const char *rule, int trigger, const char *post,
                          bool fires, const char *file, int line)
{
    int n = rd_fired_post(r, rule, trigger, post, NULL);
    fired_or_not(r, rule, trigger, " about ", post, n, fires, file, line);
}
