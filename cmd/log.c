/*
 * log.c - the daemon's logger (see include/nsv_log.h).
 */
#include "nsv_log.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

nsv_log_level nsv_log_min_level = NSV_LOG_INFO;

static nsv_log_format g_format = NSV_LOG_LOGFMT;
static int g_fd = -1;       /* -1: stderr */
static char *g_path = NULL; /* file we opened, for reopen */
static nsv_log_rl *g_rl_head = NULL;
static char g_status[512]; /* status line on a terminal, "" when none */

#define LINE_CAP 16384
#define VALUE_CAP 1024 /* bytes of one value before it is cut with "..." */

static int64_t default_clock_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t (*nsv_log_clock_ms)(void) = default_clock_ms;

/* ------------------------------------------------------------------ */

nsv_kv nsv_kv_str(const char *key, const char *v)
{
    nsv_kv kv = {.key = key, .type = NSV_KV_STR, .s = v, .n = SIZE_MAX};
    return kv;
}

nsv_kv nsv_kv_strn(const char *key, const char *v, size_t len)
{
    nsv_kv kv = {.key = key, .type = NSV_KV_STR, .s = v, .n = len};
    return kv;
}

nsv_kv nsv_kv_int(const char *key, long long v)
{
    nsv_kv kv = {.key = key, .type = NSV_KV_INT, .i = v};
    return kv;
}

nsv_kv nsv_kv_uint(const char *key, unsigned long long v)
{
    nsv_kv kv = {.key = key, .type = NSV_KV_UINT, .u = v};
    return kv;
}

nsv_kv nsv_kv_dbl(const char *key, double v)
{
    nsv_kv kv = {.key = key, .type = NSV_KV_DBL, .d = v};
    return kv;
}

nsv_kv nsv_kv_bool(const char *key, int v)
{
    nsv_kv kv = {.key = key, .type = NSV_KV_BOOL, .i = v != 0};
    return kv;
}

/* ------------------------------------------------------------------ */

void nsv_log_set_level(nsv_log_level lvl)
{
    nsv_log_min_level = lvl;
}

void nsv_log_set_format(nsv_log_format fmt)
{
    g_format = fmt;
}

static const char *const level_names[] = {"debug", "info", "warn", "error", "off"};

const char *nsv_log_level_name(nsv_log_level lvl)
{
    if ((int)lvl < 0 || lvl > NSV_LOG_OFF)
        return "info";
    return level_names[lvl];
}

int nsv_log_level_parse(const char *s, nsv_log_level *out)
{
    for (int i = 0; i <= NSV_LOG_OFF; i++) {
        if (strcmp(s, level_names[i]) == 0) {
            *out = (nsv_log_level)i;
            return 0;
        }
    }
    if (strcmp(s, "warning") == 0) {
        *out = NSV_LOG_WARN;
        return 0;
    }
    return -1;
}

int nsv_log_format_parse(const char *s, nsv_log_format *out)
{
    if (strcmp(s, "logfmt") == 0)
        *out = NSV_LOG_LOGFMT;
    else if (strcmp(s, "json") == 0)
        *out = NSV_LOG_JSON;
    else
        return -1;
    return 0;
}

static int open_path(const char *path)
{
    return open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
}

int nsv_log_open(const char *path)
{
    if (!path || !*path || strcmp(path, "-") == 0) {
        nsv_log_close();
        return 0;
    }
    int fd = open_path(path);
    if (fd < 0)
        return -1;
    char *copy = strdup(path);
    if (!copy) {
        close(fd);
        errno = ENOMEM;
        return -1;
    }
    nsv_log_close();
    g_fd = fd;
    g_path = copy;
    return 0;
}

int nsv_log_reopen(void)
{
    if (!g_path)
        return 0;
    int fd = open_path(g_path);
    if (fd < 0)
        return -1; /* keep writing to the old file */
    close(g_fd);
    g_fd = fd;
    return 0;
}

void nsv_log_close(void)
{
    if (g_path) {
        close(g_fd);
        free(g_path);
        g_path = NULL;
    }
    g_fd = -1;
}

