/* The briefing: who the player is, the brand, what is known and where they
 * watch, what the meters measure, and the controls for the device in hand.
 * Start goes to the play screen (which starts the run); Back to the title. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "menu.h"
#include "screens.h"

#define LEFT_X 110.0f
#define LEFT_W 1020.0f
#define RIGHT_X 1210.0f
#define RIGHT_W 600.0f

static const sv_Scenario *scenario(const ui_Game *g)
{
    const sv_Pack *p = g->bench_pack ? g->bench_pack : g->lib.packs[g->pack];
    return &p->scenarios[g->scenario];
}

bool ui_briefing_init(ui_BriefingScreen *s, ui_Context *ui, ui_Game *g)
{
    (void)ui;
    memset(s, 0, sizeof *s);
    return g->bench_pack || (g->pack >= 0 && (size_t)g->pack < g->lib.count && g->scenario >= 0);
}

void ui_briefing_unload(ui_BriefingScreen *s) { (void)s; }

static void buttons(const ui_Context *ui, SDL_FRect *start, SDL_FRect *back)
{
    float hint = ui_text_line_height(&ui->text, UI_FONT_SMALL) + 14.0f;
    float h = ui_text_line_height(&ui->text, UI_FONT_BOLD) + 30.0f;
    float y = (float)UI_HEIGHT - hint - 36.0f - h;
    *start = ui_rect(RIGHT_X + RIGHT_W - 300.0f, y, 300.0f, h);
    *back = ui_rect(RIGHT_X + RIGHT_W - 300.0f - 24.0f - 240.0f, y, 240.0f, h);
}

ui_ScreenId ui_briefing_update(ui_BriefingScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in)
{
    (void)g;
    SDL_FRect start, back;
    buttons(ui, &start, &back);
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        switch (e->act) {
        case UI_ACT_LEFT:
        case UI_ACT_RIGHT:
        case UI_ACT_UP:
        case UI_ACT_DOWN:
        case UI_ACT_TAB_NEXT:
        case UI_ACT_TAB_PREV: s->cursor = !s->cursor; break;
        case UI_ACT_CONFIRM: return s->cursor == 0 ? UI_SCREEN_PLAY : UI_SCREEN_TITLE;
        case UI_ACT_BACK: return UI_SCREEN_TITLE;
        case UI_ACT_CLICK:
            if (ui_hit(start, e->x, e->y)) return UI_SCREEN_PLAY;
            if (ui_hit(back, e->x, e->y)) return UI_SCREEN_TITLE;
            break;
        default: break;
        }
    }
    return UI_SCREEN_BRIEFING;
}

/* A small heading in the accent colour; returns the y under it. */
static float section(ui_Context *ui, const char *title, float x, float y)
{
    ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, ui->theme.accent, ui->theme.bg, title, x, y,
                 UI_ALIGN_LEFT);
    return y + ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 8.0f;
}

static float draw_story(ui_Context *ui, const sv_Scenario *sc, float y)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    y += ui_text_draw_wrap(tc, UI_FONT_TITLE, t->text, t->bg, sv_text_get(&sc->title, ui->lang),
                           LEFT_X, y, LEFT_W, 2) +
         10.0f;
    y += ui_text_draw_wrap(tc, UI_FONT_BODY, t->muted, t->bg, sv_text_get(&sc->summary, ui->lang),
                           LEFT_X, y, LEFT_W, 3) +
         28.0f;
    float h =
        ui_text_wrap_height(tc, UI_FONT_BODY, sv_text_get(&sc->briefing, ui->lang), LEFT_W - 64.0f);
    SDL_FRect card = {LEFT_X, y, LEFT_W,
                      h + 64.0f + ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 8.0f};
    ui_panel(ui, card, 16.0f, t->surface, t->border);
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->accent, t->surface, ui_tr(ui, UI_S_BRIEF_TITLE),
                 card.x + 32.0f, card.y + 24.0f, UI_ALIGN_LEFT);
    ui_text_draw_wrap(
        tc, UI_FONT_BODY, t->text, t->surface, sv_text_get(&sc->briefing, ui->lang), card.x + 32.0f,
        card.y + 32.0f + ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 8.0f, LEFT_W - 64.0f, 0);
    y += card.h + 28.0f;
    y = section(ui, ui_tr(ui, UI_S_BRIEF_WATCH), LEFT_X, y);
    char list[600] = "";
    for (uint32_t c = 0; c < sc->channel_count; c++) {
        if (!sc->channels[c].watched) continue;
        size_t n = strlen(list);
        snprintf(list + n, sizeof list - n, "%s%s", n ? " · " : "",
                 sv_text_get(&sc->channels[c].name, ui->lang));
    }
    return y + ui_text_draw_wrap(tc, UI_FONT_BODY, t->text, t->bg, list, LEFT_X, y, LEFT_W, 2);
}

/* Draws (when draw) or measures a paragraph; returns its height. */
static float para(ui_Context *ui, bool draw, ui_FontId f, SDL_Color fg, const char *text, float x,
                  float y, float w)
{
    if (!draw) return ui_text_wrap_height(&ui->text, f, text, w);
    return ui_text_draw_wrap(&ui->text, f, fg, ui->theme.bg, text, x, y, w, 0);
}

