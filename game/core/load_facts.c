/* Facts, claims and history. sc->facts holds the scenario's own facts, then
 * each post's claims in post order (a complaint without "claims" gets one
 * implicit claim, the one "claim_true" describes), so indices are fixed when
 * ids are declared and both passes count them the same way. What a reply
 * confirms, denies or reveals is a span of sc->fact_refs. History replies are
 * read after the posts, whose times they are checked against. */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load_common.h"

/* ---- declaring ----------------------------------------------------------------- */

static bool implicit_claim(const cJSON *post)
{
    const cJSON *v = sv_load_get(post, "valence");
    sv_Valence val;
    return !sv_load_get(post, "claims") && cJSON_IsString(v) &&
           sv_valence_parse(v->valuestring, &val) && val == SV_VALENCE_NEGATIVE;
}

/* Entries of sc->facts a post adds: its claims, or its implicit claim. */
static uint32_t post_fact_count(const cJSON *post)
{
    const cJSON *claims = sv_load_get(post, "claims");
    if (cJSON_IsArray(claims)) return (uint32_t)cJSON_GetArraySize(claims);
    return implicit_claim(post) ? 1u : 0u;
}

/* The limit counts what authors wrote; implicit claims come free with posts. */
static void check_fact_limit(sv_Loader *L, const cJSON *list, const char *ptr, uint32_t *authored)
{
    size_t i = 0;
    for (const cJSON *it = list->child; it; it = it->next, i++)
        if (++*authored == SV_MAX_FACTS + 1) {
            char at[SV_LOAD_PTR];
            sv_load_ptr_index(at, ptr, i);
            sv_load_error(L, at, "more than %u facts and claims; the limit is %u in a scenario",
                          SV_MAX_FACTS, SV_MAX_FACTS);
        }
}

/* A post's claims, numbered on from *next. */
static void declare_claims(sv_Loader *L, const cJSON *post, const char *ptr, uint32_t *next,
                           uint32_t *authored)
{
    const cJSON *claims = sv_load_get(post, "claims");
    if (cJSON_IsArray(claims)) {
        char at[SV_LOAD_PTR];
        sv_load_ptr_key(at, ptr, "claims");
        sv_load_declare_list(L, claims, at, SV_ID_FACT, (int32_t)*next);
        check_fact_limit(L, claims, at, authored);
    }
    *next += post_fact_count(post);
}

void sv_load_declare_facts(sv_Loader *L, const cJSON *root)
{
    const cJSON *facts = sv_load_get(root, "facts"), *posts = sv_load_get(root, "posts"), *post;
    uint32_t next = 0, authored = 0;
    char at[SV_LOAD_PTR];
    if (cJSON_IsArray(facts)) {
        sv_load_declare_list(L, facts, "/facts", SV_ID_FACT, 0);
        check_fact_limit(L, facts, "/facts", &authored);
        next = (uint32_t)cJSON_GetArraySize(facts);
    }
    size_t i = 0;
    for (const cJSON *p = cJSON_IsArray(posts) ? posts->child : NULL; p; p = p->next, i++) {
        sv_load_ptr_index(at, "/posts", i);
        declare_claims(L, p, at, &next, &authored);
    }
    /* the posts injects add come after the story's, and so do their claims */
    for (uint32_t n = 0; (post = sv_load_inject_node(root, "post", n, at)); n++)
        declare_claims(L, post, at, &next, &authored);
    L->fact_total = next;
    sv_load_declare_list(L, sv_load_get(root, "history"), "/history", SV_ID_EARLIER, 0);
}

/* ---- facts and claims ------------------------------------------------------------ */

/* A fact's flags that only the brand can say: read on a scenario's fact
 * (default false), refused with its reason on a post's claim. */
typedef struct BrandFlag {
    const char *key, *what; /* what it says, for the refusal */
    size_t at;              /* offsetof the flag in sv_Fact */
} BrandFlag;

