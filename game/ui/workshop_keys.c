/* The facilitator's controls during a workshop (workshop.h): the keys (F1
 * shows them all, F2 pauses, F3/F4 time speed, F6/F7 the pressure dial, F8
 * ends a team talk), the team talk itself (the clock held at each decision
 * that opens until the facilitator starts it, so the room reads the post and
 * the crowd first), and what the app draws over every screen for them. The
 * clock is only ever held, never moved: the run stays the same run. */
#include <stdio.h>
#include <string.h>

#include <SDL.h>

#include "draw.h"
#include "journal.h"
#include "menu.h"
#include "workshop.h"

/* The time speeds the facilitator steps through, in percent. */
static const uint32_t speeds[] = {25, 50, 75, 100, 150, 200, 300, 400, 800, 1600};
#define SPEED_COUNT (sizeof speeds / sizeof speeds[0])
#define DIAL_STEP 25u

static bool talking(const ui_Game *g)
{
    const ui_Workshop *ws = g->workshop;
    return ui_workshop_active(g) && ws->w.options.team_talk && ws->playing && g->run.active &&
           !g->run.core.s.ended;
}

bool ui_workshop_holds(ui_Game *g)
{
    if (!talking(g)) return false;
    ui_Workshop *ws = g->workshop;
    const sv_Session *s = &g->run.core.s;
    ws->talk = -1;
    for (uint32_t d = 0; d < s->sc->decision_count && d < SV_MAX_NODES && ws->talk < 0; d++)
        if (s->decision_state[d] == SV_DEC_OPEN && !ws->released[d]) ws->talk = (int32_t)d;
    return ws->talk >= 0;
}

void ui_workshop_tick(ui_Game *g, uint32_t dt_ms, uint32_t speed_pct, uint32_t limit_ms)
{
    ui_Run *r = &g->run;
    if (!talking(g)) {
        ui_run_tick(r, dt_ms, speed_pct, limit_ms);
        return;
    }
    /* the frame's time, a scheduled thing at a time, so the clock stops
     * exactly when a decision opens (its deadline all there for the room) */
    uint64_t target = (uint64_t)r->core.s.now_ms + (uint64_t)dt_ms * speed_pct / 100u;
    if (target > limit_ms) target = limit_ms;
    while (r->active && !r->core.s.ended && r->core.s.now_ms < target && !ui_workshop_holds(g)) {
        uint32_t next, now = r->core.s.now_ms;
        uint32_t to = (uint32_t)target;
        if (ui_run_next_stop(r, &next) && next > now && next < to) to = next;
        ui_run_tick(r, to - now, 100u, to); /* exactly to `to` */
        if (r->core.s.now_ms == now) break; /* the scenario's end, or nothing moved */
    }
}

/* The team talk's banner over the feed, and its button. */
static SDL_FRect talk_box(const ui_Context *ui)
{
    float h = ui_text_line_height(&ui->text, UI_FONT_HEAD) +
              2.0f * ui_text_line_height(&ui->text, UI_FONT_BODY) + ui_menu_row_height(ui) + 90.0f;
    return ui_rect(160.0f, (float)UI_HEIGHT - h - 110.0f, 800.0f, h);
}

static SDL_FRect talk_button(const ui_Context *ui)
{
    SDL_FRect b = talk_box(ui);
    float rh = ui_menu_row_height(ui);
    return ui_rect(b.x + 40.0f, b.y + b.h - rh - 24.0f, b.w - 80.0f, rh);
}

static uint32_t step_speed(uint32_t now, int delta)
{
    if (delta > 0) {
        for (size_t i = 0; i < SPEED_COUNT; i++)
            if (speeds[i] > now) return speeds[i];
        return speeds[SPEED_COUNT - 1];
    }
    for (size_t i = SPEED_COUNT; i-- > 0;)
        if (speeds[i] < now) return speeds[i];
    return speeds[0];
}

