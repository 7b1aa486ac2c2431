/* The live audience, on a small crisis written as JSON and loaded like a pack,
 * judged by a three-rule model: segment sizes as declared, the memory an
 * account costs, and, across 50 seeds each, that an unanswered complaint
 * travels further than a well answered one, that a good reply turns the
 * comments and a bad one sours them, that trolls never move, and that the same
 * seed and inputs give the same crowd however the clock is advanced, and that
 * a run with more replies than decisions (history, combined actions) is counted
 * within bounds. Timing lives in `svara-tool bench audience`, never here. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "audience_internal.h"
#include "score_support.h"
#include "session_internal.h"
#include "svara/arena.h"
#include "svara/audience.h"
#include "svara/score.h"
#include "svara/session.h"

#define SEEDS 50
#define ALL_LANGS ((1u << SV_LANG_EN) | (1u << SV_LANG_SV) | (1u << SV_LANG_NB))

static const char *const CRISIS =
    "{\"format\": 1, \"id\": \"crowd\", \"title\": \"Crowd\", \"summary\": \"s\", \"briefing\": "
    "\"b\","
    " \"brand\": {\"name\": \"Parcelpal\", \"handle\": \"@parcelpal\", \"colour\": \"#1a7f5a\"},"
    " \"duration\": 600, \"channels\": [{\"id\": \"feed\", \"type\": \"public-feed\", \"name\": "
    "\"Feed\"}],"
    " \"personas\": [{\"id\": \"maja\", \"name\": \"Maja\", \"handle\": \"@maja\", \"role\": "
    "\"complainer\","
    " \"followers\": 8000}],"
    " \"audience\": {\"size\": 20000, \"segments\": ["
    "  {\"id\": \"friends\", \"kind\": \"complainer\", \"share\": 15, \"stance\": -40, "
    "\"mobility\": 30},"
    "  {\"id\": \"onlookers\", \"kind\": \"onlooker\", \"share\": 62.5, \"stance\": 0, "
    "\"mobility\": 80},"
    "  {\"id\": \"fans\", \"kind\": \"fan\", \"count\": 300, \"stance\": 50, \"mobility\": 30},"
    "  {\"id\": \"trolls\", \"kind\": \"troll\", \"count\": 120, \"stance\": -90, \"mobility\": "
    "100},"
    "  {\"id\": \"reporters\", \"kind\": \"press\", \"count\": 33, \"stance\": -10, \"mobility\": "
    "40}],"
    "  \"comments\": ["
    "   {\"stance\": \"hostile\", \"about\": \"complaint\", \"texts\": [\"Outrageous.\", "
    "\"Typical.\"]},"
    "   {\"stance\": \"neutral\", \"about\": \"complaint\", \"texts\": [\"Any news?\"]},"
    "   {\"stance\": \"supportive\", \"about\": \"complaint\", \"texts\": [\"Give them time.\"]},"
    "   {\"kind\": \"troll\", \"stance\": \"hostile\", \"about\": \"complaint\", \"texts\": "
    "[\"Liars.\"]},"
    "   {\"stance\": \"hostile\", \"about\": \"reply\", \"texts\": [\"Worse.\", \"Useless.\"]},"
    "   {\"stance\": \"neutral\", \"about\": \"reply\", \"texts\": [\"We'll see.\"]},"
    "   {\"stance\": \"supportive\", \"about\": \"reply\", \"texts\": [\"Good answer.\", "
    "\"Fair.\"]}]},"
    " \"posts\": [{\"id\": \"complaint\", \"at\": 0, \"channel\": \"feed\", \"author\": \"maja\","
    "  \"valence\": \"negative\", \"text\": \"Where is my parcel?\"}],"
    " \"decisions\": [{\"id\": \"answer\", \"at\": 0, \"about\": \"complaint\", \"prompt\": "
    "\"Answer.\","
    "  \"deadline\": 590, \"options\": ["
    "   {\"id\": \"good\", \"text\": \"You are right, sorry: it goes out today.\", \"tags\": "
    "[\"empathy\"]},"
    "   {\"id\": \"bad\", \"text\": \"Have you tried waiting?\", \"tags\": [\"sarcasm\"]}]}],"
    " \"events\": [{\"id\": \"late\", \"at\": 599, \"effects\": []}],"
    " \"endings\": [{\"id\": \"over\", \"title\": \"Over\", \"text\": \"Over.\"}]}";

#define RULE(id, on, when, fx)                                                                     \
    "{\"id\": \"" id "\", \"principles\": [\"FAST\"], \"on\": \"" on "\", " when                   \
    "\"effects\": " fx ", \"explain\": {\"en\": \"x\", \"sv\": \"x\", \"nb\": \"x\"}}"

static const char *const MODEL = "{\"format\": 1, \"id\": \"crowd-test\", \"rules\": [" RULE(
    "good", "reply", "\"when\": {\"tag\": \"empathy\"}, ",
    "{\"reputation\": 3, \"sentiment\": 15, \"mood\": 5}") "," RULE("bad", "reply",
                                                                    "\"when\": {\"tag\": "
                                                                    "\"sarcasm\"}, ",
                                                                    "{\"reputation\": -3, "
                                                                    "\"sentiment\": -15, \"mood\": "
                                                                    "-5}") "," RULE("waiting",
                                                                                    "tick", "",
                                                                                    "{\"sentiment\""
                                                                                    ": -2, "
                                                                                    "\"reach\": "
                                                                                    "60}") "]}";

typedef enum { NO_REPLY = -1, GOOD = 0, BAD = 1 } Reply;

static sv_Arena *A;
static sv_Scenario SC;
static sv_ScoreModel *M;

static void load(const char *json, sv_Scenario *sc)
{
    sv_DiagList d;
    sv_diag_init(&d);
    sv_Status st = sv_scenario_parse("crowd.json", json, strlen(json), ALL_LANGS, A, sc, &d);
    t_print_diags(&d);
    assert_int_equal(st, SV_OK);
    sv_diag_free(&d);
}

static int setup(void **state)
{
    (void)state;
    A = sv_arena_create(1u << 16);
    load(CRISIS, &SC);
    M = t_score_model(MODEL);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    sv_score_free(M);
    sv_arena_free(A);
    return 0;
}

static void start(sv_Session *s, uint64_t seed)
{
    assert_int_equal(sv_session_init(s, &SC, seed), SV_OK);
    assert_int_equal(sv_session_set_model(s, M, SV_LANG_EN), SV_OK);
    assert_non_null(s->audience);
}

static void answer(sv_Session *s, Reply r)
{
    sv_Input in = {.kind = SV_INPUT_CHOOSE, .decision = 0, .option = (int32_t)r};
    assert_int_equal(sv_session_apply(s, &in), SV_INPUT_OK);
}

static uint32_t said_total(const sv_Audience *a, int stance)
{
    uint32_t n = 0;
    for (int k = 0; k < SV_ABOUT_COUNT; k++) n += a->said[k][stance];
    return n;
}

/* ---- the crowd as declared -------------------------------------------------------------- */

