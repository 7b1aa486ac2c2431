/* Replays: parsing (every error at its JSON pointer), writing and parsing back
 * to the same values, recording, and playing a replay on a hand-built
 * scenario to the same state hash as driving the session directly. */
#include <inttypes.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "svara/replay.h"
#include "svara/run.h"

/* ---- a small hand-built scenario ------------------------------------------------ */

typedef struct Build {
    sv_Scenario sc;
    sv_Post posts[2];
    sv_Decision decisions[2];
    sv_Option options[3];
    sv_Part parts[3];
    sv_Ending endings[1];
    sv_Effect effects[6];
    sv_Var vars[1];
} Build;

static Build B;

/* "first" opens at 1 s with options "calm" and "snap" (snap opens "follow"
 * after 5 s); "follow" has a composer of three parts, public or private. */
static void build_scenario(void)
{
    memset(&B, 0, sizeof B);
    sv_Scenario *sc = &B.sc;
    sc->id = "parcel";
    sc->duration_ms = 120000;
    sc->meters_initial[SV_METER_MOOD] = 200;
    sc->vars = B.vars;
    sc->var_count = 1;
    B.vars[0] = (sv_Var){"score", 0, -100, 100};
    sc->posts = B.posts;
    sc->post_count = 1;
    B.posts[0] =
        (sv_Post){.id = "complaint", .at_ms = 0, .jitter_ms = 3000, .reply_to = -1, .when = -1};
    sc->effects = B.effects;
    sc->effect_count = 4;
    B.effects[0] = (sv_Effect){.kind = SV_EFFECT_VAR_ADD, .ref = 0, .value = 2};
    B.effects[1] = (sv_Effect){.kind = SV_EFFECT_DECISION, .ref = 1, .after_ms = 5000};
    B.effects[2] = (sv_Effect){.kind = SV_EFFECT_METER_ADD, .ref = SV_METER_MOOD, .value = 150};
    B.effects[3] = (sv_Effect){.kind = SV_EFFECT_VAR_ADD, .ref = 0, .value = 5};
    sc->options = B.options;
    sc->option_count = 2;
    B.options[0] = (sv_Option){.id = "calm", .target = -1, .when = -1, .effects = {0, 1}};
    B.options[1] = (sv_Option){.id = "snap", .target = -1, .when = -1, .effects = {1, 1}};
    sc->parts = B.parts;
    sc->part_count = 3;
    B.parts[0] = (sv_Part){.id = "p-ack", .when = -1, .effects = {2, 1}};
    B.parts[1] = (sv_Part){.id = "p-sorry", .when = -1, .effects = {3, 1}};
    B.parts[2] = (sv_Part){.id = "p-fix", .when = -1};
    sc->decisions = B.decisions;
    sc->decision_count = 2;
    B.decisions[0] = (sv_Decision){.id = "first",
                                   .at_ms = 1000,
                                   .about = 0,
                                   .deadline_ms = 30000,
                                   .default_option = 0,
                                   .options = {0, 2},
                                   .when = -1};
    B.decisions[1] = (sv_Decision){.id = "follow",
                                   .at_ms = SV_NEVER,
                                   .about = 0,
                                   .deadline_ms = 20000,
                                   .default_option = -1,
                                   .parts = {0, 3},
                                   .compose_min = 1,
                                   .compose_max = 3,
                                   .compose_public = true,
                                   .compose_private = true,
                                   .when = -1};
    sc->endings = B.endings;
    sc->ending_count = 1;
    B.endings[0] = (sv_Ending){.id = "done", .when = -1};
}

/* ---- helpers ------------------------------------------------------------------------ */

static sv_Status parse(const char *json, sv_Replay *r, sv_DiagList *d)
{
    return sv_replay_parse("test.json", json, strlen(json), r, d);
}

static void print_diags(const sv_DiagList *d)
{
    char buf[1024];
    for (size_t i = 0; i < d->count; i++) {
        sv_diag_format(&d->items[i], buf, sizeof buf);
        print_message("  %s\n", buf);
    }
}

static bool has_pointer(const sv_DiagList *d, const char *pointer)
{
    for (size_t i = 0; i < d->count; i++)
        if (strcmp(d->items[i].pointer, pointer) == 0) return true;
    return false;
}

#define VALID_HEAD                                                                                 \
    "\"format\": 1, \"pack\": \"sample\", \"pack_version\": \"1.0.0\", "                           \
    "\"scenario\": \"parcel\", \"seed\": 42, \"lang\": \"en\""

