/* Internal to the core: how the session drives its scoring model. The model
 * only reads the session: it says which judgements are due and what each one
 * fires (score_session.c); the session applies them to its meters and its
 * crowd and hands them back to be kept. Without a model the session runs and
 * hashes exactly as it would with none. */
#ifndef SVARA_SCORE_INTERNAL_H
#define SVARA_SCORE_INTERNAL_H

#include "core_util.h"
#include "session_internal.h"
#include "svara/score.h"

/* ---- judging (score.c, score_context.c) ------------------------------------------- */

/* The context of a reply (trigger reply or promise: `reply` required), a
 * timeout (`reply` = the default taken, or NULL) or a standing post (tick, end:
 * `post` required). `reply` need not be in the session: a candidate works. */
void sv_score_context(const sv_Session *s, const sv_ScoreSnapshot *snap, sv_Trigger trigger,
                      int32_t decision, int32_t post, const sv_Reply *reply, sv_ScoreContext *out);

/* What a post's context reads of an earlier reply in the session, filled
 * the first time it is read after the reply went out. */
typedef struct sv_ReplyInfo {
    bool filled;
    bool speaks, owns, is_private; /* owns: confirms, denies or apologises */
    bool corrects, remedy;         /* denies something false; offers a way forward */
    bool misleads;                 /* confirms something false or denies something true */
    int32_t post, thread;          /* its post (sv_reply_post), that post's thread; -1 */
    int32_t offer;                 /* its offer, 0 none */
} sv_ReplyInfo;

/* The parts in a reply's order as the ORDER principle ranks them: "ok" needs
 * at least two ranked parts and no step back, "wrong" a step back or an
 * excuse (an explanation that owns nothing, when no earlier reply in the
 * thread owned it: `owned_before`). */
bool sv_score_order_ok(const uint8_t *kinds, uint8_t n);
/* The test takes_back: a reply in a thread where the brand stated something
 * untrue in public (misled) that now confirms something true or denies
 * something false, and states nothing untrue and guesses nothing itself. It
 * ends a quarrel, as a closing note does, so it is no third round. Read from
 * fields judged_key keys already. */
static inline bool sv_score_takes_back(const sv_ScoreContext *c)
{
    return c->has_reply && c->has_post && c->misled &&
           (c->confirms_true > 0 || c->denies_false > 0) && c->denies_true == 0 &&
           c->confirms_false == 0 && c->guesses == 0;
}
/* The test hostile: a reply tagged sarcasm, irony, emotional, argue or
 * blame-customer, or a joke at a complaint (NO-IRONY, FACTUAL, PRO): at the
 * complaint itself, or at another person's post in the thread of a complaint
 * that is right (under_complaint), where the whole thread reads it and the
 * joke lands on the complainer. The credits for a good answer ask for it to
 * be false. Read from fields judged_key keys already (the tags, the valence,
 * under_complaint). */
static inline bool sv_score_hostile(const sv_ScoreContext *c)
{
    const uint32_t harsh = 1u << SV_TAG_SARCASM | 1u << SV_TAG_IRONY | 1u << SV_TAG_EMOTIONAL |
                           1u << SV_TAG_ARGUE | 1u << SV_TAG_BLAME_CUSTOMER;
    return c->has_reply &&
           ((c->tags & harsh) != 0 || ((c->tags >> SV_TAG_JOKE & 1u) && c->has_post &&
                                       (c->valence == SV_VALENCE_NEGATIVE || c->under_complaint)));
}
/* Whether a reply's part kinds (n of them) hold kind k. */
static inline bool sv_score_kinds_have(const uint8_t *kinds, uint8_t n, uint8_t k)
{
    for (uint8_t i = 0; i < n; i++)
        if (kinds[i] == k) return true;
    return false;
}
/* A sorry that is meant (the test apologises): an apologise part, and the
 * reply does not take it back (no tag hedged, "sorry if you're unhappy"). */
static inline bool sv_score_sincere_sorry(const uint8_t *kinds, uint8_t n, sv_TagSet tags)
{
    return sv_score_kinds_have(kinds, n, SV_PART_APOLOGISE) && !(tags >> SV_TAG_HEDGED & 1u);
}
/* The reply takes a stand on the claim (ORDER): it acknowledges, denies or
 * says a sincere sorry. */
static inline bool sv_score_owns(const uint8_t *kinds, uint8_t n, sv_TagSet tags)
{
    return sv_score_kinds_have(kinds, n, SV_PART_ACKNOWLEDGE) ||
           sv_score_kinds_have(kinds, n, SV_PART_DENY) || sv_score_sincere_sorry(kinds, n, tags);
}
/* The test asks_back (ASK, LISTEN): the reply asks the customer something,
 * as the action ask or with a part ask. The rules that credit an answer's
 * substance need it false (a question is not yet the answer), and those that
 * credit asking need it true. Read from fields judged_key keys already (the
 * action, the part kinds). */
static inline bool sv_score_asks_back(const sv_ScoreContext *c)
{
    return c->has_reply && (c->action == SV_ACTION_ASK ||
                            sv_score_kinds_have(c->kinds, c->kind_count, SV_PART_ASK));
}
/* The test grants_demand (EXTRA-MILE, POLICY): the post demands more than
 * it lost (a fifth more, as generous reads an offer; "three months free or
 * one star everywhere"), and the reply's offer meets the demand. Going far
 * for a customer let down pays because others watch; paying what was
 * demanded beyond the loss shows them that demanding is what pays, and it is
 * not what the customers who did not demand get. A loss given as 0 says
 * nothing the brand did cost the author anything (a refund outside the terms,
 * an exception to a rule kept for everyone): then any demand is beyond it
 * (tests/fresh19). A reply that confirms a remedy everyone in the same case
 * gets (a fact marked for_all) pays no prize: the customers who only asked
 * get the same (tests/fresh27, V1). Read from fields judged_key keys (the
 * offer, the loss, the demand, tells_for_all). */
