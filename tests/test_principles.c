/* Every principle of principles.md, shown both ways with the real default
 * model (assets/scoring/default.json) through real sessions: on a hand-built
 * situation the move the guide recommends fires a rule tagged with the
 * principle that helps, the move it warns against fires one that hurts, and
 * the recommended run ends with the better figure (the debrief's 2 x
 * reputation + sentiment + mood - reach / 100). SCORING.md's table names
 * these tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "build_scenario.h"
#include "score_support.h"
#include "svara/score.h"

#define TAG(x) (1u << SV_TAG_##x)

static sv_ScoreModel *M; /* the default model */

static int setup(void **state)
{
    (void)state;
    M = t_score_file("assets/scoring/default.json");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    sv_score_free(M);
    return 0;
}

/* ---- building situations --------------------------------------------------------------------- */

/* A ready-made reply (or action) of decision d. */
static int32_t opt(int32_t d, const char *id, const char *words, sv_TagSet tags)
{
    int32_t o = b_option(d, id, -1, NOFX);
    B.options[o].text = b_text(words);
    B.options[o].tags = tags;
    return o;
}

static int32_t action(int32_t d, const char *id, sv_Action a, sv_Visibility vis, int32_t target)
{
    int32_t o = opt(d, id, id, 0);
    B.options[o].action = a;
    B.options[o].visibility = vis;
    B.options[o].target = target;
    return o;
}

static void shape(int32_t o, size_t n, const sv_PartKind *kinds)
{
    B.options[o].structure_count = (uint8_t)n;
    for (size_t i = 0; i < n; i++) B.options[o].structure[i] = (uint8_t)kinds[i];
}

/* The part kinds an option's text is made of, in order. */
#define STRUCTURE(o, ...)                                                                          \
    shape(o, sizeof((sv_PartKind[]){__VA_ARGS__}) / sizeof(sv_PartKind),                           \
          (sv_PartKind[]){__VA_ARGS__})

static int32_t part(int32_t d, const char *id, sv_PartKind kind, const char *words, sv_TagSet tags)
{
    int32_t p = b_part(d, id, -1, NOFX);
    B.parts[p].kind = kind;
    B.parts[p].text = b_text(words);
    B.parts[p].tags = tags;
    return p;
}

static int32_t post(const char *id, int32_t at_ms, int32_t channel, int32_t author,
                    sv_Valence valence, const char *words)
{
    int32_t p = b_post(id, at_ms, 0, -1);
    B.posts[p].channel = channel;
    B.posts[p].author = author;
    B.posts[p].valence = valence;
    B.posts[p].text = b_text(words);
    return p;
}

static int32_t decision(const char *id, int32_t at_ms, uint32_t deadline_ms, int32_t about)
{
    int32_t d = b_decision(id, at_ms, deadline_ms, -1);
    B.decisions[d].about = about;
    return d;
}

/* The usual situation: Maja's true complaint on the watched public feed at 0 s,
 * a decision about it open for five minutes, a run of at most ten. Options
 * and parts of `d` are added by each test. */
typedef struct Scene {
    int32_t feed, maja, complaint, d;
} Scene;

static Scene scene(void)
{
    Scene t;
    b_reset(600000);
    b_ending("end", -1);
    t.feed = b_channel("feed", SV_CHANNEL_FEED, true);
    t.maja = b_persona("maja", SV_ROLE_COMPLAINER);
    t.complaint = post("complaint", 0, t.feed, t.maja, SV_VALENCE_NEGATIVE,
                       "My parcel was marked delivered yesterday, but it never came. Great job.");
    t.d = decision("d", 0, 300000, t.complaint);
    return t;
}

/* ---- playing --------------------------------------------------------------------------------- */

typedef struct Run {
    const char *name;
    sv_Session s;
} Run;

static void start_with(Run *r, const char *name, const sv_ScoreModel *m)
{
    r->name = name;
    b_start(&r->s, 1);
    assert_int_equal(sv_session_set_model(&r->s, m, SV_LANG_EN), SV_OK);
}

static void start(Run *r, const char *name) { start_with(r, name, M); }

static void check_input(const Run *r, sv_InputResult res, const char *what, uint32_t t_ms)
{
    if (res != SV_INPUT_OK)
        print_message("%s: %s at %u ms: %s\n", r->name, what, t_ms, sv_input_result_text(res));
    assert_int_equal(res, SV_INPUT_OK);
}

static void choose_at(Run *r, uint32_t t_ms, int32_t d, int32_t o)
{
    sv_session_advance(&r->s, t_ms);
    check_input(r, b_choose(&r->s, d, o), B.options[o].id, t_ms);
}

static void compose_at(Run *r, uint32_t t_ms, int32_t d, sv_Visibility vis, size_t n,
                       const int32_t *parts)
{
    sv_session_advance(&r->s, t_ms);
    check_input(r, b_compose(&r->s, d, vis, n, parts), "composing", t_ms);
}

#define COMPOSE_AT(r, t, d, vis, ...)                                                              \
    compose_at(r, t, d, vis, sizeof((int32_t[]){__VA_ARGS__}) / sizeof(int32_t),                   \
               (int32_t[]){__VA_ARGS__})

static void finish(Run *r)
{
    sv_session_run_out(&r->s);
    assert_true(r->s.ended);
}

static void done(Run *r) { sv_session_shutdown(&r->s); }

/* ---- figures --------------------------------------------------------------------------------- */

#define HUNDREDTH (SV_SCORE_UNIT / 10) /* raw units in a hundredth of a point */

/* A raw contribution as the debrief's figure, in hundredths of a point. */
static int64_t raw_figure(const int64_t raw[SV_METER_COUNT])
{
    int64_t units = 2 * raw[SV_METER_REPUTATION] + raw[SV_METER_SENTIMENT] + raw[SV_METER_MOOD] -
                    raw[SV_METER_REACH] / 100;
    return units / HUNDREDTH;
}

/* The whole run's figure: from the scenario's starting meters to the end. */
static int64_t run_figure(const Run *r)
{
    const int64_t zero[SV_METER_COUNT] = {0};
    return sv_score_figure_hundredths(
        sv_score_figure(B.sc.meters_initial, zero, r->s.meters, r->s.score->frac));
}

static const char *points(int64_t hundredths, char *buf, size_t size)
{
    int64_t a = hundredths < 0 ? -hundredths : hundredths;
    snprintf(buf, size, "%s%lld.%02lld", hundredths < 0 ? "-" : "+", (long long)(a / 100),
             (long long)(a % 100));
    return buf;
}

static const sv_ScoreRule *rule_of(const Run *r, const sv_Firing *f)
{
    return &r->s.score->model->rules[f->rule];
}

static void list_firings(const Run *r, sv_PrincipleSet only)
{
    for (size_t i = 0; i < r->s.score->firing_count; i++) {
        const sv_Firing *f = &r->s.score->firings[i];
        const sv_ScoreRule *rule = rule_of(r, f);
        if (only && !(rule->principles & only)) continue;
        char buf[32];
        print_message("    %s: %6u ms %-8s %-40s %s\n", r->name, f->t_ms,
                      sv_trigger_name((sv_Trigger)f->trigger), rule->id,
                      points(raw_figure(f->raw), buf, sizeof buf));
    }
}

/* A rule tagged with principle p fired in the run with a figure of the given sign. */
static void expect_principle(const Run *r, sv_Principle p, int sign)
{
    bool found = false;
    for (size_t i = 0; i < r->s.score->firing_count; i++) {
        const sv_Firing *f = &r->s.score->firings[i];
        int64_t fig = raw_figure(f->raw);
        if ((rule_of(r, f)->principles & (1u << p)) && (sign > 0 ? fig > 0 : fig < 0)) found = true;
    }
    if (!found) {
        print_message("%s: expected a rule tagged %s with a %s figure; the %s rules that fired:\n",
                      r->name, sv_principle_name(p), sign > 0 ? "positive" : "negative",
                      sv_principle_name(p));
        list_firings(r, 1u << p);
    }
    assert_true(found);
}

/* The summed figure of a rule's firings (hundredths); *count how often it fired. */
static int64_t rule_total(const Run *r, const char *rule, int32_t decision, int *count)
{
    int32_t id = sv_score_find_rule(r->s.score->model, rule);
    if (id < 0) print_message("the model has no rule '%s'\n", rule);
    assert_true(id >= 0);
    int64_t sum = 0;
    *count = 0;
    for (size_t i = 0; i < r->s.score->firing_count; i++) {
        const sv_Firing *f = &r->s.score->firings[i];
        if (f->rule != id || (decision >= 0 && f->decision != decision)) continue;
        sum += raw_figure(f->raw);
        (*count)++;
    }
    return sum;
}

/* The rule fired, moving the figure the given way (sign 0: it never fired). */
static void expect_rule(const Run *r, const char *rule, int sign)
{
    int count;
    int64_t sum = rule_total(r, rule, -1, &count);
    bool ok = sign == 0 ? count == 0 : count > 0 && (sign > 0 ? sum > 0 : sum < 0);
    if (!ok) {
        char buf[32];
        print_message("%s: expected rule %s %s; it fired %d times, figure %s. Every firing:\n",
                      r->name, rule,
                      sign == 0  ? "not to fire"
                      : sign > 0 ? "to fire with a positive figure"
                                 : "to fire with a negative figure",
                      count, points(sum, buf, sizeof buf));
        list_firings(r, 0);
    }
    assert_true(ok);
}

