/* The workshop's improvement plan (svara/workshop.h, scenarios/WORKSHOP.md):
 * the rows the report suggests, the facilitator's edited plan read and
 * written as improvement-plan.json (every problem located, saved
 * atomically), and whether a team's result belongs to a workshop file. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "load_common.h"
#include "svara/json.h"
#include "svara/native.h"
#include "svara/principles.h"
#include "workshop_internal.h"

/* ---- texts --------------------------------------------------------------------------------- */

void sv_plan_set_text(char *field, size_t size, const char *text)
{
    size_t n = 0;
    if (!size) return;
    for (const unsigned char *t = (const unsigned char *)(text ? text : ""); *t;) {
        size_t len = *t < 0x80 ? 1 : (*t >> 5) == 6 ? 2 : (*t >> 4) == 14 ? 3 : 4;
        size_t k = 1;
        while (k < len && t[k]) k++;
        if (k < len) break; /* cut short: not a character */
        if (n + len >= size) break;
        bool control = len == 1 && (*t < 0x20 || *t == 0x7F);
        if (control)
            field[n] = ' ';
        else
            memcpy(field + n, t, len);
        n += len;
        t += len;
    }
    field[n] = '\0';
}

void sv_plan_from_report(sv_Plan *plan, const sv_Report *rep, const sv_Principles *pr, sv_Lang lang)
{
    memset(plan, 0, sizeof *plan);
    if (rep->team_count)
        sv_plan_set_text(plan->workshop, sizeof plan->workshop, rep->teams[0]->workshop);
    for (int k = 0; k < SV_PRINCIPLE_COUNT && plan->row_count < SV_PLAN_MAX_ROWS; k++) {
        if (!sv_report_plan_row(rep, (sv_Principle)k)) continue;
        sv_PlanRow *row = &plan->rows[plan->row_count++];
        row->principle = k;
        sv_Sb issue = {0};
        sv_report_plan_issue(rep, (sv_Principle)k, &issue, 2);
        char *text = sv_sb_take(&issue, NULL);
        sv_plan_set_text(row->issue, sizeof row->issue, text);
        free(text);
        sv_plan_set_text(row->action, sizeof row->action,
                         pr && pr->arena ? sv_text_get(&pr->of[k].lesson, lang) : "");
    }
}

/* ---- reading ------------------------------------------------------------------------------- */

/* A string of at most size - 1 bytes on one line ("" allowed) into field. */
static void read_field(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key,
                       char *field, size_t size)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    const cJSON *v = sv_load_required(L, obj, ptr, key);
    const char *s;
    field[0] = '\0';
    if (!v || !sv_load_string(L, v, at, &s)) return;
    if (strlen(s) >= size)
        sv_load_error(L, at, "is %zu bytes long; the limit is %zu", strlen(s), size - 1);
    else if (!sv_load_one_line(s))
        sv_load_error(L, at, "holds a line break or a control character; write it on one line");
    else
        memcpy(field, s, strlen(s) + 1);
}

static void read_row(sv_Loader *L, const cJSON *obj, const char *ptr, sv_PlanRow *row)
{
    static const char *const keys[] = {"principle",   "issue", "corrective_action",
                                       "responsible", "due",   NULL};
    row->principle = -1;
    if (!sv_load_object(L, obj, ptr, "a row of the plan")) return;
    sv_load_check_keys(L, obj, ptr, keys);
    const cJSON *p = sv_load_get(obj, "principle");
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, "principle");
    const char *s;
    if (p && sv_load_string(L, p, at, &s) && s[0]) {
        sv_Principle k;
        if (sv_principle_parse(s, &k)) {
            row->principle = (int32_t)k;
        } else {
            const char *names[SV_PRINCIPLE_COUNT];
            for (int i = 0; i < SV_PRINCIPLE_COUNT; i++) names[i] = sv_principle_name(i);
            sv_load_unknown(L, at, "principle", s, names, SV_PRINCIPLE_COUNT);
        }
    }
    read_field(L, obj, ptr, "issue", row->issue, sizeof row->issue);
    read_field(L, obj, ptr, "corrective_action", row->action, sizeof row->action);
    read_field(L, obj, ptr, "responsible", row->responsible, sizeof row->responsible);
    read_field(L, obj, ptr, "due", row->due, sizeof row->due);
}

static void read_root(sv_Loader *L, const cJSON *root, const char *workshop, sv_Plan *plan)
{
    static const char *const keys[] = {"format", "$schema", "workshop", "rows", NULL};
    sv_load_check_keys(L, root, "", keys);
    sv_load_format_version(L, root, SV_PLAN_FORMAT);
    sv_load_schema_key(L, root);
    const cJSON *v = sv_load_required(L, root, "", "workshop");
    if (v && sv_load_id_syntax(L, v, "/workshop", "workshop")) {
        snprintf(plan->workshop, sizeof plan->workshop, "%s", v->valuestring);
        if (workshop && strcmp(workshop, v->valuestring) != 0)
            sv_load_error(L, "/workshop",
                          "this plan is of workshop '%s' and the results are of workshop '%s': "
                          "a plan of another workshop is not used (nor written over)",
                          v->valuestring, workshop);
    }
    char at[SV_LOAD_PTR] = "";
    const cJSON *rows = sv_load_list(L, root, "rows", true, at);
    if (!rows) return;
    int n = cJSON_GetArraySize(rows);
    if (n > (int)SV_PLAN_MAX_ROWS) {
        sv_load_error(L, at, "%d rows; a plan has at most %u", n, SV_PLAN_MAX_ROWS);
        return;
    }
    size_t i = 0;
    for (const cJSON *it = rows->child; it; it = it->next, i++) {
        char item[SV_LOAD_PTR];
        sv_load_ptr_index(item, at, i);
        read_row(L, it, item, &plan->rows[i]);
    }
    plan->row_count = (uint32_t)n;
}

