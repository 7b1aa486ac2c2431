/* A pack's .zip checked before PhysicsFS sees it. PhysicsFS 3.0.2 builds its
 * tree in time that grows faster than the entries, checks no CRC, and names
 * most problems with one word ("corrupted", "unsupported"); here the end
 * record and the central directory are read with plain reads, the entries
 * counted against SV_MAX_PACK_ENTRIES before any is read, and every problem
 * is said in words that name the zip and the entry. */
#define _POSIX_C_SOURCE 200809L

#include "zipscan.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "svara/limits.h"

#define SIG_LOCAL 0x04034b50u
#define SIG_CENTRAL 0x02014b50u
#define SIG_END 0x06054b50u
#define SIG_END64 0x06064b50u
#define SIG_LOCATOR 0x07064b50u
#define LOCAL_BYTES 30u
#define CENTRAL_BYTES 46u
#define END_BYTES 22u
#define LOCATOR_BYTES 20u
#define END64_BYTES 56u
#define MAX_FIELD 65535u
/* one central entry without its comment (header, name, extra) always fits */
#define WINDOW (CENTRAL_BYTES + 2u * MAX_FIELD + 1024u)
/* entry problems listed per zip: a zip of 4096 broken entries gets a count */
#define MAX_REPORTS 20u
#define FLAG_ENCRYPTED 0x0001u
#define FLAG_DESCRIPTOR 0x0008u /* sizes and CRC follow the data, the local header has zeros */
#define FLAG_STRONG 0x0040u
#define METHOD_AES 99u
#define ZIP_MAKE_IT "cd pack && zip -r ../pack.zip ."

typedef struct Zip {
    int fd;
    uint64_t size;
    const char *file;
    sv_DiagList *diags;
    unsigned char *win; /* WINDOW bytes of the central directory */
    uint64_t win_at;
    size_t win_len;
    unsigned char *scratch; /* a local header's name */
    char *names;            /* every entry's name, NUL after each */
    size_t names_len, names_cap;
    size_t reports, unlisted;
    size_t dot_slash; /* entries named "./..." */
    char dot_example[100];
    bool bad;
} Zip;

/* Where the end record says the central directory is. */
typedef struct End {
    uint64_t entries, cd_at, cd_size;
    uint64_t records_at; /* the zip64 end record or the end record: the directory ends here */
} End;

/* One entry while the directory is read; the name is at names + name_at. */
typedef struct Raw {
    size_t name_at, name_len;
    uint64_t offset, data_at, data_end, csize, usize;
    uint32_t crc, index;
    bool dir, symlink, skip; /* skip: no name, or an unsafe one: never found */
} Raw;

static uint16_t le16(const unsigned char *p) { return (uint16_t)(p[0] | p[1] << 8); }
static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint64_t le64(const unsigned char *p) { return le32(p) | (uint64_t)le32(p + 4) << 32; }

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void
say(Zip *z, sv_Severity sev, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sv_diag_addv(z->diags, sev, z->file, "", 0, 0, fmt, ap);
    va_end(ap);
    if (sev == SV_SEV_ERROR) z->bad = true;
}

/* An entry's problem: listed up to MAX_REPORTS, counted after that. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void
entry_says(Zip *z, sv_Severity sev, const char *fmt, ...)
{
    if (sev == SV_SEV_ERROR) z->bad = true;
    if (z->reports >= MAX_REPORTS) {
        z->unlisted++;
        return;
    }
    z->reports++;
    va_list ap;
    va_start(ap, fmt);
    sv_diag_addv(z->diags, sev, z->file, "", 0, 0, fmt, ap);
    va_end(ap);
}

/* An entry's name fit to print: control bytes shown as '?', long names cut. */
static const char *shown(const char *name, size_t len, char out[100])
{
    size_t n = len > 80 ? 80 : len, k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)name[i];
        out[k++] = c < 0x20 || c == 0x7f ? '?' : (char)c;
    }
    if (len > n) memcpy(out + k, "...", 3), k += 3;
    out[k] = '\0';
    return out;
}

static bool read_at(const Zip *z, uint64_t at, void *buf, size_t n)
{
    if (at > z->size || n > z->size - at) return false;
    size_t got = 0;
    while (got < n) {
        ssize_t r = pread(z->fd, (char *)buf + got, n - got, (off_t)(at + got));
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) return false;
        got += (size_t)r;
    }
    return true;
}

