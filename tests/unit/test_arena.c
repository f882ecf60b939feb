/* test_arena.c - the per-item bump allocator: the cap is enforced, a failure
 * is sticky until reset, memory is zeroed and aligned, reset reuses, arrays
 * grow by doubling. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "arena.h"

static void test_cap_enforced_and_sticky(void **state)
{
    (void)state;
    arena a;
    arena_init(&a, 4096);
    void *p = arena_alloc(&a, 3000);
    assert_non_null(p);
    assert_false(a.failed);
    /* 3000 + 2000 is past the 4096 cap */
    assert_null(arena_alloc(&a, 2000));
    assert_true(a.failed);
    /* sticky: even a small request that would fit fails until reset */
    assert_null(arena_alloc(&a, 16));
    assert_null(arena_alloc_raw(&a, 16));
    assert_null(arena_strndup(&a, "abc", 3));
    arena_reset(&a);
    assert_false(a.failed);
    assert_non_null(arena_alloc(&a, 16));
    /* one request larger than the whole cap, and a size that would wrap */
    assert_null(arena_alloc(&a, 4097));
    arena_reset(&a);
    assert_null(arena_alloc(&a, SIZE_MAX));
    assert_true(a.failed);
    arena_free(&a);
}

static void test_exact_cap(void **state)
{
    (void)state;
    arena a;
    arena_init(&a, 1024);
    /* the whole cap can be handed out, then not one byte more */
    assert_non_null(arena_alloc(&a, 1024));
    assert_int_equal(a.used_total, 1024);
    assert_null(arena_alloc(&a, 1));
    arena_free(&a);
}

static void test_zeroed_and_aligned(void **state)
{
    (void)state;
    arena a;
    arena_init(&a, 1 << 20);
    unsigned char *p = arena_alloc(&a, 1000);
    assert_non_null(p);
    memset(p, 0xAB, 1000);
    arena_reset(&a);
    /* the same block comes back after reset, and arena_alloc zeroes it */
    unsigned char *q = arena_alloc(&a, 1000);
    assert_ptr_equal(p, q);
    for (size_t i = 0; i < 1000; i++)
        if (q[i] != 0)
            fail_msg("byte %zu of reused memory is 0x%02x, not zero", i, q[i]);
    for (size_t size = 1; size < 100; size += 7) {
        void *r = arena_alloc(&a, size);
        assert_non_null(r);
        assert_int_equal((uintptr_t)r % _Alignof(max_align_t), 0);
    }
    char *s = arena_strndup(&a, "Čaputová said", strlen("Čaputová"));
    assert_string_equal(s, "Čaputová");
    arena_free(&a);
}

static void test_reset_reuses_first_block(void **state)
{
    (void)state;
    arena a;
    arena_init(&a, (size_t)64 << 20);
    char *first = arena_alloc(&a, 64);
    assert_non_null(first);
    /* grow past the first block: more blocks are chained */
    for (int i = 0; i < 8; i++)
        assert_non_null(arena_alloc(&a, 200 * 1024));
    assert_non_null(a.head->next);
    assert_true(a.used_total >= 8 * 200 * 1024);
    arena_reset(&a);
    assert_int_equal(a.used_total, 0);
    assert_null(a.head->next); /* only one block kept */
    /* the kept block is the first one: the next allocation starts there */
    assert_ptr_equal(arena_alloc(&a, 64), first);
    arena_free(&a);
    assert_null(a.head);
    assert_int_equal(a.used_total, 0);
}

/* arena_grow: the same array while there is room, a doubled copy when full,
 * NULL (the old array intact) past the cap or when the size would wrap. */
static void test_grow(void **state)
{
    (void)state;
    arena a;
    arena_init(&a, 4096);
    size_t cap = 0;
    int *v = arena_grow(&a, NULL, 0, &cap, 4, sizeof *v);
    assert_non_null(v);
    assert_int_equal(cap, 4);
    for (int k = 0; k < 4; k++)
        v[k] = k;
    assert_ptr_equal(arena_grow(&a, v, 3, &cap, 4, sizeof *v), v);
    int *w = arena_grow(&a, v, 4, &cap, 4, sizeof *v);
    assert_non_null(w);
    assert_int_equal(cap, 8);
    for (int k = 0; k < 4; k++)
        assert_int_equal(w[k], k);
    /* doubling 512 ints to 1,024 runs past the 4096-byte cap: cap unchanged */
    size_t big = 512;
    assert_null(arena_grow(&a, w, big, &big, 4, sizeof *w));
    assert_int_equal(big, 512);
    arena_reset(&a);
    size_t huge = SIZE_MAX / 2 + 1;
    assert_null(arena_grow(&a, NULL, huge, &huge, 4, 16));
    arena_free(&a);
}

/* arena_fail_one(a, 3): the first two allocations succeed, the third
 * fails (NULL, the flag set), the fourth and later succeed again and clear
 * the flag; the memory handed out stays usable and apart; reset ends it.
 * Hard negative: the cap still holds while it is armed. */
static void test_fail_one(void **state)
{
    (void)state;
    arena a;
    arena_init(&a, 1 << 20);
    assert_non_null(arena_alloc(&a, 8)); /* before arming: not counted */
    assert_int_equal(arena_fail_one(&a, 3), 0);
    char *p = arena_alloc(&a, 100);
    char *q = arena_strndup(&a, "abc", 3);
    assert_non_null(p);
    assert_non_null(q);
    assert_false(a.failed);
    assert_null(arena_alloc(&a, 16));
    assert_true(a.failed);
    char *r = arena_alloc(&a, 300000); /* a block of its own */
    assert_non_null(r);
    assert_false(a.failed);
    memset(p, 1, 100);
    memset(r, 2, 300000);
    assert_string_equal(q, "abc");
    assert_int_equal(a.trip_count, 4);
    assert_null(arena_alloc(&a, 2 << 20)); /* past the cap */
    assert_true(a.failed);
    arena_reset(&a);
    assert_int_equal(a.trip_at, 0);
    assert_non_null(arena_alloc(&a, 16));
    assert_non_null(arena_alloc(&a, 16));
    assert_non_null(arena_alloc(&a, 16));
    assert_false(a.failed);
    arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cap_enforced_and_sticky),
        cmocka_unit_test(test_exact_cap),
        cmocka_unit_test(test_zeroed_and_aligned),
        cmocka_unit_test(test_reset_reuses_first_block),
        cmocka_unit_test(test_grow),
        cmocka_unit_test(test_fail_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