static const BrandFlag brand_flags[] = {
    /* a measure taken is the brand's to say, never what a post claims; so is
     * what it does to find out: a post may say "look into it", never that it is done */
    {"measure", "what the brand changed", offsetof(sv_Fact, measure)},
    {"inquiry", "what the brand is doing to find out", offsetof(sv_Fact, inquiry)},
    /* what came of what many asked: a post may ask, the brand says what it did */
    {"outcome", "what came of what many customers asked", offsetof(sv_Fact, outcome)},
    /* the way forward that is not the brand's to grant: a post may ask for it */
    {"recourse", "what the customer can do that the brand cannot decide",
     offsetof(sv_Fact, recourse)},
    /* a remedy everyone in the same case gets: the brand's rule */
    {"for_all", "a remedy the brand gives everyone in the same case", offsetof(sv_Fact, for_all)},
    /* why it went wrong: a post may guess at a cause, the brand's explanation names it */
    {"cause", "why it went wrong, as the brand explains it", offsetof(sv_Fact, cause)},
};

static bool *brand_flag_of(sv_Fact *f, const BrandFlag *b) { return (bool *)((char *)f + b->at); }

static void brand_flag(sv_Loader *L, const cJSON *it, const char *ptr, int32_t post,
                       const BrandFlag *b, bool *out)
{
    char at[SV_LOAD_PTR];
    const cJSON *v = sv_load_get(it, b->key);
    sv_load_ptr_key(at, ptr, b->key);
    if (v && post >= 0)
        sv_load_error(L, at, "a claim is what a post says; %s (%s) belongs in the scenario's facts",
                      b->what, b->key);
    else if (v)
        (void)sv_load_bool(L, v, at, out);
}

static void read_fact(sv_Loader *L, const cJSON *it, const char *ptr, sv_Fact *f, int32_t post)
{
    static const char *const keys[] = {"id",      "text",     "true",    "known",   "private",
                                       "measure", "inquiry",  "outcome", "for_all", "cause",
                                       "fault",   "recourse", NULL};
    char at[SV_LOAD_PTR];
    f->id = sv_load_id_of(L, it);
    f->known = post >= 0; /* the briefing tells what a post claims; facts wait to be revealed */
    f->post = post;
    f->confidential = false;
    f->no_fault = false;
    for (size_t k = 0; k < sizeof brand_flags / sizeof brand_flags[0]; k++)
        *brand_flag_of(f, &brand_flags[k]) = false;
    sv_load_empty_text(&f->text);
    if (!sv_load_object(L, it, ptr, post >= 0 ? "a claim" : "a fact")) return;
    sv_load_check_keys(L, it, ptr, keys);
    const cJSON *text = sv_load_required(L, it, ptr, "text");
    sv_load_ptr_key(at, ptr, "text");
    if (text) (void)sv_load_text(L, text, at, &f->text);
    const cJSON *truth = sv_load_required(L, it, ptr, "true");
    sv_load_ptr_key(at, ptr, "true");
    if (truth) (void)sv_load_bool(L, truth, at, &f->truth);
    const cJSON *known = sv_load_get(it, "known");
    sv_load_ptr_key(at, ptr, "known");
    if (known) (void)sv_load_bool(L, known, at, &f->known);
    const cJSON *secret = sv_load_get(it, "private");
    sv_load_ptr_key(at, ptr, "private");
    if (secret) (void)sv_load_bool(L, secret, at, &f->confidential);
    for (size_t k = 0; k < sizeof brand_flags / sizeof brand_flags[0]; k++)
        brand_flag(L, it, ptr, post, &brand_flags[k], brand_flag_of(f, &brand_flags[k]));
    /* whose fault a true claim is: said of what a post blames the brand for */
    const cJSON *fault = sv_load_get(it, "fault");
    sv_load_ptr_key(at, ptr, "fault");
    bool is_fault = true;
    if (fault && post < 0)
        sv_load_error(L, at,
                      "a fact blames nobody; \"fault\" belongs on a post's claim (what the post "
                      "blames the brand for)");
    else if (fault && sv_load_bool(L, fault, at, &is_fault) && !is_fault && !f->truth)
        sv_load_error(L, at,
                      "a false claim is nobody's fault already; \"fault\": false is for a true "
                      "claim that is no fault of the brand's");
    else if (fault)
        f->no_fault = !is_fault;
}

void sv_load_facts(sv_Loader *L, const cJSON *root, sv_Scenario *sc)
{
    char at[SV_LOAD_PTR] = "";
    sc->facts = L->fact_total ? sv_load_alloc(L, L->fact_total * sizeof *sc->facts) : NULL;
    sc->fact_count = sc->facts ? L->fact_total : 0;
    L->next_fact = 0;
    const cJSON *list = sv_load_list(L, root, "facts", false, at);
    size_t i = 0;
    for (const cJSON *it = list ? list->child : NULL; it; it = it->next, i++) {
        char fact_at[SV_LOAD_PTR];
        sv_load_ptr_index(fact_at, at, i);
        if (L->next_fact < sc->fact_count) read_fact(L, it, fact_at, &sc->facts[L->next_fact], -1);
        L->next_fact++;
    }
}

