/*
 * config.c - the configuration table and its readers (see config.h).
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>

#include "app.h"
#include "commands.h"
#include "nsv_log.h"

typedef enum { T_STR, T_INT, T_ENUM } cfg_type;

#define F_SECRET 1

typedef struct cfg_def {
    const char *key;
    cfg_type type;
    const char *def;            /* default as text */
    long long min, max;         /* T_INT */
    const char *const *choices; /* T_ENUM, NULL-terminated; value = index */
    size_t off;                 /* offsetof(nsv_config, field) */
    const char *flag;           /* command-line flag, or NULL */
    const char *help;
} cfg_def;

static const char *const wire_choices[] = {"auto", "json", "raw", NULL};
static const char *const guarantee_choices[] = {"at_least_once", "exactly_once", NULL};
static const char *const logfmt_choices[] = {"logfmt", "json", NULL};
static const char *const level_choices[] = {"debug", "info", "warn", "error", NULL};

#define OFF(f) offsetof(nsv_config, f)

/* The table.  Order is the order of --help and --dump. */
static const cfg_def defs[] = {
    {"input.topics", T_STR, "", 0, 0, NULL, OFF(input_topics), "--topics",
     "comma-separated input topics of raw news items (required for run)"},
    {"group.id", T_STR, "newsev", 0, 0, NULL, OFF(group_id), "--group",
     "consumer group of the daemon"},
    {"input.format", T_ENUM, "auto", 0, 0, wire_choices, OFF(input_format), NULL,
     "message value format: auto (JSON when it starts with '{'), json, raw text"},
    {"output.topic_template", T_STR, "news.events.{type}", 0, 0, NULL, OFF(topic_template), NULL,
     "output topic per record; {type} = meeting, statement, signing"},
    {"output.compression", T_STR, "lz4", 0, 0, NULL, OFF(compression), NULL,
     "producer compression codec (none, gzip, snappy, lz4, zstd)"},
    {"dlq.topic", T_STR, "{input}.dlq", 0, 0, NULL, OFF(dlq_topic), NULL,
     "dead-letter topic; {input} = the message's source topic"},
    {"processing.guarantee", T_ENUM, "at_least_once", 0, 0, guarantee_choices, OFF(guarantee),
     "--guarantee", "at_least_once (store offsets after delivery) or exactly_once (transactions)"},
    {"transactional.id", T_STR, "", 0, 0, NULL, OFF(transactional_id), NULL,
     "exactly_once: stable, unique per instance; empty = newsev-<hostname>"},
    {"transaction.max.messages", T_INT, "1000", 1, 1000000, NULL, OFF(txn_messages), NULL,
     "exactly_once: commit the transaction after this many input messages"},
    {"transaction.interval.ms", T_INT, "100", 10, 600000, NULL, OFF(txn_interval_ms), NULL,
     "exactly_once: or after this long, whichever comes first"},
    /* librdkafka 2.0.2's cooperative-sticky assignor has open bugs that hit a
     * daemon like this one: a commit during a rebalance can lose the
     * assignment (#4908, we auto-commit), a segfault when closing before the
     * first assignment (#4381), a hang when an assignment arrives during
     * close (#4528) and a CPU-spinning loop (#4800).  The eager "range"
     * strategy has none of these; its cost is a stop-the-world rebalance,
     * which our drain-on-revoke makes safe.  Change only with a new group.id:
     * eager and cooperative members must not be mixed. */
    {"assignment.strategy", T_STR, "range", 0, 0, NULL, OFF(assignment_strategy), NULL,
     "partition.assignment.strategy: range (default, safe on librdkafka 2.0.2), "
     "roundrobin or cooperative-sticky"},
    {"group.instance.id", T_STR, "", 0, 0, NULL, OFF(group_instance_id), NULL,
     "static group membership id (stable per instance); empty = dynamic member"},
    {"max.item.bytes", T_INT, "1048576", 64, 1 << 30, NULL, OFF(max_item_bytes), NULL,
     "largest message value accepted; larger ones are dead-lettered"},
    {"config.dir", T_STR, "", 0, 0, NULL, OFF(config_dir), "--config-dir",
     "directory holding lexicon/ (empty = the built-in default)"},
    {"stats.interval.ms", T_INT, "30000", 0, 86400000, NULL, OFF(stats_interval_ms), NULL,
     "period of the stats log line (0 = off); lag comes from librdkafka statistics"},
    {"log.format", T_ENUM, "logfmt", 0, 0, logfmt_choices, OFF(log_format), "--log-format",
     "logfmt or json, one line per record"},
    {"log.level", T_ENUM, "info", 0, 0, level_choices, OFF(log_level), "--log-level",
     "debug, info, warn or error"},
    {"log.file", T_STR, "", 0, 0, NULL, OFF(log_file), "--log-file",
     "log to this file (reopened on SIGHUP); empty = stderr"},
    {"workers", T_INT, "0", 0, 64, NULL, OFF(workers), "--workers",
     "threads that decode, normalize and encode (0 = one per online CPU); "
     "records keep their input order per partition"},
    {"max.inflight", T_INT, "10000", 1, 10000000, NULL, OFF(max_inflight), NULL,
     "backpressure: pause fetching while this many inputs await delivery"},
    {"shutdown.timeout.ms", T_INT, "30000", 0, 3600000, NULL, OFF(shutdown_timeout_ms), NULL,
     "how long to wait for delivery reports when stopping or revoking"},
    {"commit.interval.ms", T_INT, "5000", 100, 3600000, NULL, OFF(auto_commit_ms), NULL,
     "at_least_once: commit stored offsets this often (bounds duplicates after a crash)"},
};

