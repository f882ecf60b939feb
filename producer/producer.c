/*
 * producer.c - event records and dead letters (see producer.h).
 */
#include "producer.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../consumer/consumer.h"
#include "newsev.h"
#include "nsv_log.h"

static void dr_cb(rd_kafka_t *rk, const rd_kafka_message_t *rkm, void *opaque)
{
    (void)rk;
    nsv_producer_hooks *h = opaque;
    if (h && h->delivered)
        h->delivered(h->opaque, rkm, rkm->_private);
}

static void error_cb(rd_kafka_t *rk, int err, const char *reason, void *opaque)
{
    nsv_producer_hooks *h = opaque;
    if (err == RD_KAFKA_RESP_ERR__FATAL) {
        char why[512];
        rd_kafka_resp_err_t orig = rd_kafka_fatal_error(rk, why, sizeof why);
        NSV_LOG(NSV_LOG_ERROR, "producer", "fatal error", NSV_KV("err", rd_kafka_err2name(orig)),
                NSV_KV("reason", why));
        if (h && h->fatal)
            h->fatal(h->opaque, why);
        return;
    }
    if (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN) {
        NSV_LOG_RL(NSV_LOG_ERROR, "producer", "all brokers down, retrying",
                   NSV_KV("reason", reason));
        return;
    }
    if (err == RD_KAFKA_RESP_ERR__TRANSPORT || err == RD_KAFKA_RESP_ERR__RESOLVE) {
        /* librdkafka's own FAIL log line already says it, with the broker */
        NSV_LOG(NSV_LOG_DEBUG, "producer", "kafka error",
                NSV_KV("err", rd_kafka_err2name((rd_kafka_resp_err_t)err)),
                NSV_KV("reason", reason));
        return;
    }
    NSV_LOG_RL(NSV_LOG_WARN, "producer", "kafka error",
               NSV_KV("err", rd_kafka_err2name((rd_kafka_resp_err_t)err)),
               NSV_KV("reason", reason));
}

rd_kafka_t *nsv_producer_new(const nsv_config *cfg, nsv_producer_hooks *hooks, char *errstr,
                             size_t errlen)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    int eos = cfg->guarantee == NSV_EXACTLY_ONCE;
    if (nsv_rdk_set(conf, "client.id", "newsev-producer", errstr, errlen) ||
        nsv_rdk_set(conf, "enable.idempotence", "true", errstr, errlen) ||
        nsv_rdk_set(conf, "linger.ms", "20", errstr, errlen) ||
        (*cfg->compression &&
         nsv_rdk_set(conf, "compression.codec", cfg->compression, errstr, errlen)))
        goto fail;
    /* at-least-once: never give up on a record (brokers down = keep
     * retrying); exactly-once: librdkafka keeps it below
     * transaction.timeout.ms itself. */
    if (!eos && nsv_rdk_set(conf, "message.timeout.ms", "0", errstr, errlen))
        goto fail;
    if (nsv_rdk_apply(conf, &cfg->kafka, "kafka.", errstr, errlen) ||
        nsv_rdk_apply(conf, &cfg->producer, "producer.", errstr, errlen))
        goto fail;
    if (eos && nsv_rdk_set(conf, "transactional.id", cfg->transactional_id, errstr, errlen))
        goto fail;
    if (nsv_rdk_log_setup(conf, errstr, errlen))
        goto fail;
    rd_kafka_conf_set_dr_msg_cb(conf, dr_cb);
    rd_kafka_conf_set_error_cb(conf, error_cb);
    rd_kafka_conf_set_opaque(conf, hooks);
    char e[512];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, e, sizeof e);
    if (!rk) {
        snprintf(errstr, errlen, "producer: %s", e);
        goto fail;
    }
    nsv_rdk_log_forward(rk);
    return rk;
fail:
    rd_kafka_conf_destroy(conf);
    return NULL;
}

int nsv_producer_warm(rd_kafka_t *rk, const char *topic, int timeout_ms, char *errstr,
                      size_t errlen)
{
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
    if (!rkt) {
        snprintf(errstr, errlen, "%s", rd_kafka_err2str(rd_kafka_last_error()));
        return -1;
    }
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_resp_err_t err = rd_kafka_metadata(rk, 0, rkt, &md, timeout_ms);
    if (!err && md->topic_cnt == 1 && md->topics[0].err)
        err = md->topics[0].err;
    if (md)
        rd_kafka_metadata_destroy(md);
    rd_kafka_topic_destroy(rkt);
    if (err) {
        snprintf(errstr, errlen, "%s", rd_kafka_err2str(err));
        return -1;
    }
    return 0;
}

