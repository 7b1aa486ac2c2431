/* The script runner. Commands are parsed up front, so a typo fails before the
 * game starts rather than half-way through a run. Each frame runs commands
 * until one needs frames to pass. */
#include "script.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui.h"

#define MAX_WORDS 32
#define WORD_BYTES 256
#define DEFAULT_MAX 4000u

typedef enum {
    C_KEY,
    C_PAD,
    C_CLICK,
    C_WHEEL,
    C_WAIT,
    C_UNTIL,
    C_UNTIL_DECISION,
    C_UNTIL_TIME,
    C_EXPECT,
    C_SHOT,
    C_QUIT
} Kind;

typedef struct Cmd {
    Kind kind;
    int line;
    int argc;
    char argv[MAX_WORDS][WORD_BYTES];
    uint32_t n; /* frames, max frames, milliseconds */
    float x, y;
} Cmd;

struct ui_Script {
    char path[512];
    Cmd *cmds;
    size_t count, at;
    uint32_t waited; /* frames spent on the current command */
    char shot[WORD_BYTES + 32];
};

static const struct {
    const char *name;
    Kind kind;
    int min_args, max_args;
} commands[] = {
    {"key", C_KEY, 1, MAX_WORDS},
    {"pad", C_PAD, 1, MAX_WORDS},
    {"click", C_CLICK, 2, 2},
    {"wheel", C_WHEEL, 1, 1},
    {"wait", C_WAIT, 1, 1},
    {"until", C_UNTIL, 1, 2},
    {"until-decision", C_UNTIL_DECISION, 1, 2},
    {"until-time", C_UNTIL_TIME, 1, 2},
    {"expect", C_EXPECT, 1, 1},
    {"shot", C_SHOT, 1, 1},
    {"quit", C_QUIT, 0, 0},
};

static bool parse_mod_key(const char *word, SDL_Keycode *key, Uint16 *mod)
{
    *mod = KMOD_NONE;
    char buf[WORD_BYTES + 1];
    snprintf(buf, sizeof buf, "%s", word);
    char *name = buf, *plus;
    while ((plus = strchr(name, '+')) != NULL && plus[1]) {
        *plus = '\0';
        if (SDL_strcasecmp(name, "shift") == 0)
            *mod |= KMOD_LSHIFT;
        else if (SDL_strcasecmp(name, "alt") == 0)
            *mod |= KMOD_LALT;
        else if (SDL_strcasecmp(name, "ctrl") == 0)
            *mod |= KMOD_LCTRL;
        else
            return false;
        name = plus + 1;
    }
    *key = SDL_GetKeyFromName(name);
    return *key != SDLK_UNKNOWN;
}

static bool check(const Cmd *c, char *why, size_t size)
{
    for (int i = 0; i < c->argc; i++) {
        SDL_Keycode k;
        Uint16 m;
        if (c->kind == C_KEY && !parse_mod_key(c->argv[i], &k, &m)) {
            snprintf(why, size, "unknown key '%s'", c->argv[i]);
            return false;
        }
        if (c->kind == C_PAD &&
            SDL_GameControllerGetButtonFromString(c->argv[i]) == SDL_CONTROLLER_BUTTON_INVALID) {
            snprintf(why, size, "unknown gamepad button '%s'", c->argv[i]);
            return false;
        }
    }
    return true;
}

