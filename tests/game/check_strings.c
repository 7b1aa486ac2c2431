/* The UI strings are complete: en.json, sv.json and nb.json each have every
 * key the game uses (game/ui/uistrings.h) and no other, each text is a
 * non-empty string, and each translation has the same {1} {2} {3} slots as
 * the English one. usage: check_strings DIR/ (the folder with the files) */
#include <stdio.h>
#include <string.h>

#include "uistrings.h"

/* Bit n-1 for every {n} in s. */
static unsigned slots(const char *s)
{
    unsigned m = 0;
    for (; *s; s++)
        if (s[0] == '{' && s[1] >= '1' && s[1] <= '3' && s[2] == '}') m |= 1u << (s[1] - '1');
    return m;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: check_strings DIR/\n");
        return 2;
    }
    ui_Strings s;
    char report[16384];
    size_t problems = ui_strings_load(&s, argv[1], report, sizeof report);
    if (problems) fprintf(stderr, "%s", report);
    for (int id = 0; id < UI_STR_COUNT; id++) {
        const char *en = s.text[SV_LANG_EN][id];
        for (int lang = 1; en && lang < SV_LANG_COUNT; lang++) {
            const char *t = s.text[lang][id];
            if (t && slots(t) != slots(en)) {
                fprintf(stderr, "%s.json: \"%s\": has slots %#x, English has %#x\n",
                        sv_lang_code((sv_Lang)lang), ui_strings_key((ui_StrId)id), slots(t),
                        slots(en));
                problems++;
            }
        }
    }
    ui_strings_free(&s);
    printf("%d keys in %d languages: %zu problem%s\n", UI_STR_COUNT, SV_LANG_COUNT, problems,
           problems == 1 ? "" : "s");
    return problems ? 1 : 0;
}
