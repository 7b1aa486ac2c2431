/* Reading a scoring rules file (scenarios/SCORING.md) into an sv_ScoreModel,
 * and a pack's overrides of it. Like the pack loader it collects every problem
 * of the file, each located by JSON pointer, line and column, before giving up;
 * unlike it, it needs no scenario: rules speak only the model's vocabularies
 * (svara/model.h). It reads with the scenario loader's helpers (load_common.h),
 * so a typo gets the same message in a rules file as in a pack. */
#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "jsonscan.h"
#include "load_common.h"
#include "score_internal.h"
#include "svara/arena.h"
#include "svara/score.h"

#define PTR SV_LOAD_PTR

/* ---- vocabulary ------------------------------------------------------------- */

/* How a test's argument is written. */
enum { ARG_GROUP, ARG_NOT, ARG_ENUM, ARG_BOOL, ARG_COUNT, ARG_SECONDS };

static const struct {
    const char *name;
    int arg;
} tests[SV_TEST_COUNT] = {
    [SV_TEST_ALL] = {"all", ARG_GROUP},
    [SV_TEST_ANY] = {"any", ARG_GROUP},
    [SV_TEST_NOT] = {"not", ARG_NOT},
    [SV_TEST_TAG] = {"tag", ARG_ENUM},
    [SV_TEST_PART] = {"part", ARG_ENUM},
    [SV_TEST_ORDER] = {"order", ARG_ENUM},
    [SV_TEST_PARTS] = {"parts", ARG_COUNT},
    [SV_TEST_LENGTH] = {"length", ARG_COUNT},
    [SV_TEST_DELAY] = {"delay", ARG_SECONDS},
    [SV_TEST_VISIBILITY] = {"visibility", ARG_ENUM},
    [SV_TEST_ACTION] = {"action", ARG_ENUM},
    [SV_TEST_THREAD_REPLIES] = {"thread_replies", ARG_COUNT},
    [SV_TEST_VALENCE] = {"valence", ARG_ENUM},
    [SV_TEST_AUTHOR] = {"author", ARG_ENUM},
    [SV_TEST_CLAIM] = {"claim", ARG_BOOL},
    [SV_TEST_ANSWERED_PUBLIC] = {"answered_public", ARG_BOOL},
    [SV_TEST_SOLUTION_OFFERED] = {"solution_offered", ARG_BOOL},
    [SV_TEST_REPEAT] = {"repeat", ARG_COUNT},
    [SV_TEST_POLICY] = {"policy", ARG_ENUM},
    [SV_TEST_CHANNEL] = {"channel", ARG_ENUM},
    [SV_TEST_FIXED] = {"fixed", ARG_BOOL},
    [SV_TEST_RECURRING] = {"recurring", ARG_BOOL},
    [SV_TEST_ASKS] = {"asks", ARG_BOOL},
    [SV_TEST_MISLED] = {"misled", ARG_BOOL},
    [SV_TEST_OWN_THREAD] = {"own_thread", ARG_BOOL},
    [SV_TEST_MODERATES] = {"moderates", ARG_BOOL},
    [SV_TEST_UNDER_COMPLAINT] = {"under_complaint", ARG_BOOL},
    [SV_TEST_QUESTION] = {"question", ARG_BOOL},
    [SV_TEST_COMPLAINT] = {"complaint", ARG_BOOL},
    [SV_TEST_TAKES_BACK] = {"takes_back", ARG_BOOL},
    [SV_TEST_THIRD_ROUND] = {"third_round", ARG_BOOL},
    [SV_TEST_HOSTILE] = {"hostile", ARG_BOOL},
    [SV_TEST_ASKS_BACK] = {"asks_back", ARG_BOOL},
    [SV_TEST_GRANTS_DEMAND] = {"grants_demand", ARG_BOOL},
    [SV_TEST_OVERPROMISES] = {"overpromises", ARG_BOOL},
    [SV_TEST_WALL] = {"wall", ARG_BOOL},
    [SV_TEST_LEAVES_OUT] = {"leaves_out", ARG_BOOL},
    [SV_TEST_DISCLOSES] = {"discloses", ARG_BOOL},
    [SV_TEST_MEETS_NEED] = {"meets_need", ARG_BOOL},
    [SV_TEST_POINTS_PRIVATE] = {"points_private", ARG_BOOL},
    [SV_TEST_TELLS_MEASURE] = {"tells_measure", ARG_BOOL},
    [SV_TEST_COVERS_LOSS] = {"covers_loss", ARG_BOOL},
    [SV_TEST_WAY_ON] = {"way_on", ARG_BOOL},
    [SV_TEST_NO_FAULT] = {"no_fault", ARG_BOOL},
    [SV_TEST_ANSWERS_CLAIM] = {"answers_claim", ARG_BOOL},
    [SV_TEST_LEAVES_OPEN] = {"leaves_open", ARG_BOOL},
    [SV_TEST_DEMANDS] = {"demands", ARG_BOOL},
    [SV_TEST_REFUSES_DEMAND] = {"refuses_demand", ARG_BOOL},
    [SV_TEST_REPEATS_OFFER] = {"repeats_offer", ARG_BOOL},
    [SV_TEST_TELLS_INQUIRY] = {"tells_inquiry", ARG_BOOL},
    [SV_TEST_ASKS_KNOWN] = {"asks_known", ARG_BOOL},
    [SV_TEST_EXPLAINS_AGAIN] = {"explains_again", ARG_BOOL},
    [SV_TEST_LOST] = {"lost", ARG_BOOL},
    [SV_TEST_TELLS_CAUSE] = {"tells_cause", ARG_BOOL},
    [SV_TEST_TELLS_OUTCOME] = {"tells_outcome", ARG_BOOL},
    [SV_TEST_APOLOGISES] = {"apologises", ARG_BOOL},
    [SV_TEST_APOLOGISES_AGAIN] = {"apologises_again", ARG_BOOL},
    [SV_TEST_TELLS_RECOURSE] = {"tells_recourse", ARG_BOOL},
    [SV_TEST_EXPLAINS_WHY] = {"explains_why", ARG_BOOL},
    [SV_TEST_ECHOES_FALSE] = {"echoes_false", ARG_BOOL},
    [SV_TEST_ANSWERS_EVERY_POINT] = {"answers_every_point", ARG_BOOL},
    [SV_TEST_NEW_VOICE] = {"new_voice", ARG_BOOL},
    [SV_TEST_ANSWERS_QUESTION] = {"answers_question", ARG_BOOL},
    [SV_TEST_WATCHED] = {"watched", ARG_BOOL},
    [SV_TEST_DEFAULT] = {"default", ARG_BOOL},
    [SV_TEST_CLAIMS] = {"claims", ARG_ENUM},
    [SV_TEST_CONFIRMS] = {"confirms", ARG_ENUM},
    [SV_TEST_DENIES] = {"denies", ARG_ENUM},
    [SV_TEST_GUESS] = {"guess", ARG_BOOL},
    [SV_TEST_REMEDY] = {"remedy", ARG_BOOL},
    [SV_TEST_ACCOMMODATES] = {"accommodates", ARG_BOOL},
    [SV_TEST_MOVES_PRIVATE] = {"moves_private", ARG_BOOL},
    [SV_TEST_CANNED] = {"canned", ARG_BOOL},
    [SV_TEST_CLOSES] = {"closes", ARG_BOOL},
    [SV_TEST_CHECKED] = {"checked", ARG_BOOL},
    [SV_TEST_GENEROUS] = {"generous", ARG_BOOL},
    [SV_TEST_FACTS_MISSING] = {"facts_missing", ARG_BOOL},
    [SV_TEST_CLAIMS_UNKNOWN] = {"claims_unknown", ARG_BOOL},
    [SV_TEST_CHECK_AT_HAND] = {"check_at_hand", ARG_BOOL},
    [SV_TEST_SPEAKS] = {"speaks", ARG_BOOL},
    [SV_TEST_DEADLINE_PCT] = {"deadline_pct", ARG_COUNT},
    [SV_TEST_OWN_DELAY_PCT] = {"own_delay_pct", ARG_COUNT},
    [SV_TEST_ALSO] = {"also", ARG_ENUM},
    [SV_TEST_ANSWERED_PRIVATE] = {"answered_private", ARG_BOOL},
    [SV_TEST_COMPENSATES] = {"compensates", ARG_BOOL},
    [SV_TEST_SOLUTION] = {"solution", ARG_BOOL},
    [SV_TEST_KNOWN_FALSE] = {"known_false", ARG_BOOL},
    [SV_TEST_CORRECTED] = {"corrected", ARG_BOOL},
    [SV_TEST_PRIVATE_AT_STAKE] = {"private_at_stake", ARG_BOOL},
    [SV_TEST_COMPENSATES_AGAIN] = {"compensates_again", ARG_BOOL},
    [SV_TEST_PROMISES_MEASURE] = {"promises_measure", ARG_BOOL},
    [SV_TEST_REMEDY_AT_HAND] = {"remedy_at_hand", ARG_BOOL},
    [SV_TEST_CLAIMS_UNSAID] = {"claims_unsaid", ARG_BOOL},
    [SV_TEST_GUESS_ONLY] = {"guess_only", ARG_BOOL},
    [SV_TEST_TELLS_FOR_ALL] = {"tells_for_all", ARG_BOOL},
    [SV_TEST_COMPENSATION_KNOWN] = {"compensation_known", ARG_BOOL},
    [SV_TEST_PRIVATE_TO_GATHER] = {"private_to_gather", ARG_BOOL},
    [SV_TEST_SORRY_OWNS_FAULT] = {"sorry_owns_fault", ARG_BOOL},
};

