/* workers.c - the normalizing stage of `newsev run` (see workers.h). */
#include "workers.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../consumer/consumer.h"
#include "app.h"

/* A job's buffers above this are given back after use, so one huge item
 * does not keep its memory in the ring for good. */
#define KEEP_BYTES (256u * 1024u)
#define KEEP_RECS 256u

typedef struct worker {
    nsv_workers *pool;
    pthread_t thread;
    nsv_normalizer *norm; /* this thread's; swapped only while idle */
    int started;
} worker;

struct nsv_workers {
    pthread_mutex_t lock;
    pthread_cond_t work_ready; /* a job was queued, or stop */
    pthread_cond_t job_done;   /* a job was finished */
    nsv_job *ring;
    size_t depth;
    /* monotonic counters: head = oldest job, todo = next to hand out,
     * tail = next free slot; head <= todo <= tail <= head + depth */
    unsigned long long head, todo, tail;
    int stop;
    /* Wake-ups cost a futex call and a context switch per message, so they
     * are sent only to someone waiting: workers blocked for work, and the
     * main thread blocked on the oldest job. */
    int idle_workers;
    int oldest_waited;
    worker *workers;
    int nworkers;
    nsv_limits limits;
    nsv_wire wire;
};

/* Room for one more record in the job; -1 when out of memory. */
static int job_add_record(nsv_job *j, const nsv_event *ev, const char *json, size_t len)
{
    if (j->nrecs == j->recs_cap) {
        size_t cap = j->recs_cap ? j->recs_cap * 2 : 8;
        nsv_work_record *r = realloc(j->recs, cap * sizeof *r);
        if (!r)
            return -1;
        j->recs = r;
        j->recs_cap = cap;
    }
    if (len > j->bytes_cap - j->bytes_len) {
        size_t cap = j->bytes_cap ? j->bytes_cap : 4096;
        while (cap - j->bytes_len < len)
            cap *= 2;
        char *b = realloc(j->bytes, cap);
        if (!b)
            return -1;
        j->bytes = b;
        j->bytes_cap = cap;
    }
    nsv_work_record *r = &j->recs[j->nrecs++];
    r->off = j->bytes_len;
    r->len = len;
    r->type = ev->type;
    memcpy(r->event_id, ev->event_id, sizeof r->event_id);
    memcpy(j->bytes + j->bytes_len, json, len);
    j->bytes_len += len;
    return 0;
}

static void job_dead(nsv_job *j, const char *reason, const char *message)
{
    j->dead_reason = reason;
    snprintf(j->dead_message, sizeof j->dead_message, "%s", message);
    j->nrecs = 0;
    j->bytes_len = 0;
}

/* Decode, normalize and encode one message: the whole of a worker's job. */
static void run_job(nsv_workers *w, nsv_normalizer *norm, nsv_job *j)
{
    const rd_kafka_message_t *rkm = j->rkm;
    nsv_item item;
    nsv_error err;
    const nsv_event *evs = NULL;
    size_t n = 0;
    char idbuf[512];
    memset(&item, 0, sizeof item);
    memset(&err, 0, sizeof err);
    const char *buf = rkm->payload ? (const char *)rkm->payload : "";
    nsv_code rc = nsv_decode(norm, buf, rkm->len, w->wire, &item, &err);
    if (rc == NSV_OK) {
        nsv_consumer_fill_item(rkm, &item, idbuf, sizeof idbuf);
        rc = nsv_normalize(norm, &item, &evs, &n, &err);
    }
    if (rc != NSV_OK) {
        job_dead(j, nsv_code_name(rc), err.message);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const char *json;
        size_t len;
        if (nsv_encode_event(norm, &evs[i], &item, &json, &len, &err) != NSV_OK) {
            char why[sizeof j->dead_message];
            snprintf(why, sizeof why, "event %zu: %s", i, err.message);
            job_dead(j, "encode_failed", why);
            return;
        }
        if (job_add_record(j, &evs[i], json, len) != 0) {
            job_dead(j, "encode_failed", "out of memory holding the records");
            return;
        }
    }
}

static void *worker_main(void *arg)
{
    worker *self = arg;
    nsv_workers *w = self->pool;
    pthread_mutex_lock(&w->lock);
    for (;;) {
        while (!w->stop && w->todo == w->tail) {
            w->idle_workers++;
            pthread_cond_wait(&w->work_ready, &w->lock);
            w->idle_workers--;
        }
        if (w->stop)
            break;
        nsv_job *j = &w->ring[w->todo++ % w->depth];
        nsv_normalizer *norm = self->norm;
        pthread_mutex_unlock(&w->lock);
        run_job(w, norm, j);
        pthread_mutex_lock(&w->lock);
        j->done = 1;
        if (w->oldest_waited && j == &w->ring[w->head % w->depth])
            pthread_cond_broadcast(&w->job_done);
    }
    pthread_mutex_unlock(&w->lock);
    return NULL;
}

