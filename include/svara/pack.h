/* Packs: loading and validating scenario packs (folders or .zip files) through
 * PhysicsFS, and the library of packs the game and tools offer. */
#ifndef SVARA_PACK_H
#define SVARA_PACK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/diag.h"
#include "svara/model.h"
#include "svara/status.h"

typedef struct sv_Arena sv_Arena; /* see svara/arena.h */

/* One entry of a manifest's "scoring" changes, kept as plain data; the rule id
 * is checked against the model when the changes are applied (svara/score.h). */
typedef struct sv_PackScoreEntry {
    const char *rule;
    int32_t weight;      /* x100 (0..1000); unused for "disable" entries */
    const char *pointer; /* JSON pointer in pack.json, for diagnostics */
} sv_PackScoreEntry;

/* One step of a manifest's "path", the order a learner takes the scenarios
 * in: the scenario and a short goal for the step. */
typedef struct sv_PackStep {
    const char *scenario_id;
    int32_t scenario; /* index into sv_Pack.scenarios once loaded; -1 before */
    sv_Text goal;
    const char *pointer; /* "/path/3", for diagnostics */
} sv_PackStep;

typedef struct sv_Pack {
    const char *id;
    const char *version;
    const char *licence;
    const char *root; /* native path it was loaded from (folder or .zip) */
    sv_Text title;
    sv_Text description;
    const char **authors;
    uint32_t author_count;
    uint32_t languages; /* bit (1u << sv_Lang) for each declared language */
    sv_Lang first_language;
    sv_Scenario *scenarios;
    uint32_t scenario_count;
    /* the manifest's "scenarios", as listed; NULL for an entry it refused */
    const char **scenario_files;
    uint32_t scenario_file_count;
    /* the manifest's "scoring": {"weights": {rule: 0..10}, "disable": [rule...]} */
    sv_PackScoreEntry *score_weights;
    uint32_t score_weight_count;
    sv_PackScoreEntry *score_disable;
    uint32_t score_disable_count;
    /* the manifest's "path" (a curriculum, first day to advanced); none: a flat list */
    sv_PackStep *path;
    uint32_t path_count;
    /* the manifest's "assessment": one-decision situations the pre- and
     * post-tests are drawn from (svara/assess.h), never on the path; the
     * files as listed (NULL for an entry it refused) and those that loaded */
    const char **assessment_files;
    uint32_t assessment_file_count;
    sv_Scenario *assessment;
    uint32_t assessment_count;
    const char *manifest_file;  /* "label/pack.json" */
    const char *manifest_bytes; /* a copy, so later checks can give line and column */
    size_t manifest_len;
    sv_Arena *arena; /* owns every byte above */
} sv_Pack;

/* PhysicsFS set-up, once per process. argv0 may be NULL. Deregisters every
 * archiver but ZIP. Returns false (with a diagnostic) if PhysicsFS fails. */
bool sv_fs_init(const char *argv0, sv_DiagList *diags);
void sv_fs_free(void);

/* Loads a pack from `paths[0..n)`, native folders or .zip files stacked so that
 * paths[0] overrides files of later ones (a user's overlay first, the built-in
 * pack last). Every problem goes to diags (errors and warnings); on SV_OK *out
 * is a pack the caller frees with sv_pack_unload(). On error *out is NULL.
 * `label` names the pack in diagnostics (e.g. the folder name); NULL = paths[0]. */
sv_Status sv_pack_load(const char *const *paths, size_t n, const char *label, sv_Pack **out,
                       sv_DiagList *diags);
void sv_pack_unload(sv_Pack *pack);

/* Reads file `name` of a loaded pack again from where it was loaded (its
 * first path), with the loader's checks, into a heap buffer the caller frees
 * (NUL-terminated). For tools that look at the bytes again, e.g. to locate
 * what `svara-tool check` finds. SV_ERR_IO when it cannot be read. */
sv_Status sv_pack_read(const sv_Pack *pack, const char *name, char **bytes, size_t *len);

/* Parses a manifest (pack.json) from its bytes, without PhysicsFS: the pack's
 * fields and its list of scenario files (scenario_files), none loaded yet.
 * *out is the pack (free with sv_pack_unload) even when the manifest has
 * errors (SV_ERR_INVALID, each in diags), so its scenarios can still be read
 * and checked; NULL when the bytes are not a JSON document or memory ran out.
 * The fuzz target's entry; sv_pack_load reads packs through it. */
sv_Status sv_pack_parse_manifest(const char *file, const char *bytes, size_t len, sv_Pack **out,
                                 sv_DiagList *diags);

int32_t sv_pack_find_scenario(const sv_Pack *pack, const char *id);
/* An assessment item by id: its index in pack->assessment, -1 when absent. */
int32_t sv_pack_find_assessment(const sv_Pack *pack, const char *id);

/* Parses one scenario file from bytes, without PhysicsFS: the fuzz target and
 * unit tests use it. `languages` is the manifest's declared set. The scenario
 * lives in `arena`. Returns SV_OK only when there were no errors. */
sv_Status sv_scenario_parse(const char *file, const char *bytes, size_t len, uint32_t languages,
                            sv_Arena *arena, sv_Scenario *out, sv_DiagList *diags);

/* A library: every pack found in a list of folders. Folder 0 is searched first;
 * a pack (subfolder or .zip, matched by name without ".zip") found in several
 * folders is loaded stacked, the earlier folder's files overriding. A broken
 * pack is reported in diags and left out; the others still load. */
typedef struct sv_Library {
    sv_Pack **packs; /* heap */
    size_t count;
} sv_Library;

sv_Status sv_library_load(const char *const *folders, size_t n, sv_Library *lib,
                          sv_DiagList *diags);
void sv_library_unload(sv_Library *lib);

#endif
