/* Diagnostics list: a growing array of located, plain-language problems.
 * Adding never fails loudly; a dropped message still counts as an error. */
#include "svara/diag.h"

#include <stdbool.h>
#include <stdint.h>
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
    list->warnings = 0;
}

/* Length of the UTF-8 sequence at s (1 to 4) and its code point, or 0 when
 * the bytes there are not UTF-8 (or the sequence is cut by the end). */
static size_t utf8_at(const unsigned char *s, uint32_t *cp)
{
    unsigned char c = s[0];
    size_t need = c < 0x80                ? 0
                  : c >= 0xC2 && c < 0xE0 ? 1
                  : c >= 0xE0 && c < 0xF0 ? 2
                  : c >= 0xF0 && c < 0xF5 ? 3
                                          : 9;
    if (need == 9) return 0;
    uint32_t v = need == 0 ? c : c & (0x3Fu >> need);
    for (size_t k = 1; k <= need; k++) {
        if ((s[k] & 0xC0) != 0x80) return 0; /* also stops at the NUL */
        v = (v << 6) | (s[k] & 0x3Fu);
    }
    static const uint32_t least[4] = {0, 0x80, 0x800, 0x10000};
    if (v < least[need] || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) return 0;
    *cp = v;
    return need + 1;
}

static bool must_escape(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

/* Copies src into dst (size bytes) escaped as sv_Diag promises; never cuts a
 * character or an escape in half. */
static void copy_field(char *dst, size_t size, const char *src)
{
    const unsigned char *s = (const unsigned char *)(src ? src : "");
    size_t n = 0;
    while (*s) {
        char esc[12];
        uint32_t cp = 0;
        size_t k = utf8_at(s, &cp), add;
        const char *from = (const char *)s;
        if (k == 0) {
            add = (size_t)snprintf(esc, sizeof esc, "\\x%02X", s[0]);
            from = esc;
            k = 1;
        } else if (must_escape(cp)) {
            add = (size_t)(cp == '\n'   ? snprintf(esc, sizeof esc, "\\n")
                           : cp == '\t' ? snprintf(esc, sizeof esc, "\\t")
                           : cp == '\r' ? snprintf(esc, sizeof esc, "\\r")
                                        : snprintf(esc, sizeof esc, "\\u%04x", (unsigned)cp));
            from = esc;
        } else {
            add = k;
        }
        if (n + add >= size) break;
        memcpy(dst + n, from, add);
        n += add;
        s += k;
    }
    dst[n] = '\0';
}

void sv_diag_tally(sv_DiagList *list, sv_Severity sev)
{
    if (sev == SV_SEV_ERROR)
        list->errors++;
    else
        list->warnings++;
}

void sv_diag_addv(sv_DiagList *list, sv_Severity sev, const char *file, const char *pointer,
                  int line, int column, const char *fmt, va_list ap)
{
    sv_diag_tally(list, sev);
    if (list->count == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 16;
        sv_Diag *items = realloc(list->items, cap * sizeof *items);
        if (!items) return;
        list->items = items;
        list->cap = cap;
    }
    char message[1024];
    vsnprintf(message, sizeof message, fmt, ap);
    sv_Diag *d = &list->items[list->count++];
    d->severity = sev;
    copy_field(d->file, sizeof d->file, file);
    copy_field(d->pointer, sizeof d->pointer, pointer);
    d->line = line;
    d->column = column;
    d->rule = 0;
    copy_field(d->message, sizeof d->message, message);
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
        return snprintf(buf, size, "%s%s: %s: %s: %s", d->file, where, sev, d->pointer, d->message);
    return snprintf(buf, size, "%s%s: %s: %s", d->file, where, sev, d->message);
}
