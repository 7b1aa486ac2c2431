/* svara-tool play: plays a scenario in the terminal. Posts, decisions and the
 * crowd's comments are printed as they arrive in simulated time, with a line
 * of the crowd's counts every half minute; choices come from stdin, a script,
 * a replay file or the authors' recommended path (--expert), and a run can be
 * recorded as a replay. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "svara/audience.h"
#include "svara/debrief.h"
#include "svara/pack.h"
#include "svara/replay.h"
#include "svara/run.h"
#include "svara/score.h"
#include "svara/session.h"
#include "tool.h"

typedef struct Play {
    const sv_Pack *pack;
    const sv_Scenario *sc;
    sv_Run run; /* the core's scored, recorded run */
    sv_Lang lang;
    size_t log_cursor;
    FILE *in;
    bool interactive;
    bool quit;
    sv_NameList names;      /* the crowd's names in the player's language */
    uint32_t next_count_ms; /* the next crowd count line */
    sv_Reactions *last;     /* [post_count]: counts at the last line */
    bool trace;             /* --crowd-trace: the crowd's state each minute */
    uint32_t next_trace_ms;
    uint32_t trace_reach; /* reach at the last trace */
} Play;

#define COUNT_EVERY_MS 30000u /* a crowd count line every half minute of simulated time */
#define TRACE_EVERY_MS 60000u /* --crowd-trace: every minute */

static const char *T(const Play *p, const sv_Text *t) { return sv_text_get(t, p->lang); }

static void print_post(const Play *p, uint32_t t, int32_t post)
{
    const sv_Post *po = &p->run.sc->posts[post];
    const sv_Persona *who = &p->run.sc->personas[po->author];
    const sv_Channel *ch = &p->run.sc->channels[po->channel];
    char clk[16];
    printf("\n[%s] #%s%s%s  %s (%s)%s%s\n", tool_clock(t, clk, sizeof clk), T(p, &ch->name),
           ch->watched ? "" : " ", ch->watched ? "" : tool_text(TT_NOT_WATCHED, p->lang), who->name,
           who->handle, po->reply_to >= 0 ? "  " : "",
           po->reply_to >= 0 ? tool_text(TT_IN_REPLY, p->lang) : "");
    printf("    %s\n", T(p, &po->text));
    printf("    %s %u | %s %u | %s %u\n", tool_text(TT_LIKES, p->lang), po->likes,
           tool_text(TT_SHARES, p->lang), po->shares, tool_text(TT_COMMENTS, p->lang),
           po->comments);
}

static void print_reply_text(const Play *p, const sv_Reply *r)
{
    const sv_Scenario *sc = p->sc;
    const sv_Option *o = sv_reply_option(sc, r);
    if (o) {
        printf("%s", T(p, &o->text));
        return;
    }
    for (uint8_t i = 0; i < r->part_count; i++)
        printf("%s%s", i ? " " : "", T(p, &sc->parts[r->parts[i]].text));
}

static bool action_posts(sv_Action a)
{
    return a == SV_ACTION_REPLY || a == SV_ACTION_MOVE_PRIVATE || a == SV_ACTION_ASK;
}

static void print_reply(const Play *p, uint32_t t, const sv_Reply *r)
{
    char clk[16];
    tool_clock(t, clk, sizeof clk);
    if (r->prior) {
        long ago = -(long)p->sc->earlier[r->prior - 1].at_ms / 1000;
        printf("\n[-%ld s, %s] %s (%s), %s:\n    ", ago, tool_text(TT_EARLIER, p->lang),
               p->sc->brand.name, p->sc->brand.handle,
               tool_text(r->visibility == SV_VIS_PRIVATE ? TT_IN_PRIVATE : TT_IN_PUBLIC, p->lang));
        print_reply_text(p, r);
        printf("\n");
        return;
    }
    if (!action_posts(r->action)) {
        printf("\n[%s] %s %s: ", clk,
               tool_text(r->by_default ? TT_NO_ANSWER : TT_YOU_CHOSE, p->lang),
               sv_action_name(r->action));
        print_reply_text(p, r);
        printf("\n");
        return;
    }
    printf("\n[%s] %s (%s)%s%s, %s:\n    ", clk, p->sc->brand.name, p->sc->brand.handle,
           r->by_default ? " " : "", r->by_default ? tool_text(TT_BY_DEFAULT, p->lang) : "",
           tool_text(r->visibility == SV_VIS_PRIVATE ? TT_IN_PRIVATE : TT_IN_PUBLIC, p->lang));
    print_reply_text(p, r);
    printf("\n");
}

