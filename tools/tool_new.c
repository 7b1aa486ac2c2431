/* svara-tool new: a working pack folder from the template in
 * assets/templates/new-pack, which the build puts inside svara-tool
 * (tools/embed.cmake), so it works from any folder. Its JSON files are cut to
 * the languages asked for, given the pack's id and written out formatted;
 * its README.md gets the names filled in. The new pack is checked at once. */
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "svara/limits.h"
#include "svara/native.h"
#include "svara/pack.h"
#include "tool.h"

#define WIDTH 100 /* a value that fits in this many columns stays on one line */

typedef struct Buf {
    char *p;
    size_t n, cap;
    bool nomem;
} Buf;

static void put(Buf *b, const char *s, size_t len)
{
    if (b->nomem) return;
    if (b->n + len + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + len + 1) cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) {
            b->nomem = true;
            return;
        }
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, len);
    b->n += len;
    b->p[b->n] = '\0';
}

static void puts_b(Buf *b, const char *s) { put(b, s, strlen(s)); }

/* ---- JSON out ------------------------------------------------------------- */

static void put_string(Buf *b, const char *s)
{
    puts_b(b, "\"");
    for (; *s; s++) {
        char esc[8];
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            put(b, esc, 2);
        } else if (c == '\n') {
            puts_b(b, "\\n");
        } else if (c < 0x20) {
            snprintf(esc, sizeof esc, "\\u%04x", c);
            puts_b(b, esc);
        } else {
            put(b, s, 1);
        }
    }
    puts_b(b, "\"");
}

static void put_leaf(Buf *b, const cJSON *v)
{
    if (cJSON_IsString(v)) {
        put_string(b, v->valuestring);
    } else if (cJSON_IsNumber(v)) {
        char *num = cJSON_PrintUnformatted(v);
        if (num)
            puts_b(b, num);
        else
            b->nomem = true;
        cJSON_free(num);
    } else {
        puts_b(b, cJSON_IsTrue(v) ? "true" : cJSON_IsFalse(v) ? "false" : "null");
    }
}

/* The whole value on one line: {"en": "...", "sv": "..."}. */
static void put_inline(Buf *b, const cJSON *v)
{
    if (!cJSON_IsObject(v) && !cJSON_IsArray(v)) {
        put_leaf(b, v);
        return;
    }
    bool obj = cJSON_IsObject(v);
    puts_b(b, obj ? "{" : "[");
    for (const cJSON *it = v->child; it; it = it->next) {
        if (obj) {
            put_string(b, it->string);
            puts_b(b, ": ");
        }
        put_inline(b, it);
        if (it->next) puts_b(b, ", ");
    }
    puts_b(b, obj ? "}" : "]");
}

static void indent(Buf *b, int n)
{
    for (int i = 0; i < n; i++) puts_b(b, " ");
}

/* Two-space indents; a value that fits on the rest of its line stays there,
 * so an author sees texts and small objects whole, as in the sample pack. */
static void put_value(Buf *b, const cJSON *v, int depth, size_t column)
{
    Buf one = {0};
    put_inline(&one, v);
    bool fits = !one.nomem && column + one.n <= WIDTH;
    if (fits || one.nomem || (!cJSON_IsObject(v) && !cJSON_IsArray(v)) || !v->child) {
        if (one.nomem)
            b->nomem = true;
        else
            put(b, one.p, one.n);
        free(one.p);
        return;
    }
    free(one.p);
    bool obj = cJSON_IsObject(v);
    puts_b(b, obj ? "{\n" : "[\n");
    for (const cJSON *it = v->child; it; it = it->next) {
        size_t start = b->n;
        indent(b, 2 * (depth + 1));
        if (obj) {
            put_string(b, it->string);
            puts_b(b, ": ");
        }
        put_value(b, it, depth + 1, b->n - start + (it->next ? 1 : 0));
        puts_b(b, it->next ? ",\n" : "\n");
    }
    indent(b, 2 * depth);
    puts_b(b, obj ? "}" : "]");
}

