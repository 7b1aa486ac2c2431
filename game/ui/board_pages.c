/* The workshop board's three pages of tables and words (board.h): the
 * P/S/M/U ratings per principle and team, the hotwash (what went well, what
 * did not, what to improve, in plain words worked out from the ratings and
 * the spreads) and the improvement plan's table with the cell being edited.
 * board_draw.c draws the frame and the scoreboard. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "board.h"
#include "draw.h"
#include "svara/debrief.h"
#include "svara/principles.h"

#define GAP UI_BOARD_GAP
#define PAD UI_BOARD_PAD
#define HOT_TEXT 640

static const ui_StrId col_names[UI_BOARD_COLS] = {UI_S_BOARD_PRINCIPLE, UI_S_BOARD_PLAN_ISSUE,
                                                  UI_S_BOARD_PLAN_ACTION,
                                                  UI_S_BOARD_PLAN_RESPONSIBLE, UI_S_BOARD_PLAN_DUE};

static float lh(ui_Context *ui, ui_FontId f) { return ui_text_line_height(&ui->text, f); }

/* ---- the ratings ---------------------------------------------------------------------------- */

static SDL_Color rating_fill(sv_Rating r)
{
    static const uint32_t fills[] = {0xf1f3f6, 0xcfe8cf, 0xf3eab0, 0xf5c99b, 0xeba5a5};
    return ui_theme_rgb(fills[(unsigned)r < 5 ? r : 0]);
}

/* The principles some team was rated on, in the principles file's order. */
static int observed(const ui_Game *g, int *out)
{
    const ui_Board *b = g->board;
    int n = 0;
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) {
        bool any = false;
        for (size_t t = 0; t < b->team_count; t++)
            any |= b->report.cells[t][k].rating != SV_RATING_NONE;
        if (!any) continue;
        int at = n++;
        uint32_t rank = g->principles.arena ? g->principles.of[k].rank : (uint32_t)k;
        for (; at > 0; at--) {
            int o = out[at - 1];
            if ((g->principles.arena ? g->principles.of[o].rank : (uint32_t)o) <= rank) break;
            out[at] = out[at - 1];
        }
        out[at] = k;
    }
    return n;
}

static float ratings_row_h(ui_Context *ui) { return lh(ui, UI_FONT_BOLD) + 22.0f; }

float ui_board_ratings_height(ui_Context *ui, const ui_Game *g, const ui_BoardLayout *l)
{
    int rows[SV_PRINCIPLE_COUNT];
    float intro = ui_text_wrap_height(&ui->text, UI_FONT_BODY, ui_tr(ui, UI_S_BOARD_RATINGS_INTRO),
                                      l->content.w);
    return intro + 16.0f + (float)(observed(g, rows) + 1) * ratings_row_h(ui);
}

