/* Rule conditions compiled once at load. Every leaf test that is a yes or no
 * of the context (a tag, a part, the action, the post's valence, "remedy",
 * "known_false"...) is a feature bit, set exactly when the test holds; each
 * rule's condition becomes a flat branch program over those bits, in which an
 * "all" or "any" of such tests (with "not"s folded in) is one mask test and
 * every other test one step, so judging a rule walks a few steps instead of
 * the condition tree. sv_score_holds (score.c) stays the reference: the tests
 * hold the two to the same answers. */
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "score_internal.h"
#include "svara/arena.h"

/* ---- features --------------------------------------------------------------------- */

/* Yes-or-no tests with a bit for each answer (the test's value 1, then 0):
 * of the reply, of the post, and of neither. */
enum {
    Y_DEFAULT = 0,
    Y_GUESS,
    Y_REMEDY,
    Y_ACCOMMODATES,
    Y_MOVES_PRIVATE,
    Y_CANNED,
    Y_CHECKED,
    Y_GENEROUS,
    Y_COMPENSATES,
    Y_SOLUTION,
    Y_CLOSES,
    Y_MODERATES,
    Y_TAKES_BACK,
    Y_THIRD_ROUND,
    Y_HOSTILE,
    Y_ASKS_BACK,
    Y_GRANTS_DEMAND,
    Y_OVERPROMISES,
    Y_WALL,
    Y_LEAVES_OUT,
    Y_DISCLOSES,
    Y_MEETS_NEED,
    Y_POINTS_PRIVATE,
    Y_TELLS_MEASURE,
    Y_COVERS_LOSS,
    Y_WAY_ON,
    Y_NO_FAULT,
    Y_CLAIM, /* the post's from here */
    Y_ANSWERED_PUBLIC,
    Y_SOLUTION_OFFERED,
    Y_RECURRING,
    Y_WATCHED,
    Y_ANSWERED_PRIVATE,
    Y_KNOWN_FALSE,
    Y_CORRECTED,
    Y_CLAIMS_UNKNOWN,
    Y_ASKS,
    Y_MISLED,
    Y_OWN_THREAD,
    Y_UNDER_COMPLAINT,
    Y_QUESTION,
    Y_COMPLAINT,
    Y_FIXED, /* neither's from here */
    Y_FACTS_MISSING,
    Y_CHECK_AT_HAND,
    Y_COUNT
};

/* Feature bits: tags 0..31, part kinds from 32; then from 64 speaks (yes,
 * no), visibility, action, the post's valence, author's role, channel, the
 * yes-or-no tests above, and the tests with a bit per value. */
enum {
    F_PART = 32,
    F_SPEAKS = 64,
    F_VIS = F_SPEAKS + 2,
    F_ACTION = F_VIS + SV_VIS_COUNT,
    F_VALENCE = F_ACTION + SV_ACTION_COUNT,
    F_AUTHOR = F_VALENCE + SV_VALENCE_COUNT,
    F_CHANNEL = F_AUTHOR + SV_ROLE_COUNT,
    F_YES_NO = F_CHANNEL + SV_CHANNEL_TYPE_COUNT,
    F_CONFIRMS_TRUE = F_YES_NO + 2 * Y_COUNT, /* "confirms": true */
    F_CONFIRMS_FALSE,
    F_DENIES_TRUE,
    F_DENIES_FALSE,
    F_ORDER_OK,
    F_ORDER_WRONG,
    F_POLICY_SAME,
    F_POLICY_DIFFERS,
    F_CLAIMS_TRUE, /* "claims": every claim true */
    F_CLAIMS_FALSE,
    F_CLAIMS_MIXED,
    F_END
};
_Static_assert(SV_PART_COUNT <= 32, "part kinds fit their 32 feature bits");
_Static_assert(F_END <= 64 * SV_SCORE_FEATURE_WORDS, "the features fit their words");

static int in_range(int32_t v, int32_t n, int base) { return v >= 0 && v < n ? base + v : -1; }

static int yes_no(int y, int32_t value) { return F_YES_NO + 2 * y + (value ? 0 : 1); }

/* The feature a leaf test reads, -1 when it is not one of them. The leaf
 * holds exactly when its feature is in the context (sv_score_features). */
static int feature_of(const sv_ScoreCond *n)
{
    int32_t v = n->value;
    switch (n->test) {
    case SV_TEST_TAG: return in_range(v, 32, 0);
    case SV_TEST_PART: return in_range(v, SV_PART_COUNT, F_PART);
    case SV_TEST_SPEAKS: return F_SPEAKS + (v ? 0 : 1);
    case SV_TEST_VISIBILITY: return in_range(v, SV_VIS_COUNT, F_VIS);
    case SV_TEST_ACTION: return in_range(v, SV_ACTION_COUNT, F_ACTION);
    case SV_TEST_VALENCE: return in_range(v, SV_VALENCE_COUNT, F_VALENCE);
    case SV_TEST_AUTHOR: return in_range(v, SV_ROLE_COUNT, F_AUTHOR);
    case SV_TEST_CHANNEL: return in_range(v, SV_CHANNEL_TYPE_COUNT, F_CHANNEL);
    case SV_TEST_DEFAULT: return yes_no(Y_DEFAULT, v);
    case SV_TEST_GUESS: return yes_no(Y_GUESS, v);
    case SV_TEST_REMEDY: return yes_no(Y_REMEDY, v);
    case SV_TEST_ACCOMMODATES: return yes_no(Y_ACCOMMODATES, v);
    case SV_TEST_MOVES_PRIVATE: return yes_no(Y_MOVES_PRIVATE, v);
    case SV_TEST_CANNED: return yes_no(Y_CANNED, v);
    case SV_TEST_CHECKED: return yes_no(Y_CHECKED, v);
    case SV_TEST_GENEROUS: return yes_no(Y_GENEROUS, v);
    case SV_TEST_COMPENSATES: return yes_no(Y_COMPENSATES, v);
    case SV_TEST_SOLUTION: return yes_no(Y_SOLUTION, v);
    case SV_TEST_CLOSES: return yes_no(Y_CLOSES, v);
    case SV_TEST_MODERATES: return yes_no(Y_MODERATES, v);
    case SV_TEST_TAKES_BACK: return yes_no(Y_TAKES_BACK, v);
    case SV_TEST_THIRD_ROUND: return yes_no(Y_THIRD_ROUND, v);
    case SV_TEST_HOSTILE: return yes_no(Y_HOSTILE, v);
    case SV_TEST_ASKS_BACK: return yes_no(Y_ASKS_BACK, v);
    case SV_TEST_GRANTS_DEMAND: return yes_no(Y_GRANTS_DEMAND, v);
    case SV_TEST_OVERPROMISES: return yes_no(Y_OVERPROMISES, v);
    case SV_TEST_WALL: return yes_no(Y_WALL, v);
    case SV_TEST_LEAVES_OUT: return yes_no(Y_LEAVES_OUT, v);
    case SV_TEST_DISCLOSES: return yes_no(Y_DISCLOSES, v);
    case SV_TEST_MEETS_NEED: return yes_no(Y_MEETS_NEED, v);
    case SV_TEST_POINTS_PRIVATE: return yes_no(Y_POINTS_PRIVATE, v);
    case SV_TEST_TELLS_MEASURE: return yes_no(Y_TELLS_MEASURE, v);
    case SV_TEST_COVERS_LOSS: return yes_no(Y_COVERS_LOSS, v);
    case SV_TEST_WAY_ON: return yes_no(Y_WAY_ON, v);
    case SV_TEST_NO_FAULT: return yes_no(Y_NO_FAULT, v);
    case SV_TEST_CLAIM: return yes_no(Y_CLAIM, v);
    case SV_TEST_ANSWERED_PUBLIC: return yes_no(Y_ANSWERED_PUBLIC, v);
    case SV_TEST_SOLUTION_OFFERED: return yes_no(Y_SOLUTION_OFFERED, v);
    case SV_TEST_RECURRING: return yes_no(Y_RECURRING, v);
    case SV_TEST_WATCHED: return yes_no(Y_WATCHED, v);
    case SV_TEST_ANSWERED_PRIVATE: return yes_no(Y_ANSWERED_PRIVATE, v);
    case SV_TEST_KNOWN_FALSE: return yes_no(Y_KNOWN_FALSE, v);
    case SV_TEST_CORRECTED: return yes_no(Y_CORRECTED, v);
    case SV_TEST_CLAIMS_UNKNOWN: return yes_no(Y_CLAIMS_UNKNOWN, v);
    case SV_TEST_ASKS: return yes_no(Y_ASKS, v);
    case SV_TEST_MISLED: return yes_no(Y_MISLED, v);
    case SV_TEST_OWN_THREAD: return yes_no(Y_OWN_THREAD, v);
    case SV_TEST_UNDER_COMPLAINT: return yes_no(Y_UNDER_COMPLAINT, v);
    case SV_TEST_QUESTION: return yes_no(Y_QUESTION, v);
    case SV_TEST_COMPLAINT: return yes_no(Y_COMPLAINT, v);
    case SV_TEST_FIXED: return yes_no(Y_FIXED, v);
    case SV_TEST_FACTS_MISSING: return yes_no(Y_FACTS_MISSING, v);
    case SV_TEST_CHECK_AT_HAND: return yes_no(Y_CHECK_AT_HAND, v);
    case SV_TEST_CONFIRMS: return v ? F_CONFIRMS_TRUE : F_CONFIRMS_FALSE;
    case SV_TEST_DENIES: return v ? F_DENIES_TRUE : F_DENIES_FALSE;
    case SV_TEST_ORDER: return v ? F_ORDER_OK : F_ORDER_WRONG;
    case SV_TEST_POLICY: return v == 0 ? F_POLICY_SAME : v == 1 ? F_POLICY_DIFFERS : -1;
    case SV_TEST_CLAIMS: return v == 2 ? F_CLAIMS_MIXED : v == 1 ? F_CLAIMS_TRUE : F_CLAIMS_FALSE;
    default: return -1;
    }
}

