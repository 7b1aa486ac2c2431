/* The workshop board's files and input (board.h): the workshop and the
 * teams' result files read and merged (every problem located and shown,
 * nothing written over on reading), the hotwash worked out from the
 * ratings, the improvement plan edited cell by cell with the keyboard, the
 * gamepad or the mouse and saved atomically after each change, and the
 * report exported next to the results. board_draw.c draws it. */
#include "board.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "menu.h"
#include "svara/native.h"
#include "svara/principles.h"
#include "workshop.h"

#define RESULT_SUFFIX ".result.json"
#define PLAN_FILE "improvement-plan.json"
#define MAX_FILES 64 /* result files looked at in one folder */
#define WEEK_S (7 * 86400)

/* ---- loading ------------------------------------------------------------------------------- */

#define PROBLEMS_PER_FILE 4 /* kept to show; all are logged and counted */

/* Every problem is logged and counted; the first few of each file are kept
 * whole to show, so one badly damaged file cannot hide another's. */
static void add_problems(ui_Board *b, const sv_DiagList *d)
{
    for (size_t i = 0; i < d->count; i++) {
        char line[1024];
        sv_diag_format(&d->items[i], line, sizeof line);
        if (d->items[i].severity == SV_SEV_ERROR)
            SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%s", line);
        else
            SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "%s", line);
        b->problem_count++;
        size_t same = 0;
        for (size_t j = 0; j < i; j++) same += strcmp(d->items[j].file, d->items[i].file) == 0;
        size_t used = strlen(b->problems), len = strlen(line);
        if (same < PROBLEMS_PER_FILE && used + len + 2 <= sizeof b->problems) {
            memcpy(b->problems + used, line, len);
            memcpy(b->problems + used + len, "\n", 2);
        }
    }
}

static void load_workshop(ui_Board *b, sv_DiagList *d)
{
    size_t len = 0;
    char *bytes = sv_native_read(b->workshop_file, SV_MAX_FILE_BYTES, &len, NULL, d);
    if (!bytes) return;
    b->has_workshop = sv_workshop_parse(b->workshop_file, bytes, len, &b->workshop, d) == SV_OK;
    free(bytes);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.result.json in the folder, sorted by name (heap, each and the list). */
static size_t result_names(const char *dir, char **names, sv_DiagList *d)
{
    DIR *dp = opendir(dir);
    if (!dp) {
        sv_diag_add(d, SV_SEV_ERROR, dir, "", 0, 0, "cannot open this folder of results: %s",
                    strerror(errno));
        return 0;
    }
    size_t n = 0, suffix = strlen(RESULT_SUFFIX);
    for (struct dirent *de; (de = readdir(dp)) != NULL;) {
        size_t len = strlen(de->d_name);
        if (de->d_name[0] == '.' || len <= suffix ||
            strcmp(de->d_name + len - suffix, RESULT_SUFFIX) != 0)
            continue;
        if (n == MAX_FILES) {
            sv_diag_add(d, SV_SEV_WARNING, dir, "", 0, 0,
                        "more than %d result files: the rest are left out", MAX_FILES);
            break;
        }
        if ((names[n] = malloc(len + 1))) memcpy(names[n++], de->d_name, len + 1);
    }
    closedir(dp);
    qsort(names, n, sizeof *names, by_name);
    return n;
}

/* Re-points list and files at the results, after results moved. */
static void relist(ui_Board *b)
{
    for (size_t t = 0; t < b->team_count; t++) {
        b->list[t] = &b->results[t];
        b->files[t] = b->paths[t];
    }
}

/* Each team's result, checked against the workshop, in the workshop's order. */
/* `live`: opened by a workshop in progress, where no result yet is the
 * normal start and not a problem to show. */
static void load_results(ui_Board *b, sv_DiagList *d, bool live)
{
    char *names[MAX_FILES];
    size_t n = result_names(b->results_dir, names, d);
    if (n == 0 && d->errors == 0 && !live)
        sv_diag_add(d, SV_SEV_WARNING, b->results_dir, "", 0, 0,
                    "no team's result file (*%s) here yet", RESULT_SUFFIX);
    int32_t slot[SV_WORKSHOP_MAX_TEAMS];
    for (size_t t = 0; t < SV_WORKSHOP_MAX_TEAMS; t++) slot[t] = -1;
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        char path[2 * UI_PATH_MAX];
        int len = snprintf(path, sizeof path, "%s/%s", b->results_dir, names[i]);
        free(names[i]);
        if (used == SV_WORKSHOP_MAX_TEAMS || len < 0) continue;
        if (len >= UI_PATH_MAX) {
            sv_diag_add(d, SV_SEV_ERROR, path, "", 0, 0, "the path is too long to read");
            continue;
        }
        sv_Result *r = &b->results[used];
        if (sv_result_load_file(path, r, d) != SV_OK) continue;
        int32_t team = sv_workshop_find_team(&b->workshop, r->team.id);
        if (!sv_result_fits(r, path, &b->workshop, d)) {
            sv_result_free(r);
        } else if (slot[team] >= 0) {
            sv_diag_add(d, SV_SEV_ERROR, path, "/team/id", 0, 0,
                        "team '%s' has a result in %s already: this one is left out (keep one "
                        "result file per team)",
                        r->team.id, b->paths[slot[team]]);
            sv_result_free(r);
        } else {
            memcpy(b->paths[used], path, (size_t)len + 1);
            slot[team] = (int32_t)used++;
        }
    }
    /* in the workshop's order of teams */
    sv_Result sorted[SV_WORKSHOP_MAX_TEAMS];
    char(*paths)[UI_PATH_MAX] = malloc(sizeof b->paths);
    if (!paths) {
        for (size_t i = 0; i < used; i++) sv_result_free(&b->results[i]);
        sv_diag_add(d, SV_SEV_ERROR, b->results_dir, "", 0, 0, "out of memory");
        return;
    }
    for (uint32_t t = 0; t < b->workshop.team_count && t < SV_WORKSHOP_MAX_TEAMS; t++) {
        if (slot[t] < 0) continue;
        sorted[b->team_count] = b->results[slot[t]];
        memcpy(paths[b->team_count], b->paths[slot[t]], UI_PATH_MAX);
        b->team_count++;
    }
    memcpy(b->results, sorted, b->team_count * sizeof sorted[0]);
    memcpy(b->paths, paths, sizeof b->paths);
    free(paths);
    relist(b);
}

