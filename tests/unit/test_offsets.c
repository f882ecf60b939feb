/* test_offsets.c - the contiguous offset tracker. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../consumer/offsets.h"

/* Out-of-order delivery: the mark only covers the completed prefix. */
static void test_out_of_order(void **state)
{
    (void)state;
    nsv_offsets *o = nsv_offsets_new();
    nsv_mark m;
    nsv_ticket *t[5];
    for (int i = 0; i < 5; i++) {
        t[i] = nsv_offsets_begin(o, "news.raw", 0, 10 + i);
        nsv_ticket_add(t[i]);
        assert_int_equal(nsv_offsets_seal(o, t[i], &m), 0);
    }
    assert_int_equal(nsv_offsets_inflight(o), 5);
    /* 12 and 13 finish first: nothing to store */
    assert_int_equal(nsv_offsets_done(o, t[2], 1, &m), 0);
    assert_int_equal(nsv_offsets_done(o, t[3], 1, &m), 0);
    assert_int_equal(nsv_offsets_mark(o, "news.raw", 0), -1);
    /* 10 finishes: mark 11 */
    assert_int_equal(nsv_offsets_done(o, t[0], 1, &m), 1);
    assert_string_equal(m.topic, "news.raw");
    assert_int_equal(m.partition, 0);
    assert_int_equal(m.offset, 11);
    /* 11 finishes: prefix 10..13 complete, mark 14 */
    assert_int_equal(nsv_offsets_done(o, t[1], 1, &m), 1);
    assert_int_equal(m.offset, 14);
    assert_int_equal(nsv_offsets_done(o, t[4], 1, &m), 1);
    assert_int_equal(m.offset, 15);
    assert_int_equal(nsv_offsets_inflight(o), 0);
    nsv_offsets_free(o);
}

/* Several outputs per input; zero outputs complete at seal; gaps are fine. */
static void test_multi_and_zero(void **state)
{
    (void)state;
    nsv_offsets *o = nsv_offsets_new();
    nsv_mark m;
    nsv_ticket *a = nsv_offsets_begin(o, "t", 1, 100);
    nsv_ticket_add(a);
    nsv_ticket_add(a);
    nsv_ticket_add(a);
    assert_int_equal(nsv_offsets_seal(o, a, &m), 0);
    nsv_ticket *b = nsv_offsets_begin(o, "t", 1, 105); /* gap: compaction, txn markers */
    assert_int_equal(nsv_offsets_seal(o, b, &m), 0);   /* no events, but behind a */
    assert_int_equal(nsv_offsets_done(o, a, 1, &m), 0);
    assert_int_equal(nsv_offsets_done(o, a, 1, &m), 0);
    assert_int_equal(nsv_offsets_done(o, a, 1, &m), 1);
    assert_int_equal(m.offset, 106);
    nsv_ticket *c = nsv_offsets_begin(o, "t", 1, 106);
    assert_int_equal(nsv_offsets_seal(o, c, &m), 1);
    assert_int_equal(m.offset, 107);
    nsv_offsets_free(o);
}

/* A delivery report that arrives before the input is sealed does not
 * complete it early. */
static void test_done_before_seal(void **state)
{
    (void)state;
    nsv_offsets *o = nsv_offsets_new();
    nsv_mark m;
    nsv_ticket *a = nsv_offsets_begin(o, "t", 0, 0);
    nsv_ticket_add(a);
    assert_int_equal(nsv_offsets_done(o, a, 1, &m), 0);
    nsv_ticket_add(a);
    assert_int_equal(nsv_offsets_seal(o, a, &m), 0);
    assert_int_equal(nsv_offsets_done(o, a, 1, &m), 1);
    assert_int_equal(m.offset, 1);
    nsv_offsets_free(o);
}

/* A failed delivery pins the mark: later inputs never move it. */
static void test_failure_blocks(void **state)
{
    (void)state;
    nsv_offsets *o = nsv_offsets_new();
    nsv_mark m;
    nsv_ticket *t[3];
    for (int i = 0; i < 3; i++) {
        t[i] = nsv_offsets_begin(o, "t", 0, i);
        nsv_ticket_add(t[i]);
        nsv_offsets_seal(o, t[i], &m);
    }
    assert_int_equal(nsv_offsets_done(o, t[0], 1, &m), 1);
    assert_int_equal(m.offset, 1);
    assert_int_equal(nsv_offsets_done(o, t[1], 0, &m), 0);
    assert_int_equal(nsv_offsets_done(o, t[2], 1, &m), 0);
    assert_int_equal(nsv_offsets_mark(o, "t", 0), 1);
    assert_int_equal(nsv_offsets_failed(o), 1);
    assert_int_equal(nsv_offsets_inflight(o), 0);
    nsv_offsets_free(o);
}

