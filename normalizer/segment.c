/* segment.c - tokens, lexicon matches, sentences, paragraphs and quotation
 * spans.  Tokens are offsets into the original UTF-8 text: nothing is copied
 * but the folded lower-case form used for lookups. */
#include <stdio.h>
#include <string.h>

#include "doc.h"

/* Decode one UTF-8 code point (input already validated); returns its length. */
static size_t utf8_next(const unsigned char *s, size_t len, uint32_t *cp)
{
    unsigned char c = s[0];
    if (c < 0x80 || len < 2) {
        *cp = c;
        return 1;
    }
    if ((c & 0xE0) == 0xC0) {
        *cp = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if ((c & 0xF0) == 0xE0 && len >= 3) {
        *cp = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    if (len >= 4) {
        *cp = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
              ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        return 4;
    }
    *cp = c;
    return 1;
}

static int cp_is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x3000 ||
           cp == 0xFEFF;
}

static int cp_is_letter_above_ascii(uint32_t cp)
{
    if (cp >= 0xC0 && cp <= 0x24F)
        return cp != 0xD7 && cp != 0xF7;
    return (cp >= 0x370 && cp <= 0x1FFF) || (cp >= 0x3040 && cp <= 0x9FFF) ||
           (cp >= 0xAC00 && cp <= 0xD7AF);
}

static int cp_is_upper_above_ascii(uint32_t cp)
{
    if (cp >= 0xC0 && cp <= 0xDE)
        return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x17F)
        return (cp & 1) == ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179) ? 1u : 0u);
    if (cp >= 0x391 && cp <= 0x3A9)
        return 1;
    return cp >= 0x400 && cp <= 0x42F;
}

/* The tokenizer asks these at every token: the ASCII answers stay inline. */
static inline int cp_is_letter(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return cp_is_letter_above_ascii(cp);
}

static inline int cp_is_upper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    return cp_is_upper_above_ascii(cp);
}

static int cp_is_digit(uint32_t cp)
{
    return cp >= '0' && cp <= '9';
}

static int cp_is_dquote(uint32_t cp)
{
    return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB;
}

static int cp_is_apostrophe(uint32_t cp)
{
    return cp == '\'' || cp == 0x2019;
}

/* ASCII classes, the same answers as the cp_is_* functions give below 0x80;
 * bytes from 0x80 up have none, so a loop over ASCII letters stops there. */
enum { A_SPACE = 1, A_LETTER = 2, A_UPPER = 4, A_DIGIT = 8, A_LOWER = 16 };
static const unsigned char ascii_class[256] = {
    ['\t'] = A_SPACE, ['\n'] = A_SPACE, ['\v'] = A_SPACE, ['\f'] = A_SPACE, ['\r'] = A_SPACE,
    [' '] = A_SPACE,  ['0'] = A_DIGIT,  ['1'] = A_DIGIT,  ['2'] = A_DIGIT,  ['3'] = A_DIGIT,
    ['4'] = A_DIGIT,  ['5'] = A_DIGIT,  ['6'] = A_DIGIT,  ['7'] = A_DIGIT,  ['8'] = A_DIGIT,
    ['9'] = A_DIGIT,
#define L(c) [c] = A_LETTER | A_LOWER
#define U(c) [c] = A_LETTER | A_UPPER
    L('a'),           L('b'),           L('c'),           L('d'),           L('e'),
    L('f'),           L('g'),           L('h'),           L('i'),           L('j'),
    L('k'),           L('l'),           L('m'),           L('n'),           L('o'),
    L('p'),           L('q'),           L('r'),           L('s'),           L('t'),
    L('u'),           L('v'),           L('w'),           L('x'),           L('y'),
    L('z'),           U('A'),           U('B'),           U('C'),           U('D'),
    U('E'),           U('F'),           U('G'),           U('H'),           U('I'),
    U('J'),           U('K'),           U('L'),           U('M'),           U('N'),
    U('O'),           U('P'),           U('Q'),           U('R'),           U('S'),
    U('T'),           U('U'),           U('V'),           U('W'),           U('X'),
    U('Y'),           U('Z'),
#undef L
#undef U
};

/* The bytes of s[0, 8) that are no ASCII letter or digit (the ones
 * ascii_class gives neither A_LETTER nor A_DIGIT): 0x80 in each such byte,
 * the first byte lowest.  Eight bytes a step for the tokenizer's runs of
 * letters, whose end a loop per byte mispredicts at almost every word.
 * On a big-endian machine 1 (the first byte stops): the byte loop does all. */
static inline uint64_t non_alnum8(const unsigned char *s)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    uint64_t w;
    memcpy(&w, s, 8);
    /* each byte's low seven bits, and with 0x20 set ('A' -> 'a'): the sums
     * below carry into no other byte */
    uint64_t x = w & ~high, l = x | ones * 0x20;
    uint64_t letter = (l + ones * (0x80 - 'a')) & ~(l + ones * (0x80 - 'z' - 1));
    uint64_t digit = (x + ones * (0x80 - '0')) & ~(x + ones * (0x80 - '9' - 1));
    return (w | ~(letter | digit)) & high;
#else
    (void)s;
    return 1;
#endif
}

/* Are the letters of the word text[from, to) (of a text of len bytes) two
 * or more and all upper-case?  Digits, dots and apostrophes in it are not
 * letters: "U.S." and "NATO" are, "A1" and "Nato" are not. */
/* (always inline: the word loop of tokenize is hot, and a call there costs
 * more than the few words this is asked about) */
static inline __attribute__((always_inline)) int all_caps(const unsigned char *s, size_t len,
                                                          size_t from, size_t to)
{
    int letters = 0;
    for (size_t k = from; k < to;) {
        uint32_t c;
        size_t w = utf8_next(s + k, len - k, &c);
        if (cp_is_letter(c)) {
            if (!cp_is_upper(c))
                return 0;
            letters++;
        }
        k += w;
    }
    return letters >= 2;
}

/* Whitespace gap before a token: does it break a paragraph?  Two newlines, or
 * a newline followed by an indent (1987 wire copy marks paragraphs so). */
static int gap_breaks_paragraph(const char *s, size_t from, size_t to)
{
    int newlines = 0;
    size_t indent = 0;
    for (size_t i = from; i < to; i++) {
        if (s[i] == '\n') {
            newlines++;
            indent = 0;
        } else if (s[i] == ' ') {
            indent++;
        } else if (s[i] == '\t') {
            indent += 2; /* a tab indents as much as two spaces */
        }
    }
    return newlines >= 2 || (newlines == 1 && indent >= 2);
}

