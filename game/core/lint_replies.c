/* A channel's `replies` (FORMAT.md, Channels): the game offers no answer that
 * would post one more public answer in a thread its channel has closed
 * (sv_session_option_full). These checks find the decisions where that can
 * happen on some path: an option or composer that answers in public in a
 * thread that earlier replies (history) and other decisions, each answering
 * there as much as one of its answers can, may already have filled (SV118),
 * and a decision whose every answer can be so (SV119: it can only time out).
 * A decision that opens only after this one (through this one's effects, or
 * timed after its deadline) is not counted before it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint_internal.h"
#include "svara/score.h"

/* The thread a reply answers in public (its first post), -1 when it posts
 * no public answer or its channel takes any number. */
static int32_t limited_thread(const sv_Scenario *sc, const sv_Reply *r)
{
    int32_t thread = sv_reply_answer_thread(sc, r);
    return thread >= 0 && sv_scenario_post_replies(sc, thread) ? thread : -1;
}

/* Public answers option o (of decision d) posts in `thread`. */
static uint32_t option_answers(const sv_Scenario *sc, int32_t o, int32_t d, int32_t thread)
{
    uint32_t n = 0;
    for (uint8_t k = 0; k < sv_option_steps(&sc->options[o]); k++) {
        sv_Reply r = sv_option_step_reply(sc, o, d, k);
        n += limited_thread(sc, &r) == thread;
    }
    return n;
}

/* The composer's public reply's thread, -1 when it cannot send one there. */
static int32_t compose_thread(const Lint *L, int32_t d)
{
    const sv_Scenario *sc = L->sc;
    if (!L->compose_can[d] || !sc->decisions[d].compose_public) return -1;
    sv_Reply r = {.option = -1, .decision = d, .action = SV_ACTION_REPLY};
    return limited_thread(sc, &r);
}

/* The decision owning the effect list of effect k (-1: an event's). */
static int32_t effect_decision(const Lint *L, uint32_t k)
{
    const LintEffect *o = &L->own[k];
    switch (o->owner) {
    case OWN_OPTION: return sv_scenario_option_decision(L->sc, o->index);
    case OWN_PART: return sv_scenario_part_decision(L->sc, o->index);
    case OWN_COMPOSE:
    case OWN_TIMEOUT: return o->index;
    default: return -1;
    }
}

/* after[e] = 1 for the decisions that can only open once d has closed: opened
 * by nothing but the effects of d (or of such a decision), or timed after the
 * longest d can stay open, with nothing else opening them earlier. */
static void only_after(const Lint *L, int32_t d, uint8_t *after)
{
    const sv_Scenario *sc = L->sc;
    memset(after, 0, sc->decision_count);
    after[d] = 1;
    const sv_Decision *dd = &sc->decisions[d];
    int64_t closes = dd->at_ms == SV_NEVER ? -1
                                           : (int64_t)dd->at_ms + (int64_t)dd->deadline_ms *
                                                                      SV_DEADLINE_PCT_MAX / 100;
    bool grew = true;
    while (grew) {
        grew = false;
        for (uint32_t e = 0; e < sc->decision_count; e++) {
            if (after[e] || (int32_t)e == sc->uncivil_decision) continue;
            const sv_Decision *de = &sc->decisions[e];
            if (de->at_ms != SV_NEVER && (closes < 0 || de->at_ms < closes)) continue;
            bool fired = false;
            for (uint32_t i = 0; i < sc->inject_count; i++)
                fired = fired || sc->injects[i].decision == (int32_t)e;
            bool named = false, outside = fired;
            for (uint32_t k = 0; k < sc->effect_count && !outside; k++) {
                if (sc->effects[k].kind != SV_EFFECT_DECISION || sc->effects[k].ref != (int32_t)e)
                    continue;
                int32_t owner = effect_decision(L, k);
                named = true;
                outside = !sv_in_range(owner, sc->decision_count) || !after[owner];
            }
            if (!outside && (named || de->at_ms != SV_NEVER)) {
                after[e] = 1;
                grew = true;
            }
        }
    }
}

/* The most public answers `thread` can have had before decision d answers:
 * the history's, and each decision that may come first at its most. `who`
 * gets one decision that can answer there (-1 none). */
static uint32_t answers_before(const Lint *L, int32_t thread, const uint8_t *after, int32_t *who)
{
    const sv_Scenario *sc = L->sc;
    uint32_t n = 0;
    *who = -1;
    for (uint32_t i = 0; i < sc->earlier_count; i++) {
        const sv_Option *o = &sc->earlier[i].reply;
        sv_Reply r = {.prior = i + 1u, .decision = -1, .option = -1};
        r.action = o->action;
        r.visibility = o->visibility;
        n += limited_thread(sc, &r) == thread;
    }
    for (uint32_t e = 0; e < sc->decision_count; e++) {
        if (after[e] || !L->dec_open[e]) continue;
        const sv_Decision *de = &sc->decisions[e];
        uint32_t most = compose_thread(L, (int32_t)e) == thread ? 1u : 0u;
        for (uint32_t i = 0; i < de->options.count; i++) {
            int32_t o = (int32_t)(de->options.start + i);
            if (!sv_in_range(o, sc->option_count) || !(L->opt_can[o] || L->opt_taken[o])) continue;
            uint32_t k = option_answers(sc, o, (int32_t)e, thread);
            if (k > most) most = k;
        }
        if (most && *who < 0) *who = (int32_t)e;
        n += most;
    }
    return n;
}

