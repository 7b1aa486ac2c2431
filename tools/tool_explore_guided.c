/* svara-tool explore --guided: runs directed at what no run has reached yet.
 * The first round plays three roots: the authors' recommended answers, their
 * warned ones, and no answers at all. Each later round takes the runs of the
 * round before that reached something new and tries, at each decision they
 * opened after their own last detour, every choice no run has made yet (an
 * option, untried composer parts in public or in private, or letting the
 * deadline pass), answering as their root everywhere else. So an ending a
 * choice or two away from following or breaking the guides is found in a few
 * dozen runs, where random play may need thousands. Runs
 * are planned before a round starts and folded in plan order, so the report
 * is the same on any number of threads. */
#include <inttypes.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "svara/debrief.h"
#include "svara/session.h"
#include "svara/units.h"
#include "tool.h"
#include "tool_explore.h"

#define MAX_DETOURS 8u /* rounds: a plan leaves the recommended path at most this often */
#define LIMITS_SHOWN 5u
#define BATCH 8u /* runs played before looking whether everything was reached */

/* A choice at a decision: an option (its index in the decision), or one of these. */
enum { CH_PUBLIC = -1, CH_PRIVATE = -2, CH_TIMEOUT = -3 };

typedef struct Detour {
    int32_t decision;
    int16_t choice; /* option index, or CH_* */
    uint8_t chunk;  /* composer: which slice of the untried parts */
} Detour;

/* Where a plan starts from: the authors' recommended answers, their warned
 * ones, or no answers at all (every deadline let pass). */
typedef enum { ROOT_RECOMMENDED = 0, ROOT_WARNED, ROOT_IDLE, ROOT_COUNT } Root;

typedef struct Plan {
    Detour d[MAX_DETOURS];
    uint8_t n;
    uint8_t root; /* Root */
} Plan;

/* What a run found, for the next round's plans. */
typedef struct Result {
    uint8_t *cov;        /* [slots] */
    int32_t *opened;     /* decisions in the order they opened */
    uint32_t open_count; /* how many opened */
    uint32_t *enabled;   /* [decision_count] options enabled when it was answered (bit i) */
    uint32_t *parts;     /* [decision_count] parts enabled then */
    uint8_t *taken;      /* [choice slots] choices this run made */
    int32_t ending;
    int32_t meters[SV_METER_COUNT]; /* at the end */
    uint32_t end_ms;                /* when it ended */
    bool limit;
    char limit_text[300];
} Result;

typedef struct Guide {
    const sv_Pack *pack;
    const sv_Scenario *sc;
    const sv_ScoreModel *model;
    uint64_t seed;
    uint32_t *reached;     /* [slots] runs that reached it */
    const uint8_t *before; /* parts sent by any earlier round: [slots] > 0 */
    uint32_t choice_slots;
    uint32_t *choice_base; /* [decision_count] */
} Guide;

/* Each decision's choices: its options, then public, private and time-out. */
static uint32_t choice_slot(const Guide *g, int32_t d, int16_t choice)
{
    uint32_t n = g->sc->decisions[d].options.count;
    uint32_t k = choice >= 0 ? (uint32_t)choice : n + (uint32_t)(-(int32_t)choice - 1);
    return g->choice_base[d] + k;
}

/* ---- one run of a plan ------------------------------------------------------------ */

typedef struct Ctx {
    const Guide *g;
    const Plan *plan;
    Result *r;
} Ctx;

static const Detour *detour_at(const Plan *p, int32_t d)
{
    for (uint8_t i = 0; i < p->n; i++)
        if (p->d[i].decision == d) return &p->d[i];
    return NULL;
}

static void guided_open(ToolWalk *w, int32_t d, void *ctx)
{
    Ctx *c = ctx;
    c->r->opened[c->r->open_count++] = d;
    const Detour *t = detour_at(c->plan, d);
    bool idle = t ? t->choice == CH_TIMEOUT : c->plan->root == ROOT_IDLE;
    uint32_t dl = w->run.sc->decisions[d].deadline_ms;
    /* a deadline let pass is looked at just before it, so what was on offer counts */
    w->plan[d] = !idle ? w->run.s.now_ms : dl ? w->run.s.now_ms + dl - 1u : PLAN_NONE;
}

