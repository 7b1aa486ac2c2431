/* The scoring model: rules that stand on the advice in principles.md, read
 * from a rules file, judging what the player does while a session runs (the
 * debrief built from their judgements: svara/debrief.h). scenarios/SCORING.md is the
 * reference; this header is the contract the session, the game and the tools
 * use. Everything that reaches the state hash is integer arithmetic. */
#ifndef SVARA_SCORE_H
#define SVARA_SCORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/diag.h"
#include "svara/limits.h"
#include "svara/model.h"
#include "svara/pack.h"
#include "svara/session.h"
#include "svara/units.h"

#define SV_SCORE_FORMAT 1
#define SV_SCORE_MAX_RULES 512u  /* rules in one rules file */
#define SV_SCORE_MAX_CONDS 8192u /* condition nodes in one rules file */
/* points one rule may move a 0-100 meter; reach: SV_SCORE_MAX_EFFECT x 10000 people */
#define SV_SCORE_MAX_EFFECT 100
#define SV_SCORE_MAX_WEIGHT 1000           /* x100: a pack may multiply a rule by 0 to 10 */
#define SV_SCORE_PROMISE_WINDOW_MS 180000u /* default "promise_window" */
/* The test wall: a public reply longer than this many characters (or tagged
 * long) is more than a passer-by reads (SHORT) */
#define SV_SCORE_WALL_CHARS 560
/* ... and so is one of this many parts or more, piled up past half again the
 * short reply's 280 characters (SHORT: every point one more part; fresh14 Q3) */
#define SV_SCORE_PILED_PARTS 8
#define SV_SCORE_PILED_CHARS 420

/* SV_SCORE_UNIT, the raw unit of contributions: svara/units.h */
/* Contributions above this many tenths (10 points) are applied in steps of it,
 * each scaled by the room left after the step before: linear for ordinary
 * replies, never filling or emptying a meter in one go. */
#define SV_SCORE_STEP 100
/* The composer search tries every subset when at most this many parts are
 * enabled; above it, every reply of an allowed length (min to max parts) when
 * there are at most SV_SCORE_SEARCH_REPLIES of them, and only beyond that
 * builds the reply greedily part by part. */
#define SV_SCORE_SEARCH_PARTS 12u
#define SV_SCORE_SEARCH_REPLIES 16384u

/* ---- vocabulary -------------------------------------------------------------- */

typedef enum {
    SV_TRIGGER_REPLY = 0, /* the player (or the deadline's default) answers a decision */
    SV_TRIGGER_TIMEOUT,   /* a decision's deadline passes unanswered */
    SV_TRIGGER_TICK,      /* every ten simulated seconds per unanswered post; effects per minute */
    SV_TRIGGER_END,       /* the scenario ends: once per post never answered */
    SV_TRIGGER_PROMISE,   /* a promised follow-up did not come within the window */
    SV_TRIGGER_KEPT,      /* a promised follow-up came in time */
    SV_TRIGGER_COUNT
} sv_Trigger;

const char *sv_trigger_name(sv_Trigger t); /* "reply", "timeout", ... */
bool sv_trigger_parse(const char *name, sv_Trigger *out);

/* The ids of principles.md, in its order. */
typedef enum {
    SV_PRINCIPLE_ORDER = 0,
    SV_PRINCIPLE_APOLOGY_EXPLAIN_COMPENSATE,
    SV_PRINCIPLE_CONTACT,
    SV_PRINCIPLE_FAST,
    SV_PRINCIPLE_ALWAYS,
    SV_PRINCIPLE_EMPATHY,
    SV_PRINCIPLE_PUBLIC,
    SV_PRINCIPLE_TWICE,
    SV_PRINCIPLE_SWITCH,
    SV_PRINCIPLE_PRO,
    SV_PRINCIPLE_FACTUAL,
    SV_PRINCIPLE_NO_IRONY,
    SV_PRINCIPLE_ACCOMMODATE,
    SV_PRINCIPLE_SHORT,
    SV_PRINCIPLE_THANK,
    SV_PRINCIPLE_HONEST,
    SV_PRINCIPLE_LISTEN,
    SV_PRINCIPLE_ASK,
    SV_PRINCIPLE_FIX,
    SV_PRINCIPLE_EXTRA_MILE,
    SV_PRINCIPLE_POLICY,
    SV_PRINCIPLE_MONITOR,
    SV_PRINCIPLE_TEAM,
    SV_PRINCIPLE_TROLL,
    SV_PRINCIPLE_ONSTAGE_OFFSTAGE,
    SV_PRINCIPLE_COUNT
} sv_Principle;

typedef uint32_t sv_PrincipleSet; /* bit (1u << sv_Principle) */

const char *sv_principle_name(sv_Principle p); /* "ORDER", "APOLOGY-EXPLAIN-COMPENSATE", ... */
bool sv_principle_parse(const char *name, sv_Principle *out);

