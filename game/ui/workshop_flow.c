/* The workshop's files and flow (workshop.h): the workshop file read and
 * checked against the library, the teams' result files (never written over
 * when they are not the team's own), the progress file beside them, and the
 * hooks the app calls when a run starts, ends or is left. Every file is
 * written atomically (sv_native_write_atomic, sv_result_save_file); the run
 * in progress is the ordinary journal, which journal.c keeps in the
 * workshop's folder while a workshop is open. */
#include "workshop.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <SDL.h>
#include <cjson/cJSON.h>

#include "journal.h"
#include "svara/json.h"
#include "svara/native.h"

bool ui_workshop_active(const ui_Game *g) { return g->workshop && g->workshop->loaded; }

static ui_Workshop *ensure(ui_Game *g)
{
    if (!g->workshop && (g->workshop = calloc(1, sizeof *g->workshop))) {
        g->workshop->team = g->workshop->result_team = g->workshop->talk = -1;
        g->workshop->pack = -1;
    }
    return g->workshop;
}

static void drop_result(ui_Workshop *ws)
{
    if (ws->result.arena) sv_result_free(&ws->result);
    memset(&ws->result, 0, sizeof ws->result);
    ws->result_team = -1;
}

static void unload(ui_Game *g)
{
    ui_Workshop *ws = g->workshop;
    drop_result(ws);
    if (ws->loaded) sv_workshop_free(&ws->w);
    ws->loaded = false;
    ws->team = -1;
    ws->playing = false;
}

void ui_workshop_close(ui_Game *g)
{
    if (!g->workshop) return;
    unload(g);
    free(g->workshop->files);
    free(g->workshop);
    g->workshop = NULL;
    g->lang_override = -1;
    g->speed_override = g->opts->speed_pct;
    g->journaling = false;
    g->settings_changed = true; /* the app applies the player's language again */
}

static bool make_dir(const char *path)
{
    if (mkdir(path, 0700) == 0 || errno == EEXIST) return true;
    SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "cannot make the folder %s: %s", path,
                strerror(errno));
    return false;
}

bool ui_workshop_journal_path(const ui_Game *g, char *out, size_t size)
{
    if (size) out[0] = '\0';
    return ui_workshop_active(g) && ui_path_join(out, size, g->workshop->dir, UI_JOURNAL_FILE);
}

/* ---- the result files ------------------------------------------------------------------------ */

static bool result_path(const ui_Workshop *ws, int32_t team, char *out, size_t size)
{
    char name[SV_MAX_ID_BYTES + 16];
    snprintf(name, sizeof name, "%s.result.json", ws->w.teams[team].id);
    return ui_path_join(out, size, ws->results, name);
}

/* Is r this team's result of this workshop (same id, pack, version and seed)? */
static bool is_theirs(const ui_Workshop *ws, int32_t team, const sv_Result *r)
{
    return strcmp(r->workshop, ws->w.id) == 0 && strcmp(r->team.id, ws->w.teams[team].id) == 0 &&
           strcmp(r->pack, ws->w.pack) == 0 && strcmp(r->pack_version, ws->w.pack_version) == 0 &&
           r->seed == ws->w.seed;
}

/* The team's scenarios played, in order, as its result file has them. */
static uint32_t played(const ui_Workshop *ws, const sv_Result *r)
{
    uint32_t n = 0;
    for (; n < ws->w.scenario_count; n++) {
        bool found = false;
        for (uint32_t p = 0; p < r->play_count && !found; p++)
            found = strcmp(r->plays[p].scenario, ws->w.scenarios[n]) == 0;
        if (!found) break;
    }
    return n;
}

static void say(ui_Game *g, bool bad, ui_StrId id, const char *a1, const char *a2)
{
    ui_Workshop *ws = g->workshop;
    ui_strings_format(ws->note, sizeof ws->note, ui_strings_get(&g->strings, ui_game_lang(g), id),
                      a1, a2, NULL);
    ws->note_bad = bad;
    if (bad)
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "workshop: %s", ws->note);
    else
        SDL_Log("workshop: %s", ws->note);
}

