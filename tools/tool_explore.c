/* svara-tool explore: the automatic play-tester. Random mode plays N seeded
 * runs with random choices and answer times and reports coverage, endings,
 * meters, grades and each decision's outcomes by option; exhaustive mode
 * walks every option and composer pattern at three answer times through every
 * branch, merging equal states. Both report what no run ever reached. */
#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "svara/debrief.h"
#include "svara/json.h"
#include "svara/native.h"
#include "svara/run.h"
#include "svara/score.h"
#include "svara/session.h"
#include "tool.h"
#include "tool_explore.h"

#define TIMEOUT_ONE_IN 8u                 /* a random run lets one decision in 8 time out */
#define CHOICE_STREAM 0x6578706c6f7265ull /* the choices' own stream, apart from the session's */
#define HIST_BINS 10
#define LIMITS_SHOWN 20u /* runs that hit a limit listed in the text report */

/* ---- coverage: one slot per post, decision, option, part, event, ending ---- */

typedef enum { K_POST, K_DECISION, K_OPTION, K_PART, K_EVENT, K_ENDING, K_COUNT } Kind;
static const char *const kind_names[K_COUNT] = {"post", "decision", "option",
                                                "part", "event",    "ending"};
static const char *const kind_plural[K_COUNT] = {"posts", "decisions", "options",
                                                 "parts", "events",    "endings"};

static uint32_t kind_count(const sv_Scenario *sc, Kind k)
{
    switch (k) {
    case K_POST: return sc->post_count;
    case K_DECISION: return sc->decision_count;
    case K_OPTION: return sc->option_count;
    case K_PART: return sc->part_count;
    case K_EVENT: return sc->event_count;
    case K_ENDING: return sc->ending_count;
    case K_COUNT: break;
    }
    return 0;
}

static uint32_t kind_base(const sv_Scenario *sc, Kind k)
{
    uint32_t b = 0;
    for (int i = 0; i < (int)k; i++) b += kind_count(sc, (Kind)i);
    return b;
}

uint32_t tool_explore_slots(const sv_Scenario *sc) { return kind_base(sc, K_COUNT); }
uint32_t tool_explore_part_slot(const sv_Scenario *sc) { return kind_base(sc, K_PART); }
uint32_t tool_explore_ending_slot(const sv_Scenario *sc) { return kind_base(sc, K_ENDING); }

static const char *item_id(const sv_Scenario *sc, Kind k, uint32_t i)
{
    switch (k) {
    case K_POST: return sc->posts[i].id;
    case K_DECISION: return sc->decisions[i].id;
    case K_OPTION: return sc->options[i].id;
    case K_PART: return sc->parts[i].id;
    case K_EVENT: return sc->events[i].id;
    case K_ENDING: return sc->endings[i].id;
    case K_COUNT: break;
    }
    return "";
}

/* The JSON pointer of an item in its scenario file (the model keeps file order). */
static void item_pointer(const sv_Scenario *sc, Kind k, uint32_t i, char *buf, size_t size)
{
    int32_t d;
    char base[200];
    switch (k) {
    case K_POST: sv_scenario_node_ptr(sc, 'p', (int32_t)i, buf, size); break;
    case K_DECISION: sv_scenario_node_ptr(sc, 'd', (int32_t)i, buf, size); break;
    case K_OPTION:
        d = sv_scenario_option_decision(sc, (int32_t)i);
        sv_scenario_node_ptr(sc, 'd', d, base, sizeof base);
        snprintf(buf, size, "%.64s/options/%u", base, i - sc->decisions[d].options.start);
        break;
    case K_PART:
        d = sv_scenario_part_decision(sc, (int32_t)i);
        sv_scenario_node_ptr(sc, 'd', d, base, sizeof base);
        snprintf(buf, size, "%.64s/composer/parts/%u", base, i - sc->decisions[d].parts.start);
        break;
    case K_EVENT: sv_scenario_node_ptr(sc, 'e', (int32_t)i, buf, size); break;
    case K_ENDING: snprintf(buf, size, "/endings/%u", i); break;
    case K_COUNT: buf[0] = '\0'; break;
    }
}

/* Marks what the session reached: posts that appeared, decisions that opened,
 * events that fired, the ending, parts sent; options are marked as offered
 * when the runs answer (mark_offered). */
static void mark_session(const sv_Session *s, uint8_t *cov)
{
    const sv_Scenario *sc = s->sc;
    for (uint32_t i = 0; i < sc->post_count; i++)
        if (s->post_seen[i]) cov[kind_base(sc, K_POST) + i] = 1;
    uint32_t db = kind_base(sc, K_DECISION);
    for (uint32_t i = 0; i < sc->decision_count; i++)
        if (s->decision_state[i] != SV_DEC_PENDING && s->decision_state[i] != SV_DEC_SKIPPED)
            cov[db + i] = 1;
    uint32_t ob = kind_base(sc, K_OPTION);
    for (uint32_t i = 0; i < sc->option_count; i++)
        if (s->option_chosen[i]) cov[ob + i] = 1;
    uint32_t eb = kind_base(sc, K_EVENT);
    for (size_t i = 0; i < s->log_count; i++)
        if (s->log[i].kind == SV_LOG_EVENT && s->log[i].a >= 0) cov[eb + (uint32_t)s->log[i].a] = 1;
    uint32_t pb = kind_base(sc, K_PART);
    for (size_t i = 0; i < s->reply_count; i++)
        for (uint8_t k = 0; k < s->replies[i].part_count; k++)
            cov[pb + (uint32_t)s->replies[i].parts[k]] = 1;
    if (s->ending >= 0) cov[kind_base(sc, K_ENDING) + (uint32_t)s->ending] = 1;
}

/* Marks the decision's enabled options offered, and keeps them for the policy (w->offered). */
static void mark_offered(ToolWalk *w, const sv_Session *s, int32_t d, uint8_t *cov)
{
    const sv_Scenario *sc = s->sc;
    const sv_Decision *de = &sc->decisions[d];
    w->offered_d = d;
    w->offered_count = tool_enabled_options(s, de, w->offered);
    for (uint32_t i = 0; i < w->offered_count; i++)
        cov[kind_base(sc, K_OPTION) + (uint32_t)w->offered[i]] = 1;
}

/* ---- limits: a session that stopped itself ---------------------------------- */

bool tool_session_limit(const sv_Session *s, bool with_dropped, char *buf, size_t size)
{
    const sv_Scenario *sc = s->sc;
    const sv_LimitHit *h = &s->limit;
    sv_Dropped dr = sv_session_dropped(s);
    if (!with_dropped) memset(&dr, 0, sizeof dr);
    if (h->limit == SV_LIMIT_NONE && !sv_dropped_total(&dr)) return false;
    char what[160] = "", node[160] = "", lost[200] = "";
    if (h->limit == SV_LIMIT_LOG)
        snprintf(what, sizeof what,
                 "the session stopped itself at %u ms: its log was full (%u entries)", h->t_ms,
                 SV_MAX_LOG);
    else if (h->limit == SV_LIMIT_QUEUE)
        snprintf(what, sizeof what, "at %u ms the session's queue was full (%u scheduled items)",
                 h->t_ms, SV_MAX_QUEUE);
    static const char *const kinds[] = {[SV_NODE_POST] = "post",
                                        [SV_NODE_DECISION] = "decision",
                                        [SV_NODE_EVENT] = "event",
                                        [SV_NODE_ENDING] = "ending"};
    const char *id = sv_node_id(sc, (sv_NodeKind)h->kind, h->node);
    if (id)
        snprintf(node, sizeof node, "%s '%s'", kinds[h->kind], id);
    else if (h->kind == SV_NODE_OTHER)
        snprintf(node, sizeof node, "a reveal or a delayed reply");
    const uint32_t counts[] = {dr.queue,   dr.log,      dr.replies, dr.firings,
                               dr.samples, dr.promises, dr.comments};
    static const char *const names[] = {"scheduled items", "log entries", "replies", "rule firings",
                                        "meter samples",   "promises",    "comments"};
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
        size_t l = strlen(lost);
        if (counts[i])
            snprintf(lost + l, sizeof lost - l, "%s%u %s", l ? ", " : "it dropped ", counts[i],
                     names[i]);
    }
    snprintf(buf, size, "%s%s%s%s%s", what, node[0] ? "; the node that caused it: " : "", node,
             lost[0] && what[0] ? "; " : "", lost);
    return true;
}

/* ---- one run's choices --------------------------------------------------------- */