/* What a condition node tests. Comparisons use op and value; the others value. */
typedef enum {
    SV_TEST_ALL = 0,          /* every kid (an empty list holds) */
    SV_TEST_ANY,              /* some kid (an empty list fails) */
    SV_TEST_NOT,              /* kids[0] fails */
    SV_TEST_TAG,              /* value = sv_Tag */
    SV_TEST_PART,             /* value = sv_PartKind */
    SV_TEST_ORDER,            /* value 1 "ok", 0 "wrong" */
    SV_TEST_PARTS,            /* op, value = parts */
    SV_TEST_LENGTH,           /* op, value = characters */
    SV_TEST_DELAY,            /* op, value = ms */
    SV_TEST_VISIBILITY,       /* value = sv_Visibility */
    SV_TEST_ACTION,           /* value = sv_Action */
    SV_TEST_THREAD_REPLIES,   /* op, value */
    SV_TEST_VALENCE,          /* value = sv_Valence */
    SV_TEST_AUTHOR,           /* value = sv_Role */
    SV_TEST_CLAIM,            /* value 0/1 */
    SV_TEST_ANSWERED_PUBLIC,  /* value 0/1 */
    SV_TEST_SOLUTION_OFFERED, /* value 0/1 */
    SV_TEST_REPEAT,           /* op, value */
    SV_TEST_POLICY,           /* value 1 "differs", 0 "same" */
    SV_TEST_CHANNEL,          /* value = sv_ChannelType */
    SV_TEST_FIXED,            /* value 0/1 */
    SV_TEST_RECURRING,        /* value 0/1 */
    SV_TEST_WATCHED,          /* value 0/1: the post's channel is watched from the start */
    SV_TEST_DEFAULT,          /* value 0/1: the reply was the deadline's default */
    /* derived from the story's facts and the reply's structure, not from tags */
    SV_TEST_CLAIMS,           /* value: 1 all true, 0 all false, 2 some of each */
    SV_TEST_CONFIRMS,         /* value 0/1: confirms a false / true fact or claim */
    SV_TEST_DENIES,           /* value 0/1: denies a false / true fact or claim */
    SV_TEST_GUESS,            /* value 0/1: states what the player cannot know yet */
    SV_TEST_REMEDY,           /* value 0/1: offers a way forward (explain, compensate, promise) */
    SV_TEST_ACCOMMODATES,     /* value 0/1: acknowledges, apologises, thanks or compensates */
    SV_TEST_MOVES_PRIVATE,    /* value 0/1: invites to a private channel or is sent there */
    SV_TEST_CANNED,           /* value 0/1: a template, or words used before with a name swapped */
    SV_TEST_CHECKED,          /* value 0/1: its own check or colleague made facts known first */
    SV_TEST_GENEROUS,         /* value 0/1: offers more than the customer lost */
    SV_TEST_FACTS_MISSING,    /* value 0/1: something the answer needs is still unknown */
    SV_TEST_SPEAKS,           /* value 0/1: has words (reply, move-private, ask) */
    SV_TEST_DEADLINE_PCT,     /* op, value: the delay in percent of the decision's deadline */
    SV_TEST_OWN_DELAY_PCT,    /* op, value: the option's own delay in percent of the deadline */
    SV_TEST_ALSO,             /* value = sv_Action: the option combines this action too */
    SV_TEST_ANSWERED_PRIVATE, /* value 0/1: the brand already answered this complainer in private */
    SV_TEST_COMPENSATES,      /* value 0/1: a compensate part, or an offer */
    SV_TEST_SOLUTION, /* value 0/1: a way forward to act on: compensation, a promise, an offer, tag
                         solution */
    SV_TEST_KNOWN_FALSE,    /* value 0/1: the post claims something the player knows is false */
    SV_TEST_CLAIMS_UNKNOWN, /* value 0/1: some claim of the post is not known yet */
    SV_TEST_CORRECTED, /* value 0/1: an earlier public reply in the thread denied a falsehood */
    SV_TEST_CLOSES,    /* value 0/1: a public closing note (the option's closes) */
    SV_TEST_ASKS,      /* value 0/1: the post asks something the brand can answer (asks) */
    SV_TEST_MISLED, /* value 0/1: an earlier public reply in the thread stated something untrue */
    SV_TEST_OWN_THREAD,      /* value 0/1: the post's author wrote its thread's first post */
    SV_TEST_MODERATES,       /* value 0/1: a public calm word about the thread's tone (moderates) */
    SV_TEST_UNDER_COMPLAINT, /* value 0/1: another person's post under a complaint that is right */
    SV_TEST_TAKES_BACK, /* value 0/1: it takes back the brand's own untrue answer in the thread */
    SV_TEST_CHECK_AT_HAND, /* value 0/1: an option of this decision finds the facts in time */
    SV_TEST_THIRD_ROUND,   /* value 0/1: a third public round in a heated thread (TWICE) */
    SV_TEST_HOSTILE,       /* value 0/1: sarcasm, irony, emotion, an argument, blame, a joke at a
                              complaint */
    SV_TEST_QUESTION,      /* value 0/1: the post is a question: neutral, or it asks (asks) */
    SV_TEST_COMPLAINT,     /* value 0/1: the post is a complaint: negative, not a troll's */
    SV_TEST_ASKS_BACK, /* value 0/1: the reply asks the customer (the action ask, or a part ask) */
    SV_TEST_GRANTS_DEMAND, /* value 0/1: the offer meets what the post demands beyond its loss */
    SV_TEST_OVERPROMISES,  /* value 0/1: it promises what cannot be kept (tag overpromise, or a
                              promise to come back in the last answer the channel takes) */
    SV_TEST_WALL,       /* value 0/1: a public reply that is a wall of text (tag long, or more than
                           SV_SCORE_WALL_CHARS characters) */
    SV_TEST_LEAVES_OUT, /* value 0/1: it passes on some facts found out in the run, and another
                           option of the decision passes on one more */
    SV_TEST_DISCLOSES,  /* value 0/1: it says in public what is private (tag too-personal, or a
                           public reply that confirms or denies a fact marked private) */
    SV_TEST_MEETS_NEED, /* value 0/1: it confirms, when it is so, the fact the post says its
                           author needs ("needs": the menus reach her before Saturday) */
    SV_TEST_POINTS_PRIVATE, /* value 0/1: a calm public line that only points to the private
                               message the brand already sent in the thread */
    SV_TEST_TELLS_MEASURE,  /* value 0/1: it confirms, when it is so and known, a fact marked
                               measure: what the brand changed so it does not happen again */
    /* value 0/1: its offer makes good all that the post says the failure cost (the post's
       loss, given and more than 0) */
    SV_TEST_COVERS_LOSS,
    SV_TEST_WAY_ON, /* value 0/1: it leaves the customer a way to go on (a contact part, a move
                       to private, a promise to come back, or a question back) */
    /* value 0/1: the true claims of the answered post that the reply owns (what its apologise
       parts name in their own confirms, if any; else those it confirms; when it confirms none
       of them, all of them) are all no fault of the brand's ("fault": false), and there is one */
    SV_TEST_NO_FAULT,
    /* value 0/1: it confirms or denies a claim of the post it answers (says where the brand
       stands on what the post itself says, not only on facts beside it) */
    SV_TEST_ANSWERS_CLAIM,
    SV_TEST_DEMANDS, /* value 0/1: the post demands something (its demands, more than 0) */
    /* value 0/1: the post demands something and the reply, with words, offers less than it:
       a no, or a no to part of it (a demand paid in full is no refusal, beyond the loss or not) */
    SV_TEST_REFUSES_DEMAND,
    /* value 0/1: the answered post makes a claim the player does not know yet, and the reply
       leaves it open (states nothing the player does not know) while it confirms a true claim
       of the post that the player knows: what it explains and makes good rests on that */
    SV_TEST_LEAVES_OPEN,
    /* value 0/1: its offer (more than 0) is no more than one an earlier brand reply with words
       already made in this thread: an offer kept, not a new payment */
    SV_TEST_REPEATS_OFFER,
    SV_TEST_TELLS_INQUIRY, /* value 0/1: it confirms, when it is so and known, a fact marked
                              inquiry: what the brand is doing to find out what happened */
    SV_TEST_ASKS_KNOWN,    /* value 0/1: it asks the customer only for what is known already: its
                              question (an ask option, or its ask parts) reveals facts, and all of
                              them are known when it goes out (in the post, the briefing or found) */
    /* value 0/1: a composed reply's explanation only tells its customer again what he has had:
       the story's facts no post claims that its explain parts state, one at least, an earlier
       brand reply with words in the thread, to a post of the same author, stated the same way,
       where this one goes (public; private too for a private reply); not to a post that asks */
    SV_TEST_EXPLAINS_AGAIN,
    SV_TEST_LOST, /* value 0/1: the post says what the failure cost its author (its loss, more
                     than 0) */
    /* value 0/1: its explanation tells why it went wrong: an explain part of a composed reply
       confirms, in its own list, a fact of the story no post claims, true and known, that is
       neither a measure, nor an inquiry, nor private; an option with an explain part confirms
       one such fact (read as a whole) */
    SV_TEST_TELLS_CAUSE,
    /* value 0/1: it tells what came of what many customers asked: it confirms, when it is so
       and known, a fact marked outcome; in a scenario that marks no fact outcome, an explain
       part is read as telling it */
    SV_TEST_TELLS_OUTCOME,
    /* value 0/1: it says sorry, and does not take it back: an apologise part, and not the tag
       hedged ("sorry if you felt", "sorry, but") */
    SV_TEST_APOLOGISES,
    /* value 0/1: a composed reply says sorry again for what the thread has had a sorry for:
       the claims its apologise parts name in their own confirms lists, one at least, were each
       apologised for by an earlier brand reply with words in the thread (a sorry not hedged
       and no template), where this one goes (public; private too for a private reply) */
    SV_TEST_APOLOGISES_AGAIN,
    /* value 0/1: it confirms, when it is so and known, a fact marked recourse: what the
       customer can do that the brand cannot decide for her (a review, an appeal), the outcome
       not promised */
    SV_TEST_TELLS_RECOURSE,
    /* value 0/1: it gives an explanation: an explain part; in a scenario that marks a fact
       cause, its explanation tells the cause (tells_cause, reading only the marked causes) or
       the measure (tells_measure), not only a way on or a point beside the fault */
    SV_TEST_EXPLAINS_WHY,
    /* value 0/1: it only echoes a falsehood someone other than a customer posted: it confirms
       something false (not as a guess), confirms nothing true and denies nothing false, to a
       post whose author is neither the complainer nor a customer (in public the customer is
       right: a customer's mistaken claim agreed to is read by confirms and its own rules) */
    SV_TEST_ECHOES_FALSE,
    /* value 0/1: to a post with two claims or more, it answers each: confirms or denies it,
       or, while it is not known, has a part that takes it up (a part's addresses) */
    SV_TEST_ANSWERS_EVERY_POINT,
    /* value 0/1: the post is another person's in a thread someone else started, not a troll's,
       and no earlier public brand reply with words in the thread answered a post of theirs: a
       new voice, answered for the first time (TWICE counts the rounds with each person) */
    SV_TEST_NEW_VOICE,
    /* value 0/1: it confirms the fact the post names as the answer to what it asks ("answer"),
       true and known */
    SV_TEST_ANSWERS_QUESTION,
    /* value 0/1: the story holds something about the customer never to be said in public: a
       fact of the scenario or a claim of the answered post marked private, true and known */
    SV_TEST_PRIVATE_AT_STAKE,
    /* value 0/1: a composed reply offers again only what its customer has been offered: the
       story's facts its compensate parts confirm, one at least, were each stated by an earlier
       brand reply with words in the thread, to a post of the same author, where this one goes
       (public; private too for a private reply) */
    SV_TEST_COMPENSATES_AGAIN,
    /* value 0/1: a composed reply's promise to come back is only the measure told: each of its
       promise-follow-up parts confirms, in its own list, a fact marked measure, true and known
       ("next year every entrant gets a medal"): what was changed, not a follow-up to come back
       with */
    SV_TEST_PROMISES_MEASURE,
    /* value 0/1: a composed reply whose decision's composer holds a remedy: a part offered
       from the start (no when of its own) that compensates (a compensate part, an offer), not
       tagged template, dishonest or overpromise */
    SV_TEST_REMEDY_AT_HAND,
    /* value 0/1: a composed reply to a post that confirms and denies none of its claims (read
       part by part: what each part's own lists name, or an acknowledge or deny part without
       lists) */
    SV_TEST_CLAIMS_UNSAID,
    /* value 0/1: the reply states something, and everything it confirms or denies is a guess
       (not known when it goes out): whatever it says sorry for or makes good rests on nothing
       the brand knows */
    SV_TEST_GUESS_ONLY,
    /* value 0/1: the reply confirms a fact marked for_all (a remedy the brand gives everyone
       in the same case), true and known when it goes out (the context's tells_for_all) */
    SV_TEST_TELLS_FOR_ALL,
    /* value 0/1: the reply compensates, and its compensation names a fact true and known when
       it goes out: a composed reply's compensating part (kind compensate, or an offer) in its
       own confirms, an option with a compensate part or an offer in the option's confirms (the
       context's compensation_known) */
    SV_TEST_COMPENSATION_KNOWN,
    /* value 0/1: the story holds something about the customer never to be said in public that
       the brand has still to be told: a fact of the scenario or a claim of the answered post
       marked private and true, not known yet (an address to post to, a number to call): a
       personal detail to gather, which belongs in a private channel */
    SV_TEST_PRIVATE_TO_GATHER,
    /* value 0/1: a composed reply's apologise part names in its own confirms a true claim of
       the answered post that is the brand's fault (not "fault": false) and not marked private:
       the sorry itself owns the fault, as an acknowledge part beside it would (the context's
       sorry_owns_fault); sympathy for something private, a person's health, is no fault owned */
    SV_TEST_SORRY_OWNS_FAULT,
    SV_TEST_COUNT
} sv_ScoreTest;

