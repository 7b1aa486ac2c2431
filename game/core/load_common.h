/* Internal to the loader: the state one file is validated with, and the
 * helpers every part of it shares (diagnostics, JSON pointers, keys, typed
 * values, texts, ids and references). Nothing here outlives one file. */
#ifndef SVARA_LOAD_COMMON_H
#define SVARA_LOAD_COMMON_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "svara/arena.h"
#include "svara/diag.h"
#include "svara/limits.h"
#include "svara/model.h"
#include "svara/pack.h"
#include "svara/units.h"

#include "jsonscan.h"

#define SV_LOAD_PTR 256         /* a JSON pointer, as long as sv_Diag keeps */
#define SV_LOAD_MAX_REPORTS 200 /* problems shown per file; the rest are counted */

/* The kinds of id a scenario declares; one namespace holds them all. */
typedef enum {
    SV_ID_CHANNEL = 0,
    SV_ID_PERSONA,
    SV_ID_SEGMENT,
    SV_ID_FLAG,
    SV_ID_VAR,
    SV_ID_POST,
    SV_ID_DECISION,
    SV_ID_OPTION,
    SV_ID_PART,
    SV_ID_EVENT,
    SV_ID_ENDING,
    SV_ID_FACT,    /* a scenario's facts and posts' claims */
    SV_ID_EARLIER, /* a history reply */
    SV_ID_INJECT,  /* a workshop inject */
    SV_ID_KIND_COUNT
} sv_IdKind;

typedef struct sv_IdEntry {
    const char *id; /* arena copy */
    char *where;    /* heap: pointer of the declaration */
    int32_t index;  /* within its kind */
    uint8_t kind;   /* sv_IdKind */
} sv_IdEntry;

typedef struct sv_Loader {
    sv_DiagList *diags;
    const char *file; /* as diagnostics name it */
    sv_JsonFile jf;   /* located, capped reports; jf.errors is the file's own count */
    sv_Arena *arena;
    uint32_t languages; /* bit (1u << sv_Lang) */
    sv_Lang first_lang;
    bool nomem;

    sv_IdEntry *ids; /* in declaration order, so listings follow the file */
    size_t id_count, id_cap;
    int32_t *slots; /* open-addressing hash of ids indices, -1 empty */
    size_t slot_cap;
    uint32_t rejected[SV_ID_KIND_COUNT]; /* elements whose id was missing or bad */

    /* the scenario's flat arrays while they grow; copied into the arena at the end */
    sv_Cond *conds;
    uint32_t cond_count, cond_cap;
    uint32_t *kids;
    uint32_t kid_count, kid_cap;
    sv_Effect *effects;
    uint32_t effect_count, effect_cap;
    uint32_t *refs; /* lists of facts (confirms, denies, reveals) */
    uint32_t ref_count, ref_cap;

    /* facts: the scenario's, then every post's claims; counted when declared */
    uint32_t fact_total; /* entries of sc->facts, implicit claims included */
    uint32_t next_fact;  /* the next post's first claim */

    sv_Scenario *sc;      /* the scenario being filled, NULL for a manifest */
    uint32_t next_option; /* the next decision's first option and part */
    uint32_t next_part;
} sv_Loader;

/* Reads the array `key` of `obj` (whose pointer is `base`) into a fresh arena
 * array: the limit is checked and `reader(L, item, item_ptr, &array[i])` runs
 * for every element, good or bad, so indices match the declared ids. */
#define SV_LOAD_LIST(L, obj, base, key, required, limit, what, array, count, reader)               \
    do {                                                                                           \
        char lp_[SV_LOAD_PTR];                                                                     \
        snprintf(lp_, sizeof lp_, "%s", base);                                                     \
        const cJSON *list_ = sv_load_list(L, obj, key, required, lp_);                             \
        int n_ = list_ ? cJSON_GetArraySize(list_) : 0;                                            \
        if (n_ > (int)(limit))                                                                     \
            sv_load_error(L, lp_, "%d %s; the limit is %u", n_, what, (unsigned)(limit));          \
        (array) = n_ > 0 ? sv_load_alloc(L, (size_t)n_ * sizeof *(array)) : NULL;                  \
        (count) = (array) ? (uint32_t)n_ : 0;                                                      \
        size_t i_ = 0;                                                                             \
        for (const cJSON *it_ = (array) ? list_->child : NULL; it_; it_ = it_->next, i_++) {       \
            char at_[SV_LOAD_PTR];                                                                 \
            sv_load_ptr_index(at_, lp_, i_);                                                       \
            reader(L, it_, at_, &(array)[i_]);                                                     \
        }                                                                                          \
    } while (0)