/* The parts the authors give this verdict (1 recommended, -1 warned) in file
 * order, then any enabled ones up to the minimum. */
static void verdict_parts(const sv_Session *s, const sv_Decision *de, int verdict, sv_Input *in)
{
    int32_t parts[SV_MAX_PARTS];
    uint32_t np = tool_enabled_parts(s, de, parts);
    uint32_t lo = de->compose_min ? de->compose_min : 1u;
    for (uint32_t i = 0; i < np && in->part_count < de->compose_max; i++)
        if (s->sc->parts[parts[i]].expert == verdict) in->parts[in->part_count++] = parts[i];
    for (uint32_t i = 0; i < np && in->part_count < lo; i++) {
        bool used = false;
        for (uint8_t k = 0; k < in->part_count; k++) used = used || in->parts[k] == parts[i];
        if (!used) in->parts[in->part_count++] = parts[i];
    }
}

/* A composed reply: slice `chunk` of the enabled parts no earlier round sent
 * (the authors' recommended parts when that slice is empty), filled up to the
 * composer's minimum. */
static bool compose(const Guide *g, const sv_Session *s, int32_t d, int16_t choice, uint8_t chunk,
                    sv_Input *in)
{
    const sv_Decision *de = &s->sc->decisions[d];
    int32_t parts[SV_MAX_PARTS], fresh[SV_MAX_PARTS];
    uint32_t np = tool_enabled_parts(s, de, parts), nf = 0;
    uint32_t lo = de->compose_min ? de->compose_min : 1u, hi = de->compose_max;
    if (np < lo || hi == 0) return false;
    uint32_t pb = tool_explore_part_slot(s->sc);
    for (uint32_t i = 0; i < np; i++)
        if (!g->before[pb + (uint32_t)parts[i]]) fresh[nf++] = parts[i];
    memset(in, 0, sizeof *in);
    in->kind = SV_INPUT_COMPOSE;
    in->decision = d;
    in->visibility = choice == CH_PRIVATE ? SV_VIS_PRIVATE : SV_VIS_PUBLIC;
    if (!sv_session_compose_allowed(s, d, in->visibility)) return false; /* its thread is full */
    for (uint32_t i = (uint32_t)chunk * hi; i < nf && in->part_count < hi; i++)
        in->parts[in->part_count++] = fresh[i];
    if (in->part_count == 0) verdict_parts(s, de, 1, in);
    for (uint32_t i = 0; i < np && in->part_count < lo; i++) {
        bool used = false;
        for (uint8_t k = 0; k < in->part_count; k++) used = used || in->parts[k] == parts[i];
        if (!used) in->parts[in->part_count++] = parts[i];
    }
    return in->part_count >= lo;
}

/* The answer of a root: the first enabled option with the root's verdict,
 * else the parts with it (in public when the composer may), else the first
 * enabled option; false: none, let it time out. */
static bool root_answer(const sv_Session *s, int32_t d, uint8_t root, sv_Input *in)
{
    const sv_Scenario *sc = s->sc;
    const sv_Decision *de = &sc->decisions[d];
    int verdict = root == ROOT_WARNED ? -1 : 1;
    int32_t first = -1;
    if (root == ROOT_IDLE) return false;
    memset(in, 0, sizeof *in);
    in->decision = d;
    for (uint32_t i = 0; i < de->options.count; i++) {
        int32_t o = (int32_t)(de->options.start + i);
        if (!sv_session_option_enabled(s, o)) continue;
        if (first < 0) first = o;
        if (sc->options[o].expert == verdict) {
            in->kind = SV_INPUT_CHOOSE;
            in->option = o;
            return true;
        }
    }
    bool pub = sv_session_compose_allowed(s, d, SV_VIS_PUBLIC);
    if (pub || de->compose_private) {
        in->kind = SV_INPUT_COMPOSE;
        in->visibility = pub ? SV_VIS_PUBLIC : SV_VIS_PRIVATE;
        verdict_parts(s, de, verdict, in);
        if (in->part_count >= (de->compose_min ? de->compose_min : 1u)) return true;
        memset(in, 0, sizeof *in);
        in->decision = d;
    }
    if (first < 0) return false;
    in->kind = SV_INPUT_CHOOSE;
    in->option = first;
    return true;
}

