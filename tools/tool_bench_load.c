/* svara-tool bench load: what hostile packs cost to check, measured rather
 * than assumed. Each case of the table builds its input in a fresh temporary
 * folder, loads it with sv_pack_load() as `svara-tool check` does, prints the
 * wall time, the process's peak memory and what the loader said, and removes
 * the input again. A new case is one builder and one row in `cases`. */
#define _XOPEN_SOURCE 700

#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "svara/pack.h"
#include "tool.h"

#define SAMPLE SV_SOURCE_DIR "/scenarios/sample"

typedef struct LoadCase {
    const char *name;
    const char *what;
    /* builds the input under `dir` (empty, its own); the path to load goes to `path` */
    bool (*build)(const char *dir, char *path, size_t size);
} LoadCase;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static bool write_bytes(const char *path, const void *bytes, size_t len)
{
    FILE *f = fopen(path, "wb");
    bool ok = f && fwrite(bytes, 1, len, f) == len;
    if (f) ok = fclose(f) == 0 && ok;
    if (!ok) fprintf(stderr, "%s: cannot write\n", path);
    return ok;
}

/* ---- a manifest that lists one scenario 38,000 times ----------------------------- */

static bool build_manifest(const char *dir, char *path, size_t size)
{
    char file[1024];
    size_t len = 0;
    char *parcel = tool_read_file(SAMPLE "/scenarios/parcel.json", &len);
    snprintf(file, sizeof file, "%s/scenarios", dir);
    bool ok = parcel && mkdir(file, 0700) == 0;
    snprintf(file, sizeof file, "%s/scenarios/parcel.json", dir);
    ok = ok && write_bytes(file, parcel, len);
    free(parcel);
    size_t cap = 1024u * 1024u, n = 0;
    char *json = ok ? malloc(cap) : NULL;
    if (!json) return false;
    n += (size_t)snprintf(json, cap,
                          "{\"format\": 1, \"id\": \"hostile\", \"title\": \"Hostile\", "
                          "\"version\": \"1\", \"languages\": [\"en\", \"sv\", \"nb\"], "
                          "\"authors\": [\"bench\"], \"licence\": \"CC0-1.0\", \"scenarios\": [");
    for (int i = 0; i < 38000 && n < cap; i++)
        n += (size_t)snprintf(json + n, cap - n, "%s\"scenarios/parcel.json\"", i ? "," : "");
    if (n < cap) n += (size_t)snprintf(json + n, cap - n, "]}");
    snprintf(file, sizeof file, "%s/pack.json", dir);
    ok = n < cap && write_bytes(file, json, n);
    free(json);
    snprintf(path, size, "%s", dir);
    return ok;
}

/* ---- zips of many entries ------------------------------------------------------------ */

typedef struct ZipWriter {
    FILE *f;
    uint64_t at;
    unsigned char *central; /* heap */
    size_t central_len, central_cap;
    uint64_t count;
    bool ok;
} ZipWriter;

