/* The scoring side of svara-tool: loading the model a pack is judged by, and
 * printing the debrief of a run, every point with the principle behind it. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svara/debrief.h"
#include "svara/principles.h"
#include "svara/run.h"
#include "svara/score.h"
#include "tool.h"

char *tool_read_asset(const char *rel, char *path, size_t size, size_t *len)
{
    snprintf(path, size, "%s/assets/%s", SV_SOURCE_DIR, rel);
    return tool_read_file(path, len);
}

struct sv_ScoreModel *tool_load_model(const sv_Pack *pack)
{
    char path[1024];
    size_t len;
    char *bytes = tool_read_asset("scoring/default.json", path, sizeof path, &len);
    if (!bytes) return NULL;
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_ScoreModel *m = NULL;
    if (sv_score_parse(path, bytes, len, &m, &diags) == SV_OK && pack &&
        sv_score_apply_pack(m, pack, &diags) != SV_OK) {
        sv_score_free(m);
        m = NULL;
    }
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    free(bytes);
    return m;
}

bool tool_load_principles(sv_Principles *out)
{
    char path[1024];
    size_t len;
    char *bytes = tool_read_asset("principles.json", path, sizeof path, &len);
    if (!bytes) return false;
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool ok = sv_principles_parse(path, bytes, len, out, &diags) == SV_OK;
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    free(bytes);
    return ok;
}

bool tool_start_run(struct sv_Run *r, const sv_Pack *pack, const sv_Scenario *sc,
                    const struct sv_ScoreModel *base, sv_Lang lang)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_RunSetup setup = {.pack = pack, .sc = sc, .base = base, .seed = 1, .lang = lang};
    sv_Status st = sv_run_start(r, &setup, &diags);
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    if (st == SV_ERR_NOMEM) fputs("svara-tool: out of memory\n", stderr);
    return st == SV_OK;
}

/* "+1.5" for tenths; reach is a count of people. */
static void print_delta(sv_Meter m, int32_t v, sv_Lang lang)
{
    const char *sign = v < 0 ? "-" : "+";
    int32_t a = v < 0 ? -v : v;
    if (m == SV_METER_REACH)
        printf("  %s %s%d", tool_meter(m, lang), sign, a);
    else
        printf("  %s %s%d.%d", tool_meter(m, lang), sign, a / 10, a % 10);
}

static void print_deltas(const int32_t d[SV_METER_COUNT], sv_Lang lang)
{
    for (int m = 0; m < SV_METER_COUNT; m++)
        if (d[m]) print_delta((sv_Meter)m, d[m], lang);
    printf("\n");
}

static void print_principles(sv_PrincipleSet set)
{
    bool first = true;
    for (int p = 0; p < SV_PRINCIPLE_COUNT; p++)
        if (set & (1u << p)) {
            printf("%s%s", first ? "" : ", ", sv_principle_name((sv_Principle)p));
            first = false;
        }
}

static void print_hits(const sv_Debrief *d, uint32_t start, uint32_t count, sv_Lang lang)
{
    for (uint32_t i = start; i < start + count && i < d->hit_count; i++) {
        const sv_DebriefHit *h = &d->hits[i];
        int64_t gain = sv_debrief_worth(h->applied);
        printf("      %c [", gain > 0 ? '+' : gain < 0 ? '-' : ' ');
        print_principles(h->principles);
        printf("] %s", h->explain);
        if (h->count > 1 && h->before_open)
            printf(" (%u %s; %u %s %s)", h->count, tool_text(TT_SECONDS, lang), h->before_open,
                   tool_text(TT_SECONDS, lang), tool_text(TT_BEFORE_OPEN, lang));
        else if (h->count > 1)
            printf(" (%u %s)", h->count, tool_text(TT_SECONDS, lang));
        printf("\n       ");
        print_deltas(h->applied, lang);
    }
}

static void print_choice(const sv_Scenario *sc, const sv_DebriefReply *r, sv_Lang lang)
{
    if (r->option >= 0) {
        const sv_Option *o = &sc->options[r->option];
        printf("[%s] %s", sv_action_name(o->action), sv_text_get(&o->text, lang));
    } else if (r->part_count) {
        printf("[%s, %s]", tool_text(TT_COMPOSED, lang),
               tool_text(r->visibility == SV_VIS_PRIVATE ? TT_IN_PRIVATE : TT_IN_PUBLIC, lang));
        for (uint8_t i = 0; i < r->part_count; i++)
            printf(" %s", sv_text_get(&sc->parts[r->parts[i]].text, lang));
    } else {
        printf("%s", tool_text(TT_NOTHING, lang));
    }
    printf("\n");
}

