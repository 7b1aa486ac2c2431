/* Loading the UI strings. Bad files are expected (translators edit them by
 * hand): every problem is reported with where it is, and the game falls back
 * to English, then to the key, rather than failing to start. */
#include "uistrings.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

static const char *const keys[UI_STR_COUNT] = {
#define UI_STR_KEY(id, key) key,
    UI_STRINGS(UI_STR_KEY)
#undef UI_STR_KEY
};

const char *ui_strings_key(ui_StrId id) { return (unsigned)id < UI_STR_COUNT ? keys[id] : "?"; }

typedef struct Report {
    char *buf;
    size_t size, used, count;
} Report;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void
report(Report *r, const char *fmt, ...)
{
    r->count++;
    if (!r->buf || r->used + 1 >= r->size) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(r->buf + r->used, r->size - r->used, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    r->used += (size_t)n < r->size - r->used ? (size_t)n : r->size - r->used - 1;
    if (r->used + 1 < r->size) r->buf[r->used++] = '\n';
    r->buf[r->used] = '\0';
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n + 4096 > cap) {
            cap = cap ? cap * 2 : 65536;
            char *grown = realloc(buf, cap + 1);
            if (!grown) break;
            buf = grown;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    fclose(f);
    if (buf) buf[n] = '\0';
    *len = n;
    return buf;
}

/* Line and column (1-based, bytes) of offset in text. */
static void position(const char *text, size_t offset, int *line, int *col)
{
    *line = 1;
    *col = 1;
    for (size_t i = 0; i < offset && text[i]; i++) {
        if (text[i] == '\n') {
            (*line)++;
            *col = 1;
        } else {
            (*col)++;
        }
    }
}

static int find_key(const char *key)
{
    for (int i = 0; i < UI_STR_COUNT; i++)
        if (strcmp(keys[i], key) == 0) return i;
    return -1;
}

static char *dup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d) memcpy(d, s, n);
    return d;
}

static void load_lang(ui_Strings *s, const char *dir, sv_Lang lang, Report *r)
{
    char path[1024];
    snprintf(path, sizeof path, "%s%s.json", dir, sv_lang_code(lang));
    size_t len = 0;
    char *bytes = read_all(path, &len);
    if (!bytes) {
        report(r, "%s: cannot be read", path);
        return;
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(bytes, len, &end, 0);
    size_t at = end ? (size_t)(end - bytes) : 0;
    while (root && at < len && strchr(" \t\r\n", bytes[at])) at++;
    if (!root || at < len || !cJSON_IsObject(root)) {
        int line, col;
        position(bytes, root ? at : (size_t)(cJSON_GetErrorPtr() - bytes), &line, &col);
        report(r, "%s:%d:%d: %s", path, line, col,
               !root      ? "not valid JSON"
               : at < len ? "text after the end of the JSON"
                          : "the file must be one JSON object");
        cJSON_Delete(root);
        free(bytes);
        return;
    }
    for (const cJSON *item = root->child; item; item = item->next) {
        if (item->string[0] == '_') continue; /* notes for translators */
        int id = find_key(item->string);
        if (id < 0)
            report(r, "%s: unknown key \"%s\"", path, item->string);
        else if (!cJSON_IsString(item) || !item->valuestring[0])
            report(r, "%s: \"%s\" must be a non-empty string", path, item->string);
        else if (s->text[lang][id])
            report(r, "%s: \"%s\" appears twice", path, item->string);
        else
            s->text[lang][id] = dup(item->valuestring);
    }
    for (int i = 0; i < UI_STR_COUNT; i++)
        if (!s->text[lang][i]) report(r, "%s: missing key \"%s\"", path, keys[i]);
    cJSON_Delete(root);
    free(bytes);
}

size_t ui_strings_load(ui_Strings *s, const char *dir, char *report_buf, size_t report_size)
{
    memset(s, 0, sizeof *s);
    Report r = {report_buf, report_size, 0, 0};
    if (report_buf && report_size) report_buf[0] = '\0';
    for (int lang = 0; lang < SV_LANG_COUNT; lang++) load_lang(s, dir, (sv_Lang)lang, &r);
    return r.count;
}

void ui_strings_free(ui_Strings *s)
{
    for (int l = 0; l < SV_LANG_COUNT; l++)
        for (int i = 0; i < UI_STR_COUNT; i++) free(s->text[l][i]);
    memset(s, 0, sizeof *s);
}

const char *ui_strings_get(const ui_Strings *s, sv_Lang lang, ui_StrId id)
{
    if ((unsigned)id >= UI_STR_COUNT) return "?";
    if (s && (unsigned)lang < SV_LANG_COUNT && s->text[lang][id]) return s->text[lang][id];
    if (s && s->text[SV_LANG_EN][id]) return s->text[SV_LANG_EN][id];
    return keys[id];
}

const char *ui_strings_format(char *buf, size_t size, const char *fmt, const char *a1,
                              const char *a2, const char *a3)
{
    if (!size) return buf;
    const char *args[3] = {a1, a2, a3};
    size_t o = 0;
    for (const char *p = fmt ? fmt : ""; *p && o + 1 < size; p++) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '3' && p[2] == '}') {
            const char *a = args[p[1] - '1'];
            for (; a && *a && o + 1 < size; a++) buf[o++] = *a;
            p += 2;
            continue;
        }
        buf[o++] = *p;
    }
    buf[o] = '\0';
    return buf;
}
