/* What some run of a scenario can reach: a fixed point from the timed nodes
 * through every effect list that can run. Each round recomputes how often
 * events can fire and the range each variable can take, then lets nodes in
 * whose `when` can now hold; sets only grow and ranges only widen, so it ends.
 * Also the loops of events that schedule each other at +0 s. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint_internal.h"
#include "svara/session.h"

static void set(Lint *L, uint8_t *flags, int32_t i, uint32_t count)
{
    if (sv_in_range(i, count) && !flags[i]) {
        flags[i] = 1;
        L->changed = true;
    }
}

static void mark(Lint *L, const sv_Effect *e)
{
    const sv_Scenario *sc = L->sc;
    switch (e->kind) {
    case SV_EFFECT_SET_FLAG: set(L, L->flag_set, e->ref, sc->flag_count); break;
    case SV_EFFECT_POST: set(L, L->post_sched, e->ref, sc->post_count); break;
    case SV_EFFECT_DECISION: set(L, L->dec_sched, e->ref, sc->decision_count); break;
    case SV_EFFECT_EVENT: set(L, L->ev_sched, e->ref, sc->event_count); break;
    case SV_EFFECT_END: set(L, L->end_named, e->ref, sc->ending_count); break;
    case SV_EFFECT_REVEAL: set(L, L->fact_known, e->ref, sc->fact_count); break;
    default: break;
    }
}

/* The list can run: what its effects schedule, set and reveal is reached at
 * once, so a chain in file order is followed in one round. */
static void run_span(Lint *L, sv_Span sp)
{
    for (uint32_t i = 0; i < sp.count; i++) {
        uint64_t k = (uint64_t)sp.start + i;
        if (k >= L->sc->effect_count || L->list_runs[k]) continue;
        L->list_runs[k] = 1;
        L->changed = true;
        mark(L, &L->sc->effects[k]);
    }
}

static void know_all(Lint *L, sv_Span refs)
{
    const sv_Scenario *sc = L->sc;
    for (uint32_t i = 0; i < refs.count; i++) {
        uint64_t k = (uint64_t)refs.start + i;
        if (k < sc->fact_ref_count)
            set(L, L->fact_known, (int32_t)sc->fact_refs[k], sc->fact_count);
    }
}

/* ---- how often events fire, and what variables can hold ---------------------- */

static uint32_t sat_add(uint32_t a, uint64_t b)
{
    uint64_t s = (uint64_t)a + b;
    return s > LINT_MULT_INF ? LINT_MULT_INF : (uint32_t)s;
}

/* How often the list that holds effect k can run: once for a decision's lists
 * (a decision opens once), as often as its event fires for an event's. */
static uint32_t list_mult(const Lint *L, uint32_t k)
{
    if (!L->list_runs[k]) return 0;
    const LintEffect *o = &L->own[k];
    return o->owner == OWN_EVENT ? L->ev_mult[o->index] : 1u;
}

/* Bellman passes with saturation; a count still growing after as many passes
 * as there are events is in or after a loop, so it is any number. */
static void event_mults(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    uint32_t n = sc->event_count;
    uint32_t *next = calloc(n ? n : 1, sizeof *next);
    if (!next) {
        for (uint32_t e = 0; e < n; e++) L->ev_mult[e] = LINT_MULT_INF;
        return;
    }
    uint32_t last = n < 63 ? n + 1 : 64;
    for (uint32_t pass = 0; pass <= last; pass++) {
        for (uint32_t e = 0; e < n; e++) next[e] = sc->events[e].at_ms != SV_NEVER ? 1u : 0u;
        for (uint32_t i = 0; i < sc->inject_count; i++) /* an inject fires once */
            if (sv_in_range(sc->injects[i].event, n))
                next[sc->injects[i].event] = sat_add(next[sc->injects[i].event], 1u);
        for (uint32_t k = 0; k < sc->effect_count; k++) {
            const sv_Effect *ef = &sc->effects[k];
            if (ef->kind == SV_EFFECT_EVENT && sv_in_range(ef->ref, n))
                next[ef->ref] = sat_add(next[ef->ref], list_mult(L, k));
        }
        bool same = true;
        for (uint32_t e = 0; e < n; e++) {
            if (!L->ev_fire[e]) next[e] = 0;
            if (pass == last && next[e] != L->ev_mult[e]) next[e] = LINT_MULT_INF;
            if (next[e] != L->ev_mult[e]) same = false;
            L->ev_mult[e] = next[e];
        }
        if (same) break;
    }
    free(next);
}

