/* What the front end does when something goes wrong: its always-on assert for
 * programmer errors, and one line in the log, with SDL's or SDL_ttf's own
 * reason, for a call that failed (ui.h). */
#include "ui.h"

#include <stdlib.h>

#include "svara/hash.h"

#define LOGGED_MAX 64 /* distinct failures remembered; past that each is logged again */

_Noreturn void ui_assert_fail(const char *file, int line, const char *expr)
{
    SDL_LogCritical(SDL_LOG_CATEGORY_APPLICATION, "%s:%d: assertion failed: %s", file, line, expr);
    abort();
}

/* True the first time this failure (what was done and why it failed) is seen. */
static bool first_time(const char *doing, const char *reason)
{
    static uint64_t logged[LOGGED_MAX];
    static int count;
    uint64_t h = sv_hash_str(sv_hash_str(SV_HASH_INIT, doing), reason);
    for (int i = 0; i < count; i++)
        if (logged[i] == h) return false;
    if (count < LOGGED_MAX) logged[count++] = h;
    return true;
}

static void log_failure(SDL_LogPriority priority, const char *doing, const char *reason)
{
    if (!reason || !reason[0]) reason = "no reason given";
    if (first_time(doing, reason))
        SDL_LogMessage(SDL_LOG_CATEGORY_APPLICATION, priority, "cannot %s: %s", doing, reason);
}

void ui_log_sdl(const char *doing) { log_failure(SDL_LOG_PRIORITY_ERROR, doing, SDL_GetError()); }

void ui_log_sdl_warn(const char *doing)
{
    log_failure(SDL_LOG_PRIORITY_WARN, doing, SDL_GetError());
}

void ui_log_ttf(const char *doing) { log_failure(SDL_LOG_PRIORITY_ERROR, doing, TTF_GetError()); }
