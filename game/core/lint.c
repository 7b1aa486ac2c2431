/* Authoring checks over a loaded scenario: what some run can reach, found as
 * a fixed point from the start (timed nodes) through every effect that can
 * run, with each condition judged by whether it can hold at all: a flag some
 * reachable effect sets, a variable within the range its effects can give it,
 * a post that can appear. What stays out is reported: nodes nothing schedules,
 * conditions that never hold, decisions nobody can answer, endings no run
 * takes, and events that schedule each other at +0 s. Words, declarations and
 * the crowd's pools are checked in lint_words.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint_internal.h"

static const sv_LintRule rules[] = {
    {SV_RULE_LOAD_ERROR, "SV001", "load-error", SV_SEV_ERROR,
     "The pack cannot be loaded as it is: a file, a value or an archive is wrong."},
    {SV_RULE_LOAD_WARNING, "SV002", "load-warning", SV_SEV_WARNING,
     "The pack loads, but something in it is ignored or probably not what was meant."},
    {SV_RULE_UNREACHABLE, "SV101", "unreachable-node", SV_SEV_WARNING,
     "A post, decision or event that nothing can ever schedule."},
    {SV_RULE_NO_WAY_FORWARD, "SV102", "decision-no-way-forward", SV_SEV_WARNING,
     "A decision that opens but that the player can never answer."},
    {SV_RULE_ENDING, "SV103", "unreachable-ending", SV_SEV_WARNING,
     "An ending that no run can ever take."},
    {SV_RULE_NEVER_HOLDS, "SV104", "condition-never-holds", SV_SEV_WARNING,
     "A `when` that can never hold, so its option, part, post, decision or event never happens."},
    {SV_RULE_FLAG_UNREAD, "SV105", "flag-never-read", SV_SEV_WARNING,
     "A flag that is set but that no condition reads, or one that is not used at all."},
    {SV_RULE_FLAG_UNSET, "SV106", "flag-never-set", SV_SEV_WARNING,
     "A flag that conditions read but that no effect sets."},
    {SV_RULE_VAR_UNREAD, "SV107", "variable-never-read", SV_SEV_WARNING,
     "A variable that effects change but that no condition reads, or one not used at all."},
    {SV_RULE_VAR_UNCHANGED, "SV108", "variable-never-changed", SV_SEV_WARNING,
     "A variable that conditions read but that no effect changes."},
    {SV_RULE_UNTRANSLATED, "SV109", "untranslated-text", SV_SEV_WARNING,
     "A text that reads the same in every declared language."},
    {SV_RULE_POOL_UNUSED, "SV110", "unused-comment-pool", SV_SEV_WARNING,
     "A pool of crowd comments that no account of the audience can ever write from."},
    {SV_RULE_LONG_REPLY, "SV111", "long-public-reply", SV_SEV_WARNING,
     "A public reply the scoring model calls long (or a wall of many parts), not tagged `long`."},
    {SV_RULE_NO_VERDICT, "SV112", "missing-expert-verdict", SV_SEV_WARNING,
     "An option or part without its `expert` verdict or its `annotation`."},
    {SV_RULE_LOOP, "SV113", "zero-delay-loop", SV_SEV_ERROR,
     "Events that schedule each other at +0 s with nothing to stop them, or so often that every "
     "run's log fills before the end."},
    {SV_RULE_GUARDED_LOOP, "SV114", "guarded-zero-delay-loop", SV_SEV_WARNING,
     "Events that schedule each other at +0 s, stopped only if a `when` turns false."},
    {SV_RULE_BEFORE_POST, "SV115", "decision-before-post", SV_SEV_WARNING,
     "A decision timed to open before the post it answers can appear."},
    {SV_RULE_GLYPH, "SV116", "missing-glyph", SV_SEV_WARNING,
     "A text with a character (mostly an emoji) the game's font has no glyph for, so the game "
     "leaves it out."},
    {SV_RULE_INJECT, "SV117", "inject-never-fires", SV_SEV_WARNING,
     "A workshop inject timed after the scenario's end, or one whose post, decision and event "
     "can never happen, so firing it changes nothing."},
    {SV_RULE_THREAD_FULL, "SV118", "thread-may-be-full", SV_SEV_WARNING,
     "An option or composer that answers in public in a thread whose channel takes a set number "
     "of answers (`replies`), which on some path may have had them all, so the game would not "
     "offer it there."},
    {SV_RULE_THREAD_FULL_NO_WAY, "SV119", "thread-full-no-way-forward", SV_SEV_WARNING,
     "A decision whose every answer, on some path, posts in public in a thread that may have had "
     "every answer its channel takes, so the player can only let it time out. A warning: the "
     "check counts each earlier decision at its most and does not follow conditions that exclude "
     "paths together."},
    {SV_RULE_HEDGE_NO_APOLOGY, "SV120", "hedged-without-apology", SV_SEV_WARNING,
     "An option tagged `hedged` (an apology that takes itself back) whose `structure` has no "
     "`apologise` part, or a composer part so tagged that is not one: the scoring model reads the "
     "tag only on an apology, so it says nothing there."},
    {SV_RULE_NAMED_NO_CONTACT, "SV121", "named-contact-without-contact", SV_SEV_WARNING,
     "An option tagged `named-contact` (a named person's own line) whose `structure` has no "
     "`contact` part, or a composer part so tagged that is not one: the scoring model reads the "
     "tag only beside a contact, so it says nothing there."},
    {SV_RULE_ACK_UNKNOWN, "SV122", "acknowledge-unknown-claim", SV_SEV_WARNING,
     "A composer part of kind `acknowledge` without `confirms`, or an option with `acknowledge` "
     "in its `structure` and neither `confirms` nor `denies`, answering a post with a claim the "
     "player does not know from the start: it confirms every claim of the post, that one too, "
     "which the scoring model judges as a guess. Name what it confirms, or make it `empathise`."},
    {SV_RULE_SORRY_IN_ACK, "SV123", "sorry-in-acknowledge", SV_SEV_WARNING,
     "A composer part of kind `acknowledge`, or an option with `acknowledge` and no `apologise` "
     "in its `structure`, whose text says sorry (\"we're sorry\", \"förlåt\", \"beklager\"): "
     "the scoring model reads an apology only from an `apologise` part, so this sorry counts for "
     "nothing. Give the sorry its own `apologise` part."},
};

const sv_LintRule *sv_lint_rules(size_t *count)
{
    *count = sizeof rules / sizeof rules[0];
    return rules;
}

const sv_LintRule *sv_lint_rule(int id)
{
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
        if (rules[i].id == id) return &rules[i];
    return NULL;
}

/* ---- where things are ------------------------------------------------------- */

