/* The workshop report (svara/workshop.h): result files merged into one
 * workshop after checking they belong together, each principle rated P, S,
 * M or U per team from the rules that fired, the decisions where teams
 * differed most, the improvement plan, and the CSV and JSON exports. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "core_util.h"
#include "svara/json.h"
#include "svara/principles.h"
#include "workshop_internal.h"

/* ---- ratings ------------------------------------------------------------------------------- */

sv_Rating sv_rating_of(uint32_t followed, uint32_t broken)
{
    if (followed == 0 && broken == 0) return SV_RATING_NONE;
    if (broken == 0) return SV_RATING_P;
    if (followed == 0) return SV_RATING_U;
    /* broken at most a third of the times the principle came up: some challenges */
    return (uint64_t)broken * 3 <= (uint64_t)followed + broken ? SV_RATING_S : SV_RATING_M;
}

const char *sv_rating_name(sv_Rating r)
{
    static const char *const names[] = {"-", "P", "S", "M", "U"};
    return (unsigned)r < 5 ? names[r] : "-";
}

static void count_rules(sv_ReportCell *cells, const sv_ResultRule *rules, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        if (!rules[i].sign) continue;
        for (int k = 0; k < SV_PRINCIPLE_COUNT; k++)
            if (rules[i].principles & (1u << k)) {
                if (rules[i].sign > 0)
                    cells[k].followed++;
                else
                    cells[k].broken++;
            }
    }
}

/* ---- merging ------------------------------------------------------------------------------- */

static bool same_workshop(const sv_Result *a, const char *fa, const sv_Result *b, const char *fb,
                          sv_DiagList *diags)
{
    const char *why = NULL, *at = "";
    char wa[160], wb[160];
    if (strcmp(a->workshop, b->workshop) != 0) {
        why = "workshop", at = "/workshop/id";
        snprintf(wa, sizeof wa, "%s", a->workshop);
        snprintf(wb, sizeof wb, "%s", b->workshop);
    } else if (strcmp(a->pack, b->pack) != 0 || strcmp(a->pack_version, b->pack_version) != 0) {
        why = "pack version", at = "/pack/version";
        snprintf(wa, sizeof wa, "%s %s", a->pack, a->pack_version);
        snprintf(wb, sizeof wb, "%s %s", b->pack, b->pack_version);
    } else if (a->seed != b->seed) {
        why = "seed", at = "/seed";
        snprintf(wa, sizeof wa, "%" PRIu64, a->seed);
        snprintf(wb, sizeof wb, "%" PRIu64, b->seed);
    }
    if (!why) return true;
    sv_diag_add(diags, SV_SEV_ERROR, fb, at, 0, 0,
                "this result is of %s %s and %s is of %s %s: results of another %s are not "
                "comparable, so they are not merged",
                why, wb, fa, why, wa, why);
    return false;
}

sv_Status sv_report_merge(sv_Report *rep, const sv_Result *const *results, const char *const *files,
                          size_t n, sv_DiagList *diags)
{
    memset(rep, 0, sizeof *rep);
    if (n == 0) return SV_ERR_INVALID;
    bool ok = true;
    for (size_t i = 1; i < n; i++)
        ok = same_workshop(results[0], files[0], results[i], files[i], diags) && ok;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < i; j++)
            if (strcmp(results[i]->team.id, results[j]->team.id) == 0) {
                sv_diag_add(diags, SV_SEV_ERROR, files[i], "/team/id", 0, 0,
                            "team '%s' has a result in %s already: give each team's result "
                            "once (the newer one, if it played again)",
                            results[i]->team.id, files[j]);
                ok = false;
            }
    if (!ok) return SV_ERR_INVALID;
    rep->cells = calloc(n, sizeof *rep->cells);
    if (!rep->cells) return SV_ERR_NOMEM;
    rep->teams = results;
    rep->files = files;
    rep->team_count = n;
    for (size_t t = 0; t < n; t++) {
        const sv_Result *r = results[t];
        for (uint32_t p = 0; p < r->play_count; p++) {
            const sv_ResultPlay *pl = &r->plays[p];
            for (uint32_t d = 0; d < pl->decision_count; d++)
                count_rules(rep->cells[t], pl->decisions[d].rules, pl->decisions[d].rule_count);
            count_rules(rep->cells[t], pl->standing, pl->standing_count);
        }
        for (int k = 0; k < SV_PRINCIPLE_COUNT; k++)
            rep->cells[t][k].rating =
                sv_rating_of(rep->cells[t][k].followed, rep->cells[t][k].broken);
    }
    return SV_OK;
}

