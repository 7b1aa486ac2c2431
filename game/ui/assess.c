/* The pre- and post-test screen (svara/assess.h): an introduction, then each
 * situation in turn (the post, who wrote it and where, its options; the
 * learner picks one, with no word on how it went), then the result: the
 * score, the answers against the guides' and, after the post-test, the gain
 * and the certificate when the path is complete. Opened with ui_assess_open
 * for the profile playing (g->profile), which is saved when the test ends. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "draw.h"
#include "menu.h"
#include "screens.h"
#include "svara/assess.h"
#include "svara/certificate.h"
#include "svara/native.h"
#include "svara/principles.h"

enum { PHASE_INTRO = 0, PHASE_ITEM, PHASE_RESULT, PHASE_NONE };

#define X0 160.0f
#define W0 1600.0f

/* ---- opening ------------------------------------------------------------------------------- */

ui_ScreenId ui_assess_open(ui_Game *g, int32_t pack, sv_AssessKind kind)
{
    g->assess_pack = pack;
    g->assess_kind = kind;
    return UI_SCREEN_ASSESS;
}

int ui_assess_due(const ui_Game *g, int32_t pack)
{
    if (pack < 0 || (size_t)pack >= g->lib.count || !g->profile.active) return -1;
    return sv_assess_due(g->lib.packs[pack], &g->profile.data);
}

static const sv_Pack *pack_of(const ui_AssessScreen *s, const ui_Game *g)
{
    return g->lib.packs[s->pack];
}

bool ui_assess_init(ui_AssessScreen *s, ui_Context *ui, ui_Game *g)
{
    (void)ui;
    memset(s, 0, sizeof *s);
    s->pack = g->assess_pack;
    s->kind = (sv_AssessKind)g->assess_kind;
    if (s->pack < 0 || (size_t)s->pack >= g->lib.count || !g->profile.active) {
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "no pack or profile for the assessment");
        return false;
    }
    s->count = sv_assess_draw(pack_of(s, g), &g->profile.data, s->kind, SV_ASSESS_ITEMS, s->items);
    g->assess_back = true;
    s->phase = s->count ? PHASE_INTRO : PHASE_NONE;
    return true;
}

void ui_assess_unload(ui_AssessScreen *s) { (void)s; }

/* ---- the end: scored, saved, and the certificate when the path is done -------------------- */

bool ui_certificate_write(const ui_Game *g, const sv_Pack *pack, char *out, size_t size)
{
    char name[SV_MAX_ID_BYTES + 32];
    size_t len = 0;
    if (!g->profile.active || !g->principles.arena) return false;
    snprintf(name, sizeof name, "certificate-%s.html", pack->id);
    if (!ui_path_join(out, size, g->profile.dir, name)) return false;
    sv_CertificateSetup c = {.profile = &g->profile.data,
                             .pack = pack,
                             .principles = &g->principles,
                             .lang = ui_game_lang(g),
                             .issued = (int64_t)time(NULL)};
    char *html = sv_certificate_html(&c, &len);
    sv_DiagList d;
    sv_diag_init(&d);
    bool ok = html && sv_native_write_atomic(out, html, len, &d);
    ui_log_diags(&d);
    sv_diag_free(&d);
    free(html);
    return ok;
}