typedef struct {
    const char *workshop;
    sv_Plan *plan;
} PlanRead;

static void plan_root(sv_Loader *L, const cJSON *root, void *ctx)
{
    const PlanRead *r = ctx;
    read_root(L, root, r->workshop, r->plan);
}

sv_Status sv_plan_parse(const char *file, const char *bytes, size_t len, const char *workshop,
                        sv_Plan *out, sv_DiagList *diags)
{
    memset(out, 0, sizeof *out);
    sv_Arena *arena = sv_load_arena(file, 1024, "the plan", diags);
    if (!arena) return SV_ERR_NOMEM;
    PlanRead ctx = {workshop, out};
    size_t errors =
        sv_load_document(file, bytes, len, arena, "an improvement plan", plan_root, &ctx, diags);
    sv_arena_free(arena);
    if (errors == 0) return SV_OK;
    memset(out, 0, sizeof *out);
    return SV_ERR_INVALID;
}

sv_Status sv_plan_load_file(const char *path, const char *workshop, sv_Plan *out,
                            sv_DiagList *diags)
{
    memset(out, 0, sizeof *out);
    size_t len = 0;
    char *bytes = sv_native_read(path, SV_MAX_FILE_BYTES, &len, NULL, diags);
    if (!bytes) return SV_ERR_IO;
    sv_Status st = sv_plan_parse(path, bytes, len, workshop, out, diags);
    free(bytes);
    return st;
}

/* ---- writing ------------------------------------------------------------------------------- */

char *sv_plan_write(const sv_Plan *plan, size_t *len)
{
    cJSON *root = cJSON_CreateObject();
    bool ok = root && cJSON_AddNumberToObject(root, "format", SV_PLAN_FORMAT) &&
              cJSON_AddStringToObject(root, "workshop", plan->workshop);
    cJSON *rows = ok ? cJSON_AddArrayToObject(root, "rows") : NULL;
    ok = ok && rows;
    for (uint32_t i = 0; ok && i < plan->row_count && i < SV_PLAN_MAX_ROWS; i++) {
        const sv_PlanRow *r = &plan->rows[i];
        cJSON *o = cJSON_CreateObject();
        if (o && !cJSON_AddItemToArray(rows, o)) cJSON_Delete(o), o = NULL;
        ok = o != NULL;
        if (ok && r->principle >= 0 && r->principle < SV_PRINCIPLE_COUNT)
            ok = cJSON_AddStringToObject(o, "principle",
                                         sv_principle_name((sv_Principle)r->principle)) != NULL;
        ok = ok && cJSON_AddStringToObject(o, "issue", r->issue) &&
             cJSON_AddStringToObject(o, "corrective_action", r->action) &&
             cJSON_AddStringToObject(o, "responsible", r->responsible) &&
             cJSON_AddStringToObject(o, "due", r->due);
    }
    char *text = ok ? cJSON_Print(root) : NULL;
    cJSON_Delete(root);
    if (!text) return NULL;
    sv_Sb b = {0};
    sv_sb_put(&b, text);
    sv_sb_put(&b, "\n");
    cJSON_free(text);
    return sv_sb_take(&b, len);
}

sv_Status sv_plan_save_file(const char *path, const sv_Plan *plan, sv_DiagList *diags)
{
    size_t len = 0;
    char *text = sv_plan_write(plan, &len);
    if (!text) {
        sv_diag_add(diags, SV_SEV_ERROR, path, "", 0, 0, "out of memory writing the plan");
        return SV_ERR_NOMEM;
    }
    bool ok = sv_native_write_atomic(path, text, len, diags);
    free(text);
    return ok ? SV_OK : SV_ERR_IO;
}

/* ---- a result and its workshop ------------------------------------------------------------- */

bool sv_result_fits(const sv_Result *r, const char *file, const sv_Workshop *w, sv_DiagList *diags)
{
    const char *at = NULL;
    char is[160], want[160];
    if (strcmp(r->workshop, w->id) != 0) {
        at = "/workshop/id";
        snprintf(is, sizeof is, "workshop '%s'", r->workshop);
        snprintf(want, sizeof want, "workshop '%s'", w->id);
    } else if (strcmp(r->pack, w->pack) != 0 || strcmp(r->pack_version, w->pack_version) != 0) {
        at = "/pack/version";
        snprintf(is, sizeof is, "pack %s %s", r->pack, r->pack_version);
        snprintf(want, sizeof want, "pack %s %s", w->pack, w->pack_version);
    } else if (r->seed != w->seed) {
        at = "/seed";
        snprintf(is, sizeof is, "seed %" PRIu64, r->seed);
        snprintf(want, sizeof want, "seed %" PRIu64, w->seed);
    } else if (sv_workshop_find_team(w, r->team.id) < 0) {
        sv_diag_add(diags, SV_SEV_ERROR, file, "/team/id", 0, 0,
                    "this result is of team '%s', which the workshop %s does not have: it is "
                    "left out",
                    r->team.id, w->file ? w->file : w->id);
        return false;
    }
    if (!at) return true;
    sv_diag_add(diags, SV_SEV_ERROR, file, at, 0, 0,
                "this result is of %s and the workshop %s is of %s: it is left out", is,
                w->file ? w->file : w->id, want);
    return false;
}
