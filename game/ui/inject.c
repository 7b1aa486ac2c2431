/* The facilitator's injects list (Ctrl+I) and view (Ctrl+G) on the play
 * screen: see inject.h. The view is drawn dark, like the header, so nobody
 * mistakes it for the players' screen; it lists each inject with what it is
 * waiting for or when it fired, and its guidance, then the open decision's
 * options (and composer parts) with the authors' verdicts and annotations. */
#include "inject.h"

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "journal.h"
#include "timefmt.h"

#define PAD 24.0f
#define GAP 10.0f

void ui_inject_reset(ui_InjectState *s) { memset(s, 0, sizeof *s); }

/* ---- the list ------------------------------------------------------------------------ */

static float row_h(ui_Context *ui)
{
    return ui_text_line_height(&ui->text, UI_FONT_BOLD) +
           ui_text_line_height(&ui->text, UI_FONT_SMALL) + 18.0f;
}

/* The list's box over `area`, and its first row's top. */
static SDL_FRect list_box(ui_Context *ui, const sv_Scenario *sc, SDL_FRect area, float *rows_y)
{
    float head = ui_text_line_height(&ui->text, UI_FONT_HEAD) + 2.0f * PAD;
    float foot = ui_text_line_height(&ui->text, UI_FONT_SMALL) + PAD;
    float h = head + (float)sc->inject_count * row_h(ui) + foot;
    if (h > area.h - 40.0f) h = area.h - 40.0f;
    SDL_FRect box = {area.x + 40.0f, area.y + 20.0f, area.w - 80.0f, h};
    *rows_y = box.y + head;
    return box;
}

/* What an inject is waiting for, or when it fired: "fired at 01:20"; a manual
 * one waiting says how to fire it, or in the list (`listed`) that it can be. */
static const char *status(ui_Context *ui, const ui_Game *g, uint32_t i, bool listed, char *buf,
                          size_t size)
{
    const sv_Scenario *sc = g->run.core.sc;
    const sv_Session *s = &g->run.core.s;
    const sv_Inject *in = &sc->injects[i];
    char clk[48];
    if (s->inject_fired[i]) {
        ui_time_clock(ui->strings, ui->lang, s->inject_ms[i], sc->duration_ms, clk, sizeof clk);
        return ui_strings_format(buf, size, ui_tr(ui, UI_S_FAC_FIRED), clk, NULL, NULL);
    }
    if (in->at_ms == SV_NEVER)
        return ui_strings_format(buf, size, ui_tr(ui, listed ? UI_S_FAC_READY : UI_S_FAC_MANUAL),
                                 NULL, NULL, NULL);
    ui_time_clock(ui->strings, ui->lang, in->at_ms, sc->duration_ms, clk, sizeof clk);
    return ui_strings_format(buf, size, ui_tr(ui, UI_S_FAC_AT), clk, NULL, NULL);
}

static sv_InputResult fire(ui_InjectState *st, ui_Game *g, int32_t i)
{
    sv_Input in = {.kind = SV_INPUT_INJECT, .decision = -1, .inject = i};
    sv_InputResult r = ui_run_apply(&g->run, &in);
    if (r == SV_INPUT_OK) {
        st->list = false;
        ui_journal_save(g); /* a crash from here on loses nothing */
    }
    return r;
}

/* The list takes every event while it is open; what firing gave. */
static sv_InputResult list_event(ui_InjectState *st, ui_Context *ui, ui_Game *g, const ui_Event *e,
                                 SDL_FRect area)
{
    const sv_Scenario *sc = g->run.core.sc;
    int n = (int)sc->inject_count;
    float rows_y;
    SDL_FRect box = list_box(ui, sc, area, &rows_y);
    switch (e->act) {
    case UI_ACT_UP: st->cursor = (st->cursor + n - 1) % n; break;
    case UI_ACT_DOWN: st->cursor = (st->cursor + 1) % n; break;
    case UI_ACT_DIGIT:
        if (e->arg >= 1 && e->arg <= n) return fire(st, g, e->arg - 1);
        break;
    case UI_ACT_CONFIRM: return fire(st, g, st->cursor);
    case UI_ACT_BACK: st->list = false; break;
    case UI_ACT_CLICK:
        if (!ui_hit(box, e->x, e->y)) {
            st->list = false;
        } else if (e->y >= rows_y) {
            int row = (int)((e->y - rows_y) / row_h(ui));
            if (row >= 0 && row < n) return fire(st, g, row);
        }
        break;
    default: break;
    }
    return SV_INPUT_OK;
}

