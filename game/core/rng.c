/* PCG32 (O'Neill): small state, good statistics, and only unsigned 64-bit
 * arithmetic, so every compiler and machine draws the same sequence. */
#include "svara/rng.h"

void sv_rng_seed(sv_Rng *r, uint64_t seed, uint64_t stream)
{
    r->state = 0u;
    r->inc = (stream << 1u) | 1u;
    (void)sv_rng_next(r);
    r->state += seed;
    (void)sv_rng_next(r);
}

uint32_t sv_rng_next(sv_Rng *r)
{
    uint64_t old = r->state;
    r->state = old * 6364136223846793005ull + r->inc;
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((32u - rot) & 31u));
}

uint32_t sv_rng_below(sv_Rng *r, uint32_t bound)
{
    if (bound == 0) return 0;
    /* reject the low values that would make some results more likely */
    uint32_t threshold = (0u - bound) % bound;
    for (;;) {
        uint32_t v = sv_rng_next(r);
        if (v >= threshold) return v % bound;
    }
}