bool tool_walk_start(ToolWalk *w, const sv_Pack *pack, const sv_Scenario *sc,
                     const sv_ScoreModel *model, uint64_t seed)
{
    memset(w, 0, sizeof *w);
    w->offered_d = -1;
    w->plan = malloc((sc->decision_count + 1u) * sizeof *w->plan);
    w->before = calloc(sc->decision_count + 1u, sizeof *w->before);
    w->cov = calloc(tool_explore_slots(sc) + 1u, 1);
    if (!w->plan || !w->before || !w->cov) return false;
    for (uint32_t d = 0; d < sc->decision_count; d++) w->plan[d] = PLAN_NONE;
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_RunSetup setup = {.pack = pack,
                         .sc = sc,
                         .model = model,
                         .seed = seed,
                         .lang = pack ? pack->first_language : SV_LANG_EN};
    sv_Status st = sv_run_start(&w->run, &setup, &diags);
    sv_diag_free(&diags);
    return st == SV_OK;
}

/* The walk as tool_walk_start with the same pack, scenario and model but
 * `seed` would leave it, in the memory it has. */
static bool walk_restart(ToolWalk *w, uint64_t seed)
{
    const sv_Scenario *sc = w->run.sc;
    uint32_t *plan = w->plan;
    int32_t(*before)[SV_METER_COUNT] = w->before;
    /* the last play-through took its coverage away (tool_playout) */
    uint8_t *cov = w->cov ? w->cov : malloc(tool_explore_slots(sc) + 1u);
    /* all but the run cleared (the run is restarted below, in place) */
    memset((char *)w + offsetof(ToolWalk, plan), 0, sizeof *w - offsetof(ToolWalk, plan));
    w->plan = plan;
    w->before = before;
    w->cov = cov;
    w->offered_d = -1;
    if (!cov) return false;
    memset(cov, 0, tool_explore_slots(sc) + 1u);
    memset(before, 0, (sc->decision_count + 1u) * sizeof *before);
    for (uint32_t d = 0; d < sc->decision_count; d++) plan[d] = PLAN_NONE;
    return sv_run_restart(&w->run, seed) == SV_OK;
}

void tool_walk_free(ToolWalk *w)
{
    sv_run_stop(&w->run);
    free(w->plan);
    free(w->before);
    free(w->cov);
    memset(w, 0, sizeof *w);
}

/* The decision to answer next (its planned time is the earliest), or -1. */
static int32_t next_answer(const ToolWalk *w, uint32_t *at)
{
    const sv_Session *s = &w->run.s;
    int32_t best = -1;
    for (uint32_t d = 0; d < s->sc->decision_count; d++)
        if (s->decision_state[d] == SV_DEC_OPEN && w->plan[d] != PLAN_NONE &&
            (best < 0 || w->plan[d] < *at)) {
            best = (int32_t)d;
            *at = w->plan[d];
        }
    return best;
}

static void read_log(ToolWalk *w, ToolPolicy *p)
{
    sv_Session *s = &w->run.s;
    for (; w->log_seen < s->log_count && !p->stop; w->log_seen++) {
        const sv_LogEntry *e = &s->log[w->log_seen];
        if (e->kind != SV_LOG_DECISION_OPEN) continue;
        memcpy(w->before[e->a], s->meters, sizeof s->meters);
        w->opened++;
        w->next_known = false;
        p->on_open(w, e->a, p->ctx);
    }
}

void tool_walk_play(ToolWalk *w, ToolPolicy *p)
{
    sv_Session *s = &w->run.s;
    w->policy = p;
    while (!s->ended && !p->stop) {
        read_log(w, p);
        if (p->stop) break;
        uint32_t at = 0;
        int32_t d;
        if (w->next_known && (w->next_d < 0 || s->decision_state[w->next_d] == SV_DEC_OPEN)) {
            d = w->next_d;
            at = w->next_at;
        } else {
            d = next_answer(w, &at);
            w->next_known = true;
            w->next_d = d;
            w->next_at = at;
        }
        if (d >= 0 && at <= s->now_ms) {
            sv_Input in;
            mark_offered(w, s, d, w->cov);
            w->plan[d] = PLAN_NONE;
            /* refused, a random run's decision times out; a tree's path ends */
            bool answered = p->on_answer(w, d, &in, p->ctx);
            w->offered_d = -1;
            w->next_known = false;
            if (answered && (w->unrecorded ? sv_session_apply(s, &in)
                                           : sv_run_apply(&w->run, &in)) != SV_INPUT_OK)
                p->stop = p->refusal_stops;
            continue;
        }
        uint32_t due;
        bool pending = sv_session_next_due(s, &due);
        if (!pending && d < 0) {
            sv_session_run_out(s);
            break;
        }
        sv_session_advance(s, pending && (d < 0 || due < at) ? due : at);
    }
    if (!p->stop) read_log(w, p);
    mark_session(s, w->cov);
}

/* ---- random runs ---------------------------------------------------------------- */

typedef struct RandomCtx {
    sv_Rng rng;
} RandomCtx;

static void random_open(ToolWalk *w, int32_t d, void *ctx)
{
    RandomCtx *c = ctx;
    uint32_t dl = w->run.sc->decisions[d].deadline_ms;
    if (sv_rng_below(&c->rng, TIMEOUT_ONE_IN) == 0 || dl == 0)
        w->plan[d] = PLAN_NONE;
    else
        w->plan[d] = w->run.s.now_ms + sv_rng_below(&c->rng, dl);
}

/* The decision's enabled parts, in file order. */
uint32_t tool_enabled_options(const sv_Session *s, const sv_Decision *de,
                              int32_t out[SV_MAX_OPTIONS])
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < de->options.count && n < SV_MAX_OPTIONS; i++)
        if (sv_session_option_enabled(s, (int32_t)(de->options.start + i)))
            out[n++] = (int32_t)(de->options.start + i);
    return n;
}

uint32_t tool_enabled_parts(const sv_Session *s, const sv_Decision *de, int32_t *out)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < de->parts.count; i++)
        if (sv_session_part_enabled(s, (int32_t)(de->parts.start + i)))
            out[n++] = (int32_t)(de->parts.start + i);
    return n;
}

static bool random_answer(ToolWalk *w, int32_t d, sv_Input *in, void *ctx)
{
    RandomCtx *c = ctx;
    const sv_Session *s = &w->run.s;
    const sv_Decision *de = &s->sc->decisions[d];
    int32_t opts[SV_MAX_OPTIONS], parts[SV_MAX_PARTS];
    uint32_t no = 0;
    if (w->offered_d == d) { /* as the walk just found them */
        no = w->offered_count;
        memcpy(opts, w->offered, no * sizeof *opts);
    } else {
        no = tool_enabled_options(s, de, opts);
    }
    uint32_t np = tool_enabled_parts(s, de, parts);
    uint32_t lo = de->compose_min ? de->compose_min : 1u;
    /* a thread its channel has closed takes no public answer (sv_session_compose_allowed) */
    bool pub = sv_session_compose_allowed(s, d, SV_VIS_PUBLIC);
    bool can_compose = np >= lo && (pub || de->compose_private);
    uint32_t n = no + (can_compose ? 1u : 0u);
    if (n == 0) return false;
    uint32_t k = sv_rng_below(&c->rng, n);
    memset(in, 0, sizeof *in);
    in->decision = d;
    if (k < no) {
        in->kind = SV_INPUT_CHOOSE;
        in->option = opts[k];
        return true;
    }
    in->kind = SV_INPUT_COMPOSE;
    in->visibility = !pub                                              ? SV_VIS_PRIVATE
                     : de->compose_private && sv_rng_below(&c->rng, 2) ? SV_VIS_PRIVATE
                                                                       : SV_VIS_PUBLIC;
    uint32_t hi = de->compose_max < np ? de->compose_max : np;
    uint32_t count = lo + sv_rng_below(&c->rng, hi - lo + 1u);
    for (uint32_t i = 0; i < count; i++) { /* a partial Fisher-Yates shuffle */
        uint32_t j = i + sv_rng_below(&c->rng, np - i);
        int32_t t = parts[i];
        parts[i] = parts[j];
        parts[j] = t;
        in->parts[in->part_count++] = parts[i];
    }
    return true;
}

/* What one random run did, for explore's report and the benchmark. */
void tool_playout_free(ToolPlayout *out)
{
    free(out->cov);
    free(out->outcome);
    free(out->delta);
    memset(out, 0, sizeof *out);
}

static bool playout_hash;

void tool_playout_hash(bool on) { playout_hash = on; }

