/* Internal to the core: what the session, the scoring and the crowd ask of a
 * reply (session_eval.c). The front ends read replies through sv_reply_option()
 * and the log; these answer questions only the judging needs. */
#ifndef SVARA_SESSION_INTERNAL_H
#define SVARA_SESSION_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/model.h"
#include "svara/session.h"

/* Does the option find things out before its reply goes out: a delay (a check
 * of its own) or a colleague asked before it answers? Then what its reply
 * states, and what it reveals, is known by the time the reply goes out. */
bool sv_option_checks_first(const sv_Option *o);
/* Does the reply put words in front of someone (reply, move-private, ask)? */
bool sv_reply_speaks(const sv_Reply *r);
/* The thread (its first post) a reply answers in public with words, as the
 * scoring model counts a thread's answers (score_context.c, seen_add) and a
 * channel's `replies` limits them; -1 for a private reply or one without words. */
int32_t sv_reply_answer_thread(const sv_Scenario *sc, const sv_Reply *r);
/* Is this the action of its option that carries the option's words and effects? */
bool sv_reply_is_main(const sv_Scenario *sc, const sv_Reply *r);

/* What injects add (sv_Scenario.injected) enters the state hash only once
 * something of it is no longer as it started: an inject fired, or one of its
 * posts, decisions, options or claims touched. Until then the hash reads the
 * story's own nodes alone, so a scenario that gains injects keeps the hashes
 * of runs that fire none (its golden replays). These give how many posts,
 * decisions, options and facts the hashes (the session's, the scoring's and
 * the crowd's) read. */
bool sv_session_injects_touched(const sv_Session *s);
uint32_t sv_session_hashed_posts(const sv_Session *s);
uint32_t sv_session_hashed_decisions(const sv_Session *s);
uint32_t sv_session_hashed_options(const sv_Session *s);
uint32_t sv_session_hashed_facts(const sv_Session *s);

/* The decisions `keep` accepts, in the order they opened (ties by index),
 * on the heap (free()); NULL when memory runs out. */
int32_t *sv_session_decisions_by_opening(const sv_Session *s,
                                         bool (*keep)(const sv_Session *s, uint32_t d),
                                         size_t *count);

/* sv_reply_option and sv_reply_post (session_eval.c), inline: judging reads
 * them for every reply in a session's history, for every judgement. */
static inline const sv_Option *sv_reply_option_inline(const sv_Scenario *sc, const sv_Reply *r)
{
    if (r->prior) return r->prior <= sc->earlier_count ? &sc->earlier[r->prior - 1].reply : NULL;
    return r->option >= 0 && (uint32_t)r->option < sc->option_count ? &sc->options[r->option]
                                                                    : NULL;
}

/* Is reply r marked as a calm word about the tone of the thread: its option
 * (or earlier reply) is marked `moderates`, or, composed, one of its parts is
 * (the loader allows the key only in a composer that sends in public)?
 * Whether it is one onlookers see is the reader's to say: both readers take
 * public replies only. */
static inline bool sv_reply_moderates_inline(const sv_Scenario *sc, const sv_Reply *r)
{
    const sv_Option *o = sv_reply_option_inline(sc, r);
    if (o || r->prior || r->option >= 0) return o && o->moderates;
    for (uint8_t i = 0; i < r->part_count && i < SV_MAX_COMPOSE; i++)
        if (r->parts[i] >= 0 && (uint32_t)r->parts[i] < sc->part_count &&
            sc->parts[r->parts[i]].moderates)
            return true;
    return false;
}

/* How many actions an option sends (its steps, or its one action), and step k
 * of option o (of decision d) as the reply it would be. */
static inline uint8_t sv_option_steps(const sv_Option *op)
{
    uint8_t steps = op->step_count ? op->step_count : 1;
    return steps < SV_MAX_STEPS ? steps : (uint8_t)SV_MAX_STEPS;
}

static inline sv_Reply sv_option_step_reply(const sv_Scenario *sc, int32_t o, int32_t d, uint8_t k)
{
    const sv_Option *op = &sc->options[o];
    sv_Reply r = {.option = o, .decision = d, .step = k};
    r.action = op->step_count ? op->steps[k].action : op->action;
    r.visibility = op->step_count ? op->steps[k].visibility : op->visibility;
    return r;
}

static inline int32_t sv_reply_post_inline(const sv_Scenario *sc, const sv_Reply *r)
{
    const sv_Option *o = sv_reply_option_inline(sc, r);
    int32_t t = -1;
    if (o && !r->prior && o->step_count && r->step < o->step_count && r->step < SV_MAX_STEPS)
        t = o->steps[r->step].target;
    if (t < 0 && o) t = o->target;
    if (t < 0 && r->decision >= 0 && (uint32_t)r->decision < sc->decision_count)
        t = sc->decisions[r->decision].about;
    return t >= 0 && (uint32_t)t < sc->post_count ? t : -1;
}

#endif
