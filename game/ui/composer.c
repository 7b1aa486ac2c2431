/* The composer: the decision's parts in the left column (a letter key, Enter
 * or a click adds or removes one), the reply being built on the right in the
 * player's order (Shift+Up/Down, X/Y or the arrow buttons move a part; Delete,
 * A on it or ✕ removes it), a preview of the whole reply, and the buttons to
 * send it in public or in private. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "screens.h"

#define PAD 24.0f
#define ROW_GAP 10.0f
#define BADGE_W 64.0f

static const sv_Decision *current(const ui_PlayScreen *p, const ui_Game *g)
{
    return p->decision >= 0 ? &g->run.sc->decisions[p->decision] : NULL;
}

void ui_composer_reset(ui_PlayScreen *p, int32_t decision)
{
    memset(&p->draft, 0, sizeof p->draft);
    p->draft.decision = decision;
    p->draft_cursor = 0;
    p->send_cursor = 0;
}

/* Where part k of the decision sits in the draft, -1 when not in it. */
static int draft_pos(const ui_PlayScreen *p, const sv_Decision *d, int k)
{
    for (int i = 0; i < p->draft.count; i++)
        if (p->draft.parts[i] == (int32_t)d->parts.start + k) return i;
    return -1;
}

/* ---- editing ------------------------------------------------------------------------------ */

static void remove_at(ui_PlayScreen *p, int i)
{
    if (i < 0 || i >= p->draft.count) return;
    memmove(&p->draft.parts[i], &p->draft.parts[i + 1],
            (size_t)(p->draft.count - i - 1) * sizeof p->draft.parts[0]);
    p->draft.count--;
    if (p->draft_cursor >= p->draft.count)
        p->draft_cursor = p->draft.count ? p->draft.count - 1 : 0;
}

static void toggle(ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, int k)
{
    const sv_Decision *d = current(p, g);
    if (k < 0 || (uint32_t)k >= d->parts.count) return;
    int at = draft_pos(p, d, k);
    if (at >= 0) {
        remove_at(p, at);
        return;
    }
    int32_t part = (int32_t)d->parts.start + k;
    if (!sv_session_part_enabled(&g->run.s, part)) {
        ui_play_toast(p, ui, ui_tr(ui, UI_S_INPUT_DISABLED), true);
    } else if (p->draft.count >= d->compose_max || p->draft.count >= SV_MAX_COMPOSE) {
        ui_play_refused(p, ui, g, SV_INPUT_PART_COUNT);
    } else {
        p->draft.parts[p->draft.count++] = part;
        p->draft_cursor = p->draft.count - 1;
    }
}

static void move_item(ui_PlayScreen *p, int i, int delta)
{
    int j = i + delta;
    if (i < 0 || i >= p->draft.count || j < 0 || j >= p->draft.count) return;
    int32_t tmp = p->draft.parts[i];
    p->draft.parts[i] = p->draft.parts[j];
    p->draft.parts[j] = tmp;
    p->draft_cursor = j;
}

static void send(ui_PlayScreen *p, ui_Context *ui, ui_Game *g, sv_Visibility vis)
{
    sv_Input in = {.kind = SV_INPUT_COMPOSE,
                   .decision = p->decision,
                   .visibility = vis,
                   .part_count = p->draft.count};
    memcpy(in.parts, p->draft.parts, sizeof in.parts);
    sv_InputResult r = ui_run_apply(&g->run, &in);
    if (r != SV_INPUT_OK) ui_play_refused(p, ui, g, r);
}

static void press_button(ui_PlayScreen *p, ui_Context *ui, ui_Game *g, int b)
{
    const sv_Decision *d = current(p, g);
    if (b == 0 && d->compose_public)
        send(p, ui, g, SV_VIS_PUBLIC);
    else if (b == 1 && d->compose_private)
        send(p, ui, g, SV_VIS_PRIVATE);
    else if (b == 2)
        ui_composer_reset(p, p->decision);
}

/* ---- layout ---------------------------------------------------------------------------------- */

static float part_height(ui_Context *ui, const ui_Game *g, int32_t part, float w)
{
    ui_TextCache *tc = &ui->text;
    return 26.0f + ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 2.0f +
           ui_text_wrap_height(tc, UI_FONT_BODY,
                               sv_text_get(&g->run.sc->parts[part].text, ui->lang),
                               w - BADGE_W - 140.0f);
}