static void finish(ui_AssessScreen *s, ui_Context *ui, ui_Game *g)
{
    const sv_Pack *pack = pack_of(s, g);
    sv_Profile *p = &g->profile.data;
    s->phase = PHASE_RESULT;
    s->cursor = 0;
    sv_Status st = sv_assess_take(p, pack, g->model, s->kind, (int64_t)time(NULL), s->items,
                                  s->chosen, s->count, &s->result);
    s->saved = st == SV_OK && ui_profile_save(&g->profile);
    char cert[UI_PATH_MAX];
    if (!s->saved) {
        ui_strings_format(s->note, sizeof s->note, ui_tr(ui, UI_S_ASSESS_NOT_SAVED),
                          g->profile.note[0] ? g->profile.note : g->profile.dir, NULL, NULL);
    } else if (s->kind == SV_ASSESS_POST && sv_assess_path_complete(pack, p, NULL, NULL)) {
        s->certificate = ui_certificate_write(g, pack, cert, sizeof cert);
        if (s->certificate)
            ui_strings_format(s->note, sizeof s->note, ui_tr(ui, UI_S_ASSESS_CERTIFICATE), cert,
                              NULL, NULL);
        else
            SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "the certificate could not be written");
    }
    if (!g->opts->headless) return;
    int32_t gain;
    printf("assessment done: %s-test of %s, %d of 100", sv_assess_kind_name(s->kind), pack->id,
           s->result.score);
    if (s->saved && sv_profile_gain(p, pack->id, &gain)) printf(", gain %+d", gain);
    printf("%s%s\n", s->saved ? "" : ", NOT SAVED", s->certificate ? ", certificate written" : "");
    fflush(stdout);
}

/* ---- input ---------------------------------------------------------------------------------- */

static const sv_Scenario *situation(const ui_AssessScreen *s, const ui_Game *g)
{
    return &pack_of(s, g)->assessment[s->items[s->at]];
}

static uint32_t option_count(const ui_AssessScreen *s, const ui_Game *g)
{
    return situation(s, g)->decisions[0].options.count;
}

static void buttons(const ui_Context *ui, SDL_FRect *primary, SDL_FRect *back)
{
    float hint = ui_text_line_height(&ui->text, UI_FONT_SMALL) + 14.0f;
    float h = ui_text_line_height(&ui->text, UI_FONT_BOLD) + 30.0f;
    float y = (float)UI_HEIGHT - hint - 36.0f - h;
    *primary = ui_rect(X0 + W0 - 340.0f, y, 340.0f, h);
    *back = ui_rect(X0 + W0 - 340.0f - 24.0f - 240.0f, y, 240.0f, h);
}

/* The options' rows, laid out for the current text size: returns how many. */
static int option_rows(ui_Context *ui, const ui_AssessScreen *s, const ui_Game *g, float top,
                       SDL_FRect *rows)
{
    const sv_Scenario *sc = situation(s, g);
    const sv_Decision *d = &sc->decisions[0];
    float y = top;
    int n = 0;
    for (uint32_t i = 0; i < d->options.count && i < SV_MAX_OPTIONS; i++) {
        const sv_Option *o = &sc->options[d->options.start + i];
        float h = ui_text_wrap_height(&ui->text, UI_FONT_BODY, sv_text_get(&o->text, ui->lang),
                                      W0 - 140.0f) +
                  ui_text_line_height(&ui->text, UI_FONT_SMALL) + 40.0f;
        rows[n++] = ui_rect(X0, y, W0, h);
        y += h + 16.0f;
    }
    return n;
}

static int shown_rows(ui_Context *ui, const ui_AssessScreen *s, const ui_Game *g, SDL_FRect *rows,
                      float *shift);

static void answer(ui_AssessScreen *s, ui_Context *ui, ui_Game *g, int option)
{
    const sv_Decision *d = &situation(s, g)->decisions[0];
    s->chosen[s->at] = (int32_t)(d->options.start + (uint32_t)option);
    if (s->at + 1 < s->count) {
        s->at++;
        s->cursor = 0;
        return;
    }
    finish(s, ui, g);
}

/* Back from a situation: the one before (its answer can change), or the introduction. */
static void back_one(ui_AssessScreen *s, const ui_Game *g)
{
    if (s->at == 0) {
        s->phase = PHASE_INTRO;
        s->cursor = 0;
        return;
    }
    s->at--;
    const sv_Decision *d = &situation(s, g)->decisions[0];
    s->cursor = (int)(s->chosen[s->at] - (int32_t)d->options.start);
}

