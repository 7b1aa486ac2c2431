/* Building scenarios by hand for unit tests (see build_scenario.h). */
#include "build_scenario.h"

#include <setjmp.h>
#include <stdarg.h>
#include <string.h>

#include <cmocka.h>

sv_TestBuild B;
const sv_Span NOFX = {0, 0};

void b_reset(uint32_t duration_ms)
{
    memset(&B, 0, sizeof B);
    B.sc.id = "test";
    B.sc.duration_ms = duration_ms;
    B.sc.meters_initial[SV_METER_REPUTATION] = 600;
    B.sc.meters_initial[SV_METER_SENTIMENT] = 500;
    B.sc.meters_initial[SV_METER_MOOD] = 200;
    B.sc.channels = B.channels;
    B.sc.personas = B.personas;
    B.sc.posts = B.posts;
    B.sc.decisions = B.decisions;
    B.sc.options = B.options;
    B.sc.parts = B.parts;
    B.sc.events = B.events;
    B.sc.endings = B.endings;
    B.sc.conds = B.conds;
    B.sc.cond_kids = B.kids;
    B.sc.effects = B.effects;
    B.sc.vars = B.vars;
    B.sc.flags = B.flags;
}

sv_Text b_text(const char *s)
{
    sv_Text t;
    for (int l = 0; l < SV_LANG_COUNT; l++) t.s[l] = s;
    return t;
}

int32_t b_flag(const char *id)
{
    B.flags[B.sc.flag_count] = id;
    return (int32_t)B.sc.flag_count++;
}

int32_t b_var(const char *id, int32_t initial, int32_t min, int32_t max)
{
    B.vars[B.sc.var_count] = (sv_Var){id, initial, min, max};
    return (int32_t)B.sc.var_count++;
}

int32_t b_channel(const char *id, sv_ChannelType type, bool watched)
{
    B.channels[B.sc.channel_count] = (sv_Channel){.id = id, .type = type, .watched = watched};
    return (int32_t)B.sc.channel_count++;
}

int32_t b_persona(const char *id, sv_Role role)
{
    B.personas[B.sc.persona_count] = (sv_Persona){.id = id, .name = id, .role = role};
    return (int32_t)B.sc.persona_count++;
}

int32_t b_post(const char *id, int32_t at_ms, uint32_t jitter_ms, int32_t when)
{
    sv_Post *p = &B.posts[B.sc.post_count];
    p->id = id;
    p->at_ms = at_ms;
    p->jitter_ms = jitter_ms;
    p->reply_to = -1;
    p->same_as = -1;
    p->same_fault = -1;
    p->claim_true = true;
    p->when = when;
    return (int32_t)B.sc.post_count++;
}

int32_t b_decision(const char *id, int32_t at_ms, uint32_t deadline_ms, int32_t when)
{
    sv_Decision *d = &B.decisions[B.sc.decision_count];
    d->id = id;
    d->at_ms = at_ms;
    d->about = -1;
    d->deadline_ms = deadline_ms;
    d->default_option = -1;
    d->options.start = B.sc.option_count;
    d->parts.start = B.sc.part_count;
    d->compose_min = 1;
    d->compose_max = 5;
    d->compose_public = true;
    d->when = when;
    return (int32_t)B.sc.decision_count++;
}

int32_t b_option(int32_t d, const char *id, int32_t when, sv_Span effects)
{
    sv_Decision *dec = &B.decisions[d];
    assert_int_equal(dec->options.start + dec->options.count, B.sc.option_count);
    sv_Option *o = &B.options[B.sc.option_count];
    o->id = id;
    o->target = -1;
    o->when = when;
    o->effects = effects;
    dec->options.count++;
    return (int32_t)B.sc.option_count++;
}

int32_t b_part(int32_t d, const char *id, int32_t when, sv_Span effects)
{
    sv_Decision *dec = &B.decisions[d];
    assert_int_equal(dec->parts.start + dec->parts.count, B.sc.part_count);
    sv_Part *p = &B.parts[B.sc.part_count];
    p->id = id;
    p->when = when;
    p->effects = effects;
    dec->parts.count++;
    return (int32_t)B.sc.part_count++;
}

int32_t b_event(const char *id, int32_t at_ms, int32_t when, sv_Span effects)
{
    B.events[B.sc.event_count] =
        (sv_EventDef){.id = id, .at_ms = at_ms, .when = when, .effects = effects};
    return (int32_t)B.sc.event_count++;
}

int32_t b_ending(const char *id, int32_t when)
{
    B.endings[B.sc.ending_count] = (sv_Ending){.id = id, .when = when};
    return (int32_t)B.sc.ending_count++;
}

sv_Effect fx(sv_EffectKind kind, int32_t ref, int32_t value, uint32_t after_ms)
{
    return (sv_Effect){.kind = (uint8_t)kind, .ref = ref, .value = value, .after_ms = after_ms};
}

sv_Span b_fx(size_t n, const sv_Effect *list)
{
    sv_Span sp = {B.sc.effect_count, (uint32_t)n};
    for (size_t i = 0; i < n; i++) B.effects[B.sc.effect_count++] = list[i];
    return sp;
}

int32_t b_cond(sv_CondKind kind, sv_CmpOp op, int32_t ref, int32_t value)
{
    B.conds[B.sc.cond_count] =
        (sv_Cond){.kind = (uint8_t)kind, .op = (uint8_t)op, .ref = ref, .value = value};
    return (int32_t)B.sc.cond_count++;
}

int32_t b_group(sv_CondKind kind, size_t n, const int32_t *kids)
{
    int32_t c = b_cond(kind, SV_OP_EQ, 0, 0);
    B.conds[c].kids_start = B.sc.cond_kid_count;
    B.conds[c].kids_count = (uint32_t)n;
    for (size_t i = 0; i < n; i++) B.kids[B.sc.cond_kid_count++] = (uint32_t)kids[i];
    return c;
}

void b_start(sv_Session *s, uint64_t seed)
{
    assert_int_equal(sv_session_init(s, &B.sc, seed), SV_OK);
}

sv_InputResult b_choose(sv_Session *s, int32_t d, int32_t opt)
{
    sv_Input in = {.kind = SV_INPUT_CHOOSE, .decision = d, .option = opt};
    return sv_session_apply(s, &in);
}

sv_InputResult b_compose(sv_Session *s, int32_t d, sv_Visibility vis, size_t n,
                         const int32_t *parts)
{
    sv_Input in = {.kind = SV_INPUT_COMPOSE,
                   .decision = d,
                   .option = -1,
                   .part_count = (uint8_t)n,
                   .visibility = vis};
    for (size_t i = 0; i < n; i++) in.parts[i] = parts[i];
    return sv_session_apply(s, &in);
}
