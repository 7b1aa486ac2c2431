/* Packs on disk: the one module that talks to PhysicsFS. Mounts a pack's
 * folders and .zip files stacked at a private mount point (a zip only after
 * its directory has been checked, zipscan.h), reads the manifest and the
 * scenario files into memory, hands the bytes to the parsers and unmounts
 * again. The library finds every pack in a list of folders. */
#include <physfs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "jsonscan.h"
#include "load_common.h"
#include "svara/native.h"
#include "svara/replay.h"
#include "zipscan.h"

/* a mount point, '/' and a pack path always fit a PhysicsFS path */
_Static_assert(sizeof "/svara-pack-4294967295/" + SV_MAX_PACK_PATH <= SV_MAX_PATH,
               "SV_MAX_PATH is too small for SV_MAX_PACK_PATH");
/* replays keep the version they were recorded with */
_Static_assert(sizeof(((sv_Replay *)0)->pack_version) > SV_MAX_VERSION_BYTES,
               "a replay cannot keep a pack version of SV_MAX_VERSION_BYTES");

/* Mount points must differ between loads, since a failed unmount would
 * otherwise leave one pack's files visible under the next one's name. */
static unsigned mount_serial;

static void fs_error(sv_DiagList *diags, const char *file, const char *what)
{
    const char *why = PHYSFS_getErrorByCode(PHYSFS_getLastErrorCode());
    sv_diag_add(diags, SV_SEV_ERROR, file, "", 0, 0, "%s: %s", what, why ? why : "unknown error");
}

bool sv_fs_init(const char *argv0, sv_DiagList *diags)
{
    if (!PHYSFS_isInit() && !PHYSFS_init(argv0)) {
        fs_error(diags, "physfs", "cannot start PhysicsFS");
        return false;
    }
    /* copy first: deregistering changes the list we would be walking */
    char exts[32][16];
    size_t n = 0;
    for (const PHYSFS_ArchiveInfo **i = PHYSFS_supportedArchiveTypes(); i && *i && n < 32; i++)
        snprintf(exts[n++], sizeof exts[0], "%s", (*i)->extension);
    for (size_t i = 0; i < n; i++) {
        if (strcmp(exts[i], "ZIP") == 0 || strcmp(exts[i], "zip") == 0) continue;
        if (!PHYSFS_deregisterArchiver(exts[i])) {
            fs_error(diags, "physfs", "cannot turn off an archive type");
            return false;
        }
    }
    return true;
}

void sv_fs_free(void)
{
    if (PHYSFS_isInit()) PHYSFS_deinit();
}

/* ---- files --------------------------------------------------------------- */

typedef struct Mounted {
    char point[32];
    const char *const *paths;
    bool *ok;
    sv_ZipScan *zips; /* [n]: the directory of each .zip, empty for folders */
    size_t n;
    const char *label;
} Mounted;

/* The zip PhysicsFS reads `path` from, NULL when a folder has it. */
static const sv_ZipScan *zip_of(const Mounted *m, const char *path)
{
    const char *real = PHYSFS_getRealDir(path);
    for (size_t i = 0; real && i < m->n; i++)
        if (m->paths[i] && strcmp(real, m->paths[i]) == 0)
            return m->zips[i].entries ? &m->zips[i] : NULL;
    return NULL;
}

/* Words for what a folder pack holds at `name` that is not a file or folder. */
static const char *other_words(const char *path, const char *name)
{
    const char *real = PHYSFS_getRealDir(path), *what = "not a regular file";
    char native[2 * SV_MAX_PATH];
    if (real && snprintf(native, sizeof native, "%s/%s", real, name) < (int)sizeof native)
        (void)sv_native_kind(native, &what);
    return what;
}

/* PhysicsFS checks no CRC, and a short deflate stream just reads short. */
static bool bytes_match(const sv_ZipEntry *e, const char *buf, size_t got, const char *shown,
                        sv_DiagList *diags)
{
    if (got != e->usize) {
        sv_diag_add(diags, SV_SEV_ERROR, shown, "", 0, 0,
                    "the zip's directory says this file holds %llu bytes, but %zu could be "
                    "read: the zip is damaged; make it again",
                    (unsigned long long)e->usize, got);
        return false;
    }
    uint32_t crc = sv_zip_crc32(buf, got);
    if (crc != e->crc) {
        sv_diag_add(diags, SV_SEV_ERROR, shown, "", 0, 0,
                    "the bytes read do not match the zip's checksum (CRC-32 %08lx in its "
                    "directory, %08lx of the bytes): the zip is damaged; make it again",
                    (unsigned long)e->crc, (unsigned long)crc);
        return false;
    }
    return true;
}

/* Reads `name` inside the mounted pack. 1 read, 0 not there, -1 an error
 * (reported). A file over the size limit is refused before it is read, and
 * anything but a regular file (a named pipe would block) is never opened. */
