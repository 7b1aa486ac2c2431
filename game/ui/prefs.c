/* settings.json: reading with every problem located, keeping a broken file
 * aside, writing atomically. One bad value costs only that value; a file that
 * is not JSON costs the file, but never the player's text: it is moved to
 * "settings.json.bad-STAMP" before the game writes anything in its place. */
#include "prefs.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "svara/json.h"
#include "svara/limits.h"
#include "svara/native.h"

const uint32_t ui_prefs_speeds[UI_SPEED_COUNT] = {50, 75, 100, 150, 200};

static const char *const size_names[UI_SIZE_COUNT] = {"normal", "large", "extra-large"};

void ui_prefs_defaults(ui_Settings *s)
{
    memset(s, 0, sizeof *s);
    s->lang = SV_LANG_EN;
    s->text_size = UI_SIZE_NORMAL;
    s->speed_pct = 100;
}

int ui_prefs_text_pct(ui_TextSize size)
{
    return size == UI_SIZE_HUGE ? 150 : size == UI_SIZE_LARGE ? 125 : 100;
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void
put(char *buf, size_t size, const char *fmt, ...)
{
    if (!buf || !size) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, size, fmt, ap);
    va_end(ap);
}

/* Each reader sets one field from item or reports why it keeps the default. */
typedef bool (*Reader)(ui_Settings *s, const cJSON *item);

static bool read_language(ui_Settings *s, const cJSON *item)
{
    return cJSON_IsString(item) && sv_lang_parse(item->valuestring, &s->lang);
}

