/* test_encode.c - record v1 as nsv_encode_event writes it: the fields of
 * each type, event ids (lower-case UUIDv5, stable across runs, distinct per
 * event and per item), modality names, evidence offsets into the text or the
 * title, and the names of codes, kinds and formats. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>
#include <uuid/uuid.h>

#include "nsv_test_util.h"

#define PUB "2022-12-09"
#define TEXT                                                                                       \
    "MOSCOW, December 9. /TASS/. Russian Defense Minister Sergey Shoigu held talks with Tajik "    \
    "Defense Minister Sherali Mirzo in Moscow on Friday.\n\nThe two ministers signed a plan for "  \
    "defense cooperation in 2023.\n\n\"We value this partnership,\" Shoigu said. The ministers "   \
    "will meet again in Dushanbe next year."

/* The record of event `ev` as nsv_encode_event writes it, parsed back
 * (strictly: one JSON object, nothing after it). */
static json_t *encode(const nsv_event *ev)
{
    const char *s;
    size_t n;
    nsv_error err;
    assert_int_equal(nsv_encode_event(nt.norm, ev, &nt.item, &s, &n, &err), NSV_OK);
    json_error_t jerr;
    json_t *r = json_loadb(s, n, JSON_REJECT_DUPLICATES, &jerr);
    if (!r)
        fail_msg("record is not JSON: %s: %.*s", jerr.text, (int)n, s);
    assert_true(json_is_object(r));
    return r;
}

static json_t *record(size_t i)
{
    assert_true(i < nt.n);
    return encode(&nt.ev[i]);
}

static const char *str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (!json_is_string(v))
        fail_msg("member \"%s\" is not a string", key);
    return json_string_value(v);
}

/* A lower-case RFC 4122 version 5 UUID. */
static void assert_uuid_v5(const char *s)
{
    assert_int_equal(strlen(s), 36);
    for (int i = 0; i < 36; i++) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            assert_int_equal(s[i], '-');
            continue;
        }
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
            fail_msg("\"%s\": byte %d is not a lower-case hex digit", s, i);
    }
    assert_int_equal(s[14], '5');           /* version */
    assert_non_null(strchr("89ab", s[19])); /* RFC 4122 variant */
}

static void test_record_fields(void **state)
{
    (void)state;
    nt_run_item("enc-1", PUB, NULL, TEXT);
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_ACTUAL) == 1);
    NT_CHECK(nt_count(NSV_EV_SIGNING, NSV_MOD_ACTUAL) == 1);
    NT_CHECK(nt_count(NSV_EV_STATEMENT, NSV_MOD_ACTUAL) == 1);
    NT_CHECK(nt_count(NSV_EV_MEETING, NSV_MOD_PLANNED) == 1);
    static const char *const common[] = {"schema",       "event_id", "type",       "item",
                                         "date",         "location", "modality",   "evidence",
                                         "participants", "rule",     "confidence", "extractor"};
    for (size_t i = 0; i < nt.n; i++) {
        json_t *r = record(i);
        for (size_t k = 0; k < sizeof common / sizeof common[0]; k++)
            if (!json_object_get(r, common[k]))
                fail_msg("record %zu has no \"%s\"", i, common[k]);
        assert_string_equal(str(r, "schema"), "newsev.event.v1");
        assert_string_equal(str(r, "type"), nsv_event_type_name(nt.ev[i].type));
        assert_string_equal(str(r, "modality"), nsv_modality_name(nt.ev[i].modality));
        assert_string_equal(str(r, "event_id"), nt.ev[i].event_id);
        assert_uuid_v5(nt.ev[i].event_id);
        json_t *item = json_object_get(r, "item");
        assert_string_equal(str(item, "id"), "enc-1");
        assert_string_equal(str(item, "source"), "Test Wire");
        assert_string_equal(str(item, "published"), PUB);
        json_t *ex = json_object_get(r, "extractor");
        assert_string_equal(str(ex, "name"), NSV_EXTRACTOR_NAME);
        assert_string_equal(str(ex, "version"), NEWSEV_VERSION);
        double c = json_real_value(json_object_get(r, "confidence"));
        assert_true(c > 0.0 && c <= 1.0);
        assert_true(json_is_array(json_object_get(r, "participants")));
        assert_int_equal(json_array_size(json_object_get(r, "participants")),
                         nt.ev[i].n_participants);
        json_t *date = json_object_get(r, "date");
        if (nt.ev[i].date[0])
            assert_string_equal(json_string_value(date), nt.ev[i].date);
        else
            assert_true(json_is_null(date));
        switch (nt.ev[i].type) {
        case NSV_EV_STATEMENT:
            assert_non_null(json_object_get(json_object_get(r, "speaker"), "name"));
            assert_true(json_is_string(json_object_get(r, "quote")));
            assert_string_equal(str(r, "mode"), nt.ev[i].direct ? "direct" : "indirect");
            assert_null(json_object_get(r, "document"));
            break;
        case NSV_EV_SIGNING:
            assert_string_equal(str(json_object_get(r, "document"), "kind"), "plan");
            assert_null(json_object_get(r, "speaker"));
            break;
        case NSV_EV_MEETING:
            assert_null(json_object_get(r, "speaker"));
            assert_null(json_object_get(r, "document"));
            break;
        }
        json_decref(r);
    }
    /* the actual meeting: date, place, format, two persons */
    const nsv_event *m = nt_nth(NSV_EV_MEETING, 0);
    json_t *r = encode(m);
    assert_string_equal(str(r, "date"), "2022-12-09");
    assert_string_equal(str(json_object_get(r, "location"), "name"), "Moscow");
    assert_string_equal(str(json_object_get(r, "location"), "country"), "Russia");
    assert_string_equal(str(r, "format"), "in_person");
    json_t *p0 = json_array_get(json_object_get(r, "participants"), 0);
    assert_string_equal(str(p0, "name"), "Sergey Shoigu");
    assert_string_equal(str(p0, "kind"), "person");
    assert_string_equal(str(p0, "role"), "Defense Minister");
    assert_string_equal(str(p0, "country"), "Russia");
    json_decref(r);
    /* the planned meeting has no date */
    r = record(nt.n - 1);
    assert_string_equal(str(r, "modality"), "planned");
    assert_true(json_is_null(json_object_get(r, "date")));
    json_decref(r);
}