static int read_file(const Mounted *m, const char *name, char **out, size_t *len,
                     sv_DiagList *diags)
{
    char path[SV_MAX_PATH], shown[SV_MAX_PATH];
    int fits = snprintf(path, sizeof path, "%s/%s", m->point, name);
    snprintf(shown, sizeof shown, "%s/%s", m->label, name);
    *out = NULL;
    *len = 0;
    if (fits < 0 || (size_t)fits >= sizeof path) { /* never cut to another file's name */
        sv_diag_add(diags, SV_SEV_ERROR, shown, "", 0, 0,
                    "the path is %zu bytes long; the limit is %u", strlen(name), SV_MAX_PACK_PATH);
        return -1;
    }
    PHYSFS_Stat st;
    if (!PHYSFS_exists(path)) return 0;
    if (PHYSFS_stat(path, &st) && st.filetype != PHYSFS_FILETYPE_REGULAR) {
        if (st.filetype == PHYSFS_FILETYPE_DIRECTORY)
            sv_diag_add(diags, SV_SEV_ERROR, shown, "", 0, 0, "this is a folder, not a JSON file");
        else
            sv_diag_add(diags, SV_SEV_ERROR, shown, "", 0, 0,
                        "this is %s, not a file; it was not opened", other_words(path, name));
        return -1;
    }
    const sv_ZipScan *zip = zip_of(m, path);
    const sv_ZipEntry *entry = zip ? sv_zip_find(zip, name) : NULL;
    if (zip && !entry) return 0; /* an entry the scan left out, with a warning saying why */
    if (entry && entry->symlink) {
        sv_diag_add(diags, SV_SEV_ERROR, shown, "", 0, 0,
                    "this is a symbolic link inside the zip; put the file itself in the zip");
        return -1;
    }
    /* the scan passed the zip, so PhysicsFS failing on it means damaged data */
    const char *damaged =
        "cannot read this file: the zip is damaged (make it again); PhysicsFS says";
    PHYSFS_File *f = PHYSFS_openRead(path);
    if (!f) {
        fs_error(diags, shown, entry ? damaged : "cannot open the file");
        return -1;
    }
    PHYSFS_sint64 size = PHYSFS_fileLength(f);
    if (size > (PHYSFS_sint64)SV_MAX_FILE_BYTES) {
        sv_diag_add(diags, SV_SEV_ERROR, shown, "", 0, 0,
                    "the file is %lld bytes; the limit is %u bytes (1 MiB)", (long long)size,
                    SV_MAX_FILE_BYTES);
        PHYSFS_close(f);
        return -1;
    }
    size_t cap = size >= 0 ? (size_t)size : SV_MAX_FILE_BYTES + 1;
    char *buf = malloc(cap + 1);
    PHYSFS_sint64 got = buf ? PHYSFS_readBytes(f, buf, cap) : -1;
    PHYSFS_close(f);
    if (got < 0 || (size_t)got > SV_MAX_FILE_BYTES) {
        if (got < 0)
            fs_error(diags, shown,
                     !buf    ? "out of memory"
                     : entry ? damaged
                             : "cannot read the file");
        else
            sv_diag_add(diags, SV_SEV_ERROR, shown, "", 0, 0,
                        "the file is more than %u bytes (1 MiB), the limit", SV_MAX_FILE_BYTES);
        free(buf);
        return -1;
    }
    if (entry && !bytes_match(entry, buf, (size_t)got, shown, diags)) {
        free(buf);
        return -1;
    }
    buf[got] = '\0';
    *out = buf;
    *len = (size_t)got;
    return 1;
}

/* ---- the manifest ----------------------------------------------------------- */

static bool path_ok(const char *p)
{
    if (!p[0] || p[0] == '/' || strchr(p, '\\') || strchr(p, ':')) return false;
    for (const char *seg = p; seg;) {
        const char *end = strchr(seg, '/');
        size_t n = end ? (size_t)(end - seg) : strlen(seg);
        if (n == 0 || (n == 1 && seg[0] == '.') || (n == 2 && seg[0] == '.' && seg[1] == '.'))
            return false;
        seg = end ? end + 1 : NULL;
    }
    return true;
}

static void read_languages(sv_Loader *L, const cJSON *root, sv_Pack *pack)
{
    char at[SV_LOAD_PTR] = "";
    const cJSON *list = sv_load_list(L, root, "languages", true, at);
    size_t i = 0;
    for (const cJSON *it = list ? list->child : NULL; it; it = it->next, i++) {
        char lang_at[SV_LOAD_PTR];
        int lang;
        sv_load_ptr_index(lang_at, at, i);
        if (!sv_load_vocab(L, it, lang_at, "language", SV_VOCAB_LANG, &lang)) continue;
        if (sv_lang_in(pack->languages, (sv_Lang)lang))
            sv_load_error(L, lang_at, "language '%s' is listed twice", sv_lang_code((sv_Lang)lang));
        if (!pack->languages) pack->first_language = (sv_Lang)lang;
        pack->languages |= sv_lang_bit((sv_Lang)lang);
    }
    if (list && i == 0) sv_load_error(L, at, "list at least one language, e.g. [\"en\"]");
    if (!pack->languages) pack->languages = sv_lang_bit(SV_LANG_EN); /* to go on checking texts */
    L->languages = pack->languages;
    L->first_lang = pack->first_language;
}

static void read_authors(sv_Loader *L, const cJSON *root, sv_Pack *pack)
{
    char at[SV_LOAD_PTR] = "";
    const cJSON *list = sv_load_list(L, root, "authors", true, at);
    int n = list ? cJSON_GetArraySize(list) : 0;
    if (list && n == 0) sv_load_error(L, at, "list at least one author");
    if (n > (int)SV_MAX_AUTHORS)
        sv_load_error(L, at, "%d authors; the limit is %u", n, SV_MAX_AUTHORS);
    pack->authors = n > 0 ? sv_load_alloc(L, (size_t)n * sizeof *pack->authors) : NULL;
    size_t i = 0;
    for (const cJSON *it = pack->authors ? list->child : NULL; it; it = it->next, i++) {
        char item_at[SV_LOAD_PTR];
        const char *s;
        sv_load_ptr_index(item_at, at, i);
        pack->authors[i] =
            sv_load_visible(L, it, item_at, SV_MAX_NAME_BYTES, &s) ? sv_load_strdup(L, s) : "";
    }
    pack->author_count = pack->authors ? (uint32_t)n : 0;
}

