/* What explore's modes share (tool_explore.c, tool_explore_guided.c): a walk
 * through one run with a policy that plans and makes each answer, the
 * coverage slots it marks, and the report of what was reached. */
#ifndef SVARA_TOOL_EXPLORE_H
#define SVARA_TOOL_EXPLORE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "svara/json.h"
#include "svara/limits.h"
#include "svara/run.h"
#include "svara/score.h"

#define PLAN_NONE UINT32_MAX

typedef struct ToolWalk {
    sv_Run run;      /* first: walk_restart clears every field after it */
    uint32_t *plan;  /* [decision_count] when to answer; PLAN_NONE: let it time out */
    size_t log_seen; /* log entries read so far */
    uint32_t opened; /* decisions opened so far, in order */
    int32_t (*before)[SV_METER_COUNT]; /* [decision_count] meters when it opened */
    uint8_t *cov;                      /* [tool_explore_slots] */
    struct ToolPolicy *policy;         /* what is playing it */
    /* the decision being answered (-1 none) and its first enabled options,
     * in file order, as the walk found them just before asking the policy */
    int32_t offered_d;
    uint32_t offered_count;
    int32_t offered[SV_MAX_OPTIONS];
    /* the decision to answer next and when, as last worked out; plans change
     * only in the policy's calls (which forget it), and a decision closing
     * by itself only leaves fewer to answer */
    bool next_known;
    int32_t next_d;
    uint32_t next_at;
    /* the inputs go to the session alone, not to the run's replay (a caller
     * that never writes the replay out); false after tool_walk_start */
    bool unrecorded;
} ToolWalk;

/* Plays the run to its end. `on_open` plans each decision as it opens;
 * `on_answer` makes the input when its time comes (false: let it time out);
 * either may set `stop` to end the walk where it is. */
typedef struct ToolPolicy ToolPolicy;
struct ToolPolicy {
    void (*on_open)(ToolWalk *w, int32_t d, void *ctx);
    bool (*on_answer)(ToolWalk *w, int32_t d, sv_Input *in, void *ctx);
    void *ctx;
    bool stop;          /* set by the policy: end the walk where it is */
    bool refusal_stops; /* an input the session refuses ends the walk (not a path) */
};

bool tool_walk_start(ToolWalk *w, const sv_Pack *pack, const sv_Scenario *sc,
                     const sv_ScoreModel *model, uint64_t seed);
void tool_walk_play(ToolWalk *w, ToolPolicy *p);
void tool_walk_free(ToolWalk *w);

/* Coverage slots: posts, decisions, options, parts, events, endings, in that
 * order; the parts' and the endings' slots start at tool_explore_part_slot
 * and tool_explore_ending_slot. */
uint32_t tool_explore_slots(const sv_Scenario *sc);
uint32_t tool_explore_part_slot(const sv_Scenario *sc);
uint32_t tool_explore_ending_slot(const sv_Scenario *sc);
/* The decision's options enabled now (at most SV_MAX_OPTIONS, the loader's
 * limit), in file order; returns how many. */
uint32_t tool_enabled_options(const sv_Session *s, const sv_Decision *de,
                              int32_t out[SV_MAX_OPTIONS]);
/* The decision's parts enabled now, in file order; returns how many. */
uint32_t tool_enabled_parts(const sv_Session *s, const sv_Decision *de, int32_t *out);

/* The scenario file's bytes, for the line and column of what was not reached. */
typedef struct ToolWhere {
    char file[SV_MAX_PATH + 64];
    char *bytes;
    size_t len;
    sv_JsonIndex *ix;
} ToolWhere;

void tool_where_open(ToolWhere *w, const sv_Pack *pack, const sv_Scenario *sc);
void tool_where_close(ToolWhere *w);
/* "posts 17/17, decisions 5/5, ..." (json: the object's members). */
void tool_print_coverage(FILE *f, const sv_Scenario *sc, const uint32_t *reached, bool json);
/* Every item no run reached, located; returns how many. */
uint32_t tool_report_unreached(FILE *f, const sv_Scenario *sc, const uint32_t *reached,
                               ToolWhere *wh, bool json);
double tool_now_s(void);

/* explore --guided (tool_explore_guided.c): runs directed at what is not
 * reached yet, from the authors' recommended path. */
int tool_explore_guided(const sv_Pack *pack, const sv_Scenario *sc, const sv_ScoreModel *model,
                        uint64_t seed, uint32_t max_runs, uint32_t jobs);

#endif