static const char *valid_json =
    "{\n"
    "  " VALID_HEAD ",\n"
    "  \"inputs\": [\n"
    "    {\"t\": 12.5, \"decision\": \"first-reply\", \"option\": \"o-own-it\"},\n"
    "    {\"t\": 95, \"decision\": \"follow\", \"parts\": [\"p-ack\", \"p-sorry\"],\n"
    "     \"visibility\": \"private\"},\n"
    "    {\"t\": 95.001, \"decision\": \"x\", \"parts\": [\"p-ack\"], \"_note\": \"ok\"}\n"
    "  ],\n"
    "  \"hash\": \"9c1d27a0b35e44f1\"\n"
    "}\n";

static void test_parse_valid(void **state)
{
    (void)state;
    sv_Replay r;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Status st = parse(valid_json, &r, &d);
    print_diags(&d);
    assert_int_equal(st, SV_OK);
    assert_int_equal(d.errors, 0);
    assert_string_equal(r.pack, "sample");
    assert_string_equal(r.pack_version, "1.0.0");
    assert_string_equal(r.scenario, "parcel");
    assert_int_equal(r.seed, 42);
    assert_int_equal(r.lang, SV_LANG_EN);
    assert_true(r.has_hash);
    assert_int_equal(r.hash, 0x9c1d27a0b35e44f1ull);
    assert_int_equal(r.input_count, 3);
    assert_int_equal(r.inputs[0].t_ms, 12500);
    assert_string_equal(r.inputs[0].decision, "first-reply");
    assert_string_equal(r.inputs[0].option, "o-own-it");
    assert_int_equal(r.inputs[0].part_count, 0);
    assert_int_equal(r.inputs[1].t_ms, 95000);
    assert_string_equal(r.inputs[1].option, "");
    assert_int_equal(r.inputs[1].part_count, 2);
    assert_string_equal(r.inputs[1].parts[0], "p-ack");
    assert_string_equal(r.inputs[1].parts[1], "p-sorry");
    assert_int_equal(r.inputs[1].visibility, SV_VIS_PRIVATE);
    assert_int_equal(r.inputs[2].t_ms, 95001);
    assert_int_equal(r.inputs[2].visibility, SV_VIS_PUBLIC);
    sv_replay_free(&r);

    /* no hash, a seed as a decimal string, no inputs */
    const char *minimal = "{\"format\": 1, \"pack\": \"p\", \"pack_version\": \"2\", "
                          "\"scenario\": \"s\", \"seed\": \"18446744073709551615\", "
                          "\"lang\": \"nb\", \"inputs\": []}";
    assert_int_equal(parse(minimal, &r, &d), SV_OK);
    assert_false(r.has_hash);
    assert_int_equal(r.seed, UINT64_MAX);
    assert_int_equal(r.lang, SV_LANG_NB);
    assert_int_equal(r.input_count, 0);
    sv_replay_free(&r);
    sv_diag_free(&d);
}

static void assert_same_replay(const sv_Replay *a, const sv_Replay *b)
{
    assert_string_equal(a->pack, b->pack);
    assert_string_equal(a->pack_version, b->pack_version);
    assert_string_equal(a->scenario, b->scenario);
    assert_int_equal(a->seed, b->seed);
    assert_int_equal(a->lang, b->lang);
    assert_int_equal(a->has_hash, b->has_hash);
    if (a->has_hash) assert_int_equal(a->hash, b->hash);
    assert_int_equal(a->input_count, b->input_count);
    for (size_t i = 0; i < a->input_count; i++) {
        const sv_ReplayInput *x = &a->inputs[i], *y = &b->inputs[i];
        assert_int_equal(x->t_ms, y->t_ms);
        assert_string_equal(x->decision, y->decision);
        assert_string_equal(x->option, y->option);
        assert_int_equal(x->part_count, y->part_count);
        for (size_t k = 0; k < x->part_count; k++) assert_string_equal(x->parts[k], y->parts[k]);
        if (x->part_count) assert_int_equal(x->visibility, y->visibility);
    }
}

