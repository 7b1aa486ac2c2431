/* The workshop screen (workshop.h): the picker of the facilitator's workshop
 * files, a file that cannot be used with its located messages, the workshop
 * itself (name, facilitator, scenarios, the teams with their members and how
 * far each has played; the facilitator chooses the team that plays), "Team X,
 * your turn" before each run, and the end. One list for keyboard and
 * gamepad; every row is a mouse target. Its state lives in g->workshop. */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "draw.h"
#include "menu.h"
#include "screens.h"
#include "svara/native.h"
#include "workshop.h"

#define X0 110.0f
#define W0 1700.0f
#define TOP 80.0f

/* ---- the picker -------------------------------------------------------------------------------
 */

static int by_name(const void *a, const void *b)
{
    return strcmp(((const ui_WorkshopFile *)a)->path, ((const ui_WorkshopFile *)b)->path);
}

/* The *.json files of <pref>workshops/, each with its workshop's name when it reads. */
static void scan(ui_Game *g)
{
    ui_Workshop *ws = g->workshop;
    free(ws->files);
    ws->files = calloc(UI_WORKSHOP_MAX_FILES, sizeof *ws->files);
    ws->file_count = 0;
    char dir[UI_PATH_MAX];
    if (!ws->files || !g->paths.pref[0] ||
        !ui_path_join(dir, sizeof dir, g->paths.pref, UI_WORKSHOPS_DIR))
        return;
    /* made here, so the facilitator finds the folder the screen names */
    if (mkdir(dir, 0700) != 0 && errno != EEXIST)
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "cannot make the folder %s: %s", dir,
                    strerror(errno));
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d)) && ws->file_count < UI_WORKSHOP_MAX_FILES) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] == '.' || n < 6 || strcmp(e->d_name + n - 5, ".json") != 0) continue;
        ui_WorkshopFile *f = &ws->files[ws->file_count];
        if (!ui_path_join(f->path, sizeof f->path, dir, e->d_name) ||
            sv_native_kind(f->path, NULL) != SV_NATIVE_FILE)
            continue;
        snprintf(f->name, sizeof f->name, "%.*s", (int)(sizeof f->name - 1), e->d_name);
        sv_DiagList diags;
        sv_diag_init(&diags);
        size_t len = 0;
        char *bytes = sv_native_read(f->path, SV_MAX_FILE_BYTES, &len, NULL, &diags);
        sv_Workshop w;
        if (bytes && sv_workshop_parse(f->path, bytes, len, &w, &diags) == SV_OK) {
            snprintf(f->name, sizeof f->name, "%s", w.name);
            f->ok = true;
            sv_workshop_free(&w);
        }
        free(bytes);
        sv_diag_free(&diags);
        ws->file_count++;
    }
    if (d) closedir(d);
    qsort(ws->files, (size_t)ws->file_count, sizeof *ws->files, by_name);
}

ui_ScreenId ui_workshop_pick(ui_Game *g)
{
    if (!g->workshop && !(g->workshop = calloc(1, sizeof *g->workshop))) return UI_SCREEN_TITLE;
    ui_Workshop *ws = g->workshop;
    ws->team = ws->result_team = ws->talk = ws->pack = -1;
    ws->phase = UI_WS_PICK;
    ws->cursor = 0;
    scan(g);
    return UI_SCREEN_WORKSHOP;
}

/* ---- rows -------------------------------------------------------------------------------------
 */

enum { ROW_FILE = 0, ROW_TEAM, ROW_START, ROW_BOARD, ROW_BACK, ROW_LEAVE };

typedef struct Row {
    uint8_t kind;
    int index; /* the file or the team */
} Row;

#define MAX_ROWS (UI_WORKSHOP_MAX_FILES + SV_WORKSHOP_MAX_TEAMS + 4)

static int rows(const ui_Workshop *ws, Row *out)
{
    int n = 0;
    switch (ws->phase) {
    case UI_WS_PICK:
        for (int i = 0; i < ws->file_count; i++) out[n++] = (Row){ROW_FILE, i};
        out[n++] = (Row){ROW_BACK, 0};
        break;
    case UI_WS_BROKEN: out[n++] = (Row){ROW_BACK, 0}; break;
    case UI_WS_OVERVIEW:
        for (uint32_t t = 0; t < ws->w.team_count; t++) out[n++] = (Row){ROW_TEAM, (int)t};
        out[n++] = (Row){ROW_LEAVE, 0};
        break;
    case UI_WS_TURN:
        out[n++] = (Row){ROW_START, 0};
        out[n++] = (Row){ROW_BACK, 0};
        break;
    case UI_WS_DONE:
        out[n++] = (Row){ROW_BOARD, 0};
        out[n++] = (Row){ROW_LEAVE, 0};
        break;
    }
    return n;
}

