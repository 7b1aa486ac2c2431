/* The audience section of a scenario file: the crowd's size, its segments and
 * the comment pools its accounts write from. Every error is reported with its
 * JSON pointer and the bad element skipped, like the rest of the loader. The
 * crowd itself runs in audience*.c; scenarios/AUDIENCE.md is the reference. */
#include <stdio.h>
#include <string.h>

#include "load_common.h"

/* ---- segments ---------------------------------------------------------------- */

static void read_segment(sv_Loader *L, const cJSON *it, const char *ptr, sv_Segment *g)
{
    static const char *const keys[] = {"id", "kind", "count", "share", "stance", "mobility", NULL};
    char at[SV_LOAD_PTR];
    int kind = 0;
    g->id = sv_load_id_of(L, it);
    g->mobility = 500;
    if (!sv_load_object(L, it, ptr, "a segment")) return;
    sv_load_check_keys(L, it, ptr, keys);
    const cJSON *k = sv_load_required(L, it, ptr, "kind");
    sv_load_ptr_key(at, ptr, "kind");
    if (k && sv_load_vocab(L, k, at, "segment kind", SV_VOCAB_ROLE, &kind)) g->kind = (sv_Role)kind;
    const cJSON *count = sv_load_get(it, "count"), *share = sv_load_get(it, "share");
    if ((count != NULL) == (share != NULL))
        sv_load_error(L, ptr,
                      "a segment has either \"count\" (accounts) or \"share\" (percent of "
                      "the audience size)%s",
                      count ? ", not both" : "");
    int64_t whole;
    int32_t tenths;
    sv_load_ptr_key(at, ptr, "count");
    if (count && !share && sv_load_whole(L, count, at, 0, SV_MAX_AUDIENCE, &whole))
        g->count = (uint32_t)whole;
    /* a share is kept to a tenth of a percent and rounded half up to whole accounts */
    sv_load_ptr_key(at, ptr, "share");
    if (share && !count && sv_load_percent(L, share, at, 0, 100, &tenths))
        g->count = (uint32_t)(((uint64_t)(uint32_t)tenths * L->sc->audience_size + 500) / 1000);
    sv_load_ptr_key(at, ptr, "stance");
    const cJSON *stance = sv_load_get(it, "stance");
    if (stance) (void)sv_load_percent(L, stance, at, -100, 100, &g->stance);
    sv_load_ptr_key(at, ptr, "mobility");
    const cJSON *mob = sv_load_get(it, "mobility");
    if (mob) (void)sv_load_percent(L, mob, at, 0, 100, &g->mobility);
}

/* Every pool differs from the others in kind (or any kind), stance or moment,
 * so the limit is exactly the number of such triples: no more can be useful. */
_Static_assert(SV_MAX_COMMENT_POOLS == (SV_ROLE_COUNT + 1) * SV_STANCE_COUNT * SV_ABOUT_COUNT,
               "SV_MAX_COMMENT_POOLS must be the number of distinct (kind, stance, moment)");

/* ---- comment pools ------------------------------------------------------------- */

/* The texts of one pool, appended to the scenario's flat array. */
static void read_pool_texts(sv_Loader *L, const cJSON *list, const char *ptr, sv_Scenario *sc,
                            uint32_t cap, sv_CommentPool *pool)
{
    int n = cJSON_GetArraySize(list);
    if (n == 0) sv_load_error(L, ptr, "a comment pool needs at least one text");
    if (n > (int)SV_MAX_POOL_TEXTS)
        sv_load_error(L, ptr, "%d texts; a comment pool has at most %u", n, SV_MAX_POOL_TEXTS);
    pool->texts.start = sc->comment_text_count;
    size_t i = 0;
    for (const cJSON *t = list->child; t && i < SV_MAX_POOL_TEXTS; t = t->next, i++) {
        char at[SV_LOAD_PTR];
        sv_load_ptr_index(at, ptr, i);
        sv_Text text;
        if (!sv_load_text(L, t, at, &text)) continue; /* an empty text is an error there */
        if (sc->comment_texts && sc->comment_text_count < cap)
            sc->comment_texts[sc->comment_text_count++] = text;
    }
    pool->texts.count = sc->comment_text_count - pool->texts.start;
}

/* The earlier pool with the same kind, stance and moment, or -1. */
static int32_t same_pool(const sv_Scenario *sc, uint32_t upto, const sv_CommentPool *p)
{
    for (uint32_t i = 0; i < upto; i++) {
        const sv_CommentPool *q = &sc->comment_pools[i];
        if (q->kind == p->kind && q->stance == p->stance && q->about == p->about) return (int32_t)i;
    }
    return -1;
}

