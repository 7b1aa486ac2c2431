/* Authoring checks on words and declarations: flags and variables used one
 * way only, texts left untranslated, public replies the scoring model calls
 * long, options and parts without the author's verdict, tags and words the
 * model reads only beside another kind of part (a sorry inside an
 * acknowledgement), and comment pools no account of the crowd can ever write
 * from. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint_internal.h"
#include "svara/score.h"

/* ---- flags and variables -------------------------------------------------------- */

void lint_flags_vars(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    char ptr[LINT_PTR];
    /* bit 1: read by a condition, bit 2: set (flags) or changed (variables) */
    uint8_t *flag = calloc(sc->flag_count ? sc->flag_count : 1, 1);
    uint8_t *var = calloc(sc->var_count ? sc->var_count : 1, 1);
    if (!flag || !var) {
        free(flag);
        free(var);
        return;
    }
    for (uint32_t c = 0; c < sc->cond_count; c++) {
        const sv_Cond *k = &sc->conds[c];
        if (k->kind == SV_COND_FLAG && k->ref >= 0 && (uint32_t)k->ref < sc->flag_count)
            flag[k->ref] |= 1;
        if (k->kind == SV_COND_VAR && k->ref >= 0 && (uint32_t)k->ref < sc->var_count)
            var[k->ref] |= 1;
    }
    for (uint32_t i = 0; i < sc->effect_count; i++) {
        const sv_Effect *e = &sc->effects[i];
        if (e->kind == SV_EFFECT_SET_FLAG && e->ref >= 0 && (uint32_t)e->ref < sc->flag_count)
            flag[e->ref] |= 2;
        if ((e->kind == SV_EFFECT_VAR_ADD || e->kind == SV_EFFECT_VAR_SET) && e->ref >= 0 &&
            (uint32_t)e->ref < sc->var_count)
            var[e->ref] |= 2;
    }
    for (uint32_t f = 0; f < sc->flag_count; f++) {
        bool read = false, set = false;
        for (uint32_t c = 0; c < sc->cond_count; c++)
            read = read || (sc->conds[c].kind == SV_COND_FLAG && sc->conds[c].ref == (int32_t)f);
        for (uint32_t k = 0; k < sc->effect_count; k++)
            set = set ||
                  (sc->effects[k].kind == SV_EFFECT_SET_FLAG && sc->effects[k].ref == (int32_t)f);
        snprintf(ptr, sizeof ptr, "/flags/%u", f);
        if (!read && !set)
            lint_report(L, SV_RULE_FLAG_UNREAD, ptr,
                        "flag '%s' is never set and never read; remove it", sc->flags[f]);
        else if (!read)
            lint_report(L, SV_RULE_FLAG_UNREAD, ptr,
                        "flag '%s' is set but no condition reads it, so setting it changes "
                        "nothing; test it in a `when`, or remove it",
                        sc->flags[f]);
        else if (!set)
            lint_report(L, SV_RULE_FLAG_UNSET, ptr,
                        "flag '%s' is read but no effect sets it, so it is always false; add "
                        "{\"set\": \"%s\"} where it becomes true",
                        sc->flags[f], sc->flags[f]);
    }
    for (uint32_t v = 0; v < sc->var_count; v++) {
        bool read = var[v] & 1, changed = var[v] & 2;
        const char *id = sc->vars[v].id;
        snprintf(ptr, sizeof ptr, "/variables/%u", v);
        if (!read && !changed)
            lint_report(L, SV_RULE_VAR_UNREAD, ptr,
                        "variable '%s' is never changed and never read; remove it", id);
        else if (!read)
            lint_report(L, SV_RULE_VAR_UNREAD, ptr,
                        "variable '%s' is changed but no condition reads it, so changing it "
                        "changes nothing; compare it in a `when`, or remove it",
                        id);
        else if (!changed)
            lint_report(L, SV_RULE_VAR_UNCHANGED, ptr,
                        "variable '%s' is read but no effect changes it, so it is always %d; "
                        "add {\"var\": \"%s\", \"add\": ...} where it changes",
                        id, sc->vars[v].initial, id);
    }
    free(flag);
    free(var);
}

/* ---- translations ------------------------------------------------------------------ */

