/* Conditions and effects: decoded into the scenario's flat arrays (sv_Cond with
 * its kids in one index array, sv_Effect lists as spans), every reference
 * resolved to an index. A bad part is reported and left out, and the rest of
 * the condition or list is still checked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load_common.h"

#define VAR_LIMIT 1000000000 /* whole-number values of variables, far from int32 overflow */

static const char *const cond_forms[] = {"flag",    "var",   "meter", "chose", "answered", "seen",
                                         "elapsed", "known", "not",   "all",   "any",      NULL};
static const char *const effect_verbs[] = {"set",      "clear", "var", "meter",  "post",
                                           "decision", "event", "end", "reveal", NULL};

/* ---- the flat arrays --------------------------------------------------------- */

static bool grow(sv_Loader *L, void **items, uint32_t *cap, uint32_t count, size_t size)
{
    if (count < *cap) return true;
    uint32_t ncap = *cap ? *cap * 2 : 64;
    void *p = realloc(*items, (size_t)ncap * size);
    if (!p) {
        if (!L->nomem) sv_load_error(L, "", "out of memory while reading conditions and effects");
        L->nomem = true;
        return false;
    }
    *items = p;
    *cap = ncap;
    return true;
}

static int32_t push_cond(sv_Loader *L, sv_Cond c)
{
    if (!grow(L, (void **)&L->conds, &L->cond_cap, L->cond_count, sizeof c)) return -1;
    L->conds[L->cond_count] = c;
    return (int32_t)L->cond_count++;
}

static bool push_kid(sv_Loader *L, uint32_t kid)
{
    if (!grow(L, (void **)&L->kids, &L->kid_cap, L->kid_count, sizeof kid)) return false;
    L->kids[L->kid_count++] = kid;
    return true;
}

static bool push_effect(sv_Loader *L, sv_Effect e)
{
    if (!grow(L, (void **)&L->effects, &L->effect_cap, L->effect_count, sizeof e)) return false;
    L->effects[L->effect_count++] = e;
    return true;
}

/* ---- conditions ---------------------------------------------------------- */

static int32_t cond_at(sv_Loader *L, const cJSON *item, const char *ptr, unsigned depth);

static bool read_op(sv_Loader *L, const cJSON *obj, const char *ptr, sv_Cond *c)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, "op");
    const cJSON *op = sv_load_required(L, obj, ptr, "op");
    if (!op) return false;
    sv_CmpOp parsed;
    if (cJSON_IsString(op) && sv_op_parse(op->valuestring, &parsed)) {
        c->op = (uint8_t)parsed;
        return true;
    }
    /* no "did you mean": every op is one typo away from another */
    if (cJSON_IsString(op))
        sv_load_error(L, at, "unknown op '%.16s'; use one of <, <=, ==, !=, >=, >",
                      op->valuestring);
    else
        sv_load_error(L, at, "op must be a string, one of <, <=, ==, !=, >=, >; not %s",
                      sv_load_type_name(op));
    return false;
}

static bool read_compare(sv_Loader *L, const cJSON *obj, const char *ptr, sv_Cond *c, bool is_var)
{
    static const char *const keys_var[] = {"var", "op", "value", NULL};
    static const char *const keys_meter[] = {"meter", "op", "value", NULL};
    char at[SV_LOAD_PTR];
    bool ok = true;
    sv_load_check_keys(L, obj, ptr, is_var ? keys_var : keys_meter);
    sv_load_ptr_key(at, ptr, is_var ? "var" : "meter");
    if (is_var) {
        c->ref = sv_load_ref(L, sv_load_get(obj, "var"), at, SV_ID_VAR);
        ok = c->ref >= 0;
    } else {
        int m = 0;
        ok = sv_load_vocab(L, sv_load_get(obj, "meter"), at, "meter", SV_VOCAB_METER, &m);
        c->ref = m;
    }
    ok = read_op(L, obj, ptr, c) && ok;
    const cJSON *value = sv_load_required(L, obj, ptr, "value");
    if (!value) return false;
    sv_load_ptr_key(at, ptr, "value");
    int64_t whole = 0;
    int32_t tenths = 0;
    if (is_var || c->ref == SV_METER_REACH) {
        if (!sv_load_whole(L, value, at, is_var ? -VAR_LIMIT : 0, VAR_LIMIT, &whole)) return false;
        c->value = (int32_t)whole;
    } else {
        if (!sv_load_percent(L, value, at, 0, 100, &tenths)) return false;
        c->value = tenths;
    }
    return ok;
}