#define NDEFS (sizeof defs / sizeof defs[0])

_Static_assert(sizeof defs / sizeof defs[0] <= NSV_CFG_MAX_KEYS, "raise NSV_CFG_MAX_KEYS");

static const char *const pt_prefixes[] = {"kafka.", "consumer.", "producer."};

/* Flags that are not table keys. */
#define FLAG_BROKERS "--brokers"

static char **str_field(nsv_config *c, const cfg_def *d)
{
    return (char **)((char *)c + d->off);
}

static long long *int_field(nsv_config *c, const cfg_def *d)
{
    return (long long *)((char *)c + d->off);
}

static int *enum_field(nsv_config *c, const cfg_def *d)
{
    return (int *)((char *)c + d->off);
}

static const cfg_def *find_def(const char *key)
{
    for (size_t i = 0; i < NDEFS; i++)
        if (!strcmp(defs[i].key, key))
            return &defs[i];
    return NULL;
}

static void errf(char *err, size_t errlen, const char *origin, const char *fmt, ...)
{
    va_list ap;
    int n = snprintf(err, errlen, "%s: ", origin);
    if (n < 0 || (size_t)n >= errlen)
        return;
    va_start(ap, fmt);
    vsnprintf(err + n, errlen - (size_t)n, fmt, ap);
    va_end(ap);
}

static char *xstrdup(const char *s)
{
    char *p = strdup(s);
    if (!p) {
        fprintf(stderr, "newsev: out of memory\n");
        exit(1);
    }
    return p;
}

/* Set a table key from text; origin is copied. */
static int set_def(nsv_config *c, const cfg_def *d, const char *value, const char *origin,
                   char *err, size_t errlen)
{
    switch (d->type) {
    case T_STR: {
        char **f = str_field(c, d);
        free(*f);
        *f = xstrdup(value);
        break;
    }
    case T_INT: {
        char *end;
        errno = 0;
        long long v = strtoll(value, &end, 10);
        while (end && isspace((unsigned char)*end))
            end++;
        if (errno || end == value || *end) {
            errf(err, errlen, origin, "%s: not an integer: \"%s\"", d->key, value);
            return -1;
        }
        if (v < d->min || v > d->max) {
            errf(err, errlen, origin, "%s: %lld is out of range [%lld, %lld]", d->key, v, d->min,
                 d->max);
            return -1;
        }
        *int_field(c, d) = v;
        break;
    }
    case T_ENUM: {
        for (int i = 0; d->choices[i]; i++) {
            if (!strcmp(d->choices[i], value)) {
                *enum_field(c, d) = i;
                goto done;
            }
        }
        char list[256] = "";
        for (int i = 0; d->choices[i]; i++) {
            if (i)
                strncat(list, ", ", sizeof list - strlen(list) - 1);
            strncat(list, d->choices[i], sizeof list - strlen(list) - 1);
        }
        errf(err, errlen, origin, "%s: \"%s\" is not one of %s", d->key, value, list);
        return -1;
    }
    }
done : {
    size_t i = (size_t)(d - defs);
    free(c->origin_store[i]);
    c->origin_store[i] = xstrdup(origin);
    c->origin[i] = c->origin_store[i];
}
    return 0;
}