void lint_node_ptr(const Lint *L, char kind, int32_t index, char out[LINT_PTR])
{
    const sv_Scenario *sc = L->sc;
    int32_t d;
    char base[LINT_PTR];
    switch (kind) {
    case 'p':
    case 'd':
    case 'e': sv_scenario_node_ptr(sc, kind, index, out, LINT_PTR); break;
    case 'n': snprintf(out, LINT_PTR, "/endings/%d", index); break;
    case 'o':
        d = sv_scenario_option_decision(sc, index);
        sv_scenario_node_ptr(sc, 'd', d, base, sizeof base);
        snprintf(out, LINT_PTR, "%.200s/options/%u", base,
                 d >= 0 ? (uint32_t)index - sc->decisions[d].options.start : 0u);
        break;
    case 'q':
        d = sv_scenario_part_decision(sc, index);
        sv_scenario_node_ptr(sc, 'd', d, base, sizeof base);
        snprintf(out, LINT_PTR, "%.200s/composer/parts/%u", base,
                 d >= 0 ? (uint32_t)index - sc->decisions[d].parts.start : 0u);
        break;
    default: out[0] = '\0';
    }
}

void lint_effect_ptr(const Lint *L, uint32_t effect, char out[LINT_PTR])
{
    const LintEffect *o = &L->own[effect];
    char base[LINT_PTR];
    switch (o->owner) {
    case OWN_OPTION: lint_node_ptr(L, 'o', o->index, base); break;
    case OWN_PART: lint_node_ptr(L, 'q', o->index, base); break;
    case OWN_EVENT: lint_node_ptr(L, 'e', o->index, base); break;
    default: lint_node_ptr(L, 'd', o->index, base); break;
    }
    const char *list = o->owner == OWN_COMPOSE   ? "/composer/effects"
                       : o->owner == OWN_TIMEOUT ? "/on_timeout"
                                                 : "/effects";
    snprintf(out, LINT_PTR, "%.200s%s/%u", base, list, o->at);
}

static void own_span(Lint *L, sv_Span sp, LintOwner owner, int32_t index)
{
    for (uint32_t i = 0; i < sp.count; i++) {
        uint64_t k = (uint64_t)sp.start + i;
        if (k >= L->sc->effect_count) return;
        L->own[k] = (LintEffect){(uint8_t)owner, index, i};
    }
}

