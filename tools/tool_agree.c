/* svara-tool agreement: does the scoring model's best choice agree with what
 * the scenario's authors say the guides recommend (their "expert" verdicts)?
 * Each scenario is played twice, once following the authors' recommendations
 * and once letting every deadline pass, and every decision is judged in both.
 * A scenario with manual workshop injects is played a third time along the
 * recommendations with every one of them fired, and the decisions they add
 * are judged there. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svara/debrief.h"
#include "svara/run.h"
#include "svara/score.h"
#include "svara/session.h"
#include "tool.h"

typedef enum { PATH_EXPERT = 0, PATH_IDLE = 1, PATH_INJECTS = 2, PATH_COUNT } Path;
static const char *const path_names[PATH_COUNT] = {"recommended path", "no answers",
                                                   "with injects"};

/* The authors' choice: the first enabled recommended option, else their
 * recommended parts in file order, as many as fit, sent where the post came. */
static bool expert_input(const sv_Session *s, int32_t d, sv_Input *in)
{
    const sv_Scenario *sc = s->sc;
    const sv_Decision *de = &sc->decisions[d];
    memset(in, 0, sizeof *in);
    in->decision = d;
    for (uint32_t i = 0; i < de->options.count; i++) {
        int32_t o = (int32_t)(de->options.start + i);
        if (sc->options[o].expert == 1 && sv_session_option_enabled(s, o)) {
            in->kind = SV_INPUT_CHOOSE;
            in->option = o;
            return true;
        }
    }
    in->kind = SV_INPUT_COMPOSE;
    /* where the guides send it when both are allowed: a private message is
     * answered in private (ONSTAGE-OFFSTAGE), anything else in public */
    bool dm =
        de->about >= 0 && sc->channels[sc->posts[de->about].channel].type == SV_CHANNEL_PRIVATE;
    bool pub = sv_session_compose_allowed(s, d, SV_VIS_PUBLIC);
    in->visibility = pub && !(dm && de->compose_private) ? SV_VIS_PUBLIC : SV_VIS_PRIVATE;
    for (uint32_t i = 0; i < de->parts.count && in->part_count < de->compose_max; i++) {
        int32_t p = (int32_t)(de->parts.start + i);
        if (sc->parts[p].expert == 1 && sv_session_part_enabled(s, p))
            in->parts[in->part_count++] = p;
    }
    return in->part_count >= de->compose_min && in->part_count > 0;
}

/* Plays the run: along the authors' recommendations, each answered `wait_pct`
 * percent into its decision's time (0: as it opens), or letting every deadline
 * pass. Inputs go through the run, so its recording is a replay of the path;
 * `advance` (NULL: the session's own) moves the clock, for a caller that
 * shows what happens on the way. */
void tool_agree_play(sv_Run *r, bool expert, uint32_t wait_pct, ToolAdvance advance, void *ctx)
{
    sv_Session *s = &r->s;
    const sv_Scenario *sc = s->sc;
    while (!s->ended) {
        /* answer every open decision whose moment has come */
        uint32_t next = UINT32_MAX;
        for (uint32_t d = 0; expert && d < sc->decision_count; d++) {
            if (s->decision_state[d] != SV_DEC_OPEN) continue;
            uint64_t at = (uint64_t)s->decision_open_ms[d] +
                          (uint64_t)sc->decisions[d].deadline_ms * wait_pct / 100u;
            sv_Input in;
            if (at <= s->now_ms && expert_input(s, (int32_t)d, &in))
                (void)sv_run_apply(r, &in);
            else if (at > s->now_ms && at < next)
                next = (uint32_t)at;
        }
        uint32_t due;
        bool pending = sv_session_next_due(s, &due);
        if (!pending && next == UINT32_MAX) {
            sv_session_run_out(s);
            break;
        }
        uint32_t to = pending && due < next ? due : next;
        if (advance)
            advance(ctx, to);
        else
            sv_session_advance(s, to);
    }
}

static bool any_open(const sv_Session *s)
{
    for (uint32_t d = 0; d < s->sc->decision_count; d++)
        if (s->decision_state[d] == SV_DEC_OPEN) return true;
    return false;
}

/* The recommended path with every manual inject fired as the first decision
 * opens, as a facilitator would once the room is under way. */