static inline bool sv_score_grants_demand(const sv_ScoreContext *c)
{
    return c->has_reply && c->speaks && c->has_post && c->demand > 0 && c->loss >= 0 &&
           (int64_t)c->demand * 5 > (int64_t)c->loss * 6 && c->offer >= c->demand &&
           !c->tells_for_all;
}
/* The test refuses_demand (POLICY, FACTUAL): the post demands something and
 * the reply, with words, offers less than that: all of it refused, or a part
 * (the ticket refunded, the concert not). A demand met in full is no refusal,
 * whether or not it was beyond the loss (that is grants_demand). Read from
 * fields judged_key keys (the offer, the demand). */
static inline bool sv_score_refuses_demand(const sv_ScoreContext *c)
{
    return c->has_reply && c->speaks && c->has_post && c->demand > 0 && c->offer < c->demand;
}
/* The test repeats_offer (HONEST, POLICY): the reply's offer is no more than
 * one the brand already made in this thread, in public or in private (its
 * largest, offered_before): an offer kept, not a new payment for what the
 * latest post says. Read from the offer, which judged_key keys, and
 * offered_before, keyed there by this reading. */
static inline bool sv_score_repeats_offer(const sv_ScoreContext *c)
{
    return c->offer > 0 && c->offer <= c->offered_before;
}

/* The test guess_only (HONEST, LISTEN, APOLOGY-EXPLAIN-COMPENSATE): the reply
 * confirms or denies something, and every fact it states is one the player
 * cannot know yet (guesses counts them; a fact is never both confirmed and
 * denied by one reply). 003's sorry is for a mistake the brand agrees
 * happened, and 000 listens before it answers: a sorry and a remedy for a
 * harm the brand has only guessed at rest on nothing it knows. Read from
 * fields judged_key keys (guesses and the four counts of what is stated). */
static inline bool sv_score_guess_only(const sv_ScoreContext *c)
{
    uint32_t stated =
        (uint32_t)c->confirms_true + c->confirms_false + c->denies_true + c->denies_false;
    return c->guesses > 0 && c->guesses >= stated;
}

/* The test covers_loss (APOLOGY-EXPLAIN-COMPENSATE, ACCOMMODATE): the post
 * says what the failure cost its author (loss, more than 0) and the reply's
 * offer, summed over its parts, is at least that: the customer is made whole,
 * not paid a part of it. 003 lets compensation fall short when it cannot be
 * full; where it can, 000's last step is the customer satisfied. Read from
 * fields judged_key keys (the offer, the loss). */
static inline bool sv_score_covers_loss(const sv_ScoreContext *c)
{
    return c->has_reply && c->speaks && c->has_post && c->loss > 0 && c->offer >= c->loss;
}
/* The test way_on (CONTACT, SWITCH, APOLOGY-EXPLAIN-COMPENSATE, ASK): the
 * reply leaves the customer a way to go on with the brand: a contact part, a
 * move to private, a promise to come back (not one that is only the measure
 * told: promises_measure), or a question back (asks_back).
 * An answer without one closes the matter with what it says; no-way-to-
 * continue costs that, and a customer given less than another with the same
 * complaint or fault, with no way on, has been told that is all
 * (less-with-no-way-on). Read from fields judged_key keys already (the part
 * kinds, the action, moves_private, promises_measure). */
static inline bool sv_score_way_on(const sv_ScoreContext *c)
{
    return c->has_reply &&
           (sv_score_kinds_have(c->kinds, c->kind_count, SV_PART_CONTACT) || c->moves_private ||
            (sv_score_kinds_have(c->kinds, c->kind_count, SV_PART_FOLLOW_UP) &&
             !c->promises_measure) ||
            sv_score_asks_back(c));
}
/* The test wall (SHORT): a public reply that is a wall of text, tagged long,
 * longer than SV_SCORE_WALL_CHARS, or of SV_SCORE_PILED_PARTS parts or more
 * and longer than SV_SCORE_PILED_CHARS (a wall read from its parts and its
 * length together, not from its tag alone: tests/fresh14, Q3). long-reply
 * costs it; and on a thread
 * that everyone passes by, what is piled on the substance of a wall is not
 * read, so the rules that credit one more courtesy part (sympathy, thanks,
 * contact, a promise of more) need it false: a reply is judged on its whole,
 * not on its count of parts (tests/fresh14). Read from the visibility, the
 * tags and the count of parts, which judged_key keys, and the length, whose
 * class it keys by these two bounds too (judged_for). */
static inline bool sv_score_wall(const sv_ScoreContext *c)
{
    return c->has_reply && c->visibility == SV_VIS_PUBLIC &&
           ((c->tags >> SV_TAG_LONG & 1u) || c->length > SV_SCORE_WALL_CHARS ||
            (c->kind_count >= SV_SCORE_PILED_PARTS && c->length > SV_SCORE_PILED_CHARS));
}
/* The test question (ALWAYS: use the information): the post is neutral, or
 * it asks something the brand can answer, whatever its valence. The rules
 * about answering a question read it. Read from fields judged_key keys
 * already (the valence, asks). */
static inline bool sv_score_question(const sv_ScoreContext *c)
{
    return c->has_post && (c->valence == SV_VALENCE_NEUTRAL || c->asks);
}
/* The test complaint: the post is negative and not a troll's. Most rules
 * about answering a complaint (ORDER, APOLOGY-EXPLAIN-COMPENSATE, FAST,
 * ALWAYS, PUBLIC, SWITCH...) read it, while a troll's post is met by TROLL's
 * rules instead; said in one place. Read from fields judged_key keys already
 * (the valence, the author's role). */
