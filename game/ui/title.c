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

bool sv_title_init(sv_TitleScreen *s, sv_Ui *ui, sv_Game *g)
{
    (void)ui;
    memset(s, 0, sizeof *s);
    size_t n = 3;
    for (size_t p = 0; p < g->lib.count; p++) n += 1 + g->lib.packs[p]->scenario_count;
    s->rows = calloc(n, sizeof *s->rows);
    if (!s->rows) return false;
    for (size_t p = 0; p < g->lib.count; p++) {
        s->rows[s->count++] = (sv_TitleRow){ROW_PACK, (int32_t)p, -1};
        for (uint32_t k = 0; k < g->lib.packs[p]->scenario_count; k++) {
            if ((int32_t)p == g->pack && (int32_t)k == g->scenario) s->cursor = s->count;
            s->rows[s->count++] = (sv_TitleRow){ROW_SCENARIO, (int32_t)p, (int32_t)k};
        }
    }
    s->rows[s->count++] = (sv_TitleRow){ROW_LANGUAGE, -1, -1};
    s->rows[s->count++] = (sv_TitleRow){ROW_SETTINGS, -1, -1};
    s->rows[s->count++] = (sv_TitleRow){ROW_QUIT, -1, -1};
    if (s->rows[s->cursor].kind == ROW_PACK) s->cursor = s->count - 3;
    return true;
}

void sv_title_unload(sv_TitleScreen *s)
{
    free(s->rows);
    memset(s, 0, sizeof *s);
}

/* ---- layout ------------------------------------------------------------------ */

static float scenario_h(const sv_Ui *ui)
{
    return 36.0f + sv_text_line_height(&ui->text, SV_FONT_BOLD) +
           2.0f * sv_text_line_height(&ui->text, SV_FONT_SMALL) + 6.0f;
}

static float pack_h(const sv_Ui *ui)
{
    return sv_text_line_height(&ui->text, SV_FONT_SMALL_BOLD) + 22.0f;
}

/* The fixed rows sit at the bottom; the scenarios scroll above them. */
static float list_bottom(const sv_Ui *ui)
{
    float hint = sv_text_line_height(&ui->text, SV_FONT_SMALL) + 14.0f;
    return (float)SV_UI_HEIGHT - hint - 30.0f - 3.0f * (sv_menu_row_height(ui) + 14.0f);
}

static SDL_FRect row_rect(const sv_TitleScreen *s, const sv_Ui *ui, int i)
{
    if (s->rows[i].kind >= ROW_LANGUAGE) {
        float h = sv_menu_row_height(ui);
        int k = i - (s->count - 3);
        return sv_rect(LIST_X, list_bottom(ui) + 24.0f + (float)k * (h + 14.0f), LIST_W, h);
    }
    float y = LIST_TOP - s->scroll;
    for (int k = 0; k < i; k++)
        y += s->rows[k].kind == ROW_PACK ? pack_h(ui) : scenario_h(ui) + 12.0f;
    return sv_rect(LIST_X, y, LIST_W, s->rows[i].kind == ROW_PACK ? pack_h(ui) : scenario_h(ui));
}

static float content_h(const sv_TitleScreen *s, const sv_Ui *ui)
{
    float h = 0.0f;
    for (int k = 0; k < s->count - 3; k++)
        h += s->rows[k].kind == ROW_PACK ? pack_h(ui) : scenario_h(ui) + 12.0f;
    return h;
}

/* ---- update ------------------------------------------------------------------ */

static void move(sv_TitleScreen *s, int delta)
{
    for (int tries = 0; tries < s->count; tries++) {
        sv_menu_move(&s->cursor, s->count, delta);
        if (s->rows[s->cursor].kind != ROW_PACK) return;
    }
}

static void change_language(sv_Game *g, int delta)
{
    g->settings.lang = (sv_Lang)(((int)g->settings.lang + delta + SV_LANG_COUNT) % SV_LANG_COUNT);
    g->lang_override = -1;
    g->settings_changed = true;
}

