/* Internal to the core: the small helpers every module needs and none owns
 * (index checks, clamps, language masks), written once so they cannot drift.
 * Programmer errors go to SV_ASSERT (svara/assert.h), included here too. */
#ifndef SVARA_CORE_UTIL_H
#define SVARA_CORE_UTIL_H

#include <stdbool.h>
#include <stdint.h>

#include "svara/assert.h"
#include "svara/model.h"

/* Is i an index into an array of count (a -1 "none" is not)? */
static inline bool sv_in_range(int32_t i, uint32_t count) { return i >= 0 && (uint32_t)i < count; }

/* v held to [lo, hi]; a corrupt range (lo > hi) gives hi, never a value outside both. */
static inline int64_t sv_clamp_i64(int64_t v, int64_t lo, int64_t hi)
{
    if (lo > hi) lo = hi;
    return v < lo ? lo : v > hi ? hi : v;
}

static inline int64_t sv_min_i64(int64_t a, int64_t b) { return a < b ? a : b; }
static inline int64_t sv_max_i64(int64_t a, int64_t b) { return a > b ? a : b; }

/* Languages as bit sets: bit (1u << sv_Lang). */
#define SV_LANG_ALL ((1u << SV_LANG_COUNT) - 1u)
static inline uint32_t sv_lang_bit(sv_Lang lang) { return 1u << lang; }
static inline bool sv_lang_in(uint32_t set, sv_Lang lang) { return (set & sv_lang_bit(lang)) != 0; }

#endif
