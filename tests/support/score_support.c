/* Scoring models for unit tests (see score_support.h). */
#include "score_support.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

void t_print_diags(const sv_DiagList *d)
{
    for (size_t i = 0; i < d->count; i++) {
        char line[1024];
        sv_diag_format(&d->items[i], line, sizeof line);
        print_message("%s\n", line);
    }
}

sv_Status t_score_parse(const char *json, sv_ScoreModel **out, sv_DiagList *diags)
{
    return sv_score_parse("rules.json", json, strlen(json), out, diags);
}

sv_ScoreModel *t_score_model(const char *json)
{
    sv_DiagList d;
    sv_diag_init(&d);
    sv_ScoreModel *m = NULL;
    sv_Status st = t_score_parse(json, &m, &d);
    t_print_diags(&d);
    assert_int_equal(st, SV_OK);
    assert_int_equal(d.count, 0);
    sv_diag_free(&d);
    return m;
}

char *t_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        print_error("cannot open %s\n", path);
        return NULL;
    }
    char *buf = malloc(SV_MAX_FILE_BYTES + 1u);
    size_t n = buf ? fread(buf, 1, SV_MAX_FILE_BYTES, f) : 0;
    fclose(f);
    if (buf) buf[n] = '\0';
    *len = n;
    return buf;
}

sv_ScoreModel *t_score_file(const char *relative_path)
{
#ifdef SV_SOURCE_DIR
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", SV_SOURCE_DIR, relative_path);
#else
    const char *path = relative_path;
#endif
    size_t n = 0;
    char *buf = t_read_file(path, &n);
    assert_non_null(buf);
    sv_DiagList d;
    sv_diag_init(&d);
    sv_ScoreModel *m = NULL;
    sv_Status st = sv_score_parse(relative_path, buf, n, &m, &d);
    t_print_diags(&d);
    free(buf);
    assert_int_equal(st, SV_OK);
    sv_diag_free(&d);
    return m;
}

void t_fs_init(void)
{
    sv_DiagList d;
    sv_diag_init(&d);
    bool ok = sv_fs_init(NULL, &d);
    t_print_diags(&d);
    sv_diag_free(&d);
    assert_true(ok);
}

sv_Pack *t_load_pack(const char *folder, const char *label)
{
    sv_DiagList d;
    sv_diag_init(&d);
    const char *paths[] = {folder};
    sv_Pack *pack = NULL;
    sv_Status st = sv_pack_load(paths, 1, label, &pack, &d);
    t_print_diags(&d);
    assert_int_equal(st, SV_OK);
    assert_int_equal(d.errors, 0);
    sv_diag_free(&d);
    return pack;
}
