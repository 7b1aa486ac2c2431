/* What onlookers read in the brand's conduct besides the scoring model's
 * verdicts (issue 10, scenarios/AUDIENCE.md): how long a complaint waited
 * against the answer they expect, what kind of failure it is about, what was
 * handled out of their sight, a personal answer to praise, uncivil comments left
 * standing, and the social proof of a good reply or a credible dispute of it.
 * Each moves the crowd's shift (stance units before mobility), never a verdict. */
#include "audience_internal.h"
#include "core_util.h"
#include "session_internal.h"
#include "svara/score.h"

/* Answer speed (Istanbulluoglu 2017; Einwiller & Steilen 2015): onlookers expect
 * a first answer within one to three hours on a microblog (a public feed) and
 * within three to six on slower sites (forums, review sites). The lift of a first
 * answer falls from full at the first bound to none at the second; while a
 * complaint waits past the first, it costs OVERDUE_PER_HOUR an hour, up to
 * OVERDUE_MAX. A complaint is news for an hour: after that, what its sharers
 * bring in halves every half hour (most of the reach comes in the first hour). */
#define FEED_EXPECT_LO 1
#define FEED_EXPECT_HI 3
#define SLOW_EXPECT_LO 3
#define SLOW_EXPECT_HI 6
#define OVERDUE_PER_HOUR 40
#define OVERDUE_MAX 120
/* The failure's kind (Johnen & Schnittka 2019; Li, Cui & Peng 2018; Weitzl &
 * Hutzinger 2017): after a practical failure onlookers reward an accommodating
 * answer and punish a defensive one by CONTEXT_GAP each; after a leisure one a
 * third as much; after an unfounded complaint a calm correction costs nothing and
 * only an uncivil defence (arguing, blaming) costs, half as much. */
#define CONTEXT_GAP 50
/* Private handling (Hogreve et al. 2019): onlookers see a quarter of what a
 * private answer to a complaint nobody has answered in public did (the
 * complainer tells a few); a public closing note shows them three quarters of
 * the rest. */
#define PRIVATE_SEEN_DIV 4
#define CLOSE_SHOWN_NUM 3
#define CLOSE_SHOWN_DEN 4
/* A highly personalised answer to praise reads as intrusive to some (Crijns et
 * al. 2017); a short thank-you does not, even with the customer's name. */
#define PRAISE_PERSONAL_COST 45
/* Incivility (Bacile et al. 2018): each uncivil comment left standing costs the
 * brand UNCIVIL_EACH, up to UNCIVIL_MAX a thread; after a calm word from the
 * brand about the tone, a quarter of that. */
#define UNCIVIL_EACH 15
#define UNCIVIL_MAX 90
#define MODERATED_DIV 4
/* Social proof (Schaefers & Schamari 2016): a successful recovery's likes (a
 * good reply's, or a closing note's that showed a private one) add up to
 * PROOF_MAX, in full once a PROOF_DIV-th of its thread's watchers like it; a
 * failed reply gets no such help. A credible onlooker disputing a good reply
 * takes back its proof and DISPUTE_DIV-th of what its verdict did. A joke's
 * likes are for the joke (Shin & Larson 2020), so they prove nothing. */
#define PROOF_MAX 60
#define PROOF_DIV 100
#define DISPUTE_DIV 3

static void send(sv_Audience *a, int64_t sixteenths, int64_t *moved)
{
    a->shift_pending += sixteenths;
    *moved += sixteenths;
}

void sv_onlookers_opened(sv_Audience *a, const sv_Session *s, sv_Topic *tp)
{
    const sv_Scenario *sc = s->sc;
    const sv_Post *p = &sc->posts[tp->post];
    tp->start_ms = tp->news_ms = s->now_ms;
    tp->channel =
        (uint8_t)(sv_in_range(p->channel, sc->channel_count) ? sc->channels[p->channel].type
                                                             : SV_CHANNEL_FEED);
    tp->failure =
        (uint8_t)(p->has_failure && (unsigned)p->failure < SV_FAILURE_COUNT ? p->failure + 1 : 0);
    (void)a;
}

/* The window of the expected first answer, in ms of the scenario. */
static void expected(const sv_Audience *a, const sv_Topic *tp, uint64_t *lo, uint64_t *hi)
{
    bool feed = tp->channel == SV_CHANNEL_FEED;
    *lo = (uint64_t)a->hour_ms * (feed ? FEED_EXPECT_LO : SLOW_EXPECT_LO);
    *hi = (uint64_t)a->hour_ms * (feed ? FEED_EXPECT_HI : SLOW_EXPECT_HI);
}