const char *sv_score_test_name(sv_ScoreTest t); /* the JSON key: "tag", "thread_replies", ... */

typedef struct sv_ScoreCond {
    uint8_t test; /* sv_ScoreTest */
    uint8_t op;   /* sv_CmpOp */
    int32_t value;
    uint32_t kids_start; /* into sv_ScoreModel.kids */
    uint32_t kids_count;
} sv_ScoreCond;

/* Rules of one group add up to at most the group's cap per meter (gains only):
 * the advice supports only so much credit for remedies piled on one reply. */
#define SV_SCORE_MAX_GROUPS 16u
typedef struct sv_ScoreGroup {
    const char *id;
    int32_t cap[SV_METER_COUNT]; /* tenths of a point (reach: tenths of a person); 0 = no cap */
} sv_ScoreGroup;

#define SV_SCORE_FEATURE_WORDS 3 /* 64-bit words of a context's yes-or-no features */

typedef struct sv_ScoreRule {
    const char *id;
    sv_PrincipleSet principles;
    sv_Trigger on;
    int32_t when;    /* into conds; -1 = always */
    int32_t group;   /* into sv_ScoreModel.groups, -1 none */
    uint32_t for_ms; /* tick rules: per post they fire at most this long; 0 = no limit */
    /* tenths of a point per meter (reach: tenths of a person); tick rules: per minute */
    int32_t effects[SV_METER_COUNT];
    int32_t weight;  /* x100; 100 unless a pack's overrides change it */
    bool disabled;   /* by a pack's overrides: the rule never fires */
    sv_Text explain; /* every language filled */
    /* yes-or-no features of a context (a tag, a part, the action, the post's
     * valence, "remedy"...) its condition needs and shuns: a context without all of
     * `need` or with any of `shun` is not tested further (sv_score_masks) */
    uint64_t need[SV_SCORE_FEATURE_WORDS], shun[SV_SCORE_FEATURE_WORDS];
    uint32_t entry;  /* its condition's first step in sv_ScoreModel.steps (score_compile.c) */
    uint32_t sieved; /* the first step whose outcome need and shun leave open */
} sv_ScoreRule;

