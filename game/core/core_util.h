/* Internal to the core: the small helpers every module needs and none owns
 * (index checks, clamps), written once so they cannot drift.
 * Programmer errors go to SV_ASSERT (svara/assert.h), included here too. */
#ifndef SVARA_CORE_UTIL_H
#define SVARA_CORE_UTIL_H

#include <stdbool.h>
#include <stddef.h>
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

/* Language sets (sv_lang_bit, sv_lang_in) are public: svara/model.h. */

/* One heap block carved into arrays (a run sets up thousands of times a
 * second in explore): each sv_carve call takes the next aligned slice; with
 * base NULL it only measures, so one pass sizes the block and a second one,
 * from offset 0 again, places the arrays in it. */
typedef struct sv_Carve {
    size_t size;
    char *base;
} sv_Carve;

static inline void *sv_carve(sv_Carve *c, size_t count, size_t size)
{
    const size_t align = 16;
    size_t at = (c->size + align - 1u) / align * align;
    c->size = at + count * size;
    return c->base ? c->base + at : NULL;
}

/* `a op b`; an unknown op is false. Story conditions and scoring rules share it. */
bool sv_compare(int64_t a, uint8_t op, int64_t b);

#endif