/* ---- the template ------------------------------------------------------------ */

static bool lang_key(const char *k, sv_Lang *lang) { return k[0] != '_' && sv_lang_parse(k, lang); }

/* A text is an object of strings whose keys are languages (and _notes). */
static bool is_text(const cJSON *v)
{
    if (!cJSON_IsObject(v)) return false;
    size_t langs = 0;
    for (const cJSON *it = v->child; it; it = it->next) {
        sv_Lang lang;
        if (it->string[0] == '_') continue;
        if (!lang_key(it->string, &lang) || !cJSON_IsString(it)) return false;
        langs++;
    }
    return langs > 0;
}

/* Every text keeps only the languages in `langs` (bit per sv_Lang). */
static void keep_languages(cJSON *v, unsigned langs)
{
    if (is_text(v)) {
        cJSON *it = v->child;
        while (it) {
            cJSON *next = it->next;
            sv_Lang lang;
            if (lang_key(it->string, &lang) && !sv_lang_in(langs, lang))
                cJSON_Delete(cJSON_DetachItemViaPointer(v, it));
            it = next;
        }
        return;
    }
    for (cJSON *it = v->child; it; it = it->next) keep_languages(it, langs);
}

typedef struct NewPack {
    char path[SV_MAX_PATH + 1]; /* the folder, as given, without a trailing '/' */
    char id[SV_MAX_ID_BYTES + 1];
    sv_Lang order[SV_LANG_COUNT];
    size_t nlang;
    unsigned langs;
} NewPack;

/* A template JSON file, parsed, cut to the pack's languages and formatted. */
static bool render_json(const NewPack *np, const ToolFile *f, Buf *out)
{
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts((const char *)f->bytes, f->len, &end, 0);
    if (!root) {
        fprintf(stderr, "svara-tool new: the built-in template %s is not valid JSON\n", f->path);
        return false;
    }
    keep_languages(root, np->langs);
    bool ok = true;
    if (strcmp(f->path, "pack.json") == 0) {
        cJSON *langs = cJSON_CreateArray();
        for (size_t i = 0; langs && i < np->nlang; i++)
            cJSON_AddItemToArray(langs, cJSON_CreateString(sv_lang_code(np->order[i])));
        cJSON *id = cJSON_CreateString(np->id);
        ok = langs && id && cJSON_ReplaceItemInObjectCaseSensitive(root, "languages", langs) &&
             cJSON_ReplaceItemInObjectCaseSensitive(root, "id", id);
    }
    if (ok) put_value(out, root, 0, 0);
    puts_b(out, "\n");
    cJSON_Delete(root);
    return ok && !out->nomem;
}

/* README.md and other text: {{path}}, {{id}} and {{languages}} filled in. */
static bool render_text(const NewPack *np, const ToolFile *f, Buf *out)
{
    char langs[64] = "";
    for (size_t i = 0; i < np->nlang; i++) {
        size_t n = strlen(langs);
        snprintf(langs + n, sizeof langs - n, "%s%s", i ? ", " : "", sv_lang_code(np->order[i]));
    }
    const char *keys[] = {"{{path}}", "{{id}}", "{{languages}}"};
    const char *values[] = {np->path, np->id, langs};
    const char *s = (const char *)f->bytes;
    while (*s) {
        size_t k = 0;
        while (k < 3 && strncmp(s, keys[k], strlen(keys[k])) != 0) k++;
        if (k < 3) {
            puts_b(out, values[k]);
            s += strlen(keys[k]);
        } else {
            put(out, s++, 1);
        }
    }
    return !out->nomem;
}

/* ---- the folder -------------------------------------------------------------- */