static float team_h(const ui_Context *ui)
{
    return ui_text_line_height(&ui->text, UI_FONT_BOLD) +
           ui_text_line_height(&ui->text, UI_FONT_SMALL) + 30.0f;
}

/* Where the list starts (under the phase's text) and ends (above the buttons). */
static float list_top(const ui_Workshop *ws, const ui_Context *ui)
{
    float hl = ui_text_line_height(&ui->text, UI_FONT_TITLE) + 40.0f;
    float sl = ui_text_line_height(&ui->text, UI_FONT_SMALL) + 8.0f;
    switch (ws->phase) {
    case UI_WS_PICK: return TOP + hl + 3.0f * sl + 20.0f;
    case UI_WS_OVERVIEW: return TOP + hl + (ws->note[0] ? 7.0f : 4.0f) * sl + 30.0f;
    default: return TOP + hl;
    }
}

static float list_bottom(const ui_Context *ui)
{
    float hint = ui_text_line_height(&ui->text, UI_FONT_SMALL) + 14.0f;
    return (float)UI_HEIGHT - hint - 40.0f - (ui_menu_row_height(ui) + 14.0f);
}

static bool is_list(uint8_t kind) { return kind == ROW_FILE || kind == ROW_TEAM; }

static SDL_FRect row_rect(const ui_Workshop *ws, const ui_Context *ui, const Row *r, int i, int n)
{
    float rh = ui_menu_row_height(ui);
    if (is_list(r[i].kind)) {
        float h = r[i].kind == ROW_TEAM ? team_h(ui) : team_h(ui);
        return ui_rect(X0, list_top(ws, ui) - ws->scroll + (float)i * (h + 12.0f), W0, h);
    }
    /* the buttons: side by side at the bottom */
    int first = 0;
    while (first < n && is_list(r[first].kind)) first++;
    int k = i - first, count = n - first;
    float w = (W0 - (float)(count - 1) * 24.0f) / (float)count;
    if (w > 600.0f) w = 600.0f;
    return ui_rect(X0 + (float)k * (w + 24.0f), list_bottom(ui) + 24.0f, w, rh);
}

/* ---- the screen -------------------------------------------------------------------------------
 */

bool ui_workshop_init(ui_Context *ui, ui_Game *g)
{
    (void)ui;
    if (!g->workshop) return ui_workshop_pick(g) == UI_SCREEN_WORKSHOP;
    g->workshop->scroll = g->workshop->target = 0.0f;
    return true;
}

void ui_workshop_unload(ui_Game *g) { (void)g; }

static int next_team(const ui_Workshop *ws)
{
    for (uint32_t t = 0; t < ws->w.team_count; t++)
        if (ws->done[t] < ws->w.scenario_count) return (int)t;
    return -1;
}

static ui_ScreenId leave(ui_Game *g)
{
    ui_workshop_close(g);
    return UI_SCREEN_TITLE;
}

static ui_ScreenId activate(ui_Game *g, const Row *r)
{
    ui_Workshop *ws = g->workshop;
    switch (r->kind) {
    case ROW_FILE: {
        char path[UI_PATH_MAX];
        snprintf(path, sizeof path, "%s", ws->files[r->index].path);
        return ui_workshop_open(g, path);
    }
    case ROW_TEAM:
        if (ws->done[r->index] >= ws->w.scenario_count) return UI_SCREEN_WORKSHOP;
        ws->team = r->index;
        ws->at = ws->done[r->index];
        ws->phase = UI_WS_TURN;
        ws->cursor = 0;
        return UI_SCREEN_WORKSHOP;
    case ROW_START: ui_workshop_choose_run(g); return UI_SCREEN_BRIEFING;
    case ROW_BOARD: return ui_board_open(g, ws->file, ws->results);
    case ROW_BACK:
        if (ws->phase == UI_WS_TURN) {
            ws->phase = UI_WS_OVERVIEW;
            ws->cursor = ws->team >= 0 ? ws->team : 0;
            return UI_SCREEN_WORKSHOP;
        }
        if (ws->phase == UI_WS_BROKEN && ws->files) {
            ws->phase = UI_WS_PICK;
            ws->cursor = 0;
            scan(g);
            return UI_SCREEN_WORKSHOP;
        }
        return leave(g);
    default: return leave(g);
    }
}

