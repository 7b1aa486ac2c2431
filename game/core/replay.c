/* Replays as JSON: parsing with located diagnostics, writing, and playing one
 * back on a session. Times are kept in whole milliseconds; the file says
 * seconds with up to three decimals, so writing then parsing gives the same
 * integers back. Ids, not indices, are stored so replays read well. */
#include "svara/replay.h"

#include <cjson/cJSON.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonscan.h"
#include "load_common.h"

/* Largest integer a JSON number (an IEEE double) holds exactly; larger seeds
 * are written as decimal strings. */
#define SEED_NUMBER_MAX 9007199254740992ull

#define MAX_REPORTS 200 /* problems shown per replay file; the rest are counted */

typedef struct Ctx {
    sv_JsonFile jf; /* located, capped reports */
} Ctx;

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void
fail(Ctx *c, const char *pointer, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sv_json_file_reportv(&c->jf, SV_SEV_ERROR, pointer, fmt, ap);
    va_end(ap);
}

static bool key_known(const char *key, const char *const *known)
{
    if (key[0] == '_') return true; /* notes for other people, as in pack files */
    for (size_t i = 0; known[i]; i++)
        if (strcmp(key, known[i]) == 0) return true;
    return false;
}

static void check_keys(Ctx *c, const cJSON *obj, const char *base, const char *const *known)
{
    for (const cJSON *it = obj->child; it; it = it->next) {
        if (key_known(it->string, known)) continue;
        char ptr[256];
        sv_json_pointer_key(ptr, sizeof ptr, base, it->string);
        fail(c, ptr, "unknown key \"%s\" (keys of a replay are checked so typos show up)",
             it->string);
    }
}

/* ---- the top level --------------------------------------------------------------- */

static const cJSON *need(Ctx *c, const cJSON *obj, const char *key, const char *base)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
    if (!v) fail(c, base, "missing \"%s\"", key);
    return v;
}

static void get_id(Ctx *c, const cJSON *v, const char *ptr, char *dst)
{
    if (!cJSON_IsString(v)) {
        fail(c, ptr, "must be an id string");
    } else if (!sv_id_ok(v->valuestring)) {
        fail(c, ptr,
             "\"%.80s\" is not an id: use 1 to %u of a-z, 0-9, _ and -, starting "
             "with a letter or digit",
             v->valuestring, SV_MAX_ID_BYTES);
    } else {
        snprintf(dst, SV_MAX_ID_BYTES + 1, "%s", v->valuestring);
    }
}

static void parse_pack_version(Ctx *c, const cJSON *v, char *dst)
{
    if (!cJSON_IsString(v) || v->valuestring[0] == '\0')
        fail(c, "/pack_version", "must be a non-empty string such as \"1.0.0\"");
    else if (strlen(v->valuestring) > SV_MAX_ID_BYTES)
        fail(c, "/pack_version", "is longer than %u bytes", SV_MAX_ID_BYTES);
    else
        snprintf(dst, SV_MAX_ID_BYTES + 1, "%s", v->valuestring);
}

static bool parse_decimal_u64(const char *s, uint64_t *out)
{
    uint64_t v = 0;
    if (!*s) return false;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return false;
        unsigned d = (unsigned)(*s - '0');
        if (v > (UINT64_MAX - d) / 10u) return false;
        v = v * 10u + d;
    }
    *out = v;
    return true;
}

static void parse_seed(Ctx *c, const cJSON *v, uint64_t *out)
{
    if (cJSON_IsNumber(v)) {
        double d = v->valuedouble;
        if (!isfinite(d) || d < 0 || d > (double)SEED_NUMBER_MAX || floor(d) != d)
            fail(c, "/seed",
                 "must be a whole number from 0 to 2^53 (write larger seeds as a "
                 "decimal string)");
        else
            *out = (uint64_t)d;
    } else if (cJSON_IsString(v)) {
        if (!parse_decimal_u64(v->valuestring, out))
            fail(c, "/seed", "\"%.40s\" is not a decimal number from 0 to 2^64-1", v->valuestring);
    } else {
        fail(c, "/seed", "must be a whole number or a decimal string");
    }
}