/* The summed figure of the firings of principle p for one decision (-1: all). */
static int64_t principle_total(const Run *r, sv_Principle p, int32_t decision)
{
    int64_t sum = 0;
    for (size_t i = 0; i < r->s.score->firing_count; i++) {
        const sv_Firing *f = &r->s.score->firings[i];
        if ((rule_of(r, f)->principles & (1u << p)) && (decision < 0 || f->decision == decision))
            sum += raw_figure(f->raw);
    }
    return sum;
}

/* The recommended run ends with a better figure than the warned one. */
static void expect_better(const Run *good, const Run *bad)
{
    int64_t g = run_figure(good), b = run_figure(bad);
    char gb[32], bb[32];
    print_message("  %-34s %8s  >  %-34s %8s\n", good->name, points(g, gb, sizeof gb), bad->name,
                  points(b, bb, sizeof bb));
    if (g <= b) {
        print_message("  expected %s to end better than %s; their firings:\n", good->name,
                      bad->name);
        list_firings(good, 0);
        list_firings(bad, 0);
    }
    assert_true(g > b);
}

/* Both ways at once: good fires p for the better, bad for the worse, p's own
 * rules add up better for good, and good ends better. */
static void expect_both_ways(const Run *good, const Run *bad, sv_Principle p)
{
    expect_principle(good, p, +1);
    expect_principle(bad, p, -1);
    int64_t g = principle_total(good, p, -1), b = principle_total(bad, p, -1);
    if (g <= b) {
        char gb[32], bb[32];
        print_message("%s: the %s rules add up to %s for %s, not more than %s for %s:\n",
                      sv_principle_name(p), sv_principle_name(p), points(g, gb, sizeof gb),
                      good->name, points(b, bb, sizeof bb), bad->name);
        list_firings(good, 1u << p);
        list_firings(bad, 1u << p);
    }
    assert_true(g > b);
    expect_better(good, bad);
}

/* ---- ORDER ----------------------------------------------------------------------------------- */

static void test_order(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t ack = part(t.d, "ack", SV_PART_ACKNOWLEDGE,
                       "You're right: it was marked delivered but never reached you.", 0);
    int32_t sorry = part(t.d, "sorry", SV_PART_APOLOGISE, "We're sorry.", 0);
    int32_t why = part(t.d, "why", SV_PART_EXPLAIN,
                       "The driver scanned it at the wrong address; we have found it.", 0);
    int32_t comp = part(t.d, "comp", SV_PART_COMPENSATE,
                        "It will be with you tomorrow morning, and the postage is refunded.", 0);
    Run good, bad;
    start(&good, "acknowledge-apologise-explain-repay");
    COMPOSE_AT(&good, 20000, t.d, SV_VIS_PUBLIC, ack, sorry, why, comp);
    finish(&good);
    /* the same four parts, explanation first and the facts last */
    start(&bad, "explain-apologise-acknowledge-repay");
    COMPOSE_AT(&bad, 20000, t.d, SV_VIS_PUBLIC, why, sorry, ack, comp);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_ORDER);
    expect_rule(&good, "order-confirm-then-act", +1);
    expect_rule(&good, "order-broken", 0);
    expect_rule(&bad, "order-broken", -1);
    expect_rule(&bad, "order-confirm-then-act", 0);
    done(&good);
    done(&bad);

    /* denying first is right when the claim is false */
    t = scene();
    B.posts[t.complaint].claim_true = false;
    int32_t deny = part(t.d, "deny", SV_PART_DENY,
                        "The parcel has not left our depot yet, so it cannot have been lost.", 0);
    why = part(t.d, "why", SV_PART_EXPLAIN, "The shop booked it for Monday.", TAG(FACTUAL));
    start(&good, "deny-then-explain (false claim)");
    COMPOSE_AT(&good, 20000, t.d, SV_VIS_PUBLIC, deny, why);
    finish(&good);
    start(&bad, "explain-then-deny (false claim)");
    COMPOSE_AT(&bad, 20000, t.d, SV_VIS_PUBLIC, why, deny);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_ORDER);
    expect_rule(&good, "order-deny-false-claim", +1);
    expect_rule(&good, "false-denial", 0);
    expect_rule(&bad, "order-broken", -1);
    done(&good);
    done(&bad);
}

/* ---- APOLOGY-EXPLAIN-COMPENSATE -------------------------------------------------------------- */

static void test_apology_explain_compensate(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t ack = part(t.d, "ack", SV_PART_ACKNOWLEDGE, "You're right, it never arrived.", 0);
    int32_t sorry = part(t.d, "sorry", SV_PART_APOLOGISE, "We're really sorry.", 0);
    int32_t why = part(t.d, "why", SV_PART_EXPLAIN,
                       "It was scanned at the wrong door; we have changed how drivers scan.", 0);
    int32_t comp = part(t.d, "comp", SV_PART_COMPENSATE, "The postage is refunded.", 0);
    Run good, bad;
    start(&good, "apologise-explain-compensate");
    COMPOSE_AT(&good, 20000, t.d, SV_VIS_PUBLIC, ack, sorry, why, comp);
    finish(&good);
    start(&bad, "acknowledge only");
    COMPOSE_AT(&bad, 20000, t.d, SV_VIS_PUBLIC, ack);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_APOLOGY_EXPLAIN_COMPENSATE);
    expect_rule(&good, "sincere-apology", +1);
    expect_rule(&good, "explanation-given", +1);
    expect_rule(&good, "compensation-offered", +1);
    expect_rule(&bad, "no-apology-no-remedy", -1);
    done(&good);
    done(&bad);

    /* the explanation may come later if it is promised, and then it must come */
    t = scene();
    ack = part(t.d, "ack", SV_PART_ACKNOWLEDGE, "You're right, it never arrived.", 0);
    sorry = part(t.d, "sorry", SV_PART_APOLOGISE, "We're really sorry.", 0);
    int32_t promise =
        part(t.d, "promise", SV_PART_FOLLOW_UP,
             "We're finding out what happened and will be back here within the hour.", TAG(HONEST));
    int32_t later = decision("later", 60000, 300000, t.complaint);
    int32_t update =
        opt(later, "update", "Update: the driver scanned it at the wrong door. It comes tomorrow.",
            TAG(FACTUAL) | TAG(INFORMATIVE));
    STRUCTURE(update, SV_PART_EXPLAIN, SV_PART_COMPENSATE);
    b_event("keep-alive", 500000, -1, NOFX);
    start(&good, "promise kept");
    COMPOSE_AT(&good, 20000, t.d, SV_VIS_PUBLIC, ack, sorry, promise);
    choose_at(&good, 90000, later, update);
    finish(&good);
    start(&bad, "promise broken");
    COMPOSE_AT(&bad, 20000, t.d, SV_VIS_PUBLIC, ack, sorry, promise);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_APOLOGY_EXPLAIN_COMPENSATE);
    expect_rule(&good, "promise-broken", 0);
    expect_rule(&bad, "promise-broken", -1);
    done(&good);
    done(&bad);
}

/* ---- CONTACT --------------------------------------------------------------------------------- */

static void test_contact(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t ack = part(t.d, "ack", SV_PART_ACKNOWLEDGE, "You're right, it never arrived.", 0);
    int32_t sorry = part(t.d, "sorry", SV_PART_APOLOGISE, "We're sorry.", 0);
    int32_t contact =
        part(t.d, "contact", SV_PART_CONTACT,
             "Call Kim on 020-123 456 or reply here, and we'll sort it out today.", TAG(PERSONAL));
    Run good, bad;
    start(&good, "with contact details");
    COMPOSE_AT(&good, 20000, t.d, SV_VIS_PUBLIC, ack, sorry, contact);
    finish(&good);
    start(&bad, "no way to continue");
    COMPOSE_AT(&bad, 20000, t.d, SV_VIS_PUBLIC, ack, sorry);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_CONTACT);
    expect_rule(&good, "contact-offered", +1);
    expect_rule(&good, "no-way-to-continue", 0);
    expect_rule(&bad, "no-way-to-continue", -1);
    done(&good);
    done(&bad);
}

/* ---- FAST ------------------------------------------------------------------------------------ */

