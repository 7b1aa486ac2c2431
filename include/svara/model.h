/* The immutable scenario model: what a loaded pack holds. All memory lives in
 * the pack's arena and is freed by sv_pack_unload(). Everything refers to
 * everything else by index into the scenario's arrays; -1 means "none". */
#ifndef SVARA_MODEL_H
#define SVARA_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/limits.h"
#include "svara/units.h"

/* ---- languages and texts ------------------------------------------------ */

typedef enum { SV_LANG_EN = 0, SV_LANG_SV = 1, SV_LANG_NB = 2, SV_LANG_COUNT = 3 } sv_Lang;

/* A player-visible string. After loading every slot is non-NULL: a plain JSON
 * string fills all three; a per-language object fills the languages it has and
 * the pack's first language stands in for languages the pack does not declare. */
typedef struct sv_Text {
    const char *s[SV_LANG_COUNT];
} sv_Text;

const char *sv_lang_code(sv_Lang lang);                  /* "en", "sv", "nb" */
bool sv_lang_parse(const char *code, sv_Lang *out);      /* false for unknown codes */
const char *sv_text_get(const sv_Text *t, sv_Lang lang); /* never NULL: "" for an empty text */

/* Sets of languages (a pack's, a loader's): bit (1u << sv_Lang). */
#define SV_LANG_ALL ((1u << SV_LANG_COUNT) - 1u)
static inline uint32_t sv_lang_bit(sv_Lang lang) { return 1u << lang; }
static inline bool sv_lang_in(uint32_t set, sv_Lang lang) { return (set & sv_lang_bit(lang)) != 0; }

/* ---- vocabulary the scoring model reads ---------------------------------- */

/* Tags on options and parts. The JSON names are the lower-case, dash-separated
 * forms returned by sv_tag_name(); an unknown tag is a load error. */
typedef enum {
    SV_TAG_TEMPLATE = 0,   /* canned, prewritten wording (EMPATHY) */
    SV_TAG_PERSONAL,       /* written for this customer (EMPATHY) */
    SV_TAG_EMPATHY,        /* shows understanding of the customer's situation */
    SV_TAG_FACTUAL,        /* matter-of-fact (FACTUAL) */
    SV_TAG_INFORMATIVE,    /* gives the reader information (FACTUAL) */
    SV_TAG_SARCASM,        /* (FACTUAL, NO-IRONY) */
    SV_TAG_IRONY,          /* (NO-IRONY) */
    SV_TAG_JOKE,           /* humour aimed at the complaint (NO-IRONY) */
    SV_TAG_EMOTIONAL,      /* answers in the attacker's tone (FACTUAL) */
    SV_TAG_ARGUE,          /* disputes with the customer in public (PRO) */
    SV_TAG_BLAME_CUSTOMER, /* (PRO) */
    SV_TAG_TOO_PERSONAL,   /* (PRO) */
    SV_TAG_ACCOMMODATING,  /* (ACCOMMODATE) */
    SV_TAG_CALM,           /* (TWICE) */
    SV_TAG_SOLUTION,       /* offers a concrete way forward (TWICE, SWITCH, NO-IRONY) */
    SV_TAG_NO_SOLUTION,    /* (NO-IRONY) */
    SV_TAG_HONEST,         /* (HONEST) */
    SV_TAG_DISHONEST,      /* denies a true claim or promises the impossible (HONEST) */
    SV_TAG_OVERPROMISE,    /* promises what cannot be kept (HONEST) */
    SV_TAG_GENEROUS,       /* compensation beyond the loss (EXTRA-MILE) */
    SV_TAG_LONG,           /* longer than a passer-by will read (SHORT) */
    SV_TAG_HEDGED, /* an apology that takes itself back: "sorry if", "sorry you feel", "sorry,
                      but" (APOLOGY-EXPLAIN-COMPENSATE) */
    SV_TAG_NAMED_CONTACT, /* a contact that names the person who owns the case and gives
                             that person's own line: "call me on ..., Kari, the manager"
                             (CONTACT, EMPATHY) */
    SV_TAG_COUNT
} sv_Tag;