static void print_decision(const Play *p, int32_t d)
{
    const sv_Decision *de = &p->run.sc->decisions[d];
    printf("\n  >> %s\n", T(p, &de->prompt));
    printf("     ('%s', %u %s)\n", de->id, de->deadline_ms / 1000u,
           tool_text(TT_SECONDS_TO_ANSWER, p->lang));
    for (uint32_t i = 0; i < de->options.count; i++) {
        int32_t o = (int32_t)(de->options.start + i);
        const sv_Option *op = &p->run.sc->options[o];
        bool on = sv_session_option_enabled(&p->run.s, o);
        /* a combined option names its actions in order: [ask-colleague + reply] */
        printf("     %u) [", i + 1);
        for (uint8_t k = 0; k < op->step_count; k++)
            printf("%s%s", k ? " + " : "", sv_action_name(op->steps[k].action));
        if (!op->step_count) printf("%s", sv_action_name(op->action));
        printf("%s] %s%s%s\n", op->visibility == SV_VIS_PRIVATE ? ", private" : "", T(p, &op->text),
               on ? "" : "  ", on ? "" : tool_text(TT_NOT_AVAILABLE, p->lang));
    }
    if (de->parts.count) {
        printf("     %s (%u-%u)", tool_text(TT_OR_COMPOSE, p->lang), de->compose_min,
               de->compose_max);
        printf("%s%s%s%s (compose public|private ...):\n", de->compose_public ? " " : "",
               de->compose_public ? tool_text(TT_IN_PUBLIC, p->lang) : "",
               de->compose_private ? " / " : "",
               de->compose_private ? tool_text(TT_IN_PRIVATE, p->lang) : "");
        for (uint32_t i = 0; i < de->parts.count; i++) {
            int32_t pi = (int32_t)(de->parts.start + i);
            const sv_Part *pa = &p->run.sc->parts[pi];
            bool on = sv_session_part_enabled(&p->run.s, pi);
            printf("     %c) [%s] %s%s%s\n", 'a' + (int)i, sv_part_kind_name(pa->kind),
                   T(p, &pa->text), on ? "" : "  ", on ? "" : tool_text(TT_NOT_AVAILABLE, p->lang));
        }
    }
}

/* A crowd comment, as it appears under its thread. */
static void print_comment(const Play *p, uint32_t t, int32_t ci)
{
    const sv_Comment *c = sv_audience_comment(p->run.s.audience, ci);
    if (!c) return;
    char clk[16], name[160];
    sv_audience_name(&p->names, p->run.s.seed, c->account, name, sizeof name);
    printf("[%s]   | %s%s%s: %s\n", tool_clock(t, clk, sizeof clk), name,
           c->reply >= 0 ? ", re " : "", c->reply >= 0 ? p->sc->brand.handle : "",
           sv_comment_text(&p->run.s, c, p->lang));
}

static void print_new_log(Play *p)
{
    const sv_Scenario *sc = p->sc;
    char clk[16];
    for (; p->log_cursor < p->run.s.log_count; p->log_cursor++) {
        const sv_LogEntry *e = &p->run.s.log[p->log_cursor];
        switch ((sv_LogKind)e->kind) {
        case SV_LOG_POST: print_post(p, e->t_ms, e->a); break;
        case SV_LOG_DECISION_OPEN: print_decision(p, e->a); break;
        case SV_LOG_REPLY: print_reply(p, e->t_ms, &p->run.s.replies[e->b]); break;
        case SV_LOG_REPLY_PENDING: {
            char at[16];
            const sv_Reply *r = &p->run.s.replies[e->b];
            printf("\n[%s] %s: %s (%s %s)\n", tool_clock(e->t_ms, clk, sizeof clk),
                   tool_text(TT_YOU_CHOSE, p->lang), T(p, &sc->options[r->option].text),
                   tool_text(TT_GOES_OUT_AT, p->lang), tool_clock(r->t_ms, at, sizeof at));
            break;
        }
        case SV_LOG_TIMEOUT:
            printf("\n[%s] %s: %s\n", tool_clock(e->t_ms, clk, sizeof clk),
                   tool_text(TT_TIME_RAN_OUT, p->lang), T(p, &sc->decisions[e->a].prompt));
            break;
        case SV_LOG_EVENT: {
            const char *note = T(p, &sc->events[e->a].note);
            if (note[0]) printf("\n[%s] -- %s\n", tool_clock(e->t_ms, clk, sizeof clk), note);
            break;
        }
        case SV_LOG_ENDING:
            printf("\n[%s] === %s ===\n    %s\n", tool_clock(e->t_ms, clk, sizeof clk),
                   T(p, &sc->endings[e->a].title), T(p, &sc->endings[e->a].text));
            break;
        case SV_LOG_COMMENT: print_comment(p, e->t_ms, e->a); break;
        case SV_LOG_INJECT:
            printf("\n[%s] !! %s '%s': %s\n     (%s: %s)\n", tool_clock(e->t_ms, clk, sizeof clk),
                   tool_text(TT_INJECT, p->lang), sc->injects[e->a].id,
                   T(p, &sc->injects[e->a].title), tool_text(TT_FOR_FACILITATOR, p->lang),
                   T(p, &sc->injects[e->a].guidance));
            break;
        case SV_LOG_POST_SKIPPED:
        case SV_LOG_DECISION_SKIPPED:
        case SV_LOG_EVENT_SKIPPED: break;
        }
    }
}