static void test_fast(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t reply =
        opt(t.d, "reply", "You're right, Maja, and we're sorry. Kim here: call me on 020-123 456.",
            TAG(PERSONAL));
    STRUCTURE(reply, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_CONTACT);
    Run fast, slow, never;
    start(&fast, "answered after 20 s");
    choose_at(&fast, 20000, t.d, reply);
    finish(&fast);
    start(&slow, "answered after 3 min");
    choose_at(&slow, 180000, t.d, reply);
    finish(&slow);
    start(&never, "never answered");
    finish(&never);
    expect_both_ways(&fast, &slow, SV_PRINCIPLE_FAST);
    expect_rule(&fast, "fast-first-reply", +1);
    expect_rule(&slow, "fast-first-reply", 0);
    /* the wait itself costs: more the longer it is, and the complaint reaches more people */
    int64_t wait_fast = principle_total(&fast, SV_PRINCIPLE_FAST, -1) -
                        rule_total(&fast, "fast-first-reply", -1, &(int){0});
    int64_t wait_slow = principle_total(&slow, SV_PRINCIPLE_FAST, -1);
    char a[32], b[32];
    print_message("  the wait: %s after 20 s, %s after 3 min; reach %d vs %d people\n",
                  points(wait_fast, a, sizeof a), points(wait_slow, b, sizeof b),
                  fast.s.meters[SV_METER_REACH], slow.s.meters[SV_METER_REACH]);
    assert_true(wait_slow < wait_fast && wait_fast < 0);
    assert_true(slow.s.meters[SV_METER_REACH] > fast.s.meters[SV_METER_REACH]);
    expect_rule(&slow, "unanswered-complaint-spreads", -1);
    /* past the deadline it costs again, and at the end once more */
    expect_rule(&never, "deadline-passed-on-complaint", -1);
    expect_better(&slow, &never);
    assert_true(never.s.meters[SV_METER_REACH] > slow.s.meters[SV_METER_REACH]);
    done(&fast);
    done(&slow);
    done(&never);

    /* a private message waits too */
    t = scene();
    int32_t dm = b_channel("dm", SV_CHANNEL_PRIVATE, true);
    B.posts[t.complaint].channel = dm;
    reply = opt(t.d, "reply", "Sorry, Maja. It comes tomorrow, and the postage is refunded.",
                TAG(PERSONAL) | TAG(SOLUTION));
    B.options[reply].visibility = SV_VIS_PRIVATE;
    STRUCTURE(reply, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    start(&fast, "DM answered after 20 s");
    choose_at(&fast, 20000, t.d, reply);
    finish(&fast);
    start(&slow, "DM answered after 4 min");
    choose_at(&slow, 240000, t.d, reply);
    finish(&slow);
    expect_both_ways(&fast, &slow, SV_PRINCIPLE_FAST);
    expect_rule(&slow, "unanswered-dm-waits", -1);
    done(&fast);
    done(&slow);
}

/* ---- ALWAYS ---------------------------------------------------------------------------------- */

typedef struct Praise {
    int32_t praise, question, d_praise, d_question;
    int32_t thanks, glad, skip_praise, answer, skip_question;
} Praise;

/* Ahmed praises a driver, Per asks when lockers close; two minutes to answer each. */
static Praise praise_scene(void)
{
    Praise t;
    b_reset(600000);
    b_ending("end", -1);
    int32_t feed = b_channel("feed", SV_CHANNEL_FEED, true);
    int32_t ahmed = b_persona("ahmed", SV_ROLE_FAN);
    int32_t per = b_persona("per", SV_ROLE_CUSTOMER);
    t.praise = post("praise", 0, feed, ahmed, SV_VALENCE_POSITIVE,
                    "Shout-out to the driver who carried my sofa up four floors!");
    t.question = post("question", 0, feed, per, SV_VALENCE_NEUTRAL,
                      "How late are the parcel lockers open on weekdays?");
    t.d_praise = decision("d-praise", 0, 120000, t.praise);
    t.thanks = opt(t.d_praise, "thanks", "Thank you, Ahmed! We'll tell Jonas, he'll be proud.",
                   TAG(PERSONAL));
    STRUCTURE(t.thanks, SV_PART_THANK);
    t.glad = opt(t.d_praise, "glad", "Good to hear it arrived.", TAG(PERSONAL));
    STRUCTURE(t.glad, SV_PART_OTHER);
    t.skip_praise = action(t.d_praise, "skip-praise", SV_ACTION_IGNORE, SV_VIS_PUBLIC, -1);
    t.d_question = decision("d-question", 0, 120000, t.question);
    t.answer = opt(t.d_question, "answer", "Until 22:00, Per, every weekday.",
                   TAG(INFORMATIVE) | TAG(FACTUAL));
    STRUCTURE(t.answer, SV_PART_EXPLAIN);
    t.skip_question = action(t.d_question, "skip-question", SV_ACTION_IGNORE, SV_VIS_PUBLIC, -1);
    return t;
}

static void test_always(void **state)
{
    (void)state;
    Praise t = praise_scene();
    Run good, silent, ignored;
    start(&good, "thanked and answered");
    choose_at(&good, 20000, t.d_praise, t.thanks);
    choose_at(&good, 30000, t.d_question, t.answer);
    finish(&good);
    start(&silent, "left unanswered to the end");
    finish(&silent);
    start(&ignored, "ignored on purpose");
    choose_at(&ignored, 20000, t.d_praise, t.skip_praise);
    choose_at(&ignored, 30000, t.d_question, t.skip_question);
    finish(&ignored);
    expect_both_ways(&good, &silent, SV_PRINCIPLE_ALWAYS);
    expect_both_ways(&good, &ignored, SV_PRINCIPLE_ALWAYS);
    expect_rule(&good, "thank-for-praise", +1);
    expect_rule(&good, "answered-neutral-informatively", +1);
    expect_rule(&silent, "unanswered-praise-at-end", -1);
    expect_rule(&silent, "unanswered-question-at-end", -1);
    expect_rule(&ignored, "ignored-on-purpose", -1);
    done(&good);
    done(&silent);
    done(&ignored);

    /* a complaint, too: answered, or left standing to the end */
    Scene s = scene();
    int32_t reply =
        opt(s.d, "reply", "You're right, and we're sorry. Call Kim on 020-123 456.", TAG(PERSONAL));
    STRUCTURE(reply, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_CONTACT);
    start(&good, "complaint answered");
    choose_at(&good, 20000, s.d, reply);
    finish(&good);
    start(&silent, "complaint left to the end");
    finish(&silent);
    expect_rule(&silent, "unanswered-complaint-at-end", -1);
    expect_better(&good, &silent);
    done(&good);
    done(&silent);
}

/* ---- EMPATHY --------------------------------------------------------------------------------- */

static void test_empathy(void **state)
{
    (void)state;
    Scene t = scene();
    const char *canned = "We apologise for any inconvenience this may have caused.";
    int32_t tmpl1 = opt(t.d, "tmpl-1", canned, TAG(TEMPLATE));
    STRUCTURE(tmpl1, SV_PART_APOLOGISE);
    int32_t own1 = opt(t.d, "own-1", "Maja, that's a birthday ruined, and it's on us. We're sorry.",
                       TAG(PERSONAL) | TAG(EMPATHY));
    STRUCTURE(own1, SV_PART_APOLOGISE);
    int32_t jonas = b_persona("jonas", SV_ROLE_CUSTOMER);
    int32_t second = post("second", 30000, t.feed, jonas, SV_VALENCE_NEGATIVE,
                          "Same here, my parcel is gone too.");
    int32_t d2 = decision("d2", 30000, 300000, second);
    int32_t tmpl2 = opt(d2, "tmpl-2", canned, TAG(TEMPLATE)); /* the same words, another id */
    STRUCTURE(tmpl2, SV_PART_APOLOGISE);
    int32_t own2 = opt(d2, "own-2", "Jonas, waiting for a parcel that never comes is awful. Sorry.",
                       TAG(PERSONAL) | TAG(EMPATHY));
    STRUCTURE(own2, SV_PART_APOLOGISE);
    Run good, bad;
    start(&good, "personal replies");
    choose_at(&good, 10000, t.d, own1);
    choose_at(&good, 40000, d2, own2);
    finish(&good);
    start(&bad, "the template twice");
    choose_at(&bad, 10000, t.d, tmpl1);
    choose_at(&bad, 40000, d2, tmpl2);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_EMPATHY);
    expect_rule(&good, "personal-reply", +1);
    expect_rule(&good, "template-reply", 0);
    expect_rule(&bad, "template-reply", -1);
    /* the second use of the canned words costs more than the first */
    int count;
    rule_total(&bad, "canned-text-repeated", d2, &count);
    assert_int_equal(count, 1);
    rule_total(&bad, "canned-text-repeated", t.d, &count);
    assert_int_equal(count, 0);
    int64_t first = principle_total(&bad, SV_PRINCIPLE_EMPATHY, t.d);
    int64_t again = principle_total(&bad, SV_PRINCIPLE_EMPATHY, d2);
    char a[32], b[32];
    print_message("  the template: %s the first time, %s the second\n", points(first, a, sizeof a),
                  points(again, b, sizeof b));
    assert_true(again < first && first < 0);
    done(&good);
    done(&bad);
}

/* ---- PUBLIC ---------------------------------------------------------------------------------- */