void nsv_log_set_fd(int fd)
{
    if (g_path) {
        close(g_fd);
        free(g_path);
        g_path = NULL;
    }
    g_fd = fd;
}

/* ------------------------------------------------------------------ */
/* Line building into a fixed buffer; output is cut, never overflowed.  */

typedef struct lbuf {
    char *p;
    size_t len, cap; /* cap excludes the room kept for "\n\0" */
    int cut;
} lbuf;

static void put(lbuf *b, const char *s, size_t n)
{
    if (b->cut)
        return;
    if (n > b->cap - b->len) {
        n = b->cap - b->len;
        b->cut = 1;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void putc_(lbuf *b, char c)
{
    put(b, &c, 1);
}

static void puts_(lbuf *b, const char *s)
{
    put(b, s, strlen(s));
}

/* Length of a valid UTF-8 sequence at s (n bytes left), 0 if invalid. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len;
    unsigned min;
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf) {
        len = 2;
        min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    unsigned cp = c & (0xff >> (len + 1));
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return len;
}

static const char hexd[] = "0123456789abcdef";

/* Escaped string body (no quotes).  Control bytes, DEL, quotes and
 * backslashes are escaped, as are the Unicode line breaks U+0085, U+2028 and
 * U+2029; invalid UTF-8 bytes become \ufffd (JSON) or \xNN (logfmt). */
static void put_escaped(lbuf *b, const char *s, size_t n, int json)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, limit = n;
    int trunc = 0;
    if (limit > VALUE_CAP) {
        limit = VALUE_CAP;
        trunc = 1;
    }
    while (i < limit && !b->cut) {
        unsigned c = u[i];
        if (c == '"' || c == '\\') {
            char e[2] = {'\\', (char)c};
            put(b, e, 2);
            i++;
        } else if (c == '\n') {
            put(b, "\\n", 2);
            i++;
        } else if (c == '\r') {
            put(b, "\\r", 2);
            i++;
        } else if (c == '\t') {
            put(b, "\\t", 2);
            i++;
        } else if (c < 0x20 || c == 0x7f) {
            char e[6] = {'\\', 'u', '0', '0', hexd[c >> 4], hexd[c & 15]};
            put(b, e, 6);
            i++;
        } else if (c < 0x80) {
            /* run of plain bytes */
            size_t j = i + 1;
            while (j < limit && u[j] >= 0x20 && u[j] < 0x7f && u[j] != '"' && u[j] != '\\')
                j++;
            put(b, s + i, j - i);
            i = j;
        } else {
            size_t l = utf8_len(u + i, n - i);
            if (l == 0) {
                if (json) {
                    put(b, "\\ufffd", 6);
                } else {
                    char e[4] = {'\\', 'x', hexd[c >> 4], hexd[c & 15]};
                    put(b, e, 4);
                }
                i++;
            } else if ((l == 2 && c == 0xc2 && u[i + 1] == 0x85) ||
                       (l == 3 && c == 0xe2 && u[i + 1] == 0x80 &&
                        (u[i + 2] == 0xa8 || u[i + 2] == 0xa9))) {
                put(b, l == 2 ? "\\u0085" : (u[i + 2] == 0xa8 ? "\\u2028" : "\\u2029"), 6);
                i += l;
            } else {
                put(b, s + i, l);
                i += l;
            }
        }
    }
    if (trunc)
        put(b, "...", 3);
}

/* logfmt: a value is bare when it is non-empty and holds only printable
 * ASCII other than space, '=', '"' and '\\'. */
static int logfmt_bare(const char *s, size_t n)
{
    if (n == 0 || n > VALUE_CAP)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= 0x20 || c >= 0x7f || c == '=' || c == '"' || c == '\\')
            return 0;
    }
    return 1;
}

/* Keys are ours, but keep them safe anyway: [A-Za-z0-9_.:/-], others '_'. */
static void put_key(lbuf *b, const char *k)
{
    if (!k || !*k)
        k = "_";
    for (; *k; k++) {
        char c = *k;
        int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '_' || c == '.' || c == '-' || c == ':' || c == '/';
        putc_(b, ok ? c : '_');
    }
}