/* n bytes (n <= WINDOW) at `at` through the window; NULL past the file's end. */
static const unsigned char *peek(Zip *z, uint64_t at, size_t n)
{
    if (at >= z->win_at && n <= z->win_len && at - z->win_at <= z->win_len - n)
        return z->win + (at - z->win_at);
    if (at > z->size || n > z->size - at) return NULL;
    size_t len = z->size - at < WINDOW ? (size_t)(z->size - at) : WINDOW;
    if (!read_at(z, at, z->win, len)) return NULL;
    z->win_at = at;
    z->win_len = len;
    return z->win;
}

/* ---- the end record ------------------------------------------------------------ */

/* Why there is no end record, in words: empty, cut short, JSON, something else. */
static void no_end(Zip *z, bool signature_seen)
{
    unsigned char head[8] = {0};
    size_t n = z->size < sizeof head ? (size_t)z->size : sizeof head;
    (void)read_at(z, 0, head, n);
    size_t i = 0;
    while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) i++;
    if (signature_seen)
        say(z, SV_SEV_ERROR,
            "the zip's end record does not reach the end of the file: something was added after "
            "the zip, or it is damaged; make the zip again");
    else if (n >= 4 && le32(head) == SIG_LOCAL)
        say(z, SV_SEV_ERROR,
            "the zip is cut short: it starts like a zip, but the directory every zip ends with is "
            "missing (was a download or copy interrupted?); make or copy it again");
    else if (i < n && (head[i] == '{' || head[i] == '['))
        say(z, SV_SEV_ERROR,
            "this is not a zip but looks like a JSON file; a pack is a folder holding pack.json, "
            "or a .zip of that folder's contents");
    else
        say(z, SV_SEV_ERROR,
            "this is not a zip file (there is no zip directory at its end); a pack is a folder "
            "holding pack.json, or a .zip of that folder's contents");
}

/* The end record: the last signature whose comment reaches the file's end. */
static bool find_end(Zip *z, uint64_t *at, unsigned char rec[END_BYTES])
{
    size_t tail = z->size < END_BYTES + MAX_FIELD ? (size_t)z->size : END_BYTES + MAX_FIELD;
    unsigned char *buf = malloc(tail ? tail : 1);
    if (!buf || !read_at(z, z->size - tail, buf, tail)) {
        free(buf);
        say(z, SV_SEV_ERROR, "cannot read the file: %s", buf ? strerror(errno) : "out of memory");
        return false;
    }
    bool seen = false, found = false;
    for (size_t i = tail >= END_BYTES ? tail - END_BYTES + 1 : 0; !found && i-- > 0;) {
        if (le32(buf + i) != SIG_END) continue;
        seen = true;
        if (le16(buf + i + 20) == tail - i - END_BYTES) {
            memcpy(rec, buf + i, END_BYTES);
            *at = z->size - tail + i;
            found = true;
        }
    }
    free(buf);
    if (!found) no_end(z, seen);
    return found;
}

static void split_zip(Zip *z)
{
    say(z, SV_SEV_ERROR,
        "this is one part of a split (multi-part) zip; make a single .zip of the pack");
}

/* The zip64 end record named by the locator just before the end record. */
static bool read_end64(Zip *z, uint64_t end_at, End *e)
{
    unsigned char loc[LOCATOR_BYTES], rec[END64_BYTES];
    if (end_at < LOCATOR_BYTES || !read_at(z, end_at - LOCATOR_BYTES, loc, sizeof loc) ||
        le32(loc) != SIG_LOCATOR)
        return true; /* not zip64 */
    if (le32(loc + 4) != 0 || le32(loc + 16) != 1) {
        split_zip(z);
        return false;
    }
    uint64_t at = le64(loc + 8);
    if (!read_at(z, at, rec, sizeof rec) || le32(rec) != SIG_END64 ||
        at + 12u + le64(rec + 4) != end_at - LOCATOR_BYTES) {
        say(z, SV_SEV_ERROR,
            "the zip64 end record is not where the zip says: the zip is damaged or cut short; "
            "make it again");
        return false;
    }
    if (le32(rec + 16) != 0 || le32(rec + 20) != 0 || le64(rec + 24) != le64(rec + 32)) {
        split_zip(z);
        return false;
    }
    e->entries = le64(rec + 32);
    e->cd_size = le64(rec + 40);
    e->cd_at = le64(rec + 48);
    e->records_at = at;
    return true;
}

