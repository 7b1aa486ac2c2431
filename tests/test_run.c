/* The core's scored, recorded run (svara/run.h), which the game and every
 * svara-tool command use: a run recorded and its replay played back end in
 * the same state; the pack's scoring changes are applied to the run's copy
 * only; the replay's inputs are applied at their own times however the clock
 * is stepped; a replay of another seed or scenario is refused at the start,
 * an input the run ended before and an edited hash are reported, and the
 * replay header names the pack, its version and the final hash. */
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
#include "svara/run.h"
#include "svara/score.h"

static sv_ScoreModel *M; /* the default model */
static sv_Pack *SAMPLE;  /* the built-in sample pack */
static sv_Pack *WEIGHTS; /* tests/packs/weights: templates cost three times as much */

static int setup(void **state)
{
    (void)state;
    t_fs_init();
    M = t_score_file("assets/scoring/default.json");
    SAMPLE = t_load_pack("scenarios/sample", NULL);
    WEIGHTS = t_load_pack("tests/packs/weights", NULL);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    sv_pack_unload(WEIGHTS);
    sv_pack_unload(SAMPLE);
    sv_score_free(M);
    sv_fs_free();
    return 0;
}

static const sv_Scenario *parcel(void)
{
    int32_t i = sv_pack_find_scenario(SAMPLE, "parcel");
    assert_true(i >= 0);
    return &SAMPLE->scenarios[i];
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
                         .lang = SV_LANG_SV,
                         .replay = replay,
                         .replay_path = "rec.json"};
    sv_Status st = sv_run_start(r, &setup, &d);
    t_print_diags(&d);
    assert_int_equal(st, SV_OK);
    sv_diag_free(&d);
}

/* Answers every decision as it opens with its first enabled option, 7 s in. */
static void play_first_options(sv_Run *r)
{
    while (!r->s.ended) {
        uint32_t due;
        int32_t open = -1;
        for (uint32_t d = 0; d < r->sc->decision_count && open < 0; d++)
            if (r->s.decision_state[d] == SV_DEC_OPEN) open = (int32_t)d;
        if (open >= 0) {
            sv_session_advance(&r->s, r->s.now_ms + 7000u);
            if (r->s.decision_state[open] != SV_DEC_OPEN) continue;
            const sv_Decision *de = &r->sc->decisions[open];
            for (uint32_t k = 0; k < de->options.count; k++) {
                int32_t o = (int32_t)(de->options.start + k);
                if (!sv_session_option_enabled(&r->s, o)) continue;
                sv_Input in = {.kind = SV_INPUT_CHOOSE, .decision = open, .option = o};
                assert_int_equal(sv_run_apply(r, &in), SV_INPUT_OK);
                break;
            }
        } else if (sv_session_next_due(&r->s, &due)) {
            sv_session_advance(&r->s, due);
        } else {
            sv_session_run_out(&r->s);
        }
    }
}

static void parse(const char *json, sv_Replay *out)
{
    sv_DiagList d;
    sv_diag_init(&d);
    sv_replay_init(out);
    sv_Status st = sv_replay_parse("rec.json", json, strlen(json), out, &d);
    t_print_diags(&d);
    assert_int_equal(st, SV_OK);
    sv_diag_free(&d);
}

/* A recorded run and its replay, played through the run, end in one state;
 * the header says where the replay comes from. */