int64_t sv_onlookers_answer_lift(const sv_Audience *a, const sv_Topic *tp, uint32_t now,
                                 int32_t lift)
{
    uint64_t lo, hi, wait = now - tp->start_ms;
    expected(a, tp, &lo, &hi);
    if (wait <= lo) return (int64_t)lift * 16;
    if (wait >= hi) return 0;
    return (int64_t)lift * 16 * (int64_t)(hi - wait) / (int64_t)(hi - lo);
}

/* Each step: the waiting, the tone and the likes of good replies. */
void sv_onlookers_step(sv_Audience *a, const sv_Session *s)
{
    for (uint32_t t = 0; t < a->topic_count; t++) {
        sv_Topic *tp = &a->topics[t];
        if (tp->valence != SV_VALENCE_NEGATIVE) continue;
        if (!tp->answered && tp->overdue < OVERDUE_MAX * 16) {
            uint64_t lo, hi, age = s->now_ms - tp->start_ms;
            expected(a, tp, &lo, &hi);
            if (age > lo) {
                int64_t due = (int64_t)(age - lo) * OVERDUE_PER_HOUR * 16 / a->hour_ms;
                due = due > OVERDUE_MAX * 16 ? OVERDUE_MAX * 16 : due;
                send(a, -(due - tp->overdue), &a->moved_speed);
                tp->overdue = due;
            }
        }
        if (tp->uncivil || tp->civ_sent) { /* none written and none sent: nothing to do */
            int64_t civ = (int64_t)(tp->uncivil < UNCIVIL_MAX ? tp->uncivil : UNCIVIL_MAX) *
                          UNCIVIL_EACH * 16;
            civ = civ > UNCIVIL_MAX * 16 ? UNCIVIL_MAX * 16 : civ;
            if (tp->moderated) civ /= MODERATED_DIV;
            if (-civ != tp->civ_sent) {
                send(a, -civ - tp->civ_sent, &a->moved_civility);
                tp->civ_sent = -civ;
            }
        }
        /* a joke's likes are for the joke, not proof that the recovery worked */
        if (tp->reply < 0 || !tp->success || tp->disputed || tp->humour || tp->exposed == 0)
            continue;
        uint64_t likes = (uint64_t)a->reply_reactions[tp->reply].likes * PROOF_DIV;
        likes = likes < tp->exposed ? likes : tp->exposed;
        int64_t proof = (int64_t)((uint64_t)PROOF_MAX * 16 * likes / tp->exposed);
        if (proof > tp->proof) {
            send(a, proof - tp->proof, &a->moved_proof);
            tp->proof = proof;
        }
    }
}

/* A negative post in a thread whose latest reply was good: a credible onlooker
 * (anyone but the complainer, a troll or a colleague) disputes it. */
void sv_onlookers_post(sv_Audience *a, const sv_Session *s, sv_Topic *tp, int32_t post)
{
    const sv_Scenario *sc = s->sc;
    const sv_Post *p = &sc->posts[post];
    if (tp->post == post || p->valence != SV_VALENCE_NEGATIVE || tp->reply < 0 || !tp->success ||
        tp->disputed || !sv_in_range(p->author, sc->persona_count))
        return;
    sv_Role who = sc->personas[p->author].role;
    if (who == SV_ROLE_COMPLAINER || who == SV_ROLE_TROLL || who == SV_ROLE_COLLEAGUE) return;
    tp->disputed = true;
    int64_t back = tp->proof + (tp->reply_sent > 0 ? tp->reply_sent / DISPUTE_DIV : 0);
    send(a, -back, &a->moved_proof);
    tp->proof = 0;
}

/* The thread a private reply belongs to: its target's, or, for a private
 * message, the complaint its author started in public. */
static sv_Topic *private_topic(sv_Audience *a, const sv_Session *s, const sv_Reply *r)
{
    const sv_Scenario *sc = s->sc;
    int32_t to = sv_score_reply_post(sc, r);
    if (!sv_in_range(to, sc->post_count)) return NULL;
    const sv_Post *p = &sc->posts[to];
    bool dm = sv_in_range(p->channel, sc->channel_count) &&
              sc->channels[p->channel].type == SV_CHANNEL_PRIVATE;
    int32_t root = sv_score_thread(sc, to);
    for (uint32_t t = 0; t < a->topic_count; t++) {
        sv_Topic *tp = &a->topics[t];
        if (!dm && tp->post == root) return tp;
        if (dm && tp->valence == SV_VALENCE_NEGATIVE && sc->posts[tp->post].author == p->author)
            return tp;
    }
    return NULL;
}

/* A private reply with words about a complaint nobody has answered in public:
 * onlookers see a quarter of the good it did. */