static unsigned words(const char *s)
{
    unsigned n = 0;
    bool in = false;
    for (; *s; s++) {
        bool space = *s == ' ' || *s == '\n';
        if (!space && !in) n++;
        in = !space;
    }
    return n;
}

/* A text in two or more declared languages whose words are the same in each:
 * a plain string (the same words everywhere) or an object with copies. Names
 * and short labels (fewer than three words) read the same in any language. */
static void one_text(Lint *L, const sv_Text *t, const char *ptr)
{
    uint32_t langs = L->opt->languages;
    sv_Lang first = L->opt->first_lang;
    lint_glyphs(L, t, ptr);
    if ((langs & (langs - 1u)) == 0 || !t->s[first] || words(t->s[first]) < 3) return;
    for (unsigned i = 0; i < SV_LANG_COUNT; i++) {
        if (i == (unsigned)first || !(langs & (1u << i)) || !t->s[i]) continue;
        if (t->s[i] == t->s[first]) {
            lint_report(L, SV_RULE_UNTRANSLATED, ptr,
                        "text is a plain string, so players in '%s' read it in '%s'; write it "
                        "as {\"%s\": ..., \"%s\": ...} with every language the pack declares",
                        sv_lang_code((sv_Lang)i), sv_lang_code(first), sv_lang_code(first),
                        sv_lang_code((sv_Lang)i));
            return;
        }
        if (strcmp(t->s[i], t->s[first]) == 0) {
            char at[LINT_PTR];
            snprintf(at, sizeof at, "%.240s/%s", ptr, sv_lang_code((sv_Lang)i));
            lint_report(L, SV_RULE_UNTRANSLATED, at,
                        "the '%s' text is the same as the '%s' one; translate it",
                        sv_lang_code((sv_Lang)i), sv_lang_code(first));
            return;
        }
    }
}

static void node_text(Lint *L, const sv_Text *t, char kind, int32_t index, const char *key)
{
    char base[LINT_PTR], ptr[LINT_PTR];
    lint_node_ptr(L, kind, index, base);
    snprintf(ptr, sizeof ptr, "%.200s/%s", base, key);
    one_text(L, t, ptr);
}

void lint_texts(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    char ptr[LINT_PTR];
    one_text(L, &sc->title, "/title");
    one_text(L, &sc->summary, "/summary");
    one_text(L, &sc->briefing, "/briefing");
    for (uint32_t i = 0; i < sc->channel_count; i++) {
        snprintf(ptr, sizeof ptr, "/channels/%u/name", i);
        one_text(L, &sc->channels[i].name, ptr);
    }
    for (uint32_t i = 0; i < sc->persona_count; i++) {
        snprintf(ptr, sizeof ptr, "/personas/%u/bio", i);
        one_text(L, &sc->personas[i].bio, ptr);
    }
    for (uint32_t i = 0; i < sc->post_count; i++)
        node_text(L, &sc->posts[i].text, 'p', (int32_t)i, "text");
    for (uint32_t i = 0; i < sc->decision_count; i++)
        node_text(L, &sc->decisions[i].prompt, 'd', (int32_t)i, "prompt");
    for (uint32_t i = 0; i < sc->option_count; i++) {
        node_text(L, &sc->options[i].text, 'o', (int32_t)i, "text");
        node_text(L, &sc->options[i].annotation, 'o', (int32_t)i, "annotation");
    }
    for (uint32_t i = 0; i < sc->part_count; i++) {
        node_text(L, &sc->parts[i].text, 'q', (int32_t)i, "text");
        node_text(L, &sc->parts[i].annotation, 'q', (int32_t)i, "annotation");
    }
    for (uint32_t i = 0; i < sc->event_count; i++)
        node_text(L, &sc->events[i].note, 'e', (int32_t)i, "note");
    for (uint32_t i = 0; i < sc->ending_count; i++) {
        node_text(L, &sc->endings[i].title, 'n', (int32_t)i, "title");
        node_text(L, &sc->endings[i].text, 'n', (int32_t)i, "text");
    }
    for (uint32_t p = 0; p < sc->comment_pool_count; p++) {
        sv_Span sp = sc->comment_pools[p].texts;
        bool rude = sc->comment_pools[p].uncivil;
        for (uint32_t k = 0; k < sp.count && sp.start + k < sc->comment_text_count; k++) {
            if (rude)
                snprintf(ptr, sizeof ptr, "/audience/incivility/texts/%u", k);
            else
                snprintf(ptr, sizeof ptr, "/audience/comments/%u/texts/%u", p, k);
            one_text(L, &sc->comment_texts[sp.start + k], ptr);
        }
    }
    uint32_t fact = 0; /* the scenario's own facts come first, in file order */
    for (uint32_t i = 0; i < sc->fact_count; i++) {
        if (sc->facts[i].post >= 0) continue;
        snprintf(ptr, sizeof ptr, "/facts/%u/text", fact++);
        one_text(L, &sc->facts[i].text, ptr);
    }
    for (uint32_t i = 0; i < sc->earlier_count; i++) {
        snprintf(ptr, sizeof ptr, "/history/%u/text", i);
        one_text(L, &sc->earlier[i].reply.text, ptr);
    }
    for (uint32_t i = 0; i < sc->inject_count; i++) {
        snprintf(ptr, sizeof ptr, "/injects/%u/title", i);
        one_text(L, &sc->injects[i].title, ptr);
        snprintf(ptr, sizeof ptr, "/injects/%u/guidance", i);
        one_text(L, &sc->injects[i].guidance, ptr);
    }
}