/* Reads one team's result file: its plays count as done; one that is not its
 * own (another workshop's, damaged) is marked and left alone. With `keep`,
 * the result stays loaded as the one the team adds to. */
static void read_result(ui_Game *g, int32_t team, bool keep)
{
    ui_Workshop *ws = g->workshop;
    char path[UI_PATH_MAX];
    ws->done[team] = 0;
    ws->foreign[team] = false;
    if (!result_path(ws, team, path, sizeof path) ||
        sv_native_kind(path, NULL) == SV_NATIVE_MISSING)
        return;
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Result r;
    bool ok = sv_result_load_file(path, &r, &diags) == SV_OK;
    ui_log_diags(&diags);
    sv_diag_free(&diags);
    if (!ok || !is_theirs(ws, team, &r)) {
        ws->foreign[team] = true;
        say(g, true, UI_S_WS_NOT_THEIRS, path, ws->w.teams[team].name);
    } else {
        ws->done[team] = played(ws, &r);
    }
    if (ok && keep && !ws->foreign[team]) {
        drop_result(ws);
        ws->result = r;
        ws->result_team = team;
    } else if (ok) {
        sv_result_free(&r);
    }
}

/* ---- the progress file -------------------------------------------------------------------------
 */

static void progress_path(const ui_Workshop *ws, char *out, size_t size)
{
    ui_path_join(out, size, ws->dir, UI_WORKSHOP_PROGRESS);
}

/* Which team plays which scenario, whether its run is going, and the dial:
 * written atomically whenever one of them changes. */
static void save_progress(ui_Game *g)
{
    ui_Workshop *ws = g->workshop;
    char path[UI_PATH_MAX];
    progress_path(ws, path, sizeof path);
    cJSON *root = cJSON_CreateObject();
    bool ok =
        root && cJSON_AddNumberToObject(root, "format", 1) &&
        cJSON_AddStringToObject(root, "workshop", ws->w.id) &&
        cJSON_AddStringToObject(root, "team", ws->team >= 0 ? ws->w.teams[ws->team].id : "") &&
        cJSON_AddNumberToObject(root, "scenario", ws->at) &&
        cJSON_AddBoolToObject(root, "playing", ws->playing) &&
        cJSON_AddNumberToObject(root, "started", (double)ws->started) &&
        cJSON_AddNumberToObject(root, "deadline_percent", ws->deadline_pct);
    char *text = ok ? cJSON_Print(root) : NULL;
    cJSON_Delete(root);
    sv_DiagList diags;
    sv_diag_init(&diags);
    if (text && sv_native_write_atomic(path, text, strlen(text), &diags))
        SDL_Log("workshop progress: team %s, scenario %u, playing %d",
                ws->team >= 0 ? ws->w.teams[ws->team].id : "-", ws->at, ws->playing ? 1 : 0);
    else
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "the workshop's progress could not be saved (%s)",
                    text ? path : "out of memory");
    ui_log_diags(&diags);
    sv_diag_free(&diags);
    free(text);
}

