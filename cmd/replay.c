/*
 * replay.c - `newsev replay`: bounded backfill through the daemon's loop.
 *
 * The end offset of every selected partition is captured at start (one
 * batched offsets_for_times with END, query_watermark_offsets under our own
 * deadline as the fallback); the start offsets come from --from (earliest,
 * latest, an offset or a time through offsets_for_times) and --until cuts the
 * ends.  The partitions are assigned explicitly (no group membership, no
 * rebalances) under the replay's own group, never the daemon's, which only
 * records the replay's progress.  Each message then goes through the same
 * pipeline as `newsev run` (cmd/run.c: decode, normalize, produce, dead
 * letters, at-least-once or exactly-once) with the hooks below:
 *
 *   filter     drops what was prefetched at or beyond end, marks partitions
 *              done (also on partition EOF), takes rate-limit tokens
 *   budget     the token bucket of --rate: short waits idle on the producer,
 *              long ones pause the partitions while the consumer is polled
 *   tick       position checks (rd_kafka_position >= end is done), progress
 *   processed  per-partition counts for the summary
 *
 * A partition that is done is paused; the loop ends when every partition is
 * done and every record is delivered, then the stored offsets are committed,
 * and a summary per partition is logged.  Exit 0 at the captured end,
 * EXIT_REPLAY_STOPPED when a signal stopped it first.
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>

#include "../consumer/consumer.h"
#include "app.h"
#include "commands.h"
#include "config.h"
#include "nsv_log.h"
#include "replay.h"
#include "run.h"

#define EXIT_REPLAY_STOPPED 75 /* EX_TEMPFAIL: stopped before the end, run it again */

#define QUERY_TIMEOUT_MS 10000
#define QUERY_TRIES 4
#define POSITION_CHECK_MS 250
#define BAR_MS 250
#define RATE_PAUSE_MS 100 /* longer rate-limit waits pause the partitions */

enum { PROGRESS_AUTO, PROGRESS_BAR, PROGRESS_LOG, PROGRESS_OFF };

typedef struct replay {
    nsv_config *cfg;
    const char *group; /* NULL: no group */
    char group_buf[128];
    nsv_from from;
    int has_until;
    int64_t until_ms;
    int32_t *parts; /* --partitions, NULL: all */
    size_t n_parts;
    int dry_run, resume;
    double rate;
    int progress;
    int64_t progress_interval_ms;

    rd_kafka_t *rk;
    nsv_rplan plan;
    nsv_tbucket tb;
    int rate_paused, bp_paused;
    int bar;
    int64_t t0, last_pos_check, last_log, last_bar;
    uint64_t win_done; /* progress rate window */
    int64_t win_ms;
    double msgs_per_s;
} replay;

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* ------------------------------------------------------------------ */
/* Offsets at start                                                     */

/* query_watermark_offsets with a deadline of our own: 2.0.2 does not always
 * enforce its timeout once the request is sent (notes §4.7). */
typedef struct wm_query {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int done, abandoned;
    rd_kafka_t *rk;
    char *topic;
    int32_t partition;
    int64_t lo, hi;
    rd_kafka_resp_err_t err;
} wm_query;

static void wm_free(wm_query *q)
{
    pthread_mutex_destroy(&q->mu);
    pthread_cond_destroy(&q->cv);
    free(q->topic);
    free(q);
}

static void *wm_thread(void *arg)
{
    wm_query *q = arg;
    int64_t lo = -1, hi = -1;
    rd_kafka_resp_err_t err =
        rd_kafka_query_watermark_offsets(q->rk, q->topic, q->partition, &lo, &hi, QUERY_TIMEOUT_MS);
    pthread_mutex_lock(&q->mu);
    q->lo = lo;
    q->hi = hi;
    q->err = err;
    q->done = 1;
    int abandoned = q->abandoned;
    pthread_cond_signal(&q->cv);
    pthread_mutex_unlock(&q->mu);
    if (abandoned)
        wm_free(q);
    return NULL;
}

static rd_kafka_resp_err_t watermarks_deadline(rd_kafka_t *rk, const char *topic, int32_t partition,
                                               int64_t *lo, int64_t *hi, int deadline_ms)
{
    wm_query *q = calloc(1, sizeof *q);
    if (!q)
        return RD_KAFKA_RESP_ERR__FAIL;
    pthread_mutex_init(&q->mu, NULL);
    pthread_cond_init(&q->cv, NULL);
    q->rk = rk;
    q->topic = strdup(topic);
    q->partition = partition;
    pthread_t th;
    if (!q->topic || pthread_create(&th, NULL, wm_thread, q) != 0) {
        wm_free(q);
        return RD_KAFKA_RESP_ERR__FAIL;
    }
    pthread_detach(th);
    struct timespec until = app_deadline_after(deadline_ms);
    pthread_mutex_lock(&q->mu);
    while (!q->done)
        if (pthread_cond_timedwait(&q->cv, &q->mu, &until) == ETIMEDOUT)
            break;
    if (!q->done) {
        q->abandoned = 1; /* the thread frees it when the call returns */
        pthread_mutex_unlock(&q->mu);
        return RD_KAFKA_RESP_ERR__TIMED_OUT;
    }
    rd_kafka_resp_err_t err = q->err;
    *lo = q->lo;
    *hi = q->hi;
    pthread_mutex_unlock(&q->mu);
    wm_free(q);
    return err;
}