void sv_load_post_claims(sv_Loader *L, const cJSON *post, const char *ptr, sv_Post *p)
{
    sv_Scenario *sc = L->sc;
    int32_t index = (int32_t)(p - sc->posts);
    char at[SV_LOAD_PTR];
    p->claims = (sv_Span){L->next_fact, 0};
    if (implicit_claim(post)) {
        sv_Fact f = {.id = "", .truth = p->claim_true, .known = true, .post = index};
        sv_load_empty_text(&f.text);
        if (L->next_fact < sc->fact_count) sc->facts[L->next_fact] = f;
        L->next_fact++;
        p->claims.count = 1;
        return;
    }
    if (!sv_load_get(post, "claims")) return;
    sv_load_ptr_key(at, ptr, "claim_true");
    if (sv_load_get(post, "claim_true"))
        sv_load_error(L, at,
                      "a post with \"claims\" says in each claim whether it is true; leave out "
                      "\"claim_true\"");
    snprintf(at, sizeof at, "%s", ptr);
    const cJSON *list = sv_load_list(L, post, "claims", false, at);
    if (list && !list->child)
        sv_load_error(L, at,
                      "'claims' is empty; list what the post asserts, or leave the key out "
                      "(a complaint then makes the one claim \"claim_true\" describes)");
    size_t i = 0;
    bool any_true = false;
    for (const cJSON *it = list ? list->child : NULL; it; it = it->next, i++) {
        char claim_at[SV_LOAD_PTR];
        sv_load_ptr_index(claim_at, at, i);
        if (L->next_fact < sc->fact_count) {
            sv_Fact *f = &sc->facts[L->next_fact];
            read_fact(L, it, claim_at, f, index);
            any_true = any_true || f->truth;
        }
        L->next_fact++;
    }
    p->claims.count = L->next_fact - p->claims.start;
    if (list) p->claim_true = any_true;
}

/* ---- what replies say about facts ------------------------------------------------ */

static bool push_ref(sv_Loader *L, uint32_t fact)
{
    if (L->ref_count == L->ref_cap) {
        uint32_t cap = L->ref_cap ? L->ref_cap * 2 : 64;
        uint32_t *refs = realloc(L->refs, (size_t)cap * sizeof *refs);
        if (!refs) {
            if (!L->nomem) sv_load_error(L, "", "out of memory while reading lists of facts");
            L->nomem = true;
            return false;
        }
        L->refs = refs;
        L->ref_cap = cap;
    }
    L->refs[L->ref_count++] = fact;
    return true;
}

static bool span_has(const sv_Loader *L, sv_Span span, uint32_t fact)
{
    for (uint32_t i = 0; i < span.count; i++)
        if (L->refs[span.start + i] == fact) return true;
    return false;
}

/* The list `key` of fact ids; `other` is "confirms" when reading "denies", so
 * a fact said to be both so and not so is caught at the second. */
static sv_Span read_fact_list(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key,
                              const sv_Span *other)
{
    sv_Span span = {L->ref_count, 0};
    char at[SV_LOAD_PTR];
    snprintf(at, sizeof at, "%s", ptr);
    const cJSON *list = sv_load_list(L, obj, key, false, at);
    if (!list) return span;
    int n = cJSON_GetArraySize(list);
    if (n > (int)SV_MAX_FACT_REFS)
        sv_load_error(L, at, "%d facts; a reply %s at most %u", n, key, SV_MAX_FACT_REFS);
    size_t i = 0;
    for (const cJSON *r = list->child; r && i < SV_MAX_FACT_REFS; r = r->next, i++) {
        char item_at[SV_LOAD_PTR];
        sv_load_ptr_index(item_at, at, i);
        int32_t fact = sv_load_ref(L, r, item_at, SV_ID_FACT);
        if (fact < 0) continue;
        span.count = L->ref_count - span.start;
        if (span_has(L, span, (uint32_t)fact))
            sv_load_error(L, item_at, "'%s' is listed twice in \"%s\"", r->valuestring, key);
        else if (other && span_has(L, *other, (uint32_t)fact))
            sv_load_error(L, item_at,
                          "'%s' is in both \"confirms\" and \"denies\"; a reply says that a fact "
                          "is so or that it is not, not both",
                          r->valuestring);
        else
            (void)push_ref(L, (uint32_t)fact);
    }
    span.count = L->ref_count - span.start;
    return span;
}

