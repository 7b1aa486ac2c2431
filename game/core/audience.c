/* The crowd of a session: creating its accounts from the seed (stance, mobility,
 * heavy-tailed influence, activity per segment), the aggregates that let it be
 * read without a scan, what the game and the tools ask of it, and its part of
 * the state hash. Its dynamics are in audience_step.c and audience_react.c. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "audience_internal.h"
#include "session_internal.h"
#include "svara/hash.h"

_Static_assert(SV_AUDIENCE_BYTES_PER_ACCOUNT == sizeof(sv_Account) + sizeof(uint32_t),
               "the public figure counts the account record and its place in the order");

_Static_assert(
    offsetof(sv_Audience, view) ==
            offsetof(sv_Audience, topics) + sizeof(((sv_Audience *)0)->topics) &&
        offsetof(sv_Audience, cells) ==
            offsetof(sv_Audience, view) + sizeof(((sv_Audience *)0)->view) &&
        offsetof(sv_Audience, cells) + sizeof(((sv_Audience *)0)->cells) == sizeof(sv_Audience),
    "everything but the threads, their views and cells is zeroed when the crowd is made");

/* Fixed so that a seed means the same crowd on every build; "Crowd" in ASCII.
 * A stream of its own: the crowd never moves the story's draws. */
#define AUDIENCE_RNG_STREAM 0x43726f7764ull

/* Per segment kind (sv_Role order: complainer, customer, fan, onlooker, troll,
 * press, colleague). How much of the crowd's shift it takes, in sixteenths on
 * top of the segment's mobility: onlookers most, the complainer's friends
 * less, trolls never, the press in between. */
static const uint8_t kind_factor[SV_ROLE_COUNT] = {10, 14, 12, 16, 0, 12, 10};
static const uint8_t kind_act[SV_ROLE_COUNT] = {130, 90, 110, 60, 220, 160, 70};
static const uint8_t kind_infl[SV_ROLE_COUNT] = {6, 5, 6, 5, 3, 11, 6}; /* about 2^k followers */
/* A vindictive complainer (Weitzl 2019) is barely moved by any reply, and nor
 * are their followers: sixteenths of the crowd's shift and of the complainer's
 * change of mood they take (16 for a constructive one). */
#define VINDICTIVE_SHIFT_GAIN 3
#define VINDICTIVE_MOOD_GAIN 2

/* ---- creating the crowd ---------------------------------------------------------- */

sv_Account sv_audience_new_account(const sv_Audience *a, uint32_t i, uint32_t seg)
{
    sv_Account acc;
    sv_audience_make(a, &acc, i, seg);
    acc.infl = sv_audience_infl(a, i, seg);
    return acc;
}

sv_Account sv_audience_account(const sv_Audience *a, uint32_t i)
{
    uint32_t g = 0;
    while (g + 1 < a->segment_count && i >= a->seg_start[g] + a->seg_count[g]) g++;
    if (i - a->seg_start[g] >= a->seg_exposed[g]) return sv_audience_new_account(a, i, g);
    sv_Account acc = a->accounts[i];
    if (!(acc.flags & SV_ACCOUNT_MADE)) sv_audience_make_fields(a, &acc, i, g); /* as it will be */
    acc.infl = sv_audience_infl(a, i, g);
    return acc;
}

static uint64_t seed_weight(sv_Role author, sv_Role kind)
{
    if (author == kind) return author == SV_ROLE_COMPLAINER ? 16u : 8u; /* their own followers */
    if (kind == SV_ROLE_ONLOOKER) return author == SV_ROLE_PRESS ? 8u : 2u;
    return 1u;
}

static uint64_t share_weight(sv_Role from, sv_Role kind)
{
    if (from == kind) return from == SV_ROLE_TROLL ? 8u : 6u;
    return kind == SV_ROLE_ONLOOKER ? 3u : 1u;
}

static void make_tables(sv_Audience *a)
{
    for (int k = 0; k < SV_ROLE_COUNT; k++) {
        uint64_t seed = 0, share = 0;
        for (uint32_t g = 0; g < a->segment_count; g++) {
            sv_Role kind = (sv_Role)a->seg_kind[g];
            a->seed_w[k][g] = (uint8_t)seed_weight((sv_Role)k, kind);
            a->share_w[k][g] = (uint8_t)share_weight((sv_Role)k, kind);
            seed += a->seg_count[g] * (uint64_t)a->seed_w[k][g];
            share += a->seg_count[g] * (uint64_t)a->share_w[k][g];
        }
        a->seed_total[k] = seed;
        a->share_total[k] = share;
        a->seed_inv[k] = seed ? (1ull << 56) / seed : 0;
        a->share_inv[k] = share ? (1ull << 56) / share : 0;
    }
}

/* The crowd's complainer is the first persona with the complainer's role. */
static bool vindictive(const sv_Scenario *sc)
{
    for (uint32_t i = 0; i < sc->persona_count; i++)
        if (sc->personas[i].role == SV_ROLE_COMPLAINER) return sc->personas[i].vindictive;
    return false;
}

