/* Reading a scoring rules file (scenarios/SCORING.md) into an sv_ScoreModel,
 * and a pack's overrides of it. Like the pack loader it collects every problem
 * of the file, each located by JSON pointer, line and column, before giving up;
 * unlike it, it needs no scenario: rules speak only the vocabulary below. */
#include <cjson/cJSON.h>
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonscan.h"
#include "load_common.h"
#include "svara/arena.h"
#include "svara/score.h"

#define PTR SV_LOAD_PTR
#define MAX_REPORTS 200 /* problems shown per file; the rest are counted */
#define MAX_NAMES 32

/* ---- vocabulary ------------------------------------------------------------- */

static const char *const principle_names[SV_PRINCIPLE_COUNT] = {
    "ORDER",
    "APOLOGY-EXPLAIN-COMPENSATE",
    "CONTACT",
    "FAST",
    "ALWAYS",
    "EMPATHY",
    "PUBLIC",
    "TWICE",
    "SWITCH",
    "PRO",
    "FACTUAL",
    "NO-IRONY",
    "ACCOMMODATE",
    "SHORT",
    "THANK",
    "HONEST",
    "LISTEN",
    "ASK",
    "FIX",
    "EXTRA-MILE",
    "POLICY",
    "MONITOR",
    "TEAM",
    "TROLL",
    "ONSTAGE-OFFSTAGE",
};

static const char *const trigger_names[SV_TRIGGER_COUNT] = {"reply", "timeout", "tick",
                                                            "end",   "promise", "kept"};

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
    [SV_TEST_CHECKED] = {"checked", ARG_BOOL},
    [SV_TEST_GENEROUS] = {"generous", ARG_BOOL},
    [SV_TEST_FACTS_MISSING] = {"facts_missing", ARG_BOOL},
    [SV_TEST_CLAIMS_UNKNOWN] = {"claims_unknown", ARG_BOOL},
    [SV_TEST_SPEAKS] = {"speaks", ARG_BOOL},
    [SV_TEST_DEADLINE_PCT] = {"deadline_pct", ARG_COUNT},
    [SV_TEST_OWN_DELAY_PCT] = {"own_delay_pct", ARG_COUNT},
    [SV_TEST_ALSO] = {"also", ARG_ENUM},
    [SV_TEST_ANSWERED_PRIVATE] = {"answered_private", ARG_BOOL},
    [SV_TEST_COMPENSATES] = {"compensates", ARG_BOOL},
    [SV_TEST_SOLUTION] = {"solution", ARG_BOOL},
    [SV_TEST_KNOWN_FALSE] = {"known_false", ARG_BOOL},
};

static const char *const op_names[] = {"<", "<=", "==", "!=", ">=", ">"}; /* sv_CmpOp order */

const char *sv_principle_name(sv_Principle p)
{
    return (unsigned)p < SV_PRINCIPLE_COUNT ? principle_names[p] : "?";
}

static int find_name(const char *const *names, size_t count, const char *name)
{
    for (size_t i = 0; name && i < count; i++)
        if (names[i] && strcmp(names[i], name) == 0) return (int)i;
    return -1;
}

bool sv_principle_parse(const char *name, sv_Principle *out)
{
    int i = find_name(principle_names, SV_PRINCIPLE_COUNT, name);
    if (i >= 0) *out = (sv_Principle)i;
    return i >= 0;
}

const char *sv_trigger_name(sv_Trigger t)
{
    return (unsigned)t < SV_TRIGGER_COUNT ? trigger_names[t] : "?";
}

bool sv_trigger_parse(const char *name, sv_Trigger *out)
{
    int i = find_name(trigger_names, SV_TRIGGER_COUNT, name);
    if (i >= 0) *out = (sv_Trigger)i;
    return i >= 0;
}

const char *sv_score_test_name(sv_ScoreTest t)
{
    return (unsigned)t < SV_TEST_COUNT ? tests[t].name : "?";
}

