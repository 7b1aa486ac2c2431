/* Learner profiles (svara/profile.h): runs in, skills by principle out, and
 * profile.json read with every problem located and written back whole. A
 * profile is strict: a bad value is an error, since a profile that loads
 * half is worse than one kept aside and started fresh. */
#include "svara/profile.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "core_util.h"
#include "jsonscan.h"
#include "load_common.h"
#include "svara/debrief.h"
#include "svara/json.h"
#include "svara/native.h"
#include "svara/pack.h"
#include "svara/session.h"
#include "svara/workshop.h"

#define SV_PROFILE_FORMAT 1

void sv_profile_init(sv_Profile *p, const char *name, int64_t created)
{
    memset(p, 0, sizeof *p);
    snprintf(p->name, sizeof p->name, "%s", name ? name : "");
    p->created = created;
}

void sv_profile_free(sv_Profile *p)
{
    free(p->runs);
    free(p->assessments);
    memset(p, 0, sizeof *p);
}

/* ---- names ------------------------------------------------------------------------------- */

/* Length of the UTF-8 sequence at s in a NUL-terminated string, 0 when it
 * is not valid (a NUL inside a sequence ends it, so never reads past). */
static int utf8_len(const unsigned char *s)
{
    const char *why;
    size_t n = 0;
    while (n < 4 && s[n]) n++; /* a sequence is at most four bytes */
    return (int)sv_utf8_seq(s, n, 0, &why);
}

bool sv_profile_name_ok(const char *name, const char **why)
{
    const char *dummy;
    if (!why) why = &dummy;
    size_t len = name ? strlen(name) : 0;
    if (len == 0) return *why = "the name is empty", false;
    if (len > SV_PROFILE_NAME_BYTES) return *why = "the name is too long (48 bytes at most)", false;
    bool seen = false;
    for (const unsigned char *s = (const unsigned char *)name; *s;) {
        int n = utf8_len(s);
        if (!n) return *why = "the name is not valid UTF-8", false;
        if (n == 1 && (*s < 0x20 || *s == 0x7F))
            return *why = "the name holds a control character", false;
        if (*s != ' ') seen = true;
        s += n;
    }
    if (!seen) return *why = "the name is only spaces", false;
    return *why = "", true;
}

/* The ASCII letters a Nordic or accented Latin letter is written with in a
 * folder name (two-byte UTF-8 from U+00C0 to U+00FF); NULL for anything else. */
static const char *ascii_of(unsigned code)
{
    static const char *const map[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};
    return code >= 0xC0 && code <= 0xFF ? map[code - 0xC0] : NULL;
}

