/*
 * newsev.h - the normalizer library: one news item in, event records out.
 *
 * The library does no I/O, no Kafka, no logging and has no mutable globals.
 * Every call that can fail returns an nsv_code and fills a caller-provided
 * nsv_error (code, byte offset, message).
 *
 * Ownership, in names:
 *   *_new()   returns an object the caller owns and frees with *_free().
 *   views     (nsv_str, nsv_item fields, nsv_event fields) are borrowed: they
 *             point into the caller's input bytes or into the normalizer's
 *             per-item arena and stay valid until the next nsv_decode() or
 *             nsv_normalize() call on the same normalizer.
 *
 * Threads: an nsv_lexicon is immutable once nsv_lexicon_finish() succeeded and
 * may be shared by any number of threads; an nsv_normalizer is one thread's
 * working state.
 */
#ifndef NEWSEV_H
#define NEWSEV_H

#include <stddef.h>
#include <stdint.h>

#define NEWSEV_VERSION "0.1.0"
#define NSV_SCHEMA_ID "newsev.event.v1"
#define NSV_EXTRACTOR_NAME "newsev-rules"

typedef enum nsv_code {
    NSV_OK = 0,
    NSV_ERR_NOMEM,     /* allocation failed or the per-item arena cap was hit */
    NSV_ERR_TOO_LARGE, /* item larger than limits.max_item_bytes */
    NSV_ERR_JSON,      /* wire bytes are not a JSON object */
    NSV_ERR_FIELD,     /* a known field has the wrong JSON type */
    NSV_ERR_NO_TEXT,   /* no text field, or only white space */
    NSV_ERR_UTF8,      /* text is not valid UTF-8 */
    NSV_ERR_BINARY,    /* text holds NUL or other control bytes */
    NSV_ERR_LIMIT,     /* a structural limit (sentences, mentions, events) */
    NSV_ERR_CONFIG,    /* lexicon data could not be parsed */
    NSV_ERR_ARG,       /* API misuse (NULL where an object is needed) */
} nsv_code;

#define NSV_ERROR_MSG_SIZE 200

typedef struct nsv_error {
    nsv_code code;
    size_t offset; /* byte offset of the problem in the input, or SIZE_MAX */
    char message[NSV_ERROR_MSG_SIZE];
} nsv_error;

/* Short stable name of a code ("bad_json", "invalid_utf8"...): used in
 * dead-letter headers and structured error lines. */
const char *nsv_code_name(nsv_code code);

/* A borrowed byte range; not NUL-terminated unless said so. */
typedef struct nsv_str {
    const char *ptr;
    size_t len;
} nsv_str;

/* ------------------------------------------------------------------ */
/* Limits                                                               */

typedef struct nsv_limits {
    size_t max_item_bytes;  /* whole wire item; default 1 MiB */
    size_t max_sentences;   /* per item; default 20000 */
    size_t max_events;      /* per item; default 2000 */
    size_t arena_bytes_cap; /* per-item working memory; default 64 MiB */
} nsv_limits;

void nsv_limits_default(nsv_limits *limits);

/* ------------------------------------------------------------------ */
/* Lexicon: the rule data under configs/, compiled once.                */

typedef struct nsv_lexicon nsv_lexicon;

nsv_lexicon *nsv_lexicon_new(void);
/* Add one data file's contents.  `name` is the file's base name
 * ("speech_cues.txt", "countries.tsv", ...): it says how to parse it.
 * The bytes are copied; the caller may free them afterwards. */
nsv_code nsv_lexicon_add(nsv_lexicon *lex, const char *name, const char *data, size_t len,
                         nsv_error *err);
/* Check that every required table is present and freeze the lexicon. */
nsv_code nsv_lexicon_finish(nsv_lexicon *lex, nsv_error *err);
void nsv_lexicon_free(nsv_lexicon *lex);
/* Names of the data files a complete lexicon is built from, NULL-terminated. */
const char *const *nsv_lexicon_files(void);

/* ------------------------------------------------------------------ */
/* Items                                                                */

typedef enum nsv_wire {
    NSV_WIRE_AUTO = 0, /* JSON when the first non-blank byte is '{', else raw */
    NSV_WIRE_JSON,
    NSV_WIRE_RAW,
} nsv_wire;

