/* What every screen shares: the renderer, the text cache, the theme and the
 * strings (sv_Ui), and the player's input for one frame (sv_UiInput), already
 * mapped from keyboard, mouse and gamepad events in input.c. */
#ifndef SVARA_UI_UI_H
#define SVARA_UI_UI_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "strings.h"
#include "svara/model.h"
#include "text.h"
#include "theme.h"

/* Screens draw in a fixed logical space; SDL scales it to the window. */
#define SV_UI_WIDTH 1920
#define SV_UI_HEIGHT 1080
#define SV_UI_MAX_DISC 256 /* largest pixel radius with a texture of its own */
#define SV_UI_DISCS 512    /* disc textures kept (radius and colour) */

typedef struct sv_Ui {
    SDL_Window *window;
    SDL_Renderer *renderer;
    sv_TextCache text;
    sv_Theme theme;
    const sv_Strings *strings;
    sv_Lang lang;
    bool reduced_motion; /* anti-aliased discs by pixel radius and colour, for circles and rounded
                          * corners: a table (key 0 = empty) so no copy ever changes a texture's
                          * tint */
    struct {
        uint64_t key;
        SDL_Texture *texture;
    } discs[SV_UI_DISCS];
    uint32_t disc_count;
    uint64_t now_ms; /* app time: real time, or a fixed step per frame when headless */
    /* where the mouse is (logical units); hover is drawn only while it is in use */
    float mouse_x, mouse_y;
    bool mouse_active;
    bool pad_active; /* the gamepad was used last: hints show its buttons */
} sv_Ui;

/* What the player asked for, whatever the device. */
typedef enum {
    SV_ACT_UP = 0,
    SV_ACT_DOWN,
    SV_ACT_LEFT,
    SV_ACT_RIGHT,
    SV_ACT_CONFIRM,   /* Enter, Space, gamepad A */
    SV_ACT_BACK,      /* Esc, gamepad B */
    SV_ACT_PAUSE,     /* gamepad Start (Esc pauses through BACK on the play screen) */
    SV_ACT_TAB_NEXT,  /* Tab, right shoulder */
    SV_ACT_TAB_PREV,  /* Shift+Tab, left shoulder */
    SV_ACT_ITEM_UP,   /* Shift+Up, gamepad X: move an item up a list */
    SV_ACT_ITEM_DOWN, /* Shift+Down, gamepad Y */
    SV_ACT_REMOVE,    /* Backspace, Delete */
    SV_ACT_PAGE_UP,
    SV_ACT_PAGE_DOWN,
    SV_ACT_HOME,
    SV_ACT_END,
    SV_ACT_DIGIT,      /* arg 1..9 (0 is 10) */
    SV_ACT_LETTER,     /* arg 0..25 */
    SV_ACT_SKIP,       /* gamepad Back: let time run to the next thing */
    SV_ACT_CLICK,      /* left mouse button at (x, y) */
    SV_ACT_FULLSCREEN, /* F11, Alt+Enter: the app handles it */
} sv_UiAct;

typedef struct sv_UiEvent {
    uint8_t act; /* sv_UiAct */
    int8_t arg;
    float x, y; /* SV_ACT_CLICK */
} sv_UiEvent;

#define SV_UI_MAX_EVENTS 32

/* One frame of input. Screens go through ev[] in order, so scripted runs that
 * press several keys in one frame behave like a fast typist. */
typedef struct sv_UiInput {
    bool quit; /* window closed or the process was asked to stop */
    sv_UiEvent ev[SV_UI_MAX_EVENTS];
    int count;
    float wheel;  /* mouse wheel notches this frame, + is up */
    float scroll; /* right stick, -1..1, + is down: continuous scrolling */
    uint32_t dt_ms;
} sv_UiInput;

/* The translated string `id` in the player's language. */
static inline const char *sv_tr(const sv_Ui *ui, sv_StrId id)
{
    return sv_strings_get(ui->strings, ui->lang, id);
}

#endif
