/* Who is playing: the profiles on this computer, each with its runs and when
 * it last played (a broken one with the line and column where it breaks,
 * which choosing keeps aside so the player can start fresh), and a new one.
 * The name is typed (SDL text input) or picked letter by letter from a grid
 * with the gamepad or the mouse. The first start opens on the name. The
 * profile chosen goes to the title, or first to the resume screen when a run
 * of theirs was left unfinished (journal.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "journal.h"
#include "menu.h"
#include "screens.h"

#define COL_X 110.0f
#define COL_W 1100.0f
#define SIDE_X 1300.0f
#define SIDE_W 510.0f
#define GRID_COLS 10
#define GAP 10.0f

/* The letter grid: Nordic letters included; the last row has punctuation,
 * the space and delete. A letter is typed upper-case at a word's start. */
enum { KEY_CHAR = 0, KEY_SPACE, KEY_DELETE };
typedef struct Key {
    const char *upper, *lower;
    uint8_t kind, row, col, span;
} Key;

static const Key keys[] = {
    {"A", "a", 0, 0, 0, 1}, {"B", "b", 0, 0, 1, 1},           {"C", "c", 0, 0, 2, 1},
    {"D", "d", 0, 0, 3, 1}, {"E", "e", 0, 0, 4, 1},           {"F", "f", 0, 0, 5, 1},
    {"G", "g", 0, 0, 6, 1}, {"H", "h", 0, 0, 7, 1},           {"I", "i", 0, 0, 8, 1},
    {"J", "j", 0, 0, 9, 1}, {"K", "k", 0, 1, 0, 1},           {"L", "l", 0, 1, 1, 1},
    {"M", "m", 0, 1, 2, 1}, {"N", "n", 0, 1, 3, 1},           {"O", "o", 0, 1, 4, 1},
    {"P", "p", 0, 1, 5, 1}, {"Q", "q", 0, 1, 6, 1},           {"R", "r", 0, 1, 7, 1},
    {"S", "s", 0, 1, 8, 1}, {"T", "t", 0, 1, 9, 1},           {"U", "u", 0, 2, 0, 1},
    {"V", "v", 0, 2, 1, 1}, {"W", "w", 0, 2, 2, 1},           {"X", "x", 0, 2, 3, 1},
    {"Y", "y", 0, 2, 4, 1}, {"Z", "z", 0, 2, 5, 1},           {"Å", "å", 0, 2, 6, 1},
    {"Ä", "ä", 0, 2, 7, 1}, {"Ö", "ö", 0, 2, 8, 1},           {"Æ", "æ", 0, 2, 9, 1},
    {"Ø", "ø", 0, 3, 0, 1}, {"-", "-", 0, 3, 1, 1},           {"'", "'", 0, 3, 2, 1},
    {".", ".", 0, 3, 3, 1}, {NULL, NULL, KEY_SPACE, 3, 4, 3}, {"⌫", "⌫", KEY_DELETE, 3, 7, 3},
};
#define KEY_COUNT ((int)(sizeof keys / sizeof keys[0]))
#define GRID_ROWS 4
#define FOCUS_FIELD (-1)
#define FOCUS_CREATE KEY_COUNT
#define FOCUS_CANCEL (KEY_COUNT + 1)

/* ---- set-up ------------------------------------------------------------------------------ */

static void set_typing(ui_ProfilesScreen *s, bool on)
{
    if (s->typing == on) return;
    if (on)
        SDL_StartTextInput();
    else
        SDL_StopTextInput();
    s->typing = on;
}

static void start_naming(ui_ProfilesScreen *s)
{
    s->naming = true;
    s->name[0] = '\0';
    s->focus = FOCUS_FIELD;
    s->problem = 0;
    set_typing(s, true);
}

static void rescan(ui_ProfilesScreen *s, const ui_Game *g)
{
    ui_profiles_list_free(&s->list);
    if (!ui_profiles_scan(g->profiles_root, &s->list))
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "%s: cannot list the profiles", g->profiles_root);
}

