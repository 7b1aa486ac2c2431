/* The title screen: the game's name and who is playing on the left (with
 * buttons to switch profile and to see the skills); on the right the
 * scenarios of every pack (grouped by pack; a pack with a path lists its
 * steps in order, each with its goal and the player's progress, the next one
 * marked), then a workshop (for a facilitator), the language, settings and
 * quit. One list for the keyboard
 * and gamepad; every row is also a mouse target. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "menu.h"
#include "screens.h"
#include "workshop.h"

enum {
    ROW_PACK = 0,
    ROW_SCENARIO,
    ROW_OFF_PATH, /* "also in this pack": the scenarios not on its path follow */
    ROW_TEST,     /* the pack's pre- or post-test (row.scenario: the sv_AssessKind) */
    ROW_LANGUAGE,
    ROW_SETTINGS,
    ROW_QUIT,
    ROW_PROFILE,
    ROW_SKILLS,
    ROW_WORKSHOP /* a workshop's file, for a facilitator (workshop.h) */
};

#define FIXED 4 /* the rows under the lists: workshop, language, settings, quit */

#define LIST_X 820.0f
#define LIST_W 1020.0f
#define LIST_TOP 200.0f
#define BRAND_X 96.0f

static const char *const lang_names[SV_LANG_COUNT] = {"English", "Svenska", "Norsk bokmål"};

static bool is_list(uint8_t kind) { return kind <= ROW_TEST; }
static bool is_fixed(uint8_t kind)
{
    return !is_list(kind) && kind != ROW_PROFILE && kind != ROW_SKILLS;
}
static bool is_heading(uint8_t kind) { return kind == ROW_PACK || kind == ROW_OFF_PATH; }

/* A pack's rows: the test before its path (when it has an assessment and
 * someone is playing), the path's steps in order, the test after it, then
 * what is not on the path. The test that is due is the next thing to do. */
static void add_pack(ui_TitleScreen *s, const ui_Game *g, int32_t p)
{
    const sv_Pack *pack = g->lib.packs[p];
    s->rows[s->count++] = (ui_TitleRow){ROW_PACK, p, -1, -1, false};
    bool *listed = calloc(pack->scenario_count + 1u, sizeof *listed);
    int32_t next = sv_profile_next_step(g->profile.active ? &g->profile.data : NULL, pack);
    bool tests = g->profile.active && pack->assessment_count > 0;
    int due = tests ? ui_assess_due(g, p) : -1;
    if (due == SV_ASSESS_PRE) next = -1;
    if (tests)
        s->rows[s->count++] = (ui_TitleRow){ROW_TEST, p, SV_ASSESS_PRE, -1, due == SV_ASSESS_PRE};
    for (uint32_t i = 0; listed && i < pack->path_count; i++) {
        int32_t k = pack->path[i].scenario;
        if (k < 0 || (uint32_t)k >= pack->scenario_count || listed[k]) continue;
        listed[k] = true;
        s->rows[s->count++] = (ui_TitleRow){ROW_SCENARIO, p, k, (int32_t)i, (int32_t)i == next};
    }
    if (tests)
        s->rows[s->count++] = (ui_TitleRow){ROW_TEST, p, SV_ASSESS_POST, -1, due == SV_ASSESS_POST};
    bool heading = pack->path_count > 0;
    for (uint32_t k = 0; k < pack->scenario_count; k++) {
        if (listed && listed[k]) continue;
        if (heading) s->rows[s->count++] = (ui_TitleRow){ROW_OFF_PATH, p, -1, -1, false};
        heading = false;
        s->rows[s->count++] = (ui_TitleRow){ROW_SCENARIO, p, (int32_t)k, -1, false};
    }
    free(listed);
}

/* The path's next step, chosen, when the player has not picked anything yet
 * or has just finished a run of a path: the chosen pack's, else the first
 * pack with a path that has a step left. */
