/* xAPI 1.0.3 statements of a workshop (svara/workshop.h, scenarios/WORKSHOP.md):
 * per team and scenario initialized, answered per decision, completed,
 * passed or failed, terminated; the team as a Group with its members, the
 * facilitator as instructor, the pack as parent, the workshop as grouping.
 * Every id is a name-based UUID and every time comes from the run, so the
 * same results give the same statements, and sending them twice stores
 * nothing twice. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "core_util.h"
#include "svara/json.h"
#include "workshop_internal.h"

#define IRI "https://svara.invalid/xapi/" /* the project's own IRIs */
#define ADL_VERB "http://adlnet.gov/expapi/verbs/"
#define ADL_ACTIVITY "http://adlnet.gov/expapi/activities/"

/* ---- SHA-1 and UUIDs ----------------------------------------------------------------------- */

static uint32_t rol(uint32_t x, unsigned n) { return (x << n) | (x >> (32u - n)); }

static void sha1_block(uint32_t h[5], const uint8_t *p)
{
    uint32_t w[80];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 80; i++) w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20)
            f = (b & c) | (~b & d), k = 0x5A827999u;
        else if (i < 40)
            f = b ^ c ^ d, k = 0x6ED9EBA1u;
        else if (i < 60)
            f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDCu;
        else
            f = b ^ c ^ d, k = 0xCA62C1D6u;
        uint32_t t = rol(a, 5) + f + e + k + w[i];
        e = d, d = c, c = rol(b, 30), b = a, a = t;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
}

void sv_sha1(const void *data, size_t n, uint8_t out[20])
{
    uint32_t h[5] = {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    const uint8_t *p = data;
    size_t left = n;
    for (; left >= 64; left -= 64, p += 64) sha1_block(h, p);
    uint8_t last[128] = {0};
    memcpy(last, p, left);
    last[left] = 0x80;
    size_t blocks = left + 9 <= 64 ? 1 : 2;
    uint64_t bits = (uint64_t)n * 8u;
    for (int i = 0; i < 8; i++) last[blocks * 64 - 1 - (size_t)i] = (uint8_t)(bits >> (8 * i));
    for (size_t b = 0; b < blocks; b++) sha1_block(h, last + 64 * b);
    for (int i = 0; i < 20; i++) out[i] = (uint8_t)(h[i / 4] >> (24 - 8 * (i % 4)));
}

void sv_uuid_v5(const char *name, char out[37])
{
    /* Svara's namespace: d3b5acaf-f72c-5839-923d-ebd8af4e1538, the version-5 UUID of
     * "https://svara.invalid/" in RFC 4122's URL namespace */
    static const uint8_t ns[16] = {0xd3, 0xb5, 0xac, 0xaf, 0xf7, 0x2c, 0x58, 0x39,
                                   0x92, 0x3d, 0xeb, 0xd8, 0xaf, 0x4e, 0x15, 0x38};
    size_t n = strlen(name);
    uint8_t *buf = malloc(16 + n), hash[20];
    if (!buf) {
        snprintf(out, 37, "00000000-0000-5000-8000-000000000000");
        return;
    }
    memcpy(buf, ns, 16);
    memcpy(buf + 16, name, n);
    sv_sha1(buf, 16 + n, hash);
    free(buf);
    hash[6] = (uint8_t)((hash[6] & 0x0F) | 0x50);
    hash[8] = (uint8_t)((hash[8] & 0x3F) | 0x80);
    char *o = out;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10) *o++ = '-';
        o += snprintf(o, 3, "%02x", hash[i]);
    }
    *o = '\0';
}

/* ---- pieces -------------------------------------------------------------------------------- */

typedef struct X {
    const sv_Result *r;
    const sv_ResultPlay *p;
    const char *lang;
    char registration[37];
    cJSON *out;
    bool ok;
} X;

