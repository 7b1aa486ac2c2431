/* The look: one light, neutral palette of our own, and a colour-blind-safe
 * variant built on the Okabe-Ito colours. Colour never carries meaning alone:
 * every coloured thing on screen also has a label, a sign or a shape. */
#ifndef SVARA_UI_THEME_H
#define SVARA_UI_THEME_H

#include <stdbool.h>
#include <stdint.h>

#include <SDL.h>

#include "svara/model.h"

typedef struct ui_Theme {
    SDL_Color bg;       /* the window behind everything */
    SDL_Color surface;  /* cards and panels */
    SDL_Color sunken;   /* rows, wells and tracks inside panels */
    SDL_Color hover;    /* a row under the mouse */
    SDL_Color selected; /* the row the cursor is on */
    SDL_Color border;
    SDL_Color text;
    SDL_Color muted;     /* secondary text; still 4.5:1 or better on surface */
    SDL_Color accent;    /* focus, primary buttons, links */
    SDL_Color on_accent; /* text on accent */
    SDL_Color header;    /* the top bar */
    SDL_Color on_header;
    SDL_Color good, bad, warn; /* always with a sign or a word next to them */
    SDL_Color meter[SV_METER_COUNT];
    SDL_Color avatar[8];
    bool okabe_ito;
} ui_Theme;

/* Fills *t with the standard or the colour-blind-safe palette. */
void ui_theme_make(ui_Theme *t, bool okabe_ito);

/* A colour from 0xRRGGBB (the scenario's brand colour). */
SDL_Color ui_theme_rgb(uint32_t rgb);
/* Black or white, whichever reads better on bg. */
SDL_Color ui_theme_ink_on(SDL_Color bg);
/* a moved towards b by t (0..1). */
SDL_Color ui_theme_mix(SDL_Color a, SDL_Color b, float t);
/* The avatar colour for a handle: stable, so a person keeps their colour. */
SDL_Color ui_theme_avatar(const ui_Theme *t, const char *handle);

#endif
