/* The words for a status (svara/status.h): one table, so the game, the tool
 * and the tests name a failure the same way. */
#include "svara/status.h"

const char *sv_status_text(sv_Status st)
{
    switch (st) {
    case SV_OK: return "ok";
    case SV_ERR_INVALID: return "invalid data";
    case SV_ERR_IO: return "cannot read";
    case SV_ERR_NOMEM: return "out of memory";
    }
    return "unknown status";
}
