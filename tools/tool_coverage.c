/* svara-tool coverage: which principles decide which decisions of a pack. A
 * principle decides a decision when the authors name it in the expert
 * annotation of a recommended or warned answer there (the ids the annotation
 * opens with). Whether the scoring model bears them out is reported beside
 * it: its rules that cite the principle score a recommended answer of the
 * decision above a warned one. Prints the counts per principle, or the
 * scenario x principle table in Markdown, and checks (or rewrites) that table
 * in a README after the counts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svara/debrief.h"
#include "svara/run.h"
#include "svara/score.h"
#include "svara/session.h"
#include "tool.h"

#define BEGIN_MARK "<!-- svara-tool coverage: begin -->"
#define END_MARK "<!-- svara-tool coverage: end -->"

typedef struct DecCov {
    sv_PrincipleSet named; /* in the annotations of its recommended and warned answers */
    sv_PrincipleSet model; /* the model's rules citing it rank a recommended above a warned */
    bool judged;           /* it opened and closed on one of the two paths */
} DecCov;

/* The ids an annotation opens with ("FACTUAL, NO-IRONY: ..."), English text. */
static sv_PrincipleSet named_in(const sv_Text *annotation)
{
    const char *s = sv_text_get(annotation, SV_LANG_EN);
    const char *colon = strchr(s, ':');
    sv_PrincipleSet set = 0;
    if (!colon) return 0;
    while (s < colon) {
        while (s < colon && (*s == ' ' || *s == ',')) s++;
        const char *e = s;
        while (e < colon && *e != ',' && *e != ' ') e++;
        char id[48];
        sv_Principle p;
        if (e == s || (size_t)(e - s) >= sizeof id) break;
        memcpy(id, s, (size_t)(e - s));
        id[e - s] = '\0';
        if (!sv_principle_parse(id, &p)) return 0; /* not a list of ids: a sentence */
        set |= 1u << p;
        s = e;
    }
    return set;
}

static sv_PrincipleSet named_for(const sv_Scenario *sc, const sv_Decision *de)
{
    sv_PrincipleSet set = 0;
    for (uint32_t i = 0; i < de->options.count; i++) {
        const sv_Option *o = &sc->options[de->options.start + i];
        if (o->expert != 0) set |= named_in(&o->annotation);
    }
    for (uint32_t i = 0; i < de->parts.count; i++) {
        const sv_Part *p = &sc->parts[de->parts.start + i];
        if (p->expert != 0) set |= named_in(&p->annotation);
    }
    return set;
}

/* What the rules citing each principle make of a candidate, in raw units. */
static bool judge(const sv_Session *s, const sv_ScoreModel *m, int32_t d, const sv_Candidate *c,
                  int64_t out[SV_PRINCIPLE_COUNT])
{
    size_t cap = (size_t)m->rule_count * (SV_MAX_STEPS + 4u) + 16u;
    sv_ScoreHit *hits = calloc(cap, sizeof *hits);
    if (!hits) return false;
    size_t n = sv_score_whatif(s, m, d, c, hits, cap);
    memset(out, 0, SV_PRINCIPLE_COUNT * sizeof *out);
    for (size_t k = 0; k < n; k++) {
        int64_t v = sv_score_value(&hits[k], 1);
        sv_PrincipleSet ps = m->rules[hits[k].rule].principles;
        for (int p = 0; p < SV_PRINCIPLE_COUNT; p++)
            if (ps & (1u << p)) out[p] += v;
    }
    free(hits);
    return true;
}

/* Folds one candidate into the best recommended and worst warned figures. */
static void fold(int verdict, const int64_t v[SV_PRINCIPLE_COUNT], int64_t *best, int64_t *worst,
                 bool *has_r, bool *has_w)
{
    for (int p = 0; p < SV_PRINCIPLE_COUNT; p++) {
        if (verdict > 0 && (!*has_r || v[p] > best[p])) best[p] = v[p];
        if (verdict < 0 && (!*has_w || v[p] < worst[p])) worst[p] = v[p];
    }
    if (verdict > 0) *has_r = true;
    if (verdict < 0) *has_w = true;
}

/* The model's side for one debriefed decision: options enabled then, and for
 * a composer the authors' recommended parts (in file order, sent as agreement
 * sends them; when they are one more than the reply holds, each left out in
 * turn, the best counting) against the first of them with each enabled warned
 * part added (in place of the last when the composer is full). */
