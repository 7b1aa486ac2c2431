/* Every JSON file Svara reads (packs, scoring models, replays, the game's
 * settings and UI strings, name lists) goes through these: the checks cJSON
 * does not make (UTF-8, duplicate keys, depth, trailing text, size), and
 * diagnostics located by line and column from a JSON pointer, since cJSON
 * keeps no positions. Works on the raw bytes of one file. */
#ifndef SVARA_JSON_H
#define SVARA_JSON_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "svara/diag.h"
#include "svara/limits.h"

/* Parses `bytes` with cJSON after checking them; on success returns the tree
 * (caller frees with cJSON_Delete), on failure NULL with every problem found
 * (invalid UTF-8, syntax error, duplicate keys, nesting deeper than
 * SV_MAX_JSON_DEPTH, trailing garbage, file too large) added to diags, each
 * with line and column. */
struct cJSON;
struct cJSON *sv_json_parse(const char *file, const char *bytes, size_t len, sv_DiagList *diags);

/* The document `root` as formatted JSON text with a final newline, in memory
 * the caller frees with free(); root is deleted either way. NULL (root
 * deleted) when root is NULL or memory runs out. `len` (may be NULL) gets the
 * text's length. */
char *sv_json_take_text(struct cJSON *root, size_t *len);

/* Line and column (1-based; the column counts characters, and a byte order
 * mark takes none) of the value at `pointer` (RFC 6901, "" is the root). If
 * the pointer does not resolve, the position of its deepest existing ancestor
 * is returned. False only when the text is not valid JSON. Builds a whole
 * index for one answer: for many, use an sv_JsonFile. */
bool sv_json_locate(const char *bytes, size_t len, const char *pointer, int *line, int *column);

/* base + "/" + key as an RFC 6901 pointer ("~" and "/" in the key escaped, so
 * the pointer stays one path), cut to fit `size`; "" as base gives "/key". */
void sv_json_pointer_key(char *buf, size_t size, const char *base, const char *key);

/* Adds a diagnostic located at `pointer` in the file's bytes (one-off). */
void sv_json_diag(sv_DiagList *diags, sv_Severity sev, const char *file, const char *bytes,
                  size_t len, const char *pointer, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;

/* ---- positions of one file, found in one pass (jsonindex.c) ---- */

/* Where every value and line of a file starts. Keeps a pointer to `bytes`,
 * which must outlive it. NULL only when out of memory; a text that is not
 * JSON still gives lines and columns, but no values. */
typedef struct sv_JsonIndex sv_JsonIndex;
sv_JsonIndex *sv_json_index_build(const char *bytes, size_t len);
void sv_json_index_free(sv_JsonIndex *ix);
/* Byte offset of the value at `pointer`, or of its deepest existing ancestor. */
bool sv_json_index_offset(const sv_JsonIndex *ix, const char *pointer, size_t *pos);
bool sv_json_index_locate(const sv_JsonIndex *ix, const char *pointer, int *line, int *column);
void sv_json_index_line_col(const sv_JsonIndex *ix, size_t pos, int *line, int *column);
const char *sv_json_index_bytes(const sv_JsonIndex *ix, size_t *len);

/* The located reporter every parser of one file shares: diagnostics located
 * through an index built at the first report, at most `max_reports` shown
 * (the rest counted, and one warning says reporting stopped). Callers ask
 * sv_json_file_quiet() before composing a costly message (suggestions, lists),
 * so a flood of bad values costs no more than the file's length. */
typedef struct sv_JsonFile {
    sv_DiagList *diags;
    const char *file; /* as diagnostics name it */
    const char *bytes;
    size_t len;
    sv_JsonIndex *index; /* heap, built on the first located report */
    bool index_failed;
    unsigned index_builds; /* 0 or 1: what keeps a flood of reports linear */
    size_t reports;        /* problems seen, shown or not */
    size_t max_reports;    /* shown at most */
    size_t errors;         /* errors among them */
} sv_JsonFile;

void sv_json_file_init(sv_JsonFile *f, const char *file, const char *bytes, size_t len,
                       size_t max_reports, sv_DiagList *diags);
void sv_json_file_free(sv_JsonFile *f);
bool sv_json_file_quiet(const sv_JsonFile *f);
bool sv_json_file_locate(sv_JsonFile *f, const char *pointer, int *line, int *column);
void sv_json_file_reportv(sv_JsonFile *f, sv_Severity sev, const char *pointer, const char *fmt,
                          va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 0)))
#endif
    ;
void sv_json_file_report(sv_JsonFile *f, sv_Severity sev, const char *pointer, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* The number at `pointer` as the author wrote it ("1000000001", not
 * "1e+09"); `value` formatted shortest when the text cannot be found. */
const char *sv_json_file_number(sv_JsonFile *f, const char *pointer, double value, char *buf,
                                size_t size);

#endif
