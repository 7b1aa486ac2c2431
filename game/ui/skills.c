/* The skills screen: the 25 principles grouped by the themes of
 * assets/principles.json, each with the player's level (a bar and its
 * share), how often the runs followed and broke it, what it asks in the
 * player's language, and the chosen pack's scenarios that practise it
 * (sv_scenario_principles). Up and Down move from principle to principle
 * and the list follows; the wheel, PgUp/PgDn and the right stick scroll. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "menu.h"
#include "screens.h"

#define MARGIN 24.0f
#define PAD 20.0f
#define GAP 12.0f
#define COL_A 700.0f /* name and what it asks */
#define COL_B 400.0f /* level and counts */

static const sv_Pack *chosen_pack(const ui_Game *g)
{
    return g->pack >= 0 && (size_t)g->pack < g->lib.count ? g->lib.packs[g->pack] : NULL;
}

/* The pack's tests (before and after the course, the gain) and where its
 * certificate is, when there is one. */
static void tests_line(ui_SkillsScreen *s, ui_Context *ui, const ui_Game *g, const sv_Pack *pack)
{
    if (!pack || !g->profile.active) return;
    const sv_ProfileAssessment *pre =
        sv_profile_assessment(&g->profile.data, pack->id, SV_ASSESS_PRE);
    const sv_ProfileAssessment *post =
        sv_profile_assessment(&g->profile.data, pack->id, SV_ASSESS_POST);
    char a[16], b[16], both[256], gain[160];
    int32_t n;
    if (pre || post) {
        snprintf(a, sizeof a, pre ? "%d" : "-", pre ? (int)pre->score : 0);
        snprintf(b, sizeof b, post ? "%d" : "-", post ? (int)post->score : 0);
        ui_strings_format(both, sizeof both, ui_tr(ui, UI_S_ASSESS_BEFORE_AFTER), a, b, NULL);
        if (sv_profile_gain(&g->profile.data, pack->id, &n)) {
            snprintf(a, sizeof a, "%+d", (int)n);
            ui_strings_format(gain, sizeof gain, ui_tr(ui, UI_S_ASSESS_GAIN), a, NULL, NULL);
            snprintf(both + strlen(both), sizeof both - strlen(both), " · %s", gain);
        }
        ui_strings_format(s->tests, sizeof s->tests, ui_tr(ui, UI_S_SKILLS_TESTS),
                          sv_text_get(&pack->title, ui->lang), both, NULL);
    }
    char name[SV_MAX_ID_BYTES + 32], path[UI_PATH_MAX];
    snprintf(name, sizeof name, "certificate-%s.html", pack->id);
    if (ui_path_join(path, sizeof path, g->profile.dir, name) && ui_path_is_file(path))
        ui_strings_format(s->certificate, sizeof s->certificate, ui_tr(ui, UI_S_SKILLS_CERTIFICATE),
                          path, NULL, NULL);
}

bool ui_skills_init(ui_SkillsScreen *s, ui_Context *ui, ui_Game *g)
{
    memset(s, 0, sizeof *s);
    sv_profile_skills(&g->profile.data, SIZE_MAX, s->skills);
    const sv_Principles *pr = &g->principles;
    /* the principles in the file's order (the model's without the file) */
    int order[SV_PRINCIPLE_COUNT];
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) order[k] = k;
    for (int i = 1; pr->arena && i < SV_PRINCIPLE_COUNT; i++)
        for (int j = i; j > 0 && pr->of[order[j]].rank < pr->of[order[j - 1]].rank; j--) {
            int swap = order[j];
            order[j] = order[j - 1];
            order[j - 1] = swap;
        }
    uint32_t themes = pr->arena ? pr->theme_count : 1;
    for (uint32_t t = 0; t < themes; t++) {
        s->row_item[s->rows++] = -1 - (int)t;
        for (int n = 0; n < SV_PRINCIPLE_COUNT; n++) {
            int k = order[n];
            if (pr->arena && pr->of[k].theme != (int32_t)t) continue;
            s->row_of[s->count++] = s->rows;
            s->row_item[s->rows++] = k;
        }
    }
    const sv_Pack *pack = chosen_pack(g);
    /* the chosen pack's tests, else the first pack's that has any */
    tests_line(s, ui, g, pack);
    for (size_t i = 0; i < g->lib.count && !s->tests[0] && !s->certificate[0]; i++)
        tests_line(s, ui, g, g->lib.packs[i]);
    if (pack && pack->scenario_count) {
        s->practised = calloc(pack->scenario_count, sizeof *s->practised);
        if (!s->practised) return false;
        s->scenarios = pack->scenario_count;
        for (uint32_t i = 0; i < pack->scenario_count; i++)
            s->practised[i] = sv_scenario_principles(&pack->scenarios[i]);
    }
    return true;
}

