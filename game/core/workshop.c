/* Workshop files (svara/workshop.h, scenarios/WORKSHOP.md): who runs it,
 * which pack's scenarios with which seed, the teams and their members, and
 * the facilitator's options. Read with the loader's helpers, so every
 * problem comes with its pointer, line and column, and an unknown key gets a
 * "did you mean". Dates in and out as ISO 8601, by hand: the core has no
 * clock and no locale. */
#include "svara/workshop.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "load_common.h"
#include "svara/json.h"
#include "workshop_internal.h"

/* ---- dates -------------------------------------------------------------------------------- */

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int64_t *y, int64_t *m, int64_t *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = yoe + era * 400 + (*m <= 2);
}

/* n digits at s as a number; -1 when they are not all digits. */
static int64_t digits(const char *s, int n)
{
    int64_t v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool sv_iso_parse(const char *s, int64_t *out)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (!s || strlen(s) < 17 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':')
        return false;
    int64_t y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2);
    int64_t h = digits(s + 11, 2), mi = digits(s + 14, 2), sec = 0;
    const char *rest = s + 16;
    if (*rest == ':') {
        sec = digits(rest + 1, 2);
        rest += 3;
        if (*rest == '.' && rest[1] >= '0' && rest[1] <= '9') /* a fraction: whole seconds kept */
            for (rest++; *rest >= '0' && *rest <= '9';) rest++;
    }
    if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] || h < 0 || h > 23 || mi < 0 ||
        mi > 59 || sec < 0 || sec > 59)
        return false;
    if (mo == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
    int64_t offset = 0;
    if (strcmp(rest, "Z") != 0) {
        if ((rest[0] != '+' && rest[0] != '-') || strlen(rest) != 6 || rest[3] != ':') return false;
        int64_t oh = digits(rest + 1, 2), om = digits(rest + 4, 2);
        if (oh < 0 || oh > 14 || om < 0 || om > 59) return false;
        offset = (oh * 60 + om) * 60 * (rest[0] == '-' ? -1 : 1);
    }
    *out = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset;
    return true;
}

void sv_iso_format(int64_t ms, char *out, size_t size)
{
    int64_t secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    int64_t days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    int64_t in_day = secs - days * 86400, y, m, d;
    civil_from_days(days, &y, &m, &d);
    snprintf(out, size, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ", (long long)y,
             (long long)m, (long long)d, (long long)(in_day / 3600), (long long)(in_day / 60 % 60),
             (long long)(in_day % 60), (long long)(ms - secs * 1000));
}

/* ---- people ------------------------------------------------------------------------------- */

static const char *copy(sv_Loader *L, const char *s) { return s ? sv_load_strdup(L, s) : ""; }

/* An e-mail address as an LRS takes it in "mailto:": one '@' with text on
 * both sides, no spaces, no control characters. */
static bool email_ok(const char *s)
{
    const char *at = strchr(s, '@');
    if (!at || at == s || !at[1] || strchr(at + 1, '@')) return false;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        if (*c <= ' ' || *c == 0x7F || *c == '<' || *c == '>' || *c == '"') return false;
    return strlen(s) <= SV_WORKSHOP_EMAIL_BYTES;
}

static bool iri_ok(const char *s)
{
    if (strncmp(s, "https://", 8) != 0 && strncmp(s, "http://", 7) != 0) return false;
    for (const unsigned char *c = (const unsigned char *)s; *c; c++)
        if (*c <= ' ' || *c == 0x7F || *c == '"' || *c == '<' || *c == '>') return false;
    return strlen(s) <= SV_WORKSHOP_IRI_BYTES && strlen(s) > 8;
}

