/*
 * run.h - the pipeline loop shared by `newsev run`, `newsev demo` and the
 * mock-cluster tests: consume, normalize, produce, track offsets.
 */
#ifndef NSV_RUN_H
#define NSV_RUN_H

#include <stdint.h>
#include <stdio.h>

#include <librdkafka/rdkafka.h>

#include "config.h"
#include "newsev.h"

struct nsv_consumer_hooks;

#define NSV_DLQ_REASONS 16

typedef struct nsv_counts {
    uint64_t consumed;       /* messages taken from the input topics */
    uint64_t with_events;    /* items that gave at least one event */
    uint64_t without_events; /* items that gave none (counted, not dead-lettered) */
    uint64_t dead_letters;   /* items sent to the DLQ */
    uint64_t events;         /* event records produced (queued) */
    uint64_t delivered[3];   /* event records delivered, by nsv_event_type */
    uint64_t dlq_delivered;  /* dead letters delivered */
    uint64_t delivery_failed;
    uint64_t errors; /* consume errors, local produce errors, failed deliveries */
    struct {
        const char *reason; /* nsv_code_name() or "produce_failed", "encode_failed" */
        uint64_t count;
    } dlq[NSV_DLQ_REASONS];
} nsv_counts;

/* What `newsev replay` plugs into the loop (every member optional). */
typedef struct nsv_run_hooks {
    void *opaque;
    const char *group; /* consumer group for the start-up line (NULL: none) */
    /* Create the consumer instead of the subscribed group consumer. */
    rd_kafka_t *(*consumer_new)(void *opaque, const nsv_config *cfg, struct nsv_consumer_hooks *ch,
                                char *errstr, size_t errlen);
    /* Both clients are up: plan and assign.  0, or an exit status. */
    int (*start)(void *opaque, rd_kafka_t *consumer);
    /* Every message or event from the consumer, before processing: 1 = drop. */
    int (*filter)(void *opaque, const rd_kafka_message_t *rkm);
    /* A message was processed (in consumption order): its records per
     * nsv_event_type, or dead = 1 for a dead letter. */
    void (*processed)(void *opaque, const rd_kafka_message_t *rkm, const uint64_t per_type[3],
                      int dead);
    /* Messages the loop may take now.  0 with *idle_ms > 0: do not poll the
     * consumer, serve the producer for that long; 0 with *idle_ms == 0: poll
     * the consumer once (its partitions are paused). */
    size_t (*budget)(void *opaque, int64_t now_ms, int *idle_ms);
    /* Backpressure: pause or resume fetching (instead of every partition). */
    void (*pause)(void *opaque, int pause);
    /* Once per loop iteration; returns 1 when the bounded work is complete
     * (the loop then stops once everything is delivered). */
    int (*tick)(void *opaque, int64_t now_ms);
    /* Exactly-once: an aborted transaction rewound these partitions to
     * these offsets (committed, or RD_KAFKA_OFFSET_BEGINNING). */
    void (*rewound)(void *opaque, const rd_kafka_topic_partition_list_t *parts);
    /* Exactly-once: adjust the positions sent to a transaction. */
    void (*positions)(void *opaque, rd_kafka_topic_partition_list_t *pos);
    /* Dry run: records are written here as JSON lines, nothing is produced. */
    FILE *dry_run;
} nsv_run_hooks;

typedef struct nsv_run_opts {
    const nsv_config *cfg;
    /* 0: run until a signal.  N: stop (drain, commit, close) once N messages
     * were consumed and every output was delivered (demo, tests). */
    uint64_t stop_after;
    /* 0: none.  Give up (exit 1) after this long (demo, tests). */
    int64_t timeout_ms;
    /* install SIGTERM/SIGINT/SIGHUP handlers (run: 1) */
    int handle_signals;
    /* replay: NULL for the daemon */
    const nsv_run_hooks *hooks;
} nsv_run_opts;

/* Run the pipeline.  Returns the exit status: 0 after a clean stop, 1 after a
 * fatal error or a failed delivery, EXIT_CONFIG when the lexicon or the
 * clients cannot be set up.  *counts is filled in every case. */
int nsv_pipeline_run(const nsv_run_opts *opts, nsv_counts *counts);

/* Apply log.format / log.level / log.file.  0, or -1 (message printed). */
int nsv_run_setup_logging(const nsv_config *cfg);

/* systemd notification ("READY=1", "STOPPING=1"); no-op without
 * $NOTIFY_SOCKET. */
void nsv_sd_notify(const char *state);

#endif /* NSV_RUN_H */