static sv_ScreenId activate(sv_TitleScreen *s, sv_Game *g, int delta)
{
    const sv_TitleRow *row = &s->rows[s->cursor];
    switch (row->kind) {
    case ROW_SCENARIO:
        g->pack = row->pack;
        g->scenario = row->scenario;
        return SV_SCREEN_BRIEFING;
    case ROW_LANGUAGE: change_language(g, delta ? delta : 1); break;
    case ROW_SETTINGS: g->settings_return = SV_SCREEN_TITLE; return SV_SCREEN_SETTINGS;
    case ROW_QUIT: return SV_SCREEN_QUIT;
    default: break;
    }
    return SV_SCREEN_TITLE;
}

static sv_ScreenId click(sv_TitleScreen *s, const sv_Ui *ui, sv_Game *g, const sv_UiEvent *e)
{
    for (int i = 0; i < s->count; i++) {
        SDL_FRect r = row_rect(s, ui, i);
        if (s->rows[i].kind == ROW_PACK || !sv_hit(r, e->x, e->y)) continue;
        if (s->rows[i].kind < ROW_LANGUAGE && (e->y < LIST_TOP || e->y > list_bottom(ui))) continue;
        s->cursor = i;
        return activate(s, g,
                        s->rows[i].kind == ROW_LANGUAGE ? sv_menu_row_arrow(r, e->x, e->y) : 0);
    }
    return SV_SCREEN_TITLE;
}

/* Keeps the cursor's scenario in view. */
static void follow(sv_TitleScreen *s, const sv_Ui *ui)
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

