/* Native files outside packs, with POSIX calls: reads that refuse named pipes
 * and devices before they can block (open with O_NONBLOCK, then fstat the
 * open file, so nothing can be swapped in between) and stop at a size cap;
 * atomic replacement by temporary file, fsync and rename; keeping a broken
 * file aside under a new name. */
#define _POSIX_C_SOURCE 200809L

#include "svara/native.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *mode_words(mode_t mode)
{
    if (S_ISREG(mode)) return "a regular file";
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    return "not a regular file";
}

sv_NativeKind sv_native_kind(const char *path, const char **what)
{
    struct stat st;
    const char *dummy;
    if (!what) what = &dummy;
    if (!path || stat(path, &st) != 0) {
        bool gone = !path || errno == ENOENT || errno == ENOTDIR;
        *what = gone ? "nothing (it does not exist)" : "not readable";
        return gone ? SV_NATIVE_MISSING : SV_NATIVE_ERROR;
    }
    *what = mode_words(st.st_mode);
    if (S_ISREG(st.st_mode)) return SV_NATIVE_FILE;
    if (S_ISDIR(st.st_mode)) return SV_NATIVE_DIR;
    return SV_NATIVE_OTHER;
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void
say(sv_DiagList *diags, const char *path, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    sv_diag_addv(diags, SV_SEV_ERROR, path ? path : "(no file)", "", 0, 0, fmt, ap);
    va_end(ap);
}

char *sv_native_read(const char *path, size_t max_bytes, size_t *len, bool *missing,
                     sv_DiagList *diags)
{
    if (len) *len = 0;
    if (missing) *missing = false;
    if (!path || !path[0]) {
        say(diags, path, "%s", "no file name given");
        return NULL;
    }
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (missing) *missing = errno == ENOENT;
        say(diags, path, "cannot open the file: %s", strerror(errno));
        return NULL;
    }
    struct stat st;
    int looked = fstat(fd, &st);
    if (looked != 0 || !S_ISREG(st.st_mode)) {
        const char *what = looked == 0 ? mode_words(st.st_mode) : "not readable";
        close(fd);
        say(diags, path, "this is %s, not a regular file; it was not read", what);
        return NULL;
    }
    /* the size may change under us: read up to one byte past the cap to know */
    size_t cap = st.st_size > 0 && (unsigned long long)st.st_size < max_bytes
                     ? (size_t)st.st_size + 1
                     : max_bytes + 1;
    char *buf = malloc(cap + 1);
    size_t n = 0;
    while (buf && n < cap) {
        ssize_t got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            char why[128];
            snprintf(why, sizeof why, "%s", strerror(errno));
            free(buf);
            close(fd);
            say(diags, path, "cannot read the file: %s", why);
            return NULL;
        }
        if (got == 0) break;
        n += (size_t)got;
        if (n == cap && cap <= max_bytes) { /* grew since fstat: make room up to the cap */
            size_t more = max_bytes + 1;
            char *bigger = realloc(buf, more + 1);
            if (!bigger) break;
            buf = bigger;
            cap = more;
        }
    }
    close(fd);
    if (!buf) {
        say(diags, path, "%s", "out of memory reading the file");
        return NULL;
    }
    if (n > max_bytes) {
        free(buf);
        sv_diag_add(diags, SV_SEV_ERROR, path, "", 0, 0,
                    "the file is larger than %zu bytes, the limit for this kind of file; it was "
                    "not read",
                    max_bytes);
        return NULL;
    }
    buf[n] = '\0';
    if (len) *len = n;
    return buf;
}

/* The folder part of `path` ("." when there is none), for fsync after rename. */
static void folder_of(const char *path, char *out, size_t size)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        snprintf(out, size, ".");
    else if (slash == path)
        snprintf(out, size, "/");
    else
        snprintf(out, size, "%.*s", (int)(slash - path), path);
}

static bool write_all(int fd, const char *p, size_t len)
{
    while (len > 0) {
        ssize_t put = write(fd, p, len);
        if (put < 0 && errno == EINTR) continue;
        if (put <= 0) return false;
        p += put;
        len -= (size_t)put;
    }
    return true;
}

bool sv_native_write_atomic(const char *path, const void *bytes, size_t len, sv_DiagList *diags)
{
    char tmp[4096], dir[4096];
    if (!path || !path[0] ||
        snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid()) >= (int)sizeof tmp) {
        say(diags, path, "%s", "the file name is empty or too long");
        return false;
    }
    const char *what;
    sv_NativeKind kind = sv_native_kind(path, &what);
    if (kind == SV_NATIVE_DIR || kind == SV_NATIVE_OTHER) {
        say(diags, path, "this is %s, not a regular file; it was not replaced", what);
        return false;
    }
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        say(diags, tmp, "cannot create the temporary file: %s", strerror(errno));
        return false;
    }
    bool ok = write_all(fd, bytes, len) && fsync(fd) == 0;
    int err = errno;
    ok = close(fd) == 0 && ok;
    if (ok && rename(tmp, path) != 0) {
        ok = false;
        err = errno;
    }
    if (!ok) {
        unlink(tmp);
        say(diags, path, "cannot write the file: %s", strerror(err));
        return false;
    }
    /* the rename itself reaches the disk only when the folder is flushed */
    folder_of(path, dir, sizeof dir);
    int dfd = open(dir, O_RDONLY | O_CLOEXEC);
    if (dfd >= 0) {
        (void)fsync(dfd);
        close(dfd);
    }
    return true;
}

bool sv_native_keep_aside(const char *path, const char *stamp, char *moved_to, size_t size,
                          sv_DiagList *diags)
{
    char name[4096];
    if (moved_to && size) moved_to[0] = '\0';
    for (int i = 1; i < 1000; i++) {
        int n = i == 1 ? snprintf(name, sizeof name, "%s.bad-%s", path, stamp ? stamp : "")
                       : snprintf(name, sizeof name, "%s.bad-%s-%d", path, stamp ? stamp : "", i);
        if (n < 0 || (size_t)n >= sizeof name) break;
        if (sv_native_kind(name, NULL) != SV_NATIVE_MISSING) continue;
        if (rename(path, name) != 0) {
            say(diags, path, "cannot move the file aside: %s", strerror(errno));
            return false;
        }
        if (moved_to && size) snprintf(moved_to, size, "%s", name);
        return true;
    }
    say(diags, path, "%s", "cannot find a free name to move the file aside to");
    return false;
}

sv_Status sv_native_save_text(const char *path, char *text, size_t len, const char *what,
                              sv_DiagList *diags)
{
    if (!text) {
        sv_diag_add(diags, SV_SEV_ERROR, path, "", 0, 0, "out of memory writing the %s", what);
        return SV_ERR_NOMEM;
    }
    bool ok = sv_native_write_atomic(path, text, len, diags);
    free(text);
    return ok ? SV_OK : SV_ERR_IO;
}
