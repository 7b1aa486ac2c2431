/* The workshop's HTML report (svara/workshop.h): one self-contained page,
 * inline CSS and SVG charts, no script and nothing fetched, readable without
 * Svara and printable on A4. The whole workshop first (teams, reputation
 * over time, decisions side by side, where the teams differed, the P/S/M/U
 * table and the improvement plan), then a section per team. Every text from
 * a file is escaped. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "svara/principles.h"
#include "workshop_internal.h"

#define CHART_W 640
#define CHART_H 200
#define CHART_PAD 34

static const char *const team_colours[] = {"#1b6ca8", "#d1495b", "#2e933c", "#8f5bb5",
                                           "#e09f3e", "#00798c", "#6b4f3a", "#555555"};
static const char *const meter_colours[SV_METER_COUNT] = {"#1b6ca8", "#2e933c", "#d1495b",
                                                          "#999999"};

static void esc(sv_Sb *b, const char *s)
{
    for (const char *c = s; *c; c++) switch (*c) {
        case '&': sv_sb_put(b, "&amp;"); break;
        case '<': sv_sb_put(b, "&lt;"); break;
        case '>': sv_sb_put(b, "&gt;"); break;
        case '"': sv_sb_put(b, "&quot;"); break;
        case '\'': sv_sb_put(b, "&#39;"); break;
        default: sv_sb_putn(b, c, 1);
        }
}

static void tag_text(sv_Sb *b, const char *open, const char *text, const char *close)
{
    sv_sb_put(b, open);
    esc(b, text);
    sv_sb_put(b, close);
}

static const char *css =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;color:#222;margin:2em auto;"
    "max-width:60em;padding:0 1em}h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;"
    "border-bottom:2px solid #1b6ca8;padding-bottom:.15em;margin-top:1.6em}h3{font-size:1.05em;"
    "margin:1.2em 0 .4em}table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px "
    "solid #bbb;padding:.25em .4em;vertical-align:top;text-align:left}th{background:#eef3f8}"
    "td.num{text-align:right;white-space:nowrap}.meta{color:#555}.small{font-size:.85em;color:#555}"
    ".good{color:#2e933c;font-weight:bold}.bad{color:#d1495b;font-weight:bold}"
    "table.plan th:nth-child(2){width:36%}table.plan th:nth-child(3){width:26%}"
    "table.plan th:nth-child(4){width:14%}table.plan th:nth-child(5),table.plan "
    "th:nth-child(6){width:7%}"
    ".rating{text-align:center;font-weight:bold;width:3em}.r-P{background:#cfe8cf}.r-S{background:"
    "#f3eab0}.r-M{background:#f5c99b}.r-U{background:#eba5a5}.r-none{color:#999}svg.chart{width:"
    "100%;"
    "height:auto;max-width:40em;display:block;margin:.4em 0}.legend span{display:inline-block;"
    "margin-right:1em}.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;"
    "vertical-align:middle}tr{break-inside:avoid}.team{break-before:page}.choice{font-family:"
    "'DejaVu Sans Mono',monospace;font-size:.85em;color:#1b6ca8}"
    "@page{size:A4;margin:15mm}@media print{body{margin:0;max-width:none;font-size:9.5pt}"
    "h2{break-after:avoid}h3{break-after:avoid}svg.chart{max-width:15cm}}";

/* ---- charts -------------------------------------------------------------------------------- */

static void axes(sv_Sb *b, uint32_t end_ms, const char *label)
{
    sv_sb_printf(b,
                 "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" "
                 "role=\"img\" aria-label=\"",
                 CHART_W, CHART_H + 20);
    esc(b, label);
    sv_sb_put(b, "\"><title>");
    esc(b, label);
    sv_sb_put(b, "</title>");
    for (int v = 0; v <= 100; v += 25) {
        int y = CHART_H - v * (CHART_H - 10) / 100;
        sv_sb_printf(
            b,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/><text x=\"%d\" "
            "y=\"%d\" font-size=\"10\" text-anchor=\"end\" fill=\"#666\">%d</text>",
            CHART_PAD, y, CHART_W - 4, y, CHART_PAD - 4, y + 3, v);
    }
    char t[32];
    for (int k = 0; k <= 4; k++) {
        uint32_t ms = (uint32_t)((uint64_t)end_ms * (uint32_t)k / 4u);
        int x = CHART_PAD + k * (CHART_W - CHART_PAD - 8) / 4;
        sv_seconds_text(ms / 1000u * 1000u, t, sizeof t);
        sv_sb_printf(b,
                     "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" "
                     "fill=\"#666\">%s s</text>",
                     x, CHART_H + 14, t);
    }
}

