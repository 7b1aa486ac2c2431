/* svara-tool workshop: checks a workshop file against its pack, and turns a
 * team's replays into the team's result file without the game (for a
 * facilitator who collected replays, and for tests). Each replay is played
 * by the core's run with the workshop's seed; the plays are added to the
 * result file, which is written atomically and never over a file that is
 * not a result of the same workshop and team. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "svara/debrief.h"
#include "svara/native.h"
#include "svara/replay.h"
#include "svara/run.h"
#include "svara/score.h"
#include "svara/workshop.h"
#include "tool.h"

#define MAX_REPLAYS 64

typedef struct WorkshopArgs {
    const char *verb, *file, *team, *pack, *out, *at;
    const char *replays[MAX_REPLAYS];
    int replay_count;
} WorkshopArgs;

static void workshop_usage(void)
{
    fputs("usage: svara-tool workshop check WORKSHOP [--pack PACK]\n"
          "       svara-tool workshop play WORKSHOP TEAM --replay FILE [--replay FILE...]\n"
          "                                [--pack PACK] [-o RESULT] [--at DATE|SECONDS]\n",
          stderr);
}

static int parse_args(int argc, char **argv, WorkshopArgs *a)
{
    memset(a, 0, sizeof *a);
    const char **pos[3] = {&a->verb, &a->file, &a->team};
    int npos = 0;
    for (int i = 0; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(argv[i], "--replay") == 0 && v) {
            if (a->replay_count == MAX_REPLAYS) {
                fprintf(stderr, "svara-tool workshop: at most %d replays at once\n", MAX_REPLAYS);
                return 2;
            }
            a->replays[a->replay_count++] = v, i++;
        } else if (strcmp(argv[i], "--pack") == 0 && v) {
            a->pack = v, i++;
        } else if (strcmp(argv[i], "-o") == 0 && v) {
            a->out = v, i++;
        } else if (strcmp(argv[i], "--at") == 0 && v) {
            a->at = v, i++;
        } else if (tool_positional("workshop", argv[i], pos, 3, &npos)) {
            return 2;
        }
    }
    bool ok = a->verb && a->file &&
              ((strcmp(a->verb, "check") == 0 && !a->team && !a->replay_count) ||
               (strcmp(a->verb, "play") == 0 && a->team && a->replay_count));
    if (!ok) workshop_usage();
    return ok ? 0 : 2;
}

/* The workshop file, parsed and checked against its pack (which is loaded). */
static bool open_workshop(const WorkshopArgs *a, sv_Workshop *w, sv_Pack **pack)
{
    size_t len;
    char *bytes = tool_read_file(a->file, &len);
    if (!bytes) return false;
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool ok = sv_workshop_parse(a->file, bytes, len, w, &diags) == SV_OK;
    free(bytes);
    tool_print_diags(stderr, &diags);
    sv_diag_clear(&diags);
    if (ok && !(*pack = tool_open_pack(a->pack ? a->pack : w->pack))) ok = false;
    if (ok && !sv_workshop_check_pack(w, *pack, &diags)) ok = false;
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    return ok;
}

/* --at: an ISO 8601 date or seconds since 1970; else the workshop's date; else now. */
static bool start_time(const WorkshopArgs *a, const sv_Workshop *w, int64_t *out)
{
    if (a->at) {
        char *end;
        errno = 0;
        long long s = strtoll(a->at, &end, 10);
        if (!*end && !errno && s >= 0) return *out = s, true;
        if (sv_iso_parse(a->at, out)) return true;
        fprintf(stderr,
                "--at wants a date like 2026-12-04T09:00:00Z or seconds since 1970, not "
                "'%s'\n",
                a->at);
        return false;
    }
    *out = w->has_date ? w->date : (int64_t)time(NULL);
    return true;
}

/* The result to add to: the file at `path` when it is one of this team's,
 * else a new one. False when a file is there that is not such a result. */
static bool open_result(const char *path, const sv_Workshop *w, int32_t team, sv_Result *r)
{
    if (sv_native_kind(path, NULL) == SV_NATIVE_MISSING)
        return sv_result_start(r, w, team) == SV_OK;
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Status st = sv_result_load_file(path, r, &diags);
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    if (st != SV_OK) {
        fprintf(stderr,
                "%s: not a result file this command can add to; it is left as it is "
                "(move it away or name another with -o)\n",
                path);
        return false;
    }
    if (strcmp(r->workshop, w->id) != 0 || strcmp(r->team.id, w->teams[team].id) != 0 ||
        strcmp(r->pack_version, w->pack_version) != 0 || r->seed != w->seed) {
        fprintf(stderr,
                "%s: the result of team '%s' in workshop '%s' (pack %s, seed %" PRIu64
                "), not of team '%s' in this one: it is left as it is\n",
                path, r->team.id, r->workshop, r->pack_version, r->seed, w->teams[team].id);
        sv_result_free(r);
        return false;
    }
    return true;
}

