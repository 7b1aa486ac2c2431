/* Building scenarios by hand for unit tests: no loader, no files. One global
 * scenario at a time (B), reset with b_reset(); every b_* call appends one
 * element and returns its index. Options and parts are grouped by decision,
 * so add them right after their decision. */
#ifndef SV_TEST_BUILD_SCENARIO_H
#define SV_TEST_BUILD_SCENARIO_H

#include <stddef.h>
#include <stdint.h>

#include "svara/model.h"
#include "svara/session.h"

typedef struct sv_TestBuild {
    sv_Scenario sc;
    sv_Channel channels[4];
    sv_Persona personas[8];
    sv_Post posts[32];
    sv_Decision decisions[16];
    sv_Option options[64];
    sv_Part parts[48];
    sv_EventDef events[8];
    sv_Ending endings[4];
    sv_Cond conds[32];
    uint32_t kids[32];
    sv_Effect effects[64];
    sv_Var vars[4];
    const char *flags[8];
} sv_TestBuild;

extern sv_TestBuild B;
extern const sv_Span NOFX;

/* Meters start at reputation 60, sentiment 50, mood 20, reach 0. */
void b_reset(uint32_t duration_ms);
int32_t b_flag(const char *id);
int32_t b_var(const char *id, int32_t initial, int32_t min, int32_t max);
int32_t b_channel(const char *id, sv_ChannelType type, bool watched);
int32_t b_persona(const char *id, sv_Role role);
/* Channel and author 0, negative, claim true, no thread, same_as -1. */
int32_t b_post(const char *id, int32_t at_ms, uint32_t jitter_ms, int32_t when);
int32_t b_decision(const char *id, int32_t at_ms, uint32_t deadline_ms, int32_t when);
int32_t b_option(int32_t d, const char *id, int32_t when, sv_Span effects);
int32_t b_part(int32_t d, const char *id, int32_t when, sv_Span effects);
int32_t b_event(const char *id, int32_t at_ms, int32_t when, sv_Span effects);
int32_t b_ending(const char *id, int32_t when);
sv_Effect fx(sv_EffectKind kind, int32_t ref, int32_t value, uint32_t after_ms);
sv_Span b_fx(size_t n, const sv_Effect *list);
int32_t b_cond(sv_CondKind kind, sv_CmpOp op, int32_t ref, int32_t value);
int32_t b_group(sv_CondKind kind, size_t n, const int32_t *kids);
/* Sets every language of a text to one string. */
sv_Text b_text(const char *s);

#define FX(...)                                                                                    \
    b_fx(sizeof((sv_Effect[]){__VA_ARGS__}) / sizeof(sv_Effect), (sv_Effect[]){__VA_ARGS__})
#define GROUP(kind, ...)                                                                           \
    b_group(kind, sizeof((int32_t[]){__VA_ARGS__}) / sizeof(int32_t), (int32_t[]){__VA_ARGS__})

/* Running: init (asserting success), choose an option, compose a reply. */
void b_start(sv_Session *s, uint64_t seed);
sv_InputResult b_choose(sv_Session *s, int32_t d, int32_t opt);
sv_InputResult b_compose(sv_Session *s, int32_t d, sv_Visibility vis, size_t n,
                         const int32_t *parts);
#define COMPOSE(s, d, vis, ...)                                                                    \
    b_compose(s, d, vis, sizeof((int32_t[]){__VA_ARGS__}) / sizeof(int32_t),                       \
              (int32_t[]){__VA_ARGS__})

#endif
