/* The kill test (issue 13, item 5): the game plays a scripted run headless and
 * is killed with SIGKILL at a random moment, again and again; every time the
 * journal (and every other *.json in the data folder) must be valid JSON and
 * exactly one of the versions the uninterrupted run wrote, never half of one,
 * and resuming it must reach the state hash that run had there. Resuming is
 * checked through the core's sv_run_resume (the path the game takes) for every
 * kill, and through the game itself (its resume screen) once per version seen.
 * The journal is the learner's: it lives in the profile's folder
 * (profiles/tester/journal.json), and none may appear in the per-user folder
 * where versions before profiles kept it.
 *
 * With a workshop file (a ninth argument) the game plays a scripted workshop
 * (--workshop, issue 14, item 6) instead: its journal is in the workshop's
 * folder, and every kill also checks the teams' result files (each a result
 * file of that team whose plays all ended in a state the uninterrupted run's
 * did) and the progress file (one of the states the uninterrupted run wrote);
 * each kill starts the workshop afresh.
 *
 * The kill moments come from a seeded generator (run_and_kill): after a
 * random number of journal writes, a random delay. How many land in each state
 * depends on the machine's speed, but what is checked holds for any moment, so
 * the verdict does not. The figures (kills, journals per state, resumes
 * checked, time) are printed. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "svara/json.h"
#include "svara/native.h"
#include "svara/pack.h"
#include "svara/replay.h"
#include "svara/run.h"
#include "svara/score.h"
#include "svara/workshop.h"

#define MAX_VERSIONS 64
#define MAX_STATES 32
#define PATH_BYTES 4096

typedef struct Version {
    size_t inputs;
    uint32_t t_ms;
    uint64_t hash;
    unsigned seen;     /* kills that left this version on disk */
    bool game_resumed; /* resumed through the game once */
} Version;

/* What the uninterrupted workshop wrote: its progress states and the state
 * hash each team's play ended in. */
typedef struct WsState {
    char team[80];
    unsigned scenario;
    int playing;
    unsigned seen;
} WsState;
typedef struct WsResult {
    char team[80];
    uint64_t hash;
} WsResult;

typedef struct Test {
    const char *svara, *pack_dir, *model_path, *script, *resume_script, *home;
    const char *workshop; /* a workshop file: the workshop kill test */
    char data[PATH_BYTES], profile[PATH_BYTES + 32], journal[PATH_BYTES + 256];
    char old_journal[PATH_BYTES + 32];
    char ws_dir[PATH_BYTES + 128]; /* the workshop's folder */
    WsState states[MAX_STATES];
    size_t state_count;
    WsResult results[MAX_STATES];
    size_t result_count;
    unsigned results_checked, results_seen, progress_checked;
    unsigned kills;
    uint64_t rng;
    Version v[MAX_VERSIONS];
    size_t versions;
    double ref_ms, first_ms; /* the uninterrupted run's length, and when its first journal came */
    sv_Pack *pack;
    sv_ScoreModel *model;
    unsigned failures, none, finished, other_json, temps, core_resumes, game_resumes;
} Test;

