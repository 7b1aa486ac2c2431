/* Reading result files (svara/workshop.h): strict, with every problem at its
 * pointer, line and column, since a report merges files from other machines
 * and must not count a damaged one. The replay inside a play is checked by
 * the replay parser itself, its messages moved to where it sits in the file. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "core_util.h"
#include "svara/debrief.h"
#include "svara/json.h"
#include "svara/native.h"
#include "workshop_internal.h"

#define MAX_PLAY_DECISIONS SV_MAX_NODES
#define MAX_RULES 65536u /* rules kept per decision or standing list */
#define MAX_WORDS (SV_MAX_TEXT_BYTES * SV_MAX_COMPOSE + SV_MAX_COMPOSE)

static const char *copy(sv_Loader *L, const char *s) { return sv_load_strdup(L, s ? s : ""); }

/* A text as it was shown (a prompt, a reply, an explanation): any string up to `max` bytes. */
static const char *words(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key,
                         bool required, size_t max)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    const cJSON *v = required ? sv_load_required(L, obj, ptr, key) : sv_load_get(obj, key);
    const char *s;
    if (!v || !sv_load_string(L, v, at, &s)) return "";
    if (strlen(s) > max) {
        sv_load_error(L, at, "is %zu bytes long; the limit is %zu", strlen(s), max);
        return "";
    }
    return copy(L, s);
}

static const char *id_at(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key,
                         const char *what, bool required)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    const cJSON *v = required ? sv_load_required(L, obj, ptr, key) : sv_load_get(obj, key);
    if (!v) return "";
    if (cJSON_IsString(v) && !v->valuestring[0] && !required) return ""; /* "" is none */
    return sv_load_id_syntax(L, v, at, what) ? copy(L, v->valuestring) : "";
}

static uint32_t seconds_at(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    const cJSON *v = sv_load_required(L, obj, ptr, key);
    uint32_t ms = 0;
    if (v) sv_load_seconds(L, v, at, &ms);
    return ms;
}

static int64_t whole_at(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key,
                        int64_t min, int64_t max)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    const cJSON *v = sv_load_required(L, obj, ptr, key);
    int64_t n = min;
    if (v) sv_load_whole(L, v, at, min, max, &n);
    return n;
}

/* {"reputation": 55.3, ...}: every meter, in points (reach in people). */
static void meters_at(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key,
                      int32_t out[SV_METER_COUNT])
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    const cJSON *m = sv_load_required(L, obj, ptr, key);
    if (!m || !sv_load_object(L, m, at, "meters")) return;
    size_t count;
    const char *const *names = sv_vocab_words(SV_VOCAB_METER, &count);
    sv_load_check_keys_n(L, m, at, names, count);
    for (int k = 0; k < SV_METER_COUNT; k++) {
        char mat[SV_LOAD_PTR];
        sv_load_ptr_key(mat, at, names[k]);
        const cJSON *v = sv_load_required(L, m, at, names[k]);
        double d;
        int64_t n;
        if (!v) continue;
        if (k == SV_METER_REACH) {
            if (sv_load_whole(L, v, mat, -(int64_t)SV_MAX_AUDIENCE * 100, SV_MAX_AUDIENCE * 100LL,
                              &n))
                out[k] = (int32_t)n;
        } else if (sv_load_number_in(L, v, mat, -10000, 10000, &d)) {
            out[k] = sv_tenths_from_points(v->valuedouble);
        }
    }
}

/* ---- rules and decisions ------------------------------------------------------------------- */