void ui_board_draw_ratings(const ui_BoardScreen *s, ui_Context *ui, const ui_Game *g,
                           const ui_BoardLayout *l)
{
    const ui_Theme *t = &ui->theme;
    const ui_Board *b = g->board;
    SDL_FRect c = l->content;
    float y = c.y - s->scroll;
    y += ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->text, t->bg,
                           ui_tr(ui, UI_S_BOARD_RATINGS_INTRO), c.x, y, c.w, 0) +
         16.0f;
    int rows[SV_PRINCIPLE_COUNT], n = observed(g, rows);
    if (!n) {
        ui_text_draw(&ui->text, UI_FONT_BODY, t->muted, t->bg, ui_tr(ui, UI_S_BOARD_NONE_OBSERVED),
                     c.x, y, UI_ALIGN_LEFT);
        return;
    }
    float rh = ratings_row_h(ui), first = fminf(640.0f, c.w * 0.36f);
    float tw = (c.w - first) / (float)b->team_count;
    SDL_FRect head = ui_rect(c.x, y, c.w, rh);
    ui_fill(ui, head, t->header);
    ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->on_header, t->header,
                     ui_tr(ui, UI_S_BOARD_PRINCIPLE), c.x + PAD, y + 11.0f, first - 2 * PAD,
                     UI_ALIGN_LEFT);
    for (size_t i = 0; i < b->team_count; i++) {
        /* a team still playing: its ratings so far */
        char name[256];
        bool live = (int)i == b->live;
        snprintf(name, sizeof name, "%s%s%s", b->results[i].team.name, live ? " · " : "",
                 live ? ui_tr(ui, UI_S_BOARD_LIVE) : "");
        ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->on_header, t->header, name,
                         c.x + first + (float)i * tw + 12.0f, y + 11.0f, tw - 24.0f, UI_ALIGN_LEFT);
    }
    y += rh;
    for (int r = 0; r < n; r++, y += rh) {
        if (y + rh < c.y || y > c.y + c.h) continue;
        int k = rows[r];
        SDL_Color fill = r % 2 ? t->sunken : t->surface;
        ui_fill(ui, ui_rect(c.x, y, c.w, rh), fill);
        char name[256];
        snprintf(name, sizeof name, "%s", ui_board_principle(ui, g, k));
        float nw = ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->text, fill, name, c.x + PAD,
                                    y + 11.0f, first - 2 * PAD, UI_ALIGN_LEFT);
        const char *id = sv_principle_name((sv_Principle)k);
        if (nw + 14.0f + ui_text_width(&ui->text, UI_FONT_SMALL, id) < first - 2 * PAD)
            ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->muted, fill, id, c.x + PAD + nw + 14.0f,
                             y + 15.0f, first - 2 * PAD - nw - 14.0f, UI_ALIGN_LEFT);
        for (size_t i = 0; i < b->team_count; i++) {
            const sv_ReportCell *cell = &b->report.cells[i][k];
            float x = c.x + first + (float)i * tw + 12.0f;
            SDL_FRect chip = ui_rect(x, y + 6.0f, 64.0f, rh - 12.0f);
            SDL_Color cf = rating_fill(cell->rating);
            ui_fill_round(ui, chip, 8.0f, cf);
            ui_text_draw(&ui->text, UI_FONT_BOLD, t->text, cf,
                         cell->rating == SV_RATING_NONE ? "–" : sv_rating_name(cell->rating),
                         chip.x + chip.w / 2.0f, y + 11.0f, UI_ALIGN_CENTRE);
            if (cell->rating == SV_RATING_NONE) continue;
            char counts[32];
            snprintf(counts, sizeof counts, "%u / %u", cell->followed, cell->broken);
            ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->muted, fill, counts, x + 78.0f, y + 15.0f,
                             tw - 100.0f, UI_ALIGN_LEFT);
        }
    }
}

/* ---- the hotwash ---------------------------------------------------------------------------- */

/* Teams rated r on principle k, "Red team, Blue team". */
static void teams_rated(const ui_Board *b, int k, sv_Rating r, char *out, size_t size)
{
    out[0] = '\0';
    for (size_t t = 0; t < b->team_count; t++)
        if (b->report.cells[t][k].rating == r) {
            size_t used = strlen(out);
            snprintf(out + used, size - used, "%s%s", used ? ", " : "", b->results[t].team.name);
        }
}

