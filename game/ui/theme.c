/* The two palettes. The standard one is a neutral light theme that holds up on
 * a washed-out projector; the other swaps every signal colour for an Okabe-Ito
 * colour, which people with the common colour-vision deficiencies tell apart. */
#include "theme.h"

#include "svara/hash.h"

static SDL_Color rgb(uint32_t v)
{
    return (SDL_Color){(Uint8)(v >> 16), (Uint8)(v >> 8), (Uint8)v, 255};
}

SDL_Color ui_theme_rgb(uint32_t v) { return rgb(v); }

void ui_theme_make(ui_Theme *t, bool okabe_ito)
{
    t->okabe_ito = okabe_ito;
    t->bg = rgb(0xe7eaef);
    t->surface = rgb(0xffffff);
    t->sunken = rgb(0xf1f3f6);
    t->hover = rgb(0xeef2f9);
    t->selected = rgb(0xdde7fb);
    t->border = rgb(0xc9cfd8);
    t->text = rgb(0x15181e);
    t->muted = rgb(0x505867);
    t->header = rgb(0x1c2230);
    t->on_header = rgb(0xf3f5f9);
    t->on_accent = rgb(0xffffff);
    if (!okabe_ito) {
        t->accent = rgb(0x2452c7);
        t->good = rgb(0x1b7a43);
        t->bad = rgb(0xb3261e);
        t->warn = rgb(0xa35a00);
        t->meter[SV_METER_REPUTATION] = rgb(0x2452c7);
        t->meter[SV_METER_SENTIMENT] = rgb(0x1b7a63);
        t->meter[SV_METER_MOOD] = rgb(0xc0501a);
        t->meter[SV_METER_REACH] = rgb(0x7a3fb2);
        static const uint32_t av[8] = {0x2452c7, 0x1b7a63, 0xc0501a, 0x7a3fb2,
                                       0xa8326e, 0x2d7d9a, 0x6b6f1c, 0x8a4b2a};
        for (int i = 0; i < 8; i++) t->avatar[i] = rgb(av[i]);
    } else {
        /* Okabe-Ito: blue, vermillion, bluish green, orange, reddish purple,
         * sky blue, yellow. Good is blue and bad vermillion, never green and red. */
        t->accent = rgb(0x0072b2);
        t->good = rgb(0x0072b2);
        t->bad = rgb(0xd55e00);
        t->warn = rgb(0xb07800);
        t->meter[SV_METER_REPUTATION] = rgb(0x0072b2);
        t->meter[SV_METER_SENTIMENT] = rgb(0x009e73);
        t->meter[SV_METER_MOOD] = rgb(0xe69f00);
        t->meter[SV_METER_REACH] = rgb(0xcc79a7);
        static const uint32_t av[8] = {0x0072b2, 0xd55e00, 0x009e73, 0xe69f00,
                                       0xcc79a7, 0x56b4e9, 0xf0e442, 0x000000};
        for (int i = 0; i < 8; i++) t->avatar[i] = rgb(av[i]);
    }
}

SDL_Color ui_theme_ink_on(SDL_Color bg)
{
    /* Rec. 709 luma in integers: bright backgrounds get black ink. */
    uint32_t y = 2126u * bg.r + 7152u * bg.g + 722u * bg.b;
    return y > 1450000u ? (SDL_Color){17, 17, 17, 255} : (SDL_Color){255, 255, 255, 255};
}

SDL_Color ui_theme_mix(SDL_Color a, SDL_Color b, float t)
{
    if (t <= 0.0f) return a;
    if (t >= 1.0f) return b;
    SDL_Color c;
    c.r = (Uint8)((float)a.r + ((float)b.r - (float)a.r) * t + 0.5f);
    c.g = (Uint8)((float)a.g + ((float)b.g - (float)a.g) * t + 0.5f);
    c.b = (Uint8)((float)a.b + ((float)b.b - (float)a.b) * t + 0.5f);
    c.a = 255;
    return c;
}

SDL_Color ui_theme_avatar(const ui_Theme *t, const char *handle)
{
    uint64_t h = sv_hash_str(SV_HASH_INIT, handle ? handle : "");
    return t->avatar[(h ^ (h >> 29)) % 8u];
}