/* An ISO 8601 duration: "PT18S", "PT4M40.5S", "PT1H2M3S". */
static void duration(uint32_t ms, char *out, size_t size)
{
    char sec[32] = "";
    uint32_t h = ms / 3600000u, m = ms / 60000u % 60u, s = ms / 1000u % 60u, f = ms % 1000u;
    if (f)
        snprintf(sec, sizeof sec, "%u.%03u", s, f);
    else
        snprintf(sec, sizeof sec, "%u", s);
    while (f && sec[strlen(sec) - 1] == '0') sec[strlen(sec) - 1] = '\0';
    int n = snprintf(out, size, "PT");
    if (h) n += snprintf(out + n, size - (size_t)n, "%uH", h);
    if (h || m) n += snprintf(out + n, size - (size_t)n, "%uM", m);
    snprintf(out + n, size - (size_t)n, "%sS", sec);
}

static cJSON *lang_map(const char *lang, const char *text)
{
    cJSON *o = cJSON_CreateObject();
    if (o && !cJSON_AddStringToObject(o, lang, text)) cJSON_Delete(o), o = NULL;
    return o;
}

static cJSON *agent(const sv_Person *p, const char *home, const char *fallback)
{
    cJSON *a = cJSON_CreateObject();
    if (!a) return NULL;
    bool ok = cJSON_AddStringToObject(a, "objectType", "Agent") &&
              cJSON_AddStringToObject(a, "name", p->name);
    if (p->email[0]) {
        char mbox[SV_WORKSHOP_EMAIL_BYTES + 8];
        snprintf(mbox, sizeof mbox, "mailto:%s", p->email);
        ok = ok && cJSON_AddStringToObject(a, "mbox", mbox);
    } else {
        /* an LRS knows a person by one identifier: without one of their own, an account here */
        cJSON *acc = ok ? cJSON_AddObjectToObject(a, "account") : NULL;
        ok =
            acc &&
            cJSON_AddStringToObject(acc, "homePage", p->account_home[0] ? p->account_home : home) &&
            cJSON_AddStringToObject(acc, "name", p->account_home[0] ? p->account_name : fallback);
    }
    if (!ok) cJSON_Delete(a), a = NULL;
    return a;
}

static cJSON *team_group(const sv_Result *r)
{
    char home[SV_MAX_ID_BYTES * 2 + 64];
    snprintf(home, sizeof home, IRI "workshop/%s", r->workshop);
    cJSON *g = cJSON_CreateObject();
    if (!g) return NULL;
    bool ok = cJSON_AddStringToObject(g, "objectType", "Group") &&
              cJSON_AddStringToObject(g, "name", r->team.name);
    cJSON *acc = ok ? cJSON_AddObjectToObject(g, "account") : NULL;
    ok = acc && cJSON_AddStringToObject(acc, "homePage", home) &&
         cJSON_AddStringToObject(acc, "name", r->team.id);
    cJSON *members = ok ? cJSON_AddArrayToObject(g, "member") : NULL;
    ok = ok && members;
    char mhome[sizeof home + SV_MAX_ID_BYTES + 8];
    snprintf(mhome, sizeof mhome, "%s/team/%s", home, r->team.id);
    for (uint32_t i = 0; ok && i < r->team.member_count; i++) {
        char fallback[32];
        snprintf(fallback, sizeof fallback, "member-%u", i + 1);
        cJSON *a = agent(&r->team.members[i], mhome, fallback);
        ok = a && cJSON_AddItemToArray(members, a);
    }
    if (!ok) cJSON_Delete(g), g = NULL;
    return g;
}

static cJSON *activity(const char *id, const char *type, const char *lang, const char *name)
{
    cJSON *a = cJSON_CreateObject();
    if (!a) return NULL;
    bool ok = cJSON_AddStringToObject(a, "objectType", "Activity") &&
              cJSON_AddStringToObject(a, "id", id);
    cJSON *def = ok ? cJSON_AddObjectToObject(a, "definition") : NULL;
    ok = def && cJSON_AddStringToObject(def, "type", type);
    cJSON *nm = ok && name ? lang_map(lang, name) : NULL;
    if (nm) cJSON_AddItemToObject(def, "name", nm);
    if (!ok || (name && !nm)) cJSON_Delete(a), a = NULL;
    return a;
}