static float view_max_scroll(ui_Context *ui, const ui_Game *g, int32_t decision, SDL_FRect area);

bool ui_inject_event(ui_InjectState *st, ui_Context *ui, ui_Game *g, const ui_Event *e,
                     SDL_FRect area, int32_t decision, const char **say)
{
    const sv_Scenario *sc = g->run.core.sc;
    *say = NULL;
    if (e->act == UI_ACT_FACILITATOR && e->arg == UI_FAC_VIEW) {
        st->view = !st->view;
        st->scroll = 0.0f;
        return true;
    }
    /* while the view covers the feed, the feed's scroll keys scroll the view */
    if (st->view && !st->list &&
        (e->act == UI_ACT_PAGE_UP || e->act == UI_ACT_PAGE_DOWN || e->act == UI_ACT_HOME)) {
        float page = area.h * 0.6f, max = view_max_scroll(ui, g, decision, area);
        st->scroll += e->act == UI_ACT_PAGE_DOWN ? page : e->act == UI_ACT_PAGE_UP ? -page : -1e6f;
        st->scroll = st->scroll < 0.0f ? 0.0f : st->scroll > max ? max : st->scroll;
        return true;
    }
    if (e->act == UI_ACT_FACILITATOR && e->arg == UI_FAC_INJECTS) {
        if (st->list || g->run.core.s.ended)
            st->list = false;
        else if (g->run.core.replay)
            *say = ui_tr(ui, UI_S_FAC_WATCHING);
        else if (sc->inject_count == 0)
            *say = ui_tr(ui, UI_S_FAC_NO_INJECTS);
        else
            st->list = true;
        if (st->cursor >= (int)sc->inject_count) st->cursor = 0;
        return true;
    }
    if (!st->list) return false;
    if (g->run.core.s.ended) {
        st->list = false;
        return false;
    }
    sv_InputResult r = list_event(st, ui, g, e, area);
    if (r != SV_INPUT_OK)
        *say = ui_tr(ui, r == SV_INPUT_FIRED       ? UI_S_FAC_ALREADY
                         : r == SV_INPUT_SCHEDULED ? UI_S_FAC_SCHEDULED
                                                   : UI_S_INPUT_FAILED);
    return true;
}

static void draw_list(const ui_InjectState *st, ui_Context *ui, const ui_Game *g, SDL_FRect area)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    const sv_Scenario *sc = g->run.core.sc;
    float y;
    SDL_FRect box = list_box(ui, sc, area, &y);
    ui_panel(ui, box, 18.0f, t->surface, t->accent);
    ui_text_draw(tc, UI_FONT_HEAD, t->text, t->surface, ui_tr(ui, UI_S_FAC_LIST_TITLE), box.x + PAD,
                 box.y + PAD, UI_ALIGN_LEFT);
    float rh = row_h(ui), lb = ui_text_line_height(tc, UI_FONT_BOLD);
    ui_clip(ui, &box);
    for (uint32_t i = 0; i < sc->inject_count; i++, y += rh) {
        SDL_FRect row = {box.x + 12.0f, y, box.w - 24.0f, rh - 6.0f};
        bool on = (int)i == st->cursor, fired = g->run.core.s.inject_fired[i];
        SDL_Color fill = on ? t->selected : ui_hover(ui, row) ? t->hover : t->surface;
        if (on) ui_focus_ring(ui, row, 10.0f);
        ui_fill_round(ui, row, 10.0f, fill);
        char title[512], st_buf[160];
        snprintf(title, sizeof title, "%u. %s", i + 1,
                 sv_text_get(&sc->injects[i].title, ui->lang));
        ui_text_draw_fit(tc, UI_FONT_BOLD, fired ? t->muted : t->text, fill, title, row.x + 14.0f,
                         row.y + 6.0f, row.w - 28.0f, UI_ALIGN_LEFT);
        ui_text_draw_fit(tc, UI_FONT_SMALL, t->muted, fill,
                         status(ui, g, i, true, st_buf, sizeof st_buf), row.x + 44.0f,
                         row.y + 6.0f + lb, row.w - 58.0f, UI_ALIGN_LEFT);
    }
    ui_clip(ui, NULL);
    ui_text_draw_fit(tc, UI_FONT_SMALL, t->muted, t->surface, ui_tr(ui, UI_S_FAC_LIST_HINT),
                     box.x + PAD,
                     box.y + box.h - PAD / 2.0f - ui_text_line_height(tc, UI_FONT_SMALL),
                     box.w - 2.0f * PAD, UI_ALIGN_LEFT);
}