static bool read_end(Zip *z, End *e)
{
    unsigned char rec[END_BYTES];
    uint64_t at = 0;
    if (z->size == 0) {
        say(z, SV_SEV_ERROR,
            "the file is empty (0 bytes), not a zip; a pack .zip holds pack.json and the "
            "scenario files: " ZIP_MAKE_IT);
        return false;
    }
    if (!find_end(z, &at, rec)) return false;
    if (le16(rec + 4) != 0 || le16(rec + 6) != 0 || le16(rec + 8) != le16(rec + 10)) {
        split_zip(z);
        return false;
    }
    e->entries = le16(rec + 10);
    e->cd_size = le32(rec + 12);
    e->cd_at = le32(rec + 16);
    e->records_at = at;
    if (!read_end64(z, at, e)) return false;
    if (e->cd_at > e->records_at || e->cd_size > e->records_at - e->cd_at) {
        say(z, SV_SEV_ERROR,
            "the zip's directory is said to lie past the zip's end: the zip was cut short or is "
            "damaged; make or copy it again");
        return false;
    }
    if (e->cd_at + e->cd_size != e->records_at) {
        say(z, SV_SEV_ERROR,
            "the zip's directory is not where its end record says (%llu bytes off): something "
            "was put in front of the zip, or it is damaged; make the zip again",
            (unsigned long long)(e->records_at - e->cd_at - e->cd_size));
        return false;
    }
    if (e->entries == 0) {
        say(z, SV_SEV_ERROR,
            "the zip holds no files; a pack .zip holds pack.json and the scenario files: "
            "" ZIP_MAKE_IT);
        return false;
    }
    if (e->entries > SV_MAX_PACK_ENTRIES) {
        say(z, SV_SEV_ERROR, "the zip holds %llu entries (files and folders); the limit is %u",
            (unsigned long long)e->entries, SV_MAX_PACK_ENTRIES);
        return false;
    }
    if (e->cd_size / CENTRAL_BYTES < e->entries) {
        say(z, SV_SEV_ERROR,
            "the zip's directory is too small for the %llu entries its end record counts: the "
            "zip is damaged; make it again",
            (unsigned long long)e->entries);
        return false;
    }
    return true;
}

/* ---- the central directory --------------------------------------------------------- */

static const char *method_name(unsigned m)
{
    switch (m) {
    case 1: return "shrink";
    case 6: return "implode";
    case 9: return "deflate64";
    case 12: return "bzip2";
    case 14: return "LZMA";
    case 93: return "Zstandard";
    case 95: return "xz";
    case 98: return "PPMd";
    default: return "an unknown method";
    }
}

/* The zip64 extra field (id 1) holds, in this order, whichever of the sizes
 * and the offset were too big for the header's 32 bits. */
static bool zip64_extra(const unsigned char *x, size_t len, uint64_t *usize, uint64_t *csize,
                        uint64_t *offset)
{
    while (len >= 4) {
        size_t n = le16(x + 2);
        if (n > len - 4) return false;
        if (le16(x) == 1) {
            uint64_t *wanted[3] = {usize, csize, offset};
            size_t at = 0;
            for (int k = 0; k < 3; k++) {
                if (*wanted[k] != 0xFFFFFFFFu) continue;
                if (n - at < 8) return false;
                *wanted[k] = le64(x + 4 + at);
                at += 8;
            }
            return true;
        }
        x += 4 + n;
        len -= 4 + n;
    }
    return false;
}

/* Why the loader can never ask for this name, or NULL when it can. */
static const char *unsafe_why(const char *name, size_t len)
{
    if (name[0] == '/') return "is an absolute path (it starts with '/')";
    if (len >= 2 && name[1] == ':') return "starts with a drive letter";
    if (memchr(name, '\\', len)) return "has '\\' in its name (a zip separates folders with '/')";
    for (size_t at = 0; at <= len;) {
        const char *slash = memchr(name + at, '/', len - at);
        size_t n = slash ? (size_t)(slash - (name + at)) : len - at;
        if (n == 2 && name[at] == '.' && name[at + 1] == '.')
            return "climbs out of the pack with '..'";
        if ((n == 0 && at < len) || (n == 1 && name[at] == '.'))
            return "has an empty or '.' folder in its path";
        at += n + 1;
    }
    return NULL;
}

