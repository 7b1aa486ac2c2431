/* Workshop injects (scenarios/FORMAT.md, *Injects*): the loader links each
 * inject to the nodes it adds, kept after the story's own; a scheduled inject
 * fires by itself at its time, a manual one only by sv_session_inject, each
 * once; firing is an input a run records and its replay plays back to the
 * same state hash; what injects add leaves the hash alone until something of
 * it happens; the scoring model judges an inject's decision like any other;
 * and bad inject inputs in a replay are reported where they are. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "score_support.h"
#include "session_internal.h"
#include "svara/arena.h"
#include "svara/debrief.h"
#include "svara/pack.h"
#include "svara/replay.h"
#include "svara/run.h"
#include "svara/score.h"

static sv_ScoreModel *M; /* the default model */
static sv_Pack *DESK;    /* tests/inject/inject: one scheduled inject, two manual */
static sv_Pack *SAMPLE;  /* the sample pack: parcel has two manual injects */

static int setup(void **state)
{
    (void)state;
    t_fs_init();
    M = t_score_file("assets/scoring/default.json");
    DESK = t_load_pack("tests/inject/inject", NULL);
    SAMPLE = t_load_pack("scenarios/sample", NULL);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    sv_pack_unload(SAMPLE);
    sv_pack_unload(DESK);
    sv_score_free(M);
    sv_fs_free();
    return 0;
}

static const sv_Scenario *scenario(const sv_Pack *pack, const char *id)
{
    int32_t i = sv_pack_find_scenario(pack, id);
    assert_true(i >= 0);
    return &pack->scenarios[i];
}

static int32_t inject(const sv_Scenario *sc, const char *id)
{
    int32_t i = sv_scenario_find_inject(sc, id);
    assert_true(i >= 0);
    return i;
}

static void start(sv_Run *r, const sv_Pack *pack, const sv_Scenario *sc, uint64_t seed,
                  const sv_Replay *replay)
{
    sv_DiagList d;
    sv_diag_init(&d);
    sv_RunSetup setup = {.pack = pack,
                         .sc = sc,
                         .base = M,
                         .seed = seed,
                         .lang = SV_LANG_EN,
                         .replay = replay,
                         .replay_path = "rec.json"};
    sv_Status st = sv_run_start(r, &setup, &d);
    t_print_diags(&d);
    assert_int_equal(st, SV_OK);
    sv_diag_free(&d);
}

/* The first log entry of `kind` about `a`, or -1. */
static int64_t log_find(const sv_Session *s, sv_LogKind kind, int32_t a)
{
    for (size_t i = 0; i < s->log_count; i++)
        if (s->log[i].kind == kind && s->log[i].a == a) return (int64_t)i;
    return -1;
}

/* ---- the loader ------------------------------------------------------------------ */

