/* svara-tool: the command line for authors and facilitators. Each command
 * lives in its own file; this one only dispatches and holds shared helpers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svara/limits.h"
#include "svara/native.h"
#include "svara/pack.h"
#include "tool.h"

static void usage(FILE *out)
{
    fputs("usage: svara-tool COMMAND [ARGS]\n"
          "\n"
          "commands:\n"
          "  list                   the packs and scenarios found by name: your pack folder\n"
          "                         ($XDG_DATA_HOME/svara/packs) over the built-in packs\n"
          "  check [--strict] [--format text|json|sarif] PACK...\n"
          "                         load and validate packs (folders or .zip) and look for\n"
          "                         authoring mistakes; print every problem with its rule id;\n"
          "                         exit 1 if any pack has errors (with --strict: warnings\n"
          "                         too), 2 on a wrong command line\n"
          "  play PACK SCENARIO [--seed N] [--lang en|sv|nb] [--script FILE]\n"
          "                     [--record FILE] [--replay FILE] [--crowd-trace]\n"
          "                         play a scenario in the terminal; PACK is a path or a\n"
          "                         pack name from 'list'; --crowd-trace prints each\n"
          "                         minute how each segment of the crowd stands, the reach\n"
          "                         and what moved it\n"
          "  agreement PACK [SCENARIO...]\n"
          "                         how often the scoring model's best choice agrees with\n"
          "                         the authors' expert verdicts; exit 1 unless always\n"
          "  coverage PACK [--min N] [--markdown] [--readme FILE [--write]]\n"
          "                         which principles decide which decisions (named in the\n"
          "                         annotations and borne out by the model); exit 1 when one\n"
          "                         decides fewer than N (2); the table in Markdown, or\n"
          "                         checked against (--write: written to) a README\n"
          "  new NAME [--lang en,sv,nb]\n"
          "                         make a new pack folder NAME from a short working scenario,\n"
          "                         with notes on what to change (README.md in the folder)\n"
          "  pack FOLDER [-o PACK.zip]\n"
          "                         zip a pack folder for sharing (pack.json and its scenario\n"
          "                         files), then check the zip\n"
          "  explore PACK [SCENARIO] [--runs N] [--seed S] [--exhaustive] [--max-paths N]\n"
          "                         [--merge story|exact] [--jobs J] [--json]\n"
          "  explore PACK SCENARIO --record SEED FILE\n"
          "                         play-test: N random runs (or every branch) and report\n"
          "                         what was never reached, endings, meters and outcomes;\n"
          "                         --record writes one run as a replay for play --replay\n"
          "  graph PACK SCENARIO [-o FILE.dot] [--svg FILE.svg] [--explore FILE.json]\n"
          "                         the scenario as a Graphviz graph, options coloured by the\n"
          "                         mean reputation change explore measured\n"
          "  bench audience [--accounts N] [--seconds S] [--reply-at S] [--seed N] [--paced]\n"
          "                         time the live crowd in a crisis at normal speed: cost per\n"
          "                         60 fps frame (p50, p99) and memory per account\n"
          "  bench load             build hostile packs (a 38,000-entry manifest, zips of\n"
          "                         200,000 and 4,096 entries) and time checking each\n"
          "  bench explore [PACK [SCENARIO]] [--seconds S] [--runs N] [--seed N]\n"
          "                         explore's random play-throughs per second on one core,\n"
          "                         each scenario with its crowd and with the audience off\n",
          out);
    fputs("  profile list | show NAME [--json] | add NAME REPLAY [--at SECONDS]  [--dir DIR]\n"
          "                         learners' profiles (the game's, in $XDG_DATA_HOME/svara/\n"
          "                         profiles): runs, best grades and skills by principle;\n"
          "                         add plays a replay to its end and records the run;\n"
          "                         show gives the gain from the pre- to the post-test\n"
          "  profile certificate NAME --pack PACK [--lang L] --out FILE  [--dir DIR]\n"
          "                         the certificate of a completed path: one HTML page,\n"
          "                         self-contained and printable\n"
          "  assess PACK --profile NAME --kind pre|post [--answers ITEM=OPTION,...]\n"
          "         [--at SECONDS] [--dir DIR]\n"
          "                         the pack's pre- or post-test for a profile: without\n"
          "                         --answers, the situations it gives; with them, scored\n"
          "                         by the model and kept in the profile\n"
          "  workshop check WORKSHOP [--pack PACK]\n"
          "  workshop play WORKSHOP TEAM --replay FILE... [--pack PACK] [-o RESULT] [--at DATE]\n"
          "                         check a workshop file against its pack; play a team's\n"
          "                         replays with the workshop's seed into its result file\n"
          "  report RESULT... [--csv FILE] [--json FILE] [--xapi FILE] [--html FILE]\n"
          "                         merge the teams' result files into one workshop (refused\n"
          "                         for another workshop, pack version or seed), rate each\n"
          "                         principle P/S/M/U per team, and export CSV, JSON, xAPI\n"
          "                         1.0.3 statements and a self-contained HTML report;\n"
          "                         --plan FILE: the facilitator's improvement-plan.json in them;\n"
          "                         --lang en|sv|nb: the HTML report's language (default: the\n"
          "                         workshop file's, else en)\n"
          "  xapi send FILE --endpoint URL [--user KEY:SECRET] [--batch N]\n"
          "                         post an xAPI statements file to a learning record store\n"
          "  help                   this text\n",
          out);
}

void tool_print_diags(FILE *out, const sv_DiagList *diags)
{
    char line[1200];
    for (size_t i = 0; i < diags->count; i++) {
        sv_diag_format(&diags->items[i], line, sizeof line);
        fprintf(out, "%s\n", line);
    }
}

sv_Pack *tool_load_pack(const char *path)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Pack *pack = NULL;
    const char *paths[1] = {path};
    sv_Status st = sv_pack_load(paths, 1, NULL, &pack, &diags);
    tool_print_diags(stderr, &diags);
    if (st != SV_OK && pack) {
        sv_pack_unload(pack);
        pack = NULL;
    }
    sv_diag_free(&diags);
    return pack;
}

int tool_positional(const char *cmd, const char *arg, const char **slots[], int count, int *used)
{
    if (arg[0] == '-' && arg[1]) {
        fprintf(stderr, "svara-tool %s: unknown or incomplete option '%s'\n", cmd, arg);
        return 2;
    }
    if (*used >= count) {
        fprintf(stderr, "svara-tool %s: unexpected argument '%s'\n", cmd, arg);
        return 2;
    }
    *slots[(*used)++] = arg;
    return 0;
}

char *tool_read_file(const char *path, size_t *len)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    char *bytes = sv_native_read(path, SV_MAX_FILE_BYTES, len, NULL, &diags);
    tool_print_diags(stderr, &diags);
    sv_diag_free(&diags);
    return bytes;
}

bool tool_write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "%s: cannot open for writing\n", path);
        return false;
    }
    bool ok = fputs(text, f) >= 0;
    ok = (fclose(f) == 0) && ok;
    if (!ok) fprintf(stderr, "%s: write failed\n", path);
    return ok;
}

const char *tool_clock(unsigned t_ms, char *buf, size_t size)
{
    /* minutes and seconds; hours too once there are any (a scenario may run for days) */
    unsigned s = t_ms / 1000u;
    if (s >= 3600u)
        snprintf(buf, size, "%u:%02u:%02u", s / 3600u, s / 60u % 60u, s % 60u);
    else
        snprintf(buf, size, "%02u:%02u", s / 60u, s % 60u);
    return buf;
}