static int well_items(const ui_Context *ui, const ui_Game *g, char items[][HOT_TEXT])
{
    const ui_Board *b = g->board;
    int n = 0, best = -1;
    int32_t best_score = -1;
    for (size_t t = 0; t < b->team_count; t++) {
        int32_t sum = 0, plays = 0; /* finished plays: a run still going has no grade yet */
        for (uint32_t p = 0; p < b->results[t].play_count; p++)
            if (!b->results[t].plays[p].in_progress) sum += b->results[t].plays[p].score, plays++;
        int32_t mean = plays ? sum / plays : -1;
        if (mean > best_score) best_score = mean, best = (int)t;
    }
    char a[16], c[16];
    if (best >= 0 && best_score >= 0) {
        char letter[2] = {sv_grade_letter(best_score), '\0'};
        snprintf(a, sizeof a, "%d", best_score);
        ui_strings_format(items[n++], HOT_TEXT, ui_tr(ui, UI_S_BOARD_WELL_BEST),
                          b->results[best].team.name, letter, a);
    }
    for (int i = 0; i < b->well_count && n < UI_BOARD_HOT; i++) {
        int k = b->well[i], count = 0;
        for (size_t t = 0; t < b->team_count; t++)
            count += b->report.cells[t][k].rating == SV_RATING_P;
        snprintf(a, sizeof a, "%d", count);
        snprintf(c, sizeof c, "%zu", b->team_count);
        char name[256];
        snprintf(name, sizeof name, "%s", ui_board_principle(ui, g, k));
        ui_strings_format(items[n++], HOT_TEXT, ui_tr(ui, UI_S_BOARD_WELL_ITEM), name, a, c);
    }
    if (b->merged && !b->well_count && n < UI_BOARD_HOT)
        snprintf(items[n++], HOT_TEXT, "%s", ui_tr(ui, UI_S_BOARD_WELL_NONE));
    return n;
}

static int not_items(const ui_Context *ui, const ui_Game *g, char items[][HOT_TEXT])
{
    const ui_Board *b = g->board;
    int n = 0;
    for (int i = 0; i < b->not_count && n < UI_BOARD_HOT; i++) {
        int k = b->not_well[i];
        char u[512], m[512], name[256];
        teams_rated(b, k, SV_RATING_U, u, sizeof u);
        teams_rated(b, k, SV_RATING_M, m, sizeof m);
        snprintf(name, sizeof name, "%s", ui_board_principle(ui, g, k));
        ui_StrId id = u[0] && m[0] ? UI_S_BOARD_NOT_UM : u[0] ? UI_S_BOARD_NOT_U : UI_S_BOARD_NOT_M;
        ui_strings_format(items[n++], HOT_TEXT, ui_tr(ui, id), name, u[0] ? u : m, m);
    }
    if (b->merged && !n) snprintf(items[n++], HOT_TEXT, "%s", ui_tr(ui, UI_S_BOARD_NOT_NONE));
    return n;
}

static int improve_items(const ui_Context *ui, const ui_Game *g, char items[][HOT_TEXT])
{
    const ui_Board *b = g->board;
    int n = 0;
    for (int i = 0; i < b->not_count && n < 3; i++) {
        int k = b->not_well[i];
        const char *lesson =
            g->principles.arena ? sv_text_get(&g->principles.of[k].lesson, ui->lang) : "";
        if (!lesson[0]) continue;
        char name[256];
        snprintf(name, sizeof name, "%s", ui_board_principle(ui, g, k));
        ui_strings_format(items[n++], HOT_TEXT, ui_tr(ui, UI_S_BOARD_IMPROVE_ITEM), name, lesson,
                          NULL);
    }
    for (size_t i = 0; i < b->spread_count && n < UI_BOARD_HOT; i++) {
        const sv_ReportSpread *sp = &b->spreads[i];
        if (sp->distinct < 2) break; /* the most different first */
        char count[16], pts[32], prompt[256];
        snprintf(count, sizeof count, "%u", sp->distinct);
        ui_format_tenths(ui, (int32_t)(sp->spread > 1000000 ? 1000000 : sp->spread), pts,
                         sizeof pts);
        snprintf(prompt, sizeof prompt, "%s", sp->prompt);
        size_t pl = strlen(prompt);
        if (pl && prompt[pl - 1] == '.') prompt[pl - 1] = '\0';
        ui_strings_format(items[n++], HOT_TEXT, ui_tr(ui, UI_S_BOARD_IMPROVE_TALK), prompt, count,
                          pts);
        break; /* the one decision the room should talk about */
    }
    if (b->merged && !n) snprintf(items[n++], HOT_TEXT, "%s", ui_tr(ui, UI_S_BOARD_IMPROVE_NONE));
    return n;
}

static int hot_items(const ui_Context *ui, const ui_Game *g, int col, char items[][HOT_TEXT])
{
    return col == 0   ? well_items(ui, g, items)
           : col == 1 ? not_items(ui, g, items)
                      : improve_items(ui, g, items);
}