const char *sv_score_test_name(sv_ScoreTest t)
{
    return (unsigned)t < SV_TEST_COUNT ? tests[t].name : "?";
}

/* The words an enum test accepts, in the order of their values. */
static size_t enum_names(sv_ScoreTest t, const char *const **out)
{
    static const char *const order[] = {"wrong", "ok"};
    static const char *const policy[] = {"same", "differs"};
    static const char *const truth[] = {"false", "true", "mixed"};
    size_t n = 0;
    switch (t) {
    case SV_TEST_CLAIMS: *out = truth; return 3;
    case SV_TEST_CONFIRMS:
    case SV_TEST_DENIES: *out = truth; return 2;
    case SV_TEST_TAG: *out = sv_vocab_words(SV_VOCAB_TAG, &n); return n;
    case SV_TEST_PART: *out = sv_vocab_words(SV_VOCAB_PART, &n); return n;
    case SV_TEST_ACTION:
    case SV_TEST_ALSO: *out = sv_vocab_words(SV_VOCAB_ACTION, &n); return n;
    case SV_TEST_AUTHOR: *out = sv_vocab_words(SV_VOCAB_ROLE, &n); return n;
    case SV_TEST_CHANNEL: *out = sv_vocab_words(SV_VOCAB_CHANNEL, &n); return n;
    case SV_TEST_ORDER: *out = order; return 2;
    case SV_TEST_POLICY: *out = policy; return 2;
    case SV_TEST_VISIBILITY: *out = sv_vocab_words(SV_VOCAB_VISIBILITY, &n); return n;
    case SV_TEST_VALENCE: *out = sv_vocab_words(SV_VOCAB_VALENCE, &n); return n;
    default: *out = NULL; return 0;
    }
}