static bool read_hash(Ctx *c, const cJSON *v, const char *ptr, uint64_t *out)
{
    const char *s = cJSON_IsString(v) ? v->valuestring : NULL;
    bool ok = s && strlen(s) == 16;
    for (size_t i = 0; ok && i < 16; i++)
        ok = (s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f');
    if (!ok) {
        fail(c, ptr, "must be 16 lower-case hexadecimal digits, such as \"9c1d27a0b35e44f1\"");
        return false;
    }
    uint64_t h = 0;
    for (size_t i = 0; i < 16; i++)
        h = h << 4 | (uint64_t)(s[i] <= '9' ? s[i] - '0' : s[i] - 'a' + 10);
    *out = h;
    return true;
}

static void parse_hash(Ctx *c, const cJSON *v, sv_Replay *out)
{
    out->has_hash = read_hash(c, v, "/hash", &out->hash);
}

static bool parse_time(Ctx *c, const cJSON *v, const char *ptr, uint32_t *ms);

/* "checkpoint": {"t": seconds, "hash": "..."}: where a journal was written. */
static void parse_checkpoint(Ctx *c, const cJSON *v, sv_Replay *out)
{
    static const char *const keys[] = {"t", "hash", NULL};
    if (!cJSON_IsObject(v)) {
        fail(c, "/checkpoint", "must be an object with \"t\" (seconds) and \"hash\"");
        return;
    }
    check_keys(c, v, "/checkpoint", keys);
    const cJSON *t = need(c, v, "t", "/checkpoint");
    const cJSON *h = need(c, v, "hash", "/checkpoint");
    bool ok = t && parse_time(c, t, "/checkpoint/t", &out->checkpoint_ms);
    ok = h && read_hash(c, h, "/checkpoint/hash", &out->checkpoint_hash) && ok;
    out->has_checkpoint = ok;
}

/* ---- inputs ------------------------------------------------------------------------- */

static bool parse_time(Ctx *c, const cJSON *v, const char *ptr, uint32_t *ms)
{
    const double max_s = sv_seconds_from_ms(SV_MAX_SCENARIO_MS);
    if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) || v->valuedouble < 0 ||
        v->valuedouble > max_s) {
        fail(c, ptr, "must be a time in seconds from 0 to %.0f", max_s);
        return false;
    }
    /* the only floating point in a replay: rounded once, to whole milliseconds */
    *ms = (uint32_t)floor(v->valuedouble * SV_MS_PER_SECOND + 0.5);
    return true;
}

static void parse_parts(Ctx *c, const cJSON *v, const char *base, sv_ReplayInput *in)
{
    char ptr[256];
    snprintf(ptr, sizeof ptr, "%s/parts", base);
    int n = cJSON_IsArray(v) ? cJSON_GetArraySize(v) : -1;
    if (n < 1 || n > (int)SV_MAX_COMPOSE) {
        fail(c, ptr, "must be an array of 1 to %u part ids", SV_MAX_COMPOSE);
        return;
    }
    int i = 0;
    for (const cJSON *p = v->child; p; p = p->next, i++) {
        snprintf(ptr, sizeof ptr, "%s/parts/%d", base, i);
        get_id(c, p, ptr, in->parts[i]);
    }
    in->part_count = (uint8_t)n;
}

static void parse_visibility(Ctx *c, const cJSON *v, const char *base, sv_ReplayInput *in)
{
    char ptr[256];
    snprintf(ptr, sizeof ptr, "%s/visibility", base);
    if (cJSON_IsString(v) && strcmp(v->valuestring, "public") == 0)
        in->visibility = SV_VIS_PUBLIC;
    else if (cJSON_IsString(v) && strcmp(v->valuestring, "private") == 0)
        in->visibility = SV_VIS_PRIVATE;
    else
        fail(c, ptr, "must be \"public\" or \"private\"");
}