struct ToolKept {
    ToolWalk w;
    bool live; /* w holds a run of pack, sc and model */
    const sv_Pack *pack;
    const sv_Scenario *sc;
    const sv_ScoreModel *model;
};

ToolKept *tool_kept_new(void) { return calloc(1, sizeof(ToolKept)); }

void tool_kept_free(ToolKept *k)
{
    if (!k) return;
    if (k->live) tool_walk_free(&k->w);
    free(k);
}

/* The walk for a play-through: kept's restarted when it can be, else one
 * started afresh (kept's, or the caller's own without kept). */
static bool walk_for(ToolKept *k, ToolWalk *own, const sv_Pack *pack, const sv_Scenario *sc,
                     const sv_ScoreModel *model, uint64_t seed, ToolWalk **w)
{
    if (!k) {
        *w = own;
        return tool_walk_start(own, pack, sc, model, seed);
    }
    *w = &k->w;
    if (k->live && k->pack == pack && k->sc == sc && k->model == model && walk_restart(&k->w, seed))
        return true;
    if (k->live) tool_walk_free(&k->w);
    k->live = false;
    k->pack = pack;
    k->sc = sc;
    k->model = model;
    bool ok = tool_walk_start(&k->w, pack, sc, model, seed);
    if (ok) k->live = true;
    return ok;
}

static bool playout(ToolKept *k, const sv_Pack *pack, const sv_Scenario *sc,
                    const sv_ScoreModel *model, const sv_ScoreStatic *stat, uint64_t seed,
                    ToolPlayout *out, char **replay)
{
    memset(out, 0, sizeof *out);
    ToolWalk own, *w;
    RandomCtx c;
    sv_rng_seed(&c.rng, seed, CHOICE_STREAM);
    ToolPolicy p = {.on_open = random_open, .on_answer = random_answer, .ctx = &c};
    if (replay) k = NULL; /* a kept run is restarted without its replay */
    bool ok = walk_for(k, &own, pack, sc, model, seed, &w);
    out->outcome = malloc((sc->decision_count + 1u) * sizeof *out->outcome);
    out->delta = malloc((sc->decision_count + 1u) * sizeof *out->delta);
    if (!ok || !out->outcome || !out->delta) {
        tool_walk_free(w);
        if (k) k->live = false;
        tool_playout_free(out);
        return false;
    }
    if (stat && w->run.s.score) w->run.s.score->stat = stat;
    w->unrecorded = !replay; /* the replay is written out only for --record */
    tool_walk_play(w, &p);
    const sv_Session *s = &w->run.s;
    out->seed = seed;
    out->ending = s->ending;
    out->end_ms = s->now_ms;
    memcpy(out->meters, s->meters, sizeof out->meters);
    for (uint32_t d = 0; d < sc->decision_count; d++) {
        uint8_t st = s->decision_state[d];
        int32_t r = s->decision_reply[d];
        out->outcome[d] = st == SV_DEC_PENDING || st == SV_DEC_SKIPPED  ? TOOL_OUTCOME_NONE
                          : st == SV_DEC_TIMED_OUT || st == SV_DEC_OPEN ? TOOL_OUTCOME_TIMEOUT
                          : r >= 0 && s->replies[r].option >= 0         ? s->replies[r].option
                                                                        : TOOL_OUTCOME_COMPOSED;
        for (int m = 0; m < SV_METER_COUNT; m++) out->delta[d][m] = s->meters[m] - w->before[d][m];
    }
    out->limit = tool_session_limit(s, true, out->limit_text, sizeof out->limit_text);
    if (playout_hash) out->state_hash = sv_session_hash(s);
    out->cov = w->cov;
    w->cov = NULL;
    if (replay) *replay = sv_run_write_replay(&w->run);
    if (!k) tool_walk_free(w); /* else kept for the next play-through */
    return true;
}

bool tool_playout(const sv_Pack *pack, const sv_Scenario *sc, const sv_ScoreModel *model,
                  uint64_t seed, ToolPlayout *out)
{
    return playout(NULL, pack, sc, model, NULL, seed, out, NULL);
}

bool tool_playout_shared(const sv_Pack *pack, const sv_Scenario *sc, const sv_ScoreModel *model,
                         const sv_ScoreStatic *stat, uint64_t seed, ToolPlayout *out)
{
    return playout(NULL, pack, sc, model, stat, seed, out, NULL);
}

bool tool_playout_kept(ToolKept *k, const sv_Pack *pack, const sv_Scenario *sc,
                       const sv_ScoreModel *model, const sv_ScoreStatic *stat, uint64_t seed,
                       ToolPlayout *out)
{
    return playout(k, pack, sc, model, stat, seed, out, NULL);
}

/* --record SEED FILE: that run's inputs as a replay, for svara-tool play --replay. */
static int record_run(const sv_Pack *pack, const sv_Scenario *sc, const sv_ScoreModel *model,
                      uint64_t seed, const char *path)
{
    ToolPlayout r;
    char *json = NULL;
    if (!playout(NULL, pack, sc, model, NULL, seed, &r, &json)) {
        fputs("svara-tool explore: the run could not start\n", stderr);
        return 1;
    }
    tool_playout_free(&r);
    bool ok = json && tool_write_file(path, json);
    if (ok)
        printf("%s: run of seed %" PRIu64 " recorded to %s (svara-tool play --replay plays it)\n",
               sc->id, seed, path);
    free(json);
    return ok ? 0 : 1;
}

/* ---- the random report's totals ---------------------------------------------- */

typedef struct Totals {
    uint32_t *reached;                  /* [slot_total] runs that reached it */
    uint32_t *out_count;                /* [option_count + 2 * decision_count] */
    int64_t (*out_sum)[SV_METER_COUNT]; /* same */
    int32_t (*finals)[SV_METER_COUNT];  /* [runs] each run's final meters, by index */
    uint32_t grades[5];
    uint32_t failed;
} Totals;

typedef struct Limited {
    uint64_t seed;
    char text[300];
} Limited;

typedef struct Job {
    const sv_Pack *pack;
    const sv_Scenario *sc;
    const sv_ScoreModel *model;
    sv_ScoreStatic *stat; /* the job's own (it keeps what it judged); NULL: none */
    uint64_t seed;
    uint32_t lo, hi; /* run indices [lo, hi) */
    Totals t;
    Limited *limited;
    uint32_t limited_count;
    atomic_uint *done;
    const bool *cancel;
} Job;

static uint32_t outcome_slots(const sv_Scenario *sc)
{
    return sc->option_count + 2u * sc->decision_count;
}

/* The slot of an outcome: an option, or the decision's composed or timed-out row. */
static uint32_t outcome_slot(const sv_Scenario *sc, int32_t d, int32_t outcome)
{
    if (outcome >= 0) return (uint32_t)outcome;
    return sc->option_count + 2u * (uint32_t)d + (outcome == TOOL_OUTCOME_COMPOSED ? 0u : 1u);
}

/* the game's grade: 0 for A .. 4 for E */
static int grade_of(const int32_t *m) { return sv_grade_letter(sv_grade_score(m)) - 'A'; }

static bool totals_init(Totals *t, const sv_Scenario *sc, uint32_t runs)
{
    memset(t, 0, sizeof *t);
    t->reached = calloc(tool_explore_slots(sc) + 1u, sizeof *t->reached);
    t->out_count = calloc(outcome_slots(sc) + 1u, sizeof *t->out_count);
    t->out_sum = calloc(outcome_slots(sc) + 1u, sizeof *t->out_sum);
    t->finals = runs ? calloc(runs, sizeof *t->finals) : NULL;
    return t->reached && t->out_count && t->out_sum && (t->finals || !runs);
}

static void totals_free(Totals *t)
{
    free(t->reached);
    free(t->out_count);
    free(t->out_sum);
    free(t->finals);
}

static void add_run(Job *j, uint32_t index, const ToolPlayout *r)
{
    const sv_Scenario *sc = j->sc;
    for (uint32_t i = 0; i < tool_explore_slots(sc); i++) j->t.reached[i] += r->cov[i];
    for (uint32_t d = 0; d < sc->decision_count; d++) {
        if (r->outcome[d] == TOOL_OUTCOME_NONE) continue;
        uint32_t k = outcome_slot(sc, (int32_t)d, r->outcome[d]);
        j->t.out_count[k]++;
        for (int m = 0; m < SV_METER_COUNT; m++) j->t.out_sum[k][m] += r->delta[d][m];
    }
    memcpy(j->t.finals[index], r->meters, sizeof r->meters);
    j->t.grades[grade_of(r->meters)]++;
    if (r->limit) {
        Limited *l = realloc(j->limited, (j->limited_count + 1u) * sizeof *l);
        if (!l) return;
        j->limited = l;
        l[j->limited_count].seed = r->seed;
        snprintf(l[j->limited_count].text, sizeof l->text, "%s", r->limit_text);
        j->limited_count++;
    }
}