/* "1.5x" as the header shows speeds */
static void speed_text(const ui_Context *ui, uint32_t pct, char *buf, size_t size)
{
    if (pct % 100u == 0)
        snprintf(buf, size, "%u×", pct / 100u);
    else
        snprintf(buf, size, "%u%s%u×", pct / 100u, ui_tr(ui, UI_S_NUM_DECIMAL),
                 pct % 10u == 0 ? pct % 100u / 10u : pct % 100u);
}

static void facilitator(ui_Game *g, ui_Context *ui, int arg, bool playing, char *toast, size_t size)
{
    ui_Workshop *ws = g->workshop;
    char a[32];
    switch (arg) {
    case UI_FAC_SLOWER:
    case UI_FAC_FASTER:
        g->speed_override = step_speed(ui_game_speed(g), arg == UI_FAC_SLOWER ? -1 : 1);
        speed_text(ui, g->speed_override, a, sizeof a);
        ui_strings_format(toast, size, ui_tr(ui, UI_S_FAC_SPEED), a, NULL, NULL);
        break;
    case UI_FAC_LESS_TIME:
    case UI_FAC_MORE_TIME: {
        uint32_t d = ws->deadline_pct;
        if (arg == UI_FAC_LESS_TIME)
            d = d >= SV_DEADLINE_PCT_MIN + DIAL_STEP ? d - DIAL_STEP : SV_DEADLINE_PCT_MIN;
        else
            d = d + DIAL_STEP <= SV_DEADLINE_PCT_MAX ? d + DIAL_STEP : SV_DEADLINE_PCT_MAX;
        ws->deadline_pct = d;
        /* in a run: decisions that open from now on, recorded in its replay and
         * journal (a crash keeps the move); else the next run's start */
        bool live = playing && g->run.active && !g->run.core.s.ended &&
                    sv_run_set_deadline(&g->run.core, d);
        if (live) ui_journal_save(g);
        snprintf(a, sizeof a, "%u", d);
        ui_strings_format(toast, size, ui_tr(ui, live ? UI_S_FAC_PRESSURE_NOW : UI_S_FAC_PRESSURE),
                          a, NULL, NULL);
        SDL_Log("workshop: pressure dial %u %%%s at %u ms", d, live ? " in the run" : "",
                g->run.active ? g->run.core.s.now_ms : 0u);
        break;
    }
    case UI_FAC_TALK_DONE:
        if (ws->talk >= 0 && ws->talk < (int32_t)SV_MAX_NODES) {
            ws->released[ws->talk] = 1;
            SDL_Log("workshop: team talk over at %u ms, decision %s", g->run.core.s.now_ms,
                    g->run.core.sc->decisions[ws->talk].id);
            ws->talk = -1;
        }
        break;
    default: break;
    }
}

void ui_workshop_keys(ui_Game *g, ui_Context *ui, ui_Input *in, bool playing, char *toast,
                      size_t size)
{
    toast[0] = '\0';
    if (!ui_workshop_active(g)) return;
    ui_Workshop *ws = g->workshop;
    if (playing)
        (void)ui_workshop_holds(g);
    else
        ws->talk = -1;
    int kept = 0;
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        bool mine = true;
        if (e->act == UI_ACT_HINT)
            ws->help = !ws->help;
        else if (e->act == UI_ACT_FACILITATOR && e->arg <= UI_FAC_TALK_DONE)
            facilitator(g, ui, e->arg, playing, toast, size);
        else if (e->act == UI_ACT_CLICK && ws->talk >= 0 && ui_hit(talk_button(ui), e->x, e->y))
            facilitator(g, ui, UI_FAC_TALK_DONE, playing, toast, size);
        else if ((e->act == UI_ACT_BACK || e->act == UI_ACT_CLICK) && ws->help)
            ws->help = false; /* Esc or a click closes the help first */
        else
            mine = false;
        if (!mine) in->ev[kept++] = *e;
    }
    in->count = kept;
}

/* ---- drawn over every screen ---------------------------------------------------------------- */