static void follow(ui_Workshop *ws, const ui_Context *ui, const Row *r, int n)
{
    float view = list_bottom(ui) - list_top(ws, ui), h = team_h(ui) + 12.0f;
    int items = 0;
    while (items < n && is_list(r[items].kind)) items++;
    float max = fmaxf(0.0f, (float)items * h - view);
    if (ws->cursor < items) {
        float y = (float)ws->cursor * h;
        if (y < ws->target) ws->target = y;
        if (y + h > ws->target + view) ws->target = y + h - view;
    }
    ws->target = ui_clampf(ws->target, 0.0f, max);
    ui_list_ease(&ws->scroll, &ws->target, max, ui->reduced_motion);
}

ui_ScreenId ui_workshop_update(ui_Context *ui, ui_Game *g, const ui_Input *in)
{
    ui_Workshop *ws = g->workshop;
    Row r[MAX_ROWS];
    int n = rows(ws, r);
    if (ws->cursor >= n) ws->cursor = n - 1;
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        switch (e->act) {
        case UI_ACT_UP:
        case UI_ACT_LEFT: ui_menu_move(&ws->cursor, n, -1); break;
        case UI_ACT_DOWN:
        case UI_ACT_RIGHT: ui_menu_move(&ws->cursor, n, 1); break;
        case UI_ACT_CONFIRM: return activate(g, &r[ws->cursor]);
        case UI_ACT_BACK: {
            Row back = {ws->phase == UI_WS_TURN || ws->phase == UI_WS_PICK ||
                                ws->phase == UI_WS_BROKEN
                            ? ROW_BACK
                            : ROW_LEAVE,
                        0};
            return activate(g, &back);
        }
        case UI_ACT_CLICK:
            for (int k = 0; k < n; k++) {
                SDL_FRect rr = row_rect(ws, ui, r, k, n);
                if (!ui_hit(rr, e->x, e->y)) continue;
                if (is_list(r[k].kind) && (e->y < list_top(ws, ui) || e->y > list_bottom(ui)))
                    continue;
                ws->cursor = k;
                return activate(g, &r[k]);
            }
            break;
        default: break;
        }
    }
    ws->target -= in->wheel * 90.0f;
    follow(ws, ui, r, n);
    return UI_SCREEN_WORKSHOP;
}

/* ---- draw ---------------------------------------------------------------------------------- */

static const char *team_members(const sv_Team *t, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (uint32_t m = 0; m < t->member_count && used + 1 < size; m++) {
        int k = snprintf(buf + used, size - used, "%s%s", m ? ", " : "", t->members[m].name);
        if (k > 0) used += (size_t)k < size - used ? (size_t)k : size - used - 1;
    }
    return buf;
}

static float line(ui_Context *ui, ui_FontId f, SDL_Color c, const char *text, float y)
{
    ui_text_draw_fit(&ui->text, f, c, ui->theme.bg, text, X0, y, W0, UI_ALIGN_LEFT);
    return y + ui_text_line_height(&ui->text, f) + 8.0f;
}

/* What happened to a result file: wrapped, since it names a path. */
static void note(ui_Context *ui, const ui_Workshop *ws, float y)
{
    if (!ws->note[0]) return;
    ui_text_draw_wrap(&ui->text, UI_FONT_SMALL_BOLD, ws->note_bad ? ui->theme.bad : ui->theme.good,
                      ui->theme.bg, ws->note, X0, y, W0, 3);
}

