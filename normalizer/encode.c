/* encode.c - record v1: one JSON object per event, and its deterministic id. */
#include <string.h>
#include <uuid/uuid.h>

#include "normalizer.h"

/* Namespace for event ids: UUIDv5 of "newsev.event.v1" in the URL namespace,
 * fixed so ids stay stable across versions and machines. */
static void event_namespace(uuid_t ns)
{
    uuid_t url_ns;
    /* RFC 4122 NameSpace_URL */
    static const unsigned char url[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                          0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
    memcpy(url_ns, url, 16);
    uuid_generate_sha1(ns, url_ns, NSV_SCHEMA_ID, strlen(NSV_SCHEMA_ID));
}

void event_id(const nsv_item *item, const nsv_event *ev, char out[37])
{
    uuid_t ns, id;
    event_namespace(ns);
    char name[512];
    int n;
    if (item->id.ptr) {
        int idlen = item->id.len > 300 ? 300 : (int)item->id.len;
        n = snprintf(name, sizeof name, "%.*s\x1f%s\x1f%u\x1f%u\x1f%d", idlen, item->id.ptr,
                     nsv_event_type_name(ev->type), ev->evidence_start, ev->evidence_end,
                     ev->evidence_in_title);
    } else {
        /* no id: the text stands for the item */
        n = snprintf(name, sizeof name, "text:%016llx:%zu\x1f%s\x1f%u\x1f%u\x1f%d",
                     (unsigned long long)lex_hash(item->text.ptr, item->text.len), item->text.len,
                     nsv_event_type_name(ev->type), ev->evidence_start, ev->evidence_end,
                     ev->evidence_in_title);
    }
    /* meetings split per counterpart share a cue: the parties tell them apart */
    for (size_t i = 0; i < ev->n_participants && n < (int)sizeof name - 2; i++)
        n += snprintf(name + n, sizeof name - (size_t)n, "\x1f%s", ev->participants[i].name);
    if (n >= (int)sizeof name)
        n = (int)sizeof name - 1;
    uuid_generate_sha1(id, ns, name, (size_t)n);
    uuid_unparse_lower(id, out);
}

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *view_or_null(nsv_str v)
{
    return v.ptr ? json_stringn(v.ptr, v.len) : json_null();
}

static json_t *party_json(const nsv_party *p)
{
    return json_pack("{s:o, s:s, s:o, s:o}", "name", str_or_null(p->name), "kind",
                     nsv_kind_name(p->kind), "role", str_or_null(p->role), "country",
                     str_or_null(p->country));
}

json_t *nsv_event_to_json(const nsv_event *ev, const nsv_item *item)
{
    json_t *rec = json_object();
    if (!rec)
        return NULL;
    json_t *it = json_object();
    json_object_set_new(it, "id", view_or_null(item->id));
    json_object_set_new(it, "source", view_or_null(item->source));
    json_object_set_new(it, "published",
                        item->published.ptr
                            ? json_stringn(item->published.ptr,
                                           item->published.len > 10 ? 10 : item->published.len)
                            : json_null());
    if (item->url.ptr)
        json_object_set_new(it, "url", json_stringn(item->url.ptr, item->url.len));
    if (item->has_kafka)
        json_object_set_new(it, "kafka",
                            json_pack("{s:s%, s:i, s:I}", "topic", item->kafka_topic.ptr,
                                      item->kafka_topic.len, "partition",
                                      (int)item->kafka_partition, "offset",
                                      (json_int_t)item->kafka_offset));
    json_object_set_new(rec, "schema", json_string(NSV_SCHEMA_ID));
    json_object_set_new(rec, "event_id", json_string(ev->event_id));
    json_object_set_new(rec, "type", json_string(nsv_event_type_name(ev->type)));
    json_object_set_new(rec, "item", it);
    json_object_set_new(rec, "date", ev->date[0] ? json_string(ev->date) : json_null());
    json_object_set_new(rec, "location",
                        ev->location_name ? json_pack("{s:s, s:o}", "name", ev->location_name,
                                                      "country", str_or_null(ev->location_country))
                                          : json_null());
    json_t *parts = json_array();
    for (size_t i = 0; i < ev->n_participants; i++)
        json_array_append_new(parts, party_json(&ev->participants[i]));
    json_object_set_new(rec, "participants", parts);
    switch (ev->type) {
    case NSV_EV_STATEMENT:
        json_object_set_new(rec, "speaker", party_json(&ev->speaker));
        json_object_set_new(rec, "quote", str_or_null(ev->quote));
        json_object_set_new(rec, "mode", json_string(ev->direct ? "direct" : "indirect"));
        break;
    case NSV_EV_SIGNING:
        json_object_set_new(rec, "document",
                            json_pack("{s:o, s:o}", "title", str_or_null(ev->document_title),
                                      "kind", str_or_null(ev->document_kind)));
        break;
    case NSV_EV_MEETING:
        json_object_set_new(rec, "format", ev->format == NSV_FORMAT_UNKNOWN
                                               ? json_null()
                                               : json_string(nsv_format_name(ev->format)));
        break;
    }
    json_object_set_new(rec, "modality", json_string(nsv_modality_name(ev->modality)));
    nsv_str src = ev->evidence_in_title ? item->title : item->text;
    uint32_t a = ev->evidence_start, b = ev->evidence_end;
    if (b > src.len)
        b = (uint32_t)src.len;
    if (a > b)
        a = b;
    json_t *evid = json_pack("{s:s%, s:i, s:i}", "text", src.ptr ? src.ptr + a : "",
                             (size_t)(b - a), "start", (int)a, "end", (int)b);
    if (evid && ev->evidence_in_title)
        json_object_set_new(evid, "field", json_string("title"));
    json_object_set_new(rec, "evidence", evid);
    json_object_set_new(rec, "rule", str_or_null(ev->rule));
    json_object_set_new(rec, "confidence", json_real(ev->confidence));
    json_object_set_new(rec, "extractor", json_pack("{s:s, s:s}", "name", NSV_EXTRACTOR_NAME,
                                                    "version", NEWSEV_VERSION));
    return rec;
}
