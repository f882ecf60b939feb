/* normalize.c - the normalizer object and the one call that runs the stages
 * over an item: segment -> mentions -> statements, meetings, signings ->
 * finish (merge, dates, ids). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalizer.h"

void nsv_limits_default(nsv_limits *limits)
{
    limits->max_item_bytes = 1u << 20;
    limits->max_sentences = 20000;
    limits->max_events = 2000;
    limits->arena_bytes_cap = (size_t)64 << 20;
}

const char *nsv_code_name(nsv_code code)
{
    switch (code) {
    case NSV_OK: return "ok";
    case NSV_ERR_NOMEM: return "out_of_memory";
    case NSV_ERR_TOO_LARGE: return "too_large";
    case NSV_ERR_JSON: return "bad_json";
    case NSV_ERR_FIELD: return "bad_field";
    case NSV_ERR_NO_TEXT: return "no_text";
    case NSV_ERR_UTF8: return "invalid_utf8";
    case NSV_ERR_BINARY: return "binary";
    case NSV_ERR_LIMIT: return "limit";
    case NSV_ERR_CONFIG: return "config";
    case NSV_ERR_ARG: return "bad_argument";
    }
    return "unknown";
}

const char *nsv_event_type_name(nsv_event_type t)
{
    static const char *const names[] = {"statement", "meeting", "signing"};
    return (unsigned)t < 3 ? names[t] : "unknown";
}

const char *nsv_modality_name(nsv_modality m)
{
    static const char *const names[] = {"actual", "planned", "negated", "hypothetical"};
    return (unsigned)m < 4 ? names[m] : "unknown";
}

const char *nsv_kind_name(nsv_kind k)
{
    static const char *const names[] = {"person", "organization", "country", "group"};
    return (unsigned)k < 4 ? names[k] : "unknown";
}

const char *nsv_format_name(nsv_format f)
{
    static const char *const names[] = {"unknown", "in_person", "phone", "video"};
    return (unsigned)f < 4 ? names[f] : "unknown";
}

nsv_normalizer *nsv_normalizer_new(const nsv_lexicon *lex, const nsv_limits *limits)
{
    if (!lex || !lex->finished)
        return NULL;
    nsv_normalizer *n = calloc(1, sizeof *n);
    if (!n)
        return NULL;
    n->lex = lex;
    if (limits)
        n->limits = *limits;
    else
        nsv_limits_default(&n->limits);
    arena_init(&n->mem, n->limits.arena_bytes_cap);
    arena_init(&n->decode_mem, n->limits.arena_bytes_cap);
    return n;
}

void normalizer_reset(nsv_normalizer *n)
{
    arena_reset(&n->decode_mem);
    arena_reset(&n->mem);
    n->events = NULL;
    n->nevents = 0;
}

void nsv_normalizer_free(nsv_normalizer *n)
{
    if (!n)
        return;
    arena_free(&n->mem);
    arena_free(&n->decode_mem);
    free(n->out);
    free(n);
}

/* An all-capitals headline (1987 wire copy) shows no names by case: it is
 * read for nothing rather than misread. */
static int has_lower(nsv_str s)
{
    for (size_t i = 0; i < s.len; i++)
        if (s.ptr[i] >= 'a' && s.ptr[i] <= 'z')
            return 1;
    return 0;
}

nsv_code out_of_memory(const nsv_limits *limits, nsv_error *err)
{
    err->code = NSV_ERR_NOMEM;
    err->offset = (size_t)-1;
    snprintf(err->message, sizeof err->message, "item needs more than %zu bytes of working memory",
             limits->arena_bytes_cap);
    return NSV_ERR_NOMEM;
}