static bool keep_name(Zip *z, const unsigned char *name, size_t len, size_t *at)
{
    if (z->names_len + len + 1 > z->names_cap) {
        size_t cap = (z->names_len + len + 1) * 2;
        char *bigger = realloc(z->names, cap);
        if (!bigger) return false;
        z->names = bigger;
        z->names_cap = cap;
    }
    *at = z->names_len;
    memcpy(z->names + z->names_len, name, len);
    z->names[z->names_len + len] = '\0';
    z->names_len += len + 1;
    return true;
}

/* The name as PhysicsFS keeps it: DOS zips' '\' become '/', a folder's
 * trailing '/' goes. Unsafe names are warned about and never found. */
static void take_name(Zip *z, Raw *r, const unsigned char *raw, size_t len, unsigned made_by)
{
    char s[100], t[100];
    shown((const char *)raw, len, s);
    if (!keep_name(z, raw, len, &r->name_at)) {
        say(z, SV_SEV_ERROR, "out of memory reading the zip's directory");
        r->skip = true;
        return;
    }
    char *name = z->names + r->name_at;
    if ((made_by >> 8) == 0 && memchr(name, '\\', len)) { /* made on DOS or Windows */
        for (char *c = name; *c; c++)
            if (*c == '\\') *c = '/';
        entry_says(z, SV_SEV_WARNING,
                   "entry '%s' separates its folders with '\\' (a zip uses '/'); it is read as "
                   "'%s'",
                   s, shown(name, len, t));
    }
    r->dir = len > 0 && name[len - 1] == '/';
    if (r->dir) name[--len] = '\0';
    r->name_len = len;
    if (len >= 2 && name[0] == '.' && name[1] == '/') {
        if (z->dot_slash++ == 0) snprintf(z->dot_example, sizeof z->dot_example, "%s", s);
        r->skip = true;
        return;
    }
    const char *why = len ? unsafe_why(name, len) : "is an absolute path (it starts with '/')";
    if (why) {
        entry_says(z, SV_SEV_WARNING, "entry '%s' %s; it is left out: the pack cannot use it", s,
                   why);
        r->skip = true;
    }
}

/* How an entry is stored, as its central header gives it. */
typedef struct Header {
    unsigned made_by, need, flags, method;
    const unsigned char *raw_name; /* in the window: valid until the next peek */
    size_t raw_len;
} Header;

/* The local header before the data must agree with the directory, and the
 * data must end before the directory starts. */
static void check_local(Zip *z, const End *e, const Header *h, Raw *r)
{
    char s[100];
    unsigned char lh[LOCAL_BYTES];
    shown((const char *)h->raw_name, h->raw_len, s);
    r->data_at = r->data_end = r->offset;
    if (r->offset >= e->cd_at || !read_at(z, r->offset, lh, sizeof lh) || le32(lh) != SIG_LOCAL) {
        entry_says(z, SV_SEV_ERROR,
                   "entry '%s': the zip's directory puts it at byte %llu, but it is not there; "
                   "the zip is damaged: make it again",
                   s, (unsigned long long)r->offset);
        return;
    }
    size_t lname = le16(lh + 26);
    r->data_at = r->offset + LOCAL_BYTES + lname + le16(lh + 28);
    bool same_name = lname == h->raw_len &&
                     read_at(z, r->offset + LOCAL_BYTES, z->scratch, lname) &&
                     memcmp(z->scratch, h->raw_name, lname) == 0;
    uint32_t lcsize = le32(lh + 18), lusize = le32(lh + 22);
    if (!same_name || le16(lh + 4) != h->need || le16(lh + 8) != h->method)
        entry_says(z, SV_SEV_ERROR,
                   "entry '%s': its own header and the zip's directory disagree on its name or "
                   "how it is stored; the zip is damaged: make it again",
                   s);
    else if (!(h->flags & FLAG_DESCRIPTOR) && ((lusize != 0xFFFFFFFFu && lusize != r->usize) ||
                                               (lcsize != 0xFFFFFFFFu && lcsize != r->csize)))
        entry_says(z, SV_SEV_ERROR,
                   "entry '%s': its own header says %lu bytes (%lu packed) but the zip's "
                   "directory says %llu (%llu packed); a size lies: make the zip again",
                   s, (unsigned long)lusize, (unsigned long)lcsize, (unsigned long long)r->usize,
                   (unsigned long long)r->csize);
    else if (!(h->flags & FLAG_DESCRIPTOR) && le32(lh + 14) != r->crc)
        entry_says(z, SV_SEV_ERROR,
                   "entry '%s': its own header and the zip's directory give different checksums; "
                   "the zip is damaged: make it again",
                   s);
    if (r->data_at > e->cd_at || r->csize > e->cd_at - r->data_at) {
        uint64_t room = r->data_at < e->cd_at ? e->cd_at - r->data_at : 0;
        entry_says(z, SV_SEV_ERROR,
                   "entry '%s' says it holds %llu bytes of data, but only %llu are there before "
                   "the zip's directory: the zip is cut short or a size lies; make it again",
                   s, (unsigned long long)r->csize, (unsigned long long)room);
        r->data_end = e->cd_at;
        return;
    }
    r->data_end = r->data_at + r->csize;
}