/* Answers as the plan says. An option not enabled yet is waited for until
 * just before the deadline, then the root's answer goes. */
static bool guided_answer(ToolWalk *w, int32_t d, sv_Input *in, void *ctx)
{
    Ctx *c = ctx;
    const sv_Session *s = &w->run.s;
    const sv_Decision *de = &s->sc->decisions[d];
    const Detour *t = detour_at(c->plan, d);
    uint32_t window = de->deadline_ms ? de->deadline_ms : 60000u;
    uint32_t last = s->decision_open_ms[d] + window - 1u;
    c->r->enabled[d] = 0;
    for (uint32_t i = 0; i < de->options.count && i < 32; i++)
        if (sv_session_option_enabled(s, (int32_t)(de->options.start + i)))
            c->r->enabled[d] |= 1u << i;
    c->r->parts[d] = 0;
    for (uint32_t i = 0; i < de->parts.count && i < 32; i++)
        if (sv_session_part_enabled(s, (int32_t)(de->parts.start + i))) c->r->parts[d] |= 1u << i;
    bool made = false;
    if (t ? t->choice == CH_TIMEOUT : c->plan->root == ROOT_IDLE) return false;
    if (t && t->choice >= 0) {
        int32_t o = (int32_t)de->options.start + t->choice;
        if (sv_session_option_enabled(s, o)) {
            memset(in, 0, sizeof *in);
            in->kind = SV_INPUT_CHOOSE;
            in->decision = d;
            in->option = o;
            made = true;
        } else if (s->now_ms < last) { /* look again when something next happens */
            uint32_t due;
            bool pending = sv_session_next_due(s, &due);
            if (pending && due <= s->now_ms) due = s->now_ms + 1u;
            w->plan[d] = pending && due < last ? due : last;
            return false;
        }
    } else if (t) {
        made = compose(c->g, s, d, t->choice, t->chunk, in);
    }
    if (!made && !root_answer(s, d, c->plan->root, in)) return false;
    int16_t ch =
        in->kind == SV_INPUT_CHOOSE
            ? (int16_t)(in->option - (int32_t)de->options.start)
            : (in->visibility == SV_VIS_PRIVATE ? (int16_t)CH_PRIVATE : (int16_t)CH_PUBLIC);
    c->r->taken[choice_slot(c->g, d, ch)] = 1;
    return true;
}

static bool run_plan(const Guide *g, const Plan *plan, Result *r)
{
    const sv_Scenario *sc = g->sc;
    ToolWalk w;
    Ctx c = {.g = g, .plan = plan, .r = r};
    ToolPolicy p = {.on_open = guided_open, .on_answer = guided_answer, .ctx = &c};
    if (!tool_walk_start(&w, g->pack, sc, g->model, g->seed)) {
        tool_walk_free(&w);
        return false;
    }
    tool_walk_play(&w, &p);
    const sv_Session *s = &w.run.s;
    for (uint32_t d = 0; d < sc->decision_count; d++)
        if (s->decision_state[d] == SV_DEC_TIMED_OUT)
            r->taken[choice_slot(g, (int32_t)d, CH_TIMEOUT)] = 1;
    memcpy(r->cov, w.cov, tool_explore_slots(sc));
    r->ending = s->ending;
    memcpy(r->meters, s->meters, sizeof r->meters);
    r->end_ms = s->now_ms;
    r->limit = tool_session_limit(s, true, r->limit_text, sizeof r->limit_text);
    tool_walk_free(&w);
    return true;
}

/* ---- a round on J threads ------------------------------------------------------------ */

