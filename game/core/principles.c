/* assets/principles.json (svara/principles.h): themes, then the principles,
 * read with the scenario loader's helpers so a mistake is reported the same
 * way (located, with suggestions), and checked whole: every principle of the
 * model once, every text in every language. Also the principles a scenario
 * practises, read from the ids its annotations name. */
#include "svara/principles.h"

#include <string.h>

#include <cjson/cJSON.h>

#include "load_common.h"
#include "svara/json.h"

#define ALL_LANGS ((1u << SV_LANG_EN) | (1u << SV_LANG_SV) | (1u << SV_LANG_NB))

/* A text of the file: an object with every language (a single string would
 * show English to everyone). */
static void read_text(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key,
                      sv_Text *out)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    sv_load_empty_text(out);
    const cJSON *v = sv_load_required(L, obj, ptr, key);
    if (!v) return;
    if (!cJSON_IsObject(v)) {
        sv_load_error(L, at,
                      "give the text in every language: {\"en\": ..., \"sv\": ..., \"nb\": ...}");
        return;
    }
    (void)sv_load_text(L, v, at, out);
}

static void read_themes(sv_Loader *L, const cJSON *root, sv_Principles *p)
{
    static const char *const keys[] = {"id", "name", NULL};
    char at[SV_LOAD_PTR] = "";
    const cJSON *list = sv_load_list(L, root, "themes", true, at);
    size_t i = 0;
    for (const cJSON *it = list ? list->child : NULL; it; it = it->next, i++) {
        char item[SV_LOAD_PTR], id_at[SV_LOAD_PTR];
        sv_load_ptr_index(item, at, i);
        if (i >= SV_MAX_THEMES) {
            sv_load_error(L, item, "more than %u themes", SV_MAX_THEMES);
            return;
        }
        if (!sv_load_object(L, it, item, "a theme")) continue;
        sv_load_check_keys(L, it, item, keys);
        sv_Theme *t = &p->themes[p->theme_count++];
        t->id = "";
        const cJSON *id = sv_load_required(L, it, item, "id");
        sv_load_ptr_key(id_at, item, "id");
        if (id && sv_load_id_syntax(L, id, id_at, "theme")) {
            for (uint32_t k = 0; k + 1 < p->theme_count; k++)
                if (strcmp(p->themes[k].id, id->valuestring) == 0)
                    sv_load_error(L, id_at, "theme '%s' is listed twice", id->valuestring);
            t->id = sv_load_strdup(L, id->valuestring);
        }
        read_text(L, it, item, "name", &t->name);
    }
    if (list && !p->theme_count) sv_load_error(L, at, "list at least one theme");
}

static int32_t find_theme(const sv_Principles *p, const char *id)
{
    for (uint32_t k = 0; k < p->theme_count; k++)
        if (strcmp(p->themes[k].id, id) == 0) return (int32_t)k;
    return -1;
}

static void read_principle(sv_Loader *L, const cJSON *it, const char *item, uint32_t rank,
                           sv_Principles *p, bool seen[SV_PRINCIPLE_COUNT])
{
    static const char *const keys[] = {"id", "theme", "name", "about", "lesson", NULL};
    if (!sv_load_object(L, it, item, "a principle")) return;
    sv_load_check_keys(L, it, item, keys);
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, item, "id");
    const cJSON *id = sv_load_required(L, it, item, "id");
    sv_Principle pr;
    if (!id) return;
    if (!cJSON_IsString(id) || !sv_principle_parse(id->valuestring, &pr)) {
        sv_load_error(L, at, "not a principle id of principles.md (ORDER, FAST, ...)");
        return;
    }
    if (seen[pr]) {
        sv_load_error(L, at, "principle '%s' is described twice", id->valuestring);
        return;
    }
    seen[pr] = true;
    sv_PrincipleText *t = &p->of[pr];
    t->rank = rank;
    sv_load_ptr_key(at, item, "theme");
    const cJSON *theme = sv_load_required(L, it, item, "theme");
    if (theme && (!cJSON_IsString(theme) || (t->theme = find_theme(p, theme->valuestring)) < 0))
        sv_load_error(L, at, "not one of the themes listed in /themes");
    read_text(L, it, item, "name", &t->name);
    read_text(L, it, item, "about", &t->about);
    read_text(L, it, item, "lesson", &t->lesson);
}