static rd_kafka_topic_partition_list_t *plan_list(const nsv_rplan *pl, int64_t offset)
{
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new((int)pl->n);
    for (size_t i = 0; i < pl->n; i++)
        rd_kafka_topic_partition_list_add(l, pl->v[i].topic, pl->v[i].partition)->offset = offset;
    return l;
}

static const char *ts_name(int64_t ts)
{
    return ts == RD_KAFKA_OFFSET_END         ? "end"
           : ts == RD_KAFKA_OFFSET_BEGINNING ? "beginning"
                                             : "time";
}

/* out[i] = the offset for ts (a time in ms, or END / BEGINNING) of every
 * partition of the plan, in one batched offsets_for_times, retried after a
 * metadata refresh (2.0.2 does not refresh leaders itself, notes §4.7).
 * END and BEGINNING fall back to query_watermark_offsets.  0 or -1. */
static int list_offsets(replay *r, int64_t ts, int64_t *out)
{
    rd_kafka_topic_partition_list_t *l = NULL;
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
    int ok = 0;
    for (int attempt = 0; attempt < QUERY_TRIES && !ok; attempt++) {
        if (attempt) {
            const struct rd_kafka_metadata *md = NULL;
            sleep_ms(500 * attempt);
            if (rd_kafka_metadata(r->rk, 1, NULL, &md, 5000) == RD_KAFKA_RESP_ERR_NO_ERROR)
                rd_kafka_metadata_destroy(md);
        }
        if (l)
            rd_kafka_topic_partition_list_destroy(l);
        l = plan_list(&r->plan, ts);
        err = rd_kafka_offsets_for_times(r->rk, l, QUERY_TIMEOUT_MS);
        ok = !err;
        for (int i = 0; ok && i < l->cnt; i++)
            if (l->elems[i].err) {
                err = l->elems[i].err;
                ok = 0;
            }
        if (!ok)
            NSV_LOG(NSV_LOG_WARN, "replay", "offset lookup failed, retrying",
                    NSV_KV("what", ts_name(ts)), NSV_KV("attempt", attempt + 1),
                    NSV_KV("err", rd_kafka_err2name(err)));
    }
    int rc = 0;
    for (int i = 0; i < l->cnt; i++) {
        rd_kafka_topic_partition_t *e = &l->elems[i];
        if (ok) {
            out[i] = e->offset;
            continue;
        }
        if (ts != RD_KAFKA_OFFSET_END && ts != RD_KAFKA_OFFSET_BEGINNING) {
            NSV_LOG(NSV_LOG_ERROR, "replay", "cannot look up the offset of a time",
                    NSV_KV("topic", e->topic), NSV_KV("partition", e->partition),
                    NSV_KV("err", rd_kafka_err2name(e->err ? e->err : err)));
            rc = -1;
            continue;
        }
        int64_t lo = -1, hi = -1;
        rd_kafka_resp_err_t werr =
            watermarks_deadline(r->rk, e->topic, e->partition, &lo, &hi, QUERY_TIMEOUT_MS + 5000);
        if (werr) {
            NSV_LOG(NSV_LOG_ERROR, "replay", "cannot read the watermarks",
                    NSV_KV("topic", e->topic), NSV_KV("partition", e->partition),
                    NSV_KV("err", rd_kafka_err2name(werr)));
            rc = -1;
            continue;
        }
        out[i] = ts == RD_KAFKA_OFFSET_END ? hi : lo;
    }
    rd_kafka_topic_partition_list_destroy(l);
    return rc;
}

static int selected(const replay *r, int32_t partition)
{
    if (!r->parts)
        return 1;
    for (size_t i = 0; i < r->n_parts; i++)
        if (r->parts[i] == partition)
            return 1;
    return 0;
}

