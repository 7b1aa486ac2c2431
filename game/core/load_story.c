/* The story of a scenario: posts, decisions (options and the composer) and
 * events. Options and parts of all decisions share one array each, grouped
 * by decision; their indices are fixed when ids are declared, so both passes
 * walk the decisions the same way. */
#include <stdio.h>
#include <string.h>

#include "core_util.h"
#include "load_common.h"

#define VALUE_LIMIT 1000000000 /* offers and losses, far from int32 overflow */
/* a post's "at" that was reported: earlier than any time, so the checks that
 * compare times (jitter, history) do not report it again */
#define BAD_AT (SV_NEVER + 1)

static const char *const expert_names[] = {"warned", "acceptable", "recommended"};

static const cJSON *decision_options(const cJSON *dec)
{
    const cJSON *o = sv_load_get(dec, "options");
    return cJSON_IsArray(o) ? o : NULL;
}

static const cJSON *decision_parts(const cJSON *dec)
{
    const cJSON *p = sv_load_get(sv_load_get(dec, "composer"), "parts");
    return cJSON_IsArray(p) ? p : NULL;
}

static int32_t array_size(const cJSON *list)
{
    return cJSON_IsArray(list) ? cJSON_GetArraySize(list) : 0;
}

/* One node an inject adds, like an element of a list. */
static void declare_one(sv_Loader *L, const cJSON *obj, const char *ptr, sv_IdKind kind,
                        int32_t index)
{
    char id_at[SV_LOAD_PTR];
    sv_load_ptr_key(id_at, ptr, "id");
    if (sv_load_required(L, obj, ptr, "id"))
        sv_load_declare(L, sv_load_get(obj, "id"), id_at, kind, index);
    else
        L->rejected[kind]++;
}

/* A decision's options and parts, numbered on from *options and *parts. */
static void declare_choices(sv_Loader *L, const cJSON *d, const char *at, int32_t *options,
                            int32_t *parts)
{
    char list[SV_LOAD_PTR];
    sv_load_ptr_key(list, at, "options");
    sv_load_declare_list(L, decision_options(d), list, SV_ID_OPTION, *options);
    *options += cJSON_GetArraySize(decision_options(d));
    sv_load_ptr_key(list, at, "composer");
    sv_load_ptr_key(list, list, "parts");
    sv_load_declare_list(L, decision_parts(d), list, SV_ID_PART, *parts);
    *parts += cJSON_GetArraySize(decision_parts(d));
}

void sv_load_declare_story(sv_Loader *L, const cJSON *root)
{
    const cJSON *posts = sv_load_get(root, "posts"), *decisions = sv_load_get(root, "decisions");
    const cJSON *events = sv_load_get(root, "events"), *node;
    int32_t options = 0, parts = 0;
    size_t i = 0;
    char at[SV_LOAD_PTR];
    sv_load_declare_list(L, posts, "/posts", SV_ID_POST, 0);
    sv_load_declare_list(L, decisions, "/decisions", SV_ID_DECISION, 0);
    for (const cJSON *d = cJSON_IsArray(decisions) ? decisions->child : NULL; d; d = d->next, i++) {
        sv_load_ptr_index(at, "/decisions", i);
        declare_choices(L, d, at, &options, &parts);
    }
    sv_load_declare_list(L, events, "/events", SV_ID_EVENT, 0);
    /* what the injects add comes after the story's own, in the same order */
    for (uint32_t n = 0; (node = sv_load_inject_node(root, "post", n, at)); n++)
        declare_one(L, node, at, SV_ID_POST, array_size(posts) + (int32_t)n);
    for (uint32_t n = 0; (node = sv_load_inject_node(root, "decision", n, at)); n++) {
        declare_one(L, node, at, SV_ID_DECISION, array_size(decisions) + (int32_t)n);
        declare_choices(L, node, at, &options, &parts);
    }
    for (uint32_t n = 0; (node = sv_load_inject_node(root, "event", n, at)); n++)
        declare_one(L, node, at, SV_ID_EVENT, array_size(events) + (int32_t)n);
}

/* ---- shared pieces ---------------------------------------------------------- */

/* "at": SV_NEVER when absent. Only a post may be before the start (`what` NULL);
 * a decision or an event is named by `what` for the message. */
static void read_at(sv_Loader *L, const cJSON *obj, const char *ptr, const char *what, int32_t *out)
{
    char at[SV_LOAD_PTR], num[48];
    uint32_t ms;
    const cJSON *t = sv_load_get(obj, "at");
    *out = SV_NEVER;
    sv_load_ptr_key(at, ptr, "at");
    if (!t) return;
    if (!what) {
        if (!sv_load_time(L, t, at, SV_MAX_HISTORY_MS, out)) *out = BAD_AT;
    } else if (cJSON_IsNumber(t) && t->valuedouble < 0) {
        sv_load_error(L, at,
                      "%s cannot come before the start: \"at\" is 0 seconds or more, not %s "
                      "(only a post's \"at\" may be negative: it was there when the player "
                      "took over)",
                      what, sv_load_number(L, at, t, num, sizeof num));
    } else if (sv_load_seconds(L, t, at, &ms)) {
        *out = (int32_t)ms;
    }
}

static void read_tags(sv_Loader *L, const cJSON *obj, const char *ptr, sv_TagSet *out)
{
    char at[SV_LOAD_PTR] = "";
    snprintf(at, sizeof at, "%s", ptr);
    const cJSON *tags = sv_load_list(L, obj, "tags", false, at);
    if (!tags) return;
    int n = cJSON_GetArraySize(tags);
    if (n > (int)SV_MAX_TAGS) sv_load_error(L, at, "%d tags; the limit is %u", n, SV_MAX_TAGS);
    size_t i = 0;
    for (const cJSON *it = tags->child; it; it = it->next, i++) {
        char tag_at[SV_LOAD_PTR];
        int tag;
        sv_load_ptr_index(tag_at, at, i);
        if (sv_load_vocab(L, it, tag_at, "tag", SV_VOCAB_TAG, &tag)) *out |= 1u << tag;
    }
}

