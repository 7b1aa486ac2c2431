/* The compiled conditions (game/core/score_compile.c) against the reference
 * interpreter (sv_score_holds): for every rule of the default model, the
 * test model and a model of awkward shapes (empty "all" and "any", "not"s of
 * "any"s, a test and its negation, comparisons), on many seeded random
 * contexts, both must say the same, the masks must never rule out a rule that
 * holds, and firing with the programs and the rules' key bits must fire what
 * firing without them does. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "score_internal.h" /* judging: white-box */
#include "score_support.h"
#include "svara/score.h"

#define CONTEXTS 20000

static uint64_t next(uint64_t *x)
{
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    return *x;
}

static uint32_t below(uint64_t *x, uint32_t n) { return (uint32_t)(next(x) % n); }

static bool coin(uint64_t *x) { return next(x) & 1u; }

/* A context with every field a condition reads drawn at random, now and
 * then out of its range. */
static void random_context(uint64_t *x, sv_ScoreContext *c)
{
    memset(c, 0, sizeof *c);
    c->trigger = (sv_Trigger)below(x, SV_TRIGGER_COUNT);
    c->has_reply = below(x, 4) != 0;
    c->has_post = below(x, 4) != 0;
    c->by_default = coin(x);
    c->action = (sv_Action)below(x, SV_ACTION_COUNT + 1u);
    c->visibility = (sv_Visibility)below(x, SV_VIS_COUNT + 1u);
    c->tags = (sv_TagSet)(next(x) & next(x)); /* about a quarter of the tags */
    c->kind_count = (uint8_t)below(x, SV_MAX_COMPOSE + 1u);
    for (uint8_t i = 0; i < c->kind_count; i++) c->kinds[i] = (uint8_t)below(x, SV_PART_COUNT + 1u);
    c->length = below(x, 600);
    c->delay_ms = below(x, 600000);
    c->repeat = below(x, 3);
    c->speaks = coin(x);
    c->also = (uint32_t)next(x) & 0xFFu;
    c->deadline_pct = (int32_t)below(x, 250) - 1;
    c->own_delay_pct = (int32_t)below(x, 250) - 1;
    c->confirms_true = (uint8_t)below(x, 3);
    c->confirms_false = (uint8_t)below(x, 3);
    c->denies_true = (uint8_t)below(x, 3);
    c->denies_false = (uint8_t)below(x, 3);
    c->guesses = (uint8_t)below(x, 3);
    c->remedy = coin(x);
    c->accommodates = coin(x);
    c->moves_private = coin(x);
    c->canned = coin(x);
    c->checked = coin(x);
    c->generous = coin(x);
    c->compensates = coin(x);
    c->solution = coin(x);
    c->valence = (sv_Valence)below(x, SV_VALENCE_COUNT + 1u);
    c->author = (sv_Role)below(x, SV_ROLE_COUNT + 1u);
    c->claim_true = coin(x);
    c->channel = (sv_ChannelType)below(x, SV_CHANNEL_TYPE_COUNT + 1u);
    c->watched = coin(x);
    c->recurring = coin(x);
    c->asks = coin(x);
    c->misled = coin(x);
    c->own_thread = coin(x);
    c->under_complaint = coin(x);
    c->moderates = coin(x);
    c->check_at_hand = coin(x);
    c->last_answer = coin(x);
    c->leaves_out = coin(x);
    c->states_private = coin(x);
    c->meets_need = coin(x);
    c->tells_measure = coin(x);
    c->no_fault = coin(x);
    c->tells_inquiry = coin(x);
    c->asks_known = coin(x);
    c->explains_again = coin(x);
    c->tells_cause = coin(x);
    c->tells_outcome = coin(x);
    c->apologises_again = coin(x);
    c->tells_recourse = coin(x);
    c->tells_for_all = coin(x);
    c->compensation_known = coin(x);
    c->sorry_owns_fault = coin(x);
    c->explains_why = coin(x);
    c->answers_every_point = coin(x);
    c->new_voice = coin(x);
    c->answers_question = coin(x);
    c->answers_claim = coin(x);
    c->leaves_open = coin(x);
    c->thread_replies = below(x, 4);
    c->solution_offered = coin(x);
    c->policy = (int8_t)((int)below(x, 3) - 1);
    c->fixed = coin(x);
    c->claims_true = (uint8_t)below(x, 3);
    c->claims_false = (uint8_t)below(x, 3);
    c->facts_missing = coin(x);
    c->claims_unknown = coin(x);
    c->owned_before = coin(x);
    c->answered_private = coin(x);
    c->answered_here = coin(x);
    c->known_false = coin(x);
    c->corrected = coin(x);
    c->private_at_stake = coin(x);
    c->private_to_gather = coin(x);
    c->compensates_again = coin(x);
    c->promises_measure = coin(x);
    c->remedy_at_hand = coin(x);
    c->claims_unsaid = coin(x);
    c->loss = (int32_t)below(x, 300) - 20;
    c->offer = (int32_t)below(x, 600) - 20;
    c->demand = (int32_t)below(x, 600) - 20;
    c->offered_before = (int32_t)below(x, 600) - 20;
}

