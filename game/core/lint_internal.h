/* Internal to the authoring checks (lint.c, lint_words.c): what a run of the
 * scenario can reach, found once, and the located reporter both share. */
#ifndef SVARA_LINT_INTERNAL_H
#define SVARA_LINT_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>

#include "core_util.h"
#include "jsonscan.h"
#include "session_internal.h"
#include "svara/lint.h"

#define LINT_PTR 256           /* a JSON pointer, as long as sv_Diag keeps */
#define LINT_MULT_INF 1000000u /* "fires any number of times" */

/* Who owns an effect list, so each effect has a JSON pointer. */
typedef enum { OWN_OPTION = 0, OWN_PART, OWN_COMPOSE, OWN_TIMEOUT, OWN_EVENT } LintOwner;

typedef struct LintEffect {
    uint8_t owner; /* LintOwner */
    int32_t index; /* option, part, decision or event */
    uint32_t at;   /* position in its list */
} LintEffect;

/* Whether a condition can hold and whether it can fail, over every run. */
typedef struct LintCan {
    bool t, f;
} LintCan;

typedef struct Lint {
    const sv_Scenario *sc;
    const sv_LintOptions *opt;
    sv_DiagList *diags;
    const char *file;
    sv_JsonIndex *ix; /* NULL when out of memory: findings then have no line */
    LintEffect *own;  /* [effect_count] */
    /* what some run can reach */
    uint8_t *post_sched, *post_can;             /* scheduled; appears */
    uint8_t *dec_sched, *dec_open, *dec_answer; /* scheduled; opens; can be answered */
    uint8_t *opt_can, *opt_taken;               /* enabled at some point; chosen or default */
    uint8_t *part_can;
    uint8_t *compose_can; /* [decision_count] the composer can be sent */
    uint8_t *ev_sched, *ev_fire;
    uint8_t *flag_set, *fact_known, *end_named;
    uint8_t *list_runs; /* [effect_count] the effect's list can run */
    uint32_t *ev_mult;  /* [event_count] how often it can fire, up to LINT_MULT_INF */
    int64_t *var_lo, *var_hi;
    bool changed;
    int64_t *first_post, *first_decision, *first_event; /* effects that name them, built lazily */
    int64_t t0, t1;      /* when the condition being judged is checked, in ms (lint_when) */
    const char *t_words; /* that time in words: "while its decision is open" */
    uint32_t allowed;    /* bit (rule - 100): allowed in this file by "_check_allow" */
} Lint;

/* The JSON pointer of a node: 'p' post, 'd' decision, 'o' option, 'q' part,
 * 'e' event, 'n' ending. */
void lint_node_ptr(const Lint *L, char kind, int32_t index, char out[LINT_PTR]);
void lint_effect_ptr(const Lint *L, uint32_t effect, char out[LINT_PTR]);

void lint_report(Lint *L, int rule, const char *ptr, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

LintCan lint_cond_can(const Lint *L, int32_t cond);
/* Sets the times the `when` of a node is checked at: 'p' post, 'd' decision,
 * 'o' option, 'q' part (while their decision is open), 'e' event, 'n' ending.
 * A node only its own `at` brings on is checked then; any other, any time. */
void lint_when(Lint *L, char kind, int32_t index);

/* lint_reach.c: the fixed point of what runs can reach, and loops at +0 s */
void lint_reach(Lint *L);
void lint_loops(Lint *L);

/* lint_words.c: findings about words, declarations and the crowd's pools */
void lint_flags_vars(Lint *L);
void lint_texts(Lint *L);
void lint_pools(Lint *L);
void lint_verdicts(Lint *L);
void lint_long_replies(Lint *L);
void lint_tags_beside_kinds(Lint *L); /* hedged, named-contact */
void lint_ack_unknown(Lint *L);       /* an acknowledgement of a claim not known */
void lint_sorry_in_ack(Lint *L);      /* a sorry said inside an acknowledgement */
/* lint_replies.c: answers in public in a thread its channel (`replies`) may have closed */
void lint_thread_limits(Lint *L);
/* lint_glyphs.c: characters the game's font (DejaVu Sans) cannot draw, in
 * each language of one text at `ptr` */
void lint_glyphs(Lint *L, const sv_Text *t, const char *ptr);

#endif
