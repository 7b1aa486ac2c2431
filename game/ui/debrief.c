/* The debrief screen: the chart, the ending and a grade, then one card per
 * decision (what the player did and how long it took, how the meters moved,
 * every rule that fired with its principles and explanation, and the better
 * alternative the model saw) and one for what happened between decisions.
 * Retry replays the scenario with the same seed or a new one. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "menu.h"
#include "screens.h"
#include "workshop.h"

#define MARGIN 24.0f
#define CARD_PAD 22.0f
#define CARD_GAP 14.0f

enum { BTN_SAME = 0, BTN_NEW, BTN_TITLE, BTN_COUNT };
/* in a workshop: continue it, play the scenario again with its seed, its overview */
static const ui_StrId workshop_labels[BTN_COUNT] = {UI_S_DEBRIEF_WS_CONTINUE, UI_S_DEBRIEF_WS_AGAIN,
                                                    UI_S_DEBRIEF_WS_OVERVIEW};

/* The grade (sv_grade_score) and how many decisions were played at their best. */
static void grade(ui_DebriefScreen *s, const sv_Debrief *d)
{
    s->score = sv_grade_score(d->meters_final);
    snprintf(s->grade, sizeof s->grade, "%c", sv_grade_letter(s->score));
    for (size_t i = 0; i < d->decision_count; i++) {
        const sv_DebriefDecision *dd = &d->decisions[i];
        if (!dd->has_best_option && !dd->has_best_composed) continue;
        s->judged++;
        s->best += dd->played_is_best;
    }
}

static int by_change(const void *a, const void *b)
{
    const ui_SkillMove *x = a, *y = b;
    int dx = abs(x->after - (x->before < 0 ? 0 : x->before));
    int dy = abs(y->after - (y->before < 0 ? 0 : y->before));
    return dx != dy ? dy - dx : x->principle - y->principle;
}

/* What the run changed in the profile's skills: the levels before it and with it. */
static void skills_moved(ui_DebriefScreen *s, const ui_Game *g)
{
    const sv_Profile *p = &g->profile.data;
    if (!g->profile.run_recorded || !p->run_count) return;
    sv_Skill before[SV_PRINCIPLE_COUNT], after[SV_PRINCIPLE_COUNT];
    sv_profile_skills(p, p->run_count - 1, before);
    sv_profile_skills(p, p->run_count, after);
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) {
        if (before[k].level == after[k].level) continue;
        s->moved[s->moved_count].principle = (int8_t)k;
        s->moved[s->moved_count].before = (int16_t)before[k].level;
        s->moved[s->moved_count].after = (int16_t)after[k].level;
        s->moved_count++;
    }
    qsort(s->moved, (size_t)s->moved_count, sizeof s->moved[0], by_change);
}

bool ui_debrief_screen_init(ui_DebriefScreen *s, ui_Context *ui, ui_Game *g)
{
    (void)ui;
    memset(s, 0, sizeof *s);
    snprintf(s->grade, sizeof s->grade, "-");
    if (!g->run.active) return false;
    if (g->run.has_debrief) {
        grade(s, &g->run.debrief);
        s->lead = 1;
        s->cards =
            s->lead + (int)g->run.debrief.decision_count + (g->run.debrief.standing_count ? 1 : 0);
        skills_moved(s, g);
    }
    s->card_y = calloc((size_t)s->cards + 1, sizeof *s->card_y);
    s->card_h = calloc((size_t)s->cards + 1, sizeof *s->card_h);
    s->cursor = s->cards; /* start on the buttons: Enter retries at once */
    return s->card_y && s->card_h;
}

void ui_debrief_screen_unload(ui_DebriefScreen *s)
{
    free(s->card_y);
    free(s->card_h);
    memset(s, 0, sizeof *s);
}

/* ---- layout ------------------------------------------------------------------------ */

typedef struct Layout {
    SDL_FRect header, chart, summary, list, buttons[BTN_COUNT];
} Layout;

