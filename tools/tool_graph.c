/* svara-tool graph: a scenario as a Graphviz graph. Posts sit in one box per
 * channel; decisions with their options (coloured by the mean reputation
 * change explore measured) and composer; events; endings; every edge is an
 * effect, a time or a thread, labelled with its delay and the condition that
 * guards what it leads to. --svg renders it with Graphviz's dot. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "svara/json.h"
#include "svara/score.h"
#include "tool.h"

#define LABEL_MAX 90 /* a condition longer than this is cut, so edges stay readable */

typedef struct Graph {
    const sv_Scenario *sc;
    FILE *out;
    double *rep;  /* [option_count] mean reputation change, in points */
    uint8_t *has; /* [option_count] measured */
    /* [decision_count] every outcome's change summed (runs times the mean)
     * and the runs: an option is coloured by how far it is from its
     * decision's mean, since reputation drifts over any run */
    double *dsum;
    double *dn;
} Graph;

/* ---- conditions as short text ------------------------------------------------ */

static const char *const ops[] = {"<", "<=", "==", "!=", ">=", ">"};

typedef struct Buf {
    char *s;
    size_t len, cap;
} Buf;

static void put(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(Buf *b, const char *fmt, ...)
{
    if (b->len + 1 >= b->cap) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    if (n > 0) b->len = b->len + (size_t)n < b->cap ? b->len + (size_t)n : b->cap - 1;
}

static void cond_text(const sv_Scenario *sc, int32_t c, Buf *b, int depth)
{
    if (c < 0) {
        put(b, "true");
        return;
    }
    const sv_Cond *co = &sc->conds[c];
    const char *op = co->op < 6 ? ops[co->op] : "?";
    switch ((sv_CondKind)co->kind) {
    case SV_COND_TRUE: put(b, "true"); break;
    case SV_COND_FLAG: put(b, "%s", sc->flags[co->ref]); break;
    case SV_COND_VAR: put(b, "%s %s %d", sc->vars[co->ref].id, op, co->value); break;
    case SV_COND_METER:
        if (co->ref == SV_METER_REACH)
            put(b, "reach %s %d", op, co->value);
        else
            put(b, "%s %s %d", sv_meter_name((sv_Meter)co->ref), op, co->value / 10);
        break;
    case SV_COND_CHOSE: put(b, "chose %s", sc->options[co->ref].id); break;
    case SV_COND_SEEN: put(b, "seen %s", sc->posts[co->ref].id); break;
    case SV_COND_ANSWERED: put(b, "answered %s", sc->decisions[co->ref].id); break;
    case SV_COND_TIME: put(b, "time %s %us", op, (unsigned)co->value / 1000u); break;
    case SV_COND_KNOWN: put(b, "knows %s", sc->facts[co->ref].id); break;
    case SV_COND_NOT:
        put(b, "not ");
        if (co->kids_count) cond_text(sc, (int32_t)sc->cond_kids[co->kids_start], b, depth + 1);
        break;
    case SV_COND_ALL:
    case SV_COND_ANY:
        if (depth) put(b, "(");
        for (uint32_t i = 0; i < co->kids_count; i++) {
            if (i) put(b, co->kind == SV_COND_ALL ? " and " : " or ");
            cond_text(sc, (int32_t)sc->cond_kids[co->kids_start + i], b, depth + 1);
        }
        if (!co->kids_count) put(b, co->kind == SV_COND_ALL ? "true" : "false");
        if (depth) put(b, ")");
        break;
    }
}

static bool g_true(const sv_Scenario *sc, int32_t c)
{
    return sc->conds[c].kind == SV_COND_TRUE ||
           (sc->conds[c].kind == SV_COND_ALL && sc->conds[c].kids_count == 0);
}

/* The condition, shortened, as "when ..."; "" for none. */
static const char *when_text(const sv_Scenario *sc, int32_t c, char *buf, size_t size)
{
    buf[0] = '\0';
    if (c < 0 || g_true(sc, c)) return buf;
    char tmp[512];
    Buf b = {tmp, 0, sizeof tmp};
    tmp[0] = '\0';
    cond_text(sc, c, &b, 0);
    if (strlen(tmp) > LABEL_MAX) memcpy(tmp + LABEL_MAX - 3, "...", 4);
    snprintf(buf, size, "when %s", tmp);
    return buf;
}

/* ---- DOT ----------------------------------------------------------------------- */

/* A DOT string: quotes and backslashes escaped, line breaks as \n. */
static void q(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fprintf(f, "\\%c", *s);
        else if (*s == '\n')
            fputs("\\n", f);
        else
            fputc(*s, f);
    }
    fputc('"', f);
}

