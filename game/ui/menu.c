/* Shared menu drawing. A focused row gets the accent ring, a hovered one the
 * hover tint; the value sits between ◀ and ▶ so it is clear it can change. */
#include "menu.h"

#include <math.h>

#include "draw.h"

void ui_menu_backdrop(ui_Context *ui)
{
    ui_clear(ui, (SDL_Color){ui->theme.bg.r, ui->theme.bg.g, ui->theme.bg.b, 255});
}

void ui_menu_heading(ui_Context *ui, const char *title, float x, float y)
{
    const ui_Theme *t = &ui->theme;
    ui_text_draw(&ui->text, UI_FONT_TITLE, t->text, t->bg, title, x, y, UI_ALIGN_LEFT);
    float lh = ui_text_line_height(&ui->text, UI_FONT_TITLE);
    ui_fill_round(ui, ui_rect(x, y + lh + 6.0f, 120.0f, 6.0f), 3.0f, t->accent);
}

float ui_menu_row_height(const ui_Context *ui)
{
    return ui_text_line_height(&ui->text, UI_FONT_BOLD) + 34.0f;
}

static SDL_FRect arrow_rect(SDL_FRect r, int side)
{
    float w = r.h;
    return side < 0 ? ui_rect(r.x + r.w * 0.45f, r.y, w, r.h) : ui_rect(r.x + r.w - w, r.y, w, r.h);
}

int ui_menu_row_arrow(SDL_FRect r, float x, float y)
{
    if (ui_hit(arrow_rect(r, -1), x, y)) return -1;
    if (ui_hit(arrow_rect(r, 1), x, y)) return 1;
    return 0;
}

void ui_menu_row(ui_Context *ui, SDL_FRect r, const char *label, const char *value, bool focused)
{
    const ui_Theme *t = &ui->theme;
    SDL_Color fill = focused ? t->selected : ui_hover(ui, r) ? t->hover : t->surface;
    if (focused) ui_focus_ring(ui, r, 12.0f);
    ui_panel(ui, r, 12.0f, fill, focused ? fill : t->border);
    float lh = ui_text_line_height(&ui->text, UI_FONT_BOLD);
    float y = r.y + (r.h - lh) / 2.0f;
    ui_text_draw_fit(&ui->text, UI_FONT_BOLD, t->text, fill, label, r.x + 24.0f, y,
                     value ? r.w * 0.45f - 32.0f : r.w - 48.0f, UI_ALIGN_LEFT);
    if (!value) return;
    SDL_FRect left = arrow_rect(r, -1), right = arrow_rect(r, 1);
    SDL_Color ink = focused ? t->accent : t->muted;
    ui_text_draw(&ui->text, UI_FONT_BOLD, ink, fill, "◀", left.x + left.w / 2.0f, y,
                 UI_ALIGN_CENTRE);
    ui_text_draw(&ui->text, UI_FONT_BOLD, ink, fill, "▶", right.x + right.w / 2.0f, y,
                 UI_ALIGN_CENTRE);
    float mid = (left.x + left.w + right.x) / 2.0f;
    ui_text_draw_fit(&ui->text, UI_FONT_BODY, t->text, fill, value, mid, y,
                     right.x - left.x - left.w - 16.0f, UI_ALIGN_CENTRE);
}

void ui_menu_move(int *cursor, int count, int delta)
{
    if (count <= 0) return;
    *cursor = ((*cursor + delta) % count + count) % count;
}

bool ui_list_keys(const ui_Event *e, int *cursor, int last, float *target, float page, bool *moved)
{
    switch (e->act) {
    case UI_ACT_UP:
        *cursor = *cursor > 0 ? *cursor - 1 : 0;
        *moved = true;
        return true;
    case UI_ACT_DOWN:
        *cursor = *cursor < last ? *cursor + 1 : last;
        *moved = true;
        return true;
    case UI_ACT_HOME:
        *cursor = 0;
        *moved = true;
        return true;
    case UI_ACT_END: *cursor = last; return true;
    case UI_ACT_PAGE_UP: *target -= page; return true;
    case UI_ACT_PAGE_DOWN: *target += page; return true;
    default: return false;
    }
}

void ui_list_ease(float *scroll, float *target, float max, bool reduced_motion)
{
    max = max > 0.0f ? max : 0.0f;
    *target = *target < 0.0f ? 0.0f : *target > max ? max : *target;
    *scroll = reduced_motion ? *target : *scroll + (*target - *scroll) * 0.3f;
    if (fabsf(*scroll - *target) < 0.5f) *scroll = *target;
}
