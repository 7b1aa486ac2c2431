/* What a rule can read about one moment of judgement, built from the scenario,
 * the replies that went out before and the reply being judged (a candidate
 * works as well as a real one). Most of it is derived from the story and the
 * reply's structure rather than from tags an author may leave out: which facts
 * the reply states and whether they are so, whether the player could know
 * them yet, whether it offers a way forward, moves to private, repeats words
 * used before with only a name changed, and how its substance compares with
 * the answer the same complaint got elsewhere. Pure, like the rest of judging. */
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "score_internal.h"
#include "svara/score.h"

#define TEXT_MAX (SV_MAX_TEXT_BYTES * SV_MAX_COMPOSE + SV_MAX_COMPOSE)

/* ---- threads and replies ------------------------------------------------------------ */

int32_t sv_score_thread(const sv_Scenario *sc, int32_t post)
{
    /* bounded, so a corrupt reply_to loop cannot hang the core */
    for (uint32_t steps = 0; sv_in_range(post, sc->post_count) && steps < sc->post_count; steps++) {
        int32_t up = sc->posts[post].reply_to;
        if (!sv_in_range(up, sc->post_count)) return post;
        post = up;
    }
    return sv_in_range(post, sc->post_count) ? post : -1;
}

int32_t sv_score_reply_post(const sv_Scenario *sc, const sv_Reply *r)
{
    return sv_reply_post(sc, r);
}

static bool seen_at(const sv_Session *s, int32_t post, uint32_t t_ms)
{
    return sv_in_range(post, s->sc->post_count) && s->post_seen[post] && s->post_ms[post] <= t_ms;
}

/* Did reply e go out before the judgement whose snapshot counts `history` sent replies? */
static bool went_before(const sv_Reply *e, uint32_t history)
{
    return e->sent != 0 && e->sent <= history;
}

/* The option (or earlier reply) whose words this reply carries: only its
 * main action has them; NULL for a composed reply and a combined option's
 * other actions. */
static inline const sv_Option *worded(const sv_Scenario *sc, const sv_Reply *r)
{
    /* sv_reply_is_main: an earlier reply, a composed one, or the option's main action */
    if (r->prior) return sv_reply_option_inline(sc, r);
    if (r->option < 0) return NULL;
    const sv_Option *o = sv_reply_option_inline(sc, r);
    return o && r->step == o->main ? o : NULL;
}

static bool composed(const sv_Reply *r) { return r->option < 0 && !r->prior; }

static const sv_Part *part_at(const sv_Scenario *sc, const sv_Reply *r, uint32_t i)
{
    return i < r->part_count && i < SV_MAX_COMPOSE && sv_in_range(r->parts[i], sc->part_count)
               ? &sc->parts[r->parts[i]]
               : NULL;
}

/* ---- what never changes (sv_ScoreStatic) ------------------------------------------------ */

/* What judging reads of one option action or earlier reply, as it would work
 * it out for a reply with these action, visibility and decision (made as the
 * session makes them: take_option, the earlier replies at the start). */
typedef struct FixedReply {
    bool ok;
    sv_Action action;
    sv_Visibility visibility;
    int32_t decision;
    int32_t post; /* sv_reply_post */
    sv_ReplyInfo info;
    sv_TagSet tags;
    uint8_t kind_count;
    uint8_t kinds[SV_MAX_COMPOSE];
    int32_t offer;
    uint32_t length[SV_LANG_COUNT];
    bool checked;        /* own_check */
    uint8_t implicit[4]; /* implicit_claim on `post`: confirms true, false, denies true, false */
    uint32_t words;      /* its words (English) names aside: equal classes, equal words; 0 none */
    uint32_t marks_at;   /* into marks: what it states about `post`, fact << 2 | mark, */
    uint32_t mark_count; /* by fact */
} FixedReply;

struct sv_ScoreStatic {
    const sv_Scenario *sc;
    uint32_t *step_at;   /* [option_count + 1]: option o's actions from replies[step_at[o]] */
    FixedReply *replies; /* the options' actions, then the earlier replies */
    uint32_t *marks;
    int32_t *thread, *key; /* [post_count]: sv_score_thread, complaint_key */
    uint32_t *own_facts;   /* the facts of the scenario itself (post < 0) */
    uint32_t own_fact_count;
    uint8_t fact_marks;  /* MARKS_OUTCOME, MARKS_CAUSE, MARKS_PRIVATE (scan_marks) */
    uint32_t *reveal_at; /* [decision_count + 1] into reveals: what its options reveal */
    uint32_t *reveals;
    sv_ScoreMemo *memo;          /* the sieve's answers (score_compile.c), kept as judging goes */
    sv_ScoreTickMemo *tick_memo; /* tick contexts (score_ticks.c), NULL none */
    /* [part_count * SV_LANG_COUNT]: each part's words, bytes and characters */
    uint32_t *part_bytes, *part_chars;
    /* [classes * classes] bits: word classes i < j (from 1) are one cut down
     * from the other (pasted), at bit (i - 1) * classes + j - 1 */
    uint8_t *pastes;
    uint32_t classes;
    char **flat; /* [classes]: each class's letters and digits (read_words), names aside */
    size_t *flat_len;
    char **part_flat; /* [part_count]: each part's, in English */
    size_t *part_flat_len;
};

static inline const sv_ScoreStatic *static_of(const sv_Session *s)
{
    const sv_ScoreStatic *x = s->score ? s->score->stat : NULL;
    return x && x->sc == s->sc ? x : NULL;
}

/* Word classes a and b (0: no words) are one pasted from the other, cut down
 * (the relation goes both ways: kept once, the lower class first). */
static bool static_pasted(const sv_Session *s, uint32_t a, uint32_t b)
{
    const sv_ScoreStatic *x = static_of(s);
    if (!x || !x->pastes || !a || !b || a > x->classes || b > x->classes) return false;
    uint32_t lo = a < b ? a : b, hi = a < b ? b : a;
    size_t bit = (size_t)(lo - 1u) * x->classes + hi - 1u;
    return ((unsigned)x->pastes[bit >> 3] >> (bit & 7u) & 1u) != 0u;
}

/* The reply's entry when it is one of them as made, else NULL. */
static inline const FixedReply *fixed_of(const sv_Session *s, const sv_Reply *r)
{
    const sv_ScoreStatic *x = static_of(s);
    if (!x) return NULL;
    const sv_Scenario *sc = x->sc;
    const FixedReply *e;
    if (r->prior) {
        if (r->prior > sc->earlier_count) return NULL;
        e = &x->replies[x->step_at[sc->option_count] + r->prior - 1u];
    } else if (r->option >= 0 && (uint32_t)r->option < sc->option_count) {
        uint32_t at = x->step_at[r->option] + r->step;
        if (at >= x->step_at[r->option + 1]) return NULL;
        e = &x->replies[at];
    } else {
        return NULL;
    }
    return e->ok && e->action == r->action && e->visibility == r->visibility &&
                   e->decision == r->decision
               ? e
               : NULL;
}

sv_ScoreTickMemo *sv_score_static_tick_memo(const sv_Session *s)
{
    const sv_ScoreStatic *x = static_of(s);
    return x ? x->tick_memo : NULL;
}

static int32_t complaint_key(const sv_Scenario *sc, int32_t post);

static inline int32_t thread_of(const sv_Session *s, int32_t post)
{
    const sv_ScoreStatic *x = static_of(s);
    return x && sv_in_range(post, s->sc->post_count) ? x->thread[post]
                                                     : sv_score_thread(s->sc, post);
}

static inline int32_t key_of(const sv_Session *s, int32_t post)
{
    const sv_ScoreStatic *x = static_of(s);
    return x && sv_in_range(post, s->sc->post_count) ? x->key[post] : complaint_key(s->sc, post);
}

static sv_TagSet reply_tags(const sv_Scenario *sc, const sv_Reply *r)
{
    const sv_Option *o = worded(sc, r);
    if (o || !composed(r)) return o ? o->tags : 0;
    sv_TagSet t = 0;
    for (uint32_t i = 0; i < r->part_count; i++)
        if (part_at(sc, r, i)) t |= part_at(sc, r, i)->tags;
    return t;
}

static uint8_t reply_kinds(const sv_Scenario *sc, const sv_Reply *r, uint8_t *kinds)
{
    uint8_t n = 0;
    const sv_Option *o = worded(sc, r);
    if (o || !composed(r)) {
        for (; o && n < o->structure_count && n < SV_MAX_COMPOSE; n++) kinds[n] = o->structure[n];
        return n;
    }
    for (uint32_t i = 0; i < r->part_count; i++)
        if (part_at(sc, r, i)) kinds[n++] = (uint8_t)part_at(sc, r, i)->kind;
    return n;
}

bool sv_score_reply_delivers(const sv_Scenario *sc, const sv_Reply *r)
{
    if (!sv_reply_speaks(r)) return false;
    if (r->action == SV_ACTION_ASK) return true;
    const sv_Option *o = worded(sc, r);
    if (!o && !composed(r)) return false; /* a combined option's other action: no words */
    bool defers = r->action == SV_ACTION_MOVE_PRIVATE;
    if (o && o->structure_count == 0) return !defers; /* undeclared: only the action tells */
    if ((reply_tags(sc, r) >> SV_TAG_SOLUTION) & 1u || (o && o->offer > 0)) return true;
    uint8_t kinds[SV_MAX_COMPOSE];
    uint8_t n = reply_kinds(sc, r, kinds);
    for (uint8_t i = 0; i < n; i++) {
        switch (kinds[i]) {
        case SV_PART_ACKNOWLEDGE:
        case SV_PART_DENY:
        case SV_PART_EXPLAIN:
        case SV_PART_COMPENSATE:
        case SV_PART_ASK:
        case SV_PART_OTHER: return true; /* something said about the case */
        case SV_PART_FOLLOW_UP:
        case SV_PART_MOVE_PRIVATE: defers = true; break;
        default: break;
        }
    }
    return !defers;
}

/* Does the reply carry something a promise to come back can stand for: the
 * explanation or an update (an explain part, a claim confirmed or denied,
 * facts the option's own check found), the remedy (compensation, an offer, a
 * part tagged solution) or the answer said some other way (an `other` part)?
 * explained/remedied, when not NULL, say which of the first two it holds. */
static bool carries(const sv_Scenario *sc, const sv_Reply *r, bool *explained, bool *remedied)
{
    bool ex = false, re = false, other = false;
    const sv_Option *o = worded(sc, r);
    if (sv_reply_speaks(r) && (o || composed(r))) {
        re = ((reply_tags(sc, r) >> SV_TAG_SOLUTION) & 1u) || (o && o->offer > 0);
        ex = o && (o->claims.confirms.count || o->claims.denies.count ||
                   (o->claims.reveals.count && sv_option_checks_first(o)));
        for (uint32_t i = 0; composed(r) && i < r->part_count; i++) {
            const sv_Part *p = part_at(sc, r, i);
            if (p && (p->claims.confirms.count || p->claims.denies.count)) ex = true;
        }
        uint8_t kinds[SV_MAX_COMPOSE];
        uint8_t n = reply_kinds(sc, r, kinds);
        for (uint8_t i = 0; i < n; i++) {
            ex = ex || kinds[i] == SV_PART_ACKNOWLEDGE || kinds[i] == SV_PART_DENY ||
                 kinds[i] == SV_PART_EXPLAIN;
            re = re || kinds[i] == SV_PART_COMPENSATE;
            other = other || kinds[i] == SV_PART_OTHER;
        }
        /* undeclared: only the action tells, and a move or a question carries nothing */
        if (o && o->structure_count == 0 && r->action != SV_ACTION_MOVE_PRIVATE &&
            r->action != SV_ACTION_ASK)
            other = true;
    }
    if (explained) *explained = ex;
    if (remedied) *remedied = re;
    return ex || re || other;
}

bool sv_score_reply_carries(const sv_Scenario *sc, const sv_Reply *r)
{
    return carries(sc, r, NULL, NULL);
}

bool sv_score_promise_for_answer(const sv_Scenario *sc, const sv_Reply *promised)
{
    bool explained = false, remedied = false;
    carries(sc, promised, &explained, &remedied);
    return !(explained && remedied);
}

/* Characters (bytes that are no UTF-8 continuation, 10xxxxxx) among len
 * bytes: eight at a time. */
static uint32_t utf8_count(const char *t, size_t len)
{
    const uint64_t lo = 0x0101010101010101ull;
    uint32_t n = 0;
    size_t k = 0;
    for (; k + 8 <= len; k += 8) {
        uint64_t w;
        memcpy(&w, t + k, 8);
        /* a continuation byte has bit 7 set and bit 6 clear */
        uint64_t cont = (w >> 7) & ~(w >> 6) & lo;
        n += 8u - (uint32_t)((cont * lo) >> 56);
    }
    for (; k < len; k++) n += ((unsigned char)t[k] & 0xC0u) != 0x80u;
    return n;
}

static uint32_t utf8_chars(const char *s) { return s ? utf8_count(s, strlen(s)) : 0; }

/* The reply's words in `lang` (parts joined with one space), into buf. */
static const char *reply_words(const sv_Scenario *sc, const sv_Reply *r, sv_Lang lang, char *buf,
                               size_t size)
{
    const sv_Option *o = worded(sc, r);
    buf[0] = '\0';
    if (o || !composed(r)) return o ? sv_text_get(&o->text, lang) : "";
    size_t n = 0;
    for (uint32_t i = 0; i < r->part_count && n + 1 < size; i++) {
        const sv_Part *p = part_at(sc, r, i);
        if (!p) continue;
        const char *t = sv_text_get(&p->text, lang);
        size_t len = strlen(t);
        if (n && n + 1 < size) buf[n++] = ' ';
        if (len > size - n - 1) len = size - n - 1;
        memcpy(buf + n, t, len);
        n += len;
        buf[n] = '\0';
    }
    return buf;
}

/* Bytes of the reply's words as reply_words joins them, before any cut. */
static size_t words_len(const sv_Scenario *sc, const sv_Reply *r, sv_Lang lang)
{
    const sv_Option *o = worded(sc, r);
    if (o || !composed(r)) return o ? strlen(sv_text_get(&o->text, lang)) : 0;
    size_t n = 0;
    for (uint32_t i = 0; i < r->part_count; i++) {
        const sv_Part *p = part_at(sc, r, i);
        if (!p) continue;
        if (n) n++;
        n += strlen(sv_text_get(&p->text, lang));
    }
    return n;
}

