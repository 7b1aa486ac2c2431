/* "What if": one answer to a decision, judged from how the decision stood
 * when it closed. An option is all its actions in order, each judged alone,
 * its reply at its own delay with what its check brought to light; a
 * composed reply is one reply; letting the deadline pass is its default and
 * the timeout rules. The cost of what the answer leaves undone is counted
 * here too, so doing nothing is never free: the post left standing (a tick
 * per second it would stand, as long as the tick rules say), the end-of-run
 * verdict on a post nobody answers, and promises it breaks or keeps. Answers
 * are ranked on the sum of their rules' raw effects, before any curve, so a
 * bad move stays bad however low the meters already are. */
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "score_internal.h"
#include "svara/score.h"

typedef struct Judge {
    const sv_Session *s;
    const sv_ScoreModel *m;
    const sv_DecisionNote *n;
    int32_t d;
    uint8_t *known; /* a copy of n->known the candidate's own check adds to */
    sv_ScoreHit *hits;
    size_t count, cap;
    sv_ScoreHit *scratch; /* [rule_count] */
} Judge;

static void snap_at(const Judge *J, uint32_t t_ms, uint32_t history, sv_ScoreSnapshot *snap)
{
    memset(snap, 0, sizeof *snap);
    snap->t_ms = t_ms;
    snap->history = history;
    snap->lang = J->s->score ? J->s->score->lang : SV_LANG_EN;
    memcpy(snap->meters, J->n->meters, sizeof snap->meters);
    memcpy(snap->frac, J->n->frac, sizeof snap->frac);
    snap->known = J->known;
}

/* How many seconds a tick rule already fired for the post before `t_ms`. */
static int64_t ticked_before(const sv_ScoreState *st, int32_t rule, int32_t post, uint32_t t_ms)
{
    for (size_t i = 0; st && i < st->firing_count; i++) {
        const sv_Firing *f = &st->firings[i];
        if (f->trigger != SV_TRIGGER_TICK || f->rule != rule || f->post != post) continue;
        if (f->t_ms >= t_ms) return 0;
        /* each tick up to t_ms stands for SV_SCORE_TICK_S seconds */
        uint32_t last = f->last_ms < t_ms ? f->last_ms : t_ms - 1u;
        return ((int64_t)(last - f->t_ms) / SV_SCORE_TICK_MS + 1) * SV_SCORE_TICK_S;
    }
    return 0;
}

/* Fires one judgement and adds its hits, each `times` over (ticks: seconds,
 * as many as each tick rule still fires for the post, `done` of them already
 * counted by this candidate). */
static void fire(Judge *J, const sv_ScoreContext *ctx, int64_t times, int64_t done)
{
    size_t n = sv_score_fire_hits(J->m, ctx, J->scratch, J->m->rule_count);
    for (size_t i = 0; i < n && J->count < J->cap; i++) {
        const sv_ScoreRule *r = &J->m->rules[J->scratch[i].rule];
        int64_t k = times;
        if (ctx->trigger == SV_TRIGGER_TICK && r->for_ms) {
            int64_t left = (int64_t)r->for_ms / SV_MS_PER_SECOND -
                           ticked_before(J->s->score, J->scratch[i].rule, ctx->post, J->n->t_ms) -
                           done;
            k = k < left ? k : left;
        }
        if (k <= 0) continue;
        sv_ScoreHit *h = &J->hits[J->count++];
        *h = J->scratch[i];
        /* a tick's hit is SV_SCORE_TICK_S seconds of its effects; k counts seconds */
        for (int m = 0; m < SV_METER_COUNT; m++)
            h->raw[m] =
                ctx->trigger == SV_TRIGGER_TICK ? h->raw[m] * k / SV_SCORE_TICK_S : h->raw[m] * k;
    }
}

