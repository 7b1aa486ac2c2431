/* The benchmark's scenario is written as JSON and parsed with the core's own
 * loader, so it is a scenario like any other (and stays valid when the model
 * grows). Three threads: the complaint takes most of the posts, two others
 * keep new threads arriving at the top. */
#include "bench.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>

#include "svara/arena.h"
#include "svara/audience.h"

#define DURATION_S 240
#define SPEED_PCT 1000u /* ten times real time: the whole thread in the frames measured */

struct ui_Bench {
    sv_Arena *arena;
    sv_Pack pack;
    sv_Scenario sc;
    double *ms;
    unsigned *rendered;
    size_t count;
    double load_ms;
    unsigned warmed;
};

typedef struct Buf {
    char *s;
    size_t n, cap;
    bool nomem;
} Buf;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void
put(Buf *b, const char *fmt, ...)
{
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(b->s ? b->s + b->n : NULL, b->s ? b->cap - b->n : 0, fmt, ap);
        va_end(ap);
        if (n < 0) return;
        if (b->s && b->n + (size_t)n < b->cap) {
            b->n += (size_t)n;
            return;
        }
        size_t cap = (b->cap ? b->cap * 2 : 65536) + (size_t)n;
        char *grown = realloc(b->s, cap);
        if (!grown) {
            b->nomem = true;
            return;
        }
        b->s = grown;
        b->cap = cap;
    }
}

static const char *const lines[] = {
    "Still waiting for my order. Two weeks now and nobody answers the phone.",
    "Same here! Ordered on the 3rd, tracking hasn't moved since Monday.",
    "This is why I stopped ordering from them. Customer service is a joke.",
    "Have you tried the chat? They answered me within an hour last week.",
    ("Honestly the worst delivery experience I've had this year. Not impressed at all, and "
     "I've been a loyal customer for years, which makes it even more disappointing."),
    "Mine came yesterday, box crushed but the contents were fine.",
    "Åsa here – same problem in Göteborg, and my neighbour in Tromsø says the same. Hør på oss!",
    "Can someone from the company please respond to this thread?",
};

/* A crowd of twenty thousand that comments from six pools, so comments stream
 * into the thread and the counts tick as they would in a busy real one. */
static void write_audience(Buf *b)
{
    put(b, "\"audience\":{\"size\":20000,\"segments\":["
           "{\"id\":\"friends\",\"kind\":\"complainer\",\"share\":30,\"stance\":-50},"
           "{\"id\":\"fans\",\"kind\":\"fan\",\"share\":10,\"stance\":60},"
           "{\"id\":\"trolls\",\"kind\":\"troll\",\"count\":200,\"stance\":-90}],"
           "\"comments\":[");
    for (int st = 0; st < SV_STANCE_COUNT; st++)
        for (int ab = 0; ab < SV_ABOUT_COUNT; ab++)
            put(b, "%s{\"stance\":\"%s\",\"about\":\"%s\",\"texts\":[\"%s\",\"%s\",\"%s\"]}",
                st || ab ? "," : "", sv_stance_name((sv_StanceBucket)st),
                sv_about_name((sv_CommentAbout)ab),
                st == 0   ? "Unbelievable. Still nothing?"
                : st == 1 ? "Following this one."
                          : "They usually sort it out.",
                ab ? "Let's see if they mean it this time."
                   : "Same thing happened to me last month.",
                st == 2 ? "Good to see a real answer for once."
                        : "Sharing so more people see this.");
    put(b, "]}");
}

static void write_head(Buf *b)
{
    put(b,
        "{\"format\":1,\"id\":\"bench\",\"title\":\"Benchmark\",\"summary\":\"A busy thread\","
        "\"briefing\":\"Made up for the benchmark.\","
        "\"brand\":{\"name\":\"Benchbrand\",\"handle\":\"@benchbrand\",\"colour\":\"#3355aa\"},"
        "\"duration\":%d,\"meters\":{\"reputation\":55,\"sentiment\":45,\"mood\":20,\"reach\":0},"
        "\"channels\":[{\"id\":\"feed\",\"type\":\"public-feed\",\"name\":\"Feed\"},"
        "{\"id\":\"reviews\",\"type\":\"review-site\",\"name\":\"Reviews\"},"
        "{\"id\":\"dm\",\"type\":\"private\",\"name\":\"Messages\"}],\"personas\":[",
        DURATION_S);
    for (int i = 0; i < 40; i++)
        put(b,
            "%s{\"id\":\"p%d\",\"name\":\"Person Number%d\",\"handle\":\"@person_%d\","
            "\"role\":\"%s\",\"followers\":%d}",
            i ? "," : "", i, i, i,
            sv_role_name(i == 0       ? SV_ROLE_COMPLAINER
                         : i % 7 == 3 ? SV_ROLE_TROLL
                                      : SV_ROLE_ONLOOKER),
            100 + 37 * i);
    put(b, "],");
    write_audience(b);
    put(b, ",\"flags\":[\"answered\"],\"posts\":[");
}