bool ui_profiles_screen_init(ui_ProfilesScreen *s, ui_Context *ui, ui_Game *g)
{
    (void)ui;
    memset(s, 0, sizeof *s);
    rescan(s, g);
    s->first = s->list.count == 0;
    /* on the one playing, else the one the settings remember (broken: it says where) */
    const char *at = g->profile.active ? g->profile.slug : g->settings.profile;
    for (int i = 0; i < s->list.count; i++)
        if (strcmp(s->list.items[i].slug, at) == 0) s->cursor = i;
    if (s->first) start_naming(s);
    return true;
}

void ui_profiles_screen_unload(ui_ProfilesScreen *s, ui_Context *ui)
{
    (void)ui;
    set_typing(s, false);
    ui_profiles_list_free(&s->list);
    memset(s, 0, sizeof *s);
}

/* ---- layout ------------------------------------------------------------------------------ */

static float heading_bottom(ui_Context *ui)
{
    return 80.0f + ui_text_line_height(&ui->text, UI_FONT_TITLE) + 40.0f;
}

static float list_top(ui_Context *ui)
{
    return heading_bottom(ui) +
           ui_text_wrap_height(&ui->text, UI_FONT_BODY, ui_tr(ui, UI_S_PROFILES_INTRO), COL_W) +
           30.0f;
}

static float list_bottom(const ui_Context *ui)
{
    return (float)UI_HEIGHT - ui_text_line_height(&ui->text, UI_FONT_SMALL) - 50.0f;
}

/* A profile's row: its name and a line on its runs; a broken one's has two
 * lines, where it breaks and what choosing it does. */
static float entry_h(const ui_Context *ui, bool broken)
{
    return ui_text_line_height(&ui->text, UI_FONT_BOLD) +
           (broken ? 2.0f : 1.0f) * ui_text_line_height(&ui->text, UI_FONT_SMALL) + 40.0f;
}

static int row_count(const ui_ProfilesScreen *s) { return s->list.count + 2; }

static SDL_FRect row_rect(const ui_ProfilesScreen *s, ui_Context *ui, int i)
{
    float y = list_top(ui) - s->scroll, rh = ui_menu_row_height(ui);
    for (int k = 0; k < i; k++)
        y += (k < s->list.count ? entry_h(ui, s->list.items[k].broken) : rh) + 14.0f;
    return ui_rect(COL_X, y, COL_W, i < s->list.count ? entry_h(ui, s->list.items[i].broken) : rh);
}

typedef struct NameLayout {
    float text_y;
    SDL_FRect field, keys[KEY_COUNT], create, cancel;
    float problem_y;
} NameLayout;

static void name_layout(ui_Context *ui, NameLayout *l)
{
    l->text_y = heading_bottom(ui);
    float y = l->text_y +
              ui_text_wrap_height(&ui->text, UI_FONT_BODY, ui_tr(ui, UI_S_PROFILES_ASK), COL_W) +
              30.0f;
    l->field = ui_rect(COL_X, y, COL_W, ui_text_line_height(&ui->text, UI_FONT_HEAD) + 36.0f);
    l->problem_y = y + l->field.h + 10.0f;
    float top = l->problem_y + ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 20.0f;
    float kw = (COL_W - GAP * (GRID_COLS - 1)) / GRID_COLS;
    float kh = ui_text_line_height(&ui->text, UI_FONT_BOLD) + 26.0f;
    for (int i = 0; i < KEY_COUNT; i++)
        l->keys[i] =
            ui_rect(COL_X + (float)keys[i].col * (kw + GAP), top + (float)keys[i].row * (kh + GAP),
                    (float)keys[i].span * kw + (float)(keys[i].span - 1) * GAP, kh);
    float by = top + GRID_ROWS * (kh + GAP) + 20.0f;
    float bh = ui_text_line_height(&ui->text, UI_FONT_BOLD) + 30.0f;
    l->create = ui_rect(COL_X, by, 420.0f, bh);
    l->cancel = ui_rect(COL_X + 440.0f, by, 300.0f, bh);
}