void sv_load_claims(sv_Loader *L, const cJSON *obj, const char *ptr, sv_Claims *out,
                    const char *no_reveals)
{
    out->confirms = read_fact_list(L, obj, ptr, "confirms", NULL);
    out->denies = read_fact_list(L, obj, ptr, "denies", &out->confirms);
    out->reveals = (sv_Span){L->ref_count, 0};
    if (!sv_load_get(obj, "reveals")) return;
    if (no_reveals) {
        char at[SV_LOAD_PTR];
        sv_load_ptr_key(at, ptr, "reveals");
        sv_load_error(L, at, "%s", no_reveals);
        return;
    }
    out->reveals = read_fact_list(L, obj, ptr, "reveals", NULL);
}

/* "answer": the fact that answers what the post asks (a string), or a list of
 * them, one for each thing it asks ("how long is the guarantee, and what about
 * the joints?"): at least one, none twice. */
sv_Span sv_load_answer(sv_Loader *L, const cJSON *obj, const char *ptr)
{
    const cJSON *a = sv_load_get(obj, "answer");
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, "answer");
    if (!cJSON_IsArray(a)) {
        sv_Span span = {L->ref_count, 0};
        int32_t fact = a ? sv_load_ref(L, a, at, SV_ID_FACT) : -1;
        if (fact >= 0 && push_ref(L, (uint32_t)fact)) span.count = 1;
        return span;
    }
    if (cJSON_GetArraySize(a) == 0)
        sv_load_error(L, at,
                      "an empty list; \"answer\" names the fact (or the facts, one for each "
                      "thing asked) that answer what the post asks, or is left out");
    return read_fact_list(L, obj, ptr, "answer", NULL);
}

/* "addresses": claims of a post a part takes up without saying they are so or
 * not (what is known about them, what is being done). Only a post's claims,
 * and none the part also confirms or denies: that answers it already. */
sv_Span sv_load_addresses(sv_Loader *L, const cJSON *obj, const char *ptr, const sv_Claims *claims)
{
    sv_Span span = read_fact_list(L, obj, ptr, "addresses", NULL);
    const sv_Scenario *sc = L->sc;
    const cJSON *list = sv_load_get(obj, "addresses");
    size_t i = 0;
    for (const cJSON *r = cJSON_IsArray(list) ? list->child : NULL; r; r = r->next, i++) {
        char at[SV_LOAD_PTR], item_at[SV_LOAD_PTR];
        sv_load_ptr_key(at, ptr, "addresses");
        sv_load_ptr_index(item_at, at, i);
        const sv_IdEntry *e = cJSON_IsString(r) ? sv_load_lookup(L, r->valuestring) : NULL;
        if (!e || e->kind != SV_ID_FACT || !sc || e->index < 0 ||
            (uint32_t)e->index >= sc->fact_count)
            continue; /* the reference's own error is enough */
        uint32_t f = (uint32_t)e->index;
        if (sc->facts[f].post < 0)
            sv_load_error(L, item_at,
                          "'%s' is a fact of the scenario, not a post's claim; \"addresses\" "
                          "names what a customer claimed that the part takes up without saying "
                          "it is so or not",
                          r->valuestring);
        else if (span_has(L, claims->confirms, f) || span_has(L, claims->denies, f))
            sv_load_error(L, item_at,
                          "'%s' is in the part's \"confirms\" or \"denies\" too; a part that says "
                          "a claim is so or not answers it already, leave it out of \"addresses\"",
                          r->valuestring);
    }
    return span;
}

/* ---- history ------------------------------------------------------------------- */

