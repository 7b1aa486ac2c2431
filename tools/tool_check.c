/* svara-tool check: loads each pack exactly as the game does, applies its
 * scoring changes to the default model as `play` will, runs the authoring
 * checks (svara/lint.h) on every scenario that loaded, and prints every
 * finding as text, JSON or SARIF 2.1.0. A folder without pack.json is taken
 * as a folder of packs. What a path is comes from sv_native_kind(), which
 * never opens it, so a named pipe is reported by the loader instead of
 * blocking here. */
#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svara/lint.h"
#include "svara/native.h"
#include "svara/pack.h"
#include "svara/score.h"
#include "tool.h"

typedef enum { FMT_TEXT = 0, FMT_JSON, FMT_SARIF } Format;

/* One pack checked: its findings are items [first, first + count) of the
 * checker's list. */
typedef struct Checked {
    char *path;
    char *label; /* how its files are named in findings: "sample" */
    char *id;    /* NULL when it did not load */
    char *version;
    unsigned scenarios;
    bool folder;
    size_t errors, warnings;
    size_t first, count;
} Checked;

typedef struct Checker {
    sv_ScoreModel *model; /* the default scoring model, read once when first needed */
    bool tried;
    bool strict;
    Format format;
    sv_DiagList all; /* every finding of every pack, in order */
    Checked *packs;
    size_t n, cap;
} Checker;

static bool is_dir(const char *path) { return sv_native_kind(path, NULL) == SV_NATIVE_DIR; }

static bool has_manifest(const char *dir)
{
    char p[1024];
    if (snprintf(p, sizeof p, "%s/pack.json", dir) >= (int)sizeof p) return false;
    return sv_native_kind(p, NULL) != SV_NATIVE_MISSING;
}

static char *dup_str(const char *s)
{
    char *d = malloc(strlen(s ? s : "") + 1);
    if (d) strcpy(d, s ? s : "");
    return d;
}

static const sv_ScoreModel *base_model(Checker *c)
{
    if (!c->tried) c->model = tool_load_model(NULL);
    c->tried = true;
    return c->model;
}

/* The pack's "scoring" names rules of the default model: an unknown one is
 * the same located error `play` gives, found before anyone plays. Returns
 * the length the model (with the pack's changes) calls long, 0 if unknown. */
static uint32_t check_scoring(Checker *c, const sv_Pack *pack, sv_DiagList *diags)
{
    const sv_ScoreModel *base = base_model(c);
    if (pack->score_weight_count == 0 && pack->score_disable_count == 0)
        return sv_lint_long_chars(base);
    sv_ScoreModel *m = base ? sv_score_clone(base) : NULL;
    if (!m) {
        sv_diag_add(diags, SV_SEV_WARNING, pack->manifest_file, "/scoring", 0, 0,
                    "the scoring changes were not checked: the default scoring model could not "
                    "be read");
        return 0;
    }
    uint32_t chars = sv_score_apply_pack(m, pack, diags) == SV_OK ? sv_lint_long_chars(m) : 0;
    sv_score_free(m);
    return chars;
}

/* "sample/pack.json" -> "sample" */
static void pack_label(const sv_Pack *pack, char *out, size_t size)
{
    const char *f = pack->manifest_file ? pack->manifest_file : "";
    size_t n = strlen(f), tail = strlen("/pack.json");
    if (n >= tail && strcmp(f + n - tail, "/pack.json") == 0) n -= tail;
    snprintf(out, size, "%.*s", (int)n, f);
}

static void lint_pack(const sv_Pack *pack, uint32_t long_chars, sv_DiagList *diags)
{
    char label[SV_MAX_PATH], shown[2 * SV_MAX_PATH];
    pack_label(pack, label, sizeof label);
    sv_LintOptions opt = {pack->languages, pack->first_language, long_chars};
    sv_lint_manifest(pack->manifest_file, pack->manifest_bytes, pack->manifest_len, &pack->title,
                     &pack->description, &opt, diags);
    for (uint32_t i = 0; i < pack->scenario_count; i++) {
        const sv_Scenario *sc = &pack->scenarios[i];
        char *bytes = NULL;
        size_t len = 0;
        (void)sv_pack_read(pack, sc->file, &bytes, &len); /* no bytes: findings without lines */
        snprintf(shown, sizeof shown, "%s/%s", label, sc->file);
        sv_lint_scenario(sc, shown, bytes, len, &opt, diags);
        free(bytes);
    }
}