/* One column: its heading and items; drawn when draw, measured either way. */
static float hot_column(ui_Context *ui, const ui_Game *g, int col, float x, float y, float w,
                        bool draw)
{
    const ui_Theme *t = &ui->theme;
    static const ui_StrId heads[3] = {UI_S_BOARD_WELL, UI_S_BOARD_NOT_WELL, UI_S_BOARD_IMPROVE};
    static const char *const marks[3] = {"+", "−", "→"};
    char items[UI_BOARD_HOT][HOT_TEXT];
    int n = hot_items(ui, g, col, items);
    float top = y;
    SDL_Color head = col == 0 ? t->good : col == 1 ? t->bad : t->accent;
    if (draw) {
        ui_fill_round(ui, ui_rect(x, y + 4.0f, 8.0f, lh(ui, UI_FONT_HEAD) - 8.0f), 4.0f, head);
        ui_text_draw_fit(&ui->text, UI_FONT_HEAD, t->text, t->surface, ui_tr(ui, heads[col]),
                         x + 22.0f, y, w - 22.0f, UI_ALIGN_LEFT);
    }
    y += lh(ui, UI_FONT_HEAD) + 14.0f;
    for (int i = 0; i < n; i++) {
        float h = ui_text_wrap_height(&ui->text, UI_FONT_BODY, items[i], w - 40.0f);
        if (draw) {
            ui_text_draw(&ui->text, UI_FONT_BOLD, head, t->surface, marks[col], x + 4.0f, y,
                         UI_ALIGN_LEFT);
            ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->text, t->surface, items[i], x + 40.0f, y,
                              w - 40.0f, 0);
        }
        y += h + 16.0f;
    }
    return y - top;
}

static float hot_width(const ui_BoardLayout *l) { return (l->content.w - 2.0f * GAP) / 3.0f; }

float ui_board_hotwash_height(ui_Context *ui, const ui_Game *g, const ui_BoardLayout *l)
{
    float h = 0.0f, w = hot_width(l) - 2.0f * PAD;
    for (int c = 0; c < 3; c++) h = fmaxf(h, hot_column(ui, g, c, 0.0f, 0.0f, w, false));
    return h + 2.0f * PAD;
}

void ui_board_draw_hotwash(const ui_BoardScreen *s, ui_Context *ui, const ui_Game *g,
                           const ui_BoardLayout *l)
{
    const ui_Theme *t = &ui->theme;
    SDL_FRect c = l->content;
    float w = hot_width(l), h = fmaxf(ui_board_hotwash_height(ui, g, l), c.h);
    for (int col = 0; col < 3; col++) {
        SDL_FRect r = ui_rect(c.x + (float)col * (w + GAP), c.y - s->scroll, w, h);
        ui_panel(ui, r, 16.0f, t->surface, t->border);
        hot_column(ui, g, col, r.x + PAD, r.y + PAD, w - 2.0f * PAD, true);
    }
}

/* ---- the plan ------------------------------------------------------------------------------- */

float ui_board_plan_height(ui_Context *ui, const ui_Game *g, const ui_BoardLayout *l)
{
    const ui_Board *b = g->board;
    float h = l->plan_top - l->content.y + l->plan_head_h;
    for (uint32_t i = 0; i < b->plan->row_count; i++) h += ui_board_plan_row_h(ui, g, l, i);
    return h + (b->plan->row_count ? 0.0f : lh(ui, UI_FONT_BODY) + 20.0f);
}