static void read_rule(sv_Loader *L, const cJSON *obj, const char *ptr, sv_ResultRule *r)
{
    static const char *const keys[] = {"rule",  "principles", "sign",    "trigger", "t",
                                       "count", "moved",      "explain", NULL};
    memset(r, 0, sizeof *r);
    r->rule = r->explain = "";
    if (!sv_load_object(L, obj, ptr, "a rule")) return;
    sv_load_check_keys(L, obj, ptr, keys);
    r->rule = words(L, obj, ptr, "rule", true, SV_MAX_ID_BYTES);
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, "principles");
    const cJSON *ps = sv_load_required(L, obj, ptr, "principles");
    if (ps && sv_load_array(L, ps, at, "\"principles\"")) {
        size_t i = 0;
        for (const cJSON *it = ps->child; it; it = it->next, i++) {
            char item[SV_LOAD_PTR];
            sv_load_ptr_index(item, at, i);
            int k;
            if (sv_load_vocab(L, it, item, NULL, SV_VOCAB_PRINCIPLE, &k)) r->principles |= 1u << k;
        }
    }
    r->sign = (int8_t)whole_at(L, obj, ptr, "sign", -1, 1);
    sv_load_ptr_key(at, ptr, "trigger");
    const cJSON *tr = sv_load_required(L, obj, ptr, "trigger");
    int t;
    if (tr && sv_load_vocab(L, tr, at, NULL, SV_VOCAB_TRIGGER, &t)) r->trigger = (uint8_t)t;
    r->t_ms = seconds_at(L, obj, ptr, "t");
    r->count = (uint32_t)whole_at(L, obj, ptr, "count", 1, SV_MAX_SCENARIO_MS / 1000u);
    meters_at(L, obj, ptr, "moved", r->applied);
    r->explain = words(L, obj, ptr, "explain", false, SV_MAX_TEXT_BYTES);
}

static void read_rules(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key,
                       sv_ResultRule **out, uint32_t *count)
{
    char at[SV_LOAD_PTR];
    snprintf(at, sizeof at, "%s", ptr);
    const cJSON *list = sv_load_list(L, obj, key, true, at);
    *out = NULL;
    *count = 0;
    if (!list) return;
    int n = cJSON_GetArraySize(list);
    if (n > (int)MAX_RULES) {
        sv_load_error(L, at, "%d rules; at most %u are read", n, MAX_RULES);
        return;
    }
    *out = n ? sv_load_alloc(L, (size_t)n * sizeof **out) : NULL;
    if (!*out) return;
    *count = (uint32_t)n;
    size_t i = 0;
    for (const cJSON *it = list->child; it; it = it->next, i++) {
        char item[SV_LOAD_PTR];
        sv_load_ptr_index(item, at, i);
        read_rule(L, it, item, &(*out)[i]);
    }
}

static void read_choices(sv_Loader *L, const cJSON *obj, const char *ptr, sv_ResultDecision *d)
{
    static const char *const keys[] = {"id", "text", "part", NULL};
    char at[SV_LOAD_PTR];
    snprintf(at, sizeof at, "%s", ptr);
    const cJSON *list = sv_load_list(L, obj, "choices", true, at);
    if (!list) return;
    int n = cJSON_GetArraySize(list);
    if (n > (int)(SV_MAX_OPTIONS + SV_MAX_PARTS)) {
        sv_load_error(L, at, "%d choices; a decision offers at most %u", n,
                      SV_MAX_OPTIONS + SV_MAX_PARTS);
        return;
    }
    d->choices = n ? sv_load_alloc(L, (size_t)n * sizeof *d->choices) : NULL;
    if (!d->choices) return;
    d->choice_count = (uint32_t)n;
    size_t i = 0;
    for (const cJSON *it = list->child; it; it = it->next, i++) {
        char item[SV_LOAD_PTR];
        sv_load_ptr_index(item, at, i);
        sv_ResultChoice *c = &d->choices[i];
        c->id = c->text = "";
        if (!sv_load_object(L, it, item, "a choice")) continue;
        sv_load_check_keys(L, it, item, keys);
        c->id = id_at(L, it, item, "id", "choice", true);
        c->text = words(L, it, item, "text", true, SV_MAX_TEXT_BYTES);
        const cJSON *part = sv_load_get(it, "part");
        char pat[SV_LOAD_PTR];
        sv_load_ptr_key(pat, item, "part");
        if (part) sv_load_bool(L, part, pat, &c->part);
    }
}