static void layout(ui_Context *ui, Layout *l)
{
    float hh = ui_text_line_height(&ui->text, UI_FONT_TITLE) + 24.0f;
    float hint = ui_text_line_height(&ui->text, UI_FONT_SMALL) + 14.0f;
    float bh = ui_text_line_height(&ui->text, UI_FONT_BOLD) + 26.0f;
    l->header = ui_rect(0.0f, 0.0f, (float)UI_WIDTH, hh);
    l->chart = ui_rect(MARGIN, hh + 16.0f, 1190.0f, 420.0f);
    l->summary = ui_rect(MARGIN + 1190.0f + 16.0f, hh + 16.0f,
                         (float)UI_WIDTH - 2.0f * MARGIN - 1206.0f, 420.0f);
    float by = (float)UI_HEIGHT - hint - 16.0f - bh;
    float top = l->chart.y + l->chart.h + 16.0f;
    l->list = ui_rect(MARGIN, top, (float)UI_WIDTH - 2.0f * MARGIN, by - 16.0f - top);
    static const ui_StrId labels[BTN_COUNT] = {UI_S_DEBRIEF_RETRY_SAME, UI_S_DEBRIEF_RETRY_NEW,
                                               UI_S_DEBRIEF_TO_TITLE};
    float w[BTN_COUNT], x = (float)UI_WIDTH - MARGIN;
    for (int i = 0; i < BTN_COUNT; i++) /* wide enough for a workshop's labels too */
        w[i] = fmaxf(220.0f,
                     fmaxf(ui_text_width(&ui->text, UI_FONT_BOLD, ui_tr(ui, labels[i])),
                           ui_text_width(&ui->text, UI_FONT_BOLD, ui_tr(ui, workshop_labels[i]))) +
                         64.0f);
    for (int i = BTN_COUNT - 1; i >= 0; i--) {
        x -= w[i];
        l->buttons[i] = ui_rect(x, by, w[i], bh);
        x -= 16.0f;
    }
}

/* Draws (when draw) or only measures a paragraph; returns its height. */
static float para(ui_Context *ui, bool draw, ui_FontId f, SDL_Color fg, SDL_Color bg,
                  const char *text, float x, float y, float w)
{
    if (!draw) return ui_text_wrap_height(&ui->text, f, text, w);
    return ui_text_draw_wrap(&ui->text, f, fg, bg, text, x, y, w, 0);
}

static void principles(sv_PrincipleSet set, char *buf, size_t size)
{
    size_t o = 0;
    buf[0] = '\0';
    for (int p = 0; p < SV_PRINCIPLE_COUNT && o + 1 < size; p++) {
        if (!(set & (1u << p))) continue;
        int n =
            snprintf(buf + o, size - o, "%s%s", o ? ", " : "", sv_principle_name((sv_Principle)p));
        if (n < 0) break;
        o += (size_t)n < size - o ? (size_t)n : size - o - 1;
    }
}

static const char *choice_text(const ui_Context *ui, const ui_Game *g, const sv_DebriefReply *r,
                               char *buf, size_t size)
{
    const sv_Scenario *sc = g->run.core.sc;
    char label[160];
    if (r->option >= 0) {
        const sv_Option *o = &sc->options[r->option];
        /* as the options named it, its delay included: it went out that much later */
        snprintf(buf, size, "%s — %s", ui_format_option(ui, o, label, sizeof label),
                 sv_text_get(&o->text, ui->lang));
        return buf;
    }
    if (r->part_count == 0) {
        snprintf(buf, size, "%s", ui_tr(ui, UI_S_DEBRIEF_NOTHING));
        return buf;
    }
    int n =
        snprintf(buf, size, "%s · %s —", ui_tr(ui, UI_S_DEBRIEF_COMPOSED),
                 ui_tr(ui, r->visibility == SV_VIS_PRIVATE ? UI_S_VIS_PRIVATE : UI_S_VIS_PUBLIC));
    size_t o = n > 0 && (size_t)n < size ? (size_t)n : 0;
    for (uint8_t i = 0; i < r->part_count && o + 1 < size; i++) {
        n = snprintf(buf + o, size - o, " %s", sv_text_get(&sc->parts[r->parts[i]].text, ui->lang));
        if (n < 0) break;
        o += (size_t)n < size - o ? (size_t)n : size - o - 1;
    }
    return buf;
}

/* "Reputation +2.1  Mood −0.5" */
static void deltas_text(const ui_Context *ui, const int32_t d[SV_METER_COUNT], char *buf,
                        size_t size)
{
    size_t o = 0;
    buf[0] = '\0';
    for (int m = 0; m < SV_METER_COUNT && o + 1 < size; m++) {
        if (!d[m]) continue;
        char v[24];
        int32_t a = d[m] < 0 ? -d[m] : d[m];
        if (m == SV_METER_REACH)
            snprintf(v, sizeof v, "%d", a);
        else
            ui_format_tenths(ui, a, v, sizeof v);
        int n = snprintf(buf + o, size - o, "%s%s %s%s", o ? "   " : "",
                         ui_tr(ui, (ui_StrId)(UI_S_METER_REPUTATION + m)), d[m] > 0 ? "+" : "−", v);
        if (n < 0) break;
        o += (size_t)n < size - o ? (size_t)n : size - o - 1;
    }
    if (!o) snprintf(buf, size, "%s", ui_tr(ui, UI_S_DEBRIEF_NONE_MOVED));
}