static void draw_talk(ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    SDL_FRect b = talk_box(ui);
    ui_panel(ui, b, 18.0f, t->header, t->accent);
    float x = b.x + 40.0f, y = b.y + 24.0f;
    ui_text_draw(tc, UI_FONT_HEAD, t->on_header, t->header, ui_tr(ui, UI_S_TALK_TITLE), x, y,
                 UI_ALIGN_LEFT);
    y += ui_text_line_height(tc, UI_FONT_HEAD) + 8.0f;
    ui_text_draw_wrap(tc, UI_FONT_BODY, t->on_header, t->header, ui_tr(ui, UI_S_TALK_BODY), x, y,
                      b.w - 80.0f, 2);
    ui_button(ui, talk_button(ui), ui_tr(ui, UI_S_TALK_START), UI_BUTTON_PRIMARY, true, true);
    (void)g;
}

static void draw_help(ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    const ui_Workshop *ws = g->workshop;
    static const ui_StrId lines[] = {UI_S_HELP_F1,
                                     UI_S_HELP_PAUSE,
                                     UI_S_HELP_SPEED,
                                     UI_S_HELP_PRESSURE,
                                     UI_S_HELP_TALK,
                                     UI_S_HELP_KEY_INJECTS,
                                     UI_S_HELP_KEY_FACILITATOR_VIEW,
                                     UI_S_HELP_FULLSCREEN};
    enum { N = sizeof lines / sizeof lines[0] };
    const float w = 1560.0f, text_w = w - 112.0f, gap = 14.0f;
    char speed[32], dial[16], text[N][512];
    speed_text(ui, ui_game_speed(g), speed, sizeof speed);
    snprintf(dial, sizeof dial, "%u", ws->deadline_pct);
    float body = 0.0f;
    for (int i = 0; i < N; i++) {
        const char *a1 = lines[i] == UI_S_HELP_SPEED      ? speed
                         : lines[i] == UI_S_HELP_PRESSURE ? dial
                                                          : NULL;
        ui_strings_format(text[i], sizeof text[i], ui_tr(ui, lines[i]), a1, NULL, NULL);
        body += ui_text_wrap_height(tc, UI_FONT_BODY, text[i], text_w) + gap;
    }
    float h = 120.0f + ui_text_line_height(tc, UI_FONT_TITLE) + body +
              ui_text_line_height(tc, UI_FONT_SMALL);
    SDL_FRect p = ui_rect(((float)UI_WIDTH - w) / 2.0f, ((float)UI_HEIGHT - h) / 2.0f, w, h);
    SDL_Color dim = t->header;
    dim.a = 120;
    ui_fill(ui, ui_rect(0.0f, 0.0f, (float)UI_WIDTH, (float)UI_HEIGHT), dim);
    ui_panel(ui, p, 20.0f, t->surface, t->accent);
    float x = p.x + 56.0f, y = p.y + 36.0f;
    ui_text_draw(tc, UI_FONT_TITLE, t->text, t->surface, ui_tr(ui, UI_S_HELP_TITLE), x, y,
                 UI_ALIGN_LEFT);
    y += ui_text_line_height(tc, UI_FONT_TITLE) + 30.0f;
    /* a key's line wraps rather than losing its end */
    for (int i = 0; i < N; i++)
        y += ui_text_draw_wrap(tc, UI_FONT_BODY, t->text, t->surface, text[i], x, y, text_w, 0) +
             gap;
    ui_text_draw(tc, UI_FONT_SMALL, t->muted, t->surface, ui_tr(ui, UI_S_HELP_CLOSE), x, y + 10.0f,
                 UI_ALIGN_LEFT);
}

void ui_workshop_draw_overlay(ui_Context *ui, const ui_Game *g, bool playing)
{
    if (!ui_workshop_active(g)) return;
    if (playing && g->workshop->talk >= 0) draw_talk(ui, g);
    if (g->workshop->help) draw_help(ui, g);
}