static void write_posts(Buf *b)
{
    for (int i = 0; i < UI_BENCH_POSTS; i++) {
        /* roots at 0, 60 and 150 s; everything else answers one of them */
        int root = i < 250 ? 0 : i < 310 ? 1 : 2;
        bool is_root = i == 0 || i == 250 || i == 310;
        double at = i == 0 ? 0.0 : i == 250 ? 60.0 : i == 310 ? 150.0 : 1.0 + (double)i * 0.62;
        const char *parent = root == 0 ? "post0" : root == 1 ? "post250" : "post310";
        put(b,
            "%s{\"id\":\"post%d\",\"at\":%.2f,\"channel\":\"%s\",\"author\":\"p%d\","
            "\"valence\":\"%s\",\"likes\":%d,\"shares\":%d,\"comments\":%d,\"text\":\"%s\"",
            i ? "," : "", i, at, i % 29 == 5 ? "reviews" : "feed", i % 40,
            sv_valence_name(i % 5 == 0 ? SV_VALENCE_NEUTRAL : SV_VALENCE_NEGATIVE), i % 17, i % 5,
            is_root ? 12 : 0, lines[i % (int)(sizeof lines / sizeof lines[0])]);
        if (!is_root && i % 29 != 5) put(b, ",\"reply_to\":\"%s\"", parent);
        put(b, "}");
    }
    put(b, "],\"decisions\":[");
}

static void write_decisions(Buf *b)
{
    static const int opens[] = {15, 55, 95, 135, 175};
    for (int d = 0; d < 5; d++) {
        put(b,
            "%s{\"id\":\"d%d\",\"at\":%d,\"about\":\"post0\",\"prompt\":\"Decision %d: how do "
            "you answer the thread?\",\"deadline\":35,\"options\":[",
            d ? "," : "", d, opens[d], d + 1);
        put(b,
            "{\"id\":\"d%d-good\",\"text\":\"We're sorry – we're on it and will update you "
            "here within the hour.\",\"tags\":[\"empathy\",\"solution\"],\"effects\":"
            "[{\"meter\":\"mood\",\"add\":6},{\"meter\":\"reach\",\"add\":400}]},",
            d);
        put(b,
            "{\"id\":\"d%d-ask\",\"action\":\"ask\",\"text\":\"Could you send us your order "
            "number?\",\"effects\":[{\"meter\":\"sentiment\",\"add\":3}]},",
            d);
        put(b,
            "{\"id\":\"d%d-bad\",\"text\":\"Please read our FAQ.\",\"tags\":[\"template\"],"
            "\"effects\":[{\"meter\":\"reputation\",\"add\":-4}]}]",
            d);
        if (d == 2)
            put(b, ",\"composer\":{\"parts\":[{\"id\":\"c-hi\",\"kind\":\"greeting\",\"text\":"
                   "\"Hi all,\"},{\"id\":\"c-ack\",\"kind\":\"acknowledge\",\"text\":\"you're "
                   "right, deliveries are late this week.\"},{\"id\":\"c-sorry\",\"kind\":"
                   "\"apologise\",\"text\":\"We're sorry.\"},{\"id\":\"c-fix\",\"kind\":"
                   "\"compensate\",\"text\":\"Shipping is on us.\"}],\"min\":2,\"max\":4}");
        put(b, "}");
    }
    put(b, "],\"endings\":[{\"id\":\"done\",\"title\":\"Done\",\"text\":\"The end.\"}]}");
}

static bool make_replay(ui_Game *g, const sv_Scenario *sc)
{
    sv_replay_free(&g->replay);
    sv_replay_init(&g->replay);
    for (int d = 0; d < 5; d++) {
        sv_Input in = {.kind = SV_INPUT_CHOOSE, .decision = d};
        if (d == 2) {
            in.kind = SV_INPUT_COMPOSE;
            in.part_count = 3;
            for (int k = 0; k < 3; k++) in.parts[k] = (int32_t)sc->decisions[d].parts.start + k;
        } else {
            in.option = (int32_t)sc->decisions[d].options.start + (d % 3);
        }
        int32_t at = sc->decisions[d].at_ms; /* the bench's decisions are all timed */
        uint32_t t = (at < 0 ? 0u : (uint32_t)at) + 9000u;
        if (!sv_replay_record(&g->replay, sc, t, &in)) return false;
    }
    snprintf(g->replay.pack, sizeof g->replay.pack, "bench");
    snprintf(g->replay.scenario, sizeof g->replay.scenario, "bench");
    g->has_replay = true;
    return true;
}