static bool add_checked(Checker *c, const Checked *k)
{
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 8;
        Checked *bigger = realloc(c->packs, cap * sizeof *bigger);
        if (!bigger) return false;
        c->packs = bigger;
        c->cap = cap;
    }
    c->packs[c->n++] = *k;
    return true;
}

/* Moves the pack's findings to the checker's list: loader diagnostics get
 * their rule, and under --strict every warning becomes an error. */
static void keep(Checker *c, Checked *k, sv_DiagList *diags)
{
    k->first = c->all.count;
    for (size_t i = 0; i < diags->count; i++) {
        sv_Diag d = diags->items[i];
        if (d.rule == 0)
            d.rule = d.severity == SV_SEV_ERROR ? SV_RULE_LOAD_ERROR : SV_RULE_LOAD_WARNING;
        if (c->strict) d.severity = SV_SEV_ERROR;
        size_t before = c->all.count;
        sv_diag_add(&c->all, d.severity, d.file, d.pointer, d.line, d.column, "%s", d.message);
        if (c->all.count > before) c->all.items[before].rule = d.rule;
    }
    k->count = c->all.count - k->first;
    k->errors = diags->errors + (c->strict ? diags->warnings : 0);
    k->warnings = c->strict ? 0 : diags->warnings;
}

static void print_text(const Checker *c, const Checked *k)
{
    char line[1200];
    for (size_t i = k->first; i < k->first + k->count; i++) {
        const sv_Diag *d = &c->all.items[i];
        sv_diag_format(d, line, sizeof line);
        const sv_LintRule *r = d->rule > SV_RULE_LOAD_WARNING ? sv_lint_rule(d->rule) : NULL;
        if (r)
            printf("%s [%s %s]\n", line, r->code, r->name);
        else
            printf("%s\n", line);
    }
    size_t e = k->errors, w = k->warnings;
    if (e == 0 && k->id)
        printf("%s: ok, pack '%s' %s, %u scenario%s, %zu warning%s\n", k->path, k->id, k->version,
               k->scenarios, k->scenarios == 1 ? "" : "s", w, w == 1 ? "" : "s");
    else
        printf("%s: %zu error%s, %zu warning%s\n", k->path, e, e == 1 ? "" : "s", w,
               w == 1 ? "" : "s");
}

/* Returns the number of errors found in the pack at `path`. */
static size_t check_one(Checker *c, const char *path)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Pack *pack = NULL;
    const char *paths[1] = {path};
    sv_Status st = sv_pack_load(paths, 1, NULL, &pack, &diags);
    if (st == SV_OK && pack) {
        uint32_t long_chars = check_scoring(c, pack, &diags);
        lint_pack(pack, long_chars, &diags);
    }
    if (st != SV_OK && diags.errors == 0) /* never call a failed load clean */
        sv_diag_add(&diags, SV_SEV_ERROR, path, "", 0, 0, "the pack could not be loaded");
    char label[SV_MAX_PATH] = "";
    if (pack) pack_label(pack, label, sizeof label);
    Checked k = {.path = dup_str(path), .label = dup_str(label), .folder = is_dir(path)};
    if (pack && st == SV_OK) {
        k.id = dup_str(pack->id);
        k.version = dup_str(pack->version);
        k.scenarios = pack->scenario_count;
    }
    keep(c, &k, &diags);
    if (c->format == FMT_TEXT) print_text(c, &k);
    size_t errors = k.errors;
    if (!add_checked(c, &k)) {
        free(k.path);
        free(k.label);
        free(k.id);
        free(k.version);
    }
    if (pack) sv_pack_unload(pack);
    sv_diag_free(&diags);
    return errors;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A problem with a folder of packs itself, as a finding of its own. */
static size_t folder_problem(Checker *c, const char *dir, const char *what)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_diag_add(&diags, SV_SEV_ERROR, dir, "", 0, 0, "%s", what);
    Checked k = {.path = dup_str(dir), .label = dup_str("")};
    keep(c, &k, &diags);
    if (c->format == FMT_TEXT) printf("%s: %s\n", dir, what);
    if (!add_checked(c, &k)) {
        free(k.path);
        free(k.label);
    }
    sv_diag_free(&diags);
    return 1;
}

