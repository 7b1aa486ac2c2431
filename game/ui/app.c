/* The app: sets SDL up, runs the one loop (events -> update -> draw -> present),
 * switches screens, and tears everything down in reverse. It also carries the
 * headless machinery: fixed time steps, --screenshot-at, scripted input, the
 * benchmark. SDL events become ui_Input in input.c and nowhere else. */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench.h"
#include "board.h"
#include "draw.h"
#include "input.h"
#include "journal.h"
#include "overlay.h"
#include "reload.h"
#include "screens.h"
#include "script.h"
#include "svara/native.h"
#include "ui.h"
#include "workshop.h"

#define FRAME_MS 16u      /* about 60 frames a second; headless runs step exactly this */
#define DEBRIEF_LINGER 3u /* frames a headless replay shows its debrief before it ends */

typedef struct App {
    const ui_AppOptions *opts;
    ui_Context ui;
    ui_Game game;
    ui_Controls controls;
    bool ttf_ready, vsync, game_loaded;
    ui_ScreenId screen;
    bool play_alive; /* the play screen stays loaded under pause and settings */
    ui_PlayScreen play;
    union {
        ui_TitleScreen title;
        ui_BriefingScreen briefing;
        ui_PauseScreen pause;
        ui_SettingsScreen settings;
        ui_DebriefScreen debrief;
        ui_ResumeScreen resume;
        ui_ProfilesScreen profiles;
        ui_SkillsScreen skills;
        ui_AssessScreen assess;
        ui_BoardScreen board;
    } s;
    ui_Overlay overlay; /* a reload's toast, or the diagnostics of one that failed */
    ui_Watch watch;     /* --author: the pack's files */
    ui_Script *script;
    ui_Shot shots[UI_MAX_SHOTS];
    int shot_count, next_shot;
    ui_Bench *bench;
    uint32_t debrief_frames;
    uint32_t warmed_lines; /* text lines the last screen load rendered */
    bool broken;           /* SDL failed in a way the game cannot go on from (logged) */
    int exit_code;
} App;

/* ---- screens: the one switch ------------------------------------------------ */

const char *ui_screen_name(ui_ScreenId id)
{
    static const char *const names[] = {"quit",     "title",    "briefing", "play",     "pause",
                                        "settings", "debrief",  "resume",   "profiles", "skills",
                                        "assess",   "workshop", "board"};
    return (unsigned)id < sizeof names / sizeof names[0] ? names[id] : "?";
}

static bool screen_init(App *app, ui_ScreenId id)
{
    ui_Context *ui = &app->ui;
    ui_Game *g = &app->game;
    app->screen = id;
    switch (id) {
    case UI_SCREEN_TITLE: return ui_title_init(&app->s.title, ui, g);
    case UI_SCREEN_BRIEFING: return ui_briefing_init(&app->s.briefing, ui, g);
    case UI_SCREEN_PLAY:
        if (app->play_alive) return true;
        app->play_alive = ui_play_init(&app->play, ui, g);
        return app->play_alive;
    case UI_SCREEN_PAUSE: return ui_pause_init(&app->s.pause, ui, g);
    case UI_SCREEN_SETTINGS: return ui_settings_init(&app->s.settings, ui, g);
    case UI_SCREEN_DEBRIEF: return ui_debrief_screen_init(&app->s.debrief, ui, g);
    case UI_SCREEN_RESUME: return ui_resume_init(&app->s.resume, ui, g);
    case UI_SCREEN_PROFILES: return ui_profiles_screen_init(&app->s.profiles, ui, g);
    case UI_SCREEN_SKILLS: return ui_skills_init(&app->s.skills, ui, g);
    case UI_SCREEN_ASSESS: return ui_assess_init(&app->s.assess, ui, g);
    case UI_SCREEN_WORKSHOP: return ui_workshop_init(ui, g);
    case UI_SCREEN_BOARD: return ui_board_init(&app->s.board, ui, g);
    case UI_SCREEN_QUIT: return true;
    }
    return false;
}

static ui_ScreenId screen_update(App *app, const ui_Input *in)
{
    ui_Context *ui = &app->ui;
    ui_Game *g = &app->game;
    switch (app->screen) {
    case UI_SCREEN_TITLE: return ui_title_update(&app->s.title, ui, g, in);
    case UI_SCREEN_BRIEFING: return ui_briefing_update(&app->s.briefing, ui, g, in);
    case UI_SCREEN_PLAY: return ui_play_update(&app->play, ui, g, in);
    case UI_SCREEN_PAUSE: return ui_pause_update(&app->s.pause, ui, g, in);
    case UI_SCREEN_SETTINGS: return ui_settings_update(&app->s.settings, ui, g, in);
    case UI_SCREEN_DEBRIEF: return ui_debrief_screen_update(&app->s.debrief, ui, g, in);
    case UI_SCREEN_RESUME: return ui_resume_update(&app->s.resume, ui, g, in);
    case UI_SCREEN_PROFILES: return ui_profiles_screen_update(&app->s.profiles, ui, g, in);
    case UI_SCREEN_SKILLS: return ui_skills_update(&app->s.skills, ui, g, in);
    case UI_SCREEN_ASSESS: return ui_assess_update(&app->s.assess, ui, g, in);
    case UI_SCREEN_WORKSHOP: return ui_workshop_update(ui, g, in);
    case UI_SCREEN_BOARD: return ui_board_update(&app->s.board, ui, g, in);
    case UI_SCREEN_QUIT: break;
    }
    return UI_SCREEN_QUIT;
}

