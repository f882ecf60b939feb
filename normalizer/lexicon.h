/* lexicon.h - the rule data of configs/lexicon/, compiled into hash tables.
 *
 * Every data file is a list of phrases, one per line, with tab-separated
 * columns; '#' starts a comment.  A phrase is tokenized with the same
 * tokenizer as news text and stored lower-cased with single spaces between
 * tokens, so a lookup while scanning an item is one hash probe per token for
 * the first word and one per candidate length after that. */
#ifndef NSV_LEXICON_H
#define NSV_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "newsev.h"

#define LEX_PAIR_BITS (1u << 16)

/* What a phrase means.  One phrase may have several meanings (entries). */
typedef enum lex_cat {
    LEX_WORD = 1,   /* closed-class word: see word_class */
    LEX_ABBREV,     /* abbreviation ending in '.': never ends a sentence */
    LEX_TITLE,      /* person title: see title_class */
    LEX_SPEECH,     /* speech cue: see speech_class */
    LEX_MEETING,    /* meeting cue: see meeting_class */
    LEX_SIGNING,    /* signing cue: see signing_class */
    LEX_DOCUMENT,   /* document noun; canon = document kind, bits = DOC_* marks */
    LEX_MODALITY,   /* modality cue: value = nsv_modality */
    LEX_COUNTRY,    /* country name or alias; canon = country */
    LEX_DEMONYM,    /* "Russian"; canon = country */
    LEX_CAPITAL,    /* capital city; canon = city, extra = country; extra2 = the state it
                       stood for until day `value` (days since 1970), or NULL */
    LEX_PLACE,      /* other city or venue; canon = place, extra = country */
    LEX_ORG,        /* named body; canon = name, extra = country or NULL */
    LEX_GIVEN_NAME, /* common first name: evidence for a person */
    LEX_OFFICE,     /* an outlet's own office holder, keyed by role: canon = name,
                       extra = source, extra2 = country, value..bits = first..last day */
    LEX_BODY_NOUN,  /* body description noun ("the union"): canon = words a fitting
                       body's name holds ('|' list), bits = BODY_* marks, extra =
                       outlet defaults ("BBC News=United Kingdom") */
    LEX_ORG_ADJ,    /* an adjective that names a body before a common noun
                       ("Congressional leaders"): as LEX_ORG (organizations.tsv
                       column 4) */
    LEX_PAST,       /* a past form that says an act took place (modality.tsv):
                       value 1 (PAST_DONE) "done", a journey whose purpose
                       infinitive after it did ("traveled to Kyiv to meet"); 0
                       "past", a cue's own ("met", "signed"); 2 (PAST_BEFORE)
                       "before", an adjective that puts its meeting before the
                       item's day ("the recent summit") */
    LEX_PHRASE,     /* a phrase a rule tests by its role (phrases.tsv): value =
                       phrase_role.  It marks no token's cats: phrase_at asks */
    LEX_CAT_COUNT
} lex_cat;

/* The lex_cat bits a token's cats and a doc's any_cats hold: all but
 * LEX_PHRASE.  A phrases.tsv entry names words rules already test by role,
 * so it makes no word "known" to the rules that ask whether a word is in
 * some list (a token's cats nonzero). */
#define LEX_TOKEN_CATS (~(1u << LEX_PHRASE))