static void test_public(void **state)
{
    (void)state;
    Scene t = scene();
    const char *words = "You're right, Maja, sorry. It comes tomorrow with the postage refunded; "
                        "call Kim on 020-123 456 if it doesn't.";
    const sv_TagSet tags = TAG(PERSONAL) | TAG(SOLUTION);
    int32_t in_public = opt(t.d, "in-public", words, tags);
    STRUCTURE(in_public, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE,
              SV_PART_CONTACT);
    int32_t in_private = opt(t.d, "in-private", words, tags);
    B.options[in_private].visibility = SV_VIS_PRIVATE;
    STRUCTURE(in_private, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE,
              SV_PART_CONTACT);
    Run good, bad;
    start(&good, "first answer in public");
    choose_at(&good, 20000, t.d, in_public);
    finish(&good);
    start(&bad, "first answer in private");
    choose_at(&bad, 20000, t.d, in_private);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_PUBLIC);
    expect_rule(&good, "public-first-answer", +1);
    expect_rule(&bad, "private-first-on-public-complaint", -1);
    expect_rule(&bad, "public-first-answer", 0);
    done(&good);
    done(&bad);
}

/* ---- TWICE ----------------------------------------------------------------------------------- */

static void test_twice(void **state)
{
    (void)state;
    b_reset(600000);
    b_ending("end", -1);
    int32_t feed = b_channel("feed", SV_CHANNEL_FEED, true);
    int32_t kalle = b_persona("kalle", SV_ROLE_CUSTOMER);
    int32_t root = post("root", 0, feed, kalle, SV_VALENCE_NEGATIVE,
                        "Third late parcel this month. You people are useless.");
    int32_t jab1 =
        post("jab-1", 40000, feed, kalle, SV_VALENCE_NEGATIVE, "A refund? Is that all? Pathetic.");
    B.posts[jab1].reply_to = root;
    int32_t jab2 = post("jab-2", 100000, feed, kalle, SV_VALENCE_NEGATIVE,
                        "Still waiting for a real answer, cowards.");
    B.posts[jab2].reply_to = root;
    int32_t d1 = decision("d1", 0, 120000, root);
    int32_t solve = opt(d1, "solve",
                        "You're right, Kalle, sorry. The next three deliveries are free, and "
                        "Kim on 020-123 456 will follow this one.",
                        TAG(PERSONAL) | TAG(SOLUTION) | TAG(CALM));
    STRUCTURE(solve, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE, SV_PART_CONTACT);
    int32_t d2 = decision("d2", 40000, 120000, jab1);
    int32_t calm =
        opt(d2, "calm", "We understand. The delays came from a depot move that is now finished.",
            TAG(CALM) | TAG(FACTUAL));
    STRUCTURE(calm, SV_PART_EXPLAIN);
    int32_t d3 = decision("d3", 100000, 60000, jab2);
    int32_t third =
        opt(d3, "third", "As we said, the depot move is finished and the delays are over.",
            TAG(CALM) | TAG(FACTUAL));
    STRUCTURE(third, SV_PART_EXPLAIN);
    int32_t stay_out = action(d3, "stay-out", SV_ACTION_IGNORE, SV_VIS_PUBLIC, -1);
    Run good, lapse, bad;
    start(&good, "two calm replies, then stay out");
    choose_at(&good, 10000, d1, solve);
    choose_at(&good, 50000, d2, calm);
    choose_at(&good, 110000, d3, stay_out);
    finish(&good);
    start(&lapse, "two calm replies, then let it pass");
    choose_at(&lapse, 10000, d1, solve);
    choose_at(&lapse, 50000, d2, calm);
    finish(&lapse);
    start(&bad, "a third public reply");
    choose_at(&bad, 10000, d1, solve);
    choose_at(&bad, 50000, d2, calm);
    choose_at(&bad, 110000, d3, third);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_TWICE);
    expect_rule(&good, "calm-under-provocation", +1);
    expect_rule(&good, "third-public-reply", 0);
    expect_rule(&bad, "third-public-reply", -1);
    expect_better(&lapse, &bad);
    /* stopping at two is what the guide asks: nothing else penalises it */
    int count;
    int64_t left = rule_total(&good, "ignored-on-purpose", d3, &count) +
                   rule_total(&lapse, "deadline-passed-on-complaint", d3, &count);
    assert_int_equal(left, 0);
    done(&good);
    done(&lapse);
    done(&bad);
}

/* ---- SWITCH ---------------------------------------------------------------------------------- */

static void test_switch(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t solve = opt(t.d, "solve",
                        "You're right, Maja, and we're sorry. We'll deliver it tomorrow morning "
                        "and refund the postage.",
                        TAG(PERSONAL) | TAG(SOLUTION));
    STRUCTURE(solve, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t dm_now = opt(t.d, "dm-now", "Please send us a DM.", TAG(CALM));
    B.options[dm_now].action = SV_ACTION_MOVE_PRIVATE;
    STRUCTURE(dm_now, SV_PART_MOVE_PRIVATE);
    int32_t dm_at_once =
        opt(t.d, "dm-at-once", "Hi Maja, we've seen your post; what happened?", TAG(CALM));
    B.options[dm_at_once].action = SV_ACTION_MOVE_PRIVATE;
    B.options[dm_at_once].visibility = SV_VIS_PRIVATE;
    STRUCTURE(dm_at_once, SV_PART_MOVE_PRIVATE);
    int32_t details = post("details", 60000, t.feed, t.maja, SV_VALENCE_NEGATIVE,
                           "It's order 4471. Which time tomorrow?");
    B.posts[details].reply_to = t.complaint;
    int32_t d2 = decision("d2", 60000, 120000, details);
    int32_t dm = opt(d2, "dm", "We've sent you a DM so we can agree on a time and your address.",
                     TAG(CALM) | TAG(PERSONAL));
    B.options[dm].action = SV_ACTION_MOVE_PRIVATE;
    B.options[dm].visibility = SV_VIS_PRIVATE;
    STRUCTURE(dm, SV_PART_MOVE_PRIVATE);
    Run good, bad, at_once;
    start(&good, "solution in public, then private");
    choose_at(&good, 10000, t.d, solve);
    choose_at(&good, 70000, d2, dm);
    finish(&good);
    start(&bad, "'send us a DM' at once, in public");
    choose_at(&bad, 10000, t.d, dm_now);
    choose_at(&bad, 70000, d2, dm);
    finish(&bad);
    start(&at_once, "private at once");
    choose_at(&at_once, 10000, t.d, dm_at_once);
    choose_at(&at_once, 70000, d2, dm);
    finish(&at_once);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_SWITCH);
    expect_rule(&good, "switch-after-public-solution", +1);
    expect_rule(&bad, "private-suggested-without-solution", -1);
    expect_rule(&bad, "switch-after-public-solution", 0);
    /* going private without a public word first: PUBLIC's rule says why */
    expect_better(&good, &at_once);
    expect_rule(&at_once, "switch-after-public-solution", 0);
    expect_rule(&at_once, "private-first-on-public-complaint", -1);
    done(&good);
    done(&bad);
    done(&at_once);
}

/* ---- PRO ------------------------------------------------------------------------------------- */

static void test_pro(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t calm = opt(t.d, "calm",
                       "You're right, Maja, it should have arrived, and we're sorry. Call Kim on "
                       "020-123 456.",
                       TAG(CALM) | TAG(PERSONAL));
    STRUCTURE(calm, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_CONTACT);
    int32_t argue =
        opt(t.d, "argue", "That is simply not what happened: our driver delivered it at 14:32.",
            TAG(ARGUE));
    STRUCTURE(argue, SV_PART_EXPLAIN);
    int32_t blame = opt(t.d, "blame", "Perhaps check that you gave us the right address next time.",
                        TAG(BLAME_CUSTOMER));
    STRUCTURE(blame, SV_PART_EXPLAIN);
    int32_t personal =
        opt(t.d, "too-personal",
            "Honestly, Maja, I'm having an awful week too, my manager is impossible.",
            TAG(TOO_PERSONAL));
    STRUCTURE(personal, SV_PART_OTHER);
    Run good;
    start(&good, "calm and professional");
    choose_at(&good, 20000, t.d, calm);
    finish(&good);
    expect_principle(&good, SV_PRINCIPLE_PRO, +1);
    expect_rule(&good, "stays-professional", +1);
    const int32_t warned[] = {argue, blame, personal};
    const char *rules[] = {"argue-with-customer", "blames-customer", "too-personal"};
    for (size_t i = 0; i < 3; i++) {
        Run bad;
        start(&bad, B.options[warned[i]].id);
        choose_at(&bad, 20000, t.d, warned[i]);
        finish(&bad);
        expect_both_ways(&good, &bad, SV_PRINCIPLE_PRO);
        expect_rule(&bad, rules[i], -1);
        expect_rule(&bad, "stays-professional", 0);
        done(&bad);
    }
    done(&good);
}

/* ---- FACTUAL --------------------------------------------------------------------------------- */