static void round_trip(const sv_Replay *r)
{
    char *json = sv_replay_write(r);
    assert_non_null(json);
    sv_Replay back;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Status st = parse(json, &back, &d);
    if (st != SV_OK) {
        print_message("%s", json);
        print_diags(&d);
    }
    assert_int_equal(st, SV_OK);
    assert_same_replay(r, &back);
    char *again = sv_replay_write(&back);
    assert_non_null(again);
    assert_string_equal(json, again);
    free(again);
    free(json);
    sv_replay_free(&back);
    sv_diag_free(&d);
}

static void test_round_trip(void **state)
{
    (void)state;
    build_scenario();
    sv_Replay r;
    sv_replay_init(&r);
    snprintf(r.pack, sizeof r.pack, "sample");
    snprintf(r.pack_version, sizeof r.pack_version, "1.2.0-beta");
    snprintf(r.scenario, sizeof r.scenario, "parcel");
    r.lang = SV_LANG_SV;
    r.has_hash = true;
    r.hash = 0x0123456789abcdefull;
    const uint32_t times[] = {0, 1, 12345, 12500, 95000, 99999, 21599999, 21600000};
    for (size_t i = 0; i < sizeof times / sizeof times[0]; i++) {
        sv_Input in = {.kind = SV_INPUT_CHOOSE, .decision = 0, .option = (int32_t)(i % 2)};
        if (i % 3 == 2) {
            in = (sv_Input){.kind = SV_INPUT_COMPOSE,
                            .decision = 1,
                            .option = -1,
                            .part_count = 3,
                            .parts = {2, 0, 1},
                            .visibility = (i % 2) ? SV_VIS_PRIVATE : SV_VIS_PUBLIC};
        }
        assert_true(sv_replay_record(&r, &B.sc, times[i], &in));
    }
    char *json = sv_replay_write(&r);
    assert_non_null(json);
    assert_non_null(strstr(json, "12.345"));
    assert_non_null(strstr(json, "0.001"));
    assert_non_null(strstr(json, "\"0123456789abcdef\""));
    free(json);

    const uint64_t seeds[] = {0, 42, 9007199254740992ull, 9007199254740993ull, UINT64_MAX};
    for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
        r.seed = seeds[i];
        round_trip(&r);
    }
    r.has_hash = false;
    r.input_count = 0;
    round_trip(&r);
    sv_replay_free(&r);
}

static void test_record(void **state)
{
    (void)state;
    build_scenario();
    sv_Replay r;
    sv_replay_init(&r);
    sv_Input in = {.kind = SV_INPUT_CHOOSE, .decision = 0, .option = 1};
    assert_true(sv_replay_record(&r, &B.sc, 5000, &in));
    assert_string_equal(r.inputs[0].decision, "first");
    assert_string_equal(r.inputs[0].option, "snap");
    assert_false(sv_replay_record(&r, &B.sc, 4999, &in)); /* back in time */
    in.option = 7;
    assert_false(sv_replay_record(&r, &B.sc, 6000, &in));
    in = (sv_Input){.kind = SV_INPUT_COMPOSE, .decision = 1, .part_count = 0};
    assert_false(sv_replay_record(&r, &B.sc, 6000, &in));
    in.decision = 5;
    assert_false(sv_replay_record(&r, &B.sc, 6000, &in));
    assert_int_equal(r.input_count, 1);
    sv_replay_free(&r);
}

/* ---- parse errors ------------------------------------------------------------------- */

typedef struct ErrorCase {
    const char *json;
    const char *pointer;
} ErrorCase;

#define WITH_INPUTS(...) "{" VALID_HEAD ", \"inputs\": [" __VA_ARGS__ "]}"
#define IN_OK "{\"t\": 1, \"decision\": \"d\", \"option\": \"o\"}"