void sv_profile_slug(const char *name, char *out, size_t size)
{
    if (!size) return;
    size_t n = 0;
    bool dash = false;
    const unsigned char *s = (const unsigned char *)(name ? name : "");
    while (*s && n < SV_MAX_ID_BYTES) {
        int len = utf8_len(s);
        if (!len) len = 1;
        char one[2] = {0, 0};
        const char *add = NULL;
        if (len == 1 && ((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'))) one[0] = (char)*s;
        if (len == 1 && *s >= 'A' && *s <= 'Z') one[0] = (char)(*s - 'A' + 'a');
        add = one[0]     ? one
              : len == 2 ? ascii_of(((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3Fu))
                         : NULL;
        s += len;
        if (!add || !*add) {
            dash = true;
            continue;
        }
        size_t need = strlen(add) + (dash && n > 0);
        if (n + need >= size || n + need > SV_MAX_ID_BYTES) break;
        if (dash && n > 0) out[n++] = '-';
        for (const char *a = add; *a;) out[n++] = *a++;
        dash = false;
    }
    out[n] = '\0';
    if (!n) snprintf(out, size, "profile");
}

/* ---- runs and skills ---------------------------------------------------------------------- */

static bool grow_runs(sv_Profile *p)
{
    if (p->run_count < p->run_cap) return true;
    size_t cap = p->run_cap ? p->run_cap * 2 : 8;
    sv_ProfileRun *r = realloc(p->runs, cap * sizeof *r);
    if (!r) return false;
    p->runs = r;
    p->run_cap = cap;
    return true;
}

/* Room for one more run: past the limit the oldest goes. */
static sv_ProfileRun *new_run(sv_Profile *p)
{
    if (p->run_count >= SV_PROFILE_MAX_RUNS) {
        memmove(p->runs, p->runs + 1, (p->run_count - 1) * sizeof *p->runs);
        p->run_count--;
    }
    if (!grow_runs(p)) return NULL;
    sv_ProfileRun *r = &p->runs[p->run_count++];
    memset(r, 0, sizeof *r);
    return r;
}

static void bump(uint16_t *v)
{
    if (*v < UINT16_MAX) (*v)++;
}

/* ---- started, not finished --------------------------------------------------------------- */

static int find_started(const sv_Profile *p, const char *pack, const char *scenario)
{
    for (size_t i = 0; p && pack && scenario && i < p->started_count; i++)
        if (strcmp(p->started[i].pack, pack) == 0 && strcmp(p->started[i].scenario, scenario) == 0)
            return (int)i;
    return -1;
}

bool sv_profile_started(const sv_Profile *p, const char *pack, const char *scenario)
{
    return find_started(p, pack, scenario) >= 0;
}

static bool id_fits(const char *id) { return id && id[0] && strlen(id) <= SV_MAX_ID_BYTES; }

bool sv_profile_mark_started(sv_Profile *p, const char *pack, const char *scenario)
{
    if (!p || !id_fits(pack) || !id_fits(scenario) || find_started(p, pack, scenario) >= 0)
        return false;
    if (p->started_count >= SV_PROFILE_MAX_STARTED) { /* the oldest is forgotten */
        memmove(p->started, p->started + 1, (SV_PROFILE_MAX_STARTED - 1) * sizeof *p->started);
        p->started_count = SV_PROFILE_MAX_STARTED - 1;
    }
    sv_ProfileStarted *s = &p->started[p->started_count++];
    snprintf(s->pack, sizeof s->pack, "%s", pack);
    snprintf(s->scenario, sizeof s->scenario, "%s", scenario);
    return true;
}

static void unmark_started(sv_Profile *p, const char *pack, const char *scenario)
{
    int i = find_started(p, pack, scenario);
    if (i < 0) return;
    memmove(p->started + i, p->started + i + 1,
            (p->started_count - (size_t)i - 1) * sizeof *p->started);
    p->started_count--;
}

sv_Status sv_profile_add_run(sv_Profile *p, const sv_Session *s, const char *pack,
                             const char *version, int64_t ended)
{
    if (!p || !s || !s->sc || !s->score || !s->ended) return SV_ERR_INVALID;
    sv_ProfileRun *r = new_run(p);
    if (!r) return SV_ERR_NOMEM;
    unmark_started(p, pack ? pack : "", s->sc->id ? s->sc->id : "");
    snprintf(r->pack, sizeof r->pack, "%s", pack ? pack : "");
    snprintf(r->version, sizeof r->version, "%s", version ? version : "");
    snprintf(r->scenario, sizeof r->scenario, "%s", s->sc->id ? s->sc->id : "");
    if (sv_in_range(s->ending, s->sc->ending_count))
        snprintf(r->ending, sizeof r->ending, "%s", s->sc->endings[s->ending].id);
    r->seed = s->seed;
    r->ended = ended;
    r->score = sv_grade_score(s->meters);
    r->grade = sv_grade_letter(r->score);
    const sv_ScoreModel *m = s->score->model;
    for (size_t i = 0; i < s->score->firing_count; i++) {
        const sv_Firing *f = &s->score->firings[i];
        if (!sv_in_range(f->rule, m->rule_count)) continue;
        /* a post that stood only while nobody could answer it broke nothing */
        if (f->count && sv_debrief_before_open(s, f) >= f->count) continue;
        const sv_ScoreRule *rule = &m->rules[f->rule];
        int sign = sv_rule_sign(rule); /* rewarded: followed; penalised: broken */
        for (int k = 0; sign && k < SV_PRINCIPLE_COUNT; k++)
            if (rule->principles & (1u << k)) bump(sign > 0 ? &r->followed[k] : &r->broken[k]);
    }
    return SV_OK;
}

void sv_profile_skills(const sv_Profile *p, size_t runs, sv_Skill out[SV_PRINCIPLE_COUNT])
{
    memset(out, 0, SV_PRINCIPLE_COUNT * sizeof *out);
    size_t n = runs < p->run_count ? runs : p->run_count;
    int64_t w = 1000; /* the newest run's weight; older ones count less */
    for (size_t i = n; i-- > 0;) {
        const sv_ProfileRun *r = &p->runs[i];
        for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) {
            if (!r->followed[k] && !r->broken[k]) continue;
            out[k].followed_w += w * r->followed[k];
            out[k].broken_w += w * r->broken[k];
            out[k].followed += r->followed[k];
            out[k].broken += r->broken[k];
            out[k].runs++;
        }
        w = w * SV_PROFILE_RECENCY_PCT / 100;
        if (w < 1) w = 1; /* old runs still count a little */
    }
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) {
        int64_t all = out[k].followed_w + out[k].broken_w;
        out[k].level = all ? (int32_t)((out[k].followed_w * 100 + all / 2) / all) : -1;
    }
}

const sv_ProfileRun *sv_profile_best(const sv_Profile *p, const char *pack, const char *scenario)
{
    const sv_ProfileRun *best = NULL;
    for (size_t i = 0; i < p->run_count; i++) {
        const sv_ProfileRun *r = &p->runs[i];
        if (strcmp(r->pack, pack) != 0 || strcmp(r->scenario, scenario) != 0) continue;
        if (!best || r->score >= best->score) best = r;
    }
    return best;
}

int32_t sv_profile_next_step(const sv_Profile *p, const sv_Pack *pack)
{
    for (uint32_t i = 0; pack && i < pack->path_count; i++) {
        const char *sc = pack->path[i].scenario_id;
        if (!p || !sv_profile_best(p, pack->id, sc ? sc : "")) return (int32_t)i;
    }
    return -1;
}

/* ---- assessments ------------------------------------------------------------------------- */

static const char *const kind_names[SV_ASSESS_KIND_COUNT] = {"pre", "post"};

const char *sv_assess_kind_name(sv_AssessKind k)
{
    return (unsigned)k < SV_ASSESS_KIND_COUNT ? kind_names[k] : "?";
}

bool sv_assess_kind_parse(const char *s, sv_AssessKind *out)
{
    for (int k = 0; s && k < SV_ASSESS_KIND_COUNT; k++)
        if (strcmp(s, kind_names[k]) == 0) return *out = (sv_AssessKind)k, true;
    return false;
}

const sv_ProfileAssessment *sv_profile_assessment(const sv_Profile *p, const char *pack,
                                                  sv_AssessKind kind)
{
    for (size_t i = 0; p && pack && i < p->assessment_count; i++)
        if (p->assessments[i].kind == kind && strcmp(p->assessments[i].pack, pack) == 0)
            return &p->assessments[i];
    return NULL;
}

bool sv_profile_gain(const sv_Profile *p, const char *pack, int32_t *gain)
{
    const sv_ProfileAssessment *pre = sv_profile_assessment(p, pack, SV_ASSESS_PRE);
    const sv_ProfileAssessment *post = sv_profile_assessment(p, pack, SV_ASSESS_POST);
    *gain = pre && post ? post->score - pre->score : 0;
    return pre && post;
}

/* Room for one more assessment; NULL past the limit or out of memory. */
static sv_ProfileAssessment *new_assessment(sv_Profile *p)
{
    if (p->assessment_count >= SV_PROFILE_MAX_ASSESSMENTS) return NULL;
    if (p->assessment_count == p->assessment_cap) {
        size_t cap = p->assessment_cap ? p->assessment_cap * 2 : 2;
        sv_ProfileAssessment *a = realloc(p->assessments, cap * sizeof *a);
        if (!a) return NULL;
        p->assessments = a;
        p->assessment_cap = cap;
    }
    sv_ProfileAssessment *a = &p->assessments[p->assessment_count++];
    memset(a, 0, sizeof *a);
    return a;
}

sv_Status sv_profile_add_assessment(sv_Profile *p, const sv_ProfileAssessment *a)
{
    if (!p || !a || (unsigned)a->kind >= SV_ASSESS_KIND_COUNT ||
        a->item_count > SV_PROFILE_MAX_ANSWERS || sv_profile_assessment(p, a->pack, a->kind))
        return SV_ERR_INVALID;
    sv_ProfileAssessment *to = new_assessment(p);
    if (!to)
        return p->assessment_count >= SV_PROFILE_MAX_ASSESSMENTS ? SV_ERR_INVALID : SV_ERR_NOMEM;
    *to = *a;
    return SV_OK;
}

/* ---- profile.json ------------------------------------------------------------------------ */

/* Read with the packs' loader helpers (load_common.h), so a mistake in a
 * profile is worded as it is in a pack: at its pointer, line and column. */

/* The string `key` of obj (required or not) into a fixed buffer. */
static void read_string(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key,
                        bool required, char *out, size_t size)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    const cJSON *v = required ? sv_load_required(L, obj, ptr, key) : sv_load_get(obj, key);
    const char *s;
    if (!v || !sv_load_string(L, v, at, &s)) return;
    if (strlen(s) >= size) {
        sv_load_error(L, at, "is %zu bytes long; the limit is %zu", strlen(s), size - 1);
        return;
    }
    snprintf(out, size, "%s", s);
}

static int64_t read_whole(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key,
                          bool required, int64_t min, int64_t max)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    const cJSON *v = required ? sv_load_required(L, obj, ptr, key) : sv_load_get(obj, key);
    int64_t n = 0;
    if (v && !sv_load_whole(L, v, at, min, max, &n)) n = 0;
    return n;
}