static int64_t gain(const int32_t *a)
{
    return 2 * (int64_t)a[SV_METER_REPUTATION] + a[SV_METER_SENTIMENT] + a[SV_METER_MOOD];
}

/* Appends " · " and the string `key` with a span of `seconds` to head. */
static void append_span(ui_Context *ui, char *head, size_t size, ui_StrId key, uint32_t seconds)
{
    char span[64], more[160];
    ui_time_span(ui->strings, ui->lang, (int64_t)seconds * 1000, span, sizeof span);
    size_t n = strlen(head);
    snprintf(head + n, size - n, " · %s",
             ui_strings_format(more, sizeof more, ui_tr(ui, key), span, NULL, NULL));
}

/* The rules that fired: ▲ for a gain, ▼ for a loss (the sign, not the colour, says which). */
static float hits(ui_Context *ui, const ui_Game *g, bool draw, uint32_t start, uint32_t count,
                  float x, float y, float w)
{
    const ui_Theme *t = &ui->theme;
    const sv_Debrief *d = &g->run.debrief;
    float h = 0.0f;
    for (uint32_t i = start; i < start + count && i < d->hit_count; i++) {
        const sv_DebriefHit *hit = &d->hits[i];
        int64_t gn = gain(hit->applied);
        char names[256], head[640], moved[200];
        principles(hit->principles, names, sizeof names);
        deltas_text(ui, hit->applied, moved, sizeof moved);
        snprintf(head, sizeof head, "%s %s · %s", gn > 0 ? "▲" : gn < 0 ? "▼" : "•", names, moved);
        if (hit->count > 1) append_span(ui, head, sizeof head, UI_S_DEBRIEF_FOR_TIME, hit->count);
        if (hit->before_open)
            append_span(ui, head, sizeof head, UI_S_DEBRIEF_BEFORE_OPEN, hit->before_open);
        SDL_Color c = gn > 0 ? t->good : gn < 0 ? t->bad : t->muted;
        h += para(ui, draw, UI_FONT_SMALL_BOLD, c, t->surface, head, x, y + h, w) + 2.0f;
        h += para(ui, draw, UI_FONT_SMALL, t->text, t->surface, hit->explain, x + 26.0f, y + h,
                  w - 26.0f) +
             10.0f;
    }
    return h;
}