/* The most recently opened decision that is still open, or -1. */
static int32_t current_decision(const Play *p)
{
    int32_t best = -1;
    uint32_t best_t = 0;
    for (uint32_t d = 0; d < p->sc->decision_count; d++) {
        if (p->run.s.decision_state[d] != SV_DEC_OPEN) continue;
        if (best < 0 || p->run.s.decision_open_ms[d] >= best_t) {
            best = (int32_t)d;
            best_t = p->run.s.decision_open_ms[d];
        }
    }
    return best;
}

/* Every half minute: how far the threads have travelled and how the crowd stands,
 * with the counts of each thread that moved since the last line. */
static void print_counts(Play *p)
{
    const sv_Audience *a = p->run.s.audience;
    char clk[16];
    int32_t sent = p->run.s.meters[SV_METER_SENTIMENT];
    printf("\n[%s] ~ %s %u %s %u, %d.%d%% %s\n", tool_clock(p->next_count_ms, clk, sizeof clk),
           tool_text(TT_CROWD_SEEN, p->lang), sv_audience_exposed(a),
           tool_text(TT_CROWD_OF, p->lang), sv_audience_size(a), sent / 10, sent % 10,
           tool_text(TT_CROWD_SIDE, p->lang));
    for (uint32_t t = 0; t < sv_audience_thread_count(a); t++) {
        int32_t root = sv_audience_thread_post(a, t);
        sv_Reactions r = sv_audience_post_reactions(&p->run.s, root);
        sv_Reactions *l = &p->last[root];
        if (r.likes == l->likes && r.shares == l->shares && r.comments == l->comments) continue;
        *l = r;
        const sv_Post *po = &p->run.sc->posts[root];
        printf("        %s %s (#%s): %u %s, %u %s, %u %s", tool_text(TT_CROWD_POST, p->lang),
               p->sc->personas[po->author].name, T(p, &p->run.sc->channels[po->channel].name),
               po->likes + r.likes, tool_text(TT_LIKES, p->lang), po->shares + r.shares,
               tool_text(TT_SHARES, p->lang), po->comments + r.comments,
               tool_text(TT_COMMENTS, p->lang));
        int32_t ri = sv_audience_thread_reply(a, root);
        if (ri >= 0) {
            sv_Reactions rr = sv_audience_reply_reactions(&p->run.s, ri);
            printf("; %s: %u %s, %u %s, %u %s", tool_text(TT_CROWD_REPLY, p->lang), rr.likes,
                   tool_text(TT_LIKES, p->lang), rr.shares, tool_text(TT_SHARES, p->lang),
                   rr.comments, tool_text(TT_COMMENTS, p->lang));
        }
        printf("\n");
    }
}

static int pct10(uint32_t part, uint32_t all)
{
    return all ? (int)((uint64_t)part * 1000u / all) : 0;
}

/* --crowd-trace: each segment's stance among those who saw it, the reach, and
 * what moved the crowd (scenarios/AUDIENCE.md), so its numbers can be explained. */