static void test_record_and_play_back(void **state)
{
    (void)state;
    sv_Run a;
    start(&a, SAMPLE, parcel(), 11, NULL);
    play_first_options(&a);
    assert_true(a.rec.input_count >= 2);
    assert_int_equal(a.rec_dropped, 0);
    char *json = sv_run_write_replay(&a);
    assert_non_null(json);
    uint64_t hash = sv_session_hash(&a.s);

    sv_Replay rep;
    parse(json, &rep);
    assert_string_equal(rep.pack, SAMPLE->id);
    assert_string_equal(rep.pack_version, SAMPLE->version);
    assert_string_equal(rep.scenario, "parcel");
    assert_int_equal(rep.seed, 11);
    assert_int_equal(rep.lang, SV_LANG_SV);
    assert_true(rep.has_hash);
    assert_int_equal(rep.hash, hash);
    assert_int_equal(rep.input_count, a.rec.input_count);

    sv_Run b;
    start(&b, SAMPLE, parcel(), 11, &rep);
    sv_DiagList d;
    sv_diag_init(&d);
    assert_true(sv_run_play_replay(&b, &d));
    assert_int_equal(d.count, 0);
    assert_int_equal(sv_session_hash(&b.s), hash);
    /* the playback is recorded too, input for input */
    assert_int_equal(b.rec.input_count, rep.input_count);
    for (size_t i = 0; i < rep.input_count; i++) {
        assert_int_equal(b.rec.inputs[i].t_ms, rep.inputs[i].t_ms);
        assert_string_equal(b.rec.inputs[i].option, rep.inputs[i].option);
    }
    sv_diag_free(&d);
    sv_run_stop(&b);
    sv_replay_free(&rep);
    free(json);
    sv_run_stop(&a);
}

/* The game steps the clock a frame at a time; the tool jumps. The replay's
 * inputs land at their own times either way. */
static void test_inputs_at_their_times_however_stepped(void **state)
{
    (void)state;
    sv_Run a;
    start(&a, SAMPLE, parcel(), 5, NULL);
    play_first_options(&a);
    char *json = sv_run_write_replay(&a);
    sv_Replay rep;
    parse(json, &rep);
    sv_Run b;
    start(&b, SAMPLE, parcel(), 5, &rep);
    sv_DiagList d;
    sv_diag_init(&d);
    for (uint32_t t = 0; !b.s.ended && t <= b.sc->duration_ms; t += 16) sv_run_play_to(&b, t, &d);
    sv_run_play_to(&b, b.sc->duration_ms, &d);
    sv_session_run_out(&b.s);
    assert_true(sv_run_check_replay(&b, &d));
    assert_int_equal(d.count, 0);
    assert_int_equal(sv_session_hash(&b.s), sv_session_hash(&a.s));
    sv_diag_free(&d);
    sv_run_stop(&b);
    sv_replay_free(&rep);
    free(json);
    sv_run_stop(&a);
}

/* The pack's scoring changes reach the run's model, not the base model. */
static void test_pack_changes_on_the_runs_copy(void **state)
{
    (void)state;
    const sv_Scenario *sc = &WEIGHTS->scenarios[0];
    sv_Run with, without;
    start(&with, WEIGHTS, sc, 1, NULL);
    start(&without, NULL, sc, 1, NULL);
    int32_t shrt = sv_score_find_rule(M, "short-reply"),
            tmpl = sv_score_find_rule(M, "template-reply");
    assert_true(shrt >= 0 && tmpl >= 0);
    assert_true(with.model->rules[shrt].disabled);
    assert_int_equal(with.model->rules[tmpl].weight, 300);
    assert_false(without.model->rules[shrt].disabled);
    assert_int_equal(without.model->rules[tmpl].weight, 100);
    assert_false(M->rules[shrt].disabled); /* the base model is never changed */
    assert_int_equal(M->rules[tmpl].weight, 100);
    assert_ptr_equal(with.s.score->model, with.model); /* the session scores with the copy */
    sv_run_stop(&with);
    sv_run_stop(&without);
}

/* A model given as it is (the pack's changes applied once) is shared, not
 * copied, and the run ends exactly as one that copied the base model. */
static void test_shared_model(void **state)
{
    (void)state;
    const sv_Scenario *sc = &WEIGHTS->scenarios[0];
    sv_ScoreModel *applied = sv_score_clone(M);
    assert_non_null(applied);
    sv_DiagList d;
    sv_diag_init(&d);
    assert_int_equal(sv_score_apply_pack(applied, WEIGHTS, &d), SV_OK);
    sv_RunSetup setup = {
        .pack = WEIGHTS, .sc = sc, .model = applied, .seed = 1, .lang = SV_LANG_SV};
    sv_Run shared, copied;
    assert_int_equal(sv_run_start(&shared, &setup, &d), SV_OK);
    start(&copied, WEIGHTS, sc, 1, NULL);
    assert_ptr_equal(shared.model, applied);
    assert_ptr_equal(shared.s.score->model, applied);
    assert_null(shared.owned);
    assert_true(copied.owned != NULL && copied.model == copied.owned);
    play_first_options(&shared);
    play_first_options(&copied);
    sv_session_run_out(&shared.s);
    sv_session_run_out(&copied.s);
    assert_int_equal(sv_session_hash(&shared.s), sv_session_hash(&copied.s));
    sv_run_stop(&shared);
    sv_run_stop(&copied);
    /* the run left the shared model as it was, for the next run */
    assert_int_equal(applied->rules[sv_score_find_rule(M, "template-reply")].weight, 300);
    assert_int_equal(d.count, 0);
    sv_diag_free(&d);
    sv_score_free(applied);
}

