/* The resume screen, before the title when a run was left unfinished (a crash,
 * a closed window): which scenario, how far in, and two choices, resume at
 * exactly that moment or discard it. A journal that cannot be resumed (another
 * pack version, a damaged file, a state that no longer matches) is said here
 * in plain words with where the file was kept, and the player goes on to the
 * title. Keyboard, mouse and gamepad as on every menu; Esc and B decide later. */
#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "journal.h"
#include "menu.h"
#include "screens.h"
#include "workshop.h"

enum { ITEM_RESUME = 0, ITEM_DISCARD, ITEM_COUNT };

#define PANEL_W 1100.0f

bool ui_resume_init(ui_ResumeScreen *s, ui_Context *ui, ui_Game *g)
{
    (void)ui;
    memset(s, 0, sizeof *s);
    ui_JournalState st = ui_journal_open(g, s->why, sizeof s->why);
    s->refused = st == UI_JOURNAL_REFUSED;
    s->none = st == UI_JOURNAL_NONE;
    return true;
}

void ui_resume_unload(ui_ResumeScreen *s) { (void)s; }

/* ---- layout -------------------------------------------------------------------------------- */

static int item_count(const ui_ResumeScreen *s) { return s->refused ? 1 : ITEM_COUNT; }

/* The text above the buttons: the run's card, or the reason it was refused. */
static float body_h(const ui_ResumeScreen *s, ui_Context *ui)
{
    ui_TextCache *tc = &ui->text;
    float w = PANEL_W - 96.0f;
    if (s->refused) return ui_text_wrap_height(tc, UI_FONT_BODY, s->why, w);
    return ui_text_line_height(tc, UI_FONT_BOLD) + 2.0f * ui_text_line_height(tc, UI_FONT_SMALL) +
           60.0f + ui_text_wrap_height(tc, UI_FONT_BODY, ui_tr(ui, UI_S_RESUME_EXPLAIN), w);
}

static SDL_FRect panel(const ui_ResumeScreen *s, ui_Context *ui)
{
    float rh = ui_menu_row_height(ui);
    float h = 150.0f + body_h(s, ui) + 30.0f + (float)item_count(s) * (rh + 16.0f) + 30.0f;
    if (h > (float)UI_HEIGHT - 80.0f) h = (float)UI_HEIGHT - 80.0f;
    return ui_rect(((float)UI_WIDTH - PANEL_W) / 2.0f, ((float)UI_HEIGHT - h) / 2.0f, PANEL_W, h);
}

static SDL_FRect item_rect(const ui_ResumeScreen *s, ui_Context *ui, int i)
{
    SDL_FRect p = panel(s, ui);
    float rh = ui_menu_row_height(ui);
    float top = p.y + p.h - 30.0f - (float)item_count(s) * (rh + 16.0f);
    return ui_rect(p.x + 48.0f, top + (float)i * (rh + 16.0f), p.w - 96.0f, rh);
}

/* ---- update -------------------------------------------------------------------------------- */

static ui_ScreenId choose(ui_ResumeScreen *s, ui_Game *g, int item)
{
    if (s->refused || s->none) return UI_SCREEN_TITLE;
    if (item == ITEM_RESUME) {
        ui_journal_take(g);
        return UI_SCREEN_PLAY;
    }
    ui_journal_drop(g);
    return UI_SCREEN_TITLE;
}

ui_ScreenId ui_resume_update(ui_ResumeScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in)
{
    if (s->none) return UI_SCREEN_TITLE; /* gone since the app looked */
    int n = item_count(s);
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        switch (e->act) {
        case UI_ACT_UP: ui_menu_move(&s->cursor, n, -1); break;
        case UI_ACT_DOWN: ui_menu_move(&s->cursor, n, 1); break;
        case UI_ACT_CONFIRM: return choose(s, g, s->cursor);
        case UI_ACT_BACK: return UI_SCREEN_TITLE; /* not now: the journal stays for next time */
        case UI_ACT_CLICK:
            for (int k = 0; k < n; k++)
                if (ui_hit(item_rect(s, ui, k), e->x, e->y)) return choose(s, g, k);
            break;
        default: break;
        }
    }
    return UI_SCREEN_RESUME;
}

/* ---- draw ---------------------------------------------------------------------------------- */