static int cmp_i32(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

/* The partitions of the selected topics. */
static int plan_partitions(replay *r)
{
    const struct rd_kafka_metadata *md = NULL;
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR_NO_ERROR;
    for (int attempt = 0; attempt < QUERY_TRIES; attempt++) {
        if (attempt)
            sleep_ms(500 * attempt);
        err = rd_kafka_metadata(r->rk, 1, NULL, &md, QUERY_TIMEOUT_MS);
        if (!err)
            break;
    }
    if (err) {
        NSV_LOG(NSV_LOG_ERROR, "replay", "cannot read the cluster metadata",
                NSV_KV("err", rd_kafka_err2name(err)));
        return 1;
    }
    int rc = 0;
    for (size_t t = 0; t < r->cfg->n_topics && !rc; t++) {
        const char *name = r->cfg->topics[t];
        const struct rd_kafka_metadata_topic *mt = NULL;
        for (int i = 0; i < md->topic_cnt; i++)
            if (!strcmp(md->topics[i].topic, name))
                mt = &md->topics[i];
        if (!mt || mt->err || mt->partition_cnt == 0) {
            NSV_LOG(NSV_LOG_ERROR, "replay", "input topic not found", NSV_KV("topic", name),
                    NSV_KV("err", mt && mt->err ? rd_kafka_err2name(mt->err) : "unknown topic"));
            rc = EXIT_CONFIG;
            break;
        }
        int32_t *ids = malloc((size_t)mt->partition_cnt * sizeof *ids);
        if (!ids) {
            rc = 1;
            break;
        }
        for (int i = 0; i < mt->partition_cnt; i++)
            ids[i] = mt->partitions[i].id;
        qsort(ids, (size_t)mt->partition_cnt, sizeof *ids, cmp_i32);
        for (size_t k = 0; k < r->n_parts; k++) {
            if (!bsearch(&r->parts[k], ids, (size_t)mt->partition_cnt, sizeof *ids, cmp_i32)) {
                NSV_LOG(NSV_LOG_ERROR, "replay", "no such partition", NSV_KV("topic", name),
                        NSV_KV("partition", r->parts[k]), NSV_KV("partitions", mt->partition_cnt));
                rc = EXIT_CONFIG;
            }
        }
        for (int i = 0; i < mt->partition_cnt && !rc; i++)
            if (selected(r, ids[i]) && !nsv_rplan_add(&r->plan, name, ids[i]))
                rc = 1;
        free(ids);
    }
    rd_kafka_metadata_destroy(md);
    return rc;
}

static void apply_pause(replay *r);

static int rp_start(void *opaque, rd_kafka_t *rk)
{
    replay *r = opaque;
    r->rk = rk;
    r->t0 = mono_ms();
    int rc = plan_partitions(r);
    if (rc)
        return rc;
    size_t n = r->plan.n;
    int64_t *low = calloc(n, sizeof *low), *high = calloc(n, sizeof *high);
    int64_t *until = calloc(n, sizeof *until), *at = calloc(n, sizeof *at);
    if (!low || !high || !until || !at) {
        rc = 1;
        goto out;
    }
    /* the ends first: they define the run */
    if (list_offsets(r, RD_KAFKA_OFFSET_END, high) ||
        list_offsets(r, RD_KAFKA_OFFSET_BEGINNING, low) ||
        (r->has_until && list_offsets(r, r->until_ms, until)) ||
        (r->from.kind == NSV_FROM_TIME && list_offsets(r, r->from.value, at))) {
        rc = 1;
        goto out;
    }
    rd_kafka_topic_partition_list_t *committed = NULL;
    if (r->resume && r->group) {
        committed = plan_list(&r->plan, RD_KAFKA_OFFSET_INVALID);
        rd_kafka_resp_err_t err = rd_kafka_committed(rk, committed, QUERY_TIMEOUT_MS);
        if (err) {
            NSV_LOG(NSV_LOG_ERROR, "replay", "cannot read the replay group's committed offsets",
                    NSV_KV("group", r->group), NSV_KV("err", rd_kafka_err2name(err)));
            rd_kafka_topic_partition_list_destroy(committed);
            rc = 1;
            goto out;
        }
    }
    int64_t now = mono_ms() - r->t0;
    for (size_t i = 0; i < n; i++) {
        nsv_rpart *p = &r->plan.v[i];
        p->low = low[i];
        p->high = high[i];
        int64_t end = nsv_replay_end(high[i], r->has_until, until[i]);
        int64_t start = nsv_replay_start(&r->from, low[i], end, at[i]);
        int64_t c = committed ? committed->elems[i].offset : -1;
        if (c >= 0)
            start = c < low[i] ? low[i] : c > end ? end : c;
        nsv_rplan_set_range(&r->plan, p, start, end, now);
        NSV_LOG(NSV_LOG_INFO, "replay", "range", NSV_KV("topic", p->topic),
                NSV_KV("partition", p->partition), NSV_KV("low", p->low), NSV_KV("high", p->high),
                NSV_KV("start", p->start), NSV_KV("end", p->end),
                NSV_KV("resumed", c >= 0 ? "true" : "false"));
    }
    if (committed)
        rd_kafka_topic_partition_list_destroy(committed);

    /* Seed the replay group with the start offsets: a rewind after an
     * aborted transaction, or a --resume, starts from there. */
    if (r->group) {
        rd_kafka_topic_partition_list_t *l = plan_list(&r->plan, 0);
        for (int i = 0; i < l->cnt; i++)
            l->elems[i].offset = r->plan.v[i].start;
        rd_kafka_resp_err_t err = rd_kafka_commit(rk, l, 0);
        if (err && err != RD_KAFKA_RESP_ERR__NO_OFFSET)
            NSV_LOG(NSV_LOG_WARN, "replay", "cannot commit the start offsets for the replay group",
                    NSV_KV("group", r->group), NSV_KV("err", rd_kafka_err2name(err)));
        rd_kafka_topic_partition_list_destroy(l);
    }

    rd_kafka_topic_partition_list_t *assign = rd_kafka_topic_partition_list_new((int)n);
    for (size_t i = 0; i < n; i++) {
        nsv_rpart *p = &r->plan.v[i];
        if (p->done)
            continue;
        p->assigned = 1;
        rd_kafka_topic_partition_list_add(assign, p->topic, p->partition)->offset = p->start;
        NSV_LOG(NSV_LOG_INFO, "consumer", "partition assigned", NSV_KV("topic", p->topic),
                NSV_KV("partition", p->partition), NSV_KV("offset", p->start));
    }
    if (assign->cnt > 0) {
        rd_kafka_resp_err_t err = rd_kafka_assign(rk, assign);
        if (err) {
            NSV_LOG(NSV_LOG_ERROR, "consumer", "assign failed",
                    NSV_KV("err", rd_kafka_err2name(err)));
            rc = 1;
        }
    }
    rd_kafka_topic_partition_list_destroy(assign);
    uint64_t done_msgs, total;
    nsv_rplan_progress(&r->plan, NULL, &done_msgs, &total);
    NSV_LOG(NSV_LOG_INFO, "replay", "started", NSV_KV("group", r->group ? r->group : ""),
            NSV_KV("partitions", (unsigned long long)n),
            NSV_KV("partitions_to_read", (unsigned long long)(n - r->plan.n_done)),
            NSV_KV("messages", (unsigned long long)total), NSV_KVB("dry_run", r->dry_run),
            NSV_KV("rate", r->rate));
    r->last_log = r->last_bar = r->win_ms = mono_ms();
    nsv_tbucket_init(&r->tb, r->rate, 0, mono_ms());
out:
    free(low);
    free(high);
    free(until);
    free(at);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Hooks                                                                */

static rd_kafka_t *rp_consumer_new(void *opaque, const nsv_config *cfg, nsv_consumer_hooks *ch,
                                   char *errstr, size_t errlen)
{
    replay *r = opaque;
    return nsv_consumer_new_assign(cfg, r->group, ch, errstr, errlen);
}

/* Pause what is done or held back, resume the rest. */
static void apply_pause(replay *r)
{
    rd_kafka_topic_partition_list_t *stop = rd_kafka_topic_partition_list_new(4);
    rd_kafka_topic_partition_list_t *go = rd_kafka_topic_partition_list_new(4);
    for (size_t i = 0; i < r->plan.n; i++) {
        nsv_rpart *p = &r->plan.v[i];
        if (!p->assigned)
            continue;
        int want = p->done || r->rate_paused || r->bp_paused;
        if (want == p->paused)
            continue;
        p->paused = want;
        rd_kafka_topic_partition_list_add(want ? stop : go, p->topic, p->partition);
    }
    if (stop->cnt)
        rd_kafka_pause_partitions(r->rk, stop);
    if (go->cnt)
        rd_kafka_resume_partitions(r->rk, go);
    rd_kafka_topic_partition_list_destroy(stop);
    rd_kafka_topic_partition_list_destroy(go);
}

static void on_done(replay *r, nsv_rpart *p)
{
    NSV_LOG(NSV_LOG_INFO, "replay", "partition done", NSV_KV("topic", p->topic),
            NSV_KV("partition", p->partition), NSV_KV("end", p->end), NSV_KV("items", p->items),
            NSV_KV("ms", p->done_ms));
    apply_pause(r);
}

static nsv_rpart *find_part(replay *r, const rd_kafka_message_t *rkm)
{
    if (!rkm->rkt)
        return NULL;
    return nsv_rplan_find(&r->plan, rd_kafka_topic_name(rkm->rkt), rkm->partition);
}

static int rp_filter(void *opaque, const rd_kafka_message_t *rkm)
{
    replay *r = opaque;
    int64_t now = mono_ms() - r->t0;
    nsv_rpart *p = find_part(r, rkm);
    if (rkm->err) {
        if (rkm->err != RD_KAFKA_RESP_ERR__PARTITION_EOF)
            return 0; /* the pipeline counts and logs it */
        if (p && nsv_rplan_position(&r->plan, p, rkm->offset, now))
            on_done(r, p);
        return 1;
    }
    if (!p)
        return 0;
    int now_done = 0;
    nsv_rmsg what = nsv_rplan_message(&r->plan, p, rkm->offset, now, &now_done);
    if (what == NSV_RMSG_PROCESS)
        nsv_tbucket_take(&r->tb, 1);
    if (now_done && what == NSV_RMSG_PROCESS)
        p->done_log_at = rkm->offset + 1; /* once this message is processed */
    else if (now_done)
        on_done(r, p);
    return what == NSV_RMSG_SKIP;
}

static void rp_processed(void *opaque, const rd_kafka_message_t *rkm, const uint64_t per_type[3],
                         int dead)
{
    replay *r = opaque;
    nsv_rpart *p = find_part(r, rkm);
    if (!p)
        return;
    p->items++;
    if (dead)
        p->dead_letters++;
    for (int i = 0; i < 3; i++)
        p->events[i] += per_type[i];
    if (p->done_log_at && rkm->offset + 1 >= p->done_log_at) {
        p->done_log_at = 0;
        on_done(r, p);
    }
}

static size_t rp_budget(void *opaque, int64_t now, int *idle_ms)
{
    replay *r = opaque;
    *idle_ms = 0;
    if (r->rate <= 0)
        return SIZE_MAX;
    size_t n = nsv_tbucket_available(&r->tb, now);
    if (n > 0) {
        if (r->rate_paused) {
            r->rate_paused = 0;
            apply_pause(r);
        }
        return n;
    }
    int64_t wait = nsv_tbucket_wait_ms(&r->tb);
    if (wait > RATE_PAUSE_MS) {
        /* a long wait: stop fetching, keep polling the consumer */
        if (!r->rate_paused) {
            r->rate_paused = 1;
            apply_pause(r);
        }
        return 0;
    }
    if (r->rate_paused)
        return 0;
    *idle_ms = wait > 0 ? (int)wait : 1;
    return 0;
}

static void rp_pause(void *opaque, int pause)
{
    replay *r = opaque;
    r->bp_paused = pause;
    apply_pause(r);
}

static void rp_positions(void *opaque, rd_kafka_topic_partition_list_t *pos)
{
    /* never past the captured end (skipped prefetched messages move it) */
    replay *r = opaque;
    for (int i = 0; i < pos->cnt; i++) {
        nsv_rpart *p = nsv_rplan_find(&r->plan, pos->elems[i].topic, pos->elems[i].partition);
        if (p && pos->elems[i].offset > p->end)
            pos->elems[i].offset = p->end;
    }
}

/* Exactly-once abort: what was done since the last commit is to be done
 * again.  (The per-partition counts keep the items processed twice.) */
static void rp_rewound(void *opaque, const rd_kafka_topic_partition_list_t *parts)
{
    replay *r = opaque;
    for (int i = 0; i < parts->cnt; i++) {
        nsv_rpart *p = nsv_rplan_find(&r->plan, parts->elems[i].topic, parts->elems[i].partition);
        if (!p || !p->assigned)
            continue;
        int64_t at = parts->elems[i].offset >= 0 ? parts->elems[i].offset : p->start;
        nsv_rplan_reopen(&r->plan, p, at);
    }
    apply_pause(r);
}

static void check_positions(replay *r, int64_t now)
{
    rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(4);
    for (size_t i = 0; i < r->plan.n; i++)
        if (r->plan.v[i].assigned && !r->plan.v[i].done)
            rd_kafka_topic_partition_list_add(l, r->plan.v[i].topic, r->plan.v[i].partition);
    if (l->cnt && rd_kafka_position(r->rk, l) == RD_KAFKA_RESP_ERR_NO_ERROR) {
        for (int i = 0; i < l->cnt; i++) {
            nsv_rpart *p = nsv_rplan_find(&r->plan, l->elems[i].topic, l->elems[i].partition);
            if (p && !l->elems[i].err && nsv_rplan_position(&r->plan, p, l->elems[i].offset, now))
                on_done(r, p);
        }
    }
    rd_kafka_topic_partition_list_destroy(l);
}

/* msgs/s over the last window, and the ETA */
static void progress_rate(replay *r, int64_t now, uint64_t done_msgs)
{
    if (now - r->win_ms >= 1000) {
        double inst = (double)(done_msgs - r->win_done) * 1000.0 / (double)(now - r->win_ms);
        r->msgs_per_s = r->msgs_per_s > 0 ? 0.5 * r->msgs_per_s + 0.5 * inst : inst;
        r->win_done = done_msgs;
        r->win_ms = now;
    }
}

static void group_thousands(uint64_t v, char *out, size_t cap)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
    size_t o = 0;
    for (int i = 0; i < n && o + 1 < cap; i++) {
        if (i > 0 && (n - i) % 3 == 0 && o + 2 < cap)
            out[o++] = ',';
        out[o++] = tmp[i];
    }
    out[o] = '\0';
}

static void draw_bar(replay *r, uint64_t done_msgs, uint64_t total)
{
    char line[400], a[32], b[32], eta[32];
    double frac = total ? (double)done_msgs / (double)total : 1.0;
    int width = 30, fill = (int)(frac * width);
    char bar[64];
    for (int i = 0; i < width; i++)
        bar[i] = i < fill ? '#' : '.';
    bar[width] = '\0';
    group_thousands(done_msgs, a, sizeof a);
    group_thousands(total, b, sizeof b);
    nsv_format_eta(r->msgs_per_s > 0 ? (double)(total - done_msgs) / r->msgs_per_s : -1, eta,
                   sizeof eta);
    int o = snprintf(line, sizeof line, "replay [%s] %5.1f%%  %s/%s msgs  %.0f msg/s  ETA %s", bar,
                     frac * 100, a, b, r->msgs_per_s, eta);
    if (r->cfg->n_topics > 1) {
        for (size_t t = 0; t < r->cfg->n_topics && o > 0 && (size_t)o < sizeof line; t++) {
            uint64_t d, tot;
            nsv_rplan_progress(&r->plan, r->cfg->topics[t], &d, &tot);
            o += snprintf(line + o, sizeof line - (size_t)o, "  %s %.0f%%", r->cfg->topics[t],
                          tot ? 100.0 * (double)d / (double)tot : 100.0);
        }
    }
    nsv_log_status(line);
}

static void log_progress(replay *r, uint64_t done_msgs, uint64_t total)
{
    nsv_kv kv[40];
    char keys[32][300];
    char eta[32];
    size_t n = 0;
    nsv_format_eta(r->msgs_per_s > 0 ? (double)(total - done_msgs) / r->msgs_per_s : -1, eta,
                   sizeof eta);
    kv[n++] =
        NSV_KV("percent", total ? floor(1000.0 * (double)done_msgs / (double)total) / 10 : 100.0);
    for (size_t t = 0; t < r->cfg->n_topics && t < 32; t++) {
        uint64_t d, tot;
        nsv_rplan_progress(&r->plan, r->cfg->topics[t], &d, &tot);
        snprintf(keys[t], sizeof keys[t], "percent.%s", r->cfg->topics[t]);
        kv[n++] = NSV_KV(keys[t], tot ? floor(1000.0 * (double)d / (double)tot) / 10 : 100.0);
    }
    kv[n++] = NSV_KV("done", (unsigned long long)done_msgs);
    kv[n++] = NSV_KV("total", (unsigned long long)total);
    kv[n++] = NSV_KV("msgs_per_s", floor(r->msgs_per_s * 10) / 10);
    kv[n++] = NSV_KV("eta", eta);
    kv[n++] = NSV_KV("partitions_done", (unsigned long long)r->plan.n_done);
    kv[n++] = NSV_KV("partitions", (unsigned long long)r->plan.n);
    nsv_log_emit(NSV_LOG_INFO, "replay", "progress", kv, n);
}

static int rp_tick(void *opaque, int64_t now)
{
    replay *r = opaque;
    if (now - r->last_pos_check >= POSITION_CHECK_MS) {
        r->last_pos_check = now;
        check_positions(r, now - r->t0);
    }
    if (r->progress != PROGRESS_OFF) {
        uint64_t d, tot;
        nsv_rplan_progress(&r->plan, NULL, &d, &tot);
        progress_rate(r, now, d);
        if (r->bar && now - r->last_bar >= BAR_MS) {
            r->last_bar = now;
            draw_bar(r, d, tot);
        } else if (!r->bar && now - r->last_log >= r->progress_interval_ms &&
                   NSV_LOG_ON(NSV_LOG_INFO)) {
            r->last_log = now;
            log_progress(r, d, tot);
        }
    }
    return r->plan.n_done == r->plan.n;
}

/* ------------------------------------------------------------------ */
/* Summary                                                              */

static void log_summary(replay *r, int complete, int64_t ms)
{
    uint64_t items = 0, dead = 0, ev[3] = {0, 0, 0};
    for (size_t i = 0; i < r->plan.n; i++) {
        nsv_rpart *p = &r->plan.v[i];
        items += p->items;
        dead += p->dead_letters;
        for (int k = 0; k < 3; k++)
            ev[k] += p->events[k];
        NSV_LOG(NSV_LOG_INFO, "replay", "partition summary", NSV_KV("topic", p->topic),
                NSV_KV("partition", p->partition), NSV_KV("start", p->start), NSV_KV("end", p->end),
                NSV_KV("items", p->items), NSV_KV("events.meeting", p->events[NSV_EV_MEETING]),
                NSV_KV("events.statement", p->events[NSV_EV_STATEMENT]),
                NSV_KV("events.signing", p->events[NSV_EV_SIGNING]),
                NSV_KV("dead_letters", p->dead_letters), NSV_KV("skipped", p->skipped),
                NSV_KVB("done", p->done), NSV_KV("duration_ms", p->done ? p->done_ms : ms));
    }
    NSV_LOG(complete ? NSV_LOG_INFO : NSV_LOG_WARN, "replay",
            complete ? "replay complete" : "replay stopped before the end",
            NSV_KV("partitions", (unsigned long long)r->plan.n),
            NSV_KV("partitions_done", (unsigned long long)r->plan.n_done), NSV_KV("items", items),
            NSV_KV("events.meeting", ev[NSV_EV_MEETING]),
            NSV_KV("events.statement", ev[NSV_EV_STATEMENT]),
            NSV_KV("events.signing", ev[NSV_EV_SIGNING]), NSV_KV("dead_letters", dead),
            NSV_KV("duration_ms", ms),
            NSV_KV("msgs_per_s", ms > 0 ? floor((double)items * 10000.0 / (double)ms) / 10 : 0.0),
            NSV_KV("group", r->group ? r->group : ""));
}

/* ------------------------------------------------------------------ */
/* Command line                                                         */

static void usage(FILE *out)
{
    fprintf(
        out,
        "usage: newsev replay [replay options] [--config FILE] [--set key=value]... [flags]\n"
        "\n"
        "Bounded backfill: read the input topics from a start position up to the end\n"
        "offsets captured at start, through the same pipeline as `newsev run`, then exit 0\n"
        "with a summary per partition.  New messages arriving meanwhile are not waited for.\n"
        "Topics are input.topics (--topics LIST); the daemon's group is never used.\n"
        "\n"
        "Replay options:\n"
        "  --from POS             earliest (default), latest, an offset, or an ISO-8601 time\n"
        "                         (2024-05-01, 2024-05-01T12:00:00Z, ...+02:00; no zone = UTC)\n"
        "  --until TIME           stop before the first message at or after TIME\n"
        "  --partitions LIST      only these partitions of every topic (0,2,5-7)\n"
        "  --output-template T    output topics, e.g. 'news.events.{type}.backfill'\n"
        "                         (default: output.topic_template)\n"
        "  --dry-run              write the records to stdout as JSON lines; produce and\n"
        "                         commit nothing\n"
        "  --rate N               at most N messages per second\n"
        "  --group NAME           the replay's consumer group (default newsev-replay-<time>);\n"
        "                         it records the replay's progress; never the daemon's\n"
        "  --no-group             no group at all: nothing is committed\n"
        "  --resume               start from the replay group's committed offsets where\n"
        "                         it has them (a stopped replay, run again with --group)\n"
        "  --progress MODE        auto (bar on a terminal, else log lines), bar, log, off\n"
        "  --progress-interval S  seconds between progress log lines (default 5)\n"
        "\n"
        "Exit status: 0 at the captured end, %d when stopped by a signal before it, 1 on a\n"
        "fatal error, 2 usage, 78 bad configuration.\n\n",
        EXIT_REPLAY_STOPPED);
}

static int parse_partitions(replay *r, const char *s)
{
    const char *p = s;
    while (*p) {
        char *end;
        long a = strtol(p, &end, 10), b;
        if (end == p || a < 0 || a > INT32_MAX)
            return -1;
        b = a;
        p = end;
        if (*p == '-') {
            p++;
            b = strtol(p, &end, 10);
            if (end == p || b < a || b > INT32_MAX || b - a > 100000)
                return -1;
            p = end;
        }
        for (long v = a; v <= b; v++) {
            int32_t *np = realloc(r->parts, (r->n_parts + 1) * sizeof *np);
            if (!np)
                return -1;
            r->parts = np;
            r->parts[r->n_parts++] = (int32_t)v;
        }
        if (*p == ',')
            p++;
        else if (*p)
            return -1;
    }
    return r->n_parts ? 0 : -1;
}

int cmd_replay(int argc, char **argv)
{
    replay r;
    memset(&r, 0, sizeof r);
    r.from.kind = NSV_FROM_EARLIEST;
    r.progress = PROGRESS_AUTO;
    r.progress_interval_ms = 5000;
    const char *group = NULL, *tmpl = NULL;
    int no_group = 0;

    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage(stdout);
            nsv_config_help(stdout, "replay");
            return 0;
        }
    }
    /* the replay's own flags; the rest goes to the configuration */
    char **rest = calloc((size_t)argc + 1, sizeof *rest);
    if (!rest)
        return 1;
    int nrest = 0, missing = 0, bad = 0;
    rest[nrest++] = argv[0];
    for (int i = 1; i < argc && !missing && !bad; i++) {
        const char *v;
        if ((v = nsv_flag_value("--from", argc, argv, &i, &missing))) {
            if (nsv_from_parse(v, &r.from)) {
                fprintf(stderr,
                        "newsev replay: --from %s: expected earliest, latest, an offset "
                        "or an ISO-8601 time\n",
                        v);
                bad = 1;
            }
        } else if ((v = nsv_flag_value("--until", argc, argv, &i, &missing))) {
            r.has_until = 1;
            if (nsv_time_parse_ms(v, &r.until_ms)) {
                fprintf(stderr, "newsev replay: --until %s: expected an ISO-8601 time\n", v);
                bad = 1;
            }
        } else if ((v = nsv_flag_value("--partitions", argc, argv, &i, &missing))) {
            if (parse_partitions(&r, v)) {
                fprintf(stderr, "newsev replay: --partitions %s: expected a list like 0,2,5-7\n",
                        v);
                bad = 1;
            }
        } else if ((v = nsv_flag_value("--output-template", argc, argv, &i, &missing))) {
            tmpl = v;
        } else if ((v = nsv_flag_value("--rate", argc, argv, &i, &missing))) {
            char *end;
            r.rate = strtod(v, &end);
            if (end == v || *end || !(r.rate > 0) || r.rate > 1e9) {
                fprintf(stderr, "newsev replay: --rate %s: expected messages per second > 0\n", v);
                bad = 1;
            }
        } else if ((v = nsv_flag_value("--group", argc, argv, &i, &missing))) {
            group = v;
        } else if ((v = nsv_flag_value("--progress-interval", argc, argv, &i, &missing))) {
            char *end;
            double s = strtod(v, &end);
            if (end == v || *end || !(s > 0) || s > 86400) {
                fprintf(stderr, "newsev replay: --progress-interval %s: expected seconds\n", v);
                bad = 1;
            }
            r.progress_interval_ms = (int64_t)(s * 1000);
        } else if ((v = nsv_flag_value("--progress", argc, argv, &i, &missing))) {
            static const char *const modes[] = {"auto", "bar", "log", "off"};
            r.progress = -1;
            for (int k = 0; k < 4; k++)
                if (!strcmp(v, modes[k]))
                    r.progress = k;
            if (r.progress < 0) {
                fprintf(stderr, "newsev replay: --progress %s: auto, bar, log or off\n", v);
                bad = 1;
            }
        } else if (!strcmp(argv[i], "--dry-run")) {
            r.dry_run = 1;
        } else if (!strcmp(argv[i], "--no-group")) {
            no_group = 1;
        } else if (!strcmp(argv[i], "--resume")) {
            r.resume = 1;
        } else if (!missing) {
            rest[nrest++] = argv[i];
        }
    }
    if (missing) {
        fprintf(stderr, "newsev replay: an option needs a value (see --help)\n");
        bad = 1;
    }
    if (!bad && r.has_until && r.from.kind == NSV_FROM_TIME && r.until_ms <= r.from.value) {
        fprintf(stderr, "newsev replay: --until must be after --from\n");
        bad = 1;
    }
    if (bad) {
        free(rest);
        free(r.parts);
        return EXIT_USAGE;
    }

    nsv_config cfg;
    nsv_config_init(&cfg);
    r.cfg = &cfg;
    int rc = nsv_config_from_args(&cfg, "replay", nrest, rest, 1, NULL, NULL);
    free(rest);
    if (rc >= 0)
        goto done;
    char err[512];
    if (tmpl && nsv_config_set(&cfg, "output.topic_template", tmpl, "--output-template", err,
                               sizeof err) != 0) {
        fprintf(stderr, "newsev: %s\n", err);
        rc = EXIT_CONFIG;
        goto done;
    }
    if (tmpl && !*tmpl) {
        fprintf(stderr, "newsev replay: --output-template must not be empty\n");
        rc = EXIT_CONFIG;
        goto done;
    }

    /* the group: never the daemon's */
    if (r.dry_run || no_group) {
        r.group = NULL;
        if (group)
            fprintf(stderr, "newsev replay: warning: --group ignored (%s)\n",
                    r.dry_run ? "--dry-run commits nothing" : "--no-group");
    } else if (group) {
        r.group = group;
    } else {
        time_t t = time(NULL);
        struct tm tm;
        gmtime_r(&t, &tm);
        strftime(r.group_buf, sizeof r.group_buf, "newsev-replay-%Y%m%dT%H%M%SZ", &tm);
        r.group = r.group_buf;
    }
    if (r.group && !strcmp(r.group, cfg.group_id)) {
        fprintf(stderr,
                "newsev replay: --group %s is the daemon's group (group.id); a replay never "
                "commits for it\n",
                r.group);
        rc = EXIT_CONFIG;
        goto done;
    }
    if (r.resume && !r.group) {
        fprintf(stderr, "newsev replay: --resume needs a group (--group NAME)\n");
        rc = EXIT_USAGE;
        goto done;
    }
    if (cfg.guarantee == NSV_EXACTLY_ONCE) {
        if (r.dry_run) {
            fprintf(stderr, "newsev replay: warning: --dry-run produces nothing; "
                            "processing.guarantee=exactly_once does not apply\n");
        } else if (!r.group) {
            fprintf(stderr, "newsev replay: exactly_once needs a group for the input offsets "
                            "(drop --no-group)\n");
            rc = EXIT_CONFIG;
            goto done;
        } else {
            /* never the daemon's transactional.id: that would fence it */
            nsv_config_set(&cfg, "transactional.id", r.group, "replay group", err, sizeof err);
        }
    }

    if (nsv_run_setup_logging(&cfg) != 0) {
        rc = EXIT_CONFIG;
        goto done;
    }
    if (r.progress == PROGRESS_BAR || r.progress == PROGRESS_AUTO)
        r.bar = nsv_log_status("") == 1;
    if (r.progress == PROGRESS_BAR && !r.bar)
        fprintf(stderr, "newsev replay: warning: the log is not a terminal; progress as log "
                        "lines\n");
    nsv_config_log(&cfg);
    if (r.dry_run)
        setvbuf(stdout, NULL, _IOFBF, 1 << 16);

    nsv_run_hooks hooks = {
        .opaque = &r,
        .group = r.group,
        .consumer_new = rp_consumer_new,
        .start = rp_start,
        .filter = rp_filter,
        .processed = rp_processed,
        .budget = r.rate > 0 ? rp_budget : NULL,
        .pause = rp_pause,
        .tick = rp_tick,
        .positions = rp_positions,
        .rewound = rp_rewound,
        .dry_run = r.dry_run ? stdout : NULL,
    };
    nsv_run_opts opts = {.cfg = &cfg, .handle_signals = 1, .hooks = &hooks};
    nsv_counts counts;
    int64_t t0 = mono_ms();
    rc = nsv_pipeline_run(&opts, &counts);
    int64_t ms = mono_ms() - t0;
    nsv_log_status(NULL);
    if (r.dry_run && (fflush(stdout) != 0 || ferror(stdout))) {
        NSV_LOG(NSV_LOG_ERROR, "replay", "cannot write the records to stdout",
                NSV_KV("err", strerror(errno)));
        if (rc == 0)
            rc = 1;
    }
    int complete = r.plan.n > 0 && r.plan.n_done == r.plan.n;
    if (r.plan.n > 0)
        log_summary(&r, complete && rc == 0, ms);
    if (rc == 0 && !complete)
        rc = EXIT_REPLAY_STOPPED;
    nsv_log_close();
done:
    nsv_rplan_free(&r.plan);
    free(r.parts);
    nsv_config_free(&cfg);
    return rc;
}