/* One decision's card: what happened on the left, why and what was better on the right. */
static float decision_card(ui_Context *ui, const ui_Game *g, int i, bool draw, float x, float y,
                           float w, bool focused)
{
    const ui_Theme *t = &ui->theme;
    const sv_DebriefDecision *dd = &g->run.debrief.decisions[i];
    const sv_Decision *dec = &g->run.core.sc->decisions[dd->decision];
    float col = (w - 3.0f * CARD_PAD) / 2.0f, lx = x + CARD_PAD, rx = lx + col + CARD_PAD;
    float ly = y + CARD_PAD, ry = y + CARD_PAD;
    char buf[SV_MAX_COMPOSE * 600], a[48], b[64], c[64], head[600];
    snprintf(a, sizeof a, "%d", i + 1);
    ui_time_clock(ui->strings, ui->lang, dd->open_ms, g->run.core.sc->duration_ms, b, sizeof b);
    ui_time_span(ui->strings, ui->lang, dd->taken_ms, c, sizeof c);
    ui_strings_format(head, sizeof head, ui_tr(ui, UI_S_DEBRIEF_DECISION), a, b, c);
    ly += para(ui, draw, UI_FONT_SMALL_BOLD, focused ? t->accent : t->muted, t->surface, head, lx,
               ly, col) +
          4.0f;
    ly += para(ui, draw, UI_FONT_BOLD, t->text, t->surface, sv_text_get(&dec->prompt, ui->lang), lx,
               ly, col) +
          10.0f;
    char you[SV_MAX_COMPOSE * 600 + 200];
    choice_text(ui, g, &dd->played, buf, sizeof buf);
    if (dd->by_default)
        snprintf(
            you, sizeof you, "%s: %s", ui_tr(ui, UI_S_DEBRIEF_YOU),
            ui_strings_format(head, sizeof head, ui_tr(ui, UI_S_DEBRIEF_DEFAULT), buf, NULL, NULL));
    else
        snprintf(you, sizeof you, "%s: %s", ui_tr(ui, UI_S_DEBRIEF_YOU), buf);
    ly += para(ui, draw, UI_FONT_BODY, t->text, t->surface, you, lx, ly, col) + 10.0f;
    char moved[256];
    deltas_text(ui, dd->played.deltas, moved, sizeof moved);
    snprintf(head, sizeof head, "%s: %s", ui_tr(ui, UI_S_DEBRIEF_MOVED), moved);
    int64_t gn = gain(dd->played.deltas);
    ly += para(ui, draw, UI_FONT_SMALL_BOLD,
               gn > 0   ? t->good
               : gn < 0 ? t->bad
                        : t->muted,
               t->surface, head, lx, ly, col);
    if (dd->played.hits_count) {
        ry += para(ui, draw, UI_FONT_SMALL_BOLD, t->accent, t->surface, ui_tr(ui, UI_S_DEBRIEF_WHY),
                   rx, ry, col) +
              4.0f;
        ry += hits(ui, g, draw, dd->played.hits_start, dd->played.hits_count, rx, ry, col);
    }
    const sv_DebriefReply *bt = sv_debrief_better(dd);
    if (!bt) {
        ry += para(ui, draw, UI_FONT_SMALL_BOLD, t->good, t->surface, ui_tr(ui, UI_S_DEBRIEF_BEST),
                   rx, ry, col);
    } else {
        int64_t more = bt->figure - dd->played.figure;
        snprintf(a, sizeof a, "%" PRId64 "%s%02" PRId64, more / 100, ui_tr(ui, UI_S_NUM_DECIMAL),
                 more % 100);
        ry += para(ui, draw, UI_FONT_SMALL_BOLD, t->accent, t->surface,
                   ui_strings_format(head, sizeof head, ui_tr(ui, UI_S_DEBRIEF_BETTER), a, NULL,
                                     NULL),
                   rx, ry, col) +
              4.0f;
        ry += para(ui, draw, UI_FONT_BODY, t->text, t->surface,
                   choice_text(ui, g, bt, buf, sizeof buf), rx, ry, col);
    }
    return fmaxf(ly, ry) - y + CARD_PAD;
}

static float standing_card(ui_Context *ui, const ui_Game *g, bool draw, float x, float y, float w,
                           bool focused)
{
    const ui_Theme *t = &ui->theme;
    const sv_Debrief *d = &g->run.debrief;
    float cy = y + CARD_PAD;
    cy += para(ui, draw, UI_FONT_BOLD, focused ? t->accent : t->text, t->surface,
               ui_tr(ui, UI_S_DEBRIEF_STANDING), x + CARD_PAD, cy, w - 2.0f * CARD_PAD) +
          10.0f;
    cy += hits(ui, g, draw, d->standing_start, d->standing_count, x + CARD_PAD, cy,
               w - 2.0f * CARD_PAD);
    return cy - y + CARD_PAD;
}

/* ---- the lessons and what changed in the skills ------------------------------------------ */

static const char *principle_name(const ui_Context *ui, const ui_Game *g, int k)
{
    return g->principles.arena ? sv_text_get(&g->principles.of[k].name, ui->lang)
                               : sv_principle_name((sv_Principle)k);
}

