/* item.c - one wire item (JSON object or raw text) to an nsv_item of views,
 * with the checks that make news text safe to process.
 *
 * JSON items are read by a strict, bounded scanner made for items: it
 * validates the whole RFC 8259 grammar (nesting limited to JSON_MAX_DEPTH,
 * UTF-8 checked in every string) in one pass and keeps only the members of
 * the item object it knows.  Known string fields are views into the input
 * when they hold no escape, else they are unescaped once into the
 * normalizer's per-item decode arena. */
#include <stdio.h>
#include <string.h>

#include "json_bytes.h"
#include "normalizer.h"

/* Nesting limit of a JSON item, the item object included. */
#define JSON_MAX_DEPTH 512

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
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        size_t n = utf8_seq(p + i, len - i);
        if (!n)
            return i;
        i += n;
    }
    return (size_t)-1;
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Text must be prose: some non-blank byte, valid UTF-8 (unless the caller
 * already knows it is), no NUL and no control bytes but white space. */
static nsv_code check_text(nsv_str text, int utf8_known_valid, int may_hold_controls,
                           nsv_error *err)
{
    size_t lead = 0;
    while (lead < text.len && is_blank(text.ptr[lead]))
        lead++;
    if (lead == text.len)
        return set_err(err, NSV_ERR_NO_TEXT, (size_t)-1, "item text is empty%s", NULL);
    if (!utf8_known_valid) {
        size_t bad = utf8_invalid_at(text.ptr, text.len);
        if (bad != (size_t)-1) {
            char where[48];
            snprintf(where, sizeof where, "%zu", bad);
            return set_err(err, NSV_ERR_UTF8, bad, "text is not valid UTF-8 at byte %s", where);
        }
    }
    if (!may_hold_controls)
        return NSV_OK;
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

/* ------------------------------------------------------------------ */
/* The JSON scanner                                                     */

/* The top-level members the decoder knows, by name. */
enum {
    K_ID,
    K_SOURCE,
    K_AGENCY,
    K_PUBLISHED,
    K_PUBLISHED_AT,
    K_DATE,
    K_TITLE,
    K_HEADLINE,
    K_URL,
    K_LANG,
    K_LANGUAGE,
    K_TEXT,
    K_BODY,
    K_CONTENT,
    K_ARTICLE,
    K_COUNT,
    K_NONE = -1
};

static const char *const key_names[K_COUNT] = {
    "id",  "source", "agency",   "published", "published_at", "date",    "title",   "headline",
    "url", "lang",   "language", "text",      "body",         "content", "article",
};

/* Longest known key name, bytes. */
#define KEY_MAX 12

typedef enum jtype {
    J_ABSENT = 0,
    J_NULL,
    J_BOOL,
    J_INT,
    J_REAL,
    J_STRING,
    J_OBJECT,
    J_ARRAY
} jtype;

typedef struct jfield {
    jtype type;
    int escaped;       /* string with at least one escape */
    size_t start, len; /* string: the raw bytes between the quotes; number: its text */
    size_t value_at;   /* offset of the value */
} jfield;

typedef struct jscan {
    const unsigned char *s;
    size_t len, i;
    nsv_error *err;
} jscan;

static nsv_code jerr(jscan *j, size_t at, const char *what)
{
    j->err->code = NSV_ERR_JSON;
    j->err->offset = at;
    snprintf(j->err->message, sizeof j->err->message, "bad JSON at byte %zu: %s", at, what);
    return NSV_ERR_JSON;
}

static nsv_code jerr_utf8(jscan *j, size_t at)
{
    j->err->code = NSV_ERR_UTF8;
    j->err->offset = at;
    snprintf(j->err->message, sizeof j->err->message, "invalid UTF-8 at byte %zu", at);
    return NSV_ERR_UTF8;
}

/* An unexpected byte: invalid UTF-8 is reported as such, anything else as
 * bad JSON naming what was expected. */
static nsv_code junexpected(jscan *j, const char *expected)
{
    if (j->i >= j->len)
        return jerr(j, j->i, "unexpected end of input");
    if (j->s[j->i] >= 0x80 && !utf8_seq(j->s + j->i, j->len - j->i))
        return jerr_utf8(j, j->i);
    char what[96];
    unsigned char c = j->s[j->i];
    if (c >= 0x20 && c < 0x7f)
        snprintf(what, sizeof what, "unexpected '%c', expected %s", c, expected);
    else
        snprintf(what, sizeof what, "unexpected byte 0x%02x, expected %s", c, expected);
    return jerr(j, j->i, what);
}

static inline void skip_ws(jscan *j)
{
    while (j->i < j->len && is_blank((char)j->s[j->i]))
        j->i++;
}

static int hex4(const unsigned char *p, uint32_t *out)
{
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        unsigned char c = p[k];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (uint32_t)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

/* Byte classes inside a string: 0 plain ASCII, 1 quote, 2 backslash,
 * 3 control byte, 4 non-ASCII. */
static const unsigned char str_class[256] = {
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,
};

/* Validate one escape at s[i] == '\\'; returns its length in the input, or
 * 0 after setting the error. */
static size_t scan_escape(jscan *j, size_t i)
{
    const unsigned char *s = j->s;
    if (i + 1 >= j->len) {
        jerr(j, j->len, "unterminated string");
        return 0;
    }
    switch (s[i + 1]) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't': return 2;
    case 'u': break;
    default: {
        j->i = i + 1;
        junexpected(j, "an escape character");
        return 0;
    }
    }
    uint32_t cp;
    if (i + 6 > j->len) {
        jerr(j, j->len, "truncated \\u escape");
        return 0;
    }
    if (hex4(s + i + 2, &cp) != 0) {
        jerr(j, i, "\\u escape needs four hex digits");
        return 0;
    }
    if (cp >= 0xDC00 && cp <= 0xDFFF) {
        jerr(j, i, "lone low surrogate in \\u escape");
        return 0;
    }
    if (cp < 0xD800 || cp > 0xDBFF)
        return 6;
    uint32_t lo;
    if (i + 12 > j->len || s[i + 6] != '\\' || s[i + 7] != 'u' || hex4(s + i + 8, &lo) != 0 ||
        lo < 0xDC00 || lo > 0xDFFF) {
        jerr(j, i, "lone high surrogate in \\u escape");
        return 0;
    }
    return 12;
}

/* A string at s[i] == '"'.  Fills the raw span between the quotes and
 * whether it holds an escape; leaves i after the closing quote. */
static nsv_code scan_string(jscan *j, size_t *start, size_t *len, int *escaped)
{
    const unsigned char *s = j->s;
    size_t n = j->len, i = j->i + 1;
    int esc = 0;
    for (;;) {
        /* plain ASCII run */
#ifdef NSV_JSON16
        while (i + 16 <= n) {
            unsigned special = json_special16(s + i);
            if (special) {
                i += (unsigned)__builtin_ctz(special);
                break;
            }
            i += 16;
        }
#endif
        while (i + 4 <= n &&
               !(str_class[s[i]] | str_class[s[i + 1]] | str_class[s[i + 2]] | str_class[s[i + 3]]))
            i += 4;
        while (i < n && !str_class[s[i]])
            i++;
        if (i >= n)
            return jerr(j, n, "unterminated string");
        switch (str_class[s[i]]) {
        case 1:
            *start = j->i + 1;
            *len = i - (j->i + 1);
            *escaped = esc;
            j->i = i + 1;
            return NSV_OK;
        case 2: {
            size_t w = scan_escape(j, i);
            if (!w)
                return j->err->code;
            esc = 1;
            i += w;
            break;
        }
        case 3: {
            char what[64];
            snprintf(what, sizeof what, "control byte 0x%02x in string", s[i]);
            return jerr(j, i, what);
        }
        default: {
            size_t w = utf8_seq(s + i, n - i);
            if (!w)
                return jerr_utf8(j, i);
            i += w;
        }
        }
    }
}

/* A number at s[i] ('-' or a digit); *is_int when it has no fraction or
 * exponent. */
static nsv_code scan_number(jscan *j, int *is_int)
{
    const unsigned char *s = j->s;
    size_t n = j->len, i = j->i, at = j->i;
    *is_int = 1;
    if (s[i] == '-')
        i++;
    if (i >= n || s[i] < '0' || s[i] > '9')
        return jerr(j, at, "malformed number");
    if (s[i] == '0')
        i++;
    else
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    if (i < n && s[i] == '.') {
        *is_int = 0;
        i++;
        if (i >= n || s[i] < '0' || s[i] > '9')
            return jerr(j, at, "malformed number");
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        *is_int = 0;
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        if (i >= n || s[i] < '0' || s[i] > '9')
            return jerr(j, at, "malformed number");
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    if (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == '+' || s[i] == '-' ||
                  (s[i] | 0x20) == 'e' || ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')))
        return jerr(j, at, "malformed number");
    j->i = i;
    return NSV_OK;
}

static nsv_code scan_literal(jscan *j, const char *word, size_t wlen)
{
    if (j->len - j->i < wlen || memcmp(j->s + j->i, word, wlen) != 0) {
        size_t k = 0;
        while (k < wlen && j->i + k < j->len && j->s[j->i + k] == (unsigned char)word[k])
            k++;
        if (j->i + k >= j->len)
            return jerr(j, j->len, "truncated literal");
        j->i += k;
        return junexpected(j, "a JSON value");
    }
    j->i += wlen;
    return NSV_OK;
}

/* Any JSON value at s[i] (white space skipped), nested arrays and objects
 * included, iteratively; `depth` is the nesting the value sits at.  Sets
 * *type to what the outermost value is. */
static nsv_code scan_value(jscan *j, unsigned depth, jtype *type)
{
    unsigned char stack[JSON_MAX_DEPTH]; /* '{' or '[' per open container */
    unsigned base = depth, top = depth;  /* open containers: stack[base..top) */
    nsv_code rc;
    size_t st, sl;
    int esc, is_int = 1;
    *type = J_ABSENT;
value:
    skip_ws(j);
    if (j->i >= j->len)
        return jerr(j, j->len, "unexpected end of input, expected a value");
    {
        jtype t;
        switch (j->s[j->i]) {
        case '{':
        case '[':
            if (top >= JSON_MAX_DEPTH) {
                char what[64];
                snprintf(what, sizeof what, "nesting deeper than %d", JSON_MAX_DEPTH);
                return jerr(j, j->i, what);
            }
            t = j->s[j->i] == '{' ? J_OBJECT : J_ARRAY;
            if (*type == J_ABSENT)
                *type = t;
            stack[top++] = j->s[j->i++];
            skip_ws(j);
            if (j->i < j->len && j->s[j->i] == (t == J_OBJECT ? '}' : ']')) {
                j->i++;
                top--;
                goto after;
            }
            if (t == J_OBJECT)
                goto key;
            goto value;
        case '"':
            t = J_STRING;
            rc = scan_string(j, &st, &sl, &esc);
            break;
        case 't':
            t = J_BOOL;
            rc = scan_literal(j, "true", 4);
            break;
        case 'f':
            t = J_BOOL;
            rc = scan_literal(j, "false", 5);
            break;
        case 'n':
            t = J_NULL;
            rc = scan_literal(j, "null", 4);
            break;
        case '-':
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7':
        case '8':
        case '9':
            rc = scan_number(j, &is_int);
            t = is_int ? J_INT : J_REAL;
            break;
        default: return junexpected(j, "a JSON value");
        }
        if (rc)
            return rc;
        if (*type == J_ABSENT)
            *type = t;
    }
after:
    if (top == base)
        return NSV_OK;
    skip_ws(j);
    if (j->i >= j->len)
        return jerr(j, j->len, "unexpected end of input inside a container");
    if (stack[top - 1] == '{') {
        if (j->s[j->i] == ',') {
            j->i++;
            goto key;
        }
        if (j->s[j->i] == '}') {
            j->i++;
            top--;
            goto after;
        }
        return junexpected(j, "',' or '}'");
    }
    if (j->s[j->i] == ',') {
        j->i++;
        goto value;
    }
    if (j->s[j->i] == ']') {
        j->i++;
        top--;
        goto after;
    }
    return junexpected(j, "',' or ']'");
key:
    skip_ws(j);
    if (j->i >= j->len || j->s[j->i] != '"')
        return junexpected(j, "a member name");
    if ((rc = scan_string(j, &st, &sl, &esc)))
        return rc;
    skip_ws(j);
    if (j->i >= j->len || j->s[j->i] != ':')
        return junexpected(j, "':'");
    j->i++;
    goto value;
}

/* Append the UTF-8 form of cp to out. */
static size_t utf8_put(char *out, uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Unescape a string already validated by scan_string into out (room for
 * len bytes: unescaping never grows a string); returns the length.  When
 * `binary_at` is not NULL it gets the output offset of the first control
 * byte that is not white space (only an escape can produce one), or
 * SIZE_MAX. */
static size_t unescape(const unsigned char *s, size_t len, char *out, size_t *binary_at)
{
    size_t o = 0;
    if (binary_at)
        *binary_at = (size_t)-1;
    for (size_t i = 0; i < len;) {
        const unsigned char *bs = memchr(s + i, '\\', len - i);
        size_t run = bs ? (size_t)(bs - (s + i)) : len - i;
        memcpy(out + o, s + i, run);
        o += run;
        i += run;
        if (i >= len)
            break;
        unsigned char c = s[i + 1];
        i += 2;
        switch (c) {
        case 'b':
            if (binary_at && *binary_at == (size_t)-1)
                *binary_at = o;
            out[o++] = '\b';
            break;
        case 'f': out[o++] = '\f'; break;
        case 'n': out[o++] = '\n'; break;
        case 'r': out[o++] = '\r'; break;
        case 't': out[o++] = '\t'; break;
        case 'u': {
            /* the scan before validated every escape; zero only quiets a
             * compiler that cannot see it */
            uint32_t cp = 0, lo = 0;
            hex4(s + i, &cp);
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                hex4(s + i + 2, &lo);
                i += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
            if (binary_at && *binary_at == (size_t)-1 && cp < 0x20 && cp != '\n' && cp != '\r' &&
                cp != '\t' && cp != '\f' && cp != '\v')
                *binary_at = o;
            o += utf8_put(out + o, cp);
            break;
        }
        default: out[o++] = (char)c; break; /* " \ / */
        }
    }
    return o;
}

static int key_index(const char *k, size_t len)
{
    if (len == 0 || len > KEY_MAX)
        return K_NONE;
    for (int i = 0; i < K_COUNT; i++)
        if (key_names[i][0] == k[0] && strlen(key_names[i]) == len && !memcmp(key_names[i], k, len))
            return i;
    return K_NONE;
}

/* The item object: every member scanned, known members kept in f[]. */
static nsv_code scan_item(jscan *j, jfield f[K_COUNT])
{
    nsv_code rc;
    skip_ws(j);
    if (j->i >= j->len)
        return jerr(j, j->len, "empty input, expected a JSON object");
    if (j->s[j->i] != '{') {
        /* Still read it through: invalid UTF-8 or bad JSON say so first. */
        size_t at = j->i;
        jtype t;
        if ((rc = scan_value(j, 0, &t)))
            return rc;
        skip_ws(j);
        if (j->i < j->len)
            return junexpected(j, "the end of input");
        return jerr(j, at, "item is JSON but not an object");
    }
    j->i++;
    skip_ws(j);
    if (j->i < j->len && j->s[j->i] == '}') {
        j->i++;
    } else {
        for (;;) {
            size_t ks, kl;
            int kesc;
            skip_ws(j);
            if (j->i >= j->len || j->s[j->i] != '"')
                return junexpected(j, "a member name");
            size_t key_at = j->i;
            if ((rc = scan_string(j, &ks, &kl, &kesc)))
                return rc;
            int k;
            if (!kesc) {
                k = key_index((const char *)j->s + ks, kl);
            } else if (kl <= 6 * KEY_MAX) {
                char name[6 * KEY_MAX];
                k = key_index(name, unescape(j->s + ks, kl, name, NULL));
            } else {
                k = K_NONE;
            }
            skip_ws(j);
            if (j->i >= j->len || j->s[j->i] != ':')
                return junexpected(j, "':'");
            j->i++;
            skip_ws(j);
            jfield v = {.value_at = j->i};
            if (j->i < j->len && j->s[j->i] == '"') {
                v.type = J_STRING;
                if ((rc = scan_string(j, &v.start, &v.len, &v.escaped)))
                    return rc;
            } else {
                v.start = j->i;
                if ((rc = scan_value(j, 1, &v.type)))
                    return rc;
                v.len = j->i - v.start;
            }
            if (k != K_NONE) {
                if (f[k].type != J_ABSENT) {
                    char what[64];
                    snprintf(what, sizeof what, "duplicate member \"%s\"", key_names[k]);
                    return jerr(j, key_at, what);
                }
                f[k] = v;
            }
            skip_ws(j);
            if (j->i >= j->len)
                return jerr(j, j->len, "unexpected end of input inside the item object");
            if (j->s[j->i] == ',') {
                j->i++;
                continue;
            }
            if (j->s[j->i] == '}') {
                j->i++;
                break;
            }
            return junexpected(j, "',' or '}'");
        }
    }
    skip_ws(j);
    if (j->i < j->len)
        return junexpected(j, "the end of input after the item object");
    return NSV_OK;
}

/* Does a JSON integer (no plus sign, no leading zeros) fit 64 bits? */
static int int64_text_ok(const char *p, size_t len)
{
    size_t neg = p[0] == '-';
    size_t digits = len - neg;
    if (digits < 19)
        return 1;
    if (digits > 19)
        return 0;
    return memcmp(p + neg, neg ? "9223372036854775808" : "9223372036854775807", 19) <= 0;
}

/* A string field under any of `keys` (first non-null wins); integers are
 * kept as their decimal text for ids.  NSV_ERR_FIELD for another type. */
static nsv_code get_field(nsv_normalizer *n, const char *buf, const jfield *f, const int *keys,
                          int number_ok, nsv_str *out, size_t *binary_at, nsv_error *err)
{
    out->ptr = NULL;
    out->len = 0;
    if (binary_at)
        *binary_at = (size_t)-1;
    for (; *keys != K_NONE; keys++) {
        const jfield *v = &f[*keys];
        if (v->type == J_ABSENT || v->type == J_NULL)
            continue;
        if (v->type == J_STRING) {
            if (!v->escaped) {
                out->ptr = buf + v->start;
                out->len = v->len;
                return NSV_OK;
            }
            char *p = arena_alloc_raw(&n->decode_mem, v->len + 1);
            if (!p)
                return set_err(err, NSV_ERR_NOMEM, (size_t)-1, "out of memory%s", NULL);
            out->len = unescape((const unsigned char *)buf + v->start, v->len, p, binary_at);
            p[out->len] = '\0';
            out->ptr = p;
            return NSV_OK;
        }
        if (number_ok && v->type == J_INT) {
            const char *p = buf + v->start;
            if (!int64_text_ok(p, v->len))
                return set_err(err, NSV_ERR_FIELD, v->value_at,
                               "field \"%s\" is a number out of range", key_names[*keys]);
            if (v->len == 2 && p[0] == '-' && p[1] == '0') {
                out->ptr = "0";
                out->len = 1;
            } else {
                out->ptr = p;
                out->len = v->len;
            }
            return NSV_OK;
        }
        return set_err(err, NSV_ERR_FIELD, v->value_at, "field \"%s\" has the wrong type",
                       key_names[*keys]);
    }
    return NSV_OK;
}

static nsv_code decode_json(nsv_normalizer *n, const char *buf, size_t len, nsv_item *item,
                            nsv_error *err)
{
    jfield f[K_COUNT];
    memset(f, 0, sizeof f);
    jscan j = {.s = (const unsigned char *)buf, .len = len, .i = 0, .err = err};
    nsv_code rc = scan_item(&j, f);
    if (rc)
        return rc;
    static const int id_keys[] = {K_ID, K_NONE};
    static const int source_keys[] = {K_SOURCE, K_AGENCY, K_NONE};
    static const int published_keys[] = {K_PUBLISHED, K_PUBLISHED_AT, K_DATE, K_NONE};
    static const int title_keys[] = {K_TITLE, K_HEADLINE, K_NONE};
    static const int url_keys[] = {K_URL, K_NONE};
    static const int lang_keys[] = {K_LANG, K_LANGUAGE, K_NONE};
    static const int text_keys[] = {K_TEXT, K_BODY, K_CONTENT, K_ARTICLE, K_NONE};
    size_t binary_at;
    if ((rc = get_field(n, buf, f, id_keys, 1, &item->id, NULL, err)) ||
        (rc = get_field(n, buf, f, source_keys, 0, &item->source, NULL, err)) ||
        (rc = get_field(n, buf, f, published_keys, 0, &item->published, NULL, err)) ||
        (rc = get_field(n, buf, f, title_keys, 0, &item->title, NULL, err)) ||
        (rc = get_field(n, buf, f, url_keys, 0, &item->url, NULL, err)) ||
        (rc = get_field(n, buf, f, lang_keys, 0, &item->lang, NULL, err)) ||
        (rc = get_field(n, buf, f, text_keys, 0, &item->text, &binary_at, err)))
        return rc;
    if (!item->text.ptr)
        return set_err(err, NSV_ERR_NO_TEXT, (size_t)-1,
                       "item has no text (looked for text, body, content, article)%s", NULL);
    /* The scanner checked UTF-8, and raw control bytes are not JSON: only
     * escapes can put them in the text, and unescaping noted the first. */
    nsv_code rc2 = check_text(item->text, 1, 0, err);
    if (rc2 == NSV_OK && binary_at != (size_t)-1) {
        char where[48];
        snprintf(where, sizeof where, "0x%02x at byte %zu",
                 (unsigned char)item->text.ptr[binary_at], binary_at);
        return set_err(err, NSV_ERR_BINARY, binary_at, "text holds control byte %s", where);
    }
    return rc2;
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
    while (i < len && is_blank(buf[i]))
        i++;
    if (len - i >= 16 && !strncmp(buf + i, "date ", 5) &&
        parse_iso_date(buf + i + 5, len - i - 5) >= 0 && is_blank(buf[i + 15])) {
        item->published.ptr = buf + i + 5;
        item->published.len = 10;
        i += 15;
        while (i < len && is_blank(buf[i]))
            i++;
    }
    item->text.ptr = buf + i;
    item->text.len = len - i;
    return check_text(item->text, 1, 1, err);
}

nsv_code nsv_decode(nsv_normalizer *n, const char *buf, size_t len, nsv_wire wire, nsv_item *item,
                    nsv_error *err)
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
    if (!buf)
        buf = "";
    if (wire == NSV_WIRE_AUTO) {
        size_t i = 0;
        while (i < len && is_blank(buf[i]))
            i++;
        wire = i < len && buf[i] == '{' ? NSV_WIRE_JSON : NSV_WIRE_RAW;
    }
    return wire == NSV_WIRE_JSON ? decode_json(n, buf, len, item, err)
                                 : decode_raw(buf, len, item, err);
}
