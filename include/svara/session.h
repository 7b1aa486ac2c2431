/* The session: one run of a scenario. A pure function of (scenario, seed,
 * inputs): time is passed in by the caller, randomness comes from the core's
 * own generator, and nothing here reads a clock, a file or a global. */
#ifndef SVARA_SESSION_H
#define SVARA_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/limits.h"
#include "svara/model.h"
#include "svara/pack.h"
#include "svara/rng.h"

typedef enum {
    SV_DEC_PENDING = 0, /* not open yet (or never will be) */
    SV_DEC_OPEN,
    SV_DEC_ANSWERED,
    SV_DEC_TIMED_OUT,
    SV_DEC_SKIPPED, /* its condition was false when it came due */
} sv_DecisionState;

/* What happened, in order; screens and tools read the log from a cursor. */
typedef enum {
    SV_LOG_POST = 0,         /* a = post */
    SV_LOG_POST_SKIPPED,     /* a = post whose condition was false when due */
    SV_LOG_DECISION_OPEN,    /* a = decision */
    SV_LOG_DECISION_SKIPPED, /* a = decision */
    SV_LOG_REPLY, /* a = decision (-1: from before the start), b = index into sv_Session.replies */
    SV_LOG_TIMEOUT,       /* a = decision, b = default option or -1 */
    SV_LOG_EVENT,         /* a = event */
    SV_LOG_EVENT_SKIPPED, /* a = event */
    SV_LOG_ENDING,        /* a = ending */
    SV_LOG_COMMENT,       /* a = index into sv_Session.audience->comments, b = account */
    SV_LOG_REPLY_PENDING, /* a = decision, b = reply: chosen now, goes out after its delay */
    SV_LOG_INJECT,        /* a = inject: fired (on its schedule, or by the facilitator) */
} sv_LogKind;

typedef struct sv_LogEntry {
    uint32_t t_ms;
    uint8_t kind; /* sv_LogKind */
    int32_t a, b;
} sv_LogEntry;

/* What the brand did: one action of a chosen option (an option may combine
 * several; each is a reply of its own), a composed reply, or a reply made before
 * the player took over (scenario history). A reply the player chose with a
 * delay is recorded when chosen and goes out later (sent stays 0 until then). */
typedef struct sv_Reply {
    uint32_t t_ms;     /* when it went out (or will); earlier replies: 0 */
    uint32_t delay_ms; /* the option's own delay: it went out this long after it was chosen */
    uint32_t sent;     /* 1, 2, ...: the order replies went out in; 0 while still to go out */
    int32_t decision;  /* -1 for a reply from before the start */
    int32_t option;    /* -1 for a composed reply or one from before the start */
    uint32_t prior;    /* 0: a reply of this run; i + 1: sv_Scenario.earlier[i] */
    uint8_t step;      /* which of the option's actions this is */
    sv_Action action;
    sv_Visibility visibility;
    bool by_default; /* the decision's default option, taken at its deadline */
    uint8_t part_count;
    int32_t parts[SV_MAX_COMPOSE];
} sv_Reply;

/* The option (or earlier reply) a reply's words and tags come from, NULL for a
 * composed reply. Only the option's main action carries its words. */
const sv_Option *sv_reply_option(const sv_Scenario *sc, const sv_Reply *r);

typedef struct sv_Scheduled {
    uint32_t t_ms;
    uint32_t seq; /* ties at one time keep scheduling order */
    uint8_t kind; /* internal */
    int32_t ref;
} sv_Scheduled;

/* What a run could not keep because a table was full (the caps of
 * svara/limits.h, or memory): counted, so a run that lost something says so
 * (svara-tool play, the debrief, the game) instead of looking complete. The
 * counts are not part of the state hash: a run that drops nothing hashes as
 * it always did. */