/* Plays one replay with the workshop's seed and adds the play. */
static bool play_one(const char *path, const sv_Workshop *w, const sv_Pack *pack,
                     const sv_ScoreModel *base, int64_t started, sv_Result *r, uint32_t *end_ms)
{
    size_t len;
    char *bytes = tool_read_file(path, &len);
    if (!bytes) return false;
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Replay rep;
    bool ok = sv_replay_parse(path, bytes, len, &rep, &diags) == SV_OK;
    free(bytes);
    int32_t si = ok ? sv_pack_find_scenario(pack, rep.scenario) : -1;
    bool listed = false;
    for (uint32_t i = 0; ok && i < w->scenario_count; i++)
        listed |= strcmp(w->scenarios[i], rep.scenario) == 0;
    if (ok && (si < 0 || !listed)) {
        sv_diag_add(&diags, SV_SEV_ERROR, path, "/scenario", 0, 0,
                    "scenario '%s' is not one of the workshop's", rep.scenario);
        ok = false;
    }
    sv_Run run;
    sv_Lang lang = ok ? rep.lang : SV_LANG_EN;
    sv_RunSetup setup = {.pack = pack,
                         .sc = ok ? &pack->scenarios[si] : NULL,
                         .base = base,
                         .seed = w->seed,
                         .lang = lang,
                         .replay = &rep,
                         .replay_path = path};
    ok = ok && sv_run_start(&run, &setup, &diags) == SV_OK;
    if (ok) {
        ok = sv_run_play_replay(&run, &diags);
        sv_Status st =
            ok ? sv_result_add_play(r, &run, started, lang, w->options.pass_score) : SV_ERR_INVALID;
        if (ok && st != SV_OK) fprintf(stderr, "%s: %s\n", path, sv_status_text(st));
        ok = ok && st == SV_OK;
        *end_ms = run.s.now_ms;
        if (ok)
            printf("%s: %s played to the end, grade %c (%d)\n", path, run.sc->id,
                   sv_grade_letter(sv_grade_score(run.s.meters)), sv_grade_score(run.s.meters));
        sv_run_stop(&run);
    }
    if (si >= 0) (void)sv_replay_check_version(&rep, pack->version, path, &diags);
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    sv_replay_free(&rep);
    return ok;
}

static int play(const WorkshopArgs *a, const sv_Workshop *w, const sv_Pack *pack)
{
    int32_t team = sv_workshop_find_team(w, a->team);
    if (team < 0) {
        fprintf(stderr, "%s: the workshop has no team '%s'; it has:", a->file, a->team);
        for (uint32_t i = 0; i < w->team_count; i++) fprintf(stderr, " %s", w->teams[i].id);
        fputc('\n', stderr);
        return 1;
    }
    int64_t started;
    if (!start_time(a, w, &started)) return 2;
    char out[1024];
    if (a->out)
        snprintf(out, sizeof out, "%s", a->out);
    else
        snprintf(out, sizeof out, "%s-%s.result.json", w->id, w->teams[team].id);
    sv_ScoreModel *base = tool_load_model(NULL);
    sv_Result r;
    if (!base || !open_result(out, w, team, &r)) {
        sv_score_free(base);
        return 1;
    }
    bool ok = true;
    for (int i = 0; ok && i < a->replay_count; i++) {
        uint32_t end_ms = 0;
        ok = play_one(a->replays[i], w, pack, base, started, &r, &end_ms);
        started += (end_ms + 999) / 1000; /* the next scenario starts when this one ended */
    }
    if (ok) {
        sv_DiagList diags;
        sv_diag_init(&diags);
        ok = sv_result_save_file(out, &r, &diags) == SV_OK;
        tool_print_diags(stderr, &diags);
        sv_diag_free(&diags);
        if (ok) printf("wrote %s: team '%s', %u play(s)\n", out, r.team.id, r.play_count);
    }
    sv_result_free(&r);
    sv_score_free(base);
    return ok ? 0 : 1;
}

int tool_workshop(int argc, char **argv)
{
    WorkshopArgs a;
    int rc = parse_args(argc, argv, &a);
    if (rc) return rc;
    sv_Workshop w;
    sv_Pack *pack = NULL;
    memset(&w, 0, sizeof w);
    if (!open_workshop(&a, &w, &pack)) {
        rc = 1;
    } else if (strcmp(a.verb, "check") == 0) {
        printf("ok, workshop '%s': %u team(s), %u scenario(s) of pack '%s' %s, seed %" PRIu64 "\n",
               w.id, w.team_count, w.scenario_count, w.pack, w.pack_version, w.seed);
    } else {
        rc = play(&a, &w, pack);
    }
    sv_workshop_free(&w);
    if (pack) sv_pack_unload(pack);
    return rc;
}
