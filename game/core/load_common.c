/* The loader's shared helpers: located diagnostics, JSON pointers, key checks
 * with "did you mean", typed values with their ranges, and texts per
 * language. Each helper reports what is wrong and what would be right, so the
 * callers only decide what to do with a bad value (usually: skip it). */
#include "load_common.h"
#include "core_util.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonscan.h"

void sv_load_init(sv_Loader *L, const char *file, const char *bytes, size_t len, sv_Arena *arena,
                  uint32_t languages, sv_Lang first_lang, sv_DiagList *diags)
{
    memset(L, 0, sizeof *L);
    L->diags = diags;
    L->file = file;
    sv_json_file_init(&L->jf, file, bytes, len, SV_LOAD_MAX_REPORTS, diags);
    L->arena = arena;
    L->languages = languages & SV_LANG_ALL;
    if (!L->languages) L->languages = sv_lang_bit(SV_LANG_EN);
    L->first_lang = (unsigned)first_lang < SV_LANG_COUNT ? first_lang : SV_LANG_EN;
    if (!sv_lang_in(L->languages, L->first_lang)) {
        for (unsigned i = 0; i < SV_LANG_COUNT; i++)
            if (sv_lang_in(L->languages, (sv_Lang)i)) {
                L->first_lang = (sv_Lang)i;
                break;
            }
    }
}

void sv_load_free(sv_Loader *L)
{
    sv_json_file_free(&L->jf);
    for (size_t i = 0; i < L->id_count; i++) free(L->ids[i].where);
    free(L->ids);
    free(L->slots);
    free(L->conds);
    free(L->kids);
    free(L->effects);
    free(L->refs);
    L->refs = NULL;
    L->ids = NULL;
    L->slots = NULL;
    L->conds = NULL;
    L->kids = NULL;
    L->effects = NULL;
}

size_t sv_load_document(const char *file, const char *bytes, size_t len, sv_Arena *arena,
                        const char *what, sv_LoadDocFn read, void *ctx, sv_DiagList *diags)
{
    cJSON *root = sv_json_parse(file, bytes, len, diags);
    if (!root) return 1;
    sv_Loader L;
    sv_load_init(&L, file, bytes, len, arena, SV_LANG_ALL, SV_LANG_EN, diags);
    if (sv_load_object(&L, root, "", what)) read(&L, root, ctx);
    size_t errors = L.jf.errors;
    sv_load_free(&L);
    cJSON_Delete(root);
    return errors;
}

sv_Arena *sv_load_arena(const char *file, size_t size, const char *what, sv_DiagList *diags)
{
    sv_Arena *arena = sv_arena_create(size);
    if (!arena) sv_diag_add(diags, SV_SEV_ERROR, file, "", 0, 0, "out of memory reading %s", what);
    return arena;
}

/* ---- diagnostics --------------------------------------------------------- */

bool sv_load_quiet(const sv_Loader *L) { return sv_json_file_quiet(&L->jf); }

const char *sv_load_number(sv_Loader *L, const char *ptr, const cJSON *item, char *buf, size_t size)
{
    return sv_json_file_number(&L->jf, ptr, cJSON_IsNumber(item) ? item->valuedouble : 0.0, buf,
                               size);
}

void sv_load_error(sv_Loader *L, const char *ptr, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sv_json_file_reportv(&L->jf, SV_SEV_ERROR, ptr, fmt, ap);
    va_end(ap);
}

void sv_load_warn(sv_Loader *L, const char *ptr, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sv_json_file_reportv(&L->jf, SV_SEV_WARNING, ptr, fmt, ap);
    va_end(ap);
}

/* ---- pointers and memory ------------------------------------------------- */

void sv_load_ptr_key(char *out, const char *base, const char *key)
{
    size_t n = strlen(base);
    if (n >= SV_LOAD_PTR - 1) n = SV_LOAD_PTR - 2;
    memmove(out, base, n);
    out[n++] = '/';
    for (const char *k = key ? key : ""; *k && n + 2 < SV_LOAD_PTR; k++) {
        if (*k == '~' || *k == '/') {
            out[n++] = '~';
            out[n++] = *k == '~' ? '0' : '1';
        } else {
            out[n++] = *k;
        }
    }
    out[n] = '\0';
}