static void set_bit(uint64_t *w, int bit)
{
    if (bit >= 0) w[bit / 64] |= 1ull << (bit % 64);
}

static void set_yes_no(uint64_t *f, int y, bool yes) { set_bit(f, yes_no(y, yes ? 1 : 0)); }

void sv_score_features(const sv_ScoreContext *c, uint64_t f[SV_SCORE_FEATURE_WORDS])
{
    memset(f, 0, SV_SCORE_FEATURE_WORDS * sizeof *f);
    if (c->has_reply) {
        f[0] = c->tags;
        for (uint8_t i = 0; i < c->kind_count && i < SV_MAX_COMPOSE; i++)
            set_bit(f, in_range(c->kinds[i], SV_PART_COUNT, F_PART));
        set_bit(f, F_SPEAKS + (c->speaks ? 0 : 1));
        set_bit(f, in_range((int32_t)c->visibility, SV_VIS_COUNT, F_VIS));
        set_bit(f, in_range((int32_t)c->action, SV_ACTION_COUNT, F_ACTION));
        set_yes_no(f, Y_DEFAULT, c->by_default);
        set_yes_no(f, Y_GUESS, c->guesses > 0);
        set_yes_no(f, Y_REMEDY, c->remedy);
        set_yes_no(f, Y_ACCOMMODATES, c->accommodates);
        set_yes_no(f, Y_MOVES_PRIVATE, c->moves_private);
        set_yes_no(f, Y_CANNED, c->canned);
        set_yes_no(f, Y_CHECKED, c->checked);
        set_yes_no(f, Y_GENEROUS, c->generous);
        set_yes_no(f, Y_COMPENSATES, c->compensates);
        set_yes_no(f, Y_SOLUTION, c->solution);
        set_yes_no(f, Y_CLOSES, c->closes);
        set_yes_no(f, Y_MODERATES, c->moderates);
        set_yes_no(f, Y_TAKES_BACK, sv_score_takes_back(c));
        set_yes_no(f, Y_THIRD_ROUND, sv_score_third_round(c));
        set_yes_no(f, Y_HOSTILE, sv_score_hostile(c));
        set_yes_no(f, Y_ASKS_BACK, sv_score_asks_back(c));
        set_yes_no(f, Y_GRANTS_DEMAND, sv_score_grants_demand(c));
        set_yes_no(f, Y_OVERPROMISES, sv_score_overpromises(c));
        set_yes_no(f, Y_WALL, sv_score_wall(c));
        set_yes_no(f, Y_LEAVES_OUT, c->leaves_out);
        set_yes_no(f, Y_DISCLOSES, sv_score_discloses(c));
        set_yes_no(f, Y_MEETS_NEED, c->meets_need);
        set_yes_no(f, Y_POINTS_PRIVATE, sv_score_points_private(c));
        set_yes_no(f, Y_TELLS_MEASURE, c->tells_measure);
        set_yes_no(f, Y_COVERS_LOSS, sv_score_covers_loss(c));
        set_yes_no(f, Y_WAY_ON, sv_score_way_on(c));
        set_yes_no(f, Y_NO_FAULT, c->no_fault);
        if (c->confirms_true > 0) set_bit(f, F_CONFIRMS_TRUE);
        if (c->confirms_false > 0) set_bit(f, F_CONFIRMS_FALSE);
        if (c->denies_true > 0) set_bit(f, F_DENIES_TRUE);
        if (c->denies_false > 0) set_bit(f, F_DENIES_FALSE);
        bool ok, wrong;
        sv_score_order_of(c, &ok, &wrong);
        if (ok) set_bit(f, F_ORDER_OK);
        if (wrong) set_bit(f, F_ORDER_WRONG);
        if (c->policy == 0) set_bit(f, F_POLICY_SAME);
        if (c->policy == 1) set_bit(f, F_POLICY_DIFFERS);
    }
    if (c->has_post) {
        set_bit(f, in_range((int32_t)c->valence, SV_VALENCE_COUNT, F_VALENCE));
        set_bit(f, in_range((int32_t)c->author, SV_ROLE_COUNT, F_AUTHOR));
        set_bit(f, in_range((int32_t)c->channel, SV_CHANNEL_TYPE_COUNT, F_CHANNEL));
        set_yes_no(f, Y_CLAIM, c->claim_true);
        set_yes_no(f, Y_ANSWERED_PUBLIC, c->answered_here);
        set_yes_no(f, Y_SOLUTION_OFFERED, c->solution_offered);
        set_yes_no(f, Y_RECURRING, c->recurring);
        set_yes_no(f, Y_WATCHED, c->watched);
        set_yes_no(f, Y_ANSWERED_PRIVATE, c->answered_private);
        set_yes_no(f, Y_KNOWN_FALSE, c->known_false);
        set_yes_no(f, Y_CORRECTED, c->corrected);
        set_yes_no(f, Y_CLAIMS_UNKNOWN, c->claims_unknown);
        set_yes_no(f, Y_ASKS, c->asks);
        set_yes_no(f, Y_MISLED, c->misled);
        set_yes_no(f, Y_OWN_THREAD, c->own_thread);
        set_yes_no(f, Y_UNDER_COMPLAINT, c->under_complaint);
        set_yes_no(f, Y_QUESTION, sv_score_question(c));
        set_yes_no(f, Y_COMPLAINT, sv_score_complaint(c));
        if (c->claims_true && c->claims_false) set_bit(f, F_CLAIMS_MIXED);
        if (c->claims_true && !c->claims_false) set_bit(f, F_CLAIMS_TRUE);
        if (c->claims_false && !c->claims_true) set_bit(f, F_CLAIMS_FALSE);
    }
    set_yes_no(f, Y_FIXED, c->fixed);
    set_yes_no(f, Y_FACTS_MISSING, c->facts_missing);
    set_yes_no(f, Y_CHECK_AT_HAND, c->check_at_hand);
}

