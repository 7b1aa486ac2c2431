/* Positions in a JSON file, since cJSON keeps none: one pass over the bytes
 * records where every value starts (keyed by a hash of its JSON pointer) and
 * where every line starts, so each later report costs a binary search instead
 * of a walk over the whole file. Columns count characters, not bytes, and a
 * byte order mark takes no column. The located reporter on top caps how many
 * problems of one file are reported, so a flood of bad values stays linear. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonscan.h"

#define FNV_BASIS 1469598103934665603ull
#define FNV_PRIME 1099511628211ull

typedef struct Entry {
    uint64_t hash; /* of the value's JSON pointer as written (RFC 6901 escapes) */
    uint32_t pos;  /* byte offset of the value's first character */
} Entry;

struct sv_JsonIndex {
    const unsigned char *s;
    size_t n;
    size_t bom;   /* 3 when the file starts with a byte order mark */
    uint32_t *nl; /* offsets of every '\n' */
    size_t nl_count;
    Entry *entries; /* sorted by hash, then position */
    size_t count, cap;
    bool values; /* the walk over the values succeeded */
};

/* ---- lines and columns ------------------------------------------------------ */

static bool add_newlines(sv_JsonIndex *ix)
{
    size_t count = 0;
    for (size_t i = 0; i < ix->n; i++) count += ix->s[i] == '\n';
    ix->nl = malloc((count ? count : 1) * sizeof *ix->nl);
    if (!ix->nl) return false;
    for (size_t i = 0; i < ix->n; i++)
        if (ix->s[i] == '\n') ix->nl[ix->nl_count++] = (uint32_t)i;
    return true;
}

void sv_json_index_line_col(const sv_JsonIndex *ix, size_t pos, int *line, int *col)
{
    if (pos > ix->n) pos = ix->n;
    size_t lo = 0, hi = ix->nl_count; /* newlines before pos */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->nl[mid] < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t start = lo == 0 ? ix->bom : (size_t)ix->nl[lo - 1] + 1;
    int chars = 0;
    for (size_t i = start; i < pos; i++) chars += (ix->s[i] & 0xC0) != 0x80;
    *line = (int)lo + 1;
    *col = chars + 1;
}

/* ---- hashing pointers ---------------------------------------------------------- */

static uint64_t fnv(uint64_t h, unsigned char c) { return (h ^ c) * FNV_PRIME; }

/* The hash of `parent` + "/" + key, with '~' and '/' escaped as a pointer has them. */
static uint64_t hash_key(uint64_t h, const char *key, size_t len)
{
    h = fnv(h, '/');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)key[i];
        if (c == '~' || c == '/') {
            h = fnv(h, '~');
            h = fnv(h, c == '~' ? '0' : '1');
        } else {
            h = fnv(h, c);
        }
    }
    return h;
}

static uint64_t hash_index(uint64_t h, uint32_t index)
{
    char num[16];
    int n = snprintf(num, sizeof num, "%u", (unsigned)index);
    return hash_key(h, num, (size_t)n);
}

/* ---- the walk ------------------------------------------------------------------- */

static bool add_entry(sv_JsonIndex *ix, uint64_t hash, size_t pos)
{
    if (ix->count == ix->cap) {
        size_t cap = ix->cap ? ix->cap * 2 : 256;
        Entry *e = realloc(ix->entries, cap * sizeof *e);
        if (!e) return false;
        ix->entries = e;
        ix->cap = cap;
    }
    ix->entries[ix->count++] = (Entry){hash, (uint32_t)pos};
    return true;
}

static size_t ws(const unsigned char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
    return i;
}

/* Past a scalar (string, number or literal): false on broken text. */
static bool skip_scalar(const unsigned char *s, size_t n, size_t *i)
{
    if (*i < n && s[*i] == '"') return sv_json_read_string(s, n, i, NULL, NULL) == 0;
    size_t k = *i;
    while (k < n && s[k] != ',' && s[k] != '}' && s[k] != ']' && s[k] != ' ' && s[k] != '\t' &&
           s[k] != '\n' && s[k] != '\r' && s[k] != '{' && s[k] != '[' && s[k] != '"')
        k++;
    if (k == *i) return false;
    *i = k;
    return true;
}

typedef struct Level {
    uint64_t hash; /* the container's own pointer */
    uint32_t index;
    bool is_obj;
} Level;

/* Reads the key at s[*p] and the ':' after it; the member's hash goes to *h. */
static bool read_key(const sv_JsonIndex *ix, size_t *p, uint64_t parent, uint64_t *h, char *buf)
{
    size_t len = 0;
    if (*p >= ix->n || ix->s[*p] != '"') return false;
    if (sv_json_read_string(ix->s, ix->n, p, buf, &len) != 0) return false;
    *h = hash_key(parent, buf, len);
    *p = ws(ix->s, ix->n, *p);
    if (*p >= ix->n || ix->s[*p] != ':') return false;
    *p = ws(ix->s, ix->n, *p + 1);
    return true;
}