static const ErrorCase error_cases[] = {
    {"[1, 2]", ""},
    {"{\"pack\": \"sample\", \"pack_version\": \"1\", \"scenario\": \"s\", \"seed\": 1, "
     "\"lang\": \"en\", \"inputs\": []}",
     ""}, /* missing format */
    {"{\"format\": 2, \"pack\": \"p\", \"pack_version\": \"1\", \"scenario\": \"s\", "
     "\"seed\": 1, \"lang\": \"en\", \"inputs\": []}",
     "/format"},
    {"{\"format\": 1, \"pack\": \"Bad Id\", \"pack_version\": \"1\", \"scenario\": \"s\", "
     "\"seed\": 1, \"lang\": \"en\", \"inputs\": []}",
     "/pack"},
    {"{\"format\": 1, \"pack\": \"p\", \"pack_version\": 1, \"scenario\": \"s\", "
     "\"seed\": 1, \"lang\": \"en\", \"inputs\": []}",
     "/pack_version"},
    {"{\"format\": 1, \"pack\": \"p\", \"pack_version\": \"1\", \"scenario\": 3, "
     "\"seed\": 1, \"lang\": \"en\", \"inputs\": []}",
     "/scenario"},
    {"{\"format\": 1, \"pack\": \"p\", \"pack_version\": \"1\", \"scenario\": \"s\", "
     "\"seed\": -1, \"lang\": \"en\", \"inputs\": []}",
     "/seed"},
    {"{\"format\": 1, \"pack\": \"p\", \"pack_version\": \"1\", \"scenario\": \"s\", "
     "\"seed\": 1.5, \"lang\": \"en\", \"inputs\": []}",
     "/seed"},
    {"{\"format\": 1, \"pack\": \"p\", \"pack_version\": \"1\", \"scenario\": \"s\", "
     "\"seed\": 18014398509481984, \"lang\": \"en\", \"inputs\": []}",
     "/seed"},
    {"{\"format\": 1, \"pack\": \"p\", \"pack_version\": \"1\", \"scenario\": \"s\", "
     "\"seed\": \"18446744073709551616\", \"lang\": \"en\", \"inputs\": []}",
     "/seed"},
    {"{\"format\": 1, \"pack\": \"p\", \"pack_version\": \"1\", \"scenario\": \"s\", "
     "\"seed\": \"-4\", \"lang\": \"en\", \"inputs\": []}",
     "/seed"},
    {"{\"format\": 1, \"pack\": \"p\", \"pack_version\": \"1\", \"scenario\": \"s\", "
     "\"seed\": 1, \"lang\": \"de\", \"inputs\": []}",
     "/lang"},
    {"{\"format\": 1, \"pack\": \"p\", \"pack_version\": \"1\", \"scenario\": \"s\", "
     "\"seed\": 1, \"lang\": \"en\"}",
     ""}, /* missing inputs */
    {"{" VALID_HEAD ", \"inputs\": {}}", "/inputs"},
    {"{" VALID_HEAD ", \"inputs\": [], \"hash\": \"9C1D27A0B35E44F1\"}", "/hash"},
    {"{" VALID_HEAD ", \"inputs\": [], \"hash\": \"9c1d27a0b35e44f\"}", "/hash"},
    {"{" VALID_HEAD ", \"inputs\": [], \"hash\": 12}", "/hash"},
    {"{" VALID_HEAD ", \"inputs\": [], \"speed\": 2}", "/speed"},
    {"{" VALID_HEAD ", \"inputs\": [], \"a/b~c\": 2}", "/a~1b~0c"},
    {WITH_INPUTS(IN_OK ", 7"), "/inputs/1"},
    {WITH_INPUTS("{\"decision\": \"d\", \"option\": \"o\"}"), "/inputs/0"}, /* missing t */
    {WITH_INPUTS(IN_OK ", {\"t\": 1, \"option\": \"o\"}"), "/inputs/1"},    /* missing decision */
    {WITH_INPUTS("{\"t\": \"1\", \"decision\": \"d\", \"option\": \"o\"}"), "/inputs/0/t"},
    {WITH_INPUTS("{\"t\": -0.5, \"decision\": \"d\", \"option\": \"o\"}"), "/inputs/0/t"},
    {WITH_INPUTS("{\"t\": 1814400.001, \"decision\": \"d\", \"option\": \"o\"}"), "/inputs/0/t"},
    {WITH_INPUTS(IN_OK ", " IN_OK ", " IN_OK ", {\"t\": 0.999, \"decision\": \"d\", "
                       "\"option\": \"o\"}"),
     "/inputs/3/t"},
    {WITH_INPUTS("{\"t\": 1, \"decision\": 5, \"option\": \"o\"}"), "/inputs/0/decision"},
    {WITH_INPUTS("{\"t\": 1, \"decision\": \"d\", \"option\": \"-o\"}"), "/inputs/0/option"},
    {WITH_INPUTS("{\"t\": 1, \"decision\": \"d\"}"), "/inputs/0"}, /* neither */
    {WITH_INPUTS("{\"t\": 1, \"decision\": \"d\", \"option\": \"o\", \"parts\": [\"a\"]}"),
     "/inputs/0"},
    {WITH_INPUTS("{\"t\": 1, \"decision\": \"d\", \"parts\": []}"), "/inputs/0/parts"},
    {WITH_INPUTS("{\"t\": 1, \"decision\": \"d\", \"parts\": \"a\"}"), "/inputs/0/parts"},
    {WITH_INPUTS("{\"t\": 1, \"decision\": \"d\", \"parts\": "
                 "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\"]}"),
     "/inputs/0/parts"},
    {WITH_INPUTS("{\"t\": 1, \"decision\": \"d\", \"parts\": [\"a\", 2]}"), "/inputs/0/parts/1"},
    {WITH_INPUTS("{\"t\": 1, \"decision\": \"d\", \"parts\": [\"a\"], \"visibility\": \"dm\"}"),
     "/inputs/0/visibility"},
    {WITH_INPUTS("{\"t\": 1, \"decision\": \"d\", \"option\": \"o\", \"visibility\": "
                 "\"public\"}"),
     "/inputs/0/visibility"},
    {WITH_INPUTS("{\"t\": 1, \"decision\": \"d\", \"option\": \"o\", \"when\": 3}"),
     "/inputs/0/when"},
};