static const sv_Principles *principles(const ui_Game *g)
{
    return g->principles.arena ? &g->principles : NULL;
}

/* The suggested plan, and the facilitator's when the folder has a usable one. */
static void load_plan(ui_Board *b, const ui_Game *g, sv_DiagList *d)
{
    memset(b->suggested, 0, sizeof *b->suggested);
    if (b->merged) sv_plan_from_report(b->suggested, &b->report, principles(g), ui_game_lang(g));
    snprintf(b->suggested->workshop, sizeof b->suggested->workshop, "%s", b->workshop.id);
    *b->plan = *b->suggested;
    if (sv_native_kind(b->plan_path, NULL) == SV_NATIVE_MISSING) return;
    if (sv_plan_load_file(b->plan_path, b->workshop.id, b->plan, d) == SV_OK) return;
    b->plan_unreadable = true;
    *b->plan = *b->suggested;
}

static int count_rating(const ui_Board *b, int k, sv_Rating r)
{
    int n = 0;
    for (size_t t = 0; t < b->team_count; t++) n += b->report.cells[t][k].rating == r;
    return n;
}

/* The hotwash's principles: followed without challenges by most teams, the
 * most such first; and those some team was unable to perform or had major
 * challenges with, the most U and then M first. */
static void hotwash(ui_Board *b)
{
    if (!b->merged) return;
    int most = (int)b->team_count / 2 + 1;
    for (int n = (int)b->team_count; n >= most; n--)
        for (int k = 0; k < SV_PRINCIPLE_COUNT; k++)
            if (count_rating(b, k, SV_RATING_P) == n) b->well[b->well_count++] = (int8_t)k;
    int key[SV_PRINCIPLE_COUNT];
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) {
        int u = count_rating(b, k, SV_RATING_U), m = count_rating(b, k, SV_RATING_M);
        key[k] = u * 100 + m;
        if (!key[k]) continue;
        int at = b->not_count++;
        for (; at > 0 && key[b->not_well[at - 1]] < key[k]; at--)
            b->not_well[at] = b->not_well[at - 1];
        b->not_well[at] = (int8_t)k;
    }
}

static bool language_given(const ui_AppOptions *o)
{
    for (int i = 0; o && i < o->set_count; i++)
        if (strncmp(o->sets[i], "language=", 9) == 0) return true;
    return false;
}

/* A scoreboard shown mid-run: the playing team's run so far, added to its
 * result here (a new one in the workshop's order when it has none yet) as an
 * in-progress play. Only the board's copy has it: the team's result file gets
 * the play when the run ends. */