/* The words an enum test accepts, in the order of their values. */
static size_t enum_names(sv_ScoreTest t, const char **out)
{
    static const char *const order[] = {"wrong", "ok"};
    static const char *const policy[] = {"same", "differs"};
    static const char *const vis[] = {"public", "private"};
    static const char *const valence[] = {"negative", "neutral", "positive"};
    static const char *const truth[] = {"false", "true", "mixed"};
    size_t n = 0;
    switch (t) {
    case SV_TEST_CLAIMS: memcpy(out, truth, sizeof truth); return 3;
    case SV_TEST_CONFIRMS:
    case SV_TEST_DENIES: memcpy(out, truth, 2 * sizeof *truth); return 2;
    case SV_TEST_TAG:
        for (n = 0; n < SV_TAG_COUNT; n++) out[n] = sv_tag_name((sv_Tag)n);
        return n;
    case SV_TEST_PART:
        for (n = 0; n < SV_PART_COUNT; n++) out[n] = sv_part_kind_name((sv_PartKind)n);
        return n;
    case SV_TEST_ACTION:
    case SV_TEST_ALSO:
        for (n = 0; n < SV_ACTION_COUNT; n++) out[n] = sv_action_name((sv_Action)n);
        return n;
    case SV_TEST_AUTHOR:
        for (n = 0; n < SV_ROLE_COUNT; n++) out[n] = sv_role_name((sv_Role)n);
        return n;
    case SV_TEST_CHANNEL:
        for (n = 0; n < SV_CHANNEL_TYPE_COUNT; n++)
            out[n] = sv_channel_type_name((sv_ChannelType)n);
        return n;
    case SV_TEST_ORDER: memcpy(out, order, sizeof order); return 2;
    case SV_TEST_POLICY: memcpy(out, policy, sizeof policy); return 2;
    case SV_TEST_VISIBILITY: memcpy(out, vis, sizeof vis); return 2;
    case SV_TEST_VALENCE: memcpy(out, valence, sizeof valence); return 3;
    default: return 0;
    }
}

/* ---- reporting ---------------------------------------------------------------- */

typedef struct Parser {
    const char *file;
    sv_DiagList *diags;
    sv_JsonFile jf; /* located, capped reports; jf.errors counts them */
    bool nomem;
    sv_Arena *arena;
    sv_ScoreCond *conds;
    uint32_t cond_count, cond_cap;
    uint32_t *kids;
    uint32_t kid_count, kid_cap;
} Parser;

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void
fail(Parser *P, const char *ptr, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sv_json_file_reportv(&P->jf, SV_SEV_ERROR, ptr, fmt, ap);
    va_end(ap);
}

/* Edit distance, for "did you mean" on short vocabulary words. */
static size_t distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), row[40];
    if (la >= 40 || lb >= 40) return 99;
    for (size_t j = 0; j <= lb; j++) row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);
            size_t best = diag + (same ? 0u : 1u);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

static const char *suggest(const char *word, const char *const *names, size_t count)
{
    /* two edits, or a third of the word for longer words */
    size_t allowed = strlen(word) / 3 > 2 ? strlen(word) / 3 : 2;
    const char *best = NULL;
    size_t best_d = allowed + 1;
    for (size_t i = 0; i < count; i++) {
        size_t d = distance(word, names[i]);
        if (d < best_d) best = names[i], best_d = d;
    }
    return best;
}

static void join(char *out, size_t size, const char *const *names, size_t count)
{
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < count && n + 1 < size; i++) {
        int w = snprintf(out + n, size - n, "%s%s", i ? ", " : "", names[i]);
        if (w < 0) break;
        n += (size_t)w;
    }
}