static void put_str_value(lbuf *b, const char *s, size_t n, int json)
{
    if (!s) {
        puts_(b, json ? "null" : "\"\"");
        return;
    }
    if (!json && logfmt_bare(s, n)) {
        put(b, s, n);
        return;
    }
    putc_(b, '"');
    put_escaped(b, s, n, json);
    putc_(b, '"');
}

static void put_field(lbuf *b, const char *key, const nsv_kv *kv, int json, int first)
{
    char num[64];
    if (json) {
        if (!first)
            putc_(b, ',');
        putc_(b, '"');
        put_key(b, key);
        put(b, "\":", 2);
    } else {
        if (!first)
            putc_(b, ' ');
        put_key(b, key);
        putc_(b, '=');
    }
    switch (kv->type) {
    case NSV_KV_STR:
        put_str_value(b, kv->s, kv->s ? (kv->n == SIZE_MAX ? strlen(kv->s) : kv->n) : 0, json);
        break;
    case NSV_KV_INT:
        snprintf(num, sizeof num, "%lld", kv->i);
        puts_(b, num);
        break;
    case NSV_KV_UINT:
        snprintf(num, sizeof num, "%llu", kv->u);
        puts_(b, num);
        break;
    case NSV_KV_DBL:
        if (kv->d != kv->d || kv->d > 1e300 || kv->d < -1e300)
            snprintf(num, sizeof num, json ? "null" : "NaN");
        else
            snprintf(num, sizeof num, "%.6g", kv->d);
        puts_(b, num);
        break;
    case NSV_KV_BOOL: puts_(b, kv->i ? "true" : "false"); break;
    }
}

static void format_ts(char *out, size_t cap)
{
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    snprintf(out, cap, "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ", tm.tm_year + 1900, tm.tm_mon + 1,
             tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, ts.tv_nsec / 1000000);
}

size_t nsv_log_format_line(char *buf, size_t cap, nsv_log_level lvl, const char *component,
                           const char *msg, const nsv_kv *kv, size_t nkv)
{
    if (cap < 64) {
        if (cap)
            buf[0] = '\0';
        return 0;
    }
    /* room is kept at the end for the truncation marker, '}', '\n', NUL */
    lbuf b = {.p = buf, .len = 0, .cap = cap - 24, .cut = 0};
    int json = g_format == NSV_LOG_JSON;
    char ts[96];
    format_ts(ts, sizeof ts);
    nsv_kv f;

    if (json)
        putc_(&b, '{');
    f = nsv_kv_str("ts", ts);
    put_field(&b, "ts", &f, json, 1);
    f = nsv_kv_str("level", nsv_log_level_name(lvl));
    put_field(&b, "level", &f, json, 0);
    f = nsv_kv_str("component", component ? component : "main");
    put_field(&b, "component", &f, json, 0);
    /* msg is always quoted in logfmt, so the line reads the same everywhere */
    size_t mark = b.len;
    if (json) {
        f = nsv_kv_str("msg", msg ? msg : "");
        put_field(&b, "msg", &f, json, 0);
    } else {
        puts_(&b, " msg=\"");
        put_escaped(&b, msg ? msg : "", msg ? strlen(msg) : 0, 0);
        putc_(&b, '"');
    }
    int truncated = 0;
    for (size_t i = 0; i < nkv && !b.cut; i++) {
        const char *k = kv[i].key;
        mark = b.len;
        /* a field may not shadow the fixed ones */
        if (k && (!strcmp(k, "ts") || !strcmp(k, "level") || !strcmp(k, "component") ||
                  !strcmp(k, "msg"))) {
            char alt[64];
            snprintf(alt, sizeof alt, "field.%s", k);
            put_field(&b, alt, &kv[i], json, 0);
        } else {
            put_field(&b, k, &kv[i], json, 0);
        }
    }
    if (b.cut) {
        /* Drop the field that did not fit whole; the line stays well-formed. */
        b.len = mark;
        b.cut = 0;
        truncated = 1;
    }
    b.cap = cap - 2;
    if (truncated)
        puts_(&b, json ? ",\"truncated\":true" : " truncated=true");
    if (json)
        putc_(&b, '}');
    buf[b.len++] = '\n';
    buf[b.len] = '\0';
    return b.len;
}