static void *job_main(void *arg)
{
    Job *j = arg;
    ToolKept *kept = tool_kept_new(); /* NULL: each run set up anew, the same results */
    for (uint32_t i = j->lo; i < j->hi && !*j->cancel; i++) {
        ToolPlayout r;
        if (tool_playout_kept(kept, j->pack, j->sc, j->model, j->stat, j->seed + i, &r)) {
            add_run(j, i, &r);
            tool_playout_free(&r);
        } else {
            j->t.failed++;
        }
        atomic_fetch_add(j->done, 1u);
    }
    tool_kept_free(kept);
    return NULL;
}

double tool_now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A progress bar with runs/s and the time left, on stderr when it is a terminal. */
static void progress(uint32_t done, uint32_t total, double started, bool last)
{
    double el = tool_now_s() - started;
    double rate = el > 0 ? done / el : 0;
    int width = 30, fill = total ? (int)((uint64_t)done * (uint64_t)width / total) : width;
    fprintf(stderr, "\r[%.*s%*s] %u/%u runs  %.0f runs/s  ETA %.0f s ", fill,
            "##############################", width - fill, "", done, total, rate,
            rate > 0 ? (total - done) / rate : 0.0);
    if (last) fputc('\n', stderr);
    fflush(stderr);
}

/* ---- arguments ------------------------------------------------------------------ */

typedef struct Args {
    const char *pack, *scenario;
    uint32_t runs;
    uint64_t seed;
    bool exhaustive, json, exact, guided;
    bool runs_given;    /* --guided stops at --runs only when it is given */
    const char *record; /* --record SEED FILE */
    uint64_t record_seed;
    uint32_t jobs;
    uint32_t max_paths;
} Args;

static bool parse_u64(const char *v, uint64_t *out)
{
    char *end;
    if (!v || !*v || *v == '-') return false;
    unsigned long long x = strtoull(v, &end, 10);
    if (*end) return false;
    *out = x;
    return true;
}

static int parse_args(int argc, char **argv, Args *a)
{
    memset(a, 0, sizeof *a);
    a->runs = 1000;
    a->seed = 1;
    long cores = sysconf(_SC_NPROCESSORS_ONLN); /* every core: the output does not depend on it */
    a->jobs = cores > 0 ? (uint32_t)(cores > 256 ? 256 : cores) : 1u;
    a->max_paths = 10000;
    int pos = 0;
    const char **slots[] = {&a->pack, &a->scenario};
    for (int i = 0; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        uint64_t x;
        if (strcmp(argv[i], "--runs") == 0 || strcmp(argv[i], "--jobs") == 0 ||
            strcmp(argv[i], "--max-paths") == 0) {
            if (!parse_u64(v, &x) || x == 0 || x > 100000000u) {
                fprintf(stderr, "svara-tool explore: %s wants a whole number from 1, not '%s'\n",
                        argv[i], v ? v : "");
                return 2;
            }
            if (argv[i][2] == 'r') {
                a->runs = (uint32_t)x;
                a->runs_given = true;
            } else if (argv[i][2] == 'j')
                a->jobs = (uint32_t)(x > 256 ? 256 : x);
            else
                a->max_paths = (uint32_t)x;
            i++;
        } else if (strcmp(argv[i], "--seed") == 0) {
            if (!parse_u64(v, &a->seed)) {
                fprintf(stderr, "svara-tool explore: --seed wants a whole number, not '%s'\n",
                        v ? v : "");
                return 2;
            }
            i++;
        } else if (strcmp(argv[i], "--merge") == 0 && v &&
                   (strcmp(v, "story") == 0 || strcmp(v, "exact") == 0)) {
            a->exact = strcmp(v, "exact") == 0;
            i++;
        } else if (strcmp(argv[i], "--record") == 0) {
            if (!parse_u64(v, &a->record_seed) || i + 2 >= argc) {
                fputs("svara-tool explore: --record wants a seed and a file\n", stderr);
                return 2;
            }
            a->record = argv[i + 2];
            i += 2;
        } else if (strcmp(argv[i], "--exhaustive") == 0) {
            a->exhaustive = true;
        } else if (strcmp(argv[i], "--guided") == 0) {
            a->guided = true;
        } else if (strcmp(argv[i], "--json") == 0) {
            a->json = true;
        } else if (tool_positional("explore", argv[i], slots, 2, &pos)) {
            return 2;
        }
    }
    if (!a->pack) {
        fputs(
            "usage: svara-tool explore PACK [SCENARIO] [--runs N] [--seed S] [--exhaustive]\n"
            "                          [--max-paths N] [--merge story|exact] [--jobs J] [--json]\n"
            "       svara-tool explore PACK [SCENARIO] --guided [--runs N] [--seed S] [--jobs J]\n"
            "       svara-tool explore PACK SCENARIO --record SEED FILE\n",
            stderr);
        return 2;
    }
    if (a->guided && (a->exhaustive || a->json || a->record)) {
        fputs("svara-tool explore: --guided goes with neither --exhaustive, --json nor --record\n",
              stderr);
        return 2;
    }
    if (a->record && !a->scenario) {
        fputs("svara-tool explore: --record wants a SCENARIO\n", stderr);
        return 2;
    }
    return 0;
}

/* ---- where things are: the scenario file's bytes, for line and column -------- */

void tool_where_open(ToolWhere *w, const sv_Pack *pack, const sv_Scenario *sc)
{
    memset(w, 0, sizeof *w);
    /* as diagnostics name it: the manifest's label, then the file inside the pack */
    size_t ml = strlen(pack->manifest_file);
    size_t cut = ml >= 10 && strcmp(pack->manifest_file + ml - 10, "/pack.json") == 0 ? ml - 10 : 0;
    snprintf(w->file, sizeof w->file, "%.*s%s%s", (int)cut, pack->manifest_file, cut ? "/" : "",
             sc->file);
    char path[SV_MAX_PATH * 2 + 2];
    snprintf(path, sizeof path, "%s/%s", pack->root, sc->file);
    if (sv_native_kind(pack->root, NULL) != SV_NATIVE_DIR) return; /* a zip: no line and column */
    sv_DiagList diags;
    sv_diag_init(&diags);
    w->bytes = sv_native_read(path, SV_MAX_FILE_BYTES, &w->len, NULL, &diags);
    sv_diag_free(&diags);
    if (w->bytes) w->ix = sv_json_index_build(w->bytes, w->len);
}

void tool_where_close(ToolWhere *w)
{
    sv_json_index_free(w->ix);
    free(w->bytes);
}

/* ---- output helpers ------------------------------------------------------------- */

static void json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static void print_meter(FILE *f, sv_Meter m, double v)
{
    if (m == SV_METER_REACH)
        fprintf(f, "%.0f", v);
    else
        fprintf(f, "%.1f", v / 10.0);
}

/* Is the item added by a manual inject (or an option or part of a decision
 * one adds)? Runs without a facilitator never fire those, so coverage leaves
 * them out. */
static bool manual_inject_item(const sv_Scenario *sc, Kind k, uint32_t i)
{
    int32_t node = (int32_t)i;
    if (k == K_OPTION) node = sv_scenario_option_decision(sc, node);
    if (k == K_PART) node = sv_scenario_part_decision(sc, node);
    for (uint32_t j = 0; j < sc->inject_count; j++) {
        const sv_Inject *in = &sc->injects[j];
        if (in->at_ms != SV_NEVER) continue;
        if ((k == K_POST && in->post == node) || (k == K_EVENT && in->event == node) ||
            ((k == K_DECISION || k == K_OPTION || k == K_PART) && in->decision == node))
            return true;
    }
    return false;
}

