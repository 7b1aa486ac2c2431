/* The composer: the parts list, the draft with its rows, preview and buttons.
 * It edits its own draft; what is sent, and the refusals worth a word to the
 * player, go back to the play screen as a ui_PanelOutcome, which applies them
 * to the run. */
#include "composer.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"

#define PAD 24.0f
#define ROW_GAP 10.0f
#define BADGE_W 64.0f

void ui_composer_reset(ui_ComposerState *c, int32_t decision)
{
    c->decision = decision;
    c->count = 0;
    memset(c->parts, 0, sizeof c->parts);
    c->draft_cursor = 0;
    c->send_cursor = 0;
    c->preview_top = 0.0f;
}

void ui_composer_attach(ui_ComposerState *c, int32_t decision)
{
    if (c->decision != decision) ui_composer_reset(c, decision);
}

bool ui_composer_has_draft(const ui_ComposerState *c, int32_t decision)
{
    return c->decision == decision && c->count > 0;
}

void ui_composer_open(ui_ComposerState *c)
{
    c->col = UI_COMPOSER_PARTS;
    c->cursor = 0;
    c->scroll = c->target = 0.0f;
}

void ui_composer_show_parts(ui_ComposerState *c)
{
    if (c->col == UI_COMPOSER_DRAFT) c->col = UI_COMPOSER_PARTS;
}

void ui_composer_scroll(ui_ComposerState *c, float dy) { c->target += dy; }

/* Where part k of the decision sits in the draft, -1 when not in it. */
static int draft_pos(const ui_ComposerState *c, const sv_Decision *d, int k)
{
    for (int i = 0; i < c->count; i++)
        if (c->parts[i] == (int32_t)d->parts.start + k) return i;
    return -1;
}

/* ---- editing ------------------------------------------------------------------------------ */

static void remove_at(ui_ComposerState *c, int i)
{
    if (i < 0 || i >= c->count) return;
    memmove(&c->parts[i], &c->parts[i + 1], (size_t)(c->count - i - 1) * sizeof c->parts[0]);
    c->count--;
    if (c->draft_cursor >= c->count) c->draft_cursor = c->count ? c->count - 1 : 0;
}

static ui_PanelOutcome refused(sv_InputResult why)
{
    ui_PanelOutcome out = ui_panel_outcome(UI_PANEL_REFUSED);
    out.refused = why;
    return out;
}

/* Adds part k of the decision to the draft, or takes it out. */
static ui_PanelOutcome toggle(ui_ComposerState *c, const ui_DecisionView *v, int k)
{
    const sv_Decision *d = v->d;
    if (k < 0 || (uint32_t)k >= d->parts.count) return ui_panel_outcome(UI_PANEL_HANDLED);
    int at = draft_pos(c, d, k);
    if (at >= 0) {
        remove_at(c, at);
        return ui_panel_outcome(UI_PANEL_HANDLED);
    }
    int32_t part = (int32_t)d->parts.start + k;
    if (!sv_session_part_enabled(v->s, part)) return refused(SV_INPUT_DISABLED);
    if (c->count >= d->compose_max || c->count >= SV_MAX_COMPOSE)
        return refused(SV_INPUT_PART_COUNT);
    c->parts[c->count++] = part;
    c->draft_cursor = c->count - 1;
    return ui_panel_outcome(UI_PANEL_HANDLED);
}

static void move_item(ui_ComposerState *c, int i, int delta)
{
    int j = i + delta;
    if (i < 0 || i >= c->count || j < 0 || j >= c->count) return;
    int32_t tmp = c->parts[i];
    c->parts[i] = c->parts[j];
    c->parts[j] = tmp;
    c->draft_cursor = j;
}

/* Sending: the play screen applies the draft to the run (and says why when it
 * refuses); the whole array goes, as the recorded input always held it. */
static ui_PanelOutcome send(const ui_ComposerState *c, sv_Visibility vis)
{
    ui_PanelOutcome out = ui_panel_outcome(UI_PANEL_SEND);
    out.visibility = vis;
    out.part_count = c->count;
    memcpy(out.parts, c->parts, sizeof out.parts);
    return out;
}