static void test_loaded(void **state)
{
    (void)state;
    const sv_Scenario *sc = scenario(DESK, "desk");
    assert_int_equal(sc->inject_count, 3);
    const sv_Inject *second = &sc->injects[inject(sc, "i-second")];
    const sv_Inject *press = &sc->injects[inject(sc, "i-press")];
    const sv_Inject *note = &sc->injects[inject(sc, "i-note")];
    assert_int_equal(second->at_ms, SV_NEVER);
    assert_int_equal(press->at_ms, 120000);
    assert_int_equal(note->at_ms, SV_NEVER);
    assert_string_equal(sv_text_get(&second->title, SV_LANG_EN), "A second customer, same problem");
    assert_string_equal(sv_text_get(&press->guidance, SV_LANG_EN),
                        "Ask the room who speaks to a journalist.");
    /* the story's own nodes first, then what the injects add, in file order */
    assert_int_equal(sc->post_count, 3);
    assert_int_equal(sc->injected.posts, 2);
    assert_int_equal(second->post, 1);
    assert_int_equal(press->post, 2);
    assert_int_equal(second->post, sv_scenario_find_post(sc, "second"));
    assert_int_equal(second->decision, sv_scenario_find_decision(sc, "second-reply"));
    assert_int_equal(second->decision, 1);
    assert_int_equal(sc->injected.decisions, 1);
    assert_int_equal(sc->injected.options, 2);
    assert_int_equal(sv_scenario_option_decision(sc, sv_scenario_find_option(sc, "o-second-sorry")),
                     second->decision);
    assert_int_equal(note->event, (int32_t)sc->event_count - 1);
    assert_string_equal(sc->events[note->event].id, "boss");
    assert_int_equal(sc->injected.events, 1);
    assert_int_equal(second->event, -1);
    assert_int_equal(press->decision, -1);
    /* an inject's post and decision have no time of their own */
    assert_int_equal(sc->posts[second->post].at_ms, SV_NEVER);
    assert_int_equal(sc->decisions[second->decision].at_ms, SV_NEVER);
    assert_int_equal(sc->decisions[second->decision].about, second->post);
    /* both negative posts make an implicit claim: the inject's comes last */
    assert_int_equal(sc->injected.facts, 1);
    assert_int_equal(sc->facts[sc->fact_count - 1].post, second->post);
    char ptr[64];
    sv_scenario_node_ptr(sc, 'p', second->post, ptr, sizeof ptr);
    assert_string_equal(ptr, "/injects/0/post");
    sv_scenario_node_ptr(sc, 'd', second->decision, ptr, sizeof ptr);
    assert_string_equal(ptr, "/injects/0/decision");
    sv_scenario_node_ptr(sc, 'e', note->event, ptr, sizeof ptr);
    assert_string_equal(ptr, "/injects/2/event");
    sv_scenario_node_ptr(sc, 'p', 0, ptr, sizeof ptr);
    assert_string_equal(ptr, "/posts/0");
    sv_scenario_node_ptr(sc, 'p', 99, ptr, sizeof ptr);
    assert_string_equal(ptr, "");
}

/* A scenario file's bytes with one inject, parsed on its own. */
static sv_Status parse(const char *injects, sv_DiagList *d, sv_Scenario *sc, sv_Arena **arena)
{
    char json[4096];
    snprintf(json, sizeof json,
             "{\"format\": 1, \"id\": \"s\", \"title\": \"T\", \"summary\": \"S\",\n"
             " \"briefing\": \"B\", \"brand\": {\"name\": \"N\", \"handle\": \"@n\", \"colour\": "
             "\"#000000\"},\n"
             " \"duration\": 60,\n"
             " \"channels\": [{\"id\": \"feed\", \"type\": \"public-feed\", \"name\": \"F\"}],\n"
             " \"personas\": [{\"id\": \"maja\", \"name\": \"M\", \"handle\": \"@m\", \"role\": "
             "\"customer\"}],\n"
             " \"posts\": [], \"decisions\": [],\n"
             " \"endings\": [{\"id\": \"end\", \"title\": \"E\", \"text\": \"E\"}],\n"
             " \"injects\": %s}",
             injects);
    *arena = sv_arena_create(1 << 16);
    return sv_scenario_parse("s.json", json, strlen(json), SV_LANG_ALL, *arena, sc, d);
}

static void expect_error(const char *injects, const char *pointer, const char *words)
{
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Scenario sc;
    sv_Arena *arena;
    assert_int_equal(parse(injects, &d, &sc, &arena), SV_ERR_INVALID);
    bool found = false;
    for (size_t i = 0; i < d.count; i++)
        found = found || (strcmp(d.items[i].pointer, pointer) == 0 && d.items[i].line > 0 &&
                          strstr(d.items[i].message, words));
    if (!found) t_print_diags(&d);
    assert_true(found);
    sv_diag_free(&d);
    sv_arena_free(arena);
}