static void draw_team(ui_Context *ui, const ui_Game *g, int t, SDL_FRect r, bool focused)
{
    const ui_Theme *th = &ui->theme;
    const ui_Workshop *ws = g->workshop;
    SDL_Color fill = focused ? th->selected : ui_hover(ui, r) ? th->hover : th->surface;
    bool next = ws->w.options.seating == SV_SEATING_HOT_SEAT && next_team(ws) == t;
    if (focused) ui_focus_ring(ui, r, 14.0f);
    ui_panel(ui, r, 14.0f, fill, focused || next ? th->accent : th->border);
    char status[128], a[16], b[16], members[1024];
    bool done = ws->done[t] >= ws->w.scenario_count;
    snprintf(a, sizeof a, "%u", ws->done[t]);
    snprintf(b, sizeof b, "%u", ws->w.scenario_count);
    ui_strings_format(status, sizeof status,
                      ui_tr(ui, done ? UI_S_WS_TEAM_DONE : UI_S_WS_TEAM_PROGRESS), a, b, NULL);
    float w = ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, done ? th->good : th->muted, fill, status,
                           r.x + r.w - 24.0f, r.y + 16.0f, UI_ALIGN_RIGHT);
    if (next && !done)
        w += ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, th->accent, fill,
                          ui_tr(ui, UI_S_WS_TEAM_NEXT), r.x + r.w - 48.0f - w, r.y + 16.0f,
                          UI_ALIGN_RIGHT) +
             24.0f;
    ui_text_draw_fit(&ui->text, UI_FONT_BOLD, th->text, fill, ws->w.teams[t].name, r.x + 24.0f,
                     r.y + 12.0f, r.w - 72.0f - w, UI_ALIGN_LEFT);
    ui_text_draw_fit(&ui->text, UI_FONT_SMALL, ws->foreign[t] ? th->bad : th->muted, fill,
                     team_members(&ws->w.teams[t], members, sizeof members), r.x + 24.0f,
                     r.y + 18.0f + ui_text_line_height(&ui->text, UI_FONT_BOLD), r.w - 48.0f,
                     UI_ALIGN_LEFT);
}

static void draw_overview(ui_Context *ui, const ui_Game *g, float y)
{
    const ui_Theme *t = &ui->theme;
    const ui_Workshop *ws = g->workshop;
    const sv_Pack *pack = g->lib.packs[ws->pack];
    char buf[1024], seed[32], a[64];
    snprintf(seed, sizeof seed, "%llu", (unsigned long long)ws->w.seed);
    ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_WS_FACILITATOR), ws->w.facilitator.name, NULL,
                      NULL);
    y = line(ui, UI_FONT_SMALL_BOLD, t->text, buf, y);
    snprintf(a, sizeof a, "%s %s", sv_text_get(&pack->title, ui->lang), pack->version);
    ui_strings_format(
        buf, sizeof buf, ui_tr(ui, UI_S_WS_SETUP), a, seed,
        ui_tr(ui, ws->w.options.seating == SV_SEATING_HOT_SEAT ? UI_S_WS_HOT_SEAT : UI_S_WS_MULTI));
    y = line(ui, UI_FONT_SMALL, t->text, buf, y);
    char dial[16], every[16], board[128];
    snprintf(dial, sizeof dial, "%u", ws->deadline_pct);
    snprintf(every, sizeof every, "%u", ws->w.options.scoreboard_every);
    static const ui_StrId boards[] = {UI_S_WS_BOARD_EACH, UI_S_WS_BOARD_EVERY, UI_S_WS_BOARD_END};
    ui_strings_format(board, sizeof board, ui_tr(ui, boards[ws->w.options.scoreboard]), every, NULL,
                      NULL);
    ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_WS_OPTIONS), dial,
                      ui_tr(ui, ws->w.options.team_talk ? UI_S_WS_TALK_ON : UI_S_WS_TALK_OFF),
                      board);
    y = line(ui, UI_FONT_SMALL, t->text, buf, y);
    size_t used = 0;
    buf[0] = '\0';
    for (uint32_t i = 0; i < ws->w.scenario_count && used + 1 < sizeof buf; i++) {
        const sv_Scenario *sc = &pack->scenarios[ws->scenario[i]];
        int k = snprintf(buf + used, sizeof buf - used, "%s%u. %s", i ? "   " : "", i + 1,
                         sv_text_get(&sc->title, ui->lang));
        if (k > 0) used += (size_t)k < sizeof buf - used ? (size_t)k : sizeof buf - used - 1;
    }
    char scen[1100];
    snprintf(scen, sizeof scen, "%s: %s", ui_tr(ui, UI_S_WS_SCENARIOS), buf);
    y = line(ui, UI_FONT_SMALL, t->text, scen, y);
    note(ui, ws, y);
}