static void line(sv_Sb *b, const sv_ResultPlay *p, uint32_t end_ms, int meter, const char *colour,
                 const char *cls)
{
    if (!end_ms) end_ms = 1;
    sv_sb_printf(b,
                 "<polyline class=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"",
                 cls, colour);
    for (uint32_t i = 0; i < p->history_count; i++) {
        const sv_MeterSample *h = &p->history[i];
        int64_t v = sv_clamp_i64(h->meters[meter], 0, SV_METER_MAX);
        int64_t x =
            CHART_PAD + (int64_t)sv_min_i64(h->t_ms, end_ms) * (CHART_W - CHART_PAD - 8) / end_ms;
        int64_t y = CHART_H - v * (CHART_H - 10) / SV_METER_MAX;
        sv_sb_printf(b, "%s%" PRId64 ",%" PRId64, i ? " " : "", x, y);
    }
    /* held to the end of the run */
    if (p->history_count) {
        int64_t v = sv_clamp_i64(p->meters[meter], 0, SV_METER_MAX);
        sv_sb_printf(b, " %d,%" PRId64, CHART_W - 8, CHART_H - v * (CHART_H - 10) / SV_METER_MAX);
    }
    sv_sb_put(b, "\"/>");
}

/* Reputation of every team that played `scenario`, on one chart. */
static void workshop_chart(sv_Sb *b, const sv_Report *rep, const char *scenario, const char *title)
{
    uint32_t end = 1;
    for (size_t t = 0; t < rep->team_count; t++) {
        const sv_ResultPlay *p = sv_result_find_play(rep->teams[t], scenario);
        if (p && p->end_ms > end) end = p->end_ms;
    }
    char label[200];
    snprintf(label, sizeof label, "Reputation over time: %.150s", title);
    axes(b, end, label);
    for (size_t t = 0; t < rep->team_count; t++) {
        const sv_ResultPlay *p = sv_result_find_play(rep->teams[t], scenario);
        if (p) line(b, p, end, SV_METER_REPUTATION, team_colours[t % 8], "team-line");
    }
    sv_sb_put(b, "</svg><p class=\"legend\">");
    for (size_t t = 0; t < rep->team_count; t++) {
        sv_sb_printf(b, "<span><span class=\"swatch\" style=\"background:%s\"></span>",
                     team_colours[t % 8]);
        esc(b, rep->teams[t]->team.name);
        sv_sb_put(b, "</span>");
    }
    sv_sb_put(b, "</p>");
}

/* Reputation, sentiment and mood of one team's play. */
static void team_chart(sv_Sb *b, const sv_Result *r, const sv_ResultPlay *p)
{
    char label[300];
    snprintf(label, sizeof label, "%.100s: meters over time in %.150s", r->team.name, p->title);
    axes(b, p->end_ms, label);
    for (int k = 0; k < SV_METER_COUNT; k++)
        if (k != SV_METER_REACH) line(b, p, p->end_ms, k, meter_colours[k], "meter-line");
    sv_sb_put(b, "</svg><p class=\"legend\">");
    for (int k = 0; k < SV_METER_COUNT; k++)
        if (k != SV_METER_REACH)
            sv_sb_printf(b, "<span><span class=\"swatch\" style=\"background:%s\"></span>%s</span>",
                         meter_colours[k], sv_meter_name((sv_Meter)k));
    sv_sb_put(b, "</p>");
}

/* ---- tables -------------------------------------------------------------------------------- */

static const char *principle_name(const sv_Principles *pr, sv_Principle k, sv_Lang lang)
{
    return pr ? sv_text_get(&pr->of[k].name, lang) : sv_principle_name(k);
}