/* Unreached items with where they are written. */
uint32_t tool_report_unreached(FILE *f, const sv_Scenario *sc, const uint32_t *reached,
                               ToolWhere *wh, bool json)
{
    uint32_t n = 0;
    char ptr[128];
    for (int k = 0; k < K_COUNT; k++) {
        uint32_t b = kind_base(sc, (Kind)k);
        for (uint32_t i = 0; i < kind_count(sc, (Kind)k); i++) {
            if (reached[b + i] || manual_inject_item(sc, (Kind)k, i)) continue;
            item_pointer(sc, (Kind)k, i, ptr, sizeof ptr);
            int line = 0, col = 0;
            if (wh->ix) sv_json_index_locate(wh->ix, ptr, &line, &col);
            if (json) {
                fprintf(f, "%s\n    {\"kind\": \"%s\", \"id\": ", n ? "," : "", kind_names[k]);
                json_str(f, item_id(sc, (Kind)k, i));
                fprintf(f, ", \"file\": ");
                json_str(f, wh->file);
                fprintf(f, ", \"pointer\": \"%s\", \"line\": %d, \"column\": %d}", ptr, line, col);
            } else if (line) {
                fprintf(f, "  %s:%d:%d: %s: never reached: %s '%s'\n", wh->file, line, col, ptr,
                        kind_names[k], item_id(sc, (Kind)k, i));
            } else {
                fprintf(f, "  %s: %s: never reached: %s '%s'\n", wh->file, ptr, kind_names[k],
                        item_id(sc, (Kind)k, i));
            }
            n++;
        }
    }
    return n;
}

void tool_print_coverage(FILE *f, const sv_Scenario *sc, const uint32_t *reached, bool json)
{
    for (int k = 0; k < K_COUNT; k++) {
        uint32_t b = kind_base(sc, (Kind)k), n = 0, got = 0;
        for (uint32_t i = 0; i < kind_count(sc, (Kind)k); i++) {
            if (manual_inject_item(sc, (Kind)k, i)) continue;
            n++;
            got += reached[b + i] ? 1u : 0u;
        }
        if (json)
            fprintf(f, "%s\"%s\": {\"reached\": %u, \"total\": %u}", k ? ", " : "", kind_plural[k],
                    got, n);
        else
            fprintf(f, "%s%s %u/%u", k ? ", " : "  ", kind_plural[k], got, n);
    }
    if (!json) fputc('\n', f);
}

/* ---- the random report ---------------------------------------------------------- */

typedef struct MeterStats {
    int32_t min, max;
    double mean;
    uint32_t hist[HIST_BINS];
    int32_t lo, width; /* the histogram's first bin starts at lo; each is width wide */
} MeterStats;

static void meter_stats(const Totals *t, uint32_t runs, int m, MeterStats *st)
{
    memset(st, 0, sizeof *st);
    int64_t sum = 0;
    for (uint32_t i = 0; i < runs; i++) {
        int32_t v = t->finals[i][m];
        if (i == 0 || v < st->min) st->min = v;
        if (i == 0 || v > st->max) st->max = v;
        sum += v;
    }
    st->mean = runs ? (double)sum / runs : 0;
    st->lo = st->min;
    st->width = (st->max - st->min) / HIST_BINS + 1;
    for (uint32_t i = 0; i < runs; i++) st->hist[(t->finals[i][m] - st->lo) / st->width]++;
}

static void print_random_text(const sv_Scenario *sc, const Args *a, const Totals *t, uint32_t runs,
                              const Limited *lim, uint32_t nlim, ToolWhere *wh)
{
    printf("%s: %u random runs, seeds %" PRIu64 "..%" PRIu64 "\n", sc->id, runs, a->seed,
           a->seed + runs - 1u);
    printf("coverage:\n");
    tool_print_coverage(stdout, sc, t->reached, false);
    uint32_t un = tool_report_unreached(stdout, sc, t->reached, wh, false);
    if (!un) printf("  everything was reached\n");
    uint32_t manual = 0;
    for (uint32_t i = 0; i < sc->inject_count; i++) manual += sc->injects[i].at_ms == SV_NEVER;
    if (manual)
        printf("  (%u manual inject%s left out: the facilitator fires them, random runs do not)\n",
               manual, manual == 1 ? "" : "s");
    printf("endings:\n");
    uint32_t eb = kind_base(sc, K_ENDING);
    for (uint32_t e = 0; e < sc->ending_count; e++)
        printf("  %-20s %6u  %5.1f%%\n", sc->endings[e].id, t->reached[eb + e],
               runs ? 100.0 * t->reached[eb + e] / runs : 0.0);
    printf("meters at the end (min, max, mean, histogram):\n");
    for (int m = 0; m < SV_METER_COUNT; m++) {
        MeterStats st;
        meter_stats(t, runs, m, &st);
        printf("  %-10s min ", sv_meter_name((sv_Meter)m));
        print_meter(stdout, (sv_Meter)m, st.min);
        printf("  max ");
        print_meter(stdout, (sv_Meter)m, st.max);
        printf("  mean ");
        print_meter(stdout, (sv_Meter)m, st.mean);
        printf("\n");
        uint32_t top = 1;
        for (int b = 0; b < HIST_BINS; b++) top = st.hist[b] > top ? st.hist[b] : top;
        for (int b = 0; b < HIST_BINS; b++) {
            if (st.lo + b * st.width > st.max) break;
            printf("    ");
            print_meter(stdout, (sv_Meter)m, st.lo + b * st.width);
            printf("\t%6u ", st.hist[b]);
            for (uint32_t k = 0; k < st.hist[b] * 40u / top; k++) putchar('#');
            putchar('\n');
        }
    }
    printf("decisions (runs, then the mean change of each meter from the decision's opening to "
           "the end):\n");
    for (uint32_t d = 0; d < sc->decision_count; d++) {
        const sv_Decision *de = &sc->decisions[d];
        printf("  %s\n", de->id);
        for (uint32_t i = 0; i < de->options.count + 2u; i++) {
            uint32_t k = i < de->options.count
                             ? de->options.start + i
                             : outcome_slot(sc, (int32_t)d,
                                            i == de->options.count ? TOOL_OUTCOME_COMPOSED
                                                                   : TOOL_OUTCOME_TIMEOUT);
            uint32_t c = t->out_count[k];
            if (!c) continue;
            const char *name = i < de->options.count    ? sc->options[k].id
                               : i == de->options.count ? "(composed)"
                                                        : "(timed out)";
            printf("    %-22s %6u ", name, c);
            for (int m = 0; m < SV_METER_COUNT; m++) {
                printf(" %s ", sv_meter_name((sv_Meter)m));
                double v = (double)t->out_sum[k][m] / c;
                printf("%+.*f", m == SV_METER_REACH ? 0 : 1, m == SV_METER_REACH ? v : v / 10.0);
            }
            printf("\n");
        }
    }
    static const char grades[] = "ABCDE";
    printf("grades:");
    for (int g = 0; g < 5; g++) printf(" %c %u", grades[g], t->grades[g]);
    printf("\n");
    printf("runs that hit a limit: %u\n", nlim);
    for (uint32_t i = 0; i < nlim && i < LIMITS_SHOWN; i++)
        printf("  seed %" PRIu64 ": %s\n", lim[i].seed, lim[i].text);
    if (nlim > LIMITS_SHOWN)
        printf("  ... and %u more (--json lists every one)\n", nlim - LIMITS_SHOWN);
}