typedef struct sv_Dropped {
    uint32_t queue;    /* scheduled items (posts, events, deadlines) that never ran */
    uint32_t log;      /* log entries */
    uint32_t replies;  /* replies not recorded */
    uint32_t firings;  /* rule firings the scoring kept no record of */
    uint32_t samples;  /* meter history samples */
    uint32_t promises; /* promises not followed */
    uint32_t comments; /* crowd comments not kept */
    uint32_t inputs;   /* inputs a run's recording could not keep (svara/run.h) */
} sv_Dropped;

/* The sum of every count; 0 for a run that lost nothing. */
uint32_t sv_dropped_total(const sv_Dropped *d);

/* The first limit a session ran into and the node behind it: the item it
 * could not schedule (its queue full) or was about to process when it ended
 * itself before its log overflowed (a scenario that keeps scheduling
 * itself). Like the dropped counts, not part of the state hash. */
typedef enum { SV_LIMIT_NONE = 0, SV_LIMIT_QUEUE, SV_LIMIT_LOG } sv_LimitKind;
typedef enum {
    SV_NODE_NONE = 0,
    SV_NODE_POST,
    SV_NODE_DECISION, /* its opening or its deadline */
    SV_NODE_EVENT,
    SV_NODE_ENDING,
    SV_NODE_OTHER, /* a reveal, a delayed reply, a reply from before the start */
} sv_NodeKind;
typedef struct sv_LimitHit {
    uint8_t limit; /* sv_LimitKind; SV_LIMIT_NONE while none was hit */
    uint8_t kind;  /* sv_NodeKind */
    int32_t node;  /* index into the scenario's posts, decisions, events or endings */
    uint32_t t_ms; /* when */
} sv_LimitHit;
/* The id of the node a limit names (a post, decision, event or ending of sc);
 * NULL for SV_NODE_OTHER, SV_NODE_NONE or an index out of range. */
const char *sv_node_id(const sv_Scenario *sc, sv_NodeKind kind, int32_t node);

struct sv_ScoreState; /* svara/score.h */
struct sv_Audience;   /* svara/audience.h */
typedef struct sv_ScoreModel sv_ScoreModel;

typedef struct sv_Session {
    const sv_Scenario *sc;
    uint64_t seed;
    sv_Rng rng;
    uint32_t now_ms;
    bool ended;
    bool reply_limits; /* a channel limits its answers per thread (replies): set at the start */
    int32_t ending;    /* -1 until ended */

    uint8_t *flags; /* [flag_count] 0/1 */
    int32_t *vars;  /* [var_count] */
    int32_t meters[SV_METER_COUNT];
    int64_t meter_frac[SV_METER_COUNT]; /* below a tenth, from the scoring curve (svara/score.h) */

    uint8_t *decision_state;     /* [decision_count] sv_DecisionState */
    uint32_t *decision_open_ms;  /* [decision_count] when it opened */
    uint32_t *decision_close_ms; /* [decision_count] when it was answered or timed out */
    uint32_t
        *decision_deadline_ms; /* [decision_count] the time it got when it opened (the dial's) */
    int32_t *decision_reply;   /* [decision_count] index of its first reply, -1 */
    uint8_t *post_seen;        /* [post_count] */
    uint32_t seen_count;       /* posts seen so far (post_seen only ever turns on) */
    uint64_t seen_mask;        /* bit p: post p seen, for the first 64 posts */
    uint32_t *post_ms;         /* [post_count] when it appeared */
    uint8_t *option_chosen;    /* [option_count] */
    uint8_t *fact_known;       /* [fact_count] the player knows whether it is so */
    uint8_t *inject_fired;     /* [inject_count] */
    uint32_t *inject_ms;       /* [inject_count] when it fired */

    sv_Scheduled *queue;
    size_t queue_count, queue_cap; /* sorted on (t_ms, seq): queue[0] is next */
    /* the queue's block (room for twice queue_cap items): queue is some way
     * into it, a pop moving it on by one instead of moving the rest up; the
     * second half means a push moves the queue back to the block's start at
     * most once every queue_cap pops, even when the queue is full */
    sv_Scheduled *queue_block;
    uint32_t next_seq;
    /* the start's schedule as sv_session_restart lays it again (session.c),
     * made by the first restart; NULL none */
    struct sv_StartPlan *start_plan;
    sv_LogEntry *log;
    size_t log_count, log_cap;
    sv_Reply *replies;
    size_t reply_count, reply_cap;
    uint32_t sent_count;          /* replies that went out so far */
    struct sv_ScoreState *score;  /* NULL unless a scoring model is set (heap) */
    struct sv_Audience *audience; /* the live crowd; NULL when the scenario has none (heap) */
    sv_Dropped dropped;           /* the session's own tables; sv_session_dropped() adds the rest */
    sv_LimitHit limit;            /* the first limit it ran into */
    uint32_t deadline_pct;        /* the pressure dial: deadlines in percent (100 as written) */
} sv_Session;

