/* A scenario file into an sv_Scenario: ids first (so references may point
 * forward), then the head (brand, duration, meters), the cast (channels,
 * personas, the audience in load_audience.c, flags, variables), the story
 * (load_story.c) and the endings. Every error is reported and the bad element
 * skipped; the flat arrays are copied into the arena at the end and the cJSON
 * tree dropped. */
#include <stdio.h>
#include <string.h>

#include "core_util.h"
#include "jsonscan.h"
#include "load_common.h"

#define VAR_DEFAULT 1000000
#define VAR_LIMIT 1000000000

/* ---- ids ----------------------------------------------------------------- */

static void declare_ids(sv_Loader *L, const cJSON *root)
{
    static const char *const keys[] = {"channels", "personas", "flags", "variables"};
    static const sv_IdKind kinds[] = {SV_ID_CHANNEL, SV_ID_PERSONA, SV_ID_FLAG, SV_ID_VAR};
    for (int k = 0; k < 4; k++) {
        char ptr[SV_LOAD_PTR];
        sv_load_ptr_key(ptr, "", keys[k]);
        sv_load_declare_list(L, sv_load_get(root, keys[k]), ptr, kinds[k], 0);
    }
    sv_load_declare_list(L, sv_load_get(sv_load_get(root, "audience"), "segments"),
                         "/audience/segments", SV_ID_SEGMENT, 0);
    sv_load_declare_story(L, root);
    sv_load_declare_list(L, sv_load_get(root, "endings"), "/endings", SV_ID_ENDING, 0);
    sv_load_declare_list(L, sv_load_get(root, "injects"), "/injects", SV_ID_INJECT, 0);
    sv_load_declare_facts(L, root);
}

/* ---- the head ------------------------------------------------------------------ */

static bool handle_ok(sv_Loader *L, const cJSON *item, const char *ptr, const char **out)
{
    if (!sv_load_visible(L, item, ptr, SV_MAX_NAME_BYTES, out)) return false;
    if ((*out)[0] == '@' && (*out)[1] && !strchr(*out, ' ')) return true;
    sv_load_error(L, ptr,
                  "a handle starts with '@' and has no spaces, like \"@parcelpal\"; "
                  "not \"%.64s\"",
                  *out);
    return false;
}

static bool colour_ok(sv_Loader *L, const cJSON *item, const char *ptr, uint32_t *out)
{
    const char *s;
    if (!sv_load_string(L, item, ptr, &s)) return false;
    bool ok = strlen(s) == 7 && s[0] == '#';
    uint32_t v = 0;
    for (int i = 1; ok && i < 7; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        ok = d >= 0;
        v = v * 16u + (uint32_t)(d & 15);
    }
    if (ok)
        *out = v;
    else
        sv_load_error(L, ptr,
                      "a colour is written \"#rrggbb\" in hex, like \"#1a7f5a\"; not \"%.32s\"", s);
    return ok;
}

static void read_brand(sv_Loader *L, const cJSON *root, sv_Scenario *sc)
{
    static const char *const keys[] = {"name", "handle", "colour", NULL};
    const cJSON *brand = sv_load_required(L, root, "", "brand");
    sc->brand.name = sc->brand.handle = "";
    if (!brand || !sv_load_object(L, brand, "/brand", "the brand")) return;
    sv_load_check_keys(L, brand, "/brand", keys);
    const char *s;
    const cJSON *name = sv_load_required(L, brand, "/brand", "name");
    if (name && sv_load_visible(L, name, "/brand/name", SV_MAX_NAME_BYTES, &s))
        sc->brand.name = sv_load_strdup(L, s);
    const cJSON *handle = sv_load_required(L, brand, "/brand", "handle");
    if (handle && handle_ok(L, handle, "/brand/handle", &s))
        sc->brand.handle = sv_load_strdup(L, s);
    const cJSON *colour = sv_load_required(L, brand, "/brand", "colour");
    if (colour) (void)colour_ok(L, colour, "/brand/colour", &sc->brand.colour);
}