void ui_skills_unload(ui_SkillsScreen *s)
{
    free(s->practised);
    memset(s, 0, sizeof *s);
}

/* ---- layout ------------------------------------------------------------------------------ */

typedef struct Layout {
    SDL_FRect header, list, back;
    float intro_y;
} Layout;

static void layout(ui_Context *ui, Layout *l)
{
    float hh = ui_text_line_height(&ui->text, UI_FONT_TITLE) + 24.0f;
    float hint = ui_text_line_height(&ui->text, UI_FONT_SMALL) + 14.0f;
    float bh = ui_text_line_height(&ui->text, UI_FONT_BOLD) + 26.0f;
    l->header = ui_rect(0.0f, 0.0f, (float)UI_WIDTH, hh);
    l->intro_y = hh + 18.0f;
    float top = l->intro_y + ui_text_line_height(&ui->text, UI_FONT_SMALL) + 18.0f;
    float by = (float)UI_HEIGHT - hint - 16.0f - bh;
    l->list = ui_rect(MARGIN, top, (float)UI_WIDTH - 2.0f * MARGIN, by - 16.0f - top);
    float bw =
        fmaxf(260.0f, ui_text_width(&ui->text, UI_FONT_BOLD, ui_tr(ui, UI_S_COMMON_BACK)) + 64.0f);
    l->back = ui_rect((float)UI_WIDTH - MARGIN - bw, by, bw, bh);
}

/* Draws (when draw) or only measures a paragraph; returns its height. */
static float para(ui_Context *ui, bool draw, ui_FontId f, SDL_Color fg, SDL_Color bg,
                  const char *text, float x, float y, float w)
{
    if (!draw) return ui_text_wrap_height(&ui->text, f, text, w);
    return ui_text_draw_wrap(&ui->text, f, fg, bg, text, x, y, w, 0);
}

/* "Tutorial, Delivery, ..." : the chosen pack's scenarios practising k, path order first. */
static void practised_in(const ui_SkillsScreen *s, ui_Context *ui, const ui_Game *g, int k,
                         char *buf, size_t size)
{
    const sv_Pack *pack = chosen_pack(g);
    char list[1024] = "";
    size_t o = 0;
    uint32_t steps = pack ? pack->path_count : 0;
    for (uint32_t n = 0; pack && n < steps + s->scenarios; n++) {
        /* the path's steps in order, then the scenarios not on it */
        int32_t i = n < steps ? pack->path[n].scenario : (int32_t)(n - steps);
        bool on_path = false;
        for (uint32_t p = 0; n >= steps && p < steps; p++)
            on_path = on_path || pack->path[p].scenario == i;
        if (on_path || i < 0 || (uint32_t)i >= s->scenarios || !(s->practised[i] & (1u << k)))
            continue;
        int w = snprintf(list + o, sizeof list - o, "%s%s", o ? ", " : "",
                         sv_text_get(&pack->scenarios[i].title, ui->lang));
        if (w < 0 || (size_t)w >= sizeof list - o) break;
        o += (size_t)w;
    }
    if (o)
        ui_strings_format(buf, size, ui_tr(ui, UI_S_SKILLS_PRACTISE), list, NULL, NULL);
    else
        snprintf(buf, size, "%s", ui_tr(ui, UI_S_SKILLS_PRACTISE_NONE));
}

