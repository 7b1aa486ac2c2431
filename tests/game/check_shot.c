/* Checks a screenshot without SDL: a BMP of the expected size, then checks on
 * regions given in the game's 1920x1080 logical space (scaled to the image):
 *
 *   colour X Y W H RRGGBB MIN    at least MIN % of the region is that colour (+-24 a channel)
 *   nocolour X Y W H RRGGBB      none of the region is that colour
 *   busy X Y W H MIN             at least MIN % of the region differs from its corner (text, lines)
 *   calm X Y W H MAX             at most MAX % differs (an empty area)
 *   bar X Y W H RRGGBB MIN       some row of the region has an unbroken run of that
 *                                colour at least MIN % of the region wide (a progress bar)
 *
 * usage: check_shot FILE WIDTH HEIGHT [CHECK...]   (MIN and MAX may have decimals)
 * Every check prints what it measured, so a failure shows both values. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Image {
    const unsigned char *px;
    size_t stride;
    int w, h, bpp;
    int top_down;
} Image;

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static unsigned le16(const unsigned char *p) { return (unsigned)p[0] | (unsigned)p[1] << 8; }

static const unsigned char *pixel(const Image *im, int x, int y)
{
    const unsigned char *row = im->px + im->stride * (size_t)(im->top_down ? y : im->h - 1 - y);
    return row + (size_t)x * (size_t)im->bpp / 8; /* B, G, R */
}

static int near(const unsigned char *p, unsigned rgb)
{
    int r = (int)(rgb >> 16 & 255), g = (int)(rgb >> 8 & 255), b = (int)(rgb & 255);
    return abs(p[2] - r) <= 24 && abs(p[1] - g) <= 24 && abs(p[0] - b) <= 24;
}

/* The region in image pixels, from logical coordinates. */
static void region(const Image *im, char **argv, int *x0, int *y0, int *x1, int *y1)
{
    double sx = im->w / 1920.0, sy = im->h / 1080.0;
    *x0 = (int)(atof(argv[0]) * sx);
    *y0 = (int)(atof(argv[1]) * sy);
    *x1 = *x0 + (int)(atof(argv[2]) * sx);
    *y1 = *y0 + (int)(atof(argv[3]) * sy);
    if (*x1 > im->w) *x1 = im->w;
    if (*y1 > im->h) *y1 = im->h;
}

/* Runs one check; returns how many arguments it used (0 on a bad check), sets *ok. */
static int check(const Image *im, char **argv, int argc, int *ok)
{
    const char *kind = argv[0];
    int need = strcmp(kind, "colour") == 0 || strcmp(kind, "bar") == 0  ? 7
               : strcmp(kind, "nocolour") == 0                          ? 6
               : strcmp(kind, "busy") == 0 || strcmp(kind, "calm") == 0 ? 6
                                                                        : 0;
    if (!need || argc < need) {
        fprintf(stderr, "check_shot: bad check '%s'\n", kind);
        return 0;
    }
    int x0, y0, x1, y1;
    region(im, argv + 1, &x0, &y0, &x1, &y1);
    long total = 0, hit = 0;
    int by_colour =
        strcmp(kind, "colour") == 0 || strcmp(kind, "nocolour") == 0 || strcmp(kind, "bar") == 0;
    unsigned rgb = by_colour ? (unsigned)strtoul(argv[5], NULL, 16) : 0;
    const unsigned char *corner = pixel(im, x0, y0);
    if (strcmp(kind, "bar") == 0) { /* the longest run in any row, as a share of the width */
        long best = 0;
        for (int y = y0; y < y1; y++)
            for (int x = x0, run = 0; x < x1; x++) {
                run = near(pixel(im, x, y), rgb) ? run + 1 : 0;
                if (run > best) best = run;
            }
        hit = best;
        total = x1 > x0 ? x1 - x0 : 0;
        y1 = y0; /* done */
    }
    for (int y = y0; y < y1; y++)
        for (int x = x0; x < x1; x++) {
            const unsigned char *p = pixel(im, x, y);
            total++;
            if (!by_colour)
                hit += abs(p[0] - corner[0]) + abs(p[1] - corner[1]) + abs(p[2] - corner[2]) > 40;
            else
                hit += near(p, rgb);
        }
    double pct = total ? 100.0 * (double)hit / (double)total : 0.0;
    double limit = strcmp(kind, "nocolour") == 0 ? 0.0 : atof(argv[need - 1]);
    int pass = strcmp(kind, "colour") == 0 || strcmp(kind, "bar") == 0 ? pct >= limit
               : strcmp(kind, "nocolour") == 0                         ? hit == 0
               : strcmp(kind, "busy") == 0                             ? pct >= limit
                                                                       : pct <= limit;
    printf("%s %s %s %s %s%s%s: %.2f%% (limit %.2f%%) %s\n", kind, argv[1], argv[2], argv[3],
           argv[4], by_colour ? " " : "", by_colour ? argv[5] : "", pct, limit,
           pass ? "ok" : "FAILED");
    if (!pass) *ok = 0;
    return need;
}

static unsigned char *load(const char *path, long *size)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    *size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *b = *size >= 54 ? malloc((size_t)*size) : NULL;
    if (b && fread(b, 1, (size_t)*size, f) != (size_t)*size) {
        free(b);
        b = NULL;
    }
    fclose(f);
    return b;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: check_shot FILE WIDTH HEIGHT [CHECK...]\n");
        return 2;
    }
    long size = 0;
    unsigned char *b = load(argv[1], &size);
    if (!b || b[0] != 'B' || b[1] != 'M') {
        fprintf(stderr, "check_shot: %s: missing or not a BMP\n", argv[1]);
        free(b);
        return 1;
    }
    Image im = {0};
    int32_t h = (int32_t)le32(b + 22);
    im.w = (int)le32(b + 18);
    im.top_down = h < 0;
    im.h = h < 0 ? -h : h;
    im.bpp = (int)le16(b + 28);
    im.stride = ((size_t)im.w * (size_t)im.bpp / 8 + 3) & ~(size_t)3;
    im.px = b + le32(b + 10);
    int ok = 1;
    if (im.w != atoi(argv[2]) || im.h != atoi(argv[3]) || (im.bpp != 24 && im.bpp != 32) ||
        le32(b + 10) + im.stride * (size_t)im.h > (size_t)size) {
        fprintf(stderr, "check_shot: %s: expected %sx%s at 24 or 32 bits, got %dx%d at %d\n",
                argv[1], argv[2], argv[3], im.w, im.h, im.bpp);
        free(b);
        return 1;
    }
    printf("%s: %dx%d\n", argv[1], im.w, im.h);
    for (int i = 4; i < argc;) {
        int used = check(&im, argv + i, argc - i, &ok);
        if (!used) {
            free(b);
            return 2;
        }
        i += used;
    }
    free(b);
    printf("%s\n", ok ? "ok" : "some checks failed");
    return ok ? 0 : 1;
}