/* A replay of another seed or scenario could not end in its state: refused at
 * the start, located in the file. */
static void test_wrong_seed_or_scenario_refused(void **state)
{
    (void)state;
    sv_Run a;
    start(&a, SAMPLE, parcel(), 3, NULL);
    play_first_options(&a);
    char *json = sv_run_write_replay(&a);
    sv_Replay rep;
    parse(json, &rep);
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Run b;
    sv_RunSetup setup = {.pack = SAMPLE, .sc = parcel(), .base = M, .seed = 4, .replay = &rep};
    assert_int_equal(sv_run_start(&b, &setup, &d), SV_ERR_INVALID);
    assert_int_equal(d.errors, 1);
    assert_string_equal(d.items[0].pointer, "/seed");
    assert_non_null(strstr(d.items[0].message, "seed 4"));
    sv_diag_free(&d);
    sv_diag_init(&d);
    snprintf(rep.scenario, sizeof rep.scenario, "%s", "other");
    setup.seed = 3;
    assert_int_equal(sv_run_start(&b, &setup, &d), SV_ERR_INVALID);
    assert_string_equal(d.items[0].pointer, "/scenario");
    sv_diag_free(&d);
    sv_replay_free(&rep);
    free(json);
    sv_run_stop(&a);
}

/* An input after the run's end is refused as too late, and an edited hash is
 * reported at /hash. */
static void test_late_input_and_edited_hash(void **state)
{
    (void)state;
    sv_Run a;
    start(&a, SAMPLE, parcel(), 9, NULL);
    play_first_options(&a);
    sv_Replay rep;
    char *json = sv_run_write_replay(&a);
    parse(json, &rep);
    rep.inputs[rep.input_count - 1].t_ms = a.sc->duration_ms + 1000u;
    rep.hash ^= 1u;
    sv_Run b;
    start(&b, SAMPLE, parcel(), 9, &rep);
    sv_DiagList d;
    sv_diag_init(&d);
    assert_false(sv_run_play_replay(&b, &d));
    assert_int_equal(b.refusal, SV_INPUT_ENDED);
    assert_int_equal(d.errors, 2);
    char ptr[32];
    snprintf(ptr, sizeof ptr, "/inputs/%zu/t", rep.input_count - 1); /* too late: its time */
    assert_string_equal(d.items[0].pointer, ptr);
    assert_string_equal(d.items[1].pointer, "/hash");
    sv_diag_free(&d);
    sv_run_stop(&b);
    sv_replay_free(&rep);
    free(json);
    sv_run_stop(&a);
}

/* A run journaled between any two inputs resumes exactly where it was (the
 * same state hash) and goes on to the same end as the run that was never
 * stopped; a journal of another pack version, with a damaged checkpoint, or a
 * finished run's replay is refused with a message. */