typedef uint32_t sv_TagSet; /* bit (1u << sv_Tag) */

const char *sv_tag_name(sv_Tag tag);
bool sv_tag_parse(const char *name, sv_Tag *out);

/* What a composer part does in a reply. The order of kinds in a composed reply is
 * what the ORDER principle scores. */
typedef enum {
    SV_PART_GREETING = 0,
    SV_PART_ACKNOWLEDGE, /* confirm the claim */
    SV_PART_DENY,        /* deny the claim (right only when it is false) */
    SV_PART_APOLOGISE,
    SV_PART_EXPLAIN,
    SV_PART_COMPENSATE,
    SV_PART_FOLLOW_UP, /* "promise-follow-up" in JSON */
    SV_PART_CONTACT,
    SV_PART_THANK,
    SV_PART_ASK,
    SV_PART_MOVE_PRIVATE,
    SV_PART_SIGN_OFF,
    SV_PART_OTHER,
    SV_PART_EMPATHISE,     /* shows understanding of the feeling; confirms and denies nothing */
    SV_PART_PERSONAL_NOTE, /* "personal-note": answers something this person wrote */
    SV_PART_COUNT
} sv_PartKind;

const char *sv_part_kind_name(sv_PartKind kind);
bool sv_part_kind_parse(const char *name, sv_PartKind *out);

/* What choosing an option does besides (or instead of) replying. */
typedef enum {
    SV_ACTION_REPLY = 0,     /* post the option's text as the brand */
    SV_ACTION_MOVE_PRIVATE,  /* reply that moves the talk to a private channel */
    SV_ACTION_ASK,           /* ask the customer a question (ASK) */
    SV_ACTION_ASK_COLLEAGUE, /* ask someone in the company (TEAM) */
    SV_ACTION_REPORT,        /* report the post to the platform (TROLL) */
    SV_ACTION_HIDE,          /* hide the post (TROLL) */
    SV_ACTION_TELL_PRODUCT,  /* report the cause to the product team (FIX) */
    SV_ACTION_IGNORE,        /* deliberately do nothing */
    SV_ACTION_COUNT
} sv_Action;

const char *sv_action_name(sv_Action a);
bool sv_action_parse(const char *name, sv_Action *out);

typedef enum { SV_VIS_PUBLIC = 0, SV_VIS_PRIVATE = 1, SV_VIS_COUNT } sv_Visibility;

const char *sv_visibility_name(sv_Visibility v); /* "public", "private" */
bool sv_visibility_parse(const char *name, sv_Visibility *out);

typedef enum {
    SV_VALENCE_NEGATIVE = 0,
    SV_VALENCE_NEUTRAL,
    SV_VALENCE_POSITIVE,
    SV_VALENCE_COUNT
} sv_Valence;

const char *sv_valence_name(sv_Valence v); /* "negative", "neutral", "positive" */
bool sv_valence_parse(const char *name, sv_Valence *out);

/* What kind of failure a complaint is about, as the crowd reads it (Johnen &
 * Schnittka 2019; Li, Cui & Peng 2018; scenarios/AUDIENCE.md): a practical one
 * (billing, delivery, a broken product), a leisure one (taste, a film), or an
 * ordinary complaint that is unfounded. */
typedef enum {
    SV_FAILURE_PRACTICAL = 0,
    SV_FAILURE_LEISURE,
    SV_FAILURE_UNFOUNDED,
    SV_FAILURE_COUNT
} sv_Failure;

const char *sv_failure_name(sv_Failure f); /* "practical", "leisure", "unfounded" */
bool sv_failure_parse(const char *name, sv_Failure *out);

/* ---- meters ---------------------------------------------------------------- */

/* Meters are fixed point, in tenths of a point (svara/units.h): 0..SV_METER_MAX
 * stands for 0.0..100.0. Reach is a count of people, not a percentage. */