void sv_load_ptr_index(char *out, const char *base, size_t index)
{
    char num[24];
    snprintf(num, sizeof num, "%zu", index);
    sv_load_ptr_key(out, base, num);
}

void *sv_load_alloc(sv_Loader *L, size_t size)
{
    void *p = L->nomem ? NULL : sv_arena_alloc(L->arena, size);
    if (!p && !L->nomem) {
        L->nomem = true;
        sv_load_error(L, "", "out of memory while loading this file");
    }
    return p;
}

const char *sv_load_strdup(sv_Loader *L, const char *s)
{
    size_t n = strlen(s);
    char *p = sv_load_alloc(L, n + 1);
    if (!p) return "";
    memcpy(p, s, n + 1);
    return p;
}

/* ---- names ----------------------------------------------------------------- */

const char *sv_load_type_name(const cJSON *item)
{
    if (!item) return "nothing";
    if (cJSON_IsString(item)) return "a string";
    if (cJSON_IsNumber(item)) return "a number";
    if (cJSON_IsBool(item)) return cJSON_IsTrue(item) ? "true" : "false";
    if (cJSON_IsNull(item)) return "null";
    if (cJSON_IsArray(item)) return "an array";
    if (cJSON_IsObject(item)) return "an object";
    return "an unknown value";
}

/* Optimal string alignment distance, so a swapped pair counts as one typo. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64) return 99;
    size_t d[65][65];
    for (size_t i = 0; i <= la; i++) d[i][0] = i;
    for (size_t j = 0; j <= lb; j++) d[0][j] = j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            size_t cost = a[i - 1] != b[j - 1];
            size_t best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best) best = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < best) best = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    return d[la][lb];
}

const char *sv_load_suggest(const char *word, const char *const *names, size_t count)
{
    const char *best = NULL;
    size_t best_d = 3, wl = strlen(word);
    for (size_t i = 0; i < count; i++) {
        if (!names[i]) break;
        size_t d = edit_distance(word, names[i]), nl = strlen(names[i]);
        size_t longest = wl > nl ? wl : nl;
        /* short words are all close to each other; only suggest real near-misses */
        if (d < best_d && 3 * d <= longest + 1) {
            best = names[i];
            best_d = d;
        }
    }
    /* "order" for "ORDER": the same word in the other case */
    for (size_t i = 0; !best && i < count && names[i]; i++) {
        size_t k = 0;
        while (word[k] && tolower((unsigned char)word[k]) == tolower((unsigned char)names[i][k]))
            k++;
        if (!word[k] && !names[i][k]) best = names[i];
    }
    return best;
}

void sv_load_unknown(sv_Loader *L, const char *ptr, const char *what, const char *word,
                     const char *const *names, size_t count)
{
    const char *near = sv_load_suggest(word, names, count);
    if (near) {
        sv_load_error(L, ptr, "unknown %s '%.64s' (did you mean '%s'?)", what, word, near);
        return;
    }
    char list[240];
    sv_load_join(list, sizeof list, names, count);
    sv_load_error(L, ptr, "unknown %s '%.64s'; it is one of %s", what, word, list);
}

void sv_load_join(char *out, size_t size, const char *const *names, size_t count)
{
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < count && names[i]; i++) {
        size_t len = strlen(names[i]);
        if (n + len + 8 >= size) {
            snprintf(out + n, size - n, "%s...", i ? ", " : "");
            return;
        }
        n += (size_t)snprintf(out + n, size - n, "%s%s", i ? ", " : "", names[i]);
    }
}

void sv_load_lang_list(uint32_t languages, char *out, size_t size)
{
    const char *names[SV_LANG_COUNT];
    size_t n = 0;
    for (unsigned i = 0; i < SV_LANG_COUNT; i++)
        if (sv_lang_in(languages, (sv_Lang)i)) names[n++] = sv_lang_code((sv_Lang)i);
    sv_load_join(out, size, names, n);
}

/* ---- keys ------------------------------------------------------------------ */