static void reveal(Judge *J, sv_Span refs)
{
    const sv_Scenario *sc = J->s->sc;
    for (uint32_t i = 0; J->known && i < refs.count; i++) {
        uint64_t k = (uint64_t)refs.start + i;
        if (k < sc->fact_ref_count && sc->fact_refs[k] < sc->fact_count)
            J->known[sc->fact_refs[k]] = 1;
    }
}

static bool asks(sv_Action a) { return a == SV_ACTION_ASK || a == SV_ACTION_ASK_COLLEAGUE; }

/* What the candidate answers: the posts it aims at with anything but ignore. */
typedef struct Outcome {
    uint8_t *answered;                   /* [post_count] the posts it answers */
    int32_t aloud[SV_MAX_STEPS + 1];     /* threads it speaks in, in public, */
    uint32_t aloud_ms[SV_MAX_STEPS + 1]; /* this long after the close */
    uint8_t aloud_count;
    bool speaks_there;   /* words that deliver in its thread (keep promises) */
    bool public_there;   /* public words in its thread (keep promises made in public) */
    bool carries_there;  /* words there that carry some of an answer (keep a promise of it) */
    bool carries_public; /* the same, in public */
    uint32_t late_ms;    /* how long after the decision closed its words go out */
} Outcome;

static void judge_reply(Judge *J, const sv_Reply *r, Outcome *out)
{
    const sv_Scenario *sc = J->s->sc;
    sv_ScoreSnapshot snap;
    snap_at(J, r->t_ms, J->n->history, &snap);
    sv_ScoreContext ctx;
    sv_score_context(J->s, &snap, SV_TRIGGER_REPLY, J->d, -1, r, &ctx);
    fire(J, &ctx, 1, 0);
    int32_t about = sc->decisions[J->d].about, post = sv_reply_post(sc, r);
    if (r->action != SV_ACTION_IGNORE && sv_in_range(post, sc->post_count)) out->answered[post] = 1;
    const sv_Option *o = sv_reply_is_main(sc, r) ? sv_reply_option(sc, r) : NULL;
    for (uint8_t i = 0; o && r->action != SV_ACTION_IGNORE && i < o->answer_count; i++)
        if (sv_in_range(o->answers[i], sc->post_count)) out->answered[o->answers[i]] = 1;
    if (sv_reply_speaks(r) && r->visibility == SV_VIS_PUBLIC && post >= 0 &&
        out->aloud_count < SV_MAX_STEPS + 1) {
        out->aloud[out->aloud_count] = sv_score_thread(sc, post);
        out->aloud_ms[out->aloud_count++] = r->delay_ms;
    }
    if (sv_reply_speaks(r) && about >= 0 &&
        sv_score_thread(sc, post) == sv_score_thread(sc, about)) {
        /* only words that bring what was promised keep a promise (a second one does not) */
        if (sv_score_reply_delivers(sc, r)) {
            out->speaks_there = true;
            if (r->visibility == SV_VIS_PUBLIC) out->public_there = true;
            if (sv_score_reply_carries(sc, r)) {
                out->carries_there = true;
                if (r->visibility == SV_VIS_PUBLIC) out->carries_public = true;
            }
        }
        out->late_ms = r->delay_ms;
    }
}

/* Every action of the option, in order, as the session would take them. */
static void judge_option(Judge *J, int32_t opt, bool by_default, Outcome *out)
{
    const sv_Option *o = &J->s->sc->options[opt];
    uint8_t steps = o->step_count ? o->step_count : 1;
    bool asked = false, checks = sv_option_checks_first(o);
    for (uint8_t k = 0; k < steps && k < SV_MAX_STEPS; k++) {
        sv_Step one = {o->action, o->visibility, o->target};
        const sv_Step *st = o->step_count ? &o->steps[k] : &one;
        sv_Reply r = {.t_ms = J->n->t_ms,
                      .decision = J->d,
                      .option = opt,
                      .step = k,
                      .action = st->action,
                      .visibility = st->visibility,
                      .by_default = by_default};
        if (k == (o->step_count ? o->main : 0)) {
            if (checks) { /* what the check found is known by the time the reply goes out */
                reveal(J, o->claims.reveals);
                reveal(J, o->claims.confirms);
                reveal(J, o->claims.denies);
            }
            r.delay_ms = o->delay_ms;
            r.t_ms += o->delay_ms;
        }
        judge_reply(J, &r, out);
        if (!asked && asks(st->action) && !checks) {
            reveal(J, o->claims.reveals);
            asked = true;
        }
    }
}

