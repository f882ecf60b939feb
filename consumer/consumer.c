/*
 * consumer.c - the group consumer and shared librdkafka glue.
 */
#include "consumer.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "nsv_log.h"

int nsv_rdk_set(rd_kafka_conf_t *conf, const char *key, const char *value, char *errstr,
                size_t errlen)
{
    char e[512];
    if (rd_kafka_conf_set(conf, key, value, e, sizeof e) != RD_KAFKA_CONF_OK) {
        snprintf(errstr, errlen, "%s=%s: %s", key, value, e);
        return -1;
    }
    return 0;
}

int nsv_rdk_apply(rd_kafka_conf_t *conf, const nsv_ptlist *l, const char *prefix, char *errstr,
                  size_t errlen)
{
    for (size_t i = 0; i < l->n; i++) {
        char e[512];
        if (rd_kafka_conf_set(conf, l->v[i].key, l->v[i].value, e, sizeof e) != RD_KAFKA_CONF_OK) {
            snprintf(errstr, errlen, "%s: %s%s: %s", l->v[i].origin, prefix, l->v[i].key, e);
            return -1;
        }
    }
    return 0;
}

static void log_cb(const rd_kafka_t *rk, int level, const char *fac, const char *buf)
{
    nsv_log_level lvl = level <= 3   ? NSV_LOG_ERROR
                        : level == 4 ? NSV_LOG_WARN
                        : level <= 6 ? NSV_LOG_INFO
                                     : NSV_LOG_DEBUG;
    NSV_LOG(lvl, "rdkafka", buf, NSV_KV("fac", fac), NSV_KV("client", rd_kafka_name(rk)));
}

int nsv_rdk_log_setup(rd_kafka_conf_t *conf, char *errstr, size_t errlen)
{
    rd_kafka_conf_set_log_cb(conf, log_cb);
    if (nsv_rdk_set(conf, "log.queue", "true", errstr, errlen))
        return -1;
    /* debug level lets librdkafka's own debug lines through when asked */
    if (NSV_LOG_ON(NSV_LOG_DEBUG))
        return 0;
    return nsv_rdk_set(conf, "log.connection.close", "false", errstr, errlen);
}

void nsv_rdk_log_forward(rd_kafka_t *rk)
{
    rd_kafka_resp_err_t err = rd_kafka_set_log_queue(rk, NULL);
    if (err)
        NSV_LOG(NSV_LOG_WARN, "rdkafka", "cannot forward librdkafka logs",
                NSV_KV("err", rd_kafka_err2str(err)));
}

/* ------------------------------------------------------------------ */

static void error_cb(rd_kafka_t *rk, int err, const char *reason, void *opaque)
{
    nsv_consumer_hooks *h = opaque;
    if (err == RD_KAFKA_RESP_ERR__FATAL) {
        char why[512];
        rd_kafka_resp_err_t orig = rd_kafka_fatal_error(rk, why, sizeof why);
        NSV_LOG(NSV_LOG_ERROR, "consumer", "fatal error", NSV_KV("err", rd_kafka_err2name(orig)),
                NSV_KV("reason", why));
        if (h && h->fatal)
            h->fatal(h->opaque, why);
        return;
    }
    if (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN) {
        NSV_LOG_RL(NSV_LOG_ERROR, "consumer", "all brokers down, retrying",
                   NSV_KV("reason", reason));
        return;
    }
    if (err == RD_KAFKA_RESP_ERR__TRANSPORT || err == RD_KAFKA_RESP_ERR__RESOLVE) {
        /* librdkafka's own FAIL log line already says it, with the broker */
        NSV_LOG(NSV_LOG_DEBUG, "consumer", "kafka error",
                NSV_KV("err", rd_kafka_err2name((rd_kafka_resp_err_t)err)),
                NSV_KV("reason", reason));
        return;
    }
    NSV_LOG_RL(NSV_LOG_WARN, "consumer", "kafka error",
               NSV_KV("err", rd_kafka_err2name((rd_kafka_resp_err_t)err)),
               NSV_KV("reason", reason));
}

