/* test_replay.c - the pure parts of `newsev replay`: times, start and end
 * offsets, per-partition bookkeeping, the token bucket. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../cmd/replay.h"

static int64_t t(const char *s)
{
    int64_t ms = -12345;
    assert_int_equal(nsv_time_parse_ms(s, &ms), 0);
    return ms;
}

static void test_time_parse(void **state)
{
    (void)state;
    assert_int_equal(t("1970-01-01"), 0);
    assert_int_equal(t("1970-01-01T00:00:01Z"), 1000);
    assert_int_equal(t("2024-05-01T12:30:15Z"), 1714566615000LL);
    assert_int_equal(t("2024-05-01T12:30:15"), 1714566615000LL); /* no zone: UTC */
    assert_int_equal(t("2024-05-01 12:30:15Z"), 1714566615000LL);
    assert_int_equal(t("2024-05-01T12:30Z"), 1714566600000LL);
    assert_int_equal(t("2024-05-01T12:30:15.250Z"), 1714566615250LL);
    assert_int_equal(t("2024-05-01T12:30:15.2Z"), 1714566615200LL);
    assert_int_equal(t("2024-05-01T12:30:15.123456Z"), 1714566615123LL);
    assert_int_equal(t("2024-05-01T14:30:15+02:00"), 1714566615000LL);
    assert_int_equal(t("2024-05-01T14:30:15+0200"), 1714566615000LL);
    assert_int_equal(t("2024-05-01T14:30:15+02"), 1714566615000LL);
    assert_int_equal(t("2024-05-01T07:00:15-05:30"), 1714566615000LL);
    assert_int_equal(t("2024-02-29"), 1709164800000LL); /* leap day */
    assert_int_equal(t("2000-02-29"), 951782400000LL);
    assert_int_equal(t("1969-12-31T23:59:59Z"), -1000);

    int64_t ms;
    const char *bad[] = {"",
                         "2024",
                         "2024-05",
                         "2024-13-01",
                         "2024-00-10",
                         "2023-02-29",
                         "1900-02-29",
                         "2024-04-31",
                         "2024-05-01T25:00",
                         "2024-05-01T12",
                         "2024-05-01T12:60",
                         "2024-05-01T12:00:00.Z",
                         "2024-05-01T12:00:00X",
                         "2024-05-01T12:00:00+2",
                         "2024-05-01T12:00:00Z trailing",
                         "yesterday",
                         NULL};
    for (int i = 0; bad[i]; i++) {
        if (nsv_time_parse_ms(bad[i], &ms) == 0)
            fail_msg("accepted \"%s\"", bad[i]);
    }
    assert_int_equal(nsv_time_parse_ms(NULL, &ms), -1);
}

static void test_from_parse(void **state)
{
    (void)state;
    nsv_from f;
    assert_int_equal(nsv_from_parse("earliest", &f), 0);
    assert_int_equal(f.kind, NSV_FROM_EARLIEST);
    assert_int_equal(nsv_from_parse("latest", &f), 0);
    assert_int_equal(f.kind, NSV_FROM_LATEST);
    assert_int_equal(nsv_from_parse("0", &f), 0);
    assert_int_equal(f.kind, NSV_FROM_OFFSET);
    assert_int_equal(f.value, 0);
    assert_int_equal(nsv_from_parse("123456", &f), 0);
    assert_int_equal(f.kind, NSV_FROM_OFFSET);
    assert_int_equal(f.value, 123456);
    assert_int_equal(nsv_from_parse("2024-05-01T12:30:15Z", &f), 0);
    assert_int_equal(f.kind, NSV_FROM_TIME);
    assert_int_equal(f.value, 1714566615000LL);
    assert_int_equal(nsv_from_parse("", &f), -1);
    assert_int_equal(nsv_from_parse("-5", &f), -1);
    assert_int_equal(nsv_from_parse("12x", &f), -1);
    assert_int_equal(nsv_from_parse("99999999999999999999", &f), -1);
    assert_int_equal(nsv_from_parse("first", &f), -1);
}

static void test_end_offsets(void **state)
{
    (void)state;
    assert_int_equal(nsv_replay_end(100, 0, 0), 100);
    assert_int_equal(nsv_replay_end(100, 1, 40), 40);  /* --until inside */
    assert_int_equal(nsv_replay_end(100, 1, -1), 100); /* nothing at/after until: all */
    assert_int_equal(nsv_replay_end(100, 1, 100), 100);
    assert_int_equal(nsv_replay_end(100, 1, 250), 100); /* never past the captured end */
    assert_int_equal(nsv_replay_end(0, 0, 0), 0);
    assert_int_equal(nsv_replay_end(-1, 0, 0), 0);
}