static void test_evidence_offsets(void **state)
{
    (void)state;
    nt_run_item("enc-1", PUB, NULL, TEXT);
    for (size_t i = 0; i < nt.n; i++) {
        const nsv_event *e = &nt.ev[i];
        assert_false(e->evidence_in_title);
        assert_true(e->evidence_start < e->evidence_end);
        assert_true(e->evidence_end <= nt.item.text.len);
        json_t *r = record(i);
        json_t *ev = json_object_get(r, "evidence");
        size_t n = e->evidence_end - e->evidence_start;
        assert_int_equal(json_integer_value(json_object_get(ev, "start")), e->evidence_start);
        assert_int_equal(json_integer_value(json_object_get(ev, "end")), e->evidence_end);
        assert_int_equal(json_string_length(json_object_get(ev, "text")), n);
        assert_memory_equal(json_string_value(json_object_get(ev, "text")),
                            nt.item.text.ptr + e->evidence_start, n);
        assert_null(json_object_get(ev, "field"));
        json_decref(r);
    }
    /* the quotation's statement points at the quote and its cue */
    const nsv_event *s = nt_said_by("Shoigu");
    NT_CHECK(s && nt_evidence_has(s, "We value this partnership") && nt_evidence_has(s, "said"));
    /* a meeting only the headline names: offsets into the title */
    const char *title = "Russian President Vladimir Putin holds talks with Turkish President "
                        "Recep Tayyip Erdoğan in Sochi";
    nt_run_item("enc-2", PUB, title,
                "The two leaders discussed trade. Putin said the discussion was useful.");
    NT_CHECK(nt_actual(NSV_EV_MEETING) == 1);
    const nsv_event *m = nt_nth(NSV_EV_MEETING, 0);
    NT_CHECK(m->evidence_in_title);
    NT_CHECK(m->evidence_end <= strlen(title));
    NT_CHECK(nt_evidence_has(m, "talks with"));
    json_t *r = encode(m);
    json_t *ev = json_object_get(r, "evidence");
    assert_string_equal(str(ev, "field"), "title");
    assert_memory_equal(str(ev, "text"), title + m->evidence_start,
                        m->evidence_end - m->evidence_start);
    json_decref(r);
    /* the body's statement still points into the text */
    s = nt_said_by("Putin");
    NT_CHECK(s && !s->evidence_in_title && nt_evidence_has(s, "Putin said"));
}

/* Strings from news text are escaped as JSON needs (quote, backslash,
 * control characters), UTF-8 passes through, and a field that is not
 * UTF-8 or a record past its bound is an error, not a broken line. */
