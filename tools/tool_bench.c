/* svara-tool bench audience: the live crowd's cost at the game's normal speed.
 * A crisis scenario with N accounts is written as JSON and loaded like a pack
 * would be; the session runs with the default scoring model, one frame of a
 * 60 fps game (1/60 s of simulated time) per sv_session_advance(), the brand
 * answering once; every frame is timed with the wall clock (here, never in the
 * core) and the figures printed: p50 and p99 per frame, memory per account. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "svara/arena.h"
#include "svara/audience.h"
#include "svara/run.h"
#include "svara/score.h"
#include "svara/session.h"
#include "tool.h"

#define TARGET_P99_NS 1000000.0 /* 1 ms a frame */
#define TARGET_BYTES 16.0       /* per account, all the crowd holds */

typedef struct BenchArgs {
    uint32_t accounts, seconds, reply_s;
    uint64_t seed;
    bool paced;
} BenchArgs;

/* The crisis: a complaint from someone with a big following, a pile-on, a troll,
 * a reporter later; the brand answers well at reply_s; an empty event at the
 * end keeps the run going to the last second. */
static char *crisis_json(const BenchArgs *a)
{
    size_t cap = 16384, n = 0;
    char *j = malloc(cap);
    if (!j) return NULL;
#define OUT(...) n += (size_t)snprintf(j + n, n < cap ? cap - n : 0, __VA_ARGS__)
    OUT("{\"format\": 1, \"id\": \"crisis\", \"title\": \"Crisis\", \"summary\": \"Benchmark.\","
        "\"briefing\": \"You answer for Parcelpal.\","
        "\"brand\": {\"name\": \"Parcelpal\", \"handle\": \"@parcelpal\", \"colour\": \"#1a7f5a\"},"
        "\"duration\": %u, \"channels\": [{\"id\": \"feed\", \"type\": \"public-feed\", \"name\": "
        "\"Feed\"}],"
        "\"personas\": ["
        "{\"id\": \"mia\", \"name\": \"Mia\", \"handle\": \"@mia\", \"role\": \"complainer\", "
        "\"followers\": %u},"
        "{\"id\": \"ola\", \"name\": \"Ola\", \"handle\": \"@ola\", \"role\": \"customer\", "
        "\"followers\": %u},"
        "{\"id\": \"bo\", \"name\": \"Bo\", \"handle\": \"@bo\", \"role\": \"troll\", "
        "\"followers\": 300},"
        "{\"id\": \"kim\", \"name\": \"Kim\", \"handle\": \"@kim\", \"role\": \"press\", "
        "\"followers\": %u}],",
        a->seconds, a->accounts / 5u, a->accounts / 50u, a->accounts / 4u);
    OUT("\"audience\": {\"size\": %u, \"segments\": ["
        "{\"id\": \"friends\", \"kind\": \"complainer\", \"share\": 25, \"stance\": -40, "
        "\"mobility\": 30},"
        "{\"id\": \"onlookers\", \"kind\": \"onlooker\", \"share\": 55, \"stance\": 0, "
        "\"mobility\": 70},"
        "{\"id\": \"fans\", \"kind\": \"fan\", \"share\": 8, \"stance\": 60, \"mobility\": 20},"
        "{\"id\": \"customers\", \"kind\": \"customer\", \"share\": 8, \"stance\": 10},"
        "{\"id\": \"trolls\", \"kind\": \"troll\", \"share\": 1, \"stance\": -90, \"mobility\": 0},"
        "{\"id\": \"reporters\", \"kind\": \"press\", \"share\": 0.2, \"stance\": -10, "
        "\"mobility\": 40}],"
        "\"comments\": [",
        a->accounts);
    for (int about = 0; about < SV_ABOUT_COUNT; about++)
        for (int st = 0; st < SV_STANCE_COUNT; st++) {
            const char *stance = sv_stance_name((sv_StanceBucket)st);
            const char *moment = sv_about_name((sv_CommentAbout)about);
            OUT("%s{\"stance\": \"%s\", \"about\": \"%s\", \"texts\": [\"%s %s\", \"%s, %s.\"]}",
                about || st ? "," : "", stance, moment, stance, moment,
                about ? "Reply" : "Complaint", stance);
        }
    OUT("]}, \"posts\": ["
        "{\"id\": \"complaint\", \"at\": 0, \"channel\": \"feed\", \"author\": \"mia\", "
        "\"valence\": \"negative\", \"shares\": 40, \"text\": \"Where is my parcel?\"},"
        "{\"id\": \"pile\", \"at\": 20, \"channel\": \"feed\", \"author\": \"ola\", \"reply_to\": "
        "\"complaint\", \"valence\": \"negative\", \"text\": \"Same here.\"},"
        "{\"id\": \"troll\", \"at\": 60, \"channel\": \"feed\", \"author\": \"bo\", \"reply_to\": "
        "\"complaint\", \"valence\": \"negative\", \"text\": \"They steal parcels.\"},"
        "{\"id\": \"press\", \"at\": %u, \"channel\": \"feed\", \"author\": \"kim\", "
        "\"valence\": \"negative\", \"text\": \"Parcelpal customers are angry.\"}],",
        a->seconds * 2u / 5u);
    OUT("\"decisions\": [{\"id\": \"answer\", \"at\": 1, \"about\": \"complaint\", \"prompt\": "
        "\"Answer Mia.\", \"deadline\": %u, \"options\": [{\"id\": \"good\", \"text\": \"You are "
        "right and we are sorry: a new parcel goes out today. Write to us at help@parcelpal.\", "
        "\"tags\": [\"personal\", \"empathy\", \"accommodating\", \"honest\", \"solution\"], "
        "\"structure\": [\"acknowledge\", \"apologise\", \"compensate\", \"contact\"]}]}],"
        "\"events\": [{\"id\": \"late\", \"at\": %u, \"effects\": []}],"
        "\"endings\": [{\"id\": \"over\", \"title\": \"Over\", \"text\": \"Over.\"}]}",
        a->seconds, a->seconds);
#undef OUT
    if (n >= cap) {
        free(j);
        return NULL;
    }
    return j;
}

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static void sleep_until(double t_ns)
{
    double left = t_ns - now_ns();
    if (left <= 0) return;
    struct timespec ts = {(time_t)(left / 1e9), (long)((uint64_t)left % 1000000000u)};
    nanosleep(&ts, NULL);
}