static void print_decision(const sv_Session *s, const sv_Debrief *d, const sv_DebriefDecision *dd,
                           sv_Lang lang)
{
    const sv_Scenario *sc = s->sc;
    char clk[16];
    printf("\n%s '%s' [%s]: %s\n", tool_text(TT_DECISION, lang), sc->decisions[dd->decision].id,
           tool_clock(dd->open_ms, clk, sizeof clk),
           sv_text_get(&sc->decisions[dd->decision].prompt, lang));
    printf("  %s (%s %u %s): ", tool_text(TT_YOU, lang), tool_text(TT_AFTER, lang),
           dd->taken_ms / 1000u, tool_text(TT_SECONDS, lang));
    print_choice(sc, &dd->played, lang);
    printf("  %s:", tool_text(TT_MOVED, lang));
    print_deltas(dd->played.deltas, lang);
    if (dd->played.hits_count) printf("    %s:\n", tool_text(TT_WHY, lang));
    print_hits(d, dd->played.hits_start, dd->played.hits_count, lang);
    const sv_DebriefReply *b = sv_debrief_better(dd);
    if (!b) {
        printf("  %s\n", tool_text(TT_BEST, lang));
        return;
    }
    int64_t more = b->figure - dd->played.figure;
    printf("  %s (+%" PRId64 ".%02" PRId64 " %s): ", tool_text(TT_BETTER, lang), more / 100,
           more % 100, tool_text(TT_POINTS_MORE, lang));
    print_choice(sc, b, lang);
    print_hits(d, b->hits_start, b->hits_count, lang);
}

/* printf pads by bytes: add the continuation bytes of å ä ö æ ø back. */
static int utf8_extra(const char *s)
{
    int n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0u) == 0x80u) n++;
    return n;
}

static void print_history(const sv_Debrief *d, sv_Lang lang)
{
    printf("\n%s:\n   t   ", tool_text(TT_OVER_TIME, lang));
    for (int m = 0; m < SV_METER_COUNT; m++)
        printf("%*s", 16 + utf8_extra(tool_meter((sv_Meter)m, lang)),
               tool_meter((sv_Meter)m, lang));
    printf("\n");
    uint32_t next = 0;
    for (size_t i = 0; i < d->history_count; i++) {
        const sv_MeterSample *h = &d->history[i];
        if (h->t_ms < next && i + 1 < d->history_count) continue;
        next = h->t_ms + 60000u;
        char clk[16];
        printf("  %s ", tool_clock(h->t_ms, clk, sizeof clk));
        for (int m = 0; m < SV_METER_COUNT; m++) {
            if (m == SV_METER_REACH)
                printf("%16d", h->meters[m]);
            else
                printf("%14d.%d", h->meters[m] / 10, h->meters[m] % 10);
        }
        printf("\n");
    }
}

void tool_print_dropped(const sv_Dropped *d, sv_Lang lang)
{
    if (!sv_dropped_total(d)) return;
    const struct {
        uint32_t n;
        const char *what;
    } parts[] = {{d->queue, "scheduled items"},   {d->log, "log entries"},
                 {d->replies, "replies"},         {d->firings, "rule firings"},
                 {d->samples, "meter samples"},   {d->promises, "promises"},
                 {d->comments, "crowd comments"}, {d->inputs, "recorded inputs"}};
    printf("  !! %s:", tool_text(TT_DROPPED, lang));
    const char *sep = " ";
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        if (parts[i].n) {
            printf("%s%u %s", sep, parts[i].n, parts[i].what);
            sep = ", ";
        }
    printf("\n");
}

/* The run's lessons, costliest first: each principle and the decision where
 * it cost most. */
static void print_lessons(const sv_Session *s, const sv_Debrief *d, sv_Lang lang)
{
    if (!d->lesson_count) return;
    sv_Principles pr;
    bool texts = tool_load_principles(&pr);
    printf("%s:\n", tool_text(TT_LESSONS, lang));
    for (size_t i = 0; i < d->lesson_count; i++) {
        const sv_DebriefLesson *l = &d->lessons[i];
        printf("  %zu. [%s] ", i + 1, sv_principle_name(l->principle));
        if (texts) printf("%s ", sv_text_get(&pr.of[l->principle].lesson, lang));
        if (l->decision >= 0)
            printf("(%s '%s')\n", tool_text(TT_DECISION, lang),
                   s->sc->decisions[d->decisions[l->decision].decision].id);
        else
            printf("(%s)\n", tool_text(TT_LEFT_STANDING, lang));
    }
    if (texts) sv_principles_free(&pr);
}

void tool_print_debrief(const sv_Session *s, const sv_ScoreModel *m, sv_Lang lang)
{
    sv_Debrief d;
    sv_Status st = sv_debrief_build(s, m, lang, &d);
    if (st != SV_OK) {
        fprintf(stderr, "svara-tool: the debrief could not be built: %s\n", sv_status_text(st));
        return;
    }
    printf("\n===== %s =====\n", tool_text(TT_DEBRIEF, lang));
    print_lessons(s, &d, lang);
    for (size_t i = 0; i < d.decision_count; i++) print_decision(s, &d, &d.decisions[i], lang);
    if (d.standing_count) {
        printf("\n%s:\n", tool_text(TT_STANDING, lang));
        print_hits(&d, d.standing_start, d.standing_count, lang);
    }
    print_history(&d, lang);
    tool_print_dropped(&d.dropped, lang);
    sv_debrief_free(&d);
}