static bool read_bool(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    const cJSON *v = sv_load_get(obj, key);
    bool b = false;
    if (v && !sv_load_bool(L, v, at, &b)) b = false;
    return b;
}

/* {"ORDER": 2, "FAST": 1}: counts by principle id. */
static void read_counts(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key,
                        uint16_t *out)
{
    char at[SV_LOAD_PTR], item[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    const cJSON *v = sv_load_get(obj, key);
    if (!v || !sv_load_object(L, v, at, "the counts by principle")) return;
    const char *names[SV_PRINCIPLE_COUNT];
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) names[k] = sv_principle_name((sv_Principle)k);
    for (const cJSON *it = v->child; it; it = it->next) {
        sv_load_ptr_key(item, at, it->string);
        sv_Principle pr;
        if (!sv_principle_parse(it->string, &pr)) {
            sv_load_unknown(L, item, "principle", it->string, names, SV_PRINCIPLE_COUNT);
            continue;
        }
        int64_t n = 0;
        if (sv_load_whole(L, it, item, 0, UINT16_MAX, &n)) out[pr] = (uint16_t)n;
    }
}

/* Seconds since 1970, until the year 9999. */
#define LAST_SECOND 253402300799

static void read_run(sv_Loader *L, const cJSON *it, const char *ptr, sv_ProfileRun *r)
{
    static const char *const keys[] = {"pack",  "version", "scenario", "ending", "seed",
                                       "ended", "score",   "followed", "broken", NULL};
    if (!sv_load_object(L, it, ptr, "a run")) return;
    sv_load_check_keys(L, it, ptr, keys);
    read_string(L, it, ptr, "pack", true, r->pack, sizeof r->pack);
    read_string(L, it, ptr, "version", false, r->version, sizeof r->version);
    read_string(L, it, ptr, "scenario", true, r->scenario, sizeof r->scenario);
    read_string(L, it, ptr, "ending", false, r->ending, sizeof r->ending);
    /* seeds above 2^53 do not survive a JSON number: the game's seeds are 32-bit */
    r->seed = (uint64_t)read_whole(L, it, ptr, "seed", false, 0, 9007199254740991);
    r->ended = read_whole(L, it, ptr, "ended", true, 0, LAST_SECOND);
    r->score = (int32_t)read_whole(L, it, ptr, "score", true, 0, 100);
    r->grade = sv_grade_letter(r->score);
    read_counts(L, it, ptr, "followed", r->followed);
    read_counts(L, it, ptr, "broken", r->broken);
}