/* Every rule, on every context: the program and the interpreter agree, and
 * the masks never turn away a rule that holds. Returns how many held. */
static uint32_t check_model(const sv_ScoreModel *m, uint64_t seed)
{
    assert_non_null(m->steps); /* compiled at load */
    uint64_t x = seed;
    uint32_t held = 0;
    for (int n = 0; n < CONTEXTS; n++) {
        sv_ScoreContext c;
        random_context(&x, &c);
        uint64_t f[SV_SCORE_FEATURE_WORDS];
        sv_score_features(&c, f);
        for (uint32_t i = 0; i < m->rule_count; i++) {
            const sv_ScoreRule *r = &m->rules[i];
            bool want = sv_score_holds(m, r->when, &c);
            bool got = sv_score_rule_holds(m, r, f, &c);
            if (want != got)
                fail_msg("rule '%s' on context %d: interpreted %d, compiled %d", r->id, n, want,
                         got);
            if (want && !sv_score_may_hold(r, f))
                fail_msg("rule '%s' on context %d holds but its masks rule it out", r->id, n);
            held += want;
        }
    }
    return held;
}

static void test_default_model_compiled_agrees(void **state)
{
    (void)state;
    sv_ScoreModel *m = t_score_file("assets/scoring/default.json");
    /* a program is no bigger than the tree it comes from */
    assert_true(m->step_count > 0 && m->step_count <= m->cond_count);
    uint32_t held = check_model(m, 0x5EED0001u);
    assert_true(held > CONTEXTS / 10); /* the contexts make rules hold, not only fail */
    sv_score_free(m);
}

static void test_test_model_compiled_agrees(void **state)
{
    (void)state;
    sv_ScoreModel *m = t_score_file("tests/scoring/test_rules.json");
    assert_true(check_model(m, 0x5EED0002u) > 0);
    sv_score_free(m);
}

/* Shapes the default model does not have: each rule's id and condition. */
static const char *const AWKWARD[][2] = {
    /* a tag and its negation: never holds; or: always */
    {"never", "{\"all\": [{\"tag\": \"irony\"}, {\"not\": {\"tag\": \"irony\"}}]}"},
    {"always", "{\"any\": [{\"tag\": \"irony\"}, {\"not\": {\"tag\": \"irony\"}}]}"},
    {"not-any", "{\"not\": {\"any\": [{\"tag\": \"joke\"}, {\"part\": \"apologise\"}, "
                "{\"all\": [{\"speaks\": true}, {\"length\": \">\", \"value\": 280}]}]}}"},
    {"not-not", "{\"not\": {\"not\": {\"all\": [{\"visibility\": \"public\"}, "
                "{\"not\": {\"any\": [{\"guess\": true}, {\"canned\": false}]}}]}}}"},
    {"mixed", "{\"any\": [{\"all\": [{\"claims\": \"mixed\"}, {\"policy\": \"same\"}]}, "
              "{\"all\": [{\"claims\": \"true\"}, {\"policy\": \"differs\"}]}, "
              "{\"all\": [{\"claims\": \"false\"}, {\"confirms\": \"false\"}, "
              "{\"denies\": \"true\"}, {\"order\": \"wrong\"}]}]}"},
    {"compare",
     "{\"all\": [{\"parts\": \">=\", \"value\": 2}, {\"delay\": \"<\", \"value\": 300}, "
     "{\"any\": [{\"deadline_pct\": \"<=\", \"value\": 50}, "
     "{\"thread_replies\": \">=\", \"value\": 2}, {\"repeat\": \">=\", \"value\": 1}]}]}"},
    {"facts", "{\"all\": [{\"fixed\": false}, {\"facts_missing\": true}, "
              "{\"not\": {\"known_false\": true}}, {\"any\": [{\"corrected\": true}, "
              "{\"claims_unknown\": false}, {\"answered_private\": true}, {\"watched\": false}, "
              "{\"asks\": true}, {\"misled\": false}, {\"own_thread\": true}]}]}"},
    {"always-too", "{\"all\": []}"},
    {"never-too", "{\"any\": []}"},
};