static void screen_draw(App *app)
{
    ui_Context *ui = &app->ui;
    const ui_Game *g = &app->game;
    switch (app->screen) {
    case UI_SCREEN_TITLE: ui_title_draw(&app->s.title, ui, g); break;
    case UI_SCREEN_BRIEFING: ui_briefing_draw(&app->s.briefing, ui, g); break;
    case UI_SCREEN_PLAY: ui_play_draw(&app->play, ui, g); break;
    case UI_SCREEN_PAUSE:
        ui_play_draw(&app->play, ui, g); /* paused play stays visible behind the menu */
        ui_pause_draw(&app->s.pause, ui, g);
        break;
    case UI_SCREEN_SETTINGS: ui_settings_draw(&app->s.settings, ui, g); break;
    case UI_SCREEN_DEBRIEF: ui_debrief_screen_draw(&app->s.debrief, ui, g); break;
    case UI_SCREEN_RESUME: ui_resume_draw(&app->s.resume, ui, g); break;
    case UI_SCREEN_PROFILES: ui_profiles_screen_draw(&app->s.profiles, ui, g); break;
    case UI_SCREEN_SKILLS: ui_skills_draw(&app->s.skills, ui, g); break;
    case UI_SCREEN_ASSESS: ui_assess_draw(&app->s.assess, ui, g); break;
    case UI_SCREEN_WORKSHOP: ui_workshop_draw(ui, g); break;
    case UI_SCREEN_BOARD: ui_board_draw(&app->s.board, ui, g); break;
    case UI_SCREEN_QUIT: break;
    }
    ui_workshop_draw_overlay(ui, g, app->screen == UI_SCREEN_PLAY);
}

/* Loading a screen: its init, then one draw that only renders and caches
 * its texts (a title, the tabs, the meters, the open options, the posts
 * already there), so its first frame copies them instead of rendering them
 * all at once. The shapes that draw leaves in the back buffer are cleared. */
static bool screen_load(App *app, ui_ScreenId id)
{
    if (!screen_init(app, id)) return false;
    if (id == UI_SCREEN_QUIT) return true;
    ui_text_warm_begin(&app->ui.text);
    screen_draw(app);
    app->warmed_lines = ui_text_warm_end(&app->ui.text);
    ui_clear(&app->ui, (SDL_Color){0, 0, 0, 255});
    return true;
}

/* Unloads the current screen; the play screen only when `with_play`. */
static void screen_unload(App *app, bool with_play)
{
    switch (app->screen) {
    case UI_SCREEN_TITLE: ui_title_unload(&app->s.title); break;
    case UI_SCREEN_BRIEFING: ui_briefing_unload(&app->s.briefing); break;
    case UI_SCREEN_PAUSE: ui_pause_unload(&app->s.pause); break;
    case UI_SCREEN_SETTINGS: ui_settings_unload(&app->s.settings); break;
    case UI_SCREEN_DEBRIEF: ui_debrief_screen_unload(&app->s.debrief); break;
    case UI_SCREEN_RESUME: ui_resume_unload(&app->s.resume); break;
    case UI_SCREEN_PROFILES: ui_profiles_screen_unload(&app->s.profiles, &app->ui); break;
    case UI_SCREEN_SKILLS: ui_skills_unload(&app->s.skills); break;
    case UI_SCREEN_ASSESS: ui_assess_unload(&app->s.assess); break;
    case UI_SCREEN_WORKSHOP: ui_workshop_unload(&app->game); break;
    case UI_SCREEN_BOARD: ui_board_unload(&app->s.board); break;
    case UI_SCREEN_PLAY:
    case UI_SCREEN_QUIT: break;
    }
    if (with_play && app->play_alive) {
        ui_play_unload(&app->play);
        app->play_alive = false;
    }
    app->screen = UI_SCREEN_QUIT;
}

/* What leaving `from` for `next` does to the run: pause and settings keep it,
 * play starts it (again) or takes the one resumed, the title and briefing end
 * it. Its journal goes when it ends or the player leaves it from the pause
 * menu, and is brought up to date when the player pauses. */