static float help_height(ui_Context *ui, float w)
{
    return ui_text_wrap_height(&ui->text, UI_FONT_SMALL, ui_tr(ui, UI_S_PLAY_PARTS_HELP),
                               w - 40.0f) +
           24.0f;
}

void ui_composer_buttons(ui_Context *ui, const ui_Game *g, int32_t d, const ui_PlayLayout *l,
                         SDL_FRect out[3])
{
    (void)g;
    (void)d;
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

typedef struct DraftLayout {
    SDL_FRect title, area; /* area: where the rows show; they scroll inside it */
    SDL_FRect rows[SV_MAX_COMPOSE], up[SV_MAX_COMPOSE], down[SV_MAX_COMPOSE], del[SV_MAX_COMPOSE];
    SDL_FRect preview; /* h 0: no room */
} DraftLayout;

/* Rows scroll so the cursor's row shows when they do not all fit; the preview
 * takes what is left, if that is enough for a few lines. */
static void draft_layout(const ui_PlayScreen *p, const ui_Context *ui, const ui_PlayLayout *l,
                         DraftLayout *dl)
{
    memset(dl, 0, sizeof *dl);
    float x = l->list.x, w = l->list.w, y = l->list.y;
    float lb = ui_text_line_height(&ui->text, UI_FONT_BOLD);
    dl->title = ui_rect(x, y, w, lb + 8.0f);
    y += lb + 14.0f;
    float rh = ui_text_line_height(&ui->text, UI_FONT_BODY) + 16.0f;
    float rows_h = (float)(p->draft.count ? p->draft.count : 1) * (rh + 6.0f);
    float room = l->list.y + l->list.h - y;
    float lines = 3.0f * ui_text_line_height(&ui->text, UI_FONT_BODY) + 40.0f;
    float shown = rows_h + lines <= room ? rows_h : fminf(rows_h, room);
    float off = 0.0f;
    if (rows_h > shown) {
        float bottom = (float)(p->draft_cursor + 1) * (rh + 6.0f);
        off = fminf(fmaxf(0.0f, bottom - shown), rows_h - shown);
    }
    dl->area = ui_rect(x, y, w, shown);
    for (int i = 0; i < p->draft.count; i++) {
        float ry = y - off + (float)i * (rh + 6.0f);
        dl->rows[i] = ui_rect(x, ry, w, rh);
        float bw = rh + 6.0f;
        dl->del[i] = ui_rect(x + w - bw, ry + 3.0f, bw - 6.0f, rh - 6.0f);
        dl->down[i] = ui_rect(dl->del[i].x - bw, ry + 3.0f, bw - 6.0f, rh - 6.0f);
        dl->up[i] = ui_rect(dl->down[i].x - bw, ry + 3.0f, bw - 6.0f, rh - 6.0f);
    }
    float py = y + shown + 8.0f, ph = l->list.y + l->list.h - py;
    if (ph >= lines - 8.0f) dl->preview = ui_rect(x, py, w, ph);
}

void ui_composer_follow(ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, SDL_FRect area)
{
    const sv_Decision *d = current(p, g);
    if (!d) return;
    float y = help_height(ui, area.w), total = y, at = 0.0f, h = 0.0f;
    for (uint32_t k = 0; k < d->parts.count; k++) {
        float ph = part_height(ui, g, (int32_t)(d->parts.start + k), area.w);
        if ((int)k == p->cursor) {
            at = total;
            h = ph;
        }
        total += ph + ROW_GAP;
    }
    if (p->col == UI_COL_PARTS) {
        if (at < p->list_target + y) p->list_target = at - y;
        if (at + h > p->list_target + area.h) p->list_target = at + h - area.h;
    }
    float max = total - area.h > 0.0f ? total - area.h : 0.0f;
    p->list_target = p->list_target < 0.0f ? 0.0f : p->list_target > max ? max : p->list_target;
}

/* ---- update ---------------------------------------------------------------------------------- */

static int part_at(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, SDL_FRect area,
                   float x, float y)
{
    const sv_Decision *d = current(p, g);
    if (!ui_hit(area, x, y)) return -1;
    float top = area.y - p->list_scroll + help_height(ui, area.w);
    for (uint32_t k = 0; k < d->parts.count; k++) {
        float h = part_height(ui, g, (int32_t)(d->parts.start + k), area.w);
        if (y >= top && y < top + h) return (int)k;
        top += h + ROW_GAP;
    }
    return -1;
}

static bool click(ui_PlayScreen *p, ui_Context *ui, ui_Game *g, const ui_PlayLayout *l,
                  const ui_Event *e)
{
    int32_t before = p->decision;
    if (l->prev_btn.w > 0.0f && ui_hit(l->prev_btn, e->x, e->y))
        ui_decision_switch(p, g, -1);
    else if (l->next_btn.w > 0.0f && ui_hit(l->next_btn, e->x, e->y))
        ui_decision_switch(p, g, 1);
    if (p->decision != before) return true;
    if (l->mode_btn.w > 0.0f && ui_hit(l->mode_btn, e->x, e->y)) {
        p->composing = false;
        p->col = UI_COL_OPTIONS;
        p->cursor = 0;
        if (p->tab == UI_PLAY_TAB_COMPOSE) p->tab = p->feed.public_channel;
        return true;
    }
    SDL_FRect b[3];
    ui_composer_buttons(ui, g, p->decision, l, b);
    for (int i = 0; i < 3; i++)
        if (ui_hit(b[i], e->x, e->y) && (i < 2 || p->draft.count)) {
            p->col = UI_COL_SEND;
            p->send_cursor = i;
            press_button(p, ui, g, i);
            return true;
        }
    DraftLayout dl;
    draft_layout(p, ui, l, &dl);
    for (int i = 0; i < p->draft.count && ui_hit(dl.area, e->x, e->y); i++) {
        if (ui_hit(dl.up[i], e->x, e->y))
            move_item(p, i, -1);
        else if (ui_hit(dl.down[i], e->x, e->y))
            move_item(p, i, 1);
        else if (ui_hit(dl.del[i], e->x, e->y))
            remove_at(p, i);
        else if (ui_hit(dl.rows[i], e->x, e->y))
            p->draft_cursor = i;
        else
            continue;
        p->col = UI_COL_DRAFT;
        return true;
    }
    if (p->tab == UI_PLAY_TAB_COMPOSE) {
        int k = part_at(p, ui, g, l->feed, e->x, e->y);
        if (k >= 0) {
            p->cursor = k;
            p->col = UI_COL_PARTS;
            toggle(p, ui, g, k);
            return true;
        }
    }
    return false;
}

static void horizontal(ui_PlayScreen *p, int delta)
{
    if (p->col == UI_COL_SEND) {
        int b = p->send_cursor + delta;
        if (b < 0)
            p->col = UI_COL_DRAFT;
        else
            p->send_cursor = b > 2 ? 2 : b;
    } else if (p->col == UI_COL_DRAFT) {
        if (delta > 0)
            p->col = UI_COL_SEND;
        else {
            p->col = UI_COL_PARTS;
            p->tab = UI_PLAY_TAB_COMPOSE;
        }
    } else if (delta > 0) {
        p->col = UI_COL_DRAFT;
    }
}

static void vertical(ui_PlayScreen *p, const sv_Decision *d, int delta)
{
    if (p->col == UI_COL_PARTS) {
        int n = (int)d->parts.count;
        p->cursor = p->cursor + delta < 0 ? 0 : p->cursor + delta >= n ? n - 1 : p->cursor + delta;
    } else if (p->col == UI_COL_DRAFT) {
        int n = p->draft.count;
        if (delta > 0 && p->draft_cursor + 1 >= n)
            p->col = UI_COL_SEND;
        else
            p->draft_cursor = p->draft_cursor + delta < 0 ? 0 : p->draft_cursor + delta;
    } else if (delta < 0) {
        p->col = UI_COL_DRAFT;
    }
}

bool ui_composer_update(ui_PlayScreen *p, ui_Context *ui, ui_Game *g, const ui_PlayLayout *l,
                        const ui_Event *e)
{
    const sv_Decision *d = current(p, g);
    if (!d) return false;
    if (p->col == UI_COL_PARTS && p->tab != UI_PLAY_TAB_COMPOSE) p->col = UI_COL_DRAFT;
    int in_draft = p->col == UI_COL_PARTS ? draft_pos(p, d, p->cursor) : p->draft_cursor;
    switch (e->act) {
    case UI_ACT_LETTER:
        if ((uint32_t)e->arg < d->parts.count) {
            p->cursor = e->arg;
            if (p->tab == UI_PLAY_TAB_COMPOSE) p->col = UI_COL_PARTS;
            toggle(p, ui, g, e->arg);
        }
        return true;
    case UI_ACT_UP: vertical(p, d, -1); return true;
    case UI_ACT_DOWN: vertical(p, d, 1); return true;
    case UI_ACT_LEFT: horizontal(p, -1); return true;
    case UI_ACT_RIGHT: horizontal(p, 1); return true;
    case UI_ACT_ITEM_UP: move_item(p, in_draft, -1); return true;
    case UI_ACT_ITEM_DOWN: move_item(p, in_draft, 1); return true;
    case UI_ACT_REMOVE: remove_at(p, in_draft); return true;
    case UI_ACT_CONFIRM:
        if (p->col == UI_COL_PARTS)
            toggle(p, ui, g, p->cursor);
        else if (p->col == UI_COL_DRAFT)
            remove_at(p, p->draft_cursor);
        else
            press_button(p, ui, g, p->send_cursor);
        return true;
    case UI_ACT_CLICK: return click(p, ui, g, l, e);
    default: return false;
    }
}

/* ---- drawing ------------------------------------------------------------------------------------
 */

static void draw_part(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g, int k, SDL_FRect r)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    const sv_Decision *d = current(p, g);
    int32_t part = (int32_t)d->parts.start + k;
    const sv_Part *pa = &g->run.sc->parts[part];
    bool on = sv_session_part_enabled(&g->run.s, part);
    int at = draft_pos(p, d, k);
    bool cur = k == p->cursor && p->col == UI_COL_PARTS;
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
    snprintf(label, sizeof label, "%s%s%s", ui_play_part_kind(ui, pa->kind), on ? "" : " · ",
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

void ui_composer_draw_parts(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g,
                            SDL_FRect area)
{
    const ui_Theme *t = &ui->theme;
    const sv_Decision *d = current(p, g);
    if (!d) return;
    ui_clip(ui, &area);
    float y = area.y - p->list_scroll;
    ui_text_draw_wrap(&ui->text, UI_FONT_SMALL, t->muted, t->bg, ui_tr(ui, UI_S_PLAY_PARTS_HELP),
                      area.x + 20.0f, y + 6.0f, area.w - 40.0f, 0);
    y += help_height(ui, area.w);
    for (uint32_t k = 0; k < d->parts.count; k++) {
        float h = part_height(ui, g, (int32_t)(d->parts.start + k), area.w);
        if (y + h >= area.y - 8.0f && y <= area.y + area.h + 8.0f)
            draw_part(p, ui, g, (int)k, ui_rect(area.x + 6.0f, y, area.w - 12.0f, h));
        y += h + ROW_GAP;
    }
    ui_clip(ui, NULL);
}

/* The reply as it will be posted: the parts' texts joined with spaces. */
static void joined(const ui_PlayScreen *p, const ui_Context *ui, const ui_Game *g, char *buf,
                   size_t size, size_t *chars)
{
    size_t o = 0;
    buf[0] = '\0';
    for (int i = 0; i < p->draft.count && o + 1 < size; i++) {
        int n = snprintf(buf + o, size - o, "%s%s", i ? " " : "",
                         sv_text_get(&g->run.sc->parts[p->draft.parts[i]].text, ui->lang));
        if (n < 0) break;
        o += (size_t)n < size - o ? (size_t)n : size - o - 1;
    }
    *chars = 0;
    for (size_t i = 0; i < o; i++) *chars += ((unsigned char)buf[i] & 0xC0u) != 0x80u;
}

static void draw_draft_rows(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g,
                            const DraftLayout *dl)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    SDL_FRect clip = {dl->area.x - 6.0f, dl->area.y - 4.0f, dl->area.w + 12.0f, dl->area.h + 4.0f};
    ui_clip(ui, &clip);
    for (int i = 0; i < p->draft.count; i++) {
        bool cur = i == p->draft_cursor && p->col == UI_COL_DRAFT;
        SDL_Color fill = cur ? t->selected : t->sunken;
        if (cur && !ui->mouse_active) ui_focus_ring(ui, dl->rows[i], 10.0f);
        ui_fill_round(ui, dl->rows[i], 10.0f, fill);
        const sv_Part *pa = &g->run.sc->parts[p->draft.parts[i]];
        char line[SV_MAX_TEXT_BYTES + 64];
        snprintf(line, sizeof line, "%d. %s: %s", i + 1, ui_play_part_kind(ui, pa->kind),
                 sv_text_get(&pa->text, ui->lang));
        float lh = ui_text_line_height(tc, UI_FONT_BODY);
        ui_text_draw_fit(tc, UI_FONT_BODY, t->text, fill, line, dl->rows[i].x + 14.0f,
                         dl->rows[i].y + (dl->rows[i].h - lh) / 2.0f,
                         dl->up[i].x - dl->rows[i].x - 24.0f, UI_ALIGN_LEFT);
        ui_button(ui, dl->up[i], "▲", UI_BUTTON_QUIET, false, i > 0);
        ui_button(ui, dl->down[i], "▼", UI_BUTTON_QUIET, false, i + 1 < p->draft.count);
        ui_button(ui, dl->del[i], "✕", UI_BUTTON_QUIET, false, true);
    }
    ui_clip(ui, NULL);
    if (p->draft.count == 0)
        ui_text_draw_fit(tc, UI_FONT_BODY, t->muted, t->surface, ui_tr(ui, UI_S_PLAY_DRAFT_EMPTY),
                         dl->title.x, dl->title.y + dl->title.h + 10.0f, dl->title.w,
                         UI_ALIGN_LEFT);
}

void ui_composer_draw_draft(const ui_PlayScreen *p, ui_Context *ui, const ui_Game *g,
                            const ui_PlayLayout *l)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    const sv_Decision *d = current(p, g);
    DraftLayout dl;
    draft_layout(p, ui, l, &dl);
    char a[8], b[8], c[8], buf[128];
    snprintf(a, sizeof a, "%u", p->draft.count);
    snprintf(b, sizeof b, "%u", d->compose_min);
    snprintf(c, sizeof c, "%u", d->compose_max);
    ui_text_draw(tc, UI_FONT_BOLD, t->text, t->surface, ui_tr(ui, UI_S_PLAY_YOUR_REPLY), dl.title.x,
                 dl.title.y, UI_ALIGN_LEFT);
    bool enough = p->draft.count >= d->compose_min && p->draft.count <= d->compose_max;
    SDL_FRect btn[3];
    ui_composer_buttons(ui, g, p->decision, l, btn);
    ui_text_draw(tc, UI_FONT_SMALL_BOLD, enough ? t->good : t->muted, t->surface,
                 ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_PLAY_PARTS_COUNT), a, b, c),
                 btn[2].x - 16.0f, dl.title.y + 4.0f, UI_ALIGN_RIGHT);
    draw_draft_rows(p, ui, g, &dl);
    if (dl.preview.h > 0.0f && p->draft.count) {
        char text[SV_MAX_COMPOSE * 600];
        size_t chars;
        joined(p, ui, g, text, sizeof text, &chars);
        ui_fill_round(ui, dl.preview, 12.0f, t->sunken);
        float sh = ui_text_line_height(tc, UI_FONT_SMALL);
        int lines = (int)((dl.preview.h - 40.0f - sh) / ui_text_line_height(tc, UI_FONT_BODY));
        ui_text_draw_wrap(tc, UI_FONT_BODY, t->text, t->sunken, text, dl.preview.x + 16.0f,
                          dl.preview.y + 12.0f, dl.preview.w - 32.0f, lines > 1 ? lines : 1);
        snprintf(a, sizeof a, "%zu", chars);
        ui_text_draw(tc, UI_FONT_SMALL, t->muted, t->sunken,
                     ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_PLAY_CHARS), a, NULL, NULL),
                     dl.preview.x + dl.preview.w - 16.0f, dl.preview.y + dl.preview.h - sh - 10.0f,
                     UI_ALIGN_RIGHT);
    }
    if (p->watching) return;
    bool focus = p->col == UI_COL_SEND && !ui->mouse_active;
    ui_button(ui, btn[0], ui_tr(ui, UI_S_PLAY_SEND_PUBLIC), UI_BUTTON_PRIMARY,
              focus && p->send_cursor == 0, enough && d->compose_public);
    ui_button(ui, btn[1], ui_tr(ui, UI_S_PLAY_SEND_PRIVATE), UI_BUTTON_PRIMARY,
              focus && p->send_cursor == 1, enough && d->compose_private);
    ui_button(ui, btn[2], ui_tr(ui, UI_S_PLAY_CLEAR), UI_BUTTON_QUIET, focus && p->send_cursor == 2,
              p->draft.count > 0);
    if (l->mode_btn.w > 0.0f)
        ui_button(ui, l->mode_btn, ui_tr(ui, UI_S_PLAY_READY_REPLIES), UI_BUTTON_PLAIN, false,
                  true);
}