/* ---- masks ------------------------------------------------------------------------- */

/* What an "all" at `cond` (and the "all"s in it) needs and shuns. */
static void collect(const sv_ScoreModel *m, int32_t cond, unsigned depth, sv_ScoreRule *r)
{
    if (depth > SV_MAX_COND_DEPTH || !sv_in_range(cond, m->cond_count)) return;
    const sv_ScoreCond *n = &m->conds[cond];
    if (n->test == SV_TEST_NOT && n->kids_count > 0 && n->kids_start < m->kid_count) {
        uint32_t k = m->kids[n->kids_start];
        if (k < m->cond_count) set_bit(r->shun, feature_of(&m->conds[k]));
        return;
    }
    if (n->test != SV_TEST_ALL) {
        set_bit(r->need, feature_of(n));
        return;
    }
    if ((uint64_t)n->kids_start + n->kids_count > m->kid_count) return;
    for (uint32_t i = 0; i < n->kids_count; i++)
        collect(m, (int32_t)m->kids[n->kids_start + i], depth + 1, r);
}

void sv_score_masks(sv_ScoreModel *m)
{
    for (uint32_t i = 0; i < m->rule_count; i++) {
        sv_ScoreRule *r = &m->rules[i];
        memset(r->need, 0, sizeof r->need);
        memset(r->shun, 0, sizeof r->shun);
        collect(m, r->when, 0, r);
    }
}

/* ---- compiling ----------------------------------------------------------------------- */

#define MAX_STEPS (1u << 20) /* a model past this many steps is interpreted */
#define MAX_WORK (1u << 24)  /* nodes visited while compiling, for the same reason */

/* A test of an "all" or "any" that is not a feature bit: compiled on its own. */
typedef struct Item {
    int32_t cond;
    unsigned depth;
    bool neg;
} Item;

typedef struct Build {
    const sv_ScoreModel *m;
    sv_ScoreStep *steps;
    size_t step_count, step_cap;
    sv_ScoreMask *masks;
    size_t mask_count, mask_cap;
    Item *items; /* a stack: each "all" or "any" being compiled has its run */
    size_t item_count, item_cap;
    size_t work;
    bool failed;
} Build;

static bool grow(Build *B, void **arr, size_t *cap, size_t count, size_t size)
{
    if (count < *cap) return true;
    size_t n = *cap ? *cap * 2 : 64;
    void *p = n <= MAX_STEPS ? realloc(*arr, n * size) : NULL;
    if (!p) {
        B->failed = true;
        return false;
    }
    *arr = p;
    *cap = n;
    return true;
}

static bool is_group(const sv_ScoreCond *n)
{
    return n->test == SV_TEST_ALL || n->test == SV_TEST_ANY || n->test == SV_TEST_NOT;
}

/* A node's value when no context can change it, as sv_score_holds gives it:
 * 1 holds, 0 fails, -1 it depends on the context. */
static int fixed_value(const sv_ScoreModel *m, int32_t cond, unsigned depth)
{
    if (cond == -1) return 1;
    if (depth > SV_MAX_COND_DEPTH || !sv_in_range(cond, m->cond_count)) return 0;
    const sv_ScoreCond *n = &m->conds[cond];
    if (is_group(n) && (uint64_t)n->kids_start + n->kids_count > m->kid_count) return 0;
    if (n->test == SV_TEST_NOT && n->kids_count == 0) return 0;
    return -1;
}

static uint32_t emit(Build *B, uint32_t kind, uint32_t arg, uint32_t yes, uint32_t no)
{
    if (!grow(B, (void **)&B->steps, &B->step_cap, B->step_count, sizeof *B->steps))
        return SV_STEP_REJECT;
    B->steps[B->step_count] = (sv_ScoreStep){.kind = kind, .arg = arg, .yes = yes, .no = no};
    return (uint32_t)B->step_count++;
}

/* The feature bits an "all" (conj) or "any" takes in, and whether a test of
 * fixed value already decides it. */
typedef struct Lits {
    sv_ScoreMask mask;
    bool decided; /* an "all" with a test that fails, an "any" with one that holds */
} Lits;

/* Gathers the tests of an "all" (conj) or "any" at cond (negated: neg), with
 * the "all"s in an "all" (the "any"s in an "any", and "not"s turned by De
 * Morgan) folded in: feature bits to L, the others onto the item stack. */
static void gather(Build *B, int32_t cond, unsigned depth, bool neg, bool conj, Lits *L)
{
    if (B->failed || ++B->work > MAX_WORK) {
        B->failed = true;
        return;
    }
    const sv_ScoreModel *m = B->m;
    int fv = fixed_value(m, cond, depth);
    if (fv >= 0) {
        if ((fv != 0) != neg) {
            if (!conj) L->decided = true; /* holds: the "any" holds */
        } else if (conj) {
            L->decided = true; /* fails: the "all" fails */
        }
        return;
    }
    const sv_ScoreCond *n = &m->conds[cond];
    if (n->test == SV_TEST_NOT) {
        gather(B, (int32_t)m->kids[n->kids_start], depth + 1, !neg, conj, L);
        return;
    }
    if (is_group(n)) {
        if (((n->test == SV_TEST_ALL) != neg) == conj) {
            for (uint32_t i = 0; i < n->kids_count && !B->failed; i++)
                gather(B, (int32_t)m->kids[n->kids_start + i], depth + 1, neg, conj, L);
            return;
        }
    } else {
        int bit = feature_of(n);
        if (bit >= 0) {
            set_bit(neg ? L->mask.neg : L->mask.pos, bit);
            return;
        }
    }
    if (grow(B, (void **)&B->items, &B->item_cap, B->item_count, sizeof *B->items))
        B->items[B->item_count++] = (Item){cond, depth, neg};
}

static unsigned bits_in(const sv_ScoreMask *k)
{
    unsigned n = 0;
    for (int w = 0; w < SV_SCORE_FEATURE_WORDS; w++)
        n += (unsigned)__builtin_popcountll(k->pos[w]) + (unsigned)__builtin_popcountll(k->neg[w]);
    return n;
}

/* The one bit of a mask of one bit, and whether it is wanted set. */
static uint32_t only_bit(const sv_ScoreMask *k, bool *set)
{
    for (int w = 0; w < SV_SCORE_FEATURE_WORDS; w++) {
        if (k->pos[w] | k->neg[w]) {
            *set = k->pos[w] != 0;
            uint64_t x = k->pos[w] | k->neg[w];
            return (uint32_t)(64 * w + __builtin_ctzll(x));
        }
    }
    *set = true;
    return 0;
}

/* A step testing the mask: on to yes when it says so (every bit of an "all"
 * as wanted, some bit of an "any"), to no otherwise. */
static uint32_t emit_mask(Build *B, const sv_ScoreMask *k, bool conj, uint32_t yes, uint32_t no)
{
    if (bits_in(k) == 1) {
        bool set;
        uint32_t bit = only_bit(k, &set);
        return set ? emit(B, SV_STEP_BIT, bit, yes, no) : emit(B, SV_STEP_BIT, bit, no, yes);
    }
    if (!grow(B, (void **)&B->masks, &B->mask_cap, B->mask_count, sizeof *B->masks))
        return SV_STEP_REJECT;
    B->masks[B->mask_count] = *k;
    uint32_t arg = (uint32_t)B->mask_count++;
    return emit(B, conj ? SV_STEP_ALL : SV_STEP_ANY, arg, yes, no);
}