/* Makes the folders on the way to `file` inside the pack (the pack exists). */
static bool make_parents(const char *base, const char *file)
{
    char path[SV_MAX_PATH * 2];
    for (const char *slash = strchr(file, '/'); slash; slash = strchr(slash + 1, '/')) {
        snprintf(path, sizeof path, "%s/%.*s", base, (int)(slash - file), file);
        if (mkdir(path, 0777) != 0 && errno != EEXIST) {
            fprintf(stderr, "%s: cannot make the folder: %s\n", path, strerror(errno));
            return false;
        }
    }
    return true;
}

static bool write_files(const NewPack *np)
{
    for (size_t i = 0; i < tool_new_pack_files_count; i++) {
        const ToolFile *f = &tool_new_pack_files[i];
        size_t n = strlen(f->path);
        bool json = n > 5 && strcmp(f->path + n - 5, ".json") == 0;
        Buf out = {0};
        bool ok = json ? render_json(np, f, &out) : render_text(np, f, &out);
        char path[SV_MAX_PATH * 2];
        snprintf(path, sizeof path, "%s/%s", np->path, f->path);
        if (ok) ok = make_parents(np->path, f->path);
        sv_DiagList diags;
        sv_diag_init(&diags);
        if (ok) ok = sv_native_write_atomic(path, out.p ? out.p : "", out.n, &diags);
        tool_print_diags(stderr, &diags);
        sv_diag_free(&diags);
        free(out.p);
        if (!ok) return false;
    }
    return true;
}

/* Removes what write_files made, deepest first, after a failure. */
static void remove_files(const char *base)
{
    char path[SV_MAX_PATH * 2];
    for (size_t i = tool_new_pack_files_count; i-- > 0;) {
        snprintf(path, sizeof path, "%s/%s", base, tool_new_pack_files[i].path);
        remove(path);
        for (char *slash = strrchr(path, '/'); slash && slash > path + strlen(base);
             slash = strrchr(path, '/')) {
            *slash = '\0';
            remove(path); /* fails while the folder still holds other files */
        }
    }
    remove(base);
}

/* ---- arguments --------------------------------------------------------------- */

static bool id_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

/* "My Pack!" -> "my-pack": lowercase ASCII, other runs as one '-'. */
static void suggest_id(const char *name, char *out, size_t size)
{
    size_t n = 0;
    for (const char *s = name; *s && n + 1 < size; s++) {
        char c = *s >= 'A' && *s <= 'Z' ? (char)(*s - 'A' + 'a') : *s;
        if (id_char(c) && !(n == 0 && (c == '-' || c == '_')))
            out[n++] = c;
        else if (n > 0 && out[n - 1] != '-')
            out[n++] = '-';
    }
    while (n > 0 && out[n - 1] == '-') n--;
    out[n] = '\0';
}

/* The folder's last part is the pack's id: [a-z0-9][a-z0-9_-]*, up to 64 bytes. */
static bool pack_id(const char *path, char *id)
{
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/') n--;
    const char *last = path + n;
    while (last > path && last[-1] != '/') last--;
    size_t len = (size_t)(path + n - last);
    bool ok =
        len > 0 && len <= SV_MAX_ID_BYTES && id_char(last[0]) && last[0] != '-' && last[0] != '_';
    for (size_t i = 0; ok && i < len; i++) ok = id_char(last[i]);
    if (ok) {
        memcpy(id, last, len);
        id[len] = '\0';
        return true;
    }
    char name[256], hint[SV_MAX_ID_BYTES + 1];
    snprintf(name, sizeof name, "%.*s", (int)(len < 200 ? len : 200), last);
    suggest_id(name, hint, sizeof hint);
    fprintf(stderr,
            "%s: '%s' cannot be a pack's id, which the folder's name is: use lowercase letters "
            "a-z, digits, '-' and '_', starting with a letter or a digit, at most %u bytes",
            path, name, SV_MAX_ID_BYTES);
    if (hint[0] && len <= SV_MAX_ID_BYTES) fprintf(stderr, " (e.g. '%s')", hint);
    fputs("\n", stderr);
    return false;
}