static void print_random_json(const sv_Pack *pack, const sv_Scenario *sc, const Args *a,
                              const Totals *t, uint32_t runs, const Limited *lim, uint32_t nlim,
                              ToolWhere *wh)
{
    printf("{\n  \"pack\": ");
    json_str(stdout, pack->id);
    printf(", \"scenario\": ");
    json_str(stdout, sc->id);
    printf(", \"mode\": \"random\", \"runs\": %u, \"seed\": %" PRIu64 ",\n  \"coverage\": {", runs,
           a->seed);
    tool_print_coverage(stdout, sc, t->reached, true);
    printf("},\n  \"unreached\": [");
    tool_report_unreached(stdout, sc, t->reached, wh, true);
    printf("],\n  \"endings\": {");
    uint32_t eb = kind_base(sc, K_ENDING);
    for (uint32_t e = 0; e < sc->ending_count; e++) {
        printf("%s", e ? ", " : "");
        json_str(stdout, sc->endings[e].id);
        printf(": %u", t->reached[eb + e]);
    }
    printf("},\n  \"meters\": {");
    for (int m = 0; m < SV_METER_COUNT; m++) {
        MeterStats st;
        meter_stats(t, runs, m, &st);
        printf("%s\n    \"%s\": {\"min\": %d, \"max\": %d, \"mean\": %.3f, \"bin_start\": %d, "
               "\"bin_width\": %d, \"histogram\": [",
               m ? "," : "", sv_meter_name((sv_Meter)m), st.min, st.max, st.mean, st.lo, st.width);
        for (int b = 0; b < HIST_BINS; b++) printf("%s%u", b ? ", " : "", st.hist[b]);
        printf("]}");
    }
    printf("},\n  \"decisions\": [");
    for (uint32_t d = 0; d < sc->decision_count; d++) {
        const sv_Decision *de = &sc->decisions[d];
        printf("%s\n    {\"id\": ", d ? "," : "");
        json_str(stdout, de->id);
        printf(", \"outcomes\": [");
        int first = 1;
        for (uint32_t i = 0; i < de->options.count + 2u; i++) {
            uint32_t k = i < de->options.count
                             ? de->options.start + i
                             : outcome_slot(sc, (int32_t)d,
                                            i == de->options.count ? TOOL_OUTCOME_COMPOSED
                                                                   : TOOL_OUTCOME_TIMEOUT);
            uint32_t c = t->out_count[k];
            if (!c && i >= de->options.count) continue;
            printf("%s\n      {\"option\": ", first ? "" : ",");
            first = 0;
            if (i < de->options.count)
                json_str(stdout, sc->options[k].id);
            else
                printf(i == de->options.count ? "\"(composed)\"" : "\"(timed out)\"");
            printf(", \"runs\": %u, \"mean_delta\": {", c);
            for (int m = 0; m < SV_METER_COUNT; m++)
                printf("%s\"%s\": %.3f", m ? ", " : "", sv_meter_name((sv_Meter)m),
                       c ? (double)t->out_sum[k][m] / c / (m == SV_METER_REACH ? 1.0 : 10.0) : 0.0);
            printf("}}");
        }
        printf("]}");
    }
    static const char grades[] = "ABCDE";
    printf("],\n  \"grades\": {");
    for (int g = 0; g < 5; g++) printf("%s\"%c\": %u", g ? ", " : "", grades[g], t->grades[g]);
    printf("},\n  \"limits\": [");
    for (uint32_t i = 0; i < nlim; i++) {
        printf("%s{\"seed\": %" PRIu64 ", \"what\": ", i ? ", " : "", lim[i].seed);
        json_str(stdout, lim[i].text);
        printf("}");
    }
    printf("]\n}\n");
}

/* N runs split by index over J threads; totals are integer sums and the lists
 * are joined in index order, so the output is the same for every J. */
static int explore_random(const sv_Pack *pack, const sv_Scenario *sc, const sv_ScoreModel *model,
                          const Args *a, bool *first)
{
    uint32_t runs = a->runs, jobs = a->jobs < runs ? a->jobs : runs;
    Job *job = calloc(jobs, sizeof *job);
    pthread_t *th = calloc(jobs, sizeof *th);
    atomic_uint done = 0;
    bool cancel = false;
    Totals all;
    bool ok = job && th && totals_init(&all, sc, runs);
    uint32_t started = 0;
    for (uint32_t j = 0; ok && j < jobs; j++) {
        Job *jb = &job[j];
        jb->pack = pack, jb->sc = sc, jb->model = model, jb->seed = a->seed;
        jb->stat = sv_score_static_new(sc); /* NULL: the runs work it out themselves */
        jb->lo = (uint32_t)((uint64_t)runs * j / jobs);
        jb->hi = (uint32_t)((uint64_t)runs * (j + 1u) / jobs);
        jb->done = &done, jb->cancel = &cancel;
        if (!totals_init(&jb->t, sc, 0)) {
            ok = false;
            break;
        }
        free(jb->t.finals);
        jb->t.finals = all.finals; /* each job writes its own indices */
        if (pthread_create(&th[j], NULL, job_main, jb) != 0) {
            ok = false;
            break;
        }
        started++;
    }
    bool tty = isatty(fileno(stderr));
    double t0 = tool_now_s();
    while (tty && atomic_load(&done) < (unsigned)(started == jobs ? runs : 0u) && ok) {
        progress(atomic_load(&done), runs, t0, false);
        struct timespec ts = {0, 100000000L};
        nanosleep(&ts, NULL);
    }
    for (uint32_t j = 0; j < started; j++) pthread_join(th[j], NULL);
    for (uint32_t j = 0; job && j < jobs; j++) sv_score_static_free(job[j].stat);
    double el = tool_now_s() - t0;
    if (tty && ok) {
        progress(runs, runs, t0, true);
        fprintf(stderr, "explore: %u runs in %.2f s, %.0f runs/s\n", runs, el,
                el > 0 ? runs / el : 0.0);
    }
    Limited *lim = NULL;
    uint32_t nlim = 0;
    for (uint32_t j = 0; ok && j < jobs; j++) {
        for (uint32_t i = 0; i < tool_explore_slots(sc); i++) all.reached[i] += job[j].t.reached[i];
        for (uint32_t i = 0; i < outcome_slots(sc); i++) {
            all.out_count[i] += job[j].t.out_count[i];
            for (int m = 0; m < SV_METER_COUNT; m++) all.out_sum[i][m] += job[j].t.out_sum[i][m];
        }
        for (int g = 0; g < 5; g++) all.grades[g] += job[j].t.grades[g];
        all.failed += job[j].t.failed;
        Limited *l = realloc(lim, (nlim + job[j].limited_count + 1u) * sizeof *l);
        if (!l) {
            ok = false;
            break;
        }
        lim = l;
        if (job[j].limited_count)
            memcpy(lim + nlim, job[j].limited, job[j].limited_count * sizeof *lim);
        nlim += job[j].limited_count;
    }
    if (ok && all.failed) {
        fprintf(stderr, "svara-tool explore: %u run(s) could not start (out of memory)\n",
                all.failed);
        ok = false;
    }
    if (ok) {
        ToolWhere wh;
        tool_where_open(&wh, pack, sc);
        if (a->json) {
            if (!*first) printf(",\n");
            print_random_json(pack, sc, a, &all, runs, lim, nlim, &wh);
        } else {
            print_random_text(sc, a, &all, runs, lim, nlim, &wh);
        }
        tool_where_close(&wh);
        *first = false;
    }
    for (uint32_t j = 0; job && j < jobs; j++) {
        job[j].t.finals = NULL;
        totals_free(&job[j].t);
        free(job[j].limited);
    }
    if (job) totals_free(&all);
    free(lim);
    free(job);
    free(th);
    return ok ? 0 : 1;
}

/* ---- exhaustive -------------------------------------------------------------- */

/* One choice at one decision: when (at once, half-way to the deadline, or
 * never: it times out) and what (an option, or a composer pattern). */
typedef enum { AT_ONCE = 0, AT_MID, AT_TIMEOUT } When;

typedef struct Step {
    uint8_t when;
    uint8_t vis;    /* a pattern's visibility */
    int16_t option; /* index within the decision, or -1 for a pattern */
    int16_t pattern;
} Step;

/* Composer patterns, built when the reply is made from the parts enabled then:
 * 0 the authors' recommended parts in file order, 1 the same reversed (the
 * model scores the order of kinds), 2 + i part i first, then the first other
 * enabled parts up to the composer's minimum. Parts that the model cannot
 * tell apart (same kind, tags, claims, effects, condition, offer and due)
 * give one pattern. */
static bool same_span(const sv_Scenario *sc, sv_Span a, sv_Span b, bool effects)
{
    if (a.count != b.count) return false;
    for (uint32_t i = 0; i < a.count; i++) {
        if (effects) {
            const sv_Effect *x = &sc->effects[a.start + i], *y = &sc->effects[b.start + i];
            if (x->kind != y->kind || x->ref != y->ref || x->value != y->value ||
                x->after_ms != y->after_ms)
                return false;
        } else if (sc->fact_refs[a.start + i] != sc->fact_refs[b.start + i]) {
            return false;
        }
    }
    return true;
}

static bool same_part(const sv_Scenario *sc, const sv_Part *a, const sv_Part *b)
{
    return a->kind == b->kind && a->tags == b->tags && a->when == b->when && a->offer == b->offer &&
           a->due_ms == b->due_ms && same_span(sc, a->effects, b->effects, true) &&
           same_span(sc, a->claims.confirms, b->claims.confirms, false) &&
           same_span(sc, a->claims.denies, b->claims.denies, false) &&
           same_span(sc, a->claims.reveals, b->claims.reveals, false);
}

static uint32_t pattern_count(const sv_Decision *de)
{
    return de->parts.count ? 2u + de->parts.count : 0u;
}