static void add_live(ui_Board *b, const ui_Game *g)
{
    const ui_Workshop *ws = g->workshop;
    if (!ui_workshop_active(g) || !ws->playing || !ws->board_over_run || ws->team < 0 ||
        !g->run.active || g->run.core.s.ended)
        return;
    const char *id = ws->w.teams[ws->team].id;
    int32_t team = sv_workshop_find_team(&b->workshop, id);
    if (team < 0) return;
    size_t at = b->team_count;
    for (size_t t = 0; t < b->team_count; t++)
        if (strcmp(b->results[t].team.id, id) == 0) at = t;
    if (at == b->team_count) {
        sv_Result fresh;
        if (b->team_count == SV_WORKSHOP_MAX_TEAMS ||
            sv_result_start(&fresh, &b->workshop, team) != SV_OK)
            return;
        at = 0;
        while (at < b->team_count &&
               sv_workshop_find_team(&b->workshop, b->results[at].team.id) < team)
            at++;
        memmove(&b->results[at + 1], &b->results[at], (b->team_count - at) * sizeof b->results[0]);
        memmove(b->paths[at + 1], b->paths[at], (b->team_count - at) * sizeof b->paths[0]);
        b->results[at] = fresh;
        snprintf(b->paths[at], sizeof b->paths[at], "%s (in progress)", id);
        b->team_count++;
        relist(b);
    }
    if (sv_result_add_live(&b->results[at], &g->run.core, ws->started, g->run.core.lang,
                           ws->w.options.pass_score) != SV_OK) {
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "board: team %s's run so far cannot be shown",
                    id);
        return;
    }
    b->live = (int)at;
    const sv_ResultPlay *p = NULL;
    for (uint32_t i = 0; i < b->results[at].play_count; i++)
        if (b->results[at].plays[i].in_progress) p = &b->results[at].plays[i];
    int32_t rep = p ? p->meters[SV_METER_REPUTATION] : 0;
    SDL_Log("board: team %s in progress at %u ms, %u decision(s) so far, reputation %d.%d", id,
            p ? p->end_ms : 0, p ? p->decision_count : 0, rep / 10, (rep < 0 ? -rep : rep) % 10);
}

/* The workshop file and the results in the board's folders read and merged;
 * with `live`, the playing team's run so far too. */
static void load_board(ui_Board *b, const ui_Game *g, bool live, sv_DiagList *d)
{
    b->live = -1;
    load_workshop(b, d);
    if (b->has_workshop) load_results(b, d, ui_workshop_active(g));
    if (b->has_workshop && live) add_live(b, g);
    if (b->team_count &&
        sv_report_merge(&b->report, b->list, b->files, b->team_count, d) == SV_OK) {
        b->merged = true;
        b->spreads = sv_report_spreads(&b->report, &b->spread_count);
    }
}

/* What a board holds, released (the board itself is the caller's). */
static void release(ui_Board *b)
{
    free(b->spreads);
    sv_report_free(&b->report);
    for (size_t t = 0; t < b->team_count; t++) sv_result_free(&b->results[t]);
    sv_workshop_free(&b->workshop);
}

ui_ScreenId ui_board_open(ui_Game *g, const char *workshop_file, const char *results_dir)
{
    ui_board_free(g);
    /* in a workshop the board goes on with it ("Continue"), else back to the title */
    g->board_return = ui_workshop_active(g) ? UI_SCREEN_WORKSHOP : UI_SCREEN_TITLE;
    ui_Board *b = calloc(1, sizeof *b);
    sv_Plan *plan = calloc(1, sizeof *plan), *suggested = calloc(1, sizeof *suggested);
    if (!b || !plan || !suggested) {
        free(b), free(plan), free(suggested);
        SDL_LogCritical(SDL_LOG_CATEGORY_APPLICATION, "out of memory: the board cannot open");
        return UI_SCREEN_TITLE;
    }
    g->board = b;
    b->plan = plan;
    b->suggested = suggested;
    snprintf(b->workshop_file, sizeof b->workshop_file, "%s", workshop_file);
    if (results_dir && results_dir[0]) {
        snprintf(b->results_dir, sizeof b->results_dir, "%s", results_dir);
    } else {
        const char *slash = strrchr(workshop_file, '/');
        snprintf(b->results_dir, sizeof b->results_dir, "%.*s",
                 slash ? (int)(slash - workshop_file) : 1, slash ? workshop_file : ".");
    }
    size_t n = strlen(b->results_dir);
    while (n > 1 && b->results_dir[n - 1] == '/') b->results_dir[--n] = '\0';
    snprintf(b->plan_path, sizeof b->plan_path, "%s/%s", b->results_dir, PLAN_FILE);
    sv_DiagList d;
    sv_diag_init(&d);
    load_board(b, g, true, &d);
    /* on its own (--board), the board speaks the workshop's language, as its runs
     * did, unless the command line asked for one (--set language=...) */
    if (!ui_workshop_active(g) && b->has_workshop && b->workshop.has_lang &&
        !language_given(g->opts)) {
        g->lang_override = (int)b->workshop.lang;
        g->settings_changed = true;
    }
    if (b->has_workshop) load_plan(b, g, &d);
    add_problems(b, &d);
    sv_diag_free(&d);
    hotwash(b);
    SDL_Log("board: workshop %s, %zu team result(s) from %s, %zu problem(s)",
            b->has_workshop ? b->workshop.id : "(unreadable)", b->team_count, b->results_dir,
            b->problem_count);
    return UI_SCREEN_BOARD;
}