static void read_meters(sv_Loader *L, const cJSON *root, sv_Scenario *sc)
{
    static const int32_t defaults[SV_METER_COUNT] = {
        60 * SV_TENTHS_PER_POINT, 50 * SV_TENTHS_PER_POINT, 20 * SV_TENTHS_PER_POINT, 0};
    size_t count;
    const char *const *keys = sv_vocab_words(SV_VOCAB_METER, &count);
    memcpy(sc->meters_initial, defaults, sizeof defaults);
    const cJSON *meters = sv_load_get(root, "meters");
    if (!meters || !sv_load_object(L, meters, "/meters", "'meters'")) return;
    sv_load_check_keys_n(L, meters, "/meters", keys, count);
    for (int m = 0; m < SV_METER_COUNT; m++) {
        const cJSON *v = sv_load_get(meters, keys[m]);
        char at[SV_LOAD_PTR];
        int64_t whole;
        sv_load_ptr_key(at, "/meters", keys[m]);
        if (!v) continue;
        if (m != SV_METER_REACH)
            (void)sv_load_percent(L, v, at, 0, 100, &sc->meters_initial[m]);
        else if (sv_load_whole(L, v, at, 0, SV_MAX_AUDIENCE, &whole))
            sc->meters_initial[m] = (int32_t)whole;
    }
}

static void read_head(sv_Loader *L, const cJSON *root, sv_Scenario *sc)
{
    static const char *const keys[] = {
        "format",    "id",       "title",     "summary",  "briefing", "brand",   "duration",
        "meters",    "channels", "personas",  "audience", "facts",    "history", "flags",
        "variables", "posts",    "decisions", "events",   "endings",  "injects", SV_LOAD_SCHEMA_KEY,
        NULL};
    static const char *const texts[] = {"title", "summary", "briefing"};
    sv_Text *slots[] = {&sc->title, &sc->summary, &sc->briefing};
    sv_load_check_keys(L, root, "", keys);
    sv_load_format(L, root);
    sv_load_schema_key(L, root);
    const cJSON *id = sv_load_required(L, root, "", "id");
    if (id && sv_load_id_syntax(L, id, "/id", "scenario"))
        sc->id = sv_load_strdup(L, id->valuestring);
    for (int i = 0; i < 3; i++) {
        char at[SV_LOAD_PTR];
        sv_load_ptr_key(at, "", texts[i]);
        const cJSON *t = sv_load_required(L, root, "", texts[i]);
        if (t) (void)sv_load_text(L, t, at, slots[i]);
    }
    read_brand(L, root, sc);
    const cJSON *duration = sv_load_required(L, root, "", "duration");
    if (duration && sv_load_seconds(L, duration, "/duration", &sc->duration_ms) &&
        sc->duration_ms == 0)
        sv_load_error(L, "/duration", "the duration must be more than 0 seconds");
    read_meters(L, root, sc);
}

/* ---- the cast ---------------------------------------------------------------- */

