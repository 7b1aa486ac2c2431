/* The play screen: a header with the brand and the clock, channel tabs over
 * the feed (or the composer's parts), the meters, and the decision panel. It
 * moves the run's clock each frame at the player's time speed, picks the
 * decision the panel shows, hands input to the panel's leaf (options.c or
 * composer.c), applies what the player did there through ui_run_apply, and
 * goes to the debrief once the scenario has ended.
 *
 * While no decision is open the player may skip ahead to what happens next,
 * and a quiet stretch (nothing due for QUIET_MS of simulated time) is skipped
 * by itself once the screen has been calm for a moment, so a scenario of days
 * plays in minutes (and a watched replay, open decisions or not, in seconds).
 * Skips only move the clock: they are no input, the replay
 * never sees them, and the results are what waiting would have given. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "journal.h"
#include "promises.h"
#include "screens.h"
#include "workshop.h"

#define HEADER_H 84.0f
#define COL_GAP 24.0f
#define LEFT_X 24.0f
#define LEFT_W 1040.0f
#define RIGHT_X (LEFT_X + LEFT_W + COL_GAP)
#define RIGHT_W ((float)UI_WIDTH - RIGHT_X - 24.0f)
#define TOAST_MS 3500u
#define END_WAIT_MS 2500u /* the end is shown this long before the debrief */
#define DELTA_MS 4000u    /* a meter's last change stays shown this long */
#define QUIET_MS 300000u  /* simulated time with nothing due that is skipped by itself */
#define CALM_MS 1500u     /* app time with no decision open before a quiet stretch is skipped */
#define LEAD_MS 1000u     /* a skip by itself lands this long before the next thing */
#define MARK_MS 30000u    /* skips at least this long are marked in the feed */

bool ui_play_init(ui_PlayScreen *p, ui_Context *ui, ui_Game *g)
{
    memset(p, 0, sizeof *p);
    if (!g->run.active || !ui_feed_init(&p->feed, g->run.core.sc, g->names)) return false;
    p->decision = -1;
    ui_inject_reset(&p->inject);
    ui_options_reset(&p->options);
    ui_composer_reset(&p->composer, -1);
    p->watching = g->run.core.replay != NULL;
    p->quiet_since = ui->now_ms;
    p->tab = p->feed.public_channel;
    /* a run restarted mid-way (a reload) has a log already: no toasts for its past */
    p->log_cursor = g->run.core.s.log_count;
    for (int m = 0; m < SV_METER_COUNT; m++) {
        p->meter_shown[m] = (float)g->run.core.s.meters[m];
        p->meter_seen[m] = p->meter_base[m] = g->run.core.s.meters[m];
    }
    return true;
}

void ui_play_unload(ui_PlayScreen *p)
{
    ui_feed_free(&p->feed);
    memset(p, 0, sizeof *p);
}

/* ---- helpers -------------------------------------------------------------------------------- */

/* Shows a message over the feed for a few seconds. */
static void toast(ui_PlayScreen *p, const ui_Context *ui, const char *text, bool warn)
{
    snprintf(p->toast, sizeof p->toast, "%s", text);
    p->toast_until = ui->now_ms + TOAST_MS;
    p->toast_warn = warn;
}

static const sv_Decision *current(const ui_PlayScreen *p, const ui_Game *g)
{
    UI_ASSERT(p->decision < (int32_t)g->run.core.sc->decision_count);
    return p->decision >= 0 ? &g->run.core.sc->decisions[p->decision] : NULL;
}

/* Says why the session refused an input. */
static void refused(ui_PlayScreen *p, const ui_Context *ui, const ui_Game *g, sv_InputResult r)
{
    char buf[256], lo[8], hi[8];
    const sv_Decision *d = current(p, g);
    switch (r) {
    case SV_INPUT_DISABLED:
    case SV_INPUT_BAD_OPTION: toast(p, ui, ui_tr(ui, UI_S_INPUT_DISABLED), true); return;
    case SV_INPUT_PART_COUNT:
        snprintf(lo, sizeof lo, "%u", d ? d->compose_min : 1u);
        snprintf(hi, sizeof hi, "%u", d ? d->compose_max : 1u);
        toast(p, ui,
              ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_INPUT_PART_COUNT), lo, hi, NULL),
              true);
        return;
    case SV_INPUT_DUPLICATE_PART: toast(p, ui, ui_tr(ui, UI_S_INPUT_DUPLICATE), true); return;
    case SV_INPUT_VISIBILITY: toast(p, ui, ui_tr(ui, UI_S_INPUT_VISIBILITY), true); return;
    case SV_INPUT_CHANNEL_FULL: toast(p, ui, ui_tr(ui, UI_S_INPUT_CHANNEL_FULL), true); return;
    case SV_INPUT_NOT_OPEN:
    case SV_INPUT_ENDED: toast(p, ui, ui_tr(ui, UI_S_INPUT_CLOSED), true); return;
    default: toast(p, ui, ui_tr(ui, UI_S_INPUT_FAILED), true); return;
    }
}

/* The decision in the panel as its leaves see it. */
static ui_DecisionView view_of(const ui_PlayScreen *p, const ui_Game *g)
{
    ui_DecisionView v = {.sc = g->run.core.sc,
                         .s = &g->run.core.s,
                         .index = p->decision,
                         .d = current(p, g),
                         .watching = p->watching,
                         .next_in_ms = -1};
    uint32_t next;
    if (!v.d && ui_run_next_stop(&g->run, &next) && next > g->run.core.s.now_ms)
        v.next_in_ms = (int64_t)next - (int64_t)g->run.core.s.now_ms;
    return v;
}

/* Skips ahead (to lead_ms before the next thing) and marks the jump in the
 * feed, after everything the skipped time brought. */
