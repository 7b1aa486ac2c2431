/* svara: the game. Parses the command line and hands over to the app loop in
 * ui/app.c; everything SDL lives there. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "svara/limits.h"
#include "svara/profile.h"
#include "ui/app.h"

static void usage(FILE *out)
{
    fputs(
        "usage: svara [options]\n"
        "\n"
        "  --play PACK/SCENARIO     start at that scenario's briefing\n"
        "  --select PACK/SCENARIO   highlight that scenario on the title screen\n"
        "  --assess PACK/pre|post   take the pack's test before or after the course\n"
        "  --workshop FILE          run a workshop as its facilitator (scenarios/WORKSHOP.md)\n"
        "  --board WORKSHOP_FILE    the workshop board: scoreboard, ratings, hotwash and the\n"
        "                           improvement plan of the teams' results "
        "(scenarios/WORKSHOP.md)\n"
        "  --results DIR            the folder of the teams' *.result.json (default: the\n"
        "                           workshop file's folder); the plan and exports go there too\n"
        "  --seed N                 the audience's randomness (default: new each run)\n"
        "  --profile NAME           play as NAME (the profile is made when missing)\n"
        "  --replay FILE            play a recorded replay, then show its debrief\n"
        "  --record FILE            save your run as a replay when it ends\n"
        "  --set KEY=VALUE          a setting for this run (language=sv, text_size=large,\n"
        "                           palette=okabe-ito, reduced_motion=true, time_speed=0.5)\n"
        "  --print-settings         print where the settings are kept and what they are\n"
        "  --author                 for pack authors: reload the pack whenever one of its\n"
        "                           files changes, as F5 does (see README.md)\n"
        "\n"
        "for tests and headless machines:\n"
        "  --headless               no window: SDL's dummy video driver and the software renderer\n"
        "  --size WxH               window size (default 1280x720)\n"
        "  --frames N               quit after N frames\n"
        "  --screenshot FILE        save the last frame as a BMP image\n"
        "  --screenshot-at T:FILE   save the frame at T seconds of scenario time (repeatable)\n"
        "  --speed X                time speed for this run (1 = real time; tests use 8 or 16)\n"
        "  --script-keys FILE       feed scripted key, mouse and gamepad events (see ui/script.h)\n"
        "  --bench                  measure frame times on a busy made-up thread (1920x1080)\n"
        "  --help                   show this help\n"
        "\n"
        "Keys: arrows move, Enter chooses, Esc goes back or pauses, Tab switches channels,\n"
        "1-9 pick an option, letters pick composer parts, F11 or Alt+Enter toggles fullscreen,\n"
        "F5 reloads the pack from disk and plays on at the same time. In a workshop, F1 shows\n"
        "the facilitator's keys (F2 pause, F3/F4 time speed, F6/F7 pressure, F8 team talk).\n",
        out);
}

static int parse_u32(const char *text, uint32_t min, uint32_t max, uint32_t *out)
{
    char *end = NULL;
    errno = 0;
    long long n = strtoll(text, &end, 10);
    if (errno || end == text || *end || n < (long long)min || n > (long long)max) return 0;
    *out = (uint32_t)n;
    return 1;
}

static int parse_size(const char *text, ui_AppOptions *o)
{
    uint32_t w = 0, h = 0;
    char buf[32];
    snprintf(buf, sizeof buf, "%s", text);
    char *x = strchr(buf, 'x');
    if (!x) return 0;
    *x = '\0';
    if (!parse_u32(buf, 320, 16384, &w) || !parse_u32(x + 1, 200, 16384, &h)) return 0;
    o->width = (int)w;
    o->height = (int)h;
    return 1;
}

/* "12.5:shot.bmp" */
static int parse_shot(char *text, ui_AppOptions *o)
{
    char *colon = strchr(text, ':'), *end = NULL;
    if (!colon || o->shot_count >= UI_MAX_SHOTS) return 0;
    double secs = strtod(text, &end);
    if (end != colon || secs < 0.0 || secs > SV_MAX_SCENARIO_MS / 1000.0 || !colon[1]) return 0;
    o->shots[o->shot_count].t_ms = (uint32_t)(secs * 1000.0 + 0.5);
    o->shots[o->shot_count++].file = colon + 1;
    return 1;
}

