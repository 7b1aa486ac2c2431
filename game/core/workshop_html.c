/* The workshop's HTML report (svara/workshop.h): one self-contained page,
 * inline CSS and SVG charts, no script and nothing fetched, readable without
 * Svara and printable on A4. The whole workshop first (teams, reputation
 * over time, decisions side by side, where the teams differed, the P/S/M/U
 * table and the improvement plan), then a section per team. Every text from
 * a file is escaped; the report's own words are in the language asked for
 * (workshop_words.c), the teams' texts in the language they played in. */
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

/* One of the report's own words (HTML already). */
static const char *word(sv_ReportWord w, sv_Lang lang) { return sv_report_word(w, lang); }

/* A word with {1} and {2} filled in by a1 and a2, escaped. */
static void put_filled(sv_Sb *b, const char *tmpl, const char *a1, const char *a2)
{
    for (const char *c = tmpl; *c; c++) {
        if (c[0] == '{' && (c[1] == '1' || c[1] == '2') && c[2] == '}') {
            const char *a = c[1] == '1' ? a1 : a2;
            esc(b, a ? a : "");
            c += 2;
        } else {
            sv_sb_putn(b, c, 1);
        }
    }
}

static void fill(sv_Sb *b, sv_ReportWord w, sv_Lang lang, const char *a1, const char *a2)
{
    put_filled(b, word(w, lang), a1, a2);
}

/* A number as files write it ("55.3") with the language's decimal sign. */
static void num(sv_Sb *b, const char *text, sv_Lang lang)
{
    for (const char *c = text; *c; c++)
        if (*c == '.')
            sv_sb_put(b, word(SV_RW_DECIMAL, lang));
        else
            sv_sb_putn(b, c, 1);
}

/* A label and its value: "<b>Facilitator:</b> Ingrid Berg". */
static void labelled(sv_Sb *b, sv_ReportWord w, sv_Lang lang, const char *value, bool first)
{
    sv_sb_printf(b, "%s<span class=\"label\">%s:</span> ", first ? "" : " &middot; ",
                 word(w, lang));
    esc(b, value);
}

static const char *meter_word(int k, sv_Lang lang)
{
    return word((sv_ReportWord)(SV_RW_REPUTATION + k), lang);
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
    "'DejaVu Sans Mono',monospace;font-size:.85em;color:#1b6ca8}.meta .label{font-weight:bold}"
    "@page{size:A4;margin:15mm}@media print{body{margin:0;max-width:none;font-size:9.5pt}"
    "h2{break-after:avoid}h3{break-after:avoid}svg.chart{max-width:15cm}}";

/* ---- charts -------------------------------------------------------------------------------- */

static void axes(sv_Sb *b, uint32_t end_ms, const char *label, sv_Lang lang)
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
                     "fill=\"#666\">",
                     x, CHART_H + 14);
        num(b, t, lang);
        sv_sb_put(b, " s</text>");
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
static void workshop_chart(sv_Sb *b, const sv_Report *rep, const char *scenario, const char *title,
                           sv_Lang lang)
{
    uint32_t end = 1;
    for (size_t t = 0; t < rep->team_count; t++) {
        const sv_ResultPlay *p = sv_result_find_play(rep->teams[t], scenario);
        if (p && p->end_ms > end) end = p->end_ms;
    }
    sv_Sb label = {0};
    put_filled(&label, word(SV_RW_CHART_TEAMS, lang), title, NULL);
    char *text = sv_sb_take(&label, NULL);
    axes(b, end, text ? text : title, lang);
    free(text);
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
static void team_chart(sv_Sb *b, const sv_Result *r, const sv_ResultPlay *p, sv_Lang lang)
{
    sv_Sb label = {0};
    put_filled(&label, word(SV_RW_CHART_TEAM, lang), r->team.name, p->title);
    char *text = sv_sb_take(&label, NULL);
    axes(b, p->end_ms, text ? text : p->title, lang);
    free(text);
    for (int k = 0; k < SV_METER_COUNT; k++)
        if (k != SV_METER_REACH) line(b, p, p->end_ms, k, meter_colours[k], "meter-line");
    sv_sb_put(b, "</svg><p class=\"legend\">");
    for (int k = 0; k < SV_METER_COUNT; k++)
        if (k != SV_METER_REACH)
            sv_sb_printf(b, "<span><span class=\"swatch\" style=\"background:%s\"></span>%s</span>",
                         meter_colours[k], meter_word(k, lang));
    sv_sb_put(b, "</p>");
}

/* ---- tables -------------------------------------------------------------------------------- */

static const char *principle_name(const sv_Principles *pr, sv_Principle k, sv_Lang lang)
{
    return pr ? sv_text_get(&pr->of[k].name, lang) : sv_principle_name(k);
}

static void meter_cells(sv_Sb *b, const int32_t m[SV_METER_COUNT], sv_Lang lang)
{
    char t[32];
    for (int k = 0; k < SV_METER_COUNT; k++) {
        sv_meter_text((sv_Meter)k, m[k], t, sizeof t);
        sv_sb_put(b, "<td class=\"num\">");
        num(b, t, lang);
        sv_sb_put(b, "</td>");
    }
}

static void overview(sv_Sb *b, const sv_Report *rep, sv_Lang lang)
{
    sv_sb_printf(b,
                 "<section id=\"teams\"><h2>%s</h2><table><thead><tr><th>%s</th><th>%s</th><th>%s"
                 "</th><th>%s</th><th>%s</th>",
                 word(SV_RW_TEAMS, lang), word(SV_RW_TEAM, lang), word(SV_RW_MEMBERS, lang),
                 word(SV_RW_SCENARIO, lang), word(SV_RW_GRADE, lang), word(SV_RW_ENDING, lang));
    for (int k = 0; k < SV_METER_COUNT; k++) sv_sb_printf(b, "<th>%s</th>", meter_word(k, lang));
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
                sv_sb_printf(b, "<td colspan=\"%d\">%s</td></tr>", 3 + SV_METER_COUNT,
                             word(SV_RW_NO_PLAY, lang));
                break;
            }
            const sv_ResultPlay *pl = &r->plays[p];
            tag_text(b, "<td>", pl->title, "</td>");
            sv_sb_printf(b, "<td>%c (%d)</td>", pl->grade, pl->score);
            tag_text(b, "<td>", pl->ending_title[0] ? pl->ending_title : "-", "</td>");
            meter_cells(b, pl->meters, lang);
            sv_sb_put(b, "</tr>");
        }
    }
    sv_sb_put(b, "</tbody></table></section>");
}

