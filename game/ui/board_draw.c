/* Drawing the workshop board (board.h) for a projector: big type, every
 * team in its own colour and line pattern (so colour is never the only
 * cue), the four pages under tabs, the problems with the files on top of
 * every page, and the last thing saved or exported along the bottom. This
 * file has the frame, the layout and the scoreboard; board_pages.c the
 * ratings, the hotwash and the plan. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "board.h"
#include "chart.h"
#include "draw.h"
#include "menu.h"
#include "svara/principles.h"

#define MARGIN 48.0f
#define GAP UI_BOARD_GAP
#define PAD UI_BOARD_PAD
#define PROBLEM_LINES 3

static const float col_frac[UI_BOARD_COLS] = {0.16f, 0.28f, 0.26f, 0.16f, 0.14f};
static const ui_StrId tab_names[UI_BOARD_PAGES] = {UI_S_BOARD_TAB_SCORES, UI_S_BOARD_TAB_PRINCIPLES,
                                                   UI_S_BOARD_TAB_HOTWASH, UI_S_BOARD_TAB_PLAN};

static float lh(ui_Context *ui, ui_FontId f) { return ui_text_line_height(&ui->text, f); }

const char *ui_board_principle(const ui_Context *ui, const ui_Game *g, int k)
{
    if (k < 0 || k >= SV_PRINCIPLE_COUNT) return "–";
    const char *name = g->principles.arena ? sv_text_get(&g->principles.of[k].name, ui->lang) : "";
    return name[0] ? name : sv_principle_name((sv_Principle)k);
}

static const char *back_label(const ui_Context *ui, const ui_Game *g)
{
    return ui_tr(ui, g->board_return == UI_SCREEN_TITLE || g->board_return == UI_SCREEN_QUIT
                         ? UI_S_COMMON_BACK
                         : UI_S_BOARD_CONTINUE);
}

static size_t problem_lines(const ui_Board *b)
{
    return b->problem_count < PROBLEM_LINES ? b->problem_count : PROBLEM_LINES;
}

/* ---- layout -------------------------------------------------------------------------------- */

static size_t card_count(const ui_Board *b)
{
    return b->has_workshop ? b->workshop.team_count : b->team_count;
}

static float card_h(ui_Context *ui)
{
    return 2.0f * PAD + lh(ui, UI_FONT_HEAD) + lh(ui, UI_FONT_SMALL) + 12.0f +
           lh(ui, UI_FONT_TITLE) + 16.0f + 2.0f * (lh(ui, UI_FONT_SMALL_BOLD) + 16.0f);
}

static void scores_layout(ui_Context *ui, const ui_Board *b, ui_BoardLayout *l)
{
    SDL_FRect c = l->content;
    float sl = lh(ui, UI_FONT_HEAD) + 12.0f, bw = sl + 24.0f;
    l->scenario = ui_rect(c.x, c.y, c.w, sl);
    l->next_btn = ui_rect(c.x + c.w - bw, c.y, bw, sl);
    l->prev_btn = ui_rect(l->next_btn.x - bw - 10.0f, c.y, bw, sl);
    size_t n = card_count(b);
    float rows = n > 6 ? 2.0f : 1.0f;
    l->cards = ui_rect(c.x, c.y + sl + 12.0f, c.w, rows * card_h(ui) + (rows - 1.0f) * GAP);
    float top = l->cards.y + l->cards.h + GAP, h = c.y + c.h - top;
    l->chart = ui_rect(c.x, top, floorf(c.w * 0.58f), h);
    l->differ = ui_rect(l->chart.x + l->chart.w + GAP, top, c.w - l->chart.w - GAP, h);
    /* the chart's meter, chosen on the scenario's line, left of its arrows */
    float x = l->prev_btn.x - GAP, ch = lh(ui, UI_FONT_SMALL_BOLD) + 14.0f;
    for (int m = SV_METER_COUNT - 1; m >= 0; m--) {
        float w = ui_text_width(&ui->text, UI_FONT_SMALL_BOLD,
                                ui_tr(ui, (ui_StrId)(UI_S_METER_REPUTATION + m))) +
                  32.0f;
        x -= w;
        l->meters[m] = ui_rect(x, c.y + (sl - ch) / 2.0f, w, ch);
        x -= 8.0f;
    }
}

