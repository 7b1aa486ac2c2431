/* svara-tool assess: a pack's pre- or post-test for a learner's profile, for
 * scripts and tests: without answers it lists the situations the test gives
 * (the same draw as the game's), with them it scores every answer by the
 * model and keeps the test in the profile. And `profile certificate`: the
 * HTML certificate of a profile that completed the pack's path. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "svara/assess.h"
#include "svara/certificate.h"
#include "svara/principles.h"
#include "svara/profile.h"
#include "svara/score.h"
#include "tool.h"

typedef struct AssessArgs {
    const char *pack, *profile, *dir, *kind, *answers;
    int64_t at;
} AssessArgs;

static int usage(void)
{
    fputs("usage: svara-tool assess PACK --profile NAME --kind pre|post "
          "[--answers ITEM=OPTION,...] [--at SECONDS] [--dir DIR]\n",
          stderr);
    return 2;
}

static bool parse_at(const char *v, int64_t *at)
{
    char *end;
    errno = 0;
    long long t = strtoll(v, &end, 10);
    if (*end || errno || t < 0 || !*v) {
        fprintf(stderr, "--at wants seconds since 1970, not '%s'\n", v);
        return false;
    }
    *at = t;
    return true;
}

static int parse_args(int argc, char **argv, AssessArgs *a)
{
    memset(a, 0, sizeof *a);
    a->at = -1;
    const char **pos[1] = {&a->pack};
    int npos = 0;
    for (int i = 0; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL, **to = NULL;
        if (strcmp(argv[i], "--profile") == 0) to = &a->profile;
        if (strcmp(argv[i], "--dir") == 0) to = &a->dir;
        if (strcmp(argv[i], "--kind") == 0) to = &a->kind;
        if (strcmp(argv[i], "--answers") == 0) to = &a->answers;
        if (to && v) {
            *to = v, i++;
        } else if (strcmp(argv[i], "--at") == 0 && v) {
            if (!parse_at(v, &a->at)) return 2;
            i++;
        } else if (tool_positional("assess", argv[i], pos, 1, &npos)) {
            return 2;
        }
    }
    return a->pack && a->profile && a->kind ? 0 : usage();
}

/* The options of a situation, "o-a, o-b, o-c". */
static void option_list(const sv_Scenario *sc, char *buf, size_t size)
{
    size_t n = 0;
    buf[0] = '\0';
    const sv_Decision *d = &sc->decisions[0];
    for (uint32_t i = 0; i < d->options.count && n + 2 < size; i++)
        n += (size_t)snprintf(buf + n, size - n, "%s%s", i ? ", " : "",
                              sc->options[d->options.start + i].id);
}

/* Matches --answers to the drawn situations: options[i] for items[i]. */
static bool read_answers(const sv_Pack *pack, const char *text, const int32_t *items, size_t n,
                         int32_t *options)
{
    for (size_t i = 0; i < n; i++) options[i] = -1;
    char buf[4096];
    if (snprintf(buf, sizeof buf, "%s", text) >= (int)sizeof buf) {
        fputs("svara-tool assess: --answers is too long\n", stderr);
        return false;
    }
    bool ok = true;
    for (char *save = NULL, *pair = strtok_r(buf, ",", &save); pair;
         pair = strtok_r(NULL, ",", &save)) {
        char *eq = strchr(pair, '=');
        if (!eq) {
            fprintf(stderr, "svara-tool assess: '%s' is not ITEM=OPTION\n", pair);
            ok = false;
            continue;
        }
        *eq = '\0';
        int32_t item = sv_pack_find_assessment(pack, pair);
        size_t k = 0;
        while (k < n && items[k] != item) k++;
        if (item < 0 || k == n) {
            fprintf(stderr, "svara-tool assess: '%s' is %s\n", pair,
                    item < 0 ? "not a situation of the pack" : "not in this test");
            ok = false;
            continue;
        }
        const sv_Scenario *sc = &pack->assessment[item];
        const sv_Decision *d = &sc->decisions[0];
        for (uint32_t o = 0; o < d->options.count; o++)
            if (strcmp(sc->options[d->options.start + o].id, eq + 1) == 0)
                options[k] = (int32_t)(d->options.start + o);
        if (options[k] < 0) {
            char list[512];
            option_list(sc, list, sizeof list);
            fprintf(stderr, "svara-tool assess: %s has no option '%s'; its options are: %s\n", pair,
                    eq + 1, list);
            ok = false;
        }
    }
    for (size_t i = 0; ok && i < n; i++)
        if (options[i] < 0) {
            fprintf(stderr, "svara-tool assess: no answer for %s\n", pack->assessment[items[i]].id);
            ok = false;
        }
    return ok;
}