/* ---- the view ------------------------------------------------------------------------- */

/* The view is laid out twice: `dry` measures (for scrolling), else it draws.
 * One line, cut to w; its height. */
static float line(ui_Context *ui, bool dry, ui_FontId f, SDL_Color fg, const char *text, float x,
                  float y, float w)
{
    if (!dry) ui_text_draw_fit(&ui->text, f, fg, ui->theme.header, text, x, y, w, UI_ALIGN_LEFT);
    return ui_text_line_height(&ui->text, f);
}

/* A paragraph wrapped at w, at most max_lines; its height. */
static float para(ui_Context *ui, bool dry, ui_FontId f, SDL_Color fg, const char *text, float x,
                  float y, float w, int max_lines)
{
    if (!dry)
        return ui_text_draw_wrap(&ui->text, f, fg, ui->theme.header, text, x, y, w, max_lines);
    int n = ui_text_wrap_lines(&ui->text, f, text, w);
    if (max_lines > 0 && n > max_lines) n = max_lines;
    return (float)n * ui_text_line_height(&ui->text, f);
}

static const char *verdict(const ui_Context *ui, int8_t expert)
{
    return ui_tr(ui, expert > 0   ? UI_S_FAC_RECOMMENDED
                     : expert < 0 ? UI_S_FAC_WARNED
                                  : UI_S_FAC_ACCEPTABLE);
}

/* One option or part: its letter or number, verdict and words on one line,
 * the annotation under it. Returns the height used. */
static float draw_choice(ui_Context *ui, bool dry, const char *mark, int8_t expert,
                         const sv_Text *text, const sv_Text *annotation, float x, float y, float w)
{
    const ui_Theme *t = &ui->theme;
    char buf[768];
    snprintf(buf, sizeof buf, "%s [%s] %s", mark, verdict(ui, expert), sv_text_get(text, ui->lang));
    /* the verdict's colour always comes with its word */
    SDL_Color c = expert > 0 ? t->good : expert < 0 ? t->bad : t->on_header;
    float h = line(ui, dry, UI_FONT_SMALL_BOLD, ui_theme_mix(c, t->on_header, 0.35f), buf, x, y, w);
    const char *a = sv_text_get(annotation, ui->lang);
    if (a[0])
        h += para(ui, dry, UI_FONT_SMALL, ui_theme_mix(t->on_header, t->header, 0.2f), a, x + 24.0f,
                  y + h, w - 24.0f, 2);
    return h + 6.0f;
}

static float draw_decision(ui_Context *ui, bool dry, const ui_Game *g, int32_t decision, float x,
                           float y, float w)
{
    const ui_Theme *t = &ui->theme;
    const sv_Scenario *sc = g->run.core.sc;
    char buf[1024], mark[16];
    if (decision < 0 || (uint32_t)decision >= sc->decision_count)
        return line(ui, dry, UI_FONT_BOLD, t->on_header, ui_tr(ui, UI_S_FAC_NO_DECISION), x, y, w) +
               GAP;
    const sv_Decision *d = &sc->decisions[decision];
    ui_strings_format(buf, sizeof buf, ui_tr(ui, UI_S_FAC_DECISION),
                      sv_text_get(&d->prompt, ui->lang), NULL, NULL);
    float y0 = y;
    y += para(ui, dry, UI_FONT_BOLD, t->on_header, buf, x, y, w, 2) + GAP;
    for (uint32_t i = 0; i < d->options.count; i++) {
        const sv_Option *o = &sc->options[d->options.start + i];
        snprintf(mark, sizeof mark, "%u.", i + 1);
        y += draw_choice(ui, dry, mark, o->expert, &o->text, &o->annotation, x, y, w);
    }
    if (d->parts.count)
        y +=
            line(ui, dry, UI_FONT_SMALL_BOLD, t->on_header, ui_tr(ui, UI_S_FAC_COMPOSER), x, y, w) +
            4.0f;
    for (uint32_t i = 0; i < d->parts.count; i++) {
        const sv_Part *p = &sc->parts[d->parts.start + i];
        snprintf(mark, sizeof mark, "%c)", 'a' + (int)(i % 26u));
        y += draw_choice(ui, dry, mark, p->expert, &p->text, &p->annotation, x, y, w);
    }
    return y - y0;
}

