/* Fonts and labels: DejaVu Sans through SDL2_ttf, each rendered line kept as a
 * texture so a frame only copies textures. */
#ifndef SVARA_UI_TEXT_H
#define SVARA_UI_TEXT_H

#include <stdbool.h>

#include <SDL.h>
#include <SDL_ttf.h>

typedef struct sv_Fonts {
    TTF_Font *title; /* bold, for the game's name and screen titles */
    TTF_Font *body;
    TTF_Font *small;
} sv_Fonts;

/* Opens the fonts from <base path>/assets/fonts, <base path>/../assets/fonts
 * (the build copies them there) or the system's DejaVu folder. False (logged)
 * when none can be opened. Free with sv_fonts_unload. */
bool sv_fonts_load(sv_Fonts *fonts);
void sv_fonts_unload(sv_Fonts *fonts);

typedef enum { SV_ALIGN_LEFT = 0, SV_ALIGN_CENTRE, SV_ALIGN_RIGHT } sv_Align;

typedef struct sv_Label {
    SDL_Texture *texture; /* NULL for an empty label */
    int w, h;
} sv_Label;

/* Renders one line of UTF-8 into a texture. False (logged) on failure; the
 * label is then empty and drawing it does nothing. Free with sv_label_free. */
bool sv_label_make(sv_Label *label, SDL_Renderer *r, TTF_Font *font, const char *utf8,
                   SDL_Color colour);
void sv_label_free(sv_Label *label);
/* Draws with its top at y; x is the left edge, centre or right edge per align. */
void sv_label_draw(const sv_Label *label, SDL_Renderer *r, int x, int y, sv_Align align);

#endif