static void own_effects(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    for (uint32_t i = 0; i < sc->option_count; i++)
        own_span(L, sc->options[i].effects, OWN_OPTION, (int32_t)i);
    for (uint32_t i = 0; i < sc->part_count; i++)
        own_span(L, sc->parts[i].effects, OWN_PART, (int32_t)i);
    for (uint32_t i = 0; i < sc->decision_count; i++) {
        own_span(L, sc->decisions[i].compose_effects, OWN_COMPOSE, (int32_t)i);
        own_span(L, sc->decisions[i].on_timeout, OWN_TIMEOUT, (int32_t)i);
    }
    for (uint32_t i = 0; i < sc->event_count; i++)
        own_span(L, sc->events[i].effects, OWN_EVENT, (int32_t)i);
}

/* "_check_allow": {"flag-never-read": "why"} at the top of a scenario file
 * allows a rule there (by name or code), with the reason in words. The loader
 * ignores "_" keys, so the index of the bytes is asked. */
static void read_allowed(Lint *L)
{
    size_t n, top, at;
    const sv_LintRule *all = sv_lint_rules(&n);
    size_t len;
    const char *bytes = L->ix ? sv_json_index_bytes(L->ix, &len) : NULL;
    if (!bytes || !sv_json_index_offset(L->ix, "/_check_allow", &top)) return;
    for (size_t i = 0; i < n; i++) {
        if (all[i].id < 100 || all[i].id >= 132 || all[i].severity != SV_SEV_WARNING) continue;
        for (int k = 0; k < 2; k++) {
            char ptr[LINT_PTR];
            snprintf(ptr, sizeof ptr, "/_check_allow/%s", k ? all[i].code : all[i].name);
            /* a reason is a string that is not empty */
            if (sv_json_index_offset(L->ix, ptr, &at) && at != top && at + 1 < len &&
                bytes[at] == '"' && bytes[at + 1] != '"')
                L->allowed |= 1u << (all[i].id - 100);
        }
    }
}

void lint_report(Lint *L, int rule, const char *ptr, const char *fmt, ...)
{
    if (rule >= 100 && rule < 132 && (L->allowed & (1u << (rule - 100)))) return;
    const sv_LintRule *r = sv_lint_rule(rule);
    int line = 0, col = 0;
    if (L->ix) (void)sv_json_index_locate(L->ix, ptr, &line, &col);
    size_t before = L->diags->count;
    va_list ap;
    va_start(ap, fmt);
    sv_diag_addv(L->diags, r ? r->severity : SV_SEV_WARNING, L->file, ptr, line, col, fmt, ap);
    va_end(ap);
    if (L->diags->count > before) L->diags->items[L->diags->count - 1].rule = rule;
}

/* ---- conditions ---------------------------------------------------------------- */

static bool cmp_range(int64_t lo, int64_t hi, uint8_t op, int64_t v, bool want)
{
    /* some x in lo..hi with (x op v) == want; the extremes and v's neighbours suffice */
    int64_t cand[5] = {lo, hi, v - 1, v, v + 1};
    for (int i = 0; i < 5; i++)
        if (cand[i] >= lo && cand[i] <= hi && sv_compare(cand[i], op, v) == want) return true;
    return false;
}

static void meter_range(int32_t m, int64_t *lo, int64_t *hi)
{
    *lo = 0;
    *hi = m == SV_METER_REACH ? INT32_MAX : SV_METER_MAX;
}

static bool kid_ok(const sv_Scenario *sc, const sv_Cond *c, uint32_t i, int32_t *kid)
{
    uint64_t k = (uint64_t)c->kids_start + i;
    if (k >= sc->cond_kid_count || sc->cond_kids[k] >= sc->cond_count) return false;
    *kid = (int32_t)sc->cond_kids[k];
    return true;
}