const cJSON *sv_load_get(const cJSON *obj, const char *key)
{
    return cJSON_IsObject(obj) ? cJSON_GetObjectItemCaseSensitive(obj, key) : NULL;
}

void sv_load_check_keys_n(sv_Loader *L, const cJSON *obj, const char *ptr,
                          const char *const *allowed, size_t count)
{
    if (!cJSON_IsObject(obj)) return;
    for (const cJSON *it = obj->child; it; it = it->next) {
        const char *key = it->string ? it->string : "";
        bool known = key[0] == '_';
        for (size_t i = 0; i < count && !known; i++) known = strcmp(key, allowed[i]) == 0;
        if (known) continue;
        char at[SV_LOAD_PTR], list[200];
        sv_load_ptr_key(at, ptr, key);
        const char *near = sv_load_suggest(key, allowed, count);
        if (near) {
            sv_load_error(L, at, "unknown key '%.64s' (did you mean '%s'?)", key, near);
        } else {
            sv_load_join(list, sizeof list, allowed, count);
            sv_load_error(L, at,
                          "unknown key '%.64s'; the keys here are %s (a key starting with '_' "
                          "is a note and is ignored)",
                          key, list);
        }
    }
}

void sv_load_check_keys(sv_Loader *L, const cJSON *obj, const char *ptr, const char *const *allowed)
{
    size_t count = 0;
    while (allowed[count]) count++;
    sv_load_check_keys_n(L, obj, ptr, allowed, count);
}

const cJSON *sv_load_required(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key)
{
    const cJSON *it = sv_load_get(obj, key);
    if (!it && cJSON_IsObject(obj)) sv_load_error(L, ptr, "missing required key '%s'", key);
    return it;
}

/* ---- typed values ------------------------------------------------------------ */

bool sv_load_object(sv_Loader *L, const cJSON *item, const char *ptr, const char *what)
{
    if (cJSON_IsObject(item)) return true;
    sv_load_error(L, ptr, "%s must be an object {...}, not %s", what, sv_load_type_name(item));
    return false;
}

bool sv_load_array(sv_Loader *L, const cJSON *item, const char *ptr, const char *what)
{
    if (cJSON_IsArray(item)) return true;
    sv_load_error(L, ptr, "%s must be an array [...], not %s", what, sv_load_type_name(item));
    return false;
}

bool sv_load_string(sv_Loader *L, const cJSON *item, const char *ptr, const char **out)
{
    if (cJSON_IsString(item) && item->valuestring) {
        *out = item->valuestring;
        return true;
    }
    sv_load_error(L, ptr, "must be a string in double quotes, not %s", sv_load_type_name(item));
    return false;
}

bool sv_load_bool(sv_Loader *L, const cJSON *item, const char *ptr, bool *out)
{
    if (cJSON_IsBool(item)) {
        *out = cJSON_IsTrue(item);
        return true;
    }
    sv_load_error(L, ptr, "must be true or false, not %s", sv_load_type_name(item));
    return false;
}

bool sv_load_whole(sv_Loader *L, const cJSON *item, const char *ptr, int64_t min, int64_t max,
                   int64_t *out)
{
    if (!cJSON_IsNumber(item)) {
        sv_load_error(L, ptr, "must be a whole number, not %s", sv_load_type_name(item));
        return false;
    }
    double v = item->valuedouble;
    char num[48];
    if (!(v >= (double)min && v <= (double)max)) {
        sv_load_error(L, ptr, "must be between %lld and %lld, not %s", (long long)min,
                      (long long)max, sv_load_number(L, ptr, item, num, sizeof num));
        return false;
    }
    if (v != floor(v)) {
        sv_load_error(L, ptr, "must be a whole number, not %s",
                      sv_load_number(L, ptr, item, num, sizeof num));
        return false;
    }
    *out = (int64_t)v;
    return true;
}