static bool switch_screen(App *app, ui_ScreenId next)
{
    ui_Game *g = &app->game;
    ui_ScreenId from = app->screen;
    if (from == UI_SCREEN_PAUSE && next == UI_SCREEN_TITLE) ui_workshop_run_left(g);
    next = ui_workshop_route(g, from, next); /* in a workshop the title is its screen */
    if (next == from) return true;
    bool keep = next == UI_SCREEN_PAUSE ||
                (next == UI_SCREEN_SETTINGS && from == UI_SCREEN_PAUSE) ||
                (next == UI_SCREEN_PLAY && from == UI_SCREEN_PAUSE && !g->restart) ||
                ui_workshop_keeps_run(g, from, next);
    if (next == UI_SCREEN_PAUSE && from == UI_SCREEN_PLAY) ui_journal_save(g);
    /* the team's play is in its result file before the journal goes */
    if (next == UI_SCREEN_DEBRIEF) ui_workshop_run_ended(g);
    if (next == UI_SCREEN_DEBRIEF ||
        (from == UI_SCREEN_PAUSE &&
         (next == UI_SCREEN_TITLE || next == UI_SCREEN_WORKSHOP || g->restart)))
        ui_journal_discard(g);
    screen_unload(app, !keep);
    if (next == UI_SCREEN_PLAY && !app->play_alive) {
        g->restart = false;
        bool resumed = g->keep_run;
        if (g->keep_run)
            g->keep_run = false; /* resumed: played to its checkpoint already */
        else if (!ui_game_start_run(g))
            next = UI_SCREEN_TITLE;
        else
            ui_game_mark_started(g);
        if (next == UI_SCREEN_PLAY) ui_workshop_run_started(g, resumed);
        ui_tutorial_begin(&g->tutorial, ui_tutorial_pending(g) && ui_tutorial_is_run(g));
    }
    if (next == UI_SCREEN_DEBRIEF && g->tutorial.active)
        ui_tutorial_set_done(g, true); /* played through: not again unless asked for */
    if (next == UI_SCREEN_DEBRIEF) {
        ui_run_finish(&g->run);
        ui_game_record_run(g); /* saved before the debrief shows what changed */
        if (app->opts->record) ui_run_save_replay(&g->run, app->opts->record);
        app->debrief_frames = 0;
    }
    if (next == UI_SCREEN_TITLE || next == UI_SCREEN_BRIEFING || next == UI_SCREEN_WORKSHOP)
        ui_run_stop(&g->run);
    if (next == UI_SCREEN_QUIT) return true;
    if (!screen_load(app, next)) return false;
    if (next == UI_SCREEN_DEBRIEF && app->opts->headless && g->run.active) {
        const ui_Run *r = &g->run;
        printf("reached debrief: ending %s, grade %s (%d), language %s\n",
               r->core.s.ending >= 0 ? r->core.sc->endings[r->core.s.ending].id : "none",
               app->s.debrief.grade, (int)app->s.debrief.score, sv_lang_code(app->ui.lang));
        fflush(stdout);
    }
    return true;
}

/* ---- hot reload ---------------------------------------------------------------- */

/* After a good reload every screen that holds the old pack's texts or the old
 * run's indices is made again on the new ones, where the player was: the
 * play screen (under pause and settings too) on its channel, the debrief
 * built again, the title on its row. */
static bool rebuild_screens(App *app)
{
    ui_Game *g = &app->game;
    ui_ScreenId at = app->screen;
    int32_t tab = app->play.tab;
    int cursor = at == UI_SCREEN_TITLE ? app->s.title.cursor : 0;
    if (at == UI_SCREEN_PAUSE || at == UI_SCREEN_SETTINGS) {
        if (!app->play_alive) return true; /* settings from the title: nothing of a run */
        ui_play_unload(&app->play);
        app->play_alive = ui_play_init(&app->play, &app->ui, g);
        if (app->play_alive && tab >= 0 && tab < (int32_t)app->play.feed.channel_count)
            app->play.tab = tab;
        /* one still frame (no input, no time) lays the feed out for the menu to sit on */
        ui_Input still;
        memset(&still, 0, sizeof still);
        if (app->play_alive) (void)ui_play_update(&app->play, &app->ui, g, &still);
        return true;
    }
    if (at == UI_SCREEN_DEBRIEF && g->run.active && !g->run.core.s.ended)
        at = UI_SCREEN_PLAY; /* the new version runs longer: play on */
    if (at == UI_SCREEN_DEBRIEF) ui_run_finish(&g->run);
    screen_unload(app, true);
    if (!screen_load(app, at)) return false;
    if (at == UI_SCREEN_PLAY && tab >= 0 && tab < (int32_t)app->play.feed.channel_count)
        app->play.tab = tab;
    if (at == UI_SCREEN_TITLE && cursor < app->s.title.count) app->s.title.cursor = cursor;
    return true;
}

/* F5, or a change the watcher saw: the chosen pack again from disk. A good
 * load replaces the old one and says so; a bad one leaves everything as it
 * was and lists why in the overlay. False only when a screen could not be
 * made again (SDL failed: logged). */