static void test_factual(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t factual = opt(t.d, "factual",
                          "It was scanned at the wrong door at 14:32. It will reach you tomorrow.",
                          TAG(FACTUAL) | TAG(INFORMATIVE) | TAG(CALM));
    STRUCTURE(factual, SV_PART_ACKNOWLEDGE, SV_PART_EXPLAIN);
    int32_t emotional =
        opt(t.d, "emotional", "We work really hard here and posts like yours are so unfair!!",
            TAG(EMOTIONAL));
    STRUCTURE(emotional, SV_PART_EXPLAIN);
    int32_t sarcastic =
        opt(t.d, "sarcastic", "Great job yourself on the patience, Maja.", TAG(SARCASM));
    STRUCTURE(sarcastic, SV_PART_OTHER);
    Run good;
    start(&good, "matter-of-fact");
    choose_at(&good, 20000, t.d, factual);
    finish(&good);
    expect_rule(&good, "factual-answer", +1);
    const int32_t warned[] = {emotional, sarcastic};
    const char *rules[] = {"emotional-tone", "sarcastic-reply"};
    for (size_t i = 0; i < 2; i++) {
        Run bad;
        start(&bad, B.options[warned[i]].id);
        choose_at(&bad, 20000, t.d, warned[i]);
        finish(&bad);
        expect_both_ways(&good, &bad, SV_PRINCIPLE_FACTUAL);
        expect_rule(&bad, rules[i], -1);
        expect_rule(&bad, "factual-answer", 0);
        done(&bad);
    }
    done(&good);

    /* a troll's false claim: corrected calmly with facts, or answered in his tone */
    b_reset(600000);
    b_ending("end", -1);
    int32_t feed = b_channel("feed", SV_CHANNEL_FEED, true);
    int32_t bo = b_persona("bo", SV_ROLE_TROLL);
    int32_t lie = post("lie", 0, feed, bo, SV_VALENCE_NEGATIVE, "Their drivers steal parcels.");
    B.posts[lie].claim_true = false;
    int32_t d = decision("d", 0, 300000, lie);
    int32_t correct = opt(d, "correct",
                          "Parcels are photographed at the door, and thefts are reported to the "
                          "police. Theft is not what happens here.",
                          TAG(FACTUAL) | TAG(CALM));
    STRUCTURE(correct, SV_PART_DENY, SV_PART_EXPLAIN);
    int32_t hit_back = opt(d, "hit-back", "Says the man with no parcels to steal. Grow up, Bo!",
                           TAG(EMOTIONAL) | TAG(SARCASM));
    STRUCTURE(hit_back, SV_PART_DENY);
    Run calm, angry;
    start(&calm, "troll corrected calmly");
    choose_at(&calm, 20000, d, correct);
    finish(&calm);
    start(&angry, "troll answered in his tone");
    choose_at(&angry, 20000, d, hit_back);
    finish(&angry);
    expect_both_ways(&calm, &angry, SV_PRINCIPLE_FACTUAL);
    expect_rule(&calm, "troll-corrected-calmly", +1);
    expect_rule(&angry, "emotional-tone", -1);
    done(&calm);
    done(&angry);
}

/* ---- NO-IRONY -------------------------------------------------------------------------------- */

static void test_no_irony(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t serious = opt(t.d, "serious",
                          "You're right, Maja, sorry. It comes tomorrow morning, postage refunded.",
                          TAG(SOLUTION) | TAG(PERSONAL));
    STRUCTURE(serious, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t witty = opt(t.d, "witty", "Maybe your parcel needed a little holiday too? 🏖️",
                        TAG(JOKE) | TAG(IRONY) | TAG(NO_SOLUTION));
    STRUCTURE(witty, SV_PART_OTHER);
    int32_t sarcastic = opt(t.d, "sarcastic", "Oh no, a parcel one day late. How will you cope?",
                            TAG(SARCASM) | TAG(NO_SOLUTION));
    STRUCTURE(sarcastic, SV_PART_OTHER);
    Run good;
    start(&good, "serious, with a solution");
    choose_at(&good, 20000, t.d, serious);
    finish(&good);
    expect_rule(&good, "serious-reply-with-solution", +1);
    const int32_t warned[] = {witty, sarcastic};
    const char *rules[] = {"witty-reply-to-complaint", "sarcastic-reply"};
    for (size_t i = 0; i < 2; i++) {
        Run bad;
        start(&bad, B.options[warned[i]].id);
        choose_at(&bad, 20000, t.d, warned[i]);
        finish(&bad);
        expect_both_ways(&good, &bad, SV_PRINCIPLE_NO_IRONY);
        expect_rule(&bad, rules[i], -1);
        expect_rule(&bad, "no-solution-offered", -1);
        expect_rule(&bad, "serious-reply-with-solution", 0);
        /* punished hard: the joke costs more than the serious reply earns */
        int64_t won = principle_total(&good, SV_PRINCIPLE_NO_IRONY, -1);
        int64_t lost = principle_total(&bad, SV_PRINCIPLE_NO_IRONY, -1);
        char a[32], b[32];
        print_message("  NO-IRONY: %s earns %s, %s costs %s\n", good.name, points(won, a, sizeof a),
                      bad.name, points(lost, b, sizeof b));
        assert_true(-lost > 3 * won);
        done(&bad);
    }
    done(&good);
}

/* ---- ACCOMMODATE ----------------------------------------------------------------------------- */

static void test_accommodate(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t kind = opt(t.d, "accommodating",
                       "You're right, Maja, sorry. We'll bring it tomorrow at a time that suits "
                       "you, and the postage is on us.",
                       TAG(ACCOMMODATING) | TAG(SOLUTION));
    STRUCTURE(kind, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t policy =
        opt(t.d, "policy", "Our terms say a parcel counts as delivered once it has been scanned.",
            TAG(NO_SOLUTION));
    STRUCTURE(policy, SV_PART_EXPLAIN);
    int32_t blame =
        opt(t.d, "blame", "The driver followed the instructions you gave us.", TAG(BLAME_CUSTOMER));
    STRUCTURE(blame, SV_PART_EXPLAIN);
    Run good;
    start(&good, "accommodating");
    choose_at(&good, 20000, t.d, kind);
    finish(&good);
    expect_rule(&good, "accommodating-reply", +1);
    const int32_t warned[] = {policy, blame};
    const char *rules[] = {"no-solution-offered", "blames-customer"};
    for (size_t i = 0; i < 2; i++) {
        Run bad;
        start(&bad, B.options[warned[i]].id);
        choose_at(&bad, 20000, t.d, warned[i]);
        finish(&bad);
        expect_both_ways(&good, &bad, SV_PRINCIPLE_ACCOMMODATE);
        expect_rule(&bad, rules[i], -1);
        /* it moves the onlookers and the complainer both */
        print_message("  sentiment %d vs %d, mood %d vs %d (tenths)\n",
                      good.s.meters[SV_METER_SENTIMENT], bad.s.meters[SV_METER_SENTIMENT],
                      good.s.meters[SV_METER_MOOD], bad.s.meters[SV_METER_MOOD]);
        assert_true(good.s.meters[SV_METER_SENTIMENT] > bad.s.meters[SV_METER_SENTIMENT]);
        assert_true(good.s.meters[SV_METER_MOOD] > bad.s.meters[SV_METER_MOOD]);
        done(&bad);
    }
    done(&good);
}

/* ---- SHORT ----------------------------------------------------------------------------------- */

static void test_short(void **state)
{
    (void)state;
    Scene t = scene();
    const sv_TagSet tags = TAG(PERSONAL) | TAG(SOLUTION);
    int32_t brief = opt(t.d, "short",
                        "You're right, Maja, sorry! It comes tomorrow morning, postage refunded. "
                        "Questions? Call Kim on 020-123 456.",
                        tags);
    STRUCTURE(brief, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE, SV_PART_CONTACT);
    int32_t essay = opt(
        t.d, "long",
        "Dear Maja, thank you for your message, which we have read carefully. You are right that "
        "the parcel was registered as delivered yesterday afternoon although it did not reach "
        "you, and we are sorry about that. Our records show that the driver, who was covering "
        "an unfamiliar route because of staff illness, scanned the parcel at the neighbouring "
        "entrance, which has a similar door code panel, and our systems then closed the "
        "delivery automatically. We have now located the parcel at the depot and it will be "
        "delivered to you tomorrow morning between eight and ten. The postage will be refunded "
        "to the card you paid with within five working days. If you have any further questions "
        "about this or any other delivery, please do not hesitate to call Kim on 020-123 456.",
        tags);
    STRUCTURE(essay, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE, SV_PART_CONTACT);
    Run good, bad;
    start(&good, "short reply");
    choose_at(&good, 20000, t.d, brief);
    finish(&good);
    start(&bad, "long reply");
    choose_at(&bad, 20000, t.d, essay);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_SHORT);
    expect_rule(&good, "short-reply", +1);
    expect_rule(&good, "long-reply", 0);
    expect_rule(&bad, "long-reply", -1);
    expect_rule(&bad, "short-reply", 0);
    done(&good);
    done(&bad);
}

/* ---- THANK ----------------------------------------------------------------------------------- */

static void test_thank(void **state)
{
    (void)state;
    Praise t = praise_scene();
    Run good, no_thanks, silent;
    start(&good, "praise thanked");
    choose_at(&good, 20000, t.d_praise, t.thanks);
    choose_at(&good, 30000, t.d_question, t.answer);
    finish(&good);
    start(&no_thanks, "praise answered without thanks");
    choose_at(&no_thanks, 20000, t.d_praise, t.glad);
    choose_at(&no_thanks, 30000, t.d_question, t.answer);
    finish(&no_thanks);
    start(&silent, "praise left unanswered");
    choose_at(&silent, 30000, t.d_question, t.answer);
    finish(&silent);
    expect_both_ways(&good, &no_thanks, SV_PRINCIPLE_THANK);
    expect_both_ways(&good, &silent, SV_PRINCIPLE_THANK);
    expect_rule(&good, "thank-for-praise", +1);
    expect_rule(&no_thanks, "praise-answered-without-thanks", -1);
    expect_rule(&silent, "unanswered-praise-at-end", -1);
    done(&good);
    done(&no_thanks);
    done(&silent);

    /* thanks for a complaint that points at something to improve */
    Scene s = scene();
    int32_t thank = part(s.d, "thank", SV_PART_THANK, "Thanks for telling us, Maja.", 0);
    int32_t ack = part(s.d, "ack", SV_PART_ACKNOWLEDGE, "You're right, it never arrived.", 0);
    int32_t sorry = part(s.d, "sorry", SV_PART_APOLOGISE, "We're sorry.", 0);
    int32_t contact = part(s.d, "contact", SV_PART_CONTACT, "Call Kim on 020-123 456.", 0);
    start(&good, "complaint thanked");
    COMPOSE_AT(&good, 20000, s.d, SV_VIS_PUBLIC, thank, ack, sorry, contact);
    finish(&good);
    start(&no_thanks, "complaint not thanked");
    COMPOSE_AT(&no_thanks, 20000, s.d, SV_VIS_PUBLIC, ack, sorry, contact);
    finish(&no_thanks);
    expect_rule(&good, "thank-for-feedback", +1);
    expect_better(&good, &no_thanks);
    done(&good);
    done(&no_thanks);
}

/* ---- HONEST ---------------------------------------------------------------------------------- */

static void test_honest(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t karin = b_persona("karin", SV_ROLE_PRESS);
    int32_t expose = post("expose", -1, t.feed, karin, SV_VALENCE_NEGATIVE,
                          "Nordbud denied it, but their own scan log shows the parcel never "
                          "reached her door.");
    B.posts[expose].reply_to = t.complaint;
    int32_t ack = part(t.d, "ack", SV_PART_ACKNOWLEDGE,
                       "You're right: it was marked delivered but never reached you.",
                       TAG(HONEST) | TAG(FACTUAL));
    int32_t deny = part(t.d, "deny", SV_PART_DENY, "Our scan shows it was delivered at 14:32.", 0);
    /* the truth comes out: a reporter checks the scan log */
    B.parts[deny].effects = FX(fx(SV_EFFECT_POST, expose, 0, 60000),
                               fx(SV_EFFECT_METER_ADD, SV_METER_REPUTATION, -50, 60000));
    int32_t sorry = part(t.d, "sorry", SV_PART_APOLOGISE, "We're sorry.", 0);
    int32_t why =
        part(t.d, "why", SV_PART_EXPLAIN, "The driver scanned it at the wrong door.", TAG(FACTUAL));
    int32_t promise_all = opt(t.d, "never-again",
                              "You're right, and we're sorry. This will never happen again to "
                              "anyone, we guarantee it.",
                              TAG(OVERPROMISE));
    STRUCTURE(promise_all, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE);
    int32_t cover_up =
        opt(t.d, "cover-up", "We have had no delivery problems in your area this week, Maja.",
            TAG(DISHONEST));
    STRUCTURE(cover_up, SV_PART_EXPLAIN);
    b_event("keep-alive", 500000, -1, NOFX);
    Run good, bad, over, cover;
    start(&good, "acknowledged honestly");
    COMPOSE_AT(&good, 20000, t.d, SV_VIS_PUBLIC, ack, sorry, why);
    finish(&good);
    start(&bad, "a true claim denied");
    COMPOSE_AT(&bad, 20000, t.d, SV_VIS_PUBLIC, deny, why);
    finish(&bad);
    start(&over, "a promise nobody can keep");
    choose_at(&over, 20000, t.d, promise_all);
    finish(&over);
    start(&cover, "a cover-up");
    choose_at(&cover, 20000, t.d, cover_up);
    finish(&cover);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_HONEST);
    expect_both_ways(&good, &over, SV_PRINCIPLE_HONEST);
    expect_both_ways(&good, &cover, SV_PRINCIPLE_HONEST);
    expect_rule(&good, "honest-reply", +1);
    expect_rule(&bad, "false-denial", -1);
    expect_rule(&over, "overpromise", -1);
    expect_rule(&cover, "dishonest-reply", -1);
    /* the denial is exposed later in the run */
    assert_false(good.s.post_seen[expose]);
    assert_true(bad.s.post_seen[expose]);
    assert_int_equal(bad.s.post_ms[expose], 80000);
    done(&good);
    done(&bad);
    done(&over);
    done(&cover);
}

