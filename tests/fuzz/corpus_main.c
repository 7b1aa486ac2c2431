/* Runs a fuzz target's LLVMFuzzerTestOneInput over files and folders (walked
 * recursively) without libFuzzer, so the seed corpus is an ordinary test with
 * gcc, ASan and UBSan. usage: corpus_main [--suffix .json] PATH...
 * A missing path is reported and skipped; no input at all is a failure. */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *suffix = NULL;
static long inputs = 0;

static int wanted(const char *path)
{
    if (!suffix) return 1;
    size_t n = strlen(path), s = strlen(suffix);
    return n >= s && strcmp(path + n - s, suffix) == 0;
}

/* Gives the target a heap copy of exactly the file's size, so ASan sees any
 * read past the end (the parsers take bytes and a length, no terminator). */
static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "corpus: cannot open %s\n", path);
        return 1;
    }
    size_t cap = 4096, len = 0;
    uint8_t *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) {
            uint8_t *bigger = realloc(buf, cap *= 2);
            if (!bigger) free(buf);
            buf = bigger;
        }
    }
    fclose(f);
    if (!buf) {
        fprintf(stderr, "corpus: out of memory reading %s\n", path);
        return 1;
    }
    uint8_t *exact = malloc(len ? len : 1);
    if (!exact) {
        free(buf);
        return 1;
    }
    memcpy(exact, buf, len);
    free(buf);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
    inputs++;
    return 0;
}

static int run_path(const char *path, int top)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        if (top) printf("corpus: %s does not exist (yet); skipped\n", path);
        return 0;
    }
    if (!S_ISDIR(st.st_mode)) return (top || wanted(path)) ? run_file(path) : 0;
    DIR *d = opendir(path);
    if (!d) {
        fprintf(stderr, "corpus: cannot open folder %s\n", path);
        return 1;
    }
    int errors = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        char child[4096];
        snprintf(child, sizeof child, "%s/%s", path, e->d_name);
        errors += run_path(child, 0);
    }
    closedir(d);
    return errors;
}

int main(int argc, char **argv)
{
    int errors = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--suffix") == 0 && i + 1 < argc) {
            suffix = argv[++i];
            continue;
        }
        errors += run_path(argv[i], 1);
    }
    printf("corpus: %ld inputs ran, %d could not be read\n", inputs, errors);
    if (inputs == 0) {
        fprintf(stderr, "corpus: no inputs found\n");
        return 1;
    }
    return errors ? 1 : 0;
}