typedef struct sv_ScoreModel {
    const char *id;
    const char *file;
    uint32_t promise_window_ms;
    sv_ScoreRule *rules;
    uint32_t rule_count;
    sv_ScoreGroup *groups;
    uint32_t group_count;
    /* rules by trigger, in file order: by_trigger[t] .. by_trigger[t + 1] in rule_order */
    uint32_t by_trigger[SV_TRIGGER_COUNT + 1];
    uint32_t *rule_order;
    sv_ScoreCond *conds;
    uint32_t cond_count;
    uint32_t *kids;
    uint32_t kid_count;
    /* every rule's condition compiled once at load into a flat branch program
     * over a context's features (game/core/score_compile.c); NULL steps: the
     * conditions are interpreted */
    struct sv_ScoreStep *steps;
    uint32_t step_count;
    struct sv_ScoreMask *masks;
    uint32_t mask_count;
    /* [rule_count] by place in rule_order: one feature bit the rule needs (of
     * its need bits the one of the rarest kind), UINT16_MAX none: a first look */
    uint16_t *rule_key;
    /* the rules of each trigger a context's features rule out, bit by bit
     * (score_compile.c); NULL: every rule's masks are tried */
    struct sv_ScoreSieve *sieve;
    /* do the tick rules' conditions read the time (then ticks are judged
     * afresh every tick)? 0 not worked out yet, 1 no, 2 yes */
    uint8_t ticks_read_time;
    sv_Arena *arena; /* owns every byte above */
} sv_ScoreModel;