static inline bool sv_score_complaint(const sv_ScoreContext *c)
{
    return c->has_post && c->valence == SV_VALENCE_NEGATIVE && c->author != SV_ROLE_TROLL;
}
/* The test points_private (TWICE, SWITCH): a calm public line, in a
 * public channel, that only points to the private message the brand has
 * already sent in the thread (answered_private: a private reply or a move to
 * private that went out before it): "Viktor, we've sent you a private
 * message". It is the move to private made visible, which 001 asks for after
 * a solution was offered, not one more round of the quarrel: it holds
 * nothing but the move (a move-private part or action), a greeting or a
 * sign-off; no argument, no explanation or apology again, no wall, nothing
 * hostile. A pointer to a message not yet sent is a promise of one, and is
 * no pointer. Read from fields judged_key keys (the kinds, the tags, the
 * visibility, the channel, answered_private, moves_private, the length's
 * class by the wall's bound). */
static inline bool sv_score_points_private(const sv_ScoreContext *c)
{
    if (!c->has_reply || !c->speaks || !c->has_post || c->visibility != SV_VIS_PUBLIC ||
        c->channel == SV_CHANNEL_PRIVATE || !c->answered_private || !c->moves_private)
        return false;
    for (uint8_t i = 0; i < c->kind_count && i < SV_MAX_COMPOSE; i++) {
        uint8_t k = c->kinds[i];
        if (k != SV_PART_MOVE_PRIVATE && k != SV_PART_GREETING && k != SV_PART_SIGN_OFF &&
            k < SV_PART_COUNT)
            return false;
    }
    return !sv_score_hostile(c) && !sv_score_wall(c);
}
/* The test third_round (TWICE): a public reply in a heated thread (a
 * complaint's, or a troll's post) that already has two public brand replies,
 * and neither a closing note, nor a reply that takes back the brand's own
 * untrue answer (takes_back), nor a line that points to the private message
 * already sent (points_private), nor the first answer to a new voice in the
 * thread (new_voice: 001's two answers are to one person's post, and someone
 * who joins has had none). Every credit a repeated answer would earn again
 * asks for it to be false. Read from fields judged_key keys already. */
static inline bool sv_score_third_round(const sv_ScoreContext *c)
{
    return c->has_reply && c->has_post && c->visibility == SV_VIS_PUBLIC &&
           c->thread_replies >= 2 && !c->new_voice &&
           (c->author == SV_ROLE_TROLL || c->valence == SV_VALENCE_NEGATIVE) && !c->closes &&
           !sv_score_takes_back(c) && !sv_score_points_private(c);
}
/* The test overpromises (HONEST): the reply promises what cannot be kept. The
 * author says so with the tag overpromise; the story says so in two ways.
 * A public reply with a promise to come back (a promise-follow-up part) is
 * the last answer its channel takes in the thread (a review site that takes
 * one answer from the business and no edits): a public promise is kept only
 * in public, and there is no later answer to keep it in. Or a reply with a
 * promise to come back confirms something false (a fact or a claim that is
 * not so: "we'll find a way to finish it in time" when it cannot be): the
 * promise rests on what is not so, and cannot be kept, in any channel. The
 * rules that credit a promise need it false. Read from fields judged_key
 * keys (the tags, the kinds, the visibility, last_answer, confirms_false). */
static inline bool sv_score_overpromises(const sv_ScoreContext *c)
{
    if (!c->has_reply) return false;
    if (c->tags >> SV_TAG_OVERPROMISE & 1u) return true;
    if (!sv_score_kinds_have(c->kinds, c->kind_count, SV_PART_FOLLOW_UP)) return false;
    if (c->confirms_false > 0) return true;
    return c->has_post && c->last_answer && c->visibility == SV_VIS_PUBLIC;
}
/* The test discloses (PRO, PUBLIC, SWITCH): the reply says in public what is
 * private. The author says so with the tag too-personal (personal details
 * asked for or given on the wall); the story says so when a public reply, in
 * a channel everyone reads, confirms or denies a fact marked private (a
 * customer's health, a colleague's employment, an account's details):
 * denying says as much as confirming. The same words in a private message
 * are the guides' place for it. Read from fields judged_key keys (the tags,
 * the visibility, the channel, states_private). */
static inline bool sv_score_discloses(const sv_ScoreContext *c)
{
    if (!c->has_reply) return false;
    if (c->tags >> SV_TAG_TOO_PERSONAL & 1u) return true;
    return c->states_private && c->visibility == SV_VIS_PUBLIC &&
           !(c->has_post && c->channel == SV_CHANNEL_PRIVATE);
}
bool sv_score_order_wrong(const uint8_t *kinds, uint8_t n, bool owned_before);
/* Both at once, for a reply with `tags`: a sorry it takes back (the tag
 * `hedged`) owns nothing (sv_score_owns; sv_score_order_wrong reads the
 * kinds alone). */
void sv_score_order(const uint8_t *kinds, uint8_t n, bool owned_before, sv_TagSet tags, bool *ok,
                    bool *wrong);
/* Both, for a reply's context: a check under way told beside a promise to
 * come back, in a reply that explains nothing else, stands with the promise
 * (score_context.c). What the rules and judged_key read. */
void sv_score_order_of(const sv_ScoreContext *c, bool *ok, bool *wrong);

/* Is it a test of the reply (which fails when there is none)? */
bool sv_score_test_of_reply(sv_ScoreTest t);

