/* What a core call that can fail returns: a status, and the words for it, so
 * a log line says "out of memory" rather than "status 3".
 *
 * Who sets up, releases, with one pair of verbs across the core: sv_X_init
 * fills a struct the caller owns (a session, a diagnostics list, a replay)
 * and sv_X_free releases what it holds; what comes back new from the heap is
 * made by a verb that says how (sv_arena_create, sv_score_parse,
 * sv_debrief_build) and released by sv_X_free too. Packs and libraries,
 * which read files, keep sv_X_load / sv_X_unload. */
#ifndef SVARA_STATUS_H
#define SVARA_STATUS_H

typedef enum { SV_OK = 0, SV_ERR_INVALID = 1, SV_ERR_IO = 2, SV_ERR_NOMEM = 3 } sv_Status;

/* "ok", "invalid data", "cannot read", "out of memory"; "unknown status" for
 * anything else. Never NULL; a static string. */
const char *sv_status_text(sv_Status st);

#endif