static void ptlist_set(nsv_ptlist *l, const char *key, const char *value, const char *origin)
{
    for (size_t i = 0; i < l->n; i++) {
        if (!strcmp(l->v[i].key, key)) {
            free(l->v[i].value);
            free(l->v[i].origin);
            l->v[i].value = xstrdup(value);
            l->v[i].origin = xstrdup(origin);
            return;
        }
    }
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        nsv_passthru *v = realloc(l->v, cap * sizeof *v);
        if (!v) {
            fprintf(stderr, "newsev: out of memory\n");
            exit(1);
        }
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n].key = xstrdup(key);
    l->v[l->n].value = xstrdup(value);
    l->v[l->n].origin = xstrdup(origin);
    l->n++;
}

static void ptlist_free(nsv_ptlist *l)
{
    for (size_t i = 0; i < l->n; i++) {
        free(l->v[i].key);
        free(l->v[i].value);
        free(l->v[i].origin);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}

const char *nsv_ptlist_get(const nsv_ptlist *l, const char *key)
{
    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->v[i].key, key))
            return l->v[i].value;
    return NULL;
}

void nsv_config_init(nsv_config *c)
{
    memset(c, 0, sizeof *c);
    for (size_t i = 0; i < NDEFS; i++) {
        char err[256];
        if (set_def(c, &defs[i], defs[i].def, "default", err, sizeof err) != 0) {
            fprintf(stderr, "newsev: bad built-in default: %s\n", err);
            abort();
        }
    }
}

void nsv_config_free(nsv_config *c)
{
    for (size_t i = 0; i < NDEFS; i++) {
        if (defs[i].type == T_STR)
            free(*str_field(c, &defs[i]));
        free(c->origin_store[i]);
    }
    free(c->env_ignored);
    ptlist_free(&c->kafka);
    ptlist_free(&c->consumer);
    ptlist_free(&c->producer);
    for (size_t i = 0; i < c->n_topics; i++)
        free(c->topics[i]);
    free(c->topics);
    memset(c, 0, sizeof *c);
}

int nsv_config_set(nsv_config *c, const char *key, const char *value, const char *origin, char *err,
                   size_t errlen)
{
    const cfg_def *d = find_def(key);
    if (d)
        return set_def(c, d, value, origin, err, errlen);
    nsv_ptlist *lists[] = {&c->kafka, &c->consumer, &c->producer};
    for (size_t i = 0; i < 3; i++) {
        size_t pl = strlen(pt_prefixes[i]);
        if (!strncmp(key, pt_prefixes[i], pl)) {
            if (!key[pl]) {
                errf(err, errlen, origin, "empty property name after \"%s\"", pt_prefixes[i]);
                return -1;
            }
            ptlist_set(lists[i], key + pl, value, origin);
            return 0;
        }
    }
    errf(err, errlen, origin, "unknown key \"%s\"", key);
    return -1;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

int nsv_config_load_file(nsv_config *c, const char *path, FILE *errs)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(errs, "newsev: %s: %s\n", path, strerror(errno));
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    int lineno = 0, nerr = 0;
    while ((got = getline(&line, &cap, f)) >= 0) {
        lineno++;
        char origin[4200];
        snprintf(origin, sizeof origin, "%s:%d", path, lineno);
        if (memchr(line, '\0', (size_t)got)) {
            fprintf(errs, "newsev: %s: NUL byte in line\n", origin);
            nerr++;
            continue;
        }
        char *s = trim(line);
        if (!*s || *s == '#')
            continue;
        char *eq = strchr(s, '=');
        if (!eq) {
            fprintf(errs, "newsev: %s: expected \"key = value\"\n", origin);
            nerr++;
            continue;
        }
        *eq = '\0';
        char *key = trim(s);
        char *value = trim(eq + 1);
        /* optional quotes keep leading/trailing space or a '#' */
        size_t vl = strlen(value);
        if (vl >= 2 && value[0] == '"' && value[vl - 1] == '"') {
            value[vl - 1] = '\0';
            value++;
        }
        if (!*key) {
            fprintf(errs, "newsev: %s: empty key\n", origin);
            nerr++;
            continue;
        }
        char err[512];
        if (nsv_config_set(c, key, value, origin, err, sizeof err) != 0) {
            fprintf(errs, "newsev: %s\n", err);
            nerr++;
        }
    }
    free(line);
    fclose(f);
    return nerr;
}