/* "annotation" and "expert": what the guides say about an option or a part. */
static void read_advice(sv_Loader *L, const cJSON *obj, const char *ptr, sv_Text *annotation,
                        int8_t *expert)
{
    char at[SV_LOAD_PTR];
    int e;
    sv_load_ptr_key(at, ptr, "annotation");
    (void)sv_load_text(L, sv_load_get(obj, "annotation"), at, annotation);
    const cJSON *ex = sv_load_get(obj, "expert");
    sv_load_ptr_key(at, ptr, "expert");
    if (ex && sv_load_enum(L, ex, at, "expert verdict", expert_names, 3, &e))
        *expert = (int8_t)(e - 1);
}

static int32_t read_when(sv_Loader *L, const cJSON *obj, const char *ptr)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, "when");
    return sv_load_cond(L, sv_load_get(obj, "when"), at);
}

static sv_Span read_effects(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    return sv_load_effects(L, sv_load_get(obj, key), at);
}

static void read_required_text(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key,
                               sv_Text *out)
{
    char at[SV_LOAD_PTR];
    sv_load_empty_text(out);
    const cJSON *t = sv_load_required(L, obj, ptr, key);
    sv_load_ptr_key(at, ptr, key);
    if (t) (void)sv_load_text(L, t, at, out);
}

static int32_t read_ref(sv_Loader *L, const cJSON *obj, const char *ptr, const char *key,
                        bool required, sv_IdKind kind)
{
    char at[SV_LOAD_PTR];
    const cJSON *r = required ? sv_load_required(L, obj, ptr, key) : sv_load_get(obj, key);
    sv_load_ptr_key(at, ptr, key);
    return r ? sv_load_ref(L, r, at, kind) : -1;
}

static void read_counts(sv_Loader *L, const cJSON *obj, const char *ptr, sv_Post *p)
{
    static const char *const keys[] = {"likes", "shares", "comments"};
    uint32_t *slots[] = {&p->likes, &p->shares, &p->comments};
    for (int i = 0; i < 3; i++) {
        char at[SV_LOAD_PTR];
        int64_t v;
        const cJSON *c = sv_load_get(obj, keys[i]);
        sv_load_ptr_key(at, ptr, keys[i]);
        if (c && sv_load_whole(L, c, at, 0, 1000000000, &v)) *slots[i] = (uint32_t)v;
    }
}

/* ---- posts ----------------------------------------------------------------- */

/* A post's link to another post by id (same_as, same_fault): its index, or
 * -1 when there is none, it names no post, or it names the post itself
 * (which `itself` says, as "post 'x' cannot <itself>"). */
static int32_t read_link(sv_Loader *L, const cJSON *it, const char *ptr, const sv_Post *p,
                         const char *key, const char *itself)
{
    int32_t to = read_ref(L, it, ptr, key, false, SV_ID_POST);
    if (to < 0 || !p->id[0] || strcmp(sv_load_get(it, key)->valuestring, p->id) != 0) return to;
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    sv_load_error(L, at, "post '%s' cannot %s", p->id, itself);
    return -1;
}

/* "same_as", "same_fault" and "recurs": what the scoring model needs for POLICY
 * and FIX. The channel and author checks wait for the second pass's post
 * array, so they are done in check_links() once every post is read. */
static void read_policy(sv_Loader *L, const cJSON *it, const char *ptr, sv_Post *p)
{
    char at[SV_LOAD_PTR];
    p->same_as = read_link(L, it, ptr, p, "same_as", "be the same complaint as itself");
    p->same_fault = read_link(L, it, ptr, p, "same_fault", "share a fault with itself");
    const cJSON *recurs = sv_load_get(it, "recurs");
    sv_load_ptr_key(at, ptr, "recurs");
    if (recurs) (void)sv_load_bool(L, recurs, at, &p->recurs);
}

/* Post i's link `key` to post q is not what the key means: p `is` what q is
 * ("is in the same channel as"), where `key` links `means`. */
static void link_error(sv_Loader *L, uint32_t i, const sv_Post *p, const sv_Post *q,
                       const char *key, const char *is, const char *means)
{
    char at[SV_LOAD_PTR];
    sv_load_ptr_index(at, "/posts", i);
    sv_load_ptr_key(at, at, key);
    sv_load_error(L, at, "post '%s' %s '%s'; \"%s\" links %s", p->id, is, q->id, key, means);
}

/* The same complaint in the same channel is just another post of the
 * thread; "same_fault" links two customers (one customer's second post is
 * "same_as", in another channel, or the same thread). */
static void check_links(sv_Loader *L, sv_Scenario *sc)
{
    for (uint32_t i = 0; i < sc->post_count; i++) {
        const sv_Post *p = &sc->posts[i];
        if (sv_in_range(p->same_as, sc->post_count)) {
            const sv_Post *q = &sc->posts[p->same_as];
            if (p->channel >= 0 && p->channel == q->channel)
                link_error(L, i, p, q, "same_as", "is in the same channel as",
                           "the same complaint posted in another channel");
        }
        if (sv_in_range(p->same_fault, sc->post_count)) {
            const sv_Post *q = &sc->posts[p->same_fault];
            if (p->author >= 0 && p->author == q->author)
                link_error(L, i, p, q, "same_fault", "has the same author as",
                           "another customer hit by the same fault");
        }
    }
}

/* "failure": what a complaint is about, for the crowd (practical, leisure or
 * unfounded): only on the first post of a thread, and only a complaint. */