static const char *const input_keys[] = {"t",          "decision", "option", "parts",
                                         "visibility", "inject",   NULL};

/* {"t": 120, "inject": "id"}: the facilitator fired a manual inject, and
 * nothing else goes with it. */
static void parse_inject(Ctx *c, const cJSON *v, const char *base, sv_ReplayInput *in)
{
    static const char *const others[] = {"decision", "option", "parts", "visibility"};
    char ptr[256];
    snprintf(ptr, sizeof ptr, "%s/inject", base);
    get_id(c, cJSON_GetObjectItemCaseSensitive(v, "inject"), ptr, in->inject);
    for (size_t k = 0; k < sizeof others / sizeof others[0]; k++) {
        if (!cJSON_GetObjectItemCaseSensitive(v, others[k])) continue;
        snprintf(ptr, sizeof ptr, "%s/%s", base, others[k]);
        fail(c, ptr, "an inject input is \"t\" and \"inject\" only; \"%s\" belongs to an answer",
             others[k]);
    }
}

/* Parses inputs[i]; *prev_ms is the last valid time, for the order check. */
static void parse_input(Ctx *c, const cJSON *v, size_t i, uint32_t *prev_ms, sv_ReplayInput *in)
{
    char base[64], ptr[256];
    snprintf(base, sizeof base, "/inputs/%zu", i);
    if (!cJSON_IsObject(v)) {
        fail(c, base, "must be an object with \"t\", \"decision\" and \"option\" or \"parts\"");
        return;
    }
    check_keys(c, v, base, input_keys);
    const cJSON *t = need(c, v, "t", base);
    snprintf(ptr, sizeof ptr, "%s/t", base);
    if (t && parse_time(c, t, ptr, &in->t_ms)) {
        if (in->t_ms < *prev_ms) fail(c, ptr, "goes back in time: inputs must be in time order");
        *prev_ms = in->t_ms;
    }
    if (cJSON_GetObjectItemCaseSensitive(v, "inject")) {
        parse_inject(c, v, base, in);
        return;
    }
    const cJSON *d = need(c, v, "decision", base);
    snprintf(ptr, sizeof ptr, "%s/decision", base);
    if (d) get_id(c, d, ptr, in->decision);
    const cJSON *opt = cJSON_GetObjectItemCaseSensitive(v, "option");
    const cJSON *parts = cJSON_GetObjectItemCaseSensitive(v, "parts");
    const cJSON *vis = cJSON_GetObjectItemCaseSensitive(v, "visibility");
    if (opt && parts) {
        fail(c, base, "has both \"option\" and \"parts\"; an input is one or the other");
    } else if (!opt && !parts) {
        fail(c, base, "needs \"option\" (a chosen option) or \"parts\" (a composed reply)");
    } else if (opt) {
        snprintf(ptr, sizeof ptr, "%s/option", base);
        get_id(c, opt, ptr, in->option);
    } else {
        parse_parts(c, parts, base, in);
    }
    snprintf(ptr, sizeof ptr, "%s/visibility", base);
    if (vis && !parts)
        fail(c, ptr, "\"visibility\" only goes with \"parts\"; an option has its own");
    else if (vis)
        parse_visibility(c, vis, base, in);
}

static void parse_inputs(Ctx *c, const cJSON *v, sv_Replay *out)
{
    int n = cJSON_IsArray(v) ? cJSON_GetArraySize(v) : -1;
    if (n < 0) {
        fail(c, "/inputs", "must be an array of inputs");
        return;
    }
    if ((unsigned)n > SV_MAX_REPLAY_INPUTS) {
        fail(c, "/inputs", "has %d inputs; at most %u are allowed", n, SV_MAX_REPLAY_INPUTS);
        return;
    }
    out->inputs = calloc(n ? (size_t)n : 1u, sizeof *out->inputs);
    if (!out->inputs) {
        fail(c, "/inputs", "out of memory");
        return;
    }
    out->input_cap = (size_t)n;
    uint32_t prev = 0;
    size_t i = 0;
    for (const cJSON *it = v->child; it; it = it->next, i++)
        parse_input(c, it, i, &prev, &out->inputs[i]);
    out->input_count = (size_t)n;
}

