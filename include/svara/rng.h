/* The core's only source of randomness: a seeded generator with unsigned
 * arithmetic only, so every build and machine draws the same numbers. */
#ifndef SVARA_RNG_H
#define SVARA_RNG_H

#include <stdint.h>

typedef struct sv_Rng {
    uint64_t state;
    uint64_t inc;
} sv_Rng;

void sv_rng_seed(sv_Rng *r, uint64_t seed, uint64_t stream);
uint32_t sv_rng_next(sv_Rng *r);
/* Uniform in [0, bound); bound 0 returns 0. No modulo bias. */
uint32_t sv_rng_below(sv_Rng *r, uint32_t bound);

#endif
