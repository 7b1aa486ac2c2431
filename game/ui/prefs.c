/* settings.json: reading with every problem located, writing atomically. One
 * bad value costs only that value; a file that is not JSON costs the file.
 * Either way the game starts, says what it did, and writes a good file back. */
#include "prefs.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cjson/cJSON.h>

const uint32_t sv_prefs_speeds[SV_SPEED_COUNT] = {50, 75, 100, 150, 200};

static const char *const size_names[SV_SIZE_COUNT] = {"normal", "large", "extra-large"};

void sv_prefs_defaults(sv_Settings *s)
{
    memset(s, 0, sizeof *s);
    s->lang = SV_LANG_EN;
    s->text_size = SV_SIZE_NORMAL;
    s->speed_pct = 100;
}

int sv_prefs_text_pct(sv_TextSize size)
{
    return size == SV_SIZE_HUGE ? 150 : size == SV_SIZE_LARGE ? 125 : 100;
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void
say(char *buf, size_t size, const char *fmt, ...)
{
    if (!buf || !size) return;
    size_t used = strlen(buf);
    if (used + 2 >= size) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + used, size - used - 1, fmt, ap);
    va_end(ap);
    used = strlen(buf);
    buf[used] = '\n';
    buf[used + 1] = '\0';
}

static char *read_file(const char *path, size_t *len, bool *missing)
{
    FILE *f = fopen(path, "rb");
    *missing = !f && errno == ENOENT;
    if (!f) return NULL;
    char *buf = malloc(65536 + 1);
    size_t n = buf ? fread(buf, 1, 65536, f) : 0;
    fclose(f);
    if (buf) buf[n] = '\0';
    *len = n;
    return buf;
}

static void line_col(const char *text, size_t offset, int *line, int *col)
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

/* Each reader sets one field from item or reports why it keeps the default. */
typedef bool (*Reader)(sv_Settings *s, const cJSON *item);

static bool read_language(sv_Settings *s, const cJSON *item)
{
    return cJSON_IsString(item) && sv_lang_parse(item->valuestring, &s->lang);
}

static bool read_text_size(sv_Settings *s, const cJSON *item)
{
    for (int i = 0; cJSON_IsString(item) && i < SV_SIZE_COUNT; i++)
        if (strcmp(item->valuestring, size_names[i]) == 0) {
            s->text_size = (sv_TextSize)i;
            return true;
        }
    return false;
}

static bool read_bool(bool *out, const cJSON *item)
{
    if (!cJSON_IsBool(item)) return false;
    *out = cJSON_IsTrue(item);
    return true;
}

static bool read_fullscreen(sv_Settings *s, const cJSON *item)
{
    return read_bool(&s->fullscreen, item);
}
static bool read_motion(sv_Settings *s, const cJSON *item)
{
    return read_bool(&s->reduced_motion, item);
}

static bool read_palette(sv_Settings *s, const cJSON *item)
{
    if (!cJSON_IsString(item)) return false;
    if (strcmp(item->valuestring, "standard") == 0)
        s->okabe_ito = false;
    else if (strcmp(item->valuestring, "okabe-ito") == 0)
        s->okabe_ito = true;
    else
        return false;
    return true;
}

static bool read_speed(sv_Settings *s, const cJSON *item)
{
    if (!cJSON_IsNumber(item)) return false;
    for (int i = 0; i < SV_SPEED_COUNT; i++) {
        double want = (double)sv_prefs_speeds[i] / 100.0;
        if (item->valuedouble > want - 0.001 && item->valuedouble < want + 0.001) {
            s->speed_pct = sv_prefs_speeds[i];
            return true;
        }
    }
    return false;
}

static const struct {
    const char *key;
    Reader read;
    const char *expect;
} fields[] = {
    {"language", read_language, "\"en\", \"sv\" or \"nb\""},
    {"text_size", read_text_size, "\"normal\", \"large\" or \"extra-large\""},
    {"fullscreen", read_fullscreen, "true or false"},
    {"reduced_motion", read_motion, "true or false"},
    {"palette", read_palette, "\"standard\" or \"okabe-ito\""},
    {"time_speed", read_speed, "0.5, 0.75, 1, 1.5 or 2"},
};
#define FIELD_COUNT (sizeof fields / sizeof fields[0])