static LintCan can_at(const Lint *L, int32_t cond, unsigned depth)
{
    const sv_Scenario *sc = L->sc;
    LintCan any = {true, true};
    if (cond == -1) return (LintCan){true, false};
    if (!sv_in_range(cond, sc->cond_count) || depth > SV_MAX_COND_DEPTH + 1) return any;
    const sv_Cond *c = &sc->conds[cond];
    int64_t lo, hi;
    switch (c->kind) {
    case SV_COND_TRUE: return (LintCan){true, false};
    case SV_COND_FLAG:
        return (LintCan){sv_in_range(c->ref, sc->flag_count) && L->flag_set[c->ref], true};
    case SV_COND_VAR:
        if (!sv_in_range(c->ref, sc->var_count)) return any;
        lo = L->var_lo[c->ref];
        hi = L->var_hi[c->ref];
        return (LintCan){cmp_range(lo, hi, c->op, c->value, true),
                         cmp_range(lo, hi, c->op, c->value, false)};
    case SV_COND_METER:
        meter_range(c->ref, &lo, &hi);
        return (LintCan){cmp_range(lo, hi, c->op, c->value, true),
                         cmp_range(lo, hi, c->op, c->value, false)};
    case SV_COND_CHOSE:
        return (LintCan){sv_in_range(c->ref, sc->option_count) && L->opt_taken[c->ref], true};
    case SV_COND_SEEN:
        return (LintCan){sv_in_range(c->ref, sc->post_count) && L->post_can[c->ref], true};
    case SV_COND_ANSWERED:
        return (LintCan){sv_in_range(c->ref, sc->decision_count) && L->dec_answer[c->ref], true};
    case SV_COND_TIME:
        return (LintCan){cmp_range(L->t0, L->t1, c->op, c->value, true),
                         cmp_range(L->t0, L->t1, c->op, c->value, false)};
    case SV_COND_KNOWN:
        if (!sv_in_range(c->ref, sc->fact_count)) return any;
        return (LintCan){L->fact_known[c->ref] != 0, !sc->facts[c->ref].known};
    default: break;
    }
    LintCan out = c->kind == SV_COND_ANY ? (LintCan){false, true} : (LintCan){true, false};
    for (uint32_t i = 0; i < c->kids_count; i++) {
        int32_t k;
        if (!kid_ok(sc, c, i, &k)) return any;
        LintCan kc = can_at(L, k, depth + 1);
        if (c->kind == SV_COND_NOT) return (LintCan){kc.f, kc.t};
        if (c->kind == SV_COND_ALL) {
            out.t = out.t && kc.t; /* kids judged apart: never only when one never holds */
            out.f = out.f || kc.f;
        } else {
            out.t = out.t || kc.t;
            out.f = out.f && kc.f;
        }
    }
    return c->kind == SV_COND_NOT ? any : out;
}

LintCan lint_cond_can(const Lint *L, int32_t cond) { return can_at(L, cond, 0); }

static const char *cond_key(uint8_t kind)
{
    static const char *const keys[] = {"",         "flag",    "var",   "meter", "chose", "seen",
                                       "answered", "elapsed", "known", "not",   "all",   "any"};
    return kind < sizeof keys / sizeof keys[0] ? keys[kind] : "";
}

/* Why `cond` can never be `want`: the leaf to blame, its pointer and words. */
static void why_never(const Lint *L, int32_t cond, bool want, char ptr[LINT_PTR], char *why,
                      size_t size, unsigned depth)
{
    const sv_Scenario *sc = L->sc;
    if (!sv_in_range(cond, sc->cond_count) || depth > SV_MAX_COND_DEPTH + 1) {
        snprintf(why, size, "it is %s", want ? "false" : "true");
        return;
    }
    const sv_Cond *c = &sc->conds[cond];
    char at[LINT_PTR];
    if (c->kind == SV_COND_NOT || c->kind == SV_COND_ALL || c->kind == SV_COND_ANY) {
        bool kid_want = c->kind == SV_COND_NOT ? !want : want;
        for (uint32_t i = 0; i < c->kids_count; i++) {
            int32_t k;
            if (!kid_ok(sc, c, i, &k)) break;
            LintCan kc = can_at(L, k, depth + 1);
            if (kid_want ? kc.t : kc.f) continue;
            if (c->kind == SV_COND_NOT)
                snprintf(at, sizeof at, "%.240s/not", ptr);
            else
                snprintf(at, sizeof at, "%.240s/%s/%u", ptr, cond_key(c->kind), i);
            memcpy(ptr, at, LINT_PTR);
            why_never(L, k, kid_want, ptr, why, size, depth + 1);
            return;
        }
        snprintf(why, size, "it is %s", want ? "false" : "true");
        return;
    }
    if (c->kind != SV_COND_TRUE) {
        snprintf(at, sizeof at, "%.240s/%s", ptr, cond_key(c->kind));
        memcpy(ptr, at, LINT_PTR);
    }
    int64_t lo, hi;
    switch (c->kind) {
    case SV_COND_FLAG:
        snprintf(why, size, "flag '%s' is never set by an effect that can run", sc->flags[c->ref]);
        break;
    case SV_COND_VAR:
        snprintf(why, size, "variable '%s' can only be %lld to %lld, so %s %s %d %s",
                 sc->vars[c->ref].id, (long long)L->var_lo[c->ref], (long long)L->var_hi[c->ref],
                 sc->vars[c->ref].id, (const char *[]){"<", "<=", "==", "!=", ">=", ">"}[c->op % 6],
                 c->value, want ? "never holds" : "always holds");
        break;
    case SV_COND_METER:
        meter_range(c->ref, &lo, &hi);
        snprintf(why, size, "meter '%s' never goes past %s, so the comparison %s",
                 sv_meter_name((sv_Meter)c->ref), c->ref == SV_METER_REACH ? "0" : "0 to 100",
                 want ? "never holds" : "always holds");
        break;
    case SV_COND_CHOSE:
        snprintf(why, size, "option '%s' can never be chosen", sc->options[c->ref].id);
        break;
    case SV_COND_SEEN: snprintf(why, size, "post '%s' never appears", sc->posts[c->ref].id); break;
    case SV_COND_ANSWERED:
        snprintf(why, size, "decision '%s' can never be answered", sc->decisions[c->ref].id);
        break;
    case SV_COND_TIME:
        if (want && L->t0 == 0 && L->t1 == (int64_t)sc->duration_ms)
            snprintf(why, size, "elapsed %d s is after the scenario's duration of %u s",
                     c->value / 1000, sc->duration_ms / 1000u);
        else if (want)
            snprintf(why, size, "elapsed %d s is never reached %s (%lld to %lld s)",
                     c->value / 1000, L->t_words ? L->t_words : "when it is checked",
                     (long long)(L->t0 / 1000), (long long)(L->t1 / 1000));
        else
            snprintf(why, size, "elapsed %d s always holds", c->value / 1000);
        break;
    case SV_COND_KNOWN:
        if (want)
            snprintf(why, size, "fact '%s' is never known: nothing that can happen reveals it",
                     sc->facts[c->ref].id);
        else
            snprintf(why, size, "fact '%s' is known from the start", sc->facts[c->ref].id);
        break;
    default: snprintf(why, size, "it is %s", want ? "false" : "true"); break;
    }
}