static ui_PanelOutcome press_button(ui_ComposerState *c, const ui_DecisionView *v, int b)
{
    if (b == 0 && v->d->compose_public) return send(c, SV_VIS_PUBLIC); /* the run says if full */
    if (b == 1 && v->d->compose_private) return send(c, SV_VIS_PRIVATE);
    if (b == 2) ui_composer_reset(c, c->decision);
    return ui_panel_outcome(UI_PANEL_HANDLED);
}

/* ---- layout ---------------------------------------------------------------------------------- */

static float part_height(ui_Context *ui, const ui_DecisionView *v, int32_t part, float w)
{
    ui_TextCache *tc = &ui->text;
    return 26.0f + ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 2.0f +
           ui_text_wrap_height(tc, UI_FONT_BODY, sv_text_get(&v->sc->parts[part].text, ui->lang),
                               w - BADGE_W - 140.0f);
}

static float help_height(ui_Context *ui, float w)
{
    return ui_text_wrap_height(&ui->text, UI_FONT_SMALL, ui_tr(ui, UI_S_PLAY_PARTS_HELP),
                               w - 40.0f) +
           24.0f;
}

/* The footer's buttons: send in public, send in private, clear. */
static void buttons(ui_Context *ui, const ui_PanelLayout *l, SDL_FRect out[3])
{
    float bh = ui_text_line_height(&ui->text, UI_FONT_BOLD) + 26.0f;
    float x = l->panel.x + PAD, w = l->panel.w - 2.0f * PAD, y = l->panel.y + l->panel.h - PAD - bh;
    float each = (w - 12.0f) / 2.0f;
    out[0] = ui_rect(x, y, each, bh);
    out[1] = ui_rect(x + each + 12.0f, y, each, bh);
    /* Clear sits on the "Your reply" line, away from the send buttons */
    float ch = ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 12.0f;
    float cw = ui_text_width(&ui->text, UI_FONT_SMALL_BOLD, ui_tr(ui, UI_S_PLAY_CLEAR)) + 40.0f;
    float lb = ui_text_line_height(&ui->text, UI_FONT_BOLD);
    out[2] = ui_rect(l->list.x + l->list.w - cw, l->list.y + (lb - ch) / 2.0f, cw, ch);
}

/* Why the public send is closed (its channel takes no more public answers in
 * this thread) into why, and the height it takes above the send buttons with
 * its gap; 0 and "" when it is open (ui_panel_full_reason says nothing then). */
static float closed_note(ui_Context *ui, const ui_DecisionView *v, const ui_PanelLayout *l,
                         char *why, size_t size)
{
    why[0] = '\0';
    if (!v->d->compose_public || !ui_panel_full_reason(ui, v, v->d->about, why, size)[0])
        return 0.0f;
    SDL_FRect btn[3];
    buttons(ui, l, btn);
    return ui_text_wrap_height(&ui->text, UI_FONT_SMALL, why, btn[1].x + btn[1].w - btn[0].x) +
           8.0f;
}

/* The reply as it will be posted: the first n parts' texts joined with spaces;
 * *chars gets its length in characters. */
static void joined(const ui_ComposerState *c, const ui_Context *ui, const ui_DecisionView *v, int n,
                   char *buf, size_t size, size_t *chars)
{
    size_t o = 0;
    buf[0] = '\0';
    for (int i = 0; i < n && i < c->count && o + 1 < size; i++) {
        int k = snprintf(buf + o, size - o, "%s%s", i ? " " : "",
                         sv_text_get(&v->sc->parts[c->parts[i]].text, ui->lang));
        if (k < 0) break;
        o += (size_t)k < size - o ? (size_t)k : size - o - 1;
    }
    *chars = 0;
    for (size_t i = 0; i < o; i++) *chars += ((unsigned char)buf[i] & 0xC0u) != 0x80u;
}

#define PREVIEW_BYTES (SV_MAX_COMPOSE * 600)