/* ---- LISTEN ---------------------------------------------------------------------------------- */

static void test_listen(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t answer = post("answer", -1, t.feed, t.maja, SV_VALENCE_NEGATIVE,
                          "It was sent to Storgatan 4, and the tracking says 'left at door'.");
    B.posts[answer].reply_to = t.complaint;
    int32_t ask = opt(t.d, "ask",
                      "Sorry to hear it, Maja. Which address was it sent to, and what does the "
                      "tracking say?",
                      TAG(PERSONAL) | TAG(CALM));
    B.options[ask].action = SV_ACTION_ASK;
    B.options[ask].effects = FX(fx(SV_EFFECT_POST, answer, 0, 30000));
    int32_t ignore = action(t.d, "ignore", SV_ACTION_IGNORE, SV_VIS_PUBLIC, -1);
    int32_t d2 = decision("d2", 60000, 120000, t.complaint);
    int32_t vague = opt(d2, "vague", "You're right, and we're sorry.", 0);
    STRUCTURE(vague, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE);
    int32_t precise = b_option(d2, "precise", b_cond(SV_COND_SEEN, SV_OP_EQ, answer, 0), NOFX);
    B.options[precise].text = b_text("Thanks, Maja. Storgatan 4 has two doors and the driver took "
                                     "the wrong one: it comes tomorrow, postage refunded.");
    B.options[precise].tags = TAG(FACTUAL) | TAG(INFORMATIVE) | TAG(SOLUTION);
    STRUCTURE(precise, SV_PART_ACKNOWLEDGE, SV_PART_EXPLAIN, SV_PART_COMPENSATE);
    Run good, bad;
    start(&good, "asked first, then answered");
    choose_at(&good, 10000, t.d, ask);
    sv_session_advance(&good.s, 60000);
    assert_true(sv_session_option_enabled(&good.s, precise)); /* listening unlocked it */
    choose_at(&good, 70000, d2, precise);
    finish(&good);
    start(&bad, "ignored, then answered blind");
    choose_at(&bad, 10000, t.d, ignore);
    sv_session_advance(&bad.s, 60000);
    assert_false(sv_session_option_enabled(&bad.s, precise));
    choose_at(&bad, 70000, d2, vague);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_LISTEN);
    expect_rule(&good, "ask-for-facts", +1);
    expect_rule(&bad, "ignored-on-purpose", -1);
    done(&good);
    done(&bad);

    /* many customers ask for the same change: pass it on, or keep apologising */
    t = scene();
    B.posts[t.complaint].recurs = true;
    int32_t reply = opt(t.d, "reply",
                        "You're right, Maja, sorry. Drivers now photograph every door, so it will "
                        "not happen again; yours comes tomorrow.",
                        TAG(FACTUAL) | TAG(SOLUTION));
    STRUCTURE(reply, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_EXPLAIN, SV_PART_COMPENSATE);
    int32_t wrap = decision("wrap-up", 0, 60000, -1);
    int32_t tell = action(wrap, "tell-product", SV_ACTION_TELL_PRODUCT, SV_VIS_PUBLIC, t.complaint);
    start(&good, "the recurring complaint passed on");
    choose_at(&good, 10000, wrap, tell);
    choose_at(&good, 30000, t.d, reply);
    finish(&good);
    start(&bad, "the recurring complaint only answered");
    choose_at(&bad, 30000, t.d, reply);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_LISTEN);
    expect_rule(&good, "change-what-many-ask", +1);
    expect_rule(&bad, "recurring-complaint-unfixed", -1);
    done(&good);
    done(&bad);
}

/* ---- ASK ------------------------------------------------------------------------------------- */

static void test_ask(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t ask =
        opt(t.d, "ask", "Sorry, Maja! Could you tell us the tracking number so we can find it?",
            TAG(PERSONAL) | TAG(CALM));
    B.options[ask].action = SV_ACTION_ASK;
    STRUCTURE(ask, SV_PART_APOLOGISE, SV_PART_ASK);
    int32_t prying = opt(t.d, "prying",
                         "Sorry, Maja! Please post your full name, home address and phone number "
                         "here so we can check.",
                         TAG(TOO_PERSONAL));
    B.options[prying].action = SV_ACTION_ASK;
    STRUCTURE(prying, SV_PART_APOLOGISE, SV_PART_ASK);
    Run good, bad;
    start(&good, "asked for the facts");
    choose_at(&good, 20000, t.d, ask);
    finish(&good);
    start(&bad, "asked for personal details in public");
    choose_at(&bad, 20000, t.d, prying);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_ASK);
    expect_rule(&good, "ask-for-facts", +1);
    expect_rule(&bad, "personal-question-in-public", -1);
    expect_rule(&bad, "ask-for-facts", 0);
    done(&good);
    done(&bad);
}