/* The program of the node (negated: neg) that goes on to T when it holds and
 * to F when it fails; returns its first step (or T or F themselves). Steps
 * only ever go on to steps made before them, so every program ends. */
static uint32_t compile(Build *B, int32_t cond, unsigned depth, bool neg, uint32_t T, uint32_t F)
{
    if (B->failed || ++B->work > MAX_WORK) {
        B->failed = true;
        return F;
    }
    const sv_ScoreModel *m = B->m;
    int fv = fixed_value(m, cond, depth);
    if (fv >= 0) return (fv != 0) != neg ? T : F;
    const sv_ScoreCond *n = &m->conds[cond];
    if (n->test == SV_TEST_NOT)
        return compile(B, (int32_t)m->kids[n->kids_start], depth + 1, !neg, T, F);
    if (!is_group(n)) {
        int bit = feature_of(n);
        uint32_t kind = bit >= 0 ? SV_STEP_BIT : SV_STEP_LEAF;
        uint32_t arg = bit >= 0 ? (uint32_t)bit : (uint32_t)cond;
        return neg ? emit(B, kind, arg, F, T) : emit(B, kind, arg, T, F);
    }
    bool conj = (n->test == SV_TEST_ALL) != neg;
    Lits L;
    memset(&L, 0, sizeof L);
    size_t start = B->item_count;
    gather(B, cond, depth, neg, conj, &L);
    uint32_t next;
    if (L.decided || B->failed) {
        next = conj ? F : T;
    } else {
        /* the other tests from the last back, each going on to the one after it */
        next = conj ? T : F;
        for (size_t i = B->item_count; i > start && !B->failed; i--) {
            Item it = B->items[i - 1];
            next = conj ? compile(B, it.cond, it.depth, it.neg, next, F)
                        : compile(B, it.cond, it.depth, it.neg, T, next);
        }
        /* the feature bits first: one step */
        if (bits_in(&L.mask))
            next =
                conj ? emit_mask(B, &L.mask, true, next, F) : emit_mask(B, &L.mask, false, T, next);
    }
    B->item_count = start;
    return next;
}

/* How rarely a context has the feature, roughly: lower is rarer. Only which
 * rules are looked at first depends on it, never what fires. */
static int rarity(int bit)
{
    if (bit < F_PART) return 0;   /* a tag */
    if (bit < F_SPEAKS) return 1; /* a part */
    if (bit < F_VIS) return bit == F_SPEAKS ? 6 : 3;
    if (bit < F_ACTION) return 5;
    if (bit < F_VALENCE) return 2;
    if (bit < F_AUTHOR) return 5;
    if (bit < F_CHANNEL) return 4;
    if (bit < F_YES_NO) return 3;
    if (bit < F_CONFIRMS_TRUE) return (bit - F_YES_NO) % 2 ? 6 : 3; /* "no" is the usual answer */
    return 2;
}

static uint16_t key_of(const sv_ScoreRule *r)
{
    int best = -1;
    for (int bit = 0; bit < F_END; bit++)
        if ((r->need[bit / 64] >> (bit % 64)) & 1u && (best < 0 || rarity(bit) < rarity(best)))
            best = bit;
    return best < 0 ? UINT16_MAX : (uint16_t)best;
}

/* Does some rule of the trigger's lo..hi need or shun a feature bit of the nibble at `at`? */
static bool nibble_read(const sv_ScoreModel *m, uint32_t lo, uint32_t hi, int at)
{
    for (int bit = at; bit < at + 4 && bit < F_END; bit++)
        for (uint32_t j = lo; j < hi; j++) {
            const sv_ScoreRule *r = &m->rules[m->rule_order[j]];
            if ((r->need[bit / 64] | r->shun[bit / 64]) & (1ull << (bit % 64))) return true;
        }
    return false;
}

void sv_score_sieve(sv_ScoreModel *m)
{
    _Static_assert(64 % 4 == 0, "a nibble never spans two words");
    m->sieve = NULL;
    sv_ScoreSieve *sv = sv_arena_alloc(m->arena, sizeof *sv);
    if (!sv || !m->rule_order) return;
    memset(sv, 0, sizeof *sv);
    /* the nibbles each trigger's rules read, counted first */
    uint32_t total = 0;
    for (int t = 0; t < SV_TRIGGER_COUNT; t++) {
        uint32_t lo = m->by_trigger[t], hi = m->by_trigger[t + 1];
        sv->ok[t] = lo <= hi && hi <= m->rule_count && hi - lo <= 64u * SV_SIEVE_WORDS;
        for (uint32_t j = lo; sv->ok[t] && j < hi; j++)
            if (m->rule_order[j] >= m->rule_count) sv->ok[t] = false;
        for (int at = 0; sv->ok[t] && at < F_END; at += 4) total += nibble_read(m, lo, hi, at);
    }
    sv->nibbles = sv_arena_alloc(m->arena, (total + 1u) * sizeof *sv->nibbles);
    if (!sv->nibbles) return;
    uint32_t n = 0;
    for (int t = 0; t < SV_TRIGGER_COUNT; t++) {
        sv->start[t] = n;
        if (!sv->ok[t]) continue;
        uint32_t lo = m->by_trigger[t], hi = m->by_trigger[t + 1];
        for (uint32_t j = lo; j < hi; j++) sv->all[t][(j - lo) / 64] |= 1ull << ((j - lo) % 64);
        for (int at = 0; at < F_END && n < total; at += 4) {
            if (!nibble_read(m, lo, hi, at)) continue;
            sv_ScoreSieveNibble *e = &sv->nibbles[n++];
            memset(e, 0, sizeof *e);
            e->at = (uint32_t)at;
            for (unsigned v = 0; v < 16; v++)
                for (uint32_t j = lo; j < hi; j++) {
                    const sv_ScoreRule *r = &m->rules[m->rule_order[j]];
                    int w = at / 64;
                    uint64_t has = (uint64_t)v << (at % 64), mask = 15ull << (at % 64);
                    /* a needed bit missing, or a shunned bit there */
                    if (((r->need[w] & mask) & ~has) || (r->shun[w] & has))
                        e->kill[v][(j - lo) / 64] |= 1ull << ((j - lo) % 64);
                }
        }
    }
    sv->start[SV_TRIGGER_COUNT] = n;
    m->sieve = sv;
}

/* The step's outcome for every context with all of the rule's need bits
 * and none of its shun bits: 1 holds, 0 fails, -1 open. */
static int decided(const sv_ScoreModel *m, const sv_ScoreRule *r, const sv_ScoreStep *s)
{
    const uint64_t *need = r->need, *shun = r->shun;
    switch (s->kind) {
    case SV_STEP_BIT:
        if (s->arg >= F_END) return -1;
        if ((need[s->arg / 64] >> (s->arg % 64)) & 1u) return 1;
        if ((shun[s->arg / 64] >> (s->arg % 64)) & 1u) return 0;
        return -1;
    case SV_STEP_ALL: {
        if (s->arg >= m->mask_count) return -1;
        const sv_ScoreMask *k = &m->masks[s->arg];
        uint64_t open = 0, against = 0;
        for (int w = 0; w < SV_SCORE_FEATURE_WORDS; w++) {
            open |= (k->pos[w] & ~need[w]) | (k->neg[w] & ~shun[w]);
            against |= (k->pos[w] & shun[w]) | (k->neg[w] & need[w]);
        }
        return against ? 0 : open ? -1 : 1;
    }
    case SV_STEP_ANY: {
        if (s->arg >= m->mask_count) return -1;
        const sv_ScoreMask *k = &m->masks[s->arg];
        uint64_t hit = 0;
        for (int w = 0; w < SV_SCORE_FEATURE_WORDS; w++)
            hit |= (k->pos[w] & need[w]) | (k->neg[w] & shun[w]);
        return hit ? 1 : -1;
    }
    default: return -1;
    }
}