/* False when the pattern is the same as an earlier one or cannot be made now. */
static bool make_pattern(const sv_Session *s, const sv_Decision *de, int32_t d, uint32_t pat,
                         sv_Visibility vis, sv_Input *in)
{
    const sv_Scenario *sc = s->sc;
    int32_t parts[SV_MAX_PARTS];
    uint32_t np = tool_enabled_parts(s, de, parts);
    uint32_t lo = de->compose_min ? de->compose_min : 1u;
    memset(in, 0, sizeof *in);
    in->kind = SV_INPUT_COMPOSE;
    in->decision = d;
    in->visibility = vis;
    if (np < lo || !sv_session_compose_allowed(s, d, vis)) return false;
    if (pat < 2) {
        for (uint32_t i = 0; i < np && in->part_count < de->compose_max; i++)
            if (sc->parts[parts[i]].expert == 1) in->parts[in->part_count++] = parts[i];
        for (uint32_t i = 0; i < np && in->part_count < lo; i++) {
            bool used = false;
            for (uint8_t k = 0; k < in->part_count; k++) used = used || in->parts[k] == parts[i];
            if (!used) in->parts[in->part_count++] = parts[i];
        }
        if (pat == 1) {
            if (in->part_count < 2) return false; /* reversed is the same */
            for (uint8_t i = 0; i < in->part_count / 2; i++) {
                int32_t t = in->parts[i];
                in->parts[i] = in->parts[in->part_count - 1 - i];
                in->parts[in->part_count - 1 - i] = t;
            }
        }
        return true;
    }
    int32_t p = (int32_t)(de->parts.start + pat - 2u);
    if (!sv_session_part_enabled(s, p)) return false;
    for (uint32_t q = de->parts.start; q < (uint32_t)p; q++)
        if (same_part(sc, &sc->parts[q], &sc->parts[p])) return false;
    in->parts[in->part_count++] = p;
    for (uint32_t i = 0; i < np && in->part_count < lo; i++)
        if (parts[i] != p) in->parts[in->part_count++] = parts[i];
    return true;
}

typedef struct Tree {
    const sv_Pack *pack;
    const sv_Scenario *sc;
    const sv_ScoreModel *model;
    uint64_t seed;
    uint32_t max_paths;
    Step *prefix;     /* [decision_count + 1] */
    uint32_t depth;   /* steps fixed in the prefix */
    int32_t *step_of; /* [decision_count] the prefix step that answers it */
    /* what the walk found when it stopped at the next unplanned decision */
    int32_t branch; /* the decision, -1 when the run ended */
    uint64_t key;
    bool refused; /* a planned input could not be made or was refused */
    uint64_t *seen;
    uint32_t *seen_left; /* the discrepancies it was explored with */
    size_t seen_cap, seen_count;
    uint32_t round; /* paths leaving their first choice at exactly this many decisions */
    bool pruned;    /* a branch was left for a later round */
    int32_t last_ending;
    bool last_limited;
    uint32_t *reached; /* [slot_total] paths that reached it */
    uint32_t paths, merged, refusals, limited;
    uint32_t *ending_paths; /* [ending_count] */
    uint64_t nodes;
    bool cut;   /* stopped at max_paths */
    bool exact; /* merge by the session's whole state hash, not the story's */
} Tree;

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdull;
}

/* The state as far as the story can tell: flags, variables, what appeared,
 * opened, was chosen and is known, what is scheduled, and each meter only by
 * which side of every threshold the scenario's conditions test it is on.
 * Scoring and crowd details that no condition reads are left out, so paths
 * that differ only in them merge (an approximation: a meter may later drift
 * across a threshold on one path and not the other). */
static uint64_t story_key(const sv_Session *s, const Tree *t)
{
    const sv_Scenario *sc = s->sc;
    uint64_t h = mix(s->now_ms, (uint64_t)(int64_t)s->ending);
    for (uint32_t i = 0; i < sc->flag_count; i++) h = mix(h, s->flags[i]);
    for (uint32_t i = 0; i < sc->var_count; i++) h = mix(h, (uint32_t)s->vars[i]);
    for (uint32_t i = 0; i < sc->decision_count; i++) /* open or not: what can still be answered */
        h = mix(h, s->decision_state[i] == SV_DEC_OPEN ? 1u : 0u);
    uint64_t q = 0; /* the queue as a set: its heap's layout does not matter */
    for (size_t i = 0; i < s->queue_count; i++)
        q += mix(mix(s->queue[i].t_ms, s->queue[i].kind), (uint32_t)s->queue[i].ref);
    h = mix(h, q);
    /* what the conditions read: each one's value, and every meter test's side */
    for (uint32_t c = 0; c < sc->cond_count; c++) {
        const sv_Cond *co = &sc->conds[c];
        if (co->kind == SV_COND_ALL || co->kind == SV_COND_ANY || co->kind == SV_COND_NOT ||
            co->kind == SV_COND_TRUE || co->kind == SV_COND_TIME)
            continue;
        h = mix(h, sv_session_eval(s, (int32_t)c) ? 1u : 2u);
    }
    (void)t;
    return h;
}

static void tree_open(ToolWalk *w, int32_t d, void *ctx)
{
    Tree *t = ctx;
    uint32_t k = w->opened - 1u;
    if (k >= t->depth) {
        /* the next branch: the state, and the answers still planned for
         * decisions open now, make the key equal states merge under */
        t->branch = d;
        uint64_t h = t->exact ? sv_session_hash(&w->run.s) : story_key(&w->run.s, t);
        for (uint32_t i = 0; i < t->sc->decision_count; i++)
            if (w->plan[i] != PLAN_NONE)
                h = mix(mix(mix(h, i), w->plan[i]), (uint64_t)t->step_of[i]);
        t->key = mix(h, (uint64_t)d);
        w->policy->stop = true;
        return;
    }
    const Step *st = &t->prefix[k];
    uint32_t dl = t->sc->decisions[d].deadline_ms;
    t->step_of[d] = (int32_t)k;
    w->plan[d] = st->when == AT_TIMEOUT ? PLAN_NONE
                 : st->when == AT_ONCE  ? w->run.s.now_ms
                                        : w->run.s.now_ms + dl / 2u;
}

static bool tree_answer(ToolWalk *w, int32_t d, sv_Input *in, void *ctx)
{
    Tree *t = ctx;
    const Step *st = &t->prefix[t->step_of[d]];
    const sv_Decision *de = &t->sc->decisions[d];
    bool ok;
    if (st->option >= 0) {
        memset(in, 0, sizeof *in);
        in->kind = SV_INPUT_CHOOSE;
        in->decision = d;
        in->option = (int32_t)de->options.start + st->option;
        ok = sv_session_option_enabled(&w->run.s, in->option);
    } else {
        ok = make_pattern(&w->run.s, de, d, (uint32_t)st->pattern, (sv_Visibility)st->vis, in);
    }
    if (!ok) {
        t->refused = true;
        w->policy->stop = true;
    }
    return ok;
}

/* Has this state been explored with at least `left` choices still free to
 * leave the first? If not, it is recorded and to be explored. */
static bool seen_add(Tree *t, uint64_t key, uint32_t left)
{
    if (t->seen_count * 2 >= t->seen_cap) {
        size_t cap = t->seen_cap ? t->seen_cap * 2 : 1024;
        uint64_t *n = calloc(cap, sizeof *n);
        uint32_t *v = calloc(cap, sizeof *v);
        if (!n || !v) { /* out of memory: merge nothing more, walk on */
            free(n);
            free(v);
            return true;
        }
        for (size_t i = 0; i < t->seen_cap; i++) {
            if (!t->seen[i]) continue;
            size_t j = t->seen[i] & (cap - 1);
            while (n[j]) j = (j + 1) & (cap - 1);
            n[j] = t->seen[i];
            v[j] = t->seen_left[i];
        }
        free(t->seen);
        free(t->seen_left);
        t->seen = n;
        t->seen_left = v;
        t->seen_cap = cap;
    }
    if (!key) key = 1;
    size_t j = key & (t->seen_cap - 1);
    while (t->seen[j] && t->seen[j] != key) j = (j + 1) & (t->seen_cap - 1);
    if (t->seen[j] && t->seen_left[j] >= left) return false;
    if (!t->seen[j]) t->seen_count++;
    t->seen[j] = key;
    t->seen_left[j] = left;
    return true;
}

/* Plays the prefix; at its end either a path is complete or a new decision is
 * to be branched on (t->branch). */