static bool model_side(const sv_Session *s, const sv_ScoreModel *m, const sv_DebriefDecision *dd,
                       sv_PrincipleSet *out)
{
    const sv_Scenario *sc = s->sc;
    const sv_Decision *de = &sc->decisions[dd->decision];
    int64_t best[SV_PRINCIPLE_COUNT], worst[SV_PRINCIPLE_COUNT], v[SV_PRINCIPLE_COUNT];
    bool has_r = false, has_w = false;
    for (uint32_t i = 0; i < de->options.count && i < 32; i++) {
        int32_t o = (int32_t)(de->options.start + i);
        if (!(dd->options_enabled & (1u << i)) || sc->options[o].expert == 0) continue;
        sv_Candidate c = {.option = o};
        if (!judge(s, m, dd->decision, &c, v)) return false;
        fold(sc->options[o].expert, v, best, worst, &has_r, &has_w);
    }
    sv_Candidate rec = {.option = -1,
                        .visibility = de->compose_public ? SV_VIS_PUBLIC : SV_VIS_PRIVATE};
    int32_t all[32];
    uint32_t n = 0;
    for (uint32_t i = 0; i < de->parts.count && i < 32; i++)
        if ((dd->parts_enabled & (1u << i)) && sc->parts[de->parts.start + i].expert == 1)
            all[n++] = (int32_t)(de->parts.start + i);
    uint32_t hold = de->compose_max < SV_MAX_COMPOSE ? de->compose_max : SV_MAX_COMPOSE;
    for (uint32_t i = 0; i < n && rec.part_count < hold; i++) rec.parts[rec.part_count++] = all[i];
    if (rec.part_count > 0 && rec.part_count >= de->compose_min) {
        if (!judge(s, m, dd->decision, &rec, v)) return false;
        fold(1, v, best, worst, &has_r, &has_w);
        /* more recommended parts than the reply holds (one more): each left
         * out in turn is a recommended answer too, and the best of them counts
         * (the last left out is rec, judged above) */
        for (uint32_t out_i = 0; n == hold + 1u && out_i + 1u < n; out_i++) {
            sv_Candidate c = rec;
            c.part_count = 0;
            for (uint32_t i = 0; i < n; i++)
                if (i != out_i) c.parts[c.part_count++] = all[i];
            if (!judge(s, m, dd->decision, &c, v)) return false;
            fold(1, v, best, worst, &has_r, &has_w);
        }
        for (uint32_t i = 0; i < de->parts.count && i < 32; i++) {
            if (!(dd->parts_enabled & (1u << i)) || sc->parts[de->parts.start + i].expert != -1)
                continue;
            sv_Candidate c = rec;
            if (c.part_count >= de->compose_max || c.part_count >= SV_MAX_COMPOSE) c.part_count--;
            c.parts[c.part_count++] = (int32_t)(de->parts.start + i);
            if (!judge(s, m, dd->decision, &c, v)) return false;
            fold(-1, v, best, worst, &has_r, &has_w);
        }
    }
    *out = 0;
    for (int p = 0; has_r && has_w && p < SV_PRINCIPLE_COUNT; p++)
        if (best[p] > worst[p]) *out |= 1u << p;
    return true;
}

/* Plays the recommended path, then the one with no answers, and judges each
 * decision the first time it is debriefed. */
static bool cover_scenario(const sv_Pack *pack, const sv_Scenario *sc, const sv_ScoreModel *base,
                           DecCov *cov)
{
    for (uint32_t d = 0; d < sc->decision_count; d++) {
        memset(&cov[d], 0, sizeof cov[d]);
        cov[d].named = named_for(sc, &sc->decisions[d]);
    }
    for (int path = 0; path < 2; path++) {
        sv_Run run;
        sv_Debrief db;
        if (!tool_start_run(&run, pack, sc, base, pack->first_language)) return false;
        tool_agree_play(&run, path == 0, 0, NULL, NULL);
        bool ok = sv_debrief_build(&run.s, run.model, SV_LANG_EN, &db) == SV_OK;
        for (size_t k = 0; ok && k < db.decision_count; k++) {
            const sv_DebriefDecision *dd = &db.decisions[k];
            if (dd->lapsed || cov[dd->decision].judged) continue;
            ok = model_side(&run.s, run.model, dd, &cov[dd->decision].model);
            cov[dd->decision].judged = true;
        }
        if (ok) sv_debrief_free(&db);
        sv_run_stop(&run);
        if (!ok) return false;
    }
    return true;
}

