/* What the front end does when something goes wrong: its always-on assert for
 * programmer errors (ui.h), and one line in the log, with SDL's or SDL_ttf's
 * own reason, for a call that failed. */
#include "ui.h"

#include <stdlib.h>

_Noreturn void ui_assert_fail(const char *file, int line, const char *expr)
{
    SDL_LogCritical(SDL_LOG_CATEGORY_APPLICATION, "%s:%d: assertion failed: %s", file, line, expr);
    abort();
}
