/* arena.h - per-item bump allocator with a hard cap.
 *
 * Everything the normalizer builds for one item lives in one arena, freed at
 * once by arena_reset(): no per-object frees, no leaks, and the cap is the
 * resource limit for hostile input. */
#ifndef NSV_ARENA_H
#define NSV_ARENA_H

#include <stddef.h>

typedef struct arena_block arena_block;

struct arena_block {
    arena_block *next;
    size_t size, used;
    max_align_t data[]; /* aligned payload */
};

typedef struct arena {
    arena_block *head; /* current block; older blocks chained behind it */
    size_t used_total; /* bytes handed out since the last reset */
    size_t cap;        /* arena_alloc fails beyond this */
    int failed;        /* set once an allocation failed; sticky until reset */
    /* Tests only (arena_fail_one): allocations counted since it was called,
     * and the one of them that fails (0: none).  While it is set the first
     * block in the chain is an empty one, so every allocation takes the slow
     * path and the inline one pays nothing for it. */
    size_t trip_count, trip_at;
} arena;

void arena_init(arena *a, size_t cap);
/* Zeroed memory aligned for any type, or NULL (and a->failed) past the cap. */
void *arena_alloc(arena *a, size_t size);
/* Like arena_alloc, but the memory is not zeroed: for buffers the caller
 * fills completely (strings, copies).  The common case (room in the current
 * block) is inline. */
void *arena_alloc_slow(arena *a, size_t size);
static inline void *arena_alloc_raw(arena *a, size_t size)
{
    size_t r = (size + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
    arena_block *b = a->head;
    if (r && r >= size && b && !a->failed && r <= b->size - b->used &&
        r <= a->cap - a->used_total && a->used_total <= a->cap) {
        void *p = (char *)b->data + b->used;
        b->used += r;
        a->used_total += r;
        return p;
    }
    return arena_alloc_slow(a, size);
}
/* NUL-terminated copy of s[0..len), or NULL. */
char *arena_strndup(arena *a, const char *s, size_t len);
/* Room for one more element in an array of n elements of elem_size bytes
 * at items with capacity *cap: items itself while n < *cap, else a copy in
 * a block twice as large (first when *cap is 0), *cap updated.  NULL when
 * the arena is out of room; items stays valid either way. */
void *arena_grow(arena *a, void *items, size_t n, size_t *cap, size_t first, size_t elem_size);
/* Tests only: the n-th allocation from now (n >= 1) fails as past the cap
 * (NULL, a->failed set), and that one only: the next allocation clears the
 * flag and it and every later one succeed (the cap is still kept).  A rule
 * that reads the failure as "none found" then gives a silently shorter
 * result instead of hitting the sticky failure later.  0 on success, -1 when
 * the marker block could not be had.  Ends at arena_reset. */
int arena_fail_one(arena *a, size_t n);
/* Keep the first block for reuse, free the rest. */
void arena_reset(arena *a);
void arena_free(arena *a);

#endif