/* Starts a run at simulated time 0 and schedules everything the scenario times.
 * A scenario with an audience (audience_size > 0) gets its crowd here, one
 * allocation per array for the whole run. Nothing is processed until the first
 * sv_session_advance(). Free with sv_session_free(), which frees the arrays
 * above (heap). */
sv_Status sv_session_init(sv_Session *s, const sv_Scenario *sc, uint64_t seed);
void sv_session_free(sv_Session *s);
/* The session as sv_session_init(s, s->sc, seed) (then sv_session_set_model
 * with its model and language, when it had one) would leave it, in the
 * arrays it already has: for a caller that plays the same scenario many
 * times. A dial set since the start goes back to 100. SV_ERR_INVALID for a
 * session never started; SV_ERR_NOMEM (the session is then freed). */
sv_Status sv_session_restart(sv_Session *s, uint64_t seed);

/* Judges the run with a scoring model (svara/score.h): rules fire on replies,
 * timeouts, every simulated second, promises and the end, and their firings,
 * meter history and the rest enter the state hash. `lang` is the player's
 * language (reply lengths are counted in it). Call it after init, before the
 * first advance; the model must outlive the session. SV_ERR_INVALID when the
 * session has started or already has a model; SV_ERR_NOMEM. Without it the
 * session behaves (and hashes) as it always did. */
sv_Status sv_session_set_model(sv_Session *s, const sv_ScoreModel *model, sv_Lang lang);

/* The pressure dial: every decision's deadline at `pct` percent of the
 * scenario's (SV_DEADLINE_PCT_MIN..MAX; 50 halves the time). Call it after
 * init, before the first advance; it then holds for the whole run and enters
 * the state hash (a run at 100 hashes as it always did). SV_ERR_INVALID when
 * out of range or the session has started. */
sv_Status sv_session_set_deadline_pct(sv_Session *s, uint32_t pct);
/* The facilitator moves the dial during the run: decisions that open from
 * now on get `pct`; those open keep theirs. SV_ERR_INVALID out of range or
 * once the session has ended. */
sv_Status sv_session_change_deadline_pct(sv_Session *s, uint32_t pct);
/* A decision's deadline in this run: its deadline_ms scaled by the dial. */
uint32_t sv_session_deadline_ms(const sv_Session *s, int32_t decision);

/* Processes everything due at or before to_ms in (time, scheduling order), then
 * sets now_ms = to_ms (or the time the scenario ended). Never moves backwards. */
void sv_session_advance(sv_Session *s, uint32_t to_ms);

/* The time of the next thing that will happen by itself (a scheduled item or a
 * deadline). False when nothing is pending (the scenario would end). */
bool sv_session_next_due(const sv_Session *s, uint32_t *t_ms);

/* Plays until the scenario ends with no further input. */
void sv_session_run_out(sv_Session *s);

/* SV_INPUT_INJECT: the facilitator fires a manual inject (sv_session_inject). */
typedef enum { SV_INPUT_CHOOSE = 0, SV_INPUT_COMPOSE = 1, SV_INPUT_INJECT = 2 } sv_InputKind;