/* words.tsv classes (bits: a word may be several) */
enum word_class {
    W_PRONOUN_M = 1 << 0,    /* he, him, his */
    W_PRONOUN_F = 1 << 1,    /* she, her */
    W_PRONOUN_PL = 1 << 2,   /* they, them, their */
    W_DET = 1 << 3,          /* the, a, this */
    W_WEEKDAY = 1 << 4,      /* value 0=Sunday..6 */
    W_MONTH = 1 << 5,        /* value 1..12 */
    W_RELDAY = 1 << 6,       /* today/yesterday/tomorrow: value = day offset */
    W_AUX = 1 << 7,          /* has, had, was, is... */
    W_ADVERB = 1 << 8,       /* may stand between subject and verb */
    W_BACKGROUND = 1 << 9,   /* earlier, previously, ago: not today */
    W_CONJ = 1 << 10,        /* and, or */
    W_PREP = 1 << 11,        /* in, on, at, with, of... */
    W_NONNAME = 1 << 12,     /* capitalised but never part of a name */
    W_ORG_HEAD = 1 << 13,    /* ministry, committee...: ends an organisation name */
    W_UNNAMED = 1 << 14,     /* sources, officials, experts: unnamed speakers */
    W_GROUP = 1 << 15,       /* leaders, sides, parties, ministers: group heads */
    W_PASSIVE_BY = 1 << 16,  /* "by" */
    W_SUBORD = 1 << 17,      /* that, which, who: clause openers */
    W_NUMBER_WORD = 1 << 18, /* two, both: count in group descriptions */
    W_PARTICLE = 1 << 19,    /* de, van, bin: lower-case inside names */
    W_PLACE_PREP = 1 << 20,  /* in, to, at, from: a following capital is a place */
    W_PERSON_NOUN = 1 << 21, /* colleague, counterpart: a description head */
    W_PRONOUN_N = 1 << 22,   /* it, its: a body or country */
    W_COMPANY = 1 << 23,     /* Corp, Ltd, Inc: a legal form; several may end one name */
    W_ROSTER = 1 << 24,      /* attendees, speakers: who a roster after "included:" names */
    W_ROSTER_VERB = 1 << 25, /* included, include: introduces a roster before ':' */
    W_SIDE_GROUP = 1 << 26,  /* delegations, representatives: stand for their countries */
    W_FIRM = 1 << 27,        /* company, firm, carrier: a business named before */
    W_ATTENDEE = 1 << 28,    /* participants: the people at a summit */
    W_TOPIC = 1 << 29,       /* results, preparations: name a meeting as a topic */
    W_PHASE = 1 << 30,       /* end, conclusion, opening: "at the end of the summit" */
};
/* any personal pronoun: he, she, they, it and their other forms */
#define W_PRONOUN_ANY (W_PRONOUN_M | W_PRONOUN_F | W_PRONOUN_PL | W_PRONOUN_N)
/* above the enum's int range: word_bits is 64 bits wide */
#define W_BE (UINT64_C(1) << 31)          /* is, was, been: a form of "be" (a passive after it) */
#define W_POLITY (UINT64_C(1) << 32)      /* government, administration: a state's ruling body */
#define W_VENUE (UINT64_C(1) << 33)       /* Palace, Residence: ends a venue's name */
#define W_LIGHT_VERB (UINT64_C(1) << 34)  /* hold, conduct: "to hold talks" is an infinitive */
#define W_TRADE (UINT64_C(1) << 35)       /* acquire, sell: what a contract is for */
#define W_PEOPLE (UINT64_C(1) << 36)      /* engineers, traders: a lone one names no one */
#define W_POSSESSIVE (UINT64_C(1) << 37)  /* his, its, their: a determiner, never a subject */
#define W_PUBLIC_BODY (UINT64_C(1) << 38) /* ministry, commission: a body that is no business */
#define W_FIRM_TAIL (UINT64_C(1) << 39)   /* Laboratories, Industries: ends a company's name */
#define W_PRESS (UINT64_C(1) << 40)  /* journalists, media: "met with journalists" is no meeting */
#define W_OUTLET (UINT64_C(1) << 41) /* newspaper, daily, magazine: "X newspaper said" is X */
#define W_OPENER (UINT64_C(1) << 42) /* but, as, some: capitalised, never a name's first word */
#define W_OCCASION                                                                                 \
    (UINT64_C(1) << 43) /* during, in, when: "said this during" places earlier words */
#define W_SETTING (UINT64_C(1) << 44)  /* during, as part of: an opening that holds the event */
#define W_LOOKBACK (UINT64_C(1) << 45) /* since, anniversary of: a past signing looked back on */
#define W_PAPER (UINT64_C(1) << 46)    /* statement, report (value 0); issued (value 1) */
#define W_SEAT (UINT64_C(1) << 47)     /* MP, senator, Democrat: "the Salford MP" is a legislator */
#define W_PRAISE (UINT64_C(1) << 48)   /* thanked, congratulate: "for signing" after it is a fact */
#define W_CREDITOR (UINT64_C(1) << 49) /* creditors, lenders: "X's creditors" are not X */
#define W_STATES (UINT64_C(1) << 50)   /* countries, nations: a group of states, not people */
#define W_NUMERAL (UINT64_C(1) << 51)  /* seventy, nine (value): "Seventy-nine years ago today" */
#define W_BESIDE (UINT64_C(1) << 52)   /* after, ahead of: talks next to a summit are at it */
#define W_PROFESSION (UINT64_C(1) << 53) /* actress, scientist: "the actress said" is one named */
#define W_FUTURE (UINT64_C(1) << 58)     /* next week, later this year: a time still to come */
#define W_PLAIN_CUE (UINT64_C(1) << 54)  /* said, told: "X, Y's chief executive said" */
#define W_SEND (UINT64_C(1) << 55)       /* sent, addressed: a message speaks for its sender */
#define W_AREA                                                                                     \
    (UINT64_C(1) << 56) /* region, oblast: "Ivano-Frankivsk region" is a place, no person */