static void plan_layout(ui_Context *ui, const ui_Board *b, ui_BoardLayout *l)
{
    SDL_FRect c = l->content;
    float bh = lh(ui, UI_FONT_BOLD) + 24.0f;
    float aw = ui_text_width(&ui->text, UI_FONT_BOLD, ui_tr(ui, UI_S_BOARD_PLAN_ADD)) + 56.0f;
    float rw = ui_text_width(&ui->text, UI_FONT_BOLD, ui_tr(ui, UI_S_BOARD_PLAN_REMOVE)) + 56.0f;
    l->remove_btn = ui_rect(c.x + c.w - rw, c.y, rw, bh);
    l->add_btn = ui_rect(l->remove_btn.x - GAP - aw, c.y, aw, bh);
    char intro[UI_PATH_MAX + 256];
    ui_strings_format(intro, sizeof intro, ui_tr(ui, UI_S_BOARD_PLAN_INTRO), b->plan_path, NULL,
                      NULL);
    float ih = ui_text_wrap_height(&ui->text, UI_FONT_BODY, intro, l->add_btn.x - GAP - c.x);
    l->plan_top = c.y + fmaxf(ih, bh) + 14.0f;
    l->plan_head_h = lh(ui, UI_FONT_SMALL_BOLD) + 18.0f;
    float x = c.x;
    for (int i = 0; i < UI_BOARD_COLS; i++) {
        l->col_x[i] = x;
        x += floorf(c.w * col_frac[i]);
    }
    l->col_x[UI_BOARD_COLS] = c.x + c.w;
}

void ui_board_layout(ui_Context *ui, const ui_Board *b, int page, ui_BoardLayout *l)
{
    memset(l, 0, sizeof *l);
    float hh = lh(ui, UI_FONT_TITLE) + 24.0f, th = lh(ui, UI_FONT_BOLD) + 24.0f;
    l->header = ui_rect(0.0f, 0.0f, (float)UI_WIDTH, hh);
    float y = hh + 16.0f, x = MARGIN, w[UI_BOARD_PAGES], ew, all = 0.0f;
    /* the tabs and the two buttons in one row: in the small bold type when
     * the bold one (large text, long words) would not fit, shared out evenly
     * when even that would not */
    for (int pass = 0; pass < 2; pass++) {
        ui_FontId f = pass ? UI_FONT_SMALL_BOLD : UI_FONT_BOLD;
        for (int p = 0; p < UI_BOARD_PAGES; p++)
            all += w[p] = ui_text_width(&ui->text, f, ui_tr(ui, tab_names[p])) + 48.0f;
        ew = ui_text_width(&ui->text, f, ui_tr(ui, UI_S_BOARD_EXPORT)) + 48.0f;
        all += ew + 220.0f + GAP + 10.0f * UI_BOARD_PAGES + GAP;
        if (all <= (float)UI_WIDTH - 2.0f * MARGIN) break;
        if (!pass) {
            all = 0.0f;
            th = fminf(th, lh(ui, UI_FONT_SMALL_BOLD) + 20.0f);
        }
    }
    float room =
        (float)UI_WIDTH - 2.0f * MARGIN - ew - 220.0f - 2.0f * GAP - 10.0f * UI_BOARD_PAGES;
    float tabs = 0.0f;
    for (int p = 0; p < UI_BOARD_PAGES; p++) tabs += w[p];
    for (int p = 0; p < UI_BOARD_PAGES; p++) {
        if (tabs > room) w[p] = room / UI_BOARD_PAGES;
        l->tabs[p] = ui_rect(x, y, w[p], th);
        x += w[p] + 10.0f;
    }
    l->back_btn = ui_rect((float)UI_WIDTH - MARGIN - 220.0f, y, 220.0f, th);
    l->export_btn = ui_rect(l->back_btn.x - GAP - ew, y, ew, th);
    y += th + 14.0f;
    if (b && b->problem_count) {
        float h =
            lh(ui, UI_FONT_SMALL_BOLD) + (float)problem_lines(b) * lh(ui, UI_FONT_SMALL) + 20.0f;
        l->problems = ui_rect(MARGIN, y, (float)UI_WIDTH - 2.0f * MARGIN, h);
        y += h + 12.0f;
    }
    float hint = lh(ui, UI_FONT_SMALL) + 14.0f, nh = lh(ui, UI_FONT_SMALL_BOLD) + 8.0f;
    l->note =
        ui_rect(MARGIN, (float)UI_HEIGHT - hint - nh - 6.0f, (float)UI_WIDTH - 2.0f * MARGIN, nh);
    l->content = ui_rect(MARGIN, y, (float)UI_WIDTH - 2.0f * MARGIN, l->note.y - 8.0f - y);
    if (!b) return;
    if (page == UI_BOARD_SCORES) scores_layout(ui, b, l);
    if (page == UI_BOARD_PLAN) plan_layout(ui, b, l);
}

const char *ui_board_cell(const ui_Context *ui, const ui_Game *g, const sv_PlanRow *row, int col,
                          char *buf, size_t size)
{
    const char *text = col == 0   ? ui_board_principle(ui, g, row->principle)
                       : col == 1 ? row->issue
                       : col == 2 ? row->action
                       : col == 3 ? row->responsible
                                  : row->due;
    snprintf(buf, size, "%s", text);
    return buf;
}

