/* Shared menu drawing. A focused row gets the accent ring, a hovered one the
 * hover tint; the value sits between ◀ and ▶ so it is clear it can change. */
#include "menu.h"

#include "draw.h"

void sv_menu_backdrop(sv_Ui *ui)
{
    SDL_SetRenderDrawColor(ui->renderer, ui->theme.bg.r, ui->theme.bg.g, ui->theme.bg.b, 255);
    SDL_RenderClear(ui->renderer);
}

void sv_menu_heading(sv_Ui *ui, const char *title, float x, float y)
{
    const sv_Theme *t = &ui->theme;
    sv_text_draw(&ui->text, SV_FONT_TITLE, t->text, t->bg, title, x, y, SV_ALIGN_LEFT);
    float lh = sv_text_line_height(&ui->text, SV_FONT_TITLE);
    sv_fill_round(ui, sv_rect(x, y + lh + 6.0f, 120.0f, 6.0f), 3.0f, t->accent);
}

float sv_menu_row_height(const sv_Ui *ui)
{
    return sv_text_line_height(&ui->text, SV_FONT_BOLD) + 34.0f;
}

static SDL_FRect arrow_rect(SDL_FRect r, int side)
{
    float w = r.h;
    return side < 0 ? sv_rect(r.x + r.w * 0.45f, r.y, w, r.h) : sv_rect(r.x + r.w - w, r.y, w, r.h);
}

int sv_menu_row_arrow(SDL_FRect r, float x, float y)
{
    if (sv_hit(arrow_rect(r, -1), x, y)) return -1;
    if (sv_hit(arrow_rect(r, 1), x, y)) return 1;
    return 0;
}

void sv_menu_row(sv_Ui *ui, SDL_FRect r, const char *label, const char *value, bool focused)
{
    const sv_Theme *t = &ui->theme;
    SDL_Color fill = focused ? t->selected : sv_hover(ui, r) ? t->hover : t->surface;
    if (focused) sv_focus_ring(ui, r, 12.0f);
    sv_panel(ui, r, 12.0f, fill, focused ? fill : t->border);
    float lh = sv_text_line_height(&ui->text, SV_FONT_BOLD);
    float y = r.y + (r.h - lh) / 2.0f;
    sv_text_draw_fit(&ui->text, SV_FONT_BOLD, t->text, fill, label, r.x + 24.0f, y,
                     value ? r.w * 0.45f - 32.0f : r.w - 48.0f, SV_ALIGN_LEFT);
    if (!value) return;
    SDL_FRect left = arrow_rect(r, -1), right = arrow_rect(r, 1);
    SDL_Color ink = focused ? t->accent : t->muted;
    sv_text_draw(&ui->text, SV_FONT_BOLD, ink, fill, "◀", left.x + left.w / 2.0f, y,
                 SV_ALIGN_CENTRE);
    sv_text_draw(&ui->text, SV_FONT_BOLD, ink, fill, "▶", right.x + right.w / 2.0f, y,
                 SV_ALIGN_CENTRE);
    float mid = (left.x + left.w + right.x) / 2.0f;
    sv_text_draw_fit(&ui->text, SV_FONT_BODY, t->text, fill, value, mid, y,
                     right.x - left.x - left.w - 16.0f, SV_ALIGN_CENTRE);
}

void sv_menu_move(int *cursor, int count, int delta)
{
    if (count <= 0) return;
    *cursor = ((*cursor + delta) % count + count) % count;
}