int tokenize(arena *mem, const char *text, size_t len, token **toks_out, size_t *ntoks_out)
{
    const unsigned char *s = (const unsigned char *)text;
    /* Token arrays are not zeroed: every token is initialised when added,
     * and one zeroed token follows the last. */
    size_t cap = len / 3 + 16, n = 0;
    token *toks = arena_alloc_raw(mem, (cap + 1) * sizeof *toks);
    if (!toks)
        return -1;
    size_t i = 0, gap_start = 0;
    while (i < len) {
        uint32_t cp;
        size_t w;
        if (s[i] < 0x80) {
            cp = s[i];
            w = 1;
            if (ascii_class[cp] & A_SPACE) {
                i++;
                continue;
            }
        } else {
            uint32_t c; /* its address is taken: cp itself stays in a register */
            w = utf8_next(s + i, len - i, &c);
            cp = c;
            if (cp_is_space(cp)) {
                i += w;
                continue;
            }
        }
        if (n == cap) {
            size_t ncap = cap * 2;
            token *bigger = arena_alloc_raw(mem, (ncap + 1) * sizeof *bigger);
            if (!bigger)
                return -1;
            memcpy(bigger, toks, n * sizeof *toks);
            toks = bigger;
            cap = ncap;
        }
        /* the token's flags gather in a local and the token is written
         * once, at its end: stores through it could alias the text, which
         * would read them back at every test */
        /* (no branch: whether a space came before follows no pattern a
         * predictor learns, words and marks alternating) */
        uint32_t flags = (uint32_t)((n > 0) & (i > gap_start)) * T_SPACE_BEFORE;
        if (n == 0 || (i - gap_start >= 2 && gap_breaks_paragraph(text, gap_start, i)))
            flags |= T_PARA_START;
        size_t j = i;
        if (cp_is_letter(cp) || cp_is_digit(cp)) {
            flags |= T_WORD;
            if (cp_is_upper(cp))
                flags |= T_CAP;
            if (cp_is_digit(cp))
                flags |= T_NUM;
            while (j < len) {
                /* the common case, a run of ASCII letters and digits, in a
                 * loop of its own */
                while (j + 8 <= len) {
                    uint64_t stop = non_alnum8(s + j);
                    if (stop) {
                        j += (size_t)__builtin_ctzll(stop) / 8;
                        break;
                    }
                    j += 8;
                }
                while (j < len && (ascii_class[s[j]] & (A_LETTER | A_DIGIT)))
                    j++;
                /* most words end at a space: none of the cases below */
                if (j >= len || (ascii_class[s[j]] & A_SPACE))
                    break;
                uint32_t c2;
                size_t w2;
                if (s[j] < 0x80) {
                    c2 = s[j];
                    w2 = 1;
                } else {
                    uint32_t c;
                    w2 = utf8_next(s + j, len - j, &c);
                    c2 = c;
                    if (cp_is_letter(c2) || cp_is_digit(c2)) {
                        j += w2;
                        continue;
                    }
                }
                /* "AT&T", "S&P", "M&S": an ampersand between capitals joins
                 * one name */
                if (c2 == '&' && j + 1 < len && (ascii_class[s[j - 1]] & A_UPPER) &&
                    (ascii_class[s[j + 1]] & A_UPPER)) {
                    j += 1;
                    continue;
                }
                /* 1,000 and 4.5 stay one number */
                if ((flags & T_NUM) && (c2 == ',' || c2 == '.') && j + 1 < len &&
                    cp_is_digit(s[j + 1])) {
                    j += 1;
                    continue;
                }
                if (cp_is_apostrophe(c2)) {
                    size_t k = j + w2;
                    uint32_t c3 = 0, c4 = 0;
                    size_t w3 = k < len ? utf8_next(s + k, len - k, &c3) : 0;
                    if (k + w3 < len)
                        utf8_next(s + k + w3, len - k - w3, &c4);
                    else
                        c4 = ' ';
                    /* 's and n't are tokens of their own */
                    if ((c3 == 's' || c3 == 'S' || c3 == 't') && !cp_is_letter(c4))
                        break;
                    if (c3 && cp_is_letter(c3)) { /* O'Brien */
                        j = k;
                        continue;
                    }
                }
                /* U.S., U.N.: single letters joined by dots */
                if (c2 == '.' && j + 2 < len && j - i == 1 && cp_is_letter(s[j + 1]) &&
                    s[j + 2] == '.') {
                    j += 3;
                    while (j + 1 < len && cp_is_letter(s[j]) && s[j + 1] == '.')
                        j += 2;
                    flags |= T_ABBREV; /* "U.S.", "U.K." are acronyms too */
                    break;
                }
                /* "VEB.RF", "DOM.RF", "DOBRO.RU": a capitals name with a
                 * two-capital domain glued on is one name, no sentence end
                 * ("COMSAT.COMSAT is", a lost space, is two words) */
                if (c2 == '.' && j - i >= 2 && j + 2 < len && (ascii_class[s[j + 1]] & A_UPPER) &&
                    (ascii_class[s[j + 2]] & A_UPPER) &&
                    (j + 3 >= len || !(ascii_class[s[j + 3]] & (A_LETTER | A_DIGIT))) &&
                    all_caps(s, len, i, j)) {
                    j += 3;
                    break;
                }
                break;
            }
            /* most words show a lower-case letter in their first two bytes */
            if (!(ascii_class[s[i]] & A_LOWER) &&
                !(j - i >= 2 && (ascii_class[s[i + 1]] & A_LOWER)) && all_caps(s, len, i, j))
                flags |= T_ALLCAPS;
            /* leave the n of "didn't" to the n't clitic token */
            if (j < len && j - i >= 2 && (s[j - 1] == 'n' || s[j - 1] == 'N') &&
                !(flags & T_ABBREV)) {
                uint32_t ca;
                size_t wa = utf8_next(s + j, len - j, &ca);
                if (cp_is_apostrophe(ca) && j + wa < len && s[j + wa] == 't' &&
                    (j + wa + 1 >= len || !cp_is_letter(s[j + wa + 1])))
                    j -= 1;
            }
        } else if (cp_is_apostrophe(cp) && i + w < len && (s[i + w] == 's' || s[i + w] == 'S') &&
                   (i + w + 1 >= len || !cp_is_letter(s[i + w + 1])) && n > 0 &&
                   !(toks[n - 1].flags & T_PUNCT)) {
            j = i + w + 1;
            flags |= T_POSS | T_WORD;
        } else if (cp == '"' && i > 0 && (ascii_class[s[i - 1]] & A_LETTER) && i + 1 < len &&
                   s[i + 1] == 's' && (i + 2 >= len || !cp_is_letter(s[i + 2])) && n > 0 &&
                   (toks[n - 1].flags & T_WORD) && toks[n - 1].end == i) {
            /* 'Indonesia"s': a wire text's double quote that stands for
             * the apostrophe of a possessive, glued to its word; read as a
             * quotation mark it would open a quotation over the rest */
            j = i + 2;
            flags |= T_POSS | T_WORD;
        } else if (cp == '.' && i + 2 < len && s[i + 1] == '.' && s[i + 2] == '.') {
            j = i + 3; /* ellipsis: punctuation, never a sentence end */
            flags |= T_PUNCT;
        } else {
            j = i + w;
            flags |= T_PUNCT;
            if (cp_is_dquote(cp))
                flags |= T_QUOTE;
        }
        /* n't clitic: starts with n followed by an apostrophe and t */
        if ((flags & T_WORD) && j - i == 1 && (s[i] == 'n' || s[i] == 'N') && j < len) {
            uint32_t ca;
            size_t wa = utf8_next(s + j, len - j, &ca);
            if (cp_is_apostrophe(ca) && j + wa < len && s[j + wa] == 't') {
                j = j + wa + 1;
                flags |= T_NEG_CLITIC;
            }
        }
        toks[n] = (token){
            .start = (uint32_t)i, .end = (uint32_t)j, .flags = flags, .quote = -1, .mention = -1};
        n++;
        i = j;
        gap_start = j;
    }
    memset(&toks[n], 0, sizeof toks[n]);
    *toks_out = toks;
    *ntoks_out = n;
    return 0;
}

