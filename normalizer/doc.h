/* doc.h - the shared annotation of one item that the stages build in turn:
 * segment (tokens, sentences, paragraphs, quotes) -> mentions (people,
 * bodies, countries, places, pronouns, descriptions) -> dates -> events.
 * Everything lives in the normalizer's per-item arena. */
#ifndef NSV_DOC_H
#define NSV_DOC_H

/* Members a group description resolves to ("the leaders", "the three
 * states").  A number word counting more is refused when the lexicon loads
 * (words.tsv); an uncounted group after a longer list of people stays
 * unresolved (whole_list_group) rather than keep part of the list. */
#define MAX_GROUP 16

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "lexicon.h"
#include "newsev.h"

/* token flags */
enum {
    T_WORD = 1 << 0,         /* letters or digits */
    T_CAP = 1 << 1,          /* starts with an upper-case letter */
    T_ALLCAPS = 1 << 2,      /* two or more letters, all upper-case */
    T_NUM = 1 << 3,          /* starts with a digit */
    T_PUNCT = 1 << 4,        /* one punctuation character */
    T_QUOTE = 1 << 5,        /* a double quotation mark of any style */
    T_SPACE_BEFORE = 1 << 6, /* white space separates it from the previous token */
    T_PARA_START = 1 << 7,   /* first token of a paragraph */
    T_ABBREV = 1 << 8,       /* word with its trailing '.' (U.S., Gen.) */
    T_POSS = 1 << 9,         /* possessive 's */
    T_SENT_END = 1 << 10,    /* . ! ? that ends a sentence */
    T_QUOTE_OPEN = 1 << 11,  /* quotation mark that opens a span */
    T_QUOTE_CLOSE = 1 << 12, /* quotation mark that closes a span */
    T_IN_QUOTE = 1 << 13,    /* inside a quotation span */
    T_NEG_CLITIC = 1 << 14,  /* n't */
};

typedef struct token {
    uint32_t start, end; /* byte offsets into the item text */
    uint32_t flags;
    uint32_t sent;     /* sentence index */
    int32_t quote;     /* quotation span index, or -1 */
    int32_t mention;   /* mention that starts here, or -1 */
    const char *lower; /* folded text, NUL-terminated */
    uint16_t lower_len;
    uint16_t speech_heads; /* its lex_slot's speech_lengths */
    /* the last mention starting at or before it, or -1: mentions_before()
     * of the next token, less one (see doc.ment_indexed); in what would be
     * padding, so tokens take no more memory */
    int32_t last_mention;
    uint64_t word_bits; /* LEX_WORD classes of the one-word phrase */
    uint32_t cats;      /* bit per lex_cat matched at this token */
    /* PHRASE_ROLE_HINT of the roles of the matches' LEX_PHRASE entries,
     * whatever their length: phrase_at rejects most tokens on it without walking their
     * matches, whose nodes and entries lie scattered over the lexicon (in
     * what would be padding, so tokens take no more memory) */
    uint32_t phrase_roles;
    const lex_match *matches; /* lexicon phrases starting here, longest first */
} token;

typedef struct sentence {
    uint32_t tok_start, tok_end; /* [start, end) */
    uint32_t para;
    uint32_t start, end; /* byte span */
} sentence;

typedef struct quote_span {
    uint32_t open_tok, close_tok; /* close_tok == open_tok when unclosed */
    uint32_t start, end;          /* byte span of the content */
    int closed;
} quote_span;

typedef enum mention_kind {
    M_PERSON = 0,
    M_ORG,
    M_COUNTRY,
    M_PLACE,
    M_PRONOUN,    /* he, she, they */
    M_DESC,       /* the minister, the Russian leader */
    M_GROUP_DESC, /* the two leaders, the sides */
} mention_kind;

typedef struct mention {
    uint32_t tok_start, tok_end; /* [start, end) */
    uint32_t sent;
    mention_kind kind;
    int entity;   /* resolved entity, or -1 */
    int *members; /* group: resolved entities */
    int n_members;
    const char *name;      /* person name part / body or place name */
    const char *role;      /* canonical role from a title */
    const char *country;   /* country the mention ties the party to */
    uint32_t pronoun_bits; /* W_PRONOUN_* for pronouns */
    int count;             /* "two" in "the two leaders": 2, else 0 */
    int body_voice;        /* a spokesperson: speaks for entity (a body) */
    uint32_t gender;       /* W_PRONOUN_M or _F when an honorific tells ("Mrs X"), else 0 */
    /* a person the sentences just before name (seat_holder): "the Salford
     * MP" (SEAT_LEGISLATOR), "the actress" (SEAT_CALLING: a profession),
     * "the analyst" (SEAT_MARKET: a market calling, words.tsv value 1) */
    enum { SEAT_NONE, SEAT_LEGISLATOR, SEAT_CALLING, SEAT_MARKET } seat;
    int of_body;      /* "the Tory leader": the body (entity) the title is of, or -1 */
    int central_bank; /* "the central bank said" (try_org_desc): a country's bank of issue */
    int ranked;       /* "the UK's biggest lender said" (try_ranked_desc): the body just named */
    /* a group description's members (try_group): anyone ("the leaders", "the
     * sides"), holders of an office ("the presidents", "the two ministers",
     * "the national security advisors"), states or businesses */
    enum {
        GROUP_ANYONE,
        GROUP_PRESIDENTS,
        GROUP_MINISTERS,
        GROUP_ADVISERS,
        GROUP_STATES,
        GROUP_FIRMS
    } group;
} mention;

