/* svara-tool profile: the learners' profiles the game keeps on this machine
 * (one folder each under $XDG_DATA_HOME/svara/profiles), listed, shown with
 * their skills by principle, and fed a finished run from a replay (so a
 * facilitator can add a workshop's runs, and tests can build a profile). */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <cjson/cJSON.h>
#include <dirent.h>

#include "svara/assess.h"
#include "svara/native.h"
#include "svara/principles.h"
#include "svara/profile.h"
#include "svara/replay.h"
#include "svara/run.h"
#include "svara/score.h"
#include "tool.h"

typedef struct ProfileArgs {
    const char *verb, *name, *replay, *dir;
    const char *pack, *lang, *out; /* certificate */
    bool json;
    int64_t at; /* the run's end time for `add`; -1: now */
} ProfileArgs;

static void profile_usage(void)
{
    fputs("usage: svara-tool profile list [--dir DIR]\n"
          "       svara-tool profile show NAME [--json] [--dir DIR]\n"
          "       svara-tool profile add NAME REPLAY [--at SECONDS] [--dir DIR]\n"
          "       svara-tool profile certificate NAME --pack PACK [--lang L] --out FILE "
          "[--at SECONDS] [--dir DIR]\n",
          stderr);
}

/* The profiles folder: --dir, else the game's ($XDG_DATA_HOME/svara/profiles). */
static bool profiles_dir(const ProfileArgs *a, char *buf, size_t size)
{
    if (a->dir) return snprintf(buf, size, "%s", a->dir) < (int)size;
    char packs[1024];
    if (!tool_user_pack_dir(packs, sizeof packs)) return false;
    char *slash = strrchr(packs, '/'); /* .../svara/packs -> .../svara */
    if (!slash) return false;
    *slash = '\0';
    return snprintf(buf, size, "%s/profiles", packs) < (int)size;
}

/* The name in the profile.json at `path`, read quietly; "" when it is
 * missing or broken. */
static void name_in(const char *path, char *name, size_t size)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Profile p;
    name[0] = '\0';
    if (sv_profile_load_file(path, &p, NULL, &diags) == SV_OK) {
        snprintf(name, size, "%s", p.name);
        sv_profile_free(&p);
    }
    sv_diag_free(&diags);
}

/* A folder of dir, other than its slug's, whose profile is called `name`
 * (the game makes "<slug>-2", "-3"... when the slug's folder holds someone
 * else); the first by folder name. */
static bool find_by_name(const char *dir, const char *slug, const char *name, char *buf,
                         size_t size)
{
    DIR *d = opendir(dir);
    char best[256] = "", path[1600], who[SV_PROFILE_NAME_BYTES + 1];
    for (struct dirent *e; d && (e = readdir(d));) {
        if (e->d_name[0] == '.' || strcmp(e->d_name, slug) == 0 || strlen(e->d_name) >= 256 ||
            (best[0] && strcmp(e->d_name, best) > 0))
            continue;
        snprintf(path, sizeof path, "%s/%s/profile.json", dir, e->d_name);
        name_in(path, who, sizeof who);
        if (strcmp(who, name) == 0) snprintf(best, sizeof best, "%s", e->d_name);
    }
    if (d) closedir(d);
    return best[0] && snprintf(buf, size, "%s/%s/profile.json", dir, best) < (int)size;
}

/* Where NAME's profile.json is: the folder of the name's slug when it holds
 * NAME's profile, or a broken one (reported when read), else the folder that
 * holds NAME's profile, else the first folder free for it (slug, slug-2...,
 * as the game picks), where `add` makes it and `show` finds nothing. */