#define SV_METER_MAX (100 * SV_TENTHS_PER_POINT)
typedef enum {
    SV_METER_REPUTATION = 0,
    SV_METER_SENTIMENT, /* audience on the brand's side */
    SV_METER_MOOD,      /* the complainer: 0 furious .. 1000 won back */
    SV_METER_REACH,     /* people who have seen the thread */
    SV_METER_COUNT
} sv_Meter;

const char *sv_meter_name(sv_Meter m); /* "reputation", "sentiment", "mood", "reach" */
bool sv_meter_parse(const char *name, sv_Meter *out);

/* ---- conditions and effects ---------------------------------------------- */

typedef enum {
    SV_COND_TRUE = 0,
    SV_COND_FLAG,     /* ref = flag */
    SV_COND_VAR,      /* ref = var, op, value */
    SV_COND_METER,    /* ref = sv_Meter, op, value (fixed point for 0..100 meters) */
    SV_COND_CHOSE,    /* ref = option index: the player chose it (or it was the default) */
    SV_COND_SEEN,     /* ref = post index: the post has appeared */
    SV_COND_ANSWERED, /* ref = decision index: answered by the player (not timed out) */
    SV_COND_TIME,     /* op, value = simulated ms since start */
    SV_COND_KNOWN,    /* ref = fact: the player knows it (revealed or known from the start) */
    SV_COND_NOT,      /* kids[0] */
    SV_COND_ALL,      /* every kid */
    SV_COND_ANY,      /* at least one kid */
} sv_CondKind;

typedef enum {
    SV_OP_LT = 0,
    SV_OP_LE,
    SV_OP_EQ,
    SV_OP_NE,
    SV_OP_GE,
    SV_OP_GT,
    SV_OP_COUNT
} sv_CmpOp;

const char *sv_op_name(sv_CmpOp op); /* "<", "<=", "==", "!=", ">=", ">" */
bool sv_op_parse(const char *name, sv_CmpOp *out);

typedef struct sv_Cond {
    uint8_t kind; /* sv_CondKind */
    uint8_t op;   /* sv_CmpOp */
    int32_t ref;
    int32_t value;
    uint32_t kids_start; /* into sv_Scenario.cond_kids */
    uint32_t kids_count;
} sv_Cond;

typedef enum {
    SV_EFFECT_SET_FLAG = 0, /* ref = flag */
    SV_EFFECT_CLEAR_FLAG,   /* ref = flag */
    SV_EFFECT_VAR_ADD,      /* ref = var, value */
    SV_EFFECT_VAR_SET,      /* ref = var, value */
    SV_EFFECT_METER_ADD,    /* ref = sv_Meter, value (fixed point) */
    SV_EFFECT_POST,         /* ref = post: schedule it after_ms from now */
    SV_EFFECT_DECISION,     /* ref = decision: open it after_ms from now */
    SV_EFFECT_EVENT,        /* ref = event: fire it after_ms from now (a delayed consequence) */
    SV_EFFECT_END,          /* ref = ending: end the scenario after_ms from now */
    SV_EFFECT_REVEAL,       /* ref = fact: the player now knows whether it is so */
} sv_EffectKind;

typedef struct sv_Effect {
    uint8_t kind; /* sv_EffectKind */
    int32_t ref;
    int32_t value;
    uint32_t after_ms;
} sv_Effect;

/* A slice of one of the scenario's flat arrays. */
typedef struct sv_Span {
    uint32_t start;
    uint32_t count;
} sv_Span;

/* ---- the scenario ---------------------------------------------------------- */

typedef enum {
    SV_CHANNEL_FEED = 0, /* "public-feed" */
    SV_CHANNEL_REVIEWS,  /* "review-site" */
    SV_CHANNEL_FORUM,    /* "forum" */
    SV_CHANNEL_PRIVATE,  /* "private" (direct messages, mail) */
    SV_CHANNEL_TYPE_COUNT
} sv_ChannelType;

const char *sv_channel_type_name(sv_ChannelType t);
bool sv_channel_type_parse(const char *name, sv_ChannelType *out);