static bool reload_pack(App *app)
{
    ui_Game *g = &app->game;
    if (app->screen == UI_SCREEN_TITLE && app->s.title.cursor < app->s.title.count) {
        /* on the title, the pack of the row the cursor is on */
        const ui_TitleRow *row = &app->s.title.rows[app->s.title.cursor];
        if (row->pack >= 0) {
            g->pack = row->pack;
            g->scenario = row->scenario >= 0 ? row->scenario : 0;
        }
    }
    if (g->pack < 0 || (size_t)g->pack >= g->lib.count || g->bench_pack) return true;
    char title[256];
    snprintf(title, sizeof title, "%s", sv_text_get(&g->lib.packs[g->pack]->title, app->ui.lang));
    sv_DiagList diags;
    sv_diag_init(&diags);
    ui_ReloadResult r = ui_reload_pack(g, &diags);
    ui_log_diags(&diags);
    bool ok = true;
    if (r == UI_RELOAD_FAILED && diags.count == 0) /* out of memory, say: never an empty panel */
        sv_diag_add(&diags, SV_SEV_ERROR, g->lib.packs[g->pack]->id, "", 0, 0,
                    "the pack could not be read again; the log above may say why");
    if (r == UI_RELOAD_FAILED) {
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION,
                    "reload of %s failed (%zu errors, %zu warnings); playing on with the last "
                    "version that loaded",
                    g->lib.packs[g->pack]->id, diags.errors, diags.warnings);
        ui_overlay_show(&app->overlay, title, &diags);
    } else if (r == UI_RELOAD_DONE) {
        const sv_Pack *p = g->lib.packs[g->pack];
        char line[320], clock[64];
        snprintf(title, sizeof title, "%s", sv_text_get(&p->title, app->ui.lang));
        if (g->run.active) {
            ui_time_clock(app->ui.strings, app->ui.lang, g->run.core.s.now_ms,
                          g->run.core.sc->duration_ms, clock, sizeof clock);
            ui_strings_format(line, sizeof line, ui_tr(&app->ui, UI_S_RELOAD_DONE), title, clock,
                              NULL);
            SDL_Log("reloaded %s/%s at %u ms (%zu inputs played again)", p->id, g->run.core.sc->id,
                    g->run.core.s.now_ms, g->run.core.rec.input_count);
        } else {
            ui_strings_format(line, sizeof line, ui_tr(&app->ui, UI_S_RELOAD_DONE_NO_RUN), title,
                              NULL, NULL);
            SDL_Log("reloaded %s", p->id);
        }
        ui_overlay_close(&app->overlay);
        ui_overlay_toast(&app->overlay, &app->ui, line);
        ok = rebuild_screens(app);
    }
    if (app->opts->author) ui_watch_rebuild(&app->watch, g);
    sv_diag_free(&diags);
    return ok;
}

/* Takes F5 out of the frame's input; true when it was there. */
static bool take_reload(ui_Input *in)
{
    bool found = false;
    int kept = 0;
    for (int i = 0; i < in->count; i++) {
        if (in->ev[i].act == UI_ACT_RELOAD)
            found = true;
        else
            in->ev[kept++] = in->ev[i];
    }
    in->count = kept;
    return found;
}

/* ---- settings ---------------------------------------------------------------- */

static float output_scale(App *app)
{
    int w = 0, h = 0;
    if (SDL_GetRendererOutputSize(app->ui.renderer, &w, &h) != 0) {
        ui_log_sdl("read the window's size in pixels (text stays at its last size)");
        return app->ui.text.scale > 0.0f ? app->ui.text.scale : 1.0f;
    }
    if (w <= 0 || h <= 0) return 1.0f;
    float sx = (float)w / (float)UI_WIDTH, sy = (float)h / (float)UI_HEIGHT;
    return sx < sy ? sx : sy;
}

static void apply_settings(App *app)
{
    ui_Context *ui = &app->ui;
    const ui_Settings *s = &app->game.settings;
    ui->lang = ui_game_lang(&app->game);
    ui->reduced_motion = s->reduced_motion;
    ui_theme_make(&ui->theme, s->okabe_ito);
    ui_text_set_scale(&ui->text, output_scale(app), ui_prefs_text_pct(s->text_size));
    if (app->opts->headless) return; /* the dummy driver has no screens to fill */
    Uint32 want = s->fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0;
    Uint32 have = SDL_GetWindowFlags(ui->window) & SDL_WINDOW_FULLSCREEN_DESKTOP;
    if (want != have && SDL_SetWindowFullscreen(ui->window, want) != 0)
        ui_log_sdl_warn(want ? "switch to full screen" : "leave full screen");
}

/* --set: settings for this run. Nothing is saved in a run with them (the
 * game locks saving at load, before the file is read), so they never end up
 * in the player's file by way of another change. */
static void settings_overrides(App *app)
{
    for (int i = 0; i < app->opts->set_count; i++) {
        char key[64];
        const char *eq = strchr(app->opts->sets[i], '=');
        size_t n = eq ? (size_t)(eq - app->opts->sets[i]) : 0;
        if (n == 0 || n >= sizeof key) continue;
        memcpy(key, app->opts->sets[i], n);
        key[n] = '\0';
        if (!ui_prefs_set(&app->game.settings, key, eq + 1))
            SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "--set %s: unknown setting or bad value",
                        app->opts->sets[i]);
    }
}

/* ---- set-up and tear-down ---------------------------------------------------- */