/* ---- the parser ---------------------------------------------------------------- */

/* The scenario loader's state carries the located, capped reports and the
 * helpers' wording (load_common.h), so a mistake reads the same in both. */
typedef struct Parser {
    sv_Loader L;
    bool nomem;
    sv_Arena *arena;
    sv_ScoreCond *conds;
    uint32_t cond_count, cond_cap;
    uint32_t *kids;
    uint32_t kid_count, kid_cap;
} Parser;

static bool is_note(const char *key) { return key && key[0] == '_'; }

static const char *copy(Parser *P, const char *s)
{
    const char *c = sv_arena_strdup(P->arena, s ? s : "");
    if (!c) P->nomem = true;
    return c ? c : "";
}

/* ---- conditions ------------------------------------------------------------------ */

static int32_t add_cond(Parser *P, uint8_t test, uint8_t op, int32_t value)
{
    if (P->cond_count >= SV_SCORE_MAX_CONDS) return -1;
    if (P->cond_count == P->cond_cap) {
        uint32_t cap = P->cond_cap ? P->cond_cap * 2 : 64;
        sv_ScoreCond *c = realloc(P->conds, cap * sizeof *c);
        if (!c) {
            P->nomem = true;
            return -1;
        }
        P->conds = c;
        P->cond_cap = cap;
    }
    P->conds[P->cond_count] = (sv_ScoreCond){.test = test, .op = op, .value = value};
    return (int32_t)P->cond_count++;
}

