/* test_workers.c - the daemon's normalizing stage: results come back in the
 * order the messages went in, whatever thread finished first; records are
 * byte for byte what one normalizer on one thread writes; bad inputs come
 * back as dead letters with their reason; the ring is bounded; the lexicon
 * is swapped only while the workers are idle. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <librdkafka/rdkafka.h>

#include "../../cmd/workers.h"
#include "nsv_test_util.h"

#define N_MSGS 400

/* JSON string contents (quotation marks escaped) */
static const char *const stories[] = {
    "MOSCOW, March 3. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with his Turkish "
    "counterpart Hakan Fidan in Moscow on Monday. \\\"We discussed the grain deal,\\\" Lavrov "
    "said.",
    "Prime Minister Anna Berg said on Tuesday that the budget would be balanced next year.",
    "The two ministers signed a memorandum on energy cooperation after the talks in Baku.",
    "Markets were calm on Wednesday as traders waited for the inflation figures.",
};

typedef struct msgs {
    rd_kafka_t *rk;
    rd_kafka_topic_t *rkt;
    rd_kafka_message_t m[N_MSGS];
    char *payload[N_MSGS];
} msgs;

/* Message i: mostly JSON items with distinct ids; every 9th is broken JSON,
 * every 13th has no text. */
static const char *expected_dead(size_t i)
{
    if (i % 9 == 4)
        return "bad_json";
    if (i % 13 == 6)
        return "no_text";
    return NULL;
}

static void make_msgs(msgs *ms)
{
    char e[256];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    /* a topic handle for the messages' rkt; no broker is contacted */
    assert_int_equal(rd_kafka_conf_set(conf, "log_level", "3", e, sizeof e), RD_KAFKA_CONF_OK);
    ms->rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, e, sizeof e);
    assert_non_null(ms->rk);
    ms->rkt = rd_kafka_topic_new(ms->rk, "news.raw", NULL);
    assert_non_null(ms->rkt);
    for (size_t i = 0; i < N_MSGS; i++) {
        char buf[1024];
        const char *dead = expected_dead(i);
        if (dead && !strcmp(dead, "bad_json"))
            snprintf(buf, sizeof buf, "{\"id\": \"w-%zu\", \"text\": ", i);
        else if (dead)
            snprintf(buf, sizeof buf, "{\"id\": \"w-%zu\", \"title\": \"no body\"}", i);
        else
            snprintf(buf, sizeof buf,
                     "{\"id\": \"w-%zu\", \"source\": \"TASS\", \"published\": "
                     "\"2024-03-0%zuT10:00:00Z\", \"text\": \"%s\"}",
                     i, 1 + i % 7, stories[i % 4]);
        ms->payload[i] = strdup(buf);
        memset(&ms->m[i], 0, sizeof ms->m[i]);
        ms->m[i].rkt = ms->rkt;
        ms->m[i].partition = (int32_t)(i % 3);
        ms->m[i].offset = (int64_t)(i / 3);
        ms->m[i].payload = ms->payload[i];
        ms->m[i].len = strlen(ms->payload[i]);
    }
}

static void free_msgs(msgs *ms)
{
    for (size_t i = 0; i < N_MSGS; i++)
        free(ms->payload[i]);
    rd_kafka_topic_destroy(ms->rkt);
    rd_kafka_destroy(ms->rk);
}

/* What one normalizer on this thread makes of message i: its records, one
 * per line, or "" when it has none. */
static char *reference(nsv_normalizer *norm, rd_kafka_message_t *m)
{
    nsv_item item;
    nsv_error err;
    const nsv_event *evs;
    size_t n;
    memset(&item, 0, sizeof item);
    if (nsv_decode(norm, m->payload, m->len, NSV_WIRE_AUTO, &item, &err) != NSV_OK)
        return strdup("dead");
    item.has_kafka = 1;
    item.kafka_topic.ptr = "news.raw";
    item.kafka_topic.len = 8;
    item.kafka_partition = m->partition;
    item.kafka_offset = m->offset;
    if (nsv_normalize(norm, &item, &evs, &n, &err) != NSV_OK)
        return strdup("dead");
    char *out = calloc(1, 1);
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        const char *rec;
        size_t rl;
        assert_int_equal(nsv_encode_event(norm, &evs[i], &item, &rec, &rl, &err), NSV_OK);
        out = realloc(out, len + rl + 2);
        memcpy(out + len, rec, rl);
        len += rl;
        out[len++] = '\n';
        out[len] = '\0';
    }
    return out;
}

static char *job_text(const nsv_job *j)
{
    if (j->dead_reason)
        return strdup("dead");
    char *out = calloc(1, 1);
    size_t len = 0;
    for (size_t i = 0; i < j->nrecs; i++) {
        out = realloc(out, len + j->recs[i].len + 2);
        memcpy(out + len, j->bytes + j->recs[i].off, j->recs[i].len);
        len += j->recs[i].len;
        out[len++] = '\n';
        out[len] = '\0';
    }
    return out;
}

