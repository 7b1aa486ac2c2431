/* The id namespace of one scenario: id syntax, declarations (one namespace for
 * every kind, so a duplicate is an error whatever kinds collide), and
 * references that must name an id of one kind. A hash keeps big scenarios
 * linear; the declaration order is kept for listings in messages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonscan.h"
#include "load_common.h"

static const char *const kind_names[SV_ID_KIND_COUNT] = {
    "channel", "persona", "segment", "flag",   "variable", "post",          "decision",
    "option",  "part",    "event",   "ending", "fact",     "history reply", "inject",
};

const char *sv_id_kind_name(sv_IdKind kind)
{
    return (unsigned)kind < SV_ID_KIND_COUNT ? kind_names[kind] : "id";
}

static bool id_char(char c, bool first)
{
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
    return !first && (c == '_' || c == '-');
}

bool sv_id_ok(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > SV_MAX_ID_BYTES) return false;
    for (size_t i = 0; i < n; i++)
        if (!id_char(s[i], i == 0)) return false;
    return true;
}

bool sv_load_id_text(sv_Loader *L, const char *s, const char *ptr, const char *what)
{
    size_t n = strlen(s);
    if (n == 0) {
        sv_load_error(L, ptr, "%s id is empty; ids look like 'late-parcel'", what);
        return false;
    }
    if (n > SV_MAX_ID_BYTES) {
        sv_load_error(L, ptr, "%s id is %zu bytes long; the limit is %u", what, n, SV_MAX_ID_BYTES);
        return false;
    }
    for (size_t i = 0; i < n; i++)
        if (!id_char(s[i], i == 0)) {
            sv_load_error(L, ptr,
                          "%s id '%s' is not allowed: ids use a-z, 0-9, '-' and '_', and start "
                          "with a letter or digit",
                          what, s);
            return false;
        }
    return true;
}

bool sv_load_id_syntax(sv_Loader *L, const cJSON *item, const char *ptr, const char *what)
{
    if (!cJSON_IsString(item) || !item->valuestring) {
        sv_load_error(L, ptr, "%s id must be a string, not %s", what, sv_load_type_name(item));
        return false;
    }
    return sv_load_id_text(L, item->valuestring, ptr, what);
}

/* ---- the table ------------------------------------------------------------ */

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static bool rehash(sv_Loader *L, size_t cap)
{
    int32_t *slots = malloc(cap * sizeof *slots);
    if (!slots) return false;
    for (size_t i = 0; i < cap; i++) slots[i] = -1;
    for (size_t e = 0; e < L->id_count; e++) {
        size_t h = hash_str(L->ids[e].id) & (cap - 1);
        while (slots[h] >= 0) h = (h + 1) & (cap - 1);
        slots[h] = (int32_t)e;
    }
    free(L->slots);
    L->slots = slots;
    L->slot_cap = cap;
    return true;
}

const sv_IdEntry *sv_load_lookup(const sv_Loader *L, const char *id)
{
    if (!L->slot_cap || !id) return NULL;
    size_t h = hash_str(id) & (L->slot_cap - 1);
    while (L->slots[h] >= 0) {
        const sv_IdEntry *e = &L->ids[L->slots[h]];
        if (strcmp(e->id, id) == 0) return e;
        h = (h + 1) & (L->slot_cap - 1);
    }
    return NULL;
}

static bool add_entry(sv_Loader *L, const char *id, const char *ptr, sv_IdKind kind, int32_t index)
{
    if (L->id_count == L->id_cap) {
        size_t cap = L->id_cap ? L->id_cap * 2 : 64;
        sv_IdEntry *ids = realloc(L->ids, cap * sizeof *ids);
        if (!ids) return false;
        L->ids = ids;
        L->id_cap = cap;
    }
    if ((L->id_count + 1) * 2 > L->slot_cap && !rehash(L, L->slot_cap ? L->slot_cap * 2 : 128))
        return false;
    char *where = malloc(strlen(ptr) + 1);
    if (!where) return false;
    strcpy(where, ptr);
    sv_IdEntry *e = &L->ids[L->id_count];
    e->id = sv_load_strdup(L, id);
    e->where = where;
    e->index = index;
    e->kind = (uint8_t)kind;
    size_t h = hash_str(e->id) & (L->slot_cap - 1);
    while (L->slots[h] >= 0) h = (h + 1) & (L->slot_cap - 1);
    L->slots[h] = (int32_t)L->id_count++;
    return true;
}

/* `item` is the id string at `ptr`; a bad or duplicate id is reported here,
 * once, and the element simply has no id to refer to. */