static void read_failure(sv_Loader *L, const cJSON *it, const char *ptr, sv_Post *p)
{
    const cJSON *f = sv_load_get(it, "failure");
    if (!f) return;
    char at[SV_LOAD_PTR];
    int v;
    sv_load_ptr_key(at, ptr, "failure");
    if (!sv_load_vocab(L, f, at, "failure", SV_VOCAB_FAILURE, &v)) return;
    if (p->reply_to >= 0 || p->valence != SV_VALENCE_NEGATIVE) {
        sv_load_error(L, at,
                      "only a complaint that starts a thread (a negative post without "
                      "\"reply_to\") says what failed");
        return;
    }
    p->has_failure = true;
    p->failure = (sv_Failure)v;
}

static void read_post(sv_Loader *L, const cJSON *it, const char *ptr, sv_Post *p)
{
    static const char *const keys[] = {
        "id",     "at",      "jitter", "channel", "author",   "reply_to",   "valence", "claim_true",
        "claims", "loss",    "likes",  "shares",  "comments", "text",       "when",    "same_as",
        "recurs", "failure", "asks",   "demands", "needs",    "same_fault", "answer",  NULL};
    char at[SV_LOAD_PTR];
    int v;
    int64_t loss;
    p->id = sv_load_id_of(L, it);
    p->channel = p->author = p->reply_to = p->when = p->same_as = p->same_fault = p->loss =
        p->demands = -1;
    p->at_ms = SV_NEVER;
    p->claim_true = true;
    p->claims.start = L->next_fact;
    sv_load_empty_text(&p->text);
    if (!sv_load_object(L, it, ptr, "a post")) return;
    sv_load_check_keys(L, it, ptr, keys);
    read_at(L, it, ptr, NULL, &p->at_ms);
    const cJSON *jitter = sv_load_get(it, "jitter");
    sv_load_ptr_key(at, ptr, "jitter");
    if (jitter && p->at_ms < 0 && p->at_ms != SV_NEVER && p->at_ms != BAD_AT)
        sv_load_error(L, at,
                      "a post from before the start (negative \"at\") is already there when the "
                      "player takes over; it has no \"jitter\"");
    else if (jitter)
        (void)sv_load_seconds(L, jitter, at, &p->jitter_ms);
    p->channel = read_ref(L, it, ptr, "channel", true, SV_ID_CHANNEL);
    p->author = read_ref(L, it, ptr, "author", true, SV_ID_PERSONA);
    p->reply_to = read_ref(L, it, ptr, "reply_to", false, SV_ID_POST);
    const cJSON *reply_to = sv_load_get(it, "reply_to");
    sv_load_ptr_key(at, ptr, "reply_to");
    if (p->reply_to >= 0 && p->id[0] && strcmp(reply_to->valuestring, p->id) == 0)
        sv_load_error(L, at, "post '%s' replies to itself", p->id);
    const cJSON *val = sv_load_required(L, it, ptr, "valence");
    sv_load_ptr_key(at, ptr, "valence");
    if (val && sv_load_vocab(L, val, at, "valence", SV_VOCAB_VALENCE, &v))
        p->valence = (sv_Valence)v;
    const cJSON *claim = sv_load_get(it, "claim_true");
    sv_load_ptr_key(at, ptr, "claim_true");
    if (claim) (void)sv_load_bool(L, claim, at, &p->claim_true);
    sv_load_post_claims(L, it, ptr, p);
    const cJSON *loss_item = sv_load_get(it, "loss");
    sv_load_ptr_key(at, ptr, "loss");
    if (loss_item && sv_load_whole(L, loss_item, at, 0, VALUE_LIMIT, &loss))
        p->loss = (int32_t)loss;
    const cJSON *demands = sv_load_get(it, "demands");
    sv_load_ptr_key(at, ptr, "demands");
    int64_t demand;
    if (demands && sv_load_whole(L, demands, at, 0, VALUE_LIMIT, &demand))
        p->demands = (int32_t)demand;
    read_counts(L, it, ptr, p);
    read_required_text(L, it, ptr, "text", &p->text);
    p->when = read_when(L, it, ptr);
    read_policy(L, it, ptr, p);
    read_failure(L, it, ptr, p);
    const cJSON *asks = sv_load_get(it, "asks");
    sv_load_ptr_key(at, ptr, "asks");
    if (asks) (void)sv_load_bool(L, asks, at, &p->asks);
    int32_t need = read_ref(L, it, ptr, "needs", false, SV_ID_FACT);
    p->has_need = need >= 0;
    p->need = need >= 0 ? (uint32_t)need : 0;
    /* "answer": the fact that answers what the post asks, or a list of them,
     * one for each thing it asks; a post that asks nothing has none */
    p->answers = sv_load_answer(L, it, ptr);
    sv_load_ptr_key(at, ptr, "answer");
    if (sv_load_get(it, "answer") && !p->asks)
        sv_load_error(L, at,
                      "\"answer\" names the fact that answers what the post asks: mark the post "
                      "\"asks\": true as well, or leave \"answer\" out");
}

/* ---- options and the composer ------------------------------------------ */

/* "structure": the part kinds a ready-made reply is made of, in order, so it is
 * scored like a composed one. */
static void read_structure(sv_Loader *L, const cJSON *it, const char *ptr, sv_Option *o)
{
    char at[SV_LOAD_PTR];
    snprintf(at, sizeof at, "%s", ptr);
    const cJSON *list = sv_load_list(L, it, "structure", false, at);
    if (!list) return;
    int n = cJSON_GetArraySize(list);
    if (n > (int)SV_MAX_COMPOSE)
        sv_load_error(L, at, "%d parts; a reply has at most %u", n, SV_MAX_COMPOSE);
    size_t i = 0;
    for (const cJSON *k = list->child; k && i < SV_MAX_COMPOSE; k = k->next, i++) {
        char kind_at[SV_LOAD_PTR];
        int kind;
        sv_load_ptr_index(kind_at, at, i);
        if (sv_load_vocab(L, k, kind_at, "part kind", SV_VOCAB_PART, &kind))
            o->structure[o->structure_count++] = (uint8_t)kind;
    }
}