static void skip_ahead(ui_PlayScreen *p, ui_Game *g, uint32_t lead_ms)
{
    uint32_t jumped = ui_run_skip(&g->run, g->sim_limit_ms, lead_ms);
    ui_feed_sync(&p->feed, &g->run.core.s, p->tab);
    if (jumped >= MARK_MS) ui_feed_add_skip(&p->feed, g->run.core.s.now_ms, jumped);
}

/* A quiet stretch skips itself once no decision has been open for a moment;
 * while watching a replay, whose player answers nothing but at the replay's
 * times, open decisions do not hold it back (the replay's next input does). */
static void skip_quiet(ui_PlayScreen *p, const ui_Context *ui, ui_Game *g)
{
    uint32_t next;
    if ((p->decision >= 0 && !p->watching) || g->run.core.s.ended) p->quiet_since = ui->now_ms;
    if (ui->now_ms - p->quiet_since < CALM_MS || !ui_run_next_stop(&g->run, &next)) return;
    if (next <= g->run.core.s.now_ms || next - g->run.core.s.now_ms < QUIET_MS) return;
    skip_ahead(p, g, LEAD_MS);
    p->quiet_since = ui->now_ms;
}

/* Where the panel's decision is among the open ones (0 when it is not). */
static int open_at(const ui_PlayScreen *p)
{
    int at = 0;
    for (int i = 0; i < p->open_count; i++)
        if (p->open[i] == p->decision) at = i;
    return at;
}

/* ---- layout ---------------------------------------------------------------------------- */

/* Where everything is, in logical units: one pure function of the state,
 * used by update for hit tests and by draw. */
typedef struct Layout {
    SDL_FRect header, pause_btn, tabs, feed, meters, hint;
    SDL_FRect promises;                 /* under the meters, h 0 while nothing was promised */
    SDL_FRect tab[SV_MAX_CHANNELS + 1]; /* [0] compose when shown, then channels */
    int32_t tab_id[SV_MAX_CHANNELS + 1];
    bool tab_note;      /* room for "not watched" on unwatched tabs */
    ui_FontId tab_font; /* bold, or small bold when the names do not fit */
    int tab_count;
    SDL_FRect newest_btn; /* "show newest" over the feed, w 0 when hidden */
    SDL_FRect over_btn;   /* the end's button to the debrief */
    ui_PanelLayout pan;   /* the decision panel */
} Layout;

static float header_h(const ui_Context *ui)
{
    float h = ui_text_line_height(&ui->text, UI_FONT_BOLD) +
              ui_text_line_height(&ui->text, UI_FONT_SMALL) + 22.0f;
    return h > HEADER_H ? h : HEADER_H;
}

static float meter_row_h(const ui_Context *ui)
{
    return ui_text_line_height(&ui->text, UI_FONT_BOLD) + 14.0f;
}

static float meters_h(const ui_Context *ui) { return 4.0f * meter_row_h(ui) + 24.0f; }

/* Widths of the tabs in font f (names and unread badges); returns the sum. */
static float tab_widths(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, Layout *l,
                        ui_FontId f, float w[], float note[], float *notes)
{
    const sv_Scenario *sc = g->run.core.sc;
    float sum = 0.0f;
    *notes = 0.0f;
    l->tab_count = 0;
    bool compose = p->composing && p->decision >= 0;
    for (int32_t c = compose ? -1 : 0; c < (int32_t)p->feed.channel_count; c++) {
        int i = l->tab_count++;
        const char *name =
            c < 0 ? ui_tr(ui, UI_S_PLAY_COMPOSE_TAB) : sv_text_get(&sc->channels[c].name, ui->lang);
        w[i] = ui_text_width(&ui->text, f, name) + 44.0f;
        if (c >= 0 && p->feed.ch[c].unread && c != p->tab && sc->channels[c].watched) w[i] += 52.0f;
        note[i] =
            c >= 0 && !sc->channels[c].watched
                ? ui_text_width(&ui->text, UI_FONT_SMALL, ui_tr(ui, UI_S_PLAY_NOT_WATCHED)) + 16.0f
                : 0.0f;
        l->tab_id[i] = c;
        sum += w[i] + 8.0f;
        *notes += note[i];
    }
    return sum;
}

/* Tabs as wide as their names; when they do not fit, the "not watched" notes
 * go first, then a smaller font, then every tab gets an equal share and long
 * names are cut. */
static void layout_tabs(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, Layout *l)
{
    float w[SV_MAX_CHANNELS + 1], note[SV_MAX_CHANNELS + 1], notes;
    l->tab_font = UI_FONT_BOLD;
    float sum = tab_widths(p, ui, g, l, l->tab_font, w, note, &notes);
    if (sum > l->tabs.w) {
        l->tab_font = UI_FONT_SMALL_BOLD;
        sum = tab_widths(p, ui, g, l, l->tab_font, w, note, &notes);
    }
    l->tab_note = sum + notes <= l->tabs.w;
    float share =
        (l->tabs.w - 8.0f * (float)l->tab_count) / (float)(l->tab_count ? l->tab_count : 1);
    float x = l->tabs.x;
    for (int i = 0; i < l->tab_count; i++) {
        float tw = w[i] + (l->tab_note ? note[i] : 0.0f);
        if (sum > l->tabs.w && tw > share) tw = share;
        l->tab[i] = ui_rect(x, l->tabs.y, tw, l->tabs.h);
        x += tw + 8.0f;
    }
}

/* The promises keep to one row while a decision's options need the room. */
static size_t promise_rows(const ui_PlayScreen *p)
{
    return p->decision >= 0 ? 1 : UI_PROMISES_SHOWN;
}