static const char *read_plain(sv_Loader *L, const cJSON *root, const char *key)
{
    char at[SV_LOAD_PTR];
    const char *s;
    sv_load_ptr_key(at, "", key);
    const cJSON *v = sv_load_required(L, root, "", key);
    if (!v || !sv_load_string(L, v, at, &s)) return "";
    if (sv_load_one_line(s)) return sv_load_strdup(L, s);
    /* the tool prints these as they are: nothing may forge a line or drive the terminal */
    sv_load_error(L, at, "has a control character or a line break; write it on one line");
    return "";
}

/* Replays record the version in SV_MAX_VERSION_BYTES: a longer one would be
 * cut there, and an empty one tells two releases apart no better. */
static const char *read_version(sv_Loader *L, const cJSON *root)
{
    const cJSON *v = sv_load_get(root, "version");
    const char *version = read_plain(L, root, "version");
    if (!cJSON_IsString(v)) return version;
    size_t n = strlen(version);
    if (n == 0)
        sv_load_error(L, "/version", "the version is empty; give the pack's own, e.g. \"1.0.0\"");
    else if (n > SV_MAX_VERSION_BYTES)
        sv_load_error(L, "/version", "the version is %zu bytes long; the limit is %u", n,
                      SV_MAX_VERSION_BYTES);
    return version;
}

/* A list of files in the manifest: "scenarios" or "assessment". */
typedef struct FileList {
    const char *key;    /* "scenarios" */
    const char *what;   /* "scenario": "scenario file", "scenario path" */
    const char *plural; /* "scenarios": "130 scenarios; the limit is" */
    const char *a_what; /* "a scenario" */
    bool required;
    uint32_t min; /* entries it needs (too_few says why) */
} FileList;

static const FileList scenario_list = {"scenarios", "scenario", "scenarios", "a scenario", true, 1};
static const FileList assessment_list = {"assessment",    "assessment", "situations",
                                         "an assessment", false,        2 * SV_ASSESS_ITEMS};

/* Is entry i the first in the list with its path? Reports the first repeat of
 * a path once (later ones are not loaded either, and say nothing new). */
static bool first_listing(sv_Loader *L, const FileList *fl, const cJSON *list, size_t i,
                          const char *s, const char *item_at)
{
    size_t first = 0, seen = 0;
    const cJSON *it = list->child;
    for (size_t k = 0; k < i; k++, it = it->next)
        if (cJSON_IsString(it) && strcmp(it->valuestring, s) == 0 && seen++ == 0) first = k;
    if (seen == 1)
        sv_load_error(L, item_at,
                      "%s file '%.100s' is already listed at /%s/%zu; list each file once",
                      fl->what, s, fl->key, first);
    return seen == 0;
}

/* Too few entries: what the list is for says how many it needs. */
static void too_few(sv_Loader *L, const FileList *fl, const char *at, int n)
{
    if (fl == &scenario_list)
        sv_load_error(L, at, "list at least one scenario file");
    else
        sv_load_error(L, at,
                      "%d situations; an assessment pool holds at least %u (twice the %u of one "
                      "test, so the post-test never repeats the pre-test)",
                      n, fl->min, SV_ASSESS_ITEMS);
}

/* Checks the paths of a file list: ok[i] for each of the first SV_MAX_PACK_FILES
 * entries that may be loaded. Entries past the limit are not looked at. */
static const cJSON *read_file_list(sv_Loader *L, const cJSON *root, const FileList *fl, bool *ok)
{
    char at[SV_LOAD_PTR] = "";
    const cJSON *list = sv_load_list(L, root, fl->key, fl->required, at);
    int n = list ? cJSON_GetArraySize(list) : 0;
    if (list && n < (int)fl->min) too_few(L, fl, at, n);
    if (n > (int)SV_MAX_PACK_FILES)
        sv_load_error(L, at, "%d %s; the limit is %u (the rest were not read)", n, fl->plural,
                      SV_MAX_PACK_FILES);
    size_t i = 0;
    for (const cJSON *it = list ? list->child : NULL; it && i < SV_MAX_PACK_FILES;
         it = it->next, i++) {
        char item_at[SV_LOAD_PTR];
        const char *s;
        ok[i] = false;
        sv_load_ptr_index(item_at, at, i);
        if (!sv_load_string(L, it, item_at, &s)) continue;
        if (strlen(s) > SV_MAX_PACK_PATH)
            sv_load_error(L, item_at, "%s path is %zu bytes long; the limit is %u", fl->what,
                          strlen(s), SV_MAX_PACK_PATH);
        else if (!path_ok(s))
            sv_load_error(L, item_at,
                          "%s path '%.100s' is not allowed: give a path inside the pack with "
                          "'/' between folders and no '..', '.' or '\\'",
                          fl->what, s);
        else if (strcmp(s, "pack.json") == 0)
            sv_load_error(L, item_at,
                          "'pack.json' is the pack's manifest, not %s file; list the %s files",
                          fl->a_what, fl->what);
        else
            ok[i] = first_listing(L, fl, list, i, s, item_at);
    }
    return list;
}

/* An assessment file that is a scenario too would be a situation the learner
 * has played (and the path would count it). */
static void not_a_scenario(sv_Loader *L, const cJSON *scenarios, const cJSON *assessment, bool *ok)
{
    size_t i = 0;
    for (const cJSON *a = assessment->child; a && i < SV_MAX_PACK_FILES; a = a->next, i++) {
        size_t k = 0;
        for (const cJSON *s = scenarios ? scenarios->child : NULL; ok[i] && s; s = s->next, k++) {
            if (!cJSON_IsString(s) || strcmp(s->valuestring, a->valuestring) != 0) continue;
            char at[SV_LOAD_PTR];
            sv_load_ptr_index(at, "/assessment", i);
            sv_load_error(L, at,
                          "'%.100s' is a scenario too (/scenarios/%zu); an assessment situation "
                          "is one the learner has not played: give it a file of its own",
                          a->valuestring, k);
            ok[i] = false;
        }
    }
}

