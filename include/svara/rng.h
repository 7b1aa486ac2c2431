/* The core's only source of randomness: a seeded generator with unsigned
 * arithmetic only, so every build and machine draws the same numbers. The
 * draws are inline (the crowd makes tens of thousands a run); rng.c holds
 * their one external definition. */
#ifndef SVARA_RNG_H
#define SVARA_RNG_H

#include <stdint.h>

typedef struct sv_Rng {
    uint64_t state;
    uint64_t inc;
} sv_Rng;

void sv_rng_seed(sv_Rng *r, uint64_t seed, uint64_t stream);

/* PCG32 (O'Neill): XSH RR output of a 64-bit LCG. */
inline uint32_t sv_rng_next(sv_Rng *r)
{
    uint64_t old = r->state;
    r->state = old * 6364136223846793005ull + r->inc;
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((32u - rot) & 31u));
}

/* Uniform in [0, bound); bound 0 returns 0. No modulo bias: the draws below
 * (2^32 - bound) % bound are rejected. That threshold is below bound, so a
 * draw of bound or more is kept without working it out (one division instead
 * of two, the same numbers). */
inline uint32_t sv_rng_below(sv_Rng *r, uint32_t bound)
{
    if (bound == 0) return 0;
    for (;;) {
        uint32_t v = sv_rng_next(r);
        if (v >= bound || v >= (0u - bound) % bound) return v % bound;
    }
}

#endif