/* ---- the name ------------------------------------------------------------------------------ */

static bool word_start(const char *name)
{
    size_t n = strlen(name);
    return n == 0 || name[n - 1] == ' ' || name[n - 1] == '-';
}

/* Adds UTF-8 text, control characters dropped, whole characters only, up to the limit. */
static void add_text(ui_ProfilesScreen *s, const char *text)
{
    size_t n = strlen(s->name);
    for (const unsigned char *t = (const unsigned char *)text; *t;) {
        size_t len = *t < 0x80 ? 1 : (*t >> 5) == 6 ? 2 : (*t >> 4) == 14 ? 3 : 4;
        for (size_t k = 1; k < len; k++)
            if (!t[k]) return; /* cut short: not a character */
        bool control = len == 1 && (*t < 0x20 || *t == 0x7F);
        if (!control) {
            if (n + len > SV_PROFILE_NAME_BYTES) return;
            memcpy(s->name + n, t, len);
            n += len;
            s->name[n] = '\0';
        }
        t += len;
    }
    s->problem = 0;
}

static void delete_char(ui_ProfilesScreen *s)
{
    size_t n = strlen(s->name);
    while (n > 0 && ((unsigned char)s->name[n - 1] & 0xC0) == 0x80) n--; /* continuation bytes */
    if (n > 0) n--;
    s->name[n] = '\0';
    s->problem = 0;
}

static void press_key(ui_ProfilesScreen *s, int k)
{
    if (keys[k].kind == KEY_DELETE)
        delete_char(s);
    else if (keys[k].kind == KEY_SPACE)
        add_text(s, " ");
    else
        add_text(s, word_start(s->name) ? keys[k].upper : keys[k].lower);
}

/* The name without spaces around it. */
static void trimmed(const char *name, char *out, size_t size)
{
    while (*name == ' ') name++;
    snprintf(out, size, "%s", name);
    size_t n = strlen(out);
    while (n > 0 && out[n - 1] == ' ') out[--n] = '\0';
}

/* Where a learner goes once chosen: their unfinished run first, if any. */
static ui_ScreenId after_choice(ui_Game *g)
{
    return ui_journal_waiting(g) ? UI_SCREEN_RESUME : UI_SCREEN_TITLE;
}

static ui_ScreenId create(ui_ProfilesScreen *s, ui_Game *g)
{
    char name[SV_PROFILE_NAME_BYTES + 1];
    trimmed(s->name, name, sizeof name);
    if (!sv_profile_name_ok(name, NULL)) {
        s->problem = UI_S_PROFILES_NAME_EMPTY;
        return UI_SCREEN_PROFILES;
    }
    for (int i = 0; i < s->list.count; i++)
        if (!s->list.items[i].broken && SDL_strcasecmp(s->list.items[i].name, name) == 0) {
            s->problem = UI_S_PROFILES_NAME_TAKEN;
            return UI_SCREEN_PROFILES;
        }
    if (ui_game_new_profile(g, name)) return after_choice(g);
    s->problem = UI_S_PROFILES_SAVE_FAILED;
    snprintf(s->note, sizeof s->note, "%s", g->profile.note);
    return UI_SCREEN_PROFILES;
}

static ui_ScreenId cancel_naming(ui_ProfilesScreen *s, const ui_Game *g)
{
    if (s->list.count == 0) return g->profile.active ? UI_SCREEN_TITLE : UI_SCREEN_QUIT;
    s->naming = false;
    set_typing(s, false);
    return UI_SCREEN_PROFILES;
}