static void test_loader_errors(void **state)
{
    (void)state;
    const char *ev = "\"event\": {\"id\": \"e\"}";
    char buf[512];
    snprintf(buf, sizeof buf, "[{\"id\": \"i\", \"title\": \"T\", \"guidance\": \"G\", %s}]", ev);
    expect_error(buf, "/injects/0", "needs \"at\"");
    snprintf(buf, sizeof buf,
             "[{\"id\": \"i\", \"at\": 5, \"manual\": true, \"title\": \"T\", \"guidance\": "
             "\"G\", %s}]",
             ev);
    expect_error(buf, "/injects/0/manual", "not both");
    expect_error("[{\"id\": \"i\", \"manual\": true, \"title\": \"T\", \"guidance\": \"G\"}]",
                 "/injects/0", "adds nothing");
    snprintf(buf, sizeof buf, "[{\"id\": \"i\", \"manual\": true, \"title\": \"T\", %s}]", ev);
    expect_error(buf, "/injects/0", "guidance");
    expect_error("[{\"id\": \"i\", \"manual\": true, \"title\": \"T\", \"guidance\": \"G\", "
                 "\"event\": {\"id\": \"e\", \"at\": 3}}]",
                 "/injects/0/event/at", "comes when the inject fires");
    expect_error("[{\"id\": \"i\", \"manual\": true, \"title\": \"T\", \"guidance\": \"G\", "
                 "\"post\": 3}]",
                 "/injects/0/post", "must be an object");
    expect_error("[{\"id\": \"feed\", \"manual\": true, \"title\": \"T\", \"guidance\": \"G\", "
                 "\"event\": {\"id\": \"e\"}}]",
                 "/injects/0/id", "duplicate id 'feed'");
    expect_error("{\"id\": \"i\"}", "/injects", "must be an array");
    /* a good one parses, with its event after the story's (none) */
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Scenario sc;
    sv_Arena *arena;
    snprintf(buf, sizeof buf,
             "[{\"id\": \"i\", \"at\": 5.5, \"title\": \"T\", \"guidance\": \"G\", %s}]", ev);
    assert_int_equal(parse(buf, &d, &sc, &arena), SV_OK);
    assert_int_equal(sc.inject_count, 1);
    assert_int_equal(sc.injects[0].at_ms, 5500);
    assert_int_equal(sc.injects[0].event, 0);
    assert_int_equal(sc.events[0].at_ms, SV_NEVER);
    sv_diag_free(&d);
    sv_arena_free(arena);
}

/* ---- the engine ------------------------------------------------------------------ */

static void test_scheduled_fires_at_its_time(void **state)
{
    (void)state;
    const sv_Scenario *sc = scenario(DESK, "desk");
    int32_t press = inject(sc, "i-press");
    int32_t post = sc->injects[press].post;
    sv_Run r;
    start(&r, DESK, sc, 1, NULL);
    /* the first decision is left to its default, so the run goes on to 120 s */
    sv_session_advance(&r.s, 119999);
    assert_false(r.s.inject_fired[press]);
    assert_false(r.s.post_seen[post]);
    /* a scheduled inject is not the facilitator's to fire */
    assert_int_equal(sv_session_inject(&r.s, press), SV_INPUT_SCHEDULED);
    sv_session_advance(&r.s, 120000);
    assert_true(r.s.inject_fired[press]);
    assert_int_equal(r.s.inject_ms[press], 120000);
    assert_true(r.s.post_seen[post]);
    assert_int_equal(r.s.post_ms[post], 120000);
    int64_t fired = log_find(&r.s, SV_LOG_INJECT, press);
    assert_true(fired >= 0 && fired < log_find(&r.s, SV_LOG_POST, post));
    /* nothing was left to happen: the run ends as the press's post appears */
    assert_true(r.s.ended);
    assert_int_equal(sv_session_inject(&r.s, press), SV_INPUT_ENDED);
    sv_run_stop(&r);
}

