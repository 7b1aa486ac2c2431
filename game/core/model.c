/* Names of the model's vocabularies (as they are spelled in pack JSON) and
 * lookups by id. The tables here are the single source of those spellings. */
#include "svara/model.h"

#include <stdio.h>
#include <string.h>

#include "core_util.h"
#include "svara/score.h" /* the rules format's vocabularies: triggers, principles */

static const char *const lang_codes[SV_LANG_COUNT] = {"en", "sv", "nb"};

static const char *const tag_names[SV_TAG_COUNT] = {
    "template",      "personal", "empathy",   "factual",     "informative",    "sarcasm",
    "irony",         "joke",     "emotional", "argue",       "blame-customer", "too-personal",
    "accommodating", "calm",     "solution",  "no-solution", "honest",         "dishonest",
    "overpromise",   "generous", "long",      "hedged",      "named-contact",
};

static const char *const part_names[SV_PART_COUNT] = {
    "greeting",     "acknowledge",       "deny",    "apologise", "explain",
    "compensate",   "promise-follow-up", "contact", "thank",     "ask",
    "move-private", "sign-off",          "other",   "empathise", "personal-note",
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

static const char *const stance_names[SV_STANCE_COUNT] = {"hostile", "neutral", "supportive"};
static const char *const about_names[SV_ABOUT_COUNT] = {"complaint", "reply"};
static const char *const valence_names[SV_VALENCE_COUNT] = {"negative", "neutral", "positive"};
static const char *const failure_names[SV_FAILURE_COUNT] = {"practical", "leisure", "unfounded"};
static const char *const visibility_names[SV_VIS_COUNT] = {"public", "private"};
static const char *const op_names[SV_OP_COUNT] = {"<", "<=", "==", "!=", ">=", ">"};

static const char *const trigger_names[SV_TRIGGER_COUNT] = {"reply", "timeout", "tick",
                                                            "end",   "promise", "kept"};

static const char *const principle_names[SV_PRINCIPLE_COUNT] = {
    "ORDER",
    "APOLOGY-EXPLAIN-COMPENSATE",
    "CONTACT",
    "FAST",
    "ALWAYS",
    "EMPATHY",
    "PUBLIC",
    "TWICE",
    "SWITCH",
    "PRO",
    "FACTUAL",
    "NO-IRONY",
    "ACCOMMODATE",
    "SHORT",
    "THANK",
    "HONEST",
    "LISTEN",
    "ASK",
    "FIX",
    "EXTRA-MILE",
    "POLICY",
    "MONITOR",
    "TEAM",
    "TROLL",
    "ONSTAGE-OFFSTAGE",
};

static const struct {
    const char *const *words;
    size_t count;
    const char *title;
} vocabs[SV_VOCAB_COUNT] = {
    [SV_VOCAB_LANG] = {lang_codes, SV_LANG_COUNT, "language"},
    [SV_VOCAB_TAG] = {tag_names, SV_TAG_COUNT, "tag"},
    [SV_VOCAB_PART] = {part_names, SV_PART_COUNT, "part kind"},
    [SV_VOCAB_ACTION] = {action_names, SV_ACTION_COUNT, "action"},
    [SV_VOCAB_METER] = {meter_names, SV_METER_COUNT, "meter"},
    [SV_VOCAB_CHANNEL] = {channel_names, SV_CHANNEL_TYPE_COUNT, "channel type"},
    [SV_VOCAB_ROLE] = {role_names, SV_ROLE_COUNT, "role"},
    [SV_VOCAB_STANCE] = {stance_names, SV_STANCE_COUNT, "stance"},
    [SV_VOCAB_ABOUT] = {about_names, SV_ABOUT_COUNT, "moment"},
    [SV_VOCAB_VALENCE] = {valence_names, SV_VALENCE_COUNT, "valence"},
    [SV_VOCAB_VISIBILITY] = {visibility_names, SV_VIS_COUNT, "visibility"},
    [SV_VOCAB_OP] = {op_names, SV_OP_COUNT, "operator"},
    [SV_VOCAB_TRIGGER] = {trigger_names, SV_TRIGGER_COUNT, "trigger"},
    [SV_VOCAB_PRINCIPLE] = {principle_names, SV_PRINCIPLE_COUNT, "principle"},
    [SV_VOCAB_FAILURE] = {failure_names, SV_FAILURE_COUNT, "failure"},
};

const char *const *sv_vocab_words(sv_Vocab v, size_t *count)
{
    bool ok = (unsigned)v < SV_VOCAB_COUNT;
    if (count) *count = ok ? vocabs[v].count : 0;
    return ok ? vocabs[v].words : NULL;
}

const char *sv_vocab_name(sv_Vocab v, int value)
{
    if ((unsigned)v >= SV_VOCAB_COUNT || value < 0 || (size_t)value >= vocabs[v].count) return "?";
    return vocabs[v].words[value];
}

bool sv_vocab_parse(sv_Vocab v, const char *word, int *out)
{
    if ((unsigned)v >= SV_VOCAB_COUNT || !word) return false;
    for (size_t i = 0; i < vocabs[v].count; i++)
        if (strcmp(vocabs[v].words[i], word) == 0) {
            *out = (int)i;
            return true;
        }
    return false;
}

const char *sv_vocab_title(sv_Vocab v)
{
    return (unsigned)v < SV_VOCAB_COUNT ? vocabs[v].title : "?";
}

/* name and parse of one vocabulary, typed */
#define VOCAB_PAIR(name_fn, parse_fn, type, vocab)                                                 \
    const char *name_fn(type x) { return sv_vocab_name(vocab, (int)x); }                           \
    bool parse_fn(const char *word, type *out)                                                     \
    {                                                                                              \
        int i;                                                                                     \
        if (!sv_vocab_parse(vocab, word, &i)) return false;                                        \
        *out = (type)i;                                                                            \
        return true;                                                                               \
    }

VOCAB_PAIR(sv_lang_code, sv_lang_parse, sv_Lang, SV_VOCAB_LANG)
VOCAB_PAIR(sv_tag_name, sv_tag_parse, sv_Tag, SV_VOCAB_TAG)
VOCAB_PAIR(sv_part_kind_name, sv_part_kind_parse, sv_PartKind, SV_VOCAB_PART)
VOCAB_PAIR(sv_action_name, sv_action_parse, sv_Action, SV_VOCAB_ACTION)
VOCAB_PAIR(sv_meter_name, sv_meter_parse, sv_Meter, SV_VOCAB_METER)
VOCAB_PAIR(sv_channel_type_name, sv_channel_type_parse, sv_ChannelType, SV_VOCAB_CHANNEL)
VOCAB_PAIR(sv_role_name, sv_role_parse, sv_Role, SV_VOCAB_ROLE)
VOCAB_PAIR(sv_stance_name, sv_stance_parse, sv_StanceBucket, SV_VOCAB_STANCE)
VOCAB_PAIR(sv_about_name, sv_about_parse, sv_CommentAbout, SV_VOCAB_ABOUT)
VOCAB_PAIR(sv_valence_name, sv_valence_parse, sv_Valence, SV_VOCAB_VALENCE)
VOCAB_PAIR(sv_visibility_name, sv_visibility_parse, sv_Visibility, SV_VOCAB_VISIBILITY)
VOCAB_PAIR(sv_op_name, sv_op_parse, sv_CmpOp, SV_VOCAB_OP)
VOCAB_PAIR(sv_trigger_name, sv_trigger_parse, sv_Trigger, SV_VOCAB_TRIGGER)
VOCAB_PAIR(sv_principle_name, sv_principle_parse, sv_Principle, SV_VOCAB_PRINCIPLE)
VOCAB_PAIR(sv_failure_name, sv_failure_parse, sv_Failure, SV_VOCAB_FAILURE)

const char *sv_text_get(const sv_Text *t, sv_Lang lang)
{
    if (!t || (unsigned)lang >= SV_LANG_COUNT || !t->s[lang]) return "";
    return t->s[lang];
}

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

uint32_t sv_scenario_post_replies(const sv_Scenario *sc, int32_t post)
{
    if (!sv_in_range(post, sc->post_count)) return 0;
    int32_t ch = sc->posts[post].channel;
    return sv_in_range(ch, sc->channel_count) ? sc->channels[ch].replies : 0u;
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

int32_t sv_scenario_find_inject(const sv_Scenario *sc, const char *id)
{
    FIND_BY_ID(sc->injects, sc->inject_count);
}

void sv_scenario_node_ptr(const sv_Scenario *sc, char kind, int32_t index, char *out, size_t size)
{
    static const char *const lists[] = {"posts", "decisions", "events"};
    static const char *const keys[] = {"post", "decision", "event"};
    const uint32_t counts[] = {sc->post_count, sc->decision_count, sc->event_count};
    int k = kind == 'p' ? 0 : kind == 'd' ? 1 : kind == 'e' ? 2 : -1;
    if (size) out[0] = '\0';
    if (k < 0 || !sv_in_range(index, counts[k])) return;
    for (uint32_t i = 0; i < sc->inject_count; i++) {
        const sv_Inject *in = &sc->injects[i];
        int32_t node = k == 0 ? in->post : k == 1 ? in->decision : in->event;
        if (node == index) {
            snprintf(out, size, "/injects/%u/%s", i, keys[k]);
            return;
        }
    }
    snprintf(out, size, "/%s/%d", lists[k], index);
}