/* "$schema" names the JSON Schema editors check the file with; it is ignored */
static const char *const top_keys[] = {
    "format", "pack",       "pack_version",     "scenario",
    "seed",   "lang",       "deadline_percent", "inputs",
    "hash",   "checkpoint", "$schema",          "deadline_changes",
    NULL};

/* "deadline_changes": [{"t": seconds, "percent": n}, ...], in time order */
static void parse_dials(Ctx *c, const cJSON *v, sv_Replay *out)
{
    static const char *const keys[] = {"t", "percent", NULL};
    int n = cJSON_IsArray(v) ? cJSON_GetArraySize(v) : -1;
    if (n < 0 || n > (int)SV_MAX_DIAL_CHANGES) {
        fail(c, "/deadline_changes", "must be an array of at most %u {\"t\", \"percent\"} objects",
             SV_MAX_DIAL_CHANGES);
        return;
    }
    for (int i = 0; i < n; i++) {
        const cJSON *o = cJSON_GetArrayItem(v, i);
        char ptr[64], at[80];
        snprintf(ptr, sizeof ptr, "/deadline_changes/%d", i);
        if (!cJSON_IsObject(o)) {
            fail(c, ptr, "must be an object with \"t\" (seconds) and \"percent\"");
            continue;
        }
        check_keys(c, o, ptr, keys);
        const cJSON *t = need(c, o, "t", ptr), *p = need(c, o, "percent", ptr);
        uint32_t ms = 0;
        if (!t || !parse_time(c, t, (snprintf(at, sizeof at, "%s/t", ptr), at), &ms)) continue;
        double d = p && cJSON_IsNumber(p) ? p->valuedouble : -1.0;
        snprintf(at, sizeof at, "%s/percent", ptr);
        if (!isfinite(d) || floor(d) != d || d < SV_DEADLINE_PCT_MIN || d > SV_DEADLINE_PCT_MAX) {
            fail(c, at, "must be a whole number from %u to %u", SV_DEADLINE_PCT_MIN,
                 SV_DEADLINE_PCT_MAX);
            continue;
        }
        if (out->dial_count && ms < out->dials[out->dial_count - 1].t_ms) {
            snprintf(at, sizeof at, "%s/t", ptr);
            fail(c, at, "the changes must be in time order");
            continue;
        }
        out->dials[out->dial_count].t_ms = ms;
        out->dials[out->dial_count++].pct = (uint32_t)d;
    }
}

/* "deadline_percent": the pressure dial a workshop played with (absent: 100) */
static void parse_deadline(Ctx *c, const cJSON *v, sv_Replay *out)
{
    double d = cJSON_IsNumber(v) ? v->valuedouble : -1.0;
    if (!isfinite(d) || floor(d) != d || d < SV_DEADLINE_PCT_MIN || d > SV_DEADLINE_PCT_MAX)
        fail(c, "/deadline_percent",
             "must be a whole number from %u to %u: every deadline in percent of the scenario's",
             SV_DEADLINE_PCT_MIN, SV_DEADLINE_PCT_MAX);
    else
        out->deadline_pct = (uint32_t)d;
}