static void test_manual_fires_only_by_hand(void **state)
{
    (void)state;
    const sv_Scenario *sc = scenario(DESK, "desk");
    int32_t second = inject(sc, "i-second"), note = inject(sc, "i-note");
    const sv_Inject *in = &sc->injects[second];
    sv_Run r;
    start(&r, DESK, sc, 1, NULL);
    sv_session_advance(&r.s, 30000);
    assert_false(r.s.inject_fired[second]);
    assert_false(r.s.post_seen[in->post]);
    assert_int_equal(sv_session_inject(&r.s, -1), SV_INPUT_NO_INJECT);
    assert_int_equal(sv_session_inject(&r.s, (int32_t)sc->inject_count), SV_INPUT_NO_INJECT);
    sv_Input fire = {.kind = SV_INPUT_INJECT, .decision = -1, .inject = second};
    assert_int_equal(sv_run_apply(&r, &fire), SV_INPUT_OK);
    assert_true(r.s.inject_fired[second]);
    assert_int_equal(r.s.inject_ms[second], 30000);
    /* what it adds is due now: the next advance, to the same moment, brings it */
    assert_false(r.s.post_seen[in->post]);
    sv_session_advance(&r.s, 30000);
    assert_true(r.s.post_seen[in->post]);
    assert_int_equal(r.s.decision_state[in->decision], SV_DEC_OPEN);
    assert_int_equal(r.s.decision_open_ms[in->decision], 30000);
    assert_int_equal(sv_run_apply(&r, &fire), SV_INPUT_FIRED);
    /* an inject's event fires before anything else it adds */
    assert_int_equal(sv_session_inject(&r.s, note), SV_INPUT_OK);
    sv_session_advance(&r.s, 31000);
    assert_true(log_find(&r.s, SV_LOG_EVENT, sc->injects[note].event) >= 0);
    /* the recording keeps the facilitator's inputs with the player's */
    assert_int_equal(r.rec.input_count, 1);
    assert_string_equal(r.rec.inputs[0].inject, "i-second");
    sv_session_run_out(&r.s);
    assert_int_equal(sv_session_inject(&r.s, second), SV_INPUT_ENDED);
    sv_run_stop(&r);
}

/* Fires i-second at 20 s and answers its decision at 25 s, recording; the replay
 * written and parsed back plays to the same hash, twice. */
static void test_replay_reproduces_a_workshop_run(void **state)
{
    (void)state;
    const sv_Scenario *sc = scenario(DESK, "desk");
    int32_t second = inject(sc, "i-second");
    sv_Run r;
    start(&r, DESK, sc, 5, NULL);
    sv_session_advance(&r.s, 20000);
    sv_Input fire = {.kind = SV_INPUT_INJECT, .decision = -1, .inject = second};
    assert_int_equal(sv_run_apply(&r, &fire), SV_INPUT_OK);
    sv_session_advance(&r.s, 25000);
    sv_Input answer = {.kind = SV_INPUT_CHOOSE,
                       .decision = sc->injects[second].decision,
                       .option = sv_scenario_find_option(sc, "o-second-sorry")};
    assert_int_equal(sv_run_apply(&r, &answer), SV_INPUT_OK);
    sv_session_run_out(&r.s);
    uint64_t hash = sv_session_hash(&r.s);
    char *json = sv_run_write_replay(&r);
    assert_non_null(json);
    assert_non_null(strstr(json, "\"inject\":\t\"i-second\""));
    sv_run_stop(&r);

    for (int round = 0; round < 2; round++) {
        sv_DiagList d;
        sv_diag_init(&d);
        sv_Replay rep;
        assert_int_equal(sv_replay_parse("rec.json", json, strlen(json), &rep, &d), SV_OK);
        assert_int_equal(rep.input_count, 2);
        assert_string_equal(rep.inputs[0].inject, "i-second");
        assert_int_equal(rep.inputs[0].t_ms, 20000);
        sv_Run p;
        start(&p, DESK, sc, 5, &rep);
        assert_true(sv_run_play_replay(&p, &d));
        t_print_diags(&d);
        assert_int_equal(d.count, 0);
        assert_true(sv_session_hash(&p.s) == hash);
        assert_true(p.s.inject_fired[second]);
        sv_run_stop(&p);
        sv_replay_free(&rep);
        sv_diag_free(&d);
    }
    free(json);
}

/* The same answers with the inject fired at another moment, or not at all,
 * end in other states. */
static uint64_t run_with_inject_at(uint32_t t_ms)
{
    const sv_Scenario *sc = scenario(DESK, "desk");
    sv_Run r;
    start(&r, DESK, sc, 5, NULL);
    sv_session_advance(&r.s, 10000);
    sv_Input answer = {.kind = SV_INPUT_CHOOSE,
                       .decision = sv_scenario_find_decision(sc, "first"),
                       .option = sv_scenario_find_option(sc, "o-sorry")};
    assert_int_equal(sv_run_apply(&r, &answer), SV_INPUT_OK);
    if (t_ms) {
        sv_session_advance(&r.s, t_ms);
        assert_int_equal(sv_session_inject(&r.s, inject(sc, "i-note")), SV_INPUT_OK);
    }
    sv_session_run_out(&r.s);
    uint64_t h = sv_session_hash(&r.s);
    sv_run_stop(&r);
    return h;
}