static void fail(Test *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("FAIL: ", stdout);
    vprintf(fmt, ap);
    fputc('\n', stdout);
    va_end(ap);
    t->failures++;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static uint64_t next_random(Test *t)
{
    t->rng ^= t->rng << 13;
    t->rng ^= t->rng >> 7;
    t->rng ^= t->rng << 17;
    return t->rng;
}

/* ---- running the game --------------------------------------------------------------------- */

/* Starts svara with the test's home, its output to `log` (NULL: nowhere). */
static pid_t spawn(const Test *t, const char *script, const char *log, bool play)
{
    pid_t pid = fork();
    if (pid != 0) return pid;
    char data[PATH_BYTES], cache[PATH_BYTES];
    snprintf(data, sizeof data, "%s/data", t->home);
    snprintf(cache, sizeof cache, "%s/cache", t->home);
    setenv("XDG_DATA_HOME", data, 1);
    setenv("XDG_CACHE_HOME", cache, 1);
    setenv("SDL_VIDEODRIVER", "dummy", 1);
    setenv("SDL_AUDIODRIVER", "dummy", 1);
    int fd = open(log ? log : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        dup2(fd, 1);
        dup2(fd, 2);
        close(fd);
    }
    /* the smallest window and a fast clock: the run is what matters, not its pixels */
    if (t->workshop)
        execl(t->svara, t->svara, "--headless", "--size", "640x360", "--speed", "64", "--workshop",
              t->workshop, "--script-keys", script, (char *)NULL);
    else if (play)
        execl(t->svara, t->svara, "--headless", "--profile", "Tester", "--size", "640x360",
              "--seed", "7", "--speed", "64", "--play", "core/tutorial", "--script-keys", script,
              (char *)NULL);
    else
        execl(t->svara, t->svara, "--headless", "--profile", "Tester", "--size", "640x360",
              "--speed", "64", "--script-keys", script, (char *)NULL);
    _exit(127);
}

static int wait_for(pid_t pid)
{
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

/* The journal versions the game logged ("journal: N inputs at T ms, state H"). */
static size_t read_versions(Test *t, const char *log, Version *v, size_t cap)
{
    FILE *f = fopen(log, "r");
    size_t n = 0;
    char line[1024];
    while (f && fgets(line, sizeof line, f)) {
        const char *at = strstr(line, "journal: ");
        const char *ps = strstr(line, "workshop progress: team ");
        const char *rs = strstr(line, "workshop result: team ");
        WsState st = {0};
        WsResult res = {0};
        char sc[80];
        if (ps && t->state_count < MAX_STATES &&
            sscanf(ps, "workshop progress: team %79[^,], scenario %u, playing %d", st.team,
                   &st.scenario, &st.playing) == 3)
            t->states[t->state_count++] = st;
        if (rs && t->result_count < MAX_STATES &&
            sscanf(rs, "workshop result: team %79[^,], scenario %79[^,], state %" SCNx64, res.team,
                   sc, &res.hash) == 3)
            t->results[t->result_count++] = res;
        size_t inputs;
        uint32_t ms;
        uint64_t h;
        if (at && n < cap &&
            sscanf(at, "journal: %zu inputs at %" SCNu32 " ms, state %" SCNx64, &inputs, &ms, &h) ==
                3)
            v[n++] = (Version){.inputs = inputs, .t_ms = ms, .hash = h};
    }
    if (f) fclose(f);
    return n;
}

/* Removes every file of a folder (counting temporary files killed writes left). */
static void clean_dir(Test *t, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char p[PATH_BYTES + 512];
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        if (strstr(e->d_name, ".tmp-")) t->temps++;
        if (sv_native_kind(p, NULL) == SV_NATIVE_DIR)
            clean_dir(t, p);
        else
            remove(p);
    }
    if (d) closedir(d);
}

/* Removes the journal and any temporary file a killed write left beside it;
 * in a workshop, the workshop's whole state (it starts afresh). */
static void clean_data(Test *t)
{
    if (t->workshop) {
        clean_dir(t, t->ws_dir);
        return;
    }
    DIR *d = opendir(t->profile);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (strncmp(e->d_name, "journal.json", 12) != 0) continue;
        char p[PATH_BYTES + 320];
        snprintf(p, sizeof p, "%s/%s", t->profile, e->d_name);
        if (strstr(e->d_name, ".tmp-")) t->temps++;
        remove(p);
    }
    if (d) closedir(d);
}

/* The journal is the profile's: nothing where versions before profiles kept it. */
static void check_old_place(Test *t, unsigned kill)
{
    if (sv_native_kind(t->old_journal, NULL) != SV_NATIVE_MISSING)
        fail(t, "kill %u: a journal in the per-user folder (%s), not the profile's", kill,
             t->old_journal);
}

/* ---- checking what a kill left ------------------------------------------------------------- */

/* Every *.json in the data folder and the folders under it (a learner's
 * profile, when there are any) is JSON as strictly as a pack file is read. */
