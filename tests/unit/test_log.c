/* test_log.c - the logger: escaping, formats, levels, rate limiting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <jansson.h>

#include "nsv_log.h"

static char line[16384];

static const char *fmt(nsv_log_level lvl, const char *msg, const nsv_kv *kv, size_t n)
{
    nsv_log_format_line(line, sizeof line, lvl, "consumer", msg, kv, n);
    return line;
}

static int count_char(const char *s, char c)
{
    int n = 0;
    for (; *s; s++)
        n += *s == c;
    return n;
}

static void test_logfmt_basic(void **state)
{
    (void)state;
    nsv_log_set_format(NSV_LOG_LOGFMT);
    nsv_kv kv[] = {NSV_KV("topic", "news.raw"), NSV_KV("partition", 3),
                   NSV_KV("offset", (int64_t)42), NSV_KVB("lost", 0)};
    const char *s = fmt(NSV_LOG_INFO, "partition assigned", kv, 4);
    assert_true(!strncmp(s, "ts=", 3));
    assert_non_null(strstr(s, " level=info component=consumer msg=\"partition assigned\" "
                              "topic=news.raw partition=3 offset=42 lost=false\n"));
    assert_int_equal(count_char(s, '\n'), 1);
}

/* Text from a news item can neither start a line nor add a field. */
static void test_logfmt_injection(void **state)
{
    (void)state;
    nsv_log_set_format(NSV_LOG_LOGFMT);
    const char *evil = "x\" level=error msg=\"forged\nts=1 level=error component=x msg=\"y\r\\";
    nsv_kv kv[] = {NSV_KV("id", evil), NSV_KV("k", "a b"), NSV_KV("e", ""),
                   NSV_KVN("raw", "\x01\xff\xe2\x80\xa8z", 6)};
    const char *s = fmt(NSV_LOG_WARN, "bad item", kv, 4);
    assert_int_equal(count_char(s, '\n'), 1);
    assert_null(strchr(s, '\r'));
    assert_non_null(strstr(s, "id=\"x\\\" level=error msg=\\\"forged\\nts=1 level=error "
                              "component=x msg=\\\"y\\r\\\\\""));
    assert_non_null(strstr(s, " k=\"a b\" e=\"\" raw=\"\\u0001\\xff\\u2028z\"\n"));
    /* a logfmt reader sees exactly 8 keys: walk it */
    int keys = 0;
    const char *p = s;
    while (*p && *p != '\n') {
        const char *eq = strchr(p, '=');
        assert_non_null(eq);
        keys++;
        p = eq + 1;
        if (*p == '"') {
            p++;
            while (*p != '"') {
                if (*p == '\\')
                    p++;
                p++;
            }
            p++;
        } else {
            while (*p != ' ' && *p != '\n')
                p++;
        }
        if (*p == ' ')
            p++;
    }
    assert_int_equal(keys, 8);
}

static void test_json(void **state)
{
    (void)state;
    nsv_log_set_format(NSV_LOG_JSON);
    const char *evil = "q\"\n}{\"level\":\"x\"";
    nsv_kv kv[] = {NSV_KV("id", evil), NSV_KV("n", 7), NSV_KV("rate", 1.5),
                   NSV_KVN("bad", "\xff\xfe", 2), NSV_KV("msg", "shadow")};
    const char *s = fmt(NSV_LOG_ERROR, "m\"x", kv, 5);
    nsv_log_set_format(NSV_LOG_LOGFMT);
    assert_int_equal(count_char(s, '\n'), 1);
    json_error_t e;
    json_t *o = json_loads(s, 0, &e);
    assert_non_null(o);
    assert_string_equal(json_string_value(json_object_get(o, "level")), "error");
    assert_string_equal(json_string_value(json_object_get(o, "msg")), "m\"x");
    assert_string_equal(json_string_value(json_object_get(o, "id")), evil);
    assert_int_equal(json_integer_value(json_object_get(o, "n")), 7);
    assert_true(json_real_value(json_object_get(o, "rate")) == 1.5);
    assert_string_equal(json_string_value(json_object_get(o, "bad")), "\xef\xbf\xbd\xef\xbf\xbd");
    assert_string_equal(json_string_value(json_object_get(o, "field.msg")), "shadow");
    json_decref(o);
}

static void test_truncation(void **state)
{
    (void)state;
    char *big = malloc(5000);
    memset(big, '\n', 4999);
    big[4999] = '\0';
    char small[200];
    nsv_kv kv[] = {NSV_KV("a", "1"), NSV_KV("big", big)};
    for (int json = 0; json < 2; json++) {
        nsv_log_set_format(json ? NSV_LOG_JSON : NSV_LOG_LOGFMT);
        size_t n = nsv_log_format_line(small, sizeof small, NSV_LOG_INFO, "c", "m", kv, 2);
        assert_true(n < sizeof small);
        assert_int_equal(small[n - 1], '\n');
        assert_int_equal(count_char(small, '\n'), 1);
        assert_non_null(strstr(small, "truncated"));
        if (json) {
            json_t *o = json_loads(small, 0, NULL);
            assert_non_null(o);
            assert_true(json_is_true(json_object_get(o, "truncated")));
            json_decref(o);
        }
        /* the full-size buffer caps the value instead */
        n = nsv_log_format_line(line, sizeof line, NSV_LOG_INFO, "c", "m", kv, 2);
        assert_int_equal(count_char(line, '\n'), 1);
        assert_non_null(strstr(line, "...\""));
    }
    nsv_log_set_format(NSV_LOG_LOGFMT);
    free(big);
}