static void test_journal_and_resume(void **state)
{
    (void)state;
    sv_Run a;
    start(&a, SAMPLE, parcel(), 5, NULL);
    play_first_options(&a);
    uint64_t final = sv_session_hash(&a.s);
    char *json = sv_run_write_replay(&a);
    sv_Replay rec;
    parse(json, &rec);
    free(json);
    sv_run_stop(&a);
    assert_true(rec.input_count >= 3);
    for (size_t k = 0; k <= rec.input_count; k++) {
        /* the run as it stood 1.5 s after input k-1 (k = 0: before any) */
        sv_Run c;
        start(&c, SAMPLE, parcel(), 5, &rec);
        uint32_t at = k ? rec.inputs[k - 1].t_ms + 1500u : 2000u;
        sv_run_play_to(&c, at, NULL);
        char *journal = sv_run_write_journal(&c);
        assert_non_null(journal);
        uint64_t here = sv_session_hash(&c.s);
        sv_Replay j;
        parse(journal, &j);
        assert_true(j.has_checkpoint && !j.has_hash);
        assert_int_equal(j.checkpoint_ms, c.s.now_ms);
        assert_int_equal(j.input_count, k < rec.input_count ? k : rec.input_count);

        sv_Run d;
        start(&d, SAMPLE, parcel(), 5, &j);
        sv_DiagList diags;
        sv_diag_init(&diags);
        bool ok = sv_run_resume(&d, &diags);
        t_print_diags(&diags);
        assert_true(ok);
        assert_int_equal(sv_session_hash(&d.s), here);
        assert_int_equal(d.rec.input_count, j.input_count);
        /* both go on the same way and end alike, as the uninterrupted run */
        uint32_t due;
        while (sv_run_next_input(&c, &due)) sv_run_play_to(&c, due, NULL);
        for (size_t i = j.input_count; i < rec.input_count; i++) {
            sv_run_play_to(&d, rec.inputs[i].t_ms, NULL);
            sv_Input in = {.kind = SV_INPUT_CHOOSE,
                           .decision = sv_scenario_find_decision(parcel(), rec.inputs[i].decision),
                           .option = sv_scenario_find_option(parcel(), rec.inputs[i].option)};
            assert_int_equal(sv_run_apply(&d, &in), SV_INPUT_OK);
        }
        sv_session_run_out(&c.s);
        sv_session_run_out(&d.s);
        assert_int_equal(sv_session_hash(&c.s), final);
        assert_int_equal(sv_session_hash(&d.s), final);
        sv_diag_free(&diags);
        sv_run_stop(&d);
        sv_run_stop(&c);

        /* damaged or from another version: refused, with a reason */
        const char *why[] = {"version 0.9.0 of pack", "is not where the journal left it"};
        for (int bad = 0; bad < 2 && k == 2; bad++) {
            sv_Replay w;
            parse(journal, &w);
            if (bad == 0) snprintf(w.pack_version, sizeof w.pack_version, "0.9.0");
            if (bad == 1) w.checkpoint_hash ^= 1u;
            start(&d, SAMPLE, parcel(), 5, &w);
            sv_diag_init(&diags);
            assert_false(sv_run_resume(&d, &diags));
            assert_true(diags.count == 1 && strstr(diags.items[0].message, why[bad]));
            sv_diag_free(&diags);
            sv_run_stop(&d);
            sv_replay_free(&w);
        }
        sv_replay_free(&j);
        free(journal);
    }
    /* a finished run's replay is no journal */
    sv_Run e;
    start(&e, SAMPLE, parcel(), 5, &rec);
    sv_DiagList diags;
    sv_diag_init(&diags);
    assert_false(sv_run_resume(&e, &diags));
    assert_true(diags.count == 1 && strstr(diags.items[0].message, "not a journal"));
    sv_diag_free(&diags);
    sv_run_stop(&e);
    sv_replay_free(&rec);
}

/* The pressure dial (a workshop's deadline_percent): at 50 % the first
 * decision times out in half its time, the run hashes otherwise than at 100 %,
 * its replay says "deadline_percent": 50 and plays back to the same hash; a
 * run at 100 % writes no such key; the dial is refused out of range or once
 * the session has started, and a replay's out-of-range dial is located. */