/* "scoring": {"weights": {"rule-id": 1.5}, "disable": ["rule-id"]}. Shapes and
 * ranges are checked here; whether the rules exist, when the model is applied. */
static void read_weights(sv_Loader *L, const cJSON *weights, sv_Pack *pack)
{
    if (!weights || !sv_load_object(L, weights, "/scoring/weights", "'weights'")) return;
    int n = cJSON_GetArraySize(weights);
    pack->score_weights = n > 0 ? sv_load_alloc(L, (size_t)n * sizeof *pack->score_weights) : NULL;
    for (const cJSON *w = pack->score_weights ? weights->child : NULL; w; w = w->next) {
        char at[SV_LOAD_PTR];
        sv_load_ptr_key(at, "/scoring/weights", w->string);
        if (!cJSON_IsNumber(w) || w->valuedouble < 0 || w->valuedouble > 10) {
            sv_load_error(L, at, "a weight is a number from 0 (rule has no effect) to 10");
            continue;
        }
        sv_PackScoreEntry *e = &pack->score_weights[pack->score_weight_count++];
        e->rule = sv_load_strdup(L, w->string);
        e->weight = sv_weight_from_factor(w->valuedouble);
        e->pointer = sv_load_strdup(L, at);
    }
}

static void read_scoring(sv_Loader *L, const cJSON *scoring, sv_Pack *pack)
{
    static const char *const keys[] = {"weights", "disable", NULL};
    if (!scoring || !sv_load_object(L, scoring, "/scoring", "'scoring'")) return;
    sv_load_check_keys(L, scoring, "/scoring", keys);
    read_weights(L, sv_load_get(scoring, "weights"), pack);
    char at[SV_LOAD_PTR] = "/scoring";
    const cJSON *list = sv_load_list(L, scoring, "disable", false, at);
    int n = list ? cJSON_GetArraySize(list) : 0;
    pack->score_disable = n > 0 ? sv_load_alloc(L, (size_t)n * sizeof *pack->score_disable) : NULL;
    size_t i = 0;
    for (const cJSON *it = pack->score_disable ? list->child : NULL; it; it = it->next, i++) {
        char item_at[SV_LOAD_PTR];
        const char *rule;
        sv_load_ptr_index(item_at, at, i);
        if (!sv_load_string(L, it, item_at, &rule)) continue;
        sv_PackScoreEntry *e = &pack->score_disable[pack->score_disable_count++];
        e->rule = sv_load_strdup(L, rule);
        e->pointer = sv_load_strdup(L, item_at);
    }
}

/* "path": [{"scenario": "id", "goal": {...}}]: the order a learner follows,
 * shapes checked here; the ids once the scenarios are loaded (resolve_path). */
static void read_path(sv_Loader *L, const cJSON *root, sv_Pack *pack)
{
    static const char *const keys[] = {"scenario", "goal", NULL};
    char at[SV_LOAD_PTR] = "";
    const cJSON *list = sv_load_list(L, root, "path", false, at);
    int n = list ? cJSON_GetArraySize(list) : 0;
    if (list && n == 0)
        sv_load_error(L, at, "a path lists at least one step; leave it out for a flat list");
    if (n > (int)SV_MAX_PACK_FILES) {
        sv_load_error(L, at, "%d steps; the limit is %u", n, SV_MAX_PACK_FILES);
        n = (int)SV_MAX_PACK_FILES;
    }
    pack->path = n > 0 ? sv_load_alloc(L, (size_t)n * sizeof *pack->path) : NULL;
    size_t i = 0;
    for (const cJSON *it = pack->path ? list->child : NULL; it && i < (size_t)n;
         it = it->next, i++) {
        char item_at[SV_LOAD_PTR], key_at[SV_LOAD_PTR];
        sv_PackStep *step = &pack->path[pack->path_count++];
        step->scenario = -1;
        step->scenario_id = "";
        sv_load_empty_text(&step->goal);
        sv_load_ptr_index(item_at, at, i);
        step->pointer = sv_load_strdup(L, item_at);
        if (!sv_load_object(L, it, item_at, "a path step")) continue;
        sv_load_check_keys(L, it, item_at, keys);
        const cJSON *id = sv_load_required(L, it, item_at, "scenario");
        sv_load_ptr_key(key_at, item_at, "scenario");
        if (id && sv_load_id_syntax(L, id, key_at, "scenario"))
            step->scenario_id = sv_load_strdup(L, id->valuestring);
        const cJSON *goal = sv_load_required(L, it, item_at, "goal");
        sv_load_ptr_key(key_at, item_at, "goal");
        if (goal) (void)sv_load_text(L, goal, key_at, &step->goal);
    }
}