static void read_pool(sv_Loader *L, const cJSON *it, const char *ptr, sv_Scenario *sc, uint32_t cap,
                      sv_CommentPool *p)
{
    static const char *const keys[] = {"kind", "stance", "about", "texts", NULL};
    char at[SV_LOAD_PTR];
    int v = 0;
    bool ok = true;
    p->kind = -1;
    if (!sv_load_object(L, it, ptr, "a comment pool")) return;
    sv_load_check_keys(L, it, ptr, keys);
    const cJSON *kind = sv_load_get(it, "kind");
    sv_load_ptr_key(at, ptr, "kind");
    if (kind) {
        ok = sv_load_vocab(L, kind, at, "segment kind", SV_VOCAB_ROLE, &v) && ok;
        p->kind = (int8_t)v;
    }
    const cJSON *stance = sv_load_required(L, it, ptr, "stance");
    sv_load_ptr_key(at, ptr, "stance");
    v = 0;
    ok = stance && sv_load_vocab(L, stance, at, "stance", SV_VOCAB_STANCE, &v) && ok;
    p->stance = (uint8_t)v;
    const cJSON *about = sv_load_required(L, it, ptr, "about");
    sv_load_ptr_key(at, ptr, "about");
    v = 0;
    ok = about && sv_load_vocab(L, about, at, "moment", SV_VOCAB_ABOUT, &v) && ok;
    p->about = (uint8_t)v;
    char lp[SV_LOAD_PTR];
    snprintf(lp, sizeof lp, "%s", ptr);
    const cJSON *texts = sv_load_list(L, it, "texts", true, lp);
    if (texts) read_pool_texts(L, texts, lp, sc, cap, p);
    uint32_t self = (uint32_t)(p - sc->comment_pools);
    int32_t twin = ok ? same_pool(sc, self, p) : -1;
    if (twin >= 0)
        sv_load_error(L, ptr,
                      "a second pool for %s %s comments about the %s; merge it into "
                      "/audience/comments/%d",
                      p->kind < 0 ? "any kind's" : sv_role_name((sv_Role)p->kind),
                      sv_stance_name((sv_StanceBucket)p->stance),
                      sv_about_name((sv_CommentAbout)p->about), twin);
}

/* How many texts the pools hold, to size the flat array before filling it. */
static uint32_t count_texts(const cJSON *pools)
{
    uint32_t n = 0;
    for (const cJSON *it = pools ? pools->child : NULL; it; it = it->next) {
        const cJSON *texts = cJSON_IsObject(it) ? sv_load_get(it, "texts") : NULL;
        int k = cJSON_IsArray(texts) ? cJSON_GetArraySize(texts) : 0;
        n += (uint32_t)(k < (int)SV_MAX_POOL_TEXTS ? k : (int)SV_MAX_POOL_TEXTS);
    }
    return n;
}

/* The incivility section's texts, when it has a list of them. */
static const cJSON *uncivil_texts(const cJSON *aud)
{
    const cJSON *inc = sv_load_get(aud, "incivility");
    const cJSON *texts = cJSON_IsObject(inc) ? sv_load_get(inc, "texts") : NULL;
    return cJSON_IsArray(texts) ? texts : NULL;
}

/* The pools, and room for one more at the end for the incivility texts. */
static void read_comments(sv_Loader *L, const cJSON *aud, sv_Scenario *sc)
{
    char lp[SV_LOAD_PTR] = "/audience";
    const cJSON *list = sv_load_list(L, aud, "comments", false, lp);
    const cJSON *rude = uncivil_texts(aud);
    int n = list ? cJSON_GetArraySize(list) : 0;
    if (n > (int)SV_MAX_COMMENT_POOLS) {
        sv_load_error(L, lp,
                      "%d comment pools; at most %u can differ (one for each segment kind or "
                      "any kind, stance and moment: %d x %d x %d), so merge pools that share all "
                      "three",
                      n, SV_MAX_COMMENT_POOLS, SV_ROLE_COUNT + 1, SV_STANCE_COUNT, SV_ABOUT_COUNT);
        n = (int)SV_MAX_COMMENT_POOLS;
    }
    uint32_t texts = count_texts(list);
    int k = rude ? cJSON_GetArraySize(rude) : 0;
    texts += (uint32_t)(k < (int)SV_MAX_POOL_TEXTS ? k : (int)SV_MAX_POOL_TEXTS);
    if (n <= 0 && !rude) return;
    sc->comment_pools = sv_load_alloc(L, (size_t)(n + 1) * sizeof *sc->comment_pools);
    sc->comment_texts = texts ? sv_load_alloc(L, texts * sizeof *sc->comment_texts) : NULL;
    if (!sc->comment_pools) return;
    size_t i = 0;
    for (const cJSON *it = list ? list->child : NULL; it && i < (size_t)n; it = it->next, i++) {
        char at[SV_LOAD_PTR];
        sv_load_ptr_index(at, lp, i);
        sc->comment_pool_count = (uint32_t)i + 1;
        read_pool(L, it, at, sc, texts, &sc->comment_pools[i]);
    }
    if (!rude) return;
    /* the incivility texts: a pool of their own, never picked by kind, stance and moment */
    sv_CommentPool *p = &sc->comment_pools[sc->comment_pool_count];
    memset(p, 0, sizeof *p);
    p->kind = -1;
    p->stance = SV_STANCE_HOSTILE;
    p->about = SV_ABOUT_COMPLAINT;
    p->uncivil = true;
    char tp[SV_LOAD_PTR] = "/audience/incivility/texts";
    read_pool_texts(L, rude, tp, sc, texts, p);
    sc->uncivil_pool = (int32_t)sc->comment_pool_count++;
}