/* ---- loading ------------------------------------------------------------------ */

/* Parses a rules file from bytes. Every problem goes to diags with its JSON
 * pointer, line and column; on SV_OK *out is a model (heap) the caller frees
 * with sv_score_free(), otherwise *out is NULL. */
sv_Status sv_score_parse(const char *file, const char *bytes, size_t len, sv_ScoreModel **out,
                         sv_DiagList *diags);
void sv_score_free(sv_ScoreModel *m);
/* A deep copy (heap, free with sv_score_free), so a pack can change weights
 * without touching the shared default model. NULL when out of memory. */
sv_ScoreModel *sv_score_clone(const sv_ScoreModel *m);
int32_t sv_score_find_rule(const sv_ScoreModel *m, const char *id); /* -1 when absent */

/* A pack's changes to the model as plain data: the entries the pack loader
 * keeps from the manifest's "scoring" object (sv_PackScoreEntry: rule id,
 * weight x100, JSON pointer), and the manifest's bytes to locate diagnostics
 * (bytes may be NULL: then no line and column). */
typedef struct sv_ScoreOverrides {
    const char *file; /* the manifest as diagnostics name it */
    const char *bytes;
    size_t len;
    /* weight 200 doubles a rule; 0 keeps it firing (and explained) but moving nothing */
    const sv_PackScoreEntry *weights;
    size_t weight_count;
    const sv_PackScoreEntry *disable; /* weight unused */
    size_t disable_count;
} sv_ScoreOverrides;

/* Checks every entry (unknown rule ids, weights outside 0..10) and only when
 * all are good applies them. SV_ERR_INVALID with diagnostics otherwise. Apply
 * to a clone (sv_score_clone), not to a model other packs share. */
sv_Status sv_score_apply_overrides(sv_ScoreModel *m, const sv_ScoreOverrides *ov,
                                   sv_DiagList *diags);
/* The same with a loaded pack's manifest entries and bytes. */
sv_Status sv_score_apply_pack(sv_ScoreModel *m, const sv_Pack *pack, sv_DiagList *diags);

/* ---- judging ------------------------------------------------------------------- */