static void read_manifest(sv_Loader *L, const cJSON *root, sv_Pack *pack, bool *ok, bool *assess_ok,
                          const cJSON **list, const cJSON **assessment)
{
    static const char *const keys[] = {"format",           "id",        "title",   "description",
                                       "version",          "languages", "authors", "licence",
                                       "scenarios",        "scoring",   "path",    "assessment",
                                       SV_LOAD_SCHEMA_KEY, NULL};
    sv_load_check_keys(L, root, "", keys);
    sv_load_format(L, root);
    sv_load_schema_key(L, root);
    read_languages(L, root, pack);
    const cJSON *id = sv_load_required(L, root, "", "id");
    pack->id =
        id && sv_load_id_syntax(L, id, "/id", "pack") ? sv_load_strdup(L, id->valuestring) : "";
    const cJSON *title = sv_load_required(L, root, "", "title");
    if (title) (void)sv_load_text(L, title, "/title", &pack->title);
    (void)sv_load_text(L, sv_load_get(root, "description"), "/description", &pack->description);
    pack->version = read_version(L, root);
    pack->licence = read_plain(L, root, "licence");
    read_authors(L, root, pack);
    read_scoring(L, sv_load_get(root, "scoring"), pack);
    read_path(L, root, pack);
    *list = read_file_list(L, root, &scenario_list, ok);
    *assessment = read_file_list(L, root, &assessment_list, assess_ok);
    if (*assessment) not_a_scenario(L, *list, *assessment, assess_ok);
}

/* ---- scenarios ------------------------------------------------------------ */

/* A manifest's file list as the pack keeps it: the entries read_file_list
 * marked ok, NULL for the others (at most SV_MAX_PACK_FILES). */
static const char **keep_files(sv_Loader *L, const cJSON *list, const bool *ok, uint32_t *count)
{
    int n = list ? cJSON_GetArraySize(list) : 0;
    if (n > (int)SV_MAX_PACK_FILES) n = (int)SV_MAX_PACK_FILES;
    const char **files = n > 0 ? sv_load_alloc(L, (size_t)n * sizeof *files) : NULL;
    size_t i = 0;
    *count = 0;
    for (const cJSON *it = files ? list->child : NULL; it && i < (size_t)n; it = it->next, i++)
        files[(*count)++] = ok[i] ? sv_load_strdup(L, it->valuestring) : NULL;
    return files;
}

/* The scenario or situation loaded from `shown` clashes with an id loaded before. */
static bool id_taken(const sv_Pack *pack, const sv_Scenario *sc, const char *shown,
                     const char *bytes, size_t len, sv_DiagList *diags)
{
    const sv_Scenario *lists[2] = {pack->scenarios, pack->assessment};
    uint32_t counts[2] = {pack->scenario_count, pack->assessment_count};
    for (int l = 0; l < 2; l++)
        for (uint32_t k = 0; lists[l] && k < counts[l]; k++) {
            if (&lists[l][k] == sc || strcmp(lists[l][k].id, sc->id) != 0) continue;
            sv_json_diag(diags, SV_SEV_ERROR, shown, bytes, len, "/id",
                         "duplicate scenario id '%s': %s has it too (scenario ids are "
                         "unique in a pack, the assessment's situations included)",
                         sc->id, lists[l][k].file);
            return true;
        }
    return false;
}

/* Loads the files of a manifest's list: the scenarios, or the assessment's
 * situations (each a scenario with one decision to choose from). */
static void load_list(sv_Loader *L, const Mounted *m, sv_Pack *pack, bool assessment)
{
    uint32_t n = assessment ? pack->assessment_file_count : pack->scenario_file_count;
    const char *const *files = assessment ? pack->assessment_files : pack->scenario_files;
    sv_Scenario *list = n > 0 ? sv_load_alloc(L, (size_t)n * sizeof *list) : NULL;
    uint32_t *count = assessment ? &pack->assessment_count : &pack->scenario_count;
    if (assessment)
        pack->assessment = list;
    else
        pack->scenarios = list;
    for (uint32_t i = 0; list && i < n; i++) {
        char at[SV_LOAD_PTR], shown[SV_MAX_PATH];
        char *bytes;
        size_t len;
        const char *name = files[i];
        sv_load_ptr_index(at, assessment ? "/assessment" : "/scenarios", i);
        if (!name) continue;
        int r = read_file(m, name, &bytes, &len, L->diags);
        if (r == 0)
            sv_load_error(L, at, "%s file '%.100s' is not in the pack",
                          assessment ? "assessment" : "scenario", name);
        if (r <= 0) continue;
        sv_Scenario *sc = &list[*count];
        snprintf(shown, sizeof shown, "%s/%s", m->label, name);
        sv_Status st = sv_load_scenario(shown, bytes, len, pack->languages, pack->first_language,
                                        pack->arena, sc, L->diags);
        sc->file = name;
        if (st == SV_OK && assessment) st = sv_load_assess_item(shown, bytes, len, sc, L->diags);
        if (st == SV_OK && id_taken(pack, sc, shown, bytes, len, L->diags)) st = SV_ERR_INVALID;
        if (st == SV_ERR_NOMEM) L->nomem = true;
        if (st == SV_OK) (*count)++;
        free(bytes);
    }
}