static void scenario_iri(const X *x, char *out, size_t size)
{
    snprintf(out, size, IRI "pack/%s/scenario/%s", x->r->pack, x->p->scenario);
}

static cJSON *context(const X *x, bool in_scenario)
{
    const sv_Result *r = x->r;
    char home[SV_MAX_ID_BYTES * 2 + 64], iri[SV_MAX_ID_BYTES * 3 + 64];
    snprintf(home, sizeof home, IRI "workshop/%s", r->workshop);
    cJSON *c = cJSON_CreateObject(), *t;
    bool ok = c && cJSON_AddStringToObject(c, "registration", x->registration);
    ok = ok && (t = agent(&r->facilitator, home, "facilitator")) &&
         cJSON_AddItemToObject(c, "instructor", t);
    ok = ok && (t = team_group(r)) && cJSON_AddItemToObject(c, "team", t);
    cJSON *ca = ok ? cJSON_AddObjectToObject(c, "contextActivities") : NULL;
    cJSON *parent = ca ? cJSON_AddArrayToObject(ca, "parent") : NULL;
    cJSON *grouping = parent ? cJSON_AddArrayToObject(ca, "grouping") : NULL;
    ok = ok && grouping;
    snprintf(iri, sizeof iri, IRI "pack/%s", r->pack);
    ok = ok && (t = activity(iri, ADL_ACTIVITY "course", x->lang, NULL)) &&
         cJSON_AddItemToArray(parent, t);
    ok = ok && (t = activity(home, ADL_ACTIVITY "meeting", x->lang, r->workshop_name)) &&
         cJSON_AddItemToArray(grouping, t);
    if (ok && in_scenario) {
        scenario_iri(x, iri, sizeof iri);
        ok = (t = activity(iri, ADL_ACTIVITY "simulation", x->lang, x->p->title)) &&
             cJSON_AddItemToArray(grouping, t);
    }
    char seed[32];
    snprintf(seed, sizeof seed, "%" PRIu64, r->seed);
    cJSON *ext = ok ? cJSON_AddObjectToObject(c, "extensions") : NULL;
    ok = ok && ext && cJSON_AddStringToObject(ext, IRI "ext/pack-version", r->pack_version) &&
         cJSON_AddStringToObject(ext, IRI "ext/seed", seed) &&
         cJSON_AddStringToObject(c, "platform", "Svara") &&
         cJSON_AddStringToObject(c, "language", x->lang);
    if (!ok) cJSON_Delete(c), c = NULL;
    return c;
}

/* A statement with its id, actor, verb, timestamp and context; the caller adds object and result.
 */
static cJSON *statement(X *x, const char *verb, const char *what, uint32_t t_ms, bool in_scenario)
{
    char name[SV_MAX_ID_BYTES * 5 + 64], id[37], when[40];
    snprintf(name, sizeof name, "statement/%s/%s/%s/%s%s%s", x->r->workshop, x->r->team.id,
             x->p->scenario, verb, what ? "/" : "", what ? what : "");
    sv_uuid_v5(name, id);
    sv_iso_format(x->p->started * 1000 + t_ms, when, sizeof when);
    cJSON *s = cJSON_CreateObject(), *t;
    bool ok = s && cJSON_AddItemToArray(x->out, s);
    if (s && !ok) cJSON_Delete(s);
    ok = ok && cJSON_AddStringToObject(s, "id", id) && (t = team_group(x->r)) &&
         cJSON_AddItemToObject(s, "actor", t);
    cJSON *v = ok ? cJSON_AddObjectToObject(s, "verb") : NULL;
    char iri[128];
    snprintf(iri, sizeof iri, ADL_VERB "%s", verb);
    ok = ok && v && cJSON_AddStringToObject(v, "id", iri) && (t = lang_map("en-US", verb)) &&
         cJSON_AddItemToObject(v, "display", t);
    ok = ok && cJSON_AddStringToObject(s, "timestamp", when) && (t = context(x, in_scenario)) &&
         cJSON_AddItemToObject(s, "context", t);
    x->ok = x->ok && ok;
    return ok ? s : NULL;
}