static void check_all_json(Test *t, unsigned kill, const char *dir, int depth)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        size_t n = strlen(e->d_name);
        char p[PATH_BYTES + 256];
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        if (e->d_name[0] == '.') continue;
        if (sv_native_kind(p, NULL) == SV_NATIVE_DIR) {
            if (depth < 3 && strcmp(e->d_name, "packs") != 0) check_all_json(t, kill, p, depth + 1);
            continue;
        }
        if (n < 5 || strcmp(e->d_name + n - 5, ".json") != 0) continue;
        sv_DiagList diags;
        sv_diag_init(&diags);
        size_t len = 0;
        char *bytes = sv_native_read(p, SV_MAX_FILE_BYTES, &len, NULL, &diags);
        cJSON *root = bytes ? sv_json_parse(p, bytes, len, &diags) : NULL;
        if (!root || !cJSON_IsObject(root))
            fail(t, "kill %u: %s is not a JSON object (%s)", kill, p,
                 diags.count ? diags.items[0].message : "unreadable");
        if (strcmp(e->d_name, "journal.json") != 0) t->other_json++;
        cJSON_Delete(root);
        free(bytes);
        sv_diag_free(&diags);
    }
    if (d) closedir(d);
}

/* Resumes a journal through the core; its state hash, or 0 (reported) when it fails. */
static uint64_t core_resume(Test *t, const sv_Replay *j, const char *file)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    int32_t sc = sv_pack_find_scenario(t->pack, j->scenario);
    sv_Run r;
    memset(&r, 0, sizeof r);
    uint64_t h = 0;
    sv_RunSetup setup = {.pack = t->pack,
                         .sc = sc >= 0 ? &t->pack->scenarios[sc] : NULL,
                         .base = t->model,
                         .seed = j->seed,
                         .lang = j->lang,
                         .replay = j,
                         .replay_path = file};
    if (sc >= 0 && sv_run_start(&r, &setup, &diags) == SV_OK && sv_run_resume(&r, &diags))
        h = sv_session_hash(&r.s);
    for (size_t i = 0; i < diags.count; i++) {
        char line[1024];
        sv_diag_format(&diags.items[i], line, sizeof line);
        printf("  %s\n", line);
    }
    sv_run_stop(&r);
    sv_diag_free(&diags);
    t->core_resumes++;
    return h;
}

/* The game started on the journal left behind, resumed from its screen: the
 * state hash it says it resumed at, or 0. */
static uint64_t game_resume(Test *t)
{
    char log[PATH_BYTES];
    snprintf(log, sizeof log, "%s/resume.log", t->home);
    int status = wait_for(spawn(t, t->resume_script, log, false));
    FILE *f = fopen(log, "r");
    char line[1024];
    uint64_t h = 0;
    while (f && fgets(line, sizeof line, f)) {
        const char *at = strstr(line, "resumed core/tutorial at ");
        uint32_t ms;
        if (at &&
            sscanf(at, "resumed core/tutorial at %" SCNu32 " ms: state %" SCNx64, &ms, &h) != 2)
            h = 0;
    }
    if (f) fclose(f);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(t, "the game's resume run failed (status %d; %s)", status, log);
    t->game_resumes++;
    return h;
}

static void check_journal(Test *t, unsigned kill)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    size_t len = 0;
    bool missing = false;
    char *bytes = sv_native_read(t->journal, SV_MAX_FILE_BYTES, &len, &missing, &diags);
    if (!bytes) {
        if (missing)
            t->none++;
        else
            fail(t, "kill %u: the journal cannot be read", kill);
        sv_diag_free(&diags);
        return;
    }
    sv_Replay j;
    sv_replay_init(&j);
    if (sv_replay_parse(t->journal, bytes, len, &j, &diags) != SV_OK || !j.has_checkpoint) {
        fail(t, "kill %u: journal.json is not a journal (%s)", kill,
             diags.count ? diags.items[0].message : "no checkpoint");
    } else {
        Version *v = NULL;
        for (size_t i = 0; i < t->versions && !v; i++)
            if (t->v[i].inputs == j.input_count && t->v[i].t_ms == j.checkpoint_ms &&
                t->v[i].hash == j.checkpoint_hash)
                v = &t->v[i];
        if (!v) {
            fail(t,
                 "kill %u: the journal (%zu inputs at %u ms, %016" PRIx64
                 ") is none of the versions the uninterrupted run wrote",
                 kill, j.input_count, j.checkpoint_ms, j.checkpoint_hash);
        } else {
            v->seen++;
            uint64_t h = core_resume(t, &j, t->journal);
            if (h != v->hash)
                fail(t,
                     "kill %u: resumed through the core at %016" PRIx64
                     ", the run was at %016" PRIx64,
                     kill, h, v->hash);
            if (!v->game_resumed) {
                v->game_resumed = true;
                h = game_resume(t);
                if (h != v->hash)
                    fail(t,
                         "kill %u: resumed by the game at %016" PRIx64
                         ", the run was at %016" PRIx64,
                         kill, h, v->hash);
            }
        }
    }
    sv_replay_free(&j);
    free(bytes);
    sv_diag_free(&diags);
}