const lex_entry *tok_lex_slow(const doc *d, uint32_t t, lex_cat cat, unsigned *nwords)
{
    /* "in May" is the month, not the modal "may" */
    if (cat == LEX_MODALITY && (d->toks[t].flags & T_CAP) && (d->toks[t].word_bits & W_MONTH))
        return NULL;
    /* only a lone "once" makes an act conditional ("once they meet") */
    if (cat == LEX_MODALITY && t + 1 < d->ntoks && tok_is(&d->toks[t], "once")) {
        const token *next = &d->toks[t + 1];
        /* "once again", "once more" repeat an act */
        if (tok_is(next, "again") || tok_is(next, "more"))
            return NULL;
        /* "Michael Heseltine once said", "he once wrote": "once" between a
         * name or pronoun and a speech cue is "formerly", no condition
         * (which opens its own clause: "Once Lavrov announces it", "will
         * reply once asked") */
        if (t > 0 && !(d->toks[t].flags & T_CAP) && (d->toks[t - 1].flags & T_WORD) &&
            ((d->toks[t - 1].flags & T_CAP) || (d->toks[t - 1].word_bits & W_PRONOUN_ANY)) &&
            tok_lex(d, t + 1, LEX_SPEECH, NULL))
            return NULL;
    }
    for (const lex_match *m = d->toks[t].matches; m; m = m->next) {
        if (!(m->cats & (1u << cat)))
            continue;
        /* (most chains hold one meaning: no entry is read for it) */
        if (m->head_cat == cat) {
            if (nwords)
                *nwords = m->nwords;
            return m->entry;
        }
        for (const lex_entry *e = m->entry; e; e = e->next)
            if (e->cat == cat) {
                if (nwords)
                    *nwords = m->nwords;
                return e;
            }
    }
    return NULL;
}

/* lex_fold(s, len, out, cap), inlined: ASCII letters lowered, curly
 * apostrophes (U+2018, U+2019) straightened. */
static inline size_t fold_token(const unsigned char *s, size_t len, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < len && o < cap; i++) {
        unsigned char c = s[i];
        if ((unsigned char)(c - 'A') < 26) {
            out[o++] = (char)(c + 32);
        } else if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80 &&
                   (s[i + 2] == 0x99 || s[i + 2] == 0x98)) {
            out[o++] = '\'';
            i += 2;
        } else {
            out[o++] = (char)c;
        }
    }
    return o;
}

/* ASCII bytes of w lowered: 0x20 added to each byte in 'A'..'Z'.  Every byte
 * must be below 0x80, so that the sums below carry into no other byte. */
static inline uint64_t ascii_lower8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ull;
    uint64_t from_a = w + ones * (0x80 - 'A');     /* high bit: byte >= 'A' */
    uint64_t past_z = w + ones * (0x80 - 'Z' - 1); /* high bit: byte > 'Z' */
    return w | ((from_a & ~past_z & ones * 0x80) >> 2);
}

/* fold_token() and lex_key_hash() of a token of n <= 255 bytes in one pass,
 * eight bytes a step, for the common case of plain ASCII: most words take
 * one step and no loop over their bytes.  src is read and out written up to
 * the next multiple of eight bytes.  Returns 0, with out and *hash
 * meaningless, when the token has a byte of 0x80 or more. */
static int fold_hash_ascii(const unsigned char *src, size_t n, char *out, uint64_t *hash)
{
    /* lex_key_hash_end takes the remaining bytes first byte lowest, which
     * is how memcpy loads them only on a little-endian machine */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t high = 0x8080808080808080ull;
    uint64_t h = lex_key_hash_start(n), w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, src + i, 8);
        if (w & high)
            return 0;
        w = ascii_lower8(w);
        memcpy(out + i, &w, 8);
        h = lex_key_hash_word(h, w);
    }
    w = 0;
    if (i < n) {
        memcpy(&w, src + i, 8);
        w &= ~0ull >> (64 - 8 * (n - i));
        if (w & high)
            return 0;
        w = ascii_lower8(w);
        memcpy(out + i, &w, 8);
    }
    *hash = lex_key_hash_end(h, w);
    return 1;
#else
    (void)src, (void)n, (void)out, (void)hash;
    return 0;
#endif
}

/* Record a match of the phrase in slot `s` over nw tokens at t, after the
 * ones found so far. */
static int add_match(doc *d, token *t, lex_match **tail, const struct lex_slot *s, unsigned nw)
{
    lex_match *m = arena_alloc_raw(d->mem, sizeof *m);
    if (!m)
        return -1;
    m->entry = s->word.entry;
    m->nwords = (uint8_t)nw;
    m->head_cat = s->word.head_cat;
    m->cats = s->word.cats;
    m->next = NULL;
    if (*tail)
        (*tail)->next = m;
    else
        t->matches = m;
    *tail = m;
    t->cats |= s->word.cats & LEX_TOKEN_CATS;
    t->phrase_roles |= s->phrase_roles;
    d->any_cats |= s->word.cats & LEX_TOKEN_CATS;
    d->any_phrase_roles |= s->phrase_roles;
    return 0;
}

