/* What judging keeps from run to run and within a run changes no result:
 * seeded random play-throughs of the sample's parcel and the built-in
 * scenarios, with the audience off and with the crowd, end in the same state
 * hash, meters, rule firings (every record), meter history and ending when
 * played many times in a row with one sv_ScoreStatic (as explore and its
 * benchmark play them: whole judgements kept by their context's key, the
 * threads' tallies kept as replies go out) as when each is played on its own
 * with none and the tallies off (every reply read again at every judgement). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "score_internal.h" /* the state's records and the threads' tally: white-box */
#include "score_support.h"
#include "svara/pack.h"
#include "svara/rng.h"
#include "svara/score.h"
#include "svara/session.h"

#define RUNS 40 /* seeds per scenario: later ones meet judgements kept by earlier ones */

/* A random answer to open decision d: an enabled option, or a composed reply
 * of random parts in random order, in public or in private. */
static bool answer(const sv_Session *s, int32_t d, sv_Rng *rng, sv_Input *in)
{
    const sv_Decision *de = &s->sc->decisions[d];
    int32_t opts[SV_MAX_OPTIONS], parts[SV_MAX_PARTS];
    uint32_t no = 0, np = 0;
    for (uint32_t i = 0; i < de->options.count && no < SV_MAX_OPTIONS; i++)
        if (sv_session_option_enabled(s, (int32_t)(de->options.start + i)))
            opts[no++] = (int32_t)(de->options.start + i);
    for (uint32_t i = 0; i < de->parts.count && np < SV_MAX_PARTS; i++)
        if (sv_session_part_enabled(s, (int32_t)(de->parts.start + i)))
            parts[np++] = (int32_t)(de->parts.start + i);
    uint32_t lo = de->compose_min ? de->compose_min : 1u;
    bool compose = np >= lo && (de->compose_public || de->compose_private);
    if (no + (compose ? 1u : 0u) == 0) return false;
    uint32_t k = sv_rng_below(rng, no + (compose ? 1u : 0u));
    memset(in, 0, sizeof *in);
    in->decision = d;
    if (k < no) {
        in->kind = SV_INPUT_CHOOSE;
        in->option = opts[k];
        return true;
    }
    in->kind = SV_INPUT_COMPOSE;
    in->visibility = !de->compose_public                           ? SV_VIS_PRIVATE
                     : de->compose_private && sv_rng_below(rng, 2) ? SV_VIS_PRIVATE
                                                                   : SV_VIS_PUBLIC;
    uint32_t hi = de->compose_max < np ? de->compose_max : np;
    uint32_t count = lo + sv_rng_below(rng, hi - lo + 1u);
    for (uint32_t i = 0; i < count; i++) {
        uint32_t j = i + sv_rng_below(rng, np - i);
        int32_t t = parts[i];
        parts[i] = parts[j];
        parts[j] = t;
        in->parts[in->part_count++] = parts[i];
    }
    return true;
}

/* Plays the session to its end: each decision answered at a random moment
 * before its deadline or left to time out, the clock advanced to each next thing. */
static void play_on(sv_Session *sp, uint64_t seed)
{
    const sv_Scenario *sc = sp->sc;
    sv_Rng rng;
    sv_rng_seed(&rng, seed, 13);
    uint32_t plan[64];
    bool planned[64] = {false};
    assert_true(sc->decision_count <= 64);
    while (!sp->ended) {
        int32_t next = -1;
        uint32_t at = 0;
        for (uint32_t d = 0; d < sc->decision_count; d++) {
            if (sp->decision_state[d] != SV_DEC_OPEN) continue;
            if (!planned[d]) {
                planned[d] = true;
                uint32_t dl = sc->decisions[d].deadline_ms;
                plan[d] =
                    dl && sv_rng_below(&rng, 5) ? sp->now_ms + sv_rng_below(&rng, dl) : UINT32_MAX;
            }
            if (plan[d] != UINT32_MAX && (next < 0 || plan[d] < at)) {
                next = (int32_t)d;
                at = plan[d];
            }
        }
        if (next >= 0 && at <= sp->now_ms) {
            sv_Input in;
            plan[next] = UINT32_MAX;
            if (answer(sp, next, &rng, &in)) (void)sv_session_apply(sp, &in);
            continue;
        }
        uint32_t due;
        bool pending = sv_session_next_due(sp, &due);
        if (!pending && next < 0) {
            sv_session_run_out(sp);
            break;
        }
        sv_session_advance(sp, pending && (next < 0 || due < at) ? due : at);
    }
}

/* Two sessions ended alike: state, meters, every firing and sample, ending. */
static void expect_same(const char *id, uint64_t seed, const sv_Session *a, const sv_Session *b)
{
    if (sv_session_hash(a) != sv_session_hash(b))
        fail_msg("%s seed %llu: state %016llx kept, %016llx afresh", id, (unsigned long long)seed,
                 (unsigned long long)sv_session_hash(a), (unsigned long long)sv_session_hash(b));
    assert_memory_equal(a->meters, b->meters, sizeof a->meters);
    assert_int_equal(a->ending, b->ending);
    assert_int_equal(a->now_ms, b->now_ms);
    assert_int_equal(a->score->firing_count, b->score->firing_count);
    for (size_t i = 0; i < a->score->firing_count; i++)
        assert_memory_equal(&a->score->firings[i], &b->score->firings[i],
                            sizeof a->score->firings[i]);
    assert_int_equal(a->score->history_count, b->score->history_count);
    assert_memory_equal(a->score->history, b->score->history,
                        a->score->history_count * sizeof *a->score->history);
}