static void read_answer(sv_Loader *L, const cJSON *it, const char *ptr, sv_ProfileAnswer *a)
{
    static const char *const keys[] = {"scenario", "option", "points", "top", NULL};
    if (!sv_load_object(L, it, ptr, "an answer")) return;
    sv_load_check_keys(L, it, ptr, keys);
    read_string(L, it, ptr, "scenario", true, a->scenario, sizeof a->scenario);
    read_string(L, it, ptr, "option", true, a->option, sizeof a->option);
    a->points = (int32_t)read_whole(L, it, ptr, "points", true, 0, 100);
    a->top = read_bool(L, it, ptr, "top");
}

static void read_assessment(sv_Loader *L, const cJSON *it, const char *ptr, sv_ProfileAssessment *a)
{
    static const char *const keys[] = {"pack", "version", "kind", "at", "items", "score", NULL};
    static const char *const kinds[] = {"pre", "post"};
    if (!sv_load_object(L, it, ptr, "an assessment")) return;
    sv_load_check_keys(L, it, ptr, keys);
    read_string(L, it, ptr, "pack", true, a->pack, sizeof a->pack);
    read_string(L, it, ptr, "version", false, a->version, sizeof a->version);
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, "kind");
    const cJSON *kind = sv_load_required(L, it, ptr, "kind");
    int k = 0;
    if (kind && sv_load_enum(L, kind, at, "kind of test", kinds, 2, &k)) a->kind = (sv_AssessKind)k;
    a->at = read_whole(L, it, ptr, "at", true, 0, LAST_SECOND);
    a->score = (int32_t)read_whole(L, it, ptr, "score", true, 0, 100);
    snprintf(at, sizeof at, "%s", ptr);
    const cJSON *items = sv_load_list(L, it, "items", true, at);
    size_t i = 0;
    for (const cJSON *x = items ? items->child : NULL; x; x = x->next, i++) {
        char item[SV_LOAD_PTR];
        sv_load_ptr_index(item, at, i);
        if (i >= SV_PROFILE_MAX_ANSWERS) {
            sv_load_error(L, item, "more than %u answers", SV_PROFILE_MAX_ANSWERS);
            return;
        }
        read_answer(L, x, item, &a->items[a->item_count++]);
    }
}