static void test_escaping_and_bounds(void **state)
{
    (void)state;
    nt_run_item("enc-esc", PUB, NULL, TEXT);
    const nsv_event *s = nt_said_by("Shoigu");
    NT_CHECK(s != NULL);
    nsv_event e = *s;
    const char *hostile = "a \"quoted\" back\\slash\ttab\nline\x01"
                          "ctl\x7f Erdo\xc4\x9f"
                          "an \xe2\x80\x94";
    e.quote = hostile;
    json_t *r = encode(&e);
    assert_string_equal(str(r, "quote"), hostile);
    json_decref(r);
    const char *json;
    size_t n;
    nsv_error err;
    assert_int_equal(nsv_encode_event(nt.norm, &e, &nt.item, &json, &n, &err), NSV_OK);
    NT_CHECK(memmem(json, n, "\\u0001ctl", 9) != NULL); /* no short form: \u00XX */
    NT_CHECK(memmem(json, n,
                    "Erdo\xc4\x9f"
                    "an",
                    8) != NULL);             /* UTF-8 kept as is */
    NT_CHECK(memchr(json, '\n', n) == NULL); /* one line */

    /* each byte to escape (and a plain DEL, and UTF-8) at every offset of
     * a long run: runs are scanned many bytes a step, and each step must
     * stop right at the byte */
    static const char *const odd[] = {"\"", "\\", "\x01", "\x1f", "\x7f", "\xc4\x9f"};
    for (size_t k = 0; k < sizeof odd / sizeof *odd; k++)
        for (size_t at = 0; at < 40; at++) {
            char q[64];
            memset(q, 'x', 48);
            q[48] = '\0';
            memcpy(q + at, odd[k], strlen(odd[k]));
            e.quote = q;
            r = encode(&e);
            assert_string_equal(str(r, "quote"), q);
            json_decref(r);
        }

    e.quote = "truncated \xe2\x80";
    assert_int_equal(nsv_encode_event(nt.norm, &e, &nt.item, &json, &n, &err), NSV_ERR_UTF8);
    assert_null(json);
    NT_CHECK(err.message[0] != '\0');

    size_t big = 5u << 20; /* past 4 x the 1 MiB default item bound */
    char *huge = malloc(big + 1);
    assert_non_null(huge);
    memset(huge, 'x', big);
    huge[big] = '\0';
    e.quote = huge;
    assert_int_equal(nsv_encode_event(nt.norm, &e, &nt.item, &json, &n, &err), NSV_ERR_LIMIT);
    free(huge);

    /* the normalizer is still usable after a failed record */
    e.quote = "fine";
    r = encode(&e);
    assert_string_equal(str(r, "quote"), "fine");
    json_decref(r);
}

/* The confidence is written as "%.2f" would write it, trailing zeros after
 * the first decimal dropped: values halfway between two hundredths
 * (0.125, 0.375 in binary are exact ties) round as snprintf rounds them. */
static void test_confidence_text(void **state)
{
    (void)state;
    nt_run_item("enc-conf", PUB, NULL, TEXT);
    NT_CHECK(nt.n > 0);
    nsv_event e = nt.ev[0];
    static const double values[] = {0.7,   0.75,  0.1,   0.05, 0.125, 0.375, 0.625, 0.875,
                                    0.005, 0.015, 0.995, 1.0,  0.0,   0.333, 12.5,  123.456};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        e.confidence = values[i];
        char want[32];
        int cn = snprintf(want, sizeof want, "%.2f", values[i]);
        while (cn > 3 && want[cn - 1] == '0' && want[cn - 2] != '.')
            cn--;
        want[cn] = '\0';
        char field[48];
        snprintf(field, sizeof field, "\"confidence\":%s,", want);
        const char *json;
        size_t n;
        nsv_error err;
        assert_int_equal(nsv_encode_event(nt.norm, &e, &nt.item, &json, &n, &err), NSV_OK);
        if (!memmem(json, n, field, strlen(field)))
            fail_msg("%.17g: no %s in %.*s", values[i], field, (int)n, json);
    }
}