typedef struct DraftLayout {
    SDL_FRect title, area; /* area: where the rows show; they scroll inside it */
    SDL_FRect rows[SV_MAX_COMPOSE], up[SV_MAX_COMPOSE], down[SV_MAX_COMPOSE], del[SV_MAX_COMPOSE];
    SDL_FRect preview; /* h 0: no room */
    SDL_FRect text;    /* where the reply's words show in the preview; they scroll inside it */
    float text_h;      /* the words' whole height */
    float offset;      /* how far they are scrolled */
    bool length;       /* the reply's length shows under the words (not when room is short) */
} DraftLayout;

#define PREVIEW_TOP 12.0f /* the preview's padding over the words */

/* The preview's padding and the length line under the words. */
static float preview_chrome(ui_Context *ui)
{
    return PREVIEW_TOP + 8.0f + ui_text_line_height(&ui->text, UI_FONT_SMALL) + 10.0f;
}

/* Where part i begins in the preview's words: the top of the line it starts on. */
static float part_top(const ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v, int i,
                      float w)
{
    if (i <= 0) return 0.0f;
    char text[PREVIEW_BYTES];
    size_t chars;
    joined(c, ui, v, i, text, sizeof text, &chars);
    return ui_text_wrap_height(&ui->text, UI_FONT_BODY, text, w) -
           ui_text_line_height(&ui->text, UI_FONT_BODY);
}

/* The preview gets the room the whole reply needs, the rows what is left
 * (they scroll, so the focused one shows; one at least). When even that is
 * not enough, the reply's words scroll in the preview to the part the
 * focus is on (the one just added, or the row the player moves to), so every
 * word can be read before the reply is sent. */
static void draft_layout(const ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                         const ui_PanelLayout *l, DraftLayout *dl)
{
    memset(dl, 0, sizeof *dl);
    float x = l->list.x, w = l->list.w, y = l->list.y;
    float lb = ui_text_line_height(&ui->text, UI_FONT_BOLD);
    float lh = ui_text_line_height(&ui->text, UI_FONT_BODY);
    dl->title = ui_rect(x, y, w, lb + 8.0f);
    y += lb + 14.0f;
    float rh = lh + 16.0f, row = rh + 6.0f;
    float rows_h = (float)(c->count ? c->count : 1) * row;
    char why[192]; /* the closed public send's note takes its room above the buttons */
    float end = l->list.y + l->list.h - closed_note(ui, v, l, why, sizeof why);
    float room = end - y;
    float chrome = preview_chrome(ui), lines = chrome + 2.0f * lh, tw = w - 32.0f; /* as part_top */
    char text[PREVIEW_BYTES];
    size_t chars;
    joined(c, ui, v, c->count, text, sizeof text, &chars);
    dl->text_h = c->count ? ui_text_wrap_height(&ui->text, UI_FONT_BODY, text, tw) : 0.0f;
    float want = fmaxf(lines, chrome + dl->text_h);
    float shown = rows_h + 8.0f + want <= room ? rows_h : fmaxf(row, room - 8.0f - want);
    shown = fminf(shown, fminf(rows_h, room));
    /* no room for the words beside even one row (large text, a long prompt):
     * the rows show while the player edits them, the words (without their
     * length) the rest of the time */
    bool tight = c->count && room - shown - 8.0f < lines;
    if (tight && c->col != UI_COMPOSER_DRAFT) {
        shown = 0.0f;
        chrome = PREVIEW_TOP + 8.0f;
        lines = chrome + 2.0f * lh;
    }
    dl->length = !tight;
    float off = 0.0f;
    if (rows_h > shown) {
        float bottom = (float)(c->draft_cursor + 1) * row;
        off = fminf(fmaxf(0.0f, bottom - shown), rows_h - shown);
    }
    dl->area = ui_rect(x, y, w, shown);
    for (int i = 0; i < c->count; i++) {
        float ry = y - off + (float)i * row;
        dl->rows[i] = ui_rect(x, ry, w, rh);
        float bw = rh + 6.0f;
        dl->del[i] = ui_rect(x + w - bw, ry + 3.0f, bw - 6.0f, rh - 6.0f);
        dl->down[i] = ui_rect(dl->del[i].x - bw, ry + 3.0f, bw - 6.0f, rh - 6.0f);
        dl->up[i] = ui_rect(dl->down[i].x - bw, ry + 3.0f, bw - 6.0f, rh - 6.0f);
    }
    float py = y + (shown > 0.0f ? shown + 8.0f : 0.0f), ph = end - py;
    if (ph < lines) return;
    dl->preview = ui_rect(x, py, w, ph);
    /* whole lines of words; scrolled by whole lines to the focused part */
    float seen = floorf((ph - chrome) / lh) * lh;
    dl->text = ui_rect(x + 16.0f, py + PREVIEW_TOP, tw, seen);
    if (dl->text_h > seen)
        dl->offset = fmaxf(0.0f, fminf(floorf(c->preview_top / lh + 0.5f) * lh, dl->text_h - seen));
}