static bool tree_walk(Tree *t)
{
    ToolWalk w;
    t->branch = -1;
    t->refused = false;
    t->nodes++;
    if (!tool_walk_start(&w, t->pack, t->sc, t->model, t->seed)) {
        tool_walk_free(&w);
        return false;
    }
    ToolPolicy p = {
        .on_open = tree_open, .on_answer = tree_answer, .ctx = t, .refusal_stops = true};
    tool_walk_play(&w, &p);
    if (p.stop && t->branch < 0) t->refused = true; /* the session refused the input */
    /* what a walk reached before it stopped was reached, whatever follows */
    for (uint32_t i = 0; i < tool_explore_slots(t->sc); i++) t->reached[i] += w.cov[i];
    char buf[300];
    t->last_ending = w.run.s.ending;
    t->last_limited = tool_session_limit(&w.run.s, true, buf, sizeof buf);
    tool_walk_free(&w);
    return true;
}

/* Limited discrepancy search: round k walks the paths on which exactly k
 * decisions take another branch than their first (the first option at
 * once), so a walk cut at --max-paths has still tried every choice of every
 * decision on some path; the last round finds nothing left to widen. */
static bool tree_dfs(Tree *t, uint32_t left, uint32_t used)
{
    if (t->cut) return true;
    if (t->paths >= t->max_paths) {
        t->cut = true;
        return true;
    }
    if (!tree_walk(t)) return false;
    if (t->branch < 0) {
        if (used != t->round) return true; /* counted in an earlier round */
        if (t->refused) {
            t->refusals++;
        } else {
            t->paths++;
            if (t->last_ending >= 0) t->ending_paths[t->last_ending]++;
            if (t->last_limited) t->limited++;
        }
        return true;
    }
    if (!seen_add(t, t->key, left)) {
        if (used == t->round) t->merged++;
        return true;
    }
    int32_t d = t->branch;
    const sv_Decision *de = &t->sc->decisions[d];
    uint32_t k = t->depth++;
    Step *st = &t->prefix[k];
    bool ok = true;
    uint32_t child = 0;
#define CHILD(step)                                                                                \
    do {                                                                                           \
        if (child++ == 0) {                                                                        \
            *st = (step);                                                                          \
            ok = tree_dfs(t, left, used);                                                          \
        } else if (left > 0) {                                                                     \
            *st = (step);                                                                          \
            ok = tree_dfs(t, left - 1u, used + 1u);                                                \
        } else {                                                                                   \
            t->pruned = true;                                                                      \
        }                                                                                          \
    } while (0)
    for (uint8_t when = AT_ONCE; ok && when < AT_TIMEOUT; when++) {
        for (uint32_t o = 0; ok && o < de->options.count; o++)
            CHILD(((Step){.when = when, .option = (int16_t)o}));
        for (uint32_t pat = 0; ok && pat < pattern_count(de); pat++)
            for (uint8_t vis = 0; ok && vis < 2; vis++)
                if (vis == SV_VIS_PUBLIC ? de->compose_public : de->compose_private)
                    CHILD(
                        ((Step){.when = when, .vis = vis, .option = -1, .pattern = (int16_t)pat}));
    }
    if (ok) CHILD(((Step){.when = AT_TIMEOUT, .option = -1}));
#undef CHILD
    t->depth--;
    return ok;
}

static int explore_exhaustive(const sv_Pack *pack, const sv_Scenario *sc,
                              const sv_ScoreModel *model, const Args *a, bool *first)
{
    Tree t;
    memset(&t, 0, sizeof t);
    t.pack = pack, t.sc = sc, t.model = model, t.seed = a->seed, t.max_paths = a->max_paths;
    t.exact = a->exact;
    t.prefix = calloc(sc->decision_count + 1u, sizeof *t.prefix);
    t.step_of = calloc(sc->decision_count + 1u, sizeof *t.step_of);
    t.reached = calloc(tool_explore_slots(sc) + 1u, sizeof *t.reached);
    bool tty = isatty(fileno(stderr));
    double t0 = tool_now_s();
    t.ending_paths = calloc(sc->ending_count + 1u, sizeof *t.ending_paths);
    bool ok = t.prefix && t.step_of && t.reached && t.ending_paths;
    for (t.round = 0; ok; t.round++) {
        t.pruned = false;
        ok = tree_dfs(&t, t.round, 0);
        if (!t.pruned || t.cut) break;
    }
    double el = tool_now_s() - t0;
    if (tty && ok)
        fprintf(stderr, "explore: %u paths (%" PRIu64 " walks) in %.2f s, %.0f walks/s\n", t.paths,
                t.nodes, el, el > 0 ? (double)t.nodes / el : 0.0);
    if (ok) {
        ToolWhere wh;
        tool_where_open(&wh, pack, sc);
        if (a->json) {
            if (!*first) printf(",\n");
            printf("{\n  \"pack\": ");
            json_str(stdout, pack->id);
            printf(", \"scenario\": ");
            json_str(stdout, sc->id);
            printf(", \"mode\": \"exhaustive\", \"seed\": %" PRIu64 ", \"paths\": %u, "
                   "\"merged\": %u, \"refused\": %u, \"limited\": %u, \"complete\": %s, "
                   "\"rounds\": %u,\n"
                   "  \"coverage\": {",
                   a->seed, t.paths, t.merged, t.refusals, t.limited, t.cut ? "false" : "true",
                   t.round + 1u);
            tool_print_coverage(stdout, sc, t.reached, true);
            printf("},\n  \"unreached\": [");
            tool_report_unreached(stdout, sc, t.reached, &wh, true);
            printf("],\n  \"endings\": {");
            for (uint32_t e = 0; e < sc->ending_count; e++) {
                printf("%s", e ? ", " : "");
                json_str(stdout, sc->endings[e].id);
                printf(": %u", t.ending_paths[e]);
            }
            printf("}\n}\n");
        } else {
            printf("%s: exhaustive, seed %" PRIu64 ": %u distinct paths walked, %u states merged, "
                   "%u branches not playable%s\n",
                   sc->id, a->seed, t.paths, t.merged, t.refusals,
                   t.cut ? " (stopped at --max-paths: not every branch was walked)" : "");
            if (t.cut)
                printf("every path leaving the first choice (the first option at once) at fewer "
                       "than %u decisions was walked, and some at %u; what was not reached may "
                       "still be reachable on a path not walked\n",
                       t.round, t.round);
            printf("coverage:\n");
            tool_print_coverage(stdout, sc, t.reached, false);
            if (!tool_report_unreached(stdout, sc, t.reached, &wh, false))
                printf("  everything was reached\n");
            printf("endings (paths):\n");
            for (uint32_t e = 0; e < sc->ending_count; e++)
                printf("  %-20s %6u\n", sc->endings[e].id, t.ending_paths[e]);
            printf("paths that hit a limit: %u\n", t.limited);
        }
        tool_where_close(&wh);
        *first = false;
    }
    free(t.prefix);
    free(t.step_of);
    free(t.reached);
    free(t.seen);
    free(t.seen_left);
    free(t.ending_paths);
    return ok ? 0 : 1;
}

/* ---- the command ------------------------------------------------------------ */

int tool_explore(int argc, char **argv)
{
    Args a;
    int rc = parse_args(argc, argv, &a);
    if (rc) return rc;
    sv_Pack *pack = tool_open_pack(a.pack);
    if (!pack) return 1;
    int32_t only = -1;
    if (a.scenario && (only = sv_pack_find_scenario(pack, a.scenario)) < 0) {
        fprintf(stderr, "svara-tool explore: pack '%s' has no scenario '%s'\n", pack->id,
                a.scenario);
        sv_pack_unload(pack);
        return 1;
    }
    /* the pack's changes applied once; every run scores with this one model */
    sv_ScoreModel *model = tool_load_model(pack);
    rc = model ? 0 : 1;
    if (model && a.record) {
        rc = record_run(pack, &pack->scenarios[only], model, a.record_seed, a.record);
        sv_score_free(model);
        sv_pack_unload(pack);
        return rc;
    }
    bool first = true;
    if (a.json && model) printf("[");
    for (uint32_t i = 0; model && i < pack->scenario_count; i++) {
        if (only >= 0 && (int32_t)i != only) continue;
        if (!a.json && !first) printf("\n");
        int r = a.guided       ? tool_explore_guided(pack, &pack->scenarios[i], model, a.seed,
                                               a.runs_given ? a.runs : 100000u, a.jobs)
                : a.exhaustive ? explore_exhaustive(pack, &pack->scenarios[i], model, &a, &first)
                               : explore_random(pack, &pack->scenarios[i], model, &a, &first);
        first = false;
        if (r) rc = r;
    }
    if (a.json && model) printf("]\n");
    sv_score_free(model);
    sv_pack_unload(pack);
    return rc;
}