/* "answers": further posts the option's reply answers. */
static void read_answers(sv_Loader *L, const cJSON *it, const char *ptr, sv_Option *o)
{
    char at[SV_LOAD_PTR];
    snprintf(at, sizeof at, "%s", ptr);
    const cJSON *list = sv_load_list(L, it, "answers", false, at);
    if (!list) return;
    int n = cJSON_GetArraySize(list);
    if (n > (int)SV_MAX_ANSWERS)
        sv_load_error(L, at, "%d posts; a reply can answer at most %u besides its target", n,
                      SV_MAX_ANSWERS);
    size_t i = 0;
    for (const cJSON *r = list->child; r && i < SV_MAX_ANSWERS; r = r->next, i++) {
        char item_at[SV_LOAD_PTR];
        sv_load_ptr_index(item_at, at, i);
        int32_t post = sv_load_ref(L, r, item_at, SV_ID_POST);
        if (post >= 0) o->answers[o->answer_count++] = post;
    }
}

/* "due" and "offer": a promise's due date and the value of a compensation. */
static void read_due(sv_Loader *L, const cJSON *obj, const char *ptr, const char *no_promise,
                     uint32_t *due)
{
    char at[SV_LOAD_PTR];
    const cJSON *item = sv_load_get(obj, "due");
    sv_load_ptr_key(at, ptr, "due");
    if (!item || !sv_load_seconds(L, item, at, due)) return;
    if (no_promise)
        sv_load_error(L, at, "%s", no_promise);
    else if (*due == 0)
        sv_load_error(L, at, "\"due\" must be more than 0 seconds after the reply");
}

static void read_offer(sv_Loader *L, const cJSON *obj, const char *ptr, const char *no_offer,
                       int32_t *offer)
{
    char at[SV_LOAD_PTR];
    int64_t v;
    const cJSON *item = sv_load_get(obj, "offer");
    sv_load_ptr_key(at, ptr, "offer");
    if (!item) return;
    if (no_offer)
        sv_load_error(L, at, "%s", no_offer);
    else if (sv_load_whole(L, item, at, 0, VALUE_LIMIT, &v))
        *offer = (int32_t)v;
}

void sv_load_reply_words(sv_Loader *L, const cJSON *obj, const char *ptr, sv_Option *o)
{
    read_required_text(L, obj, ptr, "text", &o->text);
    read_tags(L, obj, ptr, &o->tags);
    read_structure(L, obj, ptr, o);
    bool promises = memchr(o->structure, SV_PART_FOLLOW_UP, o->structure_count) != NULL;
    read_due(L, obj, ptr,
             promises ? NULL
                      : "\"due\" is when a promised follow-up is due, and this reply's "
                        "\"structure\" has no \"promise-follow-up\"",
             &o->due_ms);
    read_offer(L, obj, ptr, NULL, &o->offer);
}

/* ---- an option's actions ------------------------------------------------------- */

static bool has_words(sv_Action a)
{
    return a == SV_ACTION_REPLY || a == SV_ACTION_MOVE_PRIVATE || a == SV_ACTION_ASK;
}

/* "action", "visibility" and "target" of an option, or of one of its "actions"
 * (`what` names which for the message). True when "action" was given and good. */
static bool read_step(sv_Loader *L, const cJSON *obj, const char *ptr, const char *what,
                      int32_t about, sv_Step *st)
{
    char at[SV_LOAD_PTR];
    int v;
    bool named = false;
    *st = (sv_Step){SV_ACTION_REPLY, SV_VIS_PUBLIC, -1};
    bool required = strcmp(what, "action") == 0;
    const cJSON *action =
        required ? sv_load_required(L, obj, ptr, "action") : sv_load_get(obj, "action");
    sv_load_ptr_key(at, ptr, "action");
    if (action && sv_load_vocab(L, action, at, "action", SV_VOCAB_ACTION, &v)) {
        st->action = (sv_Action)v;
        named = true;
    }
    const cJSON *vis = sv_load_get(obj, "visibility");
    sv_load_ptr_key(at, ptr, "visibility");
    if (vis && sv_load_vocab(L, vis, at, "visibility", SV_VOCAB_VISIBILITY, &v))
        st->visibility = (sv_Visibility)v;
    st->target = read_ref(L, obj, ptr, "target", false, SV_ID_POST);
    if ((st->action == SV_ACTION_REPORT || st->action == SV_ACTION_HIDE) && about < 0 &&
        !sv_load_get(obj, "target"))
        sv_load_error(L, ptr,
                      "a '%s' %s needs a post to aim at: give it a \"target\" post, or give "
                      "the decision an \"about\" post",
                      sv_action_name(st->action), what);
    return named;
}