static float draw_injects(ui_Context *ui, bool dry, const ui_Game *g, float x, float y, float w)
{
    const ui_Theme *t = &ui->theme;
    const sv_Scenario *sc = g->run.core.sc;
    float y0 = y;
    y += line(ui, dry, UI_FONT_HEAD, t->on_header, ui_tr(ui, UI_S_FAC_INJECTS), x, y, w) + 4.0f;
    if (sc->inject_count == 0)
        return y - y0 +
               line(ui, dry, UI_FONT_SMALL, t->on_header, ui_tr(ui, UI_S_FAC_NO_INJECTS), x, y, w) +
               GAP;
    for (uint32_t i = 0; i < sc->inject_count; i++) {
        char buf[640], st_buf[160];
        snprintf(buf, sizeof buf, "%u. %s · %s", i + 1,
                 sv_text_get(&sc->injects[i].title, ui->lang),
                 status(ui, g, i, false, st_buf, sizeof st_buf));
        y += line(ui, dry, UI_FONT_SMALL_BOLD, t->on_header, buf, x, y, w);
        y += para(ui, dry, UI_FONT_SMALL, ui_theme_mix(t->on_header, t->header, 0.15f),
                  sv_text_get(&sc->injects[i].guidance, ui->lang), x + 24.0f, y, w - 24.0f, 4) +
             GAP;
    }
    return y - y0;
}

/* The view's two fixed lines on top, and the scrolled rest under them. */
static float view_head_h(ui_Context *ui)
{
    return ui_text_line_height(&ui->text, UI_FONT_BOLD) +
           ui_text_line_height(&ui->text, UI_FONT_SMALL) + GAP + PAD / 1.5f;
}

/* The scrolled part: the injects, a rule, the decision; its height. */
static float view_body(ui_Context *ui, bool dry, const ui_Game *g, int32_t decision, float x,
                       float y, float w)
{
    const ui_Theme *t = &ui->theme;
    float y0 = y;
    y += draw_injects(ui, dry, g, x, y, w) + GAP;
    if (!dry) ui_line(ui, x, y, x + w, y, 1.0f, ui_theme_mix(t->on_header, t->header, 0.6f));
    y += GAP;
    y += draw_decision(ui, dry, g, decision, x, y, w);
    return y - y0 + PAD;
}

/* How far the body can scroll in `area`. */
static float view_max_scroll(ui_Context *ui, const ui_Game *g, int32_t decision, SDL_FRect area)
{
    float body = view_body(ui, true, g, decision, 0.0f, 0.0f, area.w - 2.0f * PAD);
    float room = area.h - view_head_h(ui) - 8.0f;
    return body > room ? body - room : 0.0f;
}

static void draw_view(const ui_InjectState *st, ui_Context *ui, const ui_Game *g, int32_t decision,
                      SDL_FRect area)
{
    const ui_Theme *t = &ui->theme;
    ui_panel(ui, area, 16.0f, t->header, t->warn);
    float x = area.x + PAD, y = area.y + PAD / 1.5f, w = area.w - 2.0f * PAD;
    y += line(ui, false, UI_FONT_BOLD, t->warn, ui_tr(ui, UI_S_FAC_VIEW_TITLE), x, y, w);
    line(ui, false, UI_FONT_SMALL, ui_theme_mix(t->on_header, t->header, 0.25f),
         ui_tr(ui, UI_S_FAC_VIEW_HIDE), x, y, w);
    y = area.y + view_head_h(ui);
    SDL_FRect inner = {area.x + 4.0f, y, area.w - 8.0f, area.y + area.h - 8.0f - y};
    float max = view_max_scroll(ui, g, decision, area);
    float scroll = st->scroll < max ? st->scroll : max;
    ui_clip(ui, &inner);
    view_body(ui, false, g, decision, x, y - scroll, w);
    ui_clip(ui, NULL);
}

void ui_inject_draw(const ui_InjectState *s, ui_Context *ui, const ui_Game *g, int32_t decision,
                    SDL_FRect area)
{
    if (!g->run.active) return;
    if (s->view) draw_view(s, ui, g, decision, area);
    if (s->list && !g->run.core.s.ended) draw_list(s, ui, g, area);
}