static void make_segments(sv_Audience *a, const sv_Scenario *sc)
{
    uint32_t at = 0;
    bool grudge = vindictive(sc);
    a->mood_gain = grudge ? VINDICTIVE_MOOD_GAIN : 16;
    for (uint32_t g = 0; g < sc->segment_count && g < SV_MAX_SEGMENTS; g++) {
        const sv_Segment *sg = &sc->segments[g];
        uint32_t n = sg->count <= a->size - at ? sg->count : a->size - at;
        a->seg_start[g] = at;
        a->seg_count[g] = n;
        a->seg_kind[g] =
            (uint8_t)((unsigned)sg->kind < SV_ROLE_COUNT ? sg->kind : SV_ROLE_ONLOOKER);
        bool follower = a->seg_kind[g] == SV_ROLE_COMPLAINER;
        a->seg_gain[g] = follower && grudge ? VINDICTIVE_SHIFT_GAIN : 16;
        a->seg_follow[g] = follower ? 16 : 0;
        a->seg_stance[g] = sg->stance;
        a->seg_mobility[g] = sg->mobility;
        at += n;
        a->segment_count = g + 1;
    }
    if (at < a->size) { /* the accounts no segment names: neutral onlookers */
        uint32_t g = a->segment_count++;
        a->seg_start[g] = at;
        a->seg_count[g] = a->size - at;
        a->seg_kind[g] = SV_ROLE_ONLOOKER;
        a->seg_gain[g] = 16;
        a->seg_follow[g] = 0;
        a->seg_stance[g] = 0;
        a->seg_mobility[g] = 500;
    }
}

/* The mobility levels segment g's accounts can have and how many of the 512
 * jitters of sv_audience_make give each: the level is (mobk x (768 + j) +
 * 2^31) >> 32, at most MOB_MAX, which grows with j, so a level's jitters
 * are those below the next level's first. */
static uint32_t mob_at(uint64_t mobk, uint32_t j)
{
    uint64_t m = (mobk * (768u + j) + (1ull << 31)) >> 32;
    return (uint32_t)(m > SV_AUDIENCE_MOB_MAX ? SV_AUDIENCE_MOB_MAX : m);
}

static void make_mobility(sv_Audience *a, uint32_t g)
{
    uint64_t mobk = a->seg_mobk[g];
    uint32_t lo = mob_at(mobk, 0), hi = mob_at(mobk, 511), below = 0;
    a->seg_mob_lo[g] = (uint8_t)lo;
    a->seg_mob_hi[g] = (uint8_t)hi;
    memset(a->seg_mob_n[g], 0, sizeof a->seg_mob_n[g]);
    for (uint32_t m = lo; m < hi; m++) {
        /* jitters j with mobk x (768 + j) < (m + 1) 2^32 - 2^31 have level m or below */
        uint64_t lim = ((uint64_t)(m + 1u) << 32) - (1ull << 31);
        uint64_t first = (lim + mobk - 1u) / mobk; /* mobk > 0 when hi > lo */
        uint32_t upto = first <= 768u ? 0u : first - 768u >= 512u ? 512u : (uint32_t)(first - 768u);
        a->seg_mob_n[g][m] = (uint16_t)(upto - below);
        below = upto;
    }
    a->seg_mob_n[g][hi] = (uint16_t)(512u - below);
}

/* The mean of an account's activity per kind (kind_act x 0.5 .. 1.5, as
 * sv_audience_act rounds and caps it, over its 256 values; rounded) */
static const uint8_t kind_act_mean[SV_ROLE_COUNT] = {129, 89, 109, 59, 207, 159, 69};
/* and E[act^2] / E[act]^2 over them, in 4096ths */
static const uint16_t kind_act_bias[SV_ROLE_COUNT] = {4441, 4442, 4441, 4444, 4323, 4441, 4443};
/* Segments that take the crowd's shift and the complainer's pull alike share
 * one class: their stance thresholds are the same. */
static void make_classes(sv_Audience *a)
{
    a->class_count = 0;
    memset(a->class_seg_count, 0, sizeof a->class_seg_count);
    memset(a->class_levels, 0, sizeof a->class_levels);
    for (uint32_t g = 0; g < a->segment_count; g++) {
        uint32_t c = 0;
        while (c < a->class_count &&
               (a->class_gain[c] != a->seg_gain[g] || a->class_follow[c] != a->seg_follow[g]))
            c++;
        if (c == a->class_count) {
            a->class_gain[c] = a->seg_gain[g];
            a->class_follow[c] = a->seg_follow[g];
            a->class_count++;
        }
        a->seg_class[g] = (uint8_t)c;
        a->class_segs[c][a->class_seg_count[c]++] = (uint8_t)g;
        for (uint32_t m = a->seg_mob_lo[g]; m <= a->seg_mob_hi[g]; m++)
            a->class_levels[c] |= (uint16_t)(1u << m);
    }
}

/* `replies`: the session's reply capacity (history, and up to SV_MAX_STEPS
 * replies a decision), which the per-reply counts are indexed by. */
static bool alloc_crowd(sv_Audience *a, const sv_Scenario *sc, size_t replies)
{
    /* not zeroed: an account is written when it is first drawn, and a
     * segment's first seg_exposed accounts are the ones drawn */
    a->accounts = malloc((size_t)a->size * sizeof *a->accounts);
    a->order = malloc((size_t)a->size * sizeof *a->order);
    /* not zeroed either: a thread's slots are when it opens */
    a->pending = malloc((size_t)SV_MAX_TOPICS * SV_AUDIENCE_SLOTS * sizeof *a->pending);
    a->post_topic = malloc((sc->post_count + 1u) * sizeof *a->post_topic);
    a->post_reactions = calloc(sc->post_count + 1u, sizeof *a->post_reactions);
    a->reply_reactions = calloc(replies + 1u, sizeof *a->reply_reactions);
    a->reply_quality = calloc(replies + 1u, sizeof *a->reply_quality);
    a->pool_recent = calloc(sc->comment_pool_count + 1u, sizeof *a->pool_recent);
    if (!a->accounts || !a->order || !a->pending || !a->post_topic || !a->post_reactions ||
        !a->reply_reactions || !a->reply_quality || !a->pool_recent)
        return false;
    a->fixed_bytes = sizeof *a + (size_t)SV_MAX_TOPICS * SV_AUDIENCE_SLOTS * sizeof *a->pending +
                     (sc->post_count + 1u) * (sizeof *a->post_topic + sizeof *a->post_reactions) +
                     (replies + 1u) * (sizeof *a->reply_reactions + sizeof *a->reply_quality) +
                     (sc->comment_pool_count + 1u) * sizeof *a->pool_recent;
    for (uint32_t p = 0; p < sc->post_count; p++) a->post_topic[p] = -1;
    return true;
}

