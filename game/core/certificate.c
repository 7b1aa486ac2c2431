/* The certificate of completion (svara/certificate.h) as one HTML page: its
 * words in the learner's language, everything from files and profiles
 * escaped, the skill bars as inline SVG and a print style for A4, so the
 * page opens and prints the same anywhere, with nothing fetched. */
#include "svara/certificate.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum {
    W_TITLE,
    W_CERTIFIES,
    W_COMPLETED,
    W_ISSUED,
    W_SCENARIOS,
    W_SCENARIO,
    W_GRADE,
    W_DATE,
    W_NOT_DONE,
    W_SKILLS,
    W_SKILLS_NOTE,
    W_NOT_PRACTISED,
    W_ASSESSMENT,
    W_PRE,
    W_POST,
    W_GAIN,
    W_POINTS,
    W_NOT_TAKEN,
    W_ASSESS_NOTE,
    W_COUNT
} Word;

static const char *const words[W_COUNT][SV_LANG_COUNT] = {
    [W_TITLE] = {"Certificate of completion", "Kursintyg", "Kursbevis"},
    [W_CERTIFIES] = {"This certifies that", "Härmed intygas att", "Det bekreftes herved at"},
    [W_COMPLETED] = {"has completed the course", "har genomfört kursen", "har fullført kurset"},
    [W_ISSUED] = {"Issued", "Utfärdat", "Utstedt"},
    [W_SCENARIOS] = {"The scenarios", "Scenarierna", "Scenarioene"},
    [W_SCENARIO] = {"Scenario", "Scenario", "Scenario"},
    [W_GRADE] = {"Best grade", "Bästa betyg", "Beste karakter"},
    [W_DATE] = {"Date", "Datum", "Dato"},
    [W_NOT_DONE] = {"not completed", "inte genomfört", "ikke fullført"},
    [W_SKILLS] = {"Skills by principle", "Färdigheter per princip", "Ferdigheter per prinsipp"},
    [W_SKILLS_NOTE] = {"The share of the advice followed in the course's runs; newer runs count "
                       "more.",
                       "Andelen av råden som följdes i kursens omgångar; nyare omgångar väger "
                       "tyngre.",
                       "Andelen av rådene som ble fulgt i kursets runder; nyere runder teller "
                       "mer."},
    [W_NOT_PRACTISED] = {"not practised", "inte övad", "ikke øvd"},
    [W_ASSESSMENT] = {"Before and after the course", "Före och efter kursen",
                      "Før og etter kurset"},
    [W_PRE] = {"Test before the course", "Test före kursen", "Test før kurset"},
    [W_POST] = {"Test after the course", "Test efter kursen", "Test etter kurset"},
    [W_GAIN] = {"Gain", "Förbättring", "Forbedring"},
    [W_POINTS] = {"points", "poäng", "poeng"},
    [W_NOT_TAKEN] = {"not taken", "inte gjort", "ikke tatt"},
    [W_ASSESS_NOTE] = {"Situations never seen before, scored by the same model as the scenarios, "
                       "0 to 100.",
                       "Situationer som inte setts förut, bedömda av samma modell som "
                       "scenarierna, 0 till 100.",
                       "Situasjoner som ikke er sett før, vurdert av samme modell som "
                       "scenarioene, 0 til 100."},
};

/* ---- a growing page -------------------------------------------------------------------------- */

typedef struct Page {
    char *buf;
    size_t len, cap;
    bool nomem;
    sv_Lang lang;
} Page;

static void put_n(Page *p, const char *s, size_t n)
{
    if (p->nomem) return;
    if (p->len + n + 1 > p->cap) {
        size_t cap = p->cap ? p->cap : 8192;
        while (cap < p->len + n + 1) cap *= 2;
        char *b = realloc(p->buf, cap);
        if (!b) {
            p->nomem = true;
            return;
        }
        p->buf = b;
        p->cap = cap;
    }
    memcpy(p->buf + p->len, s, n);
    p->len += n;
    p->buf[p->len] = '\0';
}

static void put(Page *p, const char *s) { put_n(p, s, strlen(s)); }