/* What the loader could not read: encryption, methods PhysicsFS lacks,
 * stored data whose two sizes differ. */
static void check_method(Zip *z, const Header *h, const Raw *r)
{
    char s[100];
    shown((const char *)h->raw_name, h->raw_len, s);
    if ((h->flags & (FLAG_ENCRYPTED | FLAG_STRONG)) || h->method == METHOD_AES)
        entry_says(z, SV_SEV_ERROR,
                   "entry '%s' is encrypted (password-protected); a pack is read without a "
                   "password: make the zip again without one",
                   s);
    else if (h->method != 0 && h->method != 8)
        entry_says(z, SV_SEV_ERROR,
                   "entry '%s' is compressed with %s (method %u), which cannot be read; only "
                   "'stored' and 'deflate' can: make the zip again with plain 'zip -r'",
                   s, method_name(h->method), h->method);
    else if (h->method == 0 && r->csize != r->usize)
        entry_says(z, SV_SEV_ERROR,
                   "entry '%s' is stored uncompressed, but the zip's directory gives it %llu bytes "
                   "stored and %llu unpacked; a size lies: make the zip again",
                   s, (unsigned long long)r->csize, (unsigned long long)r->usize);
}

static void damaged_at(Zip *z, uint32_t index, uint64_t count)
{
    say(z, SV_SEV_ERROR,
        "the zip's directory is damaged at entry %lu of %llu; the zip is damaged or cut short: "
        "make it again",
        (unsigned long)index + 1, (unsigned long long)count);
}

/* Reads entry `index` at *pos and moves *pos past it. False when the
 * directory itself is damaged and reading on makes no sense. */
static bool read_central(Zip *z, const End *e, uint64_t *pos, uint32_t index, Raw *r)
{
    uint64_t end = e->cd_at + e->cd_size;
    const unsigned char *p = end - *pos >= CENTRAL_BYTES ? peek(z, *pos, CENTRAL_BYTES) : NULL;
    if (!p || le32(p) != SIG_CENTRAL) {
        damaged_at(z, index, e->entries);
        return false;
    }
    size_t name_len = le16(p + 28), extra_len = le16(p + 30), comment_len = le16(p + 32);
    uint64_t size = CENTRAL_BYTES + name_len + extra_len + comment_len;
    if (size > end - *pos || !(p = peek(z, *pos, CENTRAL_BYTES + name_len + extra_len))) {
        damaged_at(z, index, e->entries);
        return false;
    }
    Header h = {le16(p + 4), le16(p + 6), le16(p + 8), le16(p + 10), p + CENTRAL_BYTES, name_len};
    r->index = index;
    r->crc = le32(p + 16);
    r->csize = le32(p + 20);
    r->usize = le32(p + 24);
    r->offset = le32(p + 42);
    unsigned disk = le16(p + 34);
    uint32_t attributes = le32(p + 38);
    *pos += size;
    if ((r->usize == 0xFFFFFFFFu || r->csize == 0xFFFFFFFFu || r->offset == 0xFFFFFFFFu) &&
        !zip64_extra(p + CENTRAL_BYTES + name_len, extra_len, &r->usize, &r->csize, &r->offset)) {
        damaged_at(z, index, e->entries);
        return false;
    }
    if (disk != 0) {
        split_zip(z);
        return false;
    }
    if (name_len == 0) {
        entry_says(z, SV_SEV_ERROR, "entry %lu of the zip has no name; the zip is damaged",
                   (unsigned long)index + 1);
        r->skip = true;
        return true;
    }
    /* PhysicsFS's rule: a link made where links exist, with a target */
    unsigned host = h.made_by >> 8;
    bool unix_like = host != 0 && host != 1 && host != 2 && host != 4 && host != 6 && host != 11 &&
                     host != 13 && host != 14 && host != 15 && host != 18;
    r->symlink = unix_like && r->usize > 0 && ((attributes >> 16) & 0170000u) == 0120000u;
    check_method(z, &h, r);
    check_local(z, e, &h, r); /* reads outside the window: h.raw_name stays valid */
    take_name(z, r, h.raw_name, h.raw_len, h.made_by);
    return true;
}

