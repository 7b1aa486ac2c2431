/* Checks a screenshot of the title screen without SDL: a BMP of the expected
 * size with a dark background, light text in the middle and the accent rule.
 * usage: check_shot FILE WIDTH HEIGHT */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static unsigned le16(const unsigned char *p) { return (unsigned)p[0] | (unsigned)p[1] << 8; }

static int fail(const char *file, const char *what)
{
    fprintf(stderr, "check_shot: %s: %s\n", file, what);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: check_shot FILE WIDTH HEIGHT\n");
        return 2;
    }
    const char *path = argv[1];
    long want_w = strtol(argv[2], NULL, 10), want_h = strtol(argv[3], NULL, 10);

    FILE *f = fopen(path, "rb");
    if (!f) return fail(path, "cannot open (did game_headless_frames run?)");
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    if (size < 54) {
        fclose(f);
        return fail(path, "too small to be a BMP");
    }
    unsigned char *b = malloc((size_t)size);
    if (!b || fread(b, 1, (size_t)size, f) != (size_t)size) {
        fclose(f);
        free(b);
        return fail(path, "cannot read");
    }
    fclose(f);

    int rc = 1;
    uint32_t offset = le32(b + 10);
    int32_t w = (int32_t)le32(b + 18), h = (int32_t)le32(b + 22);
    unsigned bpp = le16(b + 28);
    int top_down = h < 0;
    if (top_down) h = -h;
    printf("%s: %ld bytes, %dx%d, %u bits per pixel\n", path, size, w, h, bpp);
    if (b[0] != 'B' || b[1] != 'M') {
        fail(path, "not a BMP (no 'BM' signature)");
        goto out;
    }
    if (w != want_w || h != want_h) {
        fprintf(stderr, "check_shot: expected %ldx%ld, got %dx%d\n", want_w, want_h, w, h);
        goto out;
    }
    if (bpp != 24 && bpp != 32) {
        fail(path, "expected 24 or 32 bits per pixel");
        goto out;
    }
    size_t stride = ((size_t)w * bpp / 8 + 3) & ~(size_t)3;
    if (offset + stride * (size_t)h > (size_t)size) {
        fail(path, "pixel data runs past the end of the file");
        goto out;
    }

    /* Pixels are B, G, R(, A). Row 0 of the image is the last row unless top-down. */
    const unsigned char *px = b + offset;
    const unsigned char *corner = px + (top_down ? 0 : stride * (size_t)(h - 1));
    long bg = (long)corner[0] + corner[1] + corner[2];
    long differ = 0, bright_middle = 0, accent = 0;
    for (int y = 0; y < h; y++) {
        const unsigned char *row = px + stride * (size_t)(top_down ? y : h - 1 - y);
        for (int x = 0; x < w; x++) {
            const unsigned char *p = row + (size_t)x * bpp / 8;
            int bl = p[0], g = p[1], r = p[2];
            if (labs((long)r + g + bl - bg) > 30) differ++;
            if (y > h / 4 && y < h * 3 / 4 && r > 200 && g > 200 && bl > 200) bright_middle++;
            if (r > 200 && g > 100 && g < 180 && bl < 120) accent++;
        }
    }
    long total = (long)w * h;
    printf("background %d,%d,%d; %ld of %ld pixels differ from it; %ld light in the middle; "
           "%ld accent\n",
           corner[2], corner[1], corner[0], differ, total, bright_middle, accent);
    if (bg > 3 * 60) {
        fail(path, "background is not dark");
    } else if (differ < total / 200 || differ > total / 3) {
        fail(path, "expected between 0.5% and 33% of the pixels to differ from the background");
    } else if (bright_middle < 2000) {
        fail(path, "no light text in the middle (the title did not render?)");
    } else if (accent < 200) {
        fail(path, "no accent rule under the title");
    } else {
        printf("ok\n");
        rc = 0;
    }
out:
    free(b);
    return rc;
}
