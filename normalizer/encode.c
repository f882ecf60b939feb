/* encode.c - record v1: one JSON object per event, and its deterministic id. */
#include <string.h>
#include <uuid/uuid.h>

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

void event_id(const nsv_item *item, const nsv_event *ev, char out[37])
{
    uuid_t ns, id;
    memcpy(ns, event_ns, sizeof ns);
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
    uuid_generate_sha1(id, ns, name, n);
    uuid_unparse_lower(id, out);
}

/* Records are built with jansson, without json_pack's format parsing:
 * member names are constants (no UTF-8 check needed), so are the enum
 * names.  Strings from the item and the rules are still checked: a
 * member whose value jansson refuses is left out, as json_pack did. */
#define SET(obj, key, val) json_object_set_new_nocheck((obj), (key), (val))

static json_t *str_or_null(const char *s)
{
    return s ? json_string_nocheck(s) : json_null();
}

/* The evidence slice.  Its ends are token boundaries of valid UTF-8, so it
 * needs no second validation; a slice that would start or end inside a
 * character (it should not happen) goes through jansson's check instead. */
static json_t *evidence_string(nsv_str src, uint32_t a, uint32_t b)
{
    if (!src.ptr)
        return json_string_nocheck("");
    int clean = (a >= src.len || ((unsigned char)src.ptr[a] & 0xC0) != 0x80) &&
                (b >= src.len || ((unsigned char)src.ptr[b] & 0xC0) != 0x80);
    return clean ? json_stringn_nocheck(src.ptr + a, (size_t)(b - a))
                 : json_stringn(src.ptr + a, (size_t)(b - a));
}

static json_t *view_or_null(nsv_str v)
{
    return v.ptr ? json_stringn_nocheck(v.ptr, v.len) : json_null();
}

/* An object of n members, or NULL when one value is NULL (as json_pack). */
static json_t *object_of(size_t n, const char *const *keys, json_t *const *vals)
{
    json_t *o = json_object();
    int ok = o != NULL;
    for (size_t i = 0; i < n; i++) {
        if (!vals[i])
            ok = 0;
        else if (ok)
            ok = SET(o, keys[i], vals[i]) == 0;
        else
            json_decref(vals[i]);
    }
    if (!ok) {
        json_decref(o);
        return NULL;
    }
    return o;
}

static json_t *party_json(const nsv_party *p)
{
    static const char *const keys[] = {"name", "kind", "role", "country"};
    json_t *vals[] = {str_or_null(p->name), json_string_nocheck(nsv_kind_name(p->kind)),
                      str_or_null(p->role), str_or_null(p->country)};
    return object_of(4, keys, vals);
}

json_t *nsv_event_to_json(const nsv_event *ev, const nsv_item *item)
{
    json_t *rec = json_object();
    if (!rec)
        return NULL;
    json_t *it = json_object();
    SET(it, "id", view_or_null(item->id));
    SET(it, "source", view_or_null(item->source));
    SET(it, "published",
        item->published.ptr
            ? json_stringn(item->published.ptr, item->published.len > 10 ? 10 : item->published.len)
            : json_null());
    if (item->url.ptr)
        SET(it, "url", json_stringn(item->url.ptr, item->url.len));
    if (item->has_kafka) {
        static const char *const keys[] = {"topic", "partition", "offset"};
        json_t *vals[] = {
            item->kafka_topic.ptr ? json_stringn(item->kafka_topic.ptr, item->kafka_topic.len)
                                  : NULL,
            json_integer((int)item->kafka_partition), json_integer((json_int_t)item->kafka_offset)};
        SET(it, "kafka", object_of(3, keys, vals));
    }
    SET(rec, "schema", json_string_nocheck(NSV_SCHEMA_ID));
    SET(rec, "event_id", json_string_nocheck(ev->event_id));
    SET(rec, "type", json_string_nocheck(nsv_event_type_name(ev->type)));
    SET(rec, "item", it);
    SET(rec, "date", ev->date[0] ? json_string_nocheck(ev->date) : json_null());
    if (ev->location_name) {
        static const char *const keys[] = {"name", "country"};
        json_t *vals[] = {json_string_nocheck(ev->location_name),
                          str_or_null(ev->location_country)};
        SET(rec, "location", object_of(2, keys, vals));
    } else {
        SET(rec, "location", json_null());
    }
    json_t *parts = json_array();
    for (size_t i = 0; i < ev->n_participants; i++)
        json_array_append_new(parts, party_json(&ev->participants[i]));
    SET(rec, "participants", parts);
    switch (ev->type) {
    case NSV_EV_STATEMENT:
        SET(rec, "speaker", party_json(&ev->speaker));
        SET(rec, "quote", str_or_null(ev->quote));
        SET(rec, "mode", json_string_nocheck(ev->direct ? "direct" : "indirect"));
        break;
    case NSV_EV_SIGNING: {
        static const char *const keys[] = {"title", "kind"};
        json_t *vals[] = {str_or_null(ev->document_title), str_or_null(ev->document_kind)};
        SET(rec, "document", object_of(2, keys, vals));
        break;
    }
    case NSV_EV_MEETING:
        SET(rec, "format",
            ev->format == NSV_FORMAT_UNKNOWN ? json_null()
                                             : json_string_nocheck(nsv_format_name(ev->format)));
        break;
    }
    SET(rec, "modality", json_string_nocheck(nsv_modality_name(ev->modality)));
    nsv_str src = ev->evidence_in_title ? item->title : item->text;
    uint32_t a = ev->evidence_start, b = ev->evidence_end;
    if (b > src.len)
        b = (uint32_t)src.len;
    if (a > b)
        a = b;
    {
        static const char *const keys[] = {"text", "start", "end"};
        json_t *vals[] = {evidence_string(src, a, b), json_integer((int)a), json_integer((int)b)};
        json_t *evid = object_of(3, keys, vals);
        if (evid && ev->evidence_in_title)
            SET(evid, "field", json_string_nocheck("title"));
        SET(rec, "evidence", evid);
    }
    SET(rec, "rule", str_or_null(ev->rule));
    SET(rec, "confidence", json_real(ev->confidence));
    {
        static const char *const keys[] = {"name", "version"};
        json_t *vals[] = {json_string_nocheck(NSV_EXTRACTOR_NAME),
                          json_string_nocheck(NEWSEV_VERSION)};
        SET(rec, "extractor", object_of(2, keys, vals));
    }
    return rec;
}