/* Gives node c the kids k[0..n), stored next to each other. */
static void set_kids(Parser *P, int32_t c, const int32_t *k, uint32_t n)
{
    if (c < 0) return;
    if (P->kid_count + n > P->kid_cap) {
        uint32_t cap = P->kid_cap ? P->kid_cap : 64;
        while (cap < P->kid_count + n) cap *= 2;
        uint32_t *kids = realloc(P->kids, cap * sizeof *kids);
        if (!kids) {
            P->nomem = true;
            return;
        }
        P->kids = kids;
        P->kid_cap = cap;
    }
    P->conds[c].kids_start = P->kid_count;
    P->conds[c].kids_count = n;
    for (uint32_t i = 0; i < n; i++) P->kids[P->kid_count++] = (uint32_t)(k[i] < 0 ? 0 : k[i]);
}

static int32_t parse_cond(Parser *P, const cJSON *c, const char *ptr, unsigned depth);

static int32_t parse_group(Parser *P, int test, const cJSON *arg, const char *ptr, unsigned depth)
{
    if (!cJSON_IsArray(arg)) {
        sv_load_error(&P->L, ptr, "\"%s\" takes an array of conditions, not %s", tests[test].name,
                      sv_load_type_name(arg));
        return -1;
    }
    int n = cJSON_GetArraySize(arg);
    int32_t *k = malloc((size_t)(n > 0 ? n : 1) * sizeof *k);
    if (!k) {
        P->nomem = true;
        return -1;
    }
    size_t i = 0;
    for (const cJSON *it = arg->child; it; it = it->next, i++) {
        char at[PTR];
        sv_load_ptr_index(at, ptr, i);
        k[i] = parse_cond(P, it, at, depth + 1);
    }
    int32_t c = add_cond(P, (uint8_t)test, SV_OP_EQ, 0);
    set_kids(P, c, k, (uint32_t)i);
    free(k);
    return c;
}

static int32_t parse_enum(Parser *P, int test, const cJSON *arg, const char *ptr)
{
    const char *const *names;
    size_t n = enum_names((sv_ScoreTest)test, &names);
    int v;
    if (!sv_load_enum(&P->L, arg, ptr, tests[test].name, names, n, &v)) return -1;
    return add_cond(P, (uint8_t)test, SV_OP_EQ, v);
}

/* {"parts": ">=", "value": 5}: an operator and a number of items or seconds. */
static int32_t parse_compare(Parser *P, int test, const cJSON *cond, const cJSON *arg,
                             const char *ptr, const char *cond_ptr)
{
    sv_CmpOp op;
    bool op_ok = cJSON_IsString(arg) && sv_op_parse(arg->valuestring, &op);
    if (!op_ok) {
        char list[64];
        size_t n;
        const char *const *ops = sv_vocab_words(SV_VOCAB_OP, &n);
        sv_load_join(list, sizeof list, ops, n);
        sv_load_error(&P->L, ptr, "\"%s\" takes a comparison operator (%s) and a \"value\"",
                      tests[test].name, list);
    }
    const cJSON *value = sv_load_required(&P->L, cond, cond_ptr, "value");
    char at[PTR];
    sv_load_ptr_key(at, cond_ptr, "value");
    if (!value) return -1;
    int64_t x = 0;
    if (tests[test].arg == ARG_SECONDS) {
        uint32_t ms;
        if (!sv_load_seconds(&P->L, value, at, &ms)) return -1;
        x = ms;
    } else if (!sv_load_whole(&P->L, value, at, 0, 1000000, &x)) {
        return -1;
    }
    if (!op_ok) return -1;
    return add_cond(P, (uint8_t)test, (uint8_t)op, (int32_t)x);
}

/* The one key of a condition object that names its test, skipping notes and
 * "value". NULL (reported) when there is none or more than one. */