/* A time as an author reads it: 45s, 1.5s, 2m 55s, 4h 30m, 2d 23h (negative: history). */
static void secs(char *buf, size_t size, int64_t ms)
{
    const char *sign = ms < 0 ? "-" : "";
    int64_t a = ms < 0 ? -ms : ms, sec = a / 1000;
    if (a < 120000 && a % 1000)
        snprintf(buf, size, "%s%.1fs", sign, (double)a / 1000.0);
    else if (sec < 120)
        snprintf(buf, size, "%s%llds", sign, (long long)sec);
    else if (sec < 7200)
        snprintf(buf, size, sec % 60 ? "%s%lldm %llds" : "%s%lldm", sign, (long long)(sec / 60),
                 (long long)(sec % 60));
    else if (sec < 172800)
        snprintf(buf, size, "%s%lldh %lldm", sign, (long long)(sec / 3600),
                 (long long)(sec / 60 % 60));
    else
        snprintf(buf, size, "%s%lldd %lldh", sign, (long long)(sec / 86400),
                 (long long)(sec / 3600 % 24));
}

/* Red below the decision's mean, white at it, green above; full colour 15 points off. */
static void rep_colour(double v, char *buf, size_t size)
{
    double t = v / 15.0;
    if (t > 1) t = 1;
    if (t < -1) t = -1;
    int r = 255, g = 255, b = 255;
    if (t < 0) {
        g = (int)(255 + t * 150);
        b = (int)(255 + t * 150);
    } else {
        r = (int)(255 - t * 150);
        b = (int)(255 - t * 150);
    }
    snprintf(buf, size, "#%02x%02x%02x", r, g, b);
}

/* Node names: a kind letter and the id, so a graph of any ids is valid DOT. */
static void node(FILE *f, char kind, const char *id) { fprintf(f, "\"%c:%s\"", kind, id); }

static void effect_edges(Graph *g, char kind, const char *from, sv_Span effects)
{
    const sv_Scenario *sc = g->sc;
    for (uint32_t i = 0; i < effects.count; i++) {
        const sv_Effect *e = &sc->effects[effects.start + i];
        char to_kind;
        const char *to;
        int32_t when;
        switch ((sv_EffectKind)e->kind) {
        case SV_EFFECT_POST:
            to_kind = 'p', to = sc->posts[e->ref].id, when = sc->posts[e->ref].when;
            break;
        case SV_EFFECT_DECISION:
            to_kind = 'd', to = sc->decisions[e->ref].id, when = sc->decisions[e->ref].when;
            break;
        case SV_EFFECT_EVENT:
            to_kind = 'e', to = sc->events[e->ref].id, when = sc->events[e->ref].when;
            break;
        case SV_EFFECT_END: to_kind = 'x', to = sc->endings[e->ref].id, when = -1; break;
        default: continue;
        }
        char t[32], w[LABEL_MAX + 16], label[LABEL_MAX + 64];
        secs(t, sizeof t, e->after_ms);
        when_text(sc, when, w, sizeof w);
        snprintf(label, sizeof label, "%s%s%s", e->after_ms ? "after " : "", e->after_ms ? t : "",
                 w[0] ? (e->after_ms ? "\n" : "") : "");
        snprintf(label + strlen(label), sizeof label - strlen(label), "%s", w);
        node(g->out, kind, from);
        fputs(" -> ", g->out);
        node(g->out, to_kind, to);
        fputs(" [label=", g->out);
        q(g->out, label);
        fputs("];\n", g->out);
    }
}

/* Appends when a node comes by itself and the condition it must meet then
 * (a start hub with an edge to every timed node made the graph unreadable). */
static void timing(const Graph *g, char *label, size_t size, int32_t at_ms, int32_t when)
{
    char t[32], w[LABEL_MAX + 16];
    size_t n = strlen(label);
    if (at_ms != SV_NEVER) {
        secs(t, sizeof t, at_ms);
        snprintf(label + n, size - n, "\nat %s", t);
        n = strlen(label);
    }
    if (when_text(g->sc, when, w, sizeof w)[0]) snprintf(label + n, size - n, "\n%s", w);
}