/* ---- FIX ------------------------------------------------------------------------------------- */

static void test_fix(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t reply =
        opt(t.d, "reply", "You're right, Maja, sorry. It comes tomorrow; call Kim on 020-123 456.",
            TAG(PERSONAL) | TAG(SOLUTION));
    STRUCTURE(reply, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE, SV_PART_CONTACT);
    int32_t wrap = decision("wrap-up", 40000, 60000, -1);
    int32_t tell = action(wrap, "tell-product", SV_ACTION_TELL_PRODUCT, SV_VIS_PUBLIC, t.complaint);
    int32_t ingrid = b_persona("ingrid", SV_ROLE_CUSTOMER);
    int32_t again = post("again", 150000, t.feed, ingrid, SV_VALENCE_NEGATIVE,
                         "Marked delivered, never came. Is this a Nordbud thing?");
    B.posts[again].recurs = true;
    int32_t d3 = decision("d3", 150000, 120000, again);
    int32_t explain = opt(d3, "explain",
                          "You're right, Ingrid, sorry. Drivers now photograph every door, so it "
                          "will not happen again; yours comes tomorrow.",
                          TAG(FACTUAL) | TAG(SOLUTION));
    STRUCTURE(explain, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_EXPLAIN, SV_PART_COMPENSATE);
    Run good, bad;
    start(&good, "told the product team");
    choose_at(&good, 10000, t.d, reply);
    choose_at(&good, 50000, wrap, tell);
    choose_at(&good, 180000, d3, explain);
    finish(&good);
    start(&bad, "no fix, and it came back");
    choose_at(&bad, 10000, t.d, reply);
    choose_at(&bad, 180000, d3, explain);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_FIX);
    expect_rule(&good, "report-cause-to-product", +1);
    expect_rule(&good, "show-the-improvement", +1);
    expect_rule(&good, "recurring-complaint-unfixed", 0);
    expect_rule(&good, "recurring-complaint-waiting", 0);
    expect_rule(&bad, "recurring-complaint-unfixed", -1);
    expect_rule(&bad, "recurring-complaint-waiting", -1);
    done(&good);
    done(&bad);
}

/* ---- EXTRA-MILE ------------------------------------------------------------------------------ */