float ui_board_plan_row_h(ui_Context *ui, const ui_Game *g, const ui_BoardLayout *l, uint32_t i)
{
    const sv_PlanRow *row = &g->board->plan->rows[i];
    /* the principle's name in bold over its id, and room for " ◀▶" while it is chosen */
    char name[256];
    snprintf(name, sizeof name, "%s ◀▶", ui_board_principle(ui, g, row->principle));
    float h =
        ui_text_wrap_height(&ui->text, UI_FONT_BOLD, name, l->col_x[1] - l->col_x[0] - 28.0f) +
        lh(ui, UI_FONT_SMALL) + 8.0f;
    const char *texts[UI_BOARD_COLS] = {"", row->issue, row->action, row->responsible, row->due};
    for (int c = 1; c < UI_BOARD_COLS; c++)
        if (texts[c][0])
            h = fmaxf(h, ui_text_wrap_height(&ui->text, UI_FONT_BODY, texts[c],
                                             l->col_x[c + 1] - l->col_x[c] - 28.0f));
    return h + 22.0f;
}

/* ---- the frame ------------------------------------------------------------------------------ */

static void draw_header(ui_Context *ui, const ui_Game *g, const ui_BoardLayout *l)
{
    const ui_Theme *t = &ui->theme;
    const ui_Board *b = g->board;
    ui_fill(ui, l->header, t->header);
    float tw = ui_text_draw(&ui->text, UI_FONT_TITLE, t->on_header, t->header,
                            ui_tr(ui, UI_S_BOARD_TITLE), MARGIN, 12.0f, UI_ALIGN_LEFT);
    if (!b || !b->has_workshop) return;
    const sv_Workshop *w = &b->workshop;
    char pack[160], seed[32], line[512];
    snprintf(pack, sizeof pack, "%s %s", w->pack, w->pack_version);
    snprintf(seed, sizeof seed, "%llu", (unsigned long long)w->seed);
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_BOARD_INFO), pack, seed,
                      w->facilitator.name);
    float y = (l->header.h - lh(ui, UI_FONT_BOLD)) / 2.0f;
    float iw = ui_text_draw(&ui->text, UI_FONT_SMALL, t->on_header, t->header, line,
                            (float)UI_WIDTH - MARGIN, y + 4.0f, UI_ALIGN_RIGHT);
    ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->on_header, t->header, w->name, MARGIN + tw + 40.0f,
                     y, (float)UI_WIDTH - 2.0f * MARGIN - tw - iw - 80.0f, UI_ALIGN_LEFT);
}

static void draw_tabs(const ui_BoardScreen *s, ui_Context *ui, const ui_Game *g,
                      const ui_BoardLayout *l)
{
    for (int p = 0; p < UI_BOARD_PAGES; p++)
        ui_button(ui, l->tabs[p], ui_tr(ui, tab_names[p]),
                  p == s->page ? UI_BUTTON_PRIMARY : UI_BUTTON_PLAIN, false, true);
    ui_button(ui, l->export_btn, ui_tr(ui, UI_S_BOARD_EXPORT), UI_BUTTON_PLAIN, false,
              g->board && g->board->merged);
    ui_button(ui, l->back_btn, back_label(ui, g), UI_BUTTON_PLAIN, false, true);
}

/* "file.json:3:4: error: ..." without the folders before the file's name. */
static const char *short_problem(const char *line)
{
    const char *colon = strstr(line, ": "), *name = line;
    for (const char *c = line; colon && c < colon; c++)
        if (*c == '/') name = c + 1;
    return name;
}

/* The file a problem line is about: up to its first ':'. */
static size_t file_len(const char *line, size_t len)
{
    const char *colon = memchr(line, ':', len);
    return colon ? (size_t)(colon - line) : len;
}

/* Which problem lines to show: the first of each file, then the others, in order. */
static size_t pick_problems(const ui_Board *b, const char **at, size_t *lens)
{
    const char *lines[64];
    size_t lengths[64], n = 0, picked = 0;
    for (const char *p = b->problems; *p && n < 64;) {
        const char *end = strchr(p, '\n');
        lengths[n] = end ? (size_t)(end - p) : strlen(p);
        lines[n++] = p;
        p += lengths[n - 1] + (end ? 1 : 0);
    }
    bool used[64] = {false};
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < n && picked < PROBLEM_LINES; i++) {
            bool first = true;
            for (size_t j = 0; j < i && pass == 0; j++)
                first &= file_len(lines[j], lengths[j]) != file_len(lines[i], lengths[i]) ||
                         strncmp(lines[j], lines[i], file_len(lines[i], lengths[i])) != 0;
            if (used[i] || !first) continue;
            used[i] = true;
            at[picked] = lines[i];
            lens[picked++] = lengths[i];
        }
    return picked;
}

