/* svara: the game. Parses the command line and hands over to the app loop in
 * ui/app.c; everything SDL lives there. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/app.h"

static void usage(FILE *out)
{
    fputs("usage: svara [--headless] [--frames N] [--screenshot FILE]\n"
          "\n"
          "  --headless         no window: SDL's dummy video driver and the software renderer\n"
          "  --frames N         quit after N frames\n"
          "  --screenshot FILE  save the last frame as a BMP image\n"
          "  --help             show this help\n"
          "\n"
          "Esc or closing the window quits.\n",
          out);
}

static int parse_frames(const char *text, uint32_t *out)
{
    char *end = NULL;
    errno = 0;
    long long n = strtoll(text, &end, 10);
    if (errno || end == text || *end || n < 1 || n > 100000000) return 0;
    *out = (uint32_t)n;
    return 1;
}

int main(int argc, char **argv)
{
    sv_AppOptions opts = {0};
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(arg, "--headless") == 0) {
            opts.headless = true;
        } else if (strcmp(arg, "--frames") == 0 && i + 1 < argc) {
            if (!parse_frames(argv[++i], &opts.frames)) {
                fprintf(stderr, "svara: --frames needs a whole number from 1 up, not '%s'\n",
                        argv[i]);
                return 2;
            }
        } else if (strcmp(arg, "--screenshot") == 0 && i + 1 < argc) {
            opts.screenshot = argv[++i];
        } else {
            fprintf(stderr, "svara: %s '%s'\n",
                    strncmp(arg, "--", 2) == 0 ? "unknown option or missing value for"
                                               : "unexpected argument",
                    arg);
            usage(stderr);
            return 2;
        }
    }
    return sv_app_run(&opts);
}