/* "unknown X 'w'; did you mean 'y'?" or the whole list when it is short. */
static void fail_word(Parser *P, const char *ptr, const char *what, const char *word,
                      const char *const *names, size_t count)
{
    const char *s = suggest(word, names, count);
    if (s) {
        fail(P, ptr, "unknown %s '%s'; did you mean '%s'?", what, word, s);
        return;
    }
    char list[240];
    join(list, sizeof list, names, count);
    fail(P, ptr, "unknown %s '%s'; expected one of: %s", what, word, list);
}

static bool is_note(const char *key) { return key && key[0] == '_'; }

static void check_keys(Parser *P, const cJSON *obj, const char *ptr, const char *const *allowed,
                       size_t count)
{
    for (const cJSON *it = obj->child; it; it = it->next) {
        if (is_note(it->string) || find_name(allowed, count, it->string) >= 0) continue;
        char at[PTR];
        sv_load_ptr_key(at, ptr, it->string);
        fail_word(P, at, "key", it->string, allowed, count);
    }
}

/* ---- values ------------------------------------------------------------------- */

static bool get_string(Parser *P, const cJSON *it, const char *ptr, const char *what)
{
    if (cJSON_IsString(it) && it->valuestring) return true;
    fail(P, ptr, "%s must be a string, not %s", what, sv_load_type_name(it));
    return false;
}

static bool id_ok(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > SV_MAX_ID_BYTES) return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        bool ok =
            (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > 0 && (c == '-' || c == '_'));
        if (!ok) return false;
    }
    return true;
}

static bool get_id(Parser *P, const cJSON *it, const char *ptr, const char *what)
{
    if (!get_string(P, it, ptr, what)) return false;
    if (id_ok(it->valuestring)) return true;
    fail(P, ptr,
         "%s '%s' is not an id: use lower-case letters, digits, '-' and '_', starting "
         "with a letter or digit, at most %u bytes",
         what, it->valuestring, SV_MAX_ID_BYTES);
    return false;
}

/* A finite number in [lo, hi]. */
static bool get_number(Parser *P, const cJSON *it, const char *ptr, const char *what, double lo,
                       double hi, double *out)
{
    if (!cJSON_IsNumber(it) || !isfinite(it->valuedouble)) {
        fail(P, ptr, "%s must be a number, not %s", what, sv_load_type_name(it));
        return false;
    }
    if (it->valuedouble < lo || it->valuedouble > hi) {
        char as_written[48];
        fail(P, ptr, "%s %s is out of range; it must lie between %g and %g", what,
             sv_json_file_number(&P->jf, ptr, it->valuedouble, as_written, sizeof as_written), lo,
             hi);
        return false;
    }
    *out = it->valuedouble;
    return true;
}

static const cJSON *member(Parser *P, const cJSON *obj, const char *ptr, const char *key,
                           bool required)
{
    const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!it && required) fail(P, ptr, "\"%s\" is missing", key);
    return it;
}

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
        fail(P, ptr, "\"%s\" takes an array of conditions, not %s", tests[test].name,
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
    const char *names[MAX_NAMES];
    size_t n = enum_names((sv_ScoreTest)test, names);
    if (!cJSON_IsString(arg)) {
        fail(P, ptr, "\"%s\" takes a string, not %s", tests[test].name, sv_load_type_name(arg));
        return -1;
    }
    int v = find_name(names, n, arg->valuestring);
    if (v < 0) {
        char what[40];
        snprintf(what, sizeof what, "%s", tests[test].name);
        fail_word(P, ptr, what, arg->valuestring, names, n);
        return -1;
    }
    return add_cond(P, (uint8_t)test, SV_OP_EQ, v);
}

