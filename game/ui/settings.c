/* The settings screen. Every change applies at once and is saved (the app
 * does both when update sets settings_changed), so there is nothing to
 * confirm; a preview on the right shows text size and palette as they are. */
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
    ROW_BACK,
    ROW_COUNT
};

#define ROWS_X 110.0f
#define ROWS_W 1000.0f
#define SIDE_X 1190.0f
#define SIDE_W 620.0f

static const sv_StrId row_labels[ROW_COUNT] = {
    SV_S_SET_LANGUAGE, SV_S_SET_TEXT_SIZE, SV_S_SET_FULLSCREEN, SV_S_SET_REDUCED_MOTION,
    SV_S_SET_PALETTE,  SV_S_SET_SPEED,     SV_S_COMMON_BACK};
static const sv_StrId row_help[ROW_COUNT] = {SV_S_SET_LANGUAGE_DESC,
                                             SV_S_SET_TEXT_SIZE_DESC,
                                             SV_S_SET_FULLSCREEN_DESC,
                                             SV_S_SET_REDUCED_MOTION_DESC,
                                             SV_S_SET_PALETTE_DESC,
                                             SV_S_SET_SPEED_DESC,
                                             SV_S_SET_TITLE};
static const char *const lang_names[SV_LANG_COUNT] = {"English", "Svenska", "Norsk bokmål"};

bool sv_settings_init(sv_SettingsScreen *s, sv_Ui *ui, sv_Game *g)
{
    (void)ui;
    (void)g;
    memset(s, 0, sizeof *s);
    return true;
}

void sv_settings_unload(sv_SettingsScreen *s) { (void)s; }

static SDL_FRect row_rect(const sv_Ui *ui, int i)
{
    float h = sv_menu_row_height(ui);
    float y = 210.0f + (float)i * (h + 16.0f) + (i == ROW_BACK ? 20.0f : 0.0f);
    return sv_rect(ROWS_X, y, ROWS_W, h);
}

static int speed_index(uint32_t pct)
{
    for (int i = 0; i < SV_SPEED_COUNT; i++)
        if (sv_prefs_speeds[i] == pct) return i;
    return 2;
}

static int wrap(int v, int n) { return (v % n + n) % n; }

/* Moves the row's value by delta (-1, +1); toggles flip either way. */
static void change(sv_Game *g, int row, int delta)
{
    sv_Settings *st = &g->settings;
    switch (row) {
    case ROW_LANG:
        st->lang = (sv_Lang)wrap((int)st->lang + delta, SV_LANG_COUNT);
        g->lang_override = -1;
        break;
    case ROW_SIZE:
        st->text_size = (sv_TextSize)wrap((int)st->text_size + delta, SV_SIZE_COUNT);
        break;
    case ROW_FULLSCREEN: st->fullscreen = !st->fullscreen; break;
    case ROW_MOTION: st->reduced_motion = !st->reduced_motion; break;
    case ROW_PALETTE: st->okabe_ito = !st->okabe_ito; break;
    case ROW_SPEED:
        st->speed_pct = sv_prefs_speeds[wrap(speed_index(st->speed_pct) + delta, SV_SPEED_COUNT)];
        break;
    default: return;
    }
    g->settings_changed = true;
}

static sv_ScreenId back(const sv_Game *g)
{
    return g->settings_return == SV_SCREEN_PAUSE ? SV_SCREEN_PAUSE : SV_SCREEN_TITLE;
}

sv_ScreenId sv_settings_update(sv_SettingsScreen *s, sv_Ui *ui, sv_Game *g, const sv_UiInput *in)
{
    for (int i = 0; i < in->count; i++) {
        const sv_UiEvent *e = &in->ev[i];
        switch (e->act) {
        case SV_ACT_UP: sv_menu_move(&s->cursor, ROW_COUNT, -1); break;
        case SV_ACT_DOWN: sv_menu_move(&s->cursor, ROW_COUNT, 1); break;
        case SV_ACT_LEFT: change(g, s->cursor, -1); break;
        case SV_ACT_RIGHT: change(g, s->cursor, 1); break;
        case SV_ACT_CONFIRM:
            if (s->cursor == ROW_BACK) return back(g);
            change(g, s->cursor, 1);
            break;
        case SV_ACT_BACK:
        case SV_ACT_PAUSE: return back(g);
        case SV_ACT_CLICK:
            for (int r = 0; r < ROW_COUNT; r++) {
                SDL_FRect rect = row_rect(ui, r);
                if (!sv_hit(rect, e->x, e->y)) continue;
                s->cursor = r;
                if (r == ROW_BACK) return back(g);
                int arrow = sv_menu_row_arrow(rect, e->x, e->y);
                change(g, r, arrow ? arrow : 1);
            }
            break;
        default: break;
        }
    }
    return SV_SCREEN_SETTINGS;
}