sv_Status sv_pack_parse_manifest(const char *file, const char *bytes, size_t len, sv_Pack **out,
                                 sv_DiagList *diags)
{
    *out = NULL;
    size_t errors = diags->errors;
    cJSON *root = sv_json_parse(file, bytes, len, diags);
    if (!root) return SV_ERR_INVALID;
    sv_Arena *arena = sv_arena_create(64 * 1024);
    sv_Pack *pack = arena ? sv_arena_alloc(arena, sizeof *pack) : NULL;
    if (!pack) {
        cJSON_Delete(root);
        sv_arena_free(arena);
        return SV_ERR_NOMEM;
    }
    sv_Loader L;
    sv_load_init(&L, file, bytes, len, arena, 0, SV_LANG_EN, diags);
    pack->arena = arena;
    pack->root = "";
    pack->manifest_file = sv_load_strdup(&L, file);
    char *copy = sv_load_alloc(&L, len + 1);
    if (copy) memcpy(copy, bytes, len);
    pack->manifest_bytes = copy ? copy : "";
    pack->manifest_len = copy ? len : 0;
    if (sv_load_object(&L, root, "", "a pack manifest")) {
        bool ok[SV_MAX_PACK_FILES] = {false}, assess_ok[SV_MAX_PACK_FILES] = {false};
        const cJSON *list = NULL, *assessment = NULL;
        read_manifest(&L, root, pack, ok, assess_ok, &list, &assessment);
        pack->scenario_files = keep_files(&L, list, ok, &pack->scenario_file_count);
        pack->assessment_files =
            keep_files(&L, assessment, assess_ok, &pack->assessment_file_count);
    }
    sv_Status st = L.nomem ? SV_ERR_NOMEM : diags->errors > errors ? SV_ERR_INVALID : SV_OK;
    sv_load_free(&L);
    cJSON_Delete(root);
    if (st == SV_ERR_NOMEM)
        sv_arena_free(arena);
    else
        *out = pack;
    return st;
}

/* The path's scenario ids, once the scenarios are loaded: each must be one of
 * the pack's, and on the path once. Not checked when a scenario failed to load
 * (its id is unknown, and its own errors say why). */
static void resolve_path(sv_Loader *L, sv_Pack *pack)
{
    if (pack->scenario_count < pack->scenario_file_count) return;
    for (uint32_t i = 0; i < pack->path_count; i++) {
        sv_PackStep *step = &pack->path[i];
        if (!step->scenario_id[0]) continue;
        char at[SV_LOAD_PTR];
        sv_load_ptr_key(at, step->pointer, "scenario");
        step->scenario = sv_pack_find_scenario(pack, step->scenario_id);
        if (step->scenario < 0) {
            char list[512] = "";
            for (uint32_t k = 0, len = 0; k < pack->scenario_count && len + 2 < sizeof list; k++)
                len += (uint32_t)snprintf(list + len, sizeof list - len, "%s%s", k ? ", " : "",
                                          pack->scenarios[k].id);
            sv_load_error(L, at, "the pack has no scenario '%s'; its scenarios are: %s",
                          step->scenario_id, list);
            continue;
        }
        for (uint32_t k = 0; k < i; k++)
            if (pack->path[k].scenario == step->scenario) {
                sv_load_error(L, at,
                              "scenario '%s' is already on the path at %s; a path takes each "
                              "scenario once",
                              step->scenario_id, pack->path[k].pointer);
                break;
            }
    }
}

/* The pack's files are mounted at m->point; builds the pack or reports why not. */
static sv_Status load_mounted(const Mounted *m, sv_Pack **out, sv_DiagList *diags)
{
    char *bytes;
    size_t len, errors = diags->errors;
    char shown[SV_MAX_PATH];
    snprintf(shown, sizeof shown, "%s/pack.json", m->label);
    int r = read_file(m, "pack.json", &bytes, &len, diags);
    if (r == 0)
        sv_diag_add(diags, SV_SEV_ERROR, shown, "", 0, 0,
                    "there is no pack.json; a pack has its manifest at its top level");
    if (r <= 0) return SV_ERR_INVALID;
    /* the manifest from its bytes; its scenarios are read even when it has
     * errors, so one pass reports every problem of the pack */
    sv_Pack *pack = NULL;
    sv_Status st = sv_pack_parse_manifest(shown, bytes, len, &pack, diags);
    free(bytes);
    if (!pack) return st;
    sv_Loader L;
    sv_load_init(&L, pack->manifest_file, pack->manifest_bytes, pack->manifest_len, pack->arena, 0,
                 SV_LANG_EN, diags);
    pack->root = sv_load_strdup(&L, m->paths[0]);
    load_list(&L, m, pack, false);
    load_list(&L, m, pack, true);
    resolve_path(&L, pack);
    st = L.nomem ? SV_ERR_NOMEM : diags->errors > errors ? SV_ERR_INVALID : SV_OK;
    sv_load_free(&L);
    if (st == SV_OK)
        *out = pack;
    else
        sv_pack_unload(pack);
    return st;
}

/* ---- packs ------------------------------------------------------------------ */

/* "packs/sample/" -> "sample", "x/sample.zip" -> "sample" ("sample.zip" with keep_zip) */
static void base_name(const char *path, bool keep_zip, char *out, size_t size)
{
    size_t n = strlen(path);
    while (n > 1 && (path[n - 1] == '/' || path[n - 1] == '\\')) n--;
    size_t start = n;
    while (start > 0 && path[start - 1] != '/' && path[start - 1] != '\\') start--;
    size_t len = n - start;
    if (!keep_zip && len > 4 &&
        (strncmp(path + n - 4, ".zip", 4) == 0 || strncmp(path + n - 4, ".ZIP", 4) == 0))
        len -= 4;
    snprintf(out, size, "%.*s", (int)len, path + start);
}

static void base_label(const char *path, char *out, size_t size)
{
    base_name(path, false, out, size);
}

static void unmount_all(const Mounted *m)
{
    for (size_t i = m->n; i-- > 0;) {
        if (m->ok[i]) (void)PHYSFS_unmount(m->paths[i]);
        sv_zip_free(&m->zips[i]);
    }
}

/* Only a folder or a regular file is handed to PhysicsFS: opening a named
 * pipe blocks for ever, and a zip is mounted only once its directory passed
 * (PhysicsFS's own reading of it is slow and says little). Problems name the
 * path's last part ("sample.zip"), as the pack's files are named "sample/...". */