/* A `when` written as false (or an empty "any"): switched off on purpose. */
static bool switched_off(const sv_Scenario *sc, int32_t cond)
{
    return sv_in_range(cond, sc->cond_count) && sc->conds[cond].kind == SV_COND_ANY &&
           sc->conds[cond].kids_count == 0;
}

/* Reports `when` of a node that can never hold, at the leaf to blame. */
static void never_holds(Lint *L, int32_t cond, const char *node_ptr, const char *what)
{
    if (switched_off(L->sc, cond)) return;
    char ptr[LINT_PTR], why[240];
    snprintf(ptr, sizeof ptr, "%.240s/when", node_ptr);
    why_never(L, cond, true, ptr, why, sizeof why, 0);
    lint_report(L, SV_RULE_NEVER_HOLDS, ptr, "%s: its `when` can never hold: %s", what, why);
}

/* ---- nodes ------------------------------------------------------------------------ */

/* The first effect that schedules node `ref` of `kind` (an effect kind). One
 * pass over the effects per kind, so a scenario of unreachable nodes stays
 * linear. */
static int64_t first_naming(Lint *L, uint8_t kind, int32_t ref)
{
    const sv_Scenario *sc = L->sc;
    uint32_t n = kind == SV_EFFECT_POST       ? sc->post_count
                 : kind == SV_EFFECT_DECISION ? sc->decision_count
                                              : sc->event_count;
    int64_t **first = kind == SV_EFFECT_POST       ? &L->first_post
                      : kind == SV_EFFECT_DECISION ? &L->first_decision
                                                   : &L->first_event;
    if (!*first) {
        *first = malloc((n ? n : 1) * sizeof **first);
        if (!*first) return -1;
        for (uint32_t i = 0; i < n; i++) (*first)[i] = -1;
        for (uint32_t k = sc->effect_count; k-- > 0;)
            if (sc->effects[k].kind == kind && sv_in_range(sc->effects[k].ref, n))
                (*first)[sc->effects[k].ref] = k;
    }
    return sv_in_range(ref, n) ? (*first)[ref] : -1;
}

void lint_when(Lint *L, char kind, int32_t i)
{
    const sv_Scenario *sc = L->sc;
    int64_t end = sc->duration_ms, t0 = 0, t1 = end;
    L->t_words = kind == 'o' || kind == 'q' ? "while its decision is open" : "when it is due";
    if (kind == 'o' || kind == 'q') {
        i = kind == 'o' ? sv_scenario_option_decision(sc, i) : sv_scenario_part_decision(sc, i);
        kind = 'D'; /* the decision's time open */
    }
    if ((kind == 'p' && sv_in_range(i, sc->post_count) && sc->posts[i].at_ms != SV_NEVER &&
         first_naming(L, SV_EFFECT_POST, i) < 0)) {
        t0 = sc->posts[i].at_ms < 0 ? 0 : sc->posts[i].at_ms;
        t1 = sc->posts[i].at_ms < 0 ? 0 : t0 + sc->posts[i].jitter_ms;
    } else if ((kind == 'd' || kind == 'D') && sv_in_range(i, sc->decision_count) &&
               sc->decisions[i].at_ms != SV_NEVER && first_naming(L, SV_EFFECT_DECISION, i) < 0) {
        t0 = sc->decisions[i].at_ms;
        t1 = kind == 'd' ? t0 : t0 + sc->decisions[i].deadline_ms;
    } else if (kind == 'e' && sv_in_range(i, sc->event_count) && sc->events[i].at_ms != SV_NEVER &&
               first_naming(L, SV_EFFECT_EVENT, i) < 0) {
        t0 = t1 = sc->events[i].at_ms;
    }
    L->t0 = t0 < end ? t0 : end;
    L->t1 = t1 < end ? t1 : end;
}

