/* The journal of the run in progress: written atomically after every input
 * (sv_run_write_journal, sv_native_write_atomic) into the playing profile's
 * folder, removed when the run ends or is left, and at start read back and
 * replayed to its checkpoint through the core's sv_run_resume, the path
 * svara-tool and the tests share. A journal that cannot be resumed is moved
 * aside with the reason on screen; one in the per-user folder, where versions
 * before profiles kept it, is moved into the profile's folder and offered. */
#include "journal.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

#include "svara/native.h"
#include "workshop.h"

/* <per-user data folder>/journal.json: nobody's journal, or an earlier version's. */
static bool shared_path(const ui_Game *g, char *out, size_t size)
{
    if (size) out[0] = '\0';
    return g->paths.pref[0] && ui_path_join(out, size, g->paths.pref, UI_JOURNAL_FILE);
}

bool ui_journal_path(const ui_Game *g, char *out, size_t size)
{
    /* a workshop's run is kept in the workshop's folder, beside its progress */
    if (ui_workshop_active(g)) return ui_workshop_journal_path(g, out, size);
    if (!g->profile.active || !g->profile.dir[0]) return shared_path(g, out, size);
    if (size) out[0] = '\0';
    return g->paths.pref[0] && ui_path_join(out, size, g->profile.dir, UI_JOURNAL_FILE);
}

void ui_journal_save(ui_Game *g)
{
    char path[UI_PATH_MAX];
    const ui_Run *r = &g->run;
    if (!g->journaling || !r->active || r->core.replay || !ui_journal_path(g, path, sizeof path))
        return;
    char *json = sv_run_write_journal(&r->core);
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool ok = json && sv_native_write_atomic(path, json, strlen(json), &diags);
    if (ok) {
        g->journal_mine = true;
        SDL_Log("journal: %zu inputs at %" PRIu32 " ms, state %016" PRIx64, r->core.rec.input_count,
                r->core.s.now_ms, sv_session_hash(&r->core.s));
    } else {
        ui_log_diags(&diags);
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION,
                    "the run could not be saved as it goes (%s); playing on without it",
                    json ? path : "out of memory");
    }
    sv_diag_free(&diags);
    free(json);
}

void ui_journal_discard(ui_Game *g)
{
    char path[UI_PATH_MAX];
    bool mine = g->journal_mine;
    g->journal_mine = false;
    if (!mine || !ui_journal_path(g, path, sizeof path)) return;
    if (remove(path) != 0 && errno != ENOENT)
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "cannot remove %s: %s", path, strerror(errno));
}

/* ---- resuming ------------------------------------------------------------------------------ */

/* The file moved aside, and the reason with where it went. */
static ui_JournalState refuse(ui_Game *g, const char *path, char *why, size_t size,
                              const char *reason)
{
    char stamp[32], kept[UI_PATH_MAX + 64] = "", line[UI_PATH_MAX + 128];
    ui_game_stamp(stamp, sizeof stamp);
    sv_DiagList diags;
    sv_diag_init(&diags);
    const char *fmt = ui_strings_get(&g->strings, ui_game_lang(g), UI_S_RESUME_KEPT);
    if (sv_native_keep_aside(path, stamp, kept, sizeof kept, &diags)) {
        ui_strings_format(line, sizeof line, fmt, kept, NULL, NULL);
    } else {
        ui_log_diags(&diags);
        ui_strings_format(line, sizeof line, fmt, path, NULL, NULL);
    }
    sv_diag_free(&diags);
    snprintf(why, size, "%s\n\n%s", reason, line);
    SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "journal refused: %s", why);
    return UI_JOURNAL_REFUSED;
}

static const char *say(const ui_Game *g, ui_StrId id, char *buf, size_t size, const char *a1,
                       const char *a2, const char *a3)
{
    return ui_strings_format(buf, size, ui_strings_get(&g->strings, ui_game_lang(g), id), a1, a2,
                             a3);
}

/* The pack and scenario the journal names, or -1. */
static int32_t find_pack(const ui_Game *g, const sv_Replay *j, int32_t *scenario)
{
    for (size_t i = 0; i < g->lib.count; i++) {
        if (strcmp(g->lib.packs[i]->id, j->pack) != 0) continue;
        *scenario = sv_pack_find_scenario(g->lib.packs[i], j->scenario);
        return *scenario >= 0 ? (int32_t)i : -1;
    }
    return -1;
}

/* Starts the journal's run and plays it to the checkpoint; false with the
 * located reasons in diags. The run is left stopped on failure. */
static bool resume(ui_Game *g, const sv_Replay *j, const char *path, int32_t pack, int32_t sc,
                   sv_DiagList *diags)
{
    ui_Run *r = &g->run;
    ui_run_stop(r);
    const sv_Pack *p = g->lib.packs[pack];
    sv_RunSetup setup = {.pack = p,
                         .sc = &p->scenarios[sc],
                         .base = g->model,
                         .seed = j->seed,
                         .lang = j->lang,
                         .replay = j,
                         .replay_path = path};
    if (sv_run_start(&r->core, &setup, diags) != SV_OK) {
        sv_run_stop(&r->core);
        return false;
    }
    r->active = true;
    r->pack_index = pack;
    r->scenario_index = sc;
    if (!sv_run_resume(&r->core, diags)) {
        ui_run_stop(r);
        return false;
    }
    /* the player goes on from here; j dies with the caller */
    r->core.replay = NULL;
    r->core.replay_path = NULL;
    r->core.replay_next = 0;
    return true;
}