static int cmp_double(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    return a < b ? -1 : a > b;
}

static double percentile(const double *sorted, size_t n, double p)
{
    if (n == 0) return 0;
    size_t i = (size_t)(p / 100.0 * (double)(n - 1) + 0.5);
    return sorted[i < n ? i : n - 1];
}

/* One line a simulated minute: how the crisis went, not only what it cost. */
static void timeline(const sv_Session *s)
{
    const sv_Audience *aud = s->audience;
    uint32_t said = sv_audience_said(aud);
    char clk[16];
    printf("  %s  reach %8d  sentiment %3d.%d%%  reputation %3d.%d  comments %6u\n",
           tool_clock(s->now_ms, clk, sizeof clk), s->meters[SV_METER_REACH],
           s->meters[SV_METER_SENTIMENT] / 10, s->meters[SV_METER_SENTIMENT] % 10,
           s->meters[SV_METER_REPUTATION] / 10, s->meters[SV_METER_REPUTATION] % 10, said);
}

/* Plays the crisis frame by frame; fills frame times (ns). */
static void run_frames(sv_Session *s, const BenchArgs *a, double *frames, size_t count)
{
    bool replied = false;
    double start = now_ns();
    for (size_t f = 1; f <= count; f++) {
        uint32_t t = (uint32_t)((f * 1000u + 30u) / 60u);
        if (a->paced) sleep_until(start + (double)f * 1e9 / 60.0);
        double t0 = now_ns();
        sv_session_advance(s, t);
        if (!replied && t >= a->reply_s * 1000u) {
            sv_Input in = {.kind = SV_INPUT_CHOOSE, .decision = 0, .option = 0};
            (void)sv_session_apply(s, &in);
            replied = true;
        }
        frames[f - 1] = now_ns() - t0;
        if (f % 3600u == 0) timeline(s);
    }
}