static void play_layout(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, Layout *l)
{
    memset(l, 0, sizeof *l);
    float hh = header_h(ui), hint = ui_text_line_height(&ui->text, UI_FONT_SMALL) + 14.0f;
    float bottom = (float)UI_HEIGHT - hint - 16.0f;
    l->header = ui_rect(0.0f, 0.0f, (float)UI_WIDTH, hh);
    float bh = ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 24.0f;
    char pause[96];
    snprintf(pause, sizeof pause, "❚❚  %s", ui_tr(ui, UI_S_PLAY_PAUSE));
    /* measured in the font ui_button picks for a button this tall */
    ui_FontId bf = bh >= 56.0f ? UI_FONT_BOLD : UI_FONT_SMALL_BOLD;
    float bw = ui_text_width(&ui->text, bf, pause) + 48.0f;
    l->pause_btn = ui_rect((float)UI_WIDTH - 24.0f - bw, (hh - bh) / 2.0f, bw, bh);
    float th = ui_text_line_height(&ui->text, UI_FONT_BOLD) + 22.0f;
    l->tabs = ui_rect(LEFT_X, hh + 14.0f, LEFT_W, th);
    layout_tabs(p, ui, g, l);
    l->feed = ui_rect(LEFT_X, l->tabs.y + th + 12.0f, LEFT_W, bottom - (l->tabs.y + th + 12.0f));
    l->meters = ui_rect(RIGHT_X, hh + 14.0f, RIGHT_W, meters_h(ui));
    float y = l->meters.y + l->meters.h + 14.0f,
          ph = ui_promises_height(ui, &g->run, promise_rows(p));
    l->promises = ui_rect(RIGHT_X, y, RIGHT_W, ph);
    if (ph > 0.0f) y += ph + 14.0f;
    SDL_FRect panel = ui_rect(RIGHT_X, y, RIGHT_W, bottom - y);
    float nb = ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 18.0f;
    const ui_FeedChannel *ch = p->tab >= 0 ? &p->feed.ch[p->tab] : NULL;
    if (ch && !ch->follow && ch->unseen)
        l->newest_btn =
            ui_rect(l->feed.x + l->feed.w / 2.0f - 150.0f, l->feed.y + 12.0f, 300.0f, nb);
    float ob = ui_text_line_height(&ui->text, UI_FONT_BOLD) + 30.0f;
    l->over_btn = ui_rect(l->feed.x + l->feed.w / 2.0f - 200.0f, l->feed.y + 150.0f, 400.0f, ob);
    l->hint = ui_rect(0.0f, (float)UI_HEIGHT - hint, (float)UI_WIDTH, hint);
    ui_DecisionView v = view_of(p, g);
    ui_panel_layout(ui, &v, p->open_count, p->composing, panel, l->feed, &l->pan);
}

/* ---- update -------------------------------------------------------------------------------- */

static void cycle_tab(ui_PlayScreen *p, const Layout *l, int delta)
{
    int at = 0;
    for (int i = 0; i < l->tab_count; i++)
        if (l->tab_id[i] == p->tab) at = i;
    at = ((at + delta) % l->tab_count + l->tab_count) % l->tab_count;
    p->tab = l->tab_id[at];
    if (p->tab == UI_PLAY_TAB_COMPOSE) ui_composer_show_parts(&p->composer);
}

/* The panel shows the composer (and its parts in their tab) or the options. */
static void show_composer(ui_PlayScreen *p, bool composing)
{
    p->composing = composing;
    if (composing) {
        ui_composer_open(&p->composer);
        p->tab = UI_PLAY_TAB_COMPOSE;
    } else if (p->tab == UI_PLAY_TAB_COMPOSE) {
        p->tab = p->feed.public_channel;
    }
}

/* Picks the decision the panel shows: the same while it is open, else the newest. */
static void track_decisions(ui_PlayScreen *p, const ui_Game *g)
{
    p->open_count = ui_run_open_decisions(&g->run, p->open, UI_PLAY_MAX_OPEN);
    UI_ASSERT(p->open_count >= 0 && p->open_count <= UI_PLAY_MAX_OPEN);
    bool still = false;
    for (int i = 0; i < p->open_count; i++) still = still || p->open[i] == p->decision;
    if (still) return;
    p->decision = p->open_count ? p->open[0] : -1;
    ui_options_reset(&p->options);
    ui_composer_reset(&p->composer, p->decision);
    const sv_Decision *d = current(p, g);
    show_composer(p, d && d->parts.count > 0 && d->options.count == 0);
}

/* Shows another open decision (delta -1 / +1), with the composer when it has
 * no options or holds a draft for it. */
static void switch_decision(ui_PlayScreen *p, const ui_Game *g, int delta)
{
    if (p->open_count < 2) return;
    int at = open_at(p);
    at = ((at + delta) % p->open_count + p->open_count) % p->open_count;
    p->decision = p->open[at];
    ui_options_reset(&p->options);
    const sv_Decision *d = current(p, g);
    bool composing = d->options.count == 0 || ui_composer_has_draft(&p->composer, p->decision);
    ui_composer_attach(&p->composer, p->decision);
    show_composer(p, composing);
}