nsv_code nsv_normalize(nsv_normalizer *n, const nsv_item *item, const nsv_event **events,
                       size_t *count, nsv_error *err)
{
    if (!n || !item || !events || !count || !err) {
        if (err) {
            err->code = NSV_ERR_ARG;
            err->offset = (size_t)-1;
            snprintf(err->message, sizeof err->message, "nsv_normalize: NULL argument");
        }
        return NSV_ERR_ARG;
    }
    *events = NULL;
    *count = 0;
    arena_reset(&n->mem); /* the previous item's annotation and events */
    n->events = NULL;
    n->nevents = 0;
    if (!item->text.ptr || !item->text.len) {
        err->code = NSV_ERR_NO_TEXT;
        err->offset = (size_t)-1;
        snprintf(err->message, sizeof err->message, "item has no text");
        return NSV_ERR_NO_TEXT;
    }
    if (item->text.len + item->title.len > n->limits.max_item_bytes) {
        err->code = NSV_ERR_TOO_LARGE;
        err->offset = (size_t)-1;
        snprintf(err->message, sizeof err->message, "item too large: %zu bytes, limit %zu",
                 item->text.len + item->title.len, n->limits.max_item_bytes);
        return NSV_ERR_TOO_LARGE;
    }
    doc d;
    memset(&d, 0, sizeof d);
    d.mem = &n->mem;
    d.lex = n->lex;
    d.limits = &n->limits;
    d.published = parse_iso_date(item->published.ptr, item->published.len);
    d.source = item->source;
    d.office_row = outlet_office(&d); /* asked by many rules: looked up once */
    d.office_known = 1;
    /* The title reads as the first paragraph: meetings and signings a
     * headline names (and the body only alludes to) are found; statements
     * are taken from the body only. */
    if (item->title.ptr && item->title.len && item->title.len < 4096 &&
        utf8_invalid_at(item->title.ptr, item->title.len) == (size_t)-1 &&
        !memchr(item->title.ptr, '\0', item->title.len) && has_lower(item->title)) {
        char *buf = arena_alloc_raw(d.mem, item->title.len + 2 + item->text.len + 1);
        if (!buf)
            return out_of_memory(&n->limits, err);
        memcpy(buf, item->title.ptr, item->title.len);
        memcpy(buf + item->title.len, "\n\n", 2);
        memcpy(buf + item->title.len + 2, item->text.ptr, item->text.len);
        buf[item->title.len + 2 + item->text.len] = '\0';
        d.text = buf;
        d.len = item->title.len + 2 + item->text.len;
        d.title_len = item->title.len + 2;
    } else {
        d.text = item->text.ptr;
        d.len = item->text.len;
    }
    d.has_colon = memchr(d.text, ':', d.len) != NULL; /* two items in three have none */
    if (tokenize(d.mem, d.text, d.len, &d.toks, &d.ntoks) != 0 || annotate_lexicon(&d) != 0)
        return out_of_memory(&n->limits, err);
    nsv_code rc = segment(&d, err);
    if (rc)
        return rc;
    parse_dateline(&d, item);
    if ((rc = find_mentions(&d, err)))
        return rc;
    if ((rc = resolve_mentions(&d, err)))
        return rc;
    ev_list list = {0};
    if ((rc = extract_meetings(&d, &list, err)) || (rc = extract_signings(&d, &list, err)) ||
        (rc = extract_statements(&d, &list, err)))
        return rc;
    meeting_rosters(&d, &list);
    roster_joint_statements(&d, &list);
    /* evidence offsets: into the title, or into the text */
    for (size_t i = 0; i < list.n; i++) {
        nsv_event *ev = &list.v[i].ev;
        if (d.title_len && ev->evidence_start < d.title_len) {
            ev->evidence_in_title = 1;
            if (ev->evidence_end > item->title.len)
                ev->evidence_end = (uint32_t)item->title.len;
        } else if (d.title_len) {
            ev->evidence_start -= (uint32_t)d.title_len;
            ev->evidence_end -= (uint32_t)d.title_len;
        }
    }
    if ((rc = finish_events(&d, item, &list, err)))
        return rc;
    size_t kept = 0;
    for (size_t i = 0; i < list.n; i++)
        kept += !list.v[i].dropped;
    nsv_event *out = kept ? arena_alloc_raw(d.mem, kept * sizeof *out) : NULL; /* all set below */
    /* an allocation a rule could only skip (a name it could not copy) fails
     * the item too: no event list that silently lost a party or a member */
    if ((kept && !out) || d.mem->failed)
        return out_of_memory(&n->limits, err);
    size_t k = 0;
    for (size_t i = 0; i < list.n; i++)
        if (!list.v[i].dropped)
            out[k++] = list.v[i].ev;
    /* text order, so records read like the item */
    for (size_t i = 1; i < kept; i++) {
        nsv_event tmp = out[i];
        size_t j = i;
        while (j > 0 && (out[j - 1].evidence_in_title < tmp.evidence_in_title ||
                         (out[j - 1].evidence_in_title == tmp.evidence_in_title &&
                          out[j - 1].evidence_start > tmp.evidence_start))) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = tmp;
    }
    n->events = out;
    n->nevents = kept;
    *events = out;
    *count = kept;
    return NSV_OK;
}
