/* Every principle of principles.md, shown both ways with the real default
 * model (assets/scoring/default.json) through real sessions: on a hand-built
 * situation the move the guide recommends fires a rule tagged with the
 * principle that helps, the move it warns against fires one that hurts, and
 * the recommended run ends with the better figure (the debrief's 2 x
 * reputation + sentiment + mood - reach / 100). SCORING.md's table names
 * these tests, ACCOMMODATE to ONSTAGE-OFFSTAGE here and the rest in
 * test_principles_a.c; the helpers are in support/principles_support.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "build_scenario.h"
#include "principles_support.h"
#include "svara/score.h"

/* ---- ACCOMMODATE ----------------------------------------------------------------------------- */

static void test_accommodate(void **state)
{
    (void)state;
    Scene t = pr_scene();
    int32_t kind = pr_opt(t.d, "accommodating",
                          "You're right, Maja, sorry. We'll bring it tomorrow at a time that suits "
                          "you, and the postage is on us.",
                          TAG(ACCOMMODATING) | TAG(SOLUTION));
    STRUCTURE(kind, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t policy = pr_opt(t.d, "policy",
                            "Our terms say a parcel counts as delivered once it has been scanned.",
                            TAG(NO_SOLUTION));
    STRUCTURE(policy, SV_PART_EXPLAIN);
    int32_t blame = pr_opt(t.d, "blame", "The driver followed the instructions you gave us.",
                           TAG(BLAME_CUSTOMER));
    STRUCTURE(blame, SV_PART_EXPLAIN);
    Run good;
    pr_play_one(&good, "accommodating", 20000, t.d, kind);
    pr_expect_rule(&good, "accommodating-reply", +1);
    const int32_t warned[] = {policy, blame};
    const char *rules[] = {"no-solution-offered", "blames-customer"};
    for (size_t i = 0; i < 2; i++) {
        Run bad;
        pr_play_one(&bad, B.options[warned[i]].id, 20000, t.d, warned[i]);
        pr_expect_both_ways(&good, &bad, SV_PRINCIPLE_ACCOMMODATE);
        pr_expect_rule(&bad, rules[i], -1);
        /* it moves the onlookers and the complainer both */
        print_message("  sentiment %d vs %d, mood %d vs %d (tenths)\n",
                      good.s.meters[SV_METER_SENTIMENT], bad.s.meters[SV_METER_SENTIMENT],
                      good.s.meters[SV_METER_MOOD], bad.s.meters[SV_METER_MOOD]);
        assert_true(good.s.meters[SV_METER_SENTIMENT] > bad.s.meters[SV_METER_SENTIMENT]);
        assert_true(good.s.meters[SV_METER_MOOD] > bad.s.meters[SV_METER_MOOD]);
        pr_done(&bad);
    }
    pr_done(&good);
}

/* ---- SHORT ----------------------------------------------------------------------------------- */

static void test_short(void **state)
{
    (void)state;
    Scene t = pr_scene();
    const sv_TagSet tags = TAG(PERSONAL) | TAG(SOLUTION);
    int32_t brief =
        pr_opt(t.d, "short",
               "You're right, Maja, sorry! It comes tomorrow morning, postage refunded. "
               "Questions? Call Kim on 020-123 456.",
               tags);
    STRUCTURE(brief, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE, SV_PART_CONTACT);
    int32_t essay = pr_opt(
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
    pr_play_one(&good, "short reply", 20000, t.d, brief);
    pr_play_one(&bad, "long reply", 20000, t.d, essay);
    pr_expect_both_ways(&good, &bad, SV_PRINCIPLE_SHORT);
    pr_expect_swap(&good, &bad, "short-reply", "long-reply");
    pr_done(&good);
    pr_done(&bad);
}

/* ---- THANK ----------------------------------------------------------------------------------- */

static void test_thank(void **state)
{
    (void)state;
    Praise t = pr_praise_scene();
    Run good, no_thanks, silent;
    pr_start(&good, "praise thanked");
    pr_choose_at(&good, 20000, t.d_praise, t.thanks);
    pr_choose_at(&good, 30000, t.d_question, t.answer);
    pr_finish(&good);
    pr_start(&no_thanks, "praise answered without thanks");
    pr_choose_at(&no_thanks, 20000, t.d_praise, t.glad);
    pr_choose_at(&no_thanks, 30000, t.d_question, t.answer);
    pr_finish(&no_thanks);
    pr_play_one(&silent, "praise left unanswered", 30000, t.d_question, t.answer);
    pr_expect_both_ways(&good, &no_thanks, SV_PRINCIPLE_THANK);
    pr_expect_both_ways(&good, &silent, SV_PRINCIPLE_THANK);
    pr_expect_rule(&good, "thank-for-praise", +1);
    pr_expect_rule(&no_thanks, "praise-answered-without-thanks", -1);
    pr_expect_rule(&silent, "unanswered-praise-at-end", -1);
    pr_done(&good);
    pr_done(&no_thanks);
    pr_done(&silent);

    /* thanks for a complaint that points at something to improve */
    Scene s = pr_scene();
    int32_t thank = pr_part(s.d, "thank", SV_PART_THANK, "Thanks for telling us, Maja.", 0);
    int32_t ack = pr_part(s.d, "ack", SV_PART_ACKNOWLEDGE, "You're right, it never arrived.", 0);
    int32_t sorry = pr_part(s.d, "sorry", SV_PART_APOLOGISE, "We're sorry.", 0);
    int32_t contact = pr_part(s.d, "contact", SV_PART_CONTACT, "Call Kim on 020-123 456.", 0);
    pr_start(&good, "complaint thanked");
    COMPOSE_AT(&good, 20000, s.d, SV_VIS_PUBLIC, thank, ack, sorry, contact);
    pr_finish(&good);
    pr_start(&no_thanks, "complaint not thanked");
    COMPOSE_AT(&no_thanks, 20000, s.d, SV_VIS_PUBLIC, ack, sorry, contact);
    pr_finish(&no_thanks);
    pr_expect_rule(&good, "thank-for-feedback", +1);
    pr_expect_better(&good, &no_thanks);
    pr_done(&good);
    pr_done(&no_thanks);
}

/* ---- HONEST ---------------------------------------------------------------------------------- */

static void test_honest(void **state)
{
    (void)state;
    Scene t = pr_scene();
    int32_t karin = b_persona("karin", SV_ROLE_PRESS);
    int32_t expose = pr_post("expose", SV_NEVER, t.feed, karin, SV_VALENCE_NEGATIVE,
                             "Nordbud denied it, but their own scan log shows the parcel never "
                             "reached her door.");
    B.posts[expose].reply_to = t.complaint;
    int32_t ack = pr_part(t.d, "ack", SV_PART_ACKNOWLEDGE,
                          "You're right: it was marked delivered but never reached you.",
                          TAG(HONEST) | TAG(FACTUAL));
    int32_t deny =
        pr_part(t.d, "deny", SV_PART_DENY, "Our scan shows it was delivered at 14:32.", 0);
    /* the truth comes out: a reporter checks the scan log */
    B.parts[deny].effects = FX(fx(SV_EFFECT_POST, expose, 0, 60000),
                               fx(SV_EFFECT_METER_ADD, SV_METER_REPUTATION, -50, 60000));
    int32_t sorry = pr_part(t.d, "sorry", SV_PART_APOLOGISE, "We're sorry.", 0);
    int32_t why = pr_part(t.d, "why", SV_PART_EXPLAIN, "The driver scanned it at the wrong door.",
                          TAG(FACTUAL));
    int32_t promise_all = pr_opt(t.d, "never-again",
                                 "You're right, and we're sorry. This will never happen again to "
                                 "anyone, we guarantee it.",
                                 TAG(OVERPROMISE));
    STRUCTURE(promise_all, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE);
    int32_t cover_up =
        pr_opt(t.d, "cover-up", "We have had no delivery problems in your area this week, Maja.",
               TAG(DISHONEST));
    STRUCTURE(cover_up, SV_PART_EXPLAIN);
    b_event("keep-alive", 500000, -1, NOFX);
    Run good, bad, over, cover;
    pr_start(&good, "acknowledged honestly");
    COMPOSE_AT(&good, 20000, t.d, SV_VIS_PUBLIC, ack, sorry, why);
    pr_finish(&good);
    pr_start(&bad, "a true claim denied");
    COMPOSE_AT(&bad, 20000, t.d, SV_VIS_PUBLIC, deny, why);
    pr_finish(&bad);
    pr_play_one(&over, "a promise nobody can keep", 20000, t.d, promise_all);
    pr_play_one(&cover, "a cover-up", 20000, t.d, cover_up);
    pr_expect_both_ways(&good, &bad, SV_PRINCIPLE_HONEST);
    pr_expect_both_ways(&good, &over, SV_PRINCIPLE_HONEST);
    pr_expect_both_ways(&good, &cover, SV_PRINCIPLE_HONEST);
    pr_expect_rule(&good, "honest-reply", +1);
    pr_expect_rule(&bad, "false-denial", -1);
    pr_expect_rule(&over, "overpromise", -1);
    pr_expect_rule(&cover, "dishonest-reply", -1);
    /* the denial is exposed later in the run */
    assert_false(good.s.post_seen[expose]);
    assert_true(bad.s.post_seen[expose]);
    assert_int_equal(bad.s.post_ms[expose], 80000);
    pr_done(&good);
    pr_done(&bad);
    pr_done(&over);
    pr_done(&cover);
}

/* ---- LISTEN ---------------------------------------------------------------------------------- */

static void test_listen(void **state)
{
    (void)state;
    Scene t = pr_scene();
    int32_t answer = pr_post("answer", SV_NEVER, t.feed, t.maja, SV_VALENCE_NEGATIVE,
                             "It was sent to Storgatan 4, and the tracking says 'left at door'.");
    B.posts[answer].reply_to = t.complaint;
    int32_t ask = pr_opt(t.d, "ask",
                         "Sorry to hear it, Maja. Which address was it sent to, and what does the "
                         "tracking say?",
                         TAG(PERSONAL) | TAG(CALM));
    B.options[ask].action = SV_ACTION_ASK;
    B.options[ask].effects = FX(fx(SV_EFFECT_POST, answer, 0, 30000));
    int32_t ignore = pr_action(t.d, "ignore", SV_ACTION_IGNORE, SV_VIS_PUBLIC, -1);
    int32_t d2 = pr_decision("d2", 60000, 120000, t.complaint);
    int32_t vague = pr_opt(d2, "vague", "You're right, and we're sorry.", 0);
    STRUCTURE(vague, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE);
    int32_t precise = b_option(d2, "precise", b_cond(SV_COND_SEEN, SV_OP_EQ, answer, 0), NOFX);
    B.options[precise].text = b_text("Thanks, Maja. Storgatan 4 has two doors and the driver took "
                                     "the wrong one: it comes tomorrow, postage refunded.");
    B.options[precise].tags = TAG(FACTUAL) | TAG(INFORMATIVE) | TAG(SOLUTION);
    STRUCTURE(precise, SV_PART_ACKNOWLEDGE, SV_PART_EXPLAIN, SV_PART_COMPENSATE);
    Run good, bad;
    pr_start(&good, "asked first, then answered");
    pr_choose_at(&good, 10000, t.d, ask);
    sv_session_advance(&good.s, 60000);
    assert_true(sv_session_option_enabled(&good.s, precise)); /* listening unlocked it */
    pr_choose_at(&good, 70000, d2, precise);
    pr_finish(&good);
    pr_start(&bad, "ignored, then answered blind");
    pr_choose_at(&bad, 10000, t.d, ignore);
    sv_session_advance(&bad.s, 60000);
    assert_false(sv_session_option_enabled(&bad.s, precise));
    pr_choose_at(&bad, 70000, d2, vague);
    pr_finish(&bad);
    pr_expect_both_ways(&good, &bad, SV_PRINCIPLE_LISTEN);
    pr_expect_rule(&good, "ask-for-facts", +1);
    pr_expect_rule(&bad, "ignored-on-purpose", -1);
    pr_done(&good);
    pr_done(&bad);

    /* many customers ask for the same change: pass it on, or keep apologising */
    t = pr_scene();
    B.posts[t.complaint].recurs = true;
    int32_t reply =
        pr_opt(t.d, "reply",
               "You're right, Maja, sorry. Drivers now photograph every door, so it will "
               "not happen again; yours comes tomorrow.",
               TAG(FACTUAL) | TAG(SOLUTION));
    STRUCTURE(reply, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_EXPLAIN, SV_PART_COMPENSATE);
    int32_t wrap = pr_decision("wrap-up", 0, 60000, -1);
    int32_t tell =
        pr_action(wrap, "tell-product", SV_ACTION_TELL_PRODUCT, SV_VIS_PUBLIC, t.complaint);
    pr_start(&good, "the recurring complaint passed on");
    pr_choose_at(&good, 10000, wrap, tell);
    pr_choose_at(&good, 30000, t.d, reply);
    pr_finish(&good);
    pr_play_one(&bad, "the recurring complaint only answered", 30000, t.d, reply);
    pr_expect_both_ways(&good, &bad, SV_PRINCIPLE_LISTEN);
    pr_expect_rule(&good, "change-what-many-ask", +1);
    pr_expect_rule(&bad, "recurring-complaint-unfixed", -1);
    pr_done(&good);
    pr_done(&bad);
}

/* ---- ASK ------------------------------------------------------------------------------------- */

static void test_ask(void **state)
{
    (void)state;
    Scene t = pr_scene();
    int32_t ask =
        pr_opt(t.d, "ask", "Sorry, Maja! Could you tell us the tracking number so we can find it?",
               TAG(PERSONAL) | TAG(CALM));
    B.options[ask].action = SV_ACTION_ASK;
    STRUCTURE(ask, SV_PART_APOLOGISE, SV_PART_ASK);
    int32_t prying =
        pr_opt(t.d, "prying",
               "Sorry, Maja! Please post your full name, home address and phone number "
               "here so we can check.",
               TAG(TOO_PERSONAL));
    B.options[prying].action = SV_ACTION_ASK;
    STRUCTURE(prying, SV_PART_APOLOGISE, SV_PART_ASK);
    Run good, bad;
    pr_play_one(&good, "asked for the facts", 20000, t.d, ask);
    pr_play_one(&bad, "asked for personal details in public", 20000, t.d, prying);
    pr_expect_both_ways(&good, &bad, SV_PRINCIPLE_ASK);
    pr_expect_rule(&good, "ask-for-facts", +1);
    pr_expect_rule(&bad, "personal-question-in-public", -1);
    pr_expect_rule(&bad, "ask-for-facts", 0);
    pr_done(&good);
    pr_done(&bad);
}

/* ---- FIX ------------------------------------------------------------------------------------- */

static void test_fix(void **state)
{
    (void)state;
    Scene t = pr_scene();
    int32_t reply = pr_opt(t.d, "reply",
                           "You're right, Maja, sorry. It comes tomorrow; call Kim on 020-123 456.",
                           TAG(PERSONAL) | TAG(SOLUTION));
    STRUCTURE(reply, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE, SV_PART_CONTACT);
    int32_t wrap = pr_decision("wrap-up", 40000, 60000, -1);
    int32_t tell =
        pr_action(wrap, "tell-product", SV_ACTION_TELL_PRODUCT, SV_VIS_PUBLIC, t.complaint);
    int32_t ingrid = b_persona("ingrid", SV_ROLE_CUSTOMER);
    int32_t again = pr_post("again", 150000, t.feed, ingrid, SV_VALENCE_NEGATIVE,
                            "Marked delivered, never came. Is this a Nordbud thing?");
    B.posts[again].recurs = true;
    int32_t d3 = pr_decision("d3", 150000, 120000, again);
    int32_t explain =
        pr_opt(d3, "explain",
               "You're right, Ingrid, sorry. Drivers now photograph every door, so it "
               "will not happen again; yours comes tomorrow.",
               TAG(FACTUAL) | TAG(SOLUTION));
    STRUCTURE(explain, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_EXPLAIN, SV_PART_COMPENSATE);
    Run good, bad;
    pr_start(&good, "told the product team");
    pr_choose_at(&good, 10000, t.d, reply);
    pr_choose_at(&good, 50000, wrap, tell);
    pr_choose_at(&good, 180000, d3, explain);
    pr_finish(&good);
    pr_start(&bad, "no fix, and it came back");
    pr_choose_at(&bad, 10000, t.d, reply);
    pr_choose_at(&bad, 180000, d3, explain);
    pr_finish(&bad);
    pr_expect_both_ways(&good, &bad, SV_PRINCIPLE_FIX);
    pr_expect_rule(&good, "report-cause-to-product", +1);
    pr_expect_rule(&good, "show-the-improvement", +1);
    pr_expect_rule(&good, "recurring-complaint-unfixed", 0);
    pr_expect_rule(&good, "recurring-complaint-waiting", 0);
    pr_expect_rule(&bad, "recurring-complaint-unfixed", -1);
    pr_expect_rule(&bad, "recurring-complaint-waiting", -1);
    pr_done(&good);
    pr_done(&bad);
}

/* ---- EXTRA-MILE ------------------------------------------------------------------------------ */

static void test_extra_mile(void **state)
{
    (void)state;
    /* a real customer with a real problem: generous in public pays off */
    Scene t = pr_scene();
    int32_t generous = pr_opt(t.d, "generous",
                              "You're right, Maja, and we're so sorry. We'll refund the parcel and "
                              "send a gift card worth twice its value.",
                              TAG(GENEROUS) | TAG(ACCOMMODATING) | TAG(SOLUTION));
    STRUCTURE(generous, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t modest =
        pr_opt(t.d, "modest", "You're right, Maja, and we're so sorry. We'll refund the postage.",
               TAG(ACCOMMODATING) | TAG(SOLUTION));
    STRUCTURE(modest, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    Run good, bad;
    pr_play_one(&good, "generous to a real problem", 20000, t.d, generous);
    pr_play_one(&bad, "the minimum to a real problem", 20000, t.d, modest);
    pr_expect_principle(&good, SV_PRINCIPLE_EXTRA_MILE, +1);
    pr_expect_rule(&good, "extra-mile-in-public", +1);
    pr_expect_better(&good, &bad);
    pr_done(&good);
    pr_done(&bad);

    /* an invented problem: the same generosity invites more of them */
    t = pr_scene();
    B.posts[t.complaint].claim_true = false;
    generous = pr_opt(t.d, "generous",
                      "We're so sorry, Maja! We'll refund the parcel and send a gift card worth "
                      "twice its value.",
                      TAG(GENEROUS) | TAG(ACCOMMODATING) | TAG(SOLUTION));
    STRUCTURE(generous, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t correct = pr_opt(t.d, "correct",
                             "The parcel is still at the shop, Maja: they booked it for Monday. "
                             "Here is the tracking link.",
                             TAG(FACTUAL) | TAG(CALM) | TAG(SOLUTION));
    STRUCTURE(correct, SV_PART_DENY, SV_PART_EXPLAIN);
    pr_play_one(&good, "a false claim corrected", 20000, t.d, correct);
    pr_play_one(&bad, "a false claim rewarded", 20000, t.d, generous);
    pr_expect_principle(&bad, SV_PRINCIPLE_EXTRA_MILE, -1);
    pr_expect_rule(&bad, "generous-to-false-claim", -1);
    pr_expect_rule(&bad, "extra-mile-in-public", 0);
    pr_expect_better(&good, &bad);
    pr_done(&good);
    pr_done(&bad);
}

/* ---- POLICY ---------------------------------------------------------------------------------- */

static void test_policy(void **state)
{
    (void)state;
    Scene t = pr_scene();
    int32_t full = pr_opt(
        t.d, "full", "You're right, Maja, sorry. It comes tomorrow, and the postage is refunded.",
        TAG(PERSONAL) | TAG(SOLUTION));
    STRUCTURE(full, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t reviews = b_channel("reviews", SV_CHANNEL_REVIEWS, true);
    int32_t review = pr_post("review", 30000, reviews, t.maja, SV_VALENCE_NEGATIVE,
                             "One star. Marked delivered, never came.");
    B.posts[review].same_as = t.complaint;
    int32_t d2 = pr_decision("d2", 30000, 300000, review);
    int32_t same = pr_opt(
        d2, "same", "You're right, Maja, sorry. It comes tomorrow, and the postage is refunded.",
        TAG(PERSONAL) | TAG(SOLUTION));
    STRUCTURE(same, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t less = pr_opt(d2, "less", "You're right, Maja, and we're sorry.", TAG(PERSONAL));
    STRUCTURE(less, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE);
    Run good, bad;
    pr_start(&good, "answered alike in both channels");
    pr_choose_at(&good, 10000, t.d, full);
    pr_choose_at(&good, 40000, d2, same);
    pr_finish(&good);
    pr_start(&bad, "answered differently");
    pr_choose_at(&bad, 10000, t.d, full);
    pr_choose_at(&bad, 40000, d2, less);
    pr_finish(&bad);
    pr_expect_both_ways(&good, &bad, SV_PRINCIPLE_POLICY);
    pr_expect_swap(&good, &bad, "consistent-across-channels", "inconsistent-across-channels");
    pr_done(&good);
    pr_done(&bad);
}

/* ---- MONITOR --------------------------------------------------------------------------------- */

static void test_monitor(void **state)
{
    (void)state;
    /* a review site, and a second network nobody watches */
    const sv_ChannelType where[] = {SV_CHANNEL_REVIEWS, SV_CHANNEL_FEED};
    for (size_t i = 0; i < 2; i++) {
        Scene t = pr_scene();
        int32_t hidden = b_channel("elsewhere", where[i], false);
        int32_t far = pr_post("far", 30000, hidden, t.maja, SV_VALENCE_NEGATIVE,
                              "Nordbud lost my parcel and nobody answers.");
        /* the feed's complaint is answered alike in both runs */
        int32_t reply = pr_opt(
            t.d, "reply", "You're right, Maja, sorry. It comes tomorrow; call Kim on 020-123 456.",
            TAG(PERSONAL) | TAG(SOLUTION));
        STRUCTURE(reply, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE,
                  SV_PART_CONTACT);
        int32_t d2 = pr_decision("d2", 30000, 300000, far);
        int32_t found = pr_opt(d2, "found",
                               "Sorry, Maja, we saw this here too. It comes tomorrow; call Kim on "
                               "020-123 456.",
                               TAG(PERSONAL) | TAG(SOLUTION));
        STRUCTURE(found, SV_PART_APOLOGISE, SV_PART_COMPENSATE, SV_PART_CONTACT);
        Run good, bad;
        pr_start(&good, i ? "unwatched network answered" : "unwatched review site answered");
        pr_choose_at(&good, 10000, t.d, reply);
        pr_choose_at(&good, 60000, d2, found);
        pr_finish(&good);
        pr_play_one(&bad, i ? "unwatched network left" : "unwatched review site left", 10000, t.d,
                    reply);
        pr_expect_both_ways(&good, &bad, SV_PRINCIPLE_MONITOR);
        pr_expect_rule(&good, "found-beyond-the-feed", +1);
        pr_expect_rule(&bad, "missed-off-feed-criticism", -1);
        pr_done(&good);
        pr_done(&bad);
    }
}

/* ---- TEAM ------------------------------------------------------------------------------------ */

static void test_team(void **state)
{
    (void)state;
    /* a colleague finds the cause, and the answer is better for it */
    Scene t = pr_scene();
    int32_t dm = b_channel("dm", SV_CHANNEL_PRIVATE, true);
    int32_t erik = b_persona("erik", SV_ROLE_COLLEAGUE);
    int32_t log = pr_post("log", SV_NEVER, dm, erik, SV_VALENCE_NEUTRAL,
                          "Checked the driver's log: scanned at Storgatan 6, not 4.");
    int32_t colleague = pr_action(t.d, "colleague", SV_ACTION_ASK_COLLEAGUE, SV_VIS_PRIVATE, -1);
    B.options[colleague].effects = FX(fx(SV_EFFECT_POST, log, 0, 30000));
    int32_t quick = pr_opt(t.d, "quick", "You're right, Maja, and we're sorry.", TAG(PERSONAL));
    STRUCTURE(quick, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE);
    int32_t d2 = pr_decision("d2", 60000, 120000, t.complaint);
    int32_t plain = pr_opt(d2, "plain", "We're looking into it.", 0);
    STRUCTURE(plain, SV_PART_OTHER);
    int32_t known = b_option(d2, "known", b_cond(SV_COND_SEEN, SV_OP_EQ, log, 0), NOFX);
    B.options[known].text = b_text("You're right, Maja, sorry: the driver left it at number 6. "
                                   "It comes tomorrow, postage refunded.");
    B.options[known].tags = TAG(FACTUAL) | TAG(INFORMATIVE) | TAG(SOLUTION) | TAG(PERSONAL);
    STRUCTURE(known, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_EXPLAIN, SV_PART_COMPENSATE);
    Run good, alone;
    pr_start(&good, "asked a colleague first");
    pr_choose_at(&good, 10000, t.d, colleague);
    pr_choose_at(&good, 70000, d2, known);
    pr_finish(&good);
    pr_start(&alone, "answered alone");
    pr_choose_at(&alone, 10000, t.d, quick);
    pr_choose_at(&alone, 70000, d2, plain);
    pr_finish(&alone);
    pr_expect_principle(&good, SV_PRINCIPLE_TEAM, +1);
    pr_expect_rule(&good, "asked-a-colleague", +1);
    pr_expect_better(&good, &alone);
    pr_done(&good);
    pr_done(&alone);

    /* but not over a troll */
    b_reset(600000);
    b_ending("end", -1);
    int32_t feed = b_channel("feed", SV_CHANNEL_FEED, true);
    int32_t bo = b_persona("bo", SV_ROLE_TROLL);
    int32_t lie = pr_post("lie", 0, feed, bo, SV_VALENCE_NEGATIVE, "Their drivers steal parcels.");
    B.posts[lie].claim_true = false;
    int32_t d = pr_decision("d", 0, 300000, lie);
    int32_t report = pr_action(d, "report", SV_ACTION_REPORT, SV_VIS_PUBLIC, lie);
    int32_t drag_in = pr_action(d, "colleague", SV_ACTION_ASK_COLLEAGUE, SV_VIS_PRIVATE, -1);
    Run right, bad;
    pr_play_one(&right, "troll reported", 20000, d, report);
    pr_play_one(&bad, "colleague dragged into a troll fight", 20000, d, drag_in);
    pr_expect_principle(&bad, SV_PRINCIPLE_TEAM, -1);
    pr_expect_rule(&bad, "colleague-drawn-into-troll-fight", -1);
    pr_expect_better(&right, &bad);
    pr_done(&right);
    pr_done(&bad);
}

/* ---- TROLL ----------------------------------------------------------------------------------- */

static void test_troll(void **state)
{
    (void)state;
    Scene t = pr_scene();
    int32_t reply = pr_opt(t.d, "reply",
                           "You're right, Maja, sorry. It comes tomorrow; call Kim on 020-123 456.",
                           TAG(PERSONAL) | TAG(SOLUTION));
    STRUCTURE(reply, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE, SV_PART_CONTACT);
    int32_t bo = b_persona("bo", SV_ROLE_TROLL);
    int32_t lie = pr_post("lie", 20000, t.feed, bo, SV_VALENCE_NEGATIVE,
                          "Everyone knows their drivers steal parcels.");
    B.posts[lie].claim_true = false;
    B.posts[lie].reply_to = t.complaint;
    int32_t d2 = pr_decision("d2", 20000, 300000, lie);
    int32_t report = pr_action(d2, "report", SV_ACTION_REPORT, SV_VIS_PUBLIC, lie);
    int32_t hide = pr_action(d2, "hide-complaint", SV_ACTION_HIDE, SV_VIS_PUBLIC, t.complaint);
    int32_t correct =
        pr_opt(d2, "correct", "That isn't true, Bo: every delivery is photographed at the door.",
               TAG(FACTUAL) | TAG(CALM));
    STRUCTURE(correct, SV_PART_DENY, SV_PART_EXPLAIN);
    b_event("keep-alive", 300000, -1, NOFX);
    Run good, calm, bad;
    pr_start(&good, "troll reported");
    pr_choose_at(&good, 10000, t.d, reply);
    pr_choose_at(&good, 30000, d2, report);
    pr_finish(&good);
    pr_start(&calm, "troll corrected calmly");
    pr_choose_at(&calm, 10000, t.d, reply);
    pr_choose_at(&calm, 30000, d2, correct);
    pr_finish(&calm);
    pr_start(&bad, "real complaint hidden");
    pr_choose_at(&bad, 10000, t.d, reply);
    pr_choose_at(&bad, 30000, d2, hide);
    pr_finish(&bad);
    pr_expect_both_ways(&good, &bad, SV_PRINCIPLE_TROLL);
    pr_expect_both_ways(&calm, &bad, SV_PRINCIPLE_TROLL);
    pr_expect_rule(&good, "troll-reported", +1);
    pr_expect_rule(&calm, "troll-corrected-calmly", +1);
    pr_expect_rule(&bad, "legitimate-criticism-hidden", -1);
    /* the troll's claim keeps spreading while it stands */
    pr_expect_rule(&bad, "troll-claim-spreads", -1);
    pr_expect_rule(&good, "troll-claim-spreads", -1); /* the ten seconds before the report */
    int count;
    int64_t spread_good = pr_rule_total(&good, "troll-claim-spreads", -1, &count);
    int64_t spread_bad = pr_rule_total(&bad, "troll-claim-spreads", -1, &count);
    assert_true(spread_bad < spread_good);
    /* heavily: hiding real criticism costs far more than reporting a troll earns */
    int64_t reward = pr_rule_total(&good, "troll-reported", -1, &count);
    int64_t penalty = pr_rule_total(&bad, "legitimate-criticism-hidden", -1, &count);
    char a[32], b[32];
    print_message("  reporting the troll %s, hiding the complaint %s\n",
                  pr_points(reward, a, sizeof a), pr_points(penalty, b, sizeof b));
    assert_true(-penalty > 2 * reward);
    pr_done(&good);
    pr_done(&calm);
    pr_done(&bad);
}

/* ---- ONSTAGE-OFFSTAGE ------------------------------------------------------------------------ */

static void test_onstage_offstage(void **state)
{
    (void)state;
    /* offstage: a direct message wants a private answer */
    Scene t = pr_scene();
    int32_t dm = b_channel("dm", SV_CHANNEL_PRIVATE, true);
    B.posts[t.complaint].channel = dm;
    const char *words = "You're right, Maja, sorry. It comes tomorrow and the postage is refunded.";
    int32_t quiet = pr_opt(t.d, "private", words, TAG(PERSONAL) | TAG(SOLUTION));
    B.options[quiet].visibility = SV_VIS_PRIVATE;
    STRUCTURE(quiet, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    int32_t loud = pr_opt(t.d, "public", words, TAG(PERSONAL) | TAG(SOLUTION));
    STRUCTURE(loud, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    Run good, bad;
    pr_play_one(&good, "DM answered privately", 20000, t.d, quiet);
    pr_play_one(&bad, "DM answered in public", 20000, t.d, loud);
    pr_expect_both_ways(&good, &bad, SV_PRINCIPLE_ONSTAGE_OFFSTAGE);
    pr_expect_rule(&good, "private-complainer-answered-privately", +1);
    pr_expect_rule(&bad, "private-message-answered-in-public", -1);
    pr_done(&good);
    pr_done(&bad);

    /* onstage: a public complainer wants an audience to see the solution */
    t = pr_scene();
    loud = pr_opt(t.d, "public", words, TAG(PERSONAL) | TAG(SOLUTION));
    STRUCTURE(loud, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    quiet = pr_opt(t.d, "private", words, TAG(PERSONAL) | TAG(SOLUTION));
    B.options[quiet].visibility = SV_VIS_PRIVATE;
    STRUCTURE(quiet, SV_PART_ACKNOWLEDGE, SV_PART_APOLOGISE, SV_PART_COMPENSATE);
    pr_play_one(&good, "solution shown onstage", 20000, t.d, loud);
    pr_play_one(&bad, "solution hidden offstage", 20000, t.d, quiet);
    pr_expect_principle(&good, SV_PRINCIPLE_ONSTAGE_OFFSTAGE, +1);
    pr_expect_rule(&good, "solution-shown-onstage", +1);
    pr_expect_rule(&bad, "solution-shown-onstage", 0);
    pr_expect_better(&good, &bad);
    pr_done(&good);
    pr_done(&bad);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
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
    return cmocka_run_group_tests(tests, pr_setup, pr_teardown);
}
