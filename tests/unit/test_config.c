/* test_config.c - the configuration table, file, env and command line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../cmd/app.h"
#include "../../cmd/config.h"

static char *write_tmp(const char *text)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/test_config_XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    return path;
}

static char errtext[8192];
static FILE *errs(void)
{
    FILE *f = fmemopen(errtext, sizeof errtext, "w");
    assert_non_null(f);
    return f;
}

static void test_defaults(void **state)
{
    (void)state;
    nsv_config c;
    nsv_config_init(&c);
    assert_string_equal(c.group_id, "newsev");
    assert_string_equal(c.topic_template, "news.events.{type}");
    assert_string_equal(c.dlq_topic, "{input}.dlq");
    assert_int_equal(c.guarantee, NSV_AT_LEAST_ONCE);
    assert_int_equal(c.max_item_bytes, 1048576);
    assert_int_equal(c.stats_interval_ms, 30000);
    assert_string_equal(c.assignment_strategy, "range");
    FILE *e = errs();
    assert_int_equal(nsv_config_finish(&c, 0, e), 0);
    fclose(e);
    assert_true(!strncmp(c.transactional_id, "newsev-", 7));
    nsv_config_free(&c);
}

static void test_file(void **state)
{
    (void)state;
    const char *path = write_tmp("# comment\n"
                                 "\n"
                                 "input.topics = news.raw, news.other ,\n"
                                 "  group.id=g1   \n"
                                 "kafka.bootstrap.servers = localhost:9092\n"
                                 "producer.linger.ms = 20\n"
                                 "consumer.auto.offset.reset = earliest\n"
                                 "processing.guarantee = exactly_once\n"
                                 "dlq.topic = \"dead # letters\"\n");
    nsv_config c;
    nsv_config_init(&c);
    FILE *e = errs();
    assert_int_equal(nsv_config_load_file(&c, path, e), 0);
    assert_int_equal(nsv_config_finish(&c, 1, e), 0);
    fclose(e);
    assert_int_equal(c.n_topics, 2);
    assert_string_equal(c.topics[0], "news.raw");
    assert_string_equal(c.topics[1], "news.other");
    assert_string_equal(c.group_id, "g1");
    assert_int_equal(c.guarantee, NSV_EXACTLY_ONCE);
    assert_string_equal(c.dlq_topic, "dead # letters");
    assert_string_equal(nsv_ptlist_get(&c.kafka, "bootstrap.servers"), "localhost:9092");
    assert_string_equal(nsv_ptlist_get(&c.producer, "linger.ms"), "20");
    assert_string_equal(nsv_ptlist_get(&c.consumer, "auto.offset.reset"), "earliest");
    assert_null(nsv_ptlist_get(&c.kafka, "linger.ms"));
    nsv_config_free(&c);
    unlink(path);
}

static void test_file_errors(void **state)
{
    (void)state;
    const char *path = write_tmp("input.topics = a\n"
                                 "no.such.key = 1\n"
                                 "max.item.bytes = lots\n"
                                 "just words\n"
                                 "processing.guarantee = maybe\n"
                                 "stats.interval.ms = -5\n");
    nsv_config c;
    nsv_config_init(&c);
    FILE *e = errs();
    assert_int_equal(nsv_config_load_file(&c, path, e), 5);
    fclose(e);
    char want[128];
    snprintf(want, sizeof want, "%s:2: unknown key \"no.such.key\"", path);
    assert_non_null(strstr(errtext, want));
    snprintf(want, sizeof want, "%s:3: max.item.bytes: not an integer", path);
    assert_non_null(strstr(errtext, want));
    snprintf(want, sizeof want, "%s:4: expected", path);
    assert_non_null(strstr(errtext, want));
    snprintf(want, sizeof want, "%s:5: processing.guarantee: \"maybe\" is not one of", path);
    assert_non_null(strstr(errtext, want));
    snprintf(want, sizeof want, "%s:6: stats.interval.ms: -5 is out of range", path);
    assert_non_null(strstr(errtext, want));
    nsv_config_free(&c);
    unlink(path);
}

/* librdkafka judges pass-through properties; errors keep file:line. */
static void test_passthru_checked(void **state)
{
    (void)state;
    const char *path = write_tmp("kafka.bootstrap.servers = x:1\n"
                                 "input.topics = t\n"
                                 "producer.linger.ms = soon\n"
                                 "kafka.no.such.property = 1\n"
                                 "consumer.enable.auto.commit = false\n");
    nsv_config c;
    nsv_config_init(&c);
    FILE *e = errs();
    assert_int_equal(nsv_config_load_file(&c, path, e), 0);
    assert_int_equal(nsv_config_finish(&c, 1, e), 3);
    fclose(e);
    char want[128];
    snprintf(want, sizeof want, "%s:3: producer.linger.ms", path);
    assert_non_null(strstr(errtext, want));
    snprintf(want, sizeof want, "%s:4: kafka.no.such.property", path);
    assert_non_null(strstr(errtext, want));
    snprintf(want, sizeof want, "%s:5: consumer.enable.auto.commit is managed by newsev", path);
    assert_non_null(strstr(errtext, want));
    nsv_config_free(&c);
    unlink(path);
}

