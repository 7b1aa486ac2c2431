/* Key scripts, bytes in, commands out: every line checked up front (commands,
 * argument counts, key and gamepad button names), so a typo fails before the
 * game starts rather than half-way through a run. SDL is used only for its
 * key and button names; nothing is initialised. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "script_internal.h"

static const struct {
    const char *name;
    Kind kind;
    int min_args, max_args;
} commands[] = {
    {"key", C_KEY, 1, MAX_WORDS},
    {"type", C_TYPE, 1, MAX_WORDS},
    {"pad", C_PAD, 1, MAX_WORDS},
    {"click", C_CLICK, 2, 2},
    {"wheel", C_WHEEL, 1, 1},
    {"wait", C_WAIT, 1, 1},
    {"until", C_UNTIL, 1, 2},
    {"until-decision", C_UNTIL_DECISION, 1, 2},
    {"until-time", C_UNTIL_TIME, 1, 2},
    {"until-text", C_UNTIL_TEXT, 1, MAX_WORDS},
    {"expect", C_EXPECT, 1, 1},
    {"expect-text", C_EXPECT_TEXT, 1, MAX_WORDS},
    {"expect-no-text", C_EXPECT_NO_TEXT, 1, MAX_WORDS},
    {"expect-apart", C_EXPECT_APART, 1, MAX_WORDS},
    {"copy", C_COPY, 2, 2},
    {"shot", C_SHOT, 1, 1},
    {"quit", C_QUIT, 0, 0},
};

bool ui_script_key(const char *word, SDL_Keycode *key, Uint16 *mod)
{
    *mod = KMOD_NONE;
    char buf[WORD_BYTES + 1];
    snprintf(buf, sizeof buf, "%s", word);
    char *name = buf, *plus;
    while ((plus = strchr(name, '+')) != NULL && plus[1]) {
        *plus = '\0';
        if (SDL_strcasecmp(name, "shift") == 0)
            *mod |= KMOD_LSHIFT;
        else if (SDL_strcasecmp(name, "alt") == 0)
            *mod |= KMOD_LALT;
        else if (SDL_strcasecmp(name, "ctrl") == 0)
            *mod |= KMOD_LCTRL;
        else
            return false;
        name = plus + 1;
    }
    *key = SDL_GetKeyFromName(name);
    return *key != SDLK_UNKNOWN;
}

static bool check(const Cmd *c, char *why, size_t size)
{
    for (int i = 0; i < c->argc; i++) {
        SDL_Keycode k;
        Uint16 m;
        if (c->kind == C_KEY && !ui_script_key(c->argv[i], &k, &m)) {
            snprintf(why, size, "unknown key '%s'", c->argv[i]);
            return false;
        }
        if (c->kind == C_PAD &&
            SDL_GameControllerGetButtonFromString(c->argv[i]) == SDL_CONTROLLER_BUTTON_INVALID) {
            snprintf(why, size, "unknown gamepad button '%s'", c->argv[i]);
            return false;
        }
    }
    return true;
}

/* The words of a text command as one string, single spaces between. */
static bool join(Cmd *c, char *why, size_t size)
{
    size_t at = 0;
    for (int i = 0; i < c->argc; i++) {
        size_t n = strlen(c->argv[i]);
        if (at + n + 1 >= sizeof c->text) {
            snprintf(why, size, "the text is longer than %d bytes", WORD_BYTES - 1);
            return false;
        }
        if (i) c->text[at++] = ' ';
        memcpy(c->text + at, c->argv[i], n);
        at += n;
    }
    c->text[at] = '\0';
    return true;
}

