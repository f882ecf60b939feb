/* lexicon.c - parse the data files of configs/lexicon/ into one hash table
 * of phrases.  The tables are built once at start and then only read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "lexicon.h"

#define LEXICON_MEM_CAP ((size_t)512 << 20)
/* a macro's value as a string literal, for messages that name a limit */
#define LEX_STR_(x) #x
#define LEX_STR(x) LEX_STR_(x)

typedef nsv_code (*line_parser)(nsv_lexicon *lex, char **fields, int nfields, const char *file,
                                int line, nsv_error *err);

static nsv_code parse_words(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_abbrev(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_titles(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_speech(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_meeting(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_signing(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_documents(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_modality(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_countries(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_orgs(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_places(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_given(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_offices(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_body_nouns(nsv_lexicon *, char **, int, const char *, int, nsv_error *);
static nsv_code parse_phrases(nsv_lexicon *, char **, int, const char *, int, nsv_error *);

/* The data files, in load order; a parser per file, same index. */
static const char *const file_names[] = {
    "words.tsv",          "abbreviations.txt", "titles.tsv",    "speech_cues.tsv",
    "meeting_cues.tsv",   "signing_cues.tsv",  "documents.tsv", "modality.tsv",
    "countries.tsv",      "organizations.tsv", "places.tsv",    "given_names.txt",
    "office_holders.tsv", "body_nouns.tsv",    "phrases.tsv",   NULL,
};
static const line_parser file_parsers[] = {
    parse_words,   parse_abbrev,    parse_titles,   parse_speech,     parse_meeting,
    parse_signing, parse_documents, parse_modality, parse_countries,  parse_orgs,
    parse_places,  parse_given,     parse_offices,  parse_body_nouns, parse_phrases,
};
#define NFILES (sizeof file_parsers / sizeof file_parsers[0])

const char *const *nsv_lexicon_files(void)
{
    return file_names;
}

uint64_t lex_hash(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

size_t lex_fold(const char *s, size_t len, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < len && o < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z') {
            out[o++] = ascii_lower((char)c);
        } else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
                   ((unsigned char)s[i + 2] == 0x99 || (unsigned char)s[i + 2] == 0x98)) {
            out[o++] = '\'';
            i += 2;
        } else {
            out[o++] = (char)c;
        }
    }
    return o;
}

static struct lex_slot *slot_find(const nsv_lexicon *lex, const char *key, size_t len, uint64_t h)
{
    if (!lex->nslots)
        return NULL;
    size_t mask = lex->nslots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        struct lex_slot *s = &lex->slots[i];
        if (!s->key)
            return s;
        if (s->key_len == len && !memcmp(s->key, key, len))
            return s;
    }
}

static int grow(nsv_lexicon *lex)
{
    size_t n = lex->nslots ? lex->nslots * 2 : 4096;
    /* the tags live right behind the slots, in the same allocation; the
     * slots start on a cache line, so each is one line (n is a power of
     * two of 4096 or more: the size is a multiple of 64) */
    size_t bytes = n * (sizeof(struct lex_slot) + sizeof *lex->tags);
    struct lex_slot *slots = aligned_alloc(64, bytes);
    if (!slots)
        return -1;
    memset(slots, 0, bytes);
    struct lex_slot *old = lex->slots;
    size_t oldn = lex->nslots;
    lex->slots = slots;
    lex->tags = (uint16_t *)(slots + n);
    lex->nslots = n;
    for (size_t i = 0; i < oldn; i++) {
        if (!old[i].key)
            continue;
        uint64_t h = lex_key_hash(old[i].key, old[i].key_len);
        struct lex_slot *s = slot_find(lex, old[i].key, old[i].key_len, h);
        *s = old[i];
        lex->tags[s - lex->slots] = lex_slot_tag(h);
    }
    free(old);
    return 0;
}

static struct lex_slot *slot_get(nsv_lexicon *lex, const char *key, size_t len)
{
    if (len > UINT16_MAX || ((lex->used + 1) * 2 > lex->nslots && grow(lex) != 0))
        return NULL;
    uint64_t h = lex_key_hash(key, len);
    struct lex_slot *s = slot_find(lex, key, len, h);
    if (!s->key) {
        s->key = arena_strndup(&lex->mem, key, len);
        if (!s->key)
            return NULL;
        s->prefix = lex_key_prefix(key, len);
        s->key_len = (uint16_t)len;
        lex->tags[s - lex->slots] = lex_slot_tag(h);
        lex->used++;
    }
    return s;
}

const lex_entry *lex_lookup(const nsv_lexicon *lex, const char *key, size_t len)
{
    const struct lex_slot *s = lex_slot_lookup(lex, key, len, lex_key_hash(key, len));
    return s ? s->word.entry : NULL;
}

uint32_t lex_phrase_lengths(const nsv_lexicon *lex, const char *word, size_t len)
{
    const struct lex_slot *s = lex_slot_lookup(lex, word, len, lex_key_hash(word, len));
    return s ? s->lengths : 0;
}

static nsv_code fail(nsv_error *err, nsv_code code, const char *file, int line, const char *what)
{
    err->code = code;
    err->offset = (size_t)-1;
    snprintf(err->message, sizeof err->message, "%s:%d: %s", file, line, what);
    return code;
}

const lex_entry *lex_find_folded(const nsv_lexicon *lex, const char *s, size_t len, lex_cat cat)
{
    char key[64];
    if (!len || len > sizeof key)
        return NULL;
    return lex_find(lex_lookup(lex, key, lex_fold(s, len, key, sizeof key)), cat);
}

int short_acronym(const char *s, size_t len)
{
    int letters = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z')
            letters++;
        else if (s[i] != '.')
            return 0;
    }
    return letters == 2;
}

/* Add one phrase (tokenized like news text) with its meaning. */
static nsv_code add_phrase(nsv_lexicon *lex, const char *phrase, const lex_entry *proto,
                           const char *file, int line, nsv_error *err)
{
    arena scratch;
    arena_init(&scratch, 1 << 20);
    token *toks;
    size_t n;
    nsv_code rc = NSV_OK;
    if (tokenize(&scratch, phrase, strlen(phrase), &toks, &n) != 0) {
        rc = fail(err, NSV_ERR_NOMEM, file, line, "phrase too long");
        goto out;
    }
    if (n == 0 || n > 32) {
        rc = fail(err, NSV_ERR_CONFIG, file, line, "empty or overlong phrase");
        goto out;
    }
    char key[512];
    size_t kl = 0, first_len = 0;
    uint64_t word_hash[2] = {0, 0};
    if (n == 1 && short_acronym(phrase + toks[0].start, toks[0].end - toks[0].start))
        key[kl++] = '^'; /* "US", "UK": only as written, never the word "us" */
    for (size_t i = 0; i < n; i++) {
        char buf[256];
        size_t l = lex_fold(phrase + toks[i].start, toks[i].end - toks[i].start, buf, sizeof buf);
        if (kl + l + 2 >= sizeof key) {
            rc = fail(err, NSV_ERR_CONFIG, file, line, "phrase too long");
            goto out;
        }
        if (i)
            key[kl++] = ' ';
        memcpy(key + kl, buf, l);
        kl += l;
        if (i == 0)
            first_len = kl;
        if (i < 2)
            word_hash[i] = lex_key_hash(buf, l);
    }
    if (n >= 2) {
        uint32_t pi = lex_pair_index(word_hash[0], word_hash[1]);
        lex->pair_bits[pi / 64] |= (uint64_t)1 << (pi % 64);
    }
    struct lex_slot *s = slot_get(lex, key, kl);
    if (!s) {
        rc = fail(err, NSV_ERR_NOMEM, file, line, "out of memory");
        goto out;
    }
    lex_entry *e = arena_alloc(&lex->mem, sizeof *e);
    if (!e) {
        rc = fail(err, NSV_ERR_NOMEM, file, line, "out of memory");
        goto out;
    }
    *e = *proto;
    e->nwords = (uint8_t)n;
    s->word.cats |= 1u << e->cat;
    if (e->cat == LEX_PHRASE && e->value >= 0 && e->value < PHRASE_ROLE_COUNT)
        s->phrase_roles |= PHRASE_ROLE_HINT(e->value);
    if (e->cat == LEX_WORD)
        s->word_bits |= e->bits;
    /* a word in several classes of words.tsv merges into one entry */
    if (e->cat == LEX_WORD) {
        for (const lex_entry *o = s->word.entry; o; o = o->next)
            if (o->cat == LEX_WORD) {
                ((lex_entry *)o)->bits |= e->bits;
                if (e->value)
                    ((lex_entry *)o)->value = e->value;
                goto first;
            }
    }
    if (e->cat == LEX_PHRASE) {
        /* last in the chain: lex_find of a word's other meanings ("the",
         * "of" are words.tsv words too) walks no further for it */
        e->next = NULL;
        lex_entry *last = (lex_entry *)s->word.entry; /* the arena's entries, built here */
        while (last && last->next)
            last = (lex_entry *)last->next;
        if (last)
            last->next = e;
        else
            s->word.entry = e;
        goto first;
    }
    e->next = s->word.entry;
    s->word.entry = e;
first:;
    struct lex_slot *f = slot_get(lex, key, first_len);
    if (!f) {
        rc = fail(err, NSV_ERR_NOMEM, file, line, "out of memory");
        goto out;
    }
    if (n <= 32) {
        f->lengths |= 1u << (n - 1);
        if (e->cat == LEX_SPEECH && e->value == SPEECH_VERB && !e->bits && n <= 16)
            f->speech_lengths |= (uint16_t)(1u << (n - 1));
    }
out:
    arena_free(&scratch);
    return rc;
}

static const char *keep(nsv_lexicon *lex, const char *s)
{
    return s && *s ? arena_strndup(&lex->mem, s, strlen(s)) : NULL;
}

/* keep() of the first alternative of a '|' list, as written. */
static const char *keep_first(nsv_lexicon *lex, const char *list)
{
    char first[256];
    snprintf(first, sizeof first, "%s", list);
    first[strcspn(first, "|")] = '\0';
    return keep(lex, first);
}

/* Each alternative of a '|' list as a phrase with the same meaning. */
static nsv_code add_alternatives(nsv_lexicon *lex, char *list, const lex_entry *proto,
                                 const char *file, int line, nsv_error *err)
{
    char *save = NULL;
    for (char *alt = strtok_r(list, "|", &save); alt; alt = strtok_r(NULL, "|", &save)) {
        while (*alt == ' ')
            alt++;
        size_t l = strlen(alt);
        while (l && alt[l - 1] == ' ')
            alt[--l] = '\0';
        if (!l)
            continue;
        nsv_code rc = add_phrase(lex, alt, proto, file, line, err);
        if (rc)
            return rc;
    }
    return NSV_OK;
}

static const struct {
    const char *name;
    uint64_t bit;
} word_classes[] = {
    {"pronoun_m", W_PRONOUN_M},
    {"pronoun_f", W_PRONOUN_F},
    {"pronoun_pl", W_PRONOUN_PL},
    {"det", W_DET},
    {"weekday", W_WEEKDAY},
    {"month", W_MONTH},
    {"relday", W_RELDAY},
    {"aux", W_AUX},
    {"adverb", W_ADVERB},
    {"background", W_BACKGROUND},
    {"conj", W_CONJ},
    {"prep", W_PREP},
    {"nonname", W_NONNAME},
    {"org_head", W_ORG_HEAD},
    {"unnamed", W_UNNAMED},
    {"group", W_GROUP},
    {"by", W_PASSIVE_BY},
    {"subord", W_SUBORD},
    {"number", W_NUMBER_WORD},
    {"particle", W_PARTICLE},
    {"place_prep", W_PLACE_PREP},
    {"person_noun", W_PERSON_NOUN},
    {"pronoun_n", W_PRONOUN_N},
    {"firm", W_FIRM},
    {"company", W_COMPANY},
    {"roster", W_ROSTER},
    {"roster_verb", W_ROSTER_VERB},
    {"side_group", W_SIDE_GROUP},
    {"attendee", W_ATTENDEE},
    {"topic", W_TOPIC},
    {"polity", W_POLITY},
    {"venue", W_VENUE},
    {"light_verb", W_LIGHT_VERB},
    {"phase", W_PHASE},
    {"be", W_BE},
    {"trade", W_TRADE},
    {"people", W_PEOPLE},
    {"possessive", W_POSSESSIVE},
    {"public_body", W_PUBLIC_BODY},
    {"firm_tail", W_FIRM_TAIL},
    {"outlet", W_OUTLET},
    {"press", W_PRESS},
    {"setting", W_SETTING},
    {"opener", W_OPENER},
    {"occasion", W_OCCASION},
    {"lookback", W_LOOKBACK},
    {"praise", W_PRAISE},
    {"numeral", W_NUMERAL},
    {"beside", W_BESIDE},
    {"future", W_FUTURE},
    {"creditor", W_CREDITOR},
    {"states", W_STATES},
    {"paper", W_PAPER},
    {"seat", W_SEAT},
    {"profession", W_PROFESSION},
    {"area", W_AREA},
    {"plain_cue", W_PLAIN_CUE},
    {"send", W_SEND},
    {"issuer", W_ISSUER},
    {"first_person", W_FIRST_PERSON},
    {"suffix", W_SUFFIX},
    {"recalled", W_RECALLED},
    {"report", W_REPORT},
    {"aim", W_AIM},
};

static nsv_code parse_words(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                            nsv_error *err)
{
    if (nf < 2)
        return fail(err, NSV_ERR_CONFIG, file, line,
                    "expected: word<TAB>class[,class][<TAB>value]");
    lex_entry e = {.cat = LEX_WORD};
    char *save = NULL;
    for (char *c = strtok_r(f[1], ",", &save); c; c = strtok_r(NULL, ",", &save)) {
        size_t k;
        for (k = 0; k < sizeof word_classes / sizeof word_classes[0]; k++)
            if (!strcmp(c, word_classes[k].name))
                break;
        if (k == sizeof word_classes / sizeof word_classes[0])
            return fail(err, NSV_ERR_CONFIG, file, line, "unknown word class");
        e.bits |= word_classes[k].bit;
    }
    if (nf >= 3)
        e.value = (int16_t)atoi(f[2]);
    /* "the three leaders": a number word counts a group's members, which
     * resolve into arrays of MAX_GROUP; a larger count would be cut short */
    if ((e.bits & W_NUMBER_WORD) && (e.value < 0 || e.value > MAX_GROUP))
        return fail(
            err, NSV_ERR_CONFIG, file, line,
            "number value out of range (a group holds at most " LEX_STR(MAX_GROUP) " members)");
    return add_alternatives(lex, f[0], &e, file, line, err);
}

static nsv_code parse_abbrev(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                             nsv_error *err)
{
    (void)nf;
    lex_entry e = {.cat = LEX_ABBREV};
    return add_alternatives(lex, f[0], &e, file, line, err);
}

static int class_of(const char *s, const char *const *names)
{
    for (int i = 0; names[i]; i++)
        if (!strcmp(s, names[i]))
            return i + 1;
    return 0;
}

/* A column of marks of `names` joined by ',' (s is cut up): the k-th name
 * sets bit k-1 of *bits.  0, or -1 at a mark not among them. */
static int marks_of(char *s, const char *const *names, uint64_t *bits)
{
    char *save = NULL;
    for (char *c = strtok_r(s, ",", &save); c; c = strtok_r(NULL, ",", &save)) {
        int k = class_of(c, names);
        if (!k)
            return -1;
        *bits |= UINT64_C(1) << (k - 1);
    }
    return 0;
}

static nsv_code parse_titles(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                             nsv_error *err)
{
    static const char *const names[] = {"role", "honorific", "rank", NULL};
    int cls = nf >= 2 ? class_of(f[1], names) : 0;
    if (!cls)
        return fail(err, NSV_ERR_CONFIG, file, line, "expected: title<TAB>role|honorific|rank");
    lex_entry e = {.cat = LEX_TITLE, .value = (int16_t)cls};
    /* canonical role: third column, else the first alternative as written */
    e.canon = nf >= 3 && *f[2] ? keep(lex, f[2]) : keep_first(lex, f[0]);
    static const char *const marks[] = {"top",       "catch_all",     "generic", "anyone", "voice",
                                        "principal", "office_holder", "given",   "peer",   NULL};
    _Static_assert(TITLE_TOP == 1 && TITLE_CATCH_ALL == 2 && TITLE_GENERIC == 4 &&
                       TITLE_ANYONE == 8 && TITLE_VOICE == 16 && TITLE_PRINCIPAL == 32 &&
                       TITLE_OFFICE_HOLDER == 64 && TITLE_GIVEN == 128 && TITLE_PEER == 256,
                   "marks[] in the order of the TITLE_* bits");
    if (nf >= 4 && *f[3] && marks_of(f[3], marks, &e.bits))
        return fail(err, NSV_ERR_CONFIG, file, line, "unknown title mark");
    return add_alternatives(lex, f[0], &e, file, line, err);
}

static nsv_code parse_speech(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                             nsv_error *err)
{
    static const char *const names[] = {"verb",   "about",   "according", "noun_verb", "opinion",
                                        "stance", "purpose", "agent",     NULL};
    int cls = nf >= 2 ? class_of(f[1], names) : 0;
    if (!cls)
        return fail(err, NSV_ERR_CONFIG, file, line,
                    "expected: cue<TAB>verb|about|according|noun_verb|opinion|stance|purpose|"
                    "agent");
    lex_entry e = {.cat = LEX_SPEECH, .value = (int16_t)cls};
    /* the shapes in which the cue is no speech (statements.c) */
    static const char *const shapes[] = {"participle", "modifier", "needs_content",
                                         "no_comma",   "perfect",  "plural_noun",
                                         "addressee",  "quantity", "label",
                                         "person",     "briefing", "not_to",
                                         "as",         "attitude", NULL};
    _Static_assert(SPEECH_PARTICIPLE == 1 && SPEECH_MODIFIER == 2 && SPEECH_NEEDS_CONTENT == 4 &&
                       SPEECH_NO_COMMA == 8 && SPEECH_PERFECT == 16 && SPEECH_PLURAL_NOUN == 32 &&
                       SPEECH_ADDRESSEE == 64 && SPEECH_QUANTITY == 128 && SPEECH_LABEL == 256 &&
                       SPEECH_PERSON == 512 && SPEECH_BRIEFING == 1024 && SPEECH_NOT_TO == 2048 &&
                       SPEECH_AS == 4096 && SPEECH_ATTITUDE == 8192,
                   "shapes[] in the order of the SPEECH_* bits");
    if (nf >= 3 && marks_of(f[2], shapes, &e.bits))
        return fail(err, NSV_ERR_CONFIG, file, line,
                    "third column: "
                    "participle|modifier|needs_content|no_comma|perfect|plural_noun|addressee|"
                    "quantity|label|person|briefing|not_to|as|attitude[,...]");
    return add_alternatives(lex, f[0], &e, file, line, err);
}

static nsv_code parse_meeting(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                              nsv_error *err)
{
    static const char *const names[] = {"verb",        "noun", "host",    "multi", "hold",
                                        "participate", "with", "welcome", NULL};
    static const char *const formats[] = {"in_person", "phone", "video", NULL};
    int cls = nf >= 2 ? class_of(f[1], names) : 0;
    if (!cls)
        return fail(
            err, NSV_ERR_CONFIG, file, line,
            "expected: cue<TAB>verb|noun|host|multi|hold|participate|with|welcome[<TAB>format]");
    lex_entry e = {.cat = LEX_MEETING, .value = (int16_t)cls};
    static const char *const marks[] = {"each",      "open",  "object",  "back",         "inverted",
                                        "titled",    "far",   "present", "passive_back", "to",
                                        "companion", "front", "held",    "chair",        NULL};
    if (nf >= 4 && *f[3]) {
        if (!class_of(f[3], marks))
            return fail(err, NSV_ERR_CONFIG, file, line,
                        "fourth column: each|open|object|back|inverted|titled|far|present|"
                        "passive_back|to|companion|front|held|chair");
        e.canon = keep(lex, f[3]);
    }
    if (nf >= 3 && *f[2] && strcmp(f[2], "-")) {
        int fmt = class_of(f[2], formats);
        if (!fmt)
            return fail(err, NSV_ERR_CONFIG, file, line, "format: in_person|phone|video|-");
        e.bits = (uint32_t)fmt;
    }
    return add_alternatives(lex, f[0], &e, file, line, err);
}

static nsv_code parse_signing(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                              nsv_error *err)
{
    static const char *const names[] = {"verb",    "noun",   "exclude",   "items",
                                        "base",    "more",   "praised",   "gerund",
                                        "witness", "opener", "concluded", NULL};
    int cls = nf >= 2 ? class_of(f[1], names) : 0;
    if (!cls)
        return fail(err, NSV_ERR_CONFIG, file, line,
                    "expected: cue<TAB>verb|noun|exclude|items|base|more|praised|gerund|witness|"
                    "opener|concluded");
    lex_entry e = {.cat = LEX_SIGNING, .value = (int16_t)cls};
    return add_alternatives(lex, f[0], &e, file, line, err);
}

static nsv_code parse_documents(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                                nsv_error *err)
{
    if (nf < 2)
        return fail(err, NSV_ERR_CONFIG, file, line, "expected: noun<TAB>kind[<TAB>marks]");
    lex_entry e = {.cat = LEX_DOCUMENT, .canon = keep(lex, f[1])};
    static const char *const marks[] = {"decree", "financing", NULL};
    _Static_assert(DOC_DECREE == 1 && DOC_FINANCING == 2, "marks[] in the order of the DOC_* bits");
    if (nf >= 3 && *f[2] && marks_of(f[2], marks, &e.bits))
        return fail(err, NSV_ERR_CONFIG, file, line, "unknown document mark");
    return add_alternatives(lex, f[0], &e, file, line, err);
}

static nsv_code parse_modality(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                               nsv_error *err)
{
    static const char *const names[] = {"planned", "negated", "hypothetical", "done", "past",
                                        "before",  NULL};
    int cls = nf >= 2 ? class_of(f[1], names) : 0;
    if (!cls)
        return fail(err, NSV_ERR_CONFIG, file, line,
                    "expected: cue<TAB>planned|negated|hypothetical|done|past|before");
    /* "done", "past" and "before" are no modality of their own: past forms
     * that make an act a fact ("traveled to Kyiv to meet", "met on August
     * 29"), and adjectives that put a meeting before the item's day ("the
     * recent summit") */
    if (cls >= 4) {
        lex_entry p = {.cat = LEX_PAST, .value = cls == 4 ? PAST_DONE : cls == 5 ? 0 : PAST_BEFORE};
        return add_alternatives(lex, f[0], &p, file, line, err);
    }
    lex_entry e = {.cat = LEX_MODALITY, .value = (int16_t)cls}; /* == nsv_modality */
    /* "near": an adjective ("upcoming talks") that counts only right before
     * its noun, not anywhere in the clause; "modal": a modal auxiliary;
     * "far": a phrase whose goal may lie far on in its clause; "bare": a
     * phrase whose noun is a kind, not a meeting held ("the importance of
     * regular consultations") */
    static const char *const marks[] = {"near", "modal", "far", "bare", "journey", NULL};
    _Static_assert(MOD_NEAR == 1 && MOD_MODAL == 2 && MOD_FAR == 4 && MOD_BARE == 8 &&
                       MOD_JOURNEY == 16,
                   "marks[] in the order of the MOD_* bits");
    if (nf >= 3 && marks_of(f[2], marks, &e.bits))
        return fail(err, NSV_ERR_CONFIG, file, line, "third column: near|modal|far|bare|journey");
    return add_alternatives(lex, f[0], &e, file, line, err);
}

static nsv_code parse_countries(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                                nsv_error *err)
{
    const char *canon = keep_first(lex, f[0]);
    lex_entry e = {.cat = LEX_COUNTRY, .canon = canon};
    /* extra2: the first demonym, which names the country's government ("the
     * government said" in an item about Norway: the Norwegian government,
     * body_nouns.tsv) */
    if (nf >= 2 && *f[1] && strcmp(f[1], "-"))
        e.extra2 = keep_first(lex, f[1]);
    nsv_code rc = add_alternatives(lex, f[0], &e, file, line, err);
    if (rc)
        return rc;
    if (nf >= 2 && *f[1] && strcmp(f[1], "-")) {
        lex_entry d = {.cat = LEX_DEMONYM, .canon = canon};
        if ((rc = add_alternatives(lex, f[1], &d, file, line, err)))
            return rc;
    }
    /* fourth column: the state the capitals stood for until a day ("Soviet
     * Union<1991-12-26"): value = that day, extra2 = that state */
    const char *before = NULL;
    int16_t until = 0;
    if (nf >= 4 && *f[3] && strcmp(f[3], "-")) {
        char *lt = strchr(f[3], '<');
        day_t day = lt ? parse_iso_date(lt + 1, strlen(lt + 1)) : -1;
        if (!lt || lt == f[3] || day < 0 || day > INT16_MAX)
            return fail(err, NSV_ERR_CONFIG, file, line,
                        "fourth column: former state<YYYY-MM-DD (1970-2059)");
        *lt = '\0';
        before = keep(lex, f[3]);
        until = (int16_t)day;
    }
    if (nf >= 3 && *f[2] && strcmp(f[2], "-")) {
        char caps[512];
        snprintf(caps, sizeof caps, "%s", f[2]);
        char *save = NULL;
        for (char *c = strtok_r(caps, "|", &save); c; c = strtok_r(NULL, "|", &save)) {
            lex_entry cap = {.cat = LEX_CAPITAL,
                             .canon = keep(lex, c),
                             .extra = canon,
                             .extra2 = before,
                             .value = until};
            if ((rc = add_phrase(lex, c, &cap, file, line, err)))
                return rc;
        }
    }
    return NSV_OK;
}

static nsv_code parse_orgs(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                           nsv_error *err)
{
    lex_entry e = {.cat = LEX_ORG,
                   .canon = keep_first(lex, f[0]),
                   .extra = nf >= 2 && strcmp(f[1], "-") ? keep(lex, f[1]) : NULL,
                   .extra2 = nf >= 3 && strcmp(f[2], "-") ? keep(lex, f[2]) : NULL};
    nsv_code rc = add_alternatives(lex, f[0], &e, file, line, err);
    if (rc || nf < 4 || !strcmp(f[3], "-"))
        return rc;
    /* the adjectives that name the body ("Congressional"): the same body */
    lex_entry adj = e;
    adj.cat = LEX_ORG_ADJ;
    return add_alternatives(lex, f[3], &adj, file, line, err);
}

static nsv_code parse_places(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                             nsv_error *err)
{
    lex_entry e = {.cat = LEX_PLACE,
                   .canon = keep_first(lex, f[0]),
                   .extra = nf >= 2 && strcmp(f[1], "-") ? keep(lex, f[1]) : NULL};
    return add_alternatives(lex, f[0], &e, file, line, err);
}

static nsv_code parse_given(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                            nsv_error *err)
{
    /* second column: m or f, the gender the name tells (value 1 or 2) */
    lex_entry e = {.cat = LEX_GIVEN_NAME,
                   .value = nf >= 2 && !strcmp(f[1], "m")   ? 1
                            : nf >= 2 && !strcmp(f[1], "f") ? 2
                                                            : 0};
    if (nf >= 2 && !e.value)
        return fail(err, NSV_ERR_CONFIG, file, line, "gender must be m or f");
    return add_alternatives(lex, f[0], &e, file, line, err);
}

/* body_nouns.tsv: noun|alternative... <TAB> name words ('|' list, '-' none)
 * [<TAB> marks: country, named, led, bare, ',' between] [<TAB> outlet=country,...] */
static nsv_code parse_body_nouns(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                                 nsv_error *err)
{
    if (nf < 2)
        return fail(err, NSV_ERR_CONFIG, file, line, "expected: noun<TAB>name words");
    lex_entry e = {.cat = LEX_BODY_NOUN, .canon = strcmp(f[1], "-") ? keep(lex, f[1]) : NULL};
    static const char *const marks[] = {"country", "named", "led", "bare", NULL};
    _Static_assert(BODY_COUNTRY == 1 && BODY_NAMED == 2 && BODY_LED == 4 && BODY_BARE == 8,
                   "marks[] in the order of the BODY_* bits");
    if (nf >= 3 && strcmp(f[2], "-") && marks_of(f[2], marks, &e.bits))
        return fail(err, NSV_ERR_CONFIG, file, line, "third column: country|named|led|bare");
    if (nf >= 4 && *f[3] && strcmp(f[3], "-"))
        e.extra = keep(lex, f[3]);
    return add_alternatives(lex, f[0], &e, file, line, err);
}

/* role[|alt...] <TAB> source <TAB> first day <TAB> last day or - <TAB> name <TAB> country */
static nsv_code parse_offices(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                              nsv_error *err)
{
    if (nf < 6 || !*f[0] || !*f[1] || !*f[4] || !*f[5])
        return fail(err, NSV_ERR_CONFIG, file, line,
                    "expected: role<TAB>source<TAB>from<TAB>to|-<TAB>name<TAB>country");
    day_t from = parse_iso_date(f[2], strlen(f[2]));
    day_t to = strcmp(f[3], "-") ? parse_iso_date(f[3], strlen(f[3])) : INT16_MAX;
    if (from < 0 || from > INT16_MAX || to < from || to > INT16_MAX)
        return fail(err, NSV_ERR_CONFIG, file, line, "bad date (YYYY-MM-DD, 1970-2059)");
    lex_entry e = {.cat = LEX_OFFICE,
                   .value = (int16_t)from,
                   .bits = (uint32_t)to,
                   .canon = keep(lex, f[4]),
                   .extra = keep(lex, f[1]),
                   .extra2 = keep(lex, f[5])};
    return add_alternatives(lex, f[0], &e, file, line, err);
}

/* phrases.tsv: phrase[|alternative...] <TAB> role (enum phrase_role) */
static nsv_code parse_phrases(nsv_lexicon *lex, char **f, int nf, const char *file, int line,
                              nsv_error *err)
{
    /* (one role a line, as merges add them: past some thirty the formatter
     * would pack them in columns) */
    /* clang-format off */
    static const char *const roles[] = {
        "running",
        "title_join",
        "title_join_back",
        "takes_place",
        "our_country",
        "into_law",
        "purpose_topic",
        "heading_join",
        "rank_scope",
        "together_talks",
        "members_of",
        "topic_hold",
        "topic_meeting",
        "not_topic",
        "staff_of",
        "owned_party",
        "stay",
        "place_hosts",
        "body_people",
        "each_talks",
        "report_give",
        "report_noun",
        "earlier_meeting",
        "more_meetings",
        "collective",
        "report_topic",
        "participation",
        "day_opener",
        "roster_by",
        "delegation_head",
        "delegation_list",
        "title_trip",
        "title_topic",
        "talks_side",
        "pair_leaders",
        "message_noun",
        "message_reads",
        NULL,
    };
    /* clang-format on */
    /* (one name per role from 1, and the NULL: as many as PHRASE_ROLE_COUNT) */
    _Static_assert(sizeof roles / sizeof *roles == PHRASE_ROLE_COUNT,
                   "roles[]: a name per enum phrase_role, in its order");
    int role = nf >= 2 ? class_of(f[1], roles) : 0;
    if (!role)
        return fail(err, NSV_ERR_CONFIG, file, line,
                    "expected: phrase<TAB>role (a role the file's header names)");
    lex_entry e = {.cat = LEX_PHRASE, .value = (int16_t)role};
    return add_alternatives(lex, f[0], &e, file, line, err);
}

nsv_lexicon *nsv_lexicon_new(void)
{
    nsv_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex)
        return NULL;
    arena_init(&lex->mem, LEXICON_MEM_CAP);
    if (grow(lex) != 0) {
        free(lex);
        return NULL;
    }
    return lex;
}

nsv_code nsv_lexicon_add(nsv_lexicon *lex, const char *name, const char *data, size_t len,
                         nsv_error *err)
{
    if (!lex || !name || (!data && len)) {
        err->code = NSV_ERR_ARG;
        err->offset = (size_t)-1;
        snprintf(err->message, sizeof err->message, "nsv_lexicon_add: NULL argument");
        return NSV_ERR_ARG;
    }
    if (lex->finished)
        return fail(err, NSV_ERR_ARG, name, 0, "lexicon already finished");
    size_t k;
    for (k = 0; k < NFILES; k++)
        if (!strcmp(name, file_names[k]))
            break;
    if (k == NFILES)
        return fail(err, NSV_ERR_CONFIG, name, 0, "not a lexicon file this version knows");
    char *copy = malloc(len + 1);
    if (!copy)
        return fail(err, NSV_ERR_NOMEM, name, 0, "out of memory");
    memcpy(copy, data, len);
    copy[len] = '\0';
    nsv_code rc = NSV_OK;
    int lineno = 0;
    /* line by line, blank lines counted, so errors name the right line */
    for (char *ln = copy, *nl; ln; ln = nl ? nl + 1 : NULL) {
        nl = strchr(ln, '\n');
        if (nl)
            *nl = '\0';
        lineno++;
        size_t l = strlen(ln);
        if (l && ln[l - 1] == '\r')
            ln[--l] = '\0';
        char *p = ln;
        while (*p == ' ')
            p++;
        if (!*p || *p == '#')
            continue;
        char *fields[8];
        int nf = 0;
        char *fsave = NULL;
        for (char *fl = strtok_r(p, "\t", &fsave); fl && nf < 8; fl = strtok_r(NULL, "\t", &fsave))
            fields[nf++] = fl;
        if (!nf)
            continue;
        rc = file_parsers[k](lex, fields, nf, name, lineno, err);
        if (rc)
            break;
    }
    free(copy);
    if (!rc)
        lex->loaded_files |= 1u << k;
    return rc;
}

nsv_code nsv_lexicon_finish(nsv_lexicon *lex, nsv_error *err)
{
    for (size_t k = 0; k < NFILES; k++)
        if (!(lex->loaded_files & (1u << k)))
            return fail(err, NSV_ERR_CONFIG, file_names[k], 0, "missing lexicon file");
    /* each slot's one-word match (a second finish sets them again) */
    for (size_t i = 0; i < lex->nslots; i++) {
        lex_match *m = &lex->slots[i].word;
        m->next = NULL;
        m->nwords = 1;
        m->head_cat = m->entry ? m->entry->cat : 0;
    }
    lex->finished = 1;
    return NSV_OK;
}

void nsv_lexicon_free(nsv_lexicon *lex)
{
    if (!lex)
        return;
    free(lex->slots);
    arena_free(&lex->mem);
    free(lex);
}
