/* Replays: the seed plus the player's timestamped inputs, as JSON. Playing a
 * replay against the same scenario gives the same state hash on every build. */
#ifndef SVARA_REPLAY_H
#define SVARA_REPLAY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/diag.h"
#include "svara/limits.h"
#include "svara/model.h"
#include "svara/session.h"

/* Inputs are kept by id, not index, so a replay reads well and survives edits
 * that do not touch the ids it names. */
typedef struct sv_ReplayInput {
    uint32_t t_ms;
    char inject[SV_MAX_ID_BYTES + 1]; /* a manual inject the facilitator fired; "" for an answer */
    char decision[SV_MAX_ID_BYTES + 1];
    char option[SV_MAX_ID_BYTES + 1]; /* "" for a composed reply */
    uint8_t part_count;
    char parts[SV_MAX_COMPOSE][SV_MAX_ID_BYTES + 1];
    sv_Visibility visibility;
} sv_ReplayInput;

typedef struct sv_Replay {
    char pack[SV_MAX_ID_BYTES + 1];
    char pack_version[SV_MAX_ID_BYTES + 1];
    char scenario[SV_MAX_ID_BYTES + 1];
    uint64_t seed;
    sv_Lang lang;
    sv_ReplayInput *inputs; /* heap */
    size_t input_count, input_cap;
    /* the pressure dial the run was played with ("deadline_percent", written
     * only when not 100): every deadline at this percent (0 reads as 100) */
    uint32_t deadline_pct;
    /* the dial moved during the run ("deadline_changes"): from t on, decisions
     * that open get that percent; in time order */
    struct {
        uint32_t t_ms, pct;
    } dials[SV_MAX_DIAL_CHANGES];
    size_t dial_count;
    bool has_hash;
    uint64_t hash; /* expected final state hash */
    /* A journal (a run saved as it goes, to resume after a crash) has no final
     * hash but a checkpoint: the state hash at a simulated time, which the
     * resumed run must reach. "checkpoint": {"t": seconds, "hash": "..."} */
    bool has_checkpoint;
    uint32_t checkpoint_ms;
    uint64_t checkpoint_hash;
    /* The file's bytes as parsed (heap, NULL for a recorded replay), so that an
     * input refused during play is reported at its line and column. */
    char *source;
    size_t source_len;
} sv_Replay;

void sv_replay_init(sv_Replay *r);
void sv_replay_free(sv_Replay *r);
/* Appends an input (as ids, from the scenario's indices). False when full. */
bool sv_replay_record(sv_Replay *r, const sv_Scenario *sc, uint32_t t_ms, const sv_Input *in);

/* Parses replay JSON; every problem goes to diags with pointer and position. */
sv_Status sv_replay_parse(const char *file, const char *bytes, size_t len, sv_Replay *out,
                          sv_DiagList *diags);
/* Writes replay JSON into a heap string the caller frees with free(); NULL when out of memory. */
char *sv_replay_write(const sv_Replay *r);

/* Resolves one replay input to indices. False (with a diagnostic at the bad
 * id's line and column) for unknown ids. */
bool sv_replay_resolve(const sv_Replay *r, size_t i, const sv_Scenario *sc, sv_Input *out,
                       const char *file, sv_DiagList *diags);

/* Reports input i as refused by the session (`res`), at the member that the
 * reason points to ("/inputs/3/decision" for a closed decision, ".../option"
 * for a disabled option) with its line and column in the file. */
void sv_replay_refused(const sv_Replay *r, size_t i, sv_InputResult res, const char *file,
                       sv_DiagList *diags);

/* False, with an error at "/hash", when the replay records a final state hash
 * and the run ended with another; true otherwise. */
bool sv_replay_check_hash(const sv_Replay *r, uint64_t hash, const char *file, sv_DiagList *diags);

/* False, with a warning at "/pack_version" naming both versions, when the
 * replay was recorded with another version of its pack than `loaded`. */
bool sv_replay_check_version(const sv_Replay *r, const char *loaded, const char *file,
                             sv_DiagList *diags);

/* False, with an error at "/scenario" or "/seed", when the replay is not of
 * scenario `sc` or was recorded with another seed than `seed`: played back
 * there, it could not end in its recorded state. (sv_run_start checks this;
 * svara/run.h plays a replay back.) */
bool sv_replay_check_start(const sv_Replay *r, const sv_Scenario *sc, uint64_t seed,
                           const char *file, sv_DiagList *diags);

#endif