/* "actions": up to SV_MAX_STEPS done in order, at most one of them with words. */
static void read_steps(sv_Loader *L, const cJSON *obj, const char *ptr, int32_t about, sv_Option *o)
{
    static const char *const keys[] = {"action", "visibility", "target", NULL};
    static const char *const solo[] = {"action", "visibility", "target"};
    char at[SV_LOAD_PTR];
    for (int k = 0; k < 3; k++) {
        sv_load_ptr_key(at, ptr, solo[k]);
        if (sv_load_get(obj, solo[k]))
            sv_load_error(L, at,
                          "an option with \"actions\" gives \"%s\" in each of its actions; "
                          "move it there",
                          solo[k]);
    }
    snprintf(at, sizeof at, "%s", ptr);
    const cJSON *list = sv_load_list(L, obj, "actions", false, at);
    if (!list) return;
    int n = cJSON_GetArraySize(list), words = -1;
    if (n == 0 || n > (int)SV_MAX_STEPS)
        sv_load_error(L, at, "%d actions; an option combines 1 to %u (use \"action\" for one)", n,
                      SV_MAX_STEPS);
    uint8_t i = 0;
    for (const cJSON *it = list->child; it && i < SV_MAX_STEPS; it = it->next, i++) {
        char step_at[SV_LOAD_PTR], action_at[SV_LOAD_PTR];
        sv_Step *st = &o->steps[i];
        sv_load_ptr_index(step_at, at, i);
        sv_load_ptr_key(action_at, step_at, "action");
        *st = (sv_Step){SV_ACTION_REPLY, SV_VIS_PUBLIC, -1};
        if (!sv_load_object(L, it, step_at, "an action")) continue;
        sv_load_check_keys(L, it, step_at, keys);
        if (!read_step(L, it, step_at, "action", about, st)) continue;
        if (st->action == SV_ACTION_IGNORE && n > 1)
            sv_load_error(L, action_at,
                          "'ignore' does nothing, so it is not combined with other actions");
        if (!has_words(st->action)) continue;
        if (words >= 0)
            sv_load_error(L, action_at,
                          "only one action of an option has words (reply, move-private or "
                          "ask), and actions/%d ('%s') already has them; make this a second "
                          "option",
                          words, sv_action_name(o->steps[words].action));
        else
            words = i;
    }
    o->step_count = i ? i : 1;
    o->main = (uint8_t)(words >= 0 ? words : 0);
}

/* What an option may reveal: facts its check, question or colleague makes known. */
static const char *option_no_reveals(const sv_Option *o)
{
    if (o->delay_ms > 0) return NULL;
    for (uint8_t i = 0; i < o->step_count; i++)
        if (o->steps[i].action == SV_ACTION_ASK || o->steps[i].action == SV_ACTION_ASK_COLLEAGUE)
            return NULL;
    return "only a check makes facts known: an option whose action (or one of its "
           "\"actions\") is \"ask\" or \"ask-colleague\", or that has a \"delay\"; reveal it "
           "with an effect {\"reveal\": ...} instead";
}

static void read_delay(sv_Loader *L, const cJSON *obj, const char *ptr, sv_Option *o)
{
    char at[SV_LOAD_PTR], a[32], b[32];
    const cJSON *delay = sv_load_get(obj, "delay");
    sv_load_ptr_key(at, ptr, "delay");
    uint32_t duration = L->sc->duration_ms;
    if (!delay || !sv_load_seconds(L, delay, at, &o->delay_ms)) return;
    bool words = false;
    for (uint8_t i = 0; i < o->step_count; i++) words = words || has_words(o->steps[i].action);
    if (!words)
        sv_load_error(L, at,
                      "\"delay\" holds back the reply, and this option has no action with words "
                      "(reply, move-private or ask); actions without words happen at once");
    else if (duration && o->delay_ms > duration)
        sv_load_error(L, at,
                      "the reply would go out %s s after the choice, later than the "
                      "scenario's duration of %s s",
                      sv_load_ms_text((int32_t)o->delay_ms, a, sizeof a),
                      sv_load_ms_text((int32_t)duration, b, sizeof b));
}

/* "closes" and "moderates": what onlookers read in a public reply (a closing
 * note, a calm word about the tone); only a public reply with words says so. */
static void read_crowd_word(sv_Loader *L, const cJSON *it, const char *ptr, const char *key,
                            const char *what, const sv_Option *o, bool *out)
{
    const cJSON *v = sv_load_get(it, key);
    char at[SV_LOAD_PTR];
    sv_load_ptr_key(at, ptr, key);
    if (!v || !sv_load_bool(L, v, at, out) || !*out) return;
    bool speaks = o->action == SV_ACTION_REPLY || o->action == SV_ACTION_MOVE_PRIVATE ||
                  o->action == SV_ACTION_ASK;
    if (!speaks || o->visibility != SV_VIS_PUBLIC) {
        sv_load_error(L, at, "%s is for onlookers to read: only a public reply with words is one",
                      what);
        *out = false;
    }
}

void sv_load_reply_start(sv_Loader *L, const cJSON *obj, sv_Option *o)
{
    o->id = sv_load_id_of(L, obj);
    o->target = o->when = o->offer = -1;
    o->step_count = 1;
    o->steps[0].target = -1;
    o->effects.start = L->effect_count;
    o->claims.confirms.start = o->claims.denies.start = o->claims.reveals.start = L->ref_count;
    sv_load_empty_text(&o->text);
    sv_load_empty_text(&o->annotation);
}

static void read_option(sv_Loader *L, const cJSON *it, const char *ptr, sv_Option *o, int32_t about)
{
    static const char *const keys[] = {
        "id",      "text",       "action", "actions",   "visibility", "tags",  "target",   "when",
        "effects", "annotation", "expert", "structure", "answers",    "delay", "confirms", "denies",
        "reveals", "due",        "offer",  "closes",    "moderates",  NULL};
    sv_load_reply_start(L, it, o);
    if (!sv_load_object(L, it, ptr, "an option")) return;
    sv_load_check_keys(L, it, ptr, keys);
    if (sv_load_get(it, "actions"))
        read_steps(L, it, ptr, about, o);
    else
        (void)read_step(L, it, ptr, "option", about, &o->steps[0]);
    const sv_Step *lead = &o->steps[o->main];
    o->action = lead->action;
    o->visibility = lead->visibility;
    o->target = lead->target;
    o->when = read_when(L, it, ptr);
    o->effects = read_effects(L, it, ptr, "effects");
    read_advice(L, it, ptr, &o->annotation, &o->expert);
    sv_load_reply_words(L, it, ptr, o);
    read_answers(L, it, ptr, o);
    read_delay(L, it, ptr, o);
    sv_load_claims(L, it, ptr, &o->claims, option_no_reveals(o));
    read_crowd_word(L, it, ptr, "closes", "a closing note", o, &o->closes);
    read_crowd_word(L, it, ptr, "moderates", "a calm word about the tone", o, &o->moderates);
}