static bool profile_path(const ProfileArgs *a, const char *name, char *buf, size_t size)
{
    char dir[1024], slug[SV_MAX_ID_BYTES + 1], who[SV_PROFILE_NAME_BYTES + 1];
    if (!profiles_dir(a, dir, sizeof dir)) return false;
    sv_profile_slug(name, slug, sizeof slug);
    if (snprintf(buf, size, "%s/%s/profile.json", dir, slug) >= (int)size) return false;
    if (sv_native_kind(buf, NULL) == SV_NATIVE_MISSING) {
        /* the slug's folder is free, but NAME may live elsewhere all the same */
        char other[1600];
        if (find_by_name(dir, slug, name, other, sizeof other))
            return snprintf(buf, size, "%s", other) < (int)size;
        return true;
    }
    name_in(buf, who, sizeof who);
    if (!who[0] || strcmp(who, name) == 0) return true; /* NAME's, or broken: said when read */
    if (find_by_name(dir, slug, name, buf, size)) return true;
    for (int n = 2; n < 1000; n++) { /* someone else's: the folder the game would make */
        if (snprintf(buf, size, "%s/%.*s-%d/profile.json", dir,
                     (int)(SV_MAX_ID_BYTES - (n < 10    ? 2
                                              : n < 100 ? 3
                                                        : 4)),
                     slug, n) >= (int)size)
            return false;
        if (sv_native_kind(buf, NULL) == SV_NATIVE_MISSING) return true;
    }
    return false;
}

static int parse_args(int argc, char **argv, ProfileArgs *a)
{
    memset(a, 0, sizeof *a);
    a->at = -1;
    const char **pos[3] = {&a->verb, &a->name, &a->replay};
    int npos = 0;
    for (int i = 0; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(argv[i], "--json") == 0) {
            a->json = true;
        } else if (strcmp(argv[i], "--dir") == 0 && v) {
            a->dir = v, i++;
        } else if (strcmp(argv[i], "--pack") == 0 && v) {
            a->pack = v, i++;
        } else if (strcmp(argv[i], "--lang") == 0 && v) {
            a->lang = v, i++;
        } else if (strcmp(argv[i], "--out") == 0 && v) {
            a->out = v, i++;
        } else if (strcmp(argv[i], "--at") == 0 && v) {
            char *end;
            errno = 0;
            long long t = strtoll(v, &end, 10);
            if (*end || errno || t < 0) {
                fprintf(stderr, "--at wants seconds since 1970, not '%s'\n", v);
                return 2;
            }
            a->at = t, i++;
        } else if (tool_positional("profile", argv[i], pos, 3, &npos)) {
            return 2;
        }
    }
    bool ok = a->verb &&
              ((strcmp(a->verb, "list") == 0 && !a->name) ||
               (strcmp(a->verb, "show") == 0 && a->name && !a->replay) ||
               (strcmp(a->verb, "add") == 0 && a->name && a->replay) ||
               (strcmp(a->verb, "certificate") == 0 && a->name && !a->replay && a->pack && a->out));
    if (!ok) profile_usage();
    return ok ? 0 : 2;
}

/* Loads a profile, printing every problem; false when it is missing or broken. */
static bool load(const char *path, sv_Profile *p, bool *missing)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Status st = sv_profile_load_file(path, p, missing, &diags);
    if (!(missing && *missing)) tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    return st == SV_OK;
}

/* ---- show -------------------------------------------------------------------------------- */

static const char *date_of(int64_t t, char *buf, size_t size)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm) || !strftime(buf, size, "%Y-%m-%d", &tm)) snprintf(buf, size, "?");
    return buf;
}

/* One principle's line: its bar and share, counts, and what the last run changed. */
static void print_skill(const sv_Principles *pr, sv_Principle k, const sv_Skill *now,
                        const sv_Skill *before, bool several_runs)
{
    printf("    %-28s ", sv_principle_name(k));
    if (now->level < 0) {
        printf("(not practised yet)  %s\n", sv_text_get(&pr->of[k].name, SV_LANG_EN));
        return;
    }
    char bar[11];
    int full = (now->level + 5) / 10;
    for (int b = 0; b < 10; b++) bar[b] = b < full ? '#' : '.';
    bar[10] = '\0';
    printf("%s %3d%%  followed %u, broken %u, in %u run%s", bar, now->level, now->followed,
           now->broken, now->runs, now->runs == 1 ? "" : "s");
    if (before->level >= 0 && before->level != now->level)
        printf("  (last run: %+d)", now->level - before->level);
    else if (before->level < 0 && several_runs)
        printf("  (new in the last run)");
    printf("\n");
}