static void parse_root(Ctx *c, const cJSON *root, sv_Replay *out)
{
    check_keys(c, root, "", top_keys);
    const cJSON *v = need(c, root, "format", "");
    if (v && !(cJSON_IsNumber(v) && v->valuedouble == SV_FORMAT_VERSION))
        fail(c, "/format", "must be %d", SV_FORMAT_VERSION);
    if ((v = need(c, root, "pack", ""))) get_id(c, v, "/pack", out->pack);
    if ((v = need(c, root, "pack_version", ""))) parse_pack_version(c, v, out->pack_version);
    if ((v = need(c, root, "scenario", ""))) get_id(c, v, "/scenario", out->scenario);
    if ((v = need(c, root, "seed", ""))) parse_seed(c, v, &out->seed);
    if ((v = need(c, root, "lang", ""))) {
        if (!cJSON_IsString(v) || !sv_lang_parse(v->valuestring, &out->lang))
            fail(c, "/lang", "must be one of \"en\", \"sv\", \"nb\"");
    }
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "deadline_percent"))) parse_deadline(c, v, out);
    if ((v = need(c, root, "inputs", ""))) parse_inputs(c, v, out);
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "deadline_changes"))) parse_dials(c, v, out);
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "hash"))) parse_hash(c, v, out);
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "checkpoint"))) parse_checkpoint(c, v, out);
    if (out->has_hash && out->has_checkpoint)
        fail(c, "/checkpoint", "a finished run's replay has a \"hash\" and no checkpoint");
    if ((v = cJSON_GetObjectItemCaseSensitive(root, "$schema")) && !cJSON_IsString(v))
        fail(c, "/$schema", "must be a string: the path or URL of the JSON Schema editors use");
}

sv_Status sv_replay_parse(const char *file, const char *bytes, size_t len, sv_Replay *out,
                          sv_DiagList *diags)
{
    sv_replay_init(out);
    size_t errors = diags->errors;
    cJSON *root = sv_json_parse(file, bytes, len, diags);
    if (!root) return SV_ERR_INVALID;
    Ctx c;
    sv_json_file_init(&c.jf, file, bytes, len, MAX_REPORTS, diags);
    if (!cJSON_IsObject(root))
        fail(&c, "", "a replay must be a JSON object");
    else
        parse_root(&c, root, out);
    cJSON_Delete(root);
    sv_json_file_free(&c.jf);
    if (diags->errors != errors) {
        sv_replay_free(out);
        return SV_ERR_INVALID;
    }
    /* kept only to place later refusals; without it they lose their position */
    out->source = malloc(len + 1);
    if (out->source) {
        memcpy(out->source, bytes, len);
        out->source[len] = '\0';
        out->source_len = len;
    }
    return SV_OK;
}

/* ---- building replays ---------------------------------------------------------------- */

void sv_replay_init(sv_Replay *r) { memset(r, 0, sizeof *r); }

void sv_replay_free(sv_Replay *r)
{
    if (!r) return;
    free(r->inputs);
    free(r->source);
    sv_replay_init(r);
}

static bool copy_id(char *dst, const char *id)
{
    size_t n = id ? strlen(id) : 0;
    if (!id || n > SV_MAX_ID_BYTES) return false;
    memcpy(dst, id, n + 1); /* every input of a run is recorded: no printf */
    return true;
}

static bool fill_input(sv_ReplayInput *ri, const sv_Scenario *sc, uint32_t t_ms, const sv_Input *in)
{
    memset(ri, 0, sizeof *ri);
    ri->t_ms = t_ms;
    if (in->kind == SV_INPUT_INJECT)
        return in->inject >= 0 && (uint32_t)in->inject < sc->inject_count &&
               copy_id(ri->inject, sc->injects[in->inject].id);
    if (in->decision < 0 || (uint32_t)in->decision >= sc->decision_count ||
        !copy_id(ri->decision, sc->decisions[in->decision].id))
        return false;
    if (in->kind == SV_INPUT_CHOOSE)
        return in->option >= 0 && (uint32_t)in->option < sc->option_count &&
               copy_id(ri->option, sc->options[in->option].id);
    if (in->kind != SV_INPUT_COMPOSE || in->part_count < 1 || in->part_count > SV_MAX_COMPOSE)
        return false;
    for (uint32_t i = 0; i < in->part_count; i++) {
        int32_t p = in->parts[i];
        if (p < 0 || (uint32_t)p >= sc->part_count || !copy_id(ri->parts[i], sc->parts[p].id))
            return false;
    }
    ri->part_count = in->part_count;
    ri->visibility = in->visibility;
    return true;
}