#define W_ISSUER (UINT64_C(1) << 57) /* central, reserve: "Reserve Bank of India" issues money */
#define W_FIRST_PERSON (UINT64_C(1) << 63) /* i, we, our: a body in the speaker's own voice */
#define W_SUFFIX (UINT64_C(1) << 59)       /* jr, sr, ii: after a name, never its surname */
#define W_RECALLED (UINT64_C(1) << 60)     /* was, will, hope: a greeting recalled or hoped for */
#define W_REPORT (UINT64_C(1) << 61)       /* told, briefed: a report to a meeting's party */
#define W_AIM (UINT64_C(1) << 62)          /* needs, targets: "meet X's needs" meets no one */

/* the nonname class's values (words.tsv): a word that makes a holder less
 * than the office ("deputy", "former", "elect"); a noun of a span of time */
enum nonname_value {
    NONNAME_LESSER = 1,
    NONNAME_TIME = 2, /* day, week, month, year */
    /* new, recent, latest: a paper just out ("a new report"); clear of the
     * det, adverb and topic values other nonname words hold */
    NONNAME_FRESH = 5,
    /* member: one member of a body, not the body ("The OPEC member has") */
    NONNAME_MEMBER = 6
};
/* words.tsv topic values: a state of affairs a place phrase describes.  A
 * word has one value for all its classes, and "war" and "crisis" are
 * nonname too: the value stays clear of the nonname ones. */
enum topic_value { TOPIC_AFFAIRS = 3 };

/* the det class's values (words.tsv): the indefinite article "a", "an";
 * the definite one, "the".  A word has one value for all its classes, and
 * "a" and "the" are nonname too: the values stay clear of the nonname ones. */
enum det_value { DET_INDEFINITE = 3, DET_DEFINITE = 4 };

/* the unnamed class's values (words.tsv): the people of a body who speak and
 * act for it when the body is named before them ("White House officials
 * said", "Ford executives"); one of them ("a Bear Stearns officer said") */
/* ... and a body's members or backers ("Labour backbenchers", "Tory rebels"),
 * other people than the body's voice */
enum unnamed_value { UNNAMED_STAFF = 1, UNNAMED_STAFF_ONE, UNNAMED_MEMBERS };
/* words.tsv conj values: CONJ_NAME_JOIN, a foreign "and" inside one name ("und") */
enum conj_value { CONJ_NAME_JOIN = 1 };

/* the report class's values (words.tsv): hearing a report ("heard a report
 * by Minister X"), not giving one ("told", "briefed"); giving one only
 * before "to" ("reported to the President"); a briefing, whose passive
 * names the briefers met ("was briefed by A and B") */
enum report_value { REPORT_HEARD = 1, REPORT_TO = 2, REPORT_BRIEFED = 3 };

/* the be class's values (words.tsv): a finite form of "be" */
enum be_tense { BE_PRESENT = 1 /* is, are, am */, BE_PAST = 2 /* was, were */ };

/* the setting class's values (words.tsv): a phrase that places its subject
 * at the summit after it anywhere in the sentence ("in the framework of");
 * the noun of "on the sidelines (margins) of"; another noun of such a phrase
 * ("presence", "framework") */
enum setting_value {
    SETTING_ANYWHERE = 1,
    SETTING_SIDELINES = 2,
    SETTING_NOUN = 3,
    /* arrived, flew: "arrived in Moscow for the CIS summit" (5: clear of
     * the occasion value 4) */
    SETTING_ARRIVAL = 5,
    /* "+", "Plus" between a group and its meeting: "a BRICS+ meeting" */
    SETTING_PLUS = 6
};
/* words.tsv occasion value: after, following, during before talks over or
 * under way (clear of the setting values "during" holds too) */
enum occasion_value { OCCASION_TALKS = 4 };

/* the adverb class's value (words.tsv): "also", "separately" at a meeting
 * verb tell another meeting.  Clear of the aux and nonname values. */
/* ... and a sentence adverb that stands only before its verb ("Mr Blair
 * instead hailed"): after a verb it opens the content ("said instead of") */
enum adverb_value { ADVERB_ANOTHER = 4, ADVERB_BEFORE_VERB = 5 };

/* the roster_verb class's value (words.tsv): "including", "such as", which
 * bring in examples of a kind named before */