static void read_parts(sv_Loader *L, const cJSON *obj, const char *ptr, sv_ResultDecision *d)
{
    char at[SV_LOAD_PTR];
    snprintf(at, sizeof at, "%s", ptr);
    const cJSON *list = sv_load_list(L, obj, "parts", false, at);
    if (!list) return;
    int n = cJSON_GetArraySize(list);
    if (n < 1 || n > (int)SV_MAX_COMPOSE) {
        sv_load_error(L, at, "%d parts; a composed reply has 1 to %u", n, SV_MAX_COMPOSE);
        return;
    }
    d->parts = sv_load_alloc(L, (size_t)n * sizeof *d->parts);
    if (!d->parts) return;
    d->part_count = (uint32_t)n;
    size_t i = 0;
    for (const cJSON *it = list->child; it; it = it->next, i++) {
        char item[SV_LOAD_PTR];
        sv_load_ptr_index(item, at, i);
        d->parts[i] = sv_load_id_syntax(L, it, item, "part") ? copy(L, it->valuestring) : "";
    }
}

static void read_decision(sv_Loader *L, const cJSON *obj, const char *ptr, sv_ResultDecision *d)
{
    static const char *const keys[] = {
        "decision",   "prompt",     "state", "opened",  "closed", "taken", "option", "parts",
        "visibility", "by_default", "reply", "choices", "before", "after", "rules",  NULL};
    static const char *const states[] = {"answered", "timed-out", "lapsed"};
    memset(d, 0, sizeof *d);
    d->decision = d->prompt = d->option = d->reply = "";
    if (!sv_load_object(L, obj, ptr, "a decision")) return;
    sv_load_check_keys(L, obj, ptr, keys);
    char at[SV_LOAD_PTR];
    d->decision = id_at(L, obj, ptr, "decision", "decision", true);
    d->prompt = words(L, obj, ptr, "prompt", true, SV_MAX_TEXT_BYTES);
    sv_load_ptr_key(at, ptr, "state");
    const cJSON *st = sv_load_required(L, obj, ptr, "state");
    int s;
    if (st && sv_load_enum(L, st, at, "state", states, 3, &s)) d->state = (uint8_t)s;
    d->open_ms = seconds_at(L, obj, ptr, "opened");
    d->close_ms = seconds_at(L, obj, ptr, "closed");
    d->taken_ms = seconds_at(L, obj, ptr, "taken");
    d->option = id_at(L, obj, ptr, "option", "option", false);
    read_parts(L, obj, ptr, d);
    if (d->option[0] && d->part_count)
        sv_load_error(L, ptr, "a decision has \"option\" or \"parts\", not both");
    const cJSON *v;
    int vis;
    sv_load_ptr_key(at, ptr, "visibility");
    if ((v = sv_load_get(obj, "visibility")) &&
        sv_load_vocab(L, v, at, NULL, SV_VOCAB_VISIBILITY, &vis))
        d->visibility = (sv_Visibility)vis;
    sv_load_ptr_key(at, ptr, "by_default");
    if ((v = sv_load_get(obj, "by_default"))) sv_load_bool(L, v, at, &d->by_default);
    d->reply = words(L, obj, ptr, "reply", false, MAX_WORDS);
    read_choices(L, obj, ptr, d);
    meters_at(L, obj, ptr, "before", d->before);
    meters_at(L, obj, ptr, "after", d->after);
    read_rules(L, obj, ptr, "rules", &d->rules, &d->rule_count);
}

/* ---- plays --------------------------------------------------------------------------------- */

/* [t, reputation, sentiment, mood, reach] rows. */
static void read_history(sv_Loader *L, const cJSON *obj, const char *ptr, sv_ResultPlay *p)
{
    char at[SV_LOAD_PTR];
    snprintf(at, sizeof at, "%s", ptr);
    const cJSON *list = sv_load_list(L, obj, "history", true, at);
    if (!list) return;
    int n = cJSON_GetArraySize(list);
    if (n > (int)SV_WORKSHOP_MAX_HISTORY + 1) {
        sv_load_error(L, at, "%d samples; a play keeps at most %u", n, SV_WORKSHOP_MAX_HISTORY + 1);
        return;
    }
    p->history = n ? sv_load_alloc(L, (size_t)n * sizeof *p->history) : NULL;
    if (!p->history) return;
    p->history_count = (uint32_t)n;
    size_t i = 0;
    for (const cJSON *it = list->child; it; it = it->next, i++) {
        char item[SV_LOAD_PTR];
        sv_load_ptr_index(item, at, i);
        sv_MeterSample *h = &p->history[i];
        memset(h, 0, sizeof *h);
        if (!cJSON_IsArray(it) || cJSON_GetArraySize(it) != 1 + SV_METER_COUNT) {
            sv_load_error(L, item, "a sample is [seconds, reputation, sentiment, mood, reach]");
            continue;
        }
        const cJSON *v = it->child;
        char vat[SV_LOAD_PTR];
        sv_load_ptr_index(vat, item, 0);
        sv_load_seconds(L, v, vat, &h->t_ms);
        for (int k = 0; k < SV_METER_COUNT; k++) {
            v = v->next;
            sv_load_ptr_index(vat, item, (size_t)k + 1);
            double d;
            if (sv_load_number_in(L, v, vat, -1e7, 1e7, &d))
                h->meters[k] = k == SV_METER_REACH ? (int32_t)llround(v->valuedouble)
                                                   : sv_tenths_from_points(v->valuedouble);
        }
    }
}