static bool mount_one(Mounted *m, size_t i, const char *name, sv_DiagList *diags)
{
    const char *path = m->paths[i], *what;
    char file[SV_MAX_PATH];
    base_name(path ? path : name, true, file, sizeof file);
    sv_NativeKind kind = sv_native_kind(path, &what);
    if (kind == SV_NATIVE_MISSING) {
        sv_diag_add(diags, SV_SEV_ERROR, file, "", 0, 0,
                    "there is no pack here: no folder and no .zip at '%.200s'",
                    path ? path : "(none)");
        return false;
    }
    if (kind != SV_NATIVE_FILE && kind != SV_NATIVE_DIR) {
        sv_diag_add(diags, SV_SEV_ERROR, file, "", 0, 0,
                    "this is %s, not a file or a folder; it was not opened", what);
        return false;
    }
    if (kind == SV_NATIVE_FILE && !sv_zip_scan(path, file, &m->zips[i], diags)) return false;
    if (PHYSFS_mount(path, m->point, 1)) return true; /* append: paths[0] is searched first */
    char what_failed[SV_MAX_PATH + 32];
    snprintf(what_failed, sizeof what_failed, "cannot open the pack at '%s'", path);
    fs_error(diags, name, what_failed);
    return false;
}

sv_Status sv_pack_load(const char *const *paths, size_t n, const char *label, sv_Pack **out,
                       sv_DiagList *diags)
{
    char name[SV_MAX_PATH];
    *out = NULL;
    if (!paths || n == 0 || !paths[0]) {
        sv_diag_add(diags, SV_SEV_ERROR, label ? label : "pack", "", 0, 0, "no pack path given");
        return SV_ERR_IO;
    }
    if (label)
        snprintf(name, sizeof name, "%s", label);
    else
        base_label(paths[0], name, sizeof name);
    if (!PHYSFS_isInit()) {
        sv_diag_add(diags, SV_SEV_ERROR, name, "", 0, 0,
                    "PhysicsFS is not started; call sv_fs_init() first");
        return SV_ERR_IO;
    }
    Mounted m = {.paths = paths, .n = n, .label = name};
    snprintf(m.point, sizeof m.point, "/svara-pack-%u", ++mount_serial);
    m.ok = calloc(n, sizeof *m.ok);
    m.zips = calloc(n, sizeof *m.zips);
    if (!m.ok || !m.zips) {
        free(m.ok);
        free(m.zips);
        return SV_ERR_NOMEM;
    }
    sv_Status st = SV_OK;
    for (size_t i = 0; i < n; i++)
        if (!(m.ok[i] = mount_one(&m, i, name, diags))) st = SV_ERR_IO;
    if (st == SV_OK) st = load_mounted(&m, out, diags);
    unmount_all(&m);
    free(m.ok);
    free(m.zips);
    return st;
}

sv_Status sv_pack_read(const sv_Pack *pack, const char *name, char **bytes, size_t *len)
{
    *bytes = NULL;
    *len = 0;
    if (!pack || !pack->root || !name || !PHYSFS_isInit()) return SV_ERR_IO;
    const char *paths[1] = {pack->root};
    bool ok = false;
    sv_ZipScan zip = {0};
    Mounted m = {.paths = paths, .n = 1, .label = "", .ok = &ok, .zips = &zip};
    snprintf(m.point, sizeof m.point, "/svara-pack-%u", ++mount_serial);
    sv_DiagList quiet; /* the load reported every problem already */
    sv_diag_init(&quiet);
    ok = mount_one(&m, 0, "", &quiet);
    int r = ok ? read_file(&m, name, bytes, len, &quiet) : -1;
    unmount_all(&m);
    sv_diag_free(&quiet);
    return r > 0 ? SV_OK : SV_ERR_IO;
}

void sv_pack_unload(sv_Pack *pack)
{
    if (pack) sv_arena_free(pack->arena); /* the pack itself lives in its arena */
}

int32_t sv_pack_find_assessment(const sv_Pack *pack, const char *id)
{
    if (!pack || !id) return -1;
    for (uint32_t i = 0; i < pack->assessment_count; i++)
        if (strcmp(pack->assessment[i].id, id) == 0) return (int32_t)i;
    return -1;
}

int32_t sv_pack_find_scenario(const sv_Pack *pack, const char *id)
{
    if (!pack || !id) return -1;
    for (uint32_t i = 0; i < pack->scenario_count; i++)
        if (strcmp(pack->scenarios[i].id, id) == 0) return (int32_t)i;
    return -1;
}

/* ---- the library ------------------------------------------------------------ */

typedef struct Group {
    char *name;   /* heap */
    char **paths; /* heap, native, folder 0's first */
    size_t n;
} Group;

typedef struct Groups {
    Group *items;
    size_t n, cap;
    bool nomem;
} Groups;

static char *dup_str(const char *s)
{
    char *p = malloc(strlen(s) + 1);
    if (p) strcpy(p, s);
    return p;
}

static void group_add(Groups *g, const char *name, const char *folder, const char *entry)
{
    size_t i = 0;
    while (i < g->n && strcmp(g->items[i].name, name) != 0) i++;
    if (i == g->n) {
        if (g->n == g->cap) {
            size_t cap = g->cap ? g->cap * 2 : 16;
            Group *items = realloc(g->items, cap * sizeof *items);
            if (!items) goto nomem;
            g->items = items;
            g->cap = cap;
        }
        g->items[i] = (Group){dup_str(name), NULL, 0};
        if (!g->items[i].name) goto nomem;
        g->n++;
    }
    Group *grp = &g->items[i];
    char **paths = realloc(grp->paths, (grp->n + 1) * sizeof *paths);
    if (!paths) goto nomem;
    grp->paths = paths;
    size_t len = strlen(folder) + strlen(entry) + 8;
    char *path = malloc(len);
    if (!path) goto nomem;
    char last = folder[0] ? folder[strlen(folder) - 1] : '/';
    const char *sep = (last == '/' || last == '\\') ? "" : PHYSFS_getDirSeparator();
    snprintf(path, len, "%s%s%s", folder, sep, entry);
    grp->paths[grp->n++] = path;
    return;
nomem:
    g->nomem = true;
}