/* Each pack's pre- and post-test and the gain between them. */
static void print_assessments(const sv_Profile *p)
{
    char date[32];
    for (size_t i = 0; i < p->assessment_count; i++) {
        const sv_ProfileAssessment *a = &p->assessments[i];
        if (i == 0) printf("\nassessments (0-100):\n");
        printf("  %s %-4s %3d on %s, %u situations", a->pack, sv_assess_kind_name(a->kind),
               a->score, date_of(a->at, date, sizeof date), a->item_count);
        int32_t gain;
        if (a->kind == SV_ASSESS_POST && sv_profile_gain(p, a->pack, &gain))
            printf("  (gain %+d)", gain);
        printf("\n");
    }
}

static void show_text(const sv_Profile *p)
{
    char date[32];
    printf("%s: %zu run%s, since %s\n", p->name, p->run_count, p->run_count == 1 ? "" : "s",
           date_of(p->created, date, sizeof date));
    printf("tutorial: %s\n", p->tutorial_done ? "done" : "not yet");
    if (p->run_count) printf("\nscenarios (best grade):\n");
    for (size_t i = 0; i < p->run_count; i++) {
        const sv_ProfileRun *r = &p->runs[i];
        const sv_ProfileRun *best = sv_profile_best(p, r->pack, r->scenario);
        bool first = true; /* each scenario once, where it was first played */
        for (size_t j = 0; j < i && first; j++)
            first = strcmp(p->runs[j].pack, r->pack) || strcmp(p->runs[j].scenario, r->scenario);
        if (!first) continue;
        unsigned n = 0;
        for (size_t j = 0; j < p->run_count; j++)
            n += !strcmp(p->runs[j].pack, r->pack) && !strcmp(p->runs[j].scenario, r->scenario);
        printf("  %s/%-24s %c (%d) on %s, %u run%s\n", r->pack, r->scenario, best->grade,
               best->score, date_of(best->ended, date, sizeof date), n, n == 1 ? "" : "s");
    }
    if (p->started_count) printf("\nin progress (started, not finished):\n");
    for (size_t i = 0; i < p->started_count; i++)
        printf("  %s/%s\n", p->started[i].pack, p->started[i].scenario);
    print_assessments(p);
    sv_Skill sk[SV_PRINCIPLE_COUNT], before[SV_PRINCIPLE_COUNT];
    sv_profile_skills(p, SIZE_MAX, sk);
    sv_profile_skills(p, p->run_count ? p->run_count - 1 : 0, before);
    sv_Principles pr;
    if (!tool_load_principles(&pr)) return;
    printf("\nskills by principle (share of rules followed; newer runs count more):\n");
    for (uint32_t t = 0; t < pr.theme_count; t++) {
        printf("  %s\n", sv_text_get(&pr.themes[t].name, SV_LANG_EN));
        for (int k = 0; k < SV_PRINCIPLE_COUNT; k++)
            if (pr.of[k].theme == (int32_t)t)
                print_skill(&pr, (sv_Principle)k, &sk[k], &before[k], p->run_count > 1);
    }
    sv_principles_free(&pr);
}