/* ---- output --------------------------------------------------------------------- */

typedef struct Buf {
    char *s;
    size_t len, cap;
} Buf;

static void put(Buf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *g = realloc(b->s, cap);
        if (!g) return; /* out of memory: the table comes out short and the check fails */
        b->s = g;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n + 1);
    b->len += n;
}

/* The scenario x principle table: a row per principle, a column per scenario,
 * each cell the decisions it decides there; the last column counts them. */
static void table(Buf *b, const sv_Pack *pack, DecCov *const *cov)
{
    put(b, "| principle |");
    for (uint32_t i = 0; i < pack->scenario_count; i++) {
        put(b, " ");
        put(b, pack->scenarios[i].id);
        put(b, " |");
    }
    put(b, " decisions |\n|---|");
    for (uint32_t i = 0; i < pack->scenario_count; i++) put(b, "---|");
    put(b, "---:|\n");
    for (int p = 0; p < SV_PRINCIPLE_COUNT; p++) {
        uint32_t n = 0;
        put(b, "| ");
        put(b, sv_principle_name((sv_Principle)p));
        put(b, " |");
        for (uint32_t i = 0; i < pack->scenario_count; i++) {
            const sv_Scenario *sc = &pack->scenarios[i];
            bool any = false;
            for (uint32_t d = 0; d < sc->decision_count; d++) {
                if (!(cov[i][d].named & (1u << p))) continue;
                put(b, any ? ", " : " ");
                put(b, sc->decisions[d].id);
                if (!(cov[i][d].model & (1u << p))) put(b, "†"); /* the model does not see it */
                any = true;
                n++;
            }
            put(b, any ? " |" : " – |");
        }
        char num[32];
        snprintf(num, sizeof num, " %u |\n", n);
        put(b, num);
    }
}

/* Compares the table with the block between the markers in `path`, or
 * writes it there. 0 when they agree (or it was written), 1 otherwise. */
static int readme(const char *path, const char *tab, bool write)
{
    size_t len;
    char *text = tool_read_file(path, &len);
    if (!text) return 1;
    char *a = strstr(text, BEGIN_MARK), *e = a ? strstr(a, END_MARK) : NULL;
    if (!a || !e) {
        fprintf(stderr, "%s: no coverage table: put the lines %s and %s where it goes\n", path,
                BEGIN_MARK, END_MARK);
        free(text);
        return 1;
    }
    a += strlen(BEGIN_MARK);
    if (*a == '\n') a++;
    size_t have = (size_t)(e - a);
    int rc = 0;
    if (write) {
        Buf out = {0};
        put(&out, "");
        if (out.s) {
            char keep = *a;
            *a = '\0';
            put(&out, text);
            *a = keep;
            put(&out, tab);
            put(&out, e);
        }
        rc = out.s && tool_write_file(path, out.s) ? 0 : 1;
        if (!rc) printf("%s: coverage table written\n", path);
        free(out.s);
    } else if (have != strlen(tab) || memcmp(a, tab, have) != 0) {
        /* the first line that differs, with its number in the file */
        size_t i = 0, line = 1;
        for (char *c = text; c < a; c++) line += *c == '\n';
        while (i < have && tab[i] && a[i] == tab[i]) line += a[i++] == '\n';
        fprintf(stderr,
                "%s:%zu: the coverage table differs from what svara-tool coverage makes of the "
                "pack now; write it again with --readme %s --write\n",
                path, line, path);
        rc = 1;
    } else {
        printf("%s: the coverage table is up to date\n", path);
    }
    free(text);
    return rc;
}