/* The key in `row` under the middle of key k's first column. */
static int key_at(int row, int col)
{
    for (int i = 0; i < KEY_COUNT; i++)
        if (keys[i].row == row && col >= keys[i].col && col < keys[i].col + keys[i].span) return i;
    return 0;
}

static void move_focus(ui_ProfilesScreen *s, ui_Act act)
{
    int f = s->focus;
    if (f == FOCUS_FIELD) {
        if (act == UI_ACT_DOWN) s->focus = 0;
    } else if (f >= FOCUS_CREATE) {
        if (act == UI_ACT_UP) s->focus = key_at(GRID_ROWS - 1, f == FOCUS_CREATE ? 0 : 7);
        if (act == UI_ACT_LEFT) s->focus = FOCUS_CREATE;
        if (act == UI_ACT_RIGHT) s->focus = FOCUS_CANCEL;
    } else {
        const Key *k = &keys[f];
        if (act == UI_ACT_LEFT && f > 0 && keys[f - 1].row == k->row) s->focus = f - 1;
        if (act == UI_ACT_RIGHT && f + 1 < KEY_COUNT && keys[f + 1].row == k->row) s->focus = f + 1;
        if (act == UI_ACT_UP) s->focus = k->row == 0 ? FOCUS_FIELD : key_at(k->row - 1, k->col);
        if (act == UI_ACT_DOWN)
            s->focus = k->row + 1 == GRID_ROWS ? FOCUS_CREATE : key_at(k->row + 1, k->col);
    }
}

static ui_ScreenId naming_click(ui_ProfilesScreen *s, ui_Context *ui, ui_Game *g, const ui_Event *e)
{
    NameLayout l;
    name_layout(ui, &l);
    if (ui_hit(l.field, e->x, e->y)) s->focus = FOCUS_FIELD;
    for (int k = 0; k < KEY_COUNT; k++)
        if (ui_hit(l.keys[k], e->x, e->y)) {
            s->focus = k;
            press_key(s, k);
        }
    if (ui_hit(l.create, e->x, e->y)) return create(s, g);
    if (ui_hit(l.cancel, e->x, e->y)) return cancel_naming(s, g);
    return UI_SCREEN_PROFILES;
}

static ui_ScreenId naming_update(ui_ProfilesScreen *s, ui_Context *ui, ui_Game *g,
                                 const ui_Input *in)
{
    if (in->text[0]) {
        add_text(s, in->text);
        s->focus = FOCUS_FIELD;
    }
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        ui_ScreenId next = UI_SCREEN_PROFILES;
        switch (e->act) {
        case UI_ACT_UP:
        case UI_ACT_DOWN:
        case UI_ACT_LEFT:
        case UI_ACT_RIGHT: move_focus(s, (ui_Act)e->act); break;
        case UI_ACT_CONFIRM:
            if (e->arg == 1) break; /* the space bar: typed as a space */
            if (s->focus == FOCUS_FIELD || s->focus == FOCUS_CREATE)
                next = create(s, g);
            else if (s->focus == FOCUS_CANCEL)
                next = cancel_naming(s, g);
            else
                press_key(s, s->focus);
            break;
        case UI_ACT_REMOVE:
        case UI_ACT_ITEM_UP: delete_char(s); break;
        case UI_ACT_PAUSE: next = create(s, g); break;
        case UI_ACT_BACK: next = cancel_naming(s, g); break;
        case UI_ACT_CLICK: next = naming_click(s, ui, g, e); break;
        default: break;
        }
        if (next != UI_SCREEN_PROFILES || !s->naming) return next;
    }
    return UI_SCREEN_PROFILES;
}

/* ---- the list ------------------------------------------------------------------------------ */

