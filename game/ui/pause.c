/* The pause menu, over the frozen play screen: resume, settings, restart with
 * the same seed, or back to the title. Esc, B and Start resume. */
#include <string.h>

#include "draw.h"
#include "menu.h"
#include "screens.h"

enum { ITEM_RESUME = 0, ITEM_SETTINGS, ITEM_RESTART, ITEM_QUIT, ITEM_COUNT };

static const sv_StrId labels[ITEM_COUNT] = {SV_S_PAUSE_RESUME, SV_S_TITLE_SETTINGS,
                                            SV_S_PAUSE_RESTART, SV_S_PAUSE_QUIT};

bool sv_pause_init(sv_PauseScreen *s, sv_Ui *ui, sv_Game *g)
{
    (void)ui;
    (void)g;
    memset(s, 0, sizeof *s);
    return true;
}

void sv_pause_unload(sv_PauseScreen *s) { (void)s; }

static SDL_FRect panel(const sv_Ui *ui)
{
    float rh = sv_menu_row_height(ui);
    float h = 170.0f + (float)ITEM_COUNT * (rh + 16.0f);
    return sv_rect(((float)SV_UI_WIDTH - 720.0f) / 2.0f, ((float)SV_UI_HEIGHT - h) / 2.0f, 720.0f,
                   h);
}

static SDL_FRect item_rect(const sv_Ui *ui, int i)
{
    SDL_FRect p = panel(ui);
    float rh = sv_menu_row_height(ui);
    return sv_rect(p.x + 48.0f, p.y + 140.0f + (float)i * (rh + 16.0f), p.w - 96.0f, rh);
}

static sv_ScreenId choose(sv_Game *g, int item)
{
    switch (item) {
    case ITEM_RESUME: return SV_SCREEN_PLAY;
    case ITEM_SETTINGS: g->settings_return = SV_SCREEN_PAUSE; return SV_SCREEN_SETTINGS;
    case ITEM_RESTART: g->restart = true; return SV_SCREEN_PLAY;
    default: return SV_SCREEN_TITLE;
    }
}

sv_ScreenId sv_pause_update(sv_PauseScreen *s, sv_Ui *ui, sv_Game *g, const sv_UiInput *in)
{
    for (int i = 0; i < in->count; i++) {
        const sv_UiEvent *e = &in->ev[i];
        switch (e->act) {
        case SV_ACT_UP: sv_menu_move(&s->cursor, ITEM_COUNT, -1); break;
        case SV_ACT_DOWN: sv_menu_move(&s->cursor, ITEM_COUNT, 1); break;
        case SV_ACT_CONFIRM: return choose(g, s->cursor);
        case SV_ACT_BACK:
        case SV_ACT_PAUSE: return SV_SCREEN_PLAY;
        case SV_ACT_CLICK:
            for (int k = 0; k < ITEM_COUNT; k++)
                if (sv_hit(item_rect(ui, k), e->x, e->y)) return choose(g, k);
            break;
        default: break;
        }
    }
    return SV_SCREEN_PAUSE;
}

void sv_pause_draw(const sv_PauseScreen *s, sv_Ui *ui, const sv_Game *g)
{
    (void)g;
    const sv_Theme *t = &ui->theme;
    SDL_Color dim = t->header;
    dim.a = 150;
    sv_fill(ui, sv_rect(0.0f, 0.0f, (float)SV_UI_WIDTH, (float)SV_UI_HEIGHT), dim);
    SDL_FRect p = panel(ui);
    sv_panel(ui, p, 20.0f, t->surface, t->border);
    sv_text_draw(&ui->text, SV_FONT_TITLE, t->text, t->surface, sv_tr(ui, SV_S_PAUSE_TITLE),
                 p.x + p.w / 2.0f, p.y + 36.0f, SV_ALIGN_CENTRE);
    for (int i = 0; i < ITEM_COUNT; i++)
        sv_menu_row(ui, item_rect(ui, i), sv_tr(ui, labels[i]), NULL, i == s->cursor);
    sv_hint_bar(ui, sv_tr(ui, ui->pad_active ? SV_S_HINT_MENU_PAD : SV_S_HINT_MENU));
}