/* NEWSEV_INPUT_TOPICS <-> input.topics */
static void env_name(const char *key, char *out, size_t cap)
{
    size_t o = (size_t)snprintf(out, cap, "NEWSEV_");
    for (; *key && o + 1 < cap; key++)
        out[o++] = *key == '.' ? '_' : (char)toupper((unsigned char)*key);
    out[o] = '\0';
}

int nsv_config_load_env(nsv_config *c, char **envp, FILE *errs)
{
    int nerr = 0;
    if (!envp)
        return 0;
    for (char **e = envp; *e; e++) {
        if (strncmp(*e, "NEWSEV_", 7))
            continue;
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        char name[256];
        size_t nl = (size_t)(eq - *e);
        if (nl >= sizeof name)
            continue;
        memcpy(name, *e, nl);
        name[nl] = '\0';
        const char *value = eq + 1;
        char origin[300];
        snprintf(origin, sizeof origin, "env %s", name);
        char err[512];
        /* table keys first */
        const cfg_def *hit = NULL;
        for (size_t i = 0; i < NDEFS; i++) {
            char en[256];
            env_name(defs[i].key, en, sizeof en);
            if (!strcmp(en, name)) {
                hit = &defs[i];
                break;
            }
        }
        if (hit) {
            if (set_def(c, hit, value, origin, err, sizeof err) != 0) {
                fprintf(errs, "newsev: %s\n", err);
                nerr++;
            }
            continue;
        }
        /* NEWSEV_KAFKA_SASL_PASSWORD -> kafka.sasl.password */
        static const char *const envp_prefixes[] = {"NEWSEV_KAFKA_", "NEWSEV_CONSUMER_",
                                                    "NEWSEV_PRODUCER_"};
        int done = 0;
        for (size_t i = 0; i < 3 && !done; i++) {
            size_t pl = strlen(envp_prefixes[i]);
            if (strncmp(name, envp_prefixes[i], pl) || !name[pl])
                continue;
            char key[300];
            size_t o = (size_t)snprintf(key, sizeof key, "%s", pt_prefixes[i]);
            for (const char *p = name + pl; *p && o + 1 < sizeof key; p++)
                key[o++] = *p == '_' ? '.' : (char)tolower((unsigned char)*p);
            key[o] = '\0';
            if (nsv_config_set(c, key, value, origin, err, sizeof err) != 0) {
                fprintf(errs, "newsev: %s\n", err);
                nerr++;
            }
            done = 1;
        }
        if (!done && strcmp(name, "NEWSEV_CONFIG") && strcmp(name, "NEWSEV_CONFIG_DIR")) {
            size_t ol = c->env_ignored ? strlen(c->env_ignored) : 0;
            char *l = realloc(c->env_ignored, ol + nl + 2);
            if (l) {
                snprintf(l + ol, nl + 2, "%s%s", ol ? "," : "", name);
                c->env_ignored = l;
            }
        }
    }
    return nerr;
}