static ui_ScreenId choose(ui_ProfilesScreen *s, const ui_Context *ui, ui_Game *g, int i)
{
    if (i == s->list.count) {
        start_naming(s);
        s->note[0] = '\0';
        return UI_SCREEN_PROFILES;
    }
    if (i > s->list.count) return g->profile.active ? UI_SCREEN_TITLE : UI_SCREEN_QUIT;
    const ui_ProfileEntry *e = &s->list.items[i];
    if (!e->broken) {
        if (ui_game_use_profile(g, e->slug)) return after_choice(g);
        rescan(s, g); /* it broke since it was listed: show how */
        return UI_SCREEN_PROFILES;
    }
    char stamp[32], kept[UI_PATH_MAX + 64];
    ui_game_stamp(stamp, sizeof stamp);
    if (!ui_profile_keep_aside(g->profiles_root, e->slug, stamp, kept, sizeof kept)) {
        snprintf(s->note, sizeof s->note, "%s", ui_tr(ui, UI_S_PROFILES_KEEP_FAILED));
        s->note_bad = true;
        return UI_SCREEN_PROFILES;
    }
    const char *base = strrchr(kept, '/');
    char line[UI_PROFILE_NOTE];
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_PROFILES_KEPT), base ? base + 1 : kept,
                      NULL, NULL);
    snprintf(s->note, sizeof s->note, "%s", line);
    s->note_bad = false;
    rescan(s, g);
    s->cursor = 0;
    start_naming(s);
    return UI_SCREEN_PROFILES;
}

static void follow(ui_ProfilesScreen *s, ui_Context *ui)
{
    float top = list_top(ui), view = list_bottom(ui) - top;
    SDL_FRect r = row_rect(s, ui, s->cursor);
    float y = r.y + s->scroll - top;
    if (y < s->target) s->target = y;
    if (y + r.h > s->target + view) s->target = y + r.h - view;
    SDL_FRect last = row_rect(s, ui, row_count(s) - 1);
    float max = last.y + last.h + s->scroll - top - view;
    s->target = s->target > max ? max : s->target;
    s->target = s->target < 0.0f ? 0.0f : s->target;
}

static ui_ScreenId list_update(ui_ProfilesScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in)
{
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        ui_ScreenId next = UI_SCREEN_PROFILES;
        switch (e->act) {
        case UI_ACT_UP: ui_menu_move(&s->cursor, row_count(s), -1); break;
        case UI_ACT_DOWN: ui_menu_move(&s->cursor, row_count(s), 1); break;
        case UI_ACT_CONFIRM: next = choose(s, ui, g, s->cursor); break;
        case UI_ACT_BACK: next = g->profile.active ? UI_SCREEN_TITLE : UI_SCREEN_QUIT; break;
        case UI_ACT_CLICK:
            for (int k = 0; k < row_count(s); k++) {
                SDL_FRect r = row_rect(s, ui, k);
                if (!ui_hit(r, e->x, e->y) || e->y < list_top(ui) || e->y > list_bottom(ui))
                    continue;
                s->cursor = k;
                next = choose(s, ui, g, k);
                break;
            }
            break;
        default: break;
        }
        if (next != UI_SCREEN_PROFILES || s->naming) return next;
    }
    s->target -= in->wheel * 90.0f - in->scroll * (float)in->dt_ms;
    follow(s, ui);
    s->scroll = ui->reduced_motion ? s->target : s->scroll + (s->target - s->scroll) * 0.3f;
    return UI_SCREEN_PROFILES;
}

ui_ScreenId ui_profiles_screen_update(ui_ProfilesScreen *s, ui_Context *ui, ui_Game *g,
                                      const ui_Input *in)
{
    return s->naming ? naming_update(s, ui, g, in) : list_update(s, ui, g, in);
}

/* ---- draw -------------------------------------------------------------------------------- */

static void draw_side(ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    char line[UI_PATH_MAX + 128];
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_PROFILES_WHERE), g->profiles_root, NULL,
                      NULL);
    ui_text_draw_wrap(&ui->text, UI_FONT_SMALL, t->muted, t->bg, line, SIDE_X,
                      list_bottom(ui) - 3.0f * ui_text_line_height(&ui->text, UI_FONT_SMALL),
                      SIDE_W, 3);
}

