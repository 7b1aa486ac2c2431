/* svara-tool check: loads each pack exactly as the game does and prints every
 * diagnostic. A folder without pack.json is taken as a folder of packs. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "svara/pack.h"
#include "tool.h"

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool has_manifest(const char *dir)
{
    char p[1024];
    if (snprintf(p, sizeof p, "%s/pack.json", dir) >= (int)sizeof p) return false;
    struct stat st;
    return stat(p, &st) == 0;
}

/* Returns the number of errors found in the pack at `path`. */
static size_t check_one(const char *path)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Pack *pack = NULL;
    const char *paths[1] = {path};
    sv_Status st = sv_pack_load(paths, 1, NULL, &pack, &diags);
    tool_print_diags(stdout, &diags);
    size_t errors = diags.errors;
    if (st != SV_OK && errors == 0) errors = 1; /* never call a failed load clean */
    size_t warnings = diags.warnings;
    if (errors == 0 && pack)
        printf("%s: ok, pack '%s' %s, %u scenario%s, %zu warning%s\n", path, pack->id,
               pack->version, pack->scenario_count, pack->scenario_count == 1 ? "" : "s",
               warnings, warnings == 1 ? "" : "s");
    else
        printf("%s: %zu error%s, %zu warning%s\n", path, errors, errors == 1 ? "" : "s",
               warnings, warnings == 1 ? "" : "s");
    if (pack) sv_pack_unload(pack);
    sv_diag_free(&diags);
    return errors;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A folder of packs: every subfolder with a pack.json and every .zip, by name. */
static size_t check_folder(const char *dir, size_t *packs)
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
        errors += check_one(names[i]);
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
    for (int i = 0; i < argc; i++) {
        if (is_dir(argv[i]) && !has_manifest(argv[i])) {
            errors += check_folder(argv[i], &packs);
        } else {
            errors += check_one(argv[i]);
            packs++;
        }
    }
    if (packs > 1) printf("%zu packs checked, %zu error%s\n", packs, errors, errors == 1 ? "" : "s");
    return errors ? 1 : 0;
}