sv_ScreenId sv_title_update(sv_TitleScreen *s, sv_Ui *ui, sv_Game *g, const sv_UiInput *in)
{
    sv_ScreenId next = SV_SCREEN_TITLE;
    bool scrolled = in->wheel != 0.0f || in->scroll != 0.0f;
    s->target -= in->wheel * 90.0f - in->scroll * (float)in->dt_ms;
    for (int i = 0; i < in->count && next == SV_SCREEN_TITLE; i++) {
        const sv_UiEvent *e = &in->ev[i];
        const sv_TitleRow *row = &s->rows[s->cursor];
        switch (e->act) {
        case SV_ACT_UP:
            move(s, -1);
            scrolled = false;
            break;
        case SV_ACT_DOWN:
            move(s, 1);
            scrolled = false;
            break;
        case SV_ACT_LEFT:
        case SV_ACT_RIGHT:
            if (row->kind == ROW_LANGUAGE) change_language(g, e->act == SV_ACT_LEFT ? -1 : 1);
            break;
        case SV_ACT_CONFIRM: next = activate(s, g, 0); break;
        case SV_ACT_BACK: next = SV_SCREEN_QUIT; break;
        case SV_ACT_CLICK: next = click(s, ui, g, e); break;
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

static void draw_brand(sv_Ui *ui, const sv_Game *g)
{
    const sv_Theme *t = &ui->theme;
    sv_fill(ui, sv_rect(0.0f, 0.0f, 740.0f, (float)SV_UI_HEIGHT), t->header);
    float y = 300.0f;
    sv_text_draw(&ui->text, SV_FONT_HUGE, t->on_header, t->header, "Svara", 90.0f, y,
                 SV_ALIGN_LEFT);
    y += sv_text_line_height(&ui->text, SV_FONT_HUGE) + 4.0f;
    sv_fill_round(ui, sv_rect(96.0f, y, 160.0f, 8.0f), 4.0f, t->accent);
    sv_text_draw_wrap(&ui->text, SV_FONT_HEAD, t->on_header, t->header, sv_tr(ui, SV_S_APP_TAGLINE),
                      96.0f, y + 40.0f, 560.0f, 0);
    char line[SV_PATH_MAX + 128];
    sv_strings_format(line, sizeof line, sv_tr(ui, SV_S_TITLE_USER_PACKS),
                      g->paths.user_packs[0] ? g->paths.user_packs : "-", NULL, NULL);
    sv_text_draw_wrap(&ui->text, SV_FONT_SMALL, sv_theme_mix(t->on_header, t->header, 0.3f),
                      t->header, line, 96.0f, (float)SV_UI_HEIGHT - 200.0f, 580.0f, 3);
}

static void draw_scenario(sv_Ui *ui, const sv_Game *g, const sv_TitleRow *row, SDL_FRect r,
                          bool focused)
{
    const sv_Theme *t = &ui->theme;
    const sv_Scenario *sc = &g->lib.packs[row->pack]->scenarios[row->scenario];
    SDL_Color fill = focused ? t->selected : sv_hover(ui, r) ? t->hover : t->surface;
    if (focused) sv_focus_ring(ui, r, 14.0f);
    sv_panel(ui, r, 14.0f, fill, focused ? fill : t->border);
    char minutes[32], meta[96];
    snprintf(minutes, sizeof minutes, "%u", (sc->duration_ms + 59999u) / 60000u);
    sv_strings_format(meta, sizeof meta, sv_tr(ui, SV_S_TITLE_MINUTES), minutes, NULL, NULL);
    float w = sv_text_draw(&ui->text, SV_FONT_SMALL, t->muted, fill, meta, r.x + r.w - 24.0f,
                           r.y + 20.0f, SV_ALIGN_RIGHT);
    sv_text_draw_fit(&ui->text, SV_FONT_BOLD, t->text, fill, sv_text_get(&sc->title, ui->lang),
                     r.x + 24.0f, r.y + 16.0f, r.w - 72.0f - w, SV_ALIGN_LEFT);
    sv_text_draw_wrap(&ui->text, SV_FONT_SMALL, t->muted, fill, sv_text_get(&sc->summary, ui->lang),
                      r.x + 24.0f, r.y + 22.0f + sv_text_line_height(&ui->text, SV_FONT_BOLD),
                      r.w - 48.0f, 2);
}

void sv_title_draw(const sv_TitleScreen *s, sv_Ui *ui, const sv_Game *g)
{
    const sv_Theme *t = &ui->theme;
    sv_menu_backdrop(ui);
    draw_brand(ui, g);
    sv_menu_heading(ui, sv_tr(ui, SV_S_TITLE_CHOOSE), LIST_X, 80.0f);
    SDL_FRect area = {LIST_X - 10.0f, LIST_TOP - 6.0f, LIST_W + 20.0f,
                      list_bottom(ui) - LIST_TOP + 12.0f};
    sv_clip(ui, &area);
    for (int i = 0; i < s->count - 3; i++) {
        SDL_FRect r = row_rect(s, ui, i);
        if (r.y + r.h < area.y || r.y > area.y + area.h) continue;
        if (s->rows[i].kind == ROW_PACK)
            sv_text_draw(&ui->text, SV_FONT_SMALL_BOLD, t->muted, t->bg,
                         sv_text_get(&g->lib.packs[s->rows[i].pack]->title, ui->lang), r.x + 4.0f,
                         r.y + 10.0f, SV_ALIGN_LEFT);
        else
            draw_scenario(ui, g, &s->rows[i], r, i == s->cursor);
    }
    sv_clip(ui, NULL);
    if (g->lib.count == 0)
        sv_text_draw_wrap(&ui->text, SV_FONT_BODY, t->text, t->bg, sv_tr(ui, SV_S_TITLE_NO_PACKS),
                          LIST_X, LIST_TOP, LIST_W, 0);
    if (g->broken_packs) {
        char n[24], line[256];
        snprintf(n, sizeof n, "%zu", g->broken_packs);
        sv_strings_format(line, sizeof line, sv_tr(ui, SV_S_TITLE_BROKEN), n, NULL, NULL);
        sv_text_draw_fit(&ui->text, SV_FONT_SMALL, t->bad, t->bg, line, LIST_X,
                         list_bottom(ui) + 2.0f, LIST_W, SV_ALIGN_LEFT);
    }
    const char *labels[3] = {sv_tr(ui, SV_S_TITLE_LANGUAGE), sv_tr(ui, SV_S_TITLE_SETTINGS),
                             sv_tr(ui, SV_S_TITLE_QUIT)};
    for (int k = 0; k < 3; k++) {
        int i = s->count - 3 + k;
        sv_menu_row(ui, row_rect(s, ui, i), labels[k], k == 0 ? lang_names[ui->lang] : NULL,
                    i == s->cursor);
    }
    sv_hint_bar(ui, sv_tr(ui, ui->pad_active ? SV_S_HINT_TITLE_PAD : SV_S_HINT_TITLE));
}