/* Removes the temporary files a cut-short save left in one folder. */
static void tidy_folder(const char *dir)
{
    DIR *d = dir[0] ? opendir(dir) : NULL;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        char path[UI_PATH_MAX];
        if (strncmp(e->d_name, UI_JOURNAL_FILE ".tmp-", sizeof(UI_JOURNAL_FILE ".tmp-") - 1) != 0 ||
            !ui_path_join(path, sizeof path, dir, e->d_name))
            continue;
        if (remove(path) == 0) SDL_Log("removed %s, left by a save that was cut short", path);
    }
    if (d) closedir(d);
}

void ui_journal_tidy(const ui_Game *g)
{
    tidy_folder(g->paths.pref);
    if (g->profile.active) tidy_folder(g->profile.dir);
    char dir[UI_PATH_MAX];
    if (ui_workshop_active(g) && ui_journal_path(g, dir, sizeof dir)) {
        dir[strlen(dir) - strlen(UI_JOURNAL_FILE)] = '\0'; /* the workshop's folder */
        tidy_folder(dir);
    }
}

bool ui_journal_waiting(ui_Game *g)
{
    char path[UI_PATH_MAX], shared[UI_PATH_MAX];
    ui_journal_tidy(g);
    if (!ui_journal_path(g, path, sizeof path)) return false;
    if (sv_native_kind(path, NULL) != SV_NATIVE_MISSING) return true;
    /* the profile has none: one where it used to be is this learner's to resume */
    if (ui_workshop_active(g) || !g->profile.active || !shared_path(g, shared, sizeof shared) ||
        sv_native_kind(shared, NULL) != SV_NATIVE_FILE)
        return false;
    if (rename(shared, path) != 0) {
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "cannot move %s to %s: %s (it stays where it is)",
                    shared, path, strerror(errno));
        return false;
    }
    SDL_Log("moved the journal %s into %s's folder: %s", shared, g->profile.data.name, path);
    return true;
}

ui_JournalState ui_journal_open(ui_Game *g, char *why, size_t size)
{
    char path[UI_PATH_MAX], reason[1024];
    why[0] = '\0';
    if (!ui_journal_path(g, path, sizeof path) || sv_native_kind(path, NULL) == SV_NATIVE_MISSING)
        return UI_JOURNAL_NONE;
    sv_DiagList diags;
    sv_diag_init(&diags);
    size_t len = 0;
    char *bytes = sv_native_read(path, SV_MAX_FILE_BYTES, &len, NULL, &diags);
    sv_Replay j;
    sv_replay_init(&j);
    bool ok = bytes && sv_replay_parse(path, bytes, len, &j, &diags) == SV_OK && j.has_checkpoint;
    free(bytes);
    int32_t pack = -1, sc = -1;
    ui_JournalState st = UI_JOURNAL_READY;
    if (!ok) {
        char first[UI_PATH_MAX + 64] = "";
        if (diags.count) sv_diag_format(&diags.items[0], first, sizeof first);
        if (!diags.count) snprintf(first, sizeof first, "%s: no checkpoint", path);
        ui_log_diags(&diags);
        say(g, UI_S_RESUME_DAMAGED, reason, sizeof reason, first, NULL, NULL);
        st = refuse(g, path, why, size, reason);
    } else if ((pack = find_pack(g, &j, &sc)) < 0) {
        char name[2 * SV_MAX_ID_BYTES + 2];
        snprintf(name, sizeof name, "%s/%s", j.pack, j.scenario);
        say(g, UI_S_RESUME_MISSING, reason, sizeof reason, name, NULL, NULL);
        st = refuse(g, path, why, size, reason);
    } else if (strcmp(j.pack_version, g->lib.packs[pack]->version) != 0) {
        say(g, UI_S_RESUME_OTHER_VERSION, reason, sizeof reason, j.pack_version,
            sv_text_get(&g->lib.packs[pack]->title, ui_game_lang(g)), g->lib.packs[pack]->version);
        st = refuse(g, path, why, size, reason);
    } else if (!resume(g, &j, path, pack, sc, &diags)) {
        ui_log_diags(&diags);
        say(g, UI_S_RESUME_DIFFERS, reason, sizeof reason, NULL, NULL, NULL);
        st = refuse(g, path, why, size, reason);
    } else {
        g->pack = pack;
        g->scenario = sc;
        g->seed = j.seed;
        g->journaling = true;
        g->journal_mine = true;
        SDL_Log("resumable: %s/%s, %zu inputs, at %" PRIu32 " ms, state %016" PRIx64, j.pack,
                j.scenario, j.input_count, g->run.core.s.now_ms, sv_session_hash(&g->run.core.s));
    }
    sv_replay_free(&j);
    sv_diag_free(&diags);
    return st;
}

void ui_journal_take(ui_Game *g)
{
    g->keep_run = g->run.active;
    if (g->run.active)
        SDL_Log("resumed %s/%s at %" PRIu32 " ms: state %016" PRIx64,
                g->lib.packs[g->run.pack_index]->id, g->run.core.sc->id, g->run.core.s.now_ms,
                sv_session_hash(&g->run.core.s));
}

void ui_journal_drop(ui_Game *g)
{
    ui_journal_discard(g);
    ui_run_stop(&g->run);
    g->journaling = false;
    g->keep_run = false;
}