void nsv_log_emit(nsv_log_level lvl, const char *component, const char *msg, const nsv_kv *kv,
                  size_t nkv)
{
    char buf[LINE_CAP];
    size_t n = nsv_log_format_line(buf, sizeof buf, lvl, component, msg, kv, nkv);
    int fd = g_fd >= 0 ? g_fd : STDERR_FILENO;
    if (g_status[0]) {
        /* clear the status line, the log line, the status line again */
        struct iovec iov[3] = {{(void *)"\r\033[K", 4}, {buf, n}, {g_status, strlen(g_status)}};
        while (writev(fd, iov, 3) < 0 && errno == EINTR)
            ;
        return;
    }
    size_t off = 0;
    while (off < n) {
        ssize_t w = write(fd, buf + off, n - off);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        off += (size_t)w;
    }
}

int nsv_log_status(const char *line)
{
    int fd = g_fd >= 0 ? g_fd : STDERR_FILENO;
    if (!isatty(fd)) {
        g_status[0] = '\0';
        return 0;
    }
    char out[sizeof g_status + 8];
    if (!line || !*line) {
        if (g_status[0]) {
            g_status[0] = '\0';
            if (write(fd, "\r\033[K", 4) < 0)
                return 1;
        }
        return 1;
    }
    /* printable bytes only: the status line must not move the cursor */
    size_t o = 0;
    for (const char *p = line; *p && o + 1 < sizeof g_status; p++)
        g_status[o++] = (unsigned char)*p < 0x20 || *p == 0x7f ? ' ' : *p;
    g_status[o] = '\0';
    int len = snprintf(out, sizeof out, "\r\033[K%s", g_status);
    if (len > 0 && write(fd, out, (size_t)len) < 0)
        return 1;
    return 1;
}

/* ------------------------------------------------------------------ */
/* Rate limiter                                                         */

static void rl_report(nsv_log_rl *rl)
{
    if (rl->suppressed && NSV_LOG_ON(rl->lvl)) {
        /* "suppressed 1,234 similar" */
        char num[32], grouped[48], msg[80];
        int nd = snprintf(num, sizeof num, "%llu", rl->suppressed);
        size_t o = 0;
        for (int i = 0; i < nd; i++) {
            if (i > 0 && (nd - i) % 3 == 0)
                grouped[o++] = ',';
            grouped[o++] = num[i];
        }
        grouped[o] = '\0';
        snprintf(msg, sizeof msg, "suppressed %s similar", grouped);
        nsv_kv kv[] = {nsv_kv_str("similar_to", rl->msg),
                       nsv_kv_uint("suppressed", rl->suppressed)};
        nsv_log_emit(rl->lvl, rl->component, msg, kv, 2);
    }
    rl->suppressed = 0;
}

int nsv_log_rl_pass(nsv_log_rl *rl, nsv_log_level lvl, const char *component, const char *msg)
{
    int64_t now = nsv_log_clock_ms();
    if (!rl->registered) {
        rl->registered = 1;
        rl->next = g_rl_head;
        g_rl_head = rl;
        rl->window_start_ms = now;
    }
    rl->lvl = lvl;
    rl->component = component;
    rl->msg = msg;
    if (now - rl->window_start_ms >= NSV_LOG_RL_WINDOW_MS) {
        rl_report(rl);
        rl->window_start_ms = now;
        rl->passed = 0;
    }
    if (rl->passed < NSV_LOG_RL_BURST) {
        rl->passed++;
        return 1;
    }
    rl->suppressed++;
    return 0;
}

void nsv_log_tick(int force)
{
    int64_t now = nsv_log_clock_ms();
    for (nsv_log_rl *rl = g_rl_head; rl; rl = rl->next) {
        if (rl->suppressed && (force || now - rl->window_start_ms >= NSV_LOG_RL_WINDOW_MS)) {
            rl_report(rl);
            rl->window_start_ms = now;
            rl->passed = 0;
        }
    }
}