static void meter_cells(sv_Sb *b, const int32_t m[SV_METER_COUNT])
{
    char t[32];
    for (int k = 0; k < SV_METER_COUNT; k++) {
        sv_meter_text((sv_Meter)k, m[k], t, sizeof t);
        sv_sb_printf(b, "<td class=\"num\">%s</td>", t);
    }
}

static void overview(sv_Sb *b, const sv_Report *rep)
{
    sv_sb_put(b, "<section id=\"teams\"><h2>Teams</h2><table><thead><tr><th>Team</th><th>Members"
                 "</th><th>Scenario</th><th>Grade</th><th>Ending</th>");
    for (int k = 0; k < SV_METER_COUNT; k++)
        sv_sb_printf(b, "<th>%s</th>", sv_meter_name((sv_Meter)k));
    sv_sb_put(b, "</tr></thead><tbody>");
    for (size_t t = 0; t < rep->team_count; t++) {
        const sv_Result *r = rep->teams[t];
        for (uint32_t p = 0; p < r->play_count || p == 0; p++) {
            sv_sb_put(b, "<tr>");
            if (p == 0) {
                sv_sb_printf(b, "<td rowspan=\"%u\"><a href=\"#team-",
                             r->play_count ? r->play_count : 1);
                esc(b, r->team.id);
                sv_sb_put(b, "\" class=\"team-name\">");
                esc(b, r->team.name);
                sv_sb_printf(b, "</a></td><td rowspan=\"%u\">", r->play_count ? r->play_count : 1);
                for (uint32_t m = 0; m < r->team.member_count; m++) {
                    if (m) sv_sb_put(b, ", ");
                    esc(b, r->team.members[m].name);
                }
                sv_sb_put(b, "</td>");
            }
            if (!r->play_count) {
                sv_sb_printf(b, "<td colspan=\"%d\">no play recorded</td></tr>",
                             3 + SV_METER_COUNT);
                break;
            }
            const sv_ResultPlay *pl = &r->plays[p];
            tag_text(b, "<td>", pl->title, "</td>");
            sv_sb_printf(b, "<td>%c (%d)</td>", pl->grade, pl->score);
            tag_text(b, "<td>", pl->ending_title[0] ? pl->ending_title : "-", "</td>");
            meter_cells(b, pl->meters);
            sv_sb_put(b, "</tr>");
        }
    }
    sv_sb_put(b, "</tbody></table></section>");
}

/* What a decision's answer was, in words: the reply, or what happened instead. */
static void answer_cell(sv_Sb *b, const sv_ResultDecision *d)
{
    char key[SV_MAX_ID_BYTES * SV_MAX_COMPOSE + 16], w[32];
    sv_result_choice_key(d, key, sizeof key);
    sv_sb_put(b, "<td>");
    if (d->reply[0]) {
        esc(b, d->reply);
    } else {
        sv_sb_put(b, d->state == SV_RESULT_LAPSED ? "<em>not answered before the end</em>"
                                                  : "<em>no answer: time ran out</em>");
    }
    int64_t worth = sv_result_decision_worth(d);
    sv_meter_text(SV_METER_REPUTATION, (int32_t)sv_clamp_i64(worth, -1000000, 1000000), w,
                  sizeof w);
    sv_sb_put(b, "<br><span class=\"choice\">");
    esc(b, key);
    if (d->by_default) sv_sb_put(b, " (default)");
    sv_sb_printf(b, "</span> <span class=\"small\">%s%s, %s s</span></td>", worth > 0 ? "+" : "", w,
                 (sv_seconds_text(d->taken_ms, key, sizeof key), key));
}

