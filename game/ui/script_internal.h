/* Internal to the script runner (script.c) and its parser (script_parse.c):
 * a key script parsed up front into commands. */
#ifndef SVARA_UI_SCRIPT_INTERNAL_H
#define SVARA_UI_SCRIPT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "script.h"

#define MAX_WORDS 32
#define WORD_BYTES 256
#define DEFAULT_MAX 4000u

typedef enum {
    C_KEY,
    C_TYPE,
    C_PAD,
    C_CLICK,
    C_WHEEL,
    C_WAIT,
    C_UNTIL,
    C_UNTIL_DECISION,
    C_UNTIL_TIME,
    C_UNTIL_TEXT,
    C_EXPECT,
    C_EXPECT_TEXT,
    C_EXPECT_NO_TEXT,
    C_EXPECT_APART,
    C_COPY,
    C_SHOT,
    C_QUIT
} Kind;

typedef struct Cmd {
    Kind kind;
    int line;
    int argc;
    char argv[MAX_WORDS][WORD_BYTES];
    uint32_t n; /* frames, max frames, milliseconds */
    float x, y;
    char text[WORD_BYTES]; /* until-text, expect-text: the words joined */
} Cmd;

struct ui_Script {
    char path[512];
    Cmd *cmds;
    size_t count, at;
    uint32_t waited; /* frames spent on the current command */
    char shot[WORD_BYTES + 32];
};

/* A key name with optional modifiers ("Shift+Tab") as SDL's key and mod. */
bool ui_script_key(const char *word, SDL_Keycode *key, Uint16 *mod);

#endif
