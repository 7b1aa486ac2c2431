/* The title screen: the game's name and what it is for. For now the only
 * screen; the menu, briefing, play and debrief screens will follow it. */
#include "screens.h"

#include <string.h>

bool sv_title_init(sv_TitleScreen *s, sv_Ui *ui)
{
    memset(s, 0, sizeof *s);
    SDL_Renderer *r = ui->renderer;
    bool ok = sv_label_make(&s->name, r, ui->fonts.title, "Svara", SV_COLOUR_TEXT) &&
              sv_label_make(&s->subtitle, r, ui->fonts.body,
                            "Practise answering angry customers in public", SV_COLOUR_MUTED) &&
              sv_label_make(&s->hint, r, ui->fonts.small, "Esc to quit", SV_COLOUR_MUTED);
    if (!ok) sv_title_unload(s);
    s->shown_at_ms = ui->now_ms;
    return ok;
}

sv_ScreenId sv_title_update(sv_TitleScreen *s, sv_Ui *ui, const sv_UiInput *in)
{
    (void)s;
    (void)ui;
    if (in->back) return SV_SCREEN_QUIT;
    return SV_SCREEN_TITLE;
}

static void fill(SDL_Renderer *r, SDL_Color c, const SDL_Rect *rect)
{
    if (SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a) != 0 ||
        (rect ? SDL_RenderFillRect(r, rect) : SDL_RenderClear(r)) != 0)
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "drawing the title screen: %s", SDL_GetError());
}

void sv_title_draw(const sv_TitleScreen *s, sv_Ui *ui)
{
    SDL_Renderer *r = ui->renderer;
    fill(r, SV_COLOUR_BG, NULL);

    int cx = SV_UI_WIDTH / 2;
    int name_y = SV_UI_HEIGHT / 2 - s->name.h + 40;
    sv_label_draw(&s->name, r, cx, name_y, SV_ALIGN_CENTRE);
    SDL_Rect rule = {cx - 120, name_y + s->name.h + 8, 240, 6};
    fill(r, SV_COLOUR_ACCENT, &rule);
    sv_label_draw(&s->subtitle, r, cx, rule.y + rule.h + 40, SV_ALIGN_CENTRE);
    sv_label_draw(&s->hint, r, cx, SV_UI_HEIGHT - 48 - s->hint.h, SV_ALIGN_CENTRE);
}

void sv_title_unload(sv_TitleScreen *s)
{
    sv_label_free(&s->name);
    sv_label_free(&s->subtitle);
    sv_label_free(&s->hint);
}
