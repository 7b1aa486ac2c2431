/* A growing bump allocator: one per loaded pack, freed in one call. */
#ifndef SVARA_ARENA_H
#define SVARA_ARENA_H

#include <stddef.h>

typedef struct sv_Arena sv_Arena;

/* Returns a new arena (heap), or NULL when out of memory. Free with sv_arena_free. */
sv_Arena *sv_arena_create(size_t block_size);
void sv_arena_free(sv_Arena *a);

/* Zeroed memory aligned for any type; NULL when out of memory. */
void *sv_arena_alloc(sv_Arena *a, size_t size);
/* Copies of strings and byte ranges (NUL-terminated); NULL when out of memory. */
char *sv_arena_strdup(sv_Arena *a, const char *s);
char *sv_arena_strndup(sv_Arena *a, const char *s, size_t n);
/* Bytes handed out so far (for benchmarks and tests). */
size_t sv_arena_used(const sv_Arena *a);

#endif