static void list_test(const sv_Pack *pack, const sv_Profile *p, sv_AssessKind kind,
                      const int32_t *items, size_t n)
{
    printf("%s-test of %s for %s: %zu situations\n", sv_assess_kind_name(kind), pack->id, p->name,
           n);
    for (size_t i = 0; i < n; i++) {
        char list[512];
        option_list(&pack->assessment[items[i]], list, sizeof list);
        printf("  %-20s %s\n", pack->assessment[items[i]].id, list);
    }
}

/* Scores the answers, keeps the test in the profile and saves it. */
static int take(const AssessArgs *a, const sv_Pack *pack, sv_Profile *p, const char *path,
                sv_AssessKind kind, const int32_t *items, size_t n)
{
    int32_t options[SV_ASSESS_ITEMS];
    if (!read_answers(pack, a->answers, items, n, options)) return 2;
    sv_ScoreModel *base = tool_load_model(NULL);
    if (!base) return 1;
    sv_ProfileAssessment rec;
    int64_t at = a->at >= 0 ? a->at : (int64_t)time(NULL);
    sv_Status st = sv_assess_take(p, pack, base, kind, at, items, options, n, &rec);
    sv_score_free(base);
    if (st != SV_OK) {
        fprintf(stderr, "svara-tool assess: the answers could not be scored (%s)\n",
                sv_status_text(st));
        return 1;
    }
    char folder[1200];
    snprintf(folder, sizeof folder, "%s", path);
    *strrchr(folder, '/') = '\0';
    sv_DiagList diags;
    sv_diag_init(&diags);
    bool saved = tool_make_folders(folder) && sv_profile_save_file(path, p, &diags) == SV_OK;
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    if (!saved) {
        fprintf(stderr, "svara-tool assess: %s was not saved\n", path);
        return 1;
    }
    for (uint32_t i = 0; i < rec.item_count; i++)
        printf("  %-20s %-20s %3d%s\n", rec.items[i].scenario, rec.items[i].option,
               rec.items[i].points, rec.items[i].top ? "  (the model's pick)" : "");
    printf("%s-test of %s for %s: %d of 100\n", sv_assess_kind_name(kind), pack->id, p->name,
           rec.score);
    int32_t gain;
    if (sv_profile_gain(p, pack->id, &gain))
        printf("gain from the pre-test: %+d (pre %d, post %d)\n", gain,
               sv_profile_assessment(p, pack->id, SV_ASSESS_PRE)->score,
               sv_profile_assessment(p, pack->id, SV_ASSESS_POST)->score);
    return 0;
}

/* The profile, or a new one when it is not there yet. */
static bool open_profile(const AssessArgs *a, char *path, size_t size, sv_Profile *p)
{
    const char *why;
    if (!sv_profile_name_ok(a->profile, &why)) {
        fprintf(stderr, "svara-tool assess: '%s': %s\n", a->profile, why);
        return false;
    }
    if (!tool_profile_file(a->dir, a->profile, path, size)) {
        fputs("svara-tool assess: no folder for profiles (set HOME or XDG_DATA_HOME)\n", stderr);
        return false;
    }
    bool missing = false;
    if (tool_profile_read(path, p, &missing)) return true;
    if (!missing) return false;
    sv_profile_init(p, a->profile, a->at >= 0 ? a->at : (int64_t)time(NULL));
    return true;
}

