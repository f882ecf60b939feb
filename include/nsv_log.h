/*
 * nsv_log.h - the daemon's one logger.
 *
 * Lines are logfmt by default:
 *   ts=2024-05-01T12:00:00.123Z level=info component=consumer msg="partition assigned"
 * topic=news.raw partition=3 or one JSON object per line with NSV_LOG_JSON.  Every value is
 * escaped, so text that comes from a news item can never start a new line or add a field.
 *
 * Use the macros: they test the level before any argument is evaluated or
 * formatted.
 *
 *   NSV_LOG(NSV_LOG_INFO, "consumer", "partition assigned",
 *           NSV_KV("topic", topic), NSV_KV("partition", p));
 *   NSV_LOG_RL(NSV_LOG_ERROR, "producer", "delivery failed", NSV_KV("err", s));
 *
 * NSV_LOG_RL is rate limited per call site: at most NSV_LOG_RL_BURST lines per
 * NSV_LOG_RL_WINDOW_MS; what is held back is reported as one
 * `msg="suppressed N similar"` line when the window ends (nsv_log_tick()).
 *
 * Not thread-safe: the daemon logs from its main thread only (librdkafka's
 * lines are forwarded to a poll queue).  Each line is written with a single
 * write(2), so lines never interleave even if another thread writes too.
 */
#ifndef NSV_LOG_H
#define NSV_LOG_H

#include <stddef.h>
#include <stdint.h>

typedef enum nsv_log_level {
    NSV_LOG_DEBUG = 0,
    NSV_LOG_INFO,
    NSV_LOG_WARN,
    NSV_LOG_ERROR,
    NSV_LOG_OFF,
} nsv_log_level;

typedef enum nsv_log_format {
    NSV_LOG_LOGFMT = 0,
    NSV_LOG_JSON,
} nsv_log_format;

typedef enum nsv_kv_type {
    NSV_KV_STR = 0, /* s, n (n == SIZE_MAX: NUL-terminated) */
    NSV_KV_INT,     /* i */
    NSV_KV_UINT,    /* u */
    NSV_KV_DBL,     /* d */
    NSV_KV_BOOL,    /* i */
} nsv_kv_type;

typedef struct nsv_kv {
    const char *key; /* NULL ends nothing: arrays carry their length */
    nsv_kv_type type;
    const char *s;
    size_t n;
    long long i;
    unsigned long long u;
    double d;
} nsv_kv;

nsv_kv nsv_kv_str(const char *key, const char *v);
nsv_kv nsv_kv_strn(const char *key, const char *v, size_t len);
nsv_kv nsv_kv_int(const char *key, long long v);
nsv_kv nsv_kv_uint(const char *key, unsigned long long v);
nsv_kv nsv_kv_dbl(const char *key, double v);
nsv_kv nsv_kv_bool(const char *key, int v);

/* Field by the value's C type. */
#define NSV_KV(k, v)                                                                               \
    _Generic((v),                                                                        \
        char *: nsv_kv_str,                                                              \
        const char *: nsv_kv_str,                                                        \
        signed char: nsv_kv_int,                                                         \
        short: nsv_kv_int,                                                               \
        int: nsv_kv_int,                                                                 \
        long: nsv_kv_int,                                                                \
        long long: nsv_kv_int,                                                           \
        unsigned char: nsv_kv_uint,                                                      \
        unsigned short: nsv_kv_uint,                                                     \
        unsigned int: nsv_kv_uint,                                                       \
        unsigned long: nsv_kv_uint,                                                      \
        unsigned long long: nsv_kv_uint,                                                 \
        float: nsv_kv_dbl,                                                               \
        double: nsv_kv_dbl)(k, v)
/* A byte range that is not NUL-terminated (may hold any bytes). */
#define NSV_KVN(k, p, n) nsv_kv_strn((k), (p), (n))
#define NSV_KVB(k, v) nsv_kv_bool((k), (v))

/* Global state: set once at start-up (and by the tests). */
extern nsv_log_level nsv_log_min_level;

void nsv_log_set_level(nsv_log_level lvl);
void nsv_log_set_format(nsv_log_format fmt);
/* Log to `path` (opened O_APPEND|O_CREAT), or to stderr when path is NULL or
 * "" or "-".  Returns 0, or -1 with errno set (the old target stays). */
int nsv_log_open(const char *path);
/* Reopen the current file (log rotation; SIGHUP).  No-op for stderr. */
int nsv_log_reopen(void);
void nsv_log_close(void);
/* Redirect output to a file descriptor (tests).  fd < 0: back to stderr. */
void nsv_log_set_fd(int fd);

int nsv_log_level_parse(const char *s, nsv_log_level *out);
const char *nsv_log_level_name(nsv_log_level lvl);
int nsv_log_format_parse(const char *s, nsv_log_format *out);

/* Format one line into buf (always NUL-terminated, ends with '\n' unless it
 * had to be cut).  Returns the line length.  Exposed for tests. */
size_t nsv_log_format_line(char *buf, size_t cap, nsv_log_level lvl, const char *component,
                           const char *msg, const nsv_kv *kv, size_t nkv);
void nsv_log_emit(nsv_log_level lvl, const char *component, const char *msg, const nsv_kv *kv,
                  size_t nkv);

#define NSV_LOG_ON(lvl) ((lvl) >= nsv_log_min_level)

/* A status line (the replay's progress bar) kept under the log lines when
 * the log goes to a terminal: it is redrawn in place, and every log line is
 * written above it.  NULL or "" removes it.  Returns 1 when the log is a
 * terminal (the line is shown), 0 otherwise (nothing is written). */
int nsv_log_status(const char *line);

#define NSV__KVS(...) ((const nsv_kv[]){{0}, __VA_ARGS__})
#define NSV__NKV(...) (sizeof(NSV__KVS(__VA_ARGS__)) / sizeof(nsv_kv) - 1)

#define NSV_LOG(lvl, comp, msg, ...)                                                               \
    do {                                                                                           \
        if (NSV_LOG_ON(lvl))                                                                       \
            nsv_log_emit((lvl), (comp), (msg), NSV__KVS(__VA_ARGS__) + 1, NSV__NKV(__VA_ARGS__));  \
    } while (0)

/* Rate limiting ---------------------------------------------------------- */

#define NSV_LOG_RL_BURST 5
#define NSV_LOG_RL_WINDOW_MS 10000

typedef struct nsv_log_rl {
    struct nsv_log_rl *next; /* registry, for nsv_log_tick() */
    int registered;
    nsv_log_level lvl;
    const char *component;
    const char *msg;
    int64_t window_start_ms;
    unsigned passed;
    unsigned long long suppressed;
} nsv_log_rl;

/* 1: log this one; 0: counted as suppressed. */
int nsv_log_rl_pass(nsv_log_rl *rl, nsv_log_level lvl, const char *component, const char *msg);
/* Report the suppressed counts of windows that have ended (force: all). */
void nsv_log_tick(int force);
/* Clock used by the limiter, in ms; tests may replace it. */
extern int64_t (*nsv_log_clock_ms)(void);

#define NSV_LOG_RL(lvl, comp, msg, ...)                                                            \
    do {                                                                                           \
        static nsv_log_rl nsv__rl;                                                                 \
        if (NSV_LOG_ON(lvl) && nsv_log_rl_pass(&nsv__rl, (lvl), (comp), (msg)))                    \
            nsv_log_emit((lvl), (comp), (msg), NSV__KVS(__VA_ARGS__) + 1, NSV__NKV(__VA_ARGS__));  \
    } while (0)

#endif /* NSV_LOG_H */