void sv_audience_free(sv_Session *s)
{
    sv_Audience *a = s->audience;
    if (!a) return;
    free(a->accounts);
    free(a->order);
    free(a->pending);
    free(a->post_topic);
    free(a->post_reactions);
    free(a->reply_reactions);
    free(a->reply_quality);
    free(a->pool_recent);
    free(a->comments);
    free(a);
    s->audience = NULL;
}

sv_Status sv_audience_init(sv_Session *s)
{
    const sv_Scenario *sc = s->sc;
    if (!sc || sc->audience_size == 0) return SV_OK;
    sv_Audience *a = malloc(sizeof *a);
    if (!a) return SV_ERR_NOMEM;
    memset(a, 0, offsetof(sv_Audience, topics)); /* the threads are written when they open */
    s->audience = a;
    a->size = sc->audience_size < SV_MAX_AUDIENCE ? sc->audience_size : SV_MAX_AUDIENCE;
    if (!alloc_crowd(a, sc, s->reply_cap)) {
        sv_audience_free(s);
        return SV_ERR_NOMEM;
    }
    sv_rng_seed(&a->rng, s->seed, AUDIENCE_RNG_STREAM);
    a->account_seed = (uint64_t)sv_rng_next(&a->rng) << 32 | sv_rng_next(&a->rng);
    make_segments(a, sc);
    for (uint32_t g = 0; g < a->segment_count; g++) {
        sv_Role kind = (sv_Role)a->seg_kind[g];
        a->seg_act[g] = kind_act[kind];
        a->seg_infl[g] = kind_infl[kind];
        /* mobility x kind factor x MOB_MAX / (1000 x 16 x 1024), in 2^-32 (mobility
         * 0..1000: below 2^18 before the shift) */
        uint64_t mobk =
            (uint64_t)(uint32_t)a->seg_mobility[g] * kind_factor[kind] * SV_AUDIENCE_MOB_MAX;
        a->seg_mobk[g] = (mobk << 32) / 16384000u;
        a->seg_act_hi[g] = sv_audience_act(a, g, 255u); /* the highest an account can have */
        make_mobility(a, g);
        a->seg_act_mean[g] = kind_act_mean[kind];
        a->seg_act_bias[g] = kind_act_bias[kind];
    }
    make_classes(a);
    make_tables(a);
    sv_audience_sync_positive(a); /* the thresholds, with nobody exposed yet */
    a->next_ms = SV_AUDIENCE_STEP_MS;
    a->cur_reply = -1;
    a->sent_initial = sc->meters_initial[SV_METER_SENTIMENT];
    a->sent_exposed = UINT32_MAX; /* nothing worked out yet (read_meters) */
    a->reach_initial = sc->meters_initial[SV_METER_REACH];
    a->mood_initial = sc->meters_initial[SV_METER_MOOD];
    a->hour_ms = sc->audience_hour_ms ? sc->audience_hour_ms : 3600u * 1000u;
    a->comment_tokens = 3000u; /* the feed may show a few comments at once at the start */
    a->trail = SV_HASH_INIT;
    return SV_OK;
}

/* ---- reading the crowd ------------------------------------------------------------ */

int32_t sv_audience_stance(const sv_Audience *a, uint32_t account)
{
    if (!a || account >= a->size) return 0;
    sv_Account acc = sv_audience_account(a, account);
    int32_t v = 32 * acc.base + 16 + sv_audience_offset(a, acc.seg, acc.mob);
    return v < -1000 ? -1000 : v > 1000 ? 1000 : v;
}

sv_StanceBucket sv_audience_bucket(int32_t stance)
{
    if (stance < -SV_AUDIENCE_BAND) return SV_STANCE_HOSTILE;
    if (stance > SV_AUDIENCE_BAND) return SV_STANCE_SUPPORTIVE;
    return SV_STANCE_NEUTRAL;
}

bool sv_audience_segment_stats(const sv_Audience *a, uint32_t seg, sv_SegmentStats *out)
{
    memset(out, 0, sizeof *out);
    if (!a || seg >= a->segment_count) return false;
    out->kind = (sv_Role)a->seg_kind[seg];
    out->accounts = a->seg_count[seg];
    out->exposed = a->seg_exposed[seg];
    /* a segment's exposed accounts are its first, in index order (for the
     * trace: a scan of them, nothing the crowd's step does) */
    for (uint32_t i = a->seg_start[seg]; i < a->seg_start[seg] + a->seg_exposed[seg]; i++)
        out->bucket[sv_audience_bucket(sv_audience_stance(a, i))]++;
    return true;
}

/* The first base bucket whose stance is above 0 at mobility m for an account
 * whose stance is moved by `offset`: 32 (b - 32) + 16 + offset > 0  <=>  b >= first. */