static ui_ScreenId update_item(ui_AssessScreen *s, ui_Context *ui, ui_Game *g, const ui_Event *e)
{
    int n = (int)option_count(s, g);
    switch (e->act) {
    case UI_ACT_UP: ui_menu_move(&s->cursor, n, -1); break;
    case UI_ACT_DOWN: ui_menu_move(&s->cursor, n, 1); break;
    case UI_ACT_DIGIT:
        if (e->arg >= 1 && e->arg <= n) s->cursor = e->arg - 1;
        break;
    case UI_ACT_CONFIRM: answer(s, ui, g, s->cursor); break;
    case UI_ACT_BACK: back_one(s, g); break;
    case UI_ACT_CLICK: {
        SDL_FRect rows[SV_MAX_OPTIONS];
        float shift;
        int count = shown_rows(ui, s, g, rows, &shift);
        for (int k = 0; k < count; k++)
            if (ui_hit(rows[k], e->x, e->y)) {
                s->cursor = k;
                answer(s, ui, g, k);
                break;
            }
        break;
    }
    default: break;
    }
    return UI_SCREEN_ASSESS;
}

ui_ScreenId ui_assess_update(ui_AssessScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in)
{
    SDL_FRect primary, back;
    buttons(ui, &primary, &back);
    for (int i = 0; i < in->count; i++) {
        const ui_Event *e = &in->ev[i];
        if (s->phase == PHASE_ITEM) {
            update_item(s, ui, g, e);
            continue;
        }
        bool two = s->phase == PHASE_INTRO; /* start and later; the others have one button */
        switch (e->act) {
        case UI_ACT_LEFT:
        case UI_ACT_RIGHT:
        case UI_ACT_UP:
        case UI_ACT_DOWN:
        case UI_ACT_TAB_NEXT:
        case UI_ACT_TAB_PREV:
            if (two) s->cursor = !s->cursor;
            break;
        case UI_ACT_CONFIRM:
            if (two && s->cursor == 0) {
                s->phase = PHASE_ITEM;
                s->cursor = 0;
                break;
            }
            return UI_SCREEN_TITLE;
        case UI_ACT_BACK: return UI_SCREEN_TITLE;
        case UI_ACT_CLICK:
            if (ui_hit(primary, e->x, e->y) && two) {
                s->phase = PHASE_ITEM;
                s->cursor = 0;
            } else if (ui_hit(primary, e->x, e->y) || (two && ui_hit(back, e->x, e->y))) {
                return UI_SCREEN_TITLE;
            }
            break;
        default: break;
        }
    }
    return UI_SCREEN_ASSESS;
}

/* ---- drawing -------------------------------------------------------------------------------- */

static const char *title_of(const ui_AssessScreen *s, ui_Context *ui)
{
    return ui_tr(ui, s->kind == SV_ASSESS_POST ? UI_S_ASSESS_TITLE_POST : UI_S_ASSESS_TITLE_PRE);
}

static void draw_intro(const ui_AssessScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    ui_menu_heading(ui, title_of(s, ui), X0, 90.0f);
    float y = 230.0f;
    y += ui_text_draw_wrap(&ui->text, UI_FONT_HEAD, t->muted, t->bg,
                           sv_text_get(&pack_of(s, g)->title, ui->lang), X0, y, 1100.0f, 2) +
         24.0f;
    char n[16], line[1024];
    snprintf(n, sizeof n, "%zu", s->count);
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_ASSESS_INTRO), n, NULL, NULL);
    y +=
        ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->text, t->bg, line, X0, y, 1100.0f, 0) + 16.0f;
    if (s->kind == SV_ASSESS_POST)
        ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->text, t->bg,
                          ui_tr(ui, UI_S_ASSESS_INTRO_POST), X0, y, 1100.0f, 0);
    SDL_FRect primary, back;
    buttons(ui, &primary, &back);
    ui_button(ui, back, ui_tr(ui, UI_S_ASSESS_LATER), UI_BUTTON_PLAIN, s->cursor == 1, true);
    ui_button(ui, primary, ui_tr(ui, UI_S_ASSESS_START), UI_BUTTON_PRIMARY, s->cursor == 0, true);
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_BRIEFING_PAD : UI_S_HINT_BRIEFING));
}