/* The run waiting: its scenario, its pack, how far in and how many answers. */
static float draw_run(ui_Context *ui, const ui_Game *g, float x, float y, float w)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    const ui_Run *r = &g->run;
    if (!r->active) return 0.0f;
    const sv_Scenario *sc = r->core.sc;
    float h = ui_text_line_height(tc, UI_FONT_BOLD) +
              2.0f * ui_text_line_height(tc, UI_FONT_SMALL) + 36.0f;
    SDL_FRect card = {x, y, w, h};
    ui_panel(ui, card, 14.0f, t->selected, t->border);
    ui_avatar(ui, x + 46.0f, y + h / 2.0f, 26.0f, sc->brand.name, ui_theme_rgb(sc->brand.colour));
    float tx = x + 92.0f, ty = y + 14.0f;
    ui_text_draw_fit(tc, UI_FONT_BOLD, t->text, t->selected, sv_text_get(&sc->title, ui->lang), tx,
                     ty, w - 120.0f, UI_ALIGN_LEFT);
    ty += ui_text_line_height(tc, UI_FONT_BOLD);
    char who[512];
    const char *pack = sv_text_get(&g->lib.packs[r->pack_index]->title, ui->lang);
    if (ui_workshop_active(g) && g->workshop->team >= 0) /* a workshop's run: whose */
        pack = ui_strings_format(who, sizeof who, ui_tr(ui, UI_S_WS_RESUME_TEAM),
                                 g->workshop->w.teams[g->workshop->team].name, g->workshop->w.name,
                                 NULL);
    ui_text_draw_fit(tc, UI_FONT_SMALL, t->muted, t->selected, pack, tx, ty, w - 120.0f,
                     UI_ALIGN_LEFT);
    ty += ui_text_line_height(tc, UI_FONT_SMALL);
    char clock[64], answers[16], line[256];
    ui_time_clock(ui->strings, ui->lang, r->core.s.now_ms, sc->duration_ms, clock, sizeof clock);
    snprintf(answers, sizeof answers, "%zu", r->core.rec.input_count);
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_RESUME_SAVED), clock, answers, NULL);
    ui_text_draw_fit(tc, UI_FONT_SMALL, t->text, t->selected, line, tx, ty, w - 120.0f,
                     UI_ALIGN_LEFT);
    return h;
}

void ui_resume_draw(const ui_ResumeScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    ui_menu_backdrop(ui);
    if (s->none) return;
    SDL_FRect p = panel(s, ui);
    ui_panel(ui, p, 20.0f, t->surface, s->refused ? t->bad : t->border);
    float x = p.x + 48.0f, w = p.w - 96.0f, y = p.y + 40.0f;
    /* the menus' heading, on the card's white */
    ui_text_draw_fit(tc, UI_FONT_TITLE, t->text, t->surface,
                     ui_tr(ui, s->refused ? UI_S_RESUME_REFUSED_TITLE : UI_S_RESUME_TITLE), x, y, w,
                     UI_ALIGN_LEFT);
    y += ui_text_line_height(tc, UI_FONT_TITLE) + 6.0f;
    ui_fill_round(ui, ui_rect(x, y, 120.0f, 6.0f), 3.0f, s->refused ? t->bad : t->accent);
    y += 44.0f;
    float bottom = item_rect(s, ui, 0).y - 20.0f;
    SDL_FRect text = {x, y, w, bottom - y};
    ui_clip(ui, &text);
    if (s->refused) {
        ui_text_draw_wrap(tc, UI_FONT_BODY, t->text, t->surface, s->why, x, y, w, 0);
    } else {
        y += draw_run(ui, g, x, y, w) + 24.0f;
        ui_text_draw_wrap(tc, UI_FONT_BODY, t->text, t->surface, ui_tr(ui, UI_S_RESUME_EXPLAIN), x,
                          y, w, 0);
    }
    ui_clip(ui, NULL);
    static const ui_StrId labels[ITEM_COUNT] = {UI_S_RESUME_RESUME, UI_S_RESUME_DISCARD};
    for (int i = 0; i < item_count(s); i++)
        ui_menu_row(ui, item_rect(s, ui, i),
                    ui_tr(ui, s->refused ? UI_S_RESUME_CONTINUE : labels[i]), NULL, i == s->cursor);
    ui_StrId hint = s->refused ? (ui->pad_active ? UI_S_HINT_MENU_PAD : UI_S_HINT_MENU)
                               : (ui->pad_active ? UI_S_HINT_RESUME_PAD : UI_S_HINT_RESUME);
    ui_hint_bar(ui, ui_tr(ui, hint));
}
