/* The format's story keys, loaded: facts and claims (with an implicit claim),
 * combined actions, an option's delay, what replies confirm, deny and reveal,
 * promises' due dates, offers and losses, history before the start, negative
 * and 21-day times, SV_NEVER, the reveal effect and the known condition. Then
 * the session's part of it: history posts first at time 0, and what the player
 * knows. The broken packs 87-99 cover the mistakes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "session_internal.h"
#include "svara/arena.h"
#include "svara/pack.h"
#include "svara/session.h"

/* The scenario is written as C tokens and turned into a string, so it reads
 * as JSON without escaped quotes. */
#define JSON(...) #__VA_ARGS__

/* clang-format off */
static const char story[] = JSON({
    "format": 1,
    "id": "story",
    "title": "Story",
    "summary": "Every new key.",
    "briefing": "You answer for Parcelpal.",
    "brand": {"name": "Parcelpal", "handle": "@parcelpal", "colour": "#1a7f5a"},
    "duration": 1814400,
    "channels": [
        {"id": "feed", "type": "public-feed", "name": "Feed"},
        {"id": "reviews", "type": "review-site", "name": "Reviews"}
    ],
    "personas": [
        {"id": "maja", "name": "Maja", "handle": "@maja", "role": "complainer"},
        {"id": "bo", "name": "Bo", "handle": "@bo", "role": "troll"}
    ],
    "facts": [
        {"id": "wrong-door", "text": "The driver left it at the wrong door.", "true": true},
        {"id": "refund-today", "text": "A refund can go out today.", "true": false,
         "known": true}
    ],
    "history": [
        {"id": "h-auto", "at": -7200, "post": "old-review", "text": "Thanks, we are on it.",
         "structure": [ "thank", "promise-follow-up" ], "due": 86400, "tags": ["template"]},
        {"id": "h-colleague", "at": -3600, "post": "complaint", "text": "Sorry, Maja.",
         "action": "move-private", "visibility": "private",
         "structure": [ "apologise", "compensate" ], "confirms": ["never-came"],
         "denies": ["drivers-steal"], "offer": 100}
    ],
    "posts": [
        {"id": "complaint", "at": -5400, "channel": "feed", "author": "maja",
         "valence": "negative", "loss": 450, "text": "Where is my parcel?",
         "claims": [
             {"id": "never-came", "text": "The parcel never came.", "true": true},
             {"id": "drivers-steal", "text": "Your drivers steal.", "true": false,
              "known": false}
         ]},
        {"id": "old-review", "at": -86400, "channel": "reviews", "author": "maja",
         "valence": "negative", "claim_true": false, "text": "One star."},
        {"id": "troll-post", "at": 60, "jitter": 10, "channel": "feed", "author": "bo",
         "reply_to": "complaint", "valence": "negative", "text": "They all steal."},
        {"id": "praise", "channel": "feed", "author": "bo", "valence": "positive",
         "text": "Nice."},
        {"id": "pile", "at": -5400, "channel": "feed", "author": "bo",
         "reply_to": "complaint", "valence": "neutral", "text": "Same here."}
    ],
    "decisions": [
        {"id": "first",
         "at": 0,
         "about": "complaint",
         "prompt": "Answer Maja.",
         "deadline": 600,
         "options": [
             {"id": "o-check", "text": "Let me check with the warehouse.",
              "actions": [
                  {"action": "ask-colleague"}, {"action": "reply", "visibility": "public"},
                  {"action": "report", "target": "troll-post"}
              ],
              "delay": 900, "reveals": ["wrong-door"], "confirms": ["never-came"],
              "denies": ["drivers-steal"], "structure": [ "acknowledge", "promise-follow-up" ],
              "due": 3600, "offer": 0},
             {"id": "o-guess", "text": "It went to the wrong door.",
              "confirms": ["wrong-door"], "when": {"known": "wrong-door"}},
             {"id": "o-report", "text": "Report and hide Bo's post.",
              "actions": [
                  {"action": "report", "target": "troll-post"},
                  {"action": "hide", "visibility": "private", "target": "troll-post"}
              ]},
             {"id": "o-plain", "text": "Sorry!",
              "effects": [ {"reveal": "wrong-door", "after": 30}, {"reveal": "refund-today"} ]}
         ],
         "composer": {
             "parts": [
                 {"id": "p-ask", "kind": "ask", "text": "Which door?",
                  "reveals": ["wrong-door"]},
                 {"id": "p-promise", "kind": "promise-follow-up", "text": "Back in an hour.",
                  "due": 3600},
                 {"id": "p-gift", "kind": "compensate", "text": "Have 500 kr on us.",
                  "offer": 500, "confirms": ["never-came"]},
                 {"id": "p-deny", "kind": "deny", "text": "Nobody steals.",
                  "denies": ["drivers-steal"]}
             ]
         }},
        {"id": "later", "about": "complaint", "prompt": "Follow up.", "deadline": 60,
         "options": [ {"id": "o-later", "text": "Done."} ]}
    ],
    "events": [
        {"id": "e-tell", "at": 120, "effects": [ {"reveal": "drivers-steal", "after": 0} ]},
        {"id": "e-never", "note": "Never on its own."}
    ],
    "endings": [
        {"id": "knows", "when": {"known": "wrong-door"}, "title": "K", "text": "K"},
        {"id": "end", "title": "E", "text": "E"}
    ]
});
/* clang-format on */