bool sv_replay_record(sv_Replay *r, const sv_Scenario *sc, uint32_t t_ms, const sv_Input *in)
{
    if (r->input_count >= SV_MAX_REPLAY_INPUTS) return false;
    /* a replay that goes back in time would not parse again */
    if (r->input_count > 0 && t_ms < r->inputs[r->input_count - 1].t_ms) return false;
    if (r->input_count == r->input_cap) {
        size_t cap = r->input_cap ? r->input_cap * 2 : 16;
        if (cap > SV_MAX_REPLAY_INPUTS) cap = SV_MAX_REPLAY_INPUTS;
        sv_ReplayInput *inputs = realloc(r->inputs, cap * sizeof *inputs);
        if (!inputs) return false;
        r->inputs = inputs;
        r->input_cap = cap;
    }
    if (!fill_input(&r->inputs[r->input_count], sc, t_ms, in)) return false;
    r->input_count++;
    return true;
}

/* ---- writing ------------------------------------------------------------------------------ */

static bool write_input(cJSON *arr, const sv_ReplayInput *in)
{
    char t[32];
    cJSON *o = cJSON_CreateObject();
    if (!o || !cJSON_AddItemToArray(arr, o)) {
        cJSON_Delete(o);
        return false;
    }
    sv_load_ms_text((int32_t)in->t_ms, t, sizeof t); /* times stay below SV_MAX_SCENARIO_MS */
    if (in->inject[0])
        return cJSON_AddRawToObject(o, "t", t) && cJSON_AddStringToObject(o, "inject", in->inject);
    bool ok =
        cJSON_AddRawToObject(o, "t", t) && cJSON_AddStringToObject(o, "decision", in->decision);
    if (in->part_count == 0) return ok && cJSON_AddStringToObject(o, "option", in->option);
    cJSON *parts = cJSON_AddArrayToObject(o, "parts");
    ok = ok && parts;
    for (uint32_t i = 0; ok && i < in->part_count && i < SV_MAX_COMPOSE; i++) {
        cJSON *p = cJSON_CreateString(in->parts[i]);
        ok = p && cJSON_AddItemToArray(parts, p);
        if (!ok) cJSON_Delete(p);
    }
    const char *vis = in->visibility == SV_VIS_PRIVATE ? "private" : "public";
    return ok && cJSON_AddStringToObject(o, "visibility", vis);
}

static bool write_root(cJSON *root, const sv_Replay *r)
{
    char buf[32];
    bool ok = cJSON_AddNumberToObject(root, "format", SV_FORMAT_VERSION) &&
              cJSON_AddStringToObject(root, "pack", r->pack) &&
              cJSON_AddStringToObject(root, "pack_version", r->pack_version) &&
              cJSON_AddStringToObject(root, "scenario", r->scenario);
    snprintf(buf, sizeof buf, "%" PRIu64, r->seed);
    /* a JSON number is a double to most readers: only small seeds stay exact */
    if (r->seed <= SEED_NUMBER_MAX)
        ok = ok && cJSON_AddRawToObject(root, "seed", buf);
    else
        ok = ok && cJSON_AddStringToObject(root, "seed", buf);
    ok = ok && cJSON_AddStringToObject(root, "lang", sv_lang_code(r->lang));
    if (ok && r->deadline_pct && r->deadline_pct != 100u)
        ok = cJSON_AddNumberToObject(root, "deadline_percent", (double)r->deadline_pct) != NULL;
    cJSON *inputs = ok ? cJSON_AddArrayToObject(root, "inputs") : NULL;
    ok = ok && inputs;
    for (size_t i = 0; ok && i < r->input_count; i++) ok = write_input(inputs, &r->inputs[i]);
    cJSON *dials = ok && r->dial_count ? cJSON_AddArrayToObject(root, "deadline_changes") : NULL;
    for (size_t i = 0; ok && dials && i < r->dial_count; i++) {
        char t[32];
        cJSON *o = cJSON_CreateObject();
        sv_load_ms_text((int32_t)r->dials[i].t_ms, t, sizeof t);
        ok = o && cJSON_AddItemToArray(dials, o) && cJSON_AddRawToObject(o, "t", t) &&
             cJSON_AddNumberToObject(o, "percent", (double)r->dials[i].pct);
    }
    if (ok && r->has_hash) {
        snprintf(buf, sizeof buf, "%016" PRIx64, r->hash);
        ok = cJSON_AddStringToObject(root, "hash", buf) != NULL;
    }
    if (ok && r->has_checkpoint && !r->has_hash) {
        char t[32];
        cJSON *cp = cJSON_AddObjectToObject(root, "checkpoint");
        sv_load_ms_text((int32_t)r->checkpoint_ms, t, sizeof t);
        snprintf(buf, sizeof buf, "%016" PRIx64, r->checkpoint_hash);
        ok = cp && cJSON_AddRawToObject(cp, "t", t) && cJSON_AddStringToObject(cp, "hash", buf);
    }
    return ok;
}