typedef struct sv_Channel {
    const char *id;
    sv_ChannelType type;
    sv_Text name;
    bool watched;    /* shown to the player from the start; false: found by monitoring (MONITOR) */
    uint8_t replies; /* public answers the brand may post in one thread here; 0: no limit */
} sv_Channel;

typedef enum {
    SV_ROLE_COMPLAINER = 0,
    SV_ROLE_CUSTOMER,
    SV_ROLE_FAN,
    SV_ROLE_ONLOOKER,
    SV_ROLE_TROLL,
    SV_ROLE_PRESS,
    SV_ROLE_COLLEAGUE,
    SV_ROLE_COUNT
} sv_Role;

const char *sv_role_name(sv_Role r);
bool sv_role_parse(const char *name, sv_Role *out);

typedef struct sv_Persona {
    const char *id;
    const char *name;   /* display name */
    const char *handle; /* "@anna_b" */
    sv_Role role;
    uint32_t followers;
    sv_Text bio; /* may be empty */
    /* A complainer's "disposition": a vindictive one wants to hurt the brand and
     * is barely moved by any reply, nor are their followers (Weitzl 2019);
     * false: constructive, the default. */
    bool vindictive;
} sv_Persona;

/* The crowd of a scenario whose audience section leaves out "size". */
#define SV_AUDIENCE_DEFAULT_SIZE 3000u

/* Audience segments: groups of the live crowd's accounts (svara/audience.h,
 * scenarios/AUDIENCE.md). Accounts the segments leave over are neutral onlookers. */
typedef struct sv_Segment {
    const char *id;
    sv_Role kind;     /* complainer = the complainer's followers */
    uint32_t count;   /* accounts in the segment */
    int32_t stance;   /* -1000 hostile .. 1000 supportive */
    int32_t mobility; /* 0 unmovable .. 1000 easily moved */
} sv_Segment;

/* Where an account stands towards the brand, as its comments show it. */
typedef enum {
    SV_STANCE_HOSTILE = 0,
    SV_STANCE_NEUTRAL,
    SV_STANCE_SUPPORTIVE,
    SV_STANCE_COUNT
} sv_StanceBucket;

const char *sv_stance_name(sv_StanceBucket b); /* "hostile", "neutral", "supportive" */
bool sv_stance_parse(const char *name, sv_StanceBucket *out);

/* What a crowd comment is about: the post of the thread, or the brand's latest reply in it. */
typedef enum { SV_ABOUT_COMPLAINT = 0, SV_ABOUT_REPLY, SV_ABOUT_COUNT } sv_CommentAbout;

const char *sv_about_name(sv_CommentAbout a); /* "complaint", "reply" */
bool sv_about_parse(const char *name, sv_CommentAbout *out);

/* A pool of comment texts the crowd draws from: for accounts of one segment
 * kind (or any kind), one stance bucket and one moment. */
typedef struct sv_CommentPool {
    int8_t kind;    /* sv_Role; -1 = accounts of any kind */
    uint8_t stance; /* sv_StanceBucket */
    uint8_t about;  /* sv_CommentAbout */
    bool uncivil;   /* the words of uncivil comments (never chosen by kind, stance and moment) */
    sv_Span texts;  /* into sv_Scenario.comment_texts */
} sv_CommentPool;

/* A time that is never scheduled by itself: only an effect can bring it on. */
#define SV_NEVER INT32_MIN

/* Something that is true or false in the story. A post's claims are facts the
 * post asserts (a complaint can be partly true); a scenario's own facts are
 * what the player may not know yet (the cause, the customer's order). Replies
 * confirm or deny facts; asserting one the player cannot know yet is a guess. */