static bool add_principles(cJSON *o, const char *key, const sv_ResultDecision *d, int sign)
{
    cJSON *arr = cJSON_AddArrayToObject(o, key);
    sv_PrincipleSet set = 0;
    for (uint32_t i = 0; i < d->rule_count; i++)
        if (d->rules[i].sign == sign) set |= d->rules[i].principles;
    bool ok = arr != NULL;
    for (int k = 0; ok && k < SV_PRINCIPLE_COUNT; k++)
        if (set & (1u << k)) {
            cJSON *s = cJSON_CreateString(sv_principle_name((sv_Principle)k));
            ok = s && cJSON_AddItemToArray(arr, s);
        }
    return ok;
}

/* ---- the statements ------------------------------------------------------------------------ */

static cJSON *scenario_object(const X *x)
{
    char iri[SV_MAX_ID_BYTES * 3 + 64];
    scenario_iri(x, iri, sizeof iri);
    return activity(iri, ADL_ACTIVITY "simulation", x->lang, x->p->title);
}

static void answered(X *x, const sv_ResultDecision *d)
{
    cJSON *s = statement(x, "answered", d->decision, d->close_ms, true), *t;
    if (!s) return;
    char iri[SV_MAX_ID_BYTES * 4 + 64];
    scenario_iri(x, iri, sizeof iri);
    strcat(iri, "/decision/");
    strcat(iri, d->decision);
    cJSON *obj = activity(iri, ADL_ACTIVITY "cmi.interaction", x->lang, d->prompt);
    bool ok = obj && cJSON_AddItemToObject(s, "object", obj);
    cJSON *def = ok ? cJSON_GetObjectItemCaseSensitive(obj, "definition") : NULL;
    ok = ok && def && cJSON_AddStringToObject(def, "interactionType", "choice");
    cJSON *choices = ok ? cJSON_AddArrayToObject(def, "choices") : NULL;
    ok = ok && choices;
    for (uint32_t i = 0; ok && i < d->choice_count; i++) {
        cJSON *c = cJSON_CreateObject();
        ok = c && cJSON_AddItemToArray(choices, c) &&
             cJSON_AddStringToObject(c, "id", d->choices[i].id) &&
             (t = lang_map(x->lang, d->choices[i].text)) &&
             cJSON_AddItemToObject(c, "description", t);
    }
    /* a composed reply is a multiple choice: its parts in order, "[,]" between them */
    sv_Sb resp = {0};
    sv_sb_put(&resp, d->option);
    for (uint32_t i = 0; i < d->part_count; i++) {
        if (i) sv_sb_put(&resp, "[,]");
        sv_sb_put(&resp, d->parts[i]);
    }
    char *response = sv_sb_take(&resp, NULL), dur[48];
    duration(d->taken_ms, dur, sizeof dur);
    cJSON *res = ok && response ? cJSON_AddObjectToObject(s, "result") : NULL;
    ok = res && cJSON_AddStringToObject(res, "response", response) &&
         cJSON_AddStringToObject(res, "duration", dur);
    free(response);
    static const char *const states[] = {"answered", "timed-out", "lapsed"};
    int32_t moved[SV_METER_COUNT];
    sv_result_moved(d, moved);
    cJSON *ext = ok ? cJSON_AddObjectToObject(res, "extensions") : NULL;
    ok = ext && sv_result_add_meters(ext, IRI "ext/meters-before", d->before) &&
         sv_result_add_meters(ext, IRI "ext/meters-after", d->after) &&
         sv_result_add_meters(ext, IRI "ext/moved", moved) &&
         add_principles(ext, IRI "ext/followed", d, 1) &&
         add_principles(ext, IRI "ext/broken", d, -1) &&
         cJSON_AddStringToObject(ext, IRI "ext/state", states[d->state % 3]) &&
         cJSON_AddBoolToObject(ext, IRI "ext/by-default", d->by_default);
    cJSON *rules = ok ? cJSON_AddArrayToObject(ext, IRI "ext/rules") : NULL;
    ok = ok && rules;
    for (uint32_t i = 0; ok && i < d->rule_count; i++) {
        cJSON *r = cJSON_CreateString(d->rules[i].rule);
        ok = r && cJSON_AddItemToArray(rules, r);
    }
    x->ok = x->ok && ok;
}