void ui_board_free(ui_Game *g)
{
    ui_Board *b = g->board;
    if (!b) return;
    release(b);
    free(b->plan);
    free(b->suggested);
    free(b);
    g->board = NULL;
}

/* ---- saving and exporting ------------------------------------------------------------------ */

static void set_note(ui_BoardScreen *s, const ui_Context *ui, ui_StrId id, const char *a, bool bad)
{
    ui_strings_format(s->note, sizeof s->note, ui_tr(ui, id), a, NULL, NULL);
    s->note_bad = bad;
}

static void first_problem(const sv_DiagList *d, char *out, size_t size)
{
    snprintf(out, size, "?");
    if (d->count) sv_diag_format(&d->items[0], out, size);
}

static void save_plan(ui_BoardScreen *s, const ui_Context *ui, ui_Board *b)
{
    sv_DiagList d;
    sv_diag_init(&d);
    char kept[UI_PATH_MAX] = "", why[1024];
    if (b->plan_unreadable) {
        char stamp[32];
        ui_game_stamp(stamp, sizeof stamp);
        if (!sv_native_keep_aside(b->plan_path, stamp, kept, sizeof kept, &d)) {
            first_problem(&d, why, sizeof why);
            set_note(s, ui, UI_S_BOARD_PLAN_NOT_SAVED, why, true);
            sv_diag_free(&d);
            return;
        }
        b->plan_unreadable = false;
    }
    if (sv_plan_save_file(b->plan_path, b->plan, &d) == SV_OK) {
        SDL_Log("board: saved the improvement plan in %s", b->plan_path);
        if (kept[0])
            set_note(s, ui, UI_S_BOARD_PLAN_KEPT, kept, false);
        else
            set_note(s, ui, UI_S_BOARD_PLAN_SAVED, b->plan_path, false);
    } else {
        first_problem(&d, why, sizeof why);
        set_note(s, ui, UI_S_BOARD_PLAN_NOT_SAVED, why, true);
    }
    sv_diag_free(&d);
}

/* The exports hold finished plays only: with a run in progress on the board,
 * they are made from the files as they are (a board loaded without it). */
static void export_report(ui_BoardScreen *s, const ui_Context *ui, const ui_Game *g, ui_Board *b)
{
    ui_Board *files = b;
    sv_DiagList d;
    sv_diag_init(&d);
    if (b->live >= 0 && (files = calloc(1, sizeof *files)) != NULL) {
        memcpy(files->workshop_file, b->workshop_file, sizeof files->workshop_file);
        memcpy(files->results_dir, b->results_dir, sizeof files->results_dir);
        load_board(files, g, false, &d);
        sv_diag_clear(&d); /* the board shows them already */
    }
    if (!files || !files->merged) {
        set_note(s, ui, UI_S_BOARD_EXPORT_FAILED, ui_tr(ui, UI_S_BOARD_NOTHING), true);
        if (files && files != b) release(files), free(files);
        sv_diag_free(&d);
        return;
    }
    files->report.plan = b->plan;
    const sv_Principles *pr = principles(g);
    struct {
        const char *name;
        char *text;
    } out[] = {{"report.csv", sv_report_csv(&files->report)},
               {"report.json", sv_report_json(&files->report, pr)},
               {"statements.json", sv_report_xapi(&files->report)},
               {"report.html", sv_report_html(&files->report, pr, ui->lang)}};
    bool ok = true;
    for (size_t i = 0; i < sizeof out / sizeof out[0]; i++) {
        char path[UI_PATH_MAX + 32];
        snprintf(path, sizeof path, "%s/%s", b->results_dir, out[i].name);
        if (!out[i].text) sv_diag_add(&d, SV_SEV_ERROR, path, "", 0, 0, "out of memory making it");
        ok =
            ok && out[i].text && sv_native_write_atomic(path, out[i].text, strlen(out[i].text), &d);
        free(out[i].text);
    }
    if (ok && b->live >= 0) {
        SDL_Log("board: exported report.csv, report.json, statements.json and report.html (%s) "
                "to %s, without team %s's run in progress",
                sv_lang_code(ui->lang), b->results_dir, b->results[b->live].team.id);
        ui_strings_format(s->note, sizeof s->note, ui_tr(ui, UI_S_BOARD_EXPORTED_LIVE),
                          b->results_dir, b->results[b->live].team.name, NULL);
        s->note_bad = false;
    } else if (ok) {
        SDL_Log("board: exported report.csv, report.json, statements.json and report.html (%s) "
                "to %s",
                sv_lang_code(ui->lang), b->results_dir);
        set_note(s, ui, UI_S_BOARD_EXPORTED, b->results_dir, false);
    } else {
        char why[1024];
        first_problem(&d, why, sizeof why);
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "board: the export failed: %s", why);
        set_note(s, ui, UI_S_BOARD_EXPORT_FAILED, why, true);
    }
    if (files != b) release(files), free(files);
    sv_diag_free(&d);
}