/* Everything a rule's condition can read about one moment of judgement. */
typedef struct sv_ScoreContext {
    sv_Trigger trigger;
    uint32_t t_ms;
    int32_t decision; /* -1 when none */
    int32_t post;     /* the answered (or unanswered) post, -1 when none */
    /* the reply; has_reply is false for ticks, ends and timeouts without a default */
    bool has_reply;
    bool by_default;
    int32_t option; /* -1 for a composed reply */
    sv_Action action;
    sv_Visibility visibility;
    sv_TagSet tags; /* the option's, or the union of the parts' */
    uint8_t kind_count;
    uint8_t kinds[SV_MAX_COMPOSE]; /* sv_PartKind, in the reply's order */
    uint32_t length;               /* characters (code points) in the session's language */
    uint32_t delay_ms;             /* since the post appeared (or the decision opened) */
    uint32_t repeat;               /* earlier replies with the same words, names aside */
    uint8_t step, step_count;      /* this action's place in its option; how many it combines */
    bool speaks;                   /* it has words: reply, move-private, ask */
    uint32_t also;                 /* bit (1u << sv_Action): the option's other actions */
    uint32_t own_delay_ms;         /* the option's own delay: chosen to sent */
    int32_t deadline_pct;          /* delay_ms in percent of the decision's deadline; -1 none */
    int32_t own_delay_pct;         /* own_delay_ms in percent of the deadline; -1 none */
    uint8_t confirms_true, confirms_false, denies_true, denies_false;
    uint8_t guesses; /* facts it confirms or denies that the player cannot know yet */
    bool remedy, accommodates, moves_private, canned, checked, generous, compensates, solution;
    bool closes;    /* a public closing note with words: the option's `closes` */
    bool moderates; /* a public calm word about the thread's tone: the option's `moderates` */
    /* a composed reply to a post, read part by part, confirms and denies none of its claims
       (the test claims_unsaid) */
    bool claims_unsaid;
    int32_t offer; /* value offered, 0 none */
    /* the post and its thread; has_post false leaves every post test failing */
    bool has_post;
    sv_Valence valence;
    sv_Role author;
    bool claim_true;
    sv_ChannelType channel;
    bool watched;
    bool recurring;
    bool asks;               /* the post asks something the brand can answer */
    uint32_t thread_replies; /* earlier public brand replies in the thread */
    bool solution_offered;   /* one of them carried the tag solution */
    /* -1 the complaint was not answered elsewhere before, or the reply only moves to private
       with the same apology; 0 the same; 1 differs */
    int8_t policy;
    bool fixed;                        /* an earlier reply told the product team */
    uint8_t claims_true, claims_false; /* the post's claims */
    int32_t loss;                      /* the post's loss, 0 or less unknown */
    int32_t demand;                    /* what the post demands, 0 or less nothing */
    bool facts_missing;    /* unknown claims of the post, or facts this decision could reveal */
    bool claims_unknown;   /* some claim of the post itself is not known yet */
    bool check_at_hand;    /* facts_missing, and an option of this decision checks first and
                              reveals one of them, going out within the decision's deadline */
    bool owned_before;     /* an earlier reply in the thread confirmed, denied or apologised */
    bool answered_private; /* an earlier private reply in this thread */
    bool known_false;      /* some claim of the post is false, and the player knows it */
    bool corrected;        /* an earlier public reply in the thread denied something false */
    bool own_thread; /* the post's author wrote its thread's first post (the one it is about) */
    bool under_complaint; /* another person's post in the thread of a complaint that is (partly)
                             true: a bystander speaking over the complainer */
    bool misled;        /* an earlier public reply in the thread confirmed something false or denied
                           something true */
    bool answered_here; /* answered_public: a public reply in the thread answers the post (the
                           author's own thread: any earlier one; another person's post: one after
                           it appeared; or the thread has had two) */
    bool last_answer;   /* the post's channel takes no public brand answer in this thread after
                           one more (the channel's replies; a review site's one answer) */
    bool leaves_out;    /* it states rightly some facts found out in the run, and another option
                           of the decision states rightly one more that it leaves out */
    bool states_private; /* it confirms or denies a fact marked private (in any channel) */
    bool meets_need;     /* it confirms the post's need (its "needs" fact), true and known */
    bool tells_measure;  /* it confirms a fact marked measure (what was changed), true and known */
    bool no_fault; /* the post's true claims it owns (confirms; none confirmed: all) are no fault
                      of the brand's, and there is one (the test no_fault) */
    bool answers_claim; /* it confirms or denies a claim of the answered post */
    bool leaves_open;   /* the post's unknown claims left open, a known true one confirmed (the
                           test leaves_open) */
    /* the largest offer an earlier brand reply with words made in the thread (public or
       private), 0 none */
    int32_t offered_before;
    bool tells_inquiry;  /* it confirms a fact marked inquiry (what is being done to find out),
                            true and known */
    bool asks_known;     /* it asks back, and what its question reveals (one fact at least) is all
                            known already (the test asks_known) */
    bool explains_again; /* a composed reply's explanation states only what an earlier brand
                            reply in the thread told its readers (explains_again) */
    bool tells_cause;    /* its explanation confirms a cause: a story fact, true and known, not a
                            measure, an inquiry, a recourse, a remedy for all, an outcome or
                            private (the test tells_cause) */
    bool tells_outcome;  /* it confirms a fact marked outcome, true and known; or, where no fact
                            is marked outcome, it has an explain part (the test tells_outcome) */
    /* a composed reply's sorry names only claims an earlier brand reply in the thread said
       sorry for (the test apologises_again) */
    bool apologises_again;
    bool tells_recourse; /* it confirms a fact marked recourse (what the customer can do that the
                            brand cannot decide), true and known (the test tells_recourse) */
    /* it confirms a fact marked for_all (a remedy everyone in the same case gets), true and
       known: its offer is that remedy, no prize for demanding (grants_demand); the test
       tells_for_all */
    bool tells_for_all;
    /* its compensation names a fact true and known: what it makes good rests on what the brand
       knows, not on a claim not yet checked (the test compensation_known) */
    bool compensation_known;
    /* it has an explain part, and where the story marks a fact cause it tells the cause or the
       measure (the test explains_why) */
    bool explains_why;
    /* the answered post makes two claims or more and the reply answers each: confirms or
       denies it, or, while it is not known, a part takes it up (the test
       answers_every_point) */
    bool answers_every_point;
    /* the post is another person's in a thread someone else started, not a troll's, and no
       earlier public brand reply with words in the thread answered a post of theirs (the test
       new_voice) */
    bool new_voice;
    /* it confirms the fact the answered post names as the answer to what it asks (the post's
       "answer"), true and known (the test answers_question) */
    bool answers_question;
    /* the story holds a fact, or the answered post a claim, marked private, true and known
       now (the test private_at_stake) */
    bool private_at_stake;
    /* the story holds a fact, or the answered post a claim, marked private and true that is
       not known now: a personal detail the brand must still ask for (the test
       private_to_gather) */
    bool private_to_gather;
    /* an apologise part of the composed reply names in its own confirms a true claim of the
       answered post at fault and not private (the test sorry_owns_fault) */
    bool sorry_owns_fault;
    /* a composed reply's remedy is only one an earlier brand reply in the thread offered the
       same customer (the test compensates_again) */
    bool compensates_again;
    /* a composed reply's promise-follow-up parts each confirm a measure, true and known: the
       promise is the measure told (the test promises_measure) */
    bool promises_measure;
    /* a composed reply, and its composer holds from the start a part that compensates (the
       test remedy_at_hand) */
    bool remedy_at_hand;
    /* judging's kept answers (the session's sv_ScoreStatic's), NULL none: no
     * condition reads it, and it changes no result */
    struct sv_ScoreMemo *memo;
} sv_ScoreContext;