/* lex_key_hash() of a key followed by 8 readable bytes or more: its last
 * bytes are one load and a mask rather than a loop over them. */
static inline uint64_t key_hash_padded(const char *key, size_t len)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint64_t h = lex_key_hash_start(len), w;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        memcpy(&w, key + i, 8);
        h = lex_key_hash_word(h, w);
    }
    w = 0;
    if (i < len) {
        memcpy(&w, key + i, 8);
        w &= ~0ull >> (64 - 8 * (len - i));
    }
    return lex_key_hash_end(h, w);
#else
    return lex_key_hash(key, len);
#endif
}

int annotate_lexicon(doc *d)
{
    /* a phrase key is shorter than KEY_CAP; the 8 bytes more let it be
     * read a word at a time */
    enum { KEY_CAP = 512 };
    char key[KEY_CAP + 8];
    /* the doc's fields in locals: stores through the char pointers below
     * could alias them, which would read them again at every token */
    token *toks = d->toks;
    const size_t ntoks = d->ntoks, len = d->len;
    const char *text = d->text;
    const nsv_lexicon *lex = d->lex;
    uint32_t any_cats = 0, any_roles = 0;
    /* Folded forms (at most 255 bytes each), NUL-terminated, in one buffer:
     * folding never makes a token longer, and tokens do not overlap, so
     * the text's length and a NUL per token bound it.  Eight bytes more
     * let fold_hash_ascii write the last one a word at a time. */
    char *lower = arena_alloc_raw(d->mem, len + ntoks + 8);
    uint64_t *hash = arena_alloc_raw(d->mem, (ntoks + 1) * sizeof *hash);
    if (!lower || !hash)
        return -1;
    for (size_t i = 0; i < ntoks; i++) {
        token *t = &toks[i];
        const unsigned char *src = (const unsigned char *)text + t->start;
        size_t n = t->end - t->start, l = n;
        /* the word-at-a-time reads must stay inside the text */
        if (n > 255 || len - t->start < ((n + 7) & ~(size_t)7) ||
            !fold_hash_ascii(src, n, lower, &hash[i])) {
            l = fold_token(src, n, lower, 255);
            hash[i] = lex_key_hash(lower, l);
        }
        /* ('Indonesia"s' reads as "'s") */
        if ((t->flags & T_POSS) && l == 2 && lower[0] == '"') {
            lower[0] = '\'';
            hash[i] = lex_key_hash(lower, l);
        }
        lower[l] = '\0';
        t->lower = lower;
        t->lower_len = (uint16_t)l;
        lower += l + 1;
    }
    d->tok_hash = hash;
    /* how many tokens ahead the lookups' table lines are asked for: most
     * words' lines are in no cache, and a token's own lookup can only wait */
    enum { PREFETCH_AHEAD = 8 };
    const uint16_t *tags = lex->tags;
    const struct lex_slot *slots = lex->slots;
    const size_t mask = lex->nslots - 1;
    /* (no hash past the last token; none in an empty table) */
    const size_t prefetch_end = lex->nslots && ntoks > PREFETCH_AHEAD ? ntoks - PREFETCH_AHEAD : 0;
    for (size_t i = 0; i < ntoks; i++) {
        token *t = &toks[i];
        if (i < prefetch_end)
            lex_slot_prefetch(tags, slots, mask, hash[i + PREFETCH_AHEAD]);
        t->speech_heads = 0;
        if (t->flags & T_QUOTE)
            continue;
        lex_match *tail = NULL;
        /* "UN", "US": the entry of the acronym as written; it goes after the
         * phrases it opens, so "UN Security Council" is the longest match */
        const struct lex_slot *acr = NULL;
        if ((t->flags & T_ALLCAPS) && short_acronym(text + t->start, t->end - t->start) &&
            t->lower_len < KEY_CAP - 1) {
            key[0] = '^';
            memcpy(key + 1, t->lower, t->lower_len);
            size_t kl = t->lower_len + 1U;
            const struct lex_slot *s = lex_slot_lookup(lex, key, kl, lex_key_hash(key, kl));
            if (s && s->word.entry)
                acr = s;
        }
        /* One probe gives the one-word entry and the lengths of the phrases
         * this word starts.  Every folded form is followed by 8 bytes of
         * the buffer or more (the next forms, and the 8 bytes at its end). */
        const struct lex_slot *ws = lex_slot_find(lex, t->lower, t->lower_len, hash[i], 1);
        uint32_t lengths = ws ? ws->lengths : 0;
        if (ws)
            t->speech_heads = ws->speech_lengths;
        /* phrases of two words or more: only when some starts with this
         * word and the next */
        if (lengths > 1u && (i + 1 >= ntoks || !lex_pair_maybe(lex, hash[i], hash[i + 1])))
            lengths &= 1u;
        if (!lengths) {
            if (acr && add_match(d, t, &tail, acr, 1) != 0)
                return -1;
            continue;
        }
        unsigned maxw = 32 - (unsigned)__builtin_clz(lengths);
        if (maxw > ntoks - i)
            maxw = (unsigned)(ntoks - i);
        /* Longest first, so a caller that takes the first match gets the
         * most specific phrase ("Foreign Minister" before "Foreign"). */
        for (unsigned nw = maxw; nw >= 2; nw--) {
            if (!(lengths & (1u << (nw - 1))))
                continue;
            size_t kl = 0;
            int fits = 1;
            for (unsigned k = 0; k < nw; k++) {
                const token *u = &toks[i + k];
                if (k > 0 && (u->flags & T_PARA_START)) {
                    fits = 0;
                    break;
                }
                if (kl + u->lower_len + 2 >= KEY_CAP) {
                    fits = 0;
                    break;
                }
                if (k)
                    key[kl++] = ' ';
                /* most words fit in one 8-byte copy (8 bytes of the folded
                 * forms' buffer can be read; what lands past the word is
                 * overwritten or past the key's length) */
                if (u->lower_len <= 8 && kl + 8 <= sizeof key)
                    memcpy(key + kl, u->lower, 8);
                else
                    memcpy(key + kl, u->lower, u->lower_len);
                kl += u->lower_len;
            }
            if (!fits)
                continue;
            const struct lex_slot *s = lex_slot_find(lex, key, kl, key_hash_padded(key, kl), 1);
            if (s && s->word.entry && add_match(d, t, &tail, s, nw) != 0)
                return -1;
        }
        if (acr && add_match(d, t, &tail, acr, 1) != 0)
            return -1;
        if ((lengths & 1u) && ws->word.entry) {
            const lex_match *m = &ws->word;
            if (tail)
                tail->next = m;
            else
                t->matches = m;
            t->cats |= ws->word.cats & LEX_TOKEN_CATS;
            t->phrase_roles |= ws->phrase_roles;
            any_cats |= ws->word.cats & LEX_TOKEN_CATS;
            any_roles |= ws->phrase_roles;
            t->word_bits = ws->word_bits;
        }
    }
    /* A demonym that is a given name too ("German Gref") names a person
     * only as "German <Surname>": a capitalised word no list knows after
     * it, no capitalised word after that and no punctuation mark glued
     * before it, a compound's hyphen or any other ("West German officials",
     * "Franco-German", "German Chancellery Jens Ploetner", "German Finance
     * Minister" stay the demonym) */
    const uint32_t given = 1u << LEX_GIVEN_NAME;
    const uint32_t both = given | (1u << LEX_DEMONYM);
    /* (no token to look at unless the item has both categories somewhere) */
    const size_t demonym_end = ((d->any_cats | any_cats) & both) == both ? ntoks : 0;
    for (size_t i = 0; i < demonym_end; i++) {
        token *t = &toks[i];
        if ((t->cats & both) != both)
            continue;
        const token *p = i > 0 ? &toks[i - 1] : NULL;
        const token *n = i + 1 < ntoks ? &toks[i + 1] : NULL;
        const token *nn = i + 2 < ntoks ? &toks[i + 2] : NULL;
        int person =
            n && !(n->flags & (T_PARA_START | T_ALLCAPS)) && (n->flags & T_WORD) &&
            (n->flags & T_CAP) && !n->cats && !n->word_bits &&
            !(nn && !(nn->flags & T_PARA_START) && (nn->flags & T_WORD) && (nn->flags & T_CAP)) &&
            !(p && !(t->flags & (T_SPACE_BEFORE | T_PARA_START)) && (p->flags & T_PUNCT));
        if (!person)
            t->cats &= ~given;
    }
    d->any_cats |= any_cats;
    d->any_phrase_roles |= any_roles;
    return 0;
}

