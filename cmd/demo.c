/*
 * demo.c - `newsev demo`: the whole pipeline on librdkafka's built-in mock
 * cluster, in process, with no broker installed.
 *
 * Starts a mock cluster, creates the topics, produces the sample items
 * (configs/samples: items.jsonl and malformed.jsonl one item per line,
 * raw-*.txt one item per file) to news.raw, runs the same pipeline loop as
 * `newsev run` until every item is processed and delivered, then reads the
 * output topics back and prints the records and a summary.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include "../consumer/consumer.h"
#include "app.h"
#include "commands.h"
#include "config.h"
#include "nsv_log.h"
#include "run.h"

#define DEMO_INPUT "news.raw"
#define DEMO_PARTITIONS 3
#define DEMO_TIMEOUT_MS 50000
#define SAMPLE_MAX (4u << 20)

static int produce_one(rd_kafka_t *rk, const char *key, const char *value, size_t len)
{
    rd_kafka_resp_err_t err = rd_kafka_producev(
        rk, RD_KAFKA_V_TOPIC(DEMO_INPUT), RD_KAFKA_V_KEY(key, key ? strlen(key) : 0),
        RD_KAFKA_V_VALUE((void *)value, len), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
        RD_KAFKA_V_END);
    if (err) {
        fprintf(stderr, "newsev demo: produce: %s\n", rd_kafka_err2str(err));
        return -1;
    }
    return 0;
}

/* One message per non-blank line. */
static int produce_lines(rd_kafka_t *rk, const char *path, int *count)
{
    char *data;
    size_t len;
    if (app_read_file(path, SAMPLE_MAX, &data, &len) != 0) {
        fprintf(stderr, "newsev demo: %s: %s\n", path, strerror(errno));
        return -1;
    }
    char *p = data, *end = data + len;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        size_t k = 0;
        while (k < n && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r'))
            k++;
        if (k < n) {
            if (produce_one(rk, NULL, p, n) != 0) {
                free(data);
                return -1;
            }
            (*count)++;
        }
        p += n + 1;
    }
    free(data);
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Produce the samples; returns the number of messages or -1. */
static int produce_samples(rd_kafka_t *rk, const char *dir)
{
    int count = 0;
    char path[8192];
    snprintf(path, sizeof path, "%s/items.jsonl", dir);
    if (produce_lines(rk, path, &count) != 0)
        return -1;
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "newsev demo: %s: %s\n", dir, strerror(errno));
        return -1;
    }
    char *names[256];
    size_t nn = 0;
    struct dirent *de;
    while ((de = readdir(d)) && nn < 256) {
        size_t l = strlen(de->d_name);
        if (!strncmp(de->d_name, "raw-", 4) && l > 4 && !strcmp(de->d_name + l - 4, ".txt"))
            names[nn++] = strdup(de->d_name);
    }
    closedir(d);
    qsort(names, nn, sizeof names[0], cmp_str);
    int rc = 0;
    for (size_t i = 0; i < nn; i++) {
        char *data;
        size_t len;
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        if (rc == 0 && app_read_file(path, SAMPLE_MAX, &data, &len) == 0) {
            /* raw items: the file name (without .txt) is the message key,
             * which becomes the item id */
            char key[256];
            snprintf(key, sizeof key, "%.*s", (int)(strlen(names[i]) - 4), names[i]);
            if (produce_one(rk, key, data, len) == 0)
                count++;
            else
                rc = -1;
            free(data);
        } else if (rc == 0) {
            fprintf(stderr, "newsev demo: %s: %s\n", path, strerror(errno));
            rc = -1;
        }
        free(names[i]);
    }
    if (rc)
        return -1;
    snprintf(path, sizeof path, "%s/malformed.jsonl", dir);
    if (produce_lines(rk, path, &count) != 0)
        return -1;
    if (rd_kafka_flush(rk, 10000) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        fprintf(stderr, "newsev demo: samples not delivered to the mock cluster\n");
        return -1;
    }
    return count;
}

static const char *jstr(json_t *o, const char *k)
{
    const char *s = json_string_value(json_object_get(o, k));
    return s ? s : NULL;
}