char *sv_replay_write(const sv_Replay *r)
{
    cJSON *root = cJSON_CreateObject();
    if (root && !write_root(root, r)) {
        cJSON_Delete(root);
        return NULL;
    }
    return sv_json_take_text(root, NULL);
}

/* ---- playing ------------------------------------------------------------------------------ */

/* A diagnostic at `pointer`, with its line and column when the replay still
 * has the bytes it was parsed from. */
#if defined(__GNUC__)
__attribute__((format(printf, 6, 0)))
#endif
static void
say_at(const sv_Replay *r, sv_Severity sev, sv_DiagList *diags, const char *file,
       const char *pointer, const char *fmt, va_list ap)
{
    if (!diags) return;
    int line = 0, col = 0;
    if (!r->source || !sv_json_locate(r->source, r->source_len, pointer, &line, &col))
        line = col = 0;
    sv_diag_addv(diags, sev, file, pointer, line, col, fmt, ap);
}

#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
static void
run_fail(const sv_Replay *r, sv_DiagList *diags, const char *file, const char *pointer,
         const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say_at(r, SV_SEV_ERROR, diags, file, pointer, fmt, ap);
    va_end(ap);
}

#if defined(__GNUC__)
__attribute__((format(printf, 5, 6)))
#endif
static void
run_warn(const sv_Replay *r, sv_DiagList *diags, const char *file, const char *pointer,
         const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say_at(r, SV_SEV_WARNING, diags, file, pointer, fmt, ap);
    va_end(ap);
}

static bool resolve_one(const sv_Replay *r, const sv_Scenario *sc, const char *id, bool part,
                        int32_t *out, const char *file, const char *ptr, sv_DiagList *diags)
{
    *out = part ? sv_scenario_find_part(sc, id) : sv_scenario_find_option(sc, id);
    if (*out >= 0) return true;
    run_fail(r, diags, file, ptr, "scenario \"%s\" has no %s \"%s\"", sc->id ? sc->id : "",
             part ? "composer part" : "option", id);
    return false;
}

bool sv_replay_resolve(const sv_Replay *r, size_t i, const sv_Scenario *sc, sv_Input *out,
                       const char *file, sv_DiagList *diags)
{
    char ptr[64];
    memset(out, 0, sizeof *out);
    if (i >= r->input_count) {
        run_fail(r, diags, file, "/inputs", "the replay has no input %zu", i);
        return false;
    }
    const sv_ReplayInput *in = &r->inputs[i];
    bool ok = true;
    if (in->inject[0]) {
        out->kind = SV_INPUT_INJECT;
        out->decision = out->option = -1;
        out->inject = sv_scenario_find_inject(sc, in->inject);
        if (out->inject >= 0) return true;
        snprintf(ptr, sizeof ptr, "/inputs/%zu/inject", i);
        run_fail(r, diags, file, ptr, "scenario \"%s\" has no inject \"%s\"", sc->id ? sc->id : "",
                 in->inject);
        return false;
    }
    out->decision = sv_scenario_find_decision(sc, in->decision);
    if (out->decision < 0) {
        snprintf(ptr, sizeof ptr, "/inputs/%zu/decision", i);
        run_fail(r, diags, file, ptr, "scenario \"%s\" has no decision \"%s\"",
                 sc->id ? sc->id : "", in->decision);
        ok = false;
    }
    if (in->part_count == 0) {
        out->kind = SV_INPUT_CHOOSE;
        snprintf(ptr, sizeof ptr, "/inputs/%zu/option", i);
        return resolve_one(r, sc, in->option, false, &out->option, file, ptr, diags) && ok;
    }
    out->kind = SV_INPUT_COMPOSE;
    out->option = -1;
    out->visibility = in->visibility;
    out->part_count = in->part_count > SV_MAX_COMPOSE ? (uint8_t)SV_MAX_COMPOSE : in->part_count;
    for (uint32_t k = 0; k < out->part_count; k++) {
        snprintf(ptr, sizeof ptr, "/inputs/%zu/parts/%" PRIu32, i, k);
        ok = resolve_one(r, sc, in->parts[k], true, &out->parts[k], file, ptr, diags) && ok;
    }
    return ok;
}

