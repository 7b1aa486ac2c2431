/* Helpers for the principle tests (test_principles_a.c, test_principles_b.c):
 * hand-built situations on the global scenario B, runs played through real
 * sessions with the default scoring model (load it with pr_setup, free it
 * with pr_teardown), and checks on the rules that fired, which print every
 * firing when they fail. Figures are the debrief's, in hundredths of a point. */
#ifndef SV_TEST_PRINCIPLES_SUPPORT_H
#define SV_TEST_PRINCIPLES_SUPPORT_H

#include <stddef.h>
#include <stdint.h>

#include "svara/model.h"
#include "svara/score.h"
#include "svara/session.h"

#define TAG(x) (1u << SV_TAG_##x)

/* cmocka group setup and teardown: load and free the default model. */
int pr_setup(void **state);
int pr_teardown(void **state);

/* ---- building situations --------------------------------------------------------------------- */

/* A ready-made reply (or action) of decision d. */
int32_t pr_opt(int32_t d, const char *id, const char *words, sv_TagSet tags);
int32_t pr_action(int32_t d, const char *id, sv_Action a, sv_Visibility vis, int32_t target);
void pr_shape(int32_t o, size_t n, const sv_PartKind *kinds);

/* The part kinds an option's text is made of, in order. */
#define STRUCTURE(o, ...)                                                                          \
    pr_shape(o, sizeof((sv_PartKind[]){__VA_ARGS__}) / sizeof(sv_PartKind),                        \
             (sv_PartKind[]){__VA_ARGS__})

int32_t pr_part(int32_t d, const char *id, sv_PartKind kind, const char *words, sv_TagSet tags);
int32_t pr_post(const char *id, int32_t at_ms, int32_t channel, int32_t author, sv_Valence valence,
                const char *words);
int32_t pr_decision(const char *id, int32_t at_ms, uint32_t deadline_ms, int32_t about);

/* The usual situation: Maja's true complaint on the watched public feed at 0 s,
 * a decision about it open for five minutes, a run of at most ten. Options
 * and parts of `d` are added by each test. */
typedef struct Scene {
    int32_t feed, maja, complaint, d;
} Scene;

Scene pr_scene(void);

/* Ahmed praises a driver, Per asks when lockers close; two minutes to answer each. */
typedef struct Praise {
    int32_t praise, question, d_praise, d_question;
    int32_t thanks, glad, skip_praise, answer, skip_question;
} Praise;

Praise pr_praise_scene(void);

/* ---- playing --------------------------------------------------------------------------------- */

typedef struct Run {
    const char *name;
    sv_Session s;
} Run;

/* Starts a session of B with the default model (asserting success). */
void pr_start(Run *r, const char *name);
/* Advance to t_ms, then choose or compose, asserting the input is taken. */
void pr_choose_at(Run *r, uint32_t t_ms, int32_t d, int32_t o);
void pr_compose_at(Run *r, uint32_t t_ms, int32_t d, sv_Visibility vis, size_t n,
                   const int32_t *parts);

#define COMPOSE_AT(r, t, d, vis, ...)                                                              \
    pr_compose_at(r, t, d, vis, sizeof((int32_t[]){__VA_ARGS__}) / sizeof(int32_t),                \
                  (int32_t[]){__VA_ARGS__})

/* Runs out the clock (asserting the run ended); pr_done shuts the session down. */
void pr_finish(Run *r);
/* A run with one choice: start, choose option o of decision d at t_ms, play out. */
void pr_play_one(Run *r, const char *name, uint32_t t_ms, int32_t d, int32_t o);
void pr_done(Run *r);

/* ---- figures --------------------------------------------------------------------------------- */

/* Hundredths as "+1.25" / "-0.50" in buf. */
const char *pr_points(int64_t hundredths, char *buf, size_t size);
/* A rule tagged with principle p fired in the run with a figure of the given sign. */
void pr_expect_principle(const Run *r, sv_Principle p, int sign);
/* The summed figure of a rule's firings for one decision (-1: all); *count how often it fired. */
int64_t pr_rule_total(const Run *r, const char *rule, int32_t decision, int *count);
/* The rule fired, moving the figure the given way (sign 0: it never fired). */
void pr_expect_rule(const Run *r, const char *rule, int sign);
/* `reward` helps the good run and never fires on the bad one; `penalty` the reverse. */
void pr_expect_swap(const Run *good, const Run *bad, const char *reward, const char *penalty);
/* The summed figure of the firings of principle p for one decision (-1: all). */
int64_t pr_principle_total(const Run *r, sv_Principle p, int32_t decision);
/* The recommended run ends with a better figure than the warned one. */
void pr_expect_better(const Run *good, const Run *bad);
/* Both ways at once: good fires p for the better, bad for the worse, p's own
 * rules add up better for good, and good ends better. */
void pr_expect_both_ways(const Run *good, const Run *bad, sv_Principle p);

#endif
