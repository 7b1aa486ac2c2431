/* Names of the model's vocabularies (as they are spelled in pack JSON) and
 * lookups by id. The tables here are the single source of those spellings. */
#include "svara/model.h"

#include <string.h>

static const char *const lang_codes[SV_LANG_COUNT] = {"en", "sv", "nb"};

static const char *const tag_names[SV_TAG_COUNT] = {
    "template",      "personal", "empathy",   "factual",     "informative",    "sarcasm",
    "irony",         "joke",     "emotional", "argue",       "blame-customer", "too-personal",
    "accommodating", "calm",     "solution",  "no-solution", "honest",         "dishonest",
    "overpromise",   "generous", "long",
};

static const char *const part_names[SV_PART_COUNT] = {
    "greeting",     "acknowledge",       "deny",    "apologise", "explain",
    "compensate",   "promise-follow-up", "contact", "thank",     "ask",
    "move-private", "sign-off",          "other",
};

static const char *const action_names[SV_ACTION_COUNT] = {
    "reply", "move-private", "ask", "ask-colleague", "report", "hide", "tell-product", "ignore",
};

static const char *const meter_names[SV_METER_COUNT] = {"reputation", "sentiment", "mood", "reach"};

static const char *const channel_names[SV_CHANNEL_TYPE_COUNT] = {"public-feed", "review-site",
                                                                 "forum", "private"};

static const char *const role_names[SV_ROLE_COUNT] = {
    "complainer", "customer", "fan", "onlooker", "troll", "press", "colleague",
};

static int find_name(const char *const *names, int count, const char *name)
{
    if (!name) return -1;
    for (int i = 0; i < count; i++)
        if (strcmp(names[i], name) == 0) return i;
    return -1;
}

const char *sv_lang_code(sv_Lang lang)
{
    return (unsigned)lang < SV_LANG_COUNT ? lang_codes[lang] : "?";
}

bool sv_lang_parse(const char *code, sv_Lang *out)
{
    int i = find_name(lang_codes, SV_LANG_COUNT, code);
    if (i < 0) return false;
    *out = (sv_Lang)i;
    return true;
}

const char *sv_text_get(const sv_Text *t, sv_Lang lang)
{
    if (!t || (unsigned)lang >= SV_LANG_COUNT || !t->s[lang]) return "";
    return t->s[lang];
}

const char *sv_tag_name(sv_Tag tag) { return (unsigned)tag < SV_TAG_COUNT ? tag_names[tag] : "?"; }

bool sv_tag_parse(const char *name, sv_Tag *out)
{
    int i = find_name(tag_names, SV_TAG_COUNT, name);
    if (i < 0) return false;
    *out = (sv_Tag)i;
    return true;
}

const char *sv_part_kind_name(sv_PartKind kind)
{
    return (unsigned)kind < SV_PART_COUNT ? part_names[kind] : "?";
}

bool sv_part_kind_parse(const char *name, sv_PartKind *out)
{
    int i = find_name(part_names, SV_PART_COUNT, name);
    if (i < 0) return false;
    *out = (sv_PartKind)i;
    return true;
}

const char *sv_action_name(sv_Action a)
{
    return (unsigned)a < SV_ACTION_COUNT ? action_names[a] : "?";
}

bool sv_action_parse(const char *name, sv_Action *out)
{
    int i = find_name(action_names, SV_ACTION_COUNT, name);
    if (i < 0) return false;
    *out = (sv_Action)i;
    return true;
}

const char *sv_meter_name(sv_Meter m)
{
    return (unsigned)m < SV_METER_COUNT ? meter_names[m] : "?";
}

bool sv_meter_parse(const char *name, sv_Meter *out)
{
    int i = find_name(meter_names, SV_METER_COUNT, name);
    if (i < 0) return false;
    *out = (sv_Meter)i;
    return true;
}

const char *sv_channel_type_name(sv_ChannelType t)
{
    return (unsigned)t < SV_CHANNEL_TYPE_COUNT ? channel_names[t] : "?";
}

const char *sv_role_name(sv_Role r) { return (unsigned)r < SV_ROLE_COUNT ? role_names[r] : "?"; }

bool sv_compare(int64_t a, uint8_t op, int64_t b)
{
    switch (op) {
    case SV_OP_LT: return a < b;
    case SV_OP_LE: return a <= b;
    case SV_OP_EQ: return a == b;
    case SV_OP_NE: return a != b;
    case SV_OP_GE: return a >= b;
    case SV_OP_GT: return a > b;
    default: return false;
    }
}

static int32_t span_owner(const sv_Scenario *sc, int32_t index, int parts)
{
    for (uint32_t d = 0; d < sc->decision_count; d++) {
        const sv_Span *sp = parts ? &sc->decisions[d].parts : &sc->decisions[d].options;
        if ((uint32_t)index >= sp->start && (uint32_t)index < sp->start + sp->count)
            return (int32_t)d;
    }
    return -1;
}

int32_t sv_scenario_option_decision(const sv_Scenario *sc, int32_t opt)
{
    return opt < 0 ? -1 : span_owner(sc, opt, 0);
}

int32_t sv_scenario_part_decision(const sv_Scenario *sc, int32_t part)
{
    return part < 0 ? -1 : span_owner(sc, part, 1);
}

#define FIND_BY_ID(array, count)                                                                   \
    do {                                                                                           \
        if (!id) return -1;                                                                        \
        for (uint32_t i = 0; i < (count); i++)                                                     \
            if (strcmp((array)[i].id, id) == 0) return (int32_t)i;                                 \
        return -1;                                                                                 \
    } while (0)

int32_t sv_scenario_find_post(const sv_Scenario *sc, const char *id)
{
    FIND_BY_ID(sc->posts, sc->post_count);
}
int32_t sv_scenario_find_decision(const sv_Scenario *sc, const char *id)
{
    FIND_BY_ID(sc->decisions, sc->decision_count);
}
int32_t sv_scenario_find_option(const sv_Scenario *sc, const char *id)
{
    FIND_BY_ID(sc->options, sc->option_count);
}
int32_t sv_scenario_find_part(const sv_Scenario *sc, const char *id)
{
    FIND_BY_ID(sc->parts, sc->part_count);
}

int32_t sv_scenario_find_fact(const sv_Scenario *sc, const char *id)
{
    /* implicit claims have the id "": they are found through their post, never by id */
    if (!id || !id[0]) return -1;
    FIND_BY_ID(sc->facts, sc->fact_count);
}
