/*
 * offsets.c - the contiguous offset tracker (see offsets.h).
 */
#include "offsets.h"

#include <stdlib.h>
#include <string.h>

struct nsv_ticket {
    nsv_opart *part;
    int64_t offset;
    uint32_t pending;
    uint8_t sealed;
    uint8_t failed;
    uint8_t complete; /* sealed and no output outstanding */
};

struct nsv_opart {
    nsv_opart *next;
    char *topic;
    int32_t partition;
    int owned;
    /* owned: the inputs in offset order, as a ring */
    nsv_ticket **ring;
    size_t head, count, cap;
    int64_t mark; /* next offset to consume; -1 until something completed */
    size_t live;  /* tickets allocated for this partition */
};

struct nsv_offsets {
    nsv_opart *parts; /* owned and revoked-but-still-referenced */
    nsv_opart *last;  /* lookup cache (owned only) */
    size_t inflight;
    uint64_t failed;
};

nsv_offsets *nsv_offsets_new(void)
{
    return calloc(1, sizeof(nsv_offsets));
}

static void part_free(nsv_opart *p)
{
    if (p->ring) {
        for (size_t i = 0; i < p->count; i++)
            free(p->ring[(p->head + i) % p->cap]);
    }
    free(p->ring);
    free(p->topic);
    free(p);
}

void nsv_offsets_free(nsv_offsets *o)
{
    if (!o)
        return;
    /* Call after the producer is destroyed.  Outstanding tickets of revoked
     * partitions (a flush that timed out) are in no ring and are not freed
     * here: there are at most max.inflight of them, once, at exit. */
    nsv_opart *p = o->parts;
    while (p) {
        nsv_opart *next = p->next;
        part_free(p);
        p = next;
    }
    free(o);
}

static void unlink_part(nsv_offsets *o, nsv_opart *p)
{
    for (nsv_opart **pp = &o->parts; *pp; pp = &(*pp)->next) {
        if (*pp == p) {
            *pp = p->next;
            break;
        }
    }
    if (o->last == p)
        o->last = NULL;
}

static nsv_opart *find_owned(const nsv_offsets *o, const char *topic, int32_t partition)
{
    if (o->last && o->last->partition == partition && !strcmp(o->last->topic, topic))
        return o->last;
    for (nsv_opart *p = o->parts; p; p = p->next)
        if (p->owned && p->partition == partition && !strcmp(p->topic, topic))
            return p;
    return NULL;
}

nsv_ticket *nsv_offsets_begin(nsv_offsets *o, const char *topic, int32_t partition, int64_t offset)
{
    nsv_opart *p = find_owned(o, topic, partition);
    if (!p) {
        p = calloc(1, sizeof *p);
        if (!p)
            return NULL;
        p->topic = strdup(topic);
        if (!p->topic) {
            free(p);
            return NULL;
        }
        p->partition = partition;
        p->owned = 1;
        p->mark = -1;
        p->next = o->parts;
        o->parts = p;
    }
    o->last = p;
    if (p->count == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 64;
        nsv_ticket **ring = malloc(cap * sizeof *ring);
        if (!ring)
            return NULL;
        for (size_t i = 0; i < p->count; i++)
            ring[i] = p->ring[(p->head + i) % p->cap];
        free(p->ring);
        p->ring = ring;
        p->head = 0;
        p->cap = cap;
    }
    nsv_ticket *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->part = p;
    t->offset = offset;
    p->ring[(p->head + p->count) % p->cap] = t;
    p->count++;
    p->live++;
    o->inflight++;
    return t;
}

void nsv_ticket_add(nsv_ticket *t)
{
    t->pending++;
}

int64_t nsv_ticket_offset(const nsv_ticket *t)
{
    return t->offset;
}

int32_t nsv_ticket_partition(const nsv_ticket *t)
{
    return t->part->partition;
}

const char *nsv_ticket_topic(const nsv_ticket *t)
{
    return t->part->topic;
}

/* t just became complete. */
static int on_complete(nsv_offsets *o, nsv_ticket *t, nsv_mark *mark)
{
    nsv_opart *p = t->part;
    t->complete = 1;
    o->inflight--;
    if (t->failed)
        o->failed++;
    if (!p->owned) {
        /* revoked: the ticket is in no ring any more */
        free(t);
        if (--p->live == 0) {
            unlink_part(o, p);
            part_free(p);
        }
        return 0;
    }
    int moved = 0;
    while (p->count) {
        nsv_ticket *h = p->ring[p->head];
        if (!h->complete || h->failed)
            break;
        p->mark = h->offset + 1;
        moved = 1;
        free(h);
        p->live--;
        p->head = (p->head + 1) % p->cap;
        p->count--;
    }
    if (moved && mark) {
        mark->topic = p->topic;
        mark->partition = p->partition;
        mark->offset = p->mark;
    }
    return moved;
}

int nsv_offsets_seal(nsv_offsets *o, nsv_ticket *t, nsv_mark *mark)
{
    t->sealed = 1;
    if (t->pending == 0)
        return on_complete(o, t, mark);
    return 0;
}

int nsv_offsets_done(nsv_offsets *o, nsv_ticket *t, int ok, nsv_mark *mark)
{
    if (!ok)
        t->failed = 1;
    if (t->pending > 0)
        t->pending--;
    if (t->pending == 0 && t->sealed)
        return on_complete(o, t, mark);
    return 0;
}

static void revoke_part(nsv_offsets *o, nsv_opart *p)
{
    /* Complete tickets are referenced by nobody: free them.  The others
     * stay allocated until their last delivery report. */
    for (size_t i = 0; i < p->count; i++) {
        nsv_ticket *t = p->ring[(p->head + i) % p->cap];
        if (t->complete) {
            free(t);
            p->live--;
        }
    }
    free(p->ring);
    p->ring = NULL;
    p->count = p->cap = p->head = 0;
    p->owned = 0;
    if (o->last == p)
        o->last = NULL;
    if (p->live == 0) {
        unlink_part(o, p);
        part_free(p);
    }
}

void nsv_offsets_revoke(nsv_offsets *o, const char *topic, int32_t partition)
{
    nsv_opart *p = find_owned(o, topic, partition);
    if (p)
        revoke_part(o, p);
}

void nsv_offsets_revoke_all(nsv_offsets *o)
{
    nsv_opart *p = o->parts;
    while (p) {
        nsv_opart *next = p->next;
        if (p->owned)
            revoke_part(o, p);
        p = next;
    }
}

size_t nsv_offsets_inflight(const nsv_offsets *o)
{
    return o->inflight;
}

uint64_t nsv_offsets_failed(const nsv_offsets *o)
{
    return o->failed;
}

int64_t nsv_offsets_mark(const nsv_offsets *o, const char *topic, int32_t partition)
{
    const nsv_opart *p = find_owned(o, topic, partition);
    return p ? p->mark : -1;
}