/* ---- the plan's cells ---------------------------------------------------------------------- */

enum { COL_PRINCIPLE = 0, COL_ISSUE, COL_ACTION, COL_RESPONSIBLE, COL_DUE };

static char *cell_field(sv_PlanRow *row, int col, size_t *size)
{
    switch (col) {
    case COL_ISSUE: *size = sizeof row->issue; return row->issue;
    case COL_ACTION: *size = sizeof row->action; return row->action;
    case COL_RESPONSIBLE: *size = sizeof row->responsible; return row->responsible;
    case COL_DUE: *size = sizeof row->due; return row->due;
    default: *size = 0; return NULL;
    }
}

static void set_typing(ui_BoardScreen *s, bool on)
{
    if (s->typing == on) return;
    if (on)
        SDL_StartTextInput();
    else
        SDL_StopTextInput();
    s->typing = on;
}

static sv_PlanRow *current_row(ui_BoardScreen *s, ui_Board *b)
{
    if (!b->plan->row_count) return NULL;
    if (s->row >= (int)b->plan->row_count) s->row = (int)b->plan->row_count - 1;
    return &b->plan->rows[s->row < 0 ? 0 : s->row];
}

static void start_edit(ui_BoardScreen *s, ui_Board *b)
{
    sv_PlanRow *row = current_row(s, b);
    if (!row) return;
    size_t size;
    char *f = cell_field(row, s->col, &size);
    snprintf(s->undo, sizeof s->undo, "%s", f ? f : "");
    s->undo_principle = row->principle;
    s->editing = true;
    s->remove_armed = -1;
    set_typing(s, f != NULL);
}

static void end_edit(ui_BoardScreen *s, const ui_Context *ui, ui_Board *b, bool keep)
{
    sv_PlanRow *row = current_row(s, b);
    s->editing = false;
    set_typing(s, false);
    if (!row) return;
    size_t size;
    char *f = cell_field(row, s->col, &size);
    if (!keep) {
        if (f) sv_plan_set_text(f, size, s->undo);
        row->principle = s->undo_principle;
        return;
    }
    bool changed = f ? strcmp(f, s->undo) != 0 : row->principle != s->undo_principle;
    if (changed) save_plan(s, ui, b);
}

/* Typed text at the end of the cell, as many whole characters as fit. */
static void type_text(ui_BoardScreen *s, ui_Board *b, const char *text)
{
    sv_PlanRow *row = current_row(s, b);
    size_t size;
    char *f = row ? cell_field(row, s->col, &size) : NULL;
    if (!f) return;
    char joined[SV_PLAN_TEXT_BYTES + 80]; /* a frame types at most 63 bytes */
    snprintf(joined, sizeof joined, "%s%s", f, text);
    sv_plan_set_text(f, size, joined);
}

static void delete_char(ui_BoardScreen *s, ui_Board *b)
{
    sv_PlanRow *row = current_row(s, b);
    size_t size;
    char *f = row ? cell_field(row, s->col, &size) : NULL;
    if (!f) return;
    size_t n = strlen(f);
    while (n > 0 && ((unsigned char)f[n - 1] & 0xC0) == 0x80) n--;
    f[n > 0 ? n - 1 : 0] = '\0';
}