/* One pass over every value; past SV_MAX_JSON_DEPTH values are skipped and
 * found as their deepest indexed ancestor. */
static bool walk(sv_JsonIndex *ix, char *keybuf)
{
    const unsigned char *s = ix->s;
    size_t n = ix->n, depth = 0, p = ws(s, n, ix->bom);
    Level stack[SV_MAX_JSON_DEPTH];
    uint64_t h = FNV_BASIS;
    for (;;) {
        /* a value starts at p, its pointer hashes to h */
        if (p >= n || !add_entry(ix, h, p)) return false;
        unsigned char c = s[p];
        if ((c == '{' || c == '[') && depth < SV_MAX_JSON_DEPTH) {
            Level *lv = &stack[depth++];
            *lv = (Level){h, 0, c == '{'};
            p = ws(s, n, p + 1);
            if (p < n && s[p] == (c == '{' ? '}' : ']')) {
                p++;
                depth--;
            } else if (lv->is_obj) {
                if (!read_key(ix, &p, lv->hash, &h, keybuf)) return false;
                continue;
            } else {
                h = hash_index(lv->hash, 0);
                continue;
            }
        } else if (c == '{' || c == '[') {
            if (!sv_json_skip_container(s, n, &p)) return false;
        } else if (!skip_scalar(s, n, &p)) {
            return false;
        }
        /* after a value: the next member, the container's end, or the file's */
        for (;;) {
            p = ws(s, n, p);
            if (depth == 0) return true;
            Level *lv = &stack[depth - 1];
            if (p < n && s[p] == ',') {
                p = ws(s, n, p + 1);
                if (lv->is_obj) {
                    if (!read_key(ix, &p, lv->hash, &h, keybuf)) return false;
                } else {
                    h = hash_index(lv->hash, ++lv->index);
                }
                break;
            }
            if (p >= n || s[p] != (lv->is_obj ? '}' : ']')) return false;
            p++;
            depth--;
        }
    }
}

static int entry_cmp(const void *a, const void *b)
{
    const Entry *x = a, *y = b;
    if (x->hash != y->hash) return x->hash < y->hash ? -1 : 1;
    return (x->pos > y->pos) - (x->pos < y->pos);
}

sv_JsonIndex *sv_json_index_build(const char *bytes, size_t len)
{
    if (!bytes || len > UINT32_MAX) return NULL;
    sv_JsonIndex *ix = calloc(1, sizeof *ix);
    if (!ix) return NULL;
    ix->s = (const unsigned char *)bytes;
    ix->n = len;
    ix->bom = (len >= 3 && ix->s[0] == 0xEF && ix->s[1] == 0xBB && ix->s[2] == 0xBF) ? 3 : 0;
    char *keybuf = malloc(len + 1); /* a decoded key never outgrows the raw text */
    if (!keybuf || !add_newlines(ix)) {
        free(keybuf);
        sv_json_index_free(ix);
        return NULL;
    }
    ix->values = walk(ix, keybuf);
    free(keybuf);
    if (ix->values) qsort(ix->entries, ix->count, sizeof *ix->entries, entry_cmp);
    return ix;
}

void sv_json_index_free(sv_JsonIndex *ix)
{
    if (!ix) return;
    free(ix->nl);
    free(ix->entries);
    free(ix);
}

/* Offset of the first value whose pointer hashes to h, or -1. */
static long find(const sv_JsonIndex *ix, uint64_t h)
{
    size_t lo = 0, hi = ix->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->entries[mid].hash < h)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < ix->count && ix->entries[lo].hash == h ? (long)ix->entries[lo].pos : -1;
}

bool sv_json_index_offset(const sv_JsonIndex *ix, const char *pointer, size_t *pos)
{
    if (!ix || !ix->values) return false;
    /* the hash of every prefix that ends before a '/': the value, then its ancestors */
    uint64_t hashes[SV_MAX_JSON_DEPTH + 2];
    size_t levels = 0;
    uint64_t h = FNV_BASIS;
    const char *p = pointer ? pointer : "";
    hashes[levels++] = h;
    for (; *p; p++) {
        if (*p == '/' && p != pointer) {
            if (levels == SV_MAX_JSON_DEPTH + 1) break;
            hashes[levels++] = h;
        }
        h = fnv(h, (unsigned char)*p);
    }
    if (!*p && p != pointer && levels < SV_MAX_JSON_DEPTH + 2) hashes[levels++] = h;
    while (levels-- > 0) {
        long at = find(ix, hashes[levels]);
        if (at >= 0) {
            *pos = (size_t)at;
            return true;
        }
    }
    return false;
}