int tool_coverage(int argc, char **argv)
{
    const char *pack_arg = NULL, *readme_path = NULL;
    bool markdown = false, write = false;
    uint32_t min = 2;
    int pos = 0;
    const char **slots[] = {&pack_arg};
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--markdown") == 0) {
            markdown = true;
        } else if (strcmp(argv[i], "--write") == 0) {
            write = true;
        } else if (strcmp(argv[i], "--readme") == 0 && i + 1 < argc) {
            readme_path = argv[++i];
        } else if (strcmp(argv[i], "--min") == 0 && i + 1 < argc) {
            char *end;
            unsigned long v = strtoul(argv[++i], &end, 10);
            if (*end || !*argv[i] || v > 1000) {
                fprintf(stderr, "svara-tool coverage: --min wants a whole number, not '%s'\n",
                        argv[i]);
                return 2;
            }
            min = (uint32_t)v;
        } else if (tool_positional("coverage", argv[i], slots, 1, &pos)) {
            return 2;
        }
    }
    if (!pack_arg || (write && !readme_path)) {
        fputs("usage: svara-tool coverage PACK [--min N] [--markdown] [--readme FILE [--write]]\n",
              stderr);
        return 2;
    }
    sv_Pack *pack = tool_open_pack(pack_arg);
    if (!pack) return 1;
    sv_ScoreModel *m = tool_load_model(NULL); /* each run applies the pack's changes */
    DecCov **cov = calloc(pack->scenario_count + 1u, sizeof *cov);
    bool ok = m && cov;
    for (uint32_t i = 0; ok && i < pack->scenario_count; i++) {
        cov[i] = calloc(pack->scenarios[i].decision_count + 1u, sizeof **cov);
        ok = cov[i] && cover_scenario(pack, &pack->scenarios[i], m, cov[i]);
    }
    int rc = ok ? 0 : 1;
    if (!ok && m) fputs("svara-tool coverage: out of memory\n", stderr);
    Buf tab = {0};
    if (ok && (markdown || readme_path)) {
        table(&tab, pack, cov);
        ok = tab.s != NULL;
        rc = ok ? 0 : 1;
    }
    if (ok && markdown) fputs(tab.s, stdout);
    if (ok && !markdown) {
        uint32_t decisions = 0, judged = 0, shorts = 0;
        for (uint32_t i = 0; i < pack->scenario_count; i++)
            for (uint32_t d = 0; d < pack->scenarios[i].decision_count; d++) {
                decisions++;
                judged += cov[i][d].judged ? 1u : 0u;
            }
        printf("coverage of pack '%s': %u scenarios, %u decisions, %u judged by the model\n"
               "a principle decides a decision when the annotation of a recommended or warned\n"
               "answer there names it; the model bears it out when its rules citing it score\n"
               "a recommended answer there above a warned one\n"
               "  %-27s %7s %9s\n",
               pack->id, pack->scenario_count, decisions, judged, "principle", "decides",
               "borne out");
        for (int p = 0; p < SV_PRINCIPLE_COUNT; p++) {
            uint32_t n = 0, both = 0;
            for (uint32_t i = 0; i < pack->scenario_count; i++)
                for (uint32_t d = 0; d < pack->scenarios[i].decision_count; d++) {
                    n += (cov[i][d].named >> p) & 1u;
                    both += (cov[i][d].named & cov[i][d].model) >> p & 1u;
                }
            printf("  %-27s %7u %9u\n", sv_principle_name((sv_Principle)p), n, both);
            if (n < min) {
                printf("principle %s decides %u decision%s: fewer than %u\n",
                       sv_principle_name((sv_Principle)p), n, n == 1 ? "" : "s", min);
                shorts++;
            } else if (both < min) {
                printf("note: the model bears %s out at %u decision%s only\n",
                       sv_principle_name((sv_Principle)p), both, both == 1 ? "" : "s");
            }
        }
        for (uint32_t i = 0; i < pack->scenario_count; i++)
            for (uint32_t d = 0; d < pack->scenarios[i].decision_count; d++)
                if (!cov[i][d].judged)
                    printf("not judged by the model (it opens on neither the recommended path "
                           "nor the one with no answers): %s/%s\n",
                           pack->scenarios[i].id, pack->scenarios[i].decisions[d].id);
        if (!shorts) printf("every principle decides at least %u decisions\n", min);
        rc = shorts ? 1 : 0;
    }
    if (ok && readme_path) { /* after the counts, so a stale table is the last word */
        int r = readme(readme_path, tab.s, write);
        if (r) rc = r;
    }
    free(tab.s);
    for (uint32_t i = 0; cov && i < pack->scenario_count; i++) free(cov[i]);
    free(cov);
    sv_score_free(m);
    sv_pack_unload(pack);
    return rc;
}
