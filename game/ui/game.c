/* Loading what the game needs before the first frame, in the order that lets
 * it still start when something is wrong: settings (a bad file is reported,
 * kept aside and replaced), strings (missing ones fall back to English), the scoring
 * model, then the packs (a broken pack is reported and left out). */
#include "game.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <SDL.h>

#include "board.h"
#include "screens.h"
#include "svara/assess.h"
#include "svara/native.h"
#include "workshop.h"

static void log_report(const char *report, bool error)
{
    const char *p = report;
    while (p && *p) {
        const char *nl = strchr(p, '\n');
        int n = nl ? (int)(nl - p) : (int)strlen(p);
        if (n > 0) {
            if (error)
                SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%.*s", n, p);
            else
                SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "%.*s", n, p);
        }
        p = nl ? nl + 1 : NULL;
    }
}

/* "20261204-091500", local time: the name a broken settings file is kept
 * under says which start found it. Taken here, not in the core, which has no clock. */
void ui_game_stamp(char *buf, size_t size)
{
    time_t now = time(NULL);
    struct tm tm;
    if (now == (time_t)-1 || !localtime_r(&now, &tm) || !strftime(buf, size, "%Y%m%d-%H%M%S", &tm))
        snprintf(buf, size, "unknown-time");
}

/* A broken file is kept aside before anything is written in its place, and
 * only when this run may write: --print-settings and --set never do. */
static void load_settings(ui_Game *g)
{
    ui_prefs_defaults(&g->settings);
    if (!g->paths.pref[0]) return;
    ui_path_join(g->settings_path, sizeof g->settings_path, g->paths.pref, UI_PREFS_FILE);
    char stamp[32], outcome[UI_PATH_MAX * 3];
    ui_game_stamp(stamp, sizeof stamp);
    sv_DiagList diags;
    sv_diag_init(&diags);
    ui_PrefsResult r = ui_prefs_open(&g->settings, g->settings_path, stamp, g->settings_locked,
                                     &diags, outcome, sizeof outcome);
    ui_log_diags(&diags);
    sv_diag_free(&diags);
    if (!outcome[0]) return;
    if (r == UI_PREFS_REPAIRED)
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "%s", outcome);
    else
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%s", outcome);
    /* the settings screen says it too, as far as its line goes */
    snprintf(g->settings_note, sizeof g->settings_note, "%.*s", (int)sizeof g->settings_note - 1,
             outcome);
}

void ui_game_save_settings(ui_Game *g)
{
    g->settings_note[0] = '\0';
    if (!g->settings_path[0] || g->settings_locked) return;
    if (!ui_prefs_save(&g->settings, g->settings_path, g->settings_note, sizeof g->settings_note))
        log_report(g->settings_note, true);
}

/* An asset file's bytes (SDL_free them), its path in `path`; NULL, said in the
 * log as an error when the game `needs` it and else as a warning, when it
 * cannot be read. */
static char *read_asset(const ui_Game *g, const char *rel, bool needs, char path[UI_PATH_MAX],
                        size_t *len)
{
    ui_path_join(path, UI_PATH_MAX, g->paths.assets, rel);
    *len = 0;
    char *bytes = ui_path_read(path, len);
    if (!bytes)
        SDL_LogMessage(SDL_LOG_CATEGORY_APPLICATION,
                       needs ? SDL_LOG_PRIORITY_ERROR : SDL_LOG_PRIORITY_WARN,
                       "%s: cannot be read: %s", path, SDL_GetError());
    return bytes;
}

static bool load_model(ui_Game *g)
{
    char path[UI_PATH_MAX];
    size_t len;
    char *bytes = read_asset(g, "scoring/default.json", true, path, &len);
    if (!bytes) return false;
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool ok = sv_score_parse(path, bytes, len, &g->model, &diags) == SV_OK;
    ui_log_diags(&diags);
    sv_diag_free(&diags);
    SDL_free(bytes);
    return ok;
}

/* The crowd's names per language; a missing list only leaves comments unsigned. */
static void load_names(ui_Game *g)
{
    for (int l = 0; l < SV_LANG_COUNT; l++) {
        char rel[64], path[UI_PATH_MAX];
        snprintf(rel, sizeof rel, "names/%s.json", sv_lang_code((sv_Lang)l));
        size_t len;
        char *bytes = read_asset(g, rel, false, path, &len);
        if (!bytes) continue;
        sv_DiagList diags;
        sv_diag_init(&diags);
        if (sv_names_parse(path, bytes, len, &g->names[l], &diags) != SV_OK)
            sv_names_free(&g->names[l]);
        ui_log_diags(&diags);
        sv_diag_free(&diags);
        SDL_free(bytes);
    }
}

/* The advice as the learner reads it; without it the skills screen and the
 * debrief's lessons show the principles' ids. */
static void load_principles(ui_Game *g)
{
    char path[UI_PATH_MAX];
    size_t len;
    char *bytes = read_asset(g, "principles.json", false, path, &len);
    if (!bytes) return;
    sv_DiagList diags;
    sv_diag_init(&diags);
    (void)sv_principles_parse(path, bytes, len, &g->principles, &diags);
    ui_log_diags(&diags);
    sv_diag_free(&diags);
    SDL_free(bytes);
}