/* Applies what the player did in the panel's leaf. */
static void apply(ui_PlayScreen *p, ui_Context *ui, ui_Game *g, const Layout *l, const ui_Event *e,
                  const ui_PanelOutcome *o)
{
    sv_Input in = {.decision = p->decision};
    sv_InputResult r = SV_INPUT_OK;
    switch (o->act) {
    case UI_PANEL_CHOOSE:
        in.kind = SV_INPUT_CHOOSE;
        in.option = (int32_t)current(p, g)->options.start + o->row;
        r = ui_run_apply(&g->run, &in);
        break;
    case UI_PANEL_SEND:
        in.kind = SV_INPUT_COMPOSE;
        in.visibility = o->visibility;
        in.part_count = o->part_count;
        memcpy(in.parts, o->parts, sizeof in.parts);
        r = ui_run_apply(&g->run, &in);
        break;
    case UI_PANEL_SWITCH: switch_decision(p, g, o->delta); break;
    case UI_PANEL_COMPOSE:
        show_composer(p, true);
        if (o->forward) {
            ui_DecisionView v = view_of(p, g);
            ui_PanelOutcome next = ui_composer_update(&p->composer, ui, &v, &l->pan, true, e);
            UI_ASSERT(next.act != UI_PANEL_COMPOSE);
            apply(p, ui, g, l, e, &next);
        }
        break;
    case UI_PANEL_OPTIONS:
        show_composer(p, false);
        /* the options list starts where the parts list was scrolled, as it
         * always has; the options' tick brings it back into range */
        p->options.cursor = 0;
        p->options.scroll = p->composer.scroll;
        p->options.target = p->composer.target;
        break;
    case UI_PANEL_SHOW_PARTS: p->tab = UI_PLAY_TAB_COMPOSE; break;
    case UI_PANEL_REFUSED: r = o->refused; break;
    case UI_PANEL_NONE:
    case UI_PANEL_HANDLED: break;
    }
    if (r != SV_INPUT_OK) refused(p, ui, g, r);
    if (r == SV_INPUT_OK && (o->act == UI_PANEL_CHOOSE || o->act == UI_PANEL_SEND))
        ui_journal_save(g); /* a crash from here on loses nothing */
}

/* One event for the panel while a decision is open and the player is not
 * watching: the buttons between open decisions, else the leaf shown. */
static void panel_event(ui_PlayScreen *p, ui_Context *ui, ui_Game *g, const Layout *l,
                        const ui_Event *e)
{
    const ui_PanelLayout *pl = &l->pan;
    if (e->act == UI_ACT_CLICK && pl->prev_btn.w > 0.0f && ui_hit(pl->prev_btn, e->x, e->y)) {
        switch_decision(p, g, -1);
        return;
    }
    if (e->act == UI_ACT_CLICK && pl->next_btn.w > 0.0f && ui_hit(pl->next_btn, e->x, e->y)) {
        switch_decision(p, g, 1);
        return;
    }
    ui_DecisionView v = view_of(p, g);
    ui_PanelOutcome o = p->composing ? ui_composer_update(&p->composer, ui, &v, pl,
                                                          p->tab == UI_PLAY_TAB_COMPOSE, e)
                                     : ui_options_update(&p->options, ui, &v, pl, e);
    apply(p, ui, g, l, e, &o);
}

/* Toasts for what happened outside the panel: other decisions opening, time running out. */
static void read_log(ui_PlayScreen *p, const ui_Context *ui, const ui_Game *g)
{
    const sv_Session *s = &g->run.core.s;
    char buf[512];
    for (; p->log_cursor < s->log_count; p->log_cursor++) {
        const sv_LogEntry *e = &s->log[p->log_cursor];
        UI_ASSERT((e->kind != SV_LOG_DECISION_OPEN && e->kind != SV_LOG_TIMEOUT) ||
                  (e->a >= 0 && (uint32_t)e->a < g->run.core.sc->decision_count));
        if (e->kind == SV_LOG_DECISION_OPEN && e->a != p->decision)
            toast(p, ui,
                  ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_TOAST_DECISION),
                                    sv_text_get(&g->run.core.sc->decisions[e->a].prompt, ui->lang),
                                    NULL, NULL),
                  false);
        if (e->kind == SV_LOG_TIMEOUT)
            toast(p, ui,
                  ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_FEED_TIMEOUT),
                                    sv_text_get(&g->run.core.sc->decisions[e->a].prompt, ui->lang),
                                    NULL, NULL),
                  true);
    }
}

static void animate_meters(ui_PlayScreen *p, const ui_Context *ui, const sv_Session *s, uint32_t dt)
{
    float k = ui->reduced_motion ? 1.0f : 1.0f - expf(-(float)dt / 160.0f);
    for (int m = 0; m < SV_METER_COUNT; m++) {
        if (s->meters[m] != p->meter_seen[m]) {
            /* changes within a few seconds add up (the model moves meters a little
             * every second), so the number shown is what moved lately, not one tick */
            if (ui->now_ms - p->meter_since_ms[m] >= DELTA_MS || p->meter_changed_ms[m] == 0) {
                p->meter_base[m] = p->meter_seen[m];
                p->meter_since_ms[m] = ui->now_ms;
            }
            p->meter_delta[m] = s->meters[m] - p->meter_base[m];
            p->meter_seen[m] = s->meters[m];
            p->meter_changed_ms[m] = ui->now_ms;
        }
        float want = (float)s->meters[m];
        p->meter_shown[m] += (want - p->meter_shown[m]) * k;
        if (fabsf(want - p->meter_shown[m]) < 0.5f) p->meter_shown[m] = want;
    }
}

/* Scrolls the left side: the channel shown, or the composer's parts. */
static void scroll_left(ui_PlayScreen *p, float dy)
{
    if (p->tab >= 0)
        ui_feed_scroll(&p->feed, p->tab, dy);
    else
        ui_composer_scroll(&p->composer, dy);
}

