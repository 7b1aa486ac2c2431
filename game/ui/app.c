/* The app: sets SDL up, runs the one loop (events -> update -> draw -> present),
 * switches screens, and tears everything down in reverse. SDL events become
 * sv_UiInput here and nowhere else. */
#include "app.h"

#include <string.h>

#include "screens.h"
#include "ui.h"

#define FRAME_MS 16u /* about 60 frames a second */
#define MAX_CONTROLLERS 4

typedef struct App {
    const sv_AppOptions *opts;
    SDL_Window *window;
    sv_Ui ui;
    bool ttf_ready;
    bool vsync;
    SDL_GameController *controllers[MAX_CONTROLLERS];
    sv_ScreenId screen;
    union {
        sv_TitleScreen title;
    } s;
} App;

/* ---- screens: the one switch ------------------------------------------------ */

static bool screen_init(App *app, sv_ScreenId id)
{
    app->screen = id;
    switch (id) {
    case SV_SCREEN_TITLE: return sv_title_init(&app->s.title, &app->ui);
    case SV_SCREEN_QUIT: return true;
    }
    return false;
}

static sv_ScreenId screen_update(App *app, const sv_UiInput *in)
{
    switch (app->screen) {
    case SV_SCREEN_TITLE: return sv_title_update(&app->s.title, &app->ui, in);
    case SV_SCREEN_QUIT: break;
    }
    return SV_SCREEN_QUIT;
}

static void screen_draw(App *app)
{
    switch (app->screen) {
    case SV_SCREEN_TITLE: sv_title_draw(&app->s.title, &app->ui); break;
    case SV_SCREEN_QUIT: break;
    }
}

static void screen_unload(App *app)
{
    switch (app->screen) {
    case SV_SCREEN_TITLE: sv_title_unload(&app->s.title); break;
    case SV_SCREEN_QUIT: break;
    }
    app->screen = SV_SCREEN_QUIT;
}

/* ---- input: every SDL event is handled here --------------------------------- */

static void open_controller(App *app, int device)
{
    if (!SDL_IsGameController(device)) return;
    for (int i = 0; i < MAX_CONTROLLERS; i++) {
        if (app->controllers[i]) continue;
        app->controllers[i] = SDL_GameControllerOpen(device);
        if (!app->controllers[i])
            SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "SDL_GameControllerOpen(%d): %s", device,
                        SDL_GetError());
        return;
    }
}

static void close_controller(App *app, SDL_JoystickID id)
{
    for (int i = 0; i < MAX_CONTROLLERS; i++) {
        SDL_GameController *c = app->controllers[i];
        if (c && SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(c)) == id) {
            SDL_GameControllerClose(c);
            app->controllers[i] = NULL;
        }
    }
}

static void map_key(SDL_Keycode key, sv_UiInput *in)
{
    switch (key) {
    case SDLK_ESCAPE: in->back = true; break;
    case SDLK_RETURN:
    case SDLK_KP_ENTER:
    case SDLK_SPACE: in->confirm = true; break;
    case SDLK_UP: in->move = -1; break;
    case SDLK_DOWN: in->move = 1; break;
    default: break;
    }
}

static void map_button(Uint8 button, sv_UiInput *in)
{
    switch (button) {
    case SDL_CONTROLLER_BUTTON_B:
    case SDL_CONTROLLER_BUTTON_BACK: in->back = true; break;
    case SDL_CONTROLLER_BUTTON_A:
    case SDL_CONTROLLER_BUTTON_START: in->confirm = true; break;
    case SDL_CONTROLLER_BUTTON_DPAD_UP: in->move = -1; break;
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN: in->move = 1; break;
    default: break;
    }
}

static void poll_input(App *app, sv_UiInput *in)
{
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        switch (e.type) {
        case SDL_QUIT: in->quit = true; break;
        case SDL_WINDOWEVENT:
            if (e.window.event == SDL_WINDOWEVENT_CLOSE) in->quit = true;
            break;
        case SDL_KEYDOWN:
            /* A held Esc must not back out through several screens; held arrows repeat. */
            if (!e.key.repeat || e.key.keysym.sym != SDLK_ESCAPE) map_key(e.key.keysym.sym, in);
            break;
        case SDL_CONTROLLERDEVICEADDED: open_controller(app, e.cdevice.which); break;
        case SDL_CONTROLLERDEVICEREMOVED: close_controller(app, e.cdevice.which); break;
        case SDL_CONTROLLERBUTTONDOWN: map_button(e.cbutton.button, in); break;
        default: break;
        }
    }
}

/* ---- set-up and tear-down ---------------------------------------------------- */

