/* svara-tool bench explore: what explore's random play-throughs cost. Each
 * scenario of a pack (the built-in sample pack by default) is played by the
 * very runs `explore` plays (tool_playout, seeds 1, 2, ...), once with its
 * crowd and once with the audience off (a copy of the scenario without one),
 * on one thread; the figures are in that thread's CPU time, so a machine busy
 * with other work still measures one core: runs per second and nanoseconds per
 * simulated second. With --runs the results digest (each run's ending, end
 * time and meters; with --state its whole state hash too) tells whether a
 * change kept the results. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "svara/score.h"
#include "tool.h"

#define TARGET_CROWD 10000.0  /* play-throughs per second per core, with the crowd */
#define TARGET_QUIET 100000.0 /* with the audience off */
#define DEFAULT_SECONDS 2.0   /* CPU time measured per scenario and audience */
#define MIN_RUNS 3u           /* even when one run takes longer than that */

typedef struct ExploreBench {
    const char *pack, *scenario;
    double seconds; /* CPU time per measurement; 0 with --runs */
    uint32_t runs;  /* exact run count; 0: as many as fit in seconds */
    uint64_t seed;
    bool crowd, quiet; /* measure with the crowd, with the audience off */
    bool state;        /* the results digest takes each run's whole state hash too */
} ExploreBench;

static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double wall_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdull;
}

/* Plays runs of sc and prints one line of figures; false when a run cannot start. */
static bool measure(const sv_Pack *pack, const sv_Scenario *sc, const sv_ScoreModel *base,
                    const ExploreBench *b, const char *label)
{
    uint64_t sim_ms = 0, digest = 0;
    uint32_t runs = 0, stride = 1, next_look = 1; /* the clock is read every stride runs */
    double c0 = cpu_s(), w0 = wall_s(), cpu = 0, looked = 0;
    /* as explore plays them: what never changes in sc worked out once (in the time) */
    sv_ScoreStatic *stat = sv_score_static_new(sc);
    ToolKept *kept = tool_kept_new(); /* NULL: each run set up anew, the same results */
    for (;;) {
        if (b->runs ? runs >= b->runs : runs >= MIN_RUNS && cpu >= b->seconds) break;
        ToolPlayout r;
        if (!tool_playout_kept(kept, pack, sc, base, stat, b->seed + runs, &r)) {
            fprintf(stderr, "svara-tool bench explore: %s: run %u could not start\n", sc->id, runs);
            tool_kept_free(kept);
            sv_score_static_free(stat);
            return false;
        }
        sim_ms += r.end_ms;
        digest = mix(mix(digest, (uint64_t)(int64_t)r.ending), r.end_ms);
        for (int m = 0; m < SV_METER_COUNT; m++) digest = mix(digest, (uint32_t)r.meters[m]);
        if (b->state) digest = mix(digest, r.state_hash);
        tool_playout_free(&r);
        runs++;
        /* reading a thread's CPU clock is a system call, as long as a short
         * run: read it less often while the runs between two reads take
         * under a millisecond, so the figure is the runs' and not the clock's */
        if (runs >= next_look || (b->runs && runs >= b->runs)) {
            cpu = cpu_s() - c0;
            if (cpu - looked < 1e-3 && stride < 1024u) stride *= 2;
            looked = cpu;
            next_look = runs + stride;
        }
    }
    cpu = cpu_s() - c0;
    double wall = wall_s() - w0;
    tool_kept_free(kept);
    sv_score_static_free(stat);
    double rate = cpu > 0 ? runs / cpu : 0, sim_s = (double)sim_ms / 1000.0;
    double target = sc->audience_size ? TARGET_CROWD : TARGET_QUIET;
    printf("  %-12s %-22s %7u runs in %6.2f s CPU (%6.2f s wall): %9.0f runs/s, %8.0f ns per "
           "simulated second (%.0f s a run); target %.0f runs/s: %s; results %016" PRIx64 "\n",
           sc->id, label, runs, cpu, wall, rate, sim_s > 0 ? cpu * 1e9 / sim_s : 0.0,
           runs ? sim_s / runs : 0.0, target, rate >= target ? "met" : "NOT met", digest);
    fflush(stdout);
    return true;
}