/* Events every mode shares: tabs, scrolling, pause, the header and the feed. */
static bool common_event(ui_PlayScreen *p, ui_Game *g, const Layout *l, const ui_Event *e,
                         ui_ScreenId *next)
{
    float page = l->feed.h * 0.8f;
    switch (e->act) {
    case UI_ACT_BACK:
    case UI_ACT_PAUSE: *next = UI_SCREEN_PAUSE; return true;
    case UI_ACT_TAB_NEXT: cycle_tab(p, l, 1); return true;
    case UI_ACT_TAB_PREV: cycle_tab(p, l, -1); return true;
    case UI_ACT_PAGE_UP: scroll_left(p, -page); return true;
    case UI_ACT_PAGE_DOWN: scroll_left(p, page); return true;
    case UI_ACT_HOME: scroll_left(p, -1e6f); return true;
    case UI_ACT_END:
        if (p->tab >= 0) ui_feed_follow(&p->feed, p->tab);
        return true;
    case UI_ACT_SKIP:
        if (p->decision < 0 && !p->watching) skip_ahead(p, g, 0);
        return true;
    case UI_ACT_CLICK:
        if (ui_hit(l->pause_btn, e->x, e->y)) {
            *next = UI_SCREEN_PAUSE;
            return true;
        }
        if (l->newest_btn.w > 0.0f && ui_hit(l->newest_btn, e->x, e->y)) {
            ui_feed_follow(&p->feed, p->tab);
            return true;
        }
        if (l->pan.about_btn.w > 0.0f && ui_hit(l->pan.about_btn, e->x, e->y) && p->decision >= 0) {
            /* the post the decision is about, in its channel */
            const sv_Post *post =
                &g->run.core.sc->posts[g->run.core.sc->decisions[p->decision].about];
            p->tab = post->channel;
            ui_feed_reveal_post(&p->feed, p->tab, g->run.core.sc->decisions[p->decision].about,
                                l->feed.h);
            return true;
        }
        for (int i = 0; i < l->tab_count; i++)
            if (ui_hit(l->tab[i], e->x, e->y)) {
                p->tab = l->tab_id[i];
                return true;
            }
        return false;
    default: return false;
    }
}

static ui_ScreenId handle_events(ui_PlayScreen *p, ui_Context *ui, ui_Game *g, const ui_Input *in)
{
    ui_ScreenId next = UI_SCREEN_PLAY;
    for (int i = 0; i < in->count && next == UI_SCREEN_PLAY; i++) {
        Layout l;
        play_layout(p, ui, g, &l); /* again per event: a choice can change the panel */
        const ui_Event *e = &in->ev[i];
        const char *say = NULL; /* the facilitator's keys first (inject.h) */
        if (ui_inject_event(&p->inject, ui, g, e, l.feed, p->decision, &say)) {
            if (say) toast(p, ui, say, true);
            continue;
        }
        if (g->run.core.s.ended) {
            if (e->act == UI_ACT_CONFIRM ||
                (e->act == UI_ACT_CLICK && ui_hit(l.over_btn, e->x, e->y)))
                next = UI_SCREEN_DEBRIEF;
            else
                common_event(p, g, &l, e, &next);
            continue;
        }
        if (common_event(p, g, &l, e, &next)) continue;
        if (p->watching || ui_workshop_holds(g)) continue; /* a team talk: read, do not answer */
        if (p->decision < 0) {
            if (e->act == UI_ACT_CONFIRM ||
                (e->act == UI_ACT_CLICK && ui_hit(l.pan.skip_btn, e->x, e->y)))
                skip_ahead(p, g, 0);
            continue;
        }
        panel_event(p, ui, g, &l, e);
        track_decisions(p, g);
    }
    return next;
}

/* ---- the tutorial's hints ------------------------------------------------------------------ */

/* What hint h explains on this screen, and the side its card goes. */
static ui_HintSide hint_anchor(const ui_PlayScreen *p, const Layout *l, ui_HintId h, SDL_FRect *a)
{
    switch (h) {
    case UI_HINT_FEED: /* the tabs and the complaint under them */
        *a = ui_rect(l->tabs.x, l->tabs.y, l->tabs.w, l->feed.y + 250.0f - l->tabs.y);
        return UI_SIDE_BELOW;
    case UI_HINT_DEADLINE: *a = l->pan.deadline; return UI_SIDE_LEFT;
    case UI_HINT_PICK:
    case UI_HINT_SEND: *a = l->pan.list; return UI_SIDE_LEFT;
    case UI_HINT_METERS: *a = l->meters; return UI_SIDE_LEFT;
    case UI_HINT_CHANNELS:
        *a = l->tabs;
        for (int i = 0; i < l->tab_count; i++)
            if (l->tab_id[i] == p->feed.private_channel) *a = l->tab[i];
        return UI_SIDE_BELOW;
    case UI_HINT_COMPOSE: *a = l->feed; return UI_SIDE_RIGHT;
    default: *a = l->feed; return UI_SIDE_BELOW;
    }
}

/* The hint's own key and ✕ out of the frame's events; the rest are the screen's. */
static void hint_input(const ui_PlayScreen *p, ui_Context *ui, ui_Game *g, ui_Input *in)
{
    bool want = ui_tutorial_pending(g) && ui_tutorial_is_run(g);
    if (want != g->tutorial.active) ui_tutorial_begin(&g->tutorial, want); /* from the settings */
    Layout l;
    play_layout(p, ui, g, &l);
    SDL_FRect a;
    ui_HintSide side = hint_anchor(p, &l, ui_tutorial_shown(&g->tutorial), &a);
    ui_tutorial_input(&g->tutorial, ui, in, a, side);
}

static void hint_update(const ui_PlayScreen *p, const ui_Context *ui, ui_Game *g, int cursor)
{
    const sv_Decision *d = current(p, g);
    int32_t c = p->feed.private_channel;
    ui_HintFacts f = {
        .ended = g->run.core.s.ended,
        .options = d && !p->composing && !p->watching && !g->run.core.s.ended,
        .composing = d && p->composing && !p->watching,
        .draft = p->composer.count,
        .draft_min = d ? d->compose_min : 0,
        .inputs = g->run.core.rec.input_count,
        .private_items = c >= 0 ? p->feed.ch[c].count : 0,
        .private_unread = c >= 0 && p->feed.ch[c].unread > 0,
        .private_shown = c >= 0 && p->tab == c,
    };
    f.moved = f.options && p->options.cursor != cursor;
    ui_tutorial_update(&g->tutorial, ui, &f);
}