typedef struct Job {
    const Guide *g;
    const Plan *plans;
    Result *results;
    uint32_t lo, hi;
    bool failed;
} Job;

static void *job_main(void *arg)
{
    Job *j = arg;
    for (uint32_t i = j->lo; i < j->hi; i++)
        if (!run_plan(j->g, &j->plans[i], &j->results[i])) j->failed = true;
    return NULL;
}

static bool result_init(Result *r, const Guide *g)
{
    const sv_Scenario *sc = g->sc;
    memset(r, 0, sizeof *r);
    r->cov = calloc(tool_explore_slots(sc) + 1u, 1);
    r->opened = calloc(sc->decision_count + 1u, sizeof *r->opened);
    r->enabled = calloc(sc->decision_count + 1u, sizeof *r->enabled);
    r->parts = calloc(sc->decision_count + 1u, sizeof *r->parts);
    r->taken = calloc(g->choice_slots + 1u, 1);
    return r->cov && r->opened && r->enabled && r->parts && r->taken;
}

static void result_free(Result *r)
{
    free(r->cov);
    free(r->opened);
    free(r->enabled);
    free(r->parts);
    free(r->taken);
}

static bool run_round(const Guide *g, const Plan *plans, Result *results, uint32_t n, uint32_t jobs)
{
    Job job[256];
    pthread_t th[256];
    bool made[256] = {false};
    if (jobs > n) jobs = n;
    if (jobs > 256) jobs = 256;
    if (jobs < 1) jobs = 1;
    for (uint32_t j = 0; j < jobs; j++) {
        job[j] = (Job){.g = g,
                       .plans = plans,
                       .results = results,
                       .lo = (uint32_t)((uint64_t)n * j / jobs),
                       .hi = (uint32_t)((uint64_t)n * (j + 1u) / jobs)};
        /* the last share plays on this thread, and any a thread could not be made for */
        made[j] = j + 1u < jobs && pthread_create(&th[j], NULL, job_main, &job[j]) == 0;
    }
    for (uint32_t j = 0; j < jobs; j++)
        if (!made[j]) job_main(&job[j]);
    bool ok = true;
    for (uint32_t j = 0; j < jobs; j++) {
        if (made[j]) pthread_join(th[j], NULL);
        ok = ok && !job[j].failed;
    }
    return ok;
}

/* ---- planning ---------------------------------------------------------------------------- */

typedef struct Plans {
    Plan *v;
    uint32_t n, cap;
} Plans;

static bool plans_add(Plans *ps, const Plan *base, Detour t)
{
    if (base->n >= MAX_DETOURS) return true;
    if (ps->n == ps->cap) {
        uint32_t cap = ps->cap ? ps->cap * 2u : 64u;
        Plan *v = realloc(ps->v, cap * sizeof *v);
        if (!v) return false;
        ps->v = v;
        ps->cap = cap;
    }
    Plan *p = &ps->v[ps->n++];
    *p = *base;
    p->d[p->n++] = t;
    return true;
}

/* The next round's plans from a run that found something new: at each decision
 * it opened after its last detour, every choice no run from its root has made
 * or is planned to make. */
