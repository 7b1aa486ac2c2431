/* The tutorial's hints: which one is due (a small state machine over what the
 * screen reports each frame), where it goes beside what it explains, and how
 * it is drawn: an accent card with a pointer to the thing, which step of how
 * many, the words, and how to hide it. Hints never take the screen's input:
 * only their own key, button and ✕ are taken out of the frame's events. */
#include "tutorial.h"

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "game.h"
#include "workshop.h"

#define BOX_W 600.0f
#define PAD 22.0f
#define GAP 30.0f        /* between the card and what it explains: the pointer spans it */
#define EDGE 12.0f       /* the card keeps this far from the window's edges */
#define CLOSE 40.0f      /* the ✕ button's side */
#define READ_MS 9000u    /* a hint that only tells stays at least this long (app time) */
#define LINGER_MS 20000u /* and one that waits for the player at most this long */

static const ui_StrId texts[UI_HINT_COUNT] = {UI_S_TUT_FEED,   UI_S_TUT_DEADLINE, UI_S_TUT_PICK,
                                              UI_S_TUT_METERS, UI_S_TUT_CHANNELS, UI_S_TUT_COMPOSE,
                                              UI_S_TUT_SEND,   UI_S_TUT_DEBRIEF};

bool ui_tutorial_pending(const ui_Game *g)
{
    return g->profile.active ? !g->profile.data.tutorial_done : !g->settings.tutorial_done;
}

void ui_tutorial_set_done(ui_Game *g, bool done)
{
    if (!g->profile.active) { /* nobody playing: the settings remember it */
        if (g->settings.tutorial_done == done) return;
        g->settings.tutorial_done = done;
        g->settings_changed = true;
        return;
    }
    if (g->profile.data.tutorial_done == done) return;
    g->profile.data.tutorial_done = done;
    if (!ui_profile_save(&g->profile))
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION,
                    "whether %s has done the tutorial could not be saved: %s", g->profile.data.name,
                    g->profile.note);
}

bool ui_tutorial_is_run(const ui_Game *g)
{
    const ui_Run *r = &g->run;
    return r->active && !r->core.replay && !g->bench_pack && !ui_workshop_active(g) &&
           r->core.pack && strcmp(r->core.pack->id, UI_TUTORIAL_PACK) == 0 &&
           strcmp(r->core.sc->id, UI_TUTORIAL_SCENARIO) == 0;
}

void ui_tutorial_begin(ui_Tutorial *t, bool active)
{
    memset(t, 0, sizeof *t);
    t->active = active;
    t->step = active ? UI_HINT_FEED : UI_HINT_COUNT;
}

ui_HintId ui_tutorial_shown(const ui_Tutorial *t)
{
    return t->active && t->shown && t->step < UI_HINT_COUNT ? (ui_HintId)t->step : UI_HINT_COUNT;
}

/* ---- which hint ------------------------------------------------------------------------------ */

typedef enum { WAIT = 0, READY, DONE } Verdict;

static Verdict judge(const ui_Tutorial *t, const ui_HintFacts *f, uint64_t on)
{
    switch (t->step) {
    case UI_HINT_FEED:
        if (f->options || f->composing || f->inputs > 0) return DONE;
        return on >= LINGER_MS ? DONE : READY;
    case UI_HINT_DEADLINE:
        if (f->inputs > 0 || f->composing) return DONE;
        if (!f->options) return WAIT;
        return f->moved || on >= READ_MS ? DONE : READY;
    case UI_HINT_PICK:
        if (f->inputs > 0 || f->composing) return DONE;
        return f->options ? READY : WAIT;
    case UI_HINT_METERS: /* until the next thing to do comes */
        if (f->composing || f->private_unread) return DONE;
        if (f->inputs == 0) return WAIT;
        return on >= READ_MS ? DONE : READY;
    case UI_HINT_CHANNELS:
        if (f->private_shown) return DONE;
        if (f->private_items == 0) return WAIT;
        if (!f->private_unread) return DONE; /* read already */
        return on >= LINGER_MS ? DONE : READY;
    case UI_HINT_COMPOSE:
        if (!f->composing) return f->inputs > t->inputs_at && t->seen ? DONE : WAIT;
        return f->draft >= f->draft_min ? DONE : READY;
    case UI_HINT_SEND:
        if (!f->composing) return f->inputs > t->inputs_at ? DONE : WAIT;
        return f->draft >= f->draft_min ? READY : WAIT;
    case UI_HINT_DEBRIEF: return f->debrief ? READY : WAIT;
    default: return WAIT;
    }
}