static bool init_sdl(App *app)
{
    if (app->opts->headless) {
        /* Override wins over the environment: --headless always means no window. */
        SDL_SetHintWithPriority(SDL_HINT_VIDEODRIVER, "dummy", SDL_HINT_OVERRIDE);
        SDL_SetHintWithPriority(SDL_HINT_RENDER_DRIVER, "software", SDL_HINT_OVERRIDE);
        SDL_setenv("SDL_AUDIODRIVER", "dummy", 1);
    }
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "SDL_Init: %s", SDL_GetError());
        return false;
    }
    /* Controllers are optional: a machine without joystick support still plays. */
    if (SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) != 0)
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "no controller support: %s", SDL_GetError());
    if (TTF_Init() != 0) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "TTF_Init: %s", TTF_GetError());
        return false;
    }
    app->ttf_ready = true;
    if (!SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear"))
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "could not ask for linear scaling");

    app->window = SDL_CreateWindow("Svara", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280,
                                   720, SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (!app->window) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "SDL_CreateWindow: %s", SDL_GetError());
        return false;
    }
    if (!app->opts->headless) {
        app->ui.renderer = SDL_CreateRenderer(app->window, -1,
                                              SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
        if (!app->ui.renderer)
            SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION,
                        "no accelerated renderer (%s); using the software renderer",
                        SDL_GetError());
    }
    if (!app->ui.renderer)
        app->ui.renderer = SDL_CreateRenderer(app->window, -1, SDL_RENDERER_SOFTWARE);
    if (!app->ui.renderer) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "SDL_CreateRenderer: %s", SDL_GetError());
        return false;
    }
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(app->ui.renderer, &info) == 0) {
        app->vsync = (info.flags & SDL_RENDERER_PRESENTVSYNC) != 0;
        SDL_LogDebug(SDL_LOG_CATEGORY_APPLICATION, "renderer %s, video driver %s", info.name,
                     SDL_GetCurrentVideoDriver());
    } else
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "SDL_GetRendererInfo: %s", SDL_GetError());
    if (SDL_RenderSetLogicalSize(app->ui.renderer, SV_UI_WIDTH, SV_UI_HEIGHT) != 0) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "SDL_RenderSetLogicalSize: %s", SDL_GetError());
        return false;
    }
    return sv_fonts_load(&app->ui.fonts);
}

static void shutdown_sdl(App *app)
{
    screen_unload(app);
    sv_fonts_unload(&app->ui.fonts);
    for (int i = 0; i < MAX_CONTROLLERS; i++)
        if (app->controllers[i]) SDL_GameControllerClose(app->controllers[i]);
    if (app->ui.renderer) SDL_DestroyRenderer(app->ui.renderer);
    if (app->window) SDL_DestroyWindow(app->window);
    if (app->ttf_ready) TTF_Quit();
    SDL_Quit();
}

/* ---- screenshots --------------------------------------------------------------- */

/* Reads the whole output (letterbox bars included) and saves it as a 24-bit BMP.
 * Call after drawing and before presenting: the back buffer is undefined after. */
static bool save_screenshot(SDL_Renderer *r, const char *path)
{
    int w = 0, h = 0, lw = 0, lh = 0;
    if (SDL_GetRendererOutputSize(r, &w, &h) != 0) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "SDL_GetRendererOutputSize: %s", SDL_GetError());
        return false;
    }
    SDL_Surface *shot = SDL_CreateRGBSurfaceWithFormat(0, w, h, 24, SDL_PIXELFORMAT_RGB24);
    if (!shot) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "SDL_CreateRGBSurfaceWithFormat: %s",
                     SDL_GetError());
        return false;
    }
    /* Without a logical size the read covers the whole output, not only the viewport. */
    SDL_RenderGetLogicalSize(r, &lw, &lh);
    bool ok = SDL_RenderSetLogicalSize(r, 0, 0) == 0;
    ok = ok && SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_RGB24, shot->pixels, shot->pitch) == 0;
    if (!ok) SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "SDL_RenderReadPixels: %s", SDL_GetError());
    if (SDL_RenderSetLogicalSize(r, lw, lh) != 0) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "SDL_RenderSetLogicalSize: %s", SDL_GetError());
        ok = false;
    }
    if (ok && SDL_SaveBMP(shot, path) != 0) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "SDL_SaveBMP(%s): %s", path, SDL_GetError());
        ok = false;
    }
    SDL_FreeSurface(shot);
    return ok;
}

/* ---- the loop -------------------------------------------------------------------- */

static bool run_loop(App *app)
{
    const sv_AppOptions *opts = app->opts;
    /* Headless runs step time by a fixed amount so they are the same on every machine. */
    uint64_t last = SDL_GetTicks64();
    uint32_t frames = 0;
    for (;;) {
        sv_UiInput in;
        memset(&in, 0, sizeof in);
        uint64_t now = SDL_GetTicks64();
        /* A stall (a dragged window, a debugger) counts as a quarter second at most. */
        in.dt_ms = opts->headless ? FRAME_MS : (uint32_t)SDL_min(now - last, 250u);
        last = now;
        app->ui.now_ms += in.dt_ms;

        poll_input(app, &in);
        if (in.quit) break;
        sv_ScreenId next = screen_update(app, &in);
        if (next == SV_SCREEN_QUIT) break; /* the screen stays loaded for the screenshot */
        if (next != app->screen) {
            screen_unload(app);
            if (!screen_init(app, next)) return false;
        }
        screen_draw(app);
        SDL_RenderPresent(app->ui.renderer);
        if (opts->frames && ++frames >= opts->frames) break;
        /* Pace to ~60 fps without vsync; only a headless run with --frames goes flat out. */
        if (!app->vsync && !(opts->headless && opts->frames)) {
            uint64_t spent = SDL_GetTicks64() - now;
            if (spent < FRAME_MS) SDL_Delay((Uint32)(FRAME_MS - spent));
        }
    }
    if (!opts->screenshot) return true;
    /* Draw the last state once more, unpresented, and read it back. */
    screen_draw(app);
    return save_screenshot(app->ui.renderer, opts->screenshot);
}

int sv_app_run(const sv_AppOptions *opts)
{
    App app;
    memset(&app, 0, sizeof app);
    app.opts = opts;
    app.screen = SV_SCREEN_QUIT;
    bool ok = init_sdl(&app) && screen_init(&app, SV_SCREEN_TITLE) && run_loop(&app);
    shutdown_sdl(&app);
    return ok ? 0 : 1;
}
