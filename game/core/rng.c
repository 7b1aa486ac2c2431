/* PCG32 (O'Neill): small state, good statistics, and only unsigned 64-bit
 * arithmetic, so every compiler and machine draws the same sequence. The
 * draws are inline in svara/rng.h; these are their external definitions. */
#include "svara/rng.h"

extern inline uint32_t sv_rng_next(sv_Rng *r);
extern inline uint32_t sv_rng_below(sv_Rng *r, uint32_t bound);

void sv_rng_seed(sv_Rng *r, uint64_t seed, uint64_t stream)
{
    r->state = 0u;
    r->inc = (stream << 1u) | 1u;
    (void)sv_rng_next(r);
    r->state += seed;
    (void)sv_rng_next(r);
}