static void write_posts(Graph *g)
{
    const sv_Scenario *sc = g->sc;
    for (uint32_t c = 0; c < sc->channel_count; c++) {
        fprintf(g->out, "  subgraph \"cluster_%s\" {\n    label=", sc->channels[c].id);
        char name[200];
        snprintf(name, sizeof name, "#%s (%s%s)", sc->channels[c].id,
                 sv_channel_type_name(sc->channels[c].type),
                 sc->channels[c].watched ? "" : ", not watched");
        q(g->out, name);
        fputs("; style=rounded; color=\"#8090a0\";\n", g->out);
        for (uint32_t i = 0; i < sc->post_count; i++) {
            const sv_Post *p = &sc->posts[i];
            if (p->channel != (int32_t)c) continue;
            char label[300];
            snprintf(label, sizeof label, "%s\n%s, %s", p->id, sc->personas[p->author].handle,
                     p->valence == SV_VALENCE_NEGATIVE   ? "negative"
                     : p->valence == SV_VALENCE_POSITIVE ? "positive"
                                                         : "neutral");
            timing(g, label, sizeof label, p->at_ms, p->when);
            fputs("    ", g->out);
            node(g->out, 'p', p->id);
            fputs(" [shape=box, style=filled, fillcolor=\"#eef3fb\", label=", g->out);
            q(g->out, label);
            fputs("];\n", g->out);
        }
        fputs("  }\n", g->out);
    }
    for (uint32_t i = 0; i < sc->post_count; i++) {
        const sv_Post *p = &sc->posts[i];
        if (p->reply_to >= 0) {
            fputs("  ", g->out);
            node(g->out, 'p', sc->posts[p->reply_to].id);
            fputs(" -> ", g->out);
            node(g->out, 'p', p->id);
            fputs(" [style=dashed, arrowhead=none, color=\"#8090a0\"];\n", g->out);
        }
    }
}

static void write_decisions(Graph *g)
{
    const sv_Scenario *sc = g->sc;
    for (uint32_t d = 0; d < sc->decision_count; d++) {
        const sv_Decision *de = &sc->decisions[d];
        char label[300], w[LABEL_MAX + 16], col[16];
        snprintf(label, sizeof label, "%s\n%u s to answer", de->id, de->deadline_ms / 1000u);
        timing(g, label, sizeof label, de->at_ms, de->when);
        fputs("  ", g->out);
        node(g->out, 'd', de->id);
        fputs(" [shape=box, style=\"rounded,filled,bold\", fillcolor=\"#fff4d6\", label=", g->out);
        q(g->out, label);
        fputs("];\n", g->out);
        if (de->about >= 0) {
            fputs("  ", g->out);
            node(g->out, 'p', sc->posts[de->about].id);
            fputs(" -> ", g->out);
            node(g->out, 'd', de->id);
            fputs(" [color=\"#c09030\", style=dashed, label=\"about\"];\n", g->out);
        }
        for (uint32_t i = 0; i < de->options.count; i++) {
            uint32_t o = de->options.start + i;
            const sv_Option *op = &sc->options[o];
            double rel = g->has[o] && g->dn[d] > 0 ? g->rep[o] - g->dsum[d] / g->dn[d] : 0;
            if (g->has[o])
                snprintf(label, sizeof label, "%s\n%s, rep %+.1f (%+.1f)", op->id,
                         sv_action_name(op->action), g->rep[o], rel);
            else
                snprintf(label, sizeof label, "%s\n%s", op->id, sv_action_name(op->action));
            rep_colour(rel, col, sizeof col);
            fputs("  ", g->out);
            node(g->out, 'o', op->id);
            fprintf(g->out, " [shape=ellipse, style=filled, fillcolor=\"%s\"%s, label=", col,
                    op->expert == 1 ? ", penwidth=2" : "");
            q(g->out, label);
            fputs("];\n  ", g->out);
            node(g->out, 'd', de->id);
            fputs(" -> ", g->out);
            node(g->out, 'o', op->id);
            fputs(" [label=", g->out);
            q(g->out, when_text(sc, op->when, w, sizeof w));
            fprintf(g->out, "%s];\n", (int32_t)o == de->default_option ? ", style=bold" : "");
            effect_edges(g, 'o', op->id, op->effects);
        }
        if (de->parts.count) {
            char id[SV_MAX_ID_BYTES + 16];
            snprintf(id, sizeof id, "%s/compose", de->id);
            snprintf(label, sizeof label, "compose\n%u-%u of %u parts, %s%s%s", de->compose_min,
                     de->compose_max, de->parts.count, de->compose_public ? "public" : "",
                     de->compose_public && de->compose_private ? "/" : "",
                     de->compose_private ? "private" : "");
            fputs("  ", g->out);
            node(g->out, 'o', id);
            fputs(" [shape=component, style=filled, fillcolor=\"#f4f4f4\", label=", g->out);
            q(g->out, label);
            fputs("];\n  ", g->out);
            node(g->out, 'd', de->id);
            fputs(" -> ", g->out);
            node(g->out, 'o', id);
            fputs(";\n", g->out);
            effect_edges(g, 'o', id, de->compose_effects);
            for (uint32_t i = 0; i < de->parts.count; i++)
                effect_edges(g, 'o', id, sc->parts[de->parts.start + i].effects);
        }
        if (de->on_timeout.count) {
            char id[SV_MAX_ID_BYTES + 16];
            snprintf(id, sizeof id, "%s/timeout", de->id);
            fputs("  ", g->out);
            node(g->out, 'o', id);
            fputs(" [shape=plaintext, label=\"deadline passes\"];\n  ", g->out);
            node(g->out, 'd', de->id);
            fputs(" -> ", g->out);
            node(g->out, 'o', id);
            fputs(" [style=dotted];\n", g->out);
            effect_edges(g, 'o', id, de->on_timeout);
        }
    }
}

