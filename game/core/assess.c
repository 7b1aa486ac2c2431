/* The pre- and post-test (svara/assess.h): what a situation of the pool must
 * be (one decision, options only, one of them recommended), which test is
 * due, the seeded draw of situations the profile has not seen, and the
 * scoring of an answer with the debrief's own judging of every option. */
#include "svara/assess.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "load_common.h"
#include "svara/debrief.h"
#include "svara/hash.h"
#include "svara/json.h"
#include "svara/rng.h"
#include "svara/run.h"

/* ---- what a situation is ------------------------------------------------------------------- */

sv_Status sv_load_assess_item(const char *file, const char *bytes, size_t len,
                              const sv_Scenario *sc, sv_DiagList *diags)
{
    size_t errors = diags->errors;
    if (sc->decision_count != 1) {
        sv_json_diag(diags, SV_SEV_ERROR, file, bytes, len, "/decisions",
                     "an assessment situation has exactly one decision to answer; this one has "
                     "%u",
                     sc->decision_count);
        return SV_ERR_INVALID;
    }
    const sv_Decision *d = &sc->decisions[0];
    if (d->at_ms == SV_NEVER || d->when >= 0)
        sv_json_diag(diags, SV_SEV_ERROR, file, bytes, len, "/decisions/0",
                     "an assessment situation's decision opens at its time whatever happens: "
                     "give it an \"at\" and no \"when\"");
    if (d->options.count < 2)
        sv_json_diag(diags, SV_SEV_ERROR, file, bytes, len, "/decisions/0",
                     "an assessment situation offers at least two options to choose from; this "
                     "one has %u",
                     d->options.count);
    if (d->parts.count)
        sv_json_diag(diags, SV_SEV_ERROR, file, bytes, len, "/decisions/0/composer",
                     "an assessment situation is answered with one of its options: leave the "
                     "composer out");
    bool recommended = false;
    for (uint32_t i = 0; i < d->options.count; i++) {
        const sv_Option *o = &sc->options[d->options.start + i];
        recommended = recommended || o->expert == 1;
        if (o->when < 0) continue;
        char at[SV_LOAD_PTR];
        snprintf(at, sizeof at, "/decisions/0/options/%u/when", i);
        sv_json_diag(diags, SV_SEV_ERROR, file, bytes, len, at,
                     "every option of an assessment situation is offered: leave \"when\" out");
    }
    if (d->options.count >= 2 && !recommended)
        sv_json_diag(diags, SV_SEV_ERROR, file, bytes, len, "/decisions/0/options",
                     "mark the option the guides recommend (\"expert\": \"recommended\"): an "
                     "assessment situation has a right answer");
    return diags->errors > errors ? SV_ERR_INVALID : SV_OK;
}

/* ---- which test, which situations ---------------------------------------------------------- */

static bool finished(const sv_Profile *p, const char *pack, const char *scenario)
{
    return sv_profile_best(p, pack, scenario) != NULL;
}

bool sv_assess_path_complete(const sv_Pack *pack, const sv_Profile *p, uint32_t *done,
                             uint32_t *total)
{
    uint32_t n = 0, all = pack->path_count ? pack->path_count : pack->scenario_count;
    for (uint32_t i = 0; i < all; i++) {
        const char *id = pack->path_count ? pack->path[i].scenario_id : pack->scenarios[i].id;
        n += finished(p, pack->id, id) ? 1u : 0u;
    }
    if (done) *done = n;
    if (total) *total = all;
    return all > 0 && n == all;
}

int sv_assess_due(const sv_Pack *pack, const sv_Profile *p)
{
    if (!pack->assessment_count) return -1;
    uint32_t done = 0;
    bool complete = sv_assess_path_complete(pack, p, &done, NULL);
    if (complete) return sv_profile_assessment(p, pack->id, SV_ASSESS_POST) ? -1 : SV_ASSESS_POST;
    if (done == 0 && !sv_profile_assessment(p, pack->id, SV_ASSESS_PRE)) return SV_ASSESS_PRE;
    return -1;
}

bool sv_assess_seen(const sv_Profile *p, const char *pack, const char *id)
{
    for (size_t i = 0; i < p->assessment_count; i++) {
        const sv_ProfileAssessment *a = &p->assessments[i];
        if (strcmp(a->pack, pack) != 0) continue;
        for (uint32_t k = 0; k < a->item_count; k++)
            if (strcmp(a->items[k].scenario, id) == 0) return true;
    }
    return false;
}

size_t sv_assess_draw(const sv_Pack *pack, const sv_Profile *p, sv_AssessKind kind, size_t n,
                      int32_t *items)
{
    int32_t pool[SV_MAX_PACK_FILES];
    uint32_t count = 0;
    for (uint32_t i = 0; i < pack->assessment_count && count < SV_MAX_PACK_FILES; i++)
        if (!sv_assess_seen(p, pack->id, pack->assessment[i].id)) pool[count++] = (int32_t)i;
    uint64_t h = sv_hash_u64(SV_HASH_INIT, (uint64_t)p->created);
    h = sv_hash_str(sv_hash_str(h, p->name), pack->id);
    sv_Rng rng;
    sv_rng_seed(&rng, h, (uint64_t)kind + 1u);
    size_t take = n < count ? n : count;
    for (size_t i = 0; i < take; i++) { /* a partial Fisher-Yates shuffle */
        uint32_t j = (uint32_t)i + sv_rng_below(&rng, count - (uint32_t)i);
        int32_t t = pool[i];
        pool[i] = pool[j];
        pool[j] = t;
        items[i] = pool[i];
    }
    return take;
}