/* Reads the progress back; a damaged one is said (located) and kept aside. */
static void load_progress(ui_Game *g)
{
    ui_Workshop *ws = g->workshop;
    char path[UI_PATH_MAX];
    progress_path(ws, path, sizeof path);
    if (sv_native_kind(path, NULL) == SV_NATIVE_MISSING) return;
    sv_DiagList diags;
    sv_diag_init(&diags);
    size_t len = 0;
    char *bytes = sv_native_read(path, SV_MAX_FILE_BYTES, &len, NULL, &diags);
    cJSON *root = bytes ? sv_json_parse(path, bytes, len, &diags) : NULL;
    const cJSON *team = cJSON_GetObjectItemCaseSensitive(root, "team");
    const cJSON *at = cJSON_GetObjectItemCaseSensitive(root, "scenario");
    const cJSON *playing = cJSON_GetObjectItemCaseSensitive(root, "playing");
    const cJSON *started = cJSON_GetObjectItemCaseSensitive(root, "started");
    const cJSON *dial = cJSON_GetObjectItemCaseSensitive(root, "deadline_percent");
    int32_t t = cJSON_IsString(team) ? sv_workshop_find_team(&ws->w, team->valuestring) : -1;
    bool ok = root && cJSON_IsNumber(at) && at->valuedouble >= 0 &&
              at->valuedouble < ws->w.scenario_count && cJSON_IsBool(playing) &&
              cJSON_IsNumber(started) && cJSON_IsNumber(dial) &&
              dial->valuedouble >= SV_DEADLINE_PCT_MIN && dial->valuedouble <= SV_DEADLINE_PCT_MAX;
    if (root && !ok && !diags.count) {
        sv_JsonFile jf;
        sv_json_file_init(&jf, path, bytes, len, 4, &diags);
        sv_json_file_report(&jf, SV_SEV_ERROR, "",
                            "not the game's workshop progress (team, scenario, playing, started, "
                            "deadline_percent); the workshop starts from its result files");
        sv_json_file_free(&jf);
    }
    if (ok) {
        ws->team = t;
        ws->at = (uint32_t)at->valuedouble;
        ws->playing = cJSON_IsTrue(playing) && t >= 0;
        ws->started = (int64_t)started->valuedouble;
        ws->deadline_pct = (uint32_t)dial->valuedouble;
    } else {
        char stamp[32], kept[UI_PATH_MAX + 64];
        ui_game_stamp(stamp, sizeof stamp);
        ui_log_diags(&diags);
        sv_diag_clear(&diags);
        if (sv_native_keep_aside(path, stamp, kept, sizeof kept, &diags))
            SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "kept the damaged progress as %s", kept);
    }
    ui_log_diags(&diags);
    cJSON_Delete(root);
    free(bytes);
    sv_diag_free(&diags);
}

/* ---- opening ----------------------------------------------------------------------------------
 */

/* The located messages of a file that cannot be used, for the screen and the log. */
static ui_ScreenId broken(ui_Game *g, const sv_DiagList *diags)
{
    ui_Workshop *ws = g->workshop;
    ui_log_diags(diags);
    size_t used = 0;
    ws->broken[0] = '\0';
    for (size_t i = 0; i < diags->count && used + 2 < sizeof ws->broken; i++) {
        if (diags->items[i].severity != SV_SEV_ERROR) continue;
        char line[1024];
        sv_diag_format(&diags->items[i], line, sizeof line);
        int n =
            snprintf(ws->broken + used, sizeof ws->broken - used, "%s%s", used ? "\n" : "", line);
        if (n > 0) used += (size_t)n < sizeof ws->broken - used ? (size_t)n : 0;
    }
    SDL_LogError(SDL_LOG_CATEGORY_APPLICATION,
                 "the workshop file %s cannot be used (%zu errors); nothing was written", ws->file,
                 diags->errors);
    ws->phase = UI_WS_BROKEN;
    ws->cursor = 0;
    return UI_SCREEN_WORKSHOP;
}

/* The workshop file parsed and fitted to the library; false with located errors. */
static bool read_workshop(ui_Game *g, sv_DiagList *diags)
{
    ui_Workshop *ws = g->workshop;
    size_t len = 0;
    char *bytes = sv_native_read(ws->file, SV_MAX_FILE_BYTES, &len, NULL, diags);
    bool ok = bytes && sv_workshop_parse(ws->file, bytes, len, &ws->w, diags) == SV_OK;
    free(bytes);
    if (!ok) return false;
    ws->loaded = true;
    for (size_t i = 0; i < g->lib.count && ws->pack < 0; i++)
        if (strcmp(g->lib.packs[i]->id, ws->w.pack) == 0) ws->pack = (int32_t)i;
    if (ws->pack < 0) {
        sv_JsonFile jf;
        sv_json_file_init(&jf, ws->file, ws->w.source, ws->w.source_len, 4, diags);
        sv_json_file_report(&jf, SV_SEV_ERROR, "/pack/id",
                            "no pack '%s' among the packs (%s, %s): install it first", ws->w.pack,
                            g->paths.user_packs, g->paths.packs);
        sv_json_file_free(&jf);
        return false;
    }
    const sv_Pack *pack = g->lib.packs[ws->pack];
    if (!sv_workshop_check_pack(&ws->w, pack, diags)) return false;
    for (uint32_t i = 0; i < ws->w.scenario_count; i++)
        ws->scenario[i] = sv_pack_find_scenario(pack, ws->w.scenarios[i]);
    return true;
}

