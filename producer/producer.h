/*
 * producer.h - the idempotent (or transactional) producer of event records
 * and dead letters.
 *
 * Event records: topic from output.topic_template ({type}), key = event_id,
 * headers newsev.type, newsev.schema, newsev.source.topic,
 * newsev.source.partition, newsev.source.offset.
 * Dead letters: the original value, key and headers, plus newsev.error.code,
 * newsev.error.message and the newsev.source.* headers.
 *
 * Every message carries the caller's opaque (an offset-tracker ticket) back
 * to the delivery report.
 */
#ifndef NSV_PRODUCER_H
#define NSV_PRODUCER_H

#include <stddef.h>
#include <stdint.h>

#include <librdkafka/rdkafka.h>

#include "../cmd/config.h"

typedef struct nsv_producer_hooks {
    void *opaque;
    /* one delivery report; msg_opaque is what the produce call was given */
    void (*delivered)(void *opaque, const rd_kafka_message_t *rkm, void *msg_opaque);
    void (*fatal)(void *opaque, const char *reason);
} nsv_producer_hooks;

/* Idempotent producer; transactional when cfg asks for exactly-once (the
 * caller runs init_transactions). */
rd_kafka_t *nsv_producer_new(const nsv_config *cfg, nsv_producer_hooks *hooks, char *errstr,
                             size_t errlen);

/* Fetch the metadata of an output topic now.  librdkafka 2.0.2 looks up a
 * topic it has not seen only on its 1-second topic scan, so the first
 * records would wait up to a second (most of a transaction) for their
 * partitions.  0, or -1 with the reason in errstr (not fatal: producing
 * retries the lookup). */
int nsv_producer_warm(rd_kafka_t *rk, const char *topic, int timeout_ms, char *errstr,
                      size_t errlen);

/* Produce one event record; `value` is copied.  Waits (serving delivery reports) while the local
 * queue is full. Returns 0 or a librdkafka error code (the message was not queued). */
rd_kafka_resp_err_t nsv_produce_event(rd_kafka_t *rk, const char *topic, const char *event_id,
                                      const char *type, const char *value, size_t len,
                                      const rd_kafka_message_t *src, void *msg_opaque);

/* Produce the dead letter of `src` (value, key and headers copied). */
rd_kafka_resp_err_t nsv_produce_dead_letter(rd_kafka_t *rk, const char *topic,
                                            const rd_kafka_message_t *src, const char *code,
                                            const char *message, void *msg_opaque);

/* The value of a header of a delivered message (NULL when absent). */
const char *nsv_header_str(const rd_kafka_message_t *rkm, const char *name, char *buf, size_t cap);

#endif /* NSV_PRODUCER_H */
