/* The play screen: a header with the brand and the clock, channel tabs over
 * the feed (or the composer's parts), the meters, and the decision panel. It
 * moves the run's clock each frame at the player's time speed, sends the
 * player's choices through sv_run_apply, and goes to the debrief once the
 * scenario has ended. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "screens.h"

#define HEADER_H 84.0f
#define COL_GAP 24.0f
#define LEFT_X 24.0f
#define LEFT_W 1040.0f
#define RIGHT_X (LEFT_X + LEFT_W + COL_GAP)
#define RIGHT_W ((float)SV_UI_WIDTH - RIGHT_X - 24.0f)
#define TOAST_MS 3500u
#define END_WAIT_MS 2500u /* the end is shown this long before the debrief */
#define DELTA_MS 4000u    /* a meter's last change stays shown this long */

bool sv_play_init(sv_PlayScreen *p, sv_Ui *ui, sv_Game *g)
{
    (void)ui;
    memset(p, 0, sizeof *p);
    if (!g->run.active || !sv_feed_init(&p->feed, g->run.sc, g->names)) return false;
    p->decision = -1;
    p->draft.decision = -1;
    p->watching = g->run.replay != NULL;
    p->tab = p->feed.public_channel;
    for (int m = 0; m < SV_METER_COUNT; m++) {
        p->meter_shown[m] = (float)g->run.s.meters[m];
        p->meter_seen[m] = p->meter_base[m] = g->run.s.meters[m];
    }
    return true;
}

void sv_play_unload(sv_PlayScreen *p)
{
    sv_feed_free(&p->feed);
    memset(p, 0, sizeof *p);
}

/* ---- shared helpers -------------------------------------------------------------- */

void sv_play_toast(sv_PlayScreen *p, const sv_Ui *ui, const char *text, bool warn)
{
    snprintf(p->toast, sizeof p->toast, "%s", text);
    p->toast_until = ui->now_ms + TOAST_MS;
    p->toast_warn = warn;
}

void sv_play_refused(sv_PlayScreen *p, const sv_Ui *ui, const sv_Game *g, sv_InputResult r)
{
    char buf[256], lo[8], hi[8];
    const sv_Decision *d = p->decision >= 0 ? &g->run.sc->decisions[p->decision] : NULL;
    switch (r) {
    case SV_INPUT_DISABLED:
    case SV_INPUT_BAD_OPTION: sv_play_toast(p, ui, sv_tr(ui, SV_S_INPUT_DISABLED), true); return;
    case SV_INPUT_PART_COUNT:
        snprintf(lo, sizeof lo, "%u", d ? d->compose_min : 1u);
        snprintf(hi, sizeof hi, "%u", d ? d->compose_max : 1u);
        sv_play_toast(
            p, ui,
            sv_strings_format(buf, sizeof buf, sv_tr(ui, SV_S_INPUT_PART_COUNT), lo, hi, NULL),
            true);
        return;
    case SV_INPUT_DUPLICATE_PART:
        sv_play_toast(p, ui, sv_tr(ui, SV_S_INPUT_DUPLICATE), true);
        return;
    case SV_INPUT_VISIBILITY: sv_play_toast(p, ui, sv_tr(ui, SV_S_INPUT_VISIBILITY), true); return;
    case SV_INPUT_NOT_OPEN:
    case SV_INPUT_ENDED: sv_play_toast(p, ui, sv_tr(ui, SV_S_INPUT_CLOSED), true); return;
    default: sv_play_toast(p, ui, sv_tr(ui, SV_S_INPUT_FAILED), true); return;
    }
}

const char *sv_play_action_label(const sv_Ui *ui, sv_Action a, sv_Visibility v, char *buf,
                                 size_t size)
{
    sv_StrId id =
        (unsigned)a < SV_ACTION_COUNT ? (sv_StrId)(SV_S_ACTION_REPLY + (int)a) : SV_S_ACTION_REPLY;
    bool words = a == SV_ACTION_REPLY || a == SV_ACTION_MOVE_PRIVATE || a == SV_ACTION_ASK;
    if (!words) {
        snprintf(buf, size, "%s", sv_tr(ui, id));
        return buf;
    }
    snprintf(buf, size, "%s · %s", sv_tr(ui, id),
             sv_tr(ui, v == SV_VIS_PRIVATE ? SV_S_VIS_PRIVATE : SV_S_VIS_PUBLIC));
    return buf;
}

