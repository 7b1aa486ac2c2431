/* Reading a session without changing it: conditions, which options and parts
 * are enabled, the state hash, and the words for an input's result. Conditions
 * come from data, so every index is checked and nesting is bounded: a corrupt
 * model gives "false", never a crash. */
#include <stdlib.h>
#include <string.h>

#include "audience_internal.h"
#include "core_util.h"
#include "score_internal.h"
#include "session_internal.h"
#include "svara/hash.h"
#include "svara/session.h"

static bool eval_at(const sv_Session *s, int32_t cond, unsigned depth);

/* ---- replies ------------------------------------------------------------------ */

const sv_Option *sv_reply_option(const sv_Scenario *sc, const sv_Reply *r)
{
    return sv_reply_option_inline(sc, r);
}

int32_t sv_reply_post(const sv_Scenario *sc, const sv_Reply *r)
{
    return sv_reply_post_inline(sc, r);
}

bool sv_option_checks_first(const sv_Option *o)
{
    if (!o) return false;
    if (o->delay_ms > 0) return true;
    for (uint8_t k = 0; k < o->step_count && k < o->main && k < SV_MAX_STEPS; k++)
        if (o->steps[k].action == SV_ACTION_ASK_COLLEAGUE) return true;
    return false;
}

bool sv_reply_speaks(const sv_Reply *r)
{
    return r->action == SV_ACTION_REPLY || r->action == SV_ACTION_MOVE_PRIVATE ||
           r->action == SV_ACTION_ASK;
}

bool sv_reply_is_main(const sv_Scenario *sc, const sv_Reply *r)
{
    if (r->prior || r->option < 0) return true;
    const sv_Option *o = sv_reply_option(sc, r);
    return o && r->step == o->main;
}

/* The kid indices of a composite condition, or false when they leave the array. */
static bool kids_ok(const sv_Scenario *sc, const sv_Cond *c)
{
    return (uint64_t)c->kids_start + c->kids_count <= sc->cond_kid_count;
}

static int32_t kid(const sv_Scenario *sc, const sv_Cond *c, uint32_t i)
{
    uint32_t k = sc->cond_kids[c->kids_start + i];
    return k > INT32_MAX ? -2 : (int32_t)k; /* -2: out of range, so false below */
}

static bool eval_composite(const sv_Session *s, const sv_Cond *c, unsigned depth)
{
    const sv_Scenario *sc = s->sc;
    if (!kids_ok(sc, c)) return false;
    switch (c->kind) {
    case SV_COND_NOT: return c->kids_count > 0 && !eval_at(s, kid(sc, c, 0), depth + 1);
    case SV_COND_ALL:
        for (uint32_t i = 0; i < c->kids_count; i++)
            if (!eval_at(s, kid(sc, c, i), depth + 1)) return false;
        return true;
    case SV_COND_ANY:
        for (uint32_t i = 0; i < c->kids_count; i++)
            if (eval_at(s, kid(sc, c, i), depth + 1)) return true;
        return false;
    default: return false;
    }
}

static bool eval_at(const sv_Session *s, int32_t cond, unsigned depth)
{
    const sv_Scenario *sc = s->sc;
    if (cond == -1) return true;
    /* a loop of kids in a corrupt model would otherwise recurse forever */
    if (!sc || depth > SV_MAX_COND_DEPTH || !sv_in_range(cond, sc->cond_count)) return false;
    const sv_Cond *c = &sc->conds[cond];
    switch (c->kind) {
    case SV_COND_TRUE: return true;
    case SV_COND_FLAG: return sv_in_range(c->ref, sc->flag_count) && s->flags[c->ref];
    case SV_COND_VAR:
        return sv_in_range(c->ref, sc->var_count) && sv_compare(s->vars[c->ref], c->op, c->value);
    case SV_COND_METER:
        return sv_in_range(c->ref, SV_METER_COUNT) &&
               sv_compare(s->meters[c->ref], c->op, c->value);
    case SV_COND_CHOSE: return sv_in_range(c->ref, sc->option_count) && s->option_chosen[c->ref];
    case SV_COND_SEEN: return sv_in_range(c->ref, sc->post_count) && s->post_seen[c->ref];
    case SV_COND_ANSWERED:
        return sv_in_range(c->ref, sc->decision_count) &&
               s->decision_state[c->ref] == SV_DEC_ANSWERED;
    case SV_COND_TIME: return sv_compare(s->now_ms, c->op, c->value);
    case SV_COND_KNOWN: return sv_in_range(c->ref, sc->fact_count) && s->fact_known[c->ref];
    case SV_COND_NOT:
    case SV_COND_ALL:
    case SV_COND_ANY: return eval_composite(s, c, depth);
    default: return false;
    }
}