static void test_segment_sizes(void **state)
{
    (void)state;
    /* shares are kept to a tenth of a percent and rounded half up to whole accounts */
#define SIZES_JSON                                                                                 \
    "{\"format\": 1, \"id\": \"r\", \"title\": \"t\", \"summary\": \"s\", \"briefing\": \"b\","    \
    " \"brand\": {\"name\": \"B\", \"handle\": \"@b\", \"colour\": \"#000000\"}, \"duration\": "   \
    "60,"                                                                                          \
    " \"channels\": [{\"id\": \"feed\", \"type\": \"public-feed\", \"name\": \"Feed\"}],"          \
    " \"personas\": [{\"id\": \"p\", \"name\": \"P\", \"handle\": \"@p\", \"role\": "              \
    "\"complainer\"}],"                                                                            \
    " \"audience\": {\"size\": %u, \"segments\": [{\"id\": \"a\", \"kind\": \"onlooker\", "        \
    "\"share\": %s},"                                                                              \
    "  {\"id\": \"b\", \"kind\": \"fan\", \"share\": %s}, {\"id\": \"c\", \"kind\": \"troll\", "   \
    "\"count\": 1}]},"                                                                             \
    " \"posts\": [{\"id\": \"x\", \"at\": 0, \"channel\": \"feed\", \"author\": \"p\","            \
    " \"valence\": \"negative\", \"text\": \"x\"}], \"decisions\": [{\"id\": \"d\", \"at\": 0, "   \
    "\"prompt\": \"p\","                                                                           \
    " \"deadline\": 10, \"options\": [{\"id\": \"o\", \"text\": \"o\"}]}],"                        \
    " \"endings\": [{\"id\": \"e\", \"title\": \"t\", \"text\": \"t\"}]}"
    static const struct {
        unsigned size;
        const char *a, *b;
        uint32_t want_a, want_b;
    } cases[] = {
        {1001, "33.3", "12.5", 333, 125}, {10, "25", "15", 3, 2}, {3000, "0.1", "99.8", 3, 2994}};
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        char json[2048];
        snprintf(json, sizeof json, SIZES_JSON, cases[c].size, cases[c].a, cases[c].b);
        sv_Scenario sc;
        load(json, &sc);
        assert_int_equal(sc.segments[0].count, cases[c].want_a);
        assert_int_equal(sc.segments[1].count, cases[c].want_b);
        sv_Session s;
        assert_int_equal(sv_session_init(&s, &sc, 3), SV_OK);
        const sv_Audience *a = s.audience;
        uint32_t rest = cases[c].size - cases[c].want_a - cases[c].want_b - 1;
        assert_int_equal(a->segment_count, rest ? 4 : 3);
        uint32_t per_seg[5] = {0};
        for (uint32_t i = 0; i < a->size; i++) per_seg[sv_audience_account(a, i).seg]++;
        assert_int_equal(per_seg[0], cases[c].want_a);
        assert_int_equal(per_seg[1], cases[c].want_b);
        assert_int_equal(per_seg[2], 1);
        assert_int_equal(per_seg[3], rest);
        if (rest) assert_int_equal(a->seg_kind[3], SV_ROLE_ONLOOKER);
        sv_session_free(&s);
    }
    /* the crisis: every declared segment, then the rest as onlookers */
    sv_Session s;
    start(&s, 1);
    const uint32_t want[] = {3000, 12500, 300, 120, 33, 4047};
    assert_int_equal(s.audience->segment_count, 6);
    for (uint32_t g = 0; g < 6; g++) {
        sv_SegmentStats st;
        assert_true(sv_audience_segment_stats(s.audience, g, &st));
        assert_int_equal(st.accounts, want[g]);
        assert_int_equal(st.exposed, 0);
    }
    sv_session_free(&s);
}

static void test_memory_per_account(void **state)
{
    (void)state;
    assert_int_equal(sizeof(sv_Account), 8);
    assert_true(SV_AUDIENCE_BYTES_PER_ACCOUNT <= 16);
    /* the aggregates are fixed: at a hundred thousand accounts they are a rounding error */
    sv_Scenario big = SC;
    big.audience_size = 100000;
    sv_Session s;
    assert_int_equal(sv_session_init(&s, &big, 1), SV_OK);
    size_t bytes = sv_audience_bytes(s.audience);
    print_message("%zu bytes for %u accounts: %.2f each\n", bytes, s.audience->size,
                  (double)bytes / s.audience->size);
    /* everything the crowd holds, within the benchmark's 16 bytes an account */
    assert_true(bytes <= 16u * s.audience->size);
    sv_session_free(&s);
}

/* A few accounts reach far: influence is heavy-tailed. */
static void test_influence_heavy_tail(void **state)
{
    (void)state;
    sv_Session s;
    start(&s, 5);
    const sv_Audience *a = s.audience;
    uint32_t hist[64] = {0};
    for (uint32_t i = a->seg_start[1]; i < a->seg_start[1] + a->seg_count[1]; i++)
        hist[sv_audience_account(a, i).infl]++;
    /* onlookers start at bucket 5; each bucket above holds about half the one below */
    assert_true(hist[5] > 5800 && hist[5] < 6700);
    assert_true(hist[6] > 2800 && hist[6] < 3450);
    uint32_t far = 0;
    for (int k = 12; k < 64; k++) far += hist[k];
    assert_true(far >= 60 && far <= 140); /* about 12500 / 128 */
    sv_session_free(&s);
}

/* ---- spread -------------------------------------------------------------------------------- */

/* Reach gained between 30 s and 300 s: unanswered, or answered well at 30 s. */
static uint32_t reach_gain(uint64_t seed, Reply r)
{
    sv_Session s;
    start(&s, seed);
    sv_session_advance(&s, 30000);
    uint32_t before = s.audience->exposed;
    assert_int_equal((uint32_t)s.meters[SV_METER_REACH], before);
    if (r != NO_REPLY) answer(&s, r);
    sv_session_advance(&s, 300000);
    uint32_t gain = s.audience->exposed - before;
    sv_session_free(&s);
    return gain;
}