bool sv_load_number_in(sv_Loader *L, const cJSON *item, const char *ptr, double min, double max,
                       double *out)
{
    if (!cJSON_IsNumber(item) || !isfinite(item->valuedouble)) {
        sv_load_error(L, ptr, "must be a number, not %s", sv_load_type_name(item));
        return false;
    }
    double v = item->valuedouble;
    char num[48];
    if (!(v >= min && v <= max)) {
        sv_load_error(L, ptr, "must be between %g and %g, not %s", min, max,
                      sv_load_number(L, ptr, item, num, sizeof num));
        return false;
    }
    *out = v;
    return true;
}

/* "from 0 to 1814400 seconds (21 days)", or from -back: the range a time has. */
static void time_range(uint32_t back_ms, char *out, size_t size)
{
    const unsigned max_s = SV_MAX_SCENARIO_MS / SV_MS_PER_SECOND,
                   days = SV_MAX_SCENARIO_MS / SV_MS_PER_DAY;
    if (back_ms)
        snprintf(out, size, "from -%u to %u seconds (%u days before the start to %u days after)",
                 back_ms / SV_MS_PER_SECOND, max_s, back_ms / SV_MS_PER_DAY, days);
    else
        snprintf(out, size, "from 0 to %u seconds (%u days)", max_s, days);
}

static bool time_in(sv_Loader *L, const cJSON *item, const char *ptr, uint32_t back_ms, int64_t *ms)
{
    char range[96], num[48];
    if (!cJSON_IsNumber(item)) {
        sv_load_error(L, ptr, "must be a time in seconds (a number), not %s",
                      sv_load_type_name(item));
        return false;
    }
    double v = item->valuedouble;
    if (!(v >= -sv_seconds_from_ms(back_ms) && v <= sv_seconds_from_ms(SV_MAX_SCENARIO_MS))) {
        time_range(back_ms, range, sizeof range);
        sv_load_error(L, ptr, "time must be %s, not %s", range,
                      sv_load_number(L, ptr, item, num, sizeof num));
        return false;
    }
    *ms = sv_ms_from_seconds(v);
    return true;
}

bool sv_load_seconds(sv_Loader *L, const cJSON *item, const char *ptr, uint32_t *ms)
{
    int64_t v;
    if (!time_in(L, item, ptr, 0, &v)) return false;
    *ms = (uint32_t)v;
    return true;
}

bool sv_load_time(sv_Loader *L, const cJSON *item, const char *ptr, uint32_t min_back_ms,
                  int32_t *ms)
{
    int64_t v;
    if (!time_in(L, item, ptr, min_back_ms, &v)) return false;
    *ms = (int32_t)v;
    return true;
}

const char *sv_load_ms_text(int32_t ms, char *buf, size_t size)
{
    int64_t v = ms, a = v < 0 ? -v : v;
    if (a % 1000 == 0)
        snprintf(buf, size, "%lld", (long long)(v / 1000));
    else
        snprintf(buf, size, "%s%lld.%03lld", v < 0 ? "-" : "", (long long)(a / 1000),
                 (long long)(a % 1000));
    /* 1.500 reads as 1.5 */
    size_t n = strlen(buf);
    if (strchr(buf, '.')) {
        while (n > 0 && buf[n - 1] == '0') buf[--n] = '\0';
        if (n > 0 && buf[n - 1] == '.') buf[--n] = '\0';
    }
    return buf;
}

bool sv_load_percent(sv_Loader *L, const cJSON *item, const char *ptr, double min, double max,
                     int32_t *tenths)
{
    if (!cJSON_IsNumber(item)) {
        sv_load_error(L, ptr, "must be a percentage (a number from %g to %g), not %s", min, max,
                      sv_load_type_name(item));
        return false;
    }
    double v = item->valuedouble;
    char num[48];
    if (!(v >= min && v <= max)) {
        sv_load_error(L, ptr, "must be a percentage from %g to %g, not %s", min, max,
                      sv_load_number(L, ptr, item, num, sizeof num));
        return false;
    }
    *tenths = sv_per_mille_from_percent(v); /* tenths of a percent */
    return true;
}