static void test_parse_errors(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++) {
        const ErrorCase *c = &error_cases[i];
        sv_Replay r;
        sv_DiagList d;
        sv_diag_init(&d);
        sv_Status st = parse(c->json, &r, &d);
        bool found = has_pointer(&d, c->pointer);
        if (st != SV_ERR_INVALID || !found) {
            print_message("case %zu: %s\nexpected an error at \"%s\", got:\n", i, c->json,
                          c->pointer);
            print_diags(&d);
        }
        assert_int_equal(st, SV_ERR_INVALID);
        assert_true(found);
        assert_true(d.errors >= 1);
        /* a failed parse leaves nothing to free, and positions are known */
        assert_null(r.inputs);
        for (size_t k = 0; k < d.count; k++) assert_true(d.items[k].line >= 1);
        sv_replay_free(&r);
        sv_diag_free(&d);
    }
}

static void test_parse_collects_every_error(void **state)
{
    (void)state;
    const char *json = "{\"format\": 1, \"pack\": \"p\", \"pack_version\": \"1\",\n"
                       " \"scenario\": \"s\", \"seed\": 1, \"lang\": \"xx\",\n"
                       " \"inputs\": [{\"t\": 5, \"decision\": \"d\", \"option\": \"o\"},\n"
                       "  {\"t\": 2, \"decision\": \"d\"}]}";
    sv_Replay r;
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(parse(json, &r, &d), SV_ERR_INVALID);
    assert_true(has_pointer(&d, "/lang"));
    assert_true(has_pointer(&d, "/inputs/1/t"));
    assert_true(has_pointer(&d, "/inputs/1"));
    assert_int_equal(d.errors, 3);
    for (size_t k = 0; k < d.count; k++)
        if (strcmp(d.items[k].pointer, "/inputs/1/t") == 0) {
            assert_int_equal(d.items[k].line, 4);
            assert_int_equal(d.items[k].column, 9);
        }
    sv_diag_free(&d);

    sv_diag_init(&d);
    assert_int_equal(parse("{\"format\": 1,", &r, &d), SV_ERR_INVALID); /* not JSON */
    assert_true(d.errors >= 1);
    sv_diag_free(&d);
}

/* ---- running --------------------------------------------------------------------------- */

/* The direct run the replay below describes. */
static uint64_t direct_hash(uint64_t seed)
{
    sv_Session s;
    assert_int_equal(sv_session_init(&s, &B.sc, seed), SV_OK);
    sv_session_advance(&s, 4250);
    sv_Input a = {.kind = SV_INPUT_CHOOSE, .decision = 0, .option = 1};
    assert_int_equal(sv_session_apply(&s, &a), SV_OK);
    sv_session_advance(&s, 12345);
    sv_Input b = {.kind = SV_INPUT_COMPOSE,
                  .decision = 1,
                  .option = -1,
                  .part_count = 2,
                  .parts = {1, 0},
                  .visibility = SV_VIS_PRIVATE};
    assert_int_equal(sv_session_apply(&s, &b), SV_OK);
    sv_session_run_out(&s);
    assert_true(s.ended);
    assert_int_equal(s.vars[0], 5);
    assert_int_equal(s.meters[SV_METER_MOOD], 350);
    uint64_t h = sv_session_hash(&s);
    sv_session_free(&s);
    return h;
}