/* ---- scoring an answer ---------------------------------------------------------------------- */

/* Plays the situation until its decision opens, then chooses `option`. */
static bool answer(sv_Run *run, int32_t option)
{
    sv_Session *s = &run->s;
    while (!s->ended && s->decision_state[0] != SV_DEC_OPEN) {
        uint32_t due;
        if (!sv_session_next_due(s, &due)) return false;
        sv_session_advance(s, due);
    }
    if (s->ended) return false;
    sv_Input in = {.kind = SV_INPUT_CHOOSE, .decision = 0, .option = option};
    return sv_run_apply(run, &in) == SV_INPUT_OK;
}

sv_Status sv_assess_score(const sv_Pack *pack, int32_t item, const sv_ScoreModel *base,
                          int32_t option, sv_AssessScore *out)
{
    memset(out, 0, sizeof *out);
    out->best_option = -1;
    if (!sv_in_range(item, pack->assessment_count)) return SV_ERR_INVALID;
    const sv_Scenario *sc = &pack->assessment[item];
    if (sc->decision_count != 1) return SV_ERR_INVALID;
    const sv_Decision *d = &sc->decisions[0];
    if (option < (int32_t)d->options.start ||
        option >= (int32_t)(d->options.start + d->options.count))
        return SV_ERR_INVALID;
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Run run;
    sv_RunSetup setup = {
        .pack = pack, .sc = sc, .base = base, .seed = SV_ASSESS_SEED, .lang = pack->first_language};
    sv_Status st = sv_run_start(&run, &setup, &diags);
    sv_diag_free(&diags);
    if (st != SV_OK) return st;
    int64_t v[SV_MAX_OPTIONS];
    uint32_t enabled = answer(&run, option) ? sv_debrief_option_values(&run.s, run.model, 0, v) : 0;
    sv_run_stop(&run);
    uint32_t mine = (uint32_t)(option - (int32_t)d->options.start);
    if (!(enabled & (1u << mine))) return SV_ERR_INVALID;
    out->value = out->best = out->worst = v[mine];
    for (uint32_t i = 0; i < d->options.count; i++) {
        if (!(enabled & (1u << i))) continue;
        if (v[i] > out->best) out->best = v[i];
        if (v[i] < out->worst) out->worst = v[i];
    }
    /* the model's pick: the first option worth the most, as the debrief picks */
    for (uint32_t i = 0; i < d->options.count; i++)
        if ((enabled & (1u << i)) && v[i] == out->best && out->best_option < 0)
            out->best_option = (int32_t)(d->options.start + i);
    int64_t span = out->best - out->worst;
    out->points = span > 0 ? (int32_t)(((out->value - out->worst) * 100 + span / 2) / span) : 100;
    out->top = out->value >= out->best;
    return SV_OK;
}

sv_Status sv_assess_take(sv_Profile *p, const sv_Pack *pack, const sv_ScoreModel *base,
                         sv_AssessKind kind, int64_t at, const int32_t *items,
                         const int32_t *options, size_t n, sv_ProfileAssessment *out)
{
    if (n == 0 || n > SV_PROFILE_MAX_ANSWERS || (unsigned)kind >= SV_ASSESS_KIND_COUNT ||
        sv_profile_assessment(p, pack->id, kind))
        return SV_ERR_INVALID;
    sv_ProfileAssessment *a = calloc(1, sizeof *a);
    if (!a) return SV_ERR_NOMEM;
    snprintf(a->pack, sizeof a->pack, "%s", pack->id);
    snprintf(a->version, sizeof a->version, "%s", pack->version);
    a->kind = kind;
    a->at = at;
    int64_t sum = 0;
    sv_Status st = SV_OK;
    for (size_t i = 0; st == SV_OK && i < n; i++) {
        for (size_t k = 0; k < i; k++)
            if (items[k] == items[i]) st = SV_ERR_INVALID;
        if (st != SV_OK || !sv_in_range(items[i], pack->assessment_count)) {
            st = SV_ERR_INVALID;
            break;
        }
        const sv_Scenario *sc = &pack->assessment[items[i]];
        if (sv_assess_seen(p, pack->id, sc->id)) st = SV_ERR_INVALID;
        sv_AssessScore score;
        if (st == SV_OK) st = sv_assess_score(pack, items[i], base, options[i], &score);
        if (st != SV_OK) break;
        sv_ProfileAnswer *x = &a->items[a->item_count++];
        snprintf(x->scenario, sizeof x->scenario, "%s", sc->id);
        snprintf(x->option, sizeof x->option, "%s", sc->options[options[i]].id);
        x->points = score.points;
        x->top = score.top;
        sum += score.points;
    }
    a->score = (int32_t)((sum + (int64_t)n / 2) / (int64_t)n);
    if (st == SV_OK) st = sv_profile_add_assessment(p, a);
    if (st == SV_OK && out) *out = *a;
    free(a);
    return st;
}
