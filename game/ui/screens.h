/* The game's screens. Each has init/update/draw/unload; update returns the
 * screen to show next and never draws; draw never changes state. The app
 * switches over sv_ScreenId in one place (app.c). Pause and settings opened
 * from a run leave the play screen loaded underneath. */
#ifndef SVARA_UI_SCREENS_H
#define SVARA_UI_SCREENS_H

#include <stdbool.h>

#include "game.h"
#include "play.h"
#include "ui.h"

typedef enum {
    SV_SCREEN_QUIT = 0, /* not a screen: leave the app */
    SV_SCREEN_TITLE,
    SV_SCREEN_BRIEFING,
    SV_SCREEN_PLAY,
    SV_SCREEN_PAUSE,
    SV_SCREEN_SETTINGS,
    SV_SCREEN_DEBRIEF,
} sv_ScreenId;

const char *sv_screen_name(sv_ScreenId id); /* "title", "play", ... for scripts and logs */

/* A row of the title menu: a scenario, or one of the fixed entries. */
typedef struct sv_TitleRow {
    uint8_t kind; /* title.c */
    int32_t pack, scenario;
} sv_TitleRow;

typedef struct sv_TitleScreen {
    sv_TitleRow *rows; /* heap */
    int count, cursor;
    float scroll, target;
} sv_TitleScreen;

typedef struct sv_BriefingScreen {
    int cursor; /* 0 start, 1 back */
    float scroll, target;
} sv_BriefingScreen;

typedef struct sv_PauseScreen {
    int cursor;
} sv_PauseScreen;

typedef struct sv_SettingsScreen {
    int cursor;
} sv_SettingsScreen;

typedef struct sv_DebriefScreen {
    int cursor; /* a decision card, or the buttons after them */
    int button; /* on the button row: 0 same seed, 1 new seed, 2 title */
    float scroll, target;
    float *card_y, *card_h; /* heap: layout of the cards, per text generation */
    int cards;
    uint32_t laid_gen;
    float laid_width;
    float list_h;
    char grade[4];
    int32_t score; /* 0..100 */
    int best, judged;
} sv_DebriefScreen;

bool sv_title_init(sv_TitleScreen *s, sv_Ui *ui, sv_Game *g);
sv_ScreenId sv_title_update(sv_TitleScreen *s, sv_Ui *ui, sv_Game *g, const sv_UiInput *in);
void sv_title_draw(const sv_TitleScreen *s, sv_Ui *ui, const sv_Game *g);
void sv_title_unload(sv_TitleScreen *s);

bool sv_briefing_init(sv_BriefingScreen *s, sv_Ui *ui, sv_Game *g);
sv_ScreenId sv_briefing_update(sv_BriefingScreen *s, sv_Ui *ui, sv_Game *g, const sv_UiInput *in);
void sv_briefing_draw(const sv_BriefingScreen *s, sv_Ui *ui, const sv_Game *g);
void sv_briefing_unload(sv_BriefingScreen *s);

bool sv_play_init(sv_PlayScreen *s, sv_Ui *ui, sv_Game *g);
sv_ScreenId sv_play_update(sv_PlayScreen *s, sv_Ui *ui, sv_Game *g, const sv_UiInput *in);
void sv_play_draw(const sv_PlayScreen *s, sv_Ui *ui, const sv_Game *g);
void sv_play_unload(sv_PlayScreen *s);

bool sv_pause_init(sv_PauseScreen *s, sv_Ui *ui, sv_Game *g);
sv_ScreenId sv_pause_update(sv_PauseScreen *s, sv_Ui *ui, sv_Game *g, const sv_UiInput *in);
void sv_pause_draw(const sv_PauseScreen *s, sv_Ui *ui, const sv_Game *g);
void sv_pause_unload(sv_PauseScreen *s);

bool sv_settings_init(sv_SettingsScreen *s, sv_Ui *ui, sv_Game *g);
sv_ScreenId sv_settings_update(sv_SettingsScreen *s, sv_Ui *ui, sv_Game *g, const sv_UiInput *in);
void sv_settings_draw(const sv_SettingsScreen *s, sv_Ui *ui, const sv_Game *g);
void sv_settings_unload(sv_SettingsScreen *s);

bool sv_debrief_screen_init(sv_DebriefScreen *s, sv_Ui *ui, sv_Game *g);
sv_ScreenId sv_debrief_screen_update(sv_DebriefScreen *s, sv_Ui *ui, sv_Game *g,
                                     const sv_UiInput *in);
void sv_debrief_screen_draw(const sv_DebriefScreen *s, sv_Ui *ui, const sv_Game *g);
void sv_debrief_screen_unload(sv_DebriefScreen *s);

/* chart.c: the debrief's chart of every meter over time with the decisions marked. */
void sv_chart_draw(sv_Ui *ui, const sv_Game *g, SDL_FRect area, int highlight);

#endif