static bool init_renderer(App *app)
{
    ui_Context *ui = &app->ui;
    if (!app->opts->headless) {
        ui->renderer = SDL_CreateRenderer(ui->window, -1,
                                          SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
        if (!ui->renderer)
            ui_log_sdl_warn("create an accelerated renderer (using the software renderer)");
    }
    if (!ui->renderer) ui->renderer = SDL_CreateRenderer(ui->window, -1, SDL_RENDERER_SOFTWARE);
    if (!ui->renderer) {
        ui_log_sdl("create a renderer for the window, so the game cannot start");
        return false;
    }
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(ui->renderer, &info) == 0)
        app->vsync = (info.flags & SDL_RENDERER_PRESENTVSYNC) != 0;
    else
        ui_log_sdl_warn("ask the renderer whether it waits for vsync (pacing frames ourselves)");
    if (SDL_RenderSetLogicalSize(ui->renderer, UI_WIDTH, UI_HEIGHT) != 0) {
        ui_log_sdl("scale the 1920x1080 drawing space to the window, so the game cannot start");
        return false;
    }
    return true;
}

static bool init_sdl(App *app)
{
    const ui_AppOptions *o = app->opts;
    SDL_ClearError(); /* hints fail without a reason of their own */
    if (o->headless) {
        /* Override wins over the environment: --headless always means no window. A
         * refused hint would open a real window or renderer: no headless run then. */
        if (!SDL_SetHintWithPriority(SDL_HINT_VIDEODRIVER, "dummy", SDL_HINT_OVERRIDE) ||
            !SDL_SetHintWithPriority(SDL_HINT_RENDER_DRIVER, "software", SDL_HINT_OVERRIDE)) {
            ui_log_sdl("ask SDL for its dummy video driver and software renderer (--headless)");
            return false;
        }
        if (SDL_setenv("SDL_AUDIODRIVER", "dummy", 1) != 0)
            ui_log_sdl_warn("ask SDL for its dummy audio driver (--headless)");
    }
    /* refused when the environment sets it: then the player's choice stands */
    if (!SDL_SetHint(SDL_HINT_WINDOWS_DPI_AWARENESS, "permonitorv2") &&
        !SDL_getenv(SDL_HINT_WINDOWS_DPI_AWARENESS))
        ui_log_sdl_warn("ask for sharp text on high-DPI screens (Windows)");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        ui_log_sdl("start SDL's video and events, so the game cannot start");
        return false;
    }
    /* Controllers are optional: a machine without joystick support still plays. */
    if (!o->headless && SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) != 0)
        ui_log_sdl_warn("start SDL's game controller support (playing without gamepads)");
    if (TTF_Init() != 0) {
        ui_log_ttf("start SDL_ttf, so the game cannot show text and cannot start");
        return false;
    }
    app->ttf_ready = true;
    int w = o->width > 0 ? o->width : 1280, h = o->height > 0 ? o->height : 720;
    app->ui.window = SDL_CreateWindow("Svara", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h,
                                      SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!app->ui.window) {
        ui_log_sdl("create the game's window, so the game cannot start");
        return false;
    }
    SDL_SetWindowMinimumSize(app->ui.window, 640, 360);
    return init_renderer(app) && ui_draw_init(&app->ui) &&
           ui_text_init(&app->ui.text, app->ui.renderer, output_scale(app), 100);
}

static void shutdown_sdl(App *app)
{
    screen_unload(app, true);
    ui_script_free(app->script);
    ui_overlay_free(&app->overlay);
    ui_watch_free(&app->watch);
    /* The game reads the bench's scenario while it unloads: unload it first. */
    if (app->game_loaded) ui_game_unload(&app->game);
    ui_bench_free(app->bench);
    ui_text_shutdown(&app->ui.text);
    ui_draw_shutdown(&app->ui);
    ui_controls_shutdown(&app->controls);
    if (app->ui.renderer) SDL_DestroyRenderer(app->ui.renderer);
    if (app->ui.window) SDL_DestroyWindow(app->ui.window);
    if (app->ttf_ready) TTF_Quit();
    SDL_Quit();
}

/* ---- screenshots --------------------------------------------------------------- */

/* Reads the whole output (letterbox bars included) and saves it as a 24-bit BMP.
 * Call after drawing and before presenting: the back buffer is undefined after.
 * A failed shot fails the run's exit code; when the drawing space cannot be
 * restored afterwards, nothing would be drawn where it belongs: *broken. */
static bool save_screenshot(SDL_Renderer *r, const char *path, bool *broken)
{
    int w = 0, h = 0, lw = 0, lh = 0;
    char doing[UI_PATH_MAX + 64];
    snprintf(doing, sizeof doing, "take the screenshot %s", path);
    if (SDL_GetRendererOutputSize(r, &w, &h) != 0) {
        ui_log_sdl(doing);
        return false;
    }
    SDL_Surface *shot = SDL_CreateRGBSurfaceWithFormat(0, w, h, 24, SDL_PIXELFORMAT_RGB24);
    if (!shot) {
        ui_log_sdl(doing);
        return false;
    }
    /* Without a logical size the read covers the whole output, not only the viewport. */
    SDL_RenderGetLogicalSize(r, &lw, &lh);
    bool ok = SDL_RenderSetLogicalSize(r, 0, 0) == 0;
    ok = ok && SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_RGB24, shot->pixels, shot->pitch) == 0;
    if (!ok) ui_log_sdl(doing);
    if (SDL_RenderSetLogicalSize(r, lw, lh) != 0) {
        ui_log_sdl("restore the drawing space after a screenshot, so the game cannot go on");
        *broken = true;
        ok = false;
    }
    snprintf(doing, sizeof doing, "save the screenshot %s", path);
    if (ok && SDL_SaveBMP(shot, path) != 0) {
        ui_log_sdl(doing);
        ok = false;
    }
    SDL_FreeSurface(shot);
    return ok;
}