static void draw_problems(ui_Context *ui, const ui_Board *b, SDL_FRect r)
{
    const ui_Theme *t = &ui->theme;
    ui_panel(ui, r, 12.0f, t->surface, t->bad);
    char n[32], line[256];
    snprintf(n, sizeof n, "%zu", b->problem_count);
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_BOARD_PROBLEMS), n, NULL, NULL);
    float x = r.x + PAD, y = r.y + 10.0f;
    ui_text_draw_fit(&ui->text, UI_FONT_SMALL_BOLD, t->bad, t->surface, line, x, y, r.w - 2 * PAD,
                     UI_ALIGN_LEFT);
    y += lh(ui, UI_FONT_SMALL_BOLD);
    const char *at[PROBLEM_LINES];
    size_t lens[PROBLEM_LINES], shown = pick_problems(b, at, lens);
    for (size_t i = 0; i < shown; i++) {
        char one[1024];
        snprintf(one, sizeof one, "%.*s", (int)(lens[i] < sizeof one ? lens[i] : sizeof one - 1),
                 at[i]);
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->text, t->surface, short_problem(one), x, y,
                         r.w - 2 * PAD, UI_ALIGN_LEFT);
        y += lh(ui, UI_FONT_SMALL);
    }
}

/* ---- the scoreboard ------------------------------------------------------------------------- */

static SDL_Color team_colour(const ui_Theme *t, size_t i) { return t->avatar[i % 8]; }

static const sv_Result *team_result(const ui_Board *b, size_t i)
{
    const char *id = b->has_workshop ? b->workshop.teams[i].id : b->results[i].team.id;
    for (size_t r = 0; r < b->team_count; r++)
        if (strcmp(b->results[r].team.id, id) == 0) return &b->results[r];
    return NULL;
}

static const sv_ResultPlay *team_play(const ui_Board *b, size_t i, int scenario)
{
    const sv_Result *r = team_result(b, i);
    if (!r || !b->has_workshop || scenario >= (int)b->workshop.scenario_count) return NULL;
    for (uint32_t p = 0; p < r->play_count; p++)
        if (strcmp(r->plays[p].scenario, b->workshop.scenarios[scenario]) == 0) return &r->plays[p];
    return NULL;
}

static const char *team_name(const ui_Board *b, size_t i)
{
    return b->has_workshop ? b->workshop.teams[i].name : b->results[i].team.name;
}

static void card_meters(ui_Context *ui, const sv_ResultPlay *p, SDL_FRect r, float y,
                        int32_t reach_max)
{
    const ui_Theme *t = &ui->theme;
    float cw = (r.w - 2.0f * PAD - 6.0f - GAP) / 2.0f, rh = lh(ui, UI_FONT_SMALL_BOLD) + 16.0f;
    for (int m = 0; m < SV_METER_COUNT; m++) {
        float x = r.x + PAD + 6.0f + (float)(m % 2) * (cw + GAP), my = y + (float)(m / 2) * rh;
        char v[32];
        if (m == SV_METER_REACH)
            ui_format_count((uint32_t)(p->meters[m] > 0 ? p->meters[m] : 0), v, sizeof v);
        else
            ui_format_tenths(ui, p->meters[m], v, sizeof v);
        /* the value whole on the right, the meter's name in what room is left */
        float vw = ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, t->text, t->surface, v, x + cw, my,
                                UI_ALIGN_RIGHT);
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->muted, t->surface,
                         ui_tr(ui, (ui_StrId)(UI_S_METER_REPUTATION + m)), x, my, cw - vw - 10.0f,
                         UI_ALIGN_LEFT);
        int32_t max = m == SV_METER_REACH ? reach_max : SV_METER_MAX;
        ui_bar(ui, ui_rect(x, my + lh(ui, UI_FONT_SMALL_BOLD) + 2.0f, cw, 8.0f),
               (float)p->meters[m] / (float)(max > 0 ? max : 1), t->meter[m], t->sunken);
    }
}

/* What the team's answer to a decision was, in words (defined below). */
static const char *answer_of(const ui_Context *ui, const sv_ResultDecision *rd);

/* A run still going: "in progress" on an accent chip where passed or not
 * would be, and under it how many decisions it has answered and its latest
 * answer, where the ending would be. */
static void live_status(ui_Context *ui, const sv_ResultPlay *p, float x, float y, float tx,
                        float tw)
{
    const ui_Theme *t = &ui->theme;
    const char *label = ui_tr(ui, UI_S_BOARD_LIVE);
    float cw = ui_text_width(&ui->text, UI_FONT_SMALL_BOLD, label) + 20.0f;
    SDL_FRect chip = ui_rect(x, y + 4.0f, cw, lh(ui, UI_FONT_SMALL_BOLD) + 4.0f);
    ui_fill_round(ui, chip, 8.0f, t->accent);
    ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, t->on_accent, t->accent, label, x + 10.0f, y + 6.0f,
                 UI_ALIGN_LEFT);
    char n[16], count[128], last[512], both[700];
    snprintf(n, sizeof n, "%u", p->decision_count);
    ui_strings_format(count, sizeof count, ui_tr(ui, UI_S_BOARD_LIVE_SO_FAR), n, NULL, NULL);
    if (p->decision_count) {
        ui_strings_format(last, sizeof last, ui_tr(ui, UI_S_BOARD_LIVE_LAST),
                          answer_of(ui, &p->decisions[p->decision_count - 1]), NULL, NULL);
        snprintf(both, sizeof both, "%s · %s", count, last);
    } else {
        snprintf(both, sizeof both, "%s", count);
    }
    ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->muted, t->surface, both, tx,
                     y + 6.0f + lh(ui, UI_FONT_BOLD), tw, UI_ALIGN_LEFT);
}