static int split_topics(nsv_config *c)
{
    for (size_t i = 0; i < c->n_topics; i++)
        free(c->topics[i]);
    free(c->topics);
    c->topics = NULL;
    c->n_topics = 0;
    char *copy = xstrdup(c->input_topics);
    size_t cap = 0;
    for (char *save = NULL, *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        t = trim(t);
        if (!*t)
            continue;
        if (c->n_topics == cap) {
            cap = cap ? cap * 2 : 4;
            char **v = realloc(c->topics, cap * sizeof *v);
            if (!v) {
                free(copy);
                return -1;
            }
            c->topics = v;
        }
        c->topics[c->n_topics++] = xstrdup(t);
    }
    free(copy);
    return 0;
}

static int check_pt(rd_kafka_conf_t *conf, const nsv_ptlist *l, const char *prefix, FILE *errs)
{
    int nerr = 0;
    for (size_t i = 0; i < l->n; i++) {
        char errstr[512];
        if (rd_kafka_conf_set(conf, l->v[i].key, l->v[i].value, errstr, sizeof errstr) !=
            RD_KAFKA_CONF_OK) {
            fprintf(errs, "newsev: %s: %s%s: %s\n", l->v[i].origin, prefix, l->v[i].key, errstr);
            nerr++;
        }
    }
    return nerr;
}

/* Properties the daemon owns: setting them would break a guarantee. */
static int check_reserved(const nsv_config *c, FILE *errs)
{
    static const char *const reserved[] = {
        "enable.auto.offset.store",      "enable.auto.commit", "group.id", "transactional.id",
        "partition.assignment.strategy", "group.instance.id",  NULL};
    const nsv_ptlist *lists[] = {&c->kafka, &c->consumer, &c->producer};
    int nerr = 0;
    for (size_t li = 0; li < 3; li++) {
        for (size_t i = 0; i < lists[li]->n; i++) {
            for (const char *const *r = reserved; *r; r++) {
                if (!strcmp(lists[li]->v[i].key, *r)) {
                    fprintf(errs,
                            "newsev: %s: %s%s is managed by newsev; use the newsev key "
                            "instead (see --help)\n",
                            lists[li]->v[i].origin, pt_prefixes[li], *r);
                    nerr++;
                }
            }
        }
    }
    return nerr;
}

int nsv_config_finish(nsv_config *c, int need_input, FILE *errs)
{
    int nerr = 0;
    if (split_topics(c) != 0)
        return 1;
    if (need_input) {
        if (c->n_topics == 0) {
            fprintf(errs, "newsev: input.topics is not set (config file, NEWSEV_INPUT_TOPICS "
                          "or --topics)\n");
            nerr++;
        }
        if (!nsv_ptlist_get(&c->kafka, "bootstrap.servers") &&
            !nsv_ptlist_get(&c->consumer, "bootstrap.servers")) {
            fprintf(errs, "newsev: kafka.bootstrap.servers is not set (config file, "
                          "NEWSEV_KAFKA_BOOTSTRAP_SERVERS or --brokers)\n");
            nerr++;
        }
    }
    if (!*c->group_id) {
        fprintf(errs, "newsev: group.id must not be empty\n");
        nerr++;
    }
    if (!*c->topic_template) {
        fprintf(errs, "newsev: output.topic_template must not be empty\n");
        nerr++;
    }
    if (!*c->dlq_topic) {
        fprintf(errs, "newsev: dlq.topic must not be empty\n");
        nerr++;
    }
    if (!*c->transactional_id) {
        char host[256] = "localhost";
        gethostname(host, sizeof host - 1);
        host[sizeof host - 1] = '\0';
        char tid[300];
        snprintf(tid, sizeof tid, "newsev-%s", host);
        free(c->transactional_id);
        c->transactional_id = xstrdup(tid);
    }
    nerr += check_reserved(c, errs);

    /* Let librdkafka judge the pass-through properties, as each client
     * will see them. */
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    nerr += check_pt(conf, &c->kafka, "kafka.", errs);
    nerr += check_pt(conf, &c->consumer, "consumer.", errs);
    rd_kafka_conf_destroy(conf);
    conf = rd_kafka_conf_new();
    nerr += check_pt(conf, &c->producer, "producer.", errs);
    char errstr[512];
    if (*c->compression && rd_kafka_conf_set(conf, "compression.codec", c->compression, errstr,
                                             sizeof errstr) != RD_KAFKA_CONF_OK) {
        fprintf(errs, "newsev: %s: output.compression: %s\n",
                c->origin[find_def("output.compression") - defs], errstr);
        nerr++;
    }
    rd_kafka_conf_destroy(conf);
    conf = rd_kafka_conf_new();
    if (rd_kafka_conf_set(conf, "partition.assignment.strategy", c->assignment_strategy, errstr,
                          sizeof errstr) != RD_KAFKA_CONF_OK) {
        fprintf(errs, "newsev: %s: assignment.strategy: %s\n",
                c->origin[find_def("assignment.strategy") - defs], errstr);
        nerr++;
    }
    rd_kafka_conf_destroy(conf);
    return nerr;
}

