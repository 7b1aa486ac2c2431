/* What every screen shares: the renderer, the fonts, the theme, and the
 * player's input for one frame, already mapped from SDL events by the app. */
#ifndef SVARA_UI_UI_H
#define SVARA_UI_UI_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "text.h"

/* Screens draw in a fixed logical space; SDL scales it to the window. */
#define SV_UI_WIDTH 1920
#define SV_UI_HEIGHT 1080

/* Theme colours (dark background, light text, one accent). */
#define SV_COLOUR_BG ((SDL_Color){18, 20, 27, 255})
#define SV_COLOUR_TEXT ((SDL_Color){236, 238, 243, 255})
#define SV_COLOUR_MUTED ((SDL_Color){150, 156, 171, 255})
#define SV_COLOUR_ACCENT ((SDL_Color){240, 142, 72, 255})

typedef struct sv_Ui {
    SDL_Renderer *renderer;
    sv_Fonts fonts;
    uint64_t now_ms; /* app time: real time, or a fixed step per frame when headless */
} sv_Ui;

/* One frame of input. SDL events are turned into this in one place (app.c);
 * screens never see an SDL_Event. */
typedef struct sv_UiInput {
    bool quit;    /* window closed or the process was asked to stop */
    bool back;    /* Esc, controller B */
    bool confirm; /* Enter, Space, controller A */
    int move;     /* -1 up, +1 down, 0 none: arrows, controller d-pad */
    uint32_t dt_ms;
} sv_UiInput;

#endif