/* Does the condition hold (-1 always holds)? Corrupt indices fail. */
bool sv_score_holds(const sv_ScoreModel *m, int32_t cond, const sv_ScoreContext *ctx);

/* ---- conditions compiled (score_compile.c) ----------------------------------------- */

/* Fills each rule's need and shun masks from its condition: the features
 * that tests directly under its "all" (at any depth of "all"s) ask for, or,
 * under a "not", refuse. Only what a condition that holds must have, so
 * skipping a rule a context fails them for never changes what fires. */
void sv_score_masks(sv_ScoreModel *m);

/* A step of a compiled condition: a test, then on to `yes` or `no` (another
 * step, or SV_STEP_ACCEPT / SV_STEP_REJECT: the condition holds, fails). */
#define SV_STEP_ACCEPT UINT32_MAX
#define SV_STEP_REJECT (UINT32_MAX - 1u)
typedef enum {
    SV_STEP_BIT = 0, /* arg: a feature bit, set */
    SV_STEP_ALL,     /* arg: a mask: every `pos` bit set and no `neg` bit */
    SV_STEP_ANY,     /* arg: a mask: some `pos` bit set or some `neg` bit clear */
    SV_STEP_LEAF     /* arg: a leaf test in conds, judged as sv_score_holds does */
} sv_ScoreStepKind;
typedef struct sv_ScoreStep {
    uint32_t kind; /* sv_ScoreStepKind */
    uint32_t arg;
    uint32_t yes, no;
} sv_ScoreStep;
typedef struct sv_ScoreMask {
    uint64_t pos[SV_SCORE_FEATURE_WORDS], neg[SV_SCORE_FEATURE_WORDS];
} sv_ScoreMask;

/* Masks, then every rule's condition as a branch program in the model's
 * arena (rules' `entry`, steps, masks). A model whose conditions cannot be
 * compiled (too big, out of memory) keeps steps NULL and is interpreted. */
void sv_score_compile(sv_ScoreModel *m);
/* The yes-or-no features of a context, as the compiled conditions read them. */
void sv_score_features(const sv_ScoreContext *c, uint64_t f[SV_SCORE_FEATURE_WORDS]);
/* Might the rule hold, by its masks alone? */
static inline bool sv_score_may_hold(const sv_ScoreRule *r,
                                     const uint64_t f[SV_SCORE_FEATURE_WORDS])
{
    uint64_t miss = 0;
    for (int w = 0; w < SV_SCORE_FEATURE_WORDS; w++)
        miss |= ((f[w] & r->need[w]) ^ r->need[w]) | (f[w] & r->shun[w]);
    return miss == 0;
}
/* The sieve: for every trigger with at most 64 * SV_SIEVE_WORDS rules, the
 * rules (bit j: its j-th rule in rule_order) and, for every four feature bits
 * (a nibble) some of them need or shun, for each of the nibble's 16 values
 * the rules a context with those bits rules out (it lacks a bit they need or
 * has one they shun). What is left are exactly the rules sv_score_may_hold
 * passes, in rule_order. */
#define SV_SIEVE_WORDS 2
typedef struct sv_ScoreSieveNibble {
    uint32_t at; /* its first feature bit, a multiple of 4 */
    uint64_t kill[16][SV_SIEVE_WORDS];
} sv_ScoreSieveNibble;
typedef struct sv_ScoreSieve {
    bool ok[SV_TRIGGER_COUNT]; /* false: too many rules, tried one by one */
    uint64_t all[SV_TRIGGER_COUNT][SV_SIEVE_WORDS];
    uint32_t start[SV_TRIGGER_COUNT + 1]; /* into nibbles */
    sv_ScoreSieveNibble *nibbles;
} sv_ScoreSieve;
/* Builds m->sieve in the model's arena from the rules' masks (NULL when out
 * of memory); sv_score_compile and sv_score_clone call it. */
void sv_score_sieve(sv_ScoreModel *m);

/* The same for a context that passed the rule's masks (sv_score_may_hold,
 * the sieve): the steps those decide are not taken again. */
bool sv_score_rule_holds_sieved(const sv_ScoreModel *m, const sv_ScoreRule *r,
                                const uint64_t f[SV_SCORE_FEATURE_WORDS],
                                const sv_ScoreContext *ctx);
/* The rules of ctx->trigger whose conditions hold for the context whose
 * features are f, left by the sieve and not disabled, in file order (their
 * indices to out); SIZE_MAX when the sieve does not cover the trigger. */
size_t sv_score_sieve_rules(const sv_ScoreModel *m, const uint64_t f[SV_SCORE_FEATURE_WORDS],
                            const sv_ScoreContext *ctx, uint32_t out[64 * SV_SIEVE_WORDS]);
/* The sieve's answers kept, for a caller that judges many runs of one model
 * (sv_ScoreStatic's, one thread's): for a trigger and features, the rules
 * sv_score_sieve_rules would try, those the features alone decide to hold
 * listed as holding and the rest (their conditions read more of the
 * context) marked to be tried on each context. Bounded: once full it keeps
 * no more. Made for no model; a judgement with another model than the last
 * empties it. */
typedef struct sv_ScoreMemo sv_ScoreMemo;
sv_ScoreMemo *sv_score_memo_new(void);
void sv_score_memo_free(sv_ScoreMemo *memo);
/* sv_score_sieve_rules through the memo (the same rules, in the same order). */
size_t sv_score_memo_rules(sv_ScoreMemo *memo, const sv_ScoreModel *m,
                           const uint64_t f[SV_SCORE_FEATURE_WORDS], const sv_ScoreContext *ctx,
                           uint32_t out[64 * SV_SIEVE_WORDS]);