static const cJSON *test_key(Parser *P, const cJSON *c, const char *ptr)
{
    const cJSON *found = NULL;
    for (const cJSON *it = c->child; it; it = it->next) {
        if (is_note(it->string) || strcmp(it->string, "value") == 0) continue;
        if (found) {
            char at[PTR];
            sv_load_ptr_key(at, ptr, it->string);
            sv_load_error(&P->L, at,
                          "a condition tests one thing, but this one has \"%s\" and \"%s\"; "
                          "combine them with {\"all\": [...]}",
                          found->string, it->string);
            return NULL;
        }
        found = it;
    }
    if (!found)
        sv_load_error(&P->L, ptr, "the condition names no test, e.g. {\"tag\": \"sarcasm\"}");
    return found;
}

static int32_t parse_cond(Parser *P, const cJSON *c, const char *ptr, unsigned depth)
{
    if (depth > SV_MAX_COND_DEPTH) {
        sv_load_error(&P->L, ptr, "conditions nest deeper than %u levels", SV_MAX_COND_DEPTH);
        return -1;
    }
    if (cJSON_IsBool(c)) /* true: an empty "all"; false: an empty "any" */
        return add_cond(P, cJSON_IsTrue(c) ? SV_TEST_ALL : SV_TEST_ANY, SV_OP_EQ, 0);
    if (!cJSON_IsObject(c)) {
        sv_load_error(&P->L, ptr,
                      "a condition is an object such as {\"tag\": \"sarcasm\"}, or true or "
                      "false; this is %s",
                      sv_load_type_name(c));
        return -1;
    }
    const cJSON *key = test_key(P, c, ptr);
    if (!key) return -1;
    char at[PTR];
    sv_load_ptr_key(at, ptr, key->string);
    const char *names[SV_TEST_COUNT];
    for (int t = 0; t < SV_TEST_COUNT; t++) names[t] = tests[t].name;
    int test = -1;
    for (int t = 0; t < SV_TEST_COUNT && test < 0; t++)
        if (strcmp(names[t], key->string) == 0) test = t;
    if (test < 0) {
        sv_load_unknown(&P->L, at, "test", key->string, names, SV_TEST_COUNT);
        return -1;
    }
    int arg = tests[test].arg;
    if (arg != ARG_COUNT && arg != ARG_SECONDS && sv_load_get(c, "value")) {
        char vat[PTR];
        sv_load_ptr_key(vat, ptr, "value");
        sv_load_error(&P->L, vat,
                      "\"%s\" takes no \"value\"; only comparisons such as \"parts\" do",
                      key->string);
    }
    switch (arg) {
    case ARG_GROUP: return parse_group(P, test, key, at, depth);
    case ARG_NOT: {
        int32_t kid = parse_cond(P, key, at, depth + 1);
        int32_t n = add_cond(P, SV_TEST_NOT, SV_OP_EQ, 0);
        set_kids(P, n, &kid, 1);
        return n;
    }
    case ARG_ENUM: return parse_enum(P, test, key, at);
    case ARG_BOOL: {
        bool b;
        if (!sv_load_bool(&P->L, key, at, &b)) return -1;
        return add_cond(P, (uint8_t)test, SV_OP_EQ, b ? 1 : 0);
    }
    default: return parse_compare(P, test, c, key, at, ptr);
    }
}

/* ---- rules ------------------------------------------------------------------------ */

static void parse_principles(Parser *P, const cJSON *rule, const char *ptr, sv_ScoreRule *r)
{
    const cJSON *list = sv_load_required(&P->L, rule, ptr, "principles");
    char at[PTR];
    sv_load_ptr_key(at, ptr, "principles");
    if (!list) return;
    if (!cJSON_IsArray(list) || cJSON_GetArraySize(list) == 0) {
        sv_load_error(&P->L, at,
                      "'principles' must be a non-empty array of principle ids such as "
                      "\"ORDER\" (see principles.md)");
        return;
    }
    size_t i = 0;
    for (const cJSON *it = list->child; it; it = it->next, i++) {
        char iat[PTR];
        sv_load_ptr_index(iat, at, i);
        int p;
        if (sv_load_vocab(&P->L, it, iat, NULL, SV_VOCAB_PRINCIPLE, &p)) r->principles |= 1u << p;
    }
}

