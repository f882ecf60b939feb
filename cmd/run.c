/*
 * run.c - `newsev run`: the daemon's pipeline loop.
 *
 * The main thread makes every Kafka call.  Each iteration: poll the consumer
 * (messages, rebalances, errors, statistics and librdkafka's log lines) and
 * queue each message for the workers (workers.h), which decode, normalize
 * and encode it on their own threads; take their results back in
 * consumption order and produce the event records (or the dead letter); then
 * poll the producer (delivery reports), which moves the contiguous offset
 * marks; the marks are stored with rd_kafka_offsets_store() and committed by
 * librdkafka's auto-commit, on unassign and on close.  Before a transaction
 * commit, a revoke, a lexicon reload and shutdown, every queued input is
 * finished first.
 *
 * Exactly-once replaces the stored offsets with transactions: every
 * transaction.max.messages inputs or transaction.interval.ms, the consumer
 * positions are sent to the transaction and it is committed.
 */
#include "run.h"

#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <librdkafka/rdkafka.h>

#include "../consumer/consumer.h"
#include "../consumer/offsets.h"
#include "../producer/producer.h"
#include "app.h"
#include "commands.h"
#include "nsv_log.h"
#include "workers.h"

#define BATCH_MAX 500
/* Inputs queued for the workers: enough to keep them busy while the main
 * thread produces, few enough to drain quickly on a revoke. */
#define WORK_RING_DEPTH 1024
/* how long start-up waits for an output topic's metadata */
#define METADATA_WARM_MS 5000
/* Exactly-once: consecutive aborted transactions before the daemon exits 1. */
#define MAX_ABORTS_IN_ROW 5

static volatile sig_atomic_t g_stop = 0;
static volatile sig_atomic_t g_hup = 0;