/* Whole judgements kept: sv_score_fire_hits's hits for a context like ctx
 * (one that every test of the model answers alike), written to hits when
 * kept (their count returned); SIZE_MAX when not, with *slot the entry to
 * keep them in once made (UINT32_MAX none) by sv_score_memo_keep_judged. */
size_t sv_score_memo_judged(sv_ScoreMemo *memo, const sv_ScoreModel *m, const sv_ScoreContext *ctx,
                            sv_ScoreHit *hits, size_t cap, uint32_t *slot);
/* Keeps hits (n of them) at the entry sv_score_memo_judged named; a memo full
 * of hits keeps no more. */
void sv_score_memo_keep_judged(sv_ScoreMemo *memo, uint32_t slot, const sv_ScoreHit *hits,
                               size_t n);
/* Does the rule's condition hold for the context whose features are f? The
 * compiled program when there is one, otherwise sv_score_holds. */
bool sv_score_rule_holds(const sv_ScoreModel *m, const sv_ScoreRule *r,
                         const uint64_t f[SV_SCORE_FEATURE_WORDS], const sv_ScoreContext *ctx);

/* Every enabled rule of ctx->trigger whose condition holds, in file order,
 * with its raw effects (weight applied; tick rules a 60th of their per-minute
 * effect; a group's gains held to its cap). `applied` is left 0: nothing
 * moves. Writes up to cap hits; returns how many fired. */
size_t sv_score_fire_hits(const sv_ScoreModel *m, const sv_ScoreContext *ctx, sv_ScoreHit *hits,
                          size_t cap);
/* The same, then moving meters and frac through the curve hit by hit, which
 * fills each hit's `applied`. */
size_t sv_score_fire(const sv_ScoreModel *m, const sv_ScoreContext *ctx,
                     int32_t meters[SV_METER_COUNT], int64_t frac[SV_METER_COUNT],
                     sv_ScoreHit *hits, size_t cap);

/* The curve with diminishing returns. Moves meter `m` by `raw` units: for the
 * 0-100 meters a gain is scaled by (1000 - v) / 1000 and a loss by v / 1000, in
 * steps of at most SV_SCORE_STEP tenths, v being the exact value *value +
 * *frac / (SV_SCORE_UNIT * 1000); each step's change is truncated towards zero
 * in those fine units. Reach just adds (*frac: below a whole person, in
 * SV_SCORE_UNIT * 10 per person). 0 <= *frac always, so nothing below a tenth
 * is rounded away. Returns the change of *value. */
static inline int32_t sv_score_curve(sv_Meter m, int64_t raw, int32_t *value, int64_t *frac);
/* The same on the meter's exact value x = value * one + frac (one: the
 * meter's units per tenth, or per person for reach), for a caller that keeps
 * x across many moves (quiet time): returns the new x, in range. Only for a
 * meter that is settled (0 <= frac < one, nothing over at the top), which
 * every value the curve leaves is. */
#define SV_CURVE_PER_TENTH ((int64_t)SV_SCORE_UNIT * SV_METER_MAX) /* x per tenth of a point */
#define SV_CURVE_PER_PERSON SV_SCORE_UNITS_PER_PERSON              /* reach's x per person */
/* Inline: quiet time moves meters this way a few times every tick of a
 * long scenario. */
static inline int64_t sv_score_curve_exact(sv_Meter m, int64_t raw, int64_t x)
{
    int64_t top;
    if (m == SV_METER_REACH) {
        /* reach may be near INT32_MAX people: add in a range that cannot overflow */
        top = (int64_t)INT32_MAX * SV_CURVE_PER_PERSON;
        x = raw > top - x ? top : x + raw;
    } else {
        const int64_t full = (int64_t)SV_METER_MAX * SV_CURVE_PER_TENTH;
        const int64_t step_max = (int64_t)SV_SCORE_STEP * SV_SCORE_UNIT;
        top = full;
        if (x > full) x = full;
        /* the usual move, at most one step from a value in range: the loop
         * below once, with nothing to clamp */
        if (x >= 0 && (uint64_t)raw + (uint64_t)step_max <= 2u * (uint64_t)step_max) {
            if (raw > 0)
                return x + (int64_t)((uint64_t)raw * (uint64_t)(full - x) /
                                     (uint64_t)SV_CURVE_PER_TENTH);
            return x - (int64_t)((uint64_t)-raw * (uint64_t)x / (uint64_t)SV_CURVE_PER_TENTH);
        }
        /* the room is measured on the exact value, and each step's share of it is
         * truncated towards zero, so a gain at x mirrors a loss at full - x exactly
         * and a step (at most a tenth of the scale) never takes all the room */
        while (raw != 0 && x >= 0) {
            int64_t step = sv_clamp_i64(raw, -step_max, step_max);
            raw -= step;
            if (step > 0)
                x += step * (full - x) / SV_CURVE_PER_TENTH;
            else
                x -= -step * x / SV_CURVE_PER_TENTH;
        }
    }
    return x < 0 ? 0 : x > top ? top : x; /* as the split keeps it */
}
/* sv_score_curve, inline: it runs for every meter of every hit, ticks
 * included, and with constant units it divides by constants. */