/* Does a decision other than d (one still to come) answer this post? */
static bool answered_later(const sv_Session *s, int32_t d, int32_t post)
{
    const sv_Scenario *sc = s->sc;
    for (uint32_t o = 0; o < sc->decision_count; o++)
        if ((int32_t)o != d && sc->decisions[o].about == post &&
            s->decision_state[o] != SV_DEC_SKIPPED &&
            s->decision_open_ms[o] >= s->decision_open_ms[d])
            return true;
    return false;
}

/* Did a reply out before the decision (the brand's history, an earlier
 * decision) answer the post already? */
static bool answered_before(const Judge *J, int32_t post)
{
    const sv_Session *s = J->s;
    for (size_t i = 0; i < s->reply_count; i++) {
        const sv_Reply *r = &s->replies[i];
        if (r->sent && r->sent <= J->n->history && sv_score_reply_answers(s->sc, r, post))
            return true;
    }
    return false;
}

/* Seconds after the close at which the candidate speaks in public in the
 * post's thread, -1 when it does not. */
static int64_t aloud_after(const sv_Scenario *sc, const Outcome *out, int32_t post)
{
    int32_t thread = sv_score_thread(sc, post);
    int64_t first = -1;
    for (uint8_t i = 0; i < out->aloud_count; i++)
        if (out->aloud[i] == thread && (first < 0 || out->aloud_ms[i] / SV_MS_PER_SECOND < first))
            first = out->aloud_ms[i] / SV_MS_PER_SECOND;
    return first;
}

/* Adds the hits from `mid` on to the same rule's hit between `start` and
 * `mid` (the same tick rule over two stretches is one cost). */
static void merge_ticks(Judge *J, size_t start, size_t mid)
{
    size_t kept = mid;
    for (size_t i = mid; i < J->count; i++) {
        size_t j = start;
        while (j < mid && J->hits[j].rule != J->hits[i].rule) j++;
        if (j == mid) {
            J->hits[kept++] = J->hits[i];
            continue;
        }
        for (int m = 0; m < SV_METER_COUNT; m++) J->hits[j].raw[m] += J->hits[i].raw[m];
    }
    J->count = kept;
}

/* The post stands unanswered from the close for `seconds` more (capped by
 * each tick rule's limit, less what it already fired), and, when nothing
 * later in the scenario answers it, gets the end-of-run verdict. Once the
 * candidate speaks in public in the post's thread (`aloud` seconds after the
 * close, -1 never), the thread counts as answered in public, as it would in
 * the session: the rules that wait for a public answer stop, others go on. */
static void standing_cost(Judge *J, int32_t post, int64_t seconds, bool to_the_end, int64_t aloud)
{
    const sv_Session *s = J->s;
    if (!sv_in_range(post, s->sc->post_count) || answered_before(J, post)) return;
    sv_ScoreSnapshot snap;
    snap_at(J, J->n->t_ms, J->n->history, &snap);
    sv_ScoreContext ctx;
    sv_score_context(s, &snap, SV_TRIGGER_TICK, -1, post, NULL, &ctx);
    int64_t before = aloud >= 0 && aloud < seconds ? aloud : seconds;
    size_t start = J->count;
    fire(J, &ctx, before, 0);
    if (before < seconds) {
        size_t mid = J->count;
        ctx.thread_replies++;
        ctx.answered_here = true; /* the judged reply goes out after the post appeared */
        fire(J, &ctx, seconds - before, before);
        merge_ticks(J, start, mid);
    }
    if (!to_the_end) return;
    sv_score_context(s, &snap, SV_TRIGGER_END, -1, post, NULL, &ctx);
    if (aloud >= 0) {
        ctx.thread_replies++;
        ctx.answered_here = true;
    }
    fire(J, &ctx, 1, 0);
}