static void read_account(sv_Loader *L, const cJSON *acc, const char *ptr, sv_Person *p)
{
    static const char *const keys[] = {"home", "name", NULL};
    if (!sv_load_object(L, acc, ptr, "an account")) return;
    sv_load_check_keys(L, acc, ptr, keys);
    char at[SV_LOAD_PTR];
    const char *s;
    const cJSON *home = sv_load_required(L, acc, ptr, "home");
    sv_load_ptr_key(at, ptr, "home");
    if (home && sv_load_string(L, home, at, &s)) {
        if (iri_ok(s))
            p->account_home = copy(L, s);
        else
            sv_load_error(L, at,
                          "the account's home must be the web address of the system that "
                          "knows the person, starting with https:// (at most %u bytes)",
                          SV_WORKSHOP_IRI_BYTES);
    }
    const cJSON *name = sv_load_required(L, acc, ptr, "name");
    sv_load_ptr_key(at, ptr, "name");
    if (name && sv_load_visible(L, name, at, SV_MAX_NAME_BYTES, &s)) p->account_name = copy(L, s);
}

/* {"name", "email"?, "account"?}: a facilitator or a member. */
void sv_workshop_read_person(sv_Loader *L, const cJSON *obj, const char *ptr, const char *what,
                             sv_Person *p)
{
    static const char *const keys[] = {"name", "email", "account", NULL};
    p->name = p->email = p->account_home = p->account_name = "";
    if (!sv_load_object(L, obj, ptr, what)) return;
    sv_load_check_keys(L, obj, ptr, keys);
    char at[SV_LOAD_PTR];
    const char *s;
    const cJSON *name = sv_load_required(L, obj, ptr, "name");
    sv_load_ptr_key(at, ptr, "name");
    if (name && sv_load_visible(L, name, at, SV_MAX_NAME_BYTES, &s)) p->name = copy(L, s);
    const cJSON *email = sv_load_get(obj, "email");
    sv_load_ptr_key(at, ptr, "email");
    if (email && sv_load_string(L, email, at, &s)) {
        if (email_ok(s))
            p->email = copy(L, s);
        else
            sv_load_error(L, at, "'%.80s' is not an e-mail address like name@example.com", s);
    }
    const cJSON *acc = sv_load_get(obj, "account");
    sv_load_ptr_key(at, ptr, "account");
    if (acc) read_account(L, acc, at, p);
    if (email && acc)
        sv_load_error(L, ptr,
                      "give either \"email\" or \"account\": a learning record store takes one "
                      "way of knowing a person");
}

/* ---- teams --------------------------------------------------------------------------------- */

void sv_workshop_read_team(sv_Loader *L, const cJSON *obj, const char *ptr, sv_Team *t)
{
    static const char *const keys[] = {"id", "name", "members", NULL};
    t->id = t->name = "";
    if (!sv_load_object(L, obj, ptr, "a team")) return;
    sv_load_check_keys(L, obj, ptr, keys);
    char at[SV_LOAD_PTR];
    const char *s;
    const cJSON *id = sv_load_required(L, obj, ptr, "id");
    sv_load_ptr_key(at, ptr, "id");
    if (id && sv_load_id_syntax(L, id, at, "team")) t->id = copy(L, id->valuestring);
    const cJSON *name = sv_load_required(L, obj, ptr, "name");
    sv_load_ptr_key(at, ptr, "name");
    if (name && sv_load_visible(L, name, at, SV_MAX_NAME_BYTES, &s)) t->name = copy(L, s);
    const cJSON *members = sv_load_get(obj, "members");
    sv_load_ptr_key(at, ptr, "members");
    if (!members || !sv_load_array(L, members, at, "\"members\"")) return;
    int n = cJSON_GetArraySize(members);
    if (n > (int)SV_WORKSHOP_MAX_MEMBERS) {
        sv_load_error(L, at, "%d members; a team has at most %u", n, SV_WORKSHOP_MAX_MEMBERS);
        return;
    }
    t->members = n ? sv_load_alloc(L, (size_t)n * sizeof *t->members) : NULL;
    if (!t->members) return;
    t->member_count = (uint32_t)n;
    size_t i = 0;
    for (const cJSON *it = members->child; it; it = it->next, i++) {
        char item[SV_LOAD_PTR];
        sv_load_ptr_index(item, at, i);
        sv_workshop_read_person(L, it, item, "a member", &t->members[i]);
    }
}