/* The preview's scroll within what it can show. */
static void clamp_preview(ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                          const ui_PanelLayout *l)
{
    DraftLayout dl;
    draft_layout(c, ui, v, l, &dl);
    c->preview_top = dl.offset;
}

void ui_composer_scroll_preview(ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                                const ui_PanelLayout *l, float dy)
{
    if (!v->d) return;
    clamp_preview(c, ui, v, l);
    c->preview_top += dy;
    clamp_preview(c, ui, v, l);
}

/* Up and Down on the send buttons read the reply in the preview, a line at a
 * time, before they go back to its rows (Up at its top). True when they did. */
static bool preview_line(ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                         const ui_PanelLayout *l, int delta)
{
    if (c->col != UI_COMPOSER_SEND) return false;
    DraftLayout dl;
    draft_layout(c, ui, v, l, &dl);
    float lh = ui_text_line_height(&ui->text, UI_FONT_BODY), most = dl.text_h - dl.text.h;
    if (dl.preview.h <= 0.0f || most <= 0.0f) return false;
    if (delta < 0 && dl.offset <= 0.0f) return false;
    c->preview_top = fmaxf(0.0f, fminf(dl.offset + (float)delta * lh, most));
    return true;
}

/* Keeps the focused part in view in the parts list drawn in area. */
static void follow(ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v, SDL_FRect area)
{
    const sv_Decision *d = v->d;
    if (!d) return;
    float y = help_height(ui, area.w), total = y, at = 0.0f, h = 0.0f;
    for (uint32_t k = 0; k < d->parts.count; k++) {
        float ph = part_height(ui, v, (int32_t)(d->parts.start + k), area.w);
        if ((int)k == c->cursor) {
            at = total;
            h = ph;
        }
        total += ph + ROW_GAP;
    }
    if (c->col == UI_COMPOSER_PARTS) {
        if (at < c->target + y) c->target = at - y;
        if (at + h > c->target + area.h) c->target = at + h - area.h;
    }
    float max = total - area.h > 0.0f ? total - area.h : 0.0f;
    c->target = c->target < 0.0f ? 0.0f : c->target > max ? max : c->target;
}

void ui_composer_tick(ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v, SDL_FRect area,
                      bool parts_shown, uint32_t dt_ms)
{
    if (parts_shown) follow(c, ui, v, area);
    float k = ui->reduced_motion ? 1.0f : 1.0f - expf(-(float)dt_ms / 70.0f);
    c->scroll += (c->target - c->scroll) * k;
    if (fabsf(c->target - c->scroll) < 0.5f) c->scroll = c->target;
}

/* ---- update ---------------------------------------------------------------------------------- */

static int part_at(const ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                   SDL_FRect area, float x, float y)
{
    const sv_Decision *d = v->d;
    if (!ui_hit(area, x, y)) return -1;
    float top = area.y - c->scroll + help_height(ui, area.w);
    for (uint32_t k = 0; k < d->parts.count; k++) {
        float h = part_height(ui, v, (int32_t)(d->parts.start + k), area.w);
        if (y >= top && y < top + h) return (int)k;
        top += h + ROW_GAP;
    }
    return -1;
}