static int32_t first_above(int32_t offset)
{
    /* |offset| is at most the shift's and the pull's limits together: shifted
     * by 6400 (200 buckets) the division is of a number above 0 */
    int32_t first = (int32_t)((uint32_t)(6400 - 16 - offset) / 32u) - 200 + 33;
    return first < 0 ? 0 : first > SV_AUDIENCE_BASE_LEVELS ? SV_AUDIENCE_BASE_LEVELS : first;
}

uint32_t sv_audience_positive_scan(const sv_Audience *a)
{
    uint32_t pos = 0;
    for (uint32_t k = 0; k < a->exposed; k++) pos += sv_audience_stance(a, a->order[k]) > 0;
    return pos;
}

/* Pairs (u1, u2) of 12-bit uniforms whose noise terms (u x (SPREAD + 1)) >> 12
 * sum to t or more, out of 2^24, for t = 0 .. 2 SPREAD + 1: the exact tail of
 * sv_audience_make's triangular noise (before its -SPREAD), as its integer
 * formula rounds (a term is each of 0..450 for 9 or 10 of the 4096 values). */
static const uint32_t noise_tail[2 * SV_AUDIENCE_SPREAD + 2] = {
    16777216u, 16777116u, 16776936u, 16776675u, 16776333u, 16775910u, 16775406u, 16774821u,
    16774155u, 16773408u, 16772580u, 16771671u, 16770681u, 16769590u, 16768420u, 16767169u,
    16765837u, 16764424u, 16762930u, 16761355u, 16759699u, 16757962u, 16756144u, 16754245u,
    16752265u, 16750183u, 16748023u, 16745782u, 16743460u, 16741057u, 16738573u, 16736008u,
    16733362u, 16730635u, 16727827u, 16724938u, 16721968u, 16718895u, 16715745u, 16712514u,
    16709202u, 16705809u, 16702335u, 16698780u, 16695144u, 16691427u, 16687629u, 16683750u,
    16679790u, 16675726u, 16671586u, 16667365u, 16663063u, 16658680u, 16654216u, 16649671u,
    16645045u, 16640338u, 16635550u, 16630681u, 16625731u, 16620676u, 16615546u, 16610335u,
    16605043u, 16599670u, 16594216u, 16588681u, 16583065u, 16577368u, 16571590u, 16565731u,
    16559791u, 16553765u, 16547643u, 16541442u, 16535160u, 16528797u, 16522353u, 16515828u,
    16509222u, 16502535u, 16495767u, 16488918u, 16481988u, 16474973u, 16467859u, 16460668u,
    16453396u, 16446043u, 16438609u, 16431094u, 16423498u, 16415821u, 16408063u, 16400224u,
    16392304u, 16384300u, 16376194u, 16368013u, 16359751u, 16351408u, 16342984u, 16334479u,
    16325893u, 16317226u, 16308478u, 16299649u, 16290739u, 16281746u, 16272648u, 16263477u,
    16254225u, 16244892u, 16235478u, 16225983u, 16216407u, 16206750u, 16197012u, 16187193u,
    16177293u, 16167311u, 16157221u, 16147060u, 16136818u, 16126495u, 16116091u, 16105606u,
    16095040u, 16084393u, 16073665u, 16062856u, 16051966u, 16040995u, 16029933u, 16018780u,
    16007548u, 15996235u, 15984841u, 15973366u, 15961810u, 15950173u, 15938455u, 15926656u,
    15914776u, 15902815u, 15890765u, 15878619u, 15866397u, 15854094u, 15841710u, 15829245u,
    15816699u, 15804072u, 15791364u, 15778575u, 15765705u, 15752754u, 15739716u, 15726577u,
    15713365u, 15700072u, 15686698u, 15673243u, 15659707u, 15646090u, 15632392u, 15618613u,
    15604753u, 15590812u, 15576786u, 15562654u, 15548452u, 15534169u, 15519805u, 15505360u,
    15490834u, 15476227u, 15461539u, 15446770u, 15431920u, 15416989u, 15401975u, 15386850u,
    15371658u, 15356385u, 15341031u, 15325596u, 15310080u, 15294483u, 15278805u, 15263046u,
    15247206u, 15231285u, 15215283u, 15199185u, 15183001u, 15166738u, 15150394u, 15133969u,
    15117463u, 15100876u, 15084208u, 15067459u, 15050629u, 15033718u, 15016726u, 14999641u,
    14982463u, 14965210u, 14947876u, 14930461u, 14912965u, 14895388u, 14877730u, 14859991u,
    14842171u, 14824270u, 14806288u, 14788216u, 14770044u, 14751801u, 14733477u, 14715072u,
    14696586u, 14678019u, 14659371u, 14640642u, 14621832u, 14602941u, 14583969u, 14564910u,
    14545744u, 14526511u, 14507197u, 14487802u, 14468326u, 14448769u, 14429131u, 14409412u,
    14389612u, 14369731u, 14349769u, 14329723u, 14309563u, 14289340u, 14269036u, 14248651u,
    14228185u, 14207638u, 14187010u, 14166301u, 14145511u, 14124640u, 14103688u, 14082655u,
    14061501u, 14040288u, 14018994u, 13997619u, 13976163u, 13954626u, 13933008u, 13911309u,
    13889529u, 13867668u, 13845726u, 13823703u, 13801581u, 13779373u, 13757089u, 13734724u,
    13712278u, 13689751u, 13667143u, 13644454u, 13621684u, 13598833u, 13575901u, 13552888u,
    13529780u, 13506577u, 13483303u, 13459948u, 13436512u, 13412995u, 13389397u, 13365718u,
    13341958u, 13318117u, 13294195u, 13270192u, 13246098u, 13221900u, 13197636u, 13173291u,
    13148865u, 13124358u, 13099770u, 13075101u, 13050351u, 13025520u, 13000608u, 12975615u,
    12950535u, 12925342u, 12900088u, 12874753u, 12849337u, 12823840u, 12798262u, 12772603u,
    12746863u, 12721042u, 12695140u, 12669157u, 12643091u, 12616903u, 12590659u, 12564334u,
    12537928u, 12511441u, 12484873u, 12458224u, 12431494u, 12404683u, 12377791u, 12350818u,
    12323764u, 12296605u, 12269367u, 12242052u, 12214656u, 12187179u, 12159621u, 12131982u,
    12104262u, 12076461u, 12048579u, 12020616u, 11992572u, 11964428u, 11936194u, 11907889u,
    11879503u, 11851036u, 11822488u, 11793859u, 11765149u, 11736358u, 11707486u, 11678533u,
    11649499u, 11620370u, 11591140u, 11561845u, 11532469u, 11503012u, 11473474u, 11443855u,
    11414155u, 11384374u, 11354512u, 11324569u, 11294545u, 11264431u, 11234205u, 11203920u,
    11173554u, 11143107u, 11112579u, 11081970u, 11051280u, 11020509u, 10989657u, 10958724u,
    10927710u, 10896611u, 10865389u, 10834114u, 10802758u, 10771321u, 10739803u, 10708204u,
    10676524u, 10644763u, 10612921u, 10580998u, 10548994u, 10516909u, 10484713u, 10452445u,
    10420099u, 10387672u, 10355164u, 10322575u, 10289905u, 10257154u, 10224322u, 10191409u,
    10158415u, 10125340u, 10092160u, 10058895u, 10025559u, 9992142u,  9958644u,  9925065u,
    9891405u,  9857664u,  9823842u,  9789939u,  9755955u,  9721890u,  9687726u,  9653464u,
    9619138u,  9584731u,  9550243u,  9515674u,  9481024u,  9446293u,  9411481u,  9376588u,
    9341614u,  9306559u,  9271411u,  9236152u,  9200836u,  9165439u,  9129961u,  9094402u,
    9058762u,  9023041u,  8987239u,  8951356u,  8915392u,  8879347u,  8843215u,  8806959u,
    8770653u,  8734266u,  8697798u,  8661249u,  8624619u,  8587908u,  8551116u,  8514243u,
    8477289u,  8440254u,  8403138u,  8365905u,  8328807u,  8291790u,  8254854u,  8217999u,
    8181225u,  8144532u,  8107920u,  8071389u,  8034939u,  7998570u,  7962282u,  7926046u,
    7889932u,  7853905u,  7817959u,  7782094u,  7746310u,  7710607u,  7674985u,  7639444u,
    7603984u,  7568605u,  7533307u,  7498068u,  7462938u,  7427901u,  7392945u,  7358070u,
    7323276u,  7288563u,  7253931u,  7219380u,  7184910u,  7150521u,  7116213u,  7081971u,
    7047825u,  7013778u,  6979812u,  6945927u,  6912123u,  6878400u,  6844758u,  6811197u,
    6777717u,  6744318u,  6711000u,  6677755u,  6644593u,  6611536u,  6578560u,  6545665u,
    6512851u,  6480118u,  6447466u,  6414895u,  6382405u,  6349996u,  6317668u,  6285420u,
    6253242u,  6221175u,  6189189u,  6157284u,  6125460u,  6093717u,  6062055u,  6030474u,
    5998974u,  5967555u,  5936217u,  5904960u,  5873758u,  5842677u,  5811681u,  5780766u,
    5749932u,  5719179u,  5688507u,  5657916u,  5627406u,  5596977u,  5566629u,  5536362u,
    5506156u,  5476060u,  5446054u,  5416129u,  5386285u,  5356522u,  5326840u,  5297239u,
    5267719u,  5238280u,  5208922u,  5179645u,  5150435u,  5121324u,  5092308u,  5063373u,
    5034519u,  5005746u,  4977054u,  4948443u,  4919913u,  4891464u,  4863096u,  4834809u,
    4806595u,  4778469u,  4750443u,  4722498u,  4694634u,  4666851u,  4639149u,  4611528u,
    4583988u,  4556529u,  4529151u,  4501854u,  4474636u,  4447495u,  4420459u,  4393504u,
    4366630u,  4339837u,  4313125u,  4286494u,  4259944u,  4233475u,  4207087u,  4180780u,
    4154554u,  4128386u,  4102338u,  4076373u,  4050489u,  4024686u,  3998964u,  3973323u,
    3947763u,  3922284u,  3896886u,  3871569u,  3846333u,  3821160u,  3796098u,  3771123u,
    3746229u,  3721416u,  3696684u,  3672033u,  3647463u,  3622974u,  3598566u,  3574239u,
    3549993u,  3525815u,  3501739u,  3477754u,  3453850u,  3430027u,  3406285u,  3382624u,
    3359044u,  3335545u,  3312127u,  3288790u,  3265534u,  3242351u,  3219261u,  3196266u,
    3173352u,  3150519u,  3127767u,  3105096u,  3082506u,  3059997u,  3037569u,  3015222u,
    2992956u,  2970768u,  2948664u,  2926659u,  2904735u,  2882892u,  2861130u,  2839449u,
    2817849u,  2796330u,  2774892u,  2753535u,  2732259u,  2711064u,  2689930u,  2668915u,
    2647981u,  2627128u,  2606356u,  2585665u,  2565055u,  2544526u,  2524078u,  2503711u,
    2483425u,  2463220u,  2443080u,  2423052u,  2403108u,  2383245u,  2363463u,  2343762u,
    2324142u,  2304603u,  2285145u,  2265768u,  2246472u,  2227257u,  2208111u,  2189070u,
    2170116u,  2151243u,  2132451u,  2113740u,  2095110u,  2076561u,  2058093u,  2039706u,
    2021400u,  2003175u,  1985023u,  1966969u,  1949005u,  1931122u,  1913320u,  1895599u,
    1877959u,  1860400u,  1842922u,  1825525u,  1808209u,  1790974u,  1773816u,  1756749u,
    1739775u,  1722882u,  1706070u,  1689339u,  1672689u,  1656120u,  1639632u,  1623225u,
    1606899u,  1590654u,  1574490u,  1558410u,  1542426u,  1526523u,  1510701u,  1494960u,
    1479300u,  1463721u,  1448223u,  1432806u,  1417470u,  1402215u,  1387041u,  1371936u,
    1356940u,  1342027u,  1327195u,  1312444u,  1297774u,  1283185u,  1268677u,  1254250u,
    1239904u,  1225639u,  1211455u,  1197343u,  1183335u,  1169412u,  1155570u,  1141809u,
    1128129u,  1114530u,  1101012u,  1087575u,  1074219u,  1060944u,  1047750u,  1034631u,
    1021611u,  1008678u,  995826u,   983055u,   970365u,   957756u,   945228u,   932781u,
    920415u,   908130u,   895926u,   883800u,   871768u,   859825u,   847963u,   836182u,
    824482u,   812863u,   801325u,   789868u,   778492u,   767197u,   755983u,   744850u,
    733806u,   722853u,   711981u,   701190u,   690480u,   679851u,   669303u,   658836u,
    648450u,   638145u,   627921u,   617778u,   607708u,   597744u,   587862u,   578061u,
    568341u,   558702u,   549144u,   539667u,   530271u,   520956u,   511722u,   502569u,
    493491u,   484516u,   475624u,   466813u,   458083u,   449434u,   440866u,   432379u,
    423973u,   415648u,   407404u,   399241u,   391155u,   383169u,   375267u,   367446u,
    359706u,   352047u,   344469u,   336972u,   329556u,   322221u,   314967u,   307794u,
    300700u,   293703u,   286791u,   279960u,   273210u,   266541u,   259953u,   253446u,
    247020u,   240675u,   234411u,   228228u,   222126u,   216118u,   210196u,   204355u,
    198595u,   192916u,   187318u,   181801u,   176365u,   171010u,   165736u,   160543u,
    155431u,   150396u,   145464u,   140613u,   135843u,   131154u,   126546u,   122019u,
    117573u,   113208u,   108924u,   104721u,   100599u,   96555u,    92613u,    88752u,
    84972u,    81273u,    77655u,    74118u,    70662u,    67287u,    63993u,    60780u,
    57648u,    54595u,    51643u,    48772u,    45982u,    43273u,    40645u,    38098u,
    35632u,    33247u,    30943u,    28720u,    26578u,    24516u,    22554u,    20673u,
    18873u,    17154u,    15516u,    13959u,    12483u,    11088u,    9774u,     8541u,
    7389u,     6318u,     5346u,     4455u,     3645u,     2916u,     2268u,     1701u,
    1215u,     810u,      486u,      243u,      81u,       0u,
};