static void read_teams(sv_Loader *L, const cJSON *root, sv_Workshop *w)
{
    char at[SV_LOAD_PTR] = "";
    const cJSON *teams = sv_load_list(L, root, "teams", true, at);
    if (!teams) return;
    int n = cJSON_GetArraySize(teams);
    if (n == 0) sv_load_error(L, at, "no teams; name at least one");
    if (n > (int)SV_WORKSHOP_MAX_TEAMS) {
        sv_load_error(L, at, "%d teams; a workshop has at most %u", n, SV_WORKSHOP_MAX_TEAMS);
        return;
    }
    w->teams = n ? sv_load_alloc(L, (size_t)n * sizeof *w->teams) : NULL;
    if (!w->teams) return;
    w->team_count = (uint32_t)n;
    size_t i = 0;
    for (const cJSON *it = teams->child; it; it = it->next, i++) {
        char item[SV_LOAD_PTR];
        sv_load_ptr_index(item, at, i);
        sv_workshop_read_team(L, it, item, &w->teams[i]);
        for (size_t j = 0; j < i && w->teams[i].id[0]; j++)
            if (strcmp(w->teams[j].id, w->teams[i].id) == 0) {
                char first[SV_LOAD_PTR];
                sv_load_ptr_index(first, at, j);
                sv_load_error(L, item,
                              "team id '%s' is already used by %s/id; each team needs "
                              "its own",
                              w->teams[i].id, first);
            }
    }
}

/* ---- options ------------------------------------------------------------------------------- */

/* "after-each", "end" or "every-N". */
static void read_scoreboard(sv_Loader *L, const cJSON *v, const char *ptr, sv_WorkshopOptions *o)
{
    const char *s;
    if (!sv_load_string(L, v, ptr, &s)) return;
    if (strcmp(s, "after-each") == 0) return;
    if (strcmp(s, "end") == 0) {
        o->scoreboard = SV_SCOREBOARD_END;
        return;
    }
    if (strncmp(s, "every-", 6) == 0 && strlen(s) <= 8 && digits(s + 6, (int)strlen(s + 6)) >= 2 &&
        digits(s + 6, (int)strlen(s + 6)) <= 50 && s[6] != '0') {
        o->scoreboard = SV_SCOREBOARD_EVERY;
        o->scoreboard_every = (uint32_t)digits(s + 6, (int)strlen(s + 6));
        return;
    }
    sv_load_error(L, ptr,
                  "unknown scoreboard '%.40s'; it is \"after-each\", \"end\" or \"every-N\" "
                  "(N from 2 to 50 decisions)",
                  s);
}

static void read_options(sv_Loader *L, const cJSON *root, sv_WorkshopOptions *o)
{
    static const char *const keys[] = {"scoreboard", "deadline_percent", "team_talk",
                                       "seating",    "pass_score",       NULL};
    static const char *const seatings[] = {"hot-seat", "multi-machine"};
    o->scoreboard = SV_SCOREBOARD_AFTER_EACH;
    o->scoreboard_every = 1;
    o->deadline_pct = 100;
    o->pass_score = SV_WORKSHOP_PASS_SCORE;
    const cJSON *opts = sv_load_get(root, "options");
    if (!opts || !sv_load_object(L, opts, "/options", "\"options\"")) return;
    sv_load_check_keys(L, opts, "/options", keys);
    const cJSON *v;
    int64_t n;
    int e;
    if ((v = sv_load_get(opts, "scoreboard"))) read_scoreboard(L, v, "/options/scoreboard", o);
    if ((v = sv_load_get(opts, "deadline_percent")) &&
        sv_load_whole(L, v, "/options/deadline_percent", 25, 400, &n))
        o->deadline_pct = (uint32_t)n;
    if ((v = sv_load_get(opts, "team_talk")))
        sv_load_bool(L, v, "/options/team_talk", &o->team_talk);
    if ((v = sv_load_get(opts, "seating")) &&
        sv_load_enum(L, v, "/options/seating", "seating", seatings, 2, &e))
        o->seating = (sv_Seating)e;
    if ((v = sv_load_get(opts, "pass_score")) &&
        sv_load_whole(L, v, "/options/pass_score", 0, 100, &n))
        o->pass_score = (int32_t)n;
}