static int bench_pack(const ExploreBench *b)
{
    sv_Pack *pack = tool_open_pack(b->pack);
    if (!pack) return 1;
    int32_t only = b->scenario ? sv_pack_find_scenario(pack, b->scenario) : -1;
    if (b->scenario && only < 0) {
        fprintf(stderr, "svara-tool bench explore: pack '%s' has no scenario '%s'\n", pack->id,
                b->scenario);
        sv_pack_unload(pack);
        return 1;
    }
    sv_ScoreModel *base = tool_load_model(pack); /* with the pack's changes, for every run */
    int rc = base ? 0 : 1;
    if (base) {
        if (b->runs)
            printf("explore benchmark: pack %s, %u random play-throughs each (explore's runs, "
                   "seeds %" PRIu64 " on), one thread, CPU time\n",
                   pack->id, b->runs, b->seed);
        else
            printf("explore benchmark: pack %s, random play-throughs for %.1f s of CPU each "
                   "(explore's runs, seeds %" PRIu64 " on), one thread\n",
                   pack->id, b->seconds, b->seed);
    }
    for (uint32_t i = 0; base && rc == 0 && i < pack->scenario_count; i++) {
        if (only >= 0 && (int32_t)i != only) continue;
        const sv_Scenario *sc = &pack->scenarios[i];
        char label[64];
        if (sc->audience_size) {
            snprintf(label, sizeof label, "crowd of %u", sc->audience_size);
            if (b->crowd && !measure(pack, sc, base, b, label)) rc = 1;
            sv_Scenario quiet = *sc; /* the same story, nobody watching */
            quiet.audience_size = 0;
            if (rc == 0 && b->quiet && !measure(pack, &quiet, base, b, "audience off")) rc = 1;
        } else if (!measure(pack, sc, base, b, "no audience")) {
            rc = 1;
        }
    }
    sv_score_free(base);
    sv_pack_unload(pack);
    return rc;
}

int tool_bench_explore(int argc, char **argv)
{
    ExploreBench b = {
        .pack = "sample", .seconds = DEFAULT_SECONDS, .seed = 1, .crowd = true, .quiet = true};
    bool ok = true;
    int pos = 0;
    for (int i = 0; ok && i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        char *end = NULL;
        if (strcmp(argv[i], "--runs") == 0 && v) {
            unsigned long long x = strtoull(v, &end, 10);
            ok = v[0] >= '0' && v[0] <= '9' && !*end && x >= 1 && x <= 100000000ull;
            b.runs = (uint32_t)x;
            i++;
        } else if (strcmp(argv[i], "--seconds") == 0 && v) {
            b.seconds = strtod(v, &end);
            ok = v[0] >= '0' && v[0] <= '9' && !*end && b.seconds > 0 && b.seconds <= 3600;
            i++;
        } else if (strcmp(argv[i], "--seed") == 0 && v) {
            unsigned long long x = strtoull(v, &end, 10);
            ok = v[0] >= '0' && v[0] <= '9' && !*end;
            b.seed = x;
            i++;
        } else if (strcmp(argv[i], "--state") == 0) {
            b.state = true;
        } else if (strcmp(argv[i], "--audience") == 0 && v) {
            b.crowd = strcmp(v, "off") != 0;
            b.quiet = strcmp(v, "on") != 0;
            ok = strcmp(v, "on") == 0 || strcmp(v, "off") == 0;
            i++;
        } else if (argv[i][0] != '-' && pos < 2) {
            if (pos++ == 0)
                b.pack = argv[i];
            else
                b.scenario = argv[i];
        } else {
            ok = false;
        }
    }
    if (!ok) {
        fputs("usage: svara-tool bench explore [PACK [SCENARIO]] [--seconds S] [--runs N] [--seed "
              "N] [--audience on|off] [--state]\n",
              stderr);
        return 2;
    }
    tool_playout_hash(b.state);
    return bench_pack(&b);
}