static bool extend(const Guide *g, const Plan *base, const Result *r, uint8_t *planned,
                   const uint8_t *tried, Plans *out)
{
    const sv_Scenario *sc = g->sc;
    uint32_t from = 0;
    for (uint32_t k = 0; k < r->open_count; k++)
        for (uint8_t i = 0; i < base->n; i++)
            if (base->d[i].decision == r->opened[k]) from = k + 1u;
    for (uint32_t k = from; k < r->open_count; k++) {
        int32_t d = r->opened[k];
        const sv_Decision *de = &sc->decisions[d];
        for (uint32_t i = 0; i < de->options.count; i++) {
            uint32_t slot = choice_slot(g, d, (int16_t)i);
            if (tried[slot] || planned[slot]) continue;
            planned[slot] = 1;
            if (!plans_add(out, base, (Detour){d, (int16_t)i, 0})) return false;
        }
        /* composer: a slice of untried parts per composer-full, to each place it may send */
        uint32_t fresh = 0, pb = tool_explore_part_slot(sc);
        for (uint32_t i = 0; i < de->parts.count && i < 32; i++)
            if ((r->parts[d] >> i & 1u) && !g->before[pb + de->parts.start + i]) fresh++;
        uint32_t chunks = de->compose_max ? (fresh + de->compose_max - 1u) / de->compose_max : 0;
        for (int16_t ch = CH_PUBLIC; ch >= CH_PRIVATE; ch--) {
            if (ch == CH_PUBLIC ? !de->compose_public : !de->compose_private) continue;
            uint32_t slot = choice_slot(g, d, ch);
            if (planned[slot] || (tried[slot] && !chunks)) continue;
            planned[slot] = 1;
            for (uint32_t k2 = 0; k2 < (chunks ? chunks : 1u) && k2 < 8; k2++)
                if (!plans_add(out, base, (Detour){d, ch, (uint8_t)k2})) return false;
        }
        uint32_t slot = choice_slot(g, d, CH_TIMEOUT);
        if (!tried[slot] && !planned[slot] && de->deadline_ms) {
            planned[slot] = 1;
            if (!plans_add(out, base, (Detour){d, CH_TIMEOUT, 0})) return false;
        }
    }
    return true;
}

/* ---- the mode ---------------------------------------------------------------------------- */