/* Partitions are independent. */
static void test_partitions_independent(void **state)
{
    (void)state;
    nsv_offsets *o = nsv_offsets_new();
    nsv_mark m;
    nsv_ticket *a = nsv_offsets_begin(o, "t", 0, 5);
    nsv_ticket *b = nsv_offsets_begin(o, "t", 1, 7);
    nsv_ticket *c = nsv_offsets_begin(o, "u", 0, 9);
    nsv_ticket_add(a);
    nsv_ticket_add(b);
    nsv_ticket_add(c);
    nsv_offsets_seal(o, a, &m);
    nsv_offsets_seal(o, b, &m);
    nsv_offsets_seal(o, c, &m);
    assert_int_equal(nsv_offsets_done(o, c, 1, &m), 1);
    assert_string_equal(m.topic, "u");
    assert_int_equal(m.offset, 10);
    assert_int_equal(nsv_offsets_done(o, b, 1, &m), 1);
    assert_string_equal(m.topic, "t");
    assert_int_equal(m.partition, 1);
    assert_int_equal(m.offset, 8);
    assert_int_equal(nsv_offsets_mark(o, "t", 0), -1);
    assert_int_equal(nsv_offsets_done(o, a, 1, &m), 1);
    assert_int_equal(m.offset, 6);
    nsv_offsets_free(o);
}

/* Revoked partitions: late reports are harmless and report no mark; a
 * re-assigned partition starts fresh. */
static void test_revoke(void **state)
{
    (void)state;
    nsv_offsets *o = nsv_offsets_new();
    nsv_mark m;
    nsv_ticket *a = nsv_offsets_begin(o, "t", 0, 1);
    nsv_ticket *b = nsv_offsets_begin(o, "t", 0, 2);
    nsv_ticket_add(a);
    nsv_ticket_add(b);
    nsv_offsets_seal(o, a, &m);
    nsv_offsets_seal(o, b, &m);
    assert_int_equal(nsv_offsets_done(o, b, 1, &m), 0); /* complete, behind a */
    nsv_offsets_revoke(o, "t", 0);
    assert_int_equal(nsv_offsets_mark(o, "t", 0), -1);
    assert_int_equal(nsv_offsets_inflight(o), 1);
    /* re-assigned before the late report arrives */
    nsv_ticket *c = nsv_offsets_begin(o, "t", 0, 50);
    assert_int_equal(nsv_offsets_done(o, a, 1, &m), 0); /* late: no mark */
    assert_int_equal(nsv_offsets_seal(o, c, &m), 1);
    assert_int_equal(m.offset, 51);
    assert_int_equal(nsv_offsets_inflight(o), 0);
    /* revoke with nothing outstanding frees at once; revoke_all */
    nsv_offsets_revoke(o, "t", 0);
    nsv_ticket *d = nsv_offsets_begin(o, "x", 3, 0);
    nsv_ticket_add(d);
    nsv_offsets_seal(o, d, &m);
    nsv_offsets_revoke_all(o);
    assert_int_equal(nsv_offsets_done(o, d, 1, &m), 0);
    assert_int_equal(nsv_offsets_inflight(o), 0);
    nsv_offsets_free(o);
}

/* Many inputs, completion in a scrambled order: the mark is always the
 * completed prefix, and the ring grows past its first size. */
static void test_scrambled_many(void **state)
{
    (void)state;
    enum { N = 5000 };
    nsv_offsets *o = nsv_offsets_new();
    nsv_ticket **t = malloc(N * sizeof *t);
    int *order = malloc(N * sizeof *order);
    char *done = calloc(N, 1);
    nsv_mark m;
    for (int i = 0; i < N; i++) {
        t[i] = nsv_offsets_begin(o, "t", 0, 2 * i); /* every other offset */
        nsv_ticket_add(t[i]);
        nsv_offsets_seal(o, t[i], &m);
        order[i] = i;
    }
    srand(7);
    for (int i = N - 1; i > 0; i--) {
        int j = rand() % (i + 1);
        int x = order[i];
        order[i] = order[j];
        order[j] = x;
    }
    int prefix = 0;
    int64_t last = -1;
    for (int k = 0; k < N; k++) {
        int i = order[k];
        done[i] = 1;
        int moved = nsv_offsets_done(o, t[i], 1, &m);
        int before = prefix;
        while (prefix < N && done[prefix])
            prefix++;
        assert_int_equal(moved, prefix != before);
        if (moved) {
            assert_int_equal(m.offset, 2 * (int64_t)(prefix - 1) + 1);
            assert_true(m.offset > last);
            last = m.offset;
        }
    }
    assert_int_equal(last, 2 * (N - 1) + 1);
    assert_int_equal(nsv_offsets_inflight(o), 0);
    free(t);
    free(order);
    free(done);
    nsv_offsets_free(o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_out_of_order),           cmocka_unit_test(test_multi_and_zero),
        cmocka_unit_test(test_done_before_seal),       cmocka_unit_test(test_failure_blocks),
        cmocka_unit_test(test_partitions_independent), cmocka_unit_test(test_revoke),
        cmocka_unit_test(test_scrambled_many),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