void sv_report_free(sv_Report *rep)
{
    if (!rep) return;
    free(rep->cells);
    memset(rep, 0, sizeof *rep);
}

/* ---- where the teams differed -------------------------------------------------------------- */

static int spread_order(const void *a, const void *b)
{
    const sv_ReportSpread *x = a, *y = b;
    if (x->distinct != y->distinct) return x->distinct > y->distinct ? -1 : 1;
    if (x->spread != y->spread) return x->spread > y->spread ? -1 : 1;
    int c = strcmp(x->scenario, y->scenario);
    return c ? c : strcmp(x->decision, y->decision);
}

static bool seen_spread(const sv_ReportSpread *s, size_t n, const char *sc, const char *d)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(s[i].scenario, sc) == 0 && strcmp(s[i].decision, d) == 0) return true;
    return false;
}

/* The decision `d` of scenario `sc` in team t's result, NULL when it never met it. */
static const sv_ResultDecision *find_decision(const sv_Result *r, const char *sc, const char *d)
{
    const sv_ResultPlay *p = sv_result_find_play(r, sc);
    for (uint32_t i = 0; p && i < p->decision_count; i++)
        if (strcmp(p->decisions[i].decision, d) == 0) return &p->decisions[i];
    return NULL;
}

static void measure(const sv_Report *rep, sv_ReportSpread *s)
{
    char keys[SV_WORKSHOP_MAX_TEAMS * 4][SV_MAX_ID_BYTES * SV_MAX_COMPOSE + 16];
    int64_t lo = 0, hi = 0;
    s->teams = s->distinct = 0;
    for (size_t t = 0; t < rep->team_count && t < SV_WORKSHOP_MAX_TEAMS * 4; t++) {
        const sv_ResultDecision *d = find_decision(rep->teams[t], s->scenario, s->decision);
        if (!d) continue;
        char key[sizeof keys[0]];
        sv_result_choice_key(d, key, sizeof key);
        bool known = false;
        for (uint32_t k = 0; k < s->distinct && !known; k++) known = strcmp(keys[k], key) == 0;
        if (!known) snprintf(keys[s->distinct++], sizeof keys[0], "%s", key);
        int64_t w = sv_result_decision_worth(d);
        if (!s->teams || w < lo) lo = w;
        if (!s->teams || w > hi) hi = w;
        s->teams++;
    }
    s->spread = hi - lo;
}

sv_ReportSpread *sv_report_spreads(const sv_Report *rep, size_t *count)
{
    size_t cap = 0, n = 0;
    for (size_t t = 0; t < rep->team_count; t++)
        for (uint32_t p = 0; p < rep->teams[t]->play_count; p++)
            cap += rep->teams[t]->plays[p].decision_count;
    sv_ReportSpread *out = malloc((cap ? cap : 1) * sizeof *out);
    if (!out) return NULL;
    for (size_t t = 0; t < rep->team_count; t++)
        for (uint32_t p = 0; p < rep->teams[t]->play_count; p++) {
            const sv_ResultPlay *pl = &rep->teams[t]->plays[p];
            for (uint32_t d = 0; d < pl->decision_count; d++) {
                if (seen_spread(out, n, pl->scenario, pl->decisions[d].decision)) continue;
                out[n].scenario = pl->scenario;
                out[n].decision = pl->decisions[d].decision;
                out[n].title = pl->title && pl->title[0] ? pl->title : pl->scenario;
                out[n].prompt = pl->decisions[d].prompt && pl->decisions[d].prompt[0]
                                    ? pl->decisions[d].prompt
                                    : pl->decisions[d].decision;
                measure(rep, &out[n]);
                n++;
            }
        }
    qsort(out, n, sizeof *out, spread_order);
    *count = n;
    return out;
}

/* ---- CSV ----------------------------------------------------------------------------------- */

/* One field, quoted when it must be (RFC 4180); a text starting with = + - @
 * gets a ' first, so a spreadsheet shows it instead of running it. */
static void csv_text(sv_Sb *b, const char *s, bool last)
{
    bool quote = strpbrk(s, ",\"\r\n") != NULL;
    if (quote) sv_sb_put(b, "\"");
    if (strchr("=+-@", s[0]) && s[0]) sv_sb_put(b, "'");
    for (const char *c = s; *c; c++) sv_sb_putn(b, *c == '"' ? "\"\"" : c, *c == '"' ? 2 : 1);
    if (quote) sv_sb_put(b, "\"");
    sv_sb_put(b, last ? "\r\n" : ",");
}

