/* Workshops: a facilitator runs one pack's scenarios with one seed for
 * several teams (scenarios/WORKSHOP.md). The workshop file names them; each
 * team's play is kept in a result file (what it chose, what that moved, the
 * rules that fired, the grade, and the replay to play it again); results
 * from one or several machines are merged into a report, rated P/S/M/U per
 * principle as HSEEP after-action reports do, and exported as CSV, JSON,
 * xAPI 1.0.3 statements and a self-contained HTML page. Everything here
 * turns bytes into structs and structs into text: the game and svara-tool
 * do the file handling (result files through sv_result_save_file, which
 * writes atomically). SDL-free, and deterministic: times come from the
 * caller and the run, never from a clock. */
#ifndef SVARA_WORKSHOP_H
#define SVARA_WORKSHOP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "svara/arena.h"
#include "svara/diag.h"
#include "svara/limits.h"
#include "svara/model.h"
#include "svara/pack.h"
#include "svara/replay.h"
#include "svara/score.h"
#include "svara/status.h"

#define SV_WORKSHOP_FORMAT 1
#define SV_WORKSHOP_MAX_TEAMS 16u
#define SV_WORKSHOP_MAX_MEMBERS 24u   /* members of one team */
#define SV_WORKSHOP_MAX_SCENARIOS 32u /* scenarios one workshop plays */
#define SV_WORKSHOP_EMAIL_BYTES 254u
#define SV_WORKSHOP_IRI_BYTES 512u   /* an account's home page */
#define SV_WORKSHOP_MAX_HISTORY 240u /* meter samples a play keeps for its chart */
#define SV_WORKSHOP_PASS_SCORE 50    /* the grade's 0-100 a play passes with (C or better) */

/* A facilitator or a team member. Strings live in the owner's arena; "" when
 * absent. An account (an LMS's home page and the learner's id there) or an
 * e-mail identifies the person to a learning record store. */
typedef struct sv_Person {
    const char *name;
    const char *email;
    const char *account_home, *account_name;
} sv_Person;

typedef struct sv_Team {
    const char *id; /* an id, as scenario ids are */
    const char *name;
    sv_Person *members;
    uint32_t member_count;
} sv_Team;

typedef enum {
    SV_SCOREBOARD_AFTER_EACH = 0, /* after each decision */
    SV_SCOREBOARD_EVERY,          /* after every `scoreboard_every` decisions */
    SV_SCOREBOARD_END,            /* only at the end of each scenario */
} sv_Scoreboard;

typedef enum { SV_SEATING_HOT_SEAT = 0, SV_SEATING_MULTI_MACHINE } sv_Seating;

typedef struct sv_WorkshopOptions {
    sv_Scoreboard scoreboard;
    uint32_t scoreboard_every; /* 2..50 with SV_SCOREBOARD_EVERY, else 1 */
    uint32_t deadline_pct;     /* the pressure dial: decisions' deadlines scaled, 25..400 */
    bool team_talk;            /* pause at each decision until the facilitator resumes */
    sv_Seating seating;
    int32_t pass_score; /* 0..100: a play with this grade score or more is passed */
} sv_WorkshopOptions;

typedef struct sv_Workshop {
    const char *id;
    const char *name;
    sv_Person facilitator;
    const char *pack, *pack_version;
    const char **scenarios;
    uint32_t scenario_count;
    uint64_t seed;
    bool has_lang;
    sv_Lang lang;
    bool has_date;
    int64_t date; /* when it starts, seconds since 1970 (UTC) */
    sv_Team *teams;
    uint32_t team_count;
    sv_WorkshopOptions options;
    const char *file;   /* as messages name it */
    const char *source; /* the file's bytes, for located messages of later checks */
    size_t source_len;
    sv_Arena *arena; /* owns every byte above */
} sv_Workshop;

/* Reads a workshop file; every problem goes to diags with its JSON pointer,
 * line and column. On SV_OK free with sv_workshop_free; on an error *out is
 * left empty. */
sv_Status sv_workshop_parse(const char *file, const char *bytes, size_t len, sv_Workshop *out,
                            sv_DiagList *diags);
void sv_workshop_free(sv_Workshop *w);
int32_t sv_workshop_find_team(const sv_Workshop *w, const char *id); /* -1 when absent */
/* Does the loaded pack fit the workshop (its id and version, every scenario,
 * the language)? False with located errors when not. */