int tool_assess(int argc, char **argv)
{
    AssessArgs a;
    int rc = parse_args(argc, argv, &a);
    if (rc) return rc;
    sv_AssessKind kind;
    if (!sv_assess_kind_parse(a.kind, &kind)) {
        fprintf(stderr, "svara-tool assess: --kind is pre or post, not '%s'\n", a.kind);
        return 2;
    }
    sv_Pack *pack = tool_open_pack(a.pack);
    if (!pack) return 1;
    char path[1200];
    sv_Profile p;
    rc = 1;
    if (!pack->assessment_count)
        fprintf(stderr, "svara-tool assess: pack '%s' has no assessment\n", pack->id);
    else if (open_profile(&a, path, sizeof path, &p)) {
        const sv_ProfileAssessment *done = sv_profile_assessment(&p, pack->id, kind);
        int32_t items[SV_ASSESS_ITEMS];
        size_t n = sv_assess_draw(pack, &p, kind, SV_ASSESS_ITEMS, items);
        if (done)
            fprintf(stderr,
                    "svara-tool assess: %s has taken the %s-test of %s already (%d of 100)\n",
                    p.name, sv_assess_kind_name(kind), pack->id, done->score);
        else if (n == 0)
            fprintf(stderr, "svara-tool assess: %s has seen every situation of %s\n", p.name,
                    pack->id);
        else if (!a.answers)
            list_test(pack, &p, kind, items, n), rc = 0;
        else
            rc = take(&a, pack, &p, path, kind, items, n);
        sv_profile_free(&p);
    }
    sv_pack_unload(pack);
    return rc;
}

/* ---- profile certificate -------------------------------------------------------------------- */

int tool_profile_certificate(const char *dir, const char *name, const char *pack_arg,
                             const char *lang_arg, const char *out, int64_t at)
{
    sv_Lang lang = SV_LANG_EN;
    if (lang_arg && !sv_lang_parse(lang_arg, &lang)) {
        fprintf(stderr, "svara-tool profile: --lang is en, sv or nb, not '%s'\n", lang_arg);
        return 2;
    }
    char path[1200];
    sv_Profile p;
    bool missing = false;
    if (!tool_profile_file(dir, name, path, sizeof path)) return 1;
    if (!tool_profile_read(path, &p, &missing)) {
        if (missing) fprintf(stderr, "svara-tool profile: there is no profile '%s'\n", name);
        return 1;
    }
    sv_Pack *pack = tool_open_pack(pack_arg);
    sv_Principles pr;
    int rc = 1;
    uint32_t done = 0, total = 0;
    if (pack && !sv_assess_path_complete(pack, &p, &done, &total)) {
        fprintf(stderr,
                "svara-tool profile: %s has completed %u of the %u scenarios of %s's path; the "
                "certificate comes when every one is done\n",
                p.name, done, total, pack->id);
    } else if (pack && tool_load_principles(&pr)) {
        sv_CertificateSetup c = {.profile = &p,
                                 .pack = pack,
                                 .principles = &pr,
                                 .lang = lang_arg ? lang : pack->first_language,
                                 .issued = at >= 0 ? at : (int64_t)time(NULL)};
        char *html = sv_certificate_html(&c, NULL);
        if (!html)
            fputs("svara-tool profile: out of memory\n", stderr);
        else if (tool_write_file(out, html))
            printf("wrote the certificate of %s for %s to %s\n", p.name, pack->id, out), rc = 0;
        free(html);
        sv_principles_free(&pr);
    }
    if (pack) sv_pack_unload(pack);
    sv_profile_free(&p);
    return rc;
}