/* {"parts": ">=", "value": 5}: an operator and a number of items or seconds. */
static int32_t parse_compare(Parser *P, int test, const cJSON *cond, const cJSON *arg,
                             const char *ptr, const char *cond_ptr)
{
    int op = cJSON_IsString(arg) ? find_name(op_names, 6, arg->valuestring) : -1;
    if (op < 0) {
        char list[64];
        join(list, sizeof list, op_names, 6);
        fail(P, ptr, "\"%s\" takes a comparison operator (%s) and a \"value\"", tests[test].name,
             list);
    }
    const cJSON *value = member(P, cond, cond_ptr, "value", true);
    char at[PTR];
    sv_load_ptr_key(at, cond_ptr, "value");
    double v = 0;
    bool seconds = tests[test].arg == ARG_SECONDS;
    double hi = seconds ? SV_MAX_SCENARIO_MS / 1000.0 : 1000000.0;
    if (!value || !get_number(P, value, at, "\"value\"", 0, hi, &v)) return -1;
    if (!seconds && v != floor(v)) {
        fail(P, at, "\"value\" of \"%s\" must be a whole number", tests[test].name);
        return -1;
    }
    if (op < 0) return -1;
    int32_t x = (int32_t)(seconds ? llround(v * 1000.0) : (long long)v);
    return add_cond(P, (uint8_t)test, (uint8_t)op, x);
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
            fail(P, at,
                 "a condition tests one thing, but this one has \"%s\" and \"%s\"; combine "
                 "them with {\"all\": [...]}",
                 found->string, it->string);
            return NULL;
        }
        found = it;
    }
    if (!found) fail(P, ptr, "the condition names no test, e.g. {\"tag\": \"sarcasm\"}");
    return found;
}