/* The posts of the thread up to the one the decision is about (the last three). */
static int thread_of(const sv_Scenario *sc, int32_t *posts)
{
    int32_t about = sc->decisions[0].about, chain[8];
    int n = 0;
    for (int32_t p = about; p >= 0 && (uint32_t)p < sc->post_count && n < 8;
         p = sc->posts[p].reply_to)
        chain[n++] = p;
    if (!n && sc->post_count) chain[n++] = 0;
    int keep = n < 3 ? n : 3;
    for (int i = 0; i < keep; i++) posts[i] = chain[keep - 1 - i];
    return keep;
}

static bool in_range(int32_t v, uint32_t n) { return v >= 0 && (uint32_t)v < n; }

/* One post as a card; returns its height (measures only, when !draw). */
static float post_card(ui_Context *ui, const sv_Scenario *sc, int32_t p, float y, bool draw)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    const sv_Post *post = &sc->posts[p];
    const sv_Persona *who =
        in_range(post->author, sc->persona_count) ? &sc->personas[post->author] : NULL;
    const char *text = sv_text_get(&post->text, ui->lang);
    float r = 28.0f, x = X0 + 32.0f + 2.0f * r + 20.0f, w = W0 - (x - X0) - 32.0f;
    float head = ui_text_line_height(tc, UI_FONT_BOLD) + ui_text_line_height(tc, UI_FONT_SMALL);
    float h = 24.0f + head + 10.0f + ui_text_wrap_height(tc, UI_FONT_BODY, text, w) + 24.0f;
    if (!draw) return h;
    ui_panel(ui, ui_rect(X0, y, W0, h), 16.0f, t->surface, t->border);
    const char *name = who ? who->name : "?";
    ui_avatar(ui, X0 + 32.0f + r, y + 24.0f + r, r, name,
              ui_theme_avatar(t, who ? who->handle : name));
    ui_text_draw(tc, UI_FONT_BOLD, t->text, t->surface, name, x, y + 24.0f, UI_ALIGN_LEFT);
    char where[512], handle[160];
    const char *channel = in_range(post->channel, sc->channel_count)
                              ? sv_text_get(&sc->channels[post->channel].name, ui->lang)
                              : "";
    snprintf(handle, sizeof handle, "%s", who ? who->handle : "");
    ui_strings_format(where, sizeof where, ui_tr(ui, UI_S_ASSESS_POSTED), handle, channel, NULL);
    ui_text_draw(tc, UI_FONT_SMALL, t->muted, t->surface, where, x,
                 y + 24.0f + ui_text_line_height(tc, UI_FONT_BOLD), UI_ALIGN_LEFT);
    ui_text_draw_wrap(tc, UI_FONT_BODY, t->text, t->surface, text, x, y + 24.0f + head + 10.0f, w,
                      0);
    return h;
}

/* The thread's cards from `y`; returns the y under them. */
static float draw_thread(ui_Context *ui, const sv_Scenario *sc, float y, bool draw)
{
    int32_t posts[3];
    int n = thread_of(sc, posts);
    for (int i = 0; i < n; i++) y += post_card(ui, sc, posts[i], y, draw) + 16.0f;
    return y;
}

static float progress(ui_Context *ui, const ui_AssessScreen *s, bool draw)
{
    const ui_Theme *t = &ui->theme;
    char a[16], b[16], line[128];
    snprintf(a, sizeof a, "%zu", s->at + 1);
    snprintf(b, sizeof b, "%zu", s->count);
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_ASSESS_PROGRESS), a, b, NULL);
    float y = 56.0f;
    if (draw) {
        ui_text_draw(&ui->text, UI_FONT_SMALL_BOLD, t->accent, t->bg, line, X0, y, UI_ALIGN_LEFT);
        ui_text_draw(&ui->text, UI_FONT_SMALL, t->muted, t->bg, title_of(s, ui), X0 + W0, y,
                     UI_ALIGN_RIGHT);
    }
    y += ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) + 10.0f;
    if (draw)
        ui_bar(ui, ui_rect(X0, y, W0, 8.0f), (float)s->at / (float)s->count, t->accent, t->sunken);
    return y + 8.0f + 28.0f;
}