static void draw_turn(ui_Context *ui, const ui_Game *g, float y)
{
    const ui_Theme *t = &ui->theme;
    const ui_Workshop *ws = g->workshop;
    if (ws->team < 0) return;
    const sv_Pack *pack = g->lib.packs[ws->pack];
    char buf[1024], a[16], b[16], members[1024];
    y = line(ui, UI_FONT_HEAD, t->text,
             team_members(&ws->w.teams[ws->team], members, sizeof members), y + 10.0f);
    uint32_t at = ws->at < ws->w.scenario_count ? ws->at : ws->w.scenario_count - 1;
    snprintf(a, sizeof a, "%u", at + 1);
    snprintf(b, sizeof b, "%u", ws->w.scenario_count);
    ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_WS_TURN_SCENARIO), a, b,
                      sv_text_get(&pack->scenarios[ws->scenario[at]].title, ui->lang));
    y = line(ui, UI_FONT_BOLD, t->text, buf, y + 20.0f);
    snprintf(a, sizeof a, "%u", ws->deadline_pct);
    ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_WS_TURN_PRESSURE), a, NULL, NULL);
    y = line(ui, UI_FONT_BODY, t->text, buf, y + 10.0f);
    y = line(ui, UI_FONT_BODY, t->text,
             ui_tr(ui, ws->w.options.team_talk ? UI_S_WS_TURN_TALK : UI_S_WS_TURN_NO_TALK), y);
    y = line(ui, UI_FONT_SMALL, t->muted, ui_tr(ui, UI_S_WS_TURN_KEYS), y + 10.0f);
    note(ui, ws, y + 10.0f);
}

static void draw_done(ui_Context *ui, const ui_Game *g, float y)
{
    const ui_Theme *t = &ui->theme;
    const ui_Workshop *ws = g->workshop;
    char buf[UI_PATH_MAX + 256];
    ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_WS_DONE_WHERE), ws->results, NULL, NULL);
    y += ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->text, t->bg, buf, X0, y, W0, 3) + 20.0f;
    for (uint32_t k = 0; k < ws->w.team_count; k++) {
        char a[16], b[16], s[256];
        snprintf(a, sizeof a, "%u", ws->done[k]);
        snprintf(b, sizeof b, "%u", ws->w.scenario_count);
        ui_strings_format(s, sizeof s, ui_tr(ui, UI_S_WS_TEAM_PROGRESS), a, b, NULL);
        char row[512];
        snprintf(row, sizeof row, "%s · %s", ws->w.teams[k].name, s);
        y = line(ui, UI_FONT_SMALL, t->text, row, y);
    }
    note(ui, ws, y + 10.0f);
}

static void draw_pick(ui_Context *ui, const ui_Game *g, float y)
{
    const ui_Theme *t = &ui->theme;
    char dir[UI_PATH_MAX], buf[UI_PATH_MAX + 256];
    if (!g->paths.pref[0] || !ui_path_join(dir, sizeof dir, g->paths.pref, UI_WORKSHOPS_DIR))
        snprintf(dir, sizeof dir, "-");
    ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_WS_PICK_WHERE), dir, NULL, NULL);
    y += ui_text_draw_wrap(&ui->text, UI_FONT_SMALL, t->text, t->bg, buf, X0, y, W0, 2) + 10.0f;
    if (g->workshop->file_count == 0)
        line(ui, UI_FONT_BODY, t->muted, ui_tr(ui, UI_S_WS_PICK_NONE), y);
}

static void draw_file(ui_Context *ui, const ui_WorkshopFile *f, SDL_FRect r, bool focused)
{
    const ui_Theme *t = &ui->theme;
    SDL_Color fill = focused ? t->selected : ui_hover(ui, r) ? t->hover : t->surface;
    if (focused) ui_focus_ring(ui, r, 14.0f);
    ui_panel(ui, r, 14.0f, fill, focused ? t->accent : t->border);
    ui_text_draw_fit(&ui->text, UI_FONT_BOLD, f->ok ? t->text : t->bad, fill, f->name, r.x + 24.0f,
                     r.y + 12.0f, r.w - 48.0f, UI_ALIGN_LEFT);
    char line2[UI_PATH_MAX + 128];
    snprintf(line2, sizeof line2, "%s%s%s", f->path, f->ok ? "" : " · ",
             f->ok ? "" : ui_tr(ui, UI_S_WS_PICK_BROKEN));
    ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->muted, fill, line2, r.x + 24.0f,
                     r.y + 18.0f + ui_text_line_height(&ui->text, UI_FONT_BOLD), r.w - 48.0f,
                     UI_ALIGN_LEFT);
}