static void pick_next(ui_Game *g)
{
    if (!g->profile.pick_next) return;
    g->profile.pick_next = false;
    const sv_Profile *p = g->profile.active ? &g->profile.data : NULL;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < g->lib.count; i++) {
            if (pass == 0 && (int32_t)i != g->pack) continue;
            int32_t step = sv_profile_next_step(p, g->lib.packs[i]);
            if (step < 0) continue;
            g->pack = (int32_t)i;
            g->scenario = g->lib.packs[i]->path[step].scenario;
            return;
        }
}

/* The path the brand panel counts: the chosen pack's, or the first pack's
 * with one; its steps the profile has completed. Once, at init: nothing
 * changes them while the title is up. */
static void count_progress(ui_TitleScreen *s, const ui_Game *g)
{
    s->progress_pack = -1;
    s->progress_done = 0;
    if (!g->profile.active) return;
    if (g->pack >= 0 && (size_t)g->pack < g->lib.count && g->lib.packs[g->pack]->path_count)
        s->progress_pack = g->pack;
    for (size_t i = 0; i < g->lib.count && s->progress_pack < 0; i++)
        if (g->lib.packs[i]->path_count) s->progress_pack = (int32_t)i;
    if (s->progress_pack < 0) return;
    const sv_Pack *pack = g->lib.packs[s->progress_pack];
    for (uint32_t i = 0; i < pack->path_count; i++)
        s->progress_done +=
            sv_profile_best(&g->profile.data, pack->id, pack->path[i].scenario_id) != NULL;
}