static void read_channel(sv_Loader *L, const cJSON *it, const char *ptr, sv_Channel *c)
{
    static const char *const keys[] = {"id", "type", "name", "watched", "replies", NULL};
    char at[SV_LOAD_PTR];
    int type = 0;
    c->id = sv_load_id_of(L, it);
    c->watched = true;
    sv_load_empty_text(&c->name);
    if (!sv_load_object(L, it, ptr, "a channel")) return;
    sv_load_check_keys(L, it, ptr, keys);
    const cJSON *t = sv_load_required(L, it, ptr, "type");
    sv_load_ptr_key(at, ptr, "type");
    if (t && sv_load_vocab(L, t, at, "channel type", SV_VOCAB_CHANNEL, &type))
        c->type = (sv_ChannelType)type;
    const cJSON *name = sv_load_required(L, it, ptr, "name");
    sv_load_ptr_key(at, ptr, "name");
    if (name) (void)sv_load_text(L, name, at, &c->name);
    const cJSON *w = sv_load_get(it, "watched");
    sv_load_ptr_key(at, ptr, "watched");
    if (w) (void)sv_load_bool(L, w, at, &c->watched);
    /* a review site that takes one answer from the business and no edits, say */
    const cJSON *r = sv_load_get(it, "replies");
    sv_load_ptr_key(at, ptr, "replies");
    int64_t replies = 0;
    if (r && cJSON_IsNumber(r) && r->valuedouble == 0)
        sv_load_error(L, at,
                      "a channel takes at least 1 answer per thread; leave \"replies\" out "
                      "for a channel without a limit");
    else if (r && sv_load_whole(L, r, at, 1, SV_MAX_REPLIES, &replies))
        c->replies = (uint8_t)replies;
}

/* A complainer is constructive (the default) or vindictive (Weitzl 2019): only
 * the crowd reads it, so it is a complainer's alone. */
static void read_disposition(sv_Loader *L, const cJSON *it, const char *ptr, sv_Persona *p)
{
    const cJSON *d = sv_load_get(it, "disposition");
    if (!d) return;
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, "disposition");
    if (!cJSON_IsString(d) || (strcmp(d->valuestring, "constructive") != 0 &&
                               strcmp(d->valuestring, "vindictive") != 0)) {
        sv_load_error(L, at, "a disposition is \"constructive\" or \"vindictive\"");
        return;
    }
    if (p->role != SV_ROLE_COMPLAINER) {
        sv_load_error(L, at, "only a complainer has a disposition; this persona is a %s",
                      sv_role_name(p->role));
        return;
    }
    p->vindictive = strcmp(d->valuestring, "vindictive") == 0;
}

static void read_persona(sv_Loader *L, const cJSON *it, const char *ptr, sv_Persona *p)
{
    static const char *const keys[] = {"id",        "name", "handle",      "role",
                                       "followers", "bio",  "disposition", NULL};
    char at[SV_LOAD_PTR];
    const char *s;
    int role = 0;
    int64_t followers = 0;
    p->id = sv_load_id_of(L, it);
    p->name = p->handle = "";
    sv_load_empty_text(&p->bio);
    if (!sv_load_object(L, it, ptr, "a persona")) return;
    sv_load_check_keys(L, it, ptr, keys);
    const cJSON *name = sv_load_required(L, it, ptr, "name");
    sv_load_ptr_key(at, ptr, "name");
    if (name && sv_load_visible(L, name, at, SV_MAX_NAME_BYTES, &s)) p->name = sv_load_strdup(L, s);
    const cJSON *handle = sv_load_required(L, it, ptr, "handle");
    sv_load_ptr_key(at, ptr, "handle");
    if (handle && handle_ok(L, handle, at, &s)) p->handle = sv_load_strdup(L, s);
    const cJSON *r = sv_load_required(L, it, ptr, "role");
    sv_load_ptr_key(at, ptr, "role");
    if (r && sv_load_vocab(L, r, at, "role", SV_VOCAB_ROLE, &role)) p->role = (sv_Role)role;
    const cJSON *f = sv_load_get(it, "followers");
    sv_load_ptr_key(at, ptr, "followers");
    if (f && sv_load_whole(L, f, at, 0, VAR_LIMIT, &followers)) p->followers = (uint32_t)followers;
    sv_load_ptr_key(at, ptr, "bio");
    (void)sv_load_text(L, sv_load_get(it, "bio"), at, &p->bio);
    read_disposition(L, it, ptr, p);
}

static void read_flag(sv_Loader *L, const cJSON *it, const char *ptr, const char **flag)
{
    (void)ptr;
    const sv_IdEntry *e = cJSON_IsString(it) ? sv_load_lookup(L, it->valuestring) : NULL;
    *flag = e ? e->id : "";
}