static const char *heading(const ui_Context *ui, const ui_Game *g, char *buf, size_t size)
{
    const ui_Workshop *ws = g->workshop;
    switch (ws->phase) {
    case UI_WS_PICK: return ui_tr(ui, UI_S_WS_PICK_TITLE);
    case UI_WS_BROKEN: return ui_tr(ui, UI_S_WS_BROKEN_TITLE);
    case UI_WS_TURN:
        return ui_strings_format(buf, size, ui_tr(ui, UI_S_WS_TURN),
                                 ws->team >= 0 ? ws->w.teams[ws->team].name : "", NULL, NULL);
    case UI_WS_DONE:
        if (ws->w.options.seating == SV_SEATING_MULTI_MACHINE && ws->team >= 0)
            return ui_strings_format(buf, size, ui_tr(ui, UI_S_WS_DONE_TEAM),
                                     ws->w.teams[ws->team].name, NULL, NULL);
        return ui_tr(ui, UI_S_WS_DONE_TITLE);
    default: return ws->w.name;
    }
}

static const char *row_label(const ui_Context *ui, uint8_t kind)
{
    switch (kind) {
    case ROW_START: return ui_tr(ui, UI_S_WS_START);
    case ROW_BOARD: return ui_tr(ui, UI_S_WS_SCOREBOARD);
    case ROW_LEAVE: return ui_tr(ui, UI_S_WS_LEAVE);
    default: return ui_tr(ui, UI_S_COMMON_BACK);
    }
}

void ui_workshop_draw(ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    const ui_Workshop *ws = g->workshop;
    ui_menu_backdrop(ui);
    char buf[512];
    ui_menu_heading(ui, heading(ui, g, buf, sizeof buf), X0, TOP);
    float y = TOP + ui_text_line_height(&ui->text, UI_FONT_TITLE) + 40.0f;
    switch (ws->phase) {
    case UI_WS_PICK: draw_pick(ui, g, y); break;
    case UI_WS_BROKEN:
        y = line(ui, UI_FONT_SMALL_BOLD, t->text, ws->file, y);
        y += ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->bad, t->bg, ws->broken, X0, y + 10.0f,
                               W0, 12) +
             30.0f;
        ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->text, t->bg,
                          ui_tr(ui, UI_S_WS_BROKEN_NOTHING), X0, y, W0, 3);
        break;
    case UI_WS_OVERVIEW: draw_overview(ui, g, y); break;
    case UI_WS_TURN: draw_turn(ui, g, y); break;
    case UI_WS_DONE: draw_done(ui, g, y); break;
    }
    Row r[MAX_ROWS];
    int n = rows(ws, r);
    SDL_FRect area = {X0 - 10.0f, list_top(ws, ui) - 6.0f, W0 + 20.0f,
                      list_bottom(ui) - list_top(ws, ui) + 12.0f};
    ui_clip(ui, &area);
    for (int i = 0; i < n; i++) {
        if (!is_list(r[i].kind)) continue;
        SDL_FRect rr = row_rect(ws, ui, r, i, n);
        if (rr.y + rr.h < area.y || rr.y > area.y + area.h) continue;
        if (r[i].kind == ROW_TEAM)
            draw_team(ui, g, r[i].index, rr, i == ws->cursor);
        else
            draw_file(ui, &ws->files[r[i].index], rr, i == ws->cursor);
    }
    ui_clip(ui, NULL);
    for (int i = 0; i < n; i++) {
        if (is_list(r[i].kind)) continue;
        SDL_FRect rr = row_rect(ws, ui, r, i, n);
        ui_button(ui, rr, row_label(ui, r[i].kind),
                  r[i].kind == ROW_START ? UI_BUTTON_PRIMARY : UI_BUTTON_PLAIN, i == ws->cursor,
                  true);
    }
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_WORKSHOP_PAD : UI_S_HINT_WORKSHOP));
}