/* Is the node one an inject adds? Then the inject, not an `at`, brings it on. */
static bool injected(const sv_Scenario *sc, char kind, int32_t i)
{
    for (uint32_t k = 0; k < sc->inject_count; k++) {
        const sv_Inject *in = &sc->injects[k];
        if ((kind == 'p' ? in->post : kind == 'd' ? in->decision : in->event) == i) return true;
    }
    return false;
}

static void never_scheduled(Lint *L, char kind, int32_t i, const char *what, const char *id,
                            uint8_t effect)
{
    char ptr[LINT_PTR], by[LINT_PTR];
    if (injected(L->sc, kind, i)) return; /* its inject never fires: SV117 says so */
    lint_node_ptr(L, kind, i, ptr);
    int64_t k = first_naming(L, effect, i);
    if (k < 0) {
        lint_report(L, SV_RULE_UNREACHABLE, ptr,
                    "%s '%s' can never happen: it has no `at`, and no effect schedules it; give "
                    "it an `at`, schedule it from an effect, or remove it",
                    what, id);
        return;
    }
    lint_effect_ptr(L, (uint32_t)k, by);
    lint_report(L, SV_RULE_UNREACHABLE, ptr,
                "%s '%s' can never happen: it has no `at`, and the effects that schedule it (%s) "
                "can never run",
                what, id, by);
}

static void check_posts_events(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    char ptr[LINT_PTR], what[120];
    for (uint32_t i = 0; i < sc->post_count; i++) {
        lint_node_ptr(L, 'p', (int32_t)i, ptr);
        if (!L->post_sched[i])
            never_scheduled(L, 'p', (int32_t)i, "post", sc->posts[i].id, SV_EFFECT_POST);
        else if (!L->post_can[i]) {
            snprintf(what, sizeof what, "post '%s' never appears", sc->posts[i].id);
            lint_when(L, 'p', (int32_t)i);
            never_holds(L, sc->posts[i].when, ptr, what);
        }
    }
    for (uint32_t i = 0; i < sc->event_count; i++) {
        lint_node_ptr(L, 'e', (int32_t)i, ptr);
        if (!L->ev_sched[i])
            never_scheduled(L, 'e', (int32_t)i, "event", sc->events[i].id, SV_EFFECT_EVENT);
        else if (!L->ev_fire[i]) {
            snprintf(what, sizeof what, "event '%s' never fires", sc->events[i].id);
            lint_when(L, 'e', (int32_t)i);
            never_holds(L, sc->events[i].when, ptr, what);
        }
    }
}

/* A decision that opens but cannot be answered: say what stands in the way. */
static void no_way_forward(Lint *L, uint32_t d, const char *ptr)
{
    const sv_Scenario *sc = L->sc;
    const sv_Decision *dec = &sc->decisions[d];
    uint32_t parts = 0;
    for (uint32_t i = 0; i < dec->parts.count; i++)
        parts += dec->parts.start + i < sc->part_count && L->part_can[dec->parts.start + i];
    char composer[160] = "";
    if (dec->parts.count > 0)
        snprintf(composer, sizeof composer,
                 "; its composer needs %u part%s and only %u can ever be enabled",
                 dec->compose_min ? dec->compose_min : 1u, dec->compose_min > 1 ? "s" : "", parts);
    lint_report(L, SV_RULE_NO_WAY_FORWARD, ptr,
                "decision '%s' opens, but the player can never answer it: %s%s; it can only time "
                "out",
                dec->id,
                dec->options.count ? "none of its options can ever be enabled"
                                   : "it has no options",
                composer);
}