/* The rule's first step whose outcome its masks leave open (or
 * SV_STEP_ACCEPT / SV_STEP_REJECT), following the steps they decide; entry
 * itself when the steps are not as compiled. */
static uint32_t sieved_entry(const sv_ScoreModel *m, const sv_ScoreRule *r)
{
    uint32_t pc = r->entry;
    if (!m->steps) return pc;
    while (pc < m->step_count) {
        const sv_ScoreStep *s = &m->steps[pc];
        int d = decided(m, r, s);
        if (d < 0) break;
        uint32_t next = d ? s->yes : s->no;
        if (next < SV_STEP_REJECT && next >= pc) break; /* not as compiled: as the run finds it */
        pc = next;
    }
    return pc;
}

void sv_score_compile(sv_ScoreModel *m)
{
    sv_score_masks(m);
    sv_score_sieve(m);
    sv_score_note_tick_time(m);
    m->rule_key = sv_arena_alloc(m->arena, (m->rule_count + 1u) * sizeof *m->rule_key);
    for (uint32_t j = 0; m->rule_key && j < m->rule_count; j++)
        m->rule_key[j] =
            m->rule_order[j] < m->rule_count ? key_of(&m->rules[m->rule_order[j]]) : UINT16_MAX;
    m->steps = NULL;
    m->masks = NULL;
    m->step_count = m->mask_count = 0;
    Build B = {.m = m};
    for (uint32_t i = 0; i < m->rule_count && !B.failed; i++)
        m->rules[i].entry = compile(&B, m->rules[i].when, 0, false, SV_STEP_ACCEPT, SV_STEP_REJECT);
    if (!B.failed) {
        sv_ScoreStep *steps = sv_arena_alloc(m->arena, (B.step_count + 1u) * sizeof *steps);
        sv_ScoreMask *masks = sv_arena_alloc(m->arena, (B.mask_count + 1u) * sizeof *masks);
        if (steps && masks) {
            if (B.step_count) memcpy(steps, B.steps, B.step_count * sizeof *steps);
            if (B.mask_count) memcpy(masks, B.masks, B.mask_count * sizeof *masks);
            m->steps = steps;
            m->step_count = (uint32_t)B.step_count;
            m->masks = masks;
            m->mask_count = (uint32_t)B.mask_count;
        }
    }
    free(B.steps);
    free(B.masks);
    free(B.items);
    for (uint32_t i = 0; i < m->rule_count; i++) m->rules[i].sieved = sieved_entry(m, &m->rules[i]);
}

/* ---- judging --------------------------------------------------------------------------- */

static inline __attribute__((always_inline)) bool
step_holds(const sv_ScoreModel *m, const sv_ScoreStep *s, const uint64_t f[SV_SCORE_FEATURE_WORDS],
           const sv_ScoreContext *ctx)
{
    switch (s->kind) {
    case SV_STEP_BIT: return s->arg < F_END && (f[s->arg / 64] >> (s->arg % 64)) & 1u;
    case SV_STEP_ALL: {
        if (s->arg >= m->mask_count) return false;
        const sv_ScoreMask *k = &m->masks[s->arg];
        uint64_t miss = 0;
        for (int w = 0; w < SV_SCORE_FEATURE_WORDS; w++)
            miss |= ((f[w] & k->pos[w]) ^ k->pos[w]) | (f[w] & k->neg[w]);
        return miss == 0;
    }
    case SV_STEP_ANY: {
        if (s->arg >= m->mask_count) return false;
        const sv_ScoreMask *k = &m->masks[s->arg];
        uint64_t hit = 0;
        for (int w = 0; w < SV_SCORE_FEATURE_WORDS; w++)
            hit |= (f[w] & k->pos[w]) | (~f[w] & k->neg[w]);
        return hit != 0;
    }
    default: return sv_score_holds(m, (int32_t)s->arg, ctx);
    }
}

/* The compiled steps from pc on (each goes on to an earlier one, so this ends). */
static inline __attribute__((always_inline)) bool
run_steps(const sv_ScoreModel *m, uint32_t pc, const uint64_t f[SV_SCORE_FEATURE_WORDS],
          const sv_ScoreContext *ctx)
{
    while (pc < m->step_count) {
        const sv_ScoreStep *s = &m->steps[pc];
        uint32_t next = step_holds(m, s, f, ctx) ? s->yes : s->no;
        if (next < SV_STEP_REJECT && next >= pc) return false; /* not as compiled */
        pc = next;
    }
    return pc == SV_STEP_ACCEPT;
}

/* From the first step the rule's masks leave undecided (r->sieved). */
static inline __attribute__((always_inline)) bool
holds_sieved(const sv_ScoreModel *m, const sv_ScoreRule *r,
             const uint64_t f[SV_SCORE_FEATURE_WORDS], const sv_ScoreContext *ctx)
{
    if (!m->steps) return sv_score_holds(m, r->when, ctx);
    return run_steps(m, r->sieved, f, ctx);
}

bool sv_score_rule_holds_sieved(const sv_ScoreModel *m, const sv_ScoreRule *r,
                                const uint64_t f[SV_SCORE_FEATURE_WORDS],
                                const sv_ScoreContext *ctx)
{
    return holds_sieved(m, r, f, ctx);
}

/* The trigger's rules the features leave, as sv_score_may_hold would: one
 * bit per rule in the trigger's order, 4 feature bits at a time. */
static void sieve_mask(const sv_ScoreSieve *sv, uint32_t t,
                       const uint64_t f[SV_SCORE_FEATURE_WORDS], uint64_t c[SV_SIEVE_WORDS])
{
    memcpy(c, sv->all[t], SV_SIEVE_WORDS * sizeof *c);
    for (uint32_t e = sv->start[t]; e < sv->start[t + 1]; e++) {
        const sv_ScoreSieveNibble *b = &sv->nibbles[e];
        unsigned v = (unsigned)(f[b->at / 64] >> (b->at % 64)) & 15u;
        for (int w = 0; w < SV_SIEVE_WORDS; w++) c[w] &= ~b->kill[v][w];
    }
}

/* The rule at the lowest bit left of word w of a sieve mask, the trigger's
 * rules starting at lo in rule_order. */
static inline uint32_t sieve_rule(const sv_ScoreModel *m, uint32_t lo, int w, uint64_t left)
{
    return m->rule_order[lo + 64u * (uint32_t)w + (uint32_t)__builtin_ctzll(left)];
}

size_t sv_score_sieve_rules(const sv_ScoreModel *m, const uint64_t f[SV_SCORE_FEATURE_WORDS],
                            const sv_ScoreContext *ctx, uint32_t out[64 * SV_SIEVE_WORDS])
{
    const sv_ScoreSieve *sv = m->sieve;
    uint32_t t = (uint32_t)ctx->trigger;
    if (!sv || t >= SV_TRIGGER_COUNT || !sv->ok[t]) return SIZE_MAX;
    uint64_t c[SV_SIEVE_WORDS];
    sieve_mask(sv, t, f, c);
    size_t n = 0;
    uint32_t lo = m->by_trigger[t];
    for (int w = 0; w < SV_SIEVE_WORDS; w++)
        for (uint64_t left = c[w]; left; left &= left - 1) {
            uint32_t i = sieve_rule(m, lo, w, left);
            const sv_ScoreRule *r = &m->rules[i];
            /* a condition the masks decide whole holds at once (sieved: accept) */
            if (!r->disabled && holds_sieved(m, r, f, ctx)) out[n++] = i;
        }
    return n;
}

