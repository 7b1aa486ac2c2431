/* What every screen shares: the renderer, the text cache, the theme and the
 * strings (ui_Context), and the player's input for one frame (ui_Input), already
 * mapped from keyboard, mouse and gamepad events in input.c.
 *
 * The front end's public names are ui_module_verb(), ui_Type and UI_UPPER; sv_
 * and SV_ belong to the core (include/svara), so a name says which layer owns it. */
#ifndef SVARA_UI_UI_H
#define SVARA_UI_UI_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "svara/model.h"
#include "text.h"
#include "theme.h"
#include "timefmt.h"
#include "uistrings.h"

/* Screens draw in a fixed logical space; SDL scales it to the window. */
#define UI_WIDTH 1920
#define UI_HEIGHT 1080
#define UI_MAX_DISC 256 /* largest pixel radius with a texture of its own */
#define UI_DISCS 512    /* disc textures kept (radius and colour) */

typedef struct ui_Context {
    SDL_Window *window;
    SDL_Renderer *renderer;
    ui_TextCache text;
    ui_Theme theme;
    const ui_Strings *strings;
    sv_Lang lang;
    bool reduced_motion; /* anti-aliased discs by pixel radius and colour, for circles and rounded
                          * corners: a table (key 0 = empty) so no copy ever changes a texture's
                          * tint */
    struct {
        uint64_t key;
        SDL_Texture *texture;
    } discs[UI_DISCS];
    uint32_t disc_count;
    uint64_t now_ms; /* app time: real time, or a fixed step per frame when headless */
    /* where the mouse is (logical units); hover is drawn only while it is in use */
    float mouse_x, mouse_y;
    bool mouse_active;
    bool pad_active; /* the gamepad was used last: hints show its buttons */
} ui_Context;

/* What the player asked for, whatever the device. */
typedef enum {
    UI_ACT_UP = 0,
    UI_ACT_DOWN,
    UI_ACT_LEFT,
    UI_ACT_RIGHT,
    UI_ACT_CONFIRM,   /* Enter, Space (arg 1: a text field takes it as a space), gamepad A */
    UI_ACT_BACK,      /* Esc, gamepad B */
    UI_ACT_PAUSE,     /* gamepad Start (Esc pauses through BACK on the play screen) */
    UI_ACT_TAB_NEXT,  /* Tab, right shoulder */
    UI_ACT_TAB_PREV,  /* Shift+Tab, left shoulder */
    UI_ACT_ITEM_UP,   /* Shift+Up, gamepad X: move an item up a list */
    UI_ACT_ITEM_DOWN, /* Shift+Down, gamepad Y */
    UI_ACT_REMOVE,    /* Backspace, Delete */
    UI_ACT_PAGE_UP,
    UI_ACT_PAGE_DOWN,
    UI_ACT_HOME,
    UI_ACT_END,
    UI_ACT_DIGIT,       /* arg 1..9 (0 is 10) */
    UI_ACT_LETTER,      /* arg 0..25 */
    UI_ACT_SKIP,        /* gamepad Back: let time run to the next thing */
    UI_ACT_CLICK,       /* left mouse button at (x, y) */
    UI_ACT_FULLSCREEN,  /* F11, Alt+Enter: the app handles it */
    UI_ACT_RELOAD,      /* F5: read the pack again (the app handles it, reload.h) */
    UI_ACT_HINT,        /* F1, the left stick's click: hide the tutorial's hint (tutorial.h) */
    UI_ACT_FACILITATOR, /* a facilitator's key: arg UI_FAC_* (workshop.h, inject.h) */
} ui_Act;

/* The facilitator's keys besides F1 (help) and F2 (pause): F3/F4 time slower
 * and faster, F6/F7 less and more time to answer, F8 ends a team talk (the
 * workshop's, workshop.h); Ctrl+I the injects' list and Ctrl+G the
 * facilitator's view (the play screen's, inject.h). */
enum {
    UI_FAC_SLOWER = 1,
    UI_FAC_FASTER,
    UI_FAC_LESS_TIME,
    UI_FAC_MORE_TIME,
    UI_FAC_TALK_DONE,
    UI_FAC_INJECTS,
    UI_FAC_VIEW
};

typedef struct ui_Event {
    uint8_t act; /* ui_Act */
    int8_t arg;
    float x, y; /* UI_ACT_CLICK */
} ui_Event;

#define UI_MAX_EVENTS 32

/* One frame of input. Screens go through ev[] in order, so scripted runs that
 * press several keys in one frame behave like a fast typist. */
typedef struct ui_Input {
    bool quit; /* window closed or the process was asked to stop */
    ui_Event ev[UI_MAX_EVENTS];
    int count;
    float wheel;  /* mouse wheel notches this frame, + is up */
    float scroll; /* right stick, -1..1, + is down: continuous scrolling */
    uint32_t dt_ms;
    char text[64]; /* typed text (SDL_TEXTINPUT, UTF-8) this frame, for a text field */
} ui_Input;

/* The front end's always-on assert, for its own programmer errors (an index
 * out of range, a state that cannot happen): logs the file, the line and the
 * expression with SDL_LogCritical and aborts, in every build. Bad data and
 * failing SDL calls are not programmer errors: they are reported and handled. */
#define UI_ASSERT(expr) ((expr) ? (void)0 : ui_assert_fail(__FILE__, __LINE__, #expr))
_Noreturn void ui_assert_fail(const char *file, int line, const char *expr);

/* A failed SDL or SDL_ttf call: logs "cannot DOING: REASON" with SDL's (or
 * SDL_ttf's) own reason, as an error or, for what the game does without, a
 * warning. The same failure again (a draw call failing every frame) is logged
 * the first time only, so the log says what broke without flooding. */
void ui_log_sdl(const char *doing);
void ui_log_sdl_warn(const char *doing);
void ui_log_ttf(const char *doing);

/* The translated string `id` in the player's language. */
static inline const char *ui_tr(const ui_Context *ui, ui_StrId id)
{
    return ui_strings_get(ui->strings, ui->lang, id);
}

#endif