ui_ScreenId ui_play_update(ui_PlayScreen *p, ui_Context *ui, ui_Game *g, const ui_Input *all)
{
    ui_Run *run = &g->run;
    ui_Input own = *all;
    const ui_Input *in = &own;
    hint_input(p, ui, g, &own);
    int cursor = p->options.cursor;
    track_decisions(p, g);
    ui_ScreenId next = handle_events(p, ui, g, in);
    if (next != UI_SCREEN_PLAY) return next;
    /* ui_run_tick, but a workshop's team talk holds the clock at each decision that opens */
    ui_workshop_tick(g, in->dt_ms, ui_game_speed(g), g->sim_limit_ms);
    ui_feed_sync(&p->feed, &run->core.s, p->tab);
    track_decisions(p, g);
    skip_quiet(p, ui, g);
    track_decisions(p, g);
    read_log(p, ui, g);
    UI_ASSERT(p->tab < (int32_t)p->feed.channel_count);
    if (p->tab >= 0) p->feed.ch[p->tab].unread = 0;
    Layout l;
    play_layout(p, ui, g, &l);
    float wheel = -in->wheel * 90.0f + in->scroll * (float)in->dt_ms * 1.5f;
    if (wheel != 0.0f) {
        /* the list under the mouse; the stick scrolls the left side */
        bool over_panel = ui->mouse_active && ui_hit(l.pan.panel, ui->mouse_x, ui->mouse_y);
        if (over_panel) {
            if (!p->composing) {
                ui_options_scroll(&p->options, wheel);
            } else {
                ui_DecisionView pv = view_of(p, g);
                ui_composer_scroll_preview(&p->composer, ui, &pv, &l.pan, wheel);
            }
        } else {
            scroll_left(p, wheel);
        }
    }
    if (p->tab >= 0)
        ui_feed_update(&p->feed, ui, &run->core.s, p->tab, l.feed.w, l.feed.h, in->dt_ms);
    ui_DecisionView v = view_of(p, g);
    if (p->composing && v.d)
        ui_composer_tick(&p->composer, ui, &v, l.feed, p->tab == UI_PLAY_TAB_COMPOSE, in->dt_ms);
    else
        ui_options_tick(&p->options, ui, &v, &l.pan, in->dt_ms);
    animate_meters(p, ui, &run->core.s, in->dt_ms);
    hint_update(p, ui, g, cursor);
    if (run->core.s.ended && p->ended_ms == 0) p->ended_ms = ui->now_ms;
    if (p->ended_ms && ui->now_ms - p->ended_ms >= END_WAIT_MS) return UI_SCREEN_DEBRIEF;
    return UI_SCREEN_PLAY;
}

/* ---- draw -------------------------------------------------------------------------------------
 */

static void draw_header(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, const Layout *l)
{
    const ui_Theme *t = &ui->theme;
    const sv_Scenario *sc = g->run.core.sc;
    ui_TextCache *tc = &ui->text;
    ui_fill(ui, l->header, t->header);
    float mid = l->header.h / 2.0f;
    ui_avatar(ui, 52.0f, mid, 26.0f, sc->brand.name, ui_theme_rgb(sc->brand.colour));
    float lb = ui_text_line_height(tc, UI_FONT_BOLD), ls = ui_text_line_height(tc, UI_FONT_SMALL);
    float top = mid - (lb + ls) / 2.0f;
    ui_text_draw(tc, UI_FONT_BOLD, t->on_header, t->header, sc->brand.name, 92.0f, top,
                 UI_ALIGN_LEFT);
    ui_text_draw(tc, UI_FONT_SMALL, ui_theme_mix(t->on_header, t->header, 0.25f), t->header,
                 sc->brand.handle, 92.0f, top + lb, UI_ALIGN_LEFT);
    char line[128], speed[64], num[16];
    ui_time_header(ui->strings, ui->lang, g->run.core.s.now_ms, sc->duration_ms, line, sizeof line);
    float right = l->pause_btn.x - 28.0f;
    uint32_t sp = ui_game_speed(g);
    if (sp % 100u == 0)
        snprintf(num, sizeof num, "%u", sp / 100u);
    else
        snprintf(num, sizeof num, "%u%s%u", sp / 100u, ui_tr(ui, UI_S_NUM_DECIMAL),
                 sp % 10u == 0 ? sp % 100u / 10u : sp % 100u);
    ui_strings_format(speed, sizeof speed, ui_tr(ui, UI_S_PLAY_SPEED), num, NULL, NULL);
    if (p->watching) {
        size_t n = strlen(speed);
        snprintf(speed + n, sizeof speed - n, " · %s", ui_tr(ui, UI_S_PLAY_REPLAYING));
    }
    right -= ui_text_draw(tc, UI_FONT_SMALL, ui_theme_mix(t->on_header, t->header, 0.25f),
                          t->header, speed, right, mid - ls / 2.0f, UI_ALIGN_RIGHT) +
             24.0f;
    right -= ui_text_draw(tc, UI_FONT_HEAD, t->on_header, t->header, line, right,
                          mid - ui_text_line_height(tc, UI_FONT_HEAD) / 2.0f, UI_ALIGN_RIGHT);
    /* the title between the brand and the clock, which grows in a long scenario */
    ui_text_draw_fit(tc, UI_FONT_BOLD, t->on_header, t->header, sv_text_get(&sc->title, ui->lang),
                     560.0f, mid - lb / 2.0f, fminf(620.0f, right - 40.0f - 560.0f), UI_ALIGN_LEFT);
    char label[96];
    snprintf(label, sizeof label, "❚❚  %s", ui_tr(ui, UI_S_PLAY_PAUSE));
    ui_button(ui, l->pause_btn, label, UI_BUTTON_PLAIN, false, true);
}