static ui_PanelOutcome click(ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                             const ui_PanelLayout *l, bool parts_shown, const ui_Event *e)
{
    ui_PanelOutcome handled = ui_panel_outcome(UI_PANEL_HANDLED);
    if (l->mode_btn.w > 0.0f && ui_hit(l->mode_btn, e->x, e->y))
        return ui_panel_outcome(UI_PANEL_OPTIONS);
    SDL_FRect b[3];
    buttons(ui, l, b);
    for (int i = 0; i < 3; i++)
        if (ui_hit(b[i], e->x, e->y) && (i < 2 || c->count)) {
            c->col = UI_COMPOSER_SEND;
            c->send_cursor = i;
            return press_button(c, v, i);
        }
    DraftLayout dl;
    draft_layout(c, ui, v, l, &dl);
    for (int i = 0; i < c->count && ui_hit(dl.area, e->x, e->y); i++) {
        if (ui_hit(dl.up[i], e->x, e->y))
            move_item(c, i, -1);
        else if (ui_hit(dl.down[i], e->x, e->y))
            move_item(c, i, 1);
        else if (ui_hit(dl.del[i], e->x, e->y))
            remove_at(c, i);
        else if (ui_hit(dl.rows[i], e->x, e->y))
            c->draft_cursor = i;
        else
            continue;
        c->col = UI_COMPOSER_DRAFT;
        return handled;
    }
    if (dl.area.h <= 0.0f && c->count && ui_hit(dl.preview, e->x, e->y)) {
        c->col = UI_COMPOSER_DRAFT; /* the rows were put away for the words: bring them back */
        return handled;
    }
    if (parts_shown) {
        int k = part_at(c, ui, v, l->parts, e->x, e->y);
        if (k >= 0) {
            c->cursor = k;
            c->col = UI_COMPOSER_PARTS;
            return toggle(c, v, k);
        }
    }
    return ui_panel_outcome(UI_PANEL_NONE);
}

/* Send button b can never send this decision's reply: a public send its
 * channel has closed in this thread, a private one the decision does not
 * offer. The keys pass over it. */
static bool send_closed(const ui_DecisionView *v, int b)
{
    return (b == 0 && !sv_session_compose_allowed(v->s, v->index, SV_VIS_PUBLIC)) ||
           (b == 1 && !v->d->compose_private);
}

/* Focus coming to the send buttons lands on the first from its place that can send. */
static void enter_send(ui_ComposerState *c, const ui_DecisionView *v)
{
    c->col = UI_COMPOSER_SEND;
    while (c->send_cursor < 2 && send_closed(v, c->send_cursor)) c->send_cursor++;
}

/* Left and right: parts, the reply, the send buttons. Back to the parts asks
 * for their list to be shown. */
static ui_PanelOutcome horizontal(ui_ComposerState *c, const ui_DecisionView *v, int delta)
{
    if (c->col == UI_COMPOSER_SEND) {
        int b = c->send_cursor + delta;
        while (b >= 0 && b < 2 && send_closed(v, b)) b += delta;
        if (b < 0)
            c->col = UI_COMPOSER_DRAFT;
        else
            c->send_cursor = b > 2 ? 2 : b;
    } else if (c->col == UI_COMPOSER_DRAFT) {
        if (delta < 0) {
            c->col = UI_COMPOSER_PARTS;
            return ui_panel_outcome(UI_PANEL_SHOW_PARTS);
        }
        enter_send(c, v);
    } else if (delta > 0) {
        c->col = UI_COMPOSER_DRAFT;
    }
    return ui_panel_outcome(UI_PANEL_HANDLED);
}

static void vertical(ui_ComposerState *c, const ui_DecisionView *v, int delta)
{
    const sv_Decision *d = v->d;
    if (c->col == UI_COMPOSER_PARTS) {
        int n = (int)d->parts.count;
        c->cursor = c->cursor + delta < 0 ? 0 : c->cursor + delta >= n ? n - 1 : c->cursor + delta;
    } else if (c->col == UI_COMPOSER_DRAFT) {
        int n = c->count;
        if (delta > 0 && c->draft_cursor + 1 >= n)
            enter_send(c, v);
        else
            c->draft_cursor = c->draft_cursor + delta < 0 ? 0 : c->draft_cursor + delta;
    } else if (delta < 0) {
        c->col = UI_COMPOSER_DRAFT;
    }
}

static ui_PanelOutcome handle(ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                              const ui_PanelLayout *l, bool parts_shown, const ui_Event *e);