/* "assessments": the pre- and post-tests taken; a profile from before they
 * existed has none, and loads as it did. */
static void read_assessments(sv_Loader *L, const cJSON *root, sv_Profile *p)
{
    char at[SV_LOAD_PTR] = "", item[SV_LOAD_PTR];
    const cJSON *list = sv_load_list(L, root, "assessments", false, at);
    size_t i = 0;
    for (const cJSON *it = list ? list->child : NULL; it; it = it->next, i++) {
        sv_load_ptr_index(item, at, i);
        sv_ProfileAssessment *a = new_assessment(p);
        if (!a) {
            sv_load_error(L, item, "more than %u assessments (or out of memory)",
                          SV_PROFILE_MAX_ASSESSMENTS);
            return;
        }
        size_t before = L->jf.errors;
        read_assessment(L, it, item, a);
        for (size_t k = 0; k + 1 < p->assessment_count && L->jf.errors == before; k++)
            if (p->assessments[k].kind == a->kind && !strcmp(p->assessments[k].pack, a->pack))
                sv_load_error(L, item, "a second %s-test for pack '%s' (the first is %s/%zu)",
                              sv_assess_kind_name(a->kind), a->pack, at, k);
    }
}

/* "started": the scenarios begun and not finished since, oldest first; a
 * profile from before the list existed has none. */