static void read_all(sv_Loader *L, const cJSON *root, sv_Principles *p)
{
    static const char *const keys[] = {"format", "themes", "principles", NULL};
    sv_load_check_keys(L, root, "", keys);
    sv_load_format(L, root);
    read_themes(L, root, p);
    char at[SV_LOAD_PTR] = "";
    const cJSON *list = sv_load_list(L, root, "principles", true, at);
    bool seen[SV_PRINCIPLE_COUNT] = {false};
    size_t i = 0;
    for (const cJSON *it = list ? list->child : NULL; it; it = it->next, i++) {
        char item[SV_LOAD_PTR];
        sv_load_ptr_index(item, at, i);
        read_principle(L, it, item, (uint32_t)i, p, seen);
    }
    for (int k = 0; list && k < SV_PRINCIPLE_COUNT; k++)
        if (!seen[k])
            sv_load_error(L, at, "principle '%s' is missing", sv_principle_name((sv_Principle)k));
}

sv_Status sv_principles_parse(const char *file, const char *bytes, size_t len, sv_Principles *out,
                              sv_DiagList *diags)
{
    memset(out, 0, sizeof *out);
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) out->of[k].theme = -1;
    size_t errors = diags->errors;
    cJSON *root = sv_json_parse(file, bytes, len, diags);
    if (!root) return SV_ERR_INVALID;
    out->arena = sv_arena_create(16 * 1024);
    if (!out->arena) {
        cJSON_Delete(root);
        return SV_ERR_NOMEM;
    }
    sv_Loader L;
    sv_load_init(&L, file, bytes, len, out->arena, ALL_LANGS, SV_LANG_EN, diags);
    if (sv_load_object(&L, root, "", "the principles file")) read_all(&L, root, out);
    sv_Status st = L.nomem ? SV_ERR_NOMEM : diags->errors > errors ? SV_ERR_INVALID : SV_OK;
    sv_load_free(&L);
    cJSON_Delete(root);
    if (st != SV_OK) sv_principles_free(out);
    return st;
}

void sv_principles_free(sv_Principles *p)
{
    if (p->arena) sv_arena_free(p->arena);
    memset(p, 0, sizeof *p);
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) p->of[k].theme = -1;
}

/* ---- the principles a scenario practises ------------------------------------------------ */

static bool id_char(char c) { return (c >= 'A' && c <= 'Z') || c == '-'; }

/* Every principle id in a text: runs of capitals and dashes that parse as
 * one. A run inside a longer word ("PUBLICLY", "xFAST") is no id. */
static sv_PrincipleSet ids_in(const char *text)
{
    sv_PrincipleSet set = 0;
    for (const char *s = text; *s;) {
        if (!id_char(*s)) {
            s++;
            continue;
        }
        const char *start = s;
        while (id_char(*s)) s++;
        bool inside = (start > text && ((start[-1] >= 'a' && start[-1] <= 'z') ||
                                        (start[-1] >= '0' && start[-1] <= '9'))) ||
                      (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9');
        size_t n = (size_t)(s - start);
        while (n && start[n - 1] == '-') n--; /* "FAST-" at a line's end */
        char word[40];
        sv_Principle p;
        if (inside || !n || n >= sizeof word) continue;
        memcpy(word, start, n);
        word[n] = '\0';
        if (sv_principle_parse(word, &p)) set |= 1u << p;
    }
    return set;
}

static sv_PrincipleSet text_ids(const sv_Text *t)
{
    sv_PrincipleSet set = 0;
    for (int l = 0; l < SV_LANG_COUNT; l++)
        if (t->s[l]) set |= ids_in(t->s[l]);
    return set;
}

sv_PrincipleSet sv_scenario_principles(const sv_Scenario *sc)
{
    sv_PrincipleSet set = 0;
    for (uint32_t i = 0; i < sc->option_count; i++) set |= text_ids(&sc->options[i].annotation);
    for (uint32_t i = 0; i < sc->part_count; i++) set |= text_ids(&sc->parts[i].annotation);
    return set;
}