/* The state a judgement starts from. A pure function of it, the scenario and
 * the reply: the live session and the debrief's "what if" use the same code. */
typedef struct sv_ScoreSnapshot {
    uint32_t t_ms;
    uint32_t history; /* replies that went out before: those with 0 < sent <= history */
    sv_Lang lang;
    int32_t meters[SV_METER_COUNT];
    int64_t frac[SV_METER_COUNT]; /* see sv_score_curve() */
    const uint8_t *known; /* [fact_count] what the player knew then; NULL: the session's now */
} sv_ScoreSnapshot;

/* Judging itself (the context of a judgement, conditions, firing, the curve)
 * is the core's: game/core/score_internal.h. */

/* One rule that fired. */
typedef struct sv_ScoreHit {
    int32_t rule;
    uint8_t trigger;             /* sv_Trigger it fired on */
    int64_t raw[SV_METER_COUNT]; /* units (SV_SCORE_UNIT per tenth), weight applied */
    /* whole tenths (reach: people) the meter moved; with a crowd, sentiment and
     * reach are moved by the crowd, and these are what the rule is worth */
    int32_t applied[SV_METER_COUNT];
} sv_ScoreHit;

/* ---- what a scored session keeps ------------------------------------------------- */

/* A rule that fired. Tick firings of one rule for one post are kept as one
 * record covering every tick it fired (each ten seconds of standing). */
typedef struct sv_Firing {
    uint32_t t_ms;    /* when it fired (tick: the first tick) */
    uint32_t last_ms; /* tick: the last tick; otherwise t_ms */
    uint32_t count;   /* seconds a tick record covers (ten a tick); otherwise 1 */
    uint8_t trigger;  /* sv_Trigger */
    int32_t rule;
    int32_t decision;                /* -1 when none */
    int32_t post;                    /* -1 when none */
    int32_t reply;                   /* index into sv_Session.replies, -1 when none */
    int64_t raw[SV_METER_COUNT];     /* units */
    int32_t applied[SV_METER_COUNT]; /* tenths (reach: people) */
} sv_Firing;

typedef struct sv_MeterSample {
    uint32_t t_ms;
    int32_t meters[SV_METER_COUNT];
} sv_MeterSample;

/* How a decision stood when it closed: the debrief judges alternatives from it. */
typedef struct sv_DecisionNote {
    bool closed;
    uint32_t t_ms;
    uint32_t history;         /* replies made before it */
    uint32_t options_enabled; /* bit i: the decision's option i was enabled */
    uint32_t parts_enabled;   /* bit i: its part i */
    int32_t meters[SV_METER_COUNT];
    int64_t frac[SV_METER_COUNT];
    uint8_t *known; /* [fact_count] in the state's note_known: what the player knew; NULL without
                       facts */
} sv_DecisionNote;