static inline int32_t sv_score_curve(sv_Meter m, int64_t raw, int32_t *value, int64_t *frac)
{
    if ((unsigned)m >= SV_METER_COUNT) return 0;
    const bool reach = m == SV_METER_REACH;
    const int64_t one = reach ? SV_CURVE_PER_PERSON : SV_CURVE_PER_TENTH;
    const int64_t hi = reach ? INT32_MAX : SV_METER_MAX;
    int32_t start = *value;
    int64_t f = *frac;
    /* moving by nothing a value already in range (0 <= frac < one, nothing
     * over at the top) leaves it as it is: no need to join and split it */
    if (raw == 0 && f >= 0 && f < one && start >= 0 && (start < hi || (start == hi && f == 0)))
        return 0;
    int64_t x = sv_score_curve_exact(m, raw, (int64_t)start * one + f);
    if (x < 0) x = 0;
    if (x > hi * one) x = hi * one; /* at an end nothing is left over */
    if (reach) {
        *value = (int32_t)(x / SV_CURVE_PER_PERSON);
        *frac = x % SV_CURVE_PER_PERSON;
    } else {
        *value = (int32_t)(x / SV_CURVE_PER_TENTH);
        *frac = x % SV_CURVE_PER_TENTH;
    }
    return *value - start;
}
static inline int64_t sv_score_meter_one(sv_Meter m)
{
    return m == SV_METER_REACH ? SV_CURVE_PER_PERSON : SV_CURVE_PER_TENTH;
}
/* Is the value in range as the curve leaves it (0 <= frac < one, nothing
 * over at the top)? */
static inline bool sv_score_meter_settled(sv_Meter m, int32_t value, int64_t frac)
{
    if ((unsigned)m >= SV_METER_COUNT) return false;
    const int64_t one = sv_score_meter_one(m);
    const int64_t hi = m == SV_METER_REACH ? INT32_MAX : SV_METER_MAX;
    return frac >= 0 && frac < one && value >= 0 && (value < hi || (value == hi && frac == 0));
}
/* How long the post has stood at t (it has appeared by then): since it
 * appeared, and for a post from before the start (a negative `at`) since it
 * was posted, so a review two days old is not "answered fast" (FAST). */
static inline uint32_t sv_score_since_posted(const sv_Session *s, int32_t post, uint32_t t)
{
    uint64_t d = (uint64_t)(t - s->post_ms[post]);
    int32_t at = s->sc->posts[post].at_ms;
    if (at < 0 && at != SV_NEVER) d += (uint64_t)(-(int64_t)at);
    return d > UINT32_MAX ? UINT32_MAX : (uint32_t)d;
}
/* Units to tenths (reach: tenths of a person), rounded half away from zero. */
int32_t sv_score_tenths(int64_t units);
/* The single figure candidates are ranked by: 2 x reputation + sentiment +
 * mood - reach / 100, in exact units of the change from (m0, f0) to (m1, f1);
 * sv_score_figure_hundredths() turns it into hundredths of a point. */
int64_t sv_score_figure(const int32_t m0[SV_METER_COUNT], const int64_t f0[SV_METER_COUNT],
                        const int32_t m1[SV_METER_COUNT], const int64_t f1[SV_METER_COUNT]);
int64_t sv_score_figure_hundredths(int64_t figure);

/* ---- the session's scoring (score_session.c) ------------------------------------- */

sv_Status sv_score_state_init(sv_Session *s, const sv_ScoreModel *m, sv_Lang lang);
void sv_score_state_free(sv_Session *s);

/* Decision d closes now (answered or at its deadline), before its reply goes out. */
void sv_score_note(sv_ScoreState *st, const sv_Session *s, int32_t d);

/* What a judgement fires, from the session as it is now (or, for a promise,
 * as it was when the promising reply went out). Hits go to `hits` (room for
 * the model's rule count), with raw effects only; the context to `ctx`. */
size_t sv_score_judge(sv_ScoreState *st, const sv_Session *s, const sv_ScoreJob *job,
                      sv_ScoreContext *ctx, sv_ScoreHit *hits);
/* Keeps a judgement's hits once the session has applied them (`applied` filled). */
void sv_score_keep(sv_ScoreState *st, const sv_Session *s, const sv_ScoreContext *ctx,
                   const sv_ScoreHit *hits, size_t n, int32_t reply);

/* A reply went out and was judged: the posts it answers, the promises it keeps
 * (a job for each, written to `kept`, at most cap) and the one it makes. */
size_t sv_score_replied(sv_ScoreState *st, const sv_Session *s, int32_t reply, sv_ScoreJob *kept,
                        size_t cap);

/* Does the reply come back with what a promise to come back promised (HONEST,
 * APOLOGY-EXPLAIN-COMPENSATE), so that it keeps the promise? It does unless it
 * only puts the answer off again: a new promise to come back or a move to a
 * private channel, with nothing said about the case (no explanation or update,
 * confirmation, denial, compensation, offer, solution, question or other
 * content). A thank-you or a way to reach the team keeps it; "we're looking
 * into it and will get back to you" does not. A ready-made reply whose
 * structure is not declared is taken as coming back with it, unless it moves
 * private (all that is known of it is the move). */
bool sv_score_reply_delivers(const sv_Scenario *sc, const sv_Reply *r);

/* Does the reply carry what a promise to come back can stand for (HONEST,
 * APOLOGY-EXPLAIN-COMPENSATE): the explanation or an update (an explain,
 * acknowledge or deny part, a fact confirmed or denied by name, facts the
 * option's own check found), the remedy (compensation, an offer, a part tagged
 * solution) or the answer said some other way (an `other` part)? A thank-you,
 * a sorry, a question, a way to reach the team, a move or a second promise
 * carry none of it. A ready-made reply without a declared structure is taken
 * as carrying it, unless it moves private or asks. */
bool sv_score_reply_carries(const sv_Scenario *sc, const sv_Reply *r);

/* Does the promise in this reply stand for the answer still to come? It does
 * unless the reply already brought both the explanation and the remedy; then
 * all it promised is to come back (check in), and any words that do not put
 * the answer off again keep it (sv_score_reply_delivers). Otherwise only a
 * reply that carries something (sv_score_reply_carries) keeps it. */