ui_PanelOutcome ui_composer_update(ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                                   const ui_PanelLayout *l, bool parts_shown, const ui_Event *e)
{
    int cursor = c->draft_cursor, count = c->count;
    int32_t parts[SV_MAX_COMPOSE];
    memcpy(parts, c->parts, sizeof parts);
    ui_PanelOutcome out = handle(c, ui, v, l, parts_shown, e);
    /* the draft or its focus changed: the preview shows where that part begins */
    if (v->d && (c->draft_cursor != cursor || c->count != count ||
                 memcmp(parts, c->parts, sizeof parts) != 0)) {
        c->preview_top = part_top(c, ui, v, c->draft_cursor, l->list.w - 32.0f);
        clamp_preview(c, ui, v, l);
    }
    return out;
}

static ui_PanelOutcome handle(ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                              const ui_PanelLayout *l, bool parts_shown, const ui_Event *e)
{
    const sv_Decision *d = v->d;
    ui_PanelOutcome handled = ui_panel_outcome(UI_PANEL_HANDLED);
    if (!d) return ui_panel_outcome(UI_PANEL_NONE);
    UI_ASSERT(c->decision == v->index);
    if (c->col == UI_COMPOSER_PARTS && !parts_shown) c->col = UI_COMPOSER_DRAFT;
    int in_draft = c->col == UI_COMPOSER_PARTS ? draft_pos(c, d, c->cursor) : c->draft_cursor;
    switch (e->act) {
    case UI_ACT_LETTER:
        if ((uint32_t)e->arg < d->parts.count) {
            c->cursor = e->arg;
            if (parts_shown) c->col = UI_COMPOSER_PARTS;
            return toggle(c, v, e->arg);
        }
        return handled;
    case UI_ACT_UP:
        if (!preview_line(c, ui, v, l, -1)) vertical(c, v, -1);
        return handled;
    case UI_ACT_DOWN:
        if (!preview_line(c, ui, v, l, 1)) vertical(c, v, 1);
        return handled;
    case UI_ACT_LEFT: return horizontal(c, v, -1);
    case UI_ACT_RIGHT: return horizontal(c, v, 1);
    case UI_ACT_ITEM_UP: move_item(c, in_draft, -1); return handled;
    case UI_ACT_ITEM_DOWN: move_item(c, in_draft, 1); return handled;
    case UI_ACT_REMOVE: remove_at(c, in_draft); return handled;
    case UI_ACT_CONFIRM:
        if (c->col == UI_COMPOSER_PARTS) return toggle(c, v, c->cursor);
        if (c->col == UI_COMPOSER_DRAFT) {
            remove_at(c, c->draft_cursor);
            return handled;
        }
        return press_button(c, v, c->send_cursor);
    case UI_ACT_CLICK: return click(c, ui, v, l, parts_shown, e);
    default: return ui_panel_outcome(UI_PANEL_NONE);
    }
}

/* ---- drawing ------------------------------------------------------------------------------------
 */

static void draw_part(const ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v, int k,
                      SDL_FRect r)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    const sv_Decision *d = v->d;
    int32_t part = (int32_t)d->parts.start + k;
    const sv_Part *pa = &v->sc->parts[part];
    bool on = sv_session_part_enabled(v->s, part);
    int at = draft_pos(c, d, k);
    bool cur = k == c->cursor && c->col == UI_COMPOSER_PARTS;
    SDL_Color fill = at >= 0 ? t->selected : ui_hover(ui, r) ? t->hover : t->surface;
    if (cur && !ui->mouse_active) ui_focus_ring(ui, r, 12.0f);
    ui_panel(ui, r, 12.0f, fill, at >= 0 ? t->accent : t->border);
    char letter[4] = {(char)('a' + k), '\0', '\0', '\0'};
    float cy = r.y + 14.0f + 20.0f;
    SDL_Color badge = on ? t->text : t->border;
    ui_disc(ui, r.x + 34.0f, cy, 20.0f, badge);
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, ui_theme_ink_on(badge), badge, letter, r.x + 34.0f,
                 cy - ui_text_line_height(tc, UI_FONT_SMALL_BOLD) / 2.0f, UI_ALIGN_CENTRE);
    char label[160];
    snprintf(label, sizeof label, "%s%s%s", ui_format_part_kind(ui, pa->kind), on ? "" : " · ",
             on ? "" : ui_tr(ui, UI_S_PLAY_NOT_AVAILABLE));
    float tx = r.x + BADGE_W, tw = r.w - BADGE_W - 140.0f;
    ui_text_draw_fit(tc, UI_FONT_SMALL_BOLD, on ? t->accent : t->muted, fill, label, tx,
                     r.y + 14.0f, tw, UI_ALIGN_LEFT);
    ui_text_draw_wrap(tc, UI_FONT_BODY, on ? t->text : t->muted, fill,
                      sv_text_get(&pa->text, ui->lang), tx,
                      r.y + 16.0f + ui_text_line_height(tc, UI_FONT_SMALL_BOLD), tw, 0);
    if (at >= 0) {
        char n[16];
        snprintf(n, sizeof n, "✓ %d", at + 1);
        ui_text_draw(tc, UI_FONT_BOLD, t->accent, fill, n, r.x + r.w - 24.0f, r.y + 14.0f,
                     UI_ALIGN_RIGHT);
    }
}