bool sv_load_enum(sv_Loader *L, const cJSON *item, const char *ptr, const char *what,
                  const char *const *names, size_t count, int *out)
{
    if (!cJSON_IsString(item) || !item->valuestring) {
        char list[240];
        sv_load_join(list, sizeof list, names, count);
        sv_load_error(L, ptr, "%s must be a string, one of %s; not %s", what, list,
                      sv_load_type_name(item));
        return false;
    }
    for (size_t i = 0; i < count; i++)
        if (strcmp(item->valuestring, names[i]) == 0) {
            *out = (int)i;
            return true;
        }
    sv_load_unknown(L, ptr, what, item->valuestring, names, count);
    return false;
}

bool sv_load_vocab(sv_Loader *L, const cJSON *item, const char *ptr, const char *what,
                   sv_Vocab vocab, int *out)
{
    size_t count;
    const char *const *names = sv_vocab_words(vocab, &count);
    SV_ASSERT(names != NULL); /* a vocabulary the model does not have */
    return sv_load_enum(L, item, ptr, what ? what : sv_vocab_title(vocab), names, count, out);
}

/* ---- texts ----------------------------------------------------------------- */

void sv_load_empty_text(sv_Text *out)
{
    for (int i = 0; i < SV_LANG_COUNT; i++) out->s[i] = "";
}

/* The first character a player must never see raw: a control character
 * other than a line break (a tab, an escape that drives a terminal, a C1
 * control). Returns its code point and its 1-based character position. */
static bool find_control(const char *s, uint32_t *cp, size_t *at)
{
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) == 0x80) continue;
        chars++;
        uint32_t c = *p;
        if (c == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) c = p[1]; /* U+0080..U+009F */
        if ((c < 0x20 && c != '\n') || c == 0x7F || (c >= 0x80 && c <= 0x9F && *p == 0xC2)) {
            *cp = c;
            *at = chars;
            return true;
        }
    }
    return false;
}

static bool text_ok(sv_Loader *L, const char *s, const char *ptr, const char *lang)
{
    size_t n = strlen(s), at;
    uint32_t cp;
    const char *in = lang ? " in " : "", *which = lang ? lang : "";
    if (n > SV_MAX_TEXT_BYTES) {
        sv_load_error(L, ptr, "text%s%s is %zu bytes long; the limit is %u bytes per language", in,
                      which, n, SV_MAX_TEXT_BYTES);
        return false;
    }
    if (n == 0) {
        sv_load_error(L, ptr,
                      "text%s%s is empty; write what the player sees, or leave the key out "
                      "where it is optional",
                      in, which);
        return false;
    }
    if (find_control(s, &cp, &at)) {
        sv_load_error(L, ptr,
                      "text%s%s has the control character U+%04X at character %zu; only line "
                      "breaks (\\n) may appear in a text",
                      in, which, (unsigned)cp, at);
        return false;
    }
    return true;
}

bool sv_load_one_line(const char *s)
{
    uint32_t cp;
    size_t at;
    return !find_control(s, &cp, &at) && !strchr(s, '\n');
}

bool sv_load_visible(sv_Loader *L, const cJSON *item, const char *ptr, size_t max_bytes,
                     const char **out)
{
    if (!sv_load_string(L, item, ptr, out)) return false;
    size_t n = strlen(*out);
    if (n == 0)
        sv_load_error(L, ptr, "is empty; write the words to show");
    else if (n > max_bytes)
        sv_load_error(L, ptr, "is %zu bytes long; the limit here is %zu", n, max_bytes);
    else if (!sv_load_one_line(*out))
        sv_load_error(L, ptr, "has a control character or a line break; write it on one line");
    else
        return true;
    return false;
}