/* The hull of every value a variable can take: its start and the values set,
 * widened by every add times how often its list can run, within min..max. */
static void var_ranges(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    uint32_t n = sc->var_count;
    int64_t *acc = calloc(n ? 4 * (size_t)n : 1, sizeof *acc); /* lo, hi, up, down */
    if (!acc) {
        for (uint32_t v = 0; v < n; v++) {
            L->var_lo[v] = sc->vars[v].min;
            L->var_hi[v] = sc->vars[v].max;
        }
        return;
    }
    for (uint32_t v = 0; v < n; v++) acc[4 * v] = acc[4 * v + 1] = sc->vars[v].initial;
    for (uint32_t k = 0; k < sc->effect_count; k++) {
        const sv_Effect *ef = &sc->effects[k];
        if (!L->list_runs[k] || !sv_in_range(ef->ref, n)) continue;
        int64_t *a = &acc[4 * (uint32_t)ef->ref];
        if (ef->kind == SV_EFFECT_VAR_SET) {
            if (ef->value < a[0]) a[0] = ef->value;
            if (ef->value > a[1]) a[1] = ef->value;
        } else if (ef->kind == SV_EFFECT_VAR_ADD) {
            int64_t step = (int64_t)ef->value * list_mult(L, k);
            if (ef->value > 0) a[2] = a[2] + step > 4000000000 ? 4000000000 : a[2] + step;
            if (ef->value < 0) a[3] = a[3] + step < -4000000000 ? -4000000000 : a[3] + step;
        }
    }
    for (uint32_t v = 0; v < n; v++) {
        int64_t lo = acc[4 * v] + acc[4 * v + 3], hi = acc[4 * v + 1] + acc[4 * v + 2];
        if (lo < sc->vars[v].min) lo = sc->vars[v].min;
        if (hi > sc->vars[v].max) hi = sc->vars[v].max;
        if (lo > hi) lo = hi;
        if (lo < L->var_lo[v] || hi > L->var_hi[v]) L->changed = true;
        if (lo < L->var_lo[v]) L->var_lo[v] = lo;
        if (hi > L->var_hi[v]) L->var_hi[v] = hi;
    }
    free(acc);
}

/* ---- one round ---------------------------------------------------------------------- */

static void reach_decision(Lint *L, uint32_t d)
{
    const sv_Scenario *sc = L->sc;
    const sv_Decision *dec = &sc->decisions[d];
    lint_when(L, 'd', (int32_t)d);
    if (L->dec_sched[d] && !L->dec_open[d] && lint_cond_can(L, dec->when).t)
        set(L, L->dec_open, (int32_t)d, sc->decision_count);
    if (!L->dec_open[d]) return;
    bool answer = false;
    for (uint32_t i = 0; i < dec->options.count; i++) {
        uint32_t o = dec->options.start + i;
        if (o >= sc->option_count) break;
        const sv_Option *op = &sc->options[o];
        lint_when(L, 'o', (int32_t)o);
        bool en = lint_cond_can(L, op->when).t;
        if (en) set(L, L->opt_can, (int32_t)o, sc->option_count);
        answer = answer || en;
        if (en || dec->default_option == (int32_t)o) {
            set(L, L->opt_taken, (int32_t)o, sc->option_count);
            run_span(L, op->effects);
            know_all(L, op->claims.reveals);
            if (sv_option_checks_first(op)) {
                know_all(L, op->claims.confirms);
                know_all(L, op->claims.denies);
            }
        }
    }
    uint32_t parts = 0;
    for (uint32_t i = 0; i < dec->parts.count; i++) {
        uint32_t p = dec->parts.start + i;
        if (p < sc->part_count) lint_when(L, 'q', (int32_t)p);
        if (p < sc->part_count && lint_cond_can(L, sc->parts[p].when).t) {
            set(L, L->part_can, (int32_t)p, sc->part_count);
            parts++;
        }
    }
    uint32_t need = dec->compose_min > 0 ? dec->compose_min : 1u;
    if (dec->parts.count > 0 && parts >= need && (dec->compose_public || dec->compose_private)) {
        set(L, L->compose_can, (int32_t)d, sc->decision_count);
        answer = true;
        run_span(L, dec->compose_effects);
        for (uint32_t i = 0; i < dec->parts.count; i++) {
            uint32_t p = dec->parts.start + i;
            if (p < sc->part_count && L->part_can[p]) {
                run_span(L, sc->parts[p].effects);
                know_all(L, sc->parts[p].claims.reveals);
            }
        }
    }
    if (answer) set(L, L->dec_answer, (int32_t)d, sc->decision_count);
    run_span(L, dec->on_timeout); /* an open decision can always be left to time out */
}

