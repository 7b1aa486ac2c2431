/* svara-tool agreement --perturb: do the scoring model's verdicts hold when the
 * scenario changes in ways that do not change the situation? Every decision
 * is judged as the plain agreement run judges it, then again with the crowd
 * switched off (or on, when the scenario has none), with the recommended
 * answers given later in each decision's time and at half that wait, and with
 * the tags removed that only restate what a reply's structure already says.
 * Each verdict that changes is reported; the exit status is 1 if any does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svara/debrief.h"
#include "svara/run.h"
#include "svara/score.h"
#include "svara/session.h"
#include "tool.h"

#define MAX_VERDICTS 512

typedef struct Verdict {
    char key[160];  /* "path decision what" */
    char pick[400]; /* the model's best option id, or its composition */
} Verdict;

typedef struct Verdicts {
    Verdict items[MAX_VERDICTS];
    size_t count;
} Verdicts;

static bool has_kind(const uint8_t *kinds, uint8_t n, sv_PartKind k)
{
    for (uint8_t i = 0; i < n; i++)
        if (kinds[i] == k) return true;
    return false;
}

/* Tags that only restate what the structure says: removing them must change nothing. */
static sv_TagSet restating(const uint8_t *kinds, uint8_t n)
{
    sv_TagSet t = (1u << SV_TAG_PERSONAL) | (1u << SV_TAG_EMPATHY) | (1u << SV_TAG_CALM) |
                  (1u << SV_TAG_HONEST);
    if (has_kind(kinds, n, SV_PART_COMPENSATE) || has_kind(kinds, n, SV_PART_FOLLOW_UP))
        t |= 1u << SV_TAG_SOLUTION;
    if (has_kind(kinds, n, SV_PART_ACKNOWLEDGE) || has_kind(kinds, n, SV_PART_APOLOGISE) ||
        has_kind(kinds, n, SV_PART_COMPENSATE))
        t |= 1u << SV_TAG_ACCOMMODATING;
    if (has_kind(kinds, n, SV_PART_EXPLAIN) || has_kind(kinds, n, SV_PART_DENY))
        t |= (1u << SV_TAG_FACTUAL) | (1u << SV_TAG_INFORMATIVE);
    return t;
}

typedef enum { VARY_NONE = 0, VARY_CROWD, VARY_LATER, VARY_HALF, VARY_TAGS, VARY_COUNT } Vary;
static const char *const vary_names[VARY_COUNT] = {"as is", "crowd switched",
                                                   "answered at 40% of the time", "answered at 20%",
                                                   "restating tags removed"};

/* A copy of the scenario with one variation; its own arrays are heap (free_copy). */
static bool vary(const sv_Scenario *sc, Vary v, sv_Scenario *out)
{
    *out = *sc;
    if (v == VARY_CROWD) out->audience_size = sc->audience_size ? 0 : SV_AUDIENCE_DEFAULT_SIZE;
    if (v != VARY_TAGS) return true;
    sv_Option *o = malloc((sc->option_count + 1u) * sizeof *o);
    sv_Part *p = malloc((sc->part_count + 1u) * sizeof *p);
    if (!o || !p) {
        free(o);
        free(p);
        return false;
    }
    if (sc->option_count) memcpy(o, sc->options, sc->option_count * sizeof *o);
    if (sc->part_count) memcpy(p, sc->parts, sc->part_count * sizeof *p); /* none: NULL */
    for (uint32_t i = 0; i < sc->option_count; i++)
        if (o[i].structure_count) o[i].tags &= ~restating(o[i].structure, o[i].structure_count);
    for (uint32_t i = 0; i < sc->part_count; i++) {
        uint8_t k = (uint8_t)p[i].kind;
        p[i].tags &= ~restating(&k, 1);
    }
    out->options = o;
    out->parts = p;
    return true;
}

static void free_copy(const sv_Scenario *orig, sv_Scenario *copy)
{
    if (copy->options != orig->options) free((void *)copy->options);
    if (copy->parts != orig->parts) free((void *)copy->parts);
}

static void add(Verdicts *vs, const char *key, const char *pick)
{
    if (vs->count == MAX_VERDICTS) return;
    Verdict *v = &vs->items[vs->count++];
    snprintf(v->key, sizeof v->key, "%s", key);
    snprintf(v->pick, sizeof v->pick, "%s", pick);
}