static void read_started(sv_Loader *L, const cJSON *root, sv_Profile *p)
{
    static const char *const keys[] = {"pack", "scenario", NULL};
    char at[SV_LOAD_PTR] = "", item[SV_LOAD_PTR];
    const cJSON *list = sv_load_list(L, root, "started", false, at);
    size_t i = 0;
    for (const cJSON *it = list ? list->child : NULL; it; it = it->next, i++) {
        sv_load_ptr_index(item, at, i);
        if (i >= SV_PROFILE_MAX_STARTED) {
            sv_load_error(L, item, "more than %u scenarios started", SV_PROFILE_MAX_STARTED);
            return;
        }
        if (!sv_load_object(L, it, item, "a started scenario ({\"pack\", \"scenario\"})")) continue;
        sv_load_check_keys(L, it, item, keys);
        sv_ProfileStarted st = {{0}, {0}};
        read_string(L, it, item, "pack", true, st.pack, sizeof st.pack);
        read_string(L, it, item, "scenario", true, st.scenario, sizeof st.scenario);
        int twice = find_started(p, st.pack, st.scenario);
        if (twice >= 0)
            sv_load_error(L, item, "%s/%s is listed twice (first at /started/%d)", st.pack,
                          st.scenario, twice);
        else if (st.pack[0] && st.scenario[0])
            p->started[p->started_count++] = st;
    }
}

static void read_profile(sv_Loader *L, const cJSON *root, sv_Profile *p)
{
    static const char *const keys[] = {"format", "name",        "created", "tutorial_done",
                                       "runs",   "assessments", "started", NULL};
    sv_load_check_keys(L, root, "", keys);
    sv_load_format_version(L, root, SV_PROFILE_FORMAT);
    read_string(L, root, "", "name", true, p->name, sizeof p->name);
    const char *why;
    if (p->name[0] && !sv_profile_name_ok(p->name, &why)) sv_load_error(L, "/name", "%s", why);
    p->created = read_whole(L, root, "", "created", false, 0, LAST_SECOND);
    p->tutorial_done = read_bool(L, root, "", "tutorial_done");
    read_assessments(L, root, p);
    read_started(L, root, p);
    char at[SV_LOAD_PTR] = "", item[SV_LOAD_PTR];
    const cJSON *runs = sv_load_list(L, root, "runs", false, at);
    size_t i = 0;
    for (const cJSON *it = runs ? runs->child : NULL; it; it = it->next, i++) {
        sv_load_ptr_index(item, at, i);
        if (i >= SV_PROFILE_MAX_RUNS) {
            sv_load_error(L, item, "more than %u runs", SV_PROFILE_MAX_RUNS);
            return;
        }
        sv_ProfileRun *r = new_run(p);
        if (!r) {
            sv_load_error(L, item, "out of memory");
            return;
        }
        read_run(L, it, item, r);
    }
}

static void profile_root(sv_Loader *L, const cJSON *root, void *ctx) { read_profile(L, root, ctx); }

sv_Status sv_profile_parse(const char *file, const char *bytes, size_t len, sv_Profile *out,
                           sv_DiagList *diags)
{
    sv_profile_init(out, "", 0);
    if (sv_load_document(file, bytes, len, NULL, "a profile", profile_root, out, diags) == 0)
        return SV_OK;
    sv_profile_free(out);
    return SV_ERR_INVALID;
}

/* ---- writing ----------------------------------------------------------------------------- */

static bool add_counts(cJSON *obj, const char *key, const uint16_t *counts)
{
    cJSON *c = cJSON_AddObjectToObject(obj, key);
    if (!c) return false;
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++)
        if (counts[k] && !cJSON_AddNumberToObject(c, sv_principle_name((sv_Principle)k), counts[k]))
            return false;
    return true;
}

static bool add_run(cJSON *list, const sv_ProfileRun *r)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) return false;
    cJSON_AddItemToArray(list, o);
    return cJSON_AddStringToObject(o, "pack", r->pack) &&
           cJSON_AddStringToObject(o, "version", r->version) &&
           cJSON_AddStringToObject(o, "scenario", r->scenario) &&
           cJSON_AddStringToObject(o, "ending", r->ending) &&
           cJSON_AddNumberToObject(o, "seed", (double)r->seed) &&
           cJSON_AddNumberToObject(o, "ended", (double)r->ended) &&
           cJSON_AddNumberToObject(o, "score", r->score) &&
           add_counts(o, "followed", r->followed) && add_counts(o, "broken", r->broken);
}