static void draw_card(ui_Context *ui, const ui_Board *b, size_t i, int scenario, SDL_FRect r,
                      int32_t reach_max)
{
    const ui_Theme *t = &ui->theme;
    ui_panel(ui, r, 14.0f, t->surface, t->border);
    ui_fill_round(ui, ui_rect(r.x, r.y, 10.0f, r.h), 5.0f, team_colour(t, i));
    float x = r.x + PAD + 6.0f, w = r.w - 2.0f * PAD - 6.0f, y = r.y + PAD;
    ui_chart_swatch(ui, r.x + r.w - PAD - 44.0f, y + lh(ui, UI_FONT_HEAD) / 2.0f, 44.0f,
                    (int)(i % 4), team_colour(t, i));
    ui_text_draw_fit(&ui->text, UI_FONT_HEAD, t->text, t->surface, team_name(b, i), x, y, w - 60.0f,
                     UI_ALIGN_LEFT);
    y += lh(ui, UI_FONT_HEAD);
    char members[1024] = "";
    const sv_Team *team = b->has_workshop ? &b->workshop.teams[i] : &b->results[i].team;
    for (uint32_t m = 0; m < team->member_count; m++) {
        size_t used = strlen(members);
        snprintf(members + used, sizeof members - used, "%s%s", m ? ", " : "",
                 team->members[m].name);
    }
    ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->muted, t->surface, members, x, y, w,
                     UI_ALIGN_LEFT);
    y += lh(ui, UI_FONT_SMALL) + 12.0f;
    const sv_ResultPlay *p = team_play(b, i, scenario);
    if (!p) {
        char line[256];
        if (team_result(b, i))
            snprintf(line, sizeof line, "%s", ui_tr(ui, UI_S_BOARD_NOT_PLAYED));
        else
            ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_BOARD_NO_RESULT), team_name(b, i),
                              NULL, NULL);
        ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->muted, t->surface, line, x, y, w, 2);
        return;
    }
    float gh = lh(ui, UI_FONT_TITLE);
    SDL_FRect g = ui_rect(x, y, gh + 10.0f, gh);
    ui_fill_round(ui, g, 10.0f, t->accent);
    char letter[2] = {p->grade, '\0'}, line[256], n[16];
    ui_text_draw(&ui->text, UI_FONT_TITLE, t->on_accent, t->accent, letter, g.x + g.w / 2.0f, g.y,
                 UI_ALIGN_CENTRE);
    float tx = g.x + g.w + GAP, tw = w - g.w - GAP;
    snprintf(n, sizeof n, "%d", p->score);
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_BOARD_SCORE), n, NULL, NULL);
    float sw = ui_text_draw(&ui->text, UI_FONT_BOLD, t->text, t->surface, line, tx, y + 2.0f,
                            UI_ALIGN_LEFT);
    if (p->in_progress) {
        live_status(ui, p, tx + sw + 14.0f, y, tx, tw);
    } else {
        bool passed = p->score >= p->pass_score;
        ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, passed ? t->good : t->bad, t->surface,
                     ui_tr(ui, passed ? UI_S_BOARD_PASSED : UI_S_BOARD_FAILED), tx + sw + 14.0f,
                     y + 6.0f, UI_ALIGN_LEFT);
        ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_BOARD_ENDING),
                          p->ending_title[0] ? p->ending_title : ui_tr(ui, UI_S_BOARD_NO_ENDING),
                          NULL, NULL);
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->muted, t->surface, line, tx,
                         y + 6.0f + lh(ui, UI_FONT_BOLD), tw, UI_ALIGN_LEFT);
    }
    card_meters(ui, p, r, y + gh + 16.0f, reach_max);
}

static uint32_t scenario_end(const ui_Board *b, int scenario, int32_t *reach_max)
{
    uint32_t end = 1000u;
    *reach_max = 100;
    for (size_t i = 0; i < card_count(b); i++) {
        const sv_ResultPlay *p = team_play(b, i, scenario);
        if (!p) continue;
        /* a run in progress gets room to go on: a quarter more, to the next whole minute */
        uint32_t e = p->end_ms;
        if (p->in_progress)
            e = (e + e / 4u + SV_MS_PER_MINUTE - 1u) / SV_MS_PER_MINUTE * SV_MS_PER_MINUTE;
        if (e > end) end = e;
        if (p->meters[SV_METER_REACH] > *reach_max) *reach_max = p->meters[SV_METER_REACH];
        for (uint32_t h = 0; h < p->history_count; h++)
            if (p->history[h].meters[SV_METER_REACH] > *reach_max)
                *reach_max = p->history[h].meters[SV_METER_REACH];
    }
    return end;
}