static void decisions(sv_Sb *b, const sv_Report *rep, const char *scenario)
{
    sv_sb_put(b, "<table class=\"decisions\"><thead><tr><th>Decision</th>");
    for (size_t t = 0; t < rep->team_count; t++)
        tag_text(b, "<th>", rep->teams[t]->team.name, "</th>");
    sv_sb_put(b, "</tr></thead><tbody>");
    /* in the order the first team that met them met them, then any others */
    for (size_t t = 0; t < rep->team_count; t++) {
        const sv_ResultPlay *p = sv_result_find_play(rep->teams[t], scenario);
        for (uint32_t i = 0; p && i < p->decision_count; i++) {
            const sv_ResultDecision *d = &p->decisions[i];
            bool earlier = false;
            for (size_t u = 0; u < t && !earlier; u++) {
                const sv_ResultPlay *q = sv_result_find_play(rep->teams[u], scenario);
                for (uint32_t j = 0; q && j < q->decision_count && !earlier; j++)
                    earlier = strcmp(q->decisions[j].decision, d->decision) == 0;
            }
            if (earlier) continue;
            sv_sb_put(b, "<tr class=\"decision\"><td>");
            esc(b, d->prompt);
            tag_text(b, "<br><span class=\"choice\">", d->decision, "</span></td>");
            for (size_t u = 0; u < rep->team_count; u++) {
                const sv_ResultPlay *q = sv_result_find_play(rep->teams[u], scenario);
                const sv_ResultDecision *e = NULL;
                for (uint32_t j = 0; q && j < q->decision_count && !e; j++)
                    if (strcmp(q->decisions[j].decision, d->decision) == 0) e = &q->decisions[j];
                if (e)
                    answer_cell(b, e);
                else
                    sv_sb_put(b, "<td class=\"small\">did not come up</td>");
            }
            sv_sb_put(b, "</tr>");
        }
    }
    sv_sb_put(b, "</tbody></table>");
}

static void differences(sv_Sb *b, const sv_Report *rep)
{
    size_t n = 0;
    sv_ReportSpread *s = sv_report_spreads(rep, &n);
    sv_sb_put(b, "<section id=\"differences\"><h2>Where the teams differed most</h2><table><thead>"
                 "<tr><th>Scenario</th><th>Decision</th><th>Different answers</th><th>Best minus "
                 "worst (points)</th></tr></thead><tbody>");
    size_t shown = 0;
    for (size_t i = 0; s && i < n && shown < 5; i++) {
        if (s[i].distinct < 2 && s[i].spread == 0) continue;
        char w[32];
        sv_meter_text(SV_METER_REPUTATION, (int32_t)sv_clamp_i64(s[i].spread, 0, 1000000), w,
                      sizeof w);
        tag_text(b, "<tr><td>", s[i].scenario, "</td>");
        tag_text(b, "<td>", s[i].decision, "</td>");
        sv_sb_printf(b, "<td class=\"num\">%u of %u teams</td><td class=\"num\">%s</td></tr>",
                     s[i].distinct, s[i].teams, w);
        shown++;
    }
    if (!shown) sv_sb_put(b, "<tr><td colspan=\"4\">Every team answered alike.</td></tr>");
    sv_sb_put(b, "</tbody></table></section>");
    free(s);
}

static void ratings(sv_Sb *b, const sv_Report *rep, const sv_Principles *pr)
{
    sv_Lang lang = sv_report_lang(rep);
    sv_sb_put(b,
              "<section id=\"ratings\"><h2>Principles: P/S/M/U per team</h2><p class=\"small\">"
              "As in HSEEP after-action reports: <b>P</b> performed without challenges (no rule "
              "on the principle penalised the team), <b>S</b> with some challenges (penalised at "
              "most a third of the times it came up), <b>M</b> with major challenges (more often, "
              "but followed at least once), <b>U</b> unable to perform (only penalised). Figures: "
              "rules that rewarded / penalised it.</p><table><thead><tr><th>Principle</th>");
    for (size_t t = 0; t < rep->team_count; t++)
        tag_text(b, "<th>", rep->teams[t]->team.name, "</th>");
    sv_sb_put(b, "</tr></thead><tbody>");
    for (int k = 0; k < SV_PRINCIPLE_COUNT; k++) {
        bool any = false;
        for (size_t t = 0; t < rep->team_count && !any; t++)
            any = rep->cells[t][k].rating != SV_RATING_NONE;
        if (!any) continue;
        sv_sb_printf(b, "<tr><td>%s<br><span class=\"small\">", sv_principle_name((sv_Principle)k));
        esc(b, principle_name(pr, (sv_Principle)k, lang));
        sv_sb_put(b, "</span></td>");
        for (size_t t = 0; t < rep->team_count; t++) {
            const sv_ReportCell *c = &rep->cells[t][k];
            if (c->rating == SV_RATING_NONE)
                sv_sb_put(b, "<td class=\"rating r-none\">-</td>");
            else
                sv_sb_printf(
                    b, "<td class=\"rating r-%s\">%s<br><span class=\"small\">%u / %u</span></td>",
                    sv_rating_name(c->rating), sv_rating_name(c->rating), c->followed, c->broken);
        }
        sv_sb_put(b, "</tr>");
    }
    sv_sb_put(b, "</tbody></table></section>");
}