static void print_trace(Play *p)
{
    const sv_Audience *a = p->run.s.audience;
    char clk[16];
    uint32_t reach = sv_audience_exposed(a);
    printf("\n[%s] crowd trace: reach %u (+%u this minute) of %u\n",
           tool_clock(p->next_trace_ms, clk, sizeof clk), reach, reach - p->trace_reach,
           sv_audience_size(a));
    p->trace_reach = reach;
    for (uint32_t g = 0; g < sv_audience_segment_count(a); g++) {
        sv_SegmentStats st;
        sv_audience_segment_stats(a, g, &st);
        int h = pct10(st.bucket[SV_STANCE_HOSTILE], st.exposed),
            n = pct10(st.bucket[SV_STANCE_NEUTRAL], st.exposed),
            s = pct10(st.bucket[SV_STANCE_SUPPORTIVE], st.exposed);
        printf("  %-18s %-10s %7u seen: hostile %3d.%d%%  neutral %3d.%d%%  supportive %3d.%d%%\n",
               g < p->sc->segment_count ? p->sc->segments[g].id : "(the rest)",
               sv_role_name(st.kind), st.exposed, h / 10, h % 10, n / 10, n % 10, s / 10, s % 10);
    }
    sv_CrowdMoves m;
    sv_audience_moves(a, &m);
    printf("  moved by: shift %+d (verdicts and waiting %+d, answering %+d, jokes %+d, voice %+d, "
           "the failure's kind %+d, waiting past the expected answer %+d, handled out of sight "
           "%+d, a personal answer to praise %+d, uncivil comments %+d, likes of good replies "
           "and disputes %+d); complainer's pull on their followers %+d (mood %+d, their posts "
           "and defensive answers %+d)\n",
           m.shift, m.verdicts, m.answered, m.humour, m.voice, m.context, m.speed, m.hidden,
           m.praise, m.civility, m.proof, m.pull, m.pull_mood, m.pull_posts);
}

/* Moves simulated time forward to `to`, printing what happens on the way. */
static void advance_to(Play *p, uint32_t to)
{
    while (!p->run.s.ended) {
        uint32_t due;
        bool pending = sv_session_next_due(&p->run.s, &due);
        uint32_t step = (pending && due < to) ? due : to;
        bool counts = p->run.s.audience && p->last && p->next_count_ms <= step;
        if (counts) step = p->next_count_ms;
        bool trace = p->trace && p->run.s.audience && p->next_trace_ms <= step;
        if (trace) step = p->next_trace_ms, counts = counts && p->next_count_ms <= step;
        sv_session_advance(&p->run.s, step);
        print_new_log(p);
        if (counts && !p->run.s.ended) {
            print_counts(p);
            p->next_count_ms += COUNT_EVERY_MS;
        }
        if (trace && !p->run.s.ended) {
            print_trace(p);
            p->next_trace_ms += TRACE_EVERY_MS;
        }
        if (step >= to) break;
    }
}

/* Lets time run to the next thing that happens by itself (or the end). */
static void advance_next(Play *p)
{
    uint32_t due;
    if (sv_session_next_due(&p->run.s, &due))
        advance_to(p, due);
    else
        sv_session_advance(&p->run.s, p->run.s.now_ms);
    if (!p->run.s.ended && !sv_session_next_due(&p->run.s, &due) && current_decision(p) < 0)
        sv_session_run_out(&p->run.s);
    print_new_log(p);
}

static sv_InputResult apply(Play *p, const sv_Input *in)
{
    uint32_t dropped = p->run.rec_dropped;
    sv_InputResult r = sv_run_apply(&p->run, in);
    if (r != SV_INPUT_OK) {
        printf("  !! %s\n", sv_input_result_text(r));
        return r;
    }
    if (p->run.rec_dropped != dropped)
        printf("  !! the recording is full; later inputs are not recorded\n");
    print_new_log(p);
    return r;
}

static int32_t part_by_word(const Play *p, int32_t d, const char *w)
{
    const sv_Decision *de = &p->run.sc->decisions[d];
    if (w[0] >= 'a' && w[1] == '\0' && (uint32_t)(w[0] - 'a') < de->parts.count)
        return (int32_t)de->parts.start + (w[0] - 'a');
    int32_t pi = sv_scenario_find_part(p->sc, w);
    return sv_scenario_part_decision(p->sc, pi) == d ? pi : -1;
}