/* Markup and numbers only: never a text from a file or a profile. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void
putf(Page *p, const char *fmt, ...)
{
    char line[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n > 0) put_n(p, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
}

/* Text from anywhere, escaped for an element's content or a quoted attribute. */
static void esc(Page *p, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': put(p, "&amp;"); break;
        case '<': put(p, "&lt;"); break;
        case '>': put(p, "&gt;"); break;
        case '"': put(p, "&quot;"); break;
        case '\'': put(p, "&#39;"); break;
        default: put_n(p, s, 1);
        }
    }
}

static const char *word(const Page *p, Word w) { return words[w][p->lang]; }

/* ---- dates ----------------------------------------------------------------------------------- */

const char *sv_date_text(int64_t t, char *buf, size_t size)
{
    /* days to a civil date (proleptic Gregorian), after Howard Hinnant's algorithm */
    int64_t z = (t >= 0 ? t : t - 86399) / 86400 + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
    int64_t y = yoe + era * 400 + (m <= 2);
    snprintf(buf, size, "%04lld-%02lld-%02lld", (long long)y, (long long)m, (long long)d);
    return buf;
}

/* ---- the page's parts ------------------------------------------------------------------------ */

static const char style[] =
    "<style>\n"
    "@page { size: A4; margin: 14mm 16mm; }\n"
    "* { box-sizing: border-box; }\n"
    "body { font-family: 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; color: #1d2733;"
    " margin: 0 auto; max-width: 180mm; padding: 12mm 0; font-size: 10.5pt; line-height: 1.35; }\n"
    "header { border-bottom: 3px solid #1a7f5a; padding-bottom: 4mm; margin-bottom: 4mm; }\n"
    "h1 { font-size: 22pt; margin: 0 0 3mm; color: #1a7f5a; letter-spacing: 0.02em; }\n"
    ".name { font-size: 20pt; font-weight: bold; margin: 2mm 0; }\n"
    ".pack { font-size: 13pt; margin: 1mm 0; }\n"
    ".issued { color: #5b6673; margin-top: 2mm; }\n"
    "h2 { font-size: 13pt; margin: 5mm 0 2mm; border-bottom: 1px solid #c9d1d9;"
    " padding-bottom: 1mm; }\n"
    "h3 { font-size: 10.5pt; margin: 3mm 0 1mm; color: #1a7f5a; }\n"
    "table { border-collapse: collapse; width: 100%; }\n"
    "th, td { text-align: left; padding: 1.2mm 2mm; border-bottom: 1px solid #e4e7eb; }\n"
    "th { font-size: 9pt; color: #5b6673; font-weight: normal; }\n"
    "td.grade { font-weight: bold; }\n"
    ".missing { color: #a4262c; }\n"
    ".note { color: #5b6673; font-size: 9pt; margin: 0 0 2mm; }\n"
    ".skills { columns: 2; column-gap: 7mm; }\n"
    ".theme { break-inside: avoid; padding-bottom: 2.5mm; }\n"
    ".theme h3 { margin-top: 0; }\n"
    ".skill { display: flex; align-items: center; gap: 2mm; margin: 0.4mm 0; font-size: 8.5pt; }\n"
    ".skill .label { flex: 1; }\n"
    ".skill .level { width: 9mm; text-align: right; }\n"
    ".skill svg { flex: none; }\n"
    ".scores td.value { font-weight: bold; }\n"
    ".gain { color: #1a7f5a; }\n"
    "@media print { body { padding: 0; font-size: 10pt; } #scenarios, #assessment {"
    " break-inside: avoid; } }\n"
    "</style>\n";

static void head(Page *p, const sv_CertificateSetup *c)
{
    putf(p, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
         sv_lang_code(p->lang));
    put(p, "<title>");
    esc(p, word(p, W_TITLE));
    put(p, ": ");
    esc(p, c->profile->name);
    put(p, "</title>\n");
    put(p, style);
    put(p, "</head>\n<body>\n");
}

