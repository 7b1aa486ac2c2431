/* Checks on the raw bytes of a JSON file that cJSON does not make (UTF-8,
 * duplicate keys, depth, trailing text, located syntax errors), then the
 * cJSON parse itself; and the map from a JSON pointer back to line and
 * column, since cJSON trees keep no positions. */
#include "jsonscan.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svara/limits.h"

/* A flood of duplicate keys (a fuzzer's favourite) would otherwise cost one
 * position lookup per report over the whole file. */
#define MAX_SCAN_REPORTS 50

typedef struct Key {
    const char *name; /* decoded, in Scan.keybuf */
    size_t len;
    size_t pos; /* byte offset of the key's opening quote */
} Key;

typedef struct Frame {
    bool is_obj;
    size_t open_pos;
    uint32_t index;  /* arrays: index of the current element */
    const char *key; /* objects: the current member's key */
    size_t key_len;
    size_t keys_start;  /* first of this object's keys in Scan.keys */
    size_t keybuf_mark; /* Scan.keybuf_used when the object opened */
} Frame;

typedef struct Scan {
    const char *file;
    const unsigned char *s;
    size_t n, p;
    sv_DiagList *diags;
    Frame stack[SV_MAX_JSON_DEPTH];
    size_t depth;
    Key *keys;
    size_t key_count, key_cap;
    char *keybuf; /* decoded keys never outgrow the raw text */
    size_t keybuf_used;
    int reports;
    bool deep_reported;
    bool bad;
    sv_JsonIndex *lines; /* for line and column of reports */
    bool lines_failed;
} Scan;

/* ---- positions ------------------------------------------------------------- */

/* Lines are indexed at the first report only: a clean file costs nothing. */
static void scan_line_col(Scan *sc, size_t pos, int *line, int *col)
{
    if (!sc->lines && !sc->lines_failed) {
        sc->lines = sv_json_index_build((const char *)sc->s, sc->n);
        sc->lines_failed = sc->lines == NULL;
    }
    if (sc->lines)
        sv_json_index_line_col(sc->lines, pos, line, col);
    else
        *line = *col = 0;
}

static size_t skip_bom(const unsigned char *s, size_t n)
{
    return (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) ? 3 : 0;
}

static void scan_report(Scan *sc, size_t pos, const char *pointer, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static void scan_report(Scan *sc, size_t pos, const char *pointer, const char *fmt, ...)
{
    sc->bad = true;
    if (++sc->reports > MAX_SCAN_REPORTS) {
        if (sc->reports == MAX_SCAN_REPORTS + 1)
            sv_diag_add(sc->diags, SV_SEV_ERROR, sc->file, "", 0, 0,
                        "too many problems in this file; stopped reporting after %d",
                        MAX_SCAN_REPORTS);
        else
            sv_diag_tally(sc->diags, SV_SEV_ERROR);
        return;
    }
    int line, col;
    scan_line_col(sc, pos, &line, &col);
    va_list ap;
    va_start(ap, fmt);
    sv_diag_addv(sc->diags, SV_SEV_ERROR, sc->file, pointer, line, col, fmt, ap);
    va_end(ap);
}

/* How to show an unexpected byte in a message. */
static const char *show_byte(unsigned char c, char buf[16])
{
    if (c >= 0x21 && c < 0x7F)
        snprintf(buf, 16, "'%c'", c);
    else
        snprintf(buf, 16, "byte 0x%02X", c);
    return buf;
}

/* ---- UTF-8 ------------------------------------------------------------------- */

size_t sv_utf8_seq(const unsigned char *s, size_t n, size_t i, const char **why)
{
    unsigned char c = s[i];
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) return 1;
    if (c >= 0x80 && c < 0xC0) {
        *why = "a continuation byte with no lead byte";
        return 0;
    }
    if (c < 0xC2) {
        *why = "an overlong encoding";
        return 0;
    }
    if (c < 0xE0) {
        need = 1;
    } else if (c < 0xF0) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c < 0xF5) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *why = c < 0xF8 ? "a code point above U+10FFFF" : "nothing: it never appears in UTF-8";
        return 0;
    }
    for (size_t k = 1; k <= need; k++) {
        if (i + k >= n || s[i + k] < 0x80 || s[i + k] > 0xBF) {
            *why = "a multi-byte sequence cut short";
            return 0;
        }
        if (k == 1 && (s[i + 1] < lo || s[i + 1] > hi)) {
            *why = c == 0xE0 || c == 0xF0 ? "an overlong encoding"
                   : c == 0xED            ? "a UTF-16 surrogate"
                                          : "a code point above U+10FFFF";
            return 0;
        }
    }
    return need + 1;
}

