/* item.c - one wire item (JSON object or raw text) to an nsv_item of views,
 * with the checks that make news text safe to process. */
#include <string.h>

#include "normalizer.h"

static nsv_code set_err(nsv_error *err, nsv_code code, size_t offset, const char *fmt,
                        const char *detail)
{
    err->code = code;
    err->offset = offset;
    snprintf(err->message, sizeof err->message, fmt, detail ? detail : "");
    return code;
}

/* Offset of the first byte that breaks UTF-8, or SIZE_MAX when valid.
 * Overlong forms, surrogates and code points past U+10FFFF are invalid. */
size_t utf8_invalid_at(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned char c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        uint32_t cp, min;
        if ((c & 0xE0) == 0xC0) {
            n = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            n = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            n = 4, cp = c & 0x07, min = 0x10000;
        } else {
            return i;
        }
        if (i + n > len)
            return i;
        for (size_t k = 1; k < n; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += n;
    }
    return (size_t)-1;
}

/* Text must be prose: no NUL and no control bytes but white space. */
static nsv_code check_text(nsv_str text, nsv_error *err)
{
    size_t lead = 0;
    while (lead < text.len && (text.ptr[lead] == ' ' || text.ptr[lead] == '\t' ||
                               text.ptr[lead] == '\n' || text.ptr[lead] == '\r'))
        lead++;
    if (lead == text.len)
        return set_err(err, NSV_ERR_NO_TEXT, (size_t)-1, "item text is empty%s", NULL);
    size_t bad = utf8_invalid_at(text.ptr, text.len);
    if (bad != (size_t)-1) {
        char where[48];
        snprintf(where, sizeof where, "%zu", bad);
        return set_err(err, NSV_ERR_UTF8, bad, "text is not valid UTF-8 at byte %s", where);
    }
    for (size_t i = 0; i < text.len; i++) {
        unsigned char c = (unsigned char)text.ptr[i];
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') {
            char where[48];
            snprintf(where, sizeof where, "0x%02x at byte %zu", c, i);
            return set_err(err, NSV_ERR_BINARY, i, "text holds control byte %s", where);
        }
    }
    return NSV_OK;
}

static const char *const text_keys[] = {"text", "body", "content", "article", NULL};
static const char *const published_keys[] = {"published", "published_at", "date", NULL};
static const char *const source_keys[] = {"source", "agency", NULL};

/* A string field under any of `keys`; numbers are kept as their JSON text
 * for ids.  Returns NSV_ERR_FIELD when present with another type. */
static nsv_code get_field(nsv_normalizer *n, json_t *obj, const char *const *keys, int number_ok,
                          nsv_str *out, nsv_error *err)
{
    out->ptr = NULL;
    out->len = 0;
    for (const char *const *k = keys; *k; k++) {
        json_t *v = json_object_get(obj, *k);
        if (!v || json_is_null(v))
            continue;
        if (json_is_string(v)) {
            out->ptr = json_string_value(v);
            out->len = json_string_length(v);
            return NSV_OK;
        }
        if (number_ok && json_is_integer(v)) {
            char buf[32];
            int l = snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
            out->ptr = arena_strndup(&n->decode_mem, buf, (size_t)l);
            out->len = (size_t)l;
            if (!out->ptr)
                return set_err(err, NSV_ERR_NOMEM, (size_t)-1, "out of memory%s", NULL);
            return NSV_OK;
        }
        return set_err(err, NSV_ERR_FIELD, (size_t)-1, "field \"%s\" has the wrong type", *k);
    }
    return NSV_OK;
}

static nsv_code decode_json(nsv_normalizer *n, const char *buf, size_t len, nsv_item *item,
                            nsv_error *err)
{
    json_error_t jerr;
    json_t *root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        nsv_code code =
            json_error_code(&jerr) == json_error_invalid_utf8 ? NSV_ERR_UTF8 : NSV_ERR_JSON;
        err->code = code;
        err->offset = jerr.position >= 0 ? (size_t)jerr.position : (size_t)-1;
        snprintf(err->message, sizeof err->message, "not JSON: %s (column %d)", jerr.text,
                 jerr.column);
        return code;
    }
    n->json = root; /* owned until the next decode */
    if (!json_is_object(root))
        return set_err(err, NSV_ERR_JSON, 0, "item is JSON but not an object%s", NULL);
    nsv_code rc;
    static const char *const id_keys[] = {"id", NULL};
    static const char *const title_keys[] = {"title", "headline", NULL};
    static const char *const url_keys[] = {"url", NULL};
    static const char *const lang_keys[] = {"lang", "language", NULL};
    if ((rc = get_field(n, root, id_keys, 1, &item->id, err)) ||
        (rc = get_field(n, root, source_keys, 0, &item->source, err)) ||
        (rc = get_field(n, root, published_keys, 0, &item->published, err)) ||
        (rc = get_field(n, root, title_keys, 0, &item->title, err)) ||
        (rc = get_field(n, root, url_keys, 0, &item->url, err)) ||
        (rc = get_field(n, root, lang_keys, 0, &item->lang, err)) ||
        (rc = get_field(n, root, text_keys, 0, &item->text, err)))
        return rc;
    if (!item->text.ptr)
        return set_err(err, NSV_ERR_NO_TEXT, (size_t)-1,
                       "item has no text (looked for text, body, content, article)%s", NULL);
    return check_text(item->text, err);
}

/* Raw text, optionally opening with a " date YYYY-MM-DD " header line. */
static nsv_code decode_raw(const char *buf, size_t len, nsv_item *item, nsv_error *err)
{
    size_t bad = utf8_invalid_at(buf, len);
    if (bad != (size_t)-1) {
        char where[48];
        snprintf(where, sizeof where, "%zu", bad);
        return set_err(err, NSV_ERR_UTF8, bad, "text is not valid UTF-8 at byte %s", where);
    }
    size_t i = 0;
    while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\r'))
        i++;
    if (len - i >= 16 && !strncmp(buf + i, "date ", 5) &&
        parse_iso_date(buf + i + 5, len - i - 5) >= 0 &&
        (buf[i + 15] == ' ' || buf[i + 15] == '\n' || buf[i + 15] == '\t' ||
         buf[i + 15] == '\r')) {
        item->published.ptr = buf + i + 5;
        item->published.len = 10;
        i += 15;
        while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\r'))
            i++;
    }
    item->text.ptr = buf + i;
    item->text.len = len - i;
    return check_text(item->text, err);
}

nsv_code nsv_decode(nsv_normalizer *n, const char *buf, size_t len, nsv_wire wire,
                    nsv_item *item, nsv_error *err)
{
    if (!n || !item || !err || (!buf && len)) {
        if (err)
            set_err(err, NSV_ERR_ARG, (size_t)-1, "nsv_decode: NULL argument%s", NULL);
        return NSV_ERR_ARG;
    }
    normalizer_reset(n);
    memset(item, 0, sizeof *item);
    if (len > n->limits.max_item_bytes) {
        char what[64];
        snprintf(what, sizeof what, "%zu bytes, limit %zu", len, n->limits.max_item_bytes);
        return set_err(err, NSV_ERR_TOO_LARGE, (size_t)-1, "item too large: %s", what);
    }
    if (wire == NSV_WIRE_AUTO) {
        size_t i = 0;
        while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n' || buf[i] == '\r'))
            i++;
        wire = i < len && buf[i] == '{' ? NSV_WIRE_JSON : NSV_WIRE_RAW;
    }
    return wire == NSV_WIRE_JSON ? decode_json(n, buf, len, item, err)
                                 : decode_raw(buf, len, item, err);
}
