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

#include "play_support.h"
#include "score_internal.h" /* the state's records and the threads' tally: white-box */
#include "score_support.h"
#include "svara/pack.h"
#include "svara/rng.h"
#include "svara/score.h"
#include "svara/session.h"

#define RUNS 40 /* seeds per scenario: later ones meet judgements kept by earlier ones */

/* One play-through (t_play_random): a decision in five with a deadline left to
 * time out, a composed reply public or private at random when both may be. */
static void play_on(sv_Session *sp, uint64_t seed)
{
    static const t_PlayStyle style = {.stream = 13, .time_out_in = 5, .private_too = true};
    t_play_random(sp, seed, &style);
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

/* The context of option o answered in public at once, its words new. */
static sv_ScoreContext option_context(const sv_Scenario *sc, uint32_t o)
{
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
    return c;
}

/* The kept hits are those of the context they were kept for: a context
 * judged alike fires the same rules with the same effects, one that differs
 * in what a test reads (here the delay against the deadline, then the
 * reply's words used before) is judged on its own. */
/* One context, then another that differs from it in one reading: the second
 * judged afresh and as kept (after the first was kept) fires the same hits,
 * so the memo tells the two apart. *moved: the two fire different hits. */
static bool told_apart(const sv_ScoreModel *m, sv_ScoreMemo *memo, sv_ScoreContext before,
                       sv_ScoreContext after, sv_ScoreHit *a, sv_ScoreHit *b, size_t cap,
                       bool *moved)
{
    before.memo = memo;
    size_t off = sv_score_fire_hits(m, &before, b, cap); /* kept */
    after.memo = NULL;
    size_t na = sv_score_fire_hits(m, &after, a, cap);
    if (na != off || memcmp(a, b, na * sizeof *a) != 0) *moved = true;
    after.memo = memo;
    size_t nb = sv_score_fire_hits(m, &after, b, cap);
    return na == nb && memcmp(a, b, na * sizeof *a) == 0;
}

/* Readings a rule reads only beside others, each made ready on an option's
 * context (a complaint, from the complainer): */
/* the demand met beyond the loss, as the remedy everyone in the same case
 * gets and as a prize (tells_for_all: grants_demand) */
static void prep_for_all(sv_ScoreContext *c)
{
    c->loss = 100;
    c->offer = 1000;
    c->demand = 1000;
}
/* a compensation beside a question while the claim is unknown, resting on
 * something known and not (compensation_known: compensation-offered) */
static void prep_comp_known(sv_ScoreContext *c)
{
    c->kinds[0] = SV_PART_ASK;
    c->kinds[1] = SV_PART_COMPENSATE;
    c->kind_count = 2;
    c->compensates = true;
    c->offer = 500;
    c->claims_unknown = true;
    c->facts_missing = true;
    c->checked = false;
    c->leaves_open = false;
}
/* the answer in its own thread that tells the measure, with the cause and
 * without (tells_cause: cause-and-change-told) */
static void prep_cause(sv_ScoreContext *c)
{
    c->own_thread = true;
    c->tells_measure = true;
}
/* a sorry (option_context gives no part kinds), the thread's first and said
 * again (apologises_again: sincere-apology) */
static void prep_sorry(sv_ScoreContext *c)
{
    c->kinds[0] = SV_PART_APOLOGISE;
    c->kind_count = 1;
}
/* a recurring complaint, what came of it told and not (tells_outcome:
 * recurring-complaint-unfixed) */
static void prep_outcome(sv_ScoreContext *c) { c->recurring = true; }
/* a confirmation with a remedy, its explanation saying why and not
 * (explains_why: explanation-given) */
static void prep_why(sv_ScoreContext *c)
{
    c->remedy = true;
    c->kinds[0] = SV_PART_ACKNOWLEDGE;
    c->kind_count = 1;
}
/* an explanation that says why, every point answered and not
 * (answers_every_point: every-point-answered) */
static void prep_every_point(sv_ScoreContext *c) { c->explains_why = true; }
/* a public answer in a thread that has had its two, to someone new in it and
 * not (new_voice: third-public-reply) */
static void prep_new_voice(sv_ScoreContext *c)
{
    c->thread_replies = 2;
    c->visibility = SV_VIS_PUBLIC;
}
/* a reply with words, the question's answer confirmed and not
 * (answers_question: question-answered) */
static void prep_answer(sv_ScoreContext *c) { c->speaks = true; }
/* a public reply with a remedy that takes the rest to private, something
 * private at stake and not (private_at_stake: private-case-taken-private) */
static void prep_private(sv_ScoreContext *c)
{
    c->speaks = true;
    c->visibility = SV_VIS_PUBLIC;
    c->moves_private = true;
    c->remedy = true;
}
/* a public reply that answers the question and takes the rest to private,
 * a personal detail still to gather and not (private_to_gather:
 * switch-after-public-solution) */
static void prep_gather(sv_ScoreContext *c)
{
    c->speaks = true;
    c->visibility = SV_VIS_PUBLIC;
    c->moves_private = true;
    c->answers_question = true;
}
/* a reply with words to a question that raises a true fault, the claim
 * confirmed and the cause told, a sorry and no acknowledge part, the sorry
 * owning the fault itself and not (sorry_owns_fault: fault-in-question-owned) */
static void prep_sorry_owns(sv_ScoreContext *c)
{
    c->speaks = true;
    c->valence = SV_VALENCE_NEUTRAL;
    c->claim_true = true;
    c->claims_true = 1;
    c->claims_false = 0;
    c->answers_claim = true;
    c->confirms_true = 1;
    c->confirms_false = 0;
    c->tells_cause = true;
    c->kinds[0] = SV_PART_APOLOGISE;
    c->kind_count = 1;
}
/* a reply with words that compensates, the offer new and made before
 * (compensates_again: compensation-offered) */
static void prep_again(sv_ScoreContext *c)
{
    c->speaks = true;
    c->compensates = true;
}
/* a reply with words whose one part is a promise to come back, a promise of
 * more and the measure told (promises_measure: follow-up-promised) */
static void prep_promise(sv_ScoreContext *c)
{
    c->speaks = true;
    c->kinds[0] = SV_PART_FOLLOW_UP;
    c->kind_count = 1;
}
/* a first public reply with words in the complainer's own thread that says
 * sorry, the claim true and the brand's fault, the post's claims unsaid and
 * said (claims_unsaid: sorry-without-the-claim) */
static void prep_unsaid(sv_ScoreContext *c)
{
    c->speaks = true;
    c->visibility = SV_VIS_PUBLIC;
    c->own_thread = true;
    c->claim_true = true;
    c->claims_true = 1;
    c->kinds[0] = SV_PART_APOLOGISE;
    c->kind_count = 1;
}
/* a first public reply with words in the complainer's own thread, the claim
 * true and the brand's fault, no remedy in it, the composer holding one and
 * not (remedy_at_hand: fault-not-made-good) */
static void prep_at_hand(sv_ScoreContext *c)
{
    c->speaks = true;
    c->visibility = SV_VIS_PUBLIC;
    c->own_thread = true;
    c->claim_true = true;
    c->claims_true = 1;
}

/* Each option's context made ready by prep, and the same with the flag at
 * offset `flag` turned on: judged afresh and as kept, the two fire the same
 * hits, and the flag moves some option's hits. */
static void flag_told_apart(const sv_Scenario *sc, const sv_ScoreModel *m, sv_ScoreMemo *memo,
                            sv_ScoreHit *a, sv_ScoreHit *b, size_t cap,
                            void (*prep)(sv_ScoreContext *), size_t flag, const char *what)
{
    bool moved = false;
    for (uint32_t o = 0; o < sc->option_count; o++) {
        sv_ScoreContext c = option_context(sc, o);
        c.deadline_pct = 50;
        c.valence = SV_VALENCE_NEGATIVE;
        c.author = SV_ROLE_COMPLAINER;
        prep(&c);
        sv_ScoreContext on = c;
        *((bool *)&on + flag) = true;
        if (!told_apart(m, memo, c, on, a, b, cap, &moved))
            fail_msg("option %s: %s is not told apart by the kept hits", sc->options[o].id, what);
    }
    if (!moved) fail_msg("%s moves no option's hits", what);
}

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
        sv_ScoreContext c = option_context(sc, o);
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
    /* each yes-or-no the tests read, turned on alone: judged afresh and kept alike */
    static const size_t flags[] = {
        offsetof(sv_ScoreContext, remedy),
        offsetof(sv_ScoreContext, accommodates),
        offsetof(sv_ScoreContext, moves_private),
        offsetof(sv_ScoreContext, canned),
        offsetof(sv_ScoreContext, checked),
        offsetof(sv_ScoreContext, generous),
        offsetof(sv_ScoreContext, compensates),
        offsetof(sv_ScoreContext, solution),
        offsetof(sv_ScoreContext, closes),
        offsetof(sv_ScoreContext, moderates),
        offsetof(sv_ScoreContext, claim_true),
        offsetof(sv_ScoreContext, watched),
        offsetof(sv_ScoreContext, recurring),
        offsetof(sv_ScoreContext, asks),
        offsetof(sv_ScoreContext, solution_offered),
        offsetof(sv_ScoreContext, fixed),
        offsetof(sv_ScoreContext, facts_missing),
        offsetof(sv_ScoreContext, claims_unknown),
        offsetof(sv_ScoreContext, owned_before),
        offsetof(sv_ScoreContext, answered_private),
        offsetof(sv_ScoreContext, known_false),
        offsetof(sv_ScoreContext, corrected),
        offsetof(sv_ScoreContext, own_thread),
        offsetof(sv_ScoreContext, under_complaint),
        offsetof(sv_ScoreContext, check_at_hand),
        offsetof(sv_ScoreContext, misled),
        offsetof(sv_ScoreContext, answered_here),
        offsetof(sv_ScoreContext, last_answer),
        offsetof(sv_ScoreContext, leaves_out),
        offsetof(sv_ScoreContext, states_private),
        offsetof(sv_ScoreContext, meets_need),
        offsetof(sv_ScoreContext, tells_measure),
        offsetof(sv_ScoreContext, no_fault),
        offsetof(sv_ScoreContext, answers_claim),
        offsetof(sv_ScoreContext, leaves_open),
        offsetof(sv_ScoreContext, tells_inquiry),
        offsetof(sv_ScoreContext, asks_known),
        offsetof(sv_ScoreContext, explains_again),
        offsetof(sv_ScoreContext, tells_cause),
        offsetof(sv_ScoreContext, tells_outcome),
        offsetof(sv_ScoreContext, apologises_again),
        offsetof(sv_ScoreContext, tells_recourse),
        offsetof(sv_ScoreContext, tells_for_all),
        offsetof(sv_ScoreContext, explains_why),
        offsetof(sv_ScoreContext, answers_every_point),
        offsetof(sv_ScoreContext, new_voice),
        offsetof(sv_ScoreContext, answers_question),
        offsetof(sv_ScoreContext, private_at_stake),
        offsetof(sv_ScoreContext, compensates_again),
        offsetof(sv_ScoreContext, promises_measure),
        offsetof(sv_ScoreContext, remedy_at_hand),
        offsetof(sv_ScoreContext, claims_unsaid),
        offsetof(sv_ScoreContext, compensation_known),
        offsetof(sv_ScoreContext, private_to_gather),
        offsetof(sv_ScoreContext, sorry_owns_fault),
    };
    uint32_t moved = 0; /* flags that changed some option's hits */
    for (size_t f = 0; f < sizeof flags / sizeof flags[0]; f++) {
        bool any = false;
        for (uint32_t o = 0; o < sc->option_count; o++) {
            sv_ScoreContext c = option_context(sc, o);
            c.deadline_pct = 50;
            sv_ScoreContext on = c;
            *((bool *)&on + flags[f]) = true;
            if (!told_apart(m, memo, c, on, a, b, cap, &any))
                fail_msg("option %s: the flag at offset %zu is not told apart by the kept hits",
                         sc->options[o].id, flags[f]);
        }
        moved += any;
    }
    assert_true(moved >= 10); /* most flags are read by some rule on the sample's options */
    /* the post's demand (a number, no flag): the same offer with a demand it
     * meets beyond the loss, and with none, judged apart (grants_demand) */
    bool demand_moved = false;
    for (uint32_t o = 0; o < sc->option_count; o++) {
        sv_ScoreContext c = option_context(sc, o);
        c.deadline_pct = 50;
        c.loss = 100;
        c.offer = 1000;
        c.demand = -1; /* kept with no demand */
        sv_ScoreContext demanded = c;
        demanded.demand = 1000;
        if (!told_apart(m, memo, c, demanded, a, b, cap, &demand_moved))
            fail_msg("option %s: the post's demand is not told apart by the kept hits",
                     sc->options[o].id);
    }
    assert_true(demand_moved);
    /* what the thread was offered before (a number, no flag): a false claim
     * denied with an offer, first made now and kept from before, judged apart
     * (repeats_offer: paid-what-it-denied) */
    bool kept_moved = false;
    for (uint32_t o = 0; o < sc->option_count; o++) {
        sv_ScoreContext c = option_context(sc, o);
        c.deadline_pct = 50;
        c.valence = SV_VALENCE_NEGATIVE;
        c.author = SV_ROLE_COMPLAINER;
        c.claims_false = 1;
        c.known_false = true;
        c.denies_false = 1;
        c.compensates = true;
        c.offer = 500;
        c.offered_before = 0; /* kept with nothing offered before */
        sv_ScoreContext kept = c;
        kept.offered_before = 500;
        if (!told_apart(m, memo, c, kept, a, b, cap, &kept_moved))
            fail_msg("option %s: the offer made before is not told apart by the kept hits",
                     sc->options[o].id);
    }
    assert_true(kept_moved);
    /* flags read only beside other readings, so the loop above, on the
     * options as they are, cannot see them: each turned on in a context where
     * a rule reads it */
    flag_told_apart(sc, m, memo, a, b, cap, prep_for_all, offsetof(sv_ScoreContext, tells_for_all),
                    "the remedy for everyone");
    flag_told_apart(sc, m, memo, a, b, cap, prep_comp_known,
                    offsetof(sv_ScoreContext, compensation_known),
                    "the compensation resting on something known");
    flag_told_apart(sc, m, memo, a, b, cap, prep_cause, offsetof(sv_ScoreContext, tells_cause),
                    "the cause told");
    flag_told_apart(sc, m, memo, a, b, cap, prep_sorry, offsetof(sv_ScoreContext, apologises_again),
                    "the sorry said again");
    flag_told_apart(sc, m, memo, a, b, cap, prep_outcome, offsetof(sv_ScoreContext, tells_outcome),
                    "the outcome told");
    flag_told_apart(sc, m, memo, a, b, cap, prep_why, offsetof(sv_ScoreContext, explains_why),
                    "the explanation that says why");
    flag_told_apart(sc, m, memo, a, b, cap, prep_every_point,
                    offsetof(sv_ScoreContext, answers_every_point), "every point answered");
    flag_told_apart(sc, m, memo, a, b, cap, prep_new_voice, offsetof(sv_ScoreContext, new_voice),
                    "the new voice in the thread");
    flag_told_apart(sc, m, memo, a, b, cap, prep_answer,
                    offsetof(sv_ScoreContext, answers_question), "the question answered");
    flag_told_apart(sc, m, memo, a, b, cap, prep_private,
                    offsetof(sv_ScoreContext, private_at_stake), "something private at stake");
    flag_told_apart(sc, m, memo, a, b, cap, prep_gather,
                    offsetof(sv_ScoreContext, private_to_gather), "a personal detail to gather");
    flag_told_apart(sc, m, memo, a, b, cap, prep_sorry_owns,
                    offsetof(sv_ScoreContext, sorry_owns_fault), "a sorry that owns the fault");
    flag_told_apart(sc, m, memo, a, b, cap, prep_again,
                    offsetof(sv_ScoreContext, compensates_again), "the remedy offered again");
    flag_told_apart(sc, m, memo, a, b, cap, prep_promise,
                    offsetof(sv_ScoreContext, promises_measure), "the promise that is the measure");
    flag_told_apart(sc, m, memo, a, b, cap, prep_at_hand, offsetof(sv_ScoreContext, remedy_at_hand),
                    "the remedy at hand");
    flag_told_apart(sc, m, memo, a, b, cap, prep_unsaid, offsetof(sv_ScoreContext, claims_unsaid),
                    "the claims unsaid");
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