enum roster_verb_value { ROSTER_EXAMPLE = 1 };

/* the side_group class's value (words.tsv): "delegation", the one party a
 * named person heads.  A word has one value for all its classes, and
 * "officials" is side_group and unnamed (UNNAMED_STAFF): the value stays
 * clear of the unnamed ones, so "officials" is no headed party. */
enum side_group_value { SIDE_HEADED = 3 };

/* the by class's value (words.tsv): "led by", "headed by", a passive of
 * heading */
enum by_value { BY_HEADED = 1 };

/* the aux class's value (words.tsv): "has", "have", "had", the perfect's
 * auxiliary ("has now written to": speech_cues.tsv shape perfect).  A
 * word's value serves all its classes, and "is" and "was" are aux and be
 * at once: the perfect's value is none of be's (BE_PRESENT, BE_PAST). */
enum aux_value { AUX_PERFECT = 3 };

/* the background class's value (words.tsv): a span of the last days
 * ("this week", "last week"), which a headline's event may share */
enum background_value { BACKGROUND_RECENT = 1 };

/* the lookback class's value (words.tsv): a word that looks back on a
 * signing only in a clause about its document ("its 25th anniversary") */
enum lookback_value { LOOKBACK_IN_CLAUSE = 1 };

/* the firm_tail class's value (words.tsv): a business noun that also ends
 * a minister's portfolio ("Primary Industries Minister", "Natural Resources
 * and Environment Minister"), so a portfolio's words may hold it */
enum firm_tail_value { FIRM_TAIL_PORTFOLIO = 1 };

/* phrases.tsv roles, a LEX_PHRASE entry's value: what a rule asks
 * phrase_at for.  The names in the file's second column, same order. */
enum phrase_role {
    PHRASE_RUNNING = 1, /* after a form of "be": the event runs, "is underway", "was being held" */
    PHRASE_TITLE_JOIN,  /* lower-case inside an office's title, either way: "Director of the" */
    PHRASE_TITLE_JOIN_BACK, /* ... read back from the name only: "Advisor to the President and" */
    PHRASE_TAKES_PLACE,     /* after a modal (and "be"): a meeting to come, "will take place" */
    PHRASE_OUR_COUNTRY,     /* the speaker's own country: "welcomed X to our country" */
    PHRASE_INTO_LAW,        /* after a signing verb, what makes a bill an act: "signed into law" */
    PHRASE_PURPOSE_TOPIC,   /* a purpose or topic after a group: "CEOs of X to discuss", "on" */
    PHRASE_HEADING_JOIN,    /* lower-case inside a roster's heading: "Providers and Associations" */
    PHRASE_RANK_SCOPE,      /* where a business ranks, as a country does: "the world's biggest" */
    PHRASE_TOGETHER_TALKS,  /* after named people in a readout, talks they held: "A and B discussed"
                             */
    PHRASE_MEMBERS_OF,      /* a group's head and the word to its body: "representatives of" */
    PHRASE_TOPIC_HOLD,      /* a verb whose person convenes a meeting on a topic: "chaired" */
    PHRASE_TOPIC_MEETING,   /* a meeting noun and the word to its topic: "meeting on" */
    PHRASE_NOT_TOPIC,       /* after "on", a place or occasion, no topic: "the train", "board" */
    PHRASE_STAFF_OF,        /* inside a list, the people under the party before: "his deputies" */
    PHRASE_OWNED_PARTY,     /* after "X's", another party than X: "talks with X's partners" */
    PHRASE_STAY,        /* a stay somewhere that an opening setting names: "during his stay in" */
    PHRASE_PLACE_HOSTS, /* a verb whose subject, a place, is where the event is: "Tehran hosted" */
    PHRASE_BODY_PEOPLE, /* a group head after a body's bare name: "(Ukrenergo) employees" */
    PHRASE_EACH_TALKS,  /* before plural talks, one per counterpart: "bilateral talks with" */
    PHRASE_REPORT_GIVE, /* a verb that gives a report: "X delivered a report" */
    PHRASE_REPORT_NOUN, /* the report given: "made the main report", "respective reports" */
    PHRASE_EARLIER_MEETING, /* after "their", a meeting before: "their first meeting in Paris" */
    PHRASE_MORE_MEETINGS,   /* a conjoined plural of those: "and further meetings in X and Y" */
    PHRASE_COLLECTIVE,      /* a singular noun of a group of people: "met with the crew" */
    PHRASE_REPORT_TOPIC,    /* a report on a topic to no one: "Minister X spoke about ..." */
    PHRASE_PARTICIPATION,   /* the people of the sentence's meeting: "with the participation of" */
    PHRASE_DAY_OPENER,      /* a word before a day or month it opens: "on", "last", "early" */
    PHRASE_ROSTER_BY, /* before a list's colon, the people who joined: "joined on the call by" */
    PHRASE_DELEGATION_HEAD, /* a side's roster opener: "The Russian delegation", "Representing" */
    PHRASE_DELEGATION_LIST, /* the verb after a delegation that lists its members: "included" */
    PHRASE_TITLE_TRIP,      /* a title's noun of a journey to a place: "X's Travel to India" */
    PHRASE_TITLE_TOPIC,     /* a readout title's head before its topic: "Readout of" */
    PHRASE_TALKS_SIDE,   /* one side of talks before "be": "the talks on the Russian side were" */
    PHRASE_PAIR_LEADERS, /* a group's plural office word before "of A and B": "the leaders" */
    PHRASE_MESSAGE_NOUN, /* a message that speaks for its sender before a speech verb: "telegram" */
    PHRASE_MESSAGE_READS, /* a verb a message takes as a speech verb: "The message reads" */
    PHRASE_ROLE_COUNT
};

