/* Fonts and cached text lines. The fonts are DejaVu Sans from Debian's
 * fonts-dejavu-core: the build copies them next to the game, and the system
 * folder is the fallback, so the font never has to live in the repository. */
#include "text.h"

#include <stdio.h>
#include <string.h>

#define SYSTEM_FONT_DIR "/usr/share/fonts/truetype/dejavu/"
#define FONT_REGULAR "DejaVuSans.ttf"
#define FONT_BOLD "DejaVuSans-Bold.ttf"

/* Point sizes in the 1920x1080 logical space. */
#define TITLE_PT 168
#define BODY_PT 46
#define SMALL_PT 30

/* a + b into out; false (nothing usable) when it does not fit. */
static bool join(char *out, size_t size, const char *a, const char *b)
{
    int n = snprintf(out, size, "%s%s", a, b);
    return n >= 0 && (size_t)n < size;
}

static bool readable(const char *dir, const char *file)
{
    char path[1024];
    if (!join(path, sizeof path, dir, file)) return false;
    SDL_RWops *f = SDL_RWFromFile(path, "rb");
    if (!f) return false;
    SDL_RWclose(f);
    return true;
}

/* Fills dir (1024 bytes) with the first folder holding both fonts; false if none does. */
static bool find_font_dir(char dir[1024])
{
    char *base = SDL_GetBasePath(); /* NULL on some systems; then only the system folder */
    if (base) {
        bool found = (join(dir, 1024, base, "assets/fonts/") && readable(dir, FONT_REGULAR) &&
                      readable(dir, FONT_BOLD)) ||
                     (join(dir, 1024, base, "../assets/fonts/") && readable(dir, FONT_REGULAR) &&
                      readable(dir, FONT_BOLD));
        SDL_free(base);
        if (found) return true;
    }
    if (join(dir, 1024, SYSTEM_FONT_DIR, "") && readable(dir, FONT_REGULAR) &&
        readable(dir, FONT_BOLD))
        return true;
    SDL_LogError(SDL_LOG_CATEGORY_APPLICATION,
                 "no fonts: %s and %s are in neither the game's assets/fonts folder nor %s "
                 "(install fonts-dejavu-core, or run tools/setup.sh)",
                 FONT_REGULAR, FONT_BOLD, SYSTEM_FONT_DIR);
    return false;
}

static TTF_Font *open_font(const char *dir, const char *file, int pt)
{
    char path[1024];
    if (!join(path, sizeof path, dir, file)) return NULL;
    TTF_Font *font = TTF_OpenFont(path, pt);
    if (!font)
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "TTF_OpenFont(%s): %s", path, TTF_GetError());
    return font;
}

bool sv_fonts_load(sv_Fonts *fonts)
{
    memset(fonts, 0, sizeof *fonts);
    char dir[1024];
    if (!find_font_dir(dir)) return false;
    SDL_LogDebug(SDL_LOG_CATEGORY_APPLICATION, "fonts from %s", dir);
    fonts->title = open_font(dir, FONT_BOLD, TITLE_PT);
    fonts->body = open_font(dir, FONT_REGULAR, BODY_PT);
    fonts->small = open_font(dir, FONT_REGULAR, SMALL_PT);
    if (fonts->title && fonts->body && fonts->small) return true;
    sv_fonts_unload(fonts);
    return false;
}

void sv_fonts_unload(sv_Fonts *fonts)
{
    if (fonts->title) TTF_CloseFont(fonts->title);
    if (fonts->body) TTF_CloseFont(fonts->body);
    if (fonts->small) TTF_CloseFont(fonts->small);
    memset(fonts, 0, sizeof *fonts);
}

bool sv_label_make(sv_Label *label, SDL_Renderer *r, TTF_Font *font, const char *utf8,
                   SDL_Color colour)
{
    memset(label, 0, sizeof *label);
    if (!utf8 || !utf8[0]) return true;
    SDL_Surface *surface = TTF_RenderUTF8_Blended(font, utf8, colour);
    if (!surface) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "TTF_RenderUTF8_Blended: %s", TTF_GetError());
        return false;
    }
    label->texture = SDL_CreateTextureFromSurface(r, surface);
    if (!label->texture) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "SDL_CreateTextureFromSurface: %s",
                     SDL_GetError());
        SDL_FreeSurface(surface);
        return false;
    }
    label->w = surface->w;
    label->h = surface->h;
    SDL_FreeSurface(surface);
    return true;
}

void sv_label_free(sv_Label *label)
{
    if (label->texture) SDL_DestroyTexture(label->texture);
    memset(label, 0, sizeof *label);
}

void sv_label_draw(const sv_Label *label, SDL_Renderer *r, int x, int y, sv_Align align)
{
    if (!label->texture) return;
    SDL_Rect dst = {x, y, label->w, label->h};
    if (align == SV_ALIGN_CENTRE) dst.x = x - label->w / 2;
    if (align == SV_ALIGN_RIGHT) dst.x = x - label->w;
    if (SDL_RenderCopy(r, label->texture, NULL, &dst) != 0)
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "SDL_RenderCopy: %s", SDL_GetError());
}