/* {"reputation": -2, ...}: points per meter (reach: people), kept in tenths. */
static void parse_meter_object(Parser *P, const cJSON *obj, const char *at, double lo,
                               double hi_points, double hi_people, int32_t out[SV_METER_COUNT])
{
    size_t count;
    const char *const *meters = sv_vocab_words(SV_VOCAB_METER, &count);
    sv_load_check_keys_n(&P->L, obj, at, meters, count);
    for (size_t m = 0; m < count; m++) {
        const cJSON *v = sv_load_get(obj, meters[m]);
        if (!v) continue;
        char mat[PTR];
        sv_load_ptr_key(mat, at, meters[m]);
        double hi = m == SV_METER_REACH ? hi_people : hi_points;
        double x;
        if (sv_load_number_in(&P->L, v, mat, lo < 0 ? -hi : lo, hi, &x))
            out[m] = sv_tenths_from_points(x);
    }
}

static void parse_effects(Parser *P, const cJSON *rule, const char *ptr, sv_ScoreRule *r)
{
    const cJSON *fx = sv_load_required(&P->L, rule, ptr, "effects");
    char at[PTR];
    sv_load_ptr_key(at, ptr, "effects");
    if (!fx || !sv_load_object(&P->L, fx, at, "'effects' (such as {\"reputation\": -2})")) return;
    parse_meter_object(P, fx, at, -1, SV_SCORE_MAX_EFFECT, SV_SCORE_MAX_EFFECT * 10000.0,
                       r->effects);
}

static void parse_explain(Parser *P, const cJSON *rule, const char *ptr, sv_ScoreRule *r)
{
    const cJSON *ex = sv_load_required(&P->L, rule, ptr, "explain");
    char at[PTR];
    sv_load_ptr_key(at, ptr, "explain");
    for (int l = 0; l < SV_LANG_COUNT; l++) r->explain.s[l] = "";
    if (!ex || !sv_load_object(&P->L, ex, at, "'explain' (with \"en\", \"sv\" and \"nb\" texts)"))
        return;
    size_t count;
    const char *const *codes = sv_vocab_words(SV_VOCAB_LANG, &count);
    sv_load_check_keys_n(&P->L, ex, at, codes, count);
    for (size_t l = 0; l < count; l++) {
        const cJSON *t = sv_load_required(&P->L, ex, at, codes[l]);
        char lat[PTR];
        sv_load_ptr_key(lat, at, codes[l]);
        const char *s;
        sv_Text text;
        /* one string per language: sv_load_text checks its length and characters */
        if (t && sv_load_string(&P->L, t, lat, &s) && sv_load_text(&P->L, t, lat, &text))
            r->explain.s[l] = copy(P, s);
    }
}

/* "group": the id of one of the model's groups; "for": seconds a tick rule
 * keeps firing for one post. */
static void parse_group_and_for(Parser *P, const cJSON *rule, const char *ptr, sv_ScoreRule *r,
                                const sv_ScoreModel *m)
{
    char at[PTR];
    const cJSON *g = sv_load_get(rule, "group");
    sv_load_ptr_key(at, ptr, "group");
    if (g) {
        const char *names[SV_SCORE_MAX_GROUPS];
        for (uint32_t i = 0; i < m->group_count; i++) names[i] = m->groups[i].id;
        int gi;
        if (sv_load_enum(&P->L, g, at, "group", names, m->group_count, &gi)) r->group = gi;
    }
    const cJSON *f = sv_load_get(rule, "for");
    sv_load_ptr_key(at, ptr, "for");
    uint32_t ms;
    if (f && r->on != SV_TRIGGER_TICK)
        sv_load_error(&P->L, at,
                      "'for' limits how long a tick rule fires; this rule is not on \"tick\"");
    else if (f && sv_load_seconds(&P->L, f, at, &ms)) {
        if (ms < SV_MS_PER_SECOND)
            sv_load_error(&P->L, at, "must be at least 1 second");
        else
            r->for_ms = ms;
    }
}