/* The model's verdicts on one run: each decision's best option and best composition. */
static bool collect(const sv_Session *s, const sv_ScoreModel *m, const char *path, Verdicts *vs)
{
    sv_Debrief d;
    if (sv_debrief_build(s, m, SV_LANG_EN, &d) != SV_OK) return false;
    const sv_Scenario *sc = s->sc;
    for (size_t i = 0; i < d.decision_count; i++) {
        const sv_DebriefDecision *dd = &d.decisions[i];
        char key[160], pick[400];
        if (dd->has_best_option) {
            snprintf(key, sizeof key, "%s %s options", path, sc->decisions[dd->decision].id);
            add(vs, key, sc->options[dd->best_option.option].id);
        }
        if (dd->has_best_composed) {
            snprintf(key, sizeof key, "%s %s composer", path, sc->decisions[dd->decision].id);
            size_t n = (size_t)snprintf(pick, sizeof pick,
                                        "%s:", dd->best_composed.visibility ? "private" : "public");
            for (uint8_t k = 0; k < dd->best_composed.part_count && n < sizeof pick; k++)
                n += (size_t)snprintf(pick + n, sizeof pick - n, " %s",
                                      sc->parts[dd->best_composed.parts[k]].id);
            add(vs, key, pick);
        }
    }
    sv_debrief_free(&d);
    return true;
}

static bool run(const sv_Pack *pack, const sv_Scenario *sc, const sv_ScoreModel *m, Vary v,
                Verdicts *vs)
{
    static const uint32_t wait[VARY_COUNT] = {0, 0, 40, 20, 0};
    for (int expert = 1; expert >= 0; expert--) {
        sv_Run r;
        if (!tool_start_run(&r, pack, sc, m, pack->first_language)) return false;
        tool_agree_play(&r, expert != 0, wait[v], NULL, NULL);
        bool ok = collect(&r.s, r.model, expert ? "recommended path" : "no answers", vs);
        sv_run_stop(&r);
        if (!ok) return false;
    }
    return true;
}

static const char *find(const Verdicts *vs, const char *key)
{
    for (size_t i = 0; i < vs->count; i++)
        if (strcmp(vs->items[i].key, key) == 0) return vs->items[i].pick;
    return NULL;
}

/* Returns the number of flips (verdicts that changed), or -1 when out of memory. */
static int perturb_scenario(const sv_Pack *pack, const sv_Scenario *sc, const sv_ScoreModel *m,
                            size_t *verdicts)
{
    Verdicts *base = calloc(1, sizeof *base), *other = calloc(1, sizeof *other);
    int flips = 0;
    if (!base || !other || !run(pack, sc, m, VARY_NONE, base)) flips = -1;
    printf("%s/%s: %zu verdicts\n", pack->id, sc->id, base ? base->count : 0u);
    for (int v = 1; flips >= 0 && v < VARY_COUNT; v++) {
        sv_Scenario copy;
        other->count = 0;
        if (!vary(sc, (Vary)v, &copy) || !run(pack, &copy, m, (Vary)v, other)) {
            free_copy(sc, &copy);
            flips = -1;
            break;
        }
        free_copy(sc, &copy);
        for (size_t i = 0; i < base->count; i++) {
            const char *now = find(other, base->items[i].key);
            if (!now || strcmp(now, base->items[i].pick) == 0) continue;
            printf("  FLIP %-40s %s: %s, %s: %s\n", base->items[i].key, vary_names[0],
                   base->items[i].pick, vary_names[v], now);
            flips++;
        }
    }
    if (base) *verdicts += base->count;
    free(base);
    free(other);
    return flips;
}

int tool_perturb(const sv_Pack *pack, const sv_ScoreModel *m, int argc, char **argv)
{
    size_t verdicts = 0;
    int flips = 0;
    uint32_t all = pack->scenario_count + pack->assessment_count; /* the situations too */
    for (uint32_t i = 0; i < all; i++) {
        const sv_Scenario *sc = i < pack->scenario_count
                                    ? &pack->scenarios[i]
                                    : &pack->assessment[i - pack->scenario_count];
        bool wanted = argc == 0;
        for (int k = 0; k < argc; k++) wanted = wanted || strcmp(argv[k], sc->id) == 0;
        if (!wanted) continue;
        int f = perturb_scenario(pack, sc, m, &verdicts);
        if (f < 0) {
            fputs("svara-tool agreement --perturb: out of memory\n", stderr);
            return 1;
        }
        flips += f;
    }
    printf("perturb: %d flip%s in %zu verdicts, each tried %d more ways\n", flips,
           flips == 1 ? "" : "s", verdicts, VARY_COUNT - 1);
    return flips ? 1 : 0;
}