static void report(const sv_Session *s, const BenchArgs *a, double *frames, size_t count,
                   double init_ns)
{
    const sv_Audience *aud = s->audience;
    qsort(frames, count, sizeof *frames, cmp_double);
    double p50 = percentile(frames, count, 50), p99 = percentile(frames, count, 99);
    double bytes = (double)sv_audience_bytes(aud) / (double)a->accounts;
    uint32_t said = sv_audience_said(aud);
    printf("\naudience benchmark: %u accounts, %u s of a crisis at normal speed (%zu frames of "
           "1/60 s%s), seed %" PRIu64 ", the brand answers at %u s\n",
           a->accounts, a->seconds, count, a->paced ? ", paced by the wall clock" : "", a->seed,
           a->reply_s);
    printf("  crowd set-up (once, at session start): %.1f ms\n", init_ns / 1e6);
    printf("  per frame: p50 %.4f ms, p99 %.4f ms, max %.3f ms (target p99 <= %.0f ms: %s)\n",
           p50 / 1e6, p99 / 1e6, frames[count - 1] / 1e6, TARGET_P99_NS / 1e6,
           p99 <= TARGET_P99_NS ? "met" : "NOT met");
    printf("  memory: %.2f bytes per account (%zu per account record and exposure order, %.1f MB "
           "in all; target <= %.0f: %s)\n",
           bytes, (size_t)SV_AUDIENCE_BYTES_PER_ACCOUNT, (double)sv_audience_bytes(aud) / 1048576.0,
           TARGET_BYTES, bytes <= TARGET_BYTES ? "met" : "NOT met");
    printf("  the crowd at the end: reach %d (%.1f%%), sentiment %d.%d%%, reputation %d.%d, "
           "%u comments written, %u shown\n",
           s->meters[SV_METER_REACH], 100.0 * sv_audience_exposed(aud) / sv_audience_size(aud),
           s->meters[SV_METER_SENTIMENT] / 10, s->meters[SV_METER_SENTIMENT] % 10,
           s->meters[SV_METER_REPUTATION] / 10, s->meters[SV_METER_REPUTATION] % 10, said,
           sv_audience_comment_count(aud));
}

static int bench_audience(const BenchArgs *a)
{
    char *json = crisis_json(a);
    sv_Arena *arena = sv_arena_create(1u << 16);
    sv_ScoreModel *model = tool_load_model(NULL);
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Scenario sc;
    int rc = 1;
    if (!json || !arena || !model) goto done;
    if (sv_scenario_parse("crisis.json", json, strlen(json), sv_lang_bit(SV_LANG_EN), arena, &sc,
                          &diags) != SV_OK) {
        tool_print_diags(stderr, &diags);
        goto done;
    }
    sv_Run run;
    sv_RunSetup setup = {.sc = &sc, .base = model, .seed = a->seed, .lang = SV_LANG_EN};
    double t0 = now_ns();
    if (sv_run_start(&run, &setup, &diags) != SV_OK) {
        fputs("svara-tool bench: out of memory\n", stderr);
        goto done;
    }
    double init_ns = now_ns() - t0;
    size_t count = (size_t)a->seconds * 60u;
    double *frames = malloc(count * sizeof *frames);
    if (frames) {
        run_frames(&run.s, a, frames, count);
        report(&run.s, a, frames, count, init_ns);
        rc = 0;
    }
    free(frames);
    sv_run_stop(&run);
done:
    sv_diag_free(&diags);
    sv_score_free(model);
    sv_arena_free(arena);
    free(json);
    return rc;
}

static bool whole(const char *v, uint64_t max, uint64_t *out)
{
    char *end;
    if (!v || v[0] < '0' || v[0] > '9') return false;
    unsigned long long x = strtoull(v, &end, 10);
    if (*end || x > max) return false;
    *out = x;
    return true;
}

int tool_bench(int argc, char **argv)
{
    if (argc >= 1 && strcmp(argv[0], "load") == 0) return tool_bench_load(argc - 1, argv + 1);
    if (argc >= 1 && strcmp(argv[0], "explore") == 0) return tool_bench_explore(argc - 1, argv + 1);
    BenchArgs a = {.accounts = 1000000u, .seconds = 600u, .reply_s = 120u, .seed = 1u};
    bool ok = argc >= 1 && strcmp(argv[0], "audience") == 0;
    for (int i = 1; ok && i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        uint64_t x = 0;
        if (strcmp(argv[i], "--paced") == 0) {
            a.paced = true;
            continue;
        }
        ok = whole(v, UINT32_MAX, &x);
        if (strcmp(argv[i], "--accounts") == 0)
            ok = ok && x >= 100 && x <= SV_MAX_AUDIENCE, a.accounts = (uint32_t)x;
        else if (strcmp(argv[i], "--seconds") == 0)
            ok = ok && x >= 1 && x <= 21600, a.seconds = (uint32_t)x;
        else if (strcmp(argv[i], "--reply-at") == 0)
            a.reply_s = (uint32_t)x;
        else if (strcmp(argv[i], "--seed") == 0)
            a.seed = x;
        else
            ok = false;
        i++;
    }
    if (!ok) {
        fprintf(stderr,
                "usage: svara-tool bench audience [--accounts N (100-%u)] [--seconds S] "
                "[--reply-at S] [--seed N] [--paced]\n"
                "       svara-tool bench load\n"
                "       svara-tool bench explore [PACK [SCENARIO]] [--seconds S] [--runs N]\n",
                SV_MAX_AUDIENCE);
        return 2;
    }
    return bench_audience(&a);
}