/* A one-line, human-readable view of a record. */
static void print_record(FILE *out, const char *value, size_t len)
{
    json_t *r = json_loadb(value, len, 0, NULL);
    if (!r) {
        fprintf(out, "    (not JSON) %.*s\n", (int)(len > 80 ? 80 : len), value);
        return;
    }
    const char *type = jstr(r, "type");
    const char *date = jstr(r, "date");
    const char *modality = jstr(r, "modality");
    fprintf(out, "    %-9s %-10s", type ? type : "?", date ? date : "(no date)");
    if (type && !strcmp(type, "statement")) {
        json_t *sp = json_object_get(r, "speaker");
        const char *q = jstr(r, "quote");
        fprintf(out, " %s:", sp ? (jstr(sp, "name") ? jstr(sp, "name") : "?") : "?");
        if (q)
            fprintf(out, " \"%.70s%s\"", q, strlen(q) > 70 ? "..." : "");
    } else {
        json_t *ps = json_object_get(r, "participants");
        size_t i;
        json_t *pt;
        fprintf(out, " ");
        json_array_foreach(ps, i, pt)
        {
            fprintf(out, "%s%s", i ? ", " : "", jstr(pt, "name") ? jstr(pt, "name") : "?");
        }
        json_t *doc = json_object_get(r, "document");
        if (doc && jstr(doc, "title"))
            fprintf(out, "; document: %s", jstr(doc, "title"));
    }
    json_t *loc = json_object_get(r, "location");
    if (loc && jstr(loc, "name"))
        fprintf(out, " @ %s", jstr(loc, "name"));
    if (modality && strcmp(modality, "actual"))
        fprintf(out, " [%s]", modality);
    fprintf(out, "\n");
    json_decref(r);
}

static const char *header(const rd_kafka_message_t *m, const char *name, char *buf, size_t cap)
{
    rd_kafka_headers_t *h = NULL;
    const void *v;
    size_t n;
    if (rd_kafka_message_headers((rd_kafka_message_t *)m, &h) || !h ||
        rd_kafka_header_get_last(h, name, &v, &n) || !v)
        return "";
    snprintf(buf, cap, "%.*s", (int)n, (const char *)v);
    return buf;
}

/* Read every output topic from the beginning and print it. */
static int print_topics(const char *bootstraps, char topics[][256], int ntopics, FILE *out)
{
    char errstr[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    if (nsv_rdk_set(conf, "bootstrap.servers", bootstraps, errstr, sizeof errstr) ||
        nsv_rdk_set(conf, "group.id", "newsev-demo-reader", errstr, sizeof errstr) ||
        nsv_rdk_set(conf, "enable.auto.commit", "false", errstr, sizeof errstr) ||
        nsv_rdk_set(conf, "enable.partition.eof", "true", errstr, sizeof errstr) ||
        nsv_rdk_log_setup(conf, errstr, sizeof errstr)) {
        fprintf(stderr, "newsev demo: %s\n", errstr);
        rd_kafka_conf_destroy(conf);
        return -1;
    }
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, errstr, sizeof errstr);
    if (!rk) {
        fprintf(stderr, "newsev demo: %s\n", errstr);
        return -1;
    }
    nsv_rdk_log_forward(rk);
    rd_kafka_poll_set_consumer(rk);
    rd_kafka_topic_partition_list_t *parts = rd_kafka_topic_partition_list_new(ntopics);
    for (int i = 0; i < ntopics; i++)
        rd_kafka_topic_partition_list_add(parts, topics[i], 0)->offset = RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_assign(rk, parts);
    rd_kafka_topic_partition_list_destroy(parts);

    /* collect, then print grouped by topic */
    typedef struct {
        int topic;
        char *text;
    } line;
    line *lines = NULL;
    size_t nl = 0, cap = 0;
    int eofs = 0;
    int64_t waited = 0;
    while (eofs < ntopics && waited < 15000) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
        if (!m) {
            waited += 100;
            continue;
        }
        if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            eofs++;
        } else if (!m->err) {
            int ti = 0;
            for (int i = 0; i < ntopics; i++)
                if (!strcmp(topics[i], rd_kafka_topic_name(m->rkt)))
                    ti = i;
            char *buf = NULL;
            size_t blen = 0;
            FILE *mf = open_memstream(&buf, &blen);
            if (ti == ntopics - 1) {
                char code[64], msg[256], src[256], off[32], part[32];
                fprintf(mf, "    %s/%s/%s  %s: %.120s\n",
                        header(m, "newsev.source.topic", src, sizeof src),
                        header(m, "newsev.source.partition", part, sizeof part),
                        header(m, "newsev.source.offset", off, sizeof off),
                        header(m, "newsev.error.code", code, sizeof code),
                        header(m, "newsev.error.message", msg, sizeof msg));
            } else {
                print_record(mf, m->payload, m->len);
            }
            fclose(mf);
            if (nl == cap) {
                cap = cap ? cap * 2 : 32;
                lines = realloc(lines, cap * sizeof *lines);
            }
            lines[nl].topic = ti;
            lines[nl].text = buf;
            nl++;
        }
        rd_kafka_message_destroy(m);
    }
    for (int t = 0; t < ntopics; t++) {
        size_t n = 0;
        for (size_t i = 0; i < nl; i++)
            n += lines[i].topic == t;
        fprintf(out, "\n%s (%zu record%s)\n", topics[t], n, n == 1 ? "" : "s");
        for (size_t i = 0; i < nl; i++)
            if (lines[i].topic == t)
                fputs(lines[i].text, out);
    }
    for (size_t i = 0; i < nl; i++)
        free(lines[i].text);
    free(lines);
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return 0;
}