/* The first team in order with scenarios left, -1 when every team is done. */
static int32_t next_team(const ui_Workshop *ws)
{
    for (uint32_t t = 0; t < ws->w.team_count; t++)
        if (ws->done[t] < ws->w.scenario_count) return (int32_t)t;
    return -1;
}

ui_ScreenId ui_workshop_open(ui_Game *g, const char *file)
{
    ui_Workshop *ws = ensure(g);
    if (!ws) return UI_SCREEN_QUIT;
    unload(g);
    ws->pack = -1;
    snprintf(ws->file, sizeof ws->file, "%s", file);
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool ok = read_workshop(g, &diags);
    ui_ScreenId next = UI_SCREEN_WORKSHOP;
    char root[UI_PATH_MAX], id[SV_MAX_ID_BYTES + 2];
    snprintf(id, sizeof id, "%s/", ok ? ws->w.id : "");
    if (ok &&
        !(g->paths.pref[0] && ui_path_join(root, sizeof root, g->paths.pref, UI_WORKSHOPS_DIR) &&
          make_dir(root) && ui_path_join(ws->dir, sizeof ws->dir, root, id) && make_dir(ws->dir) &&
          ui_path_join(ws->results, sizeof ws->results, ws->dir, "results/") &&
          make_dir(ws->results))) {
        sv_diag_add(&diags, SV_SEV_ERROR, file, "", 0, 0,
                    "there is no per-user folder to keep the teams' results in (%s)",
                    g->paths.pref[0] ? g->paths.pref : "none");
        ok = false;
    }
    if (!ok) {
        next = broken(g, &diags);
        unload(g);
        sv_diag_free(&diags);
        return next;
    }
    sv_diag_free(&diags);
    ws->note[0] = '\0';
    ws->deadline_pct = ws->w.options.deadline_pct;
    for (uint32_t t = 0; t < ws->w.team_count; t++) read_result(g, (int32_t)t, false);
    load_progress(g);
    ui_journal_tidy(g);
    /* a workshop is played in its language, with its seed; nobody's profile counts it */
    if (ws->w.has_lang) g->lang_override = (int)ws->w.lang;
    g->settings_changed = true;
    g->has_replay = false;
    g->pack = ws->pack;
    g->seed = ws->w.seed;
    SDL_Log("workshop '%s': %u teams, %u scenarios of %s %s, seed %" PRIu64 ", in %s", ws->w.id,
            ws->w.team_count, ws->w.scenario_count, ws->w.pack, ws->w.pack_version, ws->w.seed,
            ws->dir);
    char journal[UI_PATH_MAX];
    bool has_journal = ui_workshop_journal_path(g, journal, sizeof journal) &&
                       sv_native_kind(journal, NULL) != SV_NATIVE_MISSING;
    if (ws->playing && has_journal && ws->at < ws->w.scenario_count) {
        g->scenario = ws->scenario[ws->at];
        return UI_SCREEN_RESUME; /* the resume screen reads the workshop's journal */
    }
    if (has_journal) { /* its play was saved before the progress moved on */
        SDL_Log("workshop: removing %s, a run whose play is already in the results", journal);
        remove(journal);
    }
    ws->playing = false;
    ws->team =
        ws->team >= 0 && ws->done[ws->team] < ws->w.scenario_count ? ws->team : next_team(ws);
    ws->phase = ws->team < 0 ? UI_WS_DONE : UI_WS_OVERVIEW;
    ws->cursor = ws->team < 0 ? 0 : ws->team;
    return next;
}

/* ---- runs ------------------------------------------------------------------------------------ */