static sv_ScoreModel *awkward_model(void)
{
    static char json[8192];
    size_t n =
        (size_t)snprintf(json, sizeof json, "{\"format\": 1, \"id\": \"awkward\", \"rules\": [");
    for (size_t i = 0; i < sizeof AWKWARD / sizeof AWKWARD[0]; i++)
        n += (size_t)snprintf(json + n, sizeof json - n,
                              "%s{\"id\": \"%s\", \"principles\": [\"FAST\"], \"on\": \"reply\", "
                              "\"when\": %s, \"effects\": {\"reputation\": 1}, \"explain\": "
                              "{\"en\": \"x\", \"sv\": \"x\", \"nb\": \"x\"}}",
                              i ? ", " : "", AWKWARD[i][0], AWKWARD[i][1]);
    snprintf(json + n, sizeof json - n, "]}");
    assert_true(n + 2 < sizeof json);
    return t_score_model(json);
}

static void test_awkward_model_compiled_agrees(void **state)
{
    (void)state;
    sv_ScoreModel *m = awkward_model();
    check_model(m, 0x5EED0003u);
    /* the contradictions are decided by the masks alone */
    sv_ScoreContext c;
    uint64_t x = 7, f[SV_SCORE_FEATURE_WORDS];
    for (int n = 0; n < 1000; n++) {
        random_context(&x, &c);
        sv_score_features(&c, f);
        assert_false(sv_score_rule_holds(m, &m->rules[sv_score_find_rule(m, "never")], f, &c));
        assert_true(sv_score_rule_holds(m, &m->rules[sv_score_find_rule(m, "always")], f, &c));
        assert_true(sv_score_rule_holds(m, &m->rules[sv_score_find_rule(m, "always-too")], f, &c));
        assert_false(sv_score_rule_holds(m, &m->rules[sv_score_find_rule(m, "never-too")], f, &c));
    }
    sv_score_free(m);
}

/* The tests that say a common reading once hold exactly where their spelled-out
 * form does, on every context, interpreted and compiled: each pair is a rule
 * with the test and one with its spelling. */
static const char *const SAID_ONCE[][2] = {
    {"{\"complaint\": true}",
     "{\"all\": [{\"valence\": \"negative\"}, {\"not\": {\"author\": \"troll\"}}]}"},
    {"{\"question\": true}", "{\"any\": [{\"valence\": \"neutral\"}, {\"asks\": true}]}"},
    {"{\"asks_back\": true}", "{\"any\": [{\"action\": \"ask\"}, {\"part\": \"ask\"}]}"},
    {"{\"way_on\": true}", "{\"any\": [{\"part\": \"contact\"}, {\"moves_private\": true}, "
                           "{\"all\": [{\"part\": \"promise-follow-up\"}, {\"not\": "
                           "{\"promises_measure\": true}}]}, {\"asks_back\": true}]}"},
    {"{\"wall\": true}",
     "{\"all\": [{\"visibility\": \"public\"}, {\"any\": [{\"tag\": \"long\"}, {\"length\": "
     "\">\", \"value\": 560}, {\"all\": [{\"parts\": \">=\", \"value\": 8}, {\"length\": "
     "\">\", \"value\": 420}]}]}]}"},
    {"{\"points_private\": true}",
     "{\"all\": [{\"speaks\": true}, {\"visibility\": \"public\"}, {\"answered_private\": true}, "
     "{\"not\": {\"channel\": \"private\"}}, {\"moves_private\": true}, {\"not\": {\"hostile\": "
     "true}}, {\"not\": {\"wall\": true}}, {\"not\": {\"any\": [{\"part\": \"acknowledge\"}, "
     "{\"part\": \"deny\"}, {\"part\": \"apologise\"}, {\"part\": \"explain\"}, {\"part\": "
     "\"compensate\"}, {\"part\": \"promise-follow-up\"}, {\"part\": \"contact\"}, {\"part\": "
     "\"thank\"}, {\"part\": \"ask\"}, {\"part\": \"other\"}, {\"part\": \"empathise\"}, "
     "{\"part\": \"personal-note\"}]}}]}"},
};