uint32_t sv_audience_noise_tail(int32_t t)
{
    return t <= 0 ? 1u << 24 : t > 2 * SV_AUDIENCE_SPREAD ? 0u : noise_tail[t];
}

uint64_t sv_audience_positive_fine(const sv_Audience *a)
{
    uint64_t pos = 0;
    for (uint32_t g = 0; a && g < a->segment_count; g++) pos += a->seg_exposed[g] * a->seg_pos[g];
    return pos;
}

uint32_t sv_audience_positive(const sv_Audience *a)
{
    return (uint32_t)((sv_audience_positive_fine(a) + (1ull << 32)) >> 33);
}

/* The stance offset of class c's accounts of mobility m, as sv_audience_offset has it. */
static int32_t class_offset(const sv_Audience *a, uint32_t c, int32_t m, int32_t shift,
                            int32_t follow)
{
    int32_t part = shift * m / SV_AUDIENCE_MOB_MAX;
    int32_t gain = a->class_gain[c];
    return (gain == 16 ? part : part * gain / 16) + follow * a->class_follow[c] / 16;
}

/* Segment g's chance of an account above 0 now, in 2^-33: over its mobility
 * levels, the level's jitters (of 512) times the chance that the base bucket
 * b + 32 is at or above the level's first f (b + 32 >= f exactly when the
 * noise terms sum to 32 f - 574 - stance or more: sv_audience_make's bucket). */
