/* Loading the UI strings. Bad files are expected (translators edit them by
 * hand): every problem is reported with where it is, and the game falls back
 * to English, then to the key, rather than failing to start. */
#include "uistrings.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "svara/json.h"
#include "svara/limits.h"
#include "svara/native.h"

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

/* Every diagnostic of d as a line of the report. */
static void report_diags(Report *r, const sv_DiagList *d)
{
    for (size_t i = 0; i < d->count; i++) {
        char line[1024];
        sv_diag_format(&d->items[i], line, sizeof line);
        report(r, "%s", line);
    }
}

/* The most problems reported one by one in one file (every key once, and
 * more); the rest are counted. */
#define MAX_REPORTS 1000u

size_t ui_strings_parse(ui_Strings *s, sv_Lang lang, const char *path, const char *bytes,
                        size_t len, sv_DiagList *diags)
{
    size_t before = diags->errors + diags->warnings;
    /* the checks every pack file gets: UTF-8, syntax, duplicate keys, depth, size */
    cJSON *root = sv_json_parse(path, bytes, len, diags);
    if (root && !cJSON_IsObject(root)) {
        int line = 0, col = 0;
        (void)sv_json_locate(bytes, len, "", &line, &col);
        sv_diag_add(diags, SV_SEV_ERROR, path, "", line, col, "the file must be one JSON object");
    }
    if (!root || !cJSON_IsObject(root)) {
        cJSON_Delete(root);
        return diags->errors + diags->warnings - before;
    }
    sv_JsonFile f;
    sv_json_file_init(&f, path, bytes, len, MAX_REPORTS, diags);
    bool seen[UI_STR_COUNT] = {false};
    for (const cJSON *item = root->child; item; item = item->next) {
        if (item->string[0] == '_') continue; /* notes for translators */
        char ptr[256];
        snprintf(ptr, sizeof ptr, "/%s", item->string); /* keys are [a-z0-9_.] */
        int id = find_key(item->string);
        if (id < 0) {
            sv_json_file_report(&f, SV_SEV_ERROR, ptr, "unknown key \"%s\"", item->string);
        } else if (!cJSON_IsString(item) || !item->valuestring[0]) {
            sv_json_file_report(&f, SV_SEV_ERROR, ptr, "\"%s\" must be a non-empty string",
                                item->string);
        } else {
            seen[id] = true;
            free(s->text[lang][id]);
            s->text[lang][id] = dup(item->valuestring);
        }
    }
    cJSON_Delete(root);
    for (int i = 0; i < UI_STR_COUNT; i++)
        if (!seen[i]) sv_json_file_report(&f, SV_SEV_ERROR, "", "missing key \"%s\"", keys[i]);
    sv_json_file_free(&f);
    return diags->errors + diags->warnings - before;
}

static void load_lang(ui_Strings *s, const char *dir, sv_Lang lang, Report *r)
{
    char path[1024];
    snprintf(path, sizeof path, "%s%s.json", dir, sv_lang_code(lang));
    sv_DiagList diags;
    sv_diag_init(&diags);
    size_t len = 0;
    bool missing = false;
    char *bytes = sv_native_read(path, SV_MAX_FILE_BYTES, &len, &missing, &diags);
    size_t problems = bytes ? ui_strings_parse(s, lang, path, bytes, len, &diags) : 1;
    if (!bytes && diags.count == 0)
        sv_diag_add(&diags, SV_SEV_ERROR, path, "", 0, 0, "%s",
                    missing ? "there is no such file" : "cannot be read");
    report_diags(r, &diags);
    r->count += problems - (diags.count < problems ? diags.count : problems);
    sv_diag_free(&diags);
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
