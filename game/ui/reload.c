/* Hot reload: the chosen pack loaded again from where the library found it,
 * swapped into the library only when it loads and the run restarts on it at
 * the same time (ui_run_restart); and --author's watcher, which stats the
 * pack's files twice a second. stat is the only system call here: no
 * threads, no file notifications, nothing beyond what SDL and POSIX give. */
#include "reload.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <SDL.h>

#include "svara/limits.h"
#include "svara/native.h"

/* ---- where a pack comes from ------------------------------------------------ */

/* "…/packs/sample/" -> "sample"; "…/sample.zip" -> "sample" */
static void label_of(const char *root, char *out, size_t size)
{
    size_t n = strlen(root);
    while (n > 1 && (root[n - 1] == '/' || root[n - 1] == '\\')) n--;
    size_t start = n;
    while (start > 0 && root[start - 1] != '/' && root[start - 1] != '\\') start--;
    size_t len = n - start;
    if (len > 4 && (strncmp(root + n - 4, ".zip", 4) == 0 || strncmp(root + n - 4, ".ZIP", 4) == 0))
        len -= 4;
    snprintf(out, size, "%.*s", (int)len, root + start);
}

/* folder + "/" + name (the folders' own paths may or may not end in one) */
static bool in_folder(char *out, size_t size, const char *folder, const char *name)
{
    size_t n = strlen(folder);
    bool sep = n > 0 && (folder[n - 1] == '/' || folder[n - 1] == '\\');
    int w = snprintf(out, size, "%s%s%s", folder, sep ? "" : "/", name);
    return w >= 0 && (size_t)w < size;
}

size_t ui_reload_sources(const ui_Game *g, int32_t pack, char paths[][UI_PATH_MAX], size_t cap,
                         char *label, size_t label_size)
{
    if (pack < 0 || (size_t)pack >= g->lib.count || cap == 0) return 0;
    const sv_Pack *p = g->lib.packs[pack];
    label_of(p->root, label, label_size);
    /* the library's folders in its order, each with a folder and a .zip of
     * that name, as sv_library_load groups them */
    const char *folders[2] = {g->paths.user_packs, g->paths.packs};
    size_t n = 0;
    for (size_t f = 0; f < 2; f++) {
        if (!folders[f][0]) continue;
        char dir[UI_PATH_MAX], zip[UI_PATH_MAX], manifest[UI_PATH_MAX + 16];
        char zip_name[UI_PATH_MAX];
        snprintf(zip_name, sizeof zip_name, "%s.zip", label);
        if (!in_folder(dir, sizeof dir, folders[f], label) ||
            !in_folder(zip, sizeof zip, folders[f], zip_name))
            continue;
        snprintf(manifest, sizeof manifest, "%s/pack.json", dir);
        if (n < cap && sv_native_kind(dir, NULL) == SV_NATIVE_DIR &&
            sv_native_kind(manifest, NULL) != SV_NATIVE_MISSING)
            snprintf(paths[n++], UI_PATH_MAX, "%s", dir);
        if (n < cap && sv_native_kind(zip, NULL) == SV_NATIVE_FILE)
            snprintf(paths[n++], UI_PATH_MAX, "%s", zip);
    }
    if (n == 0) snprintf(paths[n++], UI_PATH_MAX, "%s", p->root); /* loaded from elsewhere */
    for (size_t i = 0; i < n; i++)
        SDL_LogDebug(SDL_LOG_CATEGORY_APPLICATION, "pack %s from %s", label, paths[i]);
    return n;
}

/* ---- the reload ------------------------------------------------------------- */