static const char *run_json =
    "{\"format\": 1, \"pack\": \"sample\", \"pack_version\": \"1\", \"scenario\": \"parcel\",\n"
    " \"seed\": 77, \"lang\": \"en\", \"inputs\": [\n"
    "  {\"t\": 4.25, \"decision\": \"first\", \"option\": \"snap\"},\n"
    "  {\"t\": 12.345, \"decision\": \"follow\", \"parts\": [\"p-sorry\", \"p-ack\"],\n"
    "   \"visibility\": \"private\"}]}";

static sv_Status run_text(const char *json, uint64_t seed, uint64_t *hash, sv_DiagList *d)
{
    sv_Replay r;
    assert_int_equal(parse(json, &r, d), SV_OK);
    /* played as the game and the tool play a replay: through the core's run */
    sv_Run run;
    sv_RunSetup setup = {.sc = &B.sc, .seed = seed, .replay = &r, .replay_path = "run.json"};
    sv_Status st = sv_run_start(&run, &setup, d);
    if (st == SV_OK) {
        if (!sv_run_play_replay(&run, d)) st = SV_ERR_INVALID;
        if (hash) *hash = sv_session_hash(&run.s);
        sv_run_stop(&run);
    }
    sv_replay_free(&r);
    return st;
}

static void test_run_matches_direct(void **state)
{
    (void)state;
    build_scenario();
    uint64_t expect = direct_hash(77);
    assert_int_not_equal(expect, direct_hash(78));
    sv_DiagList d;
    sv_diag_init(&d);
    uint64_t got = 0;
    sv_Status st = run_text(run_json, 77, &got, &d);
    print_diags(&d);
    assert_int_equal(st, SV_OK);
    assert_int_equal(got, expect);

    /* the same replay with its hash written in checks it */
    char *with_hash = malloc(strlen(run_json) + 64);
    assert_non_null(with_hash);
    size_t n = strlen(run_json) - 1;
    memcpy(with_hash, run_json, n);
    snprintf(with_hash + n, 64, ", \"hash\": \"%016" PRIx64 "\"}", expect);
    assert_int_equal(run_text(with_hash, 77, NULL, &d), SV_OK);
    snprintf(with_hash + n, 64, ", \"hash\": \"%016" PRIx64 "\"}", expect ^ 1u);
    assert_int_equal(run_text(with_hash, 77, NULL, &d), SV_ERR_INVALID);
    assert_true(has_pointer(&d, "/hash"));
    free(with_hash);

    sv_diag_clear(&d);
    assert_int_equal(run_text(run_json, 78, NULL, &d), SV_ERR_INVALID); /* wrong seed */
    assert_true(has_pointer(&d, "/seed"));
    sv_diag_free(&d);
}

static void test_run_errors(void **state)
{
    (void)state;
    build_scenario();
    sv_DiagList d;
    sv_diag_init(&d);
    /* "snap" opens "follow" at 7 s, so it is not open yet at 2 s */
    const char *refused = "{" VALID_HEAD ", \"inputs\": [{\"t\": 2, \"decision\": \"first\", "
                          "\"option\": \"snap\"}, {\"t\": 2, \"decision\": \"follow\", "
                          "\"parts\": [\"p-ack\"]}]}";
    assert_int_equal(run_text(refused, 42, NULL, &d), SV_ERR_INVALID);
    print_diags(&d);
    assert_true(has_pointer(&d, "/inputs/1/decision")); /* the value to change */
    assert_non_null(strstr(d.items[0].message, sv_input_result_text(SV_INPUT_NOT_OPEN)));
    assert_string_equal(d.items[0].file, "run.json");

    sv_diag_clear(&d);
    const char *unknown = "{" VALID_HEAD ", \"inputs\": [{\"t\": 2, \"decision\": \"first\", "
                          "\"option\": \"shout\"}]}";
    assert_int_equal(run_text(unknown, 42, NULL, &d), SV_ERR_INVALID);
    assert_true(has_pointer(&d, "/inputs/0/option"));

    sv_diag_clear(&d);
    const char *unknown_part = "{" VALID_HEAD ", \"inputs\": [{\"t\": 2, \"decision\": "
                               "\"nope\", \"parts\": [\"p-ack\", \"p-zzz\"]}]}";
    assert_int_equal(run_text(unknown_part, 42, NULL, &d), SV_ERR_INVALID);
    assert_true(has_pointer(&d, "/inputs/0/decision"));
    assert_true(has_pointer(&d, "/inputs/0/parts/1"));

    sv_diag_clear(&d);
    const char *other = "{\"format\": 1, \"pack\": \"sample\", \"pack_version\": \"1\", "
                        "\"scenario\": \"other\", \"seed\": 42, \"lang\": \"en\", "
                        "\"inputs\": []}";
    assert_int_equal(run_text(other, 42, NULL, &d), SV_ERR_INVALID);
    assert_true(has_pointer(&d, "/scenario"));
    sv_diag_free(&d);
}