static void test_reach_faster_unanswered(void **state)
{
    (void)state;
    uint64_t sum_none = 0, sum_good = 0;
    int wins = 0;
    for (uint64_t seed = 1; seed <= SEEDS; seed++) {
        uint32_t none = reach_gain(seed, NO_REPLY), good = reach_gain(seed, GOOD);
        sum_none += none;
        sum_good += good;
        wins += none > good;
    }
    print_message("reach gained 30-300 s, mean of %d seeds: %llu unanswered, %llu answered well; "
                  "unanswered further in %d\n",
                  SEEDS, (unsigned long long)(sum_none / SEEDS),
                  (unsigned long long)(sum_good / SEEDS), wins);
    assert_true(wins >= SEEDS * 9 / 10);
    assert_true(sum_none > 2 * sum_good);
}

/* ---- comments -------------------------------------------------------------------------------- */

typedef struct Share {
    uint64_t before_sup, before_all, after_sup, after_all;
} Share;

/* Comments written in the minute before the reply at 60 s and the two after it. */
static void comment_share(uint64_t seed, Reply r, Share *out)
{
    sv_Session s;
    start(&s, seed);
    sv_session_advance(&s, 60000);
    const sv_Audience *a = s.audience;
    uint32_t sup0 = said_total(a, SV_STANCE_SUPPORTIVE);
    uint32_t all0 = sup0 + said_total(a, SV_STANCE_HOSTILE) + said_total(a, SV_STANCE_NEUTRAL);
    if (r != NO_REPLY) answer(&s, r);
    sv_session_advance(&s, 180000);
    uint32_t sup1 = said_total(a, SV_STANCE_SUPPORTIVE);
    uint32_t all1 = sup1 + said_total(a, SV_STANCE_HOSTILE) + said_total(a, SV_STANCE_NEUTRAL);
    out->before_sup += sup0;
    out->before_all += all0;
    out->after_sup += sup1 - sup0;
    out->after_all += all1 - all0;
    sv_session_free(&s);
}

static double pct(uint64_t part, uint64_t all)
{
    return all ? 100.0 * (double)part / (double)all : 0;
}

static void test_supportive_comments_follow_the_reply(void **state)
{
    (void)state;
    Share none = {0}, good = {0}, bad = {0};
    int good_up = 0, bad_down = 0;
    for (uint64_t seed = 1; seed <= SEEDS; seed++) {
        Share g = {0}, b = {0};
        comment_share(seed, NO_REPLY, &none);
        comment_share(seed, GOOD, &g);
        comment_share(seed, BAD, &b);
        good_up += pct(g.after_sup, g.after_all) > pct(g.before_sup, g.before_all);
        bad_down += pct(b.after_sup, b.after_all) < pct(b.before_sup, b.before_all);
        good.before_sup += g.before_sup, good.before_all += g.before_all;
        good.after_sup += g.after_sup, good.after_all += g.after_all;
        bad.before_sup += b.before_sup, bad.before_all += b.before_all;
        bad.after_sup += b.after_sup, bad.after_all += b.after_all;
    }
    print_message("supportive comments, %d seeds: before the reply %.1f%% (of %llu); after it: "
                  "good %.1f%%, none %.1f%%, bad %.1f%%; per seed good up %d, bad down %d\n",
                  SEEDS, pct(good.before_sup, good.before_all), (unsigned long long)good.before_all,
                  pct(good.after_sup, good.after_all), pct(none.after_sup, none.after_all),
                  pct(bad.after_sup, bad.after_all), good_up, bad_down);
    assert_true(pct(good.after_sup, good.after_all) > pct(good.before_sup, good.before_all) + 10);
    assert_true(pct(bad.after_sup, bad.after_all) < pct(bad.before_sup, bad.before_all) - 5);
    assert_true(pct(good.after_sup, good.after_all) > pct(none.after_sup, none.after_all));
    assert_true(pct(none.after_sup, none.after_all) > pct(bad.after_sup, bad.after_all));
    assert_true(good_up >= SEEDS * 9 / 10);
    assert_true(bad_down >= SEEDS * 8 / 10);
}

/* Every comment shown is in the log, worded from a pool that fits its writer. */
static void test_comments_logged(void **state)
{
    (void)state;
    sv_Session s;
    start(&s, 11);
    sv_session_advance(&s, 90000);
    answer(&s, GOOD);
    sv_session_run_out(&s);
    const sv_Audience *a = s.audience;
    assert_true(a->comment_count > 10);
    uint32_t logged = 0, last_t = 0;
    for (size_t i = 0; i < s.log_count; i++) {
        const sv_LogEntry *e = &s.log[i];
        if (e->kind != SV_LOG_COMMENT) continue;
        assert_int_equal(e->a, (int32_t)logged);
        const sv_Comment *c = &a->comments[e->a];
        /* shown when written, or one of a step's others at its thirds (the
         * crowd steps every 4 s; the feed shows one a second at most) */
        assert_true(e->t_ms == c->t_ms || e->t_ms == sv_audience_shown_ms(c->t_ms, 1) ||
                    e->t_ms == sv_audience_shown_ms(c->t_ms, 2));
        assert_int_equal((uint32_t)e->b, c->account);
        assert_true(c->t_ms >= last_t);
        last_t = c->t_ms;
        const sv_CommentPool *p = &SC.comment_pools[c->pool];
        assert_int_equal(p->stance, c->stance);
        assert_int_equal(c->stance, sv_audience_bucket(c->stance_value));
        assert_true(p->kind < 0 || p->kind == c->kind);
        assert_int_equal(c->kind, a->seg_kind[a->accounts[c->account].seg]);
        /* about the reply exactly when the brand had answered (the crowd's step
         * at 90 s runs before the answer given at 90 s) */
        assert_int_equal(p->about, c->t_ms > 90000 ? SV_ABOUT_REPLY : SV_ABOUT_COMPLAINT);
        assert_int_equal(c->reply, c->t_ms > 90000 ? 0 : -1);
        assert_int_equal(c->post, 0);
        /* nobody types that fast: never sooner than 8 s after what it answers,
         * but for first looks at the step whose span holds the eighth second
         * (from half a step before it) */
        uint32_t said = c->reply >= 0 ? s.replies[c->reply].t_ms : s.post_ms[c->post];
        assert_true(c->t_ms - said > 8000u - SV_AUDIENCE_STEP_MS / 2u);
        assert_true(sv_comment_text(&s, c, SV_LANG_SV)[0] != '\0');
        assert_true(a->accounts[c->account].flags & SV_ACCOUNT_COMMENTED);
        logged++;
    }
    assert_int_equal(logged, a->comment_count);
    /* counted on the post and the reply, shown or not */
    sv_Reactions post = sv_audience_post_reactions(&s, 0),
                 reply = sv_audience_reply_reactions(&s, 0);
    assert_int_equal(post.comments + reply.comments,
                     said_total(a, 0) + said_total(a, 1) + said_total(a, 2));
    assert_true(post.comments >= 1 && reply.comments >= 1 && post.likes > 0 && post.shares > 0);
    assert_true(reply.likes > 0);
    sv_session_free(&s);
}