static float side_brand(ui_Context *ui, const sv_Scenario *sc, bool draw, float y)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    float h = ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 8.0f;
    float r = 36.0f * (float)tc->size_pct / 100.0f;
    float names = ui_text_line_height(tc, UI_FONT_HEAD) + ui_text_line_height(tc, UI_FONT_BODY);
    if (draw) {
        section(ui, ui_tr(ui, UI_S_BRIEF_YOU_ANSWER), RIGHT_X, y);
        ui_avatar(ui, RIGHT_X + r, y + h + fmaxf(2.0f * r, names) / 2.0f, r, sc->brand.name,
                  ui_theme_rgb(sc->brand.colour));
        float ny = y + h + (fmaxf(2.0f * r, names) - names) / 2.0f;
        ui_text_draw(tc, UI_FONT_HEAD, t->text, t->bg, sc->brand.name, RIGHT_X + 2.0f * r + 18.0f,
                     ny, UI_ALIGN_LEFT);
        ui_text_draw(tc, UI_FONT_BODY, t->muted, t->bg, sc->brand.handle,
                     RIGHT_X + 2.0f * r + 18.0f, ny + ui_text_line_height(tc, UI_FONT_HEAD),
                     UI_ALIGN_LEFT);
    }
    h += fmaxf(2.0f * r, names) + 14.0f;
    char span[96], line[640];
    ui_time_words(ui->strings, ui->lang, ui_time_whole_minutes(sc->duration_ms), span, sizeof span);
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_BRIEF_DURATION), span, NULL, NULL);
    return h + para(ui, draw, UI_FONT_SMALL, t->muted, line, RIGHT_X, y + h, RIGHT_W) + 24.0f;
}

static float side_meters(ui_Context *ui, bool draw, float y)
{
    const ui_Theme *t = &ui->theme;
    float h = ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 8.0f;
    if (draw) section(ui, ui_tr(ui, UI_S_BRIEF_MEASURED), RIGHT_X, y);
    for (int m = 0; m < SV_METER_COUNT; m++) {
        char line[512];
        snprintf(line, sizeof line, "%s: %s", ui_tr(ui, (ui_StrId)(UI_S_METER_REPUTATION + m)),
                 ui_tr(ui, (ui_StrId)(UI_S_METER_REPUTATION_DESC + m)));
        if (draw)
            ui_fill_round(ui, ui_rect(RIGHT_X, y + h + 8.0f, 14.0f, 14.0f), 7.0f, t->meter[m]);
        h += para(ui, draw, UI_FONT_SMALL, t->text, line, RIGHT_X + 26.0f, y + h, RIGHT_W - 26.0f) +
             6.0f;
    }
    return h + 18.0f;
}

static float side_controls(ui_Context *ui, const ui_Game *g, bool draw, float y)
{
    const ui_Theme *t = &ui->theme;
    float h = ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 8.0f;
    if (draw) section(ui, ui_tr(ui, UI_S_BRIEF_CONTROLS), RIGHT_X, y);
    h += para(ui, draw, UI_FONT_SMALL, t->text,
              ui_tr(ui, ui->pad_active ? UI_S_BRIEF_PAD : UI_S_BRIEF_KEYS), RIGHT_X, y + h,
              RIGHT_W) +
         6.0f;
    h += para(ui, draw, UI_FONT_SMALL, t->text, ui_tr(ui, UI_S_BRIEF_MOUSE), RIGHT_X, y + h,
              RIGHT_W) +
         12.0f;
    char seed[32], line[96];
    snprintf(seed, sizeof seed, "%llu", (unsigned long long)g->seed);
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_BRIEF_SEED), seed, NULL, NULL);
    return h + para(ui, draw, UI_FONT_SMALL, t->muted, line, RIGHT_X, y + h, RIGHT_W);
}

/* The right column, block by block; a block that would run into the buttons
 * (large text on a small window) is left out rather than cut. */
static void draw_side(ui_Context *ui, const ui_Game *g, const sv_Scenario *sc, float y,
                      float bottom)
{
    float h = side_brand(ui, sc, false, y);
    if (y + h <= bottom) y += side_brand(ui, sc, true, y);
    h = side_meters(ui, false, y);
    if (y + h <= bottom) y += side_meters(ui, true, y);
    h = side_controls(ui, g, false, y);
    if (y + h <= bottom) side_controls(ui, g, true, y);
}

void ui_briefing_draw(const ui_BriefingScreen *s, ui_Context *ui, const ui_Game *g)
{
    const sv_Scenario *sc = scenario(g);
    ui_menu_backdrop(ui);
    ui_fill(ui, ui_rect(0.0f, 0.0f, (float)UI_WIDTH, 12.0f), ui_theme_rgb(sc->brand.colour));
    draw_story(ui, sc, 70.0f);
    SDL_FRect start, back;
    buttons(ui, &start, &back);
    draw_side(ui, g, sc, 78.0f, start.y - 20.0f);
    ui_button(ui, back, ui_tr(ui, UI_S_COMMON_BACK), UI_BUTTON_PLAIN, s->cursor == 1, true);
    ui_button(ui, start, ui_tr(ui, UI_S_BRIEF_START), UI_BUTTON_PRIMARY, s->cursor == 0, true);
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_BRIEFING_PAD : UI_S_HINT_BRIEFING));
}