static int32_t parse_cond(Parser *P, const cJSON *c, const char *ptr, unsigned depth)
{
    if (depth > SV_MAX_COND_DEPTH) {
        fail(P, ptr, "conditions nest deeper than %u levels", SV_MAX_COND_DEPTH);
        return -1;
    }
    if (cJSON_IsBool(c)) /* true: an empty "all"; false: an empty "any" */
        return add_cond(P, cJSON_IsTrue(c) ? SV_TEST_ALL : SV_TEST_ANY, SV_OP_EQ, 0);
    if (!cJSON_IsObject(c)) {
        fail(P, ptr,
             "a condition is an object such as {\"tag\": \"sarcasm\"}, or true or false; "
             "this is %s",
             sv_load_type_name(c));
        return -1;
    }
    const cJSON *key = test_key(P, c, ptr);
    if (!key) return -1;
    char at[PTR];
    sv_load_ptr_key(at, ptr, key->string);
    const char *names[SV_TEST_COUNT];
    for (int t = 0; t < SV_TEST_COUNT; t++) names[t] = tests[t].name;
    int test = find_name(names, SV_TEST_COUNT, key->string);
    if (test < 0) {
        fail_word(P, at, "test", key->string, names, SV_TEST_COUNT);
        return -1;
    }
    int arg = tests[test].arg;
    if (arg != ARG_COUNT && arg != ARG_SECONDS && cJSON_GetObjectItemCaseSensitive(c, "value")) {
        char vat[PTR];
        sv_load_ptr_key(vat, ptr, "value");
        fail(P, vat, "\"%s\" takes no \"value\"; only comparisons such as \"parts\" do",
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
    case ARG_BOOL:
        if (!cJSON_IsBool(key)) {
            fail(P, at, "\"%s\" takes true or false, not %s", key->string, sv_load_type_name(key));
            return -1;
        }
        return add_cond(P, (uint8_t)test, SV_OP_EQ, cJSON_IsTrue(key) ? 1 : 0);
    default: return parse_compare(P, test, c, key, at, ptr);
    }
}

/* ---- rules ------------------------------------------------------------------------ */

static void parse_principles(Parser *P, const cJSON *rule, const char *ptr, sv_ScoreRule *r)
{
    const cJSON *list = member(P, rule, ptr, "principles", true);
    char at[PTR];
    sv_load_ptr_key(at, ptr, "principles");
    if (!list) return;
    if (!cJSON_IsArray(list) || cJSON_GetArraySize(list) == 0) {
        fail(P, at,
             "\"principles\" must be a non-empty array of principle ids such as "
             "\"ORDER\" (see principles.md)");
        return;
    }
    size_t i = 0;
    for (const cJSON *it = list->child; it; it = it->next, i++) {
        char iat[PTR];
        sv_load_ptr_index(iat, at, i);
        sv_Principle p;
        if (!get_string(P, it, iat, "a principle id")) continue;
        if (sv_principle_parse(it->valuestring, &p))
            r->principles |= 1u << p;
        else
            fail_word(P, iat, "principle", it->valuestring, principle_names, SV_PRINCIPLE_COUNT);
    }
}

static void parse_effects(Parser *P, const cJSON *rule, const char *ptr, sv_ScoreRule *r)
{
    static const char *const meters[SV_METER_COUNT] = {"reputation", "sentiment", "mood", "reach"};
    const cJSON *fx = member(P, rule, ptr, "effects", true);
    char at[PTR];
    sv_load_ptr_key(at, ptr, "effects");
    if (!fx) return;
    if (!cJSON_IsObject(fx)) {
        fail(P, at, "\"effects\" must be an object such as {\"reputation\": -2}, not %s",
             sv_load_type_name(fx));
        return;
    }
    check_keys(P, fx, at, meters, SV_METER_COUNT);
    for (int m = 0; m < SV_METER_COUNT; m++) {
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(fx, meters[m]);
        if (!v) continue;
        char mat[PTR];
        sv_load_ptr_key(mat, at, meters[m]);
        double lim = m == SV_METER_REACH ? SV_SCORE_MAX_EFFECT * 10000.0 : SV_SCORE_MAX_EFFECT;
        double x;
        if (get_number(P, v, mat, meters[m], -lim, lim, &x))
            r->effects[m] = (int32_t)llround(x * 10.0);
    }
}

static void parse_explain(Parser *P, const cJSON *rule, const char *ptr, sv_ScoreRule *r)
{
    const cJSON *ex = member(P, rule, ptr, "explain", true);
    char at[PTR];
    sv_load_ptr_key(at, ptr, "explain");
    for (int l = 0; l < SV_LANG_COUNT; l++) r->explain.s[l] = "";
    if (!ex) return;
    if (!cJSON_IsObject(ex)) {
        fail(P, at, "\"explain\" must be an object with \"en\", \"sv\" and \"nb\" texts, not %s",
             sv_load_type_name(ex));
        return;
    }
    const char *codes[SV_LANG_COUNT];
    for (int l = 0; l < SV_LANG_COUNT; l++) codes[l] = sv_lang_code((sv_Lang)l);
    check_keys(P, ex, at, codes, SV_LANG_COUNT);
    for (int l = 0; l < SV_LANG_COUNT; l++) {
        const cJSON *t = member(P, ex, at, codes[l], true);
        char lat[PTR];
        sv_load_ptr_key(lat, at, codes[l]);
        if (!t || !get_string(P, t, lat, "an explanation")) continue;
        size_t n = strlen(t->valuestring);
        if (n == 0 || n > SV_MAX_TEXT_BYTES)
            fail(P, lat, "the explanation must have 1 to %u bytes; it has %zu", SV_MAX_TEXT_BYTES,
                 n);
        else
            r->explain.s[l] = copy(P, t->valuestring);
    }
}

/* "group": the id of one of the model's groups; "for": seconds a tick rule
 * keeps firing for one post. */
static void parse_group_and_for(Parser *P, const cJSON *rule, const char *ptr, sv_ScoreRule *r,
                                const sv_ScoreModel *m)
{
    char at[PTR];
    const cJSON *g = member(P, rule, ptr, "group", false);
    sv_load_ptr_key(at, ptr, "group");
    if (g && get_string(P, g, at, "\"group\"")) {
        const char *names[SV_SCORE_MAX_GROUPS];
        for (uint32_t i = 0; i < m->group_count; i++) {
            names[i] = m->groups[i].id;
            if (strcmp(m->groups[i].id, g->valuestring) == 0) r->group = (int32_t)i;
        }
        if (r->group < 0) fail_word(P, at, "group", g->valuestring, names, m->group_count);
    }
    const cJSON *f = member(P, rule, ptr, "for", false);
    sv_load_ptr_key(at, ptr, "for");
    double sec;
    if (f && r->on != SV_TRIGGER_TICK)
        fail(P, at, "\"for\" limits how long a tick rule fires; this rule is not on \"tick\"");
    else if (f && get_number(P, f, at, "\"for\"", 1, SV_MAX_SCENARIO_MS / 1000.0, &sec))
        r->for_ms = (uint32_t)llround(sec * 1000.0);
}

static void parse_rule(Parser *P, const cJSON *rule, const char *ptr, sv_ScoreRule *r,
                       const sv_ScoreModel *m, size_t n_earlier)
{
    static const char *const keys[] = {"id",      "principles", "on",    "when",
                                       "effects", "explain",    "group", "for"};
    const sv_ScoreRule *earlier = m->rules;
    char at[PTR];
    r->id = "";
    r->when = -1;
    r->group = -1;
    r->weight = 100;
    if (!cJSON_IsObject(rule)) {
        fail(P, ptr, "a rule must be an object, not %s", sv_load_type_name(rule));
        return;
    }
    check_keys(P, rule, ptr, keys, 8);
    const cJSON *id = member(P, rule, ptr, "id", true);
    sv_load_ptr_key(at, ptr, "id");
    if (id && get_id(P, id, at, "the rule id")) {
        for (size_t i = 0; i < n_earlier; i++)
            if (strcmp(earlier[i].id, id->valuestring) == 0)
                fail(P, at, "rule id '%s' is used twice (first by rule %zu)", id->valuestring, i);
        r->id = copy(P, id->valuestring);
    }
    parse_principles(P, rule, ptr, r);
    const cJSON *on = member(P, rule, ptr, "on", true);
    sv_load_ptr_key(at, ptr, "on");
    sv_Trigger trig;
    if (on && get_string(P, on, at, "\"on\"")) {
        if (sv_trigger_parse(on->valuestring, &trig))
            r->on = trig;
        else
            fail_word(P, at, "trigger", on->valuestring, trigger_names, SV_TRIGGER_COUNT);
    }
    const cJSON *when = member(P, rule, ptr, "when", false);
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
    const cJSON *gs = member(P, root, "", "groups", false);
    if (!gs) return;
    if (!cJSON_IsObject(gs)) {
        fail(P, "/groups", "\"groups\" must be an object of group ids, not %s",
             sv_load_type_name(gs));
        return;
    }
    int n = cJSON_GetArraySize(gs);
    if ((unsigned)n > SV_SCORE_MAX_GROUPS) {
        fail(P, "/groups", "%d groups; the limit is %u", n, SV_SCORE_MAX_GROUPS);
        return;
    }
    m->groups = sv_arena_alloc(P->arena, ((size_t)n + 1u) * sizeof *m->groups);
    if (!m->groups) {
        P->nomem = true;
        return;
    }
    const char *meters[SV_METER_COUNT];
    for (int k = 0; k < SV_METER_COUNT; k++) meters[k] = sv_meter_name((sv_Meter)k);
    for (const cJSON *g = gs->child; g; g = g->next) {
        char at[PTR];
        sv_load_ptr_key(at, "/groups", g->string);
        if (!id_ok(g->string))
            fail(P, at, "group id '%s' is not an id: use lower-case letters, digits, '-' and '_'",
                 g->string);
        sv_ScoreGroup *grp = &m->groups[m->group_count++];
        grp->id = copy(P, g->string);
        if (!cJSON_IsObject(g)) {
            fail(P, at, "a group is an object of caps per meter, e.g. {\"mood\": 8}");
            continue;
        }
        check_keys(P, g, at, meters, SV_METER_COUNT);
        for (int k = 0; k < SV_METER_COUNT; k++) {
            const cJSON *c = member(P, g, at, meters[k], false);
            char cat[PTR];
            sv_load_ptr_key(cat, at, meters[k]);
            double v;
            if (c && get_number(P, c, cat, "a cap", 0, k == SV_METER_REACH ? 1e6 : 100, &v))
                grp->cap[k] = (int32_t)llround(v * 10.0);
        }
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
    static const char *const keys[] = {"format", "id",    "promise_window",
                                       "groups", "rules", "$schema"};
    char at[PTR];
    check_keys(P, root, "", keys, 6);
    const cJSON *format = member(P, root, "", "format", true);
    if (format && (!cJSON_IsNumber(format) || format->valuedouble != SV_SCORE_FORMAT))
        fail(P, "/format", "\"format\" must be %d", SV_SCORE_FORMAT);
    const cJSON *schema = member(P, root, "", "$schema", false);
    if (schema) (void)get_string(P, schema, "/$schema", "\"$schema\" (a path or URL)");
    const cJSON *id = member(P, root, "", "id", true);
    if (id && get_id(P, id, "/id", "the model id")) m->id = copy(P, id->valuestring);
    m->promise_window_ms = SV_SCORE_PROMISE_WINDOW_MS;
    const cJSON *pw = member(P, root, "", "promise_window", false);
    sv_load_ptr_key(at, "", "promise_window");
    double s;
    if (pw && get_number(P, pw, at, "\"promise_window\"", 1, SV_MAX_SCENARIO_MS / 1000.0, &s))
        m->promise_window_ms = (uint32_t)llround(s * 1000.0);
}

static void parse_rules(Parser *P, const cJSON *root, sv_ScoreModel *m)
{
    const cJSON *rules = member(P, root, "", "rules", true);
    if (!rules) return;
    int n = cJSON_GetArraySize(rules);
    if (!cJSON_IsArray(rules) || n == 0) {
        fail(P, "/rules", "\"rules\" must be a non-empty array of rules");
        return;
    }
    if ((unsigned)n > SV_SCORE_MAX_RULES) {
        fail(P, "/rules", "%d rules; the limit is %u", n, SV_SCORE_MAX_RULES);
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
        fail(P, "/rules", "the rules have more than %u condition tests", SV_SCORE_MAX_CONDS);
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
    Parser P = {.file = file ? file : "", .diags = diags};
    cJSON *root = sv_json_parse(P.file, bytes, len, diags);
    if (!root) return SV_ERR_INVALID;
    sv_json_file_init(&P.jf, P.file, bytes, len, MAX_REPORTS, diags);
    P.arena = sv_arena_create(16384);
    sv_ScoreModel *m = P.arena ? sv_arena_alloc(P.arena, sizeof *m) : NULL;
    if (!m) {
        cJSON_Delete(root);
        sv_json_file_free(&P.jf);
        sv_arena_destroy(P.arena);
        return SV_ERR_NOMEM;
    }
    m->arena = P.arena;
    m->id = "";
    m->file = copy(&P, P.file);
    if (!cJSON_IsObject(root))
        fail(&P, "", "a rules file is an object with \"format\", \"id\" and \"rules\"");
    else {
        parse_header(&P, root, m);
        parse_groups(&P, root, m);
        parse_rules(&P, root, m);
        index_rules(&P, m);
        finish(&P, m);
    }
    cJSON_Delete(root);
    sv_json_file_free(&P.jf);
    free(P.conds);
    free(P.kids);
    if (P.nomem) {
        sv_diag_add(diags, SV_SEV_ERROR, P.file, "", 0, 0, "out of memory reading the rules");
        sv_arena_destroy(P.arena);
        return SV_ERR_NOMEM;
    }
    if (P.jf.errors) {
        sv_arena_destroy(P.arena);
        return SV_ERR_INVALID;
    }
    *out = m;
    return SV_OK;
}