static int32_t cond_list(sv_Loader *L, const cJSON *list, const char *ptr, sv_CondKind kind,
                         unsigned depth)
{
    if (!sv_load_array(L, list, ptr, kind == SV_COND_ALL ? "'all'" : "'any'")) return -1;
    int n = cJSON_GetArraySize(list), i = 0;
    uint32_t *kids = malloc((size_t)(n > 0 ? n : 1) * sizeof *kids);
    if (!kids) {
        if (!L->nomem) sv_load_error(L, ptr, "out of memory while reading a condition");
        L->nomem = true;
        return -1;
    }
    bool ok = true;
    for (const cJSON *it = list->child; it; it = it->next, i++) {
        char at[SV_LOAD_PTR];
        sv_load_ptr_index(at, ptr, (size_t)i);
        int32_t k = cond_at(L, it, at, depth + 1);
        if (k < 0)
            ok = false;
        else
            kids[i] = (uint32_t)k;
    }
    sv_Cond c = {.kind = (uint8_t)kind, .kids_start = L->kid_count, .kids_count = (uint32_t)i};
    for (int k = 0; ok && k < i; k++) ok = push_kid(L, kids[k]);
    free(kids);
    return ok ? push_cond(L, c) : -1;
}

static int32_t cond_form(sv_Loader *L, const cJSON *obj, const char *ptr, const char *form,
                         unsigned depth)
{
    static const sv_IdKind ref_kinds[] = {SV_ID_FLAG, SV_ID_OPTION, SV_ID_DECISION, SV_ID_POST,
                                          SV_ID_FACT};
    static const sv_CondKind ref_conds[] = {SV_COND_FLAG, SV_COND_CHOSE, SV_COND_ANSWERED,
                                            SV_COND_SEEN, SV_COND_KNOWN};
    static const char *const ref_forms[] = {"flag", "chose", "answered", "seen", "known"};
    const char *const only[] = {form, NULL};
    const cJSON *arg = sv_load_get(obj, form);
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, form);
    sv_Cond c = {0};
    if (strcmp(form, "var") == 0 || strcmp(form, "meter") == 0) {
        c.kind = form[0] == 'v' ? SV_COND_VAR : SV_COND_METER;
        return read_compare(L, obj, ptr, &c, form[0] == 'v') ? push_cond(L, c) : -1;
    }
    sv_load_check_keys(L, obj, ptr, only);
    for (int i = 0; i < 5; i++)
        if (strcmp(form, ref_forms[i]) == 0) {
            c.kind = (uint8_t)ref_conds[i];
            c.ref = sv_load_ref(L, arg, at, ref_kinds[i]);
            return c.ref >= 0 ? push_cond(L, c) : -1;
        }
    if (strcmp(form, "elapsed") == 0) {
        uint32_t ms;
        if (!sv_load_seconds(L, arg, at, &ms)) return -1;
        c.kind = SV_COND_TIME;
        c.op = SV_OP_GE;
        c.value = (int32_t)ms;
        return push_cond(L, c);
    }
    if (strcmp(form, "not") == 0) {
        int32_t kid = cond_at(L, arg, at, depth + 1);
        if (kid < 0) return -1;
        c.kind = SV_COND_NOT;
        c.kids_start = L->kid_count;
        c.kids_count = 1;
        return push_kid(L, (uint32_t)kid) ? push_cond(L, c) : -1;
    }
    return cond_list(L, arg, at, form[1] == 'l' ? SV_COND_ALL : SV_COND_ANY, depth);
}

/* Reports the first key of obj (notes aside) that is none of `forms`, with a
 * suggestion when one is close. False when obj has no such key. */
static bool report_unknown(sv_Loader *L, const cJSON *obj, const char *ptr, const char *what,
                           const char *const *forms, size_t count)
{
    for (const cJSON *it = obj->child; it; it = it->next) {
        const char *key = it->string ? it->string : "";
        if (key[0] == '_') continue;
        const char *near = sv_load_suggest(key, forms, count);
        char at[SV_LOAD_PTR], list[160] = "";
        sv_load_ptr_key(at, ptr, key);
        if (near) {
            sv_load_error(L, at, "unknown %s '%.64s' (did you mean '%s'?)", what, key, near);
            return true;
        }
        for (size_t i = 0; i < count && forms[i]; i++)
            snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "",
                     forms[i]);
        sv_load_error(L, at, "unknown %s '%.64s'; %s %s is one of %s", what, key,
                      what[0] == 'e' ? "an" : "a", what, list);
        return true;
    }
    return false;
}