bool ui_title_init(ui_TitleScreen *s, ui_Context *ui, ui_Game *g)
{
    (void)ui;
    memset(s, 0, sizeof *s);
    bool picked = g->profile.pick_next;
    pick_next(g);
    count_progress(s, g);
    size_t n = 6;
    for (size_t p = 0; p < g->lib.count; p++) n += 4 + g->lib.packs[p]->scenario_count;
    s->rows = calloc(n, sizeof *s->rows);
    if (!s->rows) return false;
    if (g->profiles_root[0]) {
        s->rows[s->count++] = (ui_TitleRow){ROW_PROFILE, -1, -1, -1, false};
        s->rows[s->count++] = (ui_TitleRow){ROW_SKILLS, -1, -1, -1, false};
    }
    s->brand = s->count;
    for (size_t p = 0; p < g->lib.count; p++) add_pack(s, g, (int32_t)p);
    s->cursor = -1;
    for (int i = s->brand; i < s->count; i++)
        if (s->rows[i].kind == ROW_SCENARIO && s->rows[i].pack == g->pack &&
            s->rows[i].scenario == g->scenario)
            s->cursor = i;
    /* a test that is due comes first when the title picks what to do next;
     * back from a test, its row */
    for (int i = s->brand; i < s->count; i++) {
        const ui_TitleRow *r = &s->rows[i];
        if (r->kind != ROW_TEST) continue;
        if (g->assess_back
                ? r->pack == g->assess_pack && r->scenario == g->assess_kind
                : picked && r->next && (s->cursor < 0 || s->rows[s->cursor].pack == r->pack))
            s->cursor = i;
    }
    g->assess_back = false;
    s->rows[s->count++] = (ui_TitleRow){ROW_WORKSHOP, -1, -1, -1, false};
    s->rows[s->count++] = (ui_TitleRow){ROW_LANGUAGE, -1, -1, -1, false};
    s->rows[s->count++] = (ui_TitleRow){ROW_SETTINGS, -1, -1, -1, false};
    s->rows[s->count++] = (ui_TitleRow){ROW_QUIT, -1, -1, -1, false};
    if (s->cursor < 0) s->cursor = s->count - 3; /* the language */
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

static float list_row_h(const ui_Context *ui, uint8_t kind)
{
    return is_heading(kind) ? pack_h(ui) : scenario_h(ui) + 12.0f;
}

/* The fixed rows sit at the bottom; the scenarios scroll above them. */
static float list_bottom(const ui_Context *ui)
{
    float hint = ui_text_line_height(&ui->text, UI_FONT_SMALL) + 14.0f;
    return (float)UI_HEIGHT - hint - 30.0f - (float)FIXED * (ui_menu_row_height(ui) + 14.0f);
}

/* The brand panel, bottom up: the folder line, the profile card above it,
 * and the name and tagline above that (moved up when the text is large). The
 * card's two buttons stand side by side, or one above the other when their
 * words do not fit. */
typedef struct Brand {
    float name_y, rule_y, tag_y, tag_max, card_y, who_y, progress_y, folder_y;
    int progress_lines;
    SDL_FRect buttons[2];
} Brand;

#define BRAND_W 600.0f

static bool path_progress(const ui_TitleScreen *s, ui_Context *ui, const ui_Game *g, char *buf,
                          size_t size);

static void brand_layout(const ui_TitleScreen *s, ui_Context *ui, const ui_Game *g, Brand *b)
{
    ui_TextCache *tc = &ui->text;
    float sh = ui_text_line_height(tc, UI_FONT_SMALL), rh = ui_menu_row_height(ui);
    char line[512];
    b->progress_lines = path_progress(s, ui, g, line, sizeof line)
                            ? (ui_text_wrap_lines(tc, UI_FONT_SMALL, line, BRAND_W) > 1 ? 2 : 1)
                            : 1;
    float half = (BRAND_W - 20.0f) / 2.0f;
    bool stacked = fmaxf(ui_text_width(tc, UI_FONT_BOLD, ui_tr(ui, UI_S_TITLE_SWITCH)),
                         ui_text_width(tc, UI_FONT_BOLD, ui_tr(ui, UI_S_TITLE_SKILLS))) +
                       40.0f >
                   half;
    float buttons_h = stacked ? 2.0f * rh + 12.0f : rh;
    b->folder_y = (float)UI_HEIGHT - 200.0f;
    float card_h = ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 4.0f +
                   ui_text_line_height(tc, UI_FONT_HEAD) + 6.0f + (float)b->progress_lines * sh +
                   24.0f + buttons_h;
    b->card_y = b->folder_y - 40.0f - card_h;
    b->who_y = b->card_y + ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 4.0f;
    b->progress_y = b->who_y + ui_text_line_height(tc, UI_FONT_HEAD) + 6.0f;
    float by = b->progress_y + (float)b->progress_lines * sh + 24.0f;
    if (stacked) {
        b->buttons[0] = ui_rect(BRAND_X, by, BRAND_W, rh);
        b->buttons[1] = ui_rect(BRAND_X, by + rh + 12.0f, BRAND_W, rh);
    } else {
        b->buttons[0] = ui_rect(BRAND_X, by, half, rh);
        b->buttons[1] = ui_rect(BRAND_X + half + 20.0f, by, half, rh);
    }
    float tag_h = ui_text_wrap_height(tc, UI_FONT_HEAD, ui_tr(ui, UI_S_APP_TAGLINE), 560.0f);
    float huge = ui_text_line_height(tc, UI_FONT_HUGE);
    b->name_y = fminf(300.0f, b->card_y - 50.0f - tag_h - 40.0f - 4.0f - huge);
    b->name_y = fmaxf(40.0f, b->name_y);
    b->rule_y = b->name_y + huge + 4.0f;
    b->tag_y = b->rule_y + 40.0f;
    b->tag_max = b->card_y - 40.0f - b->tag_y;
}

static SDL_FRect row_rect(const ui_TitleScreen *s, ui_Context *ui, const ui_Game *g, int i)
{
    uint8_t kind = s->rows[i].kind;
    if (kind == ROW_PROFILE || kind == ROW_SKILLS) {
        Brand b;
        brand_layout(s, ui, g, &b);
        return b.buttons[kind == ROW_SKILLS];
    }
    if (is_fixed(kind)) {
        float h = ui_menu_row_height(ui);
        int k = i - (s->count - FIXED);
        return ui_rect(LIST_X, list_bottom(ui) + 24.0f + (float)k * (h + 14.0f), LIST_W, h);
    }
    float y = LIST_TOP - s->scroll;
    for (int k = s->brand; k < i; k++) y += list_row_h(ui, s->rows[k].kind);
    return ui_rect(LIST_X, y, LIST_W, is_heading(kind) ? pack_h(ui) : scenario_h(ui));
}

static float content_h(const ui_TitleScreen *s, const ui_Context *ui)
{
    float h = 0.0f;
    for (int k = s->brand; k < s->count - FIXED; k++) h += list_row_h(ui, s->rows[k].kind);
    return h;
}

/* ---- update ------------------------------------------------------------------ */

static void move(ui_TitleScreen *s, int delta)
{
    for (int tries = 0; tries < s->count; tries++) {
        ui_menu_move(&s->cursor, s->count, delta);
        if (!is_heading(s->rows[s->cursor].kind)) return;
    }
}

static void change_language(ui_Game *g, int delta)
{
    g->settings.lang = (sv_Lang)(((int)g->settings.lang + delta + SV_LANG_COUNT) % SV_LANG_COUNT);
    g->lang_override = -1;
    g->settings_changed = true;
}

/* A test row can be taken when it is the test that is due. */
static bool test_open(const ui_Game *g, const ui_TitleRow *row)
{
    return ui_assess_due(g, row->pack) == row->scenario;
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
    case ROW_PROFILE: return UI_SCREEN_PROFILES;
    case ROW_SKILLS: return UI_SCREEN_SKILLS;
    case ROW_WORKSHOP: return ui_workshop_pick(g);
    case ROW_TEST:
        if (test_open(g, row)) return ui_assess_open(g, row->pack, (sv_AssessKind)row->scenario);
        break;
    default: break;
    }
    return UI_SCREEN_TITLE;
}