/* One principle's card; returns its height. */
static float principle(const ui_SkillsScreen *s, ui_Context *ui, const ui_Game *g, int k, bool draw,
                       float x, float y, float w, bool focused)
{
    const ui_Theme *t = &ui->theme;
    const sv_Principles *pr = &g->principles;
    const sv_Skill *sk = &s->skills[k];
    if (draw) {
        SDL_FRect r = {x, y, w, principle(s, ui, g, k, false, x, y, w, false)};
        if (focused) ui_focus_ring(ui, r, 14.0f);
        ui_panel(ui, r, 14.0f, focused ? t->selected : t->surface, focused ? t->accent : t->border);
    }
    SDL_Color bg = focused ? t->selected : t->surface;
    float ax = x + PAD, bx = ax + COL_A + PAD, cx = bx + COL_B + PAD;
    float cw = x + w - PAD - cx;
    const char *name =
        pr->arena ? sv_text_get(&pr->of[k].name, ui->lang) : sv_principle_name((sv_Principle)k);
    float ay = y + PAD;
    ay += para(ui, draw, UI_FONT_BOLD, t->text, bg, name, ax, ay, COL_A) + 4.0f;
    if (pr->arena)
        ay += para(ui, draw, UI_FONT_SMALL, t->text, bg, sv_text_get(&pr->of[k].about, ui->lang),
                   ax, ay, COL_A);
    float by = y + PAD, sh = ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD);
    char line[1200], a[16], b[16];
    if (sk->level < 0) {
        by += para(ui, draw, UI_FONT_SMALL_BOLD, t->muted, bg, ui_tr(ui, UI_S_SKILLS_NONE), bx, by,
                   COL_B);
    } else {
        snprintf(a, sizeof a, "%d %%", (int)sk->level);
        if (draw) {
            float pw = ui_text_width(&ui->text, UI_FONT_SMALL_BOLD, "100 %") + 16.0f;
            ui_bar(ui, ui_rect(bx, by + sh / 2.0f - 8.0f, COL_B - pw, 16.0f),
                   (float)sk->level / 100.0f,
                   sk->level >= 60   ? t->good
                   : sk->level >= 40 ? t->warn
                                     : t->bad,
                   t->sunken);
            ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, t->text, bg, a, bx + COL_B, by,
                         UI_ALIGN_RIGHT);
        }
        by += sh + 8.0f;
        snprintf(a, sizeof a, "%u", sk->followed);
        snprintf(b, sizeof b, "%u", sk->broken);
        ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_SKILLS_COUNTS), a, b, NULL);
        by += para(ui, draw, UI_FONT_SMALL, t->muted, bg, line, bx, by, COL_B);
    }
    practised_in(s, ui, g, k, line, sizeof line);
    float cy = y + PAD + para(ui, draw, UI_FONT_SMALL, t->text, bg, line, cx, y + PAD, cw);
    return fmaxf(fmaxf(ay, by), cy) - y + PAD;
}

static float theme_head(ui_Context *ui, const ui_Game *g, int theme, bool draw, float x, float y)
{
    const ui_Theme *t = &ui->theme;
    const sv_Principles *pr = &g->principles;
    const char *name = pr->arena ? sv_text_get(&pr->themes[theme].name, ui->lang) : "";
    if (draw && name[0])
        ui_text_draw(&ui->text, UI_FONT_HEAD, t->text, t->bg, name, x + 4.0f, y + 10.0f,
                     UI_ALIGN_LEFT);
    return name[0] ? ui_text_line_height(&ui->text, UI_FONT_HEAD) + 18.0f : 0.0f;
}

static float row(const ui_SkillsScreen *s, ui_Context *ui, const ui_Game *g, int i, bool draw,
                 float x, float y, float w, bool focused)
{
    int item = s->row_item[i];
    if (item < 0) return theme_head(ui, g, -1 - item, draw, x, y);
    return principle(s, ui, g, item, draw, x, y, w, focused);
}

static void layout_rows(ui_SkillsScreen *s, ui_Context *ui, const ui_Game *g, float w)
{
    if (s->laid_gen == ui->text.generation + 1) return;
    float y = 8.0f; /* room for the first card's focus ring */
    for (int i = 0; i < s->rows; i++) {
        s->row_y[i] = y;
        s->row_h[i] = row(s, ui, g, i, false, 0.0f, 0.0f, w, false);
        y += s->row_h[i] + GAP;
    }
    s->list_h = y;
    s->laid_gen = ui->text.generation + 1;
}

/* ---- update ------------------------------------------------------------------------------ */

static void follow(ui_SkillsScreen *s, float view)
{
    if (s->cursor >= s->count) return;
    int r = s->row_of[s->cursor];
    /* a theme's first principle brings its heading into view too */
    float y = r > 0 && s->row_item[r - 1] < 0 ? s->row_y[r - 1] : s->row_y[r];
    float bottom = s->row_y[r] + s->row_h[r];
    /* room for the focus ring around the card */
    if (y - 8.0f < s->target) s->target = y - 8.0f;
    if (bottom + 8.0f > s->target + view) s->target = bottom + 8.0f - view;
}

