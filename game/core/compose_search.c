/* The composer search (compose_search.h): every subset of a small pool, every
 * reply of an allowed length while there are few enough, and beyond that a
 * greedy build improved by single moves. */
#include "compose_search.h"

typedef struct Walk {
    const sv_ComposeSearch *q;
    sv_ComposeBest best;
} Walk;

/* Tries the reply `mask` makes if its length is allowed (min to max, or any
 * up to max for a partial reply when `partial`). */
static void try_mask(Walk *w, uint32_t mask, bool partial)
{
    uint32_t k = (uint32_t)__builtin_popcount(mask);
    if (k == 0 || k > w->q->max || (!partial && k < w->q->min)) return;
    uint8_t how = 0;
    int64_t fig = w->q->value(w->q->ctx, mask, &how);
    if (!w->best.found || fig > w->best.fig) w->best = (sv_ComposeBest){true, mask, how, fig};
}

uint32_t sv_compose_replies(uint32_t n, uint32_t min, uint32_t max, uint32_t limit)
{
    uint64_t total = 0, choose = 1; /* n choose k, k from 0 */
    for (uint32_t k = 0; k <= max && k <= n; k++) {
        if (k > 0) choose = choose * (n - k + 1u) / k;
        if (k >= min && k > 0) total += choose;
        if (total > limit) return UINT32_MAX;
    }
    return (uint32_t)total;
}

/* The next mask with as many bits set (Gosper's rule); mask is not 0. */
static uint32_t next_of_size(uint32_t mask)
{
    uint32_t low = mask & (0u - mask), up = mask + low;
    if (up == 0) return UINT32_MAX; /* past the top bit: ends the loop */
    return up | (((mask ^ up) >> 2) / low);
}

/* Too many parts to try every reply: add the part that helps most, one at a
 * time, keeping the best reply of an allowed length seen on the way. */
static void greedy(Walk *w)
{
    uint32_t mask = 0;
    for (uint32_t size = 0; size < w->q->max; size++) {
        bool before = w->best.found;
        int64_t before_fig = w->best.fig;
        Walk probe = {.q = w->q}; /* partial replies are ranked too, to choose the next part */
        uint32_t pick = 0;
        for (uint32_t i = 0; i < w->q->pool; i++) {
            if (mask & (1u << i)) continue;
            bool had = probe.best.found;
            int64_t had_fig = probe.best.fig;
            try_mask(&probe, mask | (1u << i), true);
            if (probe.best.found && (!had || probe.best.fig > had_fig)) pick = i;
        }
        if (!probe.best.found) break;
        mask |= 1u << pick;
        try_mask(w, mask, false);
        if (size + 1u >= w->q->min && before && w->best.fig <= before_fig) break;
    }
}

/* After the greedy build: the best reply's neighbours (a part added, one taken
 * away, one swapped for another) are tried and the best of them kept while it
 * is better, so the reply found does not hang on the order the greedy build
 * took its parts in (a part that looked best alone, where another pays more
 * beside the rest). At most ROUNDS rounds. */
#define ROUNDS 32
static void improve(Walk *w)
{
    for (int round = 0; w->best.found && round < ROUNDS; round++) {
        int64_t before = w->best.fig;
        uint32_t mask = w->best.mask;
        for (uint32_t i = 0; i < w->q->pool; i++) {
            uint32_t bit = 1u << i;
            if (!(mask & bit)) {
                try_mask(w, mask | bit, false);
                continue;
            }
            try_mask(w, mask & ~bit, false);
            for (uint32_t j = 0; j < w->q->pool; j++)
                if (!(mask & (1u << j))) try_mask(w, (mask & ~bit) | (1u << j), false);
        }
        if (w->best.fig <= before) break;
    }
}

sv_ComposeBest sv_compose_search(const sv_ComposeSearch *q)
{
    Walk w = {.q = q};
    if (q->pool == 0 || q->pool >= 32 || q->max == 0) return w.best;
    if (q->pool <= q->every) {
        for (uint32_t mask = 1; mask < (1u << q->pool); mask++) try_mask(&w, mask, false);
    } else if (sv_compose_replies(q->pool, q->min, q->max, q->replies) <= q->replies) {
        /* shortest first, so a tie keeps the smaller reply */
        for (uint32_t k = q->min ? q->min : 1u; k <= q->max && k <= q->pool; k++)
            for (uint32_t mask = (1u << k) - 1u; mask < (1u << q->pool); mask = next_of_size(mask))
                try_mask(&w, mask, false);
    } else {
        greedy(&w);
        improve(&w);
    }
    return w.best;
}