static ui_ScreenId click(ui_TitleScreen *s, ui_Context *ui, ui_Game *g, const ui_Event *e)
{
    for (int i = 0; i < s->count; i++) {
        SDL_FRect r = row_rect(s, ui, g, i);
        if (is_heading(s->rows[i].kind) || !ui_hit(r, e->x, e->y)) continue;
        if (is_list(s->rows[i].kind) && (e->y < LIST_TOP || e->y > list_bottom(ui))) continue;
        s->cursor = i;
        return activate(s, g,
                        s->rows[i].kind == ROW_LANGUAGE ? ui_menu_row_arrow(r, e->x, e->y) : 0);
    }
    return UI_SCREEN_TITLE;
}

/* Keeps the cursor's scenario in view. */
static void follow(ui_TitleScreen *s, ui_Context *ui, const ui_Game *g)
{
    float view = list_bottom(ui) - LIST_TOP, max = fmaxf(0.0f, content_h(s, ui) - view);
    if (s->rows[s->cursor].kind == ROW_SCENARIO || s->rows[s->cursor].kind == ROW_TEST) {
        SDL_FRect r = row_rect(s, ui, g, s->cursor);
        float y = r.y + s->scroll - LIST_TOP;
        if (y < s->target) s->target = y - pack_h(ui);
        if (y + r.h > s->target + view) s->target = y + r.h - view;
    }
    s->target = s->target > max ? max : s->target;
    s->target = s->target < 0.0f ? 0.0f : s->target;
}

/* Left and Right: the language row's value, or the other brand button. */
static void sideways(ui_TitleScreen *s, ui_Game *g, int delta)
{
    uint8_t kind = s->rows[s->cursor].kind;
    if (kind == ROW_LANGUAGE) change_language(g, delta);
    if (kind == ROW_PROFILE && delta > 0) s->cursor++;
    if (kind == ROW_SKILLS && delta < 0) s->cursor--;
}