typedef struct sv_Fact {
    const char *id;    /* "" for a post's implicit claim (its "claim_true") */
    sv_Text text;      /* may be empty for an implicit claim */
    bool truth;        /* "true" in JSON: it is so */
    bool known;        /* the player knows whether it is so from the start */
    bool confidential; /* "private" in JSON: never to be said in public (a customer's health, a
                          colleague's employment, an account's details) */
    bool measure;      /* "measure" in JSON: what the brand changed so it does not happen again
                          (a scenario's fact, never a post's claim) */
    bool inquiry;      /* "inquiry" in JSON: what the brand is doing to find out what happened,
                          while it cannot answer yet (a scenario's fact, never a post's claim) */
    bool cause;        /* "cause" in JSON: why it went wrong, as the brand knows it (facts only,
                          default false) */
    bool outcome;      /* "outcome" in JSON: what came of what many customers asked or suggested
                          (a scenario's fact, never a post's claim) */
    bool recourse;     /* "recourse" in JSON: what the customer can do that the brand cannot
                          decide for her (a review, an appeal, another body's process), the
                          outcome not promised (a scenario's fact, never a post's claim) */
    bool for_all;      /* "for_all" in JSON: a remedy the brand gives everyone in the same case,
                          whether they complain or not (a scenario's fact, never a post's claim) */
    bool no_fault;     /* "fault": false in JSON, on a true claim: so, but no fault of the brand's
                          (a rule kept, a decision taken on purpose, the weather); a post's claim
                          only, default false (a true claim is the brand's fault) */
    int32_t post;      /* the post that claims it; -1 for a scenario's fact */
} sv_Fact;

typedef struct sv_Post {
    const char *id;
    /* scheduled at start + at_ms; negative: history, already there when the
     * player takes over; SV_NEVER: appears only when an effect schedules it */
    int32_t at_ms;
    uint32_t jitter_ms; /* the seed moves the time by 0..jitter_ms */
    int32_t channel;
    int32_t author;   /* persona */
    int32_t reply_to; /* post it answers in a thread, -1 for a thread's first post */
    sv_Valence valence;
    bool claim_true; /* some claim of the post is true (HONEST, ORDER: deny only false claims) */
    sv_Span claims; /* into sv_Scenario.facts: what the post asserts (at least one when negative) */
    /* what the failure cost the customer, in the scenario's unit; 0 or less: unknown */
    int32_t loss;
    /* what the post demands in return (a refund, months free), in the same unit;
     * 0 or less: nothing said */
    int32_t demands;
    uint32_t likes, shares, comments; /* counts when the post appears */
    sv_Text text;
    int32_t when; /* condition checked when it is due; -1 = always */
    /* The same complaint posted in another channel (POLICY): the first post of
     * that other thread, or -1 (the default; loaders must set it, 0 is a post). */
    int32_t same_as;
    /* The earlier post of another customer with the same fault (POLICY): two
     * customers hit by one failure are owed one remedy, in whatever channel.
     * A post id, or -1 (the default; loaders must set it, 0 is a post). */
    int32_t same_fault;
    bool recurs; /* what keeps coming back from other customers: a complaint (FIX) or, on a
                    neutral or positive post, a suggestion (LISTEN); default false */
    bool asks;   /* it asks something the brand can answer, whatever its valence (ALWAYS) */
    /* What the customer needs, said as a fact ("needs" in JSON): the fact that
     * it can be met (the menus reach her before Saturday), true when it can.
     * A reply that confirms it, when it is so, meets the need (LISTEN,
     * ACCOMMODATE). has_need false: none said (zero is no need, not fact 0). */
    bool has_need;
    uint32_t need; /* into sv_Scenario.facts, when has_need */
    /* What answers the question the post asks ("answer" in JSON, only with
     * "asks"): the fact that tells what was asked (where the money goes), or
     * one fact for each thing it asks (how long the guarantee lasts, what to
     * do about the joints). A reply that confirms every one, when each is so
     * and known, answers the question (ALWAYS, LISTEN). Empty: none named. */
    sv_Span answers; /* into sv_Scenario.fact_refs */
    /* A thread's first complaint may say what failed (only the crowd reads it). */
    bool has_failure;
    sv_Failure failure;
} sv_Post;

/* One action of an option; an option may combine several (a public correction
 * and a report of the troll's post; asking a colleague, then replying). */