bool sv_score_promise_for_answer(const sv_Scenario *sc, const sv_Reply *promised);

/* Was the promise made in public? Then only public words keep it. */
bool sv_score_promise_public(const sv_Session *s, const sv_Promise *p);

/* The next time the model has something to do by itself (a tick, a promise). */
bool sv_score_due(const sv_ScoreState *st, const sv_Session *s, uint32_t *t_ms);
/* The judgements due at t (promises running out, then a tick for every post
 * that stands unanswered), in order; the caller runs them, then calls
 * sv_score_ticked(). */
size_t sv_score_jobs(sv_ScoreState *st, const sv_Session *s, uint32_t t, const sv_ScoreJob **jobs);
void sv_score_ticked(sv_ScoreState *st, const sv_Session *s, uint32_t t);
#define SV_SCORE_SAMPLE_MS 10000u /* a meter sample every ten seconds while they move */
/* Ticks come every SV_SCORE_TICK_MS while a post stands unanswered, each
 * standing for the SV_SCORE_TICK_S seconds up to it: a tick rule's per-minute
 * effects arrive a sixth at a time, and a tick record's count grows by
 * SV_SCORE_TICK_S seconds a tick. On the sample times, so a quiet minute is
 * six steps of the meters, not sixty. */
#define SV_SCORE_TICK_MS 10000u
#define SV_SCORE_TICK_S (SV_SCORE_TICK_MS / SV_MS_PER_SECOND)
_Static_assert(SV_SCORE_TICK_MS % SV_MS_PER_SECOND == 0 &&
                   SV_SCORE_SAMPLE_MS % SV_SCORE_TICK_MS == 0,
               "ticks are whole seconds and fall on every sample time");
/* Room for up to `want` more meter samples (the history grown, never past
 * its limit): how many fit now, to be written straight to st->history. */
size_t sv_score_history_room(sv_ScoreState *st, size_t want);
/* After quiet time's last tick t: the next tick, as sv_score_ticked leaves it. */
void sv_score_quiet_ticked(sv_ScoreState *st, uint32_t t);
/* sv_score_ticked for a tick t of quiet time (a tick due every tick time) with
 * the meters as they are then (one by one: the caller keeps them in
 * registers), for a caller that knows whether they differ from the last
 * sample kept (`moved`); true when it kept a sample. */
bool sv_score_quiet_sample(sv_ScoreState *st, uint32_t t, int32_t rep, int32_t sent, int32_t mood,
                           int32_t reach, bool moved);
/* Quiet time: nothing is scheduled before `until`, no crowd runs and no
 * promise falls due, so the model's ticks are all that happens, the same
 * standing posts and the same rules every tick until each rule's time is
 * up. sv_score_quiet_span lists them (none when that cannot be told: the tick
 * rules test the time, the meters moved since the last sample), and the
 * session fires them tick by tick: each live one whose time is not up
 * (sv_score_tick_fires) for a post standing by then, through the meters'
 * curve, then sv_score_tick_keep, then sv_score_ticked for the tick, as
 * run_score would. */
typedef struct sv_TickLive {
    int32_t post;
    const sv_ScoreHit *hit; /* its raw effects (applied left 0) */
    uint32_t limit_ms;      /* its rule's for_ms, 0 none */
    int32_t *record;        /* where its tick record's index is kept */
} sv_TickLive;
typedef struct sv_Quiet {
    uint64_t first, last; /* the seconds to tick: first, first + 1 s, ... last */
    const sv_TickLive *live;
    size_t count;
} sv_Quiet;
/* Quiet time up to `until`, looked at once: SV_QUIET_PASSED when the ticks
 * due before `until` can fire nothing (every standing post's tick rules are
 * spent, no promise falls due, the meters are as last sampled): they are
 * passed all at once as one by one would (the sample every ten seconds
 * included) and *last is the last one's time; SV_QUIET_TICKS with the live
 * ticks listed in *q for the session to fire; SV_QUIET_NONE when that cannot
 * be told (the tick rules test the time, the meters moved since the last
 * sample, no tick is due before `until`). */
typedef enum { SV_QUIET_NONE = 0, SV_QUIET_PASSED, SV_QUIET_TICKS } sv_QuietSpan;
sv_QuietSpan sv_score_quiet_span(sv_ScoreState *st, const sv_Session *s, uint64_t until,
                                 sv_Quiet *q, uint32_t *last);
/* The judgements due at t when they are the tick's alone (no promise falls
 * due by t) and its rules' hits are kept between seconds: the live ticks as
 * sv_score_tick_live lists them, in the order sv_score_jobs and
 * sv_score_judge would fire them; a post's fire only when it stood before t
 * and sv_score_tick_fires. False: sv_score_jobs lists them. */
bool sv_score_tick_now(sv_ScoreState *st, const sv_Session *s, uint32_t t, sv_Quiet *q);
bool sv_score_tick_fires(const sv_ScoreState *st, const sv_TickLive *e);
void sv_score_tick_keep(sv_ScoreState *st, const sv_Session *s, const sv_TickLive *e,
                        const sv_ScoreHit *h);
/* The tick rules that hold for every standing post, in the order their
 * ticks fire (false when the tick rules test the time). */
bool sv_score_tick_live(sv_ScoreState *st, const sv_Session *s, sv_Quiet *q);
/* sv_score_tick_live, and with it whether a pass at t may succeed
 * (*may_pass: the memo of sv_score_ticks_live_until does not rule it out). */