static void plan_row(sv_Sb *b, const sv_Report *rep, const sv_Principles *pr, sv_Lang lang,
                     const sv_PlanRow *row)
{
    int32_t k = row->principle;
    if (k >= 0 && k < SV_PRINCIPLE_COUNT) {
        sv_sb_printf(b, "<tr><td>%s<br><span class=\"small\">", sv_principle_name((sv_Principle)k));
        esc(b, principle_name(pr, (sv_Principle)k, lang));
        sv_sb_put(b, "</span></td>");
    } else {
        sv_sb_put(b, "<tr><td>&ndash;</td>");
    }
    tag_text(b, "<td>", row->issue, "</td>");
    tag_text(b, "<td>", row->action, "</td><td>");
    bool first = true;
    for (size_t t = 0; k >= 0 && k < SV_PRINCIPLE_COUNT && t < rep->team_count; t++)
        if (rep->cells[t][k].rating >= SV_RATING_S) {
            if (!first) sv_sb_put(b, ", ");
            esc(b, rep->teams[t]->team.name);
            sv_sb_printf(b, " (%s)", sv_rating_name(rep->cells[t][k].rating));
            first = false;
        }
    tag_text(b, "</td><td>", row->responsible, "</td>");
    tag_text(b, "<td>", row->due, "</td></tr>");
}

/* The facilitator's plan when the report has one, else the one the ratings suggest. */
static void plan(sv_Sb *b, const sv_Report *rep, const sv_Principles *pr)
{
    sv_Lang lang = sv_report_lang(rep);
    sv_Plan *made = rep->plan ? NULL : malloc(sizeof *made);
    const sv_Plan *p = rep->plan ? rep->plan : made;
    if (!p) {
        b->failed = true;
        return;
    }
    if (made) sv_plan_from_report(made, rep, pr, lang);
    sv_sb_put(b,
              "<section id=\"plan\"><h2>Improvement plan</h2><table "
              "class=\"plan\"><thead><tr><th>Principle</th>"
              "<th>What went wrong</th><th>Corrective action</th><th>Teams</th><th>Responsible</th>"
              "<th>Due</th></tr></thead><tbody>");
    for (uint32_t i = 0; i < p->row_count && i < SV_PLAN_MAX_ROWS; i++)
        plan_row(b, rep, pr, lang, &p->rows[i]);
    if (!p->row_count) sv_sb_put(b, "<tr><td colspan=\"6\">No principle was broken.</td></tr>");
    sv_sb_put(b, "</tbody></table></section>");
    free(made);
}

/* ---- a team's section ---------------------------------------------------------------------- */

static void team_decision(sv_Sb *b, const sv_ResultDecision *d)
{
    sv_sb_put(b, "<tr><td>");
    esc(b, d->prompt);
    sv_sb_put(b, "</td>");
    answer_cell(b, d);
    sv_sb_put(b, "<td>");
    for (uint32_t i = 0; i < d->rule_count; i++) {
        const sv_ResultRule *r = &d->rules[i];
        sv_sb_printf(b, "%s<span class=\"%s\">%s</span> ", i ? "<br>" : "",
                     r->sign > 0   ? "good"
                     : r->sign < 0 ? "bad"
                                   : "",
                     r->sign > 0   ? "+"
                     : r->sign < 0 ? "&minus;"
                                   : "&middot;");
        for (int k = 0; k < SV_PRINCIPLE_COUNT; k++)
            if (r->principles & (1u << k))
                sv_sb_printf(b, "%s ", sv_principle_name((sv_Principle)k));
        tag_text(b, "<span class=\"small\">", r->explain, "</span>");
    }
    if (!d->rule_count) sv_sb_put(b, "<span class=\"small\">no rule fired</span>");
    sv_sb_put(b, "</td></tr>");
}