static void draw_cell(const ui_BoardScreen *s, ui_Context *ui, const ui_Game *g,
                      const sv_PlanRow *row, int col, SDL_FRect r, bool chosen, SDL_Color fill)
{
    const ui_Theme *t = &ui->theme;
    bool editing = chosen && s->editing;
    if (chosen) {
        fill = t->selected;
        ui_focus_ring(ui, ui_rect(r.x + 3.0f, r.y + 3.0f, r.w - 6.0f, r.h - 6.0f), 8.0f);
        ui_panel(ui, ui_rect(r.x + 3.0f, r.y + 3.0f, r.w - 6.0f, r.h - 6.0f), 8.0f, fill,
                 editing ? t->accent : fill);
    }
    char text[SV_PLAN_TEXT_BYTES + 16];
    ui_board_cell(ui, g, row, col, text, sizeof text);
    if (editing) {
        size_t n = strlen(text);
        snprintf(text + n, sizeof text - n, "%s", col == 0 ? " ◀▶" : "▏");
    }
    ui_text_draw_wrap(&ui->text, col == 0 ? UI_FONT_BOLD : UI_FONT_BODY, t->text, fill, text,
                      r.x + 14.0f, r.y + 11.0f, r.w - 28.0f, 0);
    if (col == 0 && row->principle >= 0 && !editing)
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->muted, fill,
                         sv_principle_name((sv_Principle)row->principle), r.x + 14.0f,
                         r.y + r.h - lh(ui, UI_FONT_SMALL) - 8.0f, r.w - 28.0f, UI_ALIGN_LEFT);
}

void ui_board_draw_plan(const ui_BoardScreen *s, ui_Context *ui, const ui_Game *g,
                        const ui_BoardLayout *l)
{
    const ui_Theme *t = &ui->theme;
    const ui_Board *b = g->board;
    SDL_FRect c = l->content;
    ui_clip(ui, &c);
    char intro[UI_PATH_MAX + 256];
    ui_strings_format(intro, sizeof intro, ui_tr(ui, UI_S_BOARD_PLAN_INTRO), b->plan_path, NULL,
                      NULL);
    ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->text, t->bg, intro, c.x, c.y - s->scroll,
                      l->add_btn.x - GAP - c.x, 0);
    SDL_FRect add = l->add_btn, rem = l->remove_btn;
    add.y -= s->scroll, rem.y -= s->scroll;
    ui_button(ui, add, ui_tr(ui, UI_S_BOARD_PLAN_ADD), UI_BUTTON_PLAIN, false,
              b->plan->row_count < SV_PLAN_MAX_ROWS);
    ui_button(ui, rem, ui_tr(ui, UI_S_BOARD_PLAN_REMOVE), UI_BUTTON_PLAIN, false,
              b->plan->row_count > 0);
    float y = l->plan_top - s->scroll;
    ui_fill(ui, ui_rect(c.x, y, c.w, l->plan_head_h), t->header);
    for (int col = 0; col < UI_BOARD_COLS; col++)
        ui_text_draw_fit(&ui->text, UI_FONT_SMALL_BOLD, t->on_header, t->header,
                         ui_tr(ui, col_names[col]), l->col_x[col] + 14.0f, y + 9.0f,
                         l->col_x[col + 1] - l->col_x[col] - 28.0f, UI_ALIGN_LEFT);
    y += l->plan_head_h;
    if (!b->plan->row_count)
        ui_text_draw(&ui->text, UI_FONT_BODY, t->muted, t->bg, ui_tr(ui, UI_S_BOARD_PLAN_EMPTY),
                     c.x + 14.0f, y + 10.0f, UI_ALIGN_LEFT);
    for (uint32_t i = 0; i < b->plan->row_count; i++) {
        float h = ui_board_plan_row_h(ui, g, l, i);
        if (y + h >= c.y && y <= c.y + c.h) {
            SDL_Color fill = i % 2 ? t->sunken : t->surface;
            ui_fill(ui, ui_rect(c.x, y, c.w, h), fill);
            for (int col = 0; col < UI_BOARD_COLS; col++) {
                SDL_FRect r = ui_rect(l->col_x[col], y, l->col_x[col + 1] - l->col_x[col], h);
                bool chosen = (int)i == s->row && col == s->col;
                draw_cell(s, ui, g, &b->plan->rows[i], col, r, chosen, fill);
                if (col) ui_fill(ui, ui_rect(r.x, y, 1.0f, h), t->border);
            }
        }
        y += h;
    }
    ui_clip(ui, NULL);
}
