/* The title screen: the game's name on the left; on the right the scenarios
 * of every pack (grouped by pack), then the language, settings and quit. One
 * list for the keyboard and gamepad; every row is also a mouse target. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "menu.h"
#include "screens.h"

enum { ROW_PACK = 0, ROW_SCENARIO, ROW_LANGUAGE, ROW_SETTINGS, ROW_QUIT };

#define LIST_X 820.0f
#define LIST_W 1020.0f
#define LIST_TOP 200.0f

static const char *const lang_names[SV_LANG_COUNT] = {"English", "Svenska", "Norsk bokmål"};

bool ui_title_init(ui_TitleScreen *s, ui_Context *ui, ui_Game *g)
{
    (void)ui;
    memset(s, 0, sizeof *s);
    size_t n = 3;
    for (size_t p = 0; p < g->lib.count; p++) n += 1 + g->lib.packs[p]->scenario_count;
    s->rows = calloc(n, sizeof *s->rows);
    if (!s->rows) return false;
    for (size_t p = 0; p < g->lib.count; p++) {
        s->rows[s->count++] = (ui_TitleRow){ROW_PACK, (int32_t)p, -1};
        for (uint32_t k = 0; k < g->lib.packs[p]->scenario_count; k++) {
            if ((int32_t)p == g->pack && (int32_t)k == g->scenario) s->cursor = s->count;
            s->rows[s->count++] = (ui_TitleRow){ROW_SCENARIO, (int32_t)p, (int32_t)k};
        }
    }
    s->rows[s->count++] = (ui_TitleRow){ROW_LANGUAGE, -1, -1};
    s->rows[s->count++] = (ui_TitleRow){ROW_SETTINGS, -1, -1};
    s->rows[s->count++] = (ui_TitleRow){ROW_QUIT, -1, -1};
    if (s->rows[s->cursor].kind == ROW_PACK) s->cursor = s->count - 3;
    return true;
}

void ui_title_unload(ui_TitleScreen *s)
{
    free(s->rows);
    memset(s, 0, sizeof *s);
}

/* ---- layout ------------------------------------------------------------------ */

static float scenario_h(const ui_Context *ui)
{
    return 36.0f + ui_text_line_height(&ui->text, UI_FONT_BOLD) +
           2.0f * ui_text_line_height(&ui->text, UI_FONT_SMALL) + 6.0f;
}

static float pack_h(const ui_Context *ui)
{
    return ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 22.0f;
}

/* The fixed rows sit at the bottom; the scenarios scroll above them. */
static float list_bottom(const ui_Context *ui)
{
    float hint = ui_text_line_height(&ui->text, UI_FONT_SMALL) + 14.0f;
    return (float)UI_HEIGHT - hint - 30.0f - 3.0f * (ui_menu_row_height(ui) + 14.0f);
}

static SDL_FRect row_rect(const ui_TitleScreen *s, const ui_Context *ui, int i)
{
    if (s->rows[i].kind >= ROW_LANGUAGE) {
        float h = ui_menu_row_height(ui);
        int k = i - (s->count - 3);
        return ui_rect(LIST_X, list_bottom(ui) + 24.0f + (float)k * (h + 14.0f), LIST_W, h);
    }
    float y = LIST_TOP - s->scroll;
    for (int k = 0; k < i; k++)
        y += s->rows[k].kind == ROW_PACK ? pack_h(ui) : scenario_h(ui) + 12.0f;
    return ui_rect(LIST_X, y, LIST_W, s->rows[i].kind == ROW_PACK ? pack_h(ui) : scenario_h(ui));
}

static float content_h(const ui_TitleScreen *s, const ui_Context *ui)
{
    float h = 0.0f;
    for (int k = 0; k < s->count - 3; k++)
        h += s->rows[k].kind == ROW_PACK ? pack_h(ui) : scenario_h(ui) + 12.0f;
    return h;
}

/* ---- update ------------------------------------------------------------------ */

static void move(ui_TitleScreen *s, int delta)
{
    for (int tries = 0; tries < s->count; tries++) {
        ui_menu_move(&s->cursor, s->count, delta);
        if (s->rows[s->cursor].kind != ROW_PACK) return;
    }
}

static void change_language(ui_Game *g, int delta)
{
    g->settings.lang = (sv_Lang)(((int)g->settings.lang + delta + SV_LANG_COUNT) % SV_LANG_COUNT);
    g->lang_override = -1;
    g->settings_changed = true;
}

