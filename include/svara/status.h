/* What a core call that can fail returns: a status, and the words for it, so
 * a log line says "out of memory" rather than "status 3". */
#ifndef SVARA_STATUS_H
#define SVARA_STATUS_H

typedef enum { SV_OK = 0, SV_ERR_INVALID = 1, SV_ERR_IO = 2, SV_ERR_NOMEM = 3 } sv_Status;

/* "ok", "invalid data", "cannot read", "out of memory"; "unknown status" for
 * anything else. Never NULL; a static string. */
const char *sv_status_text(sv_Status st);

#endif
