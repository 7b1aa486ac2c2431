/* Diagnostics list: a growing array of located, plain-language problems.
 * Adding never fails loudly; a dropped message still counts as an error. */
#include "svara/diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sv_diag_init(sv_DiagList *list) { memset(list, 0, sizeof *list); }

void sv_diag_free(sv_DiagList *list)
{
    free(list->items);
    memset(list, 0, sizeof *list);
}

void sv_diag_clear(sv_DiagList *list)
{
    list->count = 0;
    list->errors = 0;
}

static void copy_field(char *dst, size_t size, const char *src)
{
    if (!src) src = "";
    size_t n = strlen(src);
    if (n >= size) n = size - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

void sv_diag_addv(sv_DiagList *list, sv_Severity sev, const char *file, const char *pointer,
                  int line, int column, const char *fmt, va_list ap)
{
    if (sev == SV_SEV_ERROR) list->errors++;
    if (list->count == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 16;
        sv_Diag *items = realloc(list->items, cap * sizeof *items);
        if (!items) return;
        list->items = items;
        list->cap = cap;
    }
    sv_Diag *d = &list->items[list->count++];
    d->severity = sev;
    copy_field(d->file, sizeof d->file, file);
    copy_field(d->pointer, sizeof d->pointer, pointer);
    d->line = line;
    d->column = column;
    vsnprintf(d->message, sizeof d->message, fmt, ap);
}

void sv_diag_add(sv_DiagList *list, sv_Severity sev, const char *file, const char *pointer,
                 int line, int column, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sv_diag_addv(list, sev, file, pointer, line, column, fmt, ap);
    va_end(ap);
}

int sv_diag_format(const sv_Diag *d, char *buf, size_t size)
{
    const char *sev = d->severity == SV_SEV_ERROR ? "error" : "warning";
    char where[64] = "";
    if (d->line > 0 && d->column > 0)
        snprintf(where, sizeof where, ":%d:%d", d->line, d->column);
    else if (d->line > 0)
        snprintf(where, sizeof where, ":%d", d->line);
    if (d->pointer[0])
        return snprintf(buf, size, "%s%s: %s: %s: %s", d->file, where, sev, d->pointer,
                        d->message);
    return snprintf(buf, size, "%s%s: %s: %s", d->file, where, sev, d->message);
}
