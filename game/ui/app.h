/* The game's app: SDL set-up, the one event loop and the screen switch.
 * main.c parses the command line into ui_AppOptions; nothing here is SDL-typed
 * so main.c stays free of SDL. */
#ifndef SVARA_UI_APP_H
#define SVARA_UI_APP_H

#include <stdbool.h>
#include <stdint.h>

#define UI_MAX_SHOTS 32
#define UI_MAX_SETS 8

typedef struct ui_Shot {
    uint32_t t_ms;    /* simulated time of the scenario */
    const char *file; /* BMP */
} ui_Shot;

typedef struct ui_AppOptions {
    const char *argv0;
    bool headless;          /* SDL's dummy video driver and the software renderer */
    uint32_t frames;        /* quit after this many frames; 0 = run until the player quits */
    const char *screenshot; /* save the last frame as BMP here; NULL = none */
    int width, height;      /* window size; 0 = 1280x720 */
    const char *play;       /* "pack/scenario": straight to its briefing */
    const char *select;     /* "pack/scenario": highlighted on the title screen */
    const char *profile;    /* --profile NAME: play as NAME (made when missing), never asked */
    const char *assess;     /* "pack/pre" or "pack/post": straight to that test (as --profile) */
    const char *workshop;   /* --workshop FILE: run that workshop (workshop.h) */
    const char *board;      /* --board WORKSHOP_FILE: the workshop board on its results */
    const char *results;    /* --results DIR: where they are (NULL: beside the workshop file) */
    uint64_t seed;
    bool seed_given;
    uint32_t speed_pct;          /* time speed for this run; 0 = the setting */
    const char *replay;          /* play this replay (starts in the play screen) */
    ui_Shot shots[UI_MAX_SHOTS]; /* --screenshot-at, in any order */
    int shot_count;
    const char *script;            /* --script-keys: scripted input events */
    const char *record;            /* save the run as a replay when it ends */
    const char *sets[UI_MAX_SETS]; /* --set KEY=VALUE: settings for this run only */
    int set_count;
    bool author;         /* --author: reload the pack when its files change (reload.h) */
    bool bench;          /* --bench: the frame-time benchmark */
    bool print_settings; /* print the settings and where they live, then quit */
    uint64_t start_ns;   /* when main() began (timespec_get), for the first-frame figure */
} ui_AppOptions;

/* Runs the game until the player quits, opts->frames have been shown, a
 * headless replay has reached its debrief or a script has ended. Returns a
 * process exit code: 0 on a clean quit, 1 if SDL, a font or a script failed. */
int ui_app_run(const ui_AppOptions *opts);

#endif