void ui_tutorial_update(ui_Tutorial *t, const ui_Context *ui, const ui_HintFacts *f)
{
    if (!t->active) return;
    /* the run is over: what is left is moot, and a hint would hide the ending's banner */
    if ((f->debrief || f->ended) && t->step < UI_HINT_DEBRIEF) {
        t->step = UI_HINT_DEBRIEF;
        t->shown = t->seen = false;
    }
    while (t->step < UI_HINT_COUNT) {
        Verdict v = judge(t, f, t->shown ? ui->now_ms - t->shown_ms : 0);
        if (v == DONE) {
            t->step++;
            t->shown = t->seen = false;
            continue;
        }
        if (v == READY && !t->shown) {
            t->shown_ms = ui->now_ms;
            if (!t->seen) t->inputs_at = f->inputs;
            t->seen = true;
        }
        t->shown = v == READY;
        break;
    }
}

/* ---- where it goes --------------------------------------------------------------------------- */

static float card_h(ui_Context *ui, const char *text)
{
    ui_TextCache *tc = &ui->text;
    return PAD + ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 8.0f +
           ui_text_wrap_height(tc, UI_FONT_BODY, text, BOX_W - 2.0f * PAD) + 12.0f +
           ui_text_line_height(tc, UI_FONT_SMALL) + PAD;
}

static SDL_FRect beside(SDL_FRect a, int side, float w, float h)
{
    /* beside a thing lower than itself, the card starts at its top, not above it */
    float cx = a.x + a.w / 2.0f - w / 2.0f,
          cy = a.h >= h ? a.y + a.h / 2.0f - h / 2.0f : a.y - 10.0f;
    switch (side) {
    case UI_SIDE_LEFT: return ui_rect(a.x - GAP - w, cy, w, h);
    case UI_SIDE_RIGHT: return ui_rect(a.x + a.w + GAP, cy, w, h);
    case UI_SIDE_ABOVE: return ui_rect(cx, a.y - GAP - h, w, h);
    default: return ui_rect(cx, a.y + a.h + GAP, w, h);
    }
}

/* The card beside the anchor on the preferred side, or the first other side
 * with room; kept inside the window along that side. *used gets the side. */
static SDL_FRect place(ui_Context *ui, const char *text, SDL_FRect a, ui_HintSide side, int *used)
{
    float w = BOX_W, h = card_h(ui, text);
    float bottom = (float)UI_HEIGHT - ui_text_line_height(&ui->text, UI_FONT_SMALL) - 14.0f - EDGE;
    static const int order[4][4] = {{0, 3, 1, 2}, {1, 2, 0, 3}, {2, 1, 0, 3}, {3, 0, 1, 2}};
    SDL_FRect r = beside(a, side, w, h);
    *used = side;
    for (int i = 0; i < 4; i++) {
        int s = order[side][i];
        SDL_FRect c = beside(a, s, w, h);
        bool fits = s == UI_SIDE_LEFT    ? c.x >= EDGE
                    : s == UI_SIDE_RIGHT ? c.x + w <= (float)UI_WIDTH - EDGE
                    : s == UI_SIDE_ABOVE ? c.y >= EDGE
                                         : c.y + h <= bottom;
        if (fits) {
            r = c;
            *used = s;
            break;
        }
    }
    r.x = ui_clampf(r.x, EDGE, (float)UI_WIDTH - EDGE - w);
    r.y = ui_clampf(r.y, EDGE, bottom - h);
    return r;
}

static SDL_FRect close_rect(SDL_FRect card)
{
    return ui_rect(card.x + card.w - CLOSE - 10.0f, card.y + 10.0f, CLOSE, CLOSE);
}

void ui_tutorial_input(ui_Tutorial *t, ui_Context *ui, ui_Input *in, SDL_FRect anchor,
                       ui_HintSide side)
{
    ui_HintId shown = ui_tutorial_shown(t);
    int kept = 0, used;
    SDL_FRect x = {0};
    if (shown < UI_HINT_COUNT)
        x = close_rect(place(ui, ui_tr(ui, texts[shown]), anchor, side, &used));
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        bool mine = e->act == UI_ACT_HINT ||
                    (shown < UI_HINT_COUNT && e->act == UI_ACT_CLICK && ui_hit(x, e->x, e->y));
        if (!mine) {
            in->ev[kept++] = *e;
            continue;
        }
        if (ui_tutorial_shown(t) < UI_HINT_COUNT) { /* hidden: counted as done */
            t->step++;
            t->shown = t->seen = false;
        }
    }
    in->count = kept;
}

/* ---- drawing --------------------------------------------------------------------------------- */