static void csv_number(sv_Sb *b, const char *s) { sv_sb_printf(b, "%s,", s); }

static void csv_principles(sv_Sb *b, const sv_ResultDecision *d, int sign)
{
    char list[SV_PRINCIPLE_COUNT * 32] = "";
    sv_PrincipleSet set = 0;
    for (uint32_t i = 0; i < d->rule_count; i++)
        if (d->rules[i].sign == sign) set |= d->rules[i].principles;
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++)
        if (set & (1u << k)) {
            if (list[0]) strcat(list, " ");
            strcat(list, sv_principle_name((sv_Principle)k));
        }
    csv_text(b, list, false);
}

static void csv_row(sv_Sb *b, const sv_Result *r, const sv_ResultPlay *p, uint32_t i)
{
    const sv_ResultDecision *d = &p->decisions[i];
    static const char *const states[] = {"answered", "timed-out", "lapsed"};
    char members[SV_WORKSHOP_MAX_MEMBERS * (SV_MAX_NAME_BYTES + 2)] = "", t[32];
    for (uint32_t m = 0; m < r->team.member_count; m++) {
        if (m) strcat(members, "; ");
        strncat(members, r->team.members[m].name, SV_MAX_NAME_BYTES);
    }
    csv_text(b, r->workshop, false);
    csv_text(b, r->team.id, false);
    csv_text(b, r->team.name, false);
    csv_text(b, members, false);
    csv_text(b, p->scenario, false);
    sv_sb_printf(b, "%u,", i + 1);
    csv_text(b, d->decision, false);
    csv_text(b, d->prompt, false);
    csv_text(b, states[d->state % 3], false);
    sv_seconds_text(d->open_ms, t, sizeof t), csv_number(b, t);
    sv_seconds_text(d->close_ms, t, sizeof t), csv_number(b, t);
    sv_seconds_text(d->taken_ms, t, sizeof t), csv_number(b, t);
    char key[SV_MAX_ID_BYTES * SV_MAX_COMPOSE + 16];
    sv_result_choice_key(d, key, sizeof key);
    csv_text(b, key, false);
    csv_text(b, d->reply, false);
    csv_text(b, d->option[0] || d->part_count ? sv_visibility_name(d->visibility) : "", false);
    csv_text(b, d->by_default ? "yes" : "no", false);
    for (int k = 0; k < SV_METER_COUNT; k++)
        sv_meter_text((sv_Meter)k, d->before[k], t, sizeof t), csv_number(b, t);
    for (int k = 0; k < SV_METER_COUNT; k++)
        sv_meter_text((sv_Meter)k, d->after[k], t, sizeof t), csv_number(b, t);
    csv_principles(b, d, 1);
    csv_principles(b, d, -1);
    sv_Sb rules = {0};
    for (uint32_t k = 0; k < d->rule_count; k++) {
        if (k) sv_sb_put(&rules, " ");
        sv_sb_put(&rules, d->rules[k].rule);
    }
    char *list = sv_sb_take(&rules, NULL);
    csv_text(b, list ? list : "", true);
    free(list);
}

char *sv_report_csv(const sv_Report *rep)
{
    sv_Sb b = {0};
    sv_sb_put(&b, "workshop,team,team_name,members,scenario,number,decision,prompt,state,opened_s,"
                  "closed_s,taken_s,choice,reply,visibility,by_default");
    for (int k = 0; k < SV_METER_COUNT; k++)
        sv_sb_printf(&b, ",%s_before", sv_meter_name((sv_Meter)k));
    for (int k = 0; k < SV_METER_COUNT; k++)
        sv_sb_printf(&b, ",%s_after", sv_meter_name((sv_Meter)k));
    sv_sb_put(&b, ",followed,broken,rules\r\n");
    for (size_t t = 0; t < rep->team_count; t++) {
        const sv_Result *r = rep->teams[t];
        for (uint32_t p = 0; p < r->play_count; p++)
            for (uint32_t i = 0; i < r->plays[p].decision_count; i++)
                csv_row(&b, r, &r->plays[p], i);
    }
    return sv_sb_take(&b, NULL);
}

/* ---- the improvement plan ------------------------------------------------------------------ */