/* ---- a workshop's files -------------------------------------------------------------------- */

/* Each team's result file: a result of that team whose every play ended in a
 * state the uninterrupted run's play of that team ended in. */
static void check_results(Test *t, unsigned kill)
{
    char dir[PATH_BYTES + 256];
    snprintf(dir, sizeof dir, "%s/results", t->ws_dir);
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        size_t n = strlen(e->d_name);
        const size_t ext = sizeof ".result.json" - 1; /* results/TEAM.result.json */
        if (n <= ext || strcmp(e->d_name + n - ext, ".result.json") != 0 ||
            strstr(e->d_name, ".tmp-"))
            continue;
        char p[PATH_BYTES + 512], team[80];
        snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
        snprintf(team, sizeof team, "%.*s", (int)(n - ext), e->d_name);
        sv_DiagList diags;
        sv_diag_init(&diags);
        sv_Result r;
        t->results_seen++;
        if (sv_result_load_file(p, &r, &diags) != SV_OK) {
            fail(t, "kill %u: %s is not a valid result file (%s)", kill, p,
                 diags.count ? diags.items[0].message : "unreadable");
            sv_diag_free(&diags);
            continue;
        }
        if (strcmp(r.team.id, team) != 0 || r.play_count == 0)
            fail(t, "kill %u: %s holds team '%s' with %u plays", kill, p, r.team.id, r.play_count);
        for (uint32_t i = 0; i < r.play_count; i++) {
            bool known = false;
            for (size_t k = 0; k < t->result_count && !known; k++)
                known =
                    strcmp(t->results[k].team, team) == 0 && t->results[k].hash == r.plays[i].hash;
            if (!known)
                fail(t, "kill %u: %s: a play ending in %016" PRIx64 " that the run never made",
                     kill, p, r.plays[i].hash);
        }
        t->results_checked++;
        sv_result_free(&r);
        sv_diag_free(&diags);
    }
    if (d) closedir(d);
}

/* The progress file: one of the states the uninterrupted run wrote. */
static void check_progress(Test *t, unsigned kill)
{
    char p[PATH_BYTES + 256];
    snprintf(p, sizeof p, "%s/progress.json", t->ws_dir);
    sv_DiagList diags;
    sv_diag_init(&diags);
    size_t len = 0;
    bool missing = false;
    char *bytes = sv_native_read(p, SV_MAX_FILE_BYTES, &len, &missing, &diags);
    cJSON *root = bytes ? sv_json_parse(p, bytes, len, &diags) : NULL;
    const cJSON *team = cJSON_GetObjectItemCaseSensitive(root, "team");
    const cJSON *sc = cJSON_GetObjectItemCaseSensitive(root, "scenario");
    const cJSON *playing = cJSON_GetObjectItemCaseSensitive(root, "playing");
    if (bytes && !(cJSON_IsString(team) && cJSON_IsNumber(sc) && cJSON_IsBool(playing))) {
        fail(t, "kill %u: %s is not the workshop's progress", kill, p);
    } else if (bytes) {
        WsState *found = NULL;
        for (size_t i = 0; i < t->state_count && !found; i++)
            if (strcmp(t->states[i].team, team->valuestring) == 0 &&
                t->states[i].scenario == (unsigned)sc->valuedouble &&
                t->states[i].playing == cJSON_IsTrue(playing))
                found = &t->states[i];
        if (!found)
            fail(t,
                 "kill %u: the progress (team %s, scenario %u, playing %d) is none the run wrote",
                 kill, team->valuestring, (unsigned)sc->valuedouble, cJSON_IsTrue(playing));
        else
            found->seen++;
        t->progress_checked++;
    } else if (!missing) {
        fail(t, "kill %u: %s cannot be read", kill, p);
    }
    cJSON_Delete(root);
    free(bytes);
    sv_diag_free(&diags);
}