int nsv_workers_auto(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

nsv_workers *nsv_workers_new(int threads, size_t depth, const nsv_lexicon *lex,
                             const nsv_limits *limits, nsv_wire wire, char *errstr, size_t errlen)
{
    if (threads < 1)
        threads = 1;
    if (depth < 1)
        depth = 1;
    nsv_workers *w = calloc(1, sizeof *w);
    if (!w) {
        snprintf(errstr, errlen, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->work_ready, NULL);
    pthread_cond_init(&w->job_done, NULL);
    w->depth = depth;
    w->wire = wire;
    w->limits = *limits;
    w->ring = calloc(depth, sizeof *w->ring);
    w->workers = calloc((size_t)threads, sizeof *w->workers);
    if (!w->ring || !w->workers) {
        snprintf(errstr, errlen, "out of memory");
        nsv_workers_free(w);
        return NULL;
    }
    for (int i = 0; i < threads; i++) {
        worker *k = &w->workers[i];
        k->pool = w;
        k->norm = nsv_normalizer_new(lex, &w->limits);
        w->nworkers = i + 1;
        if (!k->norm) {
            snprintf(errstr, errlen, "out of memory");
            nsv_workers_free(w);
            return NULL;
        }
        int e = pthread_create(&k->thread, NULL, worker_main, k);
        if (e) {
            snprintf(errstr, errlen, "cannot start worker thread: %s", strerror(e));
            nsv_workers_free(w);
            return NULL;
        }
        k->started = 1;
        /* shown by top -H and perf, next to librdkafka's rdk:* threads */
        char name[32];
        snprintf(name, sizeof name, "nsv-worker-%d", i);
        name[15] = '\0'; /* the kernel's limit */
        pthread_setname_np(k->thread, name);
    }
    return w;
}

void nsv_workers_free(nsv_workers *w)
{
    if (!w)
        return;
    pthread_mutex_lock(&w->lock);
    w->stop = 1;
    pthread_cond_broadcast(&w->work_ready);
    pthread_mutex_unlock(&w->lock);
    for (int i = 0; i < w->nworkers; i++) {
        if (w->workers[i].started)
            pthread_join(w->workers[i].thread, NULL);
        nsv_normalizer_free(w->workers[i].norm);
    }
    for (size_t i = 0; w->ring && i < w->depth; i++) {
        free(w->ring[i].recs);
        free(w->ring[i].bytes);
    }
    free(w->ring);
    free(w->workers);
    pthread_cond_destroy(&w->job_done);
    pthread_cond_destroy(&w->work_ready);
    pthread_mutex_destroy(&w->lock);
    free(w);
}

int nsv_workers_submit(nsv_workers *w, rd_kafka_message_t *rkm, void *ticket)
{
    pthread_mutex_lock(&w->lock);
    if (w->tail - w->head >= w->depth) {
        pthread_mutex_unlock(&w->lock);
        return -1;
    }
    nsv_job *j = &w->ring[w->tail % w->depth];
    j->rkm = rkm;
    j->ticket = ticket;
    j->dead_reason = NULL;
    j->dead_message[0] = '\0';
    j->nrecs = 0;
    j->bytes_len = 0;
    j->done = 0;
    w->tail++;
    if (w->idle_workers > 0)
        pthread_cond_signal(&w->work_ready);
    pthread_mutex_unlock(&w->lock);
    return 0;
}

nsv_job *nsv_workers_next(nsv_workers *w, int timeout_ms)
{
    struct timespec until = app_deadline_after(timeout_ms);
    nsv_job *j = NULL;
    pthread_mutex_lock(&w->lock);
    if (w->head < w->tail) {
        nsv_job *oldest = &w->ring[w->head % w->depth];
        w->oldest_waited = 1;
        while (!oldest->done && timeout_ms > 0 &&
               pthread_cond_timedwait(&w->job_done, &w->lock, &until) == 0)
            ;
        w->oldest_waited = 0;
        if (oldest->done)
            j = oldest;
    }
    pthread_mutex_unlock(&w->lock);
    return j;
}

void nsv_workers_release(nsv_workers *w)
{
    pthread_mutex_lock(&w->lock);
    if (w->head < w->tail && w->ring[w->head % w->depth].done) {
        nsv_job *j = &w->ring[w->head % w->depth];
        j->rkm = NULL;
        j->ticket = NULL;
        if (j->bytes_cap > KEEP_BYTES) {
            free(j->bytes);
            j->bytes = NULL;
            j->bytes_cap = 0;
        }
        if (j->recs_cap > KEEP_RECS) {
            free(j->recs);
            j->recs = NULL;
            j->recs_cap = 0;
        }
        w->head++;
    }
    pthread_mutex_unlock(&w->lock);
}

size_t nsv_workers_pending(nsv_workers *w)
{
    pthread_mutex_lock(&w->lock);
    size_t n = (size_t)(w->tail - w->head);
    pthread_mutex_unlock(&w->lock);
    return n;
}

int nsv_workers_full(nsv_workers *w)
{
    return nsv_workers_pending(w) >= w->depth;
}

int nsv_workers_set_lexicon(nsv_workers *w, const nsv_lexicon *lex)
{
    nsv_normalizer **fresh = calloc((size_t)w->nworkers, sizeof *fresh);
    if (!fresh)
        return -1;
    for (int i = 0; i < w->nworkers; i++) {
        fresh[i] = nsv_normalizer_new(lex, &w->limits);
        if (!fresh[i]) {
            for (int k = 0; k < i; k++)
                nsv_normalizer_free(fresh[k]);
            free(fresh);
            return -1;
        }
    }
    pthread_mutex_lock(&w->lock);
    int idle = w->head == w->tail;
    if (idle) {
        for (int i = 0; i < w->nworkers; i++) {
            nsv_normalizer *old = w->workers[i].norm;
            w->workers[i].norm = fresh[i];
            fresh[i] = old;
        }
    }
    pthread_mutex_unlock(&w->lock);
    /* the old normalizers when swapped, the unused new ones when not */
    for (int i = 0; i < w->nworkers; i++)
        nsv_normalizer_free(fresh[i]);
    free(fresh);
    return idle ? 0 : -1;
}
