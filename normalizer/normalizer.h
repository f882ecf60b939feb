/* normalizer.h - private state of the normalizer and the event stages. */
#ifndef NSV_NORMALIZER_H
#define NSV_NORMALIZER_H

#include "arena.h"
#include "doc.h"
#include "newsev.h"

/* A readout's roster names up to some 60 people (convenings of state
 * legislators and mayors): all of them are parties. */
#define MAX_PARTIES 64

/* An event while the rules build it: the public record plus what merging
 * and date resolution need. */
typedef struct ev_draft {
    nsv_event ev;
    int ents[MAX_PARTIES]; /* entity per participant, -1 for unresolved */
    int nents;
    int speaker_ent;     /* statement speaker entity, or -1 */
    int speaker_mention; /* the mention that named the speaker, or -1 */
    uint32_t sent;       /* sentence of the cue */
    uint32_t cue_tok;    /* the cue token */
    day_t day;           /* resolved date or -1 */
    int day_kind;        /* how the day was read (DAY_*): a planned event's goes forward */
    int background;      /* placed in the past without a day */
    int multilateral;    /* a summit or session with a group */
    int subordinate;     /* statement inside a subordinate clause */
    int embedded;        /* speaker named inside another's reported words ("X said Y told") */
    int open_group;      /* meeting with an unnamed group: one named party is enough */
    int convening;       /* a convening verb's meeting ("convened stakeholders") */
    int topic_chair;     /* a person's meeting on a topic ("X held a meeting on Y"): open group */
    /* 1 + the entity of the unnamed group an open-group meeting met, named
     * by its region or people ("Caribbean leaders"); 0 none.  A party only
     * when the meeting keeps one named party to the end (finish_events) */
    int group_ent1;
    int topic;        /* named only as a topic ("the results of the X-Y summit") */
    int implied_host; /* a headline's host left unnamed ("Meeting with X" of a presidency) */
    const char *visit_place, *visit_country; /* where a visit puts the meeting, if no place */
    int indefinite; /* signing verb with "a"/"another" document: a new one */
    int also;       /* "has also signed", "Also signed was": another document */
    int merged;     /* another record was merged into this one */
    int batch;      /* signing of a bare batch ("a package of documents") */
    int plural;     /* a bare plural document ("bilateral agreements") */
    /* a signing rule whose clause has no signatory as its subject (passive,
     * inverted, items listed after a batch): the signatories may come from
     * a batch signed before it */
    int signatoryless;
    int decree; /* its document is a decree or executive order (documents.tsv mark decree) */
    int transcript_turn; /* a turn of a transcript ("NAME: words") */
    /* a joint statement whose speakers a roster names after it: 1 + the
     * index of that meeting (roster_joint_statements), else 0 */
    size_t roster_meet;
    /* a statement's content, bytes [content_start, content_end) of the text
     * (empty: none yet), copied into ev.quote only for the events kept: the
     * drafts of a long sentence of many cues each span most of it */
    uint32_t content_start, content_end;
    int dropped;
} ev_draft;

typedef struct ev_list {
    ev_draft *v;
    size_t n, cap;
} ev_list;

struct nsv_normalizer {
    const nsv_lexicon *lex;
    nsv_limits limits;
    arena decode_mem; /* per item: decoded fields; reset by nsv_decode */
    arena mem;        /* per item: annotation and events; reset by nsv_normalize */
    nsv_event *events;
    size_t nevents;
    char *out; /* owned: the last record nsv_encode_event wrote */
    size_t out_cap;
};

void normalizer_reset(nsv_normalizer *n);
size_t utf8_invalid_at(const char *s, size_t len);

/* Length of the valid UTF-8 sequence that starts with the non-ASCII byte
 * p[0], or 0 when it is invalid (bad lead byte, truncated, bad continuation,
 * overlong form, surrogate or beyond U+10FFFF). */
static inline size_t utf8_seq(const unsigned char *p, size_t avail)
{
    unsigned char c = p[0];
    if (c >= 0xC2 && c <= 0xDF) {
        return avail >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0;
        if (c == 0xE0 && p[1] < 0xA0) /* overlong */
            return 0;
        if (c == 0xED && p[1] >= 0xA0) /* surrogate */
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && p[1] < 0x90) /* overlong */
            return 0;
        if (c == 0xF4 && p[1] >= 0x90) /* beyond U+10FFFF */
            return 0;
        return 4;
    }
    return 0; /* continuation byte, 0xC0, 0xC1 or 0xF5..0xFF */
}