/* The workshop's people, the facilitator first: whom a row can be given to. */
static const char *person(const ui_Board *b, int i)
{
    const sv_Workshop *w = &b->workshop;
    if (i == 0) return w->facilitator.name;
    i--;
    for (uint32_t t = 0; t < w->team_count; t++) {
        if (i < (int)w->teams[t].member_count) return w->teams[t].members[i].name;
        i -= (int)w->teams[t].member_count;
    }
    return NULL;
}

static void next_person(sv_PlanRow *row, const ui_Board *b, int delta)
{
    int n = 0, at = -1;
    while (person(b, n)) {
        if (strcmp(person(b, n), row->responsible) == 0) at = n;
        n++;
    }
    if (!n) return;
    at = at < 0 ? (delta > 0 ? 0 : n - 1) : ((at + delta) % n + n) % n;
    sv_plan_set_text(row->responsible, sizeof row->responsible, person(b, at));
}

/* A week later or earlier: from the date in the cell, else from the workshop's. */
static void shift_due(sv_PlanRow *row, const ui_Board *b, int delta)
{
    char iso[40];
    int64_t t = 0;
    snprintf(iso, sizeof iso, "%.10sT00:00:00Z", row->due);
    if (strlen(row->due) != 10 || !sv_iso_parse(iso, &t)) {
        t = b->workshop.has_date                        ? b->workshop.date
            : b->team_count && b->results[0].play_count ? b->results[0].plays[0].started
                                                        : 0;
        t -= t % 86400;
    }
    t += (int64_t)delta * WEEK_S;
    if (t < 0) t = 0;
    sv_iso_format(t * 1000, iso, sizeof iso);
    iso[10] = '\0';
    sv_plan_set_text(row->due, sizeof row->due, iso);
}

static void choose(ui_BoardScreen *s, ui_Board *b, int delta)
{
    sv_PlanRow *row = current_row(s, b);
    if (!row) return;
    if (s->col == COL_PRINCIPLE)
        row->principle =
            (row->principle + 1 + delta + SV_PRINCIPLE_COUNT + 1) % (SV_PRINCIPLE_COUNT + 1) - 1;
    else if (s->col == COL_RESPONSIBLE)
        next_person(row, b, delta);
    else if (s->col == COL_DUE)
        shift_due(row, b, delta);
}

static void add_row(ui_BoardScreen *s, const ui_Context *ui, ui_Board *b)
{
    char n[16];
    if (b->plan->row_count >= SV_PLAN_MAX_ROWS) {
        snprintf(n, sizeof n, "%u", SV_PLAN_MAX_ROWS);
        set_note(s, ui, UI_S_BOARD_PLAN_FULL, n, true);
        return;
    }
    sv_PlanRow *row = &b->plan->rows[b->plan->row_count++];
    memset(row, 0, sizeof *row);
    row->principle = -1;
    s->row = (int)b->plan->row_count - 1;
    s->col = COL_ISSUE;
    s->follow = true;
    save_plan(s, ui, b);
}

/* The first press arms, the second (on the same row) removes. */
static void remove_row(ui_BoardScreen *s, const ui_Context *ui, ui_Board *b)
{
    if (!current_row(s, b)) return;
    if (s->remove_armed != s->row) {
        s->remove_armed = s->row;
        char n[16];
        snprintf(n, sizeof n, "%d", s->row + 1);
        set_note(s, ui, UI_S_BOARD_PLAN_REMOVE_AGAIN, n, false);
        return;
    }
    sv_Plan *p = b->plan;
    memmove(&p->rows[s->row], &p->rows[s->row + 1],
            (p->row_count - (uint32_t)s->row - 1) * sizeof p->rows[0]);
    p->row_count--;
    s->remove_armed = -1;
    if (s->row >= (int)p->row_count && s->row > 0) s->row--;
    save_plan(s, ui, b);
}

/* ---- the screen ---------------------------------------------------------------------------- */

static int scenario_count(const ui_Board *b)
{
    return b->has_workshop ? (int)b->workshop.scenario_count : 0;
}

bool ui_board_init(ui_BoardScreen *s, ui_Context *ui, ui_Game *g)
{
    (void)ui;
    memset(s, 0, sizeof *s);
    s->remove_armed = -1;
    s->col = COL_ISSUE;
    const ui_Board *b = g->board;
    /* the scoreboard opens on the latest scenario any team has played */
    for (int i = 0; b && i < scenario_count(b); i++)
        for (size_t t = 0; t < b->team_count; t++)
            for (uint32_t p = 0; p < b->results[t].play_count; p++)
                if (strcmp(b->results[t].plays[p].scenario, b->workshop.scenarios[i]) == 0)
                    s->scenario = i;
    return true;
}