/* The embedded replay, checked by the replay parser over its own text; its
 * messages are moved to the replay's place in this file. */
static void read_replay(sv_Loader *L, const cJSON *obj, const char *ptr, sv_ResultPlay *p)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, "replay");
    const cJSON *v = sv_load_required(L, obj, ptr, "replay");
    if (!v || !sv_load_object(L, v, at, "\"replay\"")) return;
    char *text = cJSON_PrintUnformatted(v);
    if (!text) {
        sv_load_error(L, at, "out of memory");
        return;
    }
    sv_DiagList inner;
    sv_diag_init(&inner);
    if (sv_replay_parse(L->file, text, strlen(text), &p->replay, &inner) != SV_OK && !inner.count)
        sv_load_error(L, at, "the replay is not valid");
    for (size_t i = 0; i < inner.count; i++) {
        char where[SV_LOAD_PTR * 2];
        snprintf(where, sizeof where, "%s%s", at, inner.items[i].pointer);
        sv_json_file_report(&L->jf, inner.items[i].severity, where, "in the replay: %s",
                            inner.items[i].message);
    }
    sv_diag_free(&inner);
    cJSON_free(text);
}

static void read_grade(sv_Loader *L, const cJSON *obj, const char *ptr, sv_ResultPlay *p)
{
    static const char *const keys[] = {"score", "letter", "pass", NULL};
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, "grade");
    const cJSON *g = sv_load_required(L, obj, ptr, "grade");
    if (!g || !sv_load_object(L, g, at, "\"grade\"")) return;
    sv_load_check_keys(L, g, at, keys);
    p->score = (int32_t)whole_at(L, g, at, "score", 0, 100);
    p->pass_score = (int32_t)whole_at(L, g, at, "pass", 0, 100);
    p->grade = sv_grade_letter(p->score);
    const cJSON *letter = sv_load_required(L, g, at, "letter");
    char lat[SV_LOAD_PTR];
    sv_load_ptr_key(lat, at, "letter");
    if (letter &&
        (!cJSON_IsString(letter) || letter->valuestring[0] != p->grade || letter->valuestring[1]))
        sv_load_error(L, lat, "the letter of score %d is \"%c\"", p->score, p->grade);
}

