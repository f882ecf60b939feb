/*
 * replay_plan.c - the pure parts of `newsev replay` (see replay.h).
 */
#include "replay.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ------------------------------------------------------------------ */
/* Times                                                                */

/* Exactly n digits at *p; advances. */
static int digits(const char **p, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)(*p)[i]))
            return -1;
        v = v * 10 + ((*p)[i] - '0');
    }
    *p += n;
    *out = v;
    return 0;
}

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Days since 1970-01-01 of a proleptic Gregorian date. */
static int64_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int nsv_time_parse_ms(const char *s, int64_t *out_ms)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, mo, d, h = 0, mi = 0, sec = 0, ms = 0;
    const char *p = s;
    if (!s || digits(&p, 4, &y) || *p++ != '-' || digits(&p, 2, &mo) || *p++ != '-' ||
        digits(&p, 2, &d))
        return -1;
    if (mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] + (mo == 2 && leap(y)))
        return -1;
    if (*p == 'T' || *p == 't' || *p == ' ') {
        p++;
        if (digits(&p, 2, &h) || *p++ != ':' || digits(&p, 2, &mi))
            return -1;
        if (*p == ':') {
            p++;
            if (digits(&p, 2, &sec))
                return -1;
            if (*p == '.' || *p == ',') {
                p++;
                int nd = 0;
                ms = 0;
                while (isdigit((unsigned char)*p)) {
                    if (nd < 3) {
                        ms = ms * 10 + (*p - '0');
                        nd++;
                    }
                    p++;
                }
                if (nd == 0)
                    return -1;
                while (nd++ < 3)
                    ms *= 10;
            }
        }
        if (h > 23 || mi > 59 || sec > 60)
            return -1;
    }
    int64_t off_min = 0;
    if (*p == 'Z' || *p == 'z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        int sign = *p++ == '-' ? -1 : 1, oh, om = 0;
        if (digits(&p, 2, &oh))
            return -1;
        if (*p == ':')
            p++;
        if (isdigit((unsigned char)*p) && digits(&p, 2, &om))
            return -1;
        if (oh > 23 || om > 59)
            return -1;
        off_min = sign * (oh * 60 + om);
    }
    if (*p)
        return -1;
    int64_t secs = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - off_min * 60;
    *out_ms = secs * 1000 + ms;
    return 0;
}

int nsv_from_parse(const char *s, nsv_from *out)
{
    if (!s || !*s)
        return -1;
    if (!strcmp(s, "earliest") || !strcmp(s, "beginning")) {
        out->kind = NSV_FROM_EARLIEST;
        out->value = 0;
        return 0;
    }
    if (!strcmp(s, "latest") || !strcmp(s, "end")) {
        out->kind = NSV_FROM_LATEST;
        out->value = 0;
        return 0;
    }
    size_t n = strspn(s, "0123456789");
    if (s[n] == '\0') {
        if (n > 18)
            return -1;
        out->kind = NSV_FROM_OFFSET;
        out->value = strtoll(s, NULL, 10);
        return 0;
    }
    int64_t ms;
    if (nsv_time_parse_ms(s, &ms) != 0)
        return -1;
    out->kind = NSV_FROM_TIME;
    out->value = ms;
    return 0;
}

int64_t nsv_replay_end(int64_t high, int has_until, int64_t until_off)
{
    if (high < 0)
        high = 0;
    if (has_until && until_off >= 0 && until_off < high)
        return until_off;
    return high;
}

int64_t nsv_replay_start(const nsv_from *from, int64_t low, int64_t end, int64_t time_off)
{
    int64_t s;
    if (low < 0)
        low = 0;
    switch (from->kind) {
    case NSV_FROM_EARLIEST: s = low; break;
    case NSV_FROM_LATEST: s = end; break;
    case NSV_FROM_OFFSET: s = from->value; break;
    case NSV_FROM_TIME: s = time_off < 0 ? end : time_off; break;
    default: s = end; break;
    }
    if (s < low)
        s = low;
    if (s > end)
        s = end;
    return s;
}

/* ------------------------------------------------------------------ */
/* Bookkeeping                                                          */

void nsv_rplan_free(nsv_rplan *pl)
{
    for (size_t i = 0; i < pl->n; i++)
        free(pl->v[i].topic);
    free(pl->v);
    memset(pl, 0, sizeof *pl);
}

nsv_rpart *nsv_rplan_add(nsv_rplan *pl, const char *topic, int32_t partition)
{
    if (pl->n == pl->cap) {
        size_t cap = pl->cap ? pl->cap * 2 : 16;
        nsv_rpart *v = realloc(pl->v, cap * sizeof *v);
        if (!v)
            return NULL;
        pl->v = v;
        pl->cap = cap;
    }
    nsv_rpart *p = &pl->v[pl->n];
    memset(p, 0, sizeof *p);
    p->topic = strdup(topic);
    if (!p->topic)
        return NULL;
    p->partition = partition;
    pl->n++;
    return p;
}

