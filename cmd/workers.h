/*
 * workers.h - the normalizing stage of `newsev run`.
 *
 * Input messages wait in a bounded ring in the order they were consumed.
 * Worker threads take them in that order and decode, normalize and encode
 * them, each with its own nsv_normalizer over the shared, read-only lexicon.
 * The main thread takes the results back strictly in ring order, so records
 * keep their input order per partition, and every Kafka call and all offset
 * bookkeeping stay on the main thread.  Workers call only the library.
 */
#ifndef NSV_WORKERS_H
#define NSV_WORKERS_H

#include <stddef.h>

#include <librdkafka/rdkafka.h>

#include "newsev.h"

typedef struct nsv_work_record {
    size_t off, len; /* the encoded record: bytes[off .. off+len) of its job */
    nsv_event_type type;
    char event_id[37];
} nsv_work_record;

/* One input message and, once done, what became of it. */
typedef struct nsv_job {
    rd_kafka_message_t *rkm; /* borrowed from the caller, which destroys it after release */
    void *ticket;            /* the caller's, untouched */
    /* results (read after nsv_workers_next returned the job) */
    const char *dead_reason; /* NULL, or why the input is a dead letter (static string) */
    char dead_message[NSV_ERROR_MSG_SIZE + 40];
    nsv_work_record *recs; /* owned by the ring, reused */
    size_t nrecs, recs_cap;
    char *bytes; /* owned by the ring, reused */
    size_t bytes_len, bytes_cap;
    int done; /* guarded by the ring's lock */
} nsv_job;

typedef struct nsv_workers nsv_workers;

/* Start `threads` workers (at least 1) over a ring of `depth` jobs.  The
 * lexicon must outlive the workers (or be swapped with set_lexicon).
 * NULL on failure, with a reason in errstr. */
nsv_workers *nsv_workers_new(int threads, size_t depth, const nsv_lexicon *lex,
                             const nsv_limits *limits, nsv_wire wire, char *errstr, size_t errlen);
/* Stop and join the workers; jobs still in the ring are dropped (their
 * messages stay the caller's). */
void nsv_workers_free(nsv_workers *w);

/* Queue a message.  -1 when the ring is full (take results first). */
int nsv_workers_submit(nsv_workers *w, rd_kafka_message_t *rkm, void *ticket);
/* The oldest job when it is done, waiting up to timeout_ms for it; NULL
 * when the ring is empty or the oldest job is not done in time.  The job
 * stays in the ring until nsv_workers_release(). */
nsv_job *nsv_workers_next(nsv_workers *w, int timeout_ms);
/* Free the oldest job's slot (the one nsv_workers_next returned). */
void nsv_workers_release(nsv_workers *w);
/* Jobs in the ring, done or not. */
size_t nsv_workers_pending(nsv_workers *w);
int nsv_workers_full(nsv_workers *w);

/* Normalize with a new lexicon from now on.  Only while the ring is empty
 * (every worker idle); 0, or -1 (out of memory: the old one stays). */
int nsv_workers_set_lexicon(nsv_workers *w, const nsv_lexicon *lex);

/* The number of workers `workers = 0` (auto) stands for: the online CPUs. */
int nsv_workers_auto(void);

#endif /* NSV_WORKERS_H */