static bool add_assessment(cJSON *list, const sv_ProfileAssessment *a)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) return false;
    cJSON_AddItemToArray(list, o);
    cJSON *items = NULL;
    bool ok = cJSON_AddStringToObject(o, "pack", a->pack) &&
              cJSON_AddStringToObject(o, "version", a->version) &&
              cJSON_AddStringToObject(o, "kind", sv_assess_kind_name(a->kind)) &&
              cJSON_AddNumberToObject(o, "at", (double)a->at) &&
              cJSON_AddNumberToObject(o, "score", a->score) &&
              (items = cJSON_AddArrayToObject(o, "items")) != NULL;
    for (uint32_t i = 0; ok && i < a->item_count; i++) {
        const sv_ProfileAnswer *x = &a->items[i];
        cJSON *it = cJSON_CreateObject();
        if (!it) return false;
        cJSON_AddItemToArray(items, it);
        ok = cJSON_AddStringToObject(it, "scenario", x->scenario) &&
             cJSON_AddStringToObject(it, "option", x->option) &&
             cJSON_AddNumberToObject(it, "points", x->points) &&
             cJSON_AddBoolToObject(it, "top", x->top);
    }
    return ok;
}

char *sv_profile_write(const sv_Profile *p, size_t *len)
{
    cJSON *root = cJSON_CreateObject();
    bool ok = root && cJSON_AddNumberToObject(root, "format", SV_PROFILE_FORMAT) &&
              cJSON_AddStringToObject(root, "name", p->name) &&
              cJSON_AddNumberToObject(root, "created", (double)p->created) &&
              cJSON_AddBoolToObject(root, "tutorial_done", p->tutorial_done);
    cJSON *runs = ok ? cJSON_AddArrayToObject(root, "runs") : NULL;
    for (size_t i = 0; runs && i < p->run_count; i++) ok = ok && add_run(runs, &p->runs[i]);
    /* written only when there are some: a profile without tests stays as it was */
    cJSON *tests = ok && p->assessment_count ? cJSON_AddArrayToObject(root, "assessments") : NULL;
    if (ok && p->assessment_count && !tests) ok = false;
    for (size_t i = 0; tests && i < p->assessment_count; i++)
        ok = ok && add_assessment(tests, &p->assessments[i]);
    /* the same for the scenarios started and not finished */
    cJSON *started = ok && p->started_count ? cJSON_AddArrayToObject(root, "started") : NULL;
    if (ok && p->started_count && !started) ok = false;
    for (size_t i = 0; started && ok && i < p->started_count; i++) {
        cJSON *o = cJSON_CreateObject();
        ok = o && cJSON_AddItemToArray(started, o) &&
             cJSON_AddStringToObject(o, "pack", p->started[i].pack) &&
             cJSON_AddStringToObject(o, "scenario", p->started[i].scenario);
    }
    if (!ok || !runs) {
        cJSON_Delete(root);
        return NULL;
    }
    return sv_json_take_text(root, len);
}

/* ---- on disk ----------------------------------------------------------------------------- */

sv_Status sv_profile_load_file(const char *path, sv_Profile *out, bool *missing, sv_DiagList *diags)
{
    sv_profile_init(out, "", 0);
    bool gone = false;
    size_t len = 0;
    char *bytes = sv_native_read(path, SV_MAX_FILE_BYTES, &len, &gone, diags);
    if (missing) *missing = gone;
    if (!bytes) return SV_ERR_IO;
    sv_Status st = sv_profile_parse(path, bytes, len, out, diags);
    free(bytes);
    return st;
}

sv_Status sv_profile_save_file(const char *path, const sv_Profile *p, sv_DiagList *diags)
{
    size_t len = 0;
    char *text = sv_profile_write(p, &len);
    return sv_native_save_text(path, text, len, "profile", diags);
}
