/* arena.c - per-item bump allocator with a hard cap. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_MIN_BLOCK (256u * 1024u)

void arena_init(arena *a, size_t cap)
{
    memset(a, 0, sizeof *a);
    a->cap = cap;
}

/* arena_alloc_slow while arena_fail_one is armed: the head is the empty
 * marker block, the blocks handed out from are chained behind it. */
static void *trip_alloc(arena *a, size_t size)
{
    a->trip_count++;
    if (a->trip_count == a->trip_at) {
        a->failed = 1;
        return NULL;
    }
    a->failed = 0; /* the failure was that one call's only */
    arena_block *mark = a->head;
    size_t at = a->trip_at;
    a->head = mark->next;
    a->trip_at = 0;
    void *p = arena_alloc_slow(a, size);
    a->trip_at = at;
    mark->next = a->head;
    a->head = mark;
    return p;
}

int arena_fail_one(arena *a, size_t n)
{
    arena_block *mark = a->trip_at ? NULL : malloc(sizeof *mark);
    if (!a->trip_at) {
        if (!mark)
            return -1;
        mark->size = mark->used = 0; /* no room: the inline path never takes it */
        mark->next = a->head;
        a->head = mark;
    }
    a->trip_count = 0;
    a->trip_at = n;
    return 0;
}

void *arena_alloc_slow(arena *a, size_t size)
{
    if (a->trip_at)
        return trip_alloc(a, size);
    if (size > a->cap) { /* also keeps the rounding below from wrapping */
        a->failed = 1;
        return NULL;
    }
    size = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
    if (size == 0)
        size = sizeof(max_align_t);
    if (a->failed || size > a->cap - a->used_total || a->used_total > a->cap) {
        a->failed = 1;
        return NULL;
    }
    arena_block *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t want = size > ARENA_MIN_BLOCK ? size : ARENA_MIN_BLOCK;
        b = malloc(sizeof *b + want);
        if (!b) {
            a->failed = 1;
            return NULL;
        }
        b->size = want;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    a->used_total += size;
    return p;
}

void *arena_alloc(arena *a, size_t size)
{
    void *p = arena_alloc_raw(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t len)
{
    char *p = arena_alloc_raw(a, len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

void *arena_grow(arena *a, void *items, size_t n, size_t *cap, size_t first, size_t elem_size)
{
    if (n < *cap)
        return items;
    size_t ncap = *cap ? *cap * 2 : first;
    if (ncap < *cap || (elem_size && ncap > SIZE_MAX / elem_size))
        return NULL;
    void *bigger = arena_alloc_raw(a, ncap * elem_size); /* filled on use */
    if (!bigger)
        return NULL;
    if (n)
        memcpy(bigger, items, n * elem_size);
    *cap = ncap;
    return bigger;
}

void arena_reset(arena *a)
{
    if (a->trip_at) { /* the marker goes: it may be the oldest block */
        arena_block *mark = a->head;
        a->head = mark->next;
        free(mark);
        a->trip_at = a->trip_count = 0;
    }
    arena_block *b = a->head;
    if (b) {
        /* Keep the oldest (first) block: typical items fit in it. */
        while (b->next) {
            arena_block *next = b->next;
            free(b);
            b = next;
        }
        b->used = 0;
        a->head = b;
    }
    a->used_total = 0;
    a->failed = 0;
}

void arena_free(arena *a)
{
    arena_block *b = a->head;
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used_total = 0;
    a->trip_at = a->trip_count = 0;
}