static void draw_chart(const ui_BoardScreen *s, ui_Context *ui, const ui_Board *b,
                       const ui_BoardLayout *l)
{
    const ui_Theme *t = &ui->theme;
    SDL_FRect a = l->chart;
    ui_panel(ui, a, 16.0f, t->surface, t->border);
    const char *title = ui_tr(ui, UI_S_BOARD_CHART);
    ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->accent, t->surface, title, a.x + PAD, a.y + 14.0f,
                     a.w - 2.0f * PAD, UI_ALIGN_LEFT);
    for (int m = 0; m < SV_METER_COUNT; m++)
        ui_button(ui, l->meters[m], ui_tr(ui, (ui_StrId)(UI_S_METER_REPUTATION + m)),
                  m == s->meter ? UI_BUTTON_PRIMARY : UI_BUTTON_QUIET, false, true);
    /* the legend: each team's pattern and name, as many rows as it takes */
    size_t n = card_count(b);
    float lrow = lh(ui, UI_FONT_SMALL_BOLD) + 8.0f, lx = a.x + PAD, rows = 1.0f;
    float xs[SV_WORKSHOP_MAX_TEAMS], ys[SV_WORKSHOP_MAX_TEAMS];
    for (size_t i = 0; i < n; i++) {
        float w = 54.0f + ui_text_width(&ui->text, UI_FONT_SMALL_BOLD, team_name(b, i)) + 30.0f;
        if (lx + w > a.x + a.w - PAD && lx > a.x + PAD) {
            lx = a.x + PAD;
            rows += 1.0f;
        }
        xs[i] = lx;
        ys[i] = (rows - 1.0f) * lrow;
        lx += w;
    }
    float legend_top = a.y + a.h - 12.0f - rows * lrow;
    for (size_t i = 0; i < n; i++) {
        float y = legend_top + ys[i];
        ui_chart_swatch(ui, xs[i], y + (lrow - 8.0f) / 2.0f, 44.0f, (int)(i % 4),
                        team_colour(t, i));
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL_BOLD, t->text, t->surface, team_name(b, i),
                         xs[i] + 54.0f, y, a.w * 0.5f, UI_ALIGN_LEFT);
    }
    int32_t reach_max;
    uint32_t end = scenario_end(b, s->scenario, &reach_max);
    int32_t max = s->meter == SV_METER_REACH ? reach_max : SV_METER_MAX;
    char most[32];
    ui_format_count((uint32_t)reach_max, most, sizeof most);
    float left =
        ui_text_width(&ui->text, UI_FONT_SMALL, s->meter == SV_METER_REACH ? most : "100") + 34.0f;
    float top = a.y + 14.0f + lh(ui, UI_FONT_BOLD) + 24.0f;
    SDL_FRect plot = {a.x + left, top, a.w - left - 40.0f,
                      legend_top - top - lh(ui, UI_FONT_SMALL) - 30.0f};
    ui_chart_axes(ui, plot, end, s->meter == SV_METER_REACH ? reach_max : 100, -1, t->surface);
    for (size_t i = n; i-- > 0;) {
        const sv_ResultPlay *p = team_play(b, i, s->scenario);
        if (!p) continue;
        ui_ChartSeries line = {.samples = p->history,
                               .count = p->history_count,
                               .final = p->meters[s->meter],
                               .colour = team_colour(t, i),
                               .style = (int)(i % 4),
                               .until_ms = p->in_progress ? p->end_ms : 0};
        ui_chart_series(ui, plot, end, s->meter, max, &line);
    }
}

static const char *answer_of(const ui_Context *ui, const sv_ResultDecision *rd)
{
    if (rd->reply[0]) return rd->reply;
    for (uint32_t c = 0; c < rd->choice_count; c++)
        if (rd->option[0] && strcmp(rd->choices[c].id, rd->option) == 0) return rd->choices[c].text;
    return ui_tr(ui, UI_S_BOARD_NOTHING_SENT);
}

/* What team i answered to the decision: the words that went out, else the option's text. */
static const char *answer(const ui_Context *ui, const sv_ResultPlay *p, const char *decision)
{
    for (uint32_t d = 0; p && d < p->decision_count; d++)
        if (strcmp(p->decisions[d].decision, decision) == 0) return answer_of(ui, &p->decisions[d]);
    return NULL;
}

static bool differs(const sv_ReportSpread *sp) { return sp->distinct > 1 || sp->spread > 0; }