static void header(Page *p, const sv_CertificateSetup *c)
{
    char date[16];
    put(p, "<header>\n<h1>");
    esc(p, word(p, W_TITLE));
    put(p, "</h1>\n<div>");
    esc(p, word(p, W_CERTIFIES));
    put(p, "</div>\n<div class=\"name\" id=\"learner\">");
    esc(p, c->profile->name);
    put(p, "</div>\n<div>");
    esc(p, word(p, W_COMPLETED));
    put(p, "</div>\n<div class=\"pack\" id=\"pack\"><b>");
    esc(p, sv_text_get(&c->pack->title, p->lang));
    put(p, "</b> (");
    esc(p, c->pack->id);
    put(p, " ");
    esc(p, c->pack->version);
    put(p, ")</div>\n<div class=\"issued\">");
    esc(p, word(p, W_ISSUED));
    putf(p, ": <time id=\"issued\">%s</time></div>\n</header>\n",
         sv_date_text(c->issued, date, sizeof date));
}

static void scenario_row(Page *p, const sv_CertificateSetup *c, uint32_t n, const sv_Scenario *sc)
{
    char date[16];
    const sv_ProfileRun *best = sv_profile_best(c->profile, c->pack->id, sc->id);
    put(p, "<tr data-scenario=\"");
    esc(p, sc->id);
    putf(p, "\"><td>%u</td><td>", n);
    esc(p, sv_text_get(&sc->title, p->lang));
    if (best)
        putf(p, "</td><td class=\"grade\">%c (%d)</td><td>%s</td></tr>\n", best->grade,
             (int)best->score, sv_date_text(best->ended, date, sizeof date));
    else {
        put(p, "</td><td class=\"missing\" colspan=\"2\">");
        esc(p, word(p, W_NOT_DONE));
        put(p, "</td></tr>\n");
    }
}

static void scenarios(Page *p, const sv_CertificateSetup *c)
{
    const sv_Pack *pk = c->pack;
    put(p, "<section id=\"scenarios\">\n<h2>");
    esc(p, word(p, W_SCENARIOS));
    put(p, "</h2>\n<table>\n<tr><th>#</th><th>");
    esc(p, word(p, W_SCENARIO));
    put(p, "</th><th>");
    esc(p, word(p, W_GRADE));
    put(p, "</th><th>");
    esc(p, word(p, W_DATE));
    put(p, "</th></tr>\n");
    uint32_t n = pk->path_count ? pk->path_count : pk->scenario_count;
    for (uint32_t i = 0; i < n; i++) {
        int32_t si = pk->path_count ? pk->path[i].scenario : (int32_t)i;
        if (si >= 0 && (uint32_t)si < pk->scenario_count)
            scenario_row(p, c, i + 1, &pk->scenarios[si]);
    }
    put(p, "</table>\n</section>\n");
}

/* The skills of the pack's runs only: the course, not whatever else was played. */
static void pack_skills(const sv_CertificateSetup *c, sv_Skill out[SV_PRINCIPLE_COUNT])
{
    const sv_Profile *pr = c->profile;
    sv_Profile only = {.run_count = 0};
    only.runs = pr->run_count ? malloc(pr->run_count * sizeof *only.runs) : NULL;
    for (size_t i = 0; only.runs && i < pr->run_count; i++)
        if (strcmp(pr->runs[i].pack, c->pack->id) == 0) only.runs[only.run_count++] = pr->runs[i];
    sv_profile_skills(&only, SIZE_MAX, out);
    free(only.runs);
}

static void skill_row(Page *p, const sv_CertificateSetup *c, int k, const sv_Skill *sk)
{
    put(p, "<div class=\"skill\" data-principle=\"");
    esc(p, sv_principle_name((sv_Principle)k));
    put(p, "\"><span class=\"label\">");
    esc(p, sv_text_get(&c->principles->of[k].name, p->lang));
    put(p, "</span>");
    int level = sk->level < 0 ? 0 : sk->level > 100 ? 100 : sk->level;
    putf(p,
         "<svg width=\"64\" height=\"9\" viewBox=\"0 0 100 10\" role=\"img\" "
         "aria-label=\"%d%%\"><rect width=\"100\" height=\"10\" rx=\"3\" fill=\"#e4e7eb\"/>"
         "<rect width=\"%d\" height=\"10\" rx=\"3\" fill=\"%s\"/></svg>",
         level, level,
         level >= 70   ? "#1a7f5a"
         : level >= 40 ? "#c58a00"
                       : "#a4262c");
    if (sk->level >= 0)
        putf(p, "<span class=\"level\">%d%%</span></div>\n", (int)sk->level);
    else {
        put(p, "<span class=\"level missing\" title=\"");
        esc(p, word(p, W_NOT_PRACTISED));
        put(p, "\">&#8211;</span></div>\n");
    }
}

