/* The game's screens. Each has init/update/draw/unload; update returns the
 * screen to show next and never draws; draw never changes state. The app
 * switches over sv_ScreenId in one place. */
#ifndef SVARA_UI_SCREENS_H
#define SVARA_UI_SCREENS_H

#include <stdbool.h>

#include "text.h"
#include "ui.h"

typedef enum {
    SV_SCREEN_QUIT = 0, /* not a screen: leave the app */
    SV_SCREEN_TITLE,
} sv_ScreenId;

typedef struct sv_TitleScreen {
    sv_Label name, subtitle, hint;
    uint64_t shown_at_ms;
} sv_TitleScreen;

bool sv_title_init(sv_TitleScreen *s, sv_Ui *ui);
sv_ScreenId sv_title_update(sv_TitleScreen *s, sv_Ui *ui, const sv_UiInput *in);
void sv_title_draw(const sv_TitleScreen *s, sv_Ui *ui);
void sv_title_unload(sv_TitleScreen *s);

#endif