enum { COMPLAINT = 0, OLD_REVIEW, TROLL_POST, PRAISE, PILE };
enum { WRONG_DOOR = 0, REFUND_TODAY, NEVER_CAME, DRIVERS_STEAL, REVIEW_CLAIM, TROLL_CLAIM };

static sv_Arena *arena;
static sv_Scenario sc;

static int load(void **state)
{
    (void)state;
    sv_DiagList d;
    sv_diag_init(&d);
    arena = sv_arena_create(0);
    sv_Status st =
        sv_scenario_parse("story.json", story, strlen(story), 1u << SV_LANG_EN, arena, &sc, &d);
    for (size_t i = 0; i < d.count; i++) {
        char line[1024];
        sv_diag_format(&d.items[i], line, sizeof line);
        print_message("  %s\n", line);
    }
    sv_diag_free(&d);
    return st == SV_OK ? 0 : -1;
}

static int unload(void **state)
{
    (void)state;
    sv_arena_free(arena);
    return 0;
}

static uint32_t ref(sv_Span span, uint32_t i)
{
    assert_true(i < span.count);
    assert_true(span.start + i < sc.fact_ref_count);
    return sc.fact_refs[span.start + i];
}

static const sv_Option *option(const char *id)
{
    int32_t o = sv_scenario_find_option(&sc, id);
    assert_true(o >= 0);
    return &sc.options[o];
}

static const sv_Part *part(const char *id)
{
    int32_t p = sv_scenario_find_part(&sc, id);
    assert_true(p >= 0);
    return &sc.parts[p];
}

static void test_facts_and_claims(void **state)
{
    (void)state;
    /* the scenario's facts, then the complaint's two claims, then the implicit
     * claims of the other two complaints; the praise and the pile add none */
    assert_int_equal(sc.fact_count, 6);
    const sv_Fact *f = sc.facts;
    assert_string_equal(f[WRONG_DOOR].id, "wrong-door");
    assert_string_equal(sv_text_get(&f[WRONG_DOOR].text, SV_LANG_EN),
                        "The driver left it at the wrong door.");
    assert_true(f[WRONG_DOOR].truth);
    assert_false(f[WRONG_DOOR].known); /* a scenario's fact waits to be revealed */
    assert_int_equal(f[WRONG_DOOR].post, -1);
    assert_false(f[REFUND_TODAY].truth);
    assert_true(f[REFUND_TODAY].known);
    assert_string_equal(f[NEVER_CAME].id, "never-came");
    assert_true(f[NEVER_CAME].known); /* a claim is known unless it says otherwise */
    assert_int_equal(f[NEVER_CAME].post, COMPLAINT);
    assert_false(f[DRIVERS_STEAL].truth);
    assert_false(f[DRIVERS_STEAL].known);
    assert_string_equal(f[REVIEW_CLAIM].id, "");
    assert_string_equal(sv_text_get(&f[REVIEW_CLAIM].text, SV_LANG_EN), "");
    assert_false(f[REVIEW_CLAIM].truth); /* the review's claim_true */
    assert_true(f[REVIEW_CLAIM].known);
    assert_int_equal(f[REVIEW_CLAIM].post, OLD_REVIEW);
    assert_true(f[TROLL_CLAIM].truth); /* claim_true's default */
    assert_int_equal(f[TROLL_CLAIM].post, TROLL_POST);

    const sv_Post *p = sc.posts;
    assert_int_equal(p[COMPLAINT].claims.start, NEVER_CAME);
    assert_int_equal(p[COMPLAINT].claims.count, 2);
    assert_true(p[COMPLAINT].claim_true); /* one of its claims is true */
    assert_int_equal(p[COMPLAINT].loss, 450);
    assert_int_equal(p[OLD_REVIEW].claims.start, REVIEW_CLAIM);
    assert_int_equal(p[OLD_REVIEW].claims.count, 1);
    assert_false(p[OLD_REVIEW].claim_true);
    assert_int_equal(p[OLD_REVIEW].loss, -1);
    assert_int_equal(p[TROLL_POST].claims.start, TROLL_CLAIM);
    assert_int_equal(p[TROLL_POST].claims.count, 1);
    assert_int_equal(p[PRAISE].claims.count, 0);
    assert_int_equal(p[PILE].claims.count, 0);

    assert_int_equal(sv_scenario_find_fact(&sc, "drivers-steal"), DRIVERS_STEAL);
    assert_int_equal(sv_scenario_find_fact(&sc, "refund-today"), REFUND_TODAY);
    assert_int_equal(sv_scenario_find_fact(&sc, ""), -1); /* implicit claims have no id */
    assert_int_equal(sv_scenario_find_fact(&sc, "no-such-fact"), -1);
}