/* A folder of packs: every subfolder with a pack.json and every .zip, by name. */
static size_t check_folder(Checker *c, const char *dir, size_t *packs)
{
    DIR *d = opendir(dir);
    if (!d) return folder_problem(c, dir, "cannot open folder");
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        char p[1024];
        if (snprintf(p, sizeof p, "%s/%s", dir, e->d_name) >= (int)sizeof p) continue;
        size_t len = strlen(e->d_name);
        bool zip = len > 4 && strcmp(e->d_name + len - 4, ".zip") == 0;
        if (!zip && !(is_dir(p) && has_manifest(p))) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **bigger = realloc(names, cap * sizeof *names);
            if (!bigger) break;
            names = bigger;
        }
        names[n] = malloc(strlen(p) + 1);
        if (names[n]) strcpy(names[n++], p);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    size_t errors = 0;
    for (size_t i = 0; i < n; i++) {
        errors += check_one(c, names[i]);
        free(names[i]);
    }
    free(names);
    if (n == 0)
        errors +=
            folder_problem(c, dir, "no packs found (a pack is a folder with pack.json, or a .zip)");
    *packs += n;
    return errors;
}

/* ---- JSON and SARIF ---------------------------------------------------------------- */

static const char *level(sv_Severity s) { return s == SV_SEV_ERROR ? "error" : "warning"; }

static const Checked *pack_of(const Checker *c, size_t item)
{
    for (size_t i = 0; i < c->n; i++)
        if (item >= c->packs[i].first && item < c->packs[i].first + c->packs[i].count)
            return &c->packs[i];
    return NULL;
}

/* The last part of a path: "tests/x.zip" -> "x.zip". */
static const char *base_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash && slash[1] ? slash + 1 : path;
}

/* The file on disk a finding names: "sample/scenarios/x.json" of the folder
 * pack at "scenarios/sample" is "scenarios/sample/scenarios/x.json"; a file
 * in a .zip is named as the finding names it. */
static void disk_path(const Checked *k, const char *file, char *out, size_t size)
{
    size_t n = k && k->label ? strlen(k->label) : 0;
    if (k && k->folder && n > 0 && strncmp(file, k->label, n) == 0 && file[n] == '/') {
        size_t p = strlen(k->path);
        while (p > 1 && k->path[p - 1] == '/') p--;
        snprintf(out, size, "%.*s%s", (int)p, k->path, file + n);
    } else if (k && strcmp(file, base_of(k->path)) == 0) {
        snprintf(out, size, "%s", k->path); /* the .zip (or folder) itself */
    } else {
        snprintf(out, size, "%s", file);
    }
}

/* A relative URI reference: the path with what a URI cannot hold %-escaped. */
static void uri_of(const char *path, char *out, size_t size)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t o = 0;
    if (path[0] == '/' && size > 8) { /* an absolute path is a file: URI */
        memcpy(out, "file://", 7);
        o = 7;
    }
    for (const unsigned char *p = (const unsigned char *)path; *p && o + 4 < size; p++) {
        bool plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                     (*p >= '0' && *p <= '9') || strchr("-._~/", *p);
        if (plain) {
            out[o++] = (char)*p;
        } else {
            out[o++] = '%';
            out[o++] = hex[*p >> 4];
            out[o++] = hex[*p & 15];
        }
    }
    out[o] = '\0';
}

static const char *rule_code(int rule)
{
    const sv_LintRule *r = sv_lint_rule(rule);
    return r ? r->code : "SV001";
}

static const char *rule_name(int rule)
{
    const sv_LintRule *r = sv_lint_rule(rule);
    return r ? r->name : "load-error";
}