ui_Bench *ui_bench_create(ui_Game *g)
{
    ui_Bench *b = calloc(1, sizeof *b);
    Buf json = {0};
    if (!b) return NULL;
    write_head(&json);
    write_posts(&json);
    write_decisions(&json);
    b->arena = sv_arena_create(1u << 20);
    b->ms = calloc(UI_BENCH_FRAMES, sizeof *b->ms);
    b->rendered = calloc(UI_BENCH_FRAMES, sizeof *b->rendered);
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool ok = !json.nomem && b->arena && b->ms && b->rendered &&
              sv_scenario_parse("bench.json", json.s, json.n, sv_lang_bit(SV_LANG_EN), b->arena,
                                &b->sc, &diags) == SV_OK;
    for (size_t i = 0; i < diags.count; i++) {
        char line[1024];
        sv_diag_format(&diags.items[i], line, sizeof line);
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "%s", line);
    }
    sv_diag_free(&diags);
    free(json.s);
    if (ok) {
        b->pack.id = "bench";
        b->pack.version = "1";
        b->pack.root = "(made up)";
        b->pack.languages = sv_lang_bit(SV_LANG_EN);
        b->pack.first_language = SV_LANG_EN;
        b->pack.scenarios = &b->sc;
        b->pack.scenario_count = 1;
        ok = make_replay(g, &b->sc);
    }
    if (!ok) {
        SDL_LogError(SDL_LOG_CATEGORY_APPLICATION, "the benchmark's scenario could not be made");
        ui_bench_free(b);
        return NULL;
    }
    g->bench_pack = &b->pack;
    g->scenario = 0;
    g->speed_override = SPEED_PCT;
    return b;
}

void ui_bench_free(ui_Bench *b)
{
    if (!b) return;
    if (b->arena) sv_arena_free(b->arena);
    free(b->ms);
    free(b->rendered);
    free(b);
}

void ui_bench_frame(ui_Bench *b, double ms, unsigned rendered)
{
    if (b->count >= UI_BENCH_FRAMES) return;
    b->rendered[b->count] = rendered;
    b->ms[b->count++] = ms;
}

void ui_bench_load(ui_Bench *b, double ms, unsigned warmed)
{
    b->load_ms = ms;
    b->warmed = warmed;
}

bool ui_bench_done(const ui_Bench *b) { return b->count >= UI_BENCH_FRAMES; }

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

void ui_bench_report(const ui_Bench *b, const ui_Game *g, double first_frame_ms, int width,
                     int height, FILE *out)
{
    if (b->count == 0) return;
    double *sorted = malloc(b->count * sizeof *sorted);
    if (!sorted) return;
    memcpy(sorted, b->ms, b->count * sizeof *sorted);
    qsort(sorted, b->count, sizeof *sorted, cmp_double);
    double sum = 0.0;
    unsigned lines_total = 0;
    size_t slowest = 0, over2 = 0;
    for (size_t i = 0; i < b->count; i++) {
        sum += b->ms[i];
        lines_total += b->rendered[i];
        if (b->ms[i] > b->ms[slowest]) slowest = i;
        over2 += b->ms[i] > 2.0;
    }
    size_t p99 = (b->count * 99 + 99) / 100 - 1;
    const sv_Session *s = &g->run.s;
    unsigned seen = 0;
    for (uint32_t p = 0; g->run.active && p < b->sc.post_count; p++) seen += s->post_seen[p];
    fprintf(out,
            "bench: %dx%d, %zu frames, software renderer; %u of %u posts shown, %u crowd comments, "
            "%zu log entries\n"
            "frame cpu ms: p50 %.3f  p99 %.3f  max %.3f (frame %zu)  mean %.3f  over 2 ms: %zu\n"
            "text lines rendered: %u in all (%.2f a frame), first frame %u\n"
            "play screen load (not among the frames): %.2f ms, %u text lines warmed\n"
            "first menu frame: %.1f ms after start\n",
            width, height, b->count, seen, b->sc.post_count,
            g->run.active ? sv_audience_comment_count(s->audience) : 0u,
            g->run.active ? s->log_count : 0, sorted[b->count / 2], sorted[p99], b->ms[slowest],
            slowest, sum / (double)b->count, over2, lines_total,
            (double)lines_total / (double)b->count, b->rendered[0], b->load_ms, b->warmed,
            first_frame_ms);
    free(sorted);
}
