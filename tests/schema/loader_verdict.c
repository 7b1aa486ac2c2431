/* The loaders' verdict on many files, for tests/schema/agree.js: reads lines
 * "KIND PATH" from standard input (KIND: pack, scenario, scoring or replay; a
 * pack is a folder) and prints 1 when the loader accepts the file, 0 when it
 * reports an error, one line each. A scenario is read for a pack that
 * declares en, sv and nb. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svara/arena.h"
#include "svara/pack.h"
#include "svara/replay.h"
#include "svara/score.h"

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *more = realloc(buf, cap *= 2);
            if (!more) free(buf);
            buf = more;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static int verdict(const char *kind, const char *path, sv_DiagList *d)
{
    if (strcmp(kind, "pack") == 0) {
        sv_Pack *pack = NULL;
        const char *paths[] = {path};
        int ok = sv_pack_load(paths, 1, NULL, &pack, d) == SV_OK;
        if (pack) sv_pack_unload(pack);
        return ok;
    }
    size_t len = 0;
    char *bytes = read_all(path, &len);
    int ok = 0;
    if (!bytes) return -1;
    if (strcmp(kind, "scenario") == 0) {
        sv_Arena *arena = sv_arena_create(0);
        sv_Scenario sc;
        uint32_t all = (1u << SV_LANG_EN) | (1u << SV_LANG_SV) | (1u << SV_LANG_NB);
        ok = arena && sv_scenario_parse(path, bytes, len, all, arena, &sc, d) == SV_OK;
        sv_arena_free(arena);
    } else if (strcmp(kind, "scoring") == 0) {
        sv_ScoreModel *m = NULL;
        ok = sv_score_parse(path, bytes, len, &m, d) == SV_OK;
        if (m) sv_score_free(m);
    } else if (strcmp(kind, "replay") == 0) {
        sv_Replay r;
        ok = sv_replay_parse(path, bytes, len, &r, d) == SV_OK;
        if (ok) sv_replay_free(&r);
    } else {
        ok = -1;
    }
    free(bytes);
    return ok;
}

int main(void)
{
    char kind[32], path[4096];
    sv_DiagList d;
    sv_diag_init(&d);
    if (!sv_fs_init(NULL, &d)) return 2;
    while (scanf("%31s %4095s", kind, path) == 2) {
        sv_diag_clear(&d);
        int v = verdict(kind, path, &d);
        if (v < 0) {
            fprintf(stderr, "loader_verdict: cannot judge %s %s\n", kind, path);
            return 2;
        }
        printf("%d\n", v);
    }
    sv_fs_free();
    sv_diag_free(&d);
    return 0;
}