/* Is mention m "he" or "she" (or "him", "his", "her"): a person's pronoun, which
 * may invert ('"...," said he') or stand for an unnamed voice; not "they"
 * or "it", whose antecedent is less sure? */
static inline int he_or_she(const mention *m)
{
    return m->kind == M_PRONOUN && (m->pronoun_bits & (W_PRONOUN_M | W_PRONOUN_F));
}

/* The role of a group description of states ("the two countries", "both
 * nations": words.tsv class states), whose members are countries, not
 * people holding a role. */
#define GROUP_STATES_ROLE "countries"
/* the role of a counted group of businesses: "the two companies", "both banks" */
#define GROUP_FIRMS_ROLE "companies"

static inline int states_group(const mention *m)
{
    return m->group == GROUP_STATES;
}

typedef struct entity {
    nsv_kind kind;
    const char *name; /* fullest name seen */
    /* the name records give, where the item writes it otherwise: the item's
     * own order of a body's name the table turns round ("Ministry of Health"
     * for Health Ministry), a country as the item spells it ("Britain",
     * "U.S.": keys are written as the item spells them, the canonical name
     * staying the record's country); else NULL */
    const char *shown;
    const char *surname; /* last word of a person's name */
    const char *role;
    const char *country;
    int last_mention;
    int nmentions;      /* mentions so far: salience for bare descriptions */
    int company;        /* a body named with a legal form ("Atlas Corp"): its first word names it */
    int led_body;       /* "the Bush administration": its first word is the leader, not the body */
    int alias_of_name;  /* name ends in the acronym the item gave it: "Office of X (OX)" */
    int unnamed;        /* "an Indian official": one of many, never a speaker */
    int two_of_surname; /* another person of the item has this surname ("Cherie Blair") */
    int knight;         /* named with "Sir" or "Dame": never "Mr Blair" (Sir Ian Blair) */
    int resolved;       /* a mention resolve_mentions has passed stands for it */
    int other_outlet;   /* a journalist of an outlet other than the item's: a speaker */
} entity;

/* The name records give entity e: its shown name (the item's own order or
 * spelling) where it has one, else its name. */
static inline const char *ent_shown(const entity *e)
{
    return e->shown ? e->shown : e->name;
}

/* A resolved date: days since 1970-01-01, or -1. */
typedef int32_t day_t;

typedef struct doc {
    arena *mem;
    const nsv_lexicon *lex;
    const nsv_limits *limits;
    const char *text;
    size_t len;
    token *toks;
    size_t ntoks;
    sentence *sents;
    size_t nsents;
    quote_span *quotes;
    size_t nquotes;
    mention *ments;
    size_t nments, cap_ments;
    entity *ents;
    size_t nents, cap_ents;
    day_t published;           /* -1 when unknown */
    nsv_str source;            /* the item's outlet, as the item gives it */
    const char *dateline_city; /* NULL when none */
    const char *dateline_country;
    size_t body_start; /* first byte after the dateline */
    size_t title_len;  /* text opens with the title and "\n\n" when > 0 */
    int has_colon;     /* the text holds a ':': transcript turns and rosters need one */
    uint32_t any_cats; /* the lex_cat bits of all tokens, or-ed: a rule whose cue
                          category no token has need not look for it */
    /* the phrase_roles of all tokens, or-ed: a phrases.tsv role whose
     * PHRASE_ROLE_HINT bit is clear here starts at no token, so a rule
     * that needs a phrase of it need not look for one */
    uint32_t any_phrase_roles;
    /* org mentions a bracketed acronym follows ("Office of X (OX)"), in
     * mention order; acr_scanned: mentions looked at for them so far */
    uint32_t *acr_defs;
    size_t n_acr_defs, cap_acr_defs, acr_scanned;
    /* lex_key_hash() of each token's folded form (annotate_lexicon) */
    const uint64_t *tok_hash;
    /* outlet_office() looked up once per item (it depends on the outlet,
     * the date and the lexicon only): when office_known is set, office_row
     * is its answer */
    int office_known;
    const lex_entry *office_row;
    /* the words the item writes in lower case: an open-addressing table of
     * their hashes with how often each occurs (1, or 2 for more), built on
     * first use (lower_elsewhere in mentions.c); NULL until then */
    uint64_t *lower_words;
    uint8_t *lower_counts;
    size_t lower_mask;
    /* the tokens of each folded word in text order, built on first use
     * (same_word_index in mentions.c; NULL until then, or out of memory):
     * same_first[t] is the first token of t's word, same_next[t] the next
     * one after t or UINT32_MAX */
    uint32_t *same_first, *same_next;
    /* the tokens a country's name may open (category LEX_COUNTRY), in text
     * order, listed at the first country entity (country_as_spelled in
     * mentions.c); NULL until then */
    uint32_t *country_toks;
    size_t n_country_toks;
    /* entities by kind and key, and people and bodies by the first word of
     * their names, people by whole name (mentions.c): lookups that do not
     * scan every entity */
    struct ent_index *ent_by_key, *ent_by_first, *ent_by_name;
    /* people of names of more words by those words run together
     * ("VladimirPutin"): glued_person() */
    struct ent_index *ent_by_glued;
    /* bodies by each word of their names: org_with_word() */
    struct ent_index *ent_by_word;
    /* mentions by sentence, in mention order (resolve_mentions): those of
     * sentence s are sent_ments[sent_ment_start[s] .. sent_ment_start[s+1]);
     * NULL when not built */
    uint32_t *sent_ment_start, *sent_ments;
    /* the tokens' last_mention fields hold for the first ment_index_n
     * mentions (index_mentions_by_token in mentions.c); read them only
     * while ment_indexed and no mention was added since */
    int ment_indexed;
    size_t ment_index_n;
    /* role_matches answers by the pair of strings asked (mentions.c); NULL
     * until first use */
    struct role_memo *role_memo;
    /* meetings.c, on first use: 1 when the body reads as the outlet's
     * principal's own words ("I held talks with ..." in an address), 2 when
     * not (transcript turns, another author in the title); 0 unknown */
    int own_words;
    /* signings.c, on first use: transcript_start() + 1 (meetings and
     * signings both ask); 0 unknown */
    uint32_t transcript_at;
    /* meetings.c, on first use: the item's meetings in text order, for the
     * look backs to the last one (meet_last); NULL until then */
    struct meet_index *meet_ix;
    /* signings.c, from the start of its pass: the list's first signing
     * (the meetings come before it) */
    size_t sign_first;
    /* events.c, on first use (lead_opening_day): the day the body's lead
     * opens with or -1, its sentence or UINT32_MAX, and whether it opens
     * with a span of the past ("Last week,"); lead_open_known when set */
    int lead_open_known, lead_open_past;
    day_t lead_open_day;
    uint32_t lead_open_sent;
} doc;