/* What a decision's answer was, in words: the reply, or what happened instead. */
static void answer_cell(sv_Sb *b, const sv_ResultDecision *d, sv_Lang lang)
{
    char key[SV_MAX_ID_BYTES * SV_MAX_COMPOSE + 16], w[32];
    sv_result_choice_key(d, key, sizeof key);
    sv_sb_put(b, "<td>");
    if (d->reply[0]) {
        esc(b, d->reply);
    } else {
        sv_sb_printf(b, "<em>%s</em>",
                     word(d->state == SV_RESULT_LAPSED ? SV_RW_LAPSED : SV_RW_TIMED_OUT, lang));
    }
    int64_t worth = sv_result_decision_worth(d);
    sv_meter_text(SV_METER_REPUTATION, (int32_t)sv_clamp_i64(worth, -1000000, 1000000), w,
                  sizeof w);
    sv_sb_put(b, "<br><span class=\"choice\">");
    esc(b, key);
    if (d->by_default) sv_sb_printf(b, " (%s)", word(SV_RW_BY_DEFAULT, lang));
    sv_sb_printf(b, "</span> <span class=\"small\">%s", worth > 0 ? "+" : "");
    num(b, w, lang);
    sv_seconds_text(d->taken_ms, key, sizeof key);
    sv_sb_put(b, ", ");
    num(b, key, lang);
    sv_sb_put(b, " s</span></td>");
}

static void decisions(sv_Sb *b, const sv_Report *rep, const char *scenario, sv_Lang lang)
{
    sv_sb_printf(b, "<table class=\"decisions\"><thead><tr><th>%s</th>",
                 word(SV_RW_DECISION, lang));
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
                    answer_cell(b, e, lang);
                else
                    sv_sb_printf(b, "<td class=\"small\">%s</td>", word(SV_RW_NOT_MET, lang));
            }
            sv_sb_put(b, "</tr>");
        }
    }
    sv_sb_put(b, "</tbody></table>");
}

