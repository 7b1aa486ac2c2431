/* FNV-1a 64 over explicitly little-endian values, for state hashes that are the
 * same on every machine, compiler and optimisation level. */
#ifndef SVARA_HASH_H
#define SVARA_HASH_H

#include <stddef.h>
#include <stdint.h>

#define SV_HASH_INIT 0xcbf29ce484222325ull

uint64_t sv_hash_bytes(uint64_t h, const void *data, size_t n);
uint64_t sv_hash_u32(uint64_t h, uint32_t v);
uint64_t sv_hash_u64(uint64_t h, uint64_t v);
uint64_t sv_hash_str(uint64_t h, const char *s); /* includes the terminating NUL */

#endif