ui_ScreenId ui_title_update(ui_TitleScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in)
{
    ui_ScreenId next = UI_SCREEN_TITLE;
    bool scrolled = in->wheel != 0.0f || in->scroll != 0.0f;
    s->target -= in->wheel * 90.0f - in->scroll * (float)in->dt_ms;
    for (int i = 0; i < in->count && next == UI_SCREEN_TITLE; i++) {
        const ui_Event *e = &in->ev[i];
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
        case UI_ACT_RIGHT: sideways(s, g, e->act == UI_ACT_LEFT ? -1 : 1); break;
        case UI_ACT_CONFIRM: next = activate(s, g, 0); break;
        case UI_ACT_BACK: next = UI_SCREEN_QUIT; break;
        case UI_ACT_CLICK: next = click(s, ui, g, e); break;
        default: break;
        }
    }
    if (!scrolled) follow(s, ui, g);
    float view = list_bottom(ui) - LIST_TOP;
    ui_list_ease(&s->scroll, &s->target, content_h(s, ui) - view, ui->reduced_motion);
    return next;
}

/* ---- draw -------------------------------------------------------------------- */

/* "Path: 3 of 10 steps done" for the chosen pack's path (or the first
 * path), as init counted it; false with nobody playing or no path. */
static bool path_progress(const ui_TitleScreen *s, ui_Context *ui, const ui_Game *g, char *buf,
                          size_t size)
{
    if (s->progress_pack < 0 || (size_t)s->progress_pack >= g->lib.count) return false;
    const sv_Pack *pack = g->lib.packs[s->progress_pack];
    char a[16], b[16];
    snprintf(a, sizeof a, "%u", s->progress_done);
    snprintf(b, sizeof b, "%u", pack->path_count);
    ui_strings_format(buf, size, ui_tr(ui, UI_S_PATH_PROGRESS), sv_text_get(&pack->title, ui->lang),
                      a, b);
    return true;
}

static void draw_brand(const ui_TitleScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    Brand b;
    brand_layout(s, ui, g, &b);
    SDL_Color soft = ui_theme_mix(t->on_header, t->header, 0.3f);
    ui_fill(ui, ui_rect(0.0f, 0.0f, 740.0f, (float)UI_HEIGHT), t->header);
    ui_text_draw(&ui->text, UI_FONT_HUGE, t->on_header, t->header, "Svara", 90.0f, b.name_y,
                 UI_ALIGN_LEFT);
    ui_fill_round(ui, ui_rect(BRAND_X, b.rule_y, 160.0f, 8.0f), 4.0f, t->accent);
    int tag_lines = (int)(b.tag_max / ui_text_line_height(&ui->text, UI_FONT_HEAD));
    if (tag_lines > 0)
        ui_text_draw_wrap(&ui->text, UI_FONT_HEAD, t->on_header, t->header,
                          ui_tr(ui, UI_S_APP_TAGLINE), BRAND_X, b.tag_y, 560.0f, tag_lines);
    char line[UI_PATH_MAX + 128];
    if (s->brand) {
        ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, soft, t->header,
                     ui_tr(ui, UI_S_TITLE_PLAYING_AS), BRAND_X, b.card_y, UI_ALIGN_LEFT);
        ui_text_draw_fit(&ui->text, UI_FONT_HEAD, t->on_header, t->header,
                         g->profile.active ? g->profile.data.name : ui_tr(ui, UI_S_TITLE_NOBODY),
                         BRAND_X, b.who_y, BRAND_W, UI_ALIGN_LEFT);
        if (path_progress(s, ui, g, line, sizeof line))
            ui_text_draw_wrap(&ui->text, UI_FONT_SMALL, soft, t->header, line, BRAND_X,
                              b.progress_y, BRAND_W, b.progress_lines);
        static const ui_StrId labels[2] = {UI_S_TITLE_SWITCH, UI_S_TITLE_SKILLS};
        for (int k = 0; k < 2; k++)
            ui_button(ui, b.buttons[k], ui_tr(ui, labels[k]), UI_BUTTON_PLAIN, s->cursor == k,
                      true);
    }
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_TITLE_USER_PACKS),
                      g->paths.user_packs[0] ? g->paths.user_packs : "-", NULL, NULL);
    ui_text_draw_wrap(&ui->text, UI_FONT_SMALL, soft, t->header, line, BRAND_X, b.folder_y, 580.0f,
                      3);
}