/* Does the action have words (reply, move-private, ask)? */
static bool worded_action(sv_Action a)
{
    return a == SV_ACTION_REPLY || a == SV_ACTION_MOVE_PRIVATE || a == SV_ACTION_ASK;
}

/* Is the post one the decision's options answer besides its own (the target
 * of an option or action with words, or a post an option lists in
 * `answers`), on screen when it closed? Then the decision is about it too:
 * a candidate that leaves it unanswered leaves it standing, as it would
 * leave the decision's own post. A report or hide aimed elsewhere does not
 * make a post part of the decision. */
static bool aimed_at(const Judge *J, int32_t post)
{
    const sv_Scenario *sc = J->s->sc;
    const sv_Decision *dec = &sc->decisions[J->d];
    if (post == dec->about || !J->s->post_seen[post] || J->s->post_ms[post] > J->n->t_ms)
        return false;
    for (uint32_t k = 0; k < dec->options.count; k++) {
        const sv_Option *o = &sc->options[dec->options.start + k];
        if (o->target == post && worded_action(o->action)) return true;
        for (uint8_t i = 0; i < o->step_count && i < SV_MAX_STEPS; i++)
            if (o->steps[i].target == post && worded_action(o->steps[i].action)) return true;
        for (uint8_t i = 0; i < o->answer_count && i < SV_MAX_ANSWERS; i++)
            if (o->answers[i] == post) return true;
    }
    return false;
}

/* When the run would end at the latest with nothing more happening: its
 * last scheduled item (a post, a decision's opening or deadline, an ending),
 * or the scenario's end when that comes first. A run ends at the last thing
 * that happened, so a promise due after that is never judged there. */
static uint32_t run_end_bound(const sv_Session *s)
{
    uint32_t end = s->now_ms;
    for (size_t i = 0; i < s->queue_count; i++)
        if (s->queue[i].t_ms > end) end = s->queue[i].t_ms;
    return end < s->sc->duration_ms ? end : s->sc->duration_ms;
}

/* Promises open in the decision's thread when it closed: kept by words in
 * the thread before they are due (public words for a promise made in
 * public), broken otherwise, unless the run would end before they fall due. */
static void promise_costs(Judge *J, const Outcome *out)
{
    const sv_Session *s = J->s;
    const sv_ScoreState *st = s->score;
    int32_t about = s->sc->decisions[J->d].about;
    int32_t thread = sv_score_thread(s->sc, about);
    uint32_t end = run_end_bound(s);
    for (size_t i = 0; st && thread >= 0 && i < st->promise_count; i++) {
        const sv_Promise *p = &st->promises[i];
        if (p->thread != thread || !sv_in_range(p->reply, (uint32_t)s->reply_count)) continue;
        const sv_Reply *r = &s->replies[p->reply];
        bool open_then = r->sent && r->sent <= J->n->history &&
                         (p->state == SV_PROMISE_OPEN || p->settled_ms >= J->n->t_ms);
        if (!open_then || p->due_ms < J->n->t_ms) continue;
        bool answer = sv_score_promise_for_answer(s->sc, r);
        bool heard = sv_score_promise_public(s, p)
                         ? (answer ? out->carries_public : out->public_there)
                         : (answer ? out->carries_there : out->speaks_there);
        bool kept = heard && J->n->t_ms + out->late_ms <= p->due_ms;
        if (!kept && p->due_ms > end) continue; /* the run would end first */
        sv_ScoreSnapshot snap;
        snap_at(J, r->t_ms, r->sent - 1u, &snap);
        sv_ScoreContext ctx;
        sv_score_context(s, &snap, kept ? SV_TRIGGER_KEPT : SV_TRIGGER_PROMISE, r->decision, -1, r,
                         &ctx);
        fire(J, &ctx, 1, 0);
    }
}