/* One news item as views.  Fields that are absent have ptr == NULL. */
typedef struct nsv_item {
    nsv_str id;
    nsv_str source;    /* outlet: "TASS", "Reuters"; from the dateline if absent */
    nsv_str published; /* YYYY-MM-DD as given (first 10 bytes used) */
    nsv_str title;
    nsv_str text; /* the body; event offsets are byte offsets into it */
    nsv_str url;
    nsv_str lang;
    /* Kafka coordinates, filled by the daemon (has_kafka = 0 offline). */
    int has_kafka;
    nsv_str kafka_topic;
    int32_t kafka_partition;
    int64_t kafka_offset;
} nsv_item;

/* ------------------------------------------------------------------ */
/* Events                                                               */

typedef enum nsv_event_type {
    NSV_EV_STATEMENT = 0,
    NSV_EV_MEETING,
    NSV_EV_SIGNING,
} nsv_event_type;

typedef enum nsv_modality {
    NSV_MOD_ACTUAL = 0,
    NSV_MOD_PLANNED,
    NSV_MOD_NEGATED,
    NSV_MOD_HYPOTHETICAL,
} nsv_modality;

typedef enum nsv_kind {
    NSV_KIND_PERSON = 0,
    NSV_KIND_ORGANIZATION,
    NSV_KIND_COUNTRY,
    NSV_KIND_GROUP,
} nsv_kind;

typedef enum nsv_format {
    NSV_FORMAT_UNKNOWN = 0,
    NSV_FORMAT_IN_PERSON,
    NSV_FORMAT_PHONE,
    NSV_FORMAT_VIDEO,
} nsv_format;

/* A participant or speaker.  Strings are NUL-terminated, NULL when unknown. */
typedef struct nsv_party {
    const char *name;
    nsv_kind kind;
    const char *role;
    const char *country;
} nsv_party;

typedef struct nsv_event {
    nsv_event_type type;
    nsv_modality modality;
    char event_id[37];         /* UUIDv5, lower-case, NUL-terminated */
    char date[11];             /* YYYY-MM-DD, or "" when unresolved */
    const char *location_name; /* NULL when unknown */
    const char *location_country;
    const nsv_party *participants;
    size_t n_participants;
    /* statement */
    nsv_party speaker;
    const char *quote;
    int direct; /* 1: content inside quotation marks */
    /* signing */
    const char *document_title;
    const char *document_kind;
    /* meeting */
    nsv_format format;
    /* provenance */
    uint32_t evidence_start, evidence_end; /* byte offsets into item text */
    int evidence_in_title;                 /* 1: the offsets are into item title */
    const char *rule;
    double confidence;
} nsv_event;

/* ------------------------------------------------------------------ */
/* The normalizer                                                       */

typedef struct nsv_normalizer nsv_normalizer;

/* `lex` must be finished and must outlive the normalizer.  `limits` may be
 * NULL for the defaults; it is copied. */
nsv_normalizer *nsv_normalizer_new(const nsv_lexicon *lex, const nsv_limits *limits);
void nsv_normalizer_free(nsv_normalizer *n);

/* Decode one wire item.  Raw items are not copied: item views point into
 * `buf`, which must stay alive and unchanged until the next call.  JSON items
 * are decoded into storage owned by `n`.  Validates size, JSON shape, UTF-8
 * and that there is text. */
nsv_code nsv_decode(nsv_normalizer *n, const char *buf, size_t len, nsv_wire wire, nsv_item *item,
                    nsv_error *err);

/* Extract the events of one item.  On success *events points to *count
 * events owned by `n`, valid until the next nsv_decode()/nsv_normalize(). */
nsv_code nsv_normalize(nsv_normalizer *n, const nsv_item *item, const nsv_event **events,
                       size_t *count, nsv_error *err);

/* Record v1 of one event as compact JSON, no newline.  `item` is the item
 * the event came from.  On success *json points to *len bytes owned by `n`,
 * valid until the next nsv_encode_event() on `n` (events stay valid).
 * Fails with NSV_ERR_UTF8 when a field is not valid UTF-8, NSV_ERR_LIMIT
 * past 4 * limits.max_item_bytes + 64 KiB, NSV_ERR_NOMEM. */
nsv_code nsv_encode_event(nsv_normalizer *n, const nsv_event *ev, const nsv_item *item,
                          const char **json, size_t *len, nsv_error *err);

const char *nsv_event_type_name(nsv_event_type t);
const char *nsv_modality_name(nsv_modality m);
const char *nsv_kind_name(nsv_kind k);
const char *nsv_format_name(nsv_format f);

#endif /* NEWSEV_H */