static void do_compose(Play *p, int32_t d, char *args)
{
    sv_Input in = {.kind = SV_INPUT_COMPOSE, .decision = d, .visibility = SV_VIS_PUBLIC};
    for (char *w = strtok(args, " \t,"); w; w = strtok(NULL, " \t,")) {
        if (strcmp(w, "public") == 0) {
            in.visibility = SV_VIS_PUBLIC;
            continue;
        }
        if (strcmp(w, "private") == 0) {
            in.visibility = SV_VIS_PRIVATE;
            continue;
        }
        int32_t pi = part_by_word(p, d, w);
        if (pi < 0) {
            printf("  !! '%s' is not a part of this decision\n", w);
            return;
        }
        if (!sv_session_part_enabled(&p->run.s, pi)) {
            printf("  !! part '%s' is not available now\n", p->sc->parts[pi].id);
            return;
        }
        if (in.part_count >= SV_MAX_COMPOSE) {
            printf("  !! at most %u parts\n", SV_MAX_COMPOSE);
            return;
        }
        in.parts[in.part_count++] = pi;
    }
    apply(p, &in);
}

static void print_help(void)
{
    puts("  commands: N (option number) | OPTION-ID | compose [public|private] PART...\n"
         "            (parts by letter or id, in the order you want them) | wait [SECONDS]\n"
         "            | +SECONDS COMMAND (think first) | @SECONDS COMMAND (at that time)\n"
         "            | inject INJECT-ID (fire a manual inject, as a facilitator) | quit");
}

/* One command line from the player or the script. */
static void do_command(Play *p, char *line)
{
    char *cmd = line;
    while (isspace((unsigned char)*cmd)) cmd++;
    cmd[strcspn(cmd, "\r\n#")] = '\0';
    if (*cmd == '+' || *cmd == '@') {
        char *end;
        double secs = strtod(cmd + 1, &end);
        if (end == cmd + 1 || secs < 0 || secs > SV_MAX_SCENARIO_MS / 1000.0) {
            printf("  !! '%c' wants seconds, e.g. %c12 2\n", *cmd, *cmd);
            return;
        }
        uint32_t ms = (uint32_t)(secs * 1000.0 + 0.5);
        advance_to(p, *cmd == '+' ? p->run.s.now_ms + ms
                                  : (ms > p->run.s.now_ms ? ms : p->run.s.now_ms));
        cmd = end;
        while (isspace((unsigned char)*cmd)) cmd++;
        if (!*cmd || p->run.s.ended) return;
    }
    if (!*cmd) return; /* blank lines and comments */
    int32_t d = current_decision(p);
    if (strncmp(cmd, "wait", 4) == 0) {
        double secs = strtod(cmd + 4, NULL);
        if (secs > 0)
            advance_to(p, p->run.s.now_ms + (uint32_t)(secs * 1000.0 + 0.5));
        else
            advance_next(p);
    } else if (strcmp(cmd, "quit") == 0) {
        p->quit = true;
    } else if (strcmp(cmd, "help") == 0) {
        print_help();
    } else if (strncmp(cmd, "inject", 6) == 0 && (!cmd[6] || isspace((unsigned char)cmd[6]))) {
        char *id = cmd + 6;
        while (isspace((unsigned char)*id)) id++;
        sv_Input in = {
            .kind = SV_INPUT_INJECT, .decision = -1, .inject = sv_scenario_find_inject(p->sc, id)};
        if (in.inject < 0) {
            printf("  !! '%s' is not an inject of this scenario\n", id);
        } else if (apply(p, &in) == SV_INPUT_OK) {
            sv_session_advance(&p->run.s, p->run.s.now_ms); /* what it adds, now */
            print_new_log(p);
        }
    } else if (d < 0) {
        printf("  !! no decision is open; 'wait' lets time run\n");
    } else if (strncmp(cmd, "compose", 7) == 0) {
        do_compose(p, d, cmd + 7);
    } else {
        const sv_Decision *de = &p->run.sc->decisions[d];
        char *end;
        long n = strtol(cmd, &end, 10);
        int32_t o = -1;
        if (*end == '\0' && n >= 1 && (unsigned long)n <= de->options.count)
            o = (int32_t)de->options.start + (int32_t)n - 1;
        else
            o = sv_scenario_find_option(p->sc, cmd);
        if (o < 0) {
            printf("  !! '%s' is not an option; type help\n", cmd);
            return;
        }
        sv_Input in = {.kind = SV_INPUT_CHOOSE,
                       .decision = sv_scenario_option_decision(p->sc, o),
                       .option = o};
        apply(p, &in);
    }
}