/* The profile at start: --profile NAME (made when missing), else the one the
 * settings remember. None open (first start, or a broken one): the app asks. */
static void open_profile(ui_Game *g)
{
    if (!ui_profiles_root(&g->paths, g->profiles_root, sizeof g->profiles_root)) return;
    const char *name = g->opts->profile;
    if (!name) {
        if (g->settings.profile[0]) (void)ui_game_use_profile(g, g->settings.profile);
        return;
    }
    /* --profile NAME: the profile of that name, in whatever folder it is */
    ui_ProfileList list;
    (void)ui_profiles_scan(g->profiles_root, &list);
    const ui_ProfileEntry *found = NULL;
    for (int i = 0; i < list.count && !found; i++)
        if (strcmp(list.items[i].name, name) == 0) found = &list.items[i];
    if (found ? !ui_game_use_profile(g, found->slug) : !ui_game_new_profile(g, name))
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "cannot play as '%s': %s", name,
                     g->profile.note[0] ? g->profile.note : "its profile cannot be read");
    ui_profiles_list_free(&list);
}

static void load_library(ui_Game *g, const char *argv0)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    if (sv_fs_init(argv0, &diags)) {
        const char *folders[2];
        size_t n = 0;
        if (g->paths.user_packs[0]) folders[n++] = g->paths.user_packs;
        if (g->paths.packs[0]) folders[n++] = g->paths.packs;
        sv_library_load(folders, n, &g->lib, &diags);
    }
    ui_log_diags(&diags);
    /* each broken pack reports at least one error; count the files named */
    for (size_t i = 0; i < diags.count; i++) {
        bool first = diags.items[i].severity == SV_SEV_ERROR;
        for (size_t k = 0; first && k < i; k++)
            first = diags.items[k].severity != SV_SEV_ERROR ||
                    strncmp(diags.items[k].file, diags.items[i].file,
                            strcspn(diags.items[i].file, "/")) != 0;
        if (first) g->broken_packs++;
    }
    sv_diag_free(&diags);
}

bool ui_game_load(ui_Game *g, const ui_AppOptions *opts, const char *argv0)
{
    memset(g, 0, sizeof *g);
    g->opts = opts;
    g->pack = g->scenario = -1;
    g->sim_limit_ms = UINT32_MAX;
    g->lang_override = -1;
    g->speed_override = opts->speed_pct;
    sv_replay_init(&g->replay);
    /* --set settings are for this run only, and --print-settings only looks */
    g->settings_locked = opts->set_count > 0 || opts->print_settings;
    if (!ui_paths_find(&g->paths)) return false;
    load_settings(g);
    char dir[UI_PATH_MAX], report[4096];
    ui_path_join(dir, sizeof dir, g->paths.assets, "lang/");
    if (ui_strings_load(&g->strings, dir, report, sizeof report)) log_report(report, false);
    if (!load_model(g)) return false;
    load_names(g);
    load_principles(g);
    load_library(g, argv0);
    if (g->lib.count > 0 && g->lib.packs[0]->scenario_count > 0) g->pack = g->scenario = 0;
    open_profile(g);
    g->profile.pick_next = !opts->select && !opts->play && !opts->replay;
    g->seed = opts->seed_given ? opts->seed : ui_game_new_seed(g);
    return true;
}

void ui_game_unload(ui_Game *g)
{
    ui_workshop_close(g);
    ui_run_stop(&g->run);
    sv_library_unload(&g->lib);
    sv_fs_free();
    sv_score_free(g->model);
    for (int l = 0; l < SV_LANG_COUNT; l++) sv_names_free(&g->names[l]);
    ui_strings_free(&g->strings);
    sv_replay_free(&g->replay);
    ui_profile_close(&g->profile);
    sv_principles_free(&g->principles);
    ui_board_free(g);
    memset(g, 0, sizeof *g);
}

bool ui_game_start_run(ui_Game *g)
{
    ui_run_stop(&g->run);
    if (!g->bench_pack && (g->pack < 0 || (size_t)g->pack >= g->lib.count)) return false;
    const sv_Pack *pack = g->bench_pack ? g->bench_pack : g->lib.packs[g->pack];
    const sv_Replay *rep = g->has_replay ? &g->replay : NULL;
    /* a player's run is journaled; a watched replay or the benchmark is not */
    g->journaling = !rep && !g->bench_pack;
    g->journal_mine = false; /* until its first input is saved */
    if (ui_run_start(&g->run, pack, g->pack, g->scenario, g->model, g->seed, ui_game_lang(g), rep,
                     g->opts->replay) != SV_OK)
        return false;
    /* a workshop's pressure dial, before the first moment of the run */
    uint32_t dial = ui_workshop_active(g) ? g->workshop->deadline_pct : 100u;
    if (!rep && dial != 100u && !sv_run_set_deadline(&g->run.core, dial))
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "the pressure dial (%u %%) was not applied",
                    dial);
    return true;
}