static void test_extra_mile(void **state)
{
    (void)state;
    /* a real customer with a real problem: generous in public pays off */
    Scene t = scene();
    int32_t generous = opt(t.d, "generous",
                           "You're right, Maja, and we're so sorry. We'll refund the parcel and "
                           "send a gift card worth twice its value.",
                           TAG(GENEROUS) | TAG(ACCOMMODATING) | TAG(SOLUTION));
    STRUCTURE(generous, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t modest =
        opt(t.d, "modest", "You're right, Maja, and we're so sorry. We'll refund the postage.",
            TAG(ACCOMMODATING) | TAG(SOLUTION));
    STRUCTURE(modest, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    Run good, bad;
    start(&good, "generous to a real problem");
    choose_at(&good, 20000, t.d, generous);
    finish(&good);
    start(&bad, "the minimum to a real problem");
    choose_at(&bad, 20000, t.d, modest);
    finish(&bad);
    expect_principle(&good, SV_PRINCIPLE_EXTRA_MILE, +1);
    expect_rule(&good, "extra-mile-in-public", +1);
    expect_better(&good, &bad);
    done(&good);
    done(&bad);

    /* an invented problem: the same generosity invites more of them */
    t = scene();
    B.posts[t.complaint].claim_true = false;
    generous = opt(t.d, "generous",
                   "We're so sorry, Maja! We'll refund the parcel and send a gift card worth "
                   "twice its value.",
                   TAG(GENEROUS) | TAG(ACCOMMODATING) | TAG(SOLUTION));
    STRUCTURE(generous, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t correct = opt(t.d, "correct",
                          "The parcel is still at the shop, Maja: they booked it for Monday. "
                          "Here is the tracking link.",
                          TAG(FACTUAL) | TAG(CALM) | TAG(SOLUTION));
    STRUCTURE(correct, SV_PART_DENY, SV_PART_EXPLAIN);
    start(&good, "a false claim corrected");
    choose_at(&good, 20000, t.d, correct);
    finish(&good);
    start(&bad, "a false claim rewarded");
    choose_at(&bad, 20000, t.d, generous);
    finish(&bad);
    expect_principle(&bad, SV_PRINCIPLE_EXTRA_MILE, -1);
    expect_rule(&bad, "generous-to-false-claim", -1);
    expect_rule(&bad, "extra-mile-in-public", 0);
    expect_better(&good, &bad);
    done(&good);
    done(&bad);
}

/* ---- POLICY ---------------------------------------------------------------------------------- */

static void test_policy(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t full = opt(t.d, "full",
                       "You're right, Maja, sorry. It comes tomorrow, and the postage is refunded.",
                       TAG(PERSONAL) | TAG(SOLUTION));
    STRUCTURE(full, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t reviews = b_channel("reviews", SV_CHANNEL_REVIEWS, true);
    int32_t review = post("review", 30000, reviews, t.maja, SV_VALENCE_NEGATIVE,
                          "One star. Marked delivered, never came.");
    B.posts[review].same_as = t.complaint;
    int32_t d2 = decision("d2", 30000, 300000, review);
    int32_t same = opt(d2, "same",
                       "You're right, Maja, sorry. It comes tomorrow, and the postage is refunded.",
                       TAG(PERSONAL) | TAG(SOLUTION));
    STRUCTURE(same, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t less = opt(d2, "less", "You're right, Maja, and we're sorry.", TAG(PERSONAL));
    STRUCTURE(less, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE);
    Run good, bad;
    start(&good, "answered alike in both channels");
    choose_at(&good, 10000, t.d, full);
    choose_at(&good, 40000, d2, same);
    finish(&good);
    start(&bad, "answered differently");
    choose_at(&bad, 10000, t.d, full);
    choose_at(&bad, 40000, d2, less);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_POLICY);
    expect_rule(&good, "consistent-across-channels", +1);
    expect_rule(&good, "inconsistent-across-channels", 0);
    expect_rule(&bad, "inconsistent-across-channels", -1);
    expect_rule(&bad, "consistent-across-channels", 0);
    done(&good);
    done(&bad);
}

/* ---- MONITOR --------------------------------------------------------------------------------- */

static void test_monitor(void **state)
{
    (void)state;
    /* a review site, and a second network nobody watches */
    const sv_ChannelType where[] = {SV_CHANNEL_REVIEWS, SV_CHANNEL_FEED};
    for (size_t i = 0; i < 2; i++) {
        Scene t = scene();
        int32_t hidden = b_channel("elsewhere", where[i], false);
        int32_t far = post("far", 30000, hidden, t.maja, SV_VALENCE_NEGATIVE,
                           "Nordbud lost my parcel and nobody answers.");
        /* the feed's complaint is answered alike in both runs */
        int32_t reply = opt(
            t.d, "reply", "You're right, Maja, sorry. It comes tomorrow; call Kim on 020-123 456.",
            TAG(PERSONAL) | TAG(SOLUTION));
        STRUCTURE(reply, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE,
                  SV_PART_CONTACT);
        int32_t d2 = decision("d2", 30000, 300000, far);
        int32_t found = opt(d2, "found",
                            "Sorry, Maja, we saw this here too. It comes tomorrow; call Kim on "
                            "020-123 456.",
                            TAG(PERSONAL) | TAG(SOLUTION));
        STRUCTURE(found, SV_PART_APOLOGISE, SV_PART_COMPENSATE, SV_PART_CONTACT);
        Run good, bad;
        start(&good, i ? "unwatched network answered" : "unwatched review site answered");
        choose_at(&good, 10000, t.d, reply);
        choose_at(&good, 60000, d2, found);
        finish(&good);
        start(&bad, i ? "unwatched network left" : "unwatched review site left");
        choose_at(&bad, 10000, t.d, reply);
        finish(&bad);
        expect_both_ways(&good, &bad, SV_PRINCIPLE_MONITOR);
        expect_rule(&good, "found-beyond-the-feed", +1);
        expect_rule(&bad, "missed-off-feed-criticism", -1);
        done(&good);
        done(&bad);
    }
}

/* ---- TEAM ------------------------------------------------------------------------------------ */

static void test_team(void **state)
{
    (void)state;
    /* a colleague finds the cause, and the answer is better for it */
    Scene t = scene();
    int32_t dm = b_channel("dm", SV_CHANNEL_PRIVATE, true);
    int32_t erik = b_persona("erik", SV_ROLE_COLLEAGUE);
    int32_t log = post("log", -1, dm, erik, SV_VALENCE_NEUTRAL,
                       "Checked the driver's log: scanned at Storgatan 6, not 4.");
    int32_t colleague = action(t.d, "colleague", SV_ACTION_ASK_COLLEAGUE, SV_VIS_PRIVATE, -1);
    B.options[colleague].effects = FX(fx(SV_EFFECT_POST, log, 0, 30000));
    int32_t quick = opt(t.d, "quick", "You're right, Maja, and we're sorry.", TAG(PERSONAL));
    STRUCTURE(quick, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE);
    int32_t d2 = decision("d2", 60000, 120000, t.complaint);
    int32_t plain = opt(d2, "plain", "We're looking into it.", 0);
    STRUCTURE(plain, SV_PART_OTHER);
    int32_t known = b_option(d2, "known", b_cond(SV_COND_SEEN, SV_OP_EQ, log, 0), NOFX);
    B.options[known].text = b_text("You're right, Maja, sorry: the driver left it at number 6. "
                                   "It comes tomorrow, postage refunded.");
    B.options[known].tags = TAG(FACTUAL) | TAG(INFORMATIVE) | TAG(SOLUTION) | TAG(PERSONAL);
    STRUCTURE(known, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_EXPLAIN, SV_PART_COMPENSATE);
    Run good, alone;
    start(&good, "asked a colleague first");
    choose_at(&good, 10000, t.d, colleague);
    choose_at(&good, 70000, d2, known);
    finish(&good);
    start(&alone, "answered alone");
    choose_at(&alone, 10000, t.d, quick);
    choose_at(&alone, 70000, d2, plain);
    finish(&alone);
    expect_principle(&good, SV_PRINCIPLE_TEAM, +1);
    expect_rule(&good, "asked-a-colleague", +1);
    expect_better(&good, &alone);
    done(&good);
    done(&alone);

    /* but not over a troll */
    b_reset(600000);
    b_ending("end", -1);
    int32_t feed = b_channel("feed", SV_CHANNEL_FEED, true);
    int32_t bo = b_persona("bo", SV_ROLE_TROLL);
    int32_t lie = post("lie", 0, feed, bo, SV_VALENCE_NEGATIVE, "Their drivers steal parcels.");
    B.posts[lie].claim_true = false;
    int32_t d = decision("d", 0, 300000, lie);
    int32_t report = action(d, "report", SV_ACTION_REPORT, SV_VIS_PUBLIC, lie);
    int32_t drag_in = action(d, "colleague", SV_ACTION_ASK_COLLEAGUE, SV_VIS_PRIVATE, -1);
    Run right, bad;
    start(&right, "troll reported");
    choose_at(&right, 20000, d, report);
    finish(&right);
    start(&bad, "colleague dragged into a troll fight");
    choose_at(&bad, 20000, d, drag_in);
    finish(&bad);
    expect_principle(&bad, SV_PRINCIPLE_TEAM, -1);
    expect_rule(&bad, "colleague-drawn-into-troll-fight", -1);
    expect_better(&right, &bad);
    done(&right);
    done(&bad);
}

/* ---- TROLL ----------------------------------------------------------------------------------- */

static void test_troll(void **state)
{
    (void)state;
    Scene t = scene();
    int32_t reply =
        opt(t.d, "reply", "You're right, Maja, sorry. It comes tomorrow; call Kim on 020-123 456.",
            TAG(PERSONAL) | TAG(SOLUTION));
    STRUCTURE(reply, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE, SV_PART_CONTACT);
    int32_t bo = b_persona("bo", SV_ROLE_TROLL);
    int32_t lie = post("lie", 20000, t.feed, bo, SV_VALENCE_NEGATIVE,
                       "Everyone knows their drivers steal parcels.");
    B.posts[lie].claim_true = false;
    B.posts[lie].reply_to = t.complaint;
    int32_t d2 = decision("d2", 20000, 300000, lie);
    int32_t report = action(d2, "report", SV_ACTION_REPORT, SV_VIS_PUBLIC, lie);
    int32_t hide = action(d2, "hide-complaint", SV_ACTION_HIDE, SV_VIS_PUBLIC, t.complaint);
    int32_t correct =
        opt(d2, "correct", "That isn't true, Bo: every delivery is photographed at the door.",
            TAG(FACTUAL) | TAG(CALM));
    STRUCTURE(correct, SV_PART_DENY, SV_PART_EXPLAIN);
    b_event("keep-alive", 300000, -1, NOFX);
    Run good, calm, bad;
    start(&good, "troll reported");
    choose_at(&good, 10000, t.d, reply);
    choose_at(&good, 30000, d2, report);
    finish(&good);
    start(&calm, "troll corrected calmly");
    choose_at(&calm, 10000, t.d, reply);
    choose_at(&calm, 30000, d2, correct);
    finish(&calm);
    start(&bad, "real complaint hidden");
    choose_at(&bad, 10000, t.d, reply);
    choose_at(&bad, 30000, d2, hide);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_TROLL);
    expect_both_ways(&calm, &bad, SV_PRINCIPLE_TROLL);
    expect_rule(&good, "troll-reported", +1);
    expect_rule(&calm, "troll-corrected-calmly", +1);
    expect_rule(&bad, "legitimate-criticism-hidden", -1);
    /* the troll's claim keeps spreading while it stands */
    expect_rule(&bad, "troll-claim-spreads", -1);
    expect_rule(&good, "troll-claim-spreads", -1); /* the ten seconds before the report */
    int count;
    int64_t spread_good = rule_total(&good, "troll-claim-spreads", -1, &count);
    int64_t spread_bad = rule_total(&bad, "troll-claim-spreads", -1, &count);
    assert_true(spread_bad < spread_good);
    /* heavily: hiding real criticism costs far more than reporting a troll earns */
    int64_t reward = rule_total(&good, "troll-reported", -1, &count);
    int64_t penalty = rule_total(&bad, "legitimate-criticism-hidden", -1, &count);
    char a[32], b[32];
    print_message("  reporting the troll %s, hiding the complaint %s\n",
                  points(reward, a, sizeof a), points(penalty, b, sizeof b));
    assert_true(-penalty > 2 * reward);
    done(&good);
    done(&calm);
    done(&bad);
}

/* ---- ONSTAGE-OFFSTAGE ------------------------------------------------------------------------ */

static void test_onstage_offstage(void **state)
{
    (void)state;
    /* offstage: a direct message wants a private answer */
    Scene t = scene();
    int32_t dm = b_channel("dm", SV_CHANNEL_PRIVATE, true);
    B.posts[t.complaint].channel = dm;
    const char *words = "You're right, Maja, sorry. It comes tomorrow and the postage is refunded.";
    int32_t quiet = opt(t.d, "private", words, TAG(PERSONAL) | TAG(SOLUTION));
    B.options[quiet].visibility = SV_VIS_PRIVATE;
    STRUCTURE(quiet, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t loud = opt(t.d, "public", words, TAG(PERSONAL) | TAG(SOLUTION));
    STRUCTURE(loud, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    Run good, bad;
    start(&good, "DM answered privately");
    choose_at(&good, 20000, t.d, quiet);
    finish(&good);
    start(&bad, "DM answered in public");
    choose_at(&bad, 20000, t.d, loud);
    finish(&bad);
    expect_both_ways(&good, &bad, SV_PRINCIPLE_ONSTAGE_OFFSTAGE);
    expect_rule(&good, "private-complainer-answered-privately", +1);
    expect_rule(&bad, "private-message-answered-in-public", -1);
    done(&good);
    done(&bad);

    /* onstage: a public complainer wants an audience to see the solution */
    t = scene();
    loud = opt(t.d, "public", words, TAG(PERSONAL) | TAG(SOLUTION));
    STRUCTURE(loud, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    quiet = opt(t.d, "private", words, TAG(PERSONAL) | TAG(SOLUTION));
    B.options[quiet].visibility = SV_VIS_PRIVATE;
    STRUCTURE(quiet, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    start(&good, "solution shown onstage");
    choose_at(&good, 20000, t.d, loud);
    finish(&good);
    start(&bad, "solution hidden offstage");
    choose_at(&bad, 20000, t.d, quiet);
    finish(&bad);
    expect_principle(&good, SV_PRINCIPLE_ONSTAGE_OFFSTAGE, +1);
    expect_rule(&good, "solution-shown-onstage", +1);
    expect_rule(&bad, "solution-shown-onstage", 0);
    expect_better(&good, &bad);
    done(&good);
    done(&bad);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order),
        cmocka_unit_test(test_apology_explain_compensate),
        cmocka_unit_test(test_contact),
        cmocka_unit_test(test_fast),
        cmocka_unit_test(test_always),
        cmocka_unit_test(test_empathy),
        cmocka_unit_test(test_public),
        cmocka_unit_test(test_twice),
        cmocka_unit_test(test_switch),
        cmocka_unit_test(test_pro),
        cmocka_unit_test(test_factual),
        cmocka_unit_test(test_no_irony),
        cmocka_unit_test(test_accommodate),
        cmocka_unit_test(test_short),
        cmocka_unit_test(test_thank),
        cmocka_unit_test(test_honest),
        cmocka_unit_test(test_listen),
        cmocka_unit_test(test_ask),
        cmocka_unit_test(test_fix),
        cmocka_unit_test(test_extra_mile),
        cmocka_unit_test(test_policy),
        cmocka_unit_test(test_monitor),
        cmocka_unit_test(test_team),
        cmocka_unit_test(test_troll),
        cmocka_unit_test(test_onstage_offstage),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