void sv_load_init(sv_Loader *L, const char *file, const char *bytes, size_t len, sv_Arena *arena,
                  uint32_t languages, sv_Lang first_lang, sv_DiagList *diags);
void sv_load_free(sv_Loader *L);

/* One JSON document whose root must be an object, read the way every located
 * file is: parsed, its root checked (`what` names the document in the message,
 * "a profile"), and handed to `read` with a loader over the file and `arena`
 * (may be NULL). Returns the errors found; a text that is no JSON counts one. */
typedef void (*sv_LoadDocFn)(sv_Loader *L, const cJSON *root, void *ctx);
size_t sv_load_document(const char *file, const char *bytes, size_t len, sv_Arena *arena,
                        const char *what, sv_LoadDocFn read, void *ctx, sv_DiagList *diags);
/* A new arena for reading `what` ("the plan"); NULL, with "out of memory
 * reading the plan" said about the file, when there is no memory. */
sv_Arena *sv_load_arena(const char *file, size_t size, const char *what, sv_DiagList *diags);

/* Diagnostics located at a JSON pointer of the loader's file. */
void sv_load_error(sv_Loader *L, const char *ptr, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
void sv_load_warn(sv_Loader *L, const char *ptr, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* True once the file's cap on reports is reached: a caller skips composing a
 * costly message (suggestions, lists of ids) and reports it plainly. */
bool sv_load_quiet(const sv_Loader *L);
/* The number at `ptr` as the author wrote it, for messages. */
const char *sv_load_number(sv_Loader *L, const char *ptr, const cJSON *item, char *buf,
                           size_t size);

/* out = base + "/" + key (escaped) or base + "/" + index; out has SV_LOAD_PTR bytes. */
void sv_load_ptr_key(char *out, const char *base, const char *key);
void sv_load_ptr_index(char *out, const char *base, size_t index);

/* Allocations from the arena; on failure the loader remembers it and reports once. */
void *sv_load_alloc(sv_Loader *L, size_t size);
const char *sv_load_strdup(sv_Loader *L, const char *s);

/* Names and vocabularies. */
const char *sv_load_type_name(const cJSON *item);
const char *sv_load_suggest(const char *word, const char *const *names, size_t count);
/* "unknown WHAT 'word' (did you mean 'x'?)", or with the list of names. */
void sv_load_unknown(sv_Loader *L, const char *ptr, const char *what, const char *word,
                     const char *const *names, size_t count);
void sv_load_join(char *out, size_t size, const char *const *names, size_t count);

/* Keys: unknown ones (not starting with '_') are errors with a suggestion. */
void sv_load_check_keys(sv_Loader *L, const cJSON *obj, const char *ptr,
                        const char *const *allowed);
/* The same with a counted list (a vocabulary) instead of a NULL-terminated one. */
void sv_load_check_keys_n(sv_Loader *L, const cJSON *obj, const char *ptr,
                          const char *const *allowed, size_t count);
/* The member `key`; reports it missing when absent. */
const cJSON *sv_load_required(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key);
const cJSON *sv_load_get(const cJSON *obj, const char *key);

/* Typed values: each reports a wrong type or range and returns false. */
bool sv_load_object(sv_Loader *L, const cJSON *item, const char *ptr, const char *what);
bool sv_load_array(sv_Loader *L, const cJSON *item, const char *ptr, const char *what);
bool sv_load_string(sv_Loader *L, const cJSON *item, const char *ptr, const char **out);
bool sv_load_bool(sv_Loader *L, const cJSON *item, const char *ptr, bool *out);
bool sv_load_whole(sv_Loader *L, const cJSON *item, const char *ptr, int64_t min, int64_t max,
                   int64_t *out);
/* A finite number from min to max. */
bool sv_load_number_in(sv_Loader *L, const cJSON *item, const char *ptr, double min, double max,
                       double *out);
bool sv_load_seconds(sv_Loader *L, const cJSON *item, const char *ptr, uint32_t *ms);
/* A time that may lie before the start, down to -min_back_ms (history). */
bool sv_load_time(sv_Loader *L, const cJSON *item, const char *ptr, uint32_t min_back_ms,
                  int32_t *ms);
bool sv_load_percent(sv_Loader *L, const cJSON *item, const char *ptr, double min, double max,
                     int32_t *tenths);
bool sv_load_enum(sv_Loader *L, const cJSON *item, const char *ptr, const char *what,
                  const char *const *names, size_t count, int *out);
/* sv_load_enum over one of the model's vocabularies; `what` NULL: its title. */
bool sv_load_vocab(sv_Loader *L, const cJSON *item, const char *ptr, const char *what,
                   sv_Vocab vocab, int *out);
/* A text the player reads: one string, or one per declared language; each
 * non-empty, within SV_MAX_TEXT_BYTES, with no control character but '\n'. */
bool sv_load_text(sv_Loader *L, const cJSON *item, const char *ptr, sv_Text *out);
/* A short string shown as it is (a name, an author): non-empty, at most
 * `max_bytes`, on one line, with no control characters. */
bool sv_load_visible(sv_Loader *L, const cJSON *item, const char *ptr, size_t max_bytes,
                     const char **out);
/* No control characters and no line break: safe to print on one line. */
bool sv_load_one_line(const char *s);
void sv_load_empty_text(sv_Text *out);
bool sv_load_id_syntax(sv_Loader *L, const cJSON *item, const char *ptr, const char *what);
/* Is s an id (1 to SV_MAX_ID_BYTES of a-z, 0-9, '-', '_', not starting with
 * '-' or '_')? The same test, without a message, for readers that are not
 * loaders (replays). */
bool sv_id_ok(const char *s);
/* The same for an id that is not a JSON string of its own (an object's key). */
bool sv_load_id_text(sv_Loader *L, const char *s, const char *ptr, const char *what);
void sv_load_lang_list(uint32_t languages, char *out, size_t size);

/* The id namespace of one scenario. */
const char *sv_id_kind_name(sv_IdKind kind);
void sv_load_declare(sv_Loader *L, const cJSON *item, const char *ptr, sv_IdKind kind,
                     int32_t index);
/* Declares the "id" of every object in `list` (the ids themselves for flags),
 * numbering them from `first`. */
void sv_load_declare_list(sv_Loader *L, const cJSON *list, const char *ptr, sv_IdKind kind,
                          int32_t first);
const sv_IdEntry *sv_load_lookup(const sv_Loader *L, const char *id);
/* The arena copy of obj's declared "id", "" when it has none. */
const char *sv_load_id_of(const sv_Loader *L, const cJSON *obj);
/* Index of the `kind` named by the string `item`; -1 with a report when it is
 * missing, not a string, or names nothing of that kind. */
int32_t sv_load_ref(sv_Loader *L, const cJSON *item, const char *ptr, sv_IdKind kind);
void sv_load_kind_list(const sv_Loader *L, sv_IdKind kind, char *out, size_t size);

/* Conditions and effects (load_cond.c): index into the flat arrays, -1 for none
 * or on error; effect lists as spans of the flat effect array. */
int32_t sv_load_cond(sv_Loader *L, const cJSON *item, const char *ptr);
sv_Span sv_load_effects(sv_Loader *L, const cJSON *item, const char *ptr);

/* The parts of a scenario (load_story.c): posts, decisions with their options
 * and composer, events. Ids are declared beforehand. */
void sv_load_declare_story(sv_Loader *L, const cJSON *root);
void sv_load_story(sv_Loader *L, const cJSON *root, sv_Scenario *sc);

/* Injects (load_inject.c). The post, decision or event an inject adds (`key`
 * "post", "decision" or "event") is read like one of the story's, after them:
 * sv_load_inject_node gives the n-th inject's that has one, in file order,
 * with its pointer ("/injects/2/post"), NULL past the last. The injects
 * themselves are read after the story and the endings (sv_load_injects). */
uint32_t sv_load_inject_node_count(const cJSON *root, const char *key);
const cJSON *sv_load_inject_node(const cJSON *root, const char *key, uint32_t n,
                                 char ptr[SV_LOAD_PTR]);
/* "at" on a node an inject adds: refused, since the inject says when it comes. */
void sv_load_inject_no_at(sv_Loader *L, const cJSON *node, const char *ptr, const char *what);
void sv_load_injects(sv_Loader *L, const cJSON *root, sv_Scenario *sc);

/* Facts, claims and history (load_facts.c). Facts are declared after the
 * posts; sv_load_facts reads the scenario's own, sv_load_post_claims a post's
 * (or its implicit claim), sv_load_claims what a reply confirms, denies and
 * reveals (`no_reveals`: why this reply may not reveal, NULL when it may).
 * History is read after the posts, whose times it is checked against. */
void sv_load_declare_facts(sv_Loader *L, const cJSON *root);
void sv_load_facts(sv_Loader *L, const cJSON *root, sv_Scenario *sc);
void sv_load_post_claims(sv_Loader *L, const cJSON *post, const char *ptr, sv_Post *p);
sv_Span sv_load_addresses(sv_Loader *L, const cJSON *obj, const char *ptr, const sv_Claims *claims);
sv_Span sv_load_answer(sv_Loader *L, const cJSON *obj, const char *ptr);
void sv_load_claims(sv_Loader *L, const cJSON *obj, const char *ptr, sv_Claims *out,
                    const char *no_reveals);
void sv_load_history(sv_Loader *L, const cJSON *root, sv_Scenario *sc);
/* Keys every reply has, an option or a history reply (load_story.c): "text"
 * (required), "tags", "structure", "due" (with a promise-follow-up) and "offer". */
void sv_load_reply_words(sv_Loader *L, const cJSON *obj, const char *ptr, sv_Option *o);
/* An option or history reply before its keys are read (load_story.c): its id,
 * no target, condition or offer, one step, empty texts, and its effects and
 * claims starting at the loader's next free entries. */
void sv_load_reply_start(sv_Loader *L, const cJSON *obj, sv_Option *o);
/* Seconds as a message shows them: "90", "-5400", "1.5". */
const char *sv_load_ms_text(int32_t ms, char *buf, size_t size);

/* The audience section (load_audience.c): size, segments and comment pools. */
void sv_load_audience(sv_Loader *L, const cJSON *root, sv_Scenario *sc);

/* Checks "format": 1 at the top of a file (or another version the file's kind reads). */
void sv_load_format(sv_Loader *L, const cJSON *root);
void sv_load_format_version(sv_Loader *L, const cJSON *root, int version);
/* "$schema" at the top of a manifest or scenario: the JSON Schema an editor
 * reads (scenarios/schema/); ignored, but it must be a string. */
#define SV_LOAD_SCHEMA_KEY "$schema"
void sv_load_schema_key(sv_Loader *L, const cJSON *root);

/* The array `key` of obj; ptr_out holds obj's pointer on entry and the
 * array's on return. NULL (reported when required or not an array) when there
 * is none. */
const cJSON *sv_load_list(sv_Loader *L, const cJSON *obj, const char *key, bool required,
                          char *ptr_out);

/* Scenario parsing with the pack's first language known (pack.c). */
sv_Status sv_load_scenario(const char *file, const char *bytes, size_t len, uint32_t languages,
                           sv_Lang first_lang, sv_Arena *arena, sv_Scenario *out,
                           sv_DiagList *diags);

/* assess.c: is a loaded scenario fit to be a situation of the manifest's
 * "assessment" (one decision, always open, options only, one recommended)?
 * Every problem is added, located in its file. */
sv_Status sv_load_assess_item(const char *file, const char *bytes, size_t len,
                              const sv_Scenario *sc, sv_DiagList *diags);

#endif