static void check_decisions(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    char ptr[LINT_PTR], what[160];
    for (uint32_t d = 0; d < sc->decision_count; d++) {
        const sv_Decision *dec = &sc->decisions[d];
        lint_node_ptr(L, 'd', (int32_t)d, ptr);
        if (!L->dec_sched[d]) {
            never_scheduled(L, 'd', (int32_t)d, "decision", dec->id, SV_EFFECT_DECISION);
            continue;
        }
        if (!L->dec_open[d]) {
            snprintf(what, sizeof what, "decision '%s' never opens", dec->id);
            lint_when(L, 'd', (int32_t)d);
            never_holds(L, dec->when, ptr, what);
            continue;
        }
        for (uint32_t i = 0; i < dec->options.count && dec->options.start + i < sc->option_count;
             i++) {
            int32_t o = (int32_t)(dec->options.start + i);
            if (L->opt_can[o]) continue;
            char optr[LINT_PTR];
            lint_node_ptr(L, 'o', o, optr);
            snprintf(what, sizeof what, "option '%s' can never be chosen%s", sc->options[o].id,
                     dec->default_option == o ? " (only taken as the default at the deadline)"
                                              : "");
            lint_when(L, 'o', o);
            never_holds(L, sc->options[o].when, optr, what);
        }
        for (uint32_t i = 0; i < dec->parts.count && dec->parts.start + i < sc->part_count; i++) {
            int32_t p = (int32_t)(dec->parts.start + i);
            if (L->part_can[p]) continue;
            char pptr[LINT_PTR];
            lint_node_ptr(L, 'q', p, pptr);
            snprintf(what, sizeof what, "part '%s' can never be used", sc->parts[p].id);
            lint_when(L, 'q', p);
            never_holds(L, sc->parts[p].when, pptr, what);
        }
        if (!L->dec_answer[d]) no_way_forward(L, d, ptr);
        /* timed to open before its post: the player answers what is not there yet */
        if (dec->at_ms != SV_NEVER && sv_in_range(dec->about, sc->post_count)) {
            const sv_Post *p = &sc->posts[dec->about];
            if (p->at_ms != SV_NEVER && p->at_ms > dec->at_ms)
                lint_report(L, SV_RULE_BEFORE_POST, ptr,
                            "decision '%s' opens at %d s, before the post it answers ('%s', at "
                            "%d s) appears; open it at %d s or later",
                            dec->id, dec->at_ms / 1000, p->id, p->at_ms / 1000, p->at_ms / 1000);
        }
    }
}

static void check_endings(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    int32_t always = -1; /* the first ending whose `when` always holds */
    for (uint32_t i = 0; i < sc->ending_count; i++) {
        const sv_Ending *e = &sc->endings[i];
        lint_when(L, 'n', (int32_t)i);
        LintCan can = lint_cond_can(L, e->when);
        char ptr[LINT_PTR];
        lint_node_ptr(L, 'n', (int32_t)i, ptr);
        if (!L->end_named[i]) {
            if (always >= 0) {
                lint_report(L, SV_RULE_ENDING, ptr,
                            "ending '%s' can never be taken: ending '%s' before it always holds "
                            "(the first ending whose `when` holds is taken), and no `end` effect "
                            "that can run names it; move it before '%s'",
                            e->id, sc->endings[always].id, sc->endings[always].id);
            } else if (!can.t) {
                char why[240];
                snprintf(ptr + strlen(ptr), LINT_PTR - strlen(ptr), "/when");
                why_never(L, e->when, true, ptr, why, sizeof why, 0);
                lint_report(L, SV_RULE_ENDING, ptr,
                            "ending '%s' can never be taken: its `when` can never hold (%s), "
                            "and no `end` effect that can run names it",
                            e->id, why);
            }
        }
        if (always < 0 && !can.f) always = (int32_t)i;
    }
}

/* An inject the facilitator can fire but that changes nothing: timed after
 * the end, or adding only what can never happen (the nodes' own findings say
 * why). */