static bool parse_line(Cmd *c, char *text, char *why, size_t size)
{
    char *words[MAX_WORDS + 1];
    int n = 0;
    for (char *w = strtok(text, " \t\r\n"); w; w = strtok(NULL, " \t\r\n")) {
        if (n > MAX_WORDS || strlen(w) >= WORD_BYTES) {
            snprintf(why, size, "more than %d words, or a word of %d bytes or more", MAX_WORDS,
                     WORD_BYTES);
            return false;
        }
        words[n++] = w;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strcmp(words[0], commands[i].name) != 0) continue;
        int args = n - 1;
        if (args < commands[i].min_args || args > commands[i].max_args) {
            snprintf(why, size, "'%s' takes %d to %d arguments", words[0], commands[i].min_args,
                     commands[i].max_args);
            return false;
        }
        c->kind = commands[i].kind;
        c->argc = args;
        for (int a = 0; a < args; a++) snprintf(c->argv[a], WORD_BYTES, "%s", words[a + 1]);
        char *end = NULL;
        c->n = DEFAULT_MAX;
        if (c->kind == C_WAIT || c->kind == C_WHEEL) c->n = (uint32_t)strtol(c->argv[0], &end, 10);
        if (c->kind == C_CLICK) {
            c->x = strtof(c->argv[0], NULL);
            c->y = strtof(c->argv[1], NULL);
        }
        if (c->kind == C_UNTIL_TIME) c->x = strtof(c->argv[0], NULL);
        if ((c->kind == C_UNTIL || c->kind == C_UNTIL_DECISION || c->kind == C_UNTIL_TIME) &&
            args == 2)
            c->n = (uint32_t)strtoul(c->argv[1], NULL, 10);
        if (c->kind == C_WHEEL) c->x = strtof(c->argv[0], NULL);
        if (c->kind == C_UNTIL_TEXT || c->kind == C_EXPECT_TEXT || c->kind == C_EXPECT_NO_TEXT ||
            c->kind == C_EXPECT_APART || c->kind == C_TYPE)
            return join(c, why, size);
        return check(c, why, size);
    }
    snprintf(why, size, "unknown command '%s'", words[0]);
    return false;
}

/* Commands in one script (each holds its words: 8 KiB). */
#define MAX_COMMANDS 10000u
/* Bad lines reported before the rest of a script is left unread. */
#define MAX_REPORTS 50u
/* One line of at most LINE_BYTES bytes, without its newline. */
#define LINE_BYTES 1023u

ui_Script *ui_script_parse(const char *path, const char *bytes, size_t len, sv_DiagList *diags)
{
    ui_Script *s = calloc(1, sizeof *s);
    if (!s) {
        sv_diag_add(diags, SV_SEV_ERROR, path, "", 0, 0, "out of memory reading the script");
        return NULL;
    }
    snprintf(s->path, sizeof s->path, "%s", path);
    size_t errors = diags->errors;
    int no = 0;
    size_t cap = 0;
    for (size_t at = 0; at < len;) {
        if (diags->errors - errors >= MAX_REPORTS) {
            sv_diag_add(diags, SV_SEV_ERROR, path, "", no + 1, 0,
                        "too many bad lines; stopped reading here");
            break;
        }
        const char *nl = memchr(bytes + at, '\n', len - at);
        size_t n = nl ? (size_t)(nl - (bytes + at)) : len - at;
        const char *start = bytes + at;
        at += n + (nl != NULL);
        no++;
        if (memchr(start, '\0', n)) {
            sv_diag_add(diags, SV_SEV_ERROR, path, "", no, 0, "a NUL byte in the line");
            continue;
        }
        if (n > LINE_BYTES) {
            sv_diag_add(diags, SV_SEV_ERROR, path, "", no, 0,
                        "the line is %zu bytes; a script line has at most %u", n, LINE_BYTES);
            continue;
        }
        char line[LINE_BYTES + 1];
        memcpy(line, start, n);
        line[n] = '\0';
        line[strcspn(line, "#")] = '\0';
        if (strspn(line, " \t\r") == strlen(line)) continue;
        if (s->count == MAX_COMMANDS) {
            sv_diag_add(diags, SV_SEV_ERROR, path, "", no, 0,
                        "more than %u commands; a script has at most that many", MAX_COMMANDS);
            break;
        }
        if (s->count == cap) { /* doubling: a long script costs its length, not its square */
            size_t more = cap ? cap * 2 : 16;
            Cmd *grown = realloc(s->cmds, more * sizeof *grown);
            if (!grown) {
                sv_diag_add(diags, SV_SEV_ERROR, path, "", no, 0,
                            "out of memory reading the script");
                break;
            }
            s->cmds = grown;
            cap = more;
        }
        Cmd *c = &s->cmds[s->count++];
        memset(c, 0, sizeof *c);
        c->line = no;
        char why[300];
        if (!parse_line(c, line, why, sizeof why))
            sv_diag_add(diags, SV_SEV_ERROR, path, "", no, 0, "%s", why);
    }
    if (diags->errors > errors) {
        ui_script_free(s);
        return NULL;
    }
    return s;
}

void ui_script_free(ui_Script *s)
{
    if (!s) return;
    free(s->cmds);
    free(s);
}