/* The member of an input that a refusal is about, so the position shown is
 * the value to change. */
static const char *refused_member(const sv_ReplayInput *in, sv_InputResult res)
{
    if (in->inject[0]) return res == SV_INPUT_ENDED ? "/t" : "/inject";
    switch (res) {
    case SV_INPUT_ENDED: return "/t";
    case SV_INPUT_NO_DECISION:
    case SV_INPUT_NOT_OPEN: return "/decision";
    case SV_INPUT_BAD_OPTION:
    case SV_INPUT_DISABLED: return in->part_count ? "/parts" : "/option";
    case SV_INPUT_NO_COMPOSER:
    case SV_INPUT_PART_COUNT:
    case SV_INPUT_DUPLICATE_PART: return "/parts";
    case SV_INPUT_VISIBILITY: return "/visibility";
    case SV_INPUT_CHANNEL_FULL: return in->part_count ? "/visibility" : "/option";
    default: return "";
    }
}

void sv_replay_refused(const sv_Replay *r, size_t i, sv_InputResult res, const char *file,
                       sv_DiagList *diags)
{
    char ptr[64], t[32];
    if (i >= r->input_count) {
        run_fail(r, diags, file, "/inputs", "the replay has no input %zu", i);
        return;
    }
    snprintf(ptr, sizeof ptr, "/inputs/%zu%s", i, refused_member(&r->inputs[i], res));
    sv_load_ms_text((int32_t)r->inputs[i].t_ms, t, sizeof t);
    run_fail(r, diags, file, ptr, "refused at %s s: %s", t, sv_input_result_text(res));
}

bool sv_replay_check_hash(const sv_Replay *r, uint64_t hash, const char *file, sv_DiagList *diags)
{
    if (!r->has_hash || r->hash == hash) return true;
    run_fail(r, diags, file, "/hash",
             "the run ended with state hash %016" PRIx64 ", the replay expects %016" PRIx64, hash,
             r->hash);
    return false;
}

bool sv_replay_check_version(const sv_Replay *r, const char *loaded, const char *file,
                             sv_DiagList *diags)
{
    if (!loaded || strcmp(r->pack_version, loaded) == 0) return true;
    run_warn(r, diags, file, "/pack_version",
             "this replay was recorded with version %s of pack \"%s\", but the loaded pack is "
             "version %s; it may not play back the same",
             r->pack_version, r->pack, loaded);
    return false;
}

bool sv_replay_check_start(const sv_Replay *r, const sv_Scenario *sc, uint64_t seed,
                           const char *file, sv_DiagList *diags)
{
    if (strcmp(r->scenario, sc->id ? sc->id : "") != 0) {
        run_fail(r, diags, file, "/scenario", "this replay is of scenario \"%s\", not \"%s\"",
                 r->scenario, sc->id ? sc->id : "");
        return false;
    }
    if (seed != r->seed) {
        run_fail(r, diags, file, "/seed",
                 "the session was started with seed %" PRIu64 ", the replay's seed is %" PRIu64,
                 seed, r->seed);
        return false;
    }
    return true;
}