void ui_composer_draw_parts(const ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                            SDL_FRect area)
{
    const ui_Theme *t = &ui->theme;
    const sv_Decision *d = v->d;
    if (!d) return;
    ui_clip(ui, &area);
    float y = area.y - c->scroll;
    ui_text_draw_wrap(&ui->text, UI_FONT_SMALL, t->muted, t->bg, ui_tr(ui, UI_S_PLAY_PARTS_HELP),
                      area.x + 20.0f, y + 6.0f, area.w - 40.0f, 0);
    y += help_height(ui, area.w);
    for (uint32_t k = 0; k < d->parts.count; k++) {
        float h = part_height(ui, v, (int32_t)(d->parts.start + k), area.w);
        if (y + h >= area.y - 8.0f && y <= area.y + area.h + 8.0f)
            draw_part(c, ui, v, (int)k, ui_rect(area.x + 6.0f, y, area.w - 12.0f, h));
        y += h + ROW_GAP;
    }
    ui_clip(ui, NULL);
}

static void draw_draft_rows(const ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                            const DraftLayout *dl)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    SDL_FRect clip = {dl->area.x - 6.0f, dl->area.y - 4.0f, dl->area.w + 12.0f, dl->area.h + 4.0f};
    ui_clip(ui, &clip);
    for (int i = 0; i < c->count; i++) {
        bool cur = i == c->draft_cursor && c->col == UI_COMPOSER_DRAFT;
        SDL_Color fill = cur ? t->selected : t->sunken;
        if (cur && !ui->mouse_active) ui_focus_ring(ui, dl->rows[i], 10.0f);
        ui_fill_round(ui, dl->rows[i], 10.0f, fill);
        const sv_Part *pa = &v->sc->parts[c->parts[i]];
        char line[SV_MAX_TEXT_BYTES + 64];
        snprintf(line, sizeof line, "%d. %s: %s", i + 1, ui_format_part_kind(ui, pa->kind),
                 sv_text_get(&pa->text, ui->lang));
        float lh = ui_text_line_height(tc, UI_FONT_BODY);
        ui_text_draw_fit(tc, UI_FONT_BODY, t->text, fill, line, dl->rows[i].x + 14.0f,
                         dl->rows[i].y + (dl->rows[i].h - lh) / 2.0f,
                         dl->up[i].x - dl->rows[i].x - 24.0f, UI_ALIGN_LEFT);
        ui_button(ui, dl->up[i], "▲", UI_BUTTON_QUIET, false, i > 0);
        ui_button(ui, dl->down[i], "▼", UI_BUTTON_QUIET, false, i + 1 < c->count);
        ui_button(ui, dl->del[i], "✕", UI_BUTTON_QUIET, false, true);
    }
    ui_clip(ui, NULL);
    if (c->count == 0)
        ui_text_draw_fit(tc, UI_FONT_BODY, t->muted, t->surface, ui_tr(ui, UI_S_PLAY_DRAFT_EMPTY),
                         dl->title.x, dl->title.y + dl->title.h + 10.0f, dl->title.w,
                         UI_ALIGN_LEFT);
}