static void write_rest(Graph *g)
{
    const sv_Scenario *sc = g->sc;
    char w[LABEL_MAX + 16];
    for (uint32_t i = 0; i < sc->event_count; i++) {
        const sv_EventDef *e = &sc->events[i];
        fputs("  ", g->out);
        node(g->out, 'e', e->id);
        fputs(" [shape=hexagon, style=filled, fillcolor=\"#e8e0f4\", label=", g->out);
        char label[300];
        snprintf(label, sizeof label, "%s", e->id);
        timing(g, label, sizeof label, e->at_ms, e->when);
        q(g->out, label);
        fputs("];\n", g->out);
        effect_edges(g, 'e', e->id, e->effects);
    }
    /* a workshop's injects: what each brings on when it fires (by itself or
     * by the facilitator's key) */
    for (uint32_t i = 0; i < sc->inject_count; i++) {
        const sv_Inject *in = &sc->injects[i];
        char label[300], t[32];
        if (in->at_ms == SV_NEVER) {
            snprintf(label, sizeof label, "inject %s\nby the facilitator", in->id);
        } else {
            secs(t, sizeof t, in->at_ms);
            snprintf(label, sizeof label, "inject %s\nat %s", in->id, t);
        }
        fputs("  ", g->out);
        node(g->out, 'i', in->id);
        fputs(" [shape=cds, style=filled, fillcolor=\"#fde2c8\", label=", g->out);
        q(g->out, label);
        fputs("];\n", g->out);
        const char kinds[] = {'e', 'p', 'd'};
        const int32_t refs[] = {in->event, in->post, in->decision};
        for (int k = 0; k < 3; k++) {
            if (refs[k] < 0) continue;
            const char *id = kinds[k] == 'e'   ? sc->events[refs[k]].id
                             : kinds[k] == 'p' ? sc->posts[refs[k]].id
                                               : sc->decisions[refs[k]].id;
            fputs("  ", g->out);
            node(g->out, 'i', in->id);
            fputs(" -> ", g->out);
            node(g->out, kinds[k], id);
            fputs(" [color=\"#c06020\", label=\"fires\"];\n", g->out);
        }
    }
    /* at the end the first ending whose condition holds is taken */
    fputs("  over [shape=circle, label=\"end\", width=0.5, style=filled, fillcolor=\"#dddddd\"];\n",
          g->out);
    for (uint32_t i = 0; i < sc->ending_count; i++) {
        const sv_Ending *e = &sc->endings[i];
        fputs("  ", g->out);
        node(g->out, 'x', e->id);
        fputs(" [shape=doubleoctagon, style=filled, fillcolor=\"#dff0df\", label=", g->out);
        q(g->out, e->id);
        fputs("];\n  over -> ", g->out);
        node(g->out, 'x', e->id);
        char label[LABEL_MAX + 32];
        snprintf(label, sizeof label, "%u. %s", i + 1,
                 e->when < 0 ? "otherwise" : when_text(sc, e->when, w, sizeof w));
        fputs(" [style=dotted, label=", g->out);
        q(g->out, label);
        fputs("];\n", g->out);
    }
}