/* The one form key of a condition object; reports none or several. */
static const char *which_form(sv_Loader *L, const cJSON *obj, const char *ptr)
{
    const char *found = NULL;
    for (size_t i = 0; cond_forms[i]; i++) {
        if (!sv_load_get(obj, cond_forms[i])) continue;
        if (found) {
            sv_load_error(L, ptr,
                          "a condition has one form; this one has both '%s' and '%s' (combine "
                          "conditions with \"all\" or \"any\")",
                          found, cond_forms[i]);
            return NULL;
        }
        found = cond_forms[i];
    }
    if (found) return found;
    if (report_unknown(L, obj, ptr, "condition", cond_forms, 11)) return NULL;
    sv_load_error(L, ptr,
                  "empty condition; write true, or one of flag, var, meter, chose, answered, "
                  "seen, elapsed, known, not, all, any");
    return NULL;
}

static int32_t cond_at(sv_Loader *L, const cJSON *item, const char *ptr, unsigned depth)
{
    if (depth > SV_MAX_COND_DEPTH) {
        sv_load_error(L, ptr, "the condition nests deeper than %u levels", SV_MAX_COND_DEPTH);
        return -1;
    }
    if (cJSON_IsBool(item)) {
        /* false is an "any" of nothing, which never holds */
        sv_Cond c = {.kind = (uint8_t)(cJSON_IsTrue(item) ? SV_COND_TRUE : SV_COND_ANY),
                     .kids_start = L->kid_count};
        return push_cond(L, c);
    }
    if (!cJSON_IsObject(item)) {
        sv_load_error(L, ptr,
                      "a condition must be true, false or an object such as {\"flag\": "
                      "\"refund-promised\"}, not %s",
                      sv_load_type_name(item));
        return -1;
    }
    const char *form = which_form(L, item, ptr);
    return form ? cond_form(L, item, ptr, form, depth) : -1;
}

int32_t sv_load_cond(sv_Loader *L, const cJSON *item, const char *ptr)
{
    if (!item) return -1;
    return cond_at(L, item, ptr, 1);
}

/* ---- effects --------------------------------------------------------------- */

static bool effect_var(sv_Loader *L, const cJSON *obj, const char *ptr, sv_Effect *e)
{
    static const char *const keys[] = {"var", "add", "set", NULL};
    char at[SV_LOAD_PTR];
    sv_load_check_keys(L, obj, ptr, keys);
    sv_load_ptr_key(at, ptr, "var");
    e->ref = sv_load_ref(L, sv_load_get(obj, "var"), at, SV_ID_VAR);
    const cJSON *add = sv_load_get(obj, "add"), *set = sv_load_get(obj, "set");
    if ((add != NULL) == (set != NULL)) {
        sv_load_error(L, ptr, "a variable effect has either \"add\" or \"set\"%s",
                      add ? ", not both" : "");
        return false;
    }
    e->kind = add ? SV_EFFECT_VAR_ADD : SV_EFFECT_VAR_SET;
    sv_load_ptr_key(at, ptr, add ? "add" : "set");
    int64_t v;
    if (!sv_load_whole(L, add ? add : set, at, -VAR_LIMIT, VAR_LIMIT, &v)) return false;
    e->value = (int32_t)v;
    return e->ref >= 0;
}

static bool effect_meter(sv_Loader *L, const cJSON *obj, const char *ptr, sv_Effect *e)
{
    static const char *const keys[] = {"meter", "add", NULL};
    char at[SV_LOAD_PTR];
    int m = 0;
    sv_load_check_keys(L, obj, ptr, keys);
    sv_load_ptr_key(at, ptr, "meter");
    bool ok = sv_load_vocab(L, sv_load_get(obj, "meter"), at, "meter", SV_VOCAB_METER, &m);
    e->kind = SV_EFFECT_METER_ADD;
    e->ref = m;
    const cJSON *add = sv_load_required(L, obj, ptr, "add");
    if (!add || !ok) return false;
    sv_load_ptr_key(at, ptr, "add");
    if (m == SV_METER_REACH) {
        int64_t v;
        if (!sv_load_whole(L, add, at, -VAR_LIMIT, VAR_LIMIT, &v)) return false;
        e->value = (int32_t)v;
        return true;
    }
    return sv_load_percent(L, add, at, -100, 100, &e->value);
}