void sv_lint_manifest(const char *file, const char *bytes, size_t len, const sv_Text *title,
                      const sv_Text *description, const sv_LintOptions *opt, sv_DiagList *diags)
{
    Lint L = {.opt = opt, .diags = diags, .file = file ? file : ""};
    if (!opt) return;
    if (bytes) L.ix = sv_json_index_build(bytes, len);
    if (title) one_text(&L, title, "/title");
    if (description) one_text(&L, description, "/description");
    sv_json_index_free(L.ix);
}

/* ---- the author's verdicts ------------------------------------------------------------ */

/* Is `key` written in the object at `ptr`? (The index answers a pointer that
 * does not resolve with its nearest ancestor.) */
static bool has_key(const Lint *L, const char *ptr, const char *key)
{
    char at[LINT_PTR];
    size_t self, child;
    snprintf(at, sizeof at, "%.240s/%s", ptr, key);
    if (!sv_json_index_offset(L->ix, ptr, &self) || !sv_json_index_offset(L->ix, at, &child))
        return true; /* cannot tell: say nothing */
    return child != self;
}

static void one_verdict(Lint *L, char kind, int32_t index, const char *id, const char *dec)
{
    char ptr[LINT_PTR];
    lint_node_ptr(L, kind, index, ptr);
    bool expert = has_key(L, ptr, "expert"), note = has_key(L, ptr, "annotation");
    if (expert && note) return;
    lint_report(L, SV_RULE_NO_VERDICT, ptr,
                "%s '%s' of decision '%s' has no %s%s%s; the debrief shows them and `svara-tool "
                "agreement` compares the scoring model with the verdict",
                kind == 'o' ? "option" : "part", id, dec, expert ? "" : "`expert` verdict",
                !expert && !note ? " and no " : "", note ? "" : "`annotation`");
}

void lint_verdicts(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    if (!L->ix) return;
    for (uint32_t i = 0; i < sc->option_count; i++) {
        int32_t d = sv_scenario_option_decision(sc, (int32_t)i);
        one_verdict(L, 'o', (int32_t)i, sc->options[i].id, d >= 0 ? sc->decisions[d].id : "?");
    }
    for (uint32_t i = 0; i < sc->part_count; i++) {
        int32_t d = sv_scenario_part_decision(sc, (int32_t)i);
        one_verdict(L, 'q', (int32_t)i, sc->parts[i].id, d >= 0 ? sc->decisions[d].id : "?");
    }
}

/* ---- long public replies ------------------------------------------------------------- */