/* Is token i inside "<...>" written without spaces, as a ticker is? */
static int in_ticker(const doc *d, size_t i)
{
    size_t a = i, b = i;
    while (a > 0 && i - a < 4 && !(d->toks[a].flags & T_SPACE_BEFORE) && !is_char(d, a - 1, '<'))
        a--;
    if (a == 0 || (d->toks[a].flags & T_SPACE_BEFORE) || d->text[d->toks[a - 1].start] != '<')
        return 0;
    while (b + 1 < d->ntoks && b - i < 4 && !(d->toks[b + 1].flags & T_SPACE_BEFORE) &&
           d->text[d->toks[b + 1].start] != '>')
        b++;
    return b + 1 < d->ntoks && !(d->toks[b + 1].flags & T_SPACE_BEFORE) &&
           d->text[d->toks[b + 1].start] == '>';
}

/* is_sentence_end_punct() of a punctuation token of one byte */
static int sentence_end_char(const doc *d, size_t i)
{
    const token *t = &d->toks[i];
    char c = d->text[t->start];
    if (c == '!' || c == '?')
        return 1;
    if (c != '.')
        return 0;
    if (i == 0)
        return 0;
    const token *p = &d->toks[i - 1];
    /* the dot of a stock ticker ("<BONA.S>", "<ATLC.MN>") ends nothing */
    if (in_ticker(d, i))
        return 0;
    /* "Col." and the initial in "Joseph R. Biden" do not end a sentence. */
    if (p->end == t->start && (p->flags & T_WORD)) {
        /* "a Stamford, Conn., maker": a word's dot with a comma right after
         * it is an abbreviation's (a state's, unlisted), never a sentence
         * end */
        if (i + 1 < d->ntoks && d->toks[i + 1].start == t->end &&
            d->toks[i + 1].end == t->end + 1 && d->text[t->end] == ',')
            return 0;
        if (tok_lex(d, (uint32_t)(i - 1), LEX_ABBREV, NULL))
            return 0;
        if ((p->flags & T_CAP) && p->end - p->start == 1 && i + 1 < d->ntoks &&
            (d->toks[i + 1].flags & T_CAP) && !(d->toks[i + 1].flags & T_PARA_START))
            return 0;
    }
    return 1;
}

/* Asked of every token: most are words, answered without a call. */
static inline int is_sentence_end_punct(const doc *d, size_t i)
{
    const token *t = &d->toks[i];
    if (!(t->flags & T_PUNCT) || t->end - t->start != 1)
        return 0;
    return sentence_end_char(d, i);
}

/* Does token i end with a stop ("...", "?!", an ellipsis character)? */
static int ends_with_stop(const doc *d, size_t i)
{
    const token *t = &d->toks[i];
    if (!(t->flags & T_PUNCT) || t->end <= t->start)
        return 0;
    char c = d->text[t->end - 1];
    return c == '.' || c == '!' || c == '?' ||
           (t->end - t->start == 3 && !memcmp(d->text + t->start, "\xe2\x80\xa6", 3));
}

/* Does a short subject and a speech verb that ends its sentence open at
 * token f, before token `end`: "the organisation said in its report.",
 * "she said."?  The subject opens with a third person, "the" or a name (or,
 * with verb_first, the verb comes first: "said Mr Almunia"); not ", is a
 * recognised centre", nor a first or second person ("I said").  A token
 * with a flag of `stop` (a quotation mark, a paragraph start) ends the
 * search with no attribution. */
static int attribution_at(const doc *d, uint32_t f, uint32_t end, uint32_t stop, int verb_first)
{
    const token *toks = d->toks;
    const token *w0 = &toks[f];
    if (!(w0->flags & T_WORD) ||
        !((w0->flags & T_CAP) || tok_is(w0, "the") || (w0->word_bits & W_PRONOUN_ANY) ||
          (verb_first && tok_lex(d, f, LEX_SPEECH, NULL))))
        return 0;
    uint32_t cue = 0;
    for (uint32_t j = f; j < end && j <= f + 5; j++) {
        const token *w = &toks[j];
        if (!(w->flags & T_WORD) || (w->flags & stop) ||
            (w->word_bits & (W_FIRST_PERSON | W_BE | W_AUX)) || tok_is(w, "you"))
            break;
        const lex_entry *e = tok_lex(d, j, LEX_SPEECH, NULL);
        if (e && e->value == SPEECH_VERB && !(w->flags & T_CAP)) {
            cue = j;
            break;
        }
    }
    if (!cue)
        return 0;
    /* the attribution ends its sentence: no mark of `stop` before the stop */
    for (uint32_t j = cue + 1; j < end && j <= cue + 8; j++) {
        if (toks[j].flags & stop)
            return 0;
        if (is_sentence_end_punct(d, j))
            return 1;
    }
    return 0;
}

