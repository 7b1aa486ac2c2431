/* The pause menu, over the frozen play screen: resume, settings, restart with
 * the same seed, or back to the title. Esc, B and Start resume. */
#include <string.h>

#include "draw.h"
#include "menu.h"
#include "screens.h"

enum { ITEM_RESUME = 0, ITEM_SETTINGS, ITEM_RESTART, ITEM_QUIT, ITEM_COUNT };

static const ui_StrId labels[ITEM_COUNT] = {UI_S_PAUSE_RESUME, UI_S_TITLE_SETTINGS,
                                            UI_S_PAUSE_RESTART, UI_S_PAUSE_QUIT};

bool ui_pause_init(ui_PauseScreen *s, ui_Context *ui, ui_Game *g)
{
    (void)ui;
    (void)g;
    memset(s, 0, sizeof *s);
    return true;
}

void ui_pause_unload(ui_PauseScreen *s) { (void)s; }

static SDL_FRect panel(const ui_Context *ui)
{
    float rh = ui_menu_row_height(ui);
    float h = 170.0f + (float)ITEM_COUNT * (rh + 16.0f);
    return ui_rect(((float)UI_WIDTH - 720.0f) / 2.0f, ((float)UI_HEIGHT - h) / 2.0f, 720.0f, h);
}

static SDL_FRect item_rect(const ui_Context *ui, int i)
{
    SDL_FRect p = panel(ui);
    float rh = ui_menu_row_height(ui);
    return ui_rect(p.x + 48.0f, p.y + 140.0f + (float)i * (rh + 16.0f), p.w - 96.0f, rh);
}

static ui_ScreenId choose(ui_Game *g, int item)
{
    switch (item) {
    case ITEM_RESUME: return UI_SCREEN_PLAY;
    case ITEM_SETTINGS: g->settings_return = UI_SCREEN_PAUSE; return UI_SCREEN_SETTINGS;
    case ITEM_RESTART: g->restart = true; return UI_SCREEN_PLAY;
    default: return UI_SCREEN_TITLE;
    }
}

ui_ScreenId ui_pause_update(ui_PauseScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in)
{
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        switch (e->act) {
        case UI_ACT_UP: ui_menu_move(&s->cursor, ITEM_COUNT, -1); break;
        case UI_ACT_DOWN: ui_menu_move(&s->cursor, ITEM_COUNT, 1); break;
        case UI_ACT_CONFIRM: return choose(g, s->cursor);
        case UI_ACT_BACK:
        case UI_ACT_PAUSE: return UI_SCREEN_PLAY;
        case UI_ACT_CLICK:
            for (int k = 0; k < ITEM_COUNT; k++)
                if (ui_hit(item_rect(ui, k), e->x, e->y)) return choose(g, k);
            break;
        default: break;
        }
    }
    return UI_SCREEN_PAUSE;
}

void ui_pause_draw(const ui_PauseScreen *s, ui_Context *ui, const ui_Game *g)
{
    (void)g;
    const ui_Theme *t = &ui->theme;
    SDL_Color dim = t->header;
    dim.a = 150;
    ui_fill(ui, ui_rect(0.0f, 0.0f, (float)UI_WIDTH, (float)UI_HEIGHT), dim);
    SDL_FRect p = panel(ui);
    ui_panel(ui, p, 20.0f, t->surface, t->border);
    ui_text_draw(&ui->text, UI_FONT_TITLE, t->text, t->surface, ui_tr(ui, UI_S_PAUSE_TITLE),
                 p.x + p.w / 2.0f, p.y + 36.0f, UI_ALIGN_CENTRE);
    for (int i = 0; i < ITEM_COUNT; i++)
        ui_menu_row(ui, item_rect(ui, i), ui_tr(ui, labels[i]), NULL, i == s->cursor);
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_MENU_PAD : UI_S_HINT_MENU));
}