typedef struct sv_Step {
    sv_Action action;
    sv_Visibility visibility;
    int32_t target; /* -1 = the decision's post */
} sv_Step;

/* What a reply (an option, a part, an earlier brand reply) says about facts. */
typedef struct sv_Claims {
    sv_Span confirms; /* into sv_Scenario.fact_refs: facts it says are so */
    sv_Span denies;   /* facts it says are not so */
    sv_Span reveals;  /* facts its check, question or colleague makes known */
} sv_Claims;

typedef struct sv_Option {
    const char *id;
    sv_Text text; /* the reply as posted, or the action's label */
    /* the option's main action: the one with words when it has one, else its first */
    sv_Action action;
    sv_Visibility visibility;
    sv_TagSet tags;
    int32_t target; /* post the action is aimed at; -1 = the decision's post */
    /* every action in order (step_count >= 1; steps[main] is the one above) */
    uint8_t step_count, main;
    sv_Step steps[SV_MAX_STEPS];
    uint32_t delay_ms; /* the reply goes out this long after the choice (check first) */
    sv_Claims claims;
    /* a promised follow-up is due this long after the reply; 0: the model's window */
    uint32_t due_ms;
    /* value of the compensation offered, in the scenario's unit; 0 or less: none said */
    int32_t offer;
    int32_t when;       /* enabled only when true; -1 = always */
    sv_Span effects;    /* into sv_Scenario.effects */
    sv_Text annotation; /* author's note on what the guides recommend; may be empty */
    int8_t expert;      /* author's verdict: 1 recommended, 0 acceptable, -1 warned against */
    /* The part kinds (sv_PartKind) the option's text contains, in order, so the
     * scoring model can judge a ready-made reply like a composed one (ORDER,
     * APOLOGY-EXPLAIN-COMPENSATE). Count 0 (the default): not declared. */
    uint8_t structure_count;
    uint8_t structure[SV_MAX_COMPOSE];
    /* Further posts the reply answers besides its target (e.g. a thank-you that
     * also answers a question below it), so they do not count as ignored. */
    uint8_t answer_count;
    int32_t answers[SV_MAX_ANSWERS];
    /* Only the crowd reads these (scenarios/AUDIENCE.md). closes: a public
     * closing note, telling onlookers the case was solved (Hogreve et al. 2019);
     * moderates: a calm word about the tone of the thread (Bacile et al. 2018). */
    bool closes, moderates;
} sv_Option;

typedef struct sv_Part {
    const char *id;
    sv_PartKind kind;
    sv_Text text;
    sv_TagSet tags;
    int32_t when;
    sv_Span effects;
    sv_Text annotation;
    int8_t expert;
    sv_Claims claims;
    /* claims of the answered post the part takes up without saying they are so or not
       (what is known about them, what is being done): into sv_Scenario.fact_refs */
    sv_Span addresses;
    uint32_t due_ms; /* promise-follow-up: due this long after the reply; 0: the model's window */
    int32_t offer;   /* compensate: value offered; 0 or less: none said */
    /* a calm word about the tone of the thread (as an option's `moderates`):
     * a composed reply sent in public with such a part moderates */
    bool moderates;
} sv_Part;

/* A reply the brand made before the player took over: in the thread from the
 * start, and counted like the player's own (TWICE, POLICY, ALWAYS). Its
 * `reply.target` is the post it answered. */
typedef struct sv_Earlier {
    int32_t at_ms; /* negative */
    sv_Option reply;
} sv_Earlier;

typedef struct sv_Decision {
    const char *id;
    int32_t at_ms;  /* opens at start + at_ms (0 or more); SV_NEVER: only when an effect opens it */
    int32_t about;  /* the post this decision answers, -1 if none */
    sv_Text prompt; /* what the player is asked */
    uint32_t deadline_ms;   /* time allowed once open */
    int32_t default_option; /* chosen when the deadline passes; -1 = none */
    sv_Span on_timeout;     /* effects when the deadline passes (after the default option's) */
    sv_Span options;        /* into sv_Scenario.options */
    sv_Span parts;          /* into sv_Scenario.parts; count 0 = no composer */
    uint8_t compose_min, compose_max;
    bool compose_public, compose_private; /* where a composed reply may be sent */
    sv_Span compose_effects;              /* effects of sending any composed reply */
    int32_t when;
} sv_Decision;