static void test_times(void **state)
{
    (void)state;
    assert_int_equal(sc.duration_ms, 1814400000u);
    assert_int_equal(sc.posts[COMPLAINT].at_ms, -5400000);
    assert_int_equal(sc.posts[OLD_REVIEW].at_ms, -86400000);
    assert_int_equal(sc.posts[TROLL_POST].at_ms, 60000);
    assert_int_equal(sc.posts[TROLL_POST].jitter_ms, 10000);
    assert_int_equal(sc.posts[PRAISE].at_ms, SV_NEVER);
    assert_int_equal(sc.decisions[0].at_ms, 0);
    assert_int_equal(sc.decisions[1].at_ms, SV_NEVER);
    assert_int_equal(sc.events[0].at_ms, 120000);
    assert_int_equal(sc.events[1].at_ms, SV_NEVER);
}

static void test_combined_actions(void **state)
{
    (void)state;
    const sv_Option *o = option("o-check");
    assert_int_equal(o->step_count, 3);
    assert_int_equal(o->steps[0].action, SV_ACTION_ASK_COLLEAGUE);
    assert_int_equal(o->steps[0].target, -1);
    assert_int_equal(o->steps[1].action, SV_ACTION_REPLY);
    assert_int_equal(o->steps[1].visibility, SV_VIS_PUBLIC);
    assert_int_equal(o->steps[2].action, SV_ACTION_REPORT);
    assert_int_equal(o->steps[2].target, TROLL_POST);
    assert_int_equal(o->main, 1); /* the one with words */
    assert_int_equal(o->action, SV_ACTION_REPLY);
    assert_int_equal(o->target, -1);

    o = option("o-report"); /* no words: the first action is the main one */
    assert_int_equal(o->step_count, 2);
    assert_int_equal(o->main, 0);
    assert_int_equal(o->action, SV_ACTION_REPORT);
    assert_int_equal(o->visibility, SV_VIS_PUBLIC);
    assert_int_equal(o->target, TROLL_POST);
    assert_int_equal(o->steps[1].action, SV_ACTION_HIDE);
    assert_int_equal(o->steps[1].visibility, SV_VIS_PRIVATE);
    assert_int_equal(o->steps[1].target, TROLL_POST);

    o = option("o-guess"); /* a plain option is one step */
    assert_int_equal(o->step_count, 1);
    assert_int_equal(o->main, 0);
    assert_int_equal(o->steps[0].action, SV_ACTION_REPLY);
    assert_int_equal(o->steps[0].target, -1);
}