static void play_interactive(Play *p)
{
    char line[1024];
    while (!p->run.s.ended && !p->quit) {
        if (current_decision(p) < 0) {
            advance_next(p);
            continue;
        }
        if (p->interactive) {
            printf("> ");
            fflush(stdout);
        }
        if (!fgets(line, sizeof line, p->in)) break;
        const char *first = line + strspn(line, " \t\r\n");
        if (!p->interactive && (*first == '\0' || *first == '#')) continue;
        if (!p->interactive) printf("> %s%s", line, strchr(line, '\n') ? "" : "\n");
        do_command(p, line);
    }
    if (!p->run.s.ended && !p->quit) {
        sv_session_run_out(&p->run.s);
        print_new_log(p);
    }
}

/* The replay's inputs through the core's player (sv_run_play_to), with what
 * happens between them printed as it would be for a player. */
static void play_replay(Play *p)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    uint32_t due;
    while (!p->run.s.ended && sv_run_next_input(&p->run, &due)) {
        advance_to(p, due);
        sv_run_play_to(&p->run, due, &diags);
        if (p->run.refusal != SV_INPUT_OK)
            printf("  !! %s\n", sv_input_result_text(p->run.refusal));
        print_new_log(p);
    }
    fflush(stdout);
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    if (!p->run.s.ended) {
        sv_session_run_out(&p->run.s);
        print_new_log(p);
    }
}

/* --expert: the authors' recommended path, walked as agreement walks it
 * (tool_agree_play), with what happens on the way printed. */
static void advance_hook(void *ctx, uint32_t to_ms) { advance_to(ctx, to_ms); }

static void play_expert(Play *p, uint32_t at_pct)
{
    tool_agree_play(&p->run, true, at_pct, advance_hook, p);
    print_new_log(p);
}

static void print_summary(const Play *p)
{
    const sv_Scenario *sc = p->sc;
    char clk[16];
    printf("\n--- final state at %s ---\n", tool_clock(p->run.s.now_ms, clk, sizeof clk));
    if (p->run.s.ending >= 0) printf("ending: %s\n", sc->endings[p->run.s.ending].id);
    char limit[300];
    if (tool_session_limit(&p->run.s, false, limit, sizeof limit)) printf("!! %s\n", limit);
    for (int m = 0; m < SV_METER_COUNT; m++) {
        int32_t v = p->run.s.meters[m];
        if (m == SV_METER_REACH)
            printf("%-10s %d\n", sv_meter_name((sv_Meter)m), v);
        else
            printf("%-10s %d.%d\n", sv_meter_name((sv_Meter)m), v / 10, v % 10);
    }
    int32_t score = sv_grade_score(p->run.s.meters); /* as the debrief and the profile grade */
    printf("grade      %c (%d of 100)\n", sv_grade_letter(score), score);
    printf("flags set:");
    for (uint32_t i = 0; i < sc->flag_count; i++)
        if (p->run.s.flags[i]) printf(" %s", sc->flags[i]);
    printf("\n");
    for (uint32_t i = 0; i < sc->var_count; i++)
        printf("%s = %d\n", sc->vars[i].id, p->run.s.vars[i]);
    const sv_Audience *a = p->run.s.audience;
    if (a) {
        int32_t moved = sv_audience_reputation_moved(a);
        printf("crowd: %u of %u accounts saw it, %u comments (%u shown), reputation %+d.%d from "
               "the crowd\n",
               sv_audience_exposed(a), sv_audience_size(a), sv_audience_said(a),
               sv_audience_comment_count(a), moved / 10, (moved < 0 ? -moved : moved) % 10);
        for (uint32_t g = 0; g < sv_audience_segment_count(a); g++) {
            sv_SegmentStats st;
            sv_audience_segment_stats(a, g, &st);
            printf("  %-18s %-10s %7u seen of %7u: %u hostile, %u neutral, %u supportive\n",
                   g < sc->segment_count ? sc->segments[g].id : "(the rest)", sv_role_name(st.kind),
                   st.exposed, st.accounts, st.bucket[SV_STANCE_HOSTILE],
                   st.bucket[SV_STANCE_NEUTRAL], st.bucket[SV_STANCE_SUPPORTIVE]);
        }
    }
    sv_Dropped dropped = sv_run_dropped(&p->run);
    tool_print_dropped(&dropped, p->lang);
    printf("state hash: %016" PRIx64 "\n", sv_session_hash(&p->run.s));
}

