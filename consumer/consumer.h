/*
 * consumer.h - the group consumer and the librdkafka glue shared by both
 * clients (logging through nsv_log, error classes, pass-through config).
 */
#ifndef NSV_CONSUMER_H
#define NSV_CONSUMER_H

#include <stddef.h>
#include <stdint.h>

#include <librdkafka/rdkafka.h>

#include "../cmd/config.h"
#include "newsev.h"

/* What the rebalance callback calls back into.  Must outlive the consumer. */
typedef struct nsv_consumer_hooks {
    void *opaque;
    /* Before partitions are given up: drain in-flight work (flush the
     * producer, store final offsets; exactly-once: commit or abort).
     * lost = 1 when the partitions may already belong to someone else. */
    void (*before_revoke)(void *opaque, const rd_kafka_topic_partition_list_t *parts, int lost);
    /* After the unassign: forget the partitions. */
    void (*after_revoke)(void *opaque, const rd_kafka_topic_partition_list_t *parts);
    /* After the assign (e.g. pause new partitions while backpressure holds). */
    void (*after_assign)(void *opaque, const rd_kafka_topic_partition_list_t *parts);
    /* Statistics JSON of the consumer (stats.interval.ms). */
    void (*stats)(void *opaque, const char *json, size_t len);
    /* A fatal error was raised: the caller should drain and exit non-zero. */
    void (*fatal)(void *opaque, const char *reason);
} nsv_consumer_hooks;

/* Set one property or fill errstr.  Returns 0 or -1. */
int nsv_rdk_set(rd_kafka_conf_t *conf, const char *key, const char *value, char *errstr,
                size_t errlen);
/* Apply a pass-through list; errors name the origin. */
int nsv_rdk_apply(rd_kafka_conf_t *conf, const nsv_ptlist *l, const char *prefix, char *errstr,
                  size_t errlen);
/* Route librdkafka's log through nsv_log (component=rdkafka fac=...):
 * sets log_cb and log.queue; call nsv_rdk_log_forward() right after
 * rd_kafka_new() so the lines are served by our poll calls. */
int nsv_rdk_log_setup(rd_kafka_conf_t *conf, char *errstr, size_t errlen);
void nsv_rdk_log_forward(rd_kafka_t *rk);

/* The daemon's consumer: auto offset store off, auto commit on
 * (at-least-once) or off (exactly-once), rebalance callback with drain,
 * subscribed to cfg->topics. */
rd_kafka_t *nsv_consumer_new(const nsv_config *cfg, nsv_consumer_hooks *hooks, char *errstr,
                             size_t errlen);

/* The replay's consumer: the same settings and callbacks, but not
 * subscribed (the caller assigns partitions with rd_kafka_assign), with
 * partition-EOF events, and in `group` (NULL or "": no group, no commits). */
rd_kafka_t *nsv_consumer_new_assign(const nsv_config *cfg, const char *group,
                                    nsv_consumer_hooks *hooks, char *errstr, size_t errlen);

/* Item id fallback: the JSON id when present (item->id set), else the
 * message key when it is printable UTF-8, else "topic/partition/offset"
 * written to buf.  Also fills the Kafka coordinates of the item. */
void nsv_consumer_fill_item(const rd_kafka_message_t *rkm, nsv_item *item, char *buf, size_t cap);

/* Pause or resume every assigned partition. */
void nsv_consumer_pause_all(rd_kafka_t *rk, int pause);

#endif /* NSV_CONSUMER_H */