static int stats_cb(rd_kafka_t *rk, char *json, size_t len, void *opaque)
{
    (void)rk;
    nsv_consumer_hooks *h = opaque;
    if (h && h->stats)
        h->stats(h->opaque, json, len);
    return 0;
}

static void log_partitions(const char *msg, const rd_kafka_topic_partition_list_t *parts)
{
    if (!NSV_LOG_ON(NSV_LOG_INFO))
        return;
    for (int i = 0; i < parts->cnt; i++)
        NSV_LOG(NSV_LOG_INFO, "consumer", msg, NSV_KV("topic", parts->elems[i].topic),
                NSV_KV("partition", parts->elems[i].partition));
}

/* Give partitions back to the group: the hooks drain and fence around the
 * unassign; the error lands in *error (cooperative) or *ret (eager). */
static void give_back(rd_kafka_t *rk, nsv_consumer_hooks *h, rd_kafka_topic_partition_list_t *parts,
                      int lost, int coop, rd_kafka_error_t **error, rd_kafka_resp_err_t *ret)
{
    if (h && h->before_revoke)
        h->before_revoke(h->opaque, parts, lost);
    if (coop)
        *error = rd_kafka_incremental_unassign(rk, parts);
    else
        *ret = rd_kafka_assign(rk, NULL);
    if (h && h->after_revoke)
        h->after_revoke(h->opaque, parts);
}

static void rebalance_cb(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                         rd_kafka_topic_partition_list_t *parts, void *opaque)
{
    nsv_consumer_hooks *h = opaque;
    int coop = !strcmp(rd_kafka_rebalance_protocol(rk), "COOPERATIVE");
    rd_kafka_error_t *error = NULL;
    rd_kafka_resp_err_t ret = RD_KAFKA_RESP_ERR_NO_ERROR;

    switch (err) {
    case RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS:
        log_partitions("partition assigned", parts);
        if (coop)
            error = rd_kafka_incremental_assign(rk, parts);
        else
            ret = rd_kafka_assign(rk, parts);
        if (!error && !ret && h && h->after_assign)
            h->after_assign(h->opaque, parts);
        break;
    case RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS: {
        int lost = rd_kafka_assignment_lost(rk);
        /* Drain first, fence second: the delivery reports that arrive
         * during the drain store the final offsets of these partitions,
         * and the unassign below commits them (enable.auto.commit). */
        give_back(rk, h, parts, lost, coop, &error, &ret);
        log_partitions(lost ? "partition lost" : "partition revoked", parts);
        break;
    }
    default:
        NSV_LOG(NSV_LOG_ERROR, "consumer", "rebalance failed",
                NSV_KV("err", rd_kafka_err2name(err)));
        give_back(rk, h, parts, 1, coop, &error, &ret);
        break;
    }
    if (error) {
        NSV_LOG(NSV_LOG_ERROR, "consumer", "assignment change failed",
                NSV_KV("err", rd_kafka_error_string(error)));
        rd_kafka_error_destroy(error);
    } else if (ret) {
        NSV_LOG(NSV_LOG_ERROR, "consumer", "assignment change failed",
                NSV_KV("err", rd_kafka_err2str(ret)));
    }
}