int nsv_config_is_secret(const char *key)
{
    static const char *const pats[] = {"password",
                                       "secret",
                                       "jaas",
                                       "oauthbearer.config",
                                       "key.pem",
                                       "token",
                                       "sasl.kerberos.keytab",
                                       NULL};
    for (const char *const *p = pats; *p; p++)
        if (strstr(key, *p))
            return 1;
    return 0;
}

static const char *def_value_text(const nsv_config *c, const cfg_def *d, char *buf, size_t cap)
{
    switch (d->type) {
    case T_STR: return *(char *const *)((const char *)c + d->off);
    case T_INT:
        snprintf(buf, cap, "%lld", *(const long long *)((const char *)c + d->off));
        return buf;
    case T_ENUM: return d->choices[*(const int *)((const char *)c + d->off)];
    }
    return "";
}

void nsv_config_help(FILE *out, const char *cmd)
{
    fprintf(out,
            "usage: newsev %s [--config FILE] [--set key=value]... [flags]\n\n"
            "Configuration sources, later ones win: built-in defaults, the config file\n"
            "(--config FILE or $NEWSEV_CONFIG; `key = value` lines, `#` comments),\n"
            "environment NEWSEV_<KEY> (dots as underscores, upper case: NEWSEV_INPUT_TOPICS),\n"
            "then --set key=value and the flags below.\n\n"
            "Flags:\n"
            "  --config FILE          read this config file\n"
            "  --set key=value        set any key (repeatable)\n"
            "  --brokers LIST         kafka.bootstrap.servers\n",
            cmd);
    for (size_t i = 0; i < NDEFS; i++)
        if (defs[i].flag)
            fprintf(out, "  %-22s %s\n", defs[i].flag, defs[i].key);
    fprintf(out, "  -h, --help             this text\n\nKeys:\n");
    for (size_t i = 0; i < NDEFS; i++) {
        const cfg_def *d = &defs[i];
        char range[128] = "";
        if (d->type == T_INT)
            snprintf(range, sizeof range, ", %lld..%lld", d->min, d->max);
        else if (d->type == T_ENUM) {
            size_t o = (size_t)snprintf(range, sizeof range, ", one of");
            for (int j = 0; d->choices[j] && o < sizeof range; j++)
                o += (size_t)snprintf(range + o, sizeof range - o, " %s", d->choices[j]);
        }
        fprintf(out, "  %s  (default \"%s\"%s)\n      %s\n", d->key, d->def, range, d->help);
    }
    fprintf(out,
            "\nlibrdkafka properties pass through verbatim (see librdkafka's CONFIGURATION.md):\n"
            "  kafka.<property>       both clients, e.g. kafka.bootstrap.servers, "
            "kafka.security.protocol\n"
            "  consumer.<property>    the consumer only, e.g. consumer.auto.offset.reset\n"
            "  producer.<property>    the producer only, e.g. producer.linger.ms\n"
            "Environment: NEWSEV_KAFKA_SASL_PASSWORD sets kafka.sasl.password.\n"
            "Exit status 78 on a bad configuration; unknown keys are reported as file:line.\n");
}