/* Two accounts a few comments apart never post the very same words: a pool
 * holds back the newest half of what it gave (at most four entries). The
 * crisis with a hostile pool of six entries, over ten seeds. */
static void test_comments_vary(void **state)
{
    (void)state;
    static char json[8192];
    const char *from = "[\"Outrageous.\", \"Typical.\"]";
    const char *to = "[\"Outrageous.\", \"Typical.\", \"Shameful.\", \"Again?\", \"Unreal.\", "
                     "\"Sigh.\"]";
    const char *at = strstr(CRISIS, from);
    assert_non_null(at);
    int len =
        snprintf(json, sizeof json, "%.*s%s%s", (int)(at - CRISIS), CRISIS, to, at + strlen(from));
    assert_true(len > 0 && (size_t)len < sizeof json);
    sv_Scenario sc;
    load(json, &sc);
    uint32_t checked = 0, used[6] = {0};
    for (uint64_t seed = 1; seed <= 10; seed++) {
        sv_Session s;
        assert_int_equal(sv_session_init(&s, &sc, seed), SV_OK);
        assert_int_equal(sv_session_set_model(&s, M, SV_LANG_EN), SV_OK);
        sv_session_advance(&s, 90000);
        answer(&s, GOOD);
        sv_session_run_out(&s);
        const sv_Audience *a = s.audience;
        for (uint32_t pool = 0; pool < sc.comment_pool_count; pool++) {
            uint32_t n = sc.comment_pools[pool].texts.count, keep = n / 2 < 4 ? n / 2 : 4;
            uint32_t last[4], seen = 0;
            for (uint32_t i = 0; i < a->comment_count; i++) {
                const sv_Comment *c = &a->comments[i];
                if (c->pool != pool) continue;
                for (uint32_t j = 0; j < seen && j < keep; j++)
                    assert_int_not_equal(c->entry, last[j]);
                memmove(last + 1, last, 3 * sizeof *last);
                last[0] = c->entry;
                seen++;
                checked++;
                if (n == 6) used[c->entry]++;
            }
        }
        sv_session_free(&s);
    }
    print_message("%u comments checked; the six hostile entries used %u %u %u %u %u %u times\n",
                  checked, used[0], used[1], used[2], used[3], used[4], used[5]);
    assert_true(checked > 100);
    for (int e = 0; e < 6; e++) assert_true(used[e] > 0);
}

/* ---- stance ---------------------------------------------------------------------------------- */

static void test_trolls_unmoved(void **state)
{
    (void)state;
    for (uint64_t seed = 1; seed <= SEEDS; seed++) {
        for (int r = GOOD; r <= BAD; r++) {
            sv_Session s;
            start(&s, seed);
            const sv_Audience *a = s.audience;
            uint32_t first = a->seg_start[3], n = a->seg_count[3];
            assert_int_equal(a->seg_kind[3], SV_ROLE_TROLL);
            int32_t before[120];
            assert_int_equal(n, 120);
            for (uint32_t i = 0; i < n; i++) before[i] = sv_audience_stance(a, first + i);
            sv_session_advance(&s, 45000);
            answer(&s, (Reply)r);
            for (uint32_t t = 60000; t <= 300000; t += 60000) {
                sv_session_advance(&s, t);
                for (uint32_t i = 0; i < n; i++) {
                    assert_int_equal(sv_audience_account(a, first + i).mob, 0);
                    assert_int_equal(sv_audience_stance(a, first + i), before[i]);
                }
            }
            /* while everyone else moved: the onlookers took the reply's side */
            assert_true(r == GOOD ? a->shift > 0 : a->shift < 0);
            sv_session_free(&s);
        }
    }
}

/* Onlookers move most, the complainer's friends less, trolls never. */
static void test_segments_move_by_kind(void **state)
{
    (void)state;
    sv_Session s;
    start(&s, 2);
    const sv_Audience *a = s.audience;
    uint64_t mob[6] = {0};
    for (uint32_t i = 0; i < a->size; i++) {
        sv_Account acc = sv_audience_account(a, i);
        mob[acc.seg] += acc.mob;
    }
    double onlooker = (double)mob[1] / a->seg_count[1], friend = (double)mob[0] / a->seg_count[0];
    double press = (double)mob[4] / a->seg_count[4];
    assert_true(onlooker > 2 * friend);
    assert_true(press > friend && press < onlooker);
    assert_int_equal(mob[3], 0);
    sv_session_free(&s);
}

/* ---- meters ---------------------------------------------------------------------------------- */

static void test_meters_from_the_crowd(void **state)
{
    (void)state;
    sv_Session s;
    start(&s, 9);
    assert_int_equal(s.meters[SV_METER_SENTIMENT], 500); /* nobody has seen it yet */
    sv_session_advance(&s, 120000);
    const sv_Audience *a = s.audience;
    assert_int_equal(s.meters[SV_METER_REACH], (int32_t)a->exposed);
    /* the complainer's friends came first: the crowd is against the brand */
    int32_t sup = sv_audience_supportive(a);
    assert_true(sup >= 0 && sup < 400);
    int64_t prior = a->size / SV_AUDIENCE_PRIOR_DIVISOR,
            want = ((int64_t)sv_audience_positive(a) * 1000 + 500 * prior) /
                   ((int64_t)a->exposed + prior);
    /* the meter reads the expectation (in 2^-20 accounts), the same within a tenth */
    assert_true(s.meters[SV_METER_SENTIMENT] >= want - 1 &&
                s.meters[SV_METER_SENTIMENT] <= want + 1);
    int32_t sent = s.meters[SV_METER_SENTIMENT];
    answer(&s, GOOD);
    /* the verdict goes to the crowd, not to the meter: it arrives over seconds */
    assert_int_equal(s.meters[SV_METER_SENTIMENT], sent);
    sv_session_advance(&s, 150000);
    assert_true(s.meters[SV_METER_SENTIMENT] > sent + 50);
    assert_true(a->reply_quality[0] == 150);
    sv_session_free(&s);
}

/* How many of the 2^24 pairs of 12-bit uniforms give each sum t of the two
 * noise terms of sv_audience_make, counted by brute force (its convolution). */