#define COMMIT_INFO_MS 30000

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void commit_cb(rd_kafka_t *rk, rd_kafka_resp_err_t err,
                      rd_kafka_topic_partition_list_t *offsets, void *opaque)
{
    (void)rk;
    (void)opaque;
    if (err == RD_KAFKA_RESP_ERR__NO_OFFSET)
        return; /* nothing to commit: not an error */
    if (err) {
        NSV_LOG_RL(NSV_LOG_WARN, "consumer", "commit failed",
                   NSV_KV("err", rd_kafka_err2name(err)));
        return;
    }
    /* info: one line per COMMIT_INFO_MS at most (commits run every
     * commit.interval.ms); debug: every partition of every commit */
    static int64_t last_info_ms = -COMMIT_INFO_MS;
    int64_t now = mono_ms();
    if (offsets && now - last_info_ms >= COMMIT_INFO_MS && NSV_LOG_ON(NSV_LOG_INFO)) {
        int n = 0;
        for (int i = 0; i < offsets->cnt; i++)
            n += offsets->elems[i].offset >= 0 && !offsets->elems[i].err;
        if (n > 0) {
            last_info_ms = now;
            NSV_LOG(NSV_LOG_INFO, "consumer", "offsets committed", NSV_KV("partitions", n));
        }
    }
    if (!NSV_LOG_ON(NSV_LOG_DEBUG) || !offsets)
        return;
    for (int i = 0; i < offsets->cnt; i++)
        if (offsets->elems[i].offset >= 0)
            NSV_LOG(NSV_LOG_DEBUG, "consumer", "offsets committed",
                    NSV_KV("topic", offsets->elems[i].topic),
                    NSV_KV("partition", offsets->elems[i].partition),
                    NSV_KV("offset", offsets->elems[i].offset));
}

/* assign: no subscription (the caller assigns), partition EOF events on, and
 * group = NULL means no group at all (nothing is ever committed). */
static rd_kafka_t *consumer_create(const nsv_config *cfg, nsv_consumer_hooks *hooks,
                                   const char *group, int assign, char *errstr, size_t errlen)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char num[32];
    int eos = cfg->guarantee == NSV_EXACTLY_ONCE;

    /* Our defaults first; pass-through properties may override the ones
     * that are not guarantees (those are refused by config validation). */
    if (nsv_rdk_set(conf, "client.id", "newsev-consumer", errstr, errlen) ||
        nsv_rdk_set(conf, "auto.offset.reset", "earliest", errstr, errlen) ||
        nsv_rdk_set(conf, "enable.partition.eof", assign ? "true" : "false", errstr, errlen) ||
        nsv_rdk_set(conf, "isolation.level", "read_committed", errstr, errlen) ||
        nsv_rdk_apply(conf, &cfg->kafka, "kafka.", errstr, errlen) ||
        nsv_rdk_apply(conf, &cfg->consumer, "consumer.", errstr, errlen))
        goto fail;
    snprintf(num, sizeof num, "%lld", cfg->auto_commit_ms);
    /* librdkafka 2.0.2 refuses rd_kafka_assign() without a group.id: "no
     * group" is a private id that nothing is ever committed to */
    char nogroup[64];
    snprintf(nogroup, sizeof nogroup, "newsev-nogroup-%ld", (long)getpid());
    if (nsv_rdk_set(conf, "group.id", group ? group : nogroup, errstr, errlen) ||
        nsv_rdk_set(conf, "enable.auto.offset.store", "false", errstr, errlen) ||
        nsv_rdk_set(conf, "enable.auto.commit", eos || !group ? "false" : "true", errstr, errlen) ||
        nsv_rdk_set(conf, "auto.commit.interval.ms", num, errstr, errlen) ||
        nsv_rdk_set(conf, "partition.assignment.strategy", cfg->assignment_strategy, errstr,
                    errlen))
        goto fail;
    if (!assign && *cfg->group_instance_id &&
        nsv_rdk_set(conf, "group.instance.id", cfg->group_instance_id, errstr, errlen))
        goto fail;
    if (cfg->stats_interval_ms > 0) {
        /* librdkafka's granularity is 1 s */
        long long s = cfg->stats_interval_ms < 1000 ? 1000 : cfg->stats_interval_ms;
        snprintf(num, sizeof num, "%lld", s);
        if (nsv_rdk_set(conf, "statistics.interval.ms", num, errstr, errlen))
            goto fail;
        rd_kafka_conf_set_stats_cb(conf, stats_cb);
    }
    if (nsv_rdk_log_setup(conf, errstr, errlen))
        goto fail;
    rd_kafka_conf_set_error_cb(conf, error_cb);
    rd_kafka_conf_set_rebalance_cb(conf, rebalance_cb);
    rd_kafka_conf_set_offset_commit_cb(conf, commit_cb);
    rd_kafka_conf_set_opaque(conf, hooks);

    char e[512];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, e, sizeof e);
    if (!rk) {
        snprintf(errstr, errlen, "consumer: %s", e);
        goto fail;
    }
    nsv_rdk_log_forward(rk);
    rd_kafka_poll_set_consumer(rk);
    if (assign)
        return rk;

    rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new((int)cfg->n_topics);
    for (size_t i = 0; i < cfg->n_topics; i++)
        rd_kafka_topic_partition_list_add(topics, cfg->topics[i], RD_KAFKA_PARTITION_UA);
    rd_kafka_resp_err_t err = rd_kafka_subscribe(rk, topics);
    rd_kafka_topic_partition_list_destroy(topics);
    if (err) {
        snprintf(errstr, errlen, "subscribe: %s", rd_kafka_err2str(err));
        rd_kafka_destroy(rk);
        return NULL;
    }
    return rk;