static bool read_text_size(ui_Settings *s, const cJSON *item)
{
    for (int i = 0; cJSON_IsString(item) && i < UI_SIZE_COUNT; i++)
        if (strcmp(item->valuestring, size_names[i]) == 0) {
            s->text_size = (ui_TextSize)i;
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

static bool read_fullscreen(ui_Settings *s, const cJSON *item)
{
    return read_bool(&s->fullscreen, item);
}
static bool read_motion(ui_Settings *s, const cJSON *item)
{
    return read_bool(&s->reduced_motion, item);
}

static bool read_tutorial(ui_Settings *s, const cJSON *item)
{
    return read_bool(&s->tutorial_done, item);
}

static bool read_palette(ui_Settings *s, const cJSON *item)
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

static bool read_speed(ui_Settings *s, const cJSON *item)
{
    if (!cJSON_IsNumber(item)) return false;
    for (int i = 0; i < UI_SPEED_COUNT; i++) {
        double want = (double)ui_prefs_speeds[i] / 100.0;
        if (item->valuedouble > want - 0.001 && item->valuedouble < want + 0.001) {
            s->speed_pct = ui_prefs_speeds[i];
            return true;
        }
    }
    return false;
}

/* A profile's folder name as sv_profile_slug makes it: a-z, 0-9 and '-'. */
static bool read_profile(ui_Settings *s, const cJSON *item)
{
    if (!cJSON_IsString(item)) return false;
    const char *v = item->valuestring;
    size_t n = strlen(v);
    if (n > SV_MAX_ID_BYTES) return false;
    for (size_t i = 0; i < n; i++)
        if (!((v[i] >= 'a' && v[i] <= 'z') || (v[i] >= '0' && v[i] <= '9') || v[i] == '-'))
            return false;
    memcpy(s->profile, v, n + 1);
    return true;
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
    {"tutorial_done", read_tutorial, "true or false"},
    {"profile", read_profile, "a profile's folder name (a-z, 0-9 and -)"},
};
#define FIELD_COUNT (sizeof fields / sizeof fields[0])

/* Each member read into *s or reported at its line and column; the count of
 * members not used. (A key given twice never gets here: the file is refused
 * as a pack file would be.) */
static size_t read_fields(ui_Settings *s, const cJSON *root, sv_JsonFile *f)
{
    size_t bad = 0;
    for (const cJSON *item = root->child; item; item = item->next) {
        if (strcmp(item->string, "format") == 0 || item->string[0] == '_') continue;
        char ptr[256];
        sv_json_pointer_key(ptr, sizeof ptr, "", item->string);
        size_t i = 0;
        while (i < FIELD_COUNT && strcmp(item->string, fields[i].key) != 0) i++;
        if (i == FIELD_COUNT) {
            sv_json_file_report(f, SV_SEV_WARNING, ptr, "unknown setting, not used");
            bad++;
        } else if (!fields[i].read(s, item)) {
            sv_json_file_report(f, SV_SEV_WARNING, ptr, "expected %s; the default is used",
                                fields[i].expect);
            bad++;
        }
    }
    return bad;
}

/* The most settings problems reported one by one; the rest are counted. */
#define MAX_REPORTS 50u

ui_PrefsResult ui_prefs_parse(ui_Settings *s, const char *path, const char *bytes, size_t len,
                              sv_DiagList *diags, char *why, size_t why_size)
{
    ui_prefs_defaults(s);
    size_t before = diags->count;
    /* the checks every pack file gets: UTF-8, syntax, duplicate keys, depth, size */
    cJSON *root = sv_json_parse(path, bytes, len, diags);
    if (!root || !cJSON_IsObject(root)) {
        if (root) {
            int line = 0, col = 0;
            (void)sv_json_locate(bytes, len, "", &line, &col);
            sv_diag_add(diags, SV_SEV_ERROR, path, "", line, col, "not a JSON object");
        }
        cJSON_Delete(root);
        const sv_Diag *d = diags->count > before ? &diags->items[before] : NULL;
        if (d && d->line)
            put(why, why_size, "%s, at line %d, column %d", d->message, d->line, d->column);
        else
            put(why, why_size, "%s", d ? d->message : "not valid JSON");
        ui_prefs_defaults(s);
        return UI_PREFS_CORRUPT;
    }
    sv_JsonFile f;
    sv_json_file_init(&f, path, bytes, len, MAX_REPORTS, diags);
    size_t unused = read_fields(s, root, &f);
    sv_json_file_free(&f);
    cJSON_Delete(root);
    if (!unused) return UI_PREFS_LOADED;
    put(why, why_size, "%zu bad value%s, listed above", unused, unused == 1 ? "" : "s");
    return UI_PREFS_REPAIRED;
}

/* Reads path into *s, defaults first. Never opens a named pipe for reading. */
static ui_PrefsResult load(ui_Settings *s, const char *path, sv_DiagList *diags, char *why,
                           size_t why_size)
{
    ui_prefs_defaults(s);
    const char *what;
    sv_NativeKind kind = sv_native_kind(path, &what);
    if (kind == SV_NATIVE_MISSING) return UI_PREFS_MISSING;
    if (kind == SV_NATIVE_DIR || kind == SV_NATIVE_OTHER) {
        sv_diag_add(diags, SV_SEV_ERROR, path, "", 0, 0, "this is %s, not a settings file", what);
        put(why, why_size, "it is %s", what);
        return UI_PREFS_NOT_FILE;
    }
    size_t len = 0, before = diags->count;
    bool missing = false;
    char *bytes = sv_native_read(path, SV_MAX_FILE_BYTES, &len, &missing, diags);
    if (!bytes) {
        if (missing) return UI_PREFS_MISSING;
        put(why, why_size, "%s",
            diags->count > before ? diags->items[diags->count - 1].message : "");
        /* swapped for a pipe or a folder since we looked: still never moved */
        kind = sv_native_kind(path, &what);
        return kind == SV_NATIVE_DIR || kind == SV_NATIVE_OTHER ? UI_PREFS_NOT_FILE
                                                                : UI_PREFS_CORRUPT;
    }
    ui_PrefsResult r = ui_prefs_parse(s, path, bytes, len, diags, why, why_size);
    free(bytes);
    return r;
}

ui_PrefsResult ui_prefs_open(ui_Settings *s, const char *path, const char *stamp, bool read_only,
                             sv_DiagList *diags, char *outcome, size_t size)
{
    char why[400] = "";
    put(outcome, size, "%s", "");
    ui_PrefsResult r = load(s, path, diags, why, sizeof why);
    if (r == UI_PREFS_LOADED || r == UI_PREFS_MISSING) return r;
    bool bad = r == UI_PREFS_CORRUPT || r == UI_PREFS_NOT_FILE;
    char head[4096 + 512]; /* a path as long as the system allows, and why */
    put(head, sizeof head, "%s %s (%s)", path, bad ? "could not be read" : "has bad values", why);
    const char *used = bad ? "the defaults are used" : "the good values are used";
    if (r == UI_PREFS_NOT_FILE) {
        put(outcome, size, "%s; it was left in place and %s; changes cannot be saved there", head,
            used);
        return r;
    }
    if (read_only) {
        put(outcome, size, "%s; %s for this run and the file is left as it is", head, used);
        return r;
    }
    sv_DiagList moved;
    sv_diag_init(&moved);
    char kept[4096 + 64];
    if (!sv_native_keep_aside(path, stamp, kept, sizeof kept, &moved)) {
        put(outcome, size,
            "%s; it could not be kept aside (%s), so it is left as it is and %s "
            "for this run",
            head, moved.count ? moved.items[0].message : "", used);
        sv_diag_free(&moved);
        return r;
    }
    sv_diag_free(&moved);
    char report[4096 + 512];
    bool saved = ui_prefs_save(s, path, report, sizeof report);
    put(outcome, size, "%s; it was kept as %s; %s%s%s", head, kept, used,
        saved ? "" : " but could not be saved: ", saved ? "" : report);
    return r;
}

bool ui_prefs_set(ui_Settings *s, const char *key, const char *value)
{
    cJSON *v = cJSON_Parse(value);
    if (!v) v = cJSON_CreateString(value);
    bool ok = false;
    for (size_t i = 0; v && i < FIELD_COUNT; i++)
        if (strcmp(key, fields[i].key) == 0) ok = fields[i].read(s, v);
    cJSON_Delete(v);
    return ok;
}

static cJSON *to_json(const ui_Settings *s)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) return NULL;
    bool ok = cJSON_AddNumberToObject(o, "format", 1) &&
              cJSON_AddStringToObject(o, "language", sv_lang_code(s->lang)) &&
              cJSON_AddStringToObject(o, "text_size", size_names[s->text_size % UI_SIZE_COUNT]) &&
              cJSON_AddBoolToObject(o, "fullscreen", s->fullscreen) &&
              cJSON_AddBoolToObject(o, "reduced_motion", s->reduced_motion) &&
              cJSON_AddStringToObject(o, "palette", s->okabe_ito ? "okabe-ito" : "standard") &&
              cJSON_AddNumberToObject(o, "time_speed", (double)s->speed_pct / 100.0) &&
              cJSON_AddBoolToObject(o, "tutorial_done", s->tutorial_done) &&
              (!s->profile[0] || cJSON_AddStringToObject(o, "profile", s->profile));
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

bool ui_prefs_save(const ui_Settings *s, const char *path, char *report, size_t size)
{
    put(report, size, "%s", "");
    cJSON *o = to_json(s);
    char *text = o ? cJSON_Print(o) : NULL;
    cJSON_Delete(o);
    if (!text) {
        put(report, size, "%s: out of memory", path);
        return false;
    }
    size_t n = strlen(text);
    char *bytes = malloc(n + 2);
    bool ok = bytes != NULL;
    sv_DiagList diags;
    sv_diag_init(&diags);
    if (bytes) {
        memcpy(bytes, text, n);
        bytes[n] = '\n';
        ok = sv_native_write_atomic(path, bytes, n + 1, &diags);
    }
    if (!ok && diags.count)
        sv_diag_format(&diags.items[0], report, size);
    else if (!ok)
        put(report, size, "%s: out of memory", path);
    sv_diag_free(&diags);
    free(bytes);
    cJSON_free(text);
    return ok;
}

void ui_prefs_describe(const ui_Settings *s, char *buf, size_t size)
{
    snprintf(buf, size,
             "language=%s text_size=%s fullscreen=%s reduced_motion=%s palette=%s time_speed=%u%% "
             "tutorial_done=%s "
             "profile=%s",
             sv_lang_code(s->lang), size_names[s->text_size % UI_SIZE_COUNT],
             s->fullscreen ? "true" : "false", s->reduced_motion ? "true" : "false",
             s->okabe_ito ? "okabe-ito" : "standard", s->speed_pct,
             s->tutorial_done ? "true" : "false", s->profile[0] ? s->profile : "-");
}