static void noise_pairs(uint32_t conv[2 * SV_AUDIENCE_SPREAD + 1])
{
    uint32_t term[SV_AUDIENCE_SPREAD + 1] = {0};
    for (uint32_t u = 0; u < 4096; u++) term[(u * (SV_AUDIENCE_SPREAD + 1)) >> 12]++;
    memset(conv, 0, (2 * SV_AUDIENCE_SPREAD + 1) * sizeof *conv);
    for (int i = 0; i <= SV_AUDIENCE_SPREAD; i++)
        for (int j = 0; j <= SV_AUDIENCE_SPREAD; j++) conv[i + j] += term[i] * term[j];
}

/* What the expectation is made of, exactly: the noise's tail against the
 * convolution of its two terms, and each segment's mobility levels against
 * the 512 jitters one by one. */
static void test_expectation_tables(void **state)
{
    (void)state;
    uint32_t conv[2 * SV_AUDIENCE_SPREAD + 1];
    noise_pairs(conv);
    uint32_t tail = 0;
    assert_int_equal(sv_audience_noise_tail(2 * SV_AUDIENCE_SPREAD + 1), 0);
    for (int t = 2 * SV_AUDIENCE_SPREAD; t >= 0; t--) {
        tail += conv[t];
        assert_int_equal(sv_audience_noise_tail(t), tail);
    }
    assert_int_equal(tail, 1u << 24);
    sv_Session s;
    start(&s, 3);
    const sv_Audience *a = s.audience;
    for (uint32_t g = 0; g < a->segment_count; g++) {
        uint32_t n[SV_AUDIENCE_MOB_MAX + 1] = {0};
        for (uint64_t j = 0; j < 512; j++) {
            uint64_t m = (a->seg_mobk[g] * (768u + j) + (1ull << 31)) >> 32;
            n[m > SV_AUDIENCE_MOB_MAX ? SV_AUDIENCE_MOB_MAX : m]++;
        }
        for (uint32_t m = 0; m <= SV_AUDIENCE_MOB_MAX; m++) {
            assert_int_equal(a->seg_mob_n[g][m], n[m]);
            if (n[m]) assert_true(m >= a->seg_mob_lo[g] && m <= a->seg_mob_hi[g]);
        }
        /* the activity a look takes: the mean over the 256 activity bytes,
         * rounded, and E[act^2] / E[act]^2 in 4096ths (sv_audience_look) */
        uint64_t sum = 0, sq = 0, most = 0;
        for (uint32_t r = 0; r < 256; r++) {
            uint64_t act = sv_audience_act(a, g, r);
            sum += act;
            sq += act * act;
            most = act > most ? act : most;
        }
        /* and the bound a first look is checked against before its
         * account's bits are worked out: the highest activity there is */
        assert_int_equal(a->seg_act_hi[g], most);
        assert_int_equal(a->seg_act_mean[g], (sum + 128u) / 256u);
        assert_int_equal(a->seg_act_bias[g], (sq * 256u * 4096u + sum * sum / 2u) / (sum * sum));
    }
    sv_session_free(&s);
    /* the strata: the k-th bound is the first noise sum at or below which
     * k / 16 of the noise lies, so each stratum holds a sixteenth of it */
    for (uint32_t k = 1; k < SV_AUDIENCE_STRATA; k++) {
        int32_t t = 0;
        while (((1u << 24) - sv_audience_noise_tail(t + 1)) < (k << 24) / SV_AUDIENCE_STRATA) t++;
        assert_int_equal(sv_audience_strat_bound[k - 1], t);
        assert_int_equal(sv_audience_stratum(t), k - 1);
        assert_int_equal(sv_audience_stratum(t + 1), k);
    }
    assert_int_equal(sv_audience_stratum(0), 0);
    assert_int_equal(sv_audience_stratum(2 * SV_AUDIENCE_SPREAD), SV_AUDIENCE_STRATA - 1);
}

/* A segment's chance of an account above 0, as sentiment reads it, is the
 * exact chance over everything an account is made from (the noise's sum, by
 * its exact counts, and the 512 jitters), with the crowd's shift and pull as
 * they are; and over many seeds the expected count of exposed accounts above
 * 0 is what counting them one by one gives. */
static void test_sentiment_is_the_expectation(void **state)
{
    (void)state;
    uint32_t conv[2 * SV_AUDIENCE_SPREAD + 1];
    noise_pairs(conv);
    double counted = 0, expected = 0;
    for (uint64_t seed = 1; seed <= 100; seed++) {
        sv_Session s;
        start(&s, seed);
        sv_session_advance(&s, 45000);
        answer(&s, seed % 2 ? GOOD : BAD);
        sv_session_advance(&s, 45000 + 2000 * (uint32_t)(seed % 40));
        sv_Audience *a = s.audience;
        counted += sv_audience_positive_scan(a);
        expected += (double)sv_audience_positive_fine(a) / 8589934592.0;
        if (seed % 10) {
            sv_session_free(&s);
            continue;
        }
        /* every segment's chance, exactly */
        sv_audience_sync_positive(a);
        for (uint32_t g = 0; g < a->segment_count; g++) {
            uint64_t p = 0;
            for (int32_t t = 0; t <= 2 * SV_AUDIENCE_SPREAD; t++) {
                int32_t b = (a->seg_stance[g] + t - SV_AUDIENCE_SPREAD + 2048) / 32 - 64;
                b = b < -32 ? -32 : b > 31 ? 31 : b;
                for (uint64_t j = 0; j < 512; j++) {
                    uint64_t m = (a->seg_mobk[g] * (768u + j) + (1ull << 31)) >> 32;
                    m = m > SV_AUDIENCE_MOB_MAX ? SV_AUDIENCE_MOB_MAX : m;
                    int32_t st = 32 * b + 16 + sv_audience_offset(a, g, (int32_t)m);
                    if (st > 0) p += conv[t];
                }
            }
            assert_int_equal(a->seg_pos[g], p);
        }
        sv_session_free(&s);
    }
    print_message("exposed accounts above 0, 100 seeds: counted %.0f, expected %.1f\n", counted,
                  expected);
    assert_true(counted > 10000);
    assert_true(expected > counted * 0.98 && expected < counted * 1.02);
}

/* An exposed account is made only when something reads it (the crowd's
 * looks never do: they draw a stance as an account is made), and reads the
 * same whenever that is: as the account sv_audience_new_account makes. */