static ui_ScreenId activate(ui_TitleScreen *s, ui_Game *g, int delta)
{
    const ui_TitleRow *row = &s->rows[s->cursor];
    switch (row->kind) {
    case ROW_SCENARIO:
        g->pack = row->pack;
        g->scenario = row->scenario;
        return UI_SCREEN_BRIEFING;
    case ROW_LANGUAGE: change_language(g, delta ? delta : 1); break;
    case ROW_SETTINGS: g->settings_return = UI_SCREEN_TITLE; return UI_SCREEN_SETTINGS;
    case ROW_QUIT: return UI_SCREEN_QUIT;
    default: break;
    }
    return UI_SCREEN_TITLE;
}

static ui_ScreenId click(ui_TitleScreen *s, const ui_Context *ui, ui_Game *g, const ui_Event *e)
{
    for (int i = 0; i < s->count; i++) {
        SDL_FRect r = row_rect(s, ui, i);
        if (s->rows[i].kind == ROW_PACK || !ui_hit(r, e->x, e->y)) continue;
        if (s->rows[i].kind < ROW_LANGUAGE && (e->y < LIST_TOP || e->y > list_bottom(ui))) continue;
        s->cursor = i;
        return activate(s, g,
                        s->rows[i].kind == ROW_LANGUAGE ? ui_menu_row_arrow(r, e->x, e->y) : 0);
    }
    return UI_SCREEN_TITLE;
}

/* Keeps the cursor's scenario in view. */
static void follow(ui_TitleScreen *s, const ui_Context *ui)
{
    float view = list_bottom(ui) - LIST_TOP, max = fmaxf(0.0f, content_h(s, ui) - view);
    if (s->rows[s->cursor].kind == ROW_SCENARIO) {
        SDL_FRect r = row_rect(s, ui, s->cursor);
        float y = r.y + s->scroll - LIST_TOP;
        if (y < s->target) s->target = y - pack_h(ui);
        if (y + r.h > s->target + view) s->target = y + r.h - view;
    }
    s->target = s->target > max ? max : s->target;
    s->target = s->target < 0.0f ? 0.0f : s->target;
}

ui_ScreenId ui_title_update(ui_TitleScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in)
{
    ui_ScreenId next = UI_SCREEN_TITLE;
    bool scrolled = in->wheel != 0.0f || in->scroll != 0.0f;
    s->target -= in->wheel * 90.0f - in->scroll * (float)in->dt_ms;
    for (int i = 0; i < in->count && next == UI_SCREEN_TITLE; i++) {
        const ui_Event *e = &in->ev[i];
        const ui_TitleRow *row = &s->rows[s->cursor];
        switch (e->act) {
        case UI_ACT_UP:
            move(s, -1);
            scrolled = false;
            break;
        case UI_ACT_DOWN:
            move(s, 1);
            scrolled = false;
            break;
        case UI_ACT_LEFT:
        case UI_ACT_RIGHT:
            if (row->kind == ROW_LANGUAGE) change_language(g, e->act == UI_ACT_LEFT ? -1 : 1);
            break;
        case UI_ACT_CONFIRM: next = activate(s, g, 0); break;
        case UI_ACT_BACK: next = UI_SCREEN_QUIT; break;
        case UI_ACT_CLICK: next = click(s, ui, g, e); break;
        default: break;
        }
    }
    if (!scrolled) follow(s, ui);
    float view = list_bottom(ui) - LIST_TOP, max = fmaxf(0.0f, content_h(s, ui) - view);
    s->target = s->target > max ? max : s->target < 0.0f ? 0.0f : s->target;
    s->scroll = ui->reduced_motion ? s->target : s->scroll + (s->target - s->scroll) * 0.3f;
    return next;
}

/* ---- draw -------------------------------------------------------------------- */