static bool parse_line(Cmd *c, char *text, char *why, size_t size)
{
    char *words[MAX_WORDS + 1];
    int n = 0;
    for (char *w = strtok(text, " \t\r\n"); w; w = strtok(NULL, " \t\r\n")) {
        if (n > MAX_WORDS || strlen(w) >= WORD_BYTES) {
            snprintf(why, size, "more than %d words, or a word of %d bytes or more", MAX_WORDS,
                     WORD_BYTES);
            return false;
        }
        words[n++] = w;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(words[0], commands[i].name) != 0) continue;
        int args = n - 1;
        if (args < commands[i].min_args || args > commands[i].max_args) {
            snprintf(why, size, "'%s' takes %d to %d arguments", words[0], commands[i].min_args,
                     commands[i].max_args);
            return false;
        }
        c->kind = commands[i].kind;
        c->argc = args;
        for (int a = 0; a < args; a++) snprintf(c->argv[a], WORD_BYTES, "%s", words[a + 1]);
        char *end = NULL;
        c->n = DEFAULT_MAX;
        if (c->kind == C_WAIT || c->kind == C_WHEEL) c->n = (uint32_t)strtol(c->argv[0], &end, 10);
        if (c->kind == C_CLICK) {
            c->x = strtof(c->argv[0], NULL);
            c->y = strtof(c->argv[1], NULL);
        }
        if (c->kind == C_UNTIL_TIME) c->x = strtof(c->argv[0], NULL);
        if ((c->kind == C_UNTIL || c->kind == C_UNTIL_DECISION || c->kind == C_UNTIL_TIME) &&
            args == 2)
            c->n = (uint32_t)strtoul(c->argv[1], NULL, 10);
        if (c->kind == C_WHEEL) c->x = strtof(c->argv[0], NULL);
        return check(c, why, size);
    }
    snprintf(why, size, "unknown command '%s'", words[0]);
    return false;
}

ui_Script *ui_script_load(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%s: cannot open the script", path);
        return NULL;
    }
    ui_Script *s = calloc(1, sizeof *s);
    char line[1024];
    int no = 0;
    bool ok = s != NULL;
    if (s) snprintf(s->path, sizeof s->path, "%s", path);
    while (ok && fgets(line, sizeof line, f)) {
        no++;
        line[strcspn(line, "#")] = '\0';
        if (strspn(line, " \t\r\n") == strlen(line)) continue;
        Cmd *grown = realloc(s->cmds, (s->count + 1) * sizeof *grown);
        if (!grown) {
            ok = false;
            break;
        }
        s->cmds = grown;
        Cmd *c = &s->cmds[s->count];
        memset(c, 0, sizeof *c);
        c->line = no;
        char why[300];
        if (!parse_line(c, line, why, sizeof why)) {
            SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%s:%d: %s", path, no, why);
            ok = false;
        }
        s->count++;
    }
    fclose(f);
    if (!ok) {
        ui_script_free(s);
        return NULL;
    }
    return s;
}

void ui_script_free(ui_Script *s)
{
    if (!s) return;
    free(s->cmds);
    free(s);
}

/* Puts one event in SDL's queue; false (logged) when it does not get there,
 * which fails the script: a run with a lost key is not the run it describes. */
static bool push(SDL_Event *e)
{
    int rc = SDL_PushEvent(e);
    if (rc < 0) ui_log_sdl("put a scripted event in SDL's queue");
    if (rc == 0)
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION,
                     "a scripted event was filtered out of the queue");
    return rc > 0;
}

static bool push_key(Uint32 window, const char *word)
{
    SDL_Keycode key;
    Uint16 mod;
    parse_mod_key(word, &key, &mod);
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.windowID = window;
    e.key.state = SDL_PRESSED;
    e.key.keysym.sym = key;
    e.key.keysym.scancode = SDL_GetScancodeFromKey(key);
    e.key.keysym.mod = mod;
    if (!push(&e)) return false;
    e.type = SDL_KEYUP;
    e.key.state = SDL_RELEASED;
    return push(&e);
}

static bool push_pad(const char *word)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_CONTROLLERBUTTONDOWN;
    e.cbutton.button = (Uint8)SDL_GameControllerGetButtonFromString(word);
    e.cbutton.state = SDL_PRESSED;
    if (!push(&e)) return false;
    e.type = SDL_CONTROLLERBUTTONUP;
    e.cbutton.state = SDL_RELEASED;
    return push(&e);
}

/* Mouse events carry window coordinates; SDL's renderer maps them back to
 * the logical space as it does for a real mouse. */