static void test_accounts_made_when_read(void **state)
{
    (void)state;
    sv_Session s;
    start(&s, 5);
    sv_session_advance(&s, 90000);
    const sv_Audience *a = s.audience;
    uint32_t made = 0, unmade = 0;
    for (uint32_t k = 0; k < a->exposed; k++) {
        uint32_t i = a->order[k];
        const sv_Account *rec = &a->accounts[i];
        if (rec->flags & SV_ACCOUNT_MADE)
            made++;
        else
            unmade++;
        sv_Account acc = sv_audience_account(a, i), want = sv_audience_new_account(a, i, rec->seg);
        assert_int_equal(acc.base, want.base);
        assert_int_equal(acc.mob, want.mob);
        assert_int_equal(acc.act, want.act);
        assert_int_equal(acc.infl, want.infl);
        assert_int_equal(acc.seg, rec->seg);
        assert_int_equal(acc.topic, rec->topic);
        assert_true(acc.flags & SV_ACCOUNT_EXPOSED);
        if (rec->flags & SV_ACCOUNT_MADE) {
            assert_int_equal(rec->base, want.base);
            assert_int_equal(rec->mob, want.mob);
            assert_int_equal(rec->act, want.act);
        }
    }
    print_message("exposed accounts at 90 s: %u made, %u not (yet)\n", made, unmade);
    assert_true(made == 0 && unmade > 100);
    sv_session_free(&s);
}

/* The masks a step releases exposures by name exactly the slots holding a
 * whole exposure or more: a slot they missed would never release its crowd. */
static void check_masks(const sv_Audience *a)
{
    for (uint32_t t = 0; t < SV_MAX_TOPICS; t++) {
        bool any = false;
        for (uint32_t k = 0; k < SV_AUDIENCE_SLOTS; k++) {
            /* a thread not yet open has nothing pending (its slots are
             * written when it opens) */
            bool due = t < a->topic_count && a->pending[(size_t)t * SV_AUDIENCE_SLOTS + k] >= 16;
            any = any || due;
            assert_int_equal((a->pend_slots[t] >> k) & 1u, due ? 1u : 0u);
        }
        assert_int_equal((a->pend_topics >> t) & 1u, any ? 1u : 0u);
    }
}

static void test_pending_masks(void **state)
{
    (void)state;
    sv_Session s;
    start(&s, 11);
    const sv_Audience *a = s.audience;
    bool released = false;
    for (uint32_t t = 100; t <= 120000; t += 100) {
        sv_session_advance(&s, t);
        check_masks(a);
        released = released || a->pend_topics != 0;
    }
    assert_true(released); /* the posts and shares did give the steps something to release */
    answer(&s, GOOD);      /* a good public answer brings watchers back and more in */
    for (uint32_t t = 120100; t <= 180000; t += 100) {
        sv_session_advance(&s, t);
        check_masks(a);
    }
    assert_true(a->exposed > 0);
    sv_session_free(&s);
}

/* A scenario without an audience has no crowd: its meters move as they always did. */
static void test_no_audience(void **state)
{
    (void)state;
    const char *cut = strstr(CRISIS, " \"audience\"");
    const char *end = strstr(CRISIS, " \"posts\"");
    char json[8192];
    snprintf(json, sizeof json, "%.*s%s", (int)(cut - CRISIS), CRISIS, end);
    sv_Scenario sc;
    load(json, &sc);
    assert_int_equal(sc.audience_size, 0);
    sv_Session s;
    assert_int_equal(sv_session_init(&s, &sc, 1), SV_OK);
    assert_int_equal(sv_session_set_model(&s, M, SV_LANG_EN), SV_OK);
    assert_null(s.audience);
    sv_session_advance(&s, 60000);
    assert_true(s.meters[SV_METER_REACH] > 0); /* the tick rule's 60 people a minute */
    assert_true(s.meters[SV_METER_SENTIMENT] < 500);
    sv_session_free(&s);
}

/* ---- determinism ----------------------------------------------------------------------------- */

static uint64_t play(uint64_t seed, uint32_t step_ms, sv_Session *s)
{
    start(s, seed);
    for (uint32_t t = step_ms; t < 70000; t += step_ms) sv_session_advance(s, t);
    sv_session_advance(s, 70000);
    answer(s, GOOD);
    for (uint32_t t = 70000 + step_ms; t < 400000; t += step_ms) sv_session_advance(s, t);
    sv_session_advance(s, 400000);
    return sv_session_hash(s);
}

static void test_determinism(void **state)
{
    (void)state;
    for (uint64_t seed = 1; seed <= 10; seed++) {
        sv_Session a, b, c;
        uint64_t ha = play(seed, 400000, &a), hb = play(seed, 17, &b), hc = play(seed, 1234, &c);
        assert_int_equal(ha, hb);
        assert_int_equal(ha, hc);
        assert_int_equal(a.audience->exposed, b.audience->exposed);
        assert_int_equal(a.audience->comment_count, b.audience->comment_count);
        assert_memory_equal(a.audience->comments, b.audience->comments,
                            a.audience->comment_count * sizeof(sv_Comment));
        /* every account the crowd has made: each segment's first seg_exposed
         * (the others are not written until a draw reaches them) */
        for (uint32_t g = 0; g < a.audience->segment_count; g++) {
            assert_int_equal(a.audience->seg_exposed[g], c.audience->seg_exposed[g]);
            uint32_t at = a.audience->seg_start[g];
            assert_memory_equal(&a.audience->accounts[at], &c.audience->accounts[at],
                                a.audience->seg_exposed[g] * sizeof(sv_Account));
        }
        sv_Session d;
        assert_int_not_equal(play(seed + 1000, 400000, &d), ha);
        sv_session_free(&a);
        sv_session_free(&b);
        sv_session_free(&c);
        sv_session_free(&d);
    }
}

/* Any change to the crowd shows in the hash: one account more exposed. */
static void test_hash_sees_the_crowd(void **state)
{
    (void)state;
    sv_Session s;
    start(&s, 4);
    sv_session_advance(&s, 30000);
    uint64_t h = sv_session_hash(&s);
    s.audience->shift += 1;
    assert_int_not_equal(sv_session_hash(&s), h);
    s.audience->shift -= 1;
    assert_int_equal(sv_session_hash(&s), h);
    s.audience->trail ^= 1;
    assert_int_not_equal(sv_session_hash(&s), h);
    sv_session_free(&s);
}

/* Replies are counted per reply, and a run can have more replies than decisions:
 * the brand's replies from before the start, and an option's combined actions
 * (a reply and a report here make three replies for one decision). */