typedef struct sv_Input {
    sv_InputKind kind;
    int32_t decision;
    int32_t option;     /* SV_INPUT_CHOOSE */
    uint8_t part_count; /* SV_INPUT_COMPOSE: parts in the order the player put them */
    int32_t parts[SV_MAX_COMPOSE];
    sv_Visibility visibility; /* SV_INPUT_COMPOSE */
    int32_t inject;           /* SV_INPUT_INJECT (decision is not read) */
} sv_Input;

typedef enum {
    SV_INPUT_OK = 0,
    SV_INPUT_ENDED,       /* the scenario is over */
    SV_INPUT_NO_DECISION, /* decision index out of range */
    SV_INPUT_NOT_OPEN,    /* the decision is not open now */
    SV_INPUT_BAD_OPTION,  /* option or part not of this decision */
    SV_INPUT_DISABLED,    /* its condition is false now */
    SV_INPUT_NO_COMPOSER, /* the decision has no composer */
    SV_INPUT_PART_COUNT,  /* fewer or more parts than the composer allows */
    SV_INPUT_DUPLICATE_PART,
    SV_INPUT_VISIBILITY, /* the composer may not send there */
    SV_INPUT_NO_INJECT,  /* inject index out of range */
    SV_INPUT_SCHEDULED,  /* the inject fires by itself at its time, not by hand */
    SV_INPUT_FIRED,      /* the inject has fired already */
    /* the thread has had every public answer its channel takes (`replies`) */
    SV_INPUT_CHANNEL_FULL,
} sv_InputResult;

const char *sv_input_result_text(sv_InputResult r);

/* Applies one player input at now_ms. Nothing changes unless it returns SV_INPUT_OK. */
sv_InputResult sv_session_apply(sv_Session *s, const sv_Input *in);

/* Fires manual inject `inject` now, as the facilitator does: logged, and
 * what it adds (its event, then its post, then its decision) is due at
 * now_ms, processed by the next sv_session_advance. An input like the
 * player's (SV_INPUT_INJECT through sv_session_apply is the same), so a run
 * records it and its replay plays it back. Scheduled injects fire by
 * themselves; each inject fires once. */
sv_InputResult sv_session_inject(sv_Session *s, int32_t inject);

bool sv_session_eval(const sv_Session *s, int32_t cond); /* -1 is true */
/* An option is enabled when its `when` holds and its channels have room for
 * what it posts (sv_session_option_full). */
bool sv_session_option_enabled(const sv_Session *s, int32_t option);
bool sv_session_part_enabled(const sv_Session *s, int32_t part);

/* A channel's `replies` (FORMAT.md, Channels): how many more public answers
 * the brand may post in the thread of `post`, every public answer there
 * counted (options', composed and earlier ones, sent or still to go out;
 * private ones and actions without words are not answers in the thread);
 * UINT32_MAX when the post's channel sets no limit (or there is no post). */
uint32_t sv_session_thread_room(const sv_Session *s, int32_t post);
/* Would the option post more public answers in a thread than its channel
 * still takes? Then the game does not offer it (SV_INPUT_CHANNEL_FULL). */
bool sv_session_option_full(const sv_Session *s, int32_t option);
/* May the decision's composer send a reply to `vis` now: the composer allows
 * it and, in public, the thread of the decision's post still takes one. */
bool sv_session_compose_allowed(const sv_Session *s, int32_t decision, sv_Visibility vis);

/* What the run has dropped so far: the session's tables, its scoring's and its crowd's. */
sv_Dropped sv_session_dropped(const sv_Session *s);

/* A hash of everything that defines the state: the same on every build. */
uint64_t sv_session_hash(const sv_Session *s);

/* The post the reply answers or acts on: its action's target, else its
 * option's, else its decision's post; -1 none. A zeroed reply with a decision
 * and an option is a valid candidate for judging. The
 * game names the thread a promise was made in with it. */
int32_t sv_reply_post(const sv_Scenario *sc, const sv_Reply *r);

#endif
