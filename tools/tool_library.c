/* Where svara-tool finds packs by name: the user's pack folder first (the same
 * folder the game uses, so a user's copy overlays the built-in pack file by
 * file), then the built-in packs of this source tree. As in sv_library_load,
 * something there that is neither a file nor a folder (a named pipe would
 * block) is reported and left out, and the other folders' copies still load. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svara/native.h"
#include "svara/pack.h"
#include "tool.h"

#ifndef SV_SOURCE_DIR
#define SV_SOURCE_DIR "."
#endif

static bool exists(const char *path) { return sv_native_kind(path, NULL) != SV_NATIVE_MISSING; }

/* A folder or a regular file may be a pack; anything else is said and skipped. */
static bool usable(const char *path)
{
    const char *what;
    sv_NativeKind kind = sv_native_kind(path, &what);
    if (kind == SV_NATIVE_FILE || kind == SV_NATIVE_DIR) return true;
    if (kind != SV_NATIVE_MISSING)
        fprintf(stderr, "%s: error: this is %s, not a file or a folder; it was not opened\n", path,
                what);
    return false;
}

/* SDL_GetPrefPath("", "svara") on Linux: $XDG_DATA_HOME/svara or ~/.local/share/svara. */
bool tool_user_pack_dir(char *buf, size_t size)
{
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    int n;
    if (xdg && *xdg)
        n = snprintf(buf, size, "%s/svara/packs", xdg);
    else if (home && *home)
        n = snprintf(buf, size, "%s/.local/share/svara/packs", home);
    else
        return false;
    return n > 0 && (size_t)n < size;
}

const char *tool_builtin_pack_dir(void) { return SV_SOURCE_DIR "/scenarios"; }

/* The stack of paths a pack name stands for, user folder first. */
static size_t pack_paths(const char *name, char paths[4][1024])
{
    char folders[2][1024];
    size_t nf = 0, n = 0;
    if (tool_user_pack_dir(folders[nf], sizeof folders[nf])) nf++;
    snprintf(folders[nf++], sizeof folders[0], "%s", tool_builtin_pack_dir());
    for (size_t f = 0; f < nf; f++) {
        if (snprintf(paths[n], 1024, "%s/%s", folders[f], name) < 1024 && usable(paths[n]))
            n++;
        else if (snprintf(paths[n], 1024, "%s/%s.zip", folders[f], name) < 1024 && usable(paths[n]))
            n++;
    }
    return n;
}

sv_Pack *tool_open_pack(const char *arg)
{
    if (exists(arg) || strchr(arg, '/')) return tool_load_pack(arg);
    char paths[4][1024];
    size_t n = pack_paths(arg, paths);
    if (n == 0) {
        fprintf(stderr, "no pack '%s': not a file or folder, nor a pack in %s\n", arg,
                tool_builtin_pack_dir());
        return NULL;
    }
    const char *stack[4];
    for (size_t i = 0; i < n; i++) stack[i] = paths[i];
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Pack *pack = NULL;
    sv_Status st = sv_pack_load(stack, n, arg, &pack, &diags);
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    if (st != SV_OK && pack) {
        sv_pack_unload(pack);
        pack = NULL;
    }
    return pack;
}

int tool_list(int argc, char **argv)
{
    (void)argv;
    if (argc > 0) {
        fputs("usage: svara-tool list\n", stderr);
        return 2;
    }
    char user[1024];
    const char *folders[2];
    size_t nf = 0;
    if (tool_user_pack_dir(user, sizeof user)) folders[nf++] = user;
    folders[nf++] = tool_builtin_pack_dir();
    sv_Library lib = {0};
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Status st = sv_library_load(folders, nf, &lib, &diags);
    tool_print_diags(stderr, &diags);
    for (size_t i = 0; i < lib.count; i++) {
        const sv_Pack *p = lib.packs[i];
        printf("%s %s  %s  (%s)\n", p->id, p->version, sv_text_get(&p->title, p->first_language),
               p->root);
        for (uint32_t s = 0; s < p->scenario_count; s++)
            printf("    %-20s %s\n", p->scenarios[s].id,
                   sv_text_get(&p->scenarios[s].title, p->first_language));
    }
    printf("%zu pack%s (user packs: %s)\n", lib.count, lib.count == 1 ? "" : "s",
           nf == 2 ? user : "no home folder");
    sv_library_unload(&lib);
    bool broken = diags.errors > 0;
    sv_diag_free(&diags);
    return st != SV_OK || broken ? 1 : 0;
}