typedef struct sv_EventDef {
    const char *id;
    int32_t at_ms; /* 0 or more; SV_NEVER: only when an effect schedules it */
    int32_t when;
    sv_Span effects;
    sv_Text note; /* shown in the feed's system line when it fires; may be empty */
} sv_EventDef;

typedef struct sv_Ending {
    const char *id;
    int32_t when; /* the first ending whose condition holds is taken; -1 = always */
    sv_Text title;
    sv_Text text;
} sv_Ending;

typedef struct sv_Var {
    const char *id;
    int32_t initial, min, max;
} sv_Var;

/* A workshop inject: something the facilitator brings into the run (a
 * journalist's question, a second customer), by a key or on a schedule, with
 * guidance for the facilitator's eyes only. What it adds are ordinary nodes of
 * the scenario, kept at the end of their arrays (sv_Scenario.injected), that
 * nothing but the inject schedules unless an effect names them. */
typedef struct sv_Inject {
    const char *id;
    sv_Text title;    /* the facilitator's list shows it */
    sv_Text guidance; /* what to watch for and ask the room; never on the projector */
    int32_t at_ms; /* fires by itself at start + at_ms; SV_NEVER: when the facilitator fires it */
    int32_t post;  /* the post it adds, -1 none */
    int32_t decision; /* the decision it opens, -1 none */
    int32_t event;    /* the event it fires, -1 none */
} sv_Inject;

typedef struct sv_Scenario {
    const char *id;
    const char *file; /* the file it was loaded from, inside the pack */
    sv_Text title;
    sv_Text summary;
    sv_Text briefing; /* who you are, the brand, what is known */
    struct {
        const char *name;
        const char *handle;
        uint32_t colour; /* 0xRRGGBB */
    } brand;
    uint32_t duration_ms; /* the scenario ends here at the latest */
    uint32_t languages;   /* its pack's declared languages, bit (1u << sv_Lang) */
    int32_t meters_initial[SV_METER_COUNT];

    sv_Channel *channels;
    uint32_t channel_count;
    sv_Persona *personas;
    uint32_t persona_count;
    sv_Segment *segments;
    uint32_t segment_count;
    uint32_t audience_size; /* simulated accounts; 0: no crowd */
    /* An hour of the story in simulated ms (0: 3600 s, real time): when
     * onlookers expect an answer and how long a complaint stays news. */
    uint32_t audience_hour_ms;
    /* Uncivil comments the crowd writes (per mille of the comments in a
     * complaint's thread; 0: none), worded from comment pool uncivil_pool, and
     * the decision the crowd opens when the feed shows the first one. */
    uint32_t uncivil_permille;
    int32_t uncivil_pool;
    bool uncivil_opens;
    int32_t uncivil_decision;
    sv_CommentPool *comment_pools; /* the incivility pool, when there is one, is the last */
    uint32_t comment_pool_count;
    sv_Text *comment_texts;
    uint32_t comment_text_count;
    const char **flags;
    uint32_t flag_count;
    sv_Var *vars;
    uint32_t var_count;
    sv_Post *posts;
    uint32_t post_count;
    sv_Decision *decisions;
    uint32_t decision_count;
    sv_Option *options;
    uint32_t option_count; /* all decisions' options, grouped by decision */
    sv_Part *parts;
    uint32_t part_count;
    sv_EventDef *events;
    uint32_t event_count;
    sv_Ending *endings;
    uint32_t ending_count;
    sv_Fact *facts;
    uint32_t fact_count; /* scenario facts, then every post's claims */
    uint32_t *fact_refs;
    uint32_t fact_ref_count; /* lists of facts (sv_Claims spans) */
    sv_Earlier *earlier;
    uint32_t earlier_count; /* brand replies before the start, by time */
    sv_Cond *conds;
    uint32_t cond_count;
    uint32_t *cond_kids;
    uint32_t cond_kid_count;
    sv_Effect *effects;
    uint32_t effect_count;
    sv_Inject *injects;
    uint32_t inject_count;
    /* How many of the posts, decisions, options, parts, events and facts above
     * the injects add: always the last of each array (all 0 without injects).
     * The state hash reads them only once one of them has been touched, so a
     * scenario that gains injects hashes as before in runs that fire none. */
    struct {
        uint32_t posts, decisions, options, parts, events, facts;
    } injected;
} sv_Scenario;