static void play_with_injects(sv_Run *r)
{
    sv_Session *s = &r->s;
    uint32_t due;
    while (!s->ended && !any_open(s) && sv_session_next_due(s, &due)) sv_session_advance(s, due);
    for (uint32_t i = 0; i < s->sc->inject_count; i++)
        if (s->sc->injects[i].at_ms == SV_NEVER) (void)sv_session_inject(s, (int32_t)i);
    tool_agree_play(r, true, 0, NULL, NULL);
}

static bool has_manual_inject(const sv_Scenario *sc)
{
    for (uint32_t i = 0; i < sc->inject_count; i++)
        if (sc->injects[i].at_ms == SV_NEVER) return true;
    return false;
}

static bool ranking; /* --ranking: every option's figure under its verdict */
static bool why;     /* --why: and the rules behind each figure */

/* Every enabled option of the decision with what the model makes of it
 * (at most 32: the options of a decision are far fewer), in file order. */
typedef struct OptionFigure {
    int32_t option;
    int64_t figure; /* hundredths */
} OptionFigure;

static size_t option_figures(const sv_Session *s, const sv_ScoreModel *m,
                             const sv_DebriefDecision *dd, OptionFigure *out, sv_ScoreHit *hits,
                             size_t cap, bool show)
{
    const sv_Scenario *sc = s->sc;
    const sv_Decision *de = &sc->decisions[dd->decision];
    static const char *const verdict[3] = {"warned", "-", "recommended"};
    size_t count = 0;
    for (uint32_t i = 0; i < de->options.count && i < 32; i++) {
        if (!(dd->options_enabled & (1u << i))) continue;
        sv_Candidate c = {.option = (int32_t)(de->options.start + i)};
        size_t n = sv_score_whatif(s, m, dd->decision, &c, hits, cap);
        int64_t v = sv_score_value_hundredths(sv_score_value(hits, n));
        out[count++] = (OptionFigure){c.option, v};
        if (!show) continue;
        printf("      %-24s %-12s %+8.2f\n", sc->options[c.option].id,
               verdict[sc->options[c.option].expert + 1], (double)v / 100.0);
        for (size_t k = 0; why && k < n; k++) {
            int64_t hv = sv_score_value_hundredths(sv_score_value(&hits[k], 1));
            printf("          %-8s %-38s %+8.2f\n", sv_trigger_name((sv_Trigger)hits[k].trigger),
                   m->rules[hits[k].rule].id, (double)hv / 100.0);
        }
    }
    return count;
}

static sv_ScoreHit *alloc_hits(const sv_ScoreModel *m, size_t *cap)
{
    *cap = (size_t)m->rule_count * (SV_MAX_STEPS + 4u) + 16u;
    return calloc(*cap, sizeof(sv_ScoreHit));
}

static void print_ranking(const sv_Session *s, const sv_ScoreModel *m, const sv_Debrief *d,
                          const sv_DebriefDecision *dd)
{
    const sv_Scenario *sc = s->sc;
    size_t cap;
    sv_ScoreHit *hits = alloc_hits(m, &cap);
    OptionFigure figs[32];
    if (hits) option_figures(s, m, dd, figs, hits, cap, true);
    if (dd->has_best_composed) {
        printf("      composed %+.2f:", (double)dd->best_composed.figure / 100.0);
        for (uint8_t k = 0; k < dd->best_composed.part_count; k++)
            printf(" %s", sc->parts[dd->best_composed.parts[k]].id);
        printf(" (%s)\n", dd->best_composed.visibility == SV_VIS_PUBLIC ? "public" : "private");
        for (uint32_t k = 0; why && k < dd->best_composed.hits_count; k++) {
            const sv_DebriefHit *h = &d->hits[dd->best_composed.hits_start + k];
            int64_t hv = 2 * h->raw[SV_METER_REPUTATION] + h->raw[SV_METER_SENTIMENT] +
                         h->raw[SV_METER_MOOD] - h->raw[SV_METER_REACH] / 100;
            printf("          %-8s %-38s %+8.1f\n", sv_trigger_name((sv_Trigger)h->trigger),
                   h->rule_id, (double)hv / 10.0);
        }
    }
    free(hits);
}