static void draw_entry(ui_Context *ui, const ui_Game *g, const ui_ProfileEntry *e, SDL_FRect r,
                       bool focused)
{
    const ui_Theme *t = &ui->theme;
    SDL_Color fill = focused ? t->selected : ui_hover(ui, r) ? t->hover : t->surface;
    if (focused) ui_focus_ring(ui, r, 14.0f);
    ui_panel(ui, r, 14.0f, fill, focused ? fill : e->broken ? t->bad : t->border);
    float x = r.x + 24.0f, y = r.y + 16.0f, w = r.w - 48.0f;
    float sh = ui_text_line_height(&ui->text, UI_FONT_SMALL);
    float right = 0.0f;
    bool current = g->profile.active && strcmp(g->profile.slug, e->slug) == 0;
    if (current)
        right = ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, t->accent, fill,
                             ui_tr(ui, UI_S_PROFILES_CURRENT), r.x + r.w - 24.0f, y + 4.0f,
                             UI_ALIGN_RIGHT) +
                24.0f;
    ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->text, fill, e->broken ? e->slug : e->name, x, y,
                     w - right, UI_ALIGN_LEFT);
    y += ui_text_line_height(&ui->text, UI_FONT_BOLD) + 6.0f;
    char line[1024], a[32], b[32];
    if (e->broken) {
        snprintf(a, sizeof a, "%d", e->problem.line);
        snprintf(b, sizeof b, "%d", e->problem.column);
        ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_PROFILES_BROKEN), a, b,
                          e->problem.message);
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->bad, fill, line, x, y, w, UI_ALIGN_LEFT);
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->text, fill,
                         ui_tr(ui, UI_S_PROFILES_BROKEN_FIX), x, y + sh, w, UI_ALIGN_LEFT);
        return;
    }
    if (e->runs == 0) {
        snprintf(line, sizeof line, "%s", ui_tr(ui, UI_S_PROFILES_NO_RUNS));
    } else {
        char date[32];
        ui_profile_date(e->last, date, sizeof date);
        snprintf(a, sizeof a, "%zu", e->runs);
        if (e->runs == 1)
            ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_PROFILES_RUNS_ONE), date, NULL,
                              NULL);
        else
            ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_PROFILES_RUNS), a, date, NULL);
    }
    ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->muted, fill, line, x, y, w, UI_ALIGN_LEFT);
}

static void draw_list(const ui_ProfilesScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    ui_menu_heading(ui, ui_tr(ui, UI_S_PROFILES_TITLE), COL_X, 80.0f);
    ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->text, t->bg, ui_tr(ui, UI_S_PROFILES_INTRO),
                      COL_X, heading_bottom(ui), COL_W, 0);
    float top = list_top(ui), bottom = list_bottom(ui);
    SDL_FRect area = {COL_X - 10.0f, top - 6.0f, COL_W + 20.0f, bottom - top + 12.0f};
    ui_clip(ui, &area);
    for (int i = 0; i < row_count(s); i++) {
        SDL_FRect r = row_rect(s, ui, i);
        if (r.y + r.h < area.y || r.y > area.y + area.h) continue;
        if (i < s->list.count)
            draw_entry(ui, g, &s->list.items[i], r, i == s->cursor);
        else
            ui_menu_row(ui, r,
                        ui_tr(ui, i == s->list.count  ? UI_S_PROFILES_NEW
                                  : g->profile.active ? UI_S_COMMON_BACK
                                                      : UI_S_PROFILES_QUIT),
                        NULL, i == s->cursor);
    }
    ui_clip(ui, NULL);
    if (s->note[0])
        ui_text_draw_wrap(&ui->text, UI_FONT_SMALL_BOLD, s->note_bad ? t->bad : t->accent, t->bg,
                          s->note, SIDE_X, top, SIDE_W, 0);
    draw_side(ui, g);
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_PROFILES_PAD : UI_S_HINT_PROFILES));
}

