/* The settings screen. Every change applies at once and is saved (the app
 * does both when update sets settings_changed), so there is nothing to
 * confirm; a preview on the right shows text size and palette as they are.
 * The tutorial's row is the playing learner's, kept in their profile. */
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "menu.h"
#include "screens.h"

enum {
    ROW_LANG = 0,
    ROW_SIZE,
    ROW_FULLSCREEN,
    ROW_MOTION,
    ROW_PALETTE,
    ROW_SPEED,
    ROW_TUTORIAL,
    ROW_BACK,
    ROW_COUNT
};

#define ROWS_X 110.0f
#define ROWS_W 1000.0f
#define SIDE_X 1190.0f
#define SIDE_W 620.0f

static const ui_StrId row_labels[ROW_COUNT] = {
    UI_S_SET_LANGUAGE, UI_S_SET_TEXT_SIZE, UI_S_SET_FULLSCREEN, UI_S_SET_REDUCED_MOTION,
    UI_S_SET_PALETTE,  UI_S_SET_SPEED,     UI_S_SET_TUTORIAL,   UI_S_COMMON_BACK};
static const ui_StrId row_help[ROW_COUNT] = {UI_S_SET_LANGUAGE_DESC,   UI_S_SET_TEXT_SIZE_DESC,
                                             UI_S_SET_FULLSCREEN_DESC, UI_S_SET_REDUCED_MOTION_DESC,
                                             UI_S_SET_PALETTE_DESC,    UI_S_SET_SPEED_DESC,
                                             UI_S_SET_TUTORIAL_DESC,   UI_S_SET_TITLE};
static const char *const lang_names[SV_LANG_COUNT] = {"English", "Svenska", "Norsk bokmål"};

bool ui_settings_init(ui_SettingsScreen *s, ui_Context *ui, ui_Game *g)
{
    (void)ui;
    (void)g;
    memset(s, 0, sizeof *s);
    return true;
}

void ui_settings_unload(ui_SettingsScreen *s) { (void)s; }

/* Where the line saying where the settings are saved goes. */
static float note_y(const ui_Context *ui)
{
    return (float)UI_HEIGHT - (ui_text_line_height(&ui->text, UI_FONT_SMALL) + 14.0f) - 50.0f;
}

/* The rows close up at the larger text sizes, so Back stays above the note
 * that says where the settings are saved. */
static SDL_FRect row_rect(const ui_Context *ui, int i)
{
    float h = ui_menu_row_height(ui);
    float room = note_y(ui) - 16.0f - 210.0f - 20.0f - (float)ROW_COUNT * h;
    float gap = ui_clampf(room / (float)(ROW_COUNT - 1), 4.0f, 16.0f);
    float y = 210.0f + (float)i * (h + gap) + (i == ROW_BACK ? 20.0f : 0.0f);
    return ui_rect(ROWS_X, y, ROWS_W, h);
}

static int speed_index(uint32_t pct)
{
    for (int i = 0; i < UI_SPEED_COUNT; i++)
        if (ui_prefs_speeds[i] == pct) return i;
    return 2;
}

static int wrap(int v, int n) { return (v % n + n) % n; }

/* Moves the row's value by delta (-1, +1); toggles flip either way. */
static void change(ui_Game *g, int row, int delta)
{
    ui_Settings *st = &g->settings;
    switch (row) {
    case ROW_LANG:
        st->lang = (sv_Lang)wrap((int)st->lang + delta, SV_LANG_COUNT);
        g->lang_override = -1;
        break;
    case ROW_SIZE:
        st->text_size = (ui_TextSize)wrap((int)st->text_size + delta, UI_SIZE_COUNT);
        break;
    case ROW_FULLSCREEN: st->fullscreen = !st->fullscreen; break;
    case ROW_MOTION: st->reduced_motion = !st->reduced_motion; break;
    case ROW_PALETTE: st->okabe_ito = !st->okabe_ito; break;
    case ROW_SPEED:
        st->speed_pct = ui_prefs_speeds[wrap(speed_index(st->speed_pct) + delta, UI_SPEED_COUNT)];
        break;
    case ROW_TUTORIAL: ui_tutorial_set_done(g, ui_tutorial_pending(g)); return; /* skip or again */
    default: return;
    }
    g->settings_changed = true;
}

static ui_ScreenId back(const ui_Game *g)
{
    return g->settings_return == UI_SCREEN_PAUSE ? UI_SCREEN_PAUSE : UI_SCREEN_TITLE;
}

ui_ScreenId ui_settings_update(ui_SettingsScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in)
{
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        switch (e->act) {
        case UI_ACT_UP: ui_menu_move(&s->cursor, ROW_COUNT, -1); break;
        case UI_ACT_DOWN: ui_menu_move(&s->cursor, ROW_COUNT, 1); break;
        case UI_ACT_LEFT: change(g, s->cursor, -1); break;
        case UI_ACT_RIGHT: change(g, s->cursor, 1); break;
        case UI_ACT_CONFIRM:
            if (s->cursor == ROW_BACK) return back(g);
            change(g, s->cursor, 1);
            break;
        case UI_ACT_BACK:
        case UI_ACT_PAUSE: return back(g);
        case UI_ACT_CLICK:
            for (int r = 0; r < ROW_COUNT; r++) {
                SDL_FRect rect = row_rect(ui, r);
                if (!ui_hit(rect, e->x, e->y)) continue;
                s->cursor = r;
                if (r == ROW_BACK) return back(g);
                int arrow = ui_menu_row_arrow(rect, e->x, e->y);
                change(g, r, arrow ? arrow : 1);
            }
            break;
        default: break;
        }
    }
    return UI_SCREEN_SETTINGS;
}