static void test_order_and_results(void **state)
{
    (void)state;
    static msgs ms;
    make_msgs(&ms);
    nsv_limits limits;
    nsv_limits_default(&limits);
    char err[256];
    nsv_workers *w = nsv_workers_new(3, 16, nt.lex, &limits, NSV_WIRE_AUTO, err, sizeof err);
    assert_non_null(w);
    size_t in = 0, out = 0, with_records = 0, dead = 0;
    while (out < N_MSGS) {
        /* keep the ring full, then take back what is done */
        while (in < N_MSGS && nsv_workers_submit(w, &ms.m[in], (void *)(uintptr_t)(in + 1)) == 0)
            in++;
        assert_true(in == N_MSGS || nsv_workers_full(w));
        nsv_job *j;
        while ((j = nsv_workers_next(w, 1000)) != NULL) {
            /* strictly the submission order */
            assert_ptr_equal(j->rkm, &ms.m[out]);
            assert_int_equal((uintptr_t)j->ticket, out + 1);
            const char *want_dead = expected_dead(out);
            if (want_dead) {
                assert_non_null(j->dead_reason);
                assert_string_equal(j->dead_reason, want_dead);
                assert_true(j->dead_message[0] != '\0');
                dead++;
            } else {
                assert_null(j->dead_reason);
                char *got = job_text(j);
                char *want = reference(nt.norm, &ms.m[out]);
                assert_string_equal(got, want);
                for (size_t r = 0; r < j->nrecs; r++) {
                    /* the record carries its item's id and Kafka coordinates */
                    char id[32], coords[96];
                    snprintf(id, sizeof id, "\"id\":\"w-%zu\"", out);
                    snprintf(coords, sizeof coords,
                             "\"kafka\":{\"topic\":\"news.raw\",\"partition\":%d,\"offset\":%lld}",
                             (int)ms.m[out].partition, (long long)ms.m[out].offset);
                    const char *rec = j->bytes + j->recs[r].off;
                    assert_non_null(memmem(rec, j->recs[r].len, id, strlen(id)));
                    assert_non_null(memmem(rec, j->recs[r].len, coords, strlen(coords)));
                    assert_int_equal(strlen(j->recs[r].event_id), 36);
                }
                with_records += j->nrecs > 0;
                free(got);
                free(want);
            }
            nsv_workers_release(w);
            out++;
        }
    }
    assert_int_equal(nsv_workers_pending(w), 0);
    assert_null(nsv_workers_next(w, 10)); /* empty ring: nothing, no wait */
    size_t want_dead = 0;
    for (size_t i = 0; i < N_MSGS; i++)
        want_dead += expected_dead(i) != NULL;
    assert_int_equal(dead, want_dead);
    assert_true(with_records > N_MSGS / 2); /* the stories do yield events */
    nsv_workers_free(w);
    free_msgs(&ms);
}

static void test_bounded_ring_and_lexicon_swap(void **state)
{
    (void)state;
    static msgs ms;
    make_msgs(&ms);
    nsv_limits limits;
    nsv_limits_default(&limits);
    char err[256];
    nsv_workers *w = nsv_workers_new(1, 4, nt.lex, &limits, NSV_WIRE_AUTO, err, sizeof err);
    assert_non_null(w);
    for (size_t i = 0; i < 4; i++)
        assert_int_equal(nsv_workers_submit(w, &ms.m[i], NULL), 0);
    assert_int_equal(nsv_workers_submit(w, &ms.m[4], NULL), -1);
    assert_true(nsv_workers_full(w));
    /* not idle: the swap is refused and the old lexicon stays */
    nsv_lexicon *lex2 = nt_load_lexicon();
    assert_non_null(lex2);
    assert_int_equal(nsv_workers_set_lexicon(w, lex2), -1);
    for (size_t i = 0; i < 4; i++) {
        nsv_job *j = nsv_workers_next(w, 5000);
        assert_non_null(j);
        assert_ptr_equal(j->rkm, &ms.m[i]);
        nsv_workers_release(w);
    }
    /* idle: swapped; the old lexicon may go, work goes on */
    assert_int_equal(nsv_workers_set_lexicon(w, lex2), 0);
    assert_int_equal(nsv_workers_submit(w, &ms.m[0], NULL), 0);
    nsv_job *j = nsv_workers_next(w, 5000);
    assert_non_null(j);
    char *got = job_text(j);
    char *want = reference(nt.norm, &ms.m[0]);
    assert_string_equal(got, want);
    free(got);
    free(want);
    nsv_workers_release(w);
    /* freed with work still queued: joins cleanly */
    assert_int_equal(nsv_workers_submit(w, &ms.m[1], NULL), 0);
    assert_int_equal(nsv_workers_submit(w, &ms.m[2], NULL), 0);
    nsv_workers_free(w);
    nsv_lexicon_free(lex2);
    free_msgs(&ms);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_order_and_results),
        cmocka_unit_test(test_bounded_ring_and_lexicon_swap),
    };
    return cmocka_run_group_tests(tests, nt_setup, nt_teardown);
}