/* A triangle from the card's edge to what it explains. */
static void pointer(ui_Context *ui, SDL_FRect card, SDL_FRect a, int side, SDL_Color c)
{
    float bx, by, tx, ty, ex, ey, half = 16.0f;
    if (side == UI_SIDE_LEFT || side == UI_SIDE_RIGHT) {
        by = ui_clampf(a.y + a.h / 2.0f, card.y + 24.0f, card.y + card.h - 24.0f);
        bx = side == UI_SIDE_LEFT ? card.x + card.w : card.x;
        tx = side == UI_SIDE_LEFT ? bx + GAP - 4.0f : bx - GAP + 4.0f;
        ty = by;
        ex = 0.0f;
        ey = half;
    } else {
        bx = ui_clampf(a.x + a.w / 2.0f, card.x + 30.0f, card.x + card.w - 30.0f);
        by = side == UI_SIDE_ABOVE ? card.y + card.h : card.y;
        ty = side == UI_SIDE_ABOVE ? by + GAP - 4.0f : by - GAP + 4.0f;
        tx = bx;
        ex = half;
        ey = 0.0f;
    }
    SDL_Vertex v[3];
    const float px[3] = {bx - ex, bx + ex, tx}, py[3] = {by - ey, by + ey, ty};
    for (int i = 0; i < 3; i++) {
        v[i].position.x = px[i];
        v[i].position.y = py[i];
        v[i].color = c;
        v[i].tex_coord.x = v[i].tex_coord.y = 0.0f;
    }
    if (SDL_RenderGeometry(ui->renderer, NULL, v, 3, NULL, 0) != 0)
        ui_log_sdl("draw a hint's pointer");
}

void ui_tutorial_draw(const ui_Tutorial *t, ui_Context *ui, SDL_FRect anchor, ui_HintSide side)
{
    ui_HintId shown = ui_tutorial_shown(t);
    if (shown >= UI_HINT_COUNT) return;
    const ui_Theme *th = &ui->theme;
    ui_TextCache *tc = &ui->text;
    const char *text = ui_tr(ui, texts[shown]);
    int used;
    SDL_FRect card = place(ui, text, anchor, side, &used);
    SDL_Color fill = th->accent, ink = th->on_accent;
    /* what it explains gets a ring, so the pointer lands on something */
    SDL_FRect o = {anchor.x - 6.0f, anchor.y - 6.0f, anchor.w + 12.0f, anchor.h + 12.0f};
    ui_fill(ui, ui_rect(o.x, o.y, o.w, 3.0f), fill);
    ui_fill(ui, ui_rect(o.x, o.y + o.h - 3.0f, o.w, 3.0f), fill);
    ui_fill(ui, ui_rect(o.x, o.y, 3.0f, o.h), fill);
    ui_fill(ui, ui_rect(o.x + o.w - 3.0f, o.y, 3.0f, o.h), fill);
    ui_fill_round(ui, ui_rect(card.x + 4.0f, card.y + 6.0f, card.w, card.h), 16.0f,
                  (SDL_Color){0, 0, 0, 60}); /* a soft shadow */
    pointer(ui, card, anchor, used, fill);
    ui_fill_round(ui, card, 16.0f, fill);
    char step[64], a[8], b[8];
    snprintf(a, sizeof a, "%d", (int)shown + 1);
    snprintf(b, sizeof b, "%d", (int)UI_HINT_COUNT);
    float x = card.x + PAD, y = card.y + PAD, w = card.w - 2.0f * PAD;
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, ink, fill,
                 ui_strings_format(step, sizeof step, ui_tr(ui, UI_S_TUT_STEP), a, b, NULL), x, y,
                 UI_ALIGN_LEFT);
    SDL_FRect x_btn = close_rect(card);
    ui_text_draw(tc, UI_FONT_BOLD, ink, fill, "✕", x_btn.x + x_btn.w / 2.0f,
                 x_btn.y + (x_btn.h - ui_text_line_height(tc, UI_FONT_BOLD)) / 2.0f,
                 UI_ALIGN_CENTRE);
    y += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 8.0f;
    y += ui_text_draw_wrap(tc, UI_FONT_BODY, ink, fill, text, x, y, w, 0) + 12.0f;
    ui_text_draw_fit(tc, UI_FONT_SMALL, ui_theme_mix(ink, fill, 0.25f), fill,
                     ui_tr(ui, ui->pad_active ? UI_S_TUT_HIDE_PAD : UI_S_TUT_HIDE), x, y, w,
                     UI_ALIGN_LEFT);
}