bool sv_workshop_check_pack(const sv_Workshop *w, const sv_Pack *pack, sv_DiagList *diags);

/* "2026-12-04T09:00:00Z" (seconds optional, an offset "+01:00" instead of
 * "Z" allowed) to seconds since 1970; false when it is not such a date. */
bool sv_iso_parse(const char *s, int64_t *out);
/* Milliseconds since 1970 as "2026-12-04T09:00:18.250Z" (size >= 32). */
void sv_iso_format(int64_t ms, char *out, size_t size);

/* ---- results: what a team's play produced ------------------------------------------------- */

/* A rule that fired, as the result keeps it. `sign`: 1 the rule rewards its
 * principles (they were followed), -1 it penalises them (broken), 0 neither. */
typedef struct sv_ResultRule {
    const char *rule;
    sv_PrincipleSet principles;
    int8_t sign;
    uint8_t trigger; /* sv_Trigger */
    uint32_t t_ms, count;
    int32_t applied[SV_METER_COUNT];
    const char *explain; /* in the play's language */
} sv_ResultRule;

/* What a decision offered: an option or a composer part. */
typedef struct sv_ResultChoice {
    const char *id;
    const char *text;
    bool part;
} sv_ResultChoice;

typedef enum { SV_RESULT_ANSWERED = 0, SV_RESULT_TIMED_OUT, SV_RESULT_LAPSED } sv_ResultState;

typedef struct sv_ResultDecision {
    const char *decision;
    const char *prompt;
    uint8_t state; /* sv_ResultState */
    uint32_t open_ms, close_ms, taken_ms;
    bool by_default;    /* nothing chosen: the deadline's default went out */
    const char *option; /* "" for a composed reply or nothing */
    const char **parts;
    uint32_t part_count;
    sv_Visibility visibility;
    const char *reply; /* the words that went out ("" none) */
    sv_ResultChoice *choices;
    uint32_t choice_count;
    int32_t before[SV_METER_COUNT]; /* when it opened */
    int32_t after[SV_METER_COUNT];  /* once what it set off had moved them */
    sv_ResultRule *rules;
    uint32_t rule_count;
} sv_ResultDecision;

typedef struct sv_ResultPlay {
    const char *scenario, *title;
    sv_Lang lang;
    int64_t started; /* seconds since 1970 */
    uint32_t end_ms;
    const char *ending, *ending_title; /* "" when it ended without one */
    int32_t score;                     /* sv_grade_score, 0..100 */
    char grade;
    int32_t pass_score;
    int32_t meters[SV_METER_COUNT]; /* at the end */
    uint64_t hash;
    sv_Replay replay; /* its inputs (heap): playing it back gives `hash` */
    sv_ResultDecision *decisions;
    uint32_t decision_count;
    sv_ResultRule *standing; /* rules on posts left standing, promises and the end */
    uint32_t standing_count;
    sv_MeterSample *history; /* meters over time, at most SV_WORKSHOP_MAX_HISTORY */
    uint32_t history_count;
    /* A snapshot of a run still going (sv_result_add_live): what it did up to
     * `end_ms`, no ending, its grade so far. Shown, never written to a file. */
    bool in_progress;
} sv_ResultPlay;

typedef struct sv_Result {
    const char *workshop, *workshop_name;
    bool has_lang; /* the workshop file named the language its teams play in */
    sv_Lang lang;
    sv_Person facilitator;
    const char *pack, *pack_version;
    uint64_t seed;
    sv_Team team;
    sv_ResultPlay *plays; /* heap, in the order played */
    uint32_t play_count, play_cap;
    sv_Arena *arena; /* owns the strings and arrays above but `plays` and replays */
} sv_Result;

/* A new result for team `team` of the workshop. SV_ERR_NOMEM; SV_ERR_INVALID
 * for a team index out of range. Free with sv_result_free. */
sv_Status sv_result_start(sv_Result *r, const sv_Workshop *w, int32_t team);
void sv_result_free(sv_Result *r);
/* Adds the play of a finished, scored run (svara/run.h) that started at
 * `started` (seconds since 1970), with texts in `lang`. A play of the same
 * scenario already there is replaced (a team that played it again). */