void ui_board_unload(ui_BoardScreen *s) { set_typing(s, false); }

/* Closing the board: in a workshop, back to the run it was shown over or
 * to the workshop screen (ui_workshop_board_back); else where it came from. */
static ui_ScreenId leave(ui_BoardScreen *s, ui_Game *g)
{
    set_typing(s, false);
    if (ui_workshop_active(g)) return ui_workshop_board_back(g);
    g->lang_override = -1; /* the board's workshop language ends with it */
    g->settings_changed = true;
    return (ui_ScreenId)g->board_return;
}

static void go_page(ui_BoardScreen *s, int page)
{
    s->page = (page % UI_BOARD_PAGES + UI_BOARD_PAGES) % UI_BOARD_PAGES;
    s->scroll = s->target = 0.0f;
    s->remove_armed = -1;
}

/* A click on a plan cell: chosen and edited at once. */
static void plan_click(ui_BoardScreen *s, ui_Context *ui, const ui_Game *g, const ui_BoardLayout *l,
                       const ui_Event *e)
{
    ui_Board *b = g->board;
    if (e->y < l->content.y || e->y > l->content.y + l->content.h) return;
    float y = l->plan_top + l->plan_head_h - s->scroll;
    for (uint32_t i = 0; i < b->plan->row_count; i++) {
        float h = ui_board_plan_row_h(ui, g, l, i);
        if (e->y >= y && e->y < y + h)
            for (int c = 0; c < UI_BOARD_COLS; c++)
                if (e->x >= l->col_x[c] && e->x < l->col_x[c + 1]) {
                    s->row = (int)i;
                    s->col = c;
                    start_edit(s, b);
                    return;
                }
        y += h;
    }
}

/* A click; true when it leaves the board. */
static bool click(ui_BoardScreen *s, ui_Context *ui, ui_Game *g, const ui_Event *e)
{
    ui_Board *b = g->board;
    ui_BoardLayout l;
    ui_board_layout(ui, b, s->page, &l);
    for (int p = 0; p < UI_BOARD_PAGES; p++)
        if (ui_hit(l.tabs[p], e->x, e->y)) go_page(s, p);
    if (ui_hit(l.export_btn, e->x, e->y)) export_report(s, ui, g, b);
    if (ui_hit(l.back_btn, e->x, e->y)) return true;
    if (s->page == UI_BOARD_SCORES) {
        int n = scenario_count(b);
        if (n > 1 && ui_hit(l.prev_btn, e->x, e->y)) s->scenario = (s->scenario + n - 1) % n;
        if (n > 1 && ui_hit(l.next_btn, e->x, e->y)) s->scenario = (s->scenario + 1) % n;
        for (int m = 0; m < SV_METER_COUNT; m++)
            if (ui_hit(l.meters[m], e->x, e->y)) s->meter = m;
    } else if (s->page == UI_BOARD_PLAN) {
        if (ui_hit(l.add_btn, e->x, e->y))
            add_row(s, ui, b);
        else if (ui_hit(l.remove_btn, e->x, e->y))
            remove_row(s, ui, b);
        else
            plan_click(s, ui, g, &l, e);
    }
    return false;
}

/* An event while a cell is being edited; true when it was the edit's. */
static bool edit_event(ui_BoardScreen *s, ui_Context *ui, ui_Board *b, const ui_Event *e)
{
    switch (e->act) {
    case UI_ACT_CONFIRM:
        if (e->arg != 1) end_edit(s, ui, b, true); /* the space bar types a space */
        return true;
    case UI_ACT_BACK: end_edit(s, ui, b, false); return true;
    case UI_ACT_REMOVE:
    case UI_ACT_ITEM_UP: delete_char(s, b); return true;
    case UI_ACT_UP:
    case UI_ACT_RIGHT: choose(s, b, 1); return true;
    case UI_ACT_DOWN:
    case UI_ACT_LEFT: choose(s, b, -1); return true;
    case UI_ACT_CLICK: end_edit(s, ui, b, true); return false; /* and the click goes on */
    default: return true; /* letters and digits arrive as text */
    }
}