static void test_said_once_is_its_spelling(void **state)
{
    (void)state;
    enum { PAIRS = sizeof SAID_ONCE / sizeof SAID_ONCE[0] };
    static char json[8192];
    size_t n =
        (size_t)snprintf(json, sizeof json, "{\"format\": 1, \"id\": \"said-once\", \"rules\": [");
    for (size_t i = 0; i < 2 * PAIRS; i++)
        n += (size_t)snprintf(json + n, sizeof json - n,
                              "%s{\"id\": \"r%zu\", \"principles\": [\"FAST\"], \"on\": \"reply\", "
                              "\"when\": %s, \"effects\": {\"reputation\": 1}, \"explain\": "
                              "{\"en\": \"x\", \"sv\": \"x\", \"nb\": \"x\"}}",
                              i ? ", " : "", i, SAID_ONCE[i / 2][i % 2]);
    snprintf(json + n, sizeof json - n, "]}");
    assert_true(n + 2 < sizeof json);
    sv_ScoreModel *m = t_score_model(json);
    check_model(m, 0x5EED0004u);
    uint64_t x = 11, f[SV_SCORE_FEATURE_WORDS];
    uint32_t held[PAIRS] = {0};
    for (int c_i = 0; c_i < CONTEXTS; c_i++) {
        sv_ScoreContext c;
        random_context(&x, &c);
        if (c_i % 3 == 0) c.valence = SV_VALENCE_NEGATIVE; /* complaints often enough */
        sv_score_features(&c, f);
        for (uint32_t p = 0; p < PAIRS; p++) {
            const sv_ScoreRule *said = &m->rules[2 * p], *spelled = &m->rules[2 * p + 1];
            bool a = sv_score_rule_holds(m, said, f, &c),
                 b = sv_score_rule_holds(m, spelled, f, &c);
            if (a != b)
                fail_msg("%s on context %d: %d, its spelling %s: %d", SAID_ONCE[p][0], c_i, a,
                         SAID_ONCE[p][1], b);
            held[p] += a;
        }
    }
    for (uint32_t p = 0; p < PAIRS; p++) assert_true(held[p] > 0 && held[p] < CONTEXTS);
    sv_score_free(m);
}

/* Firing with the programs and rule keys and with the interpreter alone (a
 * model without steps, as one too big to compile is) gives the same hits. */
static void test_fire_same_without_programs(void **state)
{
    (void)state;
    sv_ScoreModel *m = t_score_file("assets/scoring/default.json");
    sv_ScoreModel *plain = sv_score_clone(m);
    assert_non_null(plain);
    assert_non_null(plain->steps); /* a clone keeps the programs and keys */
    assert_non_null(plain->rule_key);
    plain->steps = NULL;
    plain->rule_key = NULL;
    sv_ScoreHit a[SV_SCORE_MAX_RULES], b[SV_SCORE_MAX_RULES];
    uint64_t x = 0x5EED0004u;
    size_t fired = 0;
    for (int n = 0; n < CONTEXTS; n++) {
        sv_ScoreContext c;
        random_context(&x, &c);
        size_t na = sv_score_fire_hits(m, &c, a, SV_SCORE_MAX_RULES);
        size_t nb = sv_score_fire_hits(plain, &c, b, SV_SCORE_MAX_RULES);
        assert_int_equal(na, nb);
        for (size_t i = 0; i < na; i++) {
            assert_int_equal(a[i].rule, b[i].rule);
            for (int k = 0; k < SV_METER_COUNT; k++) assert_int_equal(a[i].raw[k], b[i].raw[k]);
        }
        fired += na;
    }
    assert_true(fired > 0);
    sv_score_free(plain);
    sv_score_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_model_compiled_agrees),
        cmocka_unit_test(test_test_model_compiled_agrees),
        cmocka_unit_test(test_awkward_model_compiled_agrees),
        cmocka_unit_test(test_said_once_is_its_spelling),
        cmocka_unit_test(test_fire_same_without_programs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