static void read_var(sv_Loader *L, const cJSON *it, const char *ptr, sv_Var *v)
{
    static const char *const keys[] = {"id", "initial", "min", "max", NULL};
    static const char *const names[] = {"initial", "min", "max"};
    int64_t vals[3] = {0, -VAR_DEFAULT, VAR_DEFAULT};
    bool ok = true;
    v->id = sv_load_id_of(L, it);
    if (!sv_load_object(L, it, ptr, "a variable")) return;
    sv_load_check_keys(L, it, ptr, keys);
    for (int i = 0; i < 3; i++) {
        char at[SV_LOAD_PTR];
        sv_load_ptr_key(at, ptr, names[i]);
        const cJSON *x =
            i == 0 ? sv_load_required(L, it, ptr, "initial") : sv_load_get(it, names[i]);
        if (x)
            ok = sv_load_whole(L, x, at, -VAR_LIMIT, VAR_LIMIT, &vals[i]) && ok;
        else if (i == 0)
            ok = false;
    }
    v->initial = (int32_t)vals[0];
    v->min = (int32_t)vals[1];
    v->max = (int32_t)vals[2];
    if (ok && v->min > v->max)
        sv_load_error(L, ptr, "min %d is more than max %d", v->min, v->max);
    else if (ok && (v->initial < v->min || v->initial > v->max))
        sv_load_error(L, ptr, "initial value %d is outside min %d and max %d", v->initial, v->min,
                      v->max);
}

static void read_cast(sv_Loader *L, const cJSON *root, sv_Scenario *sc)
{
    SV_LOAD_LIST(L, root, "", "channels", true, SV_MAX_CHANNELS, "channels", sc->channels,
                 sc->channel_count, read_channel);
    if (cJSON_IsArray(sv_load_get(root, "channels")) && sc->channel_count == 0)
        sv_load_error(L, "/channels", "a scenario needs at least one channel");
    SV_LOAD_LIST(L, root, "", "personas", true, SV_MAX_PERSONAS, "personas", sc->personas,
                 sc->persona_count, read_persona);
    sv_load_audience(L, root, sc);
    SV_LOAD_LIST(L, root, "", "flags", false, SV_MAX_FLAGS, "flags", sc->flags, sc->flag_count,
                 read_flag);
    SV_LOAD_LIST(L, root, "", "variables", false, SV_MAX_VARS, "variables", sc->vars, sc->var_count,
                 read_var);
}

/* ---- endings and the end ---------------------------------------------------- */

static void read_ending(sv_Loader *L, const cJSON *it, const char *ptr, sv_Ending *e)
{
    static const char *const keys[] = {"id", "when", "title", "text", NULL};
    char at[SV_LOAD_PTR];
    e->id = sv_load_id_of(L, it);
    e->when = -1;
    sv_load_empty_text(&e->title);
    sv_load_empty_text(&e->text);
    if (!sv_load_object(L, it, ptr, "an ending")) return;
    sv_load_check_keys(L, it, ptr, keys);
    sv_load_ptr_key(at, ptr, "when");
    e->when = sv_load_cond(L, sv_load_get(it, "when"), at);
    const cJSON *title = sv_load_required(L, it, ptr, "title");
    sv_load_ptr_key(at, ptr, "title");
    if (title) (void)sv_load_text(L, title, at, &e->title);
    const cJSON *text = sv_load_required(L, it, ptr, "text");
    sv_load_ptr_key(at, ptr, "text");
    if (text) (void)sv_load_text(L, text, at, &e->text);
}