static void play_statements(X *x)
{
    const sv_ResultPlay *p = x->p;
    char name[SV_MAX_ID_BYTES * 3 + 32], dur[48];
    snprintf(name, sizeof name, "registration/%s/%s/%s", x->r->workshop, x->r->team.id,
             p->scenario);
    sv_uuid_v5(name, x->registration);
    duration(p->end_ms, dur, sizeof dur);
    cJSON *s = statement(x, "initialized", NULL, 0, false), *o, *res;
    x->ok = x->ok && s && (o = scenario_object(x)) && cJSON_AddItemToObject(s, "object", o);
    /* in the order they were answered, so the statements' times only go forward */
    uint32_t *order = malloc((p->decision_count + 1u) * sizeof *order);
    x->ok = x->ok && order;
    for (uint32_t i = 0; x->ok && i < p->decision_count; i++) {
        uint32_t j = i;
        while (j > 0 && p->decisions[order[j - 1]].close_ms > p->decisions[i].close_ms) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
    for (uint32_t i = 0; x->ok && i < p->decision_count; i++) answered(x, &p->decisions[order[i]]);
    free(order);
    s = statement(x, "completed", NULL, p->end_ms, false);
    x->ok = x->ok && s && (o = scenario_object(x)) && cJSON_AddItemToObject(s, "object", o) &&
            (res = cJSON_AddObjectToObject(s, "result")) &&
            cJSON_AddBoolToObject(res, "completion", true) &&
            cJSON_AddStringToObject(res, "duration", dur);
    bool passed = p->score >= p->pass_score;
    s = statement(x, passed ? "passed" : "failed", NULL, p->end_ms, false);
    char scaled[16], letter[2] = {p->grade, '\0'};
    snprintf(scaled, sizeof scaled, "%s%d.%02d", "", p->score / 100, p->score % 100);
    cJSON *score = NULL, *ext = NULL;
    x->ok = x->ok && s && (o = scenario_object(x)) && cJSON_AddItemToObject(s, "object", o) &&
            (res = cJSON_AddObjectToObject(s, "result")) &&
            cJSON_AddBoolToObject(res, "success", passed) &&
            (score = cJSON_AddObjectToObject(res, "score")) &&
            cJSON_AddRawToObject(score, "scaled", scaled) &&
            cJSON_AddNumberToObject(score, "raw", p->score) &&
            cJSON_AddNumberToObject(score, "min", 0) &&
            cJSON_AddNumberToObject(score, "max", 100) &&
            cJSON_AddStringToObject(res, "duration", dur) &&
            (ext = cJSON_AddObjectToObject(res, "extensions")) &&
            cJSON_AddStringToObject(ext, IRI "ext/grade", letter) &&
            cJSON_AddStringToObject(ext, IRI "ext/ending", p->ending) &&
            sv_result_add_meters(ext, IRI "ext/meters", p->meters);
    s = statement(x, "terminated", NULL, p->end_ms, false);
    x->ok = x->ok && s && (o = scenario_object(x)) && cJSON_AddItemToObject(s, "object", o) &&
            (res = cJSON_AddObjectToObject(s, "result")) &&
            cJSON_AddStringToObject(res, "duration", dur);
}

char *sv_report_xapi(const sv_Report *rep)
{
    X x = {.out = cJSON_CreateArray(), .ok = true};
    if (!x.out) return NULL;
    for (size_t t = 0; x.ok && t < rep->team_count; t++) {
        x.r = rep->teams[t];
        for (uint32_t p = 0; x.ok && p < x.r->play_count; p++) {
            x.p = &x.r->plays[p];
            x.lang = sv_lang_code(x.p->lang);
            play_statements(&x);
        }
    }
    if (!x.ok) {
        cJSON_Delete(x.out);
        return NULL;
    }
    return sv_json_take_text(x.out, NULL);
}
