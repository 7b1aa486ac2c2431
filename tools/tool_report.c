/* svara-tool report: merges the teams' result files (from one machine or
 * several) into one workshop, refusing files of another workshop, pack
 * version or seed, prints each principle's P/S/M/U rating per team, and
 * writes the exports: CSV, JSON, xAPI statements and the HTML report, each
 * atomically, with the facilitator's improvement plan when one is given.
 * The HTML report speaks --lang, else the workshop's language, else English. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svara/native.h"
#include "svara/principles.h"
#include "svara/workshop.h"
#include "tool.h"

#define MAX_RESULTS 64

typedef struct ReportArgs {
    const char *files[MAX_RESULTS];
    int count;
    const char *csv, *json, *xapi, *html;
    const char *plan; /* the facilitator's improvement plan, for the JSON and HTML */
    const char *lang; /* the HTML report's language; NULL: the workshop's */
} ReportArgs;

static int parse_args(int argc, char **argv, ReportArgs *a)
{
    memset(a, 0, sizeof *a);
    for (int i = 0; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        const char **slot = strcmp(argv[i], "--csv") == 0    ? &a->csv
                            : strcmp(argv[i], "--json") == 0 ? &a->json
                            : strcmp(argv[i], "--xapi") == 0 ? &a->xapi
                            : strcmp(argv[i], "--html") == 0 ? &a->html
                            : strcmp(argv[i], "--plan") == 0 ? &a->plan
                            : strcmp(argv[i], "--lang") == 0 ? &a->lang
                                                             : NULL;
        if (slot && v) {
            *slot = v, i++;
        } else if (slot || (argv[i][0] == '-' && argv[i][1])) {
            fprintf(stderr, "svara-tool report: unknown or incomplete option '%s'\n", argv[i]);
            return 2;
        } else if (a->count == MAX_RESULTS) {
            fprintf(stderr, "svara-tool report: at most %d result files\n", MAX_RESULTS);
            return 2;
        } else {
            a->files[a->count++] = argv[i];
        }
    }
    sv_Lang lang;
    if (a->lang && !sv_lang_parse(a->lang, &lang)) {
        fprintf(stderr, "svara-tool report: --lang '%s': the report speaks en, sv or nb\n",
                a->lang);
        return 2;
    }
    if (!a->count)
        fputs("usage: svara-tool report RESULT... [--csv FILE] [--json FILE] [--xapi FILE] "
              "[--html FILE] [--lang en|sv|nb] [--plan improvement-plan.json]\n",
              stderr);
    return a->count ? 0 : 2;
}

static bool write_export(const char *path, char *text, const char *what)
{
    if (!path) {
        free(text);
        return true;
    }
    if (!text) {
        fprintf(stderr, "svara-tool report: out of memory making the %s\n", what);
        return false;
    }
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool ok = sv_native_write_atomic(path, text, strlen(text), &diags);
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    free(text);
    if (ok) printf("wrote %s (%s)\n", path, what);
    return ok;
}

static void print_ratings(const sv_Report *rep)
{
    const sv_Result *first = rep->teams[0];
    printf("workshop '%s' (%s), pack %s %s, seed %llu: %zu team(s)\n", first->workshop,
           first->workshop_name, first->pack, first->pack_version, (unsigned long long)first->seed,
           rep->team_count);
    for (size_t t = 0; t < rep->team_count; t++) {
        const sv_Result *r = rep->teams[t];
        printf("  %-12s %s:", r->team.id, r->team.name);
        for (uint32_t p = 0; p < r->play_count; p++)
            printf(" %s %c (%d)", r->plays[p].scenario, r->plays[p].grade, r->plays[p].score);
        putchar('\n');
    }
    printf("%-28s", "principle");
    for (size_t t = 0; t < rep->team_count; t++) printf(" %-8.8s", rep->teams[t]->team.id);
    putchar('\n');
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) {
        bool any = false;
        for (size_t t = 0; t < rep->team_count; t++)
            any |= rep->cells[t][k].rating != SV_RATING_NONE;
        if (!any) continue;
        printf("%-28s", sv_principle_name((sv_Principle)k));
        for (size_t t = 0; t < rep->team_count; t++)
            printf(" %-8s", sv_rating_name(rep->cells[t][k].rating));
        putchar('\n');
    }
}

int tool_report(int argc, char **argv)
{
    ReportArgs a;
    int rc = parse_args(argc, argv, &a);
    if (rc) return rc;
    sv_Result results[MAX_RESULTS];
    const sv_Result *list[MAX_RESULTS];
    int loaded = 0;
    bool ok = true;
    sv_DiagList diags;
    sv_diag_init(&diags);
    for (int i = 0; i < a.count; i++) {
        if (sv_result_load_file(a.files[i], &results[loaded], &diags) == SV_OK) {
            list[loaded] = &results[loaded];
            loaded++;
        } else {
            ok = false;
        }
    }
    sv_Report rep;
    memset(&rep, 0, sizeof rep);
    if (ok && sv_report_merge(&rep, list, a.files, (size_t)loaded, &diags) != SV_OK) ok = false;
    sv_Plan *plan = ok && a.plan ? malloc(sizeof *plan) : NULL;
    if (ok && a.plan && (!plan || sv_plan_load_file(a.plan, list[0]->workshop, plan, &diags)))
        ok = false;
    rep.plan = plan;
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    if (!ok) fputs("svara-tool report: nothing was merged or written\n", stderr);
    sv_Principles pr;
    memset(&pr, 0, sizeof pr);
    bool have_pr = ok && tool_load_principles(&pr);
    if (ok) {
        print_ratings(&rep);
        const sv_Principles *p = have_pr ? &pr : NULL;
        ok = write_export(a.csv, a.csv ? sv_report_csv(&rep) : NULL, "CSV") && ok;
        ok = write_export(a.json, a.json ? sv_report_json(&rep, p) : NULL, "JSON") && ok;
        ok = write_export(a.xapi, a.xapi ? sv_report_xapi(&rep) : NULL, "xAPI statements") && ok;
        sv_Lang lang = sv_report_workshop_lang(&rep);
        if (a.lang) sv_lang_parse(a.lang, &lang);
        ok = write_export(a.html, a.html ? sv_report_html(&rep, p, lang) : NULL, "HTML report") &&
             ok;
    }
    if (have_pr) sv_principles_free(&pr);
    sv_report_free(&rep);
    free(plan);
    for (int i = 0; i < loaded; i++) sv_result_free(&results[i]);
    return ok ? 0 : 1;
}