/* "post 'review' (channel 'reviews' takes 1 public answer per thread)" */
static void thread_words(const sv_Scenario *sc, int32_t thread, char *out, size_t size)
{
    const sv_Post *p = &sc->posts[thread];
    const sv_Channel *c = &sc->channels[p->channel];
    snprintf(out, size,
             "the thread of post '%.64s' (channel '%.64s' takes %u public answer%s per thread)",
             p->id, c->id, (unsigned)c->replies, c->replies == 1 ? "" : "s");
}

/* "decision 'first' may answer there first" or "earlier replies fill it" */
static void who_words(const sv_Scenario *sc, int32_t who, char *out, size_t size)
{
    if (who >= 0)
        snprintf(out, size, "decision '%.64s' may answer there first", sc->decisions[who].id);
    else
        snprintf(out, size, "the history's replies fill it");
}

static void check_decision(Lint *L, int32_t d, uint8_t *after)
{
    const sv_Scenario *sc = L->sc;
    const sv_Decision *dec = &sc->decisions[d];
    char ptr[LINT_PTR], where[200], whom[120];
    bool any = false, all_full = true;
    int32_t last_thread = -1;
    only_after(L, d, after);
    for (uint32_t i = 0; i < dec->options.count; i++) {
        int32_t o = (int32_t)(dec->options.start + i);
        if (!sv_in_range(o, sc->option_count) || !L->opt_can[o]) continue;
        any = true;
        /* the first limited thread the option answers in, and whether it may be over */
        bool full = false;
        const sv_Option *op = &sc->options[o];
        for (uint8_t k = 0; k < sv_option_steps(op) && !full; k++) {
            sv_Reply r = sv_option_step_reply(sc, o, d, k);
            int32_t thread = limited_thread(sc, &r);
            if (thread < 0) continue;
            int32_t who;
            uint32_t before = answers_before(L, thread, after, &who);
            uint32_t cap = sv_scenario_post_replies(sc, thread);
            if (before + option_answers(sc, o, d, thread) <= cap) continue;
            full = true;
            last_thread = thread;
            thread_words(sc, thread, where, sizeof where);
            who_words(sc, who, whom, sizeof whom);
            lint_node_ptr(L, 'o', o, ptr);
            lint_report(L, SV_RULE_THREAD_FULL, ptr,
                        "option '%s' answers in public in %s, which may be full by then (%s), "
                        "and the game then does not offer it; give that path an answer in private",
                        op->id, where, whom);
        }
        all_full = all_full && full;
    }
    if (L->compose_can[d]) {
        any = true;
        int32_t thread = compose_thread(L, d);
        bool full = false;
        if (thread >= 0) {
            int32_t who;
            uint32_t before = answers_before(L, thread, after, &who);
            if (before + 1u > sv_scenario_post_replies(sc, thread)) {
                full = true;
                last_thread = thread;
                thread_words(sc, thread, where, sizeof where);
                who_words(sc, who, whom, sizeof whom);
                lint_node_ptr(L, 'd', d, ptr);
                snprintf(ptr + strlen(ptr), sizeof ptr - strlen(ptr), "/composer");
                lint_report(L, SV_RULE_THREAD_FULL, ptr,
                            "decision '%s''s composer sends in public to %s, which may be full "
                            "by then (%s), and the game then refuses it%s",
                            dec->id, where, whom,
                            dec->compose_private ? "" : "; let it send in private too");
            }
        }
        all_full = all_full && full && !dec->compose_private;
    }
    if (!any || !all_full || last_thread < 0 || !L->dec_answer[d]) return;
    thread_words(sc, last_thread, where, sizeof where);
    lint_node_ptr(L, 'd', d, ptr);
    lint_report(L, SV_RULE_THREAD_FULL_NO_WAY, ptr,
                "decision '%s' opens, but every answer it offers posts in public in %s, which "
                "may be full by then, so it can only time out; add an answer in private",
                dec->id, where);
}

void lint_thread_limits(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    bool limits = false;
    for (uint32_t c = 0; c < sc->channel_count; c++) limits = limits || sc->channels[c].replies;
    if (!limits || !sc->decision_count) return;
    uint8_t *after = malloc(sc->decision_count);
    if (!after) return;
    for (uint32_t d = 0; d < sc->decision_count; d++)
        if (L->dec_open[d]) check_decision(L, (int32_t)d, after);
    free(after);
}