static void read_play(sv_Loader *L, const cJSON *obj, const char *ptr, const sv_Result *r,
                      sv_ResultPlay *p)
{
    static const char *const keys[] = {"scenario", "title",        "lang",     "started", "end",
                                       "ending",   "ending_title", "grade",    "meters",  "hash",
                                       "replay",   "decisions",    "standing", "history", NULL};
    memset(p, 0, sizeof *p);
    p->scenario = p->title = p->ending = p->ending_title = "";
    if (!sv_load_object(L, obj, ptr, "a play")) return;
    sv_load_check_keys(L, obj, ptr, keys);
    char at[SV_LOAD_PTR];
    const cJSON *v;
    p->scenario = id_at(L, obj, ptr, "scenario", "scenario", true);
    p->title = words(L, obj, ptr, "title", true, SV_MAX_TEXT_BYTES);
    int lang;
    sv_load_ptr_key(at, ptr, "lang");
    if ((v = sv_load_required(L, obj, ptr, "lang")) &&
        sv_load_vocab(L, v, at, NULL, SV_VOCAB_LANG, &lang))
        p->lang = (sv_Lang)lang;
    sv_load_ptr_key(at, ptr, "started");
    const char *s;
    if ((v = sv_load_required(L, obj, ptr, "started")) && sv_load_string(L, v, at, &s) &&
        !sv_iso_parse(s, &p->started))
        sv_load_error(L, at, "'%.40s' is not a date and time like \"2026-12-04T09:00:00Z\"", s);
    p->end_ms = seconds_at(L, obj, ptr, "end");
    p->ending = id_at(L, obj, ptr, "ending", "ending", false);
    p->ending_title = words(L, obj, ptr, "ending_title", false, SV_MAX_TEXT_BYTES);
    read_grade(L, obj, ptr, p);
    meters_at(L, obj, ptr, "meters", p->meters);
    sv_load_ptr_key(at, ptr, "hash");
    if ((v = sv_load_required(L, obj, ptr, "hash"))) {
        char *end = NULL;
        if (!cJSON_IsString(v) || strlen(v->valuestring) != 16 ||
            (p->hash = strtoull(v->valuestring, &end, 16), *end))
            sv_load_error(L, at, "the state hash is 16 hexadecimal digits");
    }
    read_replay(L, obj, ptr, p);
    if (p->replay.scenario[0] && strcmp(p->replay.scenario, p->scenario) != 0)
        sv_load_error(L, ptr, "the replay is of scenario '%s', the play of '%s'",
                      p->replay.scenario, p->scenario);
    if (p->replay.pack[0]) {
        /* the play must be of the pack version and seed the result is about */
        sv_load_ptr_key(at, ptr, "replay");
        char where[SV_LOAD_PTR];
        if (strcmp(p->replay.pack, r->pack) != 0 ||
            strcmp(p->replay.pack_version, r->pack_version) != 0) {
            sv_load_ptr_key(where, at, "pack_version");
            sv_load_error(L, where, "the replay was played with pack %s %s, the result is of %s %s",
                          p->replay.pack, p->replay.pack_version, r->pack, r->pack_version);
        }
        if (p->replay.seed != r->seed) {
            sv_load_ptr_key(where, at, "seed");
            sv_load_error(L, where,
                          "the replay was played with seed %" PRIu64
                          ", the result's seed is %" PRIu64,
                          p->replay.seed, r->seed);
        }
    }
    snprintf(at, sizeof at, "%s", ptr);
    const cJSON *list = sv_load_list(L, obj, "decisions", true, at);
    int n = list ? cJSON_GetArraySize(list) : 0;
    if (n > (int)MAX_PLAY_DECISIONS) {
        sv_load_error(L, at, "%d decisions; a scenario has at most %u", n, MAX_PLAY_DECISIONS);
        n = 0;
    }
    p->decisions = n ? sv_load_alloc(L, (size_t)n * sizeof *p->decisions) : NULL;
    p->decision_count = p->decisions ? (uint32_t)n : 0;
    size_t i = 0;
    for (const cJSON *it = p->decisions ? list->child : NULL; it; it = it->next, i++) {
        char item[SV_LOAD_PTR];
        sv_load_ptr_index(item, at, i);
        read_decision(L, it, item, &p->decisions[i]);
    }
    read_rules(L, obj, ptr, "standing", &p->standing, &p->standing_count);
    read_history(L, obj, ptr, p);
}

/* ---- the file ------------------------------------------------------------------------------ */

static void read_workshop(sv_Loader *L, const cJSON *root, sv_Result *r)
{
    static const char *const keys[] = {"id", "name", "facilitator", "lang", NULL};
    const cJSON *w = sv_load_required(L, root, "", "workshop");
    r->workshop = r->workshop_name = "";
    r->facilitator = (sv_Person){"", "", "", ""};
    if (!w || !sv_load_object(L, w, "/workshop", "\"workshop\"")) return;
    sv_load_check_keys(L, w, "/workshop", keys);
    r->workshop = id_at(L, w, "/workshop", "id", "workshop", true);
    const cJSON *v;
    const char *s;
    if ((v = sv_load_required(L, w, "/workshop", "name")) &&
        sv_load_visible(L, v, "/workshop/name", SV_MAX_NAME_BYTES, &s))
        r->workshop_name = copy(L, s);
    if ((v = sv_load_required(L, w, "/workshop", "facilitator")))
        sv_workshop_read_person(L, v, "/workshop/facilitator", "\"facilitator\"", &r->facilitator);
    int lang;
    if ((v = sv_load_get(w, "lang")) &&
        sv_load_vocab(L, v, "/workshop/lang", "language", SV_VOCAB_LANG, &lang)) {
        r->has_lang = true;
        r->lang = (sv_Lang)lang;
    }
}