typedef struct PlayArgs {
    const char *pack, *scenario, *script, *record, *replay;
    uint64_t seed;
    bool seed_given;
    bool crowd_trace;
    bool help;       /* --help: the usage on stdout, exit 0 */
    bool expert;     /* --expert: the authors' recommended path */
    uint32_t at_pct; /* --expert-at: each answer this far into its decision's time */
    const char *lang;
} PlayArgs;

static int parse_args(int argc, char **argv, PlayArgs *a)
{
    memset(a, 0, sizeof *a);
    a->seed = 1;
    int pos = 0;
    const char **slots[] = {&a->pack, &a->scenario};
    for (int i = 0; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(argv[i], "--seed") == 0 && v) {
            char *end;
            errno = 0;
            a->seed = strtoull(v, &end, 10);
            if (*end || errno || v[0] == '-') {
                fprintf(stderr, "--seed wants a whole number, not '%s'\n", v);
                return 2;
            }
            a->seed_given = true;
            i++;
        } else if (strcmp(argv[i], "--lang") == 0 && v) {
            a->lang = v, i++;
        } else if (strcmp(argv[i], "--script") == 0 && v) {
            a->script = v, i++;
        } else if (strcmp(argv[i], "--record") == 0 && v) {
            a->record = v, i++;
        } else if (strcmp(argv[i], "--replay") == 0 && v) {
            a->replay = v, i++;
        } else if (strcmp(argv[i], "--crowd-trace") == 0) {
            a->crowd_trace = true;
        } else if (strcmp(argv[i], "--help") == 0) {
            a->help = true;
        } else if (strcmp(argv[i], "--expert") == 0) {
            a->expert = true;
        } else if (strcmp(argv[i], "--expert-at") == 0 && v) {
            char *end;
            unsigned long x = strtoul(v, &end, 10);
            if (*end || v[0] == '-' || !*v || x > 99) {
                fprintf(stderr, "--expert-at wants a percentage from 0 to 99, not '%s'\n", v);
                return 2;
            }
            a->expert = true;
            a->at_pct = (uint32_t)x;
            i++;
        } else if (tool_positional("play", argv[i], slots, 2, &pos)) {
            return 2;
        }
    }
    if (!a->pack || !a->scenario || a->help) {
        fputs("usage: svara-tool play PACK SCENARIO [--seed N] [--lang en|sv|nb] [--script FILE]\n"
              "                       [--record FILE] [--replay FILE] [--crowd-trace]\n"
              "                       [--expert [--expert-at PERCENT]]\n"
              "  --expert plays the authors' recommended path (the one agreement checks),\n"
              "  each decision answered as it opens or PERCENT into its time;\n"
              "  with --record FILE it writes the path as a replay (svara --replay FILE)\n",
              a->help ? stdout : stderr);
        return a->help ? -1 : 2;
    }
    if ((a->replay != NULL) + (a->script != NULL) + a->expert > 1) {
        fputs("svara-tool play: --replay, --script and --expert cannot be used together\n", stderr);
        return 2;
    }
    return 0;
}

static bool load_replay(const char *path, sv_Replay *r)
{
    size_t len;
    char *bytes = tool_read_file(path, &len);
    if (!bytes) return false;
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool ok = sv_replay_parse(path, bytes, len, r, &diags) == SV_OK;
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    free(bytes);
    return ok;
}

static bool pick_language(Play *p, const char *code)
{
    p->lang = p->pack->first_language;
    if (!code) return true;
    if (!sv_lang_parse(code, &p->lang) || !(p->pack->languages & (1u << p->lang))) {
        fprintf(stderr, "svara-tool play: the pack has no language '%s'\n", code);
        return false;
    }
    return true;
}

/* The crowd's names in the player's language; without them comments have no author. */
static void load_names(Play *p)
{
    char rel[64], path[1024];
    snprintf(rel, sizeof rel, "names/%s.json", sv_lang_code(p->lang));
    size_t len;
    char *bytes = tool_read_asset(rel, path, sizeof path, &len);
    if (!bytes) return;
    sv_DiagList diags;
    sv_diag_init(&diags);
    (void)sv_names_parse(path, bytes, len, &p->names, &diags);
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    free(bytes);
}