static float options_top(ui_Context *ui, const ui_AssessScreen *s, const ui_Game *g)
{
    float y = draw_thread(ui, situation(s, g), progress(ui, s, false), false);
    return y + ui_text_line_height(&ui->text, UI_FONT_HEAD) + 20.0f;
}

/* Where the hint bar begins, less a margin: the situation is drawn above it. */
static float content_bottom(const ui_Context *ui)
{
    return (float)UI_HEIGHT - ui_text_line_height(&ui->text, UI_FONT_SMALL) - 14.0f - 20.0f;
}

/* The options' rows as drawn: a long thread or large text moves the
 * situation up (under the progress bar) until the chosen row shows whole. */
static int shown_rows(ui_Context *ui, const ui_AssessScreen *s, const ui_Game *g, SDL_FRect *rows,
                      float *shift)
{
    int n = option_rows(ui, s, g, options_top(ui, s, g), rows);
    float bottom = s->cursor < n ? rows[s->cursor].y + rows[s->cursor].h : 0.0f;
    *shift = bottom > content_bottom(ui) ? bottom - content_bottom(ui) : 0.0f;
    for (int i = 0; i < n; i++) rows[i].y -= *shift;
    return n;
}

static void draw_item(const ui_AssessScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    const sv_Scenario *sc = situation(s, g);
    SDL_FRect rows[SV_MAX_OPTIONS];
    float shift, top = progress(ui, s, true);
    int n = shown_rows(ui, s, g, rows, &shift);
    SDL_FRect view = ui_rect(0.0f, top - 16.0f, (float)UI_WIDTH, content_bottom(ui) - top + 36.0f);
    ui_clip(ui, &view);
    float y = draw_thread(ui, sc, top - shift, true);
    /* the decision's own question ("Håkon wrote to you in private. What do you do?") */
    const char *prompt = sv_text_get(&sc->decisions[0].prompt, ui->lang);
    if (!prompt[0]) prompt = ui_tr(ui, UI_S_ASSESS_CHOOSE);
    ui_text_draw_fit(&ui->text, UI_FONT_HEAD, t->text, t->bg, prompt, X0, y, W0, UI_ALIGN_LEFT);
    const sv_Decision *d = &sc->decisions[0];
    for (int i = 0; i < n; i++) {
        const sv_Option *o = &sc->options[d->options.start + (uint32_t)i];
        bool focused = i == s->cursor;
        SDL_Color fill = focused ? t->selected : ui_hover(ui, rows[i]) ? t->hover : t->surface;
        if (focused) ui_focus_ring(ui, rows[i], 12.0f);
        ui_panel(ui, rows[i], 12.0f, fill, focused ? fill : t->border);
        char num[16], how[256];
        snprintf(num, sizeof num, "%d", i + 1);
        ui_text_draw(&ui->text, UI_FONT_BOLD, focused ? t->accent : t->muted, fill, num,
                     rows[i].x + 44.0f, rows[i].y + 20.0f, UI_ALIGN_CENTRE);
        float h = ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->text, fill,
                                    sv_text_get(&o->text, ui->lang), rows[i].x + 90.0f,
                                    rows[i].y + 20.0f, rows[i].w - 140.0f, 0);
        ui_text_draw(&ui->text, UI_FONT_SMALL, t->muted, fill,
                     ui_format_option(ui, o, how, sizeof how), rows[i].x + 90.0f,
                     rows[i].y + 20.0f + h, UI_ALIGN_LEFT);
    }
    ui_clip(ui, NULL);
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_ASSESS_PAD : UI_S_HINT_ASSESS));
}

/* The option the guides recommend in a situation (the first one marked so). */
static const sv_Option *recommended(const sv_Scenario *sc)
{
    const sv_Decision *d = &sc->decisions[0];
    for (uint32_t i = 0; i < d->options.count; i++)
        if (sc->options[d->options.start + i].expert == 1)
            return &sc->options[d->options.start + i];
    return NULL;
}