/* Only team k has played the scenario (the first team, maybe still
 * playing): nothing to compare yet, so its answers, the latest first. */
static void one_team(ui_Context *ui, const ui_Board *b, size_t k, const sv_ResultPlay *p, float x,
                     float y, float w, float bottom)
{
    const ui_Theme *t = &ui->theme;
    char line[512];
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_BOARD_DIFFERED_ONE), team_name(b, k), NULL,
                      NULL);
    y += ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->muted, t->surface, line, x, y, w, 2) + 8.0f;
    for (uint32_t d = p->decision_count; d-- > 0;) {
        const sv_ResultDecision *rd = &p->decisions[d];
        if (d + 1 < p->decision_count &&
            y + 2.0f * lh(ui, UI_FONT_BOLD) + lh(ui, UI_FONT_BODY) > bottom)
            break;
        y +=
            ui_text_draw_wrap(&ui->text, UI_FONT_BOLD, t->text, t->surface, rd->prompt, x, y, w, 2);
        char row[1024];
        snprintf(row, sizeof row, "%s: %s", team_name(b, k), answer_of(ui, rd));
        ui_chart_swatch(ui, x, y + lh(ui, UI_FONT_BODY) / 2.0f, 30.0f, (int)(k % 4),
                        team_colour(t, k));
        ui_text_draw_fit(&ui->text, UI_FONT_BODY, t->text, t->surface, row, x + 40.0f, y, w - 40.0f,
                         UI_ALIGN_LEFT);
        y += lh(ui, UI_FONT_BODY) + 14.0f;
    }
}

static void draw_differ(const ui_BoardScreen *s, ui_Context *ui, const ui_Board *b, SDL_FRect a)
{
    const ui_Theme *t = &ui->theme;
    ui_panel(ui, a, 16.0f, t->surface, t->border);
    float x = a.x + PAD, w = a.w - 2.0f * PAD, y = a.y + 14.0f, bottom = a.y + a.h - 12.0f;
    ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->accent, t->surface, ui_tr(ui, UI_S_BOARD_DIFFERED),
                     x, y, w, UI_ALIGN_LEFT);
    y += lh(ui, UI_FONT_BOLD) + 10.0f;
    const char *sc = b->has_workshop && s->scenario < (int)b->workshop.scenario_count
                         ? b->workshop.scenarios[s->scenario]
                         : "";
    size_t n = card_count(b);
    bool any = false;
    for (size_t i = 0; i < b->spread_count; i++) {
        const sv_ReportSpread *sp = &b->spreads[i];
        if (strcmp(sp->scenario, sc) != 0 || !differs(sp)) continue;
        float need = 2.0f * lh(ui, UI_FONT_BOLD) + lh(ui, UI_FONT_SMALL) +
                     (float)sp->teams * lh(ui, UI_FONT_BODY);
        if (any && y + need > bottom) break;
        any = true;
        y +=
            ui_text_draw_wrap(&ui->text, UI_FONT_BOLD, t->text, t->surface, sp->prompt, x, y, w, 2);
        char count[16], pts[32], line[160];
        snprintf(count, sizeof count, "%u", sp->distinct);
        ui_format_tenths(ui, (int32_t)(sp->spread > 1000000 ? 1000000 : sp->spread), pts,
                         sizeof pts);
        ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_BOARD_DIFFERED_LINE), count, pts, NULL);
        ui_text_draw(&ui->text, UI_FONT_SMALL, t->muted, t->surface, line, x, y, UI_ALIGN_LEFT);
        y += lh(ui, UI_FONT_SMALL) + 4.0f;
        for (size_t k = 0; k < n; k++) {
            const char *ans = answer(ui, team_play(b, k, s->scenario), sp->decision);
            if (!ans) continue;
            char row[1024];
            snprintf(row, sizeof row, "%s: %s", team_name(b, k), ans);
            ui_chart_swatch(ui, x, y + lh(ui, UI_FONT_BODY) / 2.0f, 30.0f, (int)(k % 4),
                            team_colour(t, k));
            ui_text_draw_fit(&ui->text, UI_FONT_BODY, t->text, t->surface, row, x + 40.0f, y,
                             w - 40.0f, UI_ALIGN_LEFT);
            y += lh(ui, UI_FONT_BODY);
        }
        y += 14.0f;
    }
    size_t played = 0, one = 0;
    for (size_t k = 0; k < n; k++)
        if (team_play(b, k, s->scenario)) played++, one = k;
    if (!any && played == 1)
        one_team(ui, b, one, team_play(b, one, s->scenario), x, y, w, bottom);
    else if (!any)
        ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->muted, t->surface,
                          ui_tr(ui, played ? UI_S_BOARD_DIFFERED_NONE : UI_S_BOARD_NOT_PLAYED), x,
                          y, w, 0);
}