static void team_section(sv_Sb *b, const sv_Report *rep, size_t t)
{
    const sv_Result *r = rep->teams[t];
    sv_sb_put(b, "<section class=\"team\" id=\"team-");
    esc(b, r->team.id);
    tag_text(b, "\"><h2>", r->team.name, "</h2><p class=\"meta\">");
    for (uint32_t m = 0; m < r->team.member_count; m++) {
        if (m) sv_sb_put(b, ", ");
        esc(b, r->team.members[m].name);
    }
    sv_sb_put(b, "</p>");
    for (uint32_t p = 0; p < r->play_count; p++) {
        const sv_ResultPlay *pl = &r->plays[p];
        char when[40];
        sv_iso_format(pl->started * 1000, when, sizeof when);
        when[16] = '\0';
        when[10] = ' ';
        tag_text(b, "<h3>", pl->title, "</h3>");
        sv_sb_printf(b, "<p class=\"meta\">Grade %c (%d of 100, %s at %d). Ending: ", pl->grade,
                     pl->score, pl->score >= pl->pass_score ? "passed" : "not passed",
                     pl->pass_score);
        esc(b, pl->ending_title[0] ? pl->ending_title : "none");
        sv_sb_printf(b, ". Played %s UTC.</p>", when + 0);
        team_chart(b, r, pl);
        sv_sb_put(b, "<table><thead><tr><th>Decision</th><th>Answer</th><th>Rules that fired"
                     "</th></tr></thead><tbody>");
        for (uint32_t i = 0; i < pl->decision_count; i++) team_decision(b, &pl->decisions[i]);
        sv_sb_put(b, "</tbody></table>");
    }
    sv_sb_put(b, "</section>");
}

/* ---- the page ------------------------------------------------------------------------------ */

char *sv_report_html(const sv_Report *rep, const sv_Principles *pr)
{
    if (!rep->team_count) return NULL;
    const sv_Result *first = rep->teams[0];
    sv_Sb b = {0};
    sv_sb_printf(&b,
                 "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>",
                 sv_lang_code(sv_report_lang(rep)));
    esc(&b, first->workshop_name);
    sv_sb_printf(&b, ": workshop report</title><style>%s</style></head><body><header><h1>", css);
    esc(&b, first->workshop_name);
    sv_sb_put(&b, "</h1><p class=\"meta\">Facilitator: ");
    esc(&b, first->facilitator.name);
    sv_sb_put(&b, ". Pack ");
    esc(&b, first->pack);
    sv_sb_put(&b, " ");
    esc(&b, first->pack_version);
    sv_sb_printf(&b, ", seed %" PRIu64 ", %zu teams. Workshop id ", first->seed, rep->team_count);
    esc(&b, first->workshop);
    sv_sb_put(&b, ".</p></header>");
    overview(&b, rep);
    /* the scenarios, in the order the first teams played them */
    sv_sb_put(&b, "<section id=\"decisions\"><h2>Decisions, team by team</h2><p class=\"small\">"
                  "Under each answer: what was chosen (an option, or the composed parts in order), "
                  "what the rules it set off were worth (points, as the grade counts them: "
                  "reputation twice, sentiment and mood once) and how long the team took.</p>");
    for (size_t t = 0; t < rep->team_count; t++)
        for (uint32_t p = 0; p < rep->teams[t]->play_count; p++) {
            const sv_ResultPlay *pl = &rep->teams[t]->plays[p];
            bool earlier = false;
            for (size_t u = 0; u < t && !earlier; u++)
                earlier = sv_result_find_play(rep->teams[u], pl->scenario);
            if (earlier) continue;
            tag_text(&b, "<h3>", pl->title, "</h3>");
            workshop_chart(&b, rep, pl->scenario, pl->title);
            decisions(&b, rep, pl->scenario);
        }
    sv_sb_put(&b, "</section>");
    differences(&b, rep);
    ratings(&b, rep, pr);
    plan(&b, rep, pr);
    for (size_t t = 0; t < rep->team_count; t++) team_section(&b, rep, t);
    sv_sb_put(&b, "<footer class=\"small\"><p>Made by Svara from the teams' result files.</p>"
                  "</footer></body></html>\n");
    return sv_sb_take(&b, NULL);
}