static void on_signal(int sig)
{
    if (sig == SIGHUP)
        g_hup = 1;
    else
        g_stop = 1;
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void nsv_sd_notify(const char *state)
{
    const char *path = getenv("NOTIFY_SOCKET");
    if (!path || (path[0] != '/' && path[0] != '@'))
        return;
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    size_t len = strlen(path);
    if (len >= sizeof sa.sun_path)
        return;
    memcpy(sa.sun_path, path, len);
    if (sa.sun_path[0] == '@')
        sa.sun_path[0] = '\0'; /* abstract socket */
    int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return;
    if (sendto(fd, state, strlen(state), MSG_NOSIGNAL, (struct sockaddr *)&sa,
               (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len)) < 0)
        NSV_LOG(NSV_LOG_WARN, "main", "systemd notification failed", NSV_KV("state", state),
                NSV_KV("err", strerror(errno)));
    close(fd);
}

int nsv_run_setup_logging(const nsv_config *cfg)
{
    nsv_log_set_level((nsv_log_level)cfg->log_level);
    nsv_log_set_format((nsv_log_format)cfg->log_format);
    if (nsv_log_open(cfg->log_file) != 0) {
        fprintf(stderr, "newsev: log.file %s: %s\n", cfg->log_file, strerror(errno));
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------ */

typedef struct pipeline {
    const nsv_config *cfg;
    const nsv_run_opts *opts;
    const nsv_run_hooks *h; /* replay, or NULL */
    FILE *dry;              /* dry run: records go here, nothing is produced */
    rd_kafka_t *consumer, *producer;
    nsv_consumer_hooks ch;
    nsv_producer_hooks ph;
    nsv_offsets *offsets;
    nsv_lexicon *lex;
    nsv_workers *workers; /* decode, normalize and encode off the main thread */
    nsv_limits limits;
    nsv_counts c;
    int eos;
    int fatal;                               /* librdkafka fatal error: drain what we can, exit 1 */
    int failed;                              /* a delivery failed: stop, exit 1 (offsets pinned) */
    int paused;                              /* backpressure */
    rd_kafka_topic_partition_list_t *stores; /* marks to store */
    char event_topic[3][256];
    /* exactly-once */
    int txn_open;
    int aborts_in_row;                        /* since the last commit */
    int txn_failed;                           /* a record of the open transaction failed */
    uint64_t txn_msgs;                        /* inputs finished in the open transaction */
    rd_kafka_topic_partition_list_t *txn_pos; /* the offsets after them, per partition */
    int64_t txn_start_ms;
    /* stats */
    json_t *lag;     /* topic -> lag, from the consumer's statistics */
    json_t *brokers; /* broker name -> last state seen in the statistics */
    int64_t stats_last_ms;
    uint64_t stats_last_consumed;
} pipeline;

static void count_dlq(pipeline *p, const char *reason)
{
    for (int i = 0; i < NSV_DLQ_REASONS; i++) {
        if (!p->c.dlq[i].reason) {
            p->c.dlq[i].reason = reason;
            p->c.dlq[i].count = 1;
            return;
        }
        if (!strcmp(p->c.dlq[i].reason, reason)) {
            p->c.dlq[i].count++;
            return;
        }
    }
}

static void add_store(pipeline *p, const nsv_mark *m)
{
    rd_kafka_topic_partition_t *e =
        rd_kafka_topic_partition_list_find(p->stores, m->topic, m->partition);
    if (!e)
        e = rd_kafka_topic_partition_list_add(p->stores, m->topic, m->partition);
    e->offset = m->offset;
}

/* Store the marks collected since the last call. */
static void flush_stores(pipeline *p)
{
    if (p->stores->cnt == 0)
        return;
    rd_kafka_resp_err_t err = rd_kafka_offsets_store(p->consumer, p->stores);
    for (int i = 0; i < p->stores->cnt; i++) {
        rd_kafka_topic_partition_t *e = &p->stores->elems[i];
        if (e->err == RD_KAFKA_RESP_ERR__STATE) {
            /* no longer assigned (revoked): the new owner re-delivers */
            NSV_LOG(NSV_LOG_DEBUG, "consumer", "offset not stored, partition not assigned",
                    NSV_KV("topic", e->topic), NSV_KV("partition", e->partition),
                    NSV_KV("offset", (int64_t)e->offset));
        } else if (e->err) {
            NSV_LOG_RL(NSV_LOG_WARN, "consumer", "offset store failed", NSV_KV("topic", e->topic),
                       NSV_KV("partition", e->partition), NSV_KV("err", rd_kafka_err2name(e->err)));
        } else {
            NSV_LOG(NSV_LOG_DEBUG, "consumer", "offset stored", NSV_KV("topic", e->topic),
                    NSV_KV("partition", e->partition), NSV_KV("offset", (int64_t)e->offset));
        }
    }
    if (err && err != RD_KAFKA_RESP_ERR__STATE)
        NSV_LOG_RL(NSV_LOG_WARN, "consumer", "offset store failed",
                   NSV_KV("err", rd_kafka_err2name(err)));
    rd_kafka_topic_partition_list_destroy(p->stores);
    p->stores = rd_kafka_topic_partition_list_new(8);
}

/* Delivery report (inside rd_kafka_poll/flush on the producer). */
static void on_delivered(void *opaque, const rd_kafka_message_t *rkm, void *msg_opaque)
{
    pipeline *p = opaque;
    nsv_ticket *t = msg_opaque;
    char type[32];
    int ok = rkm->err == RD_KAFKA_RESP_ERR_NO_ERROR;
    int purged =
        rkm->err == RD_KAFKA_RESP_ERR__PURGE_QUEUE || rkm->err == RD_KAFKA_RESP_ERR__PURGE_INFLIGHT;
    if (p->eos && purged) {
        /* dropped by an abort, which already logged why: its input is
         * consumed again, so this is no delivery failure */
        NSV_LOG(NSV_LOG_DEBUG, "producer", "record dropped by the abort",
                NSV_KV("topic", rd_kafka_topic_name(rkm->rkt)));
    } else if (!ok) {
        p->c.delivery_failed++;
        p->c.errors++;
        rd_kafka_msg_status_t st = rd_kafka_message_status(rkm);
        NSV_LOG_RL(NSV_LOG_ERROR, "producer", "delivery failed",
                   NSV_KV("topic", rd_kafka_topic_name(rkm->rkt)),
                   NSV_KV("err", rd_kafka_err2name(rkm->err)),
                   NSV_KV("status", st == RD_KAFKA_MSG_STATUS_POSSIBLY_PERSISTED
                                        ? "possibly_persisted"
                                    : st == RD_KAFKA_MSG_STATUS_PERSISTED ? "persisted"
                                                                          : "not_persisted"),
                   NSV_KV("source_partition", t ? nsv_ticket_partition(t) : -1),
                   NSV_KV("source_offset", t ? nsv_ticket_offset(t) : (int64_t)-1));
        /* at-least-once: the input's offset is pinned; stop and let a
         * restart re-deliver.  exactly-once: the transaction aborts. */
        if (!p->eos)
            p->failed = 1;
        else
            p->txn_failed = 1;
    } else if (nsv_header_str(rkm, "newsev.type", type, sizeof type)) {
        for (int i = 0; i < 3; i++)
            if (!strcmp(type, nsv_event_type_name((nsv_event_type)i)))
                p->c.delivered[i]++;
    } else {
        p->c.dlq_delivered++;
    }
    if (!t)
        return;
    nsv_mark m;
    if (nsv_offsets_done(p->offsets, t, ok, &m) && !p->eos)
        add_store(p, &m);
}

static void on_fatal(void *opaque, const char *reason)
{
    pipeline *p = opaque;
    (void)reason;
    p->fatal = 1;
}

static void dead_letter(pipeline *p, const rd_kafka_message_t *rkm, nsv_ticket *t,
                        const char *reason, const char *message)
{
    const char *topic = rd_kafka_topic_name(rkm->rkt);
    char dlq[512];
    if (nsv_template_expand(p->cfg->dlq_topic, "input", topic, dlq, sizeof dlq) != 0)
        snprintf(dlq, sizeof dlq, "%s.dlq", topic);
    p->c.dead_letters++;
    count_dlq(p, reason);
    NSV_LOG_RL(NSV_LOG_WARN, "pipeline", "dead letter", NSV_KV("topic", topic),
               NSV_KV("partition", rkm->partition), NSV_KV("offset", (int64_t)rkm->offset),
               NSV_KV("reason", reason), NSV_KV("error", message), NSV_KV("dlq", dlq),
               NSV_KVN("key", rkm->key ? (const char *)rkm->key : "", rkm->key ? rkm->key_len : 0));
    if (p->dry) {
        p->c.dlq_delivered++; /* dry run: counted and logged, not produced */
        return;
    }
    nsv_ticket_add(t);
    rd_kafka_resp_err_t err = nsv_produce_dead_letter(p->producer, dlq, rkm, reason, message, t);
    if (err) {
        p->c.errors++;
        p->c.delivery_failed++;
        NSV_LOG_RL(NSV_LOG_ERROR, "producer", "dead letter not produced", NSV_KV("topic", dlq),
                   NSV_KV("err", rd_kafka_err2name(err)));
        nsv_offsets_done(p->offsets, t, 0, NULL);
        if (!p->eos)
            p->failed = 1;
    }
}

/* A consumed message.  Errors are counted and logged here; an input gets
 * its offset ticket and goes to the workers.  1 when queued (the ring holds
 * rkm until harvest() destroys it), 0 when the caller destroys it.  The
 * caller makes sure the ring has room. */
static int submit(pipeline *p, rd_kafka_message_t *rkm)
{
    if (rkm->err) {
        if (rkm->err == RD_KAFKA_RESP_ERR__PARTITION_EOF)
            return 0;
        p->c.errors++;
        NSV_LOG_RL(NSV_LOG_ERROR, "consumer", "consume error",
                   NSV_KV("topic", rkm->rkt ? rd_kafka_topic_name(rkm->rkt) : ""),
                   NSV_KV("partition", rkm->partition), NSV_KV("err", rd_kafka_err2name(rkm->err)),
                   NSV_KV("reason", rd_kafka_message_errstr(rkm)));
        if (rkm->err == RD_KAFKA_RESP_ERR__FATAL)
            p->fatal = 1;
        return 0;
    }
    const char *topic = rd_kafka_topic_name(rkm->rkt);
    nsv_ticket *t = nsv_offsets_begin(p->offsets, topic, rkm->partition, rkm->offset);
    if (!t) {
        NSV_LOG(NSV_LOG_ERROR, "pipeline", "out of memory");
        p->fatal = 1;
        return 0;
    }
    if (nsv_workers_submit(p->workers, rkm, t) != 0) {
        /* cannot happen: the loop polls only with room in the ring */
        NSV_LOG(NSV_LOG_ERROR, "pipeline", "work ring full");
        nsv_offsets_done(p->offsets, t, 0, NULL);
        p->fatal = 1;
        return 0;
    }
    p->c.consumed++;
    return 1;
}

/* Produce what a worker made of one input: its records, or its dead letter;
 * then seal its ticket. */
static void finish(pipeline *p, const nsv_job *j)
{
    rd_kafka_message_t *rkm = j->rkm;
    nsv_ticket *t = j->ticket;
    uint64_t per_type[3] = {0, 0, 0};
    int dead = j->dead_reason != NULL;
    if (dead) {
        dead_letter(p, rkm, t, j->dead_reason, j->dead_message);
    } else if (j->nrecs == 0) {
        p->c.without_events++;
    } else {
        const char *bad = NULL;
        char why[600] = "";
        for (size_t i = 0; i < j->nrecs && !bad; i++) {
            const nsv_work_record *r = &j->recs[i];
            const char *s = j->bytes + r->off;
            int ti = (int)r->type;
            if (ti < 0 || ti > 2)
                ti = 0;
            per_type[ti]++;
            if (p->dry) {
                fwrite(s, 1, r->len, p->dry);
                fputc('\n', p->dry);
                p->c.events++;
                p->c.delivered[ti]++;
                continue;
            }
            nsv_ticket_add(t);
            rd_kafka_resp_err_t e =
                nsv_produce_event(p->producer, p->event_topic[ti], r->event_id,
                                  nsv_event_type_name(r->type), s, r->len, rkm, t);
            if (e) {
                /* not queued (e.g. record too large): the input goes to
                 * the DLQ instead of being lost */
                nsv_offsets_done(p->offsets, t, 1, NULL);
                p->c.errors++;
                bad = "produce_failed";
                snprintf(why, sizeof why, "%s: %s", p->event_topic[ti], rd_kafka_err2str(e));
                NSV_LOG_RL(NSV_LOG_ERROR, "producer", "event record not produced",
                           NSV_KV("topic", p->event_topic[ti]),
                           NSV_KV("err", rd_kafka_err2name(e)));
            } else {
                p->c.events++;
            }
        }
        if (bad)
            dead_letter(p, rkm, t, bad, why);
        else
            p->c.with_events++;
        dead = bad != NULL;
    }
    if (p->h && p->h->processed) {
        static const uint64_t none[3] = {0, 0, 0};
        p->h->processed(p->h->opaque, rkm, dead ? none : per_type, dead);
    }
    nsv_mark m;
    if (nsv_offsets_seal(p->offsets, t, &m) && !p->eos)
        add_store(p, &m);
    if (p->eos) {
        /* this input's records are in the open transaction: so is its offset */
        const char *topic = rd_kafka_topic_name(rkm->rkt);
        rd_kafka_topic_partition_t *e =
            rd_kafka_topic_partition_list_find(p->txn_pos, topic, rkm->partition);
        if (!e)
            e = rd_kafka_topic_partition_list_add(p->txn_pos, topic, rkm->partition);
        e->offset = rkm->offset + 1;
        p->txn_msgs++;
    }
}

/* Drop every queued input unproduced (exactly-once abort: the consumer is
 * rewound and will deliver them again). */
static void discard(pipeline *p)
{
    for (;;) {
        nsv_job *j = nsv_workers_next(p->workers, 100);
        if (!j) {
            if (nsv_workers_pending(p->workers) > 0)
                continue;
            return;
        }
        nsv_offsets_seal(p->offsets, j->ticket, NULL);
        p->c.consumed--; /* counted again when consumed again */
        rd_kafka_message_destroy(j->rkm);
        nsv_workers_release(p->workers);
    }
}

/* Finish the inputs the workers are done with, oldest first, waiting up to
 * wait_ms for the oldest.  all = 1: every queued input, however long that
 * takes (before a commit, a revoke, a reload and at shutdown). */
static void harvest(pipeline *p, int wait_ms, int all)
{
    for (;;) {
        nsv_job *j = nsv_workers_next(p->workers, all ? 100 : wait_ms);
        if (!j) {
            if (all && nsv_workers_pending(p->workers) > 0) {
                rd_kafka_poll(p->producer, 0); /* keep delivery reports moving */
                continue;
            }
            return;
        }
        finish(p, j);
        rd_kafka_message_destroy(j->rkm);
        nsv_workers_release(p->workers);
        wait_ms = 0;
    }
}

/* ------------------------------------------------------------------ */
/* Exactly-once                                                         */

static int txn_error(pipeline *p, const char *what, rd_kafka_error_t *error)
{
    NSV_LOG(NSV_LOG_ERROR, "producer", what, NSV_KV("err", rd_kafka_error_name(error)),
            NSV_KV("reason", rd_kafka_error_string(error)),
            NSV_KVB("retriable", rd_kafka_error_is_retriable(error)),
            NSV_KVB("abortable", rd_kafka_error_txn_requires_abort(error)),
            NSV_KVB("fatal", rd_kafka_error_is_fatal(error)));
    (void)p;
    int kind = rd_kafka_error_txn_requires_abort(error) ? 1
               : rd_kafka_error_is_retriable(error)     ? 2
                                                        : 0;
    rd_kafka_error_destroy(error);
    return kind; /* 0 fatal, 1 abortable, 2 retriable */
}

/* Rewind every assigned partition to its committed offset. */
static void rewind_to_committed(pipeline *p)
{
    rd_kafka_topic_partition_list_t *parts = NULL;
    if (rd_kafka_assignment(p->consumer, &parts) || !parts)
        return;
    if (parts->cnt > 0) {
        rd_kafka_resp_err_t err = rd_kafka_committed(p->consumer, parts, 30000);
        if (err) {
            NSV_LOG(NSV_LOG_ERROR, "consumer", "cannot read committed offsets for rewind",
                    NSV_KV("err", rd_kafka_err2name(err)));
            p->fatal = 1;
        } else {
            for (int i = 0; i < parts->cnt; i++)
                if (parts->elems[i].offset < 0)
                    parts->elems[i].offset = RD_KAFKA_OFFSET_BEGINNING;
            /* 2.0.2: a finite timeout is cut 1000x (#4230), so -1 */
            rd_kafka_error_t *error = rd_kafka_seek_partitions(p->consumer, parts, -1);
            if (error) {
                NSV_LOG(NSV_LOG_ERROR, "consumer", "rewind failed",
                        NSV_KV("err", rd_kafka_error_string(error)));
                rd_kafka_error_destroy(error);
                p->fatal = 1;
            } else {
                NSV_LOG(NSV_LOG_WARN, "consumer", "rewound to committed offsets",
                        NSV_KV("partitions", parts->cnt));
                if (p->h && p->h->rewound)
                    p->h->rewound(p->h->opaque, parts);
            }
        }
    }
    rd_kafka_topic_partition_list_destroy(parts);
}

static void txn_begin(pipeline *p)
{
    rd_kafka_error_t *error = rd_kafka_begin_transaction(p->producer);
    if (error) {
        txn_error(p, "begin transaction failed", error);
        p->fatal = 1;
        return;
    }
    p->txn_open = 1;
    p->txn_failed = 0;
    p->txn_msgs = 0;
    if (p->txn_pos)
        rd_kafka_topic_partition_list_destroy(p->txn_pos);
    p->txn_pos = rd_kafka_topic_partition_list_new(8);
    p->txn_start_ms = now_ms();
}

static void txn_abort(pipeline *p)
{
    /* librdkafka 2.0.2: after a produce request of the transaction failed,
     * abort_transaction() can wait for the records of other partitions
     * until they time out (transaction.timeout.ms, a minute per abort).
     * Drop them first, queued or in flight: their inputs are consumed
     * again after the rewind, and their reports say _PURGE_*, which
     * on_delivered counts as no failure. */
    rd_kafka_purge(p->producer, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
    for (int tries = 0; tries < 10; tries++) {
        rd_kafka_error_t *error = rd_kafka_abort_transaction(p->producer, -1);
        if (!error)
            break;
        if (txn_error(p, "abort transaction failed", error) != 2) {
            p->fatal = 1;
            return;
        }
    }
    p->txn_open = 0;
    p->aborts_in_row++;
    NSV_LOG(NSV_LOG_WARN, "producer", "transaction aborted",
            NSV_KV("aborts_in_row", p->aborts_in_row));
    discard(p);
    nsv_offsets_revoke_all(p->offsets);
    rewind_to_committed(p);
}

/* Wait for the open transaction's records.  commit_transaction() flushes
 * them itself, but after one has failed (the transaction is then doomed) it
 * keeps waiting for the others, and librdkafka 2.0.2 can hold those of other
 * partitions until they time out (transaction.timeout.ms, a minute by
 * default): each abort would cost a minute.  Returns -1 as soon as a
 * delivery report says a record failed, -2 on a fatal error, 0 when all
 * were delivered. */
static int txn_flush(pipeline *p)
{
    while (!p->txn_failed && !p->fatal &&
           rd_kafka_flush(p->producer, 100) == RD_KAFKA_RESP_ERR__TIMED_OUT)
        ;
    return p->fatal ? -2 : p->txn_failed ? -1 : 0;
}

/* Commit the open transaction with the offsets after the inputs finished in
 * it (not the consumer's position: inputs still with the workers belong to
 * the next transaction, and are normalized while this one commits).
 * Returns 0 when committed, -1 when aborted (and rewound), -2 on a fatal
 * error. */
static int txn_commit(pipeline *p, int begin_next)
{
    if (!p->txn_open || p->fatal)
        return p->fatal ? -2 : 0;
    rd_kafka_topic_partition_list_t *pos = rd_kafka_topic_partition_list_copy(p->txn_pos);
    rd_kafka_consumer_group_metadata_t *gmd = NULL;
    int rc = 0, kind;
    if (p->h && p->h->positions)
        p->h->positions(p->h->opaque, pos);
    gmd = rd_kafka_consumer_group_metadata(p->consumer);
    rc = txn_flush(p);
    if (rc == -1)
        NSV_LOG(NSV_LOG_ERROR, "producer", "a record of the transaction failed, aborting it");
    if (rc != 0)
        goto out;
    for (int tries = 0; pos->cnt > 0; tries++) {
        rd_kafka_error_t *error = rd_kafka_send_offsets_to_transaction(p->producer, pos, gmd, -1);
        if (!error)
            break;
        kind = txn_error(p, "sending offsets to the transaction failed", error);
        if (kind == 2 && tries < 10)
            continue; /* retriable: same offsets, same metadata */
        rc = kind == 1 ? -1 : -2;
        goto out;
    }
    for (int tries = 0;; tries++) {
        rd_kafka_error_t *error = rd_kafka_commit_transaction(p->producer, -1);
        if (!error)
            break;
        kind = txn_error(p, "commit transaction failed", error);
        if (kind == 2 && tries < 10)
            continue; /* resumable */
        rc = kind == 1 ? -1 : -2;
        goto out;
    }
    p->txn_open = 0;
    p->aborts_in_row = 0;
    NSV_LOG(NSV_LOG_DEBUG, "producer", "transaction committed", NSV_KV("inputs", p->txn_msgs));
out:
    rd_kafka_consumer_group_metadata_destroy(gmd);
    rd_kafka_topic_partition_list_destroy(pos);
    if (rc == -1)
        txn_abort(p);
    if (rc == -1 && p->aborts_in_row >= MAX_ABORTS_IN_ROW) {
        /* the same inputs fail the same way each time (a record the output
         * topic refuses): retrying for ever would only hide it */
        NSV_LOG(NSV_LOG_ERROR, "producer", "transactions keep aborting, giving up",
                NSV_KV("aborts_in_row", p->aborts_in_row));
        p->fatal = 1;
    } else if (rc == -2)
        p->fatal = 1;
    if (begin_next && !p->fatal)
        txn_begin(p);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Rebalance hooks                                                      */

static void drain(pipeline *p, int timeout_ms)
{
    int64_t until = now_ms() + timeout_ms;
    while (rd_kafka_outq_len(p->producer) > 0 && now_ms() < until) {
        rd_kafka_flush(p->producer, 100);
        flush_stores(p);
    }
    rd_kafka_poll(p->producer, 0);
    flush_stores(p);
}

static void before_revoke(void *opaque, const rd_kafka_topic_partition_list_t *parts, int lost)
{
    pipeline *p = opaque;
    (void)parts;
    /* inputs of these partitions may still be with the workers: produce
     * them, unless an abort is coming (it discards them) */
    if (!(p->eos && (lost || p->fatal)))
        harvest(p, 0, 1);
    if (p->eos) {
        if (lost || p->fatal) {
            if (p->txn_open && !p->fatal)
                txn_abort(p);
        } else {
            txn_commit(p, 0);
        }
        if (!p->fatal && !g_stop)
            txn_begin(p);
        return;
    }
    if (lost) {
        flush_stores(p); /* ERR__STATE for the lost ones: fine */
        return;
    }
    int64_t t0 = now_ms();
    drain(p, (int)p->cfg->shutdown_timeout_ms);
    NSV_LOG(NSV_LOG_INFO, "consumer", "drained before revoke",
            NSV_KV("ms", (int64_t)(now_ms() - t0)),
            NSV_KV("outstanding", rd_kafka_outq_len(p->producer)));
}

static void after_revoke(void *opaque, const rd_kafka_topic_partition_list_t *parts)
{
    pipeline *p = opaque;
    for (int i = 0; i < parts->cnt; i++)
        nsv_offsets_revoke(p->offsets, parts->elems[i].topic, parts->elems[i].partition);
}

static void after_assign(void *opaque, const rd_kafka_topic_partition_list_t *parts)
{
    pipeline *p = opaque;
    if (parts->cnt > 0) {
        /* librdkafka keeps a partition's pause flag across unassign and
         * assign: a partition paused by backpressure and then revoked or
         * lost (set_paused(0) resumes only the current assignment) would
         * never be fetched again once re-assigned.  Set the state of every
         * newly assigned partition explicitly. */
        rd_kafka_topic_partition_list_t *copy = rd_kafka_topic_partition_list_copy(parts);
        if (p->paused)
            rd_kafka_pause_partitions(p->consumer, copy);
        else
            rd_kafka_resume_partitions(p->consumer, copy);
        rd_kafka_topic_partition_list_destroy(copy);
    }
}

/* ------------------------------------------------------------------ */
/* Statistics                                                           */

/* Lag per topic from the consumer's statistics: the sum of
 * consumer_lag_stored over the partitions this member owns (desired, not
 * the internal -1 partition) whose lag is known; -1 when none is known. */
static void on_stats(void *opaque, const char *json, size_t len)
{
    pipeline *p = opaque;
    json_error_t e;
    json_t *root = json_loadb(json, len, 0, &e);
    if (!root)
        return;
    json_t *lag = json_object();
    json_t *topics = json_object_get(root, "topics");
    const char *tname;
    json_t *tobj;
    json_object_foreach(topics, tname, tobj)
    {
        json_t *parts = json_object_get(tobj, "partitions");
        const char *pname;
        json_t *pobj;
        long long sum = 0;
        int known = 0, owned = 0;
        json_object_foreach(parts, pname, pobj)
        {
            if (!strcmp(pname, "-1"))
                continue;
            if (!json_is_true(json_object_get(pobj, "desired")))
                continue;
            owned++;
            json_int_t l = json_integer_value(json_object_get(pobj, "consumer_lag_stored"));
            if (l >= 0) {
                sum += l;
                known++;
            }
        }
        if (owned)
            json_object_set_new(lag, tname, json_integer(known ? sum : -1));
    }
    /* broker up / down, from the brokers' states in the statistics */
    const char *bname;
    json_t *bobj;
    json_object_foreach(json_object_get(root, "brokers"), bname, bobj)
    {
        const char *src = json_string_value(json_object_get(bobj, "source"));
        const char *st = json_string_value(json_object_get(bobj, "state"));
        /* real brokers only: not the "logical" coordinator entries or
         * a bootstrap address whose node id is not known yet */
        if (!src || (strcmp(src, "learned") && strcmp(src, "configured")) || !st ||
            json_integer_value(json_object_get(bobj, "nodeid")) < 0)
            continue;
        const char *was = json_string_value(json_object_get(p->brokers, bname));
        int up = !strcmp(st, "UP"), was_up = was && !strcmp(was, "UP");
        if (up && !was_up)
            NSV_LOG(
                NSV_LOG_INFO, "consumer", "broker up", NSV_KV("broker", bname),
                NSV_KV("nodeid", (long long)json_integer_value(json_object_get(bobj, "nodeid"))));
        else if (!up && was_up)
            NSV_LOG(
                NSV_LOG_WARN, "consumer", "broker down", NSV_KV("broker", bname),
                NSV_KV("state", st),
                NSV_KV("nodeid", (long long)json_integer_value(json_object_get(bobj, "nodeid"))));
        json_object_set_new(p->brokers, bname, json_string(st));
    }
    json_decref(root);
    json_decref(p->lag);
    p->lag = lag;
}

static long long rss_bytes(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long long size = 0, rss = 0;
    if (!f)
        return -1;
    if (fscanf(f, "%lld %lld", &size, &rss) != 2)
        rss = -1;
    fclose(f);
    return rss < 0 ? -1 : rss * sysconf(_SC_PAGESIZE);
}

static void log_stats(pipeline *p, const char *msg)
{
    if (!NSV_LOG_ON(NSV_LOG_INFO))
        return;
    int64_t now = now_ms();
    double secs = (double)(now - p->stats_last_ms) / 1000.0;
    /* consumed goes down when an abort discards inputs (they come again) */
    double rate = secs > 0 && p->c.consumed > p->stats_last_consumed
                      ? (double)(p->c.consumed - p->stats_last_consumed) / secs
                      : 0;
    p->stats_last_ms = now;
    p->stats_last_consumed = p->c.consumed;
    nsv_kv kv[64];
    size_t n = 0;
    char keys[32][300];
    size_t nk = 0;
    kv[n++] = NSV_KV("consumed", p->c.consumed);
    kv[n++] = NSV_KV("items_with_events", p->c.with_events);
    kv[n++] = NSV_KV("items_without_events", p->c.without_events);
    kv[n++] = NSV_KV("dead_letters", p->c.dead_letters);
    kv[n++] = NSV_KV("events", p->c.events);
    for (int i = 0; i < 3; i++) {
        snprintf(keys[nk], sizeof keys[nk], "produced.%s", nsv_event_type_name((nsv_event_type)i));
        kv[n++] = NSV_KV(keys[nk], p->c.delivered[i]);
        nk++;
    }
    kv[n++] = NSV_KV("produced.dlq", p->c.dlq_delivered);
    kv[n++] = NSV_KV("errors", p->c.errors);
    kv[n++] = NSV_KV("inflight", (unsigned long long)nsv_offsets_inflight(p->offsets));
    kv[n++] = NSV_KV("msgs_per_s", rate);
    kv[n++] = NSV_KV("rss_bytes", rss_bytes());
    const char *tname;
    json_t *v;
    json_object_foreach(p->lag, tname, v)
    {
        if (nk >= 32 || n >= 63)
            break;
        snprintf(keys[nk], sizeof keys[nk], "lag.%s", tname);
        kv[n++] = NSV_KV(keys[nk], (long long)json_integer_value(v));
        nk++;
    }
    /* topics we consume but own no partition of: unknown */
    for (size_t i = 0; i < p->cfg->n_topics && nk < 32 && n < 63; i++) {
        if (json_object_get(p->lag, p->cfg->topics[i]))
            continue;
        snprintf(keys[nk], sizeof keys[nk], "lag.%s", p->cfg->topics[i]);
        kv[n++] = NSV_KV(keys[nk], -1);
        nk++;
    }
    nsv_log_emit(NSV_LOG_INFO, "stats", msg, kv, n);
}

/* ------------------------------------------------------------------ */

static void reload_lexicon(pipeline *p)
{
    char err[512];
    const char *dir = app_config_dir(p->cfg->config_dir);
    nsv_lexicon *lex = app_load_lexicon(dir, err, sizeof err);
    if (!lex) {
        NSV_LOG(NSV_LOG_ERROR, "main", "lexicon reload failed, keeping the old one",
                NSV_KV("dir", dir), NSV_KV("err", err));
        return;
    }
    /* the workers switch only while idle: finish what they hold first */
    harvest(p, 0, 1);
    if (nsv_workers_set_lexicon(p->workers, lex) != 0) {
        nsv_lexicon_free(lex);
        NSV_LOG(NSV_LOG_ERROR, "main", "lexicon reload failed, keeping the old one",
                NSV_KV("err", "out of memory"));
        return;
    }
    nsv_lexicon_free(p->lex);
    p->lex = lex;
    NSV_LOG(NSV_LOG_INFO, "main", "lexicon reloaded", NSV_KV("dir", dir));
}

static void set_paused(pipeline *p, int pause)
{
    if (p->paused == pause)
        return;
    p->paused = pause;
    if (p->h && p->h->pause)
        p->h->pause(p->h->opaque, pause);
    else
        nsv_consumer_pause_all(p->consumer, pause);
    NSV_LOG(NSV_LOG_DEBUG, "consumer", pause ? "backpressure: paused" : "backpressure: resumed",
            NSV_KV("inflight", (unsigned long long)nsv_offsets_inflight(p->offsets)));
}

static void log_counts(pipeline *p, nsv_log_level lvl, const char *msg)
{
    if (!NSV_LOG_ON(lvl))
        return;
    nsv_kv kv[8 + NSV_DLQ_REASONS];
    char keys[NSV_DLQ_REASONS][80];
    size_t n = 0;
    kv[n++] = NSV_KV("consumed", p->c.consumed);
    kv[n++] = NSV_KV("items_with_events", p->c.with_events);
    kv[n++] = NSV_KV("items_without_events", p->c.without_events);
    kv[n++] = NSV_KV("dead_letters", p->c.dead_letters);
    kv[n++] = NSV_KV("events", p->c.events);
    kv[n++] = NSV_KV("delivery_failed", p->c.delivery_failed);
    kv[n++] = NSV_KV("errors", p->c.errors);
    for (int i = 0; i < NSV_DLQ_REASONS && p->c.dlq[i].reason; i++) {
        snprintf(keys[i], sizeof keys[i], "dlq.%s", p->c.dlq[i].reason);
        kv[n++] = NSV_KV(keys[i], p->c.dlq[i].count);
    }
    nsv_log_emit(lvl, "main", msg, kv, n);
}

int nsv_pipeline_run(const nsv_run_opts *opts, nsv_counts *counts)
{
    const nsv_config *cfg = opts->cfg;
    pipeline *p = calloc(1, sizeof *p);
    int rc = 0;
    char err[1024];
    if (!p)
        return 1;
    memset(counts, 0, sizeof *counts);
    p->cfg = cfg;
    p->opts = opts;
    p->h = opts->hooks;
    p->dry = p->h ? p->h->dry_run : NULL;
    p->eos = cfg->guarantee == NSV_EXACTLY_ONCE && !p->dry;
    p->offsets = nsv_offsets_new();
    p->stores = rd_kafka_topic_partition_list_new(8);
    p->lag = json_object();
    p->brokers = json_object();
    for (int i = 0; i < 3; i++) {
        if (nsv_template_expand(cfg->topic_template, "type", nsv_event_type_name((nsv_event_type)i),
                                p->event_topic[i], sizeof p->event_topic[i]) != 0) {
            fprintf(stderr, "newsev: output.topic_template: too long\n");
            rc = EXIT_CONFIG;
            goto out;
        }
    }

    nsv_limits_default(&p->limits);
    p->limits.max_item_bytes = (size_t)cfg->max_item_bytes;
    const char *dir = app_config_dir(cfg->config_dir);
    p->lex = app_load_lexicon(dir, err, sizeof err);
    if (!p->lex) {
        NSV_LOG(NSV_LOG_ERROR, "main", "cannot load the lexicon", NSV_KV("dir", dir),
                NSV_KV("err", err));
        rc = EXIT_CONFIG;
        goto out;
    }
    int nworkers = cfg->workers > 0 ? (int)cfg->workers : nsv_workers_auto();
    p->workers = nsv_workers_new(nworkers, WORK_RING_DEPTH, p->lex, &p->limits,
                                 (nsv_wire)cfg->input_format, err, sizeof err);
    if (!p->workers) {
        NSV_LOG(NSV_LOG_ERROR, "main", "cannot start the workers", NSV_KV("err", err));
        rc = 1;
        goto out;
    }

    if (opts->handle_signals) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGTERM, &sa, NULL);
        sigaction(SIGINT, &sa, NULL);
        sigaction(SIGHUP, &sa, NULL);
        signal(SIGPIPE, SIG_IGN);
    }
    g_stop = 0;
    g_hup = 0;

    p->ph.opaque = p;
    p->ph.delivered = on_delivered;
    p->ph.fatal = on_fatal;
    p->producer = nsv_producer_new(cfg, &p->ph, err, sizeof err);
    if (!p->producer) {
        NSV_LOG(NSV_LOG_ERROR, "main", "cannot create the producer", NSV_KV("err", err));
        rc = EXIT_CONFIG;
        goto out;
    }
    for (int i = 0; i < 3 && !p->dry; i++) {
        if (i > 0 && !strcmp(p->event_topic[i], p->event_topic[i - 1]))
            continue;
        if (nsv_producer_warm(p->producer, p->event_topic[i], METADATA_WARM_MS, err, sizeof err) !=
            0)
            NSV_LOG(NSV_LOG_WARN, "producer", "output topic metadata not available yet",
                    NSV_KV("topic", p->event_topic[i]), NSV_KV("err", err));
    }
    if (p->eos) {
        for (;;) {
            rd_kafka_error_t *error = rd_kafka_init_transactions(p->producer, 60000);
            if (!error)
                break;
            int kind = txn_error(p, "init transactions failed", error);
            if (kind != 2 || g_stop) {
                rc = 1;
                goto out;
            }
        }
    }
    p->ch.opaque = p;
    p->ch.before_revoke = before_revoke;
    p->ch.after_revoke = after_revoke;
    p->ch.after_assign = after_assign;
    p->ch.stats = on_stats;
    p->ch.fatal = on_fatal;
    if (p->h && p->h->consumer_new)
        p->consumer = p->h->consumer_new(p->h->opaque, cfg, &p->ch, err, sizeof err);
    else
        p->consumer = nsv_consumer_new(cfg, &p->ch, err, sizeof err);
    if (!p->consumer) {
        NSV_LOG(NSV_LOG_ERROR, "main", "cannot create the consumer", NSV_KV("err", err));
        rc = EXIT_CONFIG;
        goto out;
    }
    if (p->h && p->h->start) {
        rc = p->h->start(p->h->opaque, p->consumer);
        if (rc != 0)
            goto close;
    }
    if (p->eos)
        txn_begin(p);

    char rdk_build[32];
    snprintf(rdk_build, sizeof rdk_build, "%d.%d.%d", (RD_KAFKA_VERSION >> 24) & 0xff,
             (RD_KAFKA_VERSION >> 16) & 0xff, (RD_KAFKA_VERSION >> 8) & 0xff);
    NSV_LOG(NSV_LOG_INFO, "main", "started", NSV_KV("version", NEWSEV_VERSION),
            NSV_KV("librdkafka", rd_kafka_version_str()), NSV_KV("librdkafka_build", rdk_build),
            NSV_KV("topics", cfg->input_topics),
            NSV_KV("group", p->h ? (p->h->group ? p->h->group : "") : cfg->group_id),
            NSV_KV("guarantee", p->eos ? "exactly_once" : "at_least_once"),
            NSV_KV("assignment_strategy", cfg->assignment_strategy), NSV_KV("workers", nworkers));
    nsv_sd_notify("READY=1");

    p->stats_last_ms = now_ms();
    int64_t start = p->stats_last_ms;
    while (!g_stop && !p->fatal && !p->failed) {
        if (g_hup) {
            g_hup = 0;
            if (nsv_log_reopen() != 0)
                NSV_LOG(NSV_LOG_ERROR, "main", "log file reopen failed",
                        NSV_KV("err", strerror(errno)));
            NSV_LOG(NSV_LOG_INFO, "main", "SIGHUP: log reopened, reloading the lexicon");
            reload_lexicon(p);
        }
        size_t inflight = nsv_offsets_inflight(p->offsets);
        if (!p->paused && inflight >= (size_t)cfg->max_inflight)
            set_paused(p, 1);
        else if (p->paused && inflight <= (size_t)cfg->max_inflight / 2)
            set_paused(p, 0);

        size_t batch = BATCH_MAX;
        int idle_ms = 0;
        if (p->h && p->h->budget) {
            size_t b = p->h->budget(p->h->opaque, now_ms(), &idle_ms);
            if (b < batch)
                batch = b;
        }
        if (batch == 0 && idle_ms > 0)
            rd_kafka_poll(p->producer, idle_ms); /* rate limit: a short wait */
        for (size_t i = 0; i < (batch ? batch : 1) && !p->fatal && !(batch == 0 && idle_ms > 0);
             i++) {
            if (nsv_workers_full(p->workers)) {
                harvest(p, 100, 0);
                if (nsv_workers_full(p->workers))
                    break;
            }
            /* block in the consumer only when the workers have nothing */
            int wait = i == 0 && nsv_workers_pending(p->workers) == 0 ? 100 : 0;
            rd_kafka_message_t *rkm = rd_kafka_consumer_poll(p->consumer, wait);
            if (!rkm)
                break;
            if ((p->h && p->h->filter && p->h->filter(p->h->opaque, rkm)) || !submit(p, rkm))
                rd_kafka_message_destroy(rkm);
            if (nsv_offsets_inflight(p->offsets) >= (size_t)cfg->max_inflight)
                break;
            /* a full transaction, or a doomed one (its inputs come again) */
            if (p->eos && (p->txn_msgs >= (uint64_t)cfg->txn_messages || p->txn_failed))
                break;
        }
        /* nothing more to consume now: give the workers a moment */
        harvest(p, 5, 0);
        rd_kafka_poll(p->producer, 0);
        flush_stores(p);

        int64_t now = now_ms();
        /* a failed record dooms the transaction (librdkafka refuses new
         * records for it): abort now rather than at its usual commit */
        if (p->eos && p->txn_open &&
            (p->txn_failed || (p->txn_msgs > 0 && (p->txn_msgs >= (uint64_t)cfg->txn_messages ||
                                                   now - p->txn_start_ms >= cfg->txn_interval_ms))))
            txn_commit(p, 1);
        if (cfg->stats_interval_ms > 0 && now - p->stats_last_ms >= cfg->stats_interval_ms)
            log_stats(p, "stats");
        nsv_log_tick(0);

        if (opts->stop_after && p->c.consumed >= opts->stop_after &&
            nsv_offsets_inflight(p->offsets) == 0 && rd_kafka_outq_len(p->producer) == 0)
            break;
        if (p->h && p->h->tick && p->h->tick(p->h->opaque, now) &&
            nsv_offsets_inflight(p->offsets) == 0 && rd_kafka_outq_len(p->producer) == 0)
            break;
        if (opts->timeout_ms && now - start > opts->timeout_ms) {
            NSV_LOG(NSV_LOG_ERROR, "main", "timed out", NSV_KV("ms", opts->timeout_ms));
            rc = 1;
            break;
        }
    }

    /* Shutdown, in librdkafka's order: stop consuming, flush (final offsets
     * stored), close the consumer (commits them), destroy. */
close:
    nsv_sd_notify("STOPPING=1");
    /* inputs still with the workers: produced before the final drain, or
     * dropped when nothing can carry them (fatal error, no transaction) */
    if (p->fatal || (p->eos && !p->txn_open))
        discard(p);
    else
        harvest(p, 0, 1);
    NSV_LOG(NSV_LOG_INFO, "main", "stopping",
            NSV_KV("reason", p->fatal    ? "fatal error"
                             : p->failed ? "delivery failed"
                             : g_stop    ? "signal"
                             : rc        ? "start failed"
                                         : "done"),
            NSV_KV("inflight", (unsigned long long)nsv_offsets_inflight(p->offsets)));
    if (p->eos) {
        if (p->txn_open && !p->fatal)
            txn_commit(p, 0);
    } else if (!p->fatal) {
        drain(p, (int)cfg->shutdown_timeout_ms);
        int left = rd_kafka_outq_len(p->producer);
        if (left > 0)
            NSV_LOG(NSV_LOG_WARN, "producer",
                    "records still undelivered at shutdown; their "
                    "inputs will be consumed again",
                    NSV_KV("outstanding", left));
    }
    rd_kafka_resp_err_t cerr = rd_kafka_consumer_close(p->consumer);
    if (cerr)
        NSV_LOG(NSV_LOG_WARN, "consumer", "close failed", NSV_KV("err", rd_kafka_err2name(cerr)));
    else
        NSV_LOG(NSV_LOG_INFO, "consumer",
                p->eos || (p->h && !p->h->group) ? "closed" : "closed, stored offsets committed");
    rd_kafka_poll(p->producer, 0);
    if (p->fatal || p->failed)
        rc = 1;
    log_stats(p, "stats");
    log_counts(p, rc ? NSV_LOG_ERROR : NSV_LOG_INFO, "stopped");
    nsv_log_tick(1);

out:
    *counts = p->c;
    if (p->consumer)
        rd_kafka_destroy(p->consumer);
    if (p->producer)
        rd_kafka_destroy(p->producer);
    if (p->stores)
        rd_kafka_topic_partition_list_destroy(p->stores);
    if (p->txn_pos)
        rd_kafka_topic_partition_list_destroy(p->txn_pos);
    nsv_offsets_free(p->offsets);
    nsv_workers_free(p->workers); /* before the lexicon its normalizers read */
    nsv_lexicon_free(p->lex);
    json_decref(p->lag);
    json_decref(p->brokers);
    free(p);
    return rc;
}

int cmd_run(int argc, char **argv)
{
    nsv_config cfg;
    nsv_config_init(&cfg);
    int rc = nsv_config_from_args(&cfg, "run", argc, argv, 1, NULL, NULL);
    if (rc >= 0) {
        nsv_config_free(&cfg);
        return rc;
    }
    if (nsv_run_setup_logging(&cfg) != 0) {
        nsv_config_free(&cfg);
        return EXIT_CONFIG;
    }
    nsv_config_log(&cfg);
    nsv_run_opts opts = {.cfg = &cfg, .handle_signals = 1};
    nsv_counts counts;
    rc = nsv_pipeline_run(&opts, &counts);
    nsv_config_free(&cfg);
    nsv_log_close();
    return rc;
}
