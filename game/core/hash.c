/* FNV-1a 64 fed with explicit little-endian bytes: no struct padding, no
 * host byte order, so the hash is a property of the values alone. */
#include "svara/hash.h"

#include <string.h>

#define FNV_PRIME 0x100000001b3ull

uint64_t sv_hash_bytes(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= FNV_PRIME;
    }
    return h;
}

uint64_t sv_hash_u32(uint64_t h, uint32_t v)
{
    unsigned char b[4];
    for (int i = 0; i < 4; i++) b[i] = (unsigned char)(v >> (8 * i));
    return sv_hash_bytes(h, b, sizeof b);
}

uint64_t sv_hash_u64(uint64_t h, uint64_t v)
{
    unsigned char b[8];
    for (int i = 0; i < 8; i++) b[i] = (unsigned char)(v >> (8 * i));
    return sv_hash_bytes(h, b, sizeof b);
}

uint64_t sv_hash_str(uint64_t h, const char *s) { return sv_hash_bytes(h, s, strlen(s) + 1); }