static void draw_brand(ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    ui_fill(ui, ui_rect(0.0f, 0.0f, 740.0f, (float)UI_HEIGHT), t->header);
    float y = 300.0f;
    ui_text_draw(&ui->text, UI_FONT_HUGE, t->on_header, t->header, "Svara", 90.0f, y,
                 UI_ALIGN_LEFT);
    y += ui_text_line_height(&ui->text, UI_FONT_HUGE) + 4.0f;
    ui_fill_round(ui, ui_rect(96.0f, y, 160.0f, 8.0f), 4.0f, t->accent);
    ui_text_draw_wrap(&ui->text, UI_FONT_HEAD, t->on_header, t->header, ui_tr(ui, UI_S_APP_TAGLINE),
                      96.0f, y + 40.0f, 560.0f, 0);
    char line[UI_PATH_MAX + 128];
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_TITLE_USER_PACKS),
                      g->paths.user_packs[0] ? g->paths.user_packs : "-", NULL, NULL);
    ui_text_draw_wrap(&ui->text, UI_FONT_SMALL, ui_theme_mix(t->on_header, t->header, 0.3f),
                      t->header, line, 96.0f, (float)UI_HEIGHT - 200.0f, 580.0f, 3);
}

static void draw_scenario(ui_Context *ui, const ui_Game *g, const ui_TitleRow *row, SDL_FRect r,
                          bool focused)
{
    const ui_Theme *t = &ui->theme;
    const sv_Scenario *sc = &g->lib.packs[row->pack]->scenarios[row->scenario];
    SDL_Color fill = focused ? t->selected : ui_hover(ui, r) ? t->hover : t->surface;
    if (focused) ui_focus_ring(ui, r, 14.0f);
    ui_panel(ui, r, 14.0f, fill, focused ? fill : t->border);
    char meta[96];
    ui_time_length(ui->strings, ui->lang, sc->duration_ms, meta, sizeof meta);
    float w = ui_text_draw(&ui->text, UI_FONT_SMALL, t->muted, fill, meta, r.x + r.w - 24.0f,
                           r.y + 20.0f, UI_ALIGN_RIGHT);
    ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->text, fill, sv_text_get(&sc->title, ui->lang),
                     r.x + 24.0f, r.y + 16.0f, r.w - 72.0f - w, UI_ALIGN_LEFT);
    ui_text_draw_wrap(&ui->text, UI_FONT_SMALL, t->muted, fill, sv_text_get(&sc->summary, ui->lang),
                      r.x + 24.0f, r.y + 22.0f + ui_text_line_height(&ui->text, UI_FONT_BOLD),
                      r.w - 48.0f, 2);
}

void ui_title_draw(const ui_TitleScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    ui_menu_backdrop(ui);
    draw_brand(ui, g);
    ui_menu_heading(ui, ui_tr(ui, UI_S_TITLE_CHOOSE), LIST_X, 80.0f);
    SDL_FRect area = {LIST_X - 10.0f, LIST_TOP - 6.0f, LIST_W + 20.0f,
                      list_bottom(ui) - LIST_TOP + 12.0f};
    ui_clip(ui, &area);
    for (int i = 0; i < s->count - 3; i++) {
        SDL_FRect r = row_rect(s, ui, i);
        if (r.y + r.h < area.y || r.y > area.y + area.h) continue;
        if (s->rows[i].kind == ROW_PACK)
            ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, t->muted, t->bg,
                         sv_text_get(&g->lib.packs[s->rows[i].pack]->title, ui->lang), r.x + 4.0f,
                         r.y + 10.0f, UI_ALIGN_LEFT);
        else
            draw_scenario(ui, g, &s->rows[i], r, i == s->cursor);
    }
    ui_clip(ui, NULL);
    if (g->lib.count == 0)
        ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->text, t->bg, ui_tr(ui, UI_S_TITLE_NO_PACKS),
                          LIST_X, LIST_TOP, LIST_W, 0);
    if (g->broken_packs) {
        char n[24], line[256];
        snprintf(n, sizeof n, "%zu", g->broken_packs);
        ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_TITLE_BROKEN), n, NULL, NULL);
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->bad, t->bg, line, LIST_X,
                         list_bottom(ui) + 2.0f, LIST_W, UI_ALIGN_LEFT);
    }
    const char *labels[3] = {ui_tr(ui, UI_S_TITLE_LANGUAGE), ui_tr(ui, UI_S_TITLE_SETTINGS),
                             ui_tr(ui, UI_S_TITLE_QUIT)};
    for (int k = 0; k < 3; k++) {
        int i = s->count - 3 + k;
        ui_menu_row(ui, row_rect(s, ui, i), labels[k], k == 0 ? lang_names[ui->lang] : NULL,
                    i == s->cursor);
    }
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_TITLE_PAD : UI_S_HINT_TITLE));
}