/* One answer of the result: the post, what the learner chose and its points,
 * and the guides' choice when it was another. */
static void answer_card(const ui_AssessScreen *s, ui_Context *ui, const ui_Game *g, size_t i,
                        SDL_FRect r)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    const sv_Scenario *sc = &pack_of(s, g)->assessment[s->items[i]];
    const sv_Option *mine = &sc->options[s->chosen[i]], *best = recommended(sc);
    const sv_ProfileAnswer *a = &s->result.items[i];
    ui_panel(ui, r, 12.0f, t->surface, t->border);
    int32_t about = sc->decisions[0].about >= 0 ? sc->decisions[0].about : 0;
    float x = r.x + 20.0f, y = r.y + 12.0f;
    char pts[32], line[600];
    snprintf(pts, sizeof pts, "%d", (int)a->points);
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_ASSESS_POINTS), pts, NULL, NULL);
    SDL_Color ink = a->top ? t->good : a->points >= 50 ? t->warn : t->bad;
    float pw =
        ui_text_draw(tc, UI_FONT_BOLD, ink, t->surface, line, r.x + r.w - 20.0f, y, UI_ALIGN_RIGHT);
    /* the post's first words in what the points leave ("100 poäng" is wider than "0 points") */
    ui_text_draw_fit(tc, UI_FONT_SMALL_BOLD, t->text, t->surface,
                     sv_text_get(&sc->posts[about].text, ui->lang), x, y,
                     r.x + r.w - 20.0f - pw - 20.0f - x, UI_ALIGN_LEFT);
    y += ui_text_line_height(tc, UI_FONT_SMALL_BOLD) + 4.0f;
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_ASSESS_YOU),
                      sv_text_get(&mine->text, ui->lang), NULL, NULL);
    ui_text_draw_fit(tc, UI_FONT_SMALL, t->text, t->surface, line, x, y, r.w - 40.0f,
                     UI_ALIGN_LEFT);
    y += ui_text_line_height(tc, UI_FONT_SMALL) + 2.0f;
    if (a->top || !best) return;
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_ASSESS_GUIDES),
                      sv_text_get(&best->text, ui->lang), NULL, NULL);
    ui_text_draw_fit(tc, UI_FONT_SMALL, t->muted, t->surface, line, x, y, r.w - 40.0f,
                     UI_ALIGN_LEFT);
}

static float result_head(const ui_AssessScreen *s, ui_Context *ui, const ui_Game *g)
{
    const ui_Theme *t = &ui->theme;
    ui_TextCache *tc = &ui->text;
    ui_menu_heading(ui, ui_tr(ui, UI_S_ASSESS_RESULT), X0, 60.0f);
    char a[16], b[16], line[UI_PATH_MAX + 256];
    float y = 170.0f;
    snprintf(a, sizeof a, "%d", (int)s->result.score);
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_ASSESS_SCORE), a, NULL, NULL);
    ui_text_draw(tc, UI_FONT_TITLE, t->accent, t->bg, line, X0, y, UI_ALIGN_LEFT);
    float right = X0 + ui_text_width(tc, UI_FONT_TITLE, line) + 48.0f;
    const sv_ProfileAssessment *pre =
        sv_profile_assessment(&g->profile.data, pack_of(s, g)->id, SV_ASSESS_PRE);
    int32_t gain = 0;
    bool gained = s->kind == SV_ASSESS_POST && pre &&
                  sv_profile_gain(&g->profile.data, pack_of(s, g)->id, &gain);
    /* the lines beside the score sit in its height */
    float lines = gained ? 2.0f : 1.0f;
    float beside = y + (ui_text_line_height(tc, UI_FONT_TITLE) -
                        lines * ui_text_line_height(tc, UI_FONT_BODY) - (lines - 1.0f) * 4.0f) /
                           2.0f;
    int tops = 0;
    for (uint32_t i = 0; i < s->result.item_count; i++) tops += s->result.items[i].top;
    snprintf(a, sizeof a, "%d", tops);
    snprintf(b, sizeof b, "%u", s->result.item_count);
    ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_ASSESS_TOP), a, b, NULL);
    ui_text_draw(tc, UI_FONT_BODY, t->text, t->bg, line, right, beside, UI_ALIGN_LEFT);
    if (gained) {
        snprintf(a, sizeof a, "%d", (int)pre->score);
        snprintf(b, sizeof b, "%d", (int)s->result.score);
        ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_ASSESS_BEFORE_AFTER), a, b, NULL);
        float ly = beside + ui_text_line_height(tc, UI_FONT_BODY) + 4.0f;
        float w = ui_text_draw(tc, UI_FONT_BODY, t->muted, t->bg, line, right, ly, UI_ALIGN_LEFT);
        snprintf(a, sizeof a, "%+d", (int)gain);
        ui_strings_format(line, sizeof line, ui_tr(ui, UI_S_ASSESS_GAIN), a, NULL, NULL);
        ui_text_draw(tc, UI_FONT_BOLD, gain >= 0 ? t->good : t->bad, t->bg, line, right + w + 32.0f,
                     ly, UI_ALIGN_LEFT);
    }
    y += ui_text_line_height(tc, UI_FONT_TITLE) + 16.0f;
    if (s->note[0])
        y += ui_text_draw_wrap(tc, UI_FONT_SMALL, s->saved ? t->text : t->bad, t->bg, s->note, X0,
                               y, W0, 2) +
             8.0f;
    return y + 12.0f;
}