/* The order under the model's best option: every option that is not
 * recommended and ties or beats a recommended one, and every warned option
 * at or above an acceptable one (an option without a verdict counts as
 * acceptable), is a ranking against the authors' verdicts, each printed.
 * Returns how many; -1 when the decision has no verdicts to order. */
static int order_check(const sv_Session *s, const sv_ScoreModel *m, const sv_DebriefDecision *dd)
{
    const sv_Scenario *sc = s->sc;
    size_t cap;
    sv_ScoreHit *hits = alloc_hits(m, &cap);
    if (!hits) return -1;
    OptionFigure f[32];
    size_t n = option_figures(s, m, dd, f, hits, cap, false);
    free(hits);
    int64_t rec = INT64_MAX, acc = INT64_MAX; /* the lowest of each */
    int32_t rec_at = -1, acc_at = -1;
    for (size_t i = 0; i < n; i++) {
        int8_t v = sc->options[f[i].option].expert;
        if (v > 0 && f[i].figure < rec) rec = f[i].figure, rec_at = f[i].option;
        if (v == 0 && f[i].figure < acc) acc = f[i].figure, acc_at = f[i].option;
    }
    if (rec_at < 0) return -1;
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        int8_t v = sc->options[f[i].option].expert;
        int32_t other = -1;
        if (v <= 0 && f[i].figure >= rec)
            other = rec_at;
        else if (v < 0 && acc_at >= 0 && f[i].figure >= acc)
            other = acc_at;
        if (other < 0) continue;
        bool vs_rec = other == rec_at;
        printf("      order: %s %s %+.2f %s %s %s %+.2f\n", v < 0 ? "warned" : "acceptable",
               sc->options[f[i].option].id, (double)f[i].figure / 100.0,
               vs_rec ? "ties or beats" : "at or above", vs_rec ? "recommended" : "acceptable",
               sc->options[other].id, (double)(vs_rec ? rec : acc) / 100.0);
        bad++;
    }
    return bad;
}

/* Judges one run's decisions from `first` on; adds their verdicts to the
 * totals and prints them. */
typedef struct Order {
    uint32_t ordered; /* decisions with options and a recommended one, judged */
    uint32_t against; /* rankings against the verdicts among them (order_check) */
} Order;

static bool judge(const sv_Session *s, const sv_ScoreModel *m, Path path, uint32_t first,
                  uint32_t *agreed, uint32_t *total, Order *order)
{
    sv_Debrief d;
    sv_Agreement a;
    if (sv_debrief_build(s, m, SV_LANG_EN, &d) != SV_OK) return false;
    if (sv_score_agreement(&d, s->sc, &a) != SV_OK) {
        sv_debrief_free(&d);
        return false;
    }
    for (size_t i = 0; i < a.count; i++) {
        const sv_AgreementItem *it = &a.items[i];
        if (it->verdict < 0 || (uint32_t)it->decision < first) continue;
        const char *what = it->composer ? "composer" : "options";
        const char *pick = !it->composer && it->best_option >= 0
                               ? s->sc->options[it->best_option].id
                               : "best composition";
        printf("  %-18s %-20s %-9s model: %-20s %s\n", path_names[path],
               s->sc->decisions[it->decision].id, what, pick,
               it->verdict      ? "agrees"
               : it->warned_top ? "DISAGREES (warned on top)"
                                : "DISAGREES");
        for (size_t k = 0; k < d.decision_count; k++) {
            const sv_DebriefDecision *dd = &d.decisions[k];
            if (dd->decision != it->decision) continue;
            if (!it->composer) {
                int bad = order_check(s, m, dd);
                if (bad >= 0) {
                    order->ordered++;
                    order->against += (uint32_t)bad;
                }
            }
            /* once per decision: after its last item (the composer's, when it has one) */
            if (ranking && (it->composer || !dd->has_best_composed)) print_ranking(s, m, &d, dd);
        }
    }
    for (size_t i = 0; i < a.count; i++) {
        const sv_AgreementItem *it = &a.items[i];
        if (it->verdict < 0 || (uint32_t)it->decision < first) continue;
        *agreed += it->verdict > 0;
        *total += 1;
    }
    sv_agreement_free(&a);
    sv_debrief_free(&d);
    return true;
}