static void draw_field(const ui_ProfilesScreen *s, ui_Context *ui, SDL_FRect r)
{
    const ui_Theme *t = &ui->theme;
    bool focused = s->focus == FOCUS_FIELD;
    if (focused) ui_focus_ring(ui, r, 12.0f);
    ui_panel(ui, r, 12.0f, t->surface, focused ? t->accent : t->border);
    float lh = ui_text_line_height(&ui->text, UI_FONT_HEAD), y = r.y + (r.h - lh) / 2.0f;
    float w = 0.0f;
    if (s->name[0])
        w = ui_text_draw_fit(&ui->text, UI_FONT_HEAD, t->text, t->surface, s->name, r.x + 24.0f, y,
                             r.w - 60.0f, UI_ALIGN_LEFT);
    else /* after the caret, so the caret never covers it */
        ui_text_draw(&ui->text, UI_FONT_HEAD, t->muted, t->surface,
                     ui_tr(ui, UI_S_PROFILES_PLACEHOLDER), r.x + 36.0f, y, UI_ALIGN_LEFT);
    if (focused) /* the caret after the text: it is always typed at the end */
        ui_fill(ui, ui_rect(r.x + 26.0f + w, y + 4.0f, 3.0f, lh - 8.0f), t->accent);
}

static void draw_naming(const ui_ProfilesScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    NameLayout l;
    name_layout(ui, &l);
    ui_menu_heading(ui, ui_tr(ui, s->first ? UI_S_PROFILES_WELCOME : UI_S_PROFILES_NEW), COL_X,
                    80.0f);
    ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->text, t->bg, ui_tr(ui, UI_S_PROFILES_ASK), COL_X,
                      l.text_y, COL_W, 0);
    draw_field(s, ui, l.field);
    if (s->problem) {
        char line[UI_PROFILE_NOTE + 128];
        ui_strings_format(line, sizeof line, ui_tr(ui, (ui_StrId)s->problem), s->note, NULL, NULL);
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL_BOLD, t->bad, t->bg, line, COL_X, l.problem_y,
                         COL_W, UI_ALIGN_LEFT);
    }
    bool upper = word_start(s->name);
    for (int k = 0; k < KEY_COUNT; k++) {
        const Key *key = &keys[k];
        const char *label = key->kind == KEY_SPACE ? ui_tr(ui, UI_S_PROFILES_SPACE)
                            : upper                ? key->upper
                                                   : key->lower;
        ui_button(ui, l.keys[k], label, UI_BUTTON_PLAIN, s->focus == k, true);
    }
    ui_button(ui, l.create, ui_tr(ui, UI_S_PROFILES_CREATE), UI_BUTTON_PRIMARY,
              s->focus == FOCUS_CREATE, true);
    bool can_back = s->list.count > 0 || g->profile.active;
    ui_button(ui, l.cancel, ui_tr(ui, can_back ? UI_S_PROFILES_CANCEL : UI_S_PROFILES_QUIT),
              UI_BUTTON_PLAIN, s->focus == FOCUS_CANCEL, true);
    if (s->note[0] && !s->problem)
        ui_text_draw_wrap(&ui->text, UI_FONT_SMALL_BOLD, s->note_bad ? t->bad : t->accent, t->bg,
                          s->note, SIDE_X, l.field.y, SIDE_W, 0);
    draw_side(ui, g);
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_NAME_PAD : UI_S_HINT_NAME));
}

void ui_profiles_screen_draw(const ui_ProfilesScreen *s, ui_Context *ui, const ui_Game *g)
{
    ui_menu_backdrop(ui);
    if (s->naming)
        draw_naming(s, ui, g);
    else
        draw_list(s, ui, g);
}