static int parse_speed(const char *text, ui_AppOptions *o)
{
    char *end = NULL;
    double x = strtod(text, &end);
    if (end == text || *end || x < 0.1 || x > 100.0) return 0;
    o->speed_pct = (uint32_t)(x * 100.0 + 0.5);
    return 1;
}

static int parse_seed(const char *text, ui_AppOptions *o)
{
    char *end = NULL;
    errno = 0;
    unsigned long long n = strtoull(text, &end, 10);
    if (errno || end == text || *end || text[0] == '-') return 0;
    o->seed = n;
    o->seed_given = true;
    return 1;
}

/* One option with a value; 1 parsed, 0 bad value, -1 not this kind of option. */
static int parse_valued(const char *arg, char *value, ui_AppOptions *o)
{
    if (strcmp(arg, "--frames") == 0) return parse_u32(value, 1, 100000000, &o->frames);
    if (strcmp(arg, "--screenshot") == 0) return o->screenshot = value, 1;
    if (strcmp(arg, "--size") == 0) return parse_size(value, o);
    if (strcmp(arg, "--play") == 0) return o->play = value, 1;
    if (strcmp(arg, "--select") == 0) return o->select = value, 1;
    if (strcmp(arg, "--profile") == 0)
        return sv_profile_name_ok(value, NULL) ? (o->profile = value, 1) : 0;
    if (strcmp(arg, "--assess") == 0) return o->assess = value, 1;
    if (strcmp(arg, "--workshop") == 0) return o->workshop = value, 1;
    if (strcmp(arg, "--board") == 0) return o->board = value, 1;
    if (strcmp(arg, "--results") == 0) return o->results = value, 1;
    if (strcmp(arg, "--seed") == 0) return parse_seed(value, o);
    if (strcmp(arg, "--speed") == 0) return parse_speed(value, o);
    if (strcmp(arg, "--replay") == 0) return o->replay = value, 1;
    if (strcmp(arg, "--record") == 0) return o->record = value, 1;
    if (strcmp(arg, "--screenshot-at") == 0) return parse_shot(value, o);
    if (strcmp(arg, "--script-keys") == 0) return o->script = value, 1;
    if (strcmp(arg, "--set") == 0) {
        if (o->set_count >= UI_MAX_SETS || !strchr(value, '=')) return 0;
        o->sets[o->set_count++] = value;
        return 1;
    }
    return -1;
}

int main(int argc, char **argv)
{
    ui_AppOptions opts = {0};
    struct timespec start;
    if (timespec_get(&start, TIME_UTC) == TIME_UTC)
        opts.start_ns = (uint64_t)start.tv_sec * 1000000000u + (uint64_t)start.tv_nsec;
    opts.argv0 = argc > 0 ? argv[0] : NULL;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(arg, "--headless") == 0) {
            opts.headless = true;
        } else if (strcmp(arg, "--author") == 0) {
            opts.author = true;
        } else if (strcmp(arg, "--bench") == 0) {
            opts.bench = true;
        } else if (strcmp(arg, "--print-settings") == 0) {
            opts.print_settings = true;
        } else {
            int r = i + 1 < argc ? parse_valued(arg, argv[i + 1], &opts) : -1;
            if (r == 1) {
                i++;
                continue;
            }
            if (r == 0)
                fprintf(stderr, "svara: bad value for %s: '%s'\n", arg, argv[i + 1]);
            else
                fprintf(stderr, "svara: %s '%s'\n",
                        strncmp(arg, "--", 2) == 0 ? "unknown option or missing value for"
                                                   : "unexpected argument",
                        arg);
            usage(stderr);
            return 2;
        }
    }
    if (opts.bench && !opts.width) {
        opts.width = 1920;
        opts.height = 1080;
    }
    return ui_app_run(&opts);
}