static int evaluated;
static const char *side_effect(void)
{
    evaluated++;
    return "v";
}

static char *capture(void (*fn)(void))
{
    char path[] = "/tmp/test_log_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    nsv_log_set_fd(fd);
    fn();
    nsv_log_set_fd(-1);
    lseek(fd, 0, SEEK_SET);
    static char out[65536];
    ssize_t n = read(fd, out, sizeof out - 1);
    out[n > 0 ? n : 0] = '\0';
    close(fd);
    unlink(path);
    return out;
}

static void emit_levels(void)
{
    nsv_log_set_level(NSV_LOG_WARN);
    NSV_LOG(NSV_LOG_DEBUG, "t", "hidden", NSV_KV("k", side_effect()));
    NSV_LOG(NSV_LOG_INFO, "t", "hidden");
    NSV_LOG(NSV_LOG_WARN, "t", "shown", NSV_KV("k", side_effect()));
    NSV_LOG(NSV_LOG_ERROR, "t", "shown too");
    nsv_log_set_level(NSV_LOG_INFO);
}

static void test_levels(void **state)
{
    (void)state;
    evaluated = 0;
    const char *out = capture(emit_levels);
    assert_int_equal(evaluated, 1); /* arguments of a disabled line are not evaluated */
    assert_null(strstr(out, "hidden"));
    assert_non_null(strstr(out, "level=warn component=t msg=\"shown\" k=v\n"));
    assert_non_null(strstr(out, "level=error component=t msg=\"shown too\"\n"));
}

static int64_t fake_now;
static int64_t fake_clock(void)
{
    return fake_now;
}

static void emit_flood(void)
{
    for (int i = 0; i < 1000; i++)
        NSV_LOG_RL(NSV_LOG_ERROR, "producer", "delivery failed", NSV_KV("i", i));
    nsv_log_tick(0); /* window not over: nothing yet */
    fake_now += NSV_LOG_RL_WINDOW_MS;
    nsv_log_tick(0);
    NSV_LOG_RL(NSV_LOG_ERROR, "producer", "delivery failed", NSV_KV("i", 1000));
}

static void test_rate_limit(void **state)
{
    (void)state;
    nsv_log_clock_ms = fake_clock;
    fake_now = 1000000;
    const char *out = capture(emit_flood);
    int lines = count_char(out, '\n');
    assert_int_equal(lines, NSV_LOG_RL_BURST + 1 + 1);
    assert_non_null(strstr(out, "msg=\"suppressed 995 similar\" similar_to=\"delivery failed\" "
                                "suppressed=995\n"));
    assert_non_null(strstr(out, "i=1000\n"));
}

static void test_file_reopen(void **state)
{
    (void)state;
    char path[] = "/tmp/test_log_file_XXXXXX";
    int fd = mkstemp(path);
    close(fd);
    assert_int_equal(nsv_log_open(path), 0);
    NSV_LOG(NSV_LOG_INFO, "t", "one");
    char moved[64];
    snprintf(moved, sizeof moved, "%s.1", path);
    assert_int_equal(rename(path, moved), 0);
    NSV_LOG(NSV_LOG_INFO, "t", "two"); /* still to the renamed file */
    assert_int_equal(nsv_log_reopen(), 0);
    NSV_LOG(NSV_LOG_INFO, "t", "three"); /* to a new file at path */
    nsv_log_close();
    char buf[4096];
    FILE *f = fopen(moved, "r");
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    assert_non_null(strstr(buf, "\"one\""));
    assert_non_null(strstr(buf, "\"two\""));
    assert_null(strstr(buf, "\"three\""));
    f = fopen(path, "r");
    n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    assert_non_null(strstr(buf, "\"three\""));
    unlink(path);
    unlink(moved);
}

static void test_parse(void **state)
{
    (void)state;
    nsv_log_level l;
    nsv_log_format f;
    assert_int_equal(nsv_log_level_parse("debug", &l), 0);
    assert_int_equal(l, NSV_LOG_DEBUG);
    assert_int_equal(nsv_log_level_parse("loud", &l), -1);
    assert_int_equal(nsv_log_format_parse("json", &f), 0);
    assert_int_equal(f, NSV_LOG_JSON);
    assert_int_equal(nsv_log_format_parse("xml", &f), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_logfmt_basic), cmocka_unit_test(test_logfmt_injection),
        cmocka_unit_test(test_json),         cmocka_unit_test(test_truncation),
        cmocka_unit_test(test_levels),       cmocka_unit_test(test_rate_limit),
        cmocka_unit_test(test_file_reopen),  cmocka_unit_test(test_parse),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
