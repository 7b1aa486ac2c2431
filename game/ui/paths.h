/* Where the game finds its files: the assets and built-in packs the build
 * copies next to the binary (or the source tree when run from elsewhere), and
 * the player's own folder for settings and packs. */
#ifndef SVARA_UI_PATHS_H
#define SVARA_UI_PATHS_H

#include <stdbool.h>
#include <stddef.h>

#define UI_PATH_MAX 1024

typedef struct ui_Paths {
    char assets[UI_PATH_MAX];     /* ".../assets/", holding lang/ and scoring/ */
    char fonts[UI_PATH_MAX];      /* folder with DejaVuSans.ttf and -Bold, "" if none */
    char packs[UI_PATH_MAX];      /* the built-in packs */
    char pref[UI_PATH_MAX];       /* SDL_GetPrefPath("", "svara"), "" if none */
    char user_packs[UI_PATH_MAX]; /* pref + "packs" */
} ui_Paths;

/* Finds everything; false (logged) when the assets cannot be found. A missing
 * pref folder is only a warning: settings are then not saved. */
bool ui_paths_find(ui_Paths *p);

/* a + b into out; false when it does not fit. */
bool ui_path_join(char *out, size_t size, const char *a, const char *b);
bool ui_path_is_dir(const char *path);
bool ui_path_is_file(const char *path);

/* Reads a whole file (heap, NUL-terminated; free with SDL_free). NULL when it
 * cannot be read; *len gets its length. */
char *ui_path_read(const char *path, size_t *len);

#endif