static void reach_round(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    for (uint32_t i = 0; i < sc->post_count; i++)
        if (L->post_sched[i] && !L->post_can[i] && (lint_when(L, 'p', (int32_t)i), true) &&
            lint_cond_can(L, sc->posts[i].when).t)
            set(L, L->post_can, (int32_t)i, sc->post_count);
    for (uint32_t d = 0; d < sc->decision_count; d++) reach_decision(L, d);
    for (uint32_t i = 0; i < sc->event_count; i++) {
        if (L->ev_sched[i] && !L->ev_fire[i] && (lint_when(L, 'e', (int32_t)i), true) &&
            lint_cond_can(L, sc->events[i].when).t) {
            set(L, L->ev_fire, (int32_t)i, sc->event_count);
            run_span(L, sc->events[i].effects);
        }
    }
}

void lint_reach(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    for (uint32_t i = 0; i < sc->post_count; i++) L->post_sched[i] = sc->posts[i].at_ms != SV_NEVER;
    for (uint32_t i = 0; i < sc->decision_count; i++)
        L->dec_sched[i] = sc->decisions[i].at_ms != SV_NEVER;
    /* the crowd opens its incivility decision when the feed shows a rude comment */
    if (sc->uncivil_opens && sc->uncivil_permille > 0 && sc->audience_size > 0 &&
        sv_in_range(sc->uncivil_decision, sc->decision_count))
        L->dec_sched[sc->uncivil_decision] = true;
    for (uint32_t i = 0; i < sc->event_count; i++) L->ev_sched[i] = sc->events[i].at_ms != SV_NEVER;
    /* what an inject adds can come at any time the facilitator chooses; what
     * one timed after the end adds never comes (check_injects says why) */
    for (uint32_t i = 0; i < sc->inject_count; i++) {
        const sv_Inject *in = &sc->injects[i];
        if (in->at_ms != SV_NEVER && (uint32_t)in->at_ms > sc->duration_ms) continue;
        if (sv_in_range(in->post, sc->post_count)) L->post_sched[in->post] = true;
        if (sv_in_range(in->decision, sc->decision_count)) L->dec_sched[in->decision] = true;
        if (sv_in_range(in->event, sc->event_count)) L->ev_sched[in->event] = true;
    }
    for (uint32_t i = 0; i < sc->fact_count; i++) L->fact_known[i] = sc->facts[i].known;
    for (uint32_t v = 0; v < sc->var_count; v++) L->var_lo[v] = L->var_hi[v] = sc->vars[v].initial;
    /* the structure first (cheap rounds), then how often events fire and what
     * variables can hold; again while that lets something new in */
    for (;;) {
        do {
            L->changed = false;
            reach_round(L);
        } while (L->changed);
        event_mults(L);
        var_ranges(L); /* sets changed when a range widens */
        if (!L->changed) break;
    }
}

/* ---- loops ------------------------------------------------------------------------------ */

/* Tarjan's strongly connected components over the events that can fire, with
 * an edge for each of their effects that schedules an event: at +0 s only, or
 * at any delay. */
typedef struct Scc {
    const Lint *L;
    bool any; /* edges at any delay, not only +0 s */
    int32_t *index, *low, *stack, *comp;
    uint8_t *on;
    int32_t next, top, comps;
} Scc;

static bool loop_edge(const Lint *L, uint32_t k, int32_t from, bool any)
{
    const sv_Effect *e = &L->sc->effects[k];
    return L->own[k].owner == OWN_EVENT && L->own[k].index == from && e->kind == SV_EFFECT_EVENT &&
           (any || e->after_ms == 0) && sv_in_range(e->ref, L->sc->event_count) &&
           L->ev_fire[e->ref];
}