/* The run's lessons, each tied to its principle and to the decision where it mattered. */
static float lessons(ui_Context *ui, const ui_Game *g, bool draw, float x, float y, float w)
{
    const ui_Theme *t = &ui->theme;
    const sv_Debrief *d = &g->run.debrief;
    float h = para(ui, draw, UI_FONT_SMALL_BOLD, t->accent, t->surface,
                   ui_tr(ui, UI_S_DEBRIEF_LESSONS), x, y, w) +
              8.0f;
    if (!d->lesson_count)
        return h + para(ui, draw, UI_FONT_BODY, t->text, t->surface,
                        ui_tr(ui, UI_S_DEBRIEF_NO_LESSONS), x, y + h, w);
    for (size_t i = 0; i < d->lesson_count; i++) {
        const sv_DebriefLesson *l = &d->lessons[i];
        char num[24], text[1200], where[900], n[16];
        snprintf(num, sizeof num, "%zu.", i + 1);
        if (draw)
            ui_text_draw(&ui->text, UI_FONT_BOLD, t->accent, t->surface, num, x, y + h,
                         UI_ALIGN_LEFT);
        const char *lesson = g->principles.arena
                                 ? sv_text_get(&g->principles.of[l->principle].lesson, ui->lang)
                                 : sv_principle_name(l->principle);
        snprintf(text, sizeof text, "%s", lesson);
        h += para(ui, draw, UI_FONT_BOLD, t->text, t->surface, text, x + 36.0f, y + h, w - 36.0f) +
             2.0f;
        const char *name = principle_name(ui, g, (int)l->principle);
        if (l->decision >= 0 && (size_t)l->decision < d->decision_count) {
            const sv_Decision *dec = &g->run.core.sc->decisions[d->decisions[l->decision].decision];
            snprintf(n, sizeof n, "%d", (int)l->decision + 1);
            ui_strings_format(where, sizeof where, ui_tr(ui, UI_S_DEBRIEF_LESSON_AT), name, n,
                              sv_text_get(&dec->prompt, ui->lang));
        } else {
            ui_strings_format(where, sizeof where, ui_tr(ui, UI_S_DEBRIEF_LESSON_STANDING), name,
                              NULL, NULL);
        }
        /* one line: the decision's prompt is in its card below */
        if (draw)
            ui_text_draw_fit(&ui->text, UI_FONT_SMALL, t->muted, t->surface, where, x + 36.0f,
                             y + h, w - 36.0f, UI_ALIGN_LEFT);
        h += ui_text_line_height(&ui->text, UI_FONT_SMALL) + 12.0f;
    }
    return h;
}

#define MOVED_SHOWN 6 /* the largest changes; the skills screen has the rest */

static float skills_changed(const ui_DebriefScreen *s, ui_Context *ui, const ui_Game *g, bool draw,
                            float x, float y, float w)
{
    const ui_Theme *t = &ui->theme;
    float h =
        para(ui, draw, UI_FONT_SMALL_BOLD, t->accent, t->surface,
             ui_tr(ui, ui_workshop_active(g) ? UI_S_DEBRIEF_TEAM_RESULT : UI_S_DEBRIEF_SKILLS), x,
             y, w) +
        8.0f;
    if (ui_workshop_active(g)) /* a workshop's run: where the team's result went */
        return h + para(ui, draw, UI_FONT_BODY, g->workshop->note_bad ? t->bad : t->muted,
                        t->surface, g->workshop->note, x, y + h, w);
    if (!g->profile.run_recorded || !s->moved_count)
        return h + para(ui, draw, UI_FONT_BODY, t->muted, t->surface,
                        ui_tr(ui, g->profile.run_recorded ? UI_S_DEBRIEF_SKILLS_NONE
                                  : g->has_replay         ? UI_S_DEBRIEF_SKILLS_REPLAY
                                                          : UI_S_DEBRIEF_SKILLS_NO_PROFILE),
                        x, y + h, w);
    float lh = ui_text_line_height(&ui->text, UI_FONT_BODY);
    for (int i = 0; i < s->moved_count && i < MOVED_SHOWN; i++) {
        const ui_SkillMove *m = &s->moved[i];
        char was[16], now[16], line[64];
        if (m->before < 0)
            snprintf(was, sizeof was, "–");
        else
            snprintf(was, sizeof was, "%d %%", (int)m->before);
        snprintf(now, sizeof now, "%d %%", (int)m->after);
        /* a first level is neither a gain nor a loss: no arrow, no colour */
        bool up = m->after > m->before, first = m->before < 0;
        snprintf(line, sizeof line, "%s %s → %s", first ? "•" : up ? "▲" : "▼", was, now);
        SDL_Color ink = first ? t->text : up ? t->good : t->bad;
        if (draw) {
            float lw = ui_text_draw(&ui->text, UI_FONT_BOLD, ink, t->surface, line, x + w, y + h,
                                    UI_ALIGN_RIGHT);
            ui_text_draw_fit(&ui->text, UI_FONT_BODY, t->text, t->surface,
                             principle_name(ui, g, m->principle), x, y + h, w - lw - 24.0f,
                             UI_ALIGN_LEFT);
        }
        h += lh + 8.0f;
    }
    if (s->moved_count > MOVED_SHOWN) {
        char n[16], line[256];
        snprintf(n, sizeof n, "%d", s->moved_count - MOVED_SHOWN);
        ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_DEBRIEF_SKILLS_MORE), n, NULL, NULL);
        h += para(ui, draw, UI_FONT_SMALL, t->muted, t->surface, line, x, y + h, w);
    }
    return h;
}