/* A path step's status line and its colour: completed with the best grade
 * and its date, in progress, or not started. */
static void step_status(ui_Context *ui, const ui_Game *g, const ui_TitleRow *row, char *buf,
                        size_t size, SDL_Color *ink, bool *done)
{
    const ui_Theme *t = &ui->theme;
    const sv_Pack *pack = g->lib.packs[row->pack];
    const sv_ProfileRun *best =
        g->profile.active
            ? sv_profile_best(&g->profile.data, pack->id, pack->scenarios[row->scenario].id)
            : NULL;
    *done = best != NULL;
    if (best) {
        char grade[4], score[16], date[32];
        snprintf(grade, sizeof grade, "%c", best->grade);
        snprintf(score, sizeof score, "%d", (int)best->score);
        ui_strings_format(buf, size, ui_tr(ui, UI_S_PATH_COMPLETED), grade, score,
                          ui_profile_date(best->ended, date, sizeof date));
        *ink = t->good;
    } else if (ui_profile_started(&g->profile, pack->id, pack->scenarios[row->scenario].id)) {
        snprintf(buf, size, "%s", ui_tr(ui, UI_S_PATH_IN_PROGRESS));
        *ink = t->accent;
    } else {
        snprintf(buf, size, "%s", ui_tr(ui, UI_S_PATH_NOT_STARTED));
        *ink = t->muted;
    }
}

/* A test row's status: taken (score and date, the gain after the post-test),
 * ready, or not open (the path has begun, or is not complete yet). */
static void test_status(ui_Context *ui, const ui_Game *g, const ui_TitleRow *row, char *buf,
                        size_t size, SDL_Color *ink, bool *done)
{
    const ui_Theme *t = &ui->theme;
    const sv_Pack *pack = g->lib.packs[row->pack];
    const sv_ProfileAssessment *a =
        sv_profile_assessment(&g->profile.data, pack->id, (sv_AssessKind)row->scenario);
    *done = a != NULL;
    if (a) {
        char score[16], date[32], gain[16];
        int32_t n = 0;
        snprintf(score, sizeof score, "%d", (int)a->score);
        bool has_gain =
            row->scenario == SV_ASSESS_POST && sv_profile_gain(&g->profile.data, pack->id, &n);
        snprintf(gain, sizeof gain, "%+d", (int)n);
        ui_strings_format(buf, size,
                          ui_tr(ui, has_gain ? UI_S_PATH_TEST_GAIN : UI_S_PATH_TEST_TAKEN),
                          ui_profile_date(a->at, date, sizeof date), score, gain);
        *ink = t->good;
    } else if (row->next) {
        snprintf(buf, size, "%s", ui_tr(ui, UI_S_PATH_TEST_READY));
        *ink = t->accent;
    } else {
        snprintf(buf, size, "%s",
                 ui_tr(ui, row->scenario == SV_ASSESS_PRE ? UI_S_PATH_TEST_BEGUN
                                                          : UI_S_PATH_TEST_LOCKED));
        *ink = t->muted;
    }
}

/* The "Next" pill at the right of a row, left of what is already there (w wide). */
static float next_pill(ui_Context *ui, SDL_FRect r, float w)
{
    const ui_Theme *t = &ui->theme;
    float pw = ui_text_width(&ui->text, UI_FONT_SMALL_BOLD, ui_tr(ui, UI_S_PATH_NEXT));
    SDL_FRect pill = ui_rect(r.x + r.w - 24.0f - w - 24.0f - pw - 28.0f, r.y + 16.0f, pw + 28.0f,
                             ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 8.0f);
    ui_fill_round(ui, pill, pill.h / 2.0f, t->accent);
    ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, t->on_accent, t->accent, ui_tr(ui, UI_S_PATH_NEXT),
                 pill.x + pill.w / 2.0f, pill.y + 4.0f, UI_ALIGN_CENTRE);
    return w + pill.w + 24.0f;
}