static bool effect_schedule(sv_Loader *L, const cJSON *obj, const char *ptr, const char *verb,
                            sv_Effect *e)
{
    static const char *const verbs[] = {"post", "decision", "event", "end", "reveal"};
    static const sv_IdKind kinds[] = {SV_ID_POST, SV_ID_DECISION, SV_ID_EVENT, SV_ID_ENDING,
                                      SV_ID_FACT};
    static const sv_EffectKind effects[] = {SV_EFFECT_POST, SV_EFFECT_DECISION, SV_EFFECT_EVENT,
                                            SV_EFFECT_END, SV_EFFECT_REVEAL};
    const char *const keys[] = {verb, "after", NULL};
    char at[SV_LOAD_PTR];
    int v = 0;
    while (strcmp(verbs[v], verb) != 0) v++;
    sv_load_check_keys(L, obj, ptr, keys);
    sv_load_ptr_key(at, ptr, verb);
    e->kind = (uint8_t)effects[v];
    e->ref = sv_load_ref(L, sv_load_get(obj, verb), at, kinds[v]);
    const cJSON *after = sv_load_get(obj, "after");
    sv_load_ptr_key(at, ptr, "after");
    if (after && !sv_load_seconds(L, after, at, &e->after_ms)) return false;
    return e->ref >= 0;
}

static bool effect_flag(sv_Loader *L, const cJSON *obj, const char *ptr, const char *verb,
                        sv_Effect *e)
{
    const char *const keys[] = {verb, NULL};
    char at[SV_LOAD_PTR];
    sv_load_check_keys(L, obj, ptr, keys);
    sv_load_ptr_key(at, ptr, verb);
    e->kind = verb[0] == 's' ? SV_EFFECT_SET_FLAG : SV_EFFECT_CLEAR_FLAG;
    e->ref = sv_load_ref(L, sv_load_get(obj, verb), at, SV_ID_FLAG);
    return e->ref >= 0;
}

/* The verb of an effect object: var/meter/post/... first, since "set" is also
 * a key of a variable effect. */
static const char *effect_verb(sv_Loader *L, const cJSON *obj, const char *ptr)
{
    const char *found = NULL;
    for (size_t i = 2; effect_verbs[i]; i++) {
        if (!sv_load_get(obj, effect_verbs[i])) continue;
        if (found) {
            sv_load_error(L, ptr, "an effect does one thing; this one has both '%s' and '%s'",
                          found, effect_verbs[i]);
            return NULL;
        }
        found = effect_verbs[i];
    }
    if (found) return found;
    bool set = sv_load_get(obj, "set") != NULL, clear = sv_load_get(obj, "clear") != NULL;
    if (set && clear) {
        sv_load_error(L, ptr, "an effect does one thing; this one has both 'set' and 'clear'");
        return NULL;
    }
    if (set || clear) return set ? "set" : "clear";
    if (report_unknown(L, obj, ptr, "effect", effect_verbs, 9)) return NULL;
    sv_load_error(L, ptr,
                  "empty effect; an effect is one of set, clear, var, meter, post, decision, "
                  "event, end, reveal");
    return NULL;
}

static bool effect_at(sv_Loader *L, const cJSON *item, const char *ptr)
{
    if (!cJSON_IsObject(item)) {
        sv_load_error(L, ptr,
                      "an effect must be an object such as {\"set\": \"refund-promised\"}, not %s",
                      sv_load_type_name(item));
        return false;
    }
    const char *verb = effect_verb(L, item, ptr);
    if (!verb) return false;
    sv_Effect e = {0};
    bool ok;
    if (strcmp(verb, "var") == 0)
        ok = effect_var(L, item, ptr, &e);
    else if (strcmp(verb, "meter") == 0)
        ok = effect_meter(L, item, ptr, &e);
    else if (strcmp(verb, "set") == 0 || strcmp(verb, "clear") == 0)
        ok = effect_flag(L, item, ptr, verb, &e);
    else
        ok = effect_schedule(L, item, ptr, verb, &e);
    return ok && push_effect(L, e);
}

sv_Span sv_load_effects(sv_Loader *L, const cJSON *item, const char *ptr)
{
    sv_Span span = {L->effect_count, 0};
    if (!item) return span;
    if (!sv_load_array(L, item, ptr, "an effect list")) return span;
    int n = cJSON_GetArraySize(item);
    if (n > (int)SV_MAX_EFFECTS)
        sv_load_error(L, ptr, "%d effects in one list; the limit is %u", n, SV_MAX_EFFECTS);
    size_t i = 0;
    for (const cJSON *it = item->child; it; it = it->next, i++) {
        char at[SV_LOAD_PTR];
        sv_load_ptr_index(at, ptr, i);
        (void)effect_at(L, it, at);
    }
    span.count = L->effect_count - span.start;
    return span;
}