static void draw_result(const ui_AssessScreen *s, ui_Context *ui, const ui_Game *g)
{
    float y = result_head(s, ui, g);
    SDL_FRect primary, back;
    buttons(ui, &primary, &back);
    /* two columns of cards, as many rows as fit above the button */
    size_t per = (s->result.item_count + 1) / 2;
    float gap = 12.0f, col_w = (W0 - 32.0f) / 2.0f;
    float card_h = (primary.y - 24.0f - y - gap * (float)(per - 1)) / (float)(per ? per : 1);
    float want = 24.0f + ui_text_line_height(&ui->text, UI_FONT_SMALL_BOLD) +
                 2.0f * ui_text_line_height(&ui->text, UI_FONT_SMALL) + 6.0f;
    if (card_h > want) card_h = want;
    for (size_t i = 0; i < s->result.item_count; i++) {
        float x = X0 + (i < per ? 0.0f : col_w + 32.0f);
        float cy = y + (float)(i % per) * (card_h + gap);
        answer_card(s, ui, g, i, ui_rect(x, cy, col_w, card_h));
    }
    ui_button(ui, primary, ui_tr(ui, UI_S_ASSESS_CONTINUE), UI_BUTTON_PRIMARY, true, true);
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_ASSESS_DONE_PAD : UI_S_HINT_ASSESS_DONE));
}

static void draw_none(const ui_AssessScreen *s, ui_Context *ui)
{
    const ui_Theme *t = &ui->theme;
    ui_menu_heading(ui, title_of(s, ui), X0, 90.0f);
    ui_text_draw_wrap(&ui->text, UI_FONT_BODY, t->text, t->bg, ui_tr(ui, UI_S_ASSESS_NONE), X0,
                      230.0f, 1100.0f, 0);
    SDL_FRect primary, back;
    buttons(ui, &primary, &back);
    ui_button(ui, primary, ui_tr(ui, UI_S_ASSESS_CONTINUE), UI_BUTTON_PRIMARY, true, true);
    ui_hint_bar(ui, ui_tr(ui, ui->pad_active ? UI_S_HINT_ASSESS_DONE_PAD : UI_S_HINT_ASSESS_DONE));
}

void ui_assess_draw(const ui_AssessScreen *s, ui_Context *ui, const ui_Game *g)
{
    ui_menu_backdrop(ui);
    switch (s->phase) {
    case PHASE_INTRO: draw_intro(s, ui, g); break;
    case PHASE_ITEM: draw_item(s, ui, g); break;
    case PHASE_RESULT: draw_result(s, ui, g); break;
    default: draw_none(s, ui); break;
    }
}
