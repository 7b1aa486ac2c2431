/* Names for the crowd: lists of first and last names per country
 * (assets/names/LANG.json), parsed from bytes the caller read, and the display
 * name of an account, a pure function of (seed, account) so every build, the
 * game and the tools show the same person under the same comment. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonscan.h"
#include "svara/audience.h"

#define MAX_NAME_BYTES 64u

typedef struct NameParse {
    sv_JsonFile jf; /* located, capped reports */
    bool bad;
} NameParse;

static void name_error(NameParse *P, const char *ptr, const char *msg, const char *detail)
{
    sv_json_file_report(&P->jf, SV_SEV_ERROR, ptr, "%s%s", msg, detail ? detail : "");
    P->bad = true;
}

/* One of "first" and "last": an array of non-empty strings without spaces at the ends. */
static char **read_names(NameParse *P, const cJSON *root, const char *key, uint32_t *count)
{
    char ptr[32];
    snprintf(ptr, sizeof ptr, "/%s", key);
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, key);
    *count = 0;
    if (!cJSON_IsArray(list)) {
        name_error(P, list ? ptr : "", list ? "must be an array of names" : "missing required key ",
                   list ? NULL : key);
        return NULL;
    }
    int n = cJSON_GetArraySize(list);
    if (n < 1 || (uint32_t)n > SV_MAX_NAMES) {
        name_error(P, ptr, "a name list has 1 to 4096 names", NULL);
        return NULL;
    }
    char **out = calloc((size_t)n, sizeof *out);
    if (!out) return NULL;
    int i = 0;
    for (const cJSON *it = list->child; it; it = it->next, i++) {
        char at[48];
        snprintf(at, sizeof at, "%s/%d", ptr, i);
        const char *v = cJSON_IsString(it) ? it->valuestring : NULL;
        size_t len = v ? strlen(v) : 0;
        if (!v || len == 0 || len > MAX_NAME_BYTES || v[0] == ' ' || v[len - 1] == ' ') {
            name_error(P, at,
                       "a name is a string of 1 to 64 bytes, not starting or ending with "
                       "a space",
                       NULL);
            continue;
        }
        char *copy = malloc(len + 1);
        if (!copy) continue;
        memcpy(copy, v, len + 1);
        out[(*count)++] = copy;
    }
    return out;
}

sv_Status sv_names_parse(const char *file, const char *bytes, size_t len, sv_NameList *out,
                         sv_DiagList *diags)
{
    memset(out, 0, sizeof *out);
    cJSON *root = sv_json_parse(file, bytes, len, diags);
    if (!root) return SV_ERR_INVALID;
    NameParse P = {.bad = false};
    sv_json_file_init(&P.jf, file, bytes, len, 200, diags);
    const cJSON *format = cJSON_GetObjectItemCaseSensitive(root, "format");
    if (!cJSON_IsObject(root) || !cJSON_IsNumber(format) || format->valuedouble != 1)
        name_error(&P, cJSON_IsObject(root) ? "/format" : "",
                   "a name list is an object with \"format\": 1", NULL);
    for (const cJSON *k = cJSON_IsObject(root) ? root->child : NULL; k; k = k->next) {
        static const char *const keys[] = {"format", "lang", "first", "last"};
        bool known = k->string[0] == '_';
        for (int i = 0; i < 4 && !known; i++) known = strcmp(k->string, keys[i]) == 0;
        char at[SV_MAX_ID_BYTES + 2];
        snprintf(at, sizeof at, "/%.*s", (int)SV_MAX_ID_BYTES, k->string);
        if (!known)
            name_error(&P, at, "unknown key; a name list has format, lang, first and last", NULL);
    }
    const cJSON *lang = cJSON_GetObjectItemCaseSensitive(root, "lang");
    if (!cJSON_IsString(lang) || !sv_lang_parse(lang->valuestring, &out->lang))
        name_error(&P, lang ? "/lang" : "", "\"lang\" is one of \"en\", \"sv\", \"nb\"", NULL);
    if (cJSON_IsObject(root)) {
        out->first = read_names(&P, root, "first", &out->first_count);
        out->last = read_names(&P, root, "last", &out->last_count);
    }
    cJSON_Delete(root);
    sv_json_file_free(&P.jf);
    if (P.bad || !out->first_count || !out->last_count) {
        sv_names_free(out);
        return P.bad ? SV_ERR_INVALID : SV_ERR_NOMEM;
    }
    return SV_OK;
}

void sv_names_free(sv_NameList *n)
{
    if (!n) return;
    for (uint32_t i = 0; n->first && i < n->first_count; i++) free(n->first[i]);
    for (uint32_t i = 0; n->last && i < n->last_count; i++) free(n->last[i]);
    free(n->first);
    free(n->last);
    memset(n, 0, sizeof *n);
}

/* splitmix64: a fixed mix of (seed, account), independent of any generator state */
static uint64_t mix64(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

const char *sv_audience_name(const sv_NameList *n, uint64_t seed, uint32_t account, char *buf,
                             size_t size)
{
    if (!buf || size == 0) return "";
    buf[0] = '\0';
    if (!n || !n->first_count || !n->last_count) return buf;
    uint64_t x = mix64(seed ^ mix64(account + 0x5356ull));
    uint32_t f = (uint32_t)(x % n->first_count);
    uint32_t l = (uint32_t)((x >> 32) % n->last_count);
    snprintf(buf, size, "%s %s", n->first[f], n->last[l]);
    return buf;
}