static void write_dot(Graph *g)
{
    const sv_Scenario *sc = g->sc;
    fprintf(g->out, "digraph ");
    q(g->out, sc->id);
    fputs(" {\n  rankdir=LR; newrank=true; fontname=\"DejaVu Sans\"; fontsize=11;\n"
          "  node [fontname=\"DejaVu Sans\", fontsize=10];\n"
          "  edge [fontname=\"DejaVu Sans\", fontsize=8, color=\"#506070\"];\n",
          g->out);
    /* no layout limits: at 600 and 2,000 nodes dot's defaults were the quicker
     * (mclimit/nslimit made it slower) */
    write_posts(g);
    write_decisions(g);
    write_rest(g);
    fputs("}\n", g->out);
}

/* ---- colours: explore's JSON, or runs of our own ------------------------------- */

static bool read_explore(Graph *g, const char *path)
{
    size_t len;
    char *bytes = tool_read_file(path, &len);
    if (!bytes) return false;
    sv_DiagList diags;
    sv_diag_init(&diags);
    cJSON *root = sv_json_parse(path, bytes, len, &diags);
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    free(bytes);
    if (!root) return false;
    bool found = false;
    const cJSON *sc;
    cJSON_ArrayForEach(sc, root)
    {
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(sc, "scenario");
        if (!cJSON_IsString(id) || strcmp(id->valuestring, g->sc->id) != 0) continue;
        found = true;
        const cJSON *d, *o;
        cJSON_ArrayForEach(d, cJSON_GetObjectItemCaseSensitive(sc, "decisions"))
        {
            const cJSON *did = cJSON_GetObjectItemCaseSensitive(d, "id");
            int32_t di =
                cJSON_IsString(did) ? sv_scenario_find_decision(g->sc, did->valuestring) : -1;
            cJSON_ArrayForEach(o, cJSON_GetObjectItemCaseSensitive(d, "outcomes"))
            {
                const cJSON *oid = cJSON_GetObjectItemCaseSensitive(o, "option");
                const cJSON *runs = cJSON_GetObjectItemCaseSensitive(o, "runs");
                const cJSON *md = cJSON_GetObjectItemCaseSensitive(o, "mean_delta");
                const cJSON *rep = cJSON_GetObjectItemCaseSensitive(md, "reputation");
                if (!cJSON_IsString(oid) || !cJSON_IsNumber(rep) || !cJSON_IsNumber(runs) ||
                    runs->valuedouble <= 0 || di < 0)
                    continue;
                g->dsum[di] += rep->valuedouble * runs->valuedouble;
                g->dn[di] += runs->valuedouble;
                int32_t k = sv_scenario_find_option(g->sc, oid->valuestring);
                if (k < 0) continue;
                g->rep[k] = rep->valuedouble;
                g->has[k] = 1;
            }
        }
    }
    cJSON_Delete(root);
    if (!found) fprintf(stderr, "%s: no explore results for scenario '%s'\n", path, g->sc->id);
    return found;
}

static bool measure(Graph *g, const sv_Pack *pack, uint32_t runs)
{
    const sv_Scenario *sc = g->sc;
    sv_ScoreModel *base = tool_load_model(pack); /* with the pack's changes, for every run */
    if (!base) return false;
    uint32_t *count = calloc(sc->option_count + 1u, sizeof *count);
    int64_t *sum = calloc(sc->option_count + 1u, sizeof *sum);
    bool ok = count && sum;
    for (uint32_t i = 0; ok && i < runs; i++) {
        ToolPlayout r;
        if (!tool_playout(pack, sc, base, 1u + i, &r)) {
            ok = false;
            break;
        }
        for (uint32_t d = 0; d < sc->decision_count; d++) {
            if (r.outcome[d] != TOOL_OUTCOME_NONE) {
                g->dsum[d] += r.delta[d][SV_METER_REPUTATION] / 10.0;
                g->dn[d] += 1;
            }
            if (r.outcome[d] >= 0) {
                count[r.outcome[d]]++;
                sum[r.outcome[d]] += r.delta[d][SV_METER_REPUTATION];
            }
        }
        tool_playout_free(&r);
    }
    for (uint32_t o = 0; ok && o < sc->option_count; o++)
        if (count[o]) {
            g->rep[o] = (double)sum[o] / count[o] / 10.0;
            g->has[o] = 1;
        }
    free(count);
    free(sum);
    sv_score_free(base);
    return ok;
}