/* events.c */
ev_draft *ev_new(doc *d, ev_list *l, nsv_event_type type, uint32_t cue_tok, const char *rule);
int ev_add_party(doc *d, ev_draft *e, int entity);
/* Is entity a party of draft e (entity < 0: no)? */
static inline int ev_has_party(const ev_draft *e, int entity)
{
    for (int i = 0; i < e->nents; i++)
        if (e->ents[i] == entity)
            return 1;
    return 0;
}
/* Do drafts a and b have the same parties?  *common: how many they share. */
int same_set(const ev_draft *a, const ev_draft *b, int *common);
/* The token after a date phrase with its commas at t ("on Friday, December
 * 15, 2023"), or t. */
uint32_t date_phrase_end(const doc *d, uint32_t t, uint32_t end);
/* Narrow [*from, *to), the words that date the cue at token `cue`, to leave
 * out a day that opens a noun phrase naming another event ("after the
 * September 11, 2001 attacks"), unless the cue heads it ("the September 9
 * phone call") or a day before it in the range dates the cue anyway. */
void dated_noun_bounds(const doc *d, uint32_t cue, uint32_t *from, uint32_t *to);
/* The modality the words before a cue give it in its clause. */
nsv_modality clause_modality(const doc *d, uint32_t cue_tok, uint32_t clause_start);
/* The same for a meeting's cue, across a short aside between
 * commas ("will, inter alia, meet"), with a modal auxiliary reaching nine
 * words back, and a "far" phrase (modality.tsv) sixteen, up to a
 * punctuation mark other than a compound's hyphen; not for
 * speech verbs, whose content may stand before them with its own negation
 * ("is not strong enough, except for housing, said X"). */
nsv_modality act_modality(const doc *d, uint32_t cue_tok, uint32_t clause_start);
/* "was proud to", "were pleased to", "was particularly honored to" ending
 * right before token t: a praise word (words.tsv) after a past "was" or
 * "were" (not before token from), whose infinitive took place.  Not "is
 * proud to" nor "would be glad to".  The "was"/"were" token, or UINT32_MAX. */
uint32_t past_pleasure(const doc *d, uint32_t t, uint32_t from);
/* Party objects from an entity. */
void party_from_entity(const doc *d, int entity, nsv_party *out);

/* Is mention m a party (resolved person, body, country or group)? */
int party_mention(const doc *d, int m);
/* Does mention m carry a first name before its last word ("Jennifer
 * Klein", "aviation analyst Mike Powell"), not only a title or a
 * description? */
int has_given_name(const doc *d, int m);
/* Is person mention x perhaps a place the gazetteer does not know ("in Rio
 * de Janeiro", "trip to Nizhny Novgorod"): a name with no title, no
 * honorific and no other mention in the item? */
int unknown_place_name(const doc *d, const mention *x);
/* The party mention ending right before token t (adverbs, auxiliaries and an
 * appositive skipped), or -1. */
int party_left(const doc *d, uint32_t t, uint32_t from);
/* party_left, where the appositive may also follow an acronym in parentheses
 * ("The Brelco Workers Union (BWU), the largest union, said"): for speakers;
 * meeting rules keep party_left. */
int party_left_speaker(const doc *d, uint32_t t, uint32_t from);
/* Does token k open a day or month that follows it ("on Friday", "last
 * Friday", "in March", "early March": phrases.tsv day_opener, one word)? */
int day_opener(const doc *d, uint32_t k);
int ly_adverb(const token *p);
int same_outlet(const char *name, nsv_str source);
/* The party mention starting at t (adverbs skipped), or -1. */
int party_right(const doc *d, uint32_t t, uint32_t limit);
/* Is country mention m an adjective before a common noun (looked for
 * before token end), no party? */
int modifier_country(const doc *d, int m, uint32_t end);
/* party_right at t, else after a "the" at t ("met the Foreign Minister"). */
int party_right_the(const doc *d, uint32_t t, uint32_t limit);
/* "X of France": the person mention whose "of <country>" ends at token
 * e, or -1. */
int country_owner(const doc *d, uint32_t e, uint32_t lo);
/* The token after a person's own "of <country>" at token k ("X of
 * Romania", "X of the Netherlands"), before token end; k when none follows. */