static bool agree_scenario(const sv_Pack *pack, const sv_Scenario *sc, const sv_ScoreModel *m,
                           uint32_t *agreed, uint32_t *total, Order *order)
{
    printf("%s/%s:\n", pack->id, sc->id);
    for (int path = 0; path < PATH_COUNT; path++) {
        sv_Run run;
        if (path == PATH_INJECTS && !has_manual_inject(sc)) break;
        if (!tool_start_run(&run, pack, sc, m, pack->first_language)) return false;
        if (path == PATH_INJECTS)
            play_with_injects(&run);
        else
            tool_agree_play(&run, path == PATH_EXPERT, 0, NULL, NULL);
        /* the third run judges only what the injects add */
        uint32_t first = path == PATH_INJECTS ? sc->decision_count - sc->injected.decisions : 0;
        bool ok = judge(&run.s, run.model, (Path)path, first, agreed, total, order);
        sv_run_stop(&run);
        if (!ok) return false;
    }
    return true;
}

/* Whether the pack holds a scenario or an assessment situation of this id. */
static bool pack_has(const sv_Pack *pack, const char *id)
{
    for (uint32_t i = 0; i < pack->scenario_count; i++)
        if (strcmp(pack->scenarios[i].id, id) == 0) return true;
    for (uint32_t i = 0; i < pack->assessment_count; i++)
        if (strcmp(pack->assessment[i].id, id) == 0) return true;
    return false;
}

int tool_agreement(int argc, char **argv)
{
    static const char usage[] =
        "usage: svara-tool agreement [--ranking] [--why] [--perturb] PACK [SCENARIO...]\n";
    bool perturb = false;
    /* the options may stand anywhere; what is left is the pack and its scenarios */
    int n = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--perturb") == 0) {
            perturb = true;
        } else if (strcmp(argv[i], "--ranking") == 0) {
            ranking = true;
        } else if (strcmp(argv[i], "--why") == 0) {
            ranking = why = true;
        } else if (argv[i][0] == '-' && argv[i][1] == '-') {
            fprintf(stderr, "svara-tool agreement: unknown option '%s'\n%s", argv[i], usage);
            return 2;
        } else {
            argv[n++] = argv[i];
        }
    }
    argc = n;
    if (argc < 1) {
        fputs(usage, stderr);
        return 2;
    }
    sv_Pack *pack = tool_open_pack(argv[0]);
    if (!pack) return 1;
    /* a scenario asked for by name that the pack does not have is a typo, never
     * an empty and perfect agreement */
    for (int k = 1; k < argc; k++)
        if (!pack_has(pack, argv[k])) {
            fprintf(stderr, "svara-tool agreement: pack '%s' has no scenario '%s'\n", argv[0],
                    argv[k]);
            sv_pack_unload(pack);
            return 2;
        }
    sv_ScoreModel *m = tool_load_model(NULL); /* each run applies the pack's changes */
    if (m && perturb) {
        int prc = tool_perturb(pack, m, argc - 1, argv + 1);
        sv_score_free(m);
        sv_pack_unload(pack);
        return prc;
    }
    int rc = m ? 0 : 1;
    uint32_t agreed = 0, total = 0;
    Order order = {0, 0};
    /* the scenarios, then the assessment's situations (svara/assess.h) */
    uint32_t all = pack->scenario_count + pack->assessment_count;
    for (uint32_t i = 0; m && i < all; i++) {
        const sv_Scenario *sc = i < pack->scenario_count
                                    ? &pack->scenarios[i]
                                    : &pack->assessment[i - pack->scenario_count];
        bool wanted = argc == 1;
        for (int k = 1; k < argc; k++) wanted = wanted || strcmp(argv[k], sc->id) == 0;
        if (wanted && !agree_scenario(pack, sc, m, &agreed, &total, &order)) {
            fputs("svara-tool agreement: out of memory\n", stderr);
            rc = 1;
        }
    }
    if (m) {
        printf("agreement: %u of %u decisions (%u%%)\n", agreed, total,
               total ? agreed * 100u / total : 100u);
        printf("order: %u rankings against the verdicts in %u decisions with options\n",
               order.against, order.ordered);
        if (agreed != total) rc = 1;
    }
    sv_score_free(m);
    sv_pack_unload(pack);
    return rc;
}