/* A quotation whose closing mark was lost before its attribution:
 * '"... to \'wait and see\', the organisation said in its report. Growth
 * ... "The orderly ...' (the next opening mark, or the paragraph end, finds
 * it still open).  The comma before a short subject and a speech verb that
 * ends its sentence ends the quotation there ("..., the organisation said
 * in its report."; "..., said Mr Almunia."); the narration after it is the
 * outlet's.  A first or second person ("..., I said") is the speaker's own
 * words.  Returns the comma's token, or 0.  The span is read once. */
static uint32_t lost_close_attribution(const doc *d, uint32_t open_tok, uint32_t end)
{
    for (uint32_t k = open_tok + 1; k + 2 < end; k++)
        if (is_char(d, k, ',') && attribution_at(d, k + 1, end, T_QUOTE, 1))
            return k;
    return 0;
}

/* A closing mark typed on the wrong side of its space, after the comma that
 * ends the quotation: '... felt in Europe as well, "she said.'  The mark
 * at q has a comma right before it, and a short subject and a speech verb
 * that end the sentence follow it (attribution_at, as for a lost mark).
 * Only asked while a quotation is open. */
static int misplaced_close_mark(const doc *d, uint32_t q, uint32_t ntoks)
{
    return q > 0 && q + 2 < ntoks && is_char(d, q - 1, ',') &&
           attribution_at(d, q + 1, ntoks, T_QUOTE | T_PARA_START, 0);
}

/* Ends the open span `open` at its lost closing mark (lost_close_attribution)
 * when an opening mark or a paragraph at token `at` finds it open: the
 * tokens from the comma on are narration again.  1 if it did. */
static int end_lost_quote(doc *d, quote_span *qs, int open, uint32_t at)
{
    uint32_t c = lost_close_attribution(d, qs[open].open_tok, at);
    if (!c)
        return 0;
    for (uint32_t k = c; k < at; k++) {
        d->toks[k].flags &= ~(uint32_t)T_IN_QUOTE;
        d->toks[k].quote = -1;
    }
    qs[open].close_tok = qs[open].open_tok;
    qs[open].end = d->toks[c].start;
    qs[open].closed = 0;
    return 1;
}

/* Words a narration sentence's named subject may hold besides capitalised
 * ones: "Head of the Office of the President of Ukraine Andriy Yermak". */
static int subject_connector(const token *t)
{
    return tok_is(t, "of") || tok_is(t, "the") || tok_is(t, "and") || tok_is(t, "for");
}

/* Sentence at token s (inside an open quotation, before token `at` that
 * finds it open) that is plainly the outlet's narration: a third-person
 * subject, "He"/"She" or a name of two or more capitalised words ("Mr
 * Milburn", "Head of the Office ... Andriy Yermak"), right before a speech
 * verb, and no first or second person in the sentence ("He told me ...",
 * "The President said we ..." are the speaker's own words).  Reading stops
 * at the sentence end or at `at`. */
static int narration_sentence(const doc *d, uint32_t s, uint32_t at)
{
    const token *toks = d->toks;
    const token *t0 = &toks[s];
    if (!(t0->flags & T_WORD) || !(t0->flags & T_CAP) || (t0->word_bits & W_FIRST_PERSON))
        return 0;
    uint32_t v = 0;
    int named = 0;
    if (tok_is(t0, "he") || tok_is(t0, "she")) {
        v = s + 1;
    } else {
        named = 1;
        unsigned caps = 0;
        for (uint32_t j = s; j < at && j <= s + 12; j++) {
            const token *w = &toks[j];
            if ((w->flags & T_WORD) && (w->flags & T_CAP) && !(w->flags & T_QUOTE) &&
                !(w->word_bits & (W_FIRST_PERSON | W_PRONOUN_ANY | W_OPENER))) {
                caps++;
                continue;
            }
            if ((w->flags & T_WORD) && !(w->flags & T_CAP) && caps >= 2 &&
                tok_lex(d, j, LEX_SPEECH, NULL)) {
                v = j;
                break;
            }
            if (!(w->flags & T_WORD) || !subject_connector(w))
                break;
        }
    }
    if (!v || v >= at)
        return 0;
    const lex_entry *e = tok_lex(d, v, LEX_SPEECH, NULL);
    if (!e || e->value != SPEECH_VERB || (toks[v].flags & T_CAP))
        return 0;
    uint32_t j = v + 1;
    for (; j < at; j++) {
        const token *w = &toks[j];
        if ((w->word_bits & W_FIRST_PERSON) || tok_is(w, "me") || tok_is(w, "you") ||
            tok_is(w, "your"))
            return 0;
        if (w->flags & T_SENT_END)
            break;
    }
    if (!named)
        return 1;
    /* A named speaker may be one the quoted person reports ('"Oslo is a
     * centre. Anna Berg warned that costs would rise.'); the quotation ended
     * before it only where the marks say so too: the cue introduces the
     * next quotation ('Mr Milburn said: "...') or the sentence before it
     * ends on its cue ('... hinder them, he said. Head of ...'). */
    if (j >= at && is_char(d, at - 1, ':'))
        return 1;
    if (s < 2 || !is_sentence_end_punct(d, s - 1) || (toks[s - 2].flags & T_CAP))
        return 0;
    const lex_entry *pe = tok_lex(d, s - 2, LEX_SPEECH, NULL);
    return pe && pe->value == SPEECH_VERB;
}

/* An open quotation that swallowed the outlet's narration: its closing mark
 * was lost ('... hinder them, he said. Head of the Office ... Andriy Yermak
 * informed ...') and the next opening mark, the paragraph end or the item
 * end finds it still open.  The first later sentence of the span that is
 * plainly narration (narration_sentence) is where the quotation ended.
 * Returns that sentence's first token, or 0.  Each sentence start of the
 * span is asked once. */
static uint32_t narration_in_quote(const doc *d, uint32_t open_tok, uint32_t at)
{
    if (at <= open_tok + 2)
        return 0;
    for (uint32_t k = d->toks[open_tok].sent + 1; k < d->nsents; k++) {
        uint32_t s = d->sents[k].tok_start;
        if (s >= at)
            break;
        if (s > open_tok + 1 && (d->toks[s - 1].flags & T_SENT_END) &&
            !(d->toks[s - 1].flags & T_QUOTE) && narration_sentence(d, s, at))
            return s;
    }
    return 0;
}

/* Tokens from..to-1 read again for quotation marks: their quotation
 * flags and span cleared. */