void sv_onlookers_private(sv_Audience *a, const sv_Session *s, const sv_Reply *r)
{
    sv_Topic *tp = private_topic(a, s, r);
    if (!tp || tp->answered || tp->valence != SV_VALENCE_NEGATIVE || a->cur_sent <= 0) return;
    int64_t hide = a->cur_sent - a->cur_sent / PRIVATE_SEEN_DIV;
    send(a, -hide, &a->moved_private);
    tp->held += hide;
}

static bool accommodates(const sv_Scenario *sc, const sv_Reply *r, sv_TagSet t)
{
    sv_TagSet yes = (1u << SV_TAG_ACCOMMODATING) | (1u << SV_TAG_EMPATHY) |
                    (1u << SV_TAG_SOLUTION) | (1u << SV_TAG_GENEROUS);
    return (t & yes) || sv_audience_has_part(sc, r, SV_PART_APOLOGISE) ||
           sv_audience_has_part(sc, r, SV_PART_EMPATHISE) ||
           sv_audience_has_part(sc, r, SV_PART_COMPENSATE);
}

static bool denies(const sv_Scenario *sc, const sv_Reply *r)
{
    const sv_Option *o = sv_reply_option(sc, r);
    if (o) {
        for (uint32_t i = 0; i < o->structure_count && i < SV_MAX_COMPOSE; i++)
            if (o->structure[i] == SV_PART_DENY) return true;
        return o->claims.denies.count > 0;
    }
    if (sv_audience_has_part(sc, r, SV_PART_DENY)) return true;
    for (uint32_t i = 0; i < r->part_count && i < SV_MAX_COMPOSE && !r->prior; i++)
        if (sv_in_range(r->parts[i], sc->part_count) && sc->parts[r->parts[i]].claims.denies.count)
            return true;
    return false;
}

/* What the failure's kind makes of an accommodating or a defensive answer. */
static int64_t context(const sv_Scenario *sc, const sv_Topic *tp, const sv_Reply *r, sv_TagSet t)
{
    bool uncivil = t & ((1u << SV_TAG_ARGUE) | (1u << SV_TAG_BLAME_CUSTOMER));
    bool heated = t & ((1u << SV_TAG_EMOTIONAL) | (1u << SV_TAG_SARCASM) | (1u << SV_TAG_IRONY));
    bool defends = uncivil || denies(sc, r);
    int64_t d = 0;
    switch (tp->failure) {
    case SV_FAILURE_PRACTICAL + 1:
        d = (accommodates(sc, r, t) ? CONTEXT_GAP : 0) - (defends ? CONTEXT_GAP : 0);
        break;
    case SV_FAILURE_LEISURE + 1:
        d = (accommodates(sc, r, t) ? CONTEXT_GAP / 3 : 0) - (defends ? CONTEXT_GAP / 3 : 0);
        break;
    case SV_FAILURE_UNFOUNDED + 1: d = uncivil || (defends && heated) ? -CONTEXT_GAP / 2 : 0; break;
    default: break;
    }
    return d * 16;
}

/* Highly personalised: too personal, or personal and long (a thank-you full of
 * the customer's details); a short thank-you, personal or not, is not. */
static bool highly_personal(sv_TagSet t)
{
    bool personal = t & (1u << SV_TAG_PERSONAL), lengthy = t & (1u << SV_TAG_LONG);
    return (t & (1u << SV_TAG_TOO_PERSONAL)) || (personal && lengthy);
}

/* A public reply with words in thread tp, whose verdict was q (tenths of a
 * point of sentiment), before the thread records it as its latest. */
void sv_onlookers_public(sv_Audience *a, const sv_Session *s, sv_Topic *tp, const sv_Reply *r,
                         int64_t q)
{
    const sv_Scenario *sc = s->sc;
    const sv_Option *o = sv_reply_option(sc, r);
    sv_TagSet t = sv_audience_reply_tags(sc, r);
    /* a good reply is a recovery onlookers can see; so is a note that it was solved */
    tp->success = q > 0 || (o && o->closes && tp->held > 0);
    if (tp->valence == SV_VALENCE_NEGATIVE) {
        send(a, context(sc, tp, r, t), &a->moved_context);
        if (o && o->closes && tp->held > 0) {
            send(a, tp->held * CLOSE_SHOWN_NUM / CLOSE_SHOWN_DEN, &a->moved_private);
            tp->held = 0;
        }
        if (sv_reply_moderates_inline(sc, r)) tp->moderated = true;
    } else if (tp->valence == SV_VALENCE_POSITIVE && highly_personal(t)) {
        send(a, -(int64_t)PRAISE_PERSONAL_COST * 16, &a->moved_praise);
    }
    /* the new reply's social proof starts from nothing */
    tp->proof = 0;
    tp->disputed = false;
    tp->reply_sent = a->cur_sent;
}