/* A phrase role's bit in a 32-bit summary of the roles at a token or lexicon
 * slot: role r sets bit r % 32, so a clear bit means no phrase of the role
 * starts there and a set bit is only a hint, which the walk of the token's
 * matches confirms (there are more roles than 32, and the summary fits in
 * what would be a token's padding). */
#define PHRASE_ROLE_HINT(role) (1u << ((unsigned)(role)&31u))

/* modality.tsv's LEX_PAST values: "done", "before" ("past" is 0) */
#define PAST_DONE 1
#define PAST_BEFORE 2

/* modality.tsv marks, in a LEX_MODALITY entry's bits */
#define MOD_NEAR 1u     /* "near": an adjective that counts only close to its cue */
#define MOD_MODAL 2u    /* "modal": a modal auxiliary ("will", "may") */
#define MOD_FAR 4u      /* "far": counts up to 16 words back in a meeting cue's clause */
#define MOD_BARE 8u     /* "bare": counts before a cue with no article or possessive of its own */
#define MOD_JOURNEY 16u /* "journey": counts when "for" or "to" leads on from it to its cue */

/* documents.tsv marks, in a LEX_DOCUMENT entry's bits */
#define DOC_DECREE 1u /* decree, executive order: an act only its office holder signs */
/* loan, facility: what a title may set up ("an agreement establishing a term
 * loan and credit facility"), no list item after a document */
#define DOC_FINANCING 2u

/* body_nouns.tsv marks, in a LEX_BODY_NOUN entry's bits */
#define BODY_COUNTRY 1u /* a country's government: the country the item is about */
#define BODY_NAMED 2u   /* "the home affairs committee": lower-case words before it name one */
#define BODY_LED 4u     /* "An investor group led by X said ... The group said": X */
#define BODY_BARE 8u    /* "MPs said" with no article: the body of its kind named */

enum title_class { TITLE_ROLE = 1, TITLE_HONORIFIC, TITLE_RANK };
/* titles.tsv's fourth column, in a LEX_TITLE entry's bits: marks of the
 * canonical role the line spells, or of its role words */
#define TITLE_TOP 1u        /* President, Monarch: an office a country's leader holds */
#define TITLE_CATCH_ALL 2u  /* Leader, Party Leader: a role named by whose it is */
#define TITLE_GENERIC 4u    /* leader, head, chief, head of state: a head for any office */
#define TITLE_ANYONE 8u     /* official, colleague, counterpart: words for anyone's office */
#define TITLE_VOICE 16u     /* Spokesperson, Lawyer: a role that speaks for a body */
#define TITLE_PRINCIPAL 32u /* President, Head of State: an outlet's own principal */
#define TITLE_OFFICE_HOLDER                                                                        \
    64u /* and Acting President: the outlet's office holder of the day (office_holders.tsv) */
#define TITLE_GIVEN 128u /* Sir, Dame: an honorific also put before a first name alone */
#define TITLE_PEER 256u  /* Lord: a peer, whose name may go on "of Place" */
/* speech_cues.tsv's third column, in a LEX_SPEECH entry's bits: the shapes
 * that bound where the cue word is a speech verb (participle, modifier,
 * needs_content, plural_noun, quantity: where it is none; no_comma,
 * perfect: the one shape in which it is; addressee: who the name after it
 * is) */