static void test_deadline_scale(void **state)
{
    (void)state;
    const sv_Scenario *sc = parcel();
    int32_t first = -1;
    uint32_t open_ms = 0;
    uint64_t h[2];
    for (int k = 0; k < 2; k++) {
        sv_Run r;
        sv_DiagList d;
        sv_diag_init(&d);
        sv_RunSetup setup = {.pack = SAMPLE,
                             .sc = sc,
                             .base = M,
                             .seed = 5,
                             .lang = SV_LANG_EN,
                             .deadline_pct = k ? 50u : 0u};
        assert_int_equal(sv_run_start(&r, &setup, &d), SV_OK);
        assert_int_equal(r.s.deadline_pct, k ? 50u : 100u);
        /* let the first decision open, then time out with no answer */
        uint32_t due;
        while (first < 0 || r.s.decision_state[first] == SV_DEC_PENDING) {
            assert_true(sv_session_next_due(&r.s, &due));
            sv_session_advance(&r.s, due);
            for (uint32_t i = 0; i < sc->decision_count && first < 0; i++)
                if (r.s.decision_state[i] == SV_DEC_OPEN) first = (int32_t)i;
        }
        open_ms = r.s.decision_open_ms[first];
        uint32_t want = sc->decisions[first].deadline_ms / (k ? 2u : 1u);
        assert_int_equal(sv_session_deadline_ms(&r.s, first), want);
        sv_session_advance(&r.s, open_ms + want - 1u);
        assert_int_equal(r.s.decision_state[first], SV_DEC_OPEN);
        sv_session_advance(&r.s, open_ms + want);
        assert_int_equal(r.s.decision_state[first], SV_DEC_TIMED_OUT);
        /* too late to move the dial */
        assert_int_equal(sv_session_set_deadline_pct(&r.s, 200u), SV_ERR_INVALID);
        sv_session_run_out(&r.s);
        h[k] = sv_session_hash(&r.s);
        char *json = sv_run_write_replay(&r);
        assert_non_null(json);
        assert_true((strstr(json, "\"deadline_percent\"") != NULL) == (k == 1));
        sv_Replay rep;
        parse(json, &rep);
        assert_int_equal(rep.deadline_pct, k ? 50u : 0u);
        sv_Run b;
        start(&b, SAMPLE, sc, 5, &rep); /* the setup asks 100: the replay's dial wins */
        assert_true(sv_run_play_replay(&b, &d));
        assert_int_equal(sv_session_hash(&b.s), h[k]);
        sv_run_stop(&b);
        sv_replay_free(&rep);
        free(json);
        sv_diag_free(&d);
        sv_run_stop(&r);
    }
    assert_true(h[0] != h[1]);
    /* out of range */
    sv_Session s;
    assert_int_equal(sv_session_init(&s, sc, 1), SV_OK);
    assert_int_equal(sv_session_set_deadline_pct(&s, 24u), SV_ERR_INVALID);
    assert_int_equal(sv_session_set_deadline_pct(&s, 401u), SV_ERR_INVALID);
    assert_int_equal(sv_session_set_deadline_pct(&s, 400u), SV_OK);
    sv_session_free(&s);
    const char *bad = "{\"format\": 1, \"pack\": \"sample\", \"pack_version\": \"1.0.0\",\n"
                      " \"scenario\": \"parcel\", \"seed\": 5, \"lang\": \"en\",\n"
                      " \"deadline_percent\": 500, \"inputs\": []}";
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Replay rep;
    sv_replay_init(&rep);
    assert_int_not_equal(sv_replay_parse("bad.json", bad, strlen(bad), &rep, &d), SV_OK);
    assert_true(d.count >= 1);
    assert_string_equal(d.items[0].pointer, "/deadline_percent");
    assert_int_equal(d.items[0].line, 3);
    sv_replay_free(&rep);
    sv_diag_free(&d);
}

/* The dial moved during the run: a decision open keeps its deadline, the ones
 * that open later get the new one; the move is in the replay
 * ("deadline_changes") and plays back to the same hash, journal and all; a
 * move out of time order is located. */
