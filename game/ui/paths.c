/* Finding the game's folders. The build copies assets, fonts and the built-in
 * packs into the build folder, one level above the binary; an installed game
 * keeps them beside it. UI_SOURCE_DIR is the last resort for a binary moved
 * away from its build. The font is never in the source tree: Debian's
 * fonts-dejavu-core is the fallback for it. */
#include "paths.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <SDL.h>

#include "ui.h"

#ifndef UI_SOURCE_DIR
#define UI_SOURCE_DIR "."
#endif

#define SYSTEM_FONT_DIR "/usr/share/fonts/truetype/dejavu/"

bool ui_path_join(char *out, size_t size, const char *a, const char *b)
{
    int n = snprintf(out, size, "%s%s", a, b);
    return n >= 0 && (size_t)n < size;
}

bool ui_path_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool ui_path_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

char *ui_path_read(const char *path, size_t *len)
{
    size_t n = 0;
    char *bytes = SDL_LoadFile(path, &n);
    if (len) *len = n;
    return bytes;
}

/* The first of base+rel, base+"../"+rel, source+rel holding `probe`, into out. */
static bool find_dir(char *out, const char *base, const char *rel, const char *probe)
{
    const char *roots[3] = {base, NULL, UI_SOURCE_DIR "/"};
    char up[UI_PATH_MAX] = "";
    if (base && ui_path_join(up, sizeof up, base, "../")) roots[1] = up;
    for (int i = 0; i < 3; i++) {
        char dir[UI_PATH_MAX], file[UI_PATH_MAX];
        if (!roots[i] || !ui_path_join(dir, sizeof dir, roots[i], rel)) continue;
        if (!ui_path_join(file, sizeof file, dir, probe)) continue;
        if (probe[0] ? ui_path_is_file(file) : ui_path_is_dir(dir)) {
            snprintf(out, UI_PATH_MAX, "%s", dir);
            return true;
        }
    }
    return false;
}

static void find_pref(ui_Paths *p)
{
    char *pref = SDL_GetPrefPath("", "svara"); /* creates the folder; honours XDG_DATA_HOME */
    if (!pref) {
        ui_log_sdl_warn("find or make the folder for your settings and packs (settings will not "
                        "be saved)");
        return;
    }
    snprintf(p->pref, sizeof p->pref, "%s", pref);
    SDL_free(pref);
    if (ui_path_join(p->user_packs, sizeof p->user_packs, p->pref, "packs"))
        SDL_LogDebug(SDL_LOG_CATEGORY_APPLICATION, "your packs: %s", p->user_packs);
}

bool ui_paths_find(ui_Paths *p)
{
    memset(p, 0, sizeof *p);
    char *base = SDL_GetBasePath(); /* NULL on some systems: then only the source tree */
    if (!base) ui_log_sdl_warn("find the game's own folder (looking in the source tree)");
    bool ok = find_dir(p->assets, base, "assets/", "lang/en.json");
    if (!ok)
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION,
                     "no assets: lang/en.json is in neither the game's assets folder nor %s/assets",
                     UI_SOURCE_DIR);
    if (!find_dir(p->packs, base, "scenarios/", ""))
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "no built-in packs found");
    if (!find_dir(p->fonts, base, "assets/fonts/", "DejaVuSans-Bold.ttf")) {
        char probe[UI_PATH_MAX];
        if (ui_path_join(probe, sizeof probe, SYSTEM_FONT_DIR, "DejaVuSans-Bold.ttf") &&
            ui_path_is_file(probe))
            snprintf(p->fonts, sizeof p->fonts, "%s", SYSTEM_FONT_DIR);
    }
    if (!p->fonts[0])
        SDL_LogError(
            SDL_LOG_CATEGORY_APPLICATION,
            "no fonts: DejaVuSans.ttf and DejaVuSans-Bold.ttf are in neither the game's "
            "assets/fonts folder nor %s (install fonts-dejavu-core, or run tools/setup.sh)",
            SYSTEM_FONT_DIR);
    SDL_free(base);
    find_pref(p);
    return ok && p->fonts[0];
}
