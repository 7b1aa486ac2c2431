/* The script runner. Commands are parsed up front, so a typo fails before the
 * game starts rather than half-way through a run. Each frame runs commands
 * until one needs frames to pass. */
#include "script.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script_internal.h"
#include "svara/limits.h"
#include "svara/native.h"
#include "ui.h"

#define UI_SCRIPT_PATH 2048

ui_Script *ui_script_load(const char *path)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    size_t len = 0;
    char *bytes = sv_native_read(path, SV_MAX_FILE_BYTES, &len, NULL, &diags);
    ui_Script *s = bytes ? ui_script_parse(path, bytes, len, &diags) : NULL;
    for (size_t i = 0; i < diags.count; i++) {
        char line[1024];
        sv_diag_format(&diags.items[i], line, sizeof line);
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%s", line);
    }
    if (!bytes && diags.count == 0)
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%s: cannot open the script", path);
    sv_diag_free(&diags);
    free(bytes);
    return s;
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
    ui_script_key(word, &key, &mod);
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

/* Text as a player's keyboard sends it: text input events of whole UTF-8
 * characters, as many as one event holds each. */
static bool push_text(Uint32 window, const char *text)
{
    while (*text) {
        SDL_Event e;
        memset(&e, 0, sizeof e);
        e.type = SDL_TEXTINPUT;
        e.text.windowID = window;
        size_t n = 0, room = sizeof e.text.text - 1;
        for (;;) {
            unsigned char c = (unsigned char)text[n];
            size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
            if (!c || n + len > room || strnlen(text + n, len) < len) break;
            n += len;
        }
        if (n == 0) return false; /* not UTF-8 the event can carry */
        memcpy(e.text.text, text, n);
        if (!push(&e)) return false;
        text += n;
    }
    return true;
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

/* A copy's path: "{packs}" is the player's packs folder; a relative path is
 * taken from the script's folder. */
static void resolve(const ui_Script *s, const ui_ScriptView *v, const char *word, char *out,
                    size_t size)
{
    if (strncmp(word, "{packs}", 7) == 0) {
        snprintf(out, size, "%s%s", v->user_packs ? v->user_packs : "", word + 7);
        return;
    }
    const char *slash = strrchr(s->path, '/');
    if (word[0] == '/' || !slash)
        snprintf(out, size, "%s", word);
    else
        snprintf(out, size, "%.*s/%s", (int)(slash - s->path), s->path, word);
}

/* copy FROM TO: the whole file, written atomically over TO. */
static bool copy_file(const ui_Script *s, const Cmd *c, const ui_ScriptView *v)
{
    char from[UI_SCRIPT_PATH], to[UI_SCRIPT_PATH];
    resolve(s, v, c->argv[0], from, sizeof from);
    resolve(s, v, c->argv[1], to, sizeof to);
    sv_DiagList diags;
    sv_diag_init(&diags);
    size_t len = 0;
    char *bytes = sv_native_read(from, SV_MAX_FILE_BYTES, &len, NULL, &diags);
    bool ok = bytes && sv_native_write_atomic(to, bytes, len, &diags);
    for (size_t i = 0; i < diags.count; i++) {
        char line[1024];
        sv_diag_format(&diags.items[i], line, sizeof line);
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%s", line);
    }
    if (ok) SDL_Log("%s:%d: copied %s over %s", s->path, c->line, from, to);
    sv_diag_free(&diags);
    free(bytes);
    return ok;
}

static bool text_shown(const Cmd *c, const ui_ScriptView *v)
{
    return v->text && ui_text_shown(v->text, c->text);
}

/* True when a waiting command's condition holds now. */
static bool satisfied(const Cmd *c, const ui_ScriptView *v)
{
    switch (c->kind) {
    case C_UNTIL: return strcmp(v->screen, c->argv[0]) == 0;
    case C_UNTIL_DECISION: return v->decision_id && strcmp(v->decision_id, c->argv[0]) == 0;
    case C_UNTIL_TIME: return v->run_active && (float)v->now_ms >= c->x * 1000.0f;
    case C_UNTIL_TEXT: return text_shown(c, v);
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
        case C_TYPE: pushed = push_text(id, c->text); break;
        case C_CLICK: pushed = push_click(id, r, c->x, c->y); break;
        case C_WHEEL: pushed = push_wheel(id, c->x); break;
        case C_WAIT:
            if (s->waited++ < c->n) return UI_SCRIPT_RUNNING;
            break;
        case C_UNTIL:
        case C_UNTIL_DECISION:
        case C_UNTIL_TIME:
        case C_UNTIL_TEXT:
            if (!satisfied(c, view)) {
                if (s->waited++ >= c->n) return fail(s, c, "waited too long", view);
                return UI_SCRIPT_RUNNING;
            }
            break;
        case C_EXPECT:
            if (strcmp(view->screen, c->argv[0]) != 0)
                return fail(s, c, "not on that screen", view);
            break;
        case C_EXPECT_TEXT:
            if (!text_shown(c, view)) return fail(s, c, "that text is not on screen", view);
            break;
        case C_EXPECT_NO_TEXT:
            if (text_shown(c, view)) return fail(s, c, "that text is on screen", view);
            break;
        case C_EXPECT_APART: {
            char why[WORD_BYTES * 3];
            if (!text_shown(c, view)) return fail(s, c, "that text is not on screen", view);
            if (ui_text_overlap(view->text, c->text, why, sizeof why)) return fail(s, c, why, view);
            break;
        }
        case C_COPY:
            if (!copy_file(s, c, view)) return fail(s, c, "the file could not be copied", view);
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
        bool input = c->kind == C_KEY || c->kind == C_TYPE || c->kind == C_PAD ||
                     c->kind == C_CLICK || c->kind == C_WHEEL;
        if (input && !pushed) return fail(s, c, "the input did not reach the game", view);
        s->at++;
        s->waited = 0;
        if (input) return UI_SCRIPT_RUNNING; /* one frame to take the input in */
    }
    return UI_SCRIPT_DONE;
}