static const char *value_text(const sv_Ui *ui, const sv_Settings *st, int row, char *buf,
                              size_t size)
{
    static const sv_StrId sizes[SV_SIZE_COUNT] = {SV_S_SET_SIZE_NORMAL, SV_S_SET_SIZE_LARGE,
                                                  SV_S_SET_SIZE_HUGE};
    switch (row) {
    case ROW_LANG: return lang_names[st->lang];
    case ROW_SIZE: return sv_tr(ui, sizes[st->text_size]);
    case ROW_FULLSCREEN: return sv_tr(ui, st->fullscreen ? SV_S_COMMON_ON : SV_S_COMMON_OFF);
    case ROW_MOTION: return sv_tr(ui, st->reduced_motion ? SV_S_COMMON_ON : SV_S_COMMON_OFF);
    case ROW_PALETTE:
        return sv_tr(ui, st->okabe_ito ? SV_S_SET_PALETTE_OKABE : SV_S_SET_PALETTE_STANDARD);
    case ROW_SPEED: {
        char num[16];
        uint32_t p = st->speed_pct;
        if (p % 100u == 0)
            snprintf(num, sizeof num, "%u", p / 100u);
        else
            snprintf(num, sizeof num, "%u%s%u", p / 100u, sv_tr(ui, SV_S_NUM_DECIMAL),
                     p % 10u == 0 ? p % 100u / 10u : p % 100u);
        return sv_strings_format(buf, size, sv_tr(ui, SV_S_PLAY_SPEED), num, NULL, NULL);
    }
    default: return NULL;
    }
}

/* A sample post and the four meters, in the size and palette chosen. */
static void draw_preview(sv_Ui *ui, float y)
{
    const sv_Theme *t = &ui->theme;
    sv_TextCache *tc = &ui->text;
    float h =
        80.0f + sv_text_wrap_height(tc, SV_FONT_BODY, sv_tr(ui, SV_S_SET_SAMPLE), SIDE_W - 120.0f);
    SDL_FRect card = {SIDE_X, y, SIDE_W, h};
    sv_panel(ui, card, 14.0f, t->surface, t->border);
    sv_avatar(ui, card.x + 46.0f, card.y + 46.0f, 26.0f, "Linnea Berg",
              sv_theme_avatar(t, "@linneaberg"));
    sv_text_draw(tc, SV_FONT_BOLD, t->text, t->surface, "Linnea Berg", card.x + 88.0f,
                 card.y + 20.0f, SV_ALIGN_LEFT);
    sv_text_draw_wrap(tc, SV_FONT_BODY, t->text, t->surface, sv_tr(ui, SV_S_SET_SAMPLE),
                      card.x + 88.0f, card.y + 24.0f + sv_text_line_height(tc, SV_FONT_BOLD),
                      SIDE_W - 120.0f, 0);
    y += h + 24.0f;
    static const int32_t sample[SV_METER_COUNT] = {620, 450, 150, 2400};
    for (int m = 0; m < SV_METER_COUNT; m++) {
        char num[32];
        if (m == SV_METER_REACH)
            sv_format_count((uint32_t)sample[m], num, sizeof num);
        else
            sv_format_tenths(ui, sample[m], num, sizeof num);
        sv_text_draw(tc, SV_FONT_SMALL_BOLD, t->text, t->bg,
                     sv_tr(ui, (sv_StrId)(SV_S_METER_REPUTATION + m)), SIDE_X, y, SV_ALIGN_LEFT);
        sv_text_draw(tc, SV_FONT_SMALL_BOLD, t->text, t->bg, num, SIDE_X + SIDE_W, y,
                     SV_ALIGN_RIGHT);
        y += sv_text_line_height(tc, SV_FONT_SMALL_BOLD) + 4.0f;
        float frac = m == SV_METER_REACH ? 0.8f : (float)sample[m] / 1000.0f;
        sv_bar(ui, sv_rect(SIDE_X, y, SIDE_W, 14.0f), frac, t->meter[m], t->sunken);
        y += 30.0f;
    }
}

void sv_settings_draw(const sv_SettingsScreen *s, sv_Ui *ui, const sv_Game *g)
{
    const sv_Theme *t = &ui->theme;
    sv_menu_backdrop(ui);
    sv_menu_heading(ui, sv_tr(ui, SV_S_SET_TITLE), ROWS_X, 80.0f);
    char buf[128];
    for (int r = 0; r < ROW_COUNT; r++)
        sv_menu_row(ui, row_rect(ui, r), sv_tr(ui, row_labels[r]),
                    value_text(ui, &g->settings, r, buf, sizeof buf), r == s->cursor);
    float y = 210.0f;
    if (s->cursor != ROW_BACK)
        y += sv_text_draw_wrap(&ui->text, SV_FONT_BODY, t->text, t->bg,
                               sv_tr(ui, row_help[s->cursor]), SIDE_X, y, SIDE_W, 4) +
             30.0f;
    draw_preview(ui, y);
    char note[SV_PATH_MAX + 600];
    if (g->settings_note[0])
        snprintf(note, sizeof note, "%s", g->settings_note);
    else if (g->settings_locked)
        snprintf(note, sizeof note, "%s", sv_tr(ui, SV_S_SET_NOT_SAVED_SET));
    else if (g->settings_path[0])
        sv_strings_format(note, sizeof note, sv_tr(ui, SV_S_SET_SAVED_IN), g->settings_path, NULL,
                          NULL);
    else
        snprintf(note, sizeof note, "%s", sv_tr(ui, SV_S_SET_NOT_SAVED));
    float hint = sv_text_line_height(&ui->text, SV_FONT_SMALL) + 14.0f;
    sv_text_draw_fit(&ui->text, SV_FONT_SMALL, g->settings_note[0] ? t->bad : t->muted, t->bg, note,
                     ROWS_X, (float)SV_UI_HEIGHT - hint - 50.0f, ROWS_W + 700.0f, SV_ALIGN_LEFT);
    sv_hint_bar(ui, sv_tr(ui, ui->pad_active ? SV_S_HINT_MENU_PAD : SV_S_HINT_MENU));
}