struct sv_Run;
sv_Status sv_result_add_play(sv_Result *r, const struct sv_Run *run, int64_t started, sv_Lang lang,
                             int32_t pass_score);
/* Adds a run still going as an in-progress play (in_progress set): the
 * meters over time up to now, the decisions that have closed so far (each
 * with the rules its answer set off so far), the rules not of one decision
 * that fired so far, and the grade the meters give now. A decision still open
 * is left out until it closes. For a live scoreboard: such a play replaces
 * one of the same scenario as sv_result_add_play does, so add it to a copy
 * that is not saved (sv_result_write leaves in-progress plays out anyway).
 * SV_ERR_INVALID for a run that has not started or has ended. */
sv_Status sv_result_add_live(sv_Result *r, const struct sv_Run *run, int64_t started, sv_Lang lang,
                             int32_t pass_score);
/* The result as JSON (heap, free()), its in-progress plays left out; NULL
 * when out of memory. */
char *sv_result_write(const sv_Result *r, size_t *len);
/* Reads a result file, every problem located. On an error *out is empty. */
sv_Status sv_result_parse(const char *file, const char *bytes, size_t len, sv_Result *out,
                          sv_DiagList *diags);
sv_Status sv_result_load_file(const char *path, sv_Result *out, sv_DiagList *diags);
/* Atomic (temporary file, fsync, rename): a crash leaves the old or the new. */
sv_Status sv_result_save_file(const char *path, const sv_Result *r, sv_DiagList *diags);

/* +1 when a rule rewards its principles, -1 when it penalises them: its
 * effects on reputation, sentiment and mood added up (as profiles count). */
int sv_rule_sign(const sv_ScoreRule *rule);

/* ---- the report: results merged, rated, exported ------------------------------------------ */

/* HSEEP's ratings of an objective (here: a principle, for one team):
 * performed without challenges, with some, with major ones, unable. */
typedef enum {
    SV_RATING_NONE = 0, /* no rule on it fired: not observed */
    SV_RATING_P,
    SV_RATING_S,
    SV_RATING_M,
    SV_RATING_U,
} sv_Rating;

/* From the firings that followed and broke the principle: none broken is P;
 * broken at most a third of the time, S; more often but followed at least
 * once, M; only broken, U (scenarios/WORKSHOP.md). */
sv_Rating sv_rating_of(uint32_t followed, uint32_t broken);
const char *sv_rating_name(sv_Rating r); /* "P", "S", "M", "U", "-" */

typedef struct sv_ReportCell {
    uint32_t followed, broken;
    sv_Rating rating;
} sv_ReportCell;

typedef struct sv_Report {
    const sv_Result *const *teams; /* the caller's, one per team, in the order given */
    const char *const *files;
    size_t team_count;
    sv_ReportCell (*cells)[SV_PRINCIPLE_COUNT]; /* heap [team_count] */
    /* The improvement plan the JSON and HTML exports show: the caller's (one
     * the facilitator edited, sv_plan_load_file), or NULL for the one made
     * from the ratings (sv_plan_from_report). sv_report_merge sets it NULL. */
    const struct sv_Plan *plan;
} sv_Report;

/* Merges results into one workshop: all of one workshop id, one pack and
 * version, one seed, each team once. SV_ERR_INVALID, with an error naming
 * both files and what differs, when not. Free with sv_report_free. */
sv_Status sv_report_merge(sv_Report *rep, const sv_Result *const *results, const char *const *files,
                          size_t n, sv_DiagList *diags);
void sv_report_free(sv_Report *rep);

/* One decision of one scenario across the teams: how far apart they were.
 * `spread`: the best minus the worst reply's worth (sv_debrief_worth, in
 * tenths); `distinct`: how many different answers the teams gave; `title`
 * and `prompt`: the scenario's title and the decision's question as the
 * first team to meet it saw them (the ids when its result had none). */
typedef struct sv_ReportSpread {
    const char *scenario, *decision;
    const char *title, *prompt;
    uint32_t distinct, teams;
    int64_t spread;
} sv_ReportSpread;
/* Every decision some team met, the most different first (heap, free()). */
sv_ReportSpread *sv_report_spreads(const sv_Report *rep, size_t *count);