static void read_part(sv_Loader *L, const cJSON *it, const char *ptr, sv_Part *p)
{
    static const char *const keys[] = {
        "id",       "kind",   "text",    "tags", "when",  "effects",   "annotation", "expert",
        "confirms", "denies", "reveals", "due",  "offer", "moderates", "addresses",  NULL};
    char at[SV_LOAD_PTR];
    int k;
    p->id = sv_load_id_of(L, it);
    p->when = p->offer = -1;
    p->effects.start = L->effect_count;
    p->claims.confirms.start = p->claims.denies.start = p->claims.reveals.start = L->ref_count;
    p->addresses = (sv_Span){L->ref_count, 0};
    sv_load_empty_text(&p->text);
    sv_load_empty_text(&p->annotation);
    if (!sv_load_object(L, it, ptr, "a part")) return;
    sv_load_check_keys(L, it, ptr, keys);
    const cJSON *kind = sv_load_required(L, it, ptr, "kind");
    sv_load_ptr_key(at, ptr, "kind");
    bool kind_ok = kind && sv_load_vocab(L, kind, at, "part kind", SV_VOCAB_PART, &k);
    if (kind_ok) p->kind = (sv_PartKind)k;
    read_required_text(L, it, ptr, "text", &p->text);
    read_tags(L, it, ptr, &p->tags);
    p->when = read_when(L, it, ptr);
    p->effects = read_effects(L, it, ptr, "effects");
    read_advice(L, it, ptr, &p->annotation, &p->expert);
    /* with a bad kind, the kind's own error is enough */
    read_due(L, it, ptr,
             !kind_ok || p->kind == SV_PART_FOLLOW_UP
                 ? NULL
                 : "only a \"promise-follow-up\" part promises something that can be due",
             &p->due_ms);
    read_offer(L, it, ptr,
               !kind_ok || p->kind == SV_PART_COMPENSATE
                   ? NULL
                   : "only a \"compensate\" part offers something; give the offer its own part",
               &p->offer);
    sv_load_claims(L, it, ptr, &p->claims,
                   !kind_ok || p->kind == SV_PART_ASK
                       ? NULL
                       : "only a part of kind \"ask\" makes facts known (the customer's "
                         "answer); reveal it with an effect {\"reveal\": ...} instead");
    p->addresses = sv_load_addresses(L, it, ptr, &p->claims);
    /* empathy meets the feeling and leaves the claim alone (EMPATHY, ORDER) */
    if (kind_ok && p->kind == SV_PART_EMPATHISE &&
        (p->claims.confirms.count > 0 || p->claims.denies.count > 0)) {
        sv_load_ptr_key(at, ptr, p->claims.confirms.count > 0 ? "confirms" : "denies");
        sv_load_error(L, at,
                      "an \"empathise\" part confirms and denies nothing; give the confirmation "
                      "or denial its own \"acknowledge\" or \"deny\" part");
    }
    /* a calm word about the tone of the thread, read as an option's (FORMAT.md) */
    const cJSON *calm = sv_load_get(it, "moderates");
    sv_load_ptr_key(at, ptr, "moderates");
    if (calm) (void)sv_load_bool(L, calm, at, &p->moderates);
}

static void read_send(sv_Loader *L, const cJSON *comp, const char *ptr, sv_Decision *d)
{
    char at[SV_LOAD_PTR];
    snprintf(at, sizeof at, "%s", ptr);
    d->compose_public = true;
    const cJSON *send = sv_load_list(L, comp, "send", false, at);
    if (!send) return;
    d->compose_public = false;
    size_t i = 0;
    for (const cJSON *it = send->child; it; it = it->next, i++) {
        char place_at[SV_LOAD_PTR];
        int p;
        sv_load_ptr_index(place_at, at, i);
        if (!sv_load_vocab(L, it, place_at, "place to send", SV_VOCAB_VISIBILITY, &p)) continue;
        if (p == 0)
            d->compose_public = true;
        else
            d->compose_private = true;
    }
    if (i == 0) sv_load_error(L, at, "'send' is empty; list \"public\", \"private\" or both");
}

static void read_bounds(sv_Loader *L, const cJSON *comp, const char *ptr, sv_Decision *d)
{
    int64_t min = 1, max = 5;
    bool ok = true;
    char at[SV_LOAD_PTR];
    const cJSON *jmin = sv_load_get(comp, "min"), *jmax = sv_load_get(comp, "max");
    sv_load_ptr_key(at, ptr, "min");
    if (jmin) ok = sv_load_whole(L, jmin, at, 1, SV_MAX_COMPOSE, &min);
    sv_load_ptr_key(at, ptr, "max");
    if (jmax && !sv_load_whole(L, jmax, at, 1, SV_MAX_COMPOSE, &max)) ok = false;
    if (ok && min > max)
        sv_load_error(L, ptr, "min %lld is more than max %lld parts", (long long)min,
                      (long long)max);
    d->compose_min = (uint8_t)min;
    d->compose_max = (uint8_t)max;
}