uint64_t ui_game_new_seed(ui_Game *g)
{
    g->seed_draws++;
    if (g->opts->headless) return g->seed + g->seed_draws * 7919u;
    uint64_t t = SDL_GetPerformanceCounter() ^ (SDL_GetTicks64() << 20);
    t ^= t >> 33;
    t *= 0xff51afd7ed558ccdull;
    t ^= t >> 33;
    return t % 1000000u + 1u; /* short enough to read out in a workshop */
}

sv_Lang ui_game_lang(const ui_Game *g)
{
    return g->lang_override >= 0 ? (sv_Lang)g->lang_override : g->settings.lang;
}

uint32_t ui_game_speed(const ui_Game *g)
{
    return g->speed_override ? g->speed_override : g->settings.speed_pct;
}

bool ui_game_load_replay(ui_Game *g, const char *path)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    size_t len = 0;
    char *bytes = sv_native_read(path, SV_MAX_FILE_BYTES, &len, NULL, &diags);
    bool ok = bytes && sv_replay_parse(path, bytes, len, &g->replay, &diags) == SV_OK;
    free(bytes);
    ui_log_diags(&diags);
    sv_diag_clear(&diags);
    ok = ok && ui_game_pick(g, g->replay.pack, g->replay.scenario);
    if (ok) {
        sv_replay_check_version(&g->replay, g->lib.packs[g->pack]->version, path, &diags);
        ui_log_diags(&diags);
    }
    sv_diag_free(&diags);
    return ok;
}

bool ui_game_pick(ui_Game *g, const char *pack, const char *scenario)
{
    for (size_t i = 0; i < g->lib.count; i++) {
        if (strcmp(g->lib.packs[i]->id, pack) != 0) continue;
        int32_t s = sv_pack_find_scenario(g->lib.packs[i], scenario);
        if (s < 0) break;
        g->pack = (int32_t)i;
        g->scenario = s;
        return true;
    }
    SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "no scenario %s/%s among the packs (%s, %s)", pack,
                 scenario, g->paths.user_packs, g->paths.packs);
    return false;
}

/* ---- the learner's profile ---------------------------------------------------------------- */

static void remember_profile(ui_Game *g)
{
    if (strcmp(g->settings.profile, g->profile.slug) == 0) return;
    snprintf(g->settings.profile, sizeof g->settings.profile, "%s", g->profile.slug);
    g->settings_changed = true;
}

bool ui_game_use_profile(ui_Game *g, const char *slug)
{
    /* the one playing stays until the other is read */
    ui_Profile *next = calloc(1, sizeof *next);
    sv_Diag problem;
    bool ok =
        next && g->profiles_root[0] && ui_profile_open(next, g->profiles_root, slug, &problem);
    if (!ok) {
        if (next) ui_profile_close(next);
        free(next);
        return false;
    }
    ui_profile_close(&g->profile);
    g->profile = *next;
    free(next);
    g->profile.pick_next = true;
    remember_profile(g);
    return true;
}

bool ui_game_new_profile(ui_Game *g, const char *name)
{
    if (!g->profiles_root[0]) return false;
    if (!ui_profile_create(&g->profile, g->profiles_root, name, (int64_t)time(NULL))) return false;
    SDL_Log("made the profile '%s' in %s", name, g->profile.dir);
    g->profile.pick_next = true;
    remember_profile(g);
    return true;
}

void ui_game_mark_started(ui_Game *g)
{
    /* a workshop's runs are nobody's profile's (as ui_game_record_run) */
    if (g->has_replay || g->bench_pack || ui_workshop_active(g) || g->pack < 0 ||
        (size_t)g->pack >= g->lib.count)
        return;
    const sv_Pack *pack = g->lib.packs[g->pack];
    if (g->scenario >= 0 && (uint32_t)g->scenario < pack->scenario_count)
        ui_profile_mark_started(&g->profile, pack->id, pack->scenarios[g->scenario].id);
}

void ui_game_record_run(ui_Game *g)
{
    g->profile.run_recorded = false;
    const ui_Run *r = &g->run;
    /* a workshop's runs go to the team's result file, never to a profile */
    if (!g->profile.active || g->has_replay || g->bench_pack || ui_workshop_active(g) ||
        !r->active || !r->core.s.ended || g->pack < 0 || (size_t)g->pack >= g->lib.count)
        return;
    const sv_Pack *pack = g->lib.packs[g->pack];
    if (ui_profile_record(&g->profile, &r->core.s, pack->id, pack->version, (int64_t)time(NULL)))
        SDL_Log("kept the run of %s/%s in %s's profile (%zu runs)", pack->id, r->core.sc->id,
                g->profile.data.name, g->profile.data.run_count);
    /* the run that completes the path brings the certificate (written again,
     * with the gain, after the post-test) */
    char cert[UI_PATH_MAX];
    if (g->profile.run_recorded && pack->path_count &&
        sv_assess_path_complete(pack, &g->profile.data, NULL, NULL)) {
        if (ui_certificate_write(g, pack, cert, sizeof cert))
            SDL_Log("the path of %s is complete: certificate in %s", pack->id, cert);
        else
            SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "the certificate could not be written");
    }
    g->profile.pick_next = pack->path_count > 0;
}