static void test_option_keys(void **state)
{
    (void)state;
    const sv_Option *o = option("o-check");
    assert_int_equal(o->delay_ms, 900000);
    assert_int_equal(o->due_ms, 3600000);
    assert_int_equal(o->offer, 0);
    assert_int_equal(o->claims.confirms.count, 1);
    assert_int_equal(ref(o->claims.confirms, 0), NEVER_CAME);
    assert_int_equal(o->claims.denies.count, 1);
    assert_int_equal(ref(o->claims.denies, 0), DRIVERS_STEAL);
    assert_int_equal(o->claims.reveals.count, 1);
    assert_int_equal(ref(o->claims.reveals, 0), WRONG_DOOR);

    o = option("o-guess");
    assert_int_equal(o->delay_ms, 0);
    assert_int_equal(o->due_ms, 0);
    assert_int_equal(o->offer, -1);
    assert_int_equal(ref(o->claims.confirms, 0), WRONG_DOOR);
    assert_int_equal(o->claims.denies.count, 0);
    assert_int_equal(o->claims.reveals.count, 0);
    const sv_Cond *c = &sc.conds[o->when];
    assert_int_equal(c->kind, SV_COND_KNOWN);
    assert_int_equal(c->ref, WRONG_DOOR);

    o = option("o-plain");
    assert_int_equal(o->effects.count, 2);
    const sv_Effect *e = &sc.effects[o->effects.start];
    assert_int_equal(e[0].kind, SV_EFFECT_REVEAL);
    assert_int_equal(e[0].ref, WRONG_DOOR);
    assert_int_equal(e[0].after_ms, 30000);
    assert_int_equal(e[1].kind, SV_EFFECT_REVEAL);
    assert_int_equal(e[1].ref, REFUND_TODAY);
    assert_int_equal(e[1].after_ms, 0);
    e = &sc.effects[sc.events[0].effects.start];
    assert_int_equal(e->kind, SV_EFFECT_REVEAL);
    assert_int_equal(e->ref, DRIVERS_STEAL);
    assert_int_equal(sc.conds[sc.endings[0].when].kind, SV_COND_KNOWN);
}

static void test_part_keys(void **state)
{
    (void)state;
    const sv_Part *p = part("p-ask");
    assert_int_equal(ref(p->claims.reveals, 0), WRONG_DOOR);
    assert_int_equal(p->offer, -1);
    assert_int_equal(p->due_ms, 0);
    p = part("p-promise");
    assert_int_equal(p->due_ms, 3600000);
    p = part("p-gift");
    assert_int_equal(p->offer, 500);
    assert_int_equal(ref(p->claims.confirms, 0), NEVER_CAME);
    p = part("p-deny");
    assert_int_equal(p->claims.confirms.count, 0); /* the scoring model fills in a deny's claims */
    assert_int_equal(ref(p->claims.denies, 0), DRIVERS_STEAL);
    /* o-check 3, o-guess 1, the parts 3, h-colleague 2 */
    assert_int_equal(sc.fact_ref_count, 9);
}

static void test_history(void **state)
{
    (void)state;
    assert_int_equal(sc.earlier_count, 2);
    const sv_Earlier *e = &sc.earlier[0];
    assert_int_equal(e->at_ms, -7200000);
    assert_string_equal(e->reply.id, "h-auto");
    assert_string_equal(sv_text_get(&e->reply.text, SV_LANG_EN), "Thanks, we are on it.");
    assert_int_equal(e->reply.target, OLD_REVIEW);
    assert_int_equal(e->reply.action, SV_ACTION_REPLY);
    assert_int_equal(e->reply.visibility, SV_VIS_PUBLIC);
    assert_int_equal(e->reply.step_count, 1);
    assert_int_equal(e->reply.steps[0].target, OLD_REVIEW);
    assert_int_equal(e->reply.structure_count, 2);
    assert_int_equal(e->reply.structure[1], SV_PART_FOLLOW_UP);
    assert_int_equal(e->reply.due_ms, 86400000);
    assert_int_equal(e->reply.tags, 1u << SV_TAG_TEMPLATE);
    assert_int_equal(e->reply.offer, -1);
    assert_int_equal(e->reply.when, -1);
    assert_int_equal(e->reply.effects.count, 0);
    e = &sc.earlier[1];
    assert_int_equal(e->at_ms, -3600000);
    assert_int_equal(e->reply.target, COMPLAINT);
    assert_int_equal(e->reply.action, SV_ACTION_MOVE_PRIVATE);
    assert_int_equal(e->reply.visibility, SV_VIS_PRIVATE);
    assert_int_equal(e->reply.steps[0].action, SV_ACTION_MOVE_PRIVATE);
    assert_int_equal(e->reply.steps[0].visibility, SV_VIS_PRIVATE);
    assert_int_equal(e->reply.offer, 100);
    assert_int_equal(ref(e->reply.claims.confirms, 0), NEVER_CAME);
    assert_int_equal(ref(e->reply.claims.denies, 0), DRIVERS_STEAL);
    assert_int_equal(e->reply.claims.reveals.count, 0);
}