static uint64_t segment_positive(const sv_Audience *a, uint32_t g)
{
    const int8_t *first = a->class_first[a->seg_class[g]];
    uint64_t p = 0;
    for (uint32_t m = a->seg_mob_lo[g]; m <= a->seg_mob_hi[g]; m++) {
        int32_t f = first[m];
        uint32_t tail = f <= 0 ? 1u << 24
                        : f >= SV_AUDIENCE_BASE_LEVELS
                            ? 0u
                            : sv_audience_noise_tail(32 * f - 574 - a->seg_stance[g]);
        p += (uint64_t)a->seg_mob_n[g][m] * tail;
    }
    return p;
}

void sv_audience_sync_positive(sv_Audience *a)
{
    /* most steps move neither: then no threshold moves; a class the
     * complainer does not pull moves only with the shift */
    bool fresh = !a->pos_synced, moved = fresh || a->pos_shift != a->shift;
    if (!moved && a->pos_follow == a->follow) return;
    a->pos_synced = true;
    a->pos_shift = a->shift;
    a->pos_follow = a->follow;
    for (uint32_t c = 0; c < a->class_count; c++) {
        if (!moved && a->class_follow[c] == 0) continue;
        bool changed = fresh;
        for (uint32_t bits = a->class_levels[c]; bits; bits &= bits - 1u) {
            int32_t m = __builtin_ctz(bits);
            int32_t off = class_offset(a, c, m, a->shift, a->follow);
            a->class_off[c][m] = (int16_t)off;
            int32_t now = first_above(off);
            changed |= now != a->class_first[c][m];
            a->class_first[c][m] = (int8_t)now;
        }
        if (!changed) continue;
        /* a threshold moved: the chances of the class's segments with it */
        for (uint32_t k = 0; k < a->class_seg_count[c]; k++) {
            uint32_t g = a->class_segs[c][k];
            a->seg_pos[g] = segment_positive(a, g);
        }
        a->pos_moved = true;
    }
}