/* Sleeps ms milliseconds (fractions too). */
static void sleep_ms(double ms)
{
    if (ms <= 0.0) return;
    struct timespec ts = {(time_t)(ms / 1000.0), 0};
    ts.tv_nsec = (long)((ms - (double)ts.tv_sec * 1000.0) * 1e6);
    nanosleep(&ts, NULL);
}

/* One run killed at a random moment: after a random number of journal writes
 * (each an atomic rename, so a new inode) and then a random delay up to about
 * one and a half times the usual gap between writes, so the moments spread
 * over the whole run whatever the machine's speed (a wall-clock time taken
 * from the reference run would not: under load a run takes twice as long).
 * Returns the process's status. */
static int run_and_kill(Test *t)
{
    unsigned writes = (unsigned)(next_random(t) % (t->versions + 1));
    double gap =
        writes == 0 ? t->first_ms * 1.2 : (t->ref_ms - t->first_ms) / (double)t->versions * 1.5;
    double delay = (double)(next_random(t) % 1000000u) / 1e6 * gap;
    pid_t pid = spawn(t, t->script, NULL, true);
    int status = 0;
    unsigned seen = 0;
    ino_t last = 0;
    while (seen < writes) {
        if (waitpid(pid, &status, WNOHANG) != 0) return status; /* it ended first */
        struct stat st;
        if (stat(t->journal, &st) == 0 && st.st_ino != last) {
            last = st.st_ino;
            seen++;
        }
        /* every millisecond: journal writes are frames apart (two within
         * one poll would only move this kill to a later moment, which the
         * checks hold for too), and a 0.2 ms poll cost a fifth of the test's
         * CPU time in system calls */
        sleep_ms(1.0);
    }
    sleep_ms(delay);
    kill(pid, SIGKILL); /* a run that already ended is a zombie until reaped: no error */
    return wait_for(pid);
}

/* ---- set-up -------------------------------------------------------------------------------- */

static bool load_core(Test *t)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    const char *paths[1] = {t->pack_dir};
    size_t len = 0;
    char *bytes = NULL;
    bool ok = sv_fs_init(NULL, &diags) && sv_pack_load(paths, 1, "core", &t->pack, &diags) == SV_OK;
    ok = ok && (bytes = sv_native_read(t->model_path, SV_MAX_FILE_BYTES, &len, NULL, &diags));
    ok = ok && sv_score_parse(t->model_path, bytes, len, &t->model, &diags) == SV_OK;
    free(bytes);
    for (size_t i = 0; !ok && i < diags.count; i++) printf("%s\n", diags.items[i].message);
    sv_diag_free(&diags);
    return ok;
}

/* The uninterrupted run: every journal version it writes, and how long it takes. */
static bool reference(Test *t)
{
    char log[PATH_BYTES];
    snprintf(log, sizeof log, "%s/reference.log", t->home);
    clean_data(t);
    double t0 = now_ms();
    pid_t pid = spawn(t, t->script, log, true);
    /* when the first journal appears: kills before it only find none */
    int status = 0;
    t->first_ms = -1.0;
    while (waitpid(pid, &status, WNOHANG) == 0) {
        if (t->first_ms < 0.0 && sv_native_kind(t->journal, NULL) == SV_NATIVE_FILE)
            t->first_ms = now_ms() - t0;
        struct timespec ms = {0, 500000};
        nanosleep(&ms, NULL);
    }
    t->ref_ms = now_ms() - t0;
    if (t->first_ms < 0.0) t->first_ms = 0.0;
    t->temps = 0;
    t->versions = read_versions(t, log, t->v, MAX_VERSIONS);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || t->versions == 0) {
        printf("the uninterrupted run failed (status %d) or wrote no journal: see %s\n", status,
               log);
        return false;
    }
    if (sv_native_kind(t->journal, NULL) != SV_NATIVE_MISSING) {
        printf("the journal is still there after the run reached its debrief\n");
        return false;
    }
    printf("uninterrupted run: %.0f ms, the first journal at %.0f ms, %zu journal versions:",
           t->ref_ms, t->first_ms, t->versions);
    for (size_t i = 0; i < t->versions; i++)
        printf(" [%zu inputs at %u ms]", t->v[i].inputs, t->v[i].t_ms);
    printf("\n");
    return true;
}