nsv_rpart *nsv_rplan_find(nsv_rplan *pl, const char *topic, int32_t partition)
{
    if (pl->last < pl->n && pl->v[pl->last].partition == partition &&
        !strcmp(pl->v[pl->last].topic, topic))
        return &pl->v[pl->last];
    for (size_t i = 0; i < pl->n; i++) {
        if (pl->v[i].partition == partition && !strcmp(pl->v[i].topic, topic)) {
            pl->last = i;
            return &pl->v[i];
        }
    }
    return NULL;
}

int nsv_rplan_mark_done(nsv_rplan *pl, nsv_rpart *p, int64_t now_ms)
{
    if (p->done)
        return 0;
    p->done = 1;
    p->done_ms = now_ms;
    pl->n_done++;
    return 1;
}

int nsv_rplan_set_range(nsv_rplan *pl, nsv_rpart *p, int64_t start, int64_t end, int64_t now_ms)
{
    if (end < 0)
        end = 0;
    if (start > end)
        start = end;
    if (start < 0)
        start = 0;
    p->start = start;
    p->end = end;
    p->next = start;
    if (start >= end) {
        nsv_rplan_mark_done(pl, p, now_ms);
        return 1;
    }
    return 0;
}

nsv_rmsg nsv_rplan_message(nsv_rplan *pl, nsv_rpart *p, int64_t offset, int64_t now_ms,
                           int *now_done)
{
    *now_done = 0;
    if (offset + 1 > p->next)
        p->next = offset + 1;
    if (offset >= p->end) {
        *now_done = nsv_rplan_mark_done(pl, p, now_ms);
        p->skipped++;
        return NSV_RMSG_SKIP;
    }
    if (p->next >= p->end)
        *now_done = nsv_rplan_mark_done(pl, p, now_ms);
    return NSV_RMSG_PROCESS;
}

int nsv_rplan_position(nsv_rplan *pl, nsv_rpart *p, int64_t position, int64_t now_ms)
{
    if (position < 0)
        return 0; /* invalid / unknown */
    if (position > p->next)
        p->next = position;
    if (position >= p->end)
        return nsv_rplan_mark_done(pl, p, now_ms);
    return 0;
}

void nsv_rplan_reopen(nsv_rplan *pl, nsv_rpart *p, int64_t position)
{
    if (position < p->start)
        position = p->start;
    p->next = position;
    if (p->done && position < p->end) {
        p->done = 0;
        pl->n_done--;
    }
}

void nsv_rplan_progress(const nsv_rplan *pl, const char *topic, uint64_t *done_msgs,
                        uint64_t *total_msgs)
{
    uint64_t d = 0, t = 0;
    for (size_t i = 0; i < pl->n; i++) {
        const nsv_rpart *p = &pl->v[i];
        if (topic && strcmp(p->topic, topic))
            continue;
        int64_t span = p->end - p->start;
        if (span <= 0)
            continue;
        int64_t at = p->done ? p->end : p->next;
        if (at > p->end)
            at = p->end;
        if (at < p->start)
            at = p->start;
        t += (uint64_t)span;
        d += (uint64_t)(at - p->start);
    }
    *done_msgs = d;
    *total_msgs = t;
}

/* ------------------------------------------------------------------ */
/* Token bucket                                                         */

void nsv_tbucket_init(nsv_tbucket *b, double rate, double burst, int64_t now_ms)
{
    b->rate = rate;
    if (burst <= 0)
        burst = rate / 10;
    if (burst < 1)
        burst = 1;
    b->burst = burst;
    b->tokens = burst;
    b->last_ms = now_ms;
}

size_t nsv_tbucket_available(nsv_tbucket *b, int64_t now_ms)
{
    if (b->rate <= 0)
        return SIZE_MAX;
    if (now_ms > b->last_ms) {
        b->tokens += b->rate * (double)(now_ms - b->last_ms) / 1000.0;
        if (b->tokens > b->burst)
            b->tokens = b->burst;
        b->last_ms = now_ms;
    }
    return b->tokens >= 1 ? (size_t)floor(b->tokens) : 0;
}

void nsv_tbucket_take(nsv_tbucket *b, double n)
{
    if (b->rate > 0)
        b->tokens -= n;
}

int64_t nsv_tbucket_wait_ms(const nsv_tbucket *b)
{
    if (b->rate <= 0 || b->tokens >= 1)
        return 0;
    return (int64_t)ceil((1.0 - b->tokens) * 1000.0 / b->rate);
}

void nsv_format_eta(double seconds, char *out, size_t cap)
{
    if (seconds < 0 || seconds != seconds || seconds > 360000000.0) {
        snprintf(out, cap, "-");
        return;
    }
    long long s = (long long)(seconds + 0.5);
    if (s >= 3600)
        snprintf(out, cap, "%lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
    else
        snprintf(out, cap, "%lld:%02lld", s / 60, s % 60);
}