static int run(Play *p, const PlayArgs *a, const sv_ScoreModel *base, const sv_Replay *replay,
               const char *replay_path)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_RunSetup setup = {.pack = p->pack,
                         .sc = p->sc,
                         .base = base,
                         .seed = a->seed,
                         .lang = p->lang,
                         .replay = replay,
                         .replay_path = replay_path};
    sv_Status st = sv_run_start(&p->run, &setup, &diags);
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    if (st != SV_OK) {
        if (st == SV_ERR_NOMEM) fprintf(stderr, "svara-tool play: %s\n", sv_status_text(st));
        return 1;
    }
    printf("%s\n%s\n\n%s\n", T(p, &p->sc->title), T(p, &p->sc->summary), T(p, &p->sc->briefing));
    printf("(seed %" PRIu64 ", language %s)\n", a->seed, sv_lang_code(p->lang));
    p->next_count_ms = COUNT_EVERY_MS;
    p->trace = a->crowd_trace;
    p->next_trace_ms = TRACE_EVERY_MS;
    p->last = calloc(p->sc->post_count + 1u, sizeof *p->last);
    int rc = 0;
    if (replay)
        play_replay(p);
    else if (a->expert)
        play_expert(p, a->at_pct);
    else
        play_interactive(p);
    tool_print_debrief(&p->run.s, p->run.model, p->lang);
    print_summary(p);
    if (replay) {
        uint64_t hash = sv_session_hash(&p->run.s);
        if (replay->has_hash)
            printf("replay hash %016" PRIx64 ": %s\n", replay->hash,
                   hash == replay->hash ? "matches" : "DIFFERS");
        fflush(stdout);
        sv_diag_init(&diags);
        if (!sv_run_check_replay(&p->run, &diags)) rc = 1;
        tool_print_diags(stderr, &diags);
        sv_diag_free(&diags);
    }
    if (a->record) {
        char *json = sv_run_write_replay(&p->run);
        if (!json || !tool_write_file(a->record, json))
            rc = 1;
        else
            printf("recorded %zu input(s) to %s\n", p->run.rec.input_count, a->record);
        free(json);
    }
    sv_run_stop(&p->run);
    free(p->last);
    p->last = NULL;
    return rc;
}

int tool_play(int argc, char **argv)
{
    PlayArgs a;
    int rc = parse_args(argc, argv, &a);
    if (rc) return rc < 0 ? 0 : rc;
    Play p;
    memset(&p, 0, sizeof p);
    sv_ScoreModel *base = NULL;
    sv_Replay replay;
    sv_replay_init(&replay);
    sv_Pack *pack = tool_open_pack(a.pack);
    rc = 1;
    if (!pack) goto done;
    p.pack = pack;
    int32_t si = sv_pack_find_scenario(pack, a.scenario);
    if (si < 0) {
        fprintf(stderr, "svara-tool play: pack '%s' has no scenario '%s'; it has:", pack->id,
                a.scenario);
        for (uint32_t i = 0; i < pack->scenario_count; i++)
            fprintf(stderr, " %s", pack->scenarios[i].id);
        fputc('\n', stderr);
        goto done;
    }
    p.sc = &pack->scenarios[si];
    if (!(base = tool_load_model(NULL))) goto done;
    if (a.replay) {
        if (!load_replay(a.replay, &replay)) goto done;
        if (strcmp(replay.scenario, p.sc->id) != 0 || strcmp(replay.pack, pack->id) != 0) {
            fprintf(stderr, "%s: this replay is of %s/%s, not %s/%s\n", a.replay, replay.pack,
                    replay.scenario, pack->id, p.sc->id);
            goto done;
        }
        sv_DiagList diags;
        sv_diag_init(&diags);
        sv_replay_check_version(&replay, pack->version, a.replay, &diags);
        tool_print_diags(stderr, &diags);
        sv_diag_free(&diags);
        if (!a.seed_given) a.seed = replay.seed;
        if (!a.lang) a.lang = sv_lang_code(replay.lang);
    }
    if (!pick_language(&p, a.lang)) goto done;
    load_names(&p);
    p.in = stdin;
    if (a.script && !(p.in = fopen(a.script, "r"))) {
        fprintf(stderr, "%s: cannot open script\n", a.script);
        goto done;
    }
    p.interactive = !a.script && isatty(fileno(stdin));
    rc = run(&p, &a, base, a.replay ? &replay : NULL, a.replay);
    if (a.script) fclose(p.in);
done:
    sv_replay_free(&replay);
    sv_score_free(base);
    sv_names_free(&p.names);
    if (pack) sv_pack_unload(pack);
    return rc;
}