static void differences(sv_Sb *b, const sv_Report *rep, sv_Lang lang)
{
    size_t n = 0;
    sv_ReportSpread *s = sv_report_spreads(rep, &n);
    sv_sb_printf(b,
                 "<section id=\"differences\"><h2>%s</h2><table><thead><tr><th>%s</th><th>%s</th>"
                 "<th>%s</th><th>%s</th></tr></thead><tbody>",
                 word(SV_RW_DIFFERED, lang), word(SV_RW_SCENARIO, lang), word(SV_RW_DECISION, lang),
                 word(SV_RW_DIFFERENT_ANSWERS, lang), word(SV_RW_SPREAD, lang));
    size_t shown = 0;
    for (size_t i = 0; s && i < n && shown < 5; i++) {
        if (s[i].distinct < 2 && s[i].spread == 0) continue;
        char w[32];
        sv_meter_text(SV_METER_REPUTATION, (int32_t)sv_clamp_i64(s[i].spread, 0, 1000000), w,
                      sizeof w);
        tag_text(b, "<tr><td>", s[i].title, "</td>");
        tag_text(b, "<td>", s[i].prompt, "</td>");
        char distinct[16], teams[16];
        snprintf(distinct, sizeof distinct, "%u", s[i].distinct);
        snprintf(teams, sizeof teams, "%u", s[i].teams);
        sv_sb_put(b, "<td class=\"num\">");
        fill(b, SV_RW_OF_TEAMS, lang, distinct, teams);
        sv_sb_put(b, "</td><td class=\"num\">");
        num(b, w, lang);
        sv_sb_put(b, "</td></tr>");
        shown++;
    }
    if (!shown) sv_sb_printf(b, "<tr><td colspan=\"4\">%s</td></tr>", word(SV_RW_ALIKE, lang));
    sv_sb_put(b, "</tbody></table></section>");
    free(s);
}

static void ratings(sv_Sb *b, const sv_Report *rep, const sv_Principles *pr, sv_Lang lang)
{
    sv_sb_printf(b,
                 "<section id=\"ratings\"><h2>%s</h2><p class=\"small\">%s</p><table><thead><tr>"
                 "<th>%s</th>",
                 word(SV_RW_RATINGS, lang), word(SV_RW_RATINGS_INTRO, lang),
                 word(SV_RW_PRINCIPLE, lang));
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
static void plan(sv_Sb *b, const sv_Report *rep, const sv_Principles *pr, sv_Lang lang)
{
    sv_Plan *made = rep->plan ? NULL : malloc(sizeof *made);
    const sv_Plan *p = rep->plan ? rep->plan : made;
    if (!p) {
        b->failed = true;
        return;
    }
    if (made) sv_plan_from_report(made, rep, pr, lang);
    sv_sb_printf(b,
                 "<section id=\"plan\"><h2>%s</h2><table class=\"plan\"><thead><tr><th>%s</th>"
                 "<th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>",
                 word(SV_RW_PLAN, lang), word(SV_RW_PRINCIPLE, lang), word(SV_RW_ISSUE, lang),
                 word(SV_RW_ACTION, lang), word(SV_RW_TEAMS, lang), word(SV_RW_RESPONSIBLE, lang),
                 word(SV_RW_DUE, lang));
    for (uint32_t i = 0; i < p->row_count && i < SV_PLAN_MAX_ROWS; i++)
        plan_row(b, rep, pr, lang, &p->rows[i]);
    if (!p->row_count)
        sv_sb_printf(b, "<tr><td colspan=\"6\">%s</td></tr>", word(SV_RW_NONE_BROKEN, lang));
    sv_sb_put(b, "</tbody></table></section>");
    free(made);
}

/* ---- a team's section ---------------------------------------------------------------------- */

static void team_decision(sv_Sb *b, const sv_ResultDecision *d, sv_Lang lang)
{
    sv_sb_put(b, "<tr><td>");
    esc(b, d->prompt);
    sv_sb_put(b, "</td>");
    answer_cell(b, d, lang);
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
    if (!d->rule_count)
        sv_sb_printf(b, "<span class=\"small\">%s</span>", word(SV_RW_NO_RULE, lang));
    sv_sb_put(b, "</td></tr>");
}

static void team_section(sv_Sb *b, const sv_Report *rep, size_t t, sv_Lang lang)
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
        char grade[64], score[16], pass[16];
        snprintf(score, sizeof score, "%d", pl->score);
        snprintf(pass, sizeof pass, "%d", pl->pass_score);
        snprintf(grade, sizeof grade, "%c", pl->grade);
        sv_sb_put(b, "<p class=\"meta\">");
        labelled(b, SV_RW_GRADE, lang, grade, true);
        sv_sb_put(b, " (");
        fill(b, SV_RW_OF_100, lang, score, NULL);
        sv_sb_printf(b, ", %s; ",
                     word(pl->score >= pl->pass_score ? SV_RW_PASSED : SV_RW_NOT_PASSED, lang));
        fill(b, SV_RW_PASS_MARK, lang, pass, NULL);
        sv_sb_put(b, ")");
        labelled(b, SV_RW_ENDING, lang,
                 pl->ending_title[0] ? pl->ending_title : word(SV_RW_NO_ENDING, lang), false);
        sv_sb_put(b, " &middot; ");
        fill(b, SV_RW_PLAYED, lang, when, NULL);
        sv_sb_put(b, "</p>");
        team_chart(b, r, pl, lang);
        sv_sb_printf(b, "<table><thead><tr><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>",
                     word(SV_RW_DECISION, lang), word(SV_RW_ANSWER, lang),
                     word(SV_RW_RULES_FIRED, lang));
        for (uint32_t i = 0; i < pl->decision_count; i++) team_decision(b, &pl->decisions[i], lang);
        sv_sb_put(b, "</tbody></table>");
    }
    sv_sb_put(b, "</section>");
}