static void test_determinism(void **state)
{
    (void)state;
    uint64_t at30 = run_with_inject_at(30000);
    assert_true(run_with_inject_at(30000) == at30);
    assert_true(run_with_inject_at(31000) != at30);
    assert_true(run_with_inject_at(0) != at30);
    assert_true(run_with_inject_at(0) == run_with_inject_at(0));
}

/* The sample's parcel gained two manual injects: a run that fires none reads
 * only the story's own nodes into its hash (session, scoring and crowd), so
 * the golden replays keep their hashes; firing one brings the rest in. */
static void test_unfired_injects_leave_the_hash_alone(void **state)
{
    (void)state;
    const sv_Scenario *sc = scenario(SAMPLE, "parcel");
    assert_int_equal(sc->inject_count, 2);
    assert_true(sc->injected.posts == 2 && sc->injected.decisions == 2);
    sv_Run r;
    start(&r, SAMPLE, sc, 7, NULL);
    sv_session_advance(&r.s, 100000);
    assert_false(sv_session_injects_touched(&r.s));
    assert_int_equal(sv_session_hashed_posts(&r.s), sc->post_count - 2);
    assert_int_equal(sv_session_hashed_decisions(&r.s), sc->decision_count - 2);
    assert_int_equal(sv_session_hashed_options(&r.s), sc->option_count - 8);
    assert_int_equal(sv_session_hashed_facts(&r.s), sc->fact_count - sc->injected.facts);
    uint64_t before = sv_session_hash(&r.s);
    assert_int_equal(sv_session_inject(&r.s, inject(sc, "i-journalist")), SV_INPUT_OK);
    assert_true(sv_session_injects_touched(&r.s));
    assert_int_equal(sv_session_hashed_posts(&r.s), sc->post_count);
    assert_true(sv_session_hash(&r.s) != before);
    sv_run_stop(&r);

    /* tests/replays/good-seed7.json, recorded before parcel had injects */
    size_t len;
    char *bytes = t_read_file("tests/replays/good-seed7.json", &len);
    assert_non_null(bytes);
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Replay rep;
    assert_int_equal(sv_replay_parse("good-seed7.json", bytes, len, &rep, &d), SV_OK);
    sv_Run p;
    start(&p, SAMPLE, sc, rep.seed, &rep);
    assert_true(sv_run_play_replay(&p, &d));
    t_print_diags(&d);
    assert_true(rep.has_hash && sv_session_hash(&p.s) == rep.hash);
    sv_run_stop(&p);
    sv_replay_free(&rep);
    sv_diag_free(&d);
    free(bytes);
}

/* The journalist's decision is scored and judged like any other: in the
 * debrief, with the model's best option the authors' recommended one. */
static void test_inject_decision_scored(void **state)
{
    (void)state;
    const sv_Scenario *sc = scenario(SAMPLE, "parcel");
    int32_t j = inject(sc, "i-journalist");
    int32_t dec = sc->injects[j].decision;
    sv_Run r;
    start(&r, SAMPLE, sc, 3, NULL);
    sv_session_advance(&r.s, 40000);
    assert_int_equal(sv_session_inject(&r.s, j), SV_INPUT_OK);
    sv_session_advance(&r.s, 50000);
    assert_int_equal(r.s.decision_state[dec], SV_DEC_OPEN);
    sv_Input deny = {.kind = SV_INPUT_CHOOSE,
                     .decision = dec,
                     .option = sv_scenario_find_option(sc, "o-press-deny")};
    assert_int_equal(sv_run_apply(&r, &deny), SV_INPUT_OK);
    sv_session_run_out(&r.s);
    sv_Debrief d;
    assert_int_equal(sv_debrief_build(&r.s, r.model, SV_LANG_EN, &d), SV_OK);
    const sv_DebriefDecision *dd = NULL;
    for (size_t i = 0; i < d.decision_count; i++)
        if (d.decisions[i].decision == dec) dd = &d.decisions[i];
    assert_non_null(dd);
    assert_int_equal(dd->state, SV_DEC_ANSWERED);
    assert_true(dd->has_best_option);
    assert_string_equal(sc->options[dd->best_option.option].id, "o-press-open");
    assert_false(dd->played_is_best);
    assert_true(dd->played.figure < dd->best_option.figure);
    sv_debrief_free(&d);
    /* the denial's effect ran: the press exposes it later */
    assert_true(r.s.post_seen[sv_scenario_find_post(sc, "press-expose")]);
    sv_run_stop(&r);
}