/* A screenshot the run asked for; a failed one fails the exit code. */
static void screenshot(App *app, const char *path)
{
    if (!save_screenshot(app->ui.renderer, path, &app->broken)) app->exit_code = 1;
}

static int by_time(const void *a, const void *b)
{
    const ui_Shot *x = a, *y = b;
    return x->t_ms < y->t_ms ? -1 : x->t_ms > y->t_ms;
}

/* --screenshot-at: due once the scenario's clock is there, or at the debrief
 * when the scenario ended earlier. */
static void take_due_shots(App *app)
{
    const ui_Run *r = &app->game.run;
    while (app->next_shot < app->shot_count) {
        const ui_Shot *s = &app->shots[app->next_shot];
        bool playing =
            r->active && (app->screen == UI_SCREEN_PLAY || app->screen == UI_SCREEN_PAUSE);
        bool due = (playing && r->core.s.now_ms >= s->t_ms) || app->screen == UI_SCREEN_DEBRIEF;
        if (!due) break;
        screenshot(app, s->file);
        app->next_shot++;
    }
    app->game.sim_limit_ms =
        app->next_shot < app->shot_count ? app->shots[app->next_shot].t_ms : UINT32_MAX;
}

/* ---- the loop -------------------------------------------------------------------- */

static double now_ms_precise(void)
{
    return (double)SDL_GetPerformanceCounter() * 1000.0 / (double)SDL_GetPerformanceFrequency();
}

static double since_start_ms(const ui_AppOptions *o)
{
    struct timespec ts;
    if (!o->start_ns || timespec_get(&ts, TIME_UTC) != TIME_UTC) return 0.0;
    uint64_t ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    return (double)(ns - o->start_ns) / 1e6;
}

/* Scripted events for this frame; false when the script says the run is over. */
static bool script_frame(App *app, const char **shot)
{
    *shot = NULL;
    if (!app->script) return true;
    const ui_Game *g = &app->game;
    ui_ScriptView v = {.screen = ui_screen_name(app->screen),
                       .run_active = g->run.active,
                       .now_ms = g->run.active ? g->run.core.s.now_ms : 0,
                       .text = &app->ui.text,
                       .user_packs = g->paths.user_packs};
    if (SDL_GetRendererOutputSize(app->ui.renderer, &v.width, &v.height) != 0)
        ui_log_sdl("read the window's size in pixels for the script's {size}");
    if (app->play_alive && app->screen == UI_SCREEN_PLAY && app->play.decision >= 0)
        v.decision_id = g->run.core.sc->decisions[app->play.decision].id;
    ui_ScriptState st = ui_script_frame(app->script, app->ui.window, app->ui.renderer, &v, shot);
    if (st == UI_SCRIPT_FAILED) app->exit_code = 1;
    return st == UI_SCRIPT_RUNNING;
}

/* The graphics device was reset (a driver update, a lost Direct3D device):
 * every texture is gone, so the texts and the shapes are made again. */
static void device_reset(App *app)
{
    SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION,
                "the graphics device was reset: drawing every text and shape again");
    ui_text_drop(&app->ui.text);
    ui_draw_shutdown(&app->ui);
}

static void poll_input(App *app, ui_Input *in)
{
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        if (e.type == SDL_RENDER_DEVICE_RESET) device_reset(app);
        ui_controls_event(&app->controls, &app->ui, &e, in);
    }
    ui_controls_frame(&app->controls, in);
    for (int i = 0; i < in->count; i++)
        if (in->ev[i].act == UI_ACT_FULLSCREEN) {
            app->game.settings.fullscreen = !app->game.settings.fullscreen;
            app->game.settings_changed = true;
        }
}

/* A replay whose input was refused or whose run ended in another state fails
 * the game's exit code, as it fails svara-tool play's. Looked at before a
 * switch can stop the run and after one has finished it. */
static void check_replay(App *app)
{
    const ui_Run *r = &app->game.run;
    if (r->active && (r->core.replay_failed || r->replay_differs)) app->exit_code = 1;
}