/* dot -Tsvg -o SVG DOT, without a shell between. */
static bool render_svg(const char *dot_path, const char *svg_path)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) {
        execlp("dot", "dot", "-Tsvg", "-o", svg_path, dot_path, (char *)NULL);
        fprintf(stderr,
                "svara-tool graph: cannot run Graphviz's dot (%s); tools/setup.sh "
                "installs it (Debian package graphviz)\n",
                strerror(errno));
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0) return false;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int tool_graph(int argc, char **argv)
{
    const char *pos[2] = {NULL, NULL}, *dot_path = NULL, *svg_path = NULL, *explore = NULL;
    uint32_t runs = 200;
    int np = 0;
    for (int i = 0; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(argv[i], "-o") == 0 && v) {
            dot_path = v, i++;
        } else if (strcmp(argv[i], "--svg") == 0 && v) {
            svg_path = v, i++;
        } else if (strcmp(argv[i], "--explore") == 0 && v) {
            explore = v, i++;
        } else if (strcmp(argv[i], "--runs") == 0 && v) {
            char *end;
            unsigned long n = strtoul(v, &end, 10);
            if (*end || v[0] == '-' || n > 1000000ul) {
                fprintf(stderr, "svara-tool graph: --runs wants a whole number, not '%s'\n", v);
                return 2;
            }
            runs = (uint32_t)n;
            i++;
        } else if (argv[i][0] == '-' || np == 2) {
            fprintf(stderr, "svara-tool graph: unknown or unexpected argument '%s'\n", argv[i]);
            return 2;
        } else {
            pos[np++] = argv[i];
        }
    }
    if (np < 2) {
        fputs("usage: svara-tool graph PACK SCENARIO [-o FILE.dot] [--svg FILE.svg]\n"
              "                        [--explore FILE.json | --runs N]\n",
              stderr);
        return 2;
    }
    sv_Pack *pack = tool_open_pack(pos[0]);
    if (!pack) return 1;
    int rc = 1;
    Graph g;
    memset(&g, 0, sizeof g);
    char tmp[] = "/tmp/svara-graph-XXXXXX";
    int32_t si = sv_pack_find_scenario(pack, pos[1]);
    if (si < 0) {
        fprintf(stderr, "svara-tool graph: pack '%s' has no scenario '%s'\n", pack->id, pos[1]);
        goto done;
    }
    g.sc = &pack->scenarios[si];
    g.rep = calloc(g.sc->option_count + 1u, sizeof *g.rep);
    g.has = calloc(g.sc->option_count + 1u, 1);
    g.dsum = calloc(g.sc->decision_count + 1u, sizeof *g.dsum);
    g.dn = calloc(g.sc->decision_count + 1u, sizeof *g.dn);
    if (!g.rep || !g.has || !g.dsum || !g.dn) goto done;
    if (explore ? !read_explore(&g, explore) : (runs && !measure(&g, pack, runs))) goto done;
    if (dot_path) {
        g.out = fopen(dot_path, "w");
    } else if (svg_path) {
        int fd = mkstemp(tmp);
        g.out = fd >= 0 ? fdopen(fd, "w") : NULL;
        dot_path = tmp;
    } else {
        g.out = stdout;
    }
    if (!g.out) {
        fprintf(stderr, "svara-tool graph: cannot write %s\n", dot_path);
        goto done;
    }
    write_dot(&g);
    bool written = g.out == stdout ? fflush(stdout) == 0 : fclose(g.out) == 0;
    if (!written) {
        fprintf(stderr, "svara-tool graph: writing %s failed\n", dot_path ? dot_path : "stdout");
        goto done;
    }
    rc = 0;
    if (svg_path && !render_svg(dot_path, svg_path)) {
        fprintf(stderr, "svara-tool graph: dot could not render %s\n", svg_path);
        rc = 1;
    }
done:
    if (dot_path == tmp) remove(tmp);
    free(g.rep);
    free(g.has);
    free(g.dsum);
    free(g.dn);
    sv_pack_unload(pack);
    return rc;
}
