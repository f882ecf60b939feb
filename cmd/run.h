/*
 * run.h - the pipeline loop shared by `newsev run`, `newsev demo` and the
 * mock-cluster tests: consume, normalize, produce, track offsets.
 */
#ifndef NSV_RUN_H
#define NSV_RUN_H

#include <stdint.h>

#include "config.h"
#include "newsev.h"

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

typedef struct nsv_run_opts {
    const nsv_config *cfg;
    /* 0: run until a signal.  N: stop (drain, commit, close) once N messages
     * were consumed and every output was delivered (demo, tests). */
    uint64_t stop_after;
    /* 0: none.  Give up (exit 1) after this long (demo, tests). */
    int64_t timeout_ms;
    /* install SIGTERM/SIGINT/SIGHUP handlers (run: 1) */
    int handle_signals;
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