fail:
    rd_kafka_conf_destroy(conf);
    return NULL;
}

rd_kafka_t *nsv_consumer_new(const nsv_config *cfg, nsv_consumer_hooks *hooks, char *errstr,
                             size_t errlen)
{
    return consumer_create(cfg, hooks, cfg->group_id, 0, errstr, errlen);
}

rd_kafka_t *nsv_consumer_new_assign(const nsv_config *cfg, const char *group,
                                    nsv_consumer_hooks *hooks, char *errstr, size_t errlen)
{
    return consumer_create(cfg, hooks, group && *group ? group : NULL, 1, errstr, errlen);
}

/* Printable UTF-8 without control characters. */
static int printable_utf8(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t len;
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7f)
                return 0;
            i++;
            continue;
        }
        if (c >= 0xc2 && c <= 0xdf)
            len = 2;
        else if (c >= 0xe0 && c <= 0xef)
            len = 3;
        else if (c >= 0xf0 && c <= 0xf4)
            len = 4;
        else
            return 0;
        if (i + len > n)
            return 0;
        unsigned cp = c & (0xff >> (len + 1));
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xc0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return 0;
        i += len;
    }
    return 1;
}

void nsv_consumer_fill_item(const rd_kafka_message_t *rkm, nsv_item *item, char *buf, size_t cap)
{
    const char *topic = rd_kafka_topic_name(rkm->rkt);
    if (!item->id.ptr || item->id.len == 0) {
        if (rkm->key && rkm->key_len > 0 && rkm->key_len <= 256 &&
            printable_utf8(rkm->key, rkm->key_len)) {
            item->id.ptr = rkm->key;
            item->id.len = rkm->key_len;
        } else {
            int n =
                snprintf(buf, cap, "%s/%" PRId32 "/%" PRId64, topic, rkm->partition, rkm->offset);
            item->id.ptr = buf;
            item->id.len = n < 0 ? 0 : ((size_t)n < cap ? (size_t)n : cap - 1);
        }
    }
    item->has_kafka = 1;
    item->kafka_topic.ptr = topic;
    item->kafka_topic.len = strlen(topic);
    item->kafka_partition = rkm->partition;
    item->kafka_offset = rkm->offset;
}

void nsv_consumer_pause_all(rd_kafka_t *rk, int pause)
{
    rd_kafka_topic_partition_list_t *parts = NULL;
    if (rd_kafka_assignment(rk, &parts) || !parts)
        return;
    if (parts->cnt > 0) {
        if (pause)
            rd_kafka_pause_partitions(rk, parts);
        else
            rd_kafka_resume_partitions(rk, parts);
    }
    rd_kafka_topic_partition_list_destroy(parts);
}
