/* test_item_decode.c - nsv_decode of JSON items: the item scanner's grammar,
 * escapes, limits and error codes, and agreement with jansson's reading of
 * real corpus lines (when ../shared is there). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "cmd/app.h"
#include "newsev.h"

static nsv_lexicon *lexicon;
static nsv_normalizer *norm;

static int setup(void **state)
{
    (void)state;
    char errbuf[512];
    lexicon = app_load_lexicon(NSV_TEST_CONFIG_DIR, errbuf, sizeof errbuf);
    if (!lexicon) {
        fprintf(stderr, "cannot load lexicon: %s\n", errbuf);
        return -1;
    }
    norm = nsv_normalizer_new(lexicon, NULL);
    return norm ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    nsv_normalizer_free(norm);
    nsv_lexicon_free(lexicon);
    return 0;
}

/* Decode exactly len bytes from a private heap copy (so a sanitizer build
 * catches any read past the end). */
static nsv_code decode_n(const char *s, size_t len, nsv_item *item, nsv_error *err)
{
    static char *copy;
    free(copy);
    copy = malloc(len ? len : 1);
    assert_non_null(copy);
    memcpy(copy, s, len);
    memset(err, 0, sizeof *err);
    return nsv_decode(norm, copy, len, NSV_WIRE_JSON, item, err);
}

static nsv_code decode(const char *s, nsv_item *item, nsv_error *err)
{
    return decode_n(s, strlen(s), item, err);
}

static void assert_view(nsv_str v, const char *want, size_t want_len)
{
    assert_non_null(v.ptr);
    assert_int_equal(v.len, want_len);
    assert_memory_equal(v.ptr, want, want_len);
}

#define ASSERT_STR(v, lit) assert_view((v), (lit), sizeof(lit) - 1)

static void assert_code(const char *json, nsv_code want)
{
    nsv_item item;
    nsv_error err;
    nsv_code rc = decode(json, &item, &err);
    if (rc != want)
        fail_msg("%s: got %s (%s), want %s", json, nsv_code_name(rc), err.message,
                 nsv_code_name(want));
    assert_int_equal(err.code, want);
}

static void test_plain_fields_are_views(void **state)
{
    (void)state;
    const char *json = "{\"id\":\"a-1\",\"source\":\"TASS\",\"published\":\"2024-05-01T10:00:00Z\","
                       "\"title\":\"Talks\",\"url\":\"https://x.example/1\",\"lang\":\"en\","
                       "\"text\":\"MOSCOW, May 1. Lavrov met Blinken.\"}";
    char *buf = strdup(json);
    size_t len = strlen(buf);
    nsv_item item;
    nsv_error err;
    assert_int_equal(nsv_decode(norm, buf, len, NSV_WIRE_JSON, &item, &err), NSV_OK);
    ASSERT_STR(item.id, "a-1");
    ASSERT_STR(item.source, "TASS");
    ASSERT_STR(item.published, "2024-05-01T10:00:00Z");
    ASSERT_STR(item.title, "Talks");
    ASSERT_STR(item.url, "https://x.example/1");
    ASSERT_STR(item.lang, "en");
    ASSERT_STR(item.text, "MOSCOW, May 1. Lavrov met Blinken.");
    /* no escapes: views into the input */
    assert_true(item.text.ptr > buf && item.text.ptr < buf + len);
    assert_true(item.id.ptr > buf && item.id.ptr < buf + len);
    free(buf);
}

static void test_aliases_and_precedence(void **state)
{
    (void)state;
    nsv_item item;
    nsv_error err;
    assert_int_equal(decode("{\"body\":\"B text.\",\"agency\":\"AP\",\"date\":\"2020-01-02\","
                            "\"headline\":\"H\",\"language\":\"fr\"}",
                            &item, &err),
                     NSV_OK);
    ASSERT_STR(item.text, "B text.");
    ASSERT_STR(item.source, "AP");
    ASSERT_STR(item.published, "2020-01-02");
    ASSERT_STR(item.title, "H");
    ASSERT_STR(item.lang, "fr");
    assert_null(item.id.ptr);
    assert_null(item.url.ptr);
    /* "text" wins over "body" whatever the order; a null is absent */
    assert_int_equal(decode("{\"body\":\"B.\",\"text\":\"T.\"}", &item, &err), NSV_OK);
    ASSERT_STR(item.text, "T.");
    assert_int_equal(decode("{\"text\":null,\"content\":\"C.\",\"article\":\"A.\"}", &item, &err),
                     NSV_OK);
    ASSERT_STR(item.text, "C.");
    /* a lower-precedence alias of the wrong type is never looked at */
    assert_int_equal(decode("{\"text\":\"T.\",\"body\":5}", &item, &err), NSV_OK);
    assert_int_equal(decode("{\"article\":\"A.\"}", &item, &err), NSV_OK);
    ASSERT_STR(item.text, "A.");
}