bool sv_session_eval(const sv_Session *s, int32_t cond) { return eval_at(s, cond, 0); }

/* ---- a channel's answers per thread ---------------------------------------------- */

int32_t sv_reply_answer_thread(const sv_Scenario *sc, const sv_Reply *r)
{
    if (r->visibility != SV_VIS_PUBLIC || !sv_reply_speaks(r)) return -1;
    int32_t post = sv_reply_post_inline(sc, r);
    return post < 0 ? -1 : sv_score_thread(sc, post);
}

static uint32_t answers_in(const sv_Session *s, int32_t thread)
{
    uint32_t n = 0;
    for (size_t i = 0; i < s->reply_count; i++)
        n += sv_reply_answer_thread(s->sc, &s->replies[i]) == thread;
    return n;
}

uint32_t sv_session_thread_room(const sv_Session *s, int32_t post)
{
    uint32_t cap = s->sc ? sv_scenario_post_replies(s->sc, post) : 0u;
    if (!cap) return UINT32_MAX;
    uint32_t n = answers_in(s, sv_score_thread(s->sc, post));
    return n >= cap ? 0u : cap - n;
}

bool sv_session_option_full(const sv_Session *s, int32_t option)
{
    const sv_Scenario *sc = s->sc;
    if (!s->reply_limits || !sc || !sv_in_range(option, sc->option_count)) return false;
    int32_t d = sv_scenario_option_decision(sc, option);
    /* each action that answers in public, against its thread's room less the
     * option's own earlier actions there */
    for (uint8_t k = 0; k < sv_option_steps(&sc->options[option]); k++) {
        sv_Reply r = sv_option_step_reply(sc, option, d, k);
        int32_t thread = sv_reply_answer_thread(sc, &r);
        int32_t post = sv_reply_post_inline(sc, &r);
        if (thread < 0 || !sv_scenario_post_replies(sc, post)) continue;
        uint32_t mine = 1;
        for (uint8_t j = 0; j < k; j++) {
            sv_Reply e = sv_option_step_reply(sc, option, d, j);
            mine += sv_reply_answer_thread(sc, &e) == thread;
        }
        if (sv_session_thread_room(s, post) < mine) return true;
    }
    return false;
}

bool sv_session_compose_allowed(const sv_Session *s, int32_t decision, sv_Visibility vis)
{
    const sv_Scenario *sc = s->sc;
    if (!sc || !sv_in_range(decision, sc->decision_count)) return false;
    const sv_Decision *dec = &sc->decisions[decision];
    if (vis == SV_VIS_PRIVATE) return dec->compose_private;
    if (vis != SV_VIS_PUBLIC || !dec->compose_public) return false;
    return !s->reply_limits || sv_session_thread_room(s, dec->about) > 0;
}

/* Most options and parts have no condition (-1): no walk for those. */
bool sv_session_option_enabled(const sv_Session *s, int32_t option)
{
    if (!s->sc || !sv_in_range(option, s->sc->option_count)) return false;
    int32_t when = s->sc->options[option].when;
    /* most scenarios limit no channel's answers (replies): no count for those */
    return (when == -1 || eval_at(s, when, 0)) &&
           !(s->reply_limits && sv_session_option_full(s, option));
}

