/* encode.c - record v1: one JSON object per event, and its deterministic id. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <nettle/sha1.h>

#include "json_bytes.h"
#include "normalizer.h"

/* Namespace for event ids: UUIDv5 of "newsev.event.v1" in the URL namespace
 * (RFC 4122 NameSpace_URL, 6ba7b811-9dad-11d1-80b4-00c04fd430c8), fixed so
 * ids stay stable across versions and machines.  Precomputed: it is
 * e097a3e9-f397-53ea-81a2-8917e208f24d. */
static const unsigned char event_ns[16] = {0xe0, 0x97, 0xa3, 0xe9, 0xf3, 0x97, 0x53, 0xea,
                                           0x81, 0xa2, 0x89, 0x17, 0xe2, 0x08, 0xf2, 0x4d};

/* Append s[0..len) to the id name as snprintf into name[512] would: *n
 * counts every byte, only the first 511 are stored. */
static void name_put(char *name, size_t *n, const char *s, size_t len)
{
    if (*n < 511) {
        size_t room = 511 - *n;
        memcpy(name + *n, s, len < room ? len : room);
    }
    *n += len;
}

static void name_put_u32(char *name, size_t *n, uint32_t v)
{
    char digits[10];
    size_t k = sizeof digits;
    do {
        digits[--k] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    name_put(name, n, digits + k, sizeof digits - k);
}

/* UUIDv5 (RFC 4122 4.3) of name in event_ns, written as lower-case text:
 * what libuuid's uuid_generate_sha1() and uuid_unparse_lower() give, with
 * nettle's SHA-1, which costs a sixth of libuuid's per id. */
static void uuid_v5(const char *name, size_t n, char out[37])
{
    struct sha1_ctx ctx;
    uint8_t h[SHA1_DIGEST_SIZE];
    sha1_init(&ctx);
    sha1_update(&ctx, sizeof event_ns, event_ns);
    sha1_update(&ctx, n, (const uint8_t *)name);
    sha1_digest(&ctx, sizeof h, h);
    h[6] = (uint8_t)((h[6] & 0x0f) | 0x50); /* version 5 */
    h[8] = (uint8_t)((h[8] & 0x3f) | 0x80); /* RFC 4122 variant */
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;
    for (size_t i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[o++] = '-';
        out[o++] = hex[h[i] >> 4];
        out[o++] = hex[h[i] & 15];
    }
    out[o] = '\0';
}

void event_id(const nsv_item *item, const nsv_event *ev, char out[37])
{
    char name[512];
    size_t n = 0;
    const char *type = nsv_event_type_name(ev->type);
    if (item->id.ptr && ev->evidence_in_title >= 0) {
        /* "%.*s\x1f%s\x1f%u\x1f%u\x1f%d" of id (at most 300 bytes, up to a
         * NUL), type, evidence start, end and in-title, written out */
        size_t idlen = strnlen(item->id.ptr, item->id.len > 300 ? 300 : item->id.len);
        name_put(name, &n, item->id.ptr, idlen);
        name_put(name, &n, "\x1f", 1);
        name_put(name, &n, type, strlen(type));
        name_put(name, &n, "\x1f", 1);
        name_put_u32(name, &n, ev->evidence_start);
        name_put(name, &n, "\x1f", 1);
        name_put_u32(name, &n, ev->evidence_end);
        name_put(name, &n, "\x1f", 1);
        name_put_u32(name, &n, (uint32_t)ev->evidence_in_title);
    } else if (item->id.ptr) {
        int idlen = item->id.len > 300 ? 300 : (int)item->id.len;
        n = (size_t)snprintf(name, sizeof name, "%.*s\x1f%s\x1f%u\x1f%u\x1f%d", idlen, item->id.ptr,
                             type, ev->evidence_start, ev->evidence_end, ev->evidence_in_title);
    } else {
        /* no id: the text stands for the item */
        n = (size_t)snprintf(name, sizeof name, "text:%016llx:%zu\x1f%s\x1f%u\x1f%u\x1f%d",
                             (unsigned long long)lex_hash(item->text.ptr, item->text.len),
                             item->text.len, type, ev->evidence_start, ev->evidence_end,
                             ev->evidence_in_title);
    }
    /* meetings split per counterpart share a cue: the parties tell them apart
     * ("\x1f%s" each, while fewer than 510 bytes were written) */
    for (size_t i = 0; i < ev->n_participants && n < sizeof name - 2; i++) {
        const char *pn = ev->participants[i].name ? ev->participants[i].name : "(null)";
        name_put(name, &n, "\x1f", 1);
        name_put(name, &n, pn, strlen(pn));
    }
    if (n >= sizeof name)
        n = sizeof name - 1;
    uuid_v5(name, n, out);
}

/* ------------------------------------------------------------------ */
/* Record v1 written straight into a byte buffer: building a jansson tree
 * and dumping it cost a third of extraction time.  Output is what jansson's
 * json_dumps(JSON_COMPACT) gave: members in this order, no spaces, UTF-8
 * kept, only '"', '\\' and control characters escaped (\u00XX in upper-case
 * hex when no short form exists). */

typedef struct json_out {
    char *p;
    size_t len, cap, max; /* max: the bound on a record's size */
    nsv_code failed;      /* first failure, or NSV_OK */
} json_out;

static int out_grow(json_out *o, size_t more)
{
    if (o->failed)
        return -1;
    if (more > o->max || o->len > o->max - more) {
        o->failed = NSV_ERR_LIMIT;
        return -1;
    }
    if (o->len + more <= o->cap)
        return 0;
    size_t cap = o->cap ? o->cap : 4096;
    while (cap < o->len + more)
        cap *= 2;
    if (cap > o->max)
        cap = o->max;
    char *p = realloc(o->p, cap);
    if (!p) {
        o->failed = NSV_ERR_NOMEM;
        return -1;
    }
    o->p = p;
    o->cap = cap;
    return 0;
}

/* Room for `more` bytes: 0, or -1 with o->failed set.  Called for every
 * piece of a record, so the common case (room already there) is inline and
 * out_grow does the rest.  len <= cap <= max always (nsv_encode_event and
 * out_grow keep it), so room under cap is room under the bound too. */
static inline int out_reserve(json_out *o, size_t more)
{
    if (!o->failed && more <= o->cap - o->len)
        return 0;
    return out_grow(o, more);
}

static inline void out_raw(json_out *o, const char *s, size_t n)
{
    if (out_reserve(o, n) == 0) {
        memcpy(o->p + o->len, s, n);
        o->len += n;
    }
}

#define OUT_LIT(o, lit) out_raw((o), (lit), sizeof(lit) - 1)

/* 1 for the bytes a JSON string holds as they are: printable ASCII but the
 * quote and the backslash */
static const unsigned char json_plain[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* Are the eight bytes at p all ones a JSON string holds as they are
 * (0x20..0x7F but '"' and '\\', the bytes json_plain marks)?  Runs of them
 * are copied as they are, and eight bytes a step find a run's end in half
 * the instructions of a byte loop.
 * A byte below 0x20 borrows into its high bit when 0x20 is taken from every
 * byte (the lowest such byte always does, whatever borrows above it), and
 * (v - 1) & ~v has a high bit set exactly when some byte of v is zero. */
static inline int json_plain8(const unsigned char *p)
{
    const uint64_t ones = 0x0101010101010101ull;
    uint64_t w, q, b;
    memcpy(&w, p, 8);
    q = w ^ (ones * '"');
    b = w ^ (ones * '\\');
    return !((w | (w - ones * 0x20) | ((q - ones) & ~q) | ((b - ones) & ~b)) & (ones * 0x80));
}

static void out_str(json_out *o, const char *s, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    /* worst case every byte becomes \u00XX */
    if (n > (SIZE_MAX - 2) / 6 || out_reserve(o, n * 6 + 2) != 0) {
        if (!o->failed)
            o->failed = NSV_ERR_LIMIT;
        return;
    }
    const unsigned char *u = (const unsigned char *)s;
    char *w = o->p + o->len;
    *w++ = '"';
    for (size_t i = 0; i < n;) {
        /* a run of bytes that need no escape, copied as it is found: eight
         * bytes a step are stored before they are tested (the room reserved
         * for 6 bytes an input byte holds them; a step that fails is
         * written over), then a byte at a time */
#ifdef NSV_JSON16
        /* (sixteen bytes a step where the machine has them: the step that
         * finds a byte to escape stops right at it) */
        while (i + 16 <= n) {
            memcpy(w, u + i, 16);
            unsigned special = json_special16(u + i);
            if (special) {
                unsigned k = (unsigned)__builtin_ctz(special);
                i += k;
                w += k;
                break;
            }
            i += 16;
            w += 16;
        }
#endif
        while (i + 8 <= n) {
            memcpy(w, u + i, 8);
            if (!json_plain8(u + i))
                break;
            i += 8;
            w += 8;
        }
        while (i < n && json_plain[u[i]])
            *w++ = (char)u[i++];
        if (i == n)
            break;
        unsigned char c = u[i];
        if (c >= 0x80) {
            size_t k = utf8_seq(u + i, n - i);
            if (!k) { /* jansson refused such a record too */
                o->failed = NSV_ERR_UTF8;
                return;
            }
            memcpy(w, u + i, k);
            w += k;
            i += k;
            continue;
        }
        i++;
        *w++ = '\\';
        switch (c) {
        case '"': *w++ = '"'; break;
        case '\\': *w++ = '\\'; break;
        case '\b': *w++ = 'b'; break;
        case '\f': *w++ = 'f'; break;
        case '\n': *w++ = 'n'; break;
        case '\r': *w++ = 'r'; break;
        case '\t': *w++ = 't'; break;
        default:
            *w++ = 'u';
            *w++ = '0';
            *w++ = '0';
            *w++ = hex[c >> 4];
            *w++ = hex[c & 15];
        }
    }
    *w++ = '"';
    o->len = (size_t)(w - o->p);
}

static void out_cstr(json_out *o, const char *s)
{
    if (s)
        out_str(o, s, strlen(s));
    else
        OUT_LIT(o, "null");
}

static void out_view(json_out *o, nsv_str v)
{
    if (v.ptr)
        out_str(o, v.ptr, v.len);
    else
        OUT_LIT(o, "null");
}

/* v in decimal, as "%lld" writes it, without the cost of snprintf */
static void out_int(json_out *o, long long v)
{
    char b[24];
    size_t n = sizeof b;
    /* the magnitude as unsigned, so that LLONG_MIN negates too */
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do {
        b[--n] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        b[--n] = '-';
    out_raw(o, b + n, sizeof b - n);
}

/* "%.2f" of v, as snprintf writes it, into buf[cap]; returns the length.
 * snprintf's float formatting cost ~1,600 instructions a record: where v
 * times 100 is clearly not halfway between two integers, rounding it to the
 * nearest integer is what %.2f does to v's exact value (the product's
 * rounding error is far below the margin), so the digits are written here;
 * near a tie, or out of range, snprintf decides. */
static int format_2f(char *buf, size_t cap, double v)
{
    if (v >= 0 && v < 1e9) {
        double c = v * 100.0;
        long long k = (long long)(c + 0.5);
        double off = c - (double)k; /* in [-0.5, 0.5) */
        if (off > -0.499 && off < 0.499) {
            char d[24];
            size_t n = sizeof d;
            d[--n] = (char)('0' + k % 10);
            d[--n] = (char)('0' + k / 10 % 10);
            d[--n] = '.';
            k /= 100;
            do {
                d[--n] = (char)('0' + k % 10);
                k /= 10;
            } while (k);
            if (sizeof d - n < cap) {
                memcpy(buf, d + n, sizeof d - n);
                buf[sizeof d - n] = '\0';
                return (int)(sizeof d - n);
            }
        }
    }
    return snprintf(buf, cap, "%.2f", v);
}

static void out_party(json_out *o, const nsv_party *p)
{
    OUT_LIT(o, "{\"name\":");
    out_cstr(o, p->name);
    OUT_LIT(o, ",\"kind\":");
    out_cstr(o, nsv_kind_name(p->kind));
    OUT_LIT(o, ",\"role\":");
    out_cstr(o, p->role);
    OUT_LIT(o, ",\"country\":");
    out_cstr(o, p->country);
    OUT_LIT(o, "}");
}

/* The first n bytes of v, cut back to a character boundary. */
static nsv_str view_prefix(nsv_str v, size_t n)
{
    if (v.len > n) {
        v.len = n;
        while (v.len > 0 && ((unsigned char)v.ptr[v.len] & 0xC0) == 0x80)
            v.len--;
    }
    return v;
}

static void out_record(json_out *o, const nsv_event *ev, const nsv_item *item)
{
    OUT_LIT(o, "{\"schema\":\"" NSV_SCHEMA_ID "\",\"event_id\":");
    out_cstr(o, ev->event_id);
    OUT_LIT(o, ",\"type\":");
    out_cstr(o, nsv_event_type_name(ev->type));
    OUT_LIT(o, ",\"item\":{\"id\":");
    out_view(o, item->id);
    OUT_LIT(o, ",\"source\":");
    out_view(o, item->source);
    OUT_LIT(o, ",\"published\":");
    out_view(o, view_prefix(item->published, 10)); /* the date part */
    if (item->url.ptr) {
        OUT_LIT(o, ",\"url\":");
        out_view(o, item->url);
    }
    if (item->has_kafka && item->kafka_topic.ptr) {
        OUT_LIT(o, ",\"kafka\":{\"topic\":");
        out_view(o, item->kafka_topic);
        OUT_LIT(o, ",\"partition\":");
        out_int(o, item->kafka_partition);
        OUT_LIT(o, ",\"offset\":");
        out_int(o, (long long)item->kafka_offset);
        OUT_LIT(o, "}");
    }
    OUT_LIT(o, "},\"date\":");
    out_cstr(o, ev->date[0] ? ev->date : NULL);
    OUT_LIT(o, ",\"location\":");
    if (ev->location_name) {
        OUT_LIT(o, "{\"name\":");
        out_cstr(o, ev->location_name);
        OUT_LIT(o, ",\"country\":");
        out_cstr(o, ev->location_country);
        OUT_LIT(o, "}");
    } else {
        OUT_LIT(o, "null");
    }
    OUT_LIT(o, ",\"participants\":[");
    for (size_t i = 0; i < ev->n_participants; i++) {
        if (i)
            OUT_LIT(o, ",");
        out_party(o, &ev->participants[i]);
    }
    OUT_LIT(o, "]");
    switch (ev->type) {
    case NSV_EV_STATEMENT:
        OUT_LIT(o, ",\"speaker\":");
        out_party(o, &ev->speaker);
        OUT_LIT(o, ",\"quote\":");
        out_cstr(o, ev->quote);
        OUT_LIT(o, ",\"mode\":");
        out_cstr(o, ev->direct ? "direct" : "indirect");
        break;
    case NSV_EV_SIGNING:
        OUT_LIT(o, ",\"document\":{\"title\":");
        out_cstr(o, ev->document_title);
        OUT_LIT(o, ",\"kind\":");
        out_cstr(o, ev->document_kind);
        OUT_LIT(o, "}");
        break;
    case NSV_EV_MEETING:
        OUT_LIT(o, ",\"format\":");
        out_cstr(o, ev->format == NSV_FORMAT_UNKNOWN ? NULL : nsv_format_name(ev->format));
        break;
    }
    OUT_LIT(o, ",\"modality\":");
    out_cstr(o, nsv_modality_name(ev->modality));
    nsv_str src = ev->evidence_in_title ? item->title : item->text;
    uint32_t a = ev->evidence_start, b = ev->evidence_end;
    if (!src.ptr)
        src.len = 0;
    if (b > src.len)
        b = (uint32_t)src.len;
    if (a > b)
        a = b;
    OUT_LIT(o, ",\"evidence\":{\"text\":");
    out_str(o, src.ptr ? src.ptr + a : "", (size_t)(b - a));
    OUT_LIT(o, ",\"start\":");
    out_int(o, a);
    OUT_LIT(o, ",\"end\":");
    out_int(o, b);
    if (ev->evidence_in_title)
        OUT_LIT(o, ",\"field\":\"title\"");
    OUT_LIT(o, "},\"rule\":");
    out_cstr(o, ev->rule);
    /* two decimals are all the confidence means; %.17g printed 0.7 as
     * 0.69999999999999996 */
    char conf[32];
    int cn = format_2f(conf, sizeof conf, ev->confidence);
    while (cn > 3 && conf[cn - 1] == '0' && conf[cn - 2] != '.')
        cn--;
    OUT_LIT(o, ",\"confidence\":");
    out_raw(o, conf, (size_t)cn);
    OUT_LIT(o, ",\"extractor\":{\"name\":\"" NSV_EXTRACTOR_NAME "\",\"version\":\"" NEWSEV_VERSION
               "\"}}");
}

nsv_code nsv_encode_event(nsv_normalizer *n, const nsv_event *ev, const nsv_item *item,
                          const char **json, size_t *len, nsv_error *err)
{
    memset(err, 0, sizeof *err);
    *json = NULL;
    *len = 0;
    json_out o = {.p = n->out, .cap = n->out_cap, .max = 4 * n->limits.max_item_bytes + 65536};
    if (o.cap > o.max) /* (a buffer past the bound counts as the bound: out_reserve) */
        o.cap = o.max;
    out_record(&o, ev, item);
    n->out = o.p;
    n->out_cap = o.cap;
    if (o.failed) {
        err->code = o.failed;
        err->offset = (size_t)-1;
        snprintf(err->message, sizeof err->message, "%s",
                 o.failed == NSV_ERR_UTF8    ? "record field is not valid UTF-8"
                 : o.failed == NSV_ERR_NOMEM ? "out of memory encoding the record"
                                             : "record larger than its bound");
        return o.failed;
    }
    *json = o.p;
    *len = o.len;
    return NSV_OK;
}