/* One frame: input, update, switch, draw. False when the app should stop. */
static bool frame(App *app, ui_Input *in, const char *script_shot)
{
    if (in->quit) return false;
    bool reload = take_reload(in);
    if (app->opts->author && !app->bench && ui_watch_poll(&app->watch, &app->game, app->ui.now_ms))
        reload = true;
    if (reload && !reload_pack(app)) {
        app->exit_code = 1;
        return false;
    }
    ui_overlay_update(&app->overlay, &app->ui, in);
    char toast[512]; /* a workshop facilitator's keys (workshop.h) */
    ui_workshop_keys(&app->game, &app->ui, in, app->screen == UI_SCREEN_PLAY, toast, sizeof toast);
    if (toast[0]) ui_overlay_toast(&app->overlay, &app->ui, toast);
    ui_ScreenId next = screen_update(app, in);
    if (app->screen == UI_SCREEN_PLAY && next == UI_SCREEN_PLAY)
        next = ui_workshop_board_check(&app->game); /* a scoreboard due over the run */
    check_replay(app);
    if (app->game.settings_changed) {
        app->game.settings_changed = false;
        apply_settings(app);
        ui_game_save_settings(&app->game);
    }
    if (next == UI_SCREEN_QUIT) return false; /* the screen stays loaded for the screenshot */
    if (next != app->screen && !switch_screen(app, next)) {
        app->exit_code = 1;
        return false;
    }
    if (app->screen == UI_SCREEN_PLAY && app->game.workshop)
        app->game.workshop->board_over_run = false; /* back at the run */
    check_replay(app);
    float scale = output_scale(app);
    if (scale != app->ui.text.scale) apply_settings(app); /* the window was resized */
    ui_text_frame(&app->ui.text);
    screen_draw(app);
    ui_overlay_draw(&app->overlay, &app->ui);
    take_due_shots(app);
    if (script_shot) screenshot(app, script_shot);
    return !app->broken;
}

static bool headless_done(App *app)
{
    const ui_AppOptions *o = app->opts;
    if (!o->headless || o->frames || app->script || app->bench) return false;
    /* a headless replay ends at its debrief, once every screenshot is taken */
    if (o->replay && app->screen == UI_SCREEN_DEBRIEF && app->next_shot >= app->shot_count)
        return ++app->debrief_frames >= DEBRIEF_LINGER;
    return false;
}

static void run_loop(App *app)
{
    const ui_AppOptions *opts = app->opts;
    uint64_t last = SDL_GetTicks64();
    uint32_t frames = 0;
    double first_frame = 0.0;
    for (;;) {
        ui_Input in;
        memset(&in, 0, sizeof in);
        uint64_t now = SDL_GetTicks64();
        /* A stall (a dragged window, a debugger) counts as a quarter second at most. */
        in.dt_ms = opts->headless ? FRAME_MS : (uint32_t)SDL_min(now - last, 250u);
        last = now;
        app->ui.now_ms += in.dt_ms;
        const char *shot = NULL;
        bool more = script_frame(app, &shot);
        double t0 = now_ms_precise();
        poll_input(app, &in);
        if (!frame(app, &in, shot)) break;
        SDL_RenderPresent(app->ui.renderer);
        double spent = now_ms_precise() - t0;
        if (frames == 0) first_frame = since_start_ms(opts);
        frames++;
        if (app->bench && app->screen == UI_SCREEN_PLAY)
            ui_bench_frame(app->bench, spent, app->ui.text.rendered);
        if (app->bench && frames == 1) {
            double l0 = now_ms_precise();
            if (!switch_screen(app, UI_SCREEN_PLAY)) break;
            ui_bench_load(app->bench, now_ms_precise() - l0, app->warmed_lines);
        }
        if (app->bench && ui_bench_done(app->bench)) break;
        if (!more || headless_done(app)) break;
        if (opts->frames && frames >= opts->frames) break;
        /* Pace to ~60 fps without vsync; headless runs go flat out. */
        if (!app->vsync && !opts->headless && spent < FRAME_MS)
            SDL_Delay((Uint32)(FRAME_MS - spent));
    }
    if (app->bench) {
        int w = 0, h = 0;
        if (SDL_GetRendererOutputSize(app->ui.renderer, &w, &h) != 0)
            ui_log_sdl("read the window's size in pixels for the benchmark's report");
        ui_bench_report(app->bench, &app->game, first_frame, w, h, stdout);
    }
    /* the window closed (or the script ended) mid-run: the journal says where */
    if (app->play_alive && app->game.run.active && !app->game.run.core.s.ended)
        ui_journal_save(&app->game);
    if (!opts->screenshot || app->broken) return;
    /* Draw the last state once more, unpresented, and read it back. */
    screen_draw(app);
    ui_overlay_draw(&app->overlay, &app->ui);
    screenshot(app, opts->screenshot);
}

/* --assess PACK/KIND with --profile NAME: that test, as the title's entry opens it. */
static ui_ScreenId assess_screen(App *app)
{
    ui_Game *g = &app->game;
    const ui_AppOptions *o = app->opts;
    const char *slash = strchr(o->assess, '/');
    sv_AssessKind kind;
    int32_t pack = -1;
    for (size_t i = 0; slash && i < g->lib.count; i++)
        if (strlen(g->lib.packs[i]->id) == (size_t)(slash - o->assess) &&
            strncmp(g->lib.packs[i]->id, o->assess, (size_t)(slash - o->assess)) == 0)
            pack = (int32_t)i;
    if (!slash || !sv_assess_kind_parse(slash + 1, &kind) || pack < 0 || !g->profile.active) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION,
                     "--assess wants PACK/pre or PACK/post of a pack in the library, and "
                     "--profile NAME; got --assess %s%s%s",
                     o->assess, o->profile ? " --profile " : "", o->profile ? o->profile : "");
        return UI_SCREEN_QUIT;
    }
    return ui_assess_open(g, pack, kind);
}

