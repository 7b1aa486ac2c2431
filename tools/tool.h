/* Shared by svara-tool's commands: loading a pack with its diagnostics
 * printed, reading whole files, and small formatting helpers. */
#ifndef SVARA_TOOL_H
#define SVARA_TOOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "svara/diag.h"
#include "svara/pack.h"

/* Prints every diagnostic of `diags` to `out`, one per line. */
void tool_print_diags(FILE *out, const sv_DiagList *diags);

/* Loads one pack from a native folder or .zip path, printing diagnostics to
 * stderr. NULL when the pack has errors. */
sv_Pack *tool_load_pack(const char *path);

/* Reads a whole native file into a heap buffer (NUL-terminated); the caller
 * frees it. Up to SV_MAX_FILE_BYTES, and only a regular file: a device or a
 * named pipe is refused at once. NULL (with a message on stderr) when it
 * cannot be read. */
char *tool_read_file(const char *path, size_t *len);

/* A command line word that is no known option: the next of `count` positional
 * arguments (*used so far), or an error on stderr ("unknown or incomplete
 * option", "unexpected argument") and 2. */
int tool_positional(const char *cmd, const char *arg, const char **slots[], int count, int *used);

/* Writes `text` to a native file; false (with a message on stderr) on failure. */
bool tool_write_file(const char *path, const char *text);

/* "mm:ss" of simulated milliseconds into buf (at least 16 bytes). */
const char *tool_clock(unsigned t_ms, char *buf, size_t size);

/* A pack by path (folder or .zip) or by name: the user's pack folder stacked
 * over the built-in packs. NULL (diagnostics on stderr) when it has errors. */
sv_Pack *tool_open_pack(const char *arg);
bool tool_user_pack_dir(char *buf, size_t size);
const char *tool_builtin_pack_dir(void);

typedef enum {
    TT_LIKES,
    TT_SHARES,
    TT_COMMENTS,
    TT_IN_REPLY,
    TT_NOT_WATCHED,
    TT_SECONDS_TO_ANSWER,
    TT_NOT_AVAILABLE,
    TT_OR_COMPOSE,
    TT_IN_PUBLIC,
    TT_IN_PRIVATE,
    TT_BY_DEFAULT,
    TT_YOU_CHOSE,
    TT_NO_ANSWER,
    TT_TIME_RAN_OUT,
    TT_DEBRIEF,
    TT_DECISION,
    TT_YOU,
    TT_NOTHING,
    TT_AFTER,
    TT_MOVED,
    TT_WHY,
    TT_BEST,
    TT_BETTER,
    TT_POINTS_MORE,
    TT_STANDING,
    TT_LESSONS,
    TT_LEFT_STANDING,
    TT_SECONDS,
    TT_BEFORE_OPEN,
    TT_OVER_TIME,
    TT_FINAL,
    TT_COMPOSED,
    TT_CROWD_SEEN,
    TT_CROWD_OF,
    TT_CROWD_SIDE,
    TT_CROWD_REPLY,
    TT_CROWD_POST,
    TT_GOES_OUT_AT,
    TT_EARLIER,
    TT_DROPPED,
    TT_INJECT,
    TT_FOR_FACILITATOR,
    TOOL_TEXT_COUNT
} ToolText;

/* The terminal player's frame words, in the player's language. */
const char *tool_text(ToolText t, sv_Lang lang);
const char *tool_meter(sv_Meter m, sv_Lang lang);

/* The default scoring model, with the pack's changes applied when `pack` is
 * given (heap: free with sv_score_free). NULL, with diagnostics on stderr,
 * when either is broken. A run (tool_start_run) applies the pack's changes
 * itself, so it takes the model loaded without a pack. */
struct sv_ScoreModel;
/* assets/REL of this source tree, read whole (heap); path gets its full name. */
char *tool_read_asset(const char *rel, char *path, size_t size, size_t *len);
struct sv_ScoreModel *tool_load_model(const sv_Pack *pack);
/* assets/principles.json: the principles' names, themes and lessons (problems on stderr). */
struct sv_Principles;
bool tool_load_principles(struct sv_Principles *out);

/* Starts the core's scored run of `sc` (pack may be NULL) with `base` plus the
 * pack's changes, seed 1, no replay. False, with the reason on stderr, when
 * it cannot start. */
struct sv_Run;
bool tool_start_run(struct sv_Run *r, const sv_Pack *pack, const sv_Scenario *sc,
                    const struct sv_ScoreModel *base, sv_Lang lang);

/* Prints the debrief of a scored session in `lang`. */
struct sv_Session;
void tool_print_debrief(const struct sv_Session *s, const struct sv_ScoreModel *m, sv_Lang lang);
/* "!! Not everything was kept...: 3 scheduled items, ..." when the run dropped anything. */
struct sv_Dropped;
void tool_print_dropped(const struct sv_Dropped *d, sv_Lang lang);

/* Plays a scored run along the authors' recommended path (their first
 * enabled recommended option, else their recommended parts), each decision
 * answered wait_pct percent into its time, or, with expert false, letting
 * every deadline pass; agreement, coverage, perturb and play --expert walk it.
 * Inputs go through sv_run_apply, so the run's recording replays the path.
 * `advance` moves the clock to a time (NULL: sv_session_advance). */
typedef void (*ToolAdvance)(void *ctx, uint32_t to_ms);
void tool_agree_play(struct sv_Run *r, bool expert, uint32_t wait_pct, ToolAdvance advance,
                     void *ctx);

/* agreement --perturb: the model's verdicts under harmless variations (tool_perturb.c). */
int tool_perturb(const sv_Pack *pack, const struct sv_ScoreModel *m, int argc, char **argv);

