/* The pause menu, over the frozen play screen: resume, settings, restart with
 * the same seed, or back to the title. Esc, B and Start resume. In a workshop
 * it also shows the facilitator's keys (workshop.h), and "back" goes to the
 * workshop. */
#include <string.h>

#include "draw.h"
#include "menu.h"
#include "screens.h"
#include "workshop.h"

enum { ITEM_RESUME = 0, ITEM_SETTINGS, ITEM_RESTART, ITEM_QUIT, ITEM_HELP, ITEM_MAX };

/* The menu's items: in a workshop the facilitator's keys come second. */
static int items(const ui_Game *g, int out[ITEM_MAX])
{
    int n = 0;
    out[n++] = ITEM_RESUME;
    if (ui_workshop_active(g)) out[n++] = ITEM_HELP;
    out[n++] = ITEM_SETTINGS;
    out[n++] = ITEM_RESTART;
    out[n++] = ITEM_QUIT;
    return n;
}

static ui_StrId label(const ui_Game *g, int item)
{
    switch (item) {
    case ITEM_RESUME: return UI_S_PAUSE_RESUME;
    case ITEM_SETTINGS: return UI_S_TITLE_SETTINGS;
    case ITEM_RESTART: return UI_S_PAUSE_RESTART;
    case ITEM_HELP: return UI_S_PAUSE_HELP;
    default: return ui_workshop_active(g) ? UI_S_PAUSE_WORKSHOP : UI_S_PAUSE_QUIT;
    }
}

bool ui_pause_init(ui_PauseScreen *s, ui_Context *ui, ui_Game *g)
{
    (void)ui;
    (void)g;
    memset(s, 0, sizeof *s);
    return true;
}

void ui_pause_unload(ui_PauseScreen *s) { (void)s; }

static SDL_FRect panel(const ui_Context *ui, int count)
{
    float rh = ui_menu_row_height(ui);
    float h = 170.0f + (float)count * (rh + 16.0f);
    return ui_rect(((float)UI_WIDTH - 720.0f) / 2.0f, ((float)UI_HEIGHT - h) / 2.0f, 720.0f, h);
}

static SDL_FRect item_rect(const ui_Context *ui, int i, int count)
{
    SDL_FRect p = panel(ui, count);
    float rh = ui_menu_row_height(ui);
    return ui_rect(p.x + 48.0f, p.y + 140.0f + (float)i * (rh + 16.0f), p.w - 96.0f, rh);
}

static ui_ScreenId choose(ui_Game *g, int item)
{
    switch (item) {
    case ITEM_RESUME: return UI_SCREEN_PLAY;
    case ITEM_SETTINGS: g->settings_return = UI_SCREEN_PAUSE; return UI_SCREEN_SETTINGS;
    case ITEM_RESTART: g->restart = true; return UI_SCREEN_PLAY;
    case ITEM_HELP: g->workshop->help = !g->workshop->help; return UI_SCREEN_PAUSE;
    default: return UI_SCREEN_TITLE;
    }
}

ui_ScreenId ui_pause_update(ui_PauseScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in)
{
    int list[ITEM_MAX], n = items(g, list);
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        switch (e->act) {
        case UI_ACT_UP: ui_menu_move(&s->cursor, n, -1); break;
        case UI_ACT_DOWN: ui_menu_move(&s->cursor, n, 1); break;
        case UI_ACT_CONFIRM: return choose(g, list[s->cursor]);
        case UI_ACT_BACK:
        case UI_ACT_PAUSE: return UI_SCREEN_PLAY;
        case UI_ACT_CLICK:
            for (int k = 0; k < n; k++)
                if (ui_hit(item_rect(ui, k, n), e->x, e->y)) return choose(g, list[k]);
            break;
        default: break;
        }
    }
    return UI_SCREEN_PAUSE;
}

void ui_pause_draw(const ui_PauseScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    int list[ITEM_MAX], n = items(g, list);
    SDL_Color dim = t->header;
    dim.a = 150;
    ui_fill(ui, ui_rect(0.0f, 0.0f, (float)UI_WIDTH, (float)UI_HEIGHT), dim);
    SDL_FRect p = panel(ui, n);
    ui_panel(ui, p, 20.0f, t->surface, t->border);
    ui_text_draw(&ui->text, UI_FONT_TITLE, t->text, t->surface, ui_tr(ui, UI_S_PAUSE_TITLE),
                 p.x + p.w / 2.0f, p.y + 36.0f, UI_ALIGN_CENTRE);
    for (int i = 0; i < n; i++)
        ui_menu_row(ui, item_rect(ui, i, n), ui_tr(ui, label(g, list[i])), NULL, i == s->cursor);
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_MENU_PAD : UI_S_HINT_MENU));
}
