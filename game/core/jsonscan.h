/* Internal to the core: checks cJSON does not make (UTF-8, duplicate keys,
 * depth, trailing text) and maps JSON pointers back to line and column, since
 * cJSON keeps no positions. Works on the raw bytes of one file. */
#ifndef SVARA_JSONSCAN_H
#define SVARA_JSONSCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "svara/diag.h"

/* Parses `bytes` with cJSON after checking them; on success returns the tree
 * (caller frees with cJSON_Delete), on failure NULL with every problem found
 * (invalid UTF-8, syntax error, duplicate keys, nesting deeper than
 * SV_MAX_JSON_DEPTH, trailing garbage, file too large) added to diags, each
 * with line and column. */
struct cJSON;
struct cJSON *sv_json_parse(const char *file, const char *bytes, size_t len, sv_DiagList *diags);

/* Line and column (1-based, bytes) of the value at `pointer` (RFC 6901, "" is
 * the root). If the pointer does not resolve, the position of its deepest
 * existing ancestor is returned. False only when the text is not valid JSON. */
bool sv_json_locate(const char *bytes, size_t len, const char *pointer, int *line, int *column);

/* Adds a diagnostic located at `pointer` in the file's bytes. */
void sv_json_diag(sv_DiagList *diags, sv_Severity sev, const char *file, const char *bytes,
                  size_t len, const char *pointer, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

#endif