static cJSON *json_report(const Checker *c, size_t errors, size_t warnings)
{
    cJSON *root = cJSON_CreateObject(), *packs = cJSON_AddArrayToObject(root, "packs");
    cJSON *found = cJSON_AddArrayToObject(root, "diagnostics");
    cJSON_AddNumberToObject(root, "format", 1);
    cJSON_AddStringToObject(root, "tool", "svara-tool check");
    cJSON_AddBoolToObject(root, "strict", c->strict);
    for (size_t i = 0; i < c->n; i++) {
        const Checked *k = &c->packs[i];
        cJSON *p = cJSON_CreateObject();
        cJSON_AddStringToObject(p, "path", k->path);
        if (k->id) {
            cJSON_AddStringToObject(p, "pack", k->id);
            cJSON_AddStringToObject(p, "version", k->version);
            cJSON_AddNumberToObject(p, "scenarios", k->scenarios);
        }
        cJSON_AddBoolToObject(p, "ok", k->errors == 0 && k->id != NULL);
        cJSON_AddNumberToObject(p, "errors", (double)k->errors);
        cJSON_AddNumberToObject(p, "warnings", (double)k->warnings);
        cJSON_AddItemToArray(packs, p);
    }
    for (size_t i = 0; i < c->all.count; i++) {
        const sv_Diag *d = &c->all.items[i];
        const Checked *k = pack_of(c, i);
        char path[2 * SV_MAX_PATH];
        disk_path(k, d->file, path, sizeof path);
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "pack", k ? k->path : "");
        cJSON_AddStringToObject(o, "rule", rule_code(d->rule));
        cJSON_AddStringToObject(o, "name", rule_name(d->rule));
        cJSON_AddStringToObject(o, "severity", level(d->severity));
        cJSON_AddStringToObject(o, "file", d->file);
        cJSON_AddStringToObject(o, "path", path);
        cJSON_AddStringToObject(o, "pointer", d->pointer);
        cJSON_AddNumberToObject(o, "line", d->line);
        cJSON_AddNumberToObject(o, "column", d->column);
        cJSON_AddStringToObject(o, "message", d->message);
        cJSON_AddItemToArray(found, o);
    }
    cJSON_AddNumberToObject(root, "errors", (double)errors);
    cJSON_AddNumberToObject(root, "warnings", (double)warnings);
    return root;
}

static cJSON *sarif_rules(void)
{
    size_t n;
    const sv_LintRule *rules = sv_lint_rules(&n);
    cJSON *list = cJSON_CreateArray();
    for (size_t i = 0; i < n; i++) {
        cJSON *r = cJSON_CreateObject(), *text;
        cJSON_AddStringToObject(r, "id", rules[i].code);
        cJSON_AddStringToObject(r, "name", rules[i].name);
        text = cJSON_AddObjectToObject(r, "shortDescription");
        cJSON_AddStringToObject(text, "text", rules[i].summary);
        text = cJSON_AddObjectToObject(r, "fullDescription");
        cJSON_AddStringToObject(text, "text", rules[i].summary);
        text = cJSON_AddObjectToObject(r, "help");
        char help[400];
        snprintf(help, sizeof help,
                 "%s See \"What check looks for\" in scenarios/FORMAT.md (%s) for how to fix it.",
                 rules[i].summary, rules[i].code);
        cJSON_AddStringToObject(text, "text", help);
        cJSON *conf = cJSON_AddObjectToObject(r, "defaultConfiguration");
        cJSON_AddStringToObject(conf, "level", level(rules[i].severity));
        cJSON_AddItemToArray(list, r);
    }
    return list;
}

static int rule_index(int rule)
{
    size_t n;
    const sv_LintRule *rules = sv_lint_rules(&n);
    for (size_t i = 0; i < n; i++)
        if (rules[i].id == rule) return (int)i;
    return 0;
}