/* ---- the whole directory ------------------------------------------------------------ */

static int by_offset(const void *a, const void *b)
{
    const Raw *x = *(const Raw *const *)a, *y = *(const Raw *const *)b;
    return x->offset < y->offset ? -1 : x->offset > y->offset;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(((const sv_ZipEntry *)a)->name, ((const sv_ZipEntry *)b)->name);
}

/* Entries' data may not overlap: a size that lies shows here, and so does one
 * stretch of data listed under many names (a "zip bomb"). */
static void check_overlaps(Zip *z, Raw *raw, size_t n)
{
    Raw **order = malloc(n * sizeof *order);
    if (!order) {
        say(z, SV_SEV_ERROR, "out of memory reading the zip's directory");
        return;
    }
    for (size_t i = 0; i < n; i++) order[i] = &raw[i];
    qsort(order, n, sizeof *order, by_offset);
    for (size_t i = 0; i + 1 < n; i++) {
        const Raw *a = order[i], *b = order[i + 1];
        if (a->data_end <= b->offset) continue;
        char s[100], t[100];
        shown(a->name_len ? z->names + a->name_at : "", a->name_len, s);
        shown(b->name_len ? z->names + b->name_at : "", b->name_len, t);
        entry_says(z, SV_SEV_ERROR,
                   "entry '%s' says it holds %llu bytes, but entry '%s' starts inside them: a "
                   "size lies or the zip is damaged; make it again",
                   s, (unsigned long long)a->csize, t);
    }
    free(order);
}

static void check_duplicates(Zip *z, const sv_ZipScan *out)
{
    for (size_t i = 0; i + 1 < out->count; i++) {
        const sv_ZipEntry *a = &out->entries[i], *b = &out->entries[i + 1];
        if (strcmp(a->name, b->name) != 0) continue;
        char s[100];
        entry_says(z, SV_SEV_ERROR,
                   "the zip holds '%s' twice (entries %lu and %lu); keep one and make the zip "
                   "again",
                   shown(a->name, strlen(a->name), s),
                   (unsigned long)(a->index < b->index ? a->index : b->index) + 1,
                   (unsigned long)(a->index < b->index ? b->index : a->index) + 1);
    }
}

/* A zip made from outside the pack's folder: "./pack.json", or everything
 * under one folder "sample/pack.json". Said once, with how to make it right. */
static void check_top(Zip *z, const sv_ZipScan *out)
{
    if (z->dot_slash) {
        say(z, SV_SEV_ERROR,
            "%zu entr%s start with './' (e.g. '%s'): the zip was made from outside the pack's "
            "folder; make it from inside: " ZIP_MAKE_IT,
            z->dot_slash, z->dot_slash == 1 ? "y" : "ies", z->dot_example);
        return;
    }
    if (sv_zip_find(out, "pack.json")) return;
    const char *inner = NULL;
    size_t found = 0;
    for (size_t i = 0; i < out->count; i++) {
        const char *name = out->entries[i].name, *slash = strchr(name, '/');
        if (slash && strcmp(slash, "/pack.json") == 0) inner = name, found++;
    }
    if (found != 1) return; /* the loader says there is no pack.json */
    int folder = (int)(strchr(inner, '/') - inner);
    char s[100];
    shown(inner, (size_t)folder, s);
    say(z, SV_SEV_ERROR,
        "pack.json is inside the folder '%s/' of the zip, not at its top: the zip was made from "
        "outside the pack's folder; make it from inside: cd %s && zip -r ../%s.zip .",
        s, s, s);
}