static void read_composer(sv_Loader *L, const cJSON *dec, const char *ptr, sv_Decision *d)
{
    static const char *const keys[] = {"parts", "min", "max", "send", "effects", NULL};
    char at[SV_LOAD_PTR], parts_at[SV_LOAD_PTR];
    const cJSON *comp = sv_load_get(dec, "composer");
    const cJSON *parts = decision_parts(dec);
    sv_load_ptr_key(at, ptr, "composer");
    d->parts.start = L->next_part;
    if (!comp || !sv_load_object(L, comp, at, "the composer")) return;
    sv_load_check_keys(L, comp, at, keys);
    snprintf(parts_at, sizeof parts_at, "%s", at);
    (void)sv_load_list(L, comp, "parts", true, parts_at);
    int n = cJSON_GetArraySize(parts);
    if (parts && n == 0) sv_load_error(L, parts_at, "a composer needs at least one part");
    if (n > (int)SV_MAX_PARTS)
        sv_load_error(L, parts_at, "%d parts; the limit is %u", n, SV_MAX_PARTS);
    size_t i = 0;
    for (const cJSON *it = parts ? parts->child : NULL; it; it = it->next, i++) {
        char part_at[SV_LOAD_PTR];
        sv_load_ptr_index(part_at, parts_at, i);
        if (L->sc->parts && L->next_part < L->sc->part_count)
            read_part(L, it, part_at, &L->sc->parts[L->next_part]);
        L->next_part++;
    }
    d->parts.count = L->next_part - d->parts.start;
    read_bounds(L, comp, at, d);
    read_send(L, comp, at, d);
    d->compose_effects = read_effects(L, comp, at, "effects");
    /* a calm word for the thread is for onlookers: only a reply sent in public says it */
    i = 0;
    for (const cJSON *it = parts ? parts->child : NULL; it; it = it->next, i++) {
        uint32_t k = d->parts.start + (uint32_t)i;
        if (d->compose_public || !L->sc->parts || k >= L->sc->part_count ||
            !L->sc->parts[k].moderates)
            continue;
        char part_at[SV_LOAD_PTR], key_at[SV_LOAD_PTR];
        sv_load_ptr_index(part_at, parts_at, i);
        sv_load_ptr_key(key_at, part_at, "moderates");
        sv_load_error(L, key_at,
                      "a calm word about the tone is for onlookers to read, and this composer "
                      "sends only in private; add \"public\" to its \"send\"");
    }
}

/* ---- decisions --------------------------------------------------------------- */

static void read_options(sv_Loader *L, const cJSON *dec, const char *ptr, sv_Decision *d)
{
    char at[SV_LOAD_PTR];
    snprintf(at, sizeof at, "%s", ptr);
    d->options.start = L->next_option;
    if (!sv_load_list(L, dec, "options", false, at)) return;
    const cJSON *options = decision_options(dec);
    int n = cJSON_GetArraySize(options);
    if (n > (int)SV_MAX_OPTIONS)
        sv_load_error(L, at, "%d options; the limit is %u per decision", n, SV_MAX_OPTIONS);
    size_t i = 0;
    for (const cJSON *it = options->child; it; it = it->next, i++) {
        char opt_at[SV_LOAD_PTR];
        sv_load_ptr_index(opt_at, at, i);
        if (L->sc->options && L->next_option < L->sc->option_count)
            read_option(L, it, opt_at, &L->sc->options[L->next_option], d->about);
        L->next_option++;
    }
    d->options.count = L->next_option - d->options.start;
}

/* The id of the decision that declares option `id`, found through where the
 * option was declared, so decisions later in the file are found too. */
static const char *decision_of_option(const sv_Loader *L, const char *id)
{
    const sv_IdEntry *e = sv_load_lookup(L, id);
    unsigned index;
    if (!e || sscanf(e->where, "/decisions/%u/", &index) != 1) return NULL;
    for (size_t i = 0; i < L->id_count; i++)
        if (L->ids[i].kind == SV_ID_DECISION && L->ids[i].index == (int32_t)index)
            return L->ids[i].id;
    return NULL;
}

static void read_default(sv_Loader *L, const cJSON *dec, const char *ptr, sv_Decision *d)
{
    char at[SV_LOAD_PTR], list[200];
    const cJSON *def = sv_load_get(dec, "default");
    sv_load_ptr_key(at, ptr, "default");
    if (!def) return;
    int32_t opt = sv_load_ref(L, def, at, SV_ID_OPTION);
    if (opt < 0) return;
    if ((uint32_t)opt >= d->options.start && (uint32_t)opt < d->options.start + d->options.count) {
        d->default_option = opt;
        return;
    }
    const char *names[9];
    size_t n = 0;
    for (uint32_t i = 0; i < d->options.count && n < 8 && L->sc->options; i++)
        names[n++] = L->sc->options[d->options.start + i].id;
    if (d->options.count > n) names[n++] = "...";
    sv_load_join(list, sizeof list, names, n);
    const char *owner = decision_of_option(L, def->valuestring);
    sv_load_error(L, at,
                  "option '%s' belongs to %s%s%s, not to this one; the default is one of "
                  "this decision's options (%s)",
                  def->valuestring, owner ? "decision '" : "another decision", owner ? owner : "",
                  owner ? "'" : "", n ? list : "it has none");
}