static void check_injects(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    char ptr[LINT_PTR];
    for (uint32_t i = 0; i < sc->inject_count; i++) {
        const sv_Inject *in = &sc->injects[i];
        snprintf(ptr, sizeof ptr, "/injects/%u", i);
        if (in->at_ms != SV_NEVER && (uint32_t)in->at_ms > sc->duration_ms) {
            snprintf(ptr + strlen(ptr), sizeof ptr - strlen(ptr), "/at");
            lint_report(L, SV_RULE_INJECT, ptr,
                        "inject '%s' can never fire: it is timed at %d s, after the scenario's "
                        "duration of %u s; fire it earlier, or make it \"manual\": true",
                        in->id, in->at_ms / 1000, sc->duration_ms / 1000u);
            continue;
        }
        bool post = sv_in_range(in->post, sc->post_count) && L->post_can[in->post];
        bool dec = sv_in_range(in->decision, sc->decision_count) && L->dec_open[in->decision];
        bool ev = sv_in_range(in->event, sc->event_count) && L->ev_fire[in->event];
        if (post || dec || ev) continue;
        const char *parts[3];
        size_t n = 0;
        if (in->post >= 0) parts[n++] = "its post never appears";
        if (in->decision >= 0) parts[n++] = "its decision never opens";
        if (in->event >= 0) parts[n++] = "its event never fires";
        char why[120] = "";
        for (size_t k = 0; k < n; k++)
            snprintf(why + strlen(why), sizeof why - strlen(why), "%s%s",
                     k == 0       ? ""
                     : k + 1 == n ? " and "
                                  : ", ",
                     parts[k]);
        lint_report(L, SV_RULE_INJECT, ptr,
                    "inject '%s' %s, but nothing it adds can ever happen: %s; loosen the `when` "
                    "that stops it",
                    in->id, in->at_ms == SV_NEVER ? "can be fired" : "fires", why);
    }
}

/* ---- the whole check --------------------------------------------------------------- */

static void *zalloc(size_t count, size_t size) { return calloc(count ? count : 1, size); }

static bool alloc_lint(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    L->own = zalloc(sc->effect_count, sizeof *L->own);
    L->post_sched = zalloc(sc->post_count, 1);
    L->post_can = zalloc(sc->post_count, 1);
    L->dec_sched = zalloc(sc->decision_count, 1);
    L->dec_open = zalloc(sc->decision_count, 1);
    L->dec_answer = zalloc(sc->decision_count, 1);
    L->compose_can = zalloc(sc->decision_count, 1);
    L->opt_can = zalloc(sc->option_count, 1);
    L->opt_taken = zalloc(sc->option_count, 1);
    L->part_can = zalloc(sc->part_count, 1);
    L->ev_sched = zalloc(sc->event_count, 1);
    L->ev_fire = zalloc(sc->event_count, 1);
    L->ev_mult = zalloc(sc->event_count, sizeof *L->ev_mult);
    L->flag_set = zalloc(sc->flag_count, 1);
    L->fact_known = zalloc(sc->fact_count, 1);
    L->end_named = zalloc(sc->ending_count, 1);
    L->list_runs = zalloc(sc->effect_count, 1);
    L->var_lo = zalloc(sc->var_count, sizeof *L->var_lo);
    L->var_hi = zalloc(sc->var_count, sizeof *L->var_hi);
    return L->own && L->post_sched && L->post_can && L->dec_sched && L->dec_open && L->dec_answer &&
           L->compose_can && L->opt_can && L->opt_taken && L->part_can && L->ev_sched &&
           L->ev_fire && L->ev_mult && L->flag_set && L->fact_known && L->end_named &&
           L->list_runs && L->var_lo && L->var_hi;
}

static void free_lint(Lint *L)
{
    void *all[] = {L->own,        L->post_sched,  L->post_can, L->dec_sched, L->dec_open,
                   L->dec_answer, L->compose_can, L->opt_can,  L->opt_taken, L->part_can,
                   L->ev_sched,   L->ev_fire,     L->ev_mult,  L->flag_set,  L->fact_known,
                   L->end_named,  L->list_runs,   L->var_lo,   L->var_hi};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) free(all[i]);
    free(L->first_post);
    free(L->first_decision);
    free(L->first_event);
    sv_json_index_free(L->ix);
}

void sv_lint_scenario(const sv_Scenario *sc, const char *file, const char *bytes, size_t len,
                      const sv_LintOptions *opt, sv_DiagList *diags)
{
    sv_LintOptions none = {0};
    if (!sc) return;
    Lint L = {.sc = sc, .opt = opt ? opt : &none, .diags = diags, .file = file ? file : ""};
    L.t1 = sc->duration_ms;
    if (!alloc_lint(&L)) {
        free_lint(&L);
        sv_diag_add(diags, SV_SEV_WARNING, L.file, "", 0, 0,
                    "out of memory: the authoring checks were not run on this scenario");
        return;
    }
    if (bytes) L.ix = sv_json_index_build(bytes, len);
    read_allowed(&L);
    own_effects(&L);
    lint_reach(&L);
    check_posts_events(&L);
    check_decisions(&L);
    check_endings(&L);
    check_injects(&L);
    lint_loops(&L);
    lint_flags_vars(&L);
    lint_texts(&L);
    lint_pools(&L);
    lint_verdicts(&L);
    lint_long_replies(&L);
    lint_tags_beside_kinds(&L);
    lint_ack_unknown(&L);
    lint_sorry_in_ack(&L);
    lint_thread_limits(&L);
    free_lint(&L);
}