/* The first card: the lessons on the left, what changed in the skills on the right. */
static float lead_card(const ui_DebriefScreen *s, ui_Context *ui, const ui_Game *g, bool draw,
                       float x, float y, float w)
{
    float col = (w - 3.0f * CARD_PAD) / 2.0f;
    float l = lessons(ui, g, draw, x + CARD_PAD, y + CARD_PAD, col);
    float r = skills_changed(s, ui, g, draw, x + 2.0f * CARD_PAD + col, y + CARD_PAD, col);
    return fmaxf(l, r) + 2.0f * CARD_PAD;
}

static float card(const ui_DebriefScreen *s, ui_Context *ui, const ui_Game *g, int i, bool draw,
                  float x, float y, float w, bool focused)
{
    if (i < s->lead) return lead_card(s, ui, g, draw, x, y, w);
    i -= s->lead;
    if (i < (int)g->run.debrief.decision_count)
        return decision_card(ui, g, i, draw, x, y, w, focused);
    return standing_card(ui, g, draw, x, y, w, focused);
}

static void layout_cards(ui_DebriefScreen *s, ui_Context *ui, const ui_Game *g, float w)
{
    if (s->laid_gen == ui->text.generation + 1 && s->laid_width == w) return;
    float y = 0.0f;
    for (int i = 0; i < s->cards; i++) {
        s->card_y[i] = y;
        s->card_h[i] = card(s, ui, g, i, false, 0.0f, 0.0f, w, false);
        y += s->card_h[i] + CARD_GAP;
    }
    s->list_h = y;
    s->laid_gen = ui->text.generation + 1;
    s->laid_width = w;
}

/* ---- update ------------------------------------------------------------------------------ */

static ui_ScreenId press(ui_DebriefScreen *s, ui_Game *g, int b)
{
    (void)s;
    g->has_replay = false; /* a retry is the player's own run, even after watching a replay */
    /* a workshop: continue it, play the scenario again (its one seed), or its overview */
    if (ui_workshop_active(g))
        return b == BTN_SAME ? UI_SCREEN_WORKSHOP : b == BTN_NEW ? UI_SCREEN_PLAY : UI_SCREEN_TITLE;
    if (b == BTN_SAME) return UI_SCREEN_PLAY;
    if (b == BTN_NEW) {
        g->seed = ui_game_new_seed(g);
        return UI_SCREEN_PLAY;
    }
    return UI_SCREEN_TITLE;
}

static void follow(ui_DebriefScreen *s, float view)
{
    if (s->cursor < s->cards) {
        UI_ASSERT(s->cursor >= 0);
        float y = s->card_y[s->cursor], h = s->card_h[s->cursor];
        if (y < s->target) s->target = y;
        if (y + h > s->target + view) s->target = h > view ? y : y + h - view;
    }
}

ui_ScreenId ui_debrief_screen_update(ui_DebriefScreen *s, ui_Context *ui, ui_Game *g,
                                     const ui_Input *all)
{
    Layout l;
    layout(ui, &l);
    /* the tutorial's last hint, over the cards it explains; its own input only */
    ui_Input own = *all;
    const ui_Input *in = &own;
    ui_tutorial_input(&g->tutorial, ui, &own, l.list, UI_SIDE_ABOVE);
    ui_HintFacts facts = {.debrief = true, .inputs = g->run.core.rec.input_count};
    ui_tutorial_update(&g->tutorial, ui, &facts);
    if (g->run.has_debrief) layout_cards(s, ui, g, l.list.w);
    bool moved = false;
    s->target -= in->wheel * 90.0f - in->scroll * (float)in->dt_ms * 1.5f;
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        if (ui_list_keys(e, &s->cursor, s->cards, &s->target, l.list.h * 0.8f, &moved)) continue;
        switch (e->act) {
        case UI_ACT_LEFT:
        case UI_ACT_TAB_PREV:
            s->cursor = s->cards;
            s->button = s->button > 0 ? s->button - 1 : 0;
            break;
        case UI_ACT_RIGHT:
        case UI_ACT_TAB_NEXT:
            s->cursor = s->cards;
            s->button = s->button + 1 < BTN_COUNT ? s->button + 1 : BTN_COUNT - 1;
            break;
        case UI_ACT_CONFIRM:
            if (s->cursor >= s->cards) return press(s, g, s->button);
            s->cursor = s->cards;
            break;
        case UI_ACT_BACK: return UI_SCREEN_TITLE;
        case UI_ACT_CLICK:
            for (int b = 0; b < BTN_COUNT; b++)
                if (ui_hit(l.buttons[b], e->x, e->y)) return press(s, g, b);
            for (int k = 0; k < s->cards && ui_hit(l.list, e->x, e->y); k++) {
                float y = l.list.y - s->scroll + s->card_y[k];
                if (e->y >= y && e->y < y + s->card_h[k]) s->cursor = k;
            }
            break;
        default: break;
        }
    }
    if (moved) follow(s, l.list.h);
    ui_list_ease(&s->scroll, &s->target, s->list_h - l.list.h, ui->reduced_motion);
    return UI_SCREEN_DEBRIEF;
}