static bool ends_with_zip(const char *s)
{
    size_t n = strlen(s);
    return n > 4 && (strcmp(s + n - 4, ".zip") == 0 || strcmp(s + n - 4, ".ZIP") == 0);
}

/* Packs in one native folder: subfolders with a pack.json, and .zip files. A
 * folder that is not there has no packs. What each entry is comes from the
 * native file system, so a named pipe called x.zip is reported, not opened. */
static void scan_folder(const char *folder, Groups *g, sv_DiagList *diags)
{
    char point[32];
    const char *what;
    sv_NativeKind kind = sv_native_kind(folder, &what);
    if (kind == SV_NATIVE_MISSING) return;
    if (kind != SV_NATIVE_DIR) {
        sv_diag_add(diags, SV_SEV_ERROR, folder, "", 0, 0,
                    "this is %s, not a folder of packs; it was not opened", what);
        return;
    }
    snprintf(point, sizeof point, "/svara-lib-%u", ++mount_serial);
    if (!PHYSFS_mount(folder, point, 1)) return;
    char **names = PHYSFS_enumerateFiles(point);
    for (char **i = names; i && *i; i++) {
        char native[2 * SV_MAX_PATH], manifest[2 * SV_MAX_PATH + 16];
        snprintf(native, sizeof native, "%s/%s", folder, *i);
        snprintf(manifest, sizeof manifest, "%s/pack.json", native);
        kind = sv_native_kind(native, &what);
        if (kind == SV_NATIVE_DIR && sv_native_kind(manifest, NULL) != SV_NATIVE_MISSING) {
            group_add(g, *i, folder, *i); /* a pack.json that is no file is reported there */
        } else if (ends_with_zip(*i) && kind == SV_NATIVE_FILE) {
            char name[SV_MAX_PATH];
            snprintf(name, sizeof name, "%.*s", (int)(strlen(*i) - 4), *i);
            group_add(g, name, folder, *i);
        } else if (ends_with_zip(*i) && kind != SV_NATIVE_DIR) {
            sv_diag_add(diags, SV_SEV_ERROR, *i, "", 0, 0,
                        "this is %s, not a file or a folder; it was not opened", what);
        }
    }
    PHYSFS_freeList(names);
    (void)PHYSFS_unmount(folder);
}

/* Sorted by id; a second pack with an id already taken is reported and dropped. */
static void sort_packs(sv_Library *lib, sv_DiagList *diags)
{
    /* insertion sort: stable, so among equal ids the earlier folder's pack stays */
    for (size_t i = 1; i < lib->count; i++) {
        sv_Pack *p = lib->packs[i];
        size_t k = i;
        for (; k > 0 && strcmp(lib->packs[k - 1]->id, p->id) > 0; k--)
            lib->packs[k] = lib->packs[k - 1];
        lib->packs[k] = p;
    }
    size_t kept = 0;
    for (size_t i = 0; i < lib->count; i++) {
        if (kept && strcmp(lib->packs[kept - 1]->id, lib->packs[i]->id) == 0) {
            char label[SV_MAX_PATH], file[SV_MAX_PATH + 16];
            base_label(lib->packs[i]->root, label, sizeof label);
            snprintf(file, sizeof file, "%s/pack.json", label);
            sv_diag_add(diags, SV_SEV_ERROR, file, "/id", 0, 0,
                        "pack id '%s' is also the id of the pack at %s; this one is left out",
                        lib->packs[i]->id, lib->packs[kept - 1]->root);
            sv_pack_unload(lib->packs[i]);
            continue;
        }
        lib->packs[kept++] = lib->packs[i];
    }
    lib->count = kept;
}

sv_Status sv_library_load(const char *const *folders, size_t n, sv_Library *lib, sv_DiagList *diags)
{
    Groups g = {0};
    lib->packs = NULL;
    lib->count = 0;
    if (!PHYSFS_isInit()) {
        sv_diag_add(diags, SV_SEV_ERROR, "library", "", 0, 0,
                    "PhysicsFS is not started; call sv_fs_init() first");
        return SV_ERR_IO;
    }
    for (size_t i = 0; i < n; i++)
        if (folders && folders[i]) scan_folder(folders[i], &g, diags);
    sv_Status st = g.nomem ? SV_ERR_NOMEM : SV_OK;
    lib->packs = g.n ? malloc(g.n * sizeof *lib->packs) : NULL;
    if (g.n && !lib->packs) st = SV_ERR_NOMEM;
    for (size_t i = 0; i < g.n; i++) {
        sv_Pack *pack = NULL;
        if (lib->packs && sv_pack_load((const char *const *)g.items[i].paths, g.items[i].n,
                                       g.items[i].name, &pack, diags) == SV_OK)
            lib->packs[lib->count++] = pack;
        for (size_t k = 0; k < g.items[i].n; k++) free(g.items[i].paths[k]);
        free(g.items[i].paths);
        free(g.items[i].name);
    }
    free(g.items);
    sort_packs(lib, diags);
    return st;
}

void sv_library_unload(sv_Library *lib)
{
    if (!lib) return;
    for (size_t i = 0; i < lib->count; i++) sv_pack_unload(lib->packs[i]);
    free(lib->packs);
    lib->packs = NULL;
    lib->count = 0;
}