/* A row's disc at the left (a tick once done); returns where the text starts. */
static float row_disc(ui_Context *ui, SDL_FRect r, const char *label, bool done, bool next)
{
    const ui_Theme *t = &ui->theme;
    float x = r.x + 24.0f;
    float rad = fmaxf(20.0f, 0.8f * ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD));
    float cy = r.y + 16.0f + ui_text_line_height(&ui->text, UI_FONT_BOLD) / 2.0f;
    SDL_Color disc = done ? t->good : next ? t->accent : t->sunken;
    ui_disc(ui, x + rad, cy, rad, disc);
    SDL_Color on = done || next ? t->on_accent : t->text;
    ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, on, disc, done ? "✓" : label, x + rad,
                 cy - ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) / 2.0f, UI_ALIGN_CENTRE);
    return x + 2.0f * rad + 14.0f;
}

/* A row's frame: the focus ring, the panel and, for the next thing to do, a
 * thicker accent edge. Returns its fill. */
static SDL_Color row_frame(ui_Context *ui, SDL_FRect r, bool focused, bool next)
{
    const ui_Theme *t = &ui->theme;
    SDL_Color fill = focused ? t->selected : ui_hover(ui, r) ? t->hover : t->surface;
    if (focused) ui_focus_ring(ui, r, 14.0f);
    ui_panel(ui, r, 14.0f, fill, focused || next ? t->accent : t->border);
    if (next && !focused)
        ui_fill_round(ui, ui_rect(r.x, r.y + 10.0f, 6.0f, r.h - 20.0f), 3.0f, t->accent);
    return fill;
}

static void draw_test(ui_Context *ui, const ui_Game *g, const ui_TitleRow *row, SDL_FRect r,
                      bool focused)
{
    const ui_Theme *t = &ui->theme;
    const sv_Pack *pack = g->lib.packs[row->pack];
    bool pre = row->scenario == SV_ASSESS_PRE;
    SDL_Color fill = row_frame(ui, r, focused, row->next);
    char status[256], goal[256], n[16];
    SDL_Color ink;
    bool done;
    test_status(ui, g, row, status, sizeof status, &ink, &done);
    float x = row_disc(ui, r, "?", done, row->next);
    float w = row->next ? next_pill(ui, r, 0.0f) : 0.0f;
    float y2 = r.y + 22.0f + ui_text_line_height(&ui->text, UI_FONT_BOLD);
    float sh = ui_text_line_height(&ui->text, UI_FONT_SMALL);
    unsigned items =
        pack->assessment_count < SV_ASSESS_ITEMS ? pack->assessment_count : SV_ASSESS_ITEMS;
    snprintf(n, sizeof n, "%u", items);
    ui_strings_format(goal, sizeof goal,
                      ui_tr(ui, pre ? UI_S_PATH_TEST_GOAL_PRE : UI_S_PATH_TEST_GOAL_POST), n, NULL,
                      NULL);
    ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->text, fill,
                     ui_tr(ui, pre ? UI_S_ASSESS_TITLE_PRE : UI_S_ASSESS_TITLE_POST), x,
                     r.y + 16.0f, r.x + r.w - x - 48.0f - w, UI_ALIGN_LEFT);
    ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->text, fill, goal, x, y2, r.x + r.w - 24.0f - x,
                     UI_ALIGN_LEFT);
    ui_text_draw_fit(&ui->text, UI_FONT_SMALL_BOLD, ink, fill, status, x, y2 + sh,
                     r.x + r.w - 24.0f - x, UI_ALIGN_LEFT);
}