#define SPEECH_PARTICIPLE 1u /* before "by" a participle: "the figure estimated by X" */
#define SPEECH_MODIFIER 2u   /* a noun or adjective: "the Yonhap forecast,", "X's estimated 500" */
#define SPEECH_NEEDS_CONTENT                                                                       \
    4u /* speech only before "that", ':', a quotation: not "concluded his visit" */
/* (and one shape in which it is: a participle clause with no comma after the
 * verb's object, "defended the move saying") */
#define SPEECH_NO_COMMA 8u
/* (speech only in the perfect, after "has", "have", "had" past adverbs:
 * "has now written to", not "a letter written to") */
#define SPEECH_PERFECT 16u
/* (a plural noun too, in wire copy of securities: "the Ford notes were
 * rated", "Treasury notes and bonds"; statements.c plural_noun_reading) */
#define SPEECH_PLURAL_NOUN 32u
/* (the name right after the verb is whom the words are for, never a
 * speaker named after them: "..., called on Japan", "..., told Nakasone") */
#define SPEECH_ADDRESSEE 64u
/* (no speech before a quantity: "Daiwa added 5.3%", "added more than five
 * million customers") */
#define SPEECH_QUANTITY 128u
/* (a verb of a label, "dubbed", "labelled": speech only where it
 * characterises in quoted words; statements.c labels_in_quotes) */
#define SPEECH_LABEL 256u
/* (speech only from a person or people: "Russia recalled its ambassador",
 * "Ford recalls its trucks" withdraw; "the President recalled the war") */
#define SPEECH_PERSON 512u
/* (speech only as a briefing of a person named right after it, "on" or
 * "about" next: "updated President Zelenskyy on his plan"; not "updated the
 * guidance") */
#define SPEECH_BRIEFING 1024u
/* (no speech before "to": a wish of one's own, "wished to visit", "wishing
 * to leave"; "wished him success" stays) */
#define SPEECH_NOT_TO 2048u
/* (speech only where it characterises, with an "as" close after it and no
 * post or person as what it is: "dismissed the offer as inadequate", not
 * "dismissed him as chairman"; statements.c idle_dismissal) */
#define SPEECH_AS 4096u
/* (a verb of attitude: inside the content of its own speaker's speech verb,
 * with a pronoun subject, "said he accepted that", "said it welcomed the
 * ruling", it is that speech's content, no attribution of its own) */
#define SPEECH_ATTITUDE 8192u
enum speech_class {
    SPEECH_VERB = 1,
    SPEECH_VERB_ABOUT,
    SPEECH_ACCORDING,
    SPEECH_NOUN_VERB,
    SPEECH_OPINION,
    SPEECH_STANCE,  /* '"...," X is convinced': a view reported as said */
    SPEECH_PURPOSE, /* "spoke with X to congratulate him": what a call was held to say */
    SPEECH_AGENT    /* "the concern expressed by X": the party after the phrase speaks */
};
enum meeting_class {
    MEET_VERB = 1,    /* met, meets */
    MEET_NOUN,        /* talks, meeting, negotiations */
    MEET_HOST,        /* received, hosted: object must be a party */
    MEET_MULTI,       /* summit, conference, session: a setting with a group */
    MEET_HOLD,        /* held, had, holds: with a meeting noun object */
    MEET_PARTICIPATE, /* attended, took part, participated */
    MEET_WITH,        /* spoke, talked: a meeting only as "spoke (today) with B" */
    MEET_WELCOME      /* welcomed: a host only as "welcomed B to <place>" */
};
enum signing_class {
    SIGN_VERB = 1,
    SIGN_NOUN,
    SIGN_EXCLUDE,
    SIGN_ITEMS,
    SIGN_BASE,
    SIGN_MORE,
    SIGN_PRAISED,
    SIGN_GERUND,
    SIGN_WITNESS,  /* oversaw the, attended the: its subject looks on at a signing */
    SIGN_OPENER,   /* in particular: before its comma, where a "more" cue may open a list */
    SIGN_CONCLUDED /* conclusion of: a signing only right after a word of praise or welcome */
};

typedef struct lex_entry {
    uint8_t cat;    /* lex_cat */
    uint8_t nwords; /* length of the phrase in tokens */
    int16_t value;  /* class or value, per category */
    uint64_t bits;  /* word classes (LEX_WORD) */
    const char *canon;
    const char *extra;
    const char *extra2;
    const struct lex_entry *next; /* another meaning of the same phrase */
} lex_entry;

/* A phrase matched at a token: annotate_lexicon lists them per token,
 * longest first. */
