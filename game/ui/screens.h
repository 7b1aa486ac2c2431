/* The game's screens. Each has init/update/draw/unload; update returns the
 * screen to show next and never draws; draw never changes state. The app
 * switches over ui_ScreenId in one place (app.c). Pause and settings opened
 * from a run leave the play screen loaded underneath. */
#ifndef SVARA_UI_SCREENS_H
#define SVARA_UI_SCREENS_H

#include <stdbool.h>

#include "game.h"
#include "play.h"
#include "profiles.h"
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
    UI_SCREEN_RESUME,   /* before the title: a run left unfinished, to resume or discard */
    UI_SCREEN_PROFILES, /* who is playing: choose, make or repair a profile */
    UI_SCREEN_SKILLS,   /* the profile's skills by principle */
    UI_SCREEN_ASSESS,
    UI_SCREEN_WORKSHOP, /* a workshop: its file, its teams, whose turn it is (workshop.h) */
    UI_SCREEN_BOARD,    /* the workshop board: scoreboard, ratings, hotwash, plan (board.h) */
} ui_ScreenId;

const char *ui_screen_name(ui_ScreenId id); /* "title", "play", ... for scripts and logs */

/* A row of the title menu: a scenario, or one of the fixed entries. */
typedef struct ui_TitleRow {
    uint8_t kind; /* title.c */
    int32_t pack, scenario;
    int32_t step; /* the scenario's step on its pack's path, -1 none */
    bool next;    /* the profile's next step on that path (worked out once, at init) */
} ui_TitleRow;

typedef struct ui_TitleScreen {
    ui_TitleRow *rows; /* heap: the profile's buttons, the packs' lists, the fixed rows */
    int count, cursor;
    int brand; /* rows on the brand panel (the profile's two buttons), before the lists */
    float scroll, target;
    int32_t progress_pack;  /* the path the brand panel counts (worked out at init), -1 none */
    uint32_t progress_done; /* its steps completed */
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

/* A principle whose level a run moved (the debrief shows it). */
typedef struct ui_SkillMove {
    int8_t principle;
    int16_t before, after; /* levels, -1 not practised */
} ui_SkillMove;

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
    int lead; /* 1: the first card is the run's lessons and what changed in the skills */
    ui_SkillMove moved[SV_PRINCIPLE_COUNT]; /* what the run changed in the skills, most first */
    int moved_count;
} ui_DebriefScreen;

typedef struct ui_ResumeScreen {
    int cursor;   /* 0 resume, 1 discard; refused: the one button on */
    bool refused; /* the journal cannot be resumed: why, and on to the title */
    bool none;    /* no journal after all */
    char why[2048];
} ui_ResumeScreen;
/* Who is playing: the profiles on this computer (a broken one with where it
 * is broken), a new one, or, the first time, the name asked straight away. */
typedef struct ui_ProfilesScreen {
    ui_ProfileList list;
    bool naming; /* the name entry, else the list */
    bool first;  /* no profile at all yet */
    int cursor;  /* list: a profile, then "new", then "back" */
    float scroll, target;
    char name[SV_PROFILE_NAME_BYTES + 1];
    int focus;   /* name entry: -1 the field, 0.. a key of the grid, then the buttons */
    int problem; /* ui_StrId of what is wrong with the name, 0 none */
    char note[UI_PROFILE_NOTE]; /* what was done to a broken profile, or why it failed */
    bool note_bad;
    bool typing; /* SDL's text input is on */
} ui_ProfilesScreen;

/* The skills screen: the 25 principles in their themes, each with its level,
 * how often it was followed and broken, what it asks and where to practise it. */