static int show_json(const sv_Profile *p)
{
    sv_Skill sk[SV_PRINCIPLE_COUNT];
    sv_profile_skills(p, SIZE_MAX, sk);
    size_t len = 0;
    char *text = sv_profile_write(p, &len);
    cJSON *root = text ? cJSON_Parse(text) : NULL;
    free(text);
    cJSON *gains = root ? cJSON_AddObjectToObject(root, "gains") : NULL;
    for (size_t i = 0; gains && i < p->assessment_count; i++) {
        int32_t gain;
        const char *pack = p->assessments[i].pack;
        if (p->assessments[i].kind == SV_ASSESS_POST && sv_profile_gain(p, pack, &gain))
            cJSON_AddNumberToObject(gains, pack, gain);
    }
    cJSON *skills = gains ? cJSON_AddObjectToObject(root, "skills") : NULL;
    for (int k = 0; skills && k < SV_PRINCIPLE_COUNT; k++) {
        cJSON *o = cJSON_AddObjectToObject(skills, sv_principle_name((sv_Principle)k));
        if (!o) break;
        if (sk[k].level >= 0)
            cJSON_AddNumberToObject(o, "level", sk[k].level);
        else
            cJSON_AddNullToObject(o, "level");
        cJSON_AddNumberToObject(o, "followed", sk[k].followed);
        cJSON_AddNumberToObject(o, "broken", sk[k].broken);
        cJSON_AddNumberToObject(o, "runs", sk[k].runs);
    }
    char *out = skills ? cJSON_Print(root) : NULL;
    cJSON_Delete(root);
    if (!out) {
        fputs("svara-tool profile: out of memory\n", stderr);
        return 1;
    }
    printf("%s\n", out);
    cJSON_free(out);
    return 0;
}

static int show(const ProfileArgs *a)
{
    char path[1200];
    if (!profile_path(a, a->name, path, sizeof path)) {
        fputs("svara-tool profile: no folder for profiles (set HOME or XDG_DATA_HOME)\n", stderr);
        return 1;
    }
    sv_Profile p;
    bool missing = false;
    if (!load(path, &p, &missing)) {
        if (missing) fprintf(stderr, "svara-tool profile: there is no profile '%s'\n", a->name);
        return 1;
    }
    int rc = a->json ? show_json(&p) : (show_text(&p), 0);
    sv_profile_free(&p);
    return rc;
}

/* ---- list -------------------------------------------------------------------------------- */

static int cmp_str(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static int list(const ProfileArgs *a)
{
    char dir[1024];
    if (!profiles_dir(a, dir, sizeof dir)) return 1;
    DIR *d = opendir(dir);
    if (!d) {
        printf("no profiles yet (%s)\n", dir);
        return 0;
    }
    char *names[512];
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d)) && n < 512;)
        if (e->d_name[0] != '.') names[n++] = strdup(e->d_name);
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        char path[1600];
        snprintf(path, sizeof path, "%s/%s/profile.json", dir, names[i] ? names[i] : "");
        sv_Profile p;
        bool missing = false;
        if (names[i] && load(path, &p, &missing)) {
            printf("%-24s %s, %zu run%s\n", names[i], p.name, p.run_count,
                   p.run_count == 1 ? "" : "s");
            sv_profile_free(&p);
        } else if (names[i]) {
            printf("%-24s (%s)\n", names[i], missing ? "no profile.json" : "broken: see above");
        }
        free(names[i]);
    }
    if (!n) printf("no profiles yet (%s)\n", dir);
    return 0;
}

/* ---- add --------------------------------------------------------------------------------- */

/* mkdir -p: every folder of `path` that is missing. */
static bool make_folders(const char *path)
{
    char buf[1200];
    if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf) return false;
    for (char *s = buf + 1;; s++) {
        bool end = *s == '\0';
        if (*s != '/' && !end) continue;
        *s = '\0';
        if (mkdir(buf, 0700) != 0 && errno != EEXIST) return false;
        if (end) return true;
        *s = '/';
    }
}