int tool_explore_guided(const sv_Pack *pack, const sv_Scenario *sc, const sv_ScoreModel *model,
                        uint64_t seed, uint32_t max_runs, uint32_t jobs)
{
    uint32_t slots = tool_explore_slots(sc);
    Guide g = {.pack = pack, .sc = sc, .model = model, .seed = seed};
    g.choice_base = calloc(sc->decision_count + 1u, sizeof *g.choice_base);
    for (uint32_t d = 0; g.choice_base && d < sc->decision_count; d++) {
        g.choice_base[d] = g.choice_slots;
        g.choice_slots += sc->decisions[d].options.count + 3u;
    }
    g.reached = calloc(slots + 1u, sizeof *g.reached);
    /* choices made and planned, for each root: a choice made on the way to
     * breaking the guides is tried again on the way to following them */
    uint32_t cs = g.choice_slots;
    uint8_t *sent = calloc(slots + 1u, 1), *tried = calloc(ROOT_COUNT * cs + 1u, 1);
    uint8_t *planned = calloc(ROOT_COUNT * cs + 1u, 1);
    uint32_t *ending_runs = calloc(sc->ending_count + 1u, sizeof *ending_runs);
    Plans cur = {0}, next = {0};
    bool ok = g.choice_base && g.reached && sent && tried && planned && ending_runs;
    g.before = sent;
    /* round 0: the three roots, no detour */
    cur.v = calloc(ROOT_COUNT, sizeof *cur.v);
    cur.n = cur.cap = cur.v ? ROOT_COUNT : 0u;
    ok = ok && cur.v;
    for (uint32_t i = 0; i < cur.n; i++) cur.v[i].root = (uint8_t)i;
    uint32_t runs = 0, rounds = 0, limited = 0;
    char limit_text[LIMITS_SHOWN][300];
    double t0 = tool_now_s();
    Result roots[ROOT_COUNT]; /* what the three roots came to: the first round's runs */
    memset(roots, 0, sizeof roots);
    bool all = false;
    while (ok && !all && cur.n > 0 && runs < max_runs) {
        uint32_t n = cur.n < max_runs - runs ? cur.n : max_runs - runs;
        Result *res = calloc(n, sizeof *res);
        ok = res != NULL;
        for (uint32_t i = 0; ok && i < n; i++) ok = result_init(&res[i], &g);
        next.n = 0;
        memset(planned, 0, ROOT_COUNT * cs);
        /* in batches of a fixed size, whatever the threads, so that the walk
         * stops at the same run when everything has been reached */
        uint32_t done = 0;
        while (ok && !all && done < n) {
            uint32_t m = n - done < BATCH ? n - done : BATCH;
            ok = run_round(&g, cur.v + done, res + done, m, jobs);
            /* folded in plan order: what each run found that no run before it had */
            for (uint32_t i = done; ok && i < done + m; i++) {
                bool fresh = false;
                for (uint32_t k = 0; k < slots; k++) {
                    fresh = fresh || (res[i].cov[k] && !g.reached[k]);
                    g.reached[k] += res[i].cov[k];
                }
                uint8_t *rt = tried + cur.v[i].root * cs;
                for (uint32_t k = 0; k < cs; k++) {
                    fresh = fresh || (res[i].taken[k] && !rt[k]);
                    rt[k] |= res[i].taken[k];
                }
                if (res[i].ending >= 0) ending_runs[res[i].ending]++;
                if (rounds == 0 && i < ROOT_COUNT) roots[i] = res[i];
                if (res[i].limit && limited++ < LIMITS_SHOWN)
                    snprintf(limit_text[limited - 1u], sizeof limit_text[0], "%s",
                             res[i].limit_text);
                if (fresh)
                    ok = extend(&g, &cur.v[i], &res[i], planned + cur.v[i].root * cs, rt, &next);
            }
            done += m;
            all = true;
            for (uint32_t k = 0; k < slots; k++) all = all && g.reached[k];
        }
        /* the parts sent so far: the next round's composer slices leave them out */
        for (uint32_t k = 0; k < slots; k++) sent[k] = g.reached[k] ? 1 : 0;
        for (uint32_t i = 0; res && i < n; i++) result_free(&res[i]);
        free(res);
        runs += done;
        rounds++;
        Plans t = cur;
        cur = next;
        next = t;
    }
    double el = tool_now_s() - t0;
    if (ok) {
        ToolWhere wh;
        tool_where_open(&wh, pack, sc);
        printf("%s: guided, seed %" PRIu64 ": %u runs in %u rounds%s\n", sc->id, seed, runs, rounds,
               runs >= max_runs ? " (stopped at --runs)" : "");
        printf("coverage:\n");
        tool_print_coverage(stdout, sc, g.reached, false);
        if (!tool_report_unreached(stdout, sc, g.reached, &wh, false))
            printf("  everything was reached\n");
        printf("endings (runs):\n");
        for (uint32_t e = 0; e < sc->ending_count; e++)
            printf("  %-20s %6u\n", sc->endings[e].id, ending_runs[e]);
        static const char *const root_names[ROOT_COUNT] = {"recommended", "warned", "no answers"};
        printf("the roots (reputation, sentiment, mood, grade score, end time, ending):\n");
        for (uint32_t i = 0; i < ROOT_COUNT && i < runs; i++) {
            const int32_t *m = roots[i].meters;
            char clock[16];
            printf("  %-12s %5.1f %5.1f %5.1f %4d %8s %s\n", root_names[i],
                   (double)m[SV_METER_REPUTATION] / SV_TENTHS_PER_POINT,
                   (double)m[SV_METER_SENTIMENT] / SV_TENTHS_PER_POINT,
                   (double)m[SV_METER_MOOD] / SV_TENTHS_PER_POINT, sv_grade_score(m),
                   tool_clock(roots[i].end_ms, clock, sizeof clock),
                   roots[i].ending >= 0 ? sc->endings[roots[i].ending].id : "(none)");
        }
        printf("runs that hit a limit: %u\n", limited);
        for (uint32_t i = 0; i < limited && i < LIMITS_SHOWN; i++) printf("  %s\n", limit_text[i]);
        tool_where_close(&wh);
        if (isatty(fileno(stderr)))
            fprintf(stderr, "explore: %u guided runs in %.2f s, %.1f runs/s\n", runs, el,
                    el > 0 ? runs / el : 0.0);
    } else {
        fputs("svara-tool explore: out of memory\n", stderr);
    }
    free(cur.v);
    free(next.v);
    free(g.choice_base);
    free(g.reached);
    free(sent);
    free(tried);
    free(planned);
    free(ending_runs);
    return ok ? 0 : 1;
}
