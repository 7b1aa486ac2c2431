/* Hot reload, for authors: the chosen pack read again from disk (F5, or the
 * watcher under --author) and the run restarted at the same simulated time by
 * replaying the player's inputs so far through the core's run (svara/run.h).
 * A pack that no longer loads, or inputs that no longer fit it (an option
 * taken out, a decision that now opens later), change nothing: the last good
 * version plays on and the diagnostics go to the overlay (overlay.h). */
#ifndef SVARA_UI_RELOAD_H
#define SVARA_UI_RELOAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "game.h"
#include "svara/diag.h"

#define UI_WATCH_EVERY_MS 500u /* app time between two looks at the files */
#define UI_RELOAD_SOURCES 4    /* folders (or .zip files) stacked into one pack, at most */

typedef enum {
    UI_RELOAD_NOTHING = 0, /* no pack to reload (none chosen, the benchmark's) */
    UI_RELOAD_DONE,        /* the new version is in the library and the run plays it */
    UI_RELOAD_FAILED,      /* nothing changed; the diagnostics say why */
} ui_ReloadResult;

/* Loads the chosen pack (g->pack) again from the folders or .zip files it was
 * stacked from, puts it in the library in place of the old one and, while a
 * run is active, restarts the run on it at the same seed and simulated time
 * with the inputs so far (a watched replay's own inputs when watching one).
 * Every problem, and the warnings of a good load, go to diags. On
 * UI_RELOAD_FAILED the library and the run are as they were. */
ui_ReloadResult ui_reload_pack(ui_Game *g, sv_DiagList *diags);

/* The native paths a library pack was stacked from (the player's folder
 * first, as the library stacks them) and its label ("sample"); returns how
 * many (0 when the pack is not in the library). */
size_t ui_reload_sources(const ui_Game *g, int32_t pack, char paths[][UI_PATH_MAX], size_t cap,
                         char *label, size_t label_size);

/* One file the watcher looks at: what stat said the last time. */
typedef struct ui_WatchFile {
    char path[UI_PATH_MAX];
    bool exists;
    int64_t size, mtime_ns;
} ui_WatchFile;

/* --author's watcher: the manifest and every scenario file of the chosen pack
 * (those the manifest on disk lists now, so a file it names before it exists
 * is seen when it appears; a .zip as one file), looked at with stat twice a
 * second of app time. No threads, no notifications: SDL-side polling. */
typedef struct ui_Watch {
    ui_WatchFile *files; /* heap */
    size_t count;
    int32_t pack; /* the library index the list is for, -1 none */
    uint64_t next_ms;
} ui_Watch;

void ui_watch_init(ui_Watch *w);
void ui_watch_free(ui_Watch *w);
/* Makes the list for the chosen pack again, keeping what was last seen of
 * files already on it (a change made during a reload is then still new). */
void ui_watch_rebuild(ui_Watch *w, const ui_Game *g);
/* At most every UI_WATCH_EVERY_MS of app time: true when a file changed,
 * appeared or went away since the last look. A new choice of pack rebuilds
 * the list first (and is no change). */
bool ui_watch_poll(ui_Watch *w, const ui_Game *g, uint64_t now_ms);

#endif