static void unmark_quotes(token *toks, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++) {
        toks[k].flags &= ~(uint32_t)(T_QUOTE_OPEN | T_QUOTE_CLOSE | T_IN_QUOTE);
        toks[k].quote = -1;
    }
}

/* Quotations ended at swallowed narration per item (a bound on re-reading). */
#define MAX_QUOTE_CUTS 32

/* Tokens after which an open sentence is closed even with no sentence end. */
#define MAX_SENTENCE_TOKENS 1024

/* Append the sentence of tokens [start, end) to the growing array, within
 * limits->max_sentences. */
static nsv_code push_sentence(doc *d, sentence **sents, size_t *n, size_t *cap, uint32_t start,
                              uint32_t end, uint32_t para, nsv_error *err)
{
    if (*n >= d->limits->max_sentences) {
        err->code = NSV_ERR_LIMIT;
        err->offset = d->toks[start].start;
        snprintf(err->message, sizeof err->message, "more than %zu sentences",
                 d->limits->max_sentences);
        return NSV_ERR_LIMIT;
    }
    if (*n == *cap) {
        sentence *bigger = arena_alloc_raw(d->mem, 2 * *cap * sizeof *bigger);
        if (!bigger)
            return out_of_memory(d->limits, err);
        memcpy(bigger, *sents, *n * sizeof *bigger);
        *sents = bigger;
        *cap *= 2;
    }
    (*sents)[*n] = (sentence){.tok_start = start, .tok_end = end, .para = para};
    ++*n;
    return NSV_OK;
}