/* The team's result to add to: its file when it has one, else a new one. */
static bool team_result(ui_Game *g, int32_t team)
{
    ui_Workshop *ws = g->workshop;
    if (ws->result_team == team) return true;
    drop_result(ws);
    read_result(g, team, true);
    if (ws->result_team == team) return true;
    if (sv_result_start(&ws->result, &ws->w, team) != SV_OK) return false;
    ws->result_team = team;
    return true;
}

void ui_workshop_run_started(ui_Game *g, bool resumed)
{
    ui_Workshop *ws = g->workshop;
    if (!ui_workshop_active(g) || ws->team < 0) return;
    ws->playing = true;
    if (!resumed) ws->started = (int64_t)time(NULL);
    memset(ws->released, 0, sizeof ws->released);
    ws->talk = -1;
    ws->closed = ws->boards = 0;
    ws->board_due = ws->board_over_run = false;
    /* decisions already closed in a resumed run had their talk and their scoreboards */
    const sv_Session *s = &g->run.core.s;
    for (uint32_t d = 0; resumed && g->run.active && d < s->sc->decision_count && d < SV_MAX_NODES;
         d++) {
        ws->released[d] = s->decision_state[d] != SV_DEC_PENDING;
        ws->closed +=
            s->decision_state[d] == SV_DEC_ANSWERED || s->decision_state[d] == SV_DEC_TIMED_OUT;
    }
    save_progress(g);
}

void ui_workshop_run_ended(ui_Game *g)
{
    ui_Workshop *ws = g->workshop;
    if (!ui_workshop_active(g) || ws->team < 0 || !g->run.active || !g->run.core.s.ended) return;
    int32_t team = ws->team;
    ws->last_team = team;
    ws->last_at = ws->at;
    char path[UI_PATH_MAX];
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool saved = false;
    if (!team_result(g, team) || !result_path(ws, team, path, sizeof path)) {
        say(g, true, UI_S_WS_SAVE_FAILED, "out of memory", NULL);
    } else if (ws->foreign[team]) {
        say(g, true, UI_S_WS_NOT_THEIRS, path, ws->w.teams[team].name);
    } else if (sv_result_add_play(&ws->result, &g->run.core, ws->started, g->run.core.lang,
                                  ws->w.options.pass_score) != SV_OK ||
               sv_result_save_file(path, &ws->result, &diags) != SV_OK) {
        ui_log_diags(&diags);
        char first[1024] = "out of memory";
        if (diags.count) sv_diag_format(&diags.items[0], first, sizeof first);
        say(g, true, UI_S_WS_SAVE_FAILED, first, NULL);
    } else {
        saved = true;
        say(g, false, UI_S_WS_SAVED, path, ws->w.teams[team].name);
        SDL_Log("workshop result: team %s, scenario %s, state %016" PRIx64, ws->w.teams[team].id,
                g->run.core.sc->id, sv_session_hash(&g->run.core.s));
    }
    sv_diag_free(&diags);
    if (saved && ws->done[team] < ws->at + 1) ws->done[team] = ws->at + 1;
    /* the journal goes before the progress moves on: a crash between the two
     * finds no journal and a progress the result files already answer */
    if (saved) ui_journal_discard(g);
    /* next: this team's next scenario, else (hot-seat) the next team's turn */
    ws->playing = false;
    if (ws->done[team] < ws->w.scenario_count) {
        ws->at = ws->done[team];
    } else if (ws->w.options.seating == SV_SEATING_HOT_SEAT && next_team(ws) >= 0) {
        ws->team = next_team(ws);
        ws->at = ws->done[ws->team];
    }
    save_progress(g);
    if (ws->w.options.scoreboard == SV_SCOREBOARD_END) ws->board_due = true;
}

void ui_workshop_run_left(ui_Game *g)
{
    if (!ui_workshop_active(g) || !g->workshop->playing) return;
    g->workshop->playing = false;
    save_progress(g);
}

void ui_workshop_choose_run(ui_Game *g)
{
    ui_Workshop *ws = g->workshop;
    g->pack = ws->pack;
    g->scenario = ws->scenario[ws->at];
    g->seed = ws->w.seed;
    g->has_replay = false;
}

