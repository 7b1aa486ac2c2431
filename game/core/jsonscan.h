/* Internal to the core: what the JSON scanner shares with its parsers. The
 * checked parse and the located reports every JSON file goes through are
 * public, in svara/json.h. */
#ifndef SVARA_JSONSCAN_H
#define SVARA_JSONSCAN_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "svara/diag.h"
#include "svara/json.h"
#include "svara/limits.h"

/* ---- shared with the scanner ---- */

/* Skips the string at s[*i] (its opening quote), decoding into out when not
 * NULL (room for the raw length). 0 on success with *i past the closing
 * quote; else the problem (1 unterminated, 2 control character, 3 bad escape,
 * 4 an escaped NUL) with *i at it. */
int sv_json_read_string(const unsigned char *s, size_t n, size_t *i, char *out, size_t *out_len);
/* Skips the object or array at s[*i]; false when it never closes. */
bool sv_json_skip_container(const unsigned char *s, size_t n, size_t *i);

/* Length of the valid UTF-8 sequence at s[i] (of n bytes), or 0 with *why set
 * to what is wrong ("an overlong encoding", ...). */
size_t sv_utf8_seq(const unsigned char *s, size_t n, size_t i, const char **why);

#endif