static void read_root(sv_Loader *L, const cJSON *root, sv_Result *r)
{
    static const char *const keys[] = {"format", "$schema", "workshop", "pack",
                                       "seed",   "team",    "plays",    NULL};
    sv_load_check_keys(L, root, "", keys);
    sv_load_format_version(L, root, SV_WORKSHOP_FORMAT);
    sv_load_schema_key(L, root);
    read_workshop(L, root, r);
    r->pack = r->pack_version = "";
    const cJSON *p = sv_load_required(L, root, "", "pack"), *v;
    static const char *const pack_keys[] = {"id", "version", NULL};
    const char *s;
    if (p && sv_load_object(L, p, "/pack", "\"pack\"")) {
        sv_load_check_keys(L, p, "/pack", pack_keys);
        r->pack = id_at(L, p, "/pack", "id", "pack", true);
        if ((v = sv_load_required(L, p, "/pack", "version")) &&
            sv_load_visible(L, v, "/pack/version", SV_MAX_VERSION_BYTES, &s))
            r->pack_version = copy(L, s);
    }
    r->seed = (uint64_t)whole_at(L, root, "", "seed", 0, 9007199254740991LL);
    r->team.id = r->team.name = "";
    if ((v = sv_load_required(L, root, "", "team"))) sv_workshop_read_team(L, v, "/team", &r->team);
    char at[SV_LOAD_PTR] = "";
    const cJSON *list = sv_load_list(L, root, "plays", true, at);
    int n = list ? cJSON_GetArraySize(list) : 0;
    if (n > (int)SV_WORKSHOP_MAX_SCENARIOS) {
        sv_load_error(L, at, "%d plays; a workshop plays at most %u scenarios", n,
                      SV_WORKSHOP_MAX_SCENARIOS);
        return;
    }
    r->plays = n ? calloc((size_t)n, sizeof *r->plays) : NULL;
    if (n && !r->plays) {
        sv_load_error(L, at, "out of memory");
        return;
    }
    r->play_count = r->play_cap = (uint32_t)n;
    size_t i = 0;
    for (const cJSON *it = list ? list->child : NULL; it; it = it->next, i++) {
        char item[SV_LOAD_PTR];
        sv_load_ptr_index(item, at, i);
        read_play(L, it, item, r, &r->plays[i]);
        for (size_t j = 0; j < i; j++)
            if (r->plays[i].scenario[0] && strcmp(r->plays[i].scenario, r->plays[j].scenario) == 0)
                sv_load_error(L, item, "scenario '%s' is played twice in one result",
                              r->plays[i].scenario);
    }
}

static void result_root(sv_Loader *L, const cJSON *root, void *ctx) { read_root(L, root, ctx); }

sv_Status sv_result_parse(const char *file, const char *bytes, size_t len, sv_Result *out,
                          sv_DiagList *diags)
{
    memset(out, 0, sizeof *out);
    if (!(out->arena = sv_load_arena(file, 16384, "the result", diags))) return SV_ERR_NOMEM;
    size_t errors =
        sv_load_document(file, bytes, len, out->arena, "a result file", result_root, out, diags);
    if (errors == 0) return SV_OK;
    sv_result_free(out);
    return SV_ERR_INVALID;
}

sv_Status sv_result_load_file(const char *path, sv_Result *out, sv_DiagList *diags)
{
    memset(out, 0, sizeof *out);
    size_t len = 0;
    char *bytes = sv_native_read(path, SV_MAX_FILE_BYTES, &len, NULL, diags);
    if (!bytes) return SV_ERR_IO;
    sv_Status st = sv_result_parse(path, bytes, len, out, diags);
    free(bytes);
    return st;
}