nsv_code segment(doc *d, nsv_error *err)
{
    /* the doc's fields in locals: the compiler read them again at every
     * token of the loops below */
    token *const toks = d->toks;
    const size_t ntoks = d->ntoks;
    const char *const text = d->text;
    /* Abbreviations are recognised on the word before the dot; the lexicon
     * stores them with the dot ("col ."), so mark the word token. */
    size_t cap = ntoks / 8 + 8, n = 0;
    sentence *sents = arena_alloc(d->mem, cap * sizeof *sents);
    if (!sents)
        goto nomem;
    uint32_t para = 0, start = 0;
    for (size_t i = 0; i < ntoks; i++) {
        if (toks[i].flags & T_PARA_START) {
            if (i > start) { /* paragraph end closes the open sentence */
                nsv_code rc = push_sentence(d, &sents, &n, &cap, start, (uint32_t)i, para, err);
                if (rc != NSV_OK)
                    return rc;
                start = (uint32_t)i;
            }
            if (i > 0)
                para++;
        }
        if (i + 1 - start >= MAX_SENTENCE_TOKENS) {
            /* a "sentence" this long is no prose (the longest in the corpus
             * is about 300 tokens); rules that look across their sentence
             * must not cost its square */
            nsv_code rc = push_sentence(d, &sents, &n, &cap, start, (uint32_t)i + 1, para, err);
            if (rc != NSV_OK)
                return rc;
            start = (uint32_t)i + 1;
            continue;
        }
        if (is_sentence_end_punct(d, i)) {
            size_t e = i + 1;
            /* closing quotes and brackets belong to the sentence they end */
            while (e < ntoks && !(toks[e].flags & T_PARA_START) && (toks[e].flags & T_PUNCT) &&
                   !(toks[e].flags & T_SPACE_BEFORE) &&
                   ((toks[e].flags & T_QUOTE) || text[toks[e].start] == ')'))
                e++;
            if (e < ntoks && !(toks[e].flags & T_PARA_START)) {
                const token *nx = &toks[e];
                /* a lower-case continuation is not a new sentence */
                if ((nx->flags & T_WORD) && !(nx->flags & (T_CAP | T_NUM)))
                    continue;
                toks[e - 1].flags |= T_SENT_END;
                nsv_code rc = push_sentence(d, &sents, &n, &cap, start, (uint32_t)e, para, err);
                if (rc != NSV_OK)
                    return rc;
                start = (uint32_t)e;
                i = e - 1;
            }
        }
    }
    if (start < ntoks) { /* the end of the text closes the last one */
        nsv_code rc = push_sentence(d, &sents, &n, &cap, start, (uint32_t)ntoks, para, err);
        if (rc != NSV_OK)
            return rc;
    }
    uint32_t any_flags = 0; /* the flags of all tokens (the sentences hold them all), or-ed */
    for (size_t k = 0; k < n; k++) {
        sents[k].start = toks[sents[k].tok_start].start;
        sents[k].end = toks[sents[k].tok_end - 1].end;
        for (uint32_t t = sents[k].tok_start; t < sents[k].tok_end; t++) {
            toks[t].sent = (uint32_t)k;
            any_flags |= toks[t].flags;
        }
    }
    d->sents = sents;
    d->nsents = n;

    /* Quotation spans.  Straight quotes toggle; curly and guillemets say
     * which side they are.  A paragraph ends any open quotation: the next
     * paragraph's opening mark continues it (news style). */
    size_t qcap = 16, nq = 0;
    quote_span *qs = arena_alloc(d->mem, qcap * sizeof *qs);
    if (!qs)
        goto nomem;
    if (!(any_flags & T_QUOTE)) { /* half the items quote no one */
        d->quotes = qs;
        d->nquotes = 0;
        return NSV_OK;
    }
    int open = -1;
    int nested = 0; /* an inner quotation is open inside span `open` */
    /* Inner quotations are tried per paragraph: where a paragraph that used
     * one ends with its quotation still open, the marks were unbalanced
     * ('"... need "significant" changes.' with no outer close), and the
     * paragraph is read again without them. */
    size_t para_tok = 0, para_nq = 0;
    int nest_ok = 1, nest_used = 0, nest_bad = 0;
    /* Spans ended at narration they swallowed (narration_in_quote): the
     * tokens from the cut on are read again, so marks the span took as
     * inner ones pair anew.  Cuts only move forward; a few per item. */
    unsigned cuts = 0;
    uint32_t cut = 0;
#define CUT_QUOTE_AT(c)                                                                            \
    do {                                                                                           \
        qs[open].close_tok = qs[open].open_tok;                                                    \
        qs[open].end = toks[(c)-1].end;                                                            \
        qs[open].closed = 0;                                                                       \
        unmark_quotes(toks, (c), i);                                                               \
        open = -1;                                                                                 \
        nested = 0;                                                                                \
        cuts++;                                                                                    \
        i = (c)-1; /* the loop's i++ comes back to the cut */                                      \
    } while (0)
    for (size_t i = 0; i <= ntoks; i++) {
        /* (paragraph starts and the item's end only: one test for most
         * tokens) */
        if (i == ntoks || (toks[i].flags & T_PARA_START)) {
            /* the paragraph or the item ends with a quotation open: unless
             * the next paragraph continues it with its own opening mark */
            if (open >= 0 && !nested && (i == ntoks || !(toks[i].flags & T_QUOTE)) &&
                cuts < MAX_QUOTE_CUTS &&
                !lost_close_attribution(d, qs[open].open_tok, (uint32_t)i) &&
                (cut = narration_in_quote(d, qs[open].open_tok, (uint32_t)i))) {
                CUT_QUOTE_AT(cut);
                continue;
            }
            if (i == ntoks || i > para_tok) {
                if (nest_used && (open >= 0 || nest_bad)) {
                    unmark_quotes(toks, para_tok, i);
                    nq = para_nq;
                    open = -1;
                    nested = nest_ok = nest_used = nest_bad = 0;
                    i = para_tok - 1; /* the loop's i++ comes back to para_tok */
                    continue;
                }
                if (i == ntoks)
                    break;
                para_tok = i;
                para_nq = nq;
                nest_ok = 1;
                nest_used = nest_bad = 0;
            }
        }
        token *t = &toks[i];
        if ((t->flags & T_PARA_START) && open >= 0 && !nested &&
            end_lost_quote(d, qs, open, (uint32_t)i))
            open = -1;
        if ((t->flags & T_PARA_START) && open >= 0) {
            qs[open].close_tok = qs[open].open_tok;
            qs[open].end = toks[i - 1].end;
            qs[open].closed = 0;
            open = -1;
            nested = 0;
        }
        if (t->flags & T_QUOTE) {
            uint32_t cp;
            utf8_next((const unsigned char *)text + t->start, t->end - t->start, &cp);
            int closing;
            if (cp == 0x201C || cp == 0xAB || cp == 0x201E)
                closing = 0;
            else if (cp == 0x201D || cp == 0xBB) {
                /* a right curly mark ending a line with nothing open ("...
                 * diabetes and cancer<close>" then a bullet): a closing
                 * mark whose opening one was lost is skipped, not read as
                 * opening the rest of the paragraph (one before a word,
                 * "<close>We ...", still opens: some texts use it both ways) */
                if (open < 0 && i > 0 && !(t->flags & T_SPACE_BEFORE) &&
                    !(toks[i - 1].flags & T_QUOTE) &&
                    !(i + 1 < ntoks && !(toks[i + 1].flags & T_SPACE_BEFORE) &&
                      !(toks[i + 1].flags & T_PARA_START) && (toks[i + 1].flags & T_WORD)))
                    continue;
                closing = open >= 0;
            } else {
                /* A straight quote says its side by its neighbours: space
                 * before and a word after opens ("... active. "Both ..."),
                 * which matters where paragraph breaks were lost and one
                 * continued quotation would otherwise invert the rest. */
                int space_before =
                    i == 0 || (t->flags & T_SPACE_BEFORE) || (toks[i - 1].flags & T_QUOTE);
                int word_after = i + 1 < ntoks && !(toks[i + 1].flags & T_SPACE_BEFORE) &&
                                 !(toks[i + 1].flags & T_PARA_START) &&
                                 ((toks[i + 1].flags & T_WORD) || text[toks[i + 1].start] == '[' ||
                                  text[toks[i + 1].start] == '(');
                if (space_before && word_after)
                    closing = open >= 0 && misplaced_close_mark(d, (uint32_t)i, (uint32_t)ntoks);
                else if (!space_before && !word_after && open < 0 && i > 0 &&
                         d->text[d->toks[i - 1].start] != ':')
                    /* 'things," the President said' with its opening mark
                     * lost: a closing mark with nothing open is skipped,
                     * not read as opening the rest of the item (after a
                     * colon it opens: 'said:" Delors assured me') */
                    continue;
                else
                    closing = open >= 0;
            }
            if (open >= 0 && nested && closing) {
                nested = 0; /* closes the inner quotation: part of the outer */
                t->flags |= T_IN_QUOTE;
                t->quote = open;
                continue;
            }
            if (nest_ok && open >= 0 && !nested && !closing && i > 0 &&
                !is_sentence_end_punct(d, i - 1) && !ends_with_stop(d, i - 1) &&
                !(toks[i - 1].flags & T_QUOTE) && text[toks[i - 1].start] != ':') {
                /* '"We will not cross the new "red line" again," she said':
                 * a mark opening mid-sentence inside an open quotation
                 * starts an inner one, not a new span (which would pair the
                 * outer closing mark with nothing and invert the rest) */
                nested = nest_used = 1;
                t->flags |= T_IN_QUOTE;
                t->quote = open;
                continue;
            }
            nested = 0;
            if (closing) {
                qs[open].close_tok = (uint32_t)i;
                qs[open].end = t->start;
                qs[open].closed = 1;
                t->flags |= T_QUOTE_CLOSE;
                t->quote = open;
                open = -1;
            } else {
                if (open >= 0 && end_lost_quote(d, qs, open, (uint32_t)i))
                    open = -1;
                if (open >= 0 && cuts < MAX_QUOTE_CUTS &&
                    (cut = narration_in_quote(d, qs[open].open_tok, (uint32_t)i))) {
                    CUT_QUOTE_AT(cut);
                    continue;
                }
                if (open >= 0) {  /* opening inside an open span: restart */
                    nest_bad = 1; /* unbalanced where an inner one was read */
                    qs[open].close_tok = qs[open].open_tok;
                    qs[open].end = t->start;
                }
                if (nq == qcap) {
                    quote_span *bigger = arena_alloc(d->mem, 2 * qcap * sizeof *bigger);
                    if (!bigger)
                        goto nomem;
                    memcpy(bigger, qs, nq * sizeof *qs);
                    qs = bigger;
                    qcap *= 2;
                }
                qs[nq].open_tok = (uint32_t)i;
                qs[nq].close_tok = (uint32_t)i;
                qs[nq].start = t->end;
                qs[nq].end = (uint32_t)d->len;
                qs[nq].closed = 0;
                t->flags |= T_QUOTE_OPEN;
                t->quote = (int32_t)nq;
                open = (int)nq++;
            }
            continue;
        }
        if (open >= 0) {
            t->flags |= T_IN_QUOTE;
            t->quote = open;
        }
    }
#undef CUT_QUOTE_AT
    if (open >= 0 && ntoks)
        qs[open].end = toks[ntoks - 1].end;
    d->quotes = qs;
    d->nquotes = nq;
    return NSV_OK;
nomem:
    return out_of_memory(d->limits, err);
}