size_t sv_score_whatif(const sv_Session *s, const sv_ScoreModel *m, int32_t d,
                       const sv_Candidate *c, sv_ScoreHit *hits, size_t cap)
{
    const sv_Scenario *sc = s->sc;
    if (!s->score || !sv_in_range(d, sc->decision_count)) return 0;
    const sv_DecisionNote *n = &s->score->notes[d];
    Judge J = {.s = s, .m = m, .n = n, .d = d, .hits = hits, .cap = cap};
    J.scratch = calloc(m->rule_count + 1u, sizeof *J.scratch);
    if (sc->fact_count) J.known = malloc(sc->fact_count);
    if (!J.scratch || (sc->fact_count && !J.known)) {
        free(J.scratch);
        free(J.known);
        return 0;
    }
    if (sc->fact_count) memcpy(J.known, n->known ? n->known : s->fact_known, sc->fact_count);
    Outcome out = {0};
    out.answered = calloc(sc->post_count + 1u, 1);
    if (!out.answered) {
        free(J.scratch);
        free(J.known);
        return 0;
    }
    const sv_Decision *dec = &sc->decisions[d];
    if (c->option >= 0 && sv_in_range(c->option, sc->option_count)) {
        judge_option(&J, c->option, c->timeout, &out);
    } else if (c->part_count) {
        sv_Reply r = {.t_ms = n->t_ms,
                      .decision = d,
                      .option = -1,
                      .action = SV_ACTION_REPLY,
                      .visibility = c->visibility,
                      .part_count = c->part_count};
        memcpy(r.parts, c->parts, sizeof r.parts);
        judge_reply(&J, &r, &out);
    }
    if (c->timeout) {
        sv_ScoreSnapshot snap;
        snap_at(&J, n->t_ms, n->history, &snap);
        sv_Reply def = {.t_ms = n->t_ms, .decision = d, .option = c->option, .by_default = true};
        if (c->option >= 0) {
            def.action = sc->options[c->option].action;
            def.visibility = sc->options[c->option].visibility;
        }
        sv_ScoreContext ctx;
        sv_score_context(s, &snap, SV_TRIGGER_TIMEOUT, d, -1, c->option >= 0 ? &def : NULL, &ctx);
        fire(&J, &ctx, 1, 0);
    }
    int32_t post = dec->about;
    int64_t left_s =
        sc->duration_ms > n->t_ms ? (int64_t)(sc->duration_ms - n->t_ms) / SV_MS_PER_SECOND : 0;
    for (int32_t p = 0; p < (int32_t)sc->post_count; p++) {
        if (p != post && !aimed_at(&J, p)) continue;
        if (!out.answered[p])
            standing_cost(&J, p, left_s, !answered_later(s, d, p), aloud_after(sc, &out, p));
        else if (out.late_ms)
            standing_cost(&J, p, (int64_t)out.late_ms / SV_MS_PER_SECOND, false, -1);
    }
    promise_costs(&J, &out);
    free(out.answered);
    free(J.scratch);
    free(J.known);
    return J.count;
}

int64_t sv_score_value(const sv_ScoreHit *hits, size_t n)
{
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        const int64_t *r = hits[i].raw;
        /* 100 people are one point: a tenth of a person against a tenth of a point */
        v += 2 * r[SV_METER_REPUTATION] + r[SV_METER_SENTIMENT] + r[SV_METER_MOOD] -
             r[SV_METER_REACH] / SV_PEOPLE_PER_POINT;
    }
    return v;
}

int64_t sv_score_value_hundredths(int64_t value)
{
    const int64_t per = SV_SCORE_UNIT / 10; /* a hundredth of a point: a tenth of a tenth */
    return value >= 0 ? (value + per / 2) / per : -((-value + per / 2) / per);
}