typedef struct lex_match {
    const lex_entry *entry; /* chain of meanings */
    const struct lex_match *next;
    uint32_t cats; /* bit per lex_cat in the chain: tok_lex skips the others */
    uint8_t nwords;
    /* entry->cat, the chain's first meaning: tok_lex answers a token whose
     * first meaning is of the category asked without reading the entry */
    uint8_t head_cat;
} lex_match;

struct nsv_lexicon {
    arena mem; /* all strings and entries */
    /* phrase -> entries: a slot is one 64-byte cache line (the table is
     * aligned to 64 bytes), so that a word's lookup and its one-word match
     * read one line */
    struct lex_slot {
        const char *key;
        uint64_t prefix;    /* lex_key_prefix(key): short keys compare without key */
        uint64_t word_bits; /* bits of the LEX_WORD entry, or 0 */
        /* the entry chain (word.entry) and a bit per lex_cat of its entries
         * (word.cats), as the phrase's one-word match (nwords 1, next NULL,
         * head_cat set by nsv_lexicon_finish): a token's one-word match
         * ends its list, so this one node serves every token of the word */
        lex_match word;
        uint32_t lengths; /* bit n-1: a phrase of n tokens starts with this word */
        uint16_t key_len; /* (keys are shorter than 512 bytes: add_phrase) */
        /* bit n-1: a plain speech verb phrase (LEX_SPEECH, SPEECH_VERB, no
         * shape bits) of n <= 16 tokens starts with this word: lengths'
         * subset, copied to each token's speech_heads, that statements.c's
         * split_cue_phrase asks of every word */
        uint16_t speech_lengths;
        /* summaries of the entry chain, kept here so that annotating a token
         * reads only the slot, not the entries scattered behind it */
        uint32_t phrase_roles; /* PHRASE_ROLE_HINT of its LEX_PHRASE entries' roles */
    } * slots;
    /* per slot: 0 when empty, else lex_slot_tag(hash); small enough to stay
     * in cache, so most probes for words the table lacks never touch slots */
    uint16_t *tags;
    size_t nslots, used;
    /* bit per (first word, second word) hash pair of the phrases of two or
     * more words: most words that start some phrase start none with the
     * word that follows them, and one bit test says so */
    uint64_t pair_bits[LEX_PAIR_BITS / 64];
    unsigned loaded_files; /* bit per file of nsv_lexicon_files() */
    int finished;
};
_Static_assert(sizeof(struct lex_slot) == 64, "a lexicon slot is one cache line");

/* ASCII case only: a name's non-ASCII letters stay as the item writes
 * them, and the C library's toupper/tolower follow the locale. */
static inline char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

static inline char ascii_upper(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
}

/* FNV-1a of a byte string (stable: event ids of items without an id use it). */
uint64_t lex_hash(const char *s, size_t len);

/* Hash of a table key: eight bytes a step, so a lookup per token stays cheap.
 * Only the table uses it; it may change between versions.  The steps are
 * apart for callers that hold the key's words in registers already: start,
 * a step per whole 8-byte word (as memcpy reads it), then the end with the
 * remaining bytes zero-padded, the first one lowest (0 when none remain). */
static inline uint64_t lex_key_hash_start(size_t len)
{
    return 0x9E3779B97F4A7C15ull ^ ((uint64_t)len * 0xff51afd7ed558ccdull);
}

static inline uint64_t lex_key_hash_word(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 31);
}

static inline uint64_t lex_key_hash_end(uint64_t h, uint64_t tail)
{
    h = (h ^ tail) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
    h *= 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
    return h;
}

static inline uint64_t lex_key_hash(const char *s, size_t len)
{
    uint64_t h = lex_key_hash_start(len);
    while (len >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = lex_key_hash_word(h, w);
        s += 8;
        len -= 8;
    }
    uint64_t w = 0;
    for (size_t i = 0; i < len; i++)
        w |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return lex_key_hash_end(h, w);
}

static inline uint16_t lex_slot_tag(uint64_t h)
{
    return (uint16_t)((h >> 48) | 1u);
}

/* The first eight bytes of a key, zero-padded: keys of up to eight bytes
 * (most words) are equal when their lengths and prefixes are. */
static inline uint64_t lex_key_prefix(const char *s, size_t len)
{
    uint64_t w = 0;
    if (len >= 8) {
        memcpy(&w, s, 8);
    } else {
        /* assembled in a register: bytes stored to a buffer and read back
         * as one word stall the load */
        for (size_t i = 0; i < len; i++)
            w |= (uint64_t)(unsigned char)s[i] << (8 * i);
    }
    return w;
}