static void parse_rule(Parser *P, const cJSON *rule, const char *ptr, sv_ScoreRule *r,
                       const sv_ScoreModel *m, size_t n_earlier)
{
    static const char *const keys[] = {"id",      "principles", "on",  "when", "effects",
                                       "explain", "group",      "for", NULL};
    const sv_ScoreRule *earlier = m->rules;
    char at[PTR];
    r->id = "";
    r->when = -1;
    r->group = -1;
    r->weight = SV_WEIGHT_ONE;
    if (!sv_load_object(&P->L, rule, ptr, "a rule")) return;
    sv_load_check_keys(&P->L, rule, ptr, keys);
    const cJSON *id = sv_load_required(&P->L, rule, ptr, "id");
    sv_load_ptr_key(at, ptr, "id");
    if (id && sv_load_id_syntax(&P->L, id, at, "rule")) {
        for (size_t i = 0; i < n_earlier; i++)
            if (strcmp(earlier[i].id, id->valuestring) == 0)
                sv_load_error(&P->L, at, "rule id '%s' is used twice (first by rule %zu)",
                              id->valuestring, i);
        r->id = copy(P, id->valuestring);
    }
    parse_principles(P, rule, ptr, r);
    const cJSON *on = sv_load_required(&P->L, rule, ptr, "on");
    sv_load_ptr_key(at, ptr, "on");
    int trig;
    if (on && sv_load_vocab(&P->L, on, at, NULL, SV_VOCAB_TRIGGER, &trig)) r->on = (sv_Trigger)trig;
    const cJSON *when = sv_load_get(rule, "when");
    sv_load_ptr_key(at, ptr, "when");
    if (when) r->when = parse_cond(P, when, at, 0);
    parse_effects(P, rule, ptr, r);
    parse_explain(P, rule, ptr, r);
    parse_group_and_for(P, rule, ptr, r, m);
}

/* "groups": {"remedy": {"reputation": 4, "mood": 8}, ...}: caps on what the
 * rules of a group add up to in one judgement (gains only). */
static void parse_groups(Parser *P, const cJSON *root, sv_ScoreModel *m)
{
    const cJSON *gs = sv_load_get(root, "groups");
    if (!gs || !sv_load_object(&P->L, gs, "/groups", "'groups' (an object of group ids)")) return;
    int n = cJSON_GetArraySize(gs);
    if ((unsigned)n > SV_SCORE_MAX_GROUPS) {
        sv_load_error(&P->L, "/groups", "%d groups; the limit is %u", n, SV_SCORE_MAX_GROUPS);
        return;
    }
    m->groups = sv_arena_alloc(P->arena, ((size_t)n + 1u) * sizeof *m->groups);
    if (!m->groups) {
        P->nomem = true;
        return;
    }
    for (const cJSON *g = gs->child; g; g = g->next) {
        char at[PTR];
        sv_load_ptr_key(at, "/groups", g->string);
        (void)sv_load_id_text(&P->L, g->string, at, "group");
        sv_ScoreGroup *grp = &m->groups[m->group_count++];
        grp->id = copy(P, g->string);
        if (!sv_load_object(&P->L, g, at, "a group (caps per meter, e.g. {\"mood\": 8})")) continue;
        parse_meter_object(P, g, at, 0, 100, 1e6, grp->cap);
    }
}

/* The rules of each trigger in file order, so a judgement visits only its own. */
static void index_rules(Parser *P, sv_ScoreModel *m)
{
    m->rule_order = sv_arena_alloc(P->arena, ((size_t)m->rule_count + 1u) * sizeof *m->rule_order);
    if (!m->rule_order) {
        P->nomem = true;
        return;
    }
    uint32_t n = 0;
    for (uint32_t t = 0; t < SV_TRIGGER_COUNT; t++) {
        m->by_trigger[t] = n;
        for (uint32_t i = 0; i < m->rule_count; i++)
            if (m->rules[i].on == (sv_Trigger)t) m->rule_order[n++] = i;
    }
    m->by_trigger[SV_TRIGGER_COUNT] = n;
}

static void parse_header(Parser *P, const cJSON *root, sv_ScoreModel *m)
{
    /* "$schema": the JSON Schema editors check the file with; ignored */
    static const char *const keys[] = {
        "format", "id", "promise_window", "groups", "rules", SV_LOAD_SCHEMA_KEY, NULL};
    sv_load_check_keys(&P->L, root, "", keys);
    sv_load_format_version(&P->L, root, SV_SCORE_FORMAT);
    sv_load_schema_key(&P->L, root);
    const cJSON *id = sv_load_required(&P->L, root, "", "id");
    if (id && sv_load_id_syntax(&P->L, id, "/id", "model")) m->id = copy(P, id->valuestring);
    m->promise_window_ms = SV_SCORE_PROMISE_WINDOW_MS;
    const cJSON *pw = sv_load_get(root, "promise_window");
    uint32_t ms;
    if (pw && sv_load_seconds(&P->L, pw, "/promise_window", &ms)) {
        if (ms < SV_MS_PER_SECOND)
            sv_load_error(&P->L, "/promise_window", "must be at least 1 second");
        else
            m->promise_window_ms = ms;
    }
}