static void draw_scores(const ui_BoardScreen *s, ui_Context *ui, const ui_Game *g,
                        const ui_BoardLayout *l)
{
    const ui_Theme *t = &ui->theme;
    const ui_Board *b = g->board;
    int sc = b->has_workshop ? (int)b->workshop.scenario_count : 0;
    if (sc > 0) {
        const char *title = b->workshop.scenarios[s->scenario];
        for (size_t i = 0; i < card_count(b); i++) {
            const sv_ResultPlay *p = team_play(b, i, s->scenario);
            if (p && p->title[0]) title = p->title;
        }
        char at[16], of[16], line[512];
        snprintf(at, sizeof at, "%d", s->scenario + 1);
        snprintf(of, sizeof of, "%d", sc);
        ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_BOARD_SCENARIO), at, of, title);
        ui_text_draw_fit(&ui->text, UI_FONT_HEAD, t->text, t->bg, line, l->scenario.x,
                         l->scenario.y + 4.0f, l->meters[0].x - l->scenario.x - GAP, UI_ALIGN_LEFT);
        if (sc > 1) {
            ui_button(ui, l->prev_btn, "◀", UI_BUTTON_PLAIN, false, true);
            ui_button(ui, l->next_btn, "▶", UI_BUTTON_PLAIN, false, true);
        }
    }
    size_t n = card_count(b);
    if (!n) return;
    int32_t reach_max;
    scenario_end(b, s->scenario, &reach_max);
    size_t per_row = n > 6 ? (n + 1) / 2 : n;
    float cw = (l->cards.w - (float)(per_row - 1) * GAP) / (float)per_row, ch = card_h(ui);
    for (size_t i = 0; i < n; i++) {
        SDL_FRect r = ui_rect(l->cards.x + (float)(i % per_row) * (cw + GAP),
                              l->cards.y + (float)(i / per_row) * (ch + GAP), cw, ch);
        draw_card(ui, b, i, s->scenario, r, reach_max);
    }
    draw_chart(s, ui, b, l);
    draw_differ(s, ui, b, l->differ);
}

/* ---- the screen ----------------------------------------------------------------------------- */

float ui_board_content_height(ui_Context *ui, const ui_Game *g, int page, const ui_BoardLayout *l)
{
    const ui_Board *b = g->board;
    if (!b || (!b->merged && page != UI_BOARD_PLAN)) return 0.0f;
    switch (page) {
    case UI_BOARD_PRINCIPLES: return ui_board_ratings_height(ui, g, l);
    case UI_BOARD_HOTWASH: return ui_board_hotwash_height(ui, g, l);
    case UI_BOARD_PLAN: return b->has_workshop ? ui_board_plan_height(ui, g, l) : 0.0f;
    default: return l->content.h;
    }
}

static ui_StrId hint(const ui_BoardScreen *s, const ui_Context *ui)
{
    if (s->page != UI_BOARD_PLAN) return ui->pad_active ? UI_S_HINT_BOARD_PAD : UI_S_HINT_BOARD;
    if (s->editing) return ui->pad_active ? UI_S_HINT_BOARD_EDIT_PAD : UI_S_HINT_BOARD_EDIT;
    return ui->pad_active ? UI_S_HINT_BOARD_PLAN_PAD : UI_S_HINT_BOARD_PLAN;
}

void ui_board_draw(const ui_BoardScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    const ui_Board *b = g->board;
    ui_BoardLayout l;
    ui_board_layout(ui, b, s->page, &l);
    ui_menu_backdrop(ui);
    draw_header(ui, g, &l);
    draw_tabs(s, ui, g, &l);
    if (b && b->problem_count) draw_problems(ui, b, l.problems);
    bool data = b && (s->page == UI_BOARD_PLAN ? b->has_workshop : b->merged);
    if (!data) {
        ui_text_draw(&ui->text, UI_FONT_HEAD, t->muted, t->bg, ui_tr(ui, UI_S_BOARD_NOTHING),
                     l.content.x, l.content.y + 20.0f, UI_ALIGN_LEFT);
    } else if (s->page == UI_BOARD_SCORES) {
        draw_scores(s, ui, g, &l);
    } else {
        ui_clip(ui, &l.content);
        if (s->page == UI_BOARD_PRINCIPLES) ui_board_draw_ratings(s, ui, g, &l);
        if (s->page == UI_BOARD_HOTWASH) ui_board_draw_hotwash(s, ui, g, &l);
        ui_clip(ui, NULL);
        if (s->page == UI_BOARD_PLAN) ui_board_draw_plan(s, ui, g, &l);
    }
    if (s->note[0])
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL_BOLD, s->note_bad ? t->bad : t->accent, t->bg,
                         s->note, l.note.x, l.note.y + 4.0f, l.note.w, UI_ALIGN_LEFT);
    ui_hint_bar(ui, ui_tr(ui, hint(s, ui)));
}