void ui_composer_draw_draft(const ui_ComposerState *c, ui_Context *ui, const ui_DecisionView *v,
                            const ui_PanelLayout *l)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    const sv_Decision *d = v->d;
    DraftLayout dl;
    draft_layout(c, ui, v, l, &dl);
    char a[8], b[8], hi[8], buf[128];
    snprintf(a, sizeof a, "%u", c->count);
    snprintf(b, sizeof b, "%u", d->compose_min);
    snprintf(hi, sizeof hi, "%u", d->compose_max);
    ui_text_draw(tc, UI_FONT_BOLD, t->text, t->surface, ui_tr(ui, UI_S_PLAY_YOUR_REPLY), dl.title.x,
                 dl.title.y, UI_ALIGN_LEFT);
    bool enough = c->count >= d->compose_min && c->count <= d->compose_max;
    SDL_FRect btn[3];
    buttons(ui, l, btn);
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, enough ? t->good : t->muted, t->surface,
                 ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_PLAY_PARTS_COUNT), a, b, hi),
                 btn[2].x - 16.0f, dl.title.y + 4.0f, UI_ALIGN_RIGHT);
    draw_draft_rows(c, ui, v, &dl);
    if (dl.preview.h > 0.0f && c->count) {
        char text[PREVIEW_BYTES];
        size_t chars;
        joined(c, ui, v, c->count, text, sizeof text, &chars);
        ui_fill_round(ui, dl.preview, 12.0f, t->sunken);
        float sh = ui_text_line_height(tc, UI_FONT_SMALL);
        ui_clip(ui, &dl.text);
        ui_text_draw_wrap(tc, UI_FONT_BODY, t->text, t->sunken, text, dl.text.x,
                          dl.text.y - dl.offset, dl.text.w, 0);
        ui_clip(ui, NULL);
        if (dl.text_h > dl.text.h) { /* more than shows: where the shown lines are */
            SDL_FRect track = {dl.preview.x + dl.preview.w - 9.0f, dl.text.y, 4.0f, dl.text.h};
            ui_fill_round(ui, track, 2.0f, t->border);
            ui_fill_round(ui,
                          ui_rect(track.x, track.y + track.h * dl.offset / dl.text_h, track.w,
                                  track.h * dl.text.h / dl.text_h),
                          2.0f, t->muted);
        }
        snprintf(a, sizeof a, "%zu", chars);
        if (dl.length)
            ui_text_draw(
                tc, UI_FONT_SMALL, t->muted, t->sunken,
                ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_PLAY_CHARS), a, NULL, NULL),
                dl.preview.x + dl.preview.w - 16.0f, dl.preview.y + dl.preview.h - sh - 10.0f,
                UI_ALIGN_RIGHT);
    }
    /* a thread its channel has closed takes no public reply: greyed, with why
     * above it, in the room draft_layout left it */
    bool pub = sv_session_compose_allowed(v->s, v->index, SV_VIS_PUBLIC);
    char why[192];
    float note = closed_note(ui, v, l, why, sizeof why);
    if (note > 0.0f)
        ui_text_draw_wrap(tc, UI_FONT_SMALL, t->text, t->surface, why, btn[0].x, btn[0].y - note,
                          btn[1].x + btn[1].w - btn[0].x, 0);
    if (v->watching) return;
    bool focus = c->col == UI_COMPOSER_SEND && !ui->mouse_active;
    ui_button(ui, btn[0], ui_tr(ui, UI_S_PLAY_SEND_PUBLIC), UI_BUTTON_PRIMARY,
              focus && c->send_cursor == 0, enough && pub);
    ui_button(ui, btn[1], ui_tr(ui, UI_S_PLAY_SEND_PRIVATE), UI_BUTTON_PRIMARY,
              focus && c->send_cursor == 1, enough && d->compose_private);
    ui_button(ui, btn[2], ui_tr(ui, UI_S_PLAY_CLEAR), UI_BUTTON_QUIET, focus && c->send_cursor == 2,
              c->count > 0);
    if (l->mode_btn.w > 0.0f)
        ui_button(ui, l->mode_btn, ui_tr(ui, UI_S_PLAY_READY_REPLIES), UI_BUTTON_PLAIN, false,
                  true);
}