static bool read_directory(Zip *z, const End *e, sv_ZipScan *out)
{
    size_t n = (size_t)e->entries;
    Raw *raw = calloc(n, sizeof *raw);
    z->win = malloc(WINDOW);
    z->scratch = malloc(MAX_FIELD + 1u);
    if (!raw || !z->win || !z->scratch) {
        free(raw);
        say(z, SV_SEV_ERROR, "out of memory reading the zip's directory");
        return false;
    }
    uint64_t pos = e->cd_at;
    bool whole = true;
    for (size_t i = 0; whole && i < n; i++) whole = read_central(z, e, &pos, (uint32_t)i, &raw[i]);
    if (whole && pos != e->cd_at + e->cd_size)
        say(z, SV_SEV_ERROR,
            "the zip's directory holds more than the %llu entries its end record counts; the "
            "zip is damaged: make it again",
            (unsigned long long)e->entries);
    if (whole) check_overlaps(z, raw, n);
    out->entries = whole ? malloc(n * sizeof *out->entries) : NULL;
    for (size_t i = 0; out->entries && i < n; i++) {
        if (raw[i].skip) continue;
        out->entries[out->count++] = (sv_ZipEntry){.name = z->names + raw[i].name_at,
                                                   .offset = raw[i].offset,
                                                   .csize = raw[i].csize,
                                                   .usize = raw[i].usize,
                                                   .crc = raw[i].crc,
                                                   .index = raw[i].index,
                                                   .dir = raw[i].dir,
                                                   .symlink = raw[i].symlink};
    }
    free(raw);
    if (whole && !out->entries) say(z, SV_SEV_ERROR, "out of memory reading the zip's directory");
    if (!out->entries) return false;
    out->names = z->names;
    z->names = NULL;
    qsort(out->entries, out->count, sizeof *out->entries, by_name);
    check_duplicates(z, out);
    check_top(z, out);
    if (z->unlisted)
        say(z, z->bad ? SV_SEV_ERROR : SV_SEV_WARNING,
            "%zu more problem%s with the zip's entries %s not listed", z->unlisted,
            z->unlisted == 1 ? "" : "s", z->unlisted == 1 ? "is" : "are");
    return true;
}

bool sv_zip_scan(const char *path, const char *file, sv_ZipScan *out, sv_DiagList *diags)
{
    memset(out, 0, sizeof *out);
    Zip z = {.file = file ? file : path, .diags = diags};
    z.fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (z.fd < 0) {
        say(&z, SV_SEV_ERROR, "cannot open the file: %s", strerror(errno));
        return false;
    }
    struct stat st;
    bool ok = false;
    End e;
    if (fstat(z.fd, &st) != 0 || !S_ISREG(st.st_mode))
        say(&z, SV_SEV_ERROR, "this is not a regular file; it was not read");
    else {
        z.size = (uint64_t)st.st_size;
        ok = read_end(&z, &e) && read_directory(&z, &e, out);
    }
    close(z.fd);
    free(z.win);
    free(z.scratch);
    free(z.names);
    if (ok && !z.bad) return true;
    sv_zip_free(out);
    return false;
}

void sv_zip_free(sv_ZipScan *z)
{
    if (!z) return;
    free(z->entries);
    free(z->names);
    memset(z, 0, sizeof *z);
}

const sv_ZipEntry *sv_zip_find(const sv_ZipScan *z, const char *name)
{
    if (!z || !z->count || !name) return NULL;
    sv_ZipEntry key = {.name = name};
    return bsearch(&key, z->entries, z->count, sizeof key, by_name);
}

uint32_t sv_zip_crc32(const void *bytes, size_t len)
{
    uint32_t table[256]; /* 2 KiB of work a call, and no global state */
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
        table[i] = c;
    }
    const unsigned char *p = bytes;
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++) c = table[(c ^ p[i]) & 0xFFu] ^ (c >> 8);
    return ~c;
}