/* A file built into svara-tool (tools/embed.cmake): its path inside the
 * template and its bytes, with a NUL after the last. */
typedef struct ToolFile {
    const char *path;
    const unsigned char *bytes;
    size_t len;
} ToolFile;
extern const ToolFile tool_new_pack_files[]; /* assets/templates/new-pack */
extern const size_t tool_new_pack_files_count;

/* One random play-through of `sc` (tool_explore.c): the session plays seed
 * `seed`, and the choices (enabled options, composed replies, answer times,
 * deadlines let pass) come from a generator of their own seeded with it too,
 * so `svara-tool play --seed` replays the session's side. `model` is the
 * scoring model with the pack's changes applied (tool_load_model(pack)),
 * which every run scores with as it is. Heap arrays: free with
 * tool_playout_free. False when the run cannot start. */
#define TOOL_OUTCOME_NONE (-1)     /* the decision never opened */
#define TOOL_OUTCOME_COMPOSED (-2) /* answered with a composed reply */
#define TOOL_OUTCOME_TIMEOUT (-3)  /* its deadline passed (or the run ended first) */
struct sv_Scenario;
typedef struct ToolPlayout {
    uint64_t seed;
    int32_t ending;
    uint32_t end_ms;
    int32_t meters[SV_METER_COUNT]; /* at the end */
    uint8_t *cov;     /* reached: posts, decisions, options offered, parts sent, events, endings */
    int32_t *outcome; /* [decision_count] the option taken, or TOOL_OUTCOME_* */
    int32_t (*delta)[SV_METER_COUNT]; /* [decision_count] meters at the end minus at opening */
    bool limit;                       /* the session stopped itself at a limit */
    char limit_text[300];
    uint64_t state_hash; /* sv_session_hash at the end, once tool_playout_hash(true) */
} ToolPlayout;
/* Whether tool_playout fills state_hash (the whole state's hash costs time). */
void tool_playout_hash(bool on);
bool tool_playout(const sv_Pack *pack, const sv_Scenario *sc, const struct sv_ScoreModel *model,
                  uint64_t seed, ToolPlayout *out);
/* The same with what judging reads of sc that never changes worked out once
 * (sv_score_static_new(sc), NULL: at every judgement): the same results. */
struct sv_ScoreStatic;
bool tool_playout_shared(const sv_Pack *pack, const sv_Scenario *sc,
                         const struct sv_ScoreModel *model, const struct sv_ScoreStatic *stat,
                         uint64_t seed, ToolPlayout *out);
void tool_playout_free(ToolPlayout *out);
/* A run kept from one play-through to the next (tool_playout_kept): the next
 * one of the same pack, scenario and model restarts it in the memory it has
 * (sv_run_restart) instead of setting one up anew; the same results.
 * tool_kept_new: NULL when out of memory, and tool_playout_kept with a NULL
 * kept is tool_playout_shared. */
typedef struct ToolKept ToolKept;
ToolKept *tool_kept_new(void);
void tool_kept_free(ToolKept *k);
bool tool_playout_kept(ToolKept *k, const sv_Pack *pack, const sv_Scenario *sc,
                       const struct sv_ScoreModel *model, const struct sv_ScoreStatic *stat,
                       uint64_t seed, ToolPlayout *out);

/* Did the session hit a limit (its log or queue full), or, with_dropped,
 * lose anything (sv_session_dropped)? Then `buf` says which limit, when, the
 * node that caused it (sv_Session.limit) and what was dropped. */
struct sv_Session;
bool tool_session_limit(const struct sv_Session *s, bool with_dropped, char *buf, size_t size);

int tool_list(int argc, char **argv);
int tool_agreement(int argc, char **argv);
int tool_coverage(int argc, char **argv); /* tool_coverage.c: principles by decision */
int tool_check(int argc, char **argv);
int tool_play(int argc, char **argv);
int tool_bench(int argc, char **argv);
int tool_bench_load(int argc, char **argv);    /* tool_bench_load.c: hostile packs' cost */
int tool_bench_explore(int argc, char **argv); /* tool_bench_explore.c: random play-throughs/s */
int tool_pack(int argc, char **argv);          /* tool_pack.c: a pack folder zipped with libzip */
int tool_new(int argc, char **argv);           /* tool_new.c: a new pack folder from the template */
int tool_explore(int argc, char **argv);       /* tool_explore.c: the automatic play-tester */
int tool_graph(int argc, char **argv);         /* tool_graph.c: the scenario as a Graphviz graph */
int tool_profile(int argc, char **argv);       /* tool_profile.c: learners' profiles and skills */
int tool_assess(int argc, char **argv);        /* tool_assess.c: a pre- or post-test taken */

/* tool_profile.c's profiles for tool_assess.c: the file of profile NAME under
 * `dir` (NULL: the game's folder), read with its problems on stderr (false
 * when missing or broken), and mkdir -p. */
struct sv_Profile;
bool tool_profile_file(const char *dir, const char *name, char *buf, size_t size);
bool tool_profile_read(const char *path, struct sv_Profile *p, bool *missing);
bool tool_make_folders(const char *path);
/* profile certificate: the HTML page of a profile that completed the pack's
 * path (tool_assess.c); at < 0: today. */
int tool_profile_certificate(const char *dir, const char *name, const char *pack, const char *lang,
                             const char *out, int64_t at);
int tool_workshop(int argc,
                  char **argv);         /* tool_workshop.c: workshop files, results from replays */
int tool_report(int argc, char **argv); /* tool_report.c: results merged, rated, exported */
int tool_xapi(int argc, char **argv);   /* tool_xapi.c: statements sent to an LRS (libcurl) */

#endif