static void skills(Page *p, const sv_CertificateSetup *c)
{
    sv_Skill sk[SV_PRINCIPLE_COUNT];
    pack_skills(c, sk);
    put(p, "<section id=\"skills\">\n<h2>");
    esc(p, word(p, W_SKILLS));
    put(p, "</h2>\n<p class=\"note\">");
    esc(p, word(p, W_SKILLS_NOTE));
    put(p, " &#8211; = ");
    esc(p, word(p, W_NOT_PRACTISED));
    put(p, ".</p>\n<div class=\"skills\">\n");
    const sv_Principles *pr = c->principles;
    for (uint32_t t = 0; t < pr->theme_count; t++) {
        put(p, "<div class=\"theme\"><h3>");
        esc(p, sv_text_get(&pr->themes[t].name, p->lang));
        put(p, "</h3>\n");
        for (int k = 0; k < SV_PRINCIPLE_COUNT; k++)
            if (pr->of[k].theme == (int32_t)t) skill_row(p, c, k, &sk[k]);
        put(p, "</div>\n");
    }
    put(p, "</div>\n</section>\n");
}

static void score_row(Page *p, const char *id, Word label, const sv_ProfileAssessment *a)
{
    char date[16];
    putf(p, "<tr id=\"%s\"><td>", id);
    esc(p, word(p, label));
    if (!a) {
        put(p, "</td><td class=\"missing\" colspan=\"2\">");
        esc(p, word(p, W_NOT_TAKEN));
        put(p, "</td></tr>\n");
        return;
    }
    putf(p, "</td><td class=\"value\">%d / 100</td><td>%s</td></tr>\n", (int)a->score,
         sv_date_text(a->at, date, sizeof date));
}

static void assessment(Page *p, const sv_CertificateSetup *c)
{
    const sv_Profile *pr = c->profile;
    const sv_ProfileAssessment *pre = sv_profile_assessment(pr, c->pack->id, SV_ASSESS_PRE);
    const sv_ProfileAssessment *post = sv_profile_assessment(pr, c->pack->id, SV_ASSESS_POST);
    put(p, "<section id=\"assessment\">\n<h2>");
    esc(p, word(p, W_ASSESSMENT));
    put(p, "</h2>\n<p class=\"note\">");
    esc(p, word(p, W_ASSESS_NOTE));
    put(p, "</p>\n<table class=\"scores\">\n");
    score_row(p, "pre", W_PRE, pre);
    score_row(p, "post", W_POST, post);
    int32_t gain;
    if (sv_profile_gain(pr, c->pack->id, &gain)) {
        put(p, "<tr id=\"gain\"><td>");
        esc(p, word(p, W_GAIN));
        putf(p, "</td><td class=\"value gain\" colspan=\"2\">%+d ", (int)gain);
        esc(p, word(p, W_POINTS));
        put(p, "</td></tr>\n");
    }
    put(p, "</table>\n</section>\n");
}

char *sv_certificate_html(const sv_CertificateSetup *c, size_t *len)
{
    Page p = {.lang = (unsigned)c->lang < SV_LANG_COUNT ? c->lang : SV_LANG_EN};
    head(&p, c);
    header(&p, c);
    scenarios(&p, c);
    skills(&p, c);
    assessment(&p, c);
    put(&p, "</body>\n</html>\n");
    if (p.nomem) {
        free(p.buf);
        return NULL;
    }
    if (len) *len = p.len;
    return p.buf;
}