int32_t sv_audience_supportive(const sv_Audience *a)
{
    if (!a || a->exposed == 0) return -1;
    return (int32_t)((uint64_t)sv_audience_positive(a) * SV_PER_MILLE / a->exposed);
}

size_t sv_audience_bytes(const sv_Audience *a)
{
    if (!a) return 0;
    return a->fixed_bytes + (size_t)a->size * SV_AUDIENCE_BYTES_PER_ACCOUNT +
           (size_t)a->comment_cap * sizeof(sv_Comment);
}

bool sv_audience_moves(const sv_Audience *a, sv_CrowdMoves *out)
{
    memset(out, 0, sizeof *out);
    if (!a) return false;
    out->shift = a->shift;
    out->verdicts = (int32_t)(a->moved_verdicts / 16);
    out->answered = (int32_t)(a->moved_answered / 16);
    out->humour = (int32_t)(a->moved_humour / 16);
    out->voice = (int32_t)(a->moved_voice / 16);
    out->context = (int32_t)(a->moved_context / 16);
    out->speed = (int32_t)(a->moved_speed / 16);
    out->hidden = (int32_t)(a->moved_private / 16);
    out->praise = (int32_t)(a->moved_praise / 16);
    out->civility = (int32_t)(a->moved_civility / 16);
    out->proof = (int32_t)(a->moved_proof / 16);
    out->pull = a->follow;
    out->pull_mood = a->follow_mood;
    out->pull_posts = a->follow_posts;
    return true;
}

uint32_t sv_audience_size(const sv_Audience *a) { return a ? a->size : 0; }
uint32_t sv_audience_exposed(const sv_Audience *a) { return a ? a->exposed : 0; }
uint32_t sv_audience_segment_count(const sv_Audience *a) { return a ? a->segment_count : 0; }
uint32_t sv_audience_comment_count(const sv_Audience *a) { return a ? a->comment_count : 0; }
int32_t sv_audience_reputation_moved(const sv_Audience *a) { return a ? a->rep_moved : 0; }
uint32_t sv_audience_thread_count(const sv_Audience *a) { return a ? a->topic_count : 0; }

uint32_t sv_audience_said(const sv_Audience *a)
{
    uint32_t n = 0;
    for (int k = 0; a && k < SV_ABOUT_COUNT; k++)
        for (int b = 0; b < SV_STANCE_COUNT; b++) n += a->said[k][b];
    return n;
}

const sv_Comment *sv_audience_comment(const sv_Audience *a, int32_t i)
{
    return a && i >= 0 && (uint32_t)i < a->comment_count ? &a->comments[i] : NULL;
}

int32_t sv_audience_thread_post(const sv_Audience *a, uint32_t t)
{
    return a && t < a->topic_count ? a->topics[t].post : -1;
}

int32_t sv_audience_thread_reply(const sv_Audience *a, int32_t root)
{
    for (uint32_t t = 0; a && t < a->topic_count; t++)
        if (a->topics[t].post == root) return a->topics[t].reply;
    return -1;
}

sv_Reactions sv_audience_post_reactions(const sv_Session *s, int32_t post)
{
    sv_Reactions r = {0, 0, 0};
    if (s->audience && s->sc && post >= 0 && (uint32_t)post < s->sc->post_count)
        r = s->audience->post_reactions[post];
    return r;
}

sv_Reactions sv_audience_reply_reactions(const sv_Session *s, int32_t reply)
{
    sv_Reactions r = {0, 0, 0};
    if (s->audience && reply >= 0 && (size_t)reply < s->reply_count)
        r = s->audience->reply_reactions[reply];
    return r;
}

const char *sv_comment_text(const sv_Session *s, const sv_Comment *c, sv_Lang lang)
{
    const sv_Scenario *sc = s->sc;
    if (!sc || !c || c->pool >= sc->comment_pool_count) return "";
    const sv_CommentPool *p = &sc->comment_pools[c->pool];
    if (c->entry >= p->texts.count || p->texts.start + c->entry >= sc->comment_text_count)
        return "";
    return sv_text_get(&sc->comment_texts[p->texts.start + c->entry], lang);
}

/* ---- the hash ---------------------------------------------------------------------- */

static uint64_t h_i32(uint64_t h, int32_t v) { return sv_hash_u32(h, (uint32_t)v); }
static uint64_t h_i64(uint64_t h, int64_t v) { return sv_hash_u64(h, (uint64_t)v); }

