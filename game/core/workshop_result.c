/* Result files (svara/workshop.h): a team's plays built from finished runs,
 * and written as JSON. Each play keeps, per decision, what was offered and
 * chosen, when, the meters before and after, and every rule that fired with
 * its principles, so the report and the exports need neither the pack nor
 * the scoring model; and the replay, so the play can be checked again. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "core_util.h"
#include "load_common.h"
#include "session_internal.h"
#include "svara/debrief.h"
#include "svara/json.h"
#include "svara/native.h"
#include "svara/run.h"
#include "workshop_internal.h"

/* ---- the text buffer and small conversions ------------------------------------------------- */

void sv_sb_putn(sv_Sb *b, const char *s, size_t n)
{
    if (b->failed) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n + 1) cap *= 2;
        char *p = realloc(b->s, cap);
        if (!p) {
            b->failed = true;
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void sv_sb_put(sv_Sb *b, const char *s) { sv_sb_putn(b, s, strlen(s)); }

void sv_sb_printf(sv_Sb *b, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) {
        sv_sb_putn(b, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        b->failed = true;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sv_sb_putn(b, big, (size_t)n);
    free(big);
}

char *sv_sb_take(sv_Sb *b, size_t *len)
{
    char *s = b->failed ? NULL : b->s;
    if (b->failed) free(b->s);
    if (s && len) *len = b->len;
    if (!s && !b->failed) s = calloc(1, 1); /* nothing written: an empty text */
    memset(b, 0, sizeof *b);
    return s;
}

void sv_meter_text(sv_Meter m, int32_t v, char *out, size_t size)
{
    if (m == SV_METER_REACH) {
        snprintf(out, size, "%" PRId32, v);
        return;
    }
    int64_t a = v < 0 ? -(int64_t)v : v;
    if (a % SV_TENTHS_PER_POINT)
        snprintf(out, size, "%s%" PRId64 ".%" PRId64, v < 0 ? "-" : "", a / SV_TENTHS_PER_POINT,
                 a % SV_TENTHS_PER_POINT);
    else
        snprintf(out, size, "%s%" PRId64, v < 0 ? "-" : "", a / SV_TENTHS_PER_POINT);
}

void sv_seconds_text(uint32_t ms, char *out, size_t size)
{
    sv_load_ms_text((int32_t)(ms > SV_MAX_SCENARIO_MS ? SV_MAX_SCENARIO_MS : ms), out, size);
}

int sv_rule_sign(const sv_ScoreRule *rule)
{
    int64_t v = (int64_t)rule->effects[SV_METER_REPUTATION] + rule->effects[SV_METER_SENTIMENT] +
                rule->effects[SV_METER_MOOD];
    return v > 0 ? 1 : v < 0 ? -1 : 0;
}

void sv_result_moved(const sv_ResultDecision *d, int32_t out[SV_METER_COUNT])
{
    /* summed wide: a result file's rules may add up past what a meter holds */
    int64_t sum[SV_METER_COUNT] = {0};
    for (uint32_t i = 0; i < d->rule_count; i++)
        for (int k = 0; k < SV_METER_COUNT; k++) sum[k] += d->rules[i].applied[k];
    for (int k = 0; k < SV_METER_COUNT; k++)
        out[k] = (int32_t)sv_clamp_i64(sum[k], -SV_WORKSHOP_MAX_MOVED, SV_WORKSHOP_MAX_MOVED);
}

int64_t sv_result_decision_worth(const sv_ResultDecision *d)
{
    int32_t moved[SV_METER_COUNT];
    sv_result_moved(d, moved);
    return sv_debrief_worth(moved);
}

void sv_result_choice_key(const sv_ResultDecision *d, char *out, size_t size)
{
    if (d->option[0]) {
        snprintf(out, size, "%s", d->option);
        return;
    }
    size_t n = 0;
    out[0] = '\0';
    for (uint32_t i = 0; i < d->part_count && n + 1 < size; i++) {
        int w = snprintf(out + n, size - n, "%s%s", i ? "+" : "", d->parts[i]);
        if (w < 0) break;
        n += (size_t)w;
    }
    if (!d->part_count) snprintf(out, size, "-");
}

const sv_ResultPlay *sv_result_find_play(const sv_Result *r, const char *scenario)
{
    for (uint32_t i = 0; i < r->play_count; i++)
        if (strcmp(r->plays[i].scenario, scenario) == 0) return &r->plays[i];
    return NULL;
}

/* ---- a result from runs --------------------------------------------------------------------- */

static const char *dup(sv_Arena *a, const char *s)
{
    char *c = sv_arena_strdup(a, s ? s : "");
    return c ? c : "";
}

static void copy_person(sv_Arena *a, sv_Person *to, const sv_Person *from)
{
    to->name = dup(a, from->name);
    to->email = dup(a, from->email);
    to->account_home = dup(a, from->account_home);
    to->account_name = dup(a, from->account_name);
}

sv_Status sv_result_start(sv_Result *r, const sv_Workshop *w, int32_t team)
{
    memset(r, 0, sizeof *r);
    if (!sv_in_range(team, w->team_count)) return SV_ERR_INVALID;
    if (!(r->arena = sv_arena_create(16384))) return SV_ERR_NOMEM;
    r->workshop = dup(r->arena, w->id);
    r->workshop_name = dup(r->arena, w->name);
    r->has_lang = w->has_lang;
    r->lang = w->lang;
    copy_person(r->arena, &r->facilitator, &w->facilitator);
    r->pack = dup(r->arena, w->pack);
    r->pack_version = dup(r->arena, w->pack_version);
    r->seed = w->seed;
    const sv_Team *t = &w->teams[team];
    r->team.id = dup(r->arena, t->id);
    r->team.name = dup(r->arena, t->name);
    r->team.member_count = t->member_count;
    r->team.members = t->member_count
                          ? sv_arena_alloc(r->arena, t->member_count * sizeof *r->team.members)
                          : NULL;
    if (t->member_count && !r->team.members) {
        sv_result_free(r);
        return SV_ERR_NOMEM;
    }
    for (uint32_t i = 0; i < t->member_count; i++)
        copy_person(r->arena, &r->team.members[i], &t->members[i]);
    return SV_OK;
}

static void free_play(sv_ResultPlay *p) { sv_replay_free(&p->replay); }

void sv_result_free(sv_Result *r)
{
    if (!r) return;
    for (uint32_t i = 0; i < r->play_count; i++) free_play(&r->plays[i]);
    free(r->plays);
    sv_arena_free(r->arena);
    memset(r, 0, sizeof *r);
}

/* The meters at time t: the last sample at or before it, or the start. */
static void meters_at(const sv_Session *s, uint32_t t, int32_t out[SV_METER_COUNT])
{
    memcpy(out, s->sc->meters_initial, sizeof(int32_t) * SV_METER_COUNT);
    const sv_ScoreState *st = s->score;
    for (size_t i = 0; i < st->history_count && st->history[i].t_ms <= t; i++)
        memcpy(out, st->history[i].meters, sizeof(int32_t) * SV_METER_COUNT);
}

static void fill_rule(sv_Arena *a, const sv_ScoreModel *m, const sv_Firing *f, sv_Lang lang,
                      sv_ResultRule *out)
{
    const sv_ScoreRule *rule = sv_in_range(f->rule, m->rule_count) ? &m->rules[f->rule] : NULL;
    out->rule = dup(a, rule ? rule->id : "");
    out->principles = rule ? rule->principles : 0;
    out->sign = (int8_t)(rule ? sv_rule_sign(rule) : 0);
    out->trigger = f->trigger;
    out->t_ms = f->t_ms;
    out->count = f->count;
    memcpy(out->applied, f->applied, sizeof out->applied);
    out->explain = dup(a, rule ? sv_text_get(&rule->explain, lang) : "");
}

/* The reply's words: the option's text, or the parts' in the player's order. */
static const char *reply_words(sv_Arena *a, const sv_Scenario *sc, const sv_Reply *r, sv_Lang lang)
{
    const sv_Option *o = sv_reply_option(sc, r);
    if (o) return dup(a, sv_text_get(&o->text, lang));
    size_t n = 1;
    for (uint8_t i = 0; i < r->part_count; i++)
        n += strlen(sv_text_get(&sc->parts[r->parts[i]].text, lang)) + 1;
    char *s = sv_arena_alloc(a, n);
    if (!s) return "";
    s[0] = '\0';
    for (uint8_t i = 0; i < r->part_count; i++) {
        if (i) strcat(s, " ");
        strcat(s, sv_text_get(&sc->parts[r->parts[i]].text, lang));
    }
    return s;
}

static bool fill_choices(sv_Arena *a, const sv_Scenario *sc, const sv_Decision *de, sv_Lang lang,
                         sv_ResultDecision *d)
{
    d->choice_count = de->options.count + de->parts.count;
    d->choices = d->choice_count ? sv_arena_alloc(a, d->choice_count * sizeof *d->choices) : NULL;
    if (d->choice_count && !d->choices) return false;
    for (uint32_t i = 0; i < de->options.count; i++) {
        const sv_Option *o = &sc->options[de->options.start + i];
        d->choices[i] =
            (sv_ResultChoice){dup(a, o->id), dup(a, sv_text_get(&o->text, lang)), false};
    }
    for (uint32_t i = 0; i < de->parts.count; i++) {
        const sv_Part *p = &sc->parts[de->parts.start + i];
        d->choices[de->options.count + i] =
            (sv_ResultChoice){dup(a, p->id), dup(a, sv_text_get(&p->text, lang)), true};
    }
    return true;
}

/* One decision that opened: what was offered, what went out, what it set off. */
static bool fill_decision(sv_Arena *a, const sv_Run *run, int32_t di, sv_Lang lang,
                          sv_ResultDecision *d)
{
    const sv_Session *s = &run->s;
    const sv_Scenario *sc = s->sc;
    const sv_Decision *de = &sc->decisions[di];
    uint8_t st = s->decision_state[di];
    d->decision = dup(a, de->id);
    d->prompt = dup(a, sv_text_get(&de->prompt, lang));
    d->state = st == SV_DEC_ANSWERED    ? SV_RESULT_ANSWERED
               : st == SV_DEC_TIMED_OUT ? SV_RESULT_TIMED_OUT
                                        : SV_RESULT_LAPSED;
    d->open_ms = s->decision_open_ms[di];
    d->close_ms = d->state == SV_RESULT_LAPSED ? s->now_ms : s->decision_close_ms[di];
    d->taken_ms = d->close_ms >= d->open_ms ? d->close_ms - d->open_ms : 0;
    d->option = d->reply = "";
    int32_t ri = s->decision_reply[di];
    if (sv_in_range(ri, (uint32_t)s->reply_count)) {
        const sv_Reply *r = &s->replies[ri];
        d->by_default = r->by_default;
        d->visibility = r->visibility;
        if (r->option >= 0) d->option = dup(a, sc->options[r->option].id);
        d->part_count = r->part_count;
        d->parts = r->part_count ? sv_arena_alloc(a, r->part_count * sizeof *d->parts) : NULL;
        if (r->part_count && !d->parts) return false;
        for (uint8_t i = 0; i < r->part_count; i++) d->parts[i] = dup(a, sc->parts[r->parts[i]].id);
        d->reply = reply_words(a, sc, r, lang);
    }
    if (!fill_choices(a, sc, de, lang, d)) return false;
    uint32_t settled = d->close_ms;
    const sv_ScoreState *score = s->score;
    for (size_t i = 0; i < score->firing_count; i++)
        if (score->firings[i].decision == di) d->rule_count++;
    d->rules = d->rule_count ? sv_arena_alloc(a, d->rule_count * sizeof *d->rules) : NULL;
    if (d->rule_count && !d->rules) return false;
    uint32_t n = 0;
    for (size_t i = 0; i < score->firing_count; i++) {
        const sv_Firing *f = &score->firings[i];
        if (f->decision != di) continue;
        fill_rule(a, run->model, f, lang, &d->rules[n++]);
        /* a delayed reply moves the meters when it goes out, not when chosen */
        if (f->trigger == SV_TRIGGER_REPLY || f->trigger == SV_TRIGGER_TIMEOUT)
            settled = f->last_ms > settled ? f->last_ms : settled;
    }
    meters_at(s, d->open_ms, d->before);
    meters_at(s, settled, d->after);
    return true;
}

/* A decision that opened (open, answered or timed out). */
static bool opened(const sv_Session *s, uint32_t d)
{
    uint8_t st = s->decision_state[d];
    return st == SV_DEC_OPEN || st == SV_DEC_ANSWERED || st == SV_DEC_TIMED_OUT;
}

/* A decision that has closed (answered or timed out): a live play's so far. */
static bool closed(const sv_Session *s, uint32_t d)
{
    uint8_t st = s->decision_state[d];
    return st == SV_DEC_ANSWERED || st == SV_DEC_TIMED_OUT;
}

static bool fill_history(sv_Arena *a, const sv_Session *s, sv_ResultPlay *p)
{
    const sv_ScoreState *st = s->score;
    size_t n = st->history_count;
    uint32_t keep = n > SV_WORKSHOP_MAX_HISTORY ? SV_WORKSHOP_MAX_HISTORY : (uint32_t)n;
    /* the start too, so a chart begins where the run did */
    p->history = sv_arena_alloc(a, (keep + 1u) * sizeof *p->history);
    if (!p->history) return false;
    p->history[0].t_ms = 0;
    memcpy(p->history[0].meters, s->sc->meters_initial, sizeof p->history[0].meters);
    p->history_count = 1;
    for (uint32_t k = 0; k < keep; k++) {
        /* evenly spread over the samples when there are too many; the last is kept */
        size_t i = keep < 2 ? n - 1 : (size_t)((uint64_t)k * (n - 1) / (keep - 1));
        if (st->history[i].t_ms == 0 && p->history_count == 1)
            p->history_count = 0; /* a sample at 0 replaces the start */
        p->history[p->history_count++] = st->history[i];
    }
    return true;
}

static bool fill_play(sv_Arena *a, const sv_Run *run, int64_t started, sv_Lang lang,
                      int32_t pass_score, bool live, sv_ResultPlay *p)
{
    const sv_Session *s = &run->s;
    const sv_Scenario *sc = s->sc;
    memset(p, 0, sizeof *p);
    p->scenario = dup(a, sc->id);
    p->title = dup(a, sv_text_get(&sc->title, lang));
    p->lang = lang;
    p->in_progress = live;
    p->started = started;
    p->end_ms = s->now_ms;
    bool ended = sv_in_range(s->ending, sc->ending_count);
    p->ending = dup(a, ended ? sc->endings[s->ending].id : "");
    p->ending_title = dup(a, ended ? sv_text_get(&sc->endings[s->ending].title, lang) : "");
    p->score = sv_grade_score(s->meters);
    p->grade = sv_grade_letter(p->score);
    p->pass_score = pass_score;
    memcpy(p->meters, s->meters, sizeof p->meters);
    p->hash = sv_session_hash(s);
    /* a deep copy of the recorded inputs: the run may go before the result */
    sv_Replay rec = sv_run_recording(run);
    p->replay = rec;
    p->replay.inputs = NULL;
    p->replay.input_count = p->replay.input_cap = 0;
    if (rec.input_count) {
        p->replay.inputs = malloc(rec.input_count * sizeof *rec.inputs);
        if (!p->replay.inputs) return false;
        memcpy(p->replay.inputs, rec.inputs, rec.input_count * sizeof *rec.inputs);
        p->replay.input_count = p->replay.input_cap = rec.input_count;
    }
    size_t n = 0;
    int32_t *order = sv_session_decisions_by_opening(s, live ? closed : opened, &n);
    if (!order) return false;
    p->decisions = n ? sv_arena_alloc(a, n * sizeof *p->decisions) : NULL;
    bool ok = !n || p->decisions;
    for (size_t i = 0; ok && i < n; i++) {
        memset(&p->decisions[i], 0, sizeof p->decisions[i]);
        ok = fill_decision(a, run, order[i], lang, &p->decisions[i]);
    }
    p->decision_count = ok ? (uint32_t)n : 0;
    free(order);
    const sv_ScoreState *st = s->score;
    for (size_t i = 0; i < st->firing_count; i++)
        if (!sv_in_range(st->firings[i].decision, sc->decision_count)) p->standing_count++;
    p->standing =
        p->standing_count ? sv_arena_alloc(a, p->standing_count * sizeof *p->standing) : NULL;
    ok = ok && (!p->standing_count || p->standing);
    uint32_t k = 0;
    for (size_t i = 0; ok && i < st->firing_count; i++)
        if (!sv_in_range(st->firings[i].decision, sc->decision_count))
            fill_rule(a, run->model, &st->firings[i], lang, &p->standing[k++]);
    return ok && fill_history(a, s, p);
}

static sv_Status add_play(sv_Result *r, const sv_Run *run, int64_t started, sv_Lang lang,
                          int32_t pass_score, bool live)
{
    uint32_t slot = r->play_count;
    for (uint32_t i = 0; i < r->play_count; i++)
        if (strcmp(r->plays[i].scenario, run->sc->id) == 0) slot = i;
    if (slot == r->play_count && r->play_count == r->play_cap) {
        uint32_t cap = r->play_cap ? r->play_cap * 2 : 4;
        sv_ResultPlay *p = realloc(r->plays, cap * sizeof *p);
        if (!p) return SV_ERR_NOMEM;
        r->plays = p;
        r->play_cap = cap;
    }
    sv_ResultPlay play;
    if (!fill_play(r->arena, run, started, lang, pass_score, live, &play)) {
        free_play(&play);
        return SV_ERR_NOMEM;
    }
    if (slot < r->play_count) free_play(&r->plays[slot]);
    r->plays[slot] = play;
    if (slot == r->play_count) r->play_count++;
    return SV_OK;
}

sv_Status sv_result_add_play(sv_Result *r, const sv_Run *run, int64_t started, sv_Lang lang,
                             int32_t pass_score)
{
    if (!r->arena || !run || !run->started || !run->s.ended || !run->s.score || !run->model)
        return SV_ERR_INVALID;
    return add_play(r, run, started, lang, pass_score, false);
}

sv_Status sv_result_add_live(sv_Result *r, const sv_Run *run, int64_t started, sv_Lang lang,
                             int32_t pass_score)
{
    if (!r->arena || !run || !run->started || run->s.ended || !run->s.score || !run->model)
        return SV_ERR_INVALID;
    return add_play(r, run, started, lang, pass_score, true);
}

/* ---- writing -------------------------------------------------------------------------------- */

static bool add_raw(cJSON *o, const char *key, const char *text)
{
    return cJSON_AddRawToObject(o, key, text) != NULL;
}

static bool add_seconds(cJSON *o, const char *key, uint32_t ms)
{
    char t[32];
    sv_seconds_text(ms, t, sizeof t);
    return add_raw(o, key, t);
}

bool sv_result_add_meters(cJSON *o, const char *key, const int32_t m[SV_METER_COUNT])
{
    cJSON *obj = cJSON_AddObjectToObject(o, key);
    bool ok = obj != NULL;
    for (int k = 0; ok && k < SV_METER_COUNT; k++) {
        char t[32];
        sv_meter_text((sv_Meter)k, m[k], t, sizeof t);
        ok = add_raw(obj, sv_meter_name((sv_Meter)k), t);
    }
    return ok;
}

static bool add_person(cJSON *o, const char *key, const sv_Person *p)
{
    cJSON *obj = cJSON_CreateObject();
    if (!obj) return false;
    if (key)
        cJSON_AddItemToObject(o, key, obj);
    else
        cJSON_AddItemToArray(o, obj);
    bool ok = cJSON_AddStringToObject(obj, "name", p->name) != NULL;
    if (ok && p->email[0]) ok = cJSON_AddStringToObject(obj, "email", p->email) != NULL;
    if (ok && p->account_home[0]) {
        cJSON *acc = cJSON_AddObjectToObject(obj, "account");
        ok = acc && cJSON_AddStringToObject(acc, "home", p->account_home) &&
             cJSON_AddStringToObject(acc, "name", p->account_name);
    }
    return ok;
}

static bool add_principles(cJSON *o, sv_PrincipleSet set)
{
    cJSON *arr = cJSON_AddArrayToObject(o, "principles");
    bool ok = arr != NULL;
    for (int k = 0; ok && k < SV_PRINCIPLE_COUNT; k++)
        if (set & (1u << k)) {
            cJSON *s = cJSON_CreateString(sv_principle_name((sv_Principle)k));
            ok = s && cJSON_AddItemToArray(arr, s);
        }
    return ok;
}

static bool add_rules(cJSON *o, const char *key, const sv_ResultRule *rules, uint32_t n)
{
    cJSON *arr = cJSON_AddArrayToObject(o, key);
    bool ok = arr != NULL;
    for (uint32_t i = 0; ok && i < n; i++) {
        const sv_ResultRule *r = &rules[i];
        cJSON *it = cJSON_CreateObject();
        ok = it && cJSON_AddItemToArray(arr, it);
        ok =
            ok && cJSON_AddStringToObject(it, "rule", r->rule) && add_principles(it, r->principles);
        ok = ok && cJSON_AddNumberToObject(it, "sign", r->sign) &&
             cJSON_AddStringToObject(it, "trigger", sv_trigger_name((sv_Trigger)r->trigger)) &&
             add_seconds(it, "t", r->t_ms) && cJSON_AddNumberToObject(it, "count", r->count) &&
             sv_result_add_meters(it, "moved", r->applied) &&
             cJSON_AddStringToObject(it, "explain", r->explain);
    }
    return ok;
}

static const char *const state_names[] = {"answered", "timed-out", "lapsed"};

static bool add_decision(cJSON *arr, const sv_ResultDecision *d)
{
    cJSON *o = cJSON_CreateObject();
    bool ok = o && cJSON_AddItemToArray(arr, o);
    ok = ok && cJSON_AddStringToObject(o, "decision", d->decision) &&
         cJSON_AddStringToObject(o, "prompt", d->prompt) &&
         cJSON_AddStringToObject(o, "state", state_names[d->state % 3]) &&
         add_seconds(o, "opened", d->open_ms) && add_seconds(o, "closed", d->close_ms) &&
         add_seconds(o, "taken", d->taken_ms);
    if (ok && d->option[0]) ok = cJSON_AddStringToObject(o, "option", d->option) != NULL;
    if (ok && d->part_count) {
        cJSON *parts = cJSON_AddArrayToObject(o, "parts");
        ok = parts != NULL;
        for (uint32_t i = 0; ok && i < d->part_count; i++) {
            cJSON *s = cJSON_CreateString(d->parts[i]);
            ok = s && cJSON_AddItemToArray(parts, s);
        }
    }
    if (ok && (d->option[0] || d->part_count))
        ok = cJSON_AddStringToObject(o, "visibility", sv_visibility_name(d->visibility)) &&
             cJSON_AddBoolToObject(o, "by_default", d->by_default) &&
             cJSON_AddStringToObject(o, "reply", d->reply);
    cJSON *choices = ok ? cJSON_AddArrayToObject(o, "choices") : NULL;
    ok = ok && choices;
    for (uint32_t i = 0; ok && i < d->choice_count; i++) {
        cJSON *c = cJSON_CreateObject();
        ok = c && cJSON_AddItemToArray(choices, c) &&
             cJSON_AddStringToObject(c, "id", d->choices[i].id) &&
             cJSON_AddStringToObject(c, "text", d->choices[i].text);
        if (ok && d->choices[i].part) ok = cJSON_AddBoolToObject(c, "part", true) != NULL;
    }
    return ok && sv_result_add_meters(o, "before", d->before) &&
           sv_result_add_meters(o, "after", d->after) &&
           add_rules(o, "rules", d->rules, d->rule_count);
}

static bool add_history(cJSON *o, const sv_ResultPlay *p)
{
    cJSON *arr = cJSON_AddArrayToObject(o, "history");
    bool ok = arr != NULL;
    for (uint32_t i = 0; ok && i < p->history_count; i++) {
        char row[160], t[32];
        sv_seconds_text(p->history[i].t_ms, t, sizeof t);
        size_t n = (size_t)snprintf(row, sizeof row, "[%s", t);
        for (int k = 0; k < SV_METER_COUNT && n < sizeof row; k++) {
            char v[32];
            sv_meter_text((sv_Meter)k, p->history[i].meters[k], v, sizeof v);
            n += (size_t)snprintf(row + n, sizeof row - n, ",%s", v);
        }
        if (n + 2 > sizeof row) return false;
        row[n] = ']';
        row[n + 1] = '\0';
        cJSON *raw = cJSON_CreateRaw(row);
        ok = raw && cJSON_AddItemToArray(arr, raw);
    }
    return ok;
}

static bool write_play(cJSON *arr, const sv_ResultPlay *p)
{
    cJSON *o = cJSON_CreateObject();
    bool ok = o && cJSON_AddItemToArray(arr, o);
    char when[40], hash[20];
    sv_iso_format(p->started * 1000, when, sizeof when);
    memcpy(when + 19, "Z", 2); /* whole seconds: "2026-12-04T09:00:00Z" */
    snprintf(hash, sizeof hash, "%016" PRIx64, p->hash);
    ok = ok && cJSON_AddStringToObject(o, "scenario", p->scenario) &&
         cJSON_AddStringToObject(o, "title", p->title) &&
         cJSON_AddStringToObject(o, "lang", sv_lang_code(p->lang)) &&
         cJSON_AddStringToObject(o, "started", when) && add_seconds(o, "end", p->end_ms) &&
         cJSON_AddStringToObject(o, "ending", p->ending) &&
         cJSON_AddStringToObject(o, "ending_title", p->ending_title);
    cJSON *grade = ok ? cJSON_AddObjectToObject(o, "grade") : NULL;
    char letter[2] = {p->grade, '\0'};
    ok = ok && grade && cJSON_AddNumberToObject(grade, "score", p->score) &&
         cJSON_AddStringToObject(grade, "letter", letter) &&
         cJSON_AddNumberToObject(grade, "pass", p->pass_score) &&
         sv_result_add_meters(o, "meters", p->meters) && cJSON_AddStringToObject(o, "hash", hash);
    char *replay = ok ? sv_replay_write(&p->replay) : NULL;
    cJSON *rep = replay ? cJSON_Parse(replay) : NULL;
    free(replay);
    ok = ok && rep;
    if (ok) cJSON_AddItemToObject(o, "replay", rep);
    cJSON *ds = ok ? cJSON_AddArrayToObject(o, "decisions") : NULL;
    ok = ok && ds;
    for (uint32_t i = 0; ok && i < p->decision_count; i++) ok = add_decision(ds, &p->decisions[i]);
    return ok && add_rules(o, "standing", p->standing, p->standing_count) && add_history(o, p);
}

char *sv_result_write(const sv_Result *r, size_t *len)
{
    cJSON *root = cJSON_CreateObject();
    bool ok = root && cJSON_AddNumberToObject(root, "format", SV_WORKSHOP_FORMAT);
    cJSON *w = ok ? cJSON_AddObjectToObject(root, "workshop") : NULL;
    ok = ok && w && cJSON_AddStringToObject(w, "id", r->workshop) &&
         cJSON_AddStringToObject(w, "name", r->workshop_name) &&
         add_person(w, "facilitator", &r->facilitator);
    if (ok && r->has_lang) ok = cJSON_AddStringToObject(w, "lang", sv_lang_code(r->lang)) != NULL;
    cJSON *pack = ok ? cJSON_AddObjectToObject(root, "pack") : NULL;
    ok = ok && pack && cJSON_AddStringToObject(pack, "id", r->pack) &&
         cJSON_AddStringToObject(pack, "version", r->pack_version);
    char seed[32];
    snprintf(seed, sizeof seed, "%" PRIu64, r->seed);
    ok = ok && add_raw(root, "seed", seed);
    cJSON *team = ok ? cJSON_AddObjectToObject(root, "team") : NULL;
    ok = ok && team && cJSON_AddStringToObject(team, "id", r->team.id) &&
         cJSON_AddStringToObject(team, "name", r->team.name);
    cJSON *members = ok ? cJSON_AddArrayToObject(team, "members") : NULL;
    ok = ok && members;
    for (uint32_t i = 0; ok && i < r->team.member_count; i++)
        ok = add_person(members, NULL, &r->team.members[i]);
    cJSON *plays = ok ? cJSON_AddArrayToObject(root, "plays") : NULL;
    ok = ok && plays;
    for (uint32_t i = 0; ok && i < r->play_count; i++)
        if (!r->plays[i].in_progress) ok = write_play(plays, &r->plays[i]);
    if (!ok) {
        cJSON_Delete(root);
        return NULL;
    }
    return sv_json_take_text(root, len);
}

sv_Status sv_result_save_file(const char *path, const sv_Result *r, sv_DiagList *diags)
{
    size_t len = 0;
    char *text = sv_result_write(r, &len);
    return sv_native_save_text(path, text, len, "result", diags);
}