static void test_every_escape(void **state)
{
    (void)state;
    nsv_item item;
    nsv_error err;
    const char *json = "{\"title\":\"q\\\"b\\\\s\\/b\\bf\\fn\\nr\\rt\\t"
                       "\\u0041\\u00e9\\u00E9\\u20AC\\u07ff\\uffff\\u0000z\","
                       "\"text\":\"Tab\\tand\\nnew line, \\\"quoted\\\" \\u00e9t\\u00e9.\"}";
    assert_int_equal(decode(json, &item, &err), NSV_OK);
    static const char want_title[] = "q\"b\\s/b\bf\fn\nr\rt\t"
                                     "A\xc3\xa9\xc3\xa9\xe2\x82\xac\xdf\xbf\xef\xbf\xbf\0z";
    assert_view(item.title, want_title, sizeof want_title - 1);
    ASSERT_STR(item.text, "Tab\tand\nnew line, \"quoted\" \xc3\xa9t\xc3\xa9.");
    /* escaped keys are read as their names */
    assert_int_equal(decode("{\"t\\u0065xt\":\"Escaped key.\",\"\\u0069d\":\"k\"}", &item, &err),
                     NSV_OK);
    ASSERT_STR(item.text, "Escaped key.");
    ASSERT_STR(item.id, "k");
    /* an escape that is not JSON */
    assert_code("{\"text\":\"a \\x b\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"a \\' b\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"a \\u12G4 b\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"a \\u12\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"a \\U0041 b\"}", NSV_ERR_JSON);
    /* an escape, UTF-8, or a raw control byte at every offset of a long
     * run: runs are scanned many bytes a step, and each step must stop
     * right at it */
    for (size_t at = 0; at < 40; at++) {
        char doc[128], want[64];
        memset(want, 'x', 48);
        want[48] = '\0';
        want[at] = '\n';
        snprintf(doc, sizeof doc, "{\"text\":\"%.*s\\n%s\"}", (int)at, want, want + at + 1);
        assert_int_equal(decode(doc, &item, &err), NSV_OK);
        assert_view(item.text, want, strlen(want));
        memcpy(want + at, "\xc3\xa9", 2);
        snprintf(doc, sizeof doc, "{\"text\":\"%s\"}", want);
        assert_int_equal(decode(doc, &item, &err), NSV_OK);
        assert_view(item.text, want, strlen(want));
        want[at] = '\x01';
        want[at + 1] = 'x';
        snprintf(doc, sizeof doc, "{\"text\":\"%s\"}", want);
        assert_code(doc, NSV_ERR_JSON);
    }
}

static void test_surrogates(void **state)
{
    (void)state;
    nsv_item item;
    nsv_error err;
    assert_int_equal(
        decode("{\"text\":\"smile \\ud83d\\ude00 \\uD834\\uDD1E \\udbff\\udfff.\"}", &item, &err),
        NSV_OK);
    ASSERT_STR(item.text, "smile \xf0\x9f\x98\x80 \xf0\x9d\x84\x9e \xf4\x8f\xbf\xbf.");
    /* lone or misordered halves are errors */
    assert_code("{\"text\":\"a \\ud83d b\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"a \\ud83d\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"a \\ud83d\\u0041 b\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"a \\ud83d\\ud83d b\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"a \\ude00 b\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"a \\ude00\\ud83d b\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"ok\",\"x\":\"\\udc00\"}", NSV_ERR_JSON);
}

static void test_nested_unknown_fields(void **state)
{
    (void)state;
    nsv_item item;
    nsv_error err;
    assert_int_equal(
        decode(" \t\r\n{ \"meta\" : { \"a\" : [ 1 , 2.5 , { \"b\" : null , \"text\" : 7 } ] ,"
               " \"c\" : { } , \"d\" : [ ] , \"e\" : [ [ [ true , false ] ] ] } ,"
               " \"tags\" : [ \"x\" , \"y\\n\" ] , \"text\" : \"Nested fine.\" , \"n\" : -0.5e+10"
               " , \"z\" : {\"id\":{\"id\":1}} , \"extra\" : \"x\" , \"extra\" : [] } \n\r\t ",
               &item, &err),
        NSV_OK);
    ASSERT_STR(item.text, "Nested fine.");
    assert_null(item.id.ptr); /* nested "id" members are not the item's */
    assert_code("{\"text\":\"T.\",\"meta\":{\"a\":[1,2,]}}", NSV_ERR_JSON);
    assert_code("{\"text\":\"T.\",\"meta\":{\"a\":[1 2]}}", NSV_ERR_JSON);
    assert_code("{\"text\":\"T.\",\"meta\":{\"a\" 1}}", NSV_ERR_JSON);
    assert_code("{\"text\":\"T.\",\"meta\":{1:2}}", NSV_ERR_JSON);
    assert_code("{\"text\":\"T.\",\"meta\":{\"a\":1,}}", NSV_ERR_JSON);
    assert_code("{\"text\":\"T.\",\"meta\":[}", NSV_ERR_JSON);
    assert_code("{\"text\":\"T.\",\"meta\":{]}", NSV_ERR_JSON);
    assert_code("{\"text\":\"T.\",\"meta\":tru}", NSV_ERR_JSON);
    assert_code("{\"text\":\"T.\",\"meta\":nul}", NSV_ERR_JSON);
    assert_code("{\"text\":\"T.\",\"meta\":True}", NSV_ERR_JSON);
    assert_code("{\"text\":\"T.\",\"meta\":undefined}", NSV_ERR_JSON);
    assert_code("{\"text\":\"T.\",}", NSV_ERR_JSON);
    assert_code("{,\"text\":\"T.\"}", NSV_ERR_JSON);
    assert_code("{\"text\" \"T.\"}", NSV_ERR_JSON);
    assert_code("{'text':'T.'}", NSV_ERR_JSON);
}

static char *nested(size_t depth)
{
    const char *head = "{\"text\":\"Deep.\",\"x\":";
    size_t hl = strlen(head);
    char *s = malloc(hl + 2 * depth + 2);
    assert_non_null(s);
    memcpy(s, head, hl);
    memset(s + hl, '[', depth);
    memset(s + hl + depth, ']', depth);
    s[hl + 2 * depth] = '}';
    s[hl + 2 * depth + 1] = '\0';
    return s;
}

static void test_depth_limit(void **state)
{
    (void)state;
    /* 512 levels in all, the item object included */
    char *ok = nested(511), *deep = nested(512), *huge = nested(200000);
    assert_code(ok, NSV_OK);
    assert_code(deep, NSV_ERR_JSON);
    assert_code(huge, NSV_ERR_JSON);
    nsv_item item;
    nsv_error err;
    decode(deep, &item, &err);
    assert_non_null(strstr(err.message, "nesting"));
    free(ok);
    free(deep);
    free(huge);
    /* objects count too */
    size_t n = 600;
    char *objs = malloc(n * 6 + 64);
    assert_non_null(objs);
    size_t o = 0;
    o += (size_t)sprintf(objs, "{\"text\":\"Deep.\",\"x\":");
    for (size_t i = 0; i < n; i++)
        o += (size_t)sprintf(objs + o, "{\"a\":");
    objs[o++] = '1';
    for (size_t i = 0; i < n + 1; i++)
        objs[o++] = '}';
    objs[o] = '\0';
    assert_code(objs, NSV_ERR_JSON);
    free(objs);
}

static void test_numbers(void **state)
{
    (void)state;
    nsv_item item;
    nsv_error err;
    assert_int_equal(decode("{\"id\":12345,\"text\":\"N.\"}", &item, &err), NSV_OK);
    ASSERT_STR(item.id, "12345");
    assert_int_equal(decode("{\"id\":-7,\"text\":\"N.\"}", &item, &err), NSV_OK);
    ASSERT_STR(item.id, "-7");
    assert_int_equal(decode("{\"id\":0,\"text\":\"N.\"}", &item, &err), NSV_OK);
    ASSERT_STR(item.id, "0");
    assert_int_equal(decode("{\"id\":-0,\"text\":\"N.\"}", &item, &err), NSV_OK);
    ASSERT_STR(item.id, "0");
    assert_int_equal(decode("{\"id\":9223372036854775807,\"text\":\"N.\"}", &item, &err), NSV_OK);
    ASSERT_STR(item.id, "9223372036854775807");
    assert_int_equal(decode("{\"id\":-9223372036854775808,\"text\":\"N.\"}", &item, &err), NSV_OK);
    ASSERT_STR(item.id, "-9223372036854775808");
    assert_code("{\"id\":9223372036854775808,\"text\":\"N.\"}", NSV_ERR_FIELD);
    assert_code("{\"id\":123456789012345678901234567890,\"text\":\"N.\"}", NSV_ERR_FIELD);
    /* reals are not ids */
    assert_code("{\"id\":1.5,\"text\":\"N.\"}", NSV_ERR_FIELD);
    assert_code("{\"id\":1e3,\"text\":\"N.\"}", NSV_ERR_FIELD);
    assert_code("{\"id\":1E+3,\"text\":\"N.\"}", NSV_ERR_FIELD);
    /* numbers elsewhere: any valid JSON number */
    assert_code(
        "{\"text\":\"N.\",\"a\":[0,-0,1.25,-1.5e-7,3E10,1e+2,123456789012345678901234567890,"
        "1e400]}",
        NSV_OK);
    static const char *const bad[] = {"01",  "-01",      "1.",        ".5",   "-",    "+1",
                                      "1e",  "1e+",      "1.e3",      "--1",  "0x10", "1a",
                                      "NaN", "Infinity", "-Infinity", "1.2.3"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char json[128];
        snprintf(json, sizeof json, "{\"text\":\"N.\",\"a\":%s}", bad[i]);
        assert_code(json, NSV_ERR_JSON);
        snprintf(json, sizeof json, "{\"text\":\"N.\",\"id\":%s}", bad[i]);
        assert_code(json, NSV_ERR_JSON);
    }
}

static void test_wrong_field_types(void **state)
{
    (void)state;
    static const char *const cases[] = {
        "{\"text\":5}",
        "{\"text\":true}",
        "{\"text\":[\"a\"]}",
        "{\"text\":{\"a\":\"b\"}}",
        "{\"body\":1.5}",
        "{\"text\":\"T.\",\"title\":[]}",
        "{\"text\":\"T.\",\"headline\":false}",
        "{\"text\":\"T.\",\"source\":{}}",
        "{\"text\":\"T.\",\"agency\":3}",
        "{\"text\":\"T.\",\"id\":true}",
        "{\"text\":\"T.\",\"id\":[1]}",
        "{\"text\":\"T.\",\"published\":20240101}",
        "{\"text\":\"T.\",\"date\":false}",
        "{\"text\":\"T.\",\"url\":1}",
        "{\"text\":\"T.\",\"lang\":[]}",
        "{\"text\":\"T.\",\"language\":{}}",
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_code(cases[i], NSV_ERR_FIELD);
    nsv_item item;
    nsv_error err;
    assert_int_equal(decode("{\"text\":\"T.\",\"title\":7}", &item, &err), NSV_ERR_FIELD);
    assert_non_null(strstr(err.message, "\"title\""));
    /* no text at all, or only white space */
    assert_code("{}", NSV_ERR_NO_TEXT);
    assert_code("{ }", NSV_ERR_NO_TEXT);
    assert_code("{\"text\":null}", NSV_ERR_NO_TEXT);
    assert_code("{\"text\":\"\"}", NSV_ERR_NO_TEXT);
    assert_code("{\"text\":\" \\n\\t\\r \"}", NSV_ERR_NO_TEXT);
    assert_code("{\"title\":\"Only a title\"}", NSV_ERR_NO_TEXT);
}

static void test_not_an_object(void **state)
{
    (void)state;
    static const char *const cases[] = {
        "",  " ",   "[1]",  "[]",   "\"s\"",  "42",      "null",     "true",          "{",
        "}", "{}}", "{} x", "{}{}", "{\"a\"", "{\"a\":", "{\"a\":1", "\xef\xbb\xbf{}"};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        assert_code(cases[i], NSV_ERR_JSON);
    assert_code("{\"text\":\"Trailing blanks are fine.\"} \t\r\n", NSV_OK);
    /* invalid UTF-8 is reported as such even outside an object */
    assert_code("[\"\xff\"]", NSV_ERR_UTF8);
}

static void test_duplicate_keys(void **state)
{
    (void)state;
    assert_code("{\"text\":\"A.\",\"text\":\"B.\"}", NSV_ERR_JSON);
    assert_code("{\"id\":\"1\",\"text\":\"A.\",\"id\":\"2\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"A.\",\"t\\u0065xt\":\"B.\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"A.\",\"title\":null,\"title\":\"T\"}", NSV_ERR_JSON);
    nsv_item item;
    nsv_error err;
    assert_int_equal(decode("{\"id\":\"1\",\"text\":\"A.\",\"id\":\"2\"}", &item, &err),
                     NSV_ERR_JSON);
    assert_non_null(strstr(err.message, "duplicate"));
    assert_int_equal(err.offset, 22);
    /* unknown members may repeat */
    assert_code("{\"x\":1,\"text\":\"A.\",\"x\":2}", NSV_OK);
}

static void test_invalid_utf8(void **state)
{
    (void)state;
    static const struct {
        const char *json;
        size_t bad_at;
    } cases[] = {
        {"{\"text\":\"Caf\xc3 says\"}", 12},
        {"{\"text\":\"a \xff b\"}", 11},
        {"{\"text\":\"a \xfe b\"}", 11},
        {"{\"text\":\"overlong \xc0\xaf\"}", 18},
        {"{\"text\":\"overlong \xe0\x80\xaf\"}", 18},
        {"{\"text\":\"overlong \xf0\x80\x80\xaf\"}", 18},
        {"{\"text\":\"surrogate \xed\xa0\x80\"}", 19},
        {"{\"text\":\"too big \xf4\x90\x80\x80\"}", 17},
        {"{\"text\":\"lone cont \x80\"}", 19},
        {"{\"text\":\"cut \xe2\x82\"}", 13},
        {"{\"text\":\"ok\",\"x\":\"\xc3\"}", 18},
        {"{\"text\":\"ok\",\"\xe9t\xe9\":1}", 14},
        {"{\"text\":\"ok\",\"x\":[\"\xff\"]}", 19},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        nsv_item item;
        nsv_error err;
        nsv_code rc = decode(cases[i].json, &item, &err);
        if (rc != NSV_ERR_UTF8)
            fail_msg("case %zu: got %s (%s)", i, nsv_code_name(rc), err.message);
        assert_int_equal(err.offset, cases[i].bad_at);
        assert_non_null(strstr(err.message, "UTF-8"));
    }
    /* valid multi-byte text of every length */
    assert_code("{\"text\":\"\xc3\xa9 \xd0\x9c\xd0\xbe\xd1\x81 \xe2\x80\x9cq\xe2\x80\x9d "
                "\xe4\xb8\xad \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf \xee\x80\x80.\"}",
                NSV_OK);
}

static void test_nul_and_control_bytes(void **state)
{
    (void)state;
    nsv_item item;
    nsv_error err;
    /* a raw NUL or control byte is not JSON, in a string or out of one */
    static const char raw_nul[] = "{\"text\":\"The minister\0 said so.\"}";
    assert_int_equal(decode_n(raw_nul, sizeof raw_nul - 1, &item, &err), NSV_ERR_JSON);
    assert_int_equal(err.offset, 21);
    static const char nul_out[] = "{\"text\":\"Said.\"\0}";
    assert_int_equal(decode_n(nul_out, sizeof nul_out - 1, &item, &err), NSV_ERR_JSON);
    static const char nul_lead[] = "\0{\"text\":\"Said.\"}";
    assert_int_equal(decode_n(nul_lead, sizeof nul_lead - 1, &item, &err), NSV_ERR_JSON);
    assert_code("{\"text\":\"raw\x01 control\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"raw\nnewline\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"raw\ttab\"}", NSV_ERR_JSON);
    assert_code("{\"text\":\"ok\",\"x\":\"raw\x1f\"}", NSV_ERR_JSON);
    /* escaped: a NUL or control byte in the text is binary text */
    assert_int_equal(decode("{\"text\":\"The minister\\u0000 said so.\"}", &item, &err),
                     NSV_ERR_BINARY);
    assert_int_equal(err.offset, 12);
    assert_code("{\"text\":\"Control \\u0001\\u0002\\u001b bytes said.\"}", NSV_ERR_BINARY);
    assert_code("{\"text\":\"Back\\bspace.\"}", NSV_ERR_BINARY);
    /* ... but white space escapes are prose */
    assert_code("{\"text\":\"Form\\ffeed and \\u000b vertical tab.\"}", NSV_OK);
    /* other fields may hold them */
    assert_int_equal(decode("{\"id\":\"a\\u0000b\",\"text\":\"Fine.\"}", &item, &err), NSV_OK);
    assert_view(item.id, "a\0b", 3);
}

/* Every strict prefix of a valid item must fail cleanly. */
static void test_truncation(void **state)
{
    (void)state;
    const char *json = "{\"id\": 42, \"source\":\"TASS\", \"published\": \"2024-05-01\", "
                       "\"title\": \"Caf\xc3\xa9 talks \\u00e9 \\ud83d\\ude00\", "
                       "\"meta\": {\"a\": [1, -2.5e+3, true, false, null, {\"b\": \"\\\"\"}]}, "
                       "\"text\": \"MOSCOW, May 1. \xe2\x80\x9cYes,\xe2\x80\x9d Lavrov said "
                       "\\n\\t\\\\ \xf0\x9f\x98\x80.\"}";
    size_t len = strlen(json);
    nsv_item item;
    nsv_error err;
    assert_int_equal(decode_n(json, len, &item, &err), NSV_OK);
    for (size_t n = 0; n < len; n++) {
        nsv_code rc = decode_n(json, n, &item, &err);
        if (rc != NSV_ERR_JSON && rc != NSV_ERR_UTF8)
            fail_msg("prefix of %zu bytes: got %s", n, nsv_code_name(rc));
        assert_int_equal(err.code, rc);
        assert_true(err.offset <= n);
        assert_true(err.message[0] != '\0');
        assert_non_null(memchr(err.message, '\0', sizeof err.message));
    }
}

static void test_raw_wire_unchanged(void **state)
{
    (void)state;
    nsv_item item;
    nsv_error err;
    const char *raw = "  date 2024-05-01\nMOSCOW, May 1. Lavrov said so.";
    assert_int_equal(nsv_decode(norm, raw, strlen(raw), NSV_WIRE_AUTO, &item, &err), NSV_OK);
    ASSERT_STR(item.published, "2024-05-01");
    ASSERT_STR(item.text, "MOSCOW, May 1. Lavrov said so.");
    const char *json = "  {\"text\":\"Auto JSON.\"}";
    assert_int_equal(nsv_decode(norm, json, strlen(json), NSV_WIRE_AUTO, &item, &err), NSV_OK);
    ASSERT_STR(item.text, "Auto JSON.");
    assert_int_equal(nsv_decode(norm, "x\xff", 2, NSV_WIRE_RAW, &item, &err), NSV_ERR_UTF8);
    assert_int_equal(err.offset, 1);
    assert_int_equal(nsv_decode(norm, "a\x01 b", 4, NSV_WIRE_RAW, &item, &err), NSV_ERR_BINARY);
    assert_int_equal(nsv_decode(norm, NULL, 0, NSV_WIRE_JSON, &item, &err), NSV_ERR_JSON);
    assert_int_equal(nsv_decode(norm, NULL, 0, NSV_WIRE_RAW, &item, &err), NSV_ERR_NO_TEXT);
    assert_int_equal(nsv_decode(NULL, "{}", 2, NSV_WIRE_JSON, &item, &err), NSV_ERR_ARG);
}

static void test_too_large(void **state)
{
    (void)state;
    nsv_limits lim;
    nsv_limits_default(&lim);
    lim.max_item_bytes = 32;
    nsv_normalizer *small = nsv_normalizer_new(lexicon, &lim);
    assert_non_null(small);
    nsv_item item;
    nsv_error err;
    const char *json = "{\"text\":\"This item is longer than 32 bytes.\"}";
    assert_int_equal(nsv_decode(small, json, strlen(json), NSV_WIRE_JSON, &item, &err),
                     NSV_ERR_TOO_LARGE);
    nsv_normalizer_free(small);
}

/* ------------------------------------------------------------------ */
/* Agreement with jansson on real items                                  */

static void jansson_field(json_t *obj, const char *const *keys, int number_ok, int *present,
                          char **val, size_t *len)
{
    *present = 0;
    *val = NULL;
    *len = 0;
    for (const char *const *k = keys; *k; k++) {
        json_t *v = json_object_get(obj, *k);
        if (!v || json_is_null(v))
            continue;
        if (json_is_string(v)) {
            *present = 1;
            *len = json_string_length(v);
            *val = malloc(*len + 1);
            memcpy(*val, json_string_value(v), *len + 1);
            return;
        }
        if (number_ok && json_is_integer(v)) {
            *present = 1;
            *val = malloc(32);
            *len = (size_t)snprintf(*val, 32, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
            return;
        }
        *present = -1;
        return;
    }
}

static int compare_file(const char *path, size_t max_lines)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    static const char *const id_keys[] = {"id", NULL};
    static const char *const source_keys[] = {"source", "agency", NULL};
    static const char *const published_keys[] = {"published", "published_at", "date", NULL};
    static const char *const title_keys[] = {"title", "headline", NULL};
    static const char *const url_keys[] = {"url", NULL};
    static const char *const lang_keys[] = {"lang", "language", NULL};
    static const char *const text_keys[] = {"text", "body", "content", "article", NULL};
    const char *const *all_keys[] = {id_keys,  source_keys, published_keys, title_keys,
                                     url_keys, lang_keys,   text_keys};
    char *line = NULL;
    size_t cap = 0, lines = 0;
    ssize_t got;
    while (lines < max_lines && (got = getline(&line, &cap, f)) > 0) {
        size_t len = (size_t)got;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            len--;
        if (!len)
            continue;
        lines++;
        nsv_item item;
        nsv_error err;
        nsv_code rc = nsv_decode(norm, line, len, NSV_WIRE_JSON, &item, &err);
        json_error_t jerr;
        json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES, &jerr);
        if (!root || !json_is_object(root)) {
            if (rc == NSV_OK)
                fail_msg("%s line %zu: jansson rejects it, nsv_decode accepts it", path, lines);
            json_decref(root);
            continue;
        }
        const nsv_str *fields[] = {&item.id,  &item.source, &item.published, &item.title,
                                   &item.url, &item.lang,   &item.text};
        if (rc != NSV_OK && rc != NSV_ERR_FIELD && rc != NSV_ERR_NO_TEXT && rc != NSV_ERR_BINARY)
            fail_msg("%s line %zu: jansson reads it, nsv_decode says %s (%s)", path, lines,
                     nsv_code_name(rc), err.message);
        for (size_t k = 0; k < 7; k++) {
            int present;
            char *val;
            size_t vl;
            jansson_field(root, all_keys[k], k == 0, &present, &val, &vl);
            if (present < 0) {
                assert_int_equal(rc, NSV_ERR_FIELD);
                break;
            }
            if (rc != NSV_OK) {
                free(val);
                continue;
            }
            if (present) {
                assert_non_null(fields[k]->ptr);
                if (fields[k]->len != vl || memcmp(fields[k]->ptr, val, vl) != 0)
                    fail_msg("%s line %zu: field %s differs", path, lines, all_keys[k][0]);
            } else {
                assert_null(fields[k]->ptr);
            }
            free(val);
        }
        json_decref(root);
    }
    free(line);
    fclose(f);
    return (int)lines;
}

static void test_matches_jansson_on_corpus(void **state)
{
    (void)state;
    static const struct {
        const char *path;
        size_t lines;
    } files[] = {
        {NSV_TEST_SOURCE_DIR "/../shared/corpus/news.jsonl", 400},
        {NSV_TEST_SOURCE_DIR "/../shared/eval/dev.items.jsonl", 200},
        {NSV_TEST_SOURCE_DIR "/../shared/eval/seed.items.jsonl", 200},
        {NSV_TEST_SOURCE_DIR "/configs/samples/items.jsonl", 200},
    };
    int any = 0;
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        if (compare_file(files[i].path, files[i].lines) > 0)
            any = 1;
    if (!any)
        skip();
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_fields_are_views),
        cmocka_unit_test(test_aliases_and_precedence),
        cmocka_unit_test(test_every_escape),
        cmocka_unit_test(test_surrogates),
        cmocka_unit_test(test_nested_unknown_fields),
        cmocka_unit_test(test_depth_limit),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_wrong_field_types),
        cmocka_unit_test(test_not_an_object),
        cmocka_unit_test(test_duplicate_keys),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_nul_and_control_bytes),
        cmocka_unit_test(test_truncation),
        cmocka_unit_test(test_raw_wire_unchanged),
        cmocka_unit_test(test_too_large),
        cmocka_unit_test(test_matches_jansson_on_corpus),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