static void test_deadline_moved_mid_run(void **state)
{
    (void)state;
    const sv_Scenario *sc = parcel();
    sv_Run r;
    sv_DiagList d;
    sv_diag_init(&d);
    sv_RunSetup setup = {.pack = SAMPLE, .sc = sc, .base = M, .seed = 5, .lang = SV_LANG_EN};
    assert_int_equal(sv_run_start(&r, &setup, &d), SV_OK);
    assert_true(sv_run_set_deadline(&r, 200u)); /* before the first moment: the start value */
    assert_int_equal(r.rec.dial_count, 0);
    int32_t first = -1;
    uint32_t due;
    while (first < 0) {
        assert_true(sv_session_next_due(&r.s, &due));
        sv_session_advance(&r.s, due);
        for (uint32_t i = 0; i < sc->decision_count && first < 0; i++)
            if (r.s.decision_state[i] == SV_DEC_OPEN) first = (int32_t)i;
    }
    assert_int_equal(sv_session_deadline_ms(&r.s, first), sc->decisions[first].deadline_ms * 2u);
    sv_session_advance(&r.s, r.s.now_ms + 1000u);
    assert_true(sv_run_set_deadline(&r, 50u)); /* a move during the run */
    assert_int_equal(r.rec.dial_count, 1);
    assert_int_equal(sv_session_deadline_ms(&r.s, first), sc->decisions[first].deadline_ms * 2u);
    /* the next decision to open gets half its time */
    int32_t second = -1;
    while (second < 0 && !r.s.ended) {
        if (!sv_session_next_due(&r.s, &due)) break;
        sv_session_advance(&r.s, due);
        for (uint32_t i = 0; i < sc->decision_count && second < 0; i++)
            if ((int32_t)i != first && r.s.decision_state[i] != SV_DEC_PENDING &&
                r.s.decision_state[i] != SV_DEC_SKIPPED)
                second = (int32_t)i;
    }
    assert_true(second >= 0);
    assert_int_equal(sv_session_deadline_ms(&r.s, second), sc->decisions[second].deadline_ms / 2u);
    /* a journal now resumes to here */
    char *journal = sv_run_write_journal(&r);
    assert_non_null(journal);
    assert_non_null(strstr(journal, "\"deadline_changes\""));
    sv_Replay j;
    parse(journal, &j);
    assert_int_equal(j.deadline_pct, 200u);
    assert_int_equal(j.dial_count, 1);
    assert_int_equal(j.dials[0].pct, 50u);
    sv_Run b;
    start(&b, SAMPLE, sc, 5, &j);
    assert_true(sv_run_resume(&b, &d));
    assert_int_equal(sv_session_hash(&b.s), sv_session_hash(&r.s));
    sv_run_stop(&b);
    sv_replay_free(&j);
    free(journal);
    /* the whole run, played back */
    sv_session_run_out(&r.s);
    char *json = sv_run_write_replay(&r);
    sv_Replay rep;
    parse(json, &rep);
    start(&b, SAMPLE, sc, 5, &rep);
    assert_true(sv_run_play_replay(&b, &d));
    assert_int_equal(sv_session_hash(&b.s), sv_session_hash(&r.s));
    assert_int_equal(b.rec.dial_count, 1);
    sv_run_stop(&b);
    sv_replay_free(&rep);
    free(json);
    t_print_diags(&d);
    assert_int_equal(d.count, 0);
    sv_run_stop(&r);
    assert_false(sv_run_set_deadline(&r, 100u)); /* a stopped run */
    const char *bad = "{\"format\": 1, \"pack\": \"sample\", \"pack_version\": \"1.0.0\",\n"
                      " \"scenario\": \"parcel\", \"seed\": 5, \"lang\": \"en\", \"inputs\": [],\n"
                      " \"deadline_changes\": [{\"t\": 30, \"percent\": 50},\n"
                      "   {\"t\": 20, \"percent\": 75}]}";
    sv_diag_clear(&d);
    sv_replay_init(&rep);
    assert_int_not_equal(sv_replay_parse("bad.json", bad, strlen(bad), &rep, &d), SV_OK);
    assert_true(d.count >= 1);
    assert_string_equal(d.items[0].pointer, "/deadline_changes/1/t");
    assert_int_equal(d.items[0].line, 4);
    sv_replay_free(&rep);
    sv_diag_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_and_play_back),
        cmocka_unit_test(test_inputs_at_their_times_however_stepped),
        cmocka_unit_test(test_pack_changes_on_the_runs_copy),
        cmocka_unit_test(test_shared_model),
        cmocka_unit_test(test_wrong_seed_or_scenario_refused),
        cmocka_unit_test(test_late_input_and_edited_hash),
        cmocka_unit_test(test_journal_and_resume),
        cmocka_unit_test(test_deadline_scale),
        cmocka_unit_test(test_deadline_moved_mid_run),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