static void strong(Scc *s, int32_t v)
{
    const sv_Scenario *sc = s->L->sc;
    s->index[v] = s->low[v] = s->next++;
    s->stack[s->top++] = v;
    s->on[v] = 1;
    sv_Span sp = sc->events[v].effects;
    for (uint32_t i = 0; i < sp.count; i++) {
        uint32_t k = sp.start + i;
        if (k >= sc->effect_count || !loop_edge(s->L, k, v, s->any)) continue;
        int32_t w = sc->effects[k].ref;
        if (s->index[w] < 0) {
            strong(s, w);
            if (s->low[w] < s->low[v]) s->low[v] = s->low[w];
        } else if (s->on[w] && s->index[w] < s->low[v]) {
            s->low[v] = s->index[w];
        }
    }
    if (s->low[v] != s->index[v]) return;
    int32_t w;
    do {
        w = s->stack[--s->top];
        s->on[w] = 0;
        s->comp[w] = s->comps;
    } while (w != v);
    s->comps++;
}

/* A loop through `start` within its component (the fewest events), written
 * "a -> b -> a"; *delay_ms gets the time once round it. Returns the effect
 * that leaves `start`. */
static uint32_t loop_words(const Scc *s, int32_t start, char *out, size_t size, uint64_t *delay_ms)
{
    const Lint *L = s->L;
    const sv_Scenario *sc = L->sc;
    uint32_t n = sc->event_count, first = UINT32_MAX;
    int32_t *prev = malloc((size_t)n * sizeof *prev), *queue = malloc((size_t)n * sizeof *queue);
    uint32_t *via = malloc((size_t)n * sizeof *via);
    snprintf(out, size, "'%s'", sc->events[start].id);
    *delay_ms = 0;
    if (prev && queue && via) {
        for (uint32_t i = 0; i < n; i++) prev[i] = -1;
        int32_t head = 0, tail = 0, end = -1;
        queue[tail++] = start;
        while (head < tail && end < 0) {
            int32_t v = queue[head++];
            sv_Span sp = sc->events[v].effects;
            for (uint32_t i = 0; i < sp.count && end < 0; i++) {
                uint32_t k = sp.start + i;
                if (k >= sc->effect_count || !loop_edge(L, k, v, s->any)) continue;
                int32_t w = sc->effects[k].ref;
                if (s->comp[w] != s->comp[start]) continue;
                if (w == start) {
                    end = v;
                    via[start] = k;
                } else if (prev[w] < 0) {
                    prev[w] = v;
                    via[w] = k;
                    queue[tail++] = w;
                }
            }
        }
        /* walk back from the event that closes the loop */
        int32_t chain[16], len = 0;
        for (int32_t v = end; v >= 0 && v != start; v = prev[v]) {
            *delay_ms += sc->effects[via[v]].after_ms;
            if (len < 16) chain[len++] = v;
        }
        if (end >= 0) *delay_ms += sc->effects[via[start]].after_ms;
        for (int32_t i = len - 1; i >= 0; i--) {
            size_t used = strlen(out);
            snprintf(out + used, size - used, " -> '%s'", sc->events[chain[i]].id);
        }
        size_t used = strlen(out);
        snprintf(out + used, size - used, " -> '%s'", sc->events[start].id);
        first = len > 0 ? via[chain[len - 1]] : via[start];
    }
    free(prev);
    free(queue);
    free(via);
    return first;
}

static bool guarded(const sv_Scenario *sc, int32_t when)
{
    return when >= 0 && !((uint32_t)when < sc->cond_count && sc->conds[when].kind == SV_COND_TRUE);
}

static void report_zero(Lint *L, bool many, bool guard, const char *words, int32_t v,
                        const char *ptr)
{
    char who[300];
    if (many)
        snprintf(who, sizeof who, "events %s schedule each other", words);
    else
        snprintf(who, sizeof who, "event '%s' schedules itself", L->sc->events[v].id);
    if (guard)
        lint_report(L, SV_RULE_GUARDED_LOOP, ptr,
                    "%s at +0 s: only a `when` turning false can stop the loop; if none does, "
                    "the run ends when its log fills. Give the effect an \"after\" of more than 0",
                    who);
    else
        lint_report(L, SV_RULE_LOOP, ptr,
                    "%s at +0 s with no `when` to stop it: once it starts, the run never moves on "
                    "and ends when its log fills, in whatever ending holds then. Give one of these "
                    "effects an \"after\" of more than 0, or a `when` the loop makes false",
                    who);
}

/* An unguarded loop with a delay, started by an event with an `at`, fires
 * once per round until the scenario's end (no `end` effect can run): more
 * times than a run's log holds is a run that ends early, every time. */