static sv_PrefsResult read_fields(sv_Settings *s, const cJSON *root, const char *path, char *report,
                                  size_t size)
{
    sv_PrefsResult res = SV_PREFS_LOADED;
    for (const cJSON *item = root->child; item; item = item->next) {
        if (strcmp(item->string, "format") == 0 || item->string[0] == '_') continue;
        bool known = false;
        for (size_t i = 0; i < FIELD_COUNT; i++) {
            if (strcmp(item->string, fields[i].key) != 0) continue;
            known = true;
            if (!fields[i].read(s, item)) {
                say(report, size, "%s: /%s: expected %s; using the default", path, fields[i].key,
                    fields[i].expect);
                res = SV_PREFS_REPAIRED;
            }
        }
        if (!known) {
            say(report, size, "%s: /%s: unknown setting, ignored", path, item->string);
            res = SV_PREFS_REPAIRED;
        }
    }
    return res;
}

sv_PrefsResult sv_prefs_load(sv_Settings *s, const char *path, char *report, size_t size)
{
    if (report && size) report[0] = '\0';
    size_t len = 0;
    bool missing = false;
    char *bytes = read_file(path, &len, &missing);
    if (!bytes) {
        if (!missing) say(report, size, "%s: cannot be read; using the default settings", path);
        return missing ? SV_PREFS_MISSING : SV_PREFS_CORRUPT;
    }
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(bytes, len, &end, 0);
    size_t at = root && end ? (size_t)(end - bytes) : 0;
    while (root && at < len && strchr(" \t\r\n", bytes[at])) at++;
    if (!root || at < len || !cJSON_IsObject(root)) {
        const char *err = cJSON_GetErrorPtr();
        size_t off =
            !root && err && err >= bytes && err <= bytes + len ? (size_t)(err - bytes) : at;
        int line, col;
        line_col(bytes, off, &line, &col);
        say(report, size, "%s:%d:%d: %s; using the default settings", path, line, col,
            !root      ? "not valid JSON"
            : at < len ? "text after the end of the JSON"
                       : "expected a JSON object");
        cJSON_Delete(root);
        free(bytes);
        return SV_PREFS_CORRUPT;
    }
    sv_PrefsResult res = read_fields(s, root, path, report, size);
    cJSON_Delete(root);
    free(bytes);
    return res;
}

bool sv_prefs_set(sv_Settings *s, const char *key, const char *value)
{
    cJSON *v = cJSON_Parse(value);
    if (!v) v = cJSON_CreateString(value);
    bool ok = false;
    for (size_t i = 0; v && i < FIELD_COUNT; i++)
        if (strcmp(key, fields[i].key) == 0) ok = fields[i].read(s, v);
    cJSON_Delete(v);
    return ok;
}

static cJSON *to_json(const sv_Settings *s)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) return NULL;
    bool ok = cJSON_AddNumberToObject(o, "format", 1) &&
              cJSON_AddStringToObject(o, "language", sv_lang_code(s->lang)) &&
              cJSON_AddStringToObject(o, "text_size", size_names[s->text_size % SV_SIZE_COUNT]) &&
              cJSON_AddBoolToObject(o, "fullscreen", s->fullscreen) &&
              cJSON_AddBoolToObject(o, "reduced_motion", s->reduced_motion) &&
              cJSON_AddStringToObject(o, "palette", s->okabe_ito ? "okabe-ito" : "standard") &&
              cJSON_AddNumberToObject(o, "time_speed", (double)s->speed_pct / 100.0);
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

bool sv_prefs_save(const sv_Settings *s, const char *path, char *report, size_t size)
{
    if (report && size) report[0] = '\0';
    cJSON *o = to_json(s);
    char *text = o ? cJSON_Print(o) : NULL;
    cJSON_Delete(o);
    if (!text) {
        say(report, size, "%s: out of memory", path);
        return false;
    }
    char tmp[1100];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    bool ok = f != NULL;
    if (ok) {
        ok = fputs(text, f) >= 0 && fputc('\n', f) != EOF && fflush(f) == 0;
        /* on disk before the rename, or a power cut could leave an empty file */
        ok = ok && fsync(fileno(f)) == 0;
        ok = fclose(f) == 0 && ok;
    }
    ok = ok && rename(tmp, path) == 0;
    if (!ok) {
        say(report, size, "%s: cannot be written: %s", path, strerror(errno));
        remove(tmp);
    }
    free(text);
    return ok;
}

void sv_prefs_describe(const sv_Settings *s, char *buf, size_t size)
{
    snprintf(buf, size,
             "language=%s text_size=%s fullscreen=%s reduced_motion=%s palette=%s time_speed=%u%%",
             sv_lang_code(s->lang), size_names[s->text_size % SV_SIZE_COUNT],
             s->fullscreen ? "true" : "false", s->reduced_motion ? "true" : "false",
             s->okabe_ito ? "okabe-ito" : "standard", s->speed_pct);
}