/* ---- draw -------------------------------------------------------------------------------- */

static void draw_summary(const ui_DebriefScreen *s, ui_Context *ui, const ui_Game *g, SDL_FRect r)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    ui_panel(ui, r, 16.0f, t->surface, t->border);
    const ui_Run *run = &g->run;
    float x = r.x + 28.0f, w = r.w - 56.0f, y = r.y + 22.0f, bottom = r.y + r.h - 18.0f;
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->accent, t->surface, ui_tr(ui, UI_S_DEBRIEF_GRADE), x, y,
                 UI_ALIGN_LEFT);
    y += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 10.0f;
    /* the grade's letter in a circle, its word and score and how it is made beside it */
    float rad = 56.0f, tx = x + 2.0f * rad + 24.0f, tw = w - 2.0f * rad - 24.0f;
    static const ui_StrId words[5] = {UI_S_GRADE_A, UI_S_GRADE_B, UI_S_GRADE_C, UI_S_GRADE_D,
                                      UI_S_GRADE_E};
    int gi = s->grade[0] >= 'A' && s->grade[0] <= 'E' ? s->grade[0] - 'A' : 4;
    char line[512], a[16], b[16];
    snprintf(line, sizeof line, "%s · %d/100", ui_tr(ui, words[gi]), (int)s->score);
    float hh = ui_text_line_height(tc, UI_FONT_HEAD);
    float how = fminf(ui_text_wrap_height(tc, UI_FONT_SMALL, ui_tr(ui, UI_S_DEBRIEF_GRADE_HOW), tw),
                      3.0f * ui_text_line_height(tc, UI_FONT_SMALL));
    float block = fmaxf(2.0f * rad, hh + 6.0f + how);
    ui_disc(ui, x + rad, y + block / 2.0f, rad, t->accent);
    ui_text_draw(tc, UI_FONT_TITLE, t->on_accent, t->accent, s->grade, x + rad,
                 y + block / 2.0f - ui_text_line_height(tc, UI_FONT_TITLE) / 2.0f, UI_ALIGN_CENTRE);
    float ty = y + (block - hh - 6.0f - how) / 2.0f;
    ui_text_draw_fit(tc, UI_FONT_HEAD, t->text, t->surface, line, tx, ty, tw, UI_ALIGN_LEFT);
    ui_text_draw_wrap(tc, UI_FONT_SMALL, t->muted, t->surface, ui_tr(ui, UI_S_DEBRIEF_GRADE_HOW),
                      tx, ty + hh + 6.0f, tw, 3);
    y += block + 16.0f;
    snprintf(a, sizeof a, "%d", s->best);
    snprintf(b, sizeof b, "%d", s->judged);
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_DEBRIEF_BEST_COUNT), a, b, NULL);
    if (y + ui_text_wrap_height(tc, UI_FONT_SMALL_BOLD, line, w) <= bottom)
        y += ui_text_draw_wrap(tc, UI_FONT_SMALL_BOLD, t->text, t->surface, line, x, y, w, 0) +
             14.0f;
    char limit[768];
    if (ui_format_limit(ui, &run->core.s, limit, sizeof limit) &&
        y + ui_text_wrap_height(tc, UI_FONT_SMALL_BOLD, limit, w) <= bottom)
        y +=
            ui_text_draw_wrap(tc, UI_FONT_SMALL_BOLD, t->bad, t->surface, limit, x, y, w, 0) + 8.0f;
    uint32_t dropped = run->has_debrief ? sv_dropped_total(&run->debrief.dropped) : 0;
    if (dropped) { /* a run that lost records says so rather than look complete */
        snprintf(a, sizeof a, "%u", dropped);
        ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_DEBRIEF_DROPPED), a, NULL, NULL);
        if (y + ui_text_wrap_height(tc, UI_FONT_SMALL, line, w) <= bottom)
            y += ui_text_draw_wrap(tc, UI_FONT_SMALL, t->bad, t->surface, line, x, y, w, 0) + 8.0f;
    }
    if (run->core.s.ending < 0 || y + ui_text_line_height(tc, UI_FONT_BOLD) > bottom) return;
    const sv_Ending *e = &run->core.sc->endings[run->core.s.ending];
    y += ui_text_draw_wrap(tc, UI_FONT_BOLD, t->text, t->surface, sv_text_get(&e->title, ui->lang),
                           x, y, w, 1) +
         4.0f;
    int lines = (int)((bottom - y) / ui_text_line_height(tc, UI_FONT_SMALL));
    if (lines > 0)
        ui_text_draw_wrap(tc, UI_FONT_SMALL, t->text, t->surface, sv_text_get(&e->text, ui->lang),
                          x, y, w, lines);
}