static void test_start_offsets(void **state)
{
    (void)state;
    nsv_from earliest = {NSV_FROM_EARLIEST, 0}, latest = {NSV_FROM_LATEST, 0};
    nsv_from off50 = {NSV_FROM_OFFSET, 50}, off5 = {NSV_FROM_OFFSET, 5},
             off500 = {NSV_FROM_OFFSET, 500}, tm = {NSV_FROM_TIME, 1714566615000LL};
    assert_int_equal(nsv_replay_start(&earliest, 10, 100, 0), 10);
    assert_int_equal(nsv_replay_start(&latest, 10, 100, 0), 100);
    assert_int_equal(nsv_replay_start(&off50, 10, 100, 0), 50);
    assert_int_equal(nsv_replay_start(&off5, 10, 100, 0), 10);    /* below retention */
    assert_int_equal(nsv_replay_start(&off500, 10, 100, 0), 100); /* past the end: empty */
    assert_int_equal(nsv_replay_start(&tm, 10, 100, 42), 42);
    assert_int_equal(nsv_replay_start(&tm, 10, 100, -1), 100); /* -1: empty for the run */
    assert_int_equal(nsv_replay_start(&tm, 10, 100, 3), 10);
    assert_int_equal(nsv_replay_start(&tm, 10, 40, 60), 40); /* --until before the start */
}

static void test_bookkeeping(void **state)
{
    (void)state;
    nsv_rplan pl;
    memset(&pl, 0, sizeof pl);
    nsv_rpart *a = nsv_rplan_add(&pl, "news.raw", 0);
    nsv_rpart *b = nsv_rplan_add(&pl, "news.raw", 1);
    nsv_rpart *c = nsv_rplan_add(&pl, "other", 0);
    assert_non_null(a);
    assert_non_null(b);
    assert_non_null(c);
    /* pointers move when the array grows: look them up again */
    a = nsv_rplan_find(&pl, "news.raw", 0);
    b = nsv_rplan_find(&pl, "news.raw", 1);
    c = nsv_rplan_find(&pl, "other", 0);
    assert_null(nsv_rplan_find(&pl, "other", 1));
    assert_int_equal(nsv_rplan_set_range(&pl, a, 10, 13, 0), 0);
    assert_int_equal(nsv_rplan_set_range(&pl, b, 7, 7, 0), 1); /* empty: done at once */
    assert_int_equal(nsv_rplan_set_range(&pl, c, 0, 4, 0), 0);
    assert_int_equal(pl.n_done, 1);
    assert_true(b->done);

    uint64_t d, tot;
    nsv_rplan_progress(&pl, NULL, &d, &tot);
    assert_int_equal(d, 0);
    assert_int_equal(tot, 7);

    int now_done;
    assert_int_equal(nsv_rplan_message(&pl, a, 10, 5, &now_done), NSV_RMSG_PROCESS);
    assert_int_equal(now_done, 0);
    /* a gap (compaction, aborted transaction): fine */
    assert_int_equal(nsv_rplan_message(&pl, a, 12, 6, &now_done), NSV_RMSG_PROCESS);
    assert_int_equal(now_done, 1); /* 12 + 1 >= 13 */
    assert_true(a->done);
    assert_int_equal(a->done_ms, 6);
    assert_int_equal(pl.n_done, 2);
    /* prefetched beyond the end: skipped, still done, counted once */
    assert_int_equal(nsv_rplan_message(&pl, a, 13, 7, &now_done), NSV_RMSG_SKIP);
    assert_int_equal(now_done, 0);
    assert_int_equal(a->skipped, 1);
    assert_int_equal(pl.n_done, 2);

    nsv_rplan_progress(&pl, "news.raw", &d, &tot);
    assert_int_equal(d, 3);
    assert_int_equal(tot, 3);
    nsv_rplan_progress(&pl, "other", &d, &tot);
    assert_int_equal(d, 0);
    assert_int_equal(tot, 4);

    /* the position (or a partition EOF) says done: the last offsets were
     * transaction markers the consumer never returns */
    assert_int_equal(nsv_rplan_position(&pl, c, -1001, 8), 0); /* invalid: ignored */
    assert_int_equal(nsv_rplan_message(&pl, c, 0, 8, &now_done), NSV_RMSG_PROCESS);
    assert_int_equal(nsv_rplan_position(&pl, c, 2, 8), 0);
    assert_int_equal(nsv_rplan_position(&pl, c, 4, 9), 1);
    assert_int_equal(nsv_rplan_position(&pl, c, 5, 9), 0); /* once */
    assert_int_equal(pl.n_done, 3);
    nsv_rplan_progress(&pl, NULL, &d, &tot);
    assert_int_equal(d, tot);

    /* exactly-once abort: rewound below the end, not done any more */
    nsv_rplan_reopen(&pl, c, 1);
    assert_false(c->done);
    assert_int_equal(c->next, 1);
    assert_int_equal(pl.n_done, 2);
    nsv_rplan_reopen(&pl, a, 13); /* rewound to the end: still done */
    assert_true(a->done);
    assert_int_equal(pl.n_done, 2);
    assert_int_equal(nsv_rplan_message(&pl, c, 3, 10, &now_done), NSV_RMSG_PROCESS);
    assert_int_equal(now_done, 1);
    assert_int_equal(pl.n_done, 3);
    nsv_rplan_free(&pl);
    assert_int_equal(pl.n, 0);
}

