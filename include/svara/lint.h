/* Authoring checks: a static analysis of a loaded scenario for story
 * mistakes the loader cannot see (nodes nothing schedules, conditions that can
 * never hold, flags and variables used one way only, loops at +0 s...). It is
 * conservative: "never" means provably never, judged from the scenario alone.
 * Every finding is located (file, JSON pointer, line, column) and carries a
 * stable rule id, so tools can print it as text, JSON or SARIF. */
#ifndef SVARA_LINT_H
#define SVARA_LINT_H

#include <stddef.h>
#include <stdint.h>

#include "svara/diag.h"
#include "svara/model.h"

/* Rule numbers: sv_Diag.rule holds one of these (0: a diagnostic without a
 * rule). 1 and 2 stand for the loader's own errors and warnings. */
typedef enum {
    SV_RULE_NONE = 0,
    SV_RULE_LOAD_ERROR = 1,
    SV_RULE_LOAD_WARNING = 2,
    SV_RULE_UNREACHABLE = 101,    /* a post, decision or event nothing can schedule */
    SV_RULE_NO_WAY_FORWARD = 102, /* a decision the player can never answer */
    SV_RULE_ENDING = 103,         /* an ending no run can take */
    SV_RULE_NEVER_HOLDS = 104,    /* a `when` that can never hold */
    SV_RULE_FLAG_UNREAD = 105,    /* a flag set but never read (or never used) */
    SV_RULE_FLAG_UNSET = 106,     /* a flag read but never set */
    SV_RULE_VAR_UNREAD = 107,     /* a variable changed but never read (or never used) */
    SV_RULE_VAR_UNCHANGED = 108,  /* a variable read but never changed */
    SV_RULE_UNTRANSLATED = 109,   /* words that read the same in every declared language */
    SV_RULE_POOL_UNUSED = 110,    /* a comment pool no account can write from */
    SV_RULE_LONG_REPLY = 111,     /* a public reply longer than the scoring model's "long" */
    SV_RULE_NO_VERDICT = 112,     /* an option or part without `expert` or `annotation` */
    SV_RULE_LOOP = 113,           /* events that schedule each other at +0 s, unguarded */
    SV_RULE_GUARDED_LOOP = 114,   /* the same, with a `when` that may stop it */
    SV_RULE_BEFORE_POST = 115,    /* a decision that opens before the post it answers */
    SV_RULE_GLYPH = 116,          /* a character the game's font cannot draw */
    SV_RULE_INJECT = 117,      /* an inject that can never fire, or adds nothing that can happen */
    SV_RULE_THREAD_FULL = 118, /* a public answer in a thread that may be full already */
    SV_RULE_THREAD_FULL_NO_WAY = 119, /* a decision whose every answer may be so */
    SV_RULE_HEDGE_NO_APOLOGY = 120,   /* the tag hedged on a reply or part with no apology */
    SV_RULE_NAMED_NO_CONTACT = 121,   /* the tag named-contact on a reply or part with no contact */
    SV_RULE_ACK_UNKNOWN = 122,  /* an acknowledgement that confirms, unnamed, a claim not known */
    SV_RULE_SORRY_IN_ACK = 123, /* a sorry said inside an acknowledgement, unseen as an apology */
} sv_RuleId;

typedef struct sv_LintRule {
    int id;               /* sv_RuleId */
    const char *code;     /* "SV101" */
    const char *name;     /* "unreachable-node" */
    sv_Severity severity; /* its default */
    const char *summary;  /* one sentence */
} sv_LintRule;

/* Every rule, in id order; *count gets the number. */
const sv_LintRule *sv_lint_rules(size_t *count);
/* The rule with this id, or NULL. */
const sv_LintRule *sv_lint_rule(int id);

typedef struct sv_LintOptions {
    uint32_t languages;  /* the pack's declared languages: bit (1u << sv_Lang) */
    sv_Lang first_lang;  /* the pack's fallback language */
    uint32_t long_chars; /* a public reply longer than this is long; 0: not checked */
} sv_LintOptions;

/* Checks one scenario loaded without errors. `file` names it in diagnostics
 * (as the loader did) and `bytes` are the file's contents, used only to
 * locate findings. Findings go to diags with sv_Diag.rule set. */
void sv_lint_scenario(const sv_Scenario *sc, const char *file, const char *bytes, size_t len,
                      const sv_LintOptions *opt, sv_DiagList *diags);

/* The manifest's own texts (title, description): untranslated words, as in
 * a scenario. `bytes` are pack.json's, to locate findings. */
void sv_lint_manifest(const char *file, const char *bytes, size_t len, const sv_Text *title,
                      const sv_Text *description, const sv_LintOptions *opt, sv_DiagList *diags);

/* The length (characters) past which the scoring model calls a public reply
 * long: the least that a `length` test of a rule that costs points passes.
 * 0 when the model has none. */
struct sv_ScoreModel;
uint32_t sv_lint_long_chars(const struct sv_ScoreModel *m);

#endif
