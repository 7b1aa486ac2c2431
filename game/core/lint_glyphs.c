/* The check for characters the game cannot draw: SDL2_ttf 2.20 has no
 * fallback font, so the game (game/ui/text.c) leaves out every code point
 * DejaVu Sans lacks, most emoji among them, and "sure 🙄 maybe" reads "sure
 * maybe". The code points both the regular and the bold face draw are a
 * range table generated from the font (tools/font_ranges.sh), so the core
 * stays free of SDL and of the font file. */
#include <stdio.h>
#include <string.h>

#include "lint_internal.h"

#include "glyphs_table.h"

/* Does the game's font draw `c`? Joiners and variation selectors, which the
 * game drops silently with the emoji they belong to, and line breaks count
 * as drawn. */
static bool drawn(uint32_t c)
{
    if (c == '\n' || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F)) return true;
    size_t lo = 0, hi = sizeof glyph_ranges / sizeof glyph_ranges[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < glyph_ranges[mid][0])
            hi = mid;
        else if (c > glyph_ranges[mid][1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

/* The next code point of valid UTF-8 (the loaders checked it) and its length. */
static uint32_t next_cp(const unsigned char *u, size_t *len)
{
    uint32_t c = u[0];
    *len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    for (size_t k = 1; k < *len; k++)
        if ((u[k] & 0xC0u) != 0x80u) { /* not UTF-8 after all: one byte at a time */
            *len = 1;
            return c;
        }
    if (*len == 2) c = (c & 0x1Fu) << 6 | (u[1] & 0x3Fu);
    if (*len == 3) c = (c & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu);
    if (*len == 4)
        c = (c & 0x07u) << 18 | (u[1] & 0x3Fu) << 12 | (u[2] & 0x3Fu) << 6 | (u[3] & 0x3Fu);
    return c;
}

static void one(Lint *L, const char *s, const char *ptr)
{
    uint32_t missing = 0;
    char first[8] = "";
    uint32_t first_cp = 0;
    for (size_t i = 0; s[i];) {
        size_t n;
        uint32_t c = next_cp((const unsigned char *)s + i, &n);
        if (!drawn(c)) {
            if (!missing++) {
                memcpy(first, s + i, n);
                first[n] = '\0';
                first_cp = c;
            }
        }
        i += n;
    }
    if (!missing) return;
    if (missing == 1)
        lint_report(L, SV_RULE_GLYPH, ptr,
                    "'%s' (U+%04X) is not in the game's font (DejaVu Sans), so the game leaves "
                    "it out; use a character the font has, or words",
                    first, first_cp);
    else
        lint_report(L, SV_RULE_GLYPH, ptr,
                    "%u characters, the first '%s' (U+%04X), are not in the game's font (DejaVu "
                    "Sans), so the game leaves them out; use characters the font has, or words",
                    missing, first, first_cp);
}

void lint_glyphs(Lint *L, const sv_Text *t, const char *ptr)
{
    uint32_t langs = L->opt->languages;
    const char *copy = NULL;
    bool plain = true; /* a plain string: every declared language holds one copy */
    for (unsigned i = 0; i < SV_LANG_COUNT; i++) {
        if (!(langs & (1u << i))) continue;
        if (!copy) copy = t->s[i];
        plain = plain && t->s[i] == copy;
    }
    if (plain) {
        if (copy) one(L, copy, ptr);
        return;
    }
    for (unsigned i = 0; i < SV_LANG_COUNT; i++) {
        bool seen = false; /* a language filled in from another: reported there */
        for (unsigned j = 0; j < i; j++) seen = seen || ((langs & (1u << j)) && t->s[j] == t->s[i]);
        if (!(langs & (1u << i)) || !t->s[i] || seen) continue;
        char at[LINT_PTR];
        snprintf(at, sizeof at, "%.240s/%s", ptr, sv_lang_code((sv_Lang)i));
        one(L, t->s[i], at);
    }
}