/* The workshop's id from its file: its folder is <data>/workshops/<id>. */
static bool workshop_paths(Test *t)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    size_t len = 0;
    char *bytes = sv_native_read(t->workshop, SV_MAX_FILE_BYTES, &len, NULL, &diags);
    sv_Workshop w;
    bool ok = bytes && sv_workshop_parse(t->workshop, bytes, len, &w, &diags) == SV_OK;
    if (ok) {
        snprintf(t->ws_dir, sizeof t->ws_dir, "%s/workshops/%s", t->data, w.id);
        snprintf(t->journal, sizeof t->journal, "%s/journal.json", t->ws_dir);
        sv_workshop_free(&w);
    } else {
        printf("the workshop file %s cannot be read\n", t->workshop);
    }
    free(bytes);
    sv_diag_free(&diags);
    return ok;
}

int main(int argc, char **argv)
{
    if (argc < 8) {
        fprintf(stderr, "usage: kill_test SVARA CORE_PACK MODEL SCRIPT RESUME_SCRIPT HOME KILLS "
                        "[SEED [WORKSHOP]]\n");
        return 2;
    }
    Test t;
    memset(&t, 0, sizeof t);
    t.svara = argv[1];
    t.pack_dir = argv[2];
    t.model_path = argv[3];
    t.script = argv[4];
    t.resume_script = argv[5];
    t.home = argv[6];
    t.kills = (unsigned)strtoul(argv[7], NULL, 10);
    t.rng = argc > 8 ? strtoull(argv[8], NULL, 10) : 13u;
    if (!t.rng) t.rng = 13u;
    t.workshop = argc > 9 ? argv[9] : NULL;
    snprintf(t.data, sizeof t.data, "%s/data/svara", t.home);
    snprintf(t.profile, sizeof t.profile, "%s/profiles/tester", t.data);
    snprintf(t.journal, sizeof t.journal, "%s/journal.json", t.profile);
    snprintf(t.old_journal, sizeof t.old_journal, "%s/journal.json", t.data);
    if (t.workshop && !workshop_paths(&t)) return 1; /* its journal is the workshop's */
    double start = now_ms();
    if (!load_core(&t) || !reference(&t)) return 1;
    for (unsigned k = 1; k <= t.kills; k++) {
        clean_data(&t);
        int status = run_and_kill(&t);
        if (WIFEXITED(status)) t.finished++;
        check_all_json(&t, k, t.data, 0);
        check_old_place(&t, k);
        if (t.workshop) { /* before a resume through the game writes again */
            check_results(&t, k);
            check_progress(&t, k);
        }
        check_journal(&t, k);
    }
    clean_data(&t);
    printf("kills: %u (%u finished before the kill), %.1f s in all\n", t.kills, t.finished,
           (now_ms() - start) / 1000.0);
    printf("journals seen per state: none %u", t.none);
    for (size_t i = 0; i < t.versions; i++)
        printf(", [%zu inputs at %u ms] %u", t.v[i].inputs, t.v[i].t_ms, t.v[i].seen);
    printf("\nresumes checked: %u through the core, %u through the game; other JSON files checked: "
           "%u; temporary files left by killed writes: %u\n",
           t.core_resumes, t.game_resumes, t.other_json, t.temps);
    if (t.workshop) {
        printf("workshop: %u result files checked (%u seen), %u progress files; progress seen per "
               "state:",
               t.results_checked, t.results_seen, t.progress_checked);
        for (size_t i = 0; i < t.state_count; i++)
            printf(" [%s %u playing %d] %u", t.states[i].team, t.states[i].scenario,
                   t.states[i].playing, t.states[i].seen);
        printf("\n");
    }
    sv_score_free(t.model);
    sv_pack_unload(t.pack);
    sv_fs_free();
    if (t.core_resumes == 0) fail(&t, "no kill left a journal: nothing was checked");
    printf("%s\n", t.failures ? "FAILED" : "all journals whole and resumable");
    return t.failures ? 1 : 0;
}