ui_ScreenId ui_workshop_route(ui_Game *g, ui_ScreenId from, ui_ScreenId next)
{
    ui_Workshop *ws = g->workshop;
    if (!ui_workshop_active(g)) return next;
    /* done: every team (hot-seat), or this machine's team (multi-machine) */
    bool multi = ws->w.options.seating == SV_SEATING_MULTI_MACHINE;
    bool done =
        ws->team < 0 || (multi ? ws->done[ws->team] >= ws->w.scenario_count : next_team(ws) < 0);
    switch (from) {
    case UI_SCREEN_DEBRIEF:
        if (next == UI_SCREEN_PLAY) { /* "play it again": the same team, scenario and seed */
            ws->team = ws->last_team;
            ws->at = ws->last_at;
            ui_workshop_choose_run(g);
            return next;
        }
        /* continue: the next turn (the title button: the overview); the
         * scoreboard first at the end of a scenario (option "end") and at the
         * end of the workshop */
        ws->phase = done ? UI_WS_DONE : next == UI_SCREEN_TITLE ? UI_WS_OVERVIEW : UI_WS_TURN;
        ws->cursor = done ? 0 : ws->phase == UI_WS_OVERVIEW ? ws->team : 0;
        if (ws->board_due || done) {
            ws->board_due = ws->board_over_run = false;
            SDL_Log("workshop: scoreboard at the end of %s", done ? "the workshop" : "a scenario");
            return ui_board_open(g, ws->file, ws->results);
        }
        return UI_SCREEN_WORKSHOP;
    case UI_SCREEN_BRIEFING:
    case UI_SCREEN_PAUSE:
    case UI_SCREEN_RESUME:
        if (next != UI_SCREEN_TITLE) return next;
        ws->phase = done ? UI_WS_DONE : UI_WS_TURN;
        ws->cursor = 0;
        return UI_SCREEN_WORKSHOP;
    default: return next;
    }
}

bool ui_workshop_keeps_run(const ui_Game *g, ui_ScreenId from, ui_ScreenId next)
{
    const ui_Workshop *ws = g->workshop;
    if (!ui_workshop_active(g) || !ws->board_over_run) return false;
    return from == UI_SCREEN_PLAY || next == UI_SCREEN_PLAY;
}

ui_ScreenId ui_workshop_board_back(ui_Game *g)
{
    ui_Workshop *ws = g->workshop;
    if (!ui_workshop_active(g)) return UI_SCREEN_TITLE;
    if (ws->board_over_run && g->run.active) return UI_SCREEN_PLAY;
    ws->board_over_run = false;
    return UI_SCREEN_WORKSHOP;
}

static bool board_due(ui_Game *g)
{
    ui_Workshop *ws = g->workshop;
    if (!ui_workshop_active(g) || !ws->playing || !g->run.active) return false;
    const sv_Session *s = &g->run.core.s;
    uint32_t closed = 0;
    for (uint32_t d = 0; d < s->sc->decision_count; d++)
        closed +=
            s->decision_state[d] == SV_DEC_ANSWERED || s->decision_state[d] == SV_DEC_TIMED_OUT;
    if (closed <= ws->closed) return false;
    ws->closed = closed;
    const sv_WorkshopOptions *o = &ws->w.options;
    bool due = o->scoreboard == SV_SCOREBOARD_AFTER_EACH ||
               (o->scoreboard == SV_SCOREBOARD_EVERY && closed % o->scoreboard_every == 0);
    if (due && !s->ended) {
        ws->boards++;
        SDL_Log("workshop: scoreboard after decision %u of team %s", closed,
                ws->w.teams[ws->team].id);
    }
    return due && !s->ended;
}

ui_ScreenId ui_workshop_board_check(ui_Game *g)
{
    if (!board_due(g)) return UI_SCREEN_PLAY;
    g->workshop->board_over_run = true; /* the scoreboard goes back to this run */
    ui_ScreenId b = ui_board_open(g, g->workshop->file, g->workshop->results);
    g->workshop->board_over_run = b != UI_SCREEN_PLAY;
    return b;
}
