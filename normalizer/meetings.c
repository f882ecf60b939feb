/* meetings.c - who met whom: meeting verbs ("met with"), meeting nouns
 * ("talks with", "meeting between", "a meeting of the SCO and the CIS"),
 * hosting ("received"), summits with their groups, sideline talks as events
 * of their own, and participation in a meeting named earlier. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalizer.h"

/* The most names one coordinated list of parties holds ("had telephone
 * conversations with A, B, ... and I": a round of congratulatory calls
 * names nine or ten leaders; "met with defence ministers of" ten states). */
#define MAX_COORD 12

/* How many tokens an appositive roster's subject may run (appositive_roster):
 * the corpus's longest, eighteen people with their titles, run about 110. */
#define APPOSITIVE_ROSTER_TOKENS 160
#define APPOSITIVE_ROSTER_MAX 24

/* How many drafts "talks hosted by X" and "the meeting involved" pass back
 * for the meeting of their own sentence, made while the sentence is read:
 * the corpus's is the last draft.  Such a sentence may recur all through
 * an item. */
#define OWN_SENTENCE_DRAFTS 64

/* How many sentences after "a call chaired by X" its reports may come in
 * (within four paragraphs: the corpus's last is 14 sentences on); one
 * long paragraph is no bound of its own. */
#define CHAIRED_REPORT_SENTENCES 64

/* How many drafts "The meeting was attended by ..." passes looking for the
 * meeting it joins: back from the sentence's own (the corpus's at most 5
 * back) and from the item's first (the corpus's at most the 2nd); a corpus
 * item has some 70 drafts at most.  Every sentence of an item may be such
 * a sentence, so each look must be bounded.  "X took part in the talks"
 * looks as far: back for the talks (the corpus's at most 5 back), and for
 * the readout's first meeting from the item's first (the corpus's: the
 * 1st). */
#define ATTENDED_LOOKBACK_DRAFTS 128

/* How many tokens from a meeting's cue its sentence's visit phrase ("who is
 * on a visit to", "arrived in") and, for "our country", the person whose
 * country it is may be: the corpus's farthest are 47 and 22.  A sentence
 * may run the whole item, and every meeting in it looks. */
#define VISIT_REACH 96

static int is_relative(const token *u)
{
    return tok_is(u, "who") || tok_is(u, "which");
}

/* The party a relative pronoun at w refers back to: "Putin, who", "X, a UK
 * investment banker who" (the name the description follows).  Returns -1
 * for an unnamed antecedent ("two local councillors who"). */
static int antecedent(const doc *d, uint32_t w, uint32_t from)
{
    uint32_t k = w;
    if (k > from && is_char(d, k - 1, ','))
        k--;
    /* "Dr Greenspan, 79, who has been": over an age between commas */
    if (k > from + 2 && (d->toks[k - 1].flags & T_NUM) && !(d->toks[k - 1].flags & T_CAP) &&
        is_char(d, k - 2, ',') && mention_at(d, k - 1) < 0)
        k -= 2;
    if (k <= from)
        return -1;
    int a = mention_at(d, k - 1);
    if (a >= 0)
        return party_mention(d, a) ? a : -1;
    for (uint32_t v = k - 1, n = 0; v > from + 1 && n < 6; v--, n++) {
        const token *u = &d->toks[v];
        if (!(u->flags & T_WORD))
            return -1;
        if (indefinite_article(u) && is_char(d, v - 1, ',')) {
            int b = v >= from + 2 ? mention_at(d, v - 2) : -1;
            return b >= 0 && d->ments[b].kind == M_PERSON && party_mention(d, b) ? b : -1;
        }
    }
    return -1;
}

static uint32_t paren_after(const doc *d, uint32_t k, uint32_t end);

/* Does the sentence of tokens [from, end) open with a prepositional phrase
 * ("On the Day of X", "After returning from X", "As part of his visit to
 * X") whose first comma comes at token k (or after a parenthesis there)?
 * One of three opening-phrase tests that do not merge: this one checks a
 * comma the caller already has (no length cap, quotes and names allowed,
 * "as" and place prepositions open it); past_opening_phrase finds the
 * comma (up to OPENING_PHRASE_TOKENS, a phrase's class, no quote or colon);
 * after_opening_phrase finds a short one (eight tokens, subordinators
 * too, no person or body in it). */
static int opening_phrase_end(const doc *d, uint32_t from, uint32_t end, uint32_t k)
{
    const token *f = &d->toks[from];
    if (!(f->word_bits & (W_PREP | W_PLACE_PREP)) && !tok_is(f, "as"))
        return 0;
    k = paren_after(d, k, end);
    if (k >= end || !is_char(d, k, ','))
        return 0;
    for (uint32_t w = from; w < k; w++)
        if (is_char(d, w, ','))
            return 0;
    return 1;
}

/* Is there an "and" among tokens [a, b)? */
static int and_between(const doc *d, uint32_t a, uint32_t b)
{
    for (uint32_t k = a; k < b; k++)
        if (tok_is(&d->toks[k], "and"))
            return 1;
    return 0;
}

/* The report verb ("told", "informed", "briefed") right before mention m
 * whose topic ("on", "about", "of") stands between m and token t: "Putin
 * informed him about the conversation with X" makes m the one told, not a
 * side of the talks (not "was told": a passive's subject is the one told);
 * else 0. */
static uint32_t told_about(const doc *d, int m, uint32_t t, uint32_t from)
{
    uint32_t b = d->ments[m].tok_start;
    if (b > from && tok_is(&d->toks[b - 1], "the"))
        b--;
    if (b <= from + 1 || !(d->toks[b - 1].word_bits & W_REPORT) ||
        (d->toks[b - 2].word_bits & (W_AUX | W_BE)))
        return 0;
    const lex_entry *w = word_entry(d, b - 1, LEX_WORD);
    if (w && (w->value == REPORT_HEARD || w->value == REPORT_TO))
        return 0;
    for (uint32_t k = d->ments[m].tok_end; k < t && k < d->ments[m].tok_end + 4; k++)
        if (tok_is(&d->toks[k], "on") || tok_is(&d->toks[k], "about") || tok_is(&d->toks[k], "of"))
            return b - 1;
    return 0;
}

static int subject_before_told(const doc *d, uint32_t t, uint32_t from, int told_ok);

/* 'held "constructive, professional and friendly" talks': the opening
 * quotation mark of a short quoted run of lower-case words, commas and
 * "and" that closes right before token t; t itself when no quotation
 * closes there or the run is anything else (a clause, a name) or longer
 * than eight tokens. */
static uint32_t quoted_modifiers_open(const doc *d, uint32_t t, uint32_t from)
{
    if (t <= from || !(d->toks[t - 1].flags & T_QUOTE_CLOSE))
        return t;
    int words = 0;
    for (uint32_t k = t - 1, n = 0; k > from && n < 9; n++) {
        k--;
        const token *u = &d->toks[k];
        if (u->flags & T_QUOTE_OPEN)
            return words ? k : t;
        if (is_char(d, k, ','))
            continue;
        if (!(u->flags & T_WORD) || (u->flags & (T_CAP | T_NUM)) || mention_at(d, k) >= 0 ||
            (u->word_bits & (W_AUX | W_BE | W_PRONOUN_ANY | W_SUBORD | W_PREP | W_DET)))
            return t;
        words++;
    }
    return t;
}

/* Is token k "delegation" (words.tsv side_group SIDE_HEADED): the one party
 * a named person heads? */
static int headed_party(const token *k)
{
    return word_class_value(k, W_SIDE_GROUP, SIDE_HEADED);
}

/* "The Ukrainian delegation participating in the X Forum": the person or
 * delegation right before a lower-case participle of taking part (meeting_cues.tsv
 * participate "inverted") that stands, over an article, right before
 * mention m; else -1. */
static int participle_host(const doc *d, int m, uint32_t from)
{
    uint32_t b = d->ments[m].tok_start;
    if (b > from && (d->toks[b - 1].word_bits & W_DET))
        b--;
    for (uint32_t p = b, steps = 0; p > from + 1 && steps < 3; steps++) {
        p--;
        unsigned nw = 0;
        const lex_entry *c = tok_lex(d, p, LEX_MEETING, &nw);
        if (!c || c->value != MEET_PARTICIPATE || p + nw != b || !c->canon ||
            strcmp(c->canon, "inverted") || (d->toks[p].flags & T_CAP))
            continue;
        /* ("President X, attending the G20 summit, met": over the comma
         * that opens the participle's aside) */
        uint32_t q = p > from + 2 && is_char(d, p - 1, ',') ? p - 1 : p;
        int h = mention_at(d, q - 1);
        /* (a person or a delegation: "the countries taking part in the
         * forum" name no one) */
        return h >= 0 && d->ments[h].tok_end == q && d->ments[h].tok_start >= from &&
                       party_mention(d, h) &&
                       (d->ments[h].kind == M_PERSON ||
                        (d->ments[h].kind == M_ORG && headed_party(&d->toks[q - 1])))
                   ? h
                   : -1;
    }
    return -1;
}

/* Does the "with" at token w belong to a meeting cue: one that ends right
 * before it ("consultations with", "held meetings with") or takes it in
 * ("met with")?  A few words back at most. */
static int cue_with_at(const doc *d, uint32_t w, uint32_t from)
{
    if (w >= d->ntoks || !tok_is(&d->toks[w], "with"))
        return 0;
    for (uint32_t k = w, steps = 0; k > from && steps < 4; steps++) {
        k--;
        unsigned nw = 0;
        const lex_entry *c = tok_lex(d, k, LEX_MEETING, &nw);
        if (c && (c->value == MEET_VERB || c->value == MEET_NOUN || c->value == MEET_WITH) &&
            (k + nw == w || k + nw == w + 1))
            return 1;
    }
    return 0;
}

/* The nearest party before token t in its clause: the subject of a verb
 * phrase such as "held working meetings with" or "said during talks with". */
static int subject_before(const doc *d, uint32_t t, uint32_t from)
{
    return subject_before_told(d, t, from, 1);
}

/* subject_before, with told_ok: a report verb's object ("Putin informed
 * him about the talks with X") gives way to the teller, once. */
static int subject_before_told(const doc *d, uint32_t t, uint32_t from, int told_ok)
{
    /* 'have held "constructive, professional and friendly" talks with': a
     * quoted run of modifiers right before the noun is the subject's own
     * wording, no clause boundary (one step of the scan) */
    uint32_t open = quoted_modifiers_open(d, t, from);
    for (uint32_t k = open, steps = open != t; k > from && steps < 14; steps++) {
        k--;
        const token *p = &d->toks[k];
        if ((p->flags & T_QUOTE) || is_char(d, k, ';') || is_char(d, k, ':'))
            return -1;
        /* "X, a UK investment banker who has held talks with": the verb in
         * a relative clause is its antecedent's */
        if (is_relative(p) && p->lower)
            return antecedent(d, k, from);
        /* "Euronext, which combines the Paris, Amsterdam and Lisbon stock
         * exchanges, also began talks": a relative clause closed by the
         * comma before the verb names no subject of it */
        if (is_char(d, k, ',')) {
            for (uint32_t w = k, n = 0; w > from + 1 && n < 16; n++) {
                w--;
                const token *u = &d->toks[w];
                if ((u->flags & T_QUOTE) || is_char(d, w, ';') || is_char(d, w, ':'))
                    break;
                if (is_relative(u) && is_char(d, w - 1, ','))
                    return antecedent(d, w, from);
            }
        }
        int m = mention_at(d, k);
        /* "Two local councillors who back X met Y": X is the object of a
         * relative clause; the subject is what "who" refers back to */
        if (m >= 0) {
            uint32_t b = d->ments[m].tok_start;
            for (uint32_t w = b, n = 0; w > from + 1 && n < 3; n++) {
                w--;
                const token *u = &d->toks[w];
                /* (a verb between: "after which he met" has none) */
                if (is_relative(u) && n > 0)
                    return antecedent(d, w, from);
                if (is_relative(u) || !(u->flags & T_WORD) || (u->flags & T_CAP) ||
                    mention_at(d, w) >= 0)
                    break;
            }
        }
        if (m >= 0) {
            /* "left for Ankara for meetings", "arrived in Moscow and held
             * talks": a capital after a preposition is where, not who */
            uint32_t b = d->ments[m].tok_start;
            int where = b > from && (d->toks[b - 1].word_bits & (W_PREP | W_PLACE_PREP)) &&
                        tok_lex(d, b, LEX_CAPITAL, NULL);
            /* "traveled to Kyiv, Ukraine today to meet": the country after
             * a city that a place preposition names is where too, and so
             * is the city (the scan goes on before its preposition) */
            uint32_t before = b;
            if (!where && b > from + 2 && is_char(d, b - 1, ',') &&
                tok_lex(d, b, LEX_COUNTRY, NULL)) {
                uint32_t w = b - 1, n = 0;
                while (w > from + 1 && n < 4 && (d->toks[w - 1].flags & T_CAP)) {
                    w--;
                    n++;
                }
                where = n && (d->toks[w - 1].word_bits & W_PLACE_PREP) &&
                        !tok_lex(d, w, LEX_COUNTRY, NULL);
                if (where)
                    before = w - 1;
            }
            /* "arrived at the Ukrainian-Belarusian border to participate
             * in talks": an adjective is no subject (the noun it modifies
             * stands before t) */
            if (!where && modifier_country(d, m, t))
                where = 1;
            /* "Deutsche Boerse held its third meeting with the LSE": the
             * possessive right after the hold verb is that verb's subject
             * (the resolver may take a body named closer before) */
            if (!where && d->ments[m].kind == M_PRONOUN && (p->word_bits & W_POSSESSIVE) &&
                k > from) {
                const lex_entry *h = tok_lex(d, k - 1, LEX_MEETING, NULL);
                if (h && h->value == MEET_HOLD)
                    continue;
            }
            if (party_mention(d, m) && !where) {
                /* "The Ukrainian delegation participating in the Halifax
                 * Forum held meetings with": the body after a reduced
                 * relative's participle ("participating in", "attending")
                 * is where the subject was, not who held them */
                int host = participle_host(d, m, from);
                if (host >= 0)
                    return host;
                /* "Putin informed him about the talks with X": the teller
                 * (once: no chain of tellers); none found, the one told
                 * as before */
                uint32_t r = told_ok ? told_about(d, m, t, from) : 0;
                int teller = r ? subject_before_told(d, r, from, 0) : -1;
                if (teller >= 0)
                    return teller;
                /* "..., and President X, Jr. of the United States met": the
                 * person the country after "of" belongs to */
                int owner = d->ments[m].kind == M_COUNTRY
                                ? country_owner(d, d->ments[m].tok_end, from)
                                : -1;
                return owner >= 0 ? owner : m;
            }
            k = before;
        }
    }
    return -1;
}

/* "At the talks, the two ministers ...": the party right after an opening
 * prepositional phrase. */
static int subject_after_opening(const doc *d, uint32_t cue_end, const sentence *s,
                                 int participle_ok)
{
    uint32_t k = cue_end;
    while (k < s->tok_end && k < cue_end + 8 && !is_char(d, k, ','))
        k++;
    if (k >= s->tok_end || !is_char(d, k, ','))
        return -1;
    /* the phrase must open the sentence: "At the talks, ...", or a
     * participle "Speaking to reporters after a meeting with X, Y said" */
    const token *f = &d->toks[s->tok_start];
    int participle =
        participle_ok && (f->flags & T_WORD) && ing_form(f) && mention_at(d, s->tok_start) < 0;
    if (!(f->word_bits & (W_PREP | W_PLACE_PREP)) && !participle)
        return -1;
    return party_right(d, k + 1, s->tok_end);
}

/* Skip time words and adverbs from t: "today", "this morning", "on
 * Tuesday", "again".  Returns the first other token. */
static uint32_t time_words(const doc *d, uint32_t t, uint32_t end)
{
    for (int steps = 0; t < end && steps < 4; steps++) {
        unsigned nw = 1;
        const lex_entry *w = tok_lex(d, t, LEX_WORD, &nw);
        uint32_t dp = date_phrase_end(d, t, end);
        if (dp > t && dp > t + 2)
            t = dp;
        else if (w && (w->bits & (W_RELDAY | W_WEEKDAY | W_ADVERB)))
            t += nw;
        else if (tok_is(&d->toks[t], "on") && t + 1 < end && (d->toks[t + 1].word_bits & W_WEEKDAY))
            t += 2;
        else
            break;
    }
    return t;
}

/* Where sentence s starts past an opening time phrase and its comma
 * ("Today, ...", "On Tuesday, ..."), the phrase ending before limit; else
 * its first token. */
static uint32_t past_opening_time(const doc *d, const sentence *s, uint32_t limit)
{
    uint32_t k = time_words(d, s->tok_start, limit);
    return k > s->tok_start && k < limit && is_char(d, k, ',') ? k + 1 : s->tok_start;
}

/* "met with A and with B", "met with A officials and separately with B":
 * A's mention at t or after its "the" (party_right_the), when only "and", commas,
 * "separately" and an unnamed plural stand between it and the "with" at
 * w; else -1. */
static int first_counterpart(const doc *d, uint32_t t, uint32_t w)
{
    int m = party_right_the(d, t, w);
    if (m < 0 || d->ments[m].tok_end >= w)
        return -1;
    int conj = 0;
    for (uint32_t k = d->ments[m].tok_end; k < w; k++) {
        const token *u = &d->toks[k];
        if (tok_is(u, "and"))
            conj = 1;
        else if (!is_char(d, k, ',') && !tok_is(u, "separately") && !(u->word_bits & W_UNNAMED))
            return -1;
    }
    return conj ? m : -1;
}

/* Does the noun at t end its phrase: the end, punctuation, a
 * preposition, clause opener, conjunction or day, "last", "this"? */
static int plural_tail(const doc *d, uint32_t t, uint32_t end)
{
    if (t + 1 >= end)
        return 1;
    const token *v = &d->toks[t + 1];
    /* "asset owners representing over $1 trillion": a participle tail
     * closes the phrase (a plain lower-case -ing word, no cue) */
    if ((v->flags & T_WORD) && !(v->flags & (T_CAP | T_IN_QUOTE)) && v->lower_len > 5 &&
        ing_form(v) && !v->word_bits && !tok_lex(d, t + 1, LEX_MEETING, NULL) &&
        !tok_lex(d, t + 1, LEX_SPEECH, NULL))
        return 1;
    return (v->flags & T_PUNCT) || (v->word_bits & (W_PREP | W_SUBORD | W_CONJ | W_RELDAY)) ||
           tok_is(v, "last") || tok_is(v, "this");
}

/* A lower-case plural noun that ends its phrase: "(union) figures last
 * week", "stakeholders to discuss", "executives from 28 companies". */
static int plural_head(const doc *d, uint32_t t, uint32_t end)
{
    const token *u = &d->toks[t];
    if ((u->flags & (T_CAP | T_NUM)) || !plural_s_ending(u))
        return 0;
    return plural_tail(d, t, end);
}

/* Is token t a word for journalists: the press class ("journalists",
 * "media") or a title that names a correspondent ("reporters",
 * "editors")?  A group of them is met by no meeting (GUIDE).  press_after
 * keeps to the press class: there "the editor of The Times, X" is a
 * person met. */
static int press_word(const doc *d, uint32_t t)
{
    if (d->toks[t].word_bits & W_PRESS)
        return 1;
    return title_role_is(d, t, "Correspondent");
}

/* "representatives of the leading American media", "members of the
 * Russian and foreign press": after a group head and its "of" (phrases.tsv
 * members_of), the press within five words, before any punctuation,
 * preposition or clause opener.  The group is journalists, whom no
 * meeting meets (GUIDE). */
static int press_body_after(const doc *d, uint32_t t, uint32_t end)
{
    if (phrase_at(d, t, end, PHRASE_MEMBERS_OF) != 2)
        return 0;
    for (uint32_t k = t + 2; k < end && k < t + 7; k++) {
        const token *u = &d->toks[k];
        if (!(u->flags & T_WORD) || (u->word_bits & (W_PREP | W_SUBORD)))
            return 0;
        if (u->word_bits & W_PRESS)
            return 1;
    }
    return 0;
}

/* "with senior union figures", "(convened) 80 medical professionals",
 * "with state legislative leaders": an unnamed group of people from token t
 * on (up to three modifiers before the head, one more for each of up to
 * three "and"s or commas joining them: "health system and hospital
 * leaders").  A party that meets such a group has met someone though the
 * text names only one side.  The head is a group word of the lexicon
 * ("officials", "leaders"), or with `loose` any lower-case plural that ends
 * the phrase (after a hold verb and a meeting noun, "held a meeting with
 * stakeholders", nothing else is met).  With `after_topic` (the phrase
 * follows a topic: "a conference on technical cooperation with foreign
 * countries") a head "countries", "nations", "states" names what was
 * discussed, no group that was met.  Returns the token after the head, or
 * 0. */
static uint32_t unnamed_group_at(const doc *d, uint32_t t, uint32_t end, int loose, int after_topic)
{
    /* "convened more than 30 state legislators", "hosted nearly 50
     * officials": one or two lower-case words before a numeral count it
     * (not a head and its phrase: "officials from 68 colleges") */
    for (uint32_t q = t; q < end && q < t + 2; q++) {
        const token *u = &d->toks[q];
        if (!(u->flags & T_WORD) || (u->flags & (T_CAP | T_NUM | T_IN_QUOTE)) ||
            mention_at(d, q) >= 0 || (u->word_bits & (W_UNNAMED | W_GROUP | W_PEOPLE)) ||
            (u->lower_len >= 4 && u->lower[u->lower_len - 1] == 's'))
            break;
        if (q + 1 < end && (d->toks[q + 1].flags & T_NUM)) {
            t = q + 1;
            break;
        }
    }
    /* an article opens the phrase without counting as a modifier: "the
     * Quint national security advisors" */
    int det = t < end && (d->toks[t].word_bits & W_DET) ? 1 : 0;
    /* "a group of business executives", "a bipartisan group of governors":
     * an indefinite collective with "of" opens the phrase once; the people
     * after it head the group (not "the demands of farmers") */
    int collective = t < end && (tok_is(&d->toks[t], "a") || tok_is(&d->toks[t], "an"));
    const uint32_t first = t + (uint32_t)det;
    for (int mods = 0, joins = 0; t < end && mods <= 3 + det + 2 * joins; t++, mods++) {
        const token *u = &d->toks[t];
        /* "met with the plant's employees", "met with the film's director,
         * actors and producers": a lone lower-case possessor that opens the
         * phrase is its determiner, no modifier (a country or body that
         * owns the group is no counterpart: "Russia's national team") */
        if ((u->flags & T_POSS) && t == first + 1 && (d->toks[first].flags & T_WORD) &&
            !(d->toks[first].flags & (T_CAP | T_NUM | T_IN_QUOTE)) && mention_at(d, first) < 0 &&
            !(d->toks[first].word_bits &
              (W_DET | W_PREP | W_PRONOUN_ANY | W_CONJ | W_SUBORD | W_AUX | W_BE))) {
            mods -= 2;
            continue;
        }
        /* "health system and hospital leaders", "four business, university
         * and health care leaders": lower-case modifiers joined by a comma
         * or "and" */
        /* ("state and local elected officials", "federal and state
         * officials", "government and private-sector leaders": a modifier
         * the lexicon knows only as no name's word, or as a state's ruling
         * body, joins as a plain one; "consumer protection, labor, and
         * civil rights leaders": a serial comma before the last "and" is
         * one join with it) */
        uint32_t sep = is_char(d, t, ',') && t + 1 < end && tok_is(&d->toks[t + 1], "and") ? 2 : 1;
        if (mods && joins < 3 && t + sep < end && (is_char(d, t, ',') || tok_is(u, "and")) &&
            (d->toks[t - 1].flags & T_WORD) && !(d->toks[t - 1].flags & T_CAP) &&
            !(d->toks[t - 1].word_bits & ~(W_NONNAME | W_POLITY)) &&
            (d->toks[t + sep].flags & T_WORD) && !(d->toks[t + sep].flags & T_CAP) &&
            (sep == 2 || !tok_is(&d->toks[t + 1], "and"))) {
            joins++;
            t += sep - 1;
            continue;
        }
        /* "private-sector leaders": a compound's hyphen between two
         * lower-case words (unspaced) is no modifier of its own */
        if (mods && t + 1 < end && tight_hyphen(d, t) && (d->toks[t - 1].flags & T_WORD) &&
            !(d->toks[t - 1].flags & T_CAP) && (d->toks[t + 1].flags & T_WORD) &&
            !(d->toks[t + 1].flags & T_CAP)) {
            mods--;
            continue;
        }
        if (!(u->flags & T_WORD) || (u->flags & (T_IN_QUOTE | T_POSS)))
            return 0;
        int m = mention_at(d, t);
        /* "his EU counterparts": a possessive first, bodies and countries
         * as modifiers (the group acts for them) */
        if (m >= 0 && d->ments[m].tok_start == t &&
            ((d->ments[m].kind == M_PRONOUN && !mods) || d->ments[m].kind == M_ORG ||
             d->ments[m].kind == M_COUNTRY || d->ments[m].kind == M_PLACE)) {
            t = d->ments[m].tok_end - 1;
            continue;
        }
        if (tok_lex(d, t, LEX_MEETING, NULL) || tok_lex(d, t, LEX_SPEECH, NULL) ||
            (m >= 0 && (d->ments[m].kind == M_PERSON || d->ments[m].kind == M_PRONOUN)))
            return 0;
        /* "met with workers on the recovery operation": a plural noun of
         * people (words.tsv's people class) heads a group even before a
         * prepositional phrase; not "met farmers' demands" */
        int head =
            ((u->word_bits & (W_UNNAMED | W_GROUP)) && !(u->word_bits & W_DET)) ||
            (loose && plural_head(d, t, end)) ||
            ((u->word_bits & W_PEOPLE) && plural_head(d, t, t + 1) &&
             !(t + 1 < end && !(d->toks[t + 1].flags & T_SPACE_BEFORE) && apostrophe(d, t + 1)));
        /* "met with the crew", "held a meeting with the working group",
         * "met Russia's national bandy team that won": a singular noun of
         * a group of people (phrases.tsv collective), lower-case and ending
         * its phrase as a plural head does (not "the public's", "the team
         * leader") */
        if (!head && !(u->flags & T_CAP)) {
            unsigned nw = phrase_at(d, t, end, PHRASE_COLLECTIVE);
            uint32_t z = t + nw;
            const lex_entry *pw = nw && z < end ? tok_lex(d, z, LEX_WORD, NULL) : NULL;
            if (nw &&
                (plural_tail(d, z - 1, end) || (d->toks[z].word_bits & W_PLACE_PREP) ||
                 (pw && (pw->bits & W_PREP))) &&
                !(z < end && ((d->toks[z].flags & T_POSS) ||
                              (!(d->toks[z].flags & T_SPACE_BEFORE) && apostrophe(d, z)))))
                return t + nw;
        }
        /* "with political reporters", "with representatives of the
         * leading American media" (a head of phrases.tsv members_of whose
         * body is the press, a few words on) */
        if (head && (press_word(d, t) || press_body_after(d, t, end)))
            return 0;
        /* "officials' concerns": a possessive is no group */
        if (head)
            return (t + 1 >= end || !(d->toks[t + 1].flags & T_POSS)) &&
                           !(after_topic && (u->word_bits & W_STATES))
                       ? t + 1
                       : 0;
        if (collective && mods >= 2 && tok_is(u, "of") && t + 1 < end &&
            (d->toks[t - 1].flags & T_WORD) && !(d->toks[t - 1].flags & T_CAP)) {
            collective = 0;
            mods = -1;
            joins = 0;
            det = 0;
            continue;
        }
        /* "Government members", "Cabinet members": a named body, no
         * unnamed group (bare_polity_at makes that body the party;
         * "union figures" is no body's name) */
        if ((u->word_bits & (W_SUBORD | W_CONJ | W_PREP | W_AUX | W_PRONOUN_PL | W_PRONOUN_M |
                             W_PRONOUN_F | W_PRONOUN_N)) ||
            ((u->word_bits & W_ORG_HEAD) && (u->flags & T_CAP)))
            return 0;
    }
    return 0;
}

/* "Talks between A and B will resume next week", "The meeting between A and
 * B was postponed": the verb right after the noun's parties (across
 * auxiliaries and adverbs) says the meeting has not happened.  Returns that
 * modality, or NSV_MOD_ACTUAL. */
static nsv_modality trailing_modality(const doc *d, uint32_t t, uint32_t end)
{
    for (int steps = 0; t < end && steps < 4; steps++) {
        unsigned nw = 0;
        const lex_entry *m = tok_lex(d, t, LEX_MODALITY, &nw);
        if (m && !(m->bits & MOD_NEAR))
            return (nsv_modality)m->value;
        if (!(d->toks[t].word_bits & (W_AUX | W_ADVERB)))
            break;
        t++;
    }
    return NSV_MOD_ACTUAL;
}

/* "next week", "later this year" at t (words.tsv "future"): a time still
 * to come with no day to resolve ("next Tuesday" has one: dates.c gives
 * it, and finish_events makes a future day planned). */
static int future_time_at(const doc *d, uint32_t t, uint32_t end)
{
    unsigned nw = 0;
    const lex_entry *w = tok_lex(d, t, LEX_WORD, &nw);
    return w && (w->bits & W_FUTURE) && t + nw <= end;
}

/* "(said that) a meeting with representatives of X countries would be
 * held", "talks with X will take place": after the noun's counterpart (and
 * one lower-case word ending its phrase), a modal and "be held" / "take
 * place" say the meeting has not happened.  Returns that modality, or
 * NSV_MOD_ACTUAL. */
static nsv_modality future_held(const doc *d, uint32_t t, uint32_t end)
{
    if (t < end && (d->toks[t].flags & T_WORD) && !(d->toks[t].flags & T_CAP) &&
        !(d->toks[t].word_bits & (W_SUBORD | W_PREP | W_CONJ | W_AUX)) &&
        !tok_lex(d, t, LEX_MODALITY, NULL))
        t++;
    unsigned nw = 0;
    const lex_entry *m = t < end ? tok_lex(d, t, LEX_MODALITY, &nw) : NULL;
    if (!m || (m->bits & MOD_NEAR) || m->value == NSV_MOD_ACTUAL)
        return NSV_MOD_ACTUAL;
    t += nw;
    if (t < end && tok_is(&d->toks[t], "be"))
        t++;
    /* "held", "take place" (phrases.tsv takes_place) */
    return phrase_at(d, t, end, PHRASE_TAKES_PLACE) ? (nsv_modality)m->value : NSV_MOD_ACTUAL;
}

/* Does a preposition stand before the meeting noun at token i, right
 * before it or before its determiner or possessive ("proposals made during
 * the meeting would be considered", "our position in negotiations with X
 * will")?  A modal after the noun is then another clause's. */
static int noun_after_prep(const doc *d, uint32_t i, uint32_t from)
{
    if (i > from && (d->toks[i - 1].word_bits & (W_DET | W_POSSESSIVE)))
        i--;
    return i > from && (d->toks[i - 1].word_bits & W_PREP);
}

/* "talks would commence", "Russian-Japanese talks will continue the
 * following day", "a meeting may be held later this week", "the summit,
 * which is due to take place": a bare meeting noun that is the subject of a
 * modal or future verb has not happened.  Only auxiliaries count ("the
 * meeting offered a chance" is no plan).  Returns that modality, or
 * NSV_MOD_ACTUAL. */
static nsv_modality noun_subject_modality(const doc *d, uint32_t t, uint32_t end)
{
    if (t + 1 < end && is_char(d, t, ',') && tok_is(&d->toks[t + 1], "which"))
        t += 2;
    else if (t < end && tok_is(&d->toks[t], "which"))
        t++;
    if (t >= end || !(d->toks[t].flags & T_WORD))
        return NSV_MOD_ACTUAL;
    if (modal_word(d, t)) {
        const lex_entry *m = tok_lex(d, t, LEX_MODALITY, NULL);
        return m && m->value != NSV_MOD_NEGATED ? (nsv_modality)m->value : NSV_MOD_ACTUAL;
    }
    /* "is to", "are due to", "is expected to", "was set to" */
    if ((d->toks[t].word_bits & W_BE) && t + 1 < end) {
        for (uint32_t k = t; k <= t + 1; k++) {
            const lex_entry *m = tok_lex(d, k, LEX_MODALITY, NULL);
            if (m && !(m->bits & MOD_NEAR) && m->value == NSV_MOD_PLANNED)
                return NSV_MOD_PLANNED;
        }
    }
    return NSV_MOD_ACTUAL;
}

/* "After the meeting, X and Y will address a forum", "(It is expected
 * that) during the talks with X, the discussion will focus on": a meeting
 * noun in the phrase that opens the sentence (or its "that" clause) whose
 * main clause goes on in the future is a meeting still to come.  The
 * future auxiliary must come before the main clause's verb: past a report
 * verb, a speech or meeting cue or an -ed form ("During the talks, X said
 * Russia will", "agreed they would") the modal is the content's.  Returns
 * NSV_MOD_PLANNED or NSV_MOD_ACTUAL. */
static nsv_modality opening_phrase_future(const doc *d, uint32_t cue, const sentence *s)
{
    const lex_entry *lc = tok_lex(d, cue, LEX_MEETING, NULL);
    if (!lc || (lc->value != MEET_NOUN && lc->value != MEET_MULTI))
        return NSV_MOD_ACTUAL;
    uint32_t from = s->tok_start;
    /* the phrase may open the clause of a leading "that" ("It is expected
     * that during the talks") */
    for (uint32_t k = s->tok_start; k < cue && k < s->tok_start + 4; k++)
        if (tok_is(&d->toks[k], "that")) {
            from = k + 1;
            break;
        }
    /* a definite meeting: "After the meeting" (not "In negotiations with
     * Russia, Ukraine will": an open process) */
    if (from + 1 >= cue || !(d->toks[from].word_bits & W_PREP) ||
        !tok_is(&d->toks[from + 1], "the"))
        return NSV_MOD_ACTUAL;
    /* the phrase's comma, no other comma before it */
    uint32_t c = cue + 1;
    while (c < s->tok_end && c < cue + 24 && !is_char(d, c, ','))
        c++;
    if (c >= s->tok_end || !opening_phrase_end(d, from, s->tok_end, c))
        return NSV_MOD_ACTUAL;
    for (uint32_t t = c + 1; t < s->tok_end && t < c + 10; t++) {
        const token *u = &d->toks[t];
        if ((u->flags & T_QUOTE) || is_char(d, t, ',') || is_char(d, t, ';'))
            break;
        if (modal_word(d, t)) {
            const lex_entry *m = tok_lex(d, t, LEX_MODALITY, NULL);
            return m && !(m->bits & MOD_NEAR) && m->value == NSV_MOD_PLANNED ? NSV_MOD_PLANNED
                                                                             : NSV_MOD_ACTUAL;
        }
        if (mention_at(d, t) >= 0 || (u->flags & T_CAP))
            continue;
        if ((u->word_bits & (W_REPORT | W_BE | W_SUBORD)) || (u->lower_len > 3 && ed_ending(u)) ||
            tok_lex(d, t, LEX_SPEECH, NULL) || tok_lex(d, t, LEX_MEETING, NULL) ||
            tok_lex(d, t, LEX_PAST, NULL))
            break;
    }
    return NSV_MOD_ACTUAL;
}

/* "a meeting of the X Commission, which will take place on November 10",
 * "talks with the unions will resume", "(he said) negotiations with Russia
 * would continue": a meeting noun whose parties end its evidence is the
 * subject of the modal right after them, planned or, for modality.tsv's
 * "would", "could", "may", hypothetical: no held meeting (not "After
 * the talks, X and Y will": no comma between; not after a preposition,
 * "our position in negotiations with X will").  Returns that modality, or
 * NSV_MOD_ACTUAL. */
static nsv_modality parties_modality(const doc *d, const ev_draft *e, const sentence *s)
{
    const lex_entry *c = tok_lex(d, e->cue_tok, LEX_MEETING, NULL);
    if (!c || (c->value != MEET_NOUN && c->value != MEET_MULTI))
        return NSV_MOD_ACTUAL;
    uint32_t t = e->cue_tok;
    int comma = 0;
    for (; t < s->tok_end && d->toks[t].start < e->ev.evidence_end; t++)
        comma |= is_char(d, t, ',');
    if (t >= s->tok_end)
        return NSV_MOD_ACTUAL;
    if (!comma && !noun_after_prep(d, e->cue_tok, s->tok_start)) {
        nsv_modality m = noun_subject_modality(d, t, s->tok_end);
        if (m != NSV_MOD_ACTUAL)
            return m;
    }
    /* "a meeting with representatives of X countries would be held": a
     * modal with "be held" / "take place" is the noun's own verb */
    return future_held(d, t, s->tok_end);
}

/* "hosted a meeting with a group of labor union leaders", "with over 70
 * veteran, military family, caregiver and survivor organizations", "with
 * women's rights and reproductive health leaders": a longer description of
 * unnamed people after a hold verb and its meeting noun (nothing else is
 * met there).  Words, numbers, "and", "of", "from", commas, possessives and
 * bodies or countries as modifiers, up to a plural head before the phrase
 * ends; no person and no journalists.  `after_topic` as for
 * unnamed_group_at.  Returns the token after the last head, or 0. */
static uint32_t group_phrase_at(const doc *d, uint32_t t, uint32_t end, int after_topic)
{
    uint32_t head = 0;
    for (uint32_t k = t; k < end && k < t + 14; k++) {
        const token *u = &d->toks[k];
        if (u->flags & (T_QUOTE | T_IN_QUOTE))
            break;
        int m = mention_at(d, k);
        if (m >= 0 && (d->ments[m].kind == M_PERSON || d->ments[m].kind == M_PRONOUN))
            return 0;
        /* "Government members", "Security Council members": a named body,
         * no unnamed group (the body is the party: bare_polity_at) */
        if ((m >= 0 && d->ments[m].kind == M_ORG &&
             (d->toks[d->ments[m].tok_end - 1].word_bits & W_ORG_HEAD)) ||
            (m < 0 && (u->flags & T_CAP) && (u->word_bits & W_ORG_HEAD)))
            return 0;
        if (m >= 0) {
            k = d->ments[m].tok_end - 1;
            continue;
        }
        if (u->flags & T_PUNCT) {
            if (is_char(d, k, ',') || is_char(d, k, '-') || (u->flags & T_POSS))
                continue;
            break;
        }
        /* "to discuss", "on reproductive health", "who lead", "at the White House" */
        if ((u->word_bits & (W_SUBORD | W_RELDAY | W_WEEKDAY)) ||
            ((u->word_bits & W_PREP) && !tok_is(u, "of") && !tok_is(u, "from")))
            break;
        if (press_word(d, k))
            return 0;
        if (((u->word_bits & (W_UNNAMED | W_GROUP)) && !(u->word_bits & W_DET)) ||
            plural_head(d, k, end))
            head = k + 1;
    }
    return head && after_topic && (d->toks[head - 1].word_bits & W_STATES) ? 0 : head;
}

/* "held a meeting, via videoconference, with X", "met, by telephone, with
 * X", "held, via videoconference, a meeting": a format set off by commas
 * (the Kremlin's usual wording).  At the comma t: the closing comma, with
 * *fmt the aside's format, or 0.  Only a preposition and a meeting noun of
 * a format ("videoconference", "phone call") may stand inside. */
static uint32_t format_aside_end(const doc *d, uint32_t t, uint32_t end, unsigned *fmt)
{
    if (t + 4 >= end || !is_char(d, t, ',') || !(d->toks[t + 1].word_bits & W_PREP) ||
        tok_is(&d->toks[t + 1], "with"))
        return 0;
    unsigned f = 0;
    for (uint32_t k = t + 2; k < end && k < t + 8; k++) {
        unsigned nw = 0;
        const lex_entry *c = tok_lex(d, k, LEX_MEETING, &nw);
        if (c && c->value == MEET_NOUN && c->bits) {
            f = c->bits;
            k += nw - 1;
            continue;
        }
        if (is_char(d, k, ','))
            return f && k + 1 < end ? (*fmt = f, k) : 0;
        if (!(d->toks[k].flags & T_WORD) || mention_at(d, k) >= 0)
            return 0;
    }
    return 0;
}

/* Does a hold phrase of meeting_cues.tsv start at k and end at the token
 * e ("engaged in", "locked in")? */
static int hold_phrase_to(const doc *d, uint32_t k, uint32_t e)
{
    unsigned nw = 0;
    const lex_entry *h = tok_lex(d, k, LEX_MEETING, &nw);
    return h && h->value == MEET_HOLD && k + nw == e + 1;
}

/* Is mention m named with more than one word ("Ann Holt", not "Holt"):
 * a full name, surer than a lone word inside a title or chain? */
static int full_name(const doc *d, int m)
{
    return d->ments[m].name && strchr(d->ments[m].name, ' ');
}

/* Does a short topic at t ("about our European integration") run on,
 * within TOPIC_WITH_REACH words and no punctuation, quotation or clause
 * break, to a "with" that names a person ("with both Charles Michel", "with
 * President X")?  Not "about relations with Russia", "about trade with
 * China": a country or body after it is the topic's. */
#define TOPIC_WITH_REACH 7
static int titled_person(const doc *d, int m);
static int topic_then_with(const doc *d, uint32_t t, uint32_t limit)
{
    for (uint32_t k = t + 1; k < limit && k <= t + TOPIC_WITH_REACH; k++) {
        const token *u = &d->toks[k];
        if ((u->flags & (T_QUOTE | T_PUNCT)) || (u->word_bits & W_SUBORD) ||
            tok_lex(d, k, LEX_SPEECH, NULL) || tok_lex(d, k, LEX_MEETING, NULL))
            return 0;
        if (!tok_is(u, "with"))
            continue;
        uint32_t g = k + 1;
        if (g < limit && tok_is(&d->toks[g], "both"))
            g++;
        int m = g < limit ? mention_at(d, g) : -1;
        return m >= 0 && d->ments[m].tok_start == g && d->ments[m].kind == M_PERSON &&
               (titled_person(d, m) || tok_lex(d, g, LEX_GIVEN_NAME, NULL));
    }
    return 0;
}

/* "held a private meeting", "hosted a roundtable", "convened a virtual
 * discussion": the hold verb before the meeting noun at t, across an
 * article and up to two modifiers, or -1. */
static int held_before(const doc *d, uint32_t t, uint32_t from)
{
    for (uint32_t k = t, steps = 0; k > from && steps < 5; steps++) {
        k--;
        const lex_entry *h = tok_lex(d, k, LEX_MEETING, NULL);
        /* "chaired a videoconference meeting": a remote format's noun
         * modifies the meeting noun after it ("a roundtable listening
         * session" is two cues of one meeting already) */
        if (h && h->value == MEET_NOUN &&
            (h->bits == NSV_FORMAT_VIDEO || h->bits == NSV_FORMAT_PHONE) &&
            tok_lex(d, k + 1, LEX_MEETING, NULL) && (d->toks[k].flags & T_WORD))
            continue;
        if (h)
            return h->value == MEET_HOLD || h->value == MEET_HOST ? (int)k : -1;
        const token *u = &d->toks[k];
        /* "held, via videoconference, a traditional meeting": back over
         * the format aside to its verb */
        if (is_char(d, k, ',')) {
            uint32_t c = k, closing = 0;
            unsigned fmt = 0;
            while (c > from + 1 && c + 8 > k && !closing) {
                c--;
                if (is_char(d, c, ','))
                    closing = format_aside_end(d, c, t, &fmt);
            }
            if (closing == k) {
                k = c;
                continue;
            }
        }
        /* "hosted a survivor and expert roundtable": "and" between two
         * modifiers (not "held talks and a roundtable") */
        int inner_and = tok_is(u, "and") && k > from && k + 1 < t &&
                        !(d->toks[k - 1].word_bits & W_DET) && !(d->toks[k + 1].word_bits & W_DET);
        /* "is engaged in talks", "locked in negotiations": a hold phrase
         * that ends in the preposition */
        if (k > from && tok_is(u, "in") && hold_phrase_to(d, k - 1, k))
            return (int)(k - 1);
        /* "held their first meeting": a possessive pronoun may stand between */
        int m = mention_at(d, k);
        if (!(u->flags & T_WORD) || ((u->word_bits & (W_SUBORD | W_CONJ | W_PREP)) && !inner_and) ||
            (m >= 0 && d->ments[m].kind != M_PRONOUN))
            return -1;
    }
    return -1;
}

/* "A group of diplomats held their first meeting with X", "Five unions met
 * X": an unnamed group of people (a group word of the lexicon) right before
 * the verb at v (past adverbs and auxiliaries).  The named counterpart is then the one party we
 * have. */
static int group_subject_before(const doc *d, uint32_t v, uint32_t from)
{
    uint32_t k = v;
    for (int steps = 0; k > from && steps < 3 &&
                        (d->toks[k - 1].word_bits & (W_ADVERB | W_AUX | W_WEEKDAY | W_RELDAY));
         steps++)
        k--;
    if (k <= from)
        return 0;
    const token *u = &d->toks[k - 1];
    if (!(u->flags & T_WORD) || (u->flags & (T_CAP | T_NUM)) || mention_at(d, k - 1) >= 0)
        return 0;
    /* people words only: "exports met Japan's demand" is no meeting; a
     * plural of words.tsv's people class too ("Five public sector unions
     * met X") */
    return (u->word_bits & (W_UNNAMED | W_GROUP)) != 0 ||
           ((u->word_bits & W_PEOPLE) && plural_head(d, k - 1, k));
}

/* Words before "visit to X" that make it a visit under way or done: "on an
 * official visit to", "made a state visit to", "during a visit to", a
 * finite "be" ("is / was on a visit to"; words.tsv be class); not "the
 * results of his visit to", "preparations for the visit to".  (Words of
 * structure, like "with" and "of" elsewhere here.) */
static const char *const visit_openers[] = {
    "on", "made", "paid", "began", "during", "makes", "pays", "begins", "starts", "started", NULL};

static int visit_opener(const doc *d, uint32_t t)
{
    if (be_tense(d, t))
        return 1;
    /* "At the end of his trip to X,", "as part of his visit to X": a part
     * of the visit (words.tsv phase, the nouns) is the visit under way */
    if (tok_is(&d->toks[t], "of") && t > 0) {
        const lex_entry *w = tok_lex(d, t - 1, LEX_WORD, NULL);
        if ((w && (w->bits & W_PHASE) && w->value == 0) || tok_is(&d->toks[t - 1], "part") ||
            tok_is(&d->toks[t - 1], "course"))
            return 1;
    }
    for (int k = 0; visit_openers[k]; k++)
        if (tok_is(&d->toks[t], visit_openers[k]))
            return 1;
    return 0;
}

/* "Sverdlovsk Region", "the Tver Region": one to three capitalised words
 * and an area word (words.tsv area) at token p name a region the mention
 * finder leaves as no one's name.  Fills *name (country unknown) and
 * returns 1; 0 when there is none, -1 when memory ran out. */
static int region_at(doc *d, uint32_t p, uint32_t end, const char **name, const char **country)
{
    uint32_t k = p;
    while (k < end && k < p + 3 && (d->toks[k].flags & T_CAP) && (d->toks[k].flags & T_WORD) &&
           !(d->toks[k].word_bits & (W_AREA | W_NONNAME)))
        k++;
    if (k == p || k >= end || !(d->toks[k].word_bits & W_AREA) || tok_is(&d->toks[k], "district"))
        return 0;
    const char *r = span_text(d, p, k + 1);
    if (!r)
        return -1;
    *name = r;
    *country = NULL;
    return 1;
}

/* "During his trip to Tatarstan,", "During the visit to the Zavidovo
 * residence,": after an opener's visit, a place the gazetteer does not know
 * reads as a run of one to four capitalised words no lexicon knows, with
 * a lower-case venue word (words.tsv venue) after it or not, that ends the
 * opening phrase at its comma.  Fills *name (country unknown) and returns
 * 1; 0 when there is none, -1 when memory ran out. */
static int opening_visit_name(doc *d, uint32_t p, uint32_t end, const char **name,
                              const char **country)
{
    uint32_t k = p;
    while (k < end && k < p + 4 && (d->toks[k].flags & T_CAP) && (d->toks[k].flags & T_WORD) &&
           !d->toks[k].cats && !(d->toks[k].word_bits & (W_NONNAME | W_MONTH | W_WEEKDAY)))
        k++;
    if (k == p || k >= end)
        return 0;
    uint32_t last = k;
    if (!(d->toks[k].flags & T_CAP) && (d->toks[k].word_bits & W_VENUE))
        last = ++k;
    if (k >= end || !is_char(d, k, ','))
        return 0;
    const char *r = span_text(d, p, last);
    if (!r)
        return -1;
    *name = r;
    *country = NULL;
    return 1;
}

/* "X, who is in Russia on an official visit", "who came to Russia on a
 * state visit": a guest's relative clause at token t (the verb) whose place
 * is followed, a few words on, by the visit itself. */
static int guest_on_visit(const doc *d, uint32_t t, uint32_t end)
{
    const token *u = &d->toks[t];
    /* "who will be in Moscow on a working visit", "X will be in Moscow on
     * a visit": a planned one */
    int will_be = t > 0 && tok_is(u, "be") && tok_is(&d->toks[t - 1], "will") &&
                  tok_is(&d->toks[t + 1], "in");
    if (!will_be && (t == 0 || !tok_is(&d->toks[t - 1], "who") ||
                     !((tok_is(u, "is") || tok_is(u, "are")) ? tok_is(&d->toks[t + 1], "in")
                       : tok_is(u, "came")                   ? tok_is(&d->toks[t + 1], "to")
                                                             : 0)))
        return 0;
    uint32_t p = t + 2 + (t + 2 < end && tok_is(&d->toks[t + 2], "the"));
    int m = mention_at(d, p);
    if (m < 0 || d->ments[m].tok_start != p)
        return 0;
    uint32_t k = d->ments[m].tok_end;
    if (k >= end || !tok_is(&d->toks[k], "on"))
        return 0;
    for (uint32_t v = k + 1; v < end && v < k + 5; v++)
        if (tok_is(&d->toks[v], "visit"))
            return 1;
    return 0;
}

/* How far after "visit to" a named visitor's visit may give a time of its
 * own: the place (up to three words) and "on September 3-5". */
#define VISIT_TIME_REACH 6

/* Does a month, a number or "last" / "next" follow the place of a visit
 * ("visit to Tokyo on September 3-5, 2000", "to Russia in 2001", "last
 * October") before the clause ends?  t is the place's first token. */
static int visit_timed(const doc *d, uint32_t t, uint32_t end)
{
    for (uint32_t k = t; k < end && k < t + VISIT_TIME_REACH; k++) {
        const token *u = &d->toks[k];
        if (is_char(d, k, ',') || is_char(d, k, ';'))
            return 0;
        if ((u->flags & T_NUM) || (u->word_bits & W_MONTH) || tok_is(u, "last") ||
            tok_is(u, "next"))
            return 1;
    }
    return 0;
}

/* A past journey verb at t (modality.tsv "done": traveled, flew), not
 * "arrived", which takes "in". */
static inline int journey_verb(const doc *d, uint32_t t)
{
    const lex_entry *past = tok_lex(d, t, LEX_PAST, NULL);
    return past && past->value == PAST_DONE && !tok_is(&d->toks[t], "arrived");
}

/* The place a visit phrase at token t puts its subject: "visit to India",
 * "arrived in Moscow", "on a visit to our country" (*ours set), a sentence
 * opening "While in Mexico,".  Fills
 * *name and *country and returns 1, or returns 0; -1 when memory ran out. */
static int visit_place_from(doc *d, uint32_t t, uint32_t from, uint32_t end, int title,
                            nsv_modality want, const char **name, const char **country, int *ours);

/* Is u "visited" or "visits": a visit told by its verb, with the place as
 * its object? */
static int visited_word(const token *u)
{
    return tok_is(u, "visited") || tok_is(u, "visits");
}

static inline int visit_place_at(doc *d, uint32_t t, uint32_t from, uint32_t end, int title,
                                 nsv_modality want, const char **name, const char **country,
                                 int *ours)
{
    /* (asked at every word near a meeting's cue: outside a title, a visit
     * phrase has "to" or "in" after its word) */
    if (t + 2 >= end ||
        (!title && !tok_is(&d->toks[t + 1], "to") && !tok_is(&d->toks[t + 1], "in")))
        return 0;
    return visit_place_from(d, t, from, end, title, want, name, country, ours);
}
/* A title's topic opening before its visit phrase, ending at token o (the
 * word before the phrase's traveller or first word): a readout's head
 * (phrases.tsv title_topic: "Readout of X's Travel to India"), or "on" after
 * a speaker's name ("Statement by NSC Spokesperson Y on Deputy National
 * Security Advisor Z's Travel to Brussels"); not "Results of X's Travel". */
static int title_topic_visit(const doc *d, uint32_t o, uint32_t from, uint32_t end)
{
    if (o <= from)
        return 0;
    for (uint32_t h = o > from + 2 ? o - 2 : from; h < o; h++)
        if (phrase_at(d, h, end, PHRASE_TITLE_TOPIC) == o + 1 - h)
            return 1;
    int m = mention_at(d, o - 1);
    return tok_is(&d->toks[o], "on") && m >= 0 && d->ments[m].kind == M_PERSON &&
           d->ments[m].tok_end == o;
}

/* Does a title's visit phrase list several places after its "to" at t:
 * "Travel to Gabon and Nigeria", "Travel to Israel and the West Bank"?
 * Such a title names no one place of the item's meetings. */
static int title_lists_places(const doc *d, uint32_t t, uint32_t end)
{
    for (uint32_t k = t + 1; k < end; k++)
        if (tok_is(&d->toks[k], "and") || is_char(d, k, '&'))
            return 1;
    return 0;
}

static int visit_place_from(doc *d, uint32_t t, uint32_t from, uint32_t end, int title,
                            nsv_modality want, const char **name, const char **country, int *ours)
{
    const token *u = &d->toks[t];
    /* a title "President X visited the Space Forces headquarters" */
    int visited = title && visited_word(u);
    if (t + 2 >= end ||
        !(visited || tok_is(&d->toks[t + 1], "to") || tok_is(&d->toks[t + 1], "in")))
        return 0;
    int opened = 0; /* an opener's visit: "During his trip to X," */
    /* "During his working trip to the Kharkiv region," is a visit too; so
     * is a title's journey (phrases.tsv title_trip: "X's Travel to India") */
    if ((tok_is(u, "visit") || tok_is(u, "trip") ||
         (title && phrase_at(d, t, end, PHRASE_TITLE_TRIP))) &&
        tok_is(&d->toks[t + 1], "to")) {
        opened = 1;
        /* back over an article, "his" and adjectives to the opener or the
         * start ("During his visit to X,") */
        uint32_t k = t;
        for (int steps = 0; k > from && steps < 4; steps++) {
            const token *p = &d->toks[k - 1];
            int m = mention_at(d, k - 1);
            /* "during President Macron's recent visit to Moscow": the
             * visitor's possessive name stands between opener and visit */
            int owner = (p->flags & T_POSS) && k >= 2 ? mention_at(d, k - 2) : -1;
            if (owner >= 0 && d->ments[owner].kind == M_PERSON &&
                d->ments[owner].tok_end + 1 >= k && d->ments[owner].tok_start > from) {
                /* (not "during Mr Putin's visit to Tokyo on September 3-5",
                 * "during X's visit to Russia in 2001": a visit of a time of
                 * its own is another occasion) */
                if (visit_timed(d, t + 2, end))
                    return 0;
                k = d->ments[owner].tok_start;
                continue;
            }
            if (visit_opener(d, k - 1) || !(p->flags & T_WORD) || (p->flags & T_POSS) ||
                (p->word_bits & (W_PREP | W_SUBORD | W_CONJ | W_PRONOUN_N)) ||
                /* "his official visit" reads as a person ("an official"):
                 * a lower-case description is an adjective here */
                (m >= 0 && d->ments[m].kind != M_PRONOUN &&
                 (d->ments[m].kind != M_DESC || (p->flags & T_CAP))))
                break;
            k--;
        }
        if (k > from && !visit_opener(d, k - 1) &&
            !(title && title_topic_visit(d, k - 1, from, end)))
            return 0;
        if (title && title_lists_places(d, t + 1, end))
            return 0;
    } else if (!visited && !guest_on_visit(d, t, end) &&
               !((tok_is(u, "arrived") || tok_is(u, "arrives")) && tok_is(&d->toks[t + 1], "in")) &&
               /* "traveled to Kyiv today to meet with X", "flew to Ankara,
                * where he met": a past journey (modality.tsv "done") */
               !(tok_is(&d->toks[t + 1], "to") && journey_verb(d, t)) &&
               /* "While in Colombia, X met with": the sentence's opener */
               !(t == from && (u->word_bits & W_SUBORD) && tok_is(&d->toks[t + 1], "in")))
        return 0;
    if (clause_modality(d, t, from) != want)
        return 0;
    uint32_t p = t + 2 - (uint32_t)visited;
    if (phrase_at(d, p, end, PHRASE_OUR_COUNTRY)) {
        *ours = 1;
        return 1;
    }
    if (tok_is(&d->toks[p], "the") && p + 1 < end)
        p++;
    int m = mention_at(d, p);
    if (m < 0 || d->ments[m].tok_start != p) {
        int rc = region_at(d, p, end, name, country);
        return rc || !opened ? rc : opening_visit_name(d, p, end, name, country);
    }
    /* a venue that is a body: "visit to the Kurchatov Institute" */
    if (d->ments[m].kind == M_ORG && d->ments[m].name && (d->toks[p].flags & T_CAP)) {
        *name = d->ments[m].name;
        *country = d->ments[m].country;
        return 1;
    }
    /* "trip to Vladimir Region", "trip to Nizhny Novgorod": a place the
     * gazetteer does not know reads like a name; an untitled one named
     * nowhere else is the place visited (as place_at takes "in Rio de
     * Janeiro") */
    if (d->ments[m].kind == M_PERSON) {
        const mention *x = &d->ments[m];
        int rc = region_at(d, p, end, name, country);
        if (rc)
            return rc;
        if (!unknown_place_name(d, x) || has_given_name(d, m))
            return 0;
        *name = x->name;
        *country = NULL;
        return 1;
    }
    /* "traveled to Mexico City" */
    if (capital_past_country(d, p, &d->ments[m], name, country))
        return 1;
    if (d->ments[m].kind != M_PLACE)
        return 0;
    *name = d->ments[m].name;
    *country = d->ments[m].country;
    /* "trip to the Moscow Region": the region, not its city (words.tsv
     * area) */
    uint32_t a = d->ments[m].tok_end;
    if (a < end && (d->toks[a].word_bits & W_AREA) && !tok_is(&d->toks[a], "district")) {
        const char *r = span_text(d, p, a + 1);
        if (!r)
            return -1;
        *name = r;
    }
    return 1;
}

/* The one city of country the body's lead sentence goes to or is in: a
 * place with that country after "to", "in" or "visited" ("led a delegation
 * to New Delhi", "visited New Delhi, India", "arrived in Jeddah"), or NULL
 * when there is none or two different ones. */
static const char *lead_city_in(const doc *d, const char *country)
{
    uint32_t lead = lead_sentence(d);
    if (lead == UINT32_MAX || lead >= d->nsents || d->sents[lead].end <= d->title_len)
        return NULL;
    const sentence *s = &d->sents[lead];
    const char *city = NULL;
    for (uint32_t t = s->tok_start + 1; t < s->tok_end; t++) {
        const token *b = &d->toks[t - 1];
        if (!tok_is(b, "to") && !tok_is(b, "in") && !visited_word(b))
            continue;
        int m = mention_at(d, t);
        if (m < 0 || d->ments[m].tok_start != t)
            continue;
        /* ("visited New Delhi": a capital the text may read as its state) */
        const lex_entry *capital = tok_lex(d, t, LEX_CAPITAL, NULL);
        const char *name =
            capital && capital->canon && capital->extra && !strcmp(capital->extra, country)
                ? capital->canon
            : d->ments[m].kind == M_PLACE && d->ments[m].name && d->ments[m].country &&
                    !strcmp(d->ments[m].country, country)
                ? d->ments[m].name
                : NULL;
        if (!name || !strcmp(name, country))
            continue;
        if (city && strcmp(city, name))
            return NULL;
        city = name;
    }
    return city;
}

/* A meeting with no place of its own is where its visit is: a guest "who is
 * on a visit to our country" or "who arrived in Russia" in its sentence, or
 * a title "Official visit to India" / "X arrived in Ankara".  Kept aside
 * until the repeats are merged (finish_events).  0, or -1 when memory ran
 * out. */
static int visit_place(doc *d, ev_draft *e, const sentence *s)
{
    if (e->ev.location_name || e->background)
        return 0;
    const char *name = NULL, *country = NULL;
    int ours = 0, found = 0;
    uint32_t lo = e->cue_tok > s->tok_start + VISIT_REACH ? e->cue_tok - VISIT_REACH : s->tok_start;
    uint32_t hi = e->cue_tok + VISIT_REACH < s->tok_end ? e->cue_tok + VISIT_REACH : s->tok_end;
    /* (a journey places the meeting only when it comes first: not "met
     * with X before she flew to Warsaw", "discussed the refugees who
     * traveled to Poland") */
    for (uint32_t t = lo; t < hi && !found; t++)
        found = t > e->cue_tok && journey_verb(d, t)
                    ? 0
                    : visit_place_at(d, t, s->tok_start, s->tok_end, 0, NSV_MOD_ACTUAL, &name,
                                     &country, &ours);
    /* "will meet with X, who will be in Russia on an official visit": a
     * planned meeting's planned visit */
    for (uint32_t t = lo; t < hi && !found && e->ev.modality == NSV_MOD_PLANNED; t++)
        found = visit_place_at(d, t, s->tok_start, s->tok_end, 0, NSV_MOD_PLANNED, &name, &country,
                               &ours);
    for (size_t k = 0; !found && k < d->nsents && d->sents[k].end <= d->title_len; k++) {
        const sentence *ts = &d->sents[k];
        for (uint32_t t = ts->tok_start; t < ts->tok_end && !found; t++)
            found = visit_place_at(d, t, ts->tok_start, ts->tok_end, 1, NSV_MOD_ACTUAL, &name,
                                   &country, &ours);
    }
    if (found <= 0)
        return found;
    if (ours) {
        /* "our country": the country of the first person the sentence ties
         * to one ("President of Ukraine X met with Y, who is on a visit") */
        for (uint32_t t = lo; t < hi && !name; t++) {
            int m = mention_at(d, t);
            if (m >= 0 && d->ments[m].kind == M_PERSON && d->ments[m].entity >= 0 &&
                d->ents[d->ments[m].entity].country)
                name = country = d->ents[d->ments[m].entity].country;
        }
    }
    /* "... met with the Prime Minister of Portugal in Kyiv" in the title:
     * the city inside the visited country says more */
    for (size_t k = 0; name && k < d->nsents && d->sents[k].end <= d->title_len; k++)
        for (uint32_t t = d->sents[k].tok_start + 1; t < d->sents[k].tok_end; t++) {
            int m = mention_at(d, t);
            if (m >= 0 && d->ments[m].tok_start == t && d->ments[m].kind == M_PLACE &&
                tok_is(&d->toks[t - 1], "in") && d->ments[m].country && country &&
                !strcmp(d->ments[m].country, country) && strcmp(d->ments[m].name, name)) {
                name = d->ments[m].name;
                break;
            }
        }
    /* "Readout of X's Travel to India" over "X led a U.S. delegation to New
     * Delhi", "X visited New Delhi, India": a visited country yields to the
     * one city of it the body's lead sentence goes to */
    if (name && country && !strcmp(name, country)) {
        const char *city = lead_city_in(d, country);
        if (city)
            name = city;
    }
    e->visit_place = name;
    e->visit_country = country;
    return 0;
}

/* How far into a sentence (the one before a meeting, or the lead) a visit
 * of the meeting's party may be stated: the sentence opens with its subject
 * and the visit ("X is on a working visit to Y", the corpus's at most 16
 * tokens in), and each meeting without a place looks, so a long sentence
 * before many meetings is not read whole for each. */
#define PREV_VISIT_TOKENS 60

/* How far after "visited" its own time may stand: the place (up to four
 * words) and "in 2019" or "last year". */
#define VISITED_TIME_REACH 8

/* "visited" or "visits" at t with a place right after it (the token after
 * "the" too), and no time of another occasion in its clause: a year or
 * "last" / "ago" ("visited Kyiv in 2019", "visited Moscow last year").
 * Returns the place's first token, or 0. */
static uint32_t party_visited_at(const doc *d, uint32_t t, uint32_t end)
{
    if (!visited_word(&d->toks[t]) || t + 1 >= end)
        return 0;
    uint32_t p = t + 1 + (t + 2 < end && tok_is(&d->toks[t + 1], "the"));
    int m = mention_at(d, p);
    if (m < 0 || d->ments[m].tok_start != p ||
        !(d->ments[m].kind == M_PLACE || d->ments[m].kind == M_COUNTRY ||
          d->ments[m].kind == M_ORG))
        return 0;
    for (uint32_t k = d->ments[m].tok_end; k < end && k < t + VISITED_TIME_REACH; k++) {
        const token *u = &d->toks[k];
        if (is_char(d, k, ';') || (u->word_bits & W_SUBORD))
            break;
        if (((u->flags & T_NUM) && u->lower_len == 4) || tok_is(u, "last") || tok_is(u, "ago"))
            return 0;
    }
    return p;
}

/* The visit of modality want that sentence p states of one of e's parties
 * (a person named there) puts e at: e's visit place, when there is one.
 * 0, or -1 when memory ran out. */
static int visit_of_party(doc *d, ev_draft *e, const sentence *p, nsv_modality want)
{
    int party = 0;
    for (size_t m = mentions_before(d, p->tok_start);
         m < d->nments && d->ments[m].tok_start < p->tok_end && !party; m++)
        for (int k = 0; k < e->nents && !party; k++)
            party = (d->ments[m].kind == M_PERSON || d->ments[m].kind == M_DESC) &&
                    d->ments[m].entity >= 0 && e->ents[k] == d->ments[m].entity;
    if (!party)
        return 0;
    const char *name = NULL, *country = NULL;
    int ours = 0, found = 0;
    for (uint32_t t = p->tok_start;
         t < p->tok_end && t < p->tok_start + PREV_VISIT_TOKENS && !found; t++) {
        found = visit_place_at(d, t, p->tok_start, p->tok_end, 0, want, &name, &country, &ours);
        /* "X visited New Delhi, India, June 13-14. He met with Y": the
         * party's own visit, its verb (meeting_cues.tsv titled) with the
         * place as its object, as a headline's "X visited Y" is read (not
         * one of another time: "visited Kyiv in 2019", "last year") */
        uint32_t at = !found ? party_visited_at(d, t, p->tok_end) : 0;
        const lex_entry *capital = at ? tok_lex(d, at, LEX_CAPITAL, NULL) : NULL;
        /* ("visited Moscow": a capital the text may read as its state) */
        if (capital && capital->canon && clause_modality(d, t, p->tok_start) == want) {
            name = capital->canon;
            country = capital->extra;
            found = 1;
        } else if (at) {
            found =
                visit_place_from(d, t, p->tok_start, p->tok_end, 1, want, &name, &country, &ours);
        }
    }
    if (found < 0)
        return -1;
    if (!found || ours || !name)
        return 0;
    e->visit_place = name;
    e->visit_country = country;
    return 0;
}

/* "X is on a working visit to the Czech Republic. During a meeting with
 * Prime Minister Y, X conveyed ...": a visit the sentence before states of
 * one of the meeting's parties (named there) places the meeting, when
 * nothing in its own sentence does.  Called once the parties are known.
 * 0, or -1 when memory ran out. */
int prev_visit_place(doc *d, ev_draft *e)
{
    if (e->ev.location_name || e->visit_place || e->background || e->sent == 0 ||
        e->sent >= d->nsents)
        return 0;
    const sentence *p = &d->sents[e->sent - 1];
    if (p->para != d->sents[e->sent].para || p->end <= d->title_len)
        return 0;
    return visit_of_party(d, e, p, NSV_MOD_ACTUAL);
}

/* "Meeting with Omar Bongo" over "Mr Putin and Mr Bongo, who arrived in
 * Moscow the day before, discussed ...", "The Crown Prince of Saudi Arabia
 * arrived in Moscow on a three-day official visit": a headline's meeting
 * is where the body's lead sentence has one of its parties arrive or
 * visit, when nothing else places it.  0, or -1 when memory ran out. */
int lead_visit_place(doc *d, ev_draft *e)
{
    if (e->ev.location_name || e->visit_place || e->background || !e->ev.evidence_in_title)
        return 0;
    uint32_t lead = lead_sentence(d);
    if (lead == UINT32_MAX || lead >= d->nsents || d->sents[lead].end <= d->title_len)
        return 0;
    if (visit_of_party(d, e, &d->sents[lead], NSV_MOD_ACTUAL) < 0)
        return -1;
    /* a planned meeting's visit may be planned too: "X, who will be in
     * Moscow on a working visit" */
    if (!e->visit_place && e->ev.modality == NSV_MOD_PLANNED)
        return visit_of_party(d, e, &d->sents[lead], NSV_MOD_PLANNED);
    return 0;
}

/* "a summit with the leaders of the Western Balkans - the Prime Ministers
 * of ...": a group of people that an "of" phrase after it defines ("the
 * leaders of X", not "the leaders of the two countries") is not the last
 * people the item named.  Is group mention m such a group? */
static int group_of_named(const doc *d, int m)
{
    const mention *g = &d->ments[m];
    if (g->kind != M_GROUP_DESC || states_group(g))
        return 0;
    uint32_t t = g->tok_end;
    if (t + 1 >= d->ntoks || !tok_is(&d->toks[t], "of") || d->toks[t].sent != d->toks[t + 1].sent)
        return 0;
    t++;
    if (tok_is(&d->toks[t], "the") && t + 1 < d->ntoks)
        t++;
    if (!(d->toks[t].flags & T_CAP) || (d->toks[t].word_bits & W_NUMBER_WORD))
        return 0;
    int x = mention_at(d, t);
    if (x < 0 || d->ments[x].kind != M_COUNTRY || d->ments[x].tok_start != t)
        return 1; /* "the leaders of the Western Balkans", "of the Academy" */
    /* "the presidents of Russia and Argentina": the members the group
     * resolved to must act for the countries listed, one at least */
    const char *listed[MAX_COORD];
    int nl = 0;
    for (uint32_t k = t; k < d->ntoks && k < t + 16 && nl < MAX_COORD;) {
        int c = mention_at(d, k);
        if (c >= 0 && d->ments[c].tok_start == k && d->ments[c].kind == M_COUNTRY &&
            d->ments[c].entity >= 0) {
            listed[nl++] = d->ents[d->ments[c].entity].name;
            k = d->ments[c].tok_end;
        } else if (is_char(d, k, ',') || tok_is(&d->toks[k], "and") || tok_is(&d->toks[k], "the"))
            k++;
        else
            break;
    }
    int hit = 0;
    for (int q = 0; q < g->n_members; q++) {
        const char *c = d->ents[g->members[q]].country;
        if (!c)
            continue;
        int in = 0;
        for (int r = 0; r < nl && !in; r++)
            in = listed[r] && !strcmp(listed[r], c);
        if (!in)
            return 1;
        hit = 1;
    }
    return !hit;
}

/* ev_add_mention, but a group an "of" phrase defines adds no one (a list's
 * tail read as "the two countries" is left unresolved: mentions.c). */
static void meet_add_mention(doc *d, ev_draft *e, int m)
{
    if (m >= 0 && group_of_named(d, m))
        return;
    ev_add_mention(d, e, m);
}

/* "The Frankfurt meeting on Monday", "the Tashkent summit", "the Geneva
 * talks": a city named right before the meeting noun is where it met.  Only
 * a city (a place with a country of its own), not a possessive ("Moscow's
 * talks") nor a country ("the Russia-ASEAN summit" names its sides). */
static void city_before_noun(const doc *d, ev_draft *ev, uint32_t cue, const lex_entry *e)
{
    if (ev->ev.location_name || (e->value != MEET_NOUN && e->value != MEET_MULTI) || cue == 0)
        return;
    int m = mention_at(d, cue - 1);
    if (m < 0 || d->ments[m].tok_end != cue || d->ments[m].kind != M_PLACE)
        return;
    const mention *x = &d->ments[m];
    if (!x->name || !x->country || !strcmp(x->name, x->country) ||
        (d->toks[cue - 1].flags & T_POSS))
        return;
    ev->ev.location_name = x->name;
    ev->ev.location_country = x->country;
}

static ev_draft *new_meeting(doc *d, ev_list *out, uint32_t cue, const lex_entry *e,
                             const char *rule, const sentence *s)
{
    ev_draft *ev = ev_new(d, out, NSV_EV_MEETING, cue, rule);
    if (!ev)
        return NULL;
    ev->ev.format = (nsv_format)e->bits;
    /* 'could hold "urgent" talks': the modal stands before the quoted
     * modifiers (see subject_before) */
    ev->ev.modality = act_modality(d, quoted_modifiers_open(d, cue, s->tok_start), s->tok_start);
    ev_date(d, ev);
    ev_place(d, ev);
    city_before_noun(d, ev, cue, e);
    if (visit_place(d, ev, s) < 0)
        return NULL; /* (out of memory, as for ev_new) */
    return ev;
}

/* The "(" of a parenthesis of at most four tokens ("(NEA)", "(U.S.)")
 * that closes right before token k, at or after token lo; else UINT32_MAX. */
static uint32_t paren_before(const doc *d, uint32_t k, uint32_t lo)
{
    if (k < 2 || !is_char(d, k - 1, ')'))
        return UINT32_MAX;
    for (uint32_t p = k - 2; p >= lo && p + 6 > k; p--) {
        if (is_char(d, p, '('))
            return p;
        if (p == 0)
            break;
    }
    return UINT32_MAX;
}

/* The token after a parenthesis of at most four tokens ("(PLO)", "(FTS)")
 * that opens at token k, before end; else k. */
static uint32_t paren_after(const doc *d, uint32_t k, uint32_t end)
{
    if (k >= end || !is_char(d, k, '('))
        return k;
    for (uint32_t p = k + 1; p < end && p < k + 6; p++)
        if (is_char(d, p, ')'))
            return p + 1;
    return k;
}

/* The parties listed before mention m as one subject, each with its title
 * or appositive: "Director of the X Council A, Domestic Policy Advisor B,
 * and Chief Economist C, alongside ..., convened" -> B, A from C.  Writes
 * mention indexes right to left; returns the count. */
static int listed_before(const doc *d, int m, uint32_t from, int *out, int max)
{
    int n = 0;
    while (n < max) {
        uint32_t k = d->ments[m].tok_start;
        /* the title before the name: capitalised words, "of", "the", bodies */
        for (int steps = 0; k > from && steps < 12; steps++) {
            const token *p = &d->toks[k - 1];
            int b = mention_at(d, k - 1);
            /* "Director of the X Council", "the Department of the Treasury" */
            if (b >= 0 && (d->ments[b].kind == M_ORG || d->ments[b].kind == M_DESC) &&
                d->ments[b].tok_start < k - 1) {
                k = d->ments[b].tok_start;
                continue;
            }
            /* "National Endowment for the Arts (NEA) Chair X" */
            if (is_char(d, k - 1, ')')) {
                uint32_t o = paren_before(d, k, from + 1);
                if (o == UINT32_MAX || !(d->toks[o - 1].flags & T_CAP))
                    break;
                k = o;
                continue;
            }
            /* "Chief Economist of the Investing in America Cabinet" */
            int inner =
                (p->word_bits & (W_PREP | W_DET)) && k - 1 > from && (d->toks[k - 2].flags & T_CAP);
            /* "Office of Management and Budget Director X": an "and" inside
             * a body's name, between capitalised words no person holds */
            if (tok_is(p, "and") && k - 1 > from && (d->toks[k - 2].flags & T_CAP) &&
                (d->toks[k].flags & T_CAP) && mention_at(d, k - 2) < 0)
                inner = 1;
            if (!(p->flags & T_WORD) ||
                !((p->flags & T_CAP) || inner || tok_is(p, "of") || tok_is(p, "the")))
                break;
            if (b >= 0 && d->ments[b].kind != M_ORG && d->ments[b].kind != M_DESC)
                break;
            k--;
        }
        int joined = k > from && tok_is(&d->toks[k - 1], "and");
        k -= joined;
        int comma = k > from + 1 && is_char(d, k - 1, ',');
        if (!joined && !comma)
            break;
        /* "During his visit to the Kazan Aviation Factory, X had a brief
         * conversation with its workers": a bare comma that closes a
         * sentence-opening prepositional phrase ends the list (its last
         * noun need not follow a preposition: "Brown v. Board of X") */
        if (comma && !joined && opening_phrase_end(d, from, k, k - 1))
            break;
        /* "B and C", "B, and C": a name right before; else "B, <title>, C" */
        uint32_t e = k - (uint32_t)comma;
        /* "the Office of X (OX) and the Y": the body before its acronym */
        uint32_t o = e > from + 2 ? paren_before(d, e, from) : UINT32_MAX;
        if (o != UINT32_MAX)
            e = o;
        int prev = e > from ? mention_at(d, e - 1) : -1;
        /* "President X of France and Chancellor Y": the country is the
         * person's, who is the party listed */
        int owner = country_owner(d, e, from);
        if (owner >= 0)
            prev = owner;
        else if (prev < 0 || d->ments[prev].tok_end != e || !party_mention(d, prev))
            prev = comma ? party_left(d, k, from) : -1;
        /* "In Ukraine, X met": a place phrase, not a party */
        if (prev < 0 ||
            (d->ments[prev].tok_start > from &&
             (d->toks[d->ments[prev].tok_start - 1].word_bits & (W_PREP | W_PLACE_PREP))))
            break;
        out[n++] = prev;
        m = prev;
    }
    return n;
}

/* A state's executive by its bare capitalised head word ("Government",
 * "Administration": a polity word of words.tsv), outside quotes and not a
 * possessive. */
static int polity_word(const token *u)
{
    return (u->flags & T_CAP) && !(u->flags & (T_IN_QUOTE | T_POSS)) &&
           (u->word_bits & (W_POLITY | W_ORG_HEAD)) == (W_POLITY | W_ORG_HEAD);
}

/* The body entity the one word at t names ("Administration"), or -1. */
static int word_body_entity(doc *d, uint32_t t)
{
    return span_body_entity(d, t, t + 1);
}

/* "held a meeting with Government members", "met with the Cabinet": a
 * state's executive by its bare capitalised head word (a polity word of
 * words.tsv), alone or before a people word, ending the phrase.  The one
 * who meets it meets that body (the studied sets label the President's
 * sessions with his Government).  Returns the token after the phrase, or 0. */
static uint32_t bare_polity_at(const doc *d, uint32_t t, uint32_t end)
{
    if (t < end && tok_is(&d->toks[t], "the"))
        t++;
    if (t >= end)
        return 0;
    /* "the Cabinet" may be a mention of its own (a body or a description),
     * but of that word alone */
    int m = mention_at(d, t);
    if (m >= 0 && (!(d->ments[m].kind == M_ORG || d->ments[m].kind == M_DESC) ||
                   d->ments[m].tok_end != t + 1))
        return 0;
    if (!polity_word(&d->toks[t]))
        return 0;
    t++;
    if (t < end && (d->toks[t].word_bits & W_UNNAMED) && !(d->toks[t].flags & T_CAP))
        t++;
    if (t >= end)
        return t;
    const token *v = &d->toks[t];
    if (((v->flags & T_PUNCT) && !(v->flags & T_POSS)) ||
        (v->word_bits & (W_PREP | W_SUBORD | W_RELDAY | W_WEEKDAY)))
        return t;
    /* "with Government members ahead of the New Year", "this year at the
     * Government House", "last week": a phrase of several words (the
     * lexicon's "ahead of", "last week") or "this" with a noun of time
     * (words.tsv nonname NONNAME_TIME) ends the phrase as one word does */
    unsigned nw = 0;
    const lex_entry *w = (v->flags & T_CAP) ? NULL : tok_lex(d, t, LEX_WORD, &nw);
    if (w && (w->bits & (W_PREP | W_RELDAY | W_BACKGROUND)))
        return t;
    if (tok_is(v, "this") && t + 1 < end && !(d->toks[t + 1].flags & T_CAP) &&
        word_class_value(&d->toks[t + 1], W_NONNAME, NONNAME_TIME) &&
        (t + 2 >= end || (d->toks[t + 2].flags & T_PUNCT) ||
         (d->toks[t + 2].word_bits & (W_PREP | W_SUBORD))))
        return t;
    return 0;
}

/* Is mention m a state, or a body the lexicon knows or whose name has a
 * body's head word ("Foreign Ministry", "National Institute of Migration")? */
static int known_body(const doc *d, int m)
{
    const mention *x = &d->ments[m];
    if (x->kind == M_COUNTRY)
        return 1;
    if (x->kind != M_ORG)
        return 0;
    for (uint32_t t = x->tok_start; t < x->tok_end; t++)
        if (tok_lex(d, t, LEX_ORG, NULL) || (d->toks[t].word_bits & W_ORG_HEAD))
            return 1;
    return 0;
}

/* "Senior White House officials convened ...", "Biden-Harris Administration
 * officials met again with ...": unnamed officials act for the body named
 * before them, which is the side the readout can name.  Sets *body to the
 * body's mention, or *body -1 with *ent set to a bare executive's entity
 * ("Administration"), or both -1.  Returns 0, or -1 when memory ran out. */
static int officials_body(doc *d, uint32_t verb, uint32_t from, int *body, int *ent,
                          uint32_t *first)
{
    *body = -1;
    *ent = -1;
    *first = verb;
    uint32_t k = verb;
    /* "officials again met", "officials today hosted" */
    for (int steps = 0;
         k > from && steps < 2 && (d->toks[k - 1].word_bits & (W_ADVERB | W_RELDAY | W_WEEKDAY));
         steps++)
        k--;
    if (k < from + 2 || !staff_word(&d->toks[k - 1]))
        return 0;
    uint32_t b = k - 1; /* the token after the body */
    int m = mention_at(d, b - 1);
    if (m >= 0 && d->ments[m].tok_end == b && d->ments[m].kind == M_ORG && party_mention(d, m)) {
        *first = d->ments[m].tok_start;
        *body = m;
        return 0;
    }
    if (m < 0 && polity_word(&d->toks[b - 1])) {
        if ((*ent = word_body_entity(d, b - 1)) < 0)
            return -1;
        /* "Biden-Harris Administration": the hyphened names before it
         * describe it */
        uint32_t f = b - 1;
        while (f >= from + 3 && (d->toks[f - 1].flags & T_CAP) && is_char(d, f - 2, '-') &&
               (d->toks[f - 3].flags & T_CAP))
            f -= 3;
        *first = f;
    }
    return 0;
}

/* "President Biden and senior White House officials hosted": the party
 * listed before the officials (across "senior", "other") takes part too.
 * Adds it and those listed with it to e. */
static void listed_before_officials(doc *d, ev_draft *e, uint32_t first, uint32_t from)
{
    uint32_t k = first;
    for (int steps = 0; k > from && steps < 2 && (d->toks[k - 1].flags & T_WORD) &&
                        !(d->toks[k - 1].flags & T_CAP) && !(d->toks[k - 1].word_bits & W_CONJ);
         steps++)
        k--;
    if (k <= from + 1 || !tok_is(&d->toks[k - 1], "and"))
        return;
    uint32_t a = k - 1; /* (the serial comma: "A, B, and senior officials") */
    if (a > from + 1 && is_char(d, a - 1, ','))
        a--;
    int p = party_left(d, a, from);
    if (p < 0 || d->ments[p].kind != M_PERSON)
        return;
    int left[MAX_COORD];
    int nl = listed_before(d, p, from, left, MAX_COORD);
    meet_add_mention(d, e, p);
    for (int q = 0; q < nl; q++)
        meet_add_mention(d, e, left[q]);
}

/* Back from token b over the title words before a name ("Deputy Homeland
 * Security Advisor", "Minister of Health"): capitalised words, "of",
 * "the"; at most max of them, not before token lo. */
static uint32_t title_words_before(const doc *d, uint32_t b, uint32_t lo, int max)
{
    for (int steps = 0; b > lo && steps < max; steps++) {
        const token *w = &d->toks[b - 1];
        if (!(w->flags & T_CAP) && !tok_is(w, "of") && !tok_is(w, "the"))
            break;
        b--;
    }
    return b;
}

/* A host in a readout's list: a person with a first name, or with two
 * words at least and a title after a comma ("Cara Abercrombie, Deputy
 * Assistant to the President"; not "Defense Policy and Arms Control on the
 * Council", "Native Hawaiian, and Pacific Islander Liaison"). */
static int named_host(const doc *d, int m, uint32_t verb)
{
    const mention *x = &d->ments[m];
    if (x->kind != M_PERSON)
        return 0;
    if (has_given_name(d, m))
        return 1;
    return x->tok_end - x->tok_start >= 2 && x->tok_end + 1 < verb && is_char(d, x->tok_end, ',') &&
           (d->toks[x->tok_end + 1].flags & T_CAP) && tok_lex(d, x->tok_end + 1, LEX_TITLE, NULL);
}

/* The length in words of a companion phrase at token t: "joined by"
 * (meeting_cues.tsv "companion") or a words.tsv conjunction of two words or
 * more ("together with", "as well as"); else 0. */
static unsigned companion_at(const doc *d, uint32_t t)
{
    unsigned nw = 0;
    const lex_entry *c = tok_lex(d, t, LEX_MEETING, &nw);
    if (c && c->value == MEET_PARTICIPATE && c->canon && !strcmp(c->canon, "companion"))
        return nw;
    /* a phrase's match goes before the word's own: with none, no two words */
    if (!d->toks[t].matches || d->toks[t].matches->nwords < 2)
        return 0;
    const lex_entry *w = tok_lex(d, t, LEX_WORD, &nw);
    return w && (w->bits & W_CONJ) && nw >= 2 ? nw : 0;
}

/* How many tokens an opening phrase before a readout's hosts may run
 * ("In the wake of the Alabama Supreme Court ruling that halted ...,"). */
#define OPENING_PHRASE_TOKENS 40

/* Past an opening prepositional phrase and its comma at token k ("Ahead of
 * Equal Pay Day 2023, ...", "to mark the anniversary of X, ..."): the token
 * after the comma, when one closes it before limit within
 * OPENING_PHRASE_TOKENS and no quote, semicolon or colon stands between;
 * else k.  Not after_opening_phrase: a readout's long phrase ("In the wake
 * of the X ruling that halted ...,") may name people and bodies, opens at
 * any token k (past a time phrase), on a phrase's W_PREP ("ahead of") and
 * not on a place preposition or subordinator alone. */
static uint32_t past_opening_phrase(const doc *d, uint32_t k, uint32_t limit)
{
    if (k >= limit)
        return k;
    /* (a phrase's class is on its match: "ahead of", "as part of") */
    const lex_entry *w = tok_lex(d, k, LEX_WORD, NULL);
    if (!(d->toks[k].word_bits & W_PREP) && !(w && (w->bits & W_PREP)))
        return k;
    for (uint32_t c = k + 1; c < limit && c < k + OPENING_PHRASE_TOKENS; c++) {
        if ((d->toks[c].flags & T_QUOTE) || is_char(d, c, ';') || is_char(d, c, ':'))
            return k;
        if (is_char(d, c, ','))
            return c + 1 < limit ? c + 1 : k;
    }
    return k;
}

/* "Today, Jennifer Klein, Assistant to the President and Director of the
 * Gender Policy Council, and Cara Abercrombie, Deputy Assistant ... on the
 * National Security Council, hosted a virtual roundtable": a readout opens
 * with its hosts, each with a long title after a comma, too far back for
 * party_left.  From the sentence's start (past an opening time phrase and
 * an opening prepositional phrase, each with its comma) to the verb: the
 * named people that head the list (the first
 * one, and each after a comma or "and").  Nothing when the list does not
 * open with a named host (named_host: a person), when a clause opener, a
 * quote, a speech or another meeting word stands between, or when the
 * verb does not close the list (a comma or a name right before it).
 * Returns the count. */
static int readout_subjects(doc *d, uint32_t verb, const sentence *s, int *out, int max)
{
    uint32_t k = past_opening_phrase(d, past_opening_time(d, s, verb), verb);
    if (k < verb && tok_is(&d->toks[k], "the"))
        k++;
    /* (a body's mention may take its "the") */
    int first = mention_at(d, k);
    if (first < 0 || d->ments[first].tok_start + 1 < k || !party_mention(d, first) ||
        verb > k + 60 || verb <= d->ments[first].tok_end)
        return 0;
    k = d->ments[first].tok_start;
    if (!named_host(d, first, verb))
        return 0;
    int before = mention_at(d, verb - 1);
    if (!is_char(d, verb - 1, ',') && !(before >= 0 && d->ments[before].tok_end == verb))
        return 0;
    int n = 0;
    for (uint32_t t = k; t < verb; t++) {
        const token *u = &d->toks[t];
        if ((u->flags & T_QUOTE) || is_char(d, t, ';') || is_char(d, t, ':') ||
            (u->word_bits & W_SUBORD) || tok_lex(d, t, LEX_SPEECH, NULL) ||
            (tok_lex(d, t, LEX_MEETING, NULL) && !companion_at(d, t)))
            return 0;
        int m = mention_at(d, t);
        if (m < 0 || d->ments[m].tok_start != t)
            continue;
        /* the head of a list item: the first, or after a comma or "and"
         * (across "the") */
        uint32_t b = t > k && tok_is(&d->toks[t - 1], "the") ? t - 1 : t;
        /* a person's title before the name ("Deputy Homeland Security
         * Advisor Josh Geltzer") */
        uint32_t tb = title_words_before(d, b, k + 1, 10);
        int head = tb > k && (is_char(d, tb - 1, ',') || tok_is(&d->toks[tb - 1], "and"));
        /* a person of two words at least after title words ("Domestic
         * Policy Advisor Neera Tanden") is a host as one with a given name */
        int titled = tb < b && d->ments[m].kind == M_PERSON &&
                     d->ments[m].tok_end - d->ments[m].tok_start >= 2;
        /* (the first is a named host and a party: tested above) */
        if ((t == k || (head && (named_host(d, m, verb) || titled) && party_mention(d, m))) &&
            n < max)
            out[n++] = m;
        t = d->ments[m].tok_end - 1;
    }
    return n;
}

static int titled_person(const doc *d, int m);
static int titled_list_after(const doc *d, const sentence *s, int *objs, int n, int max);

/* "Vladimir Putin toured the plant and met with its employees", "The
 * President watched the film, a drama that ..., and later met with its
 * actors": the verb after "and" (and "later", "then", "also") shares the
 * subject that opens the sentence (after an opening time phrase or a
 * prepositional phrase and its comma), a person followed by its own verb.
 * Nothing across a quote, a semicolon or a colon, a speech verb, or a
 * relative clause the comma before "and" does not close.  The subject's
 * mention, or -1. */
static int coordinated_subject(const doc *d, uint32_t verb, const sentence *s)
{
    /* a past verb only: "development that safeguards X and meets Y" */
    const token *vt = &d->toks[verb];
    if (!vt->lower || !(tok_is(vt, "met") || tok_is(vt, "held") || tok_is(vt, "had") ||
                        (vt->lower_len > 3 && ed_ending(vt))))
        return -1;
    uint32_t a = verb;
    while (a > s->tok_start && (d->toks[a - 1].word_bits & W_ADVERB))
        a--;
    /* "he visited the region's farms, met local farmers and ...": a comma
     * lists verb phrases as "and" does (no clause may open between) */
    int comma = a >= s->tok_start + 3 && is_char(d, a - 1, ',');
    if (a < s->tok_start + 3 || (!tok_is(&d->toks[a - 1], "and") && !comma))
        return -1;
    a--; /* the "and" */
    uint32_t k = past_opening_time(d, s, a);
    if (k == s->tok_start && (d->toks[s->tok_start].word_bits & W_PREP)) {
        /* "During the trip to Vladimir, Mr Putin went on a tour and met" */
        uint32_t c = s->tok_start + 1;
        while (c < a && c < s->tok_start + 12 && !is_char(d, c, ','))
            c++;
        if (c >= a || !is_char(d, c, ','))
            return -1;
        k = c + 1;
    }
    int m = mention_at(d, k);
    if (m < 0 && k + 1 < a && tok_is(&d->toks[k], "the"))
        m = mention_at(d, k + 1);
    if (m < 0 || d->ments[m].tok_start > k + 1 || !party_mention(d, m) || d->ments[m].entity < 0 ||
        d->ents[d->ments[m].entity].kind != NSV_KIND_PERSON || d->ments[m].tok_end + 1 >= a ||
        a > d->ments[m].tok_end + 40)
        return -1;
    /* its own verb right after it (across adverbs): a lower-case word */
    uint32_t v = d->ments[m].tok_end;
    while (v < a && (d->toks[v].word_bits & W_ADVERB))
        v++;
    const token *u = &d->toks[v];
    if (v >= a || !(u->flags & T_WORD) || (u->flags & T_CAP) ||
        (u->word_bits & (W_PREP | W_CONJ | W_SUBORD | W_DET)) || tok_lex(d, v, LEX_SPEECH, NULL))
        return -1;
    int subord = 0;
    for (uint32_t t = v + 1; t < a; t++) {
        const token *w = &d->toks[t];
        if ((w->flags & T_QUOTE) || is_char(d, t, ';') || is_char(d, t, ':') ||
            tok_lex(d, t, LEX_SPEECH, NULL))
            return -1;
        subord |= (w->word_bits & W_SUBORD) != 0;
    }
    if (subord && (comma || !is_char(d, a - 1, ',')))
        return -1;
    return m;
}

static int sides_listed(doc *d, uint32_t k, uint32_t end, int office, int *ents, int max);

/* The sides listed after an unnamed group whose words end before token g1,
 * an "of" or "from" ("the national security advisors of France, Germany,
 * and Italy", "representatives from Ukraine"; after a second group joined
 * by "and"), take part in e.  Sets *n to their count, or to -1 when no "of"
 * or "from" follows the group; returns 0, or -1 when memory ran out. */
static int group_sides(doc *d, ev_draft *e, uint32_t g1, uint32_t end, int *n)
{
    *n = -1;
    /* "the national security advisors and senior G20 representatives of
     * the Quint and the EU": the sides after a second group joined by
     * "and" are both groups' */
    if (g1 + 2 < end && tok_is(&d->toks[g1], "and")) {
        uint32_t g2 = unnamed_group_at(d, g1 + 1, end, 0, 0);
        if (g2)
            g1 = g2;
    }
    if (g1 + 1 >= end || (!tok_is(&d->toks[g1], "of") && !tok_is(&d->toks[g1], "from")))
        return 0;
    int sides[MAX_COORD];
    if ((*n = sides_listed(d, g1 + 1, end, 0, sides, MAX_COORD)) < 0)
        return -1;
    for (int q = 0; q < *n; q++)
        ev_add_party(d, e, sides[q]);
    return 0;
}

/* The token after up to four capitalised words from k, outside quotes, that
 * the mention finder left unread ("Thermo Fisher Scientific", "the Presidium
 * of ..."); k when none.  (Looser than unread_name_end: lexicon words count,
 * and no phrase end is asked for.) */
static uint32_t caps_run_end(const doc *d, uint32_t k, uint32_t end)
{
    uint32_t t = k;
    while (t < end && t < k + 4 && (d->toks[t].flags & T_WORD) && (d->toks[t].flags & T_CAP) &&
           !(d->toks[t].flags & T_IN_QUOTE) && mention_at(d, t) < 0)
        t++;
    return t;
}

/* Does an ", including" list's item end at token t: a comma, "and", a
 * full stop or the sentence's end (end)? */
static int ends_list_item(const doc *d, uint32_t t, uint32_t end)
{
    return t >= end || is_char(d, t, ',') || is_char(d, t, '.') || tok_is(&d->toks[t], "and");
}

/* How far after a group's "of" its ", including" list may start. */
#define INCLUDING_REACH 20

/* "the CEOs of the three principal companies that together manufacture
 * RSV immunizations for infants, including Sanofi, AstraZeneca, and Thermo
 * Fisher Scientific": after the "of" at g1 that names no side, a comma and
 * "including" within INCLUDING_REACH tokens (no purpose or topic between,
 * phrases.tsv purpose_topic: "to", "on", "about"; no clause break) lists the group's
 * bodies or people.  Adds those (not states or places: "issues, including
 * Syria" is a topic) and returns their count, or -1 when memory ran out
 * (the caller fails the item: the list is not cut short). */
static int including_members(doc *d, ev_draft *e, uint32_t g1, uint32_t end)
{
    if (g1 >= end || !tok_is(&d->toks[g1], "of"))
        return 0;
    uint32_t k = g1 + 1;
    for (; k + 1 < end && k < g1 + INCLUDING_REACH; k++) {
        const token *u = &d->toks[k];
        if (phrase_at(d, k, end, PHRASE_PURPOSE_TOPIC) || is_char(d, k, ';') ||
            is_char(d, k, ':') || (u->flags & (T_QUOTE | T_IN_QUOTE)))
            return 0;
        if (is_char(d, k, ',') && tok_is(&d->toks[k + 1], "including"))
            break;
    }
    if (k + 2 >= end || k >= g1 + INCLUDING_REACH || !is_char(d, k, ','))
        return 0;
    int added = 0;
    for (k += 2; k < end && added < MAX_COORD;) {
        while (k < end && (is_char(d, k, ',') || tok_is(&d->toks[k], "and")))
            k++;
        if (k >= end)
            break;
        int m = mention_at(d, k);
        uint32_t next;
        int ent = -1;
        if (m >= 0 && d->ments[m].tok_start == k) {
            if (d->ments[m].entity < 0 || !party_mention(d, m) ||
                (d->ents[d->ments[m].entity].kind != NSV_KIND_ORGANIZATION &&
                 d->ents[d->ments[m].entity].kind != NSV_KIND_PERSON))
                break;
            ent = d->ments[m].entity;
            next = d->ments[m].tok_end;
        } else {
            /* "and Thermo Fisher Scientific": a name the mention finder
             * left unread, capitalised words up to the list's next comma,
             * "and" or end */
            next = caps_run_end(d, k, end);
            if (next == k || !ends_list_item(d, next, end))
                break;
            ent = span_body_entity(d, k, next);
            if (ent < 0)
                return -1;
        }
        if (!ends_list_item(d, next, end))
            break;
        ev_add_party(d, e, ent);
        added++;
        k = next;
        if (k < end && is_char(d, k, '.'))
            break;
    }
    return added;
}

/* "representatives of Alstom the details ...": a run of up to three
 * capitalised words from t that no mention, lexicon word or phrase holds,
 * ending the phrase (punctuation, the sentence's end or a function word
 * follows).  Returns the token after the run, or t when there is none. */
static uint32_t unread_name_end(const doc *d, uint32_t t, uint32_t end)
{
    uint32_t k = t;
    for (; k < end && k < t + 4; k++) {
        const token *u = &d->toks[k];
        if (!(u->flags & T_WORD) || !(u->flags & T_CAP) || (u->flags & (T_IN_QUOTE | T_POSS)) ||
            u->word_bits || u->cats || mention_at(d, k) >= 0)
            break;
    }
    if (k == t || k == t + 4)
        return t;
    if (k < end) {
        const token *v = &d->toks[k];
        /* "the Presidency of Bosnia and Herzegovina": the name goes on */
        if ((v->flags & T_POSS) || tok_is(v, "of"))
            return t;
        if ((v->flags & T_WORD) &&
            !(v->word_bits & (W_DET | W_PREP | W_CONJ | W_SUBORD | W_AUX | W_BE | W_PLACE_PREP)))
            return t;
    }
    return k;
}

/* "a series of events that the White House hosts with state and local
 * leaders": a present-tense verb in a relative clause tells what the
 * subject does as a habit, no one occasion (GUIDE: no identifiable
 * occasion is no event). */
static int habitual_relative(const doc *d, uint32_t verb, const sentence *s)
{
    const token *v = &d->toks[verb];
    int subj = verb > s->tok_start ? mention_at(d, verb - 1) : -1;
    if (v->lower_len < 4 || !present_s_ending(v) || subj < 0 || d->ments[subj].tok_end != verb)
        return 0;
    uint32_t k = d->ments[subj].tok_start;
    if (k > s->tok_start && tok_is(&d->toks[k - 1], "the"))
        k--;
    return k > s->tok_start &&
           (tok_is(&d->toks[k - 1], "that") || tok_is(&d->toks[k - 1], "which"));
}

/* Is token t a word naming a region or a people: a place the mention
 * finder read ("Florida"), a demonym of the lexicon ("Italian"), or a
 * capitalised word it knows nothing of ending in "-an" ("Caribbean")?  (A
 * country's name before people is no side of theirs: "U.S. drug
 * manufacturers", modifier_country.) */
static int region_word(const doc *d, uint32_t t)
{
    const token *u = &d->toks[t];
    int m = mention_at(d, t);
    if (m >= 0)
        return d->ments[m].kind == M_PLACE;
    if (tok_lex(d, t, LEX_DEMONYM, NULL))
        return 1;
    return !u->word_bits && !u->cats && u->lower_len >= 5 && u->lower[u->lower_len - 2] == 'a' &&
           u->lower[u->lower_len - 1] == 'n';
}

/* "Caribbean leaders", "leading Italian entrepreneurs", "Florida state
 * legislators": in an unnamed group [g0, g1) its first capitalised word,
 * a region's or people's (region_word, not the sentence's first), with
 * only lower-case words after it up to the group's end (a head and its
 * modifiers).  Returns that word's token, or g1 when there is none. */
static uint32_t region_group_start(const doc *d, uint32_t g0, uint32_t g1)
{
    uint32_t t = g0;
    while (t + 1 < g1 && !(d->toks[t].flags & T_CAP))
        t++;
    if (t + 1 >= g1 || !(d->toks[t].flags & T_WORD) || (d->toks[t].flags & (T_IN_QUOTE | T_POSS)) ||
        d->toks[t].start == d->sents[d->toks[t].sent].start || !region_word(d, t))
        return g1;
    for (uint32_t k = t + 1; k < g1; k++)
        if (!(d->toks[k].flags & T_WORD) || (d->toks[k].flags & (T_CAP | T_POSS | T_IN_QUOTE)))
            return g1;
    return t;
}

/* "met with members of the Presidium of the Russian Academy of Sciences",
 * "with representatives of the X Association": the unnamed group from g0 to
 * its head before g1 belongs to a body the text names right after the head's
 * "of" or "in" (phrases.tsv members_of), and that body takes part as a
 * party (GUIDE: the bodies placed in the meeting).  Only a named
 * organisation counts: "representatives of Russian business circles",
 * "members of the Texas legislature" name none.  Bounded: four capitalised
 * words and one mention past the head.  Returns 1 when it added one, -1
 * when memory ran out. */
static int group_body(doc *d, ev_draft *e, uint32_t g0, uint32_t g1, uint32_t end)
{
    if (g1 <= g0 || g1 + 1 >= end || phrase_at(d, g1 - 1, end, PHRASE_MEMBERS_OF) != 2)
        return 0;
    uint32_t k = g1 + 1;
    if (k + 1 < end && tok_is(&d->toks[k], "the"))
        k++;
    /* "the Presidium of the Russian Academy of Sciences": capitalised words
     * the mention finder left unread, then "of (the)" and the body they
     * belong to, name one body together */
    uint32_t from = k;
    k = caps_run_end(d, k, end);
    if (k > from) {
        if (k + 1 >= end || !tok_is(&d->toks[k], "of"))
            return 0;
        k++;
        if (k + 1 < end && tok_is(&d->toks[k], "the"))
            k++;
    }
    int m = mention_at(d, k);
    if (m < 0 || d->ments[m].tok_start != k || d->ments[m].kind != M_ORG || !party_mention(d, m) ||
        d->ents[d->ments[m].entity].kind != NSV_KIND_ORGANIZATION)
        return 0;
    /* "members of the Space Council's Users' Advisory Group": the body
     * owns the group's body, which is met */
    uint32_t after = d->ments[m].tok_end;
    if ((d->toks[after - 1].flags & T_POSS) || (after < end && (d->toks[after].flags & T_POSS)))
        return 0;
    int ent = k > from ? span_body_entity(d, from, d->ments[m].tok_end) : d->ments[m].entity;
    if (ent < 0)
        return -1;
    ev_add_party(d, e, ent);
    return 1;
}

static nsv_code group_met_parties(doc *d, ev_draft *e, const sentence *s, uint32_t g0, uint32_t g1,
                                  nsv_error *err);
static int person_mention(const doc *d, int m);

/* "met with USAID representatives", "a meeting with Chornobyl workers", "met
 * SEC officials": in an unnamed group [g0, g1), a body's bare name (one or
 * two capitalised words the mention finder, the lexicon and the phrase
 * list left unread, not the sentence's first word, nor a region's or
 * people's word: "Caribbean leaders") right before a head that names a
 * body's people (phrases.tsv body_people).  As "representatives of X"
 * (group_body), the body takes part.  Returns the name's first token, or g1
 * when there is none; *to is set to the token after it. */
static uint32_t group_named_body(const doc *d, uint32_t g0, uint32_t g1, const sentence *s,
                                 uint32_t *to)
{
    if (g1 < g0 + 2 || !phrase_at(d, g1 - 1, g1, PHRASE_BODY_PEOPLE) ||
        (d->toks[g1 - 1].flags & T_CAP))
        return g1;
    uint32_t k = g1 - 1;
    while (k > g0 && k + 3 > g1) {
        const token *u = &d->toks[k - 1];
        if (!(u->flags & T_WORD) || !(u->flags & T_CAP) || (u->flags & (T_IN_QUOTE | T_POSS)) ||
            u->word_bits || u->cats || mention_at(d, k - 1) >= 0)
            break;
        k--;
    }
    if (k == g1 - 1 || k == s->tok_start || region_word(d, k))
        return g1;
    /* "Democratic members", "Congressional staff", "Conservative
     * representatives": one word with an adjective's ending (as region_word
     * reads "-an") names a side or a rank, no body */
    if (k + 2 == g1) {
        static const char *const adj[] = {"ic", "al", "ist", "ive"};
        const token *u = &d->toks[k];
        for (size_t q = 0; q < sizeof adj / sizeof *adj; q++) {
            size_t n = strlen(adj[q]);
            if (u->lower_len > n + 2 && !memcmp(u->lower + u->lower_len - n, adj[q], n))
                return g1;
        }
    }
    /* a name that goes on before: "the Federal Reserve Board staff" read
     * in part is no name */
    if ((d->toks[k - 1].flags & T_CAP) && (d->toks[k - 1].flags & T_WORD))
        return g1;
    *to = g1 - 1;
    return k;
}

/* Is [c, e) a host's title set off by its two commas (c and e): no other
 * comma, no clause opener, quote or cue inside ("Senior Advisor to the
 * President and Director of the White House Office of Intergovernmental
 * Affairs"; not a list of co-hosts, "..., the White House Office of Public
 * Engagement, and the Office of the Vice President")? */
static int title_aside(const doc *d, uint32_t c, uint32_t e)
{
    if (!is_char(d, c, ',') || e <= c + 1 || e > c + 30)
        return 0;
    for (uint32_t k = c + 1; k < e; k++) {
        const token *u = &d->toks[k];
        if ((u->flags & (T_QUOTE | T_PUNCT)) || (u->word_bits & W_SUBORD) ||
            tok_lex(d, k, LEX_SPEECH, NULL) || tok_lex(d, k, LEX_MEETING, NULL))
            return 0;
    }
    return 1;
}

/* "Mr X held a private meeting with senior union figures", "the White House
 * convened stakeholders": the subject (and those coordinated with it) met a
 * group the text does not name; one named party is enough. */
static nsv_code open_group_meeting(doc *d, ev_list *out, const sentence *s, uint32_t i,
                                   uint32_t verb, uint32_t g0, uint32_t g1, const lex_entry *cue,
                                   nsv_error *err)
{
    /* "hosted over 80 mayors for a reception": the guests came to an
     * occasion that is no meeting (GUIDE: a ceremony with no talks); "for a
     * roundtable", "for a breakfast meeting" are meetings */
    const lex_entry *v = tok_lex(d, verb, LEX_MEETING, NULL);
    if (v && v->value == MEET_HOST && g1 + 2 < s->tok_end && tok_is(&d->toks[g1], "for") &&
        (d->toks[g1 + 1].word_bits & W_DET)) {
        int cue_after = 0;
        for (uint32_t k = g1 + 2; k < s->tok_end && k < g1 + 4 && !cue_after; k++)
            cue_after = tok_lex(d, k, LEX_MEETING, NULL) != NULL;
        if (!cue_after)
            return NSV_OK;
    }
    if (habitual_relative(d, verb, s))
        return NSV_OK;
    /* the subject right before the verb (or its appositive): with one named
     * side, a party further back is too often someone else */
    int subj = party_left(d, verb, s->tok_start);
    /* "X launched the Task Force by hosting a roundtable": the gerund's
     * subject is the one that opens the sentence */
    const token *vt = &d->toks[verb];
    if (subj < 0 && verb > s->tok_start && tok_is(&d->toks[verb - 1], "by") && ing_form(vt)) {
        for (uint32_t k = s->tok_start; k < s->tok_start + 6 && k < verb; k++) {
            int m = mention_at(d, k);
            if (m < 0)
                continue;
            if ((d->ments[m].kind == M_PERSON || d->ments[m].kind == M_ORG) && party_mention(d, m))
                subj = m;
            break;
        }
    }
    /* "Putin visited the region's farms, met local farmers": a verb after a
     * comma shares the sentence's subject, over the one party_left found
     * (it read the comma as closing an appositive and took the opening
     * phrase's place); with no subject yet, after "and" too */
    if (subj < 0 || (verb > s->tok_start && is_char(d, verb - 1, ','))) {
        int shared = coordinated_subject(d, verb, s);
        if (shared >= 0 || subj < 0)
            subj = shared;
    }
    /* "X made the decision after meeting senior advisers": a gerund cue
     * that opens with "after", "before" (words.tsv beside) meets for the
     * clause's subject, a person */
    if (subj < 0 && (d->toks[verb].word_bits & W_BESIDE) && verb + 1 < s->tok_end &&
        ing_form(&d->toks[verb + 1])) {
        int sb = subject_before(d, verb, s->tok_start);
        if (sb >= 0 && person_mention(d, sb) && party_mention(d, sb))
            subj = sb;
    }
    int body_ent = -1, officials = 0;
    uint32_t first = verb;
    if (subj < 0) {
        if (officials_body(d, verb, s->tok_start, &subj, &body_ent, &first) < 0)
            return out_of_memory(d->limits, err);
        officials = subj >= 0 || body_ent >= 0;
    }
    /* a readout's list of hosts with long titles: it extends the party
     * found right before the verb (when that one heads it) or stands in
     * for it */
    int hosts[MAX_COORD];
    int nhosts = body_ent < 0 ? readout_subjects(d, verb, s, hosts, MAX_COORD) : 0;
    /* "Tom Perez, Senior Advisor to the President and Director of the
     * White House Office of Intergovernmental Affairs, met with county
     * elected officials": one named host whose long title ends in a body;
     * that body, or nothing, is what party_left read before the verb, and
     * the host stands in for it */
    if (nhosts == 1 &&
        (subj < 0 || (d->ments[subj].kind == M_ORG && d->ments[subj].tok_end + 1 == verb)) &&
        is_char(d, verb - 1, ',') && title_aside(d, d->ments[hosts[0]].tok_end, verb - 1))
        subj = hosts[0];
    if (nhosts && subj >= 0) {
        int in = 0;
        for (int q = 0; q < nhosts && !in; q++)
            in = d->ments[hosts[q]].entity == d->ments[subj].entity;
        if (!in)
            nhosts = 0;
    } else if (nhosts >= 2)
        subj = hosts[0];
    else
        nhosts = 0;
    if (subj < 0 && body_ent >= 0) {
        ev_draft *e = new_meeting(d, out, i, cue, "meeting.unnamed_group", s);
        if (!e)
            return out_of_memory(d->limits, err);
        e->open_group = 1;
        ev_add_party(d, e, body_ent);
        listed_before_officials(d, e, first, s->tok_start);
        if (including_members(d, e, g1, s->tok_end) < 0)
            return out_of_memory(d->limits, err);
        return NSV_OK;
    }
    if (subj < 0 || d->ments[subj].kind == M_GROUP_DESC)
        return NSV_OK;
    /* "he", "the delegation": only a person is trusted as the one side */
    if ((d->ments[subj].kind == M_PRONOUN || d->ments[subj].kind == M_DESC) &&
        d->ents[d->ments[subj].entity].kind != NSV_KIND_PERSON)
        return NSV_OK;
    ev_draft *e = new_meeting(d, out, i, cue, "meeting.unnamed_group", s);
    if (!e)
        return out_of_memory(d->limits, err);
    e->open_group = 1;
    /* a verb that convenes by itself ("convened"): readouts name the same
     * convening twice, the merge needs to know (events.c) */
    e->convening = v && v->value == MEET_HOLD && v->bits;
    int left[MAX_COORD];
    int nl = listed_before(d, subj, s->tok_start, left, MAX_COORD);
    meet_add_mention(d, e, subj);
    for (int k = 0; k < nl; k++)
        meet_add_mention(d, e, left[k]);
    for (int k = 0; k < nhosts; k++)
        meet_add_mention(d, e, hosts[k]);
    /* "is negotiating with a number of countries and with the United
     * Nations": a named counterpart after the group, in the same "with",
     * takes part too */
    if (g1 + 3 < s->tok_end && tok_is(&d->toks[g1], "and") && tok_is(&d->toks[g1 + 1], "with")) {
        int named = party_right_the(d, g1 + 2, s->tok_end);
        if (named >= 0 && d->ments[named].entity != d->ments[subj].entity)
            meet_add_mention(d, e, named);
    }
    if (group_body(d, e, g0, g1, s->tok_end) < 0)
        return out_of_memory(d->limits, err);
    if (officials)
        listed_before_officials(d, e, first, s->tok_start);
    return group_met_parties(d, e, s, g0, g1, err);
}

/* The parties of an unnamed group [g0, g1) that a meeting e met, besides
 * its body (group_body): people named after it, the body or country it
 * comes from, the countries it comes for, the members it lists. */
static nsv_code group_met_parties(doc *d, ev_draft *e, const sentence *s, uint32_t g0, uint32_t g1,
                                  nsv_error *err)
{
    /* "convened a call with Northeastern Governors, FEMA Administrator X,
     * and Homeland Security Advisor Y": titled people listed after the
     * group are met by name */
    if (g1 > g0 && g1 + 2 < s->tok_end && is_char(d, g1, ',')) {
        uint32_t k = g1 + 1;
        if (tok_is(&d->toks[k], "and"))
            k++;
        /* the name after its title words (a body may open the title:
         * "FEMA Administrator") */
        int p = -1, titled = 0;
        for (uint32_t w = k; w < s->tok_end && w < k + 6 && p < 0; w++) {
            int m = mention_at(d, w);
            if (m >= 0 && d->ments[m].tok_start == w && d->ments[m].kind == M_PERSON)
                p = m, titled = w > k;
            else if (m >= 0 && d->ments[m].tok_start == w && d->ments[m].kind == M_ORG)
                w = d->ments[m].tok_end - 1;
            else if (!(d->toks[w].flags & T_CAP) || m >= 0)
                break;
        }
        int named[MAX_COORD];
        int n = p >= 0 && (titled || titled_person(d, p) || has_given_name(d, p) ||
                           d->ments[p].tok_end - d->ments[p].tok_start >= 3)
                    ? coordinated(d, p, +1, s->tok_start, s->tok_end, named, MAX_COORD)
                    : 0;
        if (n)
            n = titled_list_after(d, s, named, n, MAX_COORD);
        /* not the speaker of the sentence ("..., Press Secretary X said") */
        uint32_t after = n ? d->ments[named[n - 1]].tok_end : 0;
        if (n && after < s->tok_end &&
            (tok_lex(d, after, LEX_SPEECH, NULL) || (d->toks[after].word_bits & (W_AUX | W_BE))))
            n = 0;
        for (int q = 0; q < n; q++)
            if (d->ments[named[q]].kind == M_PERSON)
                meet_add_mention(d, e, named[q]);
    }
    /* "his EU counterparts", "Northern Fleet officers": the body or country
     * the group comes from takes part (not "U.S. drug manufacturers": a
     * country before other people than its voice) */
    int before_group = e->nents;
    for (uint32_t t = g0; t < g1; t++) {
        int m = mention_at(d, t);
        if (m >= 0 && d->ments[m].tok_start == t &&
            (d->ments[m].kind == M_ORG || d->ments[m].kind == M_COUNTRY) && party_mention(d, m) &&
            !(d->ments[m].kind == M_COUNTRY && modifier_country(d, m, g1)))
            meet_add_mention(d, e, m);
        /* "held talks with Syrian leaders", "met Colombian officials": the
         * state whose demonym stands right before a state's group head (not
         * "German business leaders": a sector's people between; nor
         * "Cuban American leaders": a people's, with a word before) */
        const lex_entry *dem = m < 0 && t + 2 == g1 && (d->toks[t].flags & T_CAP) &&
                                       !(t > g0 && (d->toks[t - 1].flags & T_CAP))
                                   ? tok_lex(d, t, LEX_DEMONYM, NULL)
                                   : NULL;
        if (dem && (d->toks[t + 1].word_bits & (W_GROUP | W_SIDE_GROUP | W_POLITY)) &&
            !(d->toks[t + 1].flags & T_CAP)) {
            int c = country_entity(d, dem->canon);
            if (c < 0)
                return out_of_memory(d->limits, err);
            ev_add_party(d, e, c);
        }
        /* "Government members": the bare executive (bare_polity_at) */
        if (t == g0 + (tok_is(&d->toks[g0], "the") ? 1u : 0u) && bare_polity_at(d, t, g1) &&
            (m < 0 || !party_mention(d, m))) {
            int ent = word_body_entity(d, t);
            if (ent < 0)
                return out_of_memory(d->limits, err);
            ev_add_party(d, e, ent);
        }
    }
    uint32_t b1 = 0, b0 = group_named_body(d, g0, g1, s, &b1);
    if (b0 < g1) {
        int ent = span_body_entity(d, b0, b1);
        if (ent < 0)
            return out_of_memory(d->limits, err);
        ev_add_party(d, e, ent);
    }
    /* "a virtual meeting with Caribbean leaders", "with leading Italian
     * entrepreneurs": a group named by the region or people it comes from,
     * no state or body of it taken part above, is the other side if the
     * meeting keeps no other (finish_events) */
    if (e->nents == before_group && !e->group_ent1) {
        uint32_t r = region_group_start(d, g0, g1);
        if (r < g1) {
            int ent = span_body_entity(d, r, g1);
            if (ent < 0)
                return out_of_memory(d->limits, err);
            e->group_ent1 = ent + 1;
        }
    }
    /* "convened the national security advisors of France, Germany, and
     * Italy": the countries or bodies the group comes for take part (not
     * "officials from 68 colleges": no named side) */
    int n = -1;
    if (group_sides(d, e, g1, s->tok_end, &n) < 0)
        return out_of_memory(d->limits, err);
    /* "held a meeting with members of the Government", "of the Cabinet":
     * the bare executive, as for "Government members" above (not "of the
     * Government's economic bloc": a part of it) */
    if (!n && tok_is(&d->toks[g1], "of") && bare_polity_at(d, g1 + 1, s->tok_end)) {
        int ent = word_body_entity(d, g1 + 1 + (tok_is(&d->toks[g1 + 1], "the") ? 1u : 0u));
        if (ent < 0)
            return out_of_memory(d->limits, err);
        ev_add_party(d, e, ent);
        return NSV_OK;
    }
    /* "convened the CEOs of the three principal companies that together
     * manufacture X, including A, B, and C": the bodies and people the
     * group's "of" phrase lists after ", including" take part */
    int listed = n ? 0 : including_members(d, e, g1, s->tok_end);
    if (listed < 0)
        return out_of_memory(d->limits, err);
    if (listed)
        return NSV_OK;
    if (n >= 0) {
        /* "met with representatives of Alstom", "of the MEDEF": a body's
         * bare name the mention finder left alone (after "the" one word:
         * "of the Telecommunications Sector" is none) */
        uint32_t b = g1 + 1, t = b;
        if (!n && tok_is(&d->toks[g1], "of")) {
            t = unread_name_end(d, b, s->tok_end);
            if (t == b && tok_is(&d->toks[b], "the")) {
                t = unread_name_end(d, ++b, s->tok_end);
                if (t != b + 1)
                    t = b;
            }
        }
        if (t > b) {
            int ent = span_body_entity(d, b, t);
            if (ent < 0)
                return out_of_memory(d->limits, err);
            ev_add_party(d, e, ent);
        }
    }
    return NSV_OK;
}

/* Past up to four lower-case words and hyphens from token k before a body's
 * name or a session noun ("the second", "the first-ever", "the 12th"): no
 * mention, preposition, conjunction, article or meeting noun. */
static uint32_t past_session_modifiers(const doc *d, uint32_t k, uint32_t end)
{
    for (int steps = 0;
         k < end && steps < 4 && mention_at(d, k) < 0 &&
         (is_char(d, k, '-') || ((d->toks[k].flags & T_WORD) && !(d->toks[k].flags & T_CAP) &&
                                 !(d->toks[k].word_bits & (W_PREP | W_CONJ | W_DET)) &&
                                 !tok_lex(d, k, LEX_MEETING, NULL)));
         steps++)
        k++;
    return k;
}

/* "X convened the Infrastructure Implementation Task Force to discuss",
 * "Y immediately convened the Military Cabinet": a verb that convenes by
 * itself (a hold verb with a format) whose object is a named body holds the
 * body's session, as "chaired a meeting of the X Council" does; the
 * convener and the body are its parties.  g0 is the token after the verb
 * (and its time words).  Lower-case words between the article and the name
 * are passed over ("the second", "the first-ever"); a meeting noun right
 * after the name is its own cue ("convened the X Task Force meeting"). */
static nsv_code convened_body(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t g0,
                              const lex_entry *cue, nsv_error *err)
{
    uint32_t k = g0;
    int article = k < s->tok_end && tok_is(&d->toks[k], "the");
    int indefinite =
        !article && k < s->tok_end && (tok_is(&d->toks[k], "a") || tok_is(&d->toks[k], "an"));
    if (article || indefinite)
        k++;
    k = past_session_modifiers(d, k, s->tok_end);
    /* "convened the 12th meeting of the National Climate Task Force", "a
     * meeting of the X Task Force": the session of a body whose name the
     * mention finder leaves unread (a name it reads is the noun's own cue:
     * "a meeting of the X Council") */
    unsigned mw = 0;
    int session = k < s->tok_end && tok_lex(d, k, LEX_MEETING, &mw) && k + mw + 1 < s->tok_end &&
                  tok_is(&d->toks[k + mw], "of") && tok_is(&d->toks[k + mw + 1], "the");
    if (session) {
        k = past_session_modifiers(d, k + mw + 2, s->tok_end);
        article = 1;
    } else if (indefinite) /* no session noun: an indefinite article names no body */
        return NSV_OK;
    /* "the National Climate Task Force": capitalised words the mention
     * finder left before the body's head ("Task Force"), or the whole name
     * it left unread, are the body's name */
    uint32_t name = k;
    while (k < s->tok_end && k < name + 5 && mention_at(d, k) < 0 && (d->toks[k].flags & T_WORD) &&
           (d->toks[k].flags & T_CAP) && !(d->toks[k].flags & (T_IN_QUOTE | T_POSS)))
        k++;
    int m = k < s->tok_end ? mention_at(d, k) : -1;
    uint32_t after = k;
    if (m >= 0 && d->ments[m].tok_start == k) {
        /* the finder may read the head ("Task Force") as a person's name;
         * after the article and name words it is the body's */
        if (!(d->ments[m].kind == M_ORG || (d->ments[m].kind == M_PERSON && article && name < k)) ||
            !party_mention(d, m) || (session && d->ments[m].kind == M_ORG))
            return NSV_OK;
        after = d->ments[m].tok_end;
    } else {
        /* an unread name of two words or more after the article, ending
         * the phrase ("convened the Infrastructure Implementation Task
         * Force to discuss") */
        m = -1;
        if (!article || k < name + 2 || k == name + 5 ||
            (k < s->tok_end && (d->toks[k].flags & T_WORD) &&
             !(d->toks[k].word_bits & (W_PREP | W_CONJ | W_SUBORD | W_PLACE_PREP)) &&
             !tok_is(&d->toks[k], "to")))
            return NSV_OK;
    }
    /* "the tenth meeting of the X Task Force with Cabinet members": the
     * noun's own cue reads its counterpart */
    if (session && after < s->tok_end && tok_is(&d->toks[after], "with"))
        return NSV_OK;
    /* "convened the X Council meeting": the noun's own cue reads a body
     * before it; a head the finder read as a name ("the fourth National
     * Climate Task Force meeting") it does not, so the meeting is this one */
    uint32_t noun_end = after;
    unsigned nw = 0;
    if (after < s->tok_end && tok_lex(d, after, LEX_MEETING, &nw)) {
        if (m < 0 || d->ments[m].kind != M_PERSON)
            return NSV_OK;
        noun_end = after + nw;
    }
    size_t before = out->n;
    nsv_code rc = open_group_meeting(d, out, s, i, i, after, after, cue, err);
    if (rc || out->n == before)
        return rc;
    ev_draft *e = &out->v[out->n - 1];
    if (d->toks[noun_end - 1].end > e->ev.evidence_end)
        e->ev.evidence_end = d->toks[noun_end - 1].end;
    if (m >= 0 && name == k) {
        meet_add_mention(d, e, m);
        return NSV_OK;
    }
    int ent = span_body_entity(d, name, after);
    if (ent < 0)
        return out_of_memory(d->limits, err);
    ev_add_party(d, e, ent);
    return NSV_OK;
}

static int intl_group(const doc *d, int m);

/* "the Administration hosted the first-ever White House Summit on Extreme
 * Heat", "X hosted a Climate Capital Convening Summit", "X, Y and Z
 * convened the first-ever White House roundtable on heat pumps": a host or
 * hold verb before an event its host names in title case (or a format that
 * brings in outsiders by itself) holds a meeting with outsiders the text
 * does not name; the host is its one named party, as for "hosted a
 * roundtable".  The name may hold the host's own body ("White House") but
 * no country or group of states (their summit is theirs: "hosted the G20
 * Summit").  Makes the event or nothing. */
static nsv_code hosted_named_event(doc *d, ev_list *out, const sentence *s, uint32_t i,
                                   uint32_t end, const lex_entry *cue, nsv_error *err)
{
    int open = cue->canon && !strcmp(cue->canon, "open");
    if (!open && !(d->toks[end - 1].flags & T_CAP))
        return NSV_OK;
    /* back over the name's capitalised words and bodies */
    uint32_t b = i;
    for (int steps = 0; b > s->tok_start && steps < 5; steps++) {
        const token *u = &d->toks[b - 1];
        int m = mention_at(d, b - 1);
        if (m >= 0 && d->ments[m].tok_end == b && d->ments[m].kind == M_ORG && !intl_group(d, m)) {
            b = d->ments[m].tok_start;
            continue;
        }
        if (m >= 0 || !(u->flags & T_WORD) || !(u->flags & T_CAP) ||
            (u->flags & (T_POSS | T_IN_QUOTE)) || (u->word_bits & (W_DET | W_PREP | W_CONJ)))
            break;
        b--;
    }
    /* a bare format ("hosted a roundtable on X with Y") is the noun
     * rule's: only a name here hides the verb from it */
    if (b == i && !(d->toks[end - 1].flags & T_CAP))
        return NSV_OK;
    /* lower-case modifiers and ordinals: "the first-ever", "a virtual" */
    for (int steps = 0; b > s->tok_start && steps < 4; steps++) {
        const token *u = &d->toks[b - 1];
        if (!is_char(d, b - 1, '-') && !(u->flags & T_NUM) &&
            (!(u->flags & T_WORD) || (u->flags & T_CAP) ||
             (u->word_bits & (W_DET | W_PREP | W_CONJ | W_SUBORD)) || mention_at(d, b - 1) >= 0))
            break;
        b--;
    }
    if (b <= s->tok_start + 1 || !(d->toks[b - 1].word_bits & W_DET))
        return NSV_OK;
    const lex_entry *h = tok_lex(d, b - 2, LEX_MEETING, NULL);
    if (!h || (h->value != MEET_HOLD && h->value != MEET_HOST))
        return NSV_OK;
    /* the named event's own people after "with" or "of" are the noun
     * rule's ("hosted a roundtable with Governor X") */
    if (end < s->tok_end && (tok_is(&d->toks[end], "with") || tok_is(&d->toks[end], "of") ||
                             tok_is(&d->toks[end], "between")))
        return NSV_OK;
    return open_group_meeting(d, out, s, i, b - 2, end, end, cue, err);
}

/* The side a word of a joint body's name stands for: a country, its
 * demonym or a known international body ("NATO").  Returns the lexicon
 * entry (its canon names the side) or NULL; *next is the word after it. */
static const lex_entry *joint_side(const doc *d, uint32_t t, uint32_t end, uint32_t *next)
{
    unsigned nw = 0;
    const lex_entry *c = tok_lex(d, t, LEX_COUNTRY, &nw);
    if (!c)
        c = tok_lex(d, t, LEX_DEMONYM, &nw);
    /* a body with a country of its own is no side ("the Conservative Party") */
    if (!c && (c = tok_lex(d, t, LEX_ORG, &nw)) != NULL &&
        (c->extra || !(d->toks[t].flags & T_CAP)))
        c = NULL;
    if (!c || t + nw > end)
        return NULL;
    *next = t + nw;
    return c;
}

/* "U.S." in "U.S.-Israel": the mention that ends right before a tight
 * hyphen before token f (not before token from), or -1. */
static int hyphened_before(const doc *d, uint32_t f, uint32_t from)
{
    if (f < from + 2 || !tight_hyphen(d, f - 1))
        return -1;
    int p = mention_at(d, f - 2);
    return p >= 0 && d->ments[p].tok_end == f - 1 ? p : -1;
}

/* "the NATO-Russia Council", "the Russian-French Commission on Bilateral
 * Cooperation": a joint body of two sides named in its own name.  Its
 * meeting is a meeting of those sides, not a body's internal one.  Adds
 * the sides to e (when given) and returns how many it found (0 or 2), or
 * -1 when memory ran out making a side's entity. */
static int joint_body(doc *d, int m, ev_draft *e)
{
    if (m < 0 || d->ments[m].kind != M_ORG)
        return 0;
    uint32_t end = d->ments[m].tok_end, from = d->ments[m].tok_start;
    /* "NATO-Russia Council": the first side may be a mention of its own */
    int first = hyphened_before(d, from, 0);
    if (first >= 0)
        from = d->ments[first].tok_start;
    for (uint32_t t = from; t + 2 < end; t++) {
        uint32_t a_end = t, b_end = t;
        const lex_entry *a = joint_side(d, t, end, &a_end);
        if (!a || a_end + 1 >= end || !tight_hyphen(d, a_end))
            continue;
        const lex_entry *b = joint_side(d, a_end + 1, end, &b_end);
        if (!b || !strcmp(b->canon, a->canon))
            continue;
        if (e) {
            const lex_entry *side[2] = {a, b};
            for (int k = 0; k < 2; k++) {
                int ent = side[k]->cat == LEX_ORG ? body_entity(d, side[k]->canon)
                                                  : country_entity(d, side[k]->canon);
                if (ent < 0)
                    return -1;
                ev_add_party(d, e, ent);
            }
        }
        return 2;
    }
    return 0;
}

/* "the U.S.-Israel Strategic Consultative Group", "the NATO-Ukraine
 * Commission": a body whose name opens with a country, joined by a hyphen
 * to the side before it, is one body of the whole name (the mention finder
 * reads the first side apart).  Not "the United Russia-Communist Party of
 * China", two parties' meeting.  Sets *whole to the whole name's entity
 * and returns 1; 0 with *whole -1 when m is no such body; -1 when memory
 * ran out. */
static int hyphen_body(doc *d, int m, int *whole)
{
    *whole = -1;
    if (m < 0 || d->ments[m].kind != M_ORG)
        return 0;
    uint32_t from = d->ments[m].tok_start;
    int p = hyphened_before(d, from, 0);
    if (p < 0 || d->ments[m].tok_end <= from + 1 || !is_state_word(d, from) ||
        (d->ments[p].kind != M_COUNTRY && d->ments[p].kind != M_ORG))
        return 0;
    uint32_t start = d->ments[p].tok_start;
    if (start + 1 < from && (d->toks[start].word_bits & W_DET))
        start++; /* "the U.S." */
    return (*whole = span_body_entity(d, start, d->ments[m].tok_end)) < 0 ? -1 : 1;
}

/* Is mention m an international group of states (organizations.tsv kind
 * "group": "the CSTO", "the Supreme Eurasian Economic Council")?  Its
 * meeting is its members' meeting; a body merely without a country ("the
 * Security Council") may be one state's own. */
static int intl_group(const doc *d, int m)
{
    if (m < 0 || d->ments[m].kind != M_ORG)
        return 0;
    /* the longest body the mention holds: "the United Nations General
     * Assembly" is the Assembly, though "the United Nations" starts it */
    const lex_entry *best = NULL;
    unsigned best_nw = 0;
    for (uint32_t t = d->ments[m].tok_start; t < d->ments[m].tok_end; t++) {
        unsigned nw = 0;
        const lex_entry *o = tok_lex(d, t, LEX_ORG, &nw);
        if (o && t + nw <= d->ments[m].tok_end && nw > best_nw) {
            best = o;
            best_nw = nw;
        }
    }
    return best && best->extra2 && !strcmp(best->extra2, "group");
}

/* "a meeting of the Shanghai Cooperation Organisation Council of Heads of
 * State", "of the Collective Security Council of the CSTO", "of the Council
 * of Ministers of the Union State": an organ named right after its group, or
 * before "of (the)" and its group, is the group meeting through it, one
 * party (the guide keys it by the group: "SCO", "CIS").  Keeps the group of
 * each such pair in parts[0..n), raises *organ_end to the end token of each
 * organ it dropped, and returns the new count. */
static int organs_in_owner(const doc *d, int *parts, int n, uint32_t *organ_end)
{
    int kept = 0;
    for (int q = 0; q < n; q++) {
        const mention *a = &d->ments[parts[q]];
        /* the next party, over an acronym of a's own after it ("the
         * Collective Security Treaty Organisation (CSTO) Collective Security
         * Council": the acronym is a's mention again) */
        int r = q + 1;
        uint32_t a_end = a->tok_end;
        if (r < n && d->ments[parts[r]].entity == a->entity &&
            paren_after(d, a_end, d->ments[parts[r]].tok_end + 1) == d->ments[parts[r]].tok_end + 1)
            a_end = d->ments[parts[r++]].tok_end + 1;
        const mention *b = r < n ? &d->ments[parts[r]] : NULL;
        if (!b || a->kind != M_ORG || b->kind != M_ORG) {
            parts[kept++] = parts[q];
            continue;
        }
        /* (over a gloss: "the Council of Ministers (Government) of the
         * Union State") */
        a_end = paren_after(d, a_end, b->tok_start);
        uint32_t gap = b->tok_start - a_end;
        /* the group, then its organ: "SCO Business Council" */
        if (gap == 0 && intl_group(d, parts[q])) {
            while (q < r)
                parts[kept++] = parts[q++];
            if (b->tok_end > *organ_end)
                *organ_end = b->tok_end;
            continue;
        }
        /* the organ, "of (the)", then its group */
        if ((gap == 1 || (gap == 2 && tok_is(&d->toks[a_end + 1], "the"))) &&
            tok_is(&d->toks[a_end], "of") && intl_group(d, parts[r])) {
            if (a_end > *organ_end)
                *organ_end = a_end;
            q = r - 1;
            continue;
        }
        parts[kept++] = parts[q];
    }
    return kept;
}

/* Parties after "of": "a meeting of the defense ministers of the SCO and
 * the CIS".  Bodies and countries only; people are added by context.
 * *organ_end: see organs_in_owner. */
static int parties_of(const doc *d, uint32_t from, const sentence *s, int *out, int max,
                      uint32_t *organ_end)
{
    int n = 0, off = 0;
    for (uint32_t k = from; k < s->tok_end && k < from + 16 && n < max; k++) {
        if (is_char(d, k, '.') || is_char(d, k, ';') || (d->toks[k].flags & T_QUOTE))
            break;
        /* "meetings of the committee with Turkey": the counterpart, not a
         * member of the group (but "with the participation of X" is) */
        if ((d->toks[k].word_bits & W_SUBORD) ||
            (tok_is(&d->toks[k], "with") && party_right(d, k + 1, s->tok_end) >= 0))
            break;
        int m = mention_at(d, k);
        /* after a party the list reads on over its links only: "the IMF
         * and the World Bank for higher U.S. interest rates", "the Congress
         * during Russia's war against Ukraine", "the Coalition, an
         * organization of U.S. legislators", "the Bank, Nogales said
         * Bolivia's bank" name no more parties (a topic, an apposition, the
         * next clause); "in the coming weeks with the participation of
         * Ukraine" takes the list up again ("between", "chaired by" name
         * its parties, "under X" the same meeting's host) */
        if (n > 0 && m < 0 && (d->toks[k].word_bits & W_PREP) && !tok_is(&d->toks[k], "of") &&
            !tok_is(&d->toks[k], "between") && !tok_is(&d->toks[k], "by") &&
            !tok_is(&d->toks[k], "under"))
            off = !tok_is(&d->toks[k], "with");
        if (n > 0 && is_char(d, k, ',') && k + 1 < s->tok_end &&
            indefinite_article(&d->toks[k + 1]))
            break;
        if (n > 0 && m >= 0 && d->ments[m].kind == M_PERSON && is_char(d, k - 1, ','))
            break;
        /* "the first meeting of A and the 8th meeting of B": a second
         * meeting noun with its own "of" (not inside a body's name) names a
         * meeting of its own; "the plenary session of the forum Action
         * Forum" or "the second plenary meeting under X" name the same one */
        unsigned mw = 0;
        const lex_entry *mc = k > from && m < 0 ? tok_lex(d, k, LEX_MEETING, &mw) : NULL;
        if (mc && (mc->value == MEET_NOUN || mc->value == MEET_MULTI) && k + mw < s->tok_end &&
            tok_is(&d->toks[k + mw], "of"))
            break;
        /* "a meeting of foreign ministers of both countries": the countries
         * the text named before */
        int countries = m >= 0 && d->ments[m].kind == M_GROUP_DESC && states_group(&d->ments[m]);
        if (m >= 0 && d->ments[m].tok_start == k && party_mention(d, m) &&
            (d->ments[m].kind == M_ORG || d->ments[m].kind == M_COUNTRY || countries) && !off)
            out[n++] = m;
        if (m >= 0)
            k = d->ments[m].tok_end - 1;
    }
    return organs_in_owner(d, out, n, organ_end);
}

/* "the U.S.-Africa Leaders Summit", "the Russia-Africa Summit": a region
 * (a place of no one country) is a side of a pair; it takes part as a body
 * of its name.  1, 0 for any other mention, -1 when memory ran out. */
static int region_side(doc *d, int m)
{
    mention *x = &d->ments[m];
    if (x->kind != M_PLACE || x->country || !x->name)
        return 0;
    if (x->entity < 0 && (x->entity = body_entity(d, x->name)) < 0)
        return -1;
    return 1;
}

/* "Reagan-Gorbachev summit", "Russian-Kyrgyz talks": writes the pair's
 * (or more) mentions and returns their count (0 unless at least two, -1
 * when memory ran out). */
static int hyphen_parties(doc *d, uint32_t cue, uint32_t from, int *out)
{
    int n = 0;
    uint32_t k = cue;
    /* "Russian-German inter-governmental consultations", "Russian-Chinese
     * strategic talks", "Russian-American energy business summit" (a
     * business noun, class firm_tail): lower-case modifiers between the
     * pair and the cue */
    for (int steps = 0; k > from && steps < 4; steps++) {
        const token *p = &d->toks[k - 1];
        int joiner =
            is_char(d, k - 1, '-') && k - 1 > from && !(d->toks[k - 2].flags & (T_CAP | T_PUNCT));
        /* "the U.S.-Africa Leaders Summit": a capitalised group word */
        int group = (p->flags & T_CAP) && (p->word_bits & W_GROUP) && mention_at(d, k - 1) < 0;
        if (!joiner && !group &&
            (!(p->flags & T_WORD) || (p->flags & (T_CAP | T_NUM)) ||
             (p->word_bits & ~(uint64_t)(W_NONNAME | W_OPENER | W_FIRM_TAIL)) ||
             mention_at(d, k - 1) >= 0 || tok_lex(d, k - 1, LEX_MEETING, NULL)))
            break;
        k--;
    }
    if (k < cue && !(mention_at(d, k - 1) >= 0 && d->ments[mention_at(d, k - 1)].tok_end == k))
        k = cue;
    while (k > from && n < MAX_COORD) {
        int m = mention_at(d, k - 1);
        if (m < 0 || d->ments[m].tok_end != k)
            break;
        int side = party_mention(d, m) ? 1 : region_side(d, m);
        if (side < 0)
            return -1;
        if (!side)
            break;
        out[n++] = m;
        k = d->ments[m].tok_start;
        if (k > from && is_char(d, k - 1, '-') && !(d->toks[k - 1].flags & T_SPACE_BEFORE))
            k--;
        else
            break;
    }
    return n >= 2 ? n : 0;
}

/* "the results of the recent Normandy talks": named_as_topic for a bare
 * meeting noun at token k, over at most two capitalised words that name
 * the talks (a place or a format, not a party before the cue). */
static int named_as_topic(const doc *d, uint32_t k, uint32_t from);
static int noun_named_as_topic(const doc *d, uint32_t k, uint32_t from)
{
    int caps = 0;
    while (k > from + 1 && caps < 2 && (d->toks[k - 1].flags & T_CAP) &&
           (d->toks[k - 1].flags & T_WORD) && !(d->toks[k - 1].word_bits & (W_DET | W_MONTH))) {
        int m = mention_at(d, k - 1);
        if (m >= 0 && d->ments[m].kind != M_PLACE)
            return 0;
        k--;
        caps++;
    }
    return named_as_topic(d, k, from);
}

/* "the results of the recent Russia-EU summit", "reflected on the U.S.-ASEAN
 * Summit": a topic word and a preposition before the phrase that starts at
 * token k (over an article, a month, an ordinal or lower-case modifiers). */
static int named_as_topic(const doc *d, uint32_t k, uint32_t from)
{
    for (int steps = 0; k > from + 1 && steps < 5; steps++, k--) {
        const token *p = &d->toks[k - 1];
        if (p->word_bits & W_PREP)
            return (d->toks[k - 2].word_bits & W_TOPIC) != 0;
        if (is_char(d, k - 1, '-'))
            continue;
        if (!(p->flags & T_WORD) || mention_at(d, k - 1) >= 0 ||
            ((p->flags & T_CAP) && !(p->word_bits & (W_MONTH | W_DET))))
            return 0;
    }
    return 0;
}

/* "The two leaders discussed the ongoing negotiations in Doha", "discussed
 * the upcoming Peace Summit": a bare meeting noun that is the object of a
 * topic verb (meeting_cues.tsv's "far" with-verbs, which make talks only
 * with a named "with" party) is what was discussed, not a meeting of the
 * verb's subject.  Over an article and up to three plain modifiers. */
static int discussed_object(const doc *d, uint32_t i, uint32_t from)
{
    uint32_t k = i;
    for (int steps = 0; k > from && steps < 4; steps++) {
        const token *p = &d->toks[k - 1];
        if (!(p->flags & T_WORD) || mention_at(d, k - 1) >= 0 ||
            (p->word_bits & (W_PREP | W_CONJ | W_PRONOUN_PL | W_PRONOUN_M | W_PRONOUN_F)))
            break;
        const lex_entry *mc = tok_lex(d, k - 1, LEX_MEETING, NULL);
        if (mc)
            return mc->value == MEET_WITH && mc->canon && !strcmp(mc->canon, "far");
        k--;
    }
    return 0;
}

/* "met X on the sidelines of the G20 summit", "on the margins of": is a
 * sidelines word (words.tsv setting SETTING_SIDELINES) within the eight
 * tokens before the cue, no comma or full stop between? */
static int after_sidelines(const doc *d, uint32_t cue, uint32_t from)
{
    for (uint32_t k = cue, steps = 0; k > from && steps < 8; steps++) {
        k--;
        if (word_class_value(&d->toks[k], W_SETTING, SETTING_SIDELINES))
            return 1;
        if (is_char(d, k, ',') || is_char(d, k, '.'))
            return 0;
    }
    return 0;
}

/* Is mention m, after the cue's end j, the object of "on the sidelines
 * of" / "on the margins of" ("of the G20", the article optional)? */
static int setting_group(const doc *d, int m, uint32_t j)
{
    uint32_t k = d->ments[m].tok_start;
    if (k > j && tok_is(&d->toks[k - 1], "the"))
        k--;
    return k >= j + 2 && tok_is(&d->toks[k - 1], "of") &&
           word_class_value(&d->toks[k - 2], W_SETTING, SETTING_SIDELINES);
}

/* "In the framework of the Eastern Partnership Summit, X met Y", "As part
 * of his participation in the Munich Security Conference, X met Y": a long
 * opening phrase that holds the event (words.tsv "setting", three words or
 * more) right before a summit places the sentence's talks at it, as "on the
 * sidelines of" does; a bare "at" or "during" is group_setting's. */
static int framework_setting(const doc *d, uint32_t cue, uint32_t from)
{
    for (uint32_t k = cue, steps = 0; k > from && steps < 12; steps++) {
        k--;
        if (is_char(d, k, ',') || is_char(d, k, '.'))
            return 0;
        unsigned nw = 0;
        const lex_entry *w = tok_lex(d, k, LEX_WORD, &nw);
        if (w && (w->bits & W_SETTING) && nw >= 3)
            return 1;
    }
    return 0;
}

/* "X had a meeting with Y after the CSTO Summit", "met ... before the SCO
 * summit": talks the sentence reports right before or after a summit place
 * their people at it, as "on the sidelines of" does.  Needs a meeting verb
 * or noun before the time word ("He said after the summit" places no one
 * at it). */
static int beside_summit(const doc *d, uint32_t cue, uint32_t from)
{
    uint32_t k = cue, at = UINT32_MAX;
    for (int steps = 0; k > from && steps < 8 && at == UINT32_MAX; steps++) {
        k--;
        if (is_char(d, k, ',') || is_char(d, k, '.'))
            return 0;
        /* a time word (words.tsv "beside") ending at k */
        unsigned nw = 0;
        const lex_entry *w = k > from ? tok_lex(d, k - 1, LEX_WORD, &nw) : NULL;
        if ((d->toks[k].word_bits & W_BESIDE) || (w && nw == 2 && (w->bits & W_BESIDE)))
            at = k;
    }
    if (at == UINT32_MAX || !tok_is(&d->toks[at + 1], "the"))
        return 0;
    for (uint32_t w = from; w < at; w++) {
        const lex_entry *c = tok_lex(d, w, LEX_MEETING, NULL);
        /* the talks happened: "will have a separate meeting just before
         * the summit" places no one at it yet */
        if (c && (c->value == MEET_VERB || c->value == MEET_NOUN || c->value == MEET_WITH) &&
            !(d->toks[w].flags & T_IN_QUOTE))
            return clause_modality(d, w, from) == NSV_MOD_ACTUAL;
    }
    return 0;
}

/* "War Cabinet Member Benny Gantz", "Politburo Member X": a capitalised
 * "Member" right before a person's name titles that person (words.tsv keeps
 * the word from names; "CIS Member States" is no title). */
static int member_title(const doc *d, uint32_t k, uint32_t end)
{
    if (k + 1 >= end || !tok_is(&d->toks[k], "member") || !(d->toks[k].flags & T_CAP))
        return 0;
    int p = mention_at(d, k + 1);
    return p >= 0 && d->ments[p].tok_start == k + 1 && d->ments[p].kind == M_PERSON;
}

static int person_after_title(const doc *d, uint32_t t, uint32_t end);

/* "Palestinian Authority President Mahmoud Abbas", "Russian Security
 * Council Secretary X": a body or country naming the office of the person
 * right after it; the person is the party. */
static int person_of_body(const doc *d, int m, uint32_t end)
{
    /* "Amur Region Governor Vasily Orlov": a region the mention finder took
     * for a name, right before a titled person, is that person's office */
    if (d->ments[m].kind == M_PERSON) {
        uint32_t k = d->ments[m].tok_end;
        int p = k < end ? mention_at(d, k) : -1;
        if (p >= 0 && d->ments[p].tok_start == k && d->ments[p].kind == M_PERSON &&
            tok_lex(d, k, LEX_TITLE, NULL) && !tok_lex(d, d->ments[m].tok_start, LEX_TITLE, NULL) &&
            party_mention(d, p))
            return p;
        return m;
    }
    if (d->ments[m].kind != M_ORG && d->ments[m].kind != M_COUNTRY)
        return m;
    /* "Palestinian Liberation Organization (PLO) Secretary General X" */
    uint32_t k = paren_after(d, d->ments[m].tok_end, end);
    if (k < end && (d->toks[k].flags & T_POSS)) {
        /* "Russia's President X" is the mention finder's; "India's
         * petroleum minister X" (a lower-case portfolio before the title)
         * is the person after it */
        int titled = 0;
        for (uint32_t w = k + 1, steps = 0; w < end && steps < 4; w++, steps++) {
            int p = mention_at(d, w);
            if (p >= 0 && d->ments[p].tok_start == w) {
                titled |= tok_lex(d, w, LEX_TITLE, NULL) != NULL; /* "minister X" */
                return titled && d->ments[p].kind == M_PERSON && party_mention(d, p) ? p : m;
            }
            const token *u = &d->toks[w];
            if (tok_lex(d, w, LEX_TITLE, NULL))
                titled = 1;
            else if (titled || !(u->flags & T_WORD) || (u->flags & T_CAP) || u->word_bits)
                break;
        }
        return m;
    }
    for (int steps = 0; k < end && steps < 4; steps++) {
        int p = mention_at(d, k);
        if (p >= 0 && d->ments[p].tok_start == k)
            return d->ments[p].kind == M_PERSON && party_mention(d, p) ? p : m;
        if (!tok_lex(d, k, LEX_TITLE, NULL) && !member_title(d, k, end))
            break;
        k++;
    }
    return m;
}

/* "Chinese Communist Party Politburo Member and Director of the Office of
 * the Foreign Affairs Commission X", "Federal Reserve Board Chairman X": a
 * longer title chain right after a body or country names the person met.
 * Returns that person, or -1; a one-word "person" inside such a chain is no
 * surer than the body. */
static int person_after_body_title(const doc *d, int m, uint32_t end)
{
    if (d->ments[m].kind != M_ORG && d->ments[m].kind != M_COUNTRY)
        return -1;
    uint32_t k = paren_after(d, d->ments[m].tok_end, end);
    /* "Saudi Arabia's Oil Minister X", "the State Department's Acting
     * Assistant Secretary for Near Eastern Affairs X": the same chain after
     * a possessive */
    if (k < end && (d->toks[k].flags & T_POSS))
        k++;
    if (k >= end || !(d->toks[k].flags & T_WORD) || !(d->toks[k].flags & T_CAP))
        return -1;
    int p = person_after_title(d, k, end);
    return p >= 0 && full_name(d, p) ? p : -1;
}

/* "43rd", "1st": a number with an ordinal ending. */
static int is_ordinal(const token *u)
{
    size_t n = u->lower ? u->lower_len : 0;
    if (n < 3 || u->lower[0] < '0' || u->lower[0] > '9')
        return 0;
    const char *e = u->lower + n - 2;
    return !strcmp(e, "st") || !strcmp(e, "nd") || !strcmp(e, "rd") || !strcmp(e, "th");
}

/* "on Foreign Affairs Celia X": after a title's "on", a portfolio of up to
 * three capitalised words and then the person ("on Efforts to Hold ..." is
 * a topic). */
static int portfolio_then_person(const doc *d, uint32_t t, uint32_t end)
{
    /* "on Foreign Policy and Security X": one "and" inside the portfolio */
    int ands = 0;
    for (uint32_t k = t; k < end && k < t + 4 + (uint32_t)ands; k++) {
        int m = mention_at(d, k);
        if (m >= 0 && d->ments[m].tok_start == k)
            return k > t && d->ments[m].kind == M_PERSON;
        if (!ands && k > t && tok_is(&d->toks[k], "and") && k + 1 < end &&
            (d->toks[k + 1].flags & T_CAP)) {
            ands = 1;
            continue;
        }
        if (!(d->toks[k].flags & T_CAP) || !(d->toks[k].flags & T_WORD))
            return 0;
    }
    return 0;
}

/* "Minister of State at the Federal Foreign Office of X": is token k the
 * "at" of "at the <Body>" (before end), where a title places its holder?
 * A title's words go on across it.  So does the "in" of a post's place,
 * "Head of the NATO Mission in Ukraine X", "Representative in the Southern
 * Federal District X": "in the" and a capitalised word, or "in" and a named
 * country, place or body (not "in Conflict", "in Rome on Monday": a
 * lower-case word after the place still ends the title).  Only the tokens
 * read must lie before end: titled_person's end is the name, which may
 * follow a one-word place at once. */
static int title_at_body(const doc *d, uint32_t k, uint32_t end)
{
    if (k + 1 < end && tok_is(&d->toks[k], "in") && !(d->toks[k + 1].flags & T_IN_QUOTE)) {
        if (tok_is(&d->toks[k + 1], "the"))
            return k + 2 < end && (d->toks[k + 2].flags & T_CAP);
        int m = mention_at(d, k + 1);
        return m >= 0 && d->ments[m].tok_start == k + 1 &&
               (d->ments[m].kind == M_COUNTRY || d->ments[m].kind == M_PLACE ||
                d->ments[m].kind == M_ORG);
    }
    return k + 2 < end && tok_is(&d->toks[k], "at") && tok_is(&d->toks[k + 1], "the") &&
           (d->toks[k + 2].flags & T_CAP);
}

/* A plain lower-case word before a title or a capitalised word, after
 * "the" (or "former" alone): an adjective of the office ("the new President
 * of X", "the visiting Polish leader X", "the current Chancellor X"), not a
 * noun ("the families of X"). */
static int title_adjective(const doc *d, uint32_t t, uint32_t end)
{
    if (t + 1 >= end || t == 0)
        return 0;
    const token *u = &d->toks[t];
    const token *v = &d->toks[t + 1];
    /* "talks with former Foreign Minister X": a word that makes the holder
     * less than the office (words.tsv nonname value 1) needs no "the" */
    if (!tok_is(&d->toks[t - 1], "the") &&
        !(word_class_value(u, W_NONNAME, NONNAME_LESSER) && !(u->flags & T_CAP)))
        return 0;
    return (u->flags & T_WORD) && !(u->flags & (T_CAP | T_POSS)) &&
           !(u->word_bits & ~(uint64_t)W_NONNAME) && !ed_ending(u) &&
           ((v->flags & T_CAP) || tok_lex(d, t + 1, LEX_TITLE, NULL));
}

/* "of the Czech Republic Jan Lipavsky,": two capitalised words before token
 * k (after t) that no mention or title holds, a name the mention finder did
 * not read; the comma after it ends that person's title, not a title chain. */
static int bare_name_before(const doc *d, uint32_t k, uint32_t t)
{
    if (k < t + 2)
        return 0;
    for (uint32_t w = k - 2; w < k; w++) {
        const token *u = &d->toks[w];
        if (!(u->flags & T_WORD) || !(u->flags & T_CAP) || mention_at(d, w) >= 0 ||
            tok_lex(d, w, LEX_TITLE, NULL))
            return 0;
    }
    return 1;
}

/* "with Security Policy Adviser to the President of the Republic of Estonia
 * X": the person after a long title, across its bodies and countries.  Only
 * capitalised words and "to", "of", "the", "for", "and" may stand between
 * (with a short parenthesis, and a comma before the same person's next
 * title), and a title word must. */
static int person_after_title(const doc *d, uint32_t t, uint32_t end)
{
    int titled = 0;
    /* commas: title chains joined by a comma so far; retitled: a title
     * word since the last one */
    int commas = 0, retitled = 1;
    /* "the newly appointed Adviser to ...", "newly elected President of ..." */
    if (t < end && tok_is(&d->toks[t], "the"))
        t++;
    if (t + 2 < end && tok_is(&d->toks[t], "newly") &&
        (tok_is(&d->toks[t + 1], "appointed") || tok_is(&d->toks[t + 1], "elected")))
        t += 2;
    else if (title_adjective(d, t, end))
        t++; /* "the new President of X", "the visiting Polish leader X" */
    /* "the 43rd President of the United States X" */
    if (t + 1 < end && is_ordinal(&d->toks[t]))
        t++;
    /* (24 tokens: "Minister for European Union Affairs of the Chancellery
     * of the Council of Ministers of the Republic of Poland X", "State
     * Secretary of the Office of the Prime Minister of the Republic of
     * Slovenia for Coordination of International and EU Affairs X"; 12
     * more after each comma) */
    for (uint32_t k = t; k < end && k < t + 24 + 12 * (uint32_t)commas; k++) {
        /* "of the Organisation of the Islamic Conference (OIC) X" */
        if (titled && paren_after(d, k, end) > k) {
            k = paren_after(d, k, end) - 1;
            continue;
        }
        const token *u = &d->toks[k];
        int m = mention_at(d, k);
        if (m >= 0 && d->ments[m].tok_start == k) {
            /* "Security Policy Adviser ...", "Trade Minister X": the name
             * may hold the title */
            if (d->ments[m].kind == M_PERSON) {
                int own = 0, office = 0;
                for (uint32_t w = k; w < d->ments[m].tok_end && w < k + 4 && !own; w++) {
                    const lex_entry *te = tok_lex(d, w, LEX_TITLE, NULL);
                    own = te != NULL;
                    office = te && te->value != TITLE_HONORIFIC;
                }
                titled |= own;
                /* (after a comma, "Mr X" is no title of its own) */
                retitled |= office;
                /* "During talks with the Prime Minister of X, President Y
                 * said": after a comma, a name a verb follows opens the
                 * clause */
                uint32_t n = d->ments[m].tok_end;
                if (commas && n < end && (d->toks[n].flags & T_WORD) &&
                    (tok_lex(d, n, LEX_SPEECH, NULL) || (d->toks[n].word_bits & (W_AUX | W_BE)) ||
                     (!(d->toks[n].flags & T_CAP) && ed_ending(&d->toks[n]))))
                    return -1;
                return titled && retitled && party_mention(d, m) ? m : -1;
            }
            /* "to the President of the Republic of X": parts of the title */
            if (d->ments[m].kind != M_ORG && d->ments[m].kind != M_COUNTRY &&
                d->ments[m].kind != M_PLACE && d->ments[m].kind != M_DESC)
                return -1;
            titled |= d->ments[m].kind == M_DESC;
            retitled |= d->ments[m].kind == M_DESC;
            /* "Head of the Federal Taxation Service (FTS) X" */
            k = paren_after(d, d->ments[m].tok_end, end) - 1;
            continue;
        }
        /* "Chief Advisor to the President of Turkey, Ambassador X", "Politburo
         * Member, Director of the Office of Y, and Foreign Minister X": the
         * same person's next title after a comma (two at most); a title
         * word must follow it before the name ("President of X, Y" may be
         * two people) */
        if (titled && commas < 2 && is_char(d, k, ',') && k + 2 < end &&
            !bare_name_before(d, k, t)) {
            uint32_t n = k + 1;
            if (tok_is(&d->toks[n], "and"))
                n++;
            if ((d->toks[n].flags & T_WORD) && (d->toks[n].flags & T_CAP)) {
                commas++;
                retitled = 0;
                k = n - 1;
                continue;
            }
        }
        /* "of the People's Democratic Republic of X" */
        if ((u->flags & T_POSS) && k > t && (d->toks[k - 1].flags & T_CAP))
            continue;
        /* "Deputy Prime Minister - Minister of Finance of Canada X": two
         * titles of one person joined by a dash */
        if (titled && hyphen_or_dash(d, k) && k + 1 < end && tok_lex(d, k + 1, LEX_TITLE, NULL))
            continue;
        if (tok_lex(d, k, LEX_TITLE, NULL) || member_title(d, k, end))
            titled = retitled = 1;
        /* "Secretary of State for Defence", "Minister of Foreign Affairs and
         * International Development of France" */
        else if (!(u->flags & T_CAP) && !tok_is(u, "to") && !tok_is(u, "of") && !tok_is(u, "the") &&
                 !tok_is(u, "for") && !tok_is(u, "and") &&
                 /* "Adviser to the President of X on Foreign Affairs" */
                 !(titled && tok_is(u, "on") && portfolio_then_person(d, k + 1, end)) &&
                 !(titled && title_at_body(d, k, end)))
            return -1;
        if (!(u->flags & T_WORD))
            return -1;
    }
    return -1;
}

/* Is the headline written in title case, every word capitalised ("Meeting
 * with Families of Americans Taken Hostage", "Roundtable with Transgender
 * Women of Color Advocates", "the President's Breakfast Meeting")?  No
 * lower-case word of five letters or more in it. */
static int title_case_headline(const doc *d)
{
    for (size_t k = 0; k < d->ntoks && d->toks[k].start < d->title_len; k++)
        if ((d->toks[k].flags & (T_WORD | T_CAP)) == T_WORD && d->toks[k].lower_len > 4)
            return 0;
    return d->title_len > 0;
}

/* "with paediatric surgeon X", "with French author X", "with Minister of
 * Construction, Housing and Utilities X", "with head of A Just Russia
 * political party faction in the State Duma X", "with the head coach of the
 * national team, X": a named person (first name and surname) after a
 * description the title lexicon does not hold.  Only words of a noun phrase
 * may stand between ("of", "for", "in", "to", "the", "and", one comma); a
 * clause, a topic ("on", "about") or a time ends the search, and the name
 * must end the phrase ("X told reporters" is a speaker, no guest). */
static int person_after_descriptor(const doc *d, uint32_t t, uint32_t end)
{
    int commas = 0;
    /* a title-case headline capitalises every word: no telling names there
     * (a headline written as a sentence, "President X met with paediatric
     * surgeon Y", tells them as the body does) */
    if (t >= end || (d->toks[t].start < d->title_len && title_case_headline(d)))
        return -1;
    /* "met in the Kremlin's St Catherine Hall with": a place phrase first */
    if (d->toks[t].word_bits & (W_PREP | W_PLACE_PREP))
        return -1;
    for (uint32_t k = t; k < end && k < t + 16; k++) {
        const token *u = &d->toks[k];
        int m = mention_at(d, k);
        if (m >= 0 && d->ments[m].tok_start == k) {
            mention_kind mk = d->ments[m].kind;
            if (mk == M_PERSON) {
                uint32_t n = d->ments[m].tok_end;
                if (k == t || !full_name(d, m) || !party_mention(d, m))
                    return -1;
                /* a given name tells a person from a capitalised place or
                 * body the mention finder took for one ("Magadan Region") */
                int given = 0;
                for (uint32_t w = k; w < n && !given; w++)
                    given = tok_lex(d, w, LEX_GIVEN_NAME, NULL) != NULL;
                /* or a singular description noun right before the name
                 * ("judo champion X", "academician X"): a person's, where
                 * a place or body follows a capital or "and" */
                const token *b = &d->toks[k - 1];
                int noun = (b->flags & T_WORD) && !(b->flags & (T_CAP | T_NUM)) && !b->word_bits &&
                           b->lower_len >= 4 && b->lower[b->lower_len - 1] != 's' &&
                           !ed_ending(b) && !ing_form(b);
                if (!given && !noun)
                    return -1;
                const token *v = n < end ? &d->toks[n] : NULL;
                if (v && (v->flags & T_WORD) &&
                    (tok_lex(d, n, LEX_SPEECH, NULL) || (v->word_bits & (W_AUX | W_BE)) ||
                     (!(v->flags & T_CAP) && v->lower_len > 3 && ed_ending(v))))
                    return -1;
                return m;
            }
            if (mk == M_PRONOUN || mk == M_GROUP_DESC)
                return -1;
            k = d->ments[m].tok_end - 1;
            continue;
        }
        if (is_char(d, k, ',')) {
            /* "..., and Governor X said": a new clause, not an appositive;
             * "with Hollywood actor, director, screenwriter and producer X":
             * more commas only between lower-case nouns of one list */
            if (k == t || k + 1 >= end || (d->toks[k + 1].word_bits & (W_CONJ | W_SUBORD)) ||
                (commas && (commas > 2 || (d->toks[k + 1].flags & T_CAP) ||
                            !(d->toks[k - 1].flags & T_WORD) || (d->toks[k - 1].flags & T_CAP))))
                return -1;
            commas++;
            continue;
        }
        if (hyphen_or_dash(d, k) || (u->flags & T_POSS))
            continue;
        if (!(u->flags & T_WORD) || (u->flags & (T_NUM | T_QUOTE)))
            return -1;
        if (u->word_bits &
            (W_SUBORD | W_AUX | W_BE | W_PRONOUN_ANY | W_RELDAY | W_WEEKDAY | W_MONTH))
            return -1;
        if (tok_lex(d, k, LEX_SPEECH, NULL) || tok_lex(d, k, LEX_MEETING, NULL))
            return -1;
        if ((u->word_bits & (W_PREP | W_PLACE_PREP | W_PASSIVE_BY)) && !tok_is(u, "of") &&
            !tok_is(u, "for") && !tok_is(u, "in") && !tok_is(u, "to"))
            return -1;
        /* "families of employees killed in ...", "students studying ...": a
         * participle opens a clause (not "newly-appointed", "acting") */
        if (!(u->flags & T_CAP) && u->lower_len > 4 && !tok_lex(d, k, LEX_TITLE, NULL) &&
            (ed_ending(u) || ing_form(u)) &&
            !(k > t && (hyphen_or_dash(d, k - 1) || tok_is(&d->toks[k - 1], "newly"))) &&
            /* "with renowned American film actor X": an adjective opens it */
            !(k == t && ed_ending(u) && k + 1 < end && (d->toks[k + 1].flags & T_CAP)))
            return -1;
        /* "to discuss": an infinitive opens the meeting's purpose */
        if (tok_is(u, "to") && k + 1 < end && !(d->toks[k + 1].flags & T_CAP) &&
            !tok_is(&d->toks[k + 1], "the"))
            return -1;
    }
    return -1;
}

/* "in talks with French carmaker PSA Peugeot Citroen", "met with the
 * dissident shareholder group X": a named body after a short description (a
 * country or demonym and lower-case nouns, four words at most, the last a
 * business word of words.tsv).  Returns the body's mention, or -1. */
static int body_after_descriptor(const doc *d, uint32_t t, uint32_t end)
{
    if (t >= end || d->toks[t].start < d->title_len)
        return -1;
    if (tok_is(&d->toks[t], "the") || indefinite_article(&d->toks[t]))
        t++;
    int nouns = 0;
    for (uint32_t k = t; k < end && k < t + 4; k++) {
        const token *u = &d->toks[k];
        int m = mention_at(d, k);
        if (m >= 0 && d->ments[m].tok_start == k) {
            /* "carmaker PSA Peugeot Citroen", "shareholder group X": a name
             * right after a business word is the business, whatever the
             * mention finder took it for ("senior X officials" is no such
             * description) */
            int firm = k > t && (d->toks[k - 1].word_bits & (W_FIRM | W_ORG_HEAD)) &&
                       !(d->toks[k - 1].flags & T_CAP);
            if ((d->ments[m].kind == M_ORG || d->ments[m].kind == M_PERSON) && firm && nouns &&
                party_mention(d, m))
                return m;
            if (d->ments[m].kind != M_COUNTRY)
                return -1;
            k = d->ments[m].tok_end - 1;
            continue;
        }
        if ((u->flags & T_CAP) && tok_lex(d, k, LEX_DEMONYM, NULL))
            continue;
        /* a business word may stand there ("carmaker", "bank"), a function
         * word may not */
        if (!(u->flags & T_WORD) || (u->flags & (T_CAP | T_NUM | T_QUOTE)) ||
            (u->word_bits & (W_PREP | W_PLACE_PREP | W_CONJ | W_SUBORD | W_AUX | W_BE | W_DET |
                             W_PRONOUN_ANY | W_POSSESSIVE | W_RELDAY | W_WEEKDAY | W_MONTH |
                             W_ADVERB | W_BACKGROUND | W_PASSIVE_BY | W_NUMBER_WORD)) ||
            u->lower_len < 3 || ed_ending(u) || tok_lex(d, k, LEX_SPEECH, NULL) ||
            tok_lex(d, k, LEX_MEETING, NULL))
            return -1;
        nouns++;
    }
    return -1;
}

/* "spoke today to President Isaac Herzog of Israel", "spoke to Senator
 * Collins": after "spoke to", only a named person right there makes a call;
 * a group, an outlet or a crowd ("spoke to reporters", "to Reuters", "to the
 * nation") is an audience or an interview, and "X's lawyer" is not X. */
static int person_spoken_to(const doc *d, uint32_t t, uint32_t end)
{
    int m = t < end ? mention_at(d, t) : -1;
    if (m < 0 || d->ments[m].tok_start != t || d->ments[m].kind != M_PERSON)
        /* "spoke to California Governor Gavin Newsom": a title chain */
        m = t < end && (d->toks[t].flags & T_CAP) ? person_after_title(d, t, end) : -1;
    if (m < 0 || d->ments[m].kind != M_PERSON || !party_mention(d, m))
        return 0;
    /* "spoke to CNN anchor X": a lower-case job word inside the name makes
     * an interviewer, not a counterpart (particles such as "bin" are short) */
    for (uint32_t w = d->ments[m].tok_start; w < d->ments[m].tok_end; w++)
        if ((d->toks[w].flags & T_WORD) && !(d->toks[w].flags & T_CAP) && d->toks[w].lower_len > 3)
            return 0;
    uint32_t n = d->ments[m].tok_end;
    return !(n < end && (d->toks[n].flags & T_POSS));
}

/* "Mr Putin called Maya Plisetskaya to give her his congratulations",
 * "called Turkmen President X to wish him a happy birthday", "called FEMA
 * Administrator X to thank the staff": a person called to do something is
 * a call (GUIDE: a phone call), titled or not, with a few capitalised words
 * (a country, a body) before the name.  Not "called Tony Blair a liar",
 * "called X to the stand", "a firm called Rover". */
static int called_to_do(const doc *d, const sentence *s, uint32_t end)
{
    uint32_t k = end;
    int o = -1;
    for (int steps = 0; k < s->tok_end && steps < 4; steps++, k++) {
        const token *t = &d->toks[k];
        int m = mention_at(d, k);
        if (m >= 0 && d->ments[m].tok_start == k && d->ments[m].kind == M_PERSON) {
            o = m;
            break;
        }
        if (!(t->flags & T_WORD) || !(t->flags & T_CAP) || (t->flags & T_POSS))
            return 0;
    }
    if (o < 0 || !party_mention(d, o))
        return 0;
    uint32_t t = d->ments[o].tok_end;
    if (t + 1 >= s->tok_end || !tok_is(&d->toks[t], "to"))
        return 0;
    const token *v = &d->toks[t + 1];
    return (v->flags & T_WORD) && !(v->flags & T_CAP) &&
           !(v->word_bits & (W_DET | W_PREP | W_POSSESSIVE | W_PRONOUN_M | W_PRONOUN_F |
                             W_PRONOUN_PL | W_CONJ | W_ADVERB));
}

/* Is person mention m named with a title ("Minister of Defense Yoav
 * Gallant", "Prime Minister X"): a title word in it or in the capitalised
 * words right before it? */
static int titled_person(const doc *d, int m)
{
    for (uint32_t w = d->ments[m].tok_start; w < d->ments[m].tok_end; w++)
        if (tok_lex(d, w, LEX_TITLE, NULL))
            return 1;
    /* (12 words: "Minister of State at the Federal Foreign Office of
     * Germany X") */
    for (uint32_t w = d->ments[m].tok_start, n = 0; w > 0 && n < 12; n++) {
        w--;
        const token *u = &d->toks[w];
        if (!(u->flags & T_WORD) ||
            (!(u->flags & T_CAP) && !tok_is(u, "of") && !tok_is(u, "the") && !tok_is(u, "and") &&
             !title_at_body(d, w, d->ments[m].tok_start)))
            break;
        if (tok_lex(d, w, LEX_TITLE, NULL))
            return 1;
    }
    return 0;
}

/* "met with A and ROK National Security Office Director Cho Tae-yong", "met
 * B, C and National Bank President Pierre Languetin": a later conjunct that
 * is a body or country naming the office of the person right after it is
 * that person, as the first object is (person_of_body); the list then goes
 * on after the person.  Returns the new count. */
static int conjunct_people(const doc *d, const sentence *s, int *objs, int n, int max)
{
    for (int q = 1; q < n; q++) {
        int o = objs[q];
        int p = person_of_body(d, o, s->tok_end);
        int r = p == o ? person_after_body_title(d, o, s->tok_end) : -1;
        if (r >= 0)
            p = r;
        if (p == o)
            continue;
        objs[q] = p;
        if (q == n - 1)
            n = q + coordinated(d, p, +1, s->tok_start, s->tok_end, objs + q, max - q);
    }
    return n;
}

/* "with A, President of the European Council, and B, President of the
 * European Commission": after a bare name, a title between commas is its
 * appositive, and the list goes on past it.  k is the word after the
 * name's comma.  Returns the person listed after the appositive (with "and",
 * or without when that person carries a title of their own after a comma:
 * "A, title, B, title"), or -1.  The appositive's own "of X" is no party. */
static int person_past_appositive(const doc *d, uint32_t k, uint32_t end)
{
    uint32_t t = k < end && tok_is(&d->toks[k], "the") ? k + 1 : k;
    if (t >= end || !tok_lex(d, t, LEX_TITLE, NULL))
        return -1;
    /* the appositive holds no name: "A, Minister of Commerce B, C" lists
     * B, a titled party of its own */
    uint32_t c = t;
    while (c < end && c < k + 14 && (d->toks[c].flags & T_WORD)) {
        int in = mention_at(d, c);
        if ((in >= 0 && d->ments[in].kind == M_PERSON) || tok_lex(d, c, LEX_GIVEN_NAME, NULL))
            return -1;
        c++;
    }
    if (c + 1 >= end || !is_char(d, c, ','))
        return -1;
    uint32_t q = c + 1;
    int conj = tok_is(&d->toks[q], "and");
    q += conj ? 1u : 0u;
    int m = q < end ? mention_at(d, q) : -1;
    if (m < 0 || d->ments[m].tok_start != q || d->ments[m].kind != M_PERSON || !full_name(d, m) ||
        d->ments[m].tok_end > end)
        return -1;
    uint32_t f = d->ments[m].tok_end;
    if (!conj && !(f + 1 < end && is_char(d, f, ',') && tok_lex(d, f + 1, LEX_TITLE, NULL)))
        return -1;
    return m;
}

/* "between A and Gazprom chairman B", "with A and Federal Chancellor of
 * Germany B": a list of parties goes on across a title that opens with a
 * body or country (no mention starts at the word after "and", so the plain
 * list stops there), or past a bare name's appositive title ("A, President
 * of X, and B").  Appends such people, and the parties listed after them,
 * to objs (n of them, at most max); returns the new count. */
static int titled_list_after(const doc *d, const sentence *s, int *objs, int n, int max)
{
    while (n < max) {
        uint32_t k = d->ments[objs[n - 1]].tok_end;
        int sep = 0, conj = 0;
        while (k < s->tok_end && sep < 2 && (is_char(d, k, ',') || tok_is(&d->toks[k], "and"))) {
            conj |= tok_is(&d->toks[k], "and");
            k++;
            sep++;
        }
        if (!sep || k >= s->tok_end)
            break;
        /* "A, President of X, and B": the list goes on past the appositive */
        if (sep == 1 && !conj && d->ments[objs[n - 1]].kind == M_PERSON) {
            int past = person_past_appositive(d, k, s->tok_end);
            int added = past >= 0
                            ? coordinated(d, past, +1, s->tok_start, s->tok_end, objs + n, max - n)
                            : 0;
            if (added > 0) {
                n += added;
                continue;
            }
        }
        /* "A, the chairman of X": an appositive, not another party */
        if (tok_is(&d->toks[k], "the"))
            break;
        /* "met with Bjoern Seibert, Chief of Cabinet for Commission President
         * X": after a bare name a comma opens its appositive (a list of
         * titled names goes on: "Leader of the Opposition A, Minister of
         * Defense B"; a long name holds an office the titles list lacks,
         * "FEMA Administrator X") */
        const mention *prev = &d->ments[objs[n - 1]];
        if (!conj && prev->kind == M_PERSON && prev->tok_end - prev->tok_start <= 3 &&
            !titled_person(d, objs[n - 1]))
            break;
        int m = person_after_title(d, k, s->tok_end);
        /* a one-word "person" inside a long title ("... Emirates Armed
         * Forces X") is part of the title */
        if (m < 0 || d->ments[m].tok_start == k || !full_name(d, m))
            break;
        /* the first word opens the title: "Gazprom chairman", "India's
         * petroleum minister", not a lower-case phrase */
        if (!(d->toks[k].flags & T_CAP))
            break;
        n += coordinated(d, m, +1, s->tok_start, s->tok_end, objs + n, max - n);
    }
    return n;
}

/* Is token t a place or venue ("Washington", "the White House", "Kyiv")?
 * With e, the event takes it as its location. */
static int place_name(const doc *d, uint32_t t, uint32_t end, ev_draft *e)
{
    if (t < end && tok_is(&d->toks[t], "the"))
        t++;
    if (t >= end)
        return 0;
    int m = mention_at(d, t);
    const lex_entry *p = tok_lex(d, t, LEX_PLACE, NULL);
    if (!p)
        p = tok_lex(d, t, LEX_CAPITAL, NULL);
    if (m >= 0 && d->ments[m].tok_start == t && d->ments[m].kind == M_PLACE) {
        if (e) {
            e->ev.location_name = d->ments[m].name;
            e->ev.location_country = d->ments[m].country;
        }
        return 1;
    }
    if (p && e) {
        e->ev.location_name = p->canon;
        e->ev.location_country = p->extra;
    }
    return p != NULL;
}

static int first_person_principal(doc *d, uint32_t i, const sentence *s);
static int guest_clause_break(const doc *d, uint32_t k);

/* "welcomed the Prime Minister of Iraq, Mohammed Shia'a Al-Sudani, to the
 * White House", "welcomed a delegation led by Mexico's Secretary of
 * Security X to the White House": the guest is the titled person named
 * right before "to" or "at" (across a closing comma), within a few words
 * of the verb and no clause, quote or other cue between.  Writes the
 * guest to objs[0] and returns the "to"/"at" token, or 0. */
static uint32_t welcomed_guest_far(const doc *d, const sentence *s, uint32_t end, int *objs)
{
    /* (not the passive "was welcomed by X at": its subject may be anything) */
    if (end >= s->tok_end || (d->toks[end].word_bits & W_PASSIVE_BY))
        return 0;
    uint32_t t = end;
    for (; t < s->tok_end && t < end + 24; t++)
        if (guest_clause_break(d, t) || tok_lex(d, t, LEX_MEETING, NULL) ||
            tok_is(&d->toks[t], "to") || tok_is(&d->toks[t], "at"))
            break;
    if (t >= s->tok_end || t < end + 2 || !(tok_is(&d->toks[t], "to") || tok_is(&d->toks[t], "at")))
        return 0;
    uint32_t p = is_char(d, t - 1, ',') ? t - 1 : t;
    int g = mention_at(d, p - 1);
    if (g < 0 || d->ments[g].tok_end != p || d->ments[g].kind != M_PERSON || !party_mention(d, g))
        return 0;
    /* a title before the name, or an appositive name after its office
     * ("the Prime Minister of Iraq, Mohammed Al-Sudani,") */
    uint32_t b = d->ments[g].tok_start;
    if (!titled_person(d, g) && !(p < t && b > end && is_char(d, b - 1, ',') && full_name(d, g)))
        return 0;
    objs[0] = g;
    return t;
}

/* After a welcomed group ending before g1 and its body's name ("of
 * Historically Black Colleges and Universities (HBCUs)"), does "for a"
 * bring a meeting noun within three words ("for a round table discussion";
 * not "for a reception", "for their work")?  Bounded: twelve tokens. */
static int welcomed_for_meeting(const doc *d, uint32_t g1, uint32_t end)
{
    for (uint32_t k = g1; k < end && k < g1 + 12; k++) {
        const token *u = &d->toks[k];
        if (tok_is(u, "for")) {
            if (k + 2 >= end || !(d->toks[k + 1].word_bits & W_DET))
                return 0;
            for (uint32_t c = k + 2; c < end && c < k + 5; c++) {
                const lex_entry *m = tok_lex(d, c, LEX_MEETING, NULL);
                if (m && (m->value == MEET_NOUN || m->value == MEET_MULTI))
                    return 1;
            }
            return 0;
        }
        if (!((u->flags & T_CAP) || tok_is(u, "of") || tok_is(u, "from") || tok_is(u, "the") ||
              tok_is(u, "and") || is_char(d, k, '(') || is_char(d, k, ')')))
            return 0;
    }
    return 0;
}

/* "X welcomed Y (of Z) to the White House / at the Kremlin": hosting a
 * visitor.  Without the place, "welcomed" is praise ("welcomed the
 * decision", "welcomed Y's remarks") and the statement rule's business. */
static nsv_code welcome_at(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end,
                           const lex_entry *cue, nsv_error *err)
{
    int o = party_right(d, end, s->tok_end);
    if (o >= 0 && (d->ments[o].kind == M_GROUP_DESC || d->ments[o].kind == M_PLACE))
        return NSV_OK;
    int objs[MAX_COORD];
    int nobj = o >= 0 ? coordinated(d, o, +1, s->tok_start, s->tok_end, objs, MAX_COORD) : 0;
    uint32_t k = nobj ? d->ments[objs[nobj - 1]].tok_end : end;
    if (nobj && k < s->tok_end && (d->toks[k].flags & T_POSS))
        return NSV_OK; /* "welcomed Y's decision" */
    /* "Prime Minister Y of Japan to", "of the Republic of Korea to": the
     * guest's country, a capitalised name */
    if (k + 1 < s->tok_end && tok_is(&d->toks[k], "of"))
        for (uint32_t n = k + 1; n < s->tok_end && n < k + 7; n++) {
            const token *u = &d->toks[n];
            if (!(u->flags & T_CAP) && !tok_is(u, "the") && !tok_is(u, "of"))
                break;
            if (u->flags & T_CAP)
                k = n + 1;
        }
    if (!nobj || k >= s->tok_end || !(tok_is(&d->toks[k], "to") || tok_is(&d->toks[k], "at"))) {
        k = welcomed_guest_far(d, s, end, objs);
        if (!k)
            return NSV_OK;
        nobj = 1;
    }
    if (!place_name(d, k + 1, s->tok_end, NULL))
        return NSV_OK;
    int subj = subject_before(d, i, s->tok_start);
    /* "When I welcomed X to the White House" in the President's own
     * statement */
    int principal = subj < 0 ? first_person_principal(d, i, s) : -1;
    if (principal == -2)
        return out_of_memory(d->limits, err);
    if (subj < 0 && principal < 0)
        return NSV_OK;
    ev_draft *e = new_meeting(d, out, i, cue, "meeting.welcome", s);
    if (!e)
        return out_of_memory(d->limits, err);
    if (!e->ev.location_name)
        place_name(d, k + 1, s->tok_end, e);
    if (subj >= 0)
        meet_add_mention(d, e, subj);
    else {
        ev_add_party(d, e, principal);
        e->implied_host = 1;
    }
    for (int n = 0; n < nobj; n++)
        meet_add_mention(d, e, objs[n]);
    return NSV_OK;
}

/* How many tokens a look for talks of a sentence's own (talks_in_span)
 * passes: every summit named in a sentence looks, and a sentence may run
 * the whole item. */
#define OWN_TALKS_REACH 80

/* Does a meeting verb, noun or host cue stand in tokens [from, to) of a
 * sentence ending at `end` ("spoke" counts only before "with": "spoke at a
 * panel" is no talk)?  The sentence then reports talks of its own, and a
 * summit named in it is their setting (the sidelines reading), not a
 * place the subject alone is put. */
static int talks_in_span(const doc *d, uint32_t from, uint32_t to, uint32_t end)
{
    for (uint32_t t = from; t < to && t < end; t++) {
        const lex_entry *c = tok_lex(d, t, LEX_MEETING, NULL);
        if (c && (c->value == MEET_VERB || c->value == MEET_NOUN || c->value == MEET_HOST ||
                  (c->value == MEET_WITH && t + 1 < end && tok_is(&d->toks[t + 1], "with"))))
            return 1;
    }
    return 0;
}

/* Does a setting phrase that places its subject anywhere in the sentence
 * (words.tsv "setting" 1: "to attend", "while participating in") end
 * right before token k? */
static int ends_anywhere_setting(const doc *d, uint32_t k, uint32_t from)
{
    for (uint32_t b = k, steps = 0; b > from && steps < 6; steps++) {
        b--;
        unsigned nw = 0;
        const lex_entry *w = tok_lex(d, b, LEX_WORD, &nw);
        if (w && (w->bits & W_SETTING) && w->value == SETTING_ANYWHERE && b + nw == k)
            return 1;
    }
    return 0;
}

/* "stated this during his participation in the X Forum", "while
 * participating in the X Summit": a setting phrase of words.tsv value 1
 * ending right before token k places the
 * subject at the meeting there, as "took part in" does; "discussed his
 * participation in the summit" (a topic or a plan) is no such phrase. */
static int setting_phrase_before(const doc *d, uint32_t k, uint32_t from, uint32_t cue,
                                 uint32_t cue_end)
{
    /* "met X on the sidelines of the G20 summit", "in the framework of
     * the summit, A met B": talks of their own in the sentence are the
     * sideline reading's (the talks' rule places their people); the
     * meeting's own singular cue [cue, cue_end) is none of them ("to attend
     * the G7 meeting"), but a plural one stays a process of talks ("efforts
     * in the framework of the Normandy format talks") */
    if (!ends_anywhere_setting(d, k, from) || after_sidelines(d, k, from))
        return 0;
    const sentence *s = &d->sents[d->toks[k].sent];
    if (cue_end > cue && cue_end - 1 < s->tok_end && plural_s_ending(&d->toks[cue_end - 1]))
        cue_end = cue;
    uint32_t reach = s->tok_start + OWN_TALKS_REACH;
    return !talks_in_span(d, s->tok_start, cue < reach ? cue : reach, s->tok_end) &&
           !talks_in_span(d, cue_end, reach, s->tok_end);
}

/* "attended a BRICS+ meeting", "the BRICS plus meeting": a group's
 * meeting widened to invited states (words.tsv setting SETTING_PLUS between
 * the group and the cue at i) is the group's meeting; the group's mention,
 * else -1. */
static int plus_group(const doc *d, const sentence *s, uint32_t i)
{
    if (i < s->tok_start + 2 || !word_class_value(&d->toks[i - 1], W_SETTING, SETTING_PLUS))
        return -1;
    int g = mention_at(d, i - 2);
    return g >= 0 && d->ments[g].tok_end == i - 1 && d->ments[g].kind == M_ORG ? g : -1;
}

/* "X arrived in Russia for the informal CIS summit", "flew to Brussels for
 * the EU summit": an arrival verb (words.tsv setting SETTING_ARRIVAL) in
 * the clause before the "for" at token f places its subject at the meeting
 * after it ("prepared for the summit", "a plan for the summit" do not). */
static int arrived_for(const doc *d, uint32_t f, uint32_t from)
{
    for (uint32_t k = f, steps = 0; k > from && steps < 10; steps++) {
        k--;
        if (is_char(d, k, ',') || is_char(d, k, ';') || is_char(d, k, '.') ||
            (d->toks[k].word_bits & (W_SUBORD | W_CONJ)))
            return 0;
        if (word_class_value(&d->toks[k], W_SETTING, SETTING_ARRIVAL))
            return 1;
    }
    return 0;
}

/* Is the meeting noun at i placed by the word before it (over an article
 * and lower-case modifiers): "at", "during", or a participation verb ("took
 * part in", "attended")?  With by_prep 0 only a participation verb places
 * it, not "at" ("speaking at a meeting of X" is a speech). */
static int placed_before_as(const doc *d, uint32_t i, uint32_t from, int by_prep)
{
    uint32_t k = i;
    for (int steps = 0; k > from && steps < 3 && (d->toks[k - 1].flags & T_WORD) &&
                        !(d->toks[k - 1].flags & T_CAP) &&
                        !(d->toks[k - 1].word_bits & (W_PREP | W_SUBORD | W_CONJ | W_AUX)) &&
                        !tok_lex(d, k - 1, LEX_MEETING, NULL);
         steps++)
        k--;
    if (k <= from)
        return 0;
    if (tok_is(&d->toks[k - 1], "at") || tok_is(&d->toks[k - 1], "during"))
        return by_prep;
    if (tok_is(&d->toks[k - 1], "for") && arrived_for(d, k - 1, from))
        return 1;
    /* (the cue's own words end where its phrase does: "the participants of
     * the ministerial meeting of X" holds no other talks) */
    unsigned cw = 0;
    uint32_t cue_end = tok_lex(d, i, LEX_MEETING, &cw) && cw ? i + cw : i + 1;
    /* ("X addressed a meeting of Y": with by_prep 0 a bare speech verb,
     * words.tsv send, is a speech there as "speaking at" is) */
    if (setting_phrase_before(d, k, from, i, cue_end) &&
        (by_prep || !(d->toks[k - 1].word_bits & W_SEND)))
        return 1;
    for (uint32_t b = k - 1; b + 3 >= k && b >= from; b--) {
        unsigned nw = 0;
        const lex_entry *part = tok_lex(d, b, LEX_MEETING, &nw);
        if (part && part->value == MEET_PARTICIPATE && b + nw == k)
            return 1;
        if (b == from)
            break;
    }
    return 0;
}

/* "X sent his greetings to the first conference of Y", "sent greetings to
 * the participants in a meeting of Y": a send verb (words.tsv) with "to"
 * in the clause before the meeting cue at i addresses the meeting from
 * afar; the sender does not attend it ("X addressed the plenary session"
 * does). */
static int sent_to(const doc *d, uint32_t i, uint32_t from)
{
    int to = 0;
    for (uint32_t k = i, steps = 0; k > from && steps < 10; steps++) {
        k--;
        if (is_char(d, k, ',') || is_char(d, k, ';') || is_char(d, k, '.'))
            return 0;
        to |= tok_is(&d->toks[k], "to");
        if (d->toks[k].word_bits & W_SEND)
            return to;
    }
    return 0;
}

/* "met with X in Dubai, the United Arab Emirates on the sidelines of
 * COP28": a country or place mention m right after "<place>," completes
 * the place; it is not the side the summit holds. */
static int place_apposition(const doc *d, int m, uint32_t from)
{
    if (m < 0 || (d->ments[m].kind != M_COUNTRY && d->ments[m].kind != M_PLACE))
        return 0;
    uint32_t b = d->ments[m].tok_start;
    if (b > from && (d->toks[b - 1].word_bits & W_DET))
        b--;
    if (b < from + 2 || !is_char(d, b - 1, ','))
        return 0;
    int p = mention_at(d, b - 2);
    return p >= 0 && d->ments[p].tok_end == b - 1 && d->ments[p].kind == M_PLACE;
}

static int placed_before(const doc *d, uint32_t i, uint32_t from)
{
    return placed_before_as(d, i, from, 1);
}

/* "the SCO summit was held in Astana", "the BRICS summit, which took place
 * in Kazan": the text reports the group's meeting as held, with no one
 * placed at it.  t is the token after the cue.  Not "will be held", nor
 * "is held every year". */
static int reported_held(const doc *d, uint32_t t, uint32_t end, int participle)
{
    /* with `participle` (a group of states' meeting, a named meeting of
     * named_setting): "the EU summit held on February 17", "the CIS summit
     * held in Minsk": a past participle with its place or day reports it
     * held too (not "held every year"); "the Normandy format summit that
     * took place in Paris" (in group_setting a body that is no group of
     * states goes without: a named forum's "held in" is often no meeting
     * of parties) */
    if (participle && t + 2 < end && tok_is(&d->toks[t], "held") &&
        (tok_is(&d->toks[t + 1], "in") || tok_is(&d->toks[t + 1], "on")))
        return 1;
    if (t + 1 < end && is_char(d, t, ',') && tok_is(&d->toks[t + 1], "which"))
        t += 2;
    else if (participle && t + 1 < end && tok_is(&d->toks[t], "that"))
        t++;
    return t + 1 < end && held_phrase(d, t);
}

/* The held phrase after a group's name that ends at token t, over an
 * acronym in parentheses ("the Trilateral Contact Group (TCG) took place"). */
static int group_held_after(const doc *d, uint32_t t, uint32_t end)
{
    if (t + 3 < end && is_char(d, t, '(') && is_char(d, t + 2, ')'))
        t += 3;
    /* "the leaders of the Normandy format countries took place", "of the
     * SCO member states was held": the group's states are the group */
    if (t + 2 < end && tok_is(&d->toks[t], "member") && (d->toks[t + 1].word_bits & W_STATES))
        t += 2;
    else if (t + 1 < end && (d->toks[t].word_bits & W_STATES) && !(d->toks[t].flags & T_CAP))
        t++;
    if (reported_held(d, t, end, 1))
        return 1;
    /* "a meeting of the Trilateral Contact Group is being held today", "is
     * taking place": a present "be" and a phrases.tsv running phrase report
     * it under way */
    return t + 1 < end && be_tense(d, t) == BE_PRESENT &&
           phrase_at(d, t + 1, end, PHRASE_RUNNING) != 0;
}

/* "X said that a meeting of the Trilateral Contact Group was held": is the
 * meeting cue at token i the head of the clause a speech verb right after
 * subject mention subj reports (the speech verb, "that", an article and a
 * lower-case word or two between)?  Then subj is the speaker, no subject
 * of the meeting.  Not "said at a meeting of X" (a preposition: the
 * speech's setting).  Bounded to a few tokens. */
static int speaker_of_reported_cue(const doc *d, int subj, uint32_t i)
{
    uint32_t k = d->ments[subj].tok_end;
    if (i <= k || i > k + 8)
        return 0;
    while (k < i && (d->toks[k].word_bits & W_ADVERB) && !tok_lex(d, k, LEX_SPEECH, NULL))
        k++;
    unsigned nw = 0;
    const lex_entry *v = k < i ? tok_lex(d, k, LEX_SPEECH, &nw) : NULL;
    if (!v || v->value != SPEECH_VERB || !nw)
        return 0;
    k += nw;
    if (k < i && tok_is(&d->toks[k], "that"))
        k++;
    if (k >= i || !(d->toks[k].word_bits & W_DET))
        return 0;
    for (k++; k < i; k++) {
        const token *u = &d->toks[k];
        if (!(u->flags & T_WORD) || (u->flags & (T_CAP | T_QUOTE)) || mention_at(d, k) >= 0 ||
            (u->word_bits & (W_PREP | W_PLACE_PREP | W_SUBORD | W_CONJ | W_AUX | W_BE)) ||
            tok_lex(d, k, LEX_SPEECH, NULL))
            return 0;
    }
    return 1;
}

/* Is token t a word of title case in a meeting's name that no mention
 * holds ("Media" in "the BRICS Media Summit", "Security" in "Munich
 * Security Conference"): capitalised, no possessive, article, preposition
 * or conjunction? */
static int bare_title_word(const doc *d, uint32_t t)
{
    const token *u = &d->toks[t];
    return (u->flags & T_CAP) && (u->flags & T_WORD) && !(u->flags & T_POSS) &&
           !(u->word_bits & (W_DET | W_PREP | W_CONJ)) && mention_at(d, t) < 0;
}

/* "the BRICS Media Summit", "the G7 Leaders' Summit", "the BRICS
 * Business Forum": a group of states with a word or two of title case
 * (and a plural's apostrophe) between it and the cue at token i, or
 * before the meeting's own name (mention named, or -1); the group's
 * mention, else -1 (a step of group_setting). */
static int group_before_title_words(const doc *d, const sentence *s, uint32_t i, int named)
{
    uint32_t t = named >= 0 ? d->ments[named].tok_start : i;
    int gap = named >= 0;
    if (!gap && t > s->tok_start + 2 && plural_apostrophe(d, t - 1))
        t--;
    for (int steps = 0; t > s->tok_start + 1 && steps < 2 && named < 0; steps++) {
        if (!bare_title_word(d, t - 1))
            break;
        t--;
        gap = 1;
    }
    int w = gap && t > s->tok_start ? mention_at(d, t - 1) : -1;
    return w >= 0 && d->ments[w].tok_end == t && intl_group(d, w) ? w : -1;
}

/* From a group's mention at token k back over an article, a year, an
 * ordinal or an adjective ("at an informal CIS summit") to the word that
 * places it: the token after that word (a step of group_setting). */
static uint32_t setting_start(const doc *d, const sentence *s, uint32_t k)
{
    for (int steps = 0; k > s->tok_start && steps < 3; steps++) {
        /* ("visited Russia to attend the BRICS summit": a lower-case word
         * that ends a setting phrase is no adjective of the summit) */
        if (ends_anywhere_setting(d, k, s->tok_start))
            break;
        /* ("convened the first-ever National Climate Task Force meeting":
         * a hyphen inside the adjective) */
        if (k > s->tok_start + 2 && tight_hyphen(d, k - 1) && (d->toks[k - 2].flags & T_WORD) &&
            !(d->toks[k - 2].flags & T_CAP))
            k--;
        const token *p = &d->toks[k - 1];
        if (!(p->flags & T_WORD) || ((p->flags & T_CAP) && !(p->flags & T_NUM)) ||
            (p->word_bits & (W_PREP | W_SUBORD | W_CONJ | W_AUX)) || mention_at(d, k - 1) >= 0 ||
            tok_lex(d, k - 1, LEX_MEETING, NULL))
            break;
        k--;
    }
    return k;
}

/* "At the G7 Summit, President X met Y": the person right after a setting
 * that opens the sentence and ends at token end (past "in" and the
 * summit's place, and a comma); not "X's remarks"; else -1 (a step of
 * group_setting). */
static int person_after_setting(const doc *d, const sentence *s, uint32_t end)
{
    uint32_t t = end;
    /* "At the EU summit in Brussels, X": over the summit's place */
    if (t + 1 < s->tok_end && tok_is(&d->toks[t], "in")) {
        int pl = mention_at(d, t + 1);
        if (pl >= 0 && d->ments[pl].tok_start == t + 1 && d->ments[pl].kind == M_PLACE)
            t = d->ments[pl].tok_end;
    }
    if (t < s->tok_end && is_char(d, t, ','))
        t++;
    int sa = party_right(d, t, s->tok_end);
    return sa >= 0 && d->ments[sa].kind == M_PERSON && d->ments[sa].tok_end < s->tok_end &&
                   !(d->toks[d->ments[sa].tok_end].flags & T_POSS)
               ? sa
               : -1;
}

/* "I spoke today at the Doha Forum", "I also addressed the participants of
 * the EU summit": in an item that is its outlet's principal's own words,
 * the first person whom the word before token k places at the summit that
 * starts at k is placed there, as "President X spoke at the summit" places
 * X (GUIDE: a summit named as a setting places the speaker).  The placing
 * word is an "at" after a one-word meeting_cues.tsv "with" verb ("spoke",
 * over an adverb or a day word or two), or a words.tsv setting phrase of
 * value 1 ("addressed the participants of") right after the first person.
 * The principal's entity (first_person_principal), else -1; -2 when memory
 * ran out.  Not "I spoke about the summit" (no "at"), nor "I will speak
 * at" (no such verb). */
static int first_person_placed(doc *d, const sentence *s, uint32_t k)
{
    if (k <= s->tok_start + 1 || k > s->tok_end)
        return -1;
    if (tok_is(&d->toks[k - 1], "at")) {
        uint32_t v = k - 1;
        for (int steps = 0;
             v > s->tok_start && steps < 3 && (d->toks[v - 1].word_bits & (W_ADVERB | W_RELDAY)) &&
             mention_at(d, v - 1) < 0;
             steps++)
            v--;
        if (v <= s->tok_start + 1)
            return -1;
        unsigned nw = 0;
        const lex_entry *c = tok_lex(d, v - 1, LEX_MEETING, &nw);
        if (!c || c->value != MEET_WITH || nw != 1 || (d->toks[v - 1].flags & (T_CAP | T_IN_QUOTE)))
            return -1;
        return first_person_principal(d, v - 1, s);
    }
    for (uint32_t b = k, steps = 0; b > s->tok_start + 1 && steps < 6; steps++) {
        b--;
        unsigned nw = 0;
        const lex_entry *w = tok_lex(d, b, LEX_WORD, &nw);
        if (w && (w->bits & W_SETTING) && w->value == SETTING_ANYWHERE && b + nw == k)
            return (d->toks[b].flags & (T_CAP | T_IN_QUOTE)) ? -1 : first_person_principal(d, b, s);
    }
    return -1;
}

/* The first person placed at the meeting whose cue (after an article and
 * a lower-case word or few: "the special spring session of X") is at token
 * i, as first_person_placed; -1, or -2 when memory ran out. */
static int first_person_placed_at_cue(doc *d, const sentence *s, uint32_t i)
{
    uint32_t k = i;
    for (int steps = 0; k > s->tok_start && steps < 4 && (d->toks[k - 1].flags & T_WORD) &&
                        !(d->toks[k - 1].flags & T_CAP) &&
                        !(d->toks[k - 1].word_bits & (W_PREP | W_SUBORD | W_CONJ | W_AUX)) &&
                        !tok_lex(d, k - 1, LEX_MEETING, NULL);
         steps++) {
        k--;
        if (d->toks[k].word_bits & W_DET)
            break;
    }
    return first_person_placed(d, s, k);
}

/* "Mr X spoke at the EU summit", "X took part in the SCO summit", "during
 * the NATO summit": a group's summit that the text places someone at is a
 * meeting of the group, with the person placed there (GUIDE), even when the
 * group is all the text names ("at the conclusion of the OPEC conference").
 * A summit named only as a topic ("the results of the EU summit") is not.
 * Returns 1 when it made the event, 0 when the cue is not such a setting,
 * -1 on arena exhaustion. */
static int group_setting(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end,
                         const lex_entry *cue, int chaired_only, nsv_error *err)
{
    (void)err;
    int g = i > s->tok_start ? mention_at(d, i - 1) : -1;
    /* "attended a BRICS+ meeting": the group's own meeting */
    int plus = g < 0 ? plus_group(d, s, i) : -1;
    if (plus >= 0)
        g = plus;
    /* "attended the Munich Security Conference": a meeting named in title
     * case is its own group */
    int named = mention_at(d, i);
    /* "chaired a Security Council meeting": the cue ("council meeting")
     * starts inside the body's name (only a chair places anyone there:
     * checked below) */
    int inside = -1;
    if (named >= 0 && d->ments[named].kind == M_ORG && d->ments[named].tok_start < i &&
        d->ments[named].tok_end == end && (d->toks[i].flags & T_CAP))
        g = named;
    else if (named >= 0 && d->ments[named].kind == M_ORG && d->ments[named].tok_start < i &&
             d->ments[named].tok_end > i && d->ments[named].tok_end < end)
        g = inside = named, named = -1;
    else
        named = -1;
    /* "the BRICS Media Summit", "the G7 Leaders' Summit", "the BRICS
     * Business Forum": a group of states with a word or two of title case
     * (and a plural's apostrophe) between it and the cue; the whole name
     * is the party (it holds the group's name) */
    int w = group_before_title_words(d, s, i, named);
    int whole = w >= 0;
    if (whole) {
        g = w;
        named = -1;
    }
    /* "at President Biden's COVID Summit": the host's own summit */
    uint32_t q = i;
    for (int steps = 0; q > s->tok_start + 1 && steps < 3 && (d->toks[q - 1].flags & T_CAP) &&
                        (d->toks[q - 1].flags & T_WORD) && mention_at(d, q - 1) < 0;
         steps++)
        q--;
    int host = -1;
    if (q > s->tok_start + 1 && (d->toks[q - 1].flags & T_POSS)) {
        host = mention_at(d, q - 2);
        if (host < 0 || d->ments[host].tok_end != q - 1 || d->ments[host].kind != M_PERSON ||
            !party_mention(d, host))
            host = -1;
    }
    if (host >= 0)
        g = host;
    else if (g < 0 ||
             (d->ments[g].tok_end != i && g != named && g != inside && !whole && plus < 0) ||
             d->ments[g].kind != M_ORG || !party_mention(d, g))
        return 0;
    uint32_t k = setting_start(d, s, d->ments[g].tok_start);
    /* "X chaired a State Council Presidium meeting", "held a Security
     * Council meeting": the person who chairs a body's meeting meets it, as
     * in "chaired a meeting of the State Council" (the subject is checked
     * below) */
    const lex_entry *hv =
        host < 0 && k > s->tok_start + 1 ? tok_lex(d, k - 1, LEX_MEETING, NULL) : NULL;
    int chair = hv && hv->value == MEET_HOLD && (d->toks[k - 1].flags & T_WORD) &&
                !(d->toks[k - 1].flags & T_CAP);
    /* an international group (no country of its own): a party's conference
     * ("the Conservative Party Conference") is its own meeting */
    if (host < 0 && d->ents[d->ments[g].entity].country && !chair)
        return 0;
    /* (a body's plain "meeting" noun, no group's, or a cue inside its
     * name: only when chaired) */
    /* (but a group of states' own organ, "the CSTO Collective Security
     * Council meeting took place", meets as its group does: below) */
    int grp = intl_group(d, g);
    if ((chaired_only || (g == inside && !grp)) && !chair)
        return 0;
    /* "BRICS summit was held in Kazan" opens its sentence */
    if (k <= s->tok_start && !reported_held(d, end, s->tok_end, grp))
        return 0;
    const token *p = &d->toks[k > s->tok_start ? k - 1 : k];
    /* the token that opens a phase phrase, or UINT32_MAX (it may be the
     * sentence's first, token 0 of the item) */
    uint32_t phase = UINT32_MAX;
    /* "at the conclusion of the OPEC conference", "during the opening of
     * the summit": a part of the meeting places its subject there too;
     * "After the end of the CIS summit, the heads of state ..." opening
     * the sentence is the end's time as "At the end of" is */
    if (tok_is(p, "of") && k >= s->tok_start + 3 && (d->toks[k - 2].word_bits & W_PHASE)) {
        uint32_t b = k - 2;
        if (b > s->tok_start + 1 && (d->toks[b - 1].word_bits & W_DET))
            b--;
        const token *o = b > s->tok_start ? &d->toks[b - 1] : NULL;
        if (o && (tok_is(o, "at") || tok_is(o, "during") ||
                  (b - 1 == s->tok_start && word_class_value(o, W_OCCASION, OCCASION_TALKS)))) {
            p = &d->toks[b - 1];
            phase = b - 1;
        }
    }
    unsigned nw = 0;
    const lex_entry *part = NULL;
    for (uint32_t b = k - 1; k > s->tok_start && b + 3 >= k && b > s->tok_start && !part; b--) {
        part = tok_lex(d, b, LEX_MEETING, &nw);
        if (part && (part->value != MEET_PARTICIPATE || b + nw != k))
            part = NULL;
    }
    /* "As part of the participation in the Eastern Partnership Summit, A and
     * B signed": a long opening phrase (framework_setting) at the sentence
     * start places its subject there as "At the summit" does; with talks
     * of their own in the sentence the sidelines reading has them */
    uint32_t opener = UINT32_MAX;
    unsigned ow = 0;
    const lex_entry *o = tok_lex(d, s->tok_start, LEX_WORD, &ow);
    if (o && (o->bits & W_SETTING) && ow >= 3 && s->tok_start + ow == k)
        opener = s->tok_start;
    if (opener != UINT32_MAX && talks_in_span(d, end, end + OWN_TALKS_REACH, s->tok_end))
        opener = UINT32_MAX;
    int setting = tok_is(p, "at") || tok_is(p, "during") || opener != UINT32_MAX ||
                  phase != UINT32_MAX ||
                  (k > s->tok_start && setting_phrase_before(d, k, s->tok_start, i, end)) ||
                  (k > s->tok_start && tok_is(p, "for") && arrived_for(d, k - 1, s->tok_start));
    int held = !setting && !part && reported_held(d, end, s->tok_end, grp);
    if (!setting && !part && !held && !chair)
        return 0;
    /* "X said the SCO summit was held": no one is placed at it */
    int subj = held ? -1 : subject_before(d, d->ments[g].tok_start, s->tok_start);
    /* a chaired meeting needs its chair: a person right before the verb
     * (across one adverb: "also chaired") */
    if (chair && !setting && !part && !held) {
        uint32_t v = k - 1;
        if (v > s->tok_start && (d->toks[v - 1].word_bits & W_ADVERB))
            v--;
        if (subj < 0 || d->ments[subj].tok_end != v ||
            d->ents[d->ments[subj].entity].kind != NSV_KIND_PERSON)
            return 0;
    }
    /* a group's organ whose name holds the cue meets when reported held or
     * with someone placed there ("during the European Council meeting on
     * June 23-24" alone may be a coming one) */
    if (g == inside && !chair && !held && (subj < 0 || d->ments[subj].kind != M_PERSON))
        return 0;
    /* "the Minsk agreements and the agreements reached at the summit": a
     * name before a document noun names the document, no one placed there */
    if (subj >= 0 && d->ments[subj].tok_end < s->tok_end &&
        tok_lex(d, d->ments[subj].tok_end, LEX_DOCUMENT, NULL))
        subj = -1;
    /* "At the G7 Summit, President X met Y", "During the APEC summit X
     * held talks": a setting that opens the sentence places the subject
     * after it there */
    uint32_t at = phase != UINT32_MAX ? phase : opener != UINT32_MAX ? opener : k - 1;
    if (subj < 0 && !held && !part && k > s->tok_start && at == s->tok_start && setting)
        subj = person_after_setting(d, s, end);
    /* "sent greetings to the participants at the X Forum": they are there,
     * not the subject */
    if (subj >= 0 && k >= s->tok_start + 2 && (tok_is(p, "at") || tok_is(p, "in")) &&
        (d->toks[k - 2].word_bits & W_ATTENDEE))
        subj = -1;
    /* the subject placed there: a person or a state, not a body, though a
     * state's delegation is a party there ("the Ukrainian delegation
     * participating in the Halifax International Security Forum") */
    int placed = subj >= 0 && (d->ments[subj].kind != M_ORG ||
                               headed_party(&d->toks[d->ments[subj].tok_end - 1]));
    /* "I spoke today at the Doha Forum": the principal who speaks there */
    int speaker = -1;
    if (!placed && !held && setting && phase == UINT32_MAX &&
        (speaker = first_person_placed(d, s, k)) == -2)
        return -1;
    /* a named meeting with no one placed at it is a topic or a plan ("during
     * the X Forum, films will be shown"), unless the text reports it held */
    if (named >= 0 && !held && !placed && speaker < 0)
        return 0;
    /* (a group's named event, "the BRICS Media Summit was held", needs
     * someone placed there too: its organisers and guests are often other
     * parties than the group) */
    if (whole && (subj < 0 || d->ments[subj].kind == M_ORG) && speaker < 0)
        return 0;
    ev_draft *e = new_meeting(d, out, i, cue, "meeting.group_setting", s);
    if (!e)
        return -1;
    /* "will be issued at the end of the summit", "will participate as an
     * observer at the summit": the verb is further back, before the word
     * that places someone there */
    if (e->ev.modality == NSV_MOD_ACTUAL && k > s->tok_start)
        e->ev.modality = clause_modality(d, phase != UINT32_MAX ? phase : k - 1, s->tok_start);
    /* "agreed to meet ... at the APEC summit": the setting of a meeting the
     * sentence plans is planned too */
    for (size_t b = out->n - 1; b-- > 0 && out->v[b].sent == e->sent;)
        if (out->v[b].ev.type == NSV_EV_MEETING && out->v[b].ev.modality != NSV_MOD_ACTUAL)
            e->ev.modality = out->v[b].ev.modality;
    e->multilateral = 1;
    e->open_group = 1;
    /* "discussed the results of the CIS summit held in Minsk": a past
     * summit recalled, not the item's day */
    if (held && k > s->tok_start && named_as_topic(d, k, s->tok_start))
        e->background = 1;
    if (whole) {
        int ent = span_body_entity(d, d->ments[g].tok_start, end);
        if (ent < 0)
            return -1;
        ev_add_party(d, e, ent);
    } else {
        meet_add_mention(d, e, g);
        if (joint_body(d, g, e) < 0)
            return -1;
    }
    if (placed)
        meet_add_mention(d, e, subj);
    else if (speaker >= 0)
        ev_add_party(d, e, speaker);
    return 1;
}

/* Add to e the party m and those listed after it, each with its title:
 * "President of Russia X, President of Armenia Y, ... and Z". */
static void listed_after(doc *d, ev_draft *e, int m, uint32_t end)
{
    for (int n = 0; m >= 0 && n < MAX_PARTIES; n++) {
        meet_add_mention(d, e, m);
        /* "Klaus Iohannis of Romania and Andrzej Duda of Poland" */
        uint32_t k = of_country_end(d, d->ments[m].tok_end, end);
        /* "President von der Leyen of the European Commission, President
         * Michel of ...": a person's body after "of" is the person's tail */
        if (k == d->ments[m].tok_end && d->ments[m].kind == M_PERSON && k + 2 < end &&
            tok_is(&d->toks[k], "of")) {
            uint32_t b = k + 1 + (tok_is(&d->toks[k + 1], "the") ? 1u : 0u);
            int o = mention_at(d, b);
            if (o >= 0 && d->ments[o].tok_start == b && d->ments[o].kind == M_ORG)
                k = d->ments[o].tok_end;
        }
        /* "A and B; Honorary Chairman C, ...": a semicolon parts the
         * list's groups as a comma does */
        int semi = k < end && is_char(d, k, ';');
        if (k < end && (is_char(d, k, ',') || semi))
            k++;
        if (k < end && tok_is(&d->toks[k], "and"))
            k++;
        /* "attended by X and his deputies, Y and Z": the people under the
         * person before (phrases.tsv staff_of) name no party; the list goes
         * on past them, as coordinated's does */
        uint32_t past = k > d->ments[m].tok_end && d->ments[m].kind == M_PERSON
                            ? past_staff_words(d, k, end)
                            : k;
        if (past != k) {
            /* (a name right after the words, "his deputy X", is met there
             * too, whether or not the words were read as X's title) */
            if (party_right(d, past, end) >= 0 || person_after_title(d, past, end) >= 0)
                k = past;
        }
        if (k == d->ments[m].tok_end)
            break;
        int next = party_right(d, k, end);
        /* "Labour and Social Protection Minister X": a body that heads a
         * title is part of it, the person is the party */
        if (next >= 0 && d->ments[next].kind != M_PERSON) {
            int titled = person_after_title(d, k, end);
            if (titled >= 0)
                next = titled;
        }
        /* "..., Defence Ministry Sergei Shoigu, ...": a body right before a
         * person's full name (a given name opens it) names that person's
         * office; the person is the party, and the list goes on */
        if (next >= 0 && d->ments[next].kind == M_ORG) {
            uint32_t f = d->ments[next].tok_end;
            int p = f < end ? mention_at(d, f) : -1;
            if (p >= 0 && d->ments[p].tok_start == f && d->ments[p].kind == M_PERSON &&
                full_name(d, p) && tok_lex(d, f, LEX_GIVEN_NAME, NULL) &&
                d->ments[p].tok_end <= end && ends_list_item(d, d->ments[p].tok_end, end))
                next = p;
        }
        m = next >= 0 ? next : person_after_title(d, k, end);
        /* "..., Special Representative for Environmental Protection, Ecology
         * and Transport Sergei Ivanov, ...": a title whose portfolio holds
         * commas; the name ends the portfolio before the next comma */
        for (uint32_t q = k; m < 0 && q < end && q < k + 24; q++) {
            int p = mention_at(d, q);
            int given = 0;
            /* the name is the mention's last words: a titled mention
             * ("Minister of Science and Higher Education Valery Falkov")
             * starts with its title */
            uint32_t g0 = p >= 0 && d->ments[p].tok_end > q + 4 ? d->ments[p].tok_end - 4 : q;
            for (uint32_t g = g0; p >= 0 && g < d->ments[p].tok_end && !given; g++)
                given = tok_lex(d, g, LEX_GIVEN_NAME, NULL) != NULL;
            /* "Ali Zaidi, the National Climate Advisor, Brenda Mallory, Chair
             * of the Council ...": a name of two words between commas, its
             * title after it, though the table knows no first name there */
            if (p >= 0 && !given && q > k && is_char(d, q - 1, ',') &&
                d->ments[p].tok_end == q + 2 && d->ments[p].tok_end + 1 < end &&
                is_char(d, d->ments[p].tok_end, ',') &&
                tok_lex(d, d->ments[p].tok_end + 1, LEX_TITLE, NULL))
                given = 1;
            if (p >= 0 && d->ments[p].tok_start == q && d->ments[p].kind == M_PERSON && given &&
                party_mention(d, p) && d->ments[p].tok_end <= end &&
                (d->ments[p].tok_end == end || is_char(d, d->ments[p].tok_end, ',') ||
                 tok_is(&d->toks[d->ments[p].tok_end], "and") ||
                 is_char(d, d->ments[p].tok_end, '.')))
                m = p;
        }
        /* (after a semicolon only a name that ends its item: "; President X
         * said later" opens a clause of its own) */
        if (semi && m >= 0 && !ends_list_item(d, d->ments[m].tok_end, end) &&
            !is_char(d, d->ments[m].tok_end, ';'))
            m = -1;
    }
}

/* The roster stage's looks back over the drafts pass over at most
 * ROSTER_LOOKBACK of them, of whatever kind or sentence: a roster, a report
 * to the President or a heard report may open every sentence of an item.
 * (A corpus item has some 70 drafts at most by then.)  The draft index a
 * look going back stops at: */
#define ROSTER_LOOKBACK 256
static size_t roster_lookback_stop(const ev_list *out)
{
    return out->n > ROSTER_LOOKBACK ? out->n - ROSTER_LOOKBACK : 0;
}

/* The next meeting, going back from draft *b (start at out->n), that
 * people a sentence s lists ("Taking part in the call were ...") may join:
 * an actual meeting of an earlier sentence (or, with `planned`, one of any
 * modality), a few paragraphs back at most (within ROSTER_LOOKBACK
 * drafts).  NULL when none.  The meetings are in text order, so the first
 * too far back ends the look; the signings' and statements' drafts after
 * them (when the roster stage asks) are passed over. */
static ev_draft *roster_meeting_before(const doc *d, ev_list *out, const sentence *s, size_t *b,
                                       int planned)
{
    size_t stop = roster_lookback_stop(out);
    while (*b > stop) {
        ev_draft *f = &out->v[--*b];
        if (f->ev.type != NSV_EV_MEETING)
            continue;
        if (d->sents[f->sent].para + 4 < s->para)
            return NULL;
        if (!f->dropped && f->sent < s - d->sents && (planned || f->ev.modality == NSV_MOD_ACTUAL))
            return f;
    }
    return NULL;
}

/* "Taking part in the meeting were A, B and C" after "X held a meeting on
 * the economy": the people listed are the other participants of that
 * convening.  Only a meeting of one named party so far takes them: the
 * members of a delegation at bilateral talks are no parties of their own.
 * When the participle names hosts ("Joining President X on the call
 * were"), the last meeting of those hosts takes them, however many. */
static void inverted_participants(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end)
{
    /* at the head of the sentence, or after one adverb ("Also taking part") */
    if (i > s->tok_start + 1 || (i > s->tok_start && !(d->toks[s->tok_start].word_bits & W_ADVERB)))
        return;
    uint32_t k = end;
    /* "Joining President Biden on the call were", "Joining the President
     * and Secretary X on the call were": the hosts the others joined, then
     * a preposition before the meeting noun */
    int hosts[MAX_COORD], nh = 0;
    int h = party_right(d, k, s->tok_end);
    if (h >= 0) {
        nh = coordinated(d, h, +1, k, s->tok_end, hosts, MAX_COORD);
        k = d->ments[hosts[nh - 1]].tok_end;
        if (k >= s->tok_end || !(d->toks[k].word_bits & W_PREP))
            return;
        k++;
    }
    if (k < s->tok_end && (d->toks[k].word_bits & W_DET))
        k++;
    unsigned nw = 0;
    const lex_entry *noun = k < s->tok_end ? tok_lex(d, k, LEX_MEETING, &nw) : NULL;
    /* "on the call", "at the roundtable": with its hosts named, any plain
     * word stands for the meeting they held */
    if (nh && !noun && k < s->tok_end && (d->toks[k].flags & T_WORD) &&
        !(d->toks[k].flags & T_CAP) &&
        !(d->toks[k].word_bits & (W_PREP | W_DET | W_BE | W_AUX | W_CONJ | W_SUBORD)))
        nw = 1;
    else if (!noun || (noun->value != MEET_NOUN && noun->value != MEET_MULTI))
        return;
    k += nw;
    /* "Taking part in the videoconference meeting were": a format noun
     * before the meeting noun */
    unsigned nw2 = 0;
    const lex_entry *head = noun && k < s->tok_end ? tok_lex(d, k, LEX_MEETING, &nw2) : NULL;
    if (head && (head->value == MEET_NOUN || head->value == MEET_MULTI))
        k += nw2;
    if (k >= s->tok_end || !(d->toks[k].word_bits & W_BE))
        return;
    int p = party_right(d, k + 1, s->tok_end);
    /* "were Council of Federation Chairperson X, ...": the body heads the
     * first person's title */
    if (p >= 0 && d->ments[p].kind != M_PERSON) {
        int titled = person_after_title(d, k + 1, s->tok_end);
        if (titled >= 0)
            p = titled;
    }
    if (p < 0)
        p = person_after_title(d, k + 1, s->tok_end);
    if (p < 0)
        return;
    /* the hosts' meeting: the last one all of them are parties of */
    if (nh) {
        size_t b = out->n;
        for (ev_draft *f; (f = roster_meeting_before(d, out, s, &b, 0)) != NULL;) {
            int all = 1;
            for (int r = 0; r < nh && all; r++)
                all = d->ments[hosts[r]].entity >= 0 && ev_has_party(f, d->ments[hosts[r]].entity);
            if (all) {
                listed_after(d, f, p, s->tok_end);
                return;
            }
        }
        return;
    }
    /* the item's lead meeting: in the paragraph of its first meeting record
     * (a headline's) or the one after it.  The meeting stage drafts first,
     * in text order, so that record opens the list. */
    int lead_only = 0;
    uint32_t lead_para = UINT32_MAX, body_sent = UINT32_MAX;
    for (size_t b = 0; b < out->n && b < ROSTER_LOOKBACK && lead_para == UINT32_MAX; b++)
        if (out->v[b].ev.type == NSV_EV_MEETING && !out->v[b].dropped)
            lead_para = d->sents[out->v[b].sent].para;
    size_t stop = roster_lookback_stop(out);
    for (size_t b = out->n; b-- > stop;) {
        ev_draft *f = &out->v[b];
        /* a Kremlin readout puts the roster after a few paragraphs of what
         * was discussed.  Tested before the rest: at the meeting stage the
         * list holds the meetings drafted so far, in text order, and the
         * first more than four paragraphs back ends the look */
        if (d->sents[f->sent].para + 4 < s->para)
            return;
        /* a meeting noun with no party ("an earlier meeting on
         * privatisation") is no record, and a planned one ("the upcoming
         * CSTO summit") is no meeting the roster took part in: the one
         * before it may be */
        if (f->ev.type != NSV_EV_MEETING || f->dropped || f->sent >= s - d->sents || !f->nents ||
            f->ev.modality != NSV_MOD_ACTUAL)
            continue;
        if (lead_only && (d->sents[f->sent].para > lead_para + 1 || f->sent == body_sent))
            continue;
        /* "held a meeting with X, via videoconference": a format noun
         * repeats the sentence's meeting; the draft naming most parties is
         * the one the roster goes with */
        for (size_t a = b; a-- > stop;) {
            ev_draft *g = &out->v[a];
            if (g->sent != f->sent)
                break;
            if (g->ev.type == NSV_EV_MEETING && !g->dropped && g->nents > f->nents)
                f = g;
        }
        /* "X held a meeting with cultural figures ... X promised that the
         * proposals made during the meeting would be considered. Taking part
         * in the meeting were ...": a lone party's bare "the meeting" points
         * back at that party's meeting with the unnamed group in the lead */
        if (f->nents == 1 && !f->open_group)
            for (size_t a = 0; a < b && a < ROSTER_LOOKBACK; a++) {
                ev_draft *g = &out->v[a];
                if (g->ev.type == NSV_EV_MEETING && !g->dropped && g->open_group &&
                    g->ev.modality == NSV_MOD_ACTUAL && g->nents >= 1 && g->ents[0] == f->ents[0] &&
                    d->sents[g->sent].para <= lead_para + 1) {
                    f = g;
                    break;
                }
            }
        /* the nearest meeting named before decides: one person, alone or
         * with the bodies whose session it is ("X chaired a meeting with
         * permanent members of the Security Council", in either order) */
        int people = 0, others = 0;
        for (int q = 0; q < f->nents; q++) {
            nsv_kind kd = d->ents[f->ents[q]].kind;
            people += kd == NSV_KIND_PERSON;
            others += kd != NSV_KIND_PERSON && kd != NSV_KIND_ORGANIZATION;
        }
        if (people == 1 && !others) {
            listed_after(d, f, p, s->tok_end);
            return;
        }
        /* "An exchange of views on the Armed Forces' development also took
         * place", "The participants had an exchange of views": a body alone
         * is the convening's own talk, no meeting the roster joined apart
         * from it; the item's lead meeting decides, as below */
        if (!people && !others) {
            lead_only = 1;
            body_sent = f->sent;
            continue;
        }
        /* "X informed the members about his talks with A and B. Taking
         * part in the meeting were ...": talks reported in between are no
         * convening of his; the item's lead meeting is the one, if it
         * qualifies (a lead bilateral meeting does not) */
        if (lead_only || d->sents[f->sent].para <= lead_para + 1)
            return;
        lead_only = 1;
    }
}

/* "the APEC Leaders' Meeting hosted by Prime Minister X", "talks hosted by
 * X": the host takes part in the meeting the noun before names; "a dinner
 * hosted by X", "an exercise hosted by X" name no meeting. */
static nsv_code hosted_by(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t by)
{
    int h = party_right(d, by + 1, s->tok_end);
    if (h < 0)
        h = person_after_title(d, by + 1, s->tok_end);
    if (h < 0)
        return NSV_OK;
    for (uint32_t k = i, steps = 0; k > s->tok_start && steps < 10; steps++) {
        k--;
        const lex_entry *c = tok_lex(d, k, LEX_MEETING, NULL);
        if (!c)
            continue;
        if (c->value != MEET_NOUN && c->value != MEET_MULTI && c->value != MEET_VERB)
            return NSV_OK;
        for (size_t e = out->n, steps = 0; e-- > 0 && steps < OWN_SENTENCE_DRAFTS; steps++) {
            ev_draft *x = &out->v[e];
            if (x->ev.type == NSV_EV_MEETING && !x->dropped && x->sent == s - d->sents &&
                x->cue_tok <= k) {
                listed_after(d, x, h, s->tok_end);
                /* "the next summit, to be hosted by India" */
                nsv_modality mod = clause_modality(d, i, s->tok_start);
                if (mod != NSV_MOD_ACTUAL || (i > 1 && tok_is(&d->toks[i - 2], "to")))
                    x->ev.modality = mod != NSV_MOD_ACTUAL ? mod : NSV_MOD_PLANNED;
                return NSV_OK;
            }
        }
        return NSV_OK;
    }
    return NSV_OK;
}

/* "The meeting involved delegates from the U.K., Switzerland, the U.S. and
 * Canada", "The talks brought together leaders of A and B": a meeting noun
 * as the subject of a verb whose object lists the people who came (across
 * a group word and "from" / "of"). */
static nsv_code meeting_involved(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end,
                                 nsv_error *err)
{
    /* the subject: a meeting noun right before, over auxiliaries */
    uint32_t k = i;
    while (k > s->tok_start && (d->toks[k - 1].word_bits & (W_AUX | W_ADVERB)))
        k--;
    const lex_entry *n = k > s->tok_start ? tok_lex(d, k - 1, LEX_MEETING, NULL) : NULL;
    if (!n || (n->value != MEET_NOUN && n->value != MEET_MULTI))
        return NSV_OK;
    ev_draft *e = NULL;
    for (size_t x = out->n, steps = 0; x-- > 0 && !e && steps < OWN_SENTENCE_DRAFTS; steps++) {
        ev_draft *f = &out->v[x];
        if (f->ev.type == NSV_EV_MEETING && !f->dropped && f->sent == d->toks[i].sent &&
            f->cue_tok < i)
            e = f;
    }
    if (!e)
        return NSV_OK;
    /* the object: "delegates from", "leaders of", "representatives of the" */
    uint32_t t = end;
    for (int steps = 0; t < s->tok_end && steps < 3 && mention_at(d, t) < 0; steps++, t++) {
        const token *u = &d->toks[t];
        if (!(u->flags & T_WORD) ||
            !((u->word_bits & (W_UNNAMED | W_GROUP | W_SIDE_GROUP | W_DET)) || tok_is(u, "from") ||
              tok_is(u, "of")))
            return NSV_OK;
    }
    /* the list: parties joined by commas, "and" and "the"; a country after
     * "from" is read as a place ("delegates from the U.K."), it is a party */
    for (int n = 0; t < s->tok_end && n < MAX_PARTIES; n++) {
        int m = mention_at(d, t);
        if (m < 0)
            break;
        const mention *x = &d->ments[m];
        if (party_mention(d, m))
            meet_add_mention(d, e, m);
        else if (x->kind == M_PLACE && x->name && x->country && !strcmp(x->name, x->country)) {
            int c = country_entity(d, x->country);
            if (c < 0)
                return out_of_memory(d->limits, err);
            ev_add_party(d, e, c);
        } else if (x->kind == M_PLACE && x->name) {
            /* "Hong Kong" among the countries: a territory's delegation */
            int c = body_entity(d, x->name);
            if (c < 0)
                return out_of_memory(d->limits, err);
            ev_add_party(d, e, c);
        } else
            break;
        t = x->tok_end;
        while (t < s->tok_end &&
               (is_char(d, t, ',') || tok_is(&d->toks[t], "and") || tok_is(&d->toks[t], "the")))
            t++;
    }
    return NSV_OK;
}

/* The entity a list member the delegates come from stands for, at *ent: a
 * country or body, or a country the mention finder read as a place after
 * "from" ("delegates from Canada").  1; 0 with *ent -1 for anything else
 * ("members of his team": a pronoun is no side); -1 when memory ran out. */
static int listed_country(doc *d, int m, int *ent)
{
    const mention *x = &d->ments[m];
    *ent = -1;
    if ((x->kind == M_COUNTRY || x->kind == M_ORG) && party_mention(d, m))
        *ent = x->entity;
    /* "from the U.S.": the place's name is one of the country's names */
    else if (x->kind == M_PLACE && x->name && x->country &&
             (!strcmp(x->name, x->country) || tok_lex(d, x->tok_start, LEX_COUNTRY, NULL)) &&
             !(d->toks[x->tok_start].flags & T_IN_QUOTE) &&
             (*ent = country_entity(d, x->country)) < 0)
        return -1;
    return *ent >= 0;
}

/* "(with) heads of delegations from A, B and C", "(with) officials from A
 * and B", "(with) representatives of A and B": unnamed people who come for
 * the countries or bodies listed after "from" or "of"; those are the
 * parties.  From token t: an article and up to two lower-case modifiers, a
 * people word (or "heads of" one), "from" or "of", then the list.  Writes
 * the entities and returns their count (0 when t opens no such phrase, -1
 * when memory ran out). */
static int delegates_from(doc *d, uint32_t t, uint32_t end, int *ents, int max)
{
    uint32_t k = t;
    /* "met with his counterparts from A and B": a possessive stands where
     * the article does (lower case: not "His Majesty") */
    if (k < end && ((d->toks[k].word_bits & W_DET) ||
                    ((d->toks[k].word_bits & W_POSSESSIVE) && !(d->toks[k].flags & T_CAP))))
        k++;
    for (int mods = 0; k < end && mods < 2; mods++, k++) {
        const token *u = &d->toks[k];
        if (!(u->flags & T_WORD) || (u->flags & (T_CAP | T_NUM)) || u->word_bits ||
            mention_at(d, k) >= 0 || tok_lex(d, k, LEX_MEETING, NULL) || tok_is(u, "heads"))
            break;
    }
    /* "the heads of government of Norway and Israel": a group word of
     * several words (words.tsv) holds office for the sides its "of" lists
     * (GUIDE: the countries are the parties) */
    unsigned gnw = 0;
    const lex_entry *gw = k < end ? tok_lex(d, k, LEX_WORD, &gnw) : NULL;
    if (gw && gnw > 1 && (gw->bits & W_GROUP) && !(d->toks[k].flags & T_CAP) && k + gnw + 1 < end) {
        k += gnw;
        if (!tok_is(&d->toks[k], "of") && !tok_is(&d->toks[k], "from"))
            return 0;
        return sides_listed(d, k + 1, end, 0, ents, max);
    }
    /* "heads of (the) delegations": the heads of the people word after */
    if (k + 2 < end && tok_is(&d->toks[k], "heads") && tok_is(&d->toks[k + 1], "of")) {
        k += 2;
        if (d->toks[k].word_bits & W_DET)
            k++;
    }
    /* "the Governors of Louisiana, Mississippi, and Alabama": unnamed
     * holders of an office (a role title, no name after it) come for the
     * places listed, which stand for their own polities (a state, a city) */
    /* (the plural by the singular's line: "Governors" is no title of its
     * own, so "the Council of Governors" stays a body) */
    const token *h = k + 2 < end ? &d->toks[k] : NULL;
    const lex_entry *title =
        h && (h->flags & T_WORD) && h->lower_len > 2 && h->lower[h->lower_len - 1] == 's'
            ? lex_find_folded(d->lex, h->lower, h->lower_len - 1, LEX_TITLE)
            : NULL;
    unsigned tw = 0;
    if (h && !title && (title = tok_lex(d, k, LEX_TITLE, &tw)) && tw != 1)
        title = NULL;
    int office = title && title->value == TITLE_ROLE && tok_is(&d->toks[k + 1], "of");
    /* people only: "the guarantor states of the Budapest Memorandum" are
     * no delegates (words.tsv class states) */
    /* ("the delegations" may be read as a group's description: its sides
     * follow all the same) */
    int gm = k < end ? mention_at(d, k) : -1;
    if (!office && (k + 2 >= end || (d->toks[k].flags & T_CAP) ||
                    (gm >= 0 && d->ments[gm].kind != M_GROUP_DESC && d->ments[gm].tok_start != t) ||
                    !(d->toks[k].word_bits & (W_UNNAMED | W_GROUP | W_SIDE_GROUP)) ||
                    (d->toks[k].word_bits & (W_DET | W_STATES))))
        return 0;
    k++;
    if (!tok_is(&d->toks[k], "from") && !tok_is(&d->toks[k], "of"))
        return 0;
    return sides_listed(d, k + 1, end, office, ents, max);
}

/* "met with members of the Cabinet of Ministers and representatives of the
 * Office of the President", "with the members of the Cabinet, the leadership
 * of the Armed Forces of Ukraine and ...": the list of objs[0..n) reads on
 * over another unnamed group (words.tsv unnamed, side_group or polity)
 * "of" or "from" a named body or country, which takes part as the first
 * one did, and over the names coordinated with it.  Returns the count. */
static int groups_of_bodies(const doc *d, int *objs, int n, int max, const sentence *s)
{
    while (n < max) {
        uint32_t k = d->ments[objs[n - 1]].tok_end;
        int sep = 0;
        while (k < s->tok_end && sep < 3 &&
               (is_char(d, k, ',') || tok_is(&d->toks[k], "and") || tok_is(&d->toks[k], "the"))) {
            k++;
            sep++;
        }
        if (!sep || k + 2 >= s->tok_end || (d->toks[k].flags & T_CAP) ||
            !(d->toks[k].word_bits & (W_UNNAMED | W_SIDE_GROUP | W_POLITY)) ||
            !(tok_is(&d->toks[k + 1], "of") || tok_is(&d->toks[k + 1], "from")))
            break;
        k += 2;
        int m = party_right_the(d, k, s->tok_end);
        if (m < 0 || (d->ments[m].kind != M_ORG && d->ments[m].kind != M_COUNTRY) ||
            /* ("of the Space Council's advisory group": a part of it) */
            (d->ments[m].tok_end < s->tok_end && (d->toks[d->ments[m].tok_end].flags & T_POSS)))
            break;
        n += coordinated(d, m, +1, s->tok_start, s->tok_end, objs + n, max - n);
    }
    return n;
}

/* "members of the new, seventh Civic Chamber", "leaders of the previous
 * Duma": up to three plain lower-case words (and commas between them) after
 * the article, right before a body's name, describe that body.  Returns the
 * token where the body's name starts, or k when no body follows them. */
static uint32_t body_after_modifiers(const doc *d, uint32_t k, uint32_t end)
{
    uint32_t t = k;
    for (int words = 0; t < end && words < 3; t++) {
        const token *u = &d->toks[t];
        if (words && is_char(d, t, ','))
            continue;
        /* "new", "former": words.tsv's nonname class, no other class */
        if (!(u->flags & T_WORD) || (u->flags & (T_CAP | T_NUM | T_IN_QUOTE)) ||
            (u->word_bits & ~(uint64_t)W_NONNAME) || mention_at(d, t) >= 0 ||
            tok_lex(d, t, LEX_MEETING, NULL))
            break;
        words++;
    }
    int m = t > k && t < end ? mention_at(d, t) : -1;
    return m >= 0 && d->ments[m].tok_start == t && d->ments[m].kind == M_ORG &&
                   !is_char(d, t - 1, ',')
               ? t
               : k;
}

/* The list of sides from token k on, after "from" or "of": countries or
 * bodies (with `office`, places too: "the Governors of Louisiana and
 * Alabama") joined by commas, "and" and "the".  Writes the entities and
 * returns their count; 0 when a name runs on past the list's names, -1 when
 * memory ran out. */
static int sides_listed(doc *d, uint32_t k, uint32_t end, int office, int *ents, int max)
{
    int n = 0;
    while (k < end && n < max) {
        while (k < end &&
               (is_char(d, k, ',') || tok_is(&d->toks[k], "and") || tok_is(&d->toks[k], "the")))
            k++;
        if (k > 0 && k < end && tok_is(&d->toks[k - 1], "the"))
            k = body_after_modifiers(d, k, end);
        int m = k < end ? mention_at(d, k) : -1;
        /* "from NATO Allies Estonia, Latvia and Poland": an international
         * group and its members' plural before the list names no side of
         * its own */
        if (!n && m >= 0 && d->ments[m].tok_start == k && intl_group(d, m) &&
            d->ments[m].tok_end + 1 < end && tok_is(&d->toks[d->ments[m].tok_end], "allies")) {
            k = d->ments[m].tok_end + 1;
            m = mention_at(d, k);
        }
        /* "from the U.S.": the mention may hold its article */
        if (m < 0 || (d->ments[m].tok_start != k &&
                      !(d->ments[m].tok_start + 1 == k && tok_is(&d->toks[k - 1], "the"))))
            break;
        int ent = -1;
        if (listed_country(d, m, &ent) < 0)
            return -1;
        if (ent < 0 && office && d->ments[m].kind == M_PLACE && d->ments[m].name &&
            !(d->toks[d->ments[m].tok_start].flags & T_IN_QUOTE) &&
            (ent = body_entity(d, d->ments[m].name)) < 0)
            return -1;
        /* "the Governors of Louisiana and Mississippi, FEMA Administrator
         * Deanne Criswell, ...": a named person after a comma is the next
         * party of the outer list, which ends this one */
        if (ent < 0 && n && office && d->ments[m].kind == M_PERSON && is_char(d, k - 1, ','))
            break;
        /* "of the Aleksandrov Song and Dance Ensemble": a name that runs on
         * is a longer name the list does not know */
        uint32_t after = d->ments[m].tok_end;
        /* "members of the Space Council's advisory group": a part of the
         * body, which is no side itself */
        if (ent < 0 || (after < end && (d->toks[after].flags & T_POSS)) ||
            (after < end && (d->toks[after].flags & T_CAP) && (d->toks[after].flags & T_WORD)) ||
            (after + 1 < end && tok_is(&d->toks[after], "and") &&
             (d->toks[after + 1].flags & T_CAP) && mention_at(d, after + 1) < 0))
            return 0;
        int seen = 0;
        for (int q = 0; q < n; q++)
            seen |= ents[q] == ent;
        if (!seen)
            ents[n++] = ent;
        k = d->ments[m].tok_end;
        /* the list goes on only over a comma or "and" */
        if (k >= end || !(is_char(d, k, ',') || tok_is(&d->toks[k], "and")))
            break;
    }
    return n;
}

/* "During the third round of talks in Belarus, the delegations of Ukraine
 * and Russia clarified ...": unnamed delegates of two or more sides as the
 * subject after an opening meeting phrase (cue_end is the token after its
 * noun); the sides held the talks.  Writes their entities and returns the
 * count (0 unless at least two, -1 when memory ran out). */
static int delegates_after_opening(doc *d, uint32_t cue_end, const sentence *s, int *ents, int max)
{
    uint32_t k = cue_end;
    while (k < s->tok_end && k < cue_end + 8 && !is_char(d, k, ','))
        k++;
    if (k >= s->tok_end || !(d->toks[s->tok_start].word_bits & (W_PREP | W_PLACE_PREP)))
        return 0;
    /* the sides' own delegates ("the delegations of", "the representatives
     * of"), not "the leaders of A and B" or "officials from A", who may be
     * the people of a meeting named before */
    uint32_t h = k + 1 < s->tok_end && (d->toks[k + 1].word_bits & W_DET) ? k + 2 : k + 1;
    if (h >= s->tok_end || !(d->toks[h].word_bits & W_SIDE_GROUP) || staff_word(&d->toks[h]))
        return 0;
    int n = delegates_from(d, k + 1, s->tok_end, ents, max);
    return n >= 2 || n < 0 ? n : 0;
}

/* "X held meetings with A and B. During a meeting with C, the parties
 * agreed": a meeting that opens its sentence named by its counterpart only
 * ("During a meeting with C", "At the talks with C") and then spoken of by
 * a group ("the parties", "the two leaders", "they") or by no one ("...,
 * cooperation was discussed") continues the series of the item's host: the
 * person in most of the meetings named before it (at least two, and more
 * than anyone else).  `obj_end` is the token after
 * the counterpart.  The entity, or -1. */
static int series_host(const doc *d, const ev_list *out, const sentence *s, uint32_t i,
                       uint32_t obj_end)
{
    uint32_t t = s->tok_start;
    if (!(tok_is(&d->toks[t], "during") || tok_is(&d->toks[t], "at")) || t + 1 >= i)
        return -1;
    t++;
    if (d->toks[t].word_bits & (W_DET | W_POSSESSIVE))
        t++;
    for (int steps = 0; t < i && steps < 2; steps++, t++)
        if (!(d->toks[t].flags & T_WORD) || (d->toks[t].flags & T_CAP) || d->toks[t].word_bits ||
            mention_at(d, t) >= 0)
            return -1;
    if (t != i)
        return -1;
    /* the group that speaks of the meeting right after it */
    t = obj_end;
    if (t < s->tok_end && is_char(d, t, ','))
        t++;
    if (t < s->tok_end && (tok_is(&d->toks[t], "the") || tok_is(&d->toks[t], "both")))
        t++;
    if (t < s->tok_end && (d->toks[t].word_bits & W_NUMBER_WORD))
        t++;
    int group = t < s->tok_end &&
                !((d->toks[t].flags & T_CAP) && !(d->toks[t].word_bits & W_PRONOUN_PL)) &&
                (d->toks[t].word_bits & (W_GROUP | W_SIDE_GROUP | W_PRONOUN_PL));
    /* "During the meeting with X, cooperation in defence was discussed":
     * no one of the rest of the sentence speaks of it either */
    for (uint32_t k = obj_end; !group && k < s->tok_end; k++) {
        int m = mention_at(d, k);
        /* (a country or body inside the topic, past the clause's first
         * words, names what was discussed: "the issues of Ukraine's
         * European integration strategy were discussed") */
        int topic = m >= 0 && (d->ments[m].kind == M_ORG || d->ments[m].kind == M_COUNTRY) &&
                    d->ments[m].tok_start > t + 1;
        if (m >= 0 && !topic &&
            (d->ments[m].kind == M_PERSON || d->ments[m].kind == M_PRONOUN ||
             d->ments[m].kind == M_DESC || d->ments[m].kind == M_GROUP_DESC ||
             d->ments[m].kind == M_ORG || d->ments[m].kind == M_COUNTRY))
            return -1;
        if (m >= 0)
            k = d->ments[m].tok_end - 1;
        if (d->toks[k].flags & (T_QUOTE | T_IN_QUOTE))
            return -1;
    }
    /* the host: counted over the last meetings before this sentence */
    int best = -1, best_n = 0, tie = 0;
    for (size_t k = out->n, steps = 0; k-- > 0 && steps < 32; steps++) {
        const ev_draft *f = &out->v[k];
        if (f->ev.type != NSV_EV_MEETING || f->dropped || f->sent >= (uint32_t)(s - d->sents) ||
            f->ev.modality != NSV_MOD_ACTUAL)
            continue;
        for (int p = 0; p < f->nents; p++) {
            int ent = f->ents[p];
            if (ent < 0 || d->ents[ent].kind != NSV_KIND_PERSON || ent == best)
                continue;
            int n = 0;
            for (size_t q = out->n, qs = 0; q-- > 0 && qs < 32; qs++) {
                const ev_draft *g = &out->v[q];
                if (g->ev.type != NSV_EV_MEETING || g->dropped ||
                    g->sent >= (uint32_t)(s - d->sents) || g->ev.modality != NSV_MOD_ACTUAL)
                    continue;
                for (int r = 0; r < g->nents; r++)
                    n += g->ents[r] == ent;
            }
            if (n > best_n)
                best = ent, best_n = n, tie = 0;
            else if (n == best_n)
                tie = 1;
        }
    }
    return best_n >= 2 && !tie ? best : -1;
}

/* "with the President of the Philippines", "with the Prime Minister of
 * Denmark": the office of a country whose holder the item does not name
 * (the description resolved to no one); the country is the party (GUIDE).
 * Sets *oc to the country's entity and returns 1; 0 with *oc -1 when there
 * is none; -1 when memory ran out. */
static int office_country(doc *d, uint32_t t, uint32_t end, int *named, int *oc)
{
    *named = -1;
    *oc = -1;
    int m = t < end ? mention_at(d, t) : -1;
    if (m < 0 || d->ments[m].tok_start != t || !tok_is(&d->toks[t], "the"))
        return 0;
    const mention *x = &d->ments[m];
    if (x->kind != M_DESC || x->entity >= 0 || !x->role || !x->country || x->body_voice ||
        (d->toks[t].flags & T_IN_QUOTE))
        return 0;
    /* "the President of Ukraine's decree": the possessor is no guest */
    if (x->tok_end < end && (d->toks[x->tok_end].flags & T_POSS))
        return 0;
    /* "with the President of Finland, Tarja Halonen": the name after it */
    if (x->tok_end + 1 < end && is_char(d, x->tok_end, ',')) {
        int p = party_right(d, x->tok_end + 1, end);
        if (p >= 0 && d->ments[p].kind == M_PERSON) {
            *named = p;
            return 0;
        }
    }
    /* a headline's "with the Prime Minister of Georgia" before the body
     * names him: a person of that country named anywhere may be the one
     * (bounded: an item of thousands of people stays linear) */
    for (size_t k = 0; k < d->nents && k < 4096; k++)
        if (d->ents[k].kind == NSV_KIND_PERSON && d->ents[k].country &&
            !strcmp(d->ents[k].country, x->country))
            return 0;
    return (*oc = country_entity(d, x->country)) < 0 ? -1 : 1;
}

/* "(senior) officials from the United States and Mexico met", "delegations
 * of A and B met": the sides the people before the verb at v come for.
 * Back from v over one lower-case plural ("governments"), a list of two or
 * more countries or bodies, "from" or "of" and a people word.  Writes the
 * entities and returns their count (0 when there is no such subject, -1
 * when memory ran out). */
static int delegates_before(doc *d, uint32_t v, uint32_t from, int *ents, int max)
{
    uint32_t k = verb_group_start(d, v, from);
    /* "the United States and United Kingdom governments" */
    if (k > from && (d->toks[k - 1].flags & T_WORD) && !(d->toks[k - 1].flags & T_CAP) &&
        mention_at(d, k - 1) < 0 && !d->toks[k - 1].word_bits)
        k--;
    int n = 0;
    while (k > from && n < max) {
        int m = mention_at(d, k - 1);
        if (m < 0 || d->ments[m].tok_end != k)
            break;
        int ent = -1, rc = listed_country(d, m, &ent);
        if (rc <= 0)
            return rc;
        ents[n++] = ent;
        k = d->ments[m].tok_start;
        while (k > from && (is_char(d, k - 1, ',') || tok_is(&d->toks[k - 1], "and") ||
                            tok_is(&d->toks[k - 1], "the")))
            k--;
    }
    if (n < 2 || k < from + 2 ||
        !(tok_is(&d->toks[k - 1], "from") || tok_is(&d->toks[k - 1], "of")))
        return 0;
    const token *h = &d->toks[k - 2];
    if ((h->flags & T_CAP) || !(h->word_bits & (W_UNNAMED | W_SIDE_GROUP)) ||
        mention_at(d, k - 2) >= 0)
        return 0;
    return n;
}

/* The token after a person's "of <Town>" at token k whose town no
 * lexicon knows ("Mayor Jane Castor of Tampa, Mayor ..."): "of" and up to
 * OF_TOWN_WORDS capitalised words of no mention, then a comma; k when
 * there is none. */
#define OF_TOWN_WORDS 3
static uint32_t of_town_end(const doc *d, uint32_t k, uint32_t end)
{
    if (k + 2 >= end || !tok_is(&d->toks[k], "of"))
        return k;
    uint32_t q = k + 1;
    while (q < end && q < k + 1 + OF_TOWN_WORDS && (d->toks[q].flags & T_WORD) &&
           (d->toks[q].flags & T_CAP) && mention_at(d, q) < 0)
        q++;
    return q > k + 1 && q < end && is_char(d, q, ',') ? q : k;
}

/* "with President X of France and Chancellor Y of Germany": coordinated()
 * stops at each person's "of <country>"; read the list on across it, and
 * across a town of no lexicon before a comma and the next person ("Mayor
 * A of Tampa, Mayor B of Clearwater").  Appends to objs (n used) and
 * returns the new count. */
static int coordinated_across_of(const doc *d, int *objs, int n, int max, const sentence *s)
{
    while (n > 0 && n < max) {
        uint32_t at = d->ments[objs[n - 1]].tok_end;
        uint32_t k = of_country_end(d, at, s->tok_end);
        if (k == at && d->ments[objs[n - 1]].kind == M_PERSON)
            k = of_town_end(d, at, s->tok_end);
        if (k == at)
            break;
        int sep = 0;
        while (k < s->tok_end && sep < 2 && (is_char(d, k, ',') || tok_is(&d->toks[k], "and")))
            k++, sep++;
        int next = sep ? party_right(d, k, s->tok_end) : -1;
        if (next < 0 || d->ments[next].kind != M_PERSON)
            break;
        n += coordinated(d, next, +1, s->tok_start, s->tok_end, objs + n, max - n);
    }
    return n;
}

/* "The Russian and Armenian Presidents met", "the Russian, Azerbaijani
 * and Kazakh Presidents had talks": the countries of a demonym list before
 * a group word that ends right before token v (over adverbs and
 * auxiliaries).  Writes the country entities and returns their count (0
 * unless two or more), or -1 when memory ran out. */
static int demonyms_before(doc *d, uint32_t v, uint32_t from, int *ents, int max)
{
    uint32_t k = verb_group_start(d, v, from);
    /* "heads of state", "heads of government" */
    if (k > from + 2 && tok_is(&d->toks[k - 2], "of") && tok_is(&d->toks[k - 3], "heads"))
        k -= 2;
    /* the group word may be part of an unresolved group description */
    int g = k > from ? mention_at(d, k - 1) : -1;
    if (k <= from + 1 || !(d->toks[k - 1].word_bits & W_GROUP) ||
        (g >= 0 && d->ments[g].kind != M_GROUP_DESC && d->ments[g].kind != M_DESC))
        return 0;
    k--;
    int n = 0;
    while (k > from && n < max) {
        unsigned nw = 0;
        const lex_entry *dem = tok_lex(d, k - 1, LEX_DEMONYM, &nw);
        if (!dem || nw != 1 || !(d->toks[k - 1].flags & T_CAP))
            break;
        int ent = country_entity(d, dem->canon);
        if (ent < 0)
            return -1;
        ents[n++] = ent;
        k--;
        if (k > from && (is_char(d, k - 1, ',') || tok_is(&d->toks[k - 1], "and")))
            k--;
        if (k > from && is_char(d, k - 1, ','))
            k--;
    }
    /* the list opens its phrase: "the Russian and Armenian Presidents" */
    return n >= 2 && k > from && tok_is(&d->toks[k - 1], "the") ? n : 0;
}

/* Does `name` hold the word `w` (whole word, case as written)? */
static int has_word(const char *name, const char *w)
{
    size_t n = w ? strlen(w) : 0;
    if (!name || !n)
        return 0;
    for (const char *p = strstr(name, w); p; p = strstr(p + 1, w))
        if ((p == name || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
            return 1;
    return 0;
}

/* Is the body the outlet's principal speaking ("address by President X",
 * "Statement from President Y")?  Not when a transcript gives turns
 * ("Alexei Miller: ...", whose "I" is his own) or the title names someone
 * else ("Speech by Head of the Office ... Andriy Yermak").  Computed once per
 * item; the principal's entity is `holder`. */
static int principal_speaks(doc *d, int holder)
{
    if (d->own_words)
        return d->own_words == 1;
    d->own_words = 1;
    /* "Statement from President X on Prime Minister Y": a title that opens
     * with its paper and "from", "by" or "of" names its author first; the
     * names after him are what he writes about */
    int authored =
        d->title_len && d->ntoks > 2 && (d->toks[0].word_bits & W_PAPER) &&
        (tok_is(&d->toks[1], "from") || tok_is(&d->toks[1], "by") || tok_is(&d->toks[1], "of"));
    int title_named = 0;
    for (size_t m = 0; m < d->nments && d->own_words == 1; m++) {
        const mention *x = &d->ments[m];
        if (x->kind != M_PERSON || x->entity < 0)
            continue;
        uint32_t e = x->tok_end;
        int in_title = d->toks[x->tok_start].start < d->title_len;
        if (in_title && authored && title_named++)
            continue;
        /* "Statement of President X and First Lady Y": authors in the
         * plural, each name counts as before */
        if (in_title && authored && e < d->ntoks && tok_is(&d->toks[e], "and"))
            authored = 0;
        /* the holder, or a name the title ran on into a word ("Joe Biden
         * Ahead of ...") holding his surname */
        if (in_title)
            d->own_words =
                x->entity == holder || has_word(x->name, d->ents[holder].surname) ? 1 : 2;
        else if (e < d->ntoks && x->tok_start == d->sents[x->sent].tok_start && is_char(d, e, ':'))
            d->own_words = 2;
    }
    return d->own_words == 1;
}

int outlet_office_person(doc *d, int *holder)
{
    const lex_entry *office = outlet_office(d);
    *holder = -1;
    if (!office)
        return 0;
    /* no role or country added to the holder the body may name: his
     * country left open lets "Palestinian-Israeli talks" in his call
     * readout read as a topic (events.c) */
    int ent = named_person_entity(d, office->canon, NULL, NULL);
    if (ent < 0)
        return -1;
    *holder = ent;
    return 1;
}

/* "Statement by Press Secretary X on the President's Calls with Y", "on
 * the President and Vice President's Meeting with": a meeting noun right
 * after a bare title's possessive (no name in it, "the" before the title
 * or the pair) belongs to that office, not to the byline before it.  Tokens
 * from `from` to the cue at i; true when the noun is so owned. */
static int bare_title_owns(const doc *d, uint32_t i, uint32_t from)
{
    /* the possessive is a token of its own after the title's words */
    if (i < from + 3 || !(d->toks[i - 1].flags & T_POSS))
        return 0;
    uint32_t e = i - 1; /* the title's end */
    /* "the President's": the finder reads a description it may leave
     * unresolved in a title line */
    int m = mention_at(d, e - 1);
    if (m >= 0)
        return d->ments[m].kind == M_DESC && d->ments[m].tok_end == e &&
               d->ments[m].tok_start >= from && d->ments[m].tok_start + 1 < e &&
               tok_is(&d->toks[d->ments[m].tok_start], "the") &&
               tok_lex(d, d->ments[m].tok_start + 1, LEX_TITLE, NULL);
    /* "Vice President's" after "the President and" */
    uint32_t t = e - 1;
    while (t > from && t + 2 >= e && (d->toks[t - 1].flags & T_CAP) && mention_at(d, t - 1) < 0)
        t--;
    unsigned nw = 0;
    while (t < e && !(tok_lex(d, t, LEX_TITLE, &nw) && t + nw == e))
        t++;
    if (t >= e || t < from + 2)
        return 0;
    if (tok_is(&d->toks[t - 1], "the"))
        return 1;
    int p = tok_is(&d->toks[t - 1], "and") ? mention_at(d, t - 2) : -1;
    return p >= 0 && d->ments[p].kind == M_DESC && d->ments[p].tok_end == t - 1 &&
           d->ments[p].tok_start >= from && tok_is(&d->toks[d->ments[p].tok_start], "the");
}

/* "Yesterday I spoke with X", "I held talks with X": the first person
 * outside quotation marks before the cue (over adverbs, auxiliaries and a
 * hold verb) in an item that is its outlet's principal's own words is that
 * office holder (office_holders.tsv).  The entity, or -1; -2 when memory
 * ran out. */
static int first_person_principal(doc *d, uint32_t i, const sentence *s)
{
    uint32_t b = i;
    /* "I had an important conversation with", "I held a very fruitful
     * meeting with": plain adjectives between the article and the noun */
    int adjectives = 1;
    for (int steps = 0; b > s->tok_start && steps < 7; steps++) {
        const token *u = &d->toks[b - 1];
        const lex_entry *h = tok_lex(d, b - 1, LEX_MEETING, NULL);
        int adj = adjectives && (u->flags & T_WORD) && !(u->flags & T_CAP) && !u->word_bits && !h &&
                  u->lower_len > 2 && !ed_ending(u) && mention_at(d, b - 1) < 0 &&
                  !tok_lex(d, b - 1, LEX_SPEECH, NULL);
        /* "I have just finished my conversation with X": a possessive
         * stands where the article does */
        if (!(u->word_bits & (W_ADVERB | W_AUX | W_RELDAY | W_DET | W_POSSESSIVE)) &&
            !(h && h->value == MEET_HOLD) && !adj)
            break;
        if ((u->word_bits & (W_DET | W_POSSESSIVE)) || h)
            adjectives = 0;
        b--;
    }
    /* "We also worked and spoke with X": one past-tense verb and "and"
     * before the cue share its subject (once, then the adverbs before it) */
    if (b >= s->tok_start + 3 && tok_is(&d->toks[b - 1], "and") && ed_ending(&d->toks[b - 2]) &&
        (d->toks[b - 2].flags & T_WORD) && !(d->toks[b - 2].flags & T_CAP) &&
        !d->toks[b - 2].word_bits && mention_at(d, b - 2) < 0) {
        b -= 2;
        for (int steps = 0; b > s->tok_start && steps < 3 && (d->toks[b - 1].word_bits & W_ADVERB);
             steps++)
            b--;
    }
    if (b == s->tok_start)
        return -1;
    const token *p = &d->toks[b - 1];
    /* "we" is the speaker's side only in an address his headline names
     * (address_author): elsewhere it may be a delegation, a party, a
     * nation */
    int we = tok_is(p, "we") && !(p->flags & T_IN_QUOTE);
    /* "we spoke with X two years ago": a reference with no identifiable
     * occasion (GUIDE), no talks of the day the address narrates */
    for (uint32_t k = b; we && k < s->tok_end; k++)
        if (tok_is(&d->toks[k], "ago"))
            return -1;
    if (!we &&
        (!(p->flags & T_CAP) || (p->flags & T_IN_QUOTE) || p->lower_len != 1 || p->lower[0] != 'i'))
        return -1;
    /* "the first time I met X", "the first foreign leader I spoke with": a
     * clause on a noun "the" opens names no occasion of its own */
    if (b >= s->tok_start + 2) {
        const token *n = &d->toks[b - 2];
        if ((n->flags & T_WORD) && !(n->flags & T_CAP) && !n->word_bits && mention_at(d, b - 2) < 0)
            for (uint32_t k = b - 2; k > s->tok_start && k + 4 > b; k--)
                if (tok_is(&d->toks[k - 1], "the"))
                    return -1;
    }
    int holder;
    if (outlet_office_person(d, &holder) < 0)
        return -2;
    if (holder < 0 || !principal_speaks(d, holder))
        return -1;
    if (!we)
        return holder;
    int salutation, author = address_author(d, &salutation);
    return author == -2 ? -2 : author == holder ? holder : -1;
}

/* "..., I" / "..., we" at token t (a comma, then a first-person pronoun,
 * words.tsv first_person but no possessive, opening the main clause; or
 * "I" at t) in an item that is its outlet's principal's own words: that
 * office holder (as first_person_principal), else -1; -2 when memory ran
 * out. */
static int first_person_after(doc *d, uint32_t t, const sentence *s)
{
    /* "with Prime Minister X I noted": a capital "I" needs no comma */
    if (t < s->tok_end && tok_is(&d->toks[t], "i") && (d->toks[t].flags & T_CAP))
        t--;
    else if (t + 1 >= s->tok_end || !is_char(d, t, ',') ||
             (d->toks[t + 1].word_bits & (W_FIRST_PERSON | W_POSSESSIVE)) != W_FIRST_PERSON)
        return -1;
    if (d->toks[t + 1].flags & T_IN_QUOTE)
        return -1;
    int holder;
    if (outlet_office_person(d, &holder) < 0)
        return -2;
    return holder >= 0 && principal_speaks(d, holder) ? holder : -1;
}

/* Has the text named a meeting that took place before this point?  (A
 * headline's with its host only implied does not count: "During their
 * telephone conversation, X and Y" below it names its parties.) */
static int earlier_meeting(const doc *d, const ev_list *out)
{
    (void)d;
    for (size_t k = 0; k < out->n; k++)
        if (out->v[k].ev.type == NSV_EV_MEETING && !out->v[k].dropped &&
            out->v[k].ev.modality == NSV_MOD_ACTUAL && !out->v[k].implied_host &&
            (out->v[k].nents >= 2 || (out->v[k].open_group && out->v[k].nents)))
            return 1;
    return 0;
}

/* The format aside between the cue and its "with" ("held a meeting, via
 * videoconference, with X"): the token of that "with", or 0. */
static uint32_t format_aside(const doc *d, uint32_t t, uint32_t end, unsigned *fmt)
{
    uint32_t k = format_aside_end(d, t, end, fmt);
    return k && tok_is(&d->toks[k + 1], "with") ? k + 1 : 0;
}

/* Token k, or before an acronym in parentheses that ends right before it
 * ("the International Coffee Organisation (ICO) met"), not before token
 * from: where the name before it ends. */
static uint32_t before_acronym(const doc *d, uint32_t k, uint32_t from)
{
    return k > from + 3 && is_char(d, k - 1, ')') && is_char(d, k - 3, '(') ? k - 3 : k;
}

/* Does the name starting at token b open its clause (across an article):
 * the sentence's start (token from), or after a comma, a dash or a subordinator?
 * Not "talks with NATO met resistance". */
static int opens_clause(const doc *d, uint32_t b, uint32_t from)
{
    if (b > from && (d->toks[b - 1].word_bits & W_DET))
        b--;
    /* a wire's dateline ends in a dash: "BRUSSELS, March 3 - EC ministers met" */
    return opens_clause_after(d, b, from, W_SUBORD) || is_char(d, b - 1, '-');
}

/* "The U.S.-EU Task Force on Energy Security met for the 11th time", "the
 * U.S.-EU Energy Council met in Brussels": a pair's joint body, a
 * title-case name after a hyphened pair of countries or bodies that ends
 * right before "met", meets as the body and its two sides (the mention
 * finder reads no mention of the whole name).  k is the token after the
 * name; with `noun` it stands before a meeting noun ("the U.S.-EU TTC
 * meeting"), not "met".  Returns 1 when it made the event, 0 when there is
 * no such body, -1 on arena exhaustion. */
static int pair_body_met(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t k,
                         const lex_entry *cue, int noun)
{
    uint32_t b = k;
    int words = 0;
    for (int steps = 0; b > s->tok_start + 2 && steps < 10; steps++) {
        const token *u = &d->toks[b - 1];
        int m = mention_at(d, b - 1);
        if (m >= 0 && d->ments[m].tok_end == b && words &&
            (d->ments[m].kind == M_ORG || d->ments[m].kind == M_COUNTRY)) {
            uint32_t f = d->ments[m].tok_start;
            int p = hyphened_before(d, f, s->tok_start);
            /* before a noun, "at the U.S.-EU ... meeting" reads the first
             * side as a place: the country its word names */
            uint32_t pw = p >= 0 ? d->ments[p].tok_start : 0;
            if (p >= 0 && (d->toks[pw].word_bits & W_DET) && pw + 1 < d->ments[p].tok_end)
                pw++;
            const lex_entry *pc = noun && p >= 0 && d->ments[p].kind == M_PLACE
                                      ? tok_lex(d, pw, LEX_COUNTRY, NULL)
                                      : NULL;
            if (p >= 0 &&
                (((d->ments[p].kind == M_ORG || d->ments[p].kind == M_COUNTRY) &&
                  party_mention(d, p)) ||
                 (pc && pc->canon)) &&
                party_mention(d, m)) {
                uint32_t a = d->ments[p].tok_start;
                if (d->toks[a].word_bits & W_DET)
                    a++; /* "the U.S." */
                /* the name opens its clause: not "talks with the U.S.-EU
                 * Council met resistance" (a noun's pair may stand
                 * anywhere: "at the most recent U.S.-EU TTC meeting") */
                if (!noun && !opens_clause(d, a, s->tok_start))
                    return 0;
                ev_draft *e =
                    new_meeting(d, out, i, cue, noun ? "meeting.compound" : "meeting.group_met", s);
                if (!e)
                    return -1;
                int ent = span_body_entity(d, a, k);
                int first = pc ? country_entity(d, pc->canon) : -1;
                if (ent < 0 || (pc && first < 0))
                    return -1;
                e->multilateral = 1;
                e->open_group = !noun;
                /* the noun's pair: a topic unless dated or placed (events.c) */
                if (noun)
                    e->topic = named_as_topic(d, a, s->tok_start);
                ev_add_party(d, e, ent);
                if (pc)
                    ev_add_party(d, e, first);
                else
                    meet_add_mention(d, e, p);
                meet_add_mention(d, e, m);
                return 1;
            }
        }
        /* "Energy Council"; "Task Force" may be read as a person's name */
        if (m >= 0 && d->ments[m].tok_end == b &&
            (d->ments[m].kind == M_ORG || d->ments[m].kind == M_PERSON) &&
            (d->toks[d->ments[m].tok_start].flags & T_CAP)) {
            b = d->ments[m].tok_start;
            words++;
            continue;
        }
        if (m < 0 && (u->flags & T_WORD) && (u->flags & T_CAP) && !(u->flags & T_POSS)) {
            b--;
            words++;
            continue;
        }
        /* "Trade and Technology Council": "and" between two capitalised
         * words of the name */
        if (m < 0 && words && b >= 2 && tok_is(u, "and") && (d->toks[b - 2].flags & T_CAP) &&
            (d->toks[b - 2].flags & T_WORD) && mention_at(d, b - 2) < 0) {
            b--;
            continue;
        }
        /* "Task Force on Energy Security" */
        if (m < 0 && words && (tok_is(u, "on") || tok_is(u, "for") || tok_is(u, "of"))) {
            b--;
            continue;
        }
        break;
    }
    return 0;
}

static uint32_t group_subject_end(const doc *d, const sentence *s, uint32_t v);
static int group_subject(const doc *d, const sentence *s, uint32_t v, int rel);

/* The meeting an international group (mention g) holds, as its members'
 * meeting with the group as the party.  Returns 1, or -1 out of memory. */
static int group_meeting(doc *d, ev_list *out, const sentence *s, uint32_t i, const lex_entry *cue,
                         const char *rule, int g)
{
    ev_draft *e = new_meeting(d, out, i, cue, rule, s);
    if (!e)
        return -1;
    e->multilateral = 1;
    e->open_group = 1;
    meet_add_mention(d, e, g);
    return joint_body(d, g, e) < 0 ? -1 : 1;
}

/* Does the verb ending at end take no object: past its time words, a
 * preposition other than "with", a punctuation mark or the clause's end
 * ("met in Yerevan", "met today", "convened today in person")? */
static int no_object_after(const doc *d, const sentence *s, uint32_t end)
{
    uint32_t t = time_words(d, end, s->tok_end);
    return t >= s->tok_end || (d->toks[t].flags & T_PUNCT) ||
           ((d->toks[t].word_bits & (W_PREP | W_PLACE_PREP)) && !tok_is(&d->toks[t], "with"));
}

/* "The CSTO Collective Security Council met in Yerevan", "NATO ambassadors
 * met today", "CIS member states met in Minsk": an international group (or
 * its people, up to two lower-case words after its name) that meets with no
 * one named after the verb is a meeting of its members (the GUIDE: the
 * group is said to meet).  Not "the EU was to meet its targets": only a
 * preposition, a time word or the clause's end may follow.  Returns 1 when
 * it made the event, 0 when the cue is not such, -1 out of memory. */
static int group_met(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end,
                     const lex_entry *cue)
{
    if (!no_object_after(d, s, end))
        return 0;
    uint32_t v = i;
    for (int steps = 0; v > s->tok_start && steps < 3 && (d->toks[v - 1].word_bits & W_AUX);
         steps++)
        v--;
    int g = group_subject(d, s, v, 0);
    if (g == -2)
        return pair_body_met(d, out, s, i, group_subject_end(d, s, v), cue, 0);
    if (g < 0)
        return 0;
    return group_meeting(d, out, s, i, cue, "meeting.group_met", g);
}

/* The international group whose people open the words at token t ("G7
 * finance ministers backed", "the EU leaders agreed"): its mention, or -1.
 * The people's word is needed: "At the meeting in London, the EU said" places
 * no one. */
static int group_people_at(const doc *d, const sentence *s, uint32_t t, uint32_t *after)
{
    if (t < s->tok_end && (d->toks[t].word_bits & W_DET) && !(d->toks[t].flags & T_CAP))
        t++;
    else if (t < s->tok_end && tok_is(&d->toks[t], "the"))
        t++;
    int g = t < s->tok_end ? mention_at(d, t) : -1;
    if (g < 0 || d->ments[g].tok_start != t || !intl_group(d, g) || !party_mention(d, g))
        return -1;
    uint32_t k = d->ments[g].tok_end;
    /* one lower-case word between: "finance", "foreign" */
    if (k + 1 < s->tok_end && (d->toks[k].flags & T_WORD) && !(d->toks[k].flags & T_CAP) &&
        !d->toks[k].word_bits && mention_at(d, k) < 0)
        k++;
    if (k >= s->tok_end || !(d->toks[k].word_bits & (W_GROUP | W_UNNAMED)) ||
        (d->toks[k].flags & T_CAP) || mention_at(d, k) >= 0)
        return -1;
    *after = k + 1;
    return g;
}

/* "EU leaders at a summit in Lisbon pledged", "G8 leaders meeting in
 * Gleneagles agreed", "At their meeting in London, G7 finance ministers
 * backed": an international group's people placed at a meeting the text
 * names by its place only.  The group is said to meet (GUIDE); a named
 * group's summit ("at the EU summit") is group_setting's.  The place after
 * the cue is needed: "EU leaders at the summit will discuss" is a plan or a
 * topic more often than not.  Returns 1 when it made the event, 0 when the
 * cue is not such, -1 out of memory. */
static int group_placed_meeting(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end,
                                const lex_entry *cue)
{
    if (end + 1 >= s->tok_end || !tok_is(&d->toks[end], "in"))
        return 0;
    int pl = mention_at(d, end + 1);
    if (pl < 0 || d->ments[pl].tok_start != end + 1 ||
        (d->ments[pl].kind != M_PLACE && d->ments[pl].kind != M_COUNTRY))
        return 0;
    int g = -1;
    uint32_t after = d->ments[pl].tok_end;
    if (end == i + 1 && tok_is(&d->toks[i], "meeting") && i > s->tok_start + 1 &&
        (d->toks[i - 1].word_bits & (W_GROUP | W_UNNAMED)) && !(d->toks[i - 1].flags & T_CAP)) {
        /* the participle right after the group's people */
        g = group_subject(d, s, i, 0);
    } else if (i >= s->tok_start + 2 && (d->toks[i - 1].word_bits & (W_DET | W_POSSESSIVE)) &&
               tok_is(&d->toks[i - 2], "at")) {
        uint32_t at = i - 2;
        if (at == s->tok_start) {
            /* the sentence opens with the setting: the people follow its
             * place and a comma */
            uint32_t t = d->ments[pl].tok_end;
            if (t < s->tok_end && is_char(d, t, ','))
                g = group_people_at(d, s, t + 1, &after);
        } else if (at > s->tok_start + 1 && (d->toks[at - 1].word_bits & (W_GROUP | W_UNNAMED)) &&
                   !(d->toks[at - 1].flags & T_CAP)) {
            g = group_subject(d, s, at, 0);
        }
    }
    if (g < 0)
        return 0;
    /* "NATO leaders meeting in Brussels next week will discuss", "At their
     * meeting in London, G7 ministers will discuss": a time to come or a
     * modal after the place (or after the people the setting opens with) is
     * a plan */
    if (noun_subject_modality(d, after, s->tok_end) != NSV_MOD_ACTUAL)
        return 0;
    uint32_t t = d->ments[pl].tok_end;
    for (uint32_t k = t; k < s->tok_end && k < t + 4; k++)
        if (future_time_at(d, k, s->tok_end))
            return 0;
    t = time_words(d, t, s->tok_end);
    if (t < s->tok_end && modal_word(d, t))
        return 0;
    return group_meeting(d, out, s, i, cue, "meeting.group_placed", g);
}

/* "EC farm ministers early today abandoned talks", "OPEC ministers ended
 * their meeting": an international group that ends, opens or resumes a
 * meeting noun with no one named after it held that meeting (the GUIDE: a
 * process of talks is one event; the group is the party).  i is the noun;
 * the verb is a phase word of value 1 in the word list, across an article,
 * a possessive and up to two lower-case modifiers; an auxiliary and time
 * words may stand between the group and the verb.  Returns 1 when it made
 * the event, 0 when the cue is not such, -1 out of memory. */
static int group_talks(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end,
                       const lex_entry *cue)
{
    /* "ended talks with X", "talks between A and B": the other rules' */
    uint32_t t = time_words(d, end, s->tok_end);
    if (t < s->tok_end && (tok_is(&d->toks[t], "with") || tok_is(&d->toks[t], "between") ||
                           tok_is(&d->toks[t], "of")))
        return 0;
    uint32_t k = i;
    for (int steps = 0; steps < 5 && k > s->tok_start + 1; steps++) {
        const token *u = &d->toks[k - 1];
        /* "ended their talks", "a three-day meeting" */
        if (((u->word_bits & W_POSSESSIVE) && !(u->flags & T_CAP)) ||
            (is_char(d, k - 1, '-') && (d->toks[k - 2].flags & T_WORD))) {
            k--;
            continue;
        }
        if (!(u->flags & T_WORD) || (u->flags & T_CAP) || mention_at(d, k - 1) >= 0 ||
            (u->word_bits & (W_PREP | W_CONJ | W_SUBORD | W_AUX | W_BE | W_PHASE)))
            break;
        k--;
    }
    if (k <= s->tok_start + 1)
        return 0;
    const lex_entry *w = tok_lex(d, k - 1, LEX_WORD, NULL);
    if (!w || !(w->bits & W_PHASE) || w->value != 1)
        return 0;
    uint32_t v = k - 1;
    /* "have ended", "early today abandoned", "earlier this week ended": an
     * auxiliary or a time word (of up to three words) ending right at v,
     * the longest ("earlier this week", not its "this week") */
    for (int steps = 0; v > s->tok_start + 1 && steps < 3; steps++) {
        uint32_t p = v;
        for (uint32_t q = v - 1; q + 4 > v && q > s->tok_start; q--) {
            unsigned nw = 1;
            const lex_entry *x = tok_lex(d, q, LEX_WORD, &nw);
            if (q + nw == v &&
                ((d->toks[q].word_bits & W_AUX) || tok_is(&d->toks[q], "early") ||
                 (x && (x->bits & (W_RELDAY | W_WEEKDAY | W_ADVERB | W_BACKGROUND)))))
                p = q;
        }
        if (p == v)
            break;
        v = p;
    }
    /* "EC farm ministers, who earlier this week ended another marathon
     * negotiating session": the group the relative clause follows */
    int rel = v > s->tok_start + 2 && tok_is(&d->toks[v - 1], "who") && is_char(d, v - 2, ',');
    int g = group_subject(d, s, rel ? v - 2 : v, rel);
    if (g < 0)
        return 0;
    return group_meeting(d, out, s, i, cue, "meeting.group_talks", g);
}

/* "We, the leaders of A, B, and C, convened today in person": the past
 * "convened" with no object (a preposition, a time word or the clause's
 * end after it) after a list of two or more states is their meeting, as
 * "A, B and C met" is.  Not "A and B convened a summit" (the noun's own
 * rule).  Returns 1 when it made the event, 0 when the cue is not such, -1
 * out of memory. */
static int states_convened(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end,
                           const lex_entry *cue)
{
    if (end != i + 1 || !tok_is(&d->toks[i], "convened") || !no_object_after(d, s, end))
        return 0;
    uint32_t v = i;
    if (v > s->tok_start + 1 && is_char(d, v - 1, ','))
        v--;
    /* "the Republic of Korea (ROK), and the United States": over a short
     * parenthesis is coordinated's; the last conjunct ends at v */
    int m = v > s->tok_start ? mention_at(d, v - 1) : -1;
    if (m < 0 || d->ments[m].tok_end != v || d->ments[m].kind != M_COUNTRY ||
        (d->toks[d->ments[m].tok_start].flags & T_IN_QUOTE))
        return 0;
    int list[MAX_COORD];
    /* (over a conjunct's own article: "Japan, the Republic of Korea (ROK),
     * and") */
    int n = coordinated(d, m, -1, s->tok_start, s->tok_end, list, MAX_COORD);
    if (n < 2)
        return 0;
    for (int k = 0; k < n; k++)
        if (d->ments[list[k]].kind != M_COUNTRY)
            return 0;
    ev_draft *e = new_meeting(d, out, i, cue, "meeting.verb", s);
    if (!e)
        return -1;
    e->multilateral = 1;
    for (int k = n; k-- > 0;)
        meet_add_mention(d, e, list[k]);
    return 1;
}

/* The first token of the subject group_subject reads before token v (over
 * its people's words and an acronym). */
static uint32_t group_subject_end(const doc *d, const sentence *s, uint32_t v)
{
    uint32_t k = v;
    /* "NATO defence ministers", "CIS member states" */
    if (k > s->tok_start + 1 && (d->toks[k - 1].word_bits & (W_GROUP | W_UNNAMED | W_SIDE_GROUP)) &&
        !(d->toks[k - 1].flags & T_CAP) && mention_at(d, k - 1) < 0) {
        k--;
        if (k > s->tok_start + 1 && (d->toks[k - 1].flags & T_WORD) &&
            !(d->toks[k - 1].flags & T_CAP) && !d->toks[k - 1].word_bits &&
            mention_at(d, k - 1) < 0)
            k--;
    }
    /* "the International Coffee Organisation (ICO) met": over the acronym
     * (unless the name read takes it in: "European Community (EC)") */
    int m = k > s->tok_start ? mention_at(d, k - 1) : -1;
    if (m >= 0 && d->ments[m].tok_end == k)
        return k;
    return before_acronym(d, k, s->tok_start);
}

/* The international group that is the subject ending right before token v
 * (its people's words and an acronym between): its mention, -2 when there
 * is no such group (a pair's joint body may be), -1 when the group does not
 * open its clause.  With `rel` v is the comma before a relative "who": the
 * group it follows need not open a clause ("said EC farm ministers, who
 * ended ..."). */
static int group_subject(const doc *d, const sentence *s, uint32_t v, int rel)
{
    uint32_t k = group_subject_end(d, s, v);
    int g = k > s->tok_start ? mention_at(d, k - 1) : -1;
    if (g < 0 || d->ments[g].tok_end != k || !intl_group(d, g) || !party_mention(d, g))
        return -2;
    /* the group opens its clause: not "talks with NATO met resistance" */
    if (!rel && !opens_clause(d, d->ments[g].tok_start, s->tok_start))
        return -1;
    return g;
}

/* "attended the annual East Asia Summit", "to travel to Japan for the Quad
 * Summit": a one-word cue in title case named by the capitalised words
 * before it (one to three, none a mention but a region's: a group's summit,
 * "the NATO Summit", is group_setting's, a pair's "Russia-Africa Summit" the
 * compound rule's).  Returns the token after the cue (i when no such name)
 * and in *start the name's first word. */
static uint32_t premodified_meeting_at(const doc *d, const sentence *s, uint32_t i, uint32_t end,
                                       uint32_t *start)
{
    if (end != i + 1)
        return i;
    /* "during the \"Large Construction: Aviation and Tourism\" Forum": a
     * quoted title (up to ten tokens, capitalised) after an article names
     * it; *start is the opening quotation mark */
    if (i >= s->tok_start + 4 && (d->toks[i - 1].flags & T_QUOTE)) {
        uint32_t o = i - 1;
        for (int steps = 0; o > s->tok_start && steps < 11; steps++)
            if (d->toks[--o].flags & T_QUOTE)
                break;
        if (o > s->tok_start && o + 2 < i && (d->toks[o].flags & T_QUOTE) &&
            (d->toks[o + 1].flags & T_CAP) && (d->toks[o - 1].word_bits & W_DET)) {
            *start = o;
            return end;
        }
        return i;
    }
    uint32_t b = i;
    for (int steps = 0; b > s->tok_start + 1 && steps < 3; steps++) {
        /* "the North American Leaders' Summit": a plural possessive of a
         * capitalised word inside the name (its apostrophe a token) */
        if (b == i && b > s->tok_start + 2 && plural_apostrophe(d, b - 1) &&
            (d->toks[b - 2].flags & T_CAP))
            b--;
        const token *u = &d->toks[b - 1];
        int m = mention_at(d, b - 1);
        if (!(u->flags & T_CAP) || !(u->flags & T_WORD) || (u->flags & (T_POSS | T_IN_QUOTE)) ||
            (u->word_bits & (W_DET | W_PREP | W_CONJ | W_MONTH | W_WEEKDAY)) ||
            (m >= 0 && d->ments[m].kind != M_PLACE) || tight_hyphen(d, b - 1) ||
            (b >= 2 && tight_hyphen(d, b - 2)))
            break;
        b--;
    }
    /* the name is led by an article ("the Quad Summit", "the annual East
     * Asia Summit"), not a sentence's capitals */
    if (b == i)
        return i;
    uint32_t a = b - 1;
    /* one lower-case modifier: "the annual East Asia Summit", or an
     * ordinal, "the third Diia Summit", "the 58th Munich Security
     * Conference" ("third" is only a non-name word) */
    const token *u = &d->toks[a];
    int ordinal = is_ordinal(u) || ((u->flags & T_WORD) && u->word_bits == W_NONNAME);
    if (!(u->word_bits & W_DET) && a > s->tok_start && !(u->flags & T_CAP) &&
        (((u->flags & T_WORD) && !u->word_bits) || ordinal) && mention_at(d, a) < 0)
        a--;
    if (!(d->toks[a].word_bits & W_DET))
        return i;
    *start = b;
    return end;
}

/* "at the Summit of the Americas", "the Seventh International Meeting on
 * Syria took place in Astana": a meeting named in title case from its
 * capitalised cue word, an "of"/"on"/"for" and a capitalised name after it.
 * Returns the token after the name (i when there is none) and in *start its
 * first word (capitalised modifiers before the cue: "Ninth", "International").
 * Not "the Meeting of the Supreme Eurasian Economic Council": a party after
 * "of" is the meeting's members, which the noun rule reads. */
static uint32_t named_meeting_at(const doc *d, const sentence *s, uint32_t i, uint32_t end,
                                 uint32_t *start)
{
    /* the cue's last word names it: "a virtual Summit for Democracy" (the
     * cue "virtual summit") is named from "Summit" */
    uint32_t head = end - 1;
    if (!(d->toks[head].flags & T_CAP) || (d->toks[head].flags & T_ALLCAPS))
        return i;
    const token *p = end < s->tok_end ? &d->toks[end] : NULL;
    if (end + 1 >= s->tok_end || (!tok_is(p, "of") && !tok_is(p, "on") && !tok_is(p, "for")))
        return premodified_meeting_at(d, s, i, end, start);
    uint32_t k = end + 1;
    if (tok_is(&d->toks[k], "the"))
        k++;
    /* "the East Asia Summit on January 9": a day, no name, after "on" */
    if (k < s->tok_end && tok_is(p, "on") && (d->toks[k].word_bits & (W_WEEKDAY | W_MONTH)))
        return premodified_meeting_at(d, s, i, end, start);
    if (k >= s->tok_end || !(d->toks[k].flags & T_CAP) || !(d->toks[k].flags & T_WORD) ||
        (d->toks[k].word_bits & (W_WEEKDAY | W_MONTH | W_DET | W_RELDAY)))
        return i;
    int m = mention_at(d, k);
    if (m >= 0 && d->ments[m].kind != M_COUNTRY && d->ments[m].kind != M_PLACE)
        return i;
    uint32_t n = k;
    while (n < s->tok_end && n < k + 6 &&
           (((d->toks[n].flags & T_CAP) && (d->toks[n].flags & T_WORD) &&
             !(d->toks[n].word_bits & (W_WEEKDAY | W_MONTH))) ||
            ((tok_is(&d->toks[n], "and") || tok_is(&d->toks[n], "of")) && n + 1 < s->tok_end &&
             (d->toks[n + 1].flags & T_CAP))))
        n++;
    uint32_t b = head;
    for (int steps = 0; b > s->tok_start && steps < 3; steps++) {
        if (!bare_title_word(d, b - 1))
            break;
        b--;
    }
    *start = b;
    return n;
}

/* Is mention m a person: named, or a pronoun or description the text
 * resolves to one ("during his speech at the Diia Summit")? */
static int person_mention(const doc *d, int m)
{
    if (m < 0)
        return 0;
    const mention *x = &d->ments[m];
    if (x->kind == M_PERSON)
        return 1;
    return (x->kind == M_PRONOUN || x->kind == M_DESC) && x->entity >= 0 &&
           d->ents[x->entity].kind == NSV_KIND_PERSON;
}

/* A named meeting (named_meeting_at) that the text places someone at
 * ("Biden spoke at the Summit for Democracy", "Lavrov took part in the
 * International Meeting on Syria") or reports held: a meeting with the
 * named meeting as its group, like a group's summit (GUIDE).  Returns 1
 * when it made the event, 0 when the name is no such setting, -1 on arena
 * exhaustion. */
static int named_setting(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end,
                         const lex_entry *cue)
{
    uint32_t start = i;
    uint32_t name_end = named_meeting_at(d, s, i, end, &start);
    if (name_end == i)
        return 0;
    /* "a bilateral meeting on the margins of the East Asia Summit": a name
     * before the cue only (name_end == end) leaves the sidelines to the
     * talks' own rule, as a group's summit does */
    if (name_end == end && after_sidelines(d, start, s->tok_start))
        return 0;
    /* "the X Meeting on Syria that took place in Astana", "held in Astana
     * on May 3-4": a clause reports it held, a fact even where the phrase
     * is a topic ("discussed the results of"), as a dated pair's summit is */
    int held = reported_held(d, name_end, s->tok_end, 1);
    int subj = -1, after = -1, speaker = -1;
    /* "met X on the margins of the Summit of the Americas": the people of
     * the sentence's talks are at the summit too */
    const ev_draft *side = NULL;
    if (!held && after_sidelines(d, start, s->tok_start))
        for (size_t k = out->n; k-- > 0 && out->v[k].sent == d->toks[i].sent && !side;)
            if (out->v[k].ev.type == NSV_EV_MEETING && !out->v[k].dropped)
                side = &out->v[k];
    if (!held && !side) {
        uint32_t first = start < i ? start : i;
        /* "stands by decisions taken at the Bucharest Summit": a topic */
        if (!placed_before(d, first, s->tok_start) || named_as_topic(d, first, s->tok_start))
            return 0;
        /* "and in June, at the Summit of the Americas in Los Angeles,
         * President A and Vice President B convened ...": an opening
         * setting places the subject after it */
        uint32_t t = name_end;
        if (t + 1 < s->tok_end && tok_is(&d->toks[t], "in")) {
            int pl = mention_at(d, t + 1);
            if (pl >= 0 && d->ments[pl].tok_start == t + 1 && d->ments[pl].kind == M_PLACE)
                t = d->ments[pl].tok_end;
        }
        /* "At the North American Leaders' Summit on January 9-10, A, B
         * and C instructed": over the summit's days */
        if (t + 2 < s->tok_end && tok_is(&d->toks[t], "on") &&
            (d->toks[t + 1].word_bits & W_MONTH)) {
            uint32_t q = t + 2;
            for (int steps = 0; q < s->tok_end && steps < 4 &&
                                ((d->toks[q].flags & T_NUM) || hyphen_or_dash(d, q));
                 steps++)
                q++;
            if (q > t + 2)
                t = q;
        }
        uint32_t a = first;
        if (a > s->tok_start && (d->toks[a - 1].word_bits & W_DET))
            a--;
        if (t + 1 < s->tok_end && is_char(d, t, ',') && a > s->tok_start &&
            (tok_is(&d->toks[a - 1], "at") || tok_is(&d->toks[a - 1], "during")) &&
            (a - 1 == s->tok_start || is_char(d, a - 2, ','))) {
            int sa = party_right(d, t + 1, s->tok_end);
            if (sa >= 0 && d->ments[sa].kind == M_PERSON)
                after = sa;
        }
        subj = after >= 0 ? after : subject_before(d, first, s->tok_start);
        /* "I spoke today at the X Forum": the principal who speaks there */
        if (!person_mention(d, subj)) {
            speaker = first_person_placed(d, s, a);
            if (speaker == -2)
                return -1;
            if (speaker >= 0)
                subj = -1;
        }
        /* no one placed at it: a topic or a plan */
        if (!person_mention(d, subj) && speaker < 0)
            return 0;
    }
    ev_draft *e = new_meeting(d, out, i, cue, "meeting.named_setting", s);
    if (!e)
        return -1;
    if (e->ev.modality == NSV_MOD_ACTUAL && start > s->tok_start)
        e->ev.modality = clause_modality(d, start - 1, s->tok_start);
    e->multilateral = 1;
    e->open_group = 1;
    /* a quoted title is the name without its quotation marks or cue */
    int ent = (d->toks[start].flags & T_QUOTE) ? span_body_entity(d, start + 1, i - 1)
                                               : span_body_entity(d, start, name_end);
    if (ent < 0)
        return -1;
    ev_add_party(d, e, ent);
    /* "commitments by President A and President B at the Summit of X" */
    if (subj >= 0) {
        int subs[MAX_COORD];
        int ns =
            coordinated(d, subj, after >= 0 ? 1 : -1, s->tok_start, s->tok_end, subs, MAX_COORD);
        for (int q = 0; q < ns; q++)
            if (person_mention(d, subs[q]))
                meet_add_mention(d, e, subs[q]);
    }
    if (speaker >= 0)
        ev_add_party(d, e, speaker);
    if (side) {
        e->ev.modality = side->ev.modality;
        for (int q = 0; q < side->nents; q++)
            ev_add_party(d, e, side->ents[q]);
    }
    return 1;
}

/* Is the party mention m only the owner of the counterpart met?
 * "talks with the Philippines' creditor banks", "negotiated with Mexico's
 * commercial creditors": the party named as the owner of the creditors is
 * the debtor, not the counterpart (the creditors are).  So too for the
 * owner of another party (phrases.tsv owned_party): "negotiations with
 * Ukraine's partners", "met with Russia's national bandy team". */
static int owner_of_counterpart(const doc *d, int m, uint32_t end)
{
    uint32_t t = d->ments[m].tok_end;
    if (t >= end)
        return 0;
    const token *a = &d->toks[t];
    int apos = (a->flags & T_POSS) || (!(a->flags & T_SPACE_BEFORE) && apostrophe(d, t));
    if (!apos)
        return 0;
    for (uint32_t k = t + 1; k < end && k < t + 4; k++) {
        const token *u = &d->toks[k];
        if (u->word_bits & W_CREDITOR)
            return 1;
        if ((u->flags & T_WORD) && !(u->flags & T_CAP) && phrase_at(d, k, end, PHRASE_OWNED_PARTY))
            return 1;
        if (!(u->flags & T_WORD) || (u->flags & T_CAP))
            return 0;
    }
    return 0;
}

/* "bilateral and regional consultations with A, B and C", "separate
 * bilateral talks with": a phrases.tsv each_talks word among the
 * lower-case words that lead up to a plural meeting noun (the cue [i,
 * end), its own words included) makes a list of counterparts separate
 * talks, one meeting each (the guide).  A few words back, in sentence s. */
static int each_talks_before(const doc *d, uint32_t i, uint32_t end, const sentence *s)
{
    const token *c = end > i ? &d->toks[end - 1] : NULL;
    if (!c || !c->lower || c->lower_len < 5 || c->lower[c->lower_len - 1] != 's')
        return 0;
    for (uint32_t k = end - 1, steps = 0; k > s->tok_start && steps < 5; steps++) {
        k--;
        const token *u = &d->toks[k];
        if ((u->flags & T_WORD) && !(u->flags & T_CAP) &&
            phrase_at(d, k, s->tok_end, PHRASE_EACH_TALKS))
            return 1;
        if (k < i && (!(u->flags & T_WORD) || (u->flags & T_CAP) || mention_at(d, k) >= 0))
            return 0;
    }
    return 0;
}

/* Is the cue at token i, ending before end, a plural noun of one word
 * ("talks", "negotiations", "discussions")? */
static int plural_cue_word(const doc *d, uint32_t i, uint32_t end)
{
    const token *c = &d->toks[i];
    return end == i + 1 && c->lower && c->lower_len >= 5 && c->lower[c->lower_len - 1] == 's';
}

/* "Foote said it is in talks on the sale of its unit with several
 * companies", "the government is in talks about whether to allow ...": a
 * company or government that "is in talks" (business news: talks under way
 * now) holds them with a side the text leaves open.  Only a body or a
 * state as the subject of "is/are/was/were (still) in (advanced) talks",
 * and no named party after a "with" (the general rules take that).
 * Returns 1 when it made the event, 0 when the cue is not such, -1 out of
 * memory. */
static int in_talks(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end,
                    const lex_entry *cue)
{
    /* (the caller asks only for a MEET_NOUN cue) */
    if (!plural_cue_word(d, i, end))
        return 0;
    /* up to two lower-case modifiers: "in final talks", "in takeover talks" */
    uint32_t k = i;
    for (int steps = 0; steps < 2 && k > s->tok_start + 1; steps++) {
        const token *u = &d->toks[k - 1];
        if (!(u->flags & T_WORD) || (u->flags & T_CAP) || mention_at(d, k - 1) >= 0 ||
            (u->word_bits & (W_DET | W_PREP | W_CONJ | W_SUBORD | W_AUX | W_BE)))
            break;
        k--;
    }
    if (k < s->tok_start + 2 || !tok_is(&d->toks[k - 1], "in"))
        return 0;
    uint32_t b = k - 1;
    /* "is (currently) engaged in talks", "has been locked in talks" */
    if (b > s->tok_start && hold_phrase_to(d, b - 1, b))
        b--;
    if (b > s->tok_start && (d->toks[b - 1].word_bits & W_ADVERB)) /* "still" */
        b--;
    if (b <= s->tok_start || !(d->toks[b - 1].word_bits & W_BE))
        return 0;
    int m = party_left(d, b - 1, s->tok_start);
    /* "Foote said it is in talks": "it" is the one who said so (the
     * resolver may take a body named closer); other pronouns are left */
    if (m >= 0 && d->ments[m].kind == M_PRONOUN) {
        uint32_t p = d->ments[m].tok_start;
        if (p > s->tok_start && tok_is(&d->toks[p - 1], "that"))
            p--;
        int said = p > s->tok_start + 1 && tok_lex(d, p - 1, LEX_SPEECH, NULL);
        m = said ? party_left(d, p - 1, s->tok_start) : -1;
        /* "Foote Mineral Co, a unit of X, has signed ... and said it is in
         * talks": the body that opens the sentence */
        if (said && m < 0 && tok_is(&d->toks[p - 2], "and")) {
            int f = mention_at(d, s->tok_start);
            if (f >= 0 && d->ments[f].tok_start == s->tok_start && d->ments[f].kind == M_ORG &&
                party_mention(d, f))
                m = f;
        }
    }
    if (m < 0 || d->ments[m].entity < 0 || d->ments[m].kind == M_PRONOUN)
        return 0;
    nsv_kind kd = d->ents[d->ments[m].entity].kind;
    if (kd != NSV_KIND_ORGANIZATION && kd != NSV_KIND_COUNTRY)
        return 0;
    for (uint32_t t = end; t < s->tok_end && t < end + 12; t++) {
        const token *u = &d->toks[t];
        if ((u->flags & T_QUOTE) || is_char(d, t, ';') || is_char(d, t, ':') || is_char(d, t, '.'))
            break;
        if (tok_is(u, "with")) {
            /* a party within a few words ("with French carmaker X") */
            for (uint32_t w = t + 1; w < s->tok_end && w < t + 6; w++) {
                if (d->toks[w].flags & T_PUNCT)
                    break;
                int o = mention_at(d, w);
                if (o >= 0 && party_mention(d, o))
                    return 0;
            }
            break;
        }
    }
    ev_draft *e = new_meeting(d, out, i, cue, "meeting.in_talks", s);
    if (!e)
        return -1;
    e->open_group = 1;
    meet_add_mention(d, e, m);
    return 1;
}

/* "met with journalists", "met with Russian journalists", "met with media
 * workers", "met with the press": a meeting with journalists is none
 * (GUIDE), even when the subject is a pair ("X and Y met with journalists"
 * after their talks).  Across an article, a country or its adjective and up
 * to two lower-case modifiers; "the press secretary" and "journalist X"
 * head a person, not the press. */
static int press_after(const doc *d, uint32_t t, uint32_t end)
{
    for (int mods = 0; t < end && mods <= 3; t++, mods++) {
        const token *u = &d->toks[t];
        if (!(u->flags & T_WORD) || (u->flags & (T_IN_QUOTE | T_POSS)))
            return 0;
        int m = mention_at(d, t);
        if (m >= 0 && d->ments[m].tok_start == t && d->ments[m].kind == M_COUNTRY) {
            t = d->ments[m].tok_end - 1;
            continue;
        }
        /* "Russian journalists" may be read as one description */
        if (m >= 0 && (d->ments[m].kind == M_DESC || d->ments[m].kind == M_GROUP_DESC) &&
            (d->toks[d->ments[m].tok_end - 1].word_bits & W_PRESS)) {
            t = d->ments[m].tok_end - 1;
            u = &d->toks[t];
        } else if (m >= 0)
            return 0;
        if (u->word_bits & W_PRESS) {
            uint32_t n = t + 1;
            if (n < end && (d->toks[n].word_bits & W_PRESS))
                n++; /* "mass media" */
            if (n < end && tok_lex(d, n, LEX_TITLE, NULL) && !(d->toks[n].word_bits & W_UNNAMED))
                return 0; /* "the press secretary" */
            if (n < end && (d->toks[n].word_bits & (W_UNNAMED | W_PEOPLE)))
                n++; /* "media workers", "media representatives" */
            /* "with press statements", "with media support": a modifier of
             * some other noun, not the press met */
            else if (n < end && (d->toks[n].flags & T_WORD) && !(d->toks[n].flags & T_CAP) &&
                     !(d->toks[n].word_bits &
                       (W_PREP | W_CONJ | W_SUBORD | W_AUX | W_ADVERB | W_RELDAY | W_WEEKDAY)))
                return 0;
            /* "met with journalists and with X": X is still met */
            if (n < end && (tok_is(&d->toks[n], "and") || is_char(d, n, ',')) &&
                party_right(d, n + 1, end) >= 0)
                return 0;
            return 1;
        }
        /* "Russian journalists", "BBC reporters": a capitalised word only
         * right before the press word */
        if ((u->flags & T_CAP) && !(t + 1 < end && (d->toks[t + 1].word_bits & W_PRESS)))
            return 0;
        if ((u->word_bits & (W_PREP | W_CONJ | W_SUBORD | W_AUX | W_UNNAMED | W_GROUP)) ||
            tok_lex(d, t, LEX_TITLE, NULL) || tok_lex(d, t, LEX_MEETING, NULL))
            return 0;
    }
    return 0;
}

/* Does the person mention m report in its sentence: a speech cue right
 * after the name ("Prime Minister X noted that"), or "according to" before
 * its title ("According to Health Minister X, ...")?  Outside quotes. */
static int reports_at(const doc *d, int m, const sentence *s)
{
    const mention *x = &d->ments[m];
    if (x->kind != M_PERSON || x->entity < 0 || (d->toks[x->tok_start].flags & T_IN_QUOTE))
        return 0;
    /* ("Minister X also said": an adverb or two may come between) */
    uint32_t v = x->tok_end;
    while (v < s->tok_end && v < x->tok_end + 2 && (d->toks[v].word_bits & W_ADVERB))
        v++;
    if (v < s->tok_end && tok_lex(d, v, LEX_SPEECH, NULL))
        return 1;
    uint32_t b = title_words_before(d, x->tok_start, s->tok_start, 8);
    return b >= s->tok_start + 2 && according_to_before(d, b);
}

/* The chair after "chaired by": a named or titled person ("the President
 * of the European Council"), or -1. */
static int chair_after(const doc *d, const sentence *s, uint32_t by)
{
    int h = party_right(d, by + 1, s->tok_end);
    if (h < 0)
        h = person_after_title(d, by + 1, s->tok_end);
    if (h < 0)
        return -1;
    const mention *x = &d->ments[h];
    /* "chaired by the President of the European Council": a description
     * the item resolves to a person */
    int person = x->kind == M_PERSON || (x->kind == M_DESC && x->entity >= 0 &&
                                         d->ents[x->entity].kind == NSV_KIND_PERSON);
    return person ? h : -1;
}

/* The meeting the noun at token noun (cue nc) names of body g, with h who
 * chairs or joins it: a multilateral one of the two (a step of
 * chaired_of_body and fronted_chair). */
static nsv_code body_chair_meeting(doc *d, ev_list *out, const sentence *s, uint32_t noun,
                                   const lex_entry *nc, int g, int h, nsv_error *err)
{
    ev_draft *e = new_meeting(d, out, noun, nc, "meeting.chaired_of", s);
    if (!e)
        return out_of_memory(d->limits, err);
    e->multilateral = 1;
    meet_add_mention(d, e, g);
    meet_add_mention(d, e, h);
    return NSV_OK;
}

/* "a meeting of European Union leaders in Brussels chaired by X", "the
 * session of the Collective Security Council which was chaired by X": a
 * meeting of a named body or group, its chair a party of it.  The meeting
 * an attendee placed there made already ("Y took part in a meeting of
 * ...") gains the chair; else the body and the chair make one. */
static nsv_code chaired_of_body(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t by,
                                nsv_error *err)
{
    uint32_t noun = UINT32_MAX;
    const lex_entry *nc = NULL;
    for (uint32_t k = i; k > s->tok_start && k + 16 > i && noun == UINT32_MAX; k--) {
        if (is_char(d, k - 1, ';') || is_char(d, k - 1, '.'))
            break;
        const lex_entry *c = tok_lex(d, k - 1, LEX_MEETING, NULL);
        if (c && (c->value == MEET_NOUN || c->value == MEET_MULTI) && k < i &&
            tok_is(&d->toks[k], "of") && !(d->toks[k - 1].flags & T_IN_QUOTE)) {
            noun = k - 1;
            nc = c;
        }
    }
    if (noun == UINT32_MAX)
        return NSV_OK;
    /* the body: the first named body or group after "of" */
    int g = -1;
    for (uint32_t w = noun + 2; w < i && g < 0; w++) {
        int m = mention_at(d, w);
        if (m >= 0 && d->ments[m].kind == M_ORG && party_mention(d, m))
            g = m;
    }
    int h = g >= 0 ? chair_after(d, s, by) : -1;
    if (h < 0)
        return NSV_OK;
    for (size_t x = out->n; x-- > 0;) {
        ev_draft *f = &out->v[x];
        if (f->sent != d->toks[i].sent)
            break;
        if (f->ev.type == NSV_EV_MEETING && !f->dropped && f->cue_tok == noun) {
            meet_add_mention(d, f, h);
            return NSV_OK;
        }
    }
    return body_chair_meeting(d, out, s, noun, nc, g, h, err);
}

/* "Under the chairmanship of President X, an offsite meeting of the
 * National Security and Defense Council was held in Kharkiv", "With the
 * participation of President X, a meeting of the Congress of ... was
 * held": an opening phrase (meeting_cues.tsv "front") names the person
 * who chairs or joins the body's meeting the main clause reports held.
 * The body and the person make one meeting, as "X chaired a meeting of
 * the Y Council" does (not "a meeting was held with ambassadors": no
 * named body; nor one to come: the held phrase says it took place). */
static nsv_code fronted_chair(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end,
                              nsv_error *err)
{
    if (i != s->tok_start || end >= s->tok_end)
        return NSV_OK;
    int h = chair_after(d, s, end - 1);
    if (h < 0 || d->ments[h].tok_start != end)
        return NSV_OK;
    uint32_t c = d->ments[h].tok_end;
    if (c + 3 >= s->tok_end || !is_char(d, c, ','))
        return NSV_OK;
    /* the meeting noun a few words into the main clause, then "of" */
    uint32_t noun = UINT32_MAX;
    const lex_entry *nc = NULL;
    for (uint32_t k = c + 1; k + 1 < s->tok_end && k < c + 5 && noun == UINT32_MAX; k++) {
        unsigned nw = 0;
        const lex_entry *m = tok_lex(d, k, LEX_MEETING, &nw);
        if (m && (m->value == MEET_NOUN || m->value == MEET_MULTI) && k + nw < s->tok_end &&
            tok_is(&d->toks[k + nw], "of")) {
            noun = k;
            nc = m;
            end = k + nw + 1;
        } else if (!(d->toks[k].flags & T_WORD) || (d->toks[k].flags & T_CAP) ||
                   mention_at(d, k) >= 0)
            return NSV_OK;
    }
    if (noun == UINT32_MAX)
        return NSV_OK;
    /* the body: the first named body after "of", then its held phrase */
    int g = -1;
    for (uint32_t w = end; w < s->tok_end && w < end + 6 && g < 0; w++) {
        if (is_char(d, w, ','))
            break;
        int m = mention_at(d, w);
        if (m >= 0 && d->ments[m].kind == M_ORG && party_mention(d, m))
            g = m;
    }
    if (g < 0)
        return NSV_OK;
    uint32_t t = d->ments[g].tok_end;
    while (t + 1 < s->tok_end && t < d->ments[g].tok_end + 8 && !held_phrase(d, t)) {
        if (is_char(d, t, ',') || (d->toks[t].word_bits & W_SUBORD))
            return NSV_OK;
        t++;
    }
    if (t + 1 >= s->tok_end || !held_phrase(d, t))
        return NSV_OK;
    return body_chair_meeting(d, out, s, noun, nc, g, h, err);
}

/* "a conference call on countering the COVID-19 pandemic chaired by X",
 * "a conference call devoted to combating the spread of coronavirus chaired
 * by X": the meeting noun (and one word of its compound, "conference
 * call"), then its topic (a preposition, or a participle and "to"), run on
 * unbroken to "chaired" at i.  A comma, a clause word or a verb between
 * ends the look (twelve words at most); "of" names a body, which
 * chaired_of_body takes.  1 when such a noun is there. */
static int topic_before_chaired(const doc *d, const sentence *s, uint32_t i)
{
    uint32_t top = 0; /* the topic's first word, nearest the noun so far */
    for (uint32_t k = i; k > s->tok_start + 1 && k + 12 > i; k--) {
        const token *u = &d->toks[k - 1];
        if ((u->flags & (T_IN_QUOTE | T_QUOTE)) || is_char(d, k - 1, ',') ||
            is_char(d, k - 1, ';') || is_char(d, k - 1, '(') || is_char(d, k - 1, ')') ||
            (u->word_bits & (W_SUBORD | W_BE | W_AUX | W_CONJ)))
            return 0;
        if (k == i)
            continue;
        const lex_entry *c = tok_lex(d, k - 1, LEX_MEETING, NULL);
        if (c)
            return (c->value == MEET_NOUN || c->value == MEET_MULTI) && top && top <= k + 1 &&
                   !tok_is(&d->toks[top], "of");
        if (u->flags & T_CAP)
            continue;
        if ((u->word_bits & W_PREP) ||
            (u->lower_len > 4 && ed_ending(u) && tok_is(&d->toks[k], "to")))
            top = k - 1;
    }
    return 0;
}

/* The token after the nearest meeting noun (MEET_NOUN or MEET_MULTI)
 * among the reach tokens right before token i, in sentence s; 0 when none
 * ("the meeting was chaired by", "a session chaired by"). */
static uint32_t meeting_noun_before(const doc *d, const sentence *s, uint32_t i, uint32_t reach)
{
    for (uint32_t k = i; k > s->tok_start && k + reach > i; k--) {
        const lex_entry *c = tok_lex(d, k - 1, LEX_MEETING, NULL);
        if (c && (c->value == MEET_NOUN || c->value == MEET_MULTI))
            return k;
    }
    return 0;
}

/* "The meeting was convened by A, B and C", "the session, which was
 * chaired by A and B": with no report after it, the people the item lists
 * after "by" (first mention h) are the meeting's parties.  One chair alone
 * is no meeting: finish_events drops a meeting with one party.  "will be
 * convened by" plans it. */
static nsv_code convened_by_hosts(doc *d, ev_list *out, const sentence *s, uint32_t i, int h,
                                  const lex_entry *cue, nsv_error *err)
{
    /* "... held a roundtable with young people. The meeting was convened by
     * A and B": "the" and the noun point back at the meeting of the sentence
     * or two before (one meeting mentioned twice) */
    uint32_t n0 = meeting_noun_before(d, s, i, 4);
    /* (no noun in reach, "a conference call on X chaired by": no "the"
     * before it to ask about) */
    if (n0 > s->tok_start + 1 && tok_is(&d->toks[n0 - 2], "the")) {
        size_t b = out->n, here = (size_t)(s - d->sents);
        ev_draft *f = roster_meeting_before(d, out, s, &b, 0);
        /* (as with a roster: only a meeting of one named party so far takes
         * them; the chairs of talks between sides are their delegations'
         * members, no parties of their own) */
        if (f && f->sent + 2 >= here) {
            if (f->nents < 2)
                listed_after(d, f, h, s->tok_end);
            return NSV_OK;
        }
    }
    ev_draft *e = new_meeting(d, out, i, cue, "meeting.convened_by", s);
    if (!e)
        return out_of_memory(d->limits, err);
    listed_after(d, e, h, s->tok_end);
    nsv_modality mod = clause_modality(d, i, s->tok_start);
    if (mod != NSV_MOD_ACTUAL || (i > 1 && tok_is(&d->toks[i - 2], "to")))
        e->ev.modality = mod != NSV_MOD_ACTUAL ? mod : NSV_MOD_PLANNED;
    return NSV_OK;
}

/* "This was discussed at a conference call chaired by President X. Prime
 * Minister Y noted that ... According to Minister Z, ...": a meeting whose
 * chair the item names after "by", and whose other participants are the
 * people it has report at it, in the sentences after (up to a sentence
 * with another meeting noun or verb, within a few paragraphs; "received
 * two vaccinations" is none).  Without any such
 * report, no event: the chair alone is one party. */
static nsv_code chaired_by(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t by,
                           const lex_entry *cue, nsv_error *err)
{
    int noun = meeting_noun_before(d, s, i, 3) != 0;
    if (!noun)
        noun = topic_before_chaired(d, s, i);
    if (!noun)
        return chaired_of_body(d, out, s, i, by, err);
    int h = chair_after(d, s, by);
    if (h < 0)
        return NSV_OK;
    int rep[MAX_COORD], nrep = 0;
    size_t here = (size_t)(s - d->sents);
    for (size_t k = here + 1;
         k < d->nsents && k <= here + CHAIRED_REPORT_SENTENCES && nrep < MAX_COORD; k++) {
        const sentence *t = &d->sents[k];
        if (t->para > s->para + 4)
            break;
        int other = 0;
        for (uint32_t w = t->tok_start; w < t->tok_end && !other; w++) {
            const lex_entry *c = tok_lex(d, w, LEX_MEETING, NULL);
            other = c &&
                    (c->value == MEET_NOUN || c->value == MEET_MULTI || c->value == MEET_VERB) &&
                    !(d->toks[w].flags & (T_IN_QUOTE | T_QUOTE));
        }
        if (other)
            break;
        /* (the sentence's mentions: they are sorted by start) */
        for (size_t m = mentions_before(d, t->tok_start);
             m < d->nments && d->ments[m].tok_start < t->tok_end && nrep < MAX_COORD; m++)
            if (d->ments[m].entity != d->ments[h].entity && reports_at(d, (int)m, t))
                rep[nrep++] = (int)m;
    }
    if (!nrep)
        return convened_by_hosts(d, out, s, i, h, cue, err);
    ev_draft *e = new_meeting(d, out, i, cue, "meeting.chaired_reports", s);
    if (!e)
        return out_of_memory(d->limits, err);
    meet_add_mention(d, e, h);
    for (int q = 0; q < nrep; q++)
        meet_add_mention(d, e, rep[q]);
    return NSV_OK;
}

/* "Today, A, Assistant to the President ..., and B, Director of the X
 * Office, met with D", "A, Senior Director at the X Council, and B, the
 * Acting Assistant Secretary, also joined the meeting": a readout's hosts
 * with long titles (readout_subjects, from the verb at token verb back
 * over adverbs) join meeting e when subj is among them or inside their
 * titles; with titled_only, only a list closed by a comma. */
static void join_readout_hosts(doc *d, ev_draft *e, int subj, uint32_t verb, const sentence *s,
                               int titled_only)
{
    for (int steps = 0;
         verb > s->tok_start + 1 && steps < 2 && (d->toks[verb - 1].word_bits & W_ADVERB) &&
         !(d->toks[verb - 1].flags & T_CAP);
         steps++)
        verb--;
    /* titled_only: the list must close on a title's comma ("A and B
     * attended the forum" is the joining rule's own business) */
    if (titled_only && (verb <= s->tok_start || !is_char(d, verb - 1, ',')))
        return;
    int hosts[MAX_COORD];
    int nh = readout_subjects(d, verb, s, hosts, MAX_COORD);
    if (nh >= 2 && d->ments[subj].tok_start >= d->ments[hosts[0]].tok_start)
        for (int k = 0; k < nh; k++)
            meet_add_mention(d, e, hosts[k]);
}

/* May token k stand in an appositive roster's item ("the defence
 * minister", "acting Prosecutor General")?  Not a clause's words: a
 * quotation mark, a relative, subordinator, pronoun or possessive, an
 * auxiliary, a speech, meeting or signing word, a number, a lower-case
 * past form no title holds ("X, who met Y", "X, having signed"), or a
 * mark other than a hyphen, bracket, full stop or apostrophe. */
static int roster_item_word(const doc *d, uint32_t k)
{
    const token *u = &d->toks[k];
    if ((u->flags & (T_QUOTE | T_NUM)) || is_relative(u) ||
        (u->word_bits &
         (W_SUBORD | W_PRONOUN_ANY | W_POSSESSIVE | W_AUX | W_BE | W_REPORT | W_PLAIN_CUE)) ||
        tok_lex(d, k, LEX_SPEECH, NULL) || tok_lex(d, k, LEX_MEETING, NULL) ||
        tok_lex(d, k, LEX_SIGNING, NULL))
        return 0;
    if (!(u->flags & T_WORD))
        return is_char(d, k, '-') || is_char(d, k, '(') || is_char(d, k, ')') ||
               is_char(d, k, '.') || apostrophe(d, k);
    if (!(u->flags & T_CAP) && u->lower_len > 3 && ed_ending(u) && !tok_lex(d, k, LEX_TITLE, NULL))
        return 0;
    return 1;
}

/* "Interior Minister A, Defence Minister B and acting Prosecutor General C
 * attended the meeting", "D, the defence minister, E, director of the FSB,
 * and F attended", "The head of the X Agency, G, President of the Y
 * Committee, H, also took part": the sentence's whole subject, from token
 * `from` up to the verb at `verb` (over "also" and auxiliaries), is a list
 * of people, each with its title before or after it in items of its own
 * set off by commas.  Every item names one person or holds a title and
 * names no one; no item opens with a preposition (an opening phrase) or
 * holds a clause's words (roster_item_word).  Writes the people, left to
 * right, to list (max); returns their count, 0 when the subject is not
 * such a list or names fewer than two. */
static int appositive_roster(const doc *d, uint32_t from, uint32_t verb, int *list, int max)
{
    uint32_t stop = verb;
    while (stop > from && (d->toks[stop - 1].word_bits & (W_ADVERB | W_AUX | W_BE)) &&
           !(d->toks[stop - 1].flags & T_CAP))
        stop--;
    if (stop <= from + 3 || stop - from > APPOSITIVE_ROSTER_TOKENS ||
        (d->toks[from].word_bits & (W_PREP | W_PLACE_PREP | W_SUBORD | W_SETTING)))
        return 0;
    int n = 0, people = 0, titled = 0, words = 0;
    for (uint32_t k = from; k <= stop; k++) {
        int sep = k == stop || is_char(d, k, ',') || tok_is(&d->toks[k], "and");
        if (sep) {
            /* an item ends: one person, or a title naming no one */
            if (people > 1 || (!people && !titled && words))
                return 0;
            people = titled = words = 0;
            continue;
        }
        /* no item opens with a preposition ("among them A", "in Kyiv") */
        if (!words && (d->toks[k].word_bits & (W_PREP | W_PLACE_PREP | W_SUBORD)) &&
            !tok_is(&d->toks[k], "of"))
            return 0;
        words++;
        int m = mention_at(d, k);
        if (m >= 0 && d->ments[m].tok_start == k) {
            const mention *x = &d->ments[m];
            if (x->tok_end > stop || x->kind == M_PRONOUN || x->kind == M_GROUP_DESC)
                return 0;
            /* ("a journalist at Komsomolskaya Pravda newspaper": a name
             * right after a preposition is a body's, the item's title) */
            int after_prep =
                k > from && (d->toks[k - 1].word_bits & W_PREP) && !(d->toks[k - 1].flags & T_CAP);
            if (x->kind == M_PERSON && !after_prep) {
                if (!party_mention(d, m))
                    return 0;
                if (!people && n < max)
                    list[n++] = m;
                people++;
            } else {
                titled = 1; /* "Deputy Chief of the Presidential Executive Office" */
            }
            k = x->tok_end - 1;
            continue;
        }
        if (m >= 0)
            return 0;
        if (!roster_item_word(d, k))
            return 0;
        if (tok_lex(d, k, LEX_TITLE, NULL))
            titled = 1;
    }
    return n >= 2 ? n : 0;
}

/* Mention subj joins meeting e, with the parties listed before it back to
 * token from ("A, B and C took part"); from UINT32_MAX: subj alone. */
static void join_listed(doc *d, ev_draft *e, int subj, uint32_t from)
{
    meet_add_mention(d, e, subj);
    int more[MAX_COORD];
    int n = from != UINT32_MAX ? listed_before(d, subj, from, more, MAX_COORD) : 0;
    for (int q = 0; q < n; q++)
        meet_add_mention(d, e, more[q]);
}

/* Subject subj joins meeting e as join_listed has it, or, when the
 * subject is an appositive roster (roster[0..nroster), subj its last), its
 * people, last first as join_listed adds them. */
static void join_subject(doc *d, ev_draft *e, int subj, uint32_t from, const int *roster,
                         int nroster)
{
    if (!nroster) {
        join_listed(d, e, subj, from);
        return;
    }
    for (int q = nroster; q-- > 0;)
        meet_add_mention(d, e, roster[q]);
}

/* Is a person named in the object after the verb at token t (up to a
 * preposition other than "with" or "of")?  ("met the Malaysian candidates
 * for a flight to the Space Station" names none: its guests are an
 * unnamed group.) */
static int person_after(const doc *d, uint32_t t, uint32_t end)
{
    for (uint32_t k = t + 1; k < end; k++) {
        if ((d->toks[k].word_bits & W_PREP) && !tok_is(&d->toks[k], "with") &&
            !tok_is(&d->toks[k], "of"))
            return 0;
        int m = mention_at(d, k);
        if (m >= 0 && d->ments[m].kind == M_PERSON)
            return 1;
    }
    return 0;
}

/* Add the mentions of list[0..nl) that are people to objs (n of max, no
 * repeats); the new count. */
static int add_people(const doc *d, const int *list, int nl, int *objs, int n, int max)
{
    for (int h = 0; h < nl && n < max; h++) {
        if (d->ments[list[h]].kind != M_PERSON)
            continue;
        int dup = 0;
        for (int q = 0; q < n && !dup; q++)
            dup = objs[q] == list[h] || (d->ments[objs[q]].entity >= 0 &&
                                         d->ments[objs[q]].entity == d->ments[list[h]].entity);
        if (!dup)
            objs[n++] = list[h];
    }
    return n;
}

/* The person a guest list opens with at token t ("Secretary General A",
 * "the Foreign Minister of X Y"): a person named there (after a "the"), else
 * one after a title (a body named first heads the title: "Labour Minister
 * X"); or -1. */
static int list_person_at(const doc *d, uint32_t t, uint32_t end)
{
    int p = party_right_the(d, t, end);
    if (p >= 0 && d->ments[p].kind != M_PERSON)
        p = -1;
    return p >= 0 ? p : person_after_title(d, t, end);
}

/* The list person p opens ("A, B and C", across titles: "A and Minister of
 * X B"), up to end, into list (MAX_COORD); its count. */
static int people_listed(const doc *d, int p, uint32_t end, int *list)
{
    const sentence *s = &d->sents[d->ments[p].sent];
    int n = coordinated(d, p, +1, s->tok_start, end, list, MAX_COORD);
    return titled_list_after(d, s, list, n, MAX_COORD);
}

/* Does token k break the clause a guests' phrase stands in: a quotation
 * mark, a full stop, semicolon or colon, a subordinator, or a speech word
 * (not a capitalised one: "United States")? */
static int guest_clause_break(const doc *d, uint32_t k)
{
    const token *u = &d->toks[k];
    return (u->flags & T_QUOTE) || is_char(d, k, '.') || is_char(d, k, ';') || is_char(d, k, ':') ||
           (u->word_bits & W_SUBORD) || (!(u->flags & T_CAP) && tok_lex(d, k, LEX_SPEECH, NULL));
}

/* "met with manufacturers of RSV immunizations including Sanofi and
 * AstraZeneca": the named firms of the group met (two or more bodies after
 * "including", at inc) are its parties beside the group.  The new count of
 * objs (n of max). */
static int firms_including(const doc *d, uint32_t inc, uint32_t end, int *objs, int n, int max)
{
    int f = party_right_the(d, inc, end);
    if (f < 0 || d->ments[f].kind != M_ORG)
        return n;
    const sentence *s = &d->sents[d->ments[f].sent];
    int list[MAX_COORD];
    int nl = coordinated(d, f, +1, s->tok_start, end, list, MAX_COORD), firms = 0;
    for (int h = 0; h < nl; h++)
        firms += d->ments[list[h]].kind == M_ORG;
    if (firms < 2)
        return n;
    for (int h = 0; h < nl && n < max; h++) {
        int dup = d->ments[list[h]].kind != M_ORG;
        for (int q = 0; q < n && !dup; q++)
            dup = d->ments[objs[q]].entity >= 0 &&
                  d->ments[objs[q]].entity == d->ments[list[h]].entity;
        if (!dup)
            objs[n++] = list[h];
    }
    return n;
}

/* "met with heads of X, including (with) Secretary General A and President
 * B", "met today with a delegation comprised of the heads of ...
 * institutions, including the director of X Y, Prosecutor Z": the people
 * the guests' group is said to include are in the meeting.  The ",
 * including" comes within 30 words of the object, with no clause break or
 * topic phrase ("to discuss ..., including"); only people after it count
 * ("including the situation in Idlib"). */
static int group_including(doc *d, uint32_t j, uint32_t end, int *objs, int n, int max)
{
    uint32_t inc = 0;
    int comma = 0;
    for (uint32_t k = j; k + 2 < end && k < j + 30 && !inc; k++) {
        const token *u = &d->toks[k];
        if (guest_clause_break(d, k))
            return n;
        /* "to discuss shared priorities, including the X Act": a purpose
         * or topic phrase lists topics, not guests */
        if ((u->word_bits & W_PREP) && !tok_is(u, "of") && !tok_is(u, "from") && !tok_is(u, "in") &&
            !tok_is(u, "with"))
            return n;
        /* "with manufacturers of RSV immunizations including Sanofi": no
         * comma needed after a lower-case plural (firms only, below) */
        if (tok_is(u, "including") &&
            ((comma = is_char(d, k - 1, ',')) || (k > j && plural_head(d, k - 1, k))))
            inc = k + 1;
    }
    if (!inc)
        return n;
    if (tok_is(&d->toks[inc], "with"))
        inc++;
    int list[MAX_COORD];
    int p = list_person_at(d, inc, end);
    if (p >= 0 && comma)
        return add_people(d, list, people_listed(d, p, end, list), objs, n, max);
    return p >= 0 ? n : firms_including(d, inc, end, objs, n, max);
}

/* "a (Qatari) delegation (of X) led by / headed by <person>[, <person> and
 * <person>]", "..., which included senators A, B and C" opening at token
 * j: the heads join objs (n of max, no repeats); the new count.  The
 * delegation word comes within the first few words and "led by" within
 * the next twelve, with no clause break. */
static int delegation_heads(doc *d, uint32_t j, uint32_t end, int *objs, int n, int max)
{
    uint32_t g = j;
    while (g < end && g < j + 5 && !headed_party(&d->toks[g]) &&
           !(d->toks[g].flags & (T_PUNCT | T_QUOTE)))
        g++;
    if (g >= end || !headed_party(&d->toks[g]))
        return n;
    uint32_t by = 0;
    for (uint32_t k = g + 1; k + 2 < end && k < g + 14 && !by; k++) {
        const token *u = &d->toks[k];
        /* "a delegation of the US Congress, which included senators A, B" */
        if ((tok_is(u, "which") || tok_is(u, "that")) &&
            (tok_is(&d->toks[k + 1], "included") || tok_is(&d->toks[k + 1], "includes"))) {
            by = k + 2;
            break;
        }
        if (guest_clause_break(d, k))
            return n;
        if (headed_by(d, k))
            by = k + 2;
    }
    if (!by)
        return n;
    int p = list_person_at(d, by, end);
    if (p < 0)
        p = person_after_descriptor(d, by, end);
    /* "headed by the leader of the Republican minority in the Senate X":
     * the person ending a long description, before any comma */
    for (uint32_t k = by; p < 0 && k < end && k < by + 14; k++) {
        if (d->toks[k].flags & (T_PUNCT | T_QUOTE) || (d->toks[k].word_bits & W_SUBORD))
            break;
        int x = mention_at(d, k);
        if (x >= 0 && d->ments[x].tok_start == k && d->ments[x].kind == M_PERSON &&
            party_mention(d, x))
            p = x;
    }
    if (p < 0)
        return n;
    int heads[MAX_COORD];
    return add_people(d, heads, people_listed(d, p, end, heads), objs, n, max);
}

/* "to meet Ukraine's urgent needs", "meets the legitimate needs of X",
 * "failed to meet the deadline": "meet" with a words.tsv aim noun for its
 * object meets no one.  Between the verb and that noun stand only
 * determiners, a name with its possessive or right before a lower-case aim
 * noun ("meet DOT requirements", "meet U.S. demands") and plain lower-case
 * words ("urgent battlefield and air defense"). */
static int aim_object(const doc *d, uint32_t t, uint32_t end)
{
    int name = 0; /* inside a capitalised name that must end in 's */
    for (uint32_t k = t; k < end && k < t + 8; k++) {
        const token *u = &d->toks[k];
        if (u->word_bits & W_AIM)
            return !name || !(u->flags & T_CAP);
        if (u->flags & T_POSS) {
            if (!name)
                return 0;
            name = 0;
            continue;
        }
        if (!(u->flags & T_WORD) && !is_char(d, k, '-'))
            return 0;
        if (u->flags & T_CAP) {
            if (k > t && !name && !(d->toks[k - 1].word_bits & (W_DET | W_POSSESSIVE)))
                return 0;
            name = 1;
            continue;
        }
        if (name)
            return 0;
        if (is_char(d, k, '-') || (u->word_bits & (W_DET | W_POSSESSIVE)) ||
            (k > t && tok_is(u, "and")))
            continue;
        if ((u->word_bits & (W_PREP | W_SUBORD | W_AUX | W_BE | W_CONJ | W_ADVERB | W_RELDAY |
                             W_WEEKDAY | W_PASSIVE_BY | W_PRONOUN_N)) ||
            ed_ending(u))
            return 0;
    }
    return 0;
}

/* "(attended by) 40 regional governors, Deputy Prime Minister X, ...",
 * "members of the Civic Chamber and First Deputy Chief of Staff X": an
 * unnamed group opens the list; the first titled person after the comma or
 * "and" that ends it (within 12 words, no clause break) starts the named
 * rest.  Only a person: "the Security Council secretary" names no one.
 * The person's mention, or -1. */
static int person_after_group(const doc *d, uint32_t t, uint32_t end)
{
    uint32_t g = unnamed_group_at(d, t, end, 0, 0);
    if (!g)
        return -1;
    for (uint32_t k = g; k < end && k < g + 12; k++) {
        if (guest_clause_break(d, k))
            return -1;
        if (!is_char(d, k, ',') && !tok_is(&d->toks[k], "and"))
            continue;
        uint32_t b = k + 1;
        if (b < end && is_char(d, k, ',') && tok_is(&d->toks[b], "and"))
            b++;
        int p = person_after_title(d, b, end);
        return p >= 0 && d->ments[p].kind == M_PERSON ? p : -1;
    }
    return -1;
}

/* The first attendee after "attended by" at token t: a party, a titled
 * person, or the first titled person after an unnamed group; or -1. */
static int attendee_after(const doc *d, uint32_t t, uint32_t end)
{
    int p = party_right(d, t, end);
    if (p < 0)
        p = person_after_title(d, t, end);
    if (p < 0)
        p = person_after_group(d, t, end);
    /* "the heads of the CSTO member states President of Armenia X, ...":
     * a description of who came, then the named list with no comma (the
     * first titled person within twelve words, no clause break) */
    for (uint32_t k = t; p < 0 && k < end && k < t + 12; k++) {
        /* ("member states" is no speech verb here) */
        if (is_char(d, k, ',') || (guest_clause_break(d, k) && !(d->toks[k].word_bits & W_STATES)))
            break;
        if (!(d->toks[k].flags & T_CAP) || !tok_lex(d, k, LEX_TITLE, NULL))
            continue;
        int q = person_after_title(d, k, end);
        if (q >= 0 && d->ments[q].kind == M_PERSON)
            p = q;
    }
    return p;
}

/* How many sentences back "they" opening a meeting clause looks for the
 * named people it stands for (a readout's travel paragraph: "A, B and C
 * met with U.S. forces. ... The delegation travelled to Niger. They
 * visited ... In Niamey, they met with President X" is six back). */
#define THEY_LOOKBACK_SENTS 8

/* The token after a sentence's opening phrase ("In Niamey,", "While in
 * Mexico,": a preposition or subordinator, up to eight tokens, no person
 * or body in it, to its comma); the sentence's start when none.  Not
 * past_opening_phrase: "they" and a list of travellers must open their
 * clause, so only a short phrase of places is passed ("At the meeting with
 * X, they" is no opening of theirs), and a quote does not stop it. */
static uint32_t after_opening_phrase(const doc *d, const sentence *s)
{
    uint32_t t = s->tok_start;
    if (!(d->toks[t].word_bits & (W_PREP | W_PLACE_PREP | W_SUBORD)))
        return t;
    for (uint32_t k = t + 1; k < s->tok_end && k < t + 8; k++) {
        int m = mention_at(d, k);
        if (m >= 0 && d->ments[m].kind != M_PLACE && d->ments[m].kind != M_COUNTRY)
            return t;
        if (is_char(d, k, ','))
            return k + 1;
    }
    return t;
}

/* Is token t the verb of a passive of heading (words.tsv by BY_HEADED:
 * "led" of "led by"), here active: "X led an interagency delegation"? */
static int heading_verb(const doc *d, uint32_t t)
{
    const token *u = &d->toks[t];
    char key[32];
    if (!(u->flags & T_WORD) || (size_t)u->lower_len + 3 > sizeof key)
        return 0;
    memcpy(key, u->lower, (size_t)u->lower_len);
    memcpy(key + u->lower_len, " by", 3);
    const lex_entry *w = lex_find_folded(d->lex, key, u->lower_len + 3, LEX_WORD);
    return w && (w->bits & W_PASSIVE_BY) && w->value == BY_HEADED;
}

/* The named people "they" stands for when it opens the clause of a meeting
 * verb (mention subj; "In Niamey, they met with President X"): the nearest
 * sentence before, within THEY_LOOKBACK_SENTS, that opens with a list of
 * two or more named people ("A, B, and C met with ...") or with a person
 * who led a delegation ("X led an interagency delegation to Paris").  A sentence that opens
 * with an unnamed plural ("Officials", "The mayors") ends the look: "they"
 * is theirs.  Not "Officials said they met": "they" must open its clause.
 * Fills ents (MAX_COORD) and returns their number, else 0. */
static int they_people(const doc *d, const sentence *s, int subj, int *ents)
{
    const mention *x = &d->ments[subj];
    /* ("the delegation met with X" that names no delegation: the same
     * travellers) */
    int delegation = x->kind == M_DESC && x->entity < 0 && x->tok_end == x->tok_start + 2 &&
                     tok_is(&d->toks[x->tok_start], "the") &&
                     headed_party(&d->toks[x->tok_start + 1]);
    if ((!delegation && (x->kind != M_PRONOUN || !(x->pronoun_bits & W_PRONOUN_PL) ||
                         x->entity >= 0 || !tok_is(&d->toks[x->tok_start], "they"))) ||
        (d->toks[x->tok_start].flags & T_IN_QUOTE) || after_opening_phrase(d, s) != x->tok_start)
        return 0;
    uint32_t here = (uint32_t)(s - d->sents);
    for (uint32_t q = here; q-- > 0 && here - q <= THEY_LOOKBACK_SENTS;) {
        const sentence *p = &d->sents[q];
        if (p->tok_start >= p->tok_end)
            continue;
        uint32_t t = after_opening_phrase(d, p);
        if (t >= p->tok_end || (d->toks[t].flags & T_IN_QUOTE))
            continue;
        if (tok_is(&d->toks[t], "the") && t + 1 < p->tok_end)
            t++;
        const token *u = &d->toks[t];
        int m = mention_at(d, t);
        /* "Officials met ...", "The mayors ...": an unnamed plural is who
         * "they" is */
        if ((m < 0 || d->ments[m].kind == M_GROUP_DESC) && (u->flags & T_WORD) &&
            (u->word_bits & (W_UNNAMED | W_GROUP | W_PEOPLE | W_SIDE_GROUP | W_ATTENDEE)) &&
            u->lower_len > 1 && u->lower[u->lower_len - 1] == 's')
            return 0;
        /* ("Assistant to the President for Homeland Security Dr. X": the
         * person after a long title) */
        if (m < 0 || d->ments[m].tok_start != t)
            m = (u->flags & T_CAP) ? person_after_title(d, t, p->tok_end) : -1;
        if (m < 0)
            continue;
        int n = 0;
        if (d->ments[m].kind == M_PERSON && d->ments[m].entity >= 0) {
            n = coordinated(d, m, +1, p->tok_start, p->tok_end, ents, MAX_COORD);
            for (int k = 0; k < n; k++)
                if (d->ments[ents[k]].kind != M_PERSON || d->ments[ents[k]].entity < 0)
                    n = 0;
            uint32_t e = n ? d->ments[ents[n - 1]].tok_end : 0;
            /* a list closed by "and" (not a title's apposition, "Coordinator
             * for X, Ambassador Y"), not "A and B's talks" */
            int joined = 0;
            for (uint32_t k = n >= 2 ? d->ments[ents[n - 2]].tok_end : e; k + 1 < e && !joined; k++)
                joined = tok_is(&d->toks[k], "and") && k < d->ments[ents[n - 1]].tok_start;
            if (n >= 2 && joined && e < p->tok_end && !(d->toks[e - 1].flags & T_POSS) &&
                !(d->toks[e].flags & T_POSS))
                return n;
        }
        /* "X led an interagency delegation to Paris": its head */
        uint32_t j = d->ments[m].tok_end;
        if (n == 1 && j + 2 < p->tok_end && heading_verb(d, j)) {
            for (uint32_t k = j + 1; k < p->tok_end && k < j + 5; k++)
                if (headed_party(&d->toks[k]))
                    return 1;
        }
    }
    return 0;
}

/* Is out->v[b] a one-party stub whose party is in a fuller meeting
 * before index k ("X met with the Chairman of the Y Forum Z" leaves a stub
 * of Z beside X's meeting with Z)?  "The meeting was attended by" joins
 * the fuller one. */
static int stub_of_meeting(const ev_list *out, size_t b, size_t k)
{
    const ev_draft *f = &out->v[b];
    if (f->nents != 1 || f->open_group)
        return 0;
    for (size_t g = 0; g < k; g++) {
        const ev_draft *h = &out->v[g];
        if (g == b || h->ev.type != NSV_EV_MEETING || h->dropped || h->nents < 2)
            continue;
        if (ev_has_party(h, f->ents[0]))
            return 1;
    }
    return 0;
}

/* Has meeting f a person among its parties? */
static int has_person_party(const doc *d, const ev_draft *f)
{
    for (int q = 0; q < f->nents; q++)
        if (d->ents[f->ents[q]].kind == NSV_KIND_PERSON)
            return 1;
    return 0;
}

/* "X held a meeting on the reconstruction plan. The event was attended by
 * A, B and C", "X chaired a meeting. It was attended by A and B": a
 * sentence opening with a word for the occasion (meeting_cues.tsv
 * "passive_back") adds its named people to the meeting the sentence just
 * before reported with a person in it; none there ("attended the
 * celebrations. The event was also attended by ..."), nothing. */
static void attended_back(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end)
{
    if (i != s->tok_start || d->toks[i].sent == 0)
        return;
    int p = attendee_after(d, end, s->tok_end);
    if (p < 0)
        return;
    uint32_t prev = d->toks[i].sent - 1;
    for (size_t k = out->n, steps = 0; k-- > 0 && steps < ATTENDED_LOOKBACK_DRAFTS; steps++) {
        ev_draft *f = &out->v[k];
        if (f->sent < prev)
            break;
        if (f->ev.type != NSV_EV_MEETING || f->dropped || f->sent != prev ||
            f->ev.modality != NSV_MOD_ACTUAL)
            continue;
        if (has_person_party(d, f)) {
            listed_after(d, f, p, s->tok_end);
            return;
        }
    }
}

/* The subject's side joins meeting e: mention subj, and the named people
 * "they" stands for when subj is that pronoun (they_people: they, nthey). */
static void add_subject_side(doc *d, ev_draft *e, int subj, const int *they, int nthey)
{
    meet_add_mention(d, e, subj);
    for (int q = 0; q < nthey; q++)
        ev_add_party(d, e, d->ments[they[q]].entity);
}

/* "after talks with", "following 10 days of talks with", "during his
 * meeting with": the preposition that puts the meeting noun at i behind us
 * (over or under way, so held), across a determiner or possessive, a count
 * of days and up to two lower-case modifiers; its token, or -1 ("before"
 * and "ahead of" put it still to come) */
static int talks_over_prep(const doc *d, uint32_t i, uint32_t from)
{
    for (uint32_t k = i, steps = 0; k > from && steps < 6; steps++) {
        k--;
        const token *u = &d->toks[k];
        if (word_class_value(u, W_OCCASION, OCCASION_TALKS))
            return (int)k;
        if (!(u->flags & T_WORD) || (u->flags & T_CAP) || mention_at(d, k) >= 0 ||
            (u->word_bits & (W_SUBORD | W_CONJ | W_AUX | W_BE | W_PASSIVE_BY)) ||
            ((u->word_bits & W_PREP) && !tok_is(u, "of")) || tok_lex(d, k, LEX_MEETING, NULL) ||
            tok_lex(d, k, LEX_SPEECH, NULL))
            return -1;
    }
    return -1;
}

/* "Gros said after talks with its advisory committee", "After talks with
 * South Korean leaders, Baldrige called ...", "Lukman, who was speaking
 * during talks with Swedish trade officials": talks over or under way with
 * a group the text does not name were held by the clause's subject, the one
 * named party (a person, a body or a state).  Returns 1 when it made the
 * event, 0 when not, -1 out of memory. */
static int talks_over_with_group(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t prep,
                                 uint32_t g1, const lex_entry *cue)
{
    int subj = prep == s->tok_start || (prep > s->tok_start && prep < s->tok_start + 5 &&
                                        (d->toks[s->tok_start].word_bits & W_PREP))
                   ? subject_after_opening(d, g1, s, 1)
                   : subject_before(d, prep, s->tok_start);
    if (subj < 0 || d->ments[subj].entity < 0 || d->ments[subj].kind == M_GROUP_DESC)
        return 0;
    nsv_kind kd = d->ents[d->ments[subj].entity].kind;
    if (kd != NSV_KIND_PERSON && kd != NSV_KIND_ORGANIZATION && kd != NSV_KIND_COUNTRY)
        return 0;
    /* "he", "the bank": only a person is trusted through a pronoun or a
     * description */
    if ((d->ments[subj].kind == M_PRONOUN || d->ments[subj].kind == M_DESC) &&
        kd != NSV_KIND_PERSON)
        return 0;
    ev_draft *e = new_meeting(d, out, i, cue, "meeting.unnamed_group", s);
    if (!e)
        return -1;
    e->open_group = 1;
    /* "X will meet Y on Tuesday after a day of discussions with Z": the
     * talks are as real as the clause they stand in */
    if (e->ev.modality == NSV_MOD_ACTUAL)
        e->ev.modality = clause_modality(d, prep, s->tok_start);
    meet_add_mention(d, e, subj);
    return 1;
}

/* One of separate talks with each counterpart ("met with A and with B"):
 * the subject's side (add_subject_side), mention obj, and principal as the
 * implied host when principal >= 0.  NULL on arena exhaustion. */
static ev_draft *counterpart_meeting(doc *d, ev_list *out, const sentence *s, uint32_t i,
                                     const lex_entry *cue, int subj, const int *they, int nthey,
                                     int principal, int obj)
{
    ev_draft *e = new_meeting(d, out, i, cue, "meeting.each_counterpart", s);
    if (!e)
        return NULL;
    add_subject_side(d, e, subj, they, nthey);
    if (principal >= 0) {
        ev_add_party(d, e, principal);
        e->implied_host = 1;
    }
    meet_add_mention(d, e, obj);
    return e;
}

/* "The summit was attended by ...", "The meeting was attended by ...": the
 * passive of a participation verb at token i (the cue up to token end)
 * adds the people after "by" to a meeting drafted in the sentence or, when
 * that one has no party, to the meeting named before it (a step of
 * meeting_sides_at). */
static void attended_by_joins(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end)
{
    /* "The summit was attended by President X, President Y and ...": the
     * people after "by" join the meeting the sentence names */
    int p = attendee_after(d, end + 1, s->tok_end);
    if (p < 0)
        return;
    for (size_t k = out->n, steps = 0; k-- > 0 && steps < ATTENDED_LOOKBACK_DRAFTS; steps++) {
        ev_draft *e = &out->v[k];
        if (e->ev.type != NSV_EV_MEETING || e->dropped || e->sent != d->toks[i].sent)
            continue;
        /* "The meeting was attended by ...": with no party of its own
         * it is the meeting named before (within three paragraphs) */
        for (size_t b = k; !e->nents && b-- > 0 && k - b <= ATTENDED_LOOKBACK_DRAFTS;) {
            ev_draft *f = &out->v[b];
            if (f->ev.type != NSV_EV_MEETING || f->dropped || f->sent >= e->sent ||
                s->para - d->sents[f->sent].para > 3 || stub_of_meeting(out, b, k))
                continue;
            /* not a call or talks between countries named as a topic
             * since ("informed the participants about his telephone
             * conversation with X"); a meeting held by video is
             * still "the meeting" */
            if (f->ev.format && e->ev.format && f->ev.format != e->ev.format &&
                !(f->ev.format == NSV_FORMAT_VIDEO && e->ev.format == NSV_FORMAT_IN_PERSON))
                continue;
            int people = 0;
            for (int q = 0; q < f->nents; q++)
                people |= d->ents[f->ents[q]].kind != NSV_KIND_COUNTRY;
            if (!people)
                continue;
            e->dropped = 1;
            e = f;
            break;
        }
        /* further down a readout ("X met with permanent members of the
         * Security Council. ... five paragraphs ... The meeting was
         * attended by"), the item's own meeting: the first it names
         * with a person in it */
        for (size_t b = 0; !e->nents && b < k && b < ATTENDED_LOOKBACK_DRAFTS; b++) {
            ev_draft *f = &out->v[b];
            if (f->ev.type != NSV_EV_MEETING || f->dropped || f->sent >= e->sent ||
                f->ev.modality != NSV_MOD_ACTUAL || f->ev.format != e->ev.format)
                continue;
            if (has_person_party(d, f)) {
                e->dropped = 1;
                e = f;
                break;
            }
        }
        listed_after(d, e, p, s->tok_end);
        nsv_modality mod = clause_modality(d, i, s->tok_start);
        if (mod != NSV_MOD_ACTUAL && e->sent == d->toks[i].sent)
            e->ev.modality = mod; /* "will be attended by" */
        break;
    }
}

/* "X took part in the talks", "Vice President Harris joined the call": the
 * subject of a participation verb at token i (the cue up to token end)
 * joins the meeting it points back at (a step of meeting_sides_at). */
static nsv_code took_part_joins(doc *d, ev_list *out, const sentence *s, uint32_t i, uint32_t end,
                                const lex_entry *cue)
{
    /* "X took part via video link": join the last multilateral meeting */
    int subj = subject_before(d, i, s->tok_start);
    if (subj < 0 || d->toks[end < d->ntoks ? end : end - 1].lower == NULL)
        return NSV_OK;
    int m = mention_at(d, end);
    if (m >= 0 && d->ments[m].tok_start == end)
        return NSV_OK; /* "attended the summit" is the noun's business */
    /* "Vice President Harris joined the call": the cue's own definite
     * noun points back at the last meeting of any kind */
    int back = cue->canon && !strcmp(cue->canon, "back");
    /* "Defence Minister X also took part in the talks", "A, B and C
     * took part in the meeting": "the" and a bare meeting noun after
     * the verb point back as well, the whole list before it joining
     * (not "the meeting of the CIS Council", "the talks with X": a
     * meeting of its own) */
    int listed = 0;
    /* "Putin, who chaired the meeting", "X, who chaired the summit": a
     * chair verb points back at a summit too */
    int chair = cue->canon && !strcmp(cue->canon, "chair");
    if (!back && end + 1 < s->tok_end && tok_is(&d->toks[end], "the")) {
        unsigned nn = 0;
        const lex_entry *noun = tok_lex(d, end + 1, LEX_MEETING, &nn);
        uint32_t after = end + 1 + nn;
        back = listed = noun &&
                        (noun->value == MEET_NOUN || (chair && noun->value == MEET_MULTI)) &&
                        (after >= s->tok_end ||
                         !(tok_is(&d->toks[after], "of") || tok_is(&d->toks[after], "with") ||
                           tok_is(&d->toks[after], "between") || tok_is(&d->toks[after], "on") ||
                           (d->toks[after].flags & T_POSS)));
    }
    /* a chair verb joins only through its own "the" and bare noun ("X
     * chaired a meeting on Y" is a convening of its own, "the co-chairs
     * stressed" no verb) */
    if (chair && !listed)
        return NSV_OK;
    /* "Interior Minister A, ..., and acting Prosecutor General E attended
     * the meeting", "B, deputy head of the Executive Office, also took
     * part in the meeting": a subject that is all a list of people with
     * their titles names them all (the subject found last may be a body
     * in a title) */
    int roster[APPOSITIVE_ROSTER_MAX];
    int nroster =
        listed && !chair ? appositive_roster(d, s->tok_start, i, roster, APPOSITIVE_ROSTER_MAX) : 0;
    if (nroster)
        subj = roster[nroster - 1];
    /* "were present at the signing": "present at" joins only the
     * meeting its own noun names (a summit after it is the noun's) */
    if (!listed && cue->canon && !strcmp(cue->canon, "present"))
        return NSV_OK;
    for (size_t k = out->n, steps = 0; k-- > 0 && steps < ATTENDED_LOOKBACK_DRAFTS; steps++) {
        ev_draft *e = &out->v[k];
        if (e->ev.type == NSV_EV_MEETING && (e->multilateral || back) && !e->dropped &&
            s->para >= d->sents[e->sent].para && s->para - d->sents[e->sent].para <= 2) {
            /* not a meeting of its own sentence, nor one only planned;
             * one with a single party ("he attended a BNP meeting", a
             * bare "during the meeting") is no meeting the text has
             * reported: the one before it may be */
            if (listed && e->ev.modality != NSV_MOD_ACTUAL)
                break;
            /* "X also met the Malaysian candidates. The Prime Minister
             * of Malaysia also took part in the meeting": a one-party
             * "met" of an earlier sentence is the meeting meant */
            int met_alone = listed && e->nents == 1 && e->sent != d->toks[i].sent &&
                            e->ev.modality == NSV_MOD_ACTUAL &&
                            tok_is(&d->toks[e->cue_tok], "met") &&
                            !person_after(d, e->cue_tok, d->sents[e->sent].tok_end);
            if (listed && !met_alone &&
                (e->sent == d->toks[i].sent || !e->nents ||
                 (e->nents < 2 && !e->open_group && !e->multilateral)))
                continue;
            join_subject(d, e, subj, listed ? s->tok_start : UINT32_MAX, roster, nroster);
            join_readout_hosts(d, e, subj, i, s, 1);
            listed = 0;
            break;
        }
    }
    /* further down a readout ("X met with Y. ... three paragraphs ...
     * Defence Minister Z also took part in the talks"), the item's own
     * meeting: the first it reports with two parties, as for "The
     * meeting was attended by"; named people only ("State Duma deputies
     * took part in the discussions" far down a transcript is a bill's);
     * a group's meeting too when the subject is a list of titled people
     * ("Interior Minister A, ... and E attended the meeting" of a board) */
    if (d->ments[subj].kind != M_PERSON)
        listed = 0;
    for (size_t k = 0; listed && k < out->n && k < ATTENDED_LOOKBACK_DRAFTS; k++) {
        ev_draft *e = &out->v[k];
        if (e->ev.type == NSV_EV_MEETING && !e->dropped && e->sent < d->toks[i].sent &&
            e->ev.modality == NSV_MOD_ACTUAL && (e->nents >= 2 || e->open_group) &&
            (!e->multilateral || nroster)) {
            join_subject(d, e, subj, s->tok_start, roster, nroster);
            join_readout_hosts(d, e, subj, i, s, 1);
            break;
        }
    }
    return NSV_OK;
}

/* "X and Y said the banks met", "X said bank advisers held talks": the
 * cue sits in the clause a speech verb between subject mention subj and
 * the cue at i reports, and that clause opens with a subject of its own
 * that names no one (no mention, no pronoun: "X said it met Y" keeps X).
 * Not "X said after talks with Y": a preposition puts the cue in a phrase
 * of the speaker's own clause.  Bounded to a few tokens. */
static int unnamed_reported_subject(const doc *d, int subj, uint32_t i, uint32_t end, int cls,
                                    int bare, const sentence *s)
{
    uint32_t b = d->ments[subj].tok_end;
    /* ("He told reporters after meeting X": a cue that opens with its
     * preposition is a phrase of the speaker's clause) */
    if (i <= b || i > b + 10 || (d->toks[i].word_bits & (W_PREP | W_SUBORD)))
        return 0;
    uint32_t stop = i;
    if (cls == MEET_NOUN) {
        /* "said the ministers held talks": the noun is the hold verb's
         * object; the clause runs to that verb */
        stop = 0;
        for (uint32_t k = i; k > b && k + 3 > i; k--) {
            const lex_entry *h = tok_lex(d, k - 1, LEX_MEETING, NULL);
            if (h && h->value == MEET_HOLD) {
                stop = k - 1;
                break;
            }
        }
        /* "Seibel said the negotiations were proceeding well", "X said a
         * meeting may be held": the noun with no counterpart of its own
         * is the clause's subject (a verb or modal after it) */
        if (!stop && bare && end < s->tok_end &&
            ((d->toks[end].word_bits & (W_AUX | W_BE)) || modal_word(d, end)))
            stop = i;
        if (!stop)
            return 0;
    } else if (cls != MEET_VERB) {
        return 0;
    }
    uint32_t v = b;
    while (v < stop && !tok_lex(d, v, LEX_SPEECH, NULL))
        v++;
    if (v >= stop)
        return 0;
    uint32_t k = v + 1;
    if (k < stop && tok_is(&d->toks[k], "that"))
        k++;
    int words = 0;
    for (; k < stop; k++) {
        const token *u = &d->toks[k];
        if (mention_at(d, k) >= 0 || (u->flags & (T_QUOTE | T_CAP)) || !(u->flags & T_WORD) ||
            (u->word_bits & (W_PREP | W_PLACE_PREP | W_SUBORD | W_PRONOUN_ANY)))
            return 0;
        if (!(u->word_bits & (W_AUX | W_BE | W_ADVERB | W_RELDAY | W_WEEKDAY)))
            words++;
    }
    return words > 0;
}

/* "Vladimir Putin held a meeting on the development of gas projects",
 * "the President chaired a videoconference meeting on road construction":
 * a person who holds (phrases.tsv topic_hold, the verb at token held) a
 * meeting on a topic (topic_meeting: the noun ends at token end - 1)
 * convenes officials to it; named or not, they are the other side (the
 * GUIDE: convenings are meetings), so the chair alone is enough.  Not "on"
 * a day ("a meeting on Monday"), a place or an occasion (not_topic: "on
 * the train"), and not the speaker's own "I held a meeting on this".
 * subj is the clause's subject mention. */
static int topic_convening(const doc *d, const sentence *s, uint32_t i, uint32_t end, int held,
                           int subj)
{
    if (held < 0 || subj < 0 || end >= s->tok_end || (d->toks[i].flags & T_IN_QUOTE) ||
        !phrase_at(d, (uint32_t)held, (uint32_t)held + 1, PHRASE_TOPIC_HOLD) ||
        phrase_at(d, end - 1, s->tok_end, PHRASE_TOPIC_MEETING) != 2)
        return 0;
    const mention *x = &d->ments[subj];
    /* a person: named, or "he", "the President" the item resolves */
    if (!person_mention(d, subj) || x->tok_end > (uint32_t)held ||
        (x->kind == M_PRONOUN && !(d->toks[x->tok_start].word_bits & (W_PRONOUN_M | W_PRONOUN_F))))
        return 0;
    /* the verb's own subject: right before it, over an auxiliary or an
     * adverb ("has held", "also held"; not "X met with Y, held a meeting":
     * Y is no subject there) */
    for (uint32_t k = x->tok_end, steps = 0; k < (uint32_t)held; k++, steps++)
        if (steps >= 2 || !(d->toks[k].word_bits & (W_AUX | W_ADVERB)))
            return 0;
    uint32_t t = end + 1; /* the topic's first word */
    if (date_phrase_end(d, end, s->tok_end) > end || date_phrase_end(d, t, s->tok_end) > t)
        return 0;
    if (t < s->tok_end && (d->toks[t].word_bits & W_DET))
        t++;
    if (t >= s->tok_end || !(d->toks[t].flags & T_WORD) || (d->toks[t].flags & T_NUM) ||
        (d->toks[t].word_bits & (W_WEEKDAY | W_MONTH | W_RELDAY)) ||
        phrase_at(d, t, s->tok_end, PHRASE_NOT_TOPIC))
        return 0;
    return 1;
}

/* How many plain words may stand between a possessive and its meeting noun
 * ("his recent personal meeting with"). */
#define OWNER_MODIFIERS 3

/* "Dr. Gordon met with President Herzog, ... Throughout his discussions
 * with Israeli officials, Dr. Gordon discussed": an actual meeting of the
 * owner's drafted in this sentence or the one before is the meeting the
 * noun points back at. */
static int owner_met_just_before(const doc *d, const ev_list *out, const sentence *s, int owner)
{
    uint32_t cur = (uint32_t)(s - d->sents);
    int ent = d->ments[owner].entity;
    for (size_t k = out->n; k-- > 0;) {
        const ev_draft *f = &out->v[k];
        if (f->sent + 1 < cur)
            break;
        if (f->ev.type == NSV_EV_MEETING && !f->dropped && f->ev.modality == NSV_MOD_ACTUAL &&
            f->nents >= 2 && ev_has_party(f, ent))
            return 1;
    }
    return 0;
}

/* Is token t a plain lower-case word that may stand between an owner and
 * its meeting noun ("recent", "bilateral"): no name, number, quote, class
 * of words.tsv that means more, nor a meeting cue of its own? */
static int owner_modifier(const doc *d, uint32_t t)
{
    const token *u = &d->toks[t];
    return (u->flags & T_WORD) && !(u->flags & (T_CAP | T_NUM | T_IN_QUOTE)) &&
           mention_at(d, t) < 0 && !(u->word_bits & ~(W_NONNAME | W_BACKGROUND)) &&
           !tok_lex(d, t, LEX_MEETING, NULL);
}

/* "his recent meeting with", "her talks with": the person a third-person
 * possessive right before the meeting noun at i stands for (over at most
 * OWNER_MODIFIERS plain lower-case words), or -1.  Not "my", "our" (a
 * speaker's own words), "its", "their" (no one person). */
static int meeting_owner(const doc *d, uint32_t i, uint32_t from)
{
    uint32_t p = i;
    for (int n = 0; p > from && n <= OWNER_MODIFIERS; n++) {
        const token *u = &d->toks[p - 1];
        if ((u->word_bits & W_POSSESSIVE) && (u->word_bits & (W_PRONOUN_M | W_PRONOUN_F))) {
            int m = mention_at(d, p - 1);
            return m >= 0 && d->ments[m].kind == M_PRONOUN && d->ments[m].entity >= 0 &&
                           d->ents[d->ments[m].entity].kind == NSV_KIND_PERSON
                       ? m
                       : -1;
        }
        if (!owner_modifier(d, p - 1))
            return -1;
        p--;
    }
    return -1;
}

/* "X said this during a meeting with Chornobyl workers", "This was
 * emphasized by X during a meeting with FIS officials": the person whose
 * words a speech verb right before "during" or "at" (and an article and
 * at most OWNER_MODIFIERS plain words before the meeting noun at i)
 * reports spoke at the meeting, and held it, as "his meeting with" says.
 * The speaker stands right before the verb ("X said", up to two plain
 * words after it: "said this") or after its passive "by".  The mention,
 * or -1. */
static int speaker_owner(const doc *d, uint32_t i, uint32_t from)
{
    uint32_t p = i;
    for (int n = 0; p > from && n <= OWNER_MODIFIERS; n++, p--) {
        const token *u = &d->toks[p - 1];
        if (u->word_bits & W_DET)
            break;
        if (!owner_modifier(d, p - 1))
            return -1;
    }
    if (p < from + 2 || !(d->toks[p - 1].word_bits & W_DET) || (d->toks[p - 1].flags & T_IN_QUOTE))
        return -1;
    uint32_t q = p - 2; /* "during" or "at" */
    if (!(tok_is(&d->toks[q], "during") || tok_is(&d->toks[q], "at")) || q <= from)
        return -1;
    /* "emphasized by (President) X during" */
    int m = mention_at(d, q - 1);
    if (m >= 0 && d->ments[m].tok_end == q) {
        uint32_t b = d->ments[m].tok_start;
        for (int n = 0; b > from && n < 3 && (d->toks[b - 1].flags & T_CAP) &&
                        !(d->toks[b - 1].word_bits & W_PASSIVE_BY);
             n++)
            b--;
        if (b < from + 2 || !(d->toks[b - 1].word_bits & W_PASSIVE_BY) ||
            !tok_lex(d, b - 2, LEX_SPEECH, NULL))
            return -1;
        return person_mention(d, m) && party_mention(d, m) ? m : -1;
    }
    /* "X said (this) during" */
    for (uint32_t k = q, n = 0; k > from + 1 && n < 3; k--, n++) {
        if (tok_lex(d, k - 1, LEX_SPEECH, NULL)) {
            int sp = mention_at(d, k - 2);
            return sp >= 0 && d->ments[sp].tok_end == k - 1 && person_mention(d, sp) &&
                           party_mention(d, sp)
                       ? sp
                       : -1;
        }
        const token *u = &d->toks[k - 1];
        if (!(u->flags & T_WORD) || (u->flags & (T_CAP | T_IN_QUOTE)) || mention_at(d, k - 1) >= 0)
            return -1;
    }
    return -1;
}

static nsv_code meeting_sides_at(doc *d, ev_list *out, const sentence *s, uint32_t i, unsigned nw,
                                 const lex_entry *cue, nsv_error *err)
{
    uint32_t end = i + nw;
    /* "X and Y met with Russian journalists": see press_after */
    if (tok_is(&d->toks[end - 1], "with") && press_after(d, end, s->tok_end))
        return NSV_OK;
    /* an auxiliary verb phrase ending in a with-verb ("are still
     * negotiating") */
    if (cue->value == MEET_VERB && nw > 1) {
        unsigned wn = 0;
        const lex_entry *w = tok_lex(d, end - 1, LEX_MEETING, &wn);
        if (w && w != cue && w->value == MEET_WITH && wn == 1) {
            /* "A and B are still negotiating with creditor banks": before
             * "with" it is that with-verb, whose talks may have a side the
             * text leaves unnamed */
            if (end < s->tok_end && tok_is(&d->toks[end], "with"))
                return meeting_sides_at(d, out, s, end - 1, 1, w, err);
            /* "Stet and Thomson are negotiating an accord": with no "with"
             * it is the talks of the parties right before it (or "they");
             * not "X and Y said brokers are negotiating" (the subject is
             * unnamed) */
            int m = i > s->tok_start ? mention_at(d, i - 1) : -1;
            if (!(m >= 0 && d->ments[m].tok_end == i) &&
                !(i > s->tok_start && tok_is(&d->toks[i - 1], "they")))
                return NSV_OK;
        }
    }
    int objs[MAX_COORD], nobj = 0;
    int subj = -1;
    int cls = cue->value;
    if (cls == MEET_PARTICIPATE && cue->canon && !strcmp(cue->canon, "passive_back")) {
        attended_back(d, out, s, i, end);
        return NSV_OK;
    }
    /* "X, joined by Y, met Z": companions_join, once the sentence's
     * meetings are drafted */
    if (cls == MEET_PARTICIPATE && cue->canon && !strcmp(cue->canon, "companion"))
        return NSV_OK;
    if (cls == MEET_PARTICIPATE && i > s->tok_start && (d->toks[i - 1].word_bits & W_AUX) &&
        end < s->tok_end && (d->toks[end].word_bits & W_PASSIVE_BY)) {
        attended_by_joins(d, out, s, i, end);
        return NSV_OK;
    }
    if (cls == MEET_VERB && aim_object(d, end, s->tok_end))
        return NSV_OK;
    if (cls == MEET_PARTICIPATE && cue->canon && !strcmp(cue->canon, "inverted")) {
        inverted_participants(d, out, s, i, end);
        return NSV_OK;
    }
    if (cls == MEET_PARTICIPATE && cue->canon && !strcmp(cue->canon, "object"))
        return meeting_involved(d, out, s, i, end, err);
    if (cls == MEET_PARTICIPATE)
        return took_part_joins(d, out, s, i, end, cue);
    /* "President Biden called President Milei to congratulate him": only a
     * titled person right after the verb makes "called" a call ("a company
     * called Rover", "called President X's plan a mistake" are none) */
    if (cls == MEET_VERB && cue->canon && !strcmp(cue->canon, "titled")) {
        /* the title may follow a country's or body's word: "called FEMA
         * Administrator X", "called German Chancellor X" */
        uint32_t tt = end;
        if (tt + 2 < s->tok_end && !tok_lex(d, tt, LEX_TITLE, NULL) &&
            (tok_lex(d, tt, LEX_DEMONYM, NULL) || (d->toks[tt].flags & T_ALLCAPS)) &&
            tok_lex(d, tt + 1, LEX_TITLE, NULL))
            tt++;
        int o = end < s->tok_end ? mention_at(d, tt) : -1;
        if ((o < 0 || (d->ments[o].tok_start != end && d->ments[o].tok_start != tt) ||
             d->ments[o].kind != M_PERSON || !tok_lex(d, tt, LEX_TITLE, NULL) ||
             (d->ments[o].tok_end < s->tok_end && (d->toks[d->ments[o].tok_end].flags & T_POSS))) &&
            !called_to_do(d, s, end))
            return NSV_OK;
    }
    if (cls == MEET_WELCOME) {
        /* "welcomed 20 leaders of X for a round table discussion": a group
         * of guests welcomed for a meeting is hosted, as "hosted 80 mayors
         * for a roundtable" is */
        uint32_t g1 = end < s->tok_end ? unnamed_group_at(d, end, s->tok_end, 0, 0) : 0;
        if (g1 && welcomed_for_meeting(d, g1, s->tok_end))
            return open_group_meeting(d, out, s, i, i, end, g1, cue, err);
        return welcome_at(d, out, s, i, end, cue, err);
    }
    if (cls == MEET_HOLD && end < s->tok_end && (d->toks[end].word_bits & W_PASSIVE_BY))
        return chaired_by(d, out, s, i, end, cue, err);
    if (cls == MEET_HOLD && cue->canon && !strcmp(cue->canon, "front"))
        return fronted_chair(d, out, s, i, end, err);
    if (cls == MEET_HOST && end < s->tok_end && (d->toks[end].word_bits & W_PASSIVE_BY))
        return hosted_by(d, out, s, i, end);
    /* "the convening was hosted as part of the Task Force", "the summit is
     * hosted in Paris": a passive host names no guest after it */
    if (cls == MEET_HOST && i > s->tok_start && (d->toks[i - 1].word_bits & W_BE))
        return NSV_OK;
    if (cls == MEET_HOLD && cue->bits) {
        int rc = states_convened(d, out, s, i, end, cue);
        if (rc)
            return rc > 0 ? NSV_OK : out_of_memory(d->limits, err);
    }
    /* "The CIS Council met in Minsk. Putin, who chaired the meeting, ...":
     * a chair verb before "the" and a bare meeting noun joins its subject
     * to the meeting reported before, as "took part in the meeting" does
     * (a noun with "of", "with", "on" after it is a meeting of its own,
     * which the noun's own cue reads with this verb) */
    if (cls == MEET_HOLD && cue->canon && !strcmp(cue->canon, "chair"))
        return took_part_joins(d, out, s, i, end, cue);
    if (cls == MEET_HOLD) {
        /* "convened stakeholders"; a hold verb without a format of its own
         * ("held", "chaired") only holds a meeting noun */
        uint32_t g0 = time_words(d, end, s->tok_end);
        uint32_t g1 = cue->bits ? unnamed_group_at(d, g0, s->tok_end, 1, 0) : 0;
        if (g1)
            return open_group_meeting(d, out, s, i, i, g0, g1, cue, err);
        return cue->bits ? convened_body(d, out, s, i, g0, cue, err) : NSV_OK;
    }
    /* "the cost of meeting regulatory requirements", "for meeting global
     * demand": after a preposition, a bare "meeting" before a plain
     * lower-case word is the verb "meet" (fulfil), no meeting */
    if (cls == MEET_NOUN && end == i + 1 && tok_is(&d->toks[i], "meeting") && i > s->tok_start &&
        (d->toks[i - 1].word_bits & W_PREP) && end < s->tok_end) {
        const token *u = &d->toks[end];
        if ((u->flags & T_WORD) && !(u->flags & T_CAP) && mention_at(d, end) < 0 && !u->word_bits)
            return NSV_OK;
        /* "moved towards meeting its economic targets": the same over a
         * possessive ("after meeting his Russian counterpart", "meeting
         * their leaders" stay meetings) */
        if ((u->word_bits & W_POSSESSIVE) && !(u->flags & T_CAP) && end + 1 < s->tok_end &&
            (d->toks[end + 1].flags & T_WORD) && !(d->toks[end + 1].flags & T_CAP) &&
            mention_at(d, end + 1) < 0 &&
            !(d->toks[end + 1].word_bits & (W_GROUP | W_UNNAMED | W_PEOPLE)) &&
            !tok_lex(d, end + 1, LEX_TITLE, NULL))
            return NSV_OK;
    }
    if (cls == MEET_MULTI) {
        size_t nb = out->n;
        nsv_code rc = hosted_named_event(d, out, s, i, end, cue, err);
        if (rc || out->n > nb)
            return rc;
    }
    if (cls == MEET_MULTI || cls == MEET_NOUN) {
        int rc = named_setting(d, out, s, i, end, cue);
        if (rc)
            return rc > 0 ? NSV_OK : out_of_memory(d->limits, err);
    }
    if (cls == MEET_MULTI || cls == MEET_NOUN) {
        int rc = group_placed_meeting(d, out, s, i, end, cue);
        if (rc)
            return rc > 0 ? NSV_OK : out_of_memory(d->limits, err);
    }
    /* "at the OPEC meeting in Vienna", "attended the ICO talks": a group of
     * states' own meeting noun is a setting like its summit */
    /* "chaired a State Council meeting": a body's meeting noun after the
     * verb that holds it (group_setting checks the verb and its chair) */
    int before = cls == MEET_NOUN && i > s->tok_start ? mention_at(d, i - 1) : -1;
    /* ("attended a BRICS+ meeting": over the group's "+") */
    int plus = cls == MEET_NOUN && before < 0 ? plus_group(d, s, i) : -1;
    if (plus >= 0)
        before = plus;
    if (cls == MEET_MULTI || (before >= 0 && (d->ments[before].tok_end == i || before == plus) &&
                              d->ments[before].kind == M_ORG)) {
        int rc =
            group_setting(d, out, s, i, end, cue, cls == MEET_NOUN && !intl_group(d, before), err);
        if (rc)
            return rc > 0 ? NSV_OK : out_of_memory(d->limits, err);
    }
    if (cls == MEET_NOUN || cls == MEET_MULTI) {
        int rc = cls == MEET_NOUN ? in_talks(d, out, s, i, end, cue) : 0;
        if (!rc)
            rc = group_talks(d, out, s, i, end, cue);
        if (rc)
            return rc > 0 ? NSV_OK : out_of_memory(d->limits, err);
    }
    /* "talks to reporters", "talks about": the verb, not a meeting (not
     * right after a hold verb with its "with" close behind the topic: "I
     * held talks about our European integration with X" is the noun) */
    if (cls == MEET_NOUN && end < s->tok_end &&
        (tok_is(&d->toks[end], "to") || tok_is(&d->toks[end], "about")) &&
        !(i > 0 && (d->toks[i - 1].word_bits & W_DET)) &&
        !(tok_is(&d->toks[end], "about") && i > s->tok_start &&
          held_before(d, i, s->tok_start) == (int)i - 1 && topic_then_with(d, end, s->tok_end)))
        return NSV_OK;
    /* the past "met" only: "EU ministers meet on Thursday" is a plan */
    if (cls == MEET_VERB && nw == 1 && tok_is(&d->toks[i], "met")) {
        int rc = group_met(d, out, s, i, end, cue);
        if (rc)
            return rc > 0 ? NSV_OK : out_of_memory(d->limits, err);
    }
    uint32_t j = end;
    int with = 0, between = 0, of = 0, far = 0;
    const int cue_with = end > i + 1 && tok_is(&d->toks[end - 1], "with");
    uint32_t dated = date_phrase_end(d, j, s->tok_end); /* "met on Friday, December 15," */
    /* "held a meeting, via videoconference, with X" (extract_meetings
     * sets the aside's format) */
    unsigned aside_fmt = 0;
    uint32_t aside_end = format_aside_end(d, j, s->tok_end, &aside_fmt);
    if (aside_end && tok_is(&d->toks[aside_end + 1], "with"))
        with = 1, j = aside_end + 2;
    else if (aside_end && tok_is(&d->toks[aside_end + 1], "of") && cls != MEET_VERB)
        /* "held a meeting, via videoconference, of the X Commission" */
        of = 1, j = aside_end + 2;
    else if (cls == MEET_WITH && cue->canon && !strcmp(cue->canon, "far")) {
        /* "X discussed the security situation ... with Minister Y": the
         * topic stands between the verb and its "with" (only a person after
         * it, checked below: "discussed relations with the World Bank" is
         * a topic); not the passive "was discussed with" (no one named
         * holds the talks) */
        if (i > s->tok_start && (d->toks[i - 1].word_bits & W_BE))
            return NSV_OK;
        uint32_t k = j;
        for (; k < s->tok_end && k < j + 30; k++) {
            const token *u = &d->toks[k];
            if ((u->flags & T_QUOTE) || is_char(d, k, ';') || is_char(d, k, ':') ||
                (u->word_bits & W_SUBORD) || tok_lex(d, k, LEX_SPEECH, NULL) ||
                tok_lex(d, k, LEX_MEETING, NULL) || tok_is(u, "with"))
                break;
        }
        if (k >= s->tok_end || !tok_is(&d->toks[k], "with"))
            return NSV_OK;
        with = 1, far = 1, j = k + 1;
    } else if (cls == MEET_WITH) {
        /* "spoke today with", "spoke on Tuesday with": only time words and
         * adverbs between; "spoke for closer links with" is no meeting */
        j = time_words(d, j, s->tok_end);
        /* "I spoke about this today with President X", "talked about it
         * again with": a pronoun topic stands between the verb and "with" */
        if (j + 2 < s->tok_end && (tok_is(&d->toks[j], "about") || tok_is(&d->toks[j], "of")) &&
            (tok_is(&d->toks[j + 1], "this") || tok_is(&d->toks[j + 1], "it") ||
             tok_is(&d->toks[j + 1], "that")))
            j = time_words(d, j + 2, s->tok_end);
        if (j < s->tok_end && tok_is(&d->toks[j], "to") && cue->canon &&
            !strcmp(cue->canon, "to") && person_spoken_to(d, j + 1, s->tok_end))
            with = 1, j++;
        else if (j >= s->tok_end || !tok_is(&d->toks[j], "with"))
            return NSV_OK;
        else
            with = 1, j++;
    } else if (j < s->tok_end && (tok_is(&d->toks[j], "with") || tok_is(&d->toks[j], "by")))
        with = 1, j++;
    else if (cls == MEET_NOUN && cue->bits == NSV_FORMAT_VIDEO && j + 2 < s->tok_end &&
             tok_is(&d->toks[j], "at") && tok_is(&d->toks[j + 1], "the") &&
             mention_at(d, j + 2) >= 0 && d->ments[mention_at(d, j + 2)].tok_start == j + 2 &&
             d->ments[mention_at(d, j + 2)].kind == M_ORG)
        /* "during a video meeting at the Royal Institute of International
         * Affairs Chatham House": no one is at a body by video, so the body
         * named after "at" is the other side, as after "with" (a place
         * after "at" stays a place) */
        with = 1, j++;
    else if (dated > j + 2 && dated < s->tok_end && tok_is(&d->toks[dated], "with"))
        /* "met on Friday, December 15, 2023 with X" */
        with = 1, j = dated + 1;
    else if (j < s->tok_end && tok_is(&d->toks[j], "between"))
        between = 1, j++;
    else if (j < s->tok_end && tok_is(&d->toks[j], "of") && cls != MEET_VERB)
        of = 1, j++;
    else {
        /* "held talks in Sochi with", "met at the Kremlin with" (after a
         * cue that holds its own "with", "met with A and with B", see
         * first_counterpart) */
        /* "the recent discussions held in Reykjavik between A and B", "the
         * dialogue conducted last week between A and B": after the noun's
         * own hold participle (or a cue that holds one, meeting_cues.tsv
         * "held"), a "between" past its place and time names the parties
         * (not "talks on trade between A and B": a topic's) */
        const lex_entry *hp = j < s->tok_end ? tok_lex(d, j, LEX_MEETING, NULL) : NULL;
        int held_part =
            (cue->canon && !strcmp(cue->canon, "held")) ||
            (cls == MEET_NOUN && hp && hp->value == MEET_HOLD && !(d->toks[j].flags & T_CAP));
        for (uint32_t k = j; k < s->tok_end && k < j + 7; k++) {
            const token *u = &d->toks[k];
            const lex_entry *mc = tok_lex(d, k, LEX_MEETING, NULL);
            /* "talks held in Cairo with": a hold verb is no new cue */
            if ((u->flags & (T_QUOTE | T_PUNCT)) || (u->word_bits & W_SUBORD) ||
                tok_lex(d, k, LEX_SPEECH, NULL) || (mc && mc->value != MEET_HOLD))
                break;
            if (tok_is(u, "with")) {
                with = 1;
                j = k + 1;
                break;
            }
            if (held_part && k > j && tok_is(u, "between")) {
                between = 1;
                j = k + 1;
                break;
            }
        }
        /* "held a meeting on the production and use of rare earth metals
         * with members of the Government", "convened a meeting on Extreme
         * Risk Protection Order (ERPO) laws with state legislative leaders",
         * "... with the participation of X": a longer topic before the
         * "with", which then names an unnamed group or the participants
         * (a named party after a long topic may be the topic's) */
        if (!with && (cls == MEET_NOUN || cls == MEET_MULTI) && j + 2 < s->tok_end &&
            tok_is(&d->toks[j], "on") && held_before(d, i, s->tok_start) >= 0) {
            uint32_t g1;
            for (uint32_t k = j + 1; k + 1 < s->tok_end && k < j + 20; k++) {
                const token *u = &d->toks[k];
                const lex_entry *mc = tok_lex(d, k, LEX_MEETING, NULL);
                if ((u->flags & T_QUOTE) ||
                    ((u->flags & T_PUNCT) && !is_char(d, k, '(') && !is_char(d, k, ')') &&
                     !is_char(d, k, '-')) ||
                    (u->word_bits & W_SUBORD) || tok_lex(d, k, LEX_SPEECH, NULL) ||
                    (mc && !(mc->canon && !strcmp(mc->canon, "front"))))
                    break;
                if (!tok_is(u, "with"))
                    continue;
                uint32_t g = k + 1;
                if (g + 3 < s->tok_end && tok_is(&d->toks[g], "the") &&
                    tok_is(&d->toks[g + 1], "participation") && tok_is(&d->toks[g + 2], "of"))
                    with = 1, j = g + 3;
                else if ((g1 = unnamed_group_at(d, g, s->tok_end, 0, 1)) != 0)
                    with = 1, j = g;
                break;
            }
        }
    }
    if (with && press_after(d, j, s->tok_end))
        return NSV_OK;
    /* "the regular dialogue held at the top level": a "held" cue is a
     * meeting only with the parties after its "between" */
    if (cue->canon && !strcmp(cue->canon, "held") && !between)
        return NSV_OK;
    /* "had a call with both Speaker Pelosi and Leader Schumer", "met with
     * both X and Y": "both" before a named party only stresses the pair
     * (both: 1 when j has passed it) */
    const int both = (with || between || cls == MEET_VERB) && j + 1 < s->tok_end &&
                     tok_is(&d->toks[j], "both") && party_right_the(d, j + 1, s->tok_end) >= 0;
    j += both;
    /* "spoke with reporters", "talked about": only "with" and a named
     * party make these verbs a meeting (a readout's "spoke today with") */
    if (cls == MEET_WITH && !with)
        return NSV_OK;
    if (cls == MEET_VERB || cls == MEET_HOST || with || between) {
        int o = party_right(d, j, s->tok_end);
        if (o >= 0 && owner_of_counterpart(d, o, s->tok_end))
            o = -1;
        /* "with the Russian delegation", "with a Qatari delegation" */
        if (o < 0 && (with || between || cls == MEET_VERB) && j < s->tok_end &&
            (tok_is(&d->toks[j], "the") || indefinite_article(&d->toks[j])))
            o = party_right(d, j + 1, s->tok_end);
        /* "with the command staff of the Space Forces", "with representatives
         * of X": the body they come from */
        for (uint32_t k = j; o < 0 && k < s->tok_end && k < j + 5; k++) {
            const token *u = &d->toks[k];
            /* "spoke with the Presidents of X", not "spoke with families
             * awarded the Order of X": a title before "of" */
            if (cls == MEET_WITH && !(u->flags & T_CAP) && !(u->word_bits & W_DET) &&
                !title_adjective(d, k, s->tok_end) && !(tok_is(u, "of") && k > j + 2))
                break;
            /* "received 28 mln shares of X": a quantity received is things,
             * not guests */
            if (cls == MEET_HOST && (u->flags & T_NUM))
                break;
            if ((u->flags & (T_PUNCT | T_QUOTE)) || (u->word_bits & (W_SUBORD | W_CONJ)) ||
                tok_lex(d, k, LEX_SPEECH, NULL))
                break;
            /* "met with senior officials from the White House, Treasury
             * Department and ...": the bodies the unnamed group comes from */
            int from_group = tok_is(u, "from") && k > j && (cls == MEET_VERB || with) &&
                             (d->toks[k - 1].word_bits & (W_UNNAMED | W_SIDE_GROUP));
            if (tok_is(u, "of") || from_group) {
                /* "with the Ambassador of Estonia to Ukraine X": a title
                 * before "of" heads a person, not the country's delegates */
                for (uint32_t w = j; w < k && o < 0; w++)
                    if (tok_lex(d, w, LEX_TITLE, NULL))
                        o = person_after_title(d, j, s->tok_end);
                /* a one-word "person" inside a long title ("... Emirates
                 * Armed Forces X") is no surer than the body */
                if (o >= 0 && !full_name(d, o))
                    o = -1;
                if (o >= 0)
                    break;
                o = party_right_the(d, k + 1, s->tok_end);
                /* "a delegation of the international human rights
                 * organization Amnesty International", "of the upper house
                 * of the X Congress": the body's name after its description */
                if (o < 0 && k > j && (d->toks[k - 1].word_bits & (W_SIDE_GROUP | W_UNNAMED)) &&
                    k + 2 < s->tok_end && tok_is(&d->toks[k + 1], "the")) {
                    uint32_t w = k + 2;
                    for (int steps = 0; w < s->tok_end && steps < 8; steps++, w++) {
                        const token *v = &d->toks[w];
                        if (is_char(d, w, '-') || tok_is(v, "of") || tok_is(v, "the"))
                            continue;
                        if (!(v->flags & T_WORD) || (v->flags & T_CAP) || mention_at(d, w) >= 0 ||
                            (v->word_bits & (W_SUBORD | W_CONJ | W_AUX | W_PREP | W_BE)))
                            break;
                    }
                    if (w > k + 2 && w < s->tok_end && (d->toks[w].flags & T_CAP))
                        o = party_right(d, w, s->tok_end);
                }
                /* "from" only before a state or a body named as one ("from
                 * the Governments of X" reads on to its "of"; "executives
                 * from the Telecommunications Sector" name no body) */
                if (from_group && o >= 0 && !known_body(d, o))
                    o = -1;
                if (from_group && o < 0)
                    continue;
                break;
            }
        }
        /* "met with People's Republic of China Director of the Office of
         * the Foreign Affairs Commission and Foreign Minister Wang Yi": a
         * description the title goes on after ("of", "to", "for") is part
         * of the title of the person it ends in */
        if (o >= 0 && d->ments[o].kind == M_DESC && (with || between || cls == MEET_VERB) &&
            d->ments[o].tok_end < s->tok_end) {
            const token *n = &d->toks[d->ments[o].tok_end];
            int p = tok_is(n, "of") || tok_is(n, "to") || tok_is(n, "for")
                        ? person_after_title(d, j, s->tok_end)
                        : -1;
            /* "met with the leader of the LDPR faction in the State Duma,
             * Vladimir Zhirinovsky", "with the rector of the church, Father
             * X": a description the title lexicon does not go on through
             * ends in the person it describes */
            if (p < 0 && tok_is(n, "of"))
                p = person_after_descriptor(d, j, s->tok_end);
            /* (a one-word "person" inside the chain, "Troops", is none) */
            if (p >= 0 && d->ments[p].entity != d->ments[o].entity && full_name(d, p))
                o = p;
        }
        /* "met with" is one cue: its "with" is inside it */
        if (o < 0 && (with || between || cls == MEET_VERB))
            o = person_after_title(d, j, s->tok_end);
        if (o < 0 && (with || cls == MEET_VERB))
            o = person_after_descriptor(d, j, s->tok_end);
        if (o < 0 && (with || cls == MEET_VERB))
            o = body_after_descriptor(d, j, s->tok_end);
        /* "met his EU counterparts": "his" is no party but a possessive */
        if (o >= 0 && d->ments[o].kind == M_PRONOUN && d->ments[o].tok_end < s->tok_end &&
            (d->toks[d->ments[o].tok_end].flags & T_WORD) &&
            !(d->toks[d->ments[o].tok_end].word_bits &
              (W_PREP | W_CONJ | W_SUBORD | W_ADVERB | W_RELDAY | W_WEEKDAY | W_AUX)))
            o = -1; /* "received his full backing" is no guest either */
        /* "received X's bid", "hosted X's exhibition": the possessor is no
         * guest */
        if (o >= 0 && cls == MEET_HOST && d->ments[o].tok_end < s->tok_end &&
            (d->toks[d->ments[o].tok_end].flags & T_POSS))
            o = -1;
        /* "talks between the Presidents of the United States and Russia":
         * the states named after the group (or a plural description the
         * mention finder read as one person), not the presidents the item
         * named before */
        if (o >= 0 && (with || between) &&
            (d->ments[o].kind == M_GROUP_DESC || d->ments[o].kind == M_DESC) &&
            d->ments[o].tok_end + 1 < s->tok_end && tok_is(&d->toks[d->ments[o].tok_end], "of")) {
            uint32_t k = d->ments[o].tok_end + 1;
            int c = party_right_the(d, k, s->tok_end);
            int states[MAX_COORD];
            if (c >= 0 && (d->ments[c].kind == M_COUNTRY || d->ments[c].kind == M_ORG) &&
                (d->ments[o].kind == M_GROUP_DESC ||
                 coordinated(d, c, +1, s->tok_start, s->tok_end, states, MAX_COORD) >= 2))
                o = c;
        }
        /* the person a long title chain names after a body or country is
         * the party: the body is whom they act for, the same side (GUIDE:
         * one key "Erdogan|Turkey"), no second participant */
        if (o >= 0) {
            int p = person_of_body(d, o, s->tok_end);
            int q = p == o ? person_after_body_title(d, o, s->tok_end) : -1;
            o = q >= 0 ? q : p;
        }
        /* "A, B and C met on the margins of the G20": the group the setting
         * names is no counterpart met (sidelines_of_group makes its summit);
         * the parties are the subject's list */
        if (o >= 0 && cls == MEET_VERB && !with && !between && setting_group(d, o, j))
            o = -1;
        if (o >= 0)
            nobj = coordinated(d, o, +1, s->tok_start, s->tok_end, objs, MAX_COORD);
        /* "discussed X with": talks only with a person after the "with" */
        if (far && (!nobj || d->ments[objs[0]].kind != M_PERSON ||
                    !(titled_person(d, objs[0]) ||
                      tok_lex(d, d->ments[objs[0]].tok_start, LEX_GIVEN_NAME, NULL))))
            return NSV_OK;
        /* "The leaders discussed their conversations with President X": a
         * group's topic in a readout of its own call, not talks with X */
        if (far) {
            int sb = subject_before(d, i, s->tok_start);
            if (sb >= 0 && (d->ments[sb].kind == M_GROUP_DESC ||
                            (d->ments[sb].kind == M_PRONOUN &&
                             (d->toks[d->ments[sb].tok_start].word_bits & W_PRONOUN_PL))))
                return NSV_OK;
        }
        /* ("met with" holds its "with": the verb's list reads on too; after
         * a host verb, its titled guests': "hosted Senate Judiciary Chair
         * A and Ranking Member B") */
        if (nobj && (with || between || cls == MEET_VERB)) {
            nobj = groups_of_bodies(d, objs, nobj, MAX_COORD, s);
            nobj = conjunct_people(d, s, objs, nobj, MAX_COORD);
            nobj = titled_list_after(d, s, objs, nobj, MAX_COORD);
        } else if (nobj && cls == MEET_HOST) {
            /* "hosted A and Canada's National Security Advisor B" */
            nobj = conjunct_people(d, s, objs, nobj, MAX_COORD);
            nobj = titled_list_after(d, s, objs, nobj, MAX_COORD);
        }
        /* "X spoke with the Chancellor, Mr Peskov said": a name after a
         * comma that a speech verb follows opens a clause of its own (after
         * a noun, "talks yesterday with X, Finance Minister Y said", the
         * speaker is the other side) */
        while ((cls == MEET_VERB || cls == MEET_WITH || cls == MEET_HOST) && nobj > 1 &&
               d->ments[objs[nobj - 1]].tok_end < s->tok_end &&
               is_char(d, d->ments[objs[nobj - 1]].tok_start - 1, ',') &&
               tok_lex(d, d->ments[objs[nobj - 1]].tok_end, LEX_SPEECH, NULL))
            nobj--;
        /* "talks with X, foreign ministry sources said": the body whose
         * unnamed people report the talks is no side of them */
        while (nobj > 1 && d->ments[objs[nobj - 1]].tok_end + 1 < s->tok_end &&
               is_char(d, d->ments[objs[nobj - 1]].tok_start - 1, ',') &&
               (d->toks[d->ments[objs[nobj - 1]].tok_end].word_bits & W_UNNAMED) &&
               tok_lex(d, d->ments[objs[nobj - 1]].tok_end + 1, LEX_SPEECH, NULL))
            nobj--;
        /* "met with a delegation of X headed by Senator Y", "hosted a U.S.
         * delegation led by A, B and C": the people heading the guests'
         * delegation are in the meeting too */
        if (with || cls == MEET_VERB || cls == MEET_HOST) {
            nobj = delegation_heads(d, j, s->tok_end, objs, nobj, MAX_COORD);
            nobj = group_including(d, j, s->tok_end, objs, nobj, MAX_COORD);
        }
    }
    /* "talks between the Yugoslav delegation and 16 Western creditor
     * countries", "negotiations between Brazil and its commercial bank
     * creditors": one named side and an unnamed group (across the named
     * side's appositive, "headed by Finance Minister X") */
    /* "officials from the United States and Mexico met in Mexico City" */
    /* the verb holding the meeting noun ("held talks"), which most of the
     * rules below ask about: found once */
    const int held_at = held_before(d, i, s->tok_start);
    int sides[MAX_COORD], ns = 0;
    const char *sides_rule = NULL;
    if (!nobj && cls == MEET_VERB && !with) {
        ns = delegates_before(d, i, s->tok_start, sides, MAX_COORD);
        if (ns < 0)
            goto nomem;
        sides_rule = "meeting.delegates";
    }
    /* "The Russian and Armenian Presidents met in Yerevan", "... held
     * talks": the countries of the leaders named by their demonyms */
    if (ns < 2 && !nobj && !with && !between && (cls == MEET_VERB || cls == MEET_NOUN)) {
        int hv = cls == MEET_VERB ? (int)i : held_at;
        ns = hv >= 0 ? demonyms_before(d, (uint32_t)hv, s->tok_start, sides, MAX_COORD) : 0;
        if (ns < 0)
            goto nomem;
        sides_rule = cls == MEET_VERB ? "meeting.verb" : "meeting.noun";
    }
    if (ns >= 2) {
        ev_draft *e = new_meeting(d, out, i, cue, sides_rule, s);
        if (!e)
            goto nomem;
        for (int k = ns; k-- > 0;)
            ev_add_party(d, e, sides[k]);
        return NSV_OK;
    }
    /* "held talks with the Prime Minister of Denmark": the country of an
     * office the item names no holder of */
    int named = -1;
    int oc = -1;
    if (!nobj && (with || between || cls == MEET_VERB || cls == MEET_HOST) &&
        office_country(d, j, s->tok_end, &named, &oc) < 0)
        goto nomem;
    /* "During his talks with the Prime Minister of Italy, Mr Putin said":
     * in an opening phrase the name after the comma is the subject */
    if (named >= 0 && (d->toks[s->tok_start].word_bits & W_PREP)) {
        int in_opening = 1;
        for (uint32_t k = s->tok_start; k < i && in_opening; k++)
            in_opening = !is_char(d, k, ',');
        if (in_opening) {
            int m = mention_at(d, j);
            /* (office_country checked it) */
            if ((oc = country_entity(d, d->ments[m].country)) < 0)
                goto nomem;
            named = -1;
        }
    }
    if (named >= 0)
        nobj = coordinated(d, named, +1, s->tok_start, s->tok_end, objs, MAX_COORD);
    /* a noun needs its hold verb ("held talks with") or to open a
     * series' sentence ("During a meeting with X, the parties"): "ready for
     * talks with the President of X" is no meeting */
    int host = -1, opener = -1;
    if (oc >= 0 && (cls == MEET_NOUN || cls == MEET_MULTI) && held_at < 0) {
        /* "After his talks with the Italian Prime Minister, Mr Putin said":
         * the person after the opening phrase held them */
        uint32_t de = d->ments[mention_at(d, j)].tok_end;
        opener = de < s->tok_end && is_char(d, de, ',') ? subject_after_opening(d, de, s, 0) : -1;
        if (opener >= 0 && d->ments[opener].kind != M_PERSON)
            opener = -1;
        if (opener < 0 && (host = series_host(d, out, s, i, de)) < 0)
            oc = -1;
    }
    if (oc >= 0) {
        int sb = host >= 0 ? -1 : opener >= 0 ? opener : subject_before(d, i, s->tok_start);
        if (sb >= 0 && d->ments[sb].kind == M_GROUP_DESC)
            sb = -1;
        if (sb < 0 && host < 0 && (host = first_person_principal(d, i, s)) == -2)
            return out_of_memory(d->limits, err);
        if (sb >= 0 || host >= 0) {
            ev_draft *e = new_meeting(d, out, i, cue,
                                      cls == MEET_VERB || cls == MEET_WITH ? "meeting.verb"
                                      : cls == MEET_HOST                   ? "meeting.host"
                                                                           : "meeting.noun_with",
                                      s);
            if (!e)
                goto nomem;
            if (sb >= 0)
                meet_add_mention(d, e, sb);
            else
                ev_add_party(d, e, host);
            ev_add_party(d, e, oc);
            return NSV_OK;
        }
    }
    /* "held working meetings with heads of delegations from A, B and C":
     * the countries the people come for are the counterparts, one meeting
     * each after a plural cue (GUIDE) */
    int dents[MAX_COORD];
    /* ("his counterparts from A and B": the possessive's group is read as
     * the one object; the countries after "from" are the sides) */
    int own_group = nobj == 1 &&
                    (d->ments[objs[0]].kind == M_GROUP_DESC || d->ments[objs[0]].kind == M_DESC) &&
                    d->ments[objs[0]].tok_start == j && (d->toks[j].word_bits & W_POSSESSIVE);
    int nd = (!nobj || own_group) && (with || cls == MEET_VERB || cls == MEET_HOST) &&
                     (cls == MEET_VERB || cls == MEET_HOST || cls == MEET_NOUN ||
                      cls == MEET_MULTI || cls == MEET_WITH)
                 ? delegates_from(d, j, s->tok_end, dents, MAX_COORD)
                 : 0;
    if (nd < 0)
        goto nomem;
    if (nd) {
        /* "X met A, and also held meetings with ...": the subject of a
         * second verb is the sentence's, not the party named last */
        int hv = cls == MEET_VERB || cls == MEET_HOST ? (int)i : held_at;
        uint32_t v = hv >= 0 ? (uint32_t)hv : i;
        while (v > s->tok_start && (d->toks[v - 1].word_bits & W_ADVERB))
            v--;
        /* ("X took part in the summit and also held bilateral talks with
         * the presidents of A and B": the person who opens the sentence,
         * when coordinated_subject finds one) */
        int sb = v > s->tok_start && tok_is(&d->toks[v - 1], "and")
                     ? coordinated_subject(d, hv >= 0 ? (uint32_t)hv : i, s)
                     : subject_before(d, i, s->tok_start);
        if (sb >= 0 && d->ments[sb].kind == M_GROUP_DESC)
            sb = -1;
        /* "I held talks with the heads of government of A and B": the
         * first person in the principal's own words */
        int fp = sb < 0 ? first_person_principal(d, i, s) : -1;
        if (fp == -2)
            return out_of_memory(d->limits, err);
        if (sb < 0 && fp < 0)
            nd = 0;
        int each = ((cue->canon && !strcmp(cue->canon, "each")) ||
                    (cls == MEET_NOUN && each_talks_before(d, i, end, s))) &&
                   nd >= 2;
        for (int k = 0; k < (each ? nd : nd ? 1 : 0); k++) {
            ev_draft *e = new_meeting(d, out, i, cue,
                                      each ? "meeting.each_counterpart" : "meeting.delegates", s);
            if (!e)
                goto nomem;
            if (sb >= 0)
                meet_add_mention(d, e, sb);
            else
                ev_add_party(d, e, fp);
            for (int q = each ? k : 0; q < (each ? k + 1 : nd); q++)
                ev_add_party(d, e, dents[q]);
        }
        if (nd)
            return NSV_OK;
    }
    uint32_t g1 = 0;
    if (between && nobj == 1 && cls == MEET_NOUN) {
        uint32_t k = d->ments[objs[0]].tok_end, g = 0;
        for (int steps = 0; k < s->tok_end && steps < 10; k++, steps++) {
            const token *u = &d->toks[k];
            if ((u->flags & (T_QUOTE | T_PUNCT)) || (u->word_bits & W_SUBORD) ||
                tok_lex(d, k, LEX_SPEECH, NULL))
                break;
            if (tok_is(u, "and")) {
                g = k + 1;
                g1 = unnamed_group_at(d, g, s->tok_end, 1, 0);
                break;
            }
        }
        if (g1) {
            ev_draft *e = new_meeting(d, out, i, cue, "meeting.between", s);
            if (!e)
                goto nomem;
            e->open_group = 1;
            if (e->ev.modality == NSV_MOD_ACTUAL)
                e->ev.modality = trailing_modality(d, g1, s->tok_end);
            meet_add_mention(d, e, objs[0]);
            /* "and Ukrainian representatives": the country they act for */
            for (uint32_t t = g; t < g1; t++) {
                int m = mention_at(d, t);
                const lex_entry *dem = m < 0 ? tok_lex(d, t, LEX_DEMONYM, NULL) : NULL;
                if (m >= 0 && d->ments[m].tok_start == t &&
                    (d->ments[m].kind == M_ORG || d->ments[m].kind == M_COUNTRY) &&
                    party_mention(d, m))
                    meet_add_mention(d, e, m);
                else if (dem && (d->toks[t].flags & T_CAP)) {
                    int c = country_entity(d, dem->canon);
                    if (c < 0)
                        goto nomem;
                    ev_add_party(d, e, c);
                }
            }
            /* "between the Russian delegation and representatives from
             * Ukraine": the side listed after the group */
            int listed = -1;
            if (group_sides(d, e, g1, s->tok_end, &listed) < 0)
                goto nomem;
            return NSV_OK;
        }
    }
    /* "met with business leaders", "hosted nearly 80 executives", "held a
     * private meeting with union figures" (the noun needs its hold verb:
     * "the talks with officials" may be anyone's) */
    int held = with && (cls == MEET_NOUN || cls == MEET_MULTI) ? held_at : -1;
    /* "held a meeting with cultural figures": a verb cue that holds its own
     * meeting noun reads its group as "held a private meeting with" does */
    const lex_entry *own_noun = cls == MEET_VERB && nw >= 3 && tok_is(&d->toks[end - 1], "with")
                                    ? tok_lex(d, end - 2, LEX_MEETING, NULL)
                                    : NULL;
    if (held < 0 && own_noun && own_noun->value == MEET_NOUN)
        held = (int)i;
    /* "convened a call with Governors", "had a call with mayors": a call cue
     * right after a hold verb; the group is met as after "held a meeting
     * with", and the hold verb's subject holds the call */
    if (held < 0 && cls == MEET_VERB && i > s->tok_start && nw >= 2 &&
        tok_is(&d->toks[end - 1], "with")) {
        const lex_entry *h = tok_lex(d, i - 1, LEX_MEETING, NULL);
        if (h && h->value == MEET_HOLD)
            held = (int)(i - 1);
    }
    if (!nobj && !between && (cls == MEET_VERB || held >= 0) &&
        (g1 = bare_polity_at(d, j, s->tok_end)) != 0)
        return open_group_meeting(d, out, s, i, held >= 0 ? (uint32_t)held : i, j, g1, cue, err);
    /* "updated X on the results of his recent meeting with French business
     * leaders": a person's own meeting noun names who held it, as a hold
     * verb does ("the talks with officials" alone may be anyone's) */
    if (!nobj && !between && held < 0 && with && cls == MEET_NOUN &&
        !(d->toks[i].flags & T_IN_QUOTE)) {
        int owner = meeting_owner(d, i, s->tok_start);
        if (owner < 0)
            owner = speaker_owner(d, i, s->tok_start);
        if (owner >= 0 && !owner_met_just_before(d, out, s, owner) &&
            (g1 = unnamed_group_at(d, j, s->tok_end, 0, j > end + 1)) != 0) {
            ev_draft *e = new_meeting(d, out, i, cue, "meeting.own_group", s);
            if (!e)
                goto nomem;
            e->open_group = 1;
            /* "his talks with Japanese officials would also include" */
            if (e->ev.modality == NSV_MOD_ACTUAL)
                e->ev.modality = trailing_modality(d, g1, s->tok_end);
            meet_add_mention(d, e, owner);
            if (group_body(d, e, j, g1, s->tok_end) < 0)
                goto nomem;
            nsv_code rc = group_met_parties(d, e, s, j, g1, err);
            /* "his conversation with the workers", "his numerous telephone
             * conversations with international colleagues": a group no
             * body, country, region or people names is no identifiable
             * side */
            if (e->nents < 2 && !e->group_ent1)
                e->dropped = 1;
            return rc;
        }
    }
    /* talks over or under way with an unnamed group: the clause's subject
     * held them */
    /* (talks, negotiations, discussions, consultations: a plural noun of
     * one word, in person, no "each"; "during a meeting with students", "a
     * conversation with" a crowd are audiences as often as talks) */
    int talks_noun = plural_cue_word(d, i, end) && !cue->canon && cue->bits == NSV_FORMAT_IN_PERSON;
    if (!nobj && !between && held < 0 && with && cls == MEET_NOUN && talks_noun) {
        int prep = talks_over_prep(d, i, s->tok_start);
        /* (not "the Presidents of the four countries": a definite group
         * points back at parties named elsewhere, whose talks are theirs) */
        uint32_t g = prep >= 0 && j < s->tok_end && !tok_is(&d->toks[j], "the")
                         ? unnamed_group_at(d, j, s->tok_end, 1, j > end + 1)
                         : 0;
        if (g) {
            int r = talks_over_with_group(d, out, s, i, (uint32_t)prep, g, cue);
            if (r < 0)
                goto nomem;
            if (r)
                return NSV_OK;
        }
    }
    /* "Cook is negotiating with its bank lenders", "are still negotiating
     * with creditor banks": talks under way with a side the text leaves
     * unnamed (an "open" with-verb: the subject is the one named party, as
     * after "is in talks with") */
    int open_with = cls == MEET_WITH && with && cue->canon && !strcmp(cue->canon, "open");
    /* a topic between the cue and j: "countries" there are no group met */
    if (!nobj && !between && (cls == MEET_VERB || cls == MEET_HOST || held >= 0 || open_with) &&
        (g1 = unnamed_group_at(d, j, s->tok_end, held >= 0 || open_with, j > end + 1)) != 0)
        return open_group_meeting(d, out, s, i, held >= 0 ? (uint32_t)held : i, j, g1, cue, err);
    if (!nobj && held >= 0 && (g1 = group_phrase_at(d, j, s->tok_end, j > end + 1)) != 0) {
        /* with no subject it trusts, the rules below may still find parties */
        size_t before = out->n;
        nsv_code rc = open_group_meeting(d, out, s, i, (uint32_t)held, j, g1, cue, err);
        if (rc || out->n > before)
            return rc;
    }
    /* "Vice President Harris hosted a survivor and expert roundtable", "the
     * White House convened a listening session to hear from ...": the format
     * brings in outsiders by itself; the host is the one party named.  Not
     * "a roundtable of the X Council" (its members) */
    if (!nobj && !between && !of && cue->canon && !strcmp(cue->canon, "open")) {
        int hv = held_at;
        if (hv >= 0) {
            size_t before = out->n;
            nsv_code rc = open_group_meeting(d, out, s, i, (uint32_t)hv, end, end, cue, err);
            if (rc || out->n > before)
                return rc;
        }
    }
    if ((cls == MEET_HOST || cls == MEET_WITH) && !nobj)
        return NSV_OK; /* "received weapons", "hosted a dinner", "spoke with the crew" */
    int multi_parts[MAX_COORD], nmulti = 0;
    uint32_t organs = 0; /* the end of a group's organ read as the group */
    if (of) {
        /* "the meeting of President X with Prime Minister Y": a bilateral
         * meeting named by its parties */
        int a = party_right_the(d, j, s->tok_end);
        /* "the meeting of the heads of state", "of the two leaders": the
         * people the group stands for */
        int probe[MAX_COORD];
        if (a >= 0 && d->ments[a].kind == M_GROUP_DESC && !states_group(&d->ments[a]) &&
            !parties_of(d, j, s, probe, MAX_COORD, &organs)) {
            ev_draft *e = new_meeting(d, out, i, cue, "meeting.of_group_members", s);
            if (!e)
                goto nomem;
            meet_add_mention(d, e, a);
            return NSV_OK;
        }
        if (a >= 0 && d->ments[a].kind == M_PERSON) {
            uint32_t w = d->ments[a].tok_end;
            if (w < s->tok_end && tok_is(&d->toks[w], "with")) {
                int b = party_right(d, w + 1, s->tok_end);
                if (b >= 0) {
                    ev_draft *e = new_meeting(d, out, i, cue, "meeting.of_with", s);
                    if (!e)
                        goto nomem;
                    meet_add_mention(d, e, a);
                    int coord[MAX_COORD];
                    int nc = coordinated(d, b, +1, s->tok_start, s->tok_end, coord, MAX_COORD);
                    for (int k = 0; k < nc; k++)
                        meet_add_mention(d, e, coord[k]);
                    return NSV_OK;
                }
            }
        }
        nmulti = parties_of(d, j, s, multi_parts, MAX_COORD, &organs);
        /* "the tenth meeting of the X Task Force with Mayor Y": the body's
         * session with a named guest (an unnamed one, "with Cabinet
         * members", adds no one) */
        uint32_t after_group = nmulti ? d->ments[multi_parts[nmulti - 1]].tok_end : s->tok_end;
        if (after_group + 1 < s->tok_end && tok_is(&d->toks[after_group], "with")) {
            int o = party_right(d, after_group + 1, s->tok_end);
            if (o >= 0 && d->ments[o].kind != M_GROUP_DESC) {
                nobj = coordinated(d, o, +1, s->tok_start, s->tok_end, objs, MAX_COORD);
                with = 1;
            }
        }
        /* "meetings of the joint transport committee with X": no named
         * group after "of", the counterpart after "with" */
        for (uint32_t k = j; !nmulti && !nobj && k < s->tok_end && k < j + 8; k++) {
            const token *u = &d->toks[k];
            if ((u->flags & (T_QUOTE | T_PUNCT)) || (u->word_bits & W_SUBORD) ||
                tok_lex(d, k, LEX_SPEECH, NULL) ||
                (tok_lex(d, k, LEX_MEETING, NULL) &&
                 tok_lex(d, k, LEX_MEETING, NULL)->value != MEET_HOLD))
                break;
            if (mention_at(d, k) >= 0)
                break;
            if (tok_is(u, "with")) {
                int o = party_right(d, k + 1, s->tok_end);
                if (o >= 0) {
                    nobj = coordinated(d, o, +1, s->tok_start, s->tok_end, objs, MAX_COORD);
                    with = 1;
                }
                break;
            }
        }
    }
    if (!nmulti && !nobj && (nmulti = hyphen_parties(d, i, s->tok_start, multi_parts)) < 0)
        goto nomem;
    /* "a NATO-Russia Council meeting": the joint body right before the noun
     * (the cue "council meeting" may begin inside the body's name) */
    if (!nmulti && !nobj && !with && !between && (cls == MEET_NOUN || cls == MEET_MULTI) &&
        i > s->tok_start) {
        int jb = mention_at(d, i - 1);
        if (jb >= 0 && d->ments[jb].tok_end >= i && d->ments[jb].tok_end < end &&
            joint_body(d, jb, NULL))
            multi_parts[nmulti++] = jb;
    }
    /* "discussed the upcoming Peace Summit": what was discussed (see
     * discussed_object) */
    if (!nmulti && !nobj && !with && !between && !of && (cls == MEET_NOUN || cls == MEET_MULTI) &&
        discussed_object(d, i, s->tok_start))
        return NSV_OK;
    /* "the most recent U.S.-EU Trade and Technology Council (TTC) meeting
     * on January 30": a pair's joint body the mention finder reads no
     * mention of, right before the noun (over its acronym), as "met" */
    /* (not a plural: "welcomed the resumption of the U.S.-China Defense
     * Policy Coordination Talks" names a channel, no one occasion) */
    if (!nmulti && !nobj && !with && !between && !of && cls == MEET_NOUN && i > s->tok_start + 3 &&
        d->toks[end - 1].lower && d->toks[end - 1].lower[d->toks[end - 1].lower_len - 1] != 's') {
        int r = pair_body_met(d, out, s, i, before_acronym(d, i, s->tok_start), cue, 1);
        if (r < 0)
            goto nomem;
        if (r)
            return NSV_OK;
    }
    int hyphen = nmulti && !of;
    int series = -1;
    uint32_t first_person_at = i; /* where first_person_principal looks back from */
    int fronted_at = 0;           /* a person after "At a meeting of X," (see below) */
    int subj_after = 0;           /* the subject follows the cue's opening phrase */
    if (!hyphen && !between) {
        subj = subject_before(d, i, s->tok_start);
        /* "X and Y said the banks met": the reported clause's subject is
         * the meeting's, and it names no one (GUIDE: no event) */
        if (subj >= 0 && !nmulti &&
            unnamed_reported_subject(d, subj, i, end, cls, !nobj && !with && !of, s))
            return NSV_OK;
        /* "X toured the plant of Y and met with Z": the subject that opens
         * the sentence, not the party nearest before the verb */
        int cs = cls == MEET_VERB ? coordinated_subject(d, i, s) : -1;
        if (cs >= 0 && (subj < 0 || d->ments[subj].tok_start >= d->ments[cs].tok_end))
            subj = cs;
        /* "the President held talks with A and met with B", "I reached out
         * to A and spoke with B": the name nearest before the second verb is
         * the first verb's object, after its preposition; the subject is
         * the one before that (or the first person, below) */
        if ((cls == MEET_VERB || cls == MEET_WITH) && cs < 0 && subj >= 0 &&
            d->ments[subj].tok_start > s->tok_start &&
            (d->toks[d->ments[subj].tok_start - 1].word_bits & W_PREP) &&
            !tok_is(&d->toks[d->ments[subj].tok_start - 1], "of")) {
            uint32_t a = i;
            while (a > s->tok_start && (d->toks[a - 1].word_bits & W_ADVERB))
                a--;
            if (a > d->ments[subj].tok_end && tok_is(&d->toks[a - 1], "and") &&
                a - 1 <= d->ments[subj].tok_end + 4) {
                uint32_t q = d->ments[subj].tok_start - 1; /* the preposition */
                subj = subject_before(d, q, s->tok_start);
                /* ("I reached out to A and spoke with B": the principal's
                 * "I" before the first verb, a word or two before it) */
                for (uint32_t c = q; subj < 0 && c > s->tok_start + 1 && c + 3 > q; c--)
                    if (tok_is(&d->toks[c - 2], "i") && (d->toks[c - 2].flags & T_CAP)) {
                        first_person_at = c - 1;
                        break;
                    }
            }
        }
        /* "Gazprom, Russia's gas monopoly, said after the meeting": a
         * possessive after a comma describes the name before it; the
         * country is no party of its own */
        int appos = 0;
        if (subj >= 0 && d->ments[subj].tok_end < s->tok_end &&
            (d->toks[d->ments[subj].tok_end].flags & T_POSS) &&
            d->ments[subj].tok_start > s->tok_start + 1 &&
            is_char(d, d->ments[subj].tok_start - 1, ',')) {
            int named = party_left(d, d->ments[subj].tok_start - 1, s->tok_start);
            if (named >= 0 && d->ments[named].tok_end + 1 == d->ments[subj].tok_start) {
                subj = named;
                appos = 1;
            }
        }
        if (subj >= 0 && !appos && !nobj && !nmulti && d->ments[subj].kind != M_GROUP_DESC) {
            /* "A and B met" */
            int left[MAX_COORD];
            int nl = coordinated(d, subj, -1, s->tok_start, s->tok_end, left, MAX_COORD);
            /* "On the Day of the Border Guard, President X met", "After
             * returning from the Munich Security Conference, X held": a
             * list ends in "and"; a bare comma before the subject closes an
             * opening phrase, whose body is no party */
            if (nl >= 2 && d->ments[left[1]].kind == M_ORG &&
                opening_phrase_end(d, s->tok_start, s->tok_end, d->ments[left[1]].tok_end) &&
                !and_between(d, d->ments[left[1]].tok_end, d->ments[subj].tok_start))
                nl = 1;
            /* "held consultations with A, B and C for in-depth
             * discussions": a list a meeting cue's "with" heads is that
             * cue's counterparts, not two sides meeting each other; the
             * noun names the same talks (no event of its own) */
            if (nl >= 2 && cls == MEET_NOUN && !with && !of) {
                uint32_t lo = d->ments[subj].tok_start;
                for (int k = 0; k < nl; k++)
                    if (d->ments[left[k]].tok_start < lo)
                        lo = d->ments[left[k]].tok_start;
                /* (back over a title before the name, "with Minister of
                 * External Affairs A", and over names the list left out,
                 * "with Ambassador X, A, B, and C") */
                for (int steps = 0; steps < MAX_COORD && lo > s->tok_start + 1; steps++) {
                    uint32_t b = lo;
                    while (b > s->tok_start + 1 && b + 8 > lo &&
                           (((d->toks[b - 1].flags & T_WORD) && (d->toks[b - 1].flags & T_CAP) &&
                             mention_at(d, b - 1) < 0) ||
                            tok_is(&d->toks[b - 1], "of")))
                        b--;
                    if (tok_is(&d->toks[b - 1], "with")) {
                        lo = b;
                        break;
                    }
                    int pm = is_char(d, b - 1, ',') ? mention_at(d, b - 2) : -1;
                    if (pm < 0)
                        break;
                    lo = d->ments[pm].tok_start;
                }
                if (lo > s->tok_start && cue_with_at(d, lo - 1, s->tok_start))
                    return NSV_OK;
            }
            if (nl >= 2) {
                for (int k = 1; k < nl; k++)
                    objs[nobj++] = left[k];
            }
        }
        if (subj >= 0 && !nobj && !nmulti) {
            /* "agreed with Gorbachev at their summit": the party after
             * "with" before the noun, and the clause subject */
            uint32_t k = i;
            while (k > s->tok_start && k + 4 > i &&
                   (d->toks[k - 1].word_bits &
                    (W_DET | W_PREP | W_PRONOUN_PL | W_PRONOUN_M | W_PRONOUN_F | W_PLACE_PREP)))
                k--;
            int o = k < i ? mention_at(d, k - 1) : -1;
            if (o >= 0 && d->ments[o].tok_end == k && party_mention(d, o) &&
                d->ments[o].tok_start > s->tok_start &&
                tok_is(&d->toks[d->ments[o].tok_start - 1], "with")) {
                objs[nobj++] = o;
                subj = subject_before(d, d->ments[o].tok_start - 1, s->tok_start);
            }
        }
        if (subj < 0 && !nobj && !nmulti) {
            /* "During their telephone conversation, X and Y discussed": the
             * parties of a meeting the text has not named before (after one,
             * "During the meeting, Biden and Harris ..." may be its hosts) */
            int dents[MAX_COORD];
            int nd =
                cue->value == MEET_NOUN ? delegates_after_opening(d, end, s, dents, MAX_COORD) : 0;
            if (nd < 0)
                goto nomem;
            if (nd) {
                ev_draft *e = new_meeting(d, out, i, cue, "meeting.delegates", s);
                if (!e)
                    goto nomem;
                for (int q = 0; q < nd; q++)
                    ev_add_party(d, e, dents[q]);
                return NSV_OK;
            }
            subj = subject_after_opening(d, end, s, 0);
            /* "After bilateral talks in Kyiv, X and Y ...": a bare plural
             * noun names talks of their own, not the meeting named before
             * (a headline's); "During the meeting", "During an in-depth
             * conversation" may point back at it */
            uint32_t b = i;
            for (int steps = 0;
                 b > s->tok_start && steps < 3 && (d->toks[b - 1].flags & T_WORD) &&
                 !(d->toks[b - 1].flags & T_CAP) &&
                 !(d->toks[b - 1].word_bits & (W_DET | W_PREP | W_PRONOUN_PL | W_PRONOUN_M |
                                               W_PRONOUN_F | W_PRONOUN_N | W_CONJ));
                 steps++)
                b--;
            int fresh = cue->value == MEET_NOUN && d->toks[i + nw - 1].lower &&
                        d->toks[i + nw - 1].lower[d->toks[i + nw - 1].lower_len - 1] == 's' &&
                        (b <= s->tok_start + 1 || (d->toks[b - 1].word_bits & W_PREP));
            if (subj >= 0 && (fresh || !earlier_meeting(d, out))) {
                int right[MAX_COORD];
                int nr = coordinated(d, subj, +1, s->tok_start, s->tok_end, right, MAX_COORD);
                for (int k = 1; k < nr; k++)
                    objs[nobj++] = right[k];
            }
        }
        /* "At a meeting of the Presidential Commission for X, Y said",
         * "Speaking at a session of the SCO Council, Y noted": the person
         * right after an opening phrase that places a group's meeting
         * attends it, as "Y took part in a meeting of X" does (the checks
         * on the group below are that sentence's) */
        if (subj < 0 && of && nmulti && !nobj && placed_before(d, i, s->tok_start)) {
            uint32_t group_end = organs;
            for (int k = 0; k < nmulti; k++)
                if (d->ments[multi_parts[k]].tok_end > group_end)
                    group_end = d->ments[multi_parts[k]].tok_end;
            int f = subject_after_opening(d, group_end, s, 1);
            if (f >= 0 && person_mention(d, f)) {
                subj = f;
                subj_after = 1;
                /* "At a meeting of X, Y said" places Y as chairing or
                 * attending; "Speaking at a meeting of X" is a speech there
                 * (see placed_before_as) */
                /* ("During" is a preposition, no participle) */
                fronted_at = (d->toks[s->tok_start].word_bits & (W_PREP | W_PLACE_PREP)) != 0;
            }
        }
        /* "Speaking to reporters after a meeting with Finance Minister X,
         * Y said": the subject after the opening phrase met X */
        /* "During meetings with A and B, Y reinforced": the list read on
         * across the comma; Y after "A and B," is the subject, no guest */
        if (subj < 0 && nobj >= 3 && !nmulti &&
            is_char(d, d->ments[objs[nobj - 1]].tok_start - 1, ',') &&
            tok_is(&d->toks[d->ments[objs[nobj - 2]].tok_start - 1], "and") &&
            subject_after_opening(d, d->ments[objs[nobj - 2]].tok_end, s, 1) == objs[nobj - 1])
            subj = objs[--nobj];
        if (subj < 0 && nobj && !nmulti)
            subj = subject_after_opening(d, d->ments[objs[nobj - 1]].tok_end, s, 1);
        /* "During a meeting with X, the two leaders discussed": the host of
         * the series named before, not the group's last two people */
        if ((subj < 0 || d->ments[subj].kind == M_GROUP_DESC) && nobj && !nmulti && with) {
            series = series_host(d, out, s, i, d->ments[objs[0]].tok_end);
            for (int k = 0; k < nobj && series >= 0; k++)
                if (d->ments[objs[k]].entity == series)
                    series = -1;
            if (series >= 0)
                subj = -1;
        }
    }
    /* "Meeting with Roscosmos CEO Dmitry Rogozin", "Telephone conversation
     * with President of Uzbekistan X": a presidency's headline that opens
     * with the meeting names its own principal by leaving him out (the
     * office holder of the outlet on the item's date) */
    int principal = -1;
    if (subj < 0 && nobj && !nmulti && !between && with && d->title_len &&
        d->toks[i].start < d->title_len && i < s->tok_start + 3 &&
        (cls == MEET_NOUN || cls == MEET_MULTI) && d->ments[objs[0]].kind == M_PERSON) {
        /* only "Working meeting with", "Telephone conversation with": not
         * "Readout of Meeting with" (a staff member's), nor "Meeting with
         * members of the Security Council" (a body's own session) */
        int bare = 1;
        for (uint32_t k = s->tok_start; k < i && bare; k++)
            bare = mention_at(d, k) < 0 && (d->toks[k].flags & T_WORD) &&
                   !(d->toks[k].word_bits &
                     (W_DET | W_PREP | W_PRONOUN_M | W_PRONOUN_F | W_PRONOUN_PL));
        if (bare && outlet_office_person(d, &principal) < 0)
            return out_of_memory(d->limits, err);
    }
    /* "Press Secretary X on the President's Calls with Y": the office the
     * possessive names holds the calls, not the byline's person */
    int owned = 0;
    /* (a verb cue after a possessive is a noun: "the President's Calls with") */
    if (principal < 0 && subj >= 0 && nobj && !nmulti && !between && (with || cls == MEET_VERB) &&
        d->ments[subj].tok_end < i && bare_title_owns(d, i, d->ments[subj].tok_end)) {
        int holder;
        if (outlet_office_person(d, &holder) < 0)
            return out_of_memory(d->limits, err);
        if (holder >= 0) {
            subj = -1;
            principal = holder;
            owned = 1;
        }
    }
    /* "I held talks with the Prime Minister of Portugal today" in the
     * President's address */
    /* "Today I met with Ben Stiller": "met with" holds its "with" (not "I
     * held a meeting with the leaders of X": a group description there
     * stands for no one named) */
    /* (not "I met with X's family": the family, no one named, is the
     * counterpart) */
    if (principal < 0 && subj < 0 && nobj && !nmulti && !between &&
        (with || (cls == MEET_VERB && d->ments[objs[0]].kind != M_GROUP_DESC)) &&
        !(d->ments[objs[nobj - 1]].tok_end < s->tok_end &&
          (d->toks[d->ments[objs[nobj - 1]].tok_end].flags & T_POSS)))
        principal = first_person_principal(d, first_person_at, s);
    if (principal == -2)
        return out_of_memory(d->limits, err);
    /* "In a conversation with Prime Minister X, I stressed", "During the
     * talks with X, we agreed": the principal's own words after the
     * opening phrase */
    int opening_first_person = 0;
    if (principal < 0 && subj < 0 && nobj && !nmulti && !between && with &&
        (cls == MEET_NOUN || cls == MEET_MULTI)) {
        principal = first_person_after(d, d->ments[objs[nobj - 1]].tok_end, s);
        if (principal == -2)
            return out_of_memory(d->limits, err);
        opening_first_person = principal >= 0;
    }
    /* "met with President X of France and Chancellor Y of Germany": with a
     * side of its own, the list reads on across each "of <country>" */
    if ((subj >= 0 || principal >= 0) && nobj && !nmulti && !between)
        nobj = coordinated_across_of(d, objs, nobj, MAX_COORD, s);
    int sideline = after_sidelines(d, i, s->tok_start) ||
                   (cls == MEET_MULTI &&
                    (beside_summit(d, i, s->tok_start) || framework_setting(d, i, s->tok_start)));
    const char *rule = cls == MEET_VERB || cls == MEET_WITH ? "meeting.verb"
                       : cls == MEET_HOST                   ? "meeting.host"
                       : nmulti && of                       ? "meeting.of_group"
                       : hyphen                             ? "meeting.compound"
                       : between                            ? "meeting.between"
                       : with                               ? "meeting.noun_with"
                                                            : "meeting.noun";
    if (sideline)
        rule = "meeting.sidelines";
    /* "They met with X" after "A, B and C met ...": the people "they"
     * stands for are the side */
    /* (the subject look-up passes over an unresolved pronoun: "they" is
     * right before the verb, over "also") */
    int they[MAX_COORD], nthey = 0;
    if (nobj && !nmulti && !between && (cls == MEET_VERB || cls == MEET_WITH) &&
        (subj < 0 || d->ments[subj].kind == M_PRONOUN)) {
        uint32_t v = i;
        for (int steps = 0;
             v > s->tok_start && steps < 3 && (d->toks[v - 1].word_bits & (W_ADVERB | W_AUX)) &&
             mention_at(d, v - 1) < 0;
             steps++)
            v--;
        int tm = v > s->tok_start ? mention_at(d, v - 1) : -1;
        nthey = tm >= 0 ? they_people(d, s, tm, they) : 0;
        if (nthey)
            subj = tm;
    }
    /* "met with A and with B", "met with A and with both B and C": the
     * scan above read on to B's "with", and A, the first counterpart, held
     * talks of their own (the guide) */
    int first =
        cue_with && j - both > end + 1 && (subj >= 0 || principal >= 0) && !nmulti && !between
            ? first_counterpart(d, end, j - both - 1)
            : -1;
    if (first >= 0) {
        ev_draft *e = counterpart_meeting(d, out, s, i, cue, subj, they, nthey, principal, first);
        if (!e)
            goto nomem;
        e->ev.evidence_end = d->toks[d->ments[first].tok_end - 1].end;
    }
    /* "spoke with A, with B and with C", "met A and, separately, B": a
     * "with" or "separately" before each counterpart signals separate talks
     * (the guide), one event each with the side that held them */
    int each_with = (with || cue_with || cls == MEET_VERB) && nobj >= 2 && !nmulti && !between &&
                    (subj >= 0 || principal >= 0);
    for (int k = 1; k < nobj && each_with; k++) {
        each_with = 0;
        for (uint32_t t = d->ments[objs[k - 1]].tok_end; t < d->ments[objs[k]].tok_start; t++)
            each_with |= ((with || cue_with) && tok_is(&d->toks[t], "with")) ||
                         tok_is(&d->toks[t], "separately");
    }
    /* "held meetings with A and B": one event per counterpart too */
    /* ("held bilateral and regional consultations with A, B and C") */
    int each_talks = nobj >= 2 && with && !nmulti && !between && cls == MEET_NOUN &&
                     each_talks_before(d, i, end, s);
    if (each_with || each_talks || (cue->canon && !strcmp(cue->canon, "each") && nobj >= 2)) {
        for (int k = 0; k < nobj; k++)
            if (!counterpart_meeting(d, out, s, i, cue, subj, they, nthey,
                                     each_with || owned ? principal : -1, objs[k]))
                goto nomem;
        return NSV_OK;
    }
    int two_states = hyphen && nmulti == 2 && d->ments[multi_parts[0]].kind == M_COUNTRY &&
                     d->ments[multi_parts[1]].kind == M_COUNTRY;
    ev_draft *e = new_meeting(d, out, i, cue, rule, s);
    if (!e)
        goto nomem;
    if (between && nobj && e->ev.modality == NSV_MOD_ACTUAL)
        e->ev.modality = trailing_modality(d, d->ments[objs[nobj - 1]].tok_end, s->tok_end);
    /* "During talks with X, we will outline": the main clause's modal */
    if (opening_first_person && e->ev.modality == NSV_MOD_ACTUAL)
        e->ev.modality = trailing_modality(d,
                                           d->ments[objs[nobj - 1]].tok_end + 1 +
                                               is_char(d, d->ments[objs[nobj - 1]].tok_end, ','),
                                           s->tok_end);
    if (!with && !between && !of && cls == MEET_NOUN && e->ev.modality == NSV_MOD_ACTUAL &&
        !noun_after_prep(d, i, s->tok_start))
        e->ev.modality = noun_subject_modality(d, end, s->tok_end);
    /* "A and B would discuss the future of X at a meeting on Tuesday": the
     * parties' own verb is a modal (too far back for clause_modality) */
    if (!with && !between && !of && cls == MEET_NOUN && subj >= 0 &&
        e->ev.modality == NSV_MOD_ACTUAL && d->ments[subj].tok_end < i)
        e->ev.modality = noun_subject_modality(d, d->ments[subj].tok_end, i);
    /* "Five unions met X": one named side is enough */
    if (subj < 0 && nobj && !nmulti && !between && (cls == MEET_VERB || held >= 0) &&
        !(d->ments[objs[nobj - 1]].tok_end < s->tok_end &&
          (d->toks[d->ments[objs[nobj - 1]].tok_end].flags & T_POSS)) &&
        group_subject_before(d, held >= 0 ? (uint32_t)held : i, s->tok_start))
        e->open_group = 1;
    /* a pair's summit named as a topic is no event unless dated or
     * placed (events.c) */
    if (hyphen) {
        /* from the start of the pair: "the outcome of the NATO-Russia
         * Council meeting" (the first side is a mention of its own) */
        uint32_t first = d->ments[multi_parts[nmulti - 1]].tok_start;
        if (first >= s->tok_start + 2 && is_char(d, first - 1, '-')) {
            int p = mention_at(d, first - 2);
            if (p >= 0 && d->ments[p].tok_end == first - 1)
                first = d->ments[p].tok_start;
        }
        e->topic = named_as_topic(d, first, s->tok_start);
    }
    /* "Ukraine and the United States discussed the results of the recent
     * Normandy talks": a bare meeting noun after a topic word, with no side
     * of its own, is named, not reported; those who discuss it are not its
     * parties (no event unless dated or placed, events.c; "informed X on
     * the results of the talks with Y" keeps its teller and Y) */
    if (cls == MEET_NOUN && !hyphen && !nmulti && !between && !of && !with && !sideline &&
        !e->topic)
        e->topic = noun_named_as_topic(d, i, s->tok_start);
    /* "a session of the SCO Council of Heads of State": the group meets
     * through its organ (the GUIDE: the group is said to meet), a meeting
     * with the group as its one named party, as group_meeting's */
    if (organs) {
        e->open_group = 1;
        if (d->toks[organs - 1].end > e->ev.evidence_end)
            e->ev.evidence_end = d->toks[organs - 1].end;
    }
    if (nmulti) {
        e->multilateral = !hyphen || (cls == MEET_MULTI && !two_states);
        for (int k = 0; k < nmulti; k++) {
            meet_add_mention(d, e, multi_parts[k]);
            if (joint_body(d, multi_parts[k], e) < 0)
                goto nomem;
            /* the whole hyphened name stands for the part the finder read */
            int whole = -1;
            if (hyphen_body(d, multi_parts[k], &whole) < 0)
                goto nomem;
            for (int q = 0; whole >= 0 && q < e->nents; q++)
                if (e->ents[q] == d->ments[multi_parts[k]].entity)
                    e->ents[q] = whole;
        }
    }
    /* "the Russian-Kyrgyz summit" is the two presidents' talks, not a
     * group's summit: it merges with "Putin held talks with Akayev" (but
     * "the Russia-ASEAN Summit" is a group's) */
    if (cls == MEET_MULTI && !two_states)
        e->multilateral = 1;
    if (sideline)
        e->multilateral = 1;
    /* "met X on the margins of the East Asia Summit": a summit named by
     * capitalised words before its cue (no mention of its own) is the
     * sideline meeting's group, as a group's summit is (GUIDE) */
    if (sideline && cls == MEET_MULTI && !nmulti) {
        uint32_t start = i;
        if (named_meeting_at(d, s, i, end, &start) == end && start < i) {
            int ent = span_body_entity(d, start, end);
            if (ent < 0)
                goto nomem;
            ev_add_party(d, e, ent);
        }
    }
    /* "X chaired a meeting of the Security Council", "X held a meeting of
     * the Commission for Military Technical Cooperation": the one who
     * chairs or attends a named national body's session meets its members
     * (the studied sets label it; a body meeting with no one named from
     * outside stays none) */
    int chaired_session = of && nmulti == 1 && d->ments[multi_parts[0]].kind == M_ORG &&
                          (held_at >= 0 || placed_before_as(d, i, s->tok_start, 0) || fronted_at);
    int greeted = sent_to(d, i, s->tok_start);
    /* "A meeting of the Trilateral Contact Group (TCG) took place today":
     * a group of states the text reports meeting, with no one placed at
     * it, is a meeting of its members (the GUIDE: the group is said to
     * meet), the group its one party as for its organ above */
    /* (its acronym after it is the same party: "Group (TCG)") */
    int one_group = nmulti == 1 || (nmulti == 2 && d->ments[multi_parts[0]].entity ==
                                                       d->ments[multi_parts[1]].entity);
    if (of && one_group && (subj < 0 || speaker_of_reported_cue(d, subj, i)) && !greeted &&
        !organs && intl_group(d, multi_parts[0]) &&
        group_held_after(d, d->ments[multi_parts[0]].tok_end, s->tok_end)) {
        e->open_group = 1;
        e->topic = named_as_topic(d, i, s->tok_start);
        subj = -1; /* (a speaker who reports it is no party) */
    }
    /* the greeted meeting still met, with its unnamed participants; the
     * sender is none of them, by either branch below */
    if (greeted && nmulti)
        e->open_group = 1;
    if ((!nmulti || sideline || cls == MEET_MULTI) && !greeted &&
        !(sideline && place_apposition(d, subj, s->tok_start)))
        add_subject_side(d, e, subj, they, nthey);
    /* "X took part in a meeting of the SCO Council of Heads of State", "X
     * spoke at a session of the UN General Assembly": the person placed at
     * a group's meeting attends it (only one the groups make a meeting by
     * themselves: a body's own session with one person is none) */
    else if (of && nmulti && !greeted &&
             (nmulti >= 2 || intl_group(d, multi_parts[0]) || chaired_session) && subj >= 0 &&
             /* "The President held a meeting of the Council for X": a
              * description or pronoun the item resolves to a person too */
             person_mention(d, subj) &&
             /* "X chaired a meeting of the Supreme Eurasian Economic
              * Council": chairing it places him there too */
             (placed_before(d, i, s->tok_start) || held_at >= 0)) {
        /* "X, Y and Z took part in a meeting of the Supreme Eurasian
         * Economic Council": the people listed with the subject too */
        int left[MAX_COORD];
        /* ("At a meeting of X, A and B said": the list after it) */
        int nl =
            coordinated(d, subj, subj_after ? 1 : -1, s->tok_start, s->tok_end, left, MAX_COORD);
        for (int k = 0; k < nl; k++)
            if (person_mention(d, left[k])) /* left[0] is subj */
                meet_add_mention(d, e, left[k]);
    }
    /* "A, B and C met with D": the subject's list before it met D too;
     * "President X and Vice President Y hosted D" */
    if (subj >= 0 && nobj && !nmulti && !between &&
        (cls == MEET_VERB || cls == MEET_WITH || cls == MEET_HOST || held >= 0 ||
         (cls == MEET_NOUN && with && d->ments[subj].tok_end < i)) &&
        d->ments[subj].kind != M_GROUP_DESC) {
        int left[MAX_COORD];
        int nl = listed_before(d, subj, s->tok_start, left, MAX_COORD);
        /* "Baker and Volcker gave these views at closed-door talks with
         * Speaker X": after a noun's "with", only a list that opens the
         * sentence (its titles aside) is the clause's subject (not "talks
         * between banks and A, B and C, as well as negotiations with D") */
        if (cls == MEET_NOUN && held < 0 && nl) {
            uint32_t k = d->ments[left[nl - 1]].tok_start;
            for (int steps = 0; k > s->tok_start && steps < 6 && (d->toks[k - 1].flags & T_CAP) &&
                                (d->toks[k - 1].flags & T_WORD);
                 steps++)
                k--;
            if (k != s->tok_start)
                nl = 0;
        }
        /* people listed with a person ("At the meeting of the X Council,
         * held by video, Y met Z": no body in a phrase before) */
        for (int k = 0;
             k < nl && (d->ments[left[k]].kind == M_PERSON) == (d->ments[subj].kind == M_PERSON);
             k++)
            meet_add_mention(d, e, left[k]);
        if (cls != MEET_NOUN)
            join_readout_hosts(d, e, subj, i, s, 0);
    }
    if (principal >= 0) {
        ev_add_party(d, e, principal);
        e->implied_host = 1;
    }
    /* "I also addressed the participants of the spring session of the
     * World Bank": the principal placed at the group's session attends it,
     * as the person named there does */
    else if (nmulti && !greeted && subj < 0 && placed_before(d, i, s->tok_start) &&
             (sideline || (of && (nmulti >= 2 || intl_group(d, multi_parts[0]))))) {
        int fp = first_person_placed_at_cue(d, s, i);
        if (fp == -2)
            goto nomem;
        if (fp >= 0)
            ev_add_party(d, e, fp);
    }
    if (series >= 0)
        ev_add_party(d, e, series);
    for (int k = 0; k < nobj; k++)
        meet_add_mention(d, e, objs[k]);
    /* "X held a meeting on the development of gas projects": the chair
     * met those he convened (topic_convening); one named party is enough */
    if (e->nents == 1 && !nobj && !nmulti && !between && !with && !of && !hyphen && !sideline &&
        !greeted && (cls == MEET_NOUN || cls == MEET_VERB) && e->ev.modality == NSV_MOD_ACTUAL &&
        !e->topic && d->ents[e->ents[0]].kind == NSV_KIND_PERSON) {
        /* ("held a videoconference meeting on X": the verb cue "held a
         * videoconference" holds the meeting noun after it) */
        int topic_verb = cls == MEET_VERB && end < s->tok_end &&
                         phrase_at(d, end, s->tok_end, PHRASE_TOPIC_MEETING) == 2;
        if ((cls == MEET_NOUN || topic_verb) &&
            topic_convening(d, s, i, topic_verb ? end + 1 : end, topic_verb ? (int)i : held_at,
                            subj))
            e->open_group = e->topic_chair = 1;
    }
    return NSV_OK;
nomem:
    return out_of_memory(d->limits, err);
}

/* "- Doctors for America", "- The American Geriatrics Society": a bulleted
 * roster line that is a body's name the mention finder did not know:
 * capitalised words (small words like "for", "of", "the" between them) up
 * to the line's end, a comma or a bracket, with no place in it.  Returns the
 * entity of the body it names, or -1. */
static int bullet_name(doc *d, uint32_t b)
{
    uint32_t h = b;
    int caps = 0, words = 0;
    for (; h < d->ntoks && h < b + 10 && (h == b || !line_start(d, h)); h++) {
        const token *u = &d->toks[h];
        /* "Sentara Healthcare – Virginia Premier": a spaced dash ends the
         * name as a comma does */
        if (is_char(d, h, ',') || is_char(d, h, '(') || is_char(d, h, '.') ||
            (h > b && (d->toks[h].flags & T_SPACE_BEFORE) && en_or_em_dash(d, h)))
            break;
        int m = mention_at(d, h);
        if (m >= 0 && (d->ments[m].kind == M_PLACE || d->ments[m].kind == M_PRONOUN))
            return -1;
        /* ("CVS/Aetna": an unspaced slash joins two names of one body) */
        if (!(u->flags & T_WORD) && !(u->flags & T_POSS) && !is_char(d, h, '-') &&
            !is_char(d, h, '&') && !(is_char(d, h, '/') && h > b && !(u->flags & T_SPACE_BEFORE)))
            return -1;
        if (u->flags & T_WORD) {
            words++;
            caps += (u->flags & T_CAP) != 0;
        }
    }
    /* a name ends its line or its phrase; most of its words are capitalised */
    if (!words || !(d->toks[b].flags & T_CAP) || caps * 3 < words * 2 ||
        !(h >= d->ntoks || line_start(d, h) || is_char(d, h, ',') || is_char(d, h, '(') ||
          is_char(d, h, '.') || en_or_em_dash(d, h)))
        return -1;
    const char *name =
        arena_strndup(d->mem, d->text + d->toks[b].start, d->toks[h - 1].end - d->toks[b].start);
    return name ? body_entity(d, name) : -1;
}

/* Does line k open with a list number ("1. ", "2) ")? */
static int numbered_line(const doc *d, uint32_t k)
{
    return k + 2 < d->ntoks && (d->toks[k].flags & T_NUM) &&
           d->toks[k].end - d->toks[k].start <= 2 &&
           (is_char(d, k + 1, '.') || is_char(d, k + 1, ')')) && !line_start(d, k + 1) &&
           !line_start(d, k + 2);
}

/* How many tokens a heading inside a roster may have, plus one: a
 * title-case line of up to eleven ("Health Insurance Providers and
 * Associations", "Poor People's Campaign and Repairers of the Breach");
 * any line of up to four. */
#define ROSTER_HEADING_TOKENS 12

/* Are the n tokens from k a title-case line: capitalised words, and small
 * lower-case joining words (phrases.tsv heading_join: "and", "of", "for",
 * "the") between them? */
static int title_case_line(const doc *d, uint32_t k, uint32_t n)
{
    if (!(d->toks[k].flags & T_CAP))
        return 0;
    for (uint32_t h = k; h < k + n; h++) {
        const token *u = &d->toks[h];
        /* ("Poor People's Campaign": a possessive's "'s" inside a name) */
        if (h > k && (u->flags & T_POSS))
            continue;
        if (!(u->flags & T_WORD) || (u->flags & (T_IN_QUOTE | T_NUM)))
            return 0;
        if (!(u->flags & T_CAP) && !phrase_at(d, h, h + 1, PHRASE_HEADING_JOIN))
            return 0;
    }
    return 1;
}

/* How many tokens after its colon or heading a roster's lines may run:
 * the corpus's last line that decides anything (a party, or the line
 * that ends the list) starts 554 tokens after it, in a list of 64 lines.
 * An item with a colon in every sentence and no line break looked at all
 * the rest of the item from each. */
#define ROSTER_LIST_TOKENS 2048

/* A meeting a roster may join: an actual one with two parties or an open
 * group (not a one-party mention: "During the meeting, X highlighted"). */
static int roster_meeting(const ev_draft *f)
{
    return f->ev.type == NSV_EV_MEETING && !f->dropped && f->ev.modality == NSV_MOD_ACTUAL &&
           (f->nents >= 2 || f->open_group);
}

/* The item's meetings in text order.  A signing looks back for the meeting
 * it took place at, "they" and a readout's officials for the meeting just
 * reported, a roster for the meeting it lists: each asks for the last
 * meeting of some kind (the highest on the list, as a scan back from its
 * end would find) before a point of the text.  Scans back over the list
 * grew with the square of a long item, and bounded ones missed a meeting
 * behind many later drafts; so the meetings are sorted by place once per
 * item (they are all on the list before the first signing and statement,
 * and no pass adds one before meeting_rosters' own rules), and each kind
 * of question keeps a cursor that walks them as its questions move on
 * through the text.  A kind is judged as the cursor passes a meeting: the
 * passes between questions do not change which meetings are of it. */
typedef struct {
    uint32_t sent, start; /* the meeting's sentence and evidence start */
    uint32_t idx;         /* its index on the list */
} meet_key;

typedef struct {
    size_t pos;                /* the next meeting to pass */
    size_t best;               /* 1 + the highest list index passed of the kind, or 0 */
    uint32_t q_sent, q_before; /* the last question asked */
} meet_cursor;

struct meet_index {
    meet_key *v;
    size_t n;
    meet_cursor cur[MEET_KINDS];
};

static int meet_key_cmp(const void *a, const void *b)
{
    const meet_key *x = a, *y = b;
    if (x->sent != y->sent)
        return x->sent < y->sent ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* How far back before a nominal meeting a preposition or clause opener
 * still governs it ("on the November 15, 2021 virtual meeting between"). */
#define PASSING_BACK 8

/* "Their meeting followed up on the virtual meeting between President Biden
 * and President Xi", "following the recent phone call between", "noted that
 * the meeting between ... is an opportunity": a meeting named by a noun
 * after a preposition or clause opener a few words before it, in passing,
 * not the one the readout goes on to report.  (Asked again of the same
 * meetings each time meet_last's walk starts over: the evidence's first
 * token is found by bisection, the tokens being in text order, not by a
 * walk from the sentence's start.) */
int meet_in_passing(const doc *d, const ev_draft *m)
{
    /* ("discussed the agreements reached at the Russia-Turkey summit held
     * on March 5": a pair's compound recalled in passing too) */
    if (strcmp(m->ev.rule, "meeting.between") && strcmp(m->ev.rule, "meeting.noun") &&
        strcmp(m->ev.rule, "meeting.compound"))
        return 0;
    const sentence *s = &d->sents[m->sent];
    const uint32_t t = first_tok_from(d, s->tok_start, s->tok_end, m->ev.evidence_start);
    for (uint32_t k = t; k > s->tok_start && t - k < PASSING_BACK; k--)
        if (d->toks[k - 1].word_bits & (W_PREP | W_SUBORD | W_ROSTER_VERB))
            return 1;
    return 0;
}

static int meet_of_kind(const doc *d, const ev_draft *m, int kind)
{
    switch (kind) {
    case MEET_ACTUAL: return m->ev.modality == NSV_MOD_ACTUAL;
    /* the antecedent of "they": a bilateral meeting held; a headline's
     * whose host is only implied is none for the transcript below it */
    case MEET_THEY:
        return m->nents >= 2 && !m->multilateral && m->ev.modality == NSV_MOD_ACTUAL &&
               !m->implied_host;
    /* ("They also underscored" after a readout names its pair's earlier
     * meeting in passing: still the readout's own meeting) */
    case MEET_THEY_MAIN: return meet_of_kind(d, m, MEET_THEY) && !meet_in_passing(d, m);
    case MEET_ROSTER: return roster_meeting(m);
    default: return 1;
    }
}

static struct meet_index *meet_index_get(doc *d, const ev_list *l)
{
    /* (an exhausted arena fails the item: no rebuild walk per question) */
    if (d->meet_ix || d->mem->failed)
        return d->meet_ix;
    struct meet_index *ix = arena_alloc(d->mem, sizeof *ix);
    if (!ix)
        return NULL;
    size_t n = 0;
    for (size_t k = 0; k < l->n && k < UINT32_MAX; k++)
        n += l->v[k].ev.type == NSV_EV_MEETING;
    ix->v = n ? arena_alloc_raw(d->mem, n * sizeof *ix->v) : NULL;
    if (n && !ix->v)
        return NULL;
    for (size_t k = 0; k < l->n && k < UINT32_MAX; k++)
        if (l->v[k].ev.type == NSV_EV_MEETING)
            ix->v[ix->n++] = (meet_key){l->v[k].sent, l->v[k].ev.evidence_start, (uint32_t)k};
    if (ix->n > 1)
        qsort(ix->v, ix->n, sizeof *ix->v, meet_key_cmp);
    d->meet_ix = ix;
    return ix;
}

int meet_index_ready(doc *d, const ev_list *l)
{
    return meet_index_get(d, l) ? 0 : -1;
}

long meet_last(doc *d, const ev_list *l, int kind, uint32_t sent, uint32_t before)
{
    struct meet_index *ix = meet_index_get(d, l);
    if (!ix)
        return -1;
    meet_cursor *c = &ix->cur[kind];
    /* a question behind the last one starts the walk again */
    if (sent < c->q_sent || (sent == c->q_sent && before < c->q_before)) {
        c->pos = 0;
        c->best = 0;
    }
    c->q_sent = sent;
    c->q_before = before;
    for (; c->pos < ix->n && (ix->v[c->pos].sent < sent ||
                              (ix->v[c->pos].sent == sent && ix->v[c->pos].start < before));
         c->pos++)
        if (ix->v[c->pos].idx + (size_t)1 > c->best &&
            meet_of_kind(d, &l->v[ix->v[c->pos].idx], kind))
            c->best = ix->v[c->pos].idx + (size_t)1;
    return (long)c->best - 1;
}

/* The readout's first meeting in the body (on the list), for a roster far
 * from the meeting named last: found once, on a roster's first use. */
typedef struct {
    int built;
    long first_body; /* -1 none */
} roster_index;

static void roster_index_build(doc *d, const ev_list *out, roster_index *ix)
{
    ix->built = 1;
    ix->first_body = -1;
    for (size_t k = 0; k < out->n && ix->first_body < 0; k++)
        if (roster_meeting(&out->v[k]) && d->sents[out->v[k].sent].end > d->title_len)
            ix->first_body = (long)k;
}

/* How many names a roster run on after its colon may list (the corpus's
 * longest, a credentials ceremony, names 20). */
#define COLON_RUN_ROSTER_MAX 32

/* "The following ambassadors presented their credentials to the President
 * of Russia: A (Argentine Republic), B (Republic of Croatia) ... and C
 * (USA)", "...: A, United States of America; B, State of Kuwait; ...": a
 * roster run on inside its sentence, people parted by commas, semicolons
 * or "and", each name alone or with its state after it in brackets or
 * after a comma up to a semicolon.  Adds them to e when two or more open
 * the list this way; returns how many. */
static int colon_run_roster(doc *d, ev_draft *e, uint32_t colon)
{
    const sentence *s = &d->sents[d->toks[colon].sent];
    int people[COLON_RUN_ROSTER_MAX], n = 0;
    uint32_t k = colon + 1;
    while (k < s->tok_end && n < COLON_RUN_ROSTER_MAX && !line_start(d, k)) {
        int m = mention_at(d, k);
        if (m < 0 || d->ments[m].tok_start != k || d->ments[m].kind != M_PERSON ||
            !party_mention(d, m))
            break;
        people[n++] = m;
        k = d->ments[m].tok_end;
        if (k < s->tok_end && is_char(d, k, '(')) {
            /* the state in brackets */
            uint32_t c = k + 1;
            while (c < s->tok_end && c < k + 14 && !is_char(d, c, ')'))
                c++;
            if (c >= s->tok_end || !is_char(d, c, ')'))
                break;
            k = c + 1;
        } else if (k < s->tok_end && is_char(d, k, ',')) {
            /* "A, United States of America;": the state up to a semicolon */
            uint32_t c = k + 1;
            while (c < s->tok_end && c < k + 10 && !is_char(d, c, ';') && !is_char(d, c, ','))
                c++;
            if (c < s->tok_end && is_char(d, c, ';'))
                k = c;
        }
        int sep = 0;
        while (k < s->tok_end && sep < 2 &&
               (is_char(d, k, ',') || is_char(d, k, ';') || tok_is(&d->toks[k], "and")))
            k++, sep++;
        if (!sep)
            break;
    }
    if (n < 2)
        return 0;
    for (int q = 0; q < n; q++)
        ev_add_party(d, e, d->ments[people[q]].entity);
    return n;
}

/* Does the lead-in of a roster's sentence s, the words before its first
 * roster word ("Reproductive justice meeting participants included:"),
 * share a content word of five letters or more with sentence t?  Meeting
 * nouns ("meeting", "roundtable") name no particular meeting.  At most
 * eight lead-in words are compared. */
static int lead_in_shares_word(const doc *d, const sentence *s, uint32_t colon, const sentence *t)
{
    for (uint32_t k = s->tok_start; k < colon && k < s->tok_start + 8; k++) {
        const token *a = &d->toks[k];
        if (a->word_bits & (W_ROSTER | W_UNNAMED | W_GROUP))
            return 0;
        if (!(a->flags & T_WORD) || a->lower_len < 5 || tok_lex(d, k, LEX_MEETING, NULL))
            continue;
        for (uint32_t j = t->tok_start; j < t->tok_end; j++) {
            const token *b = &d->toks[j];
            if (b->lower_len == a->lower_len && !memcmp(b->lower, a->lower, a->lower_len))
                return 1;
        }
    }
    return 0;
}

/* How many tokens back from its colon a roster_by phrase may start
 * ("joined on the call by": five). */
#define ROSTER_BY_TOKENS 8

/* "The President and his team were joined on the call by:", "The Vice
 * President was also joined by:": a roster_by phrase (phrases.tsv) ends
 * right at the colon, the list after it naming who joined the meeting.
 * "X joined the talks:" or "joined by phone, X said:" has none. */
static int joined_by_colon(const doc *d, uint32_t colon)
{
    const sentence *s = &d->sents[d->toks[colon].sent];
    for (uint32_t h = colon, steps = 0; h > s->tok_start && steps < ROSTER_BY_TOKENS; steps++) {
        h--;
        if (phrase_at(d, h, colon, PHRASE_ROSTER_BY) == colon - h)
            return 1;
    }
    return 0;
}

/* "Participants included:" and a list, one party a line ("- Congresswoman
 * X (NY-05)", "• Oskar Eustis, Artistic Director, ..."): a roster of the
 * meeting the text named last; the people and bodies that open its lines
 * join it.  A line of prose ends the list; a list run on inside the
 * colon's sentence is read as such instead (colon_run_roster).  `colon` is
 * the token the list follows; with `heading_list` the end of a heading
 * line of its own (roster_heading: "Meeting Participants"), which needs no
 * roster word before it and lists the readout's first meeting; with
 * `joined_by` a colon right after a roster_by phrase (joined_by_colon),
 * which needs none either.  `ix` is built on first use
 * (roster_index_build). */
static void roster_after(doc *d, ev_list *out, uint32_t colon, int heading_list, int joined_by,
                         roster_index *ix)
{
    const sentence *s = &d->sents[d->toks[colon].sent];
    /* (a word of a body's name is no roster noun: "The Council of
     * Governors includes:" lists the body's members, not who attended) */
    int noun = heading_list || joined_by;
    for (uint32_t k = s->tok_start; k + 1 < colon && !noun; k++) {
        int m = mention_at(d, k);
        noun |= (d->toks[k].word_bits & (W_ROSTER | W_UNNAMED | W_GROUP)) != 0 &&
                !(m >= 0 && d->ments[m].kind == M_ORG && d->ments[m].tok_start < k);
    }
    if (!noun)
        return;
    if (!ix->built)
        roster_index_build(d, out, ix);
    long last = meet_last(d, out, MEET_ROSTER, (uint32_t)(s - d->sents), UINT32_MAX);
    if (last < 0)
        return;
    ev_draft *e = &out->v[last];
    /* the readout's own meeting: the first the body names (the headline's
     * merges with it later) */
    ev_draft *body_first = ix->first_body >= 0 ? &out->v[ix->first_body] : NULL;
    /* "Reproductive justice meeting participants included:" after a later
     * meeting "with doctors and nurses": a lead-in naming the readout's
     * meeting by its words lists that meeting */
    if (!heading_list && body_first && body_first != e &&
        lead_in_shares_word(d, s, colon, &d->sents[body_first->sent]) &&
        !lead_in_shares_word(d, s, colon, &d->sents[e->sent]))
        e = body_first;
    else if (heading_list || s->para > d->sents[e->sent].para + 1) {
        /* far from the meeting named last (a background one, "launched the
         * Task Force by hosting a roundtable" years before), the roster is
         * the readout's own meeting; a roster under a heading of its own
         * ends a readout: its meeting is the readout's, never a background
         * one named just before */
        /* a summit the readout names as a setting ("at the G7 Summit") is
         * not the convening a headed roster lists */
        if (heading_list && body_first && body_first->ev.rule &&
            (!strcmp(body_first->ev.rule, "meeting.group_setting") ||
             !strcmp(body_first->ev.rule, "meeting.sidelines")))
            return;
        if (body_first)
            e = body_first;
    }
    if (!heading_list && colon + 1 < d->ntoks && !line_start(d, colon + 1) &&
        colon_run_roster(d, e, colon))
        return;
    int bulleted = -1, lines = 0;
    for (uint32_t k = colon + 1; k < d->ntoks && k <= colon + ROSTER_LIST_TOKENS && lines < 64;
         k++) {
        /* ("joined by: • Robert Godec, ...\n• Lisa Buzenas": the first
         * bullet may follow the colon on its line) */
        int bullet_after_colon = k == colon + 1 && d->toks[k].end - d->toks[k].start == 3 &&
                                 !memcmp(d->text + d->toks[k].start, "\xe2\x80\xa2", 3);
        if (!line_start(d, k) && !bullet_after_colon)
            continue;
        lines++;
        uint32_t b = k;
        /* "1. Alliance of Community Health Plans": a list number is a
         * bullet too */
        if (numbered_line(d, k))
            b = k + 2;
        else
            while (b < d->ntoks && b < k + 2 && (d->toks[b].flags & T_PUNCT) &&
                   !(d->toks[b].flags & T_QUOTE))
                b++;
        int bullet = b > k;
        /* a heading inside the list ("Experts", "Health Insurance
         * Providers and Associations"): a short line of its own, which says
         * nothing of how the list's lines look */
        uint32_t n = 1;
        while (k + n < d->ntoks && n < ROSTER_HEADING_TOKENS && !line_start(d, k + n))
            n++;
        /* ("From the White House:", "Roundtable Participants:": a
         * title-case heading may end with its own colon) */
        int heading = !bullet && (k + n >= d->ntoks || line_start(d, k + n)) &&
                      (n < 5 || (n < ROSTER_HEADING_TOKENS && title_case_line(d, k, n)) ||
                       (n < ROSTER_HEADING_TOKENS && n > 1 && is_char(d, k + n - 1, ':') &&
                        title_case_line(d, k, n - 1)));
        /* (a line shaped as a heading may be the list's first party, a name
         * and its title: it sets the lines' look only as a party, below) */
        if (bulleted < 0 && !heading)
            bulleted = bullet;
        /* the line's head, up to its first comma: a person there ("Colorado
         * State Representative X", "White House Office of ... Director X"),
         * else a body that opens it ("Doctors for America") */
        int m = -1, first = -1;
        for (uint32_t h = b; h < d->ntoks && h < b + 16 && (h == b || !line_start(d, h)) &&
                             !is_char(d, h, ',') && !is_char(d, h, '(');
             h++) {
            int x = mention_at(d, h);
            if (x < 0 || d->ments[x].tok_start != h || !party_mention(d, x))
                continue;
            if (first < 0)
                first = x;
            if (d->ments[x].kind == M_PERSON) {
                m = x;
                /* "- Baton Rouge Mayor Sharon Weston Broome": a place the
                 * names list lacks, read as a person, is the office's
                 * place; the person follows its title */
                uint32_t t = d->ments[x].tok_end;
                if (t < d->ntoks && !line_start(d, t) && tok_lex(d, t, LEX_TITLE, NULL)) {
                    uint32_t lim = t;
                    while (lim < d->ntoks && lim < t + 12 && !line_start(d, lim))
                        lim++;
                    int p = person_after_title(d, t, lim);
                    if (p >= 0 && d->ments[p].tok_end <= lim) /* not across the line */
                        m = p;
                }
                break;
            }
        }
        if (m < 0 && first >= 0 && d->ments[first].tok_start == b && d->ments[first].kind == M_ORG)
            m = first;
        /* "- The American College of Emergency Physicians": a "person" right
         * after a small word ("of") is the tail of a body's name ("-
         * Connecticut Senate Majority Leader X" is a person) */
        uint32_t ps = m >= 0 ? d->ments[m].tok_start : 0;
        int body_line = bullet && m >= 0 && d->ments[m].kind == M_PERSON && ps > b &&
                        (d->toks[ps - 1].flags & T_WORD) && !(d->toks[ps - 1].flags & T_CAP);
        int named = bullet && bulleted == 1 && (m < 0 || body_line) ? bullet_name(d, b) : -1;
        if (named >= 0) {
            ev_add_party(d, e, named);
            continue;
        }
        int party = m >= 0;
        /* without bullets a roster line is the name and its title after a
         * comma, not a sentence about the person */
        if (party && !bullet) {
            uint32_t t = d->ments[m].tok_end;
            party = t >= d->ntoks || line_start(d, t) || is_char(d, t, ',') || is_char(d, t, '(');
        }
        if (party && bulleted < 0)
            bulleted = bullet;
        if (party && bullet == bulleted) {
            ev_add_party(d, e, d->ments[m].entity);
            continue;
        }
        if (heading)
            continue;
        break;
    }
}

/* "the COP26 Summit in Glasgow in November", "a meeting between X and Y in
 * San Francisco in November" in an item of June or October: a month with
 * no day (and a year, if any, not before the published one) later than
 * the published month, in the few words after a meeting noun's evidence
 * from t, says it has not happened ("met in November" is a past one: only
 * nouns ask).  Returns 1 for such a month. */
static int future_month_after(const doc *d, uint32_t t, uint32_t end)
{
    if (d->published < 0)
        return 0;
    int py, pm, pd;
    civil_from_days(d->published, &py, &pm, &pd);
    for (uint32_t k = t; k < end && k < t + 6; k++) {
        if ((d->toks[k].flags & T_PUNCT) && !is_char(d, k, '-'))
            return 0;
        const lex_entry *w = NULL;
        if (!(d->toks[k].word_bits & W_MONTH) || k == t || !tok_is(&d->toks[k - 1], "in") ||
            !(w = tok_lex(d, k, LEX_WORD, NULL)) || !(w->bits & W_MONTH))
            continue;
        int year = py, n;
        if (k + 1 < end && tok_number(d, k + 1, &n)) {
            if (n < 1000 || n > 2999)
                return 0; /* "in November 12": a day, dates.c's */
            year = n;
        }
        return year > py || (year == py && w->value > pm);
    }
    return 0;
}

/* "X will meet with Y ... During the talks, the two leaders plan to
 * discuss", "Following the talks, the presidents will sign": a definite
 * bare meeting noun opening the sentence points back at the coming meeting
 * announced before, whose parties it names again; it is that meeting, not
 * one held on the item's day.  The actual draft e (of the cue at i) is dropped
 * when an earlier planned meeting holds all its parties.  Bounded: the last
 * 32 drafts. */
static void back_to_planned(const doc *d, const ev_list *out, size_t before, ev_draft *e,
                            const sentence *s, uint32_t i, unsigned nw)
{
    /* (only the noun alone before its comma: "During the talks on
     * February 28, X and Y will" dates the coming talks itself) */
    if (e->nents < 2 || e->ev.modality != NSV_MOD_ACTUAL || i != s->tok_start + 2 ||
        i + nw >= s->tok_end || !is_char(d, i + nw, ',') ||
        !(tok_is(&d->toks[i - 1], "the") || (d->toks[i - 1].word_bits & W_POSSESSIVE)) ||
        !(d->toks[s->tok_start].flags & T_WORD) || mention_at(d, s->tok_start) >= 0)
        return;
    for (size_t k = before, steps = 0; k-- > 0 && steps < 32; steps++) {
        const ev_draft *f = &out->v[k];
        if (f->ev.type != NSV_EV_MEETING || f->dropped || f->ev.modality != NSV_MOD_PLANNED ||
            f->sent >= e->sent)
            continue;
        int all = 1;
        for (int p = 0; p < e->nents && all; p++) {
            int in = 0;
            for (int q = 0; q < f->nents && !in; q++)
                in = e->ents[p] >= 0 && f->ents[q] == e->ents[p];
            all = in;
        }
        if (all) {
            e->dropped = 1;
            return;
        }
    }
}

/* "X proposed that Congressmen and representatives of soybean growers meet
 * with USDA", "it is expected that the talks": the nearest "that" before
 * the cue in its clause (no punctuation mark between, sixteen words at
 * most) follows a word of planning (modality.tsv), and the meeting it
 * governs is proposed, not held; the modal scan stops short of it across
 * a long subject.  Returns NSV_MOD_PLANNED or NSV_MOD_ACTUAL. */
static nsv_modality planned_that_clause(const doc *d, uint32_t cue, const sentence *s)
{
    for (uint32_t k = cue, steps = 0; k > s->tok_start + 1 && steps < 16; steps++) {
        k--;
        const token *u = &d->toks[k];
        if ((u->flags & (T_PUNCT | T_QUOTE)) && !(is_char(d, k, '-') || is_char(d, k, '.')))
            return NSV_MOD_ACTUAL;
        if (tok_is(u, "that")) {
            const lex_entry *m = tok_lex(d, k - 1, LEX_MODALITY, NULL);
            return m && m->value == NSV_MOD_PLANNED ? NSV_MOD_PLANNED : NSV_MOD_ACTUAL;
        }
    }
    return NSV_MOD_ACTUAL;
}

/* Has the item a held meeting among its first n records? */
static int actual_meeting_before(const ev_list *out, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (out->v[k].ev.type == NSV_EV_MEETING && !out->v[k].dropped &&
            out->v[k].ev.modality == NSV_MOD_ACTUAL)
            return 1;
    return 0;
}

/* The meetings a cue at token i opens, each with the modality its clause
 * gives it.  The modal after a meeting noun's parties is asked here, once
 * every path has added its parties (the evidence then ends with them). */
static nsv_code meeting_at(doc *d, ev_list *out, const sentence *s, uint32_t i, unsigned nw,
                           const lex_entry *cue, nsv_error *err)
{
    size_t before = out->n;
    nsv_code rc = meeting_sides_at(d, out, s, i, nw, cue, err);
    for (size_t a = before; !rc && a < out->n; a++) {
        ev_draft *e = &out->v[a];
        if (e->ev.type == NSV_EV_MEETING && e->ev.modality == NSV_MOD_ACTUAL)
            e->ev.modality = parties_modality(d, e, s);
        /* (after a meeting the item reports held, "After the meeting, the
         * Presidents will talk to the media" looks back at it; the
         * sentence-local test first, the scan of earlier records only
         * when it finds a future) */
        if (e->ev.type == NSV_EV_MEETING && e->ev.modality == NSV_MOD_ACTUAL &&
            opening_phrase_future(d, e->cue_tok, s) == NSV_MOD_PLANNED &&
            !actual_meeting_before(out, before))
            e->ev.modality = NSV_MOD_PLANNED;
        if (e->ev.type == NSV_EV_MEETING && e->ev.modality == NSV_MOD_ACTUAL)
            e->ev.modality = planned_that_clause(d, e->cue_tok, s);
        if (e->ev.type == NSV_EV_MEETING && !strcmp(e->ev.rule, "meeting.noun"))
            back_to_planned(d, out, before, e, s, i, nw);
        /* "A and B are still negotiating": the evidence holds the whole cue
         * phrase, not only its first word */
        if (e->ev.type == NSV_EV_MEETING && e->cue_tok == i && i + nw <= s->tok_end &&
            d->toks[i + nw - 1].end > e->ev.evidence_end)
            e->ev.evidence_end = d->toks[i + nw - 1].end;
    }
    return rc;
}

/* "X hosted Y and a senior delegation at the White House on October 5 for
 * a meeting of the U.S.-Israel Strategic Consultative Group": the group's
 * meeting the host's guests came for is the host's meeting, one event with
 * both sides and the group (the headline's "Meeting of the Group" then
 * merges into it).  Only a host event of the same sentence before it. */
static void hosted_for_meeting(doc *d, ev_list *out, const sentence *s, size_t first)
{
    for (size_t a = first; a < out->n; a++) {
        ev_draft *g = &out->v[a];
        /* (or "A, Title, and B, Title, convened representatives ... for a
         * Forum on X": the noun of the occasion the convening held) */
        if (g->ev.type != NSV_EV_MEETING || g->dropped)
            continue;
        int noun = !strcmp(g->ev.rule, "meeting.noun");
        if (!noun && strcmp(g->ev.rule, "meeting.of_group"))
            continue;
        /* back over up to two lower-case modifiers ("virtual") and the
         * article to "for" */
        uint32_t b = g->cue_tok;
        for (int steps = 0; b > s->tok_start && steps < 2 && (d->toks[b - 1].flags & T_WORD) &&
                            !(d->toks[b - 1].flags & T_CAP) && !(d->toks[b - 1].word_bits & W_DET);
             steps++)
            b--;
        if (b < s->tok_start + 3 || !(d->toks[b - 1].word_bits & W_DET) ||
            !tok_is(&d->toks[b - 2], "for"))
            continue;
        for (size_t h = a; h-- > first;) {
            ev_draft *e = &out->v[h];
            if (e->ev.type != NSV_EV_MEETING || e->dropped || e->sent != g->sent ||
                (noun ? strcmp(e->ev.rule, "meeting.unnamed_group") || !e->convening
                      : strcmp(e->ev.rule, "meeting.host")) ||
                e->cue_tok >= b || e->ev.modality != g->ev.modality)
                continue;
            for (int q = 0; q < g->nents; q++)
                ev_add_party(d, e, g->ents[q]);
            if (g->ev.evidence_end > e->ev.evidence_end)
                e->ev.evidence_end = g->ev.evidence_end;
            e->multilateral = 1;
            g->dropped = 1;
            break;
        }
    }
}

/* "President X, joined by Vice President Y, spoke today with Z", "X, together
 * with Y and W, met Z", "spoke with Z, joined by Y": the parties named right
 * after a companion phrase (meeting_cues.tsv "companion") and the party right
 * before it are at the meeting of sentence k that has either (the subject
 * read may be the companion, "Y, traveled to Tunis and met Z").  Only drafts
 * of the sentence from index first; one pass over its tokens. */
static void companions_join(doc *d, ev_list *out, const sentence *s, size_t k, size_t first)
{
    for (uint32_t t = s->tok_start + 1; t < s->tok_end && first < out->n; t++) {
        unsigned nw = companion_at(d, t);
        if (!nw || (d->toks[t].flags & (T_IN_QUOTE | T_QUOTE)))
            continue;
        /* "X, joined by", "Joseph R. Biden, Jr. joined by" */
        uint32_t b = is_char(d, t - 1, ',') ? t - 1 : t;
        /* "X, who will be joined by Y": the relative clause's antecedent
         * (over up to three auxiliaries and the "who" after its comma) */
        uint32_t r = b;
        for (int steps = 0; r > s->tok_start && steps < 3 && (d->toks[r - 1].word_bits & W_AUX);
             steps++)
            r--;
        if (r < b && r > s->tok_start + 1 && tok_is(&d->toks[r - 1], "who") &&
            is_char(d, r - 2, ','))
            b = r - 2;
        int x = party_left(d, b, s->tok_start);
        /* (a party right after the phrase, else a person after a title:
         * "joined by Deputy NEC Director Fazili" names no body) */
        int y = attendee_after(d, t + nw, s->tok_end);
        if (y >= 0 && d->ments[y].kind != M_PERSON && party_right(d, t + nw, s->tok_end) != y)
            y = -1;
        /* ("as well as Mexico's development agency" names the agency) */
        if (y >= 0 && d->ments[y].tok_end < s->tok_end &&
            (d->toks[d->ments[y].tok_end].flags & T_POSS))
            y = -1;
        t += nw - 1;
        if (x < 0 || y < 0 || d->ments[x].kind == M_GROUP_DESC)
            continue;
        int with[MAX_COORD];
        int n = people_listed(d, y, s->tok_end, with);
        for (size_t a = first; a < out->n; a++) {
            ev_draft *e = &out->v[a];
            /* (a meeting already: not a one-party stub the phrase would
             * make a second record of) */
            if (e->ev.type != NSV_EV_MEETING || e->dropped || e->sent != k ||
                (e->nents < 2 && !e->open_group))
                continue;
            int has = ev_has_party(e, d->ments[x].entity);
            for (int q = 0; q < n && !has; q++)
                has = d->ments[with[q]].kind != M_GROUP_DESC &&
                      ev_has_party(e, d->ments[with[q]].entity);
            if (!has)
                continue;
            meet_add_mention(d, e, x);
            for (int q = 0; q < n; q++)
                meet_add_mention(d, e, with[q]);
        }
    }
}

/* "discussed preparations for the regular meeting of X and the second
 * summit of Y", "will hold talks with X and meet Y": a meeting cue joined
 * by "and" (across an article and up to two lower-case modifiers) right
 * after the words of a meeting not held shares the words that made it so.
 * Only drafts of the sentence from index first. */
static void coordinated_modality(const doc *d, ev_list *out, const sentence *s, size_t first)
{
    for (size_t a = first; a < out->n; a++) {
        ev_draft *e = &out->v[a];
        if (e->ev.type != NSV_EV_MEETING || e->dropped || e->ev.modality != NSV_MOD_ACTUAL)
            continue;
        uint32_t b = e->cue_tok;
        for (int steps = 0; b > s->tok_start && steps < 3 && (d->toks[b - 1].flags & T_WORD) &&
                            !(d->toks[b - 1].flags & T_CAP) && !(d->toks[b - 1].word_bits & W_CONJ);
             steps++)
            b--;
        if (b <= s->tok_start + 1 || !tok_is(&d->toks[b - 1], "and"))
            continue;
        /* the earlier meeting's words end right before "and" */
        for (size_t o = first; o < a; o++) {
            const ev_draft *p = &out->v[o];
            if (p->ev.type != NSV_EV_MEETING || p->dropped || p->sent != e->sent ||
                p->ev.modality == NSV_MOD_ACTUAL || p->cue_tok >= b - 1 ||
                p->ev.evidence_end != d->toks[b - 2].end)
                continue;
            e->ev.modality = p->ev.modality;
            break;
        }
    }
}

/* In a title-case headline (title_case_headline), is entity ent a name
 * only the headline gives, which the body writes with its last word in
 * lower case ("Americans taken hostage", "transgender women", "for
 * breakfast")?  Then it is a common phrase, no party ("actress and
 * activist Nazanin Boniadi" keeps its name).  One pass over the body's
 * tokens per such name. */
static int headline_common_phrase(const doc *d, int ent)
{
    /* the entity's mention in the headline (the first mentions) */
    int m = -1;
    for (size_t k = 0; k < d->nments && m < 0; k++) {
        if (d->toks[d->ments[k].tok_start].start >= d->title_len)
            return 0;
        if (d->ments[k].entity == ent)
            m = (int)k;
    }
    if (m < 0)
        return 0;
    const mention *x = &d->ments[m];
    uint32_t len = x->tok_end - x->tok_start;
    if (!len || len > 6)
        return 0;
    int lower = 0;
    if (!(d->toks[x->tok_end - 1].flags & T_CAP))
        return 0;
    for (size_t b = x->tok_end; b + len <= d->ntoks; b++) {
        if (d->toks[b].start < d->title_len)
            continue;
        uint32_t q = 0;
        for (; q < len; q++) {
            const token *u = &d->toks[b + q], *v = &d->toks[x->tok_start + q];
            if (u->lower_len != v->lower_len || memcmp(u->lower, v->lower, u->lower_len))
                break;
        }
        if (q < len || !(d->toks[b + len - 1].flags & T_WORD))
            continue;
        /* the body writes the name as the headline does: a name */
        if (d->toks[b + len - 1].flags & T_CAP)
            return 0;
        lower = 1;
    }
    /* "Meeting with RSV Immunization Manufacturers": a name the body never
     * writes that ends in a plural noun of people is an unnamed group (the
     * body's "United Auto Workers" stays a name) */
    return lower || (d->toks[x->tok_end - 1].word_bits & (W_PEOPLE | W_UNNAMED));
}

/* Drop the headline's common phrases from the meetings drafted, the body's
 * too ("families of Americans" read as the headline's "Americans Taken
 * Hostage"): the record met an unnamed group; one left with no party goes.
 * A headline's record that shared the phrase with a body's record is the
 * meeting the body repeats, which the body's record stands for. */
static void drop_headline_phrases(doc *d, ev_list *out, size_t from)
{
    if (from == out->n || !title_case_headline(d))
        return;
    /* each entity's answer once, as every draft may carry the headline's
     * names: 0 not asked yet, 1 a common phrase, 2 none */
    unsigned char *asked = d->nents ? arena_alloc(d->mem, d->nents) : NULL;
    for (size_t a = from; a < out->n; a++) {
        ev_draft *e = &out->v[a];
        if (e->ev.type != NSV_EV_MEETING || e->dropped)
            continue;
        int n = 0, phrase = -1;
        for (int q = 0; q < e->nents; q++) {
            int ent = e->ents[q];
            int common = 0;
            if (ent >= 0 && asked && (size_t)ent < d->nents) {
                if (!asked[ent])
                    asked[ent] = headline_common_phrase(d, ent) ? 1 : 2;
                common = asked[ent] == 1;
            } else if (ent >= 0) {
                common = headline_common_phrase(d, ent);
            }
            if (common)
                phrase = ent;
            else
                e->ents[n++] = e->ents[q];
        }
        if (phrase < 0)
            continue;
        e->nents = n;
        e->open_group = 1;
        ev_draft *body = NULL;
        for (size_t b = from; b < out->n && !body && d->toks[e->cue_tok].start < d->title_len; b++)
            if (b != a && out->v[b].ev.type == NSV_EV_MEETING && !out->v[b].dropped &&
                d->toks[out->v[b].cue_tok].start >= d->title_len &&
                ev_has_party(&out->v[b], phrase))
                body = &out->v[b];
        if (body || !n)
            e->dropped = 1;
    }
}

/* The parties of talks o of one kind join meeting e (a summit they were
 * at; NSV_KIND_COUNTRY, the states whose leaders were: "the Leaders of A,
 * B and C met on the margins of the G20 Summit"); returns how many o has. */
static int join_kind_of(doc *d, ev_draft *e, const ev_draft *o, nsv_kind kind)
{
    int n = 0;
    for (int p = 0; p < o->nents; p++)
        if (d->ents[o->ents[p]].kind == kind) {
            ev_add_party(d, e, o->ents[p]);
            n++;
        }
    return n;
}

/* The tokens between a and b (a < b, at most SETTING_GAP) hold no clause
 * opener ("which he put forward during the summit": another act's setting). */
#define SETTING_GAP 16
static int same_clause_span(const doc *d, uint32_t a, uint32_t b)
{
    if (b < a || b - a > SETTING_GAP)
        return 0;
    for (uint32_t t = a; t < b; t++)
        if (d->toks[t].word_bits & W_SUBORD)
            return 0;
    return 1;
}

/* "X met with Y of Turkey at the NATO Summit in Vilnius", "At the G7 Summit,
 * X met with Y": a group's or named summit (group_setting, named_setting)
 * the sentence's talks are placed at holds the people of those talks, as a
 * summit on whose sidelines they are does (GUIDE: a summit placed as a
 * setting is a meeting with the group and the people placed there).  Only
 * talks of the same modality that share a person with the summit's record,
 * the setting phrase after the talks in their clause, or the summit opening
 * the sentence before them. */
static void setting_of_talks(doc *d, ev_list *out, const sentence *s, size_t first)
{
    for (size_t a = first; a < out->n; a++) {
        ev_draft *e = &out->v[a];
        if (e->ev.type != NSV_EV_MEETING || e->dropped || e->sent != s - d->sents ||
            (strcmp(e->ev.rule, "meeting.group_setting") &&
             strcmp(e->ev.rule, "meeting.named_setting")))
            continue;
        for (size_t b = first; b < out->n; b++) {
            const ev_draft *o = &out->v[b];
            if (b == a || o->ev.type != NSV_EV_MEETING || o->dropped || o->multilateral ||
                o->sent != e->sent || o->ev.modality != e->ev.modality)
                continue;
            int shared = 0;
            for (int p = 0; p < o->nents && !shared; p++)
                for (int q = 0; q < e->nents; q++)
                    shared |=
                        o->ents[p] == e->ents[q] && d->ents[o->ents[p]].kind == NSV_KIND_PERSON;
            if (!shared)
                continue;
            int placed = 0;
            if (o->cue_tok < e->cue_tok) {
                /* from the end of the talks' evidence to the summit's cue */
                uint32_t t = o->cue_tok;
                while (t < e->cue_tok && d->toks[t].start < o->ev.evidence_end)
                    t++;
                placed = same_clause_span(d, t, e->cue_tok);
            } else {
                /* the summit opens the sentence: "At the G7 Summit, X met" */
                const token *f = &d->toks[s->tok_start];
                placed = (tok_is(f, "at") || (f->word_bits & W_SETTING)) &&
                         e->cue_tok < s->tok_start + 8 &&
                         same_clause_span(d, e->cue_tok, o->cue_tok);
            }
            if (placed)
                join_kind_of(d, e, o, NSV_KIND_PERSON);
        }
    }
}

/* "met with X today on the sidelines of the G20 in New Delhi", "on the
 * margins of the G20": a group of states named bare after "sidelines of"
 * stands for its summit, which the talks of the sentence place their
 * people at (GUIDE: a summit placed only as a setting is a meeting of its
 * own with the group).  A meeting noun after the group ("the G20 summit")
 * is the cue's own business.  Only beside talks the sentence drafted. */
static const lex_entry bare_group_summit = {
    .cat = LEX_MEETING, .nwords = 1, .value = MEET_MULTI, .bits = NSV_FORMAT_IN_PERSON};

static nsv_code sidelines_of_group(doc *d, ev_list *out, const sentence *s, size_t first)
{
    int talks = 0;
    for (size_t a = first; a < out->n && !talks; a++)
        talks =
            out->v[a].ev.type == NSV_EV_MEETING && !out->v[a].multilateral && !out->v[a].dropped;
    if (!talks)
        return NSV_OK;
    for (uint32_t t = s->tok_start; t + 2 < s->tok_end; t++) {
        if (!word_class_value(&d->toks[t], W_SETTING, SETTING_SIDELINES) ||
            !tok_is(&d->toks[t + 1], "of") || (d->toks[t].flags & T_IN_QUOTE))
            continue;
        uint32_t g0 = t + 2 + (tok_is(&d->toks[t + 2], "the") ? 1u : 0u);
        int g = g0 < s->tok_end ? mention_at(d, g0) : -1;
        /* (the mention may hold the article: "the United Nations General
         * Assembly") */
        if (g < 0 || (d->ments[g].tok_start != g0 && d->ments[g].tok_start != t + 2) ||
            !intl_group(d, g) || !party_mention(d, g))
            continue;
        /* (over its acronym: "the Asia-Pacific Economic Cooperation (APEC)
         * Leaders Meeting") */
        uint32_t ge = paren_after(d, d->ments[g].tok_end, s->tok_end);
        if (ge < s->tok_end &&
            (tok_lex(d, ge, LEX_MEETING, NULL) || (d->toks[ge].flags & (T_POSS | T_CAP))))
            continue;
        ev_draft *e = new_meeting(d, out, g0, &bare_group_summit, "meeting.sidelines", s);
        if (!e)
            return NSV_ERR_NOMEM;
        e->multilateral = 1;
        e->open_group = 1;
        meet_add_mention(d, e, g);
        return NSV_OK;
    }
    return NSV_OK;
}

/* How many meetings back a "their March 14 meeting" looks for its pair. */
#define THEIR_MEETING_LOOKBACK 16

/* The meeting "their" points back at: the last one drafted before (within
 * THEIR_MEETING_LOOKBACK drafts), of two or more parties and no summit of
 * many, reported in the paragraph of s or the one before; else NULL. */
static const ev_draft *their_meeting_before(const doc *d, const ev_list *out, const sentence *s)
{
    for (size_t x = out->n, steps = 0; x-- > 0 && steps < THEIR_MEETING_LOOKBACK; steps++) {
        const ev_draft *g = &out->v[x];
        if (g->ev.type != NSV_EV_MEETING || g->dropped || g->nents < 2 || g->multilateral)
            continue;
        return s->para - d->sents[g->sent].para <= 1 ? g : NULL;
    }
    return NULL;
}

/* One earlier meeting of f's parties at the meeting noun at i (drafted
 * by `rule`), in place mention pm (-1: none named, the place its sentence
 * gives), its evidence tokens [from, to): each place its own span, so that
 * the meetings one noun lists keep their own ids.  NULL when memory ran
 * out. */
static ev_draft *their_meeting_in(doc *d, ev_list *out, const sentence *s, uint32_t i,
                                  const lex_entry *cue, const ev_draft *f, int pm, uint32_t from,
                                  uint32_t to, const char *rule)
{
    int parties[MAX_PARTIES], n = 0;
    for (int p = 0; p < f->nents && n < MAX_PARTIES; p++)
        parties[n++] = f->ents[p];
    ev_draft *e = new_meeting(d, out, i, cue, rule, s);
    if (!e)
        return NULL;
    for (int p = 0; p < n; p++)
        ev_add_party(d, e, parties[p]);
    const mention *x = pm >= 0 ? &d->ments[pm] : NULL;
    unsigned cw = 0;
    const lex_entry *cap =
        x && x->kind == M_COUNTRY ? tok_lex(d, x->tok_start, LEX_CAPITAL, &cw) : NULL;
    if (!x) {
        /* (a month or day alone: the place new_meeting read stands) */
    } else if (cap && x->tok_start + cw == x->tok_end) {
        e->ev.location_name = cap->canon;
        e->ev.location_country = cap->extra;
    } else {
        e->ev.location_name = x->name;
        e->ev.location_country = x->kind == M_COUNTRY ? x->name : x->country;
    }
    if (d->toks[from].start < e->ev.evidence_start)
        e->ev.evidence_start = d->toks[from].start;
    if (d->toks[to - 1].end > e->ev.evidence_end)
        e->ev.evidence_end = d->toks[to - 1].end;
    /* an earlier occasion than the one reported */
    e->background = 1;
    return e;
}

/* "This phone call, which followed their March 14 meeting in Rome",
 * "Following their September 9 phone call, the two leaders will": a
 * possessive "their" and a day before a meeting noun name an earlier
 * meeting of the parties of the meeting reported just before (the same
 * paragraph or the one before), dated and placed by its own words.  Only
 * with no counterpart of its own after it ("their meeting with X").  0, or
 * -1 when memory ran out. */
static int their_dated_meeting(doc *d, ev_list *out, const sentence *s, uint32_t i, unsigned nw,
                               const lex_entry *cue)
{
    uint32_t t = s->tok_start, j = i + nw;
    if (i < t + 3)
        return 0;
    /* "their", the day, and at most one adjective ("bilateral") */
    uint32_t k = i - 1;
    if (k > t && !(d->toks[k].flags & T_NUM) && (d->toks[k].flags & T_WORD) &&
        !(d->toks[k].flags & T_CAP))
        k--;
    uint32_t their = UINT32_MAX;
    /* (a month alone counts too, "their August meeting in Buenos Aires",
     * which no date phrase reads without its day or year) */
    for (uint32_t b = k >= t + 6 ? k - 6 : t; b < k; b++)
        if (tok_is(&d->toks[b], "their") && (date_phrase_end(d, b + 1, k + 1) == k + 1 ||
                                             (b + 1 == k && (d->toks[k].word_bits & W_MONTH)))) {
            their = b;
            break;
        }
    if (their == UINT32_MAX)
        return 0;
    /* a day or a month: "their September 2022 meeting in Seoul" is a
     * specific past meeting stated as fact (GUIDE), with no resolvable day
     * to date it; a bare year ("their 2019 meeting") names no occasion */
    int day = 0, month = 0;
    for (uint32_t b = their + 1; b <= k; b++) {
        day |= (d->toks[b].flags & T_NUM) && d->toks[b].lower_len <= 2;
        month |= (d->toks[b].word_bits & W_MONTH) != 0;
    }
    if (!day && !month)
        return 0;
    if (j < s->tok_end && (tok_is(&d->toks[j], "with") || tok_is(&d->toks[j], "between") ||
                           tok_is(&d->toks[j], "of")))
        return 0;
    /* the meeting reported before: its parties are "their" */
    const ev_draft *f = their_meeting_before(d, out, s);
    if (!f)
        return 0;
    /* (placed by its own words, as the sentence's places are) */
    ev_draft *e = their_meeting_in(d, out, s, i, cue, f, -1, their, j, "meeting.their_dated");
    if (!e)
        return -1;
    /* of its own day; with a month and no day none ("Today, X met Y to
     * advance a roadmap established at their August meeting": not
     * today's) */
    if (!day) {
        e->day = -1;
        e->day_kind = DAY_FIXED;
    }
    return 0;
}

/* How many places one "their previous meetings in A and B" lists, one
 * meeting each. */
#define THEIR_PLACES 4

/* After a plural meeting noun's "in" at k: the places it lists ("in Sochi
 * and Moscow", "in A, B and C"), at most THEIR_PLACES mentions of places
 * into pl; their number.  The token after the last is *after. */
static int listed_places(const doc *d, uint32_t k, uint32_t end, int plural, int *pl,
                         uint32_t *after)
{
    int n = 0;
    uint32_t t = k + 1;
    while (t < end && n < THEIR_PLACES) {
        int m = mention_at(d, t);
        /* (a country, or a capital read as its country: "in Washington") */
        if (m < 0 || d->ments[m].tok_start != t ||
            (d->ments[m].kind != M_PLACE && d->ments[m].kind != M_COUNTRY) || !d->ments[m].name ||
            (d->toks[t].flags & T_IN_QUOTE))
            break;
        pl[n++] = m;
        t = d->ments[m].tok_end;
        *after = t;
        /* "in Bali, Indonesia": the country that places the town */
        int c = t + 1 < end && is_char(d, t, ',') ? mention_at(d, t + 1) : -1;
        if (c >= 0 && d->ments[c].kind == M_PLACE && tok_lex(d, t + 1, LEX_COUNTRY, NULL) &&
            !(t + 2 < end && tok_is(&d->toks[t + 2], "and")) &&
            (d->ments[c].tok_end >= end || !tok_is(&d->toks[d->ments[c].tok_end], "and"))) {
            t = d->ments[c].tok_end;
            *after = t;
        }
        if (!plural || t + 1 >= end)
            break;
        if (tok_is(&d->toks[t], "and") || (is_char(d, t, ',') && t + 2 < end))
            t++;
        else
            break;
        /* "in A and in B" */
        if (t < end && tok_is(&d->toks[t], "in"))
            t++;
    }
    return n;
}

/* How many more convenings one "convened X on A at P; on B in Q; and on C
 * in R" lists after its first. */
#define SERIES_MAX 8

/* One segment of a dated series from token c (past its ";" and "and"):
 * "on July 14, 2022 in Orlando, Florida" or "in Orlando, Florida on July
 * 14, 2022", ending at a ";" or the sentence's end.  1 when it is one, with
 * its date's tokens [*d0, *d1), its "in"/"at" in *prep and its end (the
 * ";" or the sentence's end) in *next; else 0. */
static int series_segment(const doc *d, uint32_t c, uint32_t end, uint32_t *d0, uint32_t *d1,
                          uint32_t *prep, uint32_t *next)
{
    uint32_t z = c;
    while (z < end && z < c + 20 && !is_char(d, z, ';'))
        z++;
    if (z >= c + 20)
        return 0;
    /* (the sentence's full stop ends the last one) */
    uint32_t stop = z == end && z > c && is_char(d, z - 1, '.') ? z - 1 : z;
    if (stop <= c + 3)
        return 0;
    if (tok_is(&d->toks[c], "on")) {
        uint32_t dp = date_phrase_end(d, c, stop);
        if (dp <= c + 1 || dp + 1 >= stop ||
            !(tok_is(&d->toks[dp], "in") || tok_is(&d->toks[dp], "at")))
            return 0;
        *d0 = c, *d1 = dp, *prep = dp;
    } else if (tok_is(&d->toks[c], "in") || tok_is(&d->toks[c], "at")) {
        uint32_t q = c + 2;
        while (q < stop && !tok_is(&d->toks[q], "on"))
            q++;
        if (q >= stop || date_phrase_end(d, q, stop) != stop)
            return 0;
        *d0 = q, *d1 = stop, *prep = c;
    } else
        return 0;
    *next = z;
    return 1;
}

/* "The Vice President convened state legislators from across the country
 * on July 8, 2022 at the White House; on July 14, 2022 in Orlando, Florida;
 * and on July 16, 2022 in Philadelphia, Pennsylvania": a convening whose
 * day and place are followed, after a ";", by more days and places is one
 * meeting per day (GUIDE: past meetings stated as fact, each its own
 * occasion), of the same parties, each of its own day and place.  The
 * first is the meeting the sentence drafted; only a chain of whole
 * segments, each with a resolvable day and a town, adds its meetings.
 * Returns 0, or -1 out of memory. */
static int dated_series(doc *d, ev_list *out, const sentence *s, size_t first)
{
    uint32_t end = s->tok_end;
    size_t n0 = out->n;
    for (size_t a = first; a < n0; a++) {
        const ev_draft *e = &out->v[a];
        if (e->ev.type != NSV_EV_MEETING || e->dropped || e->ev.modality != NSV_MOD_ACTUAL ||
            e->day < 0 || e->nents < 1)
            continue;
        /* the first ";" after the cue (most sentences have none: looked
         * for first), with the meeting's own date before it and no other
         * meeting cue between */
        uint32_t semi = e->cue_tok + 1;
        while (semi < end && semi < e->cue_tok + 40 && !is_char(d, semi, ';'))
            semi++;
        if (semi >= end || semi >= e->cue_tok + 40)
            continue;
        int dated = 0, other = 0;
        for (uint32_t k = e->cue_tok + 1; k < semi && !other; k++) {
            other = k > e->cue_tok + 1 && tok_lex(d, k, LEX_MEETING, NULL);
            dated |= !other && date_phrase_end(d, k, end) > k + 1;
        }
        if (other || !dated)
            continue;
        size_t ei = a;
        for (int steps = 0; steps < SERIES_MAX && semi < end; steps++) {
            uint32_t c = semi + 1;
            if (c < end && tok_is(&d->toks[c], "and"))
                c++;
            uint32_t d0 = 0, d1 = 0, prep = 0, next = 0;
            if (c >= end || !series_segment(d, c, end, &d0, &d1, &prep, &next))
                break;
            int bg = 0;
            day_t day = sentence_date(d, d0, d1, &bg);
            if (day < 0)
                break;
            unsigned nw = 0;
            const lex_entry *cue = tok_lex(d, out->v[ei].cue_tok, LEX_MEETING, &nw);
            if (!cue)
                break;
            ev_draft *x = new_meeting(d, out, out->v[ei].cue_tok, cue, out->v[ei].ev.rule, s);
            if (!x)
                return -1;
            const ev_draft *f = &out->v[ei];
            for (int p = 0; p < f->nents; p++)
                ev_add_party(d, x, f->ents[p]);
            x->open_group = f->open_group;
            x->convening = f->convening;
            x->ev.format = f->ev.format;
            x->ev.modality = f->ev.modality;
            x->day = day;
            x->day_kind = DAY_FIXED;
            x->background = 0;
            /* its own place, read as the sentence's places are */
            x->ev.location_name = NULL;
            x->ev.location_country = NULL;
            if (!ev_place_at(d, x, prep + 1)) {
                x->dropped = 1;
                break;
            }
            /* each day its own span, so that the meetings keep their own
             * ids */
            x->ev.evidence_end = d->toks[next - 1].end;
            semi = next;
        }
        return 0;
    }
    return 0;
}

/* The meeting noun's plural ("meetings", "talks", "summits")? */
static int plural_noun(const doc *d, uint32_t i, unsigned nw)
{
    const token *u = &d->toks[i + nw - 1];
    return u->lower_len > 1 && u->lower[u->lower_len - 1] == 's';
}

/* Where a "their ... meeting" names its place: at token j, right after
 * the noun, "in" or "at" and a place, over a month or day first ("in
 * November 2021 in Paris"); the preposition's token, or 0. */
static uint32_t their_place_prep(const doc *d, uint32_t j, uint32_t end)
{
    if (j < end && tok_is(&d->toks[j], "in")) {
        uint32_t x = date_phrase_end(d, j + 1, end);
        if (x > j + 1)
            j = x;
    }
    if (j + 1 < end && (tok_is(&d->toks[j], "in") || tok_is(&d->toks[j], "at")))
        return j;
    return 0;
}

/* "They reflected on their first meeting in November 2021 in Paris and
 * further meetings in Washington and Munich", "the two leaders during their
 * previous meetings in Sochi and Moscow", "Building on their last meeting
 * in November 2022 in Bali": "their" and one or two phrases.tsv
 * earlier_meeting words before a meeting noun, and a place after it, name
 * an earlier meeting of the parties of the meeting reported just before
 * (as "their March 14 meeting" does), one per place a plural noun lists.
 * A conjoined "and further meetings in A and B" (phrases.tsv more_meetings)
 * adds theirs.  A past meeting stated as fact (GUIDE); not "their next
 * meeting in Paris" (no earlier word), not one a modal or future puts to
 * come, not one with a counterpart of its own ("their first meeting with
 * X").  0, or -1 when memory ran out. */
static int their_placed_meeting(doc *d, ev_list *out, const sentence *s, uint32_t i, unsigned nw,
                                const lex_entry *cue)
{
    uint32_t t = s->tok_start, end = s->tok_end, j = i + nw;
    /* "their", then an earlier_meeting word or two ("first", "most recent") */
    uint32_t b = i;
    if (i >= t + 2 && phrase_at(d, i - 1, end, PHRASE_EARLIER_MEETING) == 1)
        b = i - 1;
    else if (i >= t + 3 && phrase_at(d, i - 2, end, PHRASE_EARLIER_MEETING) == 2)
        b = i - 2;
    if (b == i || b <= t || !tok_is(&d->toks[b - 1], "their") ||
        (d->toks[b - 1].flags & T_IN_QUOTE))
        return 0;
    uint32_t their = b - 1;
    if (act_modality(d, i, t) != NSV_MOD_ACTUAL)
        return 0;
    uint32_t k = their_place_prep(d, j, end);
    int pl[THEIR_PLACES];
    uint32_t after = k + 1;
    int n = k ? listed_places(d, k, end, plural_noun(d, i, nw), pl, &after) : 0;
    /* no place: "their initial call in April", "their previous meeting on
     * February 4, 2003" (a month or a day alone) */
    uint32_t dated = 0;
    if (!n) {
        if (j + 1 < end && tok_is(&d->toks[j], "in") && (d->toks[j + 1].word_bits & W_MONTH)) {
            dated = j + 2;
            if (dated < end && (d->toks[dated].flags & T_NUM) && d->toks[dated].lower_len == 4)
                dated++;
        } else if (date_phrase_end(d, j, end) > j + 1) {
            dated = date_phrase_end(d, j, end);
        }
        if (!dated)
            return 0;
    }
    const ev_draft *f = their_meeting_before(d, out, s);
    if (!f)
        return 0;
    size_t fi = (size_t)(f - out->v);
    const char *rule = "meeting.their_placed";
    if (dated)
        return their_meeting_in(d, out, s, i, cue, &out->v[fi], -1, their, dated, rule) ? 0 : -1;
    for (int p = 0; p < n; p++)
        if (!their_meeting_in(d, out, s, i, cue, &out->v[fi], pl[p], their,
                              p + 1 < n ? d->ments[pl[p]].tok_end : after, rule))
            return -1;
    /* "... and further meetings in Washington and Munich" */
    uint32_t a = after;
    if (a < end && is_char(d, a, ','))
        a++;
    if (a + 3 >= end || !tok_is(&d->toks[a], "and"))
        return 0;
    uint32_t c = a + 1;
    while (c < end && c < a + 3 && phrase_at(d, c, end, PHRASE_MORE_MEETINGS))
        c++;
    unsigned nw2 = 0;
    const lex_entry *cue2 = c < end ? tok_lex(d, c, LEX_MEETING, &nw2) : NULL;
    if (!cue2 || cue2->value != MEET_NOUN || !plural_noun(d, c, nw2))
        return 0;
    k = their_place_prep(d, c + nw2, end);
    if (!k)
        return 0;
    after = k + 1;
    n = listed_places(d, k, end, 1, pl, &after);
    for (int p = 0; p < n; p++)
        if (!their_meeting_in(d, out, s, c, cue2, &out->v[fi], pl[p], a + 1,
                              p + 1 < n ? d->ments[pl[p]].tok_end : after, rule))
            return -1;
    return 0;
}

/* How many words may stand between "during" and "visit" ("during Slovak
 * Prime Minister Robert Fico's recent official visit to"): the visitor's
 * name, its title and two adjectives. */
#define DURING_VISIT_REACH 10
/* How many of the item's entities the search for the visit's host reads:
 * the search runs per cue, so an item of thousands of names stays linear. */
#define DURING_VISIT_HOSTS 256

/* "the talks during President Macron's recent visit to Moscow", "the key
 * issue of discussion during Prime Minister Fico's visit to Moscow": talks
 * named by the noun before "during" and held on a named visitor's visit are
 * a meeting of the visitor and the host, the one person of the visited
 * country the item names (GUIDE: a visit counts with talks stated).  No
 * host named, no event: "agreements reached during the visit" states no
 * talks, "his visit to Moscow" names no visitor.  0, or -1 when memory ran
 * out. */
static int talks_during_visit(doc *d, ev_list *out, const sentence *s, uint32_t i,
                              const lex_entry *cue, uint32_t during)
{
    uint32_t end = s->tok_end;
    if (during + 3 >= end || !tok_is(&d->toks[during], "during"))
        return 0;
    /* the visitor: the last person's possessive name before "visit"
     * ("during Slovak Prime Minister's Robert Fico's visit") */
    uint32_t p = during + 1 + tok_is(&d->toks[during + 1], "the");
    int v = -1;
    uint32_t k = p;
    for (; k < end && k < during + DURING_VISIT_REACH && !tok_is(&d->toks[k], "visit"); k++) {
        int m = mention_at(d, k);
        if (m < 0 || d->ments[m].tok_start != k)
            continue;
        uint32_t e = d->ments[m].tok_end;
        int poss = (d->toks[e - 1].flags & T_POSS) || (e < end && (d->toks[e].flags & T_POSS));
        if (poss && d->ments[m].kind == M_PERSON && d->ments[m].entity >= 0)
            v = m;
        k = e - 1;
    }
    if (v < 0)
        return 0;
    /* after the name, only its "'s" and up to two adjectives ("recent",
     * "official") before "visit" */
    uint32_t after = d->ments[v].tok_end;
    if (after < end && (d->toks[after].flags & T_POSS) && !(d->toks[after].flags & T_CAP))
        after++;
    nsv_modality visit_mod = NSV_MOD_ACTUAL;
    for (uint32_t w = after; w < k; w++) {
        if (!(d->toks[w].flags & T_WORD) || (d->toks[w].flags & T_CAP) || w >= after + 2)
            return 0;
        /* "President X's upcoming visit": talks still to come */
        const lex_entry *mod = tok_lex(d, w, LEX_MODALITY, NULL);
        if (mod)
            visit_mod = (nsv_modality)mod->value;
    }
    if (k + 2 >= end || !tok_is(&d->toks[k], "visit") || !tok_is(&d->toks[k + 1], "to"))
        return 0;
    uint32_t at = k + 2 + tok_is(&d->toks[k + 2], "the");
    int pm = mention_at(d, at);
    if (pm < 0 || d->ments[pm].tok_start != at ||
        (d->ments[pm].kind != M_PLACE && d->ments[pm].kind != M_COUNTRY))
        return 0;
    const char *country = d->ments[pm].kind == M_COUNTRY ? d->ments[pm].name : d->ments[pm].country;
    int visitor = d->ments[v].entity;
    if (!country || (d->ents[visitor].country && !strcmp(d->ents[visitor].country, country)))
        return 0;
    /* the host: the one named person of the visited country */
    int host = -1;
    for (size_t x = 0; x < d->nents && x < DURING_VISIT_HOSTS; x++) {
        const entity *h = &d->ents[x];
        if ((int)x == visitor || h->kind != NSV_KIND_PERSON || h->unnamed || !h->country ||
            strcmp(h->country, country))
            continue;
        if (host >= 0)
            return 0;
        host = (int)x;
    }
    /* a presidency's readout names its own principal bare or not at all:
     * "talks during President Macron's recent visit to Moscow" on
     * kremlin.ru were the President's */
    const lex_entry *office = host < 0 ? outlet_office(d) : NULL;
    if (office && office->extra2 && !strcmp(office->extra2, country))
        if (outlet_office_person(d, &host) < 0)
            return -1;
    if (host < 0 || host == visitor)
        return 0;
    ev_draft *e = new_meeting(d, out, i, cue, "meeting.during_visit", s);
    if (!e)
        return -1;
    ev_add_party(d, e, host);
    meet_add_mention(d, e, v);
    /* the visit's talks, named as a noun, are of the visit's days, not the
     * item's: no date unless the sentence gives one */
    e->background = e->day < 0;
    if (visit_mod != NSV_MOD_ACTUAL)
        e->ev.modality = visit_mod;
    if (!e->ev.location_name && d->ments[pm].kind == M_PLACE) {
        e->ev.location_name = d->ments[pm].name;
        e->ev.location_country = d->ments[pm].country;
    }
    if (d->toks[d->ments[pm].tok_end - 1].end > e->ev.evidence_end)
        e->ev.evidence_end = d->toks[d->ments[pm].tok_end - 1].end;
    return 0;
}

/* Is draft o a remote format's meeting (video or phone)? */
static int remote_format(const ev_draft *o)
{
    return o->ev.format == NSV_FORMAT_VIDEO || o->ev.format == NSV_FORMAT_PHONE;
}

/* "X held a videoconference meeting on Y", "X held a meeting on Y via
 * videoconference": the verb cue, the noun and the format noun of one
 * sentence each draft the chair's meeting on the topic; it is one meeting.
 * The first topic_chair draft of sentence s (drafts from index first) takes
 * the others that hold only its chair, and their remote format; a draft
 * of the sentence that names others with the chair ("held a videoconference
 * meeting on X with members of Y") is the meeting, and takes the format.
 * "The President chaired a meeting on X. During the meeting, the President
 * instructed ... The meeting was attended by ...": a definite "the meeting"
 * of the chair alone in the next sentences is that meeting too; the later
 * draft, which the roster after it joins, stands for it. */
static void topic_chair_once(const doc *d, ev_list *out, const sentence *s, size_t first)
{
    ev_draft *c = NULL;
    for (size_t a = first; a < out->n && !c; a++)
        if (out->v[a].ev.type == NSV_EV_MEETING && !out->v[a].dropped && out->v[a].topic_chair)
            c = &out->v[a];
    if (c) {
        for (size_t a = first; a < out->n && !c->dropped; a++) {
            ev_draft *o = &out->v[a];
            if (o == c || o->ev.type != NSV_EV_MEETING || o->dropped || o->sent != c->sent ||
                o->ev.modality != c->ev.modality || !ev_has_party(o, c->ents[0]))
                continue;
            if (o->nents == 1) {
                if (remote_format(o))
                    c->ev.format = o->ev.format;
                o->dropped = 1;
            } else {
                if (remote_format(c) && !remote_format(o))
                    o->ev.format = c->ev.format;
                c->dropped = 1;
            }
        }
        return;
    }
    /* the definite back-reference, in this sentence */
    for (size_t a = first; a < out->n; a++) {
        ev_draft *o = &out->v[a];
        if (o->ev.type != NSV_EV_MEETING || o->dropped || o->nents != 1 ||
            o->ev.modality != NSV_MOD_ACTUAL || o->cue_tok <= s->tok_start ||
            !tok_is(&d->toks[o->cue_tok - 1], "the"))
            continue;
        for (size_t b = first, steps = 0; b-- > 0 && steps < 16; steps++) {
            ev_draft *f = &out->v[b];
            if (f->sent + 2 < o->sent || d->sents[f->sent].para + 1 < s->para)
                break;
            if (f->ev.type != NSV_EV_MEETING || f->dropped || !f->topic_chair || f->nents != 1 ||
                f->ents[0] != o->ents[0])
                continue;
            o->open_group = o->topic_chair = 1;
            if (remote_format(f) && !remote_format(o))
                o->ev.format = f->ev.format;
            f->dropped = 1;
            break;
        }
    }
}

/* Are the n-letter given names a and b one name: the same letters, or but
 * for a last "i" for "y" ("Sergei" and "Sergey", "Yury" and "Yuri")? */
static int same_given_name(const char *a, const char *b, size_t n)
{
    if (strncmp(a, b, n - 1) != 0)
        return 0;
    return a[n - 1] == b[n - 1] ||
           (n >= 3 && (a[n - 1] == 'i' || a[n - 1] == 'y') && (b[n - 1] == 'i' || b[n - 1] == 'y'));
}

/* Is person x, by its surname, already a person party of e as the item
 * spells it elsewhere ("Omar al-Bashir" for "Omar Al-Bashir", "Kirill
 * Dmitriyev" for "Kirill Dmitriev", "Sergey Ignatiev" for "Sergei
 * Ignatyev": the same surname but for case, or its first five letters with
 * the same first name, same_given_name)? */
static int spelled_party(const doc *d, const ev_draft *e, const entity *x)
{
    if (!x->name)
        return 0;
    size_t sl = x->surname ? strlen(x->surname) : 0;
    for (int q = 0; q < e->nents; q++) {
        const entity *p = e->ents[q] >= 0 ? &d->ents[e->ents[q]] : NULL;
        if (!p || p == x || p->kind != NSV_KIND_PERSON || !p->name)
            continue;
        /* the whole name but for case */
        if (!strcasecmp(p->name, x->name))
            return 1;
        if (!x->surname || !p->surname)
            continue;
        size_t pl = strlen(p->surname);
        if (pl == sl && !strncasecmp(p->surname, x->surname, sl))
            return 1;
        const char *xs = strchr(x->name, ' '), *ps = strchr(p->name, ' ');
        if (sl >= 5 && pl >= 5 && !strncasecmp(p->surname, x->surname, 5) && xs && ps &&
            xs - x->name == ps - p->name && xs > x->name &&
            same_given_name(x->name, p->name, (size_t)(xs - x->name)))
            return 1;
    }
    return 0;
}

/* How many sentences of a transcript transcript_speakers reads for turns. */
#define TRANSCRIPT_TURN_SENTENCES 4096

/* "Meeting with Government members ... * * * Finance Minister Anton
 * Siluanov: Indeed, Mr President, ...": in an item whose headline names
 * the meeting it reports (a draft of the title's own), the people who take
 * a turn in its transcript speak at that meeting (GUIDE: every named party
 * the item places in the meeting); each named speaker joins the first
 * actual meeting the body reports before the transcript (else the
 * headline's).  An item with no meeting in its headline (an interview, an
 * address) places its speakers in none. */
static void transcript_speakers(doc *d, ev_list *out, size_t drafted, uint32_t transcript)
{
    if (transcript >= d->ntoks)
        return;
    ev_draft *head = NULL, *body = NULL, *named = NULL;
    for (size_t q = drafted; q < out->n; q++) {
        ev_draft *e = &out->v[q];
        if (e->ev.type != NSV_EV_MEETING || e->dropped || e->ev.modality != NSV_MOD_ACTUAL ||
            d->sents[e->sent].tok_start >= transcript)
            continue;
        if (d->sents[e->sent].end <= d->title_len) {
            if (!head)
                head = e;
            continue;
        }
        if (!body)
            body = e;
        /* the body's meeting that holds every party of the headline's
         * ("Following the meeting with the presidents of Iran and Turkey,
         * Putin held a separate meeting with President of Iran Hassan
         * Rouhani" under "Meeting with President of Iran Hassan Rouhani":
         * the second) */
        int all = head && !named && head->nents > 0;
        for (int p = 0; all && p < head->nents; p++)
            all = ev_has_party(e, head->ents[p]);
        if (all)
            named = e;
    }
    if (named)
        body = named;
    /* the body's meeting, else the headline's; one the item has already
     * made whole (two parties, or a convening of an open group): a
     * headline's one-party draft is left as it was */
    ev_draft *e = body ? body : head;
    if (!head || (e->nents < 2 && !e->open_group))
        return;
    size_t first = d->toks[transcript].sent;
    for (size_t k = first; k < d->nsents && k < first + TRANSCRIPT_TURN_SENTENCES; k++) {
        const sentence *s = &d->sents[k];
        if (!line_start(d, s->tok_start))
            continue;
        uint32_t c = s->tok_start + 1;
        while (c < s->tok_end && c < s->tok_start + 16 && !is_char(d, c, ':'))
            c++;
        if (c >= s->tok_end || !is_char(d, c, ':'))
            continue;
        int m = turn_speaker(d, s, c, NULL);
        if (m < 0 || d->ments[m].kind != M_PERSON || !party_mention(d, m) ||
            d->ments[m].entity < 0 || governed_turn_label(d, s, &d->ments[m]))
            continue;
        /* a person: a given name in the turn's name, or one the item names
         * again ("Mr Levchenko"); not a heading read as a name ("Direct
         * Line:"), nor a journalist of an outlet putting a question */
        const entity *x = &d->ents[d->ments[m].entity];
        int given = x->nmentions >= 2;
        for (uint32_t t = d->ments[m].tok_start; t < d->ments[m].tok_end && !given; t++)
            given = tok_lex(d, t, LEX_GIVEN_NAME, NULL) != NULL;
        if (x->kind != NSV_KIND_PERSON || x->other_outlet || x->unnamed || !given ||
            spelled_party(d, e, x))
            continue;
        meet_add_mention(d, e, m);
    }
}

nsv_code extract_meetings(doc *d, ev_list *out, nsv_error *err)
{
    if (!(d->any_cats & (1u << LEX_MEETING))) /* no meeting cue */
        return NSV_OK;
    /* (a transcript runs from its first turn to the end of the item) */
    uint32_t transcript = transcript_start(d);
    const size_t drafted = out->n;
    for (size_t k = next_cue_sentence(d, 0); k < d->nsents; k = next_cue_sentence(d, k + 1)) {
        const sentence *s = &d->sents[k];
        size_t first = out->n;
        for (uint32_t i = s->tok_start; i < s->tok_end && i < transcript; i++) {
            const token *t = &d->toks[i];
            /* the cue's category first: it rules out most tokens */
            if (!(t->cats & (1u << LEX_MEETING)) || t->flags & (T_IN_QUOTE | T_QUOTE) ||
                before_body(d, t->start))
                continue;
            unsigned nw = 0;
            const lex_entry *cue = tok_lex(d, i, LEX_MEETING, &nw);
            if (!cue)
                continue;
            /* "held a meeting with X, via videoconference.": a format
             * aside that ends the clause is the format of the meeting the
             * sentence named just before, no meeting of its own */
            if (cue->value == MEET_NOUN && cue->bits && out->n > first && i >= s->tok_start + 2 &&
                (d->toks[i - 1].word_bits & W_PREP) && is_char(d, i - 2, ',') &&
                (i + nw >= s->tok_end || (d->toks[i + nw].flags & T_PUNCT))) {
                out->v[out->n - 1].ev.format = (nsv_format)cue->bits;
                i += nw - 1;
                continue;
            }
            size_t before = out->n;
            /* "talks during X's visit to Y": the visitor and the host */
            if (cue->value == MEET_NOUN) {
                if (talks_during_visit(d, out, s, i, cue,
                                       tok_is(&d->toks[i + nw - 1], "during") ? i + nw - 1
                                                                              : i + nw) < 0)
                    return out_of_memory(d->limits, err);
                if (out->n == before && their_dated_meeting(d, out, s, i, nw, cue) < 0)
                    return out_of_memory(d->limits, err);
                if (out->n == before && their_placed_meeting(d, out, s, i, nw, cue) < 0)
                    return out_of_memory(d->limits, err);
                if (out->n > before) {
                    i += nw - 1;
                    continue;
                }
            }
            nsv_code rc = meeting_at(d, out, s, i, nw, cue, err);
            if (rc)
                return rc;
            /* "held a meeting, via videoconference, with X": the aside
             * tells the format the cue's own word does not */
            unsigned f = 0;
            uint32_t aside = out->n > before && is_char(d, i + nw, ',')
                                 ? format_aside(d, i + nw, s->tok_end, &f)
                                 : 0;
            if (aside) {
                for (size_t a = before; a < out->n; a++)
                    out->v[a].ev.format = (nsv_format)f;
                /* the aside's own noun is this meeting, no second one */
                i = aside;
                continue;
            }
            i += nw - 1;
        }
        if (sidelines_of_group(d, out, s, first))
            return out_of_memory(d->limits, err);
        hosted_for_meeting(d, out, s, first);
        topic_chair_once(d, out, s, first);
        if (dated_series(d, out, s, first) < 0)
            return out_of_memory(d->limits, err);
        /* "holds its semi-annual meetings with the World Bank next week",
         * "the IMF and World Bank annual meetings later this year": a
         * future time right after the meeting's words says it has not
         * happened */
        for (size_t a = first; a < out->n; a++) {
            ev_draft *e = &out->v[a];
            if (e->ev.type != NSV_EV_MEETING || e->sent != k || e->ev.modality != NSV_MOD_ACTUAL)
                continue;
            uint32_t t = e->cue_tok;
            while (t < s->tok_end && d->toks[t].start < e->ev.evidence_end)
                t++;
            if (future_time_at(d, t, s->tok_end))
                e->ev.modality = NSV_MOD_PLANNED;
            const lex_entry *c = tok_lex(d, e->cue_tok, LEX_MEETING, NULL);
            if (c && (c->value == MEET_NOUN || c->value == MEET_MULTI) &&
                future_month_after(d, t, s->tok_end))
                e->ev.modality = NSV_MOD_PLANNED;
        }
        coordinated_modality(d, out, s, first);
        companions_join(d, out, s, k, first);
        /* a summit someone attends on the sidelines of talks holds the
         * people of those talks too */
        for (size_t a = first; a < out->n; a++) {
            ev_draft *e = &out->v[a];
            if (e->ev.type != NSV_EV_MEETING || !e->multilateral || e->sent != k)
                continue;
            if (strcmp(e->ev.rule, "meeting.sidelines"))
                continue;
            int held = 0;
            nsv_modality unheld = NSV_MOD_ACTUAL;
            for (size_t b = first; b < out->n; b++) {
                const ev_draft *o = &out->v[b];
                if (b == a || o->ev.type != NSV_EV_MEETING || o->multilateral)
                    continue;
                held |= o->ev.modality == NSV_MOD_ACTUAL;
                if (o->ev.modality != NSV_MOD_ACTUAL)
                    unheld = o->ev.modality;
            }
            /* "On the sidelines of the summit, X will also meet Y", "agreed
             * to hold a bilateral meeting on the margins of the NATO Summit
             * in June": the summit is only the setting of talks still to
             * come; it is no more held than they are, and holds the people
             * of them all */
            int setting_only =
                !held && unheld != NSV_MOD_ACTUAL && e->ev.modality == NSV_MOD_ACTUAL;
            if (setting_only)
                e->ev.modality = unheld;
            int people = 0;
            for (size_t b = first; b < out->n; b++) {
                const ev_draft *o = &out->v[b];
                if (b == a || o->ev.type != NSV_EV_MEETING || o->multilateral)
                    continue;
                /* "talks with X on the sidelines of the summit, (where) he
                 * raised that this could lead to a meeting with Y": talks
                 * not held place no one at it */
                if (!setting_only && o->ev.modality != e->ev.modality)
                    continue;
                people += join_kind_of(d, e, o, NSV_KIND_PERSON);
                /* "met with X in Dubai on the sidelines of COP28": the
                 * summit is where its side talks are */
                if (!e->ev.location_name && o->ev.location_name &&
                    o->ev.modality == e->ev.modality && o->ev.format == NSV_FORMAT_IN_PERSON) {
                    e->ev.location_name = o->ev.location_name;
                    e->ev.location_country = o->ev.location_country;
                }
            }
            /* "The leaders of A, B and C met on the margins of the G20
             * Summit": talks with no one named but states place those
             * states at the summit (GUIDE: the group and who is placed
             * there); only under "sidelines" or "margins" ("placed before
             * the July UN conference" is no one's setting) */
            if (!people && after_sidelines(d, e->cue_tok, s->tok_start))
                for (size_t b = first; b < out->n && !people; b++) {
                    const ev_draft *o = &out->v[b];
                    if (b == a || o->ev.type != NSV_EV_MEETING || o->multilateral ||
                        o->ev.modality != e->ev.modality)
                        continue;
                    people += join_kind_of(d, e, o, NSV_KIND_COUNTRY);
                }
            /* "The meeting took place on the sidelines of the G20 summit":
             * the definite noun that opens the sentence is the meeting named
             * before; its people were at the summit */
            const lex_entry *c =
                s->tok_start + 1 < s->tok_end && tok_is(&d->toks[s->tok_start], "the")
                    ? tok_lex(d, s->tok_start + 1, LEX_MEETING, NULL)
                    : NULL;
            if (people || !c || c->value != MEET_NOUN || e->ev.modality != NSV_MOD_ACTUAL)
                continue;
            for (size_t b = first, steps = 0; b-- > 0 && steps < 64; steps++) {
                ev_draft *o = &out->v[b];
                if (o->ev.type != NSV_EV_MEETING || o->dropped || o->multilateral ||
                    o->ev.modality != NSV_MOD_ACTUAL)
                    continue;
                if (s->para - d->sents[o->sent].para <= 2)
                    join_kind_of(d, e, o, NSV_KIND_PERSON);
                break;
            }
        }
        setting_of_talks(d, out, s, first);
    }
    transcript_speakers(d, out, drafted, transcript);
    drop_headline_phrases(d, out, drafted);
    return NSV_OK;
}

/* "OGVP hosted nearly 80 executives ... During the convening,
 * representatives from X and Y gathered at the White House": a sentence
 * that opens inside the meeting named last ("During the convening," "At the
 * roundtable,") names its other side.  Only a meeting with one named side
 * takes them: it has no other. */
static void parties_during(doc *d, ev_list *out, const sentence *s)
{
    uint32_t t = s->tok_start;
    if (t + 3 >= s->tok_end || !(tok_is(&d->toks[t], "during") || tok_is(&d->toks[t], "at")) ||
        !tok_is(&d->toks[t + 1], "the"))
        return;
    /* the meeting noun, up to two modifiers after "the", then a comma */
    uint32_t k = t + 2, comma = 0;
    for (int steps = 0; k < s->tok_end && steps < 4 && !comma; k++, steps++) {
        if (is_char(d, k, ','))
            comma = k;
        else if (!(d->toks[k].flags & T_WORD) || mention_at(d, k) >= 0)
            return;
    }
    const lex_entry *c = comma ? tok_lex(d, comma - 1, LEX_MEETING, NULL) : NULL;
    if (!c || c->value == MEET_PARTICIPATE || c->value == MEET_WITH || c->value == MEET_WELCOME)
        return;
    /* a hold word names a meeting only as the gerund noun ("the convening") */
    if (c->value == MEET_HOLD && !tok_is(&d->toks[comma - 1], "convening"))
        return;
    ev_draft *e = NULL;
    /* the nearest meeting before, among the last few hundred events: an
     * item of thousands of "During the talks," sentences stays linear */
    for (size_t x = out->n, steps = 0; x-- > 0 && steps < 256; steps++) {
        ev_draft *f = &out->v[x];
        if (f->ev.type != NSV_EV_MEETING || f->dropped || f->sent >= d->toks[t].sent)
            continue;
        if (s->para - d->sents[f->sent].para <= 1 && f->open_group && f->nents == 1 &&
            f->ev.modality == NSV_MOD_ACTUAL)
            e = f;
        break;
    }
    if (!e)
        return;
    /* the subject is the people who came ("representatives from X and Y",
     * "participants, including X"), not "X highlighted Y's plan": their
     * group word opens it */
    uint32_t w = comma + 1, head = 0;
    for (int steps = 0; w < s->tok_end && steps < 4 && !head; w++, steps++)
        if ((d->toks[w].word_bits & (W_UNNAMED | W_GROUP | W_ROSTER)) && mention_at(d, w) < 0)
            head = w;
    if (!head)
        return;
    /* its names, up to the verb: a past form ("gathered", "discussed") or a
     * speech cue ends the subject */
    for (w = head + 1; w < s->tok_end; w++) {
        const token *u = &d->toks[w];
        if (tok_lex(d, w, LEX_SPEECH, NULL) || is_char(d, w, ';') ||
            ((u->flags & T_WORD) && !(u->flags & T_CAP) && u->lower_len > 4 && ed_ending(u)))
            break;
        int m = mention_at(d, w);
        if (m < 0 || d->ments[m].tok_start != w)
            continue;
        if ((d->ments[m].kind == M_ORG || d->ments[m].kind == M_PERSON) && party_mention(d, m))
            meet_add_mention(d, e, m);
        w = d->ments[m].tok_end - 1;
    }
    /* "... gathered at the White House": where the meeting was */
    if (!e->ev.location_name && w + 2 < s->tok_end && tok_is(&d->toks[w + 1], "at"))
        place_name(d, w + 2, s->tok_end, e);
}

/* "Participants included representatives from:", "Joining the call were
 * the following leaders:", "Participants in the meeting:": a roster's
 * colon after its people word, a "from" or the meeting noun, when the
 * clause before it (up to eight words) holds a roster word ("included",
 * "participants", "attending", "joining").  "Task Force membership is
 * comprised of the following officials:" holds none: no meeting's roster.
 * (A colon after "joined by" the caller has let through already:
 * joined_by_colon.) */
static int roster_clause_before(const doc *d, uint32_t colon)
{
    const token *w = &d->toks[colon - 1];
    const lex_entry *c = tok_lex(d, colon - 1, LEX_MEETING, NULL);
    /* "In attendance were the following:", "The full list of leaders in
     * attendance at today's meeting is as follows:": any word may end the
     * clause when a roster noun itself (words.tsv roster) stands in it; a
     * plain "agreed on the following:" lists no one */
    uint64_t want = W_ROSTER;
    if ((w->word_bits & (W_UNNAMED | W_GROUP | W_ROSTER)) || tok_is(w, "from") ||
        (c && c->value != MEET_HOLD))
        want |= W_ROSTER_VERB | W_ATTENDEE;
    const sentence *s = &d->sents[w->sent];
    for (uint32_t k = colon - 1, steps = 0; k > s->tok_start && steps < 10; steps++) {
        k--;
        if (is_char(d, k, ':') || is_char(d, k, '.'))
            break;
        if (d->toks[k].word_bits & want)
            return 1;
    }
    return 0;
}

/* "Meeting Participants", "Speakers" on a line of their own above a
 * bulleted or numbered list (a readout's roster with no colon): the
 * heading's last token, or 0.  At most four capitalised words, the last a
 * roster or attendee word. */
static uint32_t roster_heading(const doc *d, uint32_t k)
{
    uint32_t n = 0;
    while (k + n < d->ntoks && n < 6 && (n == 0 || !line_start(d, k + n)))
        n++;
    if (n > 5 || k + n >= d->ntoks || !line_start(d, k + n))
        return 0;
    /* "Participants:" alone on its line: the colon is no word */
    uint32_t colon = is_char(d, k + n - 1, ':') ? k + n - 1 : 0;
    if (colon ? colon == k : n > 4)
        return 0;
    n -= colon != 0;
    for (uint32_t h = k; h < k + n; h++)
        if (!(d->toks[h].flags & T_WORD) || !(d->toks[h].flags & T_CAP) ||
            (d->toks[h].flags & T_IN_QUOTE))
            return 0;
    if (!(d->toks[k + n - 1].word_bits & (W_ROSTER | W_ATTENDEE)))
        return 0;
    uint32_t b = k + n + (colon != 0);
    int bullet = numbered_line(d, b) || (is_char(d, b, '-') || is_char(d, b, '*') ||
                                         (d->toks[b].end - d->toks[b].start == 3 &&
                                          !memcmp(d->text + d->toks[b].start, "\xe2\x80\xa2", 3)));
    return bullet ? k + n - 1 + (colon != 0) : 0;
}

/* "X convened state legislators ... She was joined by Secretary Y", "The
 * two Presidents first met privately and then were joined by ...": the
 * people after "was joined by" join the meeting of the same or the
 * sentence before that has the subject of "joined" as a party, within
 * ROSTER_LOOKBACK drafts (not a trip: "traveled to Israel. He was joined by
 * X" names no meeting). */
static void joined_by(doc *d, ev_list *out, const sentence *s)
{
    for (uint32_t k = s->tok_start + 1; k + 2 < s->tok_end; k++) {
        if (!tok_is(&d->toks[k], "joined") || !tok_is(&d->toks[k + 1], "by") ||
            (d->toks[k].flags & T_IN_QUOTE))
            continue;
        uint32_t v = k;
        if (tok_is(&d->toks[v - 1], "also") && v - 1 > s->tok_start)
            v--;
        if (!(d->toks[v - 1].word_bits & W_BE))
            continue;
        int subj = subject_before(d, v - 1, s->tok_start);
        int who = subj >= 0 ? d->ments[subj].entity : -1;
        if (who < 0)
            continue;
        uint32_t sent = d->toks[k].sent;
        ev_draft *e = NULL;
        for (size_t q = out->n, stop = roster_lookback_stop(out); q-- > stop && !e;) {
            ev_draft *f = &out->v[q];
            if (f->ev.type != NSV_EV_MEETING || f->dropped || f->ev.modality != NSV_MOD_ACTUAL ||
                f->sent > sent || f->sent + 1 < sent || (f->sent == sent && f->cue_tok > k))
                continue;
            if (ev_has_party(f, who))
                e = f;
        }
        if (!e)
            continue;
        int p = list_person_at(d, k + 2, s->tok_end);
        if (p < 0)
            continue;
        int more[MAX_COORD];
        int n = people_listed(d, p, s->tok_end, more);
        for (int q = 0; q < n; q++)
            if (d->ments[more[q]].kind == M_PERSON)
                meet_add_mention(d, e, more[q]);
    }
}

/* The reporter subj and the named people listed before it as one subject
 * ("Governor A and Head of the regional administration B reported on ...",
 * "A, B and C presented the main reports") join meeting e. */
static void add_reporters(doc *d, ev_draft *e, int subj, const sentence *s)
{
    int left[MAX_COORD];
    int nl = listed_before(d, subj, s->tok_start, left, MAX_COORD);
    for (int q = nl; q-- > 0;)
        if (d->ments[left[q]].kind == M_PERSON && has_given_name(d, left[q]))
            meet_add_mention(d, e, left[q]);
    meet_add_mention(d, e, subj);
}

/* The meeting a report on a topic to no one named ("Minister X reported on
 * the budget") is made at: the nearest actual meeting reported in an
 * earlier sentence (within ROSTER_LOOKBACK drafts), when it is the host's
 * convening of officials: two parties or more, a person among them other
 * than the reporter, and no state (talks between countries named as a
 * topic, "the progress in the negotiations between A and B", are not where
 * a minister reports).  None when the sentence has a meeting of its own,
 * or the nearest is a call, a plan or one of a later day; the meeting noun
 * at own_cue ("briefed the meeting": the report's own object, UINT32_MAX
 * none) is passed over. */
static ev_draft *report_meeting_before(const doc *d, ev_list *out, const sentence *s, int reporter,
                                       uint32_t own_cue)
{
    uint32_t sent = (uint32_t)(s - d->sents);
    for (size_t k = out->n, stop = roster_lookback_stop(out); k-- > stop;) {
        ev_draft *e = &out->v[k];
        /* "The participants of the meeting considered ...", "Minister X
         * briefed the meeting": "the meeting" with no party of its own, or
         * one only, between them is the same meeting named again, not
         * another one the report was made at ("A meeting of the council
         * took place" is) */
        if (e->ev.type != NSV_EV_MEETING || e->dropped || e->sent > sent || e->cue_tok == own_cue ||
            (e->sent < sent && e->nents <= 1 && !e->open_group &&
             e->ev.modality == NSV_MOD_ACTUAL && e->cue_tok > 0 &&
             tok_is(&d->toks[e->cue_tok - 1], "the")))
            continue;
        if (e->sent == sent || e->ev.format == NSV_FORMAT_PHONE ||
            e->ev.modality != NSV_MOD_ACTUAL || e->nents < 2 ||
            (e->day >= 0 && d->published >= 0 && e->day > d->published))
            return NULL;
        int person = 0;
        for (int q = 0; q < e->nents; q++) {
            if (e->ents[q] < 0)
                continue;
            nsv_kind kind = d->ents[e->ents[q]].kind;
            if (kind == NSV_KIND_COUNTRY)
                return NULL;
            person |= kind == NSV_KIND_PERSON && e->ents[q] != reporter;
        }
        return person ? e : NULL;
    }
    return NULL;
}

/* Is the report verb at token i a passive's or an earlier one's: an
 * auxiliary or "be" right before it ("was told", "had briefed", "has also
 * reported"), over adverbs ("also", "then": an adverb that is also an
 * auxiliary, "also", is read as the adverb)?  The scan stays in the
 * sentence from `from` and passes over three adverbs at most. */
static int report_aux_before(const doc *d, uint32_t i, uint32_t from)
{
    uint32_t k = i;
    for (int n = 0; k > from && n < 3 && (d->toks[k - 1].word_bits & W_ADVERB); n++)
        k--;
    if (k == from)
        return 0;
    const token *u = &d->toks[k - 1];
    return (u->word_bits & (W_AUX | W_BE)) && !(u->word_bits & W_ADVERB);
}

/* The subject of the report word at token i when it is a named person who
 * can be a party ("Deputy Prime Minister X told", "Minister Y spoke
 * about"), or -1. */
static int named_reporter(const doc *d, const sentence *s, uint32_t i)
{
    int subj = subject_before(d, i, s->tok_start);
    return subj >= 0 && d->ments[subj].kind == M_PERSON && party_mention(d, subj) &&
                   has_given_name(d, subj)
               ? subj
               : -1;
}

/* "Deputy Prime Minister X told the President about ...", "Governor Y
 * briefed Mr Putin on ...": in a readout of the host's meeting, a named
 * person reporting to a party of it sits at it (words.tsv report: "told",
 * "briefed"; "reported", value REPORT_TO, only before "to").
 * The meeting is the nearest one reported in an earlier sentence that has
 * the addressee as a party (within ROSTER_LOOKBACK drafts); no meeting,
 * nothing (a report to the host on a visit or by letter adds no one), and
 * a call stops the search. */
static void reported_to_party(doc *d, ev_list *out, const sentence *s, uint32_t i, int to_only)
{
    uint32_t end = i + 1;
    /* not "was told by", "had been briefed" (the passive's subject heard it) */
    if ((d->toks[i].flags & T_IN_QUOTE) || i == s->tok_start ||
        report_aux_before(d, i, s->tok_start) || end >= s->tok_end)
        return;
    /* "Minister X reported on the execution of the budget": a report on a
     * topic (lower-case, or "the": not "on Monday"), to no one named */
    int on_topic = 0;
    if (tok_is(&d->toks[end], "to"))
        end++;
    else if (to_only && end + 1 < s->tok_end && tok_is(&d->toks[end], "on") &&
             (d->toks[end + 1].flags & T_WORD) &&
             !(d->toks[end + 1].word_bits & (W_WEEKDAY | W_MONTH)) &&
             (!(d->toks[end + 1].flags & T_CAP) || tok_is(&d->toks[end + 1], "the")))
        on_topic = 1;
    else if (to_only)
        return;
    int subj = named_reporter(d, s, i);
    if (subj < 0 || end >= s->tok_end)
        return;
    if (on_topic) {
        ev_draft *e = report_meeting_before(d, out, s, d->ments[subj].entity, UINT32_MAX);
        if (e)
            add_reporters(d, e, subj, s);
        return;
    }
    uint32_t o = end + (tok_is(&d->toks[end], "the") && end + 1 < s->tok_end);
    int m = mention_at(d, o);
    /* "Minister X briefed the meeting", "told the meeting participants",
     * "updated the Government members": the meeting itself, its attendees
     * or a body it met, not one party told apart: X sits at the convening
     * reported before (report_meeting_before) */
    /* ("the Government members": a description of no one named, then a
     * phrases.tsv body_people word, its people, is the attendees too) */
    int members = m >= 0 && d->ments[m].entity < 0 &&
                  (d->ments[m].kind == M_DESC || d->ments[m].kind == M_GROUP_DESC) &&
                  d->ments[m].tok_end < s->tok_end &&
                  phrase_at(d, d->ments[m].tok_end, d->ments[m].tok_end + 1, PHRASE_BODY_PEOPLE);
    if (o > end &&
        ((m < 0 && ((d->toks[o].word_bits & W_ATTENDEE) || tok_lex(d, o, LEX_MEETING, NULL))) ||
         members || (m >= 0 && d->ments[m].kind == M_ORG && d->ments[m].entity >= 0))) {
        ev_draft *e =
            report_meeting_before(d, out, s, d->ments[subj].entity, m < 0 ? o : UINT32_MAX);
        if (e && (m < 0 || members || ev_has_party(e, d->ments[m].entity)))
            add_reporters(d, e, subj, s);
        if (m < 0 || members || e)
            return;
    }
    /* a person or the group met ("briefed the group"), not a body ("told
     * the BBC's programme" is an interview) */
    if (m < 0 || d->ments[m].entity < 0 || d->ments[m].entity == d->ments[subj].entity ||
        d->ments[m].kind == M_ORG || d->ments[m].kind == M_COUNTRY)
        return;
    uint32_t sent = d->toks[i].sent;
    for (size_t k = out->n, stop = roster_lookback_stop(out); k-- > stop;) {
        ev_draft *e = &out->v[k];
        /* (a day after the item's is a plan finish_events marks later:
         * "the meeting ... that will take place tomorrow") */
        if (e->ev.type != NSV_EV_MEETING || e->dropped || e->sent > sent ||
            e->ev.modality != NSV_MOD_ACTUAL ||
            (e->day >= 0 && d->published >= 0 && e->day > d->published))
            continue;
        /* "During a meeting with X, Minister Y reported to the President":
         * the sentence's own meeting, which its rules read */
        if (e->sent == sent)
            return;
        /* a call's parties are its two ends: the minister briefing the
         * President after it was not on the line */
        if (e->ev.format == NSV_FORMAT_PHONE)
            return;
        if (ev_has_party(e, d->ments[m].entity)) {
            meet_add_mention(d, e, subj);
            return;
        }
    }
}

/* "Minister X delivered a report on ...", "Y made the main report",
 * "Z presented a report": a named person giving a report (phrases.tsv
 * report_give, up to two lower-case words, then report_noun) to no one
 * named sits at the convening reported before, as "X reported on the
 * budget" does (report_meeting_before).  Not "was made", "had given" (a
 * passive's subject or an earlier report), not inside a quote. */
static void gave_report(doc *d, ev_list *out, const sentence *s, uint32_t i)
{
    unsigned n = phrase_at(d, i, s->tok_end, PHRASE_REPORT_GIVE);
    if (!n || (d->toks[i].flags & T_IN_QUOTE) || i == s->tok_start ||
        report_aux_before(d, i, s->tok_start))
        return;
    uint32_t k = i + n;
    for (uint32_t lim = k + 2; k < s->tok_end && k < lim; k++) {
        if (phrase_at(d, k, s->tok_end, PHRASE_REPORT_NOUN))
            break;
        if (!(d->toks[k].flags & T_WORD) || (d->toks[k].flags & T_CAP) || mention_at(d, k) >= 0)
            return;
    }
    if (k >= s->tok_end || !phrase_at(d, k, s->tok_end, PHRASE_REPORT_NOUN))
        return;
    int subj = named_reporter(d, s, i);
    if (subj < 0)
        return;
    ev_draft *e = report_meeting_before(d, out, s, d->ments[subj].entity, UINT32_MAX);
    if (e)
        add_reporters(d, e, subj, s);
}

/* "Transport Minister X spoke about response measures", "Minister A and
 * Minister B spoke about preparations for ...": a named person reporting on
 * a topic (phrases.tsv report_topic) to no one named sits at the convening
 * reported before (report_meeting_before), as "X reported on the budget"
 * does, when that convening is the host's meeting with a body or a group
 * ("with Government members", "of the Security Council").  After a meeting
 * of named people alone, "X spoke about the talks" is any comment on them:
 * nothing.  Not "had spoken about", not inside a quote. */
static void topic_report(doc *d, ev_list *out, const sentence *s, uint32_t i)
{
    unsigned n = phrase_at(d, i, s->tok_end, PHRASE_REPORT_TOPIC);
    if (!n || (d->toks[i].flags & T_IN_QUOTE) || i == s->tok_start || i + n >= s->tok_end ||
        report_aux_before(d, i, s->tok_start))
        return;
    int subj = named_reporter(d, s, i);
    if (subj < 0)
        return;
    ev_draft *e = report_meeting_before(d, out, s, d->ments[subj].entity, UINT32_MAX);
    if (!e)
        return;
    int body = e->open_group;
    for (int q = 0; q < e->nents && !body; q++)
        body = e->ents[q] >= 0 && (d->ents[e->ents[q]].kind == NSV_KIND_ORGANIZATION ||
                                   d->ents[e->ents[q]].kind == NSV_KIND_GROUP);
    if (body)
        add_reporters(d, e, subj, s);
}

/* "Putin held talks with President X with the participation of
 * Chairperson Y", "Under the chairmanship of A and with the participation
 * of Minister B, a meeting ... was held": the people listed after the
 * phrase (phrases.tsv participation) at token t take part in the one actual
 * meeting whose cue the sentence holds.  Nothing when the sentence holds no
 * such meeting or more than one ("a fund set up with the participation of
 * X", "talks ... in any format with the participation of Y": no meeting
 * held), inside a quote, or for a body or a group after the phrase.  The
 * sentence's meetings are the drafts before `drafts` (out->n once the
 * sentence's whole-sentence steps are done): a step of an earlier token of
 * the same loop ("briefed by") may add one, and it was never counted. */
static void participation_joins(doc *d, ev_list *out, const sentence *s, uint32_t t, size_t drafts)
{
    unsigned n = phrase_at(d, t, s->tok_end, PHRASE_PARTICIPATION);
    if (!n || (d->toks[t].flags & T_IN_QUOTE))
        return;
    uint32_t sent = (uint32_t)(s - d->sents);
    ev_draft *e = NULL;
    int found = 0;
    size_t stop = drafts > ROSTER_LOOKBACK ? drafts - ROSTER_LOOKBACK : 0;
    for (size_t k = drafts; k-- > stop;) {
        ev_draft *f = &out->v[k];
        if (f->dropped || f->ev.type != NSV_EV_MEETING || f->sent != sent)
            continue;
        found++;
        e = f;
    }
    if (found != 1 || e->ev.modality != NSV_MOD_ACTUAL || (d->toks[e->cue_tok].flags & T_IN_QUOTE))
        return;
    int p = list_person_at(d, t + n, s->tok_end);
    if (p < 0)
        return;
    int more[MAX_COORD];
    int m = people_listed(d, p, s->tok_end, more);
    for (int q = 0; q < m; q++)
        if (d->ments[more[q]].kind == M_PERSON && d->ments[more[q]].entity >= 0)
            meet_add_mention(d, e, more[q]);
}

/* "The President also heard a report by Emergencies Minister X", "the
 * Council heard a report from Health Minister Y", "heard the report of
 * Minister Z": the reporter (words.tsv report value REPORT_HEARD) sits at the
 * meeting the item named last (within ROSTER_LOOKBACK drafts), when whoever
 * heard it is a party of that meeting or a body or group standing for it
 * ("The participants of the meeting heard"). */
static void heard_report(doc *d, ev_list *out, const sentence *s, uint32_t i)
{
    if ((d->toks[i].flags & T_IN_QUOTE) || i + 3 >= s->tok_end)
        return;
    uint32_t k = i + 1;
    if (!tok_is(&d->toks[k], "the") && !indefinite_article(&d->toks[k]))
        return;
    k++;
    if (!(d->toks[k].word_bits & W_PAPER) ||
        !(tok_is(&d->toks[k + 1], "by") || tok_is(&d->toks[k + 1], "from") ||
          tok_is(&d->toks[k + 1], "of")))
        return;
    k += 2;
    int p = list_person_at(d, k, s->tok_end);
    if (p < 0 || !party_mention(d, p) || !has_given_name(d, p) || d->ments[p].entity < 0)
        return;
    int subj = subject_before(d, i, s->tok_start);
    uint32_t sent = d->toks[i].sent;
    for (size_t q = out->n, stop = roster_lookback_stop(out); q-- > stop;) {
        ev_draft *e = &out->v[q];
        if (e->ev.type != NSV_EV_MEETING || e->dropped || e->sent > sent ||
            e->ev.modality != NSV_MOD_ACTUAL || e->ev.format == NSV_FORMAT_PHONE ||
            s->para - d->sents[e->sent].para > 6 || (e->nents < 2 && !e->open_group))
            continue;
        /* a person who heard it: the last meeting they sat at */
        if (subj < 0 || d->ments[subj].kind != M_PERSON || ev_has_party(e, d->ments[subj].entity)) {
            meet_add_mention(d, e, p);
            return;
        }
    }
}

/* "Participants in the meeting included A, B and C", "Other participants
 * in the call were A and B": a roster in running text opens its sentence
 * with a roster noun (words.tsv attendee or roster class) and names its
 * people after "included" or "were"; they join the meeting named last, a
 * few paragraphs back at most (one naming several parties or an unnamed
 * group first, else one naming its host alone). */
static void inline_roster(doc *d, ev_list *out, const sentence *s)
{
    uint32_t head = s->tok_start;
    while (head < s->tok_end && head < s->tok_start + 2 &&
           !(d->toks[head].word_bits & (W_ATTENDEE | W_ROSTER)))
        head++;
    if (head >= s->tok_end || !(d->toks[head].word_bits & (W_ATTENDEE | W_ROSTER)) ||
        mention_at(d, head) >= 0 || (d->toks[head].flags & T_IN_QUOTE))
        return;
    uint32_t v = head + 1;
    for (; v < s->tok_end && v < head + 9; v++) {
        if ((d->toks[v].flags & T_QUOTE) || is_char(d, v, ':') || is_char(d, v, ',') ||
            mention_at(d, v) >= 0)
            return;
        if (d->toks[v].word_bits & (W_ROSTER_VERB | W_BE))
            break;
    }
    if (v + 1 >= s->tok_end || !(d->toks[v].word_bits & (W_ROSTER_VERB | W_BE)))
        return;
    int p = party_right(d, v + 1, s->tok_end);
    if (p < 0)
        p = person_after_title(d, v + 1, s->tok_end);
    if (p < 0)
        return;
    ev_draft *lone = NULL;
    size_t b = out->n;
    for (ev_draft *f; (f = roster_meeting_before(d, out, s, &b, 0)) != NULL;) {
        if (!f->nents)
            continue;
        if (f->nents >= 2 || f->open_group) {
            listed_after(d, f, p, s->tok_end);
            return;
        }
        if (!lone)
            lone = f;
    }
    if (lone)
        listed_after(d, lone, p, s->tok_end);
}

/* How many tokens a delegation roster's lead-in may run before its list:
 * "The Mexican high-level delegation included", "The delegation, headed by
 * Secretary of the National Security and Defense Council X, included:",
 * "Representing the United States at the Brussels summit were". */
#define DELEGATION_LEAD_TOKENS 40

/* How many tokens one member's line of a delegation roster may run ("First
 * Deputy Head of the Ukrainian Delegation to the TCG Andriy Kostin"), and
 * how many members the list may name (the corpus's longest names 20). */
#define DELEGATION_ITEM_TOKENS 32
#define DELEGATION_MEMBERS_MAX 32

/* The members a delegation roster lists from token v to its sentence's end
 * `end`, one item between commas, semicolons or "and": each item's last
 * named person (a full name, a given name or a title), so a title holding
 * a body or an honorific ("Secretary of Public Health Dr. Jorge Alcocer
 * Alvarez", "Presidential Executive Office deputy chiefs Dmitry Medvedev")
 * names the person alone.  An item with no person ("the Secretary of
 * Foreign Affairs, Alicia Barcena", "high officers of the National Security
 * Council") or with a clause ("which currently holds the EU presidency")
 * adds no one; a quotation or an over-long item ends the list.  They join
 * meeting f. */
/* Would member m at meeting f make another meeting of the list, told in
 * another sentence, one of f's subsets ("The Russian delegation included
 * Foreign Minister X ... Earlier today, X held talks in Sochi with his
 * Chinese counterpart": X's own talks with the guest are another meeting,
 * which the merge would fold into f)? */
static int folds_other_meeting(const doc *d, const ev_list *out, const ev_draft *f, int m)
{
    int ent = d->ments[m].entity;
    if (ent < 0 || ev_has_party(f, ent))
        return 0;
    size_t stop = roster_lookback_stop(out);
    for (size_t b = out->n; b-- > stop;) {
        const ev_draft *g = &out->v[b];
        if (g == f || g->ev.type != NSV_EV_MEETING || g->dropped || g->sent == f->sent ||
            g->ev.modality != NSV_MOD_ACTUAL || g->nents < 2 || !ev_has_party(g, ent))
            continue;
        int inside = 1;
        for (int q = 0; q < g->nents && inside; q++)
            inside = g->ents[q] == ent || (g->ents[q] >= 0 && ev_has_party(f, g->ents[q]));
        if (inside)
            return 1;
    }
    return 0;
}

static void delegation_members(doc *d, ev_list *out, ev_draft *f, uint32_t v, uint32_t end)
{
    int added = 0;
    for (uint32_t k = v; k < end && added < DELEGATION_MEMBERS_MAX;) {
        int last = -1, clause = 0;
        uint32_t q = k;
        for (; q < end && q < k + DELEGATION_ITEM_TOKENS; q++) {
            if (d->toks[q].flags & T_QUOTE)
                return;
            /* "Ambassador Extraordinary and Plenipotentiary of Russia to
             * China X", "Information Technology and Communications Minister
             * Y": an "and" parts two members only after a person's name,
             * one with a given name or before a title or a lower-case word
             * ("X and the head of Y, Z") */
            if (is_char(d, q, ',') || is_char(d, q, ';') ||
                (tok_is(&d->toks[q], "and") && last >= 0 && d->ments[last].tok_end == q &&
                 (has_given_name(d, last) ||
                  (q + 1 < end &&
                   (!(d->toks[q + 1].flags & T_CAP) || tok_lex(d, q + 1, LEX_TITLE, NULL))))))
                break;
            clause |= (d->toks[q].word_bits & (W_BE | W_AUX | W_SUBORD)) != 0;
            int m = mention_at(d, q);
            if (m >= 0 && d->ments[m].tok_start == q) {
                if (d->ments[m].kind == M_PERSON && d->ments[m].entity >= 0 &&
                    (has_given_name(d, m) || titled_person(d, m) || full_name(d, m)))
                    last = m;
                else
                    last = -1;
                if (d->ments[m].tok_end > q + 1)
                    q = d->ments[m].tok_end - 1;
            }
        }
        if (q >= k + DELEGATION_ITEM_TOKENS)
            return;
        if (last >= 0 && !clause && !folds_other_meeting(d, out, f, last)) {
            meet_add_mention(d, f, last);
            added++;
        }
        k = q + 1;
    }
}

/* A meeting a delegation's roster may join: actual, with two parties or an
 * open group, and not a background meeting dated more than a week before
 * the item ("At the North American Leaders' Summit on January 9-10, ..."
 * over a March readout whose own meeting the item did not report). */
static int delegation_meeting(const doc *d, const ev_draft *f)
{
    return roster_meeting(f) && f->nents && !f->background &&
           (f->day < 0 || d->published < 0 || f->day + 7 >= d->published);
}

/* Where the list of a delegation roster in running text starts, or 0: the
 * sentence opens with a delegation's own lead-in, a phrases.tsv
 * delegation_head ("The Russian delegation", "Dr. X's high-level
 * delegation", with an aside after a comma: ", headed by X,") and then a
 * delegation_list verb ("included", "consisted of"); or "Representing
 * <party> (at the summit) were"; or a meeting noun "on the <X> side" and a
 * form of "be" ("Attending the talks on the Russian side were"). */
static uint32_t delegation_list_start(const doc *d, const sentence *s, int *side_talks,
                                      uint32_t *head_at)
{
    *side_talks = 0;
    *head_at = 0;
    uint32_t end = s->tok_end, lim = s->tok_start + DELEGATION_LEAD_TOKENS;
    if (lim > end)
        lim = end;
    uint32_t t = s->tok_start;
    /* "Representing <side> (at the summit) were" */
    int side = t + 1 < end && phrase_at(d, t, end, PHRASE_DELEGATION_HEAD) == 1
                   ? mention_at(d, t + 1)
                   : -1;
    if (side >= 0 && d->ments[side].tok_start == t + 1 && d->ments[side].kind != M_PERSON) {
        for (uint32_t k = d->ments[side].tok_end; k < lim; k++) {
            if (is_char(d, k, ',') || is_char(d, k, ':') || (d->toks[k].flags & T_QUOTE))
                return 0;
            if (d->toks[k].word_bits & W_BE)
                return k + 1;
        }
        return 0;
    }
    for (uint32_t k = t; k + 4 < lim; k++) {
        if ((d->toks[k].flags & T_QUOTE) || is_char(d, k, ':'))
            return 0;
        /* "<meeting noun> on the Russian side were" */
        unsigned nw = 0;
        const lex_entry *noun = tok_lex(d, k, LEX_MEETING, &nw);
        if (noun && (noun->value == MEET_NOUN || noun->value == MEET_MULTI) && nw &&
            k + nw + 4 < end && tok_is(&d->toks[k + nw], "on") &&
            tok_is(&d->toks[k + nw + 1], "the")) {
            for (uint32_t q = k + nw + 2; q < k + nw + 5 && q + 1 < end; q++) {
                unsigned sw = phrase_at(d, q, end, PHRASE_TALKS_SIDE);
                if (sw && q + sw < end && (d->toks[q + sw].word_bits & W_BE)) {
                    *side_talks = 1;
                    return q > k + nw + 2 ? q + sw + 1 : 0;
                }
            }
        }
        if (!phrase_at(d, k, end, PHRASE_DELEGATION_HEAD))
            continue;
        /* the head opens the sentence: no verb, clause, preposition or
         * comma before it ("Members of the delegation included" lists a
         * journey's companions, not the talks') */
        for (uint32_t q = t; q < k; q++)
            if (is_char(d, q, ',') || (d->toks[q].word_bits &
                                       (W_BE | W_AUX | W_SUBORD | W_CONJ | W_ROSTER_VERB | W_PREP)))
                return 0;
        uint32_t v = k + 1;
        /* ", headed by X," */
        if (v < lim && is_char(d, v, ',')) {
            /* (the head "headed by" or "led by" names leads it: a member) */
            if (v + 3 < lim && heading_verb(d, v + 1) && (d->toks[v + 2].word_bits & W_PASSIVE_BY))
                *head_at = v + 3;
            do
                v++;
            while (v < lim && !is_char(d, v, ',') && !is_char(d, v, ':'));
            if (v >= lim || !is_char(d, v, ','))
                return 0;
            v++;
        }
        unsigned nv = phrase_at(d, v, end, PHRASE_DELEGATION_LIST);
        if (!nv)
            return 0;
        v += nv;
        if (v < end && is_char(d, v, ':'))
            v++;
        return v < end ? v : 0;
    }
    return 0;
}

/* The most words a phrases.tsv talks_side phrase has ("side"). */
#define TALKS_SIDE_WORDS 3

/* Can delegation_list_start find a lead-in anywhere in the item?  Of its
 * three, "The Russian delegation included" and "Representing Russia were"
 * need a phrases.tsv delegation_head at some token (its PHRASE_ROLE_HINT
 * bit clear in any_phrase_roles: no token starts one), and "the talks on
 * the Russian side were" a meeting noun and a talks_side phrase right
 * before a form of "be".  An item with neither gets 0 for every sentence,
 * so the scan of each sentence's lead-in (up to DELEGATION_LEAD_TOKENS
 * tokens) is skipped: most items.  (The hint bits only let the walk for a
 * talks_side run; phrase_at confirms each.) */
static int delegation_lead_possible(const doc *d)
{
    if (d->any_phrase_roles & PHRASE_ROLE_HINT(PHRASE_DELEGATION_HEAD))
        return 1;
    if (!(d->any_cats & (1u << LEX_MEETING)) ||
        !(d->any_phrase_roles & PHRASE_ROLE_HINT(PHRASE_TALKS_SIDE)))
        return 0;
    /* (from each form of "be" back to a phrase that ends right before it:
     * the role's hint bit is shared with common words, the forms of "be"
     * are few) */
    for (uint32_t k = 1; k < d->ntoks; k++) {
        if (!(d->toks[k].word_bits & W_BE))
            continue;
        for (uint32_t b = k; b-- > 0 && b + TALKS_SIDE_WORDS >= k;)
            if (phrase_at(d, b, k, PHRASE_TALKS_SIDE) == k - b)
                return 1;
    }
    return 0;
}

/* "The Russian delegation included Foreign Minister X, Presidential Aide Y
 * and Z", "Representing Russia were A, B", "Attending the talks on the
 * Russian side were A and B": the members a readout lists of a side's
 * delegation are placed in the talks (GUIDE: every named party the item
 * places in the meeting).  They join the meeting named last, a few
 * paragraphs back at most, else the readout's first in the body: both of
 * two parties or an open group and not a background meeting dated long
 * before the item (nor one placed in the past without a day). */
static void delegation_roster(doc *d, ev_list *out, const sentence *s)
{
    int side_talks;
    uint32_t head_at;
    uint32_t v = delegation_list_start(d, s, &side_talks, &head_at);
    if (!v)
        return;
    ev_draft *f = NULL;
    size_t stop = roster_lookback_stop(out), b = out->n;
    for (ev_draft *g; !f && (g = roster_meeting_before(d, out, s, &b, 1)) != NULL;) {
        if (!g->nents)
            continue;
        /* "The Ukrainian delegation is also in the United States to
         * participate in the meeting of the Commission, which will take
         * place on November 10. The delegation includes: ...": a coming
         * meeting told of a delegation is the one its members go to */
        if (g->ev.modality != NSV_MOD_ACTUAL) {
            /* (not one of a sentence that tells held talks too: "X and Y
             * opened their negotiations, after which the delegations were
             * admitted to continue the talks") */
            int held = 0;
            for (size_t a = b; a-- > stop && out->v[a].sent == g->sent && !held;)
                held = out->v[a].ev.type == NSV_EV_MEETING && !out->v[a].dropped &&
                       out->v[a].ev.modality == NSV_MOD_ACTUAL;
            const sentence *gs = &d->sents[g->sent];
            for (uint32_t q = gs->tok_start; !held && q < gs->tok_end && q < gs->tok_start + 64;
                 q++)
                if (phrase_at(d, q, gs->tok_end, PHRASE_DELEGATION_HEAD) &&
                    !(d->toks[q].flags & T_CAP))
                    return;
            continue;
        }
        if (delegation_meeting(d, g))
            f = g;
    }
    if (!f) {
        roster_index ix;
        roster_index_build(d, out, &ix);
        for (size_t k = ix.first_body >= 0 ? (size_t)ix.first_body : out->n;
             k < out->n && k < ROSTER_LOOKBACK && !f; k++) {
            if (out->v[k].sent >= (size_t)(s - d->sents))
                break;
            if (delegation_meeting(d, &out->v[k]))
                f = &out->v[k];
        }
    }
    if (!f)
        return;
    /* "Attending the talks on the Russian side were": talks of two sides,
     * each with its leader (not a group's session one of them attended) */
    if (side_talks) {
        int people = 0;
        for (int q = 0; q < f->nents; q++)
            people += f->ents[q] >= 0 && d->ents[f->ents[q]].kind == NSV_KIND_PERSON;
        if (people < 2)
            return;
    }
    /* (the head's aside ends at its comma, before the list's verb) */
    if (head_at)
        delegation_members(d, out, f, head_at, v);
    delegation_members(d, out, f, v, s->tok_end);
}

/* "He was briefed by Secretary A; Secretary B; and Administrator C", "The
 * President was briefed by FEMA Administrator X, Advisor Y and Z": a
 * briefing by named people is a meeting of the one briefed with them (its
 * subject a party; the briefers named people, listed with commas or
 * semicolons).  Not "had been briefed on", nor a briefing by a body.
 * Returns 1 when it made the meeting. */
static int briefed_by(doc *d, ev_list *out, const sentence *s, uint32_t i)
{
    if ((d->toks[i].flags & T_IN_QUOTE) || i == s->tok_start || i + 2 >= s->tok_end ||
        !(d->toks[i - 1].word_bits & W_BE) || !(d->toks[i + 1].word_bits & W_PASSIVE_BY))
        return 0;
    int subj = subject_before(d, i, s->tok_start);
    if (subj < 0 || !party_mention(d, subj) || d->ments[subj].entity < 0)
        return 0;
    int people[MAX_PARTIES], n = 0;
    uint32_t k = i + 2;
    for (int steps = 0; k < s->tok_end && n < MAX_PARTIES && steps < MAX_PARTIES; steps++) {
        int p = list_person_at(d, k, s->tok_end);
        /* (a full name or a title: "Deanne Criswell", "Secretary X") */
        if (p < 0 || d->ments[p].entity < 0 || d->ments[p].entity == d->ments[subj].entity ||
            !(has_given_name(d, p) || titled_person(d, p) ||
              (d->ents[d->ments[p].entity].name && strchr(d->ents[d->ments[p].entity].name, ' '))))
            break;
        people[n++] = p;
        /* the list goes on after ",", ";", "and", ", and", "; and" */
        k = d->ments[p].tok_end;
        if (k < s->tok_end && (is_char(d, k, ',') || is_char(d, k, ';')))
            k++;
        if (k < s->tok_end && tok_is(&d->toks[k], "and"))
            k++;
        if (k == d->ments[p].tok_end)
            break;
    }
    if (!n)
        return 0;
    /* (no cue entry: the format is not said) */
    ev_draft *e = ev_new(d, out, NSV_EV_MEETING, i, "meeting.briefed_by");
    if (!e)
        return 0;
    e->ev.modality = clause_modality(d, i, s->tok_start);
    ev_date(d, e);
    ev_place(d, e);
    meet_add_mention(d, e, subj);
    for (int q = 0; q < n; q++)
        meet_add_mention(d, e, people[q]);
    return 1;
}

/* The presidency body organizations.tsv names at token t ("White House"),
 * when it is the office of the item's own outlet (country office_cty), or
 * NULL; *nw its length in words. */
static const lex_entry *own_presidency_at(const doc *d, uint32_t t, const char *office_cty,
                                          unsigned *nw)
{
    const lex_entry *o = presidency_row(tok_lex(d, t, LEX_ORG, nw), office_cty);
    return o && o->canon ? o : NULL;
}

/* Is mention m a named person (a first name) and a party of e? */
static int staff_party(const doc *d, const ev_draft *e, int m)
{
    const mention *x = &d->ments[m];
    return x->entity >= 0 && ev_has_party(e, x->entity) && has_given_name(d, m);
}

/* Is a person party of e named within the title around token t: after the
 * title words (capitalised, or phrases.tsv title_join, title_join_back read
 * back only) that follow the body ("White House Gender Policy Council
 * Director Jennifer Klein") or before it across a comma ("Julie Chavez
 * Rodriguez, Senior Advisor to the President and Director of the White
 * House Office of ...")?  Bounded windows either side. */
static int staff_title_of_party(const doc *d, const ev_draft *e, uint32_t t, uint32_t after,
                                uint32_t lo, uint32_t hi)
{
    uint32_t k = after;
    for (int steps = 0; k < hi && steps < 8; steps++) {
        int m = mention_at(d, k);
        /* (the person's mention may hold the title: "Director Jennifer Klein") */
        if (m >= 0 && d->ments[m].kind == M_PERSON) {
            int title = 0; /* a title word between: "Director", "Counsel" */
            for (uint32_t j = after; j < d->ments[m].tok_end && !title; j++)
                title = tok_lex(d, j, LEX_TITLE, NULL) != NULL;
            return title && staff_party(d, e, m);
        }
        /* ("Coordinator for Operation Allies Welcome Jack Markell") */
        if (!(d->toks[k].flags & T_CAP) && !phrase_at(d, k, k + 1, PHRASE_TITLE_JOIN))
            break;
        /* (an office's own name: "Gender Policy Council") */
        k = m >= 0 && d->ments[m].tok_end > k ? d->ments[m].tok_end : k + 1;
    }
    int title = 0;
    k = t;
    for (int steps = 0; k > lo && steps < 14; steps++) {
        const token *w = &d->toks[k - 1];
        if (is_char(d, k - 1, ',')) {
            int m = k - 1 > lo ? mention_at(d, k - 2) : -1;
            return title && m >= 0 && d->ments[m].tok_end == k - 1 &&
                   d->ments[m].kind == M_PERSON && staff_party(d, e, m);
        }
        if (!(w->flags & T_CAP) && !phrase_at(d, k - 1, k, PHRASE_TITLE_JOIN) &&
            !phrase_at(d, k - 1, k, PHRASE_TITLE_JOIN_BACK))
            return 0;
        title |= tok_lex(d, k - 1, LEX_TITLE, NULL) != NULL;
        k--;
    }
    return 0;
}

/* "White House Intergovernmental Affairs Director Julie Chavez Rodriguez
 * and ... convened state legislators": a host who acts in a title of the
 * publishing presidency's own office brings that office to the meeting as
 * a party of its own (GUIDE: a person and the body they act for).  Only
 * the hosts before the cue; "at the White House" is a place, not a title. */
static void presidency_staff_body(doc *d, ev_list *out)
{
    const lex_entry *office = outlet_office(d);
    if (!office || !office->extra2)
        return;
    for (size_t i = 0; i < out->n; i++) {
        ev_draft *e = &out->v[i];
        /* (a call of one staffer with a foreign leader: the staffer is the
         * country's side, no office of its own at the table) */
        if (e->dropped || e->ev.type != NSV_EV_MEETING || e->cue_tok >= d->ntoks ||
            (e->nents < 3 && !e->convening && !e->open_group))
            continue;
        const sentence *s = &d->sents[d->toks[e->cue_tok].sent];
        uint32_t lo = e->cue_tok > s->tok_start + 60 ? e->cue_tok - 60 : s->tok_start;
        for (uint32_t t = lo; t < e->cue_tok; t++) {
            unsigned nw = 0;
            const lex_entry *o = own_presidency_at(d, t, office->extra2, &nw);
            if (!o || !nw || t + nw >= e->cue_tok || !(d->toks[t + nw].flags & T_CAP) ||
                (d->toks[t].flags & T_IN_QUOTE))
                continue;
            if (!staff_title_of_party(d, e, t, t + nw, lo, e->cue_tok))
                continue;
            int have = 0;
            for (int q = 0; q < e->nents && !have; q++)
                have = e->ents[q] >= 0 && d->ents[e->ents[q]].name &&
                       strstr(d->ents[e->ents[q]].name, o->canon) != NULL;
            if (!have)
                ev_add_party(d, e, body_entity(d, o->canon));
            break;
        }
    }
}

/* "Deputy Head of the Office X and Ambassador of the United Kingdom Y
 * discussed a number of issues", "In addition, A and B discussed ..." (a
 * phrases.tsv together_talks verb): in
 * an item that tells of no meeting otherwise, named people who discussed
 * something together held talks (the readout's only account of them).
 * The people open the clause (after an opening phrase and its comma);
 * never in a quotation.  One event per item; in an item with a meeting of
 * two parties, "A and B discussed" is what that meeting covered.  Only in
 * a presidency's own release. */
static void discussed_together(doc *d, ev_list *out)
{
    /* (a presidency's readout, which tells its meetings tersely; news
     * copy's "A and B discussed the results" may be no talks of theirs) */
    if (!outlet_office(d))
        return;
    for (size_t i = 0; i < out->n; i++)
        if (!out->v[i].dropped && out->v[i].ev.type == NSV_EV_MEETING && out->v[i].nents >= 2)
            return;
    for (size_t k = 0; k < d->nsents; k++) {
        const sentence *s = &d->sents[k];
        if (before_body(d, s->start))
            continue;
        for (uint32_t t = s->tok_start + 3; t < s->tok_end && t < s->tok_start + 60; t++) {
            if (!phrase_at(d, t, t + 1, PHRASE_TOGETHER_TALKS) || (d->toks[t].flags & T_IN_QUOTE))
                continue;
            int last = mention_at(d, t - 1);
            if (last < 0 || d->ments[last].tok_end != t || d->ments[last].kind != M_PERSON)
                continue;
            int list[MAX_COORD];
            int n = coordinated(d, last, -1, s->tok_start, t, list, MAX_COORD);
            if (n < 2)
                break;
            int ok = 1;
            uint32_t first = t;
            for (int q = 0; q < n && ok; q++) {
                const mention *x = &d->ments[list[q]];
                ok = x->kind == M_PERSON && x->entity >= 0 && d->ents[x->entity].name &&
                     (has_given_name(d, list[q]) || titled_person(d, list[q]));
                for (int r = 0; r < q && ok; r++)
                    ok = d->ments[list[r]].entity != x->entity;
                if (x->tok_start < first)
                    first = x->tok_start;
            }
            /* the list opens the clause: at the sentence's start, after an
             * opening time phrase, or after an opening phrase's comma */
            if (!ok || !(first == past_opening_time(d, s, first) ||
                         (first > s->tok_start + 1 && is_char(d, first - 1, ',') &&
                          (d->toks[s->tok_start].word_bits & (W_PREP | W_ADVERB)))))
                break;
            ev_draft *e = ev_new(d, out, NSV_EV_MEETING, t, "meeting.discussed");
            if (!e)
                return;
            e->ev.modality = clause_modality(d, t, s->tok_start);
            ev_date(d, e);
            ev_place(d, e);
            for (int q = n; q-- > 0;)
                meet_add_mention(d, e, list[q]);
            return;
        }
    }
}

void meeting_rosters(doc *d, ev_list *out)
{
    /* the phrase roles the sentence loop's token steps start at */
    const uint64_t token_roles = PHRASE_BIT(PHRASE_PARTICIPATION) | PHRASE_BIT(PHRASE_REPORT_GIVE) |
                                 PHRASE_BIT(PHRASE_REPORT_TOPIC);
    roster_index ix = {0};
    /* a bulleted or numbered line somewhere, a "joined by": few items have
     * either, and the scans below would visit every token */
    int bullets = 0;
    for (const char *nl = memchr(d->text, '\n', d->len); nl && !bullets;
         nl = memchr(nl + 1, '\n', d->len - (size_t)(nl + 1 - d->text))) {
        size_t at = (size_t)(nl + 1 - d->text);
        bullets = at < d->len && (d->text[at] == '-' || d->text[at] == '*' || d->text[at] == '1' ||
                                  (unsigned char)d->text[at] == 0xe2);
    }
    int joined = 0; /* ('j' is a rare letter: memchr skips to each) */
    for (const char *j = memchr(d->text, 'j', d->len); j && !joined;
         j = memchr(j + 1, 'j', d->len - (size_t)(j + 1 - d->text)))
        joined = (size_t)(j - d->text) + 9 <= d->len && !memcmp(j, "joined by", 9);
    const int delegations = delegation_lead_possible(d); /* (one item in twenty) */
    for (size_t k = 0; k < d->nsents; k++)
        if (!before_body(d, d->sents[k].start)) {
            const sentence *s = &d->sents[k];
            parties_during(d, out, s);
            inline_roster(d, out, s);
            if (delegations)
                delegation_roster(d, out, s);
            size_t drafts = out->n; /* the sentence's meetings, for participation_joins */
            if (joined)
                joined_by(d, out, s);
            for (uint32_t t = s->tok_start; t < s->tok_end; t++) {
                /* one walk of t's lexicon matches tells which of the
                 * phrase steps can fire at t: each walked them all */
                uint64_t roles = phrase_roles_at(d, t, s->tok_end, token_roles);
                if (roles & PHRASE_BIT(PHRASE_PARTICIPATION))
                    participation_joins(d, out, s, t, drafts);
                if (!(d->toks[t].flags & T_CAP)) {
                    if (roles & PHRASE_BIT(PHRASE_REPORT_GIVE))
                        gave_report(d, out, s, t);
                    if (roles & PHRASE_BIT(PHRASE_REPORT_TOPIC))
                        topic_report(d, out, s, t);
                }
                if (d->toks[t].word_bits & W_REPORT) {
                    const lex_entry *w = word_entry(d, t, LEX_WORD);
                    if (w && w->value == REPORT_HEARD)
                        heard_report(d, out, s, t);
                    /* "briefed by" named people is a meeting of its own,
                     * else "briefed X" reports to a meeting named before */
                    else if (!(w && w->value == REPORT_BRIEFED && briefed_by(d, out, s, t)))
                        reported_to_party(d, out, s, t, w && w->value == REPORT_TO);
                }
            }
        }
    /* the list rosters last, after the running-text ones: a headline's
     * roundtable of one party is a roster's meeting only once "Administration
     * participants included A, ...; and B" has named its officials */
    /* (each ':' of the text, memchr from one to the next, and the token
     * that starts at it, found by halving: the tokens are in text order,
     * and a walk of every token's bits cost more than the few colons) */
    const char *text_end = d->text + d->len;
    uint32_t from = 1; /* tokens before it start before the colon looked at */
    for (const char *c = d->has_colon ? memchr(d->text, ':', d->len) : NULL; c;
         c = memchr(c + 1, ':', (size_t)(text_end - c - 1))) {
        uint32_t off = (uint32_t)(c - d->text);
        uint32_t k = first_tok_from(d, from, (uint32_t)d->ntoks, off);
        from = k;
        if (k >= d->ntoks)
            break;
        if (d->toks[k].start != off || !is_char(d, k, ':') || (d->toks[k].flags & T_IN_QUOTE) ||
            before_body(d, d->toks[k].start))
            continue;
        /* ("joined by:" is asked once: it also stands for the roster noun) */
        int by = joined_by_colon(d, k);
        if (by || (d->toks[k - 1].word_bits & (W_ROSTER_VERB | W_AUX)) ||
            roster_clause_before(d, k))
            roster_after(d, out, k, 0, by, &ix);
    }
    for (uint32_t k = 1; bullets && k < d->ntoks; k++) {
        uint32_t h;
        if ((d->toks[k].flags & T_CAP) && line_start(d, k) && !before_body(d, d->toks[k].start) &&
            (h = roster_heading(d, k)) != 0)
            roster_after(d, out, h, 1, 0, &ix);
    }
    discussed_together(d, out);
    presidency_staff_body(d, out);
}