/* Plays the replay of its own pack through to the end: the finished run. */
static bool play_replay(const char *file, sv_Run *run, sv_Pack **pack, sv_ScoreModel **base)
{
    size_t len = 0;
    char *bytes = tool_read_file(file, &len);
    if (!bytes) return false;
    sv_Replay rp;
    sv_replay_init(&rp);
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool ok = sv_replay_parse(file, bytes, len, &rp, &diags) == SV_OK;
    free(bytes);
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    *pack = ok ? tool_open_pack(rp.pack) : NULL;
    int32_t si = *pack ? sv_pack_find_scenario(*pack, rp.scenario) : -1;
    if (*pack && si < 0)
        fprintf(stderr, "%s: pack '%s' has no scenario '%s'\n", file, rp.pack, rp.scenario);
    *base = si >= 0 ? tool_load_model(NULL) : NULL;
    ok = *base != NULL;
    if (ok) {
        sv_diag_init(&diags);
        sv_replay_check_version(&rp, (*pack)->version, file, &diags);
        sv_RunSetup setup = {.pack = *pack,
                             .sc = &(*pack)->scenarios[si],
                             .base = *base,
                             .seed = rp.seed,
                             .lang = rp.lang,
                             .replay = &rp,
                             .replay_path = file};
        ok = sv_run_start(run, &setup, &diags) == SV_OK && sv_run_play_replay(run, &diags) &&
             sv_run_check_replay(run, &diags);
        tool_print_diags(stderr, &diags);
        sv_diag_free(&diags);
    }
    sv_replay_free(&rp);
    return ok;
}

static int add(const ProfileArgs *a)
{
    const char *why;
    if (!sv_profile_name_ok(a->name, &why)) {
        fprintf(stderr, "svara-tool profile: '%s': %s\n", a->name, why);
        return 2;
    }
    char path[1200];
    if (!profile_path(a, a->name, path, sizeof path)) return 1;
    int64_t now = a->at >= 0 ? a->at : (int64_t)time(NULL);
    sv_Profile p;
    bool missing = false;
    if (!load(path, &p, &missing)) {
        if (!missing) return 1; /* broken: the game keeps it aside; here nothing is touched */
        sv_profile_init(&p, a->name, now);
    } else if (strcmp(p.name, a->name) != 0) {
        fprintf(stderr, "svara-tool profile: %s belongs to '%s', not '%s'\n", path, p.name,
                a->name);
        sv_profile_free(&p);
        return 1;
    }
    sv_Run run;
    memset(&run, 0, sizeof run);
    sv_Pack *pack = NULL;
    sv_ScoreModel *base = NULL;
    int rc = 1;
    if (play_replay(a->replay, &run, &pack, &base)) {
        char folder[1200];
        snprintf(folder, sizeof folder, "%s", path);
        *strrchr(folder, '/') = '\0';
        sv_DiagList diags;
        sv_diag_init(&diags);
        if (sv_profile_add_run(&p, &run.s, pack->id, pack->version, now) == SV_OK &&
            make_folders(folder) && sv_profile_save_file(path, &p, &diags) == SV_OK) {
            const sv_ProfileRun *r = &p.runs[p.run_count - 1];
            printf("added %s/%s to %s: grade %c (%d), %zu run%s in all\n", r->pack, r->scenario,
                   p.name, r->grade, r->score, p.run_count, p.run_count == 1 ? "" : "s");
            rc = 0;
        } else if (!diags.count) {
            fprintf(stderr, "%s: cannot make the folder: %s\n", folder, strerror(errno));
        }
        tool_print_diags(stderr, &diags);
        sv_diag_free(&diags);
    }
    if (run.started) sv_run_stop(&run);
    sv_score_free(base);
    if (pack) sv_pack_unload(pack);
    sv_profile_free(&p);
    return rc;
}

bool tool_profile_file(const char *dir, const char *name, char *buf, size_t size)
{
    ProfileArgs a = {.dir = dir};
    return profile_path(&a, name, buf, size);
}

bool tool_profile_read(const char *path, sv_Profile *p, bool *missing)
{
    return load(path, p, missing);
}

bool tool_make_folders(const char *path) { return make_folders(path); }

int tool_profile(int argc, char **argv)
{
    ProfileArgs a;
    int rc = parse_args(argc, argv, &a);
    if (rc) return rc;
    if (strcmp(a.verb, "list") == 0) return list(&a);
    if (strcmp(a.verb, "show") == 0) return show(&a);
    if (strcmp(a.verb, "certificate") == 0)
        return tool_profile_certificate(a.dir, a.name, a.pack, a.lang, a.out, a.at);
    return add(&a);
}