uint32_t of_country_end(const doc *d, uint32_t k, uint32_t end);
/* j, or the start of a name's suffix (words.tsv suffix: ", Jr.", " Sr",
 * " II") ending right before j, past token from. */
uint32_t skip_name_suffix(const doc *d, uint32_t j, uint32_t from);
/* a, or the token past a name's suffix (", Jr.", " Sr.") starting at a,
 * before token end: "President Joseph R. Biden, Jr. and King Abdullah II". */
uint32_t past_name_suffix(const doc *d, uint32_t a, uint32_t end);
/* "A, B and C": coordinated party mentions from m in direction dir. */
int coordinated(const doc *d, int m, int dir, uint32_t limit_lo, uint32_t limit_hi, int *out,
                int max);
/* Reuters marks a company with no ticker "<Siemens A.G.>": t, or the token
 * after t when t is such a mark's '<' and a name can follow before limit. */
uint32_t skip_reuters_open_mark(const doc *d, uint32_t t, uint32_t limit);
void ev_add_mention(doc *d, ev_draft *e, int m);
void ev_place(doc *d, ev_draft *e);
/* Where token t (after its "in"/"at") places e, as ev_place reads it; 1 when set. */
int ev_place_at(doc *d, ev_draft *e, uint32_t t);
void ev_date(doc *d, ev_draft *e);

/* statements.c, meetings.c, signings.c */
nsv_code extract_statements(doc *d, ev_list *out, nsv_error *err);
nsv_code extract_meetings(doc *d, ev_list *out, nsv_error *err);
/* "Participants included:" and a list of names: they join the meeting the
 * text named last.  Runs after the other stages, which read a meeting's
 * parties as the text has given them so far. */
void meeting_rosters(doc *d, ev_list *out);
/* After meeting_rosters: a readout's "they" of a call with leaders listed
 * later speaks as the people listed, or not at all. */
void roster_joint_statements(doc *d, ev_list *out);
nsv_code extract_signings(doc *d, ev_list *out, nsv_error *err);
/* The kinds of meeting a look back takes (meet_last): any; an actual one;
 * the bilateral one held that "they" may speak for; such a one not named in
 * passing after a preposition; one a roster joins. */
enum { MEET_ANY, MEET_ACTUAL, MEET_THEY, MEET_THEY_MAIN, MEET_ROSTER, MEET_KINDS };
/* The list index of the last meeting of `kind` (the highest on the list)
 * in sentence `sent` before byte `before`, or in an earlier sentence; -1
 * when none (or no memory for the index).  Questions cost little while
 * they move on through the text (meetings.c). */
long meet_last(doc *d, const ev_list *l, int kind, uint32_t sent, uint32_t before);
/* Makes the index meet_last() reads, if not made yet: 0, or -1 when memory
 * ran out. */
int meet_index_ready(doc *d, const ev_list *l);
/* Is meeting m named in passing, by a noun after a preposition or clause
 * opener ("following the call between A and B")? (meetings.c) */
int meet_in_passing(const doc *d, const ev_draft *m);

/* The entity of the outlet's office holder on the item's date
 * (outlet_office(): "Vladimir Putin" in a kremlin.ru item of 2019), added
 * if the item does not name him yet, at *holder: 1; 0 with *holder -1
 * where the outlet has none; -1 (*holder -1) when memory ran out
 * (meetings.c). */
int outlet_office_person(doc *d, int *holder);
/* Who a headline names as the author of the address below it ("... -
 * address by the President of Ukraine"), or -1; -2 when memory ran out;
 * *salutation set when the headline only closes on him (statements.c). */
int address_author(doc *d, int *salutation);
/* "X is on a working visit to Y. During a meeting with Z, ...": the visit
 * the sentence before states of one of meeting e's parties places it, when
 * nothing else does (meetings.c; finish_events calls it once the parties
 * are known).  0, or -1 when memory ran out. */
int prev_visit_place(doc *d, ev_draft *e);
/* A headline's meeting e with no place: where the body's lead sentence has
 * one of its parties arrive or visit (meetings.c).  0, or -1 when memory
 * ran out. */
int lead_visit_place(doc *d, ev_draft *e);

/* Merge repeats, resolve dates and places, fill ids. */
nsv_code finish_events(doc *d, const nsv_item *item, ev_list *l, nsv_error *err);

/* encode.c */
void event_id(const nsv_item *item, const nsv_event *ev, char out[37]);

#endif