static uint32_t chars(const char *s)
{
    uint32_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static bool speaks(sv_Action a)
{
    return a == SV_ACTION_REPLY || a == SV_ACTION_MOVE_PRIVATE || a == SV_ACTION_ASK;
}

/* Is a text over `lim` characters as the scoring model counts it (the mean
 * of its declared languages, score_context.c: scored_length)? Then *n is
 * that count and `where` says which language it is in, or, with several,
 * that it is their mean and which is longest. */
static bool over(const Lint *L, const sv_Text *t, uint32_t lim, uint32_t *n, char *where,
                 size_t size)
{
    uint32_t sum = 0, count = 0, most = 0;
    unsigned longest = 0;
    for (unsigned i = 0; i < SV_LANG_COUNT; i++) {
        if (!(L->opt->languages & (1u << i)) || !t->s[i]) continue;
        uint32_t c = chars(t->s[i]);
        sum += c;
        count++;
        if (c > most) most = c, longest = i;
    }
    if (!count || (sum + count / 2u) / count <= lim) return false;
    *n = (sum + count / 2u) / count;
    if (count == 1)
        snprintf(where, size, "in '%s'", sv_lang_code((sv_Lang)longest));
    else
        snprintf(where, size, "the mean of its %u languages; '%s' has %u", count,
                 sv_lang_code((sv_Lang)longest), most);
    return true;
}

void lint_long_replies(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    uint32_t lim = L->opt->long_chars, n = 0;
    if (lim == 0) return;
    /* the model's wall is also SV_SCORE_PILED_PARTS parts past SV_SCORE_PILED_CHARS
     * (sv_score_wall), below the long bound of the default model */
    uint32_t piled = SV_SCORE_PILED_CHARS < lim ? SV_SCORE_PILED_CHARS : lim;
    char ptr[LINT_PTR];
    for (uint32_t i = 0; i < sc->option_count; i++) {
        const sv_Option *o = &sc->options[i];
        char where[64];
        if (!speaks(o->action) || o->visibility != SV_VIS_PUBLIC) continue;
        if (o->tags & (1u << SV_TAG_LONG)) continue;
        lint_node_ptr(L, 'o', (int32_t)i, ptr);
        strncat(ptr, "/text", sizeof ptr - strlen(ptr) - 1);
        if (over(L, &o->text, lim, &n, where, sizeof where)) {
            lint_report(L, SV_RULE_LONG_REPLY, ptr,
                        "option '%s' posts %u characters in public (%s); the scoring model "
                        "calls a public reply over %u characters long (SHORT). Shorten it, or tag "
                        "it \"long\" if it is meant to be",
                        o->id, n, where, lim);
        } else if (o->structure_count >= SV_SCORE_PILED_PARTS &&
                   over(L, &o->text, piled, &n, where, sizeof where)) {
            /* the model's wall read from the parts too (score_internal.h, sv_score_wall) */
            lint_report(L, SV_RULE_LONG_REPLY, ptr,
                        "option '%s' piles %u parts into %u characters in public (%s); the "
                        "scoring model calls a public reply of %u parts or more over %u characters "
                        "a wall (SHORT). Leave parts out, or tag it \"long\" if it is meant to be",
                        o->id, (unsigned)o->structure_count, n, where, SV_SCORE_PILED_PARTS, piled);
        }
    }
    for (uint32_t i = 0; i < sc->part_count; i++) {
        const sv_Part *p = &sc->parts[i];
        int32_t d = sv_scenario_part_decision(sc, (int32_t)i);
        char where[64];
        if (d < 0 || !sc->decisions[d].compose_public || (p->tags & (1u << SV_TAG_LONG))) continue;
        if (!over(L, &p->text, lim, &n, where, sizeof where)) continue;
        lint_node_ptr(L, 'q', (int32_t)i, ptr);
        strncat(ptr, "/text", sizeof ptr - strlen(ptr) - 1);
        lint_report(L, SV_RULE_LONG_REPLY, ptr,
                    "part '%s' alone is %u characters (%s), so any public reply with it is "
                    "long to the scoring model (over %u, SHORT). Shorten it, or tag it \"long\"",
                    p->id, n, where, lim);
    }
}

/* ---- tags the scoring model reads beside one part kind ------------------------------ */

/* A tag that the scoring model reads only beside one kind of part, and how
 * check words the slip when a reply or a part carries it without one. */
typedef struct TagBeside {
    sv_Tag tag;
    sv_PartKind kind;
    sv_RuleId rule;
    const char *tag_name, *kind_name, *article; /* "hedged", "apologise", "an" */
    const char *where, *thing;                  /* "on an apology", "sorry" */
} TagBeside;

static const TagBeside tags_beside[] = {
    /* hedged: an apology that takes itself back (the test apologises) */
    {SV_TAG_HEDGED, SV_PART_APOLOGISE, SV_RULE_HEDGE_NO_APOLOGY, "hedged", "apologise", "an",
     "on an apology", "sorry"},
    /* named-contact: a contact that names the person who owns the case */
    {SV_TAG_NAMED_CONTACT, SV_PART_CONTACT, SV_RULE_NAMED_NO_CONTACT, "named-contact", "contact",
     "a", "beside a contact", "contact"},
};

/* On a reply or a part without the kind, such a tag is a slip: the wrong
 * tag, or a structure that leaves the part out. */
static void lint_tag_beside(Lint *L, const TagBeside *t)
{
    const sv_Scenario *sc = L->sc;
    const sv_TagSet bit = 1u << t->tag;
    char ptr[LINT_PTR];
    for (uint32_t i = 0; i < sc->option_count; i++) {
        const sv_Option *o = &sc->options[i];
        bool has = false;
        if (!(o->tags & bit)) continue;
        for (uint8_t k = 0; k < o->structure_count && !has; k++) has = o->structure[k] == t->kind;
        if (has) continue;
        lint_node_ptr(L, 'o', (int32_t)i, ptr);
        strncat(ptr, "/tags", sizeof ptr - strlen(ptr) - 1);
        lint_report(L, t->rule, ptr,
                    "option '%s' is tagged \"%s\" but its `structure` has no `%s` part; the "
                    "scoring model reads the tag only %s. Declare the %s in `structure`, or "
                    "leave the tag out",
                    o->id, t->tag_name, t->kind_name, t->where, t->thing);
    }
    for (uint32_t i = 0; i < sc->part_count; i++) {
        const sv_Part *p = &sc->parts[i];
        if (!(p->tags & bit) || p->kind == t->kind) continue;
        lint_node_ptr(L, 'q', (int32_t)i, ptr);
        strncat(ptr, "/tags", sizeof ptr - strlen(ptr) - 1);
        lint_report(L, t->rule, ptr,
                    "part '%s' is tagged \"%s\" but is not %s `%s` part; the scoring model "
                    "reads the tag only %s. Make it one, or leave the tag out",
                    p->id, t->tag_name, t->article, t->kind_name, t->where);
    }
}

void lint_tags_beside_kinds(Lint *L)
{
    for (size_t i = 0; i < sizeof tags_beside / sizeof tags_beside[0]; i++)
        lint_tag_beside(L, &tags_beside[i]);
}

/* ---- an acknowledgement that confirms what nobody knows yet ------------------------ */

/* The first claim of post `post` the player does not know from the start, or
 * -1: an `acknowledge` that names nothing confirms it too (FORMAT.md). */
static int32_t unknown_claim(const sv_Scenario *sc, int32_t post)
{
    if (post < 0 || (uint32_t)post >= sc->post_count) return -1;
    const sv_Span c = sc->posts[post].claims;
    for (uint32_t k = 0; k < c.count; k++) {
        uint64_t f = (uint64_t)c.start + k;
        if (f < sc->fact_count && !sc->facts[f].known) return (int32_t)f;
    }
    return -1;
}

/* Reports reply or part `i` (node kind 'o' or 'q', its JSON `key` pointed at)
 * that acknowledges unknown claim `f` of its post without naming it. */
static void report_ack(Lint *L, char node, uint32_t i, const char *key, const char *what,
                       const char *id, const char *how, int32_t f, const char *instead)
{
    char ptr[LINT_PTR];
    lint_node_ptr(L, node, (int32_t)i, ptr);
    strncat(ptr, key, sizeof ptr - strlen(ptr) - 1);
    lint_report(L, SV_RULE_ACK_UNKNOWN, ptr,
                "%s '%s' %s, so it confirms every claim of its post, '%s' too, which the player "
                "does not know from the start (a guess to the scoring model). Name in `confirms` "
                "what it says is so, or %s",
                what, id, how, L->sc->facts[f].id, instead);
}

void lint_ack_unknown(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    for (uint32_t d = 0; d < sc->decision_count; d++) {
        const sv_Decision *dec = &sc->decisions[d];
        for (uint32_t k = 0; k < dec->options.count; k++) {
            uint32_t i = dec->options.start + k;
            const sv_Option *o = &sc->options[i];
            bool ack = false;
            for (uint8_t j = 0; j < o->structure_count && !ack; j++)
                ack = o->structure[j] == SV_PART_ACKNOWLEDGE;
            int32_t f = unknown_claim(sc, o->target >= 0 ? o->target : dec->about);
            if (!ack || o->claims.confirms.count || o->claims.denies.count || f < 0) continue;
            report_ack(L, 'o', i, "/structure", "option", o->id, "acknowledges without `confirms`",
                       f, "declare the line `empathise`");
        }
        int32_t f = unknown_claim(sc, dec->about);
        for (uint32_t k = 0; f >= 0 && k < dec->parts.count; k++) {
            uint32_t i = dec->parts.start + k;
            const sv_Part *p = &sc->parts[i];
            if (p->kind != SV_PART_ACKNOWLEDGE || p->claims.confirms.count) continue;
            report_ack(L, 'q', i, "/kind", "part", p->id,
                       "is an `acknowledge` part without `confirms`", f,
                       "make it an `empathise` part");
        }
    }
}

/* ---- a sorry said inside an acknowledgement ---------------------------------------- */

/* Words that say sorry in the three languages; `prefix` matches longer words
 * too ("förlåt", "förlåtelse"). After one of `sympathy` the word is sympathy,
 * not an apology ("sorry to hear", "beklagar sorgen"). A past tense tells of
 * an apology made ("we have apologised to him") and is not matched. */
static const struct {
    const char *word;
    bool prefix;
} sorry_words[] = {
    {"sorry", false},         {"apologise", false},       {"apologize", false},
    {"apology", false},       {"apologies", false},       {"förlåt", true},
    {"ber om ursäkt", false}, {"ursäkta", true},          {"beklagar", false},
    {"ledsen", false},        {"ledsna", false},          {"beklager", false},
    {"unnskyld", false},      {"om unnskyldning", false}, {"lei meg", false},
    {"lei oss", false},       {"lei for det", false},
};
static const char *const sympathy[] = {" to hear", " to read", " to see",   " for your loss",
                                       " sorgen",  " tapet",   " att höra", " å høre"};

static bool letter(unsigned char c) { return c >= 0x80 || isalnum(c); }

/* Does `s` begin with `w`, ASCII letters in either case? */
static size_t starts(const char *s, const char *w)
{
    size_t n = 0;
    for (; w[n]; n++)
        if (!s[n] || tolower((unsigned char)s[n]) != (unsigned char)w[n]) return 0;
    return n;
}

/* The first word of `s` that says sorry, or NULL; *len is its length. */
static const char *says_sorry(const char *s, size_t *len)
{
    for (const char *c = s; *c; c++) {
        if (c > s && letter((unsigned char)c[-1])) continue;
        for (size_t k = 0; k < sizeof sorry_words / sizeof sorry_words[0]; k++) {
            size_t n = starts(c, sorry_words[k].word);
            if (!n || (!sorry_words[k].prefix && letter((unsigned char)c[n]))) continue;
            bool kind = false;
            for (size_t j = 0; j < sizeof sympathy / sizeof sympathy[0] && !kind; j++)
                kind = starts(c + n, sympathy[j]) > 0;
            if (kind) continue;
            *len = n;
            return c;
        }
    }
    return NULL;
}

/* Reports node `i` (kind 'o' or 'q') when a language of text `t` says sorry. */
static void report_sorry(Lint *L, char node, uint32_t i, const sv_Text *t, const char *what)
{
    for (unsigned l = 0; l < SV_LANG_COUNT; l++) {
        size_t n = 0;
        if (!t->s[l] || (L->opt->languages && !(L->opt->languages & (1u << l)))) continue;
        const char *at = says_sorry(t->s[l], &n);
        if (!at) continue;
        char ptr[LINT_PTR];
        bool object = false; /* {"en": ..., "sv": ...}: point at the language */
        for (unsigned k = 0; k < SV_LANG_COUNT; k++) object |= t->s[k] && t->s[k] != t->s[l];
        lint_node_ptr(L, node, (int32_t)i, ptr);
        snprintf(ptr + strlen(ptr), sizeof ptr - strlen(ptr), "/text%s%s", object ? "/" : "",
                 object ? sv_lang_code((sv_Lang)l) : "");
        lint_report(L, SV_RULE_SORRY_IN_ACK, ptr,
                    "%s says sorry in its '%s' text (\"%.*s\"), but the scoring model reads an "
                    "apology only from an `apologise` part and scores this as a reply with no "
                    "sorry. %s",
                    what, sv_lang_code((sv_Lang)l), (int)n, at,
                    node == 'q' ? "Give the sorry its own `apologise` part"
                                : "Add `apologise` to its `structure`");
        return;
    }
}

void lint_sorry_in_ack(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    char what[160];
    for (uint32_t i = 0; i < sc->option_count; i++) {
        const sv_Option *o = &sc->options[i];
        bool ack = false, sorry = false;
        for (uint8_t j = 0; j < o->structure_count; j++) {
            ack |= o->structure[j] == SV_PART_ACKNOWLEDGE;
            sorry |= o->structure[j] == SV_PART_APOLOGISE;
        }
        if (!ack || sorry) continue;
        snprintf(what, sizeof what, "option '%.100s' (`acknowledge`, no `apologise`)", o->id);
        report_sorry(L, 'o', i, &o->text, what);
    }
    for (uint32_t i = 0; i < sc->part_count; i++) {
        const sv_Part *p = &sc->parts[i];
        if (p->kind != SV_PART_ACKNOWLEDGE) continue;
        snprintf(what, sizeof what, "`acknowledge` part '%.100s'", p->id);
        report_sorry(L, 'q', i, &p->text, what);
    }
}

/* Does condition node `target` sit in the tree at `root`? */
static bool cond_in(const sv_ScoreModel *m, int32_t root, int32_t target, unsigned depth)
{
    if (root < 0 || (uint32_t)root >= m->cond_count || depth > 64) return false;
    if (root == target) return true;
    const sv_ScoreCond *c = &m->conds[root];
    for (uint32_t i = 0; i < c->kids_count; i++) {
        uint64_t k = (uint64_t)c->kids_start + i;
        if (k < m->kid_count && cond_in(m, (int32_t)m->kids[k], target, depth + 1)) return true;
    }
    return false;
}

uint32_t sv_lint_long_chars(const sv_ScoreModel *m)
{
    /* the least length a `length >`/`>=` test of a rule that costs holds for */
    uint32_t best = 0;
    for (uint32_t r = 0; m && r < m->rule_count; r++) {
        const sv_ScoreRule *rule = &m->rules[r];
        int64_t sum = 0;
        for (int k = 0; k < SV_METER_COUNT; k++) sum += rule->effects[k];
        if (rule->disabled || sum >= 0) continue;
        for (uint32_t c = 0; c < m->cond_count; c++) {
            const sv_ScoreCond *sc = &m->conds[c];
            uint32_t v;
            if (sc->test == SV_TEST_WALL && sc->value != 0) { /* a wall: over its bound */
                if (!cond_in(m, rule->when, (int32_t)c, 0)) continue;
                v = SV_SCORE_WALL_CHARS;
            } else {
                if (sc->test != SV_TEST_LENGTH || (sc->op != SV_OP_GT && sc->op != SV_OP_GE))
                    continue;
                if (sc->value < 1 || !cond_in(m, rule->when, (int32_t)c, 0)) continue;
                v = (uint32_t)sc->value - (sc->op == SV_OP_GE ? 1u : 0u);
            }
            if (best == 0 || v < best) best = v;
        }
    }
    return best;
}

/* ---- the crowd's comment pools --------------------------------------------------------- */

#define SPREAD_MARGIN 500 /* an account's stance starts within about 450 of its segment's */

/* Can accounts of kind `kind` ever stand in `bucket`? */
static bool kind_reaches(const sv_Scenario *sc, int kind, int bucket)
{
    static const int32_t lo[SV_STANCE_COUNT] = {-1000, -150, 151};
    static const int32_t hi[SV_STANCE_COUNT] = {-151, 150, 1000};
    uint64_t used = 0;
    for (uint32_t i = 0; i < sc->segment_count; i++) used += sc->segments[i].count;
    for (uint32_t i = 0; i <= sc->segment_count; i++) {
        sv_Segment left = {NULL, SV_ROLE_ONLOOKER, 0, 0, 500}; /* accounts the segments leave */
        if (i == sc->segment_count) left.count = used < sc->audience_size ? 1u : 0u;
        const sv_Segment *g = i < sc->segment_count ? &sc->segments[i] : &left;
        if (g->count == 0 || (int)g->kind != kind) continue;
        if (g->mobility > 0 && g->kind != SV_ROLE_TROLL) return true;
        if (g->stance + SPREAD_MARGIN >= lo[bucket] && g->stance - SPREAD_MARGIN <= hi[bucket])
            return true;
    }
    return false;
}

static bool has_pool(const sv_Scenario *sc, int kind, uint8_t stance, uint8_t about)
{
    for (uint32_t i = 0; i < sc->comment_pool_count; i++) {
        const sv_CommentPool *p = &sc->comment_pools[i];
        if (!p->uncivil && p->kind == kind && p->stance == stance && p->about == about) return true;
    }
    return false;
}

/* Is there a complaint in a public thread, and can the brand answer one in public? */
static void threads(const Lint *L, bool *complaint, bool *answer)
{
    const sv_Scenario *sc = L->sc;
    *complaint = *answer = false;
    for (uint32_t i = 0; i < sc->post_count; i++) {
        const sv_Post *p = &sc->posts[i];
        bool pub = p->channel >= 0 && (uint32_t)p->channel < sc->channel_count &&
                   sc->channels[p->channel].type != SV_CHANNEL_PRIVATE;
        if (pub && p->reply_to < 0 && p->valence == SV_VALENCE_NEGATIVE && L->post_can[i])
            *complaint = true;
    }
    for (uint32_t i = 0; i < sc->option_count; i++)
        for (uint8_t k = 0; k < sc->options[i].step_count && k < SV_MAX_STEPS; k++)
            if (L->opt_taken[i] && speaks(sc->options[i].steps[k].action) &&
                sc->options[i].steps[k].visibility == SV_VIS_PUBLIC)
                *answer = true;
    for (uint32_t d = 0; d < sc->decision_count; d++)
        if (L->compose_can[d] && sc->decisions[d].compose_public) *answer = true;
    for (uint32_t i = 0; i < sc->earlier_count; i++)
        if (speaks(sc->earlier[i].reply.action) && sc->earlier[i].reply.visibility == SV_VIS_PUBLIC)
            *answer = true;
}

static const char *role_word(int kind) { return kind < 0 ? "any" : sv_role_name((sv_Role)kind); }

void lint_pools(Lint *L)
{
    const sv_Scenario *sc = L->sc;
    bool complaint, answer;
    threads(L, &complaint, &answer);
    for (uint32_t i = 0; i < sc->comment_pool_count; i++) {
        const sv_CommentPool *p = &sc->comment_pools[i];
        if (p->uncivil) continue; /* written by whoever comments, whatever their kind */
        char ptr[LINT_PTR], why[200] = "";
        snprintf(ptr, sizeof ptr, "/audience/comments/%u", i);
        const char *st = sv_stance_name((sv_StanceBucket)p->stance); /* "?" when out of range */
        if (sc->audience_size == 0) {
            snprintf(why, sizeof why, "the scenario has no crowd (its audience size is 0)");
        } else if (!complaint) {
            snprintf(why, sizeof why,
                     "no complaint starts a thread in a public channel, and "
                     "crowd comments are written only under complaints");
        } else if (p->about == SV_ABOUT_REPLY && !answer) {
            snprintf(why, sizeof why,
                     "it is about the brand's reply, and the brand can never "
                     "answer in public");
        } else if (p->kind >= 0 && !kind_reaches(sc, p->kind, p->stance)) {
            snprintf(why, sizeof why,
                     "no account of kind '%s' can ever be %s (no segment of that kind, or "
                     "one that never moves from a stance far from it)",
                     role_word(p->kind), st);
        } else if (p->kind < 0) {
            bool used = false;
            for (int k = 0; k < SV_ROLE_COUNT && !used; k++)
                used = kind_reaches(sc, k, p->stance) && !has_pool(sc, k, p->stance, p->about);
            if (!used)
                snprintf(why, sizeof why,
                         "every kind of account that can be %s has a pool of its own for this "
                         "moment, and an account's own pool comes first",
                         st);
        }
        if (why[0])
            lint_report(L, SV_RULE_POOL_UNUSED, ptr,
                        "no account can ever write from this pool (kind %s, %s, about the %s): "
                        "%s",
                        role_word(p->kind), st, p->about == SV_ABOUT_REPLY ? "reply" : "complaint",
                        why);
    }
}