static cJSON *sarif_result(const Checker *c, size_t i)
{
    const sv_Diag *d = &c->all.items[i];
    char path[2 * SV_MAX_PATH], uri[6 * SV_MAX_PATH];
    disk_path(pack_of(c, i), d->file, path, sizeof path);
    uri_of(path, uri, sizeof uri);
    cJSON *res = cJSON_CreateObject(), *o;
    cJSON_AddStringToObject(res, "ruleId", rule_code(d->rule));
    cJSON_AddNumberToObject(res, "ruleIndex", rule_index(d->rule ? d->rule : SV_RULE_LOAD_ERROR));
    cJSON_AddStringToObject(res, "level", level(d->severity));
    o = cJSON_AddObjectToObject(res, "message");
    cJSON_AddStringToObject(o, "text", d->message);
    cJSON *loc = cJSON_CreateObject();
    cJSON *phys = cJSON_AddObjectToObject(loc, "physicalLocation");
    o = cJSON_AddObjectToObject(phys, "artifactLocation");
    cJSON_AddStringToObject(o, "uri", uri);
    if (d->line > 0) {
        o = cJSON_AddObjectToObject(phys, "region");
        cJSON_AddNumberToObject(o, "startLine", d->line);
        if (d->column > 0) cJSON_AddNumberToObject(o, "startColumn", d->column);
    }
    if (d->pointer[0]) {
        cJSON *logical = cJSON_AddArrayToObject(loc, "logicalLocations");
        o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "fullyQualifiedName", d->pointer);
        cJSON_AddStringToObject(o, "kind", "element");
        cJSON_AddItemToArray(logical, o);
    }
    cJSON_AddItemToArray(cJSON_AddArrayToObject(res, "locations"), loc);
    o = cJSON_AddObjectToObject(res, "properties");
    cJSON_AddStringToObject(o, "jsonPointer", d->pointer);
    cJSON_AddStringToObject(o, "file", d->file);
    return res;
}

static cJSON *sarif_report(const Checker *c)
{
    cJSON *root = cJSON_CreateObject();
    cJSON_AddStringToObject(root, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    cJSON_AddStringToObject(root, "version", "2.1.0");
    cJSON *run = cJSON_CreateObject();
    cJSON *driver = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "tool"), "driver");
    cJSON_AddStringToObject(driver, "name", "svara-tool check");
    cJSON_AddStringToObject(driver, "version", "1");
    cJSON_AddItemToObject(driver, "rules", sarif_rules());
    /* columns count characters, as editors do */
    cJSON_AddStringToObject(run, "columnKind", "unicodeCodePoints");
    cJSON *results = cJSON_AddArrayToObject(run, "results");
    for (size_t i = 0; i < c->all.count; i++) cJSON_AddItemToArray(results, sarif_result(c, i));
    cJSON_AddItemToArray(cJSON_AddArrayToObject(root, "runs"), run);
    return root;
}

static void print_json(cJSON *root)
{
    char *text = root ? cJSON_Print(root) : NULL;
    if (text) printf("%s\n", text);
    free(text);
    cJSON_Delete(root);
}

/* ---- the command ---------------------------------------------------------------------- */

static int usage(void)
{
    fputs("usage: svara-tool check [--strict] [--format text|json|sarif] PACK...\n", stderr);
    return 2;
}

int tool_check(int argc, char **argv)
{
    Checker c = {0};
    int first = 0;
    for (; first < argc && argv[first][0] == '-' && argv[first][1] == '-'; first++) {
        const char *a = argv[first];
        if (strcmp(a, "--strict") == 0) {
            c.strict = true;
        } else if (strcmp(a, "--format") == 0 && first + 1 < argc) {
            const char *f = argv[++first];
            if (strcmp(f, "text") == 0)
                c.format = FMT_TEXT;
            else if (strcmp(f, "json") == 0)
                c.format = FMT_JSON;
            else if (strcmp(f, "sarif") == 0)
                c.format = FMT_SARIF;
            else
                return usage();
        } else {
            return usage();
        }
    }
    if (first >= argc) return usage();
    sv_diag_init(&c.all);
    size_t errors = 0, packs = 0;
    for (int i = first; i < argc; i++) {
        if (is_dir(argv[i]) && !has_manifest(argv[i])) {
            errors += check_folder(&c, argv[i], &packs);
        } else {
            errors += check_one(&c, argv[i]);
            packs++;
        }
    }
    size_t warnings = 0;
    for (size_t i = 0; i < c.n; i++) warnings += c.packs[i].warnings;
    if (c.format == FMT_JSON)
        print_json(json_report(&c, errors, warnings));
    else if (c.format == FMT_SARIF)
        print_json(sarif_report(&c));
    else if (packs > 1)
        printf("%zu packs checked, %zu error%s\n", packs, errors, errors == 1 ? "" : "s");
    for (size_t i = 0; i < c.n; i++) {
        free(c.packs[i].path);
        free(c.packs[i].label);
        free(c.packs[i].id);
        free(c.packs[i].version);
    }
    free(c.packs);
    sv_diag_free(&c.all);
    sv_score_free(c.model);
    return errors ? 1 : 0;
}
