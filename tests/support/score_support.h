/* Scoring models for unit tests: parse from a string or read a file of the
 * source tree, failing the test (with every diagnostic printed) on errors. */
#ifndef SV_TEST_SCORE_SUPPORT_H
#define SV_TEST_SCORE_SUPPORT_H

#include "svara/diag.h"
#include "svara/pack.h"
#include "svara/score.h"

/* Parses; prints the diagnostics when there are any. */
sv_Status t_score_parse(const char *json, sv_ScoreModel **out, sv_DiagList *diags);
/* A model that must load cleanly: from a string, or a file under SV_SOURCE_DIR. */
sv_ScoreModel *t_score_model(const char *json);
/* A whole file (at most SV_MAX_FILE_BYTES), NUL-terminated, heap; NULL when it
 * cannot be opened (said on stderr). */
char *t_read_file(const char *path, size_t *len);
sv_ScoreModel *t_score_file(const char *relative_path);
void t_print_diags(const sv_DiagList *d);
/* The virtual file system started (sv_fs_init), failing the test otherwise. */
void t_fs_init(void);
/* A pack folder that must load without an error (label as sv_pack_load's). */
sv_Pack *t_load_pack(const char *folder, const char *label);

#endif