/* The reply's words: in t->local when they fit whole (then as reply_words
 * would join them into any buffer), else in a buffer of TEXT_MAX on the
 * heap, cut as reply_words cuts them; NULL out of memory. */
typedef struct Text {
    char local[1024];
    char *heap;
} Text;

static const char *text_of(const sv_Scenario *sc, const sv_Reply *r, sv_Lang lang, Text *t)
{
    /* an option's words are read where they are, whatever their length */
    const sv_Option *o = worded(sc, r);
    if (o || !composed(r)) return o ? sv_text_get(&o->text, lang) : "";
    if (words_len(sc, r, lang) + 1u < sizeof t->local)
        return reply_words(sc, r, lang, t->local, sizeof t->local);
    if (!t->heap) t->heap = malloc(TEXT_MAX);
    return t->heap ? reply_words(sc, r, lang, t->heap, TEXT_MAX) : NULL;
}

/* Characters of the reply's words, counted as reply_words joins and cuts them. */
static uint32_t reply_length(const sv_Scenario *sc, const sv_Reply *r, sv_Lang lang)
{
    const sv_Option *o = worded(sc, r);
    if (o || !composed(r)) return o ? utf8_chars(sv_text_get(&o->text, lang)) : 0;
    const size_t size = TEXT_MAX;
    size_t n = 0;
    uint32_t chars = 0;
    for (uint32_t i = 0; i < r->part_count && n + 1 < size; i++) {
        const sv_Part *p = part_at(sc, r, i);
        if (!p) continue;
        const char *t = sv_text_get(&p->text, lang);
        size_t len = strlen(t);
        if (n && n + 1 < size) {
            n++;
            chars++; /* the space */
        }
        if (len > size - n - 1) len = size - n - 1;
        chars += utf8_count(t, len);
        n += len;
    }
    return chars;
}

/* reply_length, from each part's count when the scenario's are worked out
 * and the words fit whole (then nothing is cut, and every part after the
 * first with words adds its space). */
static uint32_t composed_length(const sv_Session *s, const sv_Reply *r, sv_Lang lang)
{
    const sv_Scenario *sc = s->sc;
    const sv_ScoreStatic *x = static_of(s);
    if (!x || !composed(r) || (unsigned)lang >= SV_LANG_COUNT) return reply_length(sc, r, lang);
    uint64_t bytes = 0;
    uint32_t chars = 0;
    for (uint32_t i = 0; i < r->part_count; i++) {
        if (!part_at(sc, r, i)) continue;
        size_t k = (size_t)r->parts[i] * SV_LANG_COUNT + (size_t)lang;
        if (bytes) {
            bytes++;
            chars++;
        }
        bytes += x->part_bytes[k];
        chars += x->part_chars[k];
    }
    return bytes + 1u < TEXT_MAX ? chars : reply_length(sc, r, lang);
}

/* ---- words used before, names aside -------------------------------------------------- */