static const char *const COMBINED =
    "{\"format\": 1, \"id\": \"combined\", \"title\": \"C\", \"summary\": \"s\", \"briefing\": "
    "\"b\","
    " \"brand\": {\"name\": \"Parcelpal\", \"handle\": \"@parcelpal\", \"colour\": \"#1a7f5a\"},"
    " \"duration\": 600, \"channels\": [{\"id\": \"feed\", \"type\": \"public-feed\", \"name\": "
    "\"Feed\"}],"
    " \"personas\": [{\"id\": \"maja\", \"name\": \"Maja\", \"handle\": \"@maja\", \"role\": "
    "\"complainer\","
    "  \"followers\": 800}, {\"id\": \"bo\", \"name\": \"Bo\", \"handle\": \"@bo\", \"role\": "
    "\"troll\"}],"
    " \"audience\": {\"size\": 2000},"
    " \"history\": [{\"id\": \"h\", \"at\": -60, \"post\": \"complaint\", \"text\": \"We're on "
    "it.\"}],"
    " \"posts\": [{\"id\": \"complaint\", \"at\": -120, \"channel\": \"feed\", \"author\": "
    "\"maja\","
    "  \"valence\": \"negative\", \"text\": \"Where is my parcel?\"},"
    "  {\"id\": \"troll\", \"at\": 5, \"channel\": \"feed\", \"author\": \"bo\", \"reply_to\": "
    "\"complaint\","
    "  \"valence\": \"negative\", \"claim_true\": false, \"text\": \"They steal.\"}],"
    " \"decisions\": [{\"id\": \"answer\", \"at\": 10, \"about\": \"troll\", \"prompt\": "
    "\"Answer.\","
    "  \"deadline\": 500, \"options\": [{\"id\": \"both\", \"text\": \"That is not true, sorry "
    "Maja.\","
    "   \"tags\": [\"empathy\"], \"actions\": [{\"action\": \"reply\"},"
    "   {\"action\": \"report\", \"target\": \"troll\"}]}]}],"
    " \"events\": [{\"id\": \"late\", \"at\": 599, \"effects\": []}],"
    " \"endings\": [{\"id\": \"over\", \"title\": \"Over\", \"text\": \"Over.\"}]}";

static void test_more_replies_than_decisions(void **state)
{
    (void)state;
    sv_Scenario sc;
    load(COMBINED, &sc);
    sv_Session s[2];
    uint64_t h[2];
    for (int k = 0; k < 2; k++) {
        assert_int_equal(sv_session_init(&s[k], &sc, 3), SV_OK);
        assert_int_equal(sv_session_set_model(&s[k], M, SV_LANG_EN), SV_OK);
        sv_session_advance(&s[k], 20000);
        sv_Input in = {.kind = SV_INPUT_CHOOSE, .decision = 0, .option = 0};
        assert_int_equal(sv_session_apply(&s[k], &in), SV_INPUT_OK);
        sv_session_advance(&s[k], 120000);
        h[k] = sv_session_hash(&s[k]);
    }
    assert_int_equal(s[0].reply_count, 3);            /* the history's, the reply and the report */
    assert_true(s[0].audience->reply_quality[1] > 0); /* the good reply, judged as the crowd's */
    sv_Reactions r = sv_audience_reply_reactions(&s[0], 2);
    assert_int_equal(r.likes + r.shares + r.comments, 0); /* a report has no words to react to */
    assert_int_equal(h[0], h[1]);
    sv_session_free(&s[0]);
    sv_session_free(&s[1]);
}

/* ---- what a composed reply shows --------------------------------------------------------------
 */

/* The crisis with a composer only: the same way forward with and without a
 * sentence of understanding (an `empathise` part), which the test model
 * judges alike (no rule reads parts). */
static const char *const COMPOSED =
    "{\"format\": 1, \"id\": \"composed\", \"title\": \"C\", \"summary\": \"s\", \"briefing\": "
    "\"b\","
    " \"brand\": {\"name\": \"Parcelpal\", \"handle\": \"@parcelpal\", \"colour\": \"#1a7f5a\"},"
    " \"duration\": 600, \"channels\": [{\"id\": \"feed\", \"type\": \"public-feed\", \"name\": "
    "\"Feed\"}],"
    " \"personas\": [{\"id\": \"maja\", \"name\": \"Maja\", \"handle\": \"@maja\", \"role\": "
    "\"complainer\", \"followers\": 8000}],"
    " \"audience\": {\"size\": 20000},"
    " \"posts\": [{\"id\": \"complaint\", \"at\": 0, \"channel\": \"feed\", \"author\": \"maja\","
    "  \"valence\": \"negative\", \"failure\": \"practical\","
    "  \"text\": \"Where is my parcel?\"}],"
    " \"decisions\": [{\"id\": \"answer\", \"at\": 0, \"about\": \"complaint\", \"prompt\": "
    "\"Answer.\", \"deadline\": 590, \"composer\": {\"parts\": ["
    "   {\"id\": \"feel\", \"kind\": \"empathise\", \"text\": \"What a wait, Maja.\"},"
    "   {\"id\": \"fix\", \"kind\": \"explain\", \"text\": \"It goes out today.\"}],"
    "  \"min\": 1, \"max\": 2, \"send\": [\"public\"]}}],"
    " \"events\": [{\"id\": \"late\", \"at\": 599, \"effects\": []}],"
    " \"endings\": [{\"id\": \"over\", \"title\": \"Over\", \"text\": \"Over.\"}]}";

/* Herhausen et al. 2019: empathy limits a complaint's spread. A composed
 * reply that shows understanding (an `empathise` part) cools its thread as
 * an `empathy` tag or an apology does: with the same seed and the same reply
 * but for that part, the thread is cooler after the step that takes the
 * answer in, every time. (What a cooler thread does to the spread is
 * test_crowd_research's Herhausen test, which the same flag drives.) After a
 * practical failure onlookers count it as accommodating (Johnen & Schnittka
 * 2019), as they count an apology: it warms them, the bare way forward not. */
static void test_empathise_part_cools_the_thread(void **state)
{
    (void)state;
    sv_Scenario sc;
    load(COMPOSED, &sc);
    int cooler = 0;
    for (uint64_t seed = 1; seed <= 20; seed++) {
        uint32_t heat[2];
        int64_t context[2];
        for (int k = 0; k < 2; k++) {
            sv_Session s;
            assert_int_equal(sv_session_init(&s, &sc, seed), SV_OK);
            assert_int_equal(sv_session_set_model(&s, M, SV_LANG_EN), SV_OK);
            sv_session_advance(&s, 30000);
            sv_Input in = {.kind = SV_INPUT_COMPOSE, .decision = 0, .visibility = SV_VIS_PUBLIC};
            if (k == 1) in.parts[in.part_count++] = sv_scenario_find_part(&sc, "feel");
            in.parts[in.part_count++] = sv_scenario_find_part(&sc, "fix");
            assert_int_equal(sv_session_apply(&s, &in), SV_INPUT_OK);
            sv_session_advance(&s, 34000);
            const sv_Audience *a = s.audience;
            heat[k] = (uint32_t)a->topics[0].heat;
            context[k] = a->moved_context;
            sv_session_free(&s);
        }
        cooler += heat[1] < heat[0];
        assert_int_equal(context[0], 0);
        assert_true(context[1] > 0);
    }
    assert_int_equal(cooler, 20); /* the same crowd up to the answer: always cooler */
}

