/* nsv_test_util.h - shared helpers of the normalizer's unit tests: load the
 * real lexicon of configs/lexicon/ once per test binary, run one small item
 * through nsv_decode + nsv_normalize, and look up its events.
 *
 * Include after <cmocka.h>.  Every helper is static inline, so a test file
 * pays only for what it uses. */
#ifndef NSV_TEST_UTIL_H
#define NSV_TEST_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "newsev.h"

#ifndef NSV_TEST_CONFIG_DIR
#error "NSV_TEST_CONFIG_DIR must name the configs directory"
#endif

/* One test binary's state: the lexicon, a normalizer and the last item. */
static struct nt_state {
    nsv_lexicon *lex;
    nsv_normalizer *norm;
    char *wire; /* the last item's JSON (decoded views may point into it) */
    nsv_item item;
    const nsv_event *ev;
    size_t n;
} nt;

/* Read a whole file into a malloc'd buffer; NULL when it cannot be read. */
static inline char *nt_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf)
        *len = n;
    return buf;
}

/* The real lexicon, from every file nsv_lexicon_files() names. */
static inline nsv_lexicon *nt_load_lexicon(void)
{
    nsv_lexicon *lex = nsv_lexicon_new();
    if (!lex)
        return NULL;
    nsv_error err;
    for (const char *const *f = nsv_lexicon_files(); *f; f++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/lexicon/%s", NSV_TEST_CONFIG_DIR, *f);
        size_t len = 0;
        char *data = nt_read_file(path, &len);
        if (!data) {
            fprintf(stderr, "cannot read %s\n", path);
            nsv_lexicon_free(lex);
            return NULL;
        }
        nsv_code rc = nsv_lexicon_add(lex, *f, data, len, &err);
        free(data);
        if (rc != NSV_OK) {
            fprintf(stderr, "%s: %s\n", path, err.message);
            nsv_lexicon_free(lex);
            return NULL;
        }
    }
    if (nsv_lexicon_finish(lex, &err) != NSV_OK) {
        fprintf(stderr, "lexicon: %s\n", err.message);
        nsv_lexicon_free(lex);
        return NULL;
    }
    return lex;
}

/* cmocka group setup/teardown. */
static inline int nt_setup(void **state)
{
    (void)state;
    nt.lex = nt_load_lexicon();
    if (!nt.lex)
        return -1;
    nt.norm = nsv_normalizer_new(nt.lex, NULL);
    return nt.norm ? 0 : -1;
}

static inline int nt_teardown(void **state)
{
    (void)state;
    nsv_normalizer_free(nt.norm);
    nsv_lexicon_free(nt.lex);
    free(nt.wire);
    memset(&nt, 0, sizeof nt);
    return 0;
}

static inline const char *nt_s(const char *s)
{
    return s ? s : "(null)";
}

/* Print the events of the last item (on a failure, to see what came out). */
static inline void nt_dump(void)
{
    fprintf(stderr, "-- %zu event(s) of: %.*s\n", nt.n, (int)nt.item.text.len, nt.item.text.ptr);
    for (size_t i = 0; i < nt.n; i++) {
        const nsv_event *e = &nt.ev[i];
        fprintf(stderr, "  [%zu] %s %s rule=%s date=%s loc=%s", i, nsv_event_type_name(e->type),
                nsv_modality_name(e->modality), nt_s(e->rule), e->date[0] ? e->date : "-",
                nt_s(e->location_name));
        if (e->type == NSV_EV_STATEMENT)
            fprintf(stderr, " speaker=%s %s quote=\"%s\"", nt_s(e->speaker.name),
                    e->direct ? "direct" : "indirect", nt_s(e->quote));
        if (e->type == NSV_EV_SIGNING)
            fprintf(stderr, " doc=\"%s\" (%s)", nt_s(e->document_title), nt_s(e->document_kind));
        if (e->type == NSV_EV_MEETING)
            fprintf(stderr, " format=%s", nsv_format_name(e->format));
        fprintf(stderr, " parties=");
        for (size_t p = 0; p < e->n_participants; p++)
            fprintf(stderr, "%s%s", p ? "; " : "", nt_s(e->participants[p].name));
        fprintf(stderr, "\n");
    }
}

/* Fail with the events printed. */
#define NT_CHECK(cond)                                                                             \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            nt_dump();                                                                             \
            fail_msg("%s:%d: check failed: %s", __FILE__, __LINE__, #cond);                        \
        }                                                                                          \
    } while (0)

/* Run one item (JSON wire) through nsv_decode + nsv_normalize; the events
 * stay in nt.ev / nt.n until the next run.  published or title may be NULL. */