bool sv_score_tick_span(sv_ScoreState *st, const sv_Session *s, uint32_t t, sv_Quiet *q,
                        bool *may_pass);
bool sv_score_standing(const sv_ScoreState *st, const sv_Session *s, uint32_t post);
/* One second of a tick rule for the post, kept in its one record. */
void sv_score_keep_tick(sv_ScoreState *st, const sv_Session *s, int32_t post, const sv_ScoreHit *h);
/* The same when the record's index is known (sv_score_tick_record), -1 none yet. */
void sv_score_keep_tick_at(sv_ScoreState *st, const sv_Session *s, int32_t index, int32_t post,
                           const sv_ScoreHit *h);

/* The run ends: notes the decisions still open and lists an end judgement for
 * every post that was never answered. */
size_t sv_score_end_jobs(sv_ScoreState *st, const sv_Session *s, const sv_ScoreJob **jobs);

/* Does this reply answer the post (speak in its place, or name it in the
 * option's answers)? A reply that ignores answers nothing. */
bool sv_score_reply_answers(const sv_Scenario *sc, const sv_Reply *r, int32_t post);

/* Adds a meter history sample when the meters moved since the last one, and
 * notes whether a post stands unanswered (the session calls it after every
 * item and input, which is when posts appear). */
void sv_score_track(sv_ScoreState *st, const sv_Session *s);
uint64_t sv_score_hash(uint64_t h, const sv_Session *s);

/* ---- ticks kept between seconds (score_ticks.c) ------------------------------------ */

typedef struct sv_ScoreTicks sv_ScoreTicks;
/* Do the tick rules' conditions read what changes between two ticks with
 * nothing else happening (the time)? sv_score_note_tick_time works it out
 * once for the model (at load). */
bool sv_score_ticks_read_time(const sv_ScoreModel *m);
void sv_score_note_tick_time(sv_ScoreModel *m);
sv_Status sv_score_ticks_init(sv_ScoreState *st, const sv_Session *s);
/* The ticks as sv_score_ticks_init leaves them, in the block st has (same scenario and model). */
void sv_score_ticks_restart(sv_ScoreState *st, const sv_Session *s);
/* The state as sv_score_state_init leaves it, for the session as
 * sv_session_restart left it, in the blocks it has (the same scenario, model
 * and language). */
sv_Status sv_score_state_restart(sv_Session *s);
void sv_score_ticks_free(sv_ScoreState *st);
/* The tick judgement of a standing post now: its context and the tick rules
 * that hold, before their time limits (as sv_score_fire_hits gives them). */
size_t sv_score_tick_hits(sv_ScoreState *st, const sv_Session *s, int32_t post,
                          sv_ScoreContext *ctx, sv_ScoreHit *hits);
/* A fact came to light: the session calls it at every change of fact_known
 * after the start (the ticks compare the facts known only then). */
void sv_score_facts_changed(sv_ScoreState *st);
/* A memo for sv_score_quiet_span, which a change of what ticks read forgets: ticks
 * stay live until at least `t` (read back by sv_score_tick_span). */
void sv_score_ticks_live_until(sv_ScoreState *st, const sv_Session *s, uint64_t t);
/* The index in st->firings of a tick rule's one record for the post, -1 none;
 * sv_score_tick_recorded() notes a new one. */
int32_t sv_score_tick_record(const sv_ScoreState *st, const sv_Session *s, int32_t rule,
                             int32_t post);
void sv_score_tick_recorded(sv_ScoreState *st, const sv_Session *s, int32_t rule, int32_t post,
                            int32_t index);
/* What the context of a valid post reads of the replies that went out
 * before (the first `history` sent): whether one told the product team, and
 * those with words in the post's thread. */
typedef struct sv_ThreadSeen {
    uint32_t thread_replies; /* public ones */
    uint32_t last_public_ms; /* when the last public one went out (0 with none) */
    bool fixed, owned_before, answered_private, corrected, solution_offered;
    bool misled;        /* a public one stated something untrue */
    bool answered_here; /* a public one answers the post (sv_ScoreContext.answered_here) */
    int32_t offered;    /* the largest offer of one, public or private; 0 none */
} sv_ThreadSeen;
void sv_score_thread_seen(const sv_Session *s, uint32_t history, int32_t post, sv_ThreadSeen *out);
/* sv_score_thread_seen's answers for every thread at once, for the replies
 * sent up to `upto` (sent 1 .. upto), kept in the ticks' block as the
 * replies go out: a judgement with at least that history folds in the
 * replies sent since and reads its thread's tally instead of every reply.
 * The session's (as sv_score_state_init and _restart leave it: none folded
 * in), NULL none. */
typedef struct sv_SeenTally {
    uint32_t upto;
    bool fixed;            /* some reply told the product team */
    sv_ThreadSeen *thread; /* [post_count], by a thread's first post */
} sv_SeenTally;
sv_SeenTally *sv_score_seen_tally(const sv_ScoreState *st);
/* Tick contexts kept from run to run (sv_ScoreStatic's, one thread's): a
 * post's tick context and the tick rules that hold there depend only on the
 * post, the model, what it reads of the replies sent (sv_ThreadSeen) and the
 * facts known, besides the time (which no cached tick rule reads), so the
 * runs that play a scenario many times make each once. Bounded: once full
 * it keeps no more. */
typedef struct sv_ScoreTickMemo sv_ScoreTickMemo;
sv_ScoreTickMemo *sv_score_tick_memo_new(void);
void sv_score_tick_memo_free(sv_ScoreTickMemo *tm);
/* The session's (its sv_ScoreStatic's for its scenario), NULL none. */
sv_ScoreTickMemo *sv_score_static_tick_memo(const sv_Session *s);

#endif