static void report_flood(Lint *L, int32_t at_ms, bool many, const char *words, uint64_t delay_ms,
                         const char *ptr)
{
    const sv_Scenario *sc = L->sc;
    int64_t at = at_ms < 0 ? 0 : at_ms;
    if (delay_ms == 0 || at >= (int64_t)sc->duration_ms) return;
    uint64_t rounds = ((uint64_t)sc->duration_ms - (uint64_t)at) / delay_ms;
    if (rounds < SV_MAX_LOG) return;
    char who[300];
    if (many)
        snprintf(who, sizeof who, "events %s schedule each other", words);
    else
        snprintf(who, sizeof who, "event '%s' schedules itself", words);
    lint_report(L, SV_RULE_LOOP, ptr,
                "%s every %.3g s with no `when`: from %lld s on that is %llu times before the "
                "end, more than a run's log holds (%u), so every run ends early. Lengthen the "
                "delay or add a `when`",
                who, (double)delay_ms / 1000.0, (long long)(at / 1000), (unsigned long long)rounds,
                SV_MAX_LOG);
}

static void find_loops(Lint *L, bool any)
{
    const sv_Scenario *sc = L->sc;
    uint32_t n = sc->event_count;
    Scc s = {.L = L, .any = any};
    s.index = malloc(n * sizeof *s.index);
    s.low = malloc(n * sizeof *s.low);
    s.stack = malloc(n * sizeof *s.stack);
    s.comp = malloc(n * sizeof *s.comp);
    s.on = calloc(n, 1);
    bool ends = false; /* an `end` effect can run: a loop may not last to the end */
    for (uint32_t k = 0; k < sc->effect_count; k++)
        ends = ends || (sc->effects[k].kind == SV_EFFECT_END && L->list_runs[k]);
    if (s.index && s.low && s.stack && s.comp && s.on && !(any && ends)) {
        for (uint32_t i = 0; i < n; i++) s.index[i] = -1;
        for (uint32_t i = 0; i < n; i++)
            if (L->ev_fire[i] && s.index[i] < 0) strong(&s, (int32_t)i);
        /* per component: its size and whether some event in it has a `when` */
        uint32_t *size = calloc((size_t)s.comps + 1, sizeof *size);
        uint8_t *done = calloc((size_t)s.comps + 1, 1), *guards = calloc((size_t)s.comps + 1, 1);
        for (uint32_t w = 0; size && guards && w < n; w++) {
            if (!L->ev_fire[w]) continue;
            size[s.comp[w]]++;
            if (guarded(sc, sc->events[w].when)) guards[s.comp[w]] = 1;
        }
        for (uint32_t v = 0; done && size && guards && v < n; v++) {
            if (!L->ev_fire[v] || done[s.comp[v]]) continue;
            /* a loop: a component of two or more, or one event that names itself */
            bool many = size[s.comp[v]] > 1, self = false, guard = guards[s.comp[v]];
            sv_Span sp = sc->events[v].effects;
            for (uint32_t i = 0; i < sp.count; i++)
                if (sp.start + i < sc->effect_count &&
                    loop_edge(L, sp.start + i, (int32_t)v, any) &&
                    sc->effects[sp.start + i].ref == (int32_t)v)
                    self = true;
            if (!many && !self) continue;
            done[s.comp[v]] = 1;
            if (any && guard) continue;
            /* a loop with a delay is followed from its event with the earliest `at` */
            int32_t from = any ? -1 : (int32_t)v;
            for (uint32_t w = 0; any && w < n; w++)
                if (L->ev_fire[w] && s.comp[w] == s.comp[v] && sc->events[w].at_ms != SV_NEVER &&
                    (from < 0 || sc->events[w].at_ms < sc->events[from].at_ms))
                    from = (int32_t)w;
            if (from < 0) continue;
            char words[240], ptr[LINT_PTR];
            uint64_t delay = 0;
            uint32_t k = loop_words(&s, from, words, sizeof words, &delay);
            if (k < sc->effect_count)
                lint_effect_ptr(L, k, ptr);
            else
                lint_node_ptr(L, 'e', (int32_t)v, ptr);
            if (any)
                report_flood(L, sc->events[from].at_ms, many, many ? words : sc->events[from].id,
                             delay, ptr);
            else
                report_zero(L, many, guard, words, (int32_t)v, ptr);
        }
        free(done);
        free(size);
        free(guards);
    }
    free(s.index);
    free(s.low);
    free(s.stack);
    free(s.comp);
    free(s.on);
}

void lint_loops(Lint *L)
{
    if (L->sc->event_count == 0) return;
    find_loops(L, false);
    find_loops(L, true);
}