/* ---- the page ------------------------------------------------------------------------------ */

char *sv_report_html(const sv_Report *rep, const sv_Principles *pr, sv_Lang lang)
{
    if (!rep->team_count) return NULL;
    if (!sv_in_range((int32_t)lang, SV_LANG_COUNT)) lang = SV_LANG_EN;
    const sv_Result *first = rep->teams[0];
    sv_Sb b = {0};
    sv_sb_printf(&b,
                 "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>",
                 sv_lang_code(lang));
    esc(&b, first->workshop_name);
    sv_sb_printf(&b, " &ndash; %s</title><style>%s</style></head><body><header><h1>",
                 word(SV_RW_REPORT, lang), css);
    esc(&b, first->workshop_name);
    sv_sb_put(&b, "</h1><p class=\"meta\">");
    char pack[2 * SV_MAX_ID_BYTES + 8], seed[32], teams[32];
    snprintf(pack, sizeof pack, "%s %s", first->pack, first->pack_version);
    snprintf(seed, sizeof seed, "%" PRIu64, first->seed);
    snprintf(teams, sizeof teams, "%zu", rep->team_count);
    labelled(&b, SV_RW_FACILITATOR, lang, first->facilitator.name, true);
    labelled(&b, SV_RW_PACK, lang, pack, false);
    labelled(&b, SV_RW_SEED, lang, seed, false);
    labelled(&b, SV_RW_TEAMS, lang, teams, false);
    labelled(&b, SV_RW_WORKSHOP_ID, lang, first->workshop, false);
    sv_sb_put(&b, "</p></header>");
    overview(&b, rep, lang);
    /* the scenarios, in the order the first teams played them */
    sv_sb_printf(&b, "<section id=\"decisions\"><h2>%s</h2><p class=\"small\">%s</p>",
                 word(SV_RW_DECISIONS, lang), word(SV_RW_DECISIONS_INTRO, lang));
    for (size_t t = 0; t < rep->team_count; t++)
        for (uint32_t p = 0; p < rep->teams[t]->play_count; p++) {
            const sv_ResultPlay *pl = &rep->teams[t]->plays[p];
            bool earlier = false;
            for (size_t u = 0; u < t && !earlier; u++)
                earlier = sv_result_find_play(rep->teams[u], pl->scenario);
            if (earlier) continue;
            tag_text(&b, "<h3>", pl->title, "</h3>");
            workshop_chart(&b, rep, pl->scenario, pl->title, lang);
            decisions(&b, rep, pl->scenario, lang);
        }
    sv_sb_put(&b, "</section>");
    differences(&b, rep, lang);
    ratings(&b, rep, pr, lang);
    plan(&b, rep, pr, lang);
    for (size_t t = 0; t < rep->team_count; t++) team_section(&b, rep, t, lang);
    sv_sb_printf(&b, "<footer class=\"small\"><p>%s</p></footer></body></html>\n",
                 word(SV_RW_FOOTER, lang));
    return sv_sb_take(&b, NULL);
}
