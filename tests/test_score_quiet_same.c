/* The shortcuts of ticks and quiet time change no result, and neither does
 * a session restarted in place of one started afresh. Seeded random
 * play-throughs of the sample pack and a few built-in scenarios, with the
 * audience off (where quiet time is batched), end in the same state hash,
 * meters and records with the default model as with a copy of it marked as
 * if its tick rules read the time, which judges every tick afresh, second by
 * second: no kept tick contexts, no list of live ticks, no batch. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "play_support.h"
#include "score_internal.h" /* the state's records: white-box */
#include "score_support.h"
#include "svara/pack.h"
#include "svara/rng.h"
#include "svara/score.h"
#include "svara/session.h"

#define RUNS 12 /* seeds per scenario */

typedef struct Result {
    uint64_t hash;
    int32_t meters[SV_METER_COUNT];
    size_t firings, samples;
    int32_t ending;
} Result;

/* One play-through (t_play_random): a decision in four with a deadline left to
 * time out, a composed reply public when it may be. */
static Result play_on(sv_Session *sp, uint64_t seed);
static const t_PlayStyle style = {.stream = 11, .time_out_in = 4, .private_too = false};

/* Two runs of one seed end alike: state hash, meters, records and ending. */
static void expect_same(const char *id, uint64_t seed, const char *how_a, const char *how_b,
                        const Result *a, const Result *b)
{
    if (a->hash != b->hash)
        fail_msg("%s seed %llu: state %016llx %s, %016llx %s", id, (unsigned long long)seed,
                 (unsigned long long)a->hash, how_a, (unsigned long long)b->hash, how_b);
    assert_memory_equal(a->meters, b->meters, sizeof a->meters);
    assert_int_equal(a->firings, b->firings);
    assert_int_equal(a->samples, b->samples);
    assert_int_equal(a->ending, b->ending);
}

static Result play(const sv_Scenario *sc, const sv_ScoreModel *m, uint64_t seed)
{
    sv_Session s;
    assert_int_equal(sv_session_init(&s, sc, seed), SV_OK);
    assert_int_equal(sv_session_set_model(&s, m, SV_LANG_EN), SV_OK);
    Result r = play_on(&s, seed);
    sv_session_free(&s);
    return r;
}

/* The play-through of a session started with `seed`, to its end. */
static Result play_on(sv_Session *sp, uint64_t seed)
{
    t_play_random(sp, seed, &style);
    Result r = {.hash = sv_session_hash(sp),
                .firings = sp->score->firing_count,
                .samples = sp->score->history_count,
                .ending = sp->ending};
    memcpy(r.meters, sp->meters, sizeof r.meters);
    return r;
}

static void same_with_and_without_shortcuts(const char *folder, const char *only)
{
    sv_Pack *pack = t_load_pack(folder, NULL);
    sv_ScoreModel *m = t_score_file("assets/scoring/default.json");
    sv_ScoreModel *plain = sv_score_clone(m);
    assert_non_null(plain);
    plain->ticks_read_time = 2; /* every tick judged afresh, one second at a time */
    uint32_t played = 0;
    for (uint32_t i = 0; i < pack->scenario_count; i++) {
        sv_Scenario sc = pack->scenarios[i];
        if (only && strcmp(sc.id, only) != 0) continue;
        sc.audience_size = 0; /* quiet time is batched only without a crowd */
        for (uint64_t seed = 1; seed <= RUNS; seed++) {
            Result a = play(&sc, m, seed), b = play(&sc, plain, seed);
            expect_same(sc.id, seed, "with the shortcuts", "without", &a, &b);
            played++;
        }
    }
    assert_true(played > 0);
    sv_score_free(plain);
    sv_score_free(m);
    sv_pack_unload(pack);
}

static void test_sample_pack(void **state)
{
    (void)state;
    same_with_and_without_shortcuts("scenarios/sample", "parcel");
}

static void test_core_scenarios(void **state)
{
    (void)state;
    const char *const ids[] = {"outage", "storm", "train", "rumour", "billing"};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        same_with_and_without_shortcuts("scenarios/core", ids[i]);
}

/* More than 64 posts: the scoring state keeps the posts that may stand in
 * arrays instead of one word's bits (find_standing, sv_score_tick_live).
 * The wide pack (tests/score_wide.cmake makes it in the build folder) holds
 * the sample's parcel with 60 posts nothing shows put before its own, which
 * sit at 60-80 there: each seed plays it as parcel
 * plays (meters, ending, every record and sample, its posts 60 on), and as
 * itself without the shortcuts. */