struct sv_Principles;
/* The exports, as text (heap, free()); NULL when out of memory. `pr` (the
 * principles' names and lessons) may be NULL: then ids stand for names. The
 * HTML report's own words (headings, labels, captions, the P/S/M/U legend)
 * and the principles' names are in `lang`; the teams' texts stay in the
 * language they played in. */
char *sv_report_csv(const sv_Report *rep);
char *sv_report_json(const sv_Report *rep, const struct sv_Principles *pr);
char *sv_report_html(const sv_Report *rep, const struct sv_Principles *pr, sv_Lang lang);
/* The language the workshop file named (kept in its results), else English:
 * the HTML report's language when nobody asks for another. */
sv_Lang sv_report_workshop_lang(const sv_Report *rep);
/* xAPI 1.0.3 statements: exactly a body for POST /statements. */
char *sv_report_xapi(const sv_Report *rep);

/* A name-based UUID (RFC 4122 version 5: SHA-1 of Svara's namespace and
 * `name`), as 36 characters and a NUL into out. */
void sv_uuid_v5(const char *name, char out[37]);
/* SHA-1 of n bytes. */
void sv_sha1(const void *data, size_t n, uint8_t out[20]);

/* ---- the improvement plan: what the room decides to do ------------------------------------ */

/* HSEEP's improvement plan: a row per issue, with the principle it is about,
 * the corrective action, who is responsible and by when. Made from the
 * report (a row per principle some team rated S, M or U), edited by the
 * facilitator in the game, kept as improvement-plan.json next to the results
 * (scenarios/WORKSHOP.md) and shown by the JSON and HTML exports. */
#define SV_PLAN_FORMAT 1
#define SV_PLAN_MAX_ROWS 40u
#define SV_PLAN_TEXT_BYTES 600u  /* an issue or a corrective action */
#define SV_PLAN_FIELD_BYTES 100u /* who is responsible, by when */

/* Texts are UTF-8 on one line (no control characters), "" when empty. */
typedef struct sv_PlanRow {
    int32_t principle; /* sv_Principle, -1: none (a row of the facilitator's own) */
    char issue[SV_PLAN_TEXT_BYTES + 1];
    char action[SV_PLAN_TEXT_BYTES + 1];
    char responsible[SV_PLAN_FIELD_BYTES + 1];
    char due[SV_PLAN_FIELD_BYTES + 1];
} sv_PlanRow;

typedef struct sv_Plan {
    char workshop[SV_MAX_ID_BYTES + 1]; /* the workshop id it belongs to */
    sv_PlanRow rows[SV_PLAN_MAX_ROWS];
    uint32_t row_count;
} sv_Plan;

/* The plan the report suggests: one row per principle some team rated S, M
 * or U, in the principles' order: what went wrong (up to two different
 * explanations of rules that broke it), the corrective action (the
 * principle's lesson in `lang`; "" when pr is NULL), nobody responsible yet. */
void sv_plan_from_report(sv_Plan *plan, const sv_Report *rep, const struct sv_Principles *pr,
                         sv_Lang lang);
/* Copies UTF-8 text into a plan's field of `size` bytes: whole characters
 * only, control characters (a line break) as spaces. */
void sv_plan_set_text(char *field, size_t size, const char *text);
/* Reads an improvement-plan file; every problem located. `workshop` (NULL:
 * any) is the id of the workshop it must belong to: a plan of another one is
 * an error at /workshop. On an error *out is empty. */
sv_Status sv_plan_parse(const char *file, const char *bytes, size_t len, const char *workshop,
                        sv_Plan *out, sv_DiagList *diags);
sv_Status sv_plan_load_file(const char *path, const char *workshop, sv_Plan *out,
                            sv_DiagList *diags);
/* The plan as JSON (heap, free()); NULL when out of memory. */
char *sv_plan_write(const sv_Plan *plan, size_t *len);
/* Atomic (temporary file, fsync, rename), as result files. */
sv_Status sv_plan_save_file(const char *path, const sv_Plan *plan, sv_DiagList *diags);

/* Does the result in `file` belong to workshop w (its id, pack, version and
 * seed, and one of its teams)? A located error naming what differs when not. */
bool sv_result_fits(const sv_Result *r, const char *file, const sv_Workshop *w, sv_DiagList *diags);

#endif