static void test_token_bucket(void **state)
{
    (void)state;
    nsv_tbucket b;
    /* unlimited */
    nsv_tbucket_init(&b, 0, 0, 0);
    assert_true(nsv_tbucket_available(&b, 0) == SIZE_MAX);
    nsv_tbucket_take(&b, 1000);
    assert_int_equal(nsv_tbucket_wait_ms(&b), 0);

    /* 100/s: a burst of 10, then one every 10 ms */
    nsv_tbucket_init(&b, 100, 0, 1000);
    assert_int_equal(nsv_tbucket_available(&b, 1000), 10);
    nsv_tbucket_take(&b, 10);
    assert_int_equal(nsv_tbucket_available(&b, 1000), 0);
    assert_int_equal(nsv_tbucket_wait_ms(&b), 10);
    assert_int_equal(nsv_tbucket_available(&b, 1005), 0);
    assert_int_equal(nsv_tbucket_wait_ms(&b), 5);
    assert_int_equal(nsv_tbucket_available(&b, 1010), 1);
    /* never more than the burst after a long pause */
    assert_int_equal(nsv_tbucket_available(&b, 60000), 10);
    /* debt: a message that came anyway is paid back before the next */
    nsv_tbucket_take(&b, 13);
    assert_int_equal(nsv_tbucket_available(&b, 60000), 0);
    assert_int_equal(nsv_tbucket_wait_ms(&b), 40);
    /* the clock going backwards changes nothing */
    assert_int_equal(nsv_tbucket_available(&b, 59000), 0);

    /* slow rates: burst of 1, long waits */
    nsv_tbucket_init(&b, 2, 0, 0);
    assert_int_equal(nsv_tbucket_available(&b, 0), 1);
    nsv_tbucket_take(&b, 1);
    assert_int_equal(nsv_tbucket_wait_ms(&b), 500);

    /* over 10 simulated seconds at 50/s, taking whatever is available:
     * 50 per second plus the initial burst */
    nsv_tbucket_init(&b, 50, 0, 0);
    size_t total = 0;
    for (int64_t now = 0; now <= 10000; now += 7) {
        size_t n = nsv_tbucket_available(&b, now);
        total += n;
        nsv_tbucket_take(&b, (double)n);
    }
    assert_true(total >= 500 && total <= 506);
}

static void test_eta(void **state)
{
    (void)state;
    char buf[32];
    nsv_format_eta(0, buf, sizeof buf);
    assert_string_equal(buf, "0:00");
    nsv_format_eta(75.4, buf, sizeof buf);
    assert_string_equal(buf, "1:15");
    nsv_format_eta(3725, buf, sizeof buf);
    assert_string_equal(buf, "1:02:05");
    nsv_format_eta(-1, buf, sizeof buf);
    assert_string_equal(buf, "-");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_time_parse),  cmocka_unit_test(test_from_parse),
        cmocka_unit_test(test_end_offsets), cmocka_unit_test(test_start_offsets),
        cmocka_unit_test(test_bookkeeping), cmocka_unit_test(test_token_bucket),
        cmocka_unit_test(test_eta),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
