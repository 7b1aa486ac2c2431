/* Diagnostics: what went wrong in a pack, where, in words an author can act on.
 * Loaders collect every problem of a pack into one list; the game, the tool and
 * the tests all print them with sv_diag_format(). */
#ifndef SVARA_DIAG_H
#define SVARA_DIAG_H

#include <stdarg.h>
#include <stddef.h>

typedef enum { SV_SEV_ERROR = 0, SV_SEV_WARNING = 1 } sv_Severity;

typedef struct sv_Diag {
    sv_Severity severity;
    char file[256];    /* path as the author knows it, e.g. "sample/scenarios/parcel.json" */
    char pointer[256]; /* RFC 6901 JSON pointer of the bad value, "" for the whole file */
    int line;          /* 1-based; 0 when unknown */
    int column;        /* 1-based, in characters; 0 when unknown */
    char message[320]; /* plain language: what is wrong and, where possible, what would be right */
    int rule;          /* the check that found it (svara/lint.h sv_RuleId); 0 for the loader's */
} sv_Diag;
/* The text fields are stored escaped: control characters (a newline, ESC...),
 * C1 controls, bidirectional overrides and bytes that are not UTF-8 become
 * "\n", "\u001b", "\xFF"..., so a key or id from a pack can neither forge a
 * line of output nor drive the terminal it is printed on. */

typedef struct sv_DiagList {
    sv_Diag *items; /* heap; owned by the list */
    size_t count;
    size_t cap;
    size_t errors;   /* errors counted, whether kept in items or not */
    size_t warnings; /* warnings counted, whether kept in items or not */
} sv_DiagList;

void sv_diag_init(sv_DiagList *list);
void sv_diag_free(sv_DiagList *list);
void sv_diag_clear(sv_DiagList *list);

/* Adds one diagnostic. Never fails: on allocation failure the message is dropped
 * but `errors` still counts it, so a pack is never reported clean by mistake. */
void sv_diag_add(sv_DiagList *list, sv_Severity sev, const char *file, const char *pointer,
                 int line, int column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 8)))
#endif
    ;
void sv_diag_addv(sv_DiagList *list, sv_Severity sev, const char *file, const char *pointer,
                  int line, int column, const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 7, 0)))
#endif
    ;

/* Counts a problem that is not kept (past a file's cap on reports). */
void sv_diag_tally(sv_DiagList *list, sv_Severity sev);

/* "file:line:column: error: /pointer: message" (pointer part left out when empty,
 * line and column left out when 0). Returns the length snprintf would have written. */
int sv_diag_format(const sv_Diag *d, char *buf, size_t size);

#endif