ui_ReloadResult ui_reload_pack(ui_Game *g, sv_DiagList *diags)
{
    if (g->bench_pack || g->pack < 0 || (size_t)g->pack >= g->lib.count) return UI_RELOAD_NOTHING;
    const sv_Pack *old = g->lib.packs[g->pack];
    char paths[UI_RELOAD_SOURCES][UI_PATH_MAX], label[UI_PATH_MAX];
    const char *list[UI_RELOAD_SOURCES];
    size_t n = ui_reload_sources(g, g->pack, paths, UI_RELOAD_SOURCES, label, sizeof label);
    for (size_t i = 0; i < n; i++) list[i] = paths[i];
    sv_Pack *pack = NULL;
    if (n == 0 || sv_pack_load(list, n, label, &pack, diags) != SV_OK) return UI_RELOAD_FAILED;
    char manifest[UI_PATH_MAX + 16];
    snprintf(manifest, sizeof manifest, "%s/pack.json", label);
    const char *sc_id = g->run.active ? g->run.core.sc->id
                        : g->scenario >= 0 && (uint32_t)g->scenario < old->scenario_count
                            ? old->scenarios[g->scenario].id
                            : NULL;
    int32_t sc = sc_id ? sv_pack_find_scenario(pack, sc_id) : 0;
    if (strcmp(pack->id, old->id) != 0) {
        /* the library is sorted by id and replays name it: a new id is a new pack */
        sv_diag_add(diags, SV_SEV_ERROR, manifest, "/id", 0, 0,
                    "the pack's id is now '%s', not '%s'; a pack with a new id is a new pack: "
                    "start the game again to play it",
                    pack->id, old->id);
    } else if (sc < 0 || (uint32_t)sc >= pack->scenario_count) {
        sv_diag_add(diags, SV_SEV_ERROR, manifest, "/scenarios", 0, 0,
                    "scenario '%s' is not in the pack any more, so it cannot be played again here",
                    sc_id ? sc_id : "?");
    } else if (g->run.active) {
        ui_Run next;
        const sv_Replay *watched = g->run.core.replay && g->has_replay ? &g->replay : NULL;
        if (ui_run_restart(&next, &g->run, pack, sc, g->model, watched, g->opts->replay, diags)) {
            ui_run_stop(&g->run);
            g->run = next; /* a run holds no pointers into itself: it moves */
            sv_pack_unload(g->lib.packs[g->pack]);
            g->lib.packs[g->pack] = pack;
            g->scenario = sc;
            return UI_RELOAD_DONE;
        }
    } else {
        sv_pack_unload(g->lib.packs[g->pack]);
        g->lib.packs[g->pack] = pack;
        g->scenario = sc;
        return UI_RELOAD_DONE;
    }
    sv_pack_unload(pack);
    return UI_RELOAD_FAILED;
}

/* ---- the watcher ------------------------------------------------------------ */

void ui_watch_init(ui_Watch *w)
{
    memset(w, 0, sizeof *w);
    w->pack = -1;
}

void ui_watch_free(ui_Watch *w)
{
    free(w->files);
    ui_watch_init(w);
}

/* What stat says of one file now; nanoseconds where the system keeps them,
 * so two saves within a second are two changes. */
static void look(ui_WatchFile *f)
{
    struct stat st;
    f->exists = stat(f->path, &st) == 0;
    f->size = f->exists ? (int64_t)st.st_size : -1;
#if defined(__APPLE__)
    f->mtime_ns =
        f->exists ? (int64_t)st.st_mtimespec.tv_sec * 1000000000 + (int64_t)st.st_mtimespec.tv_nsec
                  : 0;
#elif defined(_WIN32)
    f->mtime_ns = f->exists ? (int64_t)st.st_mtime * 1000000000 : 0;
#else
    f->mtime_ns =
        f->exists ? (int64_t)st.st_mtim.tv_sec * 1000000000 + (int64_t)st.st_mtim.tv_nsec : 0;
#endif
}

typedef struct Names {
    ui_WatchFile *files;
    size_t count, cap;
} Names;