bool sv_session_part_enabled(const sv_Session *s, int32_t part)
{
    if (!s->sc || !sv_in_range(part, s->sc->part_count)) return false;
    int32_t when = s->sc->parts[part].when;
    return when == -1 || eval_at(s, when, 0);
}

/* ---- the state hash ---------------------------------------------------------- */

/* Every value goes in field by field as a fixed-width integer: structs have
 * padding and enums have no fixed size, and neither may reach the hash. */
static uint64_t h_i32(uint64_t h, int32_t v) { return sv_hash_u32(h, (uint32_t)v); }

static uint64_t hash_bytes_as_u32(uint64_t h, const uint8_t *a, uint32_t n)
{
    h = sv_hash_u32(h, n);
    for (uint32_t i = 0; i < n; i++) h = sv_hash_u32(h, a[i]);
    return h;
}

static uint64_t hash_item(uint64_t h, const sv_Scheduled *it)
{
    h = sv_hash_u32(h, it->t_ms);
    h = sv_hash_u32(h, it->seq);
    h = sv_hash_u32(h, it->kind);
    return h_i32(h, it->ref);
}

static int item_cmp(const void *pa, const void *pb)
{
    const sv_Scheduled *a = pa, *b = pb;
    if (a->t_ms != b->t_ms) return a->t_ms < b->t_ms ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* The heap's layout depends on how it got there; its sorted content does not. */
static uint64_t hash_queue(uint64_t h, const sv_Session *s)
{
    size_t n = s->queue_count;
    h = sv_hash_u64(h, n);
    sv_Scheduled *copy = malloc((n ? n : 1) * sizeof *copy);
    if (copy) {
        memcpy(copy, s->queue, n * sizeof *copy);
        qsort(copy, n, sizeof *copy, item_cmp);
        for (size_t i = 0; i < n; i++) h = hash_item(h, &copy[i]);
        free(copy);
        return h;
    }
    /* out of memory: the same order by repeated selection (seqs are unique) */
    const sv_Scheduled *prev = NULL;
    for (size_t k = 0; k < n; k++) {
        const sv_Scheduled *best = NULL;
        for (size_t i = 0; i < n; i++) {
            const sv_Scheduled *c = &s->queue[i];
            if (prev && item_cmp(c, prev) <= 0) continue;
            if (!best || item_cmp(c, best) < 0) best = c;
        }
        h = hash_item(h, best);
        prev = best;
    }
    return h;
}

static uint64_t hash_reply(uint64_t h, const sv_Reply *r)
{
    h = sv_hash_u32(h, r->t_ms);
    h = h_i32(h, r->decision);
    h = h_i32(h, r->option);
    h = sv_hash_u32(h, (uint32_t)r->action);
    h = sv_hash_u32(h, (uint32_t)r->visibility);
    h = sv_hash_u32(h, r->by_default ? 1u : 0u);
    h = sv_hash_u32(h, r->part_count);
    for (uint32_t i = 0; i < r->part_count && i < SV_MAX_COMPOSE; i++) h = h_i32(h, r->parts[i]);
    return h;
}

static uint64_t hash_log(uint64_t h, const sv_Session *s)
{
    h = sv_hash_u64(h, s->log_count);
    for (size_t i = 0; i < s->log_count; i++) {
        const sv_LogEntry *e = &s->log[i];
        h = sv_hash_u32(h, e->t_ms);
        h = sv_hash_u32(h, e->kind);
        h = h_i32(h, e->a);
        h = h_i32(h, e->b);
    }
    return h;
}

/* the last `n` of `count` entries */
static uint32_t tail_start(uint32_t count, uint32_t n) { return n < count ? count - n : 0; }

bool sv_session_injects_touched(const sv_Session *s)
{
    const sv_Scenario *sc = s->sc;
    if (!sc || !sc->inject_count) return false;
    for (uint32_t i = 0; i < sc->inject_count; i++)
        if (s->inject_fired[i]) return true;
    for (uint32_t p = tail_start(sc->post_count, sc->injected.posts); p < sc->post_count; p++)
        if (s->post_seen[p]) return true;
    for (uint32_t d = tail_start(sc->decision_count, sc->injected.decisions);
         d < sc->decision_count; d++)
        if (s->decision_state[d] != SV_DEC_PENDING) return true;
    for (uint32_t o = tail_start(sc->option_count, sc->injected.options); o < sc->option_count; o++)
        if (s->option_chosen[o]) return true;
    for (uint32_t f = tail_start(sc->fact_count, sc->injected.facts); f < sc->fact_count; f++)
        if (s->fact_known[f] != (uint8_t)sc->facts[f].known) return true;
    return false;
}

uint32_t sv_session_hashed_posts(const sv_Session *s)
{
    const sv_Scenario *sc = s->sc;
    return sv_session_injects_touched(s) ? sc->post_count
                                         : tail_start(sc->post_count, sc->injected.posts);
}

uint32_t sv_session_hashed_decisions(const sv_Session *s)
{
    const sv_Scenario *sc = s->sc;
    return sv_session_injects_touched(s) ? sc->decision_count
                                         : tail_start(sc->decision_count, sc->injected.decisions);
}

uint32_t sv_session_hashed_options(const sv_Session *s)
{
    const sv_Scenario *sc = s->sc;
    return sv_session_injects_touched(s) ? sc->option_count
                                         : tail_start(sc->option_count, sc->injected.options);
}

uint32_t sv_session_hashed_facts(const sv_Session *s)
{
    const sv_Scenario *sc = s->sc;
    return sv_session_injects_touched(s) ? sc->fact_count
                                         : tail_start(sc->fact_count, sc->injected.facts);
}

static uint64_t hash_nodes(uint64_t h, const sv_Session *s)
{
    uint32_t decisions = sv_session_hashed_decisions(s), posts = sv_session_hashed_posts(s);
    h = sv_hash_u32(h, decisions);
    for (uint32_t d = 0; d < decisions; d++) {
        h = sv_hash_u32(h, s->decision_state[d]);
        h = sv_hash_u32(h, s->decision_open_ms[d]);
        h = sv_hash_u32(h, s->decision_close_ms[d]);
        h = h_i32(h, s->decision_reply[d]);
    }
    h = sv_hash_u32(h, posts);
    for (uint32_t p = 0; p < posts; p++) {
        h = sv_hash_u32(h, s->post_seen[p]);
        h = sv_hash_u32(h, s->post_ms[p]);
    }
    return hash_bytes_as_u32(h, s->option_chosen, sv_session_hashed_options(s));
}

/* Which injects fired and when; nothing while none has (the log says it too,
 * but this keeps the hash independent of how the log is read). */
static uint64_t hash_injects(uint64_t h, const sv_Session *s)
{
    const sv_Scenario *sc = s->sc;
    if (!sv_session_injects_touched(s)) return h;
    h = sv_hash_u32(h, sc->inject_count);
    for (uint32_t i = 0; i < sc->inject_count; i++) {
        h = sv_hash_u32(h, s->inject_fired[i]);
        h = sv_hash_u32(h, s->inject_ms[i]);
    }
    return h;
}

/* Only a scenario with facts of its own (ids, so effects can reveal them) has
 * knowledge that changes; implicit claims are always known. Without such facts
 * the hash stays what it was before facts existed, so old replays still match. */
static uint64_t hash_facts(uint64_t h, const sv_Session *s)
{
    const sv_Scenario *sc = s->sc;
    uint32_t facts = sv_session_hashed_facts(s);
    for (uint32_t i = 0; i < facts; i++)
        if (sc->facts[i].id && sc->facts[i].id[0])
            return hash_bytes_as_u32(h, s->fact_known, facts);
    return h;
}

uint32_t sv_dropped_total(const sv_Dropped *d)
{
    return d->queue + d->log + d->replies + d->firings + d->samples + d->promises + d->comments +
           d->inputs;
}

sv_Dropped sv_session_dropped(const sv_Session *s)
{
    sv_Dropped d = s->dropped;
    if (s->score) {
        d.firings += s->score->dropped_firings;
        d.samples += s->score->dropped_samples;
        d.promises += s->score->dropped_promises;
    }
    if (s->audience) d.comments += s->audience->dropped_comments;
    return d;
}

uint64_t sv_session_hash(const sv_Session *s)
{
    uint64_t h = SV_HASH_INIT;
    h = sv_hash_u32(h, SV_FORMAT_VERSION);
    if (!s->sc) return h;
    const sv_Scenario *sc = s->sc;
    h = sv_hash_str(h, sc->id ? sc->id : "");
    h = sv_hash_u64(h, s->seed);
    h = sv_hash_u32(h, s->now_ms);
    h = sv_hash_u32(h, s->ended ? 1u : 0u);
    h = h_i32(h, s->ending);
    h = hash_bytes_as_u32(h, s->flags, sc->flag_count);
    h = sv_hash_u32(h, sc->var_count);
    for (uint32_t i = 0; i < sc->var_count; i++) h = h_i32(h, s->vars[i]);
    for (int m = 0; m < SV_METER_COUNT; m++) h = h_i32(h, s->meters[m]);
    h = hash_nodes(h, s);
    h = hash_facts(h, s);
    h = hash_injects(h, s);
    h = sv_hash_u64(h, s->reply_count);
    for (size_t i = 0; i < s->reply_count; i++) h = hash_reply(h, &s->replies[i]);
    h = hash_log(h, s);
    h = hash_queue(h, s);
    h = sv_hash_u32(h, s->next_seq);
    h = sv_hash_u64(h, s->rng.state);
    h = sv_hash_u64(h, s->rng.inc);
    /* the pressure dial, when moved: a run at 100 % hashes as before */
    if (s->deadline_pct != 100u) h = sv_hash_u32(h, s->deadline_pct);
    /* a session without a model or a crowd hashes as before */
    if (s->score) h = sv_score_hash(h, s);
    return s->audience ? sv_audience_hash(h, s) : h;
}

/* ---- words ------------------------------------------------------------------- */

const char *sv_input_result_text(sv_InputResult r)
{
    switch (r) {
    case SV_INPUT_OK: return "The input was accepted.";
    case SV_INPUT_ENDED: return "The scenario is over; no more answers can be given.";
    case SV_INPUT_NO_DECISION: return "There is no such decision in this scenario.";
    case SV_INPUT_NOT_OPEN: return "That decision is not open now.";
    case SV_INPUT_BAD_OPTION: return "That option or part does not belong to this decision.";
    case SV_INPUT_DISABLED: return "That option or part is not available at the moment.";
    case SV_INPUT_NO_COMPOSER: return "This decision has no composer; choose one of its options.";
    case SV_INPUT_PART_COUNT: return "The reply has fewer or more parts than this composer allows.";
    case SV_INPUT_DUPLICATE_PART: return "The reply uses the same part more than once.";
    case SV_INPUT_VISIBILITY: return "This composer cannot send a reply there.";
    case SV_INPUT_NO_INJECT: return "There is no such inject in this scenario.";
    case SV_INPUT_SCHEDULED:
        return "That inject fires by itself at its time; only manual ones are fired by hand.";
    case SV_INPUT_FIRED: return "That inject has fired already; each inject fires once.";
    case SV_INPUT_CHANNEL_FULL:
        return "The thread has had every public answer its channel takes; answer in private.";
    default: return "The input was refused for an unknown reason.";
    }
}

const char *sv_node_id(const sv_Scenario *sc, sv_NodeKind kind, int32_t n)
{
    if (!sc || n < 0) return NULL;
    uint32_t i = (uint32_t)n;
    switch (kind) {
    case SV_NODE_POST: return i < sc->post_count ? sc->posts[i].id : NULL;
    case SV_NODE_DECISION: return i < sc->decision_count ? sc->decisions[i].id : NULL;
    case SV_NODE_EVENT: return i < sc->event_count ? sc->events[i].id : NULL;
    case SV_NODE_ENDING: return i < sc->ending_count ? sc->endings[i].id : NULL;
    case SV_NODE_OTHER:
    case SV_NODE_NONE: break;
    }
    return NULL;
}
