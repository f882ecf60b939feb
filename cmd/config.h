/*
 * config.h - the daemon's configuration.
 *
 * One declarative table (config.c) drives parsing, validation, `--help` and
 * `newsev config --dump`.  Sources, later ones win:
 *   built-in defaults < config file (`key = value`, `#` comments)
 *                     < environment (NEWSEV_<KEY>, dots as underscores, upper case)
 *                     < command line (`--set key=value` and the flags of common keys)
 * librdkafka properties pass through verbatim under the prefixes `kafka.`
 * (both clients), `consumer.` and `producer.`.
 */
#ifndef NSV_CONFIG_H
#define NSV_CONFIG_H

#include <stddef.h>
#include <stdio.h>

typedef enum nsv_guarantee {
    NSV_AT_LEAST_ONCE = 0,
    NSV_EXACTLY_ONCE,
} nsv_guarantee;

/* One librdkafka property passed through. */
typedef struct nsv_passthru {
    char *key; /* librdkafka name, prefix removed */
    char *value;
    char *origin; /* "file:line", "env NEWSEV_X", "--set" */
} nsv_passthru;

typedef struct nsv_ptlist {
    nsv_passthru *v;
    size_t n, cap;
} nsv_ptlist;

#define NSV_CFG_MAX_KEYS 40

typedef struct nsv_config {
    char *input_topics;        /* input.topics, comma list */
    char *group_id;            /* group.id */
    int input_format;          /* input.format: nsv_wire (auto, json, raw) */
    char *topic_template;      /* output.topic_template, "{type}" */
    char *compression;         /* output.compression */
    char *dlq_topic;           /* dlq.topic, "{input}" */
    int guarantee;             /* processing.guarantee: nsv_guarantee */
    char *transactional_id;    /* transactional.id ("" -> newsev-<hostname>) */
    long long txn_messages;    /* transaction.max.messages */
    long long txn_interval_ms; /* transaction.interval.ms */
    char *assignment_strategy; /* assignment.strategy */
    char *group_instance_id;   /* group.instance.id ("" = dynamic member) */
    long long max_item_bytes;  /* max.item.bytes */
    char *config_dir;          /* config.dir (lexicon data dir, "" = default) */
    long long stats_interval_ms;
    int log_format; /* nsv_log_format */
    int log_level;  /* nsv_log_level */
    char *log_file;
    long long workers;             /* workers: normalizer threads, 0 = one per CPU */
    long long max_inflight;        /* max.inflight: inputs not yet delivered */
    long long shutdown_timeout_ms; /* shutdown.timeout.ms: flush bound */
    long long auto_commit_ms;      /* commit.interval.ms */

    nsv_ptlist kafka, consumer, producer;

    /* NEWSEV_* environment variables that are no key, comma-separated:
     * reported by nsv_config_log() (a warning line in the configured log
     * format) and by `newsev config`, not printed while reading */
    char *env_ignored;

    /* derived by nsv_config_finish() */
    char **topics;
    size_t n_topics;

    /* where each table key's value came from ("default" when unset) */
    const char *origin[NSV_CFG_MAX_KEYS];
    char *origin_store[NSV_CFG_MAX_KEYS];
} nsv_config;

void nsv_config_init(nsv_config *c);
void nsv_config_free(nsv_config *c);

/* Set one key (table key or prefixed librdkafka property).  `origin` says
 * where it came from and prefixes the error.  0 or -1 with err filled. */
int nsv_config_set(nsv_config *c, const char *key, const char *value, const char *origin, char *err,
                   size_t errlen);

/* Read `key = value` lines.  Every bad line is reported on `errs` as
 * "file:line: ..." and counted; returns the number of errors (-1: cannot
 * read the file, message on errs). */
int nsv_config_load_file(nsv_config *c, const char *path, FILE *errs);

/* Apply NEWSEV_* variables from envp.  Returns the number of errors. */
int nsv_config_load_env(nsv_config *c, char **envp, FILE *errs);

/* Validate and derive: split topics, resolve defaults, check the pass-through
 * properties against librdkafka.  need_input: input.topics and
 * kafka.bootstrap.servers must be set.  Returns the number of errors. */
int nsv_config_finish(nsv_config *c, int need_input, FILE *errs);

/* Look up a pass-through value (NULL when unset); list is c->kafka etc. */
const char *nsv_ptlist_get(const nsv_ptlist *l, const char *key);

/* Command line: defaults, then --config FILE (or $NEWSEV_CONFIG), env,
 * then --set and flags, then nsv_config_finish().  Returns -1 to continue,
 * or an exit status (0 after --help, EXIT_USAGE, EXIT_CONFIG).  Unknown
 * arguments are an error unless `extra` is given: then they are collected in
 * extra[] (caller provides argc slots) and counted in *n_extra. */
int nsv_config_from_args(nsv_config *c, const char *cmd, int argc, char **argv, int need_input,
                         char **extra, int *n_extra);

/* "--flag value" or "--flag=value" at argv[*i]: the value (borrowed from
 * argv), or NULL when argv[*i] is not the flag; *missing is set when the
 * value should follow but argv ends.  Advances *i past a separate value. */
const char *nsv_flag_value(const char *flag, int argc, char **argv, int *i, int *missing);

void nsv_config_help(FILE *out, const char *cmd);
/* `key = value  # origin` lines, secrets masked, pass-through included. */
void nsv_config_dump(const nsv_config *c, FILE *out);
/* Log the effective configuration (secrets masked), one line per key. */
void nsv_config_log(const nsv_config *c);

/* 1 when a property name looks like it holds a secret. */
int nsv_config_is_secret(const char *key);

/* Expand "{name}" in tmpl with value into out.  Returns 0, -1 if cut. */
int nsv_template_expand(const char *tmpl, const char *name, const char *value, char *out,
                        size_t cap);

#endif /* NSV_CONFIG_H */