/* ---- the file ------------------------------------------------------------------------------ */

static void read_pack(sv_Loader *L, const cJSON *root, sv_Workshop *w)
{
    static const char *const keys[] = {"id", "version", NULL};
    w->pack = w->pack_version = "";
    const cJSON *p = sv_load_required(L, root, "", "pack");
    if (!p || !sv_load_object(L, p, "/pack", "\"pack\"")) return;
    sv_load_check_keys(L, p, "/pack", keys);
    const cJSON *v;
    const char *s;
    if ((v = sv_load_required(L, p, "/pack", "id")) && sv_load_id_syntax(L, v, "/pack/id", "pack"))
        w->pack = copy(L, v->valuestring);
    if ((v = sv_load_required(L, p, "/pack", "version")) &&
        sv_load_visible(L, v, "/pack/version", SV_MAX_VERSION_BYTES, &s))
        w->pack_version = copy(L, s);
}

static void read_scenarios(sv_Loader *L, const cJSON *root, sv_Workshop *w)
{
    char at[SV_LOAD_PTR] = "";
    const cJSON *list = sv_load_list(L, root, "scenarios", true, at);
    if (!list) return;
    int n = cJSON_GetArraySize(list);
    if (n == 0) sv_load_error(L, at, "no scenarios; name at least one of the pack's");
    if (n > (int)SV_WORKSHOP_MAX_SCENARIOS) {
        sv_load_error(L, at, "%d scenarios; a workshop plays at most %u", n,
                      SV_WORKSHOP_MAX_SCENARIOS);
        return;
    }
    w->scenarios = n ? sv_load_alloc(L, (size_t)n * sizeof *w->scenarios) : NULL;
    if (!w->scenarios) return;
    w->scenario_count = (uint32_t)n;
    size_t i = 0;
    for (const cJSON *it = list->child; it; it = it->next, i++) {
        char item[SV_LOAD_PTR];
        sv_load_ptr_index(item, at, i);
        w->scenarios[i] = "";
        if (sv_load_id_syntax(L, it, item, "scenario")) w->scenarios[i] = copy(L, it->valuestring);
        for (size_t j = 0; j < i && w->scenarios[i][0]; j++)
            if (strcmp(w->scenarios[i], w->scenarios[j]) == 0)
                sv_load_error(L, item, "scenario '%s' is listed twice", w->scenarios[i]);
    }
}

static void read_root(sv_Loader *L, const cJSON *root, sv_Workshop *w)
{
    static const char *const keys[] = {"format", "$schema",   "id",   "name", "facilitator",
                                       "pack",   "scenarios", "seed", "lang", "date",
                                       "teams",  "options",   NULL};
    sv_load_check_keys(L, root, "", keys);
    sv_load_format_version(L, root, SV_WORKSHOP_FORMAT);
    sv_load_schema_key(L, root);
    const cJSON *v;
    const char *s;
    w->id = w->name = "";
    if ((v = sv_load_required(L, root, "", "id")) && sv_load_id_syntax(L, v, "/id", "workshop"))
        w->id = copy(L, v->valuestring);
    if ((v = sv_load_required(L, root, "", "name")) &&
        sv_load_visible(L, v, "/name", SV_MAX_NAME_BYTES, &s))
        w->name = copy(L, s);
    if ((v = sv_load_required(L, root, "", "facilitator")))
        sv_workshop_read_person(L, v, "/facilitator", "\"facilitator\"", &w->facilitator);
    else
        w->facilitator.name = w->facilitator.email = w->facilitator.account_home =
            w->facilitator.account_name = "";
    read_pack(L, root, w);
    read_scenarios(L, root, w);
    int64_t seed;
    /* a JSON number is a double: larger seeds would not survive the file */
    if ((v = sv_load_required(L, root, "", "seed")) &&
        sv_load_whole(L, v, "/seed", 0, 9007199254740991LL, &seed))
        w->seed = (uint64_t)seed;
    if ((v = sv_load_get(root, "lang"))) {
        int lang;
        if (sv_load_vocab(L, v, "/lang", "language", SV_VOCAB_LANG, &lang)) {
            w->has_lang = true;
            w->lang = (sv_Lang)lang;
        }
    }
    if ((v = sv_load_get(root, "date")) && sv_load_string(L, v, "/date", &s)) {
        if (sv_iso_parse(s, &w->date))
            w->has_date = true;
        else
            sv_load_error(L, "/date",
                          "'%.40s' is not a date and time like \"2026-12-04T09:00:00Z\" "
                          "(ISO 8601, in UTC with Z or with an offset like +01:00)",
                          s);
    }
    read_teams(L, root, w);
    read_options(L, root, &w->options);
}

