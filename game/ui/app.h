/* The game's app: SDL set-up, the one event loop and the screen switch.
 * main.c parses the command line into sv_AppOptions; nothing here is SDL-typed
 * so main.c stays free of SDL. */
#ifndef SVARA_UI_APP_H
#define SVARA_UI_APP_H

#include <stdbool.h>
#include <stdint.h>

typedef struct sv_AppOptions {
    bool headless;          /* SDL's dummy video driver and the software renderer */
    uint32_t frames;        /* quit after this many frames; 0 = run until the player quits */
    const char *screenshot; /* save the last frame as BMP here; NULL = none */
} sv_AppOptions;

/* Runs the game until the player quits or opts->frames have been shown.
 * Returns a process exit code: 0 on a clean quit, 1 if SDL or a font failed. */
int sv_app_run(const sv_AppOptions *opts);

#endif