/* "en,sv,nb": each once; the first is the pack's fallback. */
static bool parse_langs(const char *list, NewPack *np)
{
    char code[16];
    const char *s = list;
    np->nlang = 0;
    np->langs = 0;
    for (;;) {
        size_t n = strcspn(s, ",");
        snprintf(code, sizeof code, "%.*s", (int)(n < 15 ? n : 15), s);
        sv_Lang lang;
        if (n >= sizeof code || !sv_lang_parse(code, &lang)) {
            fprintf(stderr,
                    "--lang: '%s' is not one of Svara's languages; give some of en, sv and nb "
                    "with commas, e.g. --lang en,sv\n",
                    code);
            return false;
        }
        if (sv_lang_in(np->langs, lang)) {
            fprintf(stderr, "--lang: '%s' is listed twice\n", code);
            return false;
        }
        np->langs |= sv_lang_bit(lang);
        np->order[np->nlang++] = lang;
        if (!s[n]) return true;
        s += n + 1;
    }
}

static int usage(void)
{
    fputs("usage: svara-tool new NAME [--lang en,sv,nb]\n", stderr);
    return 2;
}

/* The scenario ids of the new pack, for the next steps (the first one only). */
static void first_scenario(const char *path, char *out, size_t size)
{
    sv_DiagList diags;
    sv_diag_init(&diags);
    sv_Pack *pack = NULL;
    const char *paths[1] = {path};
    snprintf(out, size, "SCENARIO");
    if (sv_pack_load(paths, 1, NULL, &pack, &diags) == SV_OK && pack->scenario_count > 0)
        snprintf(out, size, "%s", pack->scenarios[0].id);
    sv_pack_unload(pack);
    sv_diag_free(&diags);
}

int tool_new(int argc, char **argv)
{
    NewPack np = {.nlang = 1, .langs = sv_lang_bit(SV_LANG_EN), .order = {SV_LANG_EN}};
    const char *name = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            if (!parse_langs(argv[++i], &np)) return 2;
        } else if (argv[i][0] == '-' || name) {
            return usage();
        } else {
            name = argv[i];
        }
    }
    if (!name) return usage();
    if (!pack_id(name, np.id)) return 2;
    size_t n = strlen(name);
    while (n > 1 && name[n - 1] == '/') n--;
    if (n > SV_MAX_PATH) {
        fprintf(stderr, "%s: the path is too long\n", name);
        return 1;
    }
    memcpy(np.path, name, n);
    np.path[n] = '\0';
    if (mkdir(np.path, 0777) != 0) {
        if (errno == EEXIST)
            fprintf(stderr, "%s: there is already something there; give a new name\n", np.path);
        else
            fprintf(stderr, "%s: cannot make the folder: %s\n", np.path, strerror(errno));
        return 1;
    }
    if (!write_files(&np)) {
        remove_files(np.path);
        fprintf(stderr, "%s: not made; nothing was left there\n", np.path);
        return 1;
    }
    char *check_args[1] = {np.path};
    if (tool_check(1, check_args) != 0) {
        fprintf(stderr,
                "%s: the new pack does not pass check (a bug in svara-tool new's "
                "template; please report it)\n",
                np.path);
        return 1;
    }
    char sc[SV_MAX_ID_BYTES + 1], cmd[3][SV_MAX_PATH + 96];
    first_scenario(np.path, sc, sizeof sc);
    snprintf(cmd[0], sizeof cmd[0], "svara-tool play %s %s", np.path, sc);
    snprintf(cmd[1], sizeof cmd[1], "svara-tool check %s", np.path);
    snprintf(cmd[2], sizeof cmd[2], "svara-tool pack %s", np.path);
    int w = (int)strlen(cmd[0]) + 4;
    printf("\nMade %s, pack '%s'. Read %s/README.md, then:\n"
           "  %-*splay it\n  %-*safter every change\n  %-*szip it to share it\n",
           np.path, np.id, np.path, w, cmd[0], w, cmd[1], w, cmd[2]);
    return 0;
}