int main(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0 ||
        strcmp(argv[1], "-h") == 0) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    sv_DiagList diags;
    sv_diag_init(&diags);
    if (!sv_fs_init(argv[0], &diags)) {
        tool_print_diags(stderr, &diags);
        sv_diag_free(&diags);
        return 1;
    }
    sv_diag_free(&diags);
    int rc;
    if (strcmp(argv[1], "check") == 0)
        rc = tool_check(argc - 2, argv + 2);
    else if (strcmp(argv[1], "agreement") == 0)
        rc = tool_agreement(argc - 2, argv + 2);
    else if (strcmp(argv[1], "coverage") == 0)
        rc = tool_coverage(argc - 2, argv + 2);
    else if (strcmp(argv[1], "list") == 0)
        rc = tool_list(argc - 2, argv + 2);
    else if (strcmp(argv[1], "play") == 0)
        rc = tool_play(argc - 2, argv + 2);
    else if (strcmp(argv[1], "bench") == 0)
        rc = tool_bench(argc - 2, argv + 2);
    else if (strcmp(argv[1], "pack") == 0)
        rc = tool_pack(argc - 2, argv + 2);
    else if (strcmp(argv[1], "new") == 0)
        rc = tool_new(argc - 2, argv + 2);
    else if (strcmp(argv[1], "explore") == 0)
        rc = tool_explore(argc - 2, argv + 2);
    else if (strcmp(argv[1], "graph") == 0)
        rc = tool_graph(argc - 2, argv + 2);
    else if (strcmp(argv[1], "assess") == 0)
        rc = tool_assess(argc - 2, argv + 2);
    else if (strcmp(argv[1], "profile") == 0)
        rc = tool_profile(argc - 2, argv + 2);
    else if (strcmp(argv[1], "workshop") == 0)
        rc = tool_workshop(argc - 2, argv + 2);
    else if (strcmp(argv[1], "report") == 0)
        rc = tool_report(argc - 2, argv + 2);
    else if (strcmp(argv[1], "xapi") == 0)
        rc = tool_xapi(argc - 2, argv + 2);
    else {
        fprintf(stderr, "svara-tool: unknown command '%s'\n\n", argv[1]);
        usage(stderr);
        rc = 2;
    }
    sv_fs_free();
    return rc;
}