/* ---- names ---------------------------------------------------------------------------------- */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = malloc(1u << 20);
    assert_non_null(buf);
    *len = fread(buf, 1, (1u << 20) - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

static void test_names(void **state)
{
    (void)state;
    static const char *const langs[] = {"en", "sv", "nb"};
    for (int l = 0; l < 3; l++) {
        char path[256];
        snprintf(path, sizeof path, "%s/assets/names/%s.json", SV_SOURCE_DIR, langs[l]);
        size_t len;
        char *bytes = read_file(path, &len);
        sv_DiagList d;
        sv_diag_init(&d);
        sv_NameList n;
        assert_int_equal(sv_names_parse(path, bytes, len, &n, &d), SV_OK);
        t_print_diags(&d);
        assert_int_equal(n.lang, l);
        assert_true(n.first_count >= 150 && n.last_count >= 150);
        char a[128], b[128];
        assert_string_equal(sv_audience_name(&n, 42, 17, a, sizeof a),
                            sv_audience_name(&n, 42, 17, b, sizeof b));
        assert_non_null(strchr(a, ' '));
        /* different accounts mostly get different names */
        int same = 0;
        for (uint32_t i = 0; i < 100; i++) {
            sv_audience_name(&n, 42, i, a, sizeof a);
            sv_audience_name(&n, 42, i + 1, b, sizeof b);
            same += strcmp(a, b) == 0;
        }
        assert_true(same < 3);
        sv_names_free(&n);
        sv_diag_free(&d);
        free(bytes);
    }
    const char *bad =
        "{\"format\": 1, \"lang\": \"da\", \"first\": [\"Ann\", 3], \"last\": [], \"x\": 1}";
    sv_DiagList d;
    sv_diag_init(&d);
    sv_NameList n;
    assert_int_equal(sv_names_parse("bad.json", bad, strlen(bad), &n, &d), SV_ERR_INVALID);
    assert_true(d.errors >= 4);
    char line[512];
    sv_diag_format(&d.items[0], line, sizeof line);
    assert_non_null(strstr(line, "bad.json:1:"));
    assert_null(n.first);
    sv_diag_free(&d);
}

/* A reply's wave of returns, worked out in one go for a step, brings what its
 * substeps one by one would (each the rest over the substeps left, rounded
 * up, the step's budget cutting the last short), over every small wave,
 * substep count and budget. */
static void test_wave_in_one_go(void **state)
{
    (void)state;
    uint32_t cases = 0, cut = 0;
    for (uint32_t left = 0; left < 400; left++)
        for (uint32_t steps = 0; steps < 60; steps++)
            for (uint32_t budget = 0; budget < 200; budget += budget < 30 ? 1 : 9)
                for (uint32_t sub = 1; sub <= 41; sub += 20) {
                    uint32_t l1 = left, s1 = steps, n1 = 0;
                    for (uint32_t j = 0; j < sub && l1 && s1 && n1 < budget; j++) {
                        uint32_t k = (l1 + s1 - 1) / s1;
                        k = k < budget - n1 ? k : budget - n1;
                        l1 -= k;
                        s1--;
                        n1 += k;
                    }
                    uint32_t l2 = left, s2 = steps;
                    uint32_t n2 = sv_audience_wave_take(&l2, &s2, sub, budget);
                    if (n1 != n2 || l1 != l2 || s1 != s2)
                        fail_msg("left %u steps %u budget %u substeps %u: %u %u %u, one by one "
                                 "%u %u %u",
                                 left, steps, budget, sub, n2, l2, s2, n1, l1, s1);
                    cases++;
                    cut += n1 == budget && l1 > 0 && s1 > 0;
                }
    assert_true(cut > 1000); /* the budget's cut was met, not only whole steps */
    print_message("%u waves checked, %u cut by the budget\n", cases, cut);
}

/* A calm word about the tone of the thread (`moderates`), as the crowd and the
 * model read it from a reply: an option marked so, or a composed reply one of
 * whose parts is marked so; an unmarked option or parts are none. */
static void test_calm_word_from_a_part(void **state)
{
    (void)state;
    sv_Option opts[2] = {{.moderates = true}, {.moderates = false}};
    sv_Part parts[3] = {{.moderates = false}, {.moderates = true}, {.moderates = false}};
    sv_Scenario sc = {.options = opts, .option_count = 2, .parts = parts, .part_count = 3};
    sv_Reply r = {.option = 0, .visibility = SV_VIS_PUBLIC};
    assert_true(sv_reply_moderates_inline(&sc, &r));
    r.option = 1;
    assert_false(sv_reply_moderates_inline(&sc, &r));
    sv_Reply c = {.option = -1, .visibility = SV_VIS_PUBLIC, .part_count = 2, .parts = {0, 1}};
    assert_true(sv_reply_moderates_inline(&sc, &c));
    c.parts[1] = 2;
    assert_false(sv_reply_moderates_inline(&sc, &c));
    c.parts[1] = 7; /* out of range: no part, no calm word */
    assert_false(sv_reply_moderates_inline(&sc, &c));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_segment_sizes),
        cmocka_unit_test(test_memory_per_account),
        cmocka_unit_test(test_influence_heavy_tail),
        cmocka_unit_test(test_reach_faster_unanswered),
        cmocka_unit_test(test_supportive_comments_follow_the_reply),
        cmocka_unit_test(test_comments_logged),
        cmocka_unit_test(test_trolls_unmoved),
        cmocka_unit_test(test_segments_move_by_kind),
        cmocka_unit_test(test_meters_from_the_crowd),
        cmocka_unit_test(test_expectation_tables),
        cmocka_unit_test(test_sentiment_is_the_expectation),
        cmocka_unit_test(test_accounts_made_when_read),
        cmocka_unit_test(test_pending_masks),
        cmocka_unit_test(test_no_audience),
        cmocka_unit_test(test_determinism),
        cmocka_unit_test(test_hash_sees_the_crowd),
        cmocka_unit_test(test_more_replies_than_decisions),
        cmocka_unit_test(test_empathise_part_cools_the_thread),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_comments_vary),
        cmocka_unit_test(test_wave_in_one_go),
        cmocka_unit_test(test_calm_word_from_a_part),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