int cmd_demo(int argc, char **argv)
{
    nsv_config cfg;
    nsv_config_init(&cfg);
    char errstr[512];
    /* quiet by default so the printout reads well; --log-level info shows
     * the daemon's lines */
    nsv_config_set(&cfg, "log.level", "warn", "demo", errstr, sizeof errstr);
    nsv_config_set(&cfg, "stats.interval.ms", "0", "demo", errstr, sizeof errstr);
    char **extra = calloc((size_t)argc + 1, sizeof *extra);
    int n_extra = 0;
    int rc = nsv_config_from_args(&cfg, "demo", argc, argv, 0, extra, &n_extra);
    const char *samples = NULL;
    if (rc < 0) {
        for (int i = 0; i < n_extra; i++) {
            if (!strcmp(extra[i], "--samples") && i + 1 < n_extra) {
                samples = extra[++i];
            } else {
                fprintf(stderr,
                        "newsev demo: unknown argument \"%s\" (--samples DIR, or see "
                        "--help)\n",
                        extra[i]);
                rc = EXIT_USAGE;
            }
        }
    }
    free(extra);
    if (rc >= 0) {
        nsv_config_free(&cfg);
        return rc;
    }
    if (nsv_run_setup_logging(&cfg) != 0) {
        nsv_config_free(&cfg);
        return EXIT_CONFIG;
    }
    char sdir[4096];
    if (!samples) {
        snprintf(sdir, sizeof sdir, "%s/samples", app_config_dir(cfg.config_dir));
        samples = sdir;
    }

    /* the mock cluster lives as long as this handle */
    rd_kafka_conf_t *mconf = rd_kafka_conf_new();
    nsv_rdk_log_setup(mconf, errstr, sizeof errstr);
    rd_kafka_t *mrk = rd_kafka_new(RD_KAFKA_PRODUCER, mconf, errstr, sizeof errstr);
    if (!mrk) {
        fprintf(stderr, "newsev demo: %s\n", errstr);
        nsv_config_free(&cfg);
        return 1;
    }
    nsv_rdk_log_forward(mrk);
    rd_kafka_mock_cluster_t *mc = rd_kafka_mock_cluster_new(mrk, 1);
    if (!mc) {
        fprintf(stderr, "newsev demo: cannot start the mock cluster\n");
        rd_kafka_destroy(mrk);
        nsv_config_free(&cfg);
        return 1;
    }
    const char *bootstraps = rd_kafka_mock_cluster_bootstraps(mc);

    /* topics: input, one per event type, dead letters */
    char topics[4][256];
    const char *types[3] = {"meeting", "statement", "signing"};
    for (int i = 0; i < 3; i++)
        nsv_template_expand(cfg.topic_template, "type", types[i], topics[i], sizeof topics[i]);
    nsv_template_expand(cfg.dlq_topic, "input", DEMO_INPUT, topics[3], sizeof topics[3]);
    rd_kafka_mock_topic_create(mc, DEMO_INPUT, DEMO_PARTITIONS, 1);
    for (int i = 0; i < 4; i++)
        rd_kafka_mock_topic_create(mc, topics[i], 1, 1);

    /* the daemon's configuration, pointed at the mock */
    nsv_config_set(&cfg, "kafka.bootstrap.servers", bootstraps, "demo", errstr, sizeof errstr);
    nsv_config_set(&cfg, "input.topics", DEMO_INPUT, "demo", errstr, sizeof errstr);
    nsv_config_set(&cfg, "group.id", "newsev-demo", "demo", errstr, sizeof errstr);
    /* the mock's group join waits about session.timeout.ms on a rejoin */
    nsv_config_set(&cfg, "consumer.session.timeout.ms", "6000", "demo", errstr, sizeof errstr);
    nsv_config_set(&cfg, "consumer.heartbeat.interval.ms", "500", "demo", errstr, sizeof errstr);
    nsv_config_set(&cfg, "producer.linger.ms", "5", "demo", errstr, sizeof errstr);
    if (nsv_config_finish(&cfg, 1, stderr) != 0) {
        rc = EXIT_CONFIG;
        goto out;
    }

    /* the samples */
    rd_kafka_conf_t *pconf = rd_kafka_conf_new();
    nsv_rdk_set(pconf, "bootstrap.servers", bootstraps, errstr, sizeof errstr);
    nsv_rdk_log_setup(pconf, errstr, sizeof errstr);
    rd_kafka_t *prk = rd_kafka_new(RD_KAFKA_PRODUCER, pconf, errstr, sizeof errstr);
    if (!prk) {
        fprintf(stderr, "newsev demo: %s\n", errstr);
        rc = 1;
        goto out;
    }
    nsv_rdk_log_forward(prk);
    int n = produce_samples(prk, samples);
    rd_kafka_destroy(prk);
    if (n < 0) {
        rc = 1;
        goto out;
    }
    printf("newsev demo: mock Kafka cluster at %s; produced %d sample items to %s "
           "(%d partitions)\n",
           bootstraps, n, DEMO_INPUT, DEMO_PARTITIONS);
    fflush(stdout);

    nsv_run_opts opts = {
        .cfg = &cfg, .stop_after = (uint64_t)n, .timeout_ms = DEMO_TIMEOUT_MS, .handle_signals = 1};
    nsv_counts c;
    rc = nsv_pipeline_run(&opts, &c);
    if (rc != 0) {
        fprintf(stderr, "newsev demo: the pipeline failed (exit %d)\n", rc);
        goto out;
    }
    print_topics(bootstraps, topics, 4, stdout);

    printf("\nsummary: consumed %llu = %llu items with events + %llu without + %llu dead "
           "letters%s\n",
           (unsigned long long)c.consumed, (unsigned long long)c.with_events,
           (unsigned long long)c.without_events, (unsigned long long)c.dead_letters,
           c.consumed == c.with_events + c.without_events + c.dead_letters ? "" : "  (MISMATCH)");
    printf("events:  ");
    for (int i = 0; i < 3; i++)
        printf("%s%s %llu", i ? ", " : "", nsv_event_type_name((nsv_event_type)i),
               (unsigned long long)c.delivered[i]);
    printf("  (delivered to %s)\n", cfg.topic_template);
    printf("dead letters:");
    if (!c.dead_letters)
        printf(" none");
    for (int i = 0; i < NSV_DLQ_REASONS && c.dlq[i].reason; i++)
        printf("%s %s %llu", i ? "," : "", c.dlq[i].reason, (unsigned long long)c.dlq[i].count);
    printf("  (to %s, with the original bytes and newsev.error.* headers)\n", topics[3]);
out:
    rd_kafka_mock_cluster_destroy(mc);
    rd_kafka_destroy(mrk);
    nsv_config_free(&cfg);
    nsv_log_close();
    return rc;
}