static const char *value_text(const ui_Context *ui, const ui_Game *g, int row, char *buf,
                              size_t size)
{
    const ui_Settings *st = &g->settings;
    static const ui_StrId sizes[UI_SIZE_COUNT] = {UI_S_SET_SIZE_NORMAL, UI_S_SET_SIZE_LARGE,
                                                  UI_S_SET_SIZE_HUGE};
    switch (row) {
    case ROW_LANG: return lang_names[st->lang];
    case ROW_SIZE: return ui_tr(ui, sizes[st->text_size]);
    case ROW_FULLSCREEN: return ui_tr(ui, st->fullscreen ? UI_S_COMMON_ON : UI_S_COMMON_OFF);
    case ROW_MOTION: return ui_tr(ui, st->reduced_motion ? UI_S_COMMON_ON : UI_S_COMMON_OFF);
    case ROW_PALETTE:
        return ui_tr(ui, st->okabe_ito ? UI_S_SET_PALETTE_OKABE : UI_S_SET_PALETTE_STANDARD);
    case ROW_TUTORIAL: return ui_tr(ui, ui_tutorial_pending(g) ? UI_S_COMMON_ON : UI_S_COMMON_OFF);
    case ROW_SPEED: {
        char num[16];
        uint32_t p = st->speed_pct;
        if (p % 100u == 0)
            snprintf(num, sizeof num, "%u", p / 100u);
        else
            snprintf(num, sizeof num, "%u%s%u", p / 100u, ui_tr(ui, UI_S_NUM_DECIMAL),
                     p % 10u == 0 ? p % 100u / 10u : p % 100u);
        return ui_strings_format(buf, size, ui_tr(ui, UI_S_PLAY_SPEED), num, NULL, NULL);
    }
    default: return NULL;
    }
}

/* A sample post and the four meters, in the size and palette chosen. */
static void draw_preview(ui_Context *ui, float y)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    float h =
        80.0f + ui_text_wrap_height(tc, UI_FONT_BODY, ui_tr(ui, UI_S_SET_SAMPLE), SIDE_W - 120.0f);
    SDL_FRect card = {SIDE_X, y, SIDE_W, h};
    ui_panel(ui, card, 14.0f, t->surface, t->border);
    ui_avatar(ui, card.x + 46.0f, card.y + 46.0f, 26.0f, "Linnea Berg",
              ui_theme_avatar(t, "@linneaberg"));
    ui_text_draw(tc, UI_FONT_BOLD, t->text, t->surface, "Linnea Berg", card.x + 88.0f,
                 card.y + 20.0f, UI_ALIGN_LEFT);
    ui_text_draw_wrap(tc, UI_FONT_BODY, t->text, t->surface, ui_tr(ui, UI_S_SET_SAMPLE),
                      card.x + 88.0f, card.y + 24.0f + ui_text_line_height(tc, UI_FONT_BOLD),
                      SIDE_W - 120.0f, 0);
    y += h + 24.0f;
    static const int32_t sample[SV_METER_COUNT] = {620, 450, 150, 2400};
    for (int m = 0; m < SV_METER_COUNT; m++) {
        char num[32];
        if (m == SV_METER_REACH)
            ui_format_count((uint32_t)sample[m], num, sizeof num);
        else
            ui_format_tenths(ui, sample[m], num, sizeof num);
        ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->text, t->bg,
                     ui_tr(ui, (ui_StrId)(UI_S_METER_REPUTATION + m)), SIDE_X, y, UI_ALIGN_LEFT);
        ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->text, t->bg, num, SIDE_X + SIDE_W, y,
                     UI_ALIGN_RIGHT);
        y += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 4.0f;
        float frac = m == SV_METER_REACH ? 0.8f : (float)sample[m] / 1000.0f;
        ui_bar(ui, ui_rect(SIDE_X, y, SIDE_W, 14.0f), frac, t->meter[m], t->sunken);
        y += 30.0f;
    }
}

void ui_settings_draw(const ui_SettingsScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    ui_menu_backdrop(ui);
    ui_menu_heading(ui, ui_tr(ui, UI_S_SET_TITLE), ROWS_X, 80.0f);
    char buf[128];
    for (int r = 0; r < ROW_COUNT; r++)
        ui_menu_row(ui, row_rect(ui, r), ui_tr(ui, row_labels[r]),
                    value_text(ui, g, r, buf, sizeof buf), r == s->cursor);
    float y = 210.0f;
    if (s->cursor != ROW_BACK)
        y += ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->text, t->bg,
                               ui_tr(ui, row_help[s->cursor]), SIDE_X, y, SIDE_W, 4) +
             30.0f;
    draw_preview(ui, y);
    char note[UI_PATH_MAX + 600];
    if (g->settings_note[0])
        snprintf(note, sizeof note, "%s", g->settings_note);
    else if (g->settings_locked)
        snprintf(note, sizeof note, "%s", ui_tr(ui, UI_S_SET_NOT_SAVED_SET));
    else if (g->settings_path[0])
        ui_strings_format(note, sizeof note, ui_tr(ui, UI_S_SET_SAVED_IN), g->settings_path, NULL,
                          NULL);
    else
        snprintf(note, sizeof note, "%s", ui_tr(ui, UI_S_SET_NOT_SAVED));
    ui_text_draw_fit(&ui->text, UI_FONT_SMALL, g->settings_note[0] ? t->bad : t->muted, t->bg, note,
                     ROWS_X, note_y(ui), ROWS_W + 700.0f, UI_ALIGN_LEFT);
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_MENU_PAD : UI_S_HINT_MENU));
}