static void draw_scenario(ui_Context *ui, const ui_Game *g, const ui_TitleRow *row, SDL_FRect r,
                          bool focused, bool next)
{
    const ui_Theme *t = &ui->theme;
    const sv_Pack *pack = g->lib.packs[row->pack];
    const sv_Scenario *sc = &pack->scenarios[row->scenario];
    SDL_Color fill = row_frame(ui, r, focused, next);
    char meta[96];
    ui_time_length(ui->strings, ui->lang, sc->duration_ms, meta, sizeof meta);
    float w = ui_text_draw(&ui->text, UI_FONT_SMALL, t->muted, fill, meta, r.x + r.w - 24.0f,
                           r.y + 20.0f, UI_ALIGN_RIGHT);
    float x = r.x + 24.0f, y2 = r.y + 22.0f + ui_text_line_height(&ui->text, UI_FONT_BOLD);
    float sh = ui_text_line_height(&ui->text, UI_FONT_SMALL);
    if (row->step >= 0) {
        char status[256];
        SDL_Color ink;
        bool done;
        step_status(ui, g, row, status, sizeof status, &ink, &done);
        char num[16];
        snprintf(num, sizeof num, "%d", (int)row->step + 1);
        x = row_disc(ui, r, num, done, next);
        if (next) w = next_pill(ui, r, w);
        ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->text, fill, sv_text_get(&sc->title, ui->lang),
                         x, r.y + 16.0f, r.x + r.w - x - 48.0f - w, UI_ALIGN_LEFT);
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->text, fill,
                         sv_text_get(&pack->path[row->step].goal, ui->lang), x, y2,
                         r.x + r.w - 24.0f - x, UI_ALIGN_LEFT);
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL_BOLD, ink, fill, status, x, y2 + sh,
                         r.x + r.w - 24.0f - x, UI_ALIGN_LEFT);
        return;
    }
    ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->text, fill, sv_text_get(&sc->title, ui->lang), x,
                     r.y + 16.0f, r.w - 72.0f - w, UI_ALIGN_LEFT);
    ui_text_draw_wrap(&ui->text, UI_FONT_SMALL, t->muted, fill, sv_text_get(&sc->summary, ui->lang),
                      x, y2, r.w - 48.0f, 2);
}

void ui_title_draw(const ui_TitleScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    ui_menu_backdrop(ui);
    draw_brand(s, ui, g);
    ui_menu_heading(ui, ui_tr(ui, UI_S_TITLE_CHOOSE), LIST_X, 80.0f);
    SDL_FRect area = {LIST_X - 10.0f, LIST_TOP - 6.0f, LIST_W + 20.0f,
                      list_bottom(ui) - LIST_TOP + 12.0f};
    /* the next step of each pack's path */
    ui_clip(ui, &area);
    for (int i = s->brand; i < s->count - FIXED; i++) {
        SDL_FRect r = row_rect(s, ui, g, i);
        if (r.y + r.h < area.y || r.y > area.y + area.h) continue;
        const ui_TitleRow *row = &s->rows[i];
        if (row->kind == ROW_PACK || row->kind == ROW_OFF_PATH) {
            const char *label = row->kind == ROW_PACK
                                    ? sv_text_get(&g->lib.packs[row->pack]->title, ui->lang)
                                    : ui_tr(ui, UI_S_PATH_OFF);
            ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, t->muted, t->bg, label, r.x + 4.0f,
                         r.y + 10.0f, UI_ALIGN_LEFT);
        } else if (row->kind == ROW_TEST) {
            draw_test(ui, g, row, r, i == s->cursor);
        } else {
            draw_scenario(ui, g, row, r, i == s->cursor, row->next);
        }
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
    const char *labels[FIXED] = {ui_tr(ui, UI_S_TITLE_WORKSHOP), ui_tr(ui, UI_S_TITLE_LANGUAGE),
                                 ui_tr(ui, UI_S_TITLE_SETTINGS), ui_tr(ui, UI_S_TITLE_QUIT)};
    for (int k = 0; k < FIXED; k++) {
        int i = s->count - FIXED + k;
        ui_menu_row(ui, row_rect(s, ui, g, i), labels[k], k == 1 ? lang_names[ui->lang] : NULL,
                    i == s->cursor);
    }
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_TITLE_PAD : UI_S_HINT_TITLE));
}
