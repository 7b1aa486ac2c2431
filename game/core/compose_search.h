/* The search for the best reply a composer's parts make (the debrief's best
 * composed reply, and agreement's verdict on a composer). Parts are bits of a
 * pool; a caller's value function judges the reply a mask of them makes. */
#ifndef SVARA_COMPOSE_SEARCH_H
#define SVARA_COMPOSE_SEARCH_H
#include <stdbool.h>
#include <stdint.h>

/* The value of the reply made of the pool's parts in `mask` (any number of
 * them, one at least), and in *how which way of sending it that value is
 * for (the caller's: public or private, the better of them). */
typedef int64_t (*sv_ReplyValue)(void *ctx, uint32_t mask, uint8_t *how);

typedef struct sv_ComposeSearch {
    uint32_t pool;     /* parts to pick from, bits 0 to pool - 1 (pool < 32) */
    uint32_t min, max; /* parts in one reply */
    uint32_t every;    /* every subset is tried when pool is at most this */
    uint32_t replies;  /* else every reply of min to max parts, when there are at most this many */
    sv_ReplyValue value;
    void *ctx;
} sv_ComposeSearch;

typedef struct sv_ComposeBest {
    bool found;
    uint32_t mask;
    uint8_t how;
    int64_t fig;
} sv_ComposeBest;

/* The best reply: of the replies tried, the one of highest value (a tie keeps
 * the first tried: the smaller reply, the earlier parts). Beyond `replies`, it
 * is built greedily part by part and then improved by single moves (a part
 * added, taken away or swapped) while one pays. */
sv_ComposeBest sv_compose_search(const sv_ComposeSearch *q);

/* How many replies of min to max parts n parts make (the sum of n choose k),
 * or UINT32_MAX once past `limit`. */
uint32_t sv_compose_replies(uint32_t n, uint32_t min, uint32_t max, uint32_t limit);
#endif