/* Index of the decision that owns option `opt` (or part, with parts=true). */
int32_t sv_scenario_option_decision(const sv_Scenario *sc, int32_t opt);
int32_t sv_scenario_part_decision(const sv_Scenario *sc, int32_t part);
/* How many public answers a thread of post `post`'s channel takes (the
 * channel's `replies`); 0 when it sets no limit or there is no such post. */
uint32_t sv_scenario_post_replies(const sv_Scenario *sc, int32_t post);

/* Index lookups by id; -1 when absent. */
int32_t sv_scenario_find_post(const sv_Scenario *sc, const char *id);
int32_t sv_scenario_find_decision(const sv_Scenario *sc, const char *id);
int32_t sv_scenario_find_option(const sv_Scenario *sc, const char *id);
int32_t sv_scenario_find_part(const sv_Scenario *sc, const char *id);
int32_t sv_scenario_find_fact(const sv_Scenario *sc, const char *id);
int32_t sv_scenario_find_inject(const sv_Scenario *sc, const char *id);

/* The JSON pointer of post, decision or event `index` (kind 'p', 'd' or 'e'):
 * "/posts/3", or "/injects/1/post" for one an inject adds. "" when out of range. */
void sv_scenario_node_ptr(const sv_Scenario *sc, char kind, int32_t index, char *out, size_t size);

/* ---- vocabularies ------------------------------------------------------------ */

/* Every word list of the pack and rules formats, spelled once (model.c): a
 * vocabulary's words are indexed by its enum's values. The per-table
 * functions above (sv_meter_name, sv_meter_parse...) read the same tables;
 * loaders take the whole list for their checks and "did you mean". */
typedef enum {
    SV_VOCAB_LANG = 0,   /* sv_Lang */
    SV_VOCAB_TAG,        /* sv_Tag */
    SV_VOCAB_PART,       /* sv_PartKind */
    SV_VOCAB_ACTION,     /* sv_Action */
    SV_VOCAB_METER,      /* sv_Meter */
    SV_VOCAB_CHANNEL,    /* sv_ChannelType */
    SV_VOCAB_ROLE,       /* sv_Role */
    SV_VOCAB_STANCE,     /* sv_StanceBucket */
    SV_VOCAB_ABOUT,      /* sv_CommentAbout */
    SV_VOCAB_VALENCE,    /* sv_Valence */
    SV_VOCAB_VISIBILITY, /* sv_Visibility */
    SV_VOCAB_OP,         /* sv_CmpOp */
    SV_VOCAB_TRIGGER,    /* sv_Trigger (svara/score.h) */
    SV_VOCAB_PRINCIPLE,  /* sv_Principle (svara/score.h) */
    SV_VOCAB_FAILURE,    /* sv_Failure */
    SV_VOCAB_COUNT
} sv_Vocab;

/* The words of a vocabulary, `*count` of them; NULL and 0 for an unknown one. */
const char *const *sv_vocab_words(sv_Vocab v, size_t *count);
/* The word for `value`; "?" when out of range. */
const char *sv_vocab_name(sv_Vocab v, int value);
/* The value of `word` (exact spelling); false for an unknown word. */
bool sv_vocab_parse(sv_Vocab v, const char *word, int *out);
/* What the vocabulary is called in messages: "meter", "role"... */
const char *sv_vocab_title(sv_Vocab v);

#endif
