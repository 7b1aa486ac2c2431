/* svara-tool check: loads each pack exactly as the game does, applies its
 * scoring changes to the default model as `play` will, and prints every
 * diagnostic. A folder without pack.json is taken as a folder of packs. What
 * a path is comes from sv_native_kind(), which never opens it, so a named
 * pipe is reported by the loader instead of blocking here. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svara/native.h"
#include "svara/pack.h"
#include "svara/score.h"
#include "tool.h"

/* The default scoring model, read once when the first pack changes it. */
typedef struct Checker {
    sv_ScoreModel *model;
    bool tried;
} Checker;

static bool is_dir(const char *path) { return sv_native_kind(path, NULL) == SV_NATIVE_DIR; }

static bool has_manifest(const char *dir)
{
    char p[1024];
    if (snprintf(p, sizeof p, "%s/pack.json", dir) >= (int)sizeof p) return false;
    return sv_native_kind(p, NULL) != SV_NATIVE_MISSING;
}

/* The pack's "scoring" names rules of the default model: an unknown one is
 * the same located error `play` gives, found before anyone plays. */
static void check_scoring(Checker *c, const sv_Pack *pack, sv_DiagList *diags)
{
    if (pack->score_weight_count == 0 && pack->score_disable_count == 0) return;
    if (!c->tried) c->model = tool_load_model(NULL);
    c->tried = true;
    sv_ScoreModel *m = c->model ? sv_score_clone(c->model) : NULL;
    if (!m) {
        sv_diag_add(diags, SV_SEV_WARNING, pack->manifest_file, "/scoring", 0, 0,
                    "the scoring changes were not checked: the default scoring model could not "
                    "be read");
        return;
    }
    (void)sv_score_apply_pack(m, pack, diags);
    sv_score_free(m);
}

/* Returns the number of errors found in the pack at `path`. */
static size_t check_one(Checker *c, const char *path)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Pack *pack = NULL;
    const char *paths[1] = {path};
    sv_Status st = sv_pack_load(paths, 1, NULL, &pack, &diags);
    if (st == SV_OK && pack) check_scoring(c, pack, &diags);
    tool_print_diags(stdout, &diags);
    size_t errors = diags.errors;
    if (st != SV_OK && errors == 0) errors = 1; /* never call a failed load clean */
    size_t warnings = diags.warnings;
    if (errors == 0 && pack)
        printf("%s: ok, pack '%s' %s, %u scenario%s, %zu warning%s\n", path, pack->id,
               pack->version, pack->scenario_count, pack->scenario_count == 1 ? "" : "s", warnings,
               warnings == 1 ? "" : "s");
    else
        printf("%s: %zu error%s, %zu warning%s\n", path, errors, errors == 1 ? "" : "s", warnings,
               warnings == 1 ? "" : "s");
    if (pack) sv_pack_unload(pack);
    sv_diag_free(&diags);
    return errors;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A folder of packs: every subfolder with a pack.json and every .zip, by name. */
static size_t check_folder(Checker *c, const char *dir, size_t *packs)
{
    DIR *d = opendir(dir);
    if (!d) {
        printf("%s: cannot open folder\n", dir);
        return 1;
    }
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
    if (n == 0) printf("%s: no packs found (a pack is a folder with pack.json, or a .zip)\n", dir);
    *packs += n;
    return errors;
}

int tool_check(int argc, char **argv)
{
    if (argc < 1) {
        fputs("usage: svara-tool check PACK...\n", stderr);
        return 2;
    }
    size_t errors = 0, packs = 0;
    Checker c = {0};
    for (int i = 0; i < argc; i++) {
        if (is_dir(argv[i]) && !has_manifest(argv[i])) {
            errors += check_folder(&c, argv[i], &packs);
        } else {
            errors += check_one(&c, argv[i]);
            packs++;
        }
    }
    sv_score_free(c.model);
    if (packs > 1)
        printf("%zu packs checked, %zu error%s\n", packs, errors, errors == 1 ? "" : "s");
    return errors ? 1 : 0;
}