static void parse_rules(Parser *P, const cJSON *root, sv_ScoreModel *m)
{
    const cJSON *rules = sv_load_required(&P->L, root, "", "rules");
    if (!rules) return;
    int n = cJSON_GetArraySize(rules);
    if (!cJSON_IsArray(rules) || n == 0) {
        sv_load_error(&P->L, "/rules", "'rules' must be a non-empty array of rules");
        return;
    }
    if ((unsigned)n > SV_SCORE_MAX_RULES) {
        sv_load_error(&P->L, "/rules", "%d rules; the limit is %u", n, SV_SCORE_MAX_RULES);
        return;
    }
    m->rules = sv_arena_alloc(P->arena, (size_t)n * sizeof *m->rules);
    if (!m->rules) {
        P->nomem = true;
        return;
    }
    size_t i = 0;
    for (const cJSON *it = rules->child; it; it = it->next, i++) {
        char at[PTR];
        sv_load_ptr_index(at, "/rules", i);
        parse_rule(P, it, at, &m->rules[i], m, i);
    }
    m->rule_count = (uint32_t)n;
    if (P->cond_count >= SV_SCORE_MAX_CONDS)
        sv_load_error(&P->L, "/rules", "the rules have more than %u condition tests",
                      SV_SCORE_MAX_CONDS);
}

/* Moves the conditions into the arena. */
static void finish(Parser *P, sv_ScoreModel *m)
{
    m->conds = sv_arena_alloc(P->arena, (P->cond_count + 1u) * sizeof *m->conds);
    m->kids = sv_arena_alloc(P->arena, (P->kid_count + 1u) * sizeof *m->kids);
    if (!m->conds || !m->kids) {
        P->nomem = true;
        return;
    }
    if (P->cond_count) memcpy(m->conds, P->conds, P->cond_count * sizeof *m->conds);
    if (P->kid_count) memcpy(m->kids, P->kids, P->kid_count * sizeof *m->kids);
    m->cond_count = P->cond_count;
    m->kid_count = P->kid_count;
}

sv_Status sv_score_parse(const char *file, const char *bytes, size_t len, sv_ScoreModel **out,
                         sv_DiagList *diags)
{
    *out = NULL;
    Parser P = {.nomem = false};
    file = file ? file : "";
    cJSON *root = sv_json_parse(file, bytes, len, diags);
    if (!root) return SV_ERR_INVALID;
    P.arena = sv_arena_create(16384);
    sv_ScoreModel *m = P.arena ? sv_arena_alloc(P.arena, sizeof *m) : NULL;
    if (!m) {
        cJSON_Delete(root);
        sv_arena_free(P.arena);
        return SV_ERR_NOMEM;
    }
    /* every language: an explanation has all three */
    sv_load_init(&P.L, file, bytes, len, P.arena, SV_LANG_ALL, SV_LANG_EN, diags);
    m->arena = P.arena;
    m->id = "";
    m->file = copy(&P, file);
    if (!cJSON_IsObject(root))
        sv_load_error(&P.L, "", "a rules file is an object with \"format\", \"id\" and \"rules\"");
    else {
        parse_header(&P, root, m);
        parse_groups(&P, root, m);
        parse_rules(&P, root, m);
        index_rules(&P, m);
        finish(&P, m);
        if (!P.nomem) sv_score_compile(m);
    }
    cJSON_Delete(root);
    size_t errors = P.L.jf.errors;
    bool nomem = P.nomem || P.L.nomem;
    sv_load_free(&P.L);
    free(P.conds);
    free(P.kids);
    if (nomem) {
        sv_diag_add(diags, SV_SEV_ERROR, file, "", 0, 0, "out of memory reading the rules");
        sv_arena_free(P.arena);
        return SV_ERR_NOMEM;
    }
    if (errors) {
        sv_arena_free(P.arena);
        return SV_ERR_INVALID;
    }
    *out = m;
    return SV_OK;
}