static uint64_t hash_topic(uint64_t h, const sv_Topic *t)
{
    h = h_i32(h, t->post);
    h = sv_hash_u32(h, t->valence);
    h = sv_hash_u32(h, t->answered ? 1u : 0u);
    h = sv_hash_u32(h, t->humour);
    h = h_i32(h, t->reply);
    h = sv_hash_u32(h, t->reply_ms);
    h = h_i32(h, t->quality);
    h = h_i32(h, t->heat);
    h = h_i32(h, t->cool);
    h = sv_hash_u32(h, t->exposed);
    h = sv_hash_u32(h, t->wave_left);
    h = sv_hash_u32(h, t->wave_steps);
    h = sv_hash_u32(h, t->wave_pool);
    h = sv_hash_u32(h, t->start_ms);
    h = sv_hash_u32(h, (uint32_t)t->moderated | (uint32_t)t->disputed << 1 |
                           (uint32_t)t->success << 2);
    h = h_i64(h, t->overdue);
    h = h_i64(h, t->held);
    h = sv_hash_u32(h, t->uncivil);
    h = h_i64(h, t->civ_sent);
    h = h_i64(h, t->proof);
    return h_i64(h, t->reply_sent);
}

static uint64_t hash_reactions(uint64_t h, const sv_Reactions *r)
{
    h = sv_hash_u32(h, r->likes);
    h = sv_hash_u32(h, r->shares);
    return sv_hash_u32(h, r->comments);
}

static uint64_t hash_comment(uint64_t h, const sv_Comment *c)
{
    h = sv_hash_u32(h, c->t_ms);
    h = sv_hash_u32(h, c->account);
    h = h_i32(h, c->post);
    h = h_i32(h, c->reply);
    h = sv_hash_u32(h, c->pool);
    h = sv_hash_u32(h, c->entry);
    h = sv_hash_u32(h, c->stance);
    h = sv_hash_u32(h, c->kind);
    return h_i32(h, c->stance_value);
}

static uint64_t hash_flow(uint64_t h, const sv_Audience *a)
{
    h = sv_hash_u32(h, a->next_ms);
    h = h_i32(h, a->shift);
    h = h_i32(h, a->follow);
    h = h_i32(h, a->follow_posts);
    h = h_i64(h, a->shift_fine);
    h = h_i64(h, a->shift_pending);
    h = h_i64(h, a->sent_carry);
    h = h_i64(h, a->reach_carry);
    h = h_i64(h, a->pending_free);
    h = h_i64(h, a->chatter_carry);
    h = h_i64(h, a->rep_acc);
    h = h_i32(h, a->rep_moved);
    h = h_i32(h, a->cur_reply);
    h = h_i64(h, a->cur_units);
    h = sv_hash_u32(h, a->comment_tokens);
    h = sv_hash_u32(h, a->uncivil_shown ? 1u : 0u);
    if (a->held) {
        h = sv_hash_u32(sv_hash_u32(h, a->full_ms), (uint32_t)a->held << 8 | a->held_at);
        for (uint32_t k = a->held_at; k < (uint32_t)a->held_at + a->held; k++)
            h = hash_comment(h, &a->cand[k]);
    }
    h = sv_hash_u64(h, a->rng.state);
    return sv_hash_u64(h, a->rng.inc);
}

uint64_t sv_audience_hash(uint64_t h, const sv_Session *s)
{
    const sv_Audience *a = s->audience;
    if (!a) return h;
    const sv_Scenario *sc = s->sc;
    h = sv_hash_u32(h, a->size);
    h = sv_hash_u32(h, a->segment_count);
    for (uint32_t g = 0; g < a->segment_count; g++) h = sv_hash_u32(h, a->seg_exposed[g]);
    h = sv_hash_u32(h, a->exposed);
    h = sv_hash_u64(h, a->trail);
    h = hash_flow(h, a);
    h = sv_hash_u32(h, a->topic_count);
    for (uint32_t t = 0; t < a->topic_count; t++) {
        h = hash_topic(h, &a->topics[t]);
        for (uint32_t g = 0; g < a->segment_count; g++) { /* what its accounts did, counted */
            const sv_Cell *cell = &a->cells[t][g];
            h = sv_hash_u32(sv_hash_u32(h, cell->exposed), cell->wave);
            for (uint32_t c = 0; c < SV_AUDIENCE_STRATA; c++)
                h = sv_hash_u32(sv_hash_u32(sv_hash_u32(h, cell->liked[c]), cell->liked_reply[c]),
                                cell->shared[c]);
        }
        for (uint32_t k = 0; k < SV_AUDIENCE_SLOTS; k++)
            h = h_i64(h, a->pending[t * SV_AUDIENCE_SLOTS + k]);
    }
    /* what injects add only once touched (session_internal.h) */
    uint32_t posts = sv_session_hashed_posts(s);
    for (uint32_t p = 0; p < posts; p++) h = hash_reactions(h, &a->post_reactions[p]);
    for (size_t r = 0; r < s->reply_count; r++) {
        h = hash_reactions(h, &a->reply_reactions[r]);
        h = h_i32(h, a->reply_quality[r]);
    }
    for (int k = 0; k < SV_ABOUT_COUNT; k++)
        for (int b = 0; b < SV_STANCE_COUNT; b++) h = sv_hash_u32(h, a->said[k][b]);
    for (uint32_t p = 0; p < sc->comment_pool_count; p++) h = sv_hash_u64(h, a->pool_recent[p]);
    h = sv_hash_u32(h, a->comment_count);
    for (uint32_t i = 0; i < a->comment_count; i++) h = hash_comment(h, &a->comments[i]);
    return h;
}