typedef struct {
    sv_Workshop *w;
    const char *file, *bytes;
    size_t len;
} WorkshopRead;

/* The workshop and, kept with it, its file's name and text (a result names
 * the workshop it belongs to by them). */
static void workshop_root(sv_Loader *L, const cJSON *root, void *ctx)
{
    const WorkshopRead *r = ctx;
    read_root(L, root, r->w);
    r->w->file = sv_load_strdup(L, r->file);
    char *src = sv_load_alloc(L, r->len + 1);
    if (src) {
        memcpy(src, r->bytes, r->len);
        src[r->len] = '\0';
        r->w->source = src;
        r->w->source_len = r->len;
    }
}

sv_Status sv_workshop_parse(const char *file, const char *bytes, size_t len, sv_Workshop *out,
                            sv_DiagList *diags)
{
    memset(out, 0, sizeof *out);
    if (!(out->arena = sv_load_arena(file, 8192, "the workshop", diags))) return SV_ERR_NOMEM;
    WorkshopRead ctx = {out, file, bytes, len};
    size_t errors = sv_load_document(file, bytes, len, out->arena, "a workshop file", workshop_root,
                                     &ctx, diags);
    if (errors == 0) return SV_OK;
    sv_workshop_free(out);
    return SV_ERR_INVALID;
}

void sv_workshop_free(sv_Workshop *w)
{
    if (!w) return;
    sv_arena_free(w->arena);
    memset(w, 0, sizeof *w);
}

int32_t sv_workshop_find_team(const sv_Workshop *w, const char *id)
{
    for (uint32_t i = 0; id && i < w->team_count; i++)
        if (strcmp(w->teams[i].id, id) == 0) return (int32_t)i;
    return -1;
}

bool sv_workshop_check_pack(const sv_Workshop *w, const sv_Pack *pack, sv_DiagList *diags)
{
    sv_JsonFile jf;
    sv_json_file_init(&jf, w->file ? w->file : "workshop", w->source, w->source_len, 50, diags);
    if (strcmp(w->pack, pack->id) != 0)
        sv_json_file_report(&jf, SV_SEV_ERROR, "/pack/id",
                            "the workshop is for pack '%s', and the pack given is '%s'", w->pack,
                            pack->id);
    else if (strcmp(w->pack_version, pack->version) != 0)
        sv_json_file_report(&jf, SV_SEV_ERROR, "/pack/version",
                            "the workshop is for version %s of pack '%s', and the pack given is "
                            "version %s: every team must play the same version",
                            w->pack_version, w->pack, pack->version);
    for (uint32_t i = 0; i < w->scenario_count; i++) {
        if (sv_pack_find_scenario(pack, w->scenarios[i]) >= 0) continue;
        char at[64];
        snprintf(at, sizeof at, "/scenarios/%u", i);
        sv_json_file_report(&jf, SV_SEV_ERROR, at, "pack '%s' has no scenario '%s'", pack->id,
                            w->scenarios[i]);
    }
    if (w->has_lang && !sv_lang_in(pack->languages, w->lang))
        sv_json_file_report(&jf, SV_SEV_ERROR, "/lang", "pack '%s' has no language '%s'", pack->id,
                            sv_lang_code(w->lang));
    bool ok = jf.errors == 0;
    sv_json_file_free(&jf);
    return ok;
}