sv_Lang sv_report_lang(const sv_Report *rep)
{
    for (size_t t = 0; t < rep->team_count; t++)
        if (rep->teams[t]->play_count) return rep->teams[t]->plays[0].lang;
    return SV_LANG_EN;
}

sv_Lang sv_report_workshop_lang(const sv_Report *rep)
{
    for (size_t t = 0; t < rep->team_count; t++)
        if (rep->teams[t]->has_lang) return rep->teams[t]->lang;
    return SV_LANG_EN;
}

bool sv_report_plan_row(const sv_Report *rep, sv_Principle k)
{
    for (size_t t = 0; t < rep->team_count; t++)
        if (rep->cells[t][k].rating >= SV_RATING_S) return true;
    return false;
}

void sv_report_plan_issue(const sv_Report *rep, sv_Principle k, sv_Sb *b, size_t most)
{
    size_t shown = 0;
    const char *seen[8];
    for (size_t t = 0; t < rep->team_count && shown < most && shown < 8; t++)
        for (uint32_t p = 0; p < rep->teams[t]->play_count && shown < most; p++) {
            const sv_ResultPlay *pl = &rep->teams[t]->plays[p];
            for (uint32_t d = 0; d <= pl->decision_count && shown < most; d++) {
                const sv_ResultRule *rules =
                    d < pl->decision_count ? pl->decisions[d].rules : pl->standing;
                uint32_t n =
                    d < pl->decision_count ? pl->decisions[d].rule_count : pl->standing_count;
                for (uint32_t i = 0; i < n && shown < most; i++) {
                    if (rules[i].sign >= 0 || !(rules[i].principles & (1u << k)) ||
                        !rules[i].explain[0])
                        continue;
                    bool dup = false;
                    for (size_t s = 0; s < shown && !dup; s++)
                        dup = strcmp(seen[s], rules[i].explain) == 0;
                    if (dup) continue;
                    seen[shown++] = rules[i].explain;
                    if (shown > 1) sv_sb_put(b, " ");
                    sv_sb_put(b, rules[i].explain);
                }
            }
        }
}

/* ---- JSON ---------------------------------------------------------------------------------- */

static bool add_cell(cJSON *teams, const char *team, const sv_ReportCell *c)
{
    cJSON *o = cJSON_AddObjectToObject(teams, team);
    return o && cJSON_AddStringToObject(o, "rating", sv_rating_name(c->rating)) &&
           cJSON_AddNumberToObject(o, "followed", c->followed) &&
           cJSON_AddNumberToObject(o, "broken", c->broken);
}

static const char *principle_text(const sv_Principles *pr, sv_Principle k, int which, sv_Lang lang)
{
    if (!pr) return which == 0 ? sv_principle_name(k) : "";
    const sv_PrincipleText *t = &pr->of[k];
    return sv_text_get(which == 0 ? &t->name : which == 1 ? &t->about : &t->lesson, lang);
}

static bool add_ratings(cJSON *root, const sv_Report *rep, const sv_Principles *pr)
{
    cJSON *arr = cJSON_AddArrayToObject(root, "ratings");
    bool ok = arr != NULL;
    sv_Lang lang = sv_report_lang(rep);
    for (int k = 0; ok && k < SV_PRINCIPLE_COUNT; k++) {
        cJSON *o = cJSON_CreateObject();
        ok = o && cJSON_AddItemToArray(arr, o) &&
             cJSON_AddStringToObject(o, "principle", sv_principle_name((sv_Principle)k)) &&
             cJSON_AddStringToObject(o, "name", principle_text(pr, (sv_Principle)k, 0, lang));
        cJSON *teams = ok ? cJSON_AddObjectToObject(o, "teams") : NULL;
        ok = ok && teams;
        for (size_t t = 0; ok && t < rep->team_count; t++)
            ok = add_cell(teams, rep->teams[t]->team.id, &rep->cells[t][k]);
    }
    return ok;
}