/* The first screen: the replay's play screen, a test (--assess), a named
 * scenario's briefing, the run left unfinished last time, or the title. */
static ui_ScreenId first_screen(App *app)
{
    ui_Game *g = &app->game;
    const ui_AppOptions *o = app->opts;
    if (o->replay) {
        if (!ui_game_load_replay(g, o->replay)) return UI_SCREEN_QUIT;
        g->has_replay = true;
        if (!o->seed_given) g->seed = g->replay.seed;
        g->lang_override = (int)g->replay.lang; /* watched in its language, not saved */
        return UI_SCREEN_PLAY;
    }
    ui_journal_tidy(g);
    if (o->workshop) return ui_workshop_open(g, o->workshop);
    if (o->board) return ui_board_open(g, o->board, o->results);
    if (o->assess) return assess_screen(app);
    const char *target = o->play ? o->play : o->select;
    if (target) {
        char pack[128];
        const char *slash = strchr(target, '/');
        size_t n = slash ? (size_t)(slash - target) : 0;
        if (!slash || n >= sizeof pack) {
            SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%s wants PACK/SCENARIO, not %s",
                         o->play ? "--play" : "--select", target);
            return UI_SCREEN_QUIT;
        }
        memcpy(pack, target, n);
        pack[n] = '\0';
        if (!ui_game_pick(g, pack, slash + 1)) return UI_SCREEN_QUIT;
        if (o->play) return UI_SCREEN_BRIEFING;
    }
    /* nobody playing yet (first start, a broken profile, --profile refused):
     * ask, unless there is nowhere to keep a profile */
    if (!g->profile.active && g->profiles_root[0]) return UI_SCREEN_PROFILES;
    return ui_journal_waiting(g) ? UI_SCREEN_RESUME : UI_SCREEN_TITLE;
}

static bool start(App *app)
{
    const ui_AppOptions *o = app->opts;
    if (!init_sdl(app)) return false;
    ui_controls_init(&app->controls);
    if (!ui_game_load(&app->game, o, o->argv0)) return false;
    app->game_loaded = true;
    settings_overrides(app);
    app->ui.strings = &app->game.strings;
    apply_settings(app);
    memcpy(app->shots, o->shots, sizeof app->shots);
    app->shot_count = o->shot_count;
    qsort(app->shots, (size_t)app->shot_count, sizeof app->shots[0], by_time);
    app->game.sim_limit_ms = app->shot_count ? app->shots[0].t_ms : UINT32_MAX;
    if (o->script && !(app->script = ui_script_load(o->script))) return false;
    if (o->bench && !(app->bench = ui_bench_create(&app->game))) return false;
    ui_ScreenId first = o->bench ? UI_SCREEN_TITLE : first_screen(app);
    if (first == UI_SCREEN_QUIT) return false;
    /* the files as the library read them: a change from here on is new */
    if (o->author && !o->bench) ui_watch_rebuild(&app->watch, &app->game);
    apply_settings(app); /* a replay is watched in its own language */
    if (first == UI_SCREEN_PLAY) return switch_screen(app, first);
    return screen_load(app, first);
}

static int print_settings(const ui_AppOptions *o)
{
    App app;
    memset(&app, 0, sizeof app);
    app.opts = o;
    SDL_ClearError();
    if (!SDL_SetHintWithPriority(SDL_HINT_VIDEODRIVER, "dummy", SDL_HINT_OVERRIDE))
        ui_log_sdl_warn("ask SDL for its dummy video driver (no window is needed here)");
    int rc = 1;
    if (SDL_Init(0) != 0) {
        ui_log_sdl("start SDL to find the settings");
    } else if (ui_game_load(&app.game, o, o->argv0)) {
        char line[512];
        ui_prefs_describe(&app.game.settings, line, sizeof line);
        printf("%s\n%s\n", app.game.settings_path[0] ? app.game.settings_path : "(not saved)",
               line);
        rc = 0;
    }
    ui_game_unload(&app.game);
    SDL_Quit();
    return rc;
}

int ui_app_run(const ui_AppOptions *opts)
{
    if (opts->print_settings) return print_settings(opts);
    App *app = calloc(1, sizeof *app); /* large: the screens and the game live in it */
    if (!app) {
        SDL_LogCritical(SDL_LOG_CATEGORY_APPLICATION, "out of memory: the game cannot start");
        return 1;
    }
    app->opts = opts;
    app->screen = UI_SCREEN_QUIT;
    ui_overlay_init(&app->overlay);
    ui_watch_init(&app->watch);
    bool ok = start(app);
    if (ok) run_loop(app);
    int rc = ok ? app->exit_code : 1;
    shutdown_sdl(app);
    free(app);
    return rc;
}