static void draw_tabs(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, const Layout *l)
{
    const ui_Theme *t = &ui->theme;
    const sv_Scenario *sc = g->run.core.sc;
    for (int i = 0; i < l->tab_count; i++) {
        int32_t c = l->tab_id[i];
        SDL_FRect r = l->tab[i];
        bool on = c == p->tab;
        SDL_Color fill = on ? t->surface : ui_hover(ui, r) ? t->hover : t->sunken;
        ui_panel(ui, r, 12.0f, fill, on ? t->accent : t->border);
        if (on) ui_fill(ui, ui_rect(r.x + 10.0f, r.y + r.h - 5.0f, r.w - 20.0f, 5.0f), t->accent);
        const char *name =
            c < 0 ? ui_tr(ui, UI_S_PLAY_COMPOSE_TAB) : sv_text_get(&sc->channels[c].name, ui->lang);
        float y = r.y + (r.h - ui_text_line_height(&ui->text, l->tab_font)) / 2.0f;
        float x = r.x + 22.0f;
        uint32_t unread = c >= 0 ? p->feed.ch[c].unread : 0;
        bool badge = unread && !on && sc->channels[c].watched;
        x += ui_text_draw_fit(&ui->text, l->tab_font, on ? t->text : t->muted, fill, name, x, y,
                              r.w - 44.0f - (badge ? 52.0f : 0.0f), UI_ALIGN_LEFT);
        if (c >= 0 && !sc->channels[c].watched &&
            l->tab_note) /* no badges: finding it is the player's job */
            ui_text_draw(&ui->text, UI_FONT_SMALL, t->muted, fill, ui_tr(ui, UI_S_PLAY_NOT_WATCHED),
                         x + 12.0f, y + 3.0f, UI_ALIGN_LEFT);
        if (badge) {
            char n[16];
            snprintf(n, sizeof n, "%u", unread > 99 ? 99u : unread);
            float cy = r.y + r.h / 2.0f;
            ui_disc(ui, x + 30.0f, cy, 18.0f, t->bad);
            ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, t->on_accent, t->bad, n, x + 30.0f,
                         cy - ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) / 2.0f,
                         UI_ALIGN_CENTRE);
        }
    }
}

/* One meter as a row: its name, an animated bar, the last change (with its
 * sign and an arrow, so never by colour alone) and the value. */
static void draw_meter(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, int m, SDL_FRect r)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    char num[32], delta[32];
    int32_t shown = (int32_t)lroundf(p->meter_shown[m]);
    if (m == SV_METER_REACH)
        ui_format_count((uint32_t)(shown > 0 ? shown : 0), num, sizeof num);
    else
        ui_format_tenths(ui, shown, num, sizeof num);
    float lb = ui_text_line_height(tc, UI_FONT_BOLD),
          ls = ui_text_line_height(tc, UI_FONT_SMALL_BOLD);
    float label_w = 0.0f, value_w = ui_text_width(tc, UI_FONT_BOLD, "00 000") + 8.0f;
    float delta_w = ui_text_width(tc, UI_FONT_SMALL_BOLD, "▼ −00.0") + 12.0f;
    for (int k = 0; k < SV_METER_COUNT; k++)
        label_w = fmaxf(label_w, ui_text_width(tc, UI_FONT_SMALL_BOLD,
                                               ui_tr(ui, (ui_StrId)(UI_S_METER_REPUTATION + k))));
    label_w = fminf(label_w + 16.0f, r.w * 0.42f);
    ui_text_draw_fit(tc, UI_FONT_SMALL_BOLD, t->text, t->surface,
                     ui_tr(ui, (ui_StrId)(UI_S_METER_REPUTATION + m)), r.x, r.y + (r.h - ls) / 2.0f,
                     label_w - 12.0f, UI_ALIGN_LEFT);
    ui_text_draw(tc, UI_FONT_BOLD, t->text, t->surface, num, r.x + r.w, r.y + (r.h - lb) / 2.0f,
                 UI_ALIGN_RIGHT);
    int32_t d = p->meter_delta[m];
    if (d && ui->now_ms - p->meter_changed_ms[m] < DELTA_MS) {
        char v[24];
        if (m == SV_METER_REACH)
            snprintf(v, sizeof v, "%d", d < 0 ? -d : d);
        else
            ui_format_tenths(ui, d < 0 ? -d : d, v, sizeof v);
        snprintf(delta, sizeof delta, "%s %s%s", d > 0 ? "▲" : "▼", d > 0 ? "+" : "−", v);
        SDL_Color c = m == SV_METER_REACH ? t->muted : d > 0 ? t->good : t->bad;
        ui_text_draw(tc, UI_FONT_SMALL_BOLD, c, t->surface, delta, r.x + r.w - value_w - 8.0f,
                     r.y + (r.h - ls) / 2.0f, UI_ALIGN_RIGHT);
    }
    uint32_t audience = g->run.core.sc->audience_size > 1000 ? g->run.core.sc->audience_size : 1000;
    float frac = m == SV_METER_REACH ? p->meter_shown[m] / (float)audience
                                     : p->meter_shown[m] / (float)SV_METER_MAX;
    float bx = r.x + label_w, bw = r.w - label_w - value_w - delta_w - 16.0f;
    ui_bar(ui, ui_rect(bx, r.y + (r.h - 16.0f) / 2.0f, bw, 16.0f), frac, t->meter[m], t->sunken);
}