const char *sv_play_part_kind(const sv_Ui *ui, sv_PartKind k)
{
    return sv_tr(ui, (unsigned)k < SV_PART_COUNT ? (sv_StrId)(SV_S_PART_GREETING + (int)k)
                                                 : SV_S_PART_OTHER);
}

/* ---- layout ---------------------------------------------------------------------------- */

static float header_h(const sv_Ui *ui)
{
    float h = sv_text_line_height(&ui->text, SV_FONT_BOLD) +
              sv_text_line_height(&ui->text, SV_FONT_SMALL) + 22.0f;
    return h > HEADER_H ? h : HEADER_H;
}

static float meter_row_h(const sv_Ui *ui)
{
    return sv_text_line_height(&ui->text, SV_FONT_BOLD) + 14.0f;
}

static float meters_h(const sv_Ui *ui) { return 4.0f * meter_row_h(ui) + 24.0f; }

/* Tabs as wide as their names; when they do not fit, the "not watched" notes
 * go first, then every tab gets an equal share and long names are cut. */
/* Widths of the tabs in font f (names and unread badges); returns the sum. */
static float tab_widths(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, sv_PlayLayout *l,
                        sv_FontId f, float w[], float note[], float *notes)
{
    const sv_Scenario *sc = g->run.sc;
    float sum = 0.0f;
    *notes = 0.0f;
    l->tab_count = 0;
    bool compose = p->composing && p->decision >= 0;
    for (int32_t c = compose ? -1 : 0; c < (int32_t)p->feed.channel_count; c++) {
        int i = l->tab_count++;
        const char *name =
            c < 0 ? sv_tr(ui, SV_S_PLAY_COMPOSE_TAB) : sv_text_get(&sc->channels[c].name, ui->lang);
        w[i] = sv_text_width(&ui->text, f, name) + 44.0f;
        if (c >= 0 && p->feed.ch[c].unread && c != p->tab && sc->channels[c].watched) w[i] += 52.0f;
        note[i] =
            c >= 0 && !sc->channels[c].watched
                ? sv_text_width(&ui->text, SV_FONT_SMALL, sv_tr(ui, SV_S_PLAY_NOT_WATCHED)) + 16.0f
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
static void layout_tabs(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, sv_PlayLayout *l)
{
    float w[SV_MAX_CHANNELS + 1], note[SV_MAX_CHANNELS + 1], notes;
    l->tab_font = SV_FONT_BOLD;
    float sum = tab_widths(p, ui, g, l, l->tab_font, w, note, &notes);
    if (sum > l->tabs.w) {
        l->tab_font = SV_FONT_SMALL_BOLD;
        sum = tab_widths(p, ui, g, l, l->tab_font, w, note, &notes);
    }
    l->tab_note = sum + notes <= l->tabs.w;
    float share =
        (l->tabs.w - 8.0f * (float)l->tab_count) / (float)(l->tab_count ? l->tab_count : 1);
    float x = l->tabs.x;
    for (int i = 0; i < l->tab_count; i++) {
        float tw = w[i] + (l->tab_note ? note[i] : 0.0f);
        if (sum > l->tabs.w && tw > share) tw = share;
        l->tab[i] = sv_rect(x, l->tabs.y, tw, l->tabs.h);
        x += tw + 8.0f;
    }
}

void sv_play_layout(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, sv_PlayLayout *l)
{
    memset(l, 0, sizeof *l);
    float hh = header_h(ui), hint = sv_text_line_height(&ui->text, SV_FONT_SMALL) + 14.0f;
    float bottom = (float)SV_UI_HEIGHT - hint - 16.0f;
    l->header = sv_rect(0.0f, 0.0f, (float)SV_UI_WIDTH, hh);
    float bh = sv_text_line_height(&ui->text, SV_FONT_SMALL_BOLD) + 24.0f;
    char pause[96];
    snprintf(pause, sizeof pause, "❚❚  %s", sv_tr(ui, SV_S_PLAY_PAUSE));
    float bw = sv_text_width(&ui->text, SV_FONT_SMALL_BOLD, pause) + 48.0f;
    l->pause_btn = sv_rect((float)SV_UI_WIDTH - 24.0f - bw, (hh - bh) / 2.0f, bw, bh);
    float th = sv_text_line_height(&ui->text, SV_FONT_BOLD) + 22.0f;
    l->tabs = sv_rect(LEFT_X, hh + 14.0f, LEFT_W, th);
    layout_tabs(p, ui, g, l);
    l->feed = sv_rect(LEFT_X, l->tabs.y + th + 12.0f, LEFT_W, bottom - (l->tabs.y + th + 12.0f));
    l->meters = sv_rect(RIGHT_X, hh + 14.0f, RIGHT_W, meters_h(ui));
    l->panel = sv_rect(RIGHT_X, l->meters.y + l->meters.h + 14.0f, RIGHT_W,
                       bottom - (l->meters.y + l->meters.h + 14.0f));
    float nb = sv_text_line_height(&ui->text, SV_FONT_SMALL_BOLD) + 18.0f;
    const sv_FeedChannel *ch = p->tab >= 0 ? &p->feed.ch[p->tab] : NULL;
    if (ch && !ch->follow && ch->unseen)
        l->newest_btn =
            sv_rect(l->feed.x + l->feed.w / 2.0f - 150.0f, l->feed.y + 12.0f, 300.0f, nb);
    float ob = sv_text_line_height(&ui->text, SV_FONT_BOLD) + 30.0f;
    l->over_btn = sv_rect(l->feed.x + l->feed.w / 2.0f - 200.0f, l->feed.y + 150.0f, 400.0f, ob);
    l->hint = sv_rect(0.0f, (float)SV_UI_HEIGHT - hint, (float)SV_UI_WIDTH, hint);
    sv_decision_layout(p, ui, g, l);
}

/* ---- update -------------------------------------------------------------------------------- */

static void cycle_tab(sv_PlayScreen *p, const sv_PlayLayout *l, int delta)
{
    int at = 0;
    for (int i = 0; i < l->tab_count; i++)
        if (l->tab_id[i] == p->tab) at = i;
    at = ((at + delta) % l->tab_count + l->tab_count) % l->tab_count;
    p->tab = l->tab_id[at];
    if (p->tab == SV_PLAY_TAB_COMPOSE && p->col == SV_COL_DRAFT) p->col = SV_COL_PARTS;
}

/* Picks the decision the panel shows: the same while it is open, else the newest. */
static void track_decisions(sv_PlayScreen *p, const sv_Ui *ui, const sv_Game *g)
{
    p->open_count = sv_run_open_decisions(&g->run, p->open, SV_PLAY_MAX_OPEN);
    bool still = false;
    for (int i = 0; i < p->open_count; i++) still = still || p->open[i] == p->decision;
    if (still) return;
    p->decision = p->open_count ? p->open[0] : -1;
    p->cursor = 0;
    p->list_scroll = p->list_target = 0.0f;
    sv_composer_reset(p, p->decision);
    const sv_Decision *d = p->decision >= 0 ? &g->run.sc->decisions[p->decision] : NULL;
    p->composing = d && d->parts.count > 0 && d->options.count == 0;
    p->col = p->composing ? SV_COL_PARTS : SV_COL_OPTIONS;
    if (p->composing)
        p->tab = SV_PLAY_TAB_COMPOSE;
    else if (p->tab == SV_PLAY_TAB_COMPOSE)
        p->tab = p->feed.public_channel;
    (void)ui;
}

/* Toasts for what happened outside the panel: other decisions opening, time running out. */
static void read_log(sv_PlayScreen *p, const sv_Ui *ui, const sv_Game *g)
{
    const sv_Session *s = &g->run.s;
    char buf[512];
    for (; p->log_cursor < s->log_count; p->log_cursor++) {
        const sv_LogEntry *e = &s->log[p->log_cursor];
        if (e->kind == SV_LOG_DECISION_OPEN && e->a != p->decision)
            sv_play_toast(
                p, ui,
                sv_strings_format(buf, sizeof buf, sv_tr(ui, SV_S_TOAST_DECISION),
                                  sv_text_get(&g->run.sc->decisions[e->a].prompt, ui->lang), NULL,
                                  NULL),
                false);
        if (e->kind == SV_LOG_TIMEOUT)
            sv_play_toast(
                p, ui,
                sv_strings_format(buf, sizeof buf, sv_tr(ui, SV_S_FEED_TIMEOUT),
                                  sv_text_get(&g->run.sc->decisions[e->a].prompt, ui->lang), NULL,
                                  NULL),
                true);
    }
}

static void animate_meters(sv_PlayScreen *p, const sv_Ui *ui, const sv_Session *s, uint32_t dt)
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

static void scroll_feed(sv_PlayScreen *p, const sv_PlayLayout *l, float dy)
{
    if (p->tab >= 0)
        sv_feed_scroll(&p->feed, p->tab, dy);
    else
        p->list_target += dy;
    (void)l;
}

/* Events every mode shares: tabs, scrolling, pause, the header and the feed. */
static bool common_event(sv_PlayScreen *p, sv_Game *g, const sv_PlayLayout *l, const sv_UiEvent *e,
                         sv_ScreenId *next)
{
    float page = l->feed.h * 0.8f;
    switch (e->act) {
    case SV_ACT_BACK:
    case SV_ACT_PAUSE: *next = SV_SCREEN_PAUSE; return true;
    case SV_ACT_TAB_NEXT: cycle_tab(p, l, 1); return true;
    case SV_ACT_TAB_PREV: cycle_tab(p, l, -1); return true;
    case SV_ACT_PAGE_UP: scroll_feed(p, l, -page); return true;
    case SV_ACT_PAGE_DOWN: scroll_feed(p, l, page); return true;
    case SV_ACT_HOME: scroll_feed(p, l, -1e6f); return true;
    case SV_ACT_END:
        if (p->tab >= 0) sv_feed_follow(&p->feed, p->tab);
        return true;
    case SV_ACT_SKIP:
        if (p->decision < 0 && !p->watching) sv_run_skip(&g->run, g->sim_limit_ms);
        return true;
    case SV_ACT_CLICK:
        if (sv_hit(l->pause_btn, e->x, e->y)) {
            *next = SV_SCREEN_PAUSE;
            return true;
        }
        if (l->newest_btn.w > 0.0f && sv_hit(l->newest_btn, e->x, e->y)) {
            sv_feed_follow(&p->feed, p->tab);
            return true;
        }
        if (l->about_btn.w > 0.0f && sv_hit(l->about_btn, e->x, e->y) && p->decision >= 0) {
            /* the post the decision is about, in its channel */
            const sv_Post *post = &g->run.sc->posts[g->run.sc->decisions[p->decision].about];
            p->tab = post->channel;
            sv_feed_reveal_post(&p->feed, p->tab, g->run.sc->decisions[p->decision].about,
                                l->feed.h);
            return true;
        }
        for (int i = 0; i < l->tab_count; i++)
            if (sv_hit(l->tab[i], e->x, e->y)) {
                p->tab = l->tab_id[i];
                return true;
            }
        return false;
    default: return false;
    }
}

static sv_ScreenId handle_events(sv_PlayScreen *p, sv_Ui *ui, sv_Game *g, const sv_UiInput *in)
{
    sv_ScreenId next = SV_SCREEN_PLAY;
    for (int i = 0; i < in->count && next == SV_SCREEN_PLAY; i++) {
        sv_PlayLayout l;
        sv_play_layout(p, ui, g, &l); /* again per event: a choice can change the panel */
        const sv_UiEvent *e = &in->ev[i];
        if (g->run.s.ended) {
            if (e->act == SV_ACT_CONFIRM ||
                (e->act == SV_ACT_CLICK && sv_hit(l.over_btn, e->x, e->y)))
                next = SV_SCREEN_DEBRIEF;
            else
                common_event(p, g, &l, e, &next);
            continue;
        }
        if (common_event(p, g, &l, e, &next)) continue;
        if (p->watching) continue;
        if (p->decision < 0) {
            if (e->act == SV_ACT_CONFIRM ||
                (e->act == SV_ACT_CLICK && sv_hit(l.skip_btn, e->x, e->y)))
                sv_run_skip(&g->run, g->sim_limit_ms);
            continue;
        }
        if (p->composing)
            sv_composer_update(p, ui, g, &l, e);
        else
            sv_options_update(p, ui, g, &l, e);
        track_decisions(p, ui, g);
    }
    return next;
}

sv_ScreenId sv_play_update(sv_PlayScreen *p, sv_Ui *ui, sv_Game *g, const sv_UiInput *in)
{
    sv_Run *run = &g->run;
    track_decisions(p, ui, g);
    sv_ScreenId next = handle_events(p, ui, g, in);
    if (next != SV_SCREEN_PLAY) return next;
    sv_run_tick(run, in->dt_ms, sv_game_speed(g), g->sim_limit_ms);
    sv_feed_sync(&p->feed, &run->s, p->tab);
    track_decisions(p, ui, g);
    read_log(p, ui, g);
    if (p->tab >= 0) p->feed.ch[p->tab].unread = 0;
    sv_PlayLayout l;
    sv_play_layout(p, ui, g, &l);
    float wheel = -in->wheel * 90.0f + in->scroll * (float)in->dt_ms * 1.5f;
    if (wheel != 0.0f) {
        /* the list under the mouse; the stick scrolls the left side */
        bool over_panel = ui->mouse_active && sv_hit(l.panel, ui->mouse_x, ui->mouse_y);
        if (over_panel) {
            if (!p->composing) p->list_target += wheel;
        } else {
            scroll_feed(p, &l, wheel);
        }
    }
    if (p->tab >= 0) sv_feed_update(&p->feed, ui, &run->s, p->tab, l.feed.w, l.feed.h, in->dt_ms);
    sv_decision_tick(p, ui, g, &l, in->dt_ms);
    animate_meters(p, ui, &run->s, in->dt_ms);
    if (run->s.ended && p->ended_ms == 0) p->ended_ms = ui->now_ms;
    if (p->ended_ms && ui->now_ms - p->ended_ms >= END_WAIT_MS) return SV_SCREEN_DEBRIEF;
    return SV_SCREEN_PLAY;
}

/* ---- draw -------------------------------------------------------------------------------------
 */

static void draw_header(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, const sv_PlayLayout *l)
{
    const sv_Theme *t = &ui->theme;
    const sv_Scenario *sc = g->run.sc;
    sv_TextCache *tc = &ui->text;
    sv_fill(ui, l->header, t->header);
    float mid = l->header.h / 2.0f;
    sv_avatar(ui, 52.0f, mid, 26.0f, sc->brand.name, sv_theme_rgb(sc->brand.colour));
    float lb = sv_text_line_height(tc, SV_FONT_BOLD), ls = sv_text_line_height(tc, SV_FONT_SMALL);
    float top = mid - (lb + ls) / 2.0f;
    sv_text_draw(tc, SV_FONT_BOLD, t->on_header, t->header, sc->brand.name, 92.0f, top,
                 SV_ALIGN_LEFT);
    sv_text_draw(tc, SV_FONT_SMALL, sv_theme_mix(t->on_header, t->header, 0.25f), t->header,
                 sc->brand.handle, 92.0f, top + lb, SV_ALIGN_LEFT);
    sv_text_draw_fit(tc, SV_FONT_BOLD, t->on_header, t->header, sv_text_get(&sc->title, ui->lang),
                     560.0f, mid - lb / 2.0f, 620.0f, SV_ALIGN_LEFT);
    char clock[16], total[16], line[64], speed[64], num[16];
    snprintf(line, sizeof line, "%s / %s", sv_format_clock(g->run.s.now_ms, clock, sizeof clock),
             sv_format_clock(sc->duration_ms, total, sizeof total));
    float right = l->pause_btn.x - 28.0f;
    uint32_t sp = sv_game_speed(g);
    if (sp % 100u == 0)
        snprintf(num, sizeof num, "%u", sp / 100u);
    else
        snprintf(num, sizeof num, "%u%s%u", sp / 100u, sv_tr(ui, SV_S_NUM_DECIMAL),
                 sp % 10u == 0 ? sp % 100u / 10u : sp % 100u);
    sv_strings_format(speed, sizeof speed, sv_tr(ui, SV_S_PLAY_SPEED), num, NULL, NULL);
    if (p->watching) {
        size_t n = strlen(speed);
        snprintf(speed + n, sizeof speed - n, " · %s", sv_tr(ui, SV_S_PLAY_REPLAYING));
    }
    right -= sv_text_draw(tc, SV_FONT_SMALL, sv_theme_mix(t->on_header, t->header, 0.25f),
                          t->header, speed, right, mid - ls / 2.0f, SV_ALIGN_RIGHT) +
             24.0f;
    sv_text_draw(tc, SV_FONT_HEAD, t->on_header, t->header, line, right,
                 mid - sv_text_line_height(tc, SV_FONT_HEAD) / 2.0f, SV_ALIGN_RIGHT);
    char label[96];
    snprintf(label, sizeof label, "❚❚  %s", sv_tr(ui, SV_S_PLAY_PAUSE));
    sv_button(ui, l->pause_btn, label, SV_BUTTON_PLAIN, false, true);
}

static void draw_tabs(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, const sv_PlayLayout *l)
{
    const sv_Theme *t = &ui->theme;
    const sv_Scenario *sc = g->run.sc;
    for (int i = 0; i < l->tab_count; i++) {
        int32_t c = l->tab_id[i];
        SDL_FRect r = l->tab[i];
        bool on = c == p->tab;
        SDL_Color fill = on ? t->surface : sv_hover(ui, r) ? t->hover : t->sunken;
        sv_panel(ui, r, 12.0f, fill, on ? t->accent : t->border);
        if (on) sv_fill(ui, sv_rect(r.x + 10.0f, r.y + r.h - 5.0f, r.w - 20.0f, 5.0f), t->accent);
        const char *name =
            c < 0 ? sv_tr(ui, SV_S_PLAY_COMPOSE_TAB) : sv_text_get(&sc->channels[c].name, ui->lang);
        float y = r.y + (r.h - sv_text_line_height(&ui->text, l->tab_font)) / 2.0f;
        float x = r.x + 22.0f;
        uint32_t unread = c >= 0 ? p->feed.ch[c].unread : 0;
        bool badge = unread && !on && sc->channels[c].watched;
        x += sv_text_draw_fit(&ui->text, l->tab_font, on ? t->text : t->muted, fill, name, x, y,
                              r.w - 44.0f - (badge ? 52.0f : 0.0f), SV_ALIGN_LEFT);
        if (c >= 0 && !sc->channels[c].watched &&
            l->tab_note) /* no badges: finding it is the player's job */
            sv_text_draw(&ui->text, SV_FONT_SMALL, t->muted, fill, sv_tr(ui, SV_S_PLAY_NOT_WATCHED),
                         x + 12.0f, y + 3.0f, SV_ALIGN_LEFT);
        if (badge) {
            char n[16];
            snprintf(n, sizeof n, "%u", unread > 99 ? 99u : unread);
            float cy = r.y + r.h / 2.0f;
            sv_disc(ui, x + 30.0f, cy, 18.0f, t->bad);
            sv_text_draw(&ui->text, SV_FONT_SMALL_BOLD, t->on_accent, t->bad, n, x + 30.0f,
                         cy - sv_text_line_height(&ui->text, SV_FONT_SMALL_BOLD) / 2.0f,
                         SV_ALIGN_CENTRE);
        }
    }
}

/* One meter as a row: its name, an animated bar, the last change (with its
 * sign and an arrow, so never by colour alone) and the value. */
static void draw_meter(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, int m, SDL_FRect r)
{
    const sv_Theme *t = &ui->theme;
    sv_TextCache *tc = &ui->text;
    char num[32], delta[32];
    int32_t shown = (int32_t)lroundf(p->meter_shown[m]);
    if (m == SV_METER_REACH)
        sv_format_count((uint32_t)(shown > 0 ? shown : 0), num, sizeof num);
    else
        sv_format_tenths(ui, shown, num, sizeof num);
    float lb = sv_text_line_height(tc, SV_FONT_BOLD),
          ls = sv_text_line_height(tc, SV_FONT_SMALL_BOLD);
    float label_w = 0.0f, value_w = sv_text_width(tc, SV_FONT_BOLD, "00 000") + 8.0f;
    float delta_w = sv_text_width(tc, SV_FONT_SMALL_BOLD, "▼ −00.0") + 12.0f;
    for (int k = 0; k < SV_METER_COUNT; k++)
        label_w = fmaxf(label_w, sv_text_width(tc, SV_FONT_SMALL_BOLD,
                                               sv_tr(ui, (sv_StrId)(SV_S_METER_REPUTATION + k))));
    label_w = fminf(label_w + 16.0f, r.w * 0.42f);
    sv_text_draw_fit(tc, SV_FONT_SMALL_BOLD, t->text, t->surface,
                     sv_tr(ui, (sv_StrId)(SV_S_METER_REPUTATION + m)), r.x, r.y + (r.h - ls) / 2.0f,
                     label_w - 12.0f, SV_ALIGN_LEFT);
    sv_text_draw(tc, SV_FONT_BOLD, t->text, t->surface, num, r.x + r.w, r.y + (r.h - lb) / 2.0f,
                 SV_ALIGN_RIGHT);
    int32_t d = p->meter_delta[m];
    if (d && ui->now_ms - p->meter_changed_ms[m] < DELTA_MS) {
        char v[24];
        if (m == SV_METER_REACH)
            snprintf(v, sizeof v, "%d", d < 0 ? -d : d);
        else
            sv_format_tenths(ui, d < 0 ? -d : d, v, sizeof v);
        snprintf(delta, sizeof delta, "%s %s%s", d > 0 ? "▲" : "▼", d > 0 ? "+" : "−", v);
        SDL_Color c = m == SV_METER_REACH ? t->muted : d > 0 ? t->good : t->bad;
        sv_text_draw(tc, SV_FONT_SMALL_BOLD, c, t->surface, delta, r.x + r.w - value_w - 8.0f,
                     r.y + (r.h - ls) / 2.0f, SV_ALIGN_RIGHT);
    }
    uint32_t audience = g->run.sc->audience_size > 1000 ? g->run.sc->audience_size : 1000;
    float frac = m == SV_METER_REACH ? p->meter_shown[m] / (float)audience
                                     : p->meter_shown[m] / (float)SV_METER_MAX;
    float bx = r.x + label_w, bw = r.w - label_w - value_w - delta_w - 16.0f;
    sv_bar(ui, sv_rect(bx, r.y + (r.h - 16.0f) / 2.0f, bw, 16.0f), frac, t->meter[m], t->sunken);
}

static void draw_meters(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g, const sv_PlayLayout *l)
{
    const sv_Theme *t = &ui->theme;
    sv_panel(ui, l->meters, 16.0f, t->surface, t->border);
    float h = meter_row_h(ui);
    for (int m = 0; m < SV_METER_COUNT; m++)
        draw_meter(p, ui, g, m,
                   sv_rect(l->meters.x + 22.0f, l->meters.y + 12.0f + (float)m * h,
                           l->meters.w - 44.0f, h));
}

static void draw_overlays(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g,
                          const sv_PlayLayout *l)
{
    const sv_Theme *t = &ui->theme;
    sv_TextCache *tc = &ui->text;
    if (l->newest_btn.w > 0.0f && p->tab >= 0) {
        char label[96];
        snprintf(label, sizeof label, "↑ %s", sv_tr(ui, SV_S_PLAY_SHOW_NEWEST));
        sv_button(ui, l->newest_btn, label, SV_BUTTON_PRIMARY, false, true);
    }
    if (p->toast_until > ui->now_ms && p->toast[0] && !g->run.s.ended) {
        float w = l->feed.w - 120.0f;
        float h = sv_text_wrap_height(tc, SV_FONT_BODY, p->toast, w - 48.0f) + 28.0f;
        SDL_FRect r = {l->feed.x + 60.0f, l->feed.y + l->feed.h - h - 20.0f, w, h};
        SDL_Color fill = p->toast_warn ? t->bad : t->header;
        sv_fill_round(ui, r, 14.0f, fill);
        sv_text_draw_wrap(tc, SV_FONT_BODY, t->on_header, fill, p->toast, r.x + 24.0f, r.y + 14.0f,
                          w - 48.0f, 3);
    }
    if (!g->run.s.ended) return;
    const sv_Scenario *sc = g->run.sc;
    SDL_FRect box = {l->feed.x + 60.0f, l->feed.y + 30.0f, l->feed.w - 120.0f, 0.0f};
    const char *title =
        g->run.s.ending >= 0 ? sv_text_get(&sc->endings[g->run.s.ending].title, ui->lang) : "";
    box.h = 90.0f + sv_text_line_height(tc, SV_FONT_TITLE) + l->over_btn.h;
    sv_panel(ui, box, 18.0f, t->surface, t->accent);
    sv_text_draw(tc, SV_FONT_SMALL_BOLD, t->accent, t->surface, sv_tr(ui, SV_S_PLAY_OVER),
                 box.x + box.w / 2.0f, box.y + 18.0f, SV_ALIGN_CENTRE);
    sv_text_draw_fit(tc, SV_FONT_TITLE, t->text, t->surface, title, box.x + box.w / 2.0f,
                     box.y + 46.0f, box.w - 40.0f, SV_ALIGN_CENTRE);
    SDL_FRect b = l->over_btn;
    b.y = box.y + box.h - b.h - 20.0f;
    sv_button(ui, b, sv_tr(ui, SV_S_DEBRIEF_TITLE), SV_BUTTON_PRIMARY, true, true);
}

void sv_play_draw(const sv_PlayScreen *p, sv_Ui *ui, const sv_Game *g)
{
    const sv_Theme *t = &ui->theme;
    sv_PlayLayout l;
    sv_play_layout(p, ui, g, &l);
    SDL_SetRenderDrawColor(ui->renderer, t->bg.r, t->bg.g, t->bg.b, 255);
    SDL_RenderClear(ui->renderer);
    draw_header(p, ui, g, &l);
    draw_tabs(p, ui, g, &l);
    int32_t focus = p->decision >= 0 ? g->run.sc->decisions[p->decision].about : -1;
    if (p->tab >= 0)
        sv_feed_draw(&p->feed, ui, &g->run.s, p->tab, l.feed, focus);
    else
        sv_composer_draw_parts(p, ui, g, l.feed);
    draw_meters(p, ui, g, &l);
    sv_panel(ui, l.panel, 16.0f, t->surface, t->border);
    sv_decision_draw_head(ui, g, p, &l);
    if (p->composing && p->decision >= 0)
        sv_composer_draw_draft(p, ui, g, &l);
    else
        sv_options_draw(p, ui, g, &l);
    draw_overlays(p, ui, g, &l);
    bool compose = p->composing && p->decision >= 0;
    sv_StrId hint = compose ? (ui->pad_active ? SV_S_HINT_COMPOSE_PAD : SV_S_HINT_COMPOSE)
                            : (ui->pad_active ? SV_S_HINT_PLAY_PAD : SV_S_HINT_PLAY);
    sv_hint_bar(ui, sv_tr(ui, hint));
}