typedef enum { SV_PROMISE_OPEN = 0, SV_PROMISE_KEPT, SV_PROMISE_BROKEN } sv_PromiseState;

typedef struct sv_Promise {
    int32_t reply;  /* the reply that promised to come back */
    int32_t thread; /* its thread's first post, -1 */
    uint32_t due_ms;
    uint8_t state;       /* sv_PromiseState */
    uint32_t settled_ms; /* when it was kept or broken */
} sv_Promise;

/* A judgement the model says is due; the session runs it (svara/score.h's
 * internal counterpart, game/core/score_internal.h, has the calls). */
typedef struct sv_ScoreJob {
    uint8_t trigger; /* sv_Trigger */
    int32_t decision, post, reply;
} sv_ScoreJob;

typedef struct sv_ScoreState {
    const sv_ScoreModel *model;
    sv_Lang lang;
    uint32_t next_tick_ms;
    uint8_t *answerable;    /* [post_count]: some decision is about it or an option targets it */
    uint8_t *answered;      /* [post_count]: a reply or action (not "ignore") aimed at it */
    sv_DecisionNote *notes; /* [decision_count] */
    sv_Firing *firings;
    size_t firing_count, firing_cap;
    sv_MeterSample *history;
    size_t history_count, history_cap;
    sv_Promise *promises;
    size_t promise_count, promise_cap;
    sv_ScoreHit *scratch; /* [rule_count]: room for one judgement's hits */
    /* [decision_count * fact_count]: where each note's known is kept (set when it closes) */
    uint8_t *note_known;
    /* [the session's reply_cap] what judging reads of a reply that went out,
     * which never changes after (score_context.c) */
    struct sv_ReplyInfo *reply_info;
    sv_ScoreJob *jobs; /* [job_cap]: the judgements due at one moment */
    size_t job_cap;
    struct sv_ScoreTicks *ticks; /* what the ticks keep between seconds (core-internal) */
    bool has_ticks;              /* the model has enabled tick rules */
    /* a post that stands unanswered in front of everyone, -1 none: kept by
     * sv_score_track (after every item and input) and sv_score_replied, so
     * the clock need not look through every post each time it is asked */
    int32_t standing_hint;
    /* the posts seen (sv_Session.seen_count) when none stood: a post only
     * comes to stand by being seen, so none stands while that count holds */
    uint32_t none_seen;
    /* with at most 64 posts (`masked`), bit p: post p answerable and not
     * answered; with the session's seen_mask, the posts that may stand */
    bool masked;
    uint64_t open_mask;
    /* records not kept once their table was full (sv_Dropped) */
    uint32_t dropped_firings, dropped_samples, dropped_promises;
    /* what judging reads of the scenario that never changes, worked out once
     * (sv_score_static_new) for a caller that plays it many times; NULL
     * (the start): worked out at every judgement, with the same results */
    const struct sv_ScoreStatic *stat;
} sv_ScoreState;

/* What judging reads of a scenario that no run changes: each option's and
 * earlier reply's words, parts, tags, offer and the facts it states, every
 * post's thread and complaint; and what the scoring model's rules made of
 * contexts' features before (kept as it goes: one thread at a time). It must
 * outlive the sessions it is given to (the field stat of their
 * sv_ScoreState) and the models they judge with. NULL when out of memory. */
typedef struct sv_ScoreStatic sv_ScoreStatic;
sv_ScoreStatic *sv_score_static_new(const sv_Scenario *sc);
void sv_score_static_free(sv_ScoreStatic *x);

/* The post a reply answers: its option's target, else its decision's about; -1. */
int32_t sv_score_reply_post(const sv_Scenario *sc, const sv_Reply *r);
/* The first post of a post's thread (following reply_to); -1 for -1. */
int32_t sv_score_thread(const sv_Scenario *sc, int32_t post);

/* ---- what if --------------------------------------------------------------------- */

/* One answer to a decision: an option (with all its actions, at its delay), a
 * composed reply, or letting the deadline pass (timeout: its default option,
 * when `option` names it, then the timeout rules). */
typedef struct sv_Candidate {
    int32_t option; /* -1: composed (part_count > 0) or nothing */
    uint8_t part_count;
    int32_t parts[SV_MAX_COMPOSE];
    sv_Visibility visibility;
    bool timeout;
} sv_Candidate;

/* Judges the candidate from how decision d stood when it closed (it must have
 * closed), as the model would have judged it then, plus what it leaves undone:
 * the post standing unanswered (tick rules, as long as they fire) and the
 * end-of-run verdict when nothing later answers it, and the promises open in
 * its thread, kept or broken. Writes up to cap hits (raw only, each with its
 * trigger); returns how many. */
size_t sv_score_whatif(const sv_Session *s, const sv_ScoreModel *m, int32_t d,
                       const sv_Candidate *c, sv_ScoreHit *hits, size_t cap);
/* What the hits are worth together, before any curve: 2 x reputation +
 * sentiment + mood - reach / 100, in raw units (SV_SCORE_UNIT per tenth). */
int64_t sv_score_value(const sv_ScoreHit *hits, size_t n);
int64_t sv_score_value_hundredths(int64_t value);

#endif
