/*
 * offsets.h - per input partition, the contiguous offset that is safe to
 * commit.
 *
 * Every consumed input gets a ticket.  Each output produced for it (event
 * record or dead letter) adds one to the ticket; each successful delivery
 * report takes one away.  An input is complete when it is sealed (all its
 * outputs were produced) and nothing is outstanding.  The partition's mark
 * is the offset after the longest completed prefix of its inputs: storing
 * that, and never the highest offset seen, is what makes at-least-once hold
 * when delivery reports come back out of order.
 *
 * A failed delivery makes its input "failed": the mark never moves past it
 * (the input will be consumed again after a restart).
 *
 * Tickets stay valid until they complete, even after their partition was
 * revoked (late delivery reports): a revoked partition only stops reporting
 * marks, and is freed with its last ticket.
 *
 * Single-threaded: called from the poll loop (delivery reports included).
 */
#ifndef NSV_OFFSETS_H
#define NSV_OFFSETS_H

#include <stddef.h>
#include <stdint.h>

typedef struct nsv_offsets nsv_offsets;
typedef struct nsv_ticket nsv_ticket;
typedef struct nsv_opart nsv_opart;

/* A mark to store: the next offset to consume on (topic, partition). */
typedef struct nsv_mark {
    const char *topic; /* valid until the next call on the tracker */
    int32_t partition;
    int64_t offset;
} nsv_mark;

nsv_offsets *nsv_offsets_new(void);
void nsv_offsets_free(nsv_offsets *o);

/* Track one consumed input.  Offsets of a partition must come in increasing
 * order (gaps are fine).  NULL when out of memory. */
nsv_ticket *nsv_offsets_begin(nsv_offsets *o, const char *topic, int32_t partition, int64_t offset);

/* One more output is being produced for this input. */
void nsv_ticket_add(nsv_ticket *t);

/* Outputs are all produced (also for zero outputs).  Returns 1 and fills
 * *mark when the partition's mark moved (and the partition is owned). */
int nsv_offsets_seal(nsv_offsets *o, nsv_ticket *t, nsv_mark *mark);

/* One output's delivery report.  ok = 0: the input failed.  Returns 1 and
 * fills *mark when the mark moved. */
int nsv_offsets_done(nsv_offsets *o, nsv_ticket *t, int ok, nsv_mark *mark);

/* The input offset and partition of a ticket. */
int64_t nsv_ticket_offset(const nsv_ticket *t);
int32_t nsv_ticket_partition(const nsv_ticket *t);
const char *nsv_ticket_topic(const nsv_ticket *t);

/* The partition was revoked or lost: stop reporting marks for it and forget
 * its completed state.  Outstanding tickets stay valid. */
void nsv_offsets_revoke(nsv_offsets *o, const char *topic, int32_t partition);

/* Forget every partition (after an exactly-once abort and rewind). */
void nsv_offsets_revoke_all(nsv_offsets *o);

/* Inputs begun and not yet complete (all partitions, revoked included). */
size_t nsv_offsets_inflight(const nsv_offsets *o);
/* Inputs whose delivery failed. */
uint64_t nsv_offsets_failed(const nsv_offsets *o);
/* Current mark of an owned partition, -1 when nothing completed yet. */
int64_t nsv_offsets_mark(const nsv_offsets *o, const char *topic, int32_t partition);

#endif /* NSV_OFFSETS_H */