static void same_kept_and_afresh(const char *folder, const char *only, bool crowd, uint32_t runs)
{
    sv_Pack *pack = t_load_pack(folder, NULL);
    sv_ScoreModel *m = t_score_file("assets/scoring/default.json");
    uint32_t played = 0, tallied = 0;
    for (uint32_t i = 0; i < pack->scenario_count; i++) {
        sv_Scenario sc = pack->scenarios[i];
        if (only && strcmp(sc.id, only) != 0) continue;
        if (!crowd) sc.audience_size = 0;
        sv_ScoreStatic *stat = sv_score_static_new(&sc);
        assert_non_null(stat);
        sv_Session kept; /* restarted for each seed, its static kept throughout */
        assert_int_equal(sv_session_init(&kept, &sc, 1), SV_OK);
        assert_int_equal(sv_session_set_model(&kept, m, SV_LANG_EN), SV_OK);
        for (uint64_t seed = 1; seed <= runs; seed++) {
            assert_int_equal(sv_session_restart(&kept, seed), SV_OK);
            kept.score->stat = stat;
            play_on(&kept, seed);
            sv_Session fresh;
            assert_int_equal(sv_session_init(&fresh, &sc, seed), SV_OK);
            assert_int_equal(sv_session_set_model(&fresh, m, SV_LANG_EN), SV_OK);
            sv_SeenTally *off = sv_score_seen_tally(fresh.score);
            assert_non_null(off);
            off->upto = UINT32_MAX; /* past every history: each judgement reads every reply */
            play_on(&fresh, seed);
            expect_same(sc.id, seed, &kept, &fresh);
            tallied += sv_score_seen_tally(kept.score)->upto > 0;
            sv_session_free(&fresh);
            played++;
        }
        sv_session_free(&kept);
        sv_score_static_free(stat);
    }
    assert_true(played > 0);
    assert_true(tallied > 0); /* the tallies were read */
    sv_score_free(m);
    sv_pack_unload(pack);
}

static void test_sample_parcel(void **state)
{
    (void)state;
    same_kept_and_afresh("scenarios/sample", "parcel", false, 3 * RUNS);
    same_kept_and_afresh("scenarios/sample", "parcel", true, RUNS / 8);
}

static void test_core_scenarios(void **state)
{
    (void)state;
    same_kept_and_afresh("scenarios/core", NULL, false, RUNS);
}

/* The kept hits are those of the context they were kept for: a context
 * judged alike fires the same rules with the same effects, one that differs
 * in what a test reads (here the delay against the deadline, then the
 * reply's words used before) is judged on its own. */
static void test_kept_hits_follow_the_context(void **state)
{
    (void)state;
    sv_Pack *pack = t_load_pack("scenarios/sample", NULL);
    sv_ScoreModel *m = t_score_file("assets/scoring/default.json");
    const sv_Scenario *sc = &pack->scenarios[0];
    sv_ScoreMemo *memo = sv_score_memo_new();
    assert_non_null(memo);
    size_t cap = m->rule_count;
    sv_ScoreHit *a = calloc(cap, sizeof *a), *b = calloc(cap, sizeof *b);
    assert_non_null(a);
    assert_non_null(b);
    uint32_t compared = 0, differed = 0;
    for (uint32_t o = 0; o < sc->option_count; o++) {
        size_t first = SIZE_MAX; /* the option's hits at once, its words new */
        sv_ScoreHit *one = calloc(cap, sizeof *one);
        assert_non_null(one);
        sv_ScoreContext c;
        memset(&c, 0, sizeof c);
        c.trigger = SV_TRIGGER_REPLY;
        c.decision = sv_scenario_option_decision(sc, (int32_t)o);
        c.post = sc->decisions[c.decision].about;
        c.option = (int32_t)o;
        c.has_reply = c.has_post = c.speaks = true;
        c.action = SV_ACTION_REPLY;
        c.visibility = SV_VIS_PUBLIC;
        c.tags = sc->options[o].tags;
        c.valence = sc->posts[c.post].valence;
        c.policy = -1;
        c.own_delay_pct = -1;
        for (int32_t pct = 0; pct <= 200; pct += 25) {
            for (uint32_t repeat = 0; repeat < 4; repeat++) {
                c.deadline_pct = pct;
                c.repeat = repeat;
                c.canned = repeat > 0;
                c.memo = NULL;
                size_t na = sv_score_fire_hits(m, &c, a, cap); /* judged afresh */
                c.memo = memo;
                size_t nb = sv_score_fire_hits(m, &c, b, cap); /* kept, or kept now */
                size_t nc = sv_score_fire_hits(m, &c, b, cap); /* as kept */
                assert_int_equal(na, nb);
                assert_int_equal(na, nc);
                assert_memory_equal(a, b, na * sizeof *a);
                compared++;
                if (first == SIZE_MAX) {
                    first = na;
                    memcpy(one, a, na * sizeof *a);
                } else if (first != na || memcmp(one, a, na * sizeof *a) != 0) {
                    differed++; /* a context that fires other hits: told apart */
                }
            }
        }
        free(one);
    }
    assert_true(compared > 20);
    assert_true(differed > 0);
    free(a);
    free(b);
    sv_score_memo_free(memo);
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
        cmocka_unit_test(test_sample_parcel),
        cmocka_unit_test(test_core_scenarios),
        cmocka_unit_test(test_kept_hits_follow_the_context),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
