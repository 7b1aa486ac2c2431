/* The game's screens. Each has init/update/draw/unload; update returns the
 * screen to show next and never draws; draw never changes state. The app
 * switches over ui_ScreenId in one place (app.c). Pause and settings opened
 * from a run leave the play screen loaded underneath. */
#ifndef SVARA_UI_SCREENS_H
#define SVARA_UI_SCREENS_H

#include <stdbool.h>

#include "game.h"
#include "play.h"
#include "svara/assess.h"
#include "ui.h"

typedef enum {
    UI_SCREEN_QUIT = 0, /* not a screen: leave the app */
    UI_SCREEN_TITLE,
    UI_SCREEN_BRIEFING,
    UI_SCREEN_PLAY,
    UI_SCREEN_PAUSE,
    UI_SCREEN_SETTINGS,
    UI_SCREEN_DEBRIEF,
    UI_SCREEN_ASSESS,
} ui_ScreenId;

const char *ui_screen_name(ui_ScreenId id); /* "title", "play", ... for scripts and logs */

/* A row of the title menu: a scenario, or one of the fixed entries. */
typedef struct ui_TitleRow {
    uint8_t kind; /* title.c */
    int32_t pack, scenario;
} ui_TitleRow;

typedef struct ui_TitleScreen {
    ui_TitleRow *rows; /* heap */
    int count, cursor;
    float scroll, target;
} ui_TitleScreen;

typedef struct ui_BriefingScreen {
    int cursor; /* 0 start, 1 back */
    float scroll, target;
} ui_BriefingScreen;

typedef struct ui_PauseScreen {
    int cursor;
} ui_PauseScreen;

typedef struct ui_SettingsScreen {
    int cursor;
} ui_SettingsScreen;

typedef struct ui_DebriefScreen {
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
} ui_DebriefScreen;

/* The pre- or post-test (assess.c). */
typedef struct ui_AssessScreen {
    int phase;  /* assess.c: the introduction, a situation, the result */
    int cursor; /* a button, or a situation's option */
    int32_t pack;
    sv_AssessKind kind;
    sv_Profile profile;
    char path[UI_PATH_MAX]; /* its profile.json */
    int32_t items[SV_ASSESS_ITEMS], chosen[SV_ASSESS_ITEMS];
    size_t count, at; /* situations drawn; the one shown */
    sv_ProfileAssessment result;
    bool saved, certificate;
    char note[UI_PATH_MAX + 256]; /* where the certificate is, or why nothing was saved */
} ui_AssessScreen;

bool ui_title_init(ui_TitleScreen *s, ui_Context *ui, ui_Game *g);
ui_ScreenId ui_title_update(ui_TitleScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in);
void ui_title_draw(const ui_TitleScreen *s, ui_Context *ui, const ui_Game *g);
void ui_title_unload(ui_TitleScreen *s);

bool ui_briefing_init(ui_BriefingScreen *s, ui_Context *ui, ui_Game *g);
ui_ScreenId ui_briefing_update(ui_BriefingScreen *s, ui_Context *ui, ui_Game *g,
                               const ui_Input *in);
void ui_briefing_draw(const ui_BriefingScreen *s, ui_Context *ui, const ui_Game *g);
void ui_briefing_unload(ui_BriefingScreen *s);

bool ui_play_init(ui_PlayScreen *s, ui_Context *ui, ui_Game *g);
ui_ScreenId ui_play_update(ui_PlayScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in);
void ui_play_draw(const ui_PlayScreen *s, ui_Context *ui, const ui_Game *g);
void ui_play_unload(ui_PlayScreen *s);

bool ui_pause_init(ui_PauseScreen *s, ui_Context *ui, ui_Game *g);
ui_ScreenId ui_pause_update(ui_PauseScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in);
void ui_pause_draw(const ui_PauseScreen *s, ui_Context *ui, const ui_Game *g);
void ui_pause_unload(ui_PauseScreen *s);

bool ui_settings_init(ui_SettingsScreen *s, ui_Context *ui, ui_Game *g);
ui_ScreenId ui_settings_update(ui_SettingsScreen *s, ui_Context *ui, ui_Game *g,
                               const ui_Input *in);
void ui_settings_draw(const ui_SettingsScreen *s, ui_Context *ui, const ui_Game *g);
void ui_settings_unload(ui_SettingsScreen *s);

bool ui_debrief_screen_init(ui_DebriefScreen *s, ui_Context *ui, ui_Game *g);
ui_ScreenId ui_debrief_screen_update(ui_DebriefScreen *s, ui_Context *ui, ui_Game *g,
                                     const ui_Input *in);
void ui_debrief_screen_draw(const ui_DebriefScreen *s, ui_Context *ui, const ui_Game *g);
void ui_debrief_screen_unload(ui_DebriefScreen *s);

bool ui_assess_init(ui_AssessScreen *s, ui_Context *ui, ui_Game *g);
ui_ScreenId ui_assess_update(ui_AssessScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in);
void ui_assess_draw(const ui_AssessScreen *s, ui_Context *ui, const ui_Game *g);
void ui_assess_unload(ui_AssessScreen *s);

/* The way in: the pack's pre- or post-test for the profile named, as the
 * screen to switch to (the title returns it from its menu entry). The test
 * that is due, if any (sv_assess_due), is ui_assess_due's: -1 or a kind. */
ui_ScreenId ui_assess_open(ui_Game *g, int32_t pack, const char *profile, sv_AssessKind kind);
int ui_assess_due(const ui_Game *g, int32_t pack, const char *profile);
/* The profile.json of a learner in the per-user folder; false without one. */
bool ui_profile_file(const ui_Game *g, const char *name, char *out, size_t size);
/* Writes the certificate (svara/certificate.h) next to the profile's file as
 * certificate-PACK.html, in the player's language; its path goes to out. */
bool ui_certificate_write(const ui_Game *g, const sv_Pack *pack, const sv_Profile *p,
                          const char *profile_file, char *out, size_t size);

/* chart.c: the debrief's chart of every meter over time with the decisions marked. */
void ui_chart_draw(ui_Context *ui, const ui_Game *g, SDL_FRect area, int highlight);

#endif