ui_ScreenId ui_skills_update(ui_SkillsScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in)
{
    Layout l;
    layout(ui, &l);
    layout_rows(s, ui, g, l.list.w);
    bool moved = false;
    s->target -= in->wheel * 90.0f - in->scroll * (float)in->dt_ms * 1.5f;
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        if (ui_list_keys(e, &s->cursor, s->count, &s->target, l.list.h * 0.8f, &moved)) continue;
        switch (e->act) {
        case UI_ACT_CONFIRM:
            if (s->cursor >= s->count) return UI_SCREEN_TITLE;
            break;
        case UI_ACT_BACK: return UI_SCREEN_TITLE;
        case UI_ACT_CLICK:
            if (ui_hit(l.back, e->x, e->y)) return UI_SCREEN_TITLE;
            for (int k = 0; k < s->count && ui_hit(l.list, e->x, e->y); k++) {
                int r = s->row_of[k];
                float y = l.list.y - s->scroll + s->row_y[r];
                if (e->y >= y && e->y < y + s->row_h[r]) s->cursor = k;
            }
            break;
        default: break;
        }
    }
    if (moved) follow(s, l.list.h);
    ui_list_ease(&s->scroll, &s->target, s->list_h - l.list.h, ui->reduced_motion);
    return UI_SCREEN_SKILLS;
}

/* ---- draw -------------------------------------------------------------------------------- */

void ui_skills_draw(const ui_SkillsScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    Layout l;
    layout(ui, &l);
    ui_menu_backdrop(ui);
    ui_fill(ui, l.header, t->header);
    ui_text_draw(&ui->text, UI_FONT_TITLE, t->on_header, t->header, ui_tr(ui, UI_S_SKILLS_TITLE),
                 MARGIN, 12.0f, UI_ALIGN_LEFT);
    float by = (l.header.h - ui_text_line_height(&ui->text, UI_FONT_BOLD)) / 2.0f;
    if (g->profile.active)
        ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->on_header, t->header, g->profile.data.name,
                         (float)UI_WIDTH - MARGIN, by, 700.0f, UI_ALIGN_RIGHT);
    char line[512], n[16];
    snprintf(n, sizeof n, "%zu", g->profile.data.run_count);
    size_t runs = g->profile.data.run_count;
    ui_strings_format(line, sizeof line,
                      ui_tr(ui, !g->profile.active ? UI_S_SKILLS_NO_PROFILE
                                : runs == 0        ? UI_S_SKILLS_NO_RUNS
                                : runs == 1        ? UI_S_SKILLS_INTRO_ONE
                                                   : UI_S_SKILLS_INTRO),
                      n, NULL, NULL);
    ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->text, t->bg, line, MARGIN, l.intro_y, l.list.w,
                     UI_ALIGN_LEFT);
    ui_clip(ui, &l.list);
    int focus_row = s->cursor < s->count ? s->row_of[s->cursor] : -1;
    for (int i = 0; i < s->rows; i++) {
        float y = l.list.y - s->scroll + s->row_y[i];
        if (y + s->row_h[i] < l.list.y || y > l.list.y + l.list.h) continue;
        row(s, ui, g, i, true, l.list.x, y, l.list.w, i == focus_row);
    }
    ui_clip(ui, NULL);
    ui_button(ui, l.back, ui_tr(ui, UI_S_COMMON_BACK), UI_BUTTON_PLAIN, s->cursor >= s->count,
              true);
    /* the tests and the certificate, beside the button */
    float sh = ui_text_line_height(&ui->text, UI_FONT_SMALL);
    float ty = l.back.y + l.back.h / 2.0f - (s->certificate[0] && s->tests[0] ? sh : sh / 2.0f);
    float tw = l.back.x - MARGIN - 24.0f;
    if (s->tests[0]) {
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL_BOLD, t->text, t->bg, s->tests, MARGIN, ty, tw,
                         UI_ALIGN_LEFT);
        ty += sh;
    }
    if (s->certificate[0])
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->good, t->bg, s->certificate, MARGIN, ty, tw,
                         UI_ALIGN_LEFT);
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_SKILLS_PAD : UI_S_HINT_SKILLS));
}