void ui_debrief_screen_draw(const ui_DebriefScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    Layout l;
    layout(ui, &l);
    ui_menu_backdrop(ui);
    ui_fill(ui, l.header, t->header);
    float tw = ui_text_draw(&ui->text, UI_FONT_TITLE, t->on_header, t->header,
                            ui_tr(ui, UI_S_DEBRIEF_TITLE), MARGIN, 12.0f, UI_ALIGN_LEFT);
    float by = (l.header.h - ui_text_line_height(&ui->text, UI_FONT_BOLD)) / 2.0f;
    ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->on_header, t->header,
                     sv_text_get(&g->run.core.sc->title, ui->lang), MARGIN + tw + 40.0f, by,
                     1000.0f, UI_ALIGN_LEFT);
    char seed[32], line[96];
    snprintf(seed, sizeof seed, "%llu", (unsigned long long)g->run.core.seed);
    ui_text_draw(
        &ui->text, UI_FONT_SMALL, t->on_header, t->header,
        ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_DEBRIEF_SEED), seed, NULL, NULL),
        (float)UI_WIDTH - MARGIN, by + 4.0f, UI_ALIGN_RIGHT);
    int decision = s->cursor - s->lead;
    ui_chart_draw(ui, g, l.chart,
                  decision >= 0 &&
                          decision < (int)(g->run.has_debrief ? g->run.debrief.decision_count : 0)
                      ? decision
                      : -1);
    draw_summary(s, ui, g, l.summary);
    if (!g->run.has_debrief) {
        ui_text_draw(&ui->text, UI_FONT_BODY, t->bad, t->bg, ui_tr(ui, UI_S_DEBRIEF_FAILED),
                     l.list.x, l.list.y, UI_ALIGN_LEFT);
    } else {
        ui_clip(ui, &l.list);
        for (int i = 0; i < s->cards; i++) {
            float y = l.list.y - s->scroll + s->card_y[i];
            if (y + s->card_h[i] < l.list.y || y > l.list.y + l.list.h) continue;
            SDL_FRect r = {l.list.x, y, l.list.w, s->card_h[i]};
            ui_panel(ui, r, 14.0f, t->surface, i == s->cursor ? t->accent : t->border);
            card(s, ui, g, i, true, r.x, r.y, r.w, i == s->cursor);
        }
        ui_clip(ui, NULL);
    }
    static const ui_StrId labels[BTN_COUNT] = {UI_S_DEBRIEF_RETRY_SAME, UI_S_DEBRIEF_RETRY_NEW,
                                               UI_S_DEBRIEF_TO_TITLE};
    for (int b = 0; b < BTN_COUNT; b++)
        ui_button(ui, l.buttons[b],
                  ui_tr(ui, (ui_workshop_active(g) ? workshop_labels : labels)[b]),
                  b == BTN_SAME ? UI_BUTTON_PRIMARY : UI_BUTTON_PLAIN,
                  s->cursor >= s->cards && s->button == b, true);
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_DEBRIEF_PAD : UI_S_HINT_DEBRIEF));
    ui_tutorial_draw(&g->tutorial, ui, l.list, UI_SIDE_ABOVE);
}