bool sv_score_rule_holds(const sv_ScoreModel *m, const sv_ScoreRule *r,
                         const uint64_t f[SV_SCORE_FEATURE_WORDS], const sv_ScoreContext *ctx)
{
    if (!m->steps) return sv_score_holds(m, r->when, ctx);
    return run_steps(m, r->entry, f, ctx);
}

/* ---- the sieve's answers kept ----------------------------------------------------------- */

#define MEMO_SLOTS 65536u        /* a power of two; filled to three quarters at most */
#define MEMO_POOL_MAX (1u << 20) /* rules listed in all */
/* a listed rule whose condition reads more than features, then the step it
 * does so at (UINT32_MAX: interpreted) */
#define MEMO_TRY 0x80000000u

typedef struct MemoSlot {
    uint64_t f[SV_SCORE_FEATURE_WORDS];
    uint32_t trigger; /* + 1; 0: the slot is free */
    uint32_t at, count;
} MemoSlot;

/* Whole judgements kept (sv_score_memo_judged): a context's key, as
 * judged_key writes it, and its hits. */
#define JUDGED_SLOTS 16384u    /* a power of two; filled to three quarters at most */
#define JUDGED_HITS (1u << 17) /* hits kept in all */
#define JUDGED_WORDS 14u       /* a key's words */
#define JUDGED_CUTS 31u        /* the model's tests of one measure that a class tells apart */

typedef struct JudgedSlot {
    uint32_t hash; /* its key's, while it waits for its hits */
    uint32_t hit_at, hit_count;
    uint64_t key[JUDGED_WORDS];
} JudgedSlot;

/* The tests of one measure of the time or the length (delay, deadline_pct,
 * own_delay_pct, length) in the model: a value's class is which of them it
 * passes, so values of one class pass the same tests. */
typedef struct JudgedCuts {
    uint32_t count;
    uint8_t op[JUDGED_CUTS];
    int32_t value[JUDGED_CUTS];
} JudgedCuts;
enum { CUT_LENGTH = 0, CUT_DELAY, CUT_DEADLINE, CUT_OWN_DELAY, CUT_COUNT };

typedef struct Judged {
    bool ok; /* the model's tests are all told apart by the key */
    JudgedCuts cuts[CUT_COUNT];
    /* [JUDGED_SLOTS] each slot's key's hash, 0 free: probed first, so a
     * lookup reads one small table and one slot */
    uint32_t *hash;
    JudgedSlot *slots; /* [JUDGED_SLOTS], made when first used */
    uint32_t used;
    sv_ScoreHit *hits; /* [JUDGED_HITS] */
    size_t hit_count;
} Judged;

struct sv_ScoreMemo {
    const sv_ScoreModel *model;
    Judged judged;
    /* the feature bits some rule of the trigger reads (its masks, its steps):
     * contexts that differ in no other bit are judged alike, and kept as one */
    uint64_t read[SV_TRIGGER_COUNT][SV_SCORE_FEATURE_WORDS];
    MemoSlot *slots; /* [MEMO_SLOTS] */
    uint32_t used;
    uint32_t *pool;
    size_t pool_count, pool_cap;
};

sv_ScoreMemo *sv_score_memo_new(void)
{
    sv_ScoreMemo *memo = calloc(1, sizeof *memo);
    if (memo) memo->slots = calloc(MEMO_SLOTS, sizeof *memo->slots);
    if (memo && !memo->slots) {
        free(memo);
        return NULL;
    }
    return memo;
}

void sv_score_memo_free(sv_ScoreMemo *memo)
{
    if (!memo) return;
    free(memo->slots);
    free(memo->pool);
    free(memo->judged.hash);
    free(memo->judged.slots);
    free(memo->judged.hits);
    free(memo);
}

/* The rule's outcome from the features alone, from the first step its masks
 * leave open: 1 holds, 0 fails, -1 a step reads more of the context (that
 * step to *at, UINT32_MAX when the condition is interpreted). */
static int probe(const sv_ScoreModel *m, const sv_ScoreRule *r,
                 const uint64_t f[SV_SCORE_FEATURE_WORDS], uint32_t *at)
{
    *at = UINT32_MAX;
    if (!m->steps) return -1;
    uint32_t pc = r->sieved;
    while (pc < m->step_count) {
        const sv_ScoreStep *s = &m->steps[pc];
        if (s->kind != SV_STEP_BIT && s->kind != SV_STEP_ALL && s->kind != SV_STEP_ANY) {
            *at = pc;
            return -1;
        }
        uint32_t next = step_holds(m, s, f, NULL) ? s->yes : s->no;
        if (next < SV_STEP_REJECT && next >= pc) return 0; /* not as compiled */
        pc = next;
    }
    return pc == SV_STEP_ACCEPT;
}

/* memo->read for the model: false when its steps are not as compiled (then
 * every bit counts). */
static bool read_bits(const sv_ScoreModel *m,
                      uint64_t read[SV_TRIGGER_COUNT][SV_SCORE_FEATURE_WORDS])
{
    memset(read, 0, SV_TRIGGER_COUNT * sizeof *read);
    uint8_t *seen = m->step_count ? calloc(m->step_count, 1) : NULL;
    uint32_t *stack = m->step_count ? malloc(m->step_count * sizeof *stack) : NULL;
    bool ok = !m->step_count || (seen && stack);
    for (int t = 0; ok && t < SV_TRIGGER_COUNT; t++) {
        if (m->step_count) memset(seen, 0, m->step_count);
        if (m->by_trigger[t + 1] > m->rule_count) ok = false;
        for (uint32_t j = m->by_trigger[t]; ok && j < m->by_trigger[t + 1]; j++) {
            if (m->rule_order[j] >= m->rule_count) {
                ok = false;
                break;
            }
            const sv_ScoreRule *r = &m->rules[m->rule_order[j]];
            for (int w = 0; w < SV_SCORE_FEATURE_WORDS; w++) read[t][w] |= r->need[w] | r->shun[w];
            size_t n = 0;
            if (r->entry < m->step_count && !seen[r->entry]) {
                seen[r->entry] = 1;
                stack[n++] = r->entry;
            }
            while (n) {
                const sv_ScoreStep *s = &m->steps[stack[--n]];
                if (s->kind == SV_STEP_BIT) {
                    if (s->arg < F_END) read[t][s->arg / 64] |= 1ull << (s->arg % 64);
                } else if (s->kind == SV_STEP_ALL || s->kind == SV_STEP_ANY) {
                    if (s->arg < m->mask_count)
                        for (int w = 0; w < SV_SCORE_FEATURE_WORDS; w++)
                            read[t][w] |= m->masks[s->arg].pos[w] | m->masks[s->arg].neg[w];
                } else if (s->kind != SV_STEP_LEAF) {
                    ok = false; /* not as compiled */
                    break;
                }
                const uint32_t next[2] = {s->yes, s->no};
                for (int k = 0; k < 2; k++)
                    if (next[k] < m->step_count && !seen[next[k]]) {
                        seen[next[k]] = 1;
                        stack[n++] = next[k];
                    }
            }
        }
    }
    free(seen);
    free(stack);
    return ok && m->steps;
}

static bool memo_push(sv_ScoreMemo *memo, uint32_t v)
{
    if (memo->pool_count == memo->pool_cap) {
        size_t cap = memo->pool_cap ? 2 * memo->pool_cap : 1024;
        if (cap > MEMO_POOL_MAX) return false;
        uint32_t *p = realloc(memo->pool, cap * sizeof *p);
        if (!p) return false;
        memo->pool = p;
        memo->pool_cap = cap;
    }
    memo->pool[memo->pool_count++] = v;
    return true;
}

static void judged_for(Judged *J, const sv_ScoreModel *m);