static void dump_value(FILE *out, const char *key, const char *value, const char *origin)
{
    const char *v = nsv_config_is_secret(key) && *value ? "********" : value;
    int needs_quotes = !*v || isspace((unsigned char)v[0]) ||
                       isspace((unsigned char)v[strlen(v) - 1]) || strchr(v, '#');
    if (needs_quotes)
        fprintf(out, "%s = \"%s\"", key, v);
    else
        fprintf(out, "%s = %s", key, v);
    fprintf(out, "  # %s\n", origin);
}

void nsv_config_dump(const nsv_config *c, FILE *out)
{
    char buf[64];
    for (size_t i = 0; i < NDEFS; i++)
        dump_value(out, defs[i].key, def_value_text(c, &defs[i], buf, sizeof buf),
                   c->origin[i] ? c->origin[i] : "default");
    const nsv_ptlist *lists[] = {&c->kafka, &c->consumer, &c->producer};
    for (size_t li = 0; li < 3; li++) {
        for (size_t i = 0; i < lists[li]->n; i++) {
            char key[512];
            snprintf(key, sizeof key, "%s%s", pt_prefixes[li], lists[li]->v[i].key);
            dump_value(out, key, lists[li]->v[i].value, lists[li]->v[i].origin);
        }
    }
}

void nsv_config_log(const nsv_config *c)
{
    if (c->env_ignored)
        NSV_LOG(NSV_LOG_WARN, "config",
                "environment variables that are not configuration keys, ignored",
                NSV_KV("env", c->env_ignored));
    if (!NSV_LOG_ON(NSV_LOG_INFO))
        return;
    char buf[64];
    for (size_t i = 0; i < NDEFS; i++)
        NSV_LOG(NSV_LOG_INFO, "config", "setting", NSV_KV("key", defs[i].key),
                NSV_KV("value", def_value_text(c, &defs[i], buf, sizeof buf)),
                NSV_KV("origin", c->origin[i] ? c->origin[i] : "default"));
    const nsv_ptlist *lists[] = {&c->kafka, &c->consumer, &c->producer};
    for (size_t li = 0; li < 3; li++) {
        for (size_t i = 0; i < lists[li]->n; i++) {
            char key[512];
            snprintf(key, sizeof key, "%s%s", pt_prefixes[li], lists[li]->v[i].key);
            const char *v = lists[li]->v[i].value;
            NSV_LOG(NSV_LOG_INFO, "config", "setting", NSV_KV("key", key),
                    NSV_KV("value", nsv_config_is_secret(key) && *v ? "********" : v),
                    NSV_KV("origin", lists[li]->v[i].origin));
        }
    }
}

int nsv_template_expand(const char *tmpl, const char *name, const char *value, char *out,
                        size_t cap)
{
    char pat[64];
    snprintf(pat, sizeof pat, "{%s}", name);
    size_t pl = strlen(pat), vl = strlen(value), o = 0;
    for (const char *p = tmpl; *p;) {
        if (!strncmp(p, pat, pl)) {
            if (o + vl >= cap)
                return -1;
            memcpy(out + o, value, vl);
            o += vl;
            p += pl;
        } else {
            if (o + 1 >= cap)
                return -1;
            out[o++] = *p++;
        }
    }
    out[o] = '\0';
    return 0;
}

/* ------------------------------------------------------------------ */
/* Command line                                                         */

extern char **environ;

const char *nsv_flag_value(const char *flag, int argc, char **argv, int *i, int *missing)
{
    size_t fl = strlen(flag);
    const char *a = argv[*i];
    if (strncmp(a, flag, fl))
        return NULL;
    if (a[fl] == '=')
        return a + fl + 1;
    if (a[fl])
        return NULL;
    if (*i + 1 >= argc) {
        *missing = 1;
        return NULL;
    }
    return argv[++*i];
}