static void add_source(rd_kafka_headers_t *hdrs, const rd_kafka_message_t *src)
{
    char num[32];
    const char *topic = rd_kafka_topic_name(src->rkt);
    rd_kafka_header_add(hdrs, "newsev.source.topic", -1, topic, -1);
    snprintf(num, sizeof num, "%" PRId32, src->partition);
    rd_kafka_header_add(hdrs, "newsev.source.partition", -1, num, -1);
    snprintf(num, sizeof num, "%" PRId64, src->offset);
    rd_kafka_header_add(hdrs, "newsev.source.offset", -1, num, -1);
}

/* producev, waiting while the local queue is full.  On success the headers
 * belong to librdkafka. */
static rd_kafka_resp_err_t produce(rd_kafka_t *rk, const char *topic, const void *key,
                                   size_t key_len, const void *value, size_t len, int msgflags,
                                   rd_kafka_headers_t *hdrs, void *msg_opaque)
{
    for (;;) {
        rd_kafka_resp_err_t err = rd_kafka_producev(
            rk, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_KEY(key, key_len),
            RD_KAFKA_V_VALUE((void *)value, len), RD_KAFKA_V_MSGFLAGS(msgflags),
            RD_KAFKA_V_HEADERS(hdrs), RD_KAFKA_V_OPAQUE(msg_opaque), RD_KAFKA_V_END);
        if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL)
            return err;
        /* backpressure from the producer queue: serve delivery reports */
        NSV_LOG_RL(NSV_LOG_DEBUG, "producer", "local queue full, waiting");
        rd_kafka_poll(rk, 100);
    }
}

rd_kafka_resp_err_t nsv_produce_event(rd_kafka_t *rk, const char *topic, const char *event_id,
                                      const char *type, const char *value, size_t len,
                                      const rd_kafka_message_t *src, void *msg_opaque)
{
    rd_kafka_headers_t *hdrs = rd_kafka_headers_new(5);
    rd_kafka_header_add(hdrs, "newsev.type", -1, type, -1);
    rd_kafka_header_add(hdrs, "newsev.schema", -1, NSV_SCHEMA_ID, -1);
    add_source(hdrs, src);
    rd_kafka_resp_err_t err = produce(rk, topic, event_id, strlen(event_id), value, len,
                                      RD_KAFKA_MSG_F_COPY, hdrs, msg_opaque);
    if (err)
        rd_kafka_headers_destroy(hdrs);
    return err;
}

rd_kafka_resp_err_t nsv_produce_dead_letter(rd_kafka_t *rk, const char *topic,
                                            const rd_kafka_message_t *src, const char *code,
                                            const char *message, void *msg_opaque)
{
    rd_kafka_headers_t *orig = NULL;
    rd_kafka_headers_t *hdrs;
    /* rd_kafka_message_headers() is not const-correct; it only reads */
    if (rd_kafka_message_headers((rd_kafka_message_t *)src, &orig) == RD_KAFKA_RESP_ERR_NO_ERROR &&
        orig)
        hdrs = rd_kafka_headers_copy(orig);
    else
        hdrs = rd_kafka_headers_new(5);
    rd_kafka_header_add(hdrs, "newsev.error.code", -1, code, -1);
    rd_kafka_header_add(hdrs, "newsev.error.message", -1, message ? message : "", -1);
    add_source(hdrs, src);
    rd_kafka_resp_err_t err = produce(rk, topic, src->key, src->key_len, src->payload, src->len,
                                      RD_KAFKA_MSG_F_COPY, hdrs, msg_opaque);
    if (err)
        rd_kafka_headers_destroy(hdrs);
    return err;
}

const char *nsv_header_str(const rd_kafka_message_t *rkm, const char *name, char *buf, size_t cap)
{
    rd_kafka_headers_t *hdrs = NULL;
    const void *v;
    size_t n;
    if (rd_kafka_message_headers((rd_kafka_message_t *)rkm, &hdrs) || !hdrs)
        return NULL;
    if (rd_kafka_header_get_last(hdrs, name, &v, &n))
        return NULL;
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, v, n);
    buf[n] = '\0';
    return buf;
}