static void add(Names *l, const char *dir, const char *name)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        ui_WatchFile *grown =
            cap <= SV_MAX_PACK_FILES * 4u + 8u ? realloc(l->files, cap * sizeof *grown) : NULL;
        if (!grown) return; /* a file too many is not watched; the rest still are */
        l->files = grown;
        l->cap = cap;
    }
    ui_WatchFile *f = &l->files[l->count];
    memset(f, 0, sizeof *f);
    if (name)
        snprintf(f->path, sizeof f->path, "%s/%s", dir, name);
    else
        snprintf(f->path, sizeof f->path, "%s", dir);
    for (size_t i = 0; i < l->count; i++)
        if (strcmp(l->files[i].path, f->path) == 0) return;
    l->count++;
}

/* The scenario files the manifest in `dir` lists now, each watched in every folder. */
static void add_listed(Names *l, const char *manifest_dir, char paths[][UI_PATH_MAX], size_t n)
{
    char manifest[UI_PATH_MAX + 16];
    snprintf(manifest, sizeof manifest, "%s/pack.json", manifest_dir);
    sv_DiagList quiet; /* a broken manifest is the reload's to report */
    sv_diag_init(&quiet);
    size_t len = 0;
    char *bytes = sv_native_read(manifest, SV_MAX_FILE_BYTES, &len, NULL, &quiet);
    sv_Pack *m = NULL;
    if (bytes) (void)sv_pack_parse_manifest("pack.json", bytes, len, &m, &quiet);
    for (uint32_t i = 0; m && i < m->scenario_file_count; i++)
        for (size_t k = 0; k < n && m->scenario_files[i]; k++)
            if (sv_native_kind(paths[k], NULL) == SV_NATIVE_DIR)
                add(l, paths[k], m->scenario_files[i]);
    sv_pack_unload(m);
    free(bytes);
    sv_diag_free(&quiet);
}

void ui_watch_rebuild(ui_Watch *w, const ui_Game *g)
{
    char paths[UI_RELOAD_SOURCES][UI_PATH_MAX], label[UI_PATH_MAX];
    size_t n = ui_reload_sources(g, g->pack, paths, UI_RELOAD_SOURCES, label, sizeof label);
    Names l = {0};
    const char *manifest_dir = NULL;
    for (size_t i = 0; i < n; i++) {
        if (sv_native_kind(paths[i], NULL) == SV_NATIVE_DIR) {
            add(&l, paths[i], "pack.json");
            if (!manifest_dir) manifest_dir = paths[i]; /* the first folder's manifest wins */
        } else {
            add(&l, paths[i], NULL);
        }
    }
    if (manifest_dir) add_listed(&l, manifest_dir, paths, n);
    for (size_t i = 0; i < l.count; i++) {
        size_t k = 0;
        while (k < w->count && strcmp(w->files[k].path, l.files[i].path) != 0) k++;
        if (w->pack == g->pack && k < w->count)
            l.files[i] = w->files[k];
        else
            look(&l.files[i]);
    }
    if (g->pack != w->pack && l.count)
        SDL_Log("--author: watching pack %s (%zu files)", g->lib.packs[g->pack]->id, l.count);
    free(w->files);
    w->files = l.files;
    w->count = l.count;
    w->pack = g->pack;
}

bool ui_watch_poll(ui_Watch *w, const ui_Game *g, uint64_t now_ms)
{
    if (g->pack != w->pack) {
        ui_watch_rebuild(w, g);
        w->next_ms = now_ms + UI_WATCH_EVERY_MS;
        return false;
    }
    if (now_ms < w->next_ms) return false;
    w->next_ms = now_ms + UI_WATCH_EVERY_MS;
    bool changed = false;
    for (size_t i = 0; i < w->count; i++) {
        ui_WatchFile now = w->files[i];
        look(&now);
        if (now.exists != w->files[i].exists || now.size != w->files[i].size ||
            now.mtime_ns != w->files[i].mtime_ns) {
            if (!changed) SDL_Log("changed on disk: %s", now.path);
            changed = true;
            w->files[i] = now;
        }
    }
    return changed;
}