/* The memo for the model: another's answers are forgotten first. */
static void memo_for(sv_ScoreMemo *memo, const sv_ScoreModel *m)
{
    if (memo->model == m) return;
    if (memo->model) memset(memo->slots, 0, MEMO_SLOTS * sizeof *memo->slots);
    memo->used = 0;
    memo->pool_count = 0;
    memo->model = m;
    if (!read_bits(m, memo->read)) memset(memo->read, 0xff, sizeof memo->read);
    judged_for(&memo->judged, m);
}

size_t sv_score_memo_rules(sv_ScoreMemo *memo, const sv_ScoreModel *m,
                           const uint64_t f[SV_SCORE_FEATURE_WORDS], const sv_ScoreContext *ctx,
                           uint32_t out[64 * SV_SIEVE_WORDS])
{
    const sv_ScoreSieve *sv = m->sieve;
    uint32_t t = (uint32_t)ctx->trigger;
    if (!sv || t >= SV_TRIGGER_COUNT || !sv->ok[t]) return SIZE_MAX;
    memo_for(memo, m);
    uint64_t key[SV_SCORE_FEATURE_WORDS];
    for (int w = 0; w < SV_SCORE_FEATURE_WORDS; w++) key[w] = f[w] & memo->read[t][w];
    uint64_t h = 0x9e3779b97f4a7c15ull * (t + 1u);
    for (int w = 0; w < SV_SCORE_FEATURE_WORDS; w++) {
        h ^= key[w];
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 29;
    }
    uint32_t i = (uint32_t)(h >> 32) & (MEMO_SLOTS - 1u);
    MemoSlot *slot = &memo->slots[i];
    for (; slot->trigger; i = (i + 1u) & (MEMO_SLOTS - 1u), slot = &memo->slots[i]) {
        bool same = slot->trigger == t + 1u;
        for (int w = 0; w < SV_SCORE_FEATURE_WORDS; w++) same = same && slot->f[w] == key[w];
        if (!same) continue;
        size_t n = 0;
        const uint32_t *v = memo->pool + slot->at, *end = v + slot->count;
        for (; v < end; v++) {
            if (!(*v & MEMO_TRY)) {
                out[n++] = *v;
                continue;
            }
            /* from the step that reads the context on, as the features lead there */
            uint32_t ri = *v & ~MEMO_TRY, pc = *++v;
            if (pc == UINT32_MAX ? holds_sieved(m, &m->rules[ri], f, ctx)
                                 : run_steps(m, pc, f, ctx))
                out[n++] = ri;
        }
        return n;
    }
    /* not kept yet: the sieve's way, listing what it finds */
    bool keep = memo->used < MEMO_SLOTS / 4u * 3u;
    size_t at = memo->pool_count;
    uint64_t c[SV_SIEVE_WORDS];
    sieve_mask(sv, t, f, c);
    size_t n = 0;
    uint32_t lo = m->by_trigger[t];
    for (int w = 0; w < SV_SIEVE_WORDS; w++)
        for (uint64_t left = c[w]; left; left &= left - 1) {
            uint32_t ri = sieve_rule(m, lo, w, left);
            const sv_ScoreRule *r = &m->rules[ri];
            if (r->disabled) continue;
            uint32_t pc;
            int p = probe(m, r, f, &pc);
            if (p == 0) continue;
            if (keep) keep = memo_push(memo, p > 0 ? ri : ri | MEMO_TRY);
            if (keep && p < 0) keep = memo_push(memo, pc);
            if (p > 0 || holds_sieved(m, r, f, ctx)) out[n++] = ri;
        }
    if (keep) {
        memcpy(slot->f, key, sizeof slot->f);
        slot->trigger = t + 1u;
        slot->at = (uint32_t)at;
        slot->count = (uint32_t)(memo->pool_count - at);
        memo->used++;
    } else {
        memo->pool_count = at;
    }
    return n;
}

/* ---- whole judgements kept ------------------------------------------------------------ */

/* A judgement's hits are a function of its context alone (sv_score_fire_hits
 * reads nothing else), and of the context only what the model's tests read:
 * every field below exactly, but the time and the length, which differ from
 * run to run, by their class (which of the model's tests of them they pass).
 * So contexts with one key fire the same hits. A test or a context field
 * added later must be keyed here too: the asserts below stop the build until
 * it is. */
_Static_assert(SV_TEST_COUNT == 98, "a new test: key what it reads in judged_key");
_Static_assert(sizeof(sv_ScoreContext) == 200, "a new context field: key it in judged_key");

static int cut_of(uint8_t test)
{
    switch (test) {
    case SV_TEST_LENGTH: return CUT_LENGTH;
    case SV_TEST_DELAY: return CUT_DELAY;
    case SV_TEST_DEADLINE_PCT: return CUT_DEADLINE;
    case SV_TEST_OWN_DELAY_PCT: return CUT_OWN_DELAY;
    default: return -1;
    }
}

/* One test of a measure to tell apart (op value), once; J->ok false when
 * there are too many to tell apart in a word, and nothing is kept. */
static void add_cut(Judged *J, JudgedCuts *c, uint8_t op, int32_t value)
{
    for (uint32_t j = 0; j < c->count; j++)
        if (c->op[j] == op && c->value[j] == value) return;
    if (c->count == JUDGED_CUTS) {
        J->ok = false;
        return;
    }
    c->op[c->count] = op;
    c->value[c->count++] = value;
}

static void judged_for(Judged *J, const sv_ScoreModel *m)
{
    if (J->hash) memset(J->hash, 0, JUDGED_SLOTS * sizeof *J->hash);
    J->used = 0;
    J->hit_count = 0;
    memset(J->cuts, 0, sizeof J->cuts);
    J->ok = true;
    for (uint32_t i = 0; i < m->cond_count && J->ok; i++) {
        const sv_ScoreCond *n = &m->conds[i];
        /* the test wall compares the length with its own two bounds */
        bool wall = n->test == SV_TEST_WALL;
        int k = wall ? CUT_LENGTH : cut_of(n->test);
        if (k < 0) continue;
        if (wall) {
            add_cut(J, &J->cuts[k], SV_OP_GT, SV_SCORE_WALL_CHARS);
            add_cut(J, &J->cuts[k], SV_OP_GT, SV_SCORE_PILED_CHARS);
        } else
            add_cut(J, &J->cuts[k], n->op, n->value);
    }
}

/* The class of a measure: bit j, it passes the model's j-th test of it (as
 * score.c's tests compare it); the top bit, it is not negative (the percent
 * tests fail on -1, none). */
static uint32_t cut_class(const JudgedCuts *c, int64_t v)
{
    uint32_t k = v >= 0 ? 1u << 31 : 0u;
    for (uint32_t j = 0; j < c->count; j++)
        if (sv_compare(v, c->op[j], c->value[j])) k |= 1u << j;
    return k;
}