bool sv_json_index_locate(const sv_JsonIndex *ix, const char *pointer, int *line, int *column)
{
    size_t pos;
    *line = *column = 0;
    if (!sv_json_index_offset(ix, pointer, &pos)) return false;
    sv_json_index_line_col(ix, pos, line, column);
    return true;
}

const char *sv_json_index_bytes(const sv_JsonIndex *ix, size_t *len)
{
    *len = ix ? ix->n : 0;
    return ix ? (const char *)ix->s : "";
}

bool sv_json_locate(const char *bytes, size_t len, const char *pointer, int *line, int *column)
{
    sv_JsonIndex *ix = sv_json_index_build(bytes, len);
    bool ok = sv_json_index_locate(ix, pointer, line, column);
    sv_json_index_free(ix);
    return ok;
}

void sv_json_diag(sv_DiagList *diags, sv_Severity sev, const char *file, const char *bytes,
                  size_t len, const char *pointer, const char *fmt, ...)
{
    int line = 0, col = 0;
    if (!sv_json_locate(bytes, len, pointer, &line, &col)) line = col = 0;
    va_list ap;
    va_start(ap, fmt);
    sv_diag_addv(diags, sev, file, pointer, line, col, fmt, ap);
    va_end(ap);
}

/* ---- the located reporter ------------------------------------------------------ */

void sv_json_file_init(sv_JsonFile *f, const char *file, const char *bytes, size_t len,
                       size_t max_reports, sv_DiagList *diags)
{
    memset(f, 0, sizeof *f);
    f->file = file;
    f->bytes = bytes;
    f->len = len;
    f->max_reports = max_reports;
    f->diags = diags;
}

void sv_json_file_free(sv_JsonFile *f)
{
    sv_json_index_free(f->index);
    f->index = NULL;
}

bool sv_json_file_quiet(const sv_JsonFile *f) { return f->reports >= f->max_reports; }

bool sv_json_file_locate(sv_JsonFile *f, const char *pointer, int *line, int *column)
{
    if (!f->index && !f->index_failed) {
        f->index = sv_json_index_build(f->bytes, f->len);
        f->index_failed = f->index == NULL;
        f->index_builds++;
    }
    return sv_json_index_locate(f->index, pointer, line, column);
}

void sv_json_file_reportv(sv_JsonFile *f, sv_Severity sev, const char *pointer, const char *fmt,
                          va_list ap)
{
    if (sev == SV_SEV_ERROR) f->errors++;
    if (f->reports >= f->max_reports) {
        /* past the cap a problem is counted, never shown: a warning says so once */
        if (f->reports++ == f->max_reports)
            sv_diag_add(f->diags, SV_SEV_WARNING, f->file, "", 0, 0,
                        "too many problems in this file; stopped reporting after %zu",
                        f->max_reports);
        sv_diag_tally(f->diags, sev);
        return;
    }
    f->reports++;
    int line = 0, col = 0;
    if (!sv_json_file_locate(f, pointer, &line, &col)) line = col = 0;
    sv_diag_addv(f->diags, sev, f->file, pointer, line, col, fmt, ap);
}

void sv_json_file_report(sv_JsonFile *f, sv_Severity sev, const char *pointer, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sv_json_file_reportv(f, sev, pointer, fmt, ap);
    va_end(ap);
}

const char *sv_json_file_number(sv_JsonFile *f, const char *pointer, double value, char *buf,
                                size_t size)
{
    int line, col;
    size_t pos, len;
    if (sv_json_file_locate(f, pointer, &line, &col) &&
        sv_json_index_offset(f->index, pointer, &pos)) {
        const char *s = sv_json_index_bytes(f->index, &len);
        size_t end = pos;
        while (end < len && end - pos < 40 && s[end] && strchr("+-.0123456789eE", s[end])) end++;
        if (end > pos && (s[pos] == '-' || (s[pos] >= '0' && s[pos] <= '9'))) {
            snprintf(buf, size, "%.*s", (int)(end - pos), s + pos);
            return buf;
        }
    }
    /* no text to quote: the shortest form that reads back as the same number */
    for (int digits = 1; digits <= 17; digits++) {
        snprintf(buf, size, "%.*g", digits, value);
        if (strtod(buf, NULL) == value) break;
    }
    return buf;
}

void sv_json_pointer_key(char *buf, size_t size, const char *base, const char *key)
{
    size_t n = (size_t)snprintf(buf, size, "%s/", base);
    for (const char *k = key; *k && n + 3 < size; k++) {
        if (*k == '~' || *k == '/') {
            buf[n++] = '~';
            buf[n++] = *k == '~' ? '0' : '1';
        } else {
            buf[n++] = *k;
        }
    }
    buf[n < size ? n : size - 1] = '\0';
}