#define WIDE_PAD 60 /* the posts put before parcel's own */

static void test_wide_scenario(void **state)
{
    (void)state;
    same_with_and_without_shortcuts(SV_BINARY_DIR "/wide-pack", "parcel");
    sv_Pack *narrow = t_load_pack("scenarios/sample", NULL),
            *wide = t_load_pack(SV_BINARY_DIR "/wide-pack", NULL);
    sv_ScoreModel *m = t_score_file("assets/scoring/default.json");
    const sv_Scenario *a = NULL, *b = NULL;
    for (uint32_t i = 0; i < narrow->scenario_count; i++)
        if (strcmp(narrow->scenarios[i].id, "parcel") == 0) a = &narrow->scenarios[i];
    assert_int_equal(wide->scenario_count, 1);
    b = &wide->scenarios[0];
    assert_non_null(a);
    assert_int_equal(b->post_count, a->post_count + WIDE_PAD);
    assert_true(a->post_count <= 64 && b->post_count > 64);
    sv_Scenario sa = *a, sb = *b;
    sa.audience_size = sb.audience_size = 0;
    size_t beyond = 0; /* records of posts past the 64th */
    for (uint64_t seed = 1; seed <= RUNS; seed++) {
        sv_Session x, y;
        assert_int_equal(sv_session_init(&x, &sa, seed), SV_OK);
        assert_int_equal(sv_session_set_model(&x, m, SV_LANG_EN), SV_OK);
        assert_int_equal(sv_session_init(&y, &sb, seed), SV_OK);
        assert_int_equal(sv_session_set_model(&y, m, SV_LANG_EN), SV_OK);
        assert_true(x.score->masked);
        assert_false(y.score->masked);
        Result ra = play_on(&x, seed), rb = play_on(&y, seed);
        ra.hash = rb.hash = 0; /* the post arrays differ in length */
        expect_same("parcel", seed, "with 21 posts", "with 81", &ra, &rb);
        for (size_t i = 0; i < x.score->firing_count; i++) {
            sv_Firing f = x.score->firings[i], g = y.score->firings[i];
            beyond += g.post >= 64;
            if (g.post >= 0) g.post -= WIDE_PAD;
            assert_memory_equal(&f, &g, sizeof f);
        }
        assert_memory_equal(x.score->history, y.score->history,
                            x.score->history_count * sizeof *x.score->history);
        assert_int_equal(x.now_ms, y.now_ms);
        assert_int_equal(x.log_count, y.log_count);
        sv_session_free(&x);
        sv_session_free(&y);
    }
    assert_true(beyond > 0);
    sv_score_free(m);
    sv_pack_unload(wide);
    sv_pack_unload(narrow);
}

/* A session restarted (sv_session_restart) after a whole play-through of
 * another seed plays as one started afresh, with and without a crowd. */
static void test_restart_is_a_fresh_start(void **state)
{
    (void)state;
    sv_Pack *pack = t_load_pack("scenarios/sample", NULL);
    sv_ScoreModel *m = t_score_file("assets/scoring/default.json");
    for (uint32_t i = 0; i < pack->scenario_count; i++) {
        for (int crowd = 0; crowd < 2; crowd++) {
            sv_Scenario sc = pack->scenarios[i];
            if (!crowd) sc.audience_size = 0;
            if (crowd && !sc.audience_size) continue;
            sv_Session kept;
            assert_int_equal(sv_session_init(&kept, &sc, 99), SV_OK);
            assert_int_equal(sv_session_set_model(&kept, m, SV_LANG_EN), SV_OK);
            (void)play_on(&kept, 99);
            for (uint64_t seed = 1; seed <= (crowd ? 2u : 6u); seed++) {
                Result a = play(&sc, m, seed);
                assert_int_equal(sv_session_restart(&kept, seed), SV_OK);
                Result b = play_on(&kept, seed);
                expect_same(sc.id, seed, "started afresh", "restarted", &a, &b);
            }
            sv_session_free(&kept);
        }
    }
    sv_score_free(m);
    sv_pack_unload(pack);
}

static int setup(void **state)
{
    (void)state;
    t_fs_init();
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    sv_fs_free();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sample_pack),
        cmocka_unit_test(test_core_scenarios),
        cmocka_unit_test(test_wide_scenario),
        cmocka_unit_test(test_restart_is_a_fresh_start),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