static void le(unsigned char *p, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static uint32_t crc32_of(const unsigned char *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

static void zip_write(ZipWriter *z, const void *bytes, size_t len)
{
    z->ok = z->ok && fwrite(bytes, 1, len, z->f) == len;
    z->at += len;
}

/* One stored file: its local header and data now, its directory entry kept. */
static void zip_add(ZipWriter *z, const char *name, const void *data, size_t len)
{
    size_t nlen = strlen(name);
    uint32_t crc = crc32_of(data, len);
    unsigned char h[46] = {0};
    le(h, 0x04034b50u, 4);
    le(h + 4, 10, 2);
    le(h + 12, 0x21, 2); /* 1980-01-01 */
    le(h + 14, crc, 4);
    le(h + 18, len, 4);
    le(h + 22, len, 4);
    le(h + 26, nlen, 2);
    uint64_t offset = z->at;
    zip_write(z, h, 30);
    zip_write(z, name, nlen);
    zip_write(z, data, len);
    if (z->central_len + 46 + nlen > z->central_cap) {
        size_t cap = (z->central_len + 46 + nlen) * 2;
        unsigned char *bigger = realloc(z->central, cap);
        if (!bigger) {
            z->ok = false;
            return;
        }
        z->central = bigger;
        z->central_cap = cap;
    }
    unsigned char *c = z->central + z->central_len;
    memset(c, 0, 46);
    le(c, 0x02014b50u, 4);
    le(c + 4, 20, 2);
    le(c + 6, 10, 2);
    le(c + 14, 0x21, 2);
    le(c + 16, crc, 4);
    le(c + 20, len, 4);
    le(c + 24, len, 4);
    le(c + 28, nlen, 2);
    le(c + 42, offset, 4);
    memcpy(c + 46, name, nlen);
    z->central_len += 46 + nlen;
    z->count++;
}

/* The directory and the end records: zip64 ones when the count needs them. */
static bool zip_finish(ZipWriter *z)
{
    uint64_t cd_at = z->at;
    zip_write(z, z->central, z->central_len);
    bool big = z->count > 0xFFFFu;
    if (big) {
        unsigned char r[56 + 20] = {0};
        le(r, 0x06064b50u, 4);
        le(r + 4, 44, 8);
        le(r + 12, 45, 2);
        le(r + 14, 45, 2);
        le(r + 24, z->count, 8);
        le(r + 32, z->count, 8);
        le(r + 40, z->central_len, 8);
        le(r + 48, cd_at, 8);
        le(r + 56, 0x07064b50u, 4);
        le(r + 64, z->at, 8);
        le(r + 72, 1, 4);
        zip_write(z, r, sizeof r);
    }
    unsigned char e[22] = {0};
    le(e, 0x06054b50u, 4);
    le(e + 8, big ? 0xFFFFu : z->count, 2);
    le(e + 10, big ? 0xFFFFu : z->count, 2);
    le(e + 12, z->central_len, 4);
    le(e + 16, cd_at, 4);
    zip_write(z, e, sizeof e);
    free(z->central);
    return fclose(z->f) == 0 && z->ok;
}

/* The sample pack (its manifest and both scenarios) plus empty files up to
 * `total` entries. */
static bool build_zip(const char *dir, char *path, size_t size, uint64_t total)
{
    size_t mlen = 0, slen = 0, tlen = 0;
    char *manifest = tool_read_file(SAMPLE "/pack.json", &mlen);
    char *parcel = tool_read_file(SAMPLE "/scenarios/parcel.json", &slen);
    char *tent = tool_read_file(SAMPLE "/scenarios/tent.json", &tlen);
    snprintf(path, size, "%s/pack.zip", dir);
    ZipWriter z = {.f = fopen(path, "wb"), .ok = true};
    bool ok = manifest && parcel && tent && z.f;
    if (ok) {
        zip_add(&z, "pack.json", manifest, mlen);
        zip_add(&z, "scenarios/parcel.json", parcel, slen);
        zip_add(&z, "scenarios/tent.json", tent, tlen);
        for (uint64_t i = 3; i < total && z.ok; i++) {
            char name[32];
            snprintf(name, sizeof name, "notes/%06llu.txt", (unsigned long long)i);
            zip_add(&z, name, "", 0);
        }
        ok = zip_finish(&z);
    } else if (z.f) {
        fclose(z.f);
    }
    free(manifest);
    free(parcel);
    free(tent);
    return ok;
}

static bool build_zip_200000(const char *dir, char *path, size_t size)
{
    return build_zip(dir, path, size, 200000u);
}

static bool build_zip_limit(const char *dir, char *path, size_t size)
{
    return build_zip(dir, path, size, SV_MAX_PACK_ENTRIES);
}

/* ---- one scenario file of about 1 MiB, flooded with one kind of mistake -------------- */

/* Writes repetition i of a flood (with its leading comma) into buf; returns its length. */
typedef int (*FloodItem)(char *buf, size_t size, int i);

/* A pack whose only scenario is `head`, then items until the file limit, then `tail`. */
static bool build_flood(const char *dir, char *path, size_t size, const char *head, FloodItem item,
                        const char *tail)
{
    static const char manifest[] =
        "{\"format\": 1, \"id\": \"flood\", \"title\": \"Flood\", \"version\": \"1\", "
        "\"languages\": [\"en\"], \"authors\": [\"bench\"], \"licence\": \"CC0-1.0\", "
        "\"scenarios\": [\"s.json\"]}";
    char file[1024];
    snprintf(file, sizeof file, "%s/pack.json", dir);
    if (!write_bytes(file, manifest, sizeof manifest - 1)) return false;
    size_t cap = SV_MAX_FILE_BYTES, n = 0;
    char *json = malloc(cap + 1);
    if (!json) return false;
    n += (size_t)snprintf(json, cap, "%s", head);
    size_t room = cap - strlen(tail) - 256;
    for (int i = 0; n < room; i++) n += (size_t)item(json + n, cap - n, i);
    n += (size_t)snprintf(json + n, cap - n, "%s", tail);
    snprintf(file, sizeof file, "%s/s.json", dir);
    bool ok = n <= cap && write_bytes(file, json, n);
    free(json);
    snprintf(path, size, "%s", dir);
    return ok;
}

static int key_twice(char *buf, size_t size, int i)
{
    return snprintf(buf, size, ", \"k%d\": 1, \"k%d\": 2", i, i);
}

static int post_twice(char *buf, size_t size, int i)
{
    return snprintf(buf, size, "%s{\"id\": \"post-%d\"}, {\"id\": \"post-%d\"}", i ? "," : "", i,
                    i);
}

static int unknown_flag(char *buf, size_t size, int i)
{
    return snprintf(buf, size,
                    "%s{\"id\": \"event-%d\", \"at\": 1, \"effects\": [{\"set\": \"flag-%d\"}]}",
                    i ? "," : "", i, i);
}

/* Keys given twice, late in the file, so each report's position is far in. */
static bool build_duplicate_keys(const char *dir, char *path, size_t size)
{
    return build_flood(dir, path, size, "{\"format\": 1", key_twice, "}");
}

/* Every post id twice. */
static bool build_duplicate_ids(const char *dir, char *path, size_t size)
{
    return build_flood(dir, path, size, "{\"format\": 1, \"id\": \"s\", \"posts\": [", post_twice,
                       "]}");
}

/* Thousands of effects naming flags that do not exist, each worth a "did you mean". */
static bool build_unknown_references(const char *dir, char *path, size_t size)
{
    return build_flood(dir, path, size,
                       "{\"format\": 1, \"id\": \"s\", \"flags\": [\"flag-one\", \"flag-two\"], "
                       "\"events\": [",
                       unknown_flag, "]}");
}

/* ---- the table and its runner ----------------------------------------------------------- */

static const LoadCase cases[] = {
    {"manifest-38000", "a manifest listing one scenario 38,000 times", build_manifest},
    {"zip-200000", "a valid zip of 200,000 entries (zip64 end records)", build_zip_200000},
    {"zip-4096", "a valid zip at the entry limit, 4,096 entries", build_zip_limit},
    {"duplicate-keys", "1 MiB of keys each given twice, late in the file", build_duplicate_keys},
    {"duplicate-ids", "1 MiB of posts, every id given twice", build_duplicate_ids},
    {"unknown-refs", "1 MiB of effects naming flags that do not exist", build_unknown_references},
};

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

static long peak_kib(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : 0;
}

static bool run_case(const LoadCase *c, const char *root)
{
    char dir[1100], path[1200], line[1200];
    snprintf(dir, sizeof dir, "%s/%s", root, c->name);
    double t0 = now_ms();
    if (mkdir(dir, 0700) != 0 || !c->build(dir, path, sizeof path)) {
        fprintf(stderr, "%s: cannot build the input in %s\n", c->name, dir);
        return false;
    }
    double t1 = now_ms();
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Pack *pack = NULL;
    const char *paths[1] = {path};
    sv_Status st = sv_pack_load(paths, 1, NULL, &pack, &diags);
    double t2 = now_ms();
    printf("  %-15s %s\n", c->name, c->what);
    printf("  %-15s checked in %.1f ms (built in %.0f ms); %s, %zu error%s, %zu warning%s; peak "
           "memory so far %.0f MB\n",
           "", t2 - t1, t1 - t0, st == SV_OK ? "loads" : "refused", diags.errors,
           diags.errors == 1 ? "" : "s", diags.warnings, diags.warnings == 1 ? "" : "s",
           (double)peak_kib() / 1024.0);
    for (size_t i = 0; i < diags.count && i < 2; i++) {
        sv_diag_format(&diags.items[i], line, sizeof line);
        printf("  %-15s %.160s\n", "", line);
    }
    sv_pack_unload(pack);
    sv_diag_free(&diags);
    nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
    return true;
}

int tool_bench_load(int argc, char **argv)
{
    (void)argv;
    if (argc > 0) {
        fputs("usage: svara-tool bench load\n", stderr);
        return 2;
    }
    const char *tmp = getenv("TMPDIR");
    char root[1024];
    snprintf(root, sizeof root, "%s/svara-bench-load-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(root)) {
        fprintf(stderr, "%s: cannot make a temporary folder\n", root);
        return 1;
    }
    printf("load benchmark: each hostile pack is built in %s, loaded as 'svara-tool check' "
           "does, timed with the wall clock and removed\n",
           root);
    bool ok = true;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) ok = run_case(&cases[i], root) && ok;
    rmdir(root);
    return ok ? 0 : 1;
}