static bool text_object(sv_Loader *L, const cJSON *item, const char *ptr, sv_Text *out)
{
    bool ok = true;
    uint32_t have = 0;
    char langs[32];
    sv_load_lang_list(L->languages, langs, sizeof langs);
    for (const cJSON *it = item->child; it; it = it->next) {
        const char *key = it->string ? it->string : "";
        char at[SV_LOAD_PTR];
        sv_Lang lang;
        sv_load_ptr_key(at, ptr, key);
        if (key[0] == '_') continue;
        if (!sv_lang_parse(key, &lang)) {
            sv_load_error(L, at, "unknown language '%.32s'; the languages are en, sv and nb", key);
            ok = false;
            continue;
        }
        const char *s;
        if (!sv_load_string(L, it, at, &s) || !text_ok(L, s, at, key)) {
            have |= sv_lang_bit(lang); /* there, if wrong: do not also call it missing */
            ok = false;
            continue;
        }
        if (!sv_lang_in(L->languages, lang)) {
            sv_load_warn(L, at,
                         "the pack does not declare '%s' (it declares %s), so this "
                         "translation is not shown",
                         key, langs);
            continue;
        }
        have |= sv_lang_bit(lang);
        out->s[lang] = sv_load_strdup(L, s);
    }
    uint32_t missing = L->languages & ~have;
    if (missing) {
        char miss[32];
        sv_load_lang_list(missing, miss, sizeof miss);
        if (missing & (missing - 1u))
            sv_load_error(L, ptr, "text has no translations for %s; the pack declares %s", miss,
                          langs);
        else
            sv_load_error(L, ptr, "text has no '%s' translation; the pack declares %s", miss,
                          langs);
        return false;
    }
    if (!ok) return false;
    for (unsigned i = 0; i < SV_LANG_COUNT; i++)
        if (!sv_lang_in(L->languages, (sv_Lang)i)) out->s[i] = out->s[L->first_lang];
    return true;
}

bool sv_load_text(sv_Loader *L, const cJSON *item, const char *ptr, sv_Text *out)
{
    sv_load_empty_text(out);
    if (!item) return true;
    if (cJSON_IsString(item) && item->valuestring) {
        if (!text_ok(L, item->valuestring, ptr, NULL)) return false;
        const char *s = sv_load_strdup(L, item->valuestring);
        for (int i = 0; i < SV_LANG_COUNT; i++) out->s[i] = s;
        return true;
    }
    if (cJSON_IsObject(item)) {
        bool ok = text_object(L, item, ptr, out);
        if (!ok) sv_load_empty_text(out);
        return ok;
    }
    char langs[32];
    sv_load_lang_list(L->languages, langs, sizeof langs);
    sv_load_error(L, ptr,
                  "must be a text: a string, or an object with one string per language (%s); "
                  "not %s",
                  langs, sv_load_type_name(item));
    return false;
}

/* ---- shared shapes ------------------------------------------------------------ */

void sv_load_format_version(sv_Loader *L, const cJSON *root, int version)
{
    const cJSON *f = sv_load_get(root, "format");
    if (!f) {
        sv_load_error(L, "", "missing required key 'format'; every file starts with \"format\": %d",
                      version);
        return;
    }
    if (!cJSON_IsNumber(f)) {
        sv_load_error(L, "/format", "format must be the number %d, not %s", version,
                      sv_load_type_name(f));
        return;
    }
    char num[48];
    if (f->valuedouble != version)
        sv_load_error(L, "/format",
                      "format %s is not supported; this version of Svara reads format %d",
                      sv_load_number(L, "/format", f, num, sizeof num), version);
}

void sv_load_format(sv_Loader *L, const cJSON *root)
{
    sv_load_format_version(L, root, SV_FORMAT_VERSION);
}

void sv_load_schema_key(sv_Loader *L, const cJSON *root)
{
    const cJSON *s = sv_load_get(root, SV_LOAD_SCHEMA_KEY);
    if (s && !cJSON_IsString(s))
        sv_load_error(L, "/$schema",
                      "\"$schema\" names the JSON Schema editors check this file with: a path "
                      "or URL as a string, not %s",
                      sv_load_type_name(s));
}

const cJSON *sv_load_list(sv_Loader *L, const cJSON *obj, const char *key, bool required,
                          char *ptr_out)
{
    char base[SV_LOAD_PTR];
    snprintf(base, sizeof base, "%s", ptr_out);
    sv_load_ptr_key(ptr_out, base, key);
    const cJSON *list = sv_load_get(obj, key);
    if (!list) {
        if (required && cJSON_IsObject(obj))
            sv_load_error(L, base, "missing required key '%s' (an array)", key);
        return NULL;
    }
    char what[80];
    snprintf(what, sizeof what, "'%s'", key);
    return sv_load_array(L, list, ptr_out, what) ? list : NULL;
}