static void test_event_ids(void **state)
{
    (void)state;
    char first[16][37];
    nt_run_item("enc-1", PUB, NULL, TEXT);
    size_t n = nt.n;
    assert_true(n >= 4 && n <= 16);
    for (size_t i = 0; i < n; i++) {
        memcpy(first[i], nt.ev[i].event_id, 37);
        for (size_t j = 0; j < i; j++)
            assert_string_not_equal(first[i], first[j]);
    }
    /* another item between two runs of the same item changes nothing */
    nt_run_item("enc-other", PUB, NULL, "Foreign Minister Sergey Lavrov said the talks ended.");
    nt_run_item("enc-1", PUB, NULL, TEXT);
    assert_int_equal(nt.n, n);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(nt.ev[i].event_id, first[i]);
    /* the same text under another id gives other ids */
    nt_run_item("enc-1b", PUB, NULL, TEXT);
    assert_int_equal(nt.n, n);
    for (size_t i = 0; i < n; i++)
        assert_string_not_equal(nt.ev[i].event_id, first[i]);
    /* the namespace is UUIDv5("newsev.event.v1") in the URL namespace */
    uuid_t url_ns, ns;
    char ns_text[37];
    assert_int_equal(uuid_parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8", url_ns), 0);
    uuid_generate_sha1(ns, url_ns, "newsev.event.v1", strlen("newsev.event.v1"));
    uuid_unparse_lower(ns, ns_text);
    assert_string_equal(ns_text, "e097a3e9-f397-53ea-81a2-8917e208f24d");
    /* each id is the UUIDv5 libuuid gives for the event's name (item id,
     * type, evidence span, parties), though another SHA-1 computes it */
    nt_run_item("enc-1", PUB, NULL, TEXT);
    for (size_t i = 0; i < nt.n; i++) {
        const nsv_event *ev = &nt.ev[i];
        char name[512];
        int len = snprintf(name, sizeof name, "enc-1\x1f%s\x1f%u\x1f%u\x1f%d",
                           nsv_event_type_name(ev->type), ev->evidence_start, ev->evidence_end,
                           ev->evidence_in_title);
        for (size_t k = 0; k < ev->n_participants; k++)
            len +=
                snprintf(name + len, sizeof name - (size_t)len, "\x1f%s", ev->participants[k].name);
        assert_true(len > 0 && (size_t)len < sizeof name);
        uuid_t id;
        char want[37];
        uuid_generate_sha1(id, ns, name, (size_t)len);
        uuid_unparse_lower(id, want);
        assert_string_equal(ev->event_id, want);
    }
    /* without an id, ids are still stable */
    nt_run_item(NULL, PUB, NULL, TEXT);
    assert_int_equal(nt.n, n);
    memcpy(first[0], nt.ev[0].event_id, 37);
    assert_uuid_v5(first[0]);
    nt_run_item(NULL, PUB, NULL, TEXT);
    assert_string_equal(nt.ev[0].event_id, first[0]);
}

static void test_names(void **state)
{
    (void)state;
    static const struct {
        nsv_code code;
        const char *name;
    } codes[] = {
        {NSV_OK, "ok"},
        {NSV_ERR_NOMEM, "out_of_memory"},
        {NSV_ERR_TOO_LARGE, "too_large"},
        {NSV_ERR_JSON, "bad_json"},
        {NSV_ERR_FIELD, "bad_field"},
        {NSV_ERR_NO_TEXT, "no_text"},
        {NSV_ERR_UTF8, "invalid_utf8"},
        {NSV_ERR_BINARY, "binary"},
        {NSV_ERR_LIMIT, "limit"},
        {NSV_ERR_CONFIG, "config"},
        {NSV_ERR_ARG, "bad_argument"},
    };
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        assert_string_equal(nsv_code_name(codes[i].code), codes[i].name);
    assert_string_equal(nsv_code_name((nsv_code)999), "unknown");
    assert_string_equal(nsv_modality_name(NSV_MOD_ACTUAL), "actual");
    assert_string_equal(nsv_modality_name(NSV_MOD_PLANNED), "planned");
    assert_string_equal(nsv_modality_name(NSV_MOD_NEGATED), "negated");
    assert_string_equal(nsv_modality_name(NSV_MOD_HYPOTHETICAL), "hypothetical");
    assert_string_equal(nsv_event_type_name(NSV_EV_STATEMENT), "statement");
    assert_string_equal(nsv_event_type_name(NSV_EV_MEETING), "meeting");
    assert_string_equal(nsv_event_type_name(NSV_EV_SIGNING), "signing");
    assert_string_equal(nsv_kind_name(NSV_KIND_GROUP), "group");
    assert_string_equal(nsv_kind_name(NSV_KIND_ORGANIZATION), "organization");
    assert_string_equal(nsv_format_name(NSV_FORMAT_PHONE), "phone");
    assert_string_equal(nsv_format_name(NSV_FORMAT_VIDEO), "video");
    assert_string_equal(nsv_format_name(NSV_FORMAT_IN_PERSON), "in_person");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_record_fields),       cmocka_unit_test(test_evidence_offsets),
        cmocka_unit_test(test_escaping_and_bounds), cmocka_unit_test(test_confidence_text),
        cmocka_unit_test(test_event_ids),           cmocka_unit_test(test_names),
    };
    return cmocka_run_group_tests(tests, nt_setup, nt_teardown);
}