static void test_env(void **state)
{
    (void)state;
    char *env[] = {"NEWSEV_INPUT_TOPICS=from.env",
                   "NEWSEV_MAX_INFLIGHT=77",
                   "NEWSEV_KAFKA_SASL_PASSWORD=hunter2",
                   "NEWSEV_PRODUCER_LINGER_MS=9",
                   "NEWSEV_LOG_LEVEL=loud",
                   "PATH=/bin",
                   NULL};
    nsv_config c;
    nsv_config_init(&c);
    FILE *e = errs();
    assert_int_equal(nsv_config_load_env(&c, env, e), 1);
    fclose(e);
    assert_non_null(strstr(errtext, "env NEWSEV_LOG_LEVEL: log.level"));
    assert_string_equal(c.input_topics, "from.env");
    assert_int_equal(c.max_inflight, 77);
    assert_string_equal(nsv_ptlist_get(&c.kafka, "sasl.password"), "hunter2");
    assert_string_equal(nsv_ptlist_get(&c.producer, "linger.ms"), "9");
    /* dump masks the secret and says where values came from */
    char out[16384];
    FILE *f = fmemopen(out, sizeof out, "w");
    nsv_config_dump(&c, f);
    fclose(f);
    assert_non_null(
        strstr(out, "kafka.sasl.password = ********  # env NEWSEV_KAFKA_SASL_PASSWORD"));
    assert_null(strstr(out, "hunter2"));
    assert_non_null(strstr(out, "input.topics = from.env  # env NEWSEV_INPUT_TOPICS"));
    assert_non_null(strstr(out, "group.id = newsev  # default"));
    nsv_config_free(&c);
}

static void test_args(void **state)
{
    (void)state;
    const char *path = write_tmp("input.topics = file.topic\ngroup.id = fromfile\n");
    char cfgarg[80];
    snprintf(cfgarg, sizeof cfgarg, "--config=%s", path);
    char *argv[] = {"run",         cfgarg,  "--set", "group.id=fromset",     "--brokers", "b:1",
                    "--log-level", "debug", "--set", "producer.linger.ms=3", NULL};
    nsv_config c;
    nsv_config_init(&c);
    int rc = nsv_config_from_args(&c, "run", 10, argv, 1, NULL, NULL);
    assert_int_equal(rc, -1);
    assert_string_equal(c.input_topics, "file.topic");
    assert_string_equal(c.group_id, "fromset");
    assert_int_equal(c.log_level, 0);
    assert_string_equal(nsv_ptlist_get(&c.kafka, "bootstrap.servers"), "b:1");
    nsv_config_free(&c);

    /* a bad value is a configuration error: 78 */
    char *bad[] = {"run", cfgarg, "--brokers", "b:1", "--set", "max.inflight=0", NULL};
    nsv_config_init(&c);
    assert_int_equal(nsv_config_from_args(&c, "run", 6, bad, 1, NULL, NULL), EXIT_CONFIG);
    nsv_config_free(&c);
    /* missing brokers too */
    char *nob[] = {"run", cfgarg, NULL};
    nsv_config_init(&c);
    assert_int_equal(nsv_config_from_args(&c, "run", 2, nob, 1, NULL, NULL), EXIT_CONFIG);
    nsv_config_free(&c);
    /* an unknown flag is a usage error */
    char *unk[] = {"run", "--frobnicate", NULL};
    nsv_config_init(&c);
    assert_int_equal(nsv_config_from_args(&c, "run", 2, unk, 1, NULL, NULL), EXIT_USAGE);
    nsv_config_free(&c);
    unlink(path);
}

static void test_template(void **state)
{
    (void)state;
    char out[64];
    assert_int_equal(nsv_template_expand("news.events.{type}", "type", "meeting", out, sizeof out),
                     0);
    assert_string_equal(out, "news.events.meeting");
    assert_int_equal(nsv_template_expand("{input}.dlq", "input", "news.raw", out, sizeof out), 0);
    assert_string_equal(out, "news.raw.dlq");
    assert_int_equal(nsv_template_expand("{input}{input}", "input",
                                         "0123456789abcdef0123456789abcdef", out, sizeof out),
                     -1);
}

int main(void)
{
    unsetenv("NEWSEV_CONFIG");
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),    cmocka_unit_test(test_file),
        cmocka_unit_test(test_file_errors), cmocka_unit_test(test_passthru_checked),
        cmocka_unit_test(test_env),         cmocka_unit_test(test_args),
        cmocka_unit_test(test_template),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