static bool add_plan_row(cJSON *arr, const sv_Report *rep, const sv_Principles *pr, sv_Lang lang,
                         const sv_PlanRow *row)
{
    cJSON *o = cJSON_CreateObject();
    if (o && !cJSON_AddItemToArray(arr, o)) cJSON_Delete(o), o = NULL;
    int32_t k = row->principle;
    bool has = k >= 0 && k < SV_PRINCIPLE_COUNT;
    bool ok = o != NULL;
    if (ok && has)
        ok = cJSON_AddStringToObject(o, "principle", sv_principle_name((sv_Principle)k)) &&
             cJSON_AddStringToObject(o, "name", principle_text(pr, (sv_Principle)k, 0, lang));
    ok = ok && cJSON_AddStringToObject(o, "issue", row->issue) &&
         cJSON_AddStringToObject(o, "corrective_action", row->action) &&
         cJSON_AddStringToObject(o, "responsible", row->responsible) &&
         cJSON_AddStringToObject(o, "due", row->due);
    cJSON *teams = ok ? cJSON_AddArrayToObject(o, "teams") : NULL;
    ok = ok && teams;
    for (size_t t = 0; ok && has && t < rep->team_count; t++)
        if (rep->cells[t][k].rating >= SV_RATING_S) {
            cJSON *s = cJSON_CreateString(rep->teams[t]->team.id);
            ok = s && cJSON_AddItemToArray(teams, s);
        }
    return ok;
}

/* The facilitator's plan when the report has one, else the one the ratings suggest. */
static bool add_plan(cJSON *root, const sv_Report *rep, const sv_Principles *pr)
{
    cJSON *arr = cJSON_AddArrayToObject(root, "improvement_plan");
    sv_Lang lang = sv_report_lang(rep);
    sv_Plan *made = rep->plan ? NULL : malloc(sizeof *made);
    const sv_Plan *p = rep->plan ? rep->plan : made;
    bool ok = arr && p;
    if (ok && made) sv_plan_from_report(made, rep, pr, lang);
    for (uint32_t i = 0; ok && i < p->row_count && i < SV_PLAN_MAX_ROWS; i++)
        ok = add_plan_row(arr, rep, pr, lang, &p->rows[i]);
    free(made);
    return ok;
}

static bool add_spreads(cJSON *root, const sv_Report *rep)
{
    size_t n = 0;
    sv_ReportSpread *s = sv_report_spreads(rep, &n);
    cJSON *arr = s ? cJSON_AddArrayToObject(root, "differences") : NULL;
    bool ok = arr != NULL;
    for (size_t i = 0; ok && i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        char worth[32];
        sv_meter_text(SV_METER_REPUTATION, (int32_t)sv_clamp_i64(s[i].spread, 0, INT32_MAX), worth,
                      sizeof worth);
        ok = o && cJSON_AddItemToArray(arr, o) &&
             cJSON_AddStringToObject(o, "scenario", s[i].scenario) &&
             cJSON_AddStringToObject(o, "title", s[i].title) &&
             cJSON_AddStringToObject(o, "decision", s[i].decision) &&
             cJSON_AddStringToObject(o, "prompt", s[i].prompt) &&
             cJSON_AddNumberToObject(o, "answers", s[i].distinct) &&
             cJSON_AddNumberToObject(o, "teams", s[i].teams) &&
             cJSON_AddRawToObject(o, "spread", worth);
    }
    free(s);
    return ok;
}

char *sv_report_json(const sv_Report *rep, const sv_Principles *pr)
{
    if (!rep->team_count) return NULL;
    const sv_Result *first = rep->teams[0];
    cJSON *root = cJSON_CreateObject();
    bool ok = root && cJSON_AddNumberToObject(root, "format", SV_WORKSHOP_FORMAT);
    cJSON *w = ok ? cJSON_AddObjectToObject(root, "workshop") : NULL;
    ok = ok && w && cJSON_AddStringToObject(w, "id", first->workshop) &&
         cJSON_AddStringToObject(w, "name", first->workshop_name) &&
         cJSON_AddStringToObject(w, "facilitator", first->facilitator.name);
    cJSON *teams = ok ? cJSON_AddArrayToObject(root, "teams") : NULL;
    ok = ok && teams;
    for (size_t t = 0; ok && t < rep->team_count; t++) {
        /* each team's result as its file says it, with the file it came from */
        char *text = sv_result_write(rep->teams[t], NULL);
        cJSON *o = text ? cJSON_Parse(text) : NULL;
        free(text);
        ok = o && cJSON_AddItemToArray(teams, o) &&
             cJSON_AddStringToObject(o, "file", rep->files[t] ? rep->files[t] : "");
        if (!ok) cJSON_Delete(o);
    }
    ok = ok && add_ratings(root, rep, pr) && add_spreads(root, rep) && add_plan(root, rep, pr);
    if (!ok) {
        cJSON_Delete(root);
        return NULL;
    }
    return sv_json_take_text(root, NULL);
}