/* segment.c */
/* Tokenize text[0..len) into an arena array.  Returns 0, or -1 on arena
 * exhaustion. */
int tokenize(arena *mem, const char *text, size_t len, token **toks, size_t *ntoks);
/* Fill lower-case forms and lexicon matches of every token. */
int annotate_lexicon(doc *d);
/* Sentences, paragraphs and quotation spans. */
nsv_code segment(doc *d, nsv_error *err);
/* The first token of [lo, hi) that starts at or after byte off (hi when
 * none): the tokens are in text order, so it is found by bisection. */
static inline uint32_t first_tok_from(const doc *d, uint32_t lo, uint32_t hi, uint32_t off)
{
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (d->toks[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* mentions.c */
nsv_code find_mentions(doc *d, nsv_error *err);
/* Resolve pronouns and descriptions to entities, in text order.
 * NSV_ERR_NOMEM (with err set) when memory ran out naming a body a
 * description stands for ("the government", "the airline"). */
nsv_code resolve_mentions(doc *d, nsv_error *err);
/* mention_at() by a search over the mentions. */
int mention_at_searched(const doc *d, uint32_t t);
/* The mention covering token t, or -1.  Asked at every turn of the rules:
 * inline, the tokens' index (last_mention) when it holds for the
 * mentions as they are, else the search. */
static inline int mention_at(const doc *d, uint32_t t)
{
    if (d->ment_indexed && d->ment_index_n == d->nments && t < d->ntoks) {
        int32_t k = d->toks[t].last_mention;
        return k >= 0 && t < d->ments[k].tok_end ? k : -1;
    }
    return mention_at_searched(d, t);
}
/* The lowest person whose name of more words, spaces dropped, reads
 * w[0..n) ("VladimirPutin"), or -1. */
int glued_person(const doc *d, const char *w, size_t n);
/* The lowest country entity named `canon` exactly, or -1 (none added). */
int first_country(const doc *d, const char *canon);
/* Is token i a sentence's first word that ranks the staff of the known body
 * after it ("Senior White House officials"), no word of the body's name? */
int rank_before_staff(const doc *d, uint32_t i);
/* Normalised text of tokens [from, to), in the arena: single spaces where the
 * text had any white space (line breaks too), nothing where tokens touch; the
 * form every name of a mention takes.  NULL when memory ran out. */
const char *span_text(doc *d, uint32_t from, uint32_t to);
/* How many mentions start before token t (the index of the first that does
 * not): where a look-back over the mentions before t starts. */
size_t mentions_before(const doc *d, uint32_t t);
/* The index of the first mention after the headline and dateline (the
 * lead sentence's first), or nments. */
size_t first_body_mention(const doc *d);
/* The item's lead sentence: the sentence of the first body mention (a wire
 * dateline the segmenter split off, "GREELEY, Colo.", names no one), or
 * UINT32_MAX when the body names no one. */
uint32_t lead_sentence(const doc *d);
/* The entity of the country with canonical name `name`, added if new. */
int country_entity(doc *d, const char *name);
/* The body entity named by the text of tokens [from, to) (a meeting's own
 * name: "Summit of the Americas"), added if new; -1 when memory ran out. */
int span_body_entity(doc *d, uint32_t from, uint32_t to);
/* The entity of the body named `name`, added if new. */
int body_entity(doc *d, const char *name);
/* The gender (W_PRONOUN_M or _F) the first name of `name` tells, or 0. */
uint32_t given_name_gender(const doc *d, const char *name);
/* The gender mention m gives (its honorific or title, else its entity's first
 * name), or 0. */
uint32_t mention_gender(const doc *d, int m);
/* Is mention m a news outlet (organizations.tsv kind "outlet")? */
int outlet_mention(const doc *d, int m);
/* Is mention m a holy text (organizations.tsv kind "scripture")? */
int scripture_mention(const doc *d, int m);
/* The entity of the person with full name `name` (surname: its last word),
 * added if new. */
int named_person_entity(doc *d, const char *name, const char *role, const char *country);
/* The gender a title word's ending tells ("spokeswoman"), or 0. */
uint32_t title_word_gender(const token *t);
/* Is `name` a body that is no business (a ministry, a commission)? */
int public_body(const doc *d, const char *name);
/* Is entity ent a named body that "the company" or "the companies" may stand
 * for (no public body: a ministry, a commission)? */
int business_entity(const doc *d, int ent);
/* The name of the person mention p resolves to when nothing but
 * capitalised words made it a person (no honorific, office or country):
 * "Umbro said", "McDonnell Douglas said" may be bodies.  Else NULL. */
const char *bare_person_name(const doc *d, const mention *p);
/* Is person mention j a name of two or more capitalised words read as a
 * person only because no list knows it ("Standard Life", "Hyundai Motor"):
 * no first name or title among its words, a clause's subject right before
 * an auxiliary or a speech cue, and no honorific or "he"/"she" for it
 * nearby?  It may be a firm. */
int firm_like_name(const doc *d, size_t j);
/* Does a speech cue follow from token v, past adverbs and auxiliaries
 * ("Valeo has also said"), before token limit? */
int speech_follows(const doc *d, uint32_t v, uint32_t limit);
/* The business "the company" stands for at token t, as a mention, or -1. */
int business_before(const doc *d, uint32_t t);
/* Is token t "spokesman", "spokeswoman" or "spokesperson" (the title
 * lexicon's Spokesperson row, not "press secretary")? */
int spokes_word(const doc *d, uint32_t t);
/* Does the role (canonical, with `canonical`) or role word carry the
 * titles.tsv mark(s) `marks` (TITLE_*)? */
int role_marked(const nsv_lexicon *lex, const char *role, uint64_t marks, int canonical);
/* The first businesses (up to max, each once; no news outlet, nor a
 * spokesperson's body) the lead sentence of the item's body names before
 * token t: their mentions go to ments; returns how many. */
int lead_businesses(const doc *d, uint32_t t, int *ments, int max);
/* The office-holder row of the item's outlet on its date ("Vladimir Putin"
 * for a kremlin.ru item of 2019), or NULL. */
const lex_entry *outlet_office(const doc *d);
/* The country of the person `name` when the outlet's office (its
 * outlet_office() row) is theirs, else NULL. */
static inline const char *holder_country(const lex_entry *office, const char *name)
{
    return office && office->canon && name && !strcmp(office->canon, name) ? office->extra2 : NULL;
}
/* Is e an office-holder row (configs/lexicon/office_holders.tsv) of the
 * item's outlet on its date?  An undated item matches any date when
 * `undated` is set, none otherwise. */
static inline int outlet_row(const doc *d, const lex_entry *e, int undated)
{
    if (e->cat != LEX_OFFICE || !d->source.ptr || strlen(e->extra) != d->source.len ||
        memcmp(e->extra, d->source.ptr, d->source.len))
        return 0;
    if (d->published < 0)
        return undated;
    return d->published >= e->value && (uint64_t)d->published <= e->bits;
}
/* The first row of lookup chain e that organizations.tsv marks a
 * "presidency" of country cty ("White House", "the Administration" of the
 * United States: a head of state's own office), or NULL. */
static inline const lex_entry *presidency_row(const lex_entry *e, const char *cty)
{
    for (; e; e = e->next)
        if (e->cat == LEX_ORG && e->extra2 && !strcmp(e->extra2, "presidency") && e->extra &&
            !strcmp(e->extra, cty))
            return e;
    return NULL;
}

/* dates.c */
day_t days_from_civil(int y, int m, int d);
void civil_from_days(day_t z, int *y, int *m, int *d);
/* Token t as a plain number (digits only, at most 100000): 1 and *value,
 * else 0. */
int tok_number(const doc *d, uint32_t t, int *value);
/* Parse "YYYY-MM-DD" (first 10 bytes); -1 when not a date. */
day_t parse_iso_date(const char *s, size_t len);
/* The day a sentence's time expressions give for an event in it, given the
 * tokens [from, to); -1 when none or not a resolvable day; *background set
 * when the sentence places the event in the past without a day. */
day_t sentence_date(const doc *d, uint32_t from, uint32_t to, int *background);
/* How a sentence's day was read: fixed (a full date, "today", "next
 * Friday"), a month-and-day without a year, or a bare weekday (those two
 * resolved backwards, as for a reported event).  DAY_RANGE is added when
 * the day opens a span ("June 23-24"): it tells past from coming, but a
 * span is no event's day. */
enum { DAY_FIXED = 0, DAY_YEARLESS = 1, DAY_WEEKDAY = 2, DAY_RANGE = 4 };
/* A planned yearless day more than this before the published date is next
 * year's. */
#define PLANNED_LOOKBACK_DAYS 183
/* sentence_date, and how the day was read (*kind); with titles set it
 * leaves out the dates a document's title carries after "of" or "for"
 * ("the agreement of December 23, 1994", "a programme for 2013-2017"):
 * they date the document, not its signing. */
day_t event_sentence_date(const doc *d, uint32_t from, uint32_t to, int *background, int titles,
                          int *kind);
/* The day of a planned event whose day was read as `kind`: forward from the
 * published date instead of back. */
day_t planned_day(const doc *d, day_t day, int kind);
/* Find the dateline at the start of the text: city, date, agency. */
void parse_dateline(doc *d, const nsv_item *item);

/* normalize.c */
/* Fill err for an item whose working memory passed limits->arena_bytes_cap;
 * every stage reports it the same way.  Returns NSV_ERR_NOMEM. */
nsv_code out_of_memory(const nsv_limits *limits, nsv_error *err);

/* statements.c */
/* The speaker of a transcript turn whose colon is token c of sentence s: the
 * person or title mention ending where the name ends, at the colon or at a
 * short parenthesis before it ("President of China Xi Jinping
 * (retranslated):"), or -1.  *name_end (if not NULL) gets where the name
 * ends. */
int turn_speaker(const doc *d, const sentence *s, uint32_t c, uint32_t *name_end);

/* Does a preposition govern speaker mention x before a colon in sentence s
 * ("a question for President Putin:", "connected to Direct Line:")?  Then
 * the colon opens a list or someone else's words, not x's turn. */
int governed_turn_label(const doc *d, const sentence *s, const mention *x);

/* signings.c */
/* The token where the item's transcript begins (its first turn: "Vladimir
 * Putin: Mr President, ..."), or d->ntoks.  What the speakers report in it
 * is direct speech.  Found once per item. */
uint32_t transcript_start(doc *d);
/* The first sentence from k on whose cues the meeting and signing stages
 * read, or d->nsents: one that opens before the transcript (a speaker's
 * words there are direct speech, no events of their own: the guide's rule
 * for quotations) and lies not wholly between the title and the body (a
 * dateline, a sub-headline). */
size_t next_cue_sentence(doc *d, size_t k);

/* helpers */
/* The first byte of the item's body: past the title ("title\n\n") and the
 * dateline, whichever ends later. */
static inline size_t body_offset(const doc *d)
{
    return d->body_start > d->title_len ? d->body_start : d->title_len;
}

/* The first token of [from, to) in the body, or to: past a title or wire
 * dateline the sentence opens with ("MOSCOW, May 5 (Reuters) - The ..."). */
static inline uint32_t body_tok(const doc *d, uint32_t from, uint32_t to)
{
    size_t body = body_offset(d);
    while (from < to && d->toks[from].start < body)
        from++;
    return from;
}

/* Is byte `off` in the text between the title and the end of the dateline
 * (the dateline itself, or a sub-headline before it)?  Such text names no
 * events of its own; the title does. */
static inline int before_body(const doc *d, size_t off)
{
    return off >= d->title_len && off < d->body_start;
}

/* Does `name` hold the word or words w whole, case-folded ("Kenya" in
 * "Kenya Ports Authority", "association" in "Securities Industry
 * Association")?  No for a NULL name or an empty w. */
static inline int name_has_word(const char *name, const char *w)
{
    size_t wl = strlen(w);
    if (!wl)
        return 0;
    for (const char *p = name; p && *p; p++)
        if ((p == name || p[-1] == ' ') && !strncasecmp(p, w, wl) &&
            (p[wl] == '\0' || p[wl] == ' '))
            return 1;
    return 0;
}

/* Is token t (if any) punctuation opening with byte c (the ellipsis "..."
 * for '.')? */
static inline int is_char(const doc *d, uint32_t t, char c)
{
    return t < d->ntoks && (d->toks[t].flags & T_PUNCT) && d->text[d->toks[t].start] == c;
}

/* Does a subject starting at token t open its clause: t is at or before
 * `from` (where the sentence's words start), or a comma or a word of the
 * words.tsv classes `bits` stands right before it?  Callers walk back over
 * what may stand before their subject first (an article, titles) and add
 * their own openers ("and", a dateline's dash). */
static inline int opens_clause_after(const doc *d, uint32_t t, uint32_t from, uint64_t bits)
{
    return t <= from || is_char(d, t - 1, ',') || (d->toks[t - 1].word_bits & bits);
}

/* "$", "£", "€": a currency sign opening an amount. */
static inline int is_currency(const doc *d, uint32_t t)
{
    const token *k = &d->toks[t];
    size_t n = k->end - k->start;
    const char *p = d->text + k->start;
    return (n == 1 && *p == '$') || (n == 2 && !memcmp(p, "\xc2\xa3", 2)) ||
           (n == 3 && !memcmp(p, "\xe2\x82\xac", 3));
}

/* Dashes as tokens.  Three tests, as the rules need them: */
/* An en or em dash, spaced or not ("USAID–Ministry of Finance"); no hyphen. */
static inline int en_or_em_dash(const doc *d, uint32_t t)
{
    const token *k = &d->toks[t];
    return (k->flags & T_PUNCT) && k->end - k->start == 3 &&
           !memcmp(d->text + k->start, "\xe2\x80", 2) &&
           ((unsigned char)d->text[k->start + 2] == 0x93 ||
            (unsigned char)d->text[k->start + 2] == 0x94);
}

/* A hyphen, en dash or em dash, spaced or not. */
static inline int hyphen_or_dash(const doc *d, uint32_t t)
{
    const token *k = &d->toks[t];
    return ((k->flags & T_PUNCT) && k->end - k->start == 1 && d->text[k->start] == '-') ||
           en_or_em_dash(d, t);
}

/* A hyphen with no space on either side, inside a compound ("NATO-Russia",
 * "long-term")? */
static inline int tight_hyphen(const doc *d, uint32_t t)
{
    return is_char(d, t, '-') && t + 1 < d->ntoks && !(d->toks[t].flags & T_SPACE_BEFORE) &&
           !(d->toks[t + 1].flags & T_SPACE_BEFORE);
}

/* A hyphen, en dash or em dash with white space before it: one that sets a
 * phrase off (" - "), not a hyphen inside a compound. */
static inline int spaced_hyphen_or_dash(const doc *d, uint32_t t)
{
    return (d->toks[t].flags & T_SPACE_BEFORE) && hyphen_or_dash(d, t);
}

/* An apostrophe as a token of its own, straight or curly ("Workers'",
 * "President Marcos' announcement")? */
static inline int apostrophe(const doc *d, uint32_t t)
{
    const token *k = &d->toks[t];
    return (k->flags & T_PUNCT) &&
           ((k->end - k->start == 1 && d->text[k->start] == '\'') ||
            (k->end - k->start == 3 && !memcmp(d->text + k->start, "\xe2\x80\x99", 3)));
}

/* Does token k open a line of the text (a newline anywhere in the gap
 * before it, however long)? */
static inline int line_start(const doc *d, uint32_t k)
{
    if (k == 0)
        return 1;
    for (uint32_t b = d->toks[k - 1].end; b < d->toks[k].start; b++)
        if (d->text[b] == '\n')
            return 1;
    return 0;
}

/* "For his part, X noted", "In his turn, Mr Watts": a sentence opening
 * at t with a capitalised preposition, a possessive and a noun set off by
 * a comma turns to its subject after them.  The token after the comma, or
 * t when there is no such phrase (not "In 2001, X won": no possessive). */
static inline uint32_t turn_opener_end(const doc *d, uint32_t t, uint32_t limit)
{
    if (t + 4 < limit && (d->toks[t].word_bits & W_PREP) && (d->toks[t].flags & T_CAP) &&
        (d->toks[t + 1].word_bits & W_POSSESSIVE) && (d->toks[t + 2].flags & T_WORD) &&
        is_char(d, t + 3, ','))
        return t + 4;
    return t;
}

/* Where the verb group ending at token t starts: back over adverbs and
 * auxiliaries ("has also signed", "was quoted"), not before token from. */
static inline uint32_t verb_group_start(const doc *d, uint32_t t, uint32_t from)
{
    while (t > from && (d->toks[t - 1].word_bits & (W_ADVERB | W_AUX)))
        t--;
    return t;
}

/* The first token from t past adverbs and auxiliaries ("has also said":
 * "said"), not past limit: verb_group_start() the other way. */
static inline uint32_t skip_aux(const doc *d, uint32_t t, uint32_t limit)
{
    while (t < limit && (d->toks[t].word_bits & (W_ADVERB | W_AUX)))
        t++;
    return t;
}

/* Does token t read as an -ing form: five letters or more, ending in "ing"
 * ("saying", "hosting"; not "king", "sing")? */
static inline int ing_form(const token *t)
{
    return t->lower_len > 4 && !memcmp(t->lower + t->lower_len - 3, "ing", 3);
}

/* Does token t end in "ed", as a past form or participle does ("signed",
 * "aimed")?  Callers add the length they need ("red", "bed" are none). */
static inline int ed_ending(const token *t)
{
    return t->lower_len >= 2 && !memcmp(t->lower + t->lower_len - 2, "ed", 2);
}

/* Does token t end in a third-person -s ("signs", "adds"), not in "ss"
 * ("stress", "press")?  Callers add the length they need ("is", "as"). */
static inline int present_s_ending(const token *t)
{
    return t->lower_len >= 2 && t->lower[t->lower_len - 1] == 's' &&
           t->lower[t->lower_len - 2] != 's';
}

/* Is token k a bare apostrophe glued to a plural before it ("Workers'",
 * "Leaders'")? */
static inline int plural_apostrophe(const doc *d, uint32_t k)
{
    if (k == 0 || (d->toks[k].flags & T_SPACE_BEFORE) || !apostrophe(d, k))
        return 0;
    const token *w = &d->toks[k - 1];
    return (w->flags & T_WORD) && w->end > w->start &&
           (d->text[w->end - 1] == 's' || d->text[w->end - 1] == 'S');
}

/* Does token t end in a plural -s ("figures", "the Democrats"), not in
 * "ss", "us" or "is" ("Congress", "Airbus", "Paris"), nor as a word of
 * three letters or fewer ("gas", "bus")? */
static inline int plural_s_ending(const token *t)
{
    size_t n = t->lower_len;
    return n > 3 && t->lower[n - 1] == 's' && t->lower[n - 2] != 's' && t->lower[n - 2] != 'u' &&
           t->lower[n - 2] != 'i';
}

/* Is token t's folded text `lower`?  Called with literals: their length is
 * known at compile time, and comparing it first answers most calls without
 * reading the text. */
static inline __attribute__((always_inline)) int tok_is(const token *t, const char *lower)
{
    size_t n = strlen(lower);
    if (t->lower_len != n)
        return 0;
    /* (a loop over a literal's bytes unrolls: no memcmp call) */
    for (size_t i = 0; i < n; i++)
        if (t->lower[i] != lower[i])
            return 0;
    return 1;
}

/* A bare "the two": a two-word group mention whose second word is "two",
 * naming no office its members hold (the parties of the meeting just
 * reported, not the last two people named). */
static inline int bare_two(const doc *d, const mention *m)
{
    return m->kind == M_GROUP_DESC && m->tok_end - m->tok_start == 2 &&
           tok_is(&d->toks[m->tok_start + 1], "two");
}

/* The entry of category `cat` of token t's own word (its one-word phrase),
 * not of a longer phrase the word opens; NULL when it has none. */
static inline const lex_entry *tok_word_entry(const token *k, lex_cat cat)
{
    for (const lex_match *m = k->matches; m; m = m->next) {
        if (m->nwords == 1)
            return lex_find(m->entry, cat);
    }
    return NULL;
}

static inline const lex_entry *word_entry(const doc *d, uint32_t t, lex_cat cat)
{
    return tok_word_entry(&d->toks[t], cat);
}

/* Is token k's own word of words.tsv class `cls` (a W_* bit) with value
 * `value`? */
static inline int word_class_value(const token *k, uint64_t cls, int value)
{
    if (!(k->word_bits & cls))
        return 0;
    const lex_entry *e = tok_word_entry(k, LEX_WORD);
    return e && e->value == value;
}

/* May token k stand right after a speech verb as its adverb ("said
 * later that", "stressed again")?  Not one of the ADVERB_BEFORE_VERB words,
 * which open the content there ("said instead of X"). */
static inline int adverb_after_verb(const token *k)
{
    return (k->word_bits & W_ADVERB) && !word_class_value(k, W_ADVERB, ADVERB_BEFORE_VERB);
}

/* Is token k "official" or "officer" (words.tsv unnamed value
 * UNNAMED_STAFF_ONE): one of a named body's people? */
static inline int staff_one_word(const token *k)
{
    return word_class_value(k, W_UNNAMED, UNNAMED_STAFF_ONE);
}

/* Is token k "officials" or "executives" (words.tsv unnamed value
 * UNNAMED_STAFF): a named body's people, who speak for it? */
static inline int staff_word(const token *k)
{
    return word_class_value(k, W_UNNAMED, UNNAMED_STAFF);
}

/* Is token k a body's members or one member ("members", "backbenchers",
 * "MPs", "member": words.tsv unnamed UNNAMED_MEMBERS, nonname
 * NONNAME_MEMBER): other people than the body's voice? */
static inline int member_word(const token *k)
{
    return word_class_value(k, W_UNNAMED, UNNAMED_MEMBERS) ||
           word_class_value(k, W_NONNAME, NONNAME_MEMBER);
}

/* Is token k "has", "have" or "had" (words.tsv aux value AUX_PERFECT)? */
static inline int perfect_aux(const token *k)
{
    return word_class_value(k, W_AUX, AUX_PERFECT);
}

/* Token t stepped back over the adverbs right before it that are no
 * auxiliary ("has also signed", "announced jointly that"), never below
 * floor: where the words before a verb start. */
static inline uint32_t before_adverbs(const doc *d, uint32_t t, uint32_t floor)
{
    while (t > floor && (d->toks[t - 1].word_bits & W_ADVERB) &&
           !(d->toks[t - 1].word_bits & W_AUX))
        t--;
    return t;
}

/* Is token k the indefinite article "a" or "an" (words.tsv det value
 * DET_INDEFINITE)? */
static inline int indefinite_article(const token *k)
{
    return word_class_value(k, W_DET, DET_INDEFINITE);
}

/* Is token k the definite article "the" (words.tsv det value
 * DET_DEFINITE)? */
static inline int definite_article(const token *k)
{
    return word_class_value(k, W_DET, DET_DEFINITE);
}

/* Is token k a word that makes its noun one of many, no one named: "a",
 * "an", "another", "one" ("an official said", "one analyst told Reuters")? */
static inline int one_of_many_word(const token *k)
{
    return indefinite_article(k) || tok_is(k, "another") || tok_is(k, "one");
}

/* Is token t a modal auxiliary by itself ("will", "may"; modality.tsv's
 * "modal" mark)?  Its own one-word phrase is asked, not the longest one
 * ("would like to" is no modal, "would" is); a capitalised month ("May")
 * still is: callers then find no modality at t (tok_lex). */
static inline int modal_word(const doc *d, uint32_t t)
{
    const lex_entry *e = word_entry(d, t, LEX_MODALITY);
    return e && (e->bits & MOD_MODAL);
}

/* The tense of token t as a finite form of "be" (words.tsv: BE_PRESENT for
 * "is", "are", "am", BE_PAST for "was", "were"), or 0 ("been", other words). */
static inline int be_tense(const doc *d, uint32_t t)
{
    if (!(d->toks[t].word_bits & W_BE))
        return 0;
    const lex_entry *e = word_entry(d, t, LEX_WORD);
    return e ? e->value : 0;
}

/* Do tokens t and t + 1 report an event as having happened: "took place",
 * "was held", "were held" (be_tense BE_PAST)?  The caller keeps t + 1
 * inside its sentence. */
static inline int held_phrase(const doc *d, uint32_t t)
{
    return (tok_is(&d->toks[t], "took") && tok_is(&d->toks[t + 1], "place")) ||
           (tok_is(&d->toks[t + 1], "held") && be_tense(d, t) == BE_PAST);
}

/* The entry of category `cat` of the longest phrase starting at token t, or
 * NULL; *nwords gets the phrase length.  Inline: most calls ask a token
 * that has no entry of the kind, which the category bits answer at once. */
const lex_entry *tok_lex_slow(const doc *d, uint32_t t, lex_cat cat, unsigned *nwords);
static inline const lex_entry *tok_lex(const doc *d, uint32_t t, lex_cat cat, unsigned *nwords)
{
    if (t >= d->ntoks || !(d->toks[t].cats & (1u << cat)))
        return NULL;
    return tok_lex_slow(d, t, cat, nwords);
}

/* Does token t open a country's name or demonym ("Russia", "Russian")? */
static inline int is_state_word(const doc *d, uint32_t t)
{
    return tok_lex(d, t, LEX_COUNTRY, NULL) || tok_lex(d, t, LEX_DEMONYM, NULL);
}

/* The length in tokens of the longest phrases.tsv phrase of `role`
 * (enum phrase_role) at token t that ends at or before token `end` (the
 * sentence's end, say); 0 when none.  The lexicon's matches at t, longest
 * first, are walked: no text is compared here. */
static inline unsigned phrase_at(const doc *d, uint32_t t, uint32_t end, int role)
{
    if (t >= d->ntoks || t >= end || role < 0 || role >= PHRASE_ROLE_COUNT ||
        !(d->toks[t].phrase_roles & PHRASE_ROLE_HINT(role)))
        return 0;
    for (const lex_match *m = d->toks[t].matches; m; m = m->next) {
        if (!(m->cats & (1u << LEX_PHRASE)) || t + m->nwords > end)
            continue;
        for (const lex_entry *e = m->entry; e; e = e->next)
            if (e->cat == LEX_PHRASE && e->value == role)
                return m->nwords;
    }
    return 0;
}

/* Which of the phrases.tsv roles in `want` (a mask, bit PHRASE_BIT(role)) have a
 * phrase at token t that ends at or before `end`: the mask of those present,
 * 0 when none.  One walk of t's matches answers a loop that asks several
 * roles of every token, where phrase_at per role would walk them each time;
 * phrase_at then gives the length for the few roles present. */
#define PHRASE_BIT(role) (UINT64_C(1) << (role))
_Static_assert(PHRASE_ROLE_COUNT <= 64, "phrase roles fit a 64-bit mask");
static inline uint64_t phrase_roles_at(const doc *d, uint32_t t, uint32_t end, uint64_t want)
{
    uint64_t found = 0;
    /* want's roles folded as PHRASE_ROLE_HINT folds them */
    uint32_t hint = (uint32_t)want | (uint32_t)(want >> 32);
    if (t >= d->ntoks || t >= end || !(d->toks[t].phrase_roles & hint))
        return 0;
    for (const lex_match *m = d->toks[t].matches; m; m = m->next) {
        if (!(m->cats & (1u << LEX_PHRASE)) || t + m->nwords > end)
            continue;
        for (const lex_entry *e = m->entry; e; e = e->next)
            if (e->cat == LEX_PHRASE && e->value >= 0 && e->value < PHRASE_ROLE_COUNT)
                found |= want & PHRASE_BIT(e->value);
    }
    return found;
}

/* Past "his deputies" (phrases.tsv staff_of) and a comma after it at token t,
 * inside a list of parties: the people under the party before, who name no
 * party of their own ("X, his deputies A and B", "X and his deputies, Y").
 * t itself when no such words stand there. */
static inline uint32_t past_staff_words(const doc *d, uint32_t t, uint32_t end)
{
    unsigned staff = phrase_at(d, t, end, PHRASE_STAFF_OF);
    if (!staff)
        return t;
    uint32_t past = t + staff;
    if (past < end && is_char(d, past, ','))
        past++;
    return past;
}

/* Does "according to" (speech_cues.tsv class according, two words) end
 * right before token t: is t the source of the words? */
static inline int according_to_before(const doc *d, uint32_t t)
{
    unsigned nw = 0;
    const lex_entry *a = t >= 2 ? tok_lex(d, t - 2, LEX_SPEECH, &nw) : NULL;
    return a && a->value == SPEECH_ACCORDING && nw == 2;
}

/* "Mexico City", "Kuwait City": a capital named after its country, at
 * token t, that runs past the country mention x took there.  Fills *name
 * and *country. */
static inline int capital_past_country(const doc *d, uint32_t t, const mention *x,
                                       const char **name, const char **country)
{
    unsigned cn = 0;
    const lex_entry *capital = tok_lex(d, t, LEX_CAPITAL, &cn);
    if (!capital || !capital->canon || t + cn <= x->tok_end)
        return 0;
    *name = capital->canon;
    *country = capital->extra;
    return 1;
}

/* Does a passive of heading (words.tsv by BY_HEADED: "led by", "headed
 * by") open at token t? */
static inline int headed_by(const doc *d, uint32_t t)
{
    unsigned nw = 0;
    const lex_entry *w = tok_lex(d, t, LEX_WORD, &nw);
    return w && nw == 2 && (w->bits & W_PASSIVE_BY) && w->value == BY_HEADED;
}

/* Is the canonical role (titles.tsv) of the longest title at token t
 * `role` ("Spokesperson", "Correspondent")? */
static inline int title_role_is(const doc *d, uint32_t t, const char *role)
{
    const lex_entry *e = tok_lex(d, t, LEX_TITLE, NULL);
    return e && e->canon && !strcmp(e->canon, role);
}

#endif