/* ---- inject inputs in a replay ------------------------------------------------------- */

static const char *const HEAD =
    "{\"format\": 1, \"pack\": \"inject\", \"pack_version\": \"1.0.0\", "
    "\"scenario\": \"desk\", \"seed\": 1, \"lang\": \"en\", ";

static void expect_parse_error(const char *inputs, const char *pointer, const char *words)
{
    char json[1024];
    snprintf(json, sizeof json, "%s\"inputs\": %s}", HEAD, inputs);
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Replay rep;
    assert_int_equal(sv_replay_parse("r.json", json, strlen(json), &rep, &d), SV_ERR_INVALID);
    bool found = false;
    for (size_t i = 0; i < d.count; i++)
        found = found || (strcmp(d.items[i].pointer, pointer) == 0 && d.items[i].line == 1 &&
                          strstr(d.items[i].message, words));
    if (!found) t_print_diags(&d);
    assert_true(found);
    sv_diag_free(&d);
}

/* Plays a replay of desk; the one diagnostic it gives must be at `pointer`. */
static void expect_refused(const char *inputs, const char *pointer, const char *words)
{
    char json[1024];
    snprintf(json, sizeof json, "%s\"inputs\": %s}", HEAD, inputs);
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Replay rep;
    assert_int_equal(sv_replay_parse("r.json", json, strlen(json), &rep, &d), SV_OK);
    sv_Run p;
    start(&p, DESK, scenario(DESK, "desk"), 1, &rep);
    assert_false(sv_run_play_replay(&p, &d));
    bool found = false;
    for (size_t i = 0; i < d.count; i++)
        found = found || (strcmp(d.items[i].pointer, pointer) == 0 && d.items[i].line == 1 &&
                          strstr(d.items[i].message, words));
    if (!found) t_print_diags(&d);
    assert_true(found);
    sv_run_stop(&p);
    sv_replay_free(&rep);
    sv_diag_free(&d);
}

static void test_replay_inject_errors(void **state)
{
    (void)state;
    expect_parse_error("[{\"t\": 1, \"inject\": \"i-second\", \"decision\": \"first\"}]",
                       "/inputs/0/decision", "belongs to an answer");
    expect_parse_error("[{\"t\": 1, \"inject\": \"Not An Id\"}]", "/inputs/0/inject",
                       "is not an id");
    expect_parse_error("[{\"t\": 1, \"inject\": 7}]", "/inputs/0/inject", "id string");
    expect_refused("[{\"t\": 1, \"inject\": \"i-nowhere\"}]", "/inputs/0/inject",
                   "has no inject \"i-nowhere\"");
    expect_refused("[{\"t\": 1, \"inject\": \"i-press\"}]", "/inputs/0/inject", "fires by itself");
    expect_refused("[{\"t\": 1, \"inject\": \"i-note\"}, {\"t\": 2, \"inject\": \"i-note\"}]",
                   "/inputs/1/inject", "fired already");
    expect_refused("[{\"t\": 900, \"inject\": \"i-note\"}]", "/inputs/0/t", "over");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_loaded),
        cmocka_unit_test(test_loader_errors),
        cmocka_unit_test(test_scheduled_fires_at_its_time),
        cmocka_unit_test(test_manual_fires_only_by_hand),
        cmocka_unit_test(test_replay_reproduces_a_workshop_run),
        cmocka_unit_test(test_determinism),
        cmocka_unit_test(test_unfired_injects_leave_the_hash_alone),
        cmocka_unit_test(test_inject_decision_scored),
        cmocka_unit_test(test_replay_inject_errors),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