static bool word_char(unsigned char c)
{
    return c >= 0x80 || c == '@' || c == '_' || (c >= '0' && c <= '9') ||
           ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* The personas' handles, names and first names are tried in that order,
 * persona by persona; a word that begins with none of their first bytes is
 * no name, and the names are not tried. */
typedef struct NameStarts {
    bool byte[256];
    const sv_Scenario *sc;
} NameStarts;

static void name_starts(const sv_Scenario *sc, NameStarts *ns)
{
    memset(ns->byte, 0, sizeof ns->byte);
    ns->sc = sc;
    for (uint32_t p = 0; p < sc->persona_count; p++) {
        const sv_Persona *pe = &sc->personas[p];
        if (pe->handle && pe->handle[0]) ns->byte[(unsigned char)pe->handle[0]] = true;
        if (pe->name && pe->name[0]) ns->byte[(unsigned char)pe->name[0]] = true;
    }
}

/* Is the whole of `name` at in[i] as a whole word? Its length then, else 0. */
static size_t whole_at(const char *in, size_t i, const char *name)
{
    size_t j = 0;
    while (name[j] && in[i + j] == name[j]) j++;
    return j && !name[j] && !word_char((unsigned char)in[i + j]) ? j : 0;
}

/* The length of the persona's name, first name or handle that starts at
 * in[i] as a whole word, 0 when none does (the first persona's, in order:
 * handle, name, the name up to its first space). */
static size_t name_len_at(const NameStarts *ns, const char *in, size_t i)
{
    /* a name only starts a word, with one of its first bytes */
    if (!ns->byte[(unsigned char)in[i]] || (i > 0 && word_char((unsigned char)in[i - 1]))) return 0;
    const sv_Scenario *sc = ns->sc;
    for (uint32_t p = 0; p < sc->persona_count; p++) {
        const sv_Persona *pe = &sc->personas[p];
        size_t n;
        if (pe->handle && pe->handle[0] == in[i] && (n = whole_at(in, i, pe->handle))) return n;
        const char *name = pe->name;
        if (!name || name[0] != in[i]) continue;
        /* the name and its first word in one walk: j bytes agree */
        size_t j = 0;
        while (name[j] && name[j] != ' ' && in[i + j] == name[j]) j++;
        if (name[j] == ' ' || !name[j]) {
            size_t first = j; /* the first word agrees whole */
            if (name[j]) {
                while (name[j] && in[i + j] == name[j]) j++;
                if (!name[j] && !word_char((unsigned char)in[i + j])) return j; /* the name */
            } else if (!word_char((unsigned char)in[i + j])) {
                return j; /* the name is one word */
            }
            if (first && !word_char((unsigned char)in[i + first])) return first;
        }
    }
    return 0;
}

/* A text read with every persona's name, first name and handle as '#' and
 * letters lowered (ASCII), so "Hi Anna, sorry!" and "Hi Per, sorry!" read as
 * the same canned words; one byte at a time, so two texts are compared only
 * as far as they agree. */
typedef struct Words {
    const NameStarts *ns;
    const char *in;
    size_t i;
} Words;

static unsigned char next_byte(Words *w)
{
    if (!w->in[w->i]) return 0;
    size_t skip = name_len_at(w->ns, w->in, w->i);
    if (skip) {
        w->i += skip;
        return '#';
    }
    unsigned char c = (unsigned char)w->in[w->i++];
    return (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

static bool same_words(const NameStarts *ns, const char *a, const char *b)
{
    Words x = {ns, a, 0}, y = {ns, b, 0};
    for (;;) {
        unsigned char ca = next_byte(&x), cb = next_byte(&y);
        if (ca != cb) return false;
        if (!ca) return true;
    }
}

/* A text's letters and digits as next_byte reads them (names as '#',
 * letters lowered; spaces and punctuation left out, so a sentence cut at a
 * comma is still the same words), on the heap; NULL when out of memory. */
static char *read_words(const NameStarts *ns, const char *t, size_t *len)
{
    char *out = malloc(strlen(t) + 1u);
    if (!out) return NULL;
    Words w = {ns, t, 0};
    size_t n = 0;
    for (unsigned char c; (c = next_byte(&w)) != 0;)
        if (c == '#' || c >= 0x80u || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out[n++] = (char)c;
    out[n] = '\0';
    *len = n;
    return out;
}

/* The shorter text is the longer one cut down, names aside: the same answer
 * pasted with a sentence left off, or quoted whole inside an option that
 * also says what is done first. Only when the shorter holds most of the
 * longer (two thirds of its letters) and is more than a formula (PASTE_MIN
 * letters and digits): a shared "you're right, sorry" is no paste. */
#define PASTE_MIN 48u
static bool pasted_read(const char *x, size_t lx, const char *y, size_t ly)
{
    const char *shorter = lx <= ly ? x : y, *longer = lx <= ly ? y : x;
    size_t ls = lx <= ly ? lx : ly, ll = lx <= ly ? ly : lx;
    return ls >= PASTE_MIN && ls * 3u >= ll * 2u && strstr(longer, shorter) != NULL;
}

static int32_t author_of(const sv_Scenario *sc, int32_t post)
{
    return sv_in_range(post, sc->post_count) ? sc->posts[post].author : -1;
}

static const sv_ReplyInfo *reply_info(const sv_Session *s, size_t i, sv_ReplyInfo *tmp);

/* What the context reads of reply i, which went out: the memo's entry when
 * filled, else through reply_info. */
static inline const sv_ReplyInfo *info_of(const sv_Session *s, size_t i, sv_ReplyInfo *tmp)
{
    const sv_ReplyInfo *memo = s->score ? s->score->reply_info : NULL;
    return memo && i < s->reply_cap && memo[i].filled ? &memo[i] : reply_info(s, i, tmp);
}

/* The reply's letters and digits as read_words reads them: an option's kept
 * with its class, a composed reply's its parts' joined (the spaces between
 * them are no letters), else read now; *owned when the caller frees it.
 * NULL when out of memory. */
static const char *flat_of(const sv_Session *s, const sv_Reply *r, const char *text,
                           const NameStarts *ns, size_t *len, char **owned)
{
    const sv_ScoreStatic *x = static_of(s);
    const FixedReply *fx = fixed_of(s, r);
    *owned = NULL;
    if (x && x->flat && fx && fx->words && fx->words <= x->classes) {
        *len = x->flat_len[fx->words - 1u];
        return x->flat[fx->words - 1u];
    }
    const sv_Scenario *sc = s->sc;
    if (!x || !x->part_flat || !composed(r)) return *owned = read_words(ns, text, len);
    size_t n = 0;
    for (uint32_t i = 0; i < r->part_count && i < SV_MAX_COMPOSE; i++)
        if (part_at(sc, r, i)) n += x->part_flat_len[r->parts[i]];
    char *out = *owned = malloc(n + 1u);
    if (!out) return NULL;
    n = 0;
    for (uint32_t i = 0; i < r->part_count && i < SV_MAX_COMPOSE; i++) {
        if (!part_at(sc, r, i)) continue;
        memcpy(out + n, x->part_flat[r->parts[i]], x->part_flat_len[r->parts[i]]);
        n += x->part_flat_len[r->parts[i]];
    }
    out[n] = '\0';
    *len = n;
    return out;
}

/* Earlier replies to other people with the same words as r, names aside, or
 * the same words cut down (pasted; the same words to the same customer in two
 * channels are consistency, not a template). */
static uint32_t repeats(const sv_Session *s, uint32_t history, const sv_Reply *r, int32_t post)
{
    const sv_Scenario *sc = s->sc;
    if (!sv_reply_speaks(r)) return 0;
    /* words worked out once: their classes compare them (none: nothing repeats) */
    const FixedReply *fr = fixed_of(s, r);
    if (fr && !fr->words) return 0;
    Text a, b; /* only the heap pointers need a start: text_of writes what it reads */
    a.heap = b.heap = NULL;
    NameStarts ns;
    const char *mine = NULL;
    const char *mine_flat = NULL; /* my letters and digits, read when a paste is looked for */
    char *mine_owned = NULL;
    size_t mine_len = 0;
    bool mine_read = false;
    uint32_t n = 0;
    for (size_t i = 0; i < s->reply_count; i++) {
        const sv_Reply *e = &s->replies[i];
        if (!went_before(e, history)) continue;
        sv_ReplyInfo tmp;
        const sv_ReplyInfo *in = info_of(s, i, &tmp);
        int32_t ep = in->post;
        if (!in->speaks || ep == post || (ep >= 0 && author_of(sc, ep) == author_of(sc, post)))
            continue;
        const FixedReply *fe = fr ? fixed_of(s, e) : NULL;
        if (fe) {
            n += fe->words == fr->words || static_pasted(s, fe->words, fr->words);
            continue;
        }
        if (!mine) { /* made once there is something to compare it with */
            mine = text_of(sc, r, SV_LANG_EN, &a);
            if (!mine) break; /* out of memory: no verdict, as nothing repeated */
            name_starts(sc, &ns);
            if (!mine[0]) break;
        }
        const char *theirs = text_of(sc, e, SV_LANG_EN, &b);
        if (!theirs) {
            n = 0;
            break;
        }
        if (theirs == mine || same_words(&ns, mine, theirs)) { /* one option's very words */
            n++;
            continue;
        }
        /* the same words cut down: my letters read once, an option's kept */
        if (!mine_read) {
            mine_read = true;
            mine_flat = flat_of(s, r, mine, &ns, &mine_len, &mine_owned);
        }
        if (!mine_flat || mine_len < PASTE_MIN) continue; /* too short to be or hold a paste */
        char *owned;
        size_t len = 0;
        const char *flat = flat_of(s, e, theirs, &ns, &len, &owned);
        n += flat && pasted_read(mine_flat, mine_len, flat, len);
        free(owned);
    }
    free(mine_owned);
    free(a.heap);
    free(b.heap);
    return n;
}

/* ---- facts: what the reply states, and what the player knows ---------------------------- */

/* What a reply states, fact by fact: 1 confirmed, 2 denied (3 both). On the
 * stack for a scenario within the limits (judging runs several times for
 * every reply), on the heap otherwise. */
typedef struct Marks {
    uint8_t local[SV_MAX_FACTS];
    uint8_t *heap;
} Marks;

static uint8_t *marks_new(Marks *m, uint32_t facts)
{
    m->heap = NULL;
    if (facts <= SV_MAX_FACTS) {
        memset(m->local, 0, facts);
        return m->local;
    }
    m->heap = calloc(facts, 1);
    return m->heap;
}

static void marks_free(Marks *m) { free(m->heap); }

/* The fact the i-th reference of a span names; -1 when it names none in range. */
static int32_t fact_at(const sv_Scenario *sc, sv_Span refs, uint32_t i)
{
    uint64_t k = (uint64_t)refs.start + i;
    return k < sc->fact_ref_count && sc->fact_refs[k] < sc->fact_count ? (int32_t)sc->fact_refs[k]
                                                                       : -1;
}

static void mark_refs(const sv_Scenario *sc, sv_Span refs, uint8_t bit, uint8_t *mark)
{
    for (uint32_t i = 0; i < refs.count; i++) {
        int32_t f = fact_at(sc, refs, i);
        if (f >= 0) mark[f] |= bit;
    }
}

/* A part of kind acknowledge confirms, and one of kind deny denies, every
 * claim of the answered post unless the reply names its own. */
static void mark_claims(const sv_Scenario *sc, int32_t post, uint8_t bit, uint8_t *mark)
{
    if (!sv_in_range(post, sc->post_count)) return;
    sv_Span c = sc->posts[post].claims;
    for (uint32_t i = 0; i < c.count && c.start + i < sc->fact_count; i++) mark[c.start + i] |= bit;
}

/* What an option's words state: its own lists, else what its acknowledge or
 * deny part says of the post's claims. kinds, n: its part kinds. */
static void mark_option(const sv_Scenario *sc, const sv_Option *o, const uint8_t *kinds, uint8_t n,
                        int32_t post, uint8_t *mark)
{
    mark_refs(sc, o->claims.confirms, 1, mark);
    mark_refs(sc, o->claims.denies, 2, mark);
    if (!o->claims.confirms.count && !o->claims.denies.count) {
        if (sv_score_kinds_have(kinds, n, SV_PART_ACKNOWLEDGE)) mark_claims(sc, post, 1, mark);
        if (sv_score_kinds_have(kinds, n, SV_PART_DENY)) mark_claims(sc, post, 2, mark);
    }
}

/* kinds, n: the reply's part kinds (reply_kinds) */
static void mark_stated(const sv_Scenario *sc, const sv_Reply *r, const uint8_t *kinds, uint8_t n,
                        int32_t post, uint8_t *mark)
{
    const sv_Option *o = worded(sc, r);
    if (o) {
        mark_option(sc, o, kinds, n, post, mark);
        return;
    }
    for (uint32_t i = 0; composed(r) && i < r->part_count; i++) {
        const sv_Part *p = part_at(sc, r, i);
        if (!p) continue;
        mark_refs(sc, p->claims.confirms, 1, mark);
        mark_refs(sc, p->claims.denies, 2, mark);
        bool own = p->claims.confirms.count || p->claims.denies.count;
        if (!own && p->kind == SV_PART_ACKNOWLEDGE) mark_claims(sc, post, 1, mark);
        if (!own && p->kind == SV_PART_DENY) mark_claims(sc, post, 2, mark);
    }
}

static bool known_now(const sv_Session *s, const sv_ScoreSnapshot *snap, uint32_t f)
{
    const uint8_t *k = snap->known ? snap->known : s->fact_known;
    return k ? k[f] != 0 : s->sc->facts[f].known;
}

/* Does a span of fact references name a fact the player does not know now? */
static bool span_unknown(const sv_Session *s, const sv_ScoreSnapshot *snap, sv_Span refs)
{
    for (uint32_t i = 0; i < refs.count; i++) {
        int32_t f = fact_at(s->sc, refs, i);
        if (f >= 0 && !known_now(s, snap, (uint32_t)f)) return true;
    }
    return false;
}

/* Does a span of fact references name a fact at all (one in range)? */
static bool names_fact(const sv_Scenario *sc, sv_Span refs)
{
    for (uint32_t i = 0; i < refs.count; i++)
        if (fact_at(sc, refs, i) >= 0) return true;
    return false;
}

static bool unknown_at_start(const sv_Scenario *sc, sv_Span refs)
{
    for (uint32_t i = 0; i < refs.count; i++) {
        int32_t f = fact_at(sc, refs, i);
        if (f >= 0 && !sc->facts[f].known) return true;
    }
    return false;
}

/* Did the reply's own option check first, and find out what nobody knew at the start? */
static bool own_check(const sv_Scenario *sc, const sv_Reply *r)
{
    const sv_Option *o = r->prior ? NULL : sv_reply_option_inline(sc, r);
    if (!o || !sv_option_checks_first(o)) return false;
    return unknown_at_start(sc, o->claims.reveals) || unknown_at_start(sc, o->claims.confirms) ||
           unknown_at_start(sc, o->claims.denies);
}

/* A post without claims of its own (a scenario built by hand, not loaded)
 * still claims what its claim_true says: acknowledging confirms it, denying
 * denies it, as the loader's implicit claim would. */
static void implicit_claim(const sv_Scenario *sc, const uint8_t *kinds, uint8_t n, int32_t post,
                           sv_ScoreContext *c)
{
    if (!sv_in_range(post, sc->post_count) || sc->posts[post].claims.count ||
        sc->posts[post].valence != SV_VALENCE_NEGATIVE)
        return;
    bool truth = sc->posts[post].claim_true;
    if (sv_score_kinds_have(kinds, n, SV_PART_ACKNOWLEDGE))
        truth ? c->confirms_true++ : c->confirms_false++;
    if (sv_score_kinds_have(kinds, n, SV_PART_DENY)) truth ? c->denies_true++ : c->denies_false++;
}

/* Does the reply deny something false (a correction: *corrects)? Does it
 * deny something and confirm nothing (*only_denies)? Its explanation then
 * gives the reasons for the denial: a correction, not a way forward for the
 * customer (ORDER: the true part of a partly true complaint still needs
 * owning and making right). Does it state something untrue (*misleads:
 * confirms something false or denies something true)? One pass for all. */
static void denials(const sv_Scenario *sc, const sv_Reply *r, const uint8_t *kinds, uint8_t n,
                    int32_t post, bool *corrects, bool *only_denies, bool *misleads)
{
    sv_ScoreContext c = {0};
    implicit_claim(sc, kinds, n, post, &c);
    bool found = c.denies_false > 0, untrue = c.confirms_false > 0 || c.denies_true > 0;
    uint32_t confirms = c.confirms_true + c.confirms_false, denies = c.denies_true + c.denies_false;
    Marks m;
    uint8_t *mark = sc->fact_count ? marks_new(&m, sc->fact_count) : NULL;
    if (mark) {
        mark_stated(sc, r, kinds, n, post, mark);
        for (uint32_t f = 0; f < sc->fact_count; f++) {
            if (!mark[f]) continue;
            confirms += (mark[f] & 1) != 0;
            denies += (mark[f] & 2) != 0;
            if ((mark[f] & 2) && !sc->facts[f].truth) found = true;
            if (mark[f] & (sc->facts[f].truth ? 2 : 1)) untrue = true;
        }
        marks_free(&m);
    }
    *corrects = found;
    *misleads = untrue;
    *only_denies = denies > 0 && confirms == 0;
}

/* A reply's marks on one fact (1: confirms, 2: denies) say it as it is: a
 * true fact confirmed or a false one denied, and nothing the other way. Only
 * that is a check's result stated; denying what the check found is not. */
static bool states_rightly(uint32_t bits, bool truth)
{
    return truth ? (bits & 1u) && !(bits & 2u) : (bits & 2u) && !(bits & 1u);
}

/* Does a reply that states a fact so (bits: 1 confirms, 2 denies) say what is
 * so and known? Only such a confirmation meets the post's need ("needs": a
 * guess that it can be done is no answer to what she needs) or tells the
 * measure taken. */
static bool confirms_so(uint32_t bits, bool truth, bool known)
{
    return (bits & 1u) && !(bits & 2u) && truth && known;
}

/* What the sorries of a composed reply own, when they say it: the answered
 * post's true claims its apologise parts name in their own confirms ("that
 * part is on us": the late text, not the wind). Counted as the brand's fault
 * (fault[0]) or as none of it (fault[1]), and in fault[2] those of fault[0]
 * not marked private (sympathy for a person's health owns no fault); false
 * when no apologise part names one, and what the whole reply owns decides. */
static bool sorry_names(const sv_Scenario *sc, const sv_Reply *r, int32_t post, uint32_t fault[3])
{
    if (!composed(r)) return false;
    for (uint32_t i = 0; i < r->part_count; i++) {
        const sv_Part *p = part_at(sc, r, i);
        if (!p || p->kind != SV_PART_APOLOGISE) continue;
        for (uint32_t k = 0; k < p->claims.confirms.count; k++) {
            int32_t at = fact_at(sc, p->claims.confirms, k);
            const sv_Fact *f = at >= 0 ? &sc->facts[at] : NULL;
            if (!f || !f->truth || f->post < 0 || f->post != post) continue;
            fault[f->no_fault]++;
            fault[2] += !f->no_fault && !f->confidential;
        }
    }
    return fault[0] + fault[1] > 0;
}

/* Is what a reply owns no fault of the brand's (the test no_fault)? fault and
 * none count the answered post's true claims it confirms that are the brand's
 * fault and that are not ("fault": false). A composed reply whose apologise
 * parts name claims in their own confirms (sorry, from sorry_names; else
 * NULL) owns what they name; else, when it
 * confirms none of the post's claims, a sorry or a remedy in it owns the
 * post's true claims as the post makes them: all of them no fault, and one at
 * least. */
static bool owns_no_fault(const sv_Scenario *sc, int32_t post, const uint32_t *sorry,
                          uint32_t fault, uint32_t none)
{
    if (sorry) return sorry[0] == 0;
    if (fault || none) return fault == 0;
    if (!sv_in_range(post, sc->post_count)) return false;
    sv_Span cl = sc->posts[post].claims;
    bool any = false;
    for (uint32_t i = 0; i < cl.count && cl.start + i < sc->fact_count; i++) {
        const sv_Fact *f = &sc->facts[cl.start + i];
        if (!f->truth) continue;
        if (!f->no_fault) return false;
        any = true;
    }
    return any;
}

/* A claim of the answered post, confirmed or denied: the reply answers what
 * the post says (c->answers_claim); a true one confirmed is counted as the
 * brand's fault (fault[0]) or as none of it (fault[1]). */
static void count_owned(const sv_Scenario *sc, sv_ScoreContext *c, uint32_t f, uint32_t bits,
                        uint32_t fault[2])
{
    const sv_Fact *x = &sc->facts[f];
    if (!bits || x->post < 0 || x->post != c->post) return;
    c->answers_claim = true;
    if ((bits & 1u) && x->truth) fault[x->no_fault]++;
}

/* What the answered post says it needs and asks for (FORMAT.md's "needs" and
 * "answer"): the need's fact (-1: none), the facts that answer its question,
 * and how many of them the reply has confirmed so far. */
typedef struct {
    int64_t need;
    sv_Span answers;
    uint32_t answered;
} Asked;

/* Is what the post asks answered: every fact it asks for confirmed? */
static bool asked_all(const Asked *a)
{
    return a->answers.count && a->answered == a->answers.count;
}

/* What the reply owns and answers, once what it states is read: the question
 * answered (asked_all), what it owns no fault of the brand's (owns_no_fault)
 * and a sorry that owns a fault itself (the test sorry_owns_fault: an
 * apologise part that names in its own confirms a true claim of the answered
 * post at fault and not marked private); the sorries are read once for both. */
static void settle_owned(const sv_Scenario *sc, const sv_Reply *r, const Asked *need,
                         const uint32_t owned[2], sv_ScoreContext *c)
{
    uint32_t sorry[3] = {0, 0, 0};
    bool named = sorry_names(sc, r, c->post, sorry);
    c->answers_question = asked_all(need);
    c->no_fault = owns_no_fault(sc, c->post, named ? sorry : NULL, owned[0], owned[1]);
    c->sorry_owns_fault = sorry[2] > 0;
}

/* What stating fact f (bits: 1 confirms, 2 denies) tells of the reply, added
 * to c: the truths and untruths it confirms or denies, a guess, what a check
 * brought to light, a private fact, the post's need or an answer to what it asks
 * (counted in need), the measure taken or the inquiry
 * confirmed, and the answered post's claims it owns (owned). The same for
 * an option's statements worked out once and for a reply's read now. */
static void read_stated(const sv_Session *s, const sv_ScoreSnapshot *snap, sv_ScoreContext *c,
                        uint32_t f, uint32_t bits, Asked *need, uint32_t owned[2])
{
    const sv_Fact *x = &s->sc->facts[f];
    bool truth = x->truth, known = known_now(s, snap, f);
    if (bits & 1) truth ? c->confirms_true++ : c->confirms_false++;
    if (bits & 2) truth ? c->denies_true++ : c->denies_false++;
    if (!known) c->guesses++;
    /* stating, rightly, what a check during the run brought to light */
    if (known && !x->known && states_rightly(bits, truth)) c->checked = true;
    /* saying it is so or is not so tells as much about a private fact */
    if (x->confidential) c->states_private = true;
    /* what the customer said she needs, what was changed so it does not
     * happen again (a measure) or what is being done to find out (an
     * inquiry), confirmed when it is so */
    if (confirms_so(bits, truth, known)) {
        c->meets_need = c->meets_need || need->need == (int64_t)f;
        for (uint32_t k = 0; k < need->answers.count; k++)
            if (fact_at(s->sc, need->answers, k) == (int32_t)f) need->answered++;
        c->tells_measure = c->tells_measure || x->measure;
        c->tells_inquiry = c->tells_inquiry || x->inquiry;
        c->tells_outcome = c->tells_outcome || x->outcome;
        c->tells_recourse = c->tells_recourse || x->recourse;
        c->tells_for_all = c->tells_for_all || x->for_all;
    }
    count_owned(s->sc, c, f, bits, owned);
    /* a true claim of the answered post, known: owned on what is known (the
     * test leaves_open, settled once every fact is read) */
    if (confirms_so(bits, truth, known) && x->post >= 0 && x->post == c->post)
        c->leaves_open = true;
}

/* Does the question of a reply ask only for what is known already (LISTEN:
 * take in what is written)? What a question asks for is what it reveals: an
 * ask option's reveals (its only action), or its ask parts' reveals. One fact
 * at least, and every one known when the reply goes out: in the post, the
 * briefing, or found before. A question that names nothing is not read. */
static bool asks_what_is_known(const sv_Session *s, const sv_ScoreSnapshot *snap, const sv_Reply *r)
{
    const sv_Scenario *sc = s->sc;
    const sv_Option *o = r->prior ? NULL : sv_reply_option_inline(sc, r);
    if (o)
        return o->action == SV_ACTION_ASK && o->step_count <= 1 &&
               names_fact(sc, o->claims.reveals) && !span_unknown(s, snap, o->claims.reveals);
    bool asked = false;
    for (uint32_t i = 0; i < r->part_count; i++) {
        const sv_Part *p = part_at(sc, r, i);
        if (!p || p->kind != SV_PART_ASK) continue;
        if (span_unknown(s, snap, p->claims.reveals)) return false;
        asked = asked || names_fact(sc, p->claims.reveals);
    }
    return asked;
}

/* How an earlier reply e is read into out (mark_stated, mark_sorry): its
 * part kinds, the post it answers. */
typedef void (*MarkEarlier)(const sv_Scenario *sc, const sv_Reply *e, const uint8_t *kinds,
                            uint8_t n, int32_t post, uint8_t *out);

/* Is every fact marked in mine marked by `mark` over the earlier brand
 * replies with words in the thread of `post` that reached where r goes (a
 * public one; for a private reply, a private one too): explains_again's
 * and apologises_again's walk. With same_author, only replies to posts of
 * the post's own author count. False when out of memory. */
static bool marked_before(const sv_Session *s, uint32_t history, const sv_Reply *r, int32_t post,
                          bool same_author, const uint8_t *mine, MarkEarlier mark)
{
    const sv_Scenario *sc = s->sc;
    Marks t;
    uint8_t *seen = marks_new(&t, sc->fact_count);
    if (!seen) return false;
    int32_t thread = thread_of(s, post), author = author_of(sc, post);
    for (size_t i = 0; i < s->reply_count; i++) {
        const sv_Reply *e = &s->replies[i];
        if (e == r || !went_before(e, history)) continue;
        if (e->visibility == SV_VIS_PRIVATE && r->visibility != SV_VIS_PRIVATE) continue;
        sv_ReplyInfo tmp;
        const sv_ReplyInfo *in = info_of(s, i, &tmp);
        if (!in->speaks || in->thread != thread) continue;
        if (same_author && (in->post < 0 || author_of(sc, in->post) != author)) continue;
        uint8_t kinds[SV_MAX_COMPOSE];
        uint8_t n = reply_kinds(sc, e, kinds);
        mark(sc, e, kinds, n, in->post, seen);
    }
    bool all = true;
    for (uint32_t f = 0; all && f < sc->fact_count; f++)
        if (mine[f] & ~seen[f]) all = false;
    marks_free(&t);
    return all;
}

/* What a composed reply's parts say, to be found said again (parts_say_again):
 * the parts of `kind`, the facts they confirm in their own lists (and deny,
 * with `denies`: 1 confirms, 2 denies, as mark_stated marks), counting the
 * posts' claims only (`claims`) or the story's own facts only (no post claims
 * them), each looked for in what `mark` marks of an earlier reply. */
typedef struct {
    sv_PartKind kind;
    bool denies, claims;
    MarkEarlier mark;
} SaidAgain;

/* Do a composed reply's parts say again only what earlier brand replies with
 * words in the thread said (what `how` reads), where this one goes (a public
 * one; for a private reply, a private one too)? One fact at least must be
 * said. With `same_author`, only earlier replies to posts of this post's
 * author count. A part that names nothing may say something new, and so may
 * an option (read as a whole): neither is read. */
static bool parts_say_again(const sv_Session *s, uint32_t history, const sv_Reply *r,
                            const sv_ScoreContext *c, const SaidAgain *how, bool same_author)
{
    const sv_Scenario *sc = s->sc;
    if (!composed(r) || !c->speaks || !c->has_post || !sc->fact_count ||
        !sv_score_kinds_have(c->kinds, c->kind_count, how->kind))
        return false;
    Marks m;
    uint8_t *mine = marks_new(&m, sc->fact_count);
    if (!mine) return false;
    for (uint32_t i = 0; i < r->part_count; i++) {
        const sv_Part *p = part_at(sc, r, i);
        if (!p || p->kind != how->kind) continue;
        mark_refs(sc, p->claims.confirms, 1, mine);
        if (how->denies) mark_refs(sc, p->claims.denies, 2, mine);
    }
    bool any = false;
    for (uint32_t f = 0; f < sc->fact_count; f++) {
        if ((sc->facts[f].post >= 0) != how->claims) mine[f] = 0;
        any = any || mine[f] != 0;
    }
    bool again = any && marked_before(s, history, r, c->post, same_author, mine, how->mark);
    marks_free(&m);
    return again;
}

/* Does the explanation of a composed reply only tell again what its
 * readers have had (SHORT, LISTEN)? What it explains: the story's facts that
 * no post claims (the briefing's, or ones found) that its explain parts
 * confirm or deny in their own lists; one at least, and every one stated the
 * same way by an earlier brand reply with words in the thread that reached
 * where this one goes: for a public reply, a public one to whichever author
 * (it stands in the thread for everyone who reads it, as a sorry does:
 * tests/fresh39, V1); for a private reply, one to a post of the same author,
 * public or private (another person has not had it there). A post that asks
 * something is answered by what it asks, told again or not, unless it says
 * what its author needs: then what it asks is the need, and a fact told
 * before beside it is told again (tests/fresh25, V2); a post's claim
 * confirmed or denied again is the brand standing by what it said. An
 * option is read as a whole: which of its facts its explanation states is
 * not said, and its reasons may be new ones the story names no fact for
 * (tests/fresh19, cr-tennis-booking), so it is not read. */
static bool explains_again(const sv_Session *s, uint32_t history, const sv_Reply *r,
                           const sv_ScoreContext *c)
{
    static const SaidAgain explained = {SV_PART_EXPLAIN, true, false, mark_stated};
    const sv_Scenario *sc = s->sc;
    if (c->asks && !(sv_in_range(c->post, sc->post_count) && sc->posts[c->post].has_need))
        return false;
    return parts_say_again(s, history, r, c, &explained, r->visibility == SV_VIS_PRIVATE);
}

/* What an earlier reply e said sorry for, marked (bit 1) in sorry: nothing
 * unless it says sorry and does not take it back (an apologise part, no tag
 * hedged) and is no template; then the claims its apologise parts name in
 * their own confirms lists, or, when none names one (an option is read as a
 * whole), the claims it confirms (mark_stated). kinds, n: its part kinds. */
static void mark_sorry(const sv_Scenario *sc, const sv_Reply *e, const uint8_t *kinds, uint8_t n,
                       int32_t post, uint8_t *sorry)
{
    sv_TagSet tags = reply_tags(sc, e);
    if (!sv_score_sincere_sorry(kinds, n, tags) || (tags >> SV_TAG_TEMPLATE & 1u)) return;
    bool named = false;
    for (uint32_t i = 0; composed(e) && i < e->part_count; i++) {
        const sv_Part *p = part_at(sc, e, i);
        if (!p || p->kind != SV_PART_APOLOGISE || !names_fact(sc, p->claims.confirms)) continue;
        mark_refs(sc, p->claims.confirms, 1, sorry);
        named = true;
    }
    if (!named) mark_stated(sc, e, kinds, n, post, sorry);
}

/* Does a composed reply say sorry again for what the thread has had a sorry
 * for (APOLOGY-EXPLAIN-COMPENSATE, TWICE)? 003's sorry is for the mistake,
 * and one said in front of the thread is heard by everyone in it. What this
 * one is sorry for: the posts' claims its apologise parts name in their own
 * confirms lists; each was said sorry for (mark_sorry) by an earlier brand
 * reply, to whichever author. */
static bool apologises_again(const sv_Session *s, uint32_t history, const sv_Reply *r,
                             const sv_ScoreContext *c)
{
    static const SaidAgain sorry = {SV_PART_APOLOGISE, false, true, mark_sorry};
    return parts_say_again(s, history, r, c, &sorry, false);
}

/* Does a composed reply offer again only what its customer has been offered
 * (APOLOGY-EXPLAIN-COMPENSATE, TWICE)? 003's compensation shows the problem is
 * taken seriously; the one the customer already has, said again, is no new
 * gesture and makes nothing good that the first offer did not (tests/fresh35,
 * V2: "the money is already on its way back" to a customer who has just said
 * it is not enough). What it offers: the story's facts its compensate parts
 * confirm, every one stated by an earlier brand reply to a post of the same
 * author (another customer in the thread has not been offered it). */
static bool compensates_again(const sv_Session *s, uint32_t history, const sv_Reply *r,
                              const sv_ScoreContext *c)
{
    static const SaidAgain offered = {SV_PART_COMPENSATE, false, false, mark_stated};
    return parts_say_again(s, history, r, c, &offered, true);
}

/* Does a list of confirms name a fact that is so and known now (and, with
 * `measure`, is marked measure)? */
static bool names_known(const sv_Session *s, const sv_ScoreSnapshot *snap, sv_Span confirms,
                        bool measure)
{
    for (uint32_t k = 0; k < confirms.count; k++) {
        int32_t f = fact_at(s->sc, confirms, k);
        if (f >= 0 && s->sc->facts[f].truth && (!measure || s->sc->facts[f].measure) &&
            known_now(s, snap, (uint32_t)f))
            return true;
    }
    return false;
}

/* Is a composed reply's promise to come back only the measure told (the test
 * promises_measure)? Each of its promise-follow-up parts confirms, in its own
 * list, a fact marked measure that is so and known ("next year every entrant
 * gets a medal"): what was changed so it does not happen again, told now
 * (measure-told pays it), not a follow-up the customer can wait for. An
 * option is read as a whole and is not read so. */
static bool promises_measure(const sv_Session *s, const sv_ScoreSnapshot *snap, const sv_Reply *r,
                             const sv_ScoreContext *c)
{
    const sv_Scenario *sc = s->sc;
    if (!c->speaks || !composed(r) ||
        !sv_score_kinds_have(c->kinds, c->kind_count, SV_PART_FOLLOW_UP))
        return false;
    for (uint32_t i = 0; i < r->part_count; i++) {
        const sv_Part *p = part_at(sc, r, i);
        if (p && p->kind == SV_PART_FOLLOW_UP && !names_known(s, snap, p->claims.confirms, true))
            return false;
    }
    return true;
}

/* Did the composer hold a remedy the reply left out (the test remedy_at_hand)?
 * The reply is composed, and its decision's composer offers from the start
 * (no `when` of its own) a part that compensates: a compensate part or an
 * offer. A form voucher (template), a gift that buys the post away
 * (dishonest) or what cannot be kept (overpromise) is no remedy in hand. The
 * parts are what the player had in hand to say; an option is a whole answer,
 * judged on what it says, and is not read so. */
static bool remedy_at_hand(const sv_Scenario *sc, const sv_Reply *r, int32_t decision)
{
    if (!composed(r) || !sv_in_range(decision, sc->decision_count)) return false;
    const sv_Decision *d = &sc->decisions[decision];
    const sv_TagSet unsound =
        1u << SV_TAG_TEMPLATE | 1u << SV_TAG_DISHONEST | 1u << SV_TAG_OVERPROMISE;
    for (uint32_t i = 0; i < d->parts.count; i++) {
        const sv_Part *p = &sc->parts[d->parts.start + i];
        if (p->when != -1 || (p->tags & unsound)) continue;
        if (p->kind == SV_PART_COMPENSATE || p->offer > 0) return true;
    }
    return false;
}

/* Keys that, once some fact of the story has them, change how every reply is
 * read: a story that marks a cause reads only those as the why (cause_fact);
 * one that marks what came of what many asked says it only with such a fact
 * (reply_features); only one with a true private fact of its own (no post
 * claims it) has that at stake in every thread (post_features). Worked out
 * once a scenario (sv_score_static_new). */
enum { MARKS_OUTCOME = 1u, MARKS_CAUSE = 2u, MARKS_PRIVATE = 4u };

static uint8_t scan_marks(const sv_Scenario *sc)
{
    uint8_t m = 0;
    for (uint32_t f = 0; f < sc->fact_count; f++)
        m |= (uint8_t)((sc->facts[f].outcome ? MARKS_OUTCOME : 0u) |
                       (sc->facts[f].cause ? MARKS_CAUSE : 0u) |
                       (sc->facts[f].post < 0 && sc->facts[f].truth && sc->facts[f].confidential
                            ? MARKS_PRIVATE
                            : 0u));
    return m;
}

static bool story_marks(const sv_Session *s, uint8_t which)
{
    const sv_ScoreStatic *x = static_of(s);
    return ((x ? x->fact_marks : scan_marks(s->sc)) & which) != 0;
}

/* Is fact f a cause the reply may tell: a fact of the story that no post
 * claims, true and known now, that is neither the measure taken, nor the
 * inquiry, nor the customer's recourse, nor a remedy for all, nor what came
 * of what many asked, nor private? Where the story marks causes, only those:
 * a way on or a point beside the fault is no cause (tests/fresh28, V4). Each
 * of those marks says what is done or can be done next (an appeal, a remedy,
 * a change), never why it went wrong (tests/fresh63, V1). */
static bool cause_fact(const sv_Session *s, const sv_ScoreSnapshot *snap, int32_t f)
{
    if (f < 0) return false;
    const sv_Fact *x = &s->sc->facts[f];
    if (!x->cause && story_marks(s, MARKS_CAUSE)) return false;
    return x->post < 0 && x->truth && !x->measure && !x->inquiry && !x->recourse && !x->for_all &&
           !x->outcome && !x->confidential && known_now(s, snap, (uint32_t)f);
}

static bool names_cause(const sv_Session *s, const sv_ScoreSnapshot *snap, sv_Span confirms)
{
    for (uint32_t i = 0; i < confirms.count; i++)
        if (cause_fact(s, snap, fact_at(s->sc, confirms, i))) return true;
    return false;
}

/* Does the reply's compensation rest on what is known (LISTEN, ASK)? A fact true and known now
 * named by what compensates: a composed reply's compensating parts (kind compensate, or an
 * offer) in their own confirms; an option with a compensate part or an offer is read as a
 * whole, in its confirms. A voucher that names nothing pays for a claim nobody has checked;
 * a visit or a refund that the story knows is given is grounded. */
static bool compensation_known(const sv_Session *s, const sv_ScoreSnapshot *snap, const sv_Reply *r,
                               const sv_ScoreContext *c)
{
    const sv_Scenario *sc = s->sc;
    if (!c->compensates || !sc->fact_count) return false;
    for (uint32_t i = 0; composed(r) && i < r->part_count; i++) {
        const sv_Part *p = part_at(sc, r, i);
        if (p && (p->kind == SV_PART_COMPENSATE || p->offer > 0) &&
            names_known(s, snap, p->claims.confirms, false))
            return true;
    }
    const sv_Option *o = worded(sc, r);
    return o && names_known(s, snap, o->claims.confirms, false);
}

/* Does the reply's explanation tell why it went wrong (APOLOGY-EXPLAIN-
 * COMPENSATE: 003's explanation is the cause and what was changed)? An
 * explain part of a composed reply that confirms, in its own list, a cause
 * fact (cause_fact); an option with an explain part is read as a whole: one
 * of the facts it confirms is such a fact. A measure, an inquiry, a recourse,
 * a remedy for all, an outcome or a post's claim confirmed is not the cause
 * told. */
static bool tells_cause(const sv_Session *s, const sv_ScoreSnapshot *snap, const sv_Reply *r,
                        const sv_ScoreContext *c)
{
    const sv_Scenario *sc = s->sc;
    if (!c->speaks || !sc->fact_count ||
        !sv_score_kinds_have(c->kinds, c->kind_count, SV_PART_EXPLAIN))
        return false;
    const sv_Option *o = worded(sc, r);
    if (o) return names_cause(s, snap, o->claims.confirms);
    for (uint32_t i = 0; composed(r) && i < r->part_count; i++) {
        const sv_Part *p = part_at(sc, r, i);
        if (p && p->kind == SV_PART_EXPLAIN && names_cause(s, snap, p->claims.confirms))
            return true;
    }
    return false;
}

/* The answered post's claims, the i-th its bit i: *stated gets those fact f is. */
static void claim_stated(const sv_Scenario *sc, int32_t post, uint32_t f, uint64_t *stated)
{
    if (!sv_in_range(post, sc->post_count)) return;
    sv_Span cl = sc->posts[post].claims;
    if (f >= cl.start && f - cl.start < cl.count && f - cl.start < 64)
        *stated |= (uint64_t)1 << (f - cl.start);
}

/* stated: the answered post's claims the reply confirms or denies (claim_stated) */
static void fact_features(const sv_Session *s, const sv_ScoreSnapshot *snap, const sv_Reply *r,
                          sv_ScoreContext *c, uint64_t *stated)
{
    uint32_t owned[2] = {0, 0}; /* the post's true claims it confirms: fault, no fault */
    const sv_Scenario *sc = s->sc;
    /* the post's need and the answer to what it asks, when it says them: the
     * question is answered when every fact it asks for is confirmed */
    Asked need = {-1, {0, 0}, 0};
    if (c->has_post && sv_in_range(c->post, sc->post_count)) {
        const sv_Post *p = &sc->posts[c->post];
        if (p->has_need) need.need = (int64_t)p->need;
        need.answers = p->answers;
    }
    const FixedReply *x = fixed_of(s, r);
    if (x && x->post == c->post) { /* what it states, worked out once */
        c->checked = x->checked;
        c->confirms_true += x->implicit[0];
        c->confirms_false += x->implicit[1];
        c->denies_true += x->implicit[2];
        c->denies_false += x->implicit[3];
        const uint32_t *mk = static_of(s)->marks + x->marks_at;
        for (uint32_t i = 0; i < x->mark_count; i++) {
            read_stated(s, snap, c, mk[i] >> 2, mk[i] & 3u, &need, owned);
            if (mk[i] & 3u) claim_stated(sc, c->post, mk[i] >> 2, stated);
        }
        settle_owned(sc, r, &need, owned, c);
        return;
    }
    c->checked = own_check(sc, r);
    implicit_claim(sc, c->kinds, c->kind_count, c->post, c);
    if (!sc->fact_count) return;
    Marks m;
    uint8_t *mark = marks_new(&m, sc->fact_count);
    if (!mark) return;
    mark_stated(sc, r, c->kinds, c->kind_count, c->post, mark);
    for (uint32_t f = 0; f < sc->fact_count; f++) {
        if (!mark[f]) continue;
        read_stated(s, snap, c, f, mark[f], &need, owned);
        claim_stated(sc, c->post, f, stated);
    }
    marks_free(&m);
    settle_owned(sc, r, &need, owned, c);
}

/* Does a composed reply have a part that takes up claim f (its addresses)? */
static bool addressed(const sv_Scenario *sc, const sv_Reply *r, uint32_t f)
{
    for (uint32_t i = 0; composed(r) && i < r->part_count; i++) {
        const sv_Part *p = part_at(sc, r, i);
        for (uint32_t k = 0; p && k < p->addresses.count; k++)
            if (fact_at(sc, p->addresses, k) == (int32_t)f) return true;
    }
    return false;
}

/* Does the reply answer every point of a post that makes two claims or more
 * (LISTEN, ORDER, FACTUAL)? Each claim confirmed or denied (stated: the
 * claims it does, claim_stated), or, while it is not known, taken up by a
 * part that names it in its addresses: what is known about it, what is being
 * done, neither so nor not so. */
static bool answers_every_point(const sv_Session *s, const sv_ScoreSnapshot *snap,
                                const sv_Reply *r, int32_t post, uint64_t stated)
{
    const sv_Scenario *sc = s->sc;
    if (!sv_in_range(post, sc->post_count)) return false;
    sv_Span cl = sc->posts[post].claims;
    if (cl.count < 2 || cl.count > 64) return false;
    for (uint32_t i = 0; i < cl.count; i++) {
        uint32_t f = cl.start + i;
        if (f >= sc->fact_count) return false;
        if ((stated >> i) & 1u) continue;
        if (known_now(s, snap, f) || !addressed(sc, r, f)) return false;
    }
    return true;
}

/* Does the post claim something the player does not know yet? */
static bool claims_unknown(const sv_Session *s, const sv_ScoreSnapshot *snap, int32_t post)
{
    const sv_Scenario *sc = s->sc;
    if (!sv_in_range(post, sc->post_count)) return false;
    sv_Span c = sc->posts[post].claims;
    for (uint32_t i = 0; i < c.count && c.start + i < sc->fact_count; i++)
        if (!known_now(s, snap, c.start + i)) return true;
    return false;
}

/* Does the option bring to light a fact the player does not know yet? */
static bool reveals_unknown(const sv_Session *s, const sv_ScoreSnapshot *snap, const sv_Option *op)
{
    return span_unknown(s, snap, op->claims.reveals);
}

/* Is something about the post still unknown that this decision could bring
 * to light (a claim to check, a fact one of its options reveals)? */
static bool facts_missing(const sv_Session *s, const sv_ScoreSnapshot *snap, int32_t decision,
                          bool claims_unknown_there)
{
    const sv_Scenario *sc = s->sc;
    if (claims_unknown_there) return true;
    const sv_ScoreStatic *x = static_of(s);
    if (x) { /* the same facts, listed once */
        for (uint32_t i = 0; i < x->own_fact_count; i++)
            if (!known_now(s, snap, x->own_facts[i])) return true;
        if (!sv_in_range(decision, sc->decision_count)) return false;
        for (uint32_t i = x->reveal_at[decision]; i < x->reveal_at[decision + 1]; i++)
            if (!known_now(s, snap, x->reveals[i])) return true;
        return false;
    }
    /* a scenario's own facts are what the player may not know: one still unknown is missing */
    for (uint32_t f = 0; f < sc->fact_count; f++)
        if (sc->facts[f].post < 0 && !known_now(s, snap, f)) return true;
    if (!sv_in_range(decision, sc->decision_count)) return false;
    const sv_Decision *d = &sc->decisions[decision];
    for (uint32_t o = 0; o < d->options.count; o++)
        if (reveals_unknown(s, snap, &sc->options[d->options.start + o])) return true;
    return false;
}

/* Could this decision have found out in time? One of its options checks
 * first (its own delay, or a colleague asked) and reveals a fact still
 * unknown, and goes out within the decision's deadline. */
static bool check_at_hand(const sv_Session *s, const sv_ScoreSnapshot *snap, int32_t decision)
{
    const sv_Scenario *sc = s->sc;
    if (!sv_in_range(decision, sc->decision_count)) return false;
    const sv_Decision *d = &sc->decisions[decision];
    uint32_t deadline = sv_session_deadline_ms(s, decision);
    for (uint32_t o = 0; o < d->options.count; o++) {
        const sv_Option *op = &sc->options[d->options.start + o];
        if (sv_option_checks_first(op) && op->delay_ms <= deadline && reveals_unknown(s, snap, op))
            return true;
    }
    return false;
}

/* A fact found out during the run: unknown at the start, known now. */
static bool found_now(const sv_Session *s, const sv_ScoreSnapshot *snap, uint32_t f)
{
    return !s->sc->facts[f].known && known_now(s, snap, f);
}

/* Does the reply pass on only part of what was found out (FACTUAL, TEAM)? It
 * states rightly some fact found out during the run (by a check, a
 * colleague, a question or a later post), and another option of this
 * decision states rightly one more such fact that this reply leaves out. The
 * decision's options say which of the facts found bear on this answer. */
static bool leaves_out(const sv_Session *s, const sv_ScoreSnapshot *snap, const sv_Reply *r,
                       const sv_ScoreContext *c)
{
    const sv_Scenario *sc = s->sc;
    if (!c->speaks || !sc->fact_count || !sv_in_range(c->decision, sc->decision_count))
        return false;
    enum { FOUND = 4 }; /* beside the marks' 1 (confirms) and 2 (denies) */
    Marks mm, om;
    uint8_t *mine = marks_new(&mm, sc->fact_count);
    if (!mine) return false;
    uint32_t found = 0; /* the facts found, marked once; most runs have found none yet */
    for (uint32_t f = 0; f < sc->fact_count; f++)
        if (found_now(s, snap, f)) {
            mine[f] = FOUND;
            found++;
        }
    uint8_t *other = found >= 2 ? marks_new(&om, sc->fact_count) : NULL;
    bool some = false, out = false;
    if (other) {
        mark_stated(sc, r, c->kinds, c->kind_count, c->post, mine);
        for (uint32_t f = 0; f < sc->fact_count; f++)
            if ((mine[f] & FOUND) && states_rightly(mine[f], sc->facts[f].truth)) some = true;
    }
    const sv_Decision *d = &sc->decisions[c->decision];
    for (uint32_t i = 0; some && !out && i < d->options.count; i++) {
        const sv_Option *o = &sc->options[d->options.start + i];
        uint8_t kinds[SV_MAX_COMPOSE], n = 0;
        for (; n < o->structure_count && n < SV_MAX_COMPOSE; n++) kinds[n] = o->structure[n];
        memset(other, 0, sc->fact_count);
        mark_option(sc, o, kinds, n, c->post, other);
        for (uint32_t f = 0; !out && f < sc->fact_count; f++) {
            bool truth = sc->facts[f].truth;
            out = (mine[f] & FOUND) && states_rightly(other[f], truth) &&
                  !states_rightly(mine[f], truth);
        }
    }
    if (other) marks_free(&om);
    marks_free(&mm);
    return out;
}

/* ---- what the reply offers --------------------------------------------------------------- */

/* The value of the compensation a reply offers, 0 when it names none. */
static int32_t reply_offer(const sv_Scenario *sc, const sv_Reply *r)
{
    const sv_Option *o = worded(sc, r);
    if (o) return o->offer > 0 ? o->offer : 0;
    /* a composed reply offers everything its compensating parts offer: the bill
     * cancelled and a gift card on top are worth both (each at most 10^9) */
    int64_t sum = 0;
    for (uint32_t i = 0; composed(r) && i < r->part_count; i++) {
        const sv_Part *p = part_at(sc, r, i);
        if (p && p->offer > 0) sum += p->offer;
    }
    return sum > INT32_MAX ? INT32_MAX : (int32_t)sum;
}

/* What a composed reply offers beside an offer the thread was made before
 * (`kept`, offered_before, more than 0): a part that offers no more than that
 * only says the offer stands, so beside a new offer it is not paid on top ("the
 * half-price offer stands" and "you get it all back" are all of it, not one and
 * a half), and alone it is the offer kept. `sum` is reply_offer's. Earlier
 * replies keep reply_offer's sum (tests/fresh26 V3). */
static int32_t offer_beside_kept(const sv_Scenario *sc, const sv_Reply *r, int32_t kept,
                                 int32_t sum)
{
    if (kept <= 0 || !composed(r) || worded(sc, r)) return sum;
    int64_t fresh = 0;
    int32_t standing = 0;
    for (uint32_t i = 0; i < r->part_count; i++) {
        const sv_Part *p = part_at(sc, r, i);
        if (!p || p->offer <= 0) continue;
        if (p->offer > kept)
            fresh += p->offer;
        else if (p->offer > standing)
            standing = p->offer;
    }
    if (fresh == 0) return standing;
    return fresh > INT32_MAX ? INT32_MAX : (int32_t)fresh;
}

static bool has_kind(const sv_ScoreContext *c, int32_t kind)
{
    for (uint8_t i = 0; i < c->kind_count; i++)
        if (c->kinds[i] == kind) return true;
    return false;
}

static bool tagged(const sv_ScoreContext *c, sv_Tag t) { return (c->tags >> t) & 1u; }

/* Something the customer can act on: compensation, a promise to come back or
 * to do something, an offer, or a part tagged as a solution. */
static bool offers_solution(const sv_ScoreContext *c)
{
    return has_kind(c, SV_PART_COMPENSATE) || has_kind(c, SV_PART_FOLLOW_UP) || c->offer > 0 ||
           tagged(c, SV_TAG_SOLUTION);
}

/* A way forward: a solution, or an explanation of what happened (not one
 * that only gives the reasons for a denial: `denial_only`). */
static bool offers_remedy(const sv_ScoreContext *c, bool denial_only)
{
    return (has_kind(c, SV_PART_EXPLAIN) && !denial_only) || offers_solution(c);
}

static bool hostile(const sv_ScoreContext *c)
{
    return tagged(c, SV_TAG_ARGUE) || tagged(c, SV_TAG_BLAME_CUSTOMER) || tagged(c, SV_TAG_SARCASM);
}

/* Meets the customer: confirms, apologises, thanks for it or makes good. An
 * apology that takes itself back (tagged hedged: sorry only for how it was
 * taken) meets nobody, as it is no sincere sorry (`apologises`): 000's
 * accommodating answer is not a regret with nothing in it (tests/fresh55, V2). */
static bool accommodating(const sv_ScoreContext *c)
{
    bool meets = has_kind(c, SV_PART_ACKNOWLEDGE) ||
                 sv_score_sincere_sorry(c->kinds, c->kind_count, c->tags) ||
                 has_kind(c, SV_PART_COMPENSATE) || tagged(c, SV_TAG_ACCOMMODATING);
    return meets && !hostile(c);
}

/* ---- POLICY: the same complaint answered elsewhere ------------------------------------------ */

/* The post a post links to as one complaint: the same complaint in another
 * channel (same_as), else another customer's with the same fault
 * (same_fault), else -1. */
static int32_t linked_post(const sv_Scenario *sc, int32_t post)
{
    if (!sv_in_range(post, sc->post_count)) return -1;
    const sv_Post *p = &sc->posts[post];
    if (sv_in_range(p->same_as, sc->post_count)) return p->same_as;
    if (sv_in_range(p->same_fault, sc->post_count)) return p->same_fault;
    return -1;
}

/* The complaint a thread is about: the thread of the post its first post
 * links to (same_as or same_fault) when it names one, else that first post.
 * Two threads with one key are one complaint, owed one policy. */
static int32_t complaint_key(const sv_Scenario *sc, int32_t post)
{
    int32_t link = linked_post(sc, post);
    if (link >= 0) return sv_score_thread(sc, link);
    int32_t root = sv_score_thread(sc, post);
    link = linked_post(sc, root);
    if (link >= 0) return sv_score_thread(sc, link);
    return root;
}

/* What two answers to one complaint must share: the action, the apology, the
 * kinds of remedy and what is offered. An explanation is not among them: a
 * second answer that also says why it went wrong treats the customer the same,
 * only better informed (tests/fresh3, D2). */
typedef struct Substance {
    sv_Action action;
    uint32_t kinds; /* bit per apologise, compensate, promise-follow-up */
    int32_t offer;
} Substance;

static Substance substance(const sv_Session *s, const sv_Reply *r)
{
    const sv_Scenario *sc = s->sc;
    uint8_t kinds[SV_MAX_COMPOSE];
    const FixedReply *e = fixed_of(s, r);
    uint8_t n = e ? e->kind_count : reply_kinds(sc, r, kinds);
    const uint8_t *k = e ? e->kinds : kinds;
    Substance x = {r->action, 0, e ? e->offer : reply_offer(sc, r)};
    for (uint8_t i = 0; i < n; i++)
        if (k[i] == SV_PART_APOLOGISE || k[i] == SV_PART_COMPENSATE || k[i] == SV_PART_FOLLOW_UP)
            x.kinds |= 1u << k[i];
    return x;
}

/* Does one answer deny a fact the other confirms? Telling one customer the
 * freeze is free and the same complaint elsewhere that it costs a fee is no
 * one policy, whatever the parts (tests/fresh9, J2). */
static bool contradicts(const sv_Scenario *sc, const sv_Reply *a, const sv_Reply *b)
{
    if (!sc->fact_count) return false;
    Marks ma, mb;
    uint8_t *x = marks_new(&ma, sc->fact_count), *y = marks_new(&mb, sc->fact_count);
    bool differ = false;
    if (x && y) {
        uint8_t kinds[SV_MAX_COMPOSE];
        uint8_t n = reply_kinds(sc, a, kinds);
        mark_stated(sc, a, kinds, n, sv_reply_post_inline(sc, a), x);
        n = reply_kinds(sc, b, kinds);
        mark_stated(sc, b, kinds, n, sv_reply_post_inline(sc, b), y);
        for (uint32_t f = 0; f < sc->fact_count && !differ; f++)
            differ = ((x[f] & 1) && (y[f] & 2)) || ((x[f] & 2) && (y[f] & 1));
    }
    marks_free(&ma);
    marks_free(&mb);
    return differ;
}

/* -1 the complaint was not answered elsewhere before; 0 the latest answer
 * there had the same substance; 1 it differs (a bigger offer here is not
 * generosity: it is treating two customers differently). Only answers with
 * words count, on either side: an action without words (ignore, ask a
 * colleague, report) is no policy, and the latest answer with words is what
 * the customer elsewhere was told. */
static int8_t policy_of(const sv_Session *s, uint32_t history, const sv_Reply *r, int32_t post,
                        bool defers)
{
    int32_t key = key_of(s, post), thread = thread_of(s, post);
    if (key < 0 || !sv_reply_speaks(r)) return -1;
    const sv_Reply *latest = NULL;
    for (size_t i = 0; i < s->reply_count; i++) {
        const sv_Reply *e = &s->replies[i];
        if (!went_before(e, history) || (latest && latest->sent > e->sent)) continue;
        sv_ReplyInfo tmp;
        const sv_ReplyInfo *in = info_of(s, i, &tmp);
        int32_t ep = in->post;
        if (!in->speaks || ep < 0 || in->thread == thread || key_of(s, ep) != key) continue;
        latest = e;
    }
    if (!latest) return -1;
    Substance a = substance(s, latest), b = substance(s, r);
    if (contradicts(s->sc, latest, r)) return 1;
    if (a.action == b.action && a.kinds == b.kinds && a.offer == b.offer) return 0;
    /* a reply that leaves the answer to private has not yet treated the
     * customer any way: only its apology is compared (tests/fresh21, T3) */
    uint32_t sorry = 1u << SV_PART_APOLOGISE;
    return (int8_t)(defers && (a.kinds & sorry) == (b.kinds & sorry) ? -1 : 1);
}

/* The reply only moves the talk to private: it invites the customer there
 * (the action or a part) and says no remedy (no explanation, compensation,
 * promise or offer) and denies nothing. What it leaves out is charged by
 * private-suggested-without-solution (SWITCH, TWICE), not as a second
 * policy (POLICY): it has not treated this customer differently yet. */
static bool only_moves_private(const sv_ScoreContext *c)
{
    return (c->action == SV_ACTION_MOVE_PRIVATE || has_kind(c, SV_PART_MOVE_PRIVATE)) &&
           !c->remedy && !has_kind(c, SV_PART_DENY) && c->denies_true + c->denies_false == 0;
}

/* ---- the context ------------------------------------------------------------------------ */

/* What the context of a post reads of reply i, which went out: from the
 * score state's memo when the session has one, else worked out into tmp. */
static void info_fill(const sv_Scenario *sc, const sv_Reply *e, sv_ReplyInfo *in)
{
    int32_t ep = sv_reply_post_inline(sc, e);
    sv_ScoreContext earlier = {.offer = reply_offer(sc, e), .tags = reply_tags(sc, e)};
    earlier.kind_count = reply_kinds(sc, e, earlier.kinds);
    in->speaks = sv_reply_speaks(e);
    in->post = ep;
    in->thread = sv_score_thread(sc, ep);
    in->owns = sv_score_owns(earlier.kinds, earlier.kind_count, earlier.tags);
    in->is_private = e->visibility == SV_VIS_PRIVATE;
    bool only_denies;
    denials(sc, e, earlier.kinds, earlier.kind_count, ep, &in->corrects, &only_denies,
            &in->misleads);
    in->remedy = offers_remedy(&earlier, only_denies);
    in->offer = earlier.offer;
    in->filled = true;
}

static const sv_ReplyInfo *reply_info(const sv_Session *s, size_t i, sv_ReplyInfo *tmp)
{
    sv_ReplyInfo *in =
        s->score && s->score->reply_info && i < s->reply_cap ? &s->score->reply_info[i] : tmp;
    if (in != tmp && in->filled) return in;
    const sv_Reply *e = &s->replies[i];
    const FixedReply *x = fixed_of(s, e);
    if (x)
        *in = x->info;
    else
        info_fill(s->sc, e, in);
    return in;
}

/* Folds reply info `in` (a reply that went out at t_ms) into what its thread shows. */
static void seen_add(sv_ThreadSeen *t, const sv_ReplyInfo *in, uint32_t t_ms)
{
    if (in->owns) t->owned_before = true;
    if (in->offer > t->offered) t->offered = in->offer;
    if (in->is_private) {
        t->answered_private = true;
        return;
    }
    t->thread_replies++;
    if (t_ms > t->last_public_ms) t->last_public_ms = t_ms;
    if (in->corrects) t->corrected = true;
    if (in->misleads) t->misled = true;
    if (in->remedy) t->solution_offered = true;
}

/* The tally brought up to `history` (the replies sent since folded in):
 * false when it is past that already (an earlier judgement's history). */
static bool tally_to(const sv_Session *s, sv_SeenTally *ty, uint32_t history)
{
    if (history < ty->upto) return false;
    if (history == ty->upto) return true;
    const sv_Scenario *sc = s->sc;
    for (size_t i = 0; i < s->reply_count; i++) {
        const sv_Reply *e = &s->replies[i];
        if (e->sent <= ty->upto || e->sent > history) continue; /* not one of the new ones */
        if (e->action == SV_ACTION_TELL_PRODUCT) ty->fixed = true;
        sv_ReplyInfo tmp;
        const sv_ReplyInfo *in = info_of(s, i, &tmp);
        if (in->speaks && sv_in_range(in->thread, sc->post_count))
            seen_add(&ty->thread[in->thread], in, e->t_ms);
    }
    ty->upto = history;
    return true;
}

void sv_score_thread_seen(const sv_Session *s, uint32_t history, int32_t post, sv_ThreadSeen *out)
{
    const sv_Scenario *sc = s->sc;
    int32_t thread = thread_of(s, post);
    sv_SeenTally *ty = s->score ? sv_score_seen_tally(s->score) : NULL;
    if (ty && sv_in_range(thread, sc->post_count) && tally_to(s, ty, history)) {
        *out = ty->thread[thread];
        out->fixed = ty->fixed;
    } else {
        memset(out, 0, sizeof *out);
        /* the memo's filled entries read straight, the rest through reply_info */
        const sv_ReplyInfo *memo = s->score ? s->score->reply_info : NULL;
        size_t memo_n = memo ? (s->reply_count < s->reply_cap ? s->reply_count : s->reply_cap) : 0;
        for (size_t i = 0; i < s->reply_count; i++) {
            const sv_Reply *e = &s->replies[i];
            if (!went_before(e, history)) continue;
            if (e->action == SV_ACTION_TELL_PRODUCT)
                out->fixed = true; /* an earlier reply told them */
            sv_ReplyInfo tmp;
            const sv_ReplyInfo *in =
                i < memo_n && memo[i].filled ? &memo[i] : reply_info(s, i, &tmp);
            if (in->speaks && in->thread == thread) seen_add(out, in, e->t_ms);
        }
    }
    /* One thread, one conversation for the complainer's own posts; another visitor's post is
     * answered only by a public reply after it appeared: piling on after the answer, he brings
     * something the answer never saw (ALWAYS). A thread that has had its two public answers is
     * not answered a third time (TWICE). */
    bool own = !sv_in_range(post, sc->post_count) || !sv_in_range(thread, sc->post_count) ||
               sc->posts[thread].author == sc->posts[post].author;
    uint32_t posted = own || !s->post_ms ? 0 : s->post_ms[post];
    out->answered_here =
        out->thread_replies >= 2 || (out->thread_replies > 0 && out->last_public_ms >= posted);
}

/* How many of the post's claims are true and how many false; a negative post
 * without claims of its own (built by hand, not loaded) claims what its
 * claim_true says. */
static void claim_counts(const sv_Scenario *sc, const sv_Post *p, uint8_t *yes, uint8_t *no)
{
    if (!p->claims.count && p->valence == SV_VALENCE_NEGATIVE) p->claim_true ? (*yes)++ : (*no)++;
    for (uint32_t i = 0; i < p->claims.count && p->claims.start + i < sc->fact_count; i++)
        sc->facts[p->claims.start + i].truth ? (*yes)++ : (*no)++;
}

/* Is fact f something about the customer never to be said in public that is
 * so and known now (private_at_stake)? */
static bool private_known(const sv_Session *s, const sv_ScoreSnapshot *snap, uint32_t f)
{
    const sv_Fact *x = &s->sc->facts[f];
    return x->truth && x->confidential && known_now(s, snap, f);
}

/* Is fact f something about the customer never to be said in public that is
 * so and not known yet: a personal detail still to ask for (private_to_gather)? */
static bool private_unknown(const sv_Session *s, const sv_ScoreSnapshot *snap, uint32_t f)
{
    const sv_Fact *x = &s->sc->facts[f];
    return x->truth && x->confidential && !known_now(s, snap, f);
}

/* Did a public brand reply with words that went out before `history` answer a
 * post of `author` in thread `thread`? */
static bool author_answered(const sv_Session *s, uint32_t history, int32_t thread, int32_t author)
{
    const sv_Scenario *sc = s->sc;
    for (size_t i = 0; i < s->reply_count; i++) {
        const sv_Reply *e = &s->replies[i];
        if (!went_before(e, history)) continue;
        sv_ReplyInfo tmp;
        const sv_ReplyInfo *in = reply_info(s, i, &tmp);
        if (in->speaks && !in->is_private && in->thread == thread &&
            sv_in_range(in->post, sc->post_count) && sc->posts[in->post].author == author)
            return true;
    }
    return false;
}

static void post_features(const sv_Session *s, const sv_ScoreSnapshot *snap, uint32_t history,
                          int32_t post, sv_ScoreContext *c)
{
    const sv_Scenario *sc = s->sc;
    c->loss = -1;
    c->demand = -1;
    if (!sv_in_range(post, sc->post_count)) {
        for (size_t i = 0; i < s->reply_count; i++)
            if (went_before(&s->replies[i], history) &&
                s->replies[i].action == SV_ACTION_TELL_PRODUCT)
                c->fixed = true;
        return;
    }
    const sv_Post *p = &sc->posts[post];
    c->has_post = true;
    c->valence = p->valence;
    c->claim_true = p->claim_true;
    c->recurring = p->recurs;
    c->asks = p->asks;
    /* by whoever started the thread: a follow-up of the complainer's, not another visitor's */
    int32_t root = sv_score_thread(sc, post);
    c->own_thread = sv_in_range(root, sc->post_count) && sc->posts[root].author == p->author;
    /* someone else speaking in the thread of a complaint that is right, or partly: what the brand
     * says to them is said over the complainer's head (PRO, ALWAYS) */
    if (!c->own_thread && sv_in_range(root, sc->post_count) && root != post) {
        uint8_t right = 0, wrong = 0;
        claim_counts(sc, &sc->posts[root], &right, &wrong);
        c->under_complaint = sc->posts[root].valence == SV_VALENCE_NEGATIVE && right > 0;
    }
    c->loss = p->loss;
    /* the complainer's follow-up in their own thread that says no loss of its own is about the
     * failure the thread opened with: what it cost them is what the first post said ("half is not
     * enough, I want it all back"), so an offer is weighed against that
     * (APOLOGY-EXPLAIN-COMPENSATE, ACCOMMODATE; tests/fresh26 V3) */
    if (c->loss < 0 && c->own_thread && root != post) c->loss = sc->posts[root].loss;
    c->demand = p->demands;
    c->author = sv_in_range(p->author, sc->persona_count) ? sc->personas[p->author].role
                                                          : SV_ROLE_COMPLAINER;
    if (sv_in_range(p->channel, sc->channel_count)) {
        c->channel = sc->channels[p->channel].type;
        c->watched = sc->channels[p->channel].watched;
    }
    claim_counts(sc, p, &c->claims_true, &c->claims_false);
    for (uint32_t i = 0; i < p->claims.count && p->claims.start + i < sc->fact_count; i++) {
        uint32_t f = p->claims.start + i;
        if (!sc->facts[f].truth && known_now(s, snap, f)) c->known_false = true;
        c->private_at_stake = c->private_at_stake || private_known(s, snap, f);
        c->private_to_gather = c->private_to_gather || private_unknown(s, snap, f);
    }
    /* the story's own private facts (no post claims them), read only in a story that has one */
    for (uint32_t f = 0; story_marks(s, MARKS_PRIVATE) && f < sc->fact_count; f++) {
        if (sc->facts[f].post >= 0) continue;
        c->private_at_stake = c->private_at_stake || private_known(s, snap, f);
        c->private_to_gather = c->private_to_gather || private_unknown(s, snap, f);
    }
    sv_ThreadSeen ts;
    sv_score_thread_seen(s, history, post, &ts);
    c->fixed = ts.fixed;
    c->owned_before = ts.owned_before;
    c->answered_private = ts.answered_private;
    c->thread_replies = ts.thread_replies;
    c->answered_here = ts.answered_here;
    c->corrected = ts.corrected;
    c->misled = ts.misled;
    c->solution_offered = ts.solution_offered;
    c->offered_before = ts.offered;
    /* someone who joins another person's thread has had no round with the brand yet: the
     * thread's earlier answers went to others (TWICE counts them per person; a troll's never
     * starts afresh) */
    c->new_voice = !c->own_thread && root != post && sv_in_range(root, sc->post_count) &&
                   c->author != SV_ROLE_TROLL && !author_answered(s, history, root, p->author);
    /* a channel that takes a set number of answers per thread: is the next the last? */
    if (sv_in_range(p->channel, sc->channel_count)) {
        uint32_t cap = sc->channels[p->channel].replies;
        c->last_answer = cap > 0 && c->thread_replies + 1 >= cap;
    }
    if (seen_at(s, post, snap->t_ms)) c->delay_ms = sv_score_since_posted(s, post, snap->t_ms);
}

/* A reply's length as the model reads it: the mean of its lengths in the
 * languages the scenario's pack declares (rounded), so neither the order of
 * the manifest's languages nor one wordy translation decides what is short or
 * a wall, and teams playing in different languages are judged alike. A
 * scenario without a declared set (built by hand) counts in `lang`. */
static uint32_t scored_length(const sv_Session *s, const sv_Reply *r, const FixedReply *x,
                              sv_Lang lang)
{
    uint32_t langs = s->sc->languages & ((1u << SV_LANG_COUNT) - 1u), sum = 0, n = 0;
    if (!langs && (unsigned)lang < SV_LANG_COUNT) langs = 1u << lang;
    if (!langs) return reply_length(s->sc, r, lang);
    for (int l = 0; l < SV_LANG_COUNT; l++) {
        if (!(langs & (1u << l))) continue;
        sum += x ? x->length[l] : composed_length(s, r, (sv_Lang)l);
        n++;
    }
    return (sum + n / 2u) / n;
}

static int32_t percent(uint32_t part, uint32_t whole)
{
    if (!whole) return -1;
    uint64_t p = (uint64_t)part * 100u / whole;
    return p > 100000u ? 100000 : (int32_t)p;
}

static void reply_features(const sv_Session *s, const sv_ScoreSnapshot *snap, uint32_t history,
                           const sv_Reply *r, sv_ScoreContext *c)
{
    const sv_Scenario *sc = s->sc;
    c->has_reply = true;
    c->by_default = r->by_default;
    c->option = r->option;
    c->action = r->action;
    c->visibility = r->visibility;
    c->speaks = sv_reply_speaks(r);
    const FixedReply *x = fixed_of(s, r);
    if (x) {
        c->tags = x->tags;
        c->kind_count = x->kind_count;
        memcpy(c->kinds, x->kinds, sizeof c->kinds);
        c->offer = x->offer;
    } else {
        c->tags = reply_tags(sc, r);
        c->kind_count = reply_kinds(sc, r, c->kinds);
        c->offer = reply_offer(sc, r);
    }
    c->offer = offer_beside_kept(sc, r, c->offered_before, c->offer);
    if (c->speaks) c->length = scored_length(s, r, x, snap->lang);
    c->repeat = repeats(s, history, r, c->post);
    c->canned = tagged(c, SV_TAG_TEMPLATE) || c->repeat > 0;
    c->solution = c->speaks && offers_solution(c);
    /* a closing note is one only in public and with words (as the crowd reads it) */
    const sv_Option *own = sv_reply_option_inline(sc, r);
    c->closes = c->speaks && r->visibility == SV_VIS_PUBLIC && own && own->closes;
    c->moderates = c->speaks && r->visibility == SV_VIS_PUBLIC && sv_reply_moderates_inline(sc, r);
    c->accommodates = c->speaks && accommodating(c);
    c->moves_private = c->action == SV_ACTION_MOVE_PRIVATE || has_kind(c, SV_PART_MOVE_PRIVATE) ||
                       (c->speaks && r->visibility == SV_VIS_PRIVATE && c->has_post &&
                        c->channel != SV_CHANNEL_PRIVATE);
    c->compensates = c->speaks && (has_kind(c, SV_PART_COMPENSATE) || c->offer > 0);
    /* Generosity is the offer against the loss when both are known: clearly more
     * than the customer lost (a fifth more), so neither a gift tagged generous
     * that does not cover the loss nor a refund with a few kronor on top is the
     * extra mile. Without the figures, the author's tag decides. */
    c->generous =
        c->speaks && (c->offer > 0 && c->loss > 0 ? (int64_t)c->offer * 5 > (int64_t)c->loss * 6
                                                  : tagged(c, SV_TAG_GENEROUS));
    const sv_Option *o = r->prior ? NULL : own;
    if (o && o->step_count > 1) {
        c->step = r->step;
        c->step_count = o->step_count;
        for (uint8_t k = 0; k < o->step_count && k < SV_MAX_STEPS; k++)
            if (k != r->step) c->also |= 1u << o->steps[k].action;
    }
    c->own_delay_ms = r->delay_ms;
    uint64_t stated = 0;
    fact_features(s, snap, r, c, &stated);
    c->answers_every_point = c->speaks && answers_every_point(s, snap, r, c->post, stated);
    /* the post's unknown claims left open (nothing stated that is not known)
     * while a known true one is owned: the explanation and the remedy rest on
     * what is known, not on a guess (LISTEN, HONEST) */
    c->leaves_open = c->leaves_open && c->claims_unknown && !c->guesses;
    bool denial_only =
        c->denies_true + c->denies_false > 0 && !c->confirms_true && !c->confirms_false;
    c->remedy = c->speaks && offers_remedy(c, denial_only);
    c->policy = policy_of(s, history, r, c->post, only_moves_private(c));
    c->leaves_out = leaves_out(s, snap, r, c);
    c->asks_known = c->speaks && sv_score_asks_back(c) && asks_what_is_known(s, snap, r);
    c->explains_again = explains_again(s, history, r, c);
    c->tells_cause = tells_cause(s, snap, r, c);
    c->compensation_known = c->speaks && compensation_known(s, snap, r, c);
    /* an explanation; where the story marks why it went wrong, one that tells
     * it or what was changed (003's two halves), not only a way on */
    c->explains_why = c->speaks && has_kind(c, SV_PART_EXPLAIN) &&
                      (c->tells_cause || c->tells_measure || !story_marks(s, MARKS_CAUSE));
    c->apologises_again = apologises_again(s, history, r, c);
    c->compensates_again = compensates_again(s, history, r, c);
    c->promises_measure = promises_measure(s, snap, r, c);
    c->remedy_at_hand = c->speaks && remedy_at_hand(sc, r, c->decision);
    /* a composition says, part by part, which of the post's claims it takes up
     * (answers_claim reads each part's own lists); an option that lists none
     * may still say them in its words, and is not read so */
    c->claims_unsaid = c->speaks && composed(r) && c->has_post && !c->answers_claim;
    /* what came of what many asked: a fact marked outcome, confirmed so; a
     * story that marks none leaves an explanation to a suggestion or a remark
     * to be read as it, but not one to a complaint, where a change made
     * because many asked lifts the charge of a complaint left unfixed and
     * must be said (tests/fresh25, V4) */
    if (!c->tells_outcome && has_kind(c, SV_PART_EXPLAIN) && c->valence != SV_VALENCE_NEGATIVE)
        c->tells_outcome = !story_marks(s, MARKS_OUTCOME);
}

void sv_score_context(const sv_Session *s, const sv_ScoreSnapshot *snap, sv_Trigger trigger,
                      int32_t decision, int32_t post, const sv_Reply *reply, sv_ScoreContext *out)
{
    const sv_Scenario *sc = s->sc;
    uint32_t history = snap->history;
    memset(out, 0, sizeof *out);
    const sv_ScoreStatic *x = static_of(s);
    out->memo = x ? x->memo : NULL;
    out->trigger = trigger;
    out->t_ms = snap->t_ms;
    out->option = -1;
    out->policy = -1;
    out->deadline_pct = out->own_delay_pct = -1;
    if (reply && decision < 0) decision = reply->decision;
    out->decision = sv_in_range(decision, sc->decision_count) ? decision : -1;
    if (reply && post < 0) post = sv_reply_post_inline(sc, reply);
    if (post < 0 && out->decision >= 0) post = sc->decisions[out->decision].about;
    out->post = sv_in_range(post, sc->post_count) ? post : -1;
    post_features(s, snap, history, out->post, out); /* `fixed` too */
    /* without the post on screen the clock runs from when the decision opened */
    if (!seen_at(s, out->post, snap->t_ms) && out->decision >= 0 &&
        s->decision_open_ms[out->decision] <= snap->t_ms)
        out->delay_ms = snap->t_ms - s->decision_open_ms[out->decision];
    out->claims_unknown = claims_unknown(s, snap, out->post);
    out->facts_missing = facts_missing(s, snap, out->decision, out->claims_unknown);
    out->check_at_hand = out->facts_missing && check_at_hand(s, snap, out->decision);
    if (reply) reply_features(s, snap, history, reply, out);
    if (out->decision >= 0) {
        uint32_t deadline = sv_session_deadline_ms(s, out->decision);
        out->deadline_pct = percent(out->delay_ms, deadline);
        out->own_delay_pct = reply ? percent(out->own_delay_ms, deadline) : -1;
    }
}

/* ---- the order of parts ------------------------------------------------------------------ */

/* confirm-or-deny, apologise, explain, satisfy; -1: may stand anywhere. Empathy
 * opens the reply with the confirmation or denial ("that sounds frightening –
 * it wasn't one of ours"): a feeling met after the explanation is a step back. */
static int order_rank(uint8_t kind)
{
    switch (kind) {
    case SV_PART_GREETING: return 0;
    case SV_PART_EMPATHISE:
    case SV_PART_ACKNOWLEDGE:
    case SV_PART_DENY: return 1;
    case SV_PART_APOLOGISE: return 2;
    case SV_PART_EXPLAIN: return 3;
    case SV_PART_COMPENSATE:
    case SV_PART_FOLLOW_UP:
    case SV_PART_CONTACT:
    case SV_PART_MOVE_PRIVATE: return 4;
    case SV_PART_SIGN_OFF: return 5;
    default: return -1;
    }
}

/* "Sorry, you're right" is one sentence: an apology just before the
 * confirmation is the confirmation's step, not a step back. So is "I'm so
 * sorry – that sounds awful": empathy just after an apology is the apology's. */
static int rank_at(const uint8_t *kinds, uint8_t n, uint8_t i)
{
    int r = order_rank(kinds[i]);
    if (kinds[i] == SV_PART_APOLOGISE && i + 1 < n && kinds[i + 1] == SV_PART_ACKNOWLEDGE) return 1;
    if (kinds[i] == SV_PART_EMPATHISE && i > 0 && kinds[i - 1] == SV_PART_APOLOGISE)
        return rank_at(kinds, n, (uint8_t)(i - 1));
    return r;
}

/* A reply to a partly true post goes through the order once per claim
 * ("you're right that it was late: sorry, ... On the colour: ..."): a new
 * confirmation or denial after a round that began with one starts the next
 * round instead of stepping back. Empathy is placed like a confirmation but is
 * no step of the guide's order: it is not counted towards "ok", and it neither
 * begins a round nor starts a new one. A second explanation after the customer
 * was made good, when the first stood in its place, is what changed so it does
 * not happen again (APOLOGY-EXPLAIN-COMPENSATE: the why and the measures taken),
 * not an excuse after the fact. */
static void order_scan(const uint8_t *kinds, uint8_t n, int *ranked, bool *back)
{
    int last = -1;
    bool owned = false;     /* the current round began by confirming or denying (empathy aside) */
    bool explained = false; /* an explanation stood in its place in this round */
    *ranked = 0;
    *back = false;
    for (uint8_t i = 0; i < n; i++) {
        int r = rank_at(kinds, n, i);
        if (r < 0) continue;
        bool feeling = kinds[i] == SV_PART_EMPATHISE;
        if (!feeling) (*ranked)++;
        /* r is the explanation's own step here: after the remedy (a later step) it is
         * what changed, when one already stood in its place */
        if (kinds[i] == SV_PART_EXPLAIN && last > r && explained) continue;
        if (kinds[i] == SV_PART_EXPLAIN && last <= r) explained = true;
        if (r == 1 && last > 1 && owned && !feeling) {
            last = 1;
            explained = false;
            continue;
        }
        if (r == 1 && last <= 1 && !feeling) owned = true;
        if (r < last) *back = true;
        if (r > last) last = r;
    }
}

void sv_score_order(const uint8_t *kinds, uint8_t n, bool owned_before, sv_TagSet tags, bool *ok,
                    bool *wrong)
{
    int ranked;
    bool back;
    order_scan(kinds, n, &ranked, &back);
    *ok = ranked >= 2 && !back;
    bool explains = sv_score_kinds_have(kinds, n, SV_PART_EXPLAIN);
    *wrong = back || (explains && !sv_score_owns(kinds, n, tags) && !owned_before);
}

/* The order of a reply, as the rules read it. Where the story marks why it
 * went wrong and the reply tells neither the cause nor what was changed, its
 * explanation is no explanation: when it tells what is being done to find out
 * (an `inquiry` fact) beside a promise to come back, it is that promise's
 * content ("we don't know why yet; ops is going through the log; we'll be
 * back"), and it stands with the parts that make it right, after a refund
 * too (003 lets the explanation come later when it is promised; tests/fresh62,
 * N1). Read from fields judged_key keys (the kinds, explains_why,
 * tells_inquiry, answers_question, no_fault). */
void sv_score_order_of(const sv_ScoreContext *c, bool *ok, bool *wrong)
{
    uint8_t kinds[SV_MAX_COMPOSE];
    uint8_t n = c->kind_count < SV_MAX_COMPOSE ? c->kind_count : SV_MAX_COMPOSE;
    bool promised = c->tells_inquiry && !c->explains_why && has_kind(c, SV_PART_FOLLOW_UP);
    for (uint8_t i = 0; i < n; i++)
        kinds[i] =
            promised && c->kinds[i] == SV_PART_EXPLAIN ? (uint8_t)SV_PART_FOLLOW_UP : c->kinds[i];
    /* An explanation that answers what the post asks, when what the post holds
     * true is no fault of the brand's, is the answer, not an excuse: there is
     * nothing to own first (a patient closed out of hours asks what to do now;
     * ALWAYS, FACTUAL; tests/fresh68, V1) */
    bool answered = c->answers_question && c->no_fault;
    sv_score_order(kinds, n, c->owned_before || answered, c->tags, ok, wrong);
}

bool sv_score_order_ok(const uint8_t *kinds, uint8_t n)
{
    bool ok, wrong;
    sv_score_order(kinds, n, false, 0, &ok, &wrong);
    return ok;
}

/* A step back (compensating before confirming, say), or an excuse: an
 * explanation with nothing that confirms, denies or apologises, here or in an
 * earlier reply to the thread (a follow-up may just explain). */
bool sv_score_order_wrong(const uint8_t *kinds, uint8_t n, bool owned_before)
{
    bool ok, wrong;
    sv_score_order(kinds, n, owned_before, 0, &ok, &wrong);
    return wrong;
}

/* ---- what never changes, worked out once ------------------------------------------------ */

void sv_score_static_free(sv_ScoreStatic *x)
{
    if (!x) return;
    free(x->step_at);
    free(x->replies);
    free(x->marks);
    free(x->thread);
    free(x->key);
    free(x->own_facts);
    free(x->reveal_at);
    free(x->reveals);
    free(x->pastes);
    for (uint32_t i = 0; x->flat && i < x->classes; i++) free(x->flat[i]);
    free(x->flat);
    free(x->flat_len);
    for (uint32_t i = 0; x->part_flat && i < x->sc->part_count; i++) free(x->part_flat[i]);
    free(x->part_flat);
    free(x->part_flat_len);
    sv_score_memo_free(x->memo);
    sv_score_tick_memo_free(x->tick_memo);
    free(x->part_bytes);
    free(x->part_chars);
    free(x);
}

typedef struct Marked {
    uint32_t *list;
    size_t count, cap;
    uint8_t *mark; /* [fact_count] */
} Marked;

static bool fixed_fill(const sv_Scenario *sc, const sv_Reply *r, FixedReply *e, Marked *M)
{
    e->action = r->action;
    e->visibility = r->visibility;
    e->decision = r->decision;
    e->post = sv_reply_post_inline(sc, r);
    info_fill(sc, r, &e->info);
    e->tags = reply_tags(sc, r);
    e->kind_count = reply_kinds(sc, r, e->kinds);
    e->offer = reply_offer(sc, r);
    for (int l = 0; l < SV_LANG_COUNT; l++) e->length[l] = reply_length(sc, r, (sv_Lang)l);
    e->checked = own_check(sc, r);
    sv_ScoreContext c = {0};
    implicit_claim(sc, e->kinds, e->kind_count, e->post, &c);
    e->implicit[0] = c.confirms_true;
    e->implicit[1] = c.confirms_false;
    e->implicit[2] = c.denies_true;
    e->implicit[3] = c.denies_false;
    e->marks_at = (uint32_t)M->count;
    if (sc->fact_count) {
        memset(M->mark, 0, sc->fact_count);
        mark_stated(sc, r, e->kinds, e->kind_count, e->post, M->mark);
        for (uint32_t f = 0; f < sc->fact_count; f++) {
            if (!M->mark[f]) continue;
            if (M->count == M->cap) {
                size_t cap = M->cap ? 2 * M->cap : 64;
                uint32_t *l = realloc(M->list, cap * sizeof *l);
                if (!l) return false;
                M->list = l;
                M->cap = cap;
            }
            M->list[M->count++] = f << 2 | M->mark[f];
        }
    }
    e->mark_count = (uint32_t)M->count - e->marks_at;
    e->ok = true;
    return true;
}

/* The words of the replies worked out once (English, as repeats reads them),
 * in classes of the same words names aside: a class's first words stand for it. */
typedef struct WordClasses {
    const char **rep;
    uint32_t count;
    NameStarts ns;
} WordClasses;

/* The reply's class, 1 on; 0 for a reply without words. */
static uint32_t word_class(const sv_Scenario *sc, WordClasses *W, const sv_Reply *r)
{
    const sv_Option *w = worded(sc, r);
    const char *t = w ? sv_text_get(&w->text, SV_LANG_EN) : "";
    if (!t[0]) return 0;
    for (uint32_t j = 0; j < W->count; j++)
        if (W->rep[j] == t || same_words(&W->ns, W->rep[j], t)) return j + 1u;
    W->rep[W->count++] = t;
    return W->count;
}

/* Which word classes are pasted from which, cut down (repeats): each class's
 * words read once (kept for the composed replies repeats compares them
 * with), then every pair; and each part's words, which a composed reply's
 * are made of. False when out of memory. */
static bool paste_matrix(sv_ScoreStatic *x, const WordClasses *W)
{
    const sv_Scenario *sc = x->sc;
    x->classes = W->count;
    x->part_flat = calloc(sc->part_count + 1u, sizeof *x->part_flat);
    x->part_flat_len = calloc(sc->part_count + 1u, sizeof *x->part_flat_len);
    if (!x->part_flat || !x->part_flat_len) return false;
    for (uint32_t p = 0; p < sc->part_count; p++) {
        x->part_flat[p] =
            read_words(&W->ns, sv_text_get(&sc->parts[p].text, SV_LANG_EN), &x->part_flat_len[p]);
        if (!x->part_flat[p]) return false;
    }
    if (!W->count) return true;
    x->pastes = calloc(((size_t)W->count * W->count + 7u) / 8u, 1);
    char **flat = x->flat = calloc(W->count, sizeof *flat);
    size_t *flat_len = x->flat_len = calloc(W->count, sizeof *flat_len);
    bool ok = x->pastes && flat && flat_len;
    for (uint32_t i = 0; ok && i < W->count; i++)
        ok = (flat[i] = read_words(&W->ns, W->rep[i], &flat_len[i])) != NULL;
    for (uint32_t i = 0; ok && i < W->count; i++)
        for (uint32_t j = i + 1u; j < W->count; j++) {
            if (!pasted_read(flat[i], flat_len[i], flat[j], flat_len[j])) continue;
            size_t ij = (size_t)i * W->count + j; /* i < j: static_pasted reads it so */
            x->pastes[ij >> 3] |= (uint8_t)(1u << (ij & 7u));
        }
    return ok;
}

sv_ScoreStatic *sv_score_static_new(const sv_Scenario *sc)
{
    if (!sc || sc->fact_count > (UINT32_MAX >> 2)) return NULL;
    sv_ScoreStatic *x = calloc(1, sizeof *x);
    if (!x) return NULL;
    x->sc = sc;
    /* the options' actions as take_option makes them, then the earlier replies */
    x->step_at = malloc((sc->option_count + 1u) * sizeof *x->step_at);
    size_t total = 0;
    for (uint32_t o = 0; x->step_at && o < sc->option_count; o++) {
        x->step_at[o] = (uint32_t)total;
        const sv_Option *op = &sc->options[o];
        uint8_t steps = op->step_count ? op->step_count : 1;
        total += steps < SV_MAX_STEPS ? steps : SV_MAX_STEPS;
    }
    if (x->step_at) x->step_at[sc->option_count] = (uint32_t)total;
    total += sc->earlier_count;
    x->replies = calloc(total + 1u, sizeof *x->replies);
    x->thread = malloc((sc->post_count + 1u) * sizeof *x->thread);
    x->key = malloc((sc->post_count + 1u) * sizeof *x->key);
    x->own_facts = malloc((sc->fact_count + 1u) * sizeof *x->own_facts);
    x->reveal_at = malloc((sc->decision_count + 1u) * sizeof *x->reveal_at);
    x->memo = sv_score_memo_new();
    x->tick_memo = sv_score_tick_memo_new(); /* NULL: tick contexts made in every run */
    x->part_bytes = malloc(((size_t)sc->part_count * SV_LANG_COUNT + 1u) * sizeof *x->part_bytes);
    x->part_chars = malloc(((size_t)sc->part_count * SV_LANG_COUNT + 1u) * sizeof *x->part_chars);
    Marked M = {NULL, 0, 0, calloc(sc->fact_count + 1u, 1)};
    WordClasses W = {.rep = malloc((total + 1u) * sizeof *W.rep)};
    name_starts(sc, &W.ns);
    bool ok = x->step_at && x->replies && x->thread && x->key && x->own_facts && x->reveal_at &&
              x->memo && x->part_bytes && x->part_chars && M.mark && W.rep;
    for (uint32_t o = 0; ok && o < sc->option_count; o++) {
        const sv_Option *op = &sc->options[o];
        for (uint32_t k = x->step_at[o]; ok && k < x->step_at[o + 1]; k++) {
            sv_Reply r;
            memset(&r, 0, sizeof r);
            r.decision = sv_scenario_option_decision(sc, (int32_t)o);
            r.option = (int32_t)o;
            r.step = (uint8_t)(k - x->step_at[o]);
            sv_Step one = {op->action, op->visibility, op->target};
            const sv_Step *st = op->step_count ? &op->steps[r.step] : &one;
            r.action = st->action;
            r.visibility = st->visibility;
            ok = fixed_fill(sc, &r, &x->replies[k], &M);
            x->replies[k].words = word_class(sc, &W, &r);
        }
    }
    for (uint32_t i = 0; ok && i < sc->earlier_count; i++) {
        sv_Reply r;
        memset(&r, 0, sizeof r);
        r.decision = -1;
        r.option = -1;
        r.prior = i + 1u;
        r.action = sc->earlier[i].reply.action;
        r.visibility = sc->earlier[i].reply.visibility;
        FixedReply *e = &x->replies[x->step_at[sc->option_count] + i];
        ok = fixed_fill(sc, &r, e, &M);
        e->words = word_class(sc, &W, &r);
    }
    free(M.mark);
    x->marks = M.list;
    /* which classes' words are pasted from which, cut down (repeats) */
    if (ok) ok = paste_matrix(x, &W);
    free(W.rep);
    for (uint32_t p = 0; ok && p < sc->part_count; p++)
        for (int l = 0; l < SV_LANG_COUNT; l++) {
            const char *t = sv_text_get(&sc->parts[p].text, (sv_Lang)l);
            size_t len = strlen(t);
            if (len > UINT32_MAX / 4) ok = false;
            x->part_bytes[p * SV_LANG_COUNT + (uint32_t)l] = (uint32_t)len;
            x->part_chars[p * SV_LANG_COUNT + (uint32_t)l] = utf8_count(t, len);
        }
    for (uint32_t p = 0; ok && p < sc->post_count; p++) {
        x->thread[p] = sv_score_thread(sc, (int32_t)p);
        x->key[p] = complaint_key(sc, (int32_t)p);
    }
    for (uint32_t f = 0; ok && f < sc->fact_count; f++)
        if (sc->facts[f].post < 0) x->own_facts[x->own_fact_count++] = f;
    x->fact_marks = scan_marks(sc);
    /* what each decision's options reveal, as facts_missing reads it */
    size_t nr = 0;
    for (int pass = 0; ok && pass < 2; pass++) {
        nr = 0;
        for (uint32_t d = 0; d < sc->decision_count; d++) {
            if (pass) x->reveal_at[d] = (uint32_t)nr;
            const sv_Decision *de = &sc->decisions[d];
            for (uint32_t o = 0; o < de->options.count; o++) {
                sv_Span rv = sc->options[de->options.start + o].claims.reveals;
                for (uint32_t i = 0; i < rv.count; i++) {
                    int32_t f = fact_at(sc, rv, i);
                    if (f < 0) continue;
                    if (pass) x->reveals[nr] = (uint32_t)f;
                    nr++;
                }
            }
        }
        if (pass) x->reveal_at[sc->decision_count] = (uint32_t)nr;
        if (!pass) ok = (x->reveals = malloc((nr + 1u) * sizeof *x->reveals)) != NULL;
    }
    if (!ok) {
        sv_score_static_free(x);
        return NULL;
    }
    return x;
}