void sv_load_declare(sv_Loader *L, const cJSON *item, const char *ptr, sv_IdKind kind,
                     int32_t index)
{
    const char *what = sv_id_kind_name(kind);
    if (!sv_load_id_syntax(L, item, ptr, what)) {
        L->rejected[kind]++;
        return;
    }
    const char *id = item->valuestring;
    const sv_IdEntry *old = sv_load_lookup(L, id);
    if (old) {
        int line = 0, col = 0;
        char where[64] = "";
        if (!sv_load_quiet(L)) (void)sv_json_file_locate(&L->jf, old->where, &line, &col);
        if (line) snprintf(where, sizeof where, ", line %d", line);
        sv_load_error(L, ptr,
                      "duplicate id '%s': the %s at %s%s already has it (ids are unique "
                      "across all kinds in a scenario)",
                      id, sv_id_kind_name((sv_IdKind)old->kind), old->where, where);
        L->rejected[kind]++;
        return;
    }
    if (!add_entry(L, id, ptr, kind, index) && !L->nomem) {
        L->nomem = true;
        sv_load_error(L, ptr, "out of memory while collecting ids");
    }
}

/* ---- references ---------------------------------------------------------- */

void sv_load_kind_list(const sv_Loader *L, sv_IdKind kind, char *out, size_t size)
{
    const char *names[9];
    size_t n = 0, total = 0;
    for (size_t i = 0; i < L->id_count; i++) {
        if (L->ids[i].kind != kind) continue;
        if (n < 8) names[n++] = L->ids[i].id;
        total++;
    }
    if (total == 0) {
        /* "has no posts" would mislead when the posts are there with bad ids */
        if (L->rejected[kind])
            snprintf(out, size, "no %s has a valid id", sv_id_kind_name(kind));
        else
            snprintf(out, size, "the scenario has no %ss", sv_id_kind_name(kind));
        return;
    }
    if (total > n) names[n++] = "...";
    char list[200];
    sv_load_join(list, sizeof list, names, n);
    snprintf(out, size, "%ss are: %s", sv_id_kind_name(kind), list);
}

static const char *suggest_of_kind(const sv_Loader *L, sv_IdKind kind, const char *word)
{
    const char *best = NULL;
    for (size_t i = 0; i < L->id_count && !best; i++) {
        if (L->ids[i].kind != kind) continue;
        const char *one[2] = {L->ids[i].id, NULL};
        best = sv_load_suggest(word, one, 1);
    }
    return best;
}

int32_t sv_load_ref(sv_Loader *L, const cJSON *item, const char *ptr, sv_IdKind kind)
{
    const char *what = sv_id_kind_name(kind);
    if (!cJSON_IsString(item) || !item->valuestring) {
        sv_load_error(L, ptr, "must be the id of a %s (a string), not %s", what,
                      sv_load_type_name(item));
        return -1;
    }
    const char *id = item->valuestring;
    const sv_IdEntry *e = sv_load_lookup(L, id);
    if (e && e->kind == kind) return e->index;
    if (sv_load_quiet(L)) { /* counted, not shown: skip the suggestions */
        sv_load_error(L, ptr, "unknown %s", what);
        return -1;
    }
    char list[240];
    sv_load_kind_list(L, kind, list, sizeof list);
    if (e) {
        sv_load_error(L, ptr, "'%s' is a %s, not a %s (%s)", id,
                      sv_id_kind_name((sv_IdKind)e->kind), what, list);
        return -1;
    }
    const char *near = suggest_of_kind(L, kind, id);
    if (near)
        sv_load_error(L, ptr, "unknown %s '%.64s' (did you mean '%s'?)", what, id, near);
    else
        sv_load_error(L, ptr, "unknown %s '%.64s' (%s)", what, id, list);
    return -1;
}

void sv_load_declare_list(sv_Loader *L, const cJSON *list, const char *ptr, sv_IdKind kind,
                          int32_t first)
{
    size_t i = 0;
    if (!cJSON_IsArray(list)) return;
    for (const cJSON *it = list->child; it; it = it->next, i++) {
        char at[SV_LOAD_PTR], id_at[SV_LOAD_PTR];
        sv_load_ptr_index(at, ptr, i);
        sv_load_ptr_key(id_at, at, "id");
        if (kind == SV_ID_FLAG)
            sv_load_declare(L, it, at, kind, first + (int32_t)i);
        else if (cJSON_IsObject(it) && sv_load_required(L, it, at, "id"))
            sv_load_declare(L, sv_load_get(it, "id"), id_at, kind, first + (int32_t)i);
        else
            L->rejected[kind]++;
    }
}

const char *sv_load_id_of(const sv_Loader *L, const cJSON *obj)
{
    const cJSON *id = sv_load_get(obj, "id");
    const sv_IdEntry *e = cJSON_IsString(id) ? sv_load_lookup(L, id->valuestring) : NULL;
    return e ? e->id : "";
}