static void draw_meters(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, const Layout *l)
{
    const ui_Theme *t = &ui->theme;
    ui_panel(ui, l->meters, 16.0f, t->surface, t->border);
    float h = meter_row_h(ui);
    for (int m = 0; m < SV_METER_COUNT; m++)
        draw_meter(p, ui, g, m,
                   ui_rect(l->meters.x + 22.0f, l->meters.y + 12.0f + (float)m * h,
                           l->meters.w - 44.0f, h));
}

static void draw_overlays(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, const Layout *l)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    if (l->newest_btn.w > 0.0f && p->tab >= 0) {
        char label[96];
        snprintf(label, sizeof label, "↑ %s", ui_tr(ui, UI_S_PLAY_SHOW_NEWEST));
        ui_button(ui, l->newest_btn, label, UI_BUTTON_PRIMARY, false, true);
    }
    if (p->toast_until > ui->now_ms && p->toast[0] && !g->run.core.s.ended) {
        float w = l->feed.w - 120.0f;
        float h = ui_text_wrap_height(tc, UI_FONT_BODY, p->toast, w - 48.0f) + 28.0f;
        SDL_FRect r = {l->feed.x + 60.0f, l->feed.y + l->feed.h - h - 20.0f, w, h};
        SDL_Color fill = p->toast_warn ? t->bad : t->header;
        ui_fill_round(ui, r, 14.0f, fill);
        ui_text_draw_wrap(tc, UI_FONT_BODY, t->on_header, fill, p->toast, r.x + 24.0f, r.y + 14.0f,
                          w - 48.0f, 3);
    }
    if (!g->run.core.s.ended) return;
    const sv_Scenario *sc = g->run.core.sc;
    SDL_FRect box = {l->feed.x + 60.0f, l->feed.y + 30.0f, l->feed.w - 120.0f, 0.0f};
    const char *title = g->run.core.s.ending >= 0
                            ? sv_text_get(&sc->endings[g->run.core.s.ending].title, ui->lang)
                            : "";
    /* a session that stopped itself at a limit says so, with the node behind it */
    char limit[768];
    bool stopped = ui_format_limit(ui, &g->run.core.s, limit, sizeof limit) != NULL;
    float limit_h =
        stopped ? ui_text_wrap_height(tc, UI_FONT_BODY, limit, box.w - 80.0f) + 16.0f : 0.0f;
    box.h = 90.0f + ui_text_line_height(tc, UI_FONT_TITLE) + limit_h + l->over_btn.h;
    ui_panel(ui, box, 18.0f, t->surface, t->accent);
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, t->accent, t->surface, ui_tr(ui, UI_S_PLAY_OVER),
                 box.x + box.w / 2.0f, box.y + 18.0f, UI_ALIGN_CENTRE);
    ui_text_draw_fit(tc, UI_FONT_TITLE, t->text, t->surface, title, box.x + box.w / 2.0f,
                     box.y + 46.0f, box.w - 40.0f, UI_ALIGN_CENTRE);
    if (stopped)
        ui_text_draw_wrap(tc, UI_FONT_BODY, t->bad, t->surface, limit, box.x + 40.0f,
                          box.y + 56.0f + ui_text_line_height(tc, UI_FONT_TITLE), box.w - 80.0f, 0);
    SDL_FRect b = l->over_btn;
    b.y = box.y + box.h - b.h - 20.0f;
    ui_button(ui, b, ui_tr(ui, UI_S_DEBRIEF_TITLE), UI_BUTTON_PRIMARY, true, true);
}

void ui_play_draw(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    Layout l;
    play_layout(p, ui, g, &l);
    ui_clear(ui, (SDL_Color){t->bg.r, t->bg.g, t->bg.b, 255});
    draw_header(p, ui, g, &l);
    draw_tabs(p, ui, g, &l);
    ui_DecisionView v = view_of(p, g);
    int32_t focus = v.d ? v.d->about : -1;
    if (p->tab >= 0)
        ui_feed_draw(&p->feed, ui, &g->run.core.s, p->tab, l.feed, focus);
    else
        ui_composer_draw_parts(&p->composer, ui, &v, l.feed);
    draw_meters(p, ui, g, &l);
    ui_promises_draw(ui, &g->run, l.promises, promise_rows(p));
    ui_panel(ui, l.pan.panel, 16.0f, t->surface, t->border);
    ui_panel_draw_head(ui, &v, open_at(p), p->open_count, g->run.core.s.ended, &l.pan);
    if (p->composing && v.d)
        ui_composer_draw_draft(&p->composer, ui, &v, &l.pan);
    else
        ui_options_draw(&p->options, ui, &v, &l.pan);
    draw_overlays(p, ui, g, &l);
    ui_inject_draw(&p->inject, ui, g, p->decision, l.feed);
    bool compose = p->composing && p->decision >= 0;
    bool idle = p->decision < 0 && !p->watching && !g->run.core.s.ended;
    ui_StrId hint = compose ? (ui->pad_active ? UI_S_HINT_COMPOSE_PAD : UI_S_HINT_COMPOSE)
                    : idle  ? (ui->pad_active ? UI_S_HINT_PLAY_IDLE_PAD : UI_S_HINT_PLAY_IDLE)
                            : (ui->pad_active ? UI_S_HINT_PLAY_PAD : UI_S_HINT_PLAY);
    ui_hint_bar(ui, ui_tr(ui, hint));
    SDL_FRect a;
    ui_HintSide side = hint_anchor(p, &l, ui_tutorial_shown(&g->tutorial), &a);
    ui_tutorial_draw(&g->tutorial, ui, a, side);
}
