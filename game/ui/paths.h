/* Where the game finds its files: the assets and built-in packs the build
 * copies next to the binary (or the source tree when run from elsewhere), and
 * the player's own folder for settings and packs. */
#ifndef SVARA_UI_PATHS_H
#define SVARA_UI_PATHS_H

#include <stdbool.h>
#include <stddef.h>

#define SV_PATH_MAX 1024

typedef struct sv_Paths {
    char assets[SV_PATH_MAX];     /* ".../assets/", holding lang/ and scoring/ */
    char fonts[SV_PATH_MAX];      /* folder with DejaVuSans.ttf and -Bold, "" if none */
    char packs[SV_PATH_MAX];      /* the built-in packs */
    char pref[SV_PATH_MAX];       /* SDL_GetPrefPath("", "svara"), "" if none */
    char user_packs[SV_PATH_MAX]; /* pref + "packs" */
} sv_Paths;

/* Finds everything; false (logged) when the assets cannot be found. A missing
 * pref folder is only a warning: settings are then not saved. */
bool sv_paths_find(sv_Paths *p);

/* a + b into out; false when it does not fit. */
bool sv_path_join(char *out, size_t size, const char *a, const char *b);
bool sv_path_is_dir(const char *path);
bool sv_path_is_file(const char *path);

/* Reads a whole file (heap, NUL-terminated; free with SDL_free). NULL when it
 * cannot be read; *len gets its length. */
char *sv_path_read(const char *path, size_t *len);

#endif