/* "incivility": the share of a complaint's comments that are rude to other
 * people in the thread (Bacile et al. 2018), their words, and the decision the
 * crowd opens when the feed shows the first one. */
static void read_incivility(sv_Loader *L, const cJSON *aud, sv_Scenario *sc)
{
    static const char *const keys[] = {"share", "texts", "decision", NULL};
    const char *ptr = "/audience/incivility";
    const cJSON *inc = sv_load_get(aud, "incivility");
    if (!inc || !sv_load_object(L, inc, ptr, "'incivility'")) return;
    sv_load_check_keys(L, inc, ptr, keys);
    const cJSON *share = sv_load_required(L, inc, ptr, "share");
    int32_t tenths = 0;
    if (share && sv_load_percent(L, share, "/audience/incivility/share", 0, 100, &tenths))
        sc->uncivil_permille = (uint32_t)tenths;
    const cJSON *texts = sv_load_required(L, inc, ptr, "texts");
    if (texts && !cJSON_IsArray(texts))
        sv_load_error(L, "/audience/incivility/texts",
                      "\"texts\" is a list of the uncivil comments' words");
    const cJSON *d = sv_load_get(inc, "decision");
    if (!d) return;
    int32_t dec = sv_load_ref(L, d, "/audience/incivility/decision", SV_ID_DECISION);
    sc->uncivil_opens = dec >= 0;
    sc->uncivil_decision = dec;
}

/* "hour": how many seconds of the scenario stand for an hour of the story. */
static void read_hour(sv_Loader *L, const cJSON *aud, sv_Scenario *sc)
{
    const cJSON *hour = sv_load_get(aud, "hour");
    uint32_t ms = 0;
    if (hour && sv_load_seconds(L, hour, "/audience/hour", &ms)) {
        if (ms == 0)
            sv_load_error(L, "/audience/hour",
                          "an hour of the story takes more than 0 seconds of the scenario");
        else
            sc->audience_hour_ms = ms;
    }
}

/* ---- the section ------------------------------------------------------------------ */

/* The segments must fit in the audience. Shares are rounded to whole accounts,
 * so shares that add up to 100 % can still overflow by an account or two: the
 * message then shows each rounding, or the author would see no reason. */
static void check_total(sv_Loader *L, const cJSON *list, const sv_Scenario *sc)
{
    uint64_t total = 0;
    for (uint32_t i = 0; i < sc->segment_count; i++) total += sc->segments[i].count;
    if (total <= sc->audience_size) return;
    char why[240] = "";
    size_t used = 0, shown = 0, i = 0;
    for (const cJSON *it = cJSON_IsArray(list) ? list->child : NULL; it && i < sc->segment_count;
         it = it->next, i++) {
        const cJSON *share = sv_load_get(it, "share");
        if (!cJSON_IsNumber(share) || sv_load_get(it, "count")) continue;
        char at[SV_LOAD_PTR], num[48];
        snprintf(at, sizeof at, "/audience/segments/%zu/share", i);
        int n = snprintf(why + used, sizeof why - used, "%s%s%% of %u is %u (segment %zu)",
                         shown++ ? ", " : "; shares are rounded to whole accounts: ",
                         sv_load_number(L, at, share, num, sizeof num), sc->audience_size,
                         sc->segments[i].count, i);
        if (n < 0 || (size_t)n >= sizeof why - used) {
            why[used] = '\0';
            break;
        }
        used += (size_t)n;
    }
    sv_load_error(L, "/audience/segments",
                  "the segments add up to %llu accounts, more than the audience size %u%s",
                  (unsigned long long)total, sc->audience_size, why);
}

void sv_load_audience(sv_Loader *L, const cJSON *root, sv_Scenario *sc)
{
    static const char *const keys[] = {"size", "segments", "comments", "hour", "incivility", NULL};
    const cJSON *aud = sv_load_get(root, "audience");
    if (!aud || !sv_load_object(L, aud, "/audience", "'audience'")) return;
    sv_load_check_keys(L, aud, "/audience", keys);
    sc->audience_size = SV_AUDIENCE_DEFAULT_SIZE;
    const cJSON *size = sv_load_get(aud, "size");
    int64_t whole = 0;
    if (size && sv_load_whole(L, size, "/audience/size", 0, SV_MAX_AUDIENCE, &whole))
        sc->audience_size = (uint32_t)whole;
    SV_LOAD_LIST(L, aud, "/audience", "segments", false, SV_MAX_SEGMENTS, "segments", sc->segments,
                 sc->segment_count, read_segment);
    check_total(L, sv_load_get(aud, "segments"), sc);
    read_hour(L, aud, sc);
    read_comments(L, aud, sc);
    read_incivility(L, aud, sc);
}