static inline size_t nt_run_source(const char *id, const char *source, const char *published,
                                   const char *title, const char *text)
{
    json_t *o = json_object();
    if (id)
        json_object_set_new(o, "id", json_string(id));
    json_object_set_new(o, "source", json_string(source));
    if (published)
        json_object_set_new(o, "published", json_string(published));
    if (title)
        json_object_set_new(o, "title", json_string(title));
    json_object_set_new(o, "text", json_string(text));
    free(nt.wire);
    nt.wire = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    assert_non_null(nt.wire);
    nsv_error err;
    memset(&err, 0, sizeof err);
    nsv_code rc = nsv_decode(nt.norm, nt.wire, strlen(nt.wire), NSV_WIRE_JSON, &nt.item, &err);
    if (rc != NSV_OK)
        fail_msg("nsv_decode: %s (%s)", nsv_code_name(rc), err.message);
    rc = nsv_normalize(nt.norm, &nt.item, &nt.ev, &nt.n, &err);
    if (rc != NSV_OK)
        fail_msg("nsv_normalize: %s (%s)", nsv_code_name(rc), err.message);
    return nt.n;
}

static inline size_t nt_run_item(const char *id, const char *published, const char *title,
                                 const char *text)
{
    return nt_run_source(id, "Test Wire", published, title, text);
}

static inline size_t nt_run(const char *published, const char *text)
{
    return nt_run_item("t-1", published, NULL, text);
}

/* Events of a type (and modality, or -1 for any). */
static inline size_t nt_count(nsv_event_type type, int modality)
{
    size_t k = 0;
    for (size_t i = 0; i < nt.n; i++)
        if (nt.ev[i].type == type && (modality < 0 || nt.ev[i].modality == (nsv_modality)modality))
            k++;
    return k;
}

static inline size_t nt_actual(nsv_event_type type)
{
    return nt_count(type, NSV_MOD_ACTUAL);
}

/* The k-th event (from 0) of a type, or NULL. */
static inline const nsv_event *nt_nth(nsv_event_type type, size_t k)
{
    for (size_t i = 0; i < nt.n; i++)
        if (nt.ev[i].type == type && k-- == 0)
            return &nt.ev[i];
    return NULL;
}

/* A byte that can be part of a word: ASCII letters and digits, and any byte
 * of a multi-byte UTF-8 character. */
static inline int nt_word_byte(char c)
{
    unsigned char u = (unsigned char)c;
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z');
}

/* Does `name` contain `key` as whole words (case-sensitive)?  "SCO" is in
 * "Shanghai Cooperation Organization (SCO)", "Putin" is not in "Putinism". */
static inline int nt_name_has(const char *name, const char *key)
{
    if (!name || !key || !*key)
        return 0;
    size_t kl = strlen(key);
    for (const char *p = strstr(name, key); p; p = strstr(p + 1, key))
        if ((p == name || !nt_word_byte(p[-1])) && !nt_word_byte(p[kl]))
            return 1;
    return 0;
}

/* Is some participant of e named with `key`? */
static inline int nt_has_party(const nsv_event *e, const char *key)
{
    for (size_t i = 0; e && i < e->n_participants; i++)
        if (nt_name_has(e->participants[i].name, key))
            return 1;
    return 0;
}

/* The first actual statement whose speaker is named with `key`, or NULL. */
static inline const nsv_event *nt_said_by(const char *key)
{
    for (size_t i = 0; i < nt.n; i++)
        if (nt.ev[i].type == NSV_EV_STATEMENT && nt.ev[i].modality == NSV_MOD_ACTUAL &&
            nt_name_has(nt.ev[i].speaker.name, key))
            return &nt.ev[i];
    return NULL;
}

/* Actual statements whose speaker is named with `key`. */
static inline size_t nt_count_said_by(const char *key)
{
    size_t k = 0;
    for (size_t i = 0; i < nt.n; i++)
        if (nt.ev[i].type == NSV_EV_STATEMENT && nt.ev[i].modality == NSV_MOD_ACTUAL &&
            nt_name_has(nt.ev[i].speaker.name, key))
            k++;
    return k;
}

/* The first event of a type (any modality) with a participant named `key`. */
static inline const nsv_event *nt_with_party(nsv_event_type type, const char *key)
{
    for (size_t i = 0; i < nt.n; i++)
        if (nt.ev[i].type == type && nt_has_party(&nt.ev[i], key))
            return &nt.ev[i];
    return NULL;
}

/* Does the event's evidence (into the item's text or title) contain `s`? */
static inline int nt_evidence_has(const nsv_event *e, const char *s)
{
    nsv_str src = e->evidence_in_title ? nt.item.title : nt.item.text;
    if (e->evidence_end > src.len || e->evidence_start > e->evidence_end)
        return 0;
    size_t n = e->evidence_end - e->evidence_start, sl = strlen(s);
    const char *p = src.ptr + e->evidence_start;
    for (size_t i = 0; i + sl <= n; i++)
        if (memcmp(p + i, s, sl) == 0)
            return 1;
    return 0;
}

#endif