static void read_endings(sv_Loader *L, const cJSON *root, sv_Scenario *sc)
{
    SV_LOAD_LIST(L, root, "", "endings", true, SV_MAX_NODES, "endings", sc->endings,
                 sc->ending_count, read_ending);
    const cJSON *list = sv_load_get(root, "endings");
    if (!cJSON_IsArray(list)) return;
    bool open_ending = false;
    for (const cJSON *it = list->child; it; it = it->next)
        if (cJSON_IsObject(it) && !sv_load_get(it, "when")) open_ending = true;
    if (!open_ending)
        sv_load_error(L, "/endings",
                      "every ending has a 'when'; at least one ending needs none, so the "
                      "scenario can always end (usually the last)");
    uint64_t nodes =
        (uint64_t)sc->post_count + sc->decision_count + sc->event_count + sc->ending_count;
    if (nodes > SV_MAX_NODES)
        sv_load_error(L, "", "%llu posts, decisions, events and endings; the limit is %u",
                      (unsigned long long)nodes, SV_MAX_NODES);
}

static void *copy_out(sv_Loader *L, const void *src, size_t count, size_t size)
{
    if (!count) return NULL;
    void *dst = sv_load_alloc(L, count * size);
    if (dst) memcpy(dst, src, count * size);
    return dst;
}

static void finish(sv_Loader *L, sv_Scenario *sc)
{
    sc->conds = copy_out(L, L->conds, L->cond_count, sizeof *L->conds);
    sc->cond_count = sc->conds ? L->cond_count : 0;
    sc->cond_kids = copy_out(L, L->kids, L->kid_count, sizeof *L->kids);
    sc->cond_kid_count = sc->cond_kids ? L->kid_count : 0;
    sc->effects = copy_out(L, L->effects, L->effect_count, sizeof *L->effects);
    sc->effect_count = sc->effects ? L->effect_count : 0;
    sc->fact_refs = copy_out(L, L->refs, L->ref_count, sizeof *L->refs);
    sc->fact_ref_count = sc->fact_refs ? L->ref_count : 0;
}

static void clear_scenario(sv_Scenario *sc, const char *file)
{
    memset(sc, 0, sizeof *sc);
    sc->id = "";
    sc->file = file;
    sv_load_empty_text(&sc->title);
    sv_load_empty_text(&sc->summary);
    sv_load_empty_text(&sc->briefing);
    sc->brand.name = sc->brand.handle = "";
}

sv_Status sv_load_scenario(const char *file, const char *bytes, size_t len, uint32_t languages,
                           sv_Lang first_lang, sv_Arena *arena, sv_Scenario *out,
                           sv_DiagList *diags)
{
    clear_scenario(out, "");
    struct cJSON *root = sv_json_parse(file, bytes, len, diags);
    if (!root) return SV_ERR_INVALID;
    sv_Loader L;
    sv_load_init(&L, file, bytes, len, arena, languages, first_lang, diags);
    L.sc = out;
    out->file = sv_load_strdup(&L, file ? file : "");
    out->languages = languages;
    if (sv_load_object(&L, root, "", "a scenario file")) {
        declare_ids(&L, root);
        read_head(&L, root, out);
        read_cast(&L, root, out);
        sv_load_facts(&L, root, out);
        sv_load_story(&L, root, out);
        sv_load_history(&L, root, out);
        read_endings(&L, root, out);
        sv_load_injects(&L, root, out);
        finish(&L, out);
    }
    cJSON_Delete(root);
    sv_load_free(&L);
    if (L.nomem) return SV_ERR_NOMEM;
    return L.jf.errors ? SV_ERR_INVALID : SV_OK;
}

sv_Status sv_scenario_parse(const char *file, const char *bytes, size_t len, uint32_t languages,
                            sv_Arena *arena, sv_Scenario *out, sv_DiagList *diags)
{
    /* without a manifest at hand the lowest declared language is the fallback */
    sv_Lang first = SV_LANG_EN;
    for (unsigned i = 0; i < SV_LANG_COUNT; i++)
        if (sv_lang_in(languages, (sv_Lang)i)) {
            first = (sv_Lang)i;
            break;
        }
    return sv_load_scenario(file, bytes, len, languages, first, arena, out, diags);
}