static bool push_click(Uint32 window, SDL_Renderer *r, float x, float y)
{
    int wx, wy;
    SDL_RenderLogicalToWindow(r, x, y, &wx, &wy);
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEMOTION;
    e.motion.windowID = window;
    e.motion.x = wx;
    e.motion.y = wy;
    if (!push(&e)) return false;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.windowID = window;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.state = SDL_PRESSED;
    e.button.clicks = 1;
    e.button.x = wx;
    e.button.y = wy;
    if (!push(&e)) return false;
    e.type = SDL_MOUSEBUTTONUP;
    e.button.state = SDL_RELEASED;
    return push(&e);
}

static bool push_wheel(Uint32 window, float notches)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEWHEEL;
    e.wheel.windowID = window;
    e.wheel.y = (Sint32)notches;
    e.wheel.preciseY = notches;
    return push(&e);
}

static ui_ScriptState fail(const ui_Script *s, const Cmd *c, const char *what,
                           const ui_ScriptView *v)
{
    SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%s:%d: %s (on the %s screen, clock %u ms)", s->path,
                 c->line, what, v->screen, v->now_ms);
    return UI_SCRIPT_FAILED;
}

/* True when a waiting command's condition holds now. */
static bool satisfied(const Cmd *c, const ui_ScriptView *v)
{
    switch (c->kind) {
    case C_UNTIL: return strcmp(v->screen, c->argv[0]) == 0;
    case C_UNTIL_DECISION: return v->decision_id && strcmp(v->decision_id, c->argv[0]) == 0;
    case C_UNTIL_TIME: return v->run_active && (float)v->now_ms >= c->x * 1000.0f;
    default: return true;
    }
}

ui_ScriptState ui_script_frame(ui_Script *s, SDL_Window *window, SDL_Renderer *r,
                               const ui_ScriptView *view, const char **shot)
{
    *shot = NULL;
    Uint32 id = SDL_GetWindowID(window);
    if (!id) ui_log_sdl("find the window scripted events go to");
    bool pushed = true;
    while (s->at < s->count) {
        Cmd *c = &s->cmds[s->at];
        switch (c->kind) {
        case C_KEY:
            for (int i = 0; i < c->argc && pushed; i++) pushed = push_key(id, c->argv[i]);
            break;
        case C_PAD:
            for (int i = 0; i < c->argc && pushed; i++) pushed = push_pad(c->argv[i]);
            break;
        case C_CLICK: pushed = push_click(id, r, c->x, c->y); break;
        case C_WHEEL: pushed = push_wheel(id, c->x); break;
        case C_WAIT:
            if (s->waited++ < c->n) return UI_SCRIPT_RUNNING;
            break;
        case C_UNTIL:
        case C_UNTIL_DECISION:
        case C_UNTIL_TIME:
            if (!satisfied(c, view)) {
                if (s->waited++ >= c->n) return fail(s, c, "waited too long", view);
                return UI_SCRIPT_RUNNING;
            }
            break;
        case C_EXPECT:
            if (strcmp(view->screen, c->argv[0]) != 0)
                return fail(s, c, "not on that screen", view);
            break;
        case C_SHOT: {
            const char *at = strstr(c->argv[0], "{size}");
            if (at)
                snprintf(s->shot, sizeof s->shot, "%.*s%dx%d%s", (int)(at - c->argv[0]), c->argv[0],
                         view->width, view->height, at + 6);
            else
                snprintf(s->shot, sizeof s->shot, "%s", c->argv[0]);
            *shot = s->shot;
            s->at++;
            s->waited = 0;
            return UI_SCRIPT_RUNNING;
        }
        case C_QUIT: return UI_SCRIPT_DONE;
        }
        bool input =
            c->kind == C_KEY || c->kind == C_PAD || c->kind == C_CLICK || c->kind == C_WHEEL;
        if (input && !pushed) return fail(s, c, "the input did not reach the game", view);
        s->at++;
        s->waited = 0;
        if (input) return UI_SCRIPT_RUNNING; /* one frame to take the input in */
    }
    return UI_SCRIPT_DONE;
}