static void plan_event(ui_BoardScreen *s, ui_Context *ui, ui_Board *b, const ui_Event *e)
{
    int rows = (int)b->plan->row_count;
    switch (e->act) {
    case UI_ACT_UP: s->row = s->row > 0 ? s->row - 1 : 0; break;
    case UI_ACT_DOWN: s->row = s->row + 1 < rows ? s->row + 1 : s->row; break;
    case UI_ACT_LEFT: s->col = s->col > 0 ? s->col - 1 : 0; break;
    case UI_ACT_RIGHT: s->col = s->col + 1 < UI_BOARD_COLS ? s->col + 1 : s->col; break;
    case UI_ACT_CONFIRM: start_edit(s, b); break;
    case UI_ACT_ITEM_DOWN: add_row(s, ui, b); break;
    case UI_ACT_ITEM_UP:
    case UI_ACT_REMOVE: remove_row(s, ui, b); break;
    case UI_ACT_LETTER:
        if (e->arg == 'n' - 'a') add_row(s, ui, b);
        break;
    default: break;
    }
    if (e->act != UI_ACT_REMOVE && e->act != UI_ACT_ITEM_UP) s->remove_armed = -1;
    s->follow = true;
}

static void view_event(ui_BoardScreen *s, ui_Board *b, const ui_Event *e, float page)
{
    int n = scenario_count(b);
    switch (e->act) {
    case UI_ACT_LEFT:
        if (s->page == UI_BOARD_SCORES && n > 1) s->scenario = (s->scenario + n - 1) % n;
        break;
    case UI_ACT_RIGHT:
        if (s->page == UI_BOARD_SCORES && n > 1) s->scenario = (s->scenario + 1) % n;
        break;
    case UI_ACT_ITEM_DOWN: s->meter = (s->meter + 1) % SV_METER_COUNT; break;
    case UI_ACT_LETTER:
        if (e->arg == 'm' - 'a') s->meter = (s->meter + 1) % SV_METER_COUNT;
        break;
    case UI_ACT_UP: s->target -= 80.0f; break;
    case UI_ACT_DOWN: s->target += 80.0f; break;
    case UI_ACT_PAGE_UP: s->target -= page; break;
    case UI_ACT_PAGE_DOWN: s->target += page; break;
    case UI_ACT_HOME: s->target = 0.0f; break;
    case UI_ACT_END: s->target = 1e9f; break;
    default: break;
    }
}

/* Keeps the plan's chosen row in view. */
static void follow_row(ui_BoardScreen *s, ui_Context *ui, const ui_Game *g, const ui_BoardLayout *l)
{
    const ui_Board *b = g->board;
    float y = l->plan_top + l->plan_head_h - l->content.y, h = 0.0f;
    for (int i = 0; i <= s->row && i < (int)b->plan->row_count; i++) {
        if (i) y += h;
        h = ui_board_plan_row_h(ui, g, l, (uint32_t)i);
    }
    if (y + h - s->target > l->content.h) s->target = y + h - l->content.h;
    if (y - l->plan_head_h < s->target) s->target = y - l->plan_head_h;
}

ui_ScreenId ui_board_update(ui_BoardScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in)
{
    ui_Board *b = g->board;
    if (!b) return leave(s, g);
    if (s->editing && in->text[0]) type_text(s, b, in->text);
    ui_BoardLayout l;
    ui_board_layout(ui, b, s->page, &l);
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        if (s->editing && edit_event(s, ui, b, e)) continue;
        switch (e->act) {
        case UI_ACT_TAB_NEXT: go_page(s, s->page + 1); continue;
        case UI_ACT_TAB_PREV: go_page(s, s->page - 1); continue;
        case UI_ACT_DIGIT:
            if (e->arg >= 1 && e->arg <= UI_BOARD_PAGES) go_page(s, e->arg - 1);
            continue;
        case UI_ACT_PAUSE: export_report(s, ui, g, b); continue;
        case UI_ACT_BACK: return leave(s, g);
        case UI_ACT_CLICK:
            if (click(s, ui, g, e)) return leave(s, g);
            continue;
        case UI_ACT_LETTER:
            if (e->arg == 'e' - 'a') {
                export_report(s, ui, g, b);
                continue;
            }
            break;
        default: break;
        }
        if (s->page == UI_BOARD_PLAN)
            plan_event(s, ui, b, e);
        else
            view_event(s, b, e, l.content.h * 0.8f);
    }
    ui_board_layout(ui, b, s->page, &l);
    s->target -= in->wheel * 90.0f - in->scroll * (float)in->dt_ms;
    if (s->page == UI_BOARD_PLAN && b->plan->row_count && s->follow) follow_row(s, ui, g, &l);
    s->follow = false;
    float max = ui_board_content_height(ui, g, s->page, &l) - l.content.h;
    ui_list_ease(&s->scroll, &s->target, max, ui->reduced_motion);
    return UI_SCREEN_BOARD;
}