static void check_utf8(Scan *sc)
{
    for (size_t i = 0; i < sc->n;) {
        const char *why = "";
        size_t k = sv_utf8_seq(sc->s, sc->n, i, &why);
        if (k == 0) {
            scan_report(sc, i, "", "invalid UTF-8: byte 0x%02X starts %s; save the file as UTF-8",
                        sc->s[i], why);
            return;
        }
        i += k;
    }
}

/* ---- strings --------------------------------------------------------------- */

static int hex4(const unsigned char *s, size_t n, size_t at)
{
    if (at + 4 > n) return -1;
    int v = 0;
    for (size_t k = 0; k < 4; k++) {
        unsigned char c = s[at + k];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

static size_t put_utf8(char *out, uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Reads the escape after a backslash at s[*i] (pointing at the letter);
 * writes its bytes to out (room for 4) and returns how many, or -1. */
static int read_escape(const unsigned char *s, size_t n, size_t *i, char *out)
{
    static const char plain[] = "\"\\/bfnrt", meant[] = "\"\\/\b\f\n\r\t";
    unsigned char c = s[*i];
    const char *hit = c ? strchr(plain, c) : NULL;
    if (hit) {
        out[0] = meant[hit - plain];
        (*i)++;
        return 1;
    }
    if (c != 'u') return -1;
    int hi = hex4(s, n, *i + 1);
    if (hi < 0) return -1;
    *i += 5;
    uint32_t cp = (uint32_t)hi;
    if (hi == 0) return -2; /* it would end the string early in C */
    if (hi >= 0xDC00 && hi <= 0xDFFF) return -1;
    if (hi >= 0xD800 && hi <= 0xDBFF) {
        int lo = (*i + 1 < n && s[*i] == '\\' && s[*i + 1] == 'u') ? hex4(s, n, *i + 2) : -1;
        if (lo < 0xDC00 || lo > 0xDFFF) return -1;
        *i += 6;
        cp = 0x10000 + (((uint32_t)hi - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
    }
    return (int)put_utf8(out, cp);
}

int sv_json_read_string(const unsigned char *s, size_t n, size_t *i, char *out, size_t *out_len)
{
    size_t k = *i + 1, len = 0;
    for (;;) {
        if (k >= n) return 1;
        unsigned char c = s[k];
        if (c == '"') break;
        if (c < 0x20) {
            *i = k;
            return 2;
        }
        if (c == '\\') {
            char buf[4];
            size_t at = k;
            k++;
            int m = k < n ? read_escape(s, n, &k, buf) : -1;
            if (m < 0) {
                *i = at;
                return m == -2 ? 4 : 3;
            }
            if (out) memcpy(out + len, buf, (size_t)m);
            len += (size_t)m;
            continue;
        }
        if (out) out[len] = (char)c;
        len++;
        k++;
    }
    if (out_len) *out_len = len;
    *i = k + 1;
    return 0;
}

static size_t frames_pointer(const Scan *sc, size_t frames, char *out, size_t cap);

/* A bad string is named by its pointer: a value's own, or for a key the
 * object's it is in (the key's name cannot be trusted yet). */
static bool scan_string(Scan *sc, char *out, size_t *out_len, bool key)
{
    size_t at = sc->p;
    int why = sv_json_read_string(sc->s, sc->n, &sc->p, out, out_len);
    char ptr[256] = "";
    if (why != 0 && (sc->depth > 0 || !key))
        frames_pointer(sc, key ? sc->depth - 1 : sc->depth, ptr, sizeof ptr);
    if (why == 1)
        scan_report(sc, at, ptr, "this string never ends: a closing '\"' is missing");
    else if (why == 2)
        scan_report(sc, sc->p, ptr,
                    "control character 0x%02X inside a string; write it as an escape such as "
                    "\\n or \\t",
                    sc->s[sc->p]);
    else if (why == 3)
        scan_report(sc, sc->p, ptr,
                    "invalid escape in a string; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or "
                    "\\uXXXX (surrogates only in pairs)");
    else if (why == 4)
        scan_report(sc, sc->p, ptr,
                    "\\u0000 (the NUL character) is not allowed in a string: it would cut the "
                    "text short there");
    return why == 0;
}

/* ---- scalars ----------------------------------------------------------------- */

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static bool scan_number(Scan *sc)
{
    const unsigned char *s = sc->s;
    size_t k = sc->p, n = sc->n;
    if (k < n && s[k] == '-') k++;
    if (k < n && s[k] == '0')
        k++;
    else if (k < n && is_digit(s[k]))
        while (k < n && is_digit(s[k])) k++;
    else
        goto bad;
    if (k < n && s[k] == '.') {
        k++;
        if (k >= n || !is_digit(s[k])) goto bad;
        while (k < n && is_digit(s[k])) k++;
    }
    if (k < n && (s[k] == 'e' || s[k] == 'E')) {
        k++;
        if (k < n && (s[k] == '+' || s[k] == '-')) k++;
        if (k >= n || !is_digit(s[k])) goto bad;
        while (k < n && is_digit(s[k])) k++;
    }
    if (k < n && (is_digit(s[k]) || s[k] == '.' || s[k] == 'x' || s[k] == 'X')) goto bad;
    sc->p = k;
    return true;
bad:
    scan_report(sc, sc->p, "",
                "invalid number; write numbers like 12, -3 or 0.5 (no leading zeros, '+' "
                "signs or hex)");
    return false;
}

static bool scan_scalar(Scan *sc)
{
    static const char *const words[] = {"true", "false", "null"};
    unsigned char c = sc->s[sc->p];
    if (c == '"') return scan_string(sc, NULL, NULL, false);
    if (c == '-' || is_digit(c)) return scan_number(sc);
    for (size_t w = 0; w < 3; w++) {
        size_t len = strlen(words[w]);
        if (sc->n - sc->p >= len && memcmp(sc->s + sc->p, words[w], len) == 0) {
            sc->p += len;
            return true;
        }
    }
    char buf[16];
    if (c == '\'')
        scan_report(sc, sc->p, "", "strings take double quotes (\"), not single quotes");
    else
        scan_report(sc, sc->p, "",
                    "unexpected %s; expected a value: a string in double quotes, a number, "
                    "true, false, null, an object or an array",
                    show_byte(c, buf));
    return false;
}

static void skip_ws(Scan *sc)
{
    while (sc->p < sc->n) {
        unsigned char c = sc->s[sc->p];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        sc->p++;
    }
}

/* ---- structure ----------------------------------------------------------- */

static void append_segment(char *out, size_t cap, size_t *len, const char *seg, size_t seg_len)
{
    if (*len + 1 < cap) out[(*len)++] = '/';
    for (size_t i = 0; i < seg_len && *len + 2 < cap; i++) {
        if (seg[i] == '~' || seg[i] == '/') {
            out[(*len)++] = '~';
            out[(*len)++] = seg[i] == '~' ? '0' : '1';
        } else {
            out[(*len)++] = seg[i];
        }
    }
    out[*len] = '\0';
}

/* The pointer of the values the first `frames` open containers are at. */
static size_t frames_pointer(const Scan *sc, size_t frames, char *out, size_t cap)
{
    size_t len = 0;
    out[0] = '\0';
    for (size_t d = 0; d < frames; d++) {
        const Frame *f = &sc->stack[d];
        if (f->is_obj) {
            append_segment(out, cap, &len, f->key, f->key_len);
        } else {
            char num[16];
            int m = snprintf(num, sizeof num, "%u", (unsigned)f->index);
            append_segment(out, cap, &len, num, (size_t)m);
        }
    }
    return len;
}

/* Pointer of the member `name` of the innermost open object. */
static void member_pointer(const Scan *sc, const char *name, size_t name_len, char *out, size_t cap)
{
    size_t len = frames_pointer(sc, sc->depth - 1, out, cap);
    append_segment(out, cap, &len, name, name_len);
}

static int key_cmp(const void *a, const void *b)
{
    const Key *x = a, *y = b;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    int c = memcmp(x->name, y->name, x->len);
    if (c) return c;
    return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* Sorting puts equal keys side by side, first occurrence first: linear after
 * n log n even for objects with thousands of members. */
static void check_duplicates(Scan *sc, const Frame *f)
{
    Key *k = sc->keys + f->keys_start;
    size_t count = sc->key_count - f->keys_start;
    if (count < 2) return;
    qsort(k, count, sizeof *k, key_cmp);
    for (size_t i = 1; i < count; i++) {
        size_t first = i - 1;
        while (i < count && k[i].len == k[first].len &&
               memcmp(k[i].name, k[first].name, k[i].len) == 0) {
            char ptr[256];
            int line = 0, col = 0;
            if (sc->reports < MAX_SCAN_REPORTS) { /* past the cap only the count matters */
                member_pointer(sc, k[i].name, k[i].len, ptr, sizeof ptr);
                scan_line_col(sc, k[first].pos, &line, &col);
            }
            scan_report(sc, k[i].pos, ptr,
                        "duplicate key \"%.*s\" (first at line %d, column %d); a key may "
                        "appear once per object",
                        (int)(k[i].len > 60 ? 60 : k[i].len), k[i].name, line, col);
            i++;
        }
    }
}

static bool scan_key(Scan *sc)
{
    Frame *f = &sc->stack[sc->depth - 1];
    char buf[16];
    skip_ws(sc);
    if (sc->p >= sc->n) {
        scan_report(sc, sc->p, "", "the file ends where a key was expected");
        return false;
    }
    if (sc->s[sc->p] == '}') {
        scan_report(sc, sc->p, "", "a comma before '}' with no member after it; remove the comma");
        return false;
    }
    if (sc->s[sc->p] != '"') {
        scan_report(sc, sc->p, "", "expected a key in double quotes, found %s",
                    show_byte(sc->s[sc->p], buf));
        return false;
    }
    if (sc->key_count == sc->key_cap) {
        size_t cap = sc->key_cap ? sc->key_cap * 2 : 64;
        Key *keys = realloc(sc->keys, cap * sizeof *keys);
        if (!keys) {
            scan_report(sc, sc->p, "", "out of memory while checking keys");
            return false;
        }
        sc->keys = keys;
        sc->key_cap = cap;
    }
    Key *k = &sc->keys[sc->key_count];
    k->pos = sc->p;
    k->name = sc->keybuf + sc->keybuf_used;
    if (!scan_string(sc, sc->keybuf + sc->keybuf_used, &k->len, true)) return false;
    sc->keybuf_used += k->len;
    sc->key_count++;
    f->key = k->name;
    f->key_len = k->len;
    skip_ws(sc);
    if (sc->p >= sc->n || sc->s[sc->p] != ':') {
        scan_report(sc, sc->p, "", "expected ':' after the key \"%.*s\"",
                    (int)(k->len > 60 ? 60 : k->len), k->name);
        return false;
    }
    sc->p++;
    return true;
}

/* Past the nesting limit the value is only skipped, so the rest of the file
 * still gets checked without an unbounded stack. */
bool sv_json_skip_container(const unsigned char *s, size_t n, size_t *i)
{
    size_t k = *i, depth = 0;
    while (k < n) {
        unsigned char c = s[k];
        if (c == '"') {
            if (sv_json_read_string(s, n, &k, NULL, NULL) != 0) return false;
            continue;
        }
        if (c == '{' || c == '[') depth++;
        if (c == '}' || c == ']') {
            if (depth == 0) return false;
            if (--depth == 0) {
                *i = k + 1;
                return true;
            }
        }
        k++;
    }
    return false;
}

static bool open_container(Scan *sc)
{
    bool is_obj = sc->s[sc->p] == '{';
    if (sc->depth == SV_MAX_JSON_DEPTH) {
        char ptr[256];
        frames_pointer(sc, sc->depth, ptr, sizeof ptr);
        if (!sc->deep_reported)
            scan_report(sc, sc->p, ptr,
                        "nesting is deeper than %u levels of objects and arrays; flatten the "
                        "data",
                        SV_MAX_JSON_DEPTH);
        sc->deep_reported = true;
        sc->bad = true;
        size_t at = sc->p;
        if (!sv_json_skip_container(sc->s, sc->n, &sc->p)) {
            scan_report(sc, at, "", "this %s is never closed", is_obj ? "object" : "array");
            return false;
        }
        return true;
    }
    Frame *f = &sc->stack[sc->depth++];
    memset(f, 0, sizeof *f);
    f->is_obj = is_obj;
    f->open_pos = sc->p;
    f->keys_start = sc->key_count;
    f->keybuf_mark = sc->keybuf_used;
    sc->p++;
    skip_ws(sc);
    if (sc->p < sc->n && sc->s[sc->p] == (is_obj ? '}' : ']')) {
        sc->p++;
        sc->depth--;
        return true;
    }
    if (is_obj) return scan_key(sc);
    return true;
}

static void close_container(Scan *sc)
{
    Frame *f = &sc->stack[sc->depth - 1];
    if (f->is_obj) check_duplicates(sc, f);
    sc->key_count = f->keys_start;
    sc->keybuf_used = f->keybuf_mark;
    sc->depth--;
}

/* After a value inside a container: a comma and the next member, or the end. */
static int after_value(Scan *sc)
{
    Frame *f = &sc->stack[sc->depth - 1];
    char close = f->is_obj ? '}' : ']', buf[16];
    if (sc->p >= sc->n) {
        scan_report(sc, f->open_pos, "", "this %s is never closed: '%c' is missing",
                    f->is_obj ? "object" : "array", close);
        return -1;
    }
    unsigned char c = sc->s[sc->p];
    if (c == close) {
        sc->p++;
        close_container(sc);
        return 0; /* still after a value, one level up */
    }
    if (c != ',') {
        scan_report(sc, sc->p, "", "expected ',' or '%c' here, found %s", close, show_byte(c, buf));
        return -1;
    }
    sc->p++;
    if (f->is_obj) return scan_key(sc) ? 1 : -1;
    f->index++;
    skip_ws(sc);
    if (sc->p < sc->n && sc->s[sc->p] == ']') {
        scan_report(sc, sc->p, "", "a comma before ']' with no value after it; remove the comma");
        return -1;
    }
    return 1; /* a value is next */
}

static void check_structure(Scan *sc)
{
    bool need_value = true;
    skip_ws(sc);
    if (sc->p >= sc->n) {
        scan_report(sc, sc->p, "", "the file is empty; expected a JSON object");
        return;
    }
    for (;;) {
        skip_ws(sc);
        if (need_value) {
            if (sc->p >= sc->n) {
                scan_report(sc, sc->p, "", "the file ends where a value was expected");
                return;
            }
            unsigned char c = sc->s[sc->p];
            size_t before = sc->depth;
            bool ok = (c == '{' || c == '[') ? open_container(sc) : scan_scalar(sc);
            if (!ok) return;
            need_value = sc->depth > before; /* a non-empty container was opened */
            continue;
        }
        if (sc->depth == 0) break;
        int r = after_value(sc);
        if (r < 0) return;
        need_value = r == 1;
    }
    if (sc->p < sc->n)
        scan_report(sc, sc->p, "",
                    "unexpected text after the end of the JSON value; a file holds one value");
}

/* ---- the public entry points -------------------------------------------- */

struct cJSON *sv_json_parse(const char *file, const char *bytes, size_t len, sv_DiagList *diags)
{
    if (len > SV_MAX_FILE_BYTES) {
        sv_diag_add(diags, SV_SEV_ERROR, file, "", 0, 0,
                    "the file is %zu bytes; the limit is %u bytes (1 MiB)", len, SV_MAX_FILE_BYTES);
        return NULL;
    }
    Scan sc;
    memset(&sc, 0, sizeof sc);
    sc.file = file;
    sc.s = (const unsigned char *)(bytes ? bytes : "");
    sc.n = bytes ? len : 0;
    sc.diags = diags;
    sc.keybuf = malloc(sc.n + 1);
    if (!sc.keybuf) {
        sv_diag_add(diags, SV_SEV_ERROR, file, "", 0, 0, "out of memory reading the file");
        return NULL;
    }
    check_utf8(&sc);
    sc.p = skip_bom(sc.s, sc.n);
    check_structure(&sc);
    free(sc.keys);
    free(sc.keybuf);
    if (sc.bad) {
        sv_json_index_free(sc.lines);
        return NULL;
    }

    size_t bom = skip_bom(sc.s, sc.n);
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(bytes + bom, len - bom, &end, 0);
    if (!root) {
        /* our own scan accepted it, so this is cJSON's limit, not the author's */
        const char *at = cJSON_GetErrorPtr();
        size_t pos = (at && at >= bytes && at <= bytes + len) ? (size_t)(at - bytes) : 0;
        int line, col;
        scan_line_col(&sc, pos, &line, &col);
        sv_diag_add(diags, SV_SEV_ERROR, file, "", line, col, "the JSON parser rejected this");
    }
    sv_json_index_free(sc.lines);
    return root;
}

char *sv_json_take_text(cJSON *root, size_t *len)
{
    char *text = root ? cJSON_Print(root) : NULL;
    cJSON_Delete(root);
    if (!text) return NULL;
    /* cJSON may use other allocation hooks; the caller frees with free() */
    size_t n = strlen(text);
    char *out = malloc(n + 2);
    if (out) {
        memcpy(out, text, n);
        out[n] = '\n';
        out[n + 1] = '\0';
        if (len) *len = n + 1;
    }
    cJSON_free(text);
    return out;
}