static uint32_t judged_key(const Judged *J, const sv_ScoreContext *c, uint64_t *key)
{
    uint32_t n = 0;
    /* the reply's kinds as the tests read them: which are there (part), how
     * many (parts) and whether their order is right or wrong (order) */
    uint64_t kinds = 0;
    for (uint8_t i = 0; i < c->kind_count; i++) {
        if (i >= SV_MAX_COMPOSE || c->kinds[i] >= 32u) return 0; /* none such: not kept */
        kinds |= (uint64_t)1 << c->kinds[i];
    }
    if (c->kind_count > 0) {
        bool ok, wrong;
        sv_score_order_of(c, &ok, &wrong);
        kinds |= (uint64_t)ok << 32 | (uint64_t)wrong << 33;
    }
    uint64_t yes =
        (uint64_t)c->has_reply | (uint64_t)c->by_default << 1 | (uint64_t)c->speaks << 2 |
        (uint64_t)c->remedy << 3 | (uint64_t)c->accommodates << 4 |
        (uint64_t)c->moves_private << 5 | (uint64_t)c->canned << 6 | (uint64_t)c->checked << 7 |
        (uint64_t)c->generous << 8 | (uint64_t)c->compensates << 9 | (uint64_t)c->solution << 10 |
        (uint64_t)c->closes << 11 | (uint64_t)c->has_post << 12 | (uint64_t)c->claim_true << 13 |
        (uint64_t)c->watched << 14 | (uint64_t)c->recurring << 15 | (uint64_t)c->asks << 16 |
        (uint64_t)c->solution_offered << 17 | (uint64_t)c->fixed << 18 |
        (uint64_t)c->facts_missing << 19 | (uint64_t)c->claims_unknown << 20 |
        (uint64_t)c->owned_before << 21 | (uint64_t)c->answered_private << 22 |
        (uint64_t)c->known_false << 23 | (uint64_t)c->corrected << 24 |
        (uint64_t)c->own_thread << 25 | (uint64_t)c->misled << 26 |
        (uint64_t)c->answered_here << 27 | (uint64_t)c->moderates << 28 |
        (uint64_t)c->under_complaint << 29 | (uint64_t)c->check_at_hand << 30 |
        (uint64_t)c->last_answer << 31;
#define PAIR(a, b) (key[n++] = (uint64_t)(uint32_t)(a) | (uint64_t)(uint32_t)(b) << 32)
    PAIR(c->trigger, c->decision);
    PAIR(c->post, c->option);
    PAIR(c->action, c->visibility);
    PAIR(c->tags, c->kind_count);
    key[n++] = kinds;
    PAIR(cut_class(&J->cuts[CUT_LENGTH], c->length), cut_class(&J->cuts[CUT_DELAY], c->delay_ms));
    PAIR(cut_class(&J->cuts[CUT_DEADLINE], c->deadline_pct),
         cut_class(&J->cuts[CUT_OWN_DELAY], c->own_delay_pct));
    PAIR(c->repeat, c->also);
    /* the guesses and the four counts of what is stated: guess_only reads only these */
    PAIR(c->step | (uint32_t)c->step_count << 8 | (uint32_t)c->guesses << 16 |
             (uint32_t)c->leaves_out << 24 | (uint32_t)c->states_private << 25 |
             (uint32_t)c->meets_need << 26 | (uint32_t)c->tells_measure << 27 |
             (uint32_t)c->no_fault << 28 | (uint32_t)c->answers_claim << 29 |
             (uint32_t)c->leaves_open << 30 | (uint32_t)sv_score_repeats_offer(c) << 31,
         c->confirms_true | (uint32_t)c->confirms_false << 8 | (uint32_t)c->denies_true << 16 |
             (uint32_t)c->denies_false << 24);
    PAIR(yes, c->offer);
    /* the step word is full: the post's valence takes more flags (the promise that is the
     * measure told, the remedy at hand, a sorry that owns a fault itself) */
    PAIR((uint32_t)c->valence | (uint32_t)c->tells_inquiry << 8 | (uint32_t)c->asks_known << 9 |
             (uint32_t)c->new_voice << 10 | (uint32_t)c->answers_question << 11 |
             (uint32_t)c->promises_measure << 14 | (uint32_t)c->remedy_at_hand << 15 |
             (uint32_t)c->sorry_owns_fault << 21,
         c->author);
    /* the channel's word takes the explanation told again, the cause told, the outcome told,
     * the sorry said again, the recourse told, the remedy for everyone told and the explanation
     * that says why, every point of the post answered, something private at stake, the remedy
     * offered again, a composition that says none of the post's claims, a compensation that
     * names something known, and a personal detail still to gather */
    PAIR((uint32_t)c->channel | (uint32_t)c->explains_again << 8 | (uint32_t)c->tells_cause << 9 |
             (uint32_t)c->tells_outcome << 10 | (uint32_t)c->apologises_again << 11 |
             (uint32_t)c->tells_recourse << 12 | (uint32_t)c->tells_for_all << 13 |
             (uint32_t)c->explains_why << 14 | (uint32_t)c->answers_every_point << 15 |
             (uint32_t)c->private_at_stake << 16 | (uint32_t)c->compensates_again << 17 |
             (uint32_t)c->claims_unsaid << 20 | (uint32_t)c->compensation_known << 21 |
             (uint32_t)c->private_to_gather << 22,
         c->thread_replies);
    PAIR(c->policy, c->loss);
    PAIR(c->claims_true | (uint32_t)c->claims_false << 8, c->demand);
#undef PAIR
    return n;
}

static uint32_t key_hash(const uint64_t *key, uint32_t n)
{
    uint64_t h = 0x9e3779b97f4a7c15ull;
    for (uint32_t i = 0; i < n; i++) h = (h ^ key[i]) * 0xff51afd7ed558ccdull + (h >> 31);
    h ^= h >> 29;
    return (uint32_t)(h >> 32) | 1u; /* never 0 */
}

size_t sv_score_memo_judged(sv_ScoreMemo *memo, const sv_ScoreModel *m, const sv_ScoreContext *ctx,
                            sv_ScoreHit *hits, size_t cap, uint32_t *slot)
{
    *slot = UINT32_MAX;
    /* a composed reply's parts rarely meet again: its key would only take room */
    if (ctx->has_reply && ctx->option < 0) return SIZE_MAX;
    memo_for(memo, m);
    Judged *J = &memo->judged;
    if (!J->ok) return SIZE_MAX;
    if (!J->hash) {
        J->hash = calloc(JUDGED_SLOTS, sizeof *J->hash);
        J->slots = malloc(JUDGED_SLOTS * sizeof *J->slots);
        if (!J->hash || !J->slots) {
            free(J->hash);
            free(J->slots);
            J->hash = NULL;
            J->slots = NULL;
            J->ok = false;
            return SIZE_MAX;
        }
    }
    uint64_t key[JUDGED_WORDS];
    uint32_t n = judged_key(J, ctx, key);
    if (!n) return SIZE_MAX;
    uint32_t h = key_hash(key, n);
    for (uint32_t i = h & (JUDGED_SLOTS - 1u);; i = (i + 1u) & (JUDGED_SLOTS - 1u)) {
        if (!J->hash[i]) {
            /* a new key: its slot, to keep the hits in once they are made */
            if (J->used < JUDGED_SLOTS / 4u * 3u) {
                J->slots[i].hash = h;
                memcpy(J->slots[i].key, key, n * sizeof *key);
                *slot = i;
            }
            return SIZE_MAX;
        }
        if (J->hash[i] != h) continue;
        const JudgedSlot *e = &J->slots[i];
        uint64_t differ = 0;
        for (uint32_t k = 0; k < n; k++) differ |= e->key[k] ^ key[k];
        if (differ) continue;
        if (e->hit_count > cap) return SIZE_MAX;
        if (e->hit_count) memcpy(hits, &J->hits[e->hit_at], e->hit_count * sizeof *hits);
        return e->hit_count;
    }
}

void sv_score_memo_keep_judged(sv_ScoreMemo *memo, uint32_t slot, const sv_ScoreHit *hits, size_t n)
{
    Judged *J = &memo->judged;
    if (slot >= JUDGED_SLOTS || !J->hash || J->hash[slot]) return;
    if (n > JUDGED_HITS - J->hit_count) return;
    if (!J->hits && !(J->hits = malloc(JUDGED_HITS * sizeof *J->hits))) return;
    JudgedSlot *e = &J->slots[slot];
    if (n) memcpy(&J->hits[J->hit_count], hits, n * sizeof *hits);
    e->hit_at = (uint32_t)J->hit_count;
    e->hit_count = (uint32_t)n;
    J->hash[slot] = e->hash;
    J->hit_count += n;
    J->used++;
}