int nsv_config_from_args(nsv_config *c, const char *cmd, int argc, char **argv, int need_input,
                         char **extra, int *n_extra)
{
    const char *file = NULL;
    int missing = 0;
    if (n_extra)
        *n_extra = 0;
    /* pass 1: --help and --config */
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            nsv_config_help(stdout, cmd);
            return 0;
        }
        const char *v = nsv_flag_value("--config", argc, argv, &i, &missing);
        if (v)
            file = v;
        if (missing) {
            fprintf(stderr, "newsev %s: --config needs a value\n", cmd);
            return EXIT_USAGE;
        }
    }
    if (!file) {
        const char *e = getenv("NEWSEV_CONFIG");
        if (e && *e)
            file = e;
    }
    int nerr = 0;
    if (file) {
        int r = nsv_config_load_file(c, file, stderr);
        if (r < 0)
            return EXIT_CONFIG;
        nerr += r;
    }
    nerr += nsv_config_load_env(c, environ, stderr);

    /* pass 2: everything else, in order */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v;
        char err[512];
        if ((v = nsv_flag_value("--config", argc, argv, &i, &missing)))
            continue;
        if ((v = nsv_flag_value("--set", argc, argv, &i, &missing))) {
            const char *eq = strchr(v, '=');
            if (!eq || eq == v) {
                fprintf(stderr, "newsev: --set %s: expected key=value\n", v);
                nerr++;
                continue;
            }
            char key[512];
            snprintf(key, sizeof key, "%.*s", (int)(eq - v), v);
            if (nsv_config_set(c, trim(key), eq + 1, "--set", err, sizeof err) != 0) {
                fprintf(stderr, "newsev: %s\n", err);
                nerr++;
            }
            continue;
        }
        if ((v = nsv_flag_value(FLAG_BROKERS, argc, argv, &i, &missing))) {
            nsv_config_set(c, "kafka.bootstrap.servers", v, FLAG_BROKERS, err, sizeof err);
            continue;
        }
        int matched = 0;
        for (size_t d = 0; d < NDEFS && !matched && !missing; d++) {
            if (!defs[d].flag)
                continue;
            if ((v = nsv_flag_value(defs[d].flag, argc, argv, &i, &missing))) {
                matched = 1;
                if (set_def(c, &defs[d], v, defs[d].flag, err, sizeof err) != 0) {
                    fprintf(stderr, "newsev: %s\n", err);
                    nerr++;
                }
            }
        }
        if (missing) {
            fprintf(stderr, "newsev %s: %s needs a value\n", cmd, a);
            return EXIT_USAGE;
        }
        if (matched)
            continue;
        if (extra) {
            extra[(*n_extra)++] = argv[i];
            continue;
        }
        fprintf(stderr, "newsev %s: unknown argument \"%s\" (see --help)\n", cmd, a);
        return EXIT_USAGE;
    }
    nerr += nsv_config_finish(c, need_input, stderr);
    if (nerr) {
        fprintf(stderr, "newsev: %d configuration error%s\n", nerr, nerr == 1 ? "" : "s");
        return EXIT_CONFIG;
    }
    return -1;
}

/* `newsev config [--dump] [--config FILE] [--set k=v]...`: print the effective
 * configuration with the origin of every value; exit 78 when it is invalid. */
int cmd_config(int argc, char **argv)
{
    nsv_config c;
    nsv_config_init(&c);
    char **extra = calloc((size_t)argc + 1, sizeof *extra);
    int n_extra = 0;
    int rc = nsv_config_from_args(&c, "config", argc, argv, 0, extra, &n_extra);
    if (rc >= 0) {
        free(extra);
        nsv_config_free(&c);
        return rc;
    }
    for (int i = 0; i < n_extra; i++) {
        if (strcmp(extra[i], "--dump")) {
            fprintf(stderr, "newsev config: unknown argument \"%s\" (try --dump)\n", extra[i]);
            free(extra);
            nsv_config_free(&c);
            return EXIT_USAGE;
        }
    }
    free(extra);
    if (c.env_ignored)
        fprintf(stderr, "newsev: warning: env %s: not a configuration key, ignored\n",
                c.env_ignored);
    nsv_config_dump(&c, stdout);
    nsv_config_free(&c);
    return 0;
}
