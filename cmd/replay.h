/*
 * replay.h - the pure parts of `newsev replay` (no Kafka): start positions
 * and times, the per-partition range bookkeeping, the token bucket and the
 * progress figures.  cmd/replay.c drives them; tests/unit/test_replay.c
 * checks them.
 */
#ifndef NSV_REPLAY_H
#define NSV_REPLAY_H

#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------------ */
/* Times and start positions                                            */

/* ISO-8601 date or date-time to milliseconds since the epoch:
 *   2024-05-01                     (midnight UTC)
 *   2024-05-01T12:30               2024-05-01T12:30:15
 *   2024-05-01T12:30:15.250Z       2024-05-01 12:30:15+02:00   (also +0200, +02)
 * No zone means UTC.  Returns 0, or -1 when s is not such a time. */
int nsv_time_parse_ms(const char *s, int64_t *out_ms);

typedef enum nsv_from_kind {
    NSV_FROM_EARLIEST = 0,
    NSV_FROM_LATEST,
    NSV_FROM_OFFSET, /* value = absolute offset (every selected partition) */
    NSV_FROM_TIME,   /* value = ms since the epoch */
} nsv_from_kind;

typedef struct nsv_from {
    nsv_from_kind kind;
    int64_t value;
} nsv_from;

/* "earliest", "latest", digits (an offset) or an ISO-8601 time.  0 or -1. */
int nsv_from_parse(const char *s, nsv_from *out);

/* The captured end of a partition: its high watermark (last stable offset
 * under read_committed), cut at the --until offset when there is one.
 * until_off is what offsets_for_times(until) answered: -1 when no message is
 * at or after that time (then every message is before it: high). */
int64_t nsv_replay_end(int64_t high, int has_until, int64_t until_off);

/* The start offset of a partition in [low, end]:
 *   earliest -> low; latest -> end; offset N -> N clamped to [low, end];
 *   time -> time_off (offsets_for_times' answer) clamped, and -1 ("no
 *   message at or after the time") -> end, an empty range for the run. */
int64_t nsv_replay_start(const nsv_from *from, int64_t low, int64_t end, int64_t time_off);

/* ------------------------------------------------------------------ */
/* Per-partition bookkeeping                                            */

typedef struct nsv_rpart {
    char *topic;
    int32_t partition;
    int64_t low, high;  /* watermarks captured at start */
    int64_t start, end; /* the range replayed: [start, end) */
    int64_t next;       /* next offset to consume (position) */
    int assigned;       /* fetched by this run (start < end at start) */
    int done;           /* position >= end */
    int paused;         /* fetching paused (done, rate limit, backpressure) */
    int64_t done_ms;    /* when it was done (ms since the run started) */
    int64_t
        done_log_at;  /* offset + 1 of the last message: log "done" once it is processed (0: no) */
    uint64_t items;   /* messages processed */
    uint64_t skipped; /* prefetched beyond end, dropped */
    uint64_t events[3]; /* by nsv_event_type */
    uint64_t dead_letters;
} nsv_rpart;

typedef struct nsv_rplan {
    nsv_rpart *v;
    size_t n, cap;
    size_t n_done;
    size_t last; /* lookup cache */
} nsv_rplan;

void nsv_rplan_free(nsv_rplan *pl);
/* Add a partition (start = end = next = 0).  NULL when out of memory. */
nsv_rpart *nsv_rplan_add(nsv_rplan *pl, const char *topic, int32_t partition);
nsv_rpart *nsv_rplan_find(nsv_rplan *pl, const char *topic, int32_t partition);
/* Set the range and position; done at once when start >= end.  Returns 1
 * when the partition is done. */
int nsv_rplan_set_range(nsv_rplan *pl, nsv_rpart *p, int64_t start, int64_t end, int64_t now_ms);
/* Mark done (idempotent).  Returns 1 when it changed. */
int nsv_rplan_mark_done(nsv_rplan *pl, nsv_rpart *p, int64_t now_ms);

typedef enum nsv_rmsg {
    NSV_RMSG_PROCESS = 0, /* inside the range */
    NSV_RMSG_SKIP,        /* at or beyond end (prefetched): drop it */
} nsv_rmsg;

/* A message at `offset` arrived.  Moves the position; marks the partition
 * done when the position reached end (*now_done = 1 then). */
nsv_rmsg nsv_rplan_message(nsv_rplan *pl, nsv_rpart *p, int64_t offset, int64_t now_ms,
                           int *now_done);
/* The consumer reports a position (rd_kafka_position, or a partition-EOF
 * event's offset).  Returns 1 when this made the partition done. */
int nsv_rplan_position(nsv_rplan *pl, nsv_rpart *p, int64_t position, int64_t now_ms);

/* Rewound to `position` (an aborted transaction): done again only when
 * position >= end. */
void nsv_rplan_reopen(nsv_rplan *pl, nsv_rpart *p, int64_t position);

/* Messages in the ranges, and how many of them are behind the positions;
 * of one topic, or of all topics when topic is NULL. */
void nsv_rplan_progress(const nsv_rplan *pl, const char *topic, uint64_t *done_msgs,
                        uint64_t *total_msgs);

/* ------------------------------------------------------------------ */
/* Token bucket                                                         */

typedef struct nsv_tbucket {
    double rate;   /* tokens per second; <= 0: unlimited */
    double burst;  /* capacity */
    double tokens; /* may go negative: debt */
    int64_t last_ms;
} nsv_tbucket;

/* Burst <= 0: a tenth of a second's worth, at least 1. Starts full. */
void nsv_tbucket_init(nsv_tbucket *b, double rate, double burst, int64_t now_ms);
/* Refill up to now; whole tokens available (SIZE_MAX when unlimited). */
size_t nsv_tbucket_available(nsv_tbucket *b, int64_t now_ms);
void nsv_tbucket_take(nsv_tbucket *b, double n);
/* After a refill at now: ms until a whole token is there (0: there is). */
int64_t nsv_tbucket_wait_ms(const nsv_tbucket *b);

/* "H:MM:SS" (or "M:SS") for a number of seconds; "-" when unknown (< 0). */
void nsv_format_eta(double seconds, char *out, size_t cap);

#endif /* NSV_REPLAY_H */