/* a[0..len) == b[0..len), for the short keys of the table */
static inline int lex_key_equal(const char *a, const char *b, size_t len)
{
    while (len >= 8) {
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        if (x != y)
            return 0;
        a += 8, b += 8, len -= 8;
    }
    while (len--)
        if (*a++ != *b++)
            return 0;
    return 1;
}

/* The slot of a key with hash h, or NULL when the table has no such key.
 * padded: the key is followed by 8 readable bytes or more, so its prefix is
 * one load and a mask rather than a loop over its bytes. */
static inline const struct lex_slot *lex_slot_find(const nsv_lexicon *lex, const char *key,
                                                   size_t len, uint64_t h, int padded)
{
    if (!lex->nslots)
        return NULL;
    size_t mask = lex->nslots - 1;
    uint16_t tag = lex_slot_tag(h);
    uint64_t prefix = 0;
    int have_prefix = 0;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint16_t t = lex->tags[i];
        if (!t)
            return NULL;
        if (t != tag)
            continue;
        const struct lex_slot *s = &lex->slots[i];
        if (!have_prefix) {
            if (padded) {
                memcpy(&prefix, key, 8);
                if (len < 8) /* bytes past the key, first one lowest, cleared */
                    prefix &= ~0ull >> (64 - 8 * len);
            } else {
                prefix = lex_key_prefix(key, len);
            }
            have_prefix = 1;
        }
        if (s->key_len == len && s->prefix == prefix &&
            (len <= 8 || lex_key_equal(s->key + 8, key + 8, len - 8)))
            return s;
    }
}

/* Start loading the tag and the first slot a lookup of hash h probes: a
 * loop over many keys whose hashes it knows ahead (annotate_lexicon) asks for
 * them some keys before their turn, and the lookup then finds them in cache
 * rather than waiting for them.  A hint only: nothing is read here.  The
 * table's fields come as arguments, so that a loop can hold them in
 * registers; mask is nslots - 1 (nslots > 0). */
static inline void lex_slot_prefetch(const uint16_t *tags, const struct lex_slot *slots,
                                     size_t mask, uint64_t h)
{
#if defined(__GNUC__)
    __builtin_prefetch(&tags[h & mask]);
    __builtin_prefetch(&slots[h & mask]);
#else
    (void)tags, (void)slots, (void)mask, (void)h;
#endif
}

static inline const struct lex_slot *lex_slot_lookup(const nsv_lexicon *lex, const char *key,
                                                     size_t len, uint64_t h)
{
    return lex_slot_find(lex, key, len, h, 0);
}

/* Index into pair_bits of two consecutive words, by their lex_key_hash. */
static inline uint32_t lex_pair_index(uint64_t h1, uint64_t h2)
{
    return (uint32_t)(((h1 ^ (h2 * 0xff51afd7ed558ccdull)) * 0x9E3779B97F4A7C15ull) >> 48);
}

/* Might some phrase of two or more words start with these two words? */
static inline int lex_pair_maybe(const nsv_lexicon *lex, uint64_t h1, uint64_t h2)
{
    uint32_t i = lex_pair_index(h1, h2);
    return (int)((lex->pair_bits[i / 64] >> (i % 64)) & 1u);
}

/* Entries of a phrase key (lower-case, single-spaced), or NULL. */
const lex_entry *lex_lookup(const nsv_lexicon *lex, const char *key, size_t len);
/* Bit n-1 set when a phrase of n tokens (n <= 32) starts with this
 * lower-case word; 0 if none. */
uint32_t lex_phrase_lengths(const nsv_lexicon *lex, const char *word, size_t len);
/* First entry of a category in a chain, or NULL. */
static inline const lex_entry *lex_find(const lex_entry *e, lex_cat cat)
{
    for (; e; e = e->next)
        if (e->cat == cat)
            return e;
    return NULL;
}

/* The entry of category cat for the name or word s[0..len) in any case
 * ("Summit", "Head of State"), folded as lex_fold does, or NULL.  A name
 * longer than 64 bytes has none (the lexicon's keys are all shorter). */
const lex_entry *lex_find_folded(const nsv_lexicon *lex, const char *s, size_t len, lex_cat cat);

/* An upper-case acronym of two letters ("US", "U.K."): matched only as
 * written, since its lower-case form is a common word. */
int short_acronym(const char *s, size_t len);

/* Lower-case fold of one token into out (ASCII letters lowered, curly
 * apostrophes straightened); returns the length written (<= cap). */
size_t lex_fold(const char *s, size_t len, char *out, size_t cap);

#endif