static const sv_Diag *diag_at(const sv_DiagList *d, const char *pointer)
{
    for (size_t i = 0; i < d->count; i++)
        if (strcmp(d->items[i].pointer, pointer) == 0) return &d->items[i];
    fail_msg("no diagnostic at %s", pointer);
    return NULL;
}

static void expect_at(const sv_Diag *g, int line, int column)
{
    if (g->line != line || g->column != column)
        fail_msg("%s: expected line %d, column %d; got %d:%d", g->pointer, line, column, g->line,
                 g->column);
}

/* Refusals while playing (unknown ids, the session saying no, another final
 * hash) carry the line and column of the value in the replay file. */
static void test_run_positions(void **state)
{
    (void)state;
    build_scenario();
    sv_DiagList d;
    sv_diag_init(&d);
    const char *unknown = "{" VALID_HEAD ",\n"
                          " \"inputs\": [\n"
                          "  {\"t\": 2, \"decision\": \"first\",\n"
                          "   \"option\": \"shout\"}]}";
    assert_int_equal(run_text(unknown, 42, NULL, &d), SV_ERR_INVALID);
    print_diags(&d);
    expect_at(diag_at(&d, "/inputs/0/option"), 4, 14);

    sv_diag_clear(&d);
    const char *closed = "{" VALID_HEAD ",\n"
                         " \"inputs\": [\n"
                         "  {\"t\": 2, \"decision\": \"first\", \"option\": \"snap\"},\n"
                         "  {\"t\": 3, \"decision\": \"first\", \"option\": \"snap\"}]}";
    assert_int_equal(run_text(closed, 42, NULL, &d), SV_ERR_INVALID);
    print_diags(&d);
    const sv_Diag *g = diag_at(&d, "/inputs/1/decision");
    expect_at(g, 4, 24);
    assert_non_null(strstr(g->message, "refused at 3 s"));

    /* the hash: a replay of run_json's inputs that expects another state */
    sv_diag_clear(&d);
    char *text = malloc(strlen(run_json) + 64);
    assert_non_null(text);
    size_t n = strlen(run_json) - 1;
    memcpy(text, run_json, n);
    snprintf(text + n, 64, ",\n \"hash\": \"0000000000000001\"}");
    assert_int_equal(run_text(text, 77, NULL, &d), SV_ERR_INVALID);
    print_diags(&d);
    expect_at(diag_at(&d, "/hash"), 6, 10);
    free(text);

    /* another pack version is a warning at /pack_version, the same one nothing */
    sv_diag_clear(&d);
    sv_Replay r;
    assert_int_equal(parse(valid_json, &r, &d), SV_OK);
    assert_true(sv_replay_check_version(&r, "1.0.0", "v.json", &d));
    assert_int_equal(d.count, 0);
    assert_false(sv_replay_check_version(&r, "1.1.0", "v.json", &d));
    assert_int_equal(d.errors, 0);
    g = diag_at(&d, "/pack_version");
    assert_int_equal(g->severity, SV_SEV_WARNING);
    expect_at(g, 2, 50);
    assert_non_null(strstr(g->message, "1.0.0"));
    assert_non_null(strstr(g->message, "1.1.0"));

    /* a recorded replay has no file behind it: the pointer, no position */
    sv_diag_clear(&d);
    sv_Replay rec = r;
    rec.source = NULL;
    sv_replay_refused(&rec, 0, SV_INPUT_DISABLED, "rec.json", &d);
    assert_int_equal(diag_at(&d, "/inputs/0/option")->line, 0);
    sv_replay_free(&r);
    sv_diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_valid),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_record),
        cmocka_unit_test(test_parse_errors),
        cmocka_unit_test(test_parse_collects_every_error),
        cmocka_unit_test(test_run_matches_direct),
        cmocka_unit_test(test_run_errors),
        cmocka_unit_test(test_run_positions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