static void read_decision(sv_Loader *L, const cJSON *it, const char *ptr, sv_Decision *d)
{
    static const char *const keys[] = {"id",       "at",       "about",      "prompt",
                                       "deadline", "default",  "on_timeout", "when",
                                       "options",  "composer", NULL};
    char at[SV_LOAD_PTR];
    d->id = sv_load_id_of(L, it);
    d->about = d->default_option = d->when = -1;
    d->at_ms = SV_NEVER;
    d->on_timeout.start = d->compose_effects.start = L->effect_count;
    sv_load_empty_text(&d->prompt);
    d->about = read_ref(L, it, ptr, "about", false, SV_ID_POST);
    read_options(L, it, ptr, d); /* first, so option indices stay in step with the ids */
    read_composer(L, it, ptr, d);
    if (!sv_load_object(L, it, ptr, "a decision")) return;
    sv_load_check_keys(L, it, ptr, keys);
    read_at(L, it, ptr, "a decision", &d->at_ms);
    read_required_text(L, it, ptr, "prompt", &d->prompt);
    const cJSON *deadline = sv_load_required(L, it, ptr, "deadline");
    sv_load_ptr_key(at, ptr, "deadline");
    if (deadline && sv_load_seconds(L, deadline, at, &d->deadline_ms) && d->deadline_ms == 0)
        sv_load_error(L, at, "the deadline must be more than 0 seconds");
    read_default(L, it, ptr, d);
    d->on_timeout = read_effects(L, it, ptr, "on_timeout");
    d->when = read_when(L, it, ptr);
    if (d->options.count == 0 && !sv_load_get(it, "composer"))
        sv_load_error(L, ptr, "a decision needs at least one option or a composer");
}

/* ---- events and the whole story ------------------------------------------- */

static void read_event(sv_Loader *L, const cJSON *it, const char *ptr, sv_EventDef *e)
{
    static const char *const keys[] = {"id", "at", "when", "effects", "note", NULL};
    char at[SV_LOAD_PTR];
    e->id = sv_load_id_of(L, it);
    e->when = -1;
    e->at_ms = SV_NEVER;
    e->effects.start = L->effect_count;
    sv_load_empty_text(&e->note);
    if (!sv_load_object(L, it, ptr, "an event")) return;
    sv_load_check_keys(L, it, ptr, keys);
    read_at(L, it, ptr, "an event", &e->at_ms);
    e->when = read_when(L, it, ptr);
    e->effects = read_effects(L, it, ptr, "effects");
    sv_load_ptr_key(at, ptr, "note");
    (void)sv_load_text(L, sv_load_get(it, "note"), at, &e->note);
}

static void count_choices(const cJSON *d, size_t *options, size_t *parts)
{
    *options += (size_t)cJSON_GetArraySize(decision_options(d));
    *parts += (size_t)cJSON_GetArraySize(decision_parts(d));
}

static void alloc_choices(sv_Loader *L, const cJSON *root, sv_Scenario *sc)
{
    const cJSON *decisions = sv_load_get(root, "decisions"), *node;
    size_t options = 0, parts = 0;
    char at[SV_LOAD_PTR];
    for (const cJSON *d = cJSON_IsArray(decisions) ? decisions->child : NULL; d; d = d->next)
        count_choices(d, &options, &parts);
    for (uint32_t n = 0; (node = sv_load_inject_node(root, "decision", n, at)); n++)
        count_choices(node, &options, &parts);
    sc->options = options ? sv_load_alloc(L, options * sizeof *sc->options) : NULL;
    sc->option_count = sc->options ? (uint32_t)options : 0;
    sc->parts = parts ? sv_load_alloc(L, parts * sizeof *sc->parts) : NULL;
    sc->part_count = sc->parts ? (uint32_t)parts : 0;
}

/* Room after the `count` elements of `array` (arena) for `extra` more: a new
 * arena array with the old ones copied, NULL when out of memory. */
static void *with_room(sv_Loader *L, void *array, uint32_t count, uint32_t extra, size_t size)
{
    void *all = sv_load_alloc(L, ((size_t)count + extra) * size);
    if (all && count) memcpy(all, array, (size_t)count * size);
    return all;
}

/* The nodes the injects add, read like the story's own after them, into
 * `*array` grown for them. Their "at" is the inject's to give. */
#define READ_INJECTED(L, root, key, what, array, count, added, reader)                             \
    do {                                                                                           \
        char at_[SV_LOAD_PTR];                                                                     \
        uint32_t n_ = sv_load_inject_node_count(root, key);                                        \
        (added) = 0;                                                                               \
        if (!n_ || !((array) = with_room(L, (array), (count), n_, sizeof *(array)))) break;        \
        for (uint32_t k_ = 0; k_ < n_; k_++) {                                                     \
            const cJSON *node_ = sv_load_inject_node(root, key, k_, at_);                          \
            reader(L, node_, at_, &(array)[(count) + k_]);                                         \
            sv_load_inject_no_at(L, node_, at_, what);                                             \
            (array)[(count) + k_].at_ms = SV_NEVER;                                                \
        }                                                                                          \
        (count) += n_;                                                                             \
        (added) = n_;                                                                              \
    } while (0)

void sv_load_story(sv_Loader *L, const cJSON *root, sv_Scenario *sc)
{
    SV_LOAD_LIST(L, root, "", "posts", true, SV_MAX_NODES, "posts", sc->posts, sc->post_count,
                 read_post);
    uint32_t facts = L->next_fact;
    READ_INJECTED(L, root, "post", "post", sc->posts, sc->post_count, sc->injected.posts,
                  read_post);
    sc->injected.facts = L->next_fact - facts;
    check_links(L, sc);
    alloc_choices(L, root, sc);
    L->next_option = L->next_part = 0;
    SV_LOAD_LIST(L, root, "", "decisions", true, SV_MAX_NODES, "decisions", sc->decisions,
                 sc->decision_count, read_decision);
    uint32_t options = L->next_option, parts = L->next_part;
    READ_INJECTED(L, root, "decision", "decision", sc->decisions, sc->decision_count,
                  sc->injected.decisions, read_decision);
    sc->injected.options = L->next_option - options;
    sc->injected.parts = L->next_part - parts;
    SV_LOAD_LIST(L, root, "", "events", false, SV_MAX_NODES, "events", sc->events, sc->event_count,
                 read_event);
    READ_INJECTED(L, root, "event", "event", sc->events, sc->event_count, sc->injected.events,
                  read_event);
}