static void test_session(void **state)
{
    (void)state;
    sv_Session s, t;
    assert_int_equal(sv_session_init(&s, &sc, 7), SV_OK);
    assert_int_equal(sv_session_init(&t, &sc, 7), SV_OK);
    static const uint8_t known[] = {0, 1, 1, 0, 1, 1};
    assert_memory_equal(s.fact_known, known, sizeof known);

    /* history first, oldest first (posts before replies at one time, ties in
     * file order), the brand's earlier replies in it; then the decision at 0 */
    sv_session_advance(&s, 0);
    assert_true(s.log_count >= 6);
    const struct {
        uint8_t kind;
        int32_t a, b;
    } want[] = {
        {SV_LOG_POST, OLD_REVIEW, 0}, {SV_LOG_REPLY, -1, 0}, {SV_LOG_POST, COMPLAINT, 0},
        {SV_LOG_POST, PILE, 0},       {SV_LOG_REPLY, -1, 1}, {SV_LOG_DECISION_OPEN, 0, 0},
    };
    for (int i = 0; i < 6; i++) {
        assert_int_equal(s.log[i].kind, want[i].kind);
        assert_int_equal(s.log[i].a, want[i].a);
        assert_int_equal(s.log[i].b, want[i].b);
    }
    const int32_t history_posts[] = {OLD_REVIEW, COMPLAINT, PILE};
    for (int i = 0; i < 3; i++) assert_int_equal(s.post_ms[history_posts[i]], 0);
    /* the earlier replies are replies of the run, in their threads, sent first */
    assert_int_equal(s.reply_count, 2);
    assert_int_equal(s.replies[0].prior, 1);
    assert_int_equal(s.replies[1].prior, 2);
    assert_int_equal(s.replies[0].sent, 1);
    assert_int_equal(s.replies[1].sent, 2);
    assert_int_equal(sv_reply_post(&sc, &s.replies[0]), OLD_REVIEW);
    assert_int_equal(sv_reply_post(&sc, &s.replies[1]), COMPLAINT);
    assert_int_equal(s.decision_state[1], SV_DEC_PENDING); /* SV_NEVER: only an effect opens it */
    assert_false(s.post_seen[PRAISE]);
    assert_false(sv_session_option_enabled(&s, sv_scenario_find_option(&sc, "o-guess")));

    /* reveal now, and reveal 30 s later */
    sv_Input in = {.kind = SV_INPUT_CHOOSE, .decision = 0};
    in.option = sv_scenario_find_option(&sc, "o-plain");
    assert_int_equal(sv_session_apply(&s, &in), SV_INPUT_OK);
    assert_true(s.fact_known[REFUND_TODAY]);
    assert_false(s.fact_known[WRONG_DOOR]);
    sv_session_advance(&s, 29999);
    assert_false(sv_session_eval(&s, sc.endings[0].when));
    sv_session_advance(&s, 30000);
    assert_true(s.fact_known[WRONG_DOOR]);
    assert_true(sv_session_eval(&s, sc.endings[0].when));
    assert_false(s.fact_known[DRIVERS_STEAL]);
    sv_session_advance(&s, 120000); /* the event reveals it */
    assert_true(s.fact_known[DRIVERS_STEAL]);

    /* what the player knows is part of the state */
    sv_session_advance(&t, 0);
    uint64_t h = sv_session_hash(&t);
    t.fact_known[WRONG_DOOR] = 1;
    assert_true(sv_session_hash(&t) != h);
    sv_session_free(&t);
    sv_session_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_facts_and_claims), cmocka_unit_test(test_times),
        cmocka_unit_test(test_combined_actions), cmocka_unit_test(test_option_keys),
        cmocka_unit_test(test_part_keys),        cmocka_unit_test(test_history),
        cmocka_unit_test(test_session),
    };
    return cmocka_run_group_tests(tests, load, unload);
}
