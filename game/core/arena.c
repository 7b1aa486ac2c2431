/* Arena: a list of blocks handed out front to back and freed together, so a
 * loaded pack is one allocation story and one free. */
#include "svara/arena.h"
#include "svara/assert.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

typedef struct Block {
    struct Block *next;
    size_t size, used;
    alignas(max_align_t) unsigned char data[];
} Block;

struct sv_Arena {
    Block *head;
    size_t block_size;
    size_t total;
};

sv_Arena *sv_arena_create(size_t block_size)
{
    sv_Arena *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
    return a;
}

void sv_arena_free(sv_Arena *a)
{
    if (!a) return;
    Block *b = a->head;
    while (b) {
        Block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

void *sv_arena_alloc(sv_Arena *a, size_t size)
{
    SV_ASSERT(a != NULL);
    const size_t align = alignof(max_align_t);
    size_t need = (size + align - 1) & ~(align - 1);
    if (need == 0) need = align;
    Block *b = a->head;
    if (!b || b->size - b->used < need) {
        size_t bsize = need > a->block_size ? need : a->block_size;
        b = malloc(sizeof *b + bsize);
        if (!b) return NULL;
        b->size = bsize;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->total += need;
    memset(p, 0, size);
    return p;
}

char *sv_arena_strndup(sv_Arena *a, const char *s, size_t n)
{
    char *p = sv_arena_alloc(a, n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *sv_arena_strdup(sv_Arena *a, const char *s) { return sv_arena_strndup(a, s, strlen(s)); }

size_t sv_arena_used(const sv_Arena *a) { return a->total; }