/* "action" of a history reply: something the brand wrote. */
static void read_earlier_action(sv_Loader *L, const cJSON *it, const char *ptr, sv_Option *o)
{
    const char *const *words = sv_vocab_words(SV_VOCAB_ACTION, NULL);
    char at[SV_LOAD_PTR];
    int v;
    sv_Action a;
    const cJSON *action = sv_load_get(it, "action");
    sv_load_ptr_key(at, ptr, "action");
    if (action && cJSON_IsString(action) && sv_action_parse(action->valuestring, &a) &&
        a > SV_ACTION_ASK)
        sv_load_error(L, at,
                      "a history reply is something the brand wrote: its action is reply, "
                      "move-private or ask, not '%s'",
                      action->valuestring);
    else if (action && sv_load_enum(L, action, at, "action", words, SV_ACTION_ASK + 1, &v))
        o->action = (sv_Action)v; /* the first three actions: reply, move-private, ask */
    const cJSON *vis = sv_load_get(it, "visibility");
    sv_load_ptr_key(at, ptr, "visibility");
    if (vis && sv_load_vocab(L, vis, at, "visibility", SV_VOCAB_VISIBILITY, &v))
        o->visibility = (sv_Visibility)v;
}

static void read_earlier(sv_Loader *L, const cJSON *it, const char *ptr, sv_Earlier *e)
{
    static const char *const keys[] = {"id",         "at",        "post", "text",     "action",
                                       "visibility", "structure", "tags", "confirms", "denies",
                                       "offer",      "due",       NULL};
    sv_Option *o = &e->reply;
    char at[SV_LOAD_PTR];
    sv_load_reply_start(L, it, o);
    if (!sv_load_object(L, it, ptr, "a history reply")) return;
    sv_load_check_keys(L, it, ptr, keys);
    const cJSON *t = sv_load_required(L, it, ptr, "at");
    sv_load_ptr_key(at, ptr, "at");
    int32_t ms = 0;
    if (t && sv_load_time(L, t, at, SV_MAX_HISTORY_MS, &ms) && ms >= 0) {
        char num[48];
        sv_load_error(L, at,
                      "a history reply was made before the player took over: its \"at\" is "
                      "negative (seconds before the start), not %s",
                      sv_load_number(L, at, t, num, sizeof num));
        ms = 0;
    }
    e->at_ms = ms; /* 0 marks a bad time, left out of the checks below */
    const cJSON *post = sv_load_required(L, it, ptr, "post");
    sv_load_ptr_key(at, ptr, "post");
    o->target = post ? sv_load_ref(L, post, at, SV_ID_POST) : -1;
    read_earlier_action(L, it, ptr, o);
    o->steps[0] = (sv_Step){o->action, o->visibility, o->target};
    sv_load_reply_words(L, it, ptr, o);
    sv_load_claims(L, it, ptr, &o->claims, NULL);
}

/* In time order, each after the post it answers. */
static void check_history(sv_Loader *L, const sv_Scenario *sc)
{
    int32_t last = INT32_MIN;
    size_t last_i = 0;
    for (uint32_t i = 0; i < sc->earlier_count; i++) {
        const sv_Earlier *e = &sc->earlier[i];
        char at[SV_LOAD_PTR], when[32], other[48];
        if (e->at_ms == 0) continue;
        sv_load_ptr_index(at, "/history", i);
        sv_load_ptr_key(at, at, "at");
        if (e->at_ms < last)
            sv_load_error(L, at,
                          "history is listed in time order; this reply at %s s comes after one "
                          "at %s s (/history/%zu)",
                          sv_load_ms_text(e->at_ms, when, sizeof when),
                          sv_load_ms_text(last, other, sizeof other), last_i);
        else {
            last = e->at_ms;
            last_i = i;
        }
        int32_t p = e->reply.target;
        if (p < 0 || (uint32_t)p >= sc->post_count) continue;
        int32_t post_at = sc->posts[p].at_ms;
        if (post_at != SV_NEVER && post_at <= e->at_ms) continue;
        sv_load_ptr_index(at, "/history", i);
        sv_load_ptr_key(at, at, "post");
        if (post_at == SV_NEVER)
            snprintf(other, sizeof other, "only when an effect schedules it");
        else
            snprintf(other, sizeof other, "at %s s", sv_load_ms_text(post_at, when, sizeof when));
        sv_load_error(L, at,
                      "post '%s' appears %s, after this reply at %s s; a history reply answers "
                      "a post that was already there (a negative \"at\" at or before the "
                      "reply's)",
                      sc->posts[p].id, other, sv_load_ms_text(e->at_ms, when, sizeof when));
    }
}

void sv_load_history(sv_Loader *L, const cJSON *root, sv_Scenario *sc)
{
    SV_LOAD_LIST(L, root, "", "history", false, SV_MAX_EARLIER, "history replies", sc->earlier,
                 sc->earlier_count, read_earlier);
    check_history(L, sc);
}