#define UI_SKILL_ROWS (SV_PRINCIPLE_COUNT + SV_MAX_THEMES)
typedef struct ui_SkillsScreen {
    int cursor; /* a principle (by the screen's order), then the back button */
    float scroll, target;
    int row_item[UI_SKILL_ROWS];    /* a principle, or -1 - theme for a theme's heading */
    int row_of[SV_PRINCIPLE_COUNT]; /* the row of the cursor's n-th principle */
    int rows, count;
    float row_y[UI_SKILL_ROWS], row_h[UI_SKILL_ROWS];
    uint32_t laid_gen;
    float list_h;
    sv_Skill skills[SV_PRINCIPLE_COUNT];
    sv_PrincipleSet *practised; /* heap: by scenario of the chosen pack */
    uint32_t scenarios;
    char tests[512];                     /* the chosen pack's tests and gain, "" when none taken */
    char certificate[UI_PATH_MAX + 128]; /* where its certificate is, "" when none */
} ui_SkillsScreen;
/* The pre- or post-test (assess.c). */
typedef struct ui_AssessScreen {
    int phase;  /* assess.c: the introduction, a situation, the result */
    int cursor; /* a button, or a situation's option */
    int32_t pack;
    sv_AssessKind kind;
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

bool ui_resume_init(ui_ResumeScreen *s, ui_Context *ui, ui_Game *g);
ui_ScreenId ui_resume_update(ui_ResumeScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in);
void ui_resume_draw(const ui_ResumeScreen *s, ui_Context *ui, const ui_Game *g);
void ui_resume_unload(ui_ResumeScreen *s);
bool ui_profiles_screen_init(ui_ProfilesScreen *s, ui_Context *ui, ui_Game *g);
ui_ScreenId ui_profiles_screen_update(ui_ProfilesScreen *s, ui_Context *ui, ui_Game *g,
                                      const ui_Input *in);
void ui_profiles_screen_draw(const ui_ProfilesScreen *s, ui_Context *ui, const ui_Game *g);
void ui_profiles_screen_unload(ui_ProfilesScreen *s, ui_Context *ui);

bool ui_skills_init(ui_SkillsScreen *s, ui_Context *ui, ui_Game *g);
ui_ScreenId ui_skills_update(ui_SkillsScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in);
void ui_skills_draw(const ui_SkillsScreen *s, ui_Context *ui, const ui_Game *g);
void ui_skills_unload(ui_SkillsScreen *s);
bool ui_assess_init(ui_AssessScreen *s, ui_Context *ui, ui_Game *g);
ui_ScreenId ui_assess_update(ui_AssessScreen *s, ui_Context *ui, ui_Game *g, const ui_Input *in);
void ui_assess_draw(const ui_AssessScreen *s, ui_Context *ui, const ui_Game *g);
void ui_assess_unload(ui_AssessScreen *s);

/* The way in: the pack's pre- or post-test for the profile playing, as the
 * screen to switch to (the title returns it from its menu entry). The test
 * that is due, if any (sv_assess_due), is ui_assess_due's: -1 or a kind. */
ui_ScreenId ui_assess_open(ui_Game *g, int32_t pack, sv_AssessKind kind);
int ui_assess_due(const ui_Game *g, int32_t pack);
/* Writes the certificate (svara/certificate.h) of the profile playing into its
 * folder as certificate-PACK.html, in the player's language; its path goes to out. */
bool ui_certificate_write(const ui_Game *g, const sv_Pack *pack, char *out, size_t size);

/* The workshop screen (workshop.c); its state lives in g->workshop. */
bool ui_workshop_init(ui_Context *ui, ui_Game *g);
ui_ScreenId ui_workshop_update(ui_Context *ui, ui_Game *g, const ui_Input *in);
void ui_workshop_draw(ui_Context *ui, const ui_Game *g);
void ui_workshop_unload(ui_Game *g);
/* The workshop's scoreboard, hotwash and improvement plan (board.c), from the
 * result files in results_dir: the screen to switch to. When it closes it goes
 * where ui_workshop_board_back says (the run it was shown over, or the
 * workshop screen). */
ui_ScreenId ui_board_open(ui_Game *g, const char *workshop_file, const char *results_dir);

/* chart.c: the debrief's chart of every meter over time with the decisions marked. */
void ui_chart_draw(ui_Context *ui, const ui_Game *g, SDL_FRect area, int highlight);

#endif
